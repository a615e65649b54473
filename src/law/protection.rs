//! Protection of the person: non-punishment for offences they were compelled
//! to commit.
//!
//! The Trafficking Protocol itself has no non-punishment clause (UNODC E4J
//! Module 8: it "does not grant them immunity from prosecution ... for crimes
//! committed during the period of their exploitation"). Regional instruments
//! and the OHCHR Principles do; palermo raises an advisory flag, never a
//! legal conclusion.

use super::{Rule, Wording};

/// `np.26` — Council of Europe Convention (CETS 197) art. 26 (verbatim): a
/// discretion ("provide for the possibility of not imposing penalties"),
/// not a bar to prosecution.
///
/// > Each Party shall, in accordance with the basic principles of its legal
/// > system, provide for the possibility of not imposing penalties on victims
/// > for their involvement in unlawful activities, to the extent that they
/// > have been compelled to do so.
///
pub const NON_PUNISHMENT: Rule = Rule {
    id: "np.26",
    citation: "CoE Convention CETS 197 art. 26",
    summary: "Each Party provides for the possibility of not imposing penalties on victims for unlawful activities they were compelled to commit.",
    quote: "Each Party shall, in accordance with the basic principles of its legal system, provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities, to the extent that they have been compelled to do so.",
    wording: Wording::Verbatim,
};

/// `np.ohchr.7` — the Trafficking Protocol has no non-punishment clause; the
/// source cited under `palermo` is the OHCHR Recommended Principles and
/// Guidelines on Human Rights and Human Trafficking (E/2002/68/Add.1),
/// Principle 7 (wording from memory, medium-high; see `docs/SOURCES.md`
/// §12):
///
/// > Trafficked persons shall not be detained, charged or prosecuted for the
/// > illegality of their entry into or residence in countries of transit and
/// > destination, or for their involvement in unlawful activities to the
/// > extent that such involvement is a direct consequence of their situation
/// > as trafficked persons.
///
/// Soft law: guidance, not a treaty obligation.
pub const NON_PUNISHMENT_OHCHR: Rule = Rule {
    id: "np.ohchr.7",
    citation: "OHCHR Recommended Principles and Guidelines (2002), Principle 7 (the Protocol has no such clause)",
    summary: "Guidance: trafficked persons should not be prosecuted for unlawful activities that are a direct consequence of their being trafficked.",
    quote: "Trafficked persons shall not be detained, charged or prosecuted for the illegality of their entry into or residence in countries of transit and destination, or for their involvement in unlawful activities to the extent that such involvement is a direct consequence of their situation as trafficked persons.",
    wording: Wording::Unverified,
};

/// `np.eu.8` — Directive 2011/36/EU art. 8 (quoted by UNODC E4J; see
/// `docs/SOURCES.md` §12): the competent authorities are "entitled" not to
/// prosecute or impose penalties: a discretion.
pub const NON_PUNISHMENT_EU: Rule = Rule {
    id: "np.eu.8",
    citation: "Directive 2011/36/EU art. 8",
    summary: "The competent authorities are entitled not to prosecute or penalise victims for criminal activities they were compelled to commit.",
    quote: "Member States shall, in accordance with the basic principles of their legal systems, take the necessary measures to ensure that competent national authorities are entitled not to prosecute or impose penalties on victims of trafficking in human beings for their involvement in criminal activities which they have been compelled to commit as a direct consequence of being subjected to any of the acts referred to in Article 2.",
    wording: Wording::Corroborated,
};

/// `np.actip.14.7` — ASEAN Convention (ACTIP) art. 14(7) (wording from
/// memory, medium-high; see `docs/SOURCES.md` §12): Parties "consider" not
/// holding victims liable: a discretion.
pub const NON_PUNISHMENT_ACTIP: Rule = Rule {
    id: "np.actip.14.7",
    citation: "ACTIP art. 14(7)",
    summary: "Each Party considers, in appropriate cases, not holding victims liable for unlawful acts directly related to the trafficking.",
    quote: "Each Party shall, subject to its domestic laws, rules, regulations and policies, and in appropriate cases, consider not holding victims of trafficking in persons criminally or administratively liable, for unlawful acts committed by them, if such acts are directly related to the acts of trafficking.",
    wording: Wording::Unverified,
};

/// `np.us.7101` — US federal law has no operative non-punishment
/// provision; Congress's finding in the TVPA, § 102(b)(19), 22 U.S.C.
/// 7101(b)(19) (verbatim from a secondary copy), states the principle:
///
/// > Victims of severe forms of trafficking should not be inappropriately
/// > incarcerated, fined, or otherwise penalized solely for unlawful acts
/// > committed as a direct result of being trafficked, such as using false
/// > documents, entering the country without documentation, or working
/// > without documentation.
///
/// A finding, not a bar to prosecution: cited as guidance, as OHCHR
/// Principle 7 is under the Protocol.
pub const NON_PUNISHMENT_US: Rule = Rule {
    id: "np.us.7101",
    citation: "22 U.S.C. 7101(b)(19) (TVPA § 102(b)(19), a congressional finding)",
    summary: "Guidance: victims of severe forms of trafficking should not be penalized solely for unlawful acts committed as a direct result of being trafficked.",
    quote: "Victims of severe forms of trafficking should not be inappropriately incarcerated, fined, or otherwise penalized solely for unlawful acts committed as a direct result of being trafficked, such as using false documents, entering the country without documentation, or working without documentation.",
    wording: Wording::Corroborated,
};

/// `np.none` — the instrument has no non-punishment provision (the
/// Cambodian law of 2008, in the text palermo holds): the flag stays, as advice to raise the
/// question with the prosecutor, and the reason says there is no provision.
pub const NO_NON_PUNISHMENT: Rule = Rule {
    id: "np.none",
    citation: "none in this instrument",
    summary: "The instrument has no non-punishment provision; any protection depends on other law or on prosecutorial discretion.",
    quote: "This instrument has no provision on the non-punishment of victims.",
    wording: Wording::Contract,
};
