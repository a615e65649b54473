//! Irregular and unsafe migration: what a case is when it is neither
//! trafficking nor smuggling. Neither term is defined by a treaty: irregular
//! migration follows the IOM Glossary on Migration; unsafe migration is
//! palermo's operational risk category, never a legal finding.

use crate::assessment::{Reason, Said, StatusFinding, Topic};
use crate::law::migration::{IRREGULAR, UNSAFE};
use crate::model::{Case, Fact, Level, Regularity};

/// Irregular migration: an established border crossing, and an irregular
/// entry or stay.
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

/// Unsafe migration: an established migration (or border crossing) and at
/// least one established risk factor.
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
        reasons.push(Reason::new(
            &IRREGULAR,
            Topic::IrregularMigration,
            Said::Irregular {
                entry: m.entry,
                stay: m.stay,
            },
        ));
    } else if m.crossed_border == Fact::Established || m.entry.is_some() || m.stay.is_some() {
        reasons.push(Reason::new(
            &IRREGULAR,
            Topic::IrregularMigration,
            Said::NoIrregular,
        ));
    }
    let risks = case.risk_factors.mask_at(Level::Established);
    if unsafe_ == Level::Established {
        reasons.push(Reason::new(
            &UNSAFE,
            Topic::UnsafeMigration,
            Said::Unsafe { risks },
        ));
    } else if risks != 0 {
        reasons.push(Reason::new(
            &UNSAFE,
            Topic::UnsafeMigration,
            Said::RisksWithoutMigration,
        ));
    }
    (
        StatusFinding { status: irregular },
        StatusFinding { status: unsafe_ },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RiskFactor;

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
