//! The checks each fuzz target makes, in one place: the targets in
//! `fuzz_targets/` run them on what libFuzzer generates, and
//! `tests/fuzz_regressions.rs` runs them on the kept corpus, so a corpus
//! file is checked in CI exactly as the fuzzer checked it. Each check
//! panics (with `name`, the corpus file or "fuzz") where an invariant fails.
//!
//! Included with `#[path]` by both crates, which is why it is a file and
//! not a crate: it is a dozen functions, used by two.

#[cfg(fuzzing)]
use palermo::io::parse_input_in_full;
use palermo::io::{
    parse_input, parse_input_with, screen_batch_as, screen_ndjson, screen_ndjson_threads,
    screen_record, Limits, Outcome,
};
use palermo::{evaluate_input, Assessment, Input, Verdict};
use serde_json::Value;

/// The record limit and the input of the `ndjson` and `batch` targets: the
/// first byte picks a small record limit (below 128) so the over-limit
/// paths are exercised; any other first byte means the default 1 MiB.
pub fn limit_and_input(data: &[u8]) -> (usize, &[u8]) {
    match data.split_first() {
        Some((&b, rest)) if b < 128 => (usize::from(b), rest),
        Some((_, rest)) => (1 << 20, rest),
        None => (1 << 20, data),
    }
}

/// The line numbers of the records of `input`, by the rules documented on
/// `screen_ndjson`, written out independently of it: lines end at `\n`, a
/// byte-order mark at the start and a `\r` at the end are left out, a blank
/// line is no record, and a line over `max` bytes is one.
pub fn records(input: &[u8], max: usize) -> Vec<u64> {
    let mut lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    if input.ends_with(b"\n") || input.is_empty() {
        lines.pop();
    }
    let mut out = Vec::new();
    for (i, mut line) in lines.into_iter().enumerate() {
        if i == 0 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.len() > max || !line.iter().all(u8::is_ascii_whitespace) {
            out.push(i as u64 + 1);
        }
    }
    out
}

