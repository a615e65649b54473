//! Reading cases from a file or stdin: a batch in any shape, or one case.
//!
//! The shape is told from the first non-blank line
//! ([`palermo::io::screen_batch_threads`]): if it is a complete JSON object on its
//! own, the input is NDJSON and is streamed record by record (memory stays
//! flat whatever the size). A top-level JSON array (the first non-blank byte
//! is `[`) is a batch: one output line per element. Anything else is JSON
//! documents one after the other, each of which may span many lines: one
//! pretty-printed case, several, or a case typed over several lines. In
//! every shape a bad record costs only its own output line.
//!
//! When the input is not a regular file (a pipe, a terminal, a socket), each
//! output line is flushed as soon as its record is decided: a program can
//! keep one `palermo screen` open, write a case, and read its line back
//! before it writes the next. Such a worker writes NDJSON: a JSON document
//! spread over lines is known to be whole only when the next one begins or
//! the input ends, so its line comes then.

use palermo::io::{screen_batch_threads, BatchSummary, Limits};
use palermo::Profile;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, LineWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

fn open(file: Option<&Path>) -> io::Result<Box<dyn BufRead>> {
    open_with(file, 1 << 16)
}

/// An error about the file the user named, with its name ("palermo:
/// cases.json: No such file or directory"). The path is the user's own
/// words, not a value of a case, so it may be shown.
pub fn named(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// Open the file the user named; an error names it.
pub fn open_file(path: &Path) -> io::Result<File> {
    File::open(path).map_err(|e| named(path, e))
}

/// `file` (stdin when absent) read through a buffer of `capacity` bytes.
fn open_with(file: Option<&Path>, capacity: usize) -> io::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(path) => Box::new(BufReader::with_capacity(capacity, open_file(path)?)),
        None => Box::new(BufReader::with_capacity(capacity, io::stdin())),
    })
}

/// Whether the input is a regular file (then the output is buffered; else
/// each line is flushed as soon as it is written).
pub(crate) fn is_regular_file(file: Option<&Path>) -> bool {
    match file {
        Some(path) => std::fs::metadata(path).is_ok_and(|m| m.is_file()),
        None => {
            use std::os::fd::AsFd;
            io::stdin()
                .as_fd()
                .try_clone_to_owned()
                .ok()
                .and_then(|fd| File::from(fd).metadata().ok())
                .is_some_and(|m| m.is_file())
        }
    }
}

/// The threads `palermo screen` uses by default: the machine's cores, at
/// most 16.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(16))
}

/// `palermo screen`: screen every record, write one output line each, under
/// `profile` when given (else each case's own), NDJSON on `threads` threads.
pub fn screen(
    file: Option<&Path>,
    limits: &Limits,
    profile: Option<Profile>,
    threads: usize,
) -> io::Result<BatchSummary> {
    let worker = !is_regular_file(file);
    // Every answer is handed over before a read that could wait, that is
    // whenever the buffer is used up: from a file, where no read waits, a
    // larger buffer lets the threads screen more at a time.
    let reader = open_with(file, if worker { 1 << 16 } else { 1 << 20 })?;
    let stdout = crate::stdout()?;
    let out: Box<dyn Write> = if worker {
        Box::new(LineWriter::new(stdout))
    } else {
        Box::new(BufWriter::with_capacity(1 << 16, stdout))
    };
    screen_batch_threads(reader, out, limits, profile, threads)
}

/// `palermo explain`: the text of one case.
pub fn read_one(file: Option<&Path>) -> io::Result<String> {
    let mut text = String::new();
    open(file)?
        .read_to_string(&mut text)
        .map_err(|e| match file {
            Some(path) => named(path, e),
            None => e,
        })?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

/// What an input that should be one case holds instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotOneCase {
    /// Nothing but whitespace.
    Empty,
    /// A JSON array (of cases, presumably).
    Array,
    /// Two JSON values or more, one after the other.
    Several,
}

/// Whether `text`, which should be one case, is instead empty, an array or
/// several values; `None` when it is one value (a case, good or bad) or not
/// JSON at all. For the commands and the endpoints that take one case.
pub fn not_one_case(text: &str) -> Option<NotOneCase> {
    if text.trim().is_empty() {
        return Some(NotOneCase::Empty);
    }
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<serde::de::IgnoredAny>();
    if values.next().is_some_and(|v| v.is_ok()) {
        if text.trim_start().starts_with('[') {
            return Some(NotOneCase::Array);
        }
        if values.next().is_some_and(|v| v.is_ok()) {
            return Some(NotOneCase::Several);
        }
    }
    None
}

/// Tell a case that could not be read, for the commands that take one case
/// (`explain`, `compare`, `interview --from-case`): say what the input is
/// when it is no case, an array or several, else the reader's error (its
/// path and what was expected). Exit status 2.
pub fn invalid_case(text: &str, error: &palermo::Error) -> ExitCode {
    const BATCH: &str = "(`palermo screen` reads a batch)";
    match not_one_case(text) {
        Some(NotOneCase::Empty) => eprintln!("palermo: no case was given (the input is empty)"),
        Some(NotOneCase::Array) => eprintln!(
            "palermo: this command takes one case, and the input is an array of cases {BATCH}"
        ),
        Some(NotOneCase::Several) => eprintln!(
            "palermo: this command takes one case, and the input holds more than one {BATCH}"
        ),
        None => eprintln!("palermo: invalid case: {error}"),
    }
    ExitCode::from(2)
}
