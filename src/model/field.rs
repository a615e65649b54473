//! Every fact a case records, by name: the dotted paths of contract v1
//! (`means.deception`, `person.age`) as a type, so that questions, reasons
//! and forms can point at a fact without spelling its path.

use super::{Act, AgeRange, Case, Fact, Means, Purpose, Regularity, Relationship, RiskFactor};
use super::{Level, Vocabulary};

/// One fact of a case, as a typed path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// `person.age`: a whole number of years.
    Age,
    /// `person.age_estimate`: a range of years.
    AgeEstimate,
    /// `person.child_indicators`.
    ChildIndicators,
    /// `person.vulnerable`.
    Vulnerable,
    /// `person.under_guardianship`.
    UnderGuardianship,
    /// `act.*`.
    Act(Act),
    /// `means.*`.
    Means(Means),
    /// `purpose.*`.
    Purpose(Purpose),
    /// `consent`.
    Consent,
    /// `exploitation_occurred`.
    ExploitationOccurred,
    /// `movement.migrated`.
    Migrated,
    /// `movement.crossed_border`.
    CrossedBorder,
    /// `movement.entry`: regular or irregular.
    Entry,
    /// `movement.stay`: regular or irregular.
    Stay,
    /// `movement.national_or_resident_of_destination`.
    NationalOrResident,
    /// `movement.facilitator.procured_entry`.
    ProcuredEntry,
    /// `movement.facilitator.enabled_irregular_stay`.
    EnabledIrregularStay,
    /// `movement.facilitator.material_benefit`.
    MaterialBenefit,
    /// `movement.facilitator.humanitarian_or_family`.
    HumanitarianOrFamily,
    /// `movement.facilitator.relationship_after_arrival`: ended or continued.
    RelationshipAfterArrival,
    /// `movement.fraudulent_documents`.
    FraudulentDocuments,
    /// `movement.life_endangered`.
    LifeEndangered,
    /// `movement.inhuman_or_degrading_treatment`.
    InhumanOrDegradingTreatment,
    /// `movement.crossing_planned`: a crossing intended but not made.
    CrossingPlanned,
    /// `risk_factors.*`.
    Risk(RiskFactor),
    /// `asylum_claim`.
    AsylumClaim,
    /// `offences_by_person`.
    OffencesByPerson,
}

/// The value of one field: what an answer sets and what a case holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Answer {
    /// A tri-state fact (or not stated).
    Fact(Fact),
    /// An age in whole years, or not stated.
    Age(Option<u8>),
    /// An age estimate, or not stated.
    Estimate(Option<AgeRange>),
    /// Regular or irregular, or not stated.
    Regularity(Option<Regularity>),
    /// Ended or continued, or not stated.
    Relationship(Option<Relationship>),
}

impl Answer {
    /// True when the answer says nothing.
    pub fn is_not_stated(self) -> bool {
        matches!(
            self,
            Answer::Fact(Fact::NotStated)
                | Answer::Age(None)
                | Answer::Estimate(None)
                | Answer::Regularity(None)
                | Answer::Relationship(None)
        )
    }
}

const PERSON: [Field; 5] = [
    Field::Age,
    Field::AgeEstimate,
    Field::ChildIndicators,
    Field::Vulnerable,
    Field::UnderGuardianship,
];
const EVIDENCE: [Field; 2] = [Field::Consent, Field::ExploitationOccurred];
const MOVEMENT: [Field; 14] = [
    Field::Migrated,
    Field::CrossedBorder,
    Field::Entry,
    Field::Stay,
    Field::NationalOrResident,
    Field::ProcuredEntry,
    Field::EnabledIrregularStay,
    Field::MaterialBenefit,
    Field::HumanitarianOrFamily,
    Field::RelationshipAfterArrival,
    Field::FraudulentDocuments,
    Field::LifeEndangered,
    Field::InhumanOrDegradingTreatment,
    Field::CrossingPlanned,
];
const PROTECTION: [Field; 2] = [Field::AsylumClaim, Field::OffencesByPerson];

impl Field {
    /// How many fields there are.
    pub(crate) const COUNT: usize = PERSON.len()
        + Act::ALL.len()
        + Means::ALL.len()
        + Purpose::ALL.len()
        + EVIDENCE.len()
        + MOVEMENT.len()
        + RiskFactor::ALL.len()
        + PROTECTION.len();

