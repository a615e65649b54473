//! From indicators to the facts of contract v1: palermo's reading of the
//! ILO/EC indicators into the Protocol's elements, each mapping with its
//! rule in [`crate::law::ilo_indicators`].
//!
//! | from | to | level | rule |
//! |---|---|---|---|
//! | deceptive recruitment positive | `means.deception`, `act.recruitment` | the dimension's | `ilo.2009.mapping.deception`, `.recruitment` |
//! | coercive recruitment positive | `means.coercion`, `act.recruitment` | the dimension's | `.coercion`, `.recruitment` |
//! | recruitment by abuse of vulnerability positive | `act.recruitment` | the dimension's | `.recruitment` |
//! | … and one of its indicators describes the abuse | `means.abuse_of_vulnerability` | the dimension's | `.vulnerability` |
//! | coercion at destination positive | `means.coercion` | the dimension's | `.coercion` |
//! | coercion at destination positive | `act.harbouring` | at most suspected | `.harbouring` |
//! | exploitative conditions **and** coercive recruitment or coercion at destination positive | `purpose.forced_labour` | the lower of the two | `.forced_labour` |
//! | exploitative conditions alone | nothing legal (`risk_factors.labour_rights_violations` only) | — | — |
//! | a vulnerability dimension **and** exploitative conditions positive | `means.abuse_of_vulnerability` | at most suspected | `.vulnerability` |
//! | any recruitment or destination vulnerability indicator | `person.vulnerable` (never a means) | the indicator's | `.vulnerability` |
//! | one deceptive-recruitment indicator | `means.deception` | at most suspected | `.deception` |
//! | one deceptive- or coercive-recruitment indicator | `act.recruitment` | at most suspected | `.recruitment` |
//! | violence on victims | `means.force` | at most suspected | `.coercion` |
//! | threats of violence against victim | `means.threat` | at most suspected | `.coercion` |
//! | other coercion indicators (documents, debt, confinement, denunciation, wages, forced tasks...) | `means.coercion` | at most suspected | `.coercion` |
//! | one abuse-of-vulnerability indicator that describes the abuse | `means.abuse_of_vulnerability` | at most suspected | `.vulnerability` |
//! | debt bondage | `purpose.practices_similar_to_slavery` | at most suspected | `.debt_bondage` |
//! | forced into illicit/criminal activities | `purpose.forced_criminality` | at most suspected | `.forced_criminality` |
//! | confiscation of documents | `risk_factors.documents_held_by_others` | the indicator's | `.risk` |
//! | exploitative conditions of work (pay, hours, safety, labour law) | `risk_factors.labour_rights_violations` | the indicator's | `.risk` |

use super::screen::IloFinding;
use super::Dimension;
use crate::law::ilo_indicators as rules;
use crate::law::Rule;
use crate::model::{Act, Case, Fact, Level, Means, Purpose, RiskFactor, Vocabulary};
use serde::{Deserialize, Serialize};

/// A fact of contract v1 that the indicators evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Target {
    Act(Act),
    Means(Means),
    Purpose(Purpose),
    Vulnerable,
    Risk(RiskFactor),
    ExploitationOccurred,
}

impl Target {
    /// The fact's dotted path in contract v1.
    pub(crate) fn path(self) -> &'static str {
        match self {
            Target::Act(m) => m.path(),
            Target::Means(m) => m.path(),
            Target::Purpose(m) => m.path(),
            Target::Vulnerable => "person.vulnerable",
            Target::Risk(m) => m.path(),
            Target::ExploitationOccurred => "exploitation_occurred",
        }
    }

    /// Raise the fact to `fact` (the higher wins). Returns the fact before.
    fn raise(self, case: &mut Case, fact: Fact) -> Fact {
        let before = match self {
            Target::Act(m) => case.act.get(m),
            Target::Means(m) => case.means.get(m),
            Target::Purpose(m) => case.purpose.get(m),
            Target::Risk(m) => case.risk_factors.get(m),
            Target::Vulnerable => case.person.vulnerable,
            Target::ExploitationOccurred => case.exploitation_occurred,
        };
        if fact > before {
            match self {
                Target::Act(m) => case.act.set(m, fact),
                Target::Means(m) => case.means.set(m, fact),
                Target::Purpose(m) => case.purpose.set(m, fact),
                Target::Risk(m) => case.risk_factors.set(m, fact),
                Target::Vulnerable => case.person.vulnerable = fact,
                Target::ExploitationOccurred => case.exploitation_occurred = fact,
            }
        }
        before
    }
}

