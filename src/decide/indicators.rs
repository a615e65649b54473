//! What a caseworker sees, read into the law: the ILO/EC operational
//! indicators (2009) assessed on their own, then mapped to the facts of
//! contract v1 by palermo's reading ([`crate::law::ilo`]).
//!
//! 1. **The ILO/EC assessment on its own** (the output's `ilo`): the list for
//!    the person (adults or children, labour or sexual exploitation); each
//!    dimension positive or not under the dimension rule; the dimensions
//!    combined into the policy's verdict. Lists, grades and the policy are
//!    data ([`IloData`]).
//! 2. **The mapping to the law**: positive dimensions and single indicators
//!    evidence facts of the case, each under a rule of [`crate::law::ilo`].
//!    The evidenced facts merge with the facts stated directly (the higher
//!    level wins) and the Protocol test runs as always; each element then
//!    names the indicators and dimensions that carried it.

use super::person;
use crate::assessment::{
    Asked, Assessment, DerivedFact, DimensionFinding, Element, ElementFinding, GradeCounts,
    IloContext, IloFinding, IloNote, IloVerdict, IndicatorFinding, ListBasis, PersonStatus,
    PolicyRef, Question, Reason, Said, Topic, Verdict, Warning, Why,
};
use crate::law::ilo::{
    self as rules, shows_work, AgeGroup, Dimension, IloData, ListName, ABUSE, BY_DIMENSION, RISKS,
    SIGNS,
};
use crate::law::profile::Profile;
use crate::law::Rule;
use crate::model::{
    Case, Fact, FactSet, Field, Indicators, Level, Means, Purpose, RiskFactor, Vocabulary,
};

use Dimension::{
    AbuseOfVulnerabilityAtDestination as D6, CoercionAtDestination as D5,
    CoerciveRecruitment as D2, DeceptiveRecruitment as D1, ExploitativeConditions as D4,
    RecruitmentByAbuseOfVulnerability as D3,
};

/// Evaluate a case with indicators against the embedded ILO/EC data.
pub(crate) fn evaluate(case: &Case, indicators: &Indicators, profile: Profile) -> Assessment {
    match IloData::embedded() {
        Ok(data) => evaluate_in(case, indicators, data, profile),
        Err(e) => {
            // The embedded data is checked by the test suite; should it ever
            // fail to load, screen the facts stated directly and say so.
            let mut a = super::facts(case, profile);
            a.warned.push(Warning::IloData {
                error: e.to_string(),
            });
            a
        }
    }
}

/// [`evaluate`] with `data`.
pub(crate) fn evaluate_in(
    case: &Case,
    indicators: &Indicators,
    data: &IloData,
    profile: Profile,
) -> Assessment {
    if indicators.is_empty() {
        return super::facts(case, profile);
    }
    let status = person::status(&case.person);
    let mut screening = screen(case, indicators, status, data);
    let derived = derive(&screening);
    let mut merged = case.clone();
    let conflicts = apply(&derived, &mut merged);
    let mut a = super::facts(&merged, profile);

    // The elements: which indicators and dimensions carried them.
    fill(
        &mut a.trafficking.elements.act,
        &case.act,
        &merged.act,
        &derived,
    );
    fill(
        &mut a.trafficking.elements.means,
        &case.means,
        &merged.means,
        &derived,
    );
    fill(
        &mut a.trafficking.elements.purpose,
        &case.purpose,
        &merged.purpose,
        &derived,
    );

    // Warnings: unknown ids, contradictions.
    let unknown: Vec<String> = indicators
        .iter()
        .map(|(id, _)| id)
        .filter(|id| !data.is_known(id))
        .map(str::to_string)
        .collect();
    if !unknown.is_empty() {
        a.warned.push(Warning::UnknownIndicators {
            policy: data.policy.name.clone(),
            ids: unknown,
        });
    }
    for field in conflicts {
        a.warned.push(Warning::IndicatorConflict { field });
    }

    // The reasons: the ILO/EC block before the Protocol's elements.
    let mut block = vec![Reason::new(&rules::LIST, Topic::Indicators, Said::IloList)];
    for d in &screening.dimensions {
        if !d.indicators.is_empty() {
            block.push(Reason::new(
                &rules::DIMENSION,
                Topic::Indicators,
                Said::IloDimension {
                    dimension: d.dimension,
                },
            ));
        }
    }
    for (i, d) in derived.iter().enumerate() {
        let dominated = derived
            .iter()
            .any(|o| o.fact == d.fact && o.level > d.level);
        if !dominated {
            block.push(Reason::new(
                rule_of(&d.rule),
                Topic::Indicators,
                Said::IloMapped {
                    index: u16::try_from(i).unwrap_or(u16::MAX),
                },
            ));
        }
    }
    // Exploitative conditions without coercion are never forced labour: say
    // so, since it is where the ILO/EC reading and the Protocol most often part.
    let forced_labour = Field::Purpose(Purpose::ForcedLabour).path();
    if screening.status(D4).at_least_suspected() && !derived.iter().any(|d| d.fact == forced_labour)
    {
        block.push(Reason::new(
            &rules::FORCED_LABOUR,
            Topic::Indicators,
            Said::IloNotForcedLabour,
        ));
    }
    let at = a
        .reasons
        .iter()
        .position(|r| r.rule.starts_with("tip."))
        .unwrap_or(a.reasons.len().saturating_sub(1));
    a.reasons.splice(at..at, block);

    // The ILO/EC verdict beside the Protocol finding.
    let ilo_trafficking = if screening.verdict.outcome == "trafficking" {
        screening.verdict.status.unwrap_or_default()
    } else {
        Level::NotEstablished
    };
    screening.verdict.agrees_with_protocol = ilo_trafficking == a.trafficking.status;
    screening.mapped = derived;
    a.reasons.push(Reason::new(
        &rules::POLICY,
        Topic::Indicators,
        Said::IloPolicy,
    ));
    a.next_questions = ask(case, indicators, data, profile, &a, &screening);
    a.ilo = Some(screening);
    a
}

