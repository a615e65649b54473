//! Directive 2011/36/EU on preventing and combating trafficking in human
//! beings, art. 2, as amended by Directive (EU) 2024/1712: the `eu` profile.
//!
//! Source (`docs/SOURCES.md` §6): the English EUR-Lex text could not be
//! read. Art. 2 (2011) is reproduced from memory and corroborated against the
//! official Danish consolidated text (CELEX 02011L0036-20240714) and the
//! German text: **medium-high**. The amended art. 2(3) is quoted verbatim by
//! a secondary source (CHIP): **high** as to the words. The sentence the 2024
//! amendment added to art. 2(5), on surrogacy, is **unverified** (the Danish
//! text was cut off). Check EUR-Lex before relying on any of it.
//!
//! > 1. ... The recruitment, transportation, transfer, harbouring or reception
//! > of persons, including the exchange or transfer of control over those
//! > persons, by means of the threat or use of force or other forms of
//! > coercion, of abduction, of fraud, of deception, of the abuse of power or
//! > of a position of vulnerability or of the giving or receiving of payments
//! > or benefits to achieve the consent of a person having control over
//! > another person, for the purpose of exploitation.
//! >
//! > 2. A position of vulnerability means a situation in which the person
//! > concerned has no real or acceptable alternative but to submit to the
//! > abuse involved.
//! >
//! > 3. (as replaced by 2024/1712) Exploitation shall include, as a minimum,
//! > the exploitation of the prostitution of others or other forms of sexual
//! > exploitation, forced labour or services, including begging, slavery or
//! > practices similar to slavery, servitude, or the exploitation of criminal
//! > activities, or the removal of organs, or the exploitation of surrogacy,
//! > of forced marriage, or of illegal adoption.
//! >
//! > 4. The consent of a victim of trafficking in human beings to the
//! > exploitation, whether intended or actual, shall be irrelevant where any
//! > of the means set forth in paragraph 1 has been used.
//! >
//! > 5. When the conduct referred to in paragraph 1 involves a child, it shall
//! > be a punishable offence of trafficking in human beings even if none of
//! > the means set forth in paragraph 1 has been used. [2024: This paragraph
//! > shall not apply to the exploitation of surrogacy referred to in
//! > paragraph 3, ... — unverified]
//! >
//! > 6. For the purpose of this Directive, "child" shall mean any person below
//! > 18 years of age.

use super::interpretation;
use super::profile::{Caveat, ChildRule, Definition, Limb, Profile, Provisions, Term};
use super::{Rule, Wording};
use crate::model::{Act, Means, Purpose};

/// `eu.2.1.act` — art. 2(1): the acts, "including the exchange or transfer of
/// control over those persons".
pub const ACT: Rule = Rule {
    id: "eu.2.1.act",
    citation: "Directive 2011/36/EU art. 2(1)",
    summary: "The act: recruitment, transportation, transfer, harbouring or reception, including the exchange or transfer of control.",
    quote: "The recruitment, transportation, transfer, harbouring or reception of persons, including the exchange or transfer of control over those persons",
    wording: Wording::Corroborated,
};

/// `eu.2.1.means` — art. 2(1): the means, as in the Protocol.
pub const MEANS: Rule = Rule {
    id: "eu.2.1.means",
    citation: "Directive 2011/36/EU art. 2(1)",
    summary: "The means: threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments to a person in control.",
    quote: "by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person",
    wording: Wording::Corroborated,
};

/// `eu.2.2.vulnerability` — art. 2(2): the position of vulnerability
/// defined. Note "real **or** acceptable" where the UN interpretative note
/// says "real **and** acceptable".
pub const VULNERABILITY: Rule = Rule {
    id: "eu.2.2.vulnerability",
    citation: "Directive 2011/36/EU art. 2(2)",
    summary: "A position of vulnerability: no real or acceptable alternative but to submit to the abuse involved.",
    quote: "A position of vulnerability means a situation in which the person concerned has no real or acceptable alternative but to submit to the abuse involved.",
    wording: Wording::Corroborated,
};

/// `eu.2.3.purpose` — art. 2(3) as replaced by Directive (EU) 2024/1712.
pub const PURPOSE: Rule = Rule {
    id: "eu.2.3.purpose",
    citation: "Directive 2011/36/EU art. 2(3), as amended by Directive (EU) 2024/1712",
    summary: "The purpose: exploitation, at a minimum the forms listed, including begging, criminal activities, surrogacy, forced marriage and illegal adoption.",
    quote: "Exploitation shall include, as a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, including begging, slavery or practices similar to slavery, servitude, or the exploitation of criminal activities, or the removal of organs, or the exploitation of surrogacy, of forced marriage, or of illegal adoption.",
    wording: Wording::Corroborated,
};

