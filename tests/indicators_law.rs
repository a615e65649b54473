//! Cases told in ILO/EC indicators read on the law: forced labour on the test
//! of ILO C29 art. 2(1) (work exacted under the menace of a penalty, not
//! offered voluntarily; measured by the ILO as involuntariness plus the
//! menace of a penalty), one test per mapping rule named after its
//! provision, the three cases of issue 12, acceptance-style scenarios told
//! only in indicators, questions asked in indicators, and the invariants.

use palermo::assessment::ElementStatus;
use palermo::law::ilo::{shows_work, Dimension, IloData, ListName, SIGNS};
use palermo::model::{Act, Case, Fact, Field, Level, Means, Purpose};
use palermo::{Assessment, Input, Verdict};
use proptest::prelude::*;

fn data() -> &'static IloData {
    IloData::embedded().expect("the embedded ILO/EC data parses")
}

/// A case of a person aged `age` told only in indicators (every id on a list).
fn told(age: Option<u8>, indicators: &[(&str, Fact)]) -> Input {
    let mut case = Case::new();
    case.person.age = age;
    let mut input = Input::new(case);
    for (id, fact) in indicators {
        assert!(data().is_known(id), "unknown id {id}");
        input.indicators.set(id, *fact);
    }
    input
}

fn yes(ids: &[&str]) -> Vec<(String, Fact)> {
    ids.iter()
        .map(|id| ((*id).to_string(), Fact::Established))
        .collect()
}

fn told_yes(age: Option<u8>, ids: &[&str]) -> Input {
    let picks = yes(ids);
    let refs: Vec<(&str, Fact)> = picks.iter().map(|(i, f)| (i.as_str(), *f)).collect();
    told(age, &refs)
}

fn evaluate(input: &Input) -> Assessment {
    palermo::evaluate_input(input)
}

