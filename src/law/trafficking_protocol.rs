//! The Trafficking in Persons Protocol (2000), article 3: the definition.
//!
//! Source: authentic English text (Dutch treaty database BWBV0001749), quoted
//! verbatim in `law/REFERENCE.md` §1. The article reads, in full:
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
use super::profile::{
    stated, ChildRule, Definition, Element as Counted, How, Limb, Profile, Provisions, Term, Words,
};
use super::{Rule, Wording};
use crate::assessment::{
    Element, ElementFinding, ElementStatus, Elements, Flag, PersonStatus, Reason,
    TraffickingFinding,
};
use crate::model::{Act, Case, Fact, FactSet, Level, Means, Purpose, Vocabulary};
use std::borrow::Cow;

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
/// not name, read into the ones it does ("at a minimum"):
///
/// - forced begging and forced criminality are *forced labour or services*:
///   ILO Forced Labour Convention, 1930 (No. 29), art. 2(1): "all work or
///   service which is exacted from any person under the menace of any penalty
///   and for which the said person has not offered himself voluntarily";
/// - forced marriage and illegal adoption are *practices similar to slavery*:
///   Supplementary Convention on the Abolition of Slavery (1956), art. 1(c)
///   (servile marriage) and 1(d) (delivery of a child "with a view to the
///   exploitation of the child"); for adoption, the interpretative note
///   A/55/383/Add.1 para. 66 (wording from memory): "where illegal adoption
///   amounts to a practice similar to slavery as defined in article 1,
///   paragraph (d), of the Supplementary Convention ..., it will also fall
///   within the scope of the Protocol".
pub const PURPOSE_INTERPRETATION: Rule = Rule {
    id: "tip.3a.purpose.interpretation",
    citation: "ILO Convention No. 29 art. 2(1); Supplementary Slavery Convention 1956 art. 1(c), 1(d); A/55/383/Add.1 para. 66",
    summary: "Forced begging and forced criminality count as forced labour or services; forced marriage and illegal adoption as practices similar to slavery.",
    quote: "the term \"forced or compulsory labour\" shall mean all work or service which is exacted from any person under the menace of any penalty and for which the said person has not offered himself voluntarily (ILO C29 art. 2(1)); ... any institution or practice whereby a child or young person under the age of 18 years is delivered by either or both of his natural parents or by his guardian to another person, whether for reward or not, with a view to the exploitation of the child or young person or of his labour (1956 Convention art. 1(d))",
    wording: Wording::Verbatim,
};

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
    Term::read(Act::ExchangeOrTransferOfControl, "transfer", &interpretation::ACT, false),
    Term::read(Act::Provision, "transfer", &interpretation::ACT, false),
    Term::read(Act::Obtaining, "receipt", &interpretation::ACT, false),
    Term::not(
        Act::Patronizing,
        "the buyer of a commercial sex act is not, as such, a trafficker; record what was done to the person (recruitment, harbouring, receipt...). Using the services of a victim may be an offence of its own (CETS 197 art. 19; Directive 2011/36/EU art. 18a)",
    ),
    Term::not(
        Act::Soliciting,
        "record it as recruitment where the person was enlisted or engaged",
    ),
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
    Term::not(
        Means::Enticement,
        "luring with promises is deception if the promises were false (means.deception), or an abuse of a position of vulnerability if it took advantage of one (means.abuse_of_vulnerability)",
    ),
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
    Term::read(Purpose::ForcedBegging, FORCED_LABOUR, &PURPOSE_INTERPRETATION, true),
    Term::read(Purpose::ForcedCriminality, FORCED_LABOUR, &PURPOSE_INTERPRETATION, true),
    Term::read(Purpose::ForcedMarriage, SIMILAR_TO_SLAVERY, &PURPOSE_INTERPRETATION, true),
    Term::read(Purpose::IllegalAdoption, SIMILAR_TO_SLAVERY, &PURPOSE_INTERPRETATION, true),
    Term::read(
        Purpose::CommercialSex,
        "other forms of sexual exploitation",
        &interpretation::SEXUAL,
        false,
    ),
    Term::read(Purpose::DebtBondage, SIMILAR_TO_SLAVERY, &interpretation::DEBT_BONDAGE, false),
    Term::read(
        Purpose::Peonage,
        "a practice similar to slavery (debt bondage)",
        &interpretation::DEBT_BONDAGE,
        false,
    ),
    Term::not(
        Purpose::ExploitationOfSurrogacy,
        "the list of exploitation is a minimum, but it does not name surrogacy, which counts only where it amounts to a form it names (forced labour or services, servitude, a practice similar to slavery): record that form",
    ),
    Term::read(
        Purpose::ProductionOfPornography,
        "other forms of sexual exploitation",
        &interpretation::SEXUAL,
        false,
    ),
    Term::not(
        Purpose::SexualAggression,
        "sexual assault is not as such a form of exploitation; where the person is to be used sexually for another's benefit, record purpose.sexual_exploitation",
    ),
    Term::not(
        Purpose::ProfitMaking,
        "profit is not an element of exploitation (proposals to add one were rejected in the negotiations, UNODC 2015): record the exploitation intended",
    ),
    Term::not(
        Purpose::ChildLabour,
        "child labour is exploitation here only where it is forced labour, slavery, servitude or sexual exploitation (ILO C182 art. 3(a)-(c)); hazardous work on its own is not: record that form",
    ),
];

