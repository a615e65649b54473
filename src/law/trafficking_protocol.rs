//! The Trafficking in Persons Protocol (2000), article 3: the definition.
//!
//! Source: authentic English text (Dutch treaty database BWBV0001749), quoted
//! verbatim in `docs/SOURCES.md` §1. The article reads, in full:
//!
//! > (a) "Trafficking in persons" shall mean the recruitment, transportation,
//! > transfer, harbouring or receipt of persons, by means of the threat or use
//! > of force or other forms of coercion, of abduction, of fraud, of deception,
//! > of the abuse of power or of a position of vulnerability or of the giving or
//! > receiving of payments or benefits to achieve the consent of a person having
//! > control over another person, for the purpose of exploitation. Exploitation
//! > shall include, at a minimum, the exploitation of the prostitution of others
//! > or other forms of sexual exploitation, forced labour or services, slavery
//! > or practices similar to slavery, servitude or the removal of organs;
//! >
//! > (b) The consent of a victim of trafficking in persons to the intended
//! > exploitation set forth in subparagraph (a) of this article shall be
//! > irrelevant where any of the means set forth in subparagraph (a) have been
//! > used;
//! >
//! > (c) The recruitment, transportation, transfer, harbouring or receipt of a
//! > child for the purpose of exploitation shall be considered "trafficking in
//! > persons" even if this does not involve any of the means set forth in
//! > subparagraph (a) of this article;
//! >
//! > (d) "Child" shall mean any person under eighteen years of age.
//!
//! Three elements, then: an act, a means and a purpose; for a child, an act
//! and a purpose. Consent, a border crossing and actual exploitation are not
//! elements, and the rules below make sure they can never change the finding.

use super::interpretation;
use super::profile::{Definition, Limb, Profile, Provisions, Term};
use super::{Rule, Wording};
use crate::model::{Act, Means, Purpose};

/// `tip.3a.act` — art. 3(a):
///
/// > the recruitment, transportation, transfer, harbouring or receipt of persons
pub const ACT: Rule = Rule {
    id: "tip.3a.act",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "The act: recruitment, transportation, transfer, harbouring or receipt.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons",
    wording: Wording::Verbatim,
};

/// `tip.3a.means` — art. 3(a):
///
/// > by means of the threat or use of force or other forms of coercion, of
/// > abduction, of fraud, of deception, of the abuse of power or of a position
/// > of vulnerability or of the giving or receiving of payments or benefits to
/// > achieve the consent of a person having control over another person
pub const MEANS: Rule = Rule {
    id: "tip.3a.means",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "The means: threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments to a person in control.",
    quote: "by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person",
    wording: Wording::Verbatim,
};

/// `tip.3a.vulnerability` — a position of vulnerability is not by itself a
/// means: the means is its *abuse*. Travaux préparatoires, interpretative
/// note to art. 3 (A/55/383/Add.1, para. 63; the core phrase is verbatim in
/// UNODC's E4J Module 6):
///
/// > any situation in which the person involved has no real and acceptable
/// > alternative but to submit to the abuse involved
///
/// and the two-part test of the UNODC Issue Paper (2013), as its authors put
/// it: "(i) proof of the existence of a position of vulnerability on the part
/// of the victim; and (ii) proof of abuse of (or intention to abuse) that
/// vulnerability as the means by which a particular act ... was undertaken".
pub const VULNERABILITY_ALONE: Rule = Rule {
    id: "tip.3a.vulnerability",
    citation: "Trafficking Protocol art. 3(a); A/55/383/Add.1 para. 63; UNODC Issue Paper on abuse of a position of vulnerability (2013)",
    summary: "Vulnerability on its own is not a means; its abuse is.",
    quote: "The reference to the abuse of a position of vulnerability is understood to refer to any situation in which the person involved has no real and acceptable alternative but to submit to the abuse involved.",
    wording: Wording::Corroborated,
};

/// `tip.3a.purpose` — art. 3(a):
///
/// > for the purpose of exploitation. Exploitation shall include, at a
/// > minimum, the exploitation of the prostitution of others or other forms of
/// > sexual exploitation, forced labour or services, slavery or practices
/// > similar to slavery, servitude or the removal of organs
pub const PURPOSE: Rule = Rule {
    id: "tip.3a.purpose",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "The purpose: exploitation, at a minimum the forms the Protocol lists.",
    quote: "for the purpose of exploitation. Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs",
    wording: Wording::Verbatim,
};

