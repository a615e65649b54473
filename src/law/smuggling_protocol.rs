//! The Smuggling of Migrants Protocol (2000), articles 3, 5 and 6.
//!
//! Source: authentic English text (Dutch treaty database BWBV0001750), quoted
//! verbatim in `law/REFERENCE.md` §2. Smuggling is a crime against the State's
//! border: a fee for an illegal entry (or an illegal stay), with no element of
//! means or exploitation. It can hold together with trafficking: a smuggled
//! person can become a trafficked one.

use super::{Rule, Wording};
use crate::assessment::{Flag, Reason, SmugglingFinding};
use crate::model::{Case, Fact, Level, Regularity, Relationship};

/// `som.3a` — art. 3(a) and (b):
///
/// > (a) "Smuggling of migrants" shall mean the procurement, in order to
/// > obtain, directly or indirectly, a financial or other material benefit, of
/// > the illegal entry of a person into a State Party of which the person is
/// > not a national or a permanent resident;
/// >
/// > (b) "Illegal entry" shall mean crossing borders without complying with
/// > the necessary requirements for legal entry into the receiving State;
pub const SMUGGLING: Rule = Rule {
    id: "som.3a",
    citation: "Smuggling of Migrants Protocol art. 3(a), (b)",
    summary: "Smuggling: procuring another person's illegal entry for a financial or other material benefit.",
    quote: "\"Smuggling of migrants\" shall mean the procurement, in order to obtain, directly or indirectly, a financial or other material benefit, of the illegal entry of a person into a State Party of which the person is not a national or a permanent resident; \"Illegal entry\" shall mean crossing borders without complying with the necessary requirements for legal entry into the receiving State",
    wording: Wording::Verbatim,
};

/// `som.3a.benefit` — without a financial or other material benefit there is
/// no smuggling: humanitarian or family help is excluded. UNODC E4J Module 1
/// (verbatim from a stored copy); the interpretative note A/55/383/Add.1
/// para. 88 is to the same effect (wording from memory): the element was
/// included "to exclude the activities of those who provided support to
/// migrants for humanitarian reasons or on the basis of close family ties".
pub const MATERIAL_BENEFIT: Rule = Rule {
    id: "som.3a.benefit",
    citation: "Smuggling of Migrants Protocol art. 3(a); A/55/383/Add.1 para. 88; UNODC E4J Module 1",
    summary: "No financial or other material benefit, no smuggling: humanitarian or family help is not smuggling.",
    quote: "it does not criminalize migration, nor does it criminalize the actions of those facilitating the illegal entry, transit or stay of another person in a country for purposes other than obtaining a financial or other material benefit.",
    wording: Wording::Corroborated,
};

/// `som.3a.national` — art. 3(a): "into a State Party of which the person is
/// not a national or a permanent resident". Nobody is smuggled into their
/// own State.
pub const OWN_STATE: Rule = Rule {
    id: "som.3a.national",
    citation: "Smuggling of Migrants Protocol art. 3(a)",
    summary: "A national or permanent resident of the State cannot be smuggled into it.",
    quote: "the illegal entry of a person into a State Party of which the person is not a national or a permanent resident",
    wording: Wording::Verbatim,
};

/// `som.6.1c` — art. 6(1)(c), enabling an illegal stay:
///
/// > Enabling a person who is not a national or a permanent resident to remain
/// > in the State concerned without complying with the necessary requirements
/// > for legally remaining in the State by the means mentioned in subparagraph
/// > (b) of this paragraph or any other illegal means.
///
/// Art. 6(1) requires it to be done "in order to obtain, directly or
/// indirectly, a financial or other material benefit".
pub const ENABLING_STAY: Rule = Rule {
    id: "som.6.1c",
    citation: "Smuggling of Migrants Protocol art. 6(1)(c)",
    summary: "Enabling an illegal stay for a benefit is criminalised alongside smuggling.",
    quote: "Enabling a person who is not a national or a permanent resident to remain in the State concerned without complying with the necessary requirements for legally remaining in the State by the means mentioned in subparagraph (b) of this paragraph or any other illegal means.",
    wording: Wording::Verbatim,
};

