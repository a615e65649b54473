//! One JSON document through `parse_input`, `screen_json` and `screen_record`:
//! no panic, every answer is one line of contract v1 JSON that echoes
//! nothing from the input but the id, and the fast path for plain records
//! reads what the full reader reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo::io::{parse_input_in_full, parse_input_with, screen_record, Limits, Outcome};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits::default();
    let parsed = parse_input_with(text, &limits);
    // The fast path for plain records reads what the full reader reads,
    // and every error is the full reader's.
    assert_eq!(parsed, parse_input_in_full(text, &limits));
    let screened = palermo::screen_json(text);
    assert_eq!(parsed.is_ok(), screened.is_ok());
    let outcome = screen_record(text, 7, &limits);
    let line = outcome.line();
    assert!(!line.contains('\n'));
    let value: Value = serde_json::from_str(line).expect("output is JSON");
    assert_eq!(value["contract"], "palermo/1");
    match (&screened, &outcome) {
        (Ok(out), Outcome::Screened(line)) => {
            assert_eq!(out, line);
            let input = parsed.expect("parsed");
            assert_eq!(
                value.get("id").and_then(Value::as_str),
                input.case.id.as_deref()
            );
        }
        (Err(e), Outcome::Invalid(_)) => {
            assert_eq!(value["error"]["line"], 7);
            assert_eq!(value["error"]["path"], e.path());
            assert!(e.path().starts_with('$'));
        }
        _ => panic!("screen_json and screen_record disagree"),
    }
    // Tighter limits never panic either.
    let tight = Limits::default()
        .with_max_depth(usize::from(data.first().copied().unwrap_or(0) % 5))
        .with_max_string_bytes(usize::from(data.last().copied().unwrap_or(0)))
        .with_max_record_bytes(data.len() / 2);
    let _ = screen_record(text, 1, &tight);
    assert_eq!(
        parse_input_with(text, &tight),
        parse_input_in_full(text, &tight)
    );
});
