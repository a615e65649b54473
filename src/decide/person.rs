//! Who the person is for the child rule (Trafficking Protocol art. 3(c),
//! (d)): a child, a presumed child, an adult, or unknown.
//!
//! Age is often the least certain fact of a case. The rule here never
//! resolves that uncertainty against the person: an estimate that straddles
//! 18, or signs of childhood, make the person a presumed child pending
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
/// 2. Without one, an estimate entirely under 18 is a child, entirely 18 or
///    over an adult, and one that straddles 18 a presumed child.
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
        } else if range.min >= MAJORITY {
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
            let rule = match status {
                PersonStatus::Adult | PersonStatus::Child => child,
                _ => presumed,
            };
            if status == PersonStatus::Adult && signs.at_least_suspected() {
                warnings.push(Warning::SignsButAdultEstimate);
            }
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