/// `eu.2.1.intent` — art. 2(1) "for the purpose of exploitation", and art.
/// 2(4) "whether intended or actual": the exploitation need not have happened.
pub const INTENT: Rule = Rule {
    id: "eu.2.1.intent",
    citation: "Directive 2011/36/EU art. 2(1), 2(4)",
    summary: "Exploitation need not have occurred: the purpose is what the trafficker intended.",
    quote: "for the purpose of exploitation (art. 2(1)); ... to the exploitation, whether intended or actual (art. 2(4))",
    wording: Wording::Corroborated,
};

/// `eu.2.1` — for an adult, all three elements (art. 2(1)).
pub const ADULT: Rule = Rule {
    id: "eu.2.1",
    citation: "Directive 2011/36/EU art. 2(1)",
    summary: "An adult's case needs an act, a means and a purpose.",
    quote: "The recruitment, transportation, transfer, harbouring or reception of persons, including the exchange or transfer of control over those persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation.",
    wording: Wording::Corroborated,
};

/// `eu.2.4.consent` — art. 2(4): consent to the exploitation "whether
/// intended or actual" is irrelevant once a means is used (the Protocol says
/// "intended" only).
pub const CONSENT: Rule = Rule {
    id: "eu.2.4.consent",
    citation: "Directive 2011/36/EU art. 2(4)",
    summary: "Consent to the exploitation, intended or actual, is irrelevant once a means is used.",
    quote: "The consent of a victim of trafficking in human beings to the exploitation, whether intended or actual, shall be irrelevant where any of the means set forth in paragraph 1 has been used.",
    wording: Wording::Corroborated,
};

/// `eu.2.5.child` — art. 2(5), first sentence: no means for a child.
pub const CHILD: Rule = Rule {
    id: "eu.2.5.child",
    citation: "Directive 2011/36/EU art. 2(5)",
    summary: "Conduct involving a child is trafficking even if none of the means is used.",
    quote: "When the conduct referred to in paragraph 1 involves a child, it shall be a punishable offence of trafficking in human beings even if none of the means set forth in paragraph 1 has been used.",
    wording: Wording::Corroborated,
};

/// `eu.2.5.surrogacy` — the second sentence of art. 2(5) added by Directive
/// (EU) 2024/1712. **Unverified**: only its opening could be read, in the
/// Danish consolidated text ("Nærværende stykke finder ikke anvendelse på
/// udnyttelse af surrogatmoderskab som omhandlet i stk. 3, ..."). EAPIL
/// (2025) reads it as keeping the no-means rule where the surrogate mother
/// is herself a child.
pub const SURROGACY: Rule = Rule {
    id: "eu.2.5.surrogacy",
    citation: "Directive 2011/36/EU art. 2(5), second sentence (inserted by Directive (EU) 2024/1712)",
    summary: "An exception to the child rule for the exploitation of surrogacy; wording unverified.",
    quote: "This paragraph shall not apply to the exploitation of surrogacy referred to in paragraph 3, ... (translated from the Danish consolidated text; the rest of the sentence was not obtained)",
    wording: Wording::Unverified,
};

/// `eu.2.6` — art. 2(6): a child is a person below 18.
pub const CHILD_AGE: Rule = Rule {
    id: "eu.2.6",
    citation: "Directive 2011/36/EU art. 2(6)",
    summary: "A child is a person below 18.",
    quote:
        "For the purpose of this Directive, \"child\" shall mean any person below 18 years of age.",
    wording: Wording::Corroborated,
};

/// `eu.2.no_border` — art. 2(1) has no cross-border element: trafficking
/// within one Member State is trafficking.
pub const NO_BORDER: Rule = Rule {
    id: "eu.2.no_border",
    citation: "Directive 2011/36/EU art. 2(1) (no cross-border element)",
    summary: "No border crossing is needed.",
    quote: "The recruitment, transportation, transfer, harbouring or reception of persons, including the exchange or transfer of control over those persons, ... for the purpose of exploitation.",
    wording: Wording::Corroborated,
};

