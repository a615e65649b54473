//! United States: 22 U.S.C. 7102 (Trafficking Victims Protection Act
//! definitions) and 18 U.S.C. 1591: the `us` profile.
//!
//! Source: the US Code as mirrored in GitHub
//! `codexstanford/markdonw-chunck-of-the-usa-code`, quoted verbatim in
//! `docs/SOURCES.md` §8. **Confidence: high for the wording.** The paragraph
//! numbers of § 7102 are those of the current Code; they have changed
//! between editions (the 2002 text numbered "severe forms" (8) and "sex
//! trafficking" (9)), so cite by term.
//!
//! > (11) The term "severe forms of trafficking in persons" means—
//! > (A) sex trafficking in which a commercial sex act is induced by force,
//! > fraud, or coercion, or in which the person induced to perform such act
//! > has not attained 18 years of age; or
//! > (B) the recruitment, harboring, transportation, provision, or obtaining
//! > of a person for labor or services, through the use of force, fraud, or
//! > coercion for the purpose of subjection to involuntary servitude,
//! > peonage, debt bondage, or slavery.
//! >
//! > (12) The term "sex trafficking" means the recruitment, harboring,
//! > transportation, provision, obtaining, patronizing, or soliciting of a
//! > person for the purpose of a commercial sex act.
//!
//! Two limbs, then, and the child rule reaches only the first: sex
//! trafficking of a person under 18 needs no force, fraud or coercion;
//! labour trafficking needs them at every age. The means are three (force,
//! fraud, coercion), "coercion" defined broadly (§ 7102(3)); there is no
//! separate means of abuse of power, of a position of vulnerability, or of
//! payments to a person in control.

use super::profile::{ChildRule, Definition, How, Limb, Profile, Provisions, Term};
use super::{Rule, Wording};
use crate::model::{Act, Means, Purpose};

/// `us.7102.act` — the acts of § 7102(11)(B) and (12).
pub const ACT: Rule = Rule {
    id: "us.7102.act",
    citation: "22 U.S.C. 7102(11)(B), (12)",
    summary: "The act: recruitment, harboring, transportation, provision or obtaining; for sex trafficking also patronizing or soliciting.",
    quote: "the recruitment, harboring, transportation, provision, or obtaining of a person for labor or services (7102(11)(B)); the recruitment, harboring, transportation, provision, obtaining, patronizing, or soliciting of a person for the purpose of a commercial sex act (7102(12))",
    wording: Wording::Verbatim,
};

/// `us.7102.means` — force, fraud or coercion, "coercion" as defined in
/// § 7102(3):
///
/// > (A) threats of serious harm to or physical restraint against any person;
/// > (B) any scheme, plan, or pattern intended to cause a person to believe
/// > that failure to perform an act would result in serious harm to or
/// > physical restraint against any person; or
/// > (C) the abuse or threatened abuse of the legal process.
pub const MEANS: Rule = Rule {
    id: "us.7102.means",
    citation: "22 U.S.C. 7102(11), 7102(3)",
    summary: "The means: force, fraud or coercion (threats of serious harm, a scheme to make the person believe they would suffer it, abuse of the legal process).",
    quote: "through the use of force, fraud, or coercion (7102(11)(B)); The term \"coercion\" means— (A) threats of serious harm to or physical restraint against any person; (B) any scheme, plan, or pattern intended to cause a person to believe that failure to perform an act would result in serious harm to or physical restraint against any person; or (C) the abuse or threatened abuse of the legal process.",
    wording: Wording::Verbatim,
};

