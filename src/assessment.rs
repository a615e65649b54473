//! The output of [`crate::evaluate`]: findings, element by element, with the
//! reasons that determined them. The third layer of the house: types only.
//!
//! [`crate::decide`] fills these types with the decisions (statuses, the
//! facts behind each element, flags, and each reason as data: its rule, its
//! topic and what it found); [`crate::words`] then writes the sentences
//! (`Reason::text`, `Question::why`, the warnings) from that data, in one
//! place. An [`Assessment`] serialises to the contract v1 output
//! (`"contract": "palermo/1"`) as it stands.

use crate::law::ilo::{Confidence, Dimension, Grade, ListName};
use crate::law::profile::Profile;
use crate::law::Rule;
use crate::model::{Act, AgeRange, Fact, Field, Level, Means, Purpose, Regularity};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};

mod read;

/// Equality and hashing on the fields the contract carries. The types
/// below also hold, out of the wire (`#[serde(skip)]`), the data their words
/// were written from; an assessment read back from its JSON has only what
/// can be recovered of it (see `read`). Comparing those fields would make a
/// value unequal to itself read back, so `PartialEq`, `Eq` and `Hash` are
/// written by hand over the fields on the wire.
macro_rules! on_the_wire {
    ($ty:ty { $($field:ident),+ $(,)? }) => {
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                $(self.$field == other.$field)&&+
            }
        }
        impl Eq for $ty {}
        impl Hash for $ty {
            fn hash<H: Hasher>(&self, state: &mut H) {
                $(self.$field.hash(state);)+
            }
        }
    };
}

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

    /// The verdict's place in the order of precedence, [`Verdict::ALL`]
    /// (0 for trafficking, the most serious).
    ///
    /// ```
    /// use palermo::Verdict;
    /// assert_eq!(Verdict::Trafficking.precedence(), 0);
    /// assert!(Verdict::Smuggling.precedence() < Verdict::NoFinding.precedence());
    /// ```
    pub const fn precedence(self) -> usize {
        // The variants are declared in the order of `ALL` (a test checks it).
        self as usize
    }

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
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PersonFinding {
    /// Child, presumed child, adult or unknown.
    pub status: PersonStatus,
    /// What the status rests on, in words.
    pub basis: Cow<'static, str>,
    /// What the status rests on, as data (the basis is written from it).
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) said: Said,
}

on_the_wire!(PersonFinding { status, basis });

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
    pub dimensions: Vec<Dimension>,
    /// Every fact of this element the indicators evidence, at any level,
    /// with its rule and indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<DerivedFact>,
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
    /// The three elements, in the order of the definition.
    pub const ALL: [Element; 3] = [Element::Act, Element::Means, Element::Purpose];

    /// The bit of this element in a set of elements.
    pub(crate) const fn bit(self) -> u8 {
        1 << (self as u8)
    }

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
    /// An arranged crossing for a benefit that did not happen: attempted
    /// smuggling (art. 6(2)(a); contract revision 2).
    #[serde(default)]
    pub attempted: bool,
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

/// What a step of the reasoning is about: explanations head each step with
/// it, and a form can group the reasons by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Topic {
    /// Who the person is: a child, a presumed child, an adult.
    Age,
    /// The ILO/EC indicators and how they were read.
    Indicators,
    /// The act element.
    Act,
    /// The means element (or the child rule in its place).
    Means,
    /// The purpose element.
    Purpose,
    /// The person's consent.
    Consent,
    /// The finding on trafficking.
    Finding,
    /// Borders: trafficking needs none.
    Borders,
    /// Asylum and non-refoulement.
    Asylum,
    /// Smuggling of migrants.
    Smuggling,
    /// The facilitator after arrival.
    AfterArrival,
    /// Aggravated smuggling.
    Aggravation,
    /// Irregular migration.
    IrregularMigration,
    /// Unsafe migration.
    UnsafeMigration,
    /// Protection of the person (non-punishment).
    Protection,
    /// The verdict.
    Verdict,
    /// How a record in another format was read.
    Input,
    /// Anything else (a reason read back from JSON without its topic).
    #[default]
    Other,
}