/// The level at which the indicators evidence `fact` (the highest mapping).
fn mapped(a: &Assessment, fact: &str) -> Level {
    a.ilo
        .as_ref()
        .map(|ilo| {
            ilo.mapped
                .iter()
                .filter(|m| m.fact == fact)
                .map(|m| m.level)
                .max()
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

fn rule_of(a: &Assessment, fact: &str) -> Vec<String> {
    a.ilo
        .as_ref()
        .map(|ilo| {
            ilo.mapped
                .iter()
                .filter(|m| m.fact == fact)
                .map(|m| m.rule.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn asked(a: &Assessment) -> Vec<&str> {
    a.next_questions.iter().map(|q| q.fact.as_ref()).collect()
}

const FORCED_LABOUR: &str = "purpose.forced_labour";

// ------------------------------------------- issue 12, the three cases

/// Item 1: a 24-year-old man deceived about the job (a factory promised, a
/// fishing boat found), documents confiscated, violence, wages withheld,
/// unpaid for eight months. Coercion at destination is positive (2 strong)
/// and work is in evidence, so forced labour is established and so is the
/// means (coercion); being deceived about the job shows that he was
/// recruited (art. 3(a)): **trafficking**, never unsafe migration.
#[test]
fn item_1_deceived_onto_a_fishing_boat_is_trafficking_not_unsafe_migration() {
    let mut input = told_yes(
        Some(24),
        &[
            "deceptive_recruitment.deceived_about_nature_of_job",
            "coercion_at_destination.confiscation_of_documents",
            "coercion_at_destination.violence_on_victims",
            "coercion_at_destination.withholding_of_wages",
            "exploitative_conditions.low_or_no_salary",
        ],
    );
    input.case.movement.migrated = Fact::Established;
    input.case.movement.crossed_border = Fact::Established;
    let a = evaluate(&input);
    assert_eq!(a.verdict, Verdict::Trafficking);
    let e = &a.trafficking.elements;
    assert_eq!(e.purpose.status, ElementStatus::Established);
    assert_eq!(e.purpose.facts, [Purpose::ForcedLabour]);
    assert_eq!(e.means.status, ElementStatus::Established);
    assert_eq!(e.act.status, ElementStatus::Established);
    assert_eq!(
        rule_of(&a, FORCED_LABOUR),
        ["ilo.2009.mapping.forced_labour"]
    );
    assert_eq!(
        rule_of(&a, "act.recruitment"),
        ["ilo.2009.mapping.recruitment"]
    );
    // Only suspected, the deception leaves the act suspected and the case
    // possible trafficking.
    let mut maybe = input.clone();
    maybe.indicators.set(
        "deceptive_recruitment.deceived_about_nature_of_job",
        Fact::Suspected,
    );
    assert_eq!(evaluate(&maybe).verdict, Verdict::PossibleTrafficking);
}

/// Item 2: a 7-year-old transported and handed over, made to work under
/// violence, wages withheld. Coercion at destination is positive on the
/// children's list (violence strong, withholding of wages medium) and
/// wages withheld show work: forced labour, established. A child needs no
/// means (art. 3(c)): child trafficking, not "no finding".
#[test]
fn item_2_child_transported_handed_over_and_made_to_work_is_child_trafficking() {
    let mut input = told_yes(
        Some(7),
        &[
            "coercion_at_destination.violence_on_victims",
            "coercion_at_destination.withholding_of_wages",
        ],
    );
    input.case.act.set(Act::Transportation, Fact::Established);
    input.case.act.set(Act::Transfer, Fact::Established);
    let a = evaluate(&input);
    assert_eq!(a.verdict, Verdict::Trafficking);
    assert_eq!(a.ilo.as_ref().unwrap().list, ListName::ChildrenLabour);
    let e = &a.trafficking.elements;
    assert_eq!(e.means.status, ElementStatus::NotRequired);
    assert_eq!(e.purpose.status, ElementStatus::Established);
    assert_eq!(e.purpose.facts, [Purpose::ForcedLabour]);
    assert!(a.reasons.iter().any(|r| r.rule == "tip.3c.child"));
}

const DENOUNCED: [&str; 4] = [
    "coercion_at_destination.threat_of_denunciation_to_authorities",
    "coercion_at_destination.withholding_of_wages",
    "exploitative_conditions.excessive_working_days_or_hours",
    "exploitative_conditions.low_or_no_salary",
];

/// Item 3: workers threatened with denunciation, wages withheld (two medium
/// indicators: coercion at destination is not positive, each a sign), and
/// exploitative conditions positive. The means is suspected and so is the
/// purpose: forced labour at the level of the coercion (the weakest
/// premise), work established. With no act in evidence there is no
/// finding of trafficking, and the questions ask for the act, in
/// indicators and in plain words; with an act, possible trafficking.
#[test]
fn item_3_threats_of_denunciation_give_means_and_purpose_at_the_level_of_the_evidence() {
    let input = told_yes(Some(31), &DENOUNCED);
    let a = evaluate(&input);
    let e = &a.trafficking.elements;
    assert_eq!(e.means.status, ElementStatus::Suspected);
    assert_eq!(e.purpose.status, ElementStatus::Suspected);
    assert_eq!(e.purpose.facts, [Purpose::ForcedLabour]);
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::Suspected);
    assert_eq!(e.act.status, ElementStatus::NotEstablished);
    assert_ne!(a.verdict, Verdict::Trafficking);
    assert_ne!(a.verdict, Verdict::PossibleTrafficking);
    // No act in evidence: it is asked for.
    let facts = asked(&a);
    assert!(facts.iter().any(|f| f.starts_with("act.")), "{facts:?}");
    assert!(
        a.next_questions
            .iter()
            .any(|q| q.fact.starts_with("indicators.deceptive_recruitment.")
                && q.why.contains("possible trafficking")),
        "{facts:?}"
    );
    // With an act in evidence: at least suspected trafficking.
    let mut with_act = input.clone();
    with_act.case.act.set(Act::Recruitment, Fact::Established);
    let a = evaluate(&with_act);
    assert_eq!(a.verdict, Verdict::PossibleTrafficking);
    assert_eq!(a.trafficking.status, Level::Suspected);
}

/// Item 4: the questions of a case told in indicators are asked in
/// indicators, in the ILO's wording, never as the legal elements the
/// indicators tell (the means and purposes they map to).
#[test]
fn item_4_questions_for_a_case_told_in_indicators_are_asked_in_indicators() {
    let a = evaluate(&told_yes(Some(31), &DENOUNCED));
    let wording = |id: &str| {
        data()
            .entry(ListName::AdultsLabour, id)
            .map(|e| e.wording.clone())
            .unwrap()
    };
    let mut indicators = 0;
    for q in &a.next_questions {
        assert!(!q.why.is_empty());
        if let Some(id) = q.fact.strip_prefix("indicators.") {
            indicators += 1;
            assert!(q.question.contains(&wording(id)), "{}", q.question);
            assert!(q.question.ends_with('?'));
        }
        assert!(
            !matches!(
                q.field(),
                Some(Field::Means(
                    Means::Coercion
                        | Means::Deception
                        | Means::Force
                        | Means::Threat
                        | Means::AbuseOfVulnerability
                )) | Some(Field::Purpose(Purpose::ForcedLabour))
            ),
            "{} is asked as a legal element",
            q.fact
        );
    }
    assert!(indicators > 0);
    // The questions that would make coercion at destination positive are asked.
    assert!(a.next_questions.iter().any(|q| q.fact
        == "indicators.coercion_at_destination.violence_on_victims"
        && q.why.contains("coercion at destination becomes positive")));
    // The explanation shows them too, each line within 80 characters.
    let text = palermo::words::explain::explain(&a);
    assert!(text.contains("Violence on victims (coercion at destination)"));
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

/// Item 5: the two ILO/EC sexual-exploitation lists were not found (again);
/// the fallback to the labour list of the age group stays, with its notice.
#[test]
fn item_5_the_sexual_lists_stay_a_fallback_with_their_notice() {
    for (name, labour) in [
        (ListName::AdultsSexual, ListName::AdultsLabour),
        (ListName::ChildrenSexual, ListName::ChildrenLabour),
    ] {
        let list = data().list(name).unwrap();
        assert!(list.indicators.is_empty());
        assert_eq!(list.fallback, Some(labour));
        assert!(list
            .note
            .as_deref()
            .is_some_and(|n| n.contains("not encoded")));
    }
    let mut input = told_yes(
        Some(30),
        &["coercion_at_destination.forced_tasks_or_clients"],
    );
    input
        .case
        .purpose
        .set(Purpose::SexualExploitation, Fact::Suspected);
    let ilo = evaluate(&input).ilo.unwrap();
    assert_eq!(ilo.list, ListName::AdultsLabour);
    assert_eq!(ilo.requested_list, Some(ListName::AdultsSexual));
    assert!(!ilo.notes.is_empty());
}

// ---------------------------------------------- one test per mapping rule

/// `ilo.2009.mapping.forced_labour`, ILO C29 art. 2(1): coercion with work
/// in evidence is forced labour, at the lower of the two levels.
#[test]
fn c29_art_2_1_coercion_with_work_in_evidence_is_forced_labour() {
    // Coercion positive and established, work established: established.
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercion_at_destination.isolation_confinement_or_surveillance",
            "coercion_at_destination.violence_on_victims",
            "exploitative_conditions.hazardous_work",
        ],
    ));
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::Established);
    assert_eq!(
        rule_of(&a, FORCED_LABOUR),
        ["ilo.2009.mapping.forced_labour"]
    );
    // Coercion at recruitment counts as much (to make the person take the job).
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercive_recruitment.violence_on_victims",
            "coercive_recruitment.threats_of_violence_against_victim",
            "exploitative_conditions.low_or_no_salary",
        ],
    ));
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::Established);
    // Work only suspected: at most suspected.
    let a = evaluate(&told(
        Some(30),
        &[
            (
                "coercion_at_destination.isolation_confinement_or_surveillance",
                Fact::Established,
            ),
            (
                "coercion_at_destination.violence_on_victims",
                Fact::Established,
            ),
            ("exploitative_conditions.hazardous_work", Fact::Suspected),
        ],
    ));
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::Suspected);
}

