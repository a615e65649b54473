//! The ILO/EC lists and the `ilo-2009` policy as data: embedded JSON files
//! (`data/ilo-2009/`), parsed and checked once, never panicking.
//!
//! - `adults-labour.json`, `children-labour.json`: the two lists
//!   `docs/SOURCES.md` §13 gives, each indicator with its dimension, id, wording,
//!   grade, confidence tag and source.
//! - `adults-sexual.json`, `children-sexual.json`: not retrieved, so not
//!   encoded; each says so in its `provenance` and names the list used in its
//!   place (`fallback`) with a `note` that the output repeats.
//! - `policy.json`: the `ilo-2009` policy, named and versioned: the
//!   per-dimension rule (`positive_if_any`, clauses of minimum counts) and
//!   the combination of dimensions into outcomes.
//!
//! A clause `{"strong": a, "medium": b, "weak": c, "medium_or_weak": d}` is
//! met when at least `a` strong, `b` medium and `c` weak indicators are
//! present and, beyond those, at least `d` more medium or weak ones. Grade
//! counts are disjoint: a strong indicator never counts as a medium one.

use super::{AgeGroup, Confidence, Dimension, Grade, ListName};
use crate::model::Level;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const POLICY: &str = include_str!("../../../data/ilo-2009/policy.json");
const LISTS: [(&str, &str); 4] = [
    (
        "adults-labour.json",
        include_str!("../../../data/ilo-2009/adults-labour.json"),
    ),
    (
        "adults-sexual.json",
        include_str!("../../../data/ilo-2009/adults-sexual.json"),
    ),
    (
        "children-labour.json",
        include_str!("../../../data/ilo-2009/children-labour.json"),
    ),
    (
        "children-sexual.json",
        include_str!("../../../data/ilo-2009/children-sexual.json"),
    ),
];

/// Why ILO/EC data could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// A file is not valid JSON of the expected shape.
    #[error("{file}: {message}")]
    Json {
        /// The file (or "policy").
        file: String,
        /// What the parser found.
        message: String,
    },
    /// A file parses but breaks a rule of the format.
    #[error("{file}: {message}")]
    Invalid {
        /// The file (or "policy").
        file: String,
        /// What is wrong.
        message: String,
    },
}

fn invalid(file: &str, message: impl Into<String>) -> DataError {
    DataError::Invalid {
        file: file.to_string(),
        message: message.into(),
    }
}

/// One indicator on one list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Entry {
    /// `dimension.indicator`, e.g. `coercion_at_destination.debt_bondage`.
    pub id: String,
    /// The dimension (the first part of the id).
    pub dimension: Dimension,
    /// The ILO's wording of the indicator.
    pub wording: String,
    /// Its grade on this list, in this dimension.
    pub grade: Grade,
    /// How sure we are of the grade.
    pub confidence: Confidence,
    /// Where the grade comes from.
    pub source: String,
    /// A caveat about this entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the mapping's tables say of its id, read when the data is parsed.
    #[serde(skip)]
    pub(crate) reading: super::Reading,
    /// The path a question on it asks (`indicators.<id>`), written when the
    /// data is parsed.
    #[serde(skip)]
    pub(crate) fact: String,
    /// The wording as it reads inside a sentence (first letter in lower
    /// case: "debt bondage"), written when the data is parsed.
    #[serde(skip)]
    pub(crate) name: String,
}

/// The first letter in lower case, unless the word is an abbreviation
/// ("Debt bondage" → "debt bondage"; "ILO" stays).
fn in_a_sentence(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            let mut out = String::with_capacity(text.len());
            out.extend(first.to_lowercase());
            out.push_str(text.get(first.len_utf8()..).unwrap_or_default());
            out
        }
        _ => text.to_string(),
    }
}

/// One of the four ILO/EC lists, encoded or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ListData {
    /// Which list.
    pub list: ListName,
    /// Its title.
    pub title: String,
    /// The document.
    pub source: String,
    /// How the data was obtained and checked.
    pub provenance: String,
    /// How sure we are of the list as a whole.
    pub confidence: Confidence,
    /// For a list that is not encoded: the list used in its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<ListName>,
    /// What a user must know when this list is requested (for a fallback, why
    /// and what may differ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The indicators (empty when the list is not encoded).
    #[serde(default)]
    pub indicators: Vec<Entry>,
}

impl ListData {
    /// The entry for indicator `id` on this list.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.indicators.iter().find(|e| e.id == id)
    }
}

