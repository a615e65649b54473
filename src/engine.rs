//! The evaluation: a pure function from the facts of a case to an assessment.
//!
//! Order of application (each step is a rule in [`crate::law`]): who the
//! person is (age), trafficking element by element, smuggling, irregular and
//! unsafe migration, protection flags, then the verdict by precedence and the
//! questions that would change it.

use crate::assessment::{Assessment, Reason, Verdict, CONTRACT, ENGINE};
use crate::law::profile::Profile;
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
    evaluate_with(case, case.profile.unwrap_or_default())
}

/// Evaluate a case under a jurisdiction profile: the trafficking finding
/// follows that instrument's definition (its acts, means, purposes, the scope
/// of its child rule and its provisions); smuggling, migration and the
/// protection flags are the same under every profile. The case's own
/// `profile` is ignored: the call decides.
///
/// The assessment names its profile, and carries its `provenance` when the
/// instrument's wording is not fully verified.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// use palermo::{evaluate_with, Profile, Verdict};
///
/// // A 16-year-old recruited for forced labour, with no means.
/// let mut case = Case::new();
/// case.person.age = Some(16);
/// case.act.set(Act::Recruitment, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// assert_eq!(evaluate_with(&case, Profile::Palermo).verdict, Verdict::Trafficking);
/// // US law: labour trafficking needs force, fraud or coercion at every age.
/// assert_eq!(evaluate_with(&case, Profile::Us).verdict, Verdict::NoFinding);
/// ```
pub fn evaluate_with(case: &Case, profile: Profile) -> Assessment {
    if case.indicators.is_empty() {
        evaluate_facts(case, profile)
    } else {
        crate::indicators::evaluate(case, profile)
    }
}

/// [`evaluate_with`] on the facts stated directly (the indicators, if any,
/// have been read into them by [`crate::indicators`]).
pub(crate) fn evaluate_facts(case: &Case, profile: Profile) -> Assessment {
    let def = profile.definition();
    // Room for the reasons of most cases (97% of 40,000 generated ones have
    // at most 14).
    let mut reasons = Vec::with_capacity(14);
    let mut warnings = Vec::new();
    let mut flags = Vec::new();

    let person = age::assess_with(
        &case.person,
        def.provisions.child_age,
        &mut reasons,
        &mut warnings,
    );
    if person.status == crate::assessment::PersonStatus::PresumedChild {
        flags.push(crate::assessment::Flag::PresumedChild);
    }
    let trafficking =
        trafficking_protocol::assess(case, person.status, def, &mut reasons, &mut flags);
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
    let text = match labels.get(1..) {
        Some(also) if !also.is_empty() => {
            let sentence = verdict_sentence(verdict);
            let mut text = String::with_capacity(
                sentence.len() + 14 + also.iter().map(|l| l.describe().len() + 2).sum::<usize>(),
            );
            text.push_str(sentence);
            for (i, label) in also.iter().enumerate() {
                text.push_str(if i == 0 { " Also found: " } else { "; " });
                text.push_str(label.describe());
            }
            text.push('.');
            Cow::Owned(text)
        }
        _ => Cow::Borrowed(verdict_sentence(verdict)),
    };
    reasons.push(Reason::new(&PRECEDENCE, text));
    flags.sort_unstable();
    flags.dedup();

    Assessment {
        contract: Cow::Borrowed(CONTRACT),
        engine: Cow::Borrowed(ENGINE),
        id: case.id.clone(),
        profile,
        provenance: def.provenance.map(Cow::Borrowed),
        verdict,
        labels,
        next_questions: questions::ask(case, person.status, statuses, profile),
        person,
        trafficking,
        ilo: None,
        smuggling,
        irregular_migration,
        unsafe_migration,
        flags,
        reasons,
        warnings,
        input_report: None,
    }
}

/// "Verdict: trafficking in persons.": the verdict, described.
const fn verdict_sentence(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Trafficking => "Verdict: trafficking in persons.",
        Verdict::PossibleTrafficking => {
            "Verdict: possible trafficking in persons (suspected, not established)."
        }
        Verdict::Smuggling => "Verdict: smuggling of migrants.",
        Verdict::UnsafeMigration => {
            "Verdict: unsafe migration (a risk category, not a legal finding)."
        }
        Verdict::IrregularMigration => "Verdict: irregular migration.",
        Verdict::NoFinding => "Verdict: no finding on the facts given.",
    }
}

/// The four statuses of a case under `profile`, without words: what the
/// verdict is decided on, each from the parts of the case it reads. The
/// what-ifs of `next_questions` decide again only the statuses an answer can
/// change; their tests check them against this.
#[cfg(test)]
pub(crate) fn statuses(case: &Case, profile: Profile) -> Statuses {
    let person = age::status(&case.person);
    Statuses {
        trafficking: profile.definition().status(case, person),
        smuggling: smuggling_protocol::status(case),
        unsafe_migration: migration::unsafe_status(case),
        irregular_migration: migration::irregular_status(case),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_sentences_describe_the_verdicts() {
        for verdict in Verdict::ALL {
            assert_eq!(
                verdict_sentence(verdict),
                crate::law::cat(&["Verdict: ", verdict.describe(), "."])
            );
        }
    }
}
