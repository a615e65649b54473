//! One JSON document through `parse_input`, `screen_json` and `screen_record`:
//! no panic, every answer is one line of contract v1 JSON that echoes
//! nothing from the input but the id, and the fast path for plain records
//! reads what the full reader reads. The checks are
//! `checks::check_document`.
#![no_main]

#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::check_document("fuzz", data);
});
