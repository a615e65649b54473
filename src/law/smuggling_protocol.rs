//! The Smuggling of Migrants Protocol (2000), articles 3, 5 and 6.
//!
//! Source: authentic English text (Dutch treaty database BWBV0001750), quoted
//! verbatim in `docs/SOURCES.md` §2. Smuggling is a crime against the State's
//! border: a fee for an illegal entry (or an illegal stay), with no element of
//! means or exploitation. It can hold together with trafficking: a smuggled
//! person can become a trafficked one.

use super::{Rule, Wording};

/// `som.3a` — art. 3(a) and (b):
///
/// > (a) "Smuggling of migrants" shall mean the procurement, in order to
/// > obtain, directly or indirectly, a financial or other material benefit, of
/// > the illegal entry of a person into a State Party of which the person is
/// > not a national or a permanent resident;
/// >
/// > (b) "Illegal entry" shall mean crossing borders without complying with
/// > the necessary requirements for legal entry into the receiving State;
pub const SMUGGLING: Rule = Rule {
    id: "som.3a",
    citation: "Smuggling of Migrants Protocol art. 3(a), (b)",
    summary: "Smuggling: procuring another person's illegal entry for a financial or other material benefit.",
    quote: "\"Smuggling of migrants\" shall mean the procurement, in order to obtain, directly or indirectly, a financial or other material benefit, of the illegal entry of a person into a State Party of which the person is not a national or a permanent resident; \"Illegal entry\" shall mean crossing borders without complying with the necessary requirements for legal entry into the receiving State",
    wording: Wording::Verbatim,
};

/// `som.3a.benefit` — without a financial or other material benefit there is
/// no smuggling: humanitarian or family help is excluded. UNODC E4J Module 1
/// (verbatim from a stored copy); the interpretative note A/55/383/Add.1
/// para. 88 is to the same effect (wording from memory): the element was
/// included "to exclude the activities of those who provided support to
/// migrants for humanitarian reasons or on the basis of close family ties".
pub const MATERIAL_BENEFIT: Rule = Rule {
    id: "som.3a.benefit",
    citation: "Smuggling of Migrants Protocol art. 3(a); A/55/383/Add.1 para. 88; UNODC E4J Module 1",
    summary: "No financial or other material benefit, no smuggling: humanitarian or family help is not smuggling.",
    quote: "it does not criminalize migration, nor does it criminalize the actions of those facilitating the illegal entry, transit or stay of another person in a country for purposes other than obtaining a financial or other material benefit.",
    wording: Wording::Corroborated,
};

/// `som.3a.national` — art. 3(a): "into a State Party of which the person is
/// not a national or a permanent resident". Nobody is smuggled into their
/// own State.
pub const OWN_STATE: Rule = Rule {
    id: "som.3a.national",
    citation: "Smuggling of Migrants Protocol art. 3(a)",
    summary: "A national or permanent resident of the State cannot be smuggled into it.",
    quote: "the illegal entry of a person into a State Party of which the person is not a national or a permanent resident",
    wording: Wording::Verbatim,
};

/// `som.6.1c` — art. 6(1)(c), enabling an illegal stay:
///
/// > Enabling a person who is not a national or a permanent resident to remain
/// > in the State concerned without complying with the necessary requirements
/// > for legally remaining in the State by the means mentioned in subparagraph
/// > (b) of this paragraph or any other illegal means.
///
/// Art. 6(1) requires it to be done "in order to obtain, directly or
/// indirectly, a financial or other material benefit".
pub const ENABLING_STAY: Rule = Rule {
    id: "som.6.1c",
    citation: "Smuggling of Migrants Protocol art. 6(1)(c)",
    summary: "Enabling an illegal stay for a benefit is criminalised alongside smuggling.",
    quote: "Enabling a person who is not a national or a permanent resident to remain in the State concerned without complying with the necessary requirements for legally remaining in the State by the means mentioned in subparagraph (b) of this paragraph or any other illegal means.",
    wording: Wording::Verbatim,
};

/// `som.3a.self` — procuring one's own irregular entry is not smuggling.
/// UNODC E4J Module 1, "Migrant smuggling v. irregular migration" (verbatim):
///
/// > Migrant smuggling does not include the conduct of those that procure
/// > their own illegal entry, transit or stay in another country.
pub const SELF_PROCURED: Rule = Rule {
    id: "som.3a.self",
    citation: "Smuggling of Migrants Protocol art. 3(a); UNODC E4J Module 1",
    summary: "A person who procures their own irregular entry is an irregular migrant, never a smuggled one.",
    quote: "Migrant smuggling does not include the conduct of those that procure their own illegal entry, transit or stay in another country.",
    wording: Wording::Verbatim,
};

