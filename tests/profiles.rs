//! Jurisdiction profiles: the differences between instruments that change
//! outcomes, pinned; and each profile's snapshot over every example case and
//! the casebook.

use palermo::assessment::{Element, ElementStatus, Flag, Verdict};
use palermo::io::{parse_input, Limits};
use palermo::law::profile::{Element as Counted, How};
use palermo::model::{Act, Case, Fact, Means, Purpose, Vocabulary};
use palermo::words::compare::compare;
use palermo::{evaluate, evaluate_input_as, evaluate_with, Assessment, Input, Level, Profile};
use std::path::{Path, PathBuf};

fn case(age: Option<u8>, acts: &[Act], means: &[Means], purposes: &[Purpose]) -> Case {
    let mut c = Case::new();
    c.person.age = age;
    for a in acts {
        c.act.set(*a, Fact::Established);
    }
    for m in means {
        c.means.set(*m, Fact::Established);
    }
    for p in purposes {
        c.purpose.set(*p, Fact::Established);
    }
    c
}

fn has_rule(a: &Assessment, id: &str) -> bool {
    a.reasons.iter().any(|r| r.rule == id)
}

fn asks(a: &Assessment, fact: &str) -> bool {
    a.next_questions.iter().any(|q| q.fact == fact)
}

fn says(a: &Assessment, text: &str) -> bool {
    a.reasons.iter().any(|r| r.text.contains(text))
}

/// A 16-year-old recruited and moved for forced labour, with no means.
fn sixteen_forced_labour() -> Case {
    case(
        Some(16),
        &[Act::Recruitment, Act::Transportation],
        &[],
        &[Purpose::ForcedLabour],
    )
}

#[test]
fn a_16_year_old_in_forced_labour_without_means_is_trafficked_except_under_us_and_cambodia() {
    let c = sixteen_forced_labour();
    for p in [Profile::Palermo, Profile::Coe, Profile::Eu, Profile::Asean] {
        let a = evaluate_with(&c, p);
        assert_eq!(a.verdict, Verdict::Trafficking, "{p}");
        assert_eq!(
            a.trafficking.elements.means.status,
            ElementStatus::NotRequired,
            "{p}"
        );
        assert_eq!(a.profile, p);
    }
    // Cambodia: recruited and moved, not taken from lawful custody, so art.
    // 8(2) does not reach it, and art. 8(1) needs a means; whether the
    // recruitment offences (arts. 12, 17-19, unverified) need one for a
    // minor is not known: possible trafficking, provisionally, never a
    // firm "no".
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(says(&kh, "could not verify whether the offences"));
    assert!(asks(&kh, "act.removal_from_custody"));
    let us = evaluate_with(&c, Profile::Us);
    assert_eq!(us.verdict, Verdict::NoFinding);
    assert_eq!(us.trafficking.missing, vec![Element::Means]);
    assert_eq!(
        us.trafficking.elements.means.status,
        ElementStatus::NotEstablished
    );
    assert!(has_rule(&us, "us.7102.11b"), "{:#?}", us.reasons);
    assert!(says(&us, "child rule covers sex trafficking only"));
    // The interview asks for force, fraud or coercion, and for a commercial sex purpose.
    for fact in [
        "means.force",
        "means.fraud",
        "means.coercion",
        "purpose.commercial_sex",
    ] {
        assert!(asks(&us, fact), "{fact}: {:#?}", us.next_questions);
    }
    assert!(!asks(&us, "means.abuse_of_vulnerability"));

    // With force, fraud or coercion it is labour trafficking under US law.
    for m in [
        Means::Force,
        Means::Fraud,
        Means::Coercion,
        Means::AbuseOfLegalProcess,
    ] {
        let mut c = c.clone();
        c.means.set(m, Fact::Established);
        assert_eq!(
            evaluate_with(&c, Profile::Us).verdict,
            Verdict::Trafficking,
            "{m}"
        );
    }
}

#[test]
fn under_us_a_16_year_old_needs_no_means_for_a_commercial_sex_purpose() {
    let c = case(
        Some(16),
        &[Act::Recruitment],
        &[],
        &[Purpose::CommercialSex],
    );
    let us = evaluate_with(&c, Profile::Us);
    assert_eq!(us.verdict, Verdict::Trafficking);
    assert_eq!(
        us.trafficking.elements.means.status,
        ElementStatus::NotRequired
    );
    assert!(has_rule(&us, "us.7102.11a"));
    // An adult needs force, fraud or coercion; the text says why.
    let adult = case(
        Some(22),
        &[Act::Recruitment],
        &[],
        &[Purpose::CommercialSex],
    );
    let us = evaluate_with(&adult, Profile::Us);
    assert_eq!(us.verdict, Verdict::NoFinding);
    assert!(says(&us, "sex trafficking of an adult is a severe form"));
    // The exploitation of the prostitution of others is read as a commercial sex act.
    let c = case(
        Some(15),
        &[Act::Harbouring],
        &[],
        &[Purpose::ProstitutionOfOthers],
    );
    let us = evaluate_with(&c, Profile::Us);
    assert_eq!(us.verdict, Verdict::Trafficking);
    assert!(us.has_flag(Flag::PurposeByInterpretation));
}

/// 22 U.S.C. 7102(4): "any sex act on account of which anything of value is
/// given to or received by any person". The production of pornography is a
/// commercial sex act only on that condition, which a record of it does not
/// show: at most suspected, and nothing at all where the case states that
/// there was no commercial sex act.
#[test]
fn us_7102_4_production_of_pornography_is_a_commercial_sex_act_only_for_value() {
    let child = case(
        Some(16),
        &[Act::Recruitment, Act::Harbouring],
        &[],
        &[Purpose::ProductionOfPornography],
    );
    let us = evaluate_with(&child, Profile::Us);
    assert_eq!(us.verdict, Verdict::PossibleTrafficking);
    assert_eq!(us.trafficking.status, Level::Suspected);
    assert!(
        asks(&us, "purpose.commercial_sex"),
        "{:?}",
        us.next_questions
    );
    assert!(says(
        &us,
        "only where something of value is given or received"
    ));

    // With the commercial sex act established, the finding is established.
    let mut paid = child.clone();
    paid.purpose.set(Purpose::CommercialSex, Fact::Established);
    assert_eq!(
        evaluate_with(&paid, Profile::Us).verdict,
        Verdict::Trafficking
    );

    // Stated not commercial: no purpose of sex trafficking, for a child or
    // for an adult moved by force.
    let mut unpaid = child.clone();
    unpaid.purpose.set(Purpose::CommercialSex, Fact::RuledOut);
    let us = evaluate_with(&unpaid, Profile::Us);
    assert_eq!(us.verdict, Verdict::NoFinding);
    assert!(says(&us, "is then no commercial sex act"));
    let mut forced = case(
        Some(22),
        &[Act::Harbouring],
        &[Means::Force],
        &[Purpose::ProductionOfPornography],
    );
    forced.purpose.set(Purpose::CommercialSex, Fact::RuledOut);
    assert_eq!(
        evaluate_with(&forced, Profile::Us).verdict,
        Verdict::NoFinding
    );

    // Under the Protocol the same facts are sexual exploitation, whatever
    // was paid.
    assert_eq!(
        evaluate_with(&unpaid, Profile::Palermo).verdict,
        Verdict::Trafficking
    );
}

