//! Cambodia: Law on Suppression of Human Trafficking and Sexual
//! Exploitation (Royal Kram NS/RKM/0208/005, 2008): the `cambodia` profile.
//!
//! Source (`docs/SOURCES.md` §10): the official text is Khmer. Arts. 1, 8
//! and 10 are quoted verbatim from UNICEF's **unofficial English
//! translation** (03/03/2008): high as to the translation. The article
//! numbers and wording of the other offences (recruitment, selling, buying
//! or exchanging, transport and receipt, arts. 12-19) and of the definition
//! of a minor are **from memory, low-medium**.
//!
//! > Article 8 — Definition of Unlawful Removal. The act of unlawful removal
//! > in this law shall mean to:
//! > 1) remove a person from his/her current place of residence to a place
//! > under the actor's or a third person's control by means of force,
//! > threat, deception, abuse of power, or enticement, or
//! > 2) without legal authority or any other legal justification to do so,
//! > take a minor or a person under general custody or curatorship or legal
//! > custody away from the legal custody of the parents, care taker or
//! > guardian.
//!
//! > Article 10 — Unlawful Removal with Purpose. A person who unlawfully
//! > removes another for the purpose of profit making, sexual aggression,
//! > production of pornography, marriage against will of the victim,
//! > adoption or any form of exploitation shall be punished with
//! > imprisonment from 7 to 15 years. ...
//! > The terms "any form of exploitation" in this Article and Article 12, 15,
//! > 17, and 19 of this law shall include the exploitation of the
//! > prostitution of others, pornography, commercial sex act, forced labor or
//! > services, slavery or practices similar to slavery, debt bondage,
//! > involuntary servitude, child labor or the removal of organs.
//! > The consent of the victim to any of the intended purpose set forth in
//! > paragraph 1 of this article shall be irrelevant where any of the means
//! > set forth in subparagraph 1) of Article 8 of this law is used.
//!
//! (The stored copy reads "adoption of any form of exploitation", almost
//! certainly a transcription error for "adoption or any form of
//! exploitation"; the quotes here use "or".)
//!
//! The law does not follow the Protocol's single offence: it splits
//! trafficking into act-specific offences. Four limbs, then:
//!
//! 1. unlawful removal by a means (arts. 8(1), 10), at every age;
//! 2. unlawful removal from lawful custody, with no means (arts. 8(2), 10):
//!    only where the person, a minor or a person of any age under custody
//!    or curatorship (`person.under_guardianship`), was taken away from
//!    the custody of their parents, carer or guardian
//!    (`act.removal_from_custody`). Transporting a minor with the
//!    agreement of those who have custody is not a removal from custody;
//! 3. selling, buying or exchanging a person (arts. 13-16), which art. 13
//!    (as recalled) defines by the handing over of control "in exchange for
//!    anything of value", with no means;
//! 4. the other offences (recruitment, transport and receipt, arts. 12 and
//!    17-19), assessed as art. 8(1) is, with a means; for a minor, whether
//!    they need one is not in the text palermo could check, so a minor's
//!    finding without one is provisional (at most `suspected`), never a
//!    firm "no".
//!
//! The wording of limbs 3 and 4 is unverified, so a finding under them is
//! at most `suspected` and says so (contract revision 2). Purposes are
//! broader than the Protocol's: profit making and adoption are purposes in
//! their own right, and child labour is a form of exploitation.

use super::profile::{Caveat, ChildRule, Definition, Limb, Profile, Provisions, Term};
use super::{Rule, Wording};
use crate::model::{Act, Means, Purpose};

const LAW: &str =
    "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008)";

/// `kh.8.act` — art. 8: unlawful removal, by a means (8(1)) or of a minor
/// from lawful custody (8(2)).
pub const ACT: Rule = Rule {
    id: "kh.8.act",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 8",
    summary: "The act: unlawful removal of a person to a place under another's control, or of a minor from lawful custody.",
    quote: "The act of unlawful removal in this law shall mean to: 1) remove a person from his/her current place of residence to a place under the actor's or a third person's control by means of force, threat, deception, abuse of power, or enticement, or 2) without legal authority or any other legal justification to do so, take a minor or a person under general custody or curatorship or legal custody away from the legal custody of the parents, care taker or guardian.",
    wording: Wording::Translation,
};

