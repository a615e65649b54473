//! A top-level JSON array of contract v1 cases, screened as a batch: each
//! element is one record, framed by [`super::framing`] (memory stays flat
//! whatever the array's size, and a broken element costs only its own
//! output line). After the closing bracket, further lines are NDJSON.

use super::framing::{FrameErrorKind, Framer, Position};
use super::{error_record, screen_record_as, BatchSummary, Limits, Outcome};
use crate::{Error, Profile};
use std::io::{self, BufRead, Write};

/// Screen every element of a top-level array (and any NDJSON after it):
/// one output line per element, in order, under `profile` when given. The
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
        |text, at| screen_record_as(text, at.line, limits, profile),
        |at, e| error_record(None, Some(at.line), e),
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
