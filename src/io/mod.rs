//! Input and output: the sixth layer of the house. Contract v1 JSON in and
//! out (one reader, one writer), NDJSON batches, the JSON Schemas, and the
//! adapters for other vocabularies (HTCDS records and CTDC rows in
//! [`htcds`]), which feed the core and wrap its output.
//!
//! Input is read straight into an [`Input`] (the case and, beside it, its
//! profile and indicators) and checked field by field as it is read (see
//! `io/read.rs`), so every error can say exactly where it is
//! (`$.means.decepton`: "unknown field; did you mean `deception`? expected one of threat, force, ...")
//! and a misspelt or repeated field can never silently turn a trafficking
//! case into "no finding". The reader is the types' `Deserialize`: what the
//! library serialises, it reads back. Error messages never echo input
//! values (case data is sensitive); they name the path and what was
//! expected. The only input text an output carries is the `id` (and, in an
//! error's path, an unknown key that is a likely misspelling of a known
//! name; any other unknown key is written `[unknown key]`).

use crate::assessment::{Assessment, CONTRACT};
use crate::decide::Input;
use crate::law::profile::Profile;
use crate::model::Case;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

mod array;
pub mod csv_rows;
mod fast;
pub mod framing;
pub mod htcds;
mod read;
#[cfg(feature = "schema")]
pub mod schema;
mod threads;
mod write;

pub use array::{screen_array_as, screen_batch_as, screen_batch_threads};

/// Limits a host can rely on. Past a limit a record gets an error record
/// (path `$`, or the path of the offending id or key); reading goes on.
///
/// Memory does not grow with the input: a batch keeps one line of at most
/// `max_record_bytes` (+ 4) in memory, and about 64 KiB of output not yet
/// handed to the writer, and reading a case stores nothing but
/// its facts and its id. An unknown field, a duplicate field or a value of the
/// wrong kind stops reading the record at once, so nothing nested inside it
/// is parsed, however deep.
///
/// ```
/// use palermo::io::{parse_case_with, Limits};
/// let limits = Limits::default().with_max_record_bytes(64 * 1024);
/// let err = parse_case_with(&format!("{{\"id\":\"{}\"}}", "x".repeat(5000)), &limits).unwrap_err();
/// assert_eq!(err.to_string(), "$.id: longer than 4096 bytes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Limits {
    /// Largest record (one NDJSON line without its line end, or one
    /// document), in bytes. Default 1 MiB. Larger: error record
    /// `$: record is N bytes, over the limit of M bytes`.
    pub max_record_bytes: usize,
    /// Deepest nesting of objects, the case itself being level 1. Default 16
    /// (the contract needs 3). Deeper: `$: nested deeper than N levels`.
    /// (Arrays, and objects where a fact or an id belongs, are errors as
    /// soon as they start.)
    pub max_depth: usize,
    /// Longest id, and longest key, in bytes. Default 4096. Longer:
    /// `$.id: longer than N bytes`, `<path>: key longer than N bytes`.
    pub max_string_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_record_bytes: 1 << 20,
            max_depth: 16,
            max_string_bytes: 4096,
        }
    }
}

impl Limits {
    /// The same limits with another maximum record size.
    pub fn with_max_record_bytes(mut self, bytes: usize) -> Self {
        self.max_record_bytes = bytes;
        self
    }

    /// The same limits with another maximum nesting depth.
    pub fn with_max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// The same limits with another maximum string length.
    pub fn with_max_string_bytes(mut self, bytes: usize) -> Self {
        self.max_string_bytes = bytes;
        self
    }
}

/// What kind of problem a record has: for a caller that handles them
/// differently, without reading the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Not valid JSON (or not UTF-8).
    Syntax,
    /// A field the contract does not have (a misspelling, most often).
    UnknownField,
    /// A field given twice in one object.
    DuplicateField,
    /// A value the contract does not allow for its field.
    BadValue,
    /// A limit of [`Limits`] was passed.
    Limit,
}

