//! Who is a child, and what to do when nobody knows.
//!
//! The child rule of the Trafficking Protocol (art. 3(c)) turns on age, and
//! age is often the least certain fact of a case. The rule here never
//! resolves that uncertainty against the person: an estimate that straddles
//! 18, or signs of childhood, make the person a presumed child pending
//! verification.

use super::{Rule, Wording};
use crate::assessment::{PersonFinding, PersonStatus, Reason};
use crate::model::{AgeRange, Level, Person};
use std::borrow::Cow;

/// The age of majority for the Protocol.
pub const MAJORITY: u8 = 18;

/// `age.3d` — Trafficking Protocol art. 3(d):
///
/// > "Child" shall mean any person under eighteen years of age.
pub const CHILD: Rule = Rule {
    id: "age.3d",
    citation: "Trafficking Protocol art. 3(d)",
    summary: "A child is a person under 18.",
    quote: "\"Child\" shall mean any person under eighteen years of age.",
    wording: Wording::Verbatim,
};

/// `age.stated` — a stated age wins over estimates and indicators (contract
/// v1 §3), with a warning when they conflict. Grounded in art. 3(d), which
/// turns on age itself.
pub const STATED_AGE: Rule = Rule {
    id: "age.stated",
    citation: "Trafficking Protocol art. 3(d); contract v1 §3",
    summary: "A stated age wins over an estimate or indicators; a conflict is reported.",
    quote: "\"Child\" shall mean any person under eighteen years of age.",
    wording: Wording::Contract,
};

/// `age.presumed` — Council of Europe Convention (CETS 197) art. 10(3):
///
/// > When the age of the victim is uncertain and there are reasons to believe
/// > that the victim is a child, he or she shall be presumed to be a child and
/// > shall be accorded special protection measures pending verification of
/// > his/her age.
///
/// Directive 2011/36/EU art. 13(2) is to the same effect (wording from memory,
/// see `law/REFERENCE.md` §11).
pub const PRESUMED_CHILD: Rule = Rule {
    id: "age.presumed",
    citation: "CoE Convention CETS 197 art. 10(3); Directive 2011/36/EU art. 13(2)",
    summary: "Uncertain age with reasons to believe the person is a child: presumed child.",
    quote: "When the age of the victim is uncertain and there are reasons to believe that the victim is a child, he or she shall be presumed to be a child and shall be accorded special protection measures pending verification of his/her age.",
    wording: Wording::Verbatim,
};

/// The person's status for the child rule: the pure decision, without words.
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
    if person.child_indicators.level().at_least_suspected() {
        PersonStatus::PresumedChild
    } else {
        PersonStatus::Unknown
    }
}

/// The age finding with its reason and any conflict in the input.
#[cfg(test)]
pub(crate) fn assess(
    person: &Person,
    reasons: &mut Vec<Reason>,
    warnings: &mut Vec<Cow<'static, str>>,
) -> PersonFinding {
    assess_with(person, &CHILD, reasons, warnings)
}

