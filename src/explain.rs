//! The assessment in words, for a person: a caseworker, a trainer reading it
//! aloud, a prosecutor checking the reasoning.
//!
//! The text follows the order of the law: the verdict, who the person is,
//! each element with the facts that made it, the other findings, the
//! reasoning step by step with its provision, the provisions quoted, what is
//! missing and the questions that would settle it.

use crate::assessment::{Assessment, ElementFinding, ElementStatus, Flag, PersonStatus};
use crate::law;
use crate::model::{Level, Vocabulary};
use std::fmt::Write as _;

const WIDTH: usize = 78;

/// Wrap `text` to [`WIDTH`] columns, every line starting with `indent`.
pub(crate) fn wrap(out: &mut String, indent: &str, text: &str) {
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(indent);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        out.push_str(&line);
        out.push('\n');
    }
}

fn level_words(level: Level) -> &'static str {
    match level {
        Level::Established => "established",
        Level::Suspected => "suspected, not established",
        Level::NotEstablished => "not established",
    }
}

fn element<V: Vocabulary>(out: &mut String, name: &str, e: &ElementFinding<V>) {
    let facts = e
        .facts
        .iter()
        .map(|f| f.name().replace('_', " "))
        .collect::<Vec<_>>()
        .join(", ");
    let status = match e.status {
        ElementStatus::Established => format!("established: {facts}"),
        ElementStatus::Suspected => format!("suspected, not established: {facts}"),
        ElementStatus::NotEstablished => "not established".to_string(),
        ElementStatus::NotRequired => {
            "not required (the person is a child or presumed child)".to_string()
        }
    };
    let _ = writeln!(out, "  {name:<8} {status}");
}

fn person_words(status: PersonStatus) -> &'static str {
    match status {
        PersonStatus::Child => "a child (under 18)",
        PersonStatus::PresumedChild => "presumed to be a child, pending verification of age",
        PersonStatus::Adult => "an adult",
        PersonStatus::Unknown => "age unknown (treated as an adult for the means test)",
    }
}

fn flag_words(flag: Flag) -> &'static str {
    match flag {
        Flag::PresumedChild => {
            "Presumed child: give the protection due to a child until the age is verified."
        }
        Flag::InternalTrafficking => {
            "Internal trafficking: no border was crossed, and none is needed."
        }
        Flag::AsylumReferral => {
            "Asylum: refer the claim; non-refoulement applies whatever the finding."
        }
        Flag::NonPunishment => {
            "Non-punishment: offences the person was compelled to commit should not be punished."
        }
        Flag::AggravatedSmuggling => {
            "Aggravated smuggling: life or safety endangered, or inhuman or degrading treatment."
        }
        Flag::PurposeByInterpretation => {
            "The purpose rests on a form of exploitation read into the Protocol's list."
        }
        Flag::RelationshipContinued => {
            "The facilitator kept a hold on the person after arrival: look for trafficking."
        }
    }
}

/// The assessment as plain text for a person.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// let mut case = Case::new();
/// case.person.age = Some(12);
/// case.act.set(Act::Harbouring, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// let text = palermo::explain::explain(&palermo::evaluate(&case));
/// assert!(text.starts_with("Verdict: trafficking in persons"));
/// assert!(text.contains("Trafficking Protocol art. 3(c)"));
/// ```
pub fn explain(a: &Assessment) -> String {
    let mut out = String::with_capacity(4096);
    let _ = writeln!(out, "Verdict: {}", a.verdict.describe());
    if let Some(id) = &a.id {
        let _ = writeln!(out, "Case: {id}");
    }
    if a.labels.len() > 1 {
        let also: Vec<&str> = a.labels.iter().skip(1).map(|l| l.describe()).collect();
        wrap(&mut out, "", &format!("Also found: {}.", also.join("; ")));
    }
    let _ = writeln!(
        out,
        "Person: {} ({}).",
        person_words(a.person.status),
        a.person.basis
    );
    out.push('\n');

    let _ = writeln!(
        out,
        "Trafficking in persons (Trafficking Protocol art. 3): {}",
        level_words(a.trafficking.status)
    );
    element(&mut out, "Act", &a.trafficking.elements.act);
    element(&mut out, "Means", &a.trafficking.elements.means);
    element(&mut out, "Purpose", &a.trafficking.elements.purpose);
    if !a.trafficking.missing.is_empty() {
        let missing: Vec<&str> = a.trafficking.missing.iter().map(|m| m.name()).collect();
        let _ = writeln!(out, "  Missing  {}", missing.join(", "));
    }
    crate::indicators::explain_into(&mut out, a);
    out.push('\n');
    let _ = writeln!(
        out,
        "Smuggling of migrants (Smuggling Protocol art. 3(a), 6): {}{}",
        level_words(a.smuggling.status),
        if a.smuggling.aggravated {
            ", aggravated"
        } else {
            ""
        }
    );
    let _ = writeln!(
        out,
        "Irregular migration: {}",
        level_words(a.irregular_migration.status)
    );
    let _ = writeln!(
        out,
        "Unsafe migration (a risk category, not a legal finding): {}",
        level_words(a.unsafe_migration.status)
    );

    if !a.flags.is_empty() {
        out.push_str("\nFor the caseworker:\n");
        for flag in &a.flags {
            wrap(&mut out, "  - ", flag_words(*flag));
        }
    }
    if !a.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &a.warnings {
            wrap(&mut out, "  - ", w);
        }
    }

    out.push_str("\nReasoning:\n");
    for (i, r) in a.reasons.iter().enumerate() {
        let _ = writeln!(out, "  {}. {} [{}]", i + 1, r.citation, r.rule);
        wrap(&mut out, "     ", &r.text);
    }

    out.push_str("\nThe provisions:\n");
    let mut quoted: Vec<&str> = Vec::new();
    for r in &a.reasons {
        if quoted.contains(&r.rule.as_ref()) {
            continue;
        }
        quoted.push(&r.rule);
        if let Some(rule) = law::rule(&r.rule) {
            let _ = writeln!(
                out,
                "  {} [{}] ({})",
                rule.citation,
                rule.id,
                rule.wording.describe()
            );
            wrap(&mut out, "     ", &format!("\"{}\"", rule.quote));
        }
    }

    out.push_str("\nNext questions:\n");
    if a.next_questions.is_empty() {
        out.push_str("  None: no unanswered fact would change the verdict.\n");
    }
    for (i, q) in a.next_questions.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, q.fact);
        wrap(&mut out, "     ", &q.why);
    }

    out.push('\n');
    wrap(
        &mut out,
        "",
        "This is a screening aid, not a legal determination. The finding depends on the facts as recorded; a competent authority decides.",
    );
    out
}
