//! What the answer to each next question would change, in words.

use super::{Msg, Tr};
use crate::assessment::{AnswerWords, Asked, Part, Question, Verdict};
use crate::law::ilo::Dimension;
use crate::model::Level;
use std::borrow::Cow;

/// The words of a part of a finding ("the means element").
pub(crate) fn part(part: Part) -> Msg {
    match part {
        Part::Act => Msg::PartAct,
        Part::Child => Msg::PartChild,
        Part::MeansOrChild => Msg::PartMeansOrChild,
        Part::Means => Msg::PartMeans,
        Part::Purpose => Msg::PartPurpose,
        Part::Benefit => Msg::PartBenefit,
        Part::Procured => Msg::PartProcured,
        Part::Migration => Msg::PartMigration,
        Part::RiskFactor => Msg::PartRiskFactor,
        Part::BorderCrossing => Msg::PartBorderCrossing,
        Part::IrregularEntryOrStay => Msg::PartIrregularEntryOrStay,
    }
}

/// Why a question is asked, verdicts named in words ("unsafe migration",
/// not the contract's `unsafe_migration`).
fn why(tr: Tr, asked: &Asked) -> String {
    why_with(tr, asked, &|v: Verdict| tr.text(short_msg(v)))
}

/// The message of a verdict's short name ("unsafe migration").
pub(super) fn short_msg(v: Verdict) -> Msg {
    match v {
        Verdict::Trafficking => Msg::ShortTrafficking,
        Verdict::PossibleTrafficking => Msg::ShortPossibleTrafficking,
        Verdict::Smuggling => Msg::ShortSmuggling,
        Verdict::UnsafeMigration => Msg::ShortUnsafeMigration,
        Verdict::IrregularMigration => Msg::ShortIrregularMigration,
        Verdict::NoFinding => Msg::ShortNoFinding,
    }
}

/// Why a question is asked, verdicts named by `name`.
pub(super) fn why_with(
    tr: Tr,
    asked: &Asked,
    name: &dyn Fn(Verdict) -> Cow<'static, str>,
) -> String {
    match *asked {
        Asked::Unknown => String::new(),
        Asked::Establishes { what, yes } => tr.string(
            Msg::WhyEstablishes,
            &[("what", &tr.text(part(what))), ("verdict", &name(yes))],
        ),
        Asked::Decides { answer, yes, no } => match (answer, yes, no) {
            (AnswerWords::Age, Some(yes), Some(no)) => {
                tr.string(Msg::WhyAgeBoth, &[("yes", &name(yes)), ("no", &name(no))])
            }
            (answer, yes, no) => {
                let (if_yes, if_no) = match answer {
                    AnswerWords::Age => (Msg::WhyUnder18, Msg::WhyAdult),
                    AnswerWords::Regularity => (Msg::WhyIrregular, Msg::WhyRegular),
                    AnswerWords::YesNo => (Msg::WhyYes, Msg::WhyNo),
                };
                let mut out = String::new();
                if let Some(v) = yes {
                    tr.put(&mut out, if_yes, &[("verdict", &name(v))]);
                }
                if let Some(v) = no {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    tr.put(&mut out, if_no, &[("verdict", &name(v))]);
                }
                out
            }
        },
        Asked::Indicator {
            dimension,
            level,
            yes,
            ..
        } => indicator_why(tr, dimension, level, yes, name, false),
        Asked::Towards {
            target,
            total,
            part: p,
        } => tr.string(
            Msg::WhyTowards,
            &[
                ("target", &name(target)),
                ("total", &total.to_string()),
                ("part", &tr.text(part(p))),
            ],
        ),
    }
}

