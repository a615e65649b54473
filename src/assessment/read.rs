//! Reading an [`Assessment`] back from its contract v1 JSON.
//!
//! The output carries the findings and the words, not the data the words
//! were written from (`Reason::topic`, what each reason found, why each
//! question is asked). What the output determines is recovered here: the
//! topic of each reason from its rule id and its place among the reasons
//! (a rule is cited under one topic, or, for the child rule and the limbs
//! of a definition, under the topic of the step it is cited at); the
//! element reasons, from the elements found; the field of each question,
//! from its path. The rest stays unknown, and the words fall back on the
//! text the output carries.

use super::{
    Assessment, Element, ElementStatus, Flag, IloFinding, PersonFinding, PersonStatus, Question,
    Reason, SmugglingFinding, StatusFinding, Topic, TraffickingFinding, Verdict,
};
use crate::law::profile::{ChildRule, Definition, How, Profile};
use crate::law::Rule;
use crate::model::{Field, Level, Vocabulary};
use serde::Deserialize;
use std::borrow::Cow;

/// The fields of [`Assessment`] as the JSON carries them: read as they
/// are, then completed by [`recover`]. Every field of `Assessment` that is
/// on the wire is here, with the same serde attributes (the conversion
/// below names each, so a field added to one and not the other does not
/// compile).
#[derive(Deserialize)]
pub(super) struct Wire {
    contract: Cow<'static, str>,
    engine: Cow<'static, str>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    provenance: Option<Cow<'static, str>>,
    verdict: Verdict,
    labels: Vec<Verdict>,
    person: PersonFinding,
    trafficking: TraffickingFinding,
    #[serde(default)]
    ilo: Option<IloFinding>,
    smuggling: SmugglingFinding,
    irregular_migration: StatusFinding,
    unsafe_migration: StatusFinding,
    flags: Vec<Flag>,
    reasons: Vec<Reason>,
    next_questions: Vec<Question>,
    #[serde(default)]
    warnings: Vec<Cow<'static, str>>,
}

impl From<Wire> for Assessment {
    fn from(w: Wire) -> Self {
        let Wire {
            contract,
            engine,
            id,
            profile,
            provenance,
            verdict,
            labels,
            person,
            trafficking,
            ilo,
            smuggling,
            irregular_migration,
            unsafe_migration,
            flags,
            reasons,
            next_questions,
            warnings,
        } = w;
        let mut a = Assessment {
            contract,
            engine,
            id,
            profile,
            provenance,
            verdict,
            labels,
            person,
            trafficking,
            ilo,
            smuggling,
            irregular_migration,
            unsafe_migration,
            flags,
            reasons,
            next_questions,
            warnings,
            warned: Vec::new(),
        };
        recover(&mut a);
        a
    }
}

/// Recover what the output determines of the data it does not carry.
fn recover(a: &mut Assessment) {
    let def = a.profile.definition();
    topics(def, a.person.status, &mut a.reasons);
    elements(def, a);
    for q in &mut a.next_questions {
        q.field = Field::from_path(&q.fact);
    }
}

/// A set of topics, bit `Topic as u32`.
type Topics = u32;

const fn bit(topic: Topic) -> Topics {
    1 << topic as u32
}

