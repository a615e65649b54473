//! Smuggling of migrants (Smuggling of Migrants Protocol art. 3(a), 5, 6):
//! a benefit for procuring an illegal entry, or for enabling an illegal
//! stay. No means, no exploitation: a crime against the State's border,
//! which can hold together with trafficking.

use crate::assessment::{Flag, Reason, Said, SmugglingFinding, Topic};
use crate::law::smuggling_protocol::{
    AGGRAVATED, ASYLUM, ATTEMPT, ENABLING_STAY, MATERIAL_BENEFIT, OBJECT_NOT_OFFENDER, OWN_STATE,
    RELATIONSHIP_CONTINUED, SELF_PROCURED, SMUGGLING,
};
use crate::model::{Case, Fact, Level, Regularity, Relationship};

/// The level of a "was it irregular?" answer.
fn irregular(value: Option<Regularity>) -> Level {
    match value {
        Some(Regularity::Irregular) => Level::Established,
        _ => Level::NotEstablished,
    }
}

/// Whether an exclusion rules smuggling out: the person is a national or
/// resident of the destination (art. 3(a): "a State Party of which the
/// person is not a national or a permanent resident"), or the help was
/// humanitarian or family help (A/55/383/Add.1 para. 88) given without a
/// benefit. Family help given for an established benefit is not excluded:
/// the benefit is the element (art. 3(a)), whoever earns it.
pub(crate) fn excluded(case: &Case) -> bool {
    let m = &case.movement;
    m.national_or_resident_of_destination == Fact::Established || family_only(case)
}

/// Family or humanitarian help, with no established benefit.
fn family_only(case: &Case) -> bool {
    let f = &case.movement.facilitator;
    f.humanitarian_or_family == Fact::Established && f.material_benefit != Fact::Established
}

/// An illegal entry procured by another (art. 3(a)).
fn entry_route(case: &Case) -> Level {
    let m = &case.movement;
    m.crossed_border
        .level()
        .min(irregular(m.entry))
        .min(m.facilitator.procured_entry.level())
}

/// An illegal stay enabled by another (art. 6(1)(c)).
fn stay_route(case: &Case) -> Level {
    let m = &case.movement;
    irregular(m.stay).min(m.facilitator.enabled_irregular_stay.level())
}

/// The route to smuggling: entry or stay, whichever goes further.
pub(crate) fn route(case: &Case) -> Level {
    entry_route(case).max(stay_route(case))
}

/// The smuggling status (contract v1 §3):
/// `min(max(entry_route, stay_route), material_benefit)`, unless excluded.
pub(crate) fn status(case: &Case) -> Level {
    if excluded(case) {
        return Level::NotEstablished;
    }
    route(case).min(case.movement.facilitator.material_benefit.level())
}

/// An attempt (art. 6(2)(a): "attempting to commit an offence established
/// in accordance with paragraph 1"): an entry procured for an established
/// benefit, where the crossing did not happen, unless excluded (contract
/// revision 2). That the crossing did not happen is shown by the border
/// stated as not crossed, or by a crossing planned
/// (`movement.crossing_planned`) and not made.
pub(crate) fn attempted(case: &Case) -> bool {
    attempt(case) == Level::Established
}

/// How far the facts show an attempt: established as [`attempted`] says;
/// suspected where the crossing did not happen and the arranged entry or
/// the benefit is only suspected (a possible attempt, which the output
/// names but does not record as one: `attempted` is a yes or no).
fn attempt(case: &Case) -> Level {
    let m = &case.movement;
    let not_crossed = m.crossed_border == Fact::RuledOut
        || (m.crossing_planned == Fact::Established && m.crossed_border != Fact::Established);
    if excluded(case) || !not_crossed || m.entry == Some(Regularity::Regular) {
        return Level::NotEstablished;
    }
    m.facilitator
        .procured_entry
        .level()
        .min(m.facilitator.material_benefit.level())
}

