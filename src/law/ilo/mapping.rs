//! palermo's mapping from ILO/EC indicators to the facts of contract v1, as
//! data: which positive dimension evidences which fact, which single
//! indicators are signs of which fact, which describe a risk factor. The
//! procedure that applies it is [`crate::decide`]; the rules that justify
//! each line are in [`super`].

use super::Dimension::{
    self, CoercionAtDestination as D5, CoerciveRecruitment as D2, DeceptiveRecruitment as D1,
    RecruitmentByAbuseOfVulnerability as D3,
};
use crate::law::Rule;
use crate::model::{Act, Field, Means, Purpose, RiskFactor};

/// A fact of contract v1 that indicators can evidence.
pub type Evidence = Field;

/// A positive dimension evidences a fact, up to `cap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ByDimension {
    /// The dimension.
    pub dimension: Dimension,
    /// The fact it evidences.
    pub target: Evidence,
    /// The mapping rule.
    pub rule: &'static Rule,
    /// The highest level the dimension can give the fact.
    pub cap: crate::model::Level,
    /// Why, as a message key (`ilo-why-<key>` in the catalogues).
    pub key: &'static str,
}

/// The facts each positive dimension evidences.
pub const BY_DIMENSION: &[ByDimension] = &[
    ByDimension {
        dimension: D1,
        target: Field::Means(Means::Deception),
        rule: &super::DECEPTION,
        cap: crate::model::Level::Established,
        key: "deception",
    },
    ByDimension {
        dimension: D1,
        target: Field::Act(Act::Recruitment),
        rule: &super::RECRUITMENT,
        cap: crate::model::Level::Established,
        key: "recruitment",
    },
    ByDimension {
        dimension: D2,
        target: Field::Means(Means::Coercion),
        rule: &super::COERCION,
        cap: crate::model::Level::Established,
        key: "coercion-recruitment",
    },
    ByDimension {
        dimension: D2,
        target: Field::Act(Act::Recruitment),
        rule: &super::RECRUITMENT,
        cap: crate::model::Level::Established,
        key: "recruitment",
    },
    ByDimension {
        dimension: D3,
        target: Field::Act(Act::Recruitment),
        rule: &super::RECRUITMENT,
        cap: crate::model::Level::Established,
        key: "recruitment",
    },
    ByDimension {
        dimension: D5,
        target: Field::Means(Means::Coercion),
        rule: &super::COERCION,
        cap: crate::model::Level::Established,
        key: "coercion-destination",
    },
    ByDimension {
        dimension: D5,
        target: Field::Act(Act::Harbouring),
        rule: &super::HARBOURING,
        cap: crate::model::Level::Suspected,
        key: "harbouring",
    },
];

/// Recruitment-by-abuse-of-vulnerability indicators that describe the abuse
/// itself (part (ii) of the two-part test), not only a vulnerability.
pub const ABUSE: &[&str] = &[
    "recruitment_by_abuse_of_vulnerability.abuse_of_difficult_family_situation",
    "recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_education",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_information",
    "recruitment_by_abuse_of_vulnerability.abuse_of_cultural_or_religious_beliefs",
    "recruitment_by_abuse_of_vulnerability.false_information_about_law",
    "recruitment_by_abuse_of_vulnerability.false_information_about_successful_migration",
];

/// A single indicator is a sign of a legal fact: at most suspected.
pub const SIGNS: &[(&str, Field)] = &[
    (
        "coercive_recruitment.violence_on_victims",
        Field::Means(Means::Force),
    ),
    (
        "coercion_at_destination.violence_on_victims",
        Field::Means(Means::Force),
    ),
    (
        "coercive_recruitment.threats_of_violence_against_victim",
        Field::Means(Means::Threat),
    ),
    (
        "coercion_at_destination.threats_of_violence_against_victim",
        Field::Means(Means::Threat),
    ),
    (
        "coercive_recruitment.violence_on_family",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.violence_on_family",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.abduction_forced_marriage_adoption_or_sale",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.confiscation_of_documents",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.confiscation_of_documents",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.debt_bondage",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.debt_bondage",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.isolation_confinement_or_surveillance",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.isolation_confinement_or_surveillance",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.threat_of_denunciation_to_authorities",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.threat_of_denunciation_to_authorities",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.threat_to_inform_family_community_or_public",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.threat_to_inform_family_community_or_public",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.withholding_of_money",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.withholding_of_wages",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_into_illicit_or_criminal_activities",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_tasks_or_clients",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_to_act_against_peers",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_to_lie_to_authorities_or_family",
        Field::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.threat_to_impose_worse_working_conditions",
        Field::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.debt_bondage",
        Field::Purpose(Purpose::PracticesSimilarToSlavery),
    ),
    (
        "coercion_at_destination.debt_bondage",
        Field::Purpose(Purpose::PracticesSimilarToSlavery),
    ),
    (
        "coercion_at_destination.forced_into_illicit_or_criminal_activities",
        Field::Purpose(Purpose::ForcedCriminality),
    ),
];

/// Indicators that describe a risk factor of contract v1: at their own level.
pub const RISKS: &[(&str, RiskFactor)] = &[
    (
        "coercive_recruitment.confiscation_of_documents",
        RiskFactor::DocumentsHeldByOthers,
    ),
    (
        "coercion_at_destination.confiscation_of_documents",
        RiskFactor::DocumentsHeldByOthers,
    ),
    (
        "exploitative_conditions.excessive_working_days_or_hours",
        RiskFactor::LabourRightsViolations,
    ),
    (
        "exploitative_conditions.hazardous_work",
        RiskFactor::LabourRightsViolations,
    ),
    (
        "exploitative_conditions.low_or_no_salary",
        RiskFactor::LabourRightsViolations,
    ),
    (
        "exploitative_conditions.no_respect_of_labour_laws_or_contract",
        RiskFactor::LabourRightsViolations,
    ),
    (
        "exploitative_conditions.no_social_protection",
        RiskFactor::LabourRightsViolations,
    ),
    (
        "exploitative_conditions.very_bad_working_conditions",
        RiskFactor::LabourRightsViolations,
    ),
    (
        "exploitative_conditions.wage_manipulation",
        RiskFactor::LabourRightsViolations,
    ),
];