/// Why a record could not be screened. Every variant names a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The record is not valid JSON.
    #[error("$: not valid JSON: {message}")]
    Syntax {
        /// What the parser found, with the position within the record.
        message: String,
    },
    /// A field the contract does not have.
    #[error("{path}: {message}")]
    UnknownField {
        /// The JSON path of the field, e.g. `$.means.decepton`.
        path: String,
        /// What was expected.
        message: String,
    },
    /// A field given twice in one object.
    #[error("{path}: duplicate field")]
    DuplicateField {
        /// The JSON path of the second occurrence.
        path: String,
    },
    /// A value the contract does not allow.
    #[error("{path}: {message}")]
    BadValue {
        /// The JSON path of the value.
        path: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A limit passed within the record: nesting, the length of an id or a key.
    #[error("{path}: {message}")]
    Limit {
        /// The JSON path of the offending part (`$` for the nesting).
        path: String,
        /// Which limit.
        message: String,
    },
    /// The record is larger than [`Limits::max_record_bytes`].
    #[error("$: record is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the record in bytes (at least this much).
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The record is not valid UTF-8.
    #[error("$: not valid UTF-8 (at byte {offset})")]
    Utf8 {
        /// Byte offset of the first invalid sequence within the record.
        offset: usize,
    },
}

impl Error {
    /// The kind of problem.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Syntax { .. } | Error::Utf8 { .. } => ErrorKind::Syntax,
            Error::UnknownField { .. } => ErrorKind::UnknownField,
            Error::DuplicateField { .. } => ErrorKind::DuplicateField,
            Error::BadValue { .. } => ErrorKind::BadValue,
            Error::Limit { .. } | Error::TooLarge { .. } => ErrorKind::Limit,
        }
    }

    /// The JSON path the error is about (`$` for the whole record).
    pub fn path(&self) -> &str {
        match self {
            Error::UnknownField { path, .. }
            | Error::DuplicateField { path }
            | Error::BadValue { path, .. }
            | Error::Limit { path, .. } => path,
            _ => "$",
        }
    }

    /// The message without the path.
    pub fn message(&self) -> String {
        match self {
            Error::UnknownField { message, .. }
            | Error::BadValue { message, .. }
            | Error::Limit { message, .. } => message.clone(),
            Error::DuplicateField { .. } => "duplicate field".to_string(),
            other => {
                let full = other.to_string();
                full.strip_prefix("$: ").unwrap_or(&full).to_string()
            }
        }
    }

    fn at(kind: ErrorKind, path: &Path<'_>, message: impl Into<String>) -> Self {
        let path = path.render();
        let message = message.into();
        match kind {
            ErrorKind::UnknownField => Error::UnknownField { path, message },
            ErrorKind::DuplicateField => Error::DuplicateField { path },
            ErrorKind::Limit => Error::Limit { path, message },
            _ => Error::BadValue { path, message },
        }
    }
}

/// A JSON path being walked, as a linked list of borrowed keys (no
/// allocation until an error is rendered).
#[derive(Clone, Copy)]
struct Path<'a> {
    key: &'a str,
    parent: Option<&'a Path<'a>>,
}

const ROOT: Path<'static> = Path {
    key: "$",
    parent: None,
};

impl<'a> Path<'a> {
    fn child(&'a self, key: &'a str) -> Path<'a> {
        Path {
            key,
            parent: Some(self),
        }
    }

    fn render(&self) -> String {
        let mut keys = Vec::new();
        let mut at = Some(self);
        while let Some(p) = at {
            keys.push(p.key);
            at = p.parent;
        }
        let mut out = String::new();
        for key in keys.into_iter().rev() {
            if key == "$" && out.is_empty() {
                out.push('$');
            } else {
                push_key(&mut out, key);
            }
        }
        out
    }
}

/// The longest key written in full in a path, in bytes.
const MAX_PATH_KEY_BYTES: usize = 64;

/// How many characters of a longer or unusual key a path keeps.
const SHORT_PATH_KEY_CHARS: usize = 32;

/// Append `key` to a rendered path: `.key` for a plain name (ASCII letters,
/// digits, `_`) of at most [`MAX_PATH_KEY_BYTES`]; `["key"]` in full for a
/// name of at most that length that also has `.` or `-`, and for every
/// ILO/EC indicator id whatever its length
/// (`["coercion_at_destination.debt_bondage"]`); otherwise (longer, or any
/// other character) its first [`SHORT_PATH_KEY_CHARS`] characters, quoted,
/// control characters escaped. The reader never hands an unknown key here
/// unless it is a likely misspelling of a known name: any other is
/// `read::UNKNOWN_KEY`, written `[unknown key]`.
fn push_key(out: &mut String, key: &str) {
    if key == read::UNKNOWN_KEY {
        out.push_str(UNKNOWN_KEY_WRITTEN);
        return;
    }
    let within = !key.is_empty() && key.len() <= MAX_PATH_KEY_BYTES;
    let name = key
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    if within && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        out.push('.');
        out.push_str(key);
    } else if name && (within || is_indicator_id(key)) {
        // Nothing to escape: only letters, digits and `_.-`.
        let _ = write!(out, "[\"{key}\"]");
    } else {
        let short: String = key.chars().take(SHORT_PATH_KEY_CHARS).collect();
        let _ = write!(out, "[{}]", Value::String(short));
    }
}

