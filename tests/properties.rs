//! Properties of the engine over arbitrary cases (proptest).
//!
//! The strategy below produces a `palermo::model::Case` with every field of
//! contract v1 drawn at random: each fact from {not stated, ruled out,
//! suspected, established}, ages 0..=130 (often near 18), estimates with
//! min <= max, entry and stay, the relationship after arrival, and ids with
//! characters that need escaping in JSON.
//!
//! The properties are the legal invariants of contract v1: what can never
//! change a finding (consent, actual exploitation, a border crossing,
//! vulnerability alone, the means for a child), monotonicity (more
//! established facts never weaken a finding, except the two exclusions of
//! smuggling), the shape of the output (labels, missing, questions), and
//! the wire format (both ways).

use palermo::assessment::{Element, ElementStatus};
use palermo::model::{
    Act, AgeRange, Case, Fact, Means, Purpose, Regularity, Relationship, RiskFactor, Vocabulary,
};
use palermo::{evaluate, Assessment, Level, PersonStatus, Verdict};
use proptest::prelude::*;
use proptest::test_runner::Config;

mod common;

// ------------------------------------------------------------ the fields

/// One fact of a case, wherever it lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum F {
    Act(Act),
    Means(Means),
    Purpose(Purpose),
    Risk(RiskFactor),
    ChildIndicators,
    Vulnerable,
    Consent,
    ExploitationOccurred,
    Migrated,
    CrossedBorder,
    National,
    ProcuredEntry,
    EnabledIrregularStay,
    MaterialBenefit,
    HumanitarianOrFamily,
    FraudulentDocuments,
    LifeEndangered,
    InhumanOrDegradingTreatment,
    AsylumClaim,
    OffencesByPerson,
}

const PLAIN: &[F] = &[
    F::ChildIndicators,
    F::Vulnerable,
    F::Consent,
    F::ExploitationOccurred,
    F::Migrated,
    F::CrossedBorder,
    F::National,
    F::ProcuredEntry,
    F::EnabledIrregularStay,
    F::MaterialBenefit,
    F::HumanitarianOrFamily,
    F::FraudulentDocuments,
    F::LifeEndangered,
    F::InhumanOrDegradingTreatment,
    F::AsylumClaim,
    F::OffencesByPerson,
];

/// Whether a fact is one of contract v1 as first published (5 acts, 9 means,
/// 12 purposes): the baseline these properties are about. Facts that other
/// instruments name were appended to the vocabularies later and have their
/// own properties in `tests/profiles.rs`.
fn baseline<V: Vocabulary>(m: V, count: usize) -> bool {
    m.index() < count
}

/// Every fact of contract v1, in a fixed order.
fn all_facts() -> Vec<F> {
    Act::ALL
        .iter()
        .filter(|&&m| baseline(m, 5))
        .map(|&m| F::Act(m))
        .chain(
            Means::ALL
                .iter()
                .filter(|&&m| baseline(m, 9))
                .map(|&m| F::Means(m)),
        )
        .chain(
            Purpose::ALL
                .iter()
                .filter(|&&m| baseline(m, 12))
                .map(|&m| F::Purpose(m)),
        )
        .chain(RiskFactor::ALL.iter().map(|&m| F::Risk(m)))
        .chain(PLAIN.iter().copied())
        .collect()
}

/// 5 acts + 9 means + 12 purposes + 8 risk factors + 16 single facts.
const FACT_COUNT: usize = 50;

