//! The case: what is known about the person, the act, the means, the
//! purpose, the movement and the risks.

use super::{Act, Fact, FactSet, Means, Purpose, RiskFactor};
use serde::Serialize;

/// For `skip_serializing_if`: a fact not stated is left out of the JSON.
fn not_stated(fact: &Fact) -> bool {
    fact.is_not_stated()
}

/// Whether an entry into, or a stay in, a State complied with its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regularity {
    /// Within the rules of the State.
    Regular,
    /// Outside the rules of the State.
    Irregular,
}

impl Regularity {
    /// The contract name (`regular`, `irregular`).
    pub const fn name(self) -> &'static str {
        match self {
            Regularity::Regular => "regular",
            Regularity::Irregular => "irregular",
        }
    }
}

/// What happened between the person and the facilitator after arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// The relationship ended on arrival: the pattern of smuggling.
    Ended,
    /// The relationship continued (control, debt, work): a trafficking indicator.
    Continued,
}

impl Relationship {
    /// The contract name (`ended`, `continued`).
    pub const fn name(self) -> &'static str {
        match self {
            Relationship::Ended => "ended",
            Relationship::Continued => "continued",
        }
    }
}

/// An estimate of age in whole years, both ends inclusive. The reader
/// refuses `min > max`; the engine reads a range built that way by hand as
/// the span between its ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct AgeRange {
    /// Youngest plausible age.
    pub min: u8,
    /// Oldest plausible age.
    pub max: u8,
}

/// The highest age contract v1 takes, in years: for an age, and for either
/// end of an estimate. An estimate that reaches it is open at the top
/// ("18 or over", as a record that says only "adult" is read).
pub const MAX_AGE: u8 = 130;

/// What is known about the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[non_exhaustive]
pub struct Person {
    /// Age in whole years at the time of the act (0 to [`MAX_AGE`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// An estimate when the age is not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_estimate: Option<AgeRange>,
    /// Signs that the person may be a child (appearance, school, documents).
    #[serde(skip_serializing_if = "not_stated")]
    pub child_indicators: Fact,
    /// A position of vulnerability exists. On its own this is never a means.
    #[serde(skip_serializing_if = "not_stated")]
    pub vulnerable: Fact,
    /// The person is under general custody, curatorship or legal custody
    /// (a guardian or curator appointed for them, or a carer with lawful
    /// custody), whatever their age. Named by the Cambodian law of 2008,
    /// art. 8(2), whose removal-from-custody limb reaches such a person as
    /// it reaches a minor (contract revision 2).
    #[serde(skip_serializing_if = "not_stated")]
    pub under_guardianship: Fact,
}

impl Person {
    /// True when nothing is known about the person.
    pub fn is_empty(&self) -> bool {
        *self == Person::default()
    }
}

/// The facilitator of a migration, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[non_exhaustive]
pub struct Facilitator {
    /// Someone else procured the person's entry into the State.
    #[serde(skip_serializing_if = "not_stated")]
    pub procured_entry: Fact,
    /// Someone else enabled the person to remain without meeting the requirements.
    #[serde(skip_serializing_if = "not_stated")]
    pub enabled_irregular_stay: Fact,
    /// The facilitator acted to obtain a financial or other material benefit.
    #[serde(skip_serializing_if = "not_stated")]
    pub material_benefit: Fact,
    /// The help was humanitarian or given on the basis of close family ties.
    #[serde(skip_serializing_if = "not_stated")]
    pub humanitarian_or_family: Fact,
    /// Whether the relationship ended on arrival or continued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relationship_after_arrival: Option<Relationship>,
}

impl Facilitator {
    /// True when nothing is known about a facilitator.
    pub fn is_empty(&self) -> bool {
        *self == Facilitator::default()
    }
}

