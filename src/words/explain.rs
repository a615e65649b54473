//! The assessment in words, for a person: a caseworker, a trainer reading it
//! aloud, a prosecutor checking the reasoning.
//!
//! The text follows the order of the law: the verdict, who the person is,
//! each element with the facts that made it, the other findings, then the
//! reasoning step by step, each step headed by its topic and with its
//! provision quoted, and finally what is missing and the questions that
//! would settle it. Sentences are short and the facts are put the way a
//! trainee would put them ("the person was deceived"), not the way the data
//! records them (`means.deception`).
//!
//! [`explain`] gives the whole text in English; [`explain_in`] in another
//! language of the catalogues (a draft translation says so first, and the
//! provisions stay quoted in English). [`steps`], [`missing`] and the
//! functions that put a finding in words give the same content as data, for
//! other renderings (the casebook handout uses them). Every word comes from
//! the catalogue.

use super::questions::part;
use super::reasons::{dimension_msg, grade_msg, level_msg, list_msg, verdict_words};
use super::{capitalise, fact, Language, Msg, Tr};
use crate::assessment::{
    Asked, Assessment, Element, ElementFinding, ElementStatus, Flag, PersonStatus, Question, Said,
    Topic, Verdict,
};
use crate::law::profile::Profile;
use crate::law::{self, Wording};
use crate::model::{Act, Field, Level, Means, Purpose, Vocabulary};
use std::borrow::Cow;
use std::fmt::Write as _;

/// What an act means for the person, as a past participle ("recruited").
pub fn act_words(act: Act) -> Cow<'static, str> {
    act_words_tr(Tr::ENGLISH, act)
}

fn act_words_tr(t: Tr, act: Act) -> Cow<'static, str> {
    attribute(t, fact(act), "done")
}

/// What a means was, as a clause about the person ("the person was deceived").
pub fn means_words(means: Means) -> Cow<'static, str> {
    means_words_tr(Tr::ENGLISH, means)
}

fn means_words_tr(t: Tr, means: Means) -> Cow<'static, str> {
    attribute(t, fact(means), "clause")
}

/// What a purpose was, as a noun phrase ("forced labour").
pub fn purpose_words(purpose: Purpose) -> Cow<'static, str> {
    purpose_words_tr(Tr::ENGLISH, purpose)
}

fn purpose_words_tr(t: Tr, purpose: Purpose) -> Cow<'static, str> {
    attribute(t, fact(purpose), "aim")
}

/// The question an interviewer would ask to settle a fact, by its dotted
/// contract path (`means.deception`). `None` for a path it does not know.
pub fn fact_question(path: &str) -> Option<Cow<'static, str>> {
    fact_question_tr(Tr::ENGLISH, path)
}

fn fact_question_tr(t: Tr, path: &str) -> Option<Cow<'static, str>> {
    let field = Field::from_path(path)?;
    super::field(field).attribute("ask").map(|m| t.text(m))
}

fn attribute(t: Tr, msg: Msg, name: &str) -> Cow<'static, str> {
    msg.attribute(name)
        .map_or_else(|| t.text(msg), |m| t.text(m))
}

/// The short name of a fact, for tables: the law's own word.
fn label<V: Vocabulary>(t: Tr, member: V) -> Cow<'static, str> {
    t.text(fact(member))
}

/// The facts of an element in short words, for a table row: "recruitment, transportation".
pub fn element_labels<V: Vocabulary>(e: &ElementFinding<V>) -> String {
    element_labels_tr(Tr::ENGLISH, e)
}

fn element_labels_tr<V: Vocabulary>(t: Tr, e: &ElementFinding<V>) -> String {
    let labels: Vec<Cow<'static, str>> = e.facts.iter().map(|f| label(t, *f)).collect();
    t.list(&labels, Msg::ListComma, Msg::ListComma)
}

/// The status of an element in words.
pub fn element_status_words(status: ElementStatus) -> Cow<'static, str> {
    element_status_words_tr(Tr::ENGLISH, status)
}

fn element_status_words_tr(t: Tr, status: ElementStatus) -> Cow<'static, str> {
    t.text(match status {
        ElementStatus::Established => Msg::StatusEstablished,
        ElementStatus::Suspected => Msg::StatusSuspected,
        ElementStatus::NotEstablished => Msg::StatusNotEstablished,
        ElementStatus::NotRequired => Msg::StatusNotRequired,
    })
}

/// A finding's level in words.
pub fn level_words(level: Level) -> Cow<'static, str> {
    level_words_tr(Tr::ENGLISH, level)
}

fn level_words_tr(t: Tr, level: Level) -> Cow<'static, str> {
    element_status_words_tr(t, level.into())
}

/// A verdict in words, for a person reading it aloud.
pub fn verdict_text(verdict: Verdict) -> Cow<'static, str> {
    verdict_text_tr(Tr::ENGLISH, verdict)
}

/// [`verdict_text`] in `lang` (English where its catalogue has no words
/// for it).
///
/// ```
/// use palermo::words::{explain, Language};
/// use palermo::Verdict;
/// assert_eq!(
///     explain::verdict_text_in(Verdict::Smuggling, Language::En),
///     explain::verdict_text(Verdict::Smuggling)
/// );
/// ```
pub fn verdict_text_in(verdict: Verdict, lang: Language) -> Cow<'static, str> {
    verdict_text_tr(lang.tr(), verdict)
}

pub(super) fn verdict_text_tr(t: Tr, verdict: Verdict) -> Cow<'static, str> {
    t.text(verdict_words(verdict))
}

/// "a, b and c".
fn and_list<S: AsRef<str>>(t: Tr, items: &[S]) -> String {
    t.list(items, Msg::ListComma, Msg::ListAnd)
}

fn acts(t: Tr, e: &ElementFinding<Act>) -> String {
    let words: Vec<Cow<'static, str>> = e.facts.iter().map(|a| act_words_tr(t, *a)).collect();
    and_list(t, &words)
}

fn purposes(t: Tr, e: &ElementFinding<Purpose>) -> String {
    let words: Vec<Cow<'static, str>> = e.facts.iter().map(|p| purpose_words_tr(t, *p)).collect();
    and_list(t, &words)
}

fn clauses(t: Tr, e: &ElementFinding<Means>) -> Vec<Cow<'static, str>> {
    e.facts.iter().map(|m| means_words_tr(t, *m)).collect()
}

/// The facts of the act element as sentences ("The person was recruited and
/// transported."), or `None` when no act is at least suspected.
fn act_sentence(t: Tr, e: &ElementFinding<Act>) -> Option<String> {
    match e.status {
        ElementStatus::Established => Some(t.string(Msg::ExplainActs, &[("acts", &acts(t, e))])),
        ElementStatus::Suspected => {
            Some(t.string(Msg::ExplainActsSuspected, &[("acts", &acts(t, e))]))
        }
        _ => None,
    }
}