impl F {
    /// The contract v1 dotted path.
    fn path(self) -> &'static str {
        match self {
            F::Act(m) => m.path(),
            F::Means(m) => m.path(),
            F::Purpose(m) => m.path(),
            F::Risk(m) => m.path(),
            F::ChildIndicators => "person.child_indicators",
            F::Vulnerable => "person.vulnerable",
            F::Consent => "consent",
            F::ExploitationOccurred => "exploitation_occurred",
            F::Migrated => "movement.migrated",
            F::CrossedBorder => "movement.crossed_border",
            F::National => "movement.national_or_resident_of_destination",
            F::ProcuredEntry => "movement.facilitator.procured_entry",
            F::EnabledIrregularStay => "movement.facilitator.enabled_irregular_stay",
            F::MaterialBenefit => "movement.facilitator.material_benefit",
            F::HumanitarianOrFamily => "movement.facilitator.humanitarian_or_family",
            F::FraudulentDocuments => "movement.fraudulent_documents",
            F::LifeEndangered => "movement.life_endangered",
            F::InhumanOrDegradingTreatment => "movement.inhuman_or_degrading_treatment",
            F::AsylumClaim => "asylum_claim",
            F::OffencesByPerson => "offences_by_person",
        }
    }

    fn get(self, c: &Case) -> Fact {
        let m = &c.movement;
        match self {
            F::Act(x) => c.act.get(x),
            F::Means(x) => c.means.get(x),
            F::Purpose(x) => c.purpose.get(x),
            F::Risk(x) => c.risk_factors.get(x),
            F::ChildIndicators => c.person.child_indicators,
            F::Vulnerable => c.person.vulnerable,
            F::Consent => c.consent,
            F::ExploitationOccurred => c.exploitation_occurred,
            F::Migrated => m.migrated,
            F::CrossedBorder => m.crossed_border,
            F::National => m.national_or_resident_of_destination,
            F::ProcuredEntry => m.facilitator.procured_entry,
            F::EnabledIrregularStay => m.facilitator.enabled_irregular_stay,
            F::MaterialBenefit => m.facilitator.material_benefit,
            F::HumanitarianOrFamily => m.facilitator.humanitarian_or_family,
            F::FraudulentDocuments => m.fraudulent_documents,
            F::LifeEndangered => m.life_endangered,
            F::InhumanOrDegradingTreatment => m.inhuman_or_degrading_treatment,
            F::AsylumClaim => c.asylum_claim,
            F::OffencesByPerson => c.offences_by_person,
        }
    }

    fn set(self, c: &mut Case, f: Fact) {
        let m = &mut c.movement;
        match self {
            F::Act(x) => c.act.set(x, f),
            F::Means(x) => c.means.set(x, f),
            F::Purpose(x) => c.purpose.set(x, f),
            F::Risk(x) => c.risk_factors.set(x, f),
            F::ChildIndicators => c.person.child_indicators = f,
            F::Vulnerable => c.person.vulnerable = f,
            F::Consent => c.consent = f,
            F::ExploitationOccurred => c.exploitation_occurred = f,
            F::Migrated => m.migrated = f,
            F::CrossedBorder => m.crossed_border = f,
            F::National => m.national_or_resident_of_destination = f,
            F::ProcuredEntry => m.facilitator.procured_entry = f,
            F::EnabledIrregularStay => m.facilitator.enabled_irregular_stay = f,
            F::MaterialBenefit => m.facilitator.material_benefit = f,
            F::HumanitarianOrFamily => m.facilitator.humanitarian_or_family = f,
            F::FraudulentDocuments => m.fraudulent_documents = f,
            F::LifeEndangered => m.life_endangered = f,
            F::InhumanOrDegradingTreatment => m.inhuman_or_degrading_treatment = f,
            F::AsylumClaim => c.asylum_claim = f,
            F::OffencesByPerson => c.offences_by_person = f,
        }
    }

    /// The two facts the contract makes exclusions of smuggling.
    fn is_smuggling_exclusion(self) -> bool {
        matches!(self, F::National | F::HumanitarianOrFamily)
    }
}

/// Whether the fact at `path` is stated in `c` (any path contract v1 can
/// ask about). Panics on a path the contract does not know.
fn is_stated(c: &Case, path: &str) -> bool {
    match path {
        "person.age" => c.person.age.is_some(),
        "person.age_estimate" => c.person.age_estimate.is_some(),
        "movement.entry" => c.movement.entry.is_some(),
        "movement.stay" => c.movement.stay.is_some(),
        "movement.facilitator.relationship_after_arrival" => {
            c.movement.facilitator.relationship_after_arrival.is_some()
        }
        _ => match all_facts().into_iter().find(|f| f.path() == path) {
            Some(f) => !f.get(c).is_not_stated(),
            // Facts added after contract v1 (revision 2 and other
            // instruments' terms): the library's own paths.
            None => palermo::model::Field::from_path(path)
                .unwrap_or_else(|| panic!("next_questions names an unknown fact: {path}"))
                .is_stated(c),
        },
    }
}

// ------------------------------------------------------------ strategies

fn fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        3 => Just(Fact::NotStated),
        1 => Just(Fact::RuledOut),
        1 => Just(Fact::Suspected),
        1 => Just(Fact::Established),
    ]
}

fn any_fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        Just(Fact::NotStated),
        Just(Fact::RuledOut),
        Just(Fact::Suspected),
        Just(Fact::Established),
    ]
}

fn regularity() -> impl Strategy<Value = Option<Regularity>> {
    prop_oneof![
        Just(None),
        Just(Some(Regularity::Regular)),
        Just(Some(Regularity::Irregular)),
    ]
}

fn relationship() -> impl Strategy<Value = Option<Relationship>> {
    prop_oneof![
        Just(None),
        Just(Some(Relationship::Ended)),
        Just(Some(Relationship::Continued)),
    ]
}

/// An age, often near 18 where the law turns.
fn age() -> impl Strategy<Value = u8> {
    prop_oneof![0u8..=130, 14u8..=21]
}

fn age_range() -> impl Strategy<Value = AgeRange> {
    (age(), age()).prop_map(|(a, b)| AgeRange {
        min: a.min(b),
        max: a.max(b),
    })
}

fn id() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[a-zA-Z0-9 _\"\\\\/é\u{1F600}-]{0,16}")
}

