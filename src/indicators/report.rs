//! Putting the indicators into the assessment: the `ilo` section, the
//! indicators and dimensions behind each element, the reasons, and the
//! ILO/EC section of the plain-text explanation.

use super::data::IloData;
use super::mapping::{level_words, Derived, Target};
use super::screen::IloFinding;
use super::Dimension;
use crate::assessment::{Assessment, ElementFinding, ElementStatus, Reason};
use crate::law::ilo_indicators as rules;
use crate::model::{Case, FactSet, Level, Vocabulary};
use std::fmt::Write as _;

/// What [`decorate`] needs besides the assessment.
pub(crate) struct Inputs<'a> {
    pub case: &'a Case,
    pub merged: &'a Case,
    pub data: &'a IloData,
    pub screening: IloFinding,
    pub derived: Vec<Derived>,
    pub conflicts: Vec<&'static str>,
}

fn in_element(target: Target, element: &str) -> bool {
    matches!(
        (target, element),
        (Target::Act(_), "act") | (Target::Means(_), "means") | (Target::Purpose(_), "purpose")
    )
}

fn fill<V: Vocabulary>(
    finding: &mut ElementFinding<V>,
    element: &str,
    stated: &FactSet<V>,
    merged: &FactSet<V>,
    derived: &[Derived],
) {
    let mine: Vec<&Derived> = derived
        .iter()
        .filter(|d| in_element(d.target, element))
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
    finding.derived = mine.iter().map(|d| d.public()).collect();
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn dimension_text(f: &IloFinding, data: &IloData, dimension: Dimension) -> Option<String> {
    let d = f.dimension(dimension)?;
    if d.indicators.is_empty() {
        return None;
    }
    let listed: Vec<String> = d
        .indicators
        .iter()
        .map(|i| {
            let fact = match i.fact.level() {
                Level::Established => "",
                Level::Suspected => ", suspected",
                Level::NotEstablished => ", ruled out",
            };
            match i.grade {
                Some(g) => format!("{} [{}{fact}]", i.id, g.name()),
                None => format!("{} [not on this list{fact}]", i.id),
            }
        })
        .collect();
    let name = capital(dimension.describe());
    Some(match d.status {
        Level::Established => format!(
            "{name}: positive ({}). {}.",
            d.rule_met.as_deref().unwrap_or(""),
            listed.join(", ")
        ),
        Level::Suspected => format!(
            "{name}: positive only if the suspected indicators are confirmed ({}). {}.",
            d.rule_met.as_deref().unwrap_or(""),
            listed.join(", ")
        ),
        Level::NotEstablished => {
            let clauses: Vec<&str> = data
                .policy
                .dimension_rule
                .positive_if_any
                .iter()
                .map(|c| c.label.as_str())
                .collect();
            format!(
                "{name}: not positive ({} strong, {} medium, {} weak present; the rule needs {}). {}.",
                d.counts.strong,
                d.counts.medium,
                d.counts.weak,
                clauses.join(", or "),
                listed.join(", ")
            )
        }
    })
}

fn protocol_words(level: Level) -> &'static str {
    match level {
        Level::Established => "trafficking",
        Level::Suspected => "possible trafficking (suspected)",
        Level::NotEstablished => "not trafficking",
    }
}