    /// The place of this field in [`Field::all`]: an index for tables of
    /// what is said of each field.
    pub(crate) fn ordinal(self) -> usize {
        const ACTS: usize = PERSON.len();
        const MEANS: usize = ACTS + Act::ALL.len();
        const PURPOSES: usize = MEANS + Means::ALL.len();
        const EVIDENCE_AT: usize = PURPOSES + Purpose::ALL.len();
        const MOVEMENT_AT: usize = EVIDENCE_AT + EVIDENCE.len();
        const RISKS: usize = MOVEMENT_AT + MOVEMENT.len();
        const PROTECTION_AT: usize = RISKS + RiskFactor::ALL.len();
        match self {
            Field::Age => 0,
            Field::AgeEstimate => 1,
            Field::ChildIndicators => 2,
            Field::Vulnerable => 3,
            Field::UnderGuardianship => 4,
            Field::Act(m) => ACTS + m.index(),
            Field::Means(m) => MEANS + m.index(),
            Field::Purpose(m) => PURPOSES + m.index(),
            Field::Consent => EVIDENCE_AT,
            Field::ExploitationOccurred => EVIDENCE_AT + 1,
            Field::Migrated => MOVEMENT_AT,
            Field::CrossedBorder => MOVEMENT_AT + 1,
            Field::Entry => MOVEMENT_AT + 2,
            Field::Stay => MOVEMENT_AT + 3,
            Field::NationalOrResident => MOVEMENT_AT + 4,
            Field::ProcuredEntry => MOVEMENT_AT + 5,
            Field::EnabledIrregularStay => MOVEMENT_AT + 6,
            Field::MaterialBenefit => MOVEMENT_AT + 7,
            Field::HumanitarianOrFamily => MOVEMENT_AT + 8,
            Field::RelationshipAfterArrival => MOVEMENT_AT + 9,
            Field::FraudulentDocuments => MOVEMENT_AT + 10,
            Field::LifeEndangered => MOVEMENT_AT + 11,
            Field::InhumanOrDegradingTreatment => MOVEMENT_AT + 12,
            Field::CrossingPlanned => MOVEMENT_AT + 13,
            Field::Risk(m) => RISKS + m.index(),
            Field::AsylumClaim => PROTECTION_AT,
            Field::OffencesByPerson => PROTECTION_AT + 1,
        }
    }

    /// Every field, in contract order.
    pub fn all() -> impl Iterator<Item = Field> {
        PERSON
            .into_iter()
            .chain(Act::ALL.iter().map(|m| Field::Act(*m)))
            .chain(Means::ALL.iter().map(|m| Field::Means(*m)))
            .chain(Purpose::ALL.iter().map(|m| Field::Purpose(*m)))
            .chain(EVIDENCE)
            .chain(MOVEMENT)
            .chain(RiskFactor::ALL.iter().map(|m| Field::Risk(*m)))
            .chain(PROTECTION)
    }