/// One fact evidenced by indicators, as reported in the output (`ilo.mapped`
/// and `elements.*.derived`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
}

/// A mapping made, with the words of its reason.
#[derive(Debug, Clone)]
pub(crate) struct Derived {
    pub target: Target,
    pub level: Level,
    pub rule: &'static Rule,
    pub dimensions: Vec<Dimension>,
    pub indicators: Vec<String>,
    pub why: String,
}

impl Derived {
    pub(crate) fn public(&self) -> DerivedFact {
        DerivedFact {
            fact: self.target.path().to_string(),
            level: self.level,
            rule: self.rule.id.to_string(),
            dimensions: self.dimensions.clone(),
            indicators: self.indicators.clone(),
        }
    }
}

use Dimension::{
    AbuseOfVulnerabilityAtDestination as D6, CoercionAtDestination as D5,
    CoerciveRecruitment as D2, DeceptiveRecruitment as D1, ExploitativeConditions as D4,
    RecruitmentByAbuseOfVulnerability as D3,
};

/// A positive dimension evidences a fact, up to `cap`.
struct ByDimension {
    dimension: Dimension,
    target: Target,
    rule: &'static Rule,
    cap: Level,
    why: &'static str,
}

const BY_DIMENSION: &[ByDimension] = &[
    ByDimension {
        dimension: D1,
        target: Target::Means(Means::Deception),
        rule: &rules::DECEPTION,
        cap: Level::Established,
        why: "Recruitment by deception is the means of deception (art. 3(a)).",
    },
    ByDimension {
        dimension: D1,
        target: Target::Act(Act::Recruitment),
        rule: &rules::RECRUITMENT,
        cap: Level::Established,
        why: "Indicators of how the person was recruited show that they were recruited.",
    },
    ByDimension {
        dimension: D2,
        target: Target::Means(Means::Coercion),
        rule: &rules::COERCION,
        cap: Level::Established,
        why: "Coercion during recruitment is the means of threat, force or other forms of coercion (art. 3(a)).",
    },
    ByDimension {
        dimension: D2,
        target: Target::Act(Act::Recruitment),
        rule: &rules::RECRUITMENT,
        cap: Level::Established,
        why: "Indicators of how the person was recruited show that they were recruited.",
    },
    ByDimension {
        dimension: D3,
        target: Target::Act(Act::Recruitment),
        rule: &rules::RECRUITMENT,
        cap: Level::Established,
        why: "Indicators of how the person was recruited show that they were recruited.",
    },
    ByDimension {
        dimension: D5,
        target: Target::Means(Means::Coercion),
        rule: &rules::COERCION,
        cap: Level::Established,
        why: "Coercion at destination is the means of threat, force or other forms of coercion (art. 3(a)).",
    },
    ByDimension {
        dimension: D5,
        target: Target::Act(Act::Harbouring),
        rule: &rules::HARBOURING,
        cap: Level::Suspected,
        why: "A person coerced at destination is held by someone, which suggests harbouring or receipt; the indicators do not say who held them, so it is at most suspected.",
    },
];

/// Recruitment-by-abuse-of-vulnerability indicators that describe the abuse
/// itself (part (ii) of the two-part test), not only a vulnerability.
pub(crate) const ABUSE: &[&str] = &[
    "recruitment_by_abuse_of_vulnerability.abuse_of_difficult_family_situation",
    "recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_education",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_information",
    "recruitment_by_abuse_of_vulnerability.abuse_of_cultural_or_religious_beliefs",
    "recruitment_by_abuse_of_vulnerability.false_information_about_law",
    "recruitment_by_abuse_of_vulnerability.false_information_about_successful_migration",
];

/// A single indicator is a sign of a legal fact: at most suspected.
pub(crate) const SIGNS: &[(&str, Target)] = &[
    (
        "coercive_recruitment.violence_on_victims",
        Target::Means(Means::Force),
    ),
    (
        "coercion_at_destination.violence_on_victims",
        Target::Means(Means::Force),
    ),
    (
        "coercive_recruitment.threats_of_violence_against_victim",
        Target::Means(Means::Threat),
    ),
    (
        "coercion_at_destination.threats_of_violence_against_victim",
        Target::Means(Means::Threat),
    ),
    (
        "coercive_recruitment.violence_on_family",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.violence_on_family",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.abduction_forced_marriage_adoption_or_sale",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.confiscation_of_documents",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.confiscation_of_documents",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.debt_bondage",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.debt_bondage",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.isolation_confinement_or_surveillance",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.isolation_confinement_or_surveillance",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.threat_of_denunciation_to_authorities",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.threat_of_denunciation_to_authorities",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.threat_to_inform_family_community_or_public",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.threat_to_inform_family_community_or_public",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.withholding_of_money",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.withholding_of_wages",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_into_illicit_or_criminal_activities",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_tasks_or_clients",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_to_act_against_peers",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.forced_to_lie_to_authorities_or_family",
        Target::Means(Means::Coercion),
    ),
    (
        "coercion_at_destination.threat_to_impose_worse_working_conditions",
        Target::Means(Means::Coercion),
    ),
    (
        "coercive_recruitment.debt_bondage",
        Target::Purpose(Purpose::PracticesSimilarToSlavery),
    ),
    (
        "coercion_at_destination.debt_bondage",
        Target::Purpose(Purpose::PracticesSimilarToSlavery),
    ),
    (
        "coercion_at_destination.forced_into_illicit_or_criminal_activities",
        Target::Purpose(Purpose::ForcedCriminality),
    ),
];