/// What a "yes" to an indicator would change: its dimension made positive
/// (`level`), the verdict (`yes`), or both; `any` for a group of questions
/// ("If yes to any of these").
pub(super) fn indicator_why(
    tr: Tr,
    dimension: Dimension,
    level: Option<Level>,
    yes: Option<Verdict>,
    name: &dyn Fn(Verdict) -> Cow<'static, str>,
    any: bool,
) -> String {
    let dimension = tr.text(super::reasons::dimension_msg(dimension));
    let raised = level.is_some();
    let level = match level {
        Some(Level::Suspected) => "suspected",
        _ => "established",
    };
    match (yes, any) {
        (Some(v), false) if raised => tr.string(
            Msg::WhyIndicatorBoth,
            &[
                ("dimension", &dimension),
                ("level", level),
                ("verdict", &name(v)),
            ],
        ),
        (Some(v), true) if raised => tr.string(
            Msg::WhyIndicatorBothAny,
            &[
                ("dimension", &dimension),
                ("level", level),
                ("verdict", &name(v)),
            ],
        ),
        (Some(v), false) => tr.string(Msg::WhyYes, &[("verdict", &name(v))]),
        (Some(v), true) => tr.string(Msg::WhyYesAny, &[("verdict", &name(v))]),
        (None, false) => tr.string(
            Msg::WhyIndicatorDimension,
            &[("dimension", &dimension), ("level", level)],
        ),
        (None, true) => tr.string(
            Msg::WhyIndicatorDimensionAny,
            &[("dimension", &dimension), ("level", level)],
        ),
    }
}

/// Write the `why` of every question.
pub(super) fn write(tr: Tr, questions: &mut [Question]) {
    // In English the questions are borrowed from a table by field.
    let english_table = tr.is_english().then(english_questions);
    let mut last: Option<(Asked, &'static str)> = None;
    for q in questions {
        if let Asked::Indicator {
            dimension, confirm, ..
        } = q.asked
        {
            let msg = if confirm {
                Msg::IloAskConfirm
            } else {
                Msg::IloAsk
            };
            let indicator = q.wording.as_deref().unwrap_or(&q.fact);
            let write = || {
                tr.string(
                    msg,
                    &[
                        ("indicator", indicator),
                        (
                            "dimension",
                            &tr.text(super::reasons::dimension_msg(dimension)),
                        ),
                    ],
                )
            };
            // The wording of an embedded list lives as long as the process:
            // in English its question is written once, keyed by its address.
            static ASKED: super::memo::Sentences<(usize, usize, bool, usize)> =
                super::memo::Sentences::new(2048);
            q.question = match &q.wording {
                Some(Cow::Borrowed(w)) if tr.is_english() => ASKED
                    .get(
                        (w.as_ptr() as usize, w.len(), confirm, dimension.index()),
                        write,
                    )
                    .map_or_else(|| Cow::Owned(write()), Cow::Borrowed),
                _ => Cow::Owned(write()),
            };
            q.why = if tr.is_english() {
                Cow::Borrowed(english(&q.asked))
            } else {
                Cow::Owned(why(tr, &q.asked))
            };
            continue;
        }
        q.question = match (english_table, q.field) {
            (Some(table), Some(field)) => Cow::Borrowed(in_table(table, field)),
            _ => question(tr, q),
        };
        q.why = match last {
            // The facts of one part share their reason: its sentence too.
            Some((asked, why)) if asked == q.asked => Cow::Borrowed(why),
            _ if tr.is_english() => {
                let why = english(&q.asked);
                last = Some((q.asked, why));
                Cow::Borrowed(why)
            }
            _ => Cow::Owned(why(tr, &q.asked)),
        };
    }
}

/// The question that settles the fact asked about, in plain words. In
/// English each is looked up once per process and shared, in a table by
/// field.
fn question(tr: Tr, q: &Question) -> Cow<'static, str> {
    let field = q.field.or_else(|| crate::model::Field::from_path(&q.fact));
    match field {
        Some(f) if tr.is_english() => Cow::Borrowed(in_table(english_questions(), f)),
        _ => field
            .and_then(|f| super::field(f).attribute("ask"))
            .map_or(Cow::Borrowed(""), |m| tr.text(m)),
    }
}

/// The question about `field` in `table` (see [`english_questions`]).
fn in_table(table: &'static [&'static str], field: crate::model::Field) -> &'static str {
    table.get(field.ordinal()).copied().unwrap_or("")
}

/// The English question of every field, in the order of
/// [`crate::model::Field::all`], written once per process.
fn english_questions() -> &'static [&'static str] {
    static TABLE: std::sync::OnceLock<Box<[&'static str]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::with_capacity(crate::model::Field::COUNT);
        table.extend(
            crate::model::Field::all().map(|f| match super::field(f).attribute("ask") {
                Some(m) => match Tr::ENGLISH.text(m) {
                    Cow::Borrowed(text) => text,
                    Cow::Owned(text) => &*Box::leak(text.into_boxed_str()),
                },
                None => "",
            }),
        );
        table.into_boxed_slice()
    })
}

