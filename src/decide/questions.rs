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

use super::interview::Topic;
use super::verdict::Statuses;
use super::{migration, person, smuggling, trafficking};
use crate::assessment::{AnswerWords, Asked, Part, PersonStatus, Question, Verdict};
use crate::law::profile::{ChildRule, Definition, Element, Profile, MAX_LIMBS};
use crate::law::trafficking_protocol::SERVILE_BY_PAYMENT;
use crate::model::{
    members, Act, Case, Fact, FactSet, Field, Level, Means, Purpose, Regularity, RiskFactor,
    Vocabulary,
};

/// What can be asked: a plain fact, a regular/irregular choice, or the age.
#[derive(Clone, Copy)]
enum Slot {
    /// A fact of `movement`: yes sets it to `true`.
    Fact(Field, fn(&mut Case) -> &mut Fact),
    /// `person.child_indicators`: yes sets it to `true`.
    ChildIndicators,
    /// `movement.entry` or `movement.stay`: yes is `"irregular"`, no `"regular"`.
    Regularity(Field, fn(&mut Case) -> &mut Option<Regularity>),
    /// `person.age`: yes is under 18, no is 18 or over.
    Age,
    /// A fact of `person` other than the age: yes sets it to `true`.
    Person(Field, fn(&mut Case) -> &mut Fact),
}

impl Slot {
    fn field(self) -> Field {
        match self {
            Slot::Fact(field, _) | Slot::Regularity(field, _) | Slot::Person(field, _) => field,
            Slot::ChildIndicators => Field::ChildIndicators,
            Slot::Age => Field::Age,
        }
    }

    /// Apply an answer to a scratch copy of the case.
    fn apply(self, case: &mut Case, yes: bool) {
        match self {
            Slot::Fact(_, field) | Slot::Person(_, field) => {
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
            Slot::ChildIndicators => {
                case.person.child_indicators = if yes {
                    Fact::Established
                } else {
                    Fact::RuledOut
                }
            }
            Slot::Age => case.person.age = Some(if yes { 17 } else { 18 }),
        }
    }

    /// The part of the case an answer changes.
    fn changes(self) -> Changed {
        match self {
            Slot::Age | Slot::ChildIndicators => Changed::Person,
            Slot::Person(..) => Changed::Custody,
            Slot::Fact(..) | Slot::Regularity(..) => Changed::Movement,
        }
    }

    /// How the answers to this slot are put in words.
    fn answer_words(self) -> AnswerWords {
        match self {
            Slot::Age => AnswerWords::Age,
            Slot::Regularity(..) => AnswerWords::Regularity,
            _ => AnswerWords::YesNo,
        }
    }
}

/// The single facts of `movement` and `person` that can change a verdict.
/// (Facts that only raise flags, and evidential facts such as consent, are
/// not listed: no answer to them changes the verdict.) The two exclusions of
/// smuggling are listed: a "yes" to them withdraws a smuggling verdict.
const SINGLE_SLOTS: &[Slot] = &[
    Slot::Age,
    Slot::ChildIndicators,
    Slot::Person(Field::UnderGuardianship, |c| {
        &mut c.person.under_guardianship
    }),
    Slot::Fact(Field::CrossedBorder, |c| &mut c.movement.crossed_border),
    Slot::Regularity(Field::Entry, |c| &mut c.movement.entry),
    Slot::Fact(Field::ProcuredEntry, |c| {
        &mut c.movement.facilitator.procured_entry
    }),
    Slot::Regularity(Field::Stay, |c| &mut c.movement.stay),
    Slot::Fact(Field::EnabledIrregularStay, |c| {
        &mut c.movement.facilitator.enabled_irregular_stay
    }),
    Slot::Fact(Field::MaterialBenefit, |c| {
        &mut c.movement.facilitator.material_benefit
    }),
    Slot::Fact(Field::HumanitarianOrFamily, |c| {
        &mut c.movement.facilitator.humanitarian_or_family
    }),
    Slot::Fact(Field::NationalOrResident, |c| {
        &mut c.movement.national_or_resident_of_destination
    }),
    Slot::Fact(Field::Migrated, |c| &mut c.movement.migrated),
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
        // Signs of childhood decide without a stated age, where no estimate
        // settles it: none, or one entirely 18 or over (which the signs
        // make uncertain, see `person::status`).
        Slot::ChildIndicators => {
            case.person.age.is_none()
                && case
                    .person
                    .age_estimate
                    .is_none_or(|r| r.min >= crate::law::age::MAJORITY)
                && case.person.child_indicators.is_not_stated()
        }
        Slot::Fact(_, field) | Slot::Person(_, field) => field(case).is_not_stated(),
        Slot::Regularity(_, field) => field(case).is_none(),
    }
}

/// A copy of the case without its id: the what-if evaluations need no text
/// and must not allocate.
fn scratch(case: &Case) -> Case {
    Case { id: None, ..*case }
}

/// The part of a case a what-if changes.
#[derive(Clone, Copy, Debug)]
enum Changed {
    /// Acts, means or purposes.
    Elements,
    /// The person (age, child indicators).
    Person,
    /// Whether the person is under custody or curatorship (a ward).
    Custody,
    /// The movement.
    Movement,
    /// The risk factors.
    RiskFactors,
}

/// Re-deciding the verdict after one answer. An answer changes one part of
/// the case, and only the statuses that read that part are decided again:
/// trafficking reads the person and the elements; smuggling and irregular
/// migration read the movement; unsafe migration the movement and the risk
/// factors (see `engine::statuses`). A test checks this against deciding
/// all four again, for every what-if of thousands of cases.
#[derive(Clone, Copy)]
struct WhatIf {
    /// The statuses of the case as stated.
    base: Statuses,
    profile: Profile,
}