/// Indicators that describe a risk factor of contract v1: at their own level.
pub(crate) const RISKS: &[(&str, RiskFactor)] = &[
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

fn sign_rule(target: Target) -> (&'static Rule, &'static str) {
    match target {
        Target::Purpose(Purpose::PracticesSimilarToSlavery) => (
            &rules::DEBT_BONDAGE,
            "Debt bondage is a practice similar to slavery (1956 Convention art. 1(a)) where the person's services are pledged for a debt they cannot work off; the indicator does not show the pledge, so it is at most suspected.",
        ),
        Target::Purpose(_) => (
            &rules::FORCED_CRIMINALITY,
            "Being forced into illicit or criminal activities is forced labour or services; on its own an indicator is a sign, not proof: at most suspected.",
        ),
        Target::Means(Means::Deception) => (
            &rules::DECEPTION,
            "Being deceived at recruitment is a sign of the means of deception; on its own an indicator is a sign, not proof: at most suspected.",
        ),
        Target::Means(Means::AbuseOfVulnerability) => (
            &rules::VULNERABILITY,
            "The indicator describes the abuse of a vulnerability, not only the vulnerability; on its own an indicator is a sign, not proof: at most suspected.",
        ),
        Target::Act(_) => (
            &rules::RECRUITMENT,
            "A recruiter's deception or coercion is a sign that the person was recruited; on its own an indicator is a sign, not proof: at most suspected.",
        ),
        _ => (
            &rules::COERCION,
            "Each is a sign of threat, force or coercion; on its own an indicator is a sign, not proof: at most suspected.",
        ),
    }
}

fn words(level: Level) -> &'static str {
    match level {
        Level::Established => "established",
        Level::Suspected => "suspected",
        Level::NotEstablished => "not established",
    }
}

/// The indicators present (`true` or `"suspected"`) in `dimension`, with their levels.
fn present(f: &IloFinding, dimension: Dimension) -> Vec<(&str, Level)> {
    f.dimension(dimension)
        .map(|d| {
            d.indicators
                .iter()
                .filter(|i| i.fact.level().at_least_suspected())
                .map(|i| (i.id.as_str(), i.fact.level()))
                .collect()
        })
        .unwrap_or_default()
}

