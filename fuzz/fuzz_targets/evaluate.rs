//! `evaluate` on arbitrary cases, including ones the JSON reader would
//! reject (an age of 200, an estimate with min > max): no panic, and the
//! assessment keeps the contract's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo::model::Case;
use palermo::{evaluate, Assessment, Verdict};

fuzz_target!(|case: Case| {
    let assessment = evaluate(&case);
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

    // Serialised (the fast writer and serde agree), it reads back to the same assessment, and it is the same
    // every time.
    let json = palermo::json::to_json(&assessment);
    assert_eq!(
        json,
        serde_json::to_string(&assessment).expect("serialises"),
        "the fast writer and the Serialize derive disagree"
    );
    let back: Assessment = serde_json::from_str(&json).expect("output reads back");
    assert_eq!(back, assessment);
    assert_eq!(palermo::json::to_json(&evaluate(&case)), json);
});