/// Whether `input` is NDJSON by the rule of `screen_batch_as`, where it can
/// be told simply: the leading lines up to the first that is not blank (a
/// byte-order mark at the start left out) fit in the record limit, and that
/// line is one valid JSON object on its own.
pub fn is_ndjson(input: &[u8], max: usize) -> bool {
    let mut at = 0;
    while at < input.len() {
        let end = input[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(input.len(), |i| at + i + 1);
        let mut line = &input[at..end];
        if at == 0 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if !line.iter().all(u8::is_ascii_whitespace) {
            let line = line.trim_ascii();
            return end <= max
                && line.first() == Some(&b'{')
                && serde_json::from_slice::<Value>(line).is_ok();
        }
        at = end;
    }
    false
}

/// `input` through `screen_ndjson` with a record limit of `max`: no panic,
/// no I/O error, exactly one JSON line per record (by [`records`]), in
/// order, each error record on its line; and on three threads the same
/// bytes and counts as on one.
pub fn check_ndjson(name: &str, input: &[u8], max: usize) {
    let limits = Limits::default().with_max_record_bytes(max);
    let mut out = Vec::new();
    let summary = screen_ndjson(input, &mut out, &limits).expect("in-memory I/O");
    let expected = records(input, max);
    let text = std::str::from_utf8(&out).unwrap_or_else(|e| panic!("{name}: {e}"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{name}: one line per record");
    assert_eq!(
        summary.screened + summary.invalid,
        expected.len() as u64,
        "{name}"
    );
    for (line, number) in lines.iter().zip(&expected) {
        let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(value["contract"], "palermo/1", "{name}");
        if let Some(error) = value.get("error") {
            assert_eq!(error["line"], *number, "{name}");
        }
    }
    let mut threaded = Vec::new();
    let on_three =
        screen_ndjson_threads(input, &mut threaded, &limits, None, 3).expect("in-memory I/O");
    assert_eq!(on_three, summary, "{name}");
    assert!(
        threaded == out,
        "{name}: three threads write what one writes"
    );
}

/// `input` through `screen_batch_as` (NDJSON, an array, or JSON documents
/// one after the other) with a record limit of `max`: no panic, no I/O
/// error, every output line a contract record, as many as the summary
/// counts; and where the input is NDJSON (by [`is_ndjson`]), exactly what
/// `screen_ndjson` writes.
pub fn check_batch(name: &str, input: &[u8], max: usize) {
    let limits = Limits::default().with_max_record_bytes(max);
    let mut out = Vec::new();
    let summary = screen_batch_as(input, &mut out, &limits, None).expect("in-memory I/O");
    let text = std::str::from_utf8(&out).unwrap_or_else(|e| panic!("{name}: {e}"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        summary.screened + summary.invalid,
        lines.len() as u64,
        "{name}"
    );
    for line in &lines {
        let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(value["contract"], "palermo/1", "{name}");
    }
    if is_ndjson(input, max) {
        let mut ndjson = Vec::new();
        screen_ndjson(input, &mut ndjson, &limits).expect("in-memory I/O");
        assert!(
            out == ndjson,
            "{name}: NDJSON input takes the NDJSON reader"
        );
    }
}

/// One JSON document through `parse_input`, `screen_json` and
/// `screen_record`: no panic; every answer is one line of contract v1 JSON
/// that echoes nothing of the input but the id; an error names its line and
/// a path from `$`; tight limits never panic; and, under cargo-fuzz, the
/// fast path for plain records reads what the full reader reads, under the
/// default limits and under tight ones.
pub fn check_document(name: &str, input: &[u8]) {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    let limits = Limits::default();
    let parsed = parse_input_with(text, &limits);
    // The full reader alone is built only under cargo-fuzz; the unit tests
    // of `io::fast` compare the two readers on the corpus, the examples and
    // generated records.
    #[cfg(fuzzing)]
    assert_eq!(parsed, parse_input_in_full(text, &limits), "{name}");
    let screened = palermo::screen_json(text);
    assert_eq!(parsed.is_ok(), screened.is_ok(), "{name}");
    let outcome = screen_record(text, 7, &limits);
    let line = outcome.line();
    assert!(!line.contains('\n'), "{name}");
    let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(value["contract"], "palermo/1", "{name}");
    match (&screened, &outcome) {
        (Ok(out), Outcome::Screened(line)) => {
            assert_eq!(out, line, "{name}");
            let input = parsed.expect("parsed");
            assert_eq!(
                value.get("id").and_then(Value::as_str),
                input.case.id.as_deref(),
                "{name}"
            );
        }
        (Err(e), Outcome::Invalid(_)) => {
            assert_eq!(value["error"]["line"], 7, "{name}");
            assert_eq!(value["error"]["path"], e.path(), "{name}");
            assert!(e.path().starts_with('$'), "{name}: {e}");
        }
        _ => panic!("{name}: screen_json and screen_record disagree"),
    }
    // Tighter limits never panic either, and the two readers still agree.
    let tight = Limits::default()
        .with_max_depth(usize::from(input.first().copied().unwrap_or(0) % 5))
        .with_max_string_bytes(usize::from(input.last().copied().unwrap_or(0)))
        .with_max_record_bytes(input.len() / 2);
    let _ = screen_record(text, 1, &tight);
    #[cfg(fuzzing)]
    assert_eq!(
        parse_input_with(text, &tight),
        parse_input_in_full(text, &tight),
        "{name}"
    );
}

/// `evaluate` on any input, including ones the JSON reader would reject (an
/// age of 200, an estimate with min > max): no panic, and the assessment
/// keeps the contract's invariants (§4: the verdict is the first label;
/// `no_finding` alone; never both trafficking and possible trafficking; the
/// id echoed; no fact asked twice). Serialised, the fast writer and serde
/// agree, it reads back, and it is the same every time; and what the
/// library serialises of the input, it reads back.
pub fn check_evaluate(name: &str, input: &Input) {
    let case = &input.case;
    let assessment = evaluate_input(input);
    assert_eq!(
        assessment.labels.first(),
        Some(&assessment.verdict),
        "{name}"
    );
    if assessment.labels.contains(&Verdict::NoFinding) {
        assert_eq!(assessment.labels, [Verdict::NoFinding], "{name}");
    }
    assert!(
        !(assessment.labels.contains(&Verdict::Trafficking)
            && assessment.labels.contains(&Verdict::PossibleTrafficking)),
        "{name}"
    );
    assert_eq!(assessment.id, case.id, "{name}");
    let mut asked: Vec<&str> = assessment.next_questions.iter().map(|q| &*q.fact).collect();
    asked.sort_unstable();
    let before = asked.len();
    asked.dedup();
    assert_eq!(before, asked.len(), "{name}: a question asked twice");

    let json = palermo::io::to_json(&assessment);
    assert_eq!(
        json,
        serde_json::to_string(&assessment).expect("serialises"),
        "{name}: the fast writer and the Serialize derive disagree"
    );
    let back: Assessment = serde_json::from_str(&json).expect("output reads back");
    assert_eq!(palermo::io::to_json(&back), json, "{name}");
    assert_eq!(palermo::io::to_json(&evaluate_input(input)), json, "{name}");
    // A case within the contract's ranges and limits reads back; outside
    // them, the reader says why.
    let written = serde_json::to_string(input).expect("serialises");
    let within = case.person.age.is_none_or(|a| a <= 130)
        && case
            .person
            .age_estimate
            .is_none_or(|r| r.min <= r.max && r.max <= 130)
        && case.id.as_ref().is_none_or(|id| id.len() <= 4096);
    match parse_input(&written) {
        Ok(back) => assert_eq!(&back, input, "{name}"),
        Err(e) => assert!(!within, "{name}: {e}"),
    }
}
