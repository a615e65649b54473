//! The sentences of the reasons and warnings, written from what each rule
//! found ([`Said`], [`Warning`]).

use super::memo::{Memo, Sentences};
use super::{capitalise, fact, field, profiled, Msg, Tr};
use crate::assessment::{
    AsAdult, Assessment, ConsentBy, Element, IloFinding, IloNote, PersonStatus, Said, Verdict,
    Warning, Why,
};
use crate::law::ilo::{Confidence, Dimension, Grade, ListName};
use crate::law::profile::{Definition, Element as Counted, How, Profile};
use crate::model::{
    members, Act, AgeRange, Fact, Level, Means, Purpose, Regularity, RiskFactor, Vocabulary,
    MAX_AGE,
};
use std::borrow::Cow;

/// A number in words ("24").
fn number(n: impl std::fmt::Display) -> String {
    n.to_string()
}

/// Append the names of the members of `mask` as a comma list.
fn names_into<V: Vocabulary>(tr: Tr, out: &mut String, mask: u32) {
    tr.list_into(
        out,
        mask.count_ones() as usize,
        members::<V>(mask).map(|m| tr.name(fact(m))),
        Msg::ListComma,
        Msg::ListComma,
    );
}

/// Append the names of an element's facts as a comma list.
fn element_names_into(tr: Tr, out: &mut String, element: Element, mask: u32) {
    match element {
        Element::Act => names_into::<Act>(tr, out, mask),
        Element::Means => names_into::<Means>(tr, out, mask),
        Element::Purpose => names_into::<Purpose>(tr, out, mask),
    }
}

/// Put the first letter written since `start` in upper case.
fn capitalise_from(out: &mut String, start: usize) {
    let Some(first) = out.get(start..).and_then(|s| s.chars().next()) else {
        return;
    };
    if first.is_ascii_lowercase() {
        out.replace_range(start..start + 1, &first.to_ascii_uppercase().to_string());
    } else if !first.is_ascii() {
        let upper: String = first.to_uppercase().collect();
        out.replace_range(start..start + first.len_utf8(), &upper);
    }
}

/// Append message `msg` to `out`, each variable written by `var`.
fn catalog_write(tr: Tr, out: &mut String, msg: Msg, var: &mut dyn FnMut(&str, &mut String)) {
    if tr.is_english() {
        super::catalog::write_with(out, msg.pattern(), var);
    } else {
        out.push_str(&tr.render(msg, var));
    }
}

/// A sentence of a memo table, in English; written afresh for another
/// language.
fn memo(
    tr: Tr,
    table: &'static Memo,
    index: usize,
    write: impl FnOnce() -> String,
) -> Cow<'static, str> {
    if tr.is_english() && index < table.len() {
        if let Some(text) = table.get(index, write) {
            return Cow::Borrowed(text);
        }
        return Cow::Borrowed("");
    }
    Cow::Owned(write())
}

/// A number into a string, without `format!`.
fn push_number(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        if let Some(d) = digits.get_mut(i) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    for &d in digits.get(i..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// The span of an age estimate in words: "16 to 19"; "18 or over" when it
/// reaches [`MAX_AGE`], the oldest age a record can hold (an HTCDS or CTDC
/// record that says only "adult" is read as 18 to that age); "17 or under"
/// when it starts at 0 ("minor"). Open at both ends, or at neither: its two
/// ends.
fn span(tr: Tr, out: &mut String, range: AgeRange) {
    let msg = match (open(range), range.min) {
        (false, _) => Msg::AgeSpan,
        (true, 0) => Msg::AgeSpanUnder,
        (true, _) => Msg::AgeSpanOver,
    };
    catalog_write(tr, out, msg, &mut |name, out| {
        push_number(
            out,
            if name == "min" { range.min } else { range.max }.into(),
        )
    });
}

/// Whether `range` is open at exactly one end (from 0, or to [`MAX_AGE`]).
fn open(range: AgeRange) -> bool {
    (range.max == MAX_AGE) != (range.min == 0)
}

/// An element's name in a list of missing elements ("act").
fn element_word(element: Element) -> Msg {
    match element {
        Element::Act => Msg::ElementAct,
        Element::Means => Msg::ElementMeans,
        Element::Purpose => Msg::ElementPurpose,
    }
}

/// How a fact of an element counts under `def`, with the term it is read as.
fn how(def: &Definition, element: Element, index: usize) -> How {
    fn of<V: Counted>(def: &Definition, index: usize) -> How {
        V::ALL.get(index).map_or(How::Not, |m| def.how(*m))
    }
    match element {
        Element::Act => of::<Act>(def, index),
        Element::Means => of::<Means>(def, index),
        Element::Purpose => of::<Purpose>(def, index),
    }
}

/// The text of one reason. In English, the sentences that take the most
/// writing (lists of facts, a limb's words) rest only on the profile and
/// what the reason said: each is written once per process and shared (see
/// [`super::memo::Sentences`]); the rest are borrowed or in tables already.
pub(super) fn text(tr: Tr, a: &Assessment, said: &Said) -> Cow<'static, str> {
    static SENTENCES: Sentences<(Profile, Said)> = Sentences::new(4096);
    let shared = tr.is_english()
        && matches!(
            said,
            Said::AgeEstimated { .. }
                | Said::CountsUnder { .. }
                | Said::ReadAs { .. }
                | Said::NotAnElement { .. }
                | Said::OtherLimb { .. }
                | Said::ChildRule { .. }
                | Said::Caveat { .. }
                | Said::MeansAlways { .. }
                | Said::NoMeansInLimb { .. }
                | Said::Ward { .. }
                | Said::Victim
        );
    if shared {
        let write = || written(tr, a, said).into_owned();
        if let Some(text) = SENTENCES.get((a.profile, *said), write) {
            return Cow::Borrowed(text);
        }
    }
    written(tr, a, said)
}

/// The words of a reading on the 1956 Convention's conditions (read in
/// provisionally, or ruled out): each provision of conditions has its own
/// reason, so the message of its form (`<prefix><purpose>`: art. 1(c) for
/// a forced marriage, 1(d) for an illegal adoption), `general` where the
/// form has none; the facts named in it.
fn conditions(tr: Tr, prefix: &str, general: Msg, facts: u32) -> Cow<'static, str> {
    let msg = crate::model::members::<Purpose>(facts)
        .next()
        .and_then(|p| super::find(&[prefix, p.name()]))
        .unwrap_or(general);
    Cow::Owned(tr.render(msg, &mut |_, out| {
        names_into::<Purpose>(tr, out, facts);
    }))
}

