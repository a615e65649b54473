//! The Trafficking in Persons Protocol (2000), article 3: the definition.
//!
//! Source: authentic English text (Dutch treaty database BWBV0001749), quoted
//! verbatim in `law/REFERENCE.md` §1. The article reads, in full:
//!
//! > (a) "Trafficking in persons" shall mean the recruitment, transportation,
//! > transfer, harbouring or receipt of persons, by means of the threat or use
//! > of force or other forms of coercion, of abduction, of fraud, of deception,
//! > of the abuse of power or of a position of vulnerability or of the giving or
//! > receiving of payments or benefits to achieve the consent of a person having
//! > control over another person, for the purpose of exploitation. Exploitation
//! > shall include, at a minimum, the exploitation of the prostitution of others
//! > or other forms of sexual exploitation, forced labour or services, slavery
//! > or practices similar to slavery, servitude or the removal of organs;
//! >
//! > (b) The consent of a victim of trafficking in persons to the intended
//! > exploitation set forth in subparagraph (a) of this article shall be
//! > irrelevant where any of the means set forth in subparagraph (a) have been
//! > used;
//! >
//! > (c) The recruitment, transportation, transfer, harbouring or receipt of a
//! > child for the purpose of exploitation shall be considered "trafficking in
//! > persons" even if this does not involve any of the means set forth in
//! > subparagraph (a) of this article;
//! >
//! > (d) "Child" shall mean any person under eighteen years of age.
//!
//! Three elements, then: an act, a means and a purpose; for a child, an act
//! and a purpose. Consent, a border crossing and actual exploitation are not
//! elements, and the rules below make sure they can never change the finding.

use super::{Rule, Wording};
use crate::assessment::{
    Element, ElementFinding, ElementStatus, Elements, Flag, PersonStatus, Reason,
    TraffickingFinding,
};
use crate::model::{Case, Fact, FactSet, Level, Purpose, Vocabulary};

/// `tip.3a.act` — art. 3(a):
///
/// > the recruitment, transportation, transfer, harbouring or receipt of persons
pub const ACT: Rule = Rule {
    id: "tip.3a.act",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "The act: recruitment, transportation, transfer, harbouring or receipt.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons",
    wording: Wording::Verbatim,
};

/// `tip.3a.means` — art. 3(a):
///
/// > by means of the threat or use of force or other forms of coercion, of
/// > abduction, of fraud, of deception, of the abuse of power or of a position
/// > of vulnerability or of the giving or receiving of payments or benefits to
/// > achieve the consent of a person having control over another person
pub const MEANS: Rule = Rule {
    id: "tip.3a.means",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "The means: threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments to a person in control.",
    quote: "by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person",
    wording: Wording::Verbatim,
};

/// `tip.3a.vulnerability` — a position of vulnerability is not by itself a
/// means: the means is its *abuse*. Travaux préparatoires, interpretative
/// note to art. 3 (A/55/383/Add.1, para. 63; the core phrase is verbatim in
/// UNODC's E4J Module 6):
///
/// > any situation in which the person involved has no real and acceptable
/// > alternative but to submit to the abuse involved
///
/// and the two-part test of the UNODC Issue Paper (2013), as its authors put
/// it: "(i) proof of the existence of a position of vulnerability on the part
/// of the victim; and (ii) proof of abuse of (or intention to abuse) that
/// vulnerability as the means by which a particular act ... was undertaken".
pub const VULNERABILITY_ALONE: Rule = Rule {
    id: "tip.3a.vulnerability",
    citation: "Trafficking Protocol art. 3(a); A/55/383/Add.1 para. 63; UNODC Issue Paper on abuse of a position of vulnerability (2013)",
    summary: "Vulnerability on its own is not a means; its abuse is.",
    quote: "The reference to the abuse of a position of vulnerability is understood to refer to any situation in which the person involved has no real and acceptable alternative but to submit to the abuse involved.",
    wording: Wording::Corroborated,
};

