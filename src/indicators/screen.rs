//! The ILO/EC assessment on its own: the list, each dimension positive or
//! not with its indicators and grades, and the policy's verdict.

use super::data::{IloData, Policy};
use super::mapping::DerivedFact;
use super::{AgeGroup, Confidence, Dimension, Grade, ListName};
use crate::assessment::PersonStatus;
use crate::model::{Case, Fact, Level, Purpose};
use serde::{Deserialize, Serialize};

/// One stated indicator, as graded on the list used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct IndicatorFinding {
    /// `dimension.indicator`.
    pub id: String,
    /// What the case says: `true`, `"suspected"` or `false`.
    #[serde(with = "super::fact_wire")]
    #[cfg_attr(feature = "schema", schemars(with = "super::fact_wire::Schema"))]
    pub fact: Fact,
    /// Its grade on the list used; absent when the indicator is not on that list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
    /// How sure we are of the grade (`V`, `S`, `R`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

/// How many indicators of each grade are present (`true` or `"suspected"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct GradeCounts {
    /// Strong indicators.
    pub strong: u32,
    /// Medium indicators.
    pub medium: u32,
    /// Weak indicators.
    pub weak: u32,
}

impl GradeCounts {
    fn add(&mut self, grade: Grade) {
        match grade {
            Grade::Strong => self.strong += 1,
            Grade::Medium => self.medium += 1,
            Grade::Weak => self.weak += 1,
        }
    }
}

/// One dimension: positive or not, on which indicators.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DimensionFinding {
    /// The dimension.
    pub dimension: Dimension,
    /// `established`: positive on indicators stated `true`; `suspected`:
    /// positive only when `"suspected"` indicators are counted too;
    /// `not_established`: not positive.
    pub status: Level,
    /// The clause of the dimension rule that made it positive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_met: Option<String>,
    /// Indicators present (`true` or `"suspected"`) by grade.
    pub counts: GradeCounts,
    /// The stated indicators of this dimension, in id order.
    pub indicators: Vec<IndicatorFinding>,
}

/// The ILO/EC verdict of the policy, and whether it agrees with the Protocol finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct IloVerdict {
    /// The outcome's id in the policy (`trafficking`, `deception_and_exploitation`,
    /// `exploited_migrant`, `not_identified`).
    pub outcome: String,
    /// The outcome in words.
    pub label: String,
    /// How far the dimensions it requires are positive (absent for the
    /// outcome that applies when no other does).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Level>,
    /// How sure we are that this is the ILO's combination (`V`, `S`, `R`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// True when the ILO/EC verdict and the Protocol finding say the same
    /// about trafficking (both trafficking at the same level, or both not).
    pub agrees_with_protocol: bool,
}

/// The policy's name and version.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PolicyRef {
    /// `ilo-2009`.
    pub name: String,
    /// Its version.
    pub version: String,
}

/// The ILO/EC assessment of a case's indicators, on its own (output `ilo`,
/// present only when the case has indicators).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct IloFinding {
    /// The policy applied.
    pub policy: PolicyRef,
    /// The list that graded the indicators.
    pub list: ListName,
    /// The list the person called for, when it is not encoded and another
    /// list was used in its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_list: Option<ListName>,
    /// Why this list.
    pub list_basis: String,
    /// Caveats: a list used in place of another, indicators not on the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The six dimensions, in the ILO's order.
    pub dimensions: Vec<DimensionFinding>,
    /// The policy's verdict.
    pub verdict: IloVerdict,
    /// Every fact of contract v1 that the indicators evidence, with the rule
    /// and the indicators behind it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mapped: Vec<DerivedFact>,
}

impl IloFinding {
    /// The finding for `dimension`.
    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionFinding> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// The status of `dimension` (not established when absent).
    pub fn status(&self, dimension: Dimension) -> Level {
        self.dimension(dimension)
            .map(|d| d.status)
            .unwrap_or_default()
    }
}