/// `us.7102.1` — § 7102(1), abuse of the legal process (a form of coercion, (3)(C)):
///
/// > The term "abuse or threatened abuse of the legal process" means the use
/// > or threatened use of a law or legal process, whether administrative,
/// > civil, or criminal, in any manner or for any purpose for which the law
/// > was not designed, in order to exert pressure on another person to cause
/// > that person to take some action or refrain from taking some action.
pub const LEGAL_PROCESS: Rule = Rule {
    id: "us.7102.1",
    citation: "22 U.S.C. 7102(1), (3)(C)",
    summary: "Abuse or threatened abuse of the legal process is coercion.",
    quote: "The term \"abuse or threatened abuse of the legal process\" means the use or threatened use of a law or legal process, whether administrative, civil, or criminal, in any manner or for any purpose for which the law was not designed, in order to exert pressure on another person to cause that person to take some action or refrain from taking some action.",
    wording: Wording::Verbatim,
};

/// `us.7102.purpose` — a commercial sex act (sex trafficking), or
/// involuntary servitude, peonage, debt bondage or slavery (labour
/// trafficking).
pub const PURPOSE: Rule = Rule {
    id: "us.7102.purpose",
    citation: "22 U.S.C. 7102(11), (12)",
    summary: "The purpose: a commercial sex act; or involuntary servitude, peonage, debt bondage or slavery.",
    quote: "for the purpose of a commercial sex act (7102(12)); ... for the purpose of subjection to involuntary servitude, peonage, debt bondage, or slavery (7102(11)(B))",
    wording: Wording::Verbatim,
};

/// `us.7102.4` — § 7102(4): "The term \"commercial sex act\" means any sex
/// act on account of which anything of value is given to or received by any
/// person." The exploitation of the prostitution of others is read as a
/// commercial sex act. The production of pornography is one only where
/// something of value is given or received on account of it, which a
/// record of it does not show: it is read in on that condition, at most as
/// suspected, and ruled out where the case states no commercial sex act.
pub const COMMERCIAL_SEX: Rule = Rule {
    id: "us.7102.4",
    citation: "22 U.S.C. 7102(4)",
    summary: "A commercial sex act: any sex act for which anything of value is given or received.",
    quote: "The term \"commercial sex act\" means any sex act on account of which anything of value is given to or received by any person.",
    wording: Wording::Verbatim,
};

/// `us.7102.8` — § 7102(8), involuntary servitude. Forced labour or
/// services (including forced begging and forced criminality), and the
/// practices similar to slavery, are read as involuntary servitude (or
/// peonage, debt bondage or slavery):
///
/// > The term "involuntary servitude" includes a condition of servitude
/// > induced by means of— (A) any scheme, plan, or pattern intended to cause
/// > a person to believe that, if the person did not enter into or continue
/// > in such condition, that person or another person would suffer serious
/// > harm or physical restraint; or (B) the abuse or threatened abuse of the
/// > legal process.
pub const SERVITUDE: Rule = Rule {
    id: "us.7102.8",
    citation: "22 U.S.C. 7102(8)",
    summary: "Involuntary servitude: a condition of servitude induced by a scheme of serious harm or by abuse of the legal process.",
    quote: "The term \"involuntary servitude\" includes a condition of servitude induced by means of— (A) any scheme, plan, or pattern intended to cause a person to believe that, if the person did not enter into or continue in such condition, that person or another person would suffer serious harm or physical restraint; or (B) the abuse or threatened abuse of the legal process.",
    wording: Wording::Verbatim,
};

/// `us.intent` — the purpose is what is intended: the definitions say "for
/// the purpose of" (§ 7102(11)(B), (12)). (The knowledge clause of § 1591(a)
/// is about the defendant's state of mind, not about whether the
/// exploitation happened, and is not quoted for this.)
pub const INTENT: Rule = Rule {
    id: "us.intent",
    citation: "22 U.S.C. 7102(11)(B), (12) (\"for the purpose of\")",
    summary: "The commercial sex act or the servitude need not have happened: the purpose is what was intended.",
    quote: "the recruitment, harboring, transportation, provision, or obtaining of a person for labor or services, through the use of force, fraud, or coercion for the purpose of subjection to involuntary servitude, peonage, debt bondage, or slavery (7102(11)(B)); the recruitment, harboring, transportation, provision, obtaining, patronizing, or soliciting of a person for the purpose of a commercial sex act (7102(12))",
    wording: Wording::Verbatim,
};