#[test]
fn a_presumed_child_gets_the_us_sex_trafficking_child_rule_provisionally() {
    // US law has no presumption of minority: 18 U.S.C. 1591(a) and (c) turn
    // on the person's actual age, and CoE or EU law is not US law. The
    // person is protected as a child by palermo's screening rule, and the
    // finding is at most suspected until the age is verified.
    let mut c = case(None, &[Act::Recruitment], &[], &[Purpose::CommercialSex]);
    c.person.child_indicators = Fact::Established;
    let us = evaluate_with(&c, Profile::Us);
    assert_eq!(us.verdict, Verdict::PossibleTrafficking);
    assert!(us.has_flag(Flag::PresumedChild));
    assert!(says(&us, "If the person is verified as an adult"));
    assert!(asks(&us, "person.age"));
    assert!(us
        .reasons
        .iter()
        .any(|r| r.rule == "age.presumed.screening"));
    assert!(!us
        .reasons
        .iter()
        .any(|r| r.citation.contains("CETS") || r.citation.contains("Directive")));
    // Verified under 18: the child rule of 1591 applies in full.
    c.person.age = Some(16);
    assert_eq!(evaluate_with(&c, Profile::Us).verdict, Verdict::Trafficking);
    // The same facts under the CoE Convention cite its own presumption.
    c.person.age = None;
    let coe = evaluate_with(&c, Profile::Coe);
    assert!(coe.reasons.iter().any(|r| r.rule == "age.presumed"));
}

/// The presumption of minority is CoE and EU law (CETS 197 art. 10(3);
/// Directive 2011/36/EU art. 13(2)), cited under `coe` and `eu` only; under
/// the instruments that state none it is palermo's screening rule, cited as
/// such (contract v1 §3), and never CoE or EU law.
#[test]
fn the_presumption_of_minority_is_cited_as_the_law_of_coe_and_eu_only() {
    let mut c = Case::new();
    c.person.age_estimate = Some(palermo::model::AgeRange { min: 16, max: 19 });
    for profile in Profile::ALL {
        let a = evaluate_with(&c, profile);
        let rules: Vec<&str> = a.reasons.iter().map(|r| r.rule.as_ref()).collect();
        let own_law = matches!(profile, Profile::Coe | Profile::Eu);
        assert_eq!(rules.contains(&"age.presumed"), own_law, "{profile:?}");
        assert_eq!(
            rules.contains(&"age.presumed.screening"),
            !own_law,
            "{profile:?}"
        );
        if !own_law {
            assert!(
                a.reasons
                    .iter()
                    .all(|r| !r.citation.contains("CETS") && !r.citation.contains("2011/36")),
                "{profile:?}"
            );
        }
    }
}

/// A presumed child is presumed, not shown, to be a minor (contract revision
/// 2): no reason under any profile, nor any difference `compare` names,
/// states as a fact that the person is a child or a minor. Under
/// `cambodia` the removal of art. 8(1) keeps its means for a minor unless
/// taken from lawful custody (art. 8(2)), which `compare` says of a
/// presumed child as a condition.
#[test]
fn a_presumed_child_is_never_said_to_be_a_minor() {
    let mut c = case(None, &[Act::Transfer], &[], &[Purpose::ForcedLabour]);
    c.person.age_estimate = Some(palermo::model::AgeRange { min: 16, max: 19 });
    let stated = |text: &str| {
        text.contains("The person is a minor") || text.contains("The person is a child")
    };
    for profile in Profile::ALL {
        let a = evaluate_with(&c, profile);
        assert!(a.has_flag(Flag::PresumedChild), "{profile:?}");
        for r in &a.reasons {
            assert!(!stated(&r.text), "{profile:?} {}: {}", r.rule, r.text);
        }
    }
    // Under the Cambodian law a transfer is reached by the offences of
    // arts. 12, 17-19, which for a minor are assessed without a means,
    // provisionally: possible trafficking, as under the Protocol.
    let text = compare(&c.clone().into()).to_text();
    assert!(
        text.lines()
            .any(|l| l.starts_with("cambodia") && l.contains("possible trafficking")),
        "{text}"
    );
    assert!(!stated(&text), "{text}");
}

#[test]
fn forced_begging_and_forced_criminality_are_listed_under_eu_and_read_under_palermo() {
    for purpose in [Purpose::ForcedBegging, Purpose::ForcedCriminality] {
        let c = case(
            Some(30),
            &[Act::Recruitment],
            &[Means::Deception],
            &[purpose],
        );
        let palermo = evaluate_with(&c, Profile::Palermo);
        let eu = evaluate_with(&c, Profile::Eu);
        assert_eq!(palermo.verdict, Verdict::Trafficking);
        assert_eq!(eu.verdict, Verdict::Trafficking);
        assert!(palermo.has_flag(Flag::PurposeByInterpretation));
        assert!(has_rule(&palermo, "tip.3a.purpose.interpretation"));
        assert!(!eu.has_flag(Flag::PurposeByInterpretation), "{purpose}");
        assert!(has_rule(&eu, "eu.2.3.purpose"));
        assert!(!has_rule(&eu, "tip.3a.purpose.interpretation"));
        assert_eq!(Profile::Eu.definition().how(purpose), How::Listed);
        assert!(matches!(
            Profile::Palermo.definition().how(purpose),
            How::Read {
                term: "forced labour or services",
                ..
            }
        ));
        // compare notes the different footing though the outcome is the same.
        let row = compare(&c.clone().into())
            .row(Profile::Eu)
            .cloned()
            .unwrap();
        assert!(!row.differs);
        assert!(row
            .notes
            .iter()
            .any(|n| n.text.contains("named under the Directive")));
    }
}

#[test]
fn abuse_of_a_position_of_vulnerability_is_not_a_separate_means_under_us() {
    let mut c = case(
        Some(41),
        &[Act::Recruitment],
        &[Means::AbuseOfVulnerability],
        &[Purpose::ForcedLabour],
    );
    c.person.vulnerable = Fact::Established;
    assert_eq!(
        evaluate_with(&c, Profile::Palermo).verdict,
        Verdict::Trafficking
    );
    let eu = evaluate_with(&c, Profile::Eu);
    assert_eq!(eu.verdict, Verdict::Trafficking);
    assert!(
        has_rule(&eu, "eu.2.2.vulnerability"),
        "the EU names it in art. 2(2)"
    );
    let us = evaluate_with(&c, Profile::Us);
    assert_eq!(us.verdict, Verdict::NoFinding);
    assert!(says(
        &us,
        "Abuse of vulnerability is not a means under US federal law"
    ));
    assert!(says(
        &us,
        "Under US law neither vulnerability nor taking advantage of it is a means"
    ));
    // Cambodia (art. 8(1)) has no such means either.
    assert_eq!(
        evaluate_with(&c, Profile::Cambodia).verdict,
        Verdict::NoFinding
    );
    let row = compare(&c.clone().into())
        .row(Profile::Us)
        .cloned()
        .unwrap();
    assert!(row.differs);
    assert!(row.differences.iter().any(|d| d.rule == "us.7102.means"));
}

#[test]
fn the_eu_act_includes_the_exchange_or_transfer_of_control() {
    let c = case(
        Some(23),
        &[Act::ExchangeOrTransferOfControl],
        &[Means::Force],
        &[Purpose::SexualExploitation],
    );
    let eu = evaluate_with(&c, Profile::Eu);
    assert_eq!(eu.verdict, Verdict::Trafficking);
    assert_eq!(
        eu.trafficking.elements.act.facts,
        vec![Act::ExchangeOrTransferOfControl]
    );
    assert!(!has_rule(&eu, "read.act"), "named by art. 2(1), not read");
    let palermo = evaluate_with(&c, Profile::Palermo);
    assert_eq!(palermo.verdict, Verdict::Trafficking);
    assert!(has_rule(&palermo, "read.act"), "read as a transfer");
    assert!(says(
        &palermo,
        "exchange or transfer of control counts as transfer"
    ));
}

