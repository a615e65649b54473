//! The interview: which question to ask next, one topic at a time.
//!
//! An interviewer screens for the most serious finding first: trafficking
//! (the person's age early, since it decides whether a means is needed; then
//! the act, the means, the purpose), then smuggling, then the migration
//! findings. A question is a [`Topic`]: one topic settles several facts at
//! once (every act, every means, every purpose, every risk factor), so that
//! interviews stay short. A follow-up topic comes up only where an answer
//! opens it: a forced marriage asks whether it was a servile marriage; a
//! child, under a profile that makes removing a minor from custody an act,
//! asks about that.
//!
//! First the facts whose answer changes the verdict (the deciding questions
//! of `next_questions`, in the same order, so that its first question is the
//! interview's next one); then the facts that lead to a finding of higher
//! precedence than the current verdict, the most serious first. A
//! fact is asked once: an unanswered ("skip") fact is not asked again, and a
//! finding whose missing part has no fact left to ask is given up. The
//! interview ends when no fact is left whose answer could change the verdict
//! or lead to a more serious finding.
//!
//! This module decides; [`crate::words`] puts a topic in words.

use super::questions;
use crate::assessment::{PersonStatus, Verdict};
use crate::law::profile::Profile;
use crate::model::{
    Act, AgeRange, Answer, Case, Fact, Field, Indicators, Level, Purpose, Regularity, Relationship,
    MAX_AGE,
};
use std::borrow::Cow;

/// What one interview question is about. Several facts may share a topic;
/// one answer then settles them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Topic {
    /// The person's age (a number, or an estimate).
    Age,
    /// Whether the person looks or acts like a child.
    ChildIndicators,
    /// How the person came to be where they are: every act.
    Acts,
    /// A minor taken away from those with custody (a follow-up for a child).
    Custody,
    /// Whether the person is under someone's lawful custody or care.
    Guardianship,
    /// How the person was controlled: every means.
    Means,
    /// What the person was made to do: every purpose.
    Purposes,
    /// Whether a forced marriage was a servile one (a follow-up).
    Marriage,
    /// Whether the person left home to go somewhere else.
    Migrated,
    /// Whether the person crossed an international border.
    CrossedBorder,
    /// Whether the entry was regular.
    Entry,
    /// Whether someone arranged the entry.
    ProcuredEntry,
    /// Whether the person who arranged it gained money or another benefit.
    MaterialBenefit,
    /// Whether the stay is regular.
    Stay,
    /// Whether someone enabled an irregular stay.
    EnabledIrregularStay,
    /// Whether the help was humanitarian or by family, without gain.
    HumanitarianOrFamily,
    /// Whether the person is a national or resident of the destination.
    NationalOrResident,
    /// The risks of the journey and the job: every risk factor.
    RiskFactors,
    /// Any other single fact.
    Other,
}

impl Topic {
    /// The topic a field is asked under.
    pub fn of(field: Field) -> Topic {
        match field {
            Field::Age | Field::AgeEstimate => Topic::Age,
            Field::ChildIndicators => Topic::ChildIndicators,
            Field::Act(Act::RemovalFromCustody) => Topic::Custody,
            Field::Act(_) => Topic::Acts,
            Field::UnderGuardianship => Topic::Guardianship,
            Field::Means(_) => Topic::Means,
            Field::Purpose(Purpose::ServileMarriage) => Topic::Marriage,
            Field::Purpose(_) => Topic::Purposes,
            Field::CrossedBorder => Topic::CrossedBorder,
            Field::Entry => Topic::Entry,
            Field::ProcuredEntry => Topic::ProcuredEntry,
            Field::MaterialBenefit => Topic::MaterialBenefit,
            Field::Stay => Topic::Stay,
            Field::EnabledIrregularStay => Topic::EnabledIrregularStay,
            Field::HumanitarianOrFamily => Topic::HumanitarianOrFamily,
            Field::NationalOrResident => Topic::NationalOrResident,
            Field::Migrated => Topic::Migrated,
            Field::Risk(_) => Topic::RiskFactors,
            _ => Topic::Other,
        }
    }