/// Why a status is what it is: the rule, its provision, its topic, and what
/// it found in this case, in words.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Reason {
    /// The stable rule id (see [`crate::law::RULES`]).
    pub rule: Cow<'static, str>,
    /// The provision.
    pub citation: Cow<'static, str>,
    /// What the rule found in this case, in plain words.
    pub text: Cow<'static, str>,
    /// What the step is about.
    #[serde(skip_serializing, default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub topic: Topic,
    /// What the rule found, as data: the words are written from it.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) said: Said,
}

on_the_wire!(Reason {
    rule,
    citation,
    text
});

impl Reason {
    /// A reason citing `rule`, about `topic`, saying `said`; its text is
    /// written later, by [`crate::words`].
    pub(crate) fn new(rule: &'static Rule, topic: Topic, said: Said) -> Self {
        Reason {
            rule: Cow::Borrowed(rule.id),
            citation: Cow::Borrowed(rule.citation),
            text: Cow::Borrowed(""),
            topic,
            said,
        }
    }

    /// A reason whose words are written where it is made (the reasons of a
    /// comparison of profiles).
    pub(crate) fn written(rule: &'static Rule, topic: Topic, text: String) -> Self {
        Reason {
            text: Cow::Owned(text),
            ..Reason::new(rule, topic, Said::Unknown)
        }
    }

    /// The facts of the case this reason rests on.
    pub fn facts(&self) -> Vec<Field> {
        self.said.facts()
    }
}

/// A set of members of a vocabulary, as the bits of their indices.
pub(crate) type Mask = u32;

