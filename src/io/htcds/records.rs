//! Reading HTCDS records and CTDC rows as streams: one output line per
//! record, in order, with flat memory.
//!
//! - **JSON** (a first byte `{` or `[`): the records are framed by
//!   [`crate::io::framing`], whatever the shape (one document, several
//!   pretty-printed documents, NDJSON, or a top-level array of any size). An
//!   array is never held whole: memory stays within about one record limit.
//!   A record that cannot be delimited or read gives one error record naming
//!   its line (and, in an array, its element as the path `$[i]`), and the
//!   records after it go on.
//! - **CSV** (anything else): rows are read by [`crate::io::csv_rows`] (the
//!   `csv` crate's engine, with a per-row limit). The delimiter (`,`, `;` or
//!   tab) is told from the header line; the header is the first row with an
//!   HTCDS or CTDC field name (up to three rows before it, such as the CTDC
//!   terms-of-use line, are skipped; with no such row, the first row is
//!   taken as the header and every later row is a data row, each an error
//!   record). Every data row gives exactly one line:
//!   its assessment, or an error record naming its row number and line. A
//!   row with more fields than the header is an error record (its fields
//!   cannot be matched to the columns); a row with fewer is read with the
//!   missing fields at the end empty.
//!
//! A record whose field names repeat (a duplicate JSON key or CSV column,
//! also when the names differ only in letter case, spaces or underscores,
//! which palermo reads as the same field) is an error record naming the
//! field: palermo never picks one of the values.

use super::{lookup, name_norm, read_record, screen, InputReport, Source, NOT_ASCII};
use crate::assessment::CONTRACT;
use crate::decide::Input;
use crate::io::csv_rows::{CsvErrorKind, CsvRows, HeaderError, Row};
use crate::io::framing::{FrameErrorKind, Position};
use crate::io::{BatchSummary, Error, ErrorBody, ErrorRecord, Limits, Outcome, ROOT};
use serde::de::{Deserializer as _, MapAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::io::{self, BufRead, Read, Write};

/// How many bytes are looked at to tell JSON from CSV and to find the CSV
/// delimiter.
const SNIFF_BYTES: usize = 64 << 10;

/// How many rows before the header may be skipped.
const PREAMBLE_ROWS: usize = 3;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// An error record with a position: `line`, and a path that starts with
/// `$[i]` for the element of an array; with the case `id` when it could be
/// read.
fn error_line(id: Option<String>, line: Option<u64>, path: String, message: String) -> String {
    let record = ErrorRecord {
        contract: Cow::Borrowed(CONTRACT),
        id,
        error: ErrorBody {
            line,
            path,
            message,
        },
        errors: Vec::new(),
    };
    serde_json::to_string(&record).unwrap_or_else(|_| {
        format!("{{\"contract\":\"{CONTRACT}\",\"error\":{{\"path\":\"$\",\"message\":\"unrepresentable error\"}}}}")
    })
}

/// The error record of a JSON record at `position`, whose id is not known.
fn json_error(position: Position, e: &Error) -> String {
    json_error_with(None, position, e)
}

/// The error record of a JSON record at `position`, with its `id`.
fn json_error_with(id: Option<String>, position: Position, e: &Error) -> String {
    let path = e.path();
    let path = match position.element {
        Some(element) => format!(
            "$[{}]{}",
            element.saturating_sub(1),
            path.strip_prefix('$').unwrap_or(path)
        ),
        None => path.to_string(),
    };
    error_line(id, Some(position.line), path, e.message())
}

/// The error record of CSV data row `number`, starting on `line`, with the
/// row's `id` when it could be read.
fn row_error(id: Option<String>, number: u64, line: u64, path: String, message: &str) -> String {
    error_line(id, Some(line), path, format!("row {number}: {message}"))
}

/// Whether a field name is the record's `id` (matched as every field is,
/// without regard to letter case, underscores or spaces).
fn is_id(name: &str) -> bool {
    name_norm(name.trim()) == "id"
}

/// The id of a JSON record that could not be screened, read as the
/// contract's batches read it (the one id field, a string within the
/// limit), when the record is JSON at all; `None` for an empty one.
fn json_id(text: &str, limits: &Limits, e: &Error) -> Option<String> {
    match e {
        Error::Syntax { .. } | Error::TooLarge { .. } | Error::Utf8 { .. } => None,
        _ => crate::io::read::id_keyed(text, limits, is_id).filter(|id| !id.is_empty()),
    }
}

/// The id in a CSV cell: a string within the limit, not empty.
fn cell_id(cell: Option<&str>, limits: &Limits) -> Option<String> {
    cell.filter(|c| !c.is_empty() && c.len() <= limits.max_string_bytes)
        .map(str::to_string)
}

/// A JSON object read as its members in order, duplicates kept (a
/// `serde_json::Value` would keep only the last of two equal keys).
struct Members(Vec<(String, Value)>);

struct MembersVisitor;

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Members;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
        let mut members = Vec::new();
        while let Some(entry) = map.next_entry::<String, Value>()? {
            members.push(entry);
        }
        Ok(Members(members))
    }
}