    /// Whether one answer to this topic settles several facts.
    pub fn is_group(self) -> bool {
        matches!(
            self,
            Topic::Acts | Topic::Means | Topic::Purposes | Topic::RiskFactors
        )
    }
}

/// The next question of an interview: a topic and the facts it asks, in
/// contract order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    /// What the question is about.
    pub topic: Topic,
    /// The facts one answer settles (one for a single question).
    pub fields: Vec<Field>,
    /// The most serious finding the answer could lead to.
    pub towards: Verdict,
}

impl Ask {
    /// The number a screener answers `field` by in a grouped question: its
    /// place among every fact of the topic in contract order, from 1. A fact
    /// keeps its number in every question of an interview, so that a number
    /// typed always means the same fact, also where a question comes back
    /// with fewer facts (the others left unanswered); the numbers shown may
    /// then skip. `None` when `field` is not one of this question's facts.
    pub fn number(&self, field: Field) -> Option<usize> {
        if !self.fields.contains(&field) {
            return None;
        }
        let topic = self.topic;
        Field::all()
            .filter(|f| Topic::of(*f) == topic)
            .position(|f| f == field)
            .map(|i| i + 1)
    }

    /// The fact of this question answered by `number` ([`Ask::number`]);
    /// `None` when no fact of the question has that number.
    pub fn numbered(&self, number: usize) -> Option<Field> {
        self.fields
            .iter()
            .copied()
            .find(|f| self.number(*f) == Some(number))
    }
}

/// The facts still worth asking in `case` under `profile`, leaving out
/// those in `asked`, each with its key in the interview order (lower first).
fn candidates(
    case: &Case,
    profile: Profile,
    asked: &[Field],
) -> Vec<(Field, (usize, usize, usize))> {
    let person = super::person::status(&case.person);
    let statuses = super::statuses(case, profile);
    let current = statuses.verdict();
    let rank = Verdict::precedence;
    let mut out: Vec<(Field, (usize, usize, usize))> = Vec::new();
    // The age asked but not known: signs that the person is a child stand in
    // for it (a presumed child, towards a suspected finding), once.
    let signs = asked.contains(&Field::Age)
        && !asked.contains(&Field::ChildIndicators)
        && case.person.age.is_none()
        && case.person.age_estimate.is_none()
        && case.person.child_indicators.is_not_stated();
    let mut add = |field: Field, key: (usize, usize, usize)| {
        if asked.contains(&field) {
            return;
        }
        match out.iter_mut().find(|(f, _)| *f == field) {
            Some((_, k)) => *k = (*k).min(key),
            None => out.push((field, key)),
        }
    };
    // The facts whose answer changes the verdict, by the verdict they lead to.
    for (path, best) in questions::decisive(case, person, statuses, profile) {
        if let Some(field) = Field::from_path(path) {
            add(field, (0, rank(best), Topic::of(field) as usize));
        }
    }
    // The facts towards every finding of higher precedence, the most serious
    // first. A finding with a missing part that no unasked fact can supply
    // is given up.
    for target in Verdict::ALL.into_iter().take_while(|v| *v != current) {
        for way in questions::missing_facts(case, person, target, profile) {
            let open: Vec<Vec<Field>> = way
                .into_iter()
                .map(|part| {
                    let by_age = part.contains(&Field::Age.path());
                    let mut open: Vec<Field> = part
                        .into_iter()
                        .filter_map(Field::from_path)
                        .filter(|f| !asked.contains(f))
                        .collect();
                    if by_age && signs && target == Verdict::PossibleTrafficking {
                        open.push(Field::ChildIndicators);
                    }
                    open
                })
                .collect();
            if open.is_empty() || open.iter().any(Vec::is_empty) {
                continue;
            }
            for field in open.into_iter().flatten() {
                add(field, (1, rank(target), Topic::of(field) as usize));
            }
        }
    }
    // Beside a trafficking finding, smuggling: the same journey can be both
    // (a person smuggled, then exploited), and each finding has its own
    // consequences (Smuggling Protocol arts. 5, 6). Asked after trafficking
    // is settled as far as it can be.
    let no_crossing = case.movement.crossed_border == Fact::RuledOut
        && !case.movement.crossing_planned.is_present();
    if matches!(current, Verdict::Trafficking | Verdict::PossibleTrafficking)
        && statuses.smuggling != Level::Established
        && !no_crossing
    {
        for way in questions::missing_facts(case, person, Verdict::Smuggling, profile) {
            let open: Vec<Vec<Field>> = way
                .into_iter()
                .map(|part| {
                    part.into_iter()
                        .filter_map(Field::from_path)
                        .filter(|f| !asked.contains(f))
                        .collect()
                })
                .collect();
            if open.is_empty() || open.iter().any(Vec::is_empty) {
                continue;
            }
            for field in open.into_iter().flatten() {
                add(
                    field,
                    (2, rank(Verdict::Smuggling), Topic::of(field) as usize),
                );
            }
        }
    }
    // Last, once each, the facts that decide what the person is owed
    // whatever the verdict: whether offences they committed call for
    // non-punishment (where trafficking is at least suspected), whether
    // they fear return (where a border was crossed: non-refoulement), and
    // whether a smuggling was aggravated (Smuggling Protocol art. 6(3)).
    let unstated = |fact: Fact| fact.is_not_stated();
    let last = [
        (
            Field::OffencesByPerson,
            statuses.trafficking.at_least_suspected() && unstated(case.offences_by_person),
        ),
        (
            Field::AsylumClaim,
            case.movement.crossed_border.is_present() && unstated(case.asylum_claim),
        ),
        (
            Field::LifeEndangered,
            statuses.smuggling.at_least_suspected() && unstated(case.movement.life_endangered),
        ),
        (
            Field::InhumanOrDegradingTreatment,
            statuses.smuggling.at_least_suspected()
                && unstated(case.movement.inhuman_or_degrading_treatment),
        ),
    ];
    // Towards the verdict as it stands: the answer does not change it.
    for (i, (field, ask)) in last.into_iter().enumerate() {
        if ask {
            add(field, (3, rank(current), i));
        }
    }
    out
}