const FORCED_LABOUR: &str = "forced labour or services";
const SIMILAR_TO_SLAVERY: &str = "a practice similar to slavery";

/// The words of the Protocol's reasons.
pub(crate) const WORDS: Words = Words {
    short: "the Trafficking Protocol",
    term: "trafficking in persons",
    no_act: "No act is established: nothing says the person was recruited, transported, transferred, harboured or received.",
    no_means: "No means is established: nothing says that threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments to a person in control were used.",
    no_purpose: "No purpose of exploitation is established.",
    minimum: "The Protocol's list of exploitation is a minimum.",
    vulnerability: "The person was in a position of vulnerability, but nothing says it was abused to recruit, move or hold them. Vulnerability on its own is not a means: ask whether it was taken advantage of (means.abuse_of_vulnerability).",
    consent_child: "The person agreed, but a child cannot consent to exploitation: the consent is irrelevant.",
    consent_means: "The person agreed, but consent is irrelevant where a means was used: a person deceived or coerced has not truly consented.",
    consent_adult: "The person agreed. Consent does not decide this case: for an adult, the definition needs a means, whether or not they agreed.",
    victim: None,
};

/// The `palermo` profile: the Trafficking Protocol, art. 3 (the default).
pub const DEFINITION: Definition = Definition {
    profile: Profile::Palermo,
    title: "UN Trafficking in Persons Protocol (2000), art. 3",
    heading: "Trafficking in persons (Trafficking Protocol art. 3)",
    provenance: None,
    confidence: "high: verbatim from the authentic English text (law/REFERENCE.md §1)",
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
        victim: None,
    },
    words: WORDS,
};

/// The trafficking status from the element levels: the whole of art. 3 as a
/// pure function. `child_rule` is art. 3(c); without it, art. 3(a).
/// All required elements established → established; all at least suspected →
/// suspected; else not established (contract v1 §3).
pub(crate) fn status(act: Level, means: Level, purpose: Level, child_rule: bool) -> Level {
    if child_rule {
        act.min(purpose)
    } else {
        act.min(means).min(purpose)
    }
}

/// Append plain words for a list of facts: "recruitment, transportation".
fn push_list<V: Vocabulary>(text: &mut String, facts: &[V]) {
    for (i, f) in facts.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        super::push_words(text, f.name());
    }
}

/// The length of what [`push_list`] appends.
fn list_len<V: Vocabulary>(facts: &[V]) -> usize {
    facts
        .iter()
        .map(|f| f.name().len() + 2)
        .sum::<usize>()
        .saturating_sub(2)
}

