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
    self as rules, shows_work, AgeGroup, Dimension, DimensionRule, Entry, GradedCounts, IloData,
    ListName, Reading, ABUSE, BY_DIMENSION, RISKS, SIGNS,
};
use crate::law::profile::Profile;
use crate::law::Rule;
use crate::model::{
    Case, Fact, FactSet, Field, Indicators, Level, Means, Purpose, RiskFactor, Vocabulary,
};
use std::borrow::Cow;

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

/// The facts of `case` with those its indicators evidence read in, as
/// [`evaluate`] decides them (the embedded data): what the interview asks
/// from and decides its running verdict on.
pub(crate) fn merge(case: &Case, indicators: &Indicators) -> Case {
    let mut merged = case.clone();
    if indicators.is_empty() {
        return merged;
    }
    if let Ok(data) = IloData::embedded() {
        let (_, derived) = read(case, indicators, person::status(&case.person), data);
        apply(&derived, &mut merged);
    }
    merged
}

/// The ILO/EC assessment of `indicators` for a person of `status`, and the
/// facts it evidences (for a presumed child, held to what they show at any
/// age: [`at_any_age`]).
fn read(
    case: &Case,
    indicators: &Indicators,
    status: PersonStatus,
    data: &IloData,
) -> (IloFinding, Vec<DerivedFact>) {
    let screening = screen(case, indicators, status, data);
    let mut derived = derive(&screening);
    if status == PersonStatus::PresumedChild {
        let adult = screen(case, indicators, PersonStatus::Adult, data);
        derived = at_any_age(derived, derive(&adult));
    }
    (screening, derived)
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
    let (mut screening, derived) = read(case, indicators, status, data);
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
///
/// The what-ifs are read on a [`Tally`] of the indicators (levels only, no
/// ids): unit tests check it against assessing the indicators again and
/// against [`derive_all`].
fn ask(
    case: &Case,
    indicators: &Indicators,
    data: &IloData,
    profile: Profile,
    a: &Assessment,
    screening: &IloFinding,
) -> Vec<Question> {
    let name = screening.requested_list.unwrap_or(screening.list);
    let Some(list) = data.resolve(name) else {
        return a.next_questions.clone();
    };
    // The same list of the embedded data, when `data` is it.
    let embedded = IloData::embedded()
        .ok()
        .filter(|e| std::ptr::eq(*e, data))
        .and_then(|e| e.resolve(name));
    let status = person::status(&case.person);
    let def = profile.definition();
    let rule = &data.policy.dimension_rule;
    let current = a.verdict;
    let tally = Tally::of(screening);
    // For a presumed child, the adults' reading too: what the indicators
    // show at any age (see [`at_any_age`]).
    let adult = if status == PersonStatus::PresumedChild {
        let f = screen(case, indicators, PersonStatus::Adult, data);
        data.resolve(f.requested_list.unwrap_or(f.list))
            .map(|list| (Tally::of(&f), list))
    } else {
        None
    };
    // The what-ifs copy the case many times; the decision never reads its
    // id, so they copy it without one (no string to allocate and free).
    let bare = Case {
        id: None,
        ..case.clone()
    };
    let merged = |child: &Tally, adult: Option<&Tally>| match adult {
        Some(adult) => adult.merged(&child.merged_at_most(&bare, Level::Suspected)),
        None => child.merged(&bare),
    };
    let base = merged(&tally, adult.as_ref().map(|(t, _)| t));
    let before = super::trafficking::decide(def, &base, status);
    let rank = Verdict::precedence;

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
        let was = tally.status(entry.dimension);
        let now = tally.graded_with(entry, stated, rule);
        // Its entry on the adults' list, for a presumed child, observed.
        let as_adult = adult.as_ref().map(|(t, list)| match list.entry(&entry.id) {
            Some(e) => (
                t.observe(e, stated, t.graded_with(e, stated, rule)),
                Some(e.grade),
            ),
            None => (*t, None),
        });
        let adult_raised =
            adult
                .as_ref()
                .zip(as_adult.as_ref())
                .is_some_and(|((t, _), (observed, _))| {
                    observed.status(entry.dimension) > t.status(entry.dimension)
                });
        if now <= was && !adult_raised && !could_raise(&base, entry) {
            continue;
        }
        // Indicators alike in every way the mapping reads (dimension, grade,
        // what they are a sign of) have the same effect: decide once.
        let key = Likeness {
            dimension: entry.dimension,
            grade: entry.grade,
            adult_grade: as_adult.as_ref().and_then(|(_, g)| *g),
            stated,
            reading: entry.reading,
        };
        let effect = match seen.iter().find(|(k, _)| *k == key) {
            Some((_, effect)) => *effect,
            None => {
                let merged = merged(
                    &tally.observe(entry, stated, now),
                    as_adult.as_ref().map(|(t, _)| t),
                );
                let after = super::trafficking::decide(def, &merged, status);
                // The indicators never evidence the person's age: `status`
                // is the person's status in `merged` too.
                let verdict = super::statuses_with(&merged, after.status).verdict();
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
        // The embedded lists live as long as the process: their paths and
        // wordings are lent to the question rather than copied.
        let (fact, wording) = match embedded.and_then(|l| l.indicators.get(order)) {
            Some(e) => (
                Cow::Borrowed(e.fact.as_str()),
                Cow::Borrowed(e.wording.as_str()),
            ),
            None => (
                Cow::Owned(entry.fact.clone()),
                Cow::Owned(entry.wording.clone()),
            ),
        };
        let q = Question::indicator(
            fact,
            wording,
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
    /// For a presumed child, its grade on the adults' list, if it is there.
    adult_grade: Option<crate::law::ilo::Grade>,
    stated: Fact,
    /// What it is a sign of, which risk factor it describes, whether it
    /// describes an abuse or shows work.
    reading: Reading,
}

/// The risk factors the mapping reads ([`RISKS`]), in output order.
const RISKS_READ: [RiskFactor; 2] = [
    RiskFactor::DocumentsHeldByOthers,
    RiskFactor::LabourRightsViolations,
];

/// What the mapping reads of an ILO/EC finding, as levels only: the status
/// of each dimension, its graded indicators counted, and the highest level
/// of the indicators present of each kind the mapping tells apart. The
/// what-ifs of [`ask`] are read on it, without the ids and reasons of
/// [`derive_all`]: [`Tally::evidence`] gives the levels [`derive_all`]
/// gives (a unit test checks the two on many findings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Tally {
    /// Each dimension's status, in [`Dimension::ALL`] order.
    status: [Level; 6],
    /// The graded indicators present in each dimension, counted.
    graded: [GradedCounts; 6],
    /// The highest level of an indicator present in each dimension.
    present: [Level; 6],
    /// Coercive recruitment or coercion at destination: signs of coercion,
    /// force or a threat.
    coercion_sign: Level,
    /// Exploitative conditions or coercion at destination: work shown.
    work: Level,
    /// Recruitment by abuse of vulnerability: the abuse itself.
    abuse: Level,
    /// Coercive recruitment or coercion at destination: signs of each of
    /// [`crate::law::ilo::mapping::SIGN_TARGETS`].
    signs: [Level; 5],
    /// Coercive recruitment, exploitative conditions or coercion at
    /// destination: each risk factor described (by index).
    risks: [Level; 32],
}

impl Tally {
    /// The tally of `f`.
    fn of(f: &IloFinding) -> Tally {
        let mut t = Tally::default();
        for d in &f.dimensions {
            let i = d.dimension.index();
            t.status[i] = d.status;
            for indicator in d.indicators.iter().filter(|i| i.fact.is_present()) {
                let level = indicator.fact.level();
                if let Some(grade) = indicator.grade {
                    t.graded[i].add(grade, level);
                }
                t.add(d.dimension, Reading::of(&indicator.id), level);
            }
        }
        t
    }

    /// The status of `dimension`.
    fn status(&self, dimension: Dimension) -> Level {
        self.status[dimension.index()]
    }

    /// Count an indicator of `dimension` present at `level`.
    fn add(&mut self, dimension: Dimension, reading: Reading, level: Level) {
        fn up(slot: &mut Level, level: Level) {
            *slot = (*slot).max(level);
        }
        up(&mut self.present[dimension.index()], level);
        if matches!(dimension, D2 | D5) {
            for (i, slot) in self.signs.iter_mut().enumerate() {
                if reading.signs & (1 << i) != 0 {
                    up(slot, level);
                }
            }
            if reading.coercion_sign() {
                up(&mut self.coercion_sign, level);
            }
        }
        if matches!(dimension, D4 | D5) && reading.work {
            up(&mut self.work, level);
        }
        if dimension == D3 && reading.abuse {
            up(&mut self.abuse, level);
        }
        if matches!(dimension, D2 | D4 | D5) {
            for (i, slot) in self.risks.iter_mut().enumerate() {
                if reading.risks & (1 << i) != 0 {
                    up(slot, level);
                }
            }
        }
    }

    /// The counts of `entry`'s dimension were it observed (`true`; it is
    /// now `stated`).
    fn counted_with(&self, entry: &Entry, stated: Fact) -> GradedCounts {
        let mut counts = self.graded[entry.dimension.index()];
        if stated.is_present() {
            counts.remove(entry.grade, stated.level());
        }
        counts.add(entry.grade, Level::Established);
        counts
    }

    /// The status of `entry`'s dimension were it observed.
    fn graded_with(&self, entry: &Entry, stated: Fact, rule: &DimensionRule) -> Level {
        rule.level_of(&self.counted_with(entry, stated)).0
    }

    /// The tally with `entry` observed, its dimension now at `now`
    /// ([`Tally::graded_with`]).
    fn observe(&self, entry: &Entry, stated: Fact, now: Level) -> Tally {
        let mut t = *self;
        let i = entry.dimension.index();
        t.graded[i] = self.counted_with(entry, stated);
        t.status[i] = now;
        t.add(entry.dimension, entry.reading, Level::Established);
        t
    }

    /// Every fact the indicators evidence, with its level: the levels of
    /// [`derive_all`], rule by rule, without the indicators behind them.
    fn evidence(&self, mut put: impl FnMut(Field, Level)) {
        let status = |d: Dimension| self.status[d.index()];
        let present = |d: Dimension| self.present[d.index()];
        let sign = |level: Level| level.min(Level::Suspected);
        // 1. Positive dimensions.
        for m in BY_DIMENSION {
            let level = status(m.dimension);
            if level.at_least_suspected() {
                put(m.target, level.min(m.cap));
            }
        }
        // 2. Combinations: forced labour; abuse of vulnerability.
        let exploit = status(D4);
        let coercion = status(D2).max(status(D5)).max(sign(self.coercion_sign));
        let level = coercion.min(self.work);
        if level.at_least_suspected() {
            put(Field::ExploitationOccurred, level);
            put(Field::Purpose(Purpose::ForcedLabour), level);
        }
        let d3 = status(D3);
        if d3.at_least_suspected() && self.abuse.at_least_suspected() {
            put(
                Field::Means(Means::AbuseOfVulnerability),
                d3.min(self.abuse),
            );
        }
        let level = d3.max(status(D6)).min(exploit).min(Level::Suspected);
        if level.at_least_suspected() {
            put(Field::Means(Means::AbuseOfVulnerability), level);
        }
        // 3. Single indicators: signs.
        if present(D1).at_least_suspected() {
            put(Field::Means(Means::Deception), sign(present(D1)));
        }
        if self.abuse.at_least_suspected() {
            put(Field::Means(Means::AbuseOfVulnerability), sign(self.abuse));
        }
        for (target, level) in crate::law::ilo::SIGN_TARGETS.iter().zip(self.signs) {
            if level.at_least_suspected() {
                put(*target, sign(level));
            }
        }
        // 4. Indicators that describe a fact of the case.
        let recruited = present(D1)
            .max(present(D2))
            .max(self.abuse)
            .max(sign(present(D3)));
        if recruited.at_least_suspected() {
            put(Field::Act(crate::model::Act::Recruitment), recruited);
        }
        let vulnerable = present(D3).max(present(D6));
        if vulnerable.at_least_suspected() {
            put(Field::Vulnerable, vulnerable);
        }
        for risk in RISKS_READ {
            let level = self.risks.get(risk.index()).copied().unwrap_or_default();
            if level.at_least_suspected() {
                put(Field::Risk(risk), level);
            }
        }
    }

    /// The case with the facts the indicators evidence merged in (the
    /// higher level wins).
    fn merged(&self, case: &Case) -> Case {
        self.merged_at_most(case, Level::Established)
    }

    /// [`Tally::merged`], each fact evidenced counted at most at `cap`.
    fn merged_at_most(&self, case: &Case, cap: Level) -> Case {
        let mut merged = case.clone();
        self.evidence(|field, level| {
            raise(&mut merged, field.fact(case), field, level.min(cap).fact())
        });
        merged
    }
}

/// Whether observing `entry`, its dimension unchanged, could raise a fact
/// of `merged` (the case with what the indicators already evidence): an
/// upper bound of what one more indicator gives through the mapping (signs
/// at most suspected; a vulnerability, a risk factor, work or services at
/// its own level). A unit test checks it against deciding again.
fn could_raise(merged: &Case, entry: &Entry) -> bool {
    use crate::model::Act;
    let reading = entry.reading;
    let below = |field: Field, level: Level| field.fact(merged).level() < level;
    let recruitment = Field::Act(Act::Recruitment);
    let by_dimension = match entry.dimension {
        D1 => {
            below(recruitment, Level::Established)
                || below(Field::Means(Means::Deception), Level::Suspected)
        }
        D2 => below(recruitment, Level::Established),
        D3 | D6 => {
            // An abuse at recruitment shows the recruitment; the person's
            // situation at most suggests it.
            let recruited = if reading.abuse {
                Level::Established
            } else {
                Level::Suspected
            };
            (entry.dimension == D3 && below(recruitment, recruited))
                || below(Field::Vulnerable, Level::Established)
                // With the dimension positive, an indicator of the abuse
                // itself establishes the abuse at recruitment.
                || (reading.abuse
                    && below(Field::Means(Means::AbuseOfVulnerability), Level::Established))
        }
        D4 | D5 => false,
    };
    let work = if reading.work {
        Some(Level::Established)
    } else if reading.coercion_sign() {
        Some(Level::Suspected)
    } else {
        None
    };
    by_dimension
        || reading
            .sign_targets()
            .any(|target| below(target, Level::Suspected))
        || reading
            .risk_factors()
            .any(|risk| below(Field::Risk(risk), Level::Established))
        || work.is_some_and(|level| {
            below(Field::Purpose(Purpose::ForcedLabour), level)
                || below(Field::ExploitationOccurred, level)
        })
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

/// An indicator as the case gives it: its id, what the case says, its
/// dimension, its entry on the list used, and its name in words.
type Read<'d> = (
    &'d str,
    Fact,
    Option<Dimension>,
    Option<&'d Entry>,
    Option<Cow<'static, str>>,
);

/// The entry of indicator `id` on the first list that has it (for an
/// indicator not on the list used).
fn on_any_list<'d>(data: &'d IloData, id: &str) -> Option<&'d Entry> {
    data.lists().iter().find_map(|l| l.entry(id))
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

    // Each indicator's dimension, entry on the list used and name in words,
    // read once. The embedded data lives as long as the process: its names
    // are lent to the finding, not copied.
    let embedded = IloData::embedded().ok().filter(|e| std::ptr::eq(*e, data));
    let read: Vec<Read<'_>> = indicators
        .iter()
        .map(|(id, fact)| {
            let (entry, name) = match embedded {
                Some(lasting) => {
                    let entry = lasting.resolve(requested).and_then(|l| l.entry(id));
                    let name = entry
                        .or_else(|| on_any_list(lasting, id))
                        .map(|e| Cow::Borrowed(e.name.as_str()));
                    (entry, name)
                }
                None => {
                    let entry = list.and_then(|l| l.entry(id));
                    let name = entry
                        .or_else(|| on_any_list(data, id))
                        .map(|e| Cow::Owned(e.name.clone()));
                    (entry, name)
                }
            };
            (id, fact, Dimension::of_indicator(id), entry, name)
        })
        .collect();
    let mut dimensions = Vec::with_capacity(6);
    for dimension in Dimension::ALL {
        let mut findings = Vec::new();
        let mut graded = Vec::new();
        let mut counts = GradeCounts::default();
        for (id, fact, of, entry, name) in &read {
            let (id, fact, of, entry) = (*id, *fact, *of, *entry);
            // An id on the list used is known; another is looked up.
            if of != Some(dimension) || (entry.is_none() && !data.is_known(id)) {
                continue;
            }
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
                name: name.clone(),
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
        .filter(|(id, _)| Dimension::of_indicator(id) != Some(D3) || ABUSE.contains(id))
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
    // An indicator of the person's situation when recruited (economic
    // reasons, a family or personal situation, the general context)
    // describes the person, not what anyone did: it suggests that a
    // recruitment took place, and no more (at most suspected).
    let situation: Vec<(&str, Level)> = present(f, D3)
        .into_iter()
        .filter(|(id, _)| !ABUSE.contains(id))
        .collect();
    if let Some(level) = situation.iter().map(|(_, l)| *l).max() {
        out.push(Derived {
            target: Field::Act(crate::model::Act::Recruitment),
            level: level.min(Level::Suspected),
            rule: &rules::RECRUITMENT,
            dimensions: Vec::new(),
            indicators: ids(&situation),
            why: Why::RecruitedInSituation,
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
    for risk in RISKS_READ {
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
            presumed: false,
        })
        .collect()
}

/// For a presumed child, the facts read on the children's lists held to
/// what the indicators show at any age.
///
/// The children's lists apply while the person is presumed to be a child:
/// the presumption protects "pending verification" of the age (CETS 197
/// art. 10(3)), it does not prove it. A fact the children's lists give
/// beyond what the adults' lists give rests on the presumption, so it
/// counts at most as `suspected` until the age is verified (contract
/// revision 2) and says so; a fact the adults' lists give holds at any age,
/// at its own level.
fn at_any_age(child: Vec<DerivedFact>, adult: Vec<DerivedFact>) -> Vec<DerivedFact> {
    fn highest(list: &[DerivedFact], fact: &str) -> Level {
        list.iter()
            .filter(|d| d.fact == fact)
            .map(|d| d.level)
            .max()
            .unwrap_or_default()
    }
    let mut out: Vec<DerivedFact> = child
        .into_iter()
        .map(|mut d| {
            let held = highest(&adult, &d.fact).max(d.level.min(Level::Suspected));
            if held < d.level {
                d.level = held;
                d.presumed = true;
            }
            d
        })
        .collect();
    for d in adult {
        if d.level > highest(&out, &d.fact) {
            out.push(d);
        }
    }
    // Element order, strongest first within a fact, as [`derive`] gives.
    out.sort_by(|a, b| {
        let at = |d: &DerivedFact| Field::from_path(&d.fact).map(order);
        at(a).cmp(&at(b)).then(b.level.cmp(&a.level))
    });
    out
}

/// Merge the evidenced facts into the case (the higher level wins). Returns
/// the facts stated `false` that the indicators contradict. Such a fact is
/// contested: the indicators raise it at most to suspected, so a finding
/// that rests on it is provisional (contract revision 2: a finding is
/// established only when every premise it rests on is).
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
        // Stated false, and not yet raised (the first evidence of a field
        // finds it as stated): a conflict, held at most as suspected.
        let stated = if conflicts.contains(&field) {
            Fact::RuledOut
        } else {
            field.fact(case)
        };
        if stated == Fact::RuledOut && !conflicts.contains(&field) {
            conflicts.push(field);
        }
        raise(case, stated, field, fact);
    }
    conflicts
}

/// Raise `field` of `case` to `fact`, as the indicators evidence it (the
/// higher level wins). A fact the record rules out (`stated`, as the
/// record has it) is contested: the indicators raise it at most to
/// suspected. The one rule for the assessment ([`apply`]) and for the
/// what-ifs of its questions.
fn raise(case: &mut Case, stated: Fact, field: Field, fact: Fact) {
    let fact = if stated == Fact::RuledOut {
        fact.min(Fact::Suspected)
    } else {
        fact
    };
    if !fact.is_not_stated() && fact > field.fact(case) {
        field.set(case, crate::model::Answer::Fact(fact));
    }
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
    // The level at which an evidenced fact counts: a fact the record rules
    // out is contested and counts at most as suspected (see [`raise`]).
    let counts_at = |d: &DerivedFact| {
        let contested = d
            .fact
            .strip_prefix(V::GROUP)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(V::from_name)
            .is_some_and(|member| stated.get(member) == Fact::RuledOut);
        if contested {
            d.level.min(Level::Suspected)
        } else {
            d.level
        }
    };
    for d in mine
        .iter()
        .filter(|d| counts_at(d) == level && level.at_least_suspected())
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

    /// The case with the facts `screening`'s indicators evidence merged in,
    /// by the full derivation ([`derive_all`]): what [`Tally::merged`] must
    /// give.
    fn merge(case: &Case, screening: &IloFinding) -> Case {
        let mut merged = case.clone();
        for d in derive_all(screening) {
            // The merge's own rule (a fact stated false is held at most as
            // suspected): what is compared is which facts are evidenced.
            raise(&mut merged, d.target.fact(case), d.target, d.level.fact());
        }
        merged
    }

    /// A small deterministic generator (a linear congruential one).
    struct Dice(u64);

    impl Dice {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from((self.0 >> 33) % n as u64).unwrap_or(0)
        }
    }

    /// Generated cases with indicators: adults, children, a person of
    /// unknown age; labour or sexual exploitation (so every list, and the
    /// fallback lists); indicators stated `true`, `"suspected"`, `false` or
    /// not stated, few or many, on the list used or not; the case's own
    /// facts stated or not.
    fn generated(count: usize) -> Vec<(Case, Indicators)> {
        use crate::model::{Act, Answer};
        let data = IloData::embedded().unwrap();
        let all = data.ids();
        let facts = [
            Fact::Established,
            Fact::Suspected,
            Fact::RuledOut,
            Fact::NotStated,
        ];
        let fields = [
            Field::Act(Act::Recruitment),
            Field::Act(Act::Harbouring),
            Field::Means(Means::Deception),
            Field::Means(Means::Coercion),
            Field::Means(Means::Force),
            Field::Means(Means::AbuseOfVulnerability),
            Field::Purpose(Purpose::ForcedLabour),
            Field::Purpose(Purpose::PracticesSimilarToSlavery),
            Field::Purpose(Purpose::SexualExploitation),
            Field::Purpose(Purpose::ProstitutionOfOthers),
            Field::Vulnerable,
            Field::ExploitationOccurred,
            Field::Risk(RiskFactor::DocumentsHeldByOthers),
            Field::Risk(RiskFactor::LabourRightsViolations),
            Field::Migrated,
            Field::CrossedBorder,
        ];
        let mut dice = Dice(7);
        let mut out = Vec::with_capacity(count);
        for _ in 0..count {
            let mut case = Case::new();
            case.person.age = [None, Some(9), Some(16), Some(30)][dice.next(4)];
            for field in fields {
                if dice.next(4) == 0 {
                    field.set(&mut case, Answer::Fact(facts[dice.next(4)]));
                }
            }
            let mut indicators = Indicators::new();
            let share = [3, 8, 20, 60][dice.next(4)];
            for id in &all {
                if dice.next(100) < share {
                    indicators.set(id, facts[dice.next(4)]);
                }
            }
            out.push((case, indicators));
        }
        out
    }

    /// The levels-only reading of a finding ([`Tally::evidence`]) gives
    /// every fact the full derivation ([`derive_all`]) gives, at the same
    /// highest level, and no other; merged into the case, the same case.
    #[test]
    fn the_tally_evidences_what_the_full_derivation_does() {
        use std::collections::BTreeMap;
        let data = IloData::embedded().unwrap();
        let mut facts = 0;
        for (case, indicators) in generated(3000) {
            let status = person::status(&case.person);
            let f = screen(&case, &indicators, status, data);
            let mut full: BTreeMap<Field, Level> = BTreeMap::new();
            for d in derive_all(&f) {
                if d.level.at_least_suspected() {
                    let level = full.entry(d.target).or_default();
                    *level = (*level).max(d.level);
                }
            }
            let mut quick: BTreeMap<Field, Level> = BTreeMap::new();
            Tally::of(&f).evidence(|field, level| {
                assert!(level.at_least_suspected());
                let l = quick.entry(field).or_default();
                *l = (*l).max(level);
            });
            assert_eq!(quick, full, "{indicators:?}");
            assert_eq!(Tally::of(&f).merged(&case), merge(&case, &f));
            facts += full.len();
        }
        assert!(facts > 10_000, "{facts}");
    }

    /// An indicator that [`could_raise`] passes over, its dimension
    /// unchanged, indeed changes none of the facts (so no question is lost).
    #[test]
    fn an_indicator_passed_over_changes_no_fact() {
        let data = IloData::embedded().unwrap();
        let rule = &data.policy.dimension_rule;
        let (mut checked, mut gaps) = (0, 0);
        for (case, indicators) in generated(400) {
            let status = person::status(&case.person);
            let screening = screen(&case, &indicators, status, data);
            let tally = Tally::of(&screening);
            let base = merge(&case, &screening);
            let list = data.resolve(screening.list).unwrap();
            for entry in &list.indicators {
                let stated = indicators.get(&entry.id);
                if stated == Fact::Established {
                    continue;
                }
                let was = screening.status(entry.dimension);
                if tally.graded_with(entry, stated, rule) > was || could_raise(&base, entry) {
                    continue;
                }
                let more = indicators.clone().with(&entry.id, Fact::Established);
                let again = merge(&case, &screen(&case, &more, status, data));
                if again != base {
                    gaps += 1;
                }
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
        assert_eq!(gaps, 0, "indicators passed over that change a fact");
    }

    /// Observing one more indicator on the tally ([`Tally::observe`]) gives
    /// the tally (and so the facts) of assessing all the indicators again,
    /// whatever it was stated before.
    #[test]
    fn observing_one_indicator_is_assessing_them_all_again() {
        let data = IloData::embedded().unwrap();
        let rule = &data.policy.dimension_rule;
        let mut checked = 0;
        for (case, indicators) in generated(300) {
            let status = person::status(&case.person);
            let screening = screen(&case, &indicators, status, data);
            let tally = Tally::of(&screening);
            let list = data
                .resolve(screening.requested_list.unwrap_or(screening.list))
                .unwrap();
            for entry in &list.indicators {
                let stated = indicators.get(&entry.id);
                let more = indicators.clone().with(&entry.id, Fact::Established);
                let again = screen(&case, &more, status, data);
                let now = tally.graded_with(entry, stated, rule);
                assert_eq!(now, again.status(entry.dimension), "{}", entry.id);
                let quick = tally.observe(entry, stated, now);
                assert_eq!(quick, Tally::of(&again), "{}", entry.id);
                assert_eq!(quick.merged(&case), merge(&case, &again), "{}", entry.id);
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
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