/// Indicators that show work or services being done (a premise of forced
/// labour, ILO C29 art. 2(1): "all work or service"): every indicator of
/// exploitative conditions of work, and the indicators of coercion at
/// destination that presuppose work. They show work, never the menace of a
/// penalty.
pub const WORK: &[&str] = &[
    "exploitative_conditions.*",
    "coercion_at_destination.withholding_of_wages",
    "coercion_at_destination.forced_tasks_or_clients",
    "coercion_at_destination.forced_into_illicit_or_criminal_activities",
    "coercion_at_destination.threat_to_impose_worse_working_conditions",
    "coercion_at_destination.debt_bondage",
];

/// Whether the indicator `id` shows work or services being done ([`WORK`]).
pub fn shows_work(id: &str) -> bool {
    WORK.iter().any(|w| match w.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => *w == id,
    })
}

/// The facts single indicators are signs of ([`SIGNS`]), one bit each of
/// [`Reading::signs`]. A unit test checks that every target of [`SIGNS`] is
/// here.
pub(crate) const SIGN_TARGETS: [Field; 5] = [
    Field::Means(Means::Force),
    Field::Means(Means::Threat),
    Field::Means(Means::Coercion),
    Field::Purpose(Purpose::PracticesSimilarToSlavery),
    Field::Purpose(Purpose::ForcedCriminality),
];

/// What the tables of the mapping say of one indicator id, read once (the
/// tables are searched by id; an indicator on a list carries its reading):
/// what it is a sign of ([`SIGNS`]), which risk factor it describes
/// ([`RISKS`]), whether it describes the abuse of a vulnerability
/// ([`ABUSE`]) and whether it shows work ([`WORK`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct Reading {
    /// Bit `i`: a sign of [`SIGN_TARGETS`]`[i]`.
    pub signs: u8,
    /// Bit `i`: describes the risk factor of index `i`.
    pub risks: u32,
    /// In [`ABUSE`].
    pub abuse: bool,
    /// Shows work ([`shows_work`]).
    pub work: bool,
}

impl Reading {
    /// The reading of indicator `id`.
    pub fn of(id: &str) -> Reading {
        use crate::model::Vocabulary;
        let mut reading = Reading {
            abuse: ABUSE.contains(&id),
            work: shows_work(id),
            ..Reading::default()
        };
        for (_, target) in SIGNS.iter().filter(|(s, _)| *s == id) {
            if let Some(i) = SIGN_TARGETS.iter().position(|t| t == target) {
                reading.signs |= 1 << i;
            }
        }
        for (_, risk) in RISKS.iter().filter(|(r, _)| *r == id) {
            reading.risks |= 1 << risk.index();
        }
        reading
    }

    /// The facts it is a sign of.
    pub fn sign_targets(self) -> impl Iterator<Item = Field> {
        SIGN_TARGETS
            .into_iter()
            .enumerate()
            .filter(move |(i, _)| self.signs & (1 << i) != 0)
            .map(|(_, t)| t)
    }

    /// The risk factors it describes.
    pub fn risk_factors(self) -> impl Iterator<Item = RiskFactor> {
        use crate::model::Vocabulary;
        RiskFactor::ALL
            .iter()
            .copied()
            .filter(move |r| self.risks & (1 << r.index()) != 0)
    }

    /// A sign of coercion, force or a threat: the menace of a penalty.
    pub fn coercion_sign(self) -> bool {
        self.sign_targets().any(|t| {
            matches!(
                t,
                Field::Means(Means::Coercion | Means::Force | Means::Threat)
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vocabulary;

    /// A reading says what the tables say, for every id they name.
    #[test]
    fn a_reading_is_what_the_tables_say() {
        assert!(RiskFactor::ALL.len() <= 32);
        let ids = SIGNS
            .iter()
            .map(|(id, _)| *id)
            .chain(RISKS.iter().map(|(id, _)| *id))
            .chain(ABUSE.iter().copied())
            .chain(WORK.iter().copied())
            .chain(["exploitative_conditions.hazardous_work", "nothing.at_all"]);
        for id in ids {
            let r = Reading::of(id);
            let signs: Vec<Field> = SIGNS
                .iter()
                .filter(|(s, _)| *s == id)
                .map(|(_, t)| *t)
                .collect();
            let mut got: Vec<Field> = r.sign_targets().collect();
            let mut want = signs.clone();
            got.sort();
            want.sort();
            want.dedup();
            assert_eq!(got, want, "{id}");
            let mut risks: Vec<RiskFactor> = RISKS
                .iter()
                .filter(|(s, _)| *s == id)
                .map(|(_, k)| *k)
                .collect();
            risks.sort();
            risks.dedup();
            assert_eq!(r.risk_factors().collect::<Vec<_>>(), risks, "{id}");
            assert_eq!(r.abuse, ABUSE.contains(&id), "{id}");
            assert_eq!(r.work, shows_work(id), "{id}");
            assert_eq!(
                r.coercion_sign(),
                signs.iter().any(|t| matches!(
                    t,
                    Field::Means(Means::Coercion | Means::Force | Means::Threat)
                )),
                "{id}"
            );
        }
        for (_, target) in SIGNS {
            assert!(SIGN_TARGETS.contains(target), "{target:?}");
        }
    }
}