/// ILO C29 art. 2(1) needs "work or service": coercion with no work in
/// evidence is the means, not forced labour.
#[test]
fn c29_art_2_1_coercion_without_work_is_not_forced_labour() {
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercion_at_destination.isolation_confinement_or_surveillance",
            "coercion_at_destination.violence_on_victims",
        ],
    ));
    assert_eq!(mapped(&a, "means.coercion"), Level::Established);
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::NotEstablished);
}

/// ILO C29 art. 2(1): exploitative conditions, however many, show work and
/// not the menace of a penalty; never forced labour.
#[test]
fn c29_art_2_1_exploitative_conditions_alone_are_not_forced_labour() {
    let all_d4: Vec<String> = data()
        .list(ListName::AdultsLabour)
        .unwrap()
        .indicators
        .iter()
        .filter(|e| e.dimension == Dimension::ExploitativeConditions)
        .map(|e| e.id.clone())
        .collect();
    let refs: Vec<&str> = all_d4.iter().map(String::as_str).collect();
    let mut input = told_yes(Some(30), &refs);
    input.case.act.set(Act::Recruitment, Fact::Established);
    let a = evaluate(&input);
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::NotEstablished);
    assert_eq!(
        mapped(&a, "risk_factors.labour_rights_violations"),
        Level::Established
    );
    assert!(a
        .reasons
        .iter()
        .any(|r| r.rule == "ilo.2009.mapping.forced_labour"
            && r.text.contains("neither necessary nor sufficient")));
}

