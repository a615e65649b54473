//! Batches that are not (only) NDJSON: a top-level JSON array of contract
//! v1 cases, or JSON documents one after the other (pretty-printed or not),
//! each record framed by [`super::framing`] (memory stays flat whatever the
//! batch's size, and a broken record costs only its own output line). After
//! an array's closing bracket, further lines are NDJSON.

use super::framing::{opens_ndjson, FrameErrorKind, Framer, Position};
use super::{
    error_record_in, screen_ndjson_threads, screen_record_in, BatchSummary, Limits, Outcome,
};
use crate::{Error, Profile};
use std::io::{self, BufRead, Cursor, Write};

/// Screen a batch in any of the shapes contract v1 cases come in, told from
/// the first line that is not blank: NDJSON (that line is one complete
/// object on its own: [`super::screen_ndjson_as`], the fast path), a top-level
/// array (its first byte is `[`: [`screen_array_as`]), or otherwise JSON
/// documents one after the other, each of which may span many lines (one
/// pretty-printed case, several, or a case typed over several lines). In
/// every shape: one output line per record, in order, under `profile` when
/// given; a broken record costs only its own line.
///
/// This is what `palermo screen` reads.
///
/// ```
/// // Two cases written by hand over several lines, one after the other.
/// let input = b"{\"id\": \"a\",\n \"act\": {\"recruitment\": true}}\n{\n  \"id\": \"b\"\n}\n";
/// let mut out = Vec::new();
/// let summary = palermo::io::screen_batch_as(&input[..], &mut out, &Default::default(), None).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert_eq!(text.lines().count(), 2);
/// assert_eq!(summary.screened, 2);
/// assert!(text.lines().nth(1).unwrap().contains(r#""id":"b""#));
/// ```
pub fn screen_batch_as<R: BufRead, W: Write>(
    reader: R,
    writer: W,
    limits: &Limits,
    profile: Option<Profile>,
) -> io::Result<BatchSummary> {
    screen_batch_threads(reader, writer, limits, profile, 1)
}

/// [`screen_batch_as`] with NDJSON screened on `threads` threads
/// ([`super::screen_ndjson_threads`]): the same output, sooner on a machine
/// with several cores. An array, or documents spread over lines, are framed
/// and screened on this thread. `threads` of 0 or 1 screens on this thread
/// only.
pub fn screen_batch_threads<R: BufRead, W: Write>(
    mut reader: R,
    writer: W,
    limits: &Limits,
    profile: Option<Profile>,
    threads: usize,
) -> io::Result<BatchSummary> {
    // The leading lines up to the first that is not blank (at most one
    // record's worth: a longer first line is left to the framer, which
    // reports it as too large).
    let mut head = Vec::new();
    let mut first = None;
    while head.len() <= limits.max_record_bytes {
        let start = head.len();
        let n = io::Read::take(&mut reader, limits.max_record_bytes as u64 + 1)
            .read_until(b'\n', &mut head)?;
        let line = head.get(start..).unwrap_or_default();
        let line = if start == 0 {
            line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
        } else {
            line
        };
        if n == 0 {
            break;
        }
        if line.iter().any(|b| !b.is_ascii_whitespace()) {
            first = Some(line.trim_ascii().to_vec());
            break;
        }
    }
    // An array is framed as one, even on one line (the framer's own rule).
    let ndjson = first.as_deref().is_some_and(|line| {
        head.len() <= limits.max_record_bytes && !line.starts_with(b"[") && opens_ndjson(line)
    });
    let input = io::Read::chain(Cursor::new(head), reader);
    if ndjson {
        screen_ndjson_threads(input, writer, limits, profile, threads)
    } else {
        screen_array_as(input, writer, limits, profile)
    }
}

/// Screen every element of a top-level array (and any NDJSON after it):
/// one output line per element, in order, under `profile` when given; an
/// element's error record names it in its paths (`$[1].means.zz`). Input
/// that does not start with `[` is framed as the [`Framer`] finds it (NDJSON,
/// or JSON documents one after the other); [`screen_batch_as`] takes the
/// fast NDJSON path where it applies. The
/// writer is flushed once at the end; wrap it in a [`std::io::LineWriter`]
/// to have each line as soon as it is decided.
///
/// ```
/// let input = br#"[{"id":"a"}, {"id":"b","meens":{}}, {"id":"c"}]"#;
/// let mut out = Vec::new();
/// let summary =
///     palermo::io::screen_array_as(&input[..], &mut out, &Default::default(), None).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert_eq!(text.lines().count(), 3);
/// assert_eq!((summary.screened, summary.invalid), (2, 1));
/// ```
pub fn screen_array_as<R: BufRead, W: Write>(
    reader: R,
    writer: W,
    limits: &Limits,
    profile: Option<Profile>,
) -> io::Result<BatchSummary> {
    screen_frames(
        reader,
        writer,
        limits,
        |text, at| screen_record_in(text, at, limits, profile),
        |at, e| error_record_in(None, Some(at.line), at.element, e, &[]),
    )
}

/// The one loop over framed JSON records, for contract v1 arrays and for
/// HTCDS records alike: `screen` each record's text at its position, and
/// stand `invalid` in for a record that is not UTF-8 or cannot be framed.
/// One output line per record, in order; a failing input is an I/O error
/// (after what was screened is flushed), never a bad record.
pub(crate) fn screen_frames<R: BufRead, W: Write>(
    reader: R,
    mut writer: W,
    limits: &Limits,
    mut screen: impl FnMut(&str, Position) -> Outcome,
    invalid: impl Fn(Position, &Error) -> String,
) -> io::Result<BatchSummary> {
    let mut summary = BatchSummary::default();
    let mut framer = Framer::with_max_record_bytes(reader, limits.max_record_bytes);
    while let Some(item) = framer.next_frame() {
        let outcome = match item {
            Ok(frame) => match std::str::from_utf8(frame.bytes) {
                Ok(text) => screen(text, frame.position),
                Err(e) => Outcome::Invalid(invalid(
                    frame.position,
                    &Error::Utf8 {
                        offset: e.valid_up_to(),
                    },
                )),
            },
            Err(e) => {
                if let FrameErrorKind::Read(kind) = e.kind {
                    // The input failed: an I/O failure, not a bad record.
                    writer.flush()?;
                    return Err(io::Error::from(kind));
                }
                Outcome::Invalid(invalid(e.position, &super::htcds::frame_error(e.kind)))
            }
        };
        match outcome {
            Outcome::Screened(_) => summary.screened += 1,
            Outcome::Invalid(_) => summary.invalid += 1,
        }
        writer.write_all(outcome.line().as_bytes())?;
        writer.write_all(b"\n")?;
    }
    writer.flush()?;
    Ok(summary)
}