/// How a path writes a key it does not repeat: an unknown key that is not
/// a likely misspelling of a name known where it stands (see
/// `read::is_a_typo_of`).
const UNKNOWN_KEY_WRITTEN: &str = "[unknown key]";

/// Whether `key` is an ILO/EC indicator id (a name of the contract, not
/// input text).
fn is_indicator_id(key: &str) -> bool {
    crate::law::ilo::IloData::embedded().is_ok_and(|data| data.is_known(key))
}

/// `key` as [`Path::render`] writes it (`.key` or `["key"]`).
fn rendered_key(key: &str) -> String {
    let mut out = String::new();
    push_key(&mut out, key);
    out
}

/// The top-level fields of a contract v1 record: the case, then what
/// travels beside it (`profile`, `indicators`).
pub const CASE_FIELDS: &[&str] = &[
    "id",
    "person",
    "act",
    "means",
    "purpose",
    "consent",
    "exploitation_occurred",
    "movement",
    "risk_factors",
    "asylum_claim",
    "offences_by_person",
    "profile",
    "indicators",
];

/// Read one record of contract v1: the case, and its profile and
/// indicators beside it.
///
/// ```
/// let input = palermo::io::parse_input(r#"{"id": "c1", "profile": "us", "means": {"deception": true}}"#).unwrap();
/// assert_eq!(input.case.id.as_deref(), Some("c1"));
/// assert_eq!(input.profile, Some(palermo::Profile::Us));
///
/// let err = palermo::io::parse_input(r#"{"means": {"decepton": true}}"#).unwrap_err();
/// assert_eq!(err.path(), "$.means.decepton");
/// assert_eq!(err.kind(), palermo::io::ErrorKind::UnknownField);
/// assert!(err.to_string().starts_with("$.means.decepton: unknown field; did you mean `deception`? expected one of threat, force"));
/// ```
pub fn parse_input(text: &str) -> Result<Input, Error> {
    parse_input_with(text, &Limits::default())
}

/// [`parse_input`] with explicit limits.
pub fn parse_input_with(text: &str, limits: &Limits) -> Result<Input, Error> {
    within_size(text, limits)?;
    // Well-formed plain records take the fast path; anything else (and
    // every error) is read by the full reader.
    match fast::input(text, limits) {
        Some(input) => Ok(input),
        None => read::input(text, limits),
    }
}

/// Read the facts of one record of contract v1. A record that also names
/// a `profile` or carries `indicators` is an error here (they would be
/// lost): read it with [`parse_input`].
///
/// ```
/// let case = palermo::io::parse_case(r#"{"id": "c1", "means": {"deception": true}}"#).unwrap();
/// assert_eq!(case.id.as_deref(), Some("c1"));
/// assert!(palermo::io::parse_case(r#"{"profile": "us"}"#).is_err());
/// ```
pub fn parse_case(text: &str) -> Result<Case, Error> {
    parse_case_with(text, &Limits::default())
}

/// [`parse_case`] with explicit limits.
pub fn parse_case_with(text: &str, limits: &Limits) -> Result<Case, Error> {
    let input = parse_input_with(text, limits)?;
    read::facts_only(input)
}

/// Check a record built in code as the reader checks one read from JSON:
/// the same limits (an age of at most 130, an estimate whose `min` is at
/// most its `max`, the length of the id, the number of indicators), the
/// same errors, with their paths. The record is written as contract v1 JSON
/// and read back by the one reader, so there is no second copy of the
/// rules to drift from it. `Ok` means [`parse_input`] accepts what the
/// [`crate::Input`] serialises to.
///
/// ```
/// use palermo::model::{AgeRange, Case};
/// use palermo::io::{validate, Limits};
///
/// let mut case = Case::new();
/// case.person.age_estimate = Some(AgeRange { min: 20, max: 10 });
/// let err = validate(&case.into(), &Limits::default()).unwrap_err();
/// assert!(err.path().starts_with("$.person.age_estimate"), "{err}");
/// assert!(validate(&palermo::model::Case::new().into(), &Limits::default()).is_ok());
/// ```
pub fn validate(input: &Input, limits: &Limits) -> Result<(), Error> {
    let text = serde_json::to_string(input).map_err(|e| Error::Syntax {
        message: e.to_string(),
    })?;
    parse_input_with(&text, limits).map(|_| ())
}