fn means_sentence(t: Tr, e: &ElementFinding<Means>) -> Option<String> {
    let clauses = clauses(t, e);
    match e.status {
        ElementStatus::Established => Some(
            clauses
                .iter()
                .map(|c| sentence(t, c))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ElementStatus::Suspected => Some(t.string(
            Msg::ExplainMeansSuspected,
            &[(
                "clauses",
                &t.list(&clauses, Msg::ListSemicolon, Msg::ListSemicolon),
            )],
        )),
        _ => None,
    }
}

fn purpose_sentence(t: Tr, e: &ElementFinding<Purpose>) -> Option<String> {
    match e.status {
        ElementStatus::Established => {
            Some(t.string(Msg::ExplainPurposes, &[("purposes", &purposes(t, e))]))
        }
        ElementStatus::Suspected => Some(t.string(
            Msg::ExplainPurposesSuspected,
            &[("purposes", &purposes(t, e))],
        )),
        _ => None,
    }
}

/// The facts of one element of trafficking as the trainee would say them,
/// without its status: "The person was deceived." `None` when no fact of the
/// element is at least suspected (or the element is not required).
pub fn element_facts(a: &Assessment, element: Element) -> Option<String> {
    element_facts_tr(Tr::ENGLISH, a, element)
}

/// [`element_facts`] in `lang`.
pub fn element_facts_in(a: &Assessment, element: Element, lang: Language) -> Option<String> {
    element_facts_tr(lang.tr(), a, element)
}

/// A clause as a sentence of its own: "The person was deceived."
fn sentence(t: Tr, clause: &str) -> String {
    t.string(Msg::ExplainSentence, &[("sentence", &capitalise(clause))])
}

fn element_facts_tr(t: Tr, a: &Assessment, element: Element) -> Option<String> {
    let e = &a.trafficking.elements;
    match element {
        Element::Act => match e.act.status {
            ElementStatus::Established | ElementStatus::Suspected => {
                Some(t.string(Msg::ExplainActs, &[("acts", &acts(t, &e.act))]))
            }
            _ => None,
        },
        Element::Means => match e.means.status {
            ElementStatus::Established => means_sentence(t, &e.means),
            ElementStatus::Suspected => {
                let clauses = clauses(t, &e.means);
                Some(sentence(
                    t,
                    &t.list(&clauses, Msg::ListSemicolon, Msg::ListSemicolon),
                ))
            }
            _ => None,
        },
        Element::Purpose => match e.purpose.status {
            ElementStatus::Established | ElementStatus::Suspected => Some(t.string(
                Msg::ExplainPurposes,
                &[("purposes", &purposes(t, &e.purpose))],
            )),
            _ => None,
        },
    }
}

/// One element of trafficking in words: its status, then its facts as the
/// trainee would say them. "Established. The person was deceived."
pub fn element_sentence(a: &Assessment, element: Element) -> String {
    element_sentence_tr(Tr::ENGLISH, a, element)
}

fn element_sentence_tr(t: Tr, a: &Assessment, element: Element) -> String {
    let e = &a.trafficking.elements;
    let (status, facts) = match element {
        Element::Act => (e.act.status, act_sentence(t, &e.act)),
        Element::Means => (e.means.status, means_sentence(t, &e.means)),
        Element::Purpose => (e.purpose.status, purpose_sentence(t, &e.purpose)),
    };
    match (status, facts) {
        (ElementStatus::Established, Some(facts)) => {
            t.string(Msg::ExplainElementEstablished, &[("facts", &facts)])
        }
        (ElementStatus::Suspected, Some(facts)) => facts,
        (ElementStatus::NotRequired, _) => t.string(Msg::ExplainElementNotRequired, &[]),
        _ => t.string(Msg::ExplainElementNot, &[]),
    }
}

/// The question that settles a whole element of trafficking under
/// `profile`, in the instrument's own terms (US law's means are force,
/// fraud or coercion; the Cambodian law's, force, threat, deception, abuse
/// of power or enticement).
pub fn element_question(element: Element, profile: Profile) -> Cow<'static, str> {
    element_question_tr(Tr::ENGLISH, element, profile)
}

fn element_question_tr(t: Tr, element: Element, profile: Profile) -> Cow<'static, str> {
    let msg = match element {
        Element::Act => Msg::ElementQuestionAct,
        Element::Means => Msg::ElementQuestionMeans,
        Element::Purpose => Msg::ElementQuestionPurpose,
    };
    t.text(super::profiled(msg, profile))
}

/// The heading of a topic ("Finding on trafficking").
pub fn topic_words(topic: Topic) -> Cow<'static, str> {
    topic_words_tr(Tr::ENGLISH, topic)
}

fn topic_words_tr(t: Tr, topic: Topic) -> Cow<'static, str> {
    t.text(match topic {
        Topic::Age => Msg::TopicAge,
        Topic::Indicators => Msg::TopicIndicators,
        Topic::Act => Msg::TopicAct,
        Topic::Means => Msg::TopicMeans,
        Topic::Purpose => Msg::TopicPurpose,
        Topic::Consent => Msg::TopicConsent,
        Topic::Finding => Msg::TopicFinding,
        Topic::Borders => Msg::TopicBorders,
        Topic::Asylum => Msg::TopicAsylum,
        Topic::Smuggling => Msg::TopicSmuggling,
        Topic::AfterArrival => Msg::TopicAfterArrival,
        Topic::Aggravation => Msg::TopicAggravation,
        Topic::IrregularMigration => Msg::TopicIrregularMigration,
        Topic::UnsafeMigration => Msg::TopicUnsafeMigration,
        Topic::Protection => Msg::TopicProtection,
        Topic::Verdict => Msg::TopicVerdict,
        Topic::Input => Msg::TopicInput,
        _ => Msg::TopicOther,
    })
}

/// How far a quoted provision can be relied on, in words.
pub fn wording_words(wording: Wording) -> Cow<'static, str> {
    wording_words_tr(Tr::ENGLISH, wording)
}

/// [`wording_words`] in `lang`.
pub fn wording_words_in(wording: Wording, lang: Language) -> Cow<'static, str> {
    wording_words_tr(lang.tr(), wording)
}

fn wording_words_tr(t: Tr, wording: Wording) -> Cow<'static, str> {
    t.text(match wording {
        Wording::Verbatim => Msg::WordingVerbatim,
        Wording::Corroborated => Msg::WordingCorroborated,
        Wording::Unverified => Msg::WordingUnverified,
        Wording::Contract => Msg::WordingContract,
        _ => Msg::WordingTranslation,
    })
}

/// One step of the reasoning, ready to show: what it is about, what it
/// found, the provision and (the first time it is cited) its text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Step {
    /// What the step is about.
    pub topic: Topic,
    /// The topic in words: "Age", "Act", "Means", "Smuggling", ...
    pub heading: String,
    /// The stable rule id (see [`crate::law::RULES`]).
    pub rule: String,
    /// The provision cited.
    pub citation: String,
    /// What the step found in this case, in short sentences.
    pub text: String,
    /// The text of the provision, the first time the rule is cited.
    pub quote: Option<&'static str>,
    /// How far the quoted wording can be relied on, with the quote.
    pub wording: Option<Wording>,
}

