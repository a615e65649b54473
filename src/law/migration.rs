//! Irregular and unsafe migration: what a case is when it is neither
//! trafficking nor smuggling.
//!
//! Neither term is defined by a treaty. Irregular migration follows the IOM
//! Glossary on Migration; unsafe migration is palermo's operational risk
//! category, and never a legal finding.

use super::{Rule, Wording};
use crate::assessment::{Reason, StatusFinding};
use crate::model::{Case, Fact, Level, Regularity, Vocabulary};

/// `mig.irregular` — IOM, *Glossary on Migration* (International Migration Law
/// No. 34, 2019), "irregular migration" (wording from memory, see
/// `law/REFERENCE.md` §3.2):
///
/// > Movement of persons that takes place outside the laws, regulations, or
/// > international agreements governing the entry into or exit from the State
/// > of origin, transit or destination.
///
/// Encoded as in contract v1: a border crossing is established, and the entry
/// or the stay is irregular.
pub const IRREGULAR: Rule = Rule {
    id: "mig.irregular",
    citation: "IOM Glossary on Migration (2019), \"irregular migration\"",
    summary: "Irregular migration: a border crossed, with entry or stay outside the rules.",
    quote: "Movement of persons that takes place outside the laws, regulations, or international agreements governing the entry into or exit from the State of origin, transit or destination.",
    wording: Wording::Unverified,
};

/// `mig.unsafe` — unsafe migration is *not* a defined term in any treaty or
/// in the IOM Glossary (`law/REFERENCE.md` §3.2). palermo defines it as an
/// operational category: a migration (within or across borders) with at least
/// one established risk factor (unlicensed broker, fees or debt, no contract,
/// documents held by others, ...). Such factors can also be evidence of a
/// means; the assessment never conflates the two.
pub const UNSAFE: Rule = Rule {
    id: "mig.unsafe",
    citation: "palermo operational category (no legal definition exists)",
    summary: "Unsafe migration: a migration with at least one established risk factor; a risk category, not a legal finding.",
    quote: "Unsafe migration is not a defined term in the Protocols or the IOM Glossary; palermo uses it for a migration exposed to exploitation: unlicensed brokers, fees or debts, no contract, documents held by others, dangerous routes, no information, labour-rights violations.",
    wording: Wording::Contract,
};

/// Irregular migration, as a pure function.
pub(crate) fn irregular_status(case: &Case) -> Level {
    let m = &case.movement;
    let outside_rules =
        m.entry == Some(Regularity::Irregular) || m.stay == Some(Regularity::Irregular);
    if m.crossed_border == Fact::Established && outside_rules {
        Level::Established
    } else {
        Level::NotEstablished
    }
}

/// Unsafe migration, as a pure function.
pub(crate) fn unsafe_status(case: &Case) -> Level {
    let m = &case.movement;
    let moved = m.migrated == Fact::Established || m.crossed_border == Fact::Established;
    if moved && case.risk_factors.level() == Level::Established {
        Level::Established
    } else {
        Level::NotEstablished
    }
}

/// Both findings, with their reasons.
pub(crate) fn assess(case: &Case, reasons: &mut Vec<Reason>) -> (StatusFinding, StatusFinding) {
    let irregular = irregular_status(case);
    let unsafe_ = unsafe_status(case);
    let m = &case.movement;
    if irregular == Level::Established {
        reasons.push(Reason::new(&IRREGULAR, irregular_text(m.entry, m.stay)));
    } else if m.crossed_border == Fact::Established || m.entry.is_some() || m.stay.is_some() {
        reasons.push(Reason::new(
            &IRREGULAR,
            "No irregular migration is established: that needs an established border crossing and an irregular entry or stay.",
        ));
    }
    // The established risk factors, read without collecting them.
    let risks = || {
        case.risk_factors
            .iter()
            .filter(|(_, f)| f.level() == Level::Established)
            .map(|(risk, _)| risk.name())
    };
    if unsafe_ == Level::Established {
        const LEAD: &str = "Unsafe migration (a risk category, not a legal finding): the person migrated with these risk factors: ";
        let mut text =
            String::with_capacity(LEAD.len() + risks().map(|r| r.len() + 2).sum::<usize>());
        text.push_str(LEAD);
        for (i, risk) in risks().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            super::push_words(&mut text, risk);
        }
        text.push('.');
        reasons.push(Reason::new(&UNSAFE, text));
    } else if risks().next().is_some() {
        reasons.push(Reason::new(
            &UNSAFE,
            "There are risk factors, but no migration is established, so this is not unsafe migration.",
        ));
    }
    (
        StatusFinding { status: irregular },
        StatusFinding { status: unsafe_ },
    )
}

/// The irregular migration finding: what was outside the rules.
const fn irregular_text(entry: Option<Regularity>, stay: Option<Regularity>) -> &'static str {
    match (entry, stay) {
        (Some(Regularity::Irregular), Some(Regularity::Irregular)) => "Irregular migration: the person crossed a border and entered and stayed outside the rules of the State. This is a migration status, not a crime against the person.",
        (Some(Regularity::Irregular), _) => "Irregular migration: the person crossed a border and entered outside the rules of the State. This is a migration status, not a crime against the person.",
        _ => "Irregular migration: the person crossed a border and stayed outside the rules of the State. This is a migration status, not a crime against the person.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RiskFactor;

    #[test]
    fn the_fixed_irregular_texts_are_the_built_ones() {
        let all = [None, Some(Regularity::Regular), Some(Regularity::Irregular)];
        for entry in all {
            for stay in all {
                let what = match (entry, stay) {
                    (Some(Regularity::Irregular), Some(Regularity::Irregular)) => {
                        "entered and stayed"
                    }
                    (Some(Regularity::Irregular), _) => "entered",
                    _ => "stayed",
                };
                assert_eq!(
                    irregular_text(entry, stay),
                    super::super::cat(&["Irregular migration: the person crossed a border and ", what, " outside the rules of the State. This is a migration status, not a crime against the person."])
                );
            }
        }
    }

    #[test]
    fn irregular_migration_needs_an_established_crossing_and_irregular_entry_or_stay() {
        let mut c = Case::new();
        c.movement.entry = Some(Regularity::Irregular);
        assert_eq!(irregular_status(&c), Level::NotEstablished);
        c.movement.crossed_border = Fact::Suspected;
        assert_eq!(irregular_status(&c), Level::NotEstablished);
        c.movement.crossed_border = Fact::Established;
        assert_eq!(irregular_status(&c), Level::Established);
        c.movement.entry = Some(Regularity::Regular);
        assert_eq!(irregular_status(&c), Level::NotEstablished);
        c.movement.stay = Some(Regularity::Irregular);
        assert_eq!(irregular_status(&c), Level::Established);
    }

    #[test]
    fn unsafe_migration_needs_movement_and_an_established_risk_factor() {
        let mut c = Case::new();
        c.risk_factors
            .set(RiskFactor::UnlicensedRecruiter, Fact::Established);
        assert_eq!(unsafe_status(&c), Level::NotEstablished);
        c.movement.migrated = Fact::Established;
        assert_eq!(unsafe_status(&c), Level::Established);
        c.risk_factors
            .set(RiskFactor::UnlicensedRecruiter, Fact::Suspected);
        assert_eq!(unsafe_status(&c), Level::NotEstablished);
    }
}