/// Every `why` sentence, in English, written once (see [`super::memo`]): a
/// sentence depends only on the verdicts and the part or the dimension it
/// names.
fn english(asked: &Asked) -> &'static str {
    static TABLE: super::memo::Memo = super::memo::Memo::new(SLOTS);
    index(asked)
        .and_then(|i| TABLE.get(i, || why(Tr::ENGLISH, asked)))
        .unwrap_or_default()
}

/// How many distinct sentences there are (see [`index`]).
const SLOTS: usize = INDICATOR + Dimension::ALL.len() * 3 * 7;

/// Where the sentences of the questions asked in indicators begin.
const INDICATOR: usize = 11 * 6 + 3 * 7 * 7 + 6 * 256 * 11;

/// The place of a sentence in the table, from what it says.
fn index(asked: &Asked) -> Option<usize> {
    let verdict = |v: Verdict| Some(v.precedence());
    let maybe = |v: Option<Verdict>| v.map_or(Some(6), verdict);
    let part = |p: Part| PARTS.iter().position(|x| *x == p);
    match *asked {
        Asked::Unknown => None,
        Asked::Indicator {
            dimension,
            level,
            yes,
            ..
        } => {
            let level = match level {
                None => 0,
                Some(Level::Suspected) => 1,
                Some(_) => 2,
            };
            Some(INDICATOR + (dimension.index() * 3 + level) * 7 + maybe(yes)?)
        }
        Asked::Establishes { what, yes } => Some(part(what)? * 6 + verdict(yes)?),
        Asked::Decides { answer, yes, no } => {
            let a = match answer {
                AnswerWords::YesNo => 0,
                AnswerWords::Regularity => 1,
                AnswerWords::Age => 2,
            };
            Some(66 + (a * 7 + maybe(yes)?) * 7 + maybe(no)?)
        }
        Asked::Towards {
            target,
            total,
            part: p,
        } => Some(66 + 147 + (verdict(target)? * 256 + usize::from(total)) * 11 + part(p)?),
    }
}

const PARTS: [Part; 11] = [
    Part::Act,
    Part::Child,
    Part::MeansOrChild,
    Part::Means,
    Part::Purpose,
    Part::Benefit,
    Part::Procured,
    Part::Migration,
    Part::RiskFactor,
    Part::BorderCrossing,
    Part::IrregularEntryOrStay,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `why` the table can hold, in all its shapes.
    fn every_asked() -> Vec<Asked> {
        let maybe: Vec<Option<Verdict>> = std::iter::once(None)
            .chain(Verdict::ALL.into_iter().map(Some))
            .collect();
        let mut all = Vec::new();
        for what in PARTS {
            for yes in Verdict::ALL {
                all.push(Asked::Establishes { what, yes });
            }
        }
        for answer in [
            AnswerWords::YesNo,
            AnswerWords::Regularity,
            AnswerWords::Age,
        ] {
            for &yes in &maybe {
                for &no in &maybe {
                    all.push(Asked::Decides { answer, yes, no });
                }
            }
        }
        for target in Verdict::ALL {
            for total in [0, 1, 2, 3, 255] {
                for part in PARTS {
                    all.push(Asked::Towards {
                        target,
                        total,
                        part,
                    });
                }
            }
        }
        for dimension in Dimension::ALL {
            for level in [None, Some(Level::Suspected), Some(Level::Established)] {
                for &yes in &maybe {
                    for confirm in [false, true] {
                        all.push(Asked::Indicator {
                            dimension,
                            level,
                            yes,
                            confirm,
                            element: None,
                        });
                    }
                }
            }
        }
        all
    }

    /// The table of sentences written once says what writing each afresh
    /// says, and no two sentences share a place in it.
    #[test]
    fn a_why_written_once_is_the_why_written_afresh() {
        let mut places = std::collections::HashMap::new();
        for asked in every_asked() {
            let i = index(&asked).expect("every shape has a place");
            assert!(i < SLOTS, "{asked:?}");
            let fresh = why(Tr::ENGLISH, &asked);
            assert_eq!(english(&asked), fresh, "{asked:?}");
            if let Some(before) = places.insert(i, fresh.clone()) {
                assert_eq!(before, fresh, "{asked:?} shares place {i}");
            }
        }
    }
}
