//! The interview's questions in words: a question that settles several
//! facts at once in its own sentence, a question about one fact in that
//! fact's (`.ask`), and why it is asked, without legal or field names.
//!
//! Each function says it in English; its `_in` twin in a [`Language`]
//! (English where that language's catalogue has no words for it).

use super::{Language, Msg};
use crate::assessment::Verdict;
use crate::decide::interview::{Ask, Topic};
use crate::model::Field;
use std::borrow::Cow;

/// The question `ask` puts, in plain words.
pub fn question(ask: &Ask) -> Cow<'static, str> {
    question_in(ask, Language::En)
}

/// The facts the long sentence of a grouped question names, in contract
/// order (the Protocol's lists): under another profile, or for part of a
/// list, the short sentence is asked and the options listed.
const ACTS_NAMED: &[&str] = &[
    "act.recruitment",
    "act.transportation",
    "act.transfer",
    "act.harbouring",
    "act.receipt",
];
const MEANS_NAMED: &[&str] = &[
    "means.threat",
    "means.force",
    "means.coercion",
    "means.abduction",
    "means.fraud",
    "means.deception",
    "means.abuse_of_power",
    "means.abuse_of_vulnerability",
    "means.payment_to_controller",
];
const PURPOSES_NAMED: &[&str] = &[
    "purpose.prostitution_of_others",
    "purpose.sexual_exploitation",
    "purpose.forced_labour",
    "purpose.forced_services",
    "purpose.slavery",
    "purpose.practices_similar_to_slavery",
    "purpose.servitude",
    "purpose.organ_removal",
    "purpose.forced_begging",
    "purpose.forced_criminality",
    "purpose.forced_marriage",
    "purpose.illegal_adoption",
];

/// Whether the long sentence of `ask`'s grouped question names exactly the
/// facts it asks (no option it does not list, none it leaves out).
fn sentence_fits(ask: &Ask) -> bool {
    let paths: Vec<&str> = ask.fields.iter().map(|f| f.path()).collect();
    match ask.topic {
        Topic::Acts => paths == ACTS_NAMED,
        Topic::Means => paths == MEANS_NAMED,
        Topic::Purposes => paths == PURPOSES_NAMED,
        Topic::RiskFactors => ask
            .fields
            .iter()
            .copied()
            .eq(Field::all().filter(|f| matches!(f, Field::Risk(_)))),
        _ => false,
    }
}

/// [`question`] in `lang`. A grouped question is asked in its long
/// sentence where that names exactly the facts asked (the Protocol's
/// lists); otherwise in a short one, which [`options_in`] completes.
pub fn question_in(ask: &Ask, lang: Language) -> Cow<'static, str> {
    let tr = lang.tr();
    let fits = sentence_fits(ask);
    let group = match ask.topic {
        Topic::Acts if fits => Some(Msg::InterviewActs),
        Topic::Acts => Some(Msg::InterviewActsShort),
        Topic::Means if fits => Some(Msg::InterviewMeans),
        Topic::Means => Some(Msg::InterviewMeansShort),
        Topic::Purposes if fits => Some(Msg::InterviewPurposes),
        Topic::Purposes => Some(Msg::InterviewPurposesShort),
        Topic::RiskFactors if fits => Some(Msg::InterviewRisks),
        Topic::RiskFactors => Some(Msg::InterviewRisksShort),
        Topic::Age => Some(Msg::InterviewAge),
        _ => None,
    };
    // A group asked about one fact only is asked in that fact's words.
    match (group, ask.fields.as_slice()) {
        (Some(msg), fields) if fields.len() != 1 || ask.topic == Topic::Age => tr.text(msg),
        (_, [field, ..]) => super::field(*field)
            .attribute("ask")
            .map_or(Cow::Borrowed(""), |m| tr.text(m)),
        (_, []) => Cow::Borrowed(""),
    }
}

/// The short name of a fact, as a grouped question lists its facts
/// ("recruitment"), in `lang`.
pub fn fact_name_in(field: Field, lang: Language) -> Cow<'static, str> {
    lang.tr().text(super::field(field))
}

/// The options of a grouped question, numbered as the answer gives them
/// ("1 recruitment | 2 transportation"; each fact keeps its number in every
/// question, [`Ask::number`]), in `lang`; `None` for a question about one
/// fact.
pub fn options_in(ask: &Ask, lang: Language) -> Option<String> {
    if ask.fields.len() < 2 {
        return None;
    }
    let options: Vec<String> = ask
        .fields
        .iter()
        .map(|f| {
            let n = ask.number(*f).unwrap_or_default();
            format!("{n} {}", fact_name_in(*f, lang))
        })
        .collect();
    Some(options.join(" | "))
}

/// Why `ask` is asked: what a "yes" could lead to, in plain words.
pub fn why(ask: &Ask) -> Cow<'static, str> {
    why_in(ask, Language::En)
}