/// Put the ILO/EC assessment and the mapping into `a`.
pub(crate) fn decorate(a: &mut Assessment, inputs: Inputs<'_>) {
    let Inputs {
        case,
        merged,
        data,
        mut screening,
        derived,
        conflicts,
    } = inputs;

    // The elements: which indicators and dimensions carried them.
    fill(
        &mut a.trafficking.elements.act,
        "act",
        &case.act,
        &merged.act,
        &derived,
    );
    fill(
        &mut a.trafficking.elements.means,
        "means",
        &case.means,
        &merged.means,
        &derived,
    );
    fill(
        &mut a.trafficking.elements.purpose,
        "purpose",
        &case.purpose,
        &merged.purpose,
        &derived,
    );

    // Warnings: unknown ids, contradictions.
    let unknown: Vec<&str> = case
        .indicators
        .iter()
        .map(|(id, _)| id)
        .filter(|id| !data.is_known(id))
        .collect();
    if !unknown.is_empty() {
        a.warnings.push(
            format!(
                "Indicators not on any ILO/EC list of policy {} were not used: {}.",
                data.policy.name,
                unknown.join(", ")
            )
            .into(),
        );
    }
    for path in conflicts {
        a.warnings.push(
            format!("{path} is stated false, but the indicators evidence it; the higher of the two was used. Check the record.")
                .into(),
        );
    }

    // The reasons: the ILO/EC block before the Protocol's elements.
    let mut block = Vec::new();
    let mut list_text = screening.list_basis.clone();
    if let Some(requested) = screening.requested_list {
        if let Some(note) = data.list(requested).and_then(|l| l.note.as_deref()) {
            list_text.push(' ');
            list_text.push_str(note);
        }
    }
    if let Some(list) = data.list(screening.list) {
        let _ = write!(
            list_text,
            " Grades: {} ({}).",
            list.title,
            list.confidence.describe()
        );
    }
    block.push(Reason::new(&rules::LIST, list_text));
    for dimension in Dimension::ALL {
        if let Some(text) = dimension_text(&screening, data, dimension) {
            block.push(Reason::new(&rules::DIMENSION, text));
        }
    }
    for d in &derived {
        let dominated = derived
            .iter()
            .any(|o| o.target == d.target && o.level > d.level);
        if dominated {
            continue;
        }
        block.push(Reason::new(
            d.rule,
            format!("{}: {}. {}", d.target.path(), level_words(d.level), d.why),
        ));
    }
    // Exploitative conditions without coercion are never forced labour: say
    // so, since it is where the ILO/EC reading and the Protocol most often part.
    let exploitative = screening.status(Dimension::ExploitativeConditions);
    let forced_labour_derived = derived
        .iter()
        .any(|d| d.target == Target::Purpose(crate::model::Purpose::ForcedLabour));
    if exploitative.at_least_suspected() && !forced_labour_derived {
        block.push(Reason::new(
            &rules::FORCED_LABOUR,
            "Exploitative conditions of work are positive, but neither coercive recruitment nor coercion at destination is: nothing shows the menace of a penalty. Forced labour is work exacted under the menace of a penalty (ILO C29 art. 2(1)), so the indicators do not make forced labour a purpose.",
        ));
    }
    let at = a
        .reasons
        .iter()
        .position(|r| r.rule.starts_with("tip."))
        .unwrap_or(a.reasons.len().saturating_sub(1));
    a.reasons.splice(at..at, block);

    // The ILO/EC verdict next to the Protocol finding.
    let ilo_trafficking = if screening.verdict.outcome == "trafficking" {
        screening.verdict.status.unwrap_or_default()
    } else {
        Level::NotEstablished
    };
    let protocol = a.trafficking.status;
    screening.verdict.agrees_with_protocol = ilo_trafficking == protocol;
    let mut text = format!(
        "On the ILO/EC indicators alone (policy {} version {}, list {}): {}{}. The Protocol finding: {}.",
        screening.policy.name,
        screening.policy.version,
        screening.list,
        screening.verdict.label,
        match screening.verdict.status {
            Some(level) => format!(" ({})", level_words(level)),
            None => String::new(),
        },
        protocol_words(protocol)
    );
    if screening.verdict.agrees_with_protocol {
        text.push_str(" They agree.");
    } else if ilo_trafficking > protocol {
        let missing: Vec<&str> = a.trafficking.missing.iter().map(|e| e.name()).collect();
        let _ = write!(
            text,
            " They differ: the Protocol also needs {} established, and the indicators do not establish {} on their own (see the mapping above: exploitative conditions alone are not forced labour, a vulnerability alone is not a means).",
            missing.join(" and "),
            if missing.len() == 1 { "it" } else { "them" }
        );
    } else {
        let group = screening.list.age_group();
        let needed = data
            .policy
            .outcomes
            .iter()
            .find(|o| o.id == "trafficking" && o.applies_to == group);
        let required = if a.person.status.child_rule_applies() {
            "an act and a purpose"
        } else {
            "an act, a means and a purpose"
        };
        match needed {
            Some(o) => {
                let short: Vec<String> = o
                    .requires
                    .iter()
                    .filter(|g| {
                        g.iter()
                            .all(|d| screening.status(*d) < protocol.max(Level::Suspected))
                    })
                    .map(|g| {
                        g.iter()
                            .map(|d| d.describe())
                            .collect::<Vec<_>>()
                            .join(" or ")
                    })
                    .collect();
                let _ = write!(
                    text,
                    " They differ: the ILO/EC policy needs {}, and here no dimension is positive for: {}. The Protocol needs {}, established on these facts (stated directly or through the indicators).",
                    o.text,
                    short.join("; "),
                    required
                );
            }
            None => {
                let _ = write!(
                    text,
                    " They differ: the policy has no trafficking outcome for this list; the Protocol needs {required}."
                );
            }
        }
    }
    screening.mapped = derived.iter().map(Derived::public).collect();
    a.reasons.push(Reason::new(&rules::POLICY, text));
    a.ilo = Some(screening);
}