/// The reasoning of an assessment step by step, in the order the engine
/// applied the rules. The act, means and purpose steps put the facts in
/// plain words; each rule's provision is quoted once, at its first step.
pub fn steps(a: &Assessment) -> Vec<Step> {
    steps_tr(Tr::ENGLISH, a)
}

/// [`steps`] in `lang`: the headings and the element steps in its words
/// (the other steps' reasons stay in English, as in [`explain_in`]).
pub fn steps_in(a: &Assessment, lang: Language) -> Vec<Step> {
    steps_tr(lang.tr(), a)
}

fn steps_tr(t: Tr, a: &Assessment) -> Vec<Step> {
    let mut out = Vec::with_capacity(a.reasons.len());
    let mut quoted: Vec<&str> = Vec::new();
    // The words quoted at the step before.
    let mut before: Option<&str> = None;
    for r in &a.reasons {
        let id: &str = &r.rule;
        let heading = topic_words_tr(t, r.topic).into_owned();
        let text = match r.said {
            Said::Element {
                element,
                level: Level::Established | Level::Suspected,
                ..
            } => element_sentence_tr(t, a, element),
            // The reasons are written in English: so is the heading they
            // may start with.
            _ if t.is_english() => without_topic(&r.text, &heading),
            _ => without_topic(&r.text, &topic_words_tr(Tr::ENGLISH, r.topic)),
        };
        // A step that would quote the very words the step before it quoted
        // (a reading and its conditions, both on 1956 art. 1(c)) is cited
        // without repeating them.
        let rule = if quoted.contains(&id) {
            None
        } else {
            quoted.push(id);
            law::rule(id).filter(|r| before != Some(r.quote))
        };
        before = rule.map(|r| r.quote);
        out.push(Step {
            topic: r.topic,
            heading,
            rule: id.to_string(),
            citation: r.citation.to_string(),
            text,
            quote: rule.map(|r| r.quote),
            wording: rule.map(|r| r.wording),
        });
    }
    out
}

/// A reason's text without a leading "Verdict: " when the step's heading
/// already says it.
fn without_topic(text: &str, heading: &str) -> String {
    match text.get(..heading.len() + 2) {
        Some(head)
            if head.len() == heading.len() + 2
                && head
                    .get(..heading.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(heading))
                && head.ends_with(": ") =>
        {
            capitalise(text.get(heading.len() + 2..).unwrap_or_default())
        }
        _ => text.to_string(),
    }
}

/// A question to ask, in words, with the fact it settles and what the
/// answer would change.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ask {
    /// The fact's dotted path in contract v1 (`means.deception`).
    pub fact: String,
    /// The question in words.
    pub question: String,
    /// What the answer would change.
    pub why: String,
    /// Why it is asked, as data.
    asked: Asked,
}

impl Ask {
    fn from_question(t: Tr, q: &Question) -> Self {
        Ask {
            fact: q.fact.to_string(),
            question: match fact_question_tr(t, &q.fact) {
                Some(asked) => asked.into_owned(),
                // Asked in indicators: the question is written from the data.
                None if !q.question.is_empty() => q.question.to_string(),
                None => t.string(Msg::ExplainUnknownQuestion, &[("fact", &q.fact)]),
            },
            why: humane(t, q),
            asked: q.asked,
        }
    }
}

/// A verdict's short name in words, for "the verdict becomes ...".
fn short(t: Tr, v: Verdict) -> Cow<'static, str> {
    t.text(super::questions::short_msg(v))
}

/// What an answer would change, with verdicts named in words.
fn humane(t: Tr, q: &Question) -> String {
    let short = |v: Verdict| short(t, v);
    match q.asked {
        Asked::Establishes { what, yes } => t.string(
            Msg::WhyEstablishes,
            &[("what", &t.text(part(what))), ("verdict", &short(yes))],
        ),
        Asked::Decides { answer, yes, no } => {
            let mut one = q.clone();
            one.asked = Asked::Decides { answer, yes, no };
            let mut text = super::questions::why_with(t, &one.asked, &short);
            if text.is_empty() {
                text = q.why.to_string();
            }
            text
        }
        Asked::Towards { .. } | Asked::Indicator { .. } => {
            super::questions::why_with(t, &q.asked, &short)
        }
        Asked::Unknown => q.why.to_string(),
    }
}

/// A required element of trafficking that is not established, and how to settle it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Gap {
    /// The element.
    pub element: Element,
    /// Not established, or suspected and not established.
    pub status: ElementStatus,
    /// The element in words: its status and any suspected facts.
    pub summary: String,
    /// The question that settles the element as a whole.
    pub question: Cow<'static, str>,
    /// For a suspected element: the question of evidence that would establish it.
    pub note: Option<String>,
    /// The engine's next questions that bear on it, most decisive first.
    pub asks: Vec<Ask>,
}

/// What is missing for trafficking, and every question the engine asks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Missing {
    /// The missing elements of trafficking, in the order act, means, purpose.
    pub elements: Vec<Gap>,
    /// Questions that bear on other findings (smuggling, migration, age).
    pub other: Vec<Ask>,
}

/// The suspected facts of an element as a clause: "the person was deceived".
fn suspected_clause(t: Tr, a: &Assessment, element: Element) -> String {
    let e = &a.trafficking.elements;
    match element {
        Element::Act => t.string(Msg::ExplainGapActs, &[("acts", &acts(t, &e.act))]),
        Element::Means => {
            let clauses = clauses(t, &e.means);
            let joined = t.list(&clauses, Msg::ListSemicolon, Msg::ListSemicolon);
            if clauses.len() > 1 {
                t.string(Msg::ExplainAnyOfThese, &[("clauses", &joined)])
            } else {
                joined
            }
        }
        Element::Purpose => t.string(
            Msg::ExplainGapPurposes,
            &[("purposes", &purposes(t, &e.purpose))],
        ),
    }
}

/// The element a question bears on.
fn element_of(q: &Question) -> Option<Element> {
    if let Asked::Indicator { element, .. } = q.asked {
        return element;
    }
    match q.field()? {
        Field::Act(_) => Some(Element::Act),
        Field::Means(_) => Some(Element::Means),
        Field::Purpose(_) => Some(Element::Purpose),
        _ => None,
    }
}

fn element_row(element: Element) -> Msg {
    match element {
        Element::Act => Msg::ExplainRowAct,
        Element::Means => Msg::ExplainRowMeans,
        Element::Purpose => Msg::ExplainRowPurpose,
    }
}

/// The missing elements of trafficking with the questions that would settle
/// each; the engine's other next questions after them.
///
/// The person's age goes with the means: for a person under 18 no means is
/// needed (Trafficking Protocol art. 3(c)).
pub fn missing(a: &Assessment) -> Missing {
    missing_tr(Tr::ENGLISH, a)
}

/// [`missing`] in `lang`, as [`explain_in`] says it.
pub fn missing_in(a: &Assessment, lang: Language) -> Missing {
    missing_tr(lang.tr(), a)
}