/// The next question for `case` under `profile`, with the facts in `asked`
/// already asked (answered or skipped); `None` when the interview is over:
/// no fact is left whose answer could change the verdict or lead to a more
/// serious finding.
pub fn next(case: &Case, profile: Profile, asked: &[Field]) -> Option<Ask> {
    pick(case, profile, asked, LAST)
}

/// The phase of the questions towards a verdict ([`candidates`]: the
/// deciding facts, then those towards a more serious finding); those after
/// it are asked beside the verdict (smuggling beside trafficking, then the
/// facts that decide protection).
const TOWARDS_A_VERDICT: usize = 1;
/// The last phase of [`candidates`].
const LAST: usize = 3;

/// [`next`] among the facts of the phases up to `phase`.
fn pick(case: &Case, profile: Profile, asked: &[Field], phase: usize) -> Option<Ask> {
    let mut found = candidates(case, profile, asked);
    found.retain(|(_, key)| key.0 <= phase);
    let (first, key) = found.iter().min_by_key(|(_, k)| *k).copied()?;
    let topic = Topic::of(first);
    let mut fields: Vec<Field> = if topic.is_group() {
        found
            .iter()
            .map(|(f, _)| *f)
            .filter(|f| Topic::of(*f) == topic)
            .collect()
    } else {
        vec![first]
    };
    let contract = |f: &Field| Field::all().position(|x| x == *f);
    fields.sort_by_key(contract);
    Some(Ask {
        topic,
        fields,
        towards: Verdict::ALL
            .get(key.1)
            .copied()
            .unwrap_or(Verdict::NoFinding),
    })
}

/// How many questions are left at most: the topics still worth asking.
pub fn remaining(case: &Case, profile: Profile, asked: &[Field]) -> usize {
    let mut topics: Vec<Topic> = candidates(case, profile, asked)
        .into_iter()
        .map(|(f, _)| Topic::of(f))
        .collect();
    topics.sort_unstable();
    topics.dedup();
    topics.len()
}