/// Parse one JSON record into its members, within the limits. Error
/// messages never echo the input.
pub(super) fn parse_members(text: &str, limits: &Limits) -> Result<Vec<(String, Value)>, Error> {
    if text.len() > limits.max_record_bytes {
        return Err(Error::TooLarge {
            size: text.len(),
            limit: limits.max_record_bytes,
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = (&mut de)
        .deserialize_any(MembersVisitor)
        .and_then(|m| de.end().map(|()| m));
    let Members(members) = parsed.map_err(|e| {
        if let Some(not_json) = e
            .is_data()
            .then(|| crate::io::read::not_json(text))
            .flatten()
        {
            not_json
        } else if e.is_data() {
            // serde's message would quote the value: say what was expected.
            Error::BadValue {
                path: "$".into(),
                message: "expected an HTCDS record (a JSON object with HTCDS field names)".into(),
            }
        } else {
            Error::Syntax {
                message: e.to_string(),
            }
        }
    })?;
    fn deeper(v: &Value, left: usize) -> bool {
        match v {
            Value::Array(items) => left == 0 || items.iter().any(|i| deeper(i, left - 1)),
            Value::Object(map) => left == 0 || map.values().any(|i| deeper(i, left - 1)),
            _ => false,
        }
    }
    let left = limits.max_depth.saturating_sub(1);
    if members.iter().any(|(_, v)| deeper(v, left)) {
        return Err(Error::Limit {
            path: "$".into(),
            message: format!("nested deeper than {} levels", limits.max_depth),
        });
    }
    if members
        .iter()
        .any(|(k, _)| k.len() > limits.max_string_bytes)
    {
        return Err(Error::Limit {
            path: "$".into(),
            message: format!("key longer than {} bytes", limits.max_string_bytes),
        });
    }
    Ok(members)
}

/// The key two field names share when palermo reads them as one field:
/// letters and digits, lower case, underscores and spaces dropped
/// (`vic_MethodsOfControl`, `VIC_METHODSOFCONTROL` and
/// `vic_Methods_of_Control` are one field). A name with another character,
/// or without a letter or digit, is compared as written; a blank one is not
/// compared (an unnamed CSV column).
fn field_key(name: &str) -> Option<String> {
    let n = name_norm(name.trim());
    if name.trim().is_empty() {
        None
    } else if !n.is_empty() && n != NOT_ASCII {
        Some(n)
    } else {
        Some(format!("\u{0}{name}"))
    }
}

/// The first name that repeats an earlier one: (earlier index, index).
fn first_duplicate<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<(usize, usize)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, name) in names.into_iter().enumerate() {
        if let Some(key) = field_key(name) {
            if let Some(&first) = seen.get(&key) {
                return Some((first, i));
            }
            seen.insert(key, i);
        }
    }
    None
}

/// The error for a repeated field: named when it is an HTCDS or CTDC field
/// (an unknown name is never echoed).
fn duplicate_error(first: &str, second: &str, what: &str, place: String) -> Error {
    if lookup(second).is_some() {
        Error::BadValue {
            path: ROOT.child(second).render(),
            message: if first == second {
                format!("duplicate {what}{place}")
            } else {
                format!("duplicate {what}{place}: names that differ only in letter case, spaces or underscores are one field")
            },
        }
    } else {
        Error::BadValue {
            path: "$".into(),
            message: format!(
                "duplicate {what}{place}: a name that is not an HTCDS v2.0 field or a CTDC column is given twice"
            ),
        }
    }
}

/// Read one HTCDS record given as JSON text: a case and its report, or the
/// error (a duplicate field among them).
pub(super) fn case_from_json_text(
    text: &str,
    limits: &Limits,
) -> Result<(Input, InputReport), Error> {
    let members = parse_members(text, limits)?;
    if let Some((i, j)) = first_duplicate(members.iter().map(|(k, _)| k.as_str())) {
        let (first, second) = (&members[i].0, &members[j].0);
        return Err(duplicate_error(first, second, "field", String::new()));
    }
    // A key repeated inside a field's value (an object) is a duplicate too,
    // whether palermo reads that field or not.
    let nested = |v: &Value| match v {
        Value::Object(_) => true,
        Value::Array(items) => items.iter().any(|i| i.is_object() || i.is_array()),
        _ => false,
    };
    if members.iter().any(|(_, v)| nested(v)) {
        if let Some((steps, _)) = crate::io::read::duplicate_keys(text)
            .into_iter()
            .find(|(steps, _)| !steps.is_empty())
        {
            let field = steps.first().map(String::as_str).unwrap_or_default();
            return Err(if lookup(field).is_some() {
                Error::BadValue {
                    path: ROOT.child(field).render(),
                    message: "a key is given twice inside this field".into(),
                }
            } else {
                Error::BadValue {
                    path: "$".into(),
                    message: "a key is given twice inside a field that is not an HTCDS v2.0 field or a CTDC column".into(),
                }
            });
        }
    }
    Ok(read_record(
        members.iter().map(|(k, v)| (k.as_str(), v)),
        Source::Json,
        limits,
    ))
}

/// Screen one HTCDS record of JSON text (one NDJSON line, or one document):
/// its assessment, or the error record standing in its place.
pub fn screen_record(text: &str, line: u64, limits: &Limits) -> Outcome {
    screen_json_at(
        text,
        Position {
            line,
            element: None,
        },
        limits,
    )
}

fn screen_json_at(text: &str, position: Position, limits: &Limits) -> Outcome {
    match case_from_json_text(text, limits) {
        Ok((input, report)) => Outcome::Screened(screen(input, report).to_json()),
        Err(e) => Outcome::Invalid(json_error_with(json_id(text, limits, &e), position, &e)),
    }
}

/// Why a record could not be framed, as an [`Error`].
pub(crate) fn frame_error(kind: FrameErrorKind) -> Error {
    let syntax = |m: &str| Error::Syntax {
        message: m.to_string(),
    };
    match kind {
        FrameErrorKind::TooLarge { size, limit } => Error::TooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit,
        },
        FrameErrorKind::Truncated => syntax("the input ends inside this record"),
        FrameErrorKind::Unclosed => syntax("the record is not closed before the next one begins"),
        FrameErrorKind::EmptyElement => {
            syntax("an empty element (a comma after `[` or another comma)")
        }
        FrameErrorKind::TrailingComma => {
            syntax("a comma before the closing `]` of the array: an element may be missing")
        }
        FrameErrorKind::UnclosedArray => {
            syntax("the input ends inside the top-level array: records may be missing")
        }
        FrameErrorKind::TrailingContent => syntax("text after the closing `]` of the array"),
        FrameErrorKind::Read(kind) => syntax(&format!("could not be read: {kind}")),
    }
}