impl WhatIf {
    /// Whether an answer that changes `changed` can change the verdict at
    /// all. Not when a finding of higher precedence than every status that
    /// part feeds already holds: it is decided on other parts of the case,
    /// so it still holds, and is still the verdict. A trafficking finding
    /// (established or suspected) outranks everything the movement feeds;
    /// smuggling outranks unsafe migration, all the risk factors feed.
    /// And an answer about the person finds no trafficking in a case
    /// without an act or a purpose (see [`WhatIf::verdict`]), nor is there
    /// any before it. An answer about the elements is a "yes": it only adds
    /// a fact, and an added fact lowers no element and no limb's finding
    /// (each is the strongest fact that counts), so trafficking already
    /// established stays established, and the verdict. So does a "yes" to
    /// custody: it only opens to the person a limb for minors that also
    /// reaches a ward (art. 8(2) of the Cambodian law), and leaves the
    /// others as they were. (Not so the signs of childhood: a presumed
    /// child loses that limb's reach as a ward, and is held at suspected.)
    /// `case` is the case, before or after the answer.
    fn can_change(&self, case: &Case, changed: Changed) -> bool {
        let trafficking = self.base.trafficking != Level::NotEstablished;
        let established = self.base.trafficking == Level::Established;
        let elements = || {
            case.act.level() != Level::NotEstablished
                && case.purpose.level() != Level::NotEstablished
        };
        match changed {
            Changed::Elements => !established,
            Changed::Person => elements(),
            Changed::Custody => !established && elements(),
            Changed::Movement => !trafficking,
            Changed::RiskFactors => !trafficking && self.base.smuggling != Level::Established,
        }
    }

    fn verdict(&self, work: &Case, changed: Changed) -> Verdict {
        let mut s = self.base;
        match changed {
            // Every definition needs an act and a purpose, at least
            // suspected (art. 3(a); `trafficking::status`): without a fact
            // of each, no answer about the person or the means finds
            // anything, and there is nothing to decide.
            Changed::Elements | Changed::Person | Changed::Custody
                if work.act.level() == Level::NotEstablished
                    || work.purpose.level() == Level::NotEstablished =>
            {
                s.trafficking = Level::NotEstablished;
            }
            Changed::Elements | Changed::Person | Changed::Custody => {
                s.trafficking = trafficking::decide(
                    self.profile.definition(),
                    work,
                    person::status(&work.person),
                )
                .status;
            }
            Changed::Movement => {
                s.smuggling = smuggling::status(work);
                s.unsafe_migration = migration::unsafe_status(work);
                s.irregular_migration = migration::irregular_status(work);
            }
            Changed::RiskFactors => s.unsafe_migration = migration::unsafe_status(work),
        }
        s.verdict()
    }
}

fn rank(verdict: Verdict) -> usize {
    verdict.precedence()
}