/// One answer, read from the words a screener types: `yes`, `no`,
/// `suspected` (or `not sure`) for a fact (any letter case); a whole number
/// for `person.age` from 0 to 130 (or `MIN-MAX`, an estimate, both ends from
/// 0 to 130 and `MIN` not above `MAX`, or `MIN+` for `MIN` or over);
/// `MIN-MAX` or `MIN+` for `person.age_estimate`; `irregular` (or `yes`) or `regular` (or `no`)
/// for `movement.entry` and `movement.stay`; `ended` or `continued` for
/// `movement.facilitator.relationship_after_arrival`. Returns the field the
/// answer sets (the age question also takes an estimate) and the answer;
/// `None` when the words do not answer this field.
pub fn parse_answer(field: Field, words: &str) -> Option<(Field, Answer)> {
    let w = words.trim().to_ascii_lowercase();
    let range = |s: &str| -> Option<AgeRange> {
        // `18+`: 18 or over, as a record that says only "adult" is read.
        if let Some(min) = s.strip_suffix('+') {
            let min: u8 = min.trim().parse().ok()?;
            return (min <= MAX_AGE).then_some(AgeRange { min, max: MAX_AGE });
        }
        let (min, max) = s.split_once('-')?;
        let (min, max): (u8, u8) = (min.trim().parse().ok()?, max.trim().parse().ok()?);
        (min <= max && max <= MAX_AGE).then_some(AgeRange { min, max })
    };
    match field {
        Field::Age => match w.parse::<u8>() {
            Ok(age) if age <= MAX_AGE => Some((Field::Age, Answer::Age(Some(age)))),
            Ok(_) => None,
            Err(_) => range(&w).map(|r| (Field::AgeEstimate, Answer::Estimate(Some(r)))),
        },
        Field::AgeEstimate => range(&w).map(|r| (field, Answer::Estimate(Some(r)))),
        // The question asks whether it was irregular: yes is irregular.
        Field::Entry | Field::Stay => match w.as_str() {
            "regular" | "no" => Some((field, Answer::Regularity(Some(Regularity::Regular)))),
            "irregular" | "yes" => Some((field, Answer::Regularity(Some(Regularity::Irregular)))),
            _ => None,
        },
        Field::RelationshipAfterArrival => match w.as_str() {
            "ended" => Some((field, Answer::Relationship(Some(Relationship::Ended)))),
            "continued" => Some((field, Answer::Relationship(Some(Relationship::Continued)))),
            _ => None,
        },
        _ => {
            let fact = match w.as_str() {
                "yes" | "y" | "true" => Fact::Established,
                "no" | "n" | "false" => Fact::RuledOut,
                "suspected" | "not sure" | "maybe" => Fact::Suspected,
                _ => return None,
            };
            field.is_fact().then_some((field, Answer::Fact(fact)))
        }
    }
}

/// An interview in progress: the case so far, the ILO/EC indicators
/// observed (which the case is screened with, as `screen` does), the facts
/// asked, and the steps to go back through.
#[derive(Debug, Clone)]
pub struct Interview {
    case: Case,
    indicators: Indicators,
    profile: Profile,
    asked: Vec<Field>,
    /// The facts of a grouped question left unanswered by a partial answer:
    /// asked once more, at the end, where they could still change the verdict.
    deferred: Vec<Field>,
    /// Before each answer: the case, how many facts had been asked, and the
    /// facts deferred.
    history: Vec<(Case, usize, Vec<Field>)>,
}

impl Interview {
    /// An interview that starts from `case` (facts already stated are not
    /// asked) under `profile`.
    pub fn new(case: Case, profile: Profile) -> Self {
        Interview {
            case,
            indicators: Indicators::default(),
            profile,
            asked: Vec::new(),
            deferred: Vec::new(),
            history: Vec::new(),
        }
    }