/// Counts one outcome and writes its line.
fn emit<W: Write>(outcome: &Outcome, writer: &mut W, summary: &mut BatchSummary) -> io::Result<()> {
    match outcome {
        Outcome::Screened(_) => summary.screened += 1,
        Outcome::Invalid(_) => summary.invalid += 1,
    }
    writer.write_all(outcome.line().as_bytes())?;
    writer.write_all(b"\n")
}

/// Screen HTCDS JSON records framed from `reader`: one line per record
/// (the loop is the contract path's, [`crate::io::array::screen_frames`]).
fn screen_json_stream<R: BufRead, W: Write>(
    reader: R,
    writer: W,
    limits: &Limits,
) -> io::Result<BatchSummary> {
    crate::io::array::screen_frames(
        reader,
        writer,
        limits,
        |text, at| screen_json_at(text, at, limits),
        json_error,
    )
}

/// The delimiter with the most unquoted occurrences in `line` (`,` on a
/// tie or none).
fn detect_delimiter(line: &[u8]) -> u8 {
    let mut quoted = false;
    let (mut comma, mut semicolon, mut tab) = (0usize, 0usize, 0usize);
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => comma += 1,
            b';' if !quoted => semicolon += 1,
            b'\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if semicolon > comma && semicolon >= tab {
        b';'
    } else if tab > comma && tab > semicolon {
        b'\t'
    } else {
        b','
    }
}