fn missing_tr(t: Tr, a: &Assessment) -> Missing {
    let e = &a.trafficking.elements;
    let mut out = Missing::default();
    for &element in &a.trafficking.missing {
        let status = a.element_status(element);
        let facts = match element {
            Element::Act if !e.act.facts.is_empty() => {
                t.string(Msg::ExplainGapActs, &[("acts", &acts(t, &e.act))])
            }
            Element::Means if !e.means.facts.is_empty() => t.list(
                &clauses(t, &e.means),
                Msg::ListSemicolon,
                Msg::ListSemicolon,
            ),
            Element::Purpose if !e.purpose.facts.is_empty() => t.string(
                Msg::ExplainGapPurposes,
                &[("purposes", &purposes(t, &e.purpose))],
            ),
            _ => String::new(),
        };
        let name = t.text(element_row(element));
        let status_words = element_status_words_tr(t, status);
        let summary = if facts.is_empty() {
            t.string(
                Msg::ExplainGap,
                &[("element", &name), ("status", &status_words)],
            )
        } else {
            t.string(
                Msg::ExplainGapFacts,
                &[
                    ("element", &name),
                    ("status", &status_words),
                    ("facts", &facts),
                ],
            )
        };
        out.elements.push(Gap {
            element,
            status,
            summary,
            question: element_question_tr(t, element, a.profile),
            note: (status == ElementStatus::Suspected).then(|| {
                // A purpose recorded as established that counts only on
                // conditions not shown (a forced marriage, an illegal
                // adoption) is no suspicion to prove: its conditions are.
                let provisional = element == Element::Purpose
                    && a.reasons
                        .iter()
                        .any(|r| matches!(r.said, crate::assessment::Said::Provisional { .. }));
                if provisional {
                    t.text(Msg::ExplainGapNoteProvisional).into_owned()
                } else {
                    t.string(
                        Msg::ExplainGapNote,
                        &[("clause", &suspected_clause(t, a, element))],
                    )
                }
            }),
            asks: Vec::new(),
        });
    }
    for q in &a.next_questions {
        let ask = Ask::from_question(t, q);
        let target = match element_of(q) {
            Some(el) => Some(el),
            None if q.fact.starts_with("person.") => Some(Element::Means),
            None => None,
        };
        match target.and_then(|el| out.elements.iter_mut().find(|g| g.element == el)) {
            Some(gap) => gap.asks.push(ask),
            None => out.other.push(ask),
        }
    }
    out
}

fn person_words(t: Tr, status: PersonStatus) -> Cow<'static, str> {
    t.text(match status {
        PersonStatus::Child => Msg::PersonChild,
        PersonStatus::PresumedChild => Msg::PersonPresumed,
        PersonStatus::Adult => Msg::PersonAdult,
        _ => Msg::PersonUnknown,
    })
}

/// What a flag asks the caseworker to do.
pub fn flag_words(flag: Flag) -> Cow<'static, str> {
    Tr::ENGLISH.text(flag_msg(flag))
}

/// [`flag_words`] in `lang`.
pub fn flag_words_in(flag: Flag, lang: Language) -> Cow<'static, str> {
    lang.tr().text(flag_msg(flag))
}

fn flag_msg(flag: Flag) -> Msg {
    match flag {
        Flag::PresumedChild => Msg::FlagPresumedChild,
        Flag::InternalTrafficking => Msg::FlagInternalTrafficking,
        Flag::AsylumReferral => Msg::FlagAsylumReferral,
        Flag::NonPunishment => Msg::FlagNonPunishment,
        Flag::AggravatedSmuggling => Msg::FlagAggravatedSmuggling,
        Flag::PurposeByInterpretation => Msg::FlagPurposeByInterpretation,
        _ => Msg::FlagRelationshipContinued,
    }
}

/// Questions that have the same effect, with that effect said once.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AskGroup<'a> {
    /// The questions, most decisive first.
    pub asks: Vec<&'a Ask>,
    /// What a "yes" (or the answer) would change, for all of them.
    pub why: String,
}

/// Group consecutive questions with the same effect ("If yes to any of
/// these, the means element is established ...").
pub fn group_asks(asks: &[Ask]) -> Vec<AskGroup<'_>> {
    group_asks_tr(Tr::ENGLISH, asks)
}

/// [`group_asks`] in `lang`.
pub fn group_asks_in(asks: &[Ask], lang: Language) -> Vec<AskGroup<'_>> {
    group_asks_tr(lang.tr(), asks)
}

fn group_asks_tr(t: Tr, asks: &[Ask]) -> Vec<AskGroup<'_>> {
    let mut groups: Vec<AskGroup<'_>> = Vec::new();
    for ask in asks {
        match groups.last_mut() {
            Some(g) if g.asks.first().is_some_and(|first| first.why == ask.why) => g.asks.push(ask),
            _ => groups.push(AskGroup {
                asks: vec![ask],
                why: ask.why.clone(),
            }),
        }
    }
    for g in &mut groups {
        if g.asks.len() > 1 {
            if let Some(any) = g.asks.first().and_then(|a| any_of_these(t, a)) {
                g.why = any;
            }
        }
    }
    groups
}

/// "If yes to any of these, ...": the effect of a group of questions.
fn any_of_these(t: Tr, ask: &Ask) -> Option<String> {
    let short = |v: Verdict| short(t, v);
    match ask.asked {
        Asked::Establishes { what, yes } => Some(t.string(
            Msg::WhyEstablishesAny,
            &[("what", &t.text(part(what))), ("verdict", &short(yes))],
        )),
        Asked::Decides {
            answer: crate::assessment::AnswerWords::YesNo,
            yes: Some(yes),
            no: None,
        } => Some(t.string(Msg::WhyYesAny, &[("verdict", &short(yes))])),
        Asked::Indicator {
            dimension,
            level,
            yes,
            ..
        } => Some(super::questions::indicator_why(
            t, dimension, level, yes, &short, true,
        )),
        _ => None,
    }
}

/// The fact a question settles, as shown after it: an indicator by its name
/// within its dimension (the question names the dimension), so that every
/// line fits.
fn shown_fact(fact: &str) -> &str {
    match fact.strip_prefix("indicators.") {
        Some(id) => id.split_once('.').map_or(id, |(_, name)| name),
        None => fact,
    }
}

/// Print questions, grouping those with the same effect under one "why".
/// With `ids`, each question is followed by the path of its fact.
fn write_asks(t: Tr, out: &mut String, indent: &str, asks: &[Ask], ids: bool) {
    for group in group_asks_tr(t, asks) {
        for ask in &group.asks {
            hanging_in(
                t,
                out,
                &format!("{indent}- "),
                &t.string(
                    if ids {
                        Msg::ExplainAskLine
                    } else {
                        Msg::ExplainAskLinePlain
                    },
                    &[("question", &ask.question), ("fact", shown_fact(&ask.fact))],
                ),
            );
        }
        wrap_in(t, out, indent, &group.why);
    }
}

