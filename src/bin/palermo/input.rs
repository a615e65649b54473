//! Reading cases from a file or stdin: one JSON document or NDJSON.
//!
//! The format is told from the first non-blank line: if it is a complete JSON
//! value on its own, the input is NDJSON and is streamed record by record
//! (memory stays flat whatever the size). If the first line is a lone `{`,
//! the input is one pretty-printed case, read whole (up to the record limit).
//! Anything else is streamed as NDJSON, so a bad first record costs only its
//! own line. A top-level JSON array (the first non-blank byte is `[`) is a
//! batch: one output line per element.
//!
//! When the input is not a regular file (a pipe, a terminal, a socket), each
//! output line is flushed as soon as its record is decided: a program can
//! keep one `palermo screen` open, write a case, and read its line back
//! before it writes the next.

use palermo::io::{screen_ndjson_as, screen_record_as, BatchSummary, Limits, Outcome};
use palermo::Profile;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Cursor, LineWriter, Read, Write};
use std::path::Path;

fn open(file: Option<&Path>) -> io::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(path) => Box::new(BufReader::with_capacity(1 << 16, File::open(path)?)),
        None => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
    })
}

/// Read leading lines up to and including the first non-blank one.
fn first_line(reader: &mut Box<dyn BufRead>, limit: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    loop {
        let start = head.len();
        let n = Read::take(&mut *reader, limit as u64 + 1).read_until(b'\n', &mut head)?;
        let line = head.get(start..).unwrap_or_default();
        if n == 0 || line.iter().any(|b| !b.is_ascii_whitespace()) || head.len() > limit {
            return Ok(head);
        }
    }
}

fn is_document_start(head: &[u8]) -> bool {
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let last = text
        .split(|&b| b == b'\n')
        .rev()
        .find(|l| l.iter().any(|b| !b.is_ascii_whitespace()));
    matches!(last.map(|l| l.trim_ascii()), Some(b"{"))
}

/// Whether the input is a regular file (then the output is buffered; else
/// each line is flushed as soon as it is written).
fn is_regular_file(file: Option<&Path>) -> bool {
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

/// Whether the first non-blank byte opens an array.
fn is_array_start(head: &[u8]) -> bool {
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[')
}

/// `palermo screen`: screen every record, write one output line each, under
/// `profile` when given (else each case's own).
pub fn screen(
    file: Option<&Path>,
    limits: &Limits,
    profile: Option<Profile>,
) -> io::Result<BatchSummary> {
    let worker = !is_regular_file(file);
    let mut reader = open(file)?;
    let head = first_line(&mut reader, limits.max_record_bytes)?;
    let stdout = crate::stdout()?;
    let mut out: Box<dyn Write> = if worker {
        Box::new(LineWriter::new(stdout))
    } else {
        Box::new(BufWriter::with_capacity(1 << 16, stdout))
    };
    if is_array_start(&head) {
        return palermo::io::screen_array_as(Cursor::new(head).chain(reader), out, limits, profile);
    }
    if is_document_start(&head) {
        // One pretty-printed case: read it whole, within the record limit.
        let mut text = head;
        reader
            .take((limits.max_record_bytes as u64 + 1).saturating_sub(text.len() as u64))
            .read_to_end(&mut text)?;
        let outcome = match std::str::from_utf8(&text) {
            Ok(t) => screen_record_as(t.trim_start_matches('\u{feff}'), 1, limits, profile),
            Err(e) => Outcome::Invalid(palermo::io::error_record(
                None,
                Some(1),
                &palermo::Error::Utf8 {
                    offset: e.valid_up_to(),
                },
            )),
        };
        writeln!(out, "{}", outcome.line())?;
        out.flush()?;
        let mut summary = BatchSummary::default();
        match outcome {
            Outcome::Screened(_) => summary.screened = 1,
            Outcome::Invalid(_) => summary.invalid = 1,
        }
        return Ok(summary);
    }
    screen_ndjson_as(Cursor::new(head).chain(reader), out, limits, profile)
}

/// `palermo explain`: the text of one case.
pub fn read_one(file: Option<&Path>) -> io::Result<String> {
    let mut text = String::new();
    open(file)?.read_to_string(&mut text)?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}