/// One decisive question before it is put into words.
struct Decisive {
    field: Field,
    /// The verdict with a "yes" answer, when it differs from the current one.
    yes: Option<Verdict>,
    /// The verdict with a "no" answer, when it differs.
    no: Option<Verdict>,
    /// What a "yes" establishes, for group facts (the means element).
    establishes: Option<Part>,
    slot: Option<Slot>,
    order: usize,
    /// The place of the fact in the interview order (see `interview`).
    topic: usize,
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
/// that the profile asks about (and `also`, a mask of members asked only in
/// this case). `shown` is the mask of members whose provisional reading has
/// its conditions shown by the case (see [`trafficking::shown`]): they count
/// as any other. Members that differ in effect (they count in other limbs,
/// or are read provisionally) are re-decided apart.
#[allow(clippy::too_many_arguments)]
fn element<V: Element>(
    work: &mut Case,
    field: fn(&mut Case) -> &mut FactSet<V>,
    also: u32,
    shown: u32,
    refuted: u32,
    establishes: Part,
    current: Verdict,
    what_if: WhatIf,
    out: &mut Vec<Decisive>,
    order: &mut usize,
) {
    if !what_if.can_change(work, Changed::Elements) {
        return;
    }
    // Every definition needs an act and a purpose (see `WhatIf::verdict`):
    // while the case has no fact of the other, no answer in this element
    // finds anything.
    let act = establishes == Part::Act || work.act.level() != Level::NotEstablished;
    let purpose = establishes == Part::Purpose || work.purpose.level() != Level::NotEstablished;
    if !(act && purpose) {
        return;
    }
    let def = what_if.profile.definition();
    let asked = field(work).unstated_mask() & (def.asking::<V>() | also);
    if asked == 0 {
        return;
    }
    // The verdict with a "yes" to `member`, on the scratch case.
    let mut yes_to = |member: V| {
        field(work).set(member, Fact::Established);
        let v = what_if.verdict(work, Changed::Elements);
        field(work).set(member, Fact::NotStated);
        v
    };
    // Except the fact that also completes a provisional reading (a payment
    // to a person in control makes a forced marriage servile): it has an
    // effect of its own.
    let own = own_effect::<V>() & asked;
    // Members whose "yes" has the same effect are decided once, on the
    // first of them: those that count in the same limbs, are read
    // provisionally or not (a forced marriage or an illegal adoption counts
    // at most as suspected: contract revision 2), and fall under the same
    // limbs' child caveats or not (the EU surrogacy exception holds a
    // child's finding at suspected). A member differs from another in
    // nothing else the decision reads. Each mask below tells members apart
    // (an unused one is empty and tells none apart). The members of a set
    // are found with masks, so a member is looked at one by one only when
    // its answer changes the verdict.
    let limbs = def.limbs.len().min(MAX_LIMBS);
    let mut apart = [0u32; 2 * MAX_LIMBS + 3];
    for i in 0..limbs {
        if let Some(mask) = apart.get_mut(2 * i) {
            *mask = def.counting::<V>(i);
        }
        if let Some(mask) = apart.get_mut(2 * i + 1) {
            *mask = def.caveated::<V>(i);
        }
    }
    // A fact read provisionally supplies its element only as suspected: a
    // "yes" to it does not establish the element, it changes the verdict.
    let provisional = def.provisional::<V>() & !shown;
    if let Some(mask) = apart.get_mut(2 * MAX_LIMBS) {
        *mask = provisional;
    }
    // A reading the case rules out (a forced marriage whose servile
    // conditions are stated false) does not count at all.
    if let Some(mask) = apart.get_mut(2 * MAX_LIMBS + 1) {
        *mask = refuted;
    }
    // A transfer or receipt may be a sale with a payment (the Cambodian
    // law's arts. 13-16, `trafficking::sold`).
    if let Some(mask) = apart.get_mut(2 * MAX_LIMBS + 2) {
        *mask = sale_effect::<V>(def);
    }
    // The members that have the same effect as `member` (a bit).
    let alike = |member: u32| {
        apart.iter().fold(u32::MAX, |same, &mask| {
            same & if mask & member != 0 { mask } else { !mask }
        })
    };
    // Each set decided, with the verdict a "yes" gives (at most one set
    // per member).
    let mut decided = [(0u32, current); u32::BITS as usize];
    let mut sets = 0;
    let mut left = asked & !own;
    let mut changing = 0u32;
    while let Some(first) = members::<V>(left).next() {
        let in_set = left & alike(crate::model::bit(first));
        left &= !in_set;
        let v = yes_to(first);
        if v != current {
            changing |= in_set;
            if let Some(slot) = decided.get_mut(sets) {
                *slot = (in_set, v);
                sets += 1;
            }
        }
    }
    let own_yes = members::<V>(own).next().map(&mut yes_to);
    if own_yes.is_some_and(|v| v != current) {
        changing |= own;
    }
    // Where a payment can make a transfer or receipt a sale, what their
    // answers supply depends on each other and on the limb that goes
    // furthest: they are said to decide, not to supply an element.
    // The payment that would also make a forced marriage servile (art.
    // 1(c)(i)) does more than supply a means: where a forced marriage waits
    // on that condition, it is said to decide, not to establish the means
    // (for a child, the means is not even needed).
    let (_, marriage) = SERVILE_BY_PAYMENT;
    let marriage_waits = work.purpose.get(marriage).is_present()
        && def.provisional::<Purpose>() & crate::model::bit(marriage) != 0
        && trafficking::shown(work) & crate::model::bit(marriage) == 0;
    let no_element = provisional | sale_effect::<V>(def) | if marriage_waits { own } else { 0 };
    for member in members::<V>(changing) {
        let bit = crate::model::bit(member);
        let yes = if bit & own != 0 {
            own_yes
        } else {
            decided
                .iter()
                .take(sets)
                .find(|(set, _)| set & bit != 0)
                .map(|(_, v)| *v)
        };
        if let Some(yes) = yes {
            let supplies = (bit & no_element == 0).then_some(establishes);
            push_yes(out, order, member.field(), yes, supplies);
        }
    }
}

/// The member of `V` whose answer has an effect of its own (the means
/// that completes a provisional reading, [`SERVILE_BY_PAYMENT`]), as a
/// mask: empty for the other vocabularies.
fn own_effect<V: Vocabulary>() -> u32 {
    let (means, _) = SERVILE_BY_PAYMENT;
    V::ALL
        .get(means.index())
        .filter(|m| m.field() == means.field())
        .map_or(0, |m| crate::model::bit(*m))
}

/// The members of `V` a payment can make a sale of, and the payment itself,
/// under a definition that reads a sale into a payment to a person in
/// control (`trafficking::sold`), as a mask: empty under the others.
fn sale_effect<V: Vocabulary>(def: &Definition) -> u32 {
    if def.provisions.sale_by_payment.is_none() {
        return 0;
    }
    let sale = [
        Field::Act(crate::model::Act::Transfer),
        Field::Act(crate::model::Act::Receipt),
        Field::Means(Means::PaymentToController),
    ];
    // The acts of the sale offences themselves count only as far as the
    // payment does (`trafficking::unpaid`).
    let of_sale = |field: Field| {
        def.limbs.iter().any(|limb| {
            matches!(limb.child, ChildRule::NoMeansAtAnyAge(_))
                && matches!(field, Field::Act(act) if limb.acts.is_some_and(|acts| acts.contains(&act)))
        })
    };
    V::ALL
        .iter()
        .filter(|m| sale.contains(&m.field()) || of_sale(m.field()))
        .fold(0, |mask, m| mask | crate::model::bit(*m))
}

/// `purpose.servile_marriage` is asked only of a case that records a forced
/// marriage read in provisionally: its answer is the 1956 condition (art.
/// 1(c)) the reading waits for. A mask of purposes.
fn servile_asked(case: &Case, def: &Definition) -> u32 {
    let (_, forced) = SERVILE_BY_PAYMENT;
    let servile = crate::model::bit(Purpose::ServileMarriage);
    if case.purpose.get(forced).is_present()
        && def.provisional::<Purpose>() & crate::model::bit(forced) != 0
    {
        servile
    } else {
        0
    }
}

/// Record that a "yes" to `field` (a member of a group, so what it
/// establishes is the group's, if it establishes anything) makes the
/// verdict `yes`.
fn push_yes(
    out: &mut Vec<Decisive>,
    order: &mut usize,
    field: Field,
    yes: Verdict,
    establishes: Option<Part>,
) {
    record(
        out,
        Decisive {
            field,
            yes: Some(yes),
            no: None,
            establishes,
            slot: None,
            order: *order,
            topic: Topic::of(field) as usize,
        },
    );
    *order += 1;
}

/// Add a decisive question to `out`. Most cases have few: room for 8 is
/// made at the first, so that a case with none allocates nothing.
fn record(out: &mut Vec<Decisive>, decisive: Decisive) {
    if out.capacity() == 0 {
        out.reserve_exact(8);
    }
    out.push(decisive);
}

/// Questions for the not-stated members of a group whose members all have
/// the same effect (risk factors): the verdict is re-decided once.
fn group<V: Vocabulary>(
    work: &mut Case,
    field: fn(&mut Case) -> &mut FactSet<V>,
    establishes: Part,
    current: Verdict,
    what_if: WhatIf,
    out: &mut Vec<Decisive>,
    order: &mut usize,
) {
    if !what_if.can_change(work, Changed::RiskFactors) {
        return;
    }
    let set = *field(work);
    let Some(first) = members::<V>(set.unstated_mask()).next() else {
        return;
    };
    field(work).set(first, Fact::Established);
    let yes = what_if.verdict(work, Changed::RiskFactors);
    field(work).set(first, Fact::NotStated);
    if yes == current {
        return;
    }
    for member in members::<V>(set.unstated_mask()) {
        push_yes(out, order, member.field(), yes, Some(establishes));
    }
}

/// The questions for `case` under `profile`, most decisive first.
pub(crate) fn ask(
    case: &Case,
    person: PersonStatus,
    statuses: Statuses,
    profile: Profile,
    standing: &trafficking::Standing,
) -> Vec<Question> {
    let current = statuses.verdict();
    let what_if = WhatIf {
        base: statuses,
        profile,
    };
    let mut work = scratch(case);
    // Many cases have no decisive question: room is made at the first
    // (see `record`).
    let mut found: Vec<Decisive> = Vec::new();
    let mut order = 0;

    element(
        &mut work,
        |c| &mut c.act,
        0,
        0,
        0,
        Part::Act,
        current,
        what_if,
        &mut found,
        &mut order,
    );
    // A payment to a person in control is no means under a definition that
    // reads it as a sale, but its answer can make a transfer one.
    let paid = sale_effect::<Means>(profile.definition());
    element(
        &mut work,
        |c| &mut c.means,
        paid,
        0,
        0,
        Part::Means,
        current,
        what_if,
        &mut found,
        &mut order,
    );
    element(
        &mut work,
        |c| &mut c.purpose,
        servile_asked(case, profile.definition()),
        trafficking::shown(case),
        trafficking::refuted(profile.definition(), case),
        Part::Purpose,
        current,
        what_if,
        &mut found,
        &mut order,
    );
    for &slot in SINGLE_SLOTS {
        if !what_if.can_change(&work, slot.changes()) || !open(slot, &mut work, person) {
            continue;
        }
        // A slot changes only the person or the movement: put them back
        // after each what-if, rather than copying the whole case.
        let mut verdict_with = |yes: bool| {
            let (person, movement) = (work.person, work.movement);
            slot.apply(&mut work, yes);
            let v = what_if.verdict(&work, slot.changes());
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
            record(
                &mut found,
                Decisive {
                    field: slot.field(),
                    yes,
                    no,
                    establishes: None,
                    slot: Some(slot),
                    order,
                    topic: Topic::of(slot.field()) as usize,
                },
            );
            order += 1;
        }
    }
    group(
        &mut work,
        |c| &mut c.risk_factors,
        Part::RiskFactor,
        current,
        what_if,
        &mut found,
        &mut order,
    );

    // `order` is unique: an unstable sort gives the one order.
    // The interview order within a verdict (see `interview`): the first
    // question is the interview's next one.
    found.sort_unstable_by_key(|d| {
        (
            d.best(),
            d.topic,
            !(d.yes.is_some() && d.no.is_some()),
            d.order,
        )
    });
    let raises = found.iter().any(|d| d.best() < rank(current));
    let towards_nearest = if raises {
        None
    } else {
        nearest(case, person, current, profile, standing)
    };
    let more = towards_nearest
        .as_ref()
        .map_or(0, |(_, parts)| parts.iter().map(|p| p.facts.len()).sum());
    // Facts of one element share their sentence: write it once per element.
    let mut questions: Vec<Question> = Vec::with_capacity(found.len() + more);
    for d in &found {
        let asked = match (d.establishes, d.slot) {
            (Some(what), _) if !established(what, standing) => Asked::Establishes {
                what,
                yes: d.yes.unwrap_or(Verdict::NoFinding),
            },
            // An element the case already establishes is not established by
            // the answer: the answer changes the verdict another way (it
            // makes another limb apply: a removal from custody, a sale).
            (Some(_), _) => Asked::Decides {
                answer: AnswerWords::YesNo,
                yes: d.yes,
                no: d.no,
            },
            (None, slot) => Asked::Decides {
                answer: slot.map_or(AnswerWords::YesNo, Slot::answer_words),
                yes: d.yes,
                no: d.no,
            },
        };
        questions.push(Question::at(d.field, asked));
    }
    if let Some((target, parts)) = &towards_nearest {
        towards(*target, parts, &mut questions);
    }
    questions
}

/// Whether the element `what` is established as the case stands.
fn established(what: Part, standing: &trafficking::Standing) -> bool {
    let d = standing.best();
    let level = match what {
        Part::Act => d.act,
        Part::Means => d.means,
        Part::Purpose => d.purpose,
        _ => return false,
    };
    level == Level::Established
}

/// For the interview: the facts whose answer changes the verdict, each with
/// the most serious verdict an answer leads to (the decisive questions of
/// [`ask`]).
pub(super) fn decisive(
    case: &Case,
    person: PersonStatus,
    statuses: Statuses,
    profile: Profile,
) -> Vec<(&'static str, Verdict)> {
    let best = |yes: Option<Verdict>, no: Option<Verdict>| {
        yes.into_iter().chain(no).min_by_key(|v| rank(*v))
    };
    let standing = trafficking::Standing::of(profile.definition(), case, person);
    ask(case, person, statuses, profile, &standing)
        .into_iter()
        .filter_map(|q| {
            let path = match q.fact {
                std::borrow::Cow::Borrowed(p) => p,
                std::borrow::Cow::Owned(_) => return None,
            };
            match q.asked {
                Asked::Establishes { yes, .. } => Some((path, yes)),
                Asked::Decides { yes, no, .. } => best(yes, no).map(|v| (path, v)),
                Asked::Towards { .. } | Asked::Indicator { .. } | Asked::Unknown => None,
            }
        })
        .collect()
}

/// The level trafficking must reach for `target`: established for
/// trafficking, suspected for possible trafficking.
fn bar_of(target: Verdict) -> Level {
    if target == Verdict::Trafficking {
        Level::Established
    } else {
        Level::Suspected
    }
}

/// For the interview: the ways `target` could still be reached, each as its
/// missing parts, each part as the paths of the facts that could supply it.
/// Unlike `next_questions`, which follows the nearest way, the interview
/// keeps every way open: each limb of the definition, and both routes of
/// smuggling (entry, stay).
pub(super) fn missing_facts(
    case: &Case,
    person: PersonStatus,
    target: Verdict,
    profile: Profile,
) -> Vec<Vec<Vec<&'static str>>> {
    let def = profile.definition();
    let standing = trafficking::Standing::of(def, case, person);
    let paths = |parts: Parts| -> Vec<Vec<&'static str>> {
        parts
            .iter()
            .map(|part| {
                let mut paths = Vec::new();
                part.facts.each_field(|f| paths.push(f.path()));
                paths
            })
            .collect()
    };
    match target {
        Verdict::Trafficking | Verdict::PossibleTrafficking => {
            let bar = bar_of(target);
            (0..def.limbs.len())
                .filter_map(|i| limb_parts(case, person, def, &standing.limb(i)?, bar))
                .map(paths)
                .collect()
        }
        Verdict::Smuggling => {
            if smuggling::excluded(case) {
                return Vec::new();
            }
            let m = &case.movement;
            let f = &m.facilitator;
            let route = |steps: &[(u32, bool)]| -> Option<Parts> {
                let mut parts = Parts::new();
                parts.need(
                    Part::Benefit,
                    f.material_benefit == Fact::Established,
                    || Facts::other(if_unstated(f.material_benefit, MATERIAL_BENEFIT)),
                )?;
                let mut facts = Facts::default();
                let mut met = true;
                for &(fact, done) in steps {
                    if !done {
                        met = false;
                        facts = facts.with(Facts::other(fact));
                    }
                }
                parts.need(Part::Procured, met, || facts)?;
                Some(parts)
            };
            let unstated = |fact: Fact, mask: u32| if_unstated(fact, mask);
            let entry = route(&[
                (
                    unstated(m.crossed_border, CROSSED_BORDER),
                    m.crossed_border == Fact::Established,
                ),
                (
                    if m.entry.is_none() { ENTRY } else { 0 },
                    m.entry == Some(Regularity::Irregular),
                ),
                (
                    unstated(f.procured_entry, PROCURED_ENTRY),
                    f.procured_entry == Fact::Established,
                ),
            ]);
            let stay = route(&[
                (
                    if m.stay.is_none() { STAY } else { 0 },
                    m.stay == Some(Regularity::Irregular),
                ),
                (
                    unstated(f.enabled_irregular_stay, ENABLED_IRREGULAR_STAY),
                    f.enabled_irregular_stay == Fact::Established,
                ),
            ]);
            // A route with a step that is neither met nor askable is closed.
            let open = |steps: &[(Fact, bool)]| {
                steps.iter().all(|(fact, met)| *met || fact.is_not_stated())
            };
            let regular = |r: Option<Regularity>| match r {
                None => Fact::NotStated,
                Some(Regularity::Irregular) => Fact::Established,
                Some(Regularity::Regular) => Fact::RuledOut,
            };
            let entry_open = open(&[
                (m.crossed_border, m.crossed_border == Fact::Established),
                (regular(m.entry), m.entry == Some(Regularity::Irregular)),
                (f.procured_entry, f.procured_entry == Fact::Established),
            ]);
            let stay_open = open(&[
                (regular(m.stay), m.stay == Some(Regularity::Irregular)),
                (
                    f.enabled_irregular_stay,
                    f.enabled_irregular_stay == Fact::Established,
                ),
            ]);
            [(entry, entry_open), (stay, stay_open)]
                .into_iter()
                .filter(|(_, open)| *open)
                .filter_map(|(parts, _)| parts)
                .map(paths)
                .collect()
        }
        _ => missing_parts(case, person, target, profile, &standing)
            .map(paths)
            .into_iter()
            .collect(),
    }
}