/// How an element's finding is said, when the element is at least suspected.
const fn element_how(status: ElementStatus) -> Option<&'static str> {
    match status {
        ElementStatus::Established => Some(" established: "),
        ElementStatus::Suspected => Some(" suspected, not established: "),
        _ => None,
    }
}

/// The length of what [`push_element_text`] appends.
fn element_text_len<V: Vocabulary>(name: &str, found: &ElementFinding<V>, none: &str) -> usize {
    element_how(found.status).map_or(none.len(), |how| {
        name.len() + how.len() + list_len(&found.facts) + 1
    })
}

/// Append "Act established: recruitment.", or `none` when the element is not
/// at least suspected.
fn push_element_text<V: Vocabulary>(
    out: &mut String,
    name: &str,
    found: &ElementFinding<V>,
    none: &str,
) {
    match element_how(found.status) {
        Some(how) => {
            out.push_str(name);
            out.push_str(how);
            push_list(out, &found.facts);
            out.push('.');
        }
        None => out.push_str(none),
    }
}

/// [`push_element_text`] as a reason's text: `none` itself when the element
/// is not at least suspected.
fn element_text<V: Vocabulary>(
    name: &str,
    found: &ElementFinding<V>,
    none: &'static str,
) -> Cow<'static, str> {
    if element_how(found.status).is_none() {
        return Cow::Borrowed(none);
    }
    let mut text = String::with_capacity(element_text_len(name, found, none));
    push_element_text(&mut text, name, found, none);
    Cow::Owned(text)
}

/// An element's finding: its status and the facts at that status that count in `limb`.
fn finding<V: Counted>(
    def: &Definition,
    limb: &Limb,
    set: &FactSet<V>,
    level: Level,
) -> ElementFinding<V> {
    ElementFinding::new(level.into(), def.facts_at(limb, set, level))
}