/// [`assess`], citing `child` (the profile's definition of a child) where the
/// Protocol's art. 3(d) is cited.
pub(crate) fn assess_with(
    person: &Person,
    child: &'static Rule,
    reasons: &mut Vec<Reason>,
    warnings: &mut Vec<Cow<'static, str>>,
) -> PersonFinding {
    let status = status(person);
    let indicators = person.child_indicators.level();
    let basis: Cow<'static, str> = match (person.age, person.age_estimate) {
        (Some(age), estimate) => {
            if let Some(range) = estimate {
                if age < range.min || age > range.max {
                    let mut warning = String::with_capacity(96);
                    warning.push_str("The stated age (");
                    super::push_number(&mut warning, age);
                    warning.push_str(") is outside the estimate (");
                    super::push_number(&mut warning, range.min);
                    warning.push('-');
                    super::push_number(&mut warning, range.max);
                    warning.push_str("); the stated age is used.");
                    warnings.push(Cow::Owned(warning));
                }
            }
            if age >= MAJORITY && indicators.at_least_suspected() {
                warnings.push(Cow::Borrowed(
                    "There are signs that the person may be a child, but the stated age is 18 or over; the stated age is used. Verify the age.",
                ));
            }
            let mut text = String::with_capacity(64);
            text.push_str("The person was ");
            super::push_number(&mut text, age);
            text.push_str(if age < MAJORITY {
                " at the time of the act: a child, under 18."
            } else {
                " at the time of the act: an adult."
            });
            // Under another profile, its own definition of a child is cited.
            let rule = if child.id == CHILD.id {
                &STATED_AGE
            } else {
                child
            };
            reasons.push(Reason::new(rule, text));
            let mut basis = String::with_capacity(14);
            basis.push_str("stated age ");
            super::push_number(&mut basis, age);
            Cow::Owned(basis)
        }
        (None, Some(range)) => {
            let (rule, end) = match status {
                PersonStatus::Child => (child, ": under 18 on any view, a child."),
                PersonStatus::Adult => {
                    if indicators.at_least_suspected() {
                        warnings.push(Cow::Borrowed(
                            "There are signs that the person may be a child, but the age estimate is entirely 18 or over; the estimate is used. Verify the age.",
                        ));
                    }
                    (child, ": 18 or over on any view, an adult.")
                }
                _ => (
                    &PRESUMED_CHILD,
                    ", which includes ages under 18. The age is uncertain, so the person is presumed to be a child until the age is verified.",
                ),
            };
            let mut text = String::with_capacity(40 + end.len());
            text.push_str("The person's age is estimated at ");
            push_range(&mut text, range);
            text.push_str(end);
            reasons.push(Reason::new(rule, text));
            let mut basis = String::with_capacity(28);
            basis.push_str("age estimated at ");
            push_range(&mut basis, range);
            Cow::Owned(basis)
        }
        (None, None) => match status {
            PersonStatus::PresumedChild => {
                reasons.push(Reason::new(
                    &PRESUMED_CHILD,
                    if indicators == Level::Established {
                        "There are signs that the person is a child and the age is not known, so the person is presumed to be a child until the age is verified."
                    } else {
                        "It is suspected that the person is a child and the age is not known, so the person is presumed to be a child until the age is verified."
                    },
                ));
                Cow::Borrowed("indicators of childhood, age unknown")
            }
            _ => {
                reasons.push(Reason::new(
                    child,
                    "The person's age is not known and there is no sign that they are a child. They are treated as an adult, so the means element is needed. Their age is a question to ask.",
                ));
                Cow::Borrowed("age not stated")
            }
        },
    };
    PersonFinding { status, basis }
}

/// Append an age estimate: "16 to 19".
fn push_range(text: &mut String, range: AgeRange) {
    super::push_number(text, range.min);
    text.push_str(" to ");
    super::push_number(text, range.max);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgeRange, Fact};

    fn person(age: Option<u8>, est: Option<(u8, u8)>, ind: Fact) -> Person {
        Person {
            age,
            age_estimate: est.map(|(min, max)| AgeRange { min, max }),
            child_indicators: ind,
            vulnerable: Fact::NotStated,
        }
    }

    #[test]
    fn under_eighteen_is_a_child_eighteen_is_an_adult() {
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
    fn estimate_straddling_eighteen_gives_a_presumed_child() {
        assert_eq!(
            status(&person(None, Some((16, 19)), Fact::NotStated)),
            PersonStatus::PresumedChild
        );
        assert_eq!(
            status(&person(None, Some((17, 18)), Fact::NotStated)),
            PersonStatus::PresumedChild
        );
        assert_eq!(
            status(&person(None, Some((14, 17)), Fact::NotStated)),
            PersonStatus::Child
        );
        assert_eq!(
            status(&person(None, Some((18, 25)), Fact::NotStated)),
            PersonStatus::Adult
        );
    }

    #[test]
    fn child_indicators_without_age_give_a_presumed_child() {
        assert_eq!(
            status(&person(None, None, Fact::Established)),
            PersonStatus::PresumedChild
        );
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

    #[test]
    fn a_stated_age_wins_over_estimate_and_indicators_with_a_warning() {
        let p = person(Some(25), Some((15, 17)), Fact::Established);
        assert_eq!(status(&p), PersonStatus::Adult);
        let (mut reasons, mut warnings) = (vec![], vec![]);
        let finding = assess(&p, &mut reasons, &mut warnings);
        assert_eq!(finding.status, PersonStatus::Adult);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(reasons[0].rule, "age.stated");
        let p = person(Some(16), Some((20, 30)), Fact::NotStated);
        assert_eq!(status(&p), PersonStatus::Child);
    }
}