const ACTS: &[Term<Act>] = &[
    Term::listed(Act::Recruitment),
    Term::listed(Act::Transportation),
    Term::listed(Act::Transfer),
    Term::listed(Act::Harbouring),
    Term::listed(Act::Receipt),
    Term::listed(Act::ExchangeOrTransferOfControl),
    Term::read(Act::Provision, "transfer", &interpretation::ACT, false),
    Term::read(Act::Obtaining, "reception", &interpretation::ACT, false),
    Term::not(Act::Patronizing),
    Term::not(Act::Soliciting),
    Term::read(
        Act::RemovalFromCustody,
        "transportation or transfer",
        &interpretation::ACT,
        false,
    ),
];

const MEANS_TERMS: &[Term<Means>] = &[
    Term::listed(Means::Threat),
    Term::listed(Means::Force),
    Term::listed(Means::Coercion),
    Term::listed(Means::Abduction),
    Term::listed(Means::Fraud),
    Term::listed(Means::Deception),
    Term::listed(Means::AbuseOfPower),
    Term::named(Means::AbuseOfVulnerability, &VULNERABILITY),
    Term::listed(Means::PaymentToController),
    Term::not(Means::Enticement),
    Term::read(
        Means::AbuseOfLegalProcess,
        "other forms of coercion",
        &interpretation::LEGAL_PROCESS,
        false,
    ),
];

const PURPOSES: &[Term<Purpose>] = &[
    Term::listed(Purpose::ProstitutionOfOthers),
    Term::listed(Purpose::SexualExploitation),
    Term::listed(Purpose::ForcedLabour),
    Term::listed(Purpose::ForcedServices),
    Term::listed(Purpose::Slavery),
    Term::listed(Purpose::PracticesSimilarToSlavery),
    Term::listed(Purpose::Servitude),
    Term::listed(Purpose::OrganRemoval),
    Term::listed(Purpose::ForcedBegging),
    Term::listed(Purpose::ForcedCriminality),
    Term::listed(Purpose::ForcedMarriage),
    Term::listed(Purpose::IllegalAdoption),
    Term::read(
        Purpose::CommercialSex,
        "other forms of sexual exploitation",
        &interpretation::SEXUAL,
        false,
    ),
    Term::read(
        Purpose::DebtBondage,
        "a practice similar to slavery",
        &interpretation::DEBT_BONDAGE,
        false,
    ),
    Term::read(
        Purpose::Peonage,
        "a practice similar to slavery (debt bondage)",
        &interpretation::DEBT_BONDAGE,
        false,
    ),
    Term::listed(Purpose::ExploitationOfSurrogacy),
    Term::read(
        Purpose::ProductionOfPornography,
        "other forms of sexual exploitation",
        &interpretation::SEXUAL,
        false,
    ),
    Term::not(Purpose::SexualAggression),
    Term::not(Purpose::ProfitMaking),
    Term::not(Purpose::ChildLabour),
    Term::read(Purpose::ServileMarriage, "forced marriage", &PURPOSE, false),
];

/// The `eu` profile.
pub const DEFINITION: Definition = Definition {
    profile: Profile::Eu,
    title: "Directive 2011/36/EU, art. 2, as amended by Directive (EU) 2024/1712",
    provenance: Some("unverified wording, see docs/SOURCES.md §6: Directive 2011/36/EU art. 2 is reproduced from memory and checked against the official Danish and German texts (medium-high); the list of exploitation in art. 2(3) as amended in 2024 is quoted from a secondary source; the sentence the 2024 amendment added to art. 2(5), on surrogacy, is unverified. Check EUR-Lex (CELEX 02011L0036-20240714) before relying on it."),
    confidence: "medium-high (art. 2, 2011 text); high as to the words of amended art. 2(3); art. 2(5) second sentence unverified (docs/SOURCES.md §6)",
    acts: ACTS,
    means: MEANS_TERMS,
    purposes: PURPOSES,
    limbs: &[Limb {
        key: "",
        rule: &ADULT,
        child: ChildRule::NoMeans(&CHILD),
        acts: None,
        purposes: None,
        without_means: false,
        child_caveat: Some(Caveat {
            purposes: &[Purpose::ExploitationOfSurrogacy],
            rule: &SURROGACY,
        }),
        guardianship: false,
        unverified: false,
        consent: None,
    }],
    provisions: Provisions {
        act: &ACT,
        means: &MEANS,
        vulnerability: &VULNERABILITY,
        purpose: &PURPOSE,
        intent: &INTENT,
        consent: &CONSENT,
        border: &NO_BORDER,
        child_age: &CHILD_AGE,
        presumed_child: &super::age::PRESUMED_CHILD,
        non_punishment: &super::protection::NON_PUNISHMENT_EU,
        victim: None,
        sale_by_payment: None,
    },
};