/// The delimiter of a CSV, from its first bytes: that of the first line
/// (among the first few) that names an HTCDS or CTDC field, else that of the
/// first line.
fn sniff_delimiter(prefix: &[u8]) -> u8 {
    let text = prefix.strip_prefix(BOM).unwrap_or(prefix);
    let mut lines = text
        .split(|&b| b == b'\n' || b == b'\r')
        .filter(|l| l.iter().any(|b| !b.is_ascii_whitespace()))
        .take(PREAMBLE_ROWS + 1)
        .peekable();
    let first = lines.peek().map(|l| detect_delimiter(l)).unwrap_or(b',');
    for line in lines {
        let d = detect_delimiter(line);
        if names_a_field(line, d) {
            return d;
        }
    }
    first
}

/// What was found where the header should be.
enum HeaderFound {
    /// The column names, and the first pair of columns that repeat a field.
    Names(Vec<String>, Option<(usize, usize)>),
    /// No row with an HTCDS or CTDC field name among the first rows. The
    /// first row is taken as the header (of no known field); the lines of
    /// the rows read after it while looking for one, which are data rows,
    /// are kept so that each still gets its line.
    NotFound(Vec<u64>),
    /// The header row could not be read.
    Failed(HeaderError),
    /// The input has no rows.
    Empty,
}

/// Find the header: the first row with an HTCDS or CTDC field name, after
/// at most [`PREAMBLE_ROWS`] others.
fn find_header<R: Read>(rows: &mut CsvRows<R>) -> io::Result<HeaderFound> {
    let mut skipped = 0;
    // The lines of the rows read as candidates, after the first.
    let mut read: Vec<u64> = Vec::new();
    loop {
        match rows.header() {
            Ok(None) => {
                return Ok(if skipped == 0 {
                    HeaderFound::Empty
                } else {
                    HeaderFound::NotFound(read)
                })
            }
            Err(HeaderError {
                kind: CsvErrorKind::Read(kind),
                ..
            }) => return Err(io::Error::from(kind)),
            Err(e) => return Ok(HeaderFound::Failed(e)),
            Ok(Some(header)) => {
                if header.names.iter().any(|n| lookup(n).is_some()) {
                    let names: Vec<String> =
                        header.names.iter().map(|n| n.trim().to_string()).collect();
                    let duplicate = first_duplicate(names.iter().map(String::as_str));
                    return Ok(HeaderFound::Names(names, duplicate));
                }
                if skipped > 0 {
                    read.push(header.line);
                }
                if skipped == PREAMBLE_ROWS || !rows.retry_header() {
                    return Ok(HeaderFound::NotFound(read));
                }
                skipped += 1;
            }
        }
    }
}