/// Facts the indicators map to that the screener tells in indicators, not
/// as legal elements: questions about them are asked in indicators.
fn told_in_indicators(field: Field) -> bool {
    matches!(
        field,
        Field::Means(
            Means::Deception
                | Means::Coercion
                | Means::Force
                | Means::Threat
                | Means::AbuseOfVulnerability
        ) | Field::Purpose(
            Purpose::ForcedLabour | Purpose::PracticesSimilarToSlavery | Purpose::ForcedCriminality
        )
    )
}

/// `next_questions` for a case told in indicators, asked in indicators.
///
/// Each indicator of the list used that is not observed (or only
/// suspected, to be confirmed) is tried as observed: the indicators are
/// assessed again, read into the facts, and the verdict decided again. It is
/// asked when a "yes" would make its dimension positive (or raise it) or
/// change the verdict. First the indicators that change the verdict (the
/// most decisive first), then the questions about facts the indicators
/// cannot tell (acts other than recruitment and harbouring, the person, the
/// movement, other means and purposes), in plain words; then the indicators
/// that make a dimension positive without changing the verdict. The
/// questions about means and purposes the indicators map to are not asked
/// as legal elements: their indicators are.
fn ask(
    case: &Case,
    indicators: &Indicators,
    data: &IloData,
    profile: Profile,
    a: &Assessment,
    screening: &IloFinding,
) -> Vec<Question> {
    let Some(list) = data.resolve(screening.requested_list.unwrap_or(screening.list)) else {
        return a.next_questions.clone();
    };
    let status = person::status(&case.person);
    let def = profile.definition();
    let current = a.verdict;
    let base = merge(case, screening);
    let before = super::trafficking::decide(def, &base, status);
    let rank = |v: Verdict| {
        Verdict::ALL
            .iter()
            .position(|x| *x == v)
            .unwrap_or(usize::MAX)
    };

    let mut decisive: Vec<(usize, usize, Question)> = Vec::new();
    let mut raising: Vec<Question> = Vec::new();
    type Effect = (Option<Level>, Option<Verdict>, Option<Element>);
    let mut seen: Vec<(Likeness, Effect)> = Vec::new();
    for (order, entry) in list.indicators.iter().enumerate() {
        let stated = indicators.get(&entry.id);
        if !(stated.is_not_stated() || stated == Fact::Suspected) {
            continue;
        }
        // Most indicators change nothing: try only those that raise their
        // dimension, or could raise a fact the case does not yet hold at
        // that level.
        let was = screening.status(entry.dimension);
        if graded_with(screening, data, entry) <= was && !could_raise(&base, entry) {
            continue;
        }
        // Indicators alike in every way the mapping reads (dimension, grade,
        // what they are a sign of) have the same effect: decide once.
        let key = Likeness::of(entry, stated);
        let effect = match seen.iter().find(|(k, _)| *k == key) {
            Some((_, effect)) => *effect,
            None => {
                let what_if = observed(screening, data, entry);
                let merged = merge(case, &what_if);
                let verdict = super::statuses(&merged, profile).verdict();
                let now = what_if.status(entry.dimension);
                let after = super::trafficking::decide(def, &merged, status);
                let element = a.trafficking.missing.iter().copied().find(|e| match e {
                    Element::Act => after.act > before.act,
                    Element::Means => after.means > before.means,
                    Element::Purpose => after.purpose > before.purpose,
                });
                let effect = (
                    (now > was).then_some(now),
                    (verdict != current).then_some(verdict),
                    element,
                );
                seen.push((key, effect));
                effect
            }
        };
        let (level, yes, element) = effect;
        if level.is_none() && yes.is_none() {
            continue;
        }
        let q = Question::indicator(
            &entry.id,
            &entry.wording,
            Asked::Indicator {
                dimension: entry.dimension,
                level,
                yes,
                confirm: stated == Fact::Suspected,
                element,
            },
        );
        match yes {
            Some(v) => decisive.push((rank(v), order, q)),
            None => raising.push(q),
        }
    }
    decisive.sort_by_key(|(rank, order, _)| (*rank, *order));

    let mut out: Vec<Question> = decisive.into_iter().map(|(_, _, q)| q).collect();
    out.extend(
        a.next_questions
            .iter()
            .filter(|q| !q.field().is_some_and(told_in_indicators))
            .cloned(),
    );
    out.extend(raising);
    out
}

