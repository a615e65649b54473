//! An NDJSON batch screened on several threads.
//!
//! This thread reads the lines, in pieces of about [`PIECE`] bytes, and
//! hands each piece to the next free worker; the workers screen their
//! pieces line by line with the one set of line rules ([`screen_line`]); this
//! thread writes each piece's output as soon as it and every piece before it
//! are done. So the output is byte for byte what one thread writes, in the
//! same order, and line numbers count the whole input.
//!
//! Before a read that could wait for input (the reader's buffer used up),
//! every piece read so far is screened and handed to the writer, as on one
//! thread: a caller that writes one record and waits for its answer gets
//! it. At most `2 × threads` pieces are in flight, so memory stays flat
//! whatever the size of the batch.
//!
//! Written with the standard library's scoped threads and channels: the
//! work is a queue of pieces and an ordered join of their outputs, which
//! needs no thread-pool crate.

use super::write::Seen;
use super::{read_bounded_line, screen_line, BatchSummary, Limits, Pending};
use crate::Profile;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::{mpsc, Mutex};
use std::thread;

/// The input bytes of a piece of work (more when a line is longer).
pub(super) const PIECE: usize = 1 << 15;

/// A line of a piece: where its stored bytes end in the piece's bytes, its
/// full length, its number in the input.
type Line = (usize, usize, u64);

/// Lines read, to be screened together.
#[derive(Default)]
struct Piece {
    /// Its place in the input: pieces are written in this order.
    seq: u64,
    /// The lines' stored bytes, one after the other.
    bytes: Vec<u8>,
    /// Each line: where its stored bytes end in `bytes`, its full length,
    /// its number in the input.
    lines: Vec<Line>,
    /// Where its output is to be written: the buffer of a piece written
    /// earlier, emptied, when there is one (see [`Spare`]).
    out: Vec<u8>,
}

/// The buffers of pieces already written, emptied, for the pieces still to
/// be read. A piece's output is some hundreds of kilobytes: allocating a
/// new buffer for each piece and freeing it once written costs the
/// allocator's slow path and the kernel's page faults every time, where a
/// buffer used again has its pages already.
#[derive(Default)]
struct Spare {
    inputs: Vec<(Vec<u8>, Vec<Line>)>,
    outputs: Vec<Vec<u8>>,
}

impl Spare {
    /// A new piece, in buffers used before where there are some.
    fn piece(&mut self) -> Piece {
        let (bytes, lines) = self.inputs.pop().unwrap_or_default();
        Piece {
            seq: 0,
            bytes,
            lines,
            out: self.outputs.pop().unwrap_or_default(),
        }
    }

    /// Keep a piece's buffers, emptied, for the next.
    fn keep(&mut self, mut piece: Piece, mut out: Vec<u8>) {
        piece.bytes.clear();
        piece.lines.clear();
        out.clear();
        self.inputs.push((piece.bytes, piece.lines));
        self.outputs.push(out);
    }
}

/// A piece screened: its output lines and their counts, and the piece
/// itself (its buffers are used again).
struct Screened {
    seq: u64,
    out: Vec<u8>,
    summary: BatchSummary,
    piece: Piece,
}

/// How one line is screened: its stored bytes, full length and number in,
/// its output line appended (the contract's line rules, [`screen_line`]).
pub(super) type LineRules<'a> =
    dyn Fn(&[u8], usize, u64, &mut Vec<u8>, &mut Seen<4096>) -> Option<bool> + Sync + 'a;

/// The contract's line rules under `profile`.
pub(super) fn contract(
    limits: &Limits,
    profile: Option<Profile>,
) -> impl Fn(&[u8], usize, u64, &mut Vec<u8>, &mut Seen<4096>) -> Option<bool> + Sync + '_ {
    move |stored, len, line_no, out, seen| {
        screen_line(stored, len, line_no, limits, profile, out, seen)
    }
}

/// Screen each line of `piece`.
fn screen_piece(mut piece: Piece, rules: &LineRules<'_>, seen: &mut Seen<4096>) -> Screened {
    let mut out = std::mem::take(&mut piece.out);
    out.reserve(piece.bytes.len() * 16);
    let mut summary = BatchSummary::default();
    let mut start = 0;
    for &(end, len, line_no) in &piece.lines {
        let stored = piece.bytes.get(start..end).unwrap_or_default();
        start = end;
        match rules(stored, len, line_no, &mut out, seen) {
            Some(true) => summary.screened += 1,
            Some(false) => summary.invalid += 1,
            None => {}
        }
    }
    Screened {
        seq: piece.seq,
        out,
        summary,
        piece,
    }
}