/// What a reason found, as data. One variant per kind of sentence: the
/// words are written from it by [`crate::words`], in one place, for every
/// language. Masks are sets of vocabulary members (bit `i` for the member
/// with index `i`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) enum Said {
    /// Nothing is known of what the reason said (read back from JSON).
    #[default]
    Unknown,
    /// A stated age: a child or an adult.
    AgeStated { age: u8 },
    /// An estimate that settles the age, or leaves it uncertain.
    AgeEstimated {
        range: AgeRange,
        status: PersonStatus,
    },
    /// Signs of childhood and no age: a presumed child.
    AgePresumed { signs: Level },
    /// Nothing known of the age.
    AgeUnknown,
    /// An element: established or suspected with its facts, or not.
    Element {
        element: Element,
        level: Level,
        facts: Mask,
    },
    /// Facts that count under a provision other than the element's.
    CountsUnder { element: Element, facts: Mask },
    /// Facts read into the instrument's terms; `minimum`: said after "the
    /// list of exploitation is a minimum".
    ReadAs {
        element: Element,
        facts: Mask,
        minimum: bool,
    },
    /// A stated fact that is not an element of the instrument.
    NotAnElement { field: Field },
    /// A stated fact that counts only in other limbs than the one assessed.
    OtherLimb { field: Field, limb: u8 },
    /// The child rule applied: no means needed (`means`: the means found
    /// anyway; `doubt`: the rule is in doubt for the purpose found, and the
    /// limb's caveat says why).
    ChildRule {
        presumed: bool,
        means: Level,
        facts: Mask,
        doubt: bool,
    },
    /// A doubt about the child rule for the purpose found (the limb's caveat).
    Caveat { limb: u8 },
    /// The person is a child, but this limb needs a means at every age.
    MeansAlways { limb: u8 },
    /// A transfer or receipt with a payment to a person in control, read
    /// as a sale (at `level`).
    Sold { level: Level },
    /// Acts that are a sale only for value (`facts`, the acts as a mask)
    /// recorded beyond what a payment to a person in control shows
    /// (`value`: the payment, as recorded).
    Unpaid { facts: u32, value: Fact },
    /// The limb needs no means at any age (the limb's `no-means` words).
    NoMeansInLimb { limb: u8 },
    /// The limb for minors reaches the person because they are under
    /// custody or curatorship (`suspected`: that is only suspected).
    Ward { limb: u8, suspected: bool },
    /// A position of vulnerability without its abuse established.
    Vulnerability { abuse_suspected: bool },
    /// The purpose is intent: whether the exploitation happened.
    Intent { occurred: Fact },
    /// Consent, and why it does not decide.
    Consent { by: ConsentBy, suspected: bool },
    /// The finding on trafficking.
    Finding {
        /// The child rule applies only by presumption (the finding is
        /// provisional until the age is verified).
        presumed: bool,
        status: Level,
        child_rule: bool,
        missing: u8,
        limb: u8,
        /// The limbs the facts do not tell apart, where nothing is found
        /// (a mask; 0 when the limb assessed is told by the facts).
        tied: u8,
        without_means: bool,
        as_adult: AsAdult,
        /// The finding is held at `suspected` only because the limb's
        /// wording is unverified.
        unverified: bool,
    },
    /// Purposes read in only provisionally (a mask of purposes): their
    /// conditions are not shown, so they count at most as suspected.
    Provisional { facts: u32 },
    /// Purposes read in provisionally whose conditions the case rules out
    /// (a mask of purposes): they do not count.
    Refuted { facts: u32 },
    /// A forced marriage made servile by a payment to a person in control.
    ServileByPayment,
    /// A border does not matter (`crossed`: what the case says).
    Border { crossed: Fact },
    /// The instrument's definition of a victim.
    Victim,
    /// An asylum claim: refer it.
    Asylum,
    /// An asylum claim beside smuggling: the smuggled person may be a
    /// refugee, not to be penalised for the illegal entry.
    AsylumSmuggled,
    /// A national or resident of the destination cannot be smuggled into it.
    OwnState,
    /// A crossing arranged for a benefit that did not happen.
    Attempted,
    /// A crossing that did not happen, arranged for a benefit on the
    /// suspicion of either: a possible attempt, not recorded as one.
    AttemptSuspected,
    /// Humanitarian or family help without an established benefit (one
    /// may be suspected).
    FamilyHelp { benefit_suspected: bool },
    /// Humanitarian or family help, but for an established benefit.
    FamilyForBenefit,
    /// Smuggling, established or suspected, by entry or by stay.
    Smuggling {
        established: bool,
        by_stay: bool,
        /// False documents are established: the illegal means of art.
        /// 6(1)(c) for a stay.
        documents: bool,
    },
    /// The smuggled person is not an offender.
    ObjectNotOffender,
    /// Help with an irregular entry or stay, but no benefit.
    NoBenefit,
    /// The person arranged their own irregular entry.
    SelfProcured,
    /// No smuggling on these facts.
    NoSmuggling,
    /// Aggravated smuggling.
    Aggravated { life: bool, treatment: bool },
    /// The facilitator's relationship continued after arrival.
    RelationshipContinued,
    /// The relationship ended on arrival.
    RelationshipEnded,
    /// Irregular migration, by entry and/or stay.
    Irregular {
        entry: Option<Regularity>,
        stay: Option<Regularity>,
    },
    /// No irregular migration established.
    NoIrregular,
    /// Unsafe migration with its risk factors.
    Unsafe { risks: Mask },
    /// Risk factors without a migration.
    RisksWithoutMigration,
    /// Offences by a possible victim: non-punishment.
    NonPunishment,
    /// The verdict, with the other findings.
    Verdict,
    /// Which ILO/EC list grades the indicators.
    IloList,
    /// One ILO/EC dimension.
    IloDimension { dimension: Dimension },
    /// A fact the indicators evidence (an index into `ilo.mapped`).
    IloMapped { index: u16 },
    /// Exploitative conditions without coercion: not forced labour.
    IloNotForcedLabour,
    /// The ILO/EC verdict beside the Protocol finding.
    IloPolicy,
}

/// Whose consent, for the words that say why it does not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ConsentBy {
    /// A child (the child rule applied).
    Child,
    /// A person against whom a means was used.
    Means,
    /// An adult without a means.
    Adult,
    /// A person under a limb that names no means (the limb's `consent`
    /// words).
    Limb(u8),
}

/// What verifying a presumed child's age would do to the finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) enum AsAdult {
    /// The person is not a presumed child.
    #[default]
    NotAsked,
    /// The finding would be the same for an adult.
    Same,
    /// As an adult, the finding would be this.
    Would(Level),
}