/// [`parse_input_with`] by the full reader only, without the fast path for
/// plain records: for the fuzz targets, which check that the two agree.
/// Built only under cargo-fuzz (`--cfg fuzzing`).
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn parse_input_in_full(text: &str, limits: &Limits) -> Result<Input, Error> {
    within_size(text, limits)?;
    read::input(text, limits)
}

/// A record over [`Limits::max_record_bytes`] is an error before it is read.
fn within_size(text: &str, limits: &Limits) -> Result<(), Error> {
    if text.len() > limits.max_record_bytes {
        return Err(Error::TooLarge {
            size: text.len(),
            limit: limits.max_record_bytes,
        });
    }
    Ok(())
}

/// Serialise an assessment as one line of contract v1 JSON.
///
/// The same bytes as `serde_json::to_string(assessment)`, written faster
/// (see `json/write.rs`).
pub fn to_json(assessment: &Assessment) -> String {
    let mut out = Vec::with_capacity(4096);
    write_assessment(&mut out, assessment, &mut write::Seen::<64>::new());
    // The writer only joins UTF-8 strings and ASCII; should that ever not
    // hold, fall back to serde_json rather than panic.
    String::from_utf8(out)
        .ok()
        .or_else(|| serde_json::to_string(assessment).ok())
        .unwrap_or_default()
}

/// Write an assessment as one line of JSON, with the fast writer, which
/// hands the sections that only indicator input produces (`ilo`, the
/// indicator evidence on elements) to serde_json. The bytes are those of
/// serde_json for the whole assessment (tested). `seen`
/// carries the fixed texts already checked from one assessment of a batch
/// to the next.
fn write_assessment<const N: usize>(out: &mut Vec<u8>, a: &Assessment, seen: &mut write::Seen<N>) {
    let start = out.len();
    if write::assessment(out, a, seen).is_err() {
        out.truncate(start);
        out.extend_from_slice(
            error_record(
                a.id.as_deref(),
                None,
                &Error::Syntax {
                    message: "the assessment could not be written".into(),
                },
            )
            .as_bytes(),
        );
    }
}

/// Screen one case: JSON text in, contract v1 assessment JSON out.
///
/// ```
/// let out = palermo::screen_json(r#"{"person": {"age": 15}, "act": {"recruitment": true},
///                                    "purpose": {"forced_begging": true}}"#).unwrap();
/// assert!(out.contains(r#""verdict":"trafficking""#));
/// ```
pub fn screen_json(text: &str) -> Result<String, Error> {
    let input = parse_input(text)?;
    Ok(to_json(&crate::words::assess(&input, None)))
}

/// The error part of an error record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ErrorBody {
    /// The input line (1-based) of the record, in a batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The JSON path of the problem.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// An error record: what a batch writes for a record it could not screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ErrorRecord {
    /// Always `palermo/1`.
    pub contract: Cow<'static, str>,
    /// The case id, if it could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The error.
    pub error: ErrorBody,
    /// The record's other errors, where the reader could go on past the
    /// first (each field in error set aside in turn); absent when there
    /// are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorBody>,
}

/// Render an error record as one line of JSON.
pub fn error_record(id: Option<&str>, line: Option<u64>, error: &Error) -> String {
    error_record_with(id, line, error, &[])
}

/// [`error_record`] with the record's other errors (`more`), reported at
/// once so that a caller can mend them all in one go.
pub fn error_record_with(
    id: Option<&str>,
    line: Option<u64>,
    error: &Error,
    more: &[Error],
) -> String {
    error_record_in(id, line, None, error, more)
}

/// [`error_record_with`] for a record that is `element` (from 1) of a
/// top-level array: each path starts with the element, `$[i]` (from 0), as
/// the HTCDS reader writes it.
pub(crate) fn error_record_in(
    id: Option<&str>,
    line: Option<u64>,
    element: Option<u64>,
    error: &Error,
    more: &[Error],
) -> String {
    let body = |e: &Error| ErrorBody {
        line,
        path: match element {
            Some(i) => {
                let path = e.path();
                format!(
                    "$[{}]{}",
                    i.saturating_sub(1),
                    path.strip_prefix('$').unwrap_or(path)
                )
            }
            None => e.path().to_string(),
        },
        message: e.message(),
    };
    let record = ErrorRecord {
        contract: Cow::Borrowed(CONTRACT),
        id: id.map(str::to_owned),
        error: body(error),
        errors: more.iter().map(body).collect(),
    };
    serde_json::to_string(&record).unwrap_or_else(|_| {
        format!("{{\"contract\":\"{CONTRACT}\",\"error\":{{\"path\":\"$\",\"message\":\"unrepresentable error\"}}}}")
    })
}