/// ILO C29 art. 2(1), at most the weakest premise: coercion shown only by
/// single indicators (signs) gives at most suspected forced labour, however
/// firmly the work is shown.
#[test]
fn c29_art_2_1_coercion_by_single_signs_gives_at_most_suspected_forced_labour() {
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercion_at_destination.violence_on_victims",
            "exploitative_conditions.excessive_working_days_or_hours",
            "exploitative_conditions.low_or_no_salary",
        ],
    ));
    assert_eq!(
        a.ilo
            .as_ref()
            .unwrap()
            .status(Dimension::CoercionAtDestination),
        Level::NotEstablished
    );
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::Suspected);
}

/// `ilo.2009.mapping.deception`, Protocol art. 3(a) "of fraud, of
/// deception": a positive deceptive-recruitment dimension is the means; one
/// indicator is a sign (suspected).
#[test]
fn protocol_art_3a_deceptive_recruitment_is_the_means_of_deception() {
    let one = evaluate(&told_yes(
        Some(30),
        &["deceptive_recruitment.deceived_about_nature_of_job"],
    ));
    assert_eq!(mapped(&one, "means.deception"), Level::Suspected);
    let two = evaluate(&told_yes(
        Some(30),
        &[
            "deceptive_recruitment.deceived_about_nature_of_job",
            "deceptive_recruitment.deceived_about_wages",
        ],
    ));
    assert_eq!(mapped(&two, "means.deception"), Level::Established);
    assert!(rule_of(&two, "means.deception").contains(&"ilo.2009.mapping.deception".to_string()));
    // Deception is involuntariness, not the menace of a penalty: with
    // exploitative conditions and no coercion, no forced labour.
    let exploited = evaluate(&told_yes(
        Some(30),
        &[
            "deceptive_recruitment.deceived_about_nature_of_job",
            "deceptive_recruitment.deceived_about_wages",
            "exploitative_conditions.excessive_working_days_or_hours",
            "exploitative_conditions.low_or_no_salary",
        ],
    ));
    assert_eq!(mapped(&exploited, FORCED_LABOUR), Level::NotEstablished);
}

/// `ilo.2009.mapping.coercion`, Protocol art. 3(a) "threat or use of force
/// or other forms of coercion".
#[test]
fn protocol_art_3a_coercion_indicators_are_the_means_of_coercion() {
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercion_at_destination.confiscation_of_documents",
            "coercion_at_destination.debt_bondage",
        ],
    ));
    assert_eq!(mapped(&a, "means.coercion"), Level::Established);
    assert!(rule_of(&a, "means.coercion").contains(&"ilo.2009.mapping.coercion".to_string()));
    let one = evaluate(&told_yes(
        Some(30),
        &["coercion_at_destination.violence_on_victims"],
    ));
    assert_eq!(mapped(&one, "means.force"), Level::Suspected);
}

/// `ilo.2009.mapping.recruitment`, Protocol art. 3(a) "recruitment".
#[test]
fn protocol_art_3a_recruitment_indicators_are_the_act_of_recruitment() {
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercive_recruitment.violence_on_victims",
            "coercive_recruitment.debt_bondage",
        ],
    ));
    assert_eq!(mapped(&a, "act.recruitment"), Level::Established);
    // One indicator of how the person was recruited shows a recruitment.
    let one = evaluate(&told_yes(Some(30), &["coercive_recruitment.debt_bondage"]));
    assert_eq!(mapped(&one, "act.recruitment"), Level::Established);
}

