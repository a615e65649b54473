//! Readings across instruments: the terms of one instrument read into the
//! terms another names, so that each fact of the vocabulary means one thing
//! under every profile.
//!
//! Each reading is palermo's, on the basis quoted; a reading is always
//! reported as such in the reasons (and the purpose readings raise the
//! `purpose_by_interpretation` flag), never presented as the instrument's
//! own words. The readings used by the Protocol-family definitions (palermo,
//! coe, eu, asean) are here; the US and Cambodian readings are in their
//! own files.

use super::{Rule, Wording};

/// `read.act` — acts named by other instruments, read into the Protocol's
/// acts by what was done: providing a person to another, and a transfer or
/// exchange of control, are a *transfer*; obtaining a person is a *receipt*;
/// taking a child away from lawful custody is a *transportation or transfer*.
/// Directive 2011/36/EU art. 2(1) makes the first explicit for the EU: "the
/// recruitment, transportation, transfer, harbouring or reception of persons,
/// including the exchange or transfer of control over those persons".
pub const ACT: Rule = Rule {
    id: "read.act",
    citation: "Trafficking Protocol art. 3(a) (acts, read by what was done); cf. Directive 2011/36/EU art. 2(1)",
    summary: "Providing a person, and a transfer or exchange of control, are a transfer; obtaining is a receipt; taking a child from lawful custody is a transportation or transfer.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons (Trafficking Protocol art. 3(a)); ... including the exchange or transfer of control over those persons (Directive 2011/36/EU art. 2(1))",
    wording: Wording::Contract,
};

/// `read.legal_process` — the abuse or threatened abuse of the legal process
/// (22 U.S.C. 7102(1)) is one of the "other forms of coercion" of the
/// Protocol. UNODC Model Law against Trafficking in Persons (2009) art. 5,
/// "coercion" (wording from memory, `docs/SOURCES.md` §4.5, MEDIUM):
///
/// > (iii) Abuse or any threat linked to the legal status of a person
pub const LEGAL_PROCESS: Rule = Rule {
    id: "read.legal_process",
    citation: "UNODC Model Law against Trafficking in Persons (2009) art. 5 (\"coercion\")",
    summary: "Abuse of the legal process (threats of arrest or deportation) is one of the other forms of coercion.",
    quote: "\"Coercion\" shall mean use of force or threat thereof, and some forms of non-violent or psychological use of force or threat thereof, including but not limited to: ... (iii) Abuse or any threat linked to the legal status of a person; (iv) Psychological pressure.",
    wording: Wording::Unverified,
};

/// `read.debt_bondage` — debt bondage, and peonage (compulsory service in
/// payment of a debt), are practices similar to slavery. Supplementary
/// Convention on the Abolition of Slavery (1956) art. 1(a), verbatim
/// (`docs/SOURCES.md` §5.3):
///
/// > Debt bondage, that is to say, the status or condition arising from a
/// > pledge by a debtor of his personal services or of those of a person
/// > under his control as security for a debt, if the value of those services
/// > as reasonably assessed is not applied towards the liquidation of the
/// > debt or the length and nature of those services are not respectively
/// > limited and defined;
pub const DEBT_BONDAGE: Rule = Rule {
    id: "read.debt_bondage",
    citation: "Supplementary Slavery Convention 1956 art. 1(a)",
    summary: "Debt bondage, and peonage, are practices similar to slavery.",
    quote: "Debt bondage, that is to say, the status or condition arising from a pledge by a debtor of his personal services or of those of a person under his control as security for a debt, if the value of those services as reasonably assessed is not applied towards the liquidation of the debt or the length and nature of those services are not respectively limited and defined",
    wording: Wording::Verbatim,
};

/// `read.sexual` — a commercial sex act, and the production of pornography,
/// are "other forms of sexual exploitation". The Protocol leaves the term
/// undefined (A/55/383/Add.1 para. 64); the UNODC Model Law (2009) art. 5
/// defines it (wording from memory, `docs/SOURCES.md` §4.5, MEDIUM):
///
/// > "Sexual exploitation" shall mean the obtaining of financial or other
/// > benefits through the involvement of another person in prostitution,
/// > sexual servitude or other kinds of sexual services, including
/// > pornographic acts or the production of pornographic materials.
pub const SEXUAL: Rule = Rule {
    id: "read.sexual",
    citation: "UNODC Model Law against Trafficking in Persons (2009) art. 5 (\"sexual exploitation\"); A/55/383/Add.1 para. 64",
    summary: "A commercial sex act, and the production of pornography, are other forms of sexual exploitation.",
    quote: "\"Sexual exploitation\" shall mean the obtaining of financial or other benefits through the involvement of another person in prostitution, sexual servitude or other kinds of sexual services, including pornographic acts or the production of pornographic materials.",
    wording: Wording::Unverified,
};