    /// Builder form: the same interview with the ILO/EC indicators observed.
    /// The facts they evidence are read into the case as `screen` reads them
    /// (and are not asked), so that the running verdict is `screen`'s on the
    /// case so far with these indicators.
    pub fn with_indicators(mut self, indicators: Indicators) -> Self {
        self.indicators = indicators;
        self
    }

    /// The case so far (the facts answered, without those the indicators
    /// evidence).
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case so far, to be given back (the end of the interview).
    pub fn into_case(self) -> Case {
        self.case
    }

    /// The ILO/EC indicators the interview screens with.
    pub fn indicators(&self) -> &Indicators {
        &self.indicators
    }

    /// The profile the interview screens under.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// How many questions have been answered or skipped.
    pub fn steps(&self) -> usize {
        self.history.len()
    }

    /// The case the interview decides on: the facts answered, with those
    /// the indicators evidence.
    fn merged(&self) -> Cow<'_, Case> {
        if self.indicators.is_empty() {
            Cow::Borrowed(&self.case)
        } else {
            Cow::Owned(super::indicators::merge(&self.case, &self.indicators))
        }
    }

    /// The facts asked, less those deferred: what the last questions are
    /// chosen from.
    fn asked_but_deferred(&self) -> Vec<Field> {
        let mut asked = self.asked.clone();
        asked.retain(|f| !self.deferred.contains(f));
        asked
    }

    /// The next question, or `None` when the interview is over. The facts
    /// a partial answer to a grouped question left open come back once,
    /// where they could still change the verdict, after the other
    /// questions towards a verdict and before those asked beside it.
    pub fn next(&self) -> Option<Ask> {
        let case = self.merged();
        pick(&case, self.profile, &self.asked, TOWARDS_A_VERDICT)
            .or_else(|| {
                if self.deferred.is_empty() {
                    None
                } else {
                    pick(
                        &case,
                        self.profile,
                        &self.asked_but_deferred(),
                        TOWARDS_A_VERDICT,
                    )
                }
            })
            .or_else(|| pick(&case, self.profile, &self.asked, LAST))
    }

    /// How many questions are left at most.
    pub fn remaining(&self) -> usize {
        remaining(&self.merged(), self.profile, &self.asked_but_deferred())
    }

    /// The verdict of the case so far (with the indicators, if any).
    pub fn verdict(&self) -> Verdict {
        super::statuses(&self.merged(), self.profile).verdict()
    }

    /// Whether the verdict so far rests on the person being presumed to be
    /// a child (the age not known, signs that they are one, or an estimate
    /// that reaches under 18): it holds until the age is verified.
    pub fn rests_on_presumed_child(&self) -> bool {
        let case = self.merged();
        let person = super::person::status(&case.person);
        if person != PersonStatus::PresumedChild {
            return false;
        }
        let d = super::trafficking::decide(self.profile.definition(), &case, person);
        d.presumed && d.status.at_least_suspected() && d.means != Level::Established
    }

    /// Whether some fact not answered (skipped, or left out of a partial
    /// answer) could still change the verdict, though no question is left
    /// to ask: `explain` lists them.
    pub fn open_facts(&self) -> bool {
        let case = self.merged();
        let person = super::person::status(&case.person);
        let statuses = super::statuses(&case, self.profile);
        !questions::decisive(&case, person, statuses, self.profile).is_empty()
    }

    /// Record the answers to `ask`: each `(field, answer)` is set on the
    /// case; every fact of the question counts as asked. The facts a
    /// partial answer to a grouped question leaves out are asked once more
    /// at the end, where they could still change the verdict.
    pub fn answer(&mut self, ask: &Ask, answers: &[(Field, Answer)]) {
        self.history
            .push((self.case.clone(), self.asked.len(), self.deferred.clone()));
        for (field, answer) in answers {
            field.set(&mut self.case, *answer);
        }
        let again = ask.fields.iter().any(|f| self.deferred.contains(f));
        self.deferred.retain(|f| !ask.fields.contains(f));
        if ask.topic.is_group() && !answers.is_empty() && !again {
            let left = ask
                .fields
                .iter()
                .filter(|f| !answers.iter().any(|(a, _)| a == *f));
            self.deferred.extend(left);
        }
        for field in &ask.fields {
            if !self.asked.contains(field) {
                self.asked.push(*field);
            }
        }
    }

    /// Whether `ask` comes back, as a list, to facts of a grouped question
    /// already put (those a partial answer left out): its words then say
    /// so. One fact left is asked in its own words.
    pub fn asks_again(&self, ask: &Ask) -> bool {
        ask.topic.is_group()
            && ask.fields.len() > 1
            && ask.fields.iter().any(|f| self.asked.contains(f))
    }

    /// Skip `ask`: its facts stay unknown and are not asked again.
    pub fn skip(&mut self, ask: &Ask) {
        self.answer(ask, &[]);
    }

    /// Undo the last answer or skip; `false` when there is none.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some((case, asked, deferred)) => {
                self.case = case;
                self.asked.truncate(asked);
                self.deferred = deferred;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Means;

    #[test]
    fn a_blank_case_starts_with_trafficking() {
        let ask = next(&Case::new(), Profile::Palermo, &[]).expect("a question");
        assert_eq!(ask.topic, Topic::Age);
        assert_eq!(ask.towards, Verdict::Trafficking);
    }

    #[test]
    fn no_act_gives_up_trafficking() {
        let mut i = Interview::new(Case::new(), Profile::Palermo);
        let age = i.next().expect("age");
        i.answer(&age, &[(Field::Age, Answer::Age(Some(30)))]);
        let acts = i.next().expect("acts");
        assert_eq!(acts.topic, Topic::Acts);
        let no: Vec<_> = acts
            .fields
            .iter()
            .map(|f| (*f, Answer::Fact(Fact::RuledOut)))
            .collect();
        i.answer(&acts, &no);
        let after = i.next().expect("more");
        assert!(
            !matches!(after.topic, Topic::Means | Topic::Purposes),
            "{after:?}"
        );
        assert!(i.back());
        assert_eq!(i.next().map(|a| a.topic), Some(Topic::Acts));
    }

    #[test]
    fn answers_in_any_letter_case() {
        let f = Field::Means(Means::Deception);
        assert_eq!(
            parse_answer(f, "YES"),
            Some((f, Answer::Fact(Fact::Established)))
        );
        assert_eq!(
            parse_answer(f, "No"),
            Some((f, Answer::Fact(Fact::RuledOut)))
        );
        assert_eq!(parse_answer(f, "17"), None);
        assert_eq!(
            parse_answer(Field::Age, "15-17"),
            Some((
                Field::AgeEstimate,
                Answer::Estimate(Some(AgeRange { min: 15, max: 17 }))
            ))
        );
        assert_eq!(parse_answer(Field::Age, "17-15"), None);
    }

    /// `18+` is an estimate open at the top: 18 to the oldest age a record
    /// holds, as "adult" is read from a record, and said "18 or over".
    #[test]
    fn an_age_with_a_plus_is_an_estimate_open_at_the_top() {
        for field in [Field::Age, Field::AgeEstimate] {
            assert_eq!(
                parse_answer(field, " 18+ "),
                Some((
                    Field::AgeEstimate,
                    Answer::Estimate(Some(AgeRange {
                        min: 18,
                        max: MAX_AGE
                    }))
                ))
            );
            for words in ["131+", "+", "x+", "18++"] {
                assert_eq!(parse_answer(field, words), None, "{words}");
            }
        }
    }

    /// An age range is held to the contract's 0 to 130, as an age is.
    #[test]
    fn an_age_range_over_130_is_no_answer() {
        for words in ["10-200", "0-255", "131-131", "10-131"] {
            assert_eq!(parse_answer(Field::Age, words), None, "{words}");
            assert_eq!(parse_answer(Field::AgeEstimate, words), None, "{words}");
        }
        assert_eq!(parse_answer(Field::Age, "131"), None);
        assert_eq!(
            parse_answer(Field::Age, "0-130"),
            Some((
                Field::AgeEstimate,
                Answer::Estimate(Some(AgeRange { min: 0, max: 130 }))
            ))
        );
    }
}