/// The level of an outcome: every group needs a positive dimension.
pub(crate) fn outcome_level(requires: &[Vec<Dimension>], finding: &IloFinding) -> Level {
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

/// The dimension's level under the policy's rule.
fn dimension_level(policy: &Policy, indicators: &[(Grade, Level)]) -> (Level, Option<String>) {
    let count = |at_least: Level| {
        let mut c = GradeCounts::default();
        for (grade, level) in indicators {
            if *level >= at_least {
                c.add(*grade);
            }
        }
        c
    };
    for level in [Level::Established, Level::Suspected] {
        let c = count(level);
        if let Some(clause) = policy.dimension_rule.met(c.strong, c.medium, c.weak) {
            return (level, Some(clause.label.clone()));
        }
    }
    (Level::NotEstablished, None)
}

/// Whether a dimension is positive under `data`'s rule, from grades and levels
/// (the rule alone, for tests and callers).
pub fn dimension_status(data: &IloData, indicators: &[(Grade, Level)]) -> Level {
    dimension_level(&data.policy, indicators).0
}

/// The ILO/EC assessment of `case`'s indicators (without the verdict's
/// comparison with the Protocol, which [`super::report`] adds).
pub(crate) fn screen(case: &Case, person: PersonStatus, data: &IloData) -> IloFinding {
    let group = if person.child_rule_applies() {
        AgeGroup::Children
    } else {
        AgeGroup::Adults
    };
    let sexual = case
        .purpose
        .get(Purpose::ProstitutionOfOthers)
        .level()
        .at_least_suspected()
        || case
            .purpose
            .get(Purpose::SexualExploitation)
            .level()
            .at_least_suspected();
    let requested = ListName::of(group, sexual);
    let list = data.resolve(requested);
    let used = list.map(|l| l.list).unwrap_or(requested);
    let mut notes = Vec::new();
    if used != requested {
        if let Some(note) = data.list(requested).and_then(|l| l.note.clone()) {
            notes.push(note);
        }
    }
    let list_basis = format!(
        "{} {}",
        match person {
            PersonStatus::Child => "The person is a child: the children's lists apply.",
            PersonStatus::PresumedChild =>
                "The person is presumed to be a child: the children's lists apply until the age is verified.",
            PersonStatus::Adult => "The person is an adult: the adults' lists apply.",
            PersonStatus::Unknown =>
                "The person's age is not known: the adults' lists apply, as for the means test.",
        },
        if sexual {
            "A purpose of sexual exploitation is stated: the sexual-exploitation list applies."
        } else {
            "No purpose of sexual exploitation is stated: the labour-exploitation list applies."
        }
    );

    let mut dimensions = Vec::with_capacity(6);
    for dimension in Dimension::ALL {
        let mut findings = Vec::new();
        let mut graded = Vec::new();
        let mut counts = GradeCounts::default();
        for (id, fact) in case.indicators.iter() {
            if Dimension::of_indicator(id) != Some(dimension) || !data.is_known(id) {
                continue;
            }
            let entry = list.and_then(|l| l.entry(id));
            if let Some(e) = entry {
                if fact.level().at_least_suspected() {
                    graded.push((e.grade, fact.level()));
                    counts.add(e.grade);
                }
            } else {
                notes.push(format!(
                    "{id} is not on the {} list: it is not graded and does not count towards its dimension (it is still read as a sign where the law allows).",
                    used.name()
                ));
            }
            findings.push(IndicatorFinding {
                id: id.to_string(),
                fact,
                grade: entry.map(|e| e.grade),
                confidence: entry.map(|e| e.confidence),
            });
        }
        let (status, rule_met) = dimension_level(&data.policy, &graded);
        dimensions.push(DimensionFinding {
            dimension,
            status,
            rule_met,
            counts,
            indicators: findings,
        });
    }

    let mut finding = IloFinding {
        policy: PolicyRef {
            name: data.policy.name.clone(),
            version: data.policy.version.clone(),
        },
        list: used,
        requested_list: (used != requested).then_some(requested),
        list_basis,
        notes,
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
