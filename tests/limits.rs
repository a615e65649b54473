//! Limits and edge inputs: what a host can rely on from `screen_ndjson` (the
//! CLI's batch mode), `screen_json` and `parse_case_with`.
//!
//! Every limit is past-the-limit → one error record naming the line, and the
//! next record is still screened. Every edge input (invalid UTF-8, a last line
//! without a newline, blank lines, a BOM, CRLF, empty input, millions of
//! lines) has the behaviour documented on `palermo::io::screen_ndjson`.

use palermo::io::{parse_case_with, screen_ndjson, BatchSummary, Limits};
use proptest::prelude::*;
use serde_json::Value;
use std::cell::RefCell;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::rc::Rc;

/// Screen `input` with `limits`: the output lines as JSON, and the counts.
fn screen_with(input: &[u8], limits: &Limits) -> (Vec<Value>, BatchSummary) {
    let mut out = Vec::new();
    let summary = screen_ndjson(input, &mut out, limits).expect("in-memory I/O");
    let text = String::from_utf8(out).expect("output is UTF-8");
    assert!(text.is_empty() || text.ends_with('\n'), "every line ends");
    let lines = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (lines, summary)
}

fn screen(input: &[u8]) -> (Vec<Value>, BatchSummary) {
    screen_with(input, &Limits::default())
}