/// The topics `rule` can be cited under in an assessment under `def`.
fn topics_of(def: &Definition, rule: &str) -> Topics {
    use crate::law::{
        age, ilo, migration, smuggling_protocol as som, trafficking_protocol as tip, verdict,
    };
    let is = |r: &Rule| r.id == rule;
    let mut set = 0;
    let p = &def.provisions;
    for (r, topic) in [
        (p.child_age, Topic::Age),
        (p.presumed_child, Topic::Age),
        (&age::STATED_AGE, Topic::Age),
        (p.act, Topic::Act),
        (p.means, Topic::Means),
        (p.vulnerability, Topic::Means),
        (p.purpose, Topic::Purpose),
        (p.intent, Topic::Purpose),
        (p.consent, Topic::Consent),
        (p.border, Topic::Borders),
        (p.non_punishment, Topic::Protection),
        (&tip::SAVING_CLAUSE, Topic::Asylum),
        (&som::ASYLUM, Topic::Asylum),
        (&som::AGGRAVATED, Topic::Aggravation),
        (&som::RELATIONSHIP_CONTINUED, Topic::AfterArrival),
        (&migration::IRREGULAR, Topic::IrregularMigration),
        (&migration::UNSAFE, Topic::UnsafeMigration),
        (&verdict::PRECEDENCE, Topic::Verdict),
        (&ilo::HTCDS_RECORD, Topic::Input),
    ] {
        if is(r) {
            set |= bit(topic);
        }
    }
    if p.victim.is_some_and(is) {
        set |= bit(Topic::Finding);
    }
    if p.sale_by_payment.is_some_and(is) {
        set |= bit(Topic::Act);
    }
    // A finding that names no limb (the facts tie them) cites the
    // provision of the purposes, which would tell them apart.
    if def.limbs.len() > 1 && is(p.purpose) {
        set |= bit(Topic::Finding);
    }
    for r in [
        &som::SMUGGLING,
        &som::MATERIAL_BENEFIT,
        &som::OWN_STATE,
        &som::ENABLING_STAY,
        &som::SELF_PROCURED,
        &som::OBJECT_NOT_OFFENDER,
        &som::ATTEMPT,
    ] {
        if is(r) {
            set |= bit(Topic::Smuggling);
        }
    }
    // The rules of the ILO/EC indicators (`law::ilo`) all have ids under
    // `ilo.`.
    if rule.starts_with("ilo.") {
        set |= bit(Topic::Indicators);
    }
    for limb in def.limbs {
        // A limb's rule states the finding, and is cited for a fact that
        // counts only in that limb, under the fact's element.
        if is(limb.rule) {
            set |= bit(Topic::Finding) | bit(Topic::Act) | bit(Topic::Means) | bit(Topic::Purpose);
        }
        if is(limb.child.rule()) {
            set |= bit(Topic::Means);
            if !matches!(limb.child, ChildRule::MeansAlways(_)) {
                set |= bit(Topic::Consent) | bit(Topic::Finding);
            }
        }
        if limb.child_caveat.is_some_and(|c| is(c.rule)) {
            set |= bit(Topic::Means);
        }
        if limb.consent.is_some_and(is) {
            set |= bit(Topic::Consent);
        }
    }
    set |= terms(def.acts, rule, Topic::Act)
        | terms(def.means, rule, Topic::Means)
        | terms(def.purposes, rule, Topic::Purpose);
    set
}

/// `topic` when `rule` is the basis of one of `terms` (or of the conditions
/// of a provisional reading).
fn terms<V: Vocabulary>(
    terms: &[crate::law::profile::Term<V>],
    rule: &str,
    topic: Topic,
) -> Topics {
    let cites = |t: &crate::law::profile::Term<V>| {
        let basis = match t.how {
            How::Named(r) | How::Read { rule: r, .. } => r.id == rule,
            _ => false,
        };
        basis || t.provisional.is_some_and(|r| r.id == rule)
    };
    if terms.iter().any(cites) {
        bit(topic)
    } else {
        0
    }
}

/// The lowest topic of `set`, in the order of [`Topic`].
fn lowest(set: Topics) -> Topic {
    const ALL: [Topic; 17] = [
        Topic::Age,
        Topic::Indicators,
        Topic::Act,
        Topic::Means,
        Topic::Purpose,
        Topic::Consent,
        Topic::Finding,
        Topic::Borders,
        Topic::Asylum,
        Topic::Smuggling,
        Topic::AfterArrival,
        Topic::Aggravation,
        Topic::IrregularMigration,
        Topic::UnsafeMigration,
        Topic::Protection,
        Topic::Verdict,
        Topic::Input,
    ];
    ALL.into_iter()
        .find(|t| set & bit(*t) != 0)
        .unwrap_or(Topic::Other)
}

