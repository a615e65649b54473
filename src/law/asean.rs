//! ASEAN Convention against Trafficking in Persons, Especially Women and
//! Children (ACTIP, Kuala Lumpur, 21 November 2015), art. 2: the `asean`
//! profile.
//!
//! Source (`docs/SOURCES.md` §9): **from memory, medium-high.** No
//! primary-text copy could be read. Art. 2(a)-(d) reproduce the Trafficking
//! Protocol art. 3(a)-(d) word for word (with "this Article"), which the
//! ASEAN Commission on Women and Children's regional review confirms in
//! substance ("the international legal definition as affirmed in the ASEAN
//! Convention"); the quotes below are that text and must be checked against
//! the official ACTIP text (asean.org) before they are relied on. The facts
//! that count are the Protocol's.

use super::profile::{Definition, Limb, Profile, Provisions};
use super::trafficking_protocol::{
    NO_BORDER_REQUIRED, PROTOCOL_ACTS, PROTOCOL_MEANS, PROTOCOL_PURPOSES, VULNERABILITY_ALONE,
};
use super::{Rule, Wording};

/// `actip.2a.act` — art. 2(a) (from memory):
///
/// > the recruitment, transportation, transfer, harbouring or receipt of persons
pub const ACT: Rule = Rule {
    id: "actip.2a.act",
    citation: "ACTIP art. 2(a)",
    summary: "The act: recruitment, transportation, transfer, harbouring or receipt.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons",
    wording: Wording::Unverified,
};

/// `actip.2a.means` — art. 2(a) (from memory): the Protocol's means.
pub const MEANS: Rule = Rule {
    id: "actip.2a.means",
    citation: "ACTIP art. 2(a)",
    summary: "The means: threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments to a person in control.",
    quote: "by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person",
    wording: Wording::Unverified,
};

/// `actip.2a.purpose` — art. 2(a) (from memory): the Protocol's minimum list.
pub const PURPOSE: Rule = Rule {
    id: "actip.2a.purpose",
    citation: "ACTIP art. 2(a)",
    summary: "The purpose: exploitation, at a minimum the forms ACTIP lists.",
    quote: "for the purpose of exploitation. Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs",
    wording: Wording::Unverified,
};

/// `actip.2a.intent` — art. 2(a) "for the purpose of exploitation": the
/// exploitation need not have happened.
pub const INTENT: Rule = Rule {
    id: "actip.2a.intent",
    citation: "ACTIP art. 2(a) (\"for the purpose of\")",
    summary: "Exploitation need not have occurred: the purpose is what the trafficker intended.",
    quote: "for the purpose of exploitation",
    wording: Wording::Unverified,
};

/// `actip.2a` — for an adult, all three elements (art. 2(a), from memory).
pub const ADULT: Rule = Rule {
    id: "actip.2a",
    citation: "ACTIP art. 2(a)",
    summary: "An adult's case needs an act, a means and a purpose.",
    quote: "\"Trafficking in persons\" shall mean the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation.",
    wording: Wording::Unverified,
};

/// `actip.2b.consent` — art. 2(b) (from memory).
pub const CONSENT: Rule = Rule {
    id: "actip.2b.consent",
    citation: "ACTIP art. 2(b)",
    summary: "Consent to the intended exploitation is irrelevant once a means is used.",
    quote: "The consent of a victim of trafficking in persons to the intended exploitation set forth in subparagraph (a) of this Article shall be irrelevant where any of the means set forth in subparagraph (a) have been used",
    wording: Wording::Unverified,
};

/// `actip.2c.child` — art. 2(c) (from memory): no means for a child.
pub const CHILD: Rule = Rule {
    id: "actip.2c.child",
    citation: "ACTIP art. 2(c)",
    summary: "A child's case needs an act and a purpose; no means.",
    quote: "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation shall be considered \"trafficking in persons\" even if this does not involve any of the means set forth in subparagraph (a) of this Article",
    wording: Wording::Unverified,
};

/// `actip.2d` — art. 2(d) (from memory): a child is a person under 18.
pub const CHILD_AGE: Rule = Rule {
    id: "actip.2d",
    citation: "ACTIP art. 2(d)",
    summary: "A child is a person under 18.",
    quote: "\"Child\" shall mean any person under eighteen years of age",
    wording: Wording::Unverified,
};

/// The `asean` profile.
pub const DEFINITION: Definition = Definition {
    profile: Profile::Asean,
    title: "ASEAN Convention against Trafficking in Persons, Especially Women and Children (ACTIP), art. 2",
    provenance: Some("unverified wording, see docs/SOURCES.md §9: ACTIP art. 2 is reproduced from memory (medium-high); it follows the Trafficking Protocol art. 3 word for word. Check the official text (asean.org) before relying on it."),
    confidence: "medium-high: from memory of a text that follows the Protocol (docs/SOURCES.md §9)",
    acts: PROTOCOL_ACTS,
    means: PROTOCOL_MEANS,
    purposes: PROTOCOL_PURPOSES,
    limbs: &[Limb::single(&ADULT, &CHILD)],
    provisions: Provisions {
        act: &ACT,
        means: &MEANS,
        vulnerability: &VULNERABILITY_ALONE,
        purpose: &PURPOSE,
        intent: &INTENT,
        consent: &CONSENT,
        border: &NO_BORDER_REQUIRED,
        child_age: &CHILD_AGE,
        presumed_child: &super::age::PRESUMED_CHILD_SCREENING,
        non_punishment: &super::protection::NON_PUNISHMENT_ACTIP,
        victim: None,
        sale_by_payment: None,
    },
};