/// The first bytes of `reader`, read as they come until `enough` says they
/// tell what is needed, [`SNIFF_BYTES`] are in, or the input ends. Never more
/// is waited for than that: on a pipe, a record is answered before the
/// next is written (a worker that keeps the input open gets each line back).
fn read_head<R: BufRead>(reader: &mut R, enough: impl Fn(&[u8]) -> bool) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    while head.len() < SNIFF_BYTES && !enough(&head) {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let n = available.len().min(SNIFF_BYTES - head.len());
        head.extend_from_slice(&available[..n]);
        reader.consume(n);
    }
    Ok(head)
}

/// The first byte of `head` that is not whitespace, after a byte-order mark
/// (`None` while `head` could still be the start of one).
fn first_byte(head: &[u8]) -> Option<u8> {
    if head.len() < BOM.len() && BOM.starts_with(head) {
        return None;
    }
    let text = head.strip_prefix(BOM).unwrap_or(head);
    text.iter().find(|b| !b.is_ascii_whitespace()).copied()
}

/// Whether the first bytes of a CSV are enough for [`sniff_delimiter`]:
/// among its complete lines, one names an HTCDS or CTDC field, or as many
/// are in as it looks at.
fn delimiter_told(head: &[u8]) -> bool {
    let text = head.strip_prefix(BOM).unwrap_or(head);
    let Some(end) = text.iter().rposition(|&b| b == b'\n' || b == b'\r') else {
        return false;
    };
    let mut lines = 0;
    for line in text[..end]
        .split(|&b| b == b'\n' || b == b'\r')
        .filter(|l| l.iter().any(|b| !b.is_ascii_whitespace()))
        .take(PREAMBLE_ROWS + 1)
    {
        lines += 1;
        if names_a_field(line, detect_delimiter(line)) {
            return true;
        }
    }
    lines > PREAMBLE_ROWS
}

/// Whether a line, split at `delimiter`, names an HTCDS or CTDC field.
fn names_a_field(line: &[u8], delimiter: u8) -> bool {
    line.split(|&b| b == delimiter).any(|f| {
        std::str::from_utf8(f)
            .ok()
            .map(|s| s.trim().trim_matches('"'))
            .is_some_and(|s| lookup(s).is_some())
    })
}

/// The input with the bytes read to sniff it put back in front.
type Sniffed<R> = io::Chain<io::Cursor<Vec<u8>>, R>;

/// A CSV reader set up for HTCDS/CTDC: the delimiter told, the header found.
fn open_csv<R: BufRead>(
    mut reader: R,
    limits: &Limits,
) -> io::Result<(CsvRows<Sniffed<R>>, HeaderFound)> {
    let prefix = read_head(&mut reader, delimiter_told)?;
    let delimiter = sniff_delimiter(&prefix);
    let mut rows = CsvRows::with_options(
        io::Cursor::new(prefix).chain(reader),
        limits.max_record_bytes,
        delimiter,
    );
    let header = find_header(&mut rows)?;
    Ok((rows, header))
}