fn case() -> impl Strategy<Value = Case> {
    (
        proptest::collection::vec(fact(), FACT_COUNT),
        proptest::option::weighted(0.5, age()),
        proptest::option::weighted(0.3, age_range()),
        regularity(),
        regularity(),
        relationship(),
        id(),
        0u8..8,
    )
        .prop_map(
            |(facts, age, estimate, entry, stay, relationship, id, shape)| {
                let mut c = Case::new();
                for (f, v) in all_facts().into_iter().zip(facts) {
                    f.set(&mut c, v);
                }
                // One case in eight is smuggling-shaped (an established entry
                // route for a benefit; the exclusions stay random), so the
                // properties meet smuggling verdicts often enough.
                if shape == 0 {
                    for f in [F::CrossedBorder, F::ProcuredEntry, F::MaterialBenefit] {
                        f.set(&mut c, Fact::Established);
                    }
                }
                c.person.age = age;
                c.person.age_estimate = estimate;
                c.movement.entry = if shape == 0 {
                    Some(Regularity::Irregular)
                } else {
                    entry
                };
                c.movement.stay = stay;
                c.movement.facilitator.relationship_after_arrival = relationship;
                c.id = id;
                c
            },
        )
}

/// A person the child rule applies to: a child by age or estimate, or a
/// presumed child by a straddling estimate or by indicators.
fn make_child(c: &mut Case, how: u8, age: u8, low: u8, high: u8) {
    c.person.age = None;
    c.person.age_estimate = None;
    match how % 4 {
        0 => c.person.age = Some(age % 18),
        1 => {
            c.person.age_estimate = Some(AgeRange {
                min: low % 18,
                max: (low % 18).max(high % 18),
            })
        }
        2 => {
            c.person.age_estimate = Some(AgeRange {
                min: low % 18,
                max: 18 + high % 20,
            })
        }
        _ => {
            c.person.child_indicators = if high % 2 == 0 {
                Fact::Established
            } else {
                Fact::Suspected
            }
        }
    }
}

// ------------------------------------------------------------ helpers

fn rank(v: Verdict) -> usize {
    Verdict::ALL
        .iter()
        .position(|x| *x == v)
        .expect("a known verdict")
}

/// How far an element goes; not required counts as satisfied.
fn element_rank(s: ElementStatus) -> u8 {
    match s {
        ElementStatus::NotEstablished => 0,
        ElementStatus::Suspected => 1,
        ElementStatus::Established => 2,
        ElementStatus::NotRequired => 3,
        other => panic!("unknown element status {other:?}"),
    }
}

fn elements(a: &Assessment) -> [ElementStatus; 3] {
    let e = &a.trafficking.elements;
    [e.act.status, e.means.status, e.purpose.status]
}

/// The four findings the verdict is decided on.
fn statuses(a: &Assessment) -> [Level; 4] {
    [
        a.trafficking.status,
        a.smuggling.status,
        a.unsafe_migration.status,
        a.irregular_migration.status,
    ]
}

fn asked(a: &Assessment) -> Vec<&str> {
    a.next_questions.iter().map(|q| q.fact.as_ref()).collect()
}

// ------------------------------------------------------------ JSON by hand

/// How to spell a case in JSON: contract v1 allows several spellings of the
/// same facts, and they must all read the same.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// 0: omit not-stated facts; 1: write null; 2: write "unknown".
    unstated: u8,
    /// Write "yes"/"no" instead of true/false.
    synonyms: bool,
    /// Write objects even when they have nothing stated.
    empty_objects: bool,
}

fn style() -> impl Strategy<Value = Style> {
    (0u8..3, any::<bool>(), any::<bool>()).prop_map(|(unstated, synonyms, empty_objects)| Style {
        unstated,
        synonyms,
        empty_objects,
    })
}

fn fact_json(f: Fact, s: Style) -> Option<&'static str> {
    match (f, s.synonyms) {
        (Fact::Established, false) => Some("true"),
        (Fact::Established, true) => Some("\"yes\""),
        (Fact::RuledOut, false) => Some("false"),
        (Fact::RuledOut, true) => Some("\"no\""),
        (Fact::Suspected, _) => Some("\"suspected\""),
        (Fact::NotStated, _) => match s.unstated {
            0 => None,
            1 => Some("null"),
            _ => Some("\"unknown\""),
        },
    }
}

/// A JSON object from `(name, value)` pairs, `None` values left out.
fn object(fields: Vec<(&str, Option<String>)>, s: Style) -> Option<String> {
    let parts: Vec<String> = fields
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("\"{k}\": {v}")))
        .collect();
    if parts.is_empty() && !s.empty_objects {
        None
    } else {
        Some(format!("{{{}}}", parts.join(", ")))
    }
}

fn facts_object<V: Vocabulary>(c: &Case, wrap: fn(V) -> F, s: Style) -> Option<String> {
    object(
        V::ALL
            .iter()
            .map(|&m| (m.name(), fact_json(wrap(m).get(c), s).map(str::to_string)))
            .collect(),
        s,
    )
}