#[test]
fn enticement_is_a_means_under_cambodia_only() {
    let c = case(
        Some(27),
        &[Act::Transportation],
        &[Means::Enticement],
        &[Purpose::ForcedLabour],
    );
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::Trafficking);
    assert!(has_rule(&kh, "kh.8.1.means"));
    assert!(has_rule(&kh, "kh.10"));
    for p in [Profile::Palermo, Profile::Eu, Profile::Us] {
        let a = evaluate_with(&c, p);
        assert_eq!(a.verdict, Verdict::NoFinding, "{p}");
        assert!(
            says(&a, "Enticement is not a means"),
            "{p}: {:#?}",
            a.reasons
        );
    }
    let row = compare(&c.clone().into())
        .row(Profile::Cambodia)
        .cloned()
        .unwrap();
    assert!(row.differs);
    assert!(row
        .differences
        .iter()
        .any(|d| d.citation.contains("art. 8(1)")));
}

#[test]
fn cambodia_dispenses_with_means_for_a_minor_taken_from_lawful_custody() {
    // Taken away from lawful custody (art. 8(2)): no means.
    let c = case(
        Some(13),
        &[Act::RemovalFromCustody],
        &[],
        &[Purpose::ChildLabour],
    );
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::Trafficking);
    assert!(has_rule(&kh, "kh.8.2.minor"));
    // Child labour is not exploitation under the Protocol on its own.
    let palermo = evaluate_with(&c, Profile::Palermo);
    assert_eq!(palermo.verdict, Verdict::NoFinding);
    assert!(says(
        &palermo,
        "Child labour is not a purpose under the Trafficking Protocol"
    ));
    // Recruited only, no means: possible trafficking under the unverified
    // recruitment offences, provisionally; the first question is whether
    // the minor was taken from lawful custody, which would make it good
    // under the verified art. 8(2).
    let c = case(Some(16), &[Act::Recruitment], &[], &[Purpose::ForcedLabour]);
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.offences.minor"));
    assert!(asks(&kh, "act.removal_from_custody"));
    // With a means, the finding does not rest on that premise (it is held
    // at suspected by the offences' unverified wording alone).
    let mut deceived = c.clone();
    deceived.means.set(Means::Deception, Fact::Established);
    let kh = evaluate_with(&deceived, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(!has_rule(&kh, "kh.offences.minor"), "{:#?}", kh.reasons);
    assert!(
        has_rule(&kh, "kh.offences"),
        "the unverified provisions are cited as such"
    );
    // Profit making is a purpose in its own right under Cambodian law.
    let c = case(
        Some(30),
        &[Act::Transportation],
        &[Means::Deception],
        &[Purpose::ProfitMaking],
    );
    assert_eq!(
        evaluate_with(&c, Profile::Cambodia).verdict,
        Verdict::Trafficking
    );
    assert_eq!(
        evaluate_with(&c, Profile::Palermo).verdict,
        Verdict::NoFinding
    );
}

/// Art. 8(2) of the Cambodian law: "without legal authority or any other
/// legal justification to do so, take a minor or a person under general
/// custody or curatorship or legal custody away from the legal custody of
/// the parents, care taker or guardian". Moving a minor is not, by itself,
/// taking them from custody (contract revision 2).
#[test]
fn cambodia_art_8_2_needs_a_removal_from_lawful_custody() {
    // A 16-year-old moved with the parents' agreement for child labour.
    let mut c = case(
        Some(16),
        &[Act::Transportation],
        &[],
        &[Purpose::ChildLabour],
    );
    c.consent = Fact::Established;
    let kh = evaluate_with(&c, Profile::Cambodia);
    // No removal under art. 8 (verified); under the transport offences
    // (arts. 17-19, unverified) possible trafficking, provisionally.
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.offences.minor"));
    // The first question is the one that decides under art. 8(2).
    assert_eq!(
        kh.next_questions.first().map(|q| q.fact.as_ref()),
        Some("act.removal_from_custody")
    );
    // Taken from lawful custody: art. 8(2), no means.
    c.act.set(Act::RemovalFromCustody, Fact::Established);
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::Trafficking);
    assert_eq!(
        kh.trafficking.elements.means.status,
        ElementStatus::NotRequired
    );
}

/// Art. 8(2) reaches "a person under general custody or curatorship" of any
/// age (`person.under_guardianship`); where that is only suspected, so is
/// the finding.
#[test]
fn cambodia_art_8_2_reaches_a_person_under_custody_or_curatorship() {
    let mut c = case(
        Some(34),
        &[Act::RemovalFromCustody],
        &[],
        &[Purpose::ForcedLabour],
    );
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::NoFinding);
    assert!(asks(&kh, "person.under_guardianship"));
    c.person.under_guardianship = Fact::Suspected;
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(says(&kh, "may be under custody or curatorship"));
    c.person.under_guardianship = Fact::Established;
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::Trafficking);
    assert!(has_rule(&kh, "kh.8.2.minor"));
    // Not a fact of the Protocol: it changes nothing there.
    assert_eq!(
        evaluate_with(&c, Profile::Palermo).verdict,
        Verdict::NoFinding
    );
}

/// The question that settles a missing element asks in the instrument's own
/// terms: US law's means are force, fraud or coercion (22 U.S.C.
/// 7102(11)), with no abuse of vulnerability or payment; the Cambodian
/// law's are force, threat, deception, abuse of power and enticement (art.
/// 8(1)), with no coercion or vulnerability; US law names no removal of
/// organs among its purposes.
#[test]
fn the_element_questions_ask_in_each_instruments_terms() {
    use palermo::words::explain::missing;
    let c = case(Some(30), &[Act::Recruitment], &[], &[]);
    let question = |profile: Profile, element: Element| {
        let a = evaluate_with(&c, profile);
        missing(&a)
            .elements
            .into_iter()
            .find(|g| g.element == element)
            .map(|g| g.question.into_owned())
            .unwrap_or_else(|| panic!("{profile:?}: no {element:?} gap"))
    };
    let us = question(Profile::Us, Element::Means);
    assert!(us.contains("force, fraud or coercion"), "{us}");
    assert!(
        !us.contains("vulnerability") && !us.contains("paid"),
        "{us}"
    );
    let us = question(Profile::Us, Element::Purpose);
    assert!(!us.contains("organs"), "{us}");
    assert!(us.contains("commercial sex act"), "{us}");
    let kh = question(Profile::Cambodia, Element::Means);
    assert!(kh.contains("enticement"), "{kh}");
    assert!(
        !kh.contains("coerced") && !kh.contains("vulnerability"),
        "{kh}"
    );
    // The Protocol's own words under palermo.
    let tip = question(Profile::Palermo, Element::Means);
    assert!(tip.contains("vulnerability"), "{tip}");
}

