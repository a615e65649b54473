//! The floor for whole-process screening speed: each NDJSON line of a file
//! parsed into a `serde_json::Value` and written back, through the same kind
//! of buffered reader and writer as `palermo screen`.
//!
//! `cargo run --release --example value_round_trip -- cases.ndjson > /dev/null`
//!
//! Compare with `palermo screen cases.ndjson > /dev/null` in the same run
//! (see docs/PERFORMANCE.md). Blank lines are skipped, as `screen` skips
//! them; a line that is not JSON is written back as `null`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};

fn main() -> io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/dev/stdin".into());
    let input = BufReader::with_capacity(64 * 1024, File::open(path)?);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    for line in input.split(b'\n') {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let value: serde_json::Value = serde_json::from_slice(&line).unwrap_or_default();
        serde_json::to_writer(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