impl Said {
    /// The facts of the case the reason rests on.
    pub(crate) fn facts(&self) -> Vec<Field> {
        use crate::model::{members, RiskFactor};
        fn element(element: Element, mask: Mask) -> Vec<Field> {
            match element {
                Element::Act => members::<Act>(mask).map(Field::Act).collect(),
                Element::Means => members::<Means>(mask).map(Field::Means).collect(),
                Element::Purpose => members::<Purpose>(mask).map(Field::Purpose).collect(),
            }
        }
        match *self {
            Said::AgeStated { .. } => vec![Field::Age],
            Said::AgeEstimated { .. } => vec![Field::AgeEstimate],
            Said::AgePresumed { .. } => vec![Field::ChildIndicators],
            Said::Element {
                element: e, facts, ..
            }
            | Said::CountsUnder { element: e, facts }
            | Said::ReadAs {
                element: e, facts, ..
            } => element(e, facts),
            Said::NotAnElement { field } | Said::OtherLimb { field, .. } => vec![field],
            Said::ChildRule { facts, .. } => element(Element::Means, facts),
            Said::Vulnerability { .. } => vec![Field::Vulnerable],
            Said::Ward { .. } => vec![Field::UnderGuardianship],
            Said::Intent { .. } => vec![Field::ExploitationOccurred],
            Said::Consent { .. } => vec![Field::Consent],
            Said::Border { .. } => vec![Field::CrossedBorder],
            Said::Asylum => vec![Field::AsylumClaim],
            Said::OwnState => vec![Field::NationalOrResident],
            Said::FamilyHelp { .. } => vec![Field::HumanitarianOrFamily, Field::MaterialBenefit],
            Said::Smuggling { by_stay: false, .. } => vec![
                Field::CrossedBorder,
                Field::Entry,
                Field::ProcuredEntry,
                Field::MaterialBenefit,
            ],
            Said::Smuggling { by_stay: true, .. } => vec![
                Field::Stay,
                Field::EnabledIrregularStay,
                Field::MaterialBenefit,
            ],
            Said::NoBenefit => vec![Field::MaterialBenefit],
            Said::SelfProcured => vec![Field::ProcuredEntry],
            Said::Aggravated { life, treatment } => [
                (life, Field::LifeEndangered),
                (treatment, Field::InhumanOrDegradingTreatment),
            ]
            .into_iter()
            .filter_map(|(on, f)| on.then_some(f))
            .collect(),
            Said::RelationshipContinued | Said::RelationshipEnded => {
                vec![Field::RelationshipAfterArrival]
            }
            Said::Irregular { .. } => vec![Field::CrossedBorder, Field::Entry, Field::Stay],
            Said::Unsafe { risks } => members::<RiskFactor>(risks).map(Field::Risk).collect(),
            Said::NonPunishment => vec![Field::OffencesByPerson],
            Said::Sold { .. } => vec![
                Field::Act(Act::Transfer),
                Field::Act(Act::Receipt),
                Field::Means(Means::PaymentToController),
            ],
            Said::Unpaid { facts, .. } => members::<Act>(facts)
                .map(Field::Act)
                .chain([Field::Means(Means::PaymentToController)])
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// A fact not yet stated whose answer matters, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Question {
    /// The fact's dotted path in contract v1 (`means.deception`, `person.age`).
    pub fact: Cow<'static, str>,
    /// The question in plain words, as an interviewer would ask it
    /// (contract revision 2).
    #[serde(default)]
    pub question: Cow<'static, str>,
    /// What the answer would change.
    pub why: Cow<'static, str>,
    /// Why the question is asked, as data: the words are written from it.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) asked: Asked,
    /// For a question asked in ILO/EC indicators: the indicator's wording on
    /// the list used (data), from which the question is written.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) wording: Option<Cow<'static, str>>,
    /// The fact asked about, as a field (for a question on a fact of
    /// contract v1): what its words are looked up by.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) field: Option<Field>,
}

on_the_wire!(Question {
    fact,
    question,
    why
});

impl Question {
    /// A question about the fact at `path`.
    pub(crate) fn at(field: Field, asked: Asked) -> Self {
        Question {
            fact: Cow::Borrowed(field.path()),
            question: Cow::Borrowed(""),
            why: Cow::Borrowed(""),
            asked,
            wording: None,
            field: Some(field),
        }
    }

    /// A question asked in ILO/EC indicators: whether the indicator at
    /// `fact` (`indicators.<id>`, worded `wording` on the list used) is
    /// observed.
    pub(crate) fn indicator(
        fact: Cow<'static, str>,
        wording: Cow<'static, str>,
        asked: Asked,
    ) -> Self {
        Question {
            fact,
            question: Cow::Borrowed(""),
            why: Cow::Borrowed(""),
            asked,
            wording: Some(wording),
            field: None,
        }
    }

    /// The fact asked about.
    pub fn field(&self) -> Option<Field> {
        Field::from_path(&self.fact)
    }
}

/// Why a question is asked, as data. Its tag is a plain byte (no niche):
/// the questions of one part share their `why`, found by comparing each
/// question's `Asked` with the one before, and a plain tag compares quickly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
pub(crate) enum Asked {
    /// Read back from JSON.
    #[default]
    Unknown,
    /// A "yes" establishes `what` and the verdict becomes `yes`.
    Establishes { what: Part, yes: Verdict },
    /// The answer changes the verdict: `yes` (and, for the age, `no`).
    Decides {
        answer: AnswerWords,
        yes: Option<Verdict>,
        no: Option<Verdict>,
    },
    /// Towards `target`, which needs `total` more parts; this supplies `part`.
    Towards {
        target: Verdict,
        total: u8,
        part: Part,
    },
    /// An ILO/EC indicator not yet observed (or only suspected: `confirm`):
    /// a "yes" raises `dimension` to `level` (not raised when `None`) and
    /// makes the verdict `yes` (unchanged when `None`); `element` is the
    /// missing element of trafficking it supplies, if any.
    Indicator {
        dimension: Dimension,
        level: Option<Level>,
        yes: Option<Verdict>,
        confirm: bool,
        element: Option<Element>,
    },
}

/// How the answers of a deciding question are put ("if yes", "if irregular",
/// "if the person is under 18").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum AnswerWords {
    /// Yes or no.
    YesNo,
    /// Irregular or regular.
    Regularity,
    /// Under 18 or 18 and over.
    Age,
}

/// A part of a finding that an answer supplies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Part {
    /// The act element.
    Act,
    /// The person being a child (a limb for children only).
    Child,
    /// The means element, or the person being a child.
    MeansOrChild,
    /// The means element.
    Means,
    /// The purpose element.
    Purpose,
    /// A financial or other material benefit.
    Benefit,
    /// An irregular entry or stay procured by another.
    Procured,
    /// A migration.
    Migration,
    /// A risk factor.
    RiskFactor,
    /// A border crossing.
    BorderCrossing,
    /// An irregular entry or stay.
    IrregularEntryOrStay,
}

