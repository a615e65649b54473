//! One case under every profile: where the outcomes differ, and which
//! provision makes the difference.
//!
//! For a prosecutor deciding under which law to charge, and for a trainer
//! explaining why a court abroad decided otherwise. [`compare`] evaluates the
//! case under each [`Profile`] and sets each outcome against the baseline
//! (`palermo`, the Trafficking Protocol). Where the trafficking finding
//! differs, the differences name the rule behind it: the scope of the child
//! rule, or a fact that counts under one instrument and not the other. Where
//! the outcome is the same but a fact counts on another footing (named by
//! the instrument, read into a term it names, not an element of it), a note
//! says so. Pure: no I/O.
//!
//! ```
//! use palermo::model::{Act, Case, Fact, Purpose};
//! use palermo::{compare::compare, Profile, Verdict};
//!
//! let mut case = Case::new();
//! case.person.age = Some(16);
//! case.act.set(Act::Recruitment, Fact::Established);
//! case.purpose.set(Purpose::ForcedLabour, Fact::Established);
//! let c = compare(&case);
//! let us = c.row(Profile::Us).unwrap();
//! assert!(us.differs);
//! assert_eq!(us.verdict, Verdict::NoFinding);
//! assert!(us.differences.iter().any(|d| d.citation.contains("7102(11)(B)")));
//! ```

use crate::assessment::{Element, ElementStatus, Reason, Verdict, CONTRACT, ENGINE};
use crate::law::profile::{ChildRule, Definition, Element as Counted, How, Limb, Profile};
use crate::law::Rule;
use crate::model::{Case, FactSet, Level};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt::Write as _;

/// The statuses of the three elements under one profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ElementStatuses {
    /// The act element.
    pub act: ElementStatus,
    /// The means element (`not_required` under a child rule).
    pub means: ElementStatus,
    /// The purpose element.
    pub purpose: ElementStatus,
}

/// The outcome of the case under one profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Row {
    /// The profile.
    pub profile: Profile,
    /// The verdict under this profile.
    pub verdict: Verdict,
    /// The trafficking status under this profile.
    pub trafficking: Level,
    /// The limb of the definition the case was assessed under, where the
    /// instrument has several ("labour trafficking").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_as: Option<Cow<'static, str>>,
    /// Each element's status.
    pub elements: ElementStatuses,
    /// The required elements that are not established.
    pub missing: Vec<Element>,
    /// The outcome (trafficking status, hence verdict) differs from the baseline.
    pub differs: bool,
    /// Why it differs: each with the rule and provision that make the difference.
    pub differences: Vec<Reason>,
    /// Facts that count on another footing than under the baseline, whether
    /// or not the outcome differs.
    pub notes: Vec<Reason>,
    /// How sure we are of the instrument's wording, when not fully verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Cow<'static, str>>,
}

/// A case under every profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Comparison {
    /// Always `palermo/1`.
    pub contract: Cow<'static, str>,
    /// The engine and its version.
    pub engine: Cow<'static, str>,
    /// The case id, echoed unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The profile the others are compared with (`palermo`).
    pub baseline: Profile,
    /// One row per profile, the baseline first.
    pub profiles: Vec<Row>,
}

impl Comparison {
    /// The row of `profile`.
    pub fn row(&self, profile: Profile) -> Option<&Row> {
        self.profiles.iter().find(|r| r.profile == profile)
    }

    /// The comparison as a plain-text table with the differences in words.
    pub fn to_text(&self) -> String {
        text(self)
    }
}

/// One profile's decision, with the definition and limb it rests on.
struct Side {
    def: &'static Definition,
    limb: &'static Limb,
    eval: crate::law::profile::Evaluation,
}

impl Side {
    fn new(case: &Case, profile: Profile) -> Side {
        let def = profile.definition();
        let eval = def.evaluate(case, crate::law::age::status(&case.person));
        Side {
            def,
            limb: def.limb(eval.limb),
            eval,
        }
    }