/// `tip.3a.purpose.interpretation` — forms of exploitation the Protocol does
/// not name, read into the ones it does ("at a minimum"): forced begging and
/// forced criminality are *forced labour or services*, ILO Forced Labour
/// Convention, 1930 (No. 29), art. 2(1):
///
/// > the term "forced or compulsory labour" shall mean all work or service
/// > which is exacted from any person under the menace of any penalty and
/// > for which the said person has not offered himself voluntarily.
pub const PURPOSE_INTERPRETATION: Rule = Rule {
    id: "tip.3a.purpose.interpretation",
    citation: "ILO Convention No. 29 art. 2(1)",
    summary: "Forced begging and forced criminality count as forced labour or services.",
    quote: "the term \"forced or compulsory labour\" shall mean all work or service which is exacted from any person under the menace of any penalty and for which the said person has not offered himself voluntarily (ILO C29 art. 2(1))",
    wording: Wording::Corroborated,
};

/// `tip.3a.purpose.similar_to_slavery.marriage` — a forced marriage, which
/// the Protocol does not name, read as a *practice similar to slavery* when
/// it is a servile marriage: Supplementary Convention on the Abolition of
/// Slavery (1956), art. 1(c):
///
/// > (c) Any institution or practice whereby: (i) A woman, without the right
/// > to refuse, is promised or given in marriage on payment of a
/// > consideration in money or in kind to her parents, guardian, family or
/// > any other person or group; or (ii) The husband of a woman, his family,
/// > or his clan, has the right to transfer her to another person for value
/// > received or otherwise; or (iii) A woman on the death of her husband is
/// > liable to be inherited by another person;
///
/// Only on those conditions ([`MARRIAGE_CONDITIONS`]).
pub const MARRIAGE_SIMILAR_TO_SLAVERY: Rule = Rule {
    id: "tip.3a.purpose.similar_to_slavery.marriage",
    citation: "Supplementary Slavery Convention 1956 art. 1(c)",
    summary: "A forced marriage counts as a practice similar to slavery when it is a servile marriage (1956 Convention art. 1(c)).",
    quote: "(c) Any institution or practice whereby: (i) A woman, without the right to refuse, is promised or given in marriage on payment of a consideration in money or in kind to her parents, guardian, family or any other person or group; or (ii) The husband of a woman, his family, or his clan, has the right to transfer her to another person for value received or otherwise; or (iii) A woman on the death of her husband is liable to be inherited by another person;",
    wording: Wording::Verbatim,
};

/// `tip.3a.purpose.similar_to_slavery.adoption` — an illegal adoption, which
/// the Protocol does not name, read as a *practice similar to slavery* when
/// it is the delivery of a child "with a view to the exploitation of the
/// child" (Supplementary Convention on the Abolition of Slavery (1956),
/// art. 1(d)), as the interpretative note A/55/383/Add.1 para. 66 says
/// (wording from memory, so marked unverified):
///
/// > The travaux préparatoires should indicate that, where illegal adoption
/// > amounts to a practice similar to slavery as defined in article 1,
/// > paragraph (d), of the Supplementary Convention on the Abolition of
/// > Slavery, the Slave Trade, and Institutions and Practices Similar to
/// > Slavery, it will also fall within the scope of the Protocol.
///
/// Only on that condition ([`ADOPTION_CONDITIONS`]).
pub const ADOPTION_SIMILAR_TO_SLAVERY: Rule = Rule {
    id: "tip.3a.purpose.similar_to_slavery.adoption",
    citation: "A/55/383/Add.1 para. 66; Supplementary Slavery Convention 1956 art. 1(d)",
    summary: "An illegal adoption counts as a practice similar to slavery where it is the delivery of a child for exploitation (1956 Convention art. 1(d)).",
    quote: "The travaux préparatoires should indicate that, where illegal adoption amounts to a practice similar to slavery as defined in article 1, paragraph (d), of the Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery, it will also fall within the scope of the Protocol.",
    wording: Wording::Unverified,
};