fn option_json<T>(v: Option<T>, name: impl Fn(T) -> &'static str, s: Style) -> Option<String> {
    match v {
        Some(v) => Some(format!("\"{}\"", name(v))),
        None => fact_json(Fact::NotStated, s)
            .filter(|n| *n == "null")
            .map(str::to_string),
    }
}

fn regularity_name(r: Regularity) -> &'static str {
    match r {
        Regularity::Regular => "regular",
        Regularity::Irregular => "irregular",
    }
}

fn relationship_name(r: Relationship) -> &'static str {
    match r {
        Relationship::Ended => "ended",
        Relationship::Continued => "continued",
    }
}

/// Render a case as contract v1 JSON, field by field, with the contract's
/// names (not with the crate's serialiser).
fn render(c: &Case, s: Style) -> String {
    let f = |x: F| fact_json(x.get(c), s).map(str::to_string);
    let m = &c.movement;
    let person = object(
        vec![
            ("age", c.person.age.map(|a| a.to_string())),
            (
                "age_estimate",
                c.person
                    .age_estimate
                    .map(|r| format!("{{\"min\": {}, \"max\": {}}}", r.min, r.max)),
            ),
            ("child_indicators", f(F::ChildIndicators)),
            ("vulnerable", f(F::Vulnerable)),
        ],
        s,
    );
    let facilitator = object(
        vec![
            ("procured_entry", f(F::ProcuredEntry)),
            ("enabled_irregular_stay", f(F::EnabledIrregularStay)),
            ("material_benefit", f(F::MaterialBenefit)),
            ("humanitarian_or_family", f(F::HumanitarianOrFamily)),
            (
                "relationship_after_arrival",
                option_json(
                    m.facilitator.relationship_after_arrival,
                    relationship_name,
                    s,
                ),
            ),
        ],
        s,
    );
    let movement = object(
        vec![
            ("migrated", f(F::Migrated)),
            ("crossed_border", f(F::CrossedBorder)),
            ("entry", option_json(m.entry, regularity_name, s)),
            ("stay", option_json(m.stay, regularity_name, s)),
            ("national_or_resident_of_destination", f(F::National)),
            ("facilitator", facilitator),
            ("fraudulent_documents", f(F::FraudulentDocuments)),
            ("life_endangered", f(F::LifeEndangered)),
            (
                "inhuman_or_degrading_treatment",
                f(F::InhumanOrDegradingTreatment),
            ),
        ],
        s,
    );
    object(
        vec![
            (
                "id",
                c.id.as_ref()
                    .map(|id| serde_json::to_string(id).expect("a string serialises")),
            ),
            ("person", person),
            ("act", facts_object::<Act>(c, F::Act, s)),
            ("means", facts_object::<Means>(c, F::Means, s)),
            ("purpose", facts_object::<Purpose>(c, F::Purpose, s)),
            ("consent", f(F::Consent)),
            ("exploitation_occurred", f(F::ExploitationOccurred)),
            ("movement", movement),
            ("risk_factors", facts_object::<RiskFactor>(c, F::Risk, s)),
            ("asylum_claim", f(F::AsylumClaim)),
            ("offences_by_person", f(F::OffencesByPerson)),
        ],
        Style {
            empty_objects: true,
            ..s
        },
    )
    .expect("the top level is always an object")
}

// ------------------------------------------------------------ properties