/// The facts of `movement` and `person` that can supply a missing part, in
/// the order they are asked.
const OTHER: [Field; 9] = [
    Field::Age,
    Field::UnderGuardianship,
    Field::Migrated,
    Field::CrossedBorder,
    Field::Entry,
    Field::Stay,
    Field::MaterialBenefit,
    Field::ProcuredEntry,
    Field::EnabledIrregularStay,
];
const AGE: u32 = 1 << 0;
const GUARDIANSHIP: u32 = 1 << 1;
const MIGRATED: u32 = 1 << 2;
const CROSSED_BORDER: u32 = 1 << 3;
const ENTRY: u32 = 1 << 4;
const STAY: u32 = 1 << 5;
const MATERIAL_BENEFIT: u32 = 1 << 6;
const PROCURED_ENTRY: u32 = 1 << 7;
const ENABLED_IRREGULAR_STAY: u32 = 1 << 8;

/// Facts that could supply a part, as masks (one per vocabulary, and one
/// over [`OTHER`]): candidate findings are compared without allocating, and
/// the facts are listed only for the one chosen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Facts {
    act: u32,
    means: u32,
    purpose: u32,
    risk: u32,
    other: u32,
}

impl Facts {
    fn other(mask: u32) -> Facts {
        Facts {
            other: mask,
            ..Facts::default()
        }
    }