/// The text of one reason, written from the catalogue.
fn written(tr: Tr, a: &Assessment, said: &Said) -> Cow<'static, str> {
    let profile = a.profile;
    let def = profile.definition();
    let own = |msg: Msg| tr.text(profiled(msg, profile));
    match *said {
        Said::Unknown => Cow::Borrowed(""),
        Said::AgeStated { age } => {
            static STATED: Memo = Memo::new(256);
            let msg = if age < crate::law::age::MAJORITY {
                Msg::AgeStatedChild
            } else {
                Msg::AgeStatedAdult
            };
            let write = || tr.render(msg, &mut |_, out| push_number(out, age.into()));
            memo(tr, &STATED, usize::from(age), write)
        }
        Said::AgeEstimated { range, status } => {
            let msg = match status {
                PersonStatus::Child => Msg::AgeEstimatedChild,
                PersonStatus::Adult => Msg::AgeEstimatedAdult,
                // Entirely 18 or over, but with signs of childhood.
                _ if range.min >= crate::law::age::MAJORITY => Msg::AgeEstimatedSigns,
                _ => Msg::AgeEstimatedPresumed,
            };
            Cow::Owned(tr.render(msg, &mut |name, out| {
                if name == "open" {
                    out.push_str(if open(range) { "yes" } else { "no" });
                } else {
                    span(tr, out, range);
                }
            }))
        }
        Said::AgePresumed { signs } => tr.text(if signs == Level::Established {
            Msg::AgePresumedSigns
        } else {
            Msg::AgePresumedSuspected
        }),
        Said::AgeUnknown => tr.text(Msg::AgeUnknown),
        Said::Element {
            element,
            level,
            facts,
        } => element_text(tr, profile, element, level, facts),
        Said::CountsUnder { element, facts } => {
            let msg = if facts.count_ones() == 1 {
                Msg::CountsUnderOne
            } else {
                Msg::CountsUnderMany
            };
            Cow::Owned(tr.render(msg, &mut |_, out| {
                let start = out.len();
                element_names_into(tr, out, element, facts);
                capitalise_from(out, start);
            }))
        }
        Said::ReadAs {
            element,
            facts,
            minimum,
        } => {
            // A reading the instrument allows only on conditions (a forced
            // marriage as a servile marriage, 1956 Convention art. 1(c))
            // says them: the steps that follow may hold it at suspected.
            let conditional = if element == Element::Purpose {
                def.provisional::<Purpose>()
            } else {
                0
            };
            let readings = |out: &mut String| {
                let mut first = true;
                for index in (0..32usize).filter(|i| facts & (1 << i) != 0) {
                    if let How::Read { term, .. } = how(def, element, index) {
                        if !first {
                            out.push_str(&tr.name(Msg::ListSemicolon));
                        }
                        first = false;
                        let condition = (conditional & (1 << index) != 0)
                            .then(|| Purpose::ALL.get(index))
                            .flatten()
                            .and_then(|p| super::find(&["read-condition-", p.name()]));
                        let msg = if condition.is_some() {
                            Msg::ReadOneConditional
                        } else {
                            Msg::ReadOne
                        };
                        catalog_write(tr, out, msg, &mut |var, out| match var {
                            "term" => out.push_str(term),
                            "condition" => {
                                if let Some(c) = condition {
                                    out.push_str(&tr.name(c));
                                }
                            }
                            _ => element_names_into(tr, out, element, 1 << index),
                        });
                    }
                }
            };
            let msg = if minimum {
                Msg::ReadAsMinimum
            } else {
                Msg::ReadAs
            };
            let lead = tr.name(profiled(Msg::Minimum, profile));
            Cow::Owned(tr.render(msg, &mut |var, out| {
                if var == "minimum" {
                    out.push_str(&lead);
                } else {
                    readings(out);
                }
            }))
        }
        Said::NotAnElement { field: f } => {
            let (noun, note) = match f {
                crate::model::Field::Act(m) => (Msg::NounAct, not_note(m, profile)),
                crate::model::Field::Means(m) => (Msg::NounMeans, not_note(m, profile)),
                crate::model::Field::Purpose(m) => (Msg::NounPurpose, not_note(m, profile)),
                _ => (Msg::NounAct, Cow::Borrowed("")),
            };
            let instrument = tr.name(profiled(Msg::Instrument, profile));
            Cow::Owned(tr.render(Msg::NotElement, &mut |var, out| match var {
                "fact" => {
                    let start = out.len();
                    out.push_str(&tr.name(field(f)));
                    capitalise_from(out, start);
                }
                "noun" => out.push_str(&tr.name(noun)),
                "instrument" => out.push_str(&instrument),
                _ => out.push_str(&note),
            }))
        }
        Said::OtherLimb { field: f, limb } => {
            let limbs: Vec<String> = match f {
                crate::model::Field::Act(m) => def
                    .limbs_of(m)
                    .map(|l| limb_name(tr, profile, l.key))
                    .collect(),
                crate::model::Field::Means(m) => def
                    .limbs_of(m)
                    .map(|l| limb_name(tr, profile, l.key))
                    .collect(),
                crate::model::Field::Purpose(m) => def
                    .limbs_of(m)
                    .map(|l| limb_name(tr, profile, l.key))
                    .collect(),
                _ => Vec::new(),
            };
            let this = limb_name(tr, profile, def.limb(usize::from(limb)).key);
            Cow::Owned(tr.string(
                Msg::OtherLimb,
                &[
                    ("fact", &capitalise(&tr.text(field(f)))),
                    ("limbs", &tr.list(&limbs, Msg::ListOr, Msg::ListOr)),
                    ("limb", &this),
                ],
            ))
        }
        Said::ChildRule {
            presumed,
            means,
            facts,
            doubt,
        } => {
            let child = if presumed {
                Msg::ChildRulePresumed
            } else if doubt {
                Msg::ChildRuleChildDoubt
            } else {
                Msg::ChildRuleChild
            };
            // A presumed child's means is a reason of its own (it decides).
            if means.at_least_suspected() && !presumed {
                let means = element_text(tr, profile, Element::Means, means, facts);
                Cow::Owned(tr.string(
                    Msg::ChildRuleEvidence,
                    &[("child", &tr.text(child)), ("means", &means)],
                ))
            } else {
                tr.text(child)
            }
        }
        Said::Caveat { limb } => limb_attr(tr, profile, def.limb(usize::from(limb)).key, "caveat"),
        Said::MeansAlways { limb } => {
            limb_attr(tr, profile, def.limb(usize::from(limb)).key, "child-means")
        }
        Said::NoMeansInLimb { limb } => {
            limb_attr(tr, profile, def.limb(usize::from(limb)).key, "no-means")
        }
        Said::Ward { limb, suspected } => limb_attr(
            tr,
            profile,
            def.limb(usize::from(limb)).key,
            if suspected { "ward-suspected" } else { "ward" },
        ),
        Said::Vulnerability { abuse_suspected } => {
            if abuse_suspected {
                tr.text(Msg::VulnerabilityAbuseSuspected)
            } else {
                own(Msg::VulnerabilityAlone)
            }
        }
        Said::Intent { occurred } => tr.text(match occurred {
            Fact::RuledOut | Fact::Suspected => Msg::IntentNotShown,
            _ => Msg::IntentNotStated,
        }),
        Said::Consent {
            by: ConsentBy::Limb(limb),
            ..
        } => limb_attr(tr, profile, def.limb(usize::from(limb)).key, "consent"),
        Said::Consent { by, suspected } => {
            let msg = match by {
                ConsentBy::Limb(_) => Msg::ConsentAdult,
                ConsentBy::Child => Msg::ConsentChild,
                ConsentBy::Means => Msg::ConsentMeans,
                ConsentBy::Adult => Msg::ConsentAdult,
            };
            let msg = profiled(msg, profile);
            let msg = if suspected {
                msg.attribute("suspected").unwrap_or(msg)
            } else {
                msg
            };
            // A presumed child is a child only until the age is verified.
            if matches!(by, ConsentBy::Child) && a.person.status == PersonStatus::PresumedChild {
                let mut text = tr.text(msg).into_owned();
                text.push(' ');
                tr.put(&mut text, Msg::ConsentPresumedChild, &[]);
                return Cow::Owned(text);
            }
            tr.text(msg)
        }
        Said::Finding {
            presumed,
            status,
            child_rule,
            missing,
            limb,
            tied,
            without_means,
            as_adult,
            unverified,
        } => {
            static FINDINGS: Memo = Memo::new(2 * 2 * 6 * 3 * 2 * 8 * 4 * 2 * 5);
            let level = |l: Level| l as usize;
            let adult = match as_adult {
                AsAdult::NotAsked => 0,
                AsAdult::Same => 1,
                AsAdult::Would(l) => 2 + level(l),
            };
            let profile_index = Profile::ALL.iter().position(|p| *p == profile).unwrap_or(6);
            // Each part in its own range: a mixed-radix number.
            let key = [
                (usize::from(unverified), 2),
                (usize::from(presumed), 2),
                (profile_index, 6),
                (level(status), 3),
                (usize::from(child_rule), 2),
                (usize::from(missing), 8),
                (usize::from(limb), 4),
                (usize::from(without_means), 2),
                (adult, 5),
            ]
            .iter()
            .fold(0, |key, (digit, radix)| key * radix + digit);
            let write = || {
                finding(
                    tr,
                    profile,
                    presumed,
                    status,
                    child_rule,
                    missing,
                    limb,
                    tied,
                    without_means,
                    as_adult,
                    unverified,
                )
                .into_owned()
            };
            if usize::from(limb) < 4 && missing < 8 && tied == 0 {
                memo(tr, &FINDINGS, key, write)
            } else {
                Cow::Owned(write())
            }
        }
        Said::Provisional { facts } => {
            conditions(tr, "purpose-provisional-", Msg::PurposeProvisional, facts)
        }
        Said::Refuted { facts } => conditions(tr, "purpose-refuted-", Msg::PurposeRefuted, facts),
        Said::ServileByPayment => tr.text(Msg::PurposeServileByPayment),
        Said::Border { crossed } => tr.text(if crossed == Fact::RuledOut {
            Msg::BorderInternal
        } else {
            Msg::BorderUnknown
        }),
        Said::Victim => Msg::find(&format!("victim-{}", profile.name()))
            .map_or(Cow::Borrowed(""), |m| tr.text(m)),
        Said::Asylum => tr.text(Msg::Asylum),
        Said::AsylumSmuggled => tr.text(Msg::AsylumSmuggled),
        Said::OwnState => tr.text(Msg::OwnState),
        Said::FamilyHelp { benefit_suspected } => tr.text(if benefit_suspected {
            Msg::FamilyHelp
                .attribute("suspected")
                .unwrap_or(Msg::FamilyHelp)
        } else {
            Msg::FamilyHelp
        }),
        Said::Attempted => tr.text(Msg::SmugglingAttempted),
        Said::AttemptSuspected => tr.text(Msg::SmugglingAttemptSuspected),
        Said::FamilyForBenefit => tr.text(Msg::FamilyForBenefit),
        Said::Smuggling {
            established,
            by_stay,
            documents,
        } => {
            let msg = match (established, by_stay) {
                (true, false) => Msg::SmugglingEntry,
                (true, true) => Msg::SmugglingStay,
                (false, false) => Msg::SmugglingEntrySuspected,
                (false, true) => Msg::SmugglingStaySuspected,
            };
            // A stay enabled on false documents: the illegal means of art.
            // 6(1)(c) are shown.
            tr.text(match (by_stay, documents) {
                (true, true) => msg.attribute("documents").unwrap_or(msg),
                _ => msg,
            })
        }
        Said::ObjectNotOffender => tr.text(Msg::ObjectNotOffender),
        Said::NoBenefit => tr.text(Msg::NoBenefit),
        Said::SelfProcured => tr.text(Msg::SelfProcured),
        Said::NoSmuggling => tr.text(Msg::NoSmuggling),
        Said::Aggravated { life, treatment } => tr.text(match (life, treatment) {
            (true, true) => Msg::AggravatedBoth,
            (true, false) => Msg::AggravatedLife,
            _ => Msg::AggravatedTreatment,
        }),
        Said::RelationshipContinued => tr.text(Msg::RelationshipContinued),
        Said::RelationshipEnded => tr.text(Msg::RelationshipEnded),
        Said::Irregular { entry, stay } => tr.text(match (entry, stay) {
            (Some(Regularity::Irregular), Some(Regularity::Irregular)) => Msg::IrregularBoth,
            (Some(Regularity::Irregular), _) => Msg::IrregularEntry,
            _ => Msg::IrregularStay,
        }),
        Said::NoIrregular => tr.text(Msg::NoIrregular),
        Said::Unsafe { risks } => {
            static UNSAFE: Memo = Memo::new(256);
            let write = || {
                tr.render(Msg::Unsafe, &mut |_, out| {
                    names_into::<RiskFactor>(tr, out, risks)
                })
            };
            memo(tr, &UNSAFE, risks as usize, write)
        }
        Said::RisksWithoutMigration => tr.text(Msg::RisksWithoutMigration),
        Said::NonPunishment => own(Msg::NonPunishment),
        Said::Sold { level } => tr.text(if level == Level::Established {
            Msg::SoldByPayment
        } else {
            Msg::SoldByPaymentSuspected
        }),
        Said::Unpaid { facts, value } => {
            let msg = match value {
                crate::model::Fact::Suspected => Msg::SaleUnpaidSuspected,
                crate::model::Fact::RuledOut => Msg::SaleUnpaidRuledOut,
                _ => Msg::SaleUnpaid,
            };
            Cow::Owned(tr.render(msg, &mut |_, out| names_into::<Act>(tr, out, facts)))
        }
        Said::Verdict => verdict(tr, &a.labels, a.verdict),
        Said::IloList => a
            .ilo
            .as_ref()
            .map_or(Cow::Borrowed(""), |ilo| ilo_list(tr, ilo)),
        Said::IloDimension { dimension } => a.ilo.as_ref().map_or(Cow::Borrowed(""), |ilo| {
            Cow::Owned(ilo_dimension(tr, ilo, dimension))
        }),
        Said::IloMapped { index } => a.ilo.as_ref().map_or(Cow::Borrowed(""), |ilo| {
            Cow::Owned(ilo_mapped(tr, ilo, usize::from(index)))
        }),
        Said::IloNotForcedLabour => tr.text(Msg::IloNotForcedLabour),
        Said::IloPolicy => a
            .ilo
            .as_ref()
            .map_or(Cow::Borrowed(""), |ilo| Cow::Owned(ilo_policy(tr, a, ilo))),
    }
}