/// `us.7102.11a` — § 7102(11)(A): sex trafficking is a severe form when
/// induced by force, fraud or coercion, or when the person is under 18.
pub const SEX: Rule = Rule {
    id: "us.7102.11a",
    citation: "22 U.S.C. 7102(11)(A); 18 U.S.C. 1591(a)",
    summary: "Sex trafficking: force, fraud or coercion, or a person under 18 (no means needed).",
    quote: "(A) sex trafficking in which a commercial sex act is induced by force, fraud, or coercion, or in which the person induced to perform such act has not attained 18 years of age",
    wording: Wording::Verbatim,
};

/// `us.7102.11b` — § 7102(11)(B): labour trafficking needs force, fraud or
/// coercion at every age.
pub const LABOUR: Rule = Rule {
    id: "us.7102.11b",
    citation: "22 U.S.C. 7102(11)(B)",
    summary: "Labour trafficking: force, fraud or coercion at every age.",
    quote: "(B) the recruitment, harboring, transportation, provision, or obtaining of a person for labor or services, through the use of force, fraud, or coercion for the purpose of subjection to involuntary servitude, peonage, debt bondage, or slavery.",
    wording: Wording::Verbatim,
};

/// `us.1591.consent` — consent is not an element: § 1591(a) turns on the
/// means used "to cause the person to engage" in the act, or on age.
pub const CONSENT: Rule = Rule {
    id: "us.1591.consent",
    citation: "18 U.S.C. 1591(a); 22 U.S.C. 7102(11) (no consent element)",
    summary: "Consent is not an element: what counts is force, fraud or coercion, or (sex trafficking) age under 18.",
    quote: "knowing ... that means of force, threats of force, fraud, coercion ... will be used to cause the person to engage in a commercial sex act, or that the person has not attained the age of 18 years and will be caused to engage in a commercial sex act",
    wording: Wording::Verbatim,
};

/// `us.7102.11b.consent` — consent is not an element of labour
/// trafficking either: § 7102(11)(B) turns on what was done "through the
/// use of force, fraud, or coercion", not on whether the person agreed.
pub const CONSENT_LABOUR: Rule = Rule {
    id: "us.7102.11b.consent",
    citation: "22 U.S.C. 7102(11)(B) (no consent element)",
    summary: "Consent is not an element of labour trafficking: what counts is force, fraud or coercion.",
    quote: "(B) the recruitment, harboring, transportation, provision, or obtaining of a person for labor or services, through the use of force, fraud, or coercion for the purpose of subjection to involuntary servitude, peonage, debt bondage, or slavery.",
    wording: Wording::Verbatim,
};

/// `us.age` — under 18 (§ 7102(11)(A)); knowledge of age need not be
/// proved where the defendant had a reasonable opportunity to observe the
/// person (§ 1591(c)).
pub const CHILD_AGE: Rule = Rule {
    id: "us.age",
    citation: "22 U.S.C. 7102(11)(A); 18 U.S.C. 1591(c)",
    summary: "The child rule of sex trafficking is for a person under 18.",
    quote: "in which the person induced to perform such act has not attained 18 years of age (7102(11)(A)); ... the Government need not prove that the defendant knew, or recklessly disregarded the fact, that the person had not attained the age of 18 years (1591(c))",
    wording: Wording::Verbatim,
};

/// `us.no_border` — no border element: transportation is one act among
/// several (§ 7102(12)).
pub const NO_BORDER: Rule = Rule {
    id: "us.no_border",
    citation: "22 U.S.C. 7102(11), (12) (no border element)",
    summary: "No border crossing is needed.",
    quote: "The term \"sex trafficking\" means the recruitment, harboring, transportation, provision, obtaining, patronizing, or soliciting of a person for the purpose of a commercial sex act.",
    wording: Wording::Verbatim,
};

