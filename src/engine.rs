//! The evaluation: a pure function from the facts of a case to an assessment.
//!
//! Order of application (each step is a rule in [`crate::law`]): who the
//! person is (age), trafficking element by element, smuggling, irregular and
//! unsafe migration, protection flags, then the verdict by precedence and the
//! questions that would change it.

use crate::assessment::{Assessment, Reason, CONTRACT, ENGINE};
use crate::law::verdict::{Statuses, PRECEDENCE};
use crate::law::{age, migration, protection, smuggling_protocol, trafficking_protocol};
use crate::model::Case;
use crate::questions;
use std::borrow::Cow;

/// Evaluate a case against the Trafficking Protocol, the Smuggling Protocol
/// and the migration categories.
///
/// Pure and deterministic: no I/O, no global state, no panics; the same case
/// always gives the same assessment.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// use palermo::{evaluate, Verdict};
///
/// // A 15-year-old recruited to sell flowers: no means needed for a child.
/// let mut case = Case::new();
/// case.person.age = Some(15);
/// case.act.set(Act::Recruitment, Fact::Established);
/// case.purpose.set(Purpose::ForcedBegging, Fact::Established);
/// let assessment = evaluate(&case);
/// assert_eq!(assessment.verdict, Verdict::Trafficking);
/// assert!(assessment.reasons.iter().any(|r| r.rule == "tip.3c.child"));
/// ```
pub fn evaluate(case: &Case) -> Assessment {
    let mut reasons = Vec::with_capacity(16);
    let mut warnings = Vec::new();
    let mut flags = Vec::new();

    let person = age::assess(&case.person, &mut reasons, &mut warnings);
    if person.status == crate::assessment::PersonStatus::PresumedChild {
        flags.push(crate::assessment::Flag::PresumedChild);
    }
    let trafficking = trafficking_protocol::assess(case, person.status, &mut reasons, &mut flags);
    let smuggling = smuggling_protocol::assess(case, &mut reasons, &mut flags);
    let (irregular_migration, unsafe_migration) = migration::assess(case, &mut reasons);
    protection::assess(case, trafficking.status, &mut reasons, &mut flags);

    let statuses = Statuses {
        trafficking: trafficking.status,
        smuggling: smuggling.status,
        unsafe_migration: unsafe_migration.status,
        irregular_migration: irregular_migration.status,
    };
    let verdict = statuses.verdict();
    let labels = statuses.labels();
    let mut text = crate::law::cat(&["Verdict: ", verdict.describe(), "."]);
    for (i, label) in labels.iter().skip(1).enumerate() {
        text.push_str(if i == 0 { " Also found: " } else { "; " });
        text.push_str(label.describe());
    }
    if labels.len() > 1 {
        text.push('.');
    }
    reasons.push(Reason::new(&PRECEDENCE, text));
    flags.sort_unstable();
    flags.dedup();

    Assessment {
        contract: Cow::Borrowed(CONTRACT),
        engine: Cow::Borrowed(ENGINE),
        id: case.id.clone(),
        verdict,
        labels,
        next_questions: questions::ask(case, person.status, verdict),
        person,
        trafficking,
        smuggling,
        irregular_migration,
        unsafe_migration,
        flags,
        reasons,
        warnings,
    }
}

/// The four statuses of a case, without words: what the verdict is decided
/// on. Cheap enough to run once per candidate question.
pub(crate) fn statuses(case: &Case) -> Statuses {
    let person = age::status(&case.person);
    Statuses {
        trafficking: trafficking_protocol::status(
            case.act.level(),
            case.means.level(),
            case.purpose.level(),
            person.child_rule_applies(),
        ),
        smuggling: smuggling_protocol::status(case),
        unsafe_migration: migration::unsafe_status(case),
        irregular_migration: migration::irregular_status(case),
    }
}