/// What the mapping reads of an indicator besides its id: two indicators
/// alike in all of it evidence the same facts at the same levels.
#[derive(PartialEq, Eq)]
struct Likeness {
    dimension: Dimension,
    grade: crate::law::ilo::Grade,
    stated: Fact,
    /// What it is a sign of ([`SIGNS`]).
    signs: Vec<Field>,
    risks: Vec<RiskFactor>,
    abuse: bool,
    work: bool,
}

impl Likeness {
    fn of(entry: &crate::law::ilo::Entry, stated: Fact) -> Self {
        let id = entry.id.as_str();
        Likeness {
            dimension: entry.dimension,
            grade: entry.grade,
            stated,
            signs: SIGNS
                .iter()
                .filter(|(s, _)| *s == id)
                .map(|(_, t)| *t)
                .collect(),
            risks: RISKS
                .iter()
                .filter(|(r, _)| *r == id)
                .map(|(_, k)| *k)
                .collect(),
            abuse: ABUSE.contains(&id),
            work: shows_work(id),
        }
    }
}

/// The status of `entry`'s dimension were the indicator observed (`true`).
fn graded_with(screening: &IloFinding, data: &IloData, entry: &crate::law::ilo::Entry) -> Level {
    let Some(d) = screening.dimension(entry.dimension) else {
        return Level::NotEstablished;
    };
    let mut graded: Vec<(crate::law::ilo::Grade, Level)> = d
        .indicators
        .iter()
        .filter(|i| i.fact.is_present() && i.id != entry.id)
        .filter_map(|i| i.grade.map(|g| (g, i.fact.level())))
        .collect();
    graded.push((entry.grade, Level::Established));
    data.policy.dimension_rule.level(&graded).0
}

/// Whether observing `entry`, its dimension unchanged, could raise a fact
/// of `merged` (the case with what the indicators already evidence): an
/// upper bound of what one more indicator gives through the mapping (signs
/// at most suspected; a vulnerability, a risk factor, work or services at
/// its own level). A unit test checks it against deciding again.
fn could_raise(merged: &Case, entry: &crate::law::ilo::Entry) -> bool {
    use crate::model::Act;
    let id = entry.id.as_str();
    let mut targets: Vec<(Field, Level)> = Vec::new();
    match entry.dimension {
        D1 => {
            targets.push((Field::Act(Act::Recruitment), Level::Established));
            targets.push((Field::Means(Means::Deception), Level::Suspected));
        }
        D2 => targets.push((Field::Act(Act::Recruitment), Level::Established)),
        D3 | D6 => {
            if entry.dimension == D3 {
                targets.push((Field::Act(Act::Recruitment), Level::Established));
            }
            targets.push((Field::Vulnerable, Level::Established));
            if ABUSE.contains(&id) {
                targets.push((Field::Means(Means::AbuseOfVulnerability), Level::Suspected));
            }
        }
        D4 | D5 => {}
    }
    for (_, target) in SIGNS.iter().filter(|(s, _)| *s == id) {
        targets.push((*target, Level::Suspected));
    }
    for (_, risk) in RISKS.iter().filter(|(r, _)| *r == id) {
        targets.push((Field::Risk(*risk), Level::Established));
    }
    let coercion_sign = SIGNS.iter().any(|(s, t)| {
        *s == id
            && matches!(
                t,
                Field::Means(Means::Coercion | Means::Force | Means::Threat)
            )
    });
    let work = if shows_work(id) {
        Some(Level::Established)
    } else if coercion_sign {
        Some(Level::Suspected)
    } else {
        None
    };
    if let Some(level) = work {
        targets.push((Field::Purpose(Purpose::ForcedLabour), level));
        targets.push((Field::ExploitationOccurred, level));
    }
    targets
        .into_iter()
        .any(|(field, level)| field.fact(merged).level() < level)
}