/// The outcome of screening one record of a batch.
///
/// More kinds may be added: a `match` on it needs a wildcard arm.
///
/// ```compile_fail
/// use palermo::io::Outcome;
/// fn valid(outcome: &Outcome) -> bool {
///     match outcome {
///         Outcome::Screened(_) => true,
///         Outcome::Invalid(_) => false,
///     }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The record was screened; the line is its assessment.
    Screened(String),
    /// The record was invalid; the line is its error record.
    Invalid(String),
}

impl Outcome {
    /// The output line, without its newline.
    pub fn line(&self) -> &str {
        match self {
            Outcome::Screened(s) | Outcome::Invalid(s) => s,
        }
    }

    /// The output line, without its newline, owned.
    pub fn into_line(self) -> String {
        match self {
            Outcome::Screened(s) | Outcome::Invalid(s) => s,
        }
    }
}

/// Screen one record of a batch: the assessment, or the error record that
/// stands in its place. `line` is the record's 1-based line number.
pub fn screen_record(text: &str, line: u64, limits: &Limits) -> Outcome {
    screen_record_as(text, line, limits, None)
}

/// [`screen_record`] under `profile` when given (overriding the case's own
/// `"profile"`), else under the case's profile.
pub fn screen_record_as(
    text: &str,
    line: u64,
    limits: &Limits,
    profile: Option<Profile>,
) -> Outcome {
    screen_record_in(
        text,
        framing::Position {
            line,
            element: None,
        },
        limits,
        profile,
    )
}

/// [`screen_record_as`] for a record at `position`: in an array, its
/// error record's paths start with the element (`$[i]`).
pub(crate) fn screen_record_in(
    text: &str,
    position: framing::Position,
    limits: &Limits,
    profile: Option<Profile>,
) -> Outcome {
    match parse_input_with(text, limits) {
        Ok(input) => Outcome::Screened(to_json(&crate::words::assess(&input, profile))),
        Err(e) => Outcome::Invalid(invalid_record(text, position, limits, &e)),
    }
}

/// The error record for a record that is not a valid case, with the
/// record's other errors.
fn invalid_record(text: &str, position: framing::Position, limits: &Limits, e: &Error) -> String {
    let id = match e {
        Error::Syntax { .. } | Error::TooLarge { .. } | Error::Utf8 { .. } => None,
        _ => read::id(text, limits),
    };
    error_record_in(
        id.as_deref(),
        Some(position.line),
        position.element,
        e,
        &other_errors(text, limits, e),
    )
}

/// The most errors one record reports.
const MAX_ERRORS: usize = 16;

/// The errors of a record after `first`: the reader is one pass that stops
/// at the first error, so the field in error is set aside (removed from the
/// record as read) and the record read again, until it reads or an error
/// cannot be set aside (a syntax error, a limit on the whole record, a path
/// into no field). At most [`MAX_ERRORS`] in all.
fn other_errors(text: &str, limits: &Limits, first: &Error) -> Vec<Error> {
    let mut more = Vec::new();
    if matches!(
        first,
        Error::Syntax { .. } | Error::TooLarge { .. } | Error::Utf8 { .. }
    ) {
        return more;
    }
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else {
        return more;
    };
    let mut error = first.clone();
    while more.len() + 1 < MAX_ERRORS {
        if !set_aside(&mut value, error.path(), limits) {
            break;
        }
        let Ok(again) = serde_json::to_string(&value) else {
            break;
        };
        // Two keys not repeated are written alike: the same path is then
        // another key (each is set aside in turn, so reading ends).
        let unnamed = |e: &Error| e.path().ends_with(UNKNOWN_KEY_WRITTEN);
        match parse_input_with(&again, limits) {
            Ok(_) => break,
            Err(next) if next.path() == "$" => break,
            Err(next) if next.path() == error.path() && !unnamed(&next) => break,
            Err(next) => {
                more.push(next.clone());
                error = next;
            }
        }
    }
    // A repeated key is lost from the `Value` the errors are set aside on:
    // each is listed here, unless already reported, or not repeated in a
    // path (an unknown key, reported as such).
    for (steps, key) in read::duplicate_keys(text) {
        if more.len() + 1 >= MAX_ERRORS {
            break;
        }
        if written_unknown(&steps, &key, limits) {
            continue;
        }
        let mut path = String::from("$");
        for step in steps.iter().chain(std::iter::once(&key)) {
            push_key(&mut path, step);
        }
        let reported = std::iter::once(first)
            .chain(&more)
            .any(|e| matches!(e, Error::DuplicateField { path: p } if *p == path));
        if !reported {
            more.push(Error::DuplicateField { path });
        }
    }
    more
}