/// A conflict in the input that the engine resolved, as data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Warning {
    /// A stated age outside the estimate: the stated age is used.
    AgeOutsideEstimate { age: u8, range: AgeRange },
    /// Signs of childhood, but a stated age of 18 or over.
    SignsButAdultAge,
    /// Signs of childhood, but an estimate entirely 18 or over: the person
    /// is presumed a child.
    SignsButAdultEstimate,
    /// The entry is irregular, but no border was crossed.
    EntryWithoutCrossing,
    /// The exploitation happened, but every stated purpose is ruled out.
    ExploitationWithoutPurpose,
    /// Family or humanitarian help, and a material benefit, both
    /// established: the benefit decides (smuggling is not excluded).
    FamilyAndBenefit,
    /// Under a definition that reads a sale into a payment to a person in
    /// control, a transfer or receipt and such a payment are recorded, but
    /// the exchange of control is stated false: no sale is read in.
    SaleButNoExchange,
    /// An attempt is read from an entry procured for a benefit that did
    /// not happen, but no crossing is stated to have been planned.
    AttemptButNoCrossingPlanned,
    /// The entry is recorded as regular, but false travel or identity
    /// documents are recorded as used, and no irregular stay accounts for
    /// them: an entry on them is illegal (Smuggling Protocol art. 3(b)). The
    /// entry is taken as recorded.
    RegularEntryOnFalseDocuments,
    /// The marriage is stated not servile, but a payment to a person in
    /// control of the woman is established, which shows it servile (1956
    /// Convention art. 1(c)(i)): the payment is followed.
    NotServileButPaid,
    /// Indicator ids on no list of the policy.
    UnknownIndicators { policy: String, ids: Vec<String> },
    /// A fact stated false that the indicators evidence.
    IndicatorConflict { field: Field },
    /// The ILO/EC data could not be loaded.
    IloData { error: String },
}