fn id(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn is_error(v: &Value) -> bool {
    v.get("error").is_some()
}

fn error_line(v: &Value) -> Option<u64> {
    v.pointer("/error/line").and_then(Value::as_u64)
}

fn error_path(v: &Value) -> &str {
    v.pointer("/error/path")
        .and_then(Value::as_str)
        .unwrap_or("")
}

fn error_message(v: &Value) -> &str {
    v.pointer("/error/message")
        .and_then(Value::as_str)
        .unwrap_or("")
}

// --- Record size -----------------------------------------------------------

#[test]
fn a_record_over_the_size_limit_gets_an_error_record_and_reading_goes_on() {
    let limits = Limits::default().with_max_record_bytes(100);
    let big = format!(r#"{{"id":"big","consent":true{}}}"#, " ".repeat(200));
    let input = format!("{{\"id\":\"a\"}}\n{big}\n{{\"id\":\"c\"}}\n");
    let (out, summary) = screen_with(input.as_bytes(), &limits);
    assert_eq!(out.len(), 3);
    assert_eq!(id(&out[0]), Some("a"));
    assert!(!is_error(&out[0]));
    assert!(is_error(&out[1]));
    assert_eq!(error_line(&out[1]), Some(2));
    assert_eq!(error_path(&out[1]), "$");
    assert_eq!(
        error_message(&out[1]),
        format!("record is {} bytes, over the limit of 100 bytes", big.len())
    );
    assert_eq!(id(&out[1]), None, "an over-size record is not read at all");
    assert_eq!(id(&out[2]), Some("c"));
    assert_eq!(summary.screened, 2);
    assert_eq!(summary.invalid, 1);
}

#[test]
fn the_default_limit_is_one_mebibyte_inclusive() {
    let limit = 1 << 20;
    assert_eq!(Limits::default().max_record_bytes, limit);
    let record = |len: usize| {
        let head = r#"{"id":"m"}"#;
        format!("{head}{}", " ".repeat(len - head.len()))
    };
    let input = format!("{}\n{}\n", record(limit), record(limit + 1));
    let (out, _) = screen(input.as_bytes());
    assert_eq!(out.len(), 2);
    assert_eq!(id(&out[0]), Some("m"));
    assert!(!is_error(&out[0]), "exactly at the limit is fine");
    assert!(is_error(&out[1]));
    assert_eq!(
        error_message(&out[1]),
        format!(
            "record is {} bytes, over the limit of {limit} bytes",
            limit + 1
        )
    );
}

#[test]
fn a_line_far_over_the_limit_is_counted_not_stored() {
    // 8 MiB of one line, limit 1 KiB: the error gives the full size.
    let limits = Limits::default().with_max_record_bytes(1024);
    let mut input = vec![b'x'; 8 << 20];
    input.extend_from_slice(b"\n{\"id\":\"after\"}\n");
    let (out, _) = screen_with(&input, &limits);
    assert_eq!(out.len(), 2);
    assert_eq!(
        error_message(&out[0]),
        "record is 8388608 bytes, over the limit of 1024 bytes"
    );
    assert_eq!(id(&out[1]), Some("after"));
}

#[test]
fn a_blank_line_over_the_limit_is_an_error_record_too() {
    let limits = Limits::default().with_max_record_bytes(10);
    let input = format!("{}\n{}\n{{}}\n", " ".repeat(10), " ".repeat(11));
    let (out, _) = screen_with(input.as_bytes(), &limits);
    assert_eq!(out.len(), 2);
    assert_eq!(error_line(&out[0]), Some(2));
    assert!(!is_error(&out[1]));
}

#[test]
fn the_crlf_and_bom_do_not_count_towards_the_size() {
    let limits = Limits::default().with_max_record_bytes(10);
    let input = b"\xEF\xBB\xBF{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n";
    let (out, _) = screen_with(input, &limits);
    assert_eq!(out.len(), 2);
    assert_eq!(id(&out[0]), Some("a"));
    assert_eq!(id(&out[1]), Some("b"));
}

#[test]
fn parse_case_and_screen_json_apply_the_size_limit_too() {
    let limits = Limits::default().with_max_record_bytes(8);
    let err = parse_case_with(r#"{"id":"abcdef"}"#, &limits).unwrap_err();
    assert_eq!(err.path(), "$");
    assert_eq!(
        err.to_string(),
        "$: record is 15 bytes, over the limit of 8 bytes"
    );
    let big = format!("{{\"id\":\"x\"{}}}", " ".repeat(1 << 20));
    assert!(palermo::screen_json(&big).is_err());
}

#[test]
fn an_enormous_limit_does_not_overflow() {
    let limits = Limits::default().with_max_record_bytes(usize::MAX);
    let (out, _) = screen_with(b"{\"id\":\"a\"}\n", &limits);
    assert_eq!(id(&out[0]), Some("a"));
    let limits = Limits::default().with_max_record_bytes(0);
    let (out, _) = screen_with(b"{}\n\n", &limits);
    assert_eq!(out.len(), 1);
    assert!(is_error(&out[0]));
}

// --- Nesting ---------------------------------------------------------------

#[test]
fn nesting_deeper_than_the_limit_is_an_error() {
    let case = r#"{"id":"n","movement":{"facilitator":{"procured_entry":true}}}"#;
    assert!(parse_case_with(case, &Limits::default().with_max_depth(3)).is_ok());
    let err = parse_case_with(case, &Limits::default().with_max_depth(2)).unwrap_err();
    assert_eq!(err.to_string(), "$: nested deeper than 2 levels");
    let (out, _) = screen_with(
        format!("{case}\n{{\"id\":\"next\"}}\n").as_bytes(),
        &Limits::default().with_max_depth(2),
    );
    assert!(is_error(&out[0]));
    assert_eq!(id(&out[0]), Some("n"), "the id of valid JSON is echoed");
    assert_eq!(id(&out[1]), Some("next"));
}

#[test]
fn deeply_nested_json_is_refused_without_descending_into_it() {
    // 100 000 levels: far past serde_json's own recursion limit (128) and
    // past any stack; refused at the first wrong value.
    let deep =
        |open: &str, close: &str| format!("{}{}", open.repeat(100_000), close.repeat(100_000));
    let cases = [
        (
            deep("[", "]"),
            "$",
            "expected a case object; found an array",
        ),
        (
            format!(r#"{{"x":{}}}"#, deep("[", "]")),
            "$[unknown key]",
            "unknown field; expected one of id, person",
        ),
        (
            // Valid JSON (an innermost value): what is not JSON is a syntax
            // error, whatever the reader met first.
            format!(
                r#"{{"consent":{}}}"#,
                deep(r#"{"a":"#, "}").replacen(":}", ":1}", 1)
            ),
            "$.consent",
            "expected true, \"suspected\", false or null; found an object",
        ),
        (
            format!(r#"{{"means":{{"threat":{}}}}}"#, deep("[", "]")),
            "$.means.threat",
            "expected true, \"suspected\", false or null; found an array",
        ),
    ];
    for (text, path, message) in cases {
        let err = parse_case_with(&text, &Limits::default()).unwrap_err();
        assert_eq!(err.path(), path);
        assert!(err.message().starts_with(message), "{err}");
        let (out, _) = screen(format!("{text}\n{{}}\n").as_bytes());
        assert_eq!(out.len(), 2);
        assert_eq!(error_path(&out[0]), path);
        assert!(!is_error(&out[1]));
    }
}

// --- Strings and keys ------------------------------------------------------

#[test]
fn an_id_longer_than_the_string_limit_is_an_error() {
    let ok = format!(r#"{{"id":"{}"}}"#, "i".repeat(4096));
    let long = format!(r#"{{"id":"{}"}}"#, "i".repeat(4097));
    let (out, _) = screen(format!("{ok}\n{long}\n").as_bytes());
    assert_eq!(id(&out[0]).map(str::len), Some(4096));
    assert!(is_error(&out[1]));
    assert_eq!(error_path(&out[1]), "$.id");
    assert_eq!(error_message(&out[1]), "longer than 4096 bytes");
    assert_eq!(id(&out[1]), None, "a long id is never echoed");

    let limits = Limits::default().with_max_string_bytes(3);
    let err = parse_case_with(r#"{"id":"abcd"}"#, &limits).unwrap_err();
    assert_eq!(err.to_string(), "$.id: longer than 3 bytes");
    assert!(parse_case_with(r#"{"id":"abc"}"#, &limits).is_ok());
}

#[test]
fn a_key_longer_than_the_string_limit_is_an_error_with_a_short_path() {
    let key = "k".repeat(10_000);
    let text = format!(r#"{{"means":{{"{key}":true}}}}"#);
    let (out, _) = screen(format!("{text}\n").as_bytes());
    assert_eq!(error_message(&out[0]), "key longer than 4096 bytes");
    let path = error_path(&out[0]);
    assert_eq!(path, "$.means[unknown key]");
    let line = serde_json::to_string(&out[0]).unwrap_or_default();
    assert!(line.len() < 300, "the error record stays short: {line}");
}

#[test]
fn an_unknown_key_is_named_only_as_a_likely_misspelling() {
    for (key, path) in [
        // Near a name known where it stands: named, quoted when it has
        // `.` or `-`.
        ("meens", "$.meens"),
        ("mean-s", r#"$["mean-s"]"#),
        // Anything else may be input text (a name, a phone number): not
        // repeated.
        ("a b", "$[unknown key]"),
        ("new\nline", "$[unknown key]"),
        ("quote\"d", "$[unknown key]"),
        ("ünïcode", "$[unknown key]"),
        ("", "$[unknown key]"),
        ("a.b-c", "$[unknown key]"),
        ("SokDara_012345678", "$[unknown key]"),
        ("Sok Dara +85512345678", "$[unknown key]"),
        ("សុខ ដារា", "$[unknown key]"),
        ("mëans", "$[unknown key]"),
        // An indicator id is known only inside `indicators`.
        ("coercion_at_destination.debt_bondage", "$[unknown key]"),
        ("-.-", "$[unknown key]"),
    ] {
        let text = serde_json::json!({ key: true }).to_string();
        let err = parse_case_with(&text, &Limits::default()).unwrap_err();
        assert_eq!(err.path(), path, "{key:?}");
        let text = serde_json::json!({ "means": { key: true } }).to_string();
        let err = parse_case_with(&text, &Limits::default()).unwrap_err();
        assert!(err.path().starts_with("$.means"), "{key:?}");
        assert!(key.len() < 3 || !err.path().contains(key) || key == "meens" || key == "mean-s");
    }
    let long = "x".repeat(65);
    let text = serde_json::json!({ long.as_str(): true }).to_string();
    let err = parse_case_with(&text, &Limits::default()).unwrap_err();
    assert_eq!(err.path(), "$[unknown key]");
    // A misspelt indicator id is named, with the id it resembles.
    let text = r#"{"indicators":{"coercion_at_destination.debt_bondag":true}}"#;
    let err = palermo::io::parse_input(text).unwrap_err();
    assert_eq!(
        err.path(),
        r#"$.indicators["coercion_at_destination.debt_bondag"]"#
    );
    assert!(err
        .message()
        .contains("did you mean coercion_at_destination.debt_bondage"));
    let text = r#"{"indicators":{"Sok Dara +85512345678":true}}"#;
    let err = palermo::io::parse_input(text).unwrap_err();
    assert_eq!(err.path(), "$.indicators[unknown key]");
}

// --- Duplicates and numbers ------------------------------------------------

#[test]
fn a_duplicate_field_is_an_error_never_a_silent_last_wins() {
    for (text, path) in [
        (
            r#"{"means":{"deception":true,"deception":false}}"#,
            "$.means.deception",
        ),
        (r#"{"means":{"deception":true},"means":{}}"#, "$.means"),
        (r#"{"person":{"age":30,"age":15}}"#, "$.person.age"),
        (
            r#"{"movement":{"facilitator":{"material_benefit":true,"material_benefit":true}}}"#,
            "$.movement.facilitator.material_benefit",
        ),
        // Escapes do not hide a duplicate.
        (
            r#"{"means":{"deception":true,"de\u0063eption":false}}"#,
            "$.means.deception",
        ),
    ] {
        let err = parse_case_with(text, &Limits::default()).unwrap_err();
        assert_eq!(err.path(), path, "{text}");
        assert_eq!(err.message(), "duplicate field");
    }
    // Two ids: an error, and neither is echoed.
    let (out, _) = screen(b"{\"id\":\"a\",\"id\":\"b\"}\n");
    assert_eq!(error_path(&out[0]), "$.id");
    assert_eq!(id(&out[0]), None);
}

#[test]
fn numbers_out_of_range_are_errors_with_plain_messages() {
    let message = |age: &str| {
        let text = format!(r#"{{"person":{{"age":{age}}}}}"#);
        parse_case_with(&text, &Limits::default())
            .unwrap_err()
            .to_string()
    };
    let prefix = "$.person.age: expected a whole number from 0 to 130; found";
    assert_eq!(message("131"), format!("{prefix} a number out of range"));
    assert_eq!(message("-1"), format!("{prefix} a number out of range"));
    assert_eq!(
        message("99999999999999999999999"),
        format!("{prefix} a number out of range")
    );
    assert_eq!(message("1e20"), format!("{prefix} a number out of range"));
    assert_eq!(
        message("17.5"),
        format!("{prefix} a number with a fraction")
    );
    assert_eq!(message("-17.0"), format!("{prefix} a number out of range"));
    assert_eq!(
        message("130.5"),
        format!("{prefix} a number with a fraction")
    );
    assert_eq!(message("\"17\""), format!("{prefix} a string"));
    assert!(message("1e400").starts_with("$: not valid JSON: number out of range"));
}

// --- Edge inputs -----------------------------------------------------------

#[test]
fn invalid_utf8_is_an_error_record_giving_the_offset() {
    let input = b"{\"id\":\"a\"}\n{\"id\":\"\xff\xfe\"}\n{\"id\":\"c\"}\n";
    let (out, summary) = screen(input);
    assert_eq!(out.len(), 3);
    assert_eq!(error_line(&out[1]), Some(2));
    assert_eq!(error_path(&out[1]), "$");
    assert_eq!(error_message(&out[1]), "not valid UTF-8 (at byte 7)");
    assert_eq!(id(&out[1]), None);
    assert_eq!(id(&out[2]), Some("c"));
    assert_eq!(summary.invalid, 1);
}

#[test]
fn a_last_line_without_a_newline_is_screened() {
    let (out, _) = screen(b"{\"id\":\"a\"}\n{\"id\":\"b\"}");
    assert_eq!(out.len(), 2);
    assert_eq!(id(&out[1]), Some("b"));
    assert!(!is_error(&out[1]));
    // Truncated JSON on the last line is an error record, not a lost line.
    let (out, _) = screen(b"{\"id\":\"a\"}\n{\"id\":\"b\",\"means\":{");
    assert_eq!(out.len(), 2);
    assert_eq!(error_line(&out[1]), Some(2));
    assert!(error_message(&out[1]).starts_with("not valid JSON: EOF"));
}

#[test]
fn blank_lines_are_skipped_but_counted() {
    let (out, summary) = screen(b"\n   \n\t\r\n{\"meens\":{}}\n\n{\"id\":\"x\"}\n \n");
    assert_eq!(out.len(), 2, "one output line per non-blank input line");
    assert_eq!(error_line(&out[0]), Some(4));
    assert_eq!(id(&out[1]), Some("x"));
    assert_eq!((summary.screened, summary.invalid), (1, 1));
}

#[test]
fn a_bom_is_dropped_at_the_start_of_the_input_only() {
    let (out, _) = screen(b"\xEF\xBB\xBF{\"id\":\"a\"}\n\xEF\xBB\xBF{\"id\":\"b\"}\n");
    assert_eq!(id(&out[0]), Some("a"));
    assert!(!is_error(&out[0]));
    assert!(is_error(&out[1]), "a BOM inside the input is not JSON");
    assert_eq!(error_line(&out[1]), Some(2));
    // A BOM alone, or on a blank first line: nothing to screen.
    assert!(screen(b"\xEF\xBB\xBF").0.is_empty());
    assert!(screen(b"\xEF\xBB\xBF\n").0.is_empty());
}

#[test]
fn crlf_line_ends_are_accepted_and_output_uses_lf() {
    let mut out = Vec::new();
    screen_ndjson(
        &b"{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n\r\n{\"id\":\"c\"}\r"[..],
        &mut out,
        &Limits::default(),
    )
    .expect("in-memory I/O");
    let text = String::from_utf8(out).unwrap_or_default();
    assert!(!text.contains('\r'));
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(
        lines.iter().map(id).collect::<Vec<_>>(),
        [Some("a"), Some("b"), Some("c")]
    );
    assert!(lines.iter().all(|l| !is_error(l)));
}

#[test]
fn empty_input_gives_empty_output() {
    for input in [&b""[..], b"\n", b"\n\n  \n", b"\r\n"] {
        let mut out = Vec::new();
        let summary = screen_ndjson(input, &mut out, &Limits::default()).expect("in-memory");
        assert!(out.is_empty());
        assert_eq!(summary, BatchSummary::default());
    }
}

#[test]
fn anything_that_is_not_one_case_object_is_an_error_record() {
    for (line, message) in [
        (
            "not json",
            "not valid JSON: expected ident at line 1 column 2",
        ),
        ("[]", "expected a case object; found an array"),
        ("null", "expected a case object; found null"),
        ("42", "expected a case object; found a number"),
        ("\"case\"", "expected a case object; found a string"),
        (
            r#"{"id":"a"} {"id":"b"}"#,
            "not valid JSON: trailing characters at line 1 column 12",
        ),
        (
            "{\"id\":\"a\"}\u{0}",
            "not valid JSON: trailing characters at line 1 column 11",
        ),
    ] {
        let (out, _) = screen(format!("{line}\n").as_bytes());
        assert_eq!(out.len(), 1);
        assert_eq!(error_message(&out[0]), message, "{line}");
        assert_eq!(error_path(&out[0]), "$");
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    let input = std::iter::repeat_n(
        r#"{"id":"d","person":{"age_estimate":{"min":16,"max":19}},"act":{"harbouring":"suspected"},"purpose":{"forced_marriage":true,"forced_begging":true},"movement":{"crossed_border":true,"entry":"irregular","facilitator":{"procured_entry":true,"material_benefit":"suspected"}},"risk_factors":{"dangerous_route":true},"asylum_claim":"yes"}
{"meens":{}}
"#,
        50,
    )
    .collect::<String>();
    let run = || {
        let mut out = Vec::new();
        screen_ndjson(input.as_bytes(), &mut out, &Limits::default()).expect("in-memory");
        out
    };
    let first = run();
    assert_eq!(first, run());
    // Field order is the contract's, not a map's.
    let line = String::from_utf8(first).unwrap_or_default();
    assert!(line.starts_with(r#"{"contract":"palermo/1","engine":"palermo "#));
}

// --- I/O errors ------------------------------------------------------------

/// A reader that is interrupted before every read, then fails at the end.
struct Flaky<'a> {
    data: &'a [u8],
    interrupt: bool,
}

impl Read for Flaky<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.interrupt = !self.interrupt;
        if self.interrupt {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        if self.data.is_empty() {
            return Err(io::Error::other("disk gone"));
        }
        let n = buf.len().min(self.data.len()).min(7);
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

#[test]
fn interrupted_reads_are_retried_and_an_io_error_stops_the_batch() {
    let input = b"{\"id\":\"a\"}\n{\"id\":\"b\"}\n";
    let reader = BufReader::with_capacity(
        4,
        Flaky {
            data: input,
            interrupt: false,
        },
    );
    let mut out = Vec::new();
    let err = screen_ndjson(reader, &mut out, &Limits::default()).unwrap_err();
    assert_eq!(err.to_string(), "disk gone");
    // What was read before the error was screened and written.
    assert_eq!(String::from_utf8_lossy(&out).lines().count(), 2);
}

/// A writer that fails after `room` bytes.
struct Full {
    room: usize,
}

impl Write for Full {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.room == 0 {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "full"));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_write_error_stops_the_batch_and_is_returned() {
    let input = "{}\n".repeat(100);
    let err =
        screen_ndjson(input.as_bytes(), Full { room: 10_000 }, &Limits::default()).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::StorageFull);
}

/// A caller streaming its records: it sends a piece, then waits for the
/// answers to every whole record sent before it sends more.
struct Conversation {
    pieces: &'static [&'static str],
    sent: usize,
    ended: bool,
    answers: Rc<RefCell<Vec<u8>>>,
}

impl Read for Conversation {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let sent: String = self.pieces[..self.sent].concat();
        // The whole records sent: lines ended by a newline (or, once the
        // end of the input has been read, by it), not blank.
        let all = self.ended;
        let records = sent
            .split_inclusive('\n')
            .filter(|l| (all || l.ends_with('\n')) && !l.trim().is_empty());
        let answered = self
            .answers
            .borrow()
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        assert_eq!(
            answered,
            records.count(),
            "after {sent:?}, a record is not answered before the next read"
        );
        let Some(piece) = self.pieces.get(self.sent) else {
            self.ended = true;
            return Ok(0);
        };
        buf[..piece.len()].copy_from_slice(piece.as_bytes());
        self.sent += 1;
        Ok(piece.len())
    }
}

/// The answers as they are handed over.
struct Answers(Rc<RefCell<Vec<u8>>>);

impl Write for Answers {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn each_answer_is_handed_over_before_a_read_that_could_wait() {
    let answers = Rc::new(RefCell::new(Vec::new()));
    let reader = BufReader::new(Conversation {
        pieces: &[
            "{\"id\":\"a\"}\n",
            "{\"id\":\"b\"}\n{\"id\":",
            "\"c\"}\n",
            "\n",
            "{\"meens\":{}}\n{\"id\":\"e\"}\n",
            "{\"id\":\"f\"}",
        ],
        sent: 0,
        ended: false,
        answers: Rc::clone(&answers),
    });
    let summary =
        screen_ndjson(reader, Answers(Rc::clone(&answers)), &Limits::default()).expect("in memory");
    assert_eq!((summary.screened, summary.invalid), (5, 1));
    assert_eq!(answers.borrow().iter().filter(|&&b| b == b'\n').count(), 6);
}

// --- Many lines ------------------------------------------------------------

/// Generates `lines` lines without holding them: every `every`th line is a
/// record `{"id":"<line number>"}`, every other line is blank.
struct Lines {
    lines: u64,
    every: u64,
    next: u64,
    pending: Vec<u8>,
    at: usize,
}

impl Read for Lines {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.pending.len() {
            if self.next == self.lines {
                return Ok(0);
            }
            self.next += 1;
            self.pending.clear();
            self.at = 0;
            if self.next % self.every == 0 {
                writeln!(self.pending, "{{\"id\":\"{}\"}}", self.next)?;
            } else {
                self.pending.push(b'\n');
            }
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Counts output lines and checks that the ids come back in order.
struct Checker {
    lines: u64,
    every: u64,
    partial: Vec<u8>,
}

impl Write for Checker {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for &b in buf {
            if b == b'\n' {
                self.lines += 1;
                let expected = format!(",\"id\":\"{}\",", self.lines * self.every);
                let line = String::from_utf8_lossy(&self.partial);
                assert!(
                    line.contains(&expected),
                    "output {} out of order",
                    self.lines
                );
                self.partial.clear();
            } else if self.partial.len() < 128 {
                self.partial.push(b);
            }
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn ten_million_lines_stream_through_with_one_output_per_record_in_order() {
    // 10 000 000 lines, of which 10 000 are records: the line reader and
    // counter go through every line; the engine runs once per record.
    let (lines, every) = (10_000_000, 1_000);
    let reader = BufReader::new(Lines {
        lines,
        every,
        next: 0,
        pending: Vec::new(),
        at: 0,
    });
    let mut checker = Checker {
        lines: 0,
        every,
        partial: Vec::new(),
    };
    let summary = screen_ndjson(reader, &mut checker, &Limits::default()).expect("no I/O error");
    assert_eq!(summary.screened, lines / every);
    assert_eq!(summary.invalid, 0);
    assert_eq!(checker.lines, lines / every);
}

#[test]
fn a_generated_file_gives_one_output_line_per_record_in_order() {
    let dir = std::env::temp_dir().join(format!("palermo-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let input_path = dir.join("in.ndjson");
    let output_path = dir.join("out.ndjson");
    let records = 20_000;
    {
        let mut input = BufWriter::new(std::fs::File::create(&input_path).expect("create"));
        for i in 0..records {
            match i % 5 {
                0 => writeln!(input, r#"{{"id":"{i}","means":{{"fraud":true}}}}"#),
                1 => writeln!(input, r#"{{"id":"{i}","meens":{{}}}}"#),
                2 => writeln!(input, r#"{{"id":"{i}","person":{{"age":{}}}}}"#, i % 40),
                3 => write!(input, "{{\"id\":\"{i}\"}}\r\n\n"),
                _ => writeln!(input, r#"{{"id":"{i}","act":{{"receipt":"suspected"}}}}"#),
            }
            .expect("write");
        }
    }
    let summary = {
        let input = BufReader::new(std::fs::File::open(&input_path).expect("open"));
        let output = BufWriter::new(std::fs::File::create(&output_path).expect("create"));
        screen_ndjson(input, output, &Limits::default()).expect("file I/O")
    };
    let output = BufReader::new(std::fs::File::open(&output_path).expect("open"));
    let mut count = 0;
    for (i, line) in output.lines().enumerate() {
        let value: Value = serde_json::from_str(&line.expect("read")).expect("JSON");
        let expected = i.to_string();
        assert_eq!(id(&value), Some(expected.as_str()));
        assert_eq!(is_error(&value), i % 5 == 1);
        count += 1;
    }
    assert_eq!(count, records);
    assert_eq!(summary.screened + summary.invalid, records as u64);
    let _ = std::fs::remove_dir_all(&dir);
}

// --- Properties ------------------------------------------------------------

/// One input line, and what it should give.
#[derive(Debug, Clone)]
enum Line {
    Valid(u32),
    /// Valid JSON, invalid case: an error record that still echoes the id.
    Invalid(u32),
    Blank(&'static str),
    NotJson,
    BadUtf8,
    TooLong,
}

fn line() -> impl Strategy<Value = Line> {
    prop_oneof![
        4 => any::<u32>().prop_map(Line::Valid),
        2 => any::<u32>().prop_map(Line::Invalid),
        2 => prop::sample::select(vec!["", " ", "\t", "  \t  "]).prop_map(Line::Blank),
        1 => Just(Line::NotJson),
        1 => Just(Line::BadUtf8),
        1 => Just(Line::TooLong),
    ]
}

const SMALL_LIMIT: usize = 200;

impl Line {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Line::Valid(n) => format!(r#"{{"id":"v{n}","means":{{"threat":"suspected"}}}}"#).into(),
            Line::Invalid(n) => format!(r#"{{"id":"i{n}","means":{{"threet":true}}}}"#).into(),
            Line::Blank(s) => s.as_bytes().to_vec(),
            Line::NotJson => b"{\"id\":".to_vec(),
            Line::BadUtf8 => b"{\"id\":\"\xC3\x28\"}".to_vec(),
            Line::TooLong => format!(r#"{{"id":"{}"}}"#, "l".repeat(SMALL_LIMIT)).into(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// For N records in, exactly N records out, in order, whatever the mix
    /// of good, bad and blank lines, line ends, BOM and final newline.
    #[test]
    fn one_output_per_record_in_order(
        lines in prop::collection::vec(line(), 0..40),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        final_newline in any::<bool>(),
    ) {
        let mut input = Vec::new();
        if bom {
            input.extend_from_slice(b"\xEF\xBB\xBF");
        }
        for (i, l) in lines.iter().enumerate() {
            input.extend_from_slice(&l.bytes());
            if i + 1 < lines.len() || final_newline {
                input.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
            }
        }
        let limits = Limits::default().with_max_record_bytes(SMALL_LIMIT);
        let (out, summary) = screen_with(&input, &limits);
        let expected: Vec<(u64, &Line)> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !matches!(l, Line::Blank(_)))
            .map(|(i, l)| (i as u64 + 1, l))
            .collect();
        prop_assert_eq!(out.len(), expected.len());
        prop_assert_eq!(summary.screened + summary.invalid, expected.len() as u64);
        for (v, (number, l)) in out.iter().zip(&expected) {
            match l {
                Line::Valid(n) => {
                    prop_assert!(!is_error(v));
                    let want = format!("v{n}");
                    prop_assert_eq!(id(v), Some(want.as_str()));
                }
                Line::Invalid(n) => {
                    prop_assert_eq!(error_line(v), Some(*number));
                    prop_assert_eq!(error_path(v), "$.means.threet");
                    let want = format!("i{n}");
                    prop_assert_eq!(id(v), Some(want.as_str()));
                }
                _ => {
                    prop_assert_eq!(error_line(v), Some(*number));
                    prop_assert_eq!(error_path(v), "$");
                    prop_assert_eq!(id(v), None);
                }
            }
        }
    }
}

const MARKER: &str = "Zq7SECRETmarker";

/// Places where free text can go in a case that is not its id, each with the
/// marker in it. A path names an unknown key only when it is a likely
/// misspelling of a name known where it stands, so no key with the marker
/// is ever shown.
fn with_marker() -> impl Strategy<Value = String> {
    let m = MARKER;
    let long_key = format!("{}{m}", "k".repeat(60));
    let ok = r#""id":"x","act":{"recruitment":true}"#;
    prop::sample::select(vec![
        format!(r#"{{{ok},"means":{{"fraud":"{m}"}}}}"#),
        format!(r#"{{{ok},"consent":"{m}"}}"#),
        format!(r#"{{{ok},"person":{{"age":"{m}"}}}}"#),
        format!(r#"{{{ok},"person":{{"age_estimate":{{"min":"{m}","max":3}}}}}}"#),
        format!(r#"{{{ok},"movement":{{"entry":"{m}"}}}}"#),
        format!(r#"{{{ok},"movement":{{"facilitator":{{"relationship_after_arrival":"{m}"}}}}}}"#),
        format!(r#"{{{ok},"meens":"{m}"}}"#),
        format!(r#"{{{ok},"notes":{{"free":"{m}"}}}}"#),
        format!(r#"{{{ok},"means":{{"fraud":true,"fraud":"{m}"}}}}"#),
        format!(r#"{{{ok},"{long_key}":true}}"#),
        format!(r#"{{{ok},"means":{{"{long_key}":true}}}}"#),
        format!(r#"{{{ok},"{m}":true}}"#),
        format!(r#"{{{ok},"means":{{"{m}":true}}}}"#),
        format!(r#"{{{ok},"indicators":{{"{m}":true}}}}"#),
        format!(r#"{{{ok},"means":{{"{m}":true,"fraud":"x","{m}2":1}}}}"#),
        format!(r#"{{"{}":"{m}"}}"#, "k".repeat(5000)),
        format!(r#"{{{ok},"consent":{m}}}"#),
        format!(r#"{{{ok},"consent":"yes" {m}}}"#),
        format!(r#"{{{ok}}} {m}"#),
        format!(r#"[{{"id":"x"}},"{m}"]"#),
        format!(r#""{m}""#),
        format!(r#"{m}"#),
        format!("{{{ok},\"consent\":\"\\u00{m}\"}}"),
        format!("{{{ok},\"consent\":\"{m}\u{0}\"}}"),
        // Valid cases carry no free text: only facts and the id.
        format!(r#"{{{ok},"means":{{"deception":true}},"purpose":{{"forced_labour":true}}}}"#),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The output never carries free text from the input: only the id.
    #[test]
    fn output_never_echoes_free_text(
        texts in prop::collection::vec(with_marker(), 1..6),
        crlf in any::<bool>(),
    ) {
        let input = texts.join(if crlf { "\r\n" } else { "\n" });
        let mut out = Vec::new();
        screen_ndjson(input.as_bytes(), &mut out, &Limits::default()).expect("in-memory");
        let out = String::from_utf8(out).unwrap_or_default();
        prop_assert_eq!(out.lines().count(), texts.len());
        prop_assert!(!out.contains(MARKER), "{}", out);
        for text in &texts {
            match palermo::screen_json(text) {
                Ok(line) => prop_assert!(!line.contains(MARKER)),
                Err(e) => prop_assert!(!e.to_string().contains(MARKER), "{}", e),
            }
        }
    }
}

/// A record built in code is held to the reader's limits by
/// `io::validate`, which reads back what it serialises: an age over 130, an
/// estimate the wrong way round or over 130, an id over the limit are each
/// refused with their path; a record the reader accepts passes.
#[test]
fn a_record_built_in_code_is_held_to_the_readers_limits() {
    use palermo::io::{validate, ErrorKind};
    use palermo::model::{AgeRange, Case};
    let limits = Limits::default();
    let refused = |case: Case, path: &str| {
        let err = validate(&case.into(), &limits).unwrap_err();
        assert!(err.path().starts_with(path), "{path}: {err}");
        err.kind()
    };
    let mut c = Case::new();
    c.person.age = Some(200);
    assert_eq!(refused(c, "$.person.age"), ErrorKind::BadValue);
    let mut c = Case::new();
    c.person.age_estimate = Some(AgeRange { min: 20, max: 10 });
    refused(c, "$.person.age_estimate");
    let mut c = Case::new();
    c.person.age_estimate = Some(AgeRange { min: 10, max: 140 });
    refused(c, "$.person.age_estimate");
    let mut c = Case::new();
    c.id = Some("x".repeat(limits.max_string_bytes + 1));
    assert_eq!(refused(c, "$.id"), ErrorKind::Limit);
    let mut c = Case::new();
    c.id = Some("case-1".into());
    c.person.age = Some(16);
    assert!(validate(&c.into(), &limits).is_ok());
}