/// `tip.3a.purpose.conditions.marriage` — a forced marriage is a practice
/// similar to slavery only on the terms of the Supplementary Convention on
/// the Abolition of Slavery (1956), art. 1(c):
///
/// > (c) Any institution or practice whereby: (i) A woman, without the right
/// > to refuse, is promised or given in marriage on payment of a
/// > consideration in money or in kind to her parents, guardian, family or
/// > any other person or group; or (ii) The husband of a woman, his family,
/// > or his clan, has the right to transfer her to another person for value
/// > received or otherwise; or (iii) A woman on the death of her husband is
/// > liable to be inherited by another person;
///
/// A forced marriage recorded without those conditions is therefore read in
/// only provisionally: at most suspected. Where they are shown (a payment
/// to a person in control of her: [`SERVILE_BY_PAYMENT`]), or recorded as
/// `purpose.servile_marriage`, it counts in full; where they are stated
/// false, it does not count.
pub const MARRIAGE_CONDITIONS: Rule = Rule {
    id: "tip.3a.purpose.conditions.marriage",
    citation: "Supplementary Slavery Convention 1956 art. 1(c)",
    summary: "A forced marriage is a practice similar to slavery only on the 1956 Convention's conditions (art. 1(c)); until they are shown, at most suspected.",
    quote: "(c) Any institution or practice whereby: (i) A woman, without the right to refuse, is promised or given in marriage on payment of a consideration in money or in kind to her parents, guardian, family or any other person or group; or (ii) The husband of a woman, his family, or his clan, has the right to transfer her to another person for value received or otherwise; or (iii) A woman on the death of her husband is liable to be inherited by another person;",
    wording: Wording::Verbatim,
};

/// `tip.3a.purpose.conditions.adoption` — an illegal adoption is a practice
/// similar to slavery only on the terms of the Supplementary Convention on
/// the Abolition of Slavery (1956), art. 1(d):
///
/// > (d) Any institution or practice whereby a child or young person under
/// > the age of 18 years, is delivered by either or both of his natural
/// > parents or by his guardian to another person, whether for reward or
/// > not, with a view to the exploitation of the child or young person or of
/// > his labour.
///
/// An illegal adoption recorded without that condition is therefore read
/// in only provisionally: at most suspected. Where the condition is shown,
/// the fact to record is the exploitation intended (or
/// `purpose.practices_similar_to_slavery`).
pub const ADOPTION_CONDITIONS: Rule = Rule {
    id: "tip.3a.purpose.conditions.adoption",
    citation: "Supplementary Slavery Convention 1956 art. 1(d)",
    summary: "An illegal adoption is a practice similar to slavery only on the 1956 Convention's condition (art. 1(d)): a child delivered with a view to exploitation; until it is shown, at most suspected.",
    quote: "(d) Any institution or practice whereby a child or young person under the age of 18 years, is delivered by either or both of his natural parents or by his guardian to another person, whether for reward or not, with a view to the exploitation of the child or young person or of his labour.",
    wording: Wording::Verbatim,
};

/// When a forced marriage is servile: a woman "given in marriage on payment
/// of a consideration in money or in kind to her parents, guardian, family
/// or any other person or group" (1956 Convention art. 1(c)(i)). A payment
/// to a person in control of her (the means `payment_to_controller`) is
/// that consideration, so with it the condition of the reading is shown.
pub const SERVILE_BY_PAYMENT: (Means, Purpose) =
    (Means::PaymentToController, Purpose::ForcedMarriage);

/// `tip.3a.purpose.intent` — purpose is the trafficker's intent; the
/// exploitation need not have happened. UNODC E4J Module 6, "The purpose of
/// exploitation" (verbatim from a stored copy):
///
/// > It is unnecessary for the victim to have been exploited, as long as this
/// > was the offender's purpose.
pub const PURPOSE_IS_INTENT: Rule = Rule {
    id: "tip.3a.purpose.intent",
    citation: "Trafficking Protocol art. 3(a) (\"for the purpose of\"); UNODC E4J Module 6",
    summary: "Exploitation need not have occurred: the purpose is what the trafficker intended.",
    quote: "Note that this element of the offence requires proof that the offender acted with the purpose of exploiting the victim. It is unnecessary for the victim to have been exploited, as long as this was the offender's purpose.",
    wording: Wording::Verbatim,
};

/// `tip.3a` — for an adult (or a person of unknown age), all three elements:
/// act, means and purpose (art. 3(a), quoted in the module documentation).
pub const ADULT: Rule = Rule {
    id: "tip.3a",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "An adult's case needs an act, a means and a purpose.",
    quote: "\"Trafficking in persons\" shall mean the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation.",
    wording: Wording::Verbatim,
};

/// `tip.3b.consent` — art. 3(b):
///
/// > The consent of a victim of trafficking in persons to the intended
/// > exploitation set forth in subparagraph (a) of this article shall be
/// > irrelevant where any of the means set forth in subparagraph (a) have been
/// > used;
///
/// Consent is evidence only. It never enters the status functions below.
pub const CONSENT: Rule = Rule {
    id: "tip.3b.consent",
    citation: "Trafficking Protocol art. 3(b)",
    summary: "Consent to the intended exploitation is irrelevant once a means is used.",
    quote: "The consent of a victim of trafficking in persons to the intended exploitation set forth in subparagraph (a) of this article shall be irrelevant where any of the means set forth in subparagraph (a) have been used",
    wording: Wording::Verbatim,
};