    fn element_rule(&self, element: Element) -> &'static Rule {
        match element {
            Element::Act => self.def.provisions.act,
            Element::Means => self.def.provisions.means,
            Element::Purpose => self.def.provisions.purpose,
        }
    }

    fn level(&self, element: Element) -> Level {
        match element {
            Element::Act => self.eval.act,
            Element::Means => self.eval.means,
            Element::Purpose => self.eval.purpose,
        }
    }

    /// Whether `element` is met (established) or not required.
    fn met(&self, element: Element) -> bool {
        (element == Element::Means && self.eval.child_rule)
            || self.level(element) == Level::Established
    }

    fn limb_words(&self) -> String {
        if self.limb.name.is_empty() {
            String::new()
        } else {
            format!(" (assessed as {})", self.limb.name)
        }
    }
}

fn words(fact: &str) -> String {
    fact.replace('_', " ")
}

/// How `how` counts, in words: "named by X", "read as Y".
fn counted_as(how: How) -> String {
    match how {
        How::Listed | How::Named(_) => "named".to_string(),
        How::Read { term, .. } => format!("read as {term}"),
        How::Not(_) => "not an element".to_string(),
    }
}

/// The rule under which `how` counts under `side`.
fn rule_of(side: &Side, element: Element, how: How) -> &'static Rule {
    match how {
        How::Named(rule) | How::Read { rule, .. } => rule,
        How::Listed | How::Not(_) => side.element_rule(element),
    }
}

/// Compare how the stated facts of one element count under `p` and `b`.
/// Facts that count under one and not the other become differences when
/// `decisive` (the element is what changes the outcome), notes otherwise;
/// facts that count on another footing become notes.
fn facts<V: Counted>(
    set: &FactSet<V>,
    element: Element,
    p: &Side,
    b: &Side,
    decisive: bool,
    differences: &mut Vec<Reason>,
    notes: &mut Vec<Reason>,
) {
    let (ps, bs) = (p.def.words.short, b.def.words.short);
    for (fact, value) in set.iter() {
        if !value.level().at_least_suspected() {
            continue;
        }
        let name = words(fact.name());
        let (ph, bh) = (p.def.how(fact), b.def.how(fact));
        let (pc, bc) = (p.def.counts_in(p.limb, fact), b.def.counts_in(b.limb, fact));
        let reason = match (pc, bc) {
            (false, true) => match ph {
                How::Not(note) => Reason::new(
                    p.element_rule(element),
                    format!("{name} is not {} under {ps}: {note}.", V::NOUN),
                ),
                // Counts in another limb only: worth saying where it decides.
                _ if !decisive => continue,
                _ => {
                    let limbs: Vec<&str> = p.def.limbs_of(fact).map(|l| l.name).collect();
                    Reason::new(
                        p.def
                            .limbs_of(fact)
                            .next()
                            .map_or(p.element_rule(element), |l| l.rule),
                        format!(
                            "{name} counts under {ps} only for {}, not for {}.",
                            limbs.join(" or "),
                            p.limb.name
                        ),
                    )
                }
            },
            (true, false) => Reason::new(
                rule_of(p, element, ph),
                format!(
                    "{name} counts under {ps} ({}); under {bs} it is not {}{}.",
                    counted_as(ph),
                    V::NOUN,
                    match bh {
                        How::Not(note) => format!(": {note}"),
                        _ => String::new(),
                    }
                ),
            ),
            (true, true) if ph.kind() != bh.kind() => {
                notes.push(Reason::new(
                    rule_of(p, element, ph),
                    format!(
                        "{name}: {} under {ps}, {} under {bs}; the element is met either way.",
                        counted_as(ph),
                        counted_as(bh)
                    ),
                ));
                continue;
            }
            _ => continue,
        };
        if decisive {
            differences.push(reason);
        } else {
            notes.push(reason);
        }
    }
}