/// "Act established: recruitment." or the profile's "No act is established..."
fn element_text(
    tr: Tr,
    profile: Profile,
    element: Element,
    level: Level,
    facts: u32,
) -> Cow<'static, str> {
    let msg = match (element, level) {
        (Element::Act, Level::Established) => Msg::ActEstablished,
        (Element::Act, Level::Suspected) => Msg::ActSuspected,
        (Element::Means, Level::Established) => Msg::MeansEstablished,
        (Element::Means, Level::Suspected) => Msg::MeansSuspected,
        (Element::Purpose, Level::Established) => Msg::PurposeEstablished,
        (Element::Purpose, Level::Suspected) => Msg::PurposeSuspected,
        (Element::Act, Level::NotEstablished) => return tr.text(profiled(Msg::NoAct, profile)),
        (Element::Means, Level::NotEstablished) => return tr.text(profiled(Msg::NoMeans, profile)),
        (Element::Purpose, Level::NotEstablished) => {
            return tr.text(profiled(Msg::NoPurpose, profile))
        }
    };
    // Most elements rest on one or two facts: those sentences are written
    // once (a pair's index is `j * (j + 1) / 2 + i`, for bits `i <= j`).
    static ELEMENTS: Memo = Memo::new(3 * 2 * 528);
    let write = || {
        tr.render(msg, &mut |_, out| {
            element_names_into(tr, out, element, facts)
        })
    };
    let (i, j) = (
        facts.trailing_zeros() as usize,
        31 - facts.leading_zeros() as usize,
    );
    if facts != 0 && facts.count_ones() <= 2 {
        let key = ((element as usize) * 2 + usize::from(level == Level::Suspected)) * 528
            + j * (j + 1) / 2
            + i;
        memo(tr, &ELEMENTS, key, write)
    } else {
        Cow::Owned(write())
    }
}

