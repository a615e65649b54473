//! `evaluate` on arbitrary cases, including ones the JSON reader would
//! reject (an age of 200, an estimate with min > max): no panic, and the
//! assessment keeps the contract's invariants. The checks are
//! `checks::check_evaluate`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;
use palermo::Input;

fuzz_target!(|input: Input| {
    checks::check_evaluate("fuzz", &input);
});