/// Art. 13 (as recalled): selling is delivering "the control over a person
/// to another ... in exchange for anything of value". A girl of 16 handed
/// over for marriage, her parents paid, was sold (contract revision 2: a
/// sale is a payment to a person in control): possible trafficking under
/// the sale offences, held at suspected for their unverified wording, and
/// the reasons say the payment made the transfer a sale. Without the
/// payment, or with the exchange of control stated false, no sale is read.
/// Cambodian law of 2008, art. 13 (as recalled): selling, buying or
/// exchanging a person is handing over control "in exchange for anything
/// of value". An exchange of control, a provision or an obtaining is a sale
/// only as far as a payment to a person in control is shown: with none, an
/// adult with no means is no case under the sale offences, and the payment
/// is asked; with one stated false, nothing is asked of it.
#[test]
fn cambodia_art_13_a_sale_needs_something_of_value() {
    for act in [
        Act::ExchangeOrTransferOfControl,
        Act::Obtaining,
        Act::Provision,
    ] {
        let c = case(Some(30), &[act], &[], &[Purpose::ForcedLabour]);
        let kh = evaluate_with(&c, Profile::Cambodia);
        assert_eq!(kh.verdict, Verdict::NoFinding, "{act:?}");
        assert!(has_rule(&kh, "kh.13.sale"), "{act:?}");
        assert!(says(&kh, "without one it is no sale"), "{:#?}", kh.reasons);
        assert!(asks(&kh, "means.payment_to_controller"), "{act:?}");

        let mut paid = c.clone();
        paid.means
            .set(Means::PaymentToController, Fact::Established);
        // At most suspected: the wording of art. 13 is unverified.
        assert_eq!(
            evaluate_with(&paid, Profile::Cambodia).verdict,
            Verdict::PossibleTrafficking,
            "{act:?}"
        );

        let mut unpaid = c.clone();
        unpaid.means.set(Means::PaymentToController, Fact::RuledOut);
        let kh = evaluate_with(&unpaid, Profile::Cambodia);
        assert_eq!(kh.verdict, Verdict::NoFinding, "{act:?}");
        assert!(says(&kh, "it is no sale"), "{act:?}");
        assert!(!asks(&kh, "means.payment_to_controller"), "{act:?}");
    }
    // Without value it is no sale, but still a handing over: with a means
    // of art. 8(1), the offences of arts. 12, 17-19 reach it (at most
    // suspected: their wording is unverified).
    let forced = case(
        Some(30),
        &[Act::ExchangeOrTransferOfControl],
        &[Means::Force],
        &[Purpose::ForcedLabour],
    );
    let kh = evaluate_with(&forced, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.offences"));
    // The value is this law's condition, not the EU's: there the exchange
    // of control is an act like any other.
    let c = case(
        Some(30),
        &[Act::ExchangeOrTransferOfControl],
        &[Means::Deception],
        &[Purpose::ForcedLabour],
    );
    assert_eq!(evaluate_with(&c, Profile::Eu).verdict, Verdict::Trafficking);
}

#[test]
fn cambodia_art_13_a_transfer_with_a_payment_to_the_family_is_a_sale() {
    let c = case(
        Some(16),
        &[Act::Transfer, Act::Transportation],
        &[Means::PaymentToController],
        &[Purpose::ForcedMarriage],
    );
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.13.paid"), "{:#?}", kh.reasons);
    assert!(has_rule(&kh, "kh.13.sale"));
    assert!(!asks(&kh, "act.exchange_or_transfer_of_control"));
    // A receipt for a payment (buying) is the same; a suspected payment
    // suggests it.
    let mut bought = c.clone();
    bought.act.set(Act::Transfer, Fact::NotStated);
    bought.act.set(Act::Receipt, Fact::Established);
    assert_eq!(
        evaluate_with(&bought, Profile::Cambodia).verdict,
        Verdict::PossibleTrafficking
    );
    let mut maybe = c.clone();
    maybe.person.age = Some(30);
    maybe.means.set(Means::PaymentToController, Fact::Suspected);
    let kh = evaluate_with(&maybe, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(says(&kh, "may have been handed over"));
    // No payment: no sale (for an adult, no finding: a journey is no
    // removal without a means).
    let mut unpaid = c.clone();
    unpaid.person.age = Some(30);
    unpaid
        .means
        .set(Means::PaymentToController, Fact::NotStated);
    let kh = evaluate_with(&unpaid, Profile::Cambodia);
    assert_ne!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(!has_rule(&kh, "kh.13.paid"));
    // The exchange of control stated false is not overridden, and the
    // record is flagged for a check: it says both.
    let mut denied = c.clone();
    denied
        .act
        .set(Act::ExchangeOrTransferOfControl, Fact::RuledOut);
    let kh = evaluate_with(&denied, Profile::Cambodia);
    assert!(!has_rule(&kh, "kh.13.paid"));
    assert!(
        kh.warnings.iter().any(|w| w.contains("no sale is read in")),
        "{:?}",
        kh.warnings
    );
    assert!(evaluate_with(&c, Profile::Cambodia).warnings.is_empty());
    // Where no payment is read as a sale, there is nothing to flag.
    assert!(evaluate_with(&denied, Profile::Palermo).warnings.is_empty());
    // Other profiles read no sale into a payment: it is a means there.
    assert!(!has_rule(
        &evaluate_with(&c, Profile::Palermo),
        "kh.13.paid"
    ));
}

/// Art. 8(2) (Cambodia): taking a minor away from the custody of parents
/// or guardians is an unlawful removal without a means. A girl of 15
/// transported for the prostitution of others, with no means, has her act
/// established already (transportation): the question of a removal from
/// custody does not say it would establish the act, but what it changes,
/// the verdict. A means question, whose element is missing, still says it.
#[test]
fn cambodia_art_8_2_a_question_does_not_establish_an_act_already_established() {
    let c = case(
        Some(15),
        &[Act::Transportation],
        &[],
        &[Purpose::ProstitutionOfOthers],
    );
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(
        kh.trafficking.elements.act.status,
        ElementStatus::Established
    );
    let why = |fact: &str| {
        kh.next_questions
            .iter()
            .find(|q| q.fact == fact)
            .map(|q| q.why.to_string())
            .unwrap_or_default()
    };
    let removal = why("act.removal_from_custody");
    assert!(
        removal.contains("the verdict becomes trafficking"),
        "{removal}"
    );
    assert!(!removal.contains("act element is established"), "{removal}");
    assert!(
        why("means.deception").contains("the means element is established"),
        "{:#?}",
        kh.next_questions
    );
}

/// Arts. 13-16 (wording unverified): selling, buying or exchanging a person
/// (for something of value: a payment to a person in control) names no
/// means, and a finding on wording from memory is at most suspected.
#[test]
fn cambodia_sale_offences_need_no_means_and_are_provisional() {
    let c = case(
        Some(30),
        &[Act::ExchangeOrTransferOfControl],
        &[Means::PaymentToController],
        &[Purpose::ForcedLabour],
    );
    let kh = evaluate_with(&c, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.13.sale"));
    assert!(says(&kh, "the provision this rests on is unverified"));
    assert_eq!(
        kh.trafficking.elements.means.status,
        ElementStatus::NotRequired
    );
    // A child sold: the same. Handed over with no payment shown, no sale,
    // but a handing over all the same, which the offences of arts. 12,
    // 17-19 reach (provisionally, for a child without a means); the
    // verified art. 8(2) is asked, which would establish it.
    let child = case(
        Some(9),
        &[Act::ExchangeOrTransferOfControl],
        &[Means::PaymentToController],
        &[Purpose::ForcedLabour],
    );
    let kh = evaluate_with(&child, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    let mut unpaid = child.clone();
    unpaid
        .means
        .set(Means::PaymentToController, Fact::NotStated);
    let kh = evaluate_with(&unpaid, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.offences"));
    assert!(
        asks(&kh, "act.removal_from_custody"),
        "{:?}",
        kh.next_questions
    );
    // The other offences (arts. 12, 17-19) are unverified too: with a
    // means, recruitment and harbouring give at most suspected, while a
    // removal (art. 8(1), verified) gives an established finding.
    let recruited = case(
        Some(30),
        &[Act::Recruitment, Act::Harbouring],
        &[Means::Deception],
        &[Purpose::ForcedLabour],
    );
    let kh = evaluate_with(&recruited, Profile::Cambodia);
    assert_eq!(kh.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&kh, "kh.offences"));
    assert!(asks(&kh, "act.transportation"));
    let mut moved = recruited.clone();
    moved.act.set(Act::Transportation, Fact::Established);
    assert_eq!(
        evaluate_with(&moved, Profile::Cambodia).verdict,
        Verdict::Trafficking
    );
}

#[test]
fn the_us_acts_include_patronizing_and_soliciting_for_sex_trafficking_only() {
    let c = case(
        Some(20),
        &[Act::Patronizing],
        &[Means::Force],
        &[Purpose::CommercialSex],
    );
    assert_eq!(evaluate_with(&c, Profile::Us).verdict, Verdict::Trafficking);
    let palermo = evaluate_with(&c, Profile::Palermo);
    assert_eq!(palermo.verdict, Verdict::NoFinding);
    assert!(says(
        &palermo,
        "Patronizing is not an act under the Trafficking Protocol"
    ));
    // Soliciting for labour is not an act of labour trafficking.
    let c = case(
        Some(20),
        &[Act::Soliciting],
        &[Means::Force],
        &[Purpose::ForcedLabour],
    );
    let us = evaluate_with(&c, Profile::Us);
    assert_eq!(us.verdict, Verdict::NoFinding);
    assert!(says(&us, "Soliciting counts only for sex trafficking"));
}

/// Directive 2011/36/EU art. 2(5), second sentence (added in 2024, wording
/// unverified): the child rule for a purpose of surrogacy alone rests on an
/// unverified provision, so the finding is at most suspected (contract
/// revision 2); with a means it stands on art. 2(1) and is established.
#[test]
fn an_eu_child_surrogacy_case_reports_the_unverified_2024_sentence() {
    let c = case(
        Some(17),
        &[Act::Recruitment],
        &[],
        &[Purpose::ExploitationOfSurrogacy],
    );
    let eu = evaluate_with(&c, Profile::Eu);
    assert_eq!(eu.verdict, Verdict::PossibleTrafficking);
    assert!(has_rule(&eu, "eu.2.5.surrogacy"));
    assert!(says(&eu, "the provision this rests on is unverified"));
    let mut deceived = c.clone();
    deceived.means.set(Means::Deception, Fact::Established);
    assert_eq!(
        evaluate_with(&deceived, Profile::Eu).verdict,
        Verdict::Trafficking
    );
    assert_eq!(
        evaluate_with(&c, Profile::Palermo).verdict,
        Verdict::NoFinding
    );
}

#[test]
fn provenance_is_present_for_profiles_not_fully_verified() {
    let c = sixteen_forced_labour();
    for p in Profile::ALL {
        let a = evaluate_with(&c, p);
        let json = palermo::io::to_json(&a);
        assert!(json.contains(&format!("\"profile\":\"{p}\"")), "{json}");
        match p {
            Profile::Palermo | Profile::Coe => {
                assert!(a.provenance.is_none(), "{p}");
                assert!(!json.contains("\"provenance\""));
            }
            _ => {
                let text = a.provenance.as_deref().unwrap_or_default();
                assert!(text.contains("unverified"), "{p}: {text}");
                assert!(text.contains("docs/SOURCES.md §"), "{p}: {text}");
                assert!(json.contains("\"provenance\""));
                let explained = palermo::words::explain::explain(&a);
                assert!(explained.contains("Provenance: "), "{p}");
            }
        }
    }
    assert!(evaluate_with(&c, Profile::Asean)
        .provenance
        .unwrap()
        .starts_with("unverified wording, see"));
}

#[test]
fn the_case_selects_its_profile_and_the_call_overrides_it() {
    let text = r#"{"id": "x", "person": {"age": 16}, "act": {"recruitment": true},
                   "purpose": {"forced_labour": true}, "profile": "us"}"#;
    let out = palermo::screen_json(text).unwrap();
    assert!(out.contains(r#""profile":"us""#));
    assert!(out.contains(r#""verdict":"no_finding""#));
    let input = parse_input(text).unwrap();
    assert_eq!(input.profile, Some(Profile::Us));
    assert_eq!(palermo::evaluate_input(&input).profile, Profile::Us);
    assert_eq!(
        evaluate_input_as(&input, Some(Profile::Palermo)).verdict,
        Verdict::Trafficking
    );
    // The facts alone cannot carry a profile: reading them would lose it.
    assert!(palermo::parse_case(text).is_err());
    let line = palermo::io::screen_record_as(text, 1, &Limits::default(), Some(Profile::Eu));
    assert!(line.line().contains(r#""profile":"eu""#));
    // Without a profile, palermo, and `evaluate` is `evaluate_with` palermo.
    let c = sixteen_forced_labour();
    assert_eq!(evaluate(&c), evaluate_with(&c, Profile::Palermo));
    assert_eq!(
        palermo::evaluate_input(&Input::new(c.clone())),
        evaluate(&c)
    );
    // null is the default.
    let input = parse_input(r#"{"profile": null}"#).unwrap();
    assert_eq!(input.profile, None);
}

#[test]
fn an_unknown_profile_is_an_error_naming_the_path_and_the_profiles() {
    for text in [
        r#"{"profile": "uk"}"#,
        r#"{"profile": 3}"#,
        r#"{"profile": "US"}"#,
    ] {
        let err = palermo::parse_case(text).unwrap_err();
        assert_eq!(err.path(), "$.profile", "{text}");
        let message = err.to_string();
        for p in Profile::ALL {
            assert!(message.contains(&format!("\"{p}\"")), "{message}");
        }
        assert!(
            !message.contains("uk") && !message.contains("US"),
            "input is never echoed"
        );
    }
}

#[test]
fn each_profile_cites_its_own_provisions_and_every_cited_rule_is_known() {
    let mut c = sixteen_forced_labour();
    c.consent = Fact::Established;
    c.movement.crossed_border = Fact::RuledOut;
    for p in Profile::ALL {
        let def = p.definition();
        let a = evaluate_with(&c, p);
        assert!(has_rule(&a, def.provisions.act.id), "{p}");
        assert!(has_rule(&a, def.provisions.purpose.id), "{p}");
        // A child's consent is answered by the child rule; an adult's by the
        // consent provision.
        let child_rule =
            a.trafficking.elements.means.status == palermo::assessment::ElementStatus::NotRequired;
        // A limb with its own provision on consent (US labour trafficking)
        // cites it.
        let limb_consent = def
            .limbs
            .iter()
            .any(|l| l.consent.is_some_and(|r| has_rule(&a, r.id)));
        assert!(
            has_rule(&a, def.provisions.consent.id) || child_rule || limb_consent,
            "{p}"
        );
        assert!(
            has_rule(&a, def.provisions.child_age.id) || p == Profile::Palermo,
            "{p}"
        );
        for r in &a.reasons {
            let rule = palermo::law::rule(&r.rule);
            assert!(rule.is_some(), "{p}: {} not in RULES", r.rule);
            assert_eq!(rule.map(|x| x.citation), Some(r.citation.as_ref()));
        }
    }
    // CoE: internal trafficking is within the Convention (art. 2), and the
    // person is a victim (art. 4(e)).
    let coe = evaluate_with(&c, Profile::Coe);
    assert!(has_rule(&coe, "coe.2.scope"));
    assert!(has_rule(&coe, "coe.4e.victim"));
    assert!(coe.has_flag(Flag::InternalTrafficking));
}

fn not_elements<V: Counted>(p: Profile) -> Vec<(V, ())> {
    V::ALL
        .iter()
        .filter_map(|m| match p.definition().how(*m) {
            How::Not => Some((*m, ())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_fact_that_is_not_an_element_is_never_silently_dropped() {
    for p in Profile::ALL {
        let mut seen = 0;
        for (act, _) in not_elements::<Act>(p) {
            let mut c = case(Some(30), &[], &[Means::Force], &[Purpose::Slavery]);
            c.act.set(act, Fact::Suspected);
            let a = evaluate_with(&c, p);
            assert_eq!(a.trafficking.status, Level::NotEstablished, "{p} {act}");
            assert!(says(&a, "is not an act under"), "{p} {act}");
            assert!(!asks(&a, act.path()), "{p} {act}");
            seen += 1;
        }
        for (m, _) in not_elements::<Means>(p) {
            let mut c = case(Some(30), &[Act::Recruitment], &[], &[Purpose::Slavery]);
            c.means.set(m, Fact::Established);
            let a = evaluate_with(&c, p);
            assert_eq!(a.trafficking.status, Level::NotEstablished, "{p} {m}");
            assert!(says(&a, "is not a means under"), "{p} {m}");
            seen += 1;
        }
        for (x, _) in not_elements::<Purpose>(p) {
            let mut c = case(Some(30), &[Act::Recruitment], &[Means::Force], &[]);
            c.purpose.set(x, Fact::Established);
            let a = evaluate_with(&c, p);
            assert_eq!(a.trafficking.status, Level::NotEstablished, "{p} {x}");
            assert!(says(&a, "is not a purpose under"), "{p} {x}");
            seen += 1;
        }
        assert!(seen > 0, "{p}");
    }
}

/// "X is not a means under US federal law (22 U.S.C. 7102): ..." goes on
/// to say what to record, not that the law has no such means a second time.
#[test]
fn a_fact_that_is_not_an_element_is_said_so_once() {
    for p in Profile::ALL {
        let mut cases = Vec::new();
        for (act, _) in not_elements::<Act>(p) {
            let mut c = case(Some(30), &[], &[Means::Force], &[Purpose::Slavery]);
            c.act.set(act, Fact::Established);
            cases.push(c);
        }
        for (m, _) in not_elements::<Means>(p) {
            let mut c = case(Some(30), &[Act::Recruitment], &[], &[Purpose::Slavery]);
            c.means.set(m, Fact::Established);
            cases.push(c);
        }
        for (x, _) in not_elements::<Purpose>(p) {
            let mut c = case(Some(30), &[Act::Recruitment], &[Means::Force], &[]);
            c.purpose.set(x, Fact::Established);
            cases.push(c);
        }
        for c in cases {
            for r in &evaluate_with(&c, p).reasons {
                if r.text.contains(" under ") && r.text.contains("is not a") {
                    assert!(!r.text.contains("no such"), "{p}: {}", r.text);
                    assert!(!r.text.contains("): US law"), "{p}: {}", r.text);
                }
            }
        }
    }
}

/// A kidney sale (organ removal, a purpose of neither US limb) is not
/// "assessed as sex trafficking": no limb is named where nothing in the
/// facts points to one; where the purpose does, that limb is named.
#[test]
fn an_organ_sale_under_us_is_not_said_to_be_sex_trafficking() {
    let mut c = case(
        Some(34),
        &[Act::Recruitment, Act::Transportation],
        &[Means::AbuseOfVulnerability],
        &[Purpose::OrganRemoval],
    );
    c.person.vulnerable = Fact::Established;
    let a = evaluate_with(&c, Profile::Us);
    let finding = a
        .reasons
        .iter()
        .find(|r| r.text.starts_with("Not trafficking on these facts"))
        .expect("a finding");
    assert!(
        !finding.text.contains("Assessed as sex trafficking"),
        "{}",
        finding.text
    );
    assert!(
        finding
            .text
            .contains("(Not assessed as sex trafficking or labour trafficking: nothing in the facts points to one of them.)"),
        "{}",
        finding.text
    );
    assert_ne!(
        finding.rule, "us.7102.11a",
        "the sex-trafficking provision is not the one"
    );
    let text = compare(&c.clone().into()).to_text();
    assert!(!text.contains("assessed as sex trafficking"), "{text}");

    // The purpose names the limb.
    for (purpose, limb) in [
        (Purpose::CommercialSex, "(Assessed as sex trafficking.)"),
        (Purpose::ForcedLabour, "(Assessed as labour trafficking.)"),
    ] {
        let c = case(Some(34), &[Act::Recruitment], &[], &[purpose]);
        let a = evaluate_with(&c, Profile::Us);
        assert!(says(&a, limb), "{purpose:?}: {:?}", a.reasons);
    }
}

#[test]
fn the_protocol_family_agrees_on_outcomes() {
    // coe and asean reproduce the Protocol's definition: same outcomes on every example.
    for (_, c) in example_cases() {
        let Ok(c) = c else { continue };
        let base = evaluate_input_as(&c, Some(Profile::Palermo));
        for p in [Profile::Coe, Profile::Asean] {
            let a = evaluate_input_as(&c, Some(p));
            assert_eq!(a.verdict, base.verdict, "{p} {:?}", c.case.id);
            assert_eq!(a.trafficking.status, base.trafficking.status);
            assert_eq!(a.trafficking.missing, base.trafficking.missing);
            let qs: Vec<_> = a.next_questions.iter().map(|q| &q.fact).collect();
            let base_qs: Vec<_> = base.next_questions.iter().map(|q| &q.fact).collect();
            assert_eq!(qs, base_qs, "{p} {:?}", c.case.id);
        }
    }
}

#[test]
fn compare_agrees_with_each_profile_and_explains_every_difference() {
    for (_, c) in example_cases() {
        let Ok(c) = c else { continue };
        let comparison = compare(&c);
        assert_eq!(comparison.profiles.len(), Profile::ALL.len());
        let base = evaluate_input_as(&c, Some(Profile::Palermo));
        for row in &comparison.profiles {
            let a = evaluate_input_as(&c, Some(row.profile));
            assert_eq!(row.verdict, a.verdict);
            assert_eq!(row.trafficking, a.trafficking.status);
            assert_eq!(row.differs, a.trafficking.status != base.trafficking.status);
            if row.differs {
                assert!(
                    !row.differences.is_empty(),
                    "{} {:?}",
                    row.profile,
                    c.case.id
                );
                for d in &row.differences {
                    assert!(palermo::law::rule(&d.rule).is_some(), "{}", d.rule);
                }
            }
        }
        let text = comparison.to_text();
        assert!(text.contains("screening aid"));
    }
}

// --- snapshots over every example case and the casebook ---------------------

/// Every `*.json` under `dir`, recursively, sorted.
fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// The example cases (`examples/cases`, `examples/profiles`) and the
/// casebook's scenarios (`casebook/`, the `case` field of each), whichever
/// exist, each with its path relative to the crate; a file that is not a
/// valid case gives its error.
fn example_cases() -> Vec<(String, Result<Input, String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["examples/cases", "examples/profiles", "casebook"] {
        json_files(&root.join(dir), &mut files);
    }
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let case = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| {
                    serde_json::from_str::<serde_json::Value>(&text).map_err(|e| e.to_string())
                })
                .and_then(|value| {
                    let value = match value.get("case") {
                        Some(inner) if inner.is_object() => inner.clone(),
                        _ => value,
                    };
                    parse_input(&value.to_string()).map_err(|e| e.to_string())
                });
            (name, case)
        })
        .collect()
}

fn element_line<V: Vocabulary>(name: &str, e: &palermo::assessment::ElementFinding<V>) -> String {
    let facts: Vec<&str> = e.facts.iter().map(|f| f.name()).collect();
    format!("{name} {:?} [{}]", e.status, facts.join(", "))
}

/// One profile's findings over every example, for reading: verdict, the
/// elements with their facts, the trafficking reasons (smuggling and
/// migration are the same under every profile) and the questions.
fn summary(profile: Profile) -> String {
    let mut out = String::new();
    for (name, c) in example_cases() {
        out.push_str(&format!("## {name}\n"));
        let c = match c {
            Ok(c) => c,
            Err(e) => {
                out.push_str(&format!("ERROR {e}\n\n"));
                continue;
            }
        };
        let a = evaluate_input_as(&c, Some(profile));
        let t = &a.trafficking;
        out.push_str(&format!(
            "verdict: {} | trafficking: {:?} | person: {:?} | missing: {:?}\n",
            a.verdict, t.status, a.person.status, t.missing
        ));
        out.push_str(&format!(
            "{} | {} | {}\n",
            element_line("act", &t.elements.act),
            element_line("means", &t.elements.means),
            element_line("purpose", &t.elements.purpose)
        ));
        if !a.flags.is_empty() {
            let flags: Vec<&str> = a.flags.iter().map(|f| f.name()).collect();
            out.push_str(&format!("flags: {}\n", flags.join(", ")));
        }
        for r in &a.reasons {
            if ["som.", "mig.", "verdict.", "np.", "tip.14"]
                .iter()
                .any(|p| r.rule.starts_with(p))
            {
                continue;
            }
            out.push_str(&format!("- [{}] {}\n", r.rule, r.text));
        }
        let qs: Vec<&str> = a.next_questions.iter().map(|q| q.fact.as_ref()).collect();
        out.push_str(&format!("questions: {}\n\n", qs.join(", ")));
    }
    out
}

#[test]
fn snapshot_each_profile_over_the_examples_and_the_casebook() {
    for p in Profile::ALL {
        insta::assert_snapshot!(format!("profile_{p}"), summary(p));
    }
}

#[test]
fn snapshot_compare_over_the_examples_and_the_casebook() {
    let mut out = String::new();
    for (name, c) in example_cases() {
        let Ok(c) = c else { continue };
        out.push_str(&format!("## {name}\n"));
        out.push_str(&compare(&c).to_text());
        out.push('\n');
    }
    insta::assert_snapshot!("compare", out);
}

// --- properties ---------------------------------------------------------------

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn fact() -> impl Strategy<Value = Fact> {
        prop_oneof![
            3 => Just(Fact::NotStated),
            1 => Just(Fact::RuledOut),
            1 => Just(Fact::Suspected),
            1 => Just(Fact::Established),
        ]
    }

    fn facts<V: Vocabulary>() -> impl Strategy<Value = Vec<(V, Fact)>> {
        proptest::collection::vec((proptest::sample::select(V::ALL.to_vec()), fact()), 0..5)
    }

    prop_compose! {
        fn any_case()(
            age in proptest::option::of(0u8..40),
            indicators in fact(),
            vulnerable in fact(),
            acts in facts::<Act>(),
            means in facts::<Means>(),
            purposes in facts::<Purpose>(),
            consent in fact(),
            border in fact(),
        ) -> Case {
            let mut c = Case::new();
            c.person.age = age;
            c.person.child_indicators = indicators;
            c.person.vulnerable = vulnerable;
            for (a, f) in acts { c.act.set(a, f); }
            for (m, f) in means { c.means.set(m, f); }
            for (p, f) in purposes { c.purpose.set(p, f); }
            c.consent = consent;
            c.movement.crossed_border = border;
            c
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// A fact that is not an element of an instrument never changes its
        /// finding, except a payment to a person in control where the
        /// instrument reads it as making a transfer a sale (Cambodian law
        /// of 2008, art. 13: it counts through the act, not as a means).
        #[test]
        fn facts_that_are_not_elements_never_count(c in any_case()) {
            for p in Profile::ALL {
                let before = evaluate_with(&c, p);
                let mut with = c.clone();
                let sells = p.definition().provisions.sale_by_payment.is_some();
                for (a, _) in not_elements::<Act>(p) { with.act.set(a, Fact::Established); }
                for (m, _) in not_elements::<Means>(p) {
                    if sells && m == Means::PaymentToController { continue; }
                    with.means.set(m, Fact::Established);
                }
                for (x, _) in not_elements::<Purpose>(p) { with.purpose.set(x, Fact::Established); }
                let after = evaluate_with(&with, p);
                prop_assert_eq!(before.trafficking.status, after.trafficking.status, "{}", p);
                prop_assert_eq!(before.verdict, after.verdict, "{}", p);
            }
        }

        /// The Council of Europe Convention and ACTIP reproduce the Protocol's definition.
        #[test]
        fn coe_and_asean_decide_as_the_protocol(c in any_case()) {
            let base = evaluate_with(&c, Profile::Palermo);
            for p in [Profile::Coe, Profile::Asean] {
                let a = evaluate_with(&c, p);
                prop_assert_eq!(a.verdict, base.verdict);
                prop_assert_eq!(&a.trafficking.missing, &base.trafficking.missing);
            }
        }

        /// Every profile's assessment reads back to the same JSON, and its
        /// questions are never about a stated fact or a fact it does not count.
        #[test]
        fn assessments_round_trip_and_ask_only_open_counted_facts(c in any_case()) {
            for p in Profile::ALL {
                let a = evaluate_with(&c, p);
                let json = palermo::io::to_json(&a);
                let back: Assessment = serde_json::from_str(&json).unwrap();
                prop_assert_eq!(palermo::io::to_json(&back), json);
                for q in &a.next_questions {
                    if let Some(name) = q.fact.strip_prefix("act.") {
                        let m = Act::from_name(name).unwrap();
                        prop_assert!(c.act.get(m).is_not_stated());
                        prop_assert!(p.definition().how(m).counts(), "{} {}", p, q.fact);
                    }
                    if let Some(name) = q.fact.strip_prefix("means.") {
                        let m = Means::from_name(name).unwrap();
                        prop_assert!(c.means.get(m).is_not_stated());
                        // A payment that makes a sale counts through the act.
                        let sale = m == Means::PaymentToController
                            && p.definition().provisions.sale_by_payment.is_some();
                        prop_assert!(sale || p.definition().how(m).counts(), "{} {}", p, q.fact);
                    }
                    if let Some(name) = q.fact.strip_prefix("purpose.") {
                        let m = Purpose::from_name(name).unwrap();
                        prop_assert!(c.purpose.get(m).is_not_stated());
                        prop_assert!(p.definition().how(m).counts(), "{} {}", p, q.fact);
                    }
                }
            }
        }
    }
}

/// Law revision 2: non-punishment is a discretion with each instrument's
/// own source (CETS 197 art. 26; Directive 2011/36/EU art. 8; ACTIP art.
/// 14(7)); the Protocol has no such clause (OHCHR Principle 7 is cited as
/// guidance); US federal law has no operative provision but states the
/// principle as a congressional finding (22 U.S.C. 7101(b)(19)), cited as
/// guidance; the Cambodian law has none.
#[test]
fn non_punishment_follows_each_instrument() {
    let mut c = case(
        Some(30),
        &[Act::Recruitment],
        &[Means::Deception],
        &[Purpose::ForcedCriminality],
    );
    c.offences_by_person = Fact::Established;
    for (profile, rule) in [
        (Profile::Palermo, "np.ohchr.7"),
        (Profile::Coe, "np.26"),
        (Profile::Eu, "np.eu.8"),
        (Profile::Asean, "np.actip.14.7"),
        (Profile::Us, "np.us.7101"),
        (Profile::Cambodia, "np.none"),
    ] {
        let a = evaluate_with(&c, profile);
        assert!(a.has_flag(Flag::NonPunishment), "{profile}");
        let r = a
            .reasons
            .iter()
            .find(|r| r.rule.starts_with("np."))
            .unwrap_or_else(|| panic!("{profile}: no non-punishment reason"));
        assert_eq!(r.rule, rule, "{profile}");
        // Never worded as a duty not to punish.
        assert!(
            !r.text.contains("should not be punished"),
            "{profile}: {}",
            r.text
        );
        match rule {
            "np.none" => assert!(r.text.contains("no non-punishment provision"), "{profile}"),
            "np.ohchr.7" => assert!(r.text.contains("has no non-punishment clause")),
            // 22 U.S.C. 7101(b)(19): a congressional finding, not a bar.
            "np.us.7101" => {
                assert!(r.text.contains("7101(b)(19)"), "{}", r.text);
                assert!(r.text.contains("not a bar"), "{}", r.text);
            }
            _ => assert!(r.text.contains("discretion"), "{profile}: {}", r.text),
        }
    }
}

/// The "why" of each question is what deciding the case again with a "yes"
/// gives, fact by fact, under every profile: a forced marriage or an
/// illegal adoption recorded without its conditions counts at most as
/// suspected (contract revision 2), so a "yes" to it makes the case
/// possible trafficking, not trafficking; and under `eu` the surrogacy
/// exception (Directive 2011/36/EU art. 2(5), second sentence, as
/// amended by Directive (EU) 2024/1712; `eu.2.5.surrogacy`) holds a child's
/// finding at suspected. Seen in review: both were said to make it
/// trafficking, like the other purposes they were asked with.
#[test]
fn each_purpose_question_says_what_its_answer_gives() {
    let mut adult = Case::new();
    adult.person.age = Some(30);
    adult.act.set(Act::Recruitment, Fact::Established);
    adult.means.set(Means::Deception, Fact::Established);
    let mut child = Case::new();
    child.person.age = Some(15);
    child.act.set(Act::Transfer, Fact::Established);
    let mut sixteen = Case::new();
    sixteen.person.age = Some(16);
    sixteen.act.set(Act::Transfer, Fact::Established);
    for case in [adult, child, sixteen] {
        for profile in Profile::ALL {
            let a = evaluate_with(&case, profile);
            for q in &a.next_questions {
                // The questions whose answer alone changes the verdict.
                let Some(name) = q.fact.strip_prefix("purpose.") else {
                    continue;
                };
                if q.why.starts_with("Towards") {
                    continue;
                }
                let purpose = Purpose::ALL
                    .iter()
                    .copied()
                    .find(|p| p.name() == name)
                    .expect("a purpose");
                let mut yes = case.clone();
                yes.purpose.set(purpose, Fact::Established);
                let verdict = evaluate_with(&yes, profile).verdict;
                let said = match verdict {
                    Verdict::Trafficking => "becomes trafficking.",
                    Verdict::PossibleTrafficking => "becomes possible trafficking.",
                    other => panic!("{profile} {name}: {other} {} {case:?}", q.why),
                };
                assert!(q.why.ends_with(said), "{profile} {name}: {}", q.why);
            }
        }
    }
    // The cases of the review, by name.
    let mut fm = Case::new();
    fm.person.age = Some(30);
    fm.act.set(Act::Recruitment, Fact::Established);
    fm.means.set(Means::Deception, Fact::Established);
    let why = |a: &Assessment, fact: &str| {
        let q = a.next_questions.iter().find(|q| q.fact == fact);
        q.map(|q| q.why.to_string()).expect("asked")
    };
    let a = evaluate(&fm);
    for fact in ["purpose.forced_marriage", "purpose.illegal_adoption"] {
        assert_eq!(
            why(&a, fact),
            "If yes, the verdict becomes possible trafficking."
        );
    }
    assert!(why(&a, "purpose.forced_labour").ends_with("becomes trafficking."));
}

/// A forced marriage is named by the Directive as amended by 2024/1712
/// (art. 2(3)) and read under the Protocol as a practice similar to slavery
/// only as servile marriage (1956 Convention art. 1(c)), at most suspected
/// until that is shown: `compare` says that is where the two part, never
/// that the element is met either way.
#[test]
fn compare_says_a_forced_marriage_is_only_suspected_under_the_protocol() {
    let c = case(
        Some(22),
        &[Act::Transfer],
        &[Means::Deception],
        &[Purpose::ForcedMarriage],
    );
    let row = compare(&c.clone().into())
        .row(Profile::Eu)
        .cloned()
        .unwrap();
    assert!(row.differs);
    let texts: Vec<&str> = row
        .differences
        .iter()
        .chain(&row.notes)
        .map(|r| r.text.as_ref())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("forced marriage") && t.contains("at most suspected")),
        "{texts:#?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.starts_with("forced marriage") && t.contains("either way")),
        "{texts:#?}"
    );
}

/// The differences `compare` gives for one profile's row.
fn difference_texts(c: &Case, profile: Profile) -> Vec<String> {
    let row = compare(&c.clone().into()).row(profile).cloned().unwrap();
    assert!(row.differs, "{profile:?}");
    row.differences.iter().map(|r| r.text.to_string()).collect()
}

/// A finding with every element met can still be only possible
/// trafficking: under a provision whose wording is unverified (the
/// Cambodian law's arts. 12-19), or where the means is supplied only by
/// presuming the person a child (the presumption protects the person but
/// does not prove the age). `compare` names that premise: "every element
/// is met" is never the whole reason given for a lower finding.
#[test]
fn compare_names_the_premise_that_holds_a_finding_with_every_element_met() {
    // A 12-year-old recruited to beg: trafficking under the Protocol,
    // held at possible trafficking under the unverified Cambodian offence.
    let begging = case(
        Some(12),
        &[Act::Recruitment],
        &[],
        &[Purpose::ForcedBegging],
    );
    let texts = difference_texts(&begging, Profile::Cambodia);
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Every element") && t.contains("the provision is unverified")),
        "{texts:#?}"
    );

    // Signs of childhood, no age: a commercial sex act after a payment to
    // a person in control. The payment is a means under the Protocol, not
    // under US law, where the means rests on presuming the person a child.
    let mut sold = case(None, &[Act::Transfer], &[Means::PaymentToController], &[]);
    sold.purpose.set(Purpose::CommercialSex, Fact::Established);
    sold.person.child_indicators = Fact::Established;
    assert_eq!(evaluate(&sold).verdict, Verdict::Trafficking);
    assert_eq!(
        evaluate_with(&sold, Profile::Us).verdict,
        Verdict::PossibleTrafficking
    );
    let texts = difference_texts(&sold, Profile::Us);
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Every element") && t.contains("presuming the person a child")),
        "{texts:#?}"
    );

    for (c, profile) in [(&begging, Profile::Cambodia), (&sold, Profile::Us)] {
        for t in difference_texts(c, profile) {
            assert!(
                !t.starts_with("Every element") || t.contains(", but "),
                "{profile:?}: {t}"
            );
        }
    }
}
