//! The fuzz corpus as regression tests: every input the fuzzers in `fuzz/`
//! found interesting (kept, minimised, in `tests/fuzz_corpus/<target>/`) goes
//! through the checks of its target (`fuzz/checks.rs`, shared with the
//! targets, so a kept input is checked here exactly as the fuzzer checked
//! it), and through the other targets' checks where its bytes fit them;
//! the `evaluate` corpus, decoded as that target decodes it, only with the
//! `arbitrary` feature.

#[allow(dead_code)]
#[path = "../fuzz/checks.rs"]
mod checks;

#[cfg(feature = "arbitrary")]
use checks::check_evaluate;
use checks::{check_batch, check_document, check_ndjson, limit_and_input};
use std::path::Path;

/// Every file of the corpus of `target`.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("directory entry").path();
            let name = path.display().to_string();
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, bytes)
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus in {}", dir.display());
    files
}

#[test]
fn screen_json_corpus() {
    for (name, bytes) in corpus("screen_json") {
        check_document(&name, &bytes);
        check_ndjson(&name, &bytes, 1 << 20);
    }
}

#[test]
fn ndjson_corpus() {
    for (name, bytes) in corpus("ndjson") {
        let (max, input) = limit_and_input(&bytes);
        check_ndjson(&name, input, max);
        check_ndjson(&name, &bytes, 1 << 20);
        check_document(&name, &bytes);
    }
}

#[test]
fn batch_corpus() {
    for (name, bytes) in corpus("batch") {
        let (max, input) = limit_and_input(&bytes);
        check_batch(&name, input, max);
    }
    // The other targets' inputs through the batch reader too.
    for target in ["screen_json", "ndjson"] {
        for (name, bytes) in corpus(target) {
            check_batch(&name, &bytes, 1 << 20);
        }
    }
}

#[test]
fn evaluate_corpus_as_bytes() {
    for (name, bytes) in corpus("evaluate") {
        check_document(&name, &bytes);
        check_ndjson(&name, &bytes, 1 << 20);
    }
}

/// The `evaluate` corpus decoded as inputs, as the fuzz target decodes it,
/// through the target's checks.
#[cfg(feature = "arbitrary")]
#[test]
fn evaluate_corpus() {
    use arbitrary::{Arbitrary, Unstructured};
    for (name, bytes) in corpus("evaluate") {
        let Ok(input) = palermo::Input::arbitrary_take_rest(Unstructured::new(&bytes)) else {
            continue;
        };
        check_evaluate(&name, &input);
    }
}
