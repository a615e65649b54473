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
//! use palermo::{words::compare::compare, Profile, Verdict};
//!
//! let mut case = Case::new();
//! case.person.age = Some(16);
//! case.act.set(Act::Recruitment, Fact::Established);
//! case.purpose.set(Purpose::ForcedLabour, Fact::Established);
//! let c = compare(&case.into());
//! let us = c.row(Profile::Us).unwrap();
//! assert!(us.differs);
//! assert_eq!(us.verdict, Verdict::NoFinding);
//! assert!(us.differences.iter().any(|d| d.citation.contains("7102(11)(B)")));
//! ```

use super::reasons::limb_name;
use super::{hanging, profiled, wrap, Msg, Tr};
use crate::assessment::{Element, ElementStatus, Reason, Topic, Verdict, CONTRACT, ENGINE};
use crate::decide::trafficking::{self, Decision};
use crate::decide::Input;
use crate::law::profile::{ChildRule, Definition, Element as Counted, How, Limb, Profile};
use crate::law::Rule;
use crate::model::{Case, FactSet, Level};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt::Write as _;

const T: Tr = Tr::ENGLISH;
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
    profile: Profile,
    def: &'static Definition,
    limb: &'static Limb,
    eval: Decision,
}

impl Side {
    fn new(case: &Case, profile: Profile) -> Side {
        let def = profile.definition();
        let eval = trafficking::decide(def, case, crate::decide::person::status(&case.person));
        Side {
            profile,
            def,
            limb: def.limb(eval.limb),
            eval,
        }
    }

    /// The instrument in a sentence ("the Trafficking Protocol").
    fn instrument(&self) -> Cow<'static, str> {
        T.text(profiled(Msg::Instrument, self.profile))
    }

    /// The name of the limb assessed, in words (empty for a single limb,
    /// and where the facts point to no one limb).
    fn limb_name(&self) -> String {
        if self.def.limbs.len() > 1 && self.eval.tied == 0 {
            limb_name(T, self.profile, self.limb.key)
        } else {
            String::new()
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
        let name = self.limb_name();
        if name.is_empty() {
            String::new()
        } else {
            T.string(Msg::CompareAssessedAs, &[("limb", &name)])
        }
    }
}

/// The noun of an element in a sentence ("an act").
fn noun(element: Element) -> Cow<'static, str> {
    T.text(match element {
        Element::Act => Msg::NounAct,
        Element::Means => Msg::NounMeans,
        Element::Purpose => Msg::NounPurpose,
    })
}

/// How `how` counts, in words: "named", "read as Y".
fn counted_as(how: How) -> String {
    match how {
        How::Listed | How::Named(_) => T.string(Msg::CompareNamed, &[]),
        How::Read { term, .. } => T.string(Msg::CompareReadAs, &[("term", term)]),
        How::Not => T.string(Msg::CompareNotAnElement, &[]),
    }
}

/// A reason of the comparison: its rule, and its text in words.
fn said(rule: &'static Rule, topic: Topic, text: String) -> Reason {
    Reason::written(rule, topic, text)
}

fn topic(element: Element) -> Topic {
    match element {
        Element::Act => Topic::Act,
        Element::Means => Topic::Means,
        Element::Purpose => Topic::Purpose,
    }
}

/// The rule under which `how` counts under `side`.
fn rule_of(side: &Side, element: Element, how: How) -> &'static Rule {
    match how {
        How::Named(rule) | How::Read { rule, .. } => rule,
        How::Listed | How::Not => side.element_rule(element),
    }
}

/// Whether `fact` counts under `side` only provisionally in this case: read
/// into a term on conditions that `shown` (the provisional readings whose
/// conditions the case shows) does not include.
fn held<V: Counted>(side: &Side, fact: V, shown: u32) -> bool {
    side.def.provisional::<V>() & crate::model::bit(fact) & !shown != 0
}

