//! The facts of a case: the bottom layer of the house.
//!
//! These types say what is known about a case in the vocabulary of the law
//! (acts, means, purposes, movement, risk factors) and nothing else: no
//! profile, no rule, no words. The layers above read them: [`crate::law`]
//! names the instruments, [`crate::decide`] applies them, [`crate::words`]
//! says the result, and [`crate::io`] reads and writes the wire format.
//!
//! The types' `serde` is contract v1: a [`Case`] serialises to the JSON a
//! caller sends (facts not stated are left out), and the contract reader
//! ([`crate::io`]) reads it back.
//!
//! ```
//! use palermo::model::{Act, Case, Fact, Means};
//! let mut case = Case::new().with_id("c1");
//! case.act.set(Act::Recruitment, Fact::Established);
//! case.means.set(Means::Deception, Fact::Suspected);
//! let json = serde_json::to_string(&case).unwrap();
//! assert_eq!(json, r#"{"id":"c1","act":{"recruitment":true},"means":{"deception":"suspected"}}"#);
//! assert_eq!(palermo::io::parse_case(&json).unwrap(), case);
//! ```

use serde::{Serialize, Serializer};

mod case;
mod field;
mod observed;
mod vocabulary;

pub use case::{AgeRange, Case, Facilitator, Movement, Person, Regularity, Relationship, MAX_AGE};
pub use field::{Answer, Field};
pub use observed::Indicators;
pub(crate) use vocabulary::{bit, members};
pub use vocabulary::{Act, FactSet, Means, Purpose, RiskFactor, Vocabulary};

/// What the evidence says about one fact (contract v1 §1).
///
/// `NotStated` (unknown) and `RuledOut` both leave an element unmet; the
/// difference matters for the interview: a fact that is not stated can still be
/// asked about, a fact that is ruled out has been answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Fact {
    /// Absent or `null` in the input: nobody has said.
    #[default]
    NotStated,
    /// `false`: the fact is ruled out.
    RuledOut,
    /// `"suspected"`: indicated, not established ("reasonable grounds").
    Suspected,
    /// `true`: present on the evidence.
    Established,
}

impl Fact {
    /// How far this fact goes towards an element: only `true` establishes,
    /// only `"suspected"` suggests; not stated never counts as present.
    pub const fn level(self) -> Level {
        match self {
            Fact::Established => Level::Established,
            Fact::Suspected => Level::Suspected,
            Fact::NotStated | Fact::RuledOut => Level::NotEstablished,
        }
    }

    /// True when nothing has been said about this fact.
    pub const fn is_not_stated(self) -> bool {
        matches!(self, Fact::NotStated)
    }

    /// True when the fact is stated as present (`true` or `"suspected"`).
    pub const fn is_present(self) -> bool {
        matches!(self, Fact::Established | Fact::Suspected)
    }

    /// The contract v1 spelling of this value (`true`, `"suspected"`, `false`, `null`).
    pub const fn as_json(self) -> &'static str {
        match self {
            Fact::NotStated => "null",
            Fact::RuledOut => "false",
            Fact::Suspected => "\"suspected\"",
            Fact::Established => "true",
        }
    }

    /// The fact a contract v1 string stands for: `"suspected"`, and the
    /// synonyms `"yes"`, `"no"`, `"unknown"`, `"true"` and `"false"`, in any
    /// letter case (`"Yes"`, `"NO"`, `"TRUE"`). `None` for any other string.
    ///
    /// ```
    /// use palermo::Fact;
    /// assert_eq!(Fact::from_word("Yes"), Some(Fact::Established));
    /// assert_eq!(Fact::from_word("TRUE"), Some(Fact::Established));
    /// assert_eq!(Fact::from_word("nope"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<Fact> {
        // The contract's own spellings first (most input), then any case.
        match word {
            "suspected" => return Some(Fact::Suspected),
            "yes" => return Some(Fact::Established),
            "no" => return Some(Fact::RuledOut),
            "unknown" => return Some(Fact::NotStated),
            _ => {}
        }
        const WORDS: [(&str, Fact); 6] = [
            ("suspected", Fact::Suspected),
            ("yes", Fact::Established),
            ("no", Fact::RuledOut),
            ("unknown", Fact::NotStated),
            ("true", Fact::Established),
            ("false", Fact::RuledOut),
        ];
        WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, fact)| *fact)
    }
}

/// `true`, `"suspected"`, `false` or `null`, as contract v1 writes a fact.
impl Serialize for Fact {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Fact::Established => s.serialize_bool(true),
            Fact::RuledOut => s.serialize_bool(false),
            Fact::Suspected => s.serialize_str("suspected"),
            Fact::NotStated => s.serialize_none(),
        }
    }
}

/// How far the evidence goes for an element or a finding, in ascending order.
///
/// The order is what the contract's `min`/`max` over levels use
/// (established > suspected > not established).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Not present on the evidence (not stated or ruled out).
    #[default]
    NotEstablished,
    /// Indicated but not established.
    Suspected,
    /// Present on the evidence.
    Established,
}

impl Level {
    /// `true` for suspected or established.
    pub const fn at_least_suspected(self) -> bool {
        !matches!(self, Level::NotEstablished)
    }

    /// The fact that states this level (`NotEstablished` is not stated).
    pub const fn fact(self) -> Fact {
        match self {
            Level::Established => Fact::Established,
            Level::Suspected => Fact::Suspected,
            Level::NotEstablished => Fact::NotStated,
        }
    }

    /// The contract name (`established`, `suspected`, `not_established`).
    pub const fn name(self) -> &'static str {
        match self {
            Level::Established => "established",
            Level::Suspected => "suspected",
            Level::NotEstablished => "not_established",
        }
    }
}