/// `tip.3a.purpose` — art. 3(a):
///
/// > for the purpose of exploitation. Exploitation shall include, at a
/// > minimum, the exploitation of the prostitution of others or other forms of
/// > sexual exploitation, forced labour or services, slavery or practices
/// > similar to slavery, servitude or the removal of organs
pub const PURPOSE: Rule = Rule {
    id: "tip.3a.purpose",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "The purpose: exploitation, at a minimum the forms the Protocol lists.",
    quote: "for the purpose of exploitation. Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs",
    wording: Wording::Verbatim,
};

/// `tip.3a.purpose.interpretation` — forms of exploitation the Protocol does
/// not name, read into the ones it does ("at a minimum"):
///
/// - forced begging and forced criminality are *forced labour or services*:
///   ILO Forced Labour Convention, 1930 (No. 29), art. 2(1): "all work or
///   service which is exacted from any person under the menace of any penalty
///   and for which the said person has not offered himself voluntarily";
/// - forced marriage and illegal adoption are *practices similar to slavery*:
///   Supplementary Convention on the Abolition of Slavery (1956), art. 1(c)
///   (servile marriage) and 1(d) (delivery of a child "with a view to the
///   exploitation of the child"); for adoption, the interpretative note
///   A/55/383/Add.1 para. 66 (wording from memory): "where illegal adoption
///   amounts to a practice similar to slavery as defined in article 1,
///   paragraph (d), of the Supplementary Convention ..., it will also fall
///   within the scope of the Protocol".
pub const PURPOSE_INTERPRETATION: Rule = Rule {
    id: "tip.3a.purpose.interpretation",
    citation: "ILO Convention No. 29 art. 2(1); Supplementary Slavery Convention 1956 art. 1(c), 1(d); A/55/383/Add.1 para. 66",
    summary: "Forced begging and forced criminality count as forced labour or services; forced marriage and illegal adoption as practices similar to slavery.",
    quote: "the term \"forced or compulsory labour\" shall mean all work or service which is exacted from any person under the menace of any penalty and for which the said person has not offered himself voluntarily (ILO C29 art. 2(1)); ... any institution or practice whereby a child or young person under the age of 18 years is delivered by either or both of his natural parents or by his guardian to another person, whether for reward or not, with a view to the exploitation of the child or young person or of his labour (1956 Convention art. 1(d))",
    wording: Wording::Verbatim,
};

/// `tip.3a.purpose.intent` — purpose is the trafficker's intent; the
/// exploitation need not have happened. UNODC E4J Module 6, "The purpose of
/// exploitation" (verbatim from a stored copy):
///
/// > It is unnecessary for the victim to have been exploited, as long as this
/// > was the offender's purpose.
pub const PURPOSE_IS_INTENT: Rule = Rule {
    id: "tip.3a.purpose.intent",
    citation: "Trafficking Protocol art. 3(a) (\"for the purpose of\"); UNODC E4J Module 6",
    summary: "Exploitation need not have occurred: the purpose is what the trafficker intended.",
    quote: "Note that this element of the offence requires proof that the offender acted with the purpose of exploiting the victim. It is unnecessary for the victim to have been exploited, as long as this was the offender's purpose.",
    wording: Wording::Verbatim,
};

/// `tip.3a` — for an adult (or a person of unknown age), all three elements:
/// act, means and purpose (art. 3(a), quoted in the module documentation).
pub const ADULT: Rule = Rule {
    id: "tip.3a",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "An adult's case needs an act, a means and a purpose.",
    quote: "\"Trafficking in persons\" shall mean the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation.",
    wording: Wording::Verbatim,
};

/// `tip.3b.consent` — art. 3(b):
///
/// > The consent of a victim of trafficking in persons to the intended
/// > exploitation set forth in subparagraph (a) of this article shall be
/// > irrelevant where any of the means set forth in subparagraph (a) have been
/// > used;
///
/// Consent is evidence only. It never enters the status functions below.
pub const CONSENT: Rule = Rule {
    id: "tip.3b.consent",
    citation: "Trafficking Protocol art. 3(b)",
    summary: "Consent to the intended exploitation is irrelevant once a means is used.",
    quote: "The consent of a victim of trafficking in persons to the intended exploitation set forth in subparagraph (a) of this article shall be irrelevant where any of the means set forth in subparagraph (a) have been used",
    wording: Wording::Verbatim,
};