    /// The fact `field`, as masks; empty for a field no part is supplied by.
    fn of(field: Field) -> Facts {
        let mut facts = Facts::default();
        match field {
            Field::Act(m) => facts.act = crate::model::bit(m),
            Field::Means(m) => facts.means = crate::model::bit(m),
            Field::Purpose(m) => facts.purpose = crate::model::bit(m),
            Field::Risk(m) => facts.risk = crate::model::bit(m),
            other => {
                facts.other = OTHER
                    .iter()
                    .position(|f| *f == other)
                    .and_then(|i| u32::try_from(i).ok())
                    .map_or(0, |i| 1u32.checked_shl(i).unwrap_or(0));
            }
        }
        facts
    }

    fn is_empty(self) -> bool {
        self == Facts::default()
    }

    fn len(self) -> usize {
        [self.act, self.means, self.purpose, self.risk, self.other]
            .iter()
            .map(|m| m.count_ones() as usize)
            .sum()
    }

    fn without(self, seen: Facts) -> Facts {
        Facts {
            act: self.act & !seen.act,
            means: self.means & !seen.means,
            purpose: self.purpose & !seen.purpose,
            risk: self.risk & !seen.risk,
            other: self.other & !seen.other,
        }
    }

    fn with(self, more: Facts) -> Facts {
        Facts {
            act: self.act | more.act,
            means: self.means | more.means,
            purpose: self.purpose | more.purpose,
            risk: self.risk | more.risk,
            other: self.other | more.other,
        }
    }

    /// Call `f` with each fact's path, in contract order.
    fn each_field(self, mut f: impl FnMut(Field)) {
        members::<Act>(self.act).for_each(|m| f(m.field()));
        members::<Means>(self.means).for_each(|m| f(m.field()));
        members::<Purpose>(self.purpose).for_each(|m| f(m.field()));
        members::<RiskFactor>(self.risk).for_each(|m| f(m.field()));
        let mut other = self.other;
        while other != 0 {
            let i = other.trailing_zeros();
            other &= other - 1;
            if let Some(field) = usize::try_from(i).ok().and_then(|i| OTHER.get(i)) {
                f(*field);
            }
        }
    }

    /// The facts' paths, in contract order.
    #[cfg(test)]
    fn paths(self) -> Vec<&'static str> {
        let mut paths = Vec::new();
        self.each_field(|f| paths.push(f.path()));
        paths
    }
}

/// `mask` if `fact` is not stated.
fn if_unstated(fact: Fact, mask: u32) -> u32 {
    if fact.is_not_stated() {
        mask
    } else {
        0
    }
}

/// One part of a finding that is still missing, and the facts that could supply it.
#[derive(Clone, Copy)]
struct MissingPart {
    name: Part,
    facts: Facts,
}

/// The missing parts of a finding (no finding has more than [`Parts::CAP`]).
#[derive(Clone, Copy)]
struct Parts {
    items: [Option<MissingPart>; Parts::CAP],
    len: usize,
}

impl Parts {
    const CAP: usize = 4;

    fn new() -> Parts {
        Parts {
            items: [None; Parts::CAP],
            len: 0,
        }
    }

