//! The law, one file per instrument: the second layer of the house.
//!
//! Every rule the engine applies is a [`Rule`] constant, with the provision
//! quoted in its doc comment and in [`Rule::quote`], and how sure we are of
//! the wording ([`Wording`]). Each instrument's definition of trafficking is
//! data ([`profile::Definition`]): its acts, means and purposes, its limbs
//! and the scope of its child rule. Nothing here decides a case (that is
//! [`crate::decide`]) or says anything in words (that is [`crate::words`]).
//! The rule ids are stable: they appear in the `reasons` of every
//! assessment, in the rule table of `docs/RULES.md` and in the tests.
//!
//! | file | instrument |
//! |---|---|
//! | [`profile`] | jurisdiction profiles: the definitions below as data, and the profile table |
//! | [`coe`] | Council of Europe Convention (CETS 197) art. 4 and 2 (`coe` profile) |
//! | [`eu`] | Directive 2011/36/EU art. 2 as amended by Directive (EU) 2024/1712 (`eu` profile) |
//! | [`us`] | 22 U.S.C. 7102 and 18 U.S.C. 1591 (`us` profile) |
//! | [`asean`] | ASEAN Convention (ACTIP) art. 2 (`asean` profile) |
//! | [`cambodia`] | Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) (`cambodia` profile) |
//! | [`interpretation`] | readings of one instrument's terms into another's |
//! | [`age`] | who is a child: Trafficking Protocol art. 3(d); presumption of minority (CETS 197 art. 10(3), Directive 2011/36/EU art. 13(2)) |
//! | [`trafficking_protocol`] | Trafficking in Persons Protocol (2000) art. 3 and 14; UNTOC art. 34(2) |
//! | [`smuggling_protocol`] | Smuggling of Migrants Protocol (2000) art. 3 and 6 |
//! | [`migration`] | irregular and unsafe migration (IOM Glossary on Migration, 2019; operational) |
//! | [`protection`] | non-punishment of victims (CETS 197 art. 26; Directive 2011/36/EU art. 8; OHCHR Principle 7) |
//! | [`verdict`] | the order of precedence of findings (contract v1 §4) |
//! | [`ilo`] | ILO/EC operational indicators (2009) and their mapping to the elements (ILO C29 art. 2(1); 1956 Convention art. 1(a)); HTCDS records |

use serde::Serialize;

pub mod age;
pub mod asean;
pub mod cambodia;
pub mod coe;
pub mod eu;
pub mod ilo;
pub mod interpretation;
pub mod migration;
pub mod profile;
pub mod protection;
pub mod smuggling_protocol;
pub mod trafficking_protocol;
pub mod us;
pub mod verdict;

/// How sure we are of the wording quoted in a rule (see `docs/SOURCES.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Wording {
    /// Copied from an authentic text of the instrument.
    Verbatim,
    /// From a reliable secondary copy, or a well-known text partly corroborated.
    Corroborated,
    /// Reproduced from memory; check against the official source before relying on it.
    Unverified,
    /// A rule of palermo's contract (an operational choice, not a legal text).
    Contract,
    /// Copied from an unofficial translation; the authentic text is in another language.
    Translation,
}

impl Wording {
    /// A short phrase for people: how far to rely on the quote.
    pub const fn describe(self) -> &'static str {
        match self {
            Wording::Verbatim => "verbatim from the source",
            Wording::Corroborated => "from a secondary copy; check the official text",
            Wording::Unverified => "unverified wording, from memory; check the official text",
            Wording::Contract => "palermo's operational rule, not a legal text",
            Wording::Translation => {
                "verbatim from an unofficial translation; the authentic text is in another language"
            }
        }
    }
}

/// One rule of the engine: the provision it encodes and its stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Rule {
    /// Stable id, e.g. `tip.3a`, `tip.3c.child`, `som.6.3`.
    pub id: &'static str,
    /// The provision, e.g. "Trafficking Protocol art. 3(c)".
    pub citation: &'static str,
    /// A one-line summary of what the rule decides.
    pub summary: &'static str,
    /// The provision's text (or the relevant part of it).
    pub quote: &'static str,
    /// How sure we are of the quote.
    pub wording: Wording,
}

