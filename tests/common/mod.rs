//! What several test files share: running the command line, listing the
//! examples, and finding names of data in words meant for people.
// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Run `palermo` with `args`, `stdin` as its input, to the end.
pub fn palermo(args: &[&str], stdin: &str) -> Output {
    palermo_bytes(args, stdin.as_bytes())
}

/// [`palermo`] with input of any bytes. The input is written from a thread
/// of its own, so that a large input and a large output never wait on
/// each other.
pub fn palermo_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("palermo runs");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&data));
    let out = child.wait_with_output().expect("palermo ends");
    // A process that stops on a usage error may close its input before
    // reading it: a broken pipe is no failure of the test.
    if let Err(e) = writer.join().expect("the writer ends") {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    out
}

/// A fact's path (`means.coercion`) or an ILO/EC indicator's id
/// (`coercion_at_destination.debt_bondage`) written in `text`, if any:
/// words for people name facts and indicators in words.
pub fn a_name_of_data_in(text: &str) -> Option<&str> {
    let ilo = palermo::law::ilo::IloData::embedded().expect("the embedded ILO/EC data parses");
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .map(|word| word.trim_end_matches('.'))
        .find(|word| {
            word.contains('.')
                && (palermo::model::Field::from_path(word).is_some() || ilo.is_known(word))
        })
}

/// Every `*.json` file directly in `dir` (relative to the crate's root),
/// sorted by name.
pub fn json_files(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// The example records in `examples/<dir>/` for each of `dirs`, read as
/// contract v1 input, each named `<dir>/<file name>`.
pub fn example_inputs(dirs: &[&str]) -> Vec<(String, palermo::Input)> {
    let mut out = Vec::new();
    for dir in dirs {
        for path in json_files(&format!("examples/{dir}")) {
            let text = std::fs::read_to_string(&path).expect("read");
            let input = palermo::parse_input(&text).expect("an example parses");
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            out.push((name, input));
        }
    }
    out
}
