//! `next_questions`: which unanswered facts matter, most decisive first.
//!
//! For every fact that is not stated, the engine asks: would answering it
//! change the verdict? It re-decides the verdict (statuses only, no words)
//! with the fact answered "yes" (and, where "no" can matter, "no") and keeps
//! the facts whose answer changes it. Where no single answer raises the
//! verdict, it adds the questions that lead to the nearest finding of higher
//! precedence: the one with the fewest missing parts. This turns a screening
//! into an interview guide.
//!
//! A fact answered `false` counts exactly as a fact not stated (contract v1
//! §1: only `true` establishes), so for a plain fact only "yes" can change a
//! verdict. The person's age is the exception: "18 or over" can withdraw the
//! child rule.

use crate::assessment::{PersonStatus, Question, Verdict};
use crate::engine::statuses;
use crate::model::{Case, Fact, FactSet, Level, Regularity, Vocabulary};
use std::borrow::Cow;

/// What can be asked: a plain fact, a regular/irregular choice, or the age.
#[derive(Clone, Copy)]
enum Slot {
    /// A fact of `movement` or `person`: yes sets it to `true`.
    Fact(&'static str, fn(&mut Case) -> &mut Fact),
    /// `movement.entry` or `movement.stay`: yes is `"irregular"`, no `"regular"`.
    Regularity(&'static str, fn(&mut Case) -> &mut Option<Regularity>),
    /// `person.age`: yes is under 18, no is 18 or over.
    Age,
}

impl Slot {
    fn path(self) -> &'static str {
        match self {
            Slot::Fact(path, _) | Slot::Regularity(path, _) => path,
            Slot::Age => "person.age",
        }
    }

    /// Apply an answer to a scratch copy of the case.
    fn apply(self, case: &mut Case, yes: bool) {
        match self {
            Slot::Fact(_, field) => {
                *field(case) = if yes {
                    Fact::Established
                } else {
                    Fact::RuledOut
                }
            }
            Slot::Regularity(_, field) => {
                *field(case) = Some(if yes {
                    Regularity::Irregular
                } else {
                    Regularity::Regular
                })
            }
            Slot::Age => case.person.age = Some(if yes { 17 } else { 18 }),
        }
    }

    fn answer_words(self, yes: bool) -> &'static str {
        match (self, yes) {
            (Slot::Age, true) => "if the person is under 18",
            (Slot::Age, false) => "if the person is 18 or over",
            (Slot::Regularity(..), true) => "if irregular",
            (Slot::Regularity(..), false) => "if regular",
            (_, true) => "if yes",
            (_, false) => "if no",
        }
    }
}

/// The single facts of `movement` and `person` that can change a verdict.
/// (Facts that only raise flags, and evidential facts such as consent, are
/// not listed: no answer to them changes the verdict.)
const SINGLE_SLOTS: &[Slot] = &[
    Slot::Age,
    Slot::Fact("person.child_indicators", |c| {
        &mut c.person.child_indicators
    }),
    Slot::Fact("movement.crossed_border", |c| {
        &mut c.movement.crossed_border
    }),
    Slot::Regularity("movement.entry", |c| &mut c.movement.entry),
    Slot::Fact("movement.facilitator.procured_entry", |c| {
        &mut c.movement.facilitator.procured_entry
    }),
    Slot::Regularity("movement.stay", |c| &mut c.movement.stay),
    Slot::Fact("movement.facilitator.enabled_irregular_stay", |c| {
        &mut c.movement.facilitator.enabled_irregular_stay
    }),
    Slot::Fact("movement.facilitator.material_benefit", |c| {
        &mut c.movement.facilitator.material_benefit
    }),
    Slot::Fact("movement.migrated", |c| &mut c.movement.migrated),
];

/// Whether the age is still a question: unknown, or only presumed.
fn age_open(case: &Case, person: PersonStatus) -> bool {
    case.person.age.is_none()
        && matches!(person, PersonStatus::Unknown | PersonStatus::PresumedChild)
}

/// Whether a slot is still unanswered in `case` (the slots' accessors take
/// the case mutably, for the what-ifs; nothing is changed here).
fn open(slot: Slot, case: &mut Case, person: PersonStatus) -> bool {
    match slot {
        Slot::Age => age_open(case, person),
        Slot::Fact("person.child_indicators", field) => {
            case.person.age.is_none()
                && case.person.age_estimate.is_none()
                && field(case).is_not_stated()
        }
        Slot::Fact(_, field) => field(case).is_not_stated(),
        Slot::Regularity(_, field) => field(case).is_none(),
    }
}