/// `tip.3c.child` — art. 3(c):
///
/// > The recruitment, transportation, transfer, harbouring or receipt of a
/// > child for the purpose of exploitation shall be considered "trafficking in
/// > persons" even if this does not involve any of the means set forth in
/// > subparagraph (a) of this article;
pub const CHILD: Rule = Rule {
    id: "tip.3c.child",
    citation: "Trafficking Protocol art. 3(c)",
    summary: "A child's case needs an act and a purpose; no means.",
    quote: "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation shall be considered \"trafficking in persons\" even if this does not involve any of the means set forth in subparagraph (a) of this article",
    wording: Wording::Verbatim,
};

/// `tip.border` — a border crossing is not an element. UNTOC art. 34(2),
/// applied to the Protocol by its art. 1(2):
///
/// > The offences established in accordance with articles 5, 6, 8 and 23 of
/// > this Convention shall be established in the domestic law of each State
/// > Party independently of the transnational nature or the involvement of an
/// > organized criminal group ...
pub const NO_BORDER_REQUIRED: Rule = Rule {
    id: "tip.border",
    citation: "UNTOC art. 34(2); Trafficking Protocol art. 1(2)",
    summary: "No border crossing (and no organised crime) is needed: internal trafficking is trafficking.",
    quote: "The offences established in accordance with articles 5, 6, 8 and 23 of this Convention shall be established in the domestic law of each State Party independently of the transnational nature or the involvement of an organized criminal group as described in article 3, paragraph 1, of this Convention",
    wording: Wording::Verbatim,
};

/// `tip.14` — art. 14(1), the saving clause:
///
/// > Nothing in this Protocol shall affect the rights, obligations and
/// > responsibilities of States and individuals under international law, ...
/// > in particular, where applicable, the 1951 Convention and the 1967
/// > Protocol relating to the Status of Refugees and the principle of
/// > non-refoulement as contained therein.
pub const SAVING_CLAUSE: Rule = Rule {
    id: "tip.14",
    citation: "Trafficking Protocol art. 14(1)",
    summary: "An asylum claim is heard whatever the finding: non-refoulement.",
    quote: "Nothing in this Protocol shall affect the rights, obligations and responsibilities of States and individuals under international law, including international humanitarian law and international human rights law and, in particular, where applicable, the 1951 Convention and the 1967 Protocol relating to the Status of Refugees and the principle of non-refoulement as contained therein.",
    wording: Wording::Verbatim,
};

/// How the facts count under the Protocol's definition, shared by the
/// definitions that reproduce it (CETS 197 art. 4, ACTIP art. 2): the five
/// acts; acts of other instruments read into them; the buyer and the
/// solicitor are not traffickers as such.
pub(crate) const PROTOCOL_ACTS: &[Term<Act>] = &[
    Term::listed(Act::Recruitment),
    Term::listed(Act::Transportation),
    Term::listed(Act::Transfer),
    Term::listed(Act::Harbouring),
    Term::listed(Act::Receipt),
    Term::read(
        Act::ExchangeOrTransferOfControl,
        "transfer",
        &interpretation::ACT,
        false,
    ),
    Term::read(Act::Provision, "transfer", &interpretation::ACT, false),
    Term::read(Act::Obtaining, "receipt", &interpretation::ACT, false),
    Term::not(Act::Patronizing),
    Term::not(Act::Soliciting),
    Term::read(
        Act::RemovalFromCustody,
        "transportation or transfer",
        &interpretation::ACT,
        false,
    ),
];

/// The Protocol's nine means; abuse of the legal process read as coercion;
/// enticement is not a means on its own.
pub(crate) const PROTOCOL_MEANS: &[Term<Means>] = &[
    Term::listed(Means::Threat),
    Term::listed(Means::Force),
    Term::listed(Means::Coercion),
    Term::listed(Means::Abduction),
    Term::listed(Means::Fraud),
    Term::listed(Means::Deception),
    Term::listed(Means::AbuseOfPower),
    Term::listed(Means::AbuseOfVulnerability),
    Term::listed(Means::PaymentToController),
    Term::not(Means::Enticement),
    Term::read(
        Means::AbuseOfLegalProcess,
        "other forms of coercion",
        &interpretation::LEGAL_PROCESS,
        false,
    ),
];

