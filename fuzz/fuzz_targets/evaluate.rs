//! `evaluate` on arbitrary cases, including ones the JSON reader would
//! reject (an age of 200, an estimate with min > max): no panic, and the
//! assessment keeps the contract's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo::{evaluate_input, Assessment, Input, Verdict};

fuzz_target!(|input: Input| {
    let case = &input.case;
    let assessment = evaluate_input(&input);
    assert_eq!(assessment.labels.first(), Some(&assessment.verdict));
    if assessment.labels.contains(&Verdict::NoFinding) {
        assert_eq!(assessment.labels, [Verdict::NoFinding]);
    }
    assert!(
        !(assessment.labels.contains(&Verdict::Trafficking)
            && assessment.labels.contains(&Verdict::PossibleTrafficking))
    );
    assert_eq!(assessment.id, case.id);
    let mut asked: Vec<&str> = assessment.next_questions.iter().map(|q| &*q.fact).collect();
    asked.sort_unstable();
    let before = asked.len();
    asked.dedup();
    assert_eq!(before, asked.len(), "a question asked twice");

    // Serialised (the fast writer and serde agree), it reads back to the
    // same JSON, and it is the same every time.
    let json = palermo::io::to_json(&assessment);
    assert_eq!(
        json,
        serde_json::to_string(&assessment).expect("serialises"),
        "the fast writer and the Serialize derive disagree"
    );
    let back: Assessment = serde_json::from_str(&json).expect("output reads back");
    assert_eq!(palermo::io::to_json(&back), json);
    assert_eq!(palermo::io::to_json(&evaluate_input(&input)), json);
    // What the library serialises, it reads back (a case within the
    // contract's ranges and limits; outside them, the reader says why).
    let written = serde_json::to_string(&input).expect("serialises");
    let within = case.person.age.is_none_or(|a| a <= 130)
        && case
            .person
            .age_estimate
            .is_none_or(|r| r.min <= r.max && r.max <= 130)
        && case.id.as_ref().is_none_or(|id| id.len() <= 4096);
    match palermo::io::parse_input(&written) {
        Ok(back) => assert_eq!(back, input),
        Err(e) => assert!(!within, "{e}"),
    }
});