/// `som.3a.self` — procuring one's own irregular entry is not smuggling.
/// UNODC E4J Module 1, "Migrant smuggling v. irregular migration" (verbatim):
///
/// > Migrant smuggling does not include the conduct of those that procure
/// > their own illegal entry, transit or stay in another country.
pub const SELF_PROCURED: Rule = Rule {
    id: "som.3a.self",
    citation: "Smuggling of Migrants Protocol art. 3(a); UNODC E4J Module 1",
    summary: "A person who procures their own irregular entry is an irregular migrant, never a smuggled one.",
    quote: "Migrant smuggling does not include the conduct of those that procure their own illegal entry, transit or stay in another country.",
    wording: Wording::Verbatim,
};

/// `som.5` — art. 5: the smuggled person is the object of the offence.
///
/// > Migrants shall not become liable to criminal prosecution under this
/// > Protocol for the fact of having been the object of conduct set forth in
/// > article 6 of this Protocol.
pub const OBJECT_NOT_OFFENDER: Rule = Rule {
    id: "som.5",
    citation: "Smuggling of Migrants Protocol art. 5",
    summary: "The smuggled migrant is not liable under the Protocol for having been smuggled.",
    quote: "Migrants shall not become liable to criminal prosecution under this Protocol for the fact of having been the object of conduct set forth in article 6 of this Protocol.",
    wording: Wording::Verbatim,
};

/// `som.6.3` — art. 6(3), aggravating circumstances:
///
/// > (a) That endanger, or are likely to endanger, the lives or safety of the
/// > migrants concerned; or
/// > (b) That entail inhuman or degrading treatment, including for
/// > exploitation, of such migrants.
pub const AGGRAVATED: Rule = Rule {
    id: "som.6.3",
    citation: "Smuggling of Migrants Protocol art. 6(3)",
    summary: "Smuggling is aggravated when lives or safety are endangered, or treatment is inhuman or degrading.",
    quote: "circumstances: (a) That endanger, or are likely to endanger, the lives or safety of the migrants concerned; or (b) That entail inhuman or degrading treatment, including for exploitation, of such migrants.",
    wording: Wording::Verbatim,
};

/// `som.relationship` — smuggling ends on arrival; trafficking goes on. The
/// standard UNODC/IOM comparison (`law/REFERENCE.md` §3.1):
///
/// > Smuggling ends with the arrival of the migrants at their destination,
/// > whereas trafficking involves the ongoing exploitation of the victims in
/// > some manner to generate illicit profits for the traffickers.
pub const RELATIONSHIP_CONTINUED: Rule = Rule {
    id: "som.relationship",
    citation: "UNODC, Toolkit to Combat Trafficking in Persons (2008), ch. 1",
    summary: "A facilitator's hold that continues after arrival is a sign of trafficking, not of smuggling.",
    quote: "Smuggling ends with the arrival of the migrants at their destination, whereas trafficking involves the ongoing exploitation of the victims in some manner to generate illicit profits for the traffickers.",
    wording: Wording::Corroborated,
};

/// The level of a "was it irregular?" answer.
fn irregular(value: Option<Regularity>) -> Level {
    match value {
        Some(Regularity::Irregular) => Level::Established,
        _ => Level::NotEstablished,
    }
}

/// Whether an exclusion rules smuggling out: the person is a national or
/// resident of the destination, or the help was humanitarian or family help.
pub(crate) fn excluded(case: &Case) -> bool {
    let m = &case.movement;
    m.national_or_resident_of_destination == Fact::Established
        || m.facilitator.humanitarian_or_family == Fact::Established
}

/// The route to smuggling: an illegal entry procured by another
/// (art. 3(a)), or an illegal stay enabled by another (art. 6(1)(c)).
pub(crate) fn route(case: &Case) -> Level {
    let m = &case.movement;
    let entry_route = m
        .crossed_border
        .level()
        .min(irregular(m.entry))
        .min(m.facilitator.procured_entry.level());
    let stay_route = irregular(m.stay).min(m.facilitator.enabled_irregular_stay.level());
    entry_route.max(stay_route)
}

/// The smuggling status, as a pure function (contract v1 §3):
/// `min(max(entry_route, stay_route), material_benefit)`, unless excluded.
pub(crate) fn status(case: &Case) -> Level {
    if excluded(case) {
        return Level::NotEstablished;
    }
    route(case).min(case.movement.facilitator.material_benefit.level())
}