/// `tip.3c.child` — art. 3(c):
///
/// > The recruitment, transportation, transfer, harbouring or receipt of a
/// > child for the purpose of exploitation shall be considered "trafficking in
/// > persons" even if this does not involve any of the means set forth in
/// > subparagraph (a) of this article;
pub const CHILD: Rule = Rule {
    id: "tip.3c.child",
    citation: "Trafficking Protocol art. 3(c)",
    summary: "A child's case needs an act and a purpose; no means.",
    quote: "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation shall be considered \"trafficking in persons\" even if this does not involve any of the means set forth in subparagraph (a) of this article",
    wording: Wording::Verbatim,
};

/// `tip.border` — a border crossing is not an element. UNTOC art. 34(2),
/// applied to the Protocol by its art. 1(2):
///
/// > The offences established in accordance with articles 5, 6, 8 and 23 of
/// > this Convention shall be established in the domestic law of each State
/// > Party independently of the transnational nature or the involvement of an
/// > organized criminal group ...
pub const NO_BORDER_REQUIRED: Rule = Rule {
    id: "tip.border",
    citation: "UNTOC art. 34(2); Trafficking Protocol art. 1(2)",
    summary: "No border crossing (and no organised crime) is needed: internal trafficking is trafficking.",
    quote: "The offences established in accordance with articles 5, 6, 8 and 23 of this Convention shall be established in the domestic law of each State Party independently of the transnational nature or the involvement of an organized criminal group as described in article 3, paragraph 1, of this Convention",
    wording: Wording::Verbatim,
};

/// `tip.14` — art. 14(1), the saving clause:
///
/// > Nothing in this Protocol shall affect the rights, obligations and
/// > responsibilities of States and individuals under international law, ...
/// > in particular, where applicable, the 1951 Convention and the 1967
/// > Protocol relating to the Status of Refugees and the principle of
/// > non-refoulement as contained therein.
pub const SAVING_CLAUSE: Rule = Rule {
    id: "tip.14",
    citation: "Trafficking Protocol art. 14(1)",
    summary: "An asylum claim is heard whatever the finding: non-refoulement.",
    quote: "Nothing in this Protocol shall affect the rights, obligations and responsibilities of States and individuals under international law, including international humanitarian law and international human rights law and, in particular, where applicable, the 1951 Convention and the 1967 Protocol relating to the Status of Refugees and the principle of non-refoulement as contained therein.",
    wording: Wording::Verbatim,
};

/// The forms of exploitation that are read into the Protocol's list, and the
/// listed form each counts as.
pub(crate) fn interpreted_as(purpose: Purpose) -> Option<&'static str> {
    match purpose {
        Purpose::ForcedBegging | Purpose::ForcedCriminality => Some("forced labour or services"),
        Purpose::ForcedMarriage | Purpose::IllegalAdoption => Some("a practice similar to slavery"),
        _ => None,
    }
}

/// The trafficking status from the element levels: the whole of art. 3 as a
/// pure function. `child_rule` is art. 3(c); without it, art. 3(a).
/// All required elements established → established; all at least suspected →
/// suspected; else not established (contract v1 §3).
pub(crate) fn status(act: Level, means: Level, purpose: Level, child_rule: bool) -> Level {
    if child_rule {
        act.min(purpose)
    } else {
        act.min(means).min(purpose)
    }
}

/// Append plain words for a list of facts: "recruitment, transportation".
fn push_facts<V: Vocabulary>(text: &mut String, facts: &[V]) {
    for (i, f) in facts.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        super::push_words(text, f.name());
    }
}

fn element<V: Vocabulary>(set: &FactSet<V>) -> ElementFinding<V> {
    let level = set.level();
    ElementFinding {
        status: level.into(),
        facts: set.at_level(level),
    }
}

fn element_text<V: Vocabulary>(name: &str, found: &ElementFinding<V>, none: &str) -> String {
    let how = match found.status {
        ElementStatus::Established => " established: ",
        ElementStatus::Suspected => " suspected, not established: ",
        _ => return none.to_string(),
    };
    let mut text = String::with_capacity(64);
    text.push_str(name);
    text.push_str(how);
    push_facts(&mut text, &found.facts);
    text.push('.');
    text
}