/// The note on a fact that is not an element of the profile's definition.
pub(super) fn not_note<V: Vocabulary>(member: V, profile: Profile) -> Cow<'static, str> {
    let own = match profile {
        Profile::Palermo => None,
        _ => super::find(&["not-", profile.name(), "-", V::GROUP, "-", member.name()]),
    };
    own.or_else(|| super::find(&["not-", V::GROUP, "-", member.name()]))
        .map_or(Cow::Borrowed(""), |m| Tr::ENGLISH.text(m))
}

/// The name of a limb in words ("sex trafficking").
pub(crate) fn limb_name(tr: Tr, profile: Profile, key: &str) -> String {
    let id = if key.is_empty() {
        format!("limb-{}", profile.name())
    } else {
        format!("limb-{}-{key}", profile.name())
    };
    Msg::find(&id).map_or_else(String::new, |m| tr.string(m, &[]))
}

/// An attribute of a limb's message (`caveat`, `child-means`, `without-means`).
fn limb_attr(tr: Tr, profile: Profile, key: &str, attribute: &str) -> Cow<'static, str> {
    let id = if key.is_empty() {
        format!("limb-{}.{attribute}", profile.name())
    } else {
        format!("limb-{}-{key}.{attribute}", profile.name())
    };
    Msg::find(&id).map_or(Cow::Borrowed(""), |m| tr.text(m))
}

