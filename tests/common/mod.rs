//! What several test files share: running the command line.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Run `palermo` with `args`, `stdin` as its input, to the end.
pub fn palermo(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("palermo runs");
    // A process that stops on a usage error may close its input before
    // reading it: a broken pipe is no failure of the test.
    if let Err(e) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().expect("palermo ends")
}