/// Remove the field at `path` (`$.means.decepton`,
/// `$.indicators["coercion_at_destination.debt_bondage"]`) from `value`;
/// whether there was one. Each step of the path is matched against the keys
/// of the object as [`Path::render`] writes them, so a key written quoted,
/// or shortened, is found as well as a plain name. The last step removes
/// every key written that way (keys shortened alike cannot be told apart,
/// and the next reading would stop at the same path); a step on the way
/// must name one key. A last step written `[unknown key]` removes the
/// first key that the reader writes so at that place.
fn set_aside(value: &mut serde_json::Value, path: &str, limits: &Limits) -> bool {
    let Some(mut rest) = path.strip_prefix('$') else {
        return false;
    };
    let mut at = value;
    let mut steps: Vec<String> = Vec::new();
    loop {
        let Some(object) = at.as_object_mut() else {
            return false;
        };
        if rest == UNKNOWN_KEY_WRITTEN {
            let unnamed = object
                .keys()
                .find(|key| written_unknown(&steps, key, limits))
                .cloned();
            return unnamed.is_some_and(|key| object.remove(&key).is_some());
        }
        let mut found: Vec<(String, usize)> = Vec::new();
        for key in object.keys() {
            let written = rendered_key(key);
            let at_a_step = rest.strip_prefix(written.as_str()).is_some_and(|after| {
                after.is_empty() || after.starts_with('.') || after.starts_with('[')
            });
            if at_a_step {
                found.push((key.clone(), written.len()));
            }
        }
        let Some(&(_, len)) = found.first() else {
            return false;
        };
        rest = &rest[len..];
        if rest.is_empty() {
            for (key, _) in &found {
                object.remove(key);
            }
            return true;
        }
        let [(key, _)] = found.as_slice() else {
            return false;
        };
        steps.push(key.clone());
        match object.get_mut(key) {
            Some(next) => at = next,
            None => return false,
        }
    }
}

/// Whether the reader writes `key`, in the object reached through the
/// keys `steps` from the root, as `[unknown key]`: read alone, at that
/// place, it is an error at such a path.
fn written_unknown(steps: &[String], key: &str, limits: &Limits) -> bool {
    let mut probe = Value::Object(std::iter::once((key.to_string(), Value::Null)).collect());
    for step in steps.iter().rev() {
        probe = Value::Object(std::iter::once((step.clone(), probe)).collect());
    }
    serde_json::to_string(&probe)
        .ok()
        .and_then(|text| read::input(&text, limits).err())
        .is_some_and(|e| e.path().ends_with(UNKNOWN_KEY_WRITTEN))
}

/// Counts of a screened batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct BatchSummary {
    /// Records screened.
    pub screened: u64,
    /// Records that yielded an error record.
    pub invalid: u64,
}

/// Output lines not yet handed to the caller's writer.
///
/// A batch hands its output to the writer in pieces of about
/// [`Pending::PIECE`] bytes rather than a line at a time: a buffered writer
/// (the command line's) passes a piece that large straight through instead
/// of copying every line into its own buffer first. So that a caller
/// streaming records one at a time still gets each answer before it sends
/// the next record, everything pending is handed over before any read that
/// could wait for input: whenever the reader's buffer has been used up.
struct Pending<'w, W: Write> {
    writer: &'w mut W,
    bytes: Vec<u8>,
    /// Whether the reader's buffered input has all been used, so that the
    /// next read may wait.
    drained: bool,
}

impl<W: Write> Pending<'_, W> {
    /// The size of a piece: the command line's buffer.
    const PIECE: usize = 1 << 16;

    /// Hand what is pending to the writer.
    fn hand_over(&mut self) -> io::Result<()> {
        if !self.bytes.is_empty() {
            self.writer.write_all(&self.bytes)?;
            self.bytes.clear();
        }
        Ok(())
    }

    /// After a line: hand over a full piece.
    fn line_done(&mut self) -> io::Result<()> {
        if self.bytes.len() >= Self::PIECE {
            self.hand_over()?;
        }
        Ok(())
    }

    /// Before a read: hand everything over if the read may wait.
    fn before_read(&mut self) -> io::Result<()> {
        if self.drained {
            self.hand_over()?;
        }
        Ok(())
    }
}