/// The topic of each reason. A rule cited under one topic gives it; a rule
/// cited under several (the child rule, a limb's rule, a reading used for
/// two elements) is placed by the order of the steps: the act, the means,
/// then the purpose, the person's consent and the finding, which closes the
/// trafficking steps.
fn topics(def: &Definition, person: PersonStatus, reasons: &mut [Reason]) {
    let sets: Vec<Topics> = reasons.iter().map(|r| topics_of(def, &r.rule)).collect();
    let first = |rule: &Rule| reasons.iter().position(|r| r.rule == rule.id);
    let act = first(def.provisions.act);
    let purpose = first(def.provisions.purpose);
    // The steps after the purpose's own: the purpose, consent and finding,
    // up to the first step about something else.
    let trafficking = bit(Topic::Purpose) | bit(Topic::Consent) | bit(Topic::Finding);
    let end = purpose.map(|p| {
        (p + 1..sets.len())
            .find(|&i| sets[i] & trafficking == 0 || sets[i] == bit(Topic::Finding))
            .unwrap_or(sets.len())
    });
    // The rule of the finding, which closes the trafficking steps.
    let finding = end
        .and_then(|e| e.checked_sub(1))
        .map(|f| reasons[f].rule.clone());
    // Between the act's step and the purpose's, the means' steps begin at
    // the first that is only about the means, or at the child rule of the
    // limb found (its last citation there: before it, a limb's rule is
    // cited for an act that counts only in that limb).
    let means = match (act, purpose) {
        (Some(a), Some(p)) => {
            // A child rule that needs no means is cited for the finding too.
            let child_rule_of_finding = |rule: &str| {
                finding.as_deref() == Some(rule)
                    && def.limbs.iter().any(|l| {
                        l.child.rule().id == rule
                            && match l.child {
                                ChildRule::MeansAlways(_) => false,
                                // Cited in the means' place only where it
                                // applies: at any age, or to a child.
                                ChildRule::NoMeansAtAnyAge(_) => true,
                                _ => person.child_rule_applies(),
                            }
                    })
            };
            // The rule saying a child needs the means in this limb comes
            // just before the means' own step (for a child only).
            let means_always = |rule: &str| {
                person.child_rule_applies()
                    && def
                        .limbs
                        .iter()
                        .any(|l| matches!(l.child, ChildRule::MeansAlways(r) if r.id == rule))
            };
            (a + 1..p).find(|&i| {
                let rule: &str = &reasons[i].rule;
                sets[i] & bit(Topic::Act) == 0
                    || (child_rule_of_finding(rule) && !(i + 1..p).any(|j| reasons[j].rule == rule))
                    || (means_always(rule) && reasons[i + 1].rule == def.provisions.means.id)
            })
        }
        _ => None,
    };
    for (i, r) in reasons.iter_mut().enumerate() {
        let set = sets[i];
        let has = |t: Topic| set & bit(t) != 0;
        r.topic = if set.count_ones() <= 1 {
            lowest(set)
        } else if act.is_some_and(|a| a < i) && purpose.is_some_and(|p| i < p) {
            if means.is_some_and(|m| m <= i) && has(Topic::Means) {
                Topic::Means
            } else {
                lowest(set & (bit(Topic::Act) | bit(Topic::Means)))
            }
        } else if let (Some(p), Some(end)) = (purpose, end) {
            if p < i && i < end {
                // The finding closes the trafficking steps; consent comes
                // just before it.
                if i + 1 == end && has(Topic::Finding) {
                    Topic::Finding
                } else if i + 2 == end && has(Topic::Consent) {
                    Topic::Consent
                } else if has(Topic::Purpose) {
                    Topic::Purpose
                } else {
                    lowest(set)
                }
            } else {
                lowest(set)
            }
        } else {
            lowest(set)
        };
    }
}

/// The reason that states each element's finding, where the element is
/// established or suspected: what it found is the element's own finding.
fn elements(def: &Definition, a: &mut Assessment) {
    let e = &a.trafficking.elements;
    let found = [
        (
            Element::Act,
            def.provisions.act,
            Topic::Act,
            e.act.status,
            mask(&e.act.facts),
        ),
        (
            Element::Means,
            def.provisions.means,
            Topic::Means,
            e.means.status,
            mask(&e.means.facts),
        ),
        (
            Element::Purpose,
            def.provisions.purpose,
            Topic::Purpose,
            e.purpose.status,
            mask(&e.purpose.facts),
        ),
    ];
    for (element, rule, topic, status, facts) in found {
        let level = match status {
            ElementStatus::Established => Level::Established,
            ElementStatus::Suspected => Level::Suspected,
            _ => continue,
        };
        if let Some(r) = a
            .reasons
            .iter_mut()
            .find(|r| r.topic == topic && r.rule == rule.id)
        {
            r.said = super::Said::Element {
                element,
                level,
                facts,
            };
        }
    }
}

/// The facts of an element as a mask.
fn mask<V: Vocabulary>(facts: &[V]) -> super::Mask {
    facts.iter().fold(0, |m, f| m | crate::model::bit(*f))
}
