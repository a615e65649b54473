//! An assessment read back from its own JSON: equal to the original, and
//! each step of its explanation headed and said as in the original's. (Why
//! each question is asked, and the names of ILO/EC indicators on the list
//! used, are not in the JSON: read back, questions with the same effect are
//! not grouped under one "why", and an indicator is named from its id.)

mod common;

use palermo::words::explain;
use palermo::{Assessment, Input, Profile};

/// Every example record and casebook scenario, by name.
fn inputs() -> Vec<(String, Input)> {
    let mut out: Vec<(String, Input)> = palermo::casebook::builtin()
        .expect("casebook")
        .into_iter()
        .map(|s| (format!("casebook/{}", s.id), s.input))
        .collect();
    out.extend(common::example_inputs(&["cases", "profiles", "indicators"]));
    out
}

/// Every example and scenario under every profile, with its assessment.
fn assessments() -> Vec<(String, Assessment)> {
    let mut out = Vec::new();
    for (name, input) in inputs() {
        for profile in Profile::ALL {
            let a = palermo::evaluate_input_as(&input, Some(profile));
            out.push((format!("{name} under {profile}"), a));
        }
    }
    out
}

fn read_back(a: &Assessment) -> Assessment {
    let json = palermo::io::to_json(a);
    serde_json::from_str(&json).expect("an assessment reads back")
}

/// The steps of an explanation, as printed: from "Step by step" to the
/// questions.
fn the_steps(text: &str) -> &str {
    let start = text
        .find("Step by step:")
        .expect("every explanation has steps");
    let text = &text[start..];
    [
        "What is missing for trafficking",
        "Other questions:",
        "Next questions:",
    ]
    .iter()
    .filter_map(|h| text.find(h))
    .min()
    .map_or(text, |end| &text[..end])
}

#[test]
fn an_assessment_read_back_from_its_json_equals_the_original() {
    for (name, a) in assessments() {
        let b = read_back(&a);
        assert!(a == b, "{name}");
        // Through serde_json's own writer too.
        let c: Assessment =
            serde_json::from_str(&serde_json::to_string(&a).expect("writes")).expect("reads");
        assert!(a == c, "{name}");
        assert_eq!(palermo::io::to_json(&b), palermo::io::to_json(&a), "{name}");
    }
}

#[test]
fn a_read_back_assessment_heads_each_step_by_its_topic_as_the_original() {
    for (name, a) in assessments() {
        let b = read_back(&a);
        let topics = |x: &Assessment| x.reasons.iter().map(|r| r.topic).collect::<Vec<_>>();
        assert_eq!(topics(&b), topics(&a), "{name}");
        assert_eq!(explain::steps(&b), explain::steps(&a), "{name}");
        let (ea, eb) = (explain::explain(&a), explain::explain(&b));
        assert!(the_steps(&eb) == the_steps(&ea), "{name}");
        assert!(!eb.contains("Also considered."), "{name}");
    }
}

#[test]
fn a_read_back_assessment_keeps_the_facts_of_its_element_reasons_and_questions() {
    for (name, a) in assessments() {
        let b = read_back(&a);
        for (x, y) in a.reasons.iter().zip(&b.reasons) {
            if x.topic == palermo::assessment::Topic::Act && !y.facts().is_empty() {
                assert_eq!(y.facts(), x.facts(), "{name}: {}", x.rule);
            }
        }
        for (x, y) in a.next_questions.iter().zip(&b.next_questions) {
            assert_eq!(y.field(), x.field(), "{name}: {}", x.fact);
        }
    }
}