/// The reasons the outcome under `p` differs from `b`, and the notes.
fn explain_difference(
    case: &Case,
    p: &Side,
    b: &Side,
    differs: bool,
) -> (Vec<Reason>, Vec<Reason>) {
    let mut differences = Vec::new();
    let mut notes = Vec::new();

    // The scope of the child rule.
    if differs && b.eval.child_rule && !p.eval.child_rule && p.eval.means != Level::Established {
        match p.limb.child {
            ChildRule::MeansAlways { rule, text } => differences.push(Reason::new(rule, text)),
            ChildRule::NoMeans(rule) | ChildRule::ChildOnly(rule) => differences.push(Reason::new(
                rule,
                format!(
                    "The child rule does not apply here{}: the means element is required.",
                    p.limb_words()
                ),
            )),
        }
    }
    if differs && p.eval.child_rule && !b.eval.child_rule && b.eval.means != Level::Established {
        let rule = match p.limb.child {
            ChildRule::NoMeans(rule) | ChildRule::ChildOnly(rule) => rule,
            ChildRule::MeansAlways { rule, .. } => rule,
        };
        differences.push(Reason::new(
            rule,
            format!(
                "The means element is not required for a child under this provision{}.",
                p.limb_words()
            ),
        ));
    }

    // The elements: a fact that counts under one and not the other decides
    // where the element is met under one and not the other.
    let decisive = |e: Element| differs && p.met(e) != b.met(e);
    facts(
        &case.act,
        Element::Act,
        p,
        b,
        decisive(Element::Act),
        &mut differences,
        &mut notes,
    );
    facts(
        &case.means,
        Element::Means,
        p,
        b,
        decisive(Element::Means) && !p.eval.child_rule,
        &mut differences,
        &mut notes,
    );
    facts(
        &case.purpose,
        Element::Purpose,
        p,
        b,
        decisive(Element::Purpose),
        &mut differences,
        &mut notes,
    );

    // Whatever else: the limb and what it lacks.
    if differs && differences.is_empty() {
        let missing: Vec<&str> = [Element::Act, Element::Means, Element::Purpose]
            .into_iter()
            .filter(|e| !p.met(*e))
            .map(Element::name)
            .collect();
        differences.push(Reason::new(
            p.limb.rule,
            if missing.is_empty() {
                format!(
                    "Every element required under {} is met{}.",
                    p.def.words.short,
                    p.limb_words()
                )
            } else {
                format!(
                    "Under {}{} the {} element{} not met.",
                    p.def.words.short,
                    p.limb_words(),
                    missing.join(" and "),
                    if missing.len() == 1 { " is" } else { "s are" }
                )
            },
        ));
    }
    (differences, notes)
}

/// Evaluate `case` under every profile and compare each with `palermo`.
pub fn compare(case: &Case) -> Comparison {
    let baseline = Profile::Palermo;
    let b = Side::new(case, baseline);
    let base = crate::evaluate_with(case, baseline);
    let profiles = Profile::ALL
        .into_iter()
        .map(|profile| {
            let a = crate::evaluate_with(case, profile);
            let p = Side::new(case, profile);
            let differs = a.trafficking.status != base.trafficking.status;
            let (differences, notes) = if profile == baseline {
                (Vec::new(), Vec::new())
            } else {
                explain_difference(case, &p, &b, differs)
            };
            let e = &a.trafficking.elements;
            Row {
                profile,
                verdict: a.verdict,
                trafficking: a.trafficking.status,
                assessed_as: (!p.limb.name.is_empty()).then_some(Cow::Borrowed(p.limb.name)),
                elements: ElementStatuses {
                    act: e.act.status,
                    means: e.means.status,
                    purpose: e.purpose.status,
                },
                missing: a.trafficking.missing.clone(),
                differs,
                differences,
                notes,
                provenance: a.provenance.clone(),
            }
        })
        .collect();
    Comparison {
        contract: Cow::Borrowed(CONTRACT),
        engine: Cow::Borrowed(ENGINE),
        id: case.id.clone(),
        baseline,
        profiles,
    }
}

fn status_words(s: ElementStatus) -> &'static str {
    match s {
        ElementStatus::Established => "established",
        ElementStatus::Suspected => "suspected",
        ElementStatus::NotEstablished => "not established",
        ElementStatus::NotRequired => "not required",
    }
}

fn level_words(l: Level) -> &'static str {
    match l {
        Level::Established => "established",
        Level::Suspected => "suspected",
        Level::NotEstablished => "not established",
    }
}

