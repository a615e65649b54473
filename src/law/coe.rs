//! Council of Europe Convention on Action against Trafficking in Human
//! Beings (CETS No. 197, Warsaw, 16 May 2005), art. 4 and 2: the `coe`
//! profile.
//!
//! Source: authentic English text (Dutch treaty database BWBV0004138),
//! quoted verbatim in `docs/SOURCES.md` §7. **Confidence: high.**
//!
//! Art. 4(a)-(d) reproduce the Trafficking Protocol art. 3(a)-(d) word for
//! word, with "trafficking in human beings" for "trafficking in persons", so
//! the elements, and the facts that count, are the Protocol's. What the
//! Convention adds:
//!
//! > Article 2 — Scope. This Convention shall apply to all forms of
//! > trafficking in human beings, whether national or transnational, whether
//! > or not connected with organised crime.
//!
//! > Article 4(e) "Victim" shall mean any natural person who is subject to
//! > trafficking in human beings as defined in this article.

use super::profile::{Definition, Limb, Profile, Provisions};
use super::trafficking_protocol::{PROTOCOL_ACTS, PROTOCOL_MEANS, PROTOCOL_PURPOSES};
use super::{Rule, Wording};

/// `coe.4a.act` — art. 4(a):
///
/// > the recruitment, transportation, transfer, harbouring or receipt of persons
pub const ACT: Rule = Rule {
    id: "coe.4a.act",
    citation: "CoE Convention CETS 197 art. 4(a)",
    summary: "The act: recruitment, transportation, transfer, harbouring or receipt.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons",
    wording: Wording::Verbatim,
};

/// `coe.4a.means` — art. 4(a):
///
/// > by means of the threat or use of force or other forms of coercion, of
/// > abduction, of fraud, of deception, of the abuse of power or of a position
/// > of vulnerability or of the giving or receiving of payments or benefits to
/// > achieve the consent of a person having control over another person
pub const MEANS: Rule = Rule {
    id: "coe.4a.means",
    citation: "CoE Convention CETS 197 art. 4(a)",
    summary: "The means: threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments to a person in control.",
    quote: "by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person",
    wording: Wording::Verbatim,
};

/// `coe.4a.vulnerability` — a position of vulnerability is not by itself a
/// means. Explanatory Report to CETS 197 (para. 83 from memory; the passage
/// is quoted verbatim in the Routledge Handbook chapter by Gallagher and
/// McAdam, `docs/SOURCES.md` §7):
///
/// > the vulnerability may be of any kind, whether physical, psychological,
/// > emotional, family-related, social or economic. ... In short, the
/// > situation can be any state of hardship in which a human being is
/// > impelled to accept being exploited.
pub const VULNERABILITY: Rule = Rule {
    id: "coe.4a.vulnerability",
    citation: "CoE Convention CETS 197 art. 4(a); Explanatory Report para. 83",
    summary: "Vulnerability on its own is not a means; its abuse is.",
    quote: "[T]he vulnerability may be of any kind, whether physical, psychological, emotional, family-related, social or economic. The situation might, for example, involve insecurity or illegality of the victim's immigration status, economic dependence or fragile health. In short, the situation can be any state of hardship in which a human being is impelled to accept being exploited.",
    wording: Wording::Corroborated,
};

/// `coe.4a.purpose` — art. 4(a):
///
/// > for the purpose of exploitation. Exploitation shall include, at a
/// > minimum, the exploitation of the prostitution of others or other forms of
/// > sexual exploitation, forced labour or services, slavery or practices
/// > similar to slavery, servitude or the removal of organs
pub const PURPOSE: Rule = Rule {
    id: "coe.4a.purpose",
    citation: "CoE Convention CETS 197 art. 4(a)",
    summary: "The purpose: exploitation, at a minimum the forms the Convention lists.",
    quote: "for the purpose of exploitation. Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs",
    wording: Wording::Verbatim,
};

/// `coe.4a.intent` — art. 4(a), "for the purpose of exploitation": the
/// purpose is the trafficker's intent; the exploitation need not have
/// happened (as under the Protocol, whose words art. 4(a) reproduces).
pub const INTENT: Rule = Rule {
    id: "coe.4a.intent",
    citation: "CoE Convention CETS 197 art. 4(a) (\"for the purpose of\")",
    summary: "Exploitation need not have occurred: the purpose is what the trafficker intended.",
    quote: "for the purpose of exploitation",
    wording: Wording::Verbatim,
};

