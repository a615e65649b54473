//! What a caseworker sees: the ILO/European Commission operational indicators
//! of trafficking in human beings (2009), read into the Protocol's elements.
//!
//! People screening a possible victim record what they saw — passport held
//! by the employer, a debt that keeps growing, threats to call the police —
//! not "means: abuse of vulnerability". A case can carry such observations in
//! its `indicators` field: ILO/EC indicator ids with a fact value each
//! (`{"coercion_at_destination.confiscation_of_documents": true}`).
//!
//! The evaluation then does two separate things:
//!
//! 1. **The ILO/EC assessment on its own** (the output's `ilo` section): the
//!    indicators are graded on the list for the person (adults or children,
//!    labour or sexual exploitation), each of the six dimensions is positive
//!    or not under the ILO/EC rule, and the dimensions combine into the
//!    ILO/EC verdict of a named, versioned policy (`ilo-2009`). Lists, grades,
//!    the dimension rule and the combination are data (`data/ilo-2009/`,
//!    embedded), each with its source and how sure we are of it; a corrected
//!    reading replaces a data file, not code ([`IloData::parse`] loads one at
//!    run time).
//! 2. **The mapping to the law** ([`crate::law::ilo_indicators`]): positive
//!    dimensions and some single indicators evidence facts of contract v1
//!    (deceptive recruitment → deception; coercion at destination → coercion;
//!    exploitative conditions → forced labour only together with coercion;
//!    debt bondage → a practice similar to slavery...). The mapped facts merge
//!    with the facts stated directly (the higher level wins) and the
//!    Protocol test runs as always. Each element of the finding names the
//!    indicators and dimensions that carried it, apart from the facts stated
//!    directly.
//!
//! A case without indicators is evaluated exactly as before: no `ilo`
//! section, the same output byte for byte.
//!
//! ```
//! use palermo::model::{Case, Fact};
//! use palermo::{evaluate, Verdict};
//!
//! let mut case = Case::new();
//! case.person.age = Some(34);
//! for id in [
//!     "deceptive_recruitment.deceived_about_nature_of_job",
//!     "deceptive_recruitment.deceived_about_wages",
//!     "exploitative_conditions.excessive_working_days_or_hours",
//!     "exploitative_conditions.low_or_no_salary",
//!     "coercion_at_destination.confiscation_of_documents",
//!     "coercion_at_destination.debt_bondage",
//! ] {
//!     case.indicators.set(id, Fact::Established).unwrap();
//! }
//! let a = evaluate(&case);
//! assert_eq!(a.verdict, Verdict::Trafficking);
//! let ilo = a.ilo.as_ref().unwrap();
//! assert_eq!(ilo.verdict.outcome, "trafficking");
//! assert!(a.trafficking.elements.means.indicators
//!     .contains(&"coercion_at_destination.debt_bondage".to_string()));
//! ```

mod data;
mod mapping;
mod report;
mod screen;

pub use data::{
    Clause, DataError, DimensionRule, Entry, IloData, ListData, Otherwise, Outcome, Policy,
};
pub use mapping::DerivedFact;
pub use screen::{
    dimension_status, DimensionFinding, GradeCounts, IloFinding, IloVerdict, IndicatorFinding,
    PolicyRef,
};

use crate::assessment::Assessment;
use crate::model::Fact;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The six dimensions of the ILO/EC indicators, in the ILO's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Deceptive recruitment (or deception during recruitment, transfer and transportation).
    DeceptiveRecruitment,
    /// Coercive recruitment (or coercion during recruitment, transfer and transportation).
    CoerciveRecruitment,
    /// Recruitment by abuse of vulnerability.
    RecruitmentByAbuseOfVulnerability,
    /// Exploitative conditions of work.
    ExploitativeConditions,
    /// Coercion at destination.
    CoercionAtDestination,
    /// Abuse of vulnerability at destination.
    AbuseOfVulnerabilityAtDestination,
}

