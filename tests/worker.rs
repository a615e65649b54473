//! `palermo screen` as a worker: one process kept open, each case answered
//! before the next is sent; a top-level JSON array screened as a batch.

#![cfg(feature = "cli")]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

mod common;

/// Each line of `palermo screen`'s output, as JSON.
fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn a_kept_open_screen_answers_each_case_before_the_next_is_sent() {
    // On one thread, and on several whatever the machine's cores.
    for threads in ["1", "3"] {
        kept_open(threads);
    }
}

fn kept_open(threads: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(["screen", "--threads", threads])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("palermo runs");
    let mut input = child.stdin.take().expect("stdin");
    let mut output = BufReader::new(child.stdout.take().expect("stdout"));
    let cases = [
        (
            r#"{"id":"w-1","person":{"age":15},"act":{"recruitment":true},"purpose":{"forced_begging":true}}"#,
            "trafficking",
        ),
        (
            r#"{"id":"w-2","movement":{"crossed_border":true,"entry":"irregular"}}"#,
            "irregular_migration",
        ),
        (r#"{"id":"w-3"}"#, "no_finding"),
    ];
    for (case, verdict) in cases {
        // The pipe stays open: the answer must come before anything more is sent.
        writeln!(input, "{case}").expect("a case sent");
        input.flush().expect("sent");
        let mut line = String::new();
        output.read_line(&mut line).expect("an answer");
        let answer: serde_json::Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(answer["verdict"], verdict, "{threads} threads: {line}");
    }
    // A bad record gets its error line at once too.
    writeln!(input, r#"{{"id":"w-4","means":{{"decepton":true}}}}"#).unwrap();
    input.flush().unwrap();
    let mut line = String::new();
    output.read_line(&mut line).unwrap();
    assert!(line.contains(r#""path":"$.means.decepton""#), "{line}");
    drop(input);
    let status = child.wait().expect("palermo ends");
    assert_eq!(status.code(), Some(2));
}

#[test]
fn a_top_level_array_is_a_batch() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .arg("screen")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"[\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"meens\": {}},\n  {\"id\": \"c\", \"movement\": {\"crossed_border\": true, \"entry\": \"irregular\"}}\n]\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["verdict"], "no_finding");
    assert_eq!(lines[1]["error"]["path"], "$[1].meens");
    assert_eq!(lines[1]["error"]["line"], 3);
    assert_eq!(lines[2]["verdict"], "irregular_migration");
    assert_eq!(out.status.code(), Some(2));
}

/// Several pretty-printed cases one after the other, as a caseworker saves
/// them from an editor: one line each, none lost, and a broken one costs
/// only its own line.
#[test]
fn pretty_printed_cases_one_after_another_are_one_line_each() {
    let input = "{\n  \"id\": \"p-1\",\n  \"act\": {\"recruitment\": true}\n}\n{\n  \"id\": \"p-2\",\n  \"meens\": {}\n}\n\n{\n  \"id\": \"p-3\"\n}\n";
    let out = common::palermo(&["screen"], input);
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["id"], "p-1");
    assert_eq!(lines[1]["error"]["path"], "$.meens");
    assert_eq!(lines[1]["error"]["line"], 5);
    assert_eq!(lines[2]["id"], "p-3");
    assert_eq!(out.status.code(), Some(2));
}

/// A case typed by hand over several lines, its first line not a whole
/// object: one case, one answer (not an error for each line).
#[test]
fn a_case_typed_over_several_lines_is_one_case() {
    let input = "{\"id\": \"typed\", \"person\": {\"age\": 15},\n\"act\": {\"recruitment\": true},\n\"purpose\": {\"forced_begging\": true}}\n";
    let out = common::palermo(&["screen"], input);
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let answer = &lines[0];
    assert_eq!(answer["id"], "typed");
    assert_eq!(answer["verdict"], "trafficking");
    assert_eq!(out.status.code(), Some(0));
}

/// The commands that take one case say so when given several, an array or
/// none, rather than a parser's "trailing characters".
#[test]
fn one_case_commands_say_when_the_input_is_several_cases_or_none() {
    for command in ["explain", "compare"] {
        let out = common::palermo(&[command], "{\"id\": \"a\"}\n{\"id\": \"b\"}\n");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("takes one case"), "{command}: {err}");
        assert!(err.contains("palermo screen"), "{command}: {err}");
        assert_eq!(out.status.code(), Some(2));
        let out = common::palermo(&[command], "\n");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("no case was given"), "{command}: {err}");
        assert_eq!(out.status.code(), Some(2));
        let out = common::palermo(&[command], "[{\"id\": \"a\"}]");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("an array of cases"), "{command}: {err}");
        assert_eq!(out.status.code(), Some(2));
    }
}

/// The Python example of the README runs (where python3 is installed).
#[test]
fn the_python_worker_example_runs() {
    let python = Command::new("python3").arg("--version").output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/worker.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_palermo"))
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        text.lines().collect::<Vec<_>>()[..2],
        ["c-1 trafficking", "c-2 irregular_migration"]
    );
    assert!(text.contains("c-3 error: unknown field"), "{text}");
}