/// `ilo.2009.mapping.recruitment`, Protocol art. 3(a) "recruitment": an
/// indicator of the person's situation when recruited (economic reasons,
/// the general context) describes the person, not what anyone did. It
/// suggests a recruitment, never establishes it; an abuse of that
/// situation at recruitment does.
#[test]
fn protocol_art_3a_the_persons_situation_at_recruitment_only_suggests_a_recruitment() {
    for id in [
        "recruitment_by_abuse_of_vulnerability.economic_reasons",
        "recruitment_by_abuse_of_vulnerability.general_context",
        "recruitment_by_abuse_of_vulnerability.family_situation",
    ] {
        let mut input = told_yes(Some(30), &[id]);
        input.case.means.set(Means::Coercion, Fact::Established);
        input
            .case
            .purpose
            .set(Purpose::ForcedLabour, Fact::Established);
        let a = evaluate(&input);
        assert_eq!(mapped(&a, "act.recruitment"), Level::Suspected, "{id}");
        assert_eq!(a.trafficking.status, Level::Suspected, "{id}");
        assert_eq!(a.verdict, Verdict::PossibleTrafficking, "{id}");
    }
    let abuse = evaluate(&told_yes(
        Some(30),
        &["recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status"],
    ));
    assert_eq!(mapped(&abuse, "act.recruitment"), Level::Established);
}

/// Presumption of minority (CETS 197 art. 10(3); contract revision 2): the
/// children's lists grade a presumed child's indicators, but what only
/// their grades give rests on the presumed age, so it counts at most as
/// suspected until the age is verified; what the adults' lists give holds
/// at any age.
#[test]
fn presumption_of_minority_what_only_the_childrens_grades_give_is_provisional() {
    let threats = [
        "coercive_recruitment.threats_of_violence_against_victim",
        "coercive_recruitment.violence_on_family",
    ];
    let with_age = |age: Option<u8>, estimate: Option<(u8, u8)>| {
        let mut input = told_yes(age, &threats);
        input.case.person.age_estimate =
            estimate.map(|(min, max)| palermo::model::AgeRange { min, max });
        input.case.act.set(Act::Recruitment, Fact::Established);
        input
            .case
            .purpose
            .set(Purpose::ForcedLabour, Fact::Established);
        evaluate(&input)
    };
    // Strong for a child, medium for an adult: positive only for a child.
    let presumed = with_age(None, Some((16, 19)));
    assert_eq!(
        presumed.ilo.as_ref().map(|i| i.list),
        Some(ListName::ChildrenLabour)
    );
    assert_eq!(mapped(&presumed, "means.coercion"), Level::Suspected);
    assert_eq!(
        presumed.trafficking.elements.means.status,
        ElementStatus::Suspected
    );
    assert_eq!(presumed.trafficking.status, Level::Suspected);
    assert_eq!(presumed.verdict, Verdict::PossibleTrafficking);
    assert!(asked(&presumed).contains(&"person.age"));
    let held = presumed
        .reasons
        .iter()
        .find(|r| r.rule == "ilo.2009.mapping.coercion" && r.text.contains("means of coercion"))
        .expect("the coercion mapping is given");
    assert!(
        held.text.contains("presumed to be a child"),
        "{}",
        held.text
    );
    // A child: no means is needed; an adult: the adults' grades.
    assert_eq!(with_age(Some(15), None).verdict, Verdict::Trafficking);
    assert_eq!(
        mapped(&with_age(Some(19), None), "means.coercion"),
        Level::Suspected
    );
    assert_eq!(
        with_age(Some(19), None).verdict,
        Verdict::PossibleTrafficking
    );

    // Positive on the adults' list too: the means holds at any age, and so
    // does the finding.
    let mut input = told_yes(
        None,
        &[
            "coercive_recruitment.violence_on_victims",
            "coercive_recruitment.violence_on_family",
        ],
    );
    input.case.person.age_estimate = Some(palermo::model::AgeRange { min: 16, max: 19 });
    input.case.act.set(Act::Recruitment, Fact::Established);
    input
        .case
        .purpose
        .set(Purpose::ForcedLabour, Fact::Established);
    let a = evaluate(&input);
    assert_eq!(mapped(&a, "means.coercion"), Level::Established);
    assert_eq!(a.verdict, Verdict::Trafficking);
}

/// `ilo.2009.mapping.harbouring`, Protocol art. 3(a) "harbouring or
/// receipt": coercion at destination suggests it, never establishes it.
#[test]
fn protocol_art_3a_coercion_at_destination_suggests_harbouring_only() {
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercion_at_destination.confiscation_of_documents",
            "coercion_at_destination.debt_bondage",
            "coercion_at_destination.isolation_confinement_or_surveillance",
        ],
    ));
    assert_eq!(mapped(&a, "act.harbouring"), Level::Suspected);
}