/// A copy of the case without its id: the what-if evaluations need no text
/// and must not allocate.
fn scratch(case: &Case) -> Case {
    Case {
        id: None,
        person: case.person,
        act: case.act,
        means: case.means,
        purpose: case.purpose,
        consent: case.consent,
        exploitation_occurred: case.exploitation_occurred,
        movement: case.movement,
        risk_factors: case.risk_factors,
        asylum_claim: case.asylum_claim,
        offences_by_person: case.offences_by_person,
    }
}

fn rank(verdict: Verdict) -> usize {
    Verdict::ALL
        .iter()
        .position(|v| *v == verdict)
        .unwrap_or(Verdict::ALL.len())
}

/// One decisive question before it is put into words.
struct Decisive {
    path: &'static str,
    /// The verdict with a "yes" answer, when it differs from the current one.
    yes: Option<Verdict>,
    /// The verdict with a "no" answer, when it differs.
    no: Option<Verdict>,
    /// What a "yes" establishes, for group facts ("the means element").
    establishes: Option<&'static str>,
    slot: Option<Slot>,
    order: usize,
}

impl Decisive {
    /// The best (highest precedence) verdict an answer leads to.
    fn best(&self) -> usize {
        self.yes
            .iter()
            .chain(self.no.iter())
            .map(|v| rank(*v))
            .min()
            .unwrap_or(usize::MAX)
    }
}

/// Questions for the not-stated members of one element: all have the same
/// effect, so the verdict is re-decided once for the group.
fn group<V: Vocabulary>(
    work: &mut Case,
    field: fn(&mut Case) -> &mut FactSet<V>,
    establishes: &'static str,
    current: Verdict,
    out: &mut Vec<Decisive>,
    order: &mut usize,
) {
    let set = *field(work);
    let Some(first) = set.iter().find(|(_, f)| f.is_not_stated()).map(|(m, _)| m) else {
        return;
    };
    field(work).set(first, Fact::Established);
    let yes = statuses(work).verdict();
    field(work).set(first, Fact::NotStated);
    if yes == current {
        return;
    }
    for (member, fact) in set.iter() {
        if fact.is_not_stated() {
            out.push(Decisive {
                path: member.path(),
                yes: Some(yes),
                no: None,
                establishes: Some(establishes),
                slot: None,
                order: *order,
            });
            *order += 1;
        }
    }
}

/// The questions for `case`, most decisive first.
pub(crate) fn ask(case: &Case, person: PersonStatus, current: Verdict) -> Vec<Question> {
    let mut work = scratch(case);
    let mut found: Vec<Decisive> = Vec::new();
    let mut order = 0;

    group(
        &mut work,
        |c| &mut c.act,
        "the act element",
        current,
        &mut found,
        &mut order,
    );
    if !person.child_rule_applies() {
        group(
            &mut work,
            |c| &mut c.means,
            "the means element",
            current,
            &mut found,
            &mut order,
        );
    }
    group(
        &mut work,
        |c| &mut c.purpose,
        "the purpose element",
        current,
        &mut found,
        &mut order,
    );
    for &slot in SINGLE_SLOTS {
        if !open(slot, &mut work, person) {
            continue;
        }
        let mut verdict_with = |yes: bool| {
            // Every slot is a fact of `person` or `movement`: put them back after.
            let saved = (work.person, work.movement);
            slot.apply(&mut work, yes);
            let v = statuses(&work).verdict();
            (work.person, work.movement) = saved;
            (v != current).then_some(v)
        };
        let yes = verdict_with(true);
        // Only the age can change a verdict with a "no" (see module docs).
        let no = if matches!(slot, Slot::Age) {
            verdict_with(false)
        } else {
            None
        };
        if yes.is_some() || no.is_some() {
            found.push(Decisive {
                path: slot.path(),
                yes,
                no,
                establishes: None,
                slot: Some(slot),
                order,
            });
            order += 1;
        }
    }
    group(
        &mut work,
        |c| &mut c.risk_factors,
        "a risk factor",
        current,
        &mut found,
        &mut order,
    );

    found.sort_by_key(|d| (d.best(), !(d.yes.is_some() && d.no.is_some()), d.order));
    let raises = found.iter().any(|d| d.best() < rank(current));
    let mut questions: Vec<Question> = found.iter().map(words).collect();
    if !raises {
        let towards = nearest(case, person, current);
        if questions.is_empty() {
            return towards;
        }
        for q in towards {
            if !questions.iter().any(|have| have.fact == q.fact) {
                questions.push(q);
            }
        }
    }
    questions
}

