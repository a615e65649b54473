//! ILO/EC operational indicators: the data, the dimension rule at every
//! boundary, grade lookups per list and dimension, the `ilo-2009` policy, and
//! the mapping to the Protocol's elements (never a means from a vulnerability
//! alone, never forced labour from exploitative conditions alone).

use palermo::assessment::{ElementStatus, PersonStatus};
use palermo::law::ilo::{Confidence, Dimension, Grade, IloData, ListName};
use palermo::model::{Act, Case, Fact, Indicators, Level, Means, Purpose};
use palermo::{Assessment, Input, Verdict};
use proptest::prelude::*;

mod common;

fn data() -> &'static IloData {
    IloData::embedded().expect("the embedded ILO/EC data parses")
}

/// A record with `indicators` beside a case of `age`; every id must be on a list.
fn case_with(age: Option<u8>, indicators: &[(&str, Fact)]) -> Input {
    let mut case = Case::new();
    case.person.age = age;
    let mut input = Input::new(case);
    for (id, fact) in indicators {
        assert!(data().is_known(id), "unknown id {id}");
        input.indicators.set(id, *fact);
    }
    input
}

fn evaluate(input: &Input) -> Assessment {
    palermo::evaluate_input(input)
}

/// The dimension rule on graded indicators.
fn dimension_status(data: &IloData, indicators: &[(Grade, Level)]) -> Level {
    data.dimension_status(indicators)
}

