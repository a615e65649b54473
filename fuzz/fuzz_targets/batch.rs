//! Arbitrary bytes through `screen_batch_as`, the reader of `palermo
//! screen` (NDJSON, an array, or JSON documents one after the other): no
//! panic, no I/O error, every output line a contract record, as many lines
//! as records counted; and where the input is NDJSON (its first line that
//! is not blank a whole object on its own), exactly the output of
//! `screen_ndjson`, which is checked against an independent count by the
//! `ndjson` target. The first byte picks a small record limit so the
//! over-limit paths are exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo::io::{screen_batch_as, screen_ndjson, Limits};
use serde_json::Value;

/// Whether `input` is NDJSON by the documented rule, where it can be told
/// simply: the leading lines up to the first that is not blank (a
/// byte-order mark at the start left out) fit in the record limit, and that
/// line is one valid JSON object on its own.
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

fuzz_target!(|data: &[u8]| {
    let (max, input) = match data.split_first() {
        Some((&b, rest)) if b < 128 => (usize::from(b), rest),
        Some((_, rest)) => (1 << 20, rest),
        None => (1 << 20, data),
    };
    let limits = Limits::default().with_max_record_bytes(max);
    let mut out = Vec::new();
    let summary = screen_batch_as(input, &mut out, &limits, None).expect("in-memory I/O");
    let text = std::str::from_utf8(&out).expect("output is UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(summary.screened + summary.invalid, lines.len() as u64);
    for line in &lines {
        let value: Value = serde_json::from_str(line).expect("output line is JSON");
        assert_eq!(value["contract"], "palermo/1");
    }
    if is_ndjson(input, max) {
        let mut ndjson = Vec::new();
        screen_ndjson(input, &mut ndjson, &limits).expect("in-memory I/O");
        assert_eq!(out, ndjson, "NDJSON input takes the NDJSON reader");
    }
});
