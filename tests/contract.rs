//! Contract v1 (`docs/CONTRACT.md`): the wire format callers rely on.
//!
//! Input: every field name of §2 is read, with the right value; unknown
//! fields and bad values are errors that name their JSON path and never
//! echo the input. Output: the field names and values of §4. Batches: one
//! output line per non-blank input line, error records in place of bad
//! lines.

use palermo::io::{parse_case, screen_ndjson, screen_ndjson_str, Limits};
use palermo::model::{
    Act, AgeRange, Case, Fact, Means, Purpose, Regularity, Relationship, RiskFactor, Vocabulary,
};
use palermo::{evaluate, screen_json};
use serde_json::{json, Value};
use std::collections::BTreeSet;

// ------------------------------------------------------------ input: §2

/// The example document of contract v1 §2, with every field name.
const CONTRACT_EXAMPLE: &str = r#"{
  "id": "optional string, echoed back unchanged",
  "person": {
    "age": 16,
    "age_estimate": { "min": 15, "max": 19 },
    "child_indicators": true,
    "vulnerable": true
  },
  "act": {
    "recruitment": true, "transportation": true, "transfer": null,
    "harbouring": false, "receipt": "suspected"
  },
  "means": {
    "threat": null, "force": null, "coercion": null, "abduction": null,
    "fraud": null, "deception": true, "abuse_of_power": null,
    "abuse_of_vulnerability": null, "payment_to_controller": null
  },
  "purpose": {
    "prostitution_of_others": null, "sexual_exploitation": null,
    "forced_labour": true, "forced_services": null, "slavery": null,
    "practices_similar_to_slavery": null, "servitude": null, "organ_removal": null,
    "forced_begging": null, "forced_criminality": null,
    "forced_marriage": null, "illegal_adoption": null
  },
  "consent": true,
  "exploitation_occurred": false,
  "movement": {
    "migrated": true,
    "crossed_border": true,
    "entry": "irregular",
    "stay": "irregular",
    "national_or_resident_of_destination": false,
    "facilitator": {
      "procured_entry": true,
      "enabled_irregular_stay": null,
      "material_benefit": true,
      "humanitarian_or_family": false,
      "relationship_after_arrival": "ended"
    },
    "fraudulent_documents": null,
    "life_endangered": null,
    "inhuman_or_degrading_treatment": null
  },
  "risk_factors": {
    "unlicensed_recruiter": true, "recruitment_fees_or_debt": null,
    "no_written_contract": null, "no_travel_documents": null,
    "documents_held_by_others": null, "dangerous_route": null,
    "no_information_on_destination": null, "labour_rights_violations": null
  },
  "asylum_claim": null,
  "offences_by_person": null
}"#;

/// Only `established` members of `set` are `Established`, every other
/// member is not stated.
fn only<V: Vocabulary>(set: &palermo::model::FactSet<V>, stated: &[(V, Fact)]) {
    for &m in V::ALL {
        let expected = stated
            .iter()
            .find(|(s, _)| *s == m)
            .map_or(Fact::NotStated, |(_, f)| *f);
        assert_eq!(set.get(m), expected, "{}", m.path());
    }
}

#[test]
fn the_contract_example_is_accepted_and_every_value_read() {
    let c = parse_case(CONTRACT_EXAMPLE).expect("the contract's own example is valid");
    assert_eq!(
        c.id.as_deref(),
        Some("optional string, echoed back unchanged")
    );
    assert_eq!(c.person.age, Some(16));
    assert_eq!(c.person.age_estimate, Some(AgeRange { min: 15, max: 19 }));
    assert_eq!(c.person.child_indicators, Fact::Established);
    assert_eq!(c.person.vulnerable, Fact::Established);
    only(
        &c.act,
        &[
            (Act::Recruitment, Fact::Established),
            (Act::Transportation, Fact::Established),
            (Act::Harbouring, Fact::RuledOut),
            (Act::Receipt, Fact::Suspected),
        ],
    );
    only(&c.means, &[(Means::Deception, Fact::Established)]);
    only(&c.purpose, &[(Purpose::ForcedLabour, Fact::Established)]);
    assert_eq!(c.consent, Fact::Established);
    assert_eq!(c.exploitation_occurred, Fact::RuledOut);
    let m = &c.movement;
    assert_eq!(m.migrated, Fact::Established);
    assert_eq!(m.crossed_border, Fact::Established);
    assert_eq!(m.entry, Some(Regularity::Irregular));
    assert_eq!(m.stay, Some(Regularity::Irregular));
    assert_eq!(m.national_or_resident_of_destination, Fact::RuledOut);
    assert_eq!(m.facilitator.procured_entry, Fact::Established);
    assert_eq!(m.facilitator.enabled_irregular_stay, Fact::NotStated);
    assert_eq!(m.facilitator.material_benefit, Fact::Established);
    assert_eq!(m.facilitator.humanitarian_or_family, Fact::RuledOut);
    assert_eq!(
        m.facilitator.relationship_after_arrival,
        Some(Relationship::Ended)
    );
    assert_eq!(m.fraudulent_documents, Fact::NotStated);
    assert_eq!(m.life_endangered, Fact::NotStated);
    assert_eq!(m.inhuman_or_degrading_treatment, Fact::NotStated);
    only(
        &c.risk_factors,
        &[(RiskFactor::UnlicensedRecruiter, Fact::Established)],
    );
    assert_eq!(c.asylum_claim, Fact::NotStated);
    assert_eq!(c.offences_by_person, Fact::NotStated);
}