/// The finding on trafficking, with what the limb, the lack of a means and
/// a presumed child's age add to it.
#[allow(clippy::too_many_arguments)]
fn finding(
    tr: Tr,
    profile: Profile,
    presumed: bool,
    status: Level,
    child_rule: bool,
    missing: u8,
    limb: u8,
    tied: u8,
    without_means: bool,
    as_adult: AsAdult,
    unverified: bool,
) -> Cow<'static, str> {
    let required = tr.name(if child_rule {
        Msg::RequiredChild
    } else {
        Msg::RequiredAdult
    });
    let missing_count = missing.count_ones() as usize;
    let term = tr.name(profiled(Msg::Term, profile));
    let (msg, last) = match status {
        Level::Established => (Msg::FindingEstablished, Msg::ListComma),
        Level::Suspected if unverified => (Msg::FindingUnverified, Msg::ListComma),
        Level::Suspected if missing_count == 0 => (Msg::FindingPremise, Msg::ListComma),
        Level::Suspected => (Msg::FindingSuspected, Msg::ListComma),
        Level::NotEstablished if missing_count == 1 => (Msg::FindingNotOne, Msg::ListAnd),
        Level::NotEstablished => (Msg::FindingNotMany, Msg::ListAnd),
    };
    let mut text = tr.render(msg, &mut |var, out| match var {
        "Term" => {
            let mut chars = term.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
        "term" => out.push_str(&term),
        "required" => out.push_str(&required),
        _ => tr.list_into(
            out,
            missing_count,
            Element::ALL
                .into_iter()
                .filter(|e| missing & e.bit() != 0)
                .map(|e| tr.name(element_word(e))),
            Msg::ListComma,
            last,
        ),
    });
    let def = profile.definition();
    let key = def.limb(usize::from(limb)).key;
    if tied != 0 {
        // The facts point to no one limb: none is named as the one assessed.
        let limbs: Vec<String> = (0..def.limbs.len())
            .filter(|i| *i < 8 && tied & (1 << i) != 0)
            .map(|i| limb_name(tr, profile, def.limb(i).key))
            .collect();
        text.push(' ');
        tr.put(
            &mut text,
            Msg::FindingNoLimb,
            &[("limbs", &tr.list(&limbs, Msg::ListComma, Msg::ListOr))],
        );
    } else if def.limbs.len() > 1 {
        text.push(' ');
        tr.put(
            &mut text,
            Msg::FindingLimb,
            &[("limb", &limb_name(tr, profile, key))],
        );
    }
    if without_means {
        text.push(' ');
        text.push_str(&limb_attr(tr, profile, key, "without-means"));
    }
    if presumed && missing & Element::Means.bit() != 0 {
        text.push(' ');
        tr.put(&mut text, Msg::FindingPresumed, &[]);
    }
    let adult = match as_adult {
        AsAdult::NotAsked => None,
        AsAdult::Same => Some(Msg::AsAdultSame),
        AsAdult::Would(Level::Established) => Some(Msg::AsAdultEstablished),
        AsAdult::Would(Level::Suspected) => Some(Msg::AsAdultSuspected),
        AsAdult::Would(Level::NotEstablished) => Some(Msg::AsAdultNot),
    };
    if let Some(msg) = adult {
        text.push(' ');
        tr.put(&mut text, msg, &[]);
    }
    Cow::Owned(text)
}

/// A verdict in words ("trafficking in persons").
pub(crate) fn verdict_words(verdict: Verdict) -> Msg {
    match verdict {
        Verdict::Trafficking => Msg::VerdictTrafficking,
        Verdict::PossibleTrafficking => Msg::VerdictPossibleTrafficking,
        Verdict::Smuggling => Msg::VerdictSmuggling,
        Verdict::UnsafeMigration => Msg::VerdictUnsafeMigration,
        Verdict::IrregularMigration => Msg::VerdictIrregularMigration,
        Verdict::NoFinding => Msg::VerdictNoFinding,
    }
}

/// "Verdict: trafficking in persons. Also found: ..."
fn verdict(tr: Tr, labels: &[Verdict], verdict: Verdict) -> Cow<'static, str> {
    static VERDICTS: Memo = Memo::new(6 * 64);
    let rank = |v: &Verdict| v.precedence();
    let key = labels
        .iter()
        .skip(1)
        .fold(rank(&verdict), |k, l| k | (1 << (3 + rank(l))));
    memo(tr, &VERDICTS, key, || {
        verdict_text(tr, labels, verdict).into_owned()
    })
}

fn verdict_text(tr: Tr, labels: &[Verdict], verdict: Verdict) -> Cow<'static, str> {
    let name = tr.name(verdict_words(verdict));
    match labels.get(1..) {
        Some(also) if !also.is_empty() => {
            Cow::Owned(tr.render(Msg::VerdictReasonAlso, &mut |var, out| {
                if var == "verdict" {
                    out.push_str(&name);
                } else {
                    tr.list_into(
                        out,
                        also.len(),
                        also.iter().map(|v| tr.name(verdict_words(*v))),
                        Msg::ListSemicolon,
                        Msg::ListSemicolon,
                    );
                }
            }))
        }
        _ => Cow::Owned(tr.render(Msg::VerdictReason, &mut |_, out| out.push_str(&name))),
    }
}

/// What the person's status rests on ("stated age 29").
pub(super) fn basis(tr: Tr, said: &Said) -> Cow<'static, str> {
    match *said {
        Said::AgeStated { age } => {
            static BASIS: Memo = Memo::new(256);
            let write = || tr.render(Msg::BasisStated, &mut |_, out| push_number(out, age.into()));
            memo(tr, &BASIS, usize::from(age), write)
        }
        Said::AgeEstimated { range, .. } => {
            static ESTIMATED: Sentences<(u8, u8)> = Sentences::new(1024);
            let write = || tr.render(Msg::BasisEstimated, &mut |_, out| span(tr, out, range));
            // In English, each range's sentence is written once and shared.
            if tr.is_english() {
                if let Some(text) = ESTIMATED.get((range.min, range.max), write) {
                    return Cow::Borrowed(text);
                }
            }
            Cow::Owned(write())
        }
        Said::AgePresumed { .. } => tr.text(Msg::BasisSigns),
        _ => tr.text(Msg::BasisUnknown),
    }
}