/// `kh.8.1.means` — art. 8(1): force, threat, deception, abuse of power or
/// enticement. No abuse of a position of vulnerability, no payments to a
/// person in control.
pub const MEANS: Rule = Rule {
    id: "kh.8.1.means",
    citation:
        "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 8(1)",
    summary: "The means: force, threat, deception, abuse of power or enticement.",
    quote: "by means of force, threat, deception, abuse of power, or enticement",
    wording: Wording::Translation,
};

/// `kh.8.2.minor` — art. 8(2): taking a minor, or a person under general
/// custody or curatorship or legal custody, away from the legal custody of
/// the parents, carer or guardian without legal authority is an unlawful
/// removal, with no means. The act is the taking away from custody
/// (`act.removal_from_custody`): a journey agreed by those who have
/// custody is not one.
pub const MINOR: Rule = Rule {
    id: "kh.8.2.minor",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 8(2), 10",
    summary: "Taking a minor, or a person under custody or curatorship, away from lawful custody without legal authority is an unlawful removal; no means is needed.",
    quote: "without legal authority or any other legal justification to do so, take a minor or a person under general custody or curatorship or legal custody away from the legal custody of the parents, care taker or guardian",
    wording: Wording::Translation,
};

/// `kh.10.purpose` — art. 10, paragraphs 1 and 3: the purposes.
pub const PURPOSE: Rule = Rule {
    id: "kh.10.purpose",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 10",
    summary: "The purpose: profit making, sexual aggression, production of pornography, marriage against the victim's will, adoption, or any form of exploitation.",
    quote: "for the purpose of profit making, sexual aggression, production of pornography, marriage against will of the victim, adoption or any form of exploitation ... The terms \"any form of exploitation\" in this Article and Article 12, 15, 17, and 19 of this law shall include the exploitation of the prostitution of others, pornography, commercial sex act, forced labor or services, slavery or practices similar to slavery, debt bondage, involuntary servitude, child labor or the removal of organs.",
    wording: Wording::Translation,
};

/// `kh.10` — art. 10, paragraph 1: unlawful removal with purpose.
pub const REMOVAL: Rule = Rule {
    id: "kh.10",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 8(1), 10",
    summary: "Unlawful removal by force, threat, deception, abuse of power or enticement, for a purpose of art. 10.",
    quote: "A person who unlawfully removes another for the purpose of profit making, sexual aggression, production of pornography, marriage against will of the victim, adoption or any form of exploitation shall be punished with imprisonment from 7 to 15 years.",
    wording: Wording::Translation,
};