/// The README's worker snippet is the tested example's own code.
#[test]
fn the_readme_worker_snippet_is_the_example() {
    let readme = include_str!("../README.md");
    let example = include_str!("../examples/worker.py");
    let start = readme
        .find("worker = subprocess.Popen(")
        .expect("the snippet");
    let end = start + readme[start..].find("```").expect("its end");
    for line in readme[start..end].lines().filter(|l| !l.trim().is_empty()) {
        let line = line.replace("[\"palermo\", \"screen\"]", "[palermo, \"screen\"]");
        assert!(
            example.contains(&line),
            "README line not in examples/worker.py: {line}"
        );
    }
}

#[test]
fn any_number_of_threads_writes_the_same_lines() {
    // Every example case as one NDJSON file (each example on one line, then
    // a blank line and a bad record), twelve times over: several of the
    // pieces the threads share out.
    let mut once = String::new();
    for dir in ["examples/cases", "examples/indicators", "examples/profiles"] {
        for file in common::json_files(dir) {
            let text = std::fs::read_to_string(&file).expect("example");
            let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
            once.push_str(&value.to_string());
            once.push_str("\n\n{\"id\":\"bad\",\"meens\":{}}\n");
        }
    }
    let batch = once.repeat(12);
    let dir = std::env::temp_dir().join(format!("palermo-threads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("batch.ndjson");
    std::fs::write(&file, &batch).expect("written");
    let run = |threads: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_palermo"))
            .args(["screen", "--threads", threads])
            .arg(&file)
            .output()
            .expect("palermo runs");
        assert_eq!(out.status.code(), Some(2), "the bad records are errors");
        out.stdout
    };
    let one = run("1");
    assert!(json_lines(&one).len() > 400);
    assert!(batch.len() > 3 * (1 << 15), "several pieces");
    for threads in ["2", "5"] {
        assert!(run(threads) == one, "{threads} threads");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Writes each of `sends` to a kept-open `palermo screen --from htcds` and
/// returns, for each, the line answered before anything more was sent (or
/// `None` when none came within a few seconds).
fn htcds_kept_open(sends: &[&str]) -> Vec<Option<String>> {
    use std::sync::mpsc;
    use std::time::Duration;
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(["screen", "--from", "htcds"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("palermo runs");
    let mut input = child.stdin.take().expect("stdin");
    let output = BufReader::new(child.stdout.take().expect("stdout"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in output.lines() {
            if tx.send(line.expect("a line")).is_err() {
                break;
            }
        }
    });
    let mut answers = Vec::new();
    for send in sends {
        input.write_all(send.as_bytes()).expect("sent");
        input.flush().expect("sent");
        answers.push(rx.recv_timeout(Duration::from_secs(10)).ok());
    }
    drop(input);
    let _ = child.wait();
    answers
}

#[test]
fn a_kept_open_htcds_screen_answers_each_ndjson_record_before_the_next_is_sent() {
    let answers = htcds_kept_open(&[
        "{\"id\":\"h1\",\"isForcedLabour\":1}\n",
        "{\"id\":\"h2\"}\n",
    ]);
    for (answer, id) in answers.iter().zip(["h1", "h2"]) {
        let answer = answer.as_deref().expect("an answer before the next record");
        let value: serde_json::Value = serde_json::from_str(answer).expect("JSON");
        assert_eq!(value["id"], id, "{answer}");
    }
}

#[test]
fn a_kept_open_htcds_screen_answers_each_csv_row_before_the_next_is_sent() {
    // The header gets no line of its own; each row gets its line at once.
    let answers = htcds_kept_open(&["id;isForcedLabour\r\nc1;1\r\n", "c2;0\r\n"]);
    for (answer, id) in answers.iter().zip(["c1", "c2"]) {
        let answer = answer.as_deref().expect("an answer before the next row");
        let value: serde_json::Value = serde_json::from_str(answer).expect("JSON");
        assert_eq!(value["id"], id, "{answer}");
    }
}

/// Writing to a pipe, `palermo screen` asks for room for 1 MiB in it, where
/// the system lets a process ask for that much: with the default 64 KiB,
/// the writer and the reader wake each other every few records.
#[cfg(target_os = "linux")]
#[test]
fn screening_into_a_pipe_widens_the_pipe() {
    let allowed = std::fs::read_to_string("/proc/sys/fs/pipe-max-size")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .arg("screen")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("palermo runs");
    let mut input = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let before = rustix::pipe::fcntl_getpipe_size(&stdout).expect("a pipe has a size");
    let mut output = BufReader::new(stdout);
    writeln!(input, r#"{{"id":"p-1"}}"#).expect("a case sent");
    input.flush().expect("sent");
    let mut line = String::new();
    output.read_line(&mut line).expect("an answer");
    assert!(line.contains(r#""id":"p-1""#), "{line}");
    // The answer came through the pipe: palermo had opened its output.
    let after = rustix::pipe::fcntl_getpipe_size(output.get_ref()).expect("a pipe has a size");
    drop(input);
    assert!(child.wait().expect("palermo ends").success());
    // Linux lets any process ask for 1 MiB unless its administrator has
    // lowered the limit (`/proc/sys/fs/pipe-max-size`); then the pipe keeps
    // its size (or, for a privileged process, grows all the same).
    assert!(
        after == 1 << 20 || (allowed < 1 << 20 && after == before),
        "the pipe had {before} bytes of room and has {after} (the limit is {allowed})"
    );
}