    /// The dotted path in contract v1 (`means.deception`).
    pub fn path(self) -> &'static str {
        match self {
            Field::Age => "person.age",
            Field::AgeEstimate => "person.age_estimate",
            Field::ChildIndicators => "person.child_indicators",
            Field::Vulnerable => "person.vulnerable",
            Field::UnderGuardianship => "person.under_guardianship",
            Field::Act(m) => m.path(),
            Field::Means(m) => m.path(),
            Field::Purpose(m) => m.path(),
            Field::Consent => "consent",
            Field::ExploitationOccurred => "exploitation_occurred",
            Field::Migrated => "movement.migrated",
            Field::CrossedBorder => "movement.crossed_border",
            Field::Entry => "movement.entry",
            Field::Stay => "movement.stay",
            Field::NationalOrResident => "movement.national_or_resident_of_destination",
            Field::ProcuredEntry => "movement.facilitator.procured_entry",
            Field::EnabledIrregularStay => "movement.facilitator.enabled_irregular_stay",
            Field::MaterialBenefit => "movement.facilitator.material_benefit",
            Field::HumanitarianOrFamily => "movement.facilitator.humanitarian_or_family",
            Field::RelationshipAfterArrival => "movement.facilitator.relationship_after_arrival",
            Field::FraudulentDocuments => "movement.fraudulent_documents",
            Field::LifeEndangered => "movement.life_endangered",
            Field::InhumanOrDegradingTreatment => "movement.inhuman_or_degrading_treatment",
            Field::CrossingPlanned => "movement.crossing_planned",
            Field::Risk(m) => m.path(),
            Field::AsylumClaim => "asylum_claim",
            Field::OffencesByPerson => "offences_by_person",
        }
    }

    /// The field at a dotted path.
    ///
    /// ```
    /// use palermo::model::{Field, Means};
    /// assert_eq!(Field::from_path("means.deception"), Some(Field::Means(Means::Deception)));
    /// assert_eq!(Field::from_path("means.decepton"), None);
    /// ```
    pub fn from_path(path: &str) -> Option<Field> {
        let (group, name) = path.split_once('.').unwrap_or(("", path));
        match group {
            "act" => Act::from_name(name).map(Field::Act),
            "means" => Means::from_name(name).map(Field::Means),
            "purpose" => Purpose::from_name(name).map(Field::Purpose),
            "risk_factors" => RiskFactor::from_name(name).map(Field::Risk),
            _ => Field::all().find(|f| f.path() == path),
        }
    }

    /// Whether the field holds a tri-state fact (`true`, `"suspected"`,
    /// `false`), as most do; the others hold a number, a range or a choice.
    pub fn is_fact(self) -> bool {
        matches!(self.get(&Case::new()), Answer::Fact(_))
    }

    /// What `case` records for this field.
    pub fn get(self, case: &Case) -> Answer {
        let m = &case.movement;
        let f = &m.facilitator;
        Answer::Fact(match self {
            Field::Age => return Answer::Age(case.person.age),
            Field::AgeEstimate => return Answer::Estimate(case.person.age_estimate),
            Field::Entry => return Answer::Regularity(m.entry),
            Field::Stay => return Answer::Regularity(m.stay),
            Field::RelationshipAfterArrival => {
                return Answer::Relationship(f.relationship_after_arrival)
            }
            Field::ChildIndicators => case.person.child_indicators,
            Field::Vulnerable => case.person.vulnerable,
            Field::UnderGuardianship => case.person.under_guardianship,
            Field::Act(x) => case.act.get(x),
            Field::Means(x) => case.means.get(x),
            Field::Purpose(x) => case.purpose.get(x),
            Field::Consent => case.consent,
            Field::ExploitationOccurred => case.exploitation_occurred,
            Field::Migrated => m.migrated,
            Field::CrossedBorder => m.crossed_border,
            Field::NationalOrResident => m.national_or_resident_of_destination,
            Field::ProcuredEntry => f.procured_entry,
            Field::EnabledIrregularStay => f.enabled_irregular_stay,
            Field::MaterialBenefit => f.material_benefit,
            Field::HumanitarianOrFamily => f.humanitarian_or_family,
            Field::FraudulentDocuments => m.fraudulent_documents,
            Field::LifeEndangered => m.life_endangered,
            Field::InhumanOrDegradingTreatment => m.inhuman_or_degrading_treatment,
            Field::CrossingPlanned => m.crossing_planned,
            Field::Risk(x) => case.risk_factors.get(x),
            Field::AsylumClaim => case.asylum_claim,
            Field::OffencesByPerson => case.offences_by_person,
        })
    }

    /// The fact of a tri-state field (not stated for the others).
    pub fn fact(self, case: &Case) -> Fact {
        match self.get(case) {
            Answer::Fact(fact) => fact,
            _ => Fact::NotStated,
        }
    }

    /// The level of a tri-state field.
    pub fn level(self, case: &Case) -> Level {
        self.fact(case).level()
    }

    /// Whether `case` says anything about this field.
    pub fn is_stated(self, case: &Case) -> bool {
        !self.get(case).is_not_stated()
    }

    /// Record `answer` for this field. Returns `false`, and changes nothing,
    /// when the answer is of the wrong kind for the field (a number for a
    /// tri-state fact, say).
    pub fn set(self, case: &mut Case, answer: Answer) -> bool {
        let m = &mut case.movement;
        let slot: &mut Fact = match (self, answer) {
            (Field::Age, Answer::Age(age)) => {
                case.person.age = age;
                return true;
            }
            (Field::AgeEstimate, Answer::Estimate(range)) => {
                case.person.age_estimate = range;
                return true;
            }
            (Field::Entry, Answer::Regularity(r)) => {
                m.entry = r;
                return true;
            }
            (Field::Stay, Answer::Regularity(r)) => {
                m.stay = r;
                return true;
            }
            (Field::RelationshipAfterArrival, Answer::Relationship(r)) => {
                m.facilitator.relationship_after_arrival = r;
                return true;
            }
            (Field::Act(x), Answer::Fact(fact)) => {
                case.act.set(x, fact);
                return true;
            }
            (Field::Means(x), Answer::Fact(fact)) => {
                case.means.set(x, fact);
                return true;
            }
            (Field::Purpose(x), Answer::Fact(fact)) => {
                case.purpose.set(x, fact);
                return true;
            }
            (Field::Risk(x), Answer::Fact(fact)) => {
                case.risk_factors.set(x, fact);
                return true;
            }
            (_, Answer::Fact(_)) => match self {
                Field::ChildIndicators => &mut case.person.child_indicators,
                Field::Vulnerable => &mut case.person.vulnerable,
                Field::UnderGuardianship => &mut case.person.under_guardianship,
                Field::Consent => &mut case.consent,
                Field::ExploitationOccurred => &mut case.exploitation_occurred,
                Field::Migrated => &mut m.migrated,
                Field::CrossedBorder => &mut m.crossed_border,
                Field::NationalOrResident => &mut m.national_or_resident_of_destination,
                Field::ProcuredEntry => &mut m.facilitator.procured_entry,
                Field::EnabledIrregularStay => &mut m.facilitator.enabled_irregular_stay,
                Field::MaterialBenefit => &mut m.facilitator.material_benefit,
                Field::HumanitarianOrFamily => &mut m.facilitator.humanitarian_or_family,
                Field::FraudulentDocuments => &mut m.fraudulent_documents,
                Field::LifeEndangered => &mut m.life_endangered,
                Field::InhumanOrDegradingTreatment => &mut m.inhuman_or_degrading_treatment,
                Field::CrossingPlanned => &mut m.crossing_planned,
                Field::AsylumClaim => &mut case.asylum_claim,
                Field::OffencesByPerson => &mut case.offences_by_person,
                _ => return false,
            },
            _ => return false,
        };
        if let Answer::Fact(fact) = answer {
            *slot = fact;
        }
        true
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_reads_back_and_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for field in Field::all() {
            assert!(seen.insert(field.path()), "{field}");
            assert_eq!(Field::from_path(field.path()), Some(field));
        }
        assert_eq!(seen.len(), 5 + 11 + 11 + 21 + 2 + 14 + 8 + 2);
    }

    #[test]
    fn setting_a_field_is_reading_it_back() {
        for field in Field::all() {
            let mut case = Case::new();
            let answer = match field.get(&case) {
                Answer::Fact(_) => Answer::Fact(Fact::Suspected),
                Answer::Age(_) => Answer::Age(Some(17)),
                Answer::Estimate(_) => Answer::Estimate(Some(AgeRange { min: 15, max: 19 })),
                Answer::Regularity(_) => Answer::Regularity(Some(Regularity::Irregular)),
                Answer::Relationship(_) => Answer::Relationship(Some(Relationship::Ended)),
            };
            assert!(field.set(&mut case, answer), "{field}");
            assert_eq!(field.get(&case), answer, "{field}");
            assert!(field.is_stated(&case));
            // Only that field changed.
            for other in Field::all().filter(|o| *o != field) {
                assert!(!other.is_stated(&case), "{field} also set {other}");
            }
            assert!(!field.set(&mut case, Answer::Age(Some(3))) || field == Field::Age);
        }
    }

    #[test]
    fn a_field_s_ordinal_is_its_place_in_contract_order() {
        for (i, field) in Field::all().enumerate() {
            assert_eq!(field.ordinal(), i, "{field}");
        }
        assert_eq!(Field::all().count(), Field::COUNT);
    }
}
