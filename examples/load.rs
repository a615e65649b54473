//! A small HTTP load generator for `palermo serve`, on tokio alone (plain
//! HTTP/1.1 over keep-alive connections): for the figures in
//! docs/PERFORMANCE.md, with the server and the generator on one machine.
//!
//! ```sh
//! cargo build --release --bin palermo --example load
//! target/release/palermo serve --addr 127.0.0.1:8080 2>/dev/null &
//! # single-case POSTs: 64 connections for 10 seconds
//! target/release/examples/load case 127.0.0.1:8080 examples/cases/fishing-boat-men.json 64 10
//! # one NDJSON batch, 3 times
//! target/release/examples/load batch 127.0.0.1:8080 cases.ndjson 3
//! ```
//!
//! `case` prints requests per second and the p50/p99/max latency; `batch`
//! prints cases (output lines) per second for each run. Every answer's
//! status is checked (200); the run stops by itself.

use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["case", addr, file, connections, seconds] => runtime.block_on(cases(
            addr,
            &std::fs::read(file)?,
            connections.parse()?,
            Duration::from_secs(seconds.parse()?),
        )),
        ["batch", addr, file, runs] => {
            runtime.block_on(batch(addr, &std::fs::read(file)?, runs.parse()?))
        }
        _ => {
            eprintln!("usage: load case ADDR FILE CONNECTIONS SECONDS | load batch ADDR FILE RUNS");
            std::process::exit(64);
        }
    }
}

/// Read one answer's head; its status and content length.
async fn head<R: tokio::io::AsyncBufRead + Unpin>(
    reader: &mut R,
) -> Result<(u16, Option<usize>, bool)> {
    let mut line = String::new();
    reader.read_line(&mut line).await?;
    let status = line.split(' ').nth(1).ok_or("no status line")?.parse()?;
    let (mut length, mut chunked) = (None, false);
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Err("connection closed in the head".into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            return Ok((status, length, chunked));
        }
        let (name, value) = l.split_once(':').ok_or("bad header")?;
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = Some(value.trim().parse()?),
            "transfer-encoding" => chunked = value.contains("chunked"),
            _ => {}
        }
    }
}

/// Single-case POSTs on `connections` keep-alive connections for `time`.
async fn cases(addr: &str, case: &[u8], connections: usize, time: Duration) -> Result<()> {
    let request = [
        format!(
            "POST /v1/screen HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            case.len()
        )
        .into_bytes(),
        case.to_vec(),
    ]
    .concat();
    let start = Instant::now();
    let deadline = start + time;
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (addr, request) = (addr.to_string(), request.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies: Vec<u32> = Vec::new();
            let mut reader = BufReader::new(TcpStream::connect(&addr).await?);
            let mut body = Vec::new();
            while Instant::now() < deadline {
                let sent = Instant::now();
                reader.get_mut().write_all(&request).await?;
                let (status, length, _) = head(&mut reader).await?;
                if status != 200 {
                    return Err(format!("status {status}").into());
                }
                body.resize(length.ok_or("no content-length")?, 0);
                reader.read_exact(&mut body).await?;
                latencies.push(sent.elapsed().as_micros() as u32);
            }
            Result::Ok(latencies)
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await??);
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort_unstable();
    let at = |q: f64| all[((all.len() as f64 * q) as usize).min(all.len() - 1)] as f64 / 1000.0;
    println!(
        "{} requests in {elapsed:.1} s on {connections} connections: {:.0} requests/s, latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        all.len() as f64 / elapsed,
        at(0.50),
        at(0.99),
        at(1.0),
    );
    Ok(())
}

/// One NDJSON batch, `runs` times, each on a fresh connection.
async fn batch(addr: &str, body: &[u8], runs: usize) -> Result<()> {
    for run in 1..=runs {
        let start = Instant::now();
        let mut stream = TcpStream::connect(addr).await?;
        let head_text = format!(
            "POST /v1/screen HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/x-ndjson\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        let (read, mut write) = stream.split();
        let send = async {
            write.write_all(head_text.as_bytes()).await?;
            write.write_all(body).await?;
            Result::Ok(())
        };
        let receive = async {
            let mut reader = BufReader::with_capacity(1 << 16, read);
            let (status, _, chunked) = head(&mut reader).await?;
            if status != 200 || !chunked {
                return Err(format!("status {status}").into());
            }
            // Count the lines of the chunked body.
            let (mut lines, mut bytes) = (0usize, 0usize);
            let mut size_line = String::new();
            let mut chunk = Vec::new();
            loop {
                size_line.clear();
                reader.read_line(&mut size_line).await?;
                let size = usize::from_str_radix(size_line.trim(), 16)?;
                if size == 0 {
                    break;
                }
                chunk.resize(size + 2, 0);
                reader.read_exact(&mut chunk).await?;
                lines += memchr::memchr_iter(b'\n', &chunk[..size]).count();
                bytes += size;
            }
            Result::Ok((lines, bytes))
        };
        let (sent, received) = tokio::join!(send, receive);
        sent?;
        let (lines, bytes) = received?;
        let elapsed = start.elapsed().as_secs_f64();
        println!(
            "batch run {run}: {lines} cases ({:.1} MB in, {:.1} MB out) in {elapsed:.2} s: {:.0} cases/s",
            body.len() as f64 / 1e6,
            bytes as f64 / 1e6,
            lines as f64 / elapsed
        );
    }
    Ok(())
}