/// `screening` with the indicator `entry` observed (`true`): its dimension
/// graded again under the dimension rule; the other dimensions, and
/// everything else, as they are. The same as assessing the indicators again
/// with it (a unit test checks this), without re-reading them all.
fn observed(screening: &IloFinding, data: &IloData, entry: &crate::law::ilo::Entry) -> IloFinding {
    let mut f = screening.clone();
    if let Some(d) = f
        .dimensions
        .iter_mut()
        .find(|d| d.dimension == entry.dimension)
    {
        match d.indicators.iter_mut().find(|i| i.id == entry.id) {
            Some(i) => i.fact = Fact::Established,
            None => {
                // In the order the indicators are read (by id).
                let at = d.indicators.partition_point(|i| i.id < entry.id);
                d.indicators.insert(
                    at,
                    IndicatorFinding {
                        id: entry.id.clone(),
                        fact: Fact::Established,
                        grade: Some(entry.grade),
                        confidence: Some(entry.confidence),
                    },
                );
                d.counts.add(entry.grade);
            }
        }
        let graded: Vec<(crate::law::ilo::Grade, Level)> = d
            .indicators
            .iter()
            .filter(|i| i.fact.is_present())
            .filter_map(|i| i.grade.map(|g| (g, i.fact.level())))
            .collect();
        let (status, clause) = data.policy.dimension_rule.level(&graded);
        d.status = status;
        d.rule_met = clause.map(|c| c.label.clone());
    }
    f
}

/// The case with the facts `screening`'s indicators evidence merged in.
fn merge(case: &Case, screening: &IloFinding) -> Case {
    let mut merged = case.clone();
    for d in derive_all(screening) {
        let fact = d.level.fact();
        if !fact.is_not_stated() && fact > d.target.fact(&merged) {
            d.target.set(&mut merged, crate::model::Answer::Fact(fact));
        }
    }
    merged
}

/// The rule of a mapping, by its id (every mapping cites one of
/// [`crate::law::ilo`]'s rules).
fn rule_of(id: &str) -> &'static Rule {
    crate::law::rule(id).unwrap_or(&rules::POLICY)
}

/// How far the dimensions an outcome requires are positive: every group
/// must have one positive dimension.
fn outcome_level(requires: &[Vec<Dimension>], finding: &IloFinding) -> Level {
    requires
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|d| finding.status(*d))
                .max()
                .unwrap_or_default()
        })
        .min()
        .unwrap_or_default()
}

/// The ILO/EC assessment on its own.
pub(crate) fn screen(
    case: &Case,
    indicators: &Indicators,
    person: PersonStatus,
    data: &IloData,
) -> IloFinding {
    let group = if person.child_rule_applies() {
        AgeGroup::Children
    } else {
        AgeGroup::Adults
    };
    let sexual = case.purpose.get(Purpose::ProstitutionOfOthers).is_present()
        || case.purpose.get(Purpose::SexualExploitation).is_present();
    let requested = ListName::of(group, sexual);
    let list = data.resolve(requested);
    let used = list.map(|l| l.list).unwrap_or(requested);
    let mut noted = Vec::new();
    if used != requested && data.list(requested).and_then(|l| l.note.as_ref()).is_some() {
        noted.push(IloNote::Fallback(requested));
    }

    let mut dimensions = Vec::with_capacity(6);
    for dimension in Dimension::ALL {
        let mut findings = Vec::new();
        let mut graded = Vec::new();
        let mut counts = GradeCounts::default();
        for (id, fact) in indicators.iter() {
            if Dimension::of_indicator(id) != Some(dimension) || !data.is_known(id) {
                continue;
            }
            let entry = list.and_then(|l| l.entry(id));
            if let Some(e) = entry {
                if fact.is_present() {
                    graded.push((e.grade, fact.level()));
                    counts.add(e.grade);
                }
            } else {
                noted.push(IloNote::NotOnList {
                    id: id.to_string(),
                    list: used,
                });
            }
            findings.push(IndicatorFinding {
                id: id.to_string(),
                fact,
                grade: entry.map(|e| e.grade),
                confidence: entry.map(|e| e.confidence),
            });
        }
        let (status, clause) = data.policy.dimension_rule.level(&graded);
        let rule_met = clause.map(|c| c.label.clone());
        dimensions.push(DimensionFinding {
            dimension,
            status,
            rule_met,
            counts,
            indicators: findings,
        });
    }

    let trafficking_outcome = data
        .policy
        .outcomes
        .iter()
        .find(|o| o.id == "trafficking" && o.applies_to == group)
        .map(|o| (o.text.clone(), o.requires.clone()));
    let mut finding = IloFinding {
        policy: PolicyRef {
            name: data.policy.name.clone(),
            version: data.policy.version.clone(),
        },
        list: used,
        requested_list: (used != requested).then_some(requested),
        list_basis: String::new(),
        notes: Vec::new(),
        basis: ListBasis {
            person: Some(person),
            sexual,
        },
        noted,
        context: IloContext {
            list_title: data.list(used).map(|l| l.title.clone()).unwrap_or_default(),
            list_confidence: data.list(used).map(|l| l.confidence),
            requested_note: data.list(requested).and_then(|l| l.note.clone()),
            rule_labels: data
                .policy
                .dimension_rule
                .positive_if_any
                .iter()
                .map(|c| c.label.clone())
                .collect(),
            trafficking_outcome,
        },
        dimensions,
        verdict: IloVerdict {
            outcome: data.policy.otherwise.id.clone(),
            label: data.policy.otherwise.label.clone(),
            status: None,
            confidence: None,
            agrees_with_protocol: false,
        },
        mapped: Vec::new(),
    };
    for outcome in data
        .policy
        .outcomes
        .iter()
        .filter(|o| o.applies_to == group)
    {
        let level = outcome_level(&outcome.requires, &finding);
        if level.at_least_suspected() {
            finding.verdict = IloVerdict {
                outcome: outcome.id.clone(),
                label: outcome.label.clone(),
                status: Some(level),
                confidence: Some(outcome.confidence),
                agrees_with_protocol: false,
            };
            break;
        }
    }
    finding
}