/// Read one data row under the header into a case and its report, or the
/// error that stands in its place.
fn read_row(
    row: &Row,
    header: &HeaderFound,
    limits: &Limits,
) -> Result<(Input, InputReport), (String, String)> {
    let names = match header {
        HeaderFound::Names(names, None) => names,
        HeaderFound::Names(names, Some((i, j))) => {
            let e = duplicate_error(
                &names[*i],
                &names[*j],
                "column",
                format!(" (columns {} and {})", i + 1, j + 1),
            );
            return Err((e.path().to_string(), e.message()));
        }
        HeaderFound::Failed(h) => {
            return Err((
                "$".into(),
                format!(
                    "the header row (line {}) could not be read: it {}",
                    h.line, h.kind
                ),
            ))
        }
        HeaderFound::NotFound(_) | HeaderFound::Empty => {
            return Err(("$".into(), NO_HEADER.into()))
        }
    };
    if !row.extra.is_empty() {
        // Which field was added or split cannot be told: every field after
        // it would be read under the wrong column.
        return Err((
            "$".into(),
            format!(
                "the row has {} field(s) more than the {} columns of the header, so its fields cannot be matched to the columns",
                row.extra.len(),
                names.len()
            ),
        ));
    }
    let values: Vec<Value> = row.fields.iter().cloned().map(Value::String).collect();
    let pairs = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), values.get(i).unwrap_or(&Value::Null)));
    let (input, mut report) = read_record(pairs, Source::Csv, limits);
    report.record = Some(row.line);
    report.row = Some(row.number);
    Ok((input, report))
}

