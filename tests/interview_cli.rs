//! `palermo interview --plain`, driven end to end with scripted answers.

#![cfg(feature = "cli")]

mod common;

use std::process::Output;

fn interview(args: &[&str], answers: &str) -> Output {
    let all: Vec<&str> = std::iter::once("interview")
        .chain(args.iter().copied())
        .collect();
    common::palermo(&all, answers)
}

/// The question lines (each ends with its paths in brackets) and the case
/// (the last line).
fn lines(out: &Output) -> (Vec<String>, serde_json::Value) {
    let text = String::from_utf8(out.stdout.clone()).expect("utf-8");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let case = lines.pop().expect("a case line");
    (
        lines,
        serde_json::from_str(&case).expect("the case is JSON"),
    )
}

fn paths(question: &str) -> Vec<&str> {
    let open = question.rfind('[').expect("paths in brackets");
    question[open + 1..question.len() - 1].split(' ').collect()
}

fn screen_as(case: &serde_json::Value, profile: &str) -> serde_json::Value {
    let out = common::palermo(&["screen", "--profile", profile], &case.to_string());
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("an assessment")
}

fn screen(case: &serde_json::Value) -> serde_json::Value {
    let out = common::palermo(&["screen"], &case.to_string());
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("an assessment")
}

#[test]
fn a_scripted_interview_builds_a_trafficking_case_that_screen_accepts() {
    let out = interview(
        &["--plain"],
        "30\nact.recruitment=yes act.transportation=Yes\nmeans.deception=YES\npurpose.forced_labour=yes\nno\nno\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (questions, case) = lines(&out);
    assert_eq!(questions.len(), 6, "{questions:?}");
    assert_eq!(paths(&questions[0]), ["person.age"]);
    assert!(paths(&questions[1]).starts_with(&["act.recruitment", "act.transportation"]));
    assert!(paths(&questions[2]).contains(&"means.deception"));
    assert!(paths(&questions[3]).contains(&"purpose.forced_labour"));
    // Trafficking established, the interview goes on beside it: smuggling
    // (a border crossed?), then what the person is owed (offences that
    // call for non-punishment).
    assert_eq!(paths(&questions[4]), ["movement.crossed_border"]);
    assert_eq!(paths(&questions[5]), ["offences_by_person"]);
    for q in &questions {
        // Plain words: no field name before the brackets.
        let words = &q[..q.rfind('[').unwrap()];
        assert!(!words.contains('_') && !words.contains("act."), "{q}");
    }
    assert_eq!(case["person"]["age"], 30);
    assert_eq!(case["means"]["deception"], true);
    assert_eq!(screen(&case)["verdict"], "trafficking");
}

#[test]
fn skip_moves_on_and_done_ends_with_the_case_so_far() {
    let out = interview(&[], "17\nskip\ndone\n");
    assert!(out.status.success());
    let (questions, case) = lines(&out);
    assert_eq!(questions.len(), 3, "{questions:?}");
    // Skipping the acts gives trafficking up: the next question is not the means.
    assert!(!paths(&questions[2]).iter().any(|p| p.starts_with("means.")));
    assert_eq!(case, serde_json::json!({"person": {"age": 17}}));
}

#[test]
fn back_why_and_a_bad_answer_put_the_question_again() {
    let out = interview(
        &["--plain"],
        "25\nwhy\nact.recruitment=maybe-not\nact.recruitment=yes\nback\nact.transfer=yes\n",
    );
    let (lines, case) = lines(&out);
    // age, acts, (why) acts again, (bad) acts again, means, (back) acts again.
    assert!(lines[2].starts_with("If yes"), "{lines:?}");
    assert_eq!(paths(&lines[3]), paths(&lines[1]));
    assert_eq!(paths(&lines[4]), paths(&lines[1]));
    assert_eq!(paths(&lines[6]), paths(&lines[1]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("does not fit"), "{stderr}");
    assert!(
        !stderr.contains("maybe-not"),
        "an error repeats the answer: {stderr}"
    );
    assert_eq!(case["act"], serde_json::json!({"transfer": true}));
}

#[test]
fn a_child_needs_no_means_and_an_estimate_is_an_age() {
    let out = interview(
        &["--plain"],
        "15-17\nact.recruitment=yes\npurpose.forced_begging=yes\n",
    );
    let (questions, case) = lines(&out);
    assert!(
        !questions
            .iter()
            .any(|q| paths(q).contains(&"means.deception")),
        "{questions:?}"
    );
    assert_eq!(
        case["person"]["age_estimate"],
        serde_json::json!({"min": 15, "max": 17})
    );
    // An estimate wholly under 18 is a child: no means needed.
    assert_eq!(screen(&case)["verdict"], "trafficking");
}

#[test]
fn a_forced_marriage_asks_whether_it_was_servile() {
    let out = interview(
        &["--plain"],
        "20\nact.recruitment=yes\nmeans.deception=yes\npurpose.forced_marriage=yes\nyes\ndone\n",
    );
    let (questions, case) = lines(&out);
    assert_eq!(questions.len(), 6, "{questions:?}");
    assert_eq!(paths(&questions[4]), ["purpose.servile_marriage"]);
    assert_eq!(screen(&case)["verdict"], "trafficking");

    // With no means at all, an adult's case is not trafficking: move on.
    let out = interview(&["--plain"], "20\nact.recruitment=yes\nno\n");
    let (questions, _) = lines(&out);
    assert!(
        !questions.iter().any(|q| q.contains("purpose.")),
        "{questions:?}"
    );
}

#[test]
fn from_case_does_not_ask_what_is_stated_and_writes_to_out() {
    let dir = std::env::temp_dir().join(format!("palermo-interview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let from = dir.join("from.json");
    let to = dir.join("to.json");
    std::fs::write(
        &from,
        r#"{"id":"c-1","person":{"age":40},"act":{"recruitment":true}}"#,
    )
    .unwrap();
    let out = interview(
        &[
            "--profile",
            "us",
            "--from-case",
            from.to_str().unwrap(),
            "--out",
            to.to_str().unwrap(),
        ],
        "done\n",
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(!text.contains("person.age"));
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&to).unwrap()).unwrap();
    assert_eq!(saved["id"], "c-1");
    assert_eq!(saved["profile"], "us");
    assert_eq!(screen(&saved)["profile"], "us");
    std::fs::remove_dir_all(&dir).ok();
}

/// A word that does not answer the age is told what the age question takes
/// (a number or a range), not the yes/no of other questions.
#[test]
fn a_bad_answer_to_the_age_is_told_what_the_age_takes() {
    let out = interview(&["--plain"], "yes\n34\ndone\n");
    let (lines, case) = lines(&out);
    assert_eq!(paths(&lines[0]), ["person.age"]);
    assert_eq!(paths(&lines[1]), ["person.age"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("age in years"), "{stderr}");
    assert!(stderr.contains("15-17"), "{stderr}");
    assert!(!stderr.contains("Answer yes, no"), "{stderr}");
    assert_eq!(case["person"], serde_json::json!({"age": 34}));
}

/// An age range beyond 130, or upside down, is asked again: the case saved
/// is one `screen` accepts.
#[test]
fn an_age_range_over_130_is_asked_again() {
    let out = interview(&["--plain"], "10-200\n0-255\n20-10\n10-20\ndone\n");
    assert!(out.status.success());
    let (lines, case) = lines(&out);
    // The age four times (three answers did not fit), then the acts.
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(
        lines[..4].iter().all(|q| paths(q) == ["person.age"]),
        "{lines:?}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("age in years").count(), 3, "{stderr}");
    assert!(
        !stderr.contains("200") && !stderr.contains("255"),
        "{stderr}"
    );
    assert_eq!(
        case["person"]["age_estimate"],
        serde_json::json!({"min": 10, "max": 20})
    );
    screen(&case);
}

/// "yes" to a list is not an answer to it: the error is two sentences, the
/// second starting with its capital, not a capital after a semicolon.
#[test]
fn a_wrong_answer_to_a_list_is_said_in_two_sentences() {
    let out = interview(&["--plain"], "30\nyes\nno\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .contains("palermo: not an answer to this list. Type the numbers of those that apply"),
        "{stderr}"
    );
    assert!(!stderr.contains("; Type"), "{stderr}");
}

/// A line that is not text does not end the interview: it is asked again,
/// and the answers before and after it are kept.
#[test]
fn a_line_that_is_not_text_is_asked_again() {
    let out = common::palermo_bytes(
        &["interview", "--plain"],
        b"30\n1 2\n\xff\xfe\n6\n3\ndone\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (lines, case) = lines(&out);
    assert_eq!(paths(&lines[2]), paths(&lines[3]), "{lines:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not an answer"), "{stderr}");
    assert!(!stderr.contains("UTF-8"), "{stderr}");
    assert_eq!(case["means"]["deception"], true);
    assert_eq!(screen(&case)["verdict"], "trafficking");
}

/// A file that cannot be written is said before the first question, with
/// its name; nothing is asked.
#[test]
fn an_out_file_that_cannot_be_written_is_said_first() {
    let path = "/nonexistent-palermo-dir/case.json";
    let out = interview(&["--plain", "--out", path], "30\n1 2\n6\n3\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot be saved") && stderr.contains(path),
        "{stderr}"
    );
}

/// `unknown` is `skip`, on any question.
#[test]
fn unknown_is_skip() {
    let skipped = interview(&["--plain"], "skip\nskip\ndone\n");
    let unknown = interview(&["--plain"], "unknown\nUnknown\ndone\n");
    assert!(unknown.status.success());
    assert!(
        unknown.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );
    assert_eq!(unknown.stdout, skipped.stdout);
}

/// A grouped question is answered with numbers: a word that is not is told
/// so in plain words, without paths or contradictions.
#[test]
fn a_bad_answer_to_a_list_is_told_to_type_numbers() {
    let out = interview(&["--plain"], "30\nyes\ndone\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("numbers"), "{stderr}");
    for word in ["PATH", "ANSWER", "Answer yes", "grouped"] {
        assert!(!stderr.contains(word), "{word}: {stderr}");
    }
}

/// A number always means the same fact. A list asked again with the facts
/// a partial answer left out keeps each fact's number and says it is asked
/// again; a number no longer listed is no answer, never another fact.
#[test]
fn a_list_asked_again_keeps_each_facts_number() {
    // 16, recruited and moved; sexual exploitation suspected (?2); then "2"
    // again, as if confirming it.
    let out = interview(&["--plain"], "16\n1 2\n?2\n2\ndone\n");
    let (questions, case) = lines(&out);
    let again = questions
        .iter()
        .find(|q| q.contains("Any others"))
        .expect("the purposes asked again");
    assert!(
        again.contains("1 prostitution of others | 3 forced labour"),
        "{again}"
    );
    assert!(!again.contains("2 forced labour"), "{again}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("numbers"), "{stderr}");
    assert_eq!(case["purpose"]["sexual_exploitation"], "suspected");
    assert!(case["purpose"].get("forced_labour").is_none(), "{case}");
    // "3" then means forced labour, as it did the first time.
    let out = interview(&["--plain"], "16\n1 2\n?2\n3\ndone\n");
    let (_, case) = lines(&out);
    assert_eq!(case["purpose"]["forced_labour"], true, "{case}");
}

/// An interview stopped half-way (Ctrl-C) keeps the answers given in the
/// file named by `--out`: the file holds the case so far after every
/// answer, and a file just created is never left empty.
#[cfg(unix)]
#[test]
fn an_interrupted_interview_keeps_its_answers_in_the_file() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("palermo-interrupted-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("case.json");
    let _ = std::fs::remove_file(&path);
    let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
        .args(["interview", "--plain", "--out"])
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("palermo runs");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(b"30\n1\n").unwrap();
    input.flush().unwrap();
    // Wait for the second answer to be kept, then interrupt, input open.
    let read = || std::fs::read_to_string(&path).unwrap_or_default();
    let start = std::time::Instant::now();
    while !read().contains("recruitment") && start.elapsed().as_secs() < 30 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let _ = child.wait();
    drop(input);
    let case: serde_json::Value = serde_json::from_str(&read()).expect("the case is kept");
    assert_eq!(case["person"]["age"], 30, "{case}");
    assert_eq!(case["act"]["recruitment"], true, "{case}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Cambodian law of 2008, art. 13 (as recalled): a sale is a handing over
/// "for anything of value". An adult handed over with no means stated is
/// asked about the payment (in the means' list), and with it, the purpose.
#[test]
fn cambodia_a_handing_over_asks_whether_anyone_was_paid() {
    let out = interview(
        &["--plain", "--profile", "cambodia"],
        "30\n6\nno\n9\n3\ndone\n",
    );
    let (questions, case) = lines(&out);
    let means = questions
        .iter()
        .find(|q| paths(q).contains(&"means.threat"))
        .expect("the means asked");
    assert!(
        paths(means).contains(&"means.payment_to_controller"),
        "{means}"
    );
    assert!(
        questions
            .iter()
            .any(|q| paths(q).contains(&"purpose.forced_labour")),
        "{questions:?}"
    );
    assert_eq!(case["means"]["payment_to_controller"], true, "{case}");
    assert_eq!(
        screen_as(&case, "cambodia")["verdict"],
        "possible_trafficking"
    );
}

/// Under another profile a grouped question names only its own options:
/// the short question, then the options, numbered, in plain mode too.
#[test]
fn a_list_names_the_options_of_the_profile() {
    let out = interview(&["--plain", "--profile", "us"], "30\n");
    let (questions, _) = lines(&out);
    let acts = &questions[1];
    assert!(paths(acts).contains(&"act.patronizing"), "{acts}");
    assert!(!acts.contains("handed over"), "{acts}");
    assert!(
        acts.contains("patronizing") && acts.contains("1 recruitment"),
        "{acts}"
    );
    // Under the Protocol, the sentence names the options; they are listed too.
    let out = interview(&["--plain"], "30\n");
    let (questions, _) = lines(&out);
    assert!(
        questions[1].contains("handed over") && questions[1].contains("5 receipt"),
        "{questions:?}"
    );
}

/// A record with ILO/EC indicators: the case saved keeps them, and
/// `screen` gives it the verdict it gives the record.
#[test]
fn from_case_keeps_the_indicators_and_screens_the_same() {
    for path in common::json_files("examples/indicators") {
        let file = path.to_str().unwrap();
        let out = interview(&["--plain", "--from-case", file], "done\n");
        assert!(out.status.success(), "{file}");
        let (_, case) = lines(&out);
        let record: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(case["indicators"], record["indicators"], "{file}");
        assert_eq!(
            screen(&case)["verdict"],
            screen(&record)["verdict"],
            "{file}"
        );
    }
}

/// Input that ends with a question unanswered is not a finished interview:
/// standard error says so, the exit status is 3 (as `--help` says), and the
/// case saved holds the answers given and nothing more.
#[test]
fn an_interview_cut_off_by_the_end_of_input_says_so_and_exits_3() {
    let dir = std::env::temp_dir().join(format!("palermo-interview-eof-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let to = dir.join("case.json");
    let out = interview(&["--out", to.to_str().unwrap()], "15\n1\n");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("The input ended before the interview was finished"),
        "{err}"
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&to).unwrap()).unwrap();
    assert_eq!(
        saved,
        serde_json::json!({"person": {"age": 15}, "act": {"recruitment": true}})
    );
    std::fs::remove_dir_all(&dir).ok();
    // Without --out, the case so far is the last line, and nothing answered
    // is nothing said.
    let out = interview(&["--plain"], "");
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(lines(&out).1, serde_json::json!({}));
    // In Khmer too.
    let out = interview(&["--plain", "--lang", "km"], "15\n");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("មុនពេលសម្ភាសន៍ចប់"));
    // `done` finishes it: status 0, nothing said.
    let out = interview(&["--plain"], "15\ndone\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let help = common::palermo(&["interview", "--help"], "");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("3   the input ended before the interview was finished"),
        "{help}"
    );
}

/// An age typed in the digits of the language's script (Khmer `១៥`), or of
/// Thai, Lao, Myanmar or full-width digits, is read as the age.
#[test]
fn an_age_in_khmer_or_other_unicode_digits_is_read() {
    for typed in ["១៥", "๑๕", "໑໕", "၁၅", "１５"] {
        for lang in ["km", "en"] {
            let out = interview(&["--plain", "--lang", lang], &format!("{typed}\ndone\n"));
            assert_eq!(out.status.code(), Some(0), "{typed} ({lang})");
            assert_eq!(lines(&out).1["person"]["age"], 15, "{typed} ({lang})");
        }
    }
    let out = interview(&["--plain", "--lang", "km"], "១៥-១៧\ndone\n");
    assert_eq!(
        lines(&out).1["person"]["age_estimate"],
        serde_json::json!({"min": 15, "max": 17})
    );
}
