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

fn screen(case: &serde_json::Value) -> serde_json::Value {
    let out = common::palermo(&["screen"], &case.to_string());
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("an assessment")
}

#[test]
fn a_scripted_interview_builds_a_trafficking_case_that_screen_accepts() {
    let out = interview(
        &["--plain"],
        "30\nact.recruitment=yes act.transportation=Yes\nmeans.deception=YES\npurpose.forced_labour=yes\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (questions, case) = lines(&out);
    assert_eq!(questions.len(), 4, "{questions:?}");
    assert_eq!(paths(&questions[0]), ["person.age"]);
    assert!(paths(&questions[1]).starts_with(&["act.recruitment", "act.transportation"]));
    assert!(paths(&questions[2]).contains(&"means.deception"));
    assert!(paths(&questions[3]).contains(&"purpose.forced_labour"));
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
        "20\nact.recruitment=yes\nmeans.deception=yes\npurpose.forced_marriage=yes\nyes\n",
    );
    let (questions, case) = lines(&out);
    assert_eq!(questions.len(), 5, "{questions:?}");
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
        "",
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