impl Dimension {
    /// Every dimension, in the ILO's order.
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::RecruitmentByAbuseOfVulnerability,
        Dimension::ExploitativeConditions,
        Dimension::CoercionAtDestination,
        Dimension::AbuseOfVulnerabilityAtDestination,
    ];

    /// The id of the dimension: the first part of every indicator id.
    pub const fn name(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive_recruitment",
            Dimension::CoerciveRecruitment => "coercive_recruitment",
            Dimension::RecruitmentByAbuseOfVulnerability => "recruitment_by_abuse_of_vulnerability",
            Dimension::ExploitativeConditions => "exploitative_conditions",
            Dimension::CoercionAtDestination => "coercion_at_destination",
            Dimension::AbuseOfVulnerabilityAtDestination => "abuse_of_vulnerability_at_destination",
        }
    }

    /// The ILO's name of the dimension, for people.
    pub const fn describe(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive recruitment",
            Dimension::CoerciveRecruitment => "coercive recruitment",
            Dimension::RecruitmentByAbuseOfVulnerability => "recruitment by abuse of vulnerability",
            Dimension::ExploitativeConditions => "exploitative conditions of work",
            Dimension::CoercionAtDestination => "coercion at destination",
            Dimension::AbuseOfVulnerabilityAtDestination => "abuse of vulnerability at destination",
        }
    }

    /// Look a dimension up by its id.
    pub fn from_name(name: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The dimension of an indicator id (`coercion_at_destination.debt_bondage`).
    pub fn of_indicator(id: &str) -> Option<Dimension> {
        id.split_once('.')
            .and_then(|(d, _)| Dimension::from_name(d))
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How strongly an indicator points to trafficking, on one list and in one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// A strong indicator.
    Strong,
    /// A medium indicator.
    Medium,
    /// A weak indicator.
    Weak,
}

impl Grade {
    /// The grade's name.
    pub const fn name(self) -> &'static str {
        match self {
            Grade::Strong => "strong",
            Grade::Medium => "medium",
            Grade::Weak => "weak",
        }
    }
}

/// How sure we are of a piece of data (the tags of `law/SCREENING.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Confidence {
    /// `V`: verified in a stored primary or official source.
    #[serde(rename = "V")]
    Verified,
    /// `S`: from a named secondary source, consistent with the primary one.
    #[serde(rename = "S")]
    Secondary,
    /// `R`: recollection of the primary document; to be checked.
    #[serde(rename = "R")]
    Recollection,
}

impl Confidence {
    /// The tag (`V`, `S`, `R`).
    pub const fn tag(self) -> &'static str {
        match self {
            Confidence::Verified => "V",
            Confidence::Secondary => "S",
            Confidence::Recollection => "R",
        }
    }

    /// What the tag means, for people.
    pub const fn describe(self) -> &'static str {
        match self {
            Confidence::Verified => "verified in a primary source",
            Confidence::Secondary => "from a secondary source, not checked against the ILO text",
            Confidence::Recollection => "recollection of the ILO text, to be checked",
        }
    }
}

/// Whose list: adults or children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    /// Adults (and persons of unknown age, treated as adults for the means test).
    Adults,
    /// Children and presumed children.
    Children,
}

/// The four ILO/EC lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ListName {
    /// Adult victims of trafficking for labour exploitation.
    AdultsLabour,
    /// Adult victims of trafficking for sexual exploitation.
    AdultsSexual,
    /// Child victims of trafficking for labour exploitation.
    ChildrenLabour,
    /// Child victims of trafficking for sexual exploitation.
    ChildrenSexual,
}

impl ListName {
    /// Every list.
    pub const ALL: [ListName; 4] = [
        ListName::AdultsLabour,
        ListName::AdultsSexual,
        ListName::ChildrenLabour,
        ListName::ChildrenSexual,
    ];