/// Append `text` with its first character in upper case: "trafficking in
/// persons" → "Trafficking in persons".
fn push_capitalised(out: &mut String, text: &str) {
    let mut chars = text.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

/// Append a fact's name in words, capitalised: "forced_begging" → "Forced begging".
fn push_capitalised_words(out: &mut String, name: &str) {
    let mut chars = name.chars();
    if let Some(first) = chars.next() {
        if first == '_' {
            out.push(' ');
        } else {
            out.extend(first.to_uppercase());
        }
        super::push_words(out, chars.as_str());
    }
}

/// Reasons for the facts of one element that count under a provision other
/// than the element's, or by a reading: one reason per provision or basis,
/// "Here provision counts as transfer". Returns whether any fact counts by
/// a reading.
///
/// The provisions come first, then the readings, each in the order of its
/// first fact; the facts of one provision or basis are said together. The
/// groups are found by looking back and ahead in `facts` (a handful), so
/// each text is written once, straight into its own buffer.
fn readings<V: Counted>(
    def: &Definition,
    facts: &[V],
    lead: Option<&str>,
    reasons: &mut Vec<Reason>,
) -> bool {
    let mut any = false;
    for read in [false, true] {
        // The provision or basis a fact counts under, in this pass.
        let basis = |fact: V| match def.how(fact) {
            How::Named(rule) if !read => Some((rule, "")),
            How::Read { term, rule } if read => Some((rule, term)),
            _ => None,
        };
        for (i, &fact) in facts.iter().enumerate() {
            let Some((rule, _)) = basis(fact) else {
                continue;
            };
            let same = |f: &V| basis(*f).is_some_and(|(r, _)| r.id == rule.id);
            if facts.iter().take(i).any(same) {
                // Said with the first fact of its group.
                continue;
            }
            let group = || {
                facts
                    .iter()
                    .skip(i)
                    .filter(move |f| same(f))
                    .filter_map(move |f| basis(*f).map(|(_, term)| (f.name(), term)))
            };
            let (count, len) = group().fold((0, 0), |(count, len), (name, term)| {
                (count + 1, len + name.len() + term.len() + 13)
            });
            let mut text;
            if read {
                any = true;
                text = String::with_capacity(lead.map_or(0, str::len) + len + 8);
                if let Some(lead) = lead {
                    text.push_str(lead);
                    text.push(' ');
                }
                text.push_str("Here ");
                for (k, (name, term)) in group().enumerate() {
                    if k > 0 {
                        text.push_str("; ");
                    }
                    super::push_words(&mut text, name);
                    text.push_str(" counts as ");
                    text.push_str(term);
                }
                text.push('.');
            } else {
                text = String::with_capacity(len + 30);
                for (k, (name, _)) in group().enumerate() {
                    if k == 0 {
                        push_capitalised_words(&mut text, name);
                    } else {
                        text.push_str(", ");
                        super::push_words(&mut text, name);
                    }
                }
                text.push_str(if count == 1 {
                    " counts under this provision."
                } else {
                    " count under this provision."
                });
            }
            reasons.push(Reason::new(rule, text));
        }
    }
    any
}

/// Reasons for stated facts that are not elements of the definition, or
/// that count only in another limb (said when the element is not met in the
/// limb assessed, where it could matter): never silently dropped.
fn uncounted<V: Counted>(
    def: &Definition,
    limb: &Limb,
    set: &FactSet<V>,
    met: bool,
    reasons: &mut Vec<Reason>,
    cite: &'static Rule,
) {
    for (fact, value) in set.iter() {
        if !stated(value) {
            continue;
        }
        let name = fact.name();
        match def.how(fact) {
            How::Not(note) => {
                let parts = [
                    " is not ",
                    V::NOUN,
                    " under ",
                    def.words.short,
                    ": ",
                    note,
                    ".",
                ];
                let mut text = String::with_capacity(
                    name.len() + parts.iter().map(|p| p.len()).sum::<usize>(),
                );
                push_capitalised_words(&mut text, name);
                for part in parts {
                    text.push_str(part);
                }
                reasons.push(Reason::new(cite, text));
            }
            _ if !met && !def.counts_in(limb, fact) => {
                let mut others = def.limbs_of(fact);
                if let Some(first) = others.next() {
                    let mut text =
                        String::with_capacity(name.len() + first.name.len() + limb.name.len() + 48);
                    push_capitalised_words(&mut text, name);
                    text.push_str(" counts only for ");
                    text.push_str(first.name);
                    for other in others {
                        text.push_str(" or ");
                        text.push_str(other.name);
                    }
                    text.push_str(", not for ");
                    text.push_str(limb.name);
                    text.push('.');
                    reasons.push(Reason::new(first.rule, text));
                }
            }
            _ => {}
        }
    }
}

/// Append the missing elements as a list: "act", "act and means", "act,
/// means and purpose".
fn push_and_list(text: &mut String, items: &[Element]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            text.push_str(if i + 1 == items.len() { " and " } else { ", " });
        }
        text.push_str(item.name());
    }
}

/// What the definition requires, in words.
const fn required(child_rule: bool) -> &'static str {
    if child_rule {
        "an act and a purpose"
    } else {
        "an act, a means and a purpose"
    }
}

/// Append the finding on the elements, before anything is added to it:
/// "Trafficking in persons: an act, a means and a purpose are established."
fn push_finding(
    text: &mut String,
    term: &str,
    status: Level,
    child_rule: bool,
    missing: &[Element],
) {
    let required = required(child_rule);
    match status {
        Level::Established => {
            push_capitalised(text, term);
            text.push_str(": ");
            text.push_str(required);
            text.push_str(" are established.");
        }
        Level::Suspected => {
            text.push_str("Possible ");
            text.push_str(term);
            text.push_str(": ");
            text.push_str(required);
            text.push_str(" are at least suspected, but not all established (");
            for (i, element) in missing.iter().enumerate() {
                if i > 0 {
                    text.push_str(", ");
                }
                text.push_str(element.name());
            }
            text.push_str(" not established).");
        }
        Level::NotEstablished => {
            text.push_str("Not trafficking on these facts: the definition needs ");
            text.push_str(required);
            text.push_str(", and ");
            push_and_list(text, missing);
            text.push_str(if missing.len() == 1 {
                " is missing."
            } else {
                " are missing."
            });
        }
    }
}