/// [`super::screen_ndjson_as`] on `threads` worker threads (at least 2), in
/// pieces of about `piece_bytes` bytes ([`PIECE`]).
pub(super) fn screen_in_pieces<R: BufRead, W: Write>(
    mut reader: R,
    mut writer: W,
    limits: &Limits,
    threads: usize,
    piece_bytes: usize,
    rules: &LineRules<'_>,
) -> io::Result<BatchSummary> {
    let in_flight = 2 * threads as u64;
    let (to_workers, pieces) = mpsc::sync_channel::<Piece>(2 * threads);
    let pieces = Mutex::new(pieces);
    // `None`: a worker stopped short (it panicked).
    let (to_writer, screened) = mpsc::channel::<Option<Screened>>();
    thread::scope(|scope| {
        // Owned here, so that returning drops them, and the workers stop
        // before the scope waits for them.
        let (to_workers, screened) = (to_workers, screened);
        for _ in 0..threads {
            let pieces = &pieces;
            let to_writer = to_writer.clone();
            scope.spawn(move || {
                let stopped = Stopped(&to_writer);
                let mut seen = Seen::<4096>::new();
                loop {
                    // The lock is held only while waiting for the next piece.
                    let next = match pieces.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => return,
                    };
                    let Ok(piece) = next else { return };
                    if stopped
                        .0
                        .send(Some(screen_piece(piece, rules, &mut seen)))
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
        drop(to_writer);
        let mut writing = Writing {
            out: Pending {
                writer: &mut writer,
                bytes: Vec::new(),
                drained: true,
            },
            screened: &screened,
            waiting: BTreeMap::new(),
            sent: 0,
            written: 0,
            summary: BatchSummary::default(),
            spare: Spare::default(),
        };
        let mut buf = Vec::with_capacity(4096);
        let keep = limits.max_record_bytes.saturating_add(4);
        let mut piece = writing.spare.piece();
        let mut line_no: u64 = 0;
        loop {
            let read = read_bounded_line(&mut reader, &mut buf, keep, &mut writing.out);
            let (more, failed) = match read {
                Ok(Some(len)) => {
                    line_no += 1;
                    piece.bytes.extend_from_slice(&buf);
                    piece.lines.push((piece.bytes.len(), len, line_no));
                    (true, None)
                }
                Ok(None) => (false, None),
                Err(e) => (false, Some(e)),
            };
            let full = piece.bytes.len() >= piece_bytes || !more || writing.out.drained;
            if full && !piece.lines.is_empty() {
                let mut send = std::mem::replace(&mut piece, writing.spare.piece());
                send.seq = writing.sent;
                if to_workers.send(send).is_err() {
                    return Err(io::Error::other("a screening thread stopped"));
                }
                writing.sent += 1;
                while writing.sent - writing.written > in_flight {
                    writing.one()?;
                }
            }
            // Before a read that may wait, and at the end: everything
            // read is screened and handed over.
            if writing.out.drained || !more {
                while writing.written < writing.sent {
                    writing.one()?;
                }
                writing.out.hand_over()?;
            }
            if let Some(e) = failed {
                return Err(e);
            }
            if !more {
                break;
            }
        }
        writing.out.writer.flush()?;
        Ok(writing.summary)
    })
}

/// Tells the writing side when a worker stops short, so that it does not
/// wait for a piece that will never come: on a panic (where the caller's
/// build unwinds), the call then ends and the scope passes the panic on, as
/// on one thread.
struct Stopped<'a>(&'a mpsc::Sender<Option<Screened>>);

impl Drop for Stopped<'_> {
    fn drop(&mut self) {
        if thread::panicking() {
            let _ = self.0.send(None);
        }
    }
}

/// The writing side: pieces screened, put back in order.
struct Writing<'a, 'w, W: Write> {
    out: Pending<'w, W>,
    screened: &'a mpsc::Receiver<Option<Screened>>,
    /// Pieces screened ahead of one still being screened.
    waiting: BTreeMap<u64, Screened>,
    sent: u64,
    written: u64,
    summary: BatchSummary,
    spare: Spare,
}

impl<W: Write> Writing<'_, '_, W> {
    /// Wait for one more piece, then write every piece that is next in order.
    fn one(&mut self) -> io::Result<()> {
        let done = self
            .screened
            .recv()
            .ok()
            .flatten()
            .ok_or_else(|| io::Error::other("a screening thread stopped"))?;
        self.waiting.insert(done.seq, done);
        while let Some(done) = self.waiting.remove(&self.written) {
            self.summary.screened += done.summary.screened;
            self.summary.invalid += done.summary.invalid;
            self.out.hand_over()?;
            self.out.writer.write_all(&done.out)?;
            self.spare.keep(done.piece, done.out);
            self.written += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Read};

    /// A batch with every kind of line the line rules tell apart: a BOM,
    /// cases, blank lines, CRLF, a line too long, one not UTF-8, one not
    /// JSON, an unknown field, a last line without its newline.
    fn batch() -> Vec<u8> {
        let mut input = b"\xEF\xBB\xBF".to_vec();
        for i in 0..40 {
            let line = match i % 8 {
                0 => format!("{{\"id\":\"c{i}\",\"act\":{{\"recruitment\":true}},\"means\":{{\"deception\":true}},\"purpose\":{{\"forced_labour\":\"suspected\"}}}}\n"),
                1 => "\n   \n".to_string(),
                2 => format!("{{\"id\":\"c{i}\",\"person\":{{\"age\":15}},\"purpose\":{{\"sexual_exploitation\":true}}}}\r\n"),
                3 => format!("{{\"id\":\"c{i}\",\"notes\":\"{}\"}}\n", "x".repeat(300)),
                4 => format!("{{\"id\":\"c{i}\",\"meens\":{{}}}}\n"),
                5 => "not json\n".to_string(),
                6 => format!("{{\"id\":\"c{i}\",\"indicators\":{{\"deceptive_recruitment.deceived_about_nature_of_job\":true}}}}\n"),
                _ => format!("{{\"id\":\"c{i}\",\"movement\":{{\"crossed_border\":true}}}}\n"),
            };
            input.extend_from_slice(line.as_bytes());
            if i == 21 {
                input.extend_from_slice(b"{\"id\":\"\xFF\"}\n");
            }
        }
        input.extend_from_slice(b"{\"id\":\"last\"}");
        input
    }

    fn limits() -> Limits {
        Limits::default().with_max_record_bytes(256)
    }

    fn one_thread(input: &[u8]) -> (Vec<u8>, BatchSummary) {
        let mut out = Vec::new();
        let summary = super::super::screen_ndjson_as(input, &mut out, &limits(), None)
            .expect("a slice reads");
        (out, summary)
    }

    #[test]
    fn several_threads_write_what_one_thread_writes() {
        let input = batch();
        let (want, summary) = one_thread(&input);
        assert!(summary.screened > 20 && summary.invalid > 10, "{summary:?}");
        for threads in [2, 3, 5] {
            for piece in [1, 7, 100, 1000, PIECE] {
                // A reader that hands over a few bytes at a time, so that
                // many reads find its buffer used up.
                for capacity in [3, 64, 1 << 16] {
                    let reader = BufReader::with_capacity(capacity, &input[..]);
                    let mut out = Vec::new();
                    let limits = limits();
                    let rules = contract(&limits, None);
                    let got = screen_in_pieces(reader, &mut out, &limits, threads, piece, &rules)
                        .expect("a slice reads");
                    assert_eq!(got, summary, "{threads} threads, pieces of {piece}");
                    assert!(
                        out == want,
                        "{threads} threads, pieces of {piece}, reads of {capacity}"
                    );
                }
            }
        }
    }

    /// A reader that fails after `left` bytes.
    struct Failing<'a> {
        bytes: &'a [u8],
        left: usize,
    }

    impl Read for Failing<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::Error::other("the disk went away"));
            }
            let n = buf.len().min(self.left).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            self.left -= n;
            Ok(n)
        }
    }

    #[test]
    fn what_was_read_before_a_failing_read_is_screened_and_handed_over() {
        let input = batch();
        let (want, _) = one_thread(&input);
        // Fail after the first 5 lines (with their newlines).
        let cut = input
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(4)
            .map(|(i, _)| i + 1)
            .expect("the batch has lines");
        let (before, _) = one_thread(&input[..cut]);
        assert!(want.starts_with(&before));
        for threads in [2, 4] {
            let reader = BufReader::with_capacity(
                16,
                Failing {
                    bytes: &input,
                    left: cut,
                },
            );
            let mut out = Vec::new();
            let limits = limits();
            let rules = contract(&limits, None);
            let got = screen_in_pieces(reader, &mut out, &limits, threads, 50, &rules);
            assert!(got.is_err());
            assert_eq!(out, before, "{threads} threads");
        }
    }

    #[test]
    fn a_worker_that_panics_passes_the_panic_on_instead_of_hanging() {
        let input = batch();
        let limits = limits();
        let rules = contract(&limits, None);
        let panicking = |stored: &[u8], len, line_no, out: &mut Vec<u8>, seen: &mut Seen<4096>| {
            assert!(line_no != 30, "a defect on line 30");
            rules(stored, len, line_no, out, seen)
        };
        let outcome = std::panic::catch_unwind(|| {
            let mut out = Vec::new();
            screen_in_pieces(&input[..], &mut out, &limits, 3, 100, &panicking)
        });
        assert!(outcome.is_err(), "the panic reaches the caller");
    }
}