/// `kh.10.intent` — "for the purpose of": the purpose need not have been achieved.
pub const INTENT: Rule = Rule {
    id: "kh.10.intent",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 10 (\"for the purpose of\")",
    summary: "The purpose need not have been achieved.",
    quote: "A person who unlawfully removes another for the purpose of ...",
    wording: Wording::Translation,
};

/// `kh.10.consent` — art. 10, paragraphs 4 and 5.
pub const CONSENT: Rule = Rule {
    id: "kh.10.consent",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 10",
    summary: "Consent to the intended purpose is irrelevant where a means of art. 8(1) is used.",
    quote: "The consent of the victim to any of the intended purpose set forth in paragraph 1 of this article shall be irrelevant where any of the means set forth in subparagraph 1) of Article 8 of this law is used. This shall apply to the offences stipulated in Article 15, 17, and 19 of this law as well.",
    wording: Wording::Translation,
};

/// `kh.offences` — the other trafficking offences: recruitment for
/// exploitation, transport and receipt (arts. 12, 17-19). **Unverified**:
/// article numbers and wording from memory (`docs/SOURCES.md` §10,
/// low-medium). Art. 10 confirms that arts. 12, 15, 17 and 19 are offences
/// "with purpose" and that consent is irrelevant under arts. 15, 17 and 19
/// where a means of art. 8(1) is used. palermo assesses them as it assesses
/// art. 8(1), with a means for an adult, and at most as `suspected`. For a
/// minor, whether they need a means is not in the text palermo could
/// check: without one, the finding is `suspected` (provisional, on the
/// unverified premise that they need none), never a firm "no": a wrong "no"
/// for a child denies protection.
pub const OFFENCES: Rule = Rule {
    id: "kh.offences",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) arts. 12, 17-19 (article numbers and wording unverified)",
    summary: "Recruitment, transport and receipt of a person for a purpose of art. 10; assessed with a means of art. 8(1) for an adult, provisionally without one for a minor, and at most as suspected until the wording is checked.",
    quote: "The terms \"any form of exploitation\" in this Article and Article 12, 15, 17, and 19 of this law shall include ... (art. 10; the wording of arts. 12, 17-19 themselves is unverified)",
    wording: Wording::Unverified,
};

/// `kh.13.sale` — selling, buying or exchanging a person (arts. 13-16).
/// **Unverified**: art. 13 (medium, from memory) defines it as "to
/// unlawfully deliver the control over a person to another, or to
/// unlawfully receive the control over a person from another, in exchange
/// for anything of value"; art. 15 is the offence with a purpose of art.
/// 10. The definition names no means: the handing over for value is the
/// offence. palermo assesses it without a means at every age, and at most
/// as `suspected` until the wording is checked.
pub const SALE: Rule = Rule {
    id: "kh.13.sale",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) arts. 13-16 (article numbers and wording unverified)",
    summary: "Selling, buying or exchanging a person (handing over control for anything of value) for a purpose of art. 10; no means is named; at most suspected until the wording is checked.",
    quote: "to unlawfully deliver the control over a person to another, or to unlawfully receive the control over a person from another, in exchange for anything of value (art. 13, from memory)",
    wording: Wording::Unverified,
};

/// `kh.13.paid` — a transfer or receipt of a person with a payment to a
/// person in control of them is the handing over of control "in exchange
/// for anything of value" that art. 13 (as recalled, **unverified**) calls
/// selling or buying. The law names no payment among its means (art.
/// 8(1)): the payment makes the act a sale. palermo's reading (contract
/// revision 2: "a sale is a payment to a person in control"); the sale
/// offences are then assessed as [`SALE`] says, at most as `suspected`.
pub const SALE_BY_PAYMENT: Rule = Rule {
    id: "kh.13.paid",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 13 (wording unverified), as read by palermo",
    summary: "A transfer or receipt of the person with a payment to a person in control of them is an exchange of control for value: a sale (arts. 13-16).",
    quote: "A person handed over (transferred) or received, with a payment or benefit given to someone in control of them, has had control over them delivered or received in exchange for something of value: that is selling or buying a person (art. 13, as recalled), whatever the act is called in the record.",
    wording: Wording::Contract,
};

/// `kh.offences.minor` — whether the offences of arts. 12 and 17-19 need a
/// means of art. 8(1) when the person is a minor is not in the text
/// palermo could check (their wording is from memory, low-medium). A
/// minor's finding under them without a means is therefore `suspected`:
/// provisional, on that unverified premise, never a firm "no" (a wrong "no"
/// for a child denies protection), and never established.
pub const OFFENCES_MINOR: Rule = Rule {
    id: "kh.offences.minor",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) arts. 12, 17-19 (article numbers and wording unverified), as read by palermo",
    summary: "Whether these offences need a means for a minor is unverified: a minor's finding under them without one is provisional (at most suspected).",
    quote: "Whether the recruitment, harbouring and receipt offences (arts. 12, 17-19) need force, threat, deception, abuse of power or enticement when the person is a minor could not be checked: a minor's finding under them without one is held as provisional until their wording is verified.",
    wording: Wording::Contract,
};