/// A warning in words.
pub(super) fn warning(tr: Tr, warning: &Warning) -> Cow<'static, str> {
    match warning {
        Warning::AgeOutsideEstimate { age, range } => {
            Cow::Owned(tr.render(Msg::WarningAgeOutsideEstimate, &mut |name, out| {
                if name == "age" {
                    push_number(out, (*age).into());
                } else {
                    span(tr, out, *range);
                }
            }))
        }
        Warning::SignsButAdultEstimate => tr.text(Msg::WarningSignsAdultEstimate),
        Warning::SignsButAdultAge => tr.text(Msg::WarningSignsAdultAge),
        Warning::EntryWithoutCrossing => tr.text(Msg::WarningEntryWithoutCrossing),
        Warning::SaleButNoExchange => tr.text(Msg::WarningSaleButNoExchange),
        Warning::AttemptButNoCrossingPlanned => tr.text(Msg::WarningAttemptButNoCrossingPlanned),
        Warning::ExploitationWithoutPurpose => tr.text(Msg::WarningExploitationWithoutPurpose),
        Warning::FamilyAndBenefit => tr.text(Msg::WarningFamilyAndBenefit),
        Warning::RegularEntryOnFalseDocuments => tr.text(Msg::WarningRegularEntryFalseDocuments),
        Warning::NotServileButPaid => tr.text(Msg::WarningNotServileButPaid),
        Warning::UnknownIndicators { policy, ids } => Cow::Owned(tr.string(
            Msg::WarningUnknownIndicators,
            &[
                ("policy", policy),
                ("ids", &tr.list(ids, Msg::ListComma, Msg::ListComma)),
            ],
        )),
        Warning::IndicatorConflict { field: f } => {
            // The fact in words ("coercion"), as the catalogue names it.
            Cow::Owned(tr.string(
                Msg::WarningIndicatorConflict,
                &[("fact", &tr.text(super::field(*f)))],
            ))
        }
        Warning::IloData { error } => {
            Cow::Owned(tr.string(Msg::WarningIloData, &[("error", error)]))
        }
    }
}

// ---- The ILO/EC indicators ----

/// A dimension's name, capitalised ("Coercion at destination").
fn dimension_name(tr: Tr, dimension: Dimension) -> String {
    capitalise(&tr.text(dimension_msg(dimension)))
}

pub(crate) fn dimension_msg(dimension: Dimension) -> Msg {
    match dimension {
        Dimension::DeceptiveRecruitment => Msg::DimensionDeceptiveRecruitment,
        Dimension::CoerciveRecruitment => Msg::DimensionCoerciveRecruitment,
        Dimension::RecruitmentByAbuseOfVulnerability => {
            Msg::DimensionRecruitmentByAbuseOfVulnerability
        }
        Dimension::ExploitativeConditions => Msg::DimensionExploitativeConditions,
        Dimension::CoercionAtDestination => Msg::DimensionCoercionAtDestination,
        Dimension::AbuseOfVulnerabilityAtDestination => {
            Msg::DimensionAbuseOfVulnerabilityAtDestination
        }
    }
}

pub(crate) fn grade_msg(grade: Grade) -> Msg {
    match grade {
        Grade::Strong => Msg::GradeStrong,
        Grade::Medium => Msg::GradeMedium,
        Grade::Weak => Msg::GradeWeak,
    }
}

fn confidence_msg(confidence: Confidence) -> Msg {
    match confidence {
        Confidence::Verified => Msg::ConfidenceV,
        Confidence::Secondary => Msg::ConfidenceS,
        Confidence::Recollection => Msg::ConfidenceR,
    }
}

/// The list in words ("adults, labour exploitation").
pub(crate) fn list_msg(list: ListName) -> Msg {
    match list {
        ListName::AdultsLabour => Msg::ListAdultsLabour,
        ListName::AdultsSexual => Msg::ListAdultsSexual,
        ListName::ChildrenLabour => Msg::ListChildrenLabour,
        ListName::ChildrenSexual => Msg::ListChildrenSexual,
    }
}

pub(crate) fn level_msg(level: Level) -> Msg {
    match level {
        Level::Established => Msg::LevelEstablished,
        Level::Suspected => Msg::LevelSuspected,
        Level::NotEstablished => Msg::LevelNotEstablished,
    }
}

/// An ILO/EC indicator in words, for the middle of a sentence: its wording
/// on the list used (first letter in lower case), or, for a finding read
/// back from JSON without it, the name in its id.
pub(super) fn indicator_name<'a>(ilo: &'a IloFinding, id: &'a str) -> Cow<'a, str> {
    let name = ilo
        .dimensions
        .iter()
        .flat_map(|d| &d.indicators)
        .find(|i| i.id == id)
        .and_then(|i| i.name.as_deref());
    match name {
        Some(name) => Cow::Borrowed(name),
        None => Cow::Owned(id.split_once('.').map_or(id, |(_, n)| n).replace('_', " ")),
    }
}

/// Indicators in words, as a list. Their wordings have commas of their own,
/// so the list is kept apart by semicolons.
pub(super) fn indicator_names<S: AsRef<str>>(tr: Tr, ilo: &IloFinding, ids: &[S]) -> String {
    let mut names: Vec<Cow<'_, str>> = Vec::with_capacity(ids.len());
    for id in ids {
        // An indicator of two dimensions (economic reasons, at recruitment
        // and at destination) is one observation: named once.
        let name = indicator_name(ilo, id.as_ref());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    tr.list(&names, Msg::ListSemicolon, Msg::ListSemicolon)
}

/// The list basis and the notes of the ILO/EC finding, in words.
pub(super) fn ilo_texts(tr: Tr, ilo: &mut IloFinding) {
    let person = tr.text(match ilo.basis.person {
        Some(PersonStatus::Child) => Msg::IloBasisChild,
        Some(PersonStatus::PresumedChild) => Msg::IloBasisPresumed,
        Some(PersonStatus::Adult) => Msg::IloBasisAdult,
        _ => Msg::IloBasisUnknown,
    });
    let kind = tr.text(if ilo.basis.sexual {
        Msg::IloBasisSexual
    } else {
        Msg::IloBasisLabour
    });
    ilo.list_basis = format!("{person} {kind}");
    ilo.notes = ilo
        .noted
        .iter()
        .map(|note| match note {
            IloNote::Fallback(_) => ilo.context.requested_note.clone().unwrap_or_default(),
            IloNote::NotOnList { id, list } => tr.string(
                Msg::IloNoteNotOnList,
                &[
                    ("indicator", &indicator_name(ilo, id)),
                    ("list", &tr.text(list_msg(*list))),
                ],
            ),
        })
        .collect();
}

fn ilo_list(tr: Tr, ilo: &IloFinding) -> Cow<'static, str> {
    let mut text = ilo.list_basis.clone();
    if ilo.requested_list.is_some() {
        if let Some(note) = &ilo.context.requested_note {
            text.push(' ');
            text.push_str(note);
        }
    }
    if let Some(confidence) = ilo.context.list_confidence {
        text.push(' ');
        tr.put(
            &mut text,
            Msg::IloGrades,
            &[
                ("title", &ilo.context.list_title),
                ("confidence", &tr.text(confidence_msg(confidence))),
            ],
        );
    }
    Cow::Owned(text)
}