/// `coe.4a` — for an adult, all three elements (art. 4(a)).
pub const ADULT: Rule = Rule {
    id: "coe.4a",
    citation: "CoE Convention CETS 197 art. 4(a)",
    summary: "An adult's case needs an act, a means and a purpose.",
    quote: "\"Trafficking in human beings\" shall mean the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation.",
    wording: Wording::Verbatim,
};

/// `coe.4b.consent` — art. 4(b):
///
/// > The consent of a victim of "trafficking in human beings" to the intended
/// > exploitation set forth in subparagraph (a) of this article shall be
/// > irrelevant where any of the means set forth in subparagraph (a) have been
/// > used;
pub const CONSENT: Rule = Rule {
    id: "coe.4b.consent",
    citation: "CoE Convention CETS 197 art. 4(b)",
    summary: "Consent to the intended exploitation is irrelevant once a means is used.",
    quote: "The consent of a victim of \"trafficking in human beings\" to the intended exploitation set forth in subparagraph (a) of this article shall be irrelevant where any of the means set forth in subparagraph (a) have been used",
    wording: Wording::Verbatim,
};

/// `coe.4c.child` — art. 4(c):
///
/// > The recruitment, transportation, transfer, harbouring or receipt of a
/// > child for the purpose of exploitation shall be considered "trafficking in
/// > human beings" even if this does not involve any of the means set forth in
/// > subparagraph (a) of this article;
pub const CHILD: Rule = Rule {
    id: "coe.4c.child",
    citation: "CoE Convention CETS 197 art. 4(c)",
    summary: "A child's case needs an act and a purpose; no means.",
    quote: "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation shall be considered \"trafficking in human beings\" even if this does not involve any of the means set forth in subparagraph (a) of this article",
    wording: Wording::Verbatim,
};

/// `coe.4d` — art. 4(d): "\"Child\" shall mean any person under eighteen
/// years of age".
pub const CHILD_AGE: Rule = Rule {
    id: "coe.4d",
    citation: "CoE Convention CETS 197 art. 4(d)",
    summary: "A child is a person under 18.",
    quote: "\"Child\" shall mean any person under eighteen years of age",
    wording: Wording::Verbatim,
};

/// `coe.2.scope` — art. 2: national or transnational, with or without
/// organised crime.
pub const SCOPE: Rule = Rule {
    id: "coe.2.scope",
    citation: "CoE Convention CETS 197 art. 2",
    summary: "All forms of trafficking, national or transnational, connected with organised crime or not.",
    quote: "This Convention shall apply to all forms of trafficking in human beings, whether national or transnational, whether or not connected with organised crime.",
    wording: Wording::Verbatim,
};

/// `coe.4e.victim` — art. 4(e): the definition of a victim.
pub const VICTIM: Rule = Rule {
    id: "coe.4e.victim",
    citation: "CoE Convention CETS 197 art. 4(e)",
    summary: "A victim is any natural person subject to trafficking as defined in art. 4.",
    quote: "\"Victim\" shall mean any natural person who is subject to trafficking in human beings as defined in this article.",
    wording: Wording::Verbatim,
};

/// The `coe` profile.
pub const DEFINITION: Definition = Definition {
    profile: Profile::Coe,
    title: "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), art. 4 and 2",
    provenance: None,
    confidence: "high: verbatim from the authentic English text (docs/SOURCES.md §7)",
    acts: PROTOCOL_ACTS,
    means: PROTOCOL_MEANS,
    purposes: PROTOCOL_PURPOSES,
    limbs: &[Limb::single(&ADULT, &CHILD)],
    provisions: Provisions {
        act: &ACT,
        means: &MEANS,
        vulnerability: &VULNERABILITY,
        purpose: &PURPOSE,
        intent: &INTENT,
        consent: &CONSENT,
        border: &SCOPE,
        child_age: &CHILD_AGE,
        presumed_child: &super::age::PRESUMED_CHILD,
        non_punishment: &super::protection::NON_PUNISHMENT,
        victim: Some(&VICTIM),
        sale_by_payment: None,
    },
};