/// Every rule the engine can cite, in the order of the rule table of `docs/RULES.md`.
pub const RULES: &[&Rule] = &[
    &age::CHILD,
    &age::STATED_AGE,
    &age::PRESUMED_CHILD,
    &age::PRESUMED_CHILD_SCREENING,
    &trafficking_protocol::ACT,
    &trafficking_protocol::MEANS,
    &trafficking_protocol::VULNERABILITY_ALONE,
    &trafficking_protocol::PURPOSE,
    &trafficking_protocol::PURPOSE_INTERPRETATION,
    &trafficking_protocol::MARRIAGE_SIMILAR_TO_SLAVERY,
    &trafficking_protocol::ADOPTION_SIMILAR_TO_SLAVERY,
    &trafficking_protocol::MARRIAGE_CONDITIONS,
    &trafficking_protocol::ADOPTION_CONDITIONS,
    &trafficking_protocol::PURPOSE_IS_INTENT,
    &trafficking_protocol::ADULT,
    &trafficking_protocol::CONSENT,
    &trafficking_protocol::CHILD,
    &trafficking_protocol::NO_BORDER_REQUIRED,
    &trafficking_protocol::SAVING_CLAUSE,
    &interpretation::ACT,
    &interpretation::LEGAL_PROCESS,
    &interpretation::DEBT_BONDAGE,
    &interpretation::SEXUAL,
    &coe::ACT,
    &coe::MEANS,
    &coe::VULNERABILITY,
    &coe::PURPOSE,
    &coe::INTENT,
    &coe::ADULT,
    &coe::CONSENT,
    &coe::CHILD,
    &coe::CHILD_AGE,
    &coe::SCOPE,
    &coe::VICTIM,
    &eu::ACT,
    &eu::MEANS,
    &eu::VULNERABILITY,
    &eu::PURPOSE,
    &eu::INTENT,
    &eu::ADULT,
    &eu::CONSENT,
    &eu::CHILD,
    &eu::SURROGACY,
    &eu::CHILD_AGE,
    &eu::NO_BORDER,
    &us::ACT,
    &us::MEANS,
    &us::LEGAL_PROCESS,
    &us::PURPOSE,
    &us::COMMERCIAL_SEX,
    &us::SERVITUDE,
    &us::INTENT,
    &us::SEX,
    &us::LABOUR,
    &us::CONSENT,
    &us::CONSENT_LABOUR,
    &us::CHILD_AGE,
    &us::NO_BORDER,
    &us::READ,
    &asean::ACT,
    &asean::MEANS,
    &asean::PURPOSE,
    &asean::INTENT,
    &asean::ADULT,
    &asean::CONSENT,
    &asean::CHILD,
    &asean::CHILD_AGE,
    &cambodia::ACT,
    &cambodia::MEANS,
    &cambodia::MINOR,
    &cambodia::PURPOSE,
    &cambodia::REMOVAL,
    &cambodia::INTENT,
    &cambodia::CONSENT,
    &cambodia::SALE,
    &cambodia::SALE_BY_PAYMENT,
    &cambodia::OFFENCES,
    &cambodia::OFFENCES_MINOR,
    &cambodia::CHILD_AGE,
    &cambodia::NO_BORDER,
    &smuggling_protocol::SMUGGLING,
    &smuggling_protocol::MATERIAL_BENEFIT,
    &smuggling_protocol::OWN_STATE,
    &smuggling_protocol::ENABLING_STAY,
    &smuggling_protocol::SELF_PROCURED,
    &smuggling_protocol::OBJECT_NOT_OFFENDER,
    &smuggling_protocol::ASYLUM,
    &smuggling_protocol::ATTEMPT,
    &smuggling_protocol::AGGRAVATED,
    &smuggling_protocol::RELATIONSHIP_CONTINUED,
    &migration::IRREGULAR,
    &migration::UNSAFE,
    &protection::NON_PUNISHMENT,
    &protection::NON_PUNISHMENT_OHCHR,
    &protection::NON_PUNISHMENT_EU,
    &protection::NON_PUNISHMENT_ACTIP,
    &protection::NON_PUNISHMENT_US,
    &protection::NO_NON_PUNISHMENT,
    &verdict::PRECEDENCE,
    &ilo::LIST,
    &ilo::DIMENSION,
    &ilo::RECRUITMENT,
    &ilo::HARBOURING,
    &ilo::DECEPTION,
    &ilo::COERCION,
    &ilo::VULNERABILITY,
    &ilo::FORCED_LABOUR,
    &ilo::DEBT_BONDAGE,
    &ilo::FORCED_CRIMINALITY,
    &ilo::RISK,
    &ilo::POLICY,
    &ilo::HTCDS_RECORD,
];

/// Look a rule up by its id.
///
/// ```
/// let rule = palermo::law::rule("tip.3c.child").unwrap();
/// assert_eq!(rule.citation, "Trafficking Protocol art. 3(c)");
/// ```
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate rule id");
        for r in RULES {
            assert!(
                r.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_'),
                "{}",
                r.id
            );
            assert!(!r.citation.is_empty() && !r.quote.is_empty() && !r.summary.is_empty());
        }
    }
}