/// The assessment of one case (contract v1 §4).
#[derive(Debug, Clone, Serialize)]
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
    pub ilo: Option<IloFinding>,
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
    /// The warnings as data, in the order of `warnings`.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) warned: Vec<Warning>,
}

/// Read back from its contract v1 JSON, an assessment recovers what the
/// output determines of the data its words were written from: each reason's
/// topic (from its rule and its place among the reasons), the reasons that
/// state the elements found, each question's field (from its path). Read
/// back, it is equal to the assessment written, and explained the same.
impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read::Wire::deserialize(deserializer).map(Assessment::from)
    }
}

on_the_wire!(Assessment {
    contract,
    engine,
    id,
    profile,
    provenance,
    verdict,
    labels,
    person,
    trafficking,
    ilo,
    smuggling,
    irregular_migration,
    unsafe_migration,
    flags,
    reasons,
    next_questions,
    warnings
});

impl Assessment {
    /// True when `flag` is set.
    pub fn has_flag(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }

    /// The reasons given under rule `id`.
    pub fn reasons_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Reason> + 'a {
        self.reasons.iter().filter(move |r| r.rule == id)
    }

    /// The status of one element of trafficking.
    pub fn element_status(&self, element: Element) -> ElementStatus {
        let e = &self.trafficking.elements;
        match element {
            Element::Act => e.act.status,
            Element::Means => e.means.status,
            Element::Purpose => e.purpose.status,
        }
    }
}

// ---- The ILO/EC assessment (present when a case has indicators) ----

/// One stated indicator, as graded on the list used.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct IndicatorFinding {
    /// `dimension.indicator`.
    pub id: String,
    /// What the case says: `true`, `"suspected"` or `false`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::assessment::FactSchema"))]
    pub fact: Fact,
    /// Its grade on the list used; absent when the indicator is not on that list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
    /// How sure we are of the grade (`V`, `S`, `R`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// The indicator's wording on the list used (or, for one not on it, on
    /// the list that has it), as it reads inside a sentence: what the
    /// reasons call it. Not on the wire.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) name: Option<Cow<'static, str>>,
}

on_the_wire!(IndicatorFinding {
    id,
    fact,
    grade,
    confidence
});

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
    pub(crate) fn add(&mut self, grade: Grade) {
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
#[derive(Debug, Clone, Serialize, Deserialize)]
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
    /// Why this list, in words.
    pub list_basis: String,
    /// Caveats, in words: a list used in place of another, indicators not on
    /// the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Why this list, as data.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) basis: ListBasis,
    /// The caveats, as data.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) noted: Vec<IloNote>,
    /// What the words need of the data the indicators were assessed with.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) context: IloContext,
    /// The six dimensions, in the ILO's order.
    pub dimensions: Vec<DimensionFinding>,
    /// The policy's verdict.
    pub verdict: IloVerdict,
    /// Every fact of contract v1 that the indicators evidence, with the rule
    /// and the indicators behind it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mapped: Vec<DerivedFact>,
}

on_the_wire!(IloFinding {
    policy,
    list,
    requested_list,
    list_basis,
    notes,
    dimensions,
    verdict,
    mapped
});

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