proptest! {
    #![proptest_config(Config::with_cases(256))]

    /// Reason texts are words for people: a fact is named by its name,
    /// never by the path the JSON carries beside it (nor an indicator by
    /// its id), under every profile.
    #[test]
    fn reasons_name_facts_in_words(c in case()) {
        for profile in palermo::Profile::ALL {
            let a = palermo::evaluate_with(&c, profile);
            for r in &a.reasons {
                prop_assert_eq!(common::a_name_of_data_in(&r.text), None, "{}", r.text);
            }
        }
    }

    /// Evaluation is total and deterministic: equal input, equal output,
    /// byte-identical JSON.
    #[test]
    fn evaluation_is_deterministic(c in case()) {
        let a = evaluate(&c);
        let b = evaluate(&c.clone());
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        prop_assert_eq!(palermo::io::to_json(&a), palermo::io::to_json(&b));
        // The fast writer gives exactly serde's bytes, under every profile.
        for p in palermo::Profile::ALL {
            let a = palermo::evaluate_with(&c, p);
            prop_assert_eq!(palermo::io::to_json(&a), serde_json::to_string(&a).unwrap());
        }
        let text = palermo::words::explain::explain(&a);
        let head = format!("Verdict: {}\n", palermo::words::explain::verdict_text(a.verdict));
        prop_assert!(text.starts_with(&head), "{}", text);
        prop_assert_eq!(text, palermo::words::explain::explain(&b));
    }

    /// Consent, actual exploitation, a border crossing and vulnerability on
    /// its own never change the trafficking finding.
    #[test]
    fn evidential_facts_never_change_trafficking(
        c in case(),
        consent in any_fact(),
        occurred in any_fact(),
        crossed in any_fact(),
        vulnerable in any_fact(),
    ) {
        let before = evaluate(&c);
        let mut d = c.clone();
        d.consent = consent;
        d.exploitation_occurred = occurred;
        d.movement.crossed_border = crossed;
        d.person.vulnerable = vulnerable;
        let after = evaluate(&d);
        prop_assert_eq!(before.trafficking.status, after.trafficking.status);
        prop_assert_eq!(&before.trafficking.missing, &after.trafficking.missing);
        prop_assert_eq!(elements(&before), elements(&after));
        // Each on its own leaves the whole trafficking finding alone.
        for f in [F::Consent, F::ExploitationOccurred, F::CrossedBorder, F::Vulnerable] {
            let mut e = c.clone();
            f.set(&mut e, Fact::Established);
            prop_assert_eq!(evaluate(&e).trafficking, before.trafficking.clone(), "{:?}", f);
        }
    }

    /// Establishing any fact never lowers an element, the trafficking
    /// status, irregular or unsafe migration or the verdict; nor smuggling,
    /// except by the two exclusions.
    #[test]
    fn an_established_fact_never_weakens_a_finding(c in case(), which in 0..FACT_COUNT) {
        let f = all_facts()[which];
        let mut d = c.clone();
        f.set(&mut d, Fact::Established);
        let (a, b) = (evaluate(&c), evaluate(&d));
        for (x, y) in elements(&a).into_iter().zip(elements(&b)) {
            prop_assert!(element_rank(y) >= element_rank(x), "{:?}: {:?} -> {:?}", f, x, y);
        }
        prop_assert!(b.trafficking.status >= a.trafficking.status, "{:?}", f);
        prop_assert!(b.irregular_migration.status >= a.irregular_migration.status, "{:?}", f);
        prop_assert!(b.unsafe_migration.status >= a.unsafe_migration.status, "{:?}", f);
        if !f.is_smuggling_exclusion() {
            prop_assert!(b.smuggling.status >= a.smuggling.status, "{:?}", f);
            prop_assert!(b.smuggling.aggravated || !a.smuggling.aggravated, "{:?}", f);
            prop_assert!(rank(b.verdict) <= rank(a.verdict), "{:?}: {} -> {}", f, a.verdict, b.verdict);
        }
    }

    /// An irregular entry or stay never weakens a finding either.
    #[test]
    fn an_irregular_entry_or_stay_never_weakens_a_finding(c in case(), stay in any::<bool>()) {
        let mut d = c.clone();
        if stay {
            d.movement.stay = Some(Regularity::Irregular);
        } else {
            d.movement.entry = Some(Regularity::Irregular);
        }
        let (a, b) = (evaluate(&c), evaluate(&d));
        for (x, y) in statuses(&a).into_iter().zip(statuses(&b)) {
            prop_assert!(y >= x);
        }
        prop_assert!(rank(b.verdict) <= rank(a.verdict));
    }

    /// Only the two exclusions can lower smuggling, and an established
    /// exclusion always rules it out (family help only where no benefit is
    /// established: law revision 2), leaving every other finding alone.
    #[test]
    fn only_the_exclusions_lower_smuggling(c in case(), national in any::<bool>()) {
        let f = if national { F::National } else { F::HumanitarianOrFamily };
        let mut d = c.clone();
        f.set(&mut d, Fact::Established);
        prop_assume!(national || d.movement.facilitator.material_benefit != Fact::Established);
        let (a, b) = (evaluate(&c), evaluate(&d));
        prop_assert_eq!(b.smuggling.status, Level::NotEstablished);
        prop_assert!(!b.smuggling.aggravated);
        prop_assert!(!b.labels.contains(&Verdict::Smuggling));
        prop_assert_eq!(a.trafficking.status, b.trafficking.status);
        prop_assert_eq!(a.irregular_migration.status, b.irregular_migration.status);
        prop_assert_eq!(a.unsafe_migration.status, b.unsafe_migration.status);
    }

    /// For a child or presumed child, the means never matter.
    #[test]
    fn for_a_child_the_means_never_matter(
        c in case(),
        how in any::<u8>(), age in any::<u8>(), low in any::<u8>(), high in any::<u8>(),
        means in proptest::collection::vec(any_fact(), Means::ALL.len()),
    ) {
        let mut c = c;
        make_child(&mut c, how, age, low, high);
        let a = evaluate(&c);
        prop_assert!(a.person.status.child_rule_applies(), "{:?}", a.person);
        // A presumed child's means matter until the age is verified (see
        // `a_presumed_child_without_a_means_is_never_established`).
        prop_assume!(a.person.status == PersonStatus::Child);
        prop_assert_eq!(a.trafficking.elements.means.status, ElementStatus::NotRequired);
        prop_assert!(!a.trafficking.missing.contains(&Element::Means));
        let mut d = c.clone();
        for (&m, v) in Means::ALL.iter().zip(means) {
            // A payment to a person in control is also what makes a forced
            // marriage servile (1956 art. 1(c)(i)): it can decide the
            // purpose, not the means.
            if m != Means::PaymentToController {
                d.means.set(m, v);
            }
        }
        let b = evaluate(&d);
        prop_assert_eq!(a.trafficking.status, b.trafficking.status);
        prop_assert_eq!(&a.trafficking.missing, &b.trafficking.missing);
        prop_assert_eq!(a.verdict, b.verdict);
        prop_assert_eq!(&a.labels, &b.labels);
        prop_assert!(!asked(&a)
            .iter()
            .any(|f| f.starts_with("means.") && *f != "means.payment_to_controller"));
    }

    /// Law revision 2: the presumption of minority (CETS 197 art. 10(3);
    /// Directive 2011/36/EU art. 13(2)) protects "pending verification" of
    /// the age; it is not proof of the age element. Under every profile, a
    /// presumed child without an established means is never found
    /// trafficked as established, and the age is asked.
    #[test]
    fn a_presumed_child_without_a_means_is_never_established(
        c in case(), low in 0u8..18, high in 18u8..40, signs in any::<bool>(),
    ) {
        let mut c = c;
        c.person.age = None;
        if signs {
            c.person.age_estimate = None;
            c.person.child_indicators = Fact::Suspected;
        } else {
            c.person.age_estimate = Some(AgeRange { min: low, max: high });
        }
        for p in palermo::Profile::ALL {
            let a = palermo::evaluate_with(&c, p);
            prop_assert_eq!(a.person.status, PersonStatus::PresumedChild);
            prop_assert!(a.flags.contains(&palermo::Flag::PresumedChild));
            if a.trafficking.elements.means.status != ElementStatus::Established {
                prop_assert_ne!(a.trafficking.status, Level::Established, "{}", p);
                // Suspected by the child rule alone (an adult's finding
                // would be lower): the age would settle it, so it is asked.
                let mut adult = c.clone();
                adult.person.age = Some(18);
                if a.trafficking.status == Level::Suspected
                    && palermo::evaluate_with(&adult, p).trafficking.status
                        == Level::NotEstablished
                {
                    prop_assert!(asked(&a).contains(&"person.age"), "{}", p);
                }
            }
        }
    }

    /// The labels are the findings that hold, in precedence order; the
    /// verdict is the first; no finding only alone; never both trafficking
    /// and possible trafficking.
    #[test]
    fn labels_follow_precedence(c in case()) {
        let a = evaluate(&c);
        prop_assert_eq!(a.labels.first(), Some(&a.verdict));
        for pair in a.labels.windows(2) {
            prop_assert!(rank(pair[0]) < rank(pair[1]), "{:?}", a.labels);
        }
        if a.labels.contains(&Verdict::NoFinding) {
            prop_assert_eq!(&a.labels, &vec![Verdict::NoFinding]);
        }
        prop_assert!(
            !(a.labels.contains(&Verdict::Trafficking)
                && a.labels.contains(&Verdict::PossibleTrafficking))
        );
        let mut expected = Vec::new();
        if a.trafficking.status == Level::Established { expected.push(Verdict::Trafficking); }
        if a.trafficking.status == Level::Suspected { expected.push(Verdict::PossibleTrafficking); }
        if a.smuggling.status == Level::Established { expected.push(Verdict::Smuggling); }
        if a.unsafe_migration.status == Level::Established { expected.push(Verdict::UnsafeMigration); }
        if a.irregular_migration.status == Level::Established { expected.push(Verdict::IrregularMigration); }
        if expected.is_empty() { expected.push(Verdict::NoFinding); }
        prop_assert_eq!(&a.labels, &expected);
        // Irregular and unsafe migration are only ever established or not.
        prop_assert_ne!(a.irregular_migration.status, Level::Suspected);
        prop_assert_ne!(a.unsafe_migration.status, Level::Suspected);
    }

    /// `missing` is exactly the required elements that are not established,
    /// and the trafficking status is the weakest required element.
    #[test]
    fn missing_is_exactly_the_required_elements_not_established(c in case()) {
        let a = evaluate(&c);
        let e = &a.trafficking.elements;
        let expected: Vec<Element> = [
            (Element::Act, e.act.status),
            (Element::Means, e.means.status),
            (Element::Purpose, e.purpose.status),
        ]
        .into_iter()
        .filter(|(_, s)| !matches!(s, ElementStatus::Established | ElementStatus::NotRequired))
        .map(|(el, _)| el)
        .collect();
        prop_assert_eq!(&a.trafficking.missing, &expected);
        let child = a.person.status == PersonStatus::Child;
        prop_assert_eq!(e.means.status == ElementStatus::NotRequired, child);
        let weakest = elements(&a).into_iter().map(element_rank).min().unwrap_or(0);
        let mut expected_rank = weakest;
        if a.person.status == PersonStatus::PresumedChild {
            // The child rule by presumption: act and purpose give at most
            // suspected; an established means, what it gives at any age.
            let without_means = element_rank(e.act.status).min(element_rank(e.purpose.status));
            expected_rank = expected_rank.max(without_means.min(1));
        }
        let expected_status = match expected_rank {
            0 => Level::NotEstablished,
            1 => Level::Suspected,
            _ => Level::Established,
        };
        prop_assert_eq!(a.trafficking.status, expected_status);
        // The facts listed are the ones at the element's level.
        for (&m, fact) in Act::ALL.iter().map(|m| (m, c.act.get(*m))) {
            let listed = e.act.facts.contains(&m);
            let at_level = match e.act.status {
                ElementStatus::Established => fact == Fact::Established,
                ElementStatus::Suspected => fact == Fact::Suspected,
                _ => false,
            };
            prop_assert_eq!(listed, at_level, "{:?}", m);
        }
    }

    /// `next_questions` never names a stated fact, never repeats one, names
    /// only facts of contract v1, and always says why.
    #[test]
    fn questions_are_new_and_distinct(c in case()) {
        let a = evaluate(&c);
        let facts = asked(&a);
        for (i, q) in a.next_questions.iter().enumerate() {
            prop_assert!(!is_stated(&c, &q.fact), "{} is stated", q.fact);
            prop_assert!(!facts[..i].contains(&q.fact.as_ref()), "{} repeated", q.fact);
            prop_assert!(!q.why.is_empty());
        }
    }

    /// Every not-stated fact whose "yes" alone would change the verdict is
    /// asked (contract v1 §4: "the not-stated facts whose answer would
    /// change the verdict").
    #[test]
    fn every_decisive_fact_is_asked(c in case()) {
        let a = evaluate(&c);
        let facts = asked(&a);
        for f in all_facts() {
            if !f.get(&c).is_not_stated() {
                continue;
            }
            let mut d = c.clone();
            f.set(&mut d, Fact::Established);
            let v = evaluate(&d).verdict;
            if v != a.verdict {
                prop_assert!(
                    facts.contains(&f.path()),
                    "{} would change {} to {} but is not asked: {:?}", f.path(), a.verdict, v, facts
                );
            }
        }
        for (path, stay) in [("movement.entry", false), ("movement.stay", true)] {
            if is_stated(&c, path) {
                continue;
            }
            let mut d = c.clone();
            let v = if stay { &mut d.movement.stay } else { &mut d.movement.entry };
            *v = Some(Regularity::Irregular);
            let v = evaluate(&d).verdict;
            if v != a.verdict {
                prop_assert!(facts.contains(&path), "{} would change the verdict", path);
            }
        }
        // The age, where it is uncertain.
        if c.person.age.is_none()
            && matches!(a.person.status, PersonStatus::Unknown | PersonStatus::PresumedChild)
        {
            for age in [17, 18] {
                let mut d = c.clone();
                d.person.age = Some(age);
                if evaluate(&d).verdict != a.verdict {
                    prop_assert!(facts.contains(&"person.age"), "age {} changes the verdict", age);
                }
            }
        }
    }

    /// Contract v1 §1: only `true` establishes. A fact answered `false`
    /// decides exactly as a fact not stated, with two exceptions:
    ///
    /// - the border stated as not crossed, which contract revision 2 makes
    ///   the mark of an attempted smuggling (art. 6(2)(a)): it may make a
    ///   smuggling attempt aggravated, never a verdict or a status;
    /// - the 1956 Convention's conditions stated false
    ///   (`purpose.servile_marriage`, `purpose.practices_similar_to_slavery`):
    ///   a forced marriage or an illegal adoption read in on those
    ///   conditions (art. 1(c), (d)) is then no purpose. Stating them false
    ///   can only lower the trafficking finding, never raise it; every
    ///   other status is the same.
    #[test]
    fn ruled_out_decides_as_not_stated(c in case(), which in 0..FACT_COUNT) {
        let f = all_facts()[which];
        let mut no = c.clone();
        f.set(&mut no, Fact::RuledOut);
        let mut unknown = c.clone();
        f.set(&mut unknown, Fact::NotStated);
        let (a, b) = (evaluate(&no), evaluate(&unknown));
        if matches!(
            f.path(),
            "purpose.servile_marriage" | "purpose.practices_similar_to_slavery"
        ) {
            prop_assert!(a.trafficking.status <= b.trafficking.status, "{:?}", f);
            prop_assert_eq!(a.smuggling.status, b.smuggling.status);
            prop_assert_eq!(a.irregular_migration.status, b.irregular_migration.status);
            prop_assert_eq!(a.unsafe_migration.status, b.unsafe_migration.status);
            prop_assert_eq!(a.person.status, b.person.status);
            return Ok(());
        }
        prop_assert_eq!(a.verdict, b.verdict, "{:?}", f);
        prop_assert_eq!(&a.labels, &b.labels);
        prop_assert_eq!(statuses(&a), statuses(&b));
        prop_assert_eq!(a.person.status, b.person.status);
        prop_assert_eq!(&a.trafficking.missing, &b.trafficking.missing);
        if f.path() != "movement.crossed_border" {
            prop_assert_eq!(a.smuggling.aggravated, b.smuggling.aggravated);
        }
    }

    /// Every reason cites a rule of the table, with the table's citation; the
    /// verdict reason comes last.
    #[test]
    fn reasons_cite_the_rule_table(c in case()) {
        let a = evaluate(&c);
        for r in &a.reasons {
            let rule = palermo::law::rule(&r.rule);
            prop_assert!(rule.is_some(), "unknown rule {}", r.rule);
            prop_assert_eq!(rule.map(|r| r.citation), Some(r.citation.as_ref()));
            prop_assert!(!r.text.is_empty());
        }
        prop_assert_eq!(a.reasons.last().map(|r| r.rule.as_ref()), Some("verdict.precedence"));
        let mut flags = a.flags.clone();
        flags.sort();
        flags.dedup();
        prop_assert_eq!(&flags, &a.flags, "flags sorted, no duplicates");
        prop_assert_eq!(a.id, c.id);
    }

    /// Every assessment serialises, and the JSON reads back to an equal
    /// assessment.
    #[test]
    fn assessment_json_round_trips(c in case()) {
        let a = evaluate(&c);
        let json = serde_json::to_string(&a).expect("serialises");
        let back: Assessment = serde_json::from_str(&json).expect("reads back");
        prop_assert_eq!(palermo::io::to_json(&back), json.clone());
        prop_assert_eq!(palermo::io::to_json(&a), json);
    }

    /// A case written as contract v1 JSON (by hand, with any of the allowed
    /// spellings) reads back as the same case, and screens to the same
    /// assessment.
    #[test]
    fn case_json_round_trips(c in case(), s in style()) {
        let json = render(&c, s);
        let parsed = palermo::parse_case(&json);
        prop_assert!(parsed.is_ok(), "{}\n{:?}", json, parsed);
        prop_assert_eq!(parsed.as_ref().ok(), Some(&c), "{}", json);
        let screened = palermo::screen_json(&json).expect("screens");
        prop_assert_eq!(screened, palermo::io::to_json(&evaluate(&c)));
    }

    /// A batch gives one line per case, in order, equal to screening each.
    #[test]
    fn ndjson_batch_is_one_line_per_case(cases in proptest::collection::vec(case(), 0..6)) {
        let s = Style { unstated: 0, synonyms: false, empty_objects: false };
        let input: String = cases.iter().map(|c| render(c, s).replace('\n', " ") + "\n").collect();
        let (out, summary) = palermo::io::screen_ndjson_str(&input);
        let lines: Vec<&str> = out.lines().collect();
        prop_assert_eq!(lines.len(), cases.len());
        prop_assert_eq!(summary.screened as usize, cases.len());
        prop_assert_eq!(summary.invalid, 0);
        for (line, c) in lines.iter().zip(&cases) {
            prop_assert_eq!(line.to_string(), palermo::io::to_json(&evaluate(c)));
        }
    }
}