fn words(d: &Decisive) -> Question {
    let mut why = String::with_capacity(96);
    if let Some(v) = d.yes {
        why.push_str(d.slot.map_or("if yes", |s| s.answer_words(true)));
        if let Some(what) = d.establishes {
            why.push_str(", ");
            why.push_str(what);
            why.push_str(" is established and");
        } else {
            why.push(',');
        }
        why.push_str(" the verdict becomes ");
        why.push_str(v.name());
    }
    if let Some(v) = d.no {
        if !why.is_empty() {
            why.push_str("; ");
        }
        why.push_str(d.slot.map_or("if no", |s| s.answer_words(false)));
        why.push_str(", the verdict becomes ");
        why.push_str(v.name());
    }
    // Every answer's words start with "if": capitalise the sentence.
    if let Some(first) = why.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    why.push('.');
    Question {
        fact: Cow::Borrowed(d.path),
        why: Cow::Owned(why),
    }
}

/// Add the not-stated members of `set` to `facts`.
fn unstated<V: Vocabulary>(set: &FactSet<V>, facts: &mut Vec<&'static str>) {
    facts.extend(
        set.iter()
            .filter(|(_, f)| f.is_not_stated())
            .map(|(m, _)| m.path()),
    );
}

/// Add `path` to `facts` when `f` is not stated.
fn unstated_fact(path: &'static str, f: Fact, facts: &mut Vec<&'static str>) {
    if f.is_not_stated() {
        facts.push(path);
    }
}