/// `ilo.2009.mapping.vulnerability`, Protocol art. 3(a) and the UNODC Issue
/// Paper (2013): a vulnerability is a means only where its abuse is shown.
#[test]
fn protocol_art_3a_issue_paper_2013_vulnerability_needs_its_abuse() {
    let situation = evaluate(&told_yes(
        Some(30),
        &[
            "recruitment_by_abuse_of_vulnerability.economic_reasons",
            "recruitment_by_abuse_of_vulnerability.family_situation",
            "recruitment_by_abuse_of_vulnerability.personal_situation",
        ],
    ));
    assert_eq!(
        mapped(&situation, "means.abuse_of_vulnerability"),
        Level::NotEstablished
    );
    assert_eq!(mapped(&situation, "person.vulnerable"), Level::Established);
    let abuse = evaluate(&told_yes(
        Some(30),
        &[
            "recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status",
            "recruitment_by_abuse_of_vulnerability.economic_reasons",
            "recruitment_by_abuse_of_vulnerability.family_situation",
        ],
    ));
    assert_eq!(
        mapped(&abuse, "means.abuse_of_vulnerability"),
        Level::Established
    );
}

/// `ilo.2009.mapping.debt_bondage`, Supplementary Slavery Convention 1956
/// art. 1(a): the indicator does not show the pledge of services, so at
/// most suspected.
#[test]
fn slavery_convention_1956_art_1a_debt_bondage_is_at_most_suspected() {
    let a = evaluate(&told_yes(
        Some(30),
        &[
            "coercion_at_destination.debt_bondage",
            "coercion_at_destination.confiscation_of_documents",
        ],
    ));
    assert_eq!(
        mapped(&a, "purpose.practices_similar_to_slavery"),
        Level::Suspected
    );
}

/// `ilo.2009.mapping.forced_criminality`, ILO C29 art. 2(1) and C182 art.
/// 3(c): one indicator makes the purpose suspected.
#[test]
fn c182_art_3c_forced_into_crime_suggests_forced_criminality() {
    let a = evaluate(&told_yes(
        Some(15),
        &["coercion_at_destination.forced_into_illicit_or_criminal_activities"],
    ));
    assert_eq!(mapped(&a, "purpose.forced_criminality"), Level::Suspected);
}

/// `ilo.2009.mapping.risk`, contract v1 §3: indicators that describe a risk
/// factor record it at their own level.
#[test]
fn contract_v1_s3_indicators_record_risk_factors() {
    let a = evaluate(&told(
        Some(30),
        &[
            (
                "coercion_at_destination.confiscation_of_documents",
                Fact::Suspected,
            ),
            (
                "exploitative_conditions.wage_manipulation",
                Fact::Established,
            ),
        ],
    ));
    assert_eq!(
        mapped(&a, "risk_factors.documents_held_by_others"),
        Level::Suspected
    );
    assert_eq!(
        mapped(&a, "risk_factors.labour_rights_violations"),
        Level::Established
    );
}

// --------------------- acceptance-style scenarios, told only in indicators
//
// Patterns drawn from published reports (migrant domestic work, recruitment
// debt in construction, children forced into street crime); the people are
// invented.

/// A domestic worker recruited abroad: deceived about her conditions, wages
/// and housing (three medium: deceptive recruitment positive), her passport
/// kept and the house locked (coercion at destination positive), long
/// hours and little pay (exploitative conditions positive). Every element
/// established: trafficking, and the ILO/EC reading agrees.
#[test]
fn scenario_domestic_worker_with_passport_kept_is_trafficking() {
    let a = evaluate(&told_yes(
        Some(29),
        &[
            "deceptive_recruitment.deceived_about_conditions_of_work",
            "deceptive_recruitment.deceived_about_wages",
            "deceptive_recruitment.deceived_about_housing_and_living_conditions",
            "coercion_at_destination.confiscation_of_documents",
            "coercion_at_destination.isolation_confinement_or_surveillance",
            "exploitative_conditions.excessive_working_days_or_hours",
            "exploitative_conditions.low_or_no_salary",
        ],
    ));
    assert_eq!(a.verdict, Verdict::Trafficking);
    assert!(a.ilo.as_ref().unwrap().verdict.agrees_with_protocol);
    assert!(a
        .next_questions
        .iter()
        .all(|q| !q.fact.starts_with("means.")));
}