/// `kh.minor` — a minor is a person below 18. **Unverified**: the law's
/// definition article (art. 6 or 7) is from memory (low-medium); Cambodia is
/// also bound by CRC art. 1 and ACTIP art. 2(d).
pub const CHILD_AGE: Rule = Rule {
    id: "kh.minor",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) ch. 1 (definition of a minor; article number unverified)",
    summary: "A minor is a person below 18.",
    quote: "A minor in this law shall mean a person below 18 years old. (from memory)",
    wording: Wording::Unverified,
};

/// `kh.8.no_border` — art. 8(1): removal "from his/her current place of
/// residence", within Cambodia or abroad; removal for cross-border transfer
/// is a separate, heavier offence (art. 11, unverified).
pub const NO_BORDER: Rule = Rule {
    id: "kh.8.no_border",
    citation: "Cambodian Law on Suppression of Human Trafficking and Sexual Exploitation (2008) art. 8(1) (no border element)",
    summary: "No border crossing is needed.",
    quote: "remove a person from his/her current place of residence to a place under the actor's or a third person's control",
    wording: Wording::Translation,
};

const REMOVAL_TERM: &str = "removal (taking the person to a place under another's control)";

const ACTS: &[Term<Act>] = &[
    Term::named(Act::Recruitment, &OFFENCES),
    Term::read(Act::Transportation, REMOVAL_TERM, &ACT, true),
    Term::read(Act::Transfer, REMOVAL_TERM, &ACT, true),
    Term::named(Act::Harbouring, &OFFENCES),
    Term::named(Act::Receipt, &OFFENCES),
    // A handing over of control is a sale only for something of value
    // (art. 13, `decide::trafficking::unpaid`); without it, it is a
    // handing over or a receipt of the person, which the offences of arts.
    // 12, 17-19 reach with a means of art. 8(1).
    Term::read(
        Act::ExchangeOrTransferOfControl,
        "handing over or receiving the person (for something of value, selling, buying or exchanging a person)",
        &OFFENCES,
        true,
    ),
    Term::read(
        Act::Provision,
        "handing over the person (for something of value, selling them)",
        &OFFENCES,
        false,
    ),
    Term::read(
        Act::Obtaining,
        "receiving the person (for something of value, buying them)",
        &OFFENCES,
        false,
    ),
    Term::not(Act::Patronizing),
    Term::not(Act::Soliciting),
    Term::named(Act::RemovalFromCustody, &MINOR),
];

const MEANS_TERMS: &[Term<Means>] = &[
    Term::listed(Means::Threat),
    Term::listed(Means::Force),
    Term::not(Means::Coercion),
    Term::read(Means::Abduction, "force", &MEANS, false),
    Term::read(Means::Fraud, "deception", &MEANS, false),
    Term::listed(Means::Deception),
    Term::listed(Means::AbuseOfPower),
    Term::not(Means::AbuseOfVulnerability),
    Term::not(Means::PaymentToController),
    Term::listed(Means::Enticement),
    Term::read(Means::AbuseOfLegalProcess, "threat", &MEANS, false),
];

const ANY_FORM: &str = "any form of exploitation";
const FORCED_LABOUR: &str = "forced labor or services";

const PURPOSES: &[Term<Purpose>] = &[
    Term::listed(Purpose::ProstitutionOfOthers),
    Term::read(Purpose::SexualExploitation, ANY_FORM, &PURPOSE, false),
    Term::listed(Purpose::ForcedLabour),
    Term::listed(Purpose::ForcedServices),
    Term::listed(Purpose::Slavery),
    Term::listed(Purpose::PracticesSimilarToSlavery),
    Term::listed(Purpose::Servitude),
    Term::listed(Purpose::OrganRemoval),
    Term::read(Purpose::ForcedBegging, FORCED_LABOUR, &PURPOSE, false),
    Term::read(Purpose::ForcedCriminality, FORCED_LABOUR, &PURPOSE, false),
    Term::listed(Purpose::ForcedMarriage),
    Term::listed(Purpose::IllegalAdoption),
    Term::listed(Purpose::CommercialSex),
    Term::listed(Purpose::DebtBondage),
    Term::read(Purpose::Peonage, "debt bondage", &PURPOSE, false),
    Term::not(Purpose::ExploitationOfSurrogacy),
    Term::listed(Purpose::ProductionOfPornography),
    Term::listed(Purpose::SexualAggression),
    Term::listed(Purpose::ProfitMaking),
    Term::listed(Purpose::ChildLabour),
    Term::read(
        Purpose::ServileMarriage,
        "slavery or practices similar to slavery",
        &PURPOSE,
        false,
    ),
];