fn ilo_dimension(tr: Tr, ilo: &IloFinding, dimension: Dimension) -> String {
    let Some(d) = ilo.dimension(dimension) else {
        return String::new();
    };
    let listed: Vec<String> = d
        .indicators
        .iter()
        .map(|i| {
            let fact = match i.fact.level() {
                Level::Established => "",
                Level::Suspected => "suspected",
                Level::NotEstablished => "ruled_out",
            };
            let name = indicator_name(ilo, &i.id);
            match i.grade {
                Some(g) => tr.string(
                    Msg::IloIndicatorGraded,
                    &[
                        ("indicator", &name),
                        ("grade", &tr.text(grade_msg(g))),
                        ("fact", fact),
                    ],
                ),
                None => tr.string(
                    Msg::IloIndicatorUngraded,
                    &[("indicator", &name), ("fact", fact)],
                ),
            }
        })
        .collect();
    let listed = capitalise(&tr.list(&listed, Msg::ListSemicolon, Msg::ListSemicolon));
    let name = dimension_name(tr, dimension);
    let clause = d.rule_met.as_deref().unwrap_or("");
    match d.status {
        Level::Established => tr.string(
            Msg::IloDimensionPositive,
            &[
                ("dimension", &name),
                ("clause", clause),
                ("indicators", &listed),
            ],
        ),
        Level::Suspected => tr.string(
            Msg::IloDimensionSuspected,
            &[
                ("dimension", &name),
                ("clause", clause),
                ("indicators", &listed),
            ],
        ),
        Level::NotEstablished => tr.string(
            Msg::IloDimensionNot,
            &[
                ("dimension", &name),
                ("strong", &number(d.counts.strong)),
                ("medium", &number(d.counts.medium)),
                ("weak", &number(d.counts.weak)),
                (
                    "clauses",
                    &tr.list(&ilo.context.rule_labels, Msg::ListCommaOr, Msg::ListCommaOr),
                ),
                ("indicators", &listed),
            ],
        ),
    }
}

/// "Coercion at destination is positive (...): id [strong], ...."
fn positive(tr: Tr, ilo: &IloFinding, dimension: Dimension) -> String {
    let Some(d) = ilo.dimension(dimension) else {
        return String::new();
    };
    let listed: Vec<String> = d
        .indicators
        .iter()
        .filter(|i| i.fact.is_present())
        .map(|i| match i.grade {
            Some(g) => tr.string(
                Msg::IloSignGraded,
                &[
                    ("indicator", &indicator_name(ilo, &i.id)),
                    ("grade", &tr.text(grade_msg(g))),
                    (
                        "suspected",
                        if i.fact == Fact::Suspected {
                            "yes"
                        } else {
                            "no"
                        },
                    ),
                ],
            ),
            None => tr.string(
                Msg::IloSignUngraded,
                &[("indicator", &indicator_name(ilo, &i.id))],
            ),
        })
        .collect();
    let msg = if d.status == Level::Suspected {
        Msg::IloPositiveSuspected
    } else {
        Msg::IloPositive
    };
    tr.string(
        msg,
        &[
            ("dimension", &dimension_name(tr, dimension)),
            ("clause", d.rule_met.as_deref().unwrap_or("")),
            (
                "indicators",
                &tr.list(&listed, Msg::ListSemicolon, Msg::ListSemicolon),
            ),
        ],
    )
}

