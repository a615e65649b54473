//! Arbitrary bytes through `screen_ndjson`: no panic, no I/O error, and
//! exactly one output line per record, in order, each with the right line
//! number when it is an error; and on three threads the same bytes as on
//! one. The first byte picks a small record limit so the over-limit path is
//! exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo::io::{screen_ndjson, screen_ndjson_threads, Limits};
use serde_json::Value;

/// The line numbers of the records of `input`, by the rules documented on
/// `screen_ndjson`, written out independently of it.
fn records(input: &[u8], max: usize) -> Vec<u64> {
    let mut out = Vec::new();
    let mut lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    if input.ends_with(b"\n") || input.is_empty() {
        lines.pop();
    }
    for (i, line) in lines.into_iter().enumerate() {
        let mut line = line;
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

fuzz_target!(|data: &[u8]| {
    let (max, input) = match data.split_first() {
        Some((&b, rest)) if b < 128 => (usize::from(b), rest),
        Some((_, rest)) => (1 << 20, rest),
        None => (1 << 20, data),
    };
    let limits = Limits::default().with_max_record_bytes(max);
    let mut out = Vec::new();
    let summary = screen_ndjson(input, &mut out, &limits).expect("in-memory I/O");
    let expected = records(input, max);
    let text = std::str::from_utf8(&out).expect("output is UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), expected.len(), "one output line per record");
    assert_eq!(summary.screened + summary.invalid, expected.len() as u64);
    for (line, number) in lines.iter().zip(&expected) {
        let value: Value = serde_json::from_str(line).expect("output line is JSON");
        assert_eq!(value["contract"], "palermo/1");
        if let Some(error) = value.get("error") {
            assert_eq!(error["line"], *number);
        }
    }
    let mut threaded = Vec::new();
    let on_three = screen_ndjson_threads(input, &mut threaded, &limits, None, 3).expect("in-memory I/O");
    assert_eq!(on_three, summary);
    assert!(threaded == out, "three threads write what one writes");
});