fn element_note<V>(name: &str, e: &ElementFinding<V>) -> Option<String> {
    if e.derived.is_empty() || e.status == ElementStatus::NotEstablished {
        return None;
    }
    if e.indicators.is_empty() {
        return Some(format!(
            "{name}: stated directly; the indicators add nothing at this level."
        ));
    }
    let dims: Vec<&str> = e.dimensions.iter().map(|d| d.describe()).collect();
    let by = if dims.is_empty() {
        "single indicators".to_string()
    } else {
        format!("{} (positive)", dims.join(", "))
    };
    Some(format!(
        "{name}: {by}{}: {}.",
        if e.stated.is_empty() {
            ""
        } else {
            ", and stated directly"
        },
        e.indicators.join(", ")
    ))
}

/// How the record was read, for the explanation.
fn input_report_into(out: &mut String, a: &Assessment) {
    let Some(r) = &a.input_report else {
        return;
    };
    out.push('\n');
    let _ = writeln!(
        out,
        "Read from an HTCDS v2.0 / CTDC record ({}{}):",
        r.source,
        r.record.map(|l| format!(", line {l}")).unwrap_or_default()
    );
    for m in &r.mapped {
        let to: Vec<&str> = m.to.iter().map(|t| t.fact.as_str()).collect();
        crate::explain::wrap(out, "    ", &format!("{} → {}", m.field, to.join(", ")));
    }
    if let Some(c) = &r.record_conclusion {
        crate::explain::wrap(
            out,
            "  ",
            &format!("The record's own conclusion (not an input): {c}."),
        );
    }
    if !r.unmapped.is_empty() {
        out.push_str("  Not used:\n");
        for u in &r.unmapped {
            let value = u
                .value
                .as_deref()
                .map(|v| format!(" = {v}"))
                .unwrap_or_default();
            crate::explain::wrap(out, "    ", &format!("{}{value}: {}", u.field, u.reason));
        }
    }
    if !r.no_information.is_empty() {
        crate::explain::wrap(
            out,
            "  ",
            &format!("No information in: {}.", r.no_information.join(", ")),
        );
    }
}

/// The ILO/EC section of the explanation.
pub(crate) fn explain_elements_into(out: &mut String, a: &Assessment) {
    if a.ilo.is_some() {
        let e = &a.trafficking.elements;
        let notes: Vec<String> = [
            element_note("Act", &e.act),
            element_note("Means", &e.means),
            element_note("Purpose", &e.purpose),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !notes.is_empty() {
            out.push_str("  Carried by ILO/EC indicators:\n");
            for note in notes {
                crate::explain::wrap(out, "    ", &note);
            }
        }
    }
}

/// The input report and the ILO/EC section of [`crate::explain::explain`].
pub(crate) fn explain_into(out: &mut String, a: &Assessment) {
    input_report_into(out, a);
    let Some(ilo) = &a.ilo else {
        return;
    };
    out.push('\n');
    crate::explain::wrap(
        out,
        "",
        &format!(
            "ILO/EC indicators (policy {} version {}; list: {}{}):",
            ilo.policy.name,
            ilo.policy.version,
            ilo.list.describe(),
            match ilo.requested_list {
                Some(r) => format!(", in place of {}", r.describe()),
                None => String::new(),
            }
        ),
    );
    for d in &ilo.dimensions {
        let status = match d.status {
            Level::Established => format!("positive ({})", d.rule_met.as_deref().unwrap_or("")),
            Level::Suspected => format!(
                "positive if the suspected indicators are confirmed ({})",
                d.rule_met.as_deref().unwrap_or("")
            ),
            Level::NotEstablished => "not positive".to_string(),
        };
        crate::explain::hanging(
            out,
            "  ",
            &format!("{}: {status}", capital(d.dimension.describe())),
        );
        for i in &d.indicators {
            let fact = match i.fact.level() {
                Level::Established => "yes",
                Level::Suspected => "suspected",
                Level::NotEstablished => "no",
            };
            let grade = i.grade.map(|g| g.name()).unwrap_or("not graded");
            let name = i.id.split_once('.').map(|(_, n)| n).unwrap_or(&i.id);
            crate::explain::hanging(
                out,
                "    - ",
                &format!("{} ({grade}): {fact}", name.replace('_', " ")),
            );
        }
    }
    crate::explain::wrap(
        out,
        "  ",
        &format!(
            "ILO/EC verdict: {}{}. {} the Protocol finding.",
            ilo.verdict.label,
            match ilo.verdict.status {
                Some(level) => format!(" ({})", level_words(level)),
                None => String::new(),
            },
            if ilo.verdict.agrees_with_protocol {
                "It agrees with"
            } else {
                "It differs from"
            }
        ),
    );
    for note in &ilo.notes {
        crate::explain::wrap(out, "  ", &format!("Note: {note}"));
    }
}
