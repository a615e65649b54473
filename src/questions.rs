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
use crate::law::profile::{ChildRule, Definition, Element, Profile};
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
/// not listed: no answer to them changes the verdict.) The two exclusions of
/// smuggling are listed: a "yes" to them withdraws a smuggling verdict.
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
    Slot::Fact("movement.facilitator.humanitarian_or_family", |c| {
        &mut c.movement.facilitator.humanitarian_or_family
    }),
    Slot::Fact("movement.national_or_resident_of_destination", |c| {
        &mut c.movement.national_or_resident_of_destination
    }),
    Slot::Fact("movement.migrated", |c| &mut c.movement.migrated),
];

/// Whether a slot is still unanswered in `case`.
/// The age is asked when it decides something: unknown, or only presumed.
fn age_open(case: &Case, person: PersonStatus) -> bool {
    case.person.age.is_none()
        && matches!(person, PersonStatus::Unknown | PersonStatus::PresumedChild)
}

fn open(slot: Slot, case: &mut Case, person: PersonStatus) -> bool {
    match slot {
        // The age is asked when it decides something: unknown, or only presumed.
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
        profile: case.profile,
        // Indicators are read into the facts before questions are asked.
        indicators: crate::indicators::Indicators::new(),
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

/// Questions for the not-stated members of an element of the definition
/// that the profile asks about. Under a profile with several limbs (US sex
/// and labour trafficking) members differ in effect, so each is re-decided.
fn element<V: Element>(
    work: &mut Case,
    field: fn(&mut Case) -> &mut FactSet<V>,
    establishes: &'static str,
    current: Verdict,
    profile: Profile,
    out: &mut Vec<Decisive>,
    order: &mut usize,
) {
    let def = profile.definition();
    let set = *field(work);
    // Members that count in the same limbs have the same effect: decide once.
    let mut decided: Vec<(u32, Verdict)> = Vec::new();
    for (member, fact) in set.iter() {
        if !fact.is_not_stated() || !def.asks(member) {
            continue;
        }
        let mask = def.limb_mask(member);
        let yes = match decided.iter().find(|(m, _)| *m == mask) {
            Some((_, v)) => *v,
            None => {
                field(work).set(member, Fact::Established);
                let v = statuses(work, profile).verdict();
                field(work).set(member, Fact::NotStated);
                decided.push((mask, v));
                v
            }
        };
        if yes != current {
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

/// Questions for the not-stated members of a group whose members all have
/// the same effect (risk factors): the verdict is re-decided once.
fn group<V: Vocabulary>(
    work: &mut Case,
    field: fn(&mut Case) -> &mut FactSet<V>,
    establishes: &'static str,
    current: Verdict,
    profile: Profile,
    out: &mut Vec<Decisive>,
    order: &mut usize,
) {
    let set = *field(work);
    let Some(first) = set.iter().find(|(_, f)| f.is_not_stated()).map(|(m, _)| m) else {
        return;
    };
    field(work).set(first, Fact::Established);
    let yes = statuses(work, profile).verdict();
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

/// The questions for `case` under `profile`, most decisive first.
pub(crate) fn ask(
    case: &Case,
    person: PersonStatus,
    current: Verdict,
    profile: Profile,
) -> Vec<Question> {
    let mut work = scratch(case);
    let mut found: Vec<Decisive> = Vec::new();
    let mut order = 0;

    element(
        &mut work,
        |c| &mut c.act,
        "the act element",
        current,
        profile,
        &mut found,
        &mut order,
    );
    element(
        &mut work,
        |c| &mut c.means,
        "the means element",
        current,
        profile,
        &mut found,
        &mut order,
    );
    element(
        &mut work,
        |c| &mut c.purpose,
        "the purpose element",
        current,
        profile,
        &mut found,
        &mut order,
    );
    for &slot in SINGLE_SLOTS {
        if !open(slot, &mut work, person) {
            continue;
        }
        // A slot changes only the person or the movement: put them back
        // after each what-if, rather than copying the whole case.
        let mut verdict_with = |yes: bool| {
            let (person, movement) = (work.person, work.movement);
            slot.apply(&mut work, yes);
            let v = statuses(&work, profile).verdict();
            work.person = person;
            work.movement = movement;
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
        profile,
        &mut found,
        &mut order,
    );

    found.sort_by_key(|d| (d.best(), !(d.yes.is_some() && d.no.is_some()), d.order));
    let raises = found.iter().any(|d| d.best() < rank(current));
    // Facts of one element share their sentence: write it once per element.
    let mut questions: Vec<Question> = Vec::with_capacity(found.len());
    let mut last: Option<(&Decisive, Cow<'static, str>)> = None;
    for d in &found {
        let why = match &last {
            Some((prev, why)) if same_words(prev, d) => why.clone(),
            _ => why_text(d),
        };
        last = Some((d, why.clone()));
        questions.push(Question {
            fact: Cow::Borrowed(d.path),
            why,
        });
    }
    if !raises {
        for q in nearest(case, person, current, profile) {
            if !questions.iter().any(|have| have.fact == q.fact) {
                questions.push(q);
            }
        }
    }
    questions
}

/// Whether two questions get the same sentence.
fn same_words(a: &Decisive, b: &Decisive) -> bool {
    a.yes == b.yes
        && a.no == b.no
        && a.establishes == b.establishes
        && a.slot.is_none()
        && b.slot.is_none()
}

fn why_text(d: &Decisive) -> Cow<'static, str> {
    let mut parts = Vec::new();
    if let Some(v) = d.yes {
        let when = d.slot.map_or("if yes", |s| s.answer_words(true));
        match d.establishes {
            Some(what) => parts.push(format!(
                "{when}, {what} is established and the verdict becomes {v}"
            )),
            None => parts.push(format!("{when}, the verdict becomes {v}")),
        }
    }
    if let Some(v) = d.no {
        let when = d.slot.map_or("if no", |s| s.answer_words(false));
        parts.push(format!("{when}, the verdict becomes {v}"));
    }
    let mut why = parts.join("; ");
    if let Some(first) = why.get(0..1) {
        why = first.to_uppercase() + why.get(1..).unwrap_or("");
    }
    why.push('.');
    Cow::Owned(why)
}

/// One part of a finding that is still missing, and the facts that could supply it.
struct Part {
    name: &'static str,
    facts: Vec<&'static str>,
}

fn unstated<V: Vocabulary>(set: &FactSet<V>) -> Vec<&'static str> {
    set.iter()
        .filter(|(_, f)| f.is_not_stated())
        .map(|(m, _)| m.path())
        .collect()
}

/// The not-stated facts of `set` that the definition asks and that count in limb `index`.
fn unstated_in<V: Element>(def: &Definition, index: usize, set: &FactSet<V>) -> Vec<&'static str> {
    let limb = def.limb(index);
    set.iter()
        .filter(|(m, f)| f.is_not_stated() && def.asks(*m) && def.counts_in(limb, *m))
        .map(|(m, _)| m.path())
        .collect()
}

/// The missing parts of trafficking (at `bar`) under limb `index` of the
/// definition, or `None` when some part can no longer be supplied.
fn limb_parts(
    case: &Case,
    person: PersonStatus,
    def: &Definition,
    index: usize,
    bar: Level,
) -> Option<Vec<Part>> {
    let eval = def.evaluate_limb(case, person, index);
    let limb = def.limb(index);
    let age_open = age_open(case, person);
    let mut parts = Vec::new();
    // The facts that could supply a part are listed only when it is missing.
    let mut need =
        |name: &'static str, met: bool, facts: &dyn Fn() -> Vec<&'static str>| -> Option<()> {
            if !met {
                let facts = facts();
                if facts.is_empty() {
                    return None;
                }
                parts.push(Part { name, facts });
            }
            Some(())
        };
    need("the act element", eval.act >= bar, &|| {
        unstated_in(def, index, &case.act)
    })?;
    match limb.child {
        ChildRule::ChildOnly(_) => need("the person being a child", eval.available, &|| {
            if age_open {
                vec!["person.age"]
            } else {
                vec![]
            }
        })?,
        ChildRule::NoMeans(_) if !eval.child_rule => {
            need(
                "the means element (or the person being a child)",
                eval.means >= bar,
                &|| {
                    let mut facts = unstated_in(def, index, &case.means);
                    if age_open {
                        facts.push("person.age");
                    }
                    facts
                },
            )?;
        }
        ChildRule::MeansAlways { .. } => need("the means element", eval.means >= bar, &|| {
            unstated_in(def, index, &case.means)
        })?,
        ChildRule::NoMeans(_) => {}
    }
    need("the purpose element", eval.purpose >= bar, &|| {
        unstated_in(def, index, &case.purpose)
    })?;
    Some(parts)
}

/// The missing parts of `target`, or `None` when some part can no longer be
/// supplied by answering a question (every fact for it has been answered).
fn missing_parts(
    case: &Case,
    person: PersonStatus,
    target: Verdict,
    profile: Profile,
) -> Option<Vec<Part>> {
    let m = &case.movement;
    let mut parts = Vec::new();
    let mut need = |name: &'static str, met: bool, facts: Vec<&'static str>| -> Option<()> {
        if !met {
            if facts.is_empty() {
                return None;
            }
            parts.push(Part { name, facts });
        }
        Some(())
    };
    let unstated_fact = |path: &'static str, f: Fact| {
        if f.is_not_stated() {
            vec![path]
        } else {
            vec![]
        }
    };
    match target {
        Verdict::Trafficking | Verdict::PossibleTrafficking => {
            let bar = if target == Verdict::Trafficking {
                Level::Established
            } else {
                Level::Suspected
            };
            // The limb of the definition that is nearest (fewest parts; ties: the first).
            let def = profile.definition();
            let best = (0..def.limbs.len())
                .filter_map(|i| limb_parts(case, person, def, i, bar))
                .min_by_key(Vec::len)?;
            parts.extend(best);
        }
        Verdict::Smuggling => {
            if crate::law::smuggling_protocol::excluded(case) {
                return None;
            }
            let f = &m.facilitator;
            need(
                "a financial or other material benefit",
                f.material_benefit == Fact::Established,
                unstated_fact("movement.facilitator.material_benefit", f.material_benefit),
            )?;
            // The route with fewer missing parts: entry (art. 3(a)) or stay (art. 6(1)(c)).
            let entry: Vec<(&'static str, bool, bool)> = vec![
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
                    f.procured_entry == Fact::Established,
                    f.procured_entry.is_not_stated(),
                ),
            ];
            let stay: Vec<(&'static str, bool, bool)> = vec![
                (
                    "movement.stay",
                    m.stay == Some(Regularity::Irregular),
                    m.stay.is_none(),
                ),
                (
                    "movement.facilitator.enabled_irregular_stay",
                    f.enabled_irregular_stay == Fact::Established,
                    f.enabled_irregular_stay.is_not_stated(),
                ),
            ];
            let cost = |route: &[(&'static str, bool, bool)]| -> Option<usize> {
                route
                    .iter()
                    .filter(|(_, met, _)| !met)
                    .map(|(_, _, askable)| askable.then_some(1))
                    .sum()
            };
            let route = match (cost(&entry), cost(&stay)) {
                (Some(a), Some(b)) if b < a => stay,
                (Some(_), _) => entry,
                (None, Some(_)) => stay,
                (None, None) => return None,
            };
            for (path, met, _) in route {
                need(
                    "an irregular entry or stay procured by another",
                    met,
                    vec![path],
                )?;
            }
        }
        Verdict::UnsafeMigration => {
            let moved = m.migrated == Fact::Established || m.crossed_border == Fact::Established;
            let mut facts = unstated_fact("movement.migrated", m.migrated);
            facts.extend(unstated_fact("movement.crossed_border", m.crossed_border));
            need("a migration", moved, facts)?;
            need(
                "a risk factor",
                case.risk_factors.level() == Level::Established,
                unstated(&case.risk_factors),
            )?;
        }
        Verdict::IrregularMigration => {
            need(
                "a border crossing",
                m.crossed_border == Fact::Established,
                unstated_fact("movement.crossed_border", m.crossed_border),
            )?;
            let outside =
                m.entry == Some(Regularity::Irregular) || m.stay == Some(Regularity::Irregular);
            let mut facts = Vec::new();
            if m.entry.is_none() {
                facts.push("movement.entry");
            }
            if m.stay.is_none() {
                facts.push("movement.stay");
            }
            need("an irregular entry or stay", outside, facts)?;
        }
        Verdict::NoFinding => {}
    }
    Some(parts)
}

/// The questions towards the nearest finding of higher precedence than
/// `current`: the one with the fewest missing parts (ties: higher precedence).
fn nearest(case: &Case, person: PersonStatus, current: Verdict, profile: Profile) -> Vec<Question> {
    let best = Verdict::ALL
        .into_iter()
        .take_while(|v| *v != current)
        .filter_map(|v| missing_parts(case, person, v, profile).map(|parts| (v, parts)))
        .filter(|(_, parts)| !parts.is_empty())
        .min_by_key(|(v, parts)| (parts.len(), rank(*v)));
    let Some((target, parts)) = best else {
        return Vec::new();
    };
    let total = parts.len();
    let mut out: Vec<Question> = Vec::new();
    for part in &parts {
        let why: Cow<'static, str> = Cow::Owned(format!(
            "Towards {target}, which needs {total} more {}: this would supply {}.",
            if total == 1 { "part" } else { "parts" },
            part.name
        ));
        for &fact in &part.facts {
            if out.iter().any(|q| q.fact == fact) {
                continue;
            }
            out.push(Question {
                fact: Cow::Borrowed(fact),
                why: why.clone(),
            });
        }
    }
    out
}
