//! Protection of the person: non-punishment for offences they were
//! compelled to commit. An advisory flag beside the finding, never a legal
//! conclusion.

use crate::assessment::{Flag, Reason, Said, Topic};
use crate::law::protection::NON_PUNISHMENT;
use crate::model::{Case, Level};

/// Offences by the person, and trafficking established or suspected
/// (contract v1 §4): raise the non-punishment flag.
pub(crate) fn assess(
    case: &Case,
    trafficking: Level,
    reasons: &mut Vec<Reason>,
    flags: &mut Vec<Flag>,
) {
    if case.offences_by_person.is_present() && trafficking.at_least_suspected() {
        flags.push(Flag::NonPunishment);
        reasons.push(Reason::new(
            &NON_PUNISHMENT,
            Topic::Protection,
            Said::NonPunishment,
        ));
    }
}