/// The indicators present (`true` or `"suspected"`) in `dimension`, with
/// their levels.
fn present(f: &IloFinding, dimension: Dimension) -> Vec<(&str, Level)> {
    f.dimension(dimension)
        .map(|d| {
            d.indicators
                .iter()
                .filter(|i| i.fact.is_present())
                .map(|i| (i.id.as_str(), i.fact.level()))
                .collect()
        })
        .unwrap_or_default()
}

fn ids(items: &[(&str, Level)]) -> Vec<String> {
    items.iter().map(|(id, _)| (*id).to_string()).collect()
}

/// The rule of a single indicator read as a sign of `target`.
fn sign_rule(target: Field) -> &'static Rule {
    match target {
        Field::Purpose(Purpose::PracticesSimilarToSlavery) => &rules::DEBT_BONDAGE,
        Field::Purpose(_) => &rules::FORCED_CRIMINALITY,
        Field::Means(Means::Deception) => &rules::DECEPTION,
        Field::Means(Means::AbuseOfVulnerability) => &rules::VULNERABILITY,
        Field::Act(_) => &rules::RECRUITMENT,
        _ => &rules::COERCION,
    }
}

/// How far coercion (the menace of a penalty) is shown: a positive
/// coercive-recruitment or coercion-at-destination dimension at its level,
/// else single coercion indicators, each a sign, at most suspected. Returns
/// the level, the coercion dimensions with indicators present, and the
/// single coercion indicators.
fn coercion(f: &IloFinding) -> (Level, Vec<Dimension>, Vec<(&str, Level)>) {
    let by_dimension = f.status(D2).max(f.status(D5));
    let dims: Vec<Dimension> = [D2, D5]
        .into_iter()
        .filter(|d| f.status(*d).at_least_suspected())
        .collect();
    let signs: Vec<(&str, Level)> = [D2, D5]
        .into_iter()
        .flat_map(|d| present(f, d))
        .filter(|(id, _)| {
            SIGNS.iter().any(|(s, t)| {
                s == id
                    && matches!(
                        t,
                        Field::Means(Means::Coercion | Means::Force | Means::Threat)
                    )
            })
        })
        .collect();
    let by_signs = signs
        .iter()
        .map(|(_, l)| (*l).min(Level::Suspected))
        .max()
        .unwrap_or_default();
    (by_dimension.max(by_signs), dims, signs)
}

/// The order of the evidenced facts in the output: acts, means, purposes,
/// the person's vulnerability, risk factors, then whether the exploitation
/// happened; within each, the vocabulary's order.
fn order(field: Field) -> (u8, usize) {
    match field {
        Field::Act(m) => (0, m.index()),
        Field::Means(m) => (1, m.index()),
        Field::Purpose(m) => (2, m.index()),
        Field::Vulnerable => (3, 0),
        Field::Risk(m) => (4, m.index()),
        _ => (5, 0),
    }
}

/// One evidenced fact, before it is put in the output.
struct Derived {
    target: Field,
    level: Level,
    rule: &'static Rule,
    dimensions: Vec<Dimension>,
    indicators: Vec<String>,
    why: Why,
}