/// [`why`] in `lang`.
pub fn why_in(ask: &Ask, lang: Language) -> Cow<'static, str> {
    let tr = lang.tr();
    // What the person is owed, asked beside the verdict.
    match ask.fields.as_slice() {
        [Field::OffencesByPerson] => return tr.text(Msg::InterviewWhyOffences),
        [Field::AsylumClaim] => return tr.text(Msg::InterviewWhyAsylum),
        [Field::LifeEndangered | Field::InhumanOrDegradingTreatment] => {
            return tr.text(Msg::InterviewWhyAggravation)
        }
        _ => {}
    }
    match ask.topic {
        Topic::Age => return tr.text(Msg::InterviewWhyAge),
        // The two exclusions of smuggling: a "yes" withdraws it.
        Topic::HumanitarianOrFamily => return tr.text(Msg::InterviewWhyFamily),
        Topic::NationalOrResident => return tr.text(Msg::InterviewWhyNational),
        _ => {}
    }
    tr.text(match ask.towards {
        Verdict::Trafficking => Msg::InterviewWhyTrafficking,
        Verdict::PossibleTrafficking => Msg::InterviewWhyPossibleTrafficking,
        Verdict::Smuggling => Msg::InterviewWhySmuggling,
        Verdict::UnsafeMigration => Msg::InterviewWhyUnsafeMigration,
        Verdict::IrregularMigration => Msg::InterviewWhyIrregularMigration,
        Verdict::NoFinding => Msg::InterviewWhyNoFinding,
    })
}

/// A message of the interview's own: the running verdict, how many
/// questions are left at most, the end, the help line.
pub fn status(verdict: Verdict) -> String {
    status_in(verdict, Language::En)
}

/// [`status`] in `lang`.
pub fn status_in(verdict: Verdict, lang: Language) -> String {
    let tr = lang.tr();
    tr.string(
        Msg::InterviewVerdict,
        &[("verdict", &super::explain::verdict_text_tr(tr, verdict))],
    )
}

/// "Still to ask: N questions at most."
pub fn missing(count: usize) -> String {
    missing_in(count, Language::En)
}

/// [`missing`] in `lang`.
pub fn missing_in(count: usize, lang: Language) -> String {
    lang.tr()
        .string(Msg::InterviewMissing, &[("count", &count.to_string())])
}

/// "No answer left could change the outcome."
pub fn done() -> Cow<'static, str> {
    done_in(Language::En)
}

/// [`done`] in `lang`.
pub fn done_in(lang: Language) -> Cow<'static, str> {
    lang.tr().text(Msg::InterviewDone)
}

/// "No question left to ask here. Facts not answered could still change
/// the outcome: palermo explain lists them." (the end, when some fact
/// skipped could still change the verdict), in `lang`.
pub fn done_open_in(lang: Language) -> Cow<'static, str> {
    lang.tr().text(Msg::InterviewDoneOpen)
}

/// "This rests on the person being presumed to be a child until the age is
/// verified." (after the running verdict, where it does), in `lang`.
pub fn presumed_in(lang: Language) -> Cow<'static, str> {
    lang.tr().text(Msg::InterviewPresumed)
}

/// The answers the interview takes.
pub fn help() -> Cow<'static, str> {
    help_in(Language::En)
}

/// [`help`] in `lang`.
pub fn help_in(lang: Language) -> Cow<'static, str> {
    lang.tr().text(Msg::InterviewHelp)
}

/// The words that say a grouped question comes back to the facts a partial
/// answer left out ([`crate::decide::interview::Interview::asks_again`]),
/// in `lang`.
pub fn again_in(lang: Language) -> Cow<'static, str> {
    lang.tr().text(Msg::InterviewAgain)
}

/// The answers a question takes, in `lang`: for the age, a number or a
/// range; for an entry or a stay, yes (without permission) or no; for the
/// smuggler's relationship after arrival, ended or continued; else those of
/// [`help`].
pub fn help_for_in(ask: &Ask, lang: Language) -> Cow<'static, str> {
    let tr = lang.tr();
    match ask.fields.as_slice() {
        [Field::Age] | [Field::AgeEstimate] => tr.text(Msg::InterviewHelpAge),
        [Field::Entry] | [Field::Stay] => tr.text(Msg::InterviewHelpRegularity),
        [Field::RelationshipAfterArrival] => tr.text(Msg::InterviewHelpRelationship),
        [_, _, ..] => tr.text(Msg::InterviewHelpGrouped),
        _ => tr.text(Msg::InterviewHelp),
    }
}