/// One clause of the dimension rule: minimum counts by grade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Clause {
    /// For people: "1 strong + 1 medium or weak".
    pub label: String,
    /// Strong indicators needed.
    #[serde(default)]
    pub strong: u32,
    /// Medium indicators needed.
    #[serde(default)]
    pub medium: u32,
    /// Weak indicators needed.
    #[serde(default)]
    pub weak: u32,
    /// Further medium or weak indicators needed, beyond `medium` and `weak`.
    #[serde(default)]
    pub medium_or_weak: u32,
}

impl Clause {
    /// Whether `strong`, `medium` and `weak` indicators meet this clause.
    pub fn met(&self, strong: u32, medium: u32, weak: u32) -> bool {
        strong >= self.strong
            && medium >= self.medium
            && weak >= self.weak
            && (medium - self.medium) + (weak - self.weak) >= self.medium_or_weak
    }
}

/// When a dimension is positive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DimensionRule {
    /// How sure we are of the rule.
    pub confidence: Confidence,
    /// The rule in words.
    pub text: String,
    /// The dimension is positive when any clause is met.
    pub positive_if_any: Vec<Clause>,
}

impl DimensionRule {
    /// The first clause that `strong`, `medium` and `weak` indicators meet.
    pub fn met(&self, strong: u32, medium: u32, weak: u32) -> Option<&Clause> {
        self.positive_if_any
            .iter()
            .find(|c| c.met(strong, medium, weak))
    }

    /// A dimension's level under the rule, with the clause met: established
    /// when the indicators stated `true` meet a clause; suspected when they
    /// meet one only with the `"suspected"` ones counted too.
    pub fn level(&self, indicators: &[(Grade, Level)]) -> (Level, Option<&Clause>) {
        let mut counts = GradedCounts::default();
        for (grade, level) in indicators {
            counts.add(*grade, *level);
        }
        self.level_of(&counts)
    }

    /// [`DimensionRule::level`] of indicators already counted.
    pub(crate) fn level_of(&self, counts: &GradedCounts) -> (Level, Option<&Clause>) {
        for (level, [strong, medium, weak]) in [
            (Level::Established, counts.established),
            (Level::Suspected, counts.present),
        ] {
            if let Some(clause) = self.met(strong, medium, weak) {
                return (level, Some(clause));
            }
        }
        (Level::NotEstablished, None)
    }
}

/// Graded indicators counted by grade (strong, medium, weak), as the
/// dimension rule reads them: those established, and those present
/// (established or suspected).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct GradedCounts {
    /// Indicators stated `true`.
    pub established: [u32; 3],
    /// Indicators stated `true` or `"suspected"`.
    pub present: [u32; 3],
}

impl GradedCounts {
    /// Count one indicator of `grade` stated at `level`.
    pub fn add(&mut self, grade: Grade, level: Level) {
        let g = grade as usize;
        if level >= Level::Established {
            self.established[g] += 1;
        }
        if level >= Level::Suspected {
            self.present[g] += 1;
        }
    }

    /// Take back one indicator [`GradedCounts::add`] counted.
    pub fn remove(&mut self, grade: Grade, level: Level) {
        let g = grade as usize;
        if level >= Level::Established {
            self.established[g] = self.established[g].saturating_sub(1);
        }
        if level >= Level::Suspected {
            self.present[g] = self.present[g].saturating_sub(1);
        }
    }
}

/// One outcome of the ILO/EC verdict: the dimensions it requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Outcome {
    /// The outcome's id (`trafficking`, `exploited_migrant`, ...).
    pub id: String,
    /// Whose lists it applies to.
    pub applies_to: AgeGroup,
    /// The outcome in words.
    pub label: String,
    /// What it requires, in words.
    pub text: String,
    /// How sure we are that this is the ILO's combination.
    pub confidence: Confidence,
    /// Every group must have a positive dimension (all of, any of).
    pub requires: Vec<Vec<Dimension>>,
}

/// The outcome when none applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Otherwise {
    /// Its id.
    pub id: String,
    /// In words.
    pub label: String,
}

/// A named, versioned reading of the ILO/EC rules: the dimension rule and the
/// combination of dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Policy {
    /// `ilo-2009`.
    pub name: String,
    /// Bumped whenever the reading changes.
    pub version: String,
    /// Title.
    pub title: String,
    /// The document.
    pub source: String,
    /// How the rules were obtained and how sure we are.
    pub provenance: String,
    /// When a dimension is positive.
    pub dimension_rule: DimensionRule,
    /// The outcomes, in order: the first that holds is the verdict.
    pub outcomes: Vec<Outcome>,
    /// The outcome when none holds.
    pub otherwise: Otherwise,
}