/// Each member of each group is read into its own slot, and nothing else.
#[test]
fn every_group_member_is_read_into_its_own_slot() {
    fn check<V: Vocabulary>(field: fn(&mut Case) -> &mut palermo::model::FactSet<V>) {
        for &m in V::ALL {
            let text = format!("{{\"{}\": {{\"{}\": true}}}}", V::GROUP, m.name());
            let mut c = parse_case(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            only(field(&mut c), &[(m, Fact::Established)]);
            let mut expected = Case::new();
            field(&mut expected).set(m, Fact::Established);
            assert_eq!(c, expected, "{text}");
        }
    }
    check::<Act>(|c| &mut c.act);
    check::<Means>(|c| &mut c.means);
    check::<Purpose>(|c| &mut c.purpose);
    check::<RiskFactor>(|c| &mut c.risk_factors);
}

/// Each single fact is read into its own field, and nothing else.
#[test]
fn every_single_fact_is_read_into_its_own_field() {
    type Field = fn(&mut Case) -> &mut Fact;
    let fields: &[(&str, Field)] = &[
        (r#"{"person": {"child_indicators": X}}"#, |c| {
            &mut c.person.child_indicators
        }),
        (r#"{"person": {"vulnerable": X}}"#, |c| {
            &mut c.person.vulnerable
        }),
        (r#"{"consent": X}"#, |c| &mut c.consent),
        (r#"{"exploitation_occurred": X}"#, |c| {
            &mut c.exploitation_occurred
        }),
        (r#"{"movement": {"migrated": X}}"#, |c| {
            &mut c.movement.migrated
        }),
        (r#"{"movement": {"crossed_border": X}}"#, |c| {
            &mut c.movement.crossed_border
        }),
        (
            r#"{"movement": {"national_or_resident_of_destination": X}}"#,
            |c| &mut c.movement.national_or_resident_of_destination,
        ),
        (
            r#"{"movement": {"facilitator": {"procured_entry": X}}}"#,
            |c| &mut c.movement.facilitator.procured_entry,
        ),
        (
            r#"{"movement": {"facilitator": {"enabled_irregular_stay": X}}}"#,
            |c| &mut c.movement.facilitator.enabled_irregular_stay,
        ),
        (
            r#"{"movement": {"facilitator": {"material_benefit": X}}}"#,
            |c| &mut c.movement.facilitator.material_benefit,
        ),
        (
            r#"{"movement": {"facilitator": {"humanitarian_or_family": X}}}"#,
            |c| &mut c.movement.facilitator.humanitarian_or_family,
        ),
        (r#"{"movement": {"fraudulent_documents": X}}"#, |c| {
            &mut c.movement.fraudulent_documents
        }),
        (r#"{"movement": {"life_endangered": X}}"#, |c| {
            &mut c.movement.life_endangered
        }),
        (
            r#"{"movement": {"inhuman_or_degrading_treatment": X}}"#,
            |c| &mut c.movement.inhuman_or_degrading_treatment,
        ),
        (r#"{"asylum_claim": X}"#, |c| &mut c.asylum_claim),
        (r#"{"offences_by_person": X}"#, |c| {
            &mut c.offences_by_person
        }),
    ];
    for (template, get) in fields {
        for (value, fact) in [
            ("true", Fact::Established),
            ("\"suspected\"", Fact::Suspected),
            ("false", Fact::RuledOut),
            ("null", Fact::NotStated),
        ] {
            let text = template.replace('X', value);
            let c = parse_case(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            // This field has the value, and nothing else was touched.
            let mut expected = Case::new();
            *get(&mut expected) = fact;
            assert_eq!(c, expected, "{text}");
        }
    }
}

#[test]
fn synonyms_yes_no_unknown_are_accepted() {
    let c = parse_case(
        r#"{"act": {"recruitment": "yes", "transfer": "no", "receipt": "unknown"},
            "consent": "no", "asylum_claim": "yes", "offences_by_person": "unknown",
            "person": {"vulnerable": "yes", "child_indicators": "no"},
            "movement": {"crossed_border": "yes",
                         "facilitator": {"material_benefit": "no", "procured_entry": "yes"}},
            "risk_factors": {"dangerous_route": "yes"}}"#,
    )
    .expect("synonyms are valid");
    only(
        &c.act,
        &[
            (Act::Recruitment, Fact::Established),
            (Act::Transfer, Fact::RuledOut),
        ],
    );
    assert_eq!(c.consent, Fact::RuledOut);
    assert_eq!(c.asylum_claim, Fact::Established);
    assert_eq!(c.offences_by_person, Fact::NotStated);
    assert_eq!(c.person.vulnerable, Fact::Established);
    assert_eq!(c.person.child_indicators, Fact::RuledOut);
    assert_eq!(c.movement.crossed_border, Fact::Established);
    assert_eq!(c.movement.facilitator.material_benefit, Fact::RuledOut);
    assert_eq!(c.movement.facilitator.procured_entry, Fact::Established);
    only(
        &c.risk_factors,
        &[(RiskFactor::DangerousRoute, Fact::Established)],
    );
    // The synonyms decide exactly as the canonical values.
    let canonical = parse_case(
        r#"{"act": {"recruitment": true, "transfer": false},
            "consent": false, "asylum_claim": true,
            "person": {"vulnerable": true, "child_indicators": false},
            "movement": {"crossed_border": true,
                         "facilitator": {"material_benefit": false, "procured_entry": true}},
            "risk_factors": {"dangerous_route": true}}"#,
    )
    .expect("valid");
    assert_eq!(c, canonical);
}