fn positive_words(f: &IloFinding, dimension: Dimension) -> String {
    let Some(d) = f.dimension(dimension) else {
        return String::new();
    };
    let listed: Vec<String> = d
        .indicators
        .iter()
        .filter(|i| i.fact.level().at_least_suspected())
        .map(|i| match i.grade {
            Some(g) => format!(
                "{} [{}{}]",
                i.id,
                g.name(),
                if i.fact == Fact::Suspected {
                    ", suspected"
                } else {
                    ""
                }
            ),
            None => format!("{} [not graded]", i.id),
        })
        .collect();
    let capital = {
        let s = dimension.describe();
        let mut c = s.chars();
        c.next()
            .map(|first| first.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    format!(
        "{capital} is positive{} ({}): {}.",
        if d.status == Level::Suspected {
            " only counting suspected indicators"
        } else {
            ""
        },
        d.rule_met.as_deref().unwrap_or(""),
        listed.join(", ")
    )
}

fn ids(items: &[(&str, Level)]) -> Vec<String> {
    items.iter().map(|(id, _)| (*id).to_string()).collect()
}

/// Every fact the indicators evidence, with the rule and the indicators behind it.
pub(crate) fn derive(f: &IloFinding) -> Vec<Derived> {
    let mut out: Vec<Derived> = Vec::new();

    // 1. Positive dimensions.
    for m in BY_DIMENSION {
        let level = f.status(m.dimension);
        if level.at_least_suspected() {
            out.push(Derived {
                target: m.target,
                level: level.min(m.cap),
                rule: m.rule,
                dimensions: vec![m.dimension],
                indicators: ids(&present(f, m.dimension)),
                why: format!("{} {}", positive_words(f, m.dimension), m.why),
            });
        }
    }

    // 2. Combinations of dimensions.
    // Forced labour: exploitative conditions (involuntariness) AND coercion
    // (the menace of a penalty), never exploitative conditions alone.
    let exploit = f.status(D4);
    let coercion = f.status(D2).max(f.status(D5));
    let level = exploit.min(coercion);
    if level.at_least_suspected() {
        let mut dims = vec![D4];
        let mut why = positive_words(f, D4);
        for d in [D2, D5] {
            if f.status(d) >= level {
                dims.push(d);
                why.push(' ');
                why.push_str(&positive_words(f, d));
            }
        }
        why.push_str(" Work under exploitative conditions exacted under the menace of a penalty (coercion) is forced labour (ILO C29 art. 2(1)).");
        let indicators: Vec<String> = dims.iter().flat_map(|d| ids(&present(f, *d))).collect();
        out.push(Derived {
            target: Target::ExploitationOccurred,
            level,
            rule: &rules::FORCED_LABOUR,
            dimensions: dims.clone(),
            indicators: indicators.clone(),
            why: "The indicators describe exploitation that took place: evidence of the purpose, not an element of the definition.".into(),
        });
        out.push(Derived {
            target: Target::Purpose(Purpose::ForcedLabour),
            level,
            rule: &rules::FORCED_LABOUR,
            dimensions: dims,
            indicators,
            why,
        });
    }
    // Abuse of vulnerability at recruitment, where the abuse itself is shown.
    let d3 = f.status(D3);
    let abuse: Vec<(&str, Level)> = present(f, D3)
        .into_iter()
        .filter(|(id, _)| ABUSE.contains(id))
        .collect();
    let abuse_level = abuse.iter().map(|(_, l)| *l).max().unwrap_or_default();
    if d3.at_least_suspected() && abuse_level.at_least_suspected() {
        out.push(Derived {
            target: Target::Means(Means::AbuseOfVulnerability),
            level: d3.min(abuse_level),
            rule: &rules::VULNERABILITY,
            dimensions: vec![D3],
            indicators: ids(&present(f, D3)),
            why: format!(
                "{} Among them, {} describe the abuse itself, not only a vulnerability: both parts of the test (a vulnerability, and its abuse to recruit the person) are met.",
                positive_words(f, D3),
                abuse.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", ")
            ),
        });
    }
    // A vulnerability with exploitation: reasonable grounds, never more.
    let vulnerable = d3.max(f.status(D6));
    let level = vulnerable.min(exploit).min(Level::Suspected);
    if level.at_least_suspected() {
        let mut dims = Vec::new();
        let mut why = String::new();
        for d in [D3, D6, D4] {
            if f.status(d).at_least_suspected() {
                dims.push(d);
                why.push_str(&positive_words(f, d));
                why.push(' ');
            }
        }
        why.push_str("A position of vulnerability together with exploitative conditions of work is reasonable grounds to suspect that the vulnerability was abused; it does not establish the abuse (two-part test). Establish that the vulnerability was taken advantage of.");
        let indicators = dims.iter().flat_map(|d| ids(&present(f, *d))).collect();
        out.push(Derived {
            target: Target::Means(Means::AbuseOfVulnerability),
            level,
            rule: &rules::VULNERABILITY,
            dimensions: dims,
            indicators,
            why,
        });
    }

    // 3. Single indicators: signs, at most suspected. One entry per target.
    let mut signs: Vec<(Target, Level, Vec<String>)> = Vec::new();
    let mut sign = |target: Target, id: &str, level: Level| {
        let level = level.min(Level::Suspected);
        match signs.iter_mut().find(|(t, _, _)| *t == target) {
            Some((_, l, list)) => {
                *l = (*l).max(level);
                if !list.iter().any(|i| i == id) {
                    list.push(id.to_string());
                }
            }
            None => signs.push((target, level, vec![id.to_string()])),
        }
    };
    for (id, level) in present(f, D1) {
        sign(Target::Act(Act::Recruitment), id, level);
    }
    for (id, level) in present(f, D2) {
        sign(Target::Act(Act::Recruitment), id, level);
    }
    for (id, level) in present(f, D1) {
        sign(Target::Means(Means::Deception), id, level);
    }
    for (id, level) in &abuse {
        sign(Target::Means(Means::AbuseOfVulnerability), id, *level);
    }
    for dimension in [D2, D5] {
        for (id, level) in present(f, dimension) {
            for (_, target) in SIGNS.iter().filter(|(s, _)| *s == id) {
                sign(*target, id, level);
            }
        }
    }
    for (target, level, indicators) in signs {
        let (rule, why) = sign_rule(target);
        out.push(Derived {
            target,
            level,
            rule,
            dimensions: Vec::new(),
            why: format!("{}: {why}", indicators.join(", ")),
            indicators,
        });
    }

    // 4. Indicators that describe a fact of the case: at their own level.
    let vulnerability: Vec<(&str, Level)> =
        present(f, D3).into_iter().chain(present(f, D6)).collect();
    if let Some(level) = vulnerability.iter().map(|(_, l)| *l).max() {
        out.push(Derived {
            target: Target::Vulnerable,
            level,
            rule: &rules::VULNERABILITY,
            dimensions: Vec::new(),
            indicators: ids(&vulnerability),
            why: format!(
                "{}: these indicators describe a position of vulnerability. On its own a vulnerability is not a means: its abuse must be shown.",
                vulnerability.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", ")
            ),
        });
    }
    for risk in [
        RiskFactor::DocumentsHeldByOthers,
        RiskFactor::LabourRightsViolations,
    ] {
        let found: Vec<(&str, Level)> = [D2, D4, D5]
            .into_iter()
            .flat_map(|d| present(f, d))
            .filter(|(id, _)| RISKS.iter().any(|(r, k)| r == id && *k == risk))
            .collect();
        if let Some(level) = found.iter().map(|(_, l)| *l).max() {
            out.push(Derived {
                target: Target::Risk(risk),
                level,
                rule: &rules::RISK,
                dimensions: Vec::new(),
                indicators: ids(&found),
                why: format!(
                    "{}: {} (a risk factor of unsafe migration, not an element of trafficking).",
                    found
                        .iter()
                        .map(|(id, _)| *id)
                        .collect::<Vec<_>>()
                        .join(", "),
                    match risk {
                        RiskFactor::DocumentsHeldByOthers =>
                            "the person's documents are held by someone else",
                        _ => "labour rights are violated",
                    }
                ),
            });
        }
    }

    // Drop what adds nothing: a mapping to the same fact, on indicators
    // already counted by another at a higher level, or at the same level
    // through a positive dimension (single signs give way to dimensions).
    let keep: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, d)| {
            !out.iter().enumerate().any(|(j, o)| {
                i != j
                    && o.target == d.target
                    && (o.level > d.level
                        || (o.level == d.level
                            && !o.dimensions.is_empty()
                            && d.dimensions.is_empty()))
                    && d.indicators.iter().all(|x| o.indicators.contains(x))
            })
        })
        .collect();
    let mut out: Vec<Derived> = out
        .into_iter()
        .zip(keep)
        .filter_map(|(d, k)| k.then_some(d))
        .collect();
    // Element order, strongest first within a fact: stable output.
    out.sort_by(|a, b| a.target.cmp(&b.target).then(b.level.cmp(&a.level)));
    out
}