fn yes(ids: &[&'static str]) -> Vec<(&'static str, Fact)> {
    ids.iter().map(|id| (*id, Fact::Established)).collect()
}

fn dim(a: &Assessment, d: Dimension) -> Level {
    a.ilo.as_ref().expect("an ilo section").status(d)
}

// ---------------------------------------------------------------- the data

#[test]
fn the_lists_have_the_ilo_counts() {
    let count = |list: ListName, d: Dimension| {
        data()
            .list(list)
            .unwrap()
            .indicators
            .iter()
            .filter(|e| e.dimension == d)
            .count()
    };
    let adults: Vec<usize> = Dimension::ALL
        .iter()
        .map(|d| count(ListName::AdultsLabour, *d))
        .collect();
    // Verified against the Seafish TESS record: 10, 10, 16, 9, 15, 7 = 67.
    assert_eq!(adults, [10, 10, 16, 9, 15, 7]);
    let children: Vec<usize> = Dimension::ALL
        .iter()
        .map(|d| count(ListName::ChildrenLabour, *d))
        .collect();
    assert_eq!(children, [10, 10, 15, 8, 15, 7]);
}

#[test]
fn the_sexual_lists_are_not_invented() {
    for (list, to) in [
        (ListName::AdultsSexual, ListName::AdultsLabour),
        (ListName::ChildrenSexual, ListName::ChildrenLabour),
    ] {
        let l = data().list(list).unwrap();
        assert!(l.indicators.is_empty(), "{list} must not be encoded");
        assert_eq!(l.fallback, Some(to));
        assert!(l.provenance.contains("Not encoded"));
        assert!(l.note.as_deref().unwrap_or("").contains("not encoded"));
        assert_eq!(data().resolve(list).unwrap().list, to);
    }
}

#[test]
fn every_entry_says_where_it_comes_from_and_how_sure_we_are() {
    for list in data().lists() {
        assert!(!list.source.is_empty() && !list.provenance.is_empty());
        for e in &list.indicators {
            assert!(!e.wording.is_empty() && !e.source.is_empty(), "{}", e.id);
            assert_eq!(Dimension::of_indicator(&e.id), Some(e.dimension));
        }
    }
    // The two grades docs/SOURCES.md §13.2 doubts are tagged as recollection, with a note.
    for id in [
        "recruitment_by_abuse_of_vulnerability.difficulties_in_the_past",
        "recruitment_by_abuse_of_vulnerability.difficulty_to_organize_travel",
    ] {
        let e = data().entry(ListName::AdultsLabour, id).unwrap();
        assert_eq!(e.confidence, Confidence::Recollection);
        assert!(e.note.is_some());
    }
}

#[test]
fn grades_depend_on_the_dimension() {
    let g = |id: &str| data().grade(ListName::AdultsLabour, id);
    // Medium at recruitment, strong at destination.
    for name in [
        "confiscation_of_documents",
        "debt_bondage",
        "isolation_confinement_or_surveillance",
    ] {
        assert_eq!(
            g(&format!("coercive_recruitment.{name}")),
            Some(Grade::Medium),
            "{name}"
        );
        assert_eq!(
            g(&format!("coercion_at_destination.{name}")),
            Some(Grade::Strong),
            "{name}"
        );
    }
    // Strong in both.
    assert_eq!(
        g("coercive_recruitment.violence_on_victims"),
        Some(Grade::Strong)
    );
    assert_eq!(
        g("coercion_at_destination.violence_on_victims"),
        Some(Grade::Strong)
    );
    // Medium at recruitment, weak at destination.
    assert_eq!(
        g("coercive_recruitment.threat_to_inform_family_community_or_public"),
        Some(Grade::Medium)
    );
    assert_eq!(
        g("coercion_at_destination.threat_to_inform_family_community_or_public"),
        Some(Grade::Weak)
    );
    // Economic reasons: medium at recruitment and at destination; difficulties
    // in the past: medium at recruitment, weak at destination.
    assert_eq!(
        g("recruitment_by_abuse_of_vulnerability.difficulties_in_the_past"),
        Some(Grade::Medium)
    );
    assert_eq!(
        g("abuse_of_vulnerability_at_destination.difficulties_in_the_past"),
        Some(Grade::Weak)
    );
}

#[test]
fn grades_depend_on_the_list() {
    let g = |list, id| data().grade(list, id);
    use ListName::*;
    for (id, adult, child) in [
        (
            "deceptive_recruitment.deceived_about_access_to_education",
            Grade::Weak,
            Grade::Strong,
        ),
        (
            "coercive_recruitment.threats_of_violence_against_victim",
            Grade::Medium,
            Grade::Strong,
        ),
        (
            "coercive_recruitment.debt_bondage",
            Grade::Medium,
            Grade::Strong,
        ),
        (
            "coercive_recruitment.abduction_forced_marriage_adoption_or_sale",
            Grade::Medium,
            Grade::Strong,
        ),
        (
            "recruitment_by_abuse_of_vulnerability.general_context",
            Grade::Weak,
            Grade::Medium,
        ),
        (
            "exploitative_conditions.no_access_to_education",
            Grade::Weak,
            Grade::Medium,
        ),
        (
            "coercion_at_destination.under_strong_influence",
            Grade::Medium,
            Grade::Strong,
        ),
        (
            "coercion_at_destination.forced_tasks_or_clients",
            Grade::Medium,
            Grade::Strong,
        ),
        (
            "coercion_at_destination.threat_to_inform_family_community_or_public",
            Grade::Weak,
            Grade::Medium,
        ),
    ] {
        assert_eq!(g(AdultsLabour, id), Some(adult), "{id} adults");
        assert_eq!(g(ChildrenLabour, id), Some(child), "{id} children");
        // The sexual lists are not encoded: they grade as their labour list.
        assert_eq!(g(AdultsSexual, id), Some(adult), "{id} adults (sexual)");
        assert_eq!(g(ChildrenSexual, id), Some(child), "{id} children (sexual)");
    }
    // Two adult indicators are not on the children's list.
    for id in [
        "recruitment_by_abuse_of_vulnerability.false_information_about_law",
        "exploitative_conditions.no_social_protection",
    ] {
        assert!(g(AdultsLabour, id).is_some());
        assert_eq!(g(ChildrenLabour, id), None);
    }
    // No weak tier for children; no strong indicator in the adults'
    // vulnerability dimensions.
    assert!(data()
        .list(ChildrenLabour)
        .unwrap()
        .indicators
        .iter()
        .all(|e| e.grade != Grade::Weak));
    assert!(data()
        .list(AdultsLabour)
        .unwrap()
        .indicators
        .iter()
        .filter(|e| matches!(
            e.dimension,
            Dimension::RecruitmentByAbuseOfVulnerability
                | Dimension::AbuseOfVulnerabilityAtDestination
        ))
        .all(|e| e.grade != Grade::Strong));
}

// ------------------------------------------------------ the dimension rule

fn positive(s: u32, m: u32, w: u32) -> bool {
    data().policy.dimension_rule.met(s, m, w).is_some()
}

#[test]
fn the_dimension_rule_at_every_boundary() {
    // Positive.
    assert!(positive(2, 0, 0), "2 strong");
    assert!(positive(1, 1, 0), "1 strong + 1 medium");
    assert!(positive(1, 0, 1), "1 strong + 1 weak");
    assert!(positive(0, 3, 0), "3 medium");
    assert!(positive(0, 2, 1), "2 medium + 1 weak");
    // Negative, one short of each clause.
    assert!(!positive(1, 0, 0), "1 strong alone");
    assert!(!positive(0, 2, 0), "2 medium alone");
    assert!(!positive(0, 1, 2), "1 medium + 2 weak");
    assert!(!positive(0, 1, 1), "1 medium + 1 weak");
    assert!(!positive(0, 0, 0), "nothing");
    for w in 1..=30 {
        assert!(!positive(0, 0, w), "{w} weak alone");
    }
    assert!(!positive(0, 1, 30), "1 medium and any number of weak");
}

#[test]
fn the_dimension_rule_is_exactly_the_ilo_formula() {
    for s in 0..=4 {
        for m in 0..=5 {
            for w in 0..=5 {
                let ilo = s >= 2 || (s >= 1 && m + w >= 1) || m >= 3 || (m >= 2 && w >= 1);
                assert_eq!(positive(s, m, w), ilo, "{s} strong, {m} medium, {w} weak");
            }
        }
    }
}

#[test]
fn suspected_indicators_make_a_dimension_at_most_suspected() {
    use Grade::*;
    use Level::*;
    let d = data();
    assert_eq!(
        dimension_status(d, &[(Strong, Established), (Strong, Established)]),
        Established
    );
    assert_eq!(
        dimension_status(d, &[(Strong, Established), (Medium, Suspected)]),
        Suspected
    );
    assert_eq!(
        dimension_status(d, &[(Strong, Suspected), (Strong, Suspected)]),
        Suspected
    );
    assert_eq!(
        dimension_status(
            d,
            &[
                (Medium, Established),
                (Medium, Established),
                (Weak, Suspected)
            ]
        ),
        Suspected
    );
    assert_eq!(dimension_status(d, &[(Strong, Suspected)]), NotEstablished);
    assert_eq!(
        dimension_status(
            d,
            &[
                (Strong, Established),
                (Strong, Established),
                (Weak, Suspected)
            ]
        ),
        Established
    );
}

#[test]
fn a_ruled_out_indicator_does_not_count() {
    let a = evaluate(&case_with(
        Some(30),
        &[
            ("coercion_at_destination.debt_bondage", Fact::Established),
            (
                "coercion_at_destination.confiscation_of_documents",
                Fact::RuledOut,
            ),
        ],
    ));
    assert_eq!(
        dim(&a, Dimension::CoercionAtDestination),
        Level::NotEstablished
    );
    let d = a
        .ilo
        .as_ref()
        .unwrap()
        .dimension(Dimension::CoercionAtDestination)
        .unwrap();
    assert_eq!(d.counts.strong, 1);
    assert_eq!(
        d.indicators.len(),
        2,
        "a ruled-out indicator is still listed"
    );
}

#[test]
fn the_same_observations_count_differently_by_dimension() {
    // Documents taken and a debt: 2 medium at recruitment (negative),
    // 2 strong at destination (positive).
    let a = evaluate(&case_with(
        Some(30),
        &yes(&[
            "coercive_recruitment.confiscation_of_documents",
            "coercive_recruitment.debt_bondage",
        ]),
    ));
    assert_eq!(
        dim(&a, Dimension::CoerciveRecruitment),
        Level::NotEstablished
    );
    let a = evaluate(&case_with(
        Some(30),
        &yes(&[
            "coercion_at_destination.confiscation_of_documents",
            "coercion_at_destination.debt_bondage",
        ]),
    ));
    assert_eq!(
        dim(&a, Dimension::CoercionAtDestination),
        Level::Established
    );
    let d = a
        .ilo
        .as_ref()
        .unwrap()
        .dimension(Dimension::CoercionAtDestination)
        .unwrap();
    assert_eq!(d.rule_met.as_deref(), Some("2 strong"));
}

#[test]
fn a_childs_indicators_are_graded_on_the_childrens_list() {
    // Deceived about education: weak for adults (with 1 strong: positive
    // anyway), strong for children. Threats of violence + debt bondage at
    // recruitment: 2 medium for an adult (negative), 2 strong for a child.
    let ids = yes(&[
        "coercive_recruitment.threats_of_violence_against_victim",
        "coercive_recruitment.debt_bondage",
    ]);
    let adult = evaluate(&case_with(Some(30), &ids));
    let child = evaluate(&case_with(Some(14), &ids));
    assert_eq!(adult.ilo.as_ref().unwrap().list, ListName::AdultsLabour);
    assert_eq!(child.ilo.as_ref().unwrap().list, ListName::ChildrenLabour);
    assert_eq!(
        dim(&adult, Dimension::CoerciveRecruitment),
        Level::NotEstablished
    );
    assert_eq!(
        dim(&child, Dimension::CoerciveRecruitment),
        Level::Established
    );
}

// --------------------------------------------------------- list selection

#[test]
fn the_list_follows_age_and_purpose() {
    let id = [("coercion_at_destination.debt_bondage", Fact::Established)];
    let list = |case: &Input| {
        let a = evaluate(case);
        let ilo = a.ilo.unwrap();
        (ilo.list, ilo.requested_list, ilo.notes.len())
    };
    let mut c = case_with(None, &id);
    assert_eq!(
        list(&c),
        (ListName::AdultsLabour, None, 0),
        "unknown age: adults"
    );
    c.case.person.age = Some(40);
    assert_eq!(list(&c), (ListName::AdultsLabour, None, 0));
    c.case
        .purpose
        .set(Purpose::SexualExploitation, Fact::Suspected);
    assert_eq!(
        list(&c),
        (ListName::AdultsLabour, Some(ListName::AdultsSexual), 1),
        "the adults' sexual list is not encoded: labour list, with a note"
    );
    c.case.person.age = Some(16);
    assert_eq!(
        list(&c),
        (ListName::ChildrenLabour, Some(ListName::ChildrenSexual), 1)
    );
    c.case.purpose = Default::default();
    c.case.person.age = None;
    c.case.person.child_indicators = Fact::Established;
    assert_eq!(
        list(&c),
        (ListName::ChildrenLabour, None, 0),
        "presumed child"
    );
}

#[test]
fn an_indicator_missing_from_the_childrens_list_is_listed_not_graded() {
    let a = evaluate(&case_with(
        Some(12),
        &yes(&["recruitment_by_abuse_of_vulnerability.false_information_about_law"]),
    ));
    let ilo = a.ilo.unwrap();
    let d = ilo
        .dimension(Dimension::RecruitmentByAbuseOfVulnerability)
        .unwrap();
    assert_eq!(d.indicators[0].grade, None);
    assert!(ilo
        .notes
        .iter()
        .any(|n| n.contains("is not on the list used (children, labour exploitation)")));
}

// --------------------------------------------------------------- the policy

fn outcome(a: &Assessment) -> (&str, Option<Level>) {
    let v = &a.ilo.as_ref().unwrap().verdict;
    (v.outcome.as_str(), v.status)
}

const DECEIVED: [&str; 2] = [
    "deceptive_recruitment.deceived_about_nature_of_job",
    "deceptive_recruitment.deceived_about_wages",
];
const EXPLOITED: [&str; 2] = [
    "exploitative_conditions.excessive_working_days_or_hours",
    "exploitative_conditions.low_or_no_salary",
];
const COERCED: [&str; 2] = [
    "coercion_at_destination.confiscation_of_documents",
    "coercion_at_destination.debt_bondage",
];
const VULNERABLE_AT_DESTINATION: [&str; 3] = [
    "abuse_of_vulnerability_at_destination.dependency_on_exploiters",
    "abuse_of_vulnerability_at_destination.economic_reasons",
    "abuse_of_vulnerability_at_destination.family_situation",
];

fn ids(groups: &[&[&'static str]]) -> Vec<(&'static str, Fact)> {
    groups.iter().flat_map(|g| yes(g)).collect()
}

#[test]
fn the_policy_combines_dimensions() {
    let a = evaluate(&case_with(
        Some(30),
        &ids(&[&DECEIVED, &EXPLOITED, &COERCED]),
    ));
    assert_eq!(outcome(&a), ("trafficking", Some(Level::Established)));
    let a = evaluate(&case_with(
        Some(30),
        &ids(&[&DECEIVED, &EXPLOITED, &VULNERABLE_AT_DESTINATION]),
    ));
    assert_eq!(outcome(&a), ("trafficking", Some(Level::Established)));
    let a = evaluate(&case_with(Some(30), &ids(&[&DECEIVED, &EXPLOITED])));
    assert_eq!(
        outcome(&a),
        ("deception_and_exploitation", Some(Level::Established))
    );
    let a = evaluate(&case_with(Some(30), &ids(&[&EXPLOITED])));
    assert_eq!(outcome(&a), ("exploited_migrant", Some(Level::Established)));
    let a = evaluate(&case_with(Some(30), &ids(&[&DECEIVED, &COERCED])));
    assert_eq!(outcome(&a), ("not_identified", None));
    // A child: exploitative conditions suffice on the ILO/EC policy.
    let a = evaluate(&case_with(Some(15), &ids(&[&EXPLOITED])));
    assert_eq!(outcome(&a), ("trafficking", Some(Level::Established)));
}

#[test]
fn the_ilo_verdict_sits_next_to_the_protocol_finding() {
    // Agree: both trafficking.
    let a = evaluate(&case_with(
        Some(30),
        &ids(&[&DECEIVED, &EXPLOITED, &COERCED]),
    ));
    assert_eq!(a.verdict, Verdict::Trafficking);
    assert!(a.ilo.as_ref().unwrap().verdict.agrees_with_protocol);
    // Differ: the ILO/EC policy counts a vulnerability at destination as
    // enough; the Protocol needs its abuse, and forced labour needs coercion.
    let a = evaluate(&case_with(
        Some(30),
        &ids(&[&DECEIVED, &EXPLOITED, &VULNERABLE_AT_DESTINATION]),
    ));
    assert_eq!(outcome(&a).0, "trafficking");
    assert_ne!(a.verdict, Verdict::Trafficking);
    assert!(!a.ilo.as_ref().unwrap().verdict.agrees_with_protocol);
    let policy = a
        .reasons
        .iter()
        .find(|r| r.rule == "ilo.2009.policy")
        .unwrap();
    assert!(policy.text.contains("They differ"), "{}", policy.text);
    // Differ the other way: coercion and exploitation at destination, no
    // recruitment indicators: the Protocol suspects harbouring.
    let a = evaluate(&case_with(Some(30), &ids(&[&EXPLOITED, &COERCED])));
    assert_eq!(outcome(&a).0, "exploited_migrant");
    assert_eq!(a.verdict, Verdict::PossibleTrafficking);
    assert!(!a.ilo.as_ref().unwrap().verdict.agrees_with_protocol);
}

#[test]
fn a_corrected_reading_replaces_data_not_code() {
    // A reading in which a dimension needs 3 strong indicators, not 2.
    let mut policy: serde_json::Value =
        serde_json::from_str(include_str!("../data/ilo-2009/policy.json")).unwrap();
    policy["version"] = "2".into();
    policy["dimension_rule"]["positive_if_any"][0] =
        serde_json::json!({ "label": "3 strong", "strong": 3 });
    let policy = policy.to_string();
    let lists = [
        include_str!("../data/ilo-2009/adults-labour.json"),
        include_str!("../data/ilo-2009/adults-sexual.json"),
        include_str!("../data/ilo-2009/children-labour.json"),
        include_str!("../data/ilo-2009/children-sexual.json"),
    ];
    let corrected = IloData::parse(&policy, &lists).unwrap();
    assert_eq!(corrected.policy.version, "2");
    let case = case_with(Some(30), &ids(&[&COERCED]));
    assert_eq!(
        dim(&evaluate(&case), Dimension::CoercionAtDestination),
        Level::Established
    );
    let a = palermo::evaluate_with_data(&case, &corrected);
    assert_eq!(
        dim(&a, Dimension::CoercionAtDestination),
        Level::NotEstablished
    );
    assert_eq!(a.ilo.unwrap().policy.version, "2");
}

// ------------------------------------------------------------- the mapping

fn adult_with_act_and_purpose(indicators: &[(&str, Fact)]) -> Input {
    let mut c = case_with(Some(30), indicators);
    c.case.act.set(Act::Recruitment, Fact::Established);
    c.case.purpose.set(Purpose::ForcedLabour, Fact::Established);
    c
}

#[test]
fn exploitative_conditions_alone_never_give_forced_labour() {
    let all_d4: Vec<&str> = data()
        .list(ListName::AdultsLabour)
        .unwrap()
        .indicators
        .iter()
        .filter(|e| e.dimension == Dimension::ExploitativeConditions)
        .map(|e| e.id.as_str())
        .collect();
    let mut c = case_with(Some(30), &[]);
    for id in &all_d4 {
        c.indicators.set(id, Fact::Established);
    }
    c.case.act.set(Act::Recruitment, Fact::Established);
    c.case.means.set(Means::Deception, Fact::Established);
    let a = evaluate(&c);
    assert_eq!(
        dim(&a, Dimension::ExploitativeConditions),
        Level::Established
    );
    assert_eq!(
        a.trafficking.elements.purpose.status,
        ElementStatus::NotEstablished
    );
    assert_eq!(a.verdict, Verdict::NoFinding);
    // Recorded as a labour-rights violation, not as exploitation in law.
    let mapped = &a.ilo.as_ref().unwrap().mapped;
    assert!(mapped
        .iter()
        .any(|m| m.fact == "risk_factors.labour_rights_violations"));
    assert!(!mapped.iter().any(|m| m.fact.starts_with("purpose.")));
}

#[test]
fn exploitative_conditions_with_coercion_are_forced_labour() {
    for coercion in [
        COERCED,
        [
            "coercive_recruitment.violence_on_victims",
            "coercive_recruitment.threats_of_violence_against_victim",
        ],
    ] {
        let mut c = case_with(Some(30), &ids(&[&EXPLOITED, &coercion]));
        c.case.act.set(Act::Recruitment, Fact::Established);
        let a = evaluate(&c);
        let p = &a.trafficking.elements.purpose;
        assert_eq!(p.status, ElementStatus::Established);
        assert_eq!(p.facts, [Purpose::ForcedLabour]);
        assert!(p.dimensions.contains(&Dimension::ExploitativeConditions));
        assert!(p.stated.is_empty());
        assert_eq!(a.verdict, Verdict::Trafficking);
        assert!(a
            .reasons
            .iter()
            .any(|r| r.rule == "ilo.2009.mapping.forced_labour"));
    }
}

#[test]
fn a_vulnerability_alone_is_never_a_means() {
    // Both vulnerability dimensions positive, on situation indicators only.
    let situation = [
        "recruitment_by_abuse_of_vulnerability.economic_reasons",
        "recruitment_by_abuse_of_vulnerability.family_situation",
        "recruitment_by_abuse_of_vulnerability.personal_situation",
    ];
    let c = adult_with_act_and_purpose(&ids(&[&situation, &VULNERABLE_AT_DESTINATION]));
    let a = evaluate(&c);
    assert_eq!(
        dim(&a, Dimension::RecruitmentByAbuseOfVulnerability),
        Level::Established
    );
    assert_eq!(
        dim(&a, Dimension::AbuseOfVulnerabilityAtDestination),
        Level::Established
    );
    assert_eq!(
        a.trafficking.elements.means.status,
        ElementStatus::NotEstablished
    );
    assert_eq!(a.verdict, Verdict::NoFinding);
    assert!(a.reasons.iter().any(|r| r.rule == "tip.3a.vulnerability"));
    assert!(a
        .ilo
        .as_ref()
        .unwrap()
        .mapped
        .iter()
        .any(|m| m.fact == "person.vulnerable" && m.level == Level::Established));
}

#[test]
fn a_vulnerability_with_exploitation_is_reasonable_grounds_only() {
    let c = adult_with_act_and_purpose(&ids(&[&VULNERABLE_AT_DESTINATION, &EXPLOITED]));
    let a = evaluate(&c);
    let m = &a.trafficking.elements.means;
    assert_eq!(m.status, ElementStatus::Suspected);
    assert_eq!(m.facts, [Means::AbuseOfVulnerability]);
    assert_eq!(a.verdict, Verdict::PossibleTrafficking);
}

#[test]
fn the_abuse_itself_makes_the_means() {
    let c = adult_with_act_and_purpose(&yes(&[
        "recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status",
        "recruitment_by_abuse_of_vulnerability.economic_reasons",
        "recruitment_by_abuse_of_vulnerability.family_situation",
    ]));
    let a = evaluate(&c);
    let m = &a.trafficking.elements.means;
    assert_eq!(m.status, ElementStatus::Established);
    assert_eq!(m.facts, [Means::AbuseOfVulnerability]);
    assert_eq!(m.dimensions, [Dimension::RecruitmentByAbuseOfVulnerability]);
    assert_eq!(a.verdict, Verdict::Trafficking);
}

#[test]
fn one_strong_indicator_alone_is_at_most_suspected() {
    for (id, means) in [
        ("coercion_at_destination.violence_on_victims", Means::Force),
        ("coercion_at_destination.debt_bondage", Means::Coercion),
        (
            "coercion_at_destination.confiscation_of_documents",
            Means::Coercion,
        ),
        ("coercive_recruitment.violence_on_victims", Means::Force),
        (
            "deceptive_recruitment.deceived_about_nature_of_job",
            Means::Deception,
        ),
    ] {
        let a = evaluate(&adult_with_act_and_purpose(&yes(&[id])));
        let m = &a.trafficking.elements.means;
        assert_eq!(m.status, ElementStatus::Suspected, "{id}");
        assert!(m.facts.contains(&means), "{id}");
        assert_eq!(m.indicators, [id.to_string()], "{id}");
        assert!(m.dimensions.is_empty(), "{id}: no dimension is positive");
        assert_eq!(a.verdict, Verdict::PossibleTrafficking, "{id}");
    }
}

#[test]
fn suspected_indicators_give_at_most_suspected_facts() {
    let suspected: Vec<(&str, Fact)> = [&DECEIVED[..], &EXPLOITED, &COERCED]
        .concat()
        .into_iter()
        .map(|id| (id, Fact::Suspected))
        .collect();
    let a = evaluate(&case_with(Some(30), &suspected));
    for e in [
        &a.trafficking.elements.act.status,
        &a.trafficking.elements.means.status,
        &a.trafficking.elements.purpose.status,
    ] {
        assert_eq!(*e, ElementStatus::Suspected);
    }
    assert_eq!(a.verdict, Verdict::PossibleTrafficking);
    assert_eq!(outcome(&a), ("trafficking", Some(Level::Suspected)));
    assert!(a.ilo.as_ref().unwrap().verdict.agrees_with_protocol);
}

#[test]
fn debt_bondage_suggests_a_practice_similar_to_slavery_and_coercion() {
    let a = evaluate(&case_with(
        Some(30),
        &yes(&["coercion_at_destination.debt_bondage"]),
    ));
    let mapped = &a.ilo.as_ref().unwrap().mapped;
    let get = |fact: &str| {
        mapped
            .iter()
            .find(|m| m.fact == fact)
            .map(|m| (m.level, m.rule.as_str()))
    };
    assert_eq!(
        get("purpose.practices_similar_to_slavery"),
        Some((Level::Suspected, "ilo.2009.mapping.debt_bondage"))
    );
    assert_eq!(
        get("means.coercion"),
        Some((Level::Suspected, "ilo.2009.mapping.coercion"))
    );
}

#[test]
fn elements_name_their_indicators_apart_from_stated_facts() {
    let mut c = case_with(Some(30), &ids(&[&COERCED]));
    c.case.means.set(Means::Deception, Fact::Established);
    c.case.act.set(Act::Recruitment, Fact::Established);
    c.case.purpose.set(Purpose::ForcedLabour, Fact::Established);
    let a = evaluate(&c);
    let m = &a.trafficking.elements.means;
    assert_eq!(m.facts, [Means::Coercion, Means::Deception]);
    assert_eq!(m.stated, [Means::Deception]);
    assert_eq!(m.dimensions, [Dimension::CoercionAtDestination]);
    assert_eq!(
        m.indicators,
        [
            "coercion_at_destination.confiscation_of_documents",
            "coercion_at_destination.debt_bondage"
        ]
    );
    // Act and purpose were stated directly; indicators add nothing to the act
    // but harbouring (suspected), so the act lists what it derived.
    let act = &a.trafficking.elements.act;
    assert_eq!(act.stated, [Act::Recruitment]);
    assert!(act.indicators.is_empty(), "harbouring is only suspected");
    assert!(act.derived.iter().any(|d| d.fact == "act.harbouring"));
    // The reasons name the indicators behind each element.
    let coercion = a
        .reasons
        .iter()
        .find(|r| r.rule == "ilo.2009.mapping.coercion")
        .unwrap();
    assert!(coercion
        .text
        .starts_with("The means of coercion: established."));
    // In words: the indicator by its wording, not its id.
    assert!(coercion.text.contains("debt bondage (strong)"));
    assert!(!coercion.text.contains("coercion_at_destination"));
}

/// A fact the record rules out and the indicators evidence is contested:
/// warned about, and counted at most as suspected, so the finding that
/// rests on it is provisional (contract revision 2: a finding is
/// established only when every premise it rests on is). Not stated, the
/// same indicators establish it.
#[test]
fn a_stated_false_contradicted_by_indicators_is_warned_about_and_held_as_suspected() {
    let mut c = case_with(Some(30), &ids(&[&DECEIVED]));
    let open = evaluate(&c);
    assert_eq!(
        open.trafficking.elements.means.status,
        ElementStatus::Established
    );
    c.case.means.set(Means::Deception, Fact::RuledOut);
    let a = evaluate(&c);
    assert_eq!(a.trafficking.elements.means.facts, [Means::Deception]);
    assert_eq!(
        a.trafficking.elements.means.status,
        ElementStatus::Suspected
    );
    assert_ne!(a.trafficking.status, Level::Established);
    assert!(a.warnings.iter().any(|w| w
        .starts_with("The record rules out deception, but the indicators show it")
        && w.contains("provisional")));
    // The indicators that carry it, at suspected, are named as carrying
    // the element: the same as when the fact was open.
    assert!(!a.trafficking.elements.means.indicators.is_empty());
    assert_eq!(
        a.trafficking.elements.means.indicators,
        open.trafficking.elements.means.indicators
    );
}

/// The warnings are words for people, in the JSON as in `explain`: a fact is
/// named in words ("coercion"), never by its field (`means.coercion`).
#[test]
fn a_warning_names_the_fact_in_words_not_its_field() {
    let mut c = case_with(Some(30), &ids(&[&DECEIVED, &COERCED]));
    for m in [
        Means::Threat,
        Means::Force,
        Means::Coercion,
        Means::Deception,
    ] {
        c.case.means.set(m, Fact::RuledOut);
    }
    let a = evaluate(&c);
    assert!(!a.warnings.is_empty());
    for w in &a.warnings {
        for f in palermo::model::Field::all() {
            let path = f.path();
            let name = path.rsplit('.').next().unwrap();
            assert!(!w.contains(path), "{w}");
            assert!(!name.contains('_') || !w.contains(name), "{w}");
        }
        assert!(!w.contains("stated false"), "{w}");
    }
}

#[test]
fn for_a_child_the_indicators_are_evidence_the_means_is_not_required() {
    let mut c = case_with(Some(15), &ids(&[&DECEIVED, &EXPLOITED, &COERCED]));
    c.case.person.age = Some(15);
    let a = evaluate(&c);
    assert_eq!(a.person.status, PersonStatus::Child);
    assert_eq!(
        a.trafficking.elements.means.status,
        ElementStatus::NotRequired
    );
    assert!(!a.trafficking.elements.means.indicators.is_empty());
    assert_eq!(a.verdict, Verdict::Trafficking);
}

// ------------------------------------------------ the wire and the contract

#[test]
fn cases_without_indicators_are_unchanged() {
    let text = r#"{"id":"x","person":{"age":30},"act":{"recruitment":true},"means":{"deception":true},"purpose":{"forced_labour":true}}"#;
    let plain = palermo::screen_json(text).unwrap();
    let empty = palermo::screen_json(&text.replace("}}", "},\"indicators\":{}}")).unwrap();
    assert_eq!(plain, empty);
    for key in [
        "\"ilo\"",
        "\"stated\"",
        "\"indicators\"",
        "\"dimensions\"",
        "\"derived\"",
        "\"input_report\"",
    ] {
        assert!(!plain.contains(key), "{key}");
    }
    let all_null = palermo::screen_json(&text.replace(
        "}}",
        "},\"indicators\":{\"coercion_at_destination.debt_bondage\":null}}",
    ))
    .unwrap();
    assert_eq!(plain, all_null, "a null indicator is not stated");
}

#[test]
fn the_wire_format_reads_and_checks_indicators() {
    let case = palermo::parse_input(
        r#"{"indicators": {"coercion_at_destination.debt_bondage": "yes",
                           "coercion_at_destination.confiscation_of_documents": "suspected",
                           "exploitative_conditions.hazardous_work": "no"}}"#,
    )
    .unwrap();
    assert_eq!(
        case.indicators.get("coercion_at_destination.debt_bondage"),
        Fact::Established
    );
    assert_eq!(
        case.indicators
            .get("coercion_at_destination.confiscation_of_documents"),
        Fact::Suspected
    );
    assert_eq!(
        case.indicators
            .get("exploitative_conditions.hazardous_work"),
        Fact::RuledOut
    );

    let e =
        palermo::parse_input(r#"{"indicators": {"coercion_at_destination.debt_bondag": true}}"#)
            .unwrap_err();
    assert_eq!(
        e.path(),
        "$.indicators[\"coercion_at_destination.debt_bondag\"]"
    );
    assert!(
        e.message()
            .contains("did you mean coercion_at_destination.debt_bondage?"),
        "{e}"
    );
    // The dimension is part of the id: debt bondage is not a deception.
    assert!(palermo::parse_input(
        r#"{"indicators": {"deceptive_recruitment.debt_bondage": true}}"#
    )
    .is_err());
    let e = palermo::parse_input(r#"{"indicators": {"coercion_at_destination.debt_bondage": 1}}"#)
        .unwrap_err();
    assert_eq!(
        e.path(),
        "$.indicators[\"coercion_at_destination.debt_bondage\"]"
    );
    assert!(
        palermo::parse_input(r#"{"indicators": ["coercion_at_destination.debt_bondage"]}"#)
            .is_err()
    );
}

/// An error's path names the indicator id in full: ids longer than 32
/// characters that begin alike (16 begin `recruitment_by_abuse_of_vulnerab`)
/// are told apart, for a bad value and a duplicate alike, and so are ids
/// longer than 64 bytes (they are the contract's names, not input text).
/// An unknown id is written in full up to 64 bytes.
#[test]
fn an_error_path_names_the_whole_indicator_id() {
    let ids = data().ids();
    assert!(ids.iter().filter(|id| id.len() > 32).count() > 16);
    assert!(ids.iter().any(|id| id.len() > 64));
    for id in ids {
        let path = format!("$.indicators[\"{id}\"]");
        let bad = format!(r#"{{"id":"t1","indicators":{{"{id}":"maybe"}}}}"#);
        let e = palermo::parse_input(&bad).unwrap_err();
        assert_eq!(e.path(), path, "{bad}");
        let twice = format!(r#"{{"id":"t1","indicators":{{"{id}":true,"{id}":true}}}}"#);
        let e = palermo::parse_input(&twice).unwrap_err();
        assert_eq!(e.kind(), palermo::io::ErrorKind::DuplicateField);
        assert_eq!(e.path(), path, "{twice}");
    }
    let unknown = "coercion_at_destination.debt_bondage_x";
    let e = palermo::parse_input(&format!(r#"{{"indicators":{{"{unknown}":true}}}}"#)).unwrap_err();
    assert_eq!(e.path(), format!("$.indicators[\"{unknown}\"]"));

    let line = r#"{"id":"t1","indicators":{"recruitment_by_abuse_of_vulnerability.economic_reasons":true,"recruitment_by_abuse_of_vulnerability.family_situation":"maybe"}}"#;
    let (out, _) = palermo::io::screen_ndjson_str(&format!("{line}\n"));
    let record: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
    assert_eq!(
        record["error"]["path"],
        "$.indicators[\"recruitment_by_abuse_of_vulnerability.family_situation\"]"
    );
    assert!(!out.contains("maybe"), "{out}");
}

#[test]
fn an_unknown_id_set_by_a_library_caller_is_reported_not_used() {
    let mut set = Indicators::new();
    set.set("coercion_at_destination.debt_bondage", Fact::Established);
    set.set("coercion_at_destination.nothing", Fact::Established);
    assert_eq!(set.len(), 2);
    assert!(data().is_known("coercion_at_destination.debt_bondage"));
    assert!(!data().is_known("coercion_at_destination.nothing"));
    let a = evaluate(&Input::new(Case::new()).with_indicators(set.clone()));
    assert!(a
        .warnings
        .iter()
        .any(|w| w.contains("coercion_at_destination.nothing")));
    set.set("coercion_at_destination.debt_bondage", Fact::NotStated);
    set.set("coercion_at_destination.nothing", Fact::NotStated);
    assert!(set.is_empty());
}

#[test]
fn every_cited_rule_is_in_the_registry() {
    let a = evaluate(&case_with(
        Some(30),
        &ids(&[&DECEIVED, &EXPLOITED, &COERCED, &VULNERABLE_AT_DESTINATION]),
    ));
    for r in &a.reasons {
        assert!(palermo::law::rule(&r.rule).is_some(), "{}", r.rule);
    }
    for m in &a.ilo.as_ref().unwrap().mapped {
        assert!(palermo::law::rule(&m.rule).is_some(), "{}", m.rule);
    }
}

#[test]
fn the_assessment_reads_back() {
    let a = evaluate(&case_with(
        Some(30),
        &ids(&[&DECEIVED, &EXPLOITED, &COERCED]),
    ));
    let json = palermo::io::to_json(&a);
    let back: Assessment = serde_json::from_str(&json).unwrap();
    assert_eq!(palermo::io::to_json(&back), json);
}

// ------------------------------------------------------------- properties

fn ids_of(filter: impl Fn(&str) -> bool) -> Vec<&'static str> {
    data().ids().into_iter().filter(|id| filter(id)).collect()
}

fn fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        Just(Fact::Established),
        Just(Fact::Suspected),
        Just(Fact::RuledOut),
    ]
}

fn level_fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        Just(Fact::NotStated),
        Just(Fact::RuledOut),
        Just(Fact::Suspected),
        Just(Fact::Established),
    ]
}

/// Random indicators drawn from `pool`.
fn indicators(pool: Vec<&'static str>) -> impl Strategy<Value = Vec<(&'static str, Fact)>> {
    let n = pool.len();
    prop::collection::vec((0..n, fact()), 0..=n.min(20))
        .prop_map(move |picks| picks.into_iter().map(|(i, f)| (pool[i], f)).collect())
}

const ABUSE: [&str; 7] = [
    "recruitment_by_abuse_of_vulnerability.abuse_of_difficult_family_situation",
    "recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_education",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_information",
    "recruitment_by_abuse_of_vulnerability.abuse_of_cultural_or_religious_beliefs",
    "recruitment_by_abuse_of_vulnerability.false_information_about_law",
    "recruitment_by_abuse_of_vulnerability.false_information_about_successful_migration",
];

fn adult_case(picks: &[(&'static str, Fact)], age: u8, acts: &[Fact], purposes: &[Fact]) -> Input {
    let mut c = Input::new(Case::new());
    c.case.person.age = Some(age);
    c.case.person.vulnerable = Fact::Established;
    for (id, f) in picks {
        c.indicators.set(id, *f);
    }
    for (m, f) in Act::ALL.iter().zip(acts) {
        c.case.act.set(*m, *f);
    }
    for (m, f) in Purpose::ALL.iter().zip(purposes) {
        c.case.purpose.set(*m, *f);
    }
    c
}

use palermo::model::Vocabulary;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Without any coercion, deception or vulnerability-abuse indicator
    /// (only exploitative conditions and indicators of a vulnerability), an
    /// adult's case is never trafficking, whatever acts and purposes are
    /// stated: a vulnerability alone is not a means.
    #[test]
    fn no_means_no_trafficking_for_an_adult(
        picks in indicators(ids_of(|id| {
            (id.starts_with("exploitative_conditions.")
                || id.starts_with("abuse_of_vulnerability_at_destination.")
                || id.starts_with("recruitment_by_abuse_of_vulnerability."))
                && !ABUSE.contains(&id)
        })),
        age in 18u8..=90,
        acts in prop::collection::vec(level_fact(), 5),
        purposes in prop::collection::vec(level_fact(), 12),
    ) {
        let a = evaluate(&adult_case(&picks, age, &acts, &purposes));
        prop_assert_ne!(a.verdict, Verdict::Trafficking);
        prop_assert_ne!(a.trafficking.elements.means.status, ElementStatus::Established);
    }

    /// Over every indicator: an adult's case with no means stated is
    /// trafficking only if a coercion or deception dimension is positive, or
    /// the recruitment-by-abuse dimension with an indicator of the abuse.
    #[test]
    fn an_established_means_needs_a_positive_means_dimension(
        picks in indicators(data().ids()),
        acts in prop::collection::vec(level_fact(), 5),
        purposes in prop::collection::vec(level_fact(), 12),
    ) {
        let a = evaluate(&adult_case(&picks, 30, &acts, &purposes));
        if a.trafficking.elements.means.status == ElementStatus::Established {
            let ilo = a.ilo.as_ref().unwrap();
            let positive = |d| ilo.status(d) == Level::Established;
            let abuse = picks.iter().any(|(id, f)| ABUSE.contains(id) && *f == Fact::Established);
            prop_assert!(
                positive(Dimension::DeceptiveRecruitment)
                    || positive(Dimension::CoerciveRecruitment)
                    || positive(Dimension::CoercionAtDestination)
                    || (positive(Dimension::RecruitmentByAbuseOfVulnerability) && abuse)
            );
        }
    }

    /// Forced labour comes from indicators only with coercion (coercive
    /// recruitment or coercion at destination, positive or a single sign)
    /// and work in evidence (ILO C29 art. 2(1); see `tests/indicators_law.rs`).
    #[test]
    fn forced_labour_needs_coercion_and_work(picks in indicators(data().ids())) {
        let a = evaluate(&adult_case(&picks, 30, &[], &[]));
        if a.trafficking.elements.purpose.facts.contains(&Purpose::ForcedLabour) {
            let present = |id: &str| picks.iter().any(|(p, f)| *p == id && f.is_present());
            prop_assert!(picks.iter().any(|(id, f)| f.is_present()
                && (id.starts_with("coercive_recruitment.") || id.starts_with("coercion_at_destination."))));
            prop_assert!(data().ids().into_iter().any(|id| palermo::law::ilo::shows_work(id) && present(id)));
        }
    }

    /// More evidence never weakens a finding: adding an indicator never lowers
    /// a dimension or the trafficking status.
    #[test]
    fn adding_an_indicator_never_lowers_anything(
        picks in indicators(data().ids()),
        extra in 0usize..67,
        age in 0u8..=60,
    ) {
        let base = adult_case(&picks, age, &[Fact::Established], &[]);
        let id = data().ids()[extra % data().ids().len()];
        let mut more = base.clone();
        more.indicators.set(id, Fact::Established);
        let (a, b) = (evaluate(&base), evaluate(&more));
        prop_assert!(b.trafficking.status >= a.trafficking.status);
        if let (Some(x), Some(y)) = (&a.ilo, &b.ilo) {
            for d in Dimension::ALL {
                prop_assert!(y.status(d) >= x.status(d), "{}", d);
            }
        }
    }
}

// ------------------------------------------------------------ in words

/// The reasons and notes are words for people: an indicator is named by
/// its wording on the list, a fact by its name, never by the id or path the
/// JSON carries beside them (in `ilo.dimensions` and `ilo.mapped`). Every
/// indicator of every list, observed and suspected, for a child, an adult
/// and a person of unknown age, under every profile.
#[test]
fn reasons_and_notes_name_indicators_and_facts_in_words() {
    let ids = data().ids();
    for age in [None, Some(15), Some(30)] {
        for fact in [Fact::Established, Fact::Suspected] {
            for chunk in ids.chunks(7) {
                let mut input =
                    case_with(age, &chunk.iter().map(|id| (*id, fact)).collect::<Vec<_>>());
                for profile in palermo::Profile::ALL {
                    input.profile = Some(profile);
                    let a = evaluate(&input);
                    let ilo = a.ilo.as_ref().expect("an ilo section");
                    for text in a
                        .reasons
                        .iter()
                        .map(|r| &*r.text)
                        .chain(ilo.notes.iter().map(|n| n.as_str()))
                    {
                        assert_eq!(common::a_name_of_data_in(text), None, "{text}");
                    }
                }
            }
        }
    }
}

/// The questions' what-ifs read a contested fact as the assessment does: a
/// means the record rules out and the indicators show counts at most as
/// suspected there too, so no question promises a verdict its answer would
/// not give. (Each "yes" is answered and the case decided again.)
#[test]
fn the_what_ifs_hold_a_contested_fact_as_the_assessment_does() {
    let text = r#"{"id":"contested","person":{"age":30},
        "act":{"recruitment":true,"harbouring":true},
        "means":{"threat":false,"force":false,"coercion":false,"deception":false},
        "purpose":{"forced_labour":"suspected"},
        "indicators":{"coercion_at_destination.confiscation_of_documents":true,
            "coercion_at_destination.threats_of_violence_against_victim":true,
            "coercion_at_destination.withholding_of_wages":true,
            "exploitative_conditions.excessive_working_days_or_hours":true},
        "movement":{"migrated":true,"crossed_border":true,"entry":"regular"}}"#;
    let input = palermo::io::parse_input(text).unwrap();
    let a = evaluate(&input);
    assert_eq!(a.verdict, Verdict::PossibleTrafficking);
    for q in &a.next_questions {
        let mut more = input.clone();
        if let Some(id) = q.fact.strip_prefix("indicators.") {
            more.indicators.set(id, Fact::Established);
        } else if let Some(field) = palermo::model::Field::from_path(&q.fact) {
            if !field.fact(&more.case).is_not_stated() {
                continue;
            }
            field.set(
                &mut more.case,
                palermo::model::Answer::Fact(Fact::Established),
            );
        } else {
            continue;
        }
        let b = evaluate(&more);
        if q.why.contains("the verdict becomes trafficking") && !q.why.contains("possible") {
            assert_eq!(b.verdict, Verdict::Trafficking, "{}: {}", q.fact, q.why);
        }
    }
}