/// Every fact the indicators evidence, each with its rule and indicators,
/// before what adds nothing is dropped.
fn derive_all(f: &IloFinding) -> Vec<Derived> {
    let mut out: Vec<Derived> = Vec::new();

    // 1. Positive dimensions.
    for m in BY_DIMENSION {
        let level = f.status(m.dimension);
        if level.at_least_suspected() {
            out.push(Derived {
                target: m.target,
                level: level.min(m.cap),
                rule: m.rule,
                dimensions: vec![m.dimension],
                indicators: ids(&present(f, m.dimension)),
                why: Why::Dimension {
                    dimension: m.dimension,
                    key: m.key,
                },
            });
        }
    }

    // 2. Combinations.
    // Forced labour (ILO C29 art. 2(1)): coercion, the menace of a penalty,
    // where work or services are in evidence; at the lower of the two levels
    // (at most the weakest premise). Exploitative conditions show work,
    // never the menace: alone they are never forced labour.
    let exploit = f.status(D4);
    let (coercion, coercion_dims, coercion_signs) = coercion(f);
    let work: Vec<(&str, Level)> = [D4, D5]
        .into_iter()
        .flat_map(|d| present(f, d))
        .filter(|(id, _)| shows_work(id))
        .collect();
    let work_level = work.iter().map(|(_, l)| *l).max().unwrap_or_default();
    let level = coercion.min(work_level);
    if level.at_least_suspected() {
        let dims: Vec<Dimension> = coercion_dims
            .iter()
            .copied()
            .filter(|d| f.status(*d) >= level)
            .collect();
        let signs: Vec<String> = if dims.is_empty() {
            ids(&coercion_signs)
        } else {
            Vec::new()
        };
        let mut indicators: Vec<String> = dims.iter().flat_map(|d| ids(&present(f, *d))).collect();
        for id in signs.iter().cloned().chain(ids(&work)) {
            if !indicators.contains(&id) {
                indicators.push(id);
            }
        }
        let mut dimensions = dims.clone();
        if exploit >= level && !dimensions.contains(&D4) {
            dimensions.insert(0, D4);
        }
        let recruitment: Vec<String> = [D1, D2]
            .into_iter()
            .flat_map(|d| ids(&present(f, d)))
            .collect();
        out.push(Derived {
            target: Field::ExploitationOccurred,
            level,
            rule: &rules::FORCED_LABOUR,
            dimensions: dimensions.clone(),
            indicators: indicators.clone(),
            why: Why::ExploitationOccurred,
        });
        out.push(Derived {
            target: Field::Purpose(Purpose::ForcedLabour),
            level,
            rule: &rules::FORCED_LABOUR,
            dimensions,
            indicators,
            why: Why::ForcedLabour {
                coercion: dims,
                signs,
                work: ids(&work),
                recruitment,
            },
        });
    }
    // Abuse of vulnerability at recruitment, where the abuse itself is shown.
    let d3 = f.status(D3);
    let abuse: Vec<(&str, Level)> = present(f, D3)
        .into_iter()
        .filter(|(id, _)| ABUSE.contains(id))
        .collect();
    let abuse_level = abuse.iter().map(|(_, l)| *l).max().unwrap_or_default();
    if d3.at_least_suspected() && abuse_level.at_least_suspected() {
        out.push(Derived {
            target: Field::Means(Means::AbuseOfVulnerability),
            level: d3.min(abuse_level),
            rule: &rules::VULNERABILITY,
            dimensions: vec![D3],
            indicators: ids(&present(f, D3)),
            why: Why::AbuseAtRecruitment { abuse: ids(&abuse) },
        });
    }
    // A vulnerability with exploitation: reasonable grounds, never more.
    let vulnerable = d3.max(f.status(D6));
    let level = vulnerable.min(exploit).min(Level::Suspected);
    if level.at_least_suspected() {
        let dims: Vec<Dimension> = [D3, D6, D4]
            .into_iter()
            .filter(|d| f.status(*d).at_least_suspected())
            .collect();
        let indicators = dims.iter().flat_map(|d| ids(&present(f, *d))).collect();
        out.push(Derived {
            target: Field::Means(Means::AbuseOfVulnerability),
            level,
            rule: &rules::VULNERABILITY,
            dimensions: dims.clone(),
            indicators,
            why: Why::VulnerabilityWithExploitation { dimensions: dims },
        });
    }

    // 3. Single indicators: signs, at most suspected. One entry per target.
    let mut signs: Vec<(Field, Level, Vec<String>)> = Vec::new();
    let mut sign = |target: Field, id: &str, level: Level| {
        let level = level.min(Level::Suspected);
        match signs.iter_mut().find(|(t, _, _)| *t == target) {
            Some((_, l, list)) => {
                *l = (*l).max(level);
                if !list.iter().any(|i| i == id) {
                    list.push(id.to_string());
                }
            }
            None => signs.push((target, level, vec![id.to_string()])),
        }
    };
    for (id, level) in present(f, D1) {
        sign(Field::Means(Means::Deception), id, level);
    }
    for (id, level) in &abuse {
        sign(Field::Means(Means::AbuseOfVulnerability), id, *level);
    }
    for dimension in [D2, D5] {
        for (id, level) in present(f, dimension) {
            for (_, target) in SIGNS.iter().filter(|(s, _)| *s == id) {
                sign(*target, id, level);
            }
        }
    }
    for (target, level, indicators) in signs {
        out.push(Derived {
            target,
            level,
            rule: sign_rule(target),
            dimensions: Vec::new(),
            indicators,
            why: Why::Sign,
        });
    }

    // 4. Indicators that describe a fact of the case: at their own level.
    // An indicator of how the person was recruited (deceived, coerced or
    // taken advantage of at recruitment) shows that a recruitment took
    // place (art. 3(a)): the act, at the indicator's level. Whether the
    // recruitment was deceptive or coercive enough to be a means is for
    // the dimension rule.
    let recruited: Vec<(&str, Level)> = [D1, D2, D3]
        .into_iter()
        .flat_map(|d| present(f, d))
        .collect();
    if let Some(level) = recruited.iter().map(|(_, l)| *l).max() {
        out.push(Derived {
            target: Field::Act(crate::model::Act::Recruitment),
            level,
            rule: &rules::RECRUITMENT,
            dimensions: Vec::new(),
            indicators: ids(&recruited),
            why: Why::Recruited,
        });
    }
    let vulnerability: Vec<(&str, Level)> =
        present(f, D3).into_iter().chain(present(f, D6)).collect();
    if let Some(level) = vulnerability.iter().map(|(_, l)| *l).max() {
        out.push(Derived {
            target: Field::Vulnerable,
            level,
            rule: &rules::VULNERABILITY,
            dimensions: Vec::new(),
            indicators: ids(&vulnerability),
            why: Why::Vulnerable,
        });
    }
    for risk in [
        RiskFactor::DocumentsHeldByOthers,
        RiskFactor::LabourRightsViolations,
    ] {
        let found: Vec<(&str, Level)> = [D2, D4, D5]
            .into_iter()
            .flat_map(|d| present(f, d))
            .filter(|(id, _)| RISKS.iter().any(|(r, k)| r == id && *k == risk))
            .collect();
        if let Some(level) = found.iter().map(|(_, l)| *l).max() {
            out.push(Derived {
                target: Field::Risk(risk),
                level,
                rule: &rules::RISK,
                dimensions: Vec::new(),
                indicators: ids(&found),
                why: Why::Risk,
            });
        }
    }

    out
}

