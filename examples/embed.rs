//! Embedding palermo in another program.
//!
//! Run with `cargo run --example embed --no-default-features`.
//!
//! Two ways in: build a [`Case`] in code and call [`palermo::evaluate`], or
//! hand contract v1 JSON to [`palermo::screen_json`] and get JSON back.

use palermo::assessment::ElementStatus;
use palermo::model::{Act, Case, Fact, Means, Purpose, Regularity};
use palermo::{evaluate, Flag, Verdict};

fn main() {
    // 1. A case built in code: an adult man recruited with a false promise of
    //    work, moved across a border and handed over to a boat owner who
    //    intends to make him work without pay.
    let mut case = Case::new().with_id("embed-1");
    case.person.age = Some(29);
    case.act.set(Act::Recruitment, Fact::Established);
    case.act.set(Act::Transportation, Fact::Established);
    case.act.set(Act::Transfer, Fact::Established);
    case.means.set(Means::Deception, Fact::Established);
    case.purpose.set(Purpose::ForcedLabour, Fact::Established);
    case.consent = Fact::Established; // evidence only: it never changes a finding
    case.movement.migrated = Fact::Established;
    case.movement.crossed_border = Fact::Established;
    case.movement.entry = Some(Regularity::Irregular);

    let assessment = evaluate(&case);
    println!("== {} ==", assessment.id.as_deref().unwrap_or("(no id)"));
    println!("verdict: {}", assessment.verdict);
    println!(
        "labels:  {}",
        assessment
            .labels
            .iter()
            .map(|l| l.name())
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "person:  {:?} ({})",
        assessment.person.status, assessment.person.basis
    );

    // The elements of the definition, each with the facts that made it.
    let elements = &assessment.trafficking.elements;
    println!(
        "act:     {:?} {:?}",
        elements.act.status, elements.act.facts
    );
    println!(
        "means:   {:?} {:?}",
        elements.means.status, elements.means.facts
    );
    println!(
        "purpose: {:?} {:?}",
        elements.purpose.status, elements.purpose.facts
    );
    assert_eq!(assessment.verdict, Verdict::Trafficking);
    assert_eq!(elements.means.status, ElementStatus::Established);

    // Every status has a reason citing its provision; the rule ids are stable.
    println!("reasons:");
    for reason in &assessment.reasons {
        println!("  [{}] {}: {}", reason.rule, reason.citation, reason.text);
    }
    assert!(assessment.reasons_for("tip.3b.consent").next().is_some());

    // 2. The same man, but nobody has yet asked how he was recruited: the
    //    means is missing, and the questions say what to ask.
    case.means.set(Means::Deception, Fact::NotStated);
    let open = evaluate(&case);
    println!();
    println!("without the means, verdict: {}", open.verdict);
    println!(
        "missing: {:?}",
        open.trafficking
            .missing
            .iter()
            .map(|e| e.name())
            .collect::<Vec<_>>()
    );
    println!("ask next:");
    for q in &open.next_questions {
        println!("  {}: {}", q.fact, q.why);
    }
    assert!(open
        .next_questions
        .iter()
        .any(|q| q.fact == "means.deception"));

    // The whole assessment in words, for a caseworker.
    println!();
    println!("{}", palermo::words::explain::explain(&open));

    // 3. JSON in, JSON out (contract v1): what a service or a batch job does.
    let input = r#"{
        "id": "embed-2",
        "person": { "age_estimate": { "min": 15, "max": 19 } },
        "act": { "recruitment": true },
        "purpose": { "forced_begging": true }
    }"#;
    match palermo::screen_json(input) {
        Ok(json) => println!("{json}"),
        Err(e) => eprintln!("rejected: {e}"),
    }

    // A misspelt field is an error naming its JSON path, never a silent
    // "no finding".
    let err = palermo::screen_json(r#"{"meens": {"deception": true}}"#).unwrap_err();
    println!("rejected: {err}");
    assert_eq!(err.path(), "$.meens");

    // The parsed case is an ordinary value: inspect it, then evaluate it.
    let parsed = palermo::parse_case(input).expect("valid contract v1 case");
    let presumed = evaluate(&parsed);
    assert!(presumed.has_flag(Flag::PresumedChild));
    println!(
        "embed-2: {} (flags: {:?})",
        presumed.verdict,
        presumed.flags.iter().map(|f| f.name()).collect::<Vec<_>>()
    );
}