/// Wrap `text` to 78 columns: the first line starts with `first`, the
/// others are indented as far.
fn wrap(out: &mut String, first: &str, text: &str) {
    let rest = " ".repeat(first.chars().count());
    let mut indent: &str = first;
    let mut line = String::from(first);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > 78 {
            out.push_str(line.trim_end());
            out.push('\n');
            indent = &rest;
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

fn text(c: &Comparison) -> String {
    let mut out = String::with_capacity(2048);
    if let Some(id) = &c.id {
        let _ = writeln!(out, "Case: {id}");
    }
    let _ = writeln!(
        out,
        "{:<9} {:<21} {:<16} {:<16} {:<16} Purpose",
        "Profile", "Verdict", "Trafficking", "Act", "Means"
    );
    for r in &c.profiles {
        let _ = writeln!(
            out,
            "{:<9} {:<21} {:<16} {:<16} {:<16} {}{}",
            r.profile.name(),
            r.verdict.name(),
            level_words(r.trafficking),
            status_words(r.elements.act),
            status_words(r.elements.means),
            status_words(r.elements.purpose),
            if r.differs { "  *" } else { "" }
        );
    }
    let base = c.row(c.baseline);
    let differing: Vec<&Row> = c.profiles.iter().filter(|r| r.differs).collect();
    out.push('\n');
    if differing.is_empty() {
        let _ = writeln!(
            out,
            "The trafficking finding is the same under every profile."
        );
    } else {
        let _ = writeln!(out, "Where the outcome differs from {} (*):", c.baseline);
        for r in differing {
            let _ = writeln!(
                out,
                "  {}: {} instead of {}{}",
                r.profile,
                r.verdict.name(),
                base.map_or("?", |b| b.verdict.name()),
                r.assessed_as
                    .as_ref()
                    .map_or(String::new(), |a| format!(" (assessed as {a})"))
            );
            for d in &r.differences {
                wrap(&mut out, "    - ", &format!("{} [{}]", d.text, d.citation));
            }
        }
    }
    let noted: Vec<&Row> = c.profiles.iter().filter(|r| !r.notes.is_empty()).collect();
    if !noted.is_empty() {
        let _ = writeln!(out, "\nOther differences in the basis:");
        for r in noted {
            let _ = writeln!(out, "  {}:", r.profile);
            for n in &r.notes {
                wrap(&mut out, "    - ", &format!("{} [{}]", n.text, n.citation));
            }
        }
    }
    let sourced: Vec<&Row> = c
        .profiles
        .iter()
        .filter(|r| r.provenance.is_some())
        .collect();
    if !sourced.is_empty() {
        let _ = writeln!(out, "\nProvenance:");
        for r in sourced {
            if let Some(p) = &r.provenance {
                wrap(&mut out, "  ", &format!("{}: {p}", r.profile));
            }
        }
    }
    out.push('\n');
    wrap(
        &mut out,
        "",
        "This is a screening aid, not a legal determination. Each profile changes the trafficking finding only; smuggling and migration findings are the same under every profile.",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Act, Fact, Means, Purpose};

    #[test]
    fn the_baseline_row_never_differs() {
        let mut case = Case::new();
        case.act.set(Act::Recruitment, Fact::Established);
        let c = compare(&case);
        assert_eq!(c.profiles.len(), Profile::ALL.len());
        assert_eq!(c.profiles[0].profile, Profile::Palermo);
        assert!(!c.profiles[0].differs);
        assert!(c.profiles[0].differences.is_empty());
    }

    #[test]
    fn abuse_of_vulnerability_is_the_difference_under_us_and_cambodia() {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.means
            .set(Means::AbuseOfVulnerability, Fact::Established);
        case.purpose.set(Purpose::ForcedLabour, Fact::Established);
        let c = compare(&case);
        for p in [Profile::Us, Profile::Cambodia] {
            let row = c.row(p).unwrap();
            assert!(row.differs, "{p}");
            assert!(
                row.differences
                    .iter()
                    .any(|d| d.text.starts_with("abuse of vulnerability is not a means")),
                "{p}: {:?}",
                row.differences
            );
        }
        assert!(!c.row(Profile::Eu).unwrap().differs);
    }
}
