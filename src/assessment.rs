//! The output of [`crate::evaluate`]: findings, element by element, with the
//! reasons that determined them.
//!
//! An [`Assessment`] serialises to the contract v1 output (`"contract":
//! "palermo/1"`) as it stands, and reads back to an equal value.

use crate::law::profile::Profile;
use crate::law::Rule;
use crate::model::{Act, Level, Means, Purpose};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The contract version every output carries.
pub const CONTRACT: &str = "palermo/1";

/// The engine name and version every output carries.
pub const ENGINE: &str = concat!("palermo ", env!("CARGO_PKG_VERSION"));

/// The overall finding, in order of precedence (contract v1 §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// Every required element of trafficking is established.
    Trafficking,
    /// Every required element of trafficking is at least suspected.
    PossibleTrafficking,
    /// Migrant smuggling is established.
    Smuggling,
    /// Migration with established risk factors (operational, not legal).
    UnsafeMigration,
    /// Irregular entry or stay across a border is established.
    IrregularMigration,
    /// None of the above holds on the facts given.
    NoFinding,
}

impl Verdict {
    /// Every verdict, highest precedence first.
    pub const ALL: [Verdict; 6] = [
        Verdict::Trafficking,
        Verdict::PossibleTrafficking,
        Verdict::Smuggling,
        Verdict::UnsafeMigration,
        Verdict::IrregularMigration,
        Verdict::NoFinding,
    ];

    /// The contract v1 name.
    pub const fn name(self) -> &'static str {
        match self {
            Verdict::Trafficking => "trafficking",
            Verdict::PossibleTrafficking => "possible_trafficking",
            Verdict::Smuggling => "smuggling",
            Verdict::UnsafeMigration => "unsafe_migration",
            Verdict::IrregularMigration => "irregular_migration",
            Verdict::NoFinding => "no_finding",
        }
    }

    /// Words for a person reading the verdict aloud.
    pub const fn describe(self) -> &'static str {
        match self {
            Verdict::Trafficking => "trafficking in persons",
            Verdict::PossibleTrafficking => {
                "possible trafficking in persons (suspected, not established)"
            }
            Verdict::Smuggling => "smuggling of migrants",
            Verdict::UnsafeMigration => "unsafe migration (a risk category, not a legal finding)",
            Verdict::IrregularMigration => "irregular migration",
            Verdict::NoFinding => "no finding on the facts given",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Who the person is for the child rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PersonStatus {
    /// Under 18 on a stated age or an estimate entirely below 18.
    Child,
    /// Age uncertain with reasons to believe the person is a child: treated
    /// as a child pending verification.
    PresumedChild,
    /// 18 or over on a stated age or an estimate entirely 18 or over.
    Adult,
    /// Nothing known: treated as an adult for the means test, and asked.
    Unknown,
}

impl PersonStatus {
    /// Whether the child rule of art. 3(c) applies (for a presumed child, provisionally).
    pub const fn child_rule_applies(self) -> bool {
        matches!(self, PersonStatus::Child | PersonStatus::PresumedChild)
    }
}

/// The age finding and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PersonFinding {
    /// Child, presumed child, adult or unknown.
    pub status: PersonStatus,
    /// What the status rests on, in words.
    pub basis: Cow<'static, str>,
}

/// The status of one element of the definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ElementStatus {
    /// Not present on the evidence.
    NotEstablished,
    /// Indicated but not established.
    Suspected,
    /// Present on the evidence.
    Established,
    /// Not needed: the means element for a child or presumed child (art. 3(c)).
    NotRequired,
}

impl From<Level> for ElementStatus {
    fn from(level: Level) -> Self {
        match level {
            Level::NotEstablished => ElementStatus::NotEstablished,
            Level::Suspected => ElementStatus::Suspected,
            Level::Established => ElementStatus::Established,
        }
    }
}

/// One element (act, means or purpose) and the facts that made its status.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ElementFinding<V> {
    /// The element's status.
    pub status: ElementStatus,
    /// The facts at that status: the `true` facts of an established element,
    /// the `"suspected"` facts of a suspected one.
    pub facts: Vec<V>,
    /// Of `facts`, those stated directly in the case (present only when
    /// indicators evidence a fact of this element; absent then means none).
    #[serde(default = "no_facts::<V>", skip_serializing_if = "Vec::is_empty")]
    pub stated: Vec<V>,
    /// The ILO/EC indicators that carried the element at its status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// The positive ILO/EC dimensions that carried the element at its status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<crate::indicators::Dimension>,
    /// Every fact of this element the indicators evidence, at any level,
    /// with its rule and indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<crate::indicators::DerivedFact>,
}

fn no_facts<V>() -> Vec<V> {
    Vec::new()
}

impl<V> ElementFinding<V> {
    /// An element with its status and the facts that made it.
    pub fn new(status: ElementStatus, facts: Vec<V>) -> Self {
        ElementFinding {
            status,
            facts,
            stated: Vec::new(),
            indicators: Vec::new(),
            dimensions: Vec::new(),
            derived: Vec::new(),
        }
    }
}

/// The three elements of art. 3(a).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Elements {
    /// Recruitment, transportation, transfer, harbouring or receipt.
    pub act: ElementFinding<Act>,
    /// Threat, force, coercion, abduction, fraud, deception, abuse of power or
    /// of a position of vulnerability, payments to a person in control.
    pub means: ElementFinding<Means>,
    /// The purpose of exploitation.
    pub purpose: ElementFinding<Purpose>,
}

