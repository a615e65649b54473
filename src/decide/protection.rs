//! Protection of the person: non-punishment for offences they were
//! compelled to commit. An advisory flag beside the finding, never a legal
//! conclusion.

use crate::assessment::{Flag, Reason, Said, Topic};
use crate::law::profile::Definition;
use crate::model::{Case, Level};

/// Offences by the person, and trafficking established or suspected
/// (contract v1 §4): raise the non-punishment flag, with the reason of the
/// instrument: a discretion where it has a provision (CETS 197 art. 26;
/// Directive 2011/36/EU art. 8; ACTIP art. 14(7)), guidance under the
/// Protocol (OHCHR Principle 7), and "none in this instrument" where there
/// is none.
pub(crate) fn assess(
    case: &Case,
    def: &Definition,
    trafficking: Level,
    reasons: &mut Vec<Reason>,
    flags: &mut Vec<Flag>,
) {
    if case.offences_by_person.is_present() && trafficking.at_least_suspected() {
        flags.push(Flag::NonPunishment);
        reasons.push(Reason::new(
            def.provisions.non_punishment,
            Topic::Protection,
            Said::NonPunishment,
        ));
    }
}