/// The Protocol's forms of exploitation; forms it does not name read into
/// the ones it does ("at a minimum"), or reported as not an element.
pub(crate) const PROTOCOL_PURPOSES: &[Term<Purpose>] = &[
    Term::listed(Purpose::ProstitutionOfOthers),
    Term::listed(Purpose::SexualExploitation),
    Term::listed(Purpose::ForcedLabour),
    Term::listed(Purpose::ForcedServices),
    Term::listed(Purpose::Slavery),
    Term::listed(Purpose::PracticesSimilarToSlavery),
    Term::listed(Purpose::Servitude),
    Term::listed(Purpose::OrganRemoval),
    Term::read(
        Purpose::ForcedBegging,
        FORCED_LABOUR,
        &PURPOSE_INTERPRETATION,
        true,
    ),
    Term::read(
        Purpose::ForcedCriminality,
        FORCED_LABOUR,
        &PURPOSE_INTERPRETATION,
        true,
    ),
    Term::read_provisionally(
        Purpose::ForcedMarriage,
        SIMILAR_TO_SLAVERY,
        &MARRIAGE_SIMILAR_TO_SLAVERY,
        &MARRIAGE_CONDITIONS,
    ),
    Term::read_provisionally(
        Purpose::IllegalAdoption,
        SIMILAR_TO_SLAVERY,
        &ADOPTION_SIMILAR_TO_SLAVERY,
        &ADOPTION_CONDITIONS,
    ),
    Term::read(
        Purpose::CommercialSex,
        "other forms of sexual exploitation",
        &interpretation::SEXUAL,
        false,
    ),
    Term::read(
        Purpose::DebtBondage,
        SIMILAR_TO_SLAVERY,
        &interpretation::DEBT_BONDAGE,
        false,
    ),
    Term::read(
        Purpose::Peonage,
        "a practice similar to slavery (debt bondage)",
        &interpretation::DEBT_BONDAGE,
        false,
    ),
    Term::not(Purpose::ExploitationOfSurrogacy),
    Term::read(
        Purpose::ProductionOfPornography,
        "other forms of sexual exploitation",
        &interpretation::SEXUAL,
        false,
    ),
    Term::not(Purpose::SexualAggression),
    Term::not(Purpose::ProfitMaking),
    Term::not(Purpose::ChildLabour),
    // Asked only where it completes a forced marriage (see
    // `decide::questions`), not of every case.
    Term::read(
        Purpose::ServileMarriage,
        SIMILAR_TO_SLAVERY,
        &MARRIAGE_CONDITIONS,
        false,
    ),
];

const FORCED_LABOUR: &str = "forced labour or services";
const SIMILAR_TO_SLAVERY: &str = "a practice similar to slavery";

/// The `palermo` profile: the Trafficking Protocol, art. 3 (the default).
pub const DEFINITION: Definition = Definition {
    profile: Profile::Palermo,
    title: "UN Trafficking in Persons Protocol (2000), art. 3",
    provenance: None,
    confidence: "high: verbatim from the authentic English text (docs/SOURCES.md §1)",
    acts: PROTOCOL_ACTS,
    means: PROTOCOL_MEANS,
    purposes: PROTOCOL_PURPOSES,
    limbs: &[Limb::single(&ADULT, &CHILD)],
    provisions: Provisions {
        act: &ACT,
        means: &MEANS,
        vulnerability: &VULNERABILITY_ALONE,
        purpose: &PURPOSE,
        intent: &PURPOSE_IS_INTENT,
        consent: &CONSENT,
        border: &NO_BORDER_REQUIRED,
        child_age: &super::age::CHILD,
        presumed_child: &super::age::PRESUMED_CHILD_SCREENING,
        non_punishment: &super::protection::NON_PUNISHMENT_OHCHR,
        victim: None,
        sale_by_payment: None,
    },
};

#[cfg(test)]
mod tests {
    use super::super::profile::How;
    use super::*;

    #[test]
    fn interpreted_forms_map_to_listed_forms() {
        let read = |p: Purpose| match DEFINITION.how(p) {
            How::Read { term, rule }
                if rule.id == PURPOSE_INTERPRETATION.id
                    || rule.id == MARRIAGE_SIMILAR_TO_SLAVERY.id
                    || rule.id == ADOPTION_SIMILAR_TO_SLAVERY.id =>
            {
                Some(term)
            }
            _ => None,
        };
        assert_eq!(
            read(Purpose::ForcedBegging),
            Some("forced labour or services")
        );
        assert_eq!(
            read(Purpose::ForcedCriminality),
            Some("forced labour or services")
        );
        assert_eq!(
            read(Purpose::ForcedMarriage),
            Some("a practice similar to slavery")
        );
        assert_eq!(
            read(Purpose::IllegalAdoption),
            Some("a practice similar to slavery")
        );
        assert_eq!(read(Purpose::ForcedLabour), None);
    }
}