/// Whether the art. 6(3) aggravating circumstances are established.
pub(crate) fn aggravated(case: &Case, status: Level) -> bool {
    let m = &case.movement;
    status.at_least_suspected()
        && (m.life_endangered == Fact::Established
            || m.inhuman_or_degrading_treatment == Fact::Established)
}

/// The smuggling finding with its reasons and flags.
pub(crate) fn assess(
    case: &Case,
    reasons: &mut Vec<Reason>,
    flags: &mut Vec<Flag>,
) -> SmugglingFinding {
    let m = &case.movement;
    let f = &m.facilitator;
    let status = status(case);
    let aggravated = aggravated(case, status);
    let route = route(case);
    let by_stay = irregular(m.stay).min(f.enabled_irregular_stay.level()) == route
        && route.at_least_suspected()
        && m.crossed_border
            .level()
            .min(irregular(m.entry))
            .min(f.procured_entry.level())
            < route;

    if m.national_or_resident_of_destination == Fact::Established {
        reasons.push(Reason::new(
            &OWN_STATE,
            "The person is a national or permanent resident of the destination State, so they cannot have been smuggled into it.",
        ));
    } else if f.humanitarian_or_family == Fact::Established {
        reasons.push(Reason::new(
            &MATERIAL_BENEFIT,
            "The help with the journey was humanitarian or given by family. Without the aim of a financial or other material benefit, this is not smuggling.",
        ));
    } else {
        match status {
            Level::Established | Level::Suspected => {
                let rule = if by_stay { &ENABLING_STAY } else { &SMUGGLING };
                reasons.push(Reason::new(
                    rule,
                    smuggling_text(status == Level::Established, by_stay),
                ));
                reasons.push(Reason::new(
                    &OBJECT_NOT_OFFENDER,
                    "The smuggled person is the object of the offence, not an offender under the Protocol.",
                ));
            }
            Level::NotEstablished => {
                if route.at_least_suspected() {
                    reasons.push(Reason::new(
                        &MATERIAL_BENEFIT,
                        "Someone helped with the irregular entry or stay, but no financial or other material benefit is established. Without it, this is not smuggling under the Protocol.",
                    ));
                } else if f.procured_entry == Fact::RuledOut
                    && m.crossed_border.level().at_least_suspected()
                    && irregular(m.entry).at_least_suspected()
                {
                    reasons.push(Reason::new(
                        &SELF_PROCURED,
                        "The person arranged their own irregular entry. That is irregular migration, never smuggling.",
                    ));
                } else {
                    reasons.push(Reason::new(
                        &SMUGGLING,
                        "No smuggling on these facts: nothing establishes that another person procured an irregular entry across a border, or enabled an irregular stay, for a benefit.",
                    ));
                }
            }
        }
    }

    if aggravated {
        flags.push(Flag::AggravatedSmuggling);
        reasons.push(Reason::new(
            &AGGRAVATED,
            aggravated_text(
                m.life_endangered == Fact::Established,
                m.inhuman_or_degrading_treatment == Fact::Established,
            ),
        ));
    }

    match f.relationship_after_arrival {
        Some(Relationship::Continued) => {
            flags.push(Flag::RelationshipContinued);
            reasons.push(Reason::new(
                &RELATIONSHIP_CONTINUED,
                "The facilitator's relationship with the person continued after arrival. Smuggling ends on arrival; continuing control (a debt, work, a place to live) is a sign of trafficking.",
            ));
        }
        Some(Relationship::Ended) if status.at_least_suspected() => reasons.push(Reason::new(
            &RELATIONSHIP_CONTINUED,
            "The relationship with the facilitator ended on arrival, as it does in smuggling.",
        )),
        _ => {}
    }

    SmugglingFinding { status, aggravated }
}

/// The smuggling finding, established or suspected, by entry or by stay.
const fn smuggling_text(established: bool, by_stay: bool) -> &'static str {
    match (established, by_stay) {
        (true, false) => "Smuggling of migrants: another person procured the person's irregular entry across a border, to obtain a financial or other material benefit.",
        (true, true) => "Smuggling of migrants: another person enabled the person's irregular stay, to obtain a financial or other material benefit.",
        (false, false) => "Possible smuggling of migrants (suspected, not established): another person procured the person's irregular entry across a border, to obtain a financial or other material benefit.",
        (false, true) => "Possible smuggling of migrants (suspected, not established): another person enabled the person's irregular stay, to obtain a financial or other material benefit.",
    }
}