/// The ILO/EC lists and the policy, parsed and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IloData {
    /// The policy.
    pub policy: Policy,
    lists: Vec<ListData>,
}

fn snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn parse_json<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::Json {
        file: file.to_string(),
        message: e.to_string(),
    })
}

impl IloData {
    /// A dimension's status under this data's policy, for graded indicators
    /// (the grade on the list used, and how far each is stated).
    pub fn dimension_status(&self, indicators: &[(Grade, Level)]) -> Level {
        self.policy.dimension_rule.level(indicators).0
    }

    /// The data embedded in the crate (`data/ilo-2009/`), parsed once.
    ///
    /// ```
    /// use palermo::law::ilo::{Grade, IloData, ListName};
    /// let data = IloData::embedded().unwrap();
    /// assert_eq!(data.policy.name, "ilo-2009");
    /// // The same observation, two grades: medium at recruitment, strong at destination.
    /// assert_eq!(data.grade(ListName::AdultsLabour, "coercive_recruitment.confiscation_of_documents"), Some(Grade::Medium));
    /// assert_eq!(data.grade(ListName::AdultsLabour, "coercion_at_destination.confiscation_of_documents"), Some(Grade::Strong));
    /// ```
    pub fn embedded() -> Result<&'static IloData, DataError> {
        static DATA: OnceLock<Result<IloData, DataError>> = OnceLock::new();
        DATA.get_or_init(|| {
            let lists: Vec<(&str, &str)> = LISTS.to_vec();
            IloData::parse_named(POLICY, &lists)
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// Parse and check a policy and the four lists (each a JSON document in
    /// the format of `data/ilo-2009/`), for a corrected reading.
    pub fn parse(policy: &str, lists: &[&str]) -> Result<IloData, DataError> {
        let named: Vec<(&str, &str)> = lists.iter().map(|text| ("list", *text)).collect();
        IloData::parse_named(policy, &named)
    }

    fn parse_named(policy: &str, lists: &[(&str, &str)]) -> Result<IloData, DataError> {
        let policy: Policy = parse_json("policy", policy)?;
        check_policy(&policy)?;
        let mut parsed: Vec<ListData> = Vec::with_capacity(4);
        for (file, text) in lists {
            let mut list: ListData = parse_json(file, text)?;
            check_list(file, &list)?;
            for entry in &mut list.indicators {
                entry.reading = super::Reading::of(&entry.id);
                entry.fact = format!("indicators.{}", entry.id);
                entry.name = in_a_sentence(&entry.wording);
            }
            if parsed.iter().any(|l| l.list == list.list) {
                return Err(invalid(file, format!("list {} given twice", list.list)));
            }
            parsed.push(list);
        }
        for name in ListName::ALL {
            let Some(list) = parsed.iter().find(|l| l.list == name) else {
                return Err(invalid("lists", format!("list {name} is missing")));
            };
            if let Some(to) = list.fallback {
                match parsed.iter().find(|l| l.list == to) {
                    Some(target) if target.fallback.is_none() && !target.indicators.is_empty() => {}
                    _ => {
                        return Err(invalid(
                            name.name(),
                            format!("falls back to {to}, which is not an encoded list"),
                        ))
                    }
                }
                if to.age_group() != name.age_group() {
                    return Err(invalid(
                        name.name(),
                        "falls back to a list for another age group",
                    ));
                }
            }
        }
        parsed.sort_by_key(|l| l.list);
        Ok(IloData {
            policy,
            lists: parsed,
        })
    }

    /// A list as it is stored (possibly not encoded).
    pub fn list(&self, name: ListName) -> Option<&ListData> {
        self.lists.iter().find(|l| l.list == name)
    }

    /// The list that grades indicators when `name` is requested: the list
    /// itself, or the list it falls back to.
    pub fn resolve(&self, name: ListName) -> Option<&ListData> {
        let list = self.list(name)?;
        match list.fallback {
            Some(to) => self.list(to),
            None => Some(list),
        }
    }

    /// The entry for `id` when list `name` is requested (after fallback).
    pub fn entry(&self, name: ListName, id: &str) -> Option<&Entry> {
        self.resolve(name)?.entry(id)
    }

    /// The grade of `id` when list `name` is requested (after fallback).
    pub fn grade(&self, name: ListName, id: &str) -> Option<Grade> {
        self.entry(name, id).map(|e| e.grade)
    }

    /// Whether `id` is on any list.
    pub fn is_known(&self, id: &str) -> bool {
        self.lists.iter().any(|l| l.entry(id).is_some())
    }

    /// The known id closest to `id` (for "did you mean ...?"), when one is close.
    pub fn suggest(&self, id: &str) -> Option<&str> {
        if id.len() > 128 {
            return None;
        }
        let best = self
            .ids()
            .into_iter()
            .map(|known| (strsim::osa_distance(id, known), known))
            .min()?;
        (best.0 <= 3.max(id.len() / 8)).then_some(best.1)
    }

    /// Every indicator id on any list, sorted, without duplicates.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .lists
            .iter()
            .flat_map(|l| l.indicators.iter().map(|e| e.id.as_str()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The four lists, in [`ListName`] order.
    pub fn lists(&self) -> &[ListData] {
        &self.lists
    }
}

fn check_policy(policy: &Policy) -> Result<(), DataError> {
    let file = "policy";
    if policy.name.trim().is_empty() || policy.version.trim().is_empty() {
        return Err(invalid(file, "name and version must not be empty"));
    }
    if policy.dimension_rule.positive_if_any.is_empty() {
        return Err(invalid(file, "dimension_rule.positive_if_any is empty"));
    }
    for c in &policy.dimension_rule.positive_if_any {
        if c.strong + c.medium + c.weak + c.medium_or_weak == 0 {
            return Err(invalid(
                file,
                format!("clause \"{}\" needs no indicator", c.label),
            ));
        }
    }
    if policy.outcomes.is_empty() {
        return Err(invalid(file, "no outcomes"));
    }
    for o in &policy.outcomes {
        if !snake_case(&o.id) {
            return Err(invalid(
                file,
                format!("outcome id \"{}\" is not snake_case", o.id),
            ));
        }
        if o.requires.is_empty() || o.requires.iter().any(Vec::is_empty) {
            return Err(invalid(
                file,
                format!("outcome {} has an empty requirement", o.id),
            ));
        }
    }
    if !snake_case(&policy.otherwise.id) {
        return Err(invalid(file, "otherwise.id is not snake_case"));
    }
    Ok(())
}

fn check_list(file: &str, list: &ListData) -> Result<(), DataError> {
    match (list.fallback, list.indicators.is_empty()) {
        (Some(_), false) => {
            return Err(invalid(
                file,
                "a list with indicators must not have a fallback",
            ))
        }
        (None, true) => return Err(invalid(file, "a list without indicators needs a fallback")),
        (Some(_), true) if list.note.is_none() => {
            return Err(invalid(
                file,
                "a list that falls back needs a note saying so",
            ))
        }
        _ => {}
    }
    let mut seen: Vec<&str> = Vec::with_capacity(list.indicators.len());
    for e in &list.indicators {
        let slug =
            e.id.strip_prefix(e.dimension.name())
                .and_then(|rest| rest.strip_prefix('.'));
        match slug {
            Some(slug) if snake_case(slug) => {}
            _ => {
                return Err(invalid(
                    file,
                    format!(
                        "indicator id \"{}\" must be {}.<snake_case>",
                        e.id,
                        e.dimension.name()
                    ),
                ))
            }
        }
        if seen.contains(&e.id.as_str()) {
            return Err(invalid(file, format!("indicator {} given twice", e.id)));
        }
        seen.push(&e.id);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses() {
        let data = IloData::embedded().expect("embedded ILO/EC data must parse");
        assert_eq!(data.lists().len(), 4);
        assert_eq!(
            data.list(ListName::AdultsLabour).unwrap().indicators.len(),
            67
        );
        assert_eq!(
            data.list(ListName::ChildrenLabour)
                .unwrap()
                .indicators
                .len(),
            65
        );
    }

    #[test]
    fn bad_data_is_an_error_not_a_panic() {
        let lists: Vec<&str> = LISTS.iter().map(|(_, t)| *t).collect();
        assert!(matches!(
            IloData::parse("{", &lists),
            Err(DataError::Json { .. })
        ));
        assert!(IloData::parse(POLICY, &lists[..3]).is_err());
        let broken = POLICY.replace(
            "\"positive_if_any\": [",
            "\"positive_if_any\": [], \"x\": [",
        );
        assert!(IloData::parse(&broken, &lists).is_err());
        let renamed = lists[0].replace(
            "\"id\": \"deceptive_recruitment.deceived_about_wages\"",
            "\"id\": \"coercive_recruitment.deceived_about_wages\"",
        );
        let mut with = lists.clone();
        with[0] = &renamed;
        assert!(matches!(
            IloData::parse(POLICY, &with),
            Err(DataError::Invalid { .. })
        ));
    }
}