/// Whether the art. 6(3) aggravating circumstances are established, for
/// smuggling or its attempt.
pub(crate) fn aggravated(case: &Case, status: Level) -> bool {
    let m = &case.movement;
    (status.at_least_suspected() || attempted(case))
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
    let attempted = attempted(case);
    let route = route(case);
    let by_stay =
        stay_route(case) == route && route.at_least_suspected() && entry_route(case) < route;
    let mut say = |rule, said| reasons.push(Reason::new(rule, Topic::Smuggling, said));

    if m.national_or_resident_of_destination == Fact::Established {
        say(&OWN_STATE, Said::OwnState);
    } else if status.at_least_suspected() {
        if f.humanitarian_or_family == Fact::Established {
            say(&MATERIAL_BENEFIT, Said::FamilyForBenefit);
        }
        let rule = if by_stay { &ENABLING_STAY } else { &SMUGGLING };
        say(
            rule,
            Said::Smuggling {
                established: status == Level::Established,
                by_stay,
                documents: m.fraudulent_documents == Fact::Established,
            },
        );
        // A stay enabled, and an entry arranged that did not happen: each
        // is an offence (art. 6(1)(c), art. 6(2)(a)).
        if attempted {
            say(&ATTEMPT, Said::Attempted);
        }
        say(&OBJECT_NOT_OFFENDER, Said::ObjectNotOffender);
    } else if attempted {
        say(&ATTEMPT, Said::Attempted);
        say(&OBJECT_NOT_OFFENDER, Said::ObjectNotOffender);
    } else if attempt(case) == Level::Suspected {
        say(&ATTEMPT, Said::AttemptSuspected);
        say(&OBJECT_NOT_OFFENDER, Said::ObjectNotOffender);
    } else if family_only(case) {
        say(
            &MATERIAL_BENEFIT,
            Said::FamilyHelp {
                benefit_suspected: f.material_benefit == Fact::Suspected,
            },
        );
    } else if route.at_least_suspected() {
        say(&MATERIAL_BENEFIT, Said::NoBenefit);
    } else if f.procured_entry == Fact::RuledOut
        && m.crossed_border.is_present()
        && irregular(m.entry).at_least_suspected()
    {
        say(&SELF_PROCURED, Said::SelfProcured);
    } else {
        say(&SMUGGLING, Said::NoSmuggling);
    }

    // An asylum claim beside smuggling or an irregular crossing: the
    // Smuggling Protocol's own saving clause and the Refugee Convention.
    if case.asylum_claim.is_present() && (status.at_least_suspected() || route.at_least_suspected())
    {
        reasons.push(Reason::new(&ASYLUM, Topic::Asylum, Said::AsylumSmuggled));
    }

    if aggravated {
        flags.push(Flag::AggravatedSmuggling);
        reasons.push(Reason::new(
            &AGGRAVATED,
            Topic::Aggravation,
            Said::Aggravated {
                life: m.life_endangered == Fact::Established,
                treatment: m.inhuman_or_degrading_treatment == Fact::Established,
            },
        ));
    }

    match f.relationship_after_arrival {
        Some(Relationship::Continued) => {
            flags.push(Flag::RelationshipContinued);
            reasons.push(Reason::new(
                &RELATIONSHIP_CONTINUED,
                Topic::AfterArrival,
                Said::RelationshipContinued,
            ));
        }
        Some(Relationship::Ended) if status.at_least_suspected() => reasons.push(Reason::new(
            &RELATIONSHIP_CONTINUED,
            Topic::AfterArrival,
            Said::RelationshipEnded,
        )),
        _ => {}
    }

    SmugglingFinding {
        status,
        aggravated,
        attempted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn smuggled() -> Case {
        let mut c = Case::new();
        c.movement.crossed_border = Fact::Established;
        c.movement.entry = Some(Regularity::Irregular);
        c.movement.facilitator.procured_entry = Fact::Established;
        c.movement.facilitator.material_benefit = Fact::Established;
        c
    }

    #[test]
    fn som_3a_procured_irregular_entry_for_a_benefit_is_smuggling() {
        assert_eq!(status(&smuggled()), Level::Established);
    }

    #[test]
    fn som_3a_no_benefit_no_smuggling() {
        let mut c = smuggled();
        c.movement.facilitator.material_benefit = Fact::NotStated;
        assert_eq!(status(&c), Level::NotEstablished);
        c.movement.facilitator.material_benefit = Fact::Suspected;
        assert_eq!(status(&c), Level::Suspected);
    }

    #[test]
    fn som_3a_family_help_and_own_state_exclude_smuggling() {
        let mut c = smuggled();
        c.movement.facilitator.humanitarian_or_family = Fact::Established;
        // Help for an established benefit is smuggling, family or not.
        assert_eq!(status(&c), Level::Established);
        c.movement.facilitator.material_benefit = Fact::Suspected;
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
    fn som_6_1_c_enabling_an_irregular_stay_for_a_benefit_is_smuggling() {
        let mut c = Case::new();
        c.movement.stay = Some(Regularity::Irregular);
        c.movement.facilitator.enabled_irregular_stay = Fact::Established;
        c.movement.facilitator.material_benefit = Fact::Established;
        assert_eq!(status(&c), Level::Established);
    }

    #[test]
    fn som_self_procured_entry_is_not_smuggling() {
        let mut c = smuggled();
        c.movement.facilitator.procured_entry = Fact::RuledOut;
        assert_eq!(status(&c), Level::NotEstablished);
    }

    #[test]
    fn som_6_3_aggravation_needs_smuggling_and_an_established_circumstance() {
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