/// Merge the derived facts into the case (the higher level wins). Returns the
/// paths of facts stated `false` that the indicators contradict.
pub(crate) fn apply(derived: &[Derived], case: &mut Case) -> Vec<&'static str> {
    let mut conflicts = Vec::new();
    for d in derived {
        let fact = match d.level {
            Level::Established => Fact::Established,
            Level::Suspected => Fact::Suspected,
            Level::NotEstablished => continue,
        };
        let before = d.target.raise(case, fact);
        if before == Fact::RuledOut && !conflicts.contains(&d.target.path()) {
            conflicts.push(d.target.path());
        }
    }
    conflicts
}

pub(crate) fn level_words(level: Level) -> &'static str {
    words(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_in_the_mapping_tables_is_on_a_list() {
        let data = super::super::IloData::embedded().unwrap();
        for id in ABUSE
            .iter()
            .chain(SIGNS.iter().map(|(id, _)| id))
            .chain(RISKS.iter().map(|(id, _)| id))
        {
            assert!(data.is_known(id), "{id}");
        }
        assert!(ABUSE
            .iter()
            .all(|id| Dimension::of_indicator(id) == Some(D3)));
        // Signs come only from the coercion dimensions, never from
        // exploitative conditions or a vulnerability.
        assert!(SIGNS
            .iter()
            .all(|(id, _)| matches!(Dimension::of_indicator(id), Some(D2 | D5))));
    }
}