/// `us.read` — the terms of other instruments read into the US terms by
/// what was done: a transfer, or a transfer or exchange of control, is a
/// provision (by the one who hands over) or an obtaining (by the one who
/// takes); a receipt, or taking a child from lawful custody, is an
/// obtaining; abduction is force; deception is fraud. palermo's reading.
pub const READ: Rule = Rule {
    id: "us.read",
    citation: "22 U.S.C. 7102(11), (12) (terms read by what was done)",
    summary: "A transfer is a provision or an obtaining; a receipt is an obtaining; abduction is force; deception is fraud.",
    quote: "the recruitment, harboring, transportation, provision, obtaining, patronizing, or soliciting of a person (7102(12)); through the use of force, fraud, or coercion (7102(11)(B))",
    wording: Wording::Contract,
};

const PROVISION_OR_OBTAINING: &str = "provision or obtaining";
const INVOLUNTARY_SERVITUDE: &str = "involuntary servitude";

const ACTS: &[Term<Act>] = &[
    Term::listed(Act::Recruitment),
    Term::listed(Act::Transportation),
    Term::read(Act::Transfer, PROVISION_OR_OBTAINING, &READ, false),
    Term::listed(Act::Harbouring),
    Term::read(Act::Receipt, "obtaining", &READ, false),
    Term::read(
        Act::ExchangeOrTransferOfControl,
        PROVISION_OR_OBTAINING,
        &READ,
        false,
    ),
    Term::listed(Act::Provision),
    Term::listed(Act::Obtaining),
    Term::listed(Act::Patronizing),
    Term::listed(Act::Soliciting),
    Term::read(Act::RemovalFromCustody, "obtaining", &READ, false),
];

const MEANS_TERMS: &[Term<Means>] = &[
    Term::listed(Means::Threat),
    Term::listed(Means::Force),
    Term::listed(Means::Coercion),
    Term::read(Means::Abduction, "force", &READ, false),
    Term::listed(Means::Fraud),
    Term::read(Means::Deception, "fraud", &READ, false),
    Term::not(Means::AbuseOfPower),
    Term::not(Means::AbuseOfVulnerability),
    Term::not(Means::PaymentToController),
    Term::not(Means::Enticement),
    Term::named(Means::AbuseOfLegalProcess, &LEGAL_PROCESS),
];

const PURPOSES: &[Term<Purpose>] = &[
    Term::read(
        Purpose::ProstitutionOfOthers,
        "a commercial sex act",
        &COMMERCIAL_SEX,
        false,
    ),
    Term::not(Purpose::SexualExploitation),
    Term::read(
        Purpose::ForcedLabour,
        INVOLUNTARY_SERVITUDE,
        &SERVITUDE,
        true,
    ),
    Term::read(
        Purpose::ForcedServices,
        INVOLUNTARY_SERVITUDE,
        &SERVITUDE,
        false,
    ),
    Term::listed(Purpose::Slavery),
    Term::read(
        Purpose::PracticesSimilarToSlavery,
        "involuntary servitude, peonage, debt bondage or slavery",
        &SERVITUDE,
        false,
    ),
    Term::listed(Purpose::Servitude),
    Term::not(Purpose::OrganRemoval),
    Term::read(
        Purpose::ForcedBegging,
        INVOLUNTARY_SERVITUDE,
        &SERVITUDE,
        false,
    ),
    Term::read(
        Purpose::ForcedCriminality,
        INVOLUNTARY_SERVITUDE,
        &SERVITUDE,
        false,
    ),
    Term::not(Purpose::ForcedMarriage),
    Term::not(Purpose::IllegalAdoption),
    Term::listed(Purpose::CommercialSex),
    Term::listed(Purpose::DebtBondage),
    Term::listed(Purpose::Peonage),
    Term::not(Purpose::ExploitationOfSurrogacy),
    // A commercial sex act only "on account of which anything of value is
    // given to or received by any person" (7102(4)): the production of
    // pornography is read in provisionally, at most suspected, and not at
    // all where the case states no commercial sex act
    // (`decide::trafficking::refuted`). Not asked: a "yes" to it alone
    // gives no more than suspected.
    Term {
        fact: Purpose::ProductionOfPornography,
        how: How::Read {
            term: "a commercial sex act (where anything of value is given or received)",
            rule: &COMMERCIAL_SEX,
        },
        ask: false,
        provisional: Some(&COMMERCIAL_SEX),
    },
    Term::not(Purpose::SexualAggression),
    Term::not(Purpose::ProfitMaking),
    Term::not(Purpose::ChildLabour),
    Term::not(Purpose::ServileMarriage),
];

