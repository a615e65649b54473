//! What a screener observed in the vocabulary of a screening instrument
//! (the ILO/EC operational indicators): kept beside the case, not in it.

use super::Fact;
use serde::Serialize;
use std::collections::BTreeMap;

/// The indicators of a case: ILO/EC indicator ids with what the evidence says
/// of each (the `indicators` of contract v1 input, an addition to the
/// contract).
///
/// Ids are `dimension.indicator` (`coercion_at_destination.debt_bondage`):
/// the same observation can sit in two dimensions with different grades
/// (confiscation of documents is medium at recruitment, strong at
/// destination), so it is keyed by both. Kept in id order, so output never
/// depends on input order. A fact "not stated" is not kept. Which ids exist
/// is the instrument's business ([`crate::law::ilo`]): the contract reader
/// rejects an unknown id, and the evaluation reports one set here by hand.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
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

    /// Record `fact` for indicator `id`; not stated removes it.
    pub fn set(&mut self, id: &str, fact: Fact) {
        if fact.is_not_stated() {
            self.0.remove(id);
        } else {
            self.0.insert(id.to_string(), fact);
        }
    }

    /// Builder form of [`Indicators::set`].
    pub fn with(mut self, id: &str, fact: Fact) -> Self {
        self.set(id, fact);
        self
    }

    /// Every stated indicator with its fact, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Fact)> + '_ {
        self.0.iter().map(|(id, f)| (id.as_str(), *f))
    }
}
