//! Contract v1 wire format: JSON in, JSON out, with errors that name the
//! JSON path.
//!
//! Input is read into a [`serde_json::Value`] and then walked field by field,
//! so every error can say exactly where it is (`$.means.decepton: unknown
//! field; expected one of threat, force, ...`) and a misspelt field can never
//! silently turn a trafficking case into "no finding". Error messages never
//! echo input values (case data is sensitive); they name the path and what
//! was expected.

use crate::assessment::{Assessment, CONTRACT};
use crate::law::profile::Profile;
use crate::model::{
    Act, AgeRange, Case, Facilitator, Fact, FactSet, Means, Movement, Person, Purpose, Regularity,
    Relationship, RiskFactor, Vocabulary,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

/// Limits a host can rely on. Past a limit a record gets an error record;
/// reading goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Limits {
    /// Largest record (one NDJSON line, or one document), in bytes. Default 1 MiB.
    pub max_record_bytes: usize,
    /// Deepest nesting of arrays and objects in a record. Default 16 (the
    /// contract needs 3).
    pub max_depth: usize,
    /// Longest string (the id, or any key), in bytes. Default 4096.
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
    /// A field is unknown, or a value is not one the contract allows.
    #[error("{path}: {message}")]
    Invalid {
        /// The JSON path of the offending field, e.g. `$.means.decepton`.
        path: String,
        /// What is wrong and what was expected.
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
    /// The JSON path the error is about (`$` for the whole record).
    pub fn path(&self) -> &str {
        match self {
            Error::Invalid { path, .. } => path,
            _ => "$",
        }
    }

    /// The message without the path.
    pub fn message(&self) -> String {
        match self {
            Error::Invalid { message, .. } => message.clone(),
            other => {
                let full = other.to_string();
                full.strip_prefix("$: ").unwrap_or(&full).to_string()
            }
        }
    }

    fn invalid(path: &Path<'_>, message: impl Into<String>) -> Self {
        Error::Invalid {
            path: path.render(),
            message: message.into(),
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
            } else if !key.is_empty()
                && key.len() <= 64
                && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            {
                out.push('.');
                out.push_str(key);
            } else {
                // An unusual key: quoted, shortened, control characters escaped.
                let short: String = key.chars().take(32).collect();
                let _ = write!(out, "[{}]", Value::String(short));
            }
        }
        out
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Read a fact: `true`/`"yes"`, `"suspected"`, `false`/`"no"`, `null`/`"unknown"`.
fn fact(v: &Value, path: &Path<'_>) -> Result<Fact, Error> {
    match v {
        Value::Bool(true) => Ok(Fact::Established),
        Value::Bool(false) => Ok(Fact::RuledOut),
        Value::Null => Ok(Fact::NotStated),
        Value::String(s) => match s.as_str() {
            "yes" => Ok(Fact::Established),
            "suspected" => Ok(Fact::Suspected),
            "no" => Ok(Fact::RuledOut),
            "unknown" => Ok(Fact::NotStated),
            _ => Err(Error::invalid(
                path,
                "expected true, \"suspected\", false or null (or \"yes\", \"no\", \"unknown\"); found another string",
            )),
        },
        other => Err(Error::invalid(
            path,
            format!("expected true, \"suspected\", false or null; found {}", kind(other)),
        )),
    }
}

/// Walk an object's fields; `null` counts as an absent object.
fn fields<'v>(
    v: &'v Value,
    path: &Path<'_>,
    limits: &Limits,
    mut field: impl FnMut(&str, &'v Value, &Path<'_>) -> Result<bool, Error>,
    expected: &dyn Fn() -> String,
) -> Result<(), Error> {
    let map: &Map<String, Value> = match v {
        Value::Object(map) => map,
        Value::Null => return Ok(()),
        other => {
            return Err(Error::invalid(
                path,
                format!("expected an object; found {}", kind(other)),
            ));
        }
    };
    for (key, value) in map {
        let here = path.child(key);
        if key.len() > limits.max_string_bytes {
            return Err(Error::invalid(
                &here,
                format!("key longer than {} bytes", limits.max_string_bytes),
            ));
        }
        if !field(key, value, &here)? {
            return Err(Error::invalid(
                &here,
                format!("unknown field; expected one of {}", expected()),
            ));
        }
    }
    Ok(())
}

fn fact_set<V: Vocabulary>(
    v: &Value,
    path: &Path<'_>,
    limits: &Limits,
) -> Result<FactSet<V>, Error> {
    let mut set = FactSet::new();
    fields(
        v,
        path,
        limits,
        |key, value, here| match V::from_name(key) {
            Some(member) => {
                set.set(member, fact(value, here)?);
                Ok(true)
            }
            None => Ok(false),
        },
        &|| {
            V::ALL
                .iter()
                .map(|m| m.name())
                .collect::<Vec<_>>()
                .join(", ")
        },
    )?;
    Ok(set)
}

fn whole_number(v: &Value, path: &Path<'_>, max: u64) -> Result<u8, Error> {
    match v.as_u64() {
        Some(n) if n <= max => u8::try_from(n).map_err(|_| Error::invalid(path, "out of range")),
        _ => Err(Error::invalid(
            path,
            format!(
                "expected a whole number from 0 to {max}; found {}",
                describe_number(v)
            ),
        )),
    }
}

fn describe_number(v: &Value) -> &'static str {
    match v {
        Value::Number(n) if n.is_f64() => "a number with a fraction",
        Value::Number(_) => "a number out of range",
        other => kind(other),
    }
}

