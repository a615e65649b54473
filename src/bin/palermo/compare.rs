//! `palermo compare FILE`: one case under every jurisdiction profile, with
//! the provision that makes each difference from the Trafficking Protocol.

use crate::{input, io_failure, print_or_fail};
use std::path::Path;
use std::process::ExitCode;

/// Run `palermo compare`: text by default, one line of JSON with `--json`.
/// Exit 0, 2 on an invalid case, 1 on an I/O failure.
pub fn run(file: Option<&Path>, json: bool) -> ExitCode {
    let text = match input::read_one(file) {
        Ok(text) => text,
        Err(e) => return io_failure(&e),
    };
    let input = match palermo::parse_input(&text) {
        Ok(input) => input,
        Err(e) => return input::invalid_case(&text, &e),
    };
    let comparison = palermo::words::compare::compare(&input);
    if json {
        match serde_json::to_string(&comparison) {
            Ok(line) => print_or_fail(&format!("{line}\n")),
            Err(e) => io_failure(&std::io::Error::other(e)),
        }
    } else {
        print_or_fail(&comparison.to_text())
    }
}