    /// The list's id.
    pub const fn name(self) -> &'static str {
        match self {
            ListName::AdultsLabour => "adults_labour",
            ListName::AdultsSexual => "adults_sexual",
            ListName::ChildrenLabour => "children_labour",
            ListName::ChildrenSexual => "children_sexual",
        }
    }

    /// The list for an age group and a kind of exploitation.
    pub const fn of(group: AgeGroup, sexual: bool) -> ListName {
        match (group, sexual) {
            (AgeGroup::Adults, false) => ListName::AdultsLabour,
            (AgeGroup::Adults, true) => ListName::AdultsSexual,
            (AgeGroup::Children, false) => ListName::ChildrenLabour,
            (AgeGroup::Children, true) => ListName::ChildrenSexual,
        }
    }

    /// Whose list it is.
    pub const fn age_group(self) -> AgeGroup {
        match self {
            ListName::AdultsLabour | ListName::AdultsSexual => AgeGroup::Adults,
            ListName::ChildrenLabour | ListName::ChildrenSexual => AgeGroup::Children,
        }
    }

    /// Words for people: "adults, labour exploitation".
    pub const fn describe(self) -> &'static str {
        match self {
            ListName::AdultsLabour => "adults, labour exploitation",
            ListName::AdultsSexual => "adults, sexual exploitation",
            ListName::ChildrenLabour => "children, labour exploitation",
            ListName::ChildrenSexual => "children, sexual exploitation",
        }
    }
}

impl fmt::Display for ListName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An indicator id that is on none of the ILO/EC lists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("not an ILO/EC indicator id on any list (expected dimension.indicator, e.g. coercion_at_destination.confiscation_of_documents)")]
pub struct UnknownIndicator;

/// The indicators of a case: ILO/EC indicator ids with what the evidence says
/// of each (contract v1 `indicators`, an addition to the contract).
///
/// Ids are `dimension.indicator` (`coercion_at_destination.debt_bondage`):
/// the same observation can sit in two dimensions with different grades
/// (confiscation of documents is medium at recruitment, strong at
/// destination), so it is keyed by both. Kept in id order, so output never
/// depends on input order. A fact "not stated" is not kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Indicators(BTreeMap<String, Fact>);

impl Indicators {
    /// No indicators.
    pub fn new() -> Self {
        Self::default()
    }

    /// True when no indicator is stated.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many indicators are stated.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The fact recorded for indicator `id` (not stated when absent).
    pub fn get(&self, id: &str) -> Fact {
        self.0.get(id).copied().unwrap_or_default()
    }

    /// Record `fact` for indicator `id`, which must be on one of the embedded
    /// ILO/EC lists. Not stated removes the indicator.
    pub fn set(&mut self, id: &str, fact: Fact) -> Result<(), UnknownIndicator> {
        match IloData::embedded() {
            Ok(data) if data.is_known(id) => {
                self.set_unchecked(id, fact);
                Ok(())
            }
            _ => Err(UnknownIndicator),
        }
    }

    /// Record `fact` for indicator `id`, which must be on one of `data`'s
    /// lists (for a corrected reading used with [`evaluate_with`]).
    pub fn set_for(
        &mut self,
        data: &IloData,
        id: &str,
        fact: Fact,
    ) -> Result<(), UnknownIndicator> {
        if data.is_known(id) {
            self.set_unchecked(id, fact);
            Ok(())
        } else {
            Err(UnknownIndicator)
        }
    }

    /// Record `fact` for `id` without checking it against the lists (the
    /// JSON reader has checked it; an unknown id is reported, not used).
    pub(crate) fn set_unchecked(&mut self, id: &str, fact: Fact) {
        if fact.is_not_stated() {
            self.0.remove(id);
        } else {
            self.0.insert(id.to_string(), fact);
        }
    }

    /// Record `fact` for `id` unless a stronger fact is already recorded.
    pub(crate) fn raise(&mut self, id: &str, fact: Fact) {
        if fact > self.get(id) {
            self.set_unchecked(id, fact);
        }
    }