/// `som.5` — art. 5: the smuggled person is the object of the offence.
///
/// > Migrants shall not become liable to criminal prosecution under this
/// > Protocol for the fact of having been the object of conduct set forth in
/// > article 6 of this Protocol.
pub const OBJECT_NOT_OFFENDER: Rule = Rule {
    id: "som.5",
    citation: "Smuggling of Migrants Protocol art. 5",
    summary: "The smuggled migrant is not liable under the Protocol for having been smuggled.",
    quote: "Migrants shall not become liable to criminal prosecution under this Protocol for the fact of having been the object of conduct set forth in article 6 of this Protocol.",
    wording: Wording::Verbatim,
};

/// `som.6.3` — art. 6(3), aggravating circumstances:
///
/// > (a) That endanger, or are likely to endanger, the lives or safety of the
/// > migrants concerned; or
/// > (b) That entail inhuman or degrading treatment, including for
/// > exploitation, of such migrants.
pub const AGGRAVATED: Rule = Rule {
    id: "som.6.3",
    citation: "Smuggling of Migrants Protocol art. 6(3)",
    summary: "Smuggling is aggravated when lives or safety are endangered, or treatment is inhuman or degrading.",
    quote: "circumstances: (a) That endanger, or are likely to endanger, the lives or safety of the migrants concerned; or (b) That entail inhuman or degrading treatment, including for exploitation, of such migrants.",
    wording: Wording::Verbatim,
};

/// `som.relationship` — smuggling ends on arrival; trafficking goes on. The
/// standard UNODC/IOM comparison (`docs/SOURCES.md` §3.1):
///
/// > Smuggling ends with the arrival of the migrants at their destination,
/// > whereas trafficking involves the ongoing exploitation of the victims in
/// > some manner to generate illicit profits for the traffickers.
pub const RELATIONSHIP_CONTINUED: Rule = Rule {
    id: "som.relationship",
    citation: "UNODC, Toolkit to Combat Trafficking in Persons (2008), ch. 1",
    summary: "A facilitator's hold that continues after arrival is a sign of trafficking, not of smuggling.",
    quote: "Smuggling ends with the arrival of the migrants at their destination, whereas trafficking involves the ongoing exploitation of the victims in some manner to generate illicit profits for the traffickers.",
    wording: Wording::Corroborated,
};

/// `som.19` — the Smuggling Protocol's saving clause, art. 19(1)
/// (verbatim), read with the Refugee Convention, art. 31(1) (verbatim; see
/// `docs/SOURCES.md` §3): a smuggled person may be a refugee, and is not to
/// be penalised for an illegal entry on the Convention's terms.
///
/// > Nothing in this Protocol shall affect the other rights, obligations and
/// > responsibilities of States and individuals under international law,
/// > including international humanitarian law and international human rights
/// > law and, in particular, where applicable, the 1951 Convention and the
/// > 1967 Protocol relating to the Status of Refugees and the principle of
/// > non-refoulement as contained therein.
pub const ASYLUM: Rule = Rule {
    id: "som.19",
    citation: "Smuggling of Migrants Protocol art. 19(1); Refugee Convention 1951 art. 31(1)",
    summary: "Smuggling findings leave asylum and non-refoulement untouched; refugees are not penalised for illegal entry.",
    quote: "Nothing in this Protocol shall affect the other rights, obligations and responsibilities of States and individuals under international law, including international humanitarian law and international human rights law and, in particular, where applicable, the 1951 Convention and the 1967 Protocol relating to the Status of Refugees and the principle of non-refoulement as contained therein (art. 19(1)). The Contracting States shall not impose penalties, on account of their illegal entry or presence, on refugees who, coming directly from a territory where their life or freedom was threatened in the sense of article 1, enter or are present in their territory without authorization, provided they present themselves without delay to the authorities and show good cause for their illegal entry or presence (Refugee Convention art. 31(1)).",
    wording: Wording::Verbatim,
};

/// `som.6.2a` — art. 6(2)(a) (verbatim): States establish as an offence,
/// "subject to the basic concepts of its legal system, attempting to commit
/// an offence established in accordance with paragraph 1 of this article".
/// A crossing arranged for a benefit that never happened (stopped before
/// the border, abandoned at sea before landing) is an attempt. Art. 6(3)
/// attaches the aggravating circumstances to the offences of paragraph 1;
/// palermo applies them to the attempt of such an offence (the attempted
/// offence is the aggravated one), and says so.
pub const ATTEMPT: Rule = Rule {
    id: "som.6.2a",
    citation: "Smuggling of Migrants Protocol art. 6(2)(a)",
    summary: "An arranged crossing for a benefit that did not happen is attempted smuggling.",
    quote: "Each State Party shall also adopt such legislative and other measures as may be necessary to establish as criminal offences: (a) Subject to the basic concepts of its legal system, attempting to commit an offence established in accordance with paragraph 1 of this article",
    wording: Wording::Verbatim,
};