/// The column of the case id: the one column named `id` (matched loosely),
/// when the header was found.
fn id_column(header: &HeaderFound) -> Option<usize> {
    let HeaderFound::Names(names, _) = header else {
        return None;
    };
    let mut ids = names.iter().enumerate().filter(|(_, n)| is_id(n));
    match (ids.next(), ids.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Why a data row of a CSV without a header could not be read.
const NO_HEADER: &str = "no HTCDS or CTDC header in the first rows";

/// Why a row could not be read, in words.
fn row_error_message(kind: CsvErrorKind) -> String {
    match kind {
        CsvErrorKind::TooLarge { size, limit } => {
            format!("the row is {size} bytes, over the limit of {limit} bytes")
        }
        CsvErrorKind::UnterminatedQuote => {
            "a quoted field is not closed before the end of the input".into()
        }
        CsvErrorKind::TextAfterQuote { column, line } => format!(
            "the quoted field in column {} has text after its closing quote, on line {line} \
             (a quote inside a quoted field must be doubled); the lines up to there are read \
             as this one row",
            column + 1
        ),
        CsvErrorKind::NotUtf8 { column } => {
            format!("column {} is not valid UTF-8", column + 1)
        }
        CsvErrorKind::Read(kind) => format!("could not be read: {kind}"),
    }
}

/// Screen every row of a CTDC/HTCDS CSV file: exactly one output line per
/// data row, in order (see the module documentation). Fields follow RFC
/// 4180 as the `csv` crate reads them: quoted fields with doubled quotes and
/// line ends inside; a quote inside an unquoted field is a character; CR,
/// LF and CRLF line ends; a UTF-8 byte-order mark. A row over
/// `limits.max_record_bytes` gives one error record and is never held whole;
/// so does a row with text after the closing quote of a quoted field.
pub fn screen_csv<R: BufRead, W: Write>(
    reader: R,
    mut writer: W,
    limits: &Limits,
) -> io::Result<BatchSummary> {
    let mut summary = BatchSummary::default();
    let (mut rows, header) = open_csv(reader, limits)?;
    let id_column = id_column(&header);
    // Without a header, the rows read while looking for one are data rows:
    // each gets its line, and the rows after them are numbered on.
    let looked_at = match &header {
        HeaderFound::NotFound(lines) => lines.as_slice(),
        _ => &[],
    };
    for (i, &line) in looked_at.iter().enumerate() {
        let number = i as u64 + 1;
        let outcome = Outcome::Invalid(row_error(None, number, line, "$".into(), NO_HEADER));
        emit(&outcome, &mut writer, &mut summary)?;
    }
    let offset = looked_at.len() as u64;
    while let Some(item) = rows.next() {
        let item = item
            .map(|mut row| {
                row.number += offset;
                row
            })
            .map_err(|mut e| {
                e.number += offset;
                e
            });
        let outcome = match item {
            Err(e) => {
                if let CsvErrorKind::Read(kind) = e.kind {
                    writer.flush()?;
                    return Err(io::Error::from(kind));
                }
                // Only a row that is not UTF-8 was held whole: its id is
                // named as a bad cell of any other row's would be.
                let id = match e.kind {
                    CsvErrorKind::NotUtf8 { .. } => {
                        cell_id(id_column.and_then(|i| rows.field(i)), limits)
                    }
                    _ => None,
                };
                Outcome::Invalid(row_error(
                    id,
                    e.number,
                    e.line,
                    "$".into(),
                    &row_error_message(e.kind),
                ))
            }
            Ok(row) => match read_row(&row, &header, limits) {
                Ok((input, report)) => Outcome::Screened(screen(input, report).to_json()),
                Err((path, message)) => {
                    // A row with more fields than the header has its cells
                    // under the wrong columns: its id cannot be told.
                    let id = id_column
                        .filter(|_| row.extra.is_empty())
                        .and_then(|i| cell_id(row.get(i), limits));
                    Outcome::Invalid(row_error(id, row.number, row.line, path, &message))
                }
            },
        };
        emit(&outcome, &mut writer, &mut summary)?;
    }
    if summary.screened + summary.invalid == 0 && matches!(header, HeaderFound::NotFound(_)) {
        let outcome = Outcome::Invalid(error_line(
            None,
            None,
            "$".into(),
            "no HTCDS or CTDC header found".into(),
        ));
        emit(&outcome, &mut writer, &mut summary)?;
    }
    writer.flush()?;
    Ok(summary)
}

/// Screen HTCDS records from any input: JSON (one record, several, an array
/// of records of any size, or NDJSON) or CSV (see [`screen_csv`]), told from
/// the first character that is not blank. One output line per record, in
/// order; memory stays flat whatever the size of the input.
pub fn screen_input<R: BufRead, W: Write>(
    mut reader: R,
    writer: W,
    limits: &Limits,
) -> io::Result<BatchSummary> {
    let prefix = read_head(&mut reader, |head| first_byte(head).is_some())?;
    let text = prefix.strip_prefix(BOM).unwrap_or(&prefix);
    let first = text.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let input = io::Cursor::new(prefix).chain(reader);
    match first {
        Some(b'{' | b'[') | None => screen_json_stream(input, writer, limits),
        Some(_) => screen_csv(input, writer, limits),
    }
}

/// Read one record from text: a JSON object, or the first data row of a CSV
/// (for `palermo explain --from htcds`).
pub fn case_from_text(text: &str) -> Result<(Input, InputReport), Error> {
    let limits = Limits::default();
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        return case_from_json_text(trimmed.trim_end(), &limits);
    }
    let not_found = || Error::BadValue {
        path: "$".into(),
        message:
            "expected an HTCDS record (a JSON object) or a CSV with an HTCDS/CTDC header and a row"
                .into(),
    };
    let (mut rows, header) = open_csv(trimmed.as_bytes(), &limits).map_err(|_| not_found())?;
    if let HeaderFound::NotFound(lines) = &header {
        if !lines.is_empty() {
            return Err(Error::BadValue {
                path: "$".into(),
                message: format!("row 1: {NO_HEADER}"),
            });
        }
    }
    match rows.next() {
        None => Err(not_found()),
        Some(Err(e)) => Err(Error::BadValue {
            path: "$".into(),
            message: format!("row {}: {}", e.number, row_error_message(e.kind)),
        }),
        Some(Ok(row)) => {
            read_row(&row, &header, &limits).map_err(|(path, message)| Error::BadValue {
                path,
                message: format!("row {}: {message}", row.number),
            })
        }
    }
}

/// [`screen_csv`] over text in memory: the output lines and the counts.
pub fn screen_csv_str(input: &str) -> (String, BatchSummary) {
    let mut out = Vec::new();
    let summary = screen_csv(input.as_bytes(), &mut out, &Limits::default()).unwrap_or_default();
    (String::from_utf8(out).unwrap_or_default(), summary)
}