/// Read one line into `buf`, keeping at most `keep` bytes of it: the rest of
/// an over-long line is consumed and counted, never stored. Returns the
/// line's full length without its `\n`, or `None` at end of input. Output
/// pending in `out` is handed over before any read that may wait.
fn read_bounded_line<R: BufRead, W: Write>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    keep: usize,
    out: &mut Pending<'_, W>,
) -> io::Result<Option<usize>> {
    buf.clear();
    let mut len = 0usize;
    let mut any = false;
    loop {
        out.before_read()?;
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            out.drained = true;
            return Ok(any.then_some(len));
        }
        any = true;
        let newline = newline(available);
        let chunk = available
            .get(..newline.unwrap_or(available.len()))
            .unwrap_or_default();
        let room = keep.saturating_sub(buf.len());
        buf.extend_from_slice(chunk.get(..room).unwrap_or(chunk));
        len = len.saturating_add(chunk.len());
        let used = chunk.len() + usize::from(newline.is_some());
        out.drained = used == available.len();
        reader.consume(used);
        if newline.is_some() {
            return Ok(Some(len));
        }
    }
}

/// The position of the first `\n` in `bytes` (memchr: a vectorised search).
fn newline(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'\n', bytes)
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Screen a batch of NDJSON records from `reader` to `writer`: exactly one
/// output line per record, in order. Screening goes on past a bad record,
/// which gets an error record; only an I/O error of the reader or the
/// writer stops it (and is returned).
///
/// A record is a line (ended by `\n`, or by the end of the input) that is
/// not blank. In detail:
///
/// - line numbers (`error.line`) count every line of the input from 1,
///   blank ones included;
/// - a line of ASCII whitespace only is blank, and is skipped;
/// - a `\r` before the `\n` (CRLF) is dropped; a UTF-8 byte-order mark at
///   the very start of the input is dropped;
/// - a last line without `\n` is a record like any other;
/// - a line longer than [`Limits::max_record_bytes`] (after dropping the BOM
///   and `\r`) is an error record, blank or not; at most that many bytes
///   (plus 4) are kept in memory, the rest is read and counted only;
/// - a line that is not UTF-8 is an error record giving the offset of the
///   first bad byte;
/// - empty input gives empty output.
///
/// An error record carries the record's `id` only when the record is valid
/// JSON with exactly one top-level `"id"`, a string within
/// [`Limits::max_string_bytes`]. Nothing else from the input is echoed but,
/// in the error's path, an unknown key that is a likely misspelling of a
/// name known where it stands (at most 64 bytes of ASCII letters, digits,
/// `_`, `.` and `-`, within an edit distance of 3); any other unknown key
/// is written `[unknown key]`.
///
/// The library does no I/O of its own: this reads and writes only the handles
/// the caller passes, and it flushes the writer at the end. Output lines are
/// handed to the writer in pieces of about 64 KiB, and always before a read
/// that could wait for input: a caller that sends one record and waits for
/// its answer gets it.
pub fn screen_ndjson<R: BufRead, W: Write>(
    reader: R,
    writer: W,
    limits: &Limits,
) -> io::Result<BatchSummary> {
    screen_ndjson_as(reader, writer, limits, None)
}

/// [`screen_ndjson`] under `profile` when given (overriding each case's own
/// `"profile"`), else under each case's profile.
pub fn screen_ndjson_as<R: BufRead, W: Write>(
    mut reader: R,
    mut writer: W,
    limits: &Limits,
    profile: Option<Profile>,
) -> io::Result<BatchSummary> {
    let mut summary = BatchSummary::default();
    let mut buf = Vec::with_capacity(4096);
    let mut out = Pending {
        writer: &mut writer,
        bytes: Vec::with_capacity(Pending::<W>::PIECE + 8192),
        drained: true,
    };
    let mut seen = write::Seen::<4096>::new();
    let mut line_no: u64 = 0;
    // Room for a BOM and a CR beyond the record limit.
    let keep = limits.max_record_bytes.saturating_add(4);
    loop {
        let len = match read_bounded_line(&mut reader, &mut buf, keep, &mut out) {
            Ok(Some(len)) => len,
            Ok(None) => break,
            Err(e) => {
                // What was screened before the error is still handed over.
                out.hand_over()?;
                return Err(e);
            }
        };
        line_no += 1;
        match screen_line(
            &buf,
            len,
            line_no,
            limits,
            profile,
            &mut out.bytes,
            &mut seen,
        ) {
            Some(true) => summary.screened += 1,
            Some(false) => summary.invalid += 1,
            None => continue,
        }
        out.line_done()?;
    }
    out.hand_over()?;
    writer.flush()?;
    Ok(summary)
}