/// Construction workers bonded by recruitment fees: a debt taken on at
/// recruitment (a coercive-recruitment indicator: they were recruited), a
/// debt that keeps them at work, wages withheld and a threat to call the
/// police (coercion at destination positive), and unsafe sites. Act, means
/// and purpose established: trafficking.
#[test]
fn scenario_construction_workers_bonded_by_recruitment_debt_are_trafficked() {
    let a = evaluate(&told_yes(
        Some(38),
        &[
            "coercive_recruitment.debt_bondage",
            "coercion_at_destination.debt_bondage",
            "coercion_at_destination.withholding_of_wages",
            "coercion_at_destination.threat_of_denunciation_to_authorities",
            "exploitative_conditions.very_bad_working_conditions",
        ],
    ));
    assert_eq!(a.verdict, Verdict::Trafficking);
    let e = &a.trafficking.elements;
    assert_eq!(e.means.status, ElementStatus::Established);
    assert_eq!(e.purpose.status, ElementStatus::Established);
    assert_eq!(e.act.status, ElementStatus::Established);
    assert_eq!(
        mapped(&a, "purpose.practices_similar_to_slavery"),
        Level::Suspected
    );
}

/// A 15-year-old made to steal under beatings: forced into crime and
/// violence (both strong on the children's list: coercion at destination
/// positive), which is work or service exacted under the menace of a
/// penalty. A child needs no means; the act is only suggested (harbouring):
/// possible trafficking. Stating that someone brought the child makes it
/// trafficking.
#[test]
fn scenario_child_made_to_steal_under_beatings_is_child_trafficking_once_the_act_is_shown() {
    let input = told_yes(
        Some(15),
        &[
            "coercion_at_destination.forced_into_illicit_or_criminal_activities",
            "coercion_at_destination.violence_on_victims",
        ],
    );
    let a = evaluate(&input);
    assert_eq!(a.verdict, Verdict::PossibleTrafficking);
    assert_eq!(mapped(&a, FORCED_LABOUR), Level::Established);
    assert!(asked(&a).contains(&"act.transportation"));
    let mut brought = input.clone();
    brought.case.act.set(Act::Transportation, Fact::Established);
    assert_eq!(evaluate(&brought).verdict, Verdict::Trafficking);
}

// ------------------------------------------------------------- invariants

fn pool(filter: impl Fn(&str) -> bool) -> Vec<String> {
    data()
        .ids()
        .into_iter()
        .filter(|id| filter(id))
        .map(str::to_string)
        .collect()
}

fn fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        Just(Fact::Established),
        Just(Fact::Suspected),
        Just(Fact::RuledOut),
    ]
}

fn picks(pool: Vec<String>) -> impl Strategy<Value = Vec<(String, Fact)>> {
    let n = pool.len();
    prop::collection::vec((0..n, fact()), 0..=n.min(16))
        .prop_map(move |p| p.into_iter().map(|(i, f)| (pool[i].clone(), f)).collect())
}

/// A case told in `picks`, of a person aged `age`; an `age` over 70 stands
/// for a person whose age is estimated at 16 to 19 (a presumed child).
fn input_of(age: u8, picks: &[(String, Fact)], act: Fact) -> Input {
    let refs: Vec<(&str, Fact)> = picks.iter().map(|(i, f)| (i.as_str(), *f)).collect();
    let mut input = told((age <= 70).then_some(age), &refs);
    if age > 70 {
        input.case.person.age_estimate = Some(palermo::model::AgeRange { min: 16, max: 19 });
    }
    input.case.act.set(Act::Recruitment, act);
    input
}

fn is_coercion_sign(id: &str) -> bool {
    SIGNS.iter().any(|(s, t)| {
        *s == id
            && matches!(
                t,
                Field::Means(Means::Coercion | Means::Force | Means::Threat)
            )
    })
}

