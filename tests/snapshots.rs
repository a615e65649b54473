//! Snapshots of the example cases: the full contract v1 assessment and the
//! plain-text explanation of every file in `examples/cases/`.
//!
//! Review a changed snapshot as a legal change: the verdict, the elements,
//! the reasons and the questions of a worked example. Accept new snapshots
//! with `INSTA_UPDATE=always cargo test --test snapshots` (or `cargo insta
//! review`), then read them.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

/// The example cases, sorted by file name.
fn cases() -> Vec<PathBuf> {
    common::json_files("examples/cases")
}

/// The snapshot name of a case file: its stem (`fishing-boat-men`).
fn name(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .expect("file name")
        .to_string()
}

fn evaluate(path: &Path) -> palermo::Assessment {
    let text = fs::read_to_string(path).expect("read case");
    let case = palermo::parse_case(&text)
        .unwrap_or_else(|e| panic!("{} is not a valid contract v1 case: {e}", path.display()));
    palermo::evaluate(&case)
}

#[test]
fn there_are_example_cases() {
    let names: Vec<String> = cases().iter().map(|p| name(p)).collect();
    for required in [
        "child-flower-seller",
        "fishing-boat-men",
        "internal-phnom-penh",
        "irregular-crossing-no-facilitator",
        "smuggled-relationship-ended",
        "unlicensed-broker-debt",
    ] {
        assert!(
            names.iter().any(|n| n == required),
            "missing example {required}"
        );
    }
}

#[test]
fn every_example_has_an_id_derived_from_its_file_name() {
    for path in cases() {
        let text = fs::read_to_string(&path).expect("read case");
        let case = palermo::parse_case(&text).expect("valid case");
        assert_eq!(
            case.id.as_deref(),
            Some(format!("example-{}", name(&path)).as_str()),
            "{}",
            path.display()
        );
    }
}

#[test]
fn assessments() {
    for path in cases() {
        let mut json = serde_json::to_value(evaluate(&path)).expect("serialise");
        // The engine version changes with every release; the rest must not
        // change without review.
        assert!(json["engine"]
            .as_str()
            .is_some_and(|e| e.starts_with("palermo ")));
        json["engine"] = serde_json::Value::from("palermo [version]");
        insta::assert_json_snapshot!(format!("{}.assessment", name(&path)), json);
    }
}

#[test]
fn explanations() {
    for path in cases() {
        let text = palermo::words::explain::explain(&evaluate(&path));
        insta::assert_snapshot!(format!("{}.explain", name(&path)), text);
    }
}

/// The screening interface gives the same assessment as the library.
#[test]
fn screen_json_agrees_with_evaluate() {
    for path in cases() {
        let text = fs::read_to_string(&path).expect("read case");
        let out = palermo::screen_json(&text).expect("screen");
        let from_json: palermo::Assessment = serde_json::from_str(&out).expect("read output");
        // Read back, it writes the same JSON as the library's assessment.
        assert_eq!(
            serde_json::to_value(&from_json).expect("write"),
            serde_json::to_value(evaluate(&path)).expect("write"),
            "{}",
            path.display()
        );
    }
}

/// Every flag and warning is one bullet, however long: a wrapped bullet
/// continues with a hanging indent, it never starts a new bullet.
/// Regression: continuation lines repeated the "  - " marker, so a long
/// flag read as two.
#[test]
fn explanation_bullets_are_one_per_flag_and_warning() {
    use palermo::model::{Act, Case, Fact, Means, Purpose};
    let mut case = Case::new();
    case.person.child_indicators = Fact::Established;
    case.person.age = Some(20);
    case.act.set(Act::Recruitment, Fact::Established);
    case.means.set(Means::Threat, Fact::Established);
    case.purpose
        .set(Purpose::ForcedCriminality, Fact::Established);
    case.offences_by_person = Fact::Established;
    case.asylum_claim = Fact::Suspected;
    let mut assessments: Vec<palermo::Assessment> = cases().iter().map(|p| evaluate(p)).collect();
    assessments.push(palermo::evaluate(&case));
    for a in assessments {
        let text = palermo::words::explain::explain(&a);
        let bullets = text.lines().filter(|l| l.starts_with("  - ")).count();
        assert_eq!(bullets, a.flags.len() + a.warnings.len(), "{text}");
        for line in text.lines().filter(|l| l.starts_with("  - ")) {
            assert!(line.len() <= 78, "not wrapped: {line}");
        }
    }
}