/// The `cambodia` profile.
pub const DEFINITION: Definition = Definition {
    profile: Profile::Cambodia,
    title: LAW,
    provenance: Some("unofficial translation and unverified wording, see docs/SOURCES.md §10: arts. 8 and 10 are quoted from UNICEF's unofficial English translation (the official text is Khmer); the recruitment, sale, transport and receipt offences (arts. 12-19) and the definition of a minor are from memory (low-medium), so a finding under those offences is at most possible trafficking until their wording is checked. palermo assesses the sale offences without a means, and the others with a means of art. 8(1) for an adult and provisionally without one for a minor."),
    confidence: "arts. 1, 8, 10 high as an unofficial translation; other article numbers and wording low-medium (docs/SOURCES.md §10)",
    acts: ACTS,
    means: MEANS_TERMS,
    purposes: PURPOSES,
    limbs: &[
        Limb {
            key: "removal",
            rule: &REMOVAL,
            child: ChildRule::MeansAlways(&MINOR),
            acts: Some(&[Act::Transportation, Act::Transfer, Act::RemovalFromCustody]),
            purposes: None,
            without_means: false,
            child_caveat: None,
            guardianship: false,
            unverified: false,
            consent: None,
        },
        Limb {
            key: "minor",
            rule: &MINOR,
            child: ChildRule::ChildOnly(&MINOR),
            acts: Some(&[Act::RemovalFromCustody]),
            purposes: None,
            without_means: false,
            child_caveat: None,
            guardianship: true,
            unverified: false,
            consent: None,
        },
        Limb {
            key: "sale",
            rule: &SALE,
            child: ChildRule::NoMeansAtAnyAge(&SALE),
            acts: Some(&[
                Act::ExchangeOrTransferOfControl,
                Act::Provision,
                Act::Obtaining,
            ]),
            purposes: None,
            without_means: false,
            child_caveat: None,
            guardianship: false,
            unverified: true,
            consent: None,
        },
        Limb {
            key: "offences",
            rule: &OFFENCES,
            // Whether these offences need a means for a minor is not in the
            // text palermo could check: a minor's finding without one is
            // provisional (the caveat says so), never a firm "no".
            child: ChildRule::NoMeans(&OFFENCES),
            // A handing over or a receipt of the person, by whatever name
            // (a transfer, an exchange of control, a provision, an
            // obtaining), is reached here as a receipt or a transport is,
            // with a means: without value it is no sale (arts. 13-16), but
            // it is still what these offences name. (A transfer is also a
            // removal under art. 8(1).)
            acts: Some(&[
                Act::Recruitment,
                Act::Transportation,
                Act::Transfer,
                Act::Harbouring,
                Act::Receipt,
                Act::ExchangeOrTransferOfControl,
                Act::Provision,
                Act::Obtaining,
            ]),
            purposes: None,
            without_means: false,
            child_caveat: Some(Caveat {
                purposes: <Purpose as crate::model::Vocabulary>::ALL,
                rule: &OFFENCES_MINOR,
            }),
            guardianship: false,
            unverified: true,
            consent: None,
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
        non_punishment: &super::protection::NO_NON_PUNISHMENT,
        victim: None,
        sale_by_payment: Some(&SALE_BY_PAYMENT),
    },
};
