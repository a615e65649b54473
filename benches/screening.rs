//! Benchmarks of the engine and of JSON screening.
//!
//! `cargo bench --bench screening` (add `-- --warm-up-time 1
//! --measurement-time 3` for a quicker run).
//!
//! - `evaluate/<case>`: [`palermo::evaluate`] on one parsed case, including
//!   `next_questions`. Target: median under 1 µs per case on one core.
//! - `ndjson/value_round_trip`: the floor. Each NDJSON record parsed into a
//!   `serde_json::Value` and written back, through the same buffered reader
//!   and writer as a batch.
//! - `ndjson/screen`: [`palermo::io::screen_ndjson`] on the same records:
//!   parse, validate, evaluate, serialise. Target: at most 2x the floor.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use palermo::io::{parse_input, screen_ndjson, Limits};
use std::hint::black_box;
use std::io::{BufRead, Write};

/// Representative cases, one per kind of outcome, as contract v1 input.
const CASES: &[(&str, &str)] = &[
    (
        "trafficking_adult",
        r#"{"id":"adult-1","person":{"age":24,"vulnerable":true},"act":{"recruitment":true,"transportation":true},"means":{"deception":true,"abuse_of_vulnerability":"suspected"},"purpose":{"forced_labour":true},"consent":true,"exploitation_occurred":true,"movement":{"migrated":true,"crossed_border":true,"entry":"regular","stay":"irregular"},"risk_factors":{"recruitment_fees_or_debt":true,"documents_held_by_others":true}}"#,
    ),
    (
        "trafficking_child",
        r#"{"id":"child-1","person":{"age":15},"act":{"recruitment":true},"purpose":{"forced_begging":true},"movement":{"migrated":true,"crossed_border":false}}"#,
    ),
    (
        "smuggling",
        r#"{"id":"smug-1","person":{"age":30},"act":{"transportation":true},"means":{"deception":false,"force":false},"purpose":{"forced_labour":false},"movement":{"migrated":true,"crossed_border":true,"entry":"irregular","stay":"irregular","facilitator":{"procured_entry":true,"material_benefit":true,"humanitarian_or_family":false,"relationship_after_arrival":"ended"},"life_endangered":true},"asylum_claim":"suspected"}"#,
    ),
    (
        "unsafe_migration",
        r#"{"id":"unsafe-1","person":{"age":22},"movement":{"migrated":true,"crossed_border":true,"entry":"regular","stay":"regular"},"risk_factors":{"unlicensed_recruiter":true,"no_written_contract":true}}"#,
    ),
    ("no_finding", r#"{"id":"none-1"}"#),
    (
        "possible_trafficking",
        r#"{"id":"possible-1","person":{"age_estimate":{"min":16,"max":19}},"act":{"harbouring":"suspected"},"purpose":{"sexual_exploitation":"suspected"},"movement":{"crossed_border":true,"entry":"irregular"},"offences_by_person":true}"#,
    ),
];

fn evaluate(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate");
    for (name, text) in CASES {
        let case = parse_input(text).expect("bench case is valid");
        group.bench_function(*name, |b| {
            b.iter(|| palermo::evaluate_input(black_box(&case)))
        });
    }
    group.finish();
}

/// A batch: the representative cases repeated, one per line.
fn batch() -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..100 {
        for (_, text) in CASES {
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
        }
    }
    out
}

/// The floor: read each line into a reused buffer, parse it into a `Value`,
/// write it back.
fn value_round_trip<R: BufRead, W: Write>(mut input: R, mut out: W) {
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line).expect("in-memory input") == 0 {
            break;
        }
        let value: serde_json::Value = serde_json::from_str(&line).expect("valid JSON");
        serde_json::to_writer(&mut out, &value).expect("in-memory output");
        out.write_all(b"\n").expect("in-memory output");
    }
}

fn ndjson(c: &mut Criterion) {
    let input = batch();
    let limits = Limits::default();
    let mut group = c.benchmark_group("ndjson");
    group.throughput(Throughput::Bytes(input.len() as u64));
    // Both write into a buffer that is cleared, not reallocated, between
    // iterations, as a batch writes into a reused `BufWriter`: the figures
    // are the work of each side, not page faults of fresh output buffers.
    let mut out = Vec::with_capacity(input.len() * 32);
    group.bench_function("value_round_trip", |b| {
        b.iter(|| {
            out.clear();
            value_round_trip(black_box(&input[..]), &mut out)
        })
    });
    group.bench_function("screen", |b| {
        b.iter(|| {
            out.clear();
            screen_ndjson(black_box(&input[..]), &mut out, &limits).expect("in-memory")
        })
    });
    group.finish();
}

criterion_group!(benches, evaluate, ndjson);
criterion_main!(benches);
