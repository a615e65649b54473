//! Who the person is for the child rule (Trafficking Protocol art. 3(c),
//! (d)): a child, a presumed child, an adult, or unknown.
//!
//! Age is often the least certain fact of a case. The rule here never
//! resolves that uncertainty against the person: an estimate that straddles
//! 18, or signs of childhood without a stated age (even beside an estimate
//! entirely 18 or over), make the person a presumed child pending
//! verification.

use crate::assessment::{PersonFinding, PersonStatus, Reason, Said, Topic, Warning};
use crate::law::age::{MAJORITY, STATED_AGE};
use crate::law::Rule;
use crate::model::Person;
use std::borrow::Cow;

/// The person's status: the pure decision.
///
/// 1. A stated age decides: under 18, a child; 18 or over, an adult
///    (art. 3(d)).
/// 2. Without one, an estimate entirely under 18 is a child, and one that
///    straddles 18 a presumed child. An estimate entirely 18 or over is an
///    adult, unless there are signs of childhood (established or
///    suspected): an estimate is not a verified age, so with reasons to
///    believe the person is a child the age is uncertain and the person is
///    a presumed child ("When the age of the victim is uncertain and there
///    are reasons to believe that the victim is a child, he or she shall be
///    presumed to be a child", CETS 197 art. 10(3); Directive 2011/36/EU
///    art. 13(2)).
/// 3. Without either, signs of childhood (established or suspected) make a
///    presumed child; nothing makes the age unknown.
pub(crate) fn status(person: &Person) -> PersonStatus {
    if let Some(age) = person.age {
        return if age < MAJORITY {
            PersonStatus::Child
        } else {
            PersonStatus::Adult
        };
    }
    if let Some(range) = person.age_estimate {
        return if range.max < MAJORITY {
            PersonStatus::Child
        } else if range.min >= MAJORITY && !person.child_indicators.is_present() {
            PersonStatus::Adult
        } else {
            PersonStatus::PresumedChild
        };
    }
    if person.child_indicators.is_present() {
        PersonStatus::PresumedChild
    } else {
        PersonStatus::Unknown
    }
}

/// The age finding with its reason and any conflict in the input. `child`
/// is the profile's definition of a child, cited where the Protocol's
/// art. 3(d) is.
pub(crate) fn assess(
    person: &Person,
    child: &'static Rule,
    presumed: &'static Rule,
    reasons: &mut Vec<Reason>,
    warnings: &mut Vec<Warning>,
) -> PersonFinding {
    let status = status(person);
    let signs = person.child_indicators.level();
    let (rule, said) = match (person.age, person.age_estimate) {
        (Some(age), estimate) => {
            if let Some(range) = estimate.filter(|r| age < r.min || age > r.max) {
                warnings.push(Warning::AgeOutsideEstimate { age, range });
            }
            if age >= MAJORITY && signs.at_least_suspected() {
                warnings.push(Warning::SignsButAdultAge);
            }
            // Under another profile, its own definition of a child is cited.
            let rule = if child.id == crate::law::age::CHILD.id {
                &STATED_AGE
            } else {
                child
            };
            (rule, Said::AgeStated { age })
        }
        (None, Some(range)) => {
            if range.min >= MAJORITY && signs.at_least_suspected() {
                warnings.push(Warning::SignsButAdultEstimate);
            }
            let rule = match status {
                PersonStatus::Adult | PersonStatus::Child => child,
                _ => presumed,
            };
            (rule, Said::AgeEstimated { range, status })
        }
        (None, None) if status == PersonStatus::PresumedChild => {
            (presumed, Said::AgePresumed { signs })
        }
        (None, None) => (child, Said::AgeUnknown),
    };
    reasons.push(Reason::new(rule, Topic::Age, said));
    PersonFinding {
        status,
        basis: Cow::Borrowed(""),
        said,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgeRange, Fact};

    fn person(age: Option<u8>, estimate: Option<(u8, u8)>, signs: Fact) -> Person {
        Person {
            age,
            age_estimate: estimate.map(|(min, max)| AgeRange { min, max }),
            child_indicators: signs,
            ..Person::default()
        }
    }

    #[test]
    fn art_3d_a_child_is_a_person_under_18() {
        assert_eq!(
            status(&person(Some(17), None, Fact::NotStated)),
            PersonStatus::Child
        );
        assert_eq!(
            status(&person(Some(18), None, Fact::NotStated)),
            PersonStatus::Adult
        );
        assert_eq!(
            status(&person(Some(0), None, Fact::NotStated)),
            PersonStatus::Child
        );
    }

    #[test]
    fn a_stated_age_wins_over_an_estimate_and_signs() {
        let p = person(Some(25), Some((14, 16)), Fact::Established);
        assert_eq!(status(&p), PersonStatus::Adult);
        let mut warnings = Vec::new();
        assess(
            &p,
            &crate::law::age::CHILD,
            &crate::law::age::PRESUMED_CHILD,
            &mut Vec::new(),
            &mut warnings,
        );
        assert_eq!(warnings.len(), 2);
    }

    #[test]
    fn an_estimate_that_straddles_18_presumes_a_child() {
        assert_eq!(
            status(&person(None, Some((16, 19)), Fact::NotStated)),
            PersonStatus::PresumedChild
        );
        assert_eq!(
            status(&person(None, Some((12, 17)), Fact::NotStated)),
            PersonStatus::Child
        );
        assert_eq!(
            status(&person(None, Some((18, 25)), Fact::NotStated)),
            PersonStatus::Adult
        );
    }

    /// CETS 197 art. 10(3): "When the age of the victim is uncertain and
    /// there are reasons to believe that the victim is a child, he or she
    /// shall be presumed to be a child". An estimate is not a verified age:
    /// one entirely 18 or over, with signs of childhood, leaves the age
    /// uncertain, and the person is a presumed child, not an adult.
    #[test]
    fn art_10_3_an_adult_estimate_with_signs_of_childhood_presumes_a_child() {
        for signs in [Fact::Established, Fact::Suspected] {
            let p = person(None, Some((18, 22)), signs);
            assert_eq!(status(&p), PersonStatus::PresumedChild, "{signs:?}");
            let mut reasons = Vec::new();
            let mut warnings = Vec::new();
            assess(
                &p,
                &crate::law::age::CHILD,
                &crate::law::age::PRESUMED_CHILD,
                &mut reasons,
                &mut warnings,
            );
            assert_eq!(
                reasons.first().map(|r| r.rule.as_ref()),
                Some(crate::law::age::PRESUMED_CHILD.id)
            );
            // The contradiction is reported, to be checked.
            assert_eq!(warnings, [Warning::SignsButAdultEstimate]);
        }
        // Signs ruled out leave the estimate to decide.
        assert_eq!(
            status(&person(None, Some((18, 22)), Fact::RuledOut)),
            PersonStatus::Adult
        );
        // A stated age still wins (with a warning).
        assert_eq!(
            status(&person(Some(19), Some((18, 22)), Fact::Established)),
            PersonStatus::Adult
        );
    }

    #[test]
    fn signs_of_childhood_without_an_age_presume_a_child() {
        assert_eq!(
            status(&person(None, None, Fact::Suspected)),
            PersonStatus::PresumedChild
        );
        assert_eq!(
            status(&person(None, None, Fact::RuledOut)),
            PersonStatus::Unknown
        );
        assert_eq!(
            status(&person(None, None, Fact::NotStated)),
            PersonStatus::Unknown
        );
    }
}