const SEX_ACTS: &[Act] = &[
    Act::Recruitment,
    Act::Transportation,
    Act::Transfer,
    Act::Harbouring,
    Act::Receipt,
    Act::ExchangeOrTransferOfControl,
    Act::Provision,
    Act::Obtaining,
    Act::Patronizing,
    Act::Soliciting,
    Act::RemovalFromCustody,
];

const LABOUR_ACTS: &[Act] = &[
    Act::Recruitment,
    Act::Transportation,
    Act::Transfer,
    Act::Harbouring,
    Act::Receipt,
    Act::ExchangeOrTransferOfControl,
    Act::Provision,
    Act::Obtaining,
    Act::RemovalFromCustody,
];

const SEX_PURPOSES: &[Purpose] = &[
    Purpose::ProstitutionOfOthers,
    Purpose::CommercialSex,
    Purpose::ProductionOfPornography,
];

const LABOUR_PURPOSES: &[Purpose] = &[
    Purpose::ForcedLabour,
    Purpose::ForcedServices,
    Purpose::Slavery,
    Purpose::PracticesSimilarToSlavery,
    Purpose::Servitude,
    Purpose::ForcedBegging,
    Purpose::ForcedCriminality,
    Purpose::DebtBondage,
    Purpose::Peonage,
];

/// The `us` profile.
pub const DEFINITION: Definition = Definition {
    profile: Profile::Us,
    title: "United States: 22 U.S.C. 7102 (severe forms of trafficking in persons; sex trafficking) and 18 U.S.C. 1591",
    provenance: Some("paragraph numbering unverified, see docs/SOURCES.md §8: the wording is verbatim from the US Code (22 U.S.C. 7102, 18 U.S.C. 1591, via a mirror), but the paragraph numbers of 22 U.S.C. 7102 are those of the current Code and have changed between editions; cite by term. Readings of other instruments' terms into the US ones (deception as fraud, forced labour as involuntary servitude) are palermo's."),
    confidence: "high for the wording; paragraph numbers are those of the current Code (docs/SOURCES.md §8)",
    acts: ACTS,
    means: MEANS_TERMS,
    purposes: PURPOSES,
    limbs: &[
        Limb {
            key: "sex",
            rule: &SEX,
            child: ChildRule::NoMeans(&SEX),
            acts: Some(SEX_ACTS),
            purposes: Some(SEX_PURPOSES),
            without_means: true,
            child_caveat: None,
            guardianship: false,
            unverified: false,
            consent: None,
        },
        Limb {
            key: "labour",
            rule: &LABOUR,
            child: ChildRule::MeansAlways(&LABOUR),
            acts: Some(LABOUR_ACTS),
            purposes: Some(LABOUR_PURPOSES),
            without_means: false,
            child_caveat: None,
            guardianship: false,
            unverified: false,
            consent: Some(&CONSENT_LABOUR),
        },
    ],
    provisions: Provisions {
        act: &ACT,
        means: &MEANS,
        vulnerability: &MEANS,
        purpose: &PURPOSE,
        intent: &INTENT,
        consent: &CONSENT,
        border: &NO_BORDER,
        child_age: &CHILD_AGE,
        presumed_child: &super::age::PRESUMED_CHILD_SCREENING,
        non_punishment: &super::protection::NON_PUNISHMENT_US,
        victim: None,
        sale_by_payment: None,
    },
};