/// The person's movement, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[non_exhaustive]
pub struct Movement {
    /// The person moved from their place of residence (within or across borders).
    #[serde(skip_serializing_if = "not_stated")]
    pub migrated: Fact,
    /// The person crossed an international border.
    #[serde(skip_serializing_if = "not_stated")]
    pub crossed_border: Fact,
    /// How the person entered the State of destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<Regularity>,
    /// The person's stay in the State of destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stay: Option<Regularity>,
    /// The person is a national or permanent resident of the destination State.
    /// Not stated means not a national (a person cannot be smuggled into their own State).
    #[serde(skip_serializing_if = "not_stated")]
    pub national_or_resident_of_destination: Fact,
    /// Who helped with the movement, and how.
    #[serde(skip_serializing_if = "Facilitator::is_empty")]
    pub facilitator: Facilitator,
    /// Fraudulent travel or identity documents were used.
    #[serde(skip_serializing_if = "not_stated")]
    pub fraudulent_documents: Fact,
    /// The person's life or safety was endangered during the movement.
    #[serde(skip_serializing_if = "not_stated")]
    pub life_endangered: Fact,
    /// The person suffered inhuman or degrading treatment, including for exploitation.
    #[serde(skip_serializing_if = "not_stated")]
    pub inhuman_or_degrading_treatment: Fact,
    /// A border crossing was intended (arranged, or under way) but had not
    /// happened (contract revision 2): stopped at the airport, abandoned at
    /// sea before landing.
    #[serde(skip_serializing_if = "not_stated")]
    pub crossing_planned: Fact,
}

impl Movement {
    /// True when nothing is known about the movement.
    pub fn is_empty(&self) -> bool {
        *self == Movement::default()
    }
}

/// The facts of one case: what [`crate::evaluate`] decides on.
///
/// Every field is optional in the wire format; here "not stated" is the
/// default of each fact, so `Case::default()` is a case about which nothing is
/// known. Serialised, it is contract v1 input with the facts not stated left
/// out. How to read the case (a jurisdiction profile) and what the screener
/// observed in another vocabulary (ILO/EC indicators) travel beside it, in
/// [`crate::Input`], not in the facts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
#[non_exhaustive]
pub struct Case {
    /// The caller's identifier, echoed back unchanged. The only input text
    /// that ever appears in an output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What is known about the person.
    #[serde(skip_serializing_if = "Person::is_empty")]
    pub person: Person,
    /// The act element.
    #[serde(skip_serializing_if = "FactSet::is_empty")]
    pub act: FactSet<Act>,
    /// The means element.
    #[serde(skip_serializing_if = "FactSet::is_empty")]
    pub means: FactSet<Means>,
    /// The purpose element.
    #[serde(skip_serializing_if = "FactSet::is_empty")]
    pub purpose: FactSet<Purpose>,
    /// The person agreed. Evidential only: it never changes a finding.
    #[serde(skip_serializing_if = "not_stated")]
    pub consent: Fact,
    /// The exploitation actually took place. Evidential only: purpose is intent.
    #[serde(skip_serializing_if = "not_stated")]
    pub exploitation_occurred: Fact,
    /// Movement, borders and facilitation.
    #[serde(skip_serializing_if = "Movement::is_empty")]
    pub movement: Movement,
    /// Risk factors of unsafe migration.
    #[serde(skip_serializing_if = "FactSet::is_empty")]
    pub risk_factors: FactSet<RiskFactor>,
    /// The person has claimed, or may claim, asylum.
    #[serde(skip_serializing_if = "not_stated")]
    pub asylum_claim: Fact,
    /// The person committed offences (for example with false documents, or
    /// compelled criminal activity).
    #[serde(skip_serializing_if = "not_stated")]
    pub offences_by_person: Fact,
}

impl Case {
    /// A case about which nothing is known yet; fill it in field by field.
    ///
    /// ```
    /// use palermo::model::{Act, Case, Fact, Means, Purpose};
    /// let mut case = Case::new();
    /// case.act.set(Act::Recruitment, Fact::Established);
    /// case.means.set(Means::Deception, Fact::Established);
    /// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
    /// assert_eq!(palermo::evaluate(&case).verdict, palermo::Verdict::Trafficking);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Builder form: the same case with an id.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }
}
