//! The fuzz corpus as regression tests: every input the fuzzers in `fuzz/`
//! found interesting (kept, minimised, in `tests/fuzz_corpus/<target>/`) goes
//! through `screen_json`, `screen_ndjson`, `screen_batch_as` and, with the
//! `arbitrary` feature, `evaluate`: no panic, and one output line per record.

use palermo::io::{screen_batch_as, screen_ndjson, screen_ndjson_threads, Limits};
use serde_json::Value;
use std::path::Path;

/// Every file of the corpus of `target`.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("directory entry").path();
            let name = path.display().to_string();
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, bytes)
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus in {}", dir.display());
    files
}

/// The record limit and the input of a corpus file of the `ndjson` and
/// `batch` targets, which read the limit from the first byte.
fn limit_and_input(bytes: &[u8]) -> (usize, &[u8]) {
    match bytes.split_first() {
        Some((&b, rest)) if b < 128 => (usize::from(b), rest),
        Some((_, rest)) => (1 << 20, rest),
        None => (1 << 20, bytes),
    }
}

/// The line numbers of the records of `input`, by the rules documented on
/// `screen_ndjson` (the same oracle as the `ndjson` fuzz target).
fn records(input: &[u8], max: usize) -> Vec<u64> {
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

/// `input` through `screen_ndjson` with a record limit of `max`: one JSON
/// line per record, in order, error records on the right line.
fn check_ndjson(name: &str, input: &[u8], max: usize) {
    let limits = Limits::default().with_max_record_bytes(max);
    let mut out = Vec::new();
    let summary = screen_ndjson(input, &mut out, &limits).expect("in-memory I/O");
    let mut threaded = Vec::new();
    let on_three =
        screen_ndjson_threads(input, &mut threaded, &limits, None, 3).expect("in-memory I/O");
    assert_eq!(on_three, summary, "{name}");
    assert!(
        threaded == out,
        "{name}: three threads write what one writes"
    );
    let expected = records(input, max);
    let text = String::from_utf8(out).expect("output is UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{name}: one line per record");
    assert_eq!(summary.screened + summary.invalid, expected.len() as u64);
    for (line, number) in lines.iter().zip(&expected) {
        let value: Value = serde_json::from_str(line).expect("output line is JSON");
        assert_eq!(value["contract"], "palermo/1", "{name}");
        if let Some(error) = value.get("error") {
            assert_eq!(error["line"], *number, "{name}");
        }
    }
}

/// A document through `screen_json`: an assessment or an error, never a panic.
fn check_document(name: &str, input: &[u8]) {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    match palermo::screen_json(text) {
        Ok(out) => {
            let value: Value = serde_json::from_str(&out).expect("output is JSON");
            assert_eq!(value["contract"], "palermo/1", "{name}");
        }
        Err(e) => assert!(e.path().starts_with('$'), "{name}: {e}"),
    }
}

#[test]
fn screen_json_corpus() {
    for (name, bytes) in corpus("screen_json") {
        check_document(&name, &bytes);
        check_ndjson(&name, &bytes, 1 << 20);
    }
}

#[test]
fn ndjson_corpus() {
    for (name, bytes) in corpus("ndjson") {
        let (max, input) = limit_and_input(&bytes);
        check_ndjson(&name, input, max);
        check_ndjson(&name, &bytes, 1 << 20);
        check_document(&name, &bytes);
    }
}

/// Whether `input` is NDJSON by the rule of `screen_batch_as`, where it can
/// be told simply (the same oracle as the `batch` fuzz target): the leading
/// lines up to the first that is not blank fit in the record limit, and
/// that line is one valid JSON object on its own.
fn is_ndjson(input: &[u8], max: usize) -> bool {
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

/// `input` through `screen_batch_as` with a record limit of `max`: every
/// output line a contract record, as many as the summary counts; NDJSON
/// input gives exactly what `screen_ndjson` gives.
fn check_batch(name: &str, input: &[u8], max: usize) {
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
        assert_eq!(out, ndjson, "{name}");
    }
}

#[test]
fn batch_corpus() {
    for (name, bytes) in corpus("batch") {
        let (max, input) = limit_and_input(&bytes);
        check_batch(&name, input, max);
    }
    // The other targets' inputs through the batch reader too.
    for target in ["screen_json", "ndjson"] {
        for (name, bytes) in corpus(target) {
            check_batch(&name, &bytes, 1 << 20);
        }
    }
}

#[test]
fn evaluate_corpus_as_bytes() {
    for (name, bytes) in corpus("evaluate") {
        check_document(&name, &bytes);
        check_ndjson(&name, &bytes, 1 << 20);
    }
}

/// The `evaluate` corpus decoded as cases, as the fuzz target decodes it.
#[cfg(feature = "arbitrary")]
#[test]
fn evaluate_corpus() {
    use arbitrary::{Arbitrary, Unstructured};
    use palermo::model::Case;
    for (name, bytes) in corpus("evaluate") {
        let Ok(case) = Case::arbitrary_take_rest(Unstructured::new(&bytes)) else {
            continue;
        };
        let assessment = palermo::evaluate(&case);
        assert_eq!(
            assessment.labels.first(),
            Some(&assessment.verdict),
            "{name}"
        );
        let json = palermo::io::to_json(&assessment);
        assert_eq!(
            Some(json.clone()),
            serde_json::to_string(&assessment).ok(),
            "{name}"
        );
        let back: palermo::Assessment = serde_json::from_str(&json).expect("reads back");
        assert_eq!(
            palermo::io::to_json(&back),
            palermo::io::to_json(&assessment),
            "{name}"
        );
    }
}