#[test]
fn every_field_is_optional_and_null_objects_are_absent() {
    assert_eq!(parse_case("{}").expect("empty case"), Case::new());
    let c = parse_case(
        r#"{"id": null, "person": null, "act": null, "means": null, "purpose": null,
            "movement": {"facilitator": null, "entry": null, "stay": null},
            "risk_factors": null}"#,
    )
    .expect("nulls are valid");
    assert_eq!(c, Case::new());
    let c = parse_case(r#"{"person": {"age": null, "age_estimate": null}}"#).expect("valid");
    assert_eq!(c, Case::new());
    // A field given twice is an error, never "the last one wins".
    let err = parse_case(r#"{"person": null, "person": {"age": 15}}"#).unwrap_err();
    assert_eq!(err.path(), "$.person");
    assert!(err.to_string().contains("duplicate field"));
}

#[test]
fn the_values_of_entry_stay_and_relationship() {
    for (value, expected) in [
        ("\"regular\"", Some(Regularity::Regular)),
        ("\"irregular\"", Some(Regularity::Irregular)),
        ("null", None),
    ] {
        let c = parse_case(&format!(
            r#"{{"movement": {{"entry": {value}, "stay": {value}}}}}"#
        ))
        .expect("valid");
        assert_eq!(c.movement.entry, expected);
        assert_eq!(c.movement.stay, expected);
    }
    for (value, expected) in [
        ("\"ended\"", Some(Relationship::Ended)),
        ("\"continued\"", Some(Relationship::Continued)),
        ("null", None),
    ] {
        let c = parse_case(&format!(
            r#"{{"movement": {{"facilitator": {{"relationship_after_arrival": {value}}}}}}}"#
        ))
        .expect("valid");
        assert_eq!(c.movement.facilitator.relationship_after_arrival, expected);
    }
    // Ages at the edges.
    for age in [0u8, 17, 18, 130] {
        let c = parse_case(&format!(r#"{{"person": {{"age": {age}}}}}"#)).expect("valid");
        assert_eq!(c.person.age, Some(age));
    }
    let c = parse_case(r#"{"person": {"age_estimate": {"min": 17, "max": 17}}}"#).expect("valid");
    assert_eq!(c.person.age_estimate, Some(AgeRange { min: 17, max: 17 }));
}

// ------------------------------------------------------------ errors

fn error(text: &str) -> palermo::Error {
    match parse_case(text) {
        Ok(c) => panic!("accepted {text}: {c:?}"),
        Err(e) => e,
    }
}

fn names<V: Vocabulary>() -> Vec<&'static str> {
    V::ALL.iter().map(|m| m.name()).collect()
}

#[test]
fn a_misspelt_field_fails_with_its_path_and_the_expected_names() {
    let cases: Vec<(&str, &str, Vec<&str>)> = vec![
        (
            r#"{"meens": {"deception": true}}"#,
            "$.meens",
            palermo::io::CASE_FIELDS.to_vec(),
        ),
        (
            r#"{"means": {"decepton": true}}"#,
            "$.means.decepton",
            names::<Means>(),
        ),
        (
            r#"{"act": {"recruitmnet": true}}"#,
            "$.act.recruitmnet",
            names::<Act>(),
        ),
        (
            r#"{"purpose": {"forced_labor": true}}"#,
            "$.purpose.forced_labor",
            names::<Purpose>(),
        ),
        (
            r#"{"risk_factors": {"unlicenced_recruiter": true}}"#,
            "$.risk_factors.unlicenced_recruiter",
            names::<RiskFactor>(),
        ),
        (
            r#"{"person": {"agee": 16}}"#,
            "$.person.agee",
            vec!["age", "age_estimate", "child_indicators", "vulnerable"],
        ),
        (
            r#"{"person": {"age_estimate": {"minimum": 15, "max": 19}}}"#,
            // Not a likely misspelling of `min`: the key is not repeated.
            "$.person.age_estimate[unknown key]",
            vec!["min", "max"],
        ),
        (
            r#"{"movement": {"crossed_borders": true}}"#,
            "$.movement.crossed_borders",
            vec![
                "migrated",
                "crossed_border",
                "entry",
                "stay",
                "national_or_resident_of_destination",
                "facilitator",
                "fraudulent_documents",
                "life_endangered",
                "inhuman_or_degrading_treatment",
            ],
        ),
        (
            r#"{"movement": {"facilitator": {"procured_entri": true}}}"#,
            "$.movement.facilitator.procured_entri",
            vec![
                "procured_entry",
                "enabled_irregular_stay",
                "material_benefit",
                "humanitarian_or_family",
                "relationship_after_arrival",
            ],
        ),
    ];
    for (text, path, expected) in cases {
        let e = error(text);
        assert_eq!(e.path(), path, "{text}");
        let message = e.message();
        assert!(message.starts_with("unknown field"), "{message}");
        for name in expected {
            assert!(message.contains(name), "{path}: {name} not in {message}");
        }
        assert_eq!(e.to_string(), format!("{path}: {message}"));
        // The screening interface reports the same error.
        assert_eq!(screen_json(text).unwrap_err(), e);
    }
}

#[test]
fn bad_values_fail_with_their_path() {
    let cases = [
        (r#"{"person": {"age": 131}}"#, "$.person.age"),
        (r#"{"person": {"age": 16.5}}"#, "$.person.age"),
        (r#"{"person": {"age": "16"}}"#, "$.person.age"),
        (r#"{"person": {"age": -1}}"#, "$.person.age"),
        (r#"{"person": {"age": true}}"#, "$.person.age"),
        (r#"{"person": {"age": 1e3}}"#, "$.person.age"),
        (r#"{"movement": {"entry": "illegal"}}"#, "$.movement.entry"),
        (r#"{"movement": {"stay": true}}"#, "$.movement.stay"),
        (
            r#"{"movement": {"facilitator": {"relationship_after_arrival": "over"}}}"#,
            "$.movement.facilitator.relationship_after_arrival",
        ),
        (r#"{"means": {"deception": "maybe"}}"#, "$.means.deception"),
        (r#"{"means": {"deception": 1}}"#, "$.means.deception"),
        (r#"{"consent": "yess"}"#, "$.consent"),
        (r#"{"consent": []}"#, "$.consent"),
        (
            r#"{"movement": {"facilitator": {"material_benefit": "maybe"}}}"#,
            "$.movement.facilitator.material_benefit",
        ),
        (
            r#"{"person": {"age_estimate": {"min": 19, "max": 15}}}"#,
            "$.person.age_estimate",
        ),
        (
            r#"{"person": {"age_estimate": {"min": 15}}}"#,
            "$.person.age_estimate.max",
        ),
        (
            r#"{"person": {"age_estimate": {"max": 15}}}"#,
            "$.person.age_estimate.min",
        ),
        (
            r#"{"person": {"age_estimate": {"min": 15, "max": 200}}}"#,
            "$.person.age_estimate.max",
        ),
        (
            r#"{"person": {"age_estimate": [15, 19]}}"#,
            "$.person.age_estimate",
        ),
        (r#"{"means": [true]}"#, "$.means"),
        (r#"{"movement": "by boat"}"#, "$.movement"),
        (r#"{"id": 7}"#, "$.id"),
        (r#"[]"#, "$"),
        (r#""a case""#, "$"),
        (r#"{"id": "x""#, "$"),
        (r#"{"id": "x"} {"id": "y"}"#, "$"),
        ("", "$"),
    ];
    for (text, path) in cases {
        let e = error(text);
        assert_eq!(e.path(), path, "{text}: {e}");
        assert!(!e.message().is_empty());
    }
    // The messages say what was expected.
    assert!(error(r#"{"person": {"age": 131}}"#)
        .message()
        .contains("0 to 130"));
    assert!(error(r#"{"person": {"age": 16.5}}"#)
        .message()
        .contains("fraction"));
    assert!(error(r#"{"movement": {"entry": "illegal"}}"#)
        .message()
        .contains("\"regular\", \"irregular\""));
    assert!(error(r#"{"means": {"deception": "maybe"}}"#)
        .message()
        .contains("\"suspected\""));
    assert!(
        error(r#"{"person": {"age_estimate": {"min": 19, "max": 15}}}"#)
            .message()
            .contains("min must not be greater than max")
    );
}

#[test]
fn error_messages_never_echo_input_values() {
    let secret = "SECRET-TEXT";
    let documents = [
        format!(r#"{{"means": {{"deception": "{secret}"}}}}"#),
        format!(r#"{{"consent": "{secret}"}}"#),
        format!(r#"{{"movement": {{"entry": "{secret}"}}}}"#),
        format!(
            r#"{{"movement": {{"facilitator": {{"relationship_after_arrival": "{secret}"}}}}}}"#
        ),
        format!(r#"{{"person": {{"age": "{secret}"}}}}"#),
        format!(r#"{{"person": {{"age_estimate": {{"min": "{secret}", "max": 3}}}}}}"#),
        format!(r#"{{"movement": "{secret}"}}"#),
        format!(r#"{{"id": ["{secret}"]}}"#),
        format!(r#""{secret}""#),
        format!(r#"{{"id": "{secret}" "means": {{}}}}"#),
        format!(r#"{{"id": "{secret}", "meens": {{}}}}"#),
        format!(r#"{{"means": {{"deception": "{secret}\u0001"}}}}"#),
        format!(r#"{{"means": {{"deception": {secret}}}}}"#),
    ];
    for text in &documents {
        let e = error(text);
        assert!(!e.to_string().contains(secret), "{text} -> {e}");
        assert!(!e.to_string().contains("SECRET"), "{text} -> {e}");
        // Nor in a batch's error record, beyond the id it is allowed to echo.
        let (out, _) = screen_ndjson_str(&format!("{text}\n"));
        let record: Value = serde_json::from_str(out.trim()).expect("an error record");
        let error = record["error"].to_string();
        assert!(!error.contains("SECRET"), "{text} -> {out}");
    }
}

// ------------------------------------------------------------ output: §4

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

const LEVELS: &[&str] = &["established", "suspected", "not_established"];

/// Top-level output fields added to contract v1 by this crate (documented in
/// `docs/CONTRACT.md` and the CHANGELOG).
const ADDITIONS: &[&str] = &["warnings", "profile", "provenance"];

#[test]
fn output_field_names_are_the_contract_names() {
    // A presumed child, possibly trafficked (revision 2: the presumption
    // gives at most suspected, and the means keeps its own status), with
    // questions, flags and a warning-free age.
    let text = r#"{"id": "case-§4", "person": {"child_indicators": true},
        "act": {"recruitment": true}, "purpose": {"forced_begging": true},
        "means": {"deception": "suspected"},
        "movement": {"crossed_border": false, "migrated": true},
        "asylum_claim": "suspected", "offences_by_person": true}"#;
    let out: Value = serde_json::from_str(&screen_json(text).expect("valid")).expect("JSON");
    let contract = set(&[
        "contract",
        "engine",
        "id",
        "verdict",
        "labels",
        "person",
        "trafficking",
        "smuggling",
        "irregular_migration",
        "unsafe_migration",
        "flags",
        "reasons",
        "next_questions",
    ]);
    let top = keys(&out);
    assert!(top.is_superset(&contract), "{top:?}");
    let extra: Vec<&&str> = top.difference(&contract).collect();
    // Additions the contract allows must be documented in docs/CONTRACT.md.
    let readme = include_str!("../docs/CONTRACT.md");
    for key in &extra {
        assert!(
            ADDITIONS.contains(*key) && readme.contains(&format!("`{key}`")),
            "undocumented field {key}"
        );
    }

    assert_eq!(out["contract"], "palermo/1");
    assert!(out["engine"]
        .as_str()
        .is_some_and(|e| e.starts_with("palermo ")));
    assert_eq!(out["id"], "case-§4");
    assert_eq!(out["verdict"], "possible_trafficking");
    assert_eq!(out["labels"], json!(["possible_trafficking"]));
    assert_eq!(keys(&out["person"]), set(&["status", "basis"]));
    assert_eq!(out["person"]["status"], "presumed_child");
    assert!(out["person"]["basis"].is_string());

    let t = &out["trafficking"];
    assert_eq!(keys(t), set(&["status", "elements", "missing"]));
    assert_eq!(t["status"], "suspected");
    assert_eq!(keys(&t["elements"]), set(&["act", "means", "purpose"]));
    for element in ["act", "means", "purpose"] {
        assert_eq!(
            keys(&t["elements"][element]),
            set(&["status", "facts"]),
            "{element}"
        );
    }
    assert_eq!(
        t["elements"]["act"],
        json!({"status": "established", "facts": ["recruitment"]})
    );
    assert_eq!(
        t["elements"]["means"],
        // Revision 2: a presumed child's means keeps its own status.
        json!({"status": "suspected", "facts": ["deception"]})
    );
    assert_eq!(
        t["elements"]["purpose"],
        json!({"status": "established", "facts": ["forced_begging"]})
    );
    assert_eq!(t["missing"], json!(["means"]));

    assert_eq!(
        keys(&out["smuggling"]),
        set(&["status", "aggravated", "attempted"])
    );
    assert_eq!(out["smuggling"]["status"], "not_established");
    assert_eq!(out["smuggling"]["aggravated"], false);
    assert_eq!(
        out["irregular_migration"],
        json!({"status": "not_established"})
    );
    assert_eq!(
        out["unsafe_migration"],
        json!({"status": "not_established"})
    );
    assert_eq!(
        out["flags"],
        json!([
            "presumed_child",
            "internal_trafficking",
            "asylum_referral",
            "non_punishment",
            "purpose_by_interpretation"
        ])
    );
    let reasons = out["reasons"].as_array().expect("reasons");
    assert!(!reasons.is_empty());
    for r in reasons {
        assert_eq!(keys(r), set(&["rule", "citation", "text"]));
    }
    assert!(reasons
        .iter()
        .any(|r| r["rule"] == "tip.3c.child" && r["citation"] == "Trafficking Protocol art. 3(c)"));
    let questions = out["next_questions"].as_array().expect("questions");
    assert!(!questions.is_empty());
    for q in questions {
        assert_eq!(keys(q), set(&["fact", "question", "why"]));
        // Revision 2: the question in plain words, never a field name.
        let asked = q["question"].as_str().expect("question");
        assert!(asked.ends_with('?') && !asked.contains('.'), "{asked}");
    }
    // The premise to verify is asked.
    assert!(
        questions.iter().any(|q| q["fact"] == "person.age"),
        "{questions:?}"
    );
}

#[test]
fn output_values_are_the_contract_values() {
    // Missing elements, smuggling aggravated, suspected elements.
    let text = r#"{"person": {"age": 30},
        "act": {"transportation": "suspected"}, "purpose": {"forced_labour": "suspected"},
        "movement": {"migrated": true, "crossed_border": true, "entry": "irregular",
                     "facilitator": {"procured_entry": true, "material_benefit": true},
                     "life_endangered": true},
        "risk_factors": {"dangerous_route": true}}"#;
    let out: Value = serde_json::from_str(&screen_json(text).expect("valid")).expect("JSON");
    assert!(
        out.get("id").is_none() || out["id"].is_null(),
        "no id in, no id out"
    );
    assert_eq!(out["verdict"], "smuggling");
    assert_eq!(
        out["labels"],
        json!(["smuggling", "unsafe_migration", "irregular_migration"])
    );
    assert_eq!(out["person"]["status"], "adult");
    let t = &out["trafficking"];
    assert_eq!(t["status"], "not_established");
    assert_eq!(
        t["elements"]["act"],
        json!({"status": "suspected", "facts": ["transportation"]})
    );
    assert_eq!(
        t["elements"]["means"],
        json!({"status": "not_established", "facts": []})
    );
    assert_eq!(t["missing"], json!(["act", "means", "purpose"]));
    assert_eq!(
        out["smuggling"],
        json!({"status": "established", "aggravated": true, "attempted": false})
    );
    assert_eq!(out["irregular_migration"]["status"], "established");
    assert_eq!(out["unsafe_migration"]["status"], "established");
    assert_eq!(out["flags"], json!(["aggravated_smuggling"]));
    for q in out["next_questions"].as_array().expect("questions") {
        let fact = q["fact"].as_str().expect("a fact path");
        assert!(fact.contains('.'), "{fact}");
        assert!(q["why"].as_str().is_some_and(|w| !w.is_empty()));
    }
    for status in [&t["status"], &out["smuggling"]["status"]] {
        assert!(LEVELS.contains(&status.as_str().expect("a string")));
    }

    // Suspected trafficking is possible_trafficking; nothing is no_finding.
    let out: Value = serde_json::from_str(
        &screen_json(
            r#"{"act": {"receipt": true}, "means": {"threat": "suspected"},
                "purpose": {"slavery": true}}"#,
        )
        .expect("valid"),
    )
    .expect("JSON");
    assert_eq!(out["verdict"], "possible_trafficking");
    assert_eq!(out["trafficking"]["status"], "suspected");
    assert_eq!(out["person"]["status"], "unknown");
    let out: Value = serde_json::from_str(&screen_json("{}").expect("valid")).expect("JSON");
    assert_eq!(out["verdict"], "no_finding");
    assert_eq!(out["labels"], json!(["no_finding"]));
    assert_eq!(out["person"]["status"], "unknown");
}

#[test]
fn the_id_is_echoed_unchanged() {
    for id in [
        "",
        "a b",
        "quote \" and \\ backslash",
        "ünïcødé ✓",
        "line\nbreak",
    ] {
        let text = json!({ "id": id }).to_string();
        let out: Value = serde_json::from_str(&screen_json(&text).expect("valid")).expect("JSON");
        assert_eq!(out["id"], id);
        assert_eq!(
            evaluate(&parse_case(&text).expect("valid")).id.as_deref(),
            Some(id)
        );
    }
}

// ------------------------------------------------------------ batches

#[test]
fn ndjson_one_line_out_per_line_in_errors_in_place() {
    let input = concat!(
        "{\"id\": \"one\", \"person\": {\"age\": 12}, \"act\": {\"recruitment\": true}, \"purpose\": {\"forced_labour\": true}}\n",
        "\n",
        "{\"id\": \"three\", \"means\": {\"decepton\": true}}\n",
        "   \t \n",
        "{\"id\": \"five\", \"means\": \n",
        "{\"means\": {\"deception\": \"SECRET-TEXT\"}}\n",
        "{\"id\": \"seven\"}\r\n",
        "{\"id\": 8, \"meens\": {}}\n",
    );
    let (out, summary) = screen_ndjson_str(input);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(summary.screened, 2);
    assert_eq!(summary.invalid, 4);

    assert_eq!(lines[0]["id"], "one");
    assert_eq!(lines[0]["verdict"], "trafficking");

    let e = &lines[1];
    assert_eq!(keys(e), set(&["contract", "id", "error"]));
    assert_eq!(e["contract"], "palermo/1");
    assert_eq!(e["id"], "three");
    assert_eq!(keys(&e["error"]), set(&["line", "path", "message"]));
    assert_eq!(e["error"]["line"], 3);
    assert_eq!(e["error"]["path"], "$.means.decepton");
    assert!(e["error"]["message"]
        .as_str()
        .is_some_and(|m| m.starts_with("unknown field")));

    // Not JSON: no id can be read.
    let e = &lines[2];
    assert_eq!(e["error"]["line"], 5);
    assert_eq!(e["error"]["path"], "$");
    assert!(e.get("id").is_none(), "{e}");

    // A bad value, no id.
    let e = &lines[3];
    assert_eq!(e["error"]["line"], 6);
    assert_eq!(e["error"]["path"], "$.means.deception");
    assert!(e.get("id").is_none());
    assert!(!e.to_string().contains("SECRET"));

    // CRLF is accepted.
    assert_eq!(lines[4]["id"], "seven");
    assert_eq!(lines[4]["verdict"], "no_finding");

    // An id that is not a string is not echoed.
    let e = &lines[5];
    assert_eq!(e["error"]["line"], 8);
    assert!(e.get("id").is_none());
}

#[test]
fn ndjson_over_reader_and_writer_with_limits() {
    let big = format!("{{\"id\": \"big\", \"pad\": \"{}\"}}", "x".repeat(500));
    let input = format!("{{\"id\": \"a\"}}\n{big}\n{{\"id\": \"c\"}}");
    let mut out = Vec::new();
    let limits = Limits::default().with_max_record_bytes(100);
    let summary = screen_ndjson(input.as_bytes(), &mut out, &limits).expect("no I/O error");
    let out = String::from_utf8(out).expect("UTF-8");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(summary.screened, 2);
    assert_eq!(summary.invalid, 1);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["error"]["line"], 2);
    assert_eq!(lines[1]["error"]["path"], "$");
    assert_eq!(lines[2]["id"], "c", "the last line needs no newline");
    assert!(out.ends_with('\n'));

    // Empty input, empty output.
    let (out, summary) = screen_ndjson_str("\n\n");
    assert!(out.is_empty());
    assert_eq!((summary.screened, summary.invalid), (0, 0));
}

/// The input schema is the reader's: every fact the model has, with a title
/// and a question for a form, and nothing else.
#[test]
fn the_input_schema_describes_every_fact_and_only_those() {
    use palermo::model::Field;
    fn paths(prefix: &str, schema: &serde_json::Value, out: &mut Vec<(String, serde_json::Value)>) {
        if let Some(props) = schema["properties"].as_object() {
            for (k, v) in props {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                if v["properties"].is_object()
                    && !["indicators", "person.age_estimate"].contains(&path.as_str())
                {
                    paths(&path, v, out);
                } else {
                    out.push((path, v.clone()));
                }
            }
        }
    }
    let schema = palermo::io::schema::input();
    let mut found = Vec::new();
    paths("", &schema, &mut found);
    let mut names: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    names.sort_unstable();
    let mut expected: Vec<&str> = Field::all().map(Field::path).collect();
    expected.extend(["id", "profile", "indicators"]);
    expected.sort_unstable();
    assert_eq!(names, expected);
    for (path, s) in &found {
        let title = s["title"].as_str().unwrap_or_default();
        let description = s["description"].as_str().unwrap_or_default();
        assert!(!title.is_empty(), "{path} has no title");
        assert!(!description.is_empty(), "{path} has no description");
        assert!(
            !title.contains('_') && !description.contains("_"),
            "{path}: a field name in words meant for people"
        );
        if Field::from_path(path).is_some() {
            assert!(
                description.ends_with('?'),
                "{path}: the description is the question that settles it"
            );
        }
    }
    // Every example's keys are in the schema.
    fn keys(prefix: &str, v: &serde_json::Value, out: &mut Vec<String>) {
        if let Some(map) = v.as_object() {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                if v.is_object() && !["indicators", "person.age_estimate"].contains(&path.as_str())
                {
                    keys(&path, v, out);
                } else {
                    out.push(path);
                }
            }
        }
    }
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases")).unwrap()
    {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut ks = Vec::new();
        keys("", &value, &mut ks);
        for k in ks {
            assert!(
                names.contains(&k.as_str()),
                "{k} is read but not in the schema"
            );
        }
    }
}

/// A misspelt field name gets the nearest of the contract's names; a name
/// like none of them gets none. The message never repeats the input key.
#[test]
fn a_misspelt_field_gets_a_suggestion() {
    for (input, path, nearest) in [
        (
            r#"{"purpose":{"forced_labor":true}}"#,
            "$.purpose.forced_labor",
            Some("forced_labour"),
        ),
        (
            r#"{"means":{"decepton":true}}"#,
            "$.means.decepton",
            Some("deception"),
        ),
        (r#"{"meens":{}}"#, "$.meens", Some("means")),
        (r#"{"means":{"zzz":true}}"#, "$.means[unknown key]", None),
    ] {
        let e = palermo::parse_input(input).expect_err("an unknown field");
        assert_eq!(e.path(), path);
        let message = e.message();
        match nearest {
            Some(name) => assert!(
                message.starts_with(&format!(
                    "unknown field; did you mean `{name}`? expected one of"
                )),
                "{message}"
            ),
            None => assert!(
                message.starts_with("unknown field; expected one of"),
                "{message}"
            ),
        }
        let key = path.rsplit('.').next().unwrap();
        assert!(
            !message.contains(key) || nearest.is_some_and(|n| n.contains(key)),
            "{message}"
        );
    }
}

/// Fact words in any letter case, the same in both readers.
#[test]
fn fact_words_in_any_letter_case() {
    for (word, fact) in [
        ("Yes", palermo::Fact::Established),
        ("NO", palermo::Fact::RuledOut),
        ("TRUE", palermo::Fact::Established),
        ("False", palermo::Fact::RuledOut),
        ("Suspected", palermo::Fact::Suspected),
        ("UNKNOWN", palermo::Fact::NotStated),
    ] {
        let text = format!(r#"{{"means":{{"deception":"{word}"}}}}"#);
        let case = palermo::parse_case(&text).expect("a fact word");
        assert_eq!(
            case.means.get(palermo::model::Means::Deception),
            fact,
            "{word}"
        );
        let (out, summary) = palermo::io::screen_ndjson_str(&format!("{text}\n"));
        assert_eq!(summary.invalid, 0, "{out}");
    }
    assert!(palermo::parse_case(r#"{"means":{"deception":"yep"}}"#).is_err());
}

/// The words of `entry`, `stay` and `relationship_after_arrival` are read
/// as the words of a fact are: in any letter case, and `"unknown"` is not
/// stated; a suspected value has no word, and is an error naming the path,
/// never the value. (A profile is named as the contract names it: see
/// `an_unknown_profile_is_an_error_naming_the_path_and_the_profiles`.)
#[test]
fn choice_words_in_any_letter_case() {
    use palermo::model::{Regularity, Relationship};
    let text = r#"{"movement":{"entry":"Irregular","stay":"UNKNOWN","facilitator":{"relationship_after_arrival":"Continued"}}}"#;
    let case = palermo::parse_case(text).expect("choice words");
    assert_eq!(case.movement.entry, Some(Regularity::Irregular));
    assert_eq!(case.movement.stay, None);
    assert_eq!(
        case.movement.facilitator.relationship_after_arrival,
        Some(Relationship::Continued)
    );
    let (out, summary) = palermo::io::screen_ndjson_str(&format!("{text}\n"));
    assert_eq!(summary.invalid, 0, "{out}");
    for (bad, value, path) in [
        (
            r#"{"movement":{"entry":"suspected"}}"#,
            "suspected",
            "$.movement.entry",
        ),
        (
            r#"{"movement":{"stay":"irregularly"}}"#,
            "irregularly",
            "$.movement.stay",
        ),
        (r#"{"profile":"unknown"}"#, "unknown", "$.profile"),
    ] {
        let err = palermo::parse_input(bad).expect_err(bad).to_string();
        assert!(err.contains(path), "{err}");
        assert!(!err.contains(value), "{err}");
    }
}

/// Issue "the front door", errors that help: every error of a record is
/// reported at once where the reader can go on: the first is the record's
/// `error`, the rest are in `errors`, each with its path and never an input
/// value; a record with one error has no `errors`.
#[test]
fn every_error_of_a_record_is_reported_at_once() {
    let text = r#"{"id":"e1","means":{"decepton":true,"force":"maybe"},"purpose":{"forced_labor":true},"person":{"age":300}}"#;
    let line = match palermo::io::screen_record(text, 1, &palermo::io::Limits::default()) {
        palermo::io::Outcome::Invalid(line) => line,
        other => panic!("screened: {}", other.line()),
    };
    let record: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(record["error"]["path"], "$.means.decepton");
    let paths: Vec<&str> = record["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 3, "{line}");
    for path in ["$.means.force", "$.person.age", "$.purpose.forced_labor"] {
        assert!(paths.contains(&path), "{path} in {line}");
    }
    assert!(!line.contains("maybe") && !line.contains("300"), "{line}");
    // One error: no `errors`.
    let one = r#"{"id":"e2","means":{"decepton":true}}"#;
    let line = palermo::io::screen_record(one, 1, &palermo::io::Limits::default());
    assert!(!line.line().contains("\"errors\""), "{}", line.line());
}

/// The `errors` of a record of one line: the paths of `error` and of every
/// entry of `errors`, in order, and the line.
fn error_paths(text: &str) -> (Vec<String>, String) {
    let line = match palermo::io::screen_record(text, 1, &palermo::io::Limits::default()) {
        palermo::io::Outcome::Invalid(line) => line,
        other => panic!("screened: {}", other.line()),
    };
    let record: Value = serde_json::from_str(&line).unwrap();
    let mut paths = vec![record["error"]["path"].as_str().unwrap().to_string()];
    for e in record["errors"].as_array().into_iter().flatten() {
        paths.push(e["path"].as_str().unwrap().to_string());
    }
    (paths, line)
}

/// An error inside `indicators` does not stop the collection: the other
/// indicators, and the fields after them, are read too, each error with its
/// path and never the value found.
#[test]
fn errors_in_indicators_are_all_reported_with_the_rest_of_the_record() {
    let (paths, line) = error_paths(
        r#"{"id":"m3","indicators":{"coercion_at_destination.debt_bondage":"xval"},"means":{"force":"yval"}}"#,
    );
    assert_eq!(
        paths,
        [
            r#"$.indicators["coercion_at_destination.debt_bondage"]"#,
            "$.means.force"
        ],
        "{line}"
    );
    assert!(!line.contains("xval") && !line.contains("yval"), "{line}");

    // Two bad values.
    let (paths, line) = error_paths(
        r#"{"id":"m4","indicators":{"coercion_at_destination.debt_bondage":"xval","coercion_at_destination.confiscation_of_documents":"yval"}}"#,
    );
    assert_eq!(paths.len(), 2, "{line}");
    for path in [
        r#"$.indicators["coercion_at_destination.debt_bondage"]"#,
        r#"$.indicators["coercion_at_destination.confiscation_of_documents"]"#,
    ] {
        assert!(paths.iter().any(|p| p == path), "{path} in {line}");
    }
    assert!(!line.contains("xval") && !line.contains("yval"), "{line}");

    // Two unknown ids (a likely misspelling named in its path, the other
    // not), then a bad value after them.
    let (paths, line) = error_paths(
        r#"{"id":"m5","indicators":{"coercion_at_destination.debt_bondag":true,"deceptive_recruitment.nothing":false},"purpose":{"forced_labour":"zval"}}"#,
    );
    assert_eq!(paths.len(), 3, "{line}");
    for path in [
        r#"$.indicators["coercion_at_destination.debt_bondag"]"#,
        "$.indicators[unknown key]",
        "$.purpose.forced_labour",
    ] {
        assert!(paths.iter().any(|p| p == path), "{path} in {line}");
    }
    assert!(!line.contains("zval"), "{line}");

    // A repeated id is still an error, and the record's other errors follow.
    let (paths, line) = error_paths(
        r#"{"id":"m6","indicators":{"coercion_at_destination.debt_bondage":true,"coercion_at_destination.debt_bondage":false},"means":{"force":"yval"}}"#,
    );
    assert_eq!(
        paths,
        [
            r#"$.indicators["coercion_at_destination.debt_bondage"]"#,
            "$.means.force"
        ],
        "{line}"
    );
    let record: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(record["error"]["message"], "duplicate field");
    assert!(!line.contains("yval"), "{line}");

    // `indicators` itself of the wrong kind, then a bad value after it.
    let (paths, line) = error_paths(r#"{"id":"m7","indicators":"wval","means":{"force":"yval"}}"#);
    assert_eq!(paths, ["$.indicators", "$.means.force"], "{line}");
    assert!(!line.contains("wval") && !line.contains("yval"), "{line}");

    // A key not repeated in its path is set aside as well.
    let long = "an unknown key with spaces, longer than 32 characters";
    let (paths, line) = error_paths(&format!(
        r#"{{"id":"m8","means":{{"{long}":true}},"purpose":{{"forced_labour":"yval"}}}}"#
    ));
    assert_eq!(
        paths,
        [
            "$.means[unknown key]".to_string(),
            "$.purpose.forced_labour".to_string()
        ],
        "{line}"
    );
    assert!(!line.contains(long) && !line.contains("yval"), "{line}");
}

/// A whole number written as a float is read by its value, as the HTCDS
/// reader reads it; `-0` is 0. A fraction is still an error.
#[test]
fn a_whole_number_written_as_a_float_is_read_by_its_value() {
    for (age, want) in [
        ("15.0", 15),
        ("1.5e1", 15),
        ("-0", 0),
        ("-0.0", 0),
        ("130.0", 130),
    ] {
        let text = format!(r#"{{"person":{{"age":{age}}}}}"#);
        let input = palermo::parse_input(&text).unwrap_or_else(|e| panic!("{age}: {e}"));
        assert_eq!(input.case.person.age, Some(want), "{age}");
    }
    let input =
        palermo::parse_input(r#"{"person":{"age_estimate":{"min":14.0,"max":1.7e1}}}"#).unwrap();
    let range = input.case.person.age_estimate.unwrap();
    assert_eq!((range.min, range.max), (14, 17));
    // The screening is that of the whole number.
    let plain = screen_json(r#"{"id":"z","person":{"age":15}}"#).unwrap();
    let float = screen_json(r#"{"id":"z","person":{"age":15.0}}"#).unwrap();
    assert_eq!(plain, float);
    for bad in ["15.5", "131.0", "-1.0"] {
        let text = format!(r#"{{"person":{{"age":{bad}}}}}"#);
        assert!(palermo::parse_input(&text).is_err(), "{bad}");
    }
}

/// A repeated field is reported beside the record's other errors, at any
/// depth: it is not lost when another error comes first.
#[test]
fn a_repeated_field_is_reported_beside_the_other_errors() {
    let cases: [(&str, &[&str]); 4] = [
        (
            r#"{"id":"m1","means":{"force":"xval","force":true}}"#,
            &["$.means.force", "$.means.force"],
        ),
        (
            r#"{"id":"m2","means":{"zz":true},"means":{"force":true}}"#,
            &["$.means[unknown key]", "$.means"],
        ),
        (
            r#"{"id":"m3","consent":"xval","movement":{"facilitator":{"material_benefit":true,"material_benefit":false}}}"#,
            &["$.consent", "$.movement.facilitator.material_benefit"],
        ),
        (
            r#"{"id":"m4","purpose":{"forced_labour":"xval"},"indicators":{"coercion_at_destination.debt_bondage":true,"coercion_at_destination.debt_bondage":true}}"#,
            &[
                r#"$.indicators["coercion_at_destination.debt_bondage"]"#,
                "$.purpose.forced_labour",
            ],
        ),
    ];
    for (text, want) in cases {
        let (paths, line) = error_paths(text);
        let mut got = paths.clone();
        got.sort();
        let mut want = want.to_vec();
        want.sort();
        assert_eq!(got, want, "{line}");
        assert!(line.contains("duplicate field"), "{line}");
        assert!(!line.contains("xval"), "{line}");
    }
    // A repeated key inside an unknown field is not named.
    let (paths, line) = error_paths(r#"{"id":"m5","Sok Dara":{"a":1,"a":2}}"#);
    assert_eq!(paths, ["$[unknown key]"], "{line}");
}

fn batch(input: &str) -> (Vec<Value>, palermo::io::BatchSummary) {
    let mut out = Vec::new();
    let summary =
        palermo::io::screen_batch_as(input.as_bytes(), &mut out, &Limits::default(), None).unwrap();
    let lines = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (lines, summary)
}

/// A trailing comma in a top-level array is not JSON: an error record after
/// the elements, as an empty slot is.
#[test]
fn a_trailing_comma_in_an_array_is_an_error_record() {
    let (out, summary) = batch(r#"[{"id":"x1"},{"id":"x2"},]"#);
    assert_eq!(out.len(), 3);
    assert_eq!((summary.screened, summary.invalid), (2, 1));
    assert_eq!(out[1]["id"], "x2");
    let error = &out[2]["error"];
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("comma before the closing"),
        "{error}"
    );
    let (out, summary) = batch("[\n  {\"id\":\"a\"}\n]\n");
    assert_eq!((out.len(), summary.invalid), (1, 0));
}

/// In a top-level array every element's error names the element, `$[i]`
/// (from 0), as the HTCDS reader does; its other errors too.
#[test]
fn an_error_in_an_array_names_its_element() {
    let (out, _) = batch(
        r#"[{"id":"x1"},{"id":"x2","means":{"decepton":true,"force":"v"}},{"id":"x3","act":{"qq":1}},{"id":"x4"},]"#,
    );
    assert_eq!(out.len(), 5);
    assert_eq!(out[1]["error"]["path"], "$[1].means.decepton");
    assert_eq!(out[1]["errors"][0]["path"], "$[1].means.force");
    assert_eq!(out[2]["error"]["path"], "$[2].act[unknown key]");
    assert_eq!(out[4]["error"]["path"], "$[4]");
    // Outside an array, paths start at the record.
    let (out, _) = batch("{\"id\":\"n1\",\"means\":{\"decepton\":true}}\n");
    assert_eq!(out[0]["error"]["path"], "$.means.decepton");
}

/// The second half of an object split over two NDJSON lines is not JSON,
/// not "a string"; a value that is JSON but not an object is still named.
#[test]
fn half_an_object_on_a_line_is_not_valid_json() {
    let (out, _) = batch("{\"id\":\"w1\"}\n{\n\"id\":\"w3\"}\n\"a string\"\n");
    assert_eq!(out.len(), 4);
    assert_eq!(
        out[2]["error"]["message"],
        "not valid JSON: trailing characters at line 1 column 5"
    );
    assert!(out[2].get("id").is_none());
    assert_eq!(
        out[3]["error"]["message"],
        "expected a case object; found a string"
    );
    let mut out = Vec::new();
    palermo::io::htcds::screen_input(
        &b"{\"id\":\"h1\"}\n\"id\":\"h2\"}\n"[..],
        &mut out,
        &Limits::default(),
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    let second: Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
    assert!(
        second["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("not valid JSON"),
        "{second}"
    );
}

/// Contract revision 2: a syntax error stops the reading and is the error
/// reported, also where the reader met a misspelt field or a bad value
/// before the break (a body cut off, text after the object). A record that
/// is JSON keeps its own error.
#[test]
fn a_record_that_is_not_json_is_a_syntax_error_whatever_came_first() {
    use palermo::io::{parse_input, ErrorKind};
    for text in [
        r#"{"id":"c1","nte":1"#,
        r#"{"id":"c1","means":{"deception":"maybe"}"#,
        r#"{"id":"c1","means":{"deception":"maybe"}}}} trailing"#,
    ] {
        let e = parse_input(text).expect_err(text);
        assert_eq!(e.kind(), ErrorKind::Syntax, "{text}: {e}");
        assert!(!e.to_string().contains("maybe"), "{e}");
    }
    let e = parse_input(r#"{"id":"c1","nte":1}"#).expect_err("unknown field");
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    let e = parse_input(r#"{"id":"c1","means":{"deception":"maybe"}}"#).expect_err("bad value");
    assert_eq!(e.kind(), ErrorKind::BadValue);
}