/// The art. 6(3) circumstances that are established (at least one).
const fn aggravated_text(life: bool, treatment: bool) -> &'static str {
    match (life, treatment) {
        (true, true) => "Aggravated smuggling: the person's life or safety was endangered and the person was treated in an inhuman or degrading way. This aggravates the smuggling; on its own it does not make the case trafficking.",
        (true, false) => "Aggravated smuggling: the person's life or safety was endangered. This aggravates the smuggling; on its own it does not make the case trafficking.",
        (false, _) => "Aggravated smuggling: the person was treated in an inhuman or degrading way. This aggravates the smuggling; on its own it does not make the case trafficking.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixed_texts_are_the_built_ones() {
        for established in [true, false] {
            for by_stay in [true, false] {
                let how = if established {
                    "Smuggling of migrants"
                } else {
                    "Possible smuggling of migrants (suspected, not established)"
                };
                let what = if by_stay {
                    "another person enabled the person's irregular stay"
                } else {
                    "another person procured the person's irregular entry across a border"
                };
                assert_eq!(
                    smuggling_text(established, by_stay),
                    format!("{how}: {what}, to obtain a financial or other material benefit.")
                );
            }
        }
        for (life, treatment) in [(true, true), (true, false), (false, true)] {
            let mut what = Vec::new();
            if life {
                what.push("the person's life or safety was endangered");
            }
            if treatment {
                what.push("the person was treated in an inhuman or degrading way");
            }
            assert_eq!(
                aggravated_text(life, treatment),
                format!(
                    "Aggravated smuggling: {}. This aggravates the smuggling; on its own it does not make the case trafficking.",
                    what.join(" and ")
                )
            );
        }
    }

    fn smuggled() -> Case {
        let mut c = Case::new();
        c.movement.crossed_border = Fact::Established;
        c.movement.entry = Some(Regularity::Irregular);
        c.movement.facilitator.procured_entry = Fact::Established;
        c.movement.facilitator.material_benefit = Fact::Established;
        c
    }

    #[test]
    fn procured_irregular_entry_for_a_benefit_is_smuggling() {
        assert_eq!(status(&smuggled()), Level::Established);
    }

    #[test]
    fn no_benefit_no_smuggling() {
        let mut c = smuggled();
        c.movement.facilitator.material_benefit = Fact::NotStated;
        assert_eq!(status(&c), Level::NotEstablished);
        c.movement.facilitator.material_benefit = Fact::Suspected;
        assert_eq!(status(&c), Level::Suspected);
    }

    #[test]
    fn humanitarian_or_family_help_and_own_state_exclude_smuggling() {
        let mut c = smuggled();
        c.movement.facilitator.humanitarian_or_family = Fact::Established;
        assert_eq!(status(&c), Level::NotEstablished);
        let mut c = smuggled();
        c.movement.national_or_resident_of_destination = Fact::Established;
        assert_eq!(status(&c), Level::NotEstablished);
        let mut c = smuggled();
        c.movement.facilitator.humanitarian_or_family = Fact::Suspected;
        assert_eq!(
            status(&c),
            Level::Established,
            "only an established exclusion rules it out"
        );
    }

    #[test]
    fn enabling_an_irregular_stay_for_a_benefit_is_smuggling() {
        let mut c = Case::new();
        c.movement.stay = Some(Regularity::Irregular);
        c.movement.facilitator.enabled_irregular_stay = Fact::Established;
        c.movement.facilitator.material_benefit = Fact::Established;
        assert_eq!(status(&c), Level::Established);
    }

    #[test]
    fn self_procured_entry_is_not_smuggling() {
        let mut c = smuggled();
        c.movement.facilitator.procured_entry = Fact::RuledOut;
        assert_eq!(status(&c), Level::NotEstablished);
    }

    #[test]
    fn aggravation_needs_smuggling_and_an_established_circumstance() {
        let mut c = smuggled();
        c.movement.life_endangered = Fact::Established;
        assert!(aggravated(&c, status(&c)));
        c.movement.life_endangered = Fact::Suspected;
        assert!(!aggravated(&c, status(&c)));
        let mut c = Case::new();
        c.movement.inhuman_or_degrading_treatment = Fact::Established;
        assert!(!aggravated(&c, status(&c)));
    }
}