/// [`screen_ndjson_as`] with the records screened on `threads` threads of
/// its own, for large batches on a machine with several cores. The output
/// is byte for byte that of [`screen_ndjson_as`], in the same order, with
/// the same line numbers; so is the summary. This thread reads and writes,
/// and still hands over every answer before a read that could wait for
/// input, so a caller that writes one record and waits for its answer gets
/// it. `threads` of 0 or 1 screens on this thread only.
///
/// ```
/// let input = "{\"id\":\"a\"}\n\n{\"id\":\"b\",\"meens\":{}}\n{\"id\":\"c\"}\n";
/// let limits = palermo::io::Limits::default();
/// let mut one = Vec::new();
/// palermo::io::screen_ndjson_as(input.as_bytes(), &mut one, &limits, None).unwrap();
/// let mut two = Vec::new();
/// let summary =
///     palermo::io::screen_ndjson_threads(input.as_bytes(), &mut two, &limits, None, 2).unwrap();
/// assert_eq!(one, two);
/// assert_eq!((summary.screened, summary.invalid), (2, 1));
/// ```
pub fn screen_ndjson_threads<R: BufRead, W: Write>(
    reader: R,
    writer: W,
    limits: &Limits,
    profile: Option<Profile>,
    threads: usize,
) -> io::Result<BatchSummary> {
    if threads <= 1 {
        screen_ndjson_as(reader, writer, limits, profile)
    } else {
        threads::screen_in_pieces(
            reader,
            writer,
            limits,
            threads,
            threads::PIECE,
            &threads::contract(limits, profile),
        )
    }
}

/// Screen line `line_no` of an NDJSON batch, of `len` bytes in all, read as
/// `stored` (its first bytes: at most the record limit and 4), and append its
/// output line, newline included, to `out`. `None` for a blank line, which
/// is skipped; else whether the record was screened (`true`) or stands as an
/// error record (`false`). The one copy of the line rules of
/// [`screen_ndjson`], for one thread or several.
fn screen_line<const N: usize>(
    stored: &[u8],
    len: usize,
    line_no: u64,
    limits: &Limits,
    profile: Option<Profile>,
    out: &mut Vec<u8>,
    seen: &mut write::Seen<N>,
) -> Option<bool> {
    let complete = len <= stored.len();
    let mut bytes = stored;
    let mut size = len;
    if line_no == 1 {
        if let Some(rest) = bytes.strip_prefix(BOM) {
            bytes = rest;
            size -= BOM.len();
        }
    }
    if let Some(rest) = bytes.strip_suffix(b"\r").filter(|_| complete) {
        bytes = rest;
        size -= 1;
    }
    let error = if size > limits.max_record_bytes {
        Some(error_record(
            None,
            Some(line_no),
            &Error::TooLarge {
                size,
                limit: limits.max_record_bytes,
            },
        ))
    } else if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => match parse_input_with(text, limits) {
                Ok(input) => {
                    write_assessment(out, &crate::words::assess(&input, profile), seen);
                    None
                }
                Err(e) => Some(invalid_record(
                    text,
                    framing::Position {
                        line: line_no,
                        element: None,
                    },
                    limits,
                    &e,
                )),
            },
            Err(e) => Some(error_record(
                None,
                Some(line_no),
                &Error::Utf8 {
                    offset: e.valid_up_to(),
                },
            )),
        }
    };
    let screened = error.is_none();
    if let Some(record) = error {
        out.extend_from_slice(record.as_bytes());
    }
    out.push(b'\n');
    Some(screened)
}

/// [`screen_ndjson`] over text in memory: the output lines and the counts.
///
/// ```
/// let input = "{\"id\":\"a\"}\n{\"id\":\"b\",\"meens\":{}}\n{\"id\":\"c\"}\n";
/// let (out, summary) = palermo::io::screen_ndjson_str(input);
/// assert_eq!(out.lines().count(), 3);
/// assert_eq!(summary.invalid, 1);
/// assert!(out.lines().nth(1).unwrap().contains(r#""path":"$.meens""#));
/// ```
pub fn screen_ndjson_str(input: &str) -> (String, BatchSummary) {
    let mut out = Vec::with_capacity(input.len() * 4);
    // Reading from a slice and writing to a Vec cannot fail.
    let summary = screen_ndjson(input.as_bytes(), &mut out, &Limits::default()).unwrap_or_default();
    (String::from_utf8(out).unwrap_or_default(), summary)
}