fn one_of<T: Copy>(v: &Value, path: &Path<'_>, options: &[(&str, T)]) -> Result<Option<T>, Error> {
    let names = || {
        options
            .iter()
            .map(|(n, _)| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v {
        Value::Null => Ok(None),
        Value::String(s) => options
            .iter()
            .find(|(n, _)| n == s)
            .map(|(_, t)| Some(*t))
            .ok_or_else(|| {
                Error::invalid(
                    path,
                    format!("expected one of {} or null; found another string", names()),
                )
            }),
        other => Err(Error::invalid(
            path,
            format!("expected one of {} or null; found {}", names(), kind(other)),
        )),
    }
}

const REGULARITY: &[(&str, Regularity)] = &[
    ("regular", Regularity::Regular),
    ("irregular", Regularity::Irregular),
];
const RELATIONSHIP: &[(&str, Relationship)] = &[
    ("ended", Relationship::Ended),
    ("continued", Relationship::Continued),
];

fn person(v: &Value, path: &Path<'_>, limits: &Limits) -> Result<Person, Error> {
    let mut p = Person::default();
    fields(
        v,
        path,
        limits,
        |key, value, here| {
            match key {
                "age" => {
                    p.age = if value.is_null() {
                        None
                    } else {
                        Some(whole_number(value, here, 130)?)
                    }
                }
                "age_estimate" => p.age_estimate = age_estimate(value, here, limits)?,
                "child_indicators" => p.child_indicators = fact(value, here)?,
                "vulnerable" => p.vulnerable = fact(value, here)?,
                _ => return Ok(false),
            }
            Ok(true)
        },
        &|| "age, age_estimate, child_indicators, vulnerable".into(),
    )?;
    Ok(p)
}

fn age_estimate(v: &Value, path: &Path<'_>, limits: &Limits) -> Result<Option<AgeRange>, Error> {
    if v.is_null() {
        return Ok(None);
    }
    let (mut min, mut max) = (None, None);
    fields(
        v,
        path,
        limits,
        |key, value, here| {
            match key {
                "min" => min = Some(whole_number(value, here, 130)?),
                "max" => max = Some(whole_number(value, here, 130)?),
                _ => return Ok(false),
            }
            Ok(true)
        },
        &|| "min, max".into(),
    )?;
    match (min, max) {
        (Some(min), Some(max)) if min <= max => Ok(Some(AgeRange { min, max })),
        (Some(_), Some(_)) => Err(Error::invalid(path, "min must not be greater than max")),
        (None, _) => Err(Error::invalid(
            &path.child("min"),
            "required when age_estimate is given",
        )),
        (_, None) => Err(Error::invalid(
            &path.child("max"),
            "required when age_estimate is given",
        )),
    }
}

fn facilitator(v: &Value, path: &Path<'_>, limits: &Limits) -> Result<Facilitator, Error> {
    let mut f = Facilitator::default();
    fields(
        v,
        path,
        limits,
        |key, value, here| {
            match key {
                "procured_entry" => f.procured_entry = fact(value, here)?,
                "enabled_irregular_stay" => f.enabled_irregular_stay = fact(value, here)?,
                "material_benefit" => f.material_benefit = fact(value, here)?,
                "humanitarian_or_family" => f.humanitarian_or_family = fact(value, here)?,
                "relationship_after_arrival" => {
                    f.relationship_after_arrival = one_of(value, here, RELATIONSHIP)?
                }
                _ => return Ok(false),
            }
            Ok(true)
        },
        &|| {
            "procured_entry, enabled_irregular_stay, material_benefit, humanitarian_or_family, relationship_after_arrival".into()
        },
    )?;
    Ok(f)
}

fn movement(v: &Value, path: &Path<'_>, limits: &Limits) -> Result<Movement, Error> {
    let mut m = Movement::default();
    fields(
        v,
        path,
        limits,
        |key, value, here| {
            match key {
                "migrated" => m.migrated = fact(value, here)?,
                "crossed_border" => m.crossed_border = fact(value, here)?,
                "entry" => m.entry = one_of(value, here, REGULARITY)?,
                "stay" => m.stay = one_of(value, here, REGULARITY)?,
                "national_or_resident_of_destination" => {
                    m.national_or_resident_of_destination = fact(value, here)?
                }
                "facilitator" => m.facilitator = facilitator(value, here, limits)?,
                "fraudulent_documents" => m.fraudulent_documents = fact(value, here)?,
                "life_endangered" => m.life_endangered = fact(value, here)?,
                "inhuman_or_degrading_treatment" => {
                    m.inhuman_or_degrading_treatment = fact(value, here)?
                }
                _ => return Ok(false),
            }
            Ok(true)
        },
        &|| {
            "migrated, crossed_border, entry, stay, national_or_resident_of_destination, facilitator, fraudulent_documents, life_endangered, inhuman_or_degrading_treatment".into()
        },
    )?;
    Ok(m)
}

/// ILO/EC indicators: `{"dimension.indicator": fact, ...}`; an id on none
/// of the lists is an error, like any unknown field.
fn indicators(
    v: &Value,
    path: &Path<'_>,
    limits: &Limits,
) -> Result<crate::indicators::Indicators, Error> {
    let data = crate::indicators::IloData::embedded().map_err(|e| {
        Error::invalid(
            path,
            format!("the ILO/EC indicator data could not be loaded: {e}"),
        )
    })?;
    let mut set = crate::indicators::Indicators::new();
    fields(
        v,
        path,
        limits,
        |key, value, here| {
            if !data.is_known(key) {
                return match data.suggest(key) {
                    Some(known) => Err(Error::invalid(
                        here,
                        format!("unknown indicator id; did you mean {known}?"),
                    )),
                    None => Ok(false),
                };
            }
            set.set_unchecked(key, fact(value, here)?);
            Ok(true)
        },
        &|| {
            "the ILO/EC indicator ids, dimension.indicator (e.g. coercion_at_destination.confiscation_of_documents; `palermo indicators` lists them)".into()
        },
    )?;
    Ok(set)
}

/// The top-level fields of a contract v1 case.
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

/// Read a profile name (`"palermo"`, `"us"`, ...) or null.
fn profile(v: &Value, path: &Path<'_>) -> Result<Option<Profile>, Error> {
    let options: Vec<(&str, Profile)> = Profile::ALL.iter().map(|p| (p.name(), *p)).collect();
    one_of(v, path, &options)
}

/// Build a [`Case`] from a parsed JSON value, checking every field.
pub fn case_from_value(v: &Value, limits: &Limits) -> Result<Case, Error> {
    if !v.is_object() {
        return Err(Error::invalid(
            &ROOT,
            format!("expected a case object; found {}", kind(v)),
        ));
    }
    let mut case = Case::new();
    fields(
        v,
        &ROOT,
        limits,
        |key, value, here| {
            match key {
                "id" => {
                    case.id = match value {
                        Value::Null => None,
                        Value::String(s) if s.len() <= limits.max_string_bytes => Some(s.clone()),
                        Value::String(_) => {
                            return Err(Error::invalid(
                                here,
                                format!("longer than {} bytes", limits.max_string_bytes),
                            ))
                        }
                        other => {
                            return Err(Error::invalid(
                                here,
                                format!("expected a string or null; found {}", kind(other)),
                            ))
                        }
                    }
                }
                "person" => case.person = person(value, here, limits)?,
                "act" => case.act = fact_set::<Act>(value, here, limits)?,
                "means" => case.means = fact_set::<Means>(value, here, limits)?,
                "purpose" => case.purpose = fact_set::<Purpose>(value, here, limits)?,
                "consent" => case.consent = fact(value, here)?,
                "exploitation_occurred" => case.exploitation_occurred = fact(value, here)?,
                "movement" => case.movement = movement(value, here, limits)?,
                "risk_factors" => case.risk_factors = fact_set::<RiskFactor>(value, here, limits)?,
                "asylum_claim" => case.asylum_claim = fact(value, here)?,
                "offences_by_person" => case.offences_by_person = fact(value, here)?,
                "profile" => case.profile = profile(value, here)?,
                "indicators" => case.indicators = indicators(value, here, limits)?,
                _ => return Ok(false),
            }
            Ok(true)
        },
        &|| CASE_FIELDS.join(", "),
    )?;
    Ok(case)
}

/// How deep arrays and objects nest in `v`, stopping early past `limit`.
fn depth_exceeds(v: &Value, limit: usize) -> bool {
    fn walk(v: &Value, left: usize) -> bool {
        match v {
            Value::Array(items) => left == 0 || items.iter().any(|i| walk(i, left - 1)),
            Value::Object(map) => left == 0 || map.values().any(|i| walk(i, left - 1)),
            _ => false,
        }
    }
    walk(v, limit)
}

/// Parse one record's text into a JSON value within the limits.
pub(crate) fn parse_value(text: &str, limits: &Limits) -> Result<Value, Error> {
    if text.len() > limits.max_record_bytes {
        return Err(Error::TooLarge {
            size: text.len(),
            limit: limits.max_record_bytes,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| Error::Syntax {
        message: e.to_string(),
    })?;
    if depth_exceeds(&value, limits.max_depth) {
        return Err(Error::invalid(
            &ROOT,
            format!("nested deeper than {} levels", limits.max_depth),
        ));
    }
    Ok(value)
}

/// Parse one case from JSON text.
///
/// ```
/// let case = palermo::json::parse_case(r#"{"id": "c1", "means": {"deception": true}}"#).unwrap();
/// assert_eq!(case.id.as_deref(), Some("c1"));
///
/// let err = palermo::json::parse_case(r#"{"means": {"decepton": true}}"#).unwrap_err();
/// assert_eq!(err.path(), "$.means.decepton");
/// assert!(err.to_string().starts_with("$.means.decepton: unknown field; expected one of threat, force"));
/// ```
pub fn parse_case(text: &str) -> Result<Case, Error> {
    parse_case_with(text, &Limits::default())
}

/// [`parse_case`] with explicit limits.
pub fn parse_case_with(text: &str, limits: &Limits) -> Result<Case, Error> {
    case_from_value(&parse_value(text, limits)?, limits)
}

/// Serialise an assessment as one line of contract v1 JSON.
pub fn to_json(assessment: &Assessment) -> String {
    // Serialising plain data with string keys cannot fail; fall back to an
    // error record rather than panic if it ever did.
    serde_json::to_string(assessment).unwrap_or_else(|e| {
        error_record(
            assessment.id.as_deref(),
            None,
            &Error::Syntax {
                message: e.to_string(),
            },
        )
    })
}

/// Screen one case: JSON text in, contract v1 assessment JSON out.
///
/// ```
/// let out = palermo::screen_json(r#"{"person": {"age": 15}, "act": {"recruitment": true},
///                                    "purpose": {"forced_begging": true}}"#).unwrap();
/// assert!(out.contains(r#""verdict":"trafficking""#));
/// ```
pub fn screen_json(text: &str) -> Result<String, Error> {
    let case = parse_case(text)?;
    Ok(to_json(&crate::evaluate(&case)))
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
}

/// Render an error record as one line of JSON.
pub fn error_record(id: Option<&str>, line: Option<u64>, error: &Error) -> String {
    let record = ErrorRecord {
        contract: Cow::Borrowed(CONTRACT),
        id: id.map(str::to_owned),
        error: ErrorBody {
            line,
            path: error.path().to_string(),
            message: error.message(),
        },
    };
    serde_json::to_string(&record).unwrap_or_else(|_| {
        format!("{{\"contract\":\"{CONTRACT}\",\"error\":{{\"path\":\"$\",\"message\":\"unrepresentable error\"}}}}")
    })
}

/// The id of a record that failed validation, when it can be read safely.
fn readable_id(text: &str, limits: &Limits) -> Option<String> {
    let value = parse_value(text, limits).ok()?;
    match value.get("id")? {
        Value::String(s) if s.len() <= limits.max_string_bytes => Some(s.clone()),
        _ => None,
    }
}

/// The outcome of screening one record of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    let parsed = parse_value(text, limits).and_then(|v| case_from_value(&v, limits));
    match parsed {
        Ok(case) => Outcome::Screened(to_json(&crate::evaluate_with(
            &case,
            profile.or(case.profile).unwrap_or_default(),
        ))),
        Err(e) => {
            let id = match e {
                Error::Invalid { .. } => readable_id(text, limits),
                _ => None,
            };
            Outcome::Invalid(error_record(id.as_deref(), Some(line), &e))
        }
    }
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

/// Read one line, keeping at most `limit` + 1 bytes of it; the rest of an
/// over-long line is consumed and counted, never stored. Returns
/// `(bytes_seen, reached_eof)` or `None` at end of input.
fn read_bounded_line<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<usize>> {
    buf.clear();
    let mut seen = 0usize;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(if seen == 0 { None } else { Some(seen) });
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (available.get(..=i).unwrap_or(available), true),
            None => (available, false),
        };
        let room = (limit + 1).saturating_sub(buf.len());
        buf.extend_from_slice(chunk.get(..room).unwrap_or(chunk));
        let used = chunk.len();
        seen += used;
        reader.consume(used);
        if done {
            return Ok(Some(seen));
        }
    }
}

/// Screen a batch of NDJSON records from `reader` to `writer`: exactly one
/// output line per non-blank input line, in order. Blank lines are skipped;
/// a UTF-8 byte-order mark and CRLF line ends are accepted. A bad record
/// yields an error record and screening goes on; only I/O failures stop it.
///
/// The library does no I/O of its own: this reads and writes only the handles
/// the caller passes.
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
    let mut line_no: u64 = 0;
    // Room for a trailing newline and carriage return beyond the record limit.
    let read_limit = limits.max_record_bytes.saturating_add(2);
    while let Some(seen) = read_bounded_line(&mut reader, &mut buf, read_limit)? {
        line_no += 1;
        let mut bytes: &[u8] = &buf;
        if line_no == 1 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        let truncated = seen > buf.len();
        let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if !truncated && bytes.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let outcome = if truncated || bytes.len() > limits.max_record_bytes {
            let size = if truncated { seen } else { bytes.len() };
            Outcome::Invalid(error_record(
                None,
                Some(line_no),
                &Error::TooLarge {
                    size,
                    limit: limits.max_record_bytes,
                },
            ))
        } else {
            match std::str::from_utf8(bytes) {
                Ok(text) => screen_record_as(text, line_no, limits, profile),
                Err(e) => Outcome::Invalid(error_record(
                    None,
                    Some(line_no),
                    &Error::Utf8 {
                        offset: e.valid_up_to(),
                    },
                )),
            }
        };
        match outcome {
            Outcome::Screened(_) => summary.screened += 1,
            Outcome::Invalid(_) => summary.invalid += 1,
        }
        writer.write_all(outcome.line().as_bytes())?;
        writer.write_all(b"\n")?;
    }
    writer.flush()?;
    Ok(summary)
}

/// [`screen_ndjson`] over text in memory: the output lines and the counts.
///
/// ```
/// let input = "{\"id\":\"a\"}\n{\"id\":\"b\",\"meens\":{}}\n{\"id\":\"c\"}\n";
/// let (out, summary) = palermo::json::screen_ndjson_str(input);
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