/// Compare how the stated facts of one element count under `p` and `b`.
/// Facts that count under one and not the other become differences when
/// `decisive` (the element is what changes the outcome), notes otherwise;
/// facts that count on another footing become notes.
#[allow(clippy::too_many_arguments)]
fn facts<V: Counted>(
    set: &FactSet<V>,
    element: Element,
    p: &Side,
    b: &Side,
    shown: u32,
    decisive: bool,
    differences: &mut Vec<Reason>,
    notes: &mut Vec<Reason>,
) {
    let (ps, bs) = (p.instrument(), b.instrument());
    for (fact, value) in set.iter() {
        if !value.is_present() {
            continue;
        }
        let name = T.text(super::fact(fact));
        let (ph, bh) = (p.def.how(fact), b.def.how(fact));
        let (pc, bc) = (p.def.counts_in(p.limb, fact), b.def.counts_in(b.limb, fact));
        let reason = match (pc, bc) {
            (false, true) => match ph {
                How::Not => said(
                    p.element_rule(element),
                    topic(element),
                    T.string(
                        Msg::CompareNotElement,
                        &[
                            ("fact", &name),
                            ("noun", &noun(element)),
                            ("instrument", &ps),
                            ("note", &super::reasons::not_note(fact, p.profile)),
                        ],
                    ),
                ),
                // Counts in another limb only: worth saying where it decides.
                _ if !decisive => continue,
                _ => {
                    let limbs: Vec<String> = p
                        .def
                        .limbs_of(fact)
                        .map(|l| limb_name(T, p.profile, l.key))
                        .collect();
                    said(
                        p.def
                            .limbs_of(fact)
                            .next()
                            .map_or(p.element_rule(element), |l| l.rule),
                        topic(element),
                        T.string(
                            Msg::CompareOtherLimb,
                            &[
                                ("fact", &name),
                                ("instrument", &ps),
                                ("limbs", &T.list(&limbs, Msg::ListOr, Msg::ListOr)),
                                ("limb", &p.limb_name()),
                            ],
                        ),
                    )
                }
            },
            (true, false) => {
                let args = [
                    ("fact", name.as_ref()),
                    ("instrument", ps.as_ref()),
                    ("how", &counted_as(ph)),
                    ("baseline", bs.as_ref()),
                    ("noun", &noun(element)),
                ];
                let text = match bh {
                    How::Not => {
                        let note = super::reasons::not_note(fact, b.profile);
                        let mut args = args.to_vec();
                        args.push(("note", &note));
                        T.string(Msg::CompareCountsNote, &args)
                    }
                    _ => T.string(Msg::CompareCounts, &args),
                };
                said(rule_of(p, element, ph), topic(element), text)
            }
            // Read provisionally under one, its conditions not shown here
            // (a forced marriage as servile marriage): at most suspected
            // there, so the element is not met the same way under both.
            (true, true) if held(p, fact, shown) != held(b, fact, shown) => {
                let (firm, firm_how, other, other_how) = if held(b, fact, shown) {
                    (&ps, ph, &bs, bh)
                } else {
                    (&bs, bh, &ps, ph)
                };
                let rule = if held(b, fact, shown) {
                    rule_of(p, element, ph)
                } else {
                    rule_of(b, element, bh)
                };
                said(
                    rule,
                    topic(element),
                    T.string(
                        Msg::CompareHeld,
                        &[
                            ("fact", &name),
                            ("how", &counted_as(firm_how)),
                            ("instrument", firm),
                            ("other", &counted_as(other_how)),
                            ("baseline", other),
                        ],
                    ),
                )
            }
            (true, true) if ph.kind() != bh.kind() => {
                notes.push(said(
                    rule_of(p, element, ph),
                    topic(element),
                    T.string(
                        Msg::CompareFooting,
                        &[
                            ("fact", &name),
                            ("how", &counted_as(ph)),
                            ("instrument", &ps),
                            ("other", &counted_as(bh)),
                            ("baseline", &bs),
                        ],
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
            ChildRule::MeansAlways(rule) => {
                let key = p.limb.key;
                let id = if key.is_empty() {
                    format!("limb-{}.child-means", p.profile.name())
                } else {
                    format!("limb-{}-{key}.child-means", p.profile.name())
                };
                let text = Msg::find(&id).map_or_else(String::new, |m| T.string(m, &[]));
                differences.push(said(rule, Topic::Means, text));
            }
            ChildRule::NoMeans(rule)
            | ChildRule::ChildOnly(rule)
            | ChildRule::NoMeansAtAnyAge(rule) => differences.push(said(
                rule,
                Topic::Means,
                T.string(Msg::CompareNoChildRule, &[("assessed", &p.limb_words())]),
            )),
        }
    }
    if differs && p.eval.child_rule && !b.eval.child_rule && b.eval.means != Level::Established {
        // Said of whom the provision spares the means: a child; a person
        // under custody or curatorship, as a minor; or anyone (a sale).
        let msg = if matches!(p.limb.child, ChildRule::NoMeansAtAnyAge(_)) {
            Msg::CompareChildRuleAnyAge
        } else if p.eval.ward.at_least_suspected() {
            Msg::CompareChildRuleWard
        } else {
            Msg::CompareChildRule
        };
        differences.push(said(
            p.limb.child.rule(),
            Topic::Means,
            T.string(msg, &[("assessed", &p.limb_words())]),
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
        0,
        decisive(Element::Act),
        &mut differences,
        &mut notes,
    );
    facts(
        &case.means,
        Element::Means,
        p,
        b,
        0,
        decisive(Element::Means) && !p.eval.child_rule,
        &mut differences,
        &mut notes,
    );
    facts(
        &case.purpose,
        Element::Purpose,
        p,
        b,
        crate::decide::trafficking::shown(case),
        decisive(Element::Purpose),
        &mut differences,
        &mut notes,
    );

    // Whatever else: the limb and what it lacks.
    if differs && differences.is_empty() {
        let missing: Vec<&str> = Element::ALL
            .into_iter()
            .filter(|e| !p.met(*e))
            .map(Element::name)
            .collect();
        let (instrument, assessed) = (p.instrument(), p.limb_words());
        let text = if missing.is_empty() {
            // Every element met, and the finding still held at suspected:
            // say which premise holds it, not only that the elements are met.
            let held = p.eval.status == Level::Suspected;
            let msg = if held && p.eval.unverified {
                Msg::CompareAllMetUnverified
            } else if held && p.eval.presumed {
                Msg::CompareAllMetPresumed
            } else {
                Msg::CompareAllMet
            };
            T.string(msg, &[("instrument", &instrument), ("assessed", &assessed)])
        } else {
            T.string(
                if missing.len() == 1 {
                    Msg::CompareNotMetOne
                } else {
                    Msg::CompareNotMetMany
                },
                &[
                    ("instrument", &instrument),
                    ("assessed", &assessed),
                    ("missing", &T.list(&missing, Msg::ListAnd, Msg::ListAnd)),
                ],
            )
        };
        differences.push(said(p.limb.rule, Topic::Finding, text));
    }
    (differences, notes)
}

/// Evaluate a record under every profile and compare each with `palermo`.
pub fn compare(input: &Input) -> Comparison {
    let case = &input.case;
    let baseline = Profile::Palermo;
    let b = Side::new(case, baseline);
    let base = super::assess(input, Some(baseline));
    let profiles = Profile::ALL
        .into_iter()
        .map(|profile| {
            let a = super::assess(input, Some(profile));
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
                assessed_as: Some(p.limb_name())
                    .filter(|n| !n.is_empty())
                    .map(Cow::Owned),
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

fn status_words(s: ElementStatus) -> Cow<'static, str> {
    match s {
        ElementStatus::Suspected => T.text(Msg::CompareStatusSuspected),
        other => super::explain::element_status_words(other),
    }
}

fn level_words(l: Level) -> Cow<'static, str> {
    status_words(l.into())
}

fn text(c: &Comparison) -> String {
    let mut out = String::with_capacity(2048);
    if let Some(id) = &c.id {
        let _ = writeln!(out, "{}", T.string(Msg::CompareCase, &[("id", id)]));
    }
    let _ = writeln!(
        out,
        "{:<9} {:<21} {:<16} {:<16} {:<16} {}",
        T.text(Msg::CompareHeaderProfile),
        T.text(Msg::CompareHeaderVerdict),
        T.text(Msg::CompareHeaderTrafficking),
        T.text(Msg::CompareHeaderAct),
        T.text(Msg::CompareHeaderMeans),
        T.text(Msg::CompareHeaderPurpose),
    );
    // A verdict in words: its name without the underscore of the JSON
    // ("no finding", "possible trafficking").
    let verdict = |v: Verdict| v.name().replace('_', " ");
    for r in &c.profiles {
        let _ = writeln!(
            out,
            "{:<9} {:<21} {:<16} {:<16} {:<16} {}{}",
            r.profile.name(),
            verdict(r.verdict),
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
        let _ = writeln!(out, "{}", T.text(Msg::CompareSame));
    } else {
        let _ = writeln!(
            out,
            "{}",
            T.string(Msg::CompareDiffers, &[("baseline", c.baseline.name())])
        );
        for r in differing {
            let assessed = r.assessed_as.as_ref().map_or(String::new(), |a| {
                T.string(Msg::CompareAssessedAs, &[("limb", a)])
            });
            let _ = writeln!(
                out,
                "  {}",
                T.string(
                    Msg::CompareInstead,
                    &[
                        ("profile", r.profile.name()),
                        ("verdict", &verdict(r.verdict)),
                        (
                            "baseline",
                            &base.map_or_else(|| "?".to_string(), |b| verdict(b.verdict)),
                        ),
                        ("assessed", &assessed),
                    ],
                )
            );
            for d in &r.differences {
                hanging(
                    &mut out,
                    "    - ",
                    &T.string(
                        Msg::CompareCited,
                        &[("text", &d.text), ("citation", &d.citation)],
                    ),
                );
            }
        }
    }
    let noted: Vec<&Row> = c.profiles.iter().filter(|r| !r.notes.is_empty()).collect();
    if !noted.is_empty() {
        let _ = writeln!(out, "\n{}", T.text(Msg::CompareOtherBasis));
        for r in noted {
            let _ = writeln!(out, "  {}:", r.profile);
            for n in &r.notes {
                hanging(
                    &mut out,
                    "    - ",
                    &T.string(
                        Msg::CompareCited,
                        &[("text", &n.text), ("citation", &n.citation)],
                    ),
                );
            }
        }
    }
    let sourced: Vec<&Row> = c
        .profiles
        .iter()
        .filter(|r| r.provenance.is_some())
        .collect();
    if !sourced.is_empty() {
        let _ = writeln!(out, "\n{}", T.text(Msg::CompareProvenance));
        for r in sourced {
            if let Some(p) = &r.provenance {
                wrap(
                    &mut out,
                    "  ",
                    &T.string(
                        Msg::CompareProfileProvenance,
                        &[("profile", r.profile.name()), ("provenance", p)],
                    ),
                );
            }
        }
    }
    out.push('\n');
    wrap(&mut out, "", &T.text(Msg::CompareDisclaimer));
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
        let c = compare(&case.into());
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
        let c = compare(&case.into());
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