/// A label followed by a space: "Person: ".
fn label_text(t: Tr, msg: Msg) -> String {
    let mut s = t.string(msg, &[]);
    s.push(' ');
    s
}

/// The assessment as plain text for a person.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// let mut case = Case::new();
/// case.person.age = Some(12);
/// case.act.set(Act::Harbouring, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// let text = palermo::words::explain::explain(&palermo::evaluate(&case));
/// assert!(text.starts_with("Verdict: trafficking in persons"));
/// assert!(text.contains("Trafficking Protocol art. 3(c)"));
/// assert!(text.contains("The purpose was forced labour."));
/// ```
pub fn explain(a: &Assessment) -> String {
    explain_with(a, None)
}

/// [`explain`], with a section on how the input was read (an adapter's
/// report, already in words) after the findings at a glance.
pub fn explain_with(a: &Assessment, input: Option<&str>) -> String {
    explain_with_tr(Tr::ENGLISH, a, input, false)
}

/// [`explain`] in `lang`: the headings, the names of the findings and of
/// the elements, the facts and the questions in its words, wherever its
/// catalogue has them, English elsewhere. A draft translation says so on
/// its first line ([`Language::status`]). The provisions stay quoted in
/// their authentic language, and the reasons of the steps in English.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// use palermo::words::{explain, Language};
/// let mut case = Case::new();
/// case.person.age = Some(12);
/// case.act.set(Act::Harbouring, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// let a = palermo::evaluate(&case);
/// assert_eq!(explain::explain_in(&a, Language::En), explain::explain(&a));
/// ```
pub fn explain_in(a: &Assessment, lang: Language) -> String {
    explain_with_tr(lang.tr(), a, None, false)
}

/// [`explain_with`] in `lang` (see [`explain_in`]).
pub fn explain_with_in(a: &Assessment, input: Option<&str>, lang: Language) -> String {
    explain_with_tr(lang.tr(), a, input, false)
}

/// [`explain_with_in`] for those who also use the JSON output: each step
/// followed by its rule id (`[tip.3a.act]`) and each question by its
/// fact's path (`[means.deception]`). The plain text leaves them out.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// use palermo::words::{explain, Language};
/// let mut case = Case::new();
/// case.person.age = Some(12);
/// case.act.set(Act::Harbouring, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// let a = palermo::evaluate(&case);
/// assert!(explain::explain_with_ids(&a, None, Language::En).contains("[tip.3c.child]"));
/// assert!(!explain::explain(&a).contains("[tip.3c.child]"));
/// ```
pub fn explain_with_ids(a: &Assessment, input: Option<&str>, lang: Language) -> String {
    explain_with_tr(lang.tr(), a, input, true)
}