/// One fact evidenced by indicators, as reported in the output (`ilo.mapped`
/// and `elements.*.derived`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DerivedFact {
    /// The fact's dotted path in contract v1 (`means.coercion`).
    pub fact: String,
    /// How far the indicators take it.
    pub level: Level,
    /// The mapping rule (`ilo.2009.mapping.*`).
    pub rule: String,
    /// The positive dimensions behind it (empty for single indicators).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<Dimension>,
    /// The indicators behind it.
    pub indicators: Vec<String>,
    /// Why, as data.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) why: Why,
    /// Held at `suspected` because only the children's lists, which apply
    /// while the person is presumed to be a child, give more.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) presumed: bool,
}

on_the_wire!(DerivedFact {
    fact,
    level,
    rule,
    dimensions,
    indicators
});

/// What the words of the ILO/EC reasons need of the data (lists and
/// policy) the indicators were assessed with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) struct IloContext {
    /// The title of the list used.
    pub list_title: String,
    /// How sure we are of the list used.
    pub list_confidence: Option<Confidence>,
    /// The note of the list called for, when another was used in its place.
    pub requested_note: Option<String>,
    /// The clauses of the dimension rule, in words.
    pub rule_labels: Vec<String>,
    /// The policy's trafficking outcome for the person's age group: its
    /// requirement in words and the groups of dimensions it requires.
    pub trafficking_outcome: Option<(String, Vec<Vec<Dimension>>)>,
}

/// Why a fact is read from the indicators, as data (the words are written
/// from it and from the ILO/EC finding).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) enum Why {
    /// Read back from JSON.
    #[default]
    Unknown,
    /// A positive dimension evidences the fact (`key`: which mapping).
    Dimension {
        dimension: Dimension,
        key: &'static str,
    },
    /// Coercion with work or services in evidence: forced labour (ILO C29
    /// art. 2(1)). `coercion`: the positive coercion dimensions that carried
    /// it; `signs`: single coercion indicators (when no dimension did);
    /// `work`: the indicators that show work; `recruitment`: indicators of
    /// deception or coercion at recruitment (involuntariness), if any.
    ForcedLabour {
        coercion: Vec<Dimension>,
        signs: Vec<String>,
        work: Vec<String>,
        recruitment: Vec<String>,
    },
    /// The exploitation took place (evidence of the purpose).
    ExploitationOccurred,
    /// Abuse of vulnerability at recruitment, the abuse itself shown.
    AbuseAtRecruitment { abuse: Vec<String> },
    /// A vulnerability with exploitative conditions: reasonable grounds.
    VulnerabilityWithExploitation { dimensions: Vec<Dimension> },
    /// Single indicators, signs of the fact.
    Sign,
    /// Indicators of how the person was recruited: a recruitment took place.
    Recruited,
    /// Indicators of the person's situation when recruited: a recruitment
    /// is suggested, no more.
    RecruitedInSituation,
    /// Indicators that describe a position of vulnerability.
    Vulnerable,
    /// Indicators that describe a risk factor.
    Risk,
}

/// Why a list was chosen, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct ListBasis {
    /// Who the person is.
    pub person: Option<PersonStatus>,
    /// A purpose of sexual exploitation is stated.
    pub sexual: bool,
}

/// A caveat of the ILO/EC assessment, as data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum IloNote {
    /// The list called for is not encoded; its note says what was used.
    Fallback(ListName),
    /// An indicator is not on the list used.
    NotOnList { id: String, list: ListName },
}

/// The JSON Schema of a fact in outputs: `true`, `"suspected"`, `false`, `null`.
#[cfg(feature = "schema")]
pub(crate) struct FactSchema;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FactSchema {
    fn schema_name() -> Cow<'static, str> {
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

#[cfg(test)]
mod tests {
    use super::Verdict;

    /// The order of precedence (contract v1) is `Verdict::ALL`, and a
    /// verdict's place in it is what `precedence` says.
    #[test]
    fn a_verdict_s_precedence_is_its_place_in_all() {
        for (i, v) in Verdict::ALL.into_iter().enumerate() {
            assert_eq!(v.precedence(), i, "{v:?}");
        }
    }
}