/// The missing parts of `target`: each is passed to `part` with its name and
/// the not-stated facts that could supply it, and their number is returned;
/// `None` when some part can no longer be supplied by answering a question
/// (every fact for it has been answered). `scratch` is working space.
fn missing_parts(
    case: &Case,
    person: PersonStatus,
    target: Verdict,
    scratch: &mut Vec<&'static str>,
    part: &mut dyn FnMut(&'static str, &[&'static str]),
) -> Option<usize> {
    let m = &case.movement;
    let mut count = 0;
    // The facts are listed only for a part that is not met.
    let mut need =
        |name: &'static str, met: bool, facts: &dyn Fn(&mut Vec<&'static str>)| -> Option<()> {
            if !met {
                scratch.clear();
                facts(scratch);
                if scratch.is_empty() {
                    return None;
                }
                count += 1;
                part(name, scratch);
            }
            Some(())
        };
    match target {
        Verdict::Trafficking | Verdict::PossibleTrafficking => {
            let bar = if target == Verdict::Trafficking {
                Level::Established
            } else {
                Level::Suspected
            };
            need("the act element", case.act.level() >= bar, &|f| {
                unstated(&case.act, f)
            })?;
            if !person.child_rule_applies() {
                need(
                    "the means element (or the person being a child)",
                    case.means.level() >= bar,
                    &|f| {
                        unstated(&case.means, f);
                        if age_open(case, person) {
                            f.push("person.age");
                        }
                    },
                )?;
            }
            need("the purpose element", case.purpose.level() >= bar, &|f| {
                unstated(&case.purpose, f)
            })?;
        }
        Verdict::Smuggling => {
            if crate::law::smuggling_protocol::excluded(case) {
                return None;
            }
            let fac = &m.facilitator;
            need(
                "a financial or other material benefit",
                fac.material_benefit == Fact::Established,
                &|f| {
                    unstated_fact(
                        "movement.facilitator.material_benefit",
                        fac.material_benefit,
                        f,
                    )
                },
            )?;
            // The route with fewer missing parts: entry (art. 3(a)) or stay (art. 6(1)(c)).
            let entry: &[(&'static str, bool, bool)] = &[
                (
                    "movement.crossed_border",
                    m.crossed_border == Fact::Established,
                    m.crossed_border.is_not_stated(),
                ),
                (
                    "movement.entry",
                    m.entry == Some(Regularity::Irregular),
                    m.entry.is_none(),
                ),
                (
                    "movement.facilitator.procured_entry",
                    fac.procured_entry == Fact::Established,
                    fac.procured_entry.is_not_stated(),
                ),
            ];
            let stay: &[(&'static str, bool, bool)] = &[
                (
                    "movement.stay",
                    m.stay == Some(Regularity::Irregular),
                    m.stay.is_none(),
                ),
                (
                    "movement.facilitator.enabled_irregular_stay",
                    fac.enabled_irregular_stay == Fact::Established,
                    fac.enabled_irregular_stay.is_not_stated(),
                ),
            ];
            let cost = |route: &[(&'static str, bool, bool)]| -> Option<usize> {
                route
                    .iter()
                    .filter(|(_, met, _)| !met)
                    .map(|(_, _, askable)| askable.then_some(1))
                    .sum()
            };
            let route = match (cost(entry), cost(stay)) {
                (Some(a), Some(b)) if b < a => stay,
                (Some(_), _) => entry,
                (None, Some(_)) => stay,
                (None, None) => return None,
            };
            for &(path, met, _) in route {
                need(
                    "an irregular entry or stay procured by another",
                    met,
                    &|f| f.push(path),
                )?;
            }
        }
        Verdict::UnsafeMigration => {
            let moved = m.migrated == Fact::Established || m.crossed_border == Fact::Established;
            need("a migration", moved, &|f| {
                unstated_fact("movement.migrated", m.migrated, f);
                unstated_fact("movement.crossed_border", m.crossed_border, f);
            })?;
            need(
                "a risk factor",
                case.risk_factors.level() == Level::Established,
                &|f| unstated(&case.risk_factors, f),
            )?;
        }
        Verdict::IrregularMigration => {
            need(
                "a border crossing",
                m.crossed_border == Fact::Established,
                &|f| unstated_fact("movement.crossed_border", m.crossed_border, f),
            )?;
            let outside =
                m.entry == Some(Regularity::Irregular) || m.stay == Some(Regularity::Irregular);
            need("an irregular entry or stay", outside, &|f| {
                if m.entry.is_none() {
                    f.push("movement.entry");
                }
                if m.stay.is_none() {
                    f.push("movement.stay");
                }
            })?;
        }
        Verdict::NoFinding => {}
    }
    Some(count)
}

/// The questions towards the nearest finding of higher precedence than
/// `current`: the one with the fewest missing parts (ties: higher precedence).
fn nearest(case: &Case, person: PersonStatus, current: Verdict) -> Vec<Question> {
    if current == Verdict::Trafficking {
        return Vec::new();
    }
    let mut scratch = Vec::with_capacity(32);
    // First count the missing parts of each finding, then list the facts of
    // the nearest one only.
    let best = Verdict::ALL
        .into_iter()
        .take_while(|v| *v != current)
        .filter_map(|v| {
            missing_parts(case, person, v, &mut scratch, &mut |_, _| {}).map(|n| (v, n))
        })
        .filter(|&(_, n)| n > 0)
        .min_by_key(|&(v, n)| (n, rank(v)));
    let Some((target, total)) = best else {
        return Vec::new();
    };
    // The parts of one finding never share a fact, so no fact is listed twice.
    let mut out: Vec<Question> = Vec::with_capacity(32);
    missing_parts(case, person, target, &mut scratch, &mut |name, facts| {
        let why = towards(target, total, name);
        out.extend(facts.iter().map(|&fact| Question {
            fact: Cow::Borrowed(fact),
            why: why.clone(),
        }));
    });
    out
}

/// Why to ask a question towards `target`, which needs `total` more parts,
/// one of them `part`: "Towards trafficking, which needs 3 more parts: this
/// would supply the act element."
fn towards(target: Verdict, total: usize, part: &'static str) -> Cow<'static, str> {
    // A case can get two dozen of these questions, most with the same words:
    // the usual sentences are made at compile time and shared, not
    // allocated one by one.
    let found = TOWARDS
        .iter()
        .find(|(v, n, p, _)| *v == target && *n == total && *p == part);
    match found {
        Some(&(.., words)) => Cow::Borrowed(words),
        None => Cow::Owned(crate::law::cat(&[
            "Towards ",
            target.name(),
            ", which needs ",
            &total.to_string(),
            if total == 1 {
                " more part"
            } else {
                " more parts"
            },
            ": this would supply ",
            part,
            ".",
        ])),
    }
}

/// The sentences of [`towards`] for each target with each of its parts, for
/// one to four missing parts.
macro_rules! towards_table {
    ($( $verdict:ident $target:literal: $($part:literal),+ ;)+) => {
        &[ $( $(
            (Verdict::$verdict, 1, $part, concat!("Towards ", $target, ", which needs 1 more part: this would supply ", $part, ".")),
            (Verdict::$verdict, 2, $part, concat!("Towards ", $target, ", which needs 2 more parts: this would supply ", $part, ".")),
            (Verdict::$verdict, 3, $part, concat!("Towards ", $target, ", which needs 3 more parts: this would supply ", $part, ".")),
            (Verdict::$verdict, 4, $part, concat!("Towards ", $target, ", which needs 4 more parts: this would supply ", $part, ".")),
        )+ )+ ]
    };
}

const TOWARDS: &[(Verdict, usize, &str, &str)] = towards_table! {
    Trafficking "trafficking": "the act element", "the means element (or the person being a child)", "the purpose element";
    PossibleTrafficking "possible_trafficking": "the act element", "the means element (or the person being a child)", "the purpose element";
    Smuggling "smuggling": "a financial or other material benefit", "an irregular entry or stay procured by another";
    UnsafeMigration "unsafe_migration": "a migration", "a risk factor";
    IrregularMigration "irregular_migration": "a border crossing", "an irregular entry or stay";
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_sentences_say_what_the_target_and_count_say() {
        for &(verdict, total, part, words) in TOWARDS {
            let plural = if total == 1 { "part" } else { "parts" };
            assert_eq!(
                words,
                format!(
                    "Towards {}, which needs {total} more {plural}: this would supply {part}.",
                    verdict.name()
                )
            );
        }
    }
}