fn act_fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        Just(Fact::NotStated),
        Just(Fact::Suspected),
        Just(Fact::Established),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    /// Exploitative conditions alone (with any vulnerability indicators)
    /// never give a forced-labour purpose.
    #[test]
    fn exploitative_conditions_alone_never_give_a_forced_labour_purpose(
        p in picks(pool(|id| {
            id.starts_with("exploitative_conditions.")
                || id.starts_with("abuse_of_vulnerability_at_destination.")
        })),
        age in 0u8..=80,
        act in act_fact(),
    ) {
        let a = evaluate(&input_of(age, &p, act));
        prop_assert_eq!(mapped(&a, FORCED_LABOUR), Level::NotEstablished);
        prop_assert!(!a.trafficking.elements.purpose.facts.contains(&Purpose::ForcedLabour));
    }

    /// Forced labour from indicators needs coercion and work, and is never
    /// above either (at most the weakest premise).
    #[test]
    fn forced_labour_is_at_most_the_weaker_of_coercion_and_work(
        p in picks(pool(|_| true)),
        age in 0u8..=80,
    ) {
        let input = input_of(age, &p, Fact::NotStated);
        let a = evaluate(&input);
        // The indicators as read (a later pick of the same id wins).
        let p: Vec<(String, Fact)> = input.indicators.iter().map(|(i, f)| (i.to_string(), f)).collect();
        let fl = mapped(&a, FORCED_LABOUR);
        let Some(ilo) = a.ilo.as_ref() else {
            return Ok(());
        };
        let level = |f: Fact| if f == Fact::Established { Level::Established } else if f == Fact::Suspected { Level::Suspected } else { Level::NotEstablished };
        let work = p.iter().filter(|(id, _)| shows_work(id)).map(|(_, f)| level(*f)).max().unwrap_or_default();
        let signs = p.iter().filter(|(id, _)| is_coercion_sign(id)).map(|(_, f)| level(*f).min(Level::Suspected)).max().unwrap_or_default();
        let coercion = ilo.status(Dimension::CoerciveRecruitment)
            .max(ilo.status(Dimension::CoercionAtDestination))
            .max(signs);
        prop_assert!(fl <= work, "{:?} > work {:?}", fl, work);
        prop_assert!(fl <= coercion, "{:?} > coercion {:?}", fl, coercion);
        if age > 70 {
            // A presumed child: what only the children's grades give is
            // at most suspected; what the adults' give holds at any age.
            let adult = mapped(&evaluate(&input_of(30, &p, Fact::NotStated)), FORCED_LABOUR);
            prop_assert_eq!(fl, adult.max(work.min(coercion).min(Level::Suspected)));
        } else {
            prop_assert_eq!(fl, work.min(coercion));
        }
    }

    /// Adding a coercion indicator never lowers the finding, an element, or
    /// the forced-labour purpose.
    #[test]
    fn adding_a_coercion_indicator_never_lowers_the_finding(
        p in picks(pool(|_| true)),
        extra in 0usize..1000,
        confirmed in any::<bool>(),
        age in 0u8..=80,
        act in act_fact(),
    ) {
        let coercion = pool(|id| id.starts_with("coercive_recruitment.") || id.starts_with("coercion_at_destination."));
        let id = &coercion[extra % coercion.len()];
        let base = input_of(age, &p, act);
        let mut more = base.clone();
        let now = more.indicators.get(id);
        if now != Fact::Established && (confirmed || now != Fact::Suspected) {
            more.indicators.set(id, if confirmed { Fact::Established } else { Fact::Suspected });
        }
        let (a, b) = (evaluate(&base), evaluate(&more));
        prop_assert!(b.trafficking.status >= a.trafficking.status);
        prop_assert!(mapped(&b, FORCED_LABOUR) >= mapped(&a, FORCED_LABOUR));
        prop_assert!(mapped(&b, "means.coercion") >= mapped(&a, "means.coercion"));
        let rank = |v: Verdict| Verdict::ALL.iter().position(|x| *x == v).unwrap();
        prop_assert!(
            rank(b.verdict) <= rank(a.verdict)
                || a.verdict == Verdict::PossibleTrafficking && b.verdict == Verdict::Trafficking
        );
    }

    /// Every question asked in indicators does what its "why" says: a
    /// "yes" changes the verdict, or raises the indicator's dimension.
    #[test]
    fn every_indicator_question_raises_a_dimension_or_changes_the_verdict(
        p in picks(pool(|_| true)),
        age in 0u8..=80,
        act in act_fact(),
    ) {
        let input = input_of(age, &p, act);
        let a = evaluate(&input);
        let Some(before) = a.ilo.as_ref() else {
            return Ok(());
        };
        for q in a.next_questions.iter().filter(|q| q.fact.starts_with("indicators.")) {
            let id = q.fact.strip_prefix("indicators.").unwrap();
            prop_assert!(input.indicators.get(id).is_not_stated() || input.indicators.get(id) == Fact::Suspected);
            let mut more = input.clone();
            more.indicators.set(id, Fact::Established);
            let b = evaluate(&more);
            let d = Dimension::of_indicator(id).unwrap();
            let raised = b.ilo.as_ref().unwrap().status(d) > before.status(d);
            prop_assert!(b.verdict != a.verdict || raised, "{}: {}", id, q.why);
            prop_assert_eq!(b.verdict != a.verdict, q.why.contains("verdict becomes"), "{}", q.why);
        }
    }
}