/// [`push_finding`] for a case that is not trafficking, as one of its ten
/// texts: they name no instrument. `None` for a combination that cannot
/// occur (nothing missing, or the means missing under the child rule).
fn not_trafficking(child_rule: bool, missing: &[Element]) -> Option<&'static str> {
    use Element::{Act, Means, Purpose};
    Some(match (child_rule, missing) {
        (true, [Act]) => "Not trafficking on these facts: the definition needs an act and a purpose, and act is missing.",
        (true, [Purpose]) => "Not trafficking on these facts: the definition needs an act and a purpose, and purpose is missing.",
        (true, [Act, Purpose]) => "Not trafficking on these facts: the definition needs an act and a purpose, and act and purpose are missing.",
        (false, [Act]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and act is missing.",
        (false, [Means]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and means is missing.",
        (false, [Purpose]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and purpose is missing.",
        (false, [Act, Means]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and act and means are missing.",
        (false, [Act, Purpose]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and act and purpose are missing.",
        (false, [Means, Purpose]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and means and purpose are missing.",
        (false, [Act, Means, Purpose]) => "Not trafficking on these facts: the definition needs an act, a means and a purpose, and act, means and purpose are missing.",
        _ => return None,
    })
}

/// The trafficking finding under `def`: elements, status, the reasons behind
/// them and the flags they raise. For the `palermo` definition this is the
/// Trafficking Protocol, art. 3, word for word as contract v1 states it.
pub(crate) fn assess(
    case: &Case,
    person: PersonStatus,
    def: &Definition,
    reasons: &mut Vec<Reason>,
    flags: &mut Vec<Flag>,
) -> TraffickingFinding {
    let eval = def.evaluate(case, person);
    let limb = def.limb(eval.limb);
    let child_rule = eval.child_rule;
    let (act_level, means_level, purpose_level) = (eval.act, eval.means, eval.purpose);
    let act = finding(def, limb, &case.act, act_level);
    let mut means = finding(def, limb, &case.means, means_level);
    let purpose = finding(def, limb, &case.purpose, purpose_level);
    let status = eval.status;
    let p = &def.provisions;

    // Act.
    reasons.push(Reason::new(
        p.act,
        element_text("Act", &act, def.words.no_act),
    ));
    readings(def, &act.facts, None, reasons);
    uncounted(
        def,
        limb,
        &case.act,
        act_level == Level::Established,
        reasons,
        p.act,
    );

    // Means, or the child rule in its place.
    if child_rule {
        let child = if person == PersonStatus::Child {
            "The person is a child, so the means element is not required."
        } else {
            "The person is presumed to be a child, so the means element is not required until the age is verified."
        };
        let text = if means_level.at_least_suspected() {
            const EVIDENCE: &str = " This is evidence, but the finding does not depend on it.";
            let none = def.words.no_means;
            let mut text = String::with_capacity(
                child.len() + 1 + element_text_len("Means", &means, none) + EVIDENCE.len(),
            );
            text.push_str(child);
            text.push(' ');
            push_element_text(&mut text, "Means", &means, none);
            text.push_str(EVIDENCE);
            Cow::Owned(text)
        } else {
            Cow::Borrowed(child)
        };
        let rule = match limb.child {
            ChildRule::NoMeans(rule) | ChildRule::ChildOnly(rule) => rule,
            ChildRule::MeansAlways { rule, .. } => rule,
        };
        reasons.push(Reason::new(rule, text));
        if let Some(caveat) = limb.child_caveat {
            if !purpose.facts.is_empty()
                && purpose.facts.iter().all(|p| caveat.purposes.contains(p))
            {
                reasons.push(Reason::new(caveat.rule, caveat.text));
            }
        }
        means.status = ElementStatus::NotRequired;
        uncounted(def, limb, &case.means, true, reasons, p.means);
    } else {
        if let (true, ChildRule::MeansAlways { rule, text }) =
            (person.child_rule_applies(), limb.child)
        {
            reasons.push(Reason::new(rule, text));
        }
        reasons.push(Reason::new(
            p.means,
            element_text("Means", &means, def.words.no_means),
        ));
        readings(def, &means.facts, None, reasons);
        uncounted(
            def,
            limb,
            &case.means,
            means_level == Level::Established,
            reasons,
            p.means,
        );
        if means_level != Level::Established && case.person.vulnerable.level().at_least_suspected()
        {
            let abuse_suspected = case.means.get(Means::AbuseOfVulnerability) == Fact::Suspected
                && def.how(Means::AbuseOfVulnerability).counts();
            reasons.push(Reason::new(
                p.vulnerability,
                if abuse_suspected {
                    "The person was in a position of vulnerability, and its abuse is suspected but not established. Vulnerability on its own is not a means: what must be shown is that it was taken advantage of, so that the person had no real and acceptable alternative but to submit."
                } else {
                    def.words.vulnerability
                },
            ));
        }
    }

    // Purpose, and the forms read into the instrument's list.
    reasons.push(Reason::new(
        p.purpose,
        element_text("Purpose", &purpose, def.words.no_purpose),
    ));
    if readings(def, &purpose.facts, Some(def.words.minimum), reasons) {
        flags.push(Flag::PurposeByInterpretation);
    }
    uncounted(
        def,
        limb,
        &case.purpose,
        purpose_level == Level::Established,
        reasons,
        p.purpose,
    );
    if purpose_level.at_least_suspected() && case.exploitation_occurred != Fact::Established {
        let text = match case.exploitation_occurred {
            Fact::RuledOut | Fact::Suspected => "The exploitation has not been shown to have happened. That does not matter: the purpose element is what was intended, not what happened.",
            _ => "Whether the exploitation actually happened is not stated. It does not need to have happened: the purpose element is what was intended.",
        };
        reasons.push(Reason::new(p.intent, text));
    }

    // Consent: evidence only.
    if case.consent.level().at_least_suspected() {
        let text = if child_rule {
            def.words.consent_child
        } else if means_level.at_least_suspected() {
            def.words.consent_means
        } else {
            def.words.consent_adult
        };
        // A child's consent is irrelevant by the child rule itself (art. 3(c)
        // under the Protocol), not by art. 3(b), which turns on the means.
        let rule = match (child_rule, limb.child) {
            (true, ChildRule::NoMeans(rule) | ChildRule::ChildOnly(rule)) => rule,
            _ => p.consent,
        };
        const AGREED: &str = "The person agreed";
        let agreed = if case.consent == Fact::Suspected {
            // Every definition's text begins with it; search only if not.
            match text.strip_prefix(AGREED) {
                Some(after) => Some(("", after)),
                None => text.split_once(AGREED),
            }
        } else {
            None
        };
        let text = match agreed {
            Some((before, after)) => {
                Cow::Owned(super::cat(&[before, "The person may have agreed", after]))
            }
            None => Cow::Borrowed(text),
        };
        reasons.push(Reason::new(rule, text));
    }

    // The finding.
    let missing: Vec<Element> = [
        (Element::Act, act_level),
        (
            Element::Means,
            if child_rule {
                Level::Established
            } else {
                means_level
            },
        ),
        (Element::Purpose, purpose_level),
    ]
    .into_iter()
    .filter(|(_, level)| *level != Level::Established)
    .map(|(element, _)| element)
    .collect();
    // What is added to the finding on the elements: the limb, what the
    // limb says of a case without means, what verifying the age would do.
    let (assessed, name, close) = if def.limbs.len() > 1 {
        (" (Assessed as ", limb.name, ".)")
    } else {
        ("", "", "")
    };
    let (space, note) = match (
        limb.without_means,
        child_rule,
        means_level.at_least_suspected(),
        act_level.at_least_suspected(),
        purpose_level.at_least_suspected(),
    ) {
        (Some(note), false, false, true, true) => (" ", note),
        _ => ("", ""),
    };
    let as_adult = if person == PersonStatus::PresumedChild {
        match def.status(case, PersonStatus::Adult) {
            as_adult if as_adult == status => {
                " The finding would be the same if the person is verified as an adult."
            }
            Level::Established => " If the person is verified as an adult, a means is needed and the finding would be trafficking.",
            Level::Suspected => " If the person is verified as an adult, a means is needed and the finding would be possible trafficking.",
            Level::NotEstablished => " If the person is verified as an adult, a means is needed and the finding would be not trafficking.",
        }
    } else {
        ""
    };
    let added = [assessed, name, close, space, note, as_adult];
    let added_len: usize = added.iter().map(|a| a.len()).sum();
    let fixed = match status {
        Level::NotEstablished => not_trafficking(child_rule, &missing),
        _ => None,
    };
    let text = match fixed {
        Some(fixed) if added_len == 0 => Cow::Borrowed(fixed),
        _ => {
            let mut text = String::with_capacity(160 + def.words.term.len() + added_len);
            match fixed {
                Some(fixed) => text.push_str(fixed),
                None => push_finding(&mut text, def.words.term, status, child_rule, &missing),
            }
            for part in added {
                text.push_str(part);
            }
            Cow::Owned(text)
        }
    };
    let rule = match (child_rule, limb.child) {
        (true, ChildRule::NoMeans(rule) | ChildRule::ChildOnly(rule)) => rule,
        _ => limb.rule,
    };
    reasons.push(Reason::new(rule, text));

    // Borders do not matter; say so when it could be misread.
    if status.at_least_suspected() {
        match case.movement.crossed_border {
            Fact::RuledOut => {
                flags.push(Flag::InternalTrafficking);
                reasons.push(Reason::new(
                    p.border,
                    "No international border was crossed. That does not matter: trafficking does not require a border crossing, and trafficking within one country is trafficking.",
                ));
            }
            Fact::Established => {}
            _ => reasons.push(Reason::new(
                p.border,
                "Whether a border was crossed does not change this finding: trafficking does not require one.",
            )),
        }
        if let (Some(rule), Some(text)) = (p.victim, def.words.victim) {
            reasons.push(Reason::new(rule, text));
        }
    }

    // Asylum: orthogonal to every finding.
    if case.asylum_claim.level().at_least_suspected() {
        flags.push(Flag::AsylumReferral);
        reasons.push(Reason::new(
            &SAVING_CLAUSE,
            "The person has claimed, or may claim, asylum. Refer the claim: the findings here do not affect the right to seek asylum or the principle of non-refoulement.",
        ));
    }

    TraffickingFinding {
        status,
        elements: Elements {
            act,
            means,
            purpose,
        },
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adult_needs_all_three_elements() {
        use Level::*;
        assert_eq!(
            status(Established, Established, Established, false),
            Established
        );
        assert_eq!(
            status(Established, NotEstablished, Established, false),
            NotEstablished
        );
        assert_eq!(
            status(Established, Suspected, Established, false),
            Suspected
        );
        assert_eq!(
            status(NotEstablished, Established, Established, false),
            NotEstablished
        );
        assert_eq!(
            status(Established, Established, NotEstablished, false),
            NotEstablished
        );
    }

    #[test]
    fn a_child_needs_act_and_purpose_only() {
        use Level::*;
        assert_eq!(
            status(Established, NotEstablished, Established, true),
            Established
        );
        assert_eq!(
            status(Suspected, NotEstablished, Established, true),
            Suspected
        );
        assert_eq!(
            status(Established, Established, NotEstablished, true),
            NotEstablished
        );
    }

    fn and_list(items: &[Element]) -> String {
        let mut text = String::new();
        push_and_list(&mut text, items);
        text
    }

    #[test]
    fn missing_elements_read_as_a_list() {
        use Element::*;
        assert_eq!(and_list(&[Means]), "means");
        assert_eq!(and_list(&[Means, Purpose]), "means and purpose");
        assert_eq!(and_list(&[Act, Means, Purpose]), "act, means and purpose");
        let mut reasons = Vec::new();
        let finding = assess(
            &Case::new(),
            PersonStatus::Adult,
            &DEFINITION,
            &mut reasons,
            &mut Vec::new(),
        );
        assert_eq!(finding.missing.len(), 3);
        assert!(reasons.iter().any(|r| r.text.ends_with(
            "needs an act, a means and a purpose, and act, means and purpose are missing."
        )));
    }

    /// Every set of missing elements, in the order `assess` lists them.
    fn missing_sets() -> Vec<Vec<Element>> {
        (0..8u8)
            .map(|bits| {
                [Element::Act, Element::Means, Element::Purpose]
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, e)| e)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_fixed_not_trafficking_texts_are_the_built_ones() {
        let mut fixed = 0;
        for child_rule in [false, true] {
            for missing in missing_sets() {
                let possible =
                    !missing.is_empty() && (!child_rule || !missing.contains(&Element::Means));
                let text = not_trafficking(child_rule, &missing);
                assert_eq!(text.is_some(), possible, "{child_rule} {missing:?}");
                if let Some(text) = text {
                    fixed += 1;
                    for def in Profile::ALL.map(Profile::definition) {
                        let mut built = String::new();
                        push_finding(
                            &mut built,
                            def.words.term,
                            Level::NotEstablished,
                            child_rule,
                            &missing,
                        );
                        assert_eq!(text, built);
                    }
                }
            }
        }
        assert_eq!(fixed, 10);
    }

    /// The finding on the elements as it was written with `format!`.
    fn finding_by_format(
        term: &str,
        status: Level,
        child_rule: bool,
        missing: &[Element],
    ) -> String {
        let required = if child_rule {
            "an act and a purpose"
        } else {
            "an act, a means and a purpose"
        };
        let names: Vec<&str> = missing.iter().map(|e| e.name()).collect();
        let mut chars = term.chars();
        let capitalised = chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().collect::<String>() + chars.as_str()
        });
        match status {
            Level::Established => format!("{capitalised}: {required} are established."),
            Level::Suspected => format!(
                "Possible {term}: {required} are at least suspected, but not all established ({} not established).",
                names.join(", ")
            ),
            Level::NotEstablished => format!(
                "Not trafficking on these facts: the definition needs {required}, and {} {} missing.",
                match names.as_slice() {
                    [] => String::new(),
                    [one] => (*one).to_string(),
                    [init @ .., last] => format!("{} and {last}", init.join(", ")),
                },
                if names.len() == 1 { "is" } else { "are" }
            ),
        }
    }

    #[test]
    fn the_built_finding_is_the_formatted_one() {
        for def in Profile::ALL.map(Profile::definition) {
            for status in [Level::Established, Level::Suspected, Level::NotEstablished] {
                for child_rule in [false, true] {
                    for missing in missing_sets() {
                        let mut built = String::new();
                        push_finding(&mut built, def.words.term, status, child_rule, &missing);
                        assert_eq!(
                            built,
                            finding_by_format(def.words.term, status, child_rule, &missing)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn fact_names_are_capitalised_as_words() {
        for (name, words) in [
            ("forced_begging", "Forced begging"),
            ("slavery", "Slavery"),
            ("_a_b", " a b"),
            ("é_x", "É x"),
            ("", ""),
        ] {
            let mut text = String::new();
            push_capitalised_words(&mut text, name);
            assert_eq!(text, words);
        }
        let mut text = String::new();
        push_capitalised(&mut text, "trafficking in persons");
        assert_eq!(text, "Trafficking in persons");
    }

    #[test]
    fn interpreted_forms_map_to_listed_forms() {
        let read = |p: Purpose| match DEFINITION.how(p) {
            How::Read { term, rule } if rule.id == PURPOSE_INTERPRETATION.id => Some(term),
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