    /// Record a part that is not `met`; `None` when it is missing and no
    /// fact is left that could supply it.
    fn need(&mut self, name: Part, met: bool, facts: impl FnOnce() -> Facts) -> Option<()> {
        if !met {
            let facts = facts();
            if facts.is_empty() {
                return None;
            }
            // Each finding below records at most `CAP` parts.
            let slot = self.items.get_mut(self.len)?;
            *slot = Some(MissingPart { name, facts });
            self.len += 1;
        }
        Some(())
    }

    fn iter(&self) -> impl Iterator<Item = &MissingPart> {
        self.items.iter().flatten()
    }
}

/// The missing parts of trafficking (at `bar`) under the limb decided in
/// `eval` (the case as it stands), or `None` when some part can no longer
/// be supplied.
fn limb_parts(
    case: &Case,
    person: PersonStatus,
    def: &Definition,
    eval: &trafficking::Decision,
    bar: Level,
) -> Option<Parts> {
    let index = eval.limb;
    let limb = def.limb(index);
    let age = if age_open(case, person) { AGE } else { 0 };
    let mut parts = Parts::new();
    // The facts that could supply a part are listed only when it is missing.
    // In the sale offences the act is a handing over for value: a payment
    // to a person in control, not yet stated, can supply it too
    // (`trafficking::unpaid`, `trafficking::sold`).
    let value = if matches!(limb.child, ChildRule::NoMeansAtAnyAge(_))
        && def.provisions.sale_by_payment.is_some()
        && case.means.get(Means::PaymentToController).is_not_stated()
    {
        crate::model::bit(Means::PaymentToController)
    } else {
        0
    };
    parts.need(Part::Act, eval.act >= bar, || Facts {
        act: case.act.unstated_mask() & def.asked::<Act>(index),
        means: value,
        ..Facts::default()
    })?;
    // A presumed child meets the child rule only provisionally: an
    // established finding needs the age verified (or, where the limb allows,
    // a means).
    let provisional = eval.presumed && bar == Level::Established;
    match limb.child {
        ChildRule::ChildOnly(_) => {
            // Art. 8(2) (Cambodia): a minor, or a person under custody or
            // curatorship.
            let ward = if limb.guardianship
                && !person.child_rule_applies()
                && case.person.under_guardianship.is_not_stated()
            {
                GUARDIANSHIP
            } else {
                0
            };
            let met =
                eval.available && !provisional && (eval.ward >= bar || person.child_rule_applies());
            parts.need(Part::Child, met, || Facts::other(age | ward))?
        }
        ChildRule::NoMeansAtAnyAge(_) => {}
        ChildRule::NoMeans(_) if !eval.child_rule || provisional => {
            // The person's being a child supplies it only while the age
            // can still be asked (unknown, or only presumed): not for a
            // person whose age says they are an adult.
            let part = if age == 0 {
                Part::Means
            } else {
                Part::MeansOrChild
            };
            parts.need(part, eval.means >= bar, || Facts {
                means: case.means.unstated_mask() & def.asked::<Means>(index),
                other: age,
                ..Facts::default()
            })?;
        }
        ChildRule::MeansAlways { .. } => parts.need(Part::Means, eval.means >= bar, || Facts {
            means: case.means.unstated_mask() & def.asked::<Means>(index),
            ..Facts::default()
        })?,
        ChildRule::NoMeans(_) => {}
    }
    parts.need(Part::Purpose, eval.purpose >= bar, || {
        // A provisional reading (a forced marriage) is completed by the fact
        // that shows its condition (a payment to a person in control).
        let (means, purpose) = SERVILE_BY_PAYMENT;
        let completes = def.provisional::<Purpose>() & crate::model::bit(purpose) != 0
            && case.purpose.get(purpose) == Fact::Established;
        Facts {
            // The servile-marriage facts complete a forced marriage too
            // (1956 Convention art. 1(c)), asked only then.
            purpose: case.purpose.unstated_mask()
                & (def.asked::<Purpose>(index)
                    | if completes {
                        crate::model::bit(Purpose::ServileMarriage)
                            & def.counting_in::<Purpose>(def.limb(index))
                    } else {
                        0
                    }),
            means: if completes {
                case.means.unstated_mask() & crate::model::bit(means) & def.asked::<Means>(index)
            } else {
                0
            },
            ..Facts::default()
        }
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
    standing: &trafficking::Standing,
) -> Option<Parts> {
    let m = &case.movement;
    let mut parts = Parts::new();
    match target {
        Verdict::Trafficking | Verdict::PossibleTrafficking => {
            let bar = bar_of(target);
            // The limb of the definition that is nearest (fewest parts; ties: the first).
            let def = profile.definition();
            return (0..def.limbs.len())
                .filter_map(|i| limb_parts(case, person, def, &standing.limb(i)?, bar))
                .min_by_key(|p| p.len);
        }
        Verdict::Smuggling => {
            if smuggling::excluded(case) {
                return None;
            }
            let f = &m.facilitator;
            parts.need(
                Part::Benefit,
                f.material_benefit == Fact::Established,
                || Facts::other(if_unstated(f.material_benefit, MATERIAL_BENEFIT)),
            )?;
            // The route with fewer missing parts: entry (art. 3(a)) or stay
            // (art. 6(1)(c)). Each step: its fact, whether it is met, whether
            // it can still be asked.
            let entry = [
                (
                    CROSSED_BORDER,
                    m.crossed_border == Fact::Established,
                    m.crossed_border.is_not_stated(),
                ),
                (
                    ENTRY,
                    m.entry == Some(Regularity::Irregular),
                    m.entry.is_none(),
                ),
                (
                    PROCURED_ENTRY,
                    f.procured_entry == Fact::Established,
                    f.procured_entry.is_not_stated(),
                ),
            ];
            let stay = [
                (
                    STAY,
                    m.stay == Some(Regularity::Irregular),
                    m.stay.is_none(),
                ),
                (
                    ENABLED_IRREGULAR_STAY,
                    f.enabled_irregular_stay == Fact::Established,
                    f.enabled_irregular_stay.is_not_stated(),
                ),
            ];
            let cost = |route: &[(u32, bool, bool)]| -> Option<usize> {
                route
                    .iter()
                    .filter(|(_, met, _)| !met)
                    .map(|(_, _, askable)| askable.then_some(1))
                    .sum()
            };
            let route: &[(u32, bool, bool)] = match (cost(&entry), cost(&stay)) {
                (Some(a), Some(b)) if b < a => &stay,
                (Some(_), _) => &entry,
                (None, Some(_)) => &stay,
                (None, None) => return None,
            };
            for &(fact, met, _) in route {
                parts.need(Part::Procured, met, || Facts::other(fact))?;
            }
        }
        Verdict::UnsafeMigration => {
            let moved = m.migrated == Fact::Established || m.crossed_border == Fact::Established;
            parts.need(Part::Migration, moved, || {
                Facts::other(
                    if_unstated(m.migrated, MIGRATED)
                        | if_unstated(m.crossed_border, CROSSED_BORDER),
                )
            })?;
            parts.need(
                Part::RiskFactor,
                case.risk_factors.level() == Level::Established,
                || Facts {
                    risk: case.risk_factors.unstated_mask(),
                    ..Facts::default()
                },
            )?;
        }
        Verdict::IrregularMigration => {
            parts.need(
                Part::BorderCrossing,
                m.crossed_border == Fact::Established,
                || Facts::other(if_unstated(m.crossed_border, CROSSED_BORDER)),
            )?;
            let outside =
                m.entry == Some(Regularity::Irregular) || m.stay == Some(Regularity::Irregular);
            parts.need(Part::IrregularEntryOrStay, outside, || {
                Facts::other(
                    if m.entry.is_none() { ENTRY } else { 0 }
                        | if m.stay.is_none() { STAY } else { 0 },
                )
            })?;
        }
        Verdict::NoFinding => {}
    }
    Some(parts)
}

/// The nearest finding of higher precedence than `current` (the one with
/// the fewest missing parts; ties: higher precedence), and its parts.
fn nearest(
    case: &Case,
    person: PersonStatus,
    current: Verdict,
    profile: Profile,
    standing: &trafficking::Standing,
) -> Option<(Verdict, Parts)> {
    // Candidates in order of precedence: a later one wins only with fewer parts.
    let mut best: Option<(Verdict, Parts)> = None;
    for v in Verdict::ALL.into_iter().take_while(|v| *v != current) {
        if let Some(parts) = missing_parts(case, person, v, profile, standing) {
            if parts.len > 0 && best.as_ref().is_none_or(|(_, b)| parts.len < b.len) {
                best = Some((v, parts));
            }
        }
    }
    best
}

/// Add the questions towards `target`, which needs `parts`, to `out`,
/// leaving out the facts it already asks.
fn towards(target: Verdict, parts: &Parts, out: &mut Vec<Question>) {
    // The facts the decisive questions already ask, as masks.
    let decisive = out
        .iter()
        .filter_map(|q| q.field)
        .fold(Facts::default(), |facts, field| {
            facts.with(Facts::of(field))
        });
    let mut seen = Facts::default();
    let total = u8::try_from(parts.len).unwrap_or(u8::MAX);
    // In the interview's order: the age first (it decides whether a means
    // is needed), then the parts in order.
    let first = Facts::other(AGE);
    for pass in [first, Facts::default()] {
        for part in parts.iter() {
            let why = Asked::Towards {
                target,
                total,
                part: part.name,
            };
            let mut facts = part.facts.without(seen);
            if !pass.is_empty() {
                facts = Facts::other(facts.other & pass.other);
            }
            seen = seen.with(facts);
            facts
                .without(decisive)
                .each_field(|fact| out.push(Question::at(fact, why)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator of cases (xorshift), dense enough in
    /// every part for each what-if to matter somewhere.
    struct Cases(u64);

    impl Cases {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn fact(&mut self) -> Fact {
            [
                Fact::NotStated,
                Fact::NotStated,
                Fact::RuledOut,
                Fact::Suspected,
                Fact::Established,
            ][(self.next() % 5) as usize]
        }

        fn set<V: Vocabulary>(&mut self, density: u64) -> FactSet<V> {
            let mut set = FactSet::new();
            for m in V::ALL {
                if self.next() % 100 < density {
                    set.set(*m, self.fact());
                }
            }
            set
        }

        fn regularity(&mut self) -> Option<Regularity> {
            [None, Some(Regularity::Regular), Some(Regularity::Irregular)]
                [(self.next() % 3) as usize]
        }

        fn case(&mut self) -> Case {
            let density = [5, 15, 40][(self.next() % 3) as usize];
            let mut c = Case::new();
            match self.next() % 4 {
                0 => c.person.age = Some((self.next() % 40) as u8),
                1 => {
                    let min = (self.next() % 30) as u8;
                    c.person.age_estimate = Some(crate::model::AgeRange {
                        min,
                        max: min + (self.next() % 6) as u8,
                    })
                }
                _ => {}
            }
            c.person.child_indicators = self.fact();
            c.act = self.set(density);
            c.means = self.set(density);
            c.purpose = self.set(density);
            c.risk_factors = self.set(density);
            let m = &mut c.movement;
            m.migrated = self.fact();
            m.crossed_border = self.fact();
            m.national_or_resident_of_destination = self.fact();
            m.entry = self.regularity();
            m.stay = self.regularity();
            m.facilitator.procured_entry = self.fact();
            m.facilitator.enabled_irregular_stay = self.fact();
            m.facilitator.material_benefit = self.fact();
            m.facilitator.humanitarian_or_family = self.fact();
            c
        }
    }

    /// `check` each copy of `case` with one member of a group answered yes.
    fn each_yes<V: Vocabulary>(
        case: &Case,
        field: fn(&mut Case) -> &mut FactSet<V>,
        changed: Changed,
        check: &mut dyn FnMut(&Case, Changed),
    ) {
        for m in V::ALL {
            let mut work = case.clone();
            field(&mut work).set(*m, Fact::Established);
            check(&work, changed);
        }
    }

    /// Every what-if decided by [`WhatIf`] (only the statuses its part of
    /// the case feeds) gives the verdict of deciding all four again.
    #[test]
    fn a_what_if_decides_again_what_it_can_change() {
        use crate::decide::statuses;
        let mut cases = Cases(0x5eed_cafe_f00d_1234);
        let mut changed = 0;
        for _ in 0..4000 {
            let case = cases.case();
            for profile in Profile::ALL {
                let what_if = WhatIf {
                    base: statuses(&case, profile),
                    profile,
                };
                let mut check = |work: &Case, part: Changed| {
                    let full = statuses(work, profile).verdict();
                    assert_eq!(what_if.verdict(work, part), full, "{part:?} {work:?}");
                    if !what_if.can_change(work, part) {
                        assert_eq!(full, what_if.base.verdict(), "{part:?} {work:?}");
                    }
                    changed += usize::from(full != what_if.base.verdict());
                };
                each_yes(&case, |c| &mut c.act, Changed::Elements, &mut check);
                each_yes(&case, |c| &mut c.means, Changed::Elements, &mut check);
                each_yes(&case, |c| &mut c.purpose, Changed::Elements, &mut check);
                each_yes(
                    &case,
                    |c| &mut c.risk_factors,
                    Changed::RiskFactors,
                    &mut check,
                );
                for slot in SINGLE_SLOTS {
                    for yes in [true, false] {
                        let mut work = case.clone();
                        slot.apply(&mut work, yes);
                        check(&work, slot.changes());
                    }
                }
            }
        }
        // The generator reaches cases where answers matter.
        assert!(changed > 10_000, "{changed}");
    }

    /// `case` with `field` answered: "yes" (irregular, under 18) or "no".
    fn answered(case: &Case, field: Field, yes: bool) -> Case {
        let mut work = case.clone();
        let fact = if yes {
            Fact::Established
        } else {
            Fact::RuledOut
        };
        match field {
            Field::Act(_) | Field::Means(_) | Field::Purpose(_) | Field::Risk(_) => {
                field.set(&mut work, crate::model::Answer::Fact(fact));
            }
            other => {
                let slot = SINGLE_SLOTS.iter().find(|s| s.field() == other);
                slot.unwrap_or_else(|| panic!("{other:?} is not a slot"))
                    .apply(&mut work, yes);
            }
        }
        work
    }

    /// The case decided once, as the finding and the questions read it, is
    /// the decision of `decide` and, limb by limb, of `limb`: under every
    /// profile, for thousands of cases.
    #[test]
    fn the_standing_decision_is_each_limb_and_the_furthest() {
        let mut cases = Cases(0x05ca_1ab1_e0dd_ba11);
        let mut limbs = 0;
        for _ in 0..4000 {
            let case = cases.case();
            let person = person::status(&case.person);
            for profile in Profile::ALL {
                let def = profile.definition();
                let standing = trafficking::Standing::of(def, &case, person);
                assert_eq!(standing.best(), trafficking::decide(def, &case, person));
                for i in 0..def.limbs.len() {
                    assert_eq!(
                        standing.limb(i),
                        Some(trafficking::limb(def, &case, person, i))
                    );
                    limbs += 1;
                }
                assert_eq!(standing.limb(def.limbs.len()), None);
            }
        }
        assert!(limbs > 4000 * Profile::ALL.len(), "{limbs}");
    }

    /// Every decisive question says what deciding the case again with its
    /// answer gives: the verdict of re-deciding all four statuses, for each
    /// fact on its own (members of a group are decided together only when
    /// their what-ifs are the same). And every not-stated fact of an
    /// element the profile asks about, whose "yes" changes the verdict, is
    /// asked with that verdict.
    #[test]
    fn each_question_says_what_its_answer_gives() {
        use crate::decide::statuses;
        let mut cases = Cases(0x0dd_ba11_5ca1_ab1e);
        let mut checked = 0;
        for _ in 0..4000 {
            let case = cases.case();
            let person = person::status(&case.person);
            for profile in Profile::ALL {
                let base = statuses(&case, profile);
                let current = base.verdict();
                let standing = trafficking::Standing::of(profile.definition(), &case, person);
                let questions = ask(&case, person, base, profile, &standing);
                for q in &questions {
                    let Some(field) = q.field else { continue };
                    let (yes, no) = match q.asked {
                        Asked::Establishes { what, yes } => {
                            // And the element it names is established.
                            let work = answered(&case, field, true);
                            let d = trafficking::decide(
                                profile.definition(),
                                &work,
                                person::status(&work.person),
                            );
                            let level = match what {
                                Part::Act => d.act,
                                Part::Means => d.means,
                                Part::Purpose => d.purpose,
                                _ => Level::Established,
                            };
                            assert_eq!(level, Level::Established, "{profile} {field:?} {case:?}");
                            (Some(yes), None)
                        }
                        Asked::Decides { yes, no, .. } => (yes, no),
                        _ => continue,
                    };
                    for (answer, said) in [(true, yes), (false, no)] {
                        let full = statuses(&answered(&case, field, answer), profile).verdict();
                        let expected = (full != current).then_some(full);
                        if answer || said.is_some() {
                            assert_eq!(said, expected, "{profile} {field:?} {answer} {case:?}");
                            checked += 1;
                        }
                    }
                }
                let def = profile.definition();
                let purposes = def.asking::<Purpose>() | servile_asked(&case, def);
                let each = |field: Field| {
                    let full = statuses(&answered(&case, field, true), profile).verdict();
                    let said = questions.iter().find_map(|q| match q.asked {
                        _ if q.field != Some(field) => None,
                        Asked::Establishes { yes, .. } => Some(yes),
                        Asked::Decides { yes, .. } => yes,
                        _ => None,
                    });
                    let expected = (full != current).then_some(full);
                    assert_eq!(said, expected, "{profile} {field:?} {case:?}");
                };
                members::<Act>(case.act.unstated_mask() & def.asking::<Act>())
                    .for_each(|m| each(m.field()));
                members::<Means>(case.means.unstated_mask() & def.asking::<Means>())
                    .for_each(|m| each(m.field()));
                members::<Purpose>(case.purpose.unstated_mask() & purposes)
                    .for_each(|m| each(m.field()));
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn facts_are_listed_in_contract_order_once() {
        let facts = Facts {
            act: 0b101,
            means: 0,
            purpose: 1,
            risk: 0b10,
            other: AGE | STAY,
        };
        let paths = facts.paths();
        assert_eq!(
            paths,
            [
                "act.recruitment",
                "act.transfer",
                "purpose.prostitution_of_others",
                "risk_factors.recruitment_fees_or_debt",
                "person.age",
                "movement.stay"
            ]
        );
        assert!(facts.without(facts).is_empty());
        assert_eq!(Facts::default().with(facts), facts);
    }

    /// A field read back as masks lists itself, for every fact a part can
    /// be supplied by.
    #[test]
    fn a_field_as_masks_is_that_field() {
        let vocabularies = members::<Act>(u32::MAX)
            .map(Act::field)
            .chain(members::<Means>(u32::MAX).map(Means::field))
            .chain(members::<Purpose>(u32::MAX).map(Purpose::field))
            .chain(members::<RiskFactor>(u32::MAX).map(RiskFactor::field));
        for field in vocabularies.chain(OTHER) {
            let mut listed = Vec::new();
            Facts::of(field).each_field(|f| listed.push(f));
            assert_eq!(listed, [field]);
        }
        assert!(Facts::of(Field::Consent).is_empty());
    }
}