/// Every fact the indicators evidence, with the rule and the indicators
/// behind it, in output order.
pub(crate) fn derive(f: &IloFinding) -> Vec<DerivedFact> {
    let out = derive_all(f);

    // Drop what adds nothing: a mapping to the same fact, on indicators
    // already counted by another at a higher level, or at the same level
    // through a positive dimension (single signs give way to dimensions).
    let keep: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, d)| {
            !out.iter().enumerate().any(|(j, o)| {
                i != j
                    && o.target == d.target
                    && (o.level > d.level
                        || (o.level == d.level
                            && !o.dimensions.is_empty()
                            && d.dimensions.is_empty()))
                    && d.indicators.iter().all(|x| o.indicators.contains(x))
            })
        })
        .collect();
    let mut out: Vec<Derived> = out
        .into_iter()
        .zip(keep)
        .filter_map(|(d, k)| k.then_some(d))
        .collect();
    // Element order, strongest first within a fact: stable output.
    out.sort_by(|a, b| {
        order(a.target)
            .cmp(&order(b.target))
            .then(b.level.cmp(&a.level))
    });
    out.into_iter()
        .map(|d| DerivedFact {
            fact: d.target.path().to_string(),
            level: d.level,
            rule: d.rule.id.to_string(),
            dimensions: d.dimensions,
            indicators: d.indicators,
            why: d.why,
        })
        .collect()
}

/// Merge the evidenced facts into the case (the higher level wins). Returns
/// the facts stated `false` that the indicators contradict.
pub(crate) fn apply(derived: &[DerivedFact], case: &mut Case) -> Vec<Field> {
    let mut conflicts = Vec::new();
    for d in derived {
        let Some(field) = Field::from_path(&d.fact) else {
            continue;
        };
        let fact = d.level.fact();
        if fact.is_not_stated() {
            continue;
        }
        let before = field.fact(case);
        if fact > before {
            field.set(case, crate::model::Answer::Fact(fact));
        }
        if before == Fact::RuledOut && !conflicts.contains(&field) {
            conflicts.push(field);
        }
    }
    conflicts
}

