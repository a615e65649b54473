//! Snapshots of the indicator-driven and HTCDS examples: the full assessment
//! (JSON) and, for a few, the explanation. Review changes with
//! `cargo insta review`, or `INSTA_UPDATE=always cargo test` and read the
//! diff: every change here is a change in what a caseworker is told.

use palermo::io::htcds::screen_input;
use palermo::io::Limits;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn files(dir: &str, ext: &[&str]) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ext.contains(&e))
        })
        .collect();
    out.sort();
    out
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

fn pretty(line: &str) -> String {
    let v: Value = serde_json::from_str(line).unwrap();
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn indicator_cases() {
    for path in files("examples/indicators", &["json"]) {
        let text = fs::read_to_string(&path).unwrap();
        let out = palermo::screen_json(&text).unwrap();
        insta::assert_snapshot!(format!("indicators__{}", stem(&path)), pretty(&out));
    }
}

#[test]
fn indicator_casebook_scenarios() {
    // The casebook's scenarios told in ILO/EC indicators (part "indicators").
    for path in files("casebook", &["json"]) {
        let scenario: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        if scenario["part"] != "indicators" {
            continue;
        }
        let input = palermo::io::parse_input(&scenario["case"].to_string()).unwrap();
        let a = palermo::evaluate_input(&input);
        assert_eq!(
            a.verdict.name(),
            scenario["expected"]["verdict"],
            "{path:?}"
        );
        let labels: Vec<&str> = a.labels.iter().map(|l| l.name()).collect();
        assert_eq!(
            serde_json::json!(labels),
            scenario["expected"]["labels"],
            "{path:?}"
        );
        for p in scenario["provisions"].as_array().unwrap() {
            assert!(palermo::law::rule(p.as_str().unwrap()).is_some(), "{p}");
        }
        insta::assert_snapshot!(
            format!("casebook__{}", stem(&path)),
            palermo::words::explain::explain(&a)
        );
    }
}

#[test]
fn htcds_records() {
    for path in files("examples/htcds", &["json", "csv"]) {
        let mut out = Vec::new();
        let summary = screen_input(
            fs::read(&path).unwrap().as_slice(),
            &mut out,
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(summary.invalid, 0, "{path:?}");
        let text = String::from_utf8(out).unwrap();
        let all: Vec<String> = text.lines().map(pretty).collect();
        insta::assert_snapshot!(format!("htcds__{}", stem(&path)), all.join("\n"));
    }
}

#[test]
fn explanations() {
    let text = fs::read_to_string("examples/indicators/farm-worker-debt.json").unwrap();
    let a = palermo::evaluate_input(&palermo::parse_input(&text).unwrap());
    insta::assert_snapshot!(
        "explain__farm-worker-debt",
        palermo::words::explain::explain(&a)
    );
    let text = fs::read_to_string("examples/htcds/forced-labour-fishing.json").unwrap();
    let (input, report) = palermo::io::htcds::case_from_text(&text).unwrap();
    let screened = palermo::io::htcds::screen(input, report);
    insta::assert_snapshot!(
        "explain__htcds-forced-labour-fishing",
        palermo::words::explain::explain_with(
            &screened.assessment,
            Some(&palermo::io::htcds::report_text(&screened.input_report))
        )
    );
}