/// The trafficking finding: elements, status, the reasons behind them and the
/// flags they raise.
pub(crate) fn assess(
    case: &Case,
    person: PersonStatus,
    reasons: &mut Vec<Reason>,
    flags: &mut Vec<Flag>,
) -> TraffickingFinding {
    let child_rule = person.child_rule_applies();
    let act = element(&case.act);
    let mut means = element(&case.means);
    let purpose = element(&case.purpose);
    let (act_level, means_level, purpose_level) =
        (case.act.level(), case.means.level(), case.purpose.level());
    let status = status(act_level, means_level, purpose_level, child_rule);

    // Act.
    reasons.push(Reason::new(
        &ACT,
        element_text(
            "Act",
            &act,
            "No act is established: nothing says the person was recruited, transported, transferred, harboured or received.",
        ),
    ));

    // Means, or the child rule in its place.
    let means_text = element_text(
        "Means",
        &means,
        "No means is established: nothing says that threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments to a person in control were used.",
    );
    if child_rule {
        let mut text = String::from(if person == PersonStatus::Child {
            "The person is a child, so the means element is not required."
        } else {
            "The person is presumed to be a child, so the means element is not required until the age is verified."
        });
        if means_level.at_least_suspected() {
            text.push(' ');
            text.push_str(&means_text);
            text.push_str(" This is evidence, but the finding does not depend on it.");
        }
        reasons.push(Reason::new(&CHILD, text));
        means.status = ElementStatus::NotRequired;
    } else {
        reasons.push(Reason::new(&MEANS, means_text));
        if means_level != Level::Established && case.person.vulnerable.level().at_least_suspected()
        {
            reasons.push(Reason::new(
                &VULNERABILITY_ALONE,
                "The person was in a position of vulnerability, but nothing says it was abused to recruit, move or hold them. Vulnerability on its own is not a means: ask whether it was taken advantage of (means.abuse_of_vulnerability).",
            ));
        }
    }

    // Purpose, and the forms read into the Protocol's list.
    reasons.push(Reason::new(
        &PURPOSE,
        element_text(
            "Purpose",
            &purpose,
            "No purpose of exploitation is established.",
        ),
    ));
    let mut interpreted = String::new();
    for (p, form) in purpose
        .facts
        .iter()
        .filter_map(|&p| interpreted_as(p).map(|form| (p, form)))
    {
        interpreted.push_str(if interpreted.is_empty() {
            "The Protocol's list of exploitation is a minimum. Here "
        } else {
            "; "
        });
        super::push_words(&mut interpreted, p.name());
        interpreted.push_str(" counts as ");
        interpreted.push_str(form);
    }
    if !interpreted.is_empty() {
        interpreted.push('.');
        flags.push(Flag::PurposeByInterpretation);
        reasons.push(Reason::new(&PURPOSE_INTERPRETATION, interpreted));
    }
    if purpose_level.at_least_suspected() && case.exploitation_occurred != Fact::Established {
        let text = match case.exploitation_occurred {
            Fact::RuledOut | Fact::Suspected => "The exploitation has not been shown to have happened. That does not matter: the purpose element is what was intended, not what happened.",
            _ => "Whether the exploitation actually happened is not stated. It does not need to have happened: the purpose element is what was intended.",
        };
        reasons.push(Reason::new(&PURPOSE_IS_INTENT, text));
    }

    // Consent: evidence only.
    if case.consent.level().at_least_suspected() {
        let text = if child_rule {
            "The person agreed, but a child cannot consent to exploitation: the consent is irrelevant."
        } else if means_level.at_least_suspected() {
            "The person agreed, but consent is irrelevant where a means was used: a person deceived or coerced has not truly consented."
        } else {
            "The person agreed. Consent does not decide this case: for an adult, the definition needs a means, whether or not they agreed."
        };
        reasons.push(Reason::new(&CONSENT, text));
    }

    // The finding.
    let missing: Vec<Element> = [
        (Element::Act, act_level),
        (
            Element::Means,
            if child_rule {
                Level::Established
            } else {
                means_level
            },
        ),
        (Element::Purpose, purpose_level),
    ]
    .into_iter()
    .filter(|(_, level)| *level != Level::Established)
    .map(|(element, _)| element)
    .collect();
    let required = if child_rule {
        "an act and a purpose"
    } else {
        "an act, a means and a purpose"
    };
    let names = |separator: &str| {
        let mut text = String::new();
        for (i, e) in missing.iter().enumerate() {
            if i > 0 {
                text.push_str(separator);
            }
            text.push_str(e.name());
        }
        text
    };
    let mut text = match status {
        Level::Established => {
            super::cat(&["Trafficking in persons: ", required, " are established."])
        }
        Level::Suspected => super::cat(&[
            "Possible trafficking in persons: ",
            required,
            " are at least suspected, but not all established (",
            &names(", "),
            " not established).",
        ]),
        Level::NotEstablished => super::cat(&[
            "Not trafficking on these facts: the definition needs ",
            required,
            ", and ",
            &names(" and "),
            if missing.len() == 1 { " is" } else { " are" },
            " missing.",
        ]),
    };
    if person == PersonStatus::PresumedChild {
        let as_adult = self::status(act_level, means_level, purpose_level, false);
        if as_adult != status {
            text.push_str(
                " If the person is verified as an adult, a means is needed and the finding would be ",
            );
            text.push_str(match as_adult {
                Level::Established => "trafficking",
                Level::Suspected => "possible trafficking",
                Level::NotEstablished => "not trafficking",
            });
            text.push('.');
        } else {
            text.push_str(" The finding would be the same if the person is verified as an adult.");
        }
    }
    reasons.push(Reason::new(if child_rule { &CHILD } else { &ADULT }, text));

    // Borders do not matter; say so when it could be misread.
    if status.at_least_suspected() {
        match case.movement.crossed_border {
            Fact::RuledOut => {
                flags.push(Flag::InternalTrafficking);
                reasons.push(Reason::new(
                    &NO_BORDER_REQUIRED,
                    "No international border was crossed. That does not matter: trafficking within one country is trafficking.",
                ));
            }
            Fact::Established => {}
            _ => reasons.push(Reason::new(
                &NO_BORDER_REQUIRED,
                "Whether a border was crossed does not change this finding: trafficking does not require one.",
            )),
        }
    }

    // Asylum: orthogonal to every finding.
    if case.asylum_claim.level().at_least_suspected() {
        flags.push(Flag::AsylumReferral);
        reasons.push(Reason::new(
            &SAVING_CLAUSE,
            "The person has claimed, or may claim, asylum. Refer the claim: the findings here do not affect the right to seek asylum or the principle of non-refoulement.",
        ));
    }

    TraffickingFinding {
        status,
        elements: Elements {
            act,
            means,
            purpose,
        },
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adult_needs_all_three_elements() {
        use Level::*;
        assert_eq!(
            status(Established, Established, Established, false),
            Established
        );
        assert_eq!(
            status(Established, NotEstablished, Established, false),
            NotEstablished
        );
        assert_eq!(
            status(Established, Suspected, Established, false),
            Suspected
        );
        assert_eq!(
            status(NotEstablished, Established, Established, false),
            NotEstablished
        );
        assert_eq!(
            status(Established, Established, NotEstablished, false),
            NotEstablished
        );
    }

    #[test]
    fn a_child_needs_act_and_purpose_only() {
        use Level::*;
        assert_eq!(
            status(Established, NotEstablished, Established, true),
            Established
        );
        assert_eq!(
            status(Suspected, NotEstablished, Established, true),
            Suspected
        );
        assert_eq!(
            status(Established, Established, NotEstablished, true),
            NotEstablished
        );
    }

    #[test]
    fn interpreted_forms_map_to_listed_forms() {
        assert_eq!(
            interpreted_as(Purpose::ForcedBegging),
            Some("forced labour or services")
        );
        assert_eq!(
            interpreted_as(Purpose::ForcedCriminality),
            Some("forced labour or services")
        );
        assert_eq!(
            interpreted_as(Purpose::ForcedMarriage),
            Some("a practice similar to slavery")
        );
        assert_eq!(
            interpreted_as(Purpose::IllegalAdoption),
            Some("a practice similar to slavery")
        );
        assert_eq!(interpreted_as(Purpose::ForcedLabour), None);
    }
}