/// The name of an element, as listed in `missing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Element {
    /// The act element.
    Act,
    /// The means element.
    Means,
    /// The purpose element.
    Purpose,
}

impl Element {
    /// The contract name.
    pub const fn name(self) -> &'static str {
        match self {
            Element::Act => "act",
            Element::Means => "means",
            Element::Purpose => "purpose",
        }
    }
}

/// The trafficking finding (Trafficking Protocol art. 3).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TraffickingFinding {
    /// Established, suspected or not established.
    pub status: Level,
    /// Each element with its facts.
    pub elements: Elements,
    /// The required elements that are not established.
    pub missing: Vec<Element>,
}

/// The smuggling finding (Smuggling of Migrants Protocol art. 3(a), 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SmugglingFinding {
    /// Established, suspected or not established.
    pub status: Level,
    /// Aggravating circumstances of art. 6(3) are established.
    pub aggravated: bool,
}

/// A finding with only a status (irregular and unsafe migration).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct StatusFinding {
    /// Established or not established.
    pub status: Level,
}

/// A marker for the caseworker: something to act on beside the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Flag {
    /// The child rule is applied pending verification of age.
    PresumedChild,
    /// Trafficking established or suspected, and no international border was crossed.
    InternalTrafficking,
    /// An asylum claim is made or possible: non-refoulement (art. 14).
    AsylumReferral,
    /// Offences by the person and trafficking established or suspected.
    NonPunishment,
    /// Smuggling with aggravating circumstances (art. 6(3)).
    AggravatedSmuggling,
    /// The purpose rests on a form of exploitation read into the Protocol's list.
    PurposeByInterpretation,
    /// The facilitator's relationship with the person continued after arrival.
    RelationshipContinued,
}

impl Flag {
    /// The contract name.
    pub const fn name(self) -> &'static str {
        match self {
            Flag::PresumedChild => "presumed_child",
            Flag::InternalTrafficking => "internal_trafficking",
            Flag::AsylumReferral => "asylum_referral",
            Flag::NonPunishment => "non_punishment",
            Flag::AggravatedSmuggling => "aggravated_smuggling",
            Flag::PurposeByInterpretation => "purpose_by_interpretation",
            Flag::RelationshipContinued => "relationship_continued",
        }
    }
}

/// Why a status is what it is: the rule, its provision and the case's facts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Reason {
    /// The stable rule id (see [`crate::law::RULES`]).
    pub rule: Cow<'static, str>,
    /// The provision.
    pub citation: Cow<'static, str>,
    /// What the rule found in this case, in plain words.
    pub text: Cow<'static, str>,
}

impl Reason {
    /// A reason citing `rule`.
    pub fn new(rule: &'static Rule, text: impl Into<Cow<'static, str>>) -> Self {
        Reason {
            rule: Cow::Borrowed(rule.id),
            citation: Cow::Borrowed(rule.citation),
            text: text.into(),
        }
    }
}

/// A fact not yet stated whose answer matters, and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Question {
    /// The fact's dotted path in contract v1 (`means.deception`, `person.age`).
    pub fact: Cow<'static, str>,
    /// What the answer would change.
    pub why: Cow<'static, str>,
}

/// The assessment of one case (contract v1 §4).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Assessment {
    /// Always [`CONTRACT`].
    pub contract: Cow<'static, str>,
    /// The engine and its version ([`ENGINE`]).
    pub engine: Cow<'static, str>,
    /// The case id, echoed unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The jurisdiction profile the trafficking finding follows (contract v1
    /// addition; `palermo` by default).
    #[serde(default)]
    pub profile: Profile,
    /// How sure we are of the wording of the profile's instrument, when it is
    /// not fully verified (contract v1 addition; absent for `palermo` and `coe`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Cow<'static, str>>,
    /// The first finding that holds, in order of precedence.
    pub verdict: Verdict,
    /// Every finding that holds, in order of precedence; `labels[0] == verdict`.
    pub labels: Vec<Verdict>,
    /// Child, presumed child, adult or unknown.
    pub person: PersonFinding,
    /// Trafficking in persons, element by element.
    pub trafficking: TraffickingFinding,
    /// The ILO/EC indicators assessed on their own (present only when the
    /// case has indicators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ilo: Option<crate::indicators::IloFinding>,
    /// Smuggling of migrants.
    pub smuggling: SmugglingFinding,
    /// Irregular migration.
    pub irregular_migration: StatusFinding,
    /// Unsafe migration (operational risk category).
    pub unsafe_migration: StatusFinding,
    /// Markers for the caseworker.
    pub flags: Vec<Flag>,
    /// The provision behind every status, in the order the engine applied them.
    pub reasons: Vec<Reason>,
    /// Facts not yet stated whose answer matters, most decisive first.
    pub next_questions: Vec<Question>,
    /// Conflicts in the input that the engine resolved (for example a stated
    /// age that contradicts an estimate).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Cow<'static, str>>,
    /// How an input in another format (an HTCDS record, a CTDC row) was read
    /// into the case: the fields mapped and those that could not be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_report: Option<crate::htcds::InputReport>,
}

impl Assessment {
    /// True when `flag` is set.
    pub fn has_flag(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }

    /// The reasons given under rule `id`.
    pub fn reasons_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Reason> + 'a {
        self.reasons.iter().filter(move |r| r.rule == id)
    }
}
