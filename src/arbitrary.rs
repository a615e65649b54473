//! [`arbitrary::Arbitrary`] for [`Case`] and the input envelope, for fuzzing `evaluate` (feature
//! `arbitrary`).
//!
//! Every field takes any value its type allows, including values the JSON
//! reader would reject (an age of 200, an estimate with `min > max`): a
//! library caller can build such a case, and `evaluate` must not panic on it.

use crate::model::{
    AgeRange, Case, Facilitator, Fact, FactSet, Movement, Person, Regularity, Relationship,
    Vocabulary,
};
use arbitrary::{Arbitrary, Result, Unstructured};

impl<'a> Arbitrary<'a> for Fact {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(*u.choose(&[
            Fact::NotStated,
            Fact::RuledOut,
            Fact::Suspected,
            Fact::Established,
        ])?)
    }
}

impl<'a, V: Vocabulary> Arbitrary<'a> for FactSet<V> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut set = FactSet::new();
        for &member in V::ALL {
            set.set(member, Fact::arbitrary(u)?);
        }
        Ok(set)
    }
}

fn regularity(u: &mut Unstructured<'_>) -> Result<Option<Regularity>> {
    Ok(*u.choose(&[None, Some(Regularity::Regular), Some(Regularity::Irregular)])?)
}

impl<'a> Arbitrary<'a> for Case {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let age_estimate = if bool::arbitrary(u)? {
            Some(AgeRange {
                min: u8::arbitrary(u)?,
                max: u8::arbitrary(u)?,
            })
        } else {
            None
        };
        let person = Person {
            age: Option::<u8>::arbitrary(u)?,
            age_estimate,
            child_indicators: Fact::arbitrary(u)?,
            vulnerable: Fact::arbitrary(u)?,
            under_guardianship: Fact::arbitrary(u)?,
        };
        let facilitator = Facilitator {
            procured_entry: Fact::arbitrary(u)?,
            enabled_irregular_stay: Fact::arbitrary(u)?,
            material_benefit: Fact::arbitrary(u)?,
            humanitarian_or_family: Fact::arbitrary(u)?,
            relationship_after_arrival: *u.choose(&[
                None,
                Some(Relationship::Ended),
                Some(Relationship::Continued),
            ])?,
        };
        let movement = Movement {
            migrated: Fact::arbitrary(u)?,
            crossed_border: Fact::arbitrary(u)?,
            entry: regularity(u)?,
            stay: regularity(u)?,
            national_or_resident_of_destination: Fact::arbitrary(u)?,
            facilitator,
            fraudulent_documents: Fact::arbitrary(u)?,
            life_endangered: Fact::arbitrary(u)?,
            inhuman_or_degrading_treatment: Fact::arbitrary(u)?,
            crossing_planned: Fact::arbitrary(u)?,
        };
        Ok(Case {
            id: Option::<String>::arbitrary(u)?,
            person,
            act: FactSet::arbitrary(u)?,
            means: FactSet::arbitrary(u)?,
            purpose: FactSet::arbitrary(u)?,
            consent: Fact::arbitrary(u)?,
            exploitation_occurred: Fact::arbitrary(u)?,
            movement,
            risk_factors: FactSet::arbitrary(u)?,
            asylum_claim: Fact::arbitrary(u)?,
            offences_by_person: Fact::arbitrary(u)?,
        })
    }
}

impl<'a> Arbitrary<'a> for crate::decide::Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut input = crate::decide::Input::new(Case::arbitrary(u)?);
        if bool::arbitrary(u)? {
            input.profile = Some(*u.choose(&crate::law::profile::Profile::ALL)?);
        }
        input.indicators = indicators(u)?;
        Ok(input)
    }
}

/// Up to eight ILO/EC indicators, drawn from the embedded lists.
fn indicators(u: &mut Unstructured<'_>) -> Result<crate::model::Indicators> {
    let mut set = crate::model::Indicators::new();
    let Ok(data) = crate::law::ilo::IloData::embedded() else {
        return Ok(set);
    };
    let ids = data.ids();
    for _ in 0..u.int_in_range(0..=8)? {
        let id = *u.choose(&ids)?;
        set.set(id, Fact::arbitrary(u)?);
    }
    Ok(set)
}
