//! Arbitrary bytes through `screen_ndjson`: no panic, no I/O error, and
//! exactly one output line per record, in order, each with the right line
//! number when it is an error; and on three threads the same bytes as on
//! one. The first byte picks a small record limit so the over-limit path is
//! exercised. The checks are `checks::check_ndjson`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (max, input) = checks::limit_and_input(data);
    checks::check_ndjson("fuzz", input, max);
});
