//! Arbitrary bytes through `screen_batch_as`, the reader of `palermo
//! screen` (NDJSON, an array, or JSON documents one after the other): no
//! panic, no I/O error, every output line a contract record, as many lines
//! as records counted; and where the input is NDJSON (its first line that
//! is not blank a whole object on its own), exactly the output of
//! `screen_ndjson`, which is checked against an independent count by the
//! `ndjson` target. The first byte picks a small record limit so the
//! over-limit paths are exercised. The checks are `checks::check_batch`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (max, input) = checks::limit_and_input(data);
    checks::check_batch("fuzz", input, max);
});