fn explain_with_tr(t: Tr, a: &Assessment, input: Option<&str>, ids: bool) -> String {
    let mut out = String::with_capacity(6144);
    if let Some(status) = t.lang.status() {
        wrap_in(t, &mut out, "", &status);
        out.push('\n');
    }
    out.push_str(&t.string(
        Msg::ExplainVerdict,
        &[("verdict", &verdict_text_tr(t, a.verdict))],
    ));
    out.push('\n');
    if a.labels.len() > 1 {
        let also: Vec<Cow<'static, str>> = a
            .labels
            .iter()
            .skip(1)
            .map(|l| verdict_text_tr(t, *l))
            .collect();
        wrap_in(
            t,
            &mut out,
            "",
            &t.string(
                Msg::ExplainAlso,
                &[(
                    "also",
                    &t.list(&also, Msg::ListSemicolon, Msg::ListSemicolon),
                )],
            ),
        );
    }
    if let Some(id) = &a.id {
        out.push_str(&t.string(Msg::ExplainCase, &[("id", id)]));
        out.push('\n');
    }
    hanging_in(
        t,
        &mut out,
        &label_text(t, Msg::ExplainPersonLabel),
        &t.string(
            Msg::ExplainPerson,
            &[
                ("status", &person_words(t, a.person.status)),
                ("basis", &basis(t, a)),
            ],
        ),
    );
    let def = a.profile.definition();
    if a.profile != crate::Profile::Palermo {
        wrap_in(
            t,
            &mut out,
            "",
            &t.string(
                Msg::ExplainProfile,
                &[("profile", a.profile.name()), ("title", def.title)],
            ),
        );
    }
    if let Some(provenance) = &a.provenance {
        wrap_in(
            t,
            &mut out,
            "",
            &t.string(Msg::ExplainProvenance, &[("provenance", provenance)]),
        );
    }

    // At a glance.
    out.push('\n');
    out.push_str(&t.string(Msg::ExplainGlance, &[]));
    out.push('\n');
    let heading = t.text(super::profiled(Msg::Heading, a.profile));
    wrap_hanging_in(
        t,
        &mut out,
        "  ",
        "    ",
        &t.string(
            Msg::ExplainGlanceFinding,
            &[
                ("heading", &heading),
                ("level", &level_words_tr(t, a.trafficking.status)),
            ],
        ),
    );
    let e = &a.trafficking.elements;
    let row = |out: &mut String, name: Msg, status: ElementStatus, facts: String| {
        let status = element_status_words_tr(t, status);
        let line = if facts.is_empty() {
            status.into_owned()
        } else {
            t.string(
                Msg::ExplainRowFacts,
                &[("status", &status), ("facts", &facts)],
            )
        };
        wrap_in(t, out, &row_label(t, name), &line);
    };
    row(
        &mut out,
        Msg::ExplainRowAct,
        e.act.status,
        element_labels_tr(t, &e.act),
    );
    row(
        &mut out,
        Msg::ExplainRowMeans,
        e.means.status,
        element_labels_tr(t, &e.means),
    );
    row(
        &mut out,
        Msg::ExplainRowPurpose,
        e.purpose.status,
        element_labels_tr(t, &e.purpose),
    );
    if !a.trafficking.missing.is_empty() {
        let missing: Vec<Cow<'static, str>> = a
            .trafficking
            .missing
            .iter()
            .map(|m| element_name(t, *m))
            .collect();
        let _ = writeln!(
            out,
            "{}{}",
            row_label(t, Msg::ExplainRowMissing),
            t.list(&missing, Msg::ListComma, Msg::ListComma)
        );
    }
    ilo_elements(t, &mut out, a);
    let smuggling = if a.smuggling.aggravated {
        Msg::ExplainGlanceSmugglingAggravated
    } else {
        Msg::ExplainGlanceSmuggling
    };
    // An attempt (Smuggling Protocol art. 6(2)(a)) is not smuggling
    // established, but it is not nothing either: say it is an attempt.
    let attempted = a.smuggling.attempted && a.smuggling.status == Level::NotEstablished;
    for (msg, level) in [
        (smuggling, a.smuggling.status),
        (Msg::ExplainGlanceIrregular, a.irregular_migration.status),
        (Msg::ExplainGlanceUnsafe, a.unsafe_migration.status),
    ] {
        let words = if attempted && msg == smuggling {
            t.text(Msg::ExplainGlanceSmugglingAttempted)
        } else {
            level_words_tr(t, level)
        };
        out.push_str("  ");
        out.push_str(&t.string(msg, &[("level", &words)]));
        out.push('\n');
    }
    if let Some(input) = input {
        out.push('\n');
        out.push_str(input);
    }
    ilo_section(t, &mut out, a, ids);

    if !a.flags.is_empty() {
        out.push('\n');
        out.push_str(&t.string(Msg::ExplainCaseworker, &[]));
        out.push('\n');
        for flag in &a.flags {
            let msg = match flag {
                Flag::PurposeByInterpretation if a.profile != crate::Profile::Palermo => {
                    Msg::FlagPurposeByInterpretation_Other
                }
                _ => flag_msg(*flag),
            };
            hanging_in(t, &mut out, "  - ", &t.text(msg));
        }
    }
    if !a.warnings.is_empty() {
        out.push('\n');
        out.push_str(&t.string(Msg::ExplainWarnings, &[]));
        out.push('\n');
        for w in &a.warnings {
            hanging_in(t, &mut out, "  - ", w);
        }
    }

    // Step by step, each provision quoted once.
    out.push('\n');
    out.push_str(&t.string(Msg::ExplainSteps, &[]));
    out.push('\n');
    for (i, step) in steps_tr(t, a).iter().enumerate() {
        let number = format!("  {}. ", i + 1);
        let indent = " ".repeat(number.len());
        hanging_in(
            t,
            &mut out,
            &number,
            &t.string(
                if ids {
                    Msg::ExplainStep
                } else {
                    Msg::ExplainStepPlain
                },
                &[
                    ("topic", &step.heading),
                    // With rule ids (for trainers), the citation as the
                    // output has it; without, palermo's own rules in words.
                    (
                        "citation",
                        &if ids {
                            Cow::Borrowed(step.citation.as_str())
                        } else {
                            super::cited_for_people(
                                &step.citation,
                                &t.text(Msg::ExplainPalermoRule),
                            )
                        },
                    ),
                    ("rule", &step.rule),
                ],
            ),
        );
        wrap_in(t, &mut out, &indent, &step.text);
        if let Some(quote) = step.quote {
            wrap_in(t, &mut out, &format!("{indent}> "), quote);
            if let Some(wording) = step.wording.filter(|w| *w != Wording::Verbatim) {
                wrap_in(
                    t,
                    &mut out,
                    &format!("{indent}> "),
                    &format!("({})", wording_words_tr(t, wording)),
                );
            }
        }
    }

    // What is missing, and the questions that would settle it.
    let missing = missing_tr(t, a);
    if missing.elements.is_empty() {
        if a.trafficking.status == Level::Established {
            out.push('\n');
            out.push_str(&t.string(Msg::ExplainNothingMissing, &[]));
            out.push('\n');
        }
    } else {
        out.push('\n');
        out.push_str(&t.string(Msg::ExplainMissing, &[]));
        out.push('\n');
        for gap in &missing.elements {
            wrap_in(t, &mut out, "  ", &gap.summary);
            wrap_hanging_in(
                t,
                &mut out,
                &format!("    {}", label_text(t, Msg::ExplainQuestionLabel)),
                "    ",
                &gap.question,
            );
            if let Some(note) = &gap.note {
                wrap_in(t, &mut out, "    ", note);
            }
            if gap.asks.is_empty() {
                wrap_in(t, &mut out, "    ", &t.text(Msg::ExplainNoSingleAnswer));
            } else {
                out.push_str("    ");
                out.push_str(&t.string(Msg::ExplainAsk, &[]));
                out.push('\n');
                write_asks(t, &mut out, "      ", &gap.asks, ids);
            }
        }
    }
    if !missing.other.is_empty() {
        out.push('\n');
        out.push_str(&t.string(Msg::ExplainOtherQuestions, &[]));
        out.push('\n');
        write_asks(t, &mut out, "    ", &missing.other, ids);
    }
    if missing.elements.is_empty() && missing.other.is_empty() {
        out.push('\n');
        out.push_str(&t.string(Msg::ExplainNoQuestions, &[]));
        out.push('\n');
    }

    out.push('\n');
    wrap_in(t, &mut out, "", &t.text(Msg::Disclaimer));
    out
}

/// The person's basis (their age, stated or estimated) in `lang`: "stated
/// age 22" as the assessment says it in English.
pub fn basis_in(a: &Assessment, lang: Language) -> Cow<'_, str> {
    basis(lang.tr(), a)
}

/// The person's basis (their age, stated or estimated): as the assessment
/// says it in English, else in `t`'s words.
fn basis<'a>(t: Tr, a: &'a Assessment) -> Cow<'a, str> {
    if t.is_english() {
        Cow::Borrowed(&a.person.basis)
    } else {
        super::reasons::basis(t, &a.person.said)
    }
}

/// The name of an element in a list ("act, means").
fn element_name(t: Tr, element: Element) -> Cow<'static, str> {
    if t.is_english() {
        return Cow::Borrowed(element.name());
    }
    t.text(match element {
        Element::Act => Msg::ElementAct,
        Element::Means => Msg::ElementMeans,
        Element::Purpose => Msg::ElementPurpose,
    })
}

/// A row's label in the table at a glance, padded to a column: "    Act      ".
fn row_label(t: Tr, name: Msg) -> String {
    let name = t.text(name);
    // Padded by the columns the name takes on screen (Khmer marks take
    // none); a long name is still set off from its row by a space.
    let width = super::text::columns(&name);
    let mut label = String::with_capacity(name.len() + 14);
    label.push_str("    ");
    label.push_str(&name);
    label.extend(std::iter::repeat_n(
        ' ',
        9usize.saturating_sub(width).max(usize::from(width >= 9)),
    ));
    label
}

/// [`super::wrap`], Khmer (or any language but English) measured in the
/// columns a terminal gives it; English by bytes, as ever.
fn wrap_in(t: Tr, out: &mut String, indent: &str, text: &str) {
    wrap_hanging_in(t, out, indent, indent, text);
}

/// [`super::wrap_hanging`] in `t`'s measure (see [`wrap_in`]).
fn wrap_hanging_in(t: Tr, out: &mut String, first: &str, rest: &str, text: &str) {
    if t.is_english() {
        super::wrap_hanging(out, first, rest, text);
    } else {
        super::text::wrap_hanging_columns(out, first, rest, text);
    }
}

/// [`super::hanging`] in `t`'s measure (see [`wrap_in`]).
fn hanging_in(t: Tr, out: &mut String, first: &str, text: &str) {
    if t.is_english() {
        super::hanging(out, first, text);
    } else {
        super::text::hanging_columns(out, first, text);
    }
}

