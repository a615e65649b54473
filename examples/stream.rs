//! Screen NDJSON from standard input to standard output with
//! [`palermo::io::screen_ndjson`], the function the CLI uses for batches.
//!
//! ```sh
//! cargo run --release --no-default-features --example stream < cases.ndjson > out.ndjson
//! ```
//!
//! The counts go to standard error. Used to measure throughput and peak
//! memory on large inputs (`/usr/bin/time -v`).

use palermo::io::{screen_ndjson, Limits};
use std::io::{self, BufReader, BufWriter};

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let stdout = io::stdout().lock();
    let summary = screen_ndjson(
        BufReader::with_capacity(64 * 1024, stdin),
        BufWriter::with_capacity(64 * 1024, stdout),
        &Limits::default(),
    )?;
    eprintln!("screened {} invalid {}", summary.screened, summary.invalid);
    Ok(())
}
