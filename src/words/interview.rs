//! The interview's questions in words: a question that settles several
//! facts at once in its own sentence, a question about one fact in that
//! fact's (`.ask`), and why it is asked, without legal or field names.

use super::{Msg, Tr};
use crate::assessment::Verdict;
use crate::decide::interview::{Ask, Topic};
use std::borrow::Cow;

/// The question `ask` puts, in plain words.
pub fn question(ask: &Ask) -> Cow<'static, str> {
    let tr = Tr::ENGLISH;
    let group = match ask.topic {
        Topic::Acts => Some(Msg::InterviewActs),
        Topic::Means => Some(Msg::InterviewMeans),
        Topic::Purposes => Some(Msg::InterviewPurposes),
        Topic::RiskFactors => Some(Msg::InterviewRisks),
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

/// Why `ask` is asked: what a "yes" could lead to, in plain words.
pub fn why(ask: &Ask) -> Cow<'static, str> {
    let tr = Tr::ENGLISH;
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
    Tr::ENGLISH.string(
        Msg::InterviewVerdict,
        &[("verdict", &super::explain::verdict_text(verdict))],
    )
}

/// "Still to ask: N questions at most."
pub fn missing(count: usize) -> String {
    Tr::ENGLISH.string(Msg::InterviewMissing, &[("count", &count.to_string())])
}

/// "No answer left could change the outcome."
pub fn done() -> Cow<'static, str> {
    Tr::ENGLISH.text(Msg::InterviewDone)
}

/// The answers the interview takes.
pub fn help() -> Cow<'static, str> {
    Tr::ENGLISH.text(Msg::InterviewHelp)
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