/// The answers the interview reads, each with the message of its word in
/// a language.
const WORDS: [(Msg, &str); 7] = [
    (Msg::InterviewWordYes, "yes"),
    (Msg::InterviewWordNo, "no"),
    (Msg::InterviewWordNotSure, "not sure"),
    (Msg::InterviewWordSkip, "skip"),
    (Msg::InterviewWordBack, "back"),
    (Msg::InterviewWordWhy, "why"),
    (Msg::InterviewWordDone, "done"),
];

/// The answer a line gives in `lang`'s own word for it ("មែន" in Khmer), as
/// the interview reads it ("yes"); `None` for any other line, and in
/// English, whose words are the interview's own.
///
/// ```
/// use palermo::words::{interview, Language};
/// assert_eq!(interview::protocol_word_in("yes", Language::En), None);
/// # #[cfg(feature = "i18n")]
/// assert_eq!(interview::protocol_word_in(" មែន ", Language::Km), Some("yes"));
/// ```
pub fn protocol_word_in(line: &str, lang: Language) -> Option<&'static str> {
    if lang == Language::En {
        return None;
    }
    let tr = lang.tr();
    let line = line.trim();
    WORDS
        .iter()
        .find(|(msg, _)| tr.text(*msg).trim() == line)
        .map(|(_, word)| *word)
}

/// Why a line of input is not an answer to the question put.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unfit {
    /// Not an answer to a question about one fact.
    NotAnAnswer,
    /// A grouped question takes the numbers that apply, `no`, `skip` or
    /// `done` (and, in the line protocol, pairs).
    Grouped,
    /// Pairs must be `PATH=ANSWER`, separated by spaces.
    Pairs,
    /// A path that is not a fact of the contract.
    UnknownPath,
    /// A path this question does not ask about.
    NotAsked,
    /// An answer that does not fit its fact.
    AnswerDoesNotFit,
}

/// Why a line is not an answer, in `lang` (no word of the line itself).
pub fn unfit_in(unfit: Unfit, lang: Language) -> Cow<'static, str> {
    lang.tr().text(match unfit {
        Unfit::NotAnAnswer => Msg::InterviewUnfitAnswer,
        Unfit::Grouped => Msg::InterviewUnfitGrouped,
        Unfit::Pairs => Msg::InterviewUnfitPairs,
        Unfit::UnknownPath => Msg::InterviewUnfitPath,
        Unfit::NotAsked => Msg::InterviewUnfitNotAsked,
        Unfit::AnswerDoesNotFit => Msg::InterviewUnfitFact,
    })
}

/// An answer that does not fit `ask`, and what it takes, in `lang`: "not
/// an answer to this list. Type the numbers of those that apply ...".
pub fn unfit_line_in(unfit: Unfit, ask: &Ask, lang: Language) -> String {
    lang.tr().string(
        Msg::InterviewUnfitLine,
        &[
            ("unfit", &unfit_in(unfit, lang)),
            ("help", &help_for_in(ask, lang)),
        ],
    )
}

/// Where the case was saved, and how to read its reasons, in `lang`.
pub fn saved_in(file: &str, lang: Language) -> String {
    lang.tr().string(Msg::InterviewSaved, &[("file", file)])
}

/// "The case cannot be saved to FILE." (before the first question), in
/// `lang`.
pub fn cannot_save_in(file: &str, lang: Language) -> String {
    lang.tr()
        .string(Msg::InterviewCannotSave, &[("file", file)])
}

/// "The case could not be saved to FILE; it is written to standard output
/// instead." (at the end), in `lang`.
pub fn not_saved_in(file: &str, lang: Language) -> String {
    lang.tr().string(Msg::InterviewNotSaved, &[("file", file)])
}

/// "The input ended before the interview was finished. ..." (on standard
/// error, when the input ends with a question unanswered), in `lang`.
pub fn unfinished_in(lang: Language) -> Cow<'static, str> {
    lang.tr().text(Msg::InterviewUnfinished)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Field};
    use crate::Profile;

    /// Every question an interview can put has words, and none names a field.
    #[test]
    fn every_topic_has_words_without_field_names() {
        for profile in Profile::ALL {
            let mut asked: Vec<Field> = Vec::new();
            let case = Case::new();
            while let Some(ask) = crate::decide::interview::next(&case, profile, &asked) {
                let q = question(&ask);
                assert!(!q.is_empty(), "{ask:?}");
                assert!(!q.contains('_') && q.contains('?'), "{q}");
                let w = why(&ask);
                assert!(!w.is_empty() && !w.contains('_'), "{w}");
                asked.extend(ask.fields.iter().copied());
            }
        }
        for field in Field::all() {
            let ask = Ask {
                topic: crate::decide::interview::Topic::of(field),
                fields: vec![field],
                towards: Verdict::Trafficking,
            };
            if ask.topic != Topic::Other {
                assert!(!question(&ask).is_empty(), "{field:?}");
            }
        }
    }
}