fn ilo_mapped(tr: Tr, ilo: &IloFinding, index: usize) -> String {
    let Some(d) = ilo.mapped.get(index) else {
        return String::new();
    };
    let ids = indicator_names(tr, ilo, &d.indicators);
    let why = match &d.why {
        Why::Unknown => String::new(),
        Why::Dimension { dimension, key } => {
            let why =
                Msg::find(&format!("ilo-why-{key}")).map_or(Cow::Borrowed(""), |m| tr.text(m));
            format!("{} {why}", positive(tr, ilo, *dimension))
        }
        Why::ForcedLabour {
            coercion,
            signs,
            work,
            recruitment,
        } => {
            let list = |items: &[String]| indicator_names(tr, ilo, items);
            let mut why = String::new();
            for dim in coercion {
                why.push_str(&positive(tr, ilo, *dim));
                why.push(' ');
            }
            if !signs.is_empty() {
                tr.put(&mut why, Msg::IloFlSigns, &[("indicators", &list(signs))]);
                why.push(' ');
            }
            tr.put(&mut why, Msg::IloFlWork, &[("indicators", &list(work))]);
            why.push(' ');
            if !recruitment.is_empty() {
                tr.put(
                    &mut why,
                    Msg::IloFlRecruitment,
                    &[("indicators", &list(recruitment))],
                );
                why.push(' ');
            }
            tr.put(&mut why, Msg::IloWhyForcedLabour, &[]);
            why
        }
        Why::ExploitationOccurred => tr.string(Msg::IloWhyExploitationOccurred, &[]),
        Why::AbuseAtRecruitment { abuse } => format!(
            "{} {}",
            positive(tr, ilo, Dimension::RecruitmentByAbuseOfVulnerability),
            tr.string(
                Msg::IloWhyAbuse,
                &[("indicators", &indicator_names(tr, ilo, abuse))]
            )
        ),
        Why::VulnerabilityWithExploitation { dimensions } => {
            let mut why = String::new();
            for dim in dimensions {
                why.push_str(&positive(tr, ilo, *dim));
                why.push(' ');
            }
            tr.put(&mut why, Msg::IloWhyVulnerabilityExploitation, &[]);
            why
        }
        Why::Sign => {
            let sign = match crate::model::Field::from_path(&d.fact) {
                Some(crate::model::Field::Purpose(Purpose::PracticesSimilarToSlavery)) => {
                    Msg::IloSignDebtBondage
                }
                Some(crate::model::Field::Purpose(_)) => Msg::IloSignForcedCriminality,
                Some(crate::model::Field::Means(Means::Deception)) => Msg::IloSignDeception,
                Some(crate::model::Field::Means(Means::AbuseOfVulnerability)) => Msg::IloSignAbuse,
                Some(crate::model::Field::Act(_)) => Msg::IloSignRecruitment,
                _ => Msg::IloSignCoercion,
            };
            tr.string(
                Msg::IloWhySign,
                &[("indicators", &ids), ("why", &tr.text(sign))],
            )
        }
        Why::Vulnerable => tr.string(Msg::IloWhyVulnerable, &[("indicators", &capitalise(&ids))]),
        Why::Recruited => tr.string(Msg::IloWhyRecruited, &[("indicators", &capitalise(&ids))]),
        Why::RecruitedInSituation => tr.string(
            Msg::IloWhyRecruitedInSituation,
            &[("indicators", &capitalise(&ids))],
        ),
        Why::Risk => {
            let msg = if d.fact == RiskFactor::DocumentsHeldByOthers.path() {
                Msg::IloWhyDocuments
            } else {
                Msg::IloWhyLabourRights
            };
            tr.string(msg, &[("indicators", &capitalise(&ids))])
        }
    };
    let mut text = tr.string(
        Msg::IloMapped,
        &[
            ("fact", &mapped_fact(tr, &d.fact)),
            ("level", &tr.text(level_msg(d.level))),
            ("why", &why),
        ],
    );
    if d.presumed {
        text.push(' ');
        tr.put(&mut text, Msg::IloWhyPresumedChild, &[]);
    }
    text
}

/// A fact read from the indicators, in words, to begin a sentence ("The
/// means of coercion").
fn mapped_fact(tr: Tr, path: &str) -> String {
    use crate::model::Field;
    let Some(field) = Field::from_path(path) else {
        return capitalise(path);
    };
    let msg = match field {
        Field::Act(_) => Msg::IloFactAct,
        Field::Means(_) => Msg::IloFactMeans,
        Field::Purpose(_) => Msg::IloFactPurpose,
        Field::Risk(_) => Msg::IloFactRisk,
        Field::Vulnerable => Msg::IloFactVulnerable,
        Field::ExploitationOccurred => Msg::IloFactExploitationOccurred,
        _ => Msg::IloFactOther,
    };
    tr.string(msg, &[("fact", &tr.name(super::field(field)))])
}

fn ilo_policy(tr: Tr, a: &Assessment, ilo: &IloFinding) -> String {
    let protocol = a.trafficking.status;
    let protocol_words = tr.text(match protocol {
        Level::Established => Msg::IloProtocolEstablished,
        Level::Suspected => Msg::IloProtocolSuspected,
        Level::NotEstablished => Msg::IloProtocolNot,
    });
    let version = &ilo.policy.version;
    let list = &*tr.text(list_msg(ilo.list));
    let mut text = match ilo.verdict.status {
        Some(level) => tr.string(
            Msg::IloPolicyLevel,
            &[
                ("policy", &ilo.policy.name),
                ("version", version),
                ("list", list),
                ("label", &ilo.verdict.label),
                ("level", &tr.text(level_msg(level))),
                ("protocol", &protocol_words),
            ],
        ),
        None => tr.string(
            Msg::IloPolicy,
            &[
                ("policy", &ilo.policy.name),
                ("version", version),
                ("list", list),
                ("label", &ilo.verdict.label),
                ("protocol", &protocol_words),
            ],
        ),
    };
    text.push(' ');
    let ilo_trafficking = if ilo.verdict.outcome == "trafficking" {
        ilo.verdict.status.unwrap_or_default()
    } else {
        Level::NotEstablished
    };
    let required = tr.text(if a.person.status.child_rule_applies() {
        Msg::RequiredChild
    } else {
        Msg::RequiredAdult
    });
    if ilo.verdict.agrees_with_protocol {
        tr.put(&mut text, Msg::IloAgree, &[]);
    } else if ilo_trafficking > protocol {
        let missing: Vec<Cow<'static, str>> = a
            .trafficking
            .missing
            .iter()
            .map(|e| tr.text(element_word(*e)))
            .collect();
        tr.put(
            &mut text,
            if missing.len() == 1 {
                Msg::IloDifferProtocolOne
            } else {
                Msg::IloDifferProtocolMany
            },
            &[("missing", &tr.list(&missing, Msg::ListAnd, Msg::ListAnd))],
        );
    } else {
        match &ilo.context.trafficking_outcome {
            Some((needs, requires)) => {
                let short: Vec<String> = requires
                    .iter()
                    .filter(|g| {
                        g.iter()
                            .all(|d| ilo.status(*d) < protocol.max(Level::Suspected))
                    })
                    .map(|g| {
                        let names: Vec<Cow<'static, str>> =
                            g.iter().map(|d| tr.text(dimension_msg(*d))).collect();
                        tr.list(&names, Msg::ListOr, Msg::ListOr)
                    })
                    .collect();
                tr.put(
                    &mut text,
                    Msg::IloDifferPolicy,
                    &[
                        ("needs", needs),
                        (
                            "short",
                            &tr.list(&short, Msg::ListSemicolon, Msg::ListSemicolon),
                        ),
                        ("required", &required),
                    ],
                );
            }
            None => tr.put(
                &mut text,
                Msg::IloDifferNoOutcome,
                &[("required", &required)],
            ),
        }
    }
    text
}