/// Whether an evidenced fact belongs to the element of `set`.
fn in_element<V: Vocabulary>(fact: &str) -> bool {
    fact.strip_prefix(V::GROUP)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// Put in an element's finding which indicators and dimensions carried it.
fn fill<V: Vocabulary>(
    finding: &mut ElementFinding<V>,
    stated: &FactSet<V>,
    merged: &FactSet<V>,
    derived: &[DerivedFact],
) {
    let mine: Vec<&DerivedFact> = derived
        .iter()
        .filter(|d| in_element::<V>(&d.fact))
        .collect();
    if mine.is_empty() {
        return;
    }
    let level = merged.level();
    finding.stated = stated.at_level(level);
    for d in mine
        .iter()
        .filter(|d| d.level == level && level.at_least_suspected())
    {
        for id in &d.indicators {
            if !finding.indicators.contains(id) {
                finding.indicators.push(id.clone());
            }
        }
        for dim in &d.dimensions {
            if !finding.dimensions.contains(dim) {
                finding.dimensions.push(*dim);
            }
        }
    }
    finding.indicators.sort();
    finding.dimensions.sort();
    finding.derived = mine.into_iter().cloned().collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An indicator that [`could_raise`] passes over, its dimension
    /// unchanged, indeed changes none of the facts (so no question is lost).
    #[test]
    fn an_indicator_passed_over_changes_no_fact() {
        let data = IloData::embedded().unwrap();
        let all = data.ids();
        let mut checked = 0;
        for age in [30, 9] {
            for seed in 0..12usize {
                let mut case = Case::new();
                case.person.age = Some(age);
                let status = person::status(&case.person);
                let mut indicators = Indicators::new();
                for (i, id) in all.iter().enumerate().skip(seed % 5) {
                    if (i * 7 + seed * 3) % (4 + seed % 5) == 0 {
                        let fact = if (i + seed) % 3 == 0 {
                            Fact::Suspected
                        } else {
                            Fact::Established
                        };
                        indicators.set(id, fact);
                    }
                }
                let screening = screen(&case, &indicators, status, data);
                let base = merge(&case, &screening);
                let list = data.resolve(screening.list).unwrap();
                for entry in &list.indicators {
                    if indicators.get(&entry.id) == Fact::Established {
                        continue;
                    }
                    let was = screening.status(entry.dimension);
                    if graded_with(&screening, data, entry) > was || could_raise(&base, entry) {
                        continue;
                    }
                    let mut more = indicators.clone();
                    more.set(&entry.id, Fact::Established);
                    let again = merge(&case, &screen(&case, &more, status, data));
                    assert_eq!(again, base, "{} changes a fact", entry.id);
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// Observing one more indicator by [`observed`] gives the dimensions
    /// (and so the facts) of assessing all the indicators again.
    #[test]
    fn observing_one_indicator_is_assessing_them_all_again() {
        let data = IloData::embedded().unwrap();
        let mut case = Case::new();
        let all = data.ids();
        for age in [30, 9] {
            case.person.age = Some(age);
            let status = person::status(&case.person);
            for (seed, stated) in [
                (0usize, Fact::Established),
                (3, Fact::Suspected),
                (5, Fact::Established),
            ] {
                let mut indicators = Indicators::new();
                for id in all.iter().skip(seed).step_by(7) {
                    indicators.set(id, stated);
                }
                let screening = screen(&case, &indicators, status, data);
                let list = data.resolve(screening.list).unwrap();
                for entry in &list.indicators {
                    let mut more = indicators.clone();
                    more.set(&entry.id, Fact::Established);
                    let again = screen(&case, &more, status, data);
                    let quick = observed(&screening, data, entry);
                    for d in Dimension::ALL {
                        assert_eq!(quick.status(d), again.status(d), "{} {d}", entry.id);
                    }
                    assert_eq!(derive(&quick), derive(&again), "{}", entry.id);
                }
            }
        }
    }

    #[test]
    fn every_id_in_the_mapping_tables_is_on_a_list() {
        let data = IloData::embedded().unwrap();
        for id in ABUSE
            .iter()
            .chain(SIGNS.iter().map(|(id, _)| id))
            .chain(RISKS.iter().map(|(id, _)| id))
        {
            assert!(data.is_known(id), "{id}");
        }
        assert!(ABUSE
            .iter()
            .all(|id| Dimension::of_indicator(id) == Some(D3)));
        // The indicators that show work are on a list, and none is a
        // vulnerability or a recruitment indicator.
        for id in rules::WORK.iter().filter(|id| !id.ends_with('*')) {
            assert!(data.is_known(id), "{id}");
            assert_eq!(Dimension::of_indicator(id), Some(D5), "{id}");
        }
        assert!(data
            .ids()
            .into_iter()
            .filter(|id| Dimension::of_indicator(id) == Some(D4))
            .all(shows_work));
        // Signs come only from the coercion dimensions, never from
        // exploitative conditions or a vulnerability.
        assert!(SIGNS
            .iter()
            .all(|(id, _)| matches!(Dimension::of_indicator(id), Some(D2 | D5))));
    }
}