/// `text` (a case as compact JSON) typed over several lines: a line end
/// after each member of the top-level object.
fn over_lines(text: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(text).expect("a case is JSON");
    let members: Vec<String> = value
        .as_object()
        .expect("a case is an object")
        .iter()
        .map(|(k, v)| format!("{}: {v}", serde_json::Value::from(k.as_str())))
        .collect();
    format!("{{{}}}", members.join(",\n"))
}

proptest! {
    #![proptest_config(Config::with_cases(64))]

    /// A batch is read in whatever shape its cases come: NDJSON, an array,
    /// pretty-printed documents one after the other, cases typed over
    /// several lines. Each case gets one line, in order, the very line it
    /// gets screened alone.
    #[test]
    fn a_batch_in_any_shape_gives_each_case_its_own_line(
        cases in proptest::collection::vec(case(), 1..6),
        shape in 0u8..5,
    ) {
        let compact: Vec<String> = cases
            .iter()
            .map(|c| serde_json::to_string(c).expect("a case serialises"))
            .collect();
        let text = match shape {
            0 => compact.join("\n"),
            1 => format!("[\n  {}\n]\n", compact.join(",\n  ")),
            2 => cases
                .iter()
                .map(|c| serde_json::to_string_pretty(c).expect("a case serialises"))
                .collect::<Vec<_>>()
                .join("\n"),
            3 => compact.iter().map(|t| over_lines(t)).collect::<Vec<_>>().join("\n"),
            // An array on one line.
            _ => format!("[{}]", compact.join(",")),
        };
        let mut out = Vec::new();
        let summary = palermo::io::screen_batch_as(text.as_bytes(), &mut out, &Default::default(), None)
            .expect("reading memory cannot fail");
        let out = String::from_utf8(out).expect("output is UTF-8");
        let lines: Vec<&str> = out.lines().collect();
        prop_assert_eq!(lines.len(), cases.len(), "{}", out);
        prop_assert_eq!(summary.screened as usize, cases.len());
        for (line, one) in lines.iter().zip(&compact) {
            let alone = palermo::io::screen_json(one).expect("a serialised case is read back");
            prop_assert_eq!(*line, alone.as_str());
        }
    }
}