/// Under the elements: which indicators carried each element.
fn ilo_elements(t: Tr, out: &mut String, a: &Assessment) {
    let Some(ilo) = &a.ilo else {
        return;
    };
    fn note<V>(
        t: Tr,
        ilo: &crate::assessment::IloFinding,
        name: Msg,
        e: &ElementFinding<V>,
    ) -> Option<String> {
        if e.derived.is_empty() || e.status == ElementStatus::NotEstablished {
            return None;
        }
        let name = t.text(name);
        if e.indicators.is_empty() {
            return Some(t.string(Msg::ExplainIloStated, &[("element", &name)]));
        }
        let dims: Vec<Cow<'static, str>> = e
            .dimensions
            .iter()
            .map(|d| t.text(dimension_msg(*d)))
            .collect();
        let by = if dims.is_empty() {
            t.string(Msg::ExplainIloSingle, &[])
        } else {
            t.string(
                Msg::ExplainIloPositiveDimensions,
                &[("dimensions", &t.list(&dims, Msg::ListComma, Msg::ListComma))],
            )
        };
        let msg = if e.stated.is_empty() {
            Msg::ExplainIloBy
        } else {
            Msg::ExplainIloByStated
        };
        Some(t.string(
            msg,
            &[
                ("element", &name),
                ("by", &by),
                (
                    "indicators",
                    &super::reasons::indicator_names(t, ilo, &e.indicators),
                ),
            ],
        ))
    }
    let e = &a.trafficking.elements;
    let notes: Vec<String> = [
        note(t, ilo, Msg::ExplainRowAct, &e.act),
        note(t, ilo, Msg::ExplainRowMeans, &e.means),
        note(t, ilo, Msg::ExplainRowPurpose, &e.purpose),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !notes.is_empty() {
        out.push_str("  ");
        out.push_str(&t.string(Msg::ExplainIloCarried, &[]));
        out.push('\n');
        for note in notes {
            wrap_in(t, out, "    ", &note);
        }
    }
}

/// The ILO/EC section: the list, each dimension, the verdict, the notes.
/// With `ids`, each indicator is followed by its id.
fn ilo_section(t: Tr, out: &mut String, a: &Assessment, ids: bool) {
    let Some(ilo) = &a.ilo else {
        return;
    };
    out.push('\n');
    let list = t.text(list_msg(ilo.list));
    let heading = match ilo.requested_list {
        Some(r) => t.string(
            Msg::ExplainIloHeadingInstead,
            &[
                ("policy", &ilo.policy.name),
                ("version", &ilo.policy.version),
                ("list", &list),
                ("requested", &t.text(list_msg(r))),
            ],
        ),
        None => t.string(
            Msg::ExplainIloHeading,
            &[
                ("policy", &ilo.policy.name),
                ("version", &ilo.policy.version),
                ("list", &list),
            ],
        ),
    };
    wrap_in(t, out, "", &heading);
    for d in &ilo.dimensions {
        let clause = d.rule_met.as_deref().unwrap_or("");
        let status = match d.status {
            Level::Established => t.string(Msg::ExplainIloPositive, &[("clause", clause)]),
            Level::Suspected => t.string(Msg::ExplainIloPositiveIf, &[("clause", clause)]),
            Level::NotEstablished => t.string(Msg::ExplainIloNotPositive, &[]),
        };
        hanging_in(
            t,
            out,
            "  ",
            &t.string(
                Msg::ExplainIloDimension,
                &[
                    (
                        "dimension",
                        &capitalise(&t.text(dimension_msg(d.dimension))),
                    ),
                    ("status", &status),
                ],
            ),
        );
        for i in &d.indicators {
            let fact = t.text(match i.fact.level() {
                Level::Established => Msg::AnswerYes,
                Level::Suspected => Msg::AnswerSuspected,
                Level::NotEstablished => Msg::AnswerNo,
            });
            let grade = i.grade.map_or_else(
                || t.text(Msg::ExplainIloNotGraded),
                |g| t.text(grade_msg(g)),
            );
            let mut line = t.string(
                Msg::ExplainIloIndicator,
                &[
                    ("indicator", &super::reasons::indicator_name(ilo, &i.id)),
                    ("grade", &grade),
                    ("fact", &fact),
                ],
            );
            if ids {
                line.push_str(" [");
                line.push_str(&i.id);
                line.push(']');
            }
            hanging_in(t, out, "    - ", &line);
        }
    }
    let msg = match (ilo.verdict.status, ilo.verdict.agrees_with_protocol) {
        (Some(_), true) => Msg::ExplainIloVerdictLevelAgrees,
        (Some(_), false) => Msg::ExplainIloVerdictLevelDiffers,
        (None, true) => Msg::ExplainIloVerdictAgrees,
        (None, false) => Msg::ExplainIloVerdictDiffers,
    };
    let level = ilo
        .verdict
        .status
        .map(|l| t.text(level_msg(l)))
        .unwrap_or_default();
    wrap_in(
        t,
        out,
        "  ",
        &t.string(msg, &[("label", &ilo.verdict.label), ("level", &level)]),
    );
    for note in &ilo.notes {
        wrap_in(
            t,
            out,
            "  ",
            &t.string(Msg::ExplainIloNote, &[("note", note)]),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain explanation is for people: no rule ids, no fact paths.
    /// Asked for, each step names its rule and each question its fact.
    #[test]
    fn rule_ids_and_fact_paths_are_shown_only_when_asked_for() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut checked = 0;
        for dir in ["cases", "indicators", "profiles"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                let input = crate::io::parse_input(&text).unwrap();
                for profile in crate::Profile::ALL {
                    let a = crate::evaluate_input_as(&input, Some(profile));
                    let plain = explain(&a);
                    let ids = explain_with_ids(&a, None, Language::En);
                    for r in &a.reasons {
                        let shown = format!("[{}]", r.rule);
                        assert!(!plain.contains(&shown), "{shown} in\n{plain}");
                        assert!(ids.contains(&shown), "{shown} not in\n{ids}");
                    }
                    for q in &a.next_questions {
                        let shown = format!("[{}]", shown_fact(&q.fact));
                        assert!(!plain.contains(&shown), "{shown} in\n{plain}");
                    }
                    if let Some(path) = a_path_in(&plain) {
                        panic!("{path} in\n{plain}");
                    }
                    // Nor the contract's values: "possible trafficking", not
                    // `possible_trafficking`.
                    for v in crate::Verdict::ALL {
                        let raw = v.name();
                        assert!(
                            !raw.contains('_') || !plain.contains(raw),
                            "{raw} in\n{plain}"
                        );
                    }
                    if let Some(ilo) = &a.ilo {
                        for d in &ilo.dimensions {
                            for i in &d.indicators {
                                assert!(ids.contains(&format!("[{}]", i.id)), "{}", i.id);
                            }
                        }
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 60, "{checked}");
    }

    /// A fact's path or an indicator's id written in `text`, if any.
    fn a_path_in(text: &str) -> Option<&str> {
        let ilo = crate::law::ilo::IloData::embedded().unwrap();
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .map(|word| word.trim_end_matches('.'))
            .find(|word| {
                word.contains('.')
                    && (crate::model::Field::from_path(word).is_some() || ilo.is_known(word))
            })
    }

    use crate::model::{Case, Fact, RiskFactor};

    #[test]
    fn every_fact_the_engine_can_ask_about_has_a_question() {
        let paths = Act::ALL
            .iter()
            .map(|m| m.path())
            .chain(Means::ALL.iter().map(|m| m.path()))
            .chain(Purpose::ALL.iter().map(|m| m.path()))
            .chain(RiskFactor::ALL.iter().map(|m| m.path()));
        for path in paths {
            assert!(fact_question(path).is_some(), "{path}");
        }
        for path in [
            "person.age",
            "person.child_indicators",
            "movement.crossed_border",
            "movement.entry",
            "movement.stay",
            "movement.migrated",
            "movement.facilitator.procured_entry",
            "movement.facilitator.enabled_irregular_stay",
            "movement.facilitator.material_benefit",
        ] {
            assert!(fact_question(path).is_some(), "{path}");
        }
    }

    #[test]
    fn every_vocabulary_member_has_words() {
        let mut seen = std::collections::HashSet::new();
        for a in Act::ALL {
            assert!(seen.insert(act_words(*a)));
        }
        for m in Means::ALL {
            assert!(seen.insert(means_words(*m)));
        }
        for p in Purpose::ALL {
            assert!(seen.insert(purpose_words(*p)));
        }
    }

    #[test]
    fn a_missing_means_comes_with_its_questions() {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.purpose.set(Purpose::ForcedLabour, Fact::Established);
        let a = crate::evaluate(&case);
        let m = missing(&a);
        assert_eq!(m.elements.len(), 1);
        assert_eq!(m.elements[0].element, Element::Means);
        assert!(m.elements[0]
            .asks
            .iter()
            .any(|q| q.fact == "means.deception"));
        let text = explain(&a);
        assert!(
            text.contains("Was the person lied to about the job"),
            "{text}"
        );
        assert!(
            text.contains("If yes to any of these, the means element"),
            "{text}"
        );
    }

    #[test]
    fn each_provision_is_quoted_once_and_each_step_has_its_topic() {
        let mut case = Case::new();
        case.person.age = Some(15);
        case.act.set(Act::Recruitment, Fact::Established);
        case.purpose.set(Purpose::ForcedBegging, Fact::Established);
        let a = crate::evaluate(&case);
        let s = steps(&a);
        let child: Vec<&Step> = s.iter().filter(|s| s.rule == "tip.3c.child").collect();
        assert_eq!(child.len(), 2);
        assert!(child[0].quote.is_some());
        assert!(child[1].quote.is_none());
        assert_eq!(child[0].topic, Topic::Means);
        assert_eq!(child[1].topic, Topic::Finding);
    }

    #[test]
    fn every_profile_heads_its_steps_by_topic() {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.means.set(Means::Deception, Fact::Established);
        case.purpose.set(Purpose::ForcedLabour, Fact::Established);
        for profile in crate::Profile::ALL {
            let a = crate::evaluate_with(&case, profile);
            let s = steps(&a);
            assert!(s.iter().all(|s| s.topic != Topic::Other), "{profile}");
            for topic in [
                Topic::Age,
                Topic::Act,
                Topic::Means,
                Topic::Purpose,
                Topic::Finding,
            ] {
                assert!(s.iter().any(|s| s.topic == topic), "{profile}: {topic:?}");
            }
        }
    }

    #[test]
    fn facts_are_put_in_plain_words() {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.act.set(Act::Transportation, Fact::Established);
        case.means.set(Means::Deception, Fact::Suspected);
        case.purpose.set(Purpose::ForcedLabour, Fact::Established);
        let a = crate::evaluate(&case);
        assert_eq!(
            element_sentence(&a, Element::Act),
            "Established. The person was recruited and transported."
        );
        assert_eq!(
            element_sentence(&a, Element::Means),
            "Suspected, not established, that the person was deceived."
        );
        assert_eq!(
            element_facts(&a, Element::Means).as_deref(),
            Some("The person was deceived.")
        );
    }

    /// An attempt to smuggle (Smuggling Protocol art. 6(2)(a)) is said as
    /// one at a glance, as in the steps, not as smuggling "not established".
    #[test]
    fn an_attempt_to_smuggle_is_said_at_a_glance() {
        let case = crate::io::parse_case(
            r#"{"id":"26","person":{"age":20},"movement":{"crossed_border":false,
            "crossing_planned":true,"facilitator":{"procured_entry":true,
            "material_benefit":true},"life_endangered":true}}"#,
        )
        .unwrap();
        let a = crate::evaluate(&case);
        assert!(a.smuggling.attempted && a.smuggling.aggravated);
        let text = explain(&a);
        assert!(
            text.contains(
                "Smuggling of migrants: attempted (the crossing did not happen), aggravated."
            ),
            "{text}"
        );
        assert!(!text.contains("not established, aggravated"), "{text}");
        // Without the attempt (no crossing planned, and the border not
        // stated as not crossed), the level as before.
        let mut not_planned = case;
        not_planned.movement.crossing_planned = Fact::NotStated;
        not_planned.movement.crossed_border = Fact::NotStated;
        let text = explain(&crate::evaluate(&not_planned));
        assert!(
            text.contains("Smuggling of migrants: not established."),
            "{text}"
        );
    }

    /// The means can be supplied by the person's being a child only while
    /// the age is open: not for a person whose stated age is 18 or over.
    #[test]
    fn a_stated_adult_is_not_asked_to_be_a_child() {
        let mut case = Case::new();
        case.act.set(Act::Recruitment, Fact::Established);
        let aside = "means element (or the person being a child)";
        let text = explain(&crate::evaluate(&case));
        assert!(flat(&text).contains(aside), "{text}");
        case.person.age = Some(35);
        let text = explain(&crate::evaluate(&case));
        assert!(flat(&text).contains("supply the means element."), "{text}");
        assert!(!flat(&text).contains(aside), "{text}");
    }

    /// A suspected fact is said as a suspicion, not as a fact: in the steps,
    /// in what is missing, and for smuggling.
    #[test]
    fn a_suspected_fact_is_said_as_suspected() {
        let case = crate::io::parse_case(
            r#"{"person":{"age":35},"act":{"recruitment":true},
            "means":{"coercion":"suspected"},"purpose":{"forced_labour":true},
            "movement":{"crossed_border":true,"entry":"irregular",
            "facilitator":{"procured_entry":"suspected","material_benefit":true}}}"#,
        )
        .unwrap();
        let text = flat(&explain(&crate::evaluate(&case)));
        for said in [
            "Suspected, not established, that the person was coerced.",
            "Means: suspected, not established, that the person was coerced.",
            "Possible smuggling of migrants: suspected, not established, that another person procured",
        ] {
            assert!(text.contains(said), "{said} not in {text}");
        }
        assert!(!text.contains("(the person was coerced)"), "{text}");
    }

    /// Whitespace made single spaces, so that wrapped text can be searched.
    fn flat(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