    /// Every stated indicator with its fact, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Fact)> + '_ {
        self.0.iter().map(|(id, f)| (id.as_str(), *f))
    }
}

/// Evaluate a case with indicators against the embedded ILO/EC data.
pub(crate) fn evaluate(case: &crate::model::Case, profile: crate::Profile) -> Assessment {
    match IloData::embedded() {
        Ok(data) => evaluate_in(case, data, profile),
        Err(e) => {
            // The embedded data is checked by the test suite; should it ever
            // fail to load, screen the facts stated directly and say so.
            let mut a = crate::engine::evaluate_facts(case, profile);
            a.warnings.push(
                format!("The ILO/EC indicator data could not be loaded ({e}); the indicators were not used.")
                    .into(),
            );
            a
        }
    }
}

/// Evaluate a case with the ILO/EC data of your choice (for example a
/// corrected reading of the lists or of the policy, loaded with
/// [`IloData::parse`]). [`crate::evaluate`] uses [`IloData::embedded`].
///
/// Pure and deterministic, like [`crate::evaluate`]. Indicator ids not on
/// `data`'s lists are reported in a warning and not used.
pub fn evaluate_with(case: &crate::model::Case, data: &IloData) -> Assessment {
    evaluate_in(case, data, case.profile.unwrap_or_default())
}

/// [`evaluate_with`] under a jurisdiction profile.
pub(crate) fn evaluate_in(
    case: &crate::model::Case,
    data: &IloData,
    profile: crate::Profile,
) -> Assessment {
    if case.indicators.is_empty() {
        return crate::engine::evaluate_facts(case, profile);
    }
    let person = crate::law::age::status(&case.person);
    let screening = screen::screen(case, person, data);
    let derived = mapping::derive(&screening);
    let mut merged = case.clone();
    merged.indicators = Indicators::new();
    let conflicts = mapping::apply(&derived, &mut merged);
    let mut a = crate::engine::evaluate_facts(&merged, profile);
    report::decorate(
        &mut a,
        report::Inputs {
            case,
            merged: &merged,
            data,
            screening,
            derived,
            conflicts,
        },
    );
    a
}

/// Write the ILO/EC section of [`crate::explain::explain`].
pub(crate) fn explain_into(out: &mut String, a: &Assessment) {
    report::explain_into(out, a);
}

/// Write, under the elements of [`crate::explain::explain`], which
/// indicators carried each element.
pub(crate) fn explain_elements_into(out: &mut String, a: &Assessment) {
    report::explain_elements_into(out, a);
}

/// Contract v1 spelling of a fact in outputs: `true`, `"suspected"`, `false`, `null`.
pub(crate) mod fact_wire {
    use crate::model::Fact;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(fact: &Fact, s: S) -> Result<S::Ok, S::Error> {
        match fact {
            Fact::Established => s.serialize_bool(true),
            Fact::RuledOut => s.serialize_bool(false),
            Fact::Suspected => s.serialize_str("suspected"),
            Fact::NotStated => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Fact, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::Bool(true) => Ok(Fact::Established),
            serde_json::Value::Bool(false) => Ok(Fact::RuledOut),
            serde_json::Value::Null => Ok(Fact::NotStated),
            serde_json::Value::String(s) if s == "suspected" => Ok(Fact::Suspected),
            _ => Err(serde::de::Error::custom(
                "expected true, \"suspected\", false or null",
            )),
        }
    }

    /// The JSON Schema of a fact in outputs.
    #[cfg(feature = "schema")]
    pub struct Schema;

    #[cfg(feature = "schema")]
    impl schemars::JsonSchema for Schema {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "FactValue".into()
        }

        fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
            schemars::json_schema!({
                "description": "true: established; \"suspected\"; false: ruled out; null: not stated.",
                "oneOf": [
                    { "type": "boolean" },
                    { "type": "null" },
                    { "const": "suspected" }
                ]
            })
        }
    }
}
