//! The assessment in words, for a person: a caseworker, a trainer reading it
//! aloud, a prosecutor checking the reasoning.
//!
//! The text follows the order of the law: the verdict, who the person is,
//! each element with the facts that made it, the other findings, then the
//! reasoning step by step, each step with its provision quoted, and finally
//! what is missing and the questions that would settle it. Sentences are
//! short and the facts are put the way a trainee would put them ("the person
//! was deceived"), not the way the data records them (`means.deception`).
//!
//! [`explain`] gives the whole text. [`steps`], [`missing`] and the word
//! helpers give the same content as data, for other renderings (the casebook
//! handout uses them).

use crate::assessment::{
    Assessment, Element, ElementFinding, ElementStatus, Flag, PersonStatus, Question,
};
use crate::law::{self, Wording};
use crate::model::{Act, Level, Means, Purpose, Vocabulary};
use std::fmt::Write as _;

const WIDTH: usize = 78;

/// Wrap `text` to [`WIDTH`] columns, every line starting with `indent`.
pub(crate) fn wrap(out: &mut String, indent: &str, text: &str) {
    hang(out, indent, indent, text);
}

/// Wrap `text` with a hanging indent: the first line starts with `first`,
/// the others with spaces of the same width.
fn hang(out: &mut String, first: &str, rest: &str, text: &str) {
    let mut indent = first;
    let mut line = String::from(first);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            indent = rest;
            line = String::from(rest);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        out.push_str(&line);
        out.push('\n');
    }
}

/// [`hang`] with the continuation indented to the width of `first`.
pub(crate) fn hanging(out: &mut String, first: &str, text: &str) {
    let rest = " ".repeat(first.len());
    hang(out, first, &rest, text);
}

/// "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What an act means for the person, as a past participle ("recruited").
pub fn act_words(act: Act) -> &'static str {
    match act {
        Act::Recruitment => "recruited",
        Act::Transportation => "transported",
        Act::Transfer => "handed over (transferred)",
        Act::Harbouring => "housed or held (harboured)",
        Act::Receipt => "received",
        Act::ExchangeOrTransferOfControl => "passed from one person's control to another's",
        Act::Provision => "provided to someone",
        Act::Obtaining => "obtained by someone",
        Act::Patronizing => "paid for as a sex act (patronized)",
        Act::Soliciting => "solicited for a sex act",
        Act::RemovalFromCustody => "taken from their lawful guardians",
    }
}

/// What a means was, as a clause about the person ("the person was deceived").
pub fn means_words(means: Means) -> &'static str {
    match means {
        Means::Threat => "the person was threatened",
        Means::Force => "force was used against the person",
        Means::Coercion => "the person was coerced",
        Means::Abduction => "the person was abducted",
        Means::Fraud => "the person was defrauded",
        Means::Deception => "the person was deceived",
        Means::AbuseOfPower => "someone abused their power over the person",
        Means::AbuseOfVulnerability => {
            "someone took advantage of the person's position of vulnerability"
        }
        Means::PaymentToController => "someone with control over the person was paid to agree",
        Means::Enticement => "the person was enticed with promises",
        Means::AbuseOfLegalProcess => {
            "the person was threatened with the law (an abuse of legal process)"
        }
    }
}

/// What a purpose was, as a noun phrase ("forced labour").
pub fn purpose_words(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::ProstitutionOfOthers => {
            "to profit from the person's prostitution (the exploitation of the prostitution of others)"
        }
        Purpose::SexualExploitation => "sexual exploitation",
        Purpose::ForcedLabour => "forced labour",
        Purpose::ForcedServices => "forced services",
        Purpose::Slavery => "slavery (treating the person as property)",
        Purpose::PracticesSimilarToSlavery => "a practice similar to slavery",
        Purpose::Servitude => "servitude",
        Purpose::OrganRemoval => "the removal of organs",
        Purpose::ForcedBegging => "forced begging",
        Purpose::ForcedCriminality => "forced criminal activity",
        Purpose::ForcedMarriage => "forced marriage",
        Purpose::IllegalAdoption => "illegal adoption",
        Purpose::CommercialSex => "a commercial sex act",
        Purpose::DebtBondage => "debt bondage",
        Purpose::Peonage => "peonage (forced work to pay off a debt)",
        Purpose::ExploitationOfSurrogacy => "the exploitation of surrogacy",
        Purpose::ProductionOfPornography => "the production of pornography",
        Purpose::SexualAggression => "sexual aggression",
        Purpose::ProfitMaking => "making a profit from the person",
        Purpose::ChildLabour => "child labour",
    }
}

/// The short name of a fact, for tables: the law's own word with spaces.
fn label<V: Vocabulary>(fact: V) -> String {
    fact.name().replace('_', " ")
}

/// The facts of an element in short words, for a table row: "recruitment, transportation".
pub fn element_labels<V: Vocabulary>(e: &ElementFinding<V>) -> String {
    e.facts
        .iter()
        .map(|f| label(*f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The status of an element in words.
pub fn element_status_words(status: ElementStatus) -> &'static str {
    match status {
        ElementStatus::Established => "established",
        ElementStatus::Suspected => "suspected, not established",
        ElementStatus::NotEstablished => "not established",
        ElementStatus::NotRequired => "not required",
    }
}

/// A finding's level in words.
pub fn level_words(level: Level) -> &'static str {
    match level {
        Level::Established => "established",
        Level::Suspected => "suspected, not established",
        Level::NotEstablished => "not established",
    }
}

/// The facts of the act element as sentences ("The person was recruited and
/// transported."), or `None` when no act is at least suspected.
fn act_sentence(e: &ElementFinding<Act>) -> Option<String> {
    let words: Vec<&str> = e.facts.iter().map(|a| act_words(*a)).collect();
    match e.status {
        ElementStatus::Established => Some(format!("The person was {}.", and_list(&words))),
        ElementStatus::Suspected => Some(format!(
            "Suspected, not established: the person was {}.",
            and_list(&words)
        )),
        _ => None,
    }
}

fn means_sentence(e: &ElementFinding<Means>) -> Option<String> {
    let clauses: Vec<String> = e
        .facts
        .iter()
        .map(|m| means_words(*m).to_string())
        .collect();
    match e.status {
        ElementStatus::Established => Some(
            clauses
                .iter()
                .map(|c| format!("{}.", capitalise(c)))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ElementStatus::Suspected => Some(format!(
            "Suspected, not established: {}.",
            clauses.join("; ")
        )),
        _ => None,
    }
}

fn purpose_sentence(e: &ElementFinding<Purpose>) -> Option<String> {
    let words: Vec<&str> = e.facts.iter().map(|p| purpose_words(*p)).collect();
    match e.status {
        ElementStatus::Established => Some(format!("The purpose was {}.", and_list(&words))),
        ElementStatus::Suspected => Some(format!(
            "Suspected, not established: the purpose was {}.",
            and_list(&words)
        )),
        _ => None,
    }
}

/// The facts of one element of trafficking as the trainee would say them,
/// without its status: "The person was deceived." `None` when no fact of the
/// element is at least suspected (or the element is not required).
pub fn element_facts(a: &Assessment, element: Element) -> Option<String> {
    let e = &a.trafficking.elements;
    let plain = |s: String| {
        s.strip_prefix("Suspected, not established: ")
            .map_or_else(|| s.clone(), capitalise)
    };
    match element {
        Element::Act => act_sentence(&e.act).map(plain),
        Element::Means if e.means.status == ElementStatus::NotRequired => None,
        Element::Means => means_sentence(&e.means).map(plain),
        Element::Purpose => purpose_sentence(&e.purpose).map(plain),
    }
}

/// One element of trafficking in words: its status, then its facts as the
/// trainee would say them. "Established. The person was deceived."
pub fn element_sentence(a: &Assessment, element: Element) -> String {
    let e = &a.trafficking.elements;
    let (status, facts) = match element {
        Element::Act => (e.act.status, act_sentence(&e.act)),
        Element::Means => (e.means.status, means_sentence(&e.means)),
        Element::Purpose => (e.purpose.status, purpose_sentence(&e.purpose)),
    };
    match (status, facts) {
        (ElementStatus::Established, Some(facts)) => format!("Established. {facts}"),
        (ElementStatus::Suspected, Some(facts)) => facts,
        (ElementStatus::NotRequired, _) => {
            "Not required: the person is a child, or presumed to be one.".to_string()
        }
        _ => "Not established.".to_string(),
    }
}

/// The question an interviewer would ask to settle a fact, by its dotted
/// contract path (`means.deception`). `None` for a path it does not know.
pub fn fact_question(path: &str) -> Option<&'static str> {
    Some(match path {
        "act.recruitment" => "Did someone recruit the person: offer a job, a marriage or a trip?",
        "act.transportation" => "Did someone transport the person, or arrange the journey?",
        "act.transfer" => "Was the person handed over from one person to another?",
        "act.harbouring" => "Did someone house the person, or keep them somewhere?",
        "act.receipt" => "Did someone receive the person on arrival?",
        "means.threat" => "Was the person, or their family, threatened?",
        "means.force" => "Was physical force used against the person?",
        "means.coercion" => {
            "Was the person coerced in another way: a debt they could not refuse, papers taken, threats to report them?"
        }
        "means.abduction" => "Was the person taken away against their will?",
        "means.fraud" => "Was the person cheated: a false contract, false fees, false papers?",
        "means.deception" => {
            "Was the person lied to about the job, the pay, the conditions or the place?"
        }
        "means.abuse_of_power" => {
            "Did someone use their power over the person: an employer, an official, a guardian?"
        }
        "means.abuse_of_vulnerability" => {
            "Did someone take advantage of the person's vulnerability, so that they had no real choice but to submit?"
        }
        "means.payment_to_controller" => {
            "Was someone with control over the person (a parent, a guardian, an employer) paid to agree?"
        }
        "purpose.prostitution_of_others" => "Was the aim to profit from the person's prostitution?",
        "purpose.sexual_exploitation" => "Was the aim another form of sexual exploitation?",
        "purpose.forced_labour" => {
            "Was the aim to make the person work under the threat of a penalty, work they had not freely agreed to?"
        }
        "purpose.forced_services" => {
            "Was the aim to make the person provide services under the threat of a penalty?"
        }
        "purpose.slavery" => "Was the aim to treat the person as property: to buy, sell or own them?",
        "purpose.practices_similar_to_slavery" => {
            "Was the aim a practice similar to slavery: debt bondage, serfdom, a servile marriage, or handing over a child for exploitation?"
        }
        "purpose.servitude" => {
            "Was the aim to keep the person in conditions they could not escape or change?"
        }
        "purpose.organ_removal" => "Was the aim to remove an organ?",
        "purpose.forced_begging" => "Was the aim to make the person beg?",
        "purpose.forced_criminality" => "Was the aim to make the person commit crimes?",
        "purpose.forced_marriage" => "Was the aim to marry the person off without their free consent?",
        "purpose.illegal_adoption" => "Was the aim an illegal adoption?",
        "act.exchange_or_transfer_of_control" => {
            "Was control over the person passed or exchanged between people?"
        }
        "act.provision" => "Did someone provide the person to another?",
        "act.obtaining" => "Did someone obtain the person from another?",
        "act.patronizing" => "Did someone pay for a sex act with the person?",
        "act.soliciting" => "Did someone solicit the person for a sex act?",
        "act.removal_from_custody" => {
            "Was the person, a minor, taken away from their parents or lawful guardians?"
        }
        "means.enticement" => "Was the person lured away with promises or gifts?",
        "means.abuse_of_legal_process" => {
            "Was the person threatened with the law: arrest, deportation, a complaint to the police?"
        }
        "purpose.commercial_sex" => {
            "Was the aim a sex act for which something of value was given or received?"
        }
        "purpose.debt_bondage" => {
            "Was the person to work off a debt whose terms were not fair or not limited?"
        }
        "purpose.peonage" => "Was the person to be forced to work to pay off a debt?",
        "purpose.exploitation_of_surrogacy" => {
            "Was the aim to exploit the person as a surrogate mother?"
        }
        "purpose.production_of_pornography" => "Was the aim to produce pornography?",
        "purpose.sexual_aggression" => "Was the aim sexual aggression against the person?",
        "purpose.profit_making" => "Was the aim to make a profit from the person?",
        "purpose.child_labour" => "Was the aim to make the child work?",
        "person.age" => "How old was the person at the time?",
        "person.age_estimate" => "What age range is the person likely to be in?",
        "person.child_indicators" => {
            "Are there signs that the person is a child: appearance, school, documents?"
        }
        "person.vulnerable" => "Was the person in a position of vulnerability?",
        "movement.migrated" => "Did the person leave home to go somewhere else?",
        "movement.crossed_border" => "Did the person cross an international border?",
        "movement.entry" => "Did the person enter the country without meeting its entry rules?",
        "movement.stay" => "Is the person staying in the country without permission?",
        "movement.national_or_resident_of_destination" => {
            "Is the person a national or permanent resident of the country they entered?"
        }
        "movement.facilitator.procured_entry" => {
            "Did someone else arrange the crossing for the person?"
        }
        "movement.facilitator.enabled_irregular_stay" => {
            "Did someone else make it possible for the person to stay without permission?"
        }
        "movement.facilitator.material_benefit" => {
            "Was the person who helped paid, or did they gain something material from it?"
        }
        "movement.facilitator.humanitarian_or_family" => {
            "Was the help given for humanitarian reasons, or by close family?"
        }
        "movement.life_endangered" => "Was the person's life or safety put at risk on the way?",
        "movement.inhuman_or_degrading_treatment" => {
            "Was the person treated in an inhuman or degrading way?"
        }
        "movement.fraudulent_documents" => "Were false travel or identity documents used?",
        "risk_factors.unlicensed_recruiter" => "Was the recruiter or broker unlicensed?",
        "risk_factors.recruitment_fees_or_debt" => {
            "Did the person pay recruitment fees, or go into debt for the journey?"
        }
        "risk_factors.no_written_contract" => "Did the person go without a written contract?",
        "risk_factors.no_travel_documents" => {
            "Did the person travel without a passport or travel documents of their own?"
        }
        "risk_factors.documents_held_by_others" => {
            "Is someone else holding the person's identity or travel documents?"
        }
        "risk_factors.dangerous_route" => "Was the route dangerous?",
        "risk_factors.no_information_on_destination" => {
            "Did the person go without information about the place, the job or the conditions?"
        }
        "risk_factors.labour_rights_violations" => {
            "Were the person's labour rights violated: pay, hours, safety?"
        }
        "asylum_claim" => "Does the person fear return, or want to claim asylum?",
        "offences_by_person" => "Has the person committed offences, for example with false papers?",
        "consent" => "Did the person agree?",
        "exploitation_occurred" => "Did the exploitation actually happen?",
        _ => return None,
    })
}

/// The question that settles a whole element of trafficking.
pub fn element_question(element: Element) -> &'static str {
    match element {
        Element::Act => {
            "Was the person recruited, transported, transferred, harboured or received by someone?"
        }
        Element::Means => {
            "How was it done? Was the person threatened, forced, coerced, abducted, defrauded or deceived; was power, or the person's vulnerability, abused; or was someone with control over them paid?"
        }
        Element::Purpose => {
            "What was it for? Was the aim to exploit the person: the prostitution of others or other sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude, or the removal of organs?"
        }
    }
}

/// What a step of the reasoning is about, from its rule id.
fn topic(rule: &str, after_purpose: bool) -> &'static str {
    match rule {
        r if r.starts_with("age.") => "Age",
        "tip.3a.act" => "Act",
        "tip.3a.means" | "tip.3a.vulnerability" => "Means",
        "tip.3c.child" if !after_purpose => "Means",
        "tip.3a.purpose" | "tip.3a.purpose.interpretation" | "tip.3a.purpose.intent" => "Purpose",
        "tip.3b.consent" => "Consent",
        "tip.3a" | "tip.3c.child" => "Finding on trafficking",
        "tip.border" => "Borders",
        "tip.14" => "Asylum",
        "som.relationship" => "After arrival",
        "som.6.3" => "Aggravation",
        r if r.starts_with("som.") => "Smuggling",
        "mig.irregular" => "Irregular migration",
        "mig.unsafe" => "Unsafe migration",
        r if r.starts_with("np.") => "Non-punishment",
        r if r.starts_with("verdict.") => "Verdict",
        _ => "Also considered",
    }
}

/// One step of the reasoning, ready to show: what it is about, what it
/// found, the provision and (the first time it is cited) its text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Step {
    /// What the step is about: "Age", "Act", "Means", "Smuggling", ...
    pub topic: &'static str,
    /// The stable rule id (see [`crate::law::RULES`]).
    pub rule: String,
    /// The provision cited.
    pub citation: String,
    /// What the step found in this case, in short sentences.
    pub text: String,
    /// The text of the provision, the first time the rule is cited.
    pub quote: Option<&'static str>,
    /// How far the quoted wording can be relied on, with the quote.
    pub wording: Option<Wording>,
}

/// The reasoning of an assessment step by step, in the order the engine
/// applied the rules. The act, means and purpose steps put the facts in
/// plain words; each rule's provision is quoted once, at its first step.
pub fn steps(a: &Assessment) -> Vec<Step> {
    let mut out = Vec::with_capacity(a.reasons.len());
    let mut quoted: Vec<&str> = Vec::new();
    let mut after_purpose = false;
    for r in &a.reasons {
        let id: &str = &r.rule;
        if id.starts_with("tip.3a.purpose") {
            after_purpose = true;
        }
        let text = match id {
            "tip.3a.act" => plain_element(a, Element::Act, &r.text),
            "tip.3a.means" => plain_element(a, Element::Means, &r.text),
            "tip.3a.purpose" => plain_element(a, Element::Purpose, &r.text),
            _ => without_topic(&r.text, topic(id, after_purpose)),
        };
        let rule = if quoted.contains(&id) {
            None
        } else {
            quoted.push(id);
            law::rule(id)
        };
        out.push(Step {
            topic: topic(id, after_purpose),
            rule: id.to_string(),
            citation: r.citation.to_string(),
            text,
            quote: rule.map(|r| r.quote),
            wording: rule.map(|r| r.wording),
        });
    }
    out
}

/// The engine's text without a leading "Verdict: " when the step's topic
/// already says it.
fn without_topic(text: &str, topic: &str) -> String {
    match text.get(..topic.len() + 2) {
        Some(head) if head.eq_ignore_ascii_case(&format!("{topic}: ")) => {
            capitalise(&text[topic.len() + 2..])
        }
        _ => text.to_string(),
    }
}

/// The engine's text for an element, or the facts in plain words when the
/// element is at least suspected.
fn plain_element(a: &Assessment, element: Element, engine_text: &str) -> String {
    let e = &a.trafficking.elements;
    let status = match element {
        Element::Act => e.act.status,
        Element::Means => e.means.status,
        Element::Purpose => e.purpose.status,
    };
    match status {
        ElementStatus::Established | ElementStatus::Suspected => element_sentence(a, element),
        _ => engine_text.to_string(),
    }
}

/// A question to ask, in words, with the fact it settles and what the
/// answer would change.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ask {
    /// The fact's dotted path in contract v1 (`means.deception`).
    pub fact: String,
    /// The question in words.
    pub question: String,
    /// What the answer would change (from the engine's `next_questions`).
    pub why: String,
}

impl Ask {
    fn from_question(q: &Question) -> Self {
        Ask {
            fact: q.fact.to_string(),
            question: fact_question(&q.fact).map_or_else(
                || format!("What is the answer for {}?", q.fact),
                String::from,
            ),
            why: humane(&q.why),
        }
    }
}

/// The engine's "why" with verdict names in words ("no_finding" becomes
/// "no finding").
fn humane(why: &str) -> String {
    let mut text = why.to_string();
    for v in crate::assessment::Verdict::ALL {
        if v.name().contains('_') {
            text = text.replace(v.name(), &v.name().replace('_', " "));
        }
    }
    text
}

/// A required element of trafficking that is not established, and how to settle it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Gap {
    /// The element.
    pub element: Element,
    /// Not established, or suspected and not established.
    pub status: ElementStatus,
    /// The element in words: its status and any suspected facts.
    pub summary: String,
    /// The question that settles the element as a whole.
    pub question: &'static str,
    /// For a suspected element: the question of evidence that would establish it.
    pub note: Option<String>,
    /// The engine's next questions that bear on it, most decisive first.
    pub asks: Vec<Ask>,
}

/// What is missing for trafficking, and every question the engine asks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Missing {
    /// The missing elements of trafficking, in the order act, means, purpose.
    pub elements: Vec<Gap>,
    /// Questions that bear on other findings (smuggling, migration, age).
    pub other: Vec<Ask>,
}

/// The suspected facts of an element as a clause: "the person was deceived".
fn suspected_clause(a: &Assessment, element: Element) -> String {
    let e = &a.trafficking.elements;
    match element {
        Element::Act => format!(
            "the person was {}",
            and_list(
                &e.act
                    .facts
                    .iter()
                    .map(|f| act_words(*f))
                    .collect::<Vec<_>>()
            )
        ),
        Element::Means => {
            let clauses: Vec<&str> = e.means.facts.iter().map(|f| means_words(*f)).collect();
            if clauses.len() > 1 {
                format!("{} (any of these)", clauses.join("; "))
            } else {
                clauses.concat()
            }
        }
        Element::Purpose => format!(
            "the purpose was {}",
            and_list(
                &e.purpose
                    .facts
                    .iter()
                    .map(|f| purpose_words(*f))
                    .collect::<Vec<_>>()
            )
        ),
    }
}

/// The element a question bears on, by its fact path.
fn element_of(fact: &str) -> Option<Element> {
    match fact.split('.').next() {
        Some("act") => Some(Element::Act),
        Some("means") => Some(Element::Means),
        Some("purpose") => Some(Element::Purpose),
        _ => None,
    }
}

/// The missing elements of trafficking with the questions that would settle
/// each; the engine's other next questions after them.
///
/// The person's age goes with the means: for a person under 18 no means is
/// needed (Trafficking Protocol art. 3(c)).
pub fn missing(a: &Assessment) -> Missing {
    let e = &a.trafficking.elements;
    let mut out = Missing::default();
    for &element in &a.trafficking.missing {
        let status = match element {
            Element::Act => e.act.status,
            Element::Means => e.means.status,
            Element::Purpose => e.purpose.status,
        };
        let facts = match element {
            Element::Act => and_list(
                &e.act
                    .facts
                    .iter()
                    .map(|f| act_words(*f))
                    .collect::<Vec<_>>(),
            ),
            Element::Means => e
                .means
                .facts
                .iter()
                .map(|f| means_words(*f))
                .collect::<Vec<_>>()
                .join("; "),
            Element::Purpose => and_list(
                &e.purpose
                    .facts
                    .iter()
                    .map(|f| purpose_words(*f))
                    .collect::<Vec<_>>(),
            ),
        };
        let facts = match (element, facts.is_empty()) {
            (_, true) => String::new(),
            (Element::Act, false) => format!(" (the person was {facts})"),
            (Element::Means, false) => format!(" ({facts})"),
            (Element::Purpose, false) => format!(" (the purpose was {facts})"),
        };
        let summary = format!(
            "{}: {}{facts}.",
            capitalise(element.name()),
            element_status_words(status)
        );
        out.elements.push(Gap {
            element,
            status,
            summary,
            question: element_question(element),
            note: (status == ElementStatus::Suspected).then(|| {
                format!(
                    "A suspicion is not yet proof. What evidence would establish that {}: a statement, a witness, a document, a message?",
                    suspected_clause(a, element)
                )
            }),
            asks: Vec::new(),
        });
    }
    for q in &a.next_questions {
        let ask = Ask::from_question(q);
        let target = match element_of(&q.fact) {
            Some(el) => Some(el),
            None if q.fact.starts_with("person.") => Some(Element::Means),
            None => None,
        };
        match target.and_then(|el| out.elements.iter_mut().find(|g| g.element == el)) {
            Some(gap) => gap.asks.push(ask),
            None => out.other.push(ask),
        }
    }
    out
}

fn person_words(status: PersonStatus) -> &'static str {
    match status {
        PersonStatus::Child => "a child, under 18",
        PersonStatus::PresumedChild => "presumed to be a child until the age is verified",
        PersonStatus::Adult => "an adult",
        PersonStatus::Unknown => "age unknown, treated as an adult, so a means is needed",
    }
}

/// What a flag asks the caseworker to do.
pub fn flag_words(flag: Flag) -> &'static str {
    match flag {
        Flag::PresumedChild => {
            "Presumed child: give the protection due to a child until the age is verified."
        }
        Flag::InternalTrafficking => {
            "Internal trafficking: no border was crossed, and none is needed."
        }
        Flag::AsylumReferral => {
            "Asylum: refer the claim. Non-refoulement applies whatever the finding."
        }
        Flag::NonPunishment => {
            "Non-punishment: do not punish the person for offences they were compelled to commit."
        }
        Flag::AggravatedSmuggling => {
            "Aggravated smuggling: life or safety endangered, or inhuman or degrading treatment."
        }
        Flag::PurposeByInterpretation => {
            "The purpose rests on a form of exploitation read into the Protocol's list."
        }
        Flag::RelationshipContinued => {
            "The facilitator kept a hold on the person after arrival: a sign of trafficking, not of smuggling."
        }
    }
}

/// Questions that have the same effect, with that effect said once.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AskGroup<'a> {
    /// The questions, most decisive first.
    pub asks: Vec<&'a Ask>,
    /// What a "yes" (or the answer) would change, for all of them.
    pub why: String,
}

/// Group consecutive questions with the same effect ("If yes to any of
/// these, the means element is established ...").
pub fn group_asks(asks: &[Ask]) -> Vec<AskGroup<'_>> {
    let mut groups: Vec<AskGroup<'_>> = Vec::new();
    for ask in asks {
        match groups.last_mut() {
            Some(g) if g.asks.first().is_some_and(|first| first.why == ask.why) => g.asks.push(ask),
            _ => groups.push(AskGroup {
                asks: vec![ask],
                why: ask.why.clone(),
            }),
        }
    }
    for g in &mut groups {
        if g.asks.len() > 1 {
            if let Some(rest) = g.why.strip_prefix("If yes, ") {
                g.why = format!("If yes to any of these, {rest}");
            }
        }
    }
    groups
}

/// Print questions, grouping those with the same effect under one "why".
fn write_asks(out: &mut String, indent: &str, asks: &[Ask]) {
    for group in group_asks(asks) {
        for ask in &group.asks {
            hanging(
                out,
                &format!("{indent}- "),
                &format!("{} [{}]", ask.question, ask.fact),
            );
        }
        wrap(out, indent, &group.why);
    }
}

/// The assessment as plain text for a person.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// let mut case = Case::new();
/// case.person.age = Some(12);
/// case.act.set(Act::Harbouring, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// let text = palermo::explain::explain(&palermo::evaluate(&case));
/// assert!(text.starts_with("Verdict: trafficking in persons"));
/// assert!(text.contains("Trafficking Protocol art. 3(c)"));
/// assert!(text.contains("The purpose was forced labour."));
/// ```
pub fn explain(a: &Assessment) -> String {
    let mut out = String::with_capacity(6144);
    let _ = writeln!(out, "Verdict: {}", a.verdict.describe());
    if a.labels.len() > 1 {
        let also: Vec<&str> = a.labels.iter().skip(1).map(|l| l.describe()).collect();
        wrap(&mut out, "", &format!("Also found: {}.", also.join("; ")));
    }
    if let Some(id) = &a.id {
        let _ = writeln!(out, "Case: {id}");
    }
    hanging(
        &mut out,
        "Person: ",
        &format!("{} ({}).", person_words(a.person.status), a.person.basis),
    );
    let def = a.profile.definition();
    if a.profile != crate::Profile::Palermo {
        wrap(
            &mut out,
            "",
            &format!("Profile: {} ({}).", a.profile, def.title),
        );
    }
    if let Some(provenance) = &a.provenance {
        wrap(&mut out, "", &format!("Provenance: {provenance}"));
    }

    // At a glance.
    out.push_str("\nAt a glance:\n");
    hang(
        &mut out,
        "  ",
        "    ",
        &format!("{}: {}.", def.heading, level_words(a.trafficking.status)),
    );
    let e = &a.trafficking.elements;
    let row = |out: &mut String, name: &str, status: ElementStatus, facts: String| {
        let status = element_status_words(status);
        let line = if facts.is_empty() {
            status.to_string()
        } else {
            format!("{status}: {facts}")
        };
        wrap(out, &format!("    {name:<9}"), &line);
    };
    row(&mut out, "Act", e.act.status, element_labels(&e.act));
    row(&mut out, "Means", e.means.status, element_labels(&e.means));
    row(
        &mut out,
        "Purpose",
        e.purpose.status,
        element_labels(&e.purpose),
    );
    if !a.trafficking.missing.is_empty() {
        let missing: Vec<&str> = a.trafficking.missing.iter().map(|m| m.name()).collect();
        let _ = writeln!(out, "    {:<9}{}", "Missing", missing.join(", "));
    }
    crate::indicators::explain_elements_into(&mut out, a);
    let _ = writeln!(
        out,
        "  Smuggling of migrants: {}{}.",
        level_words(a.smuggling.status),
        if a.smuggling.aggravated {
            ", aggravated"
        } else {
            ""
        }
    );
    let _ = writeln!(
        out,
        "  Irregular migration: {}.",
        level_words(a.irregular_migration.status)
    );
    let _ = writeln!(
        out,
        "  Unsafe migration: {}. (A risk category, not a legal finding.)",
        level_words(a.unsafe_migration.status)
    );
    crate::indicators::explain_into(&mut out, a);

    if !a.flags.is_empty() {
        out.push_str("\nFor the caseworker:\n");
        for flag in &a.flags {
            let words = match flag {
                Flag::PurposeByInterpretation if a.profile != crate::Profile::Palermo => {
                    "The purpose rests on a form of exploitation read into one the instrument names."
                }
                _ => flag_words(*flag),
            };
            hanging(&mut out, "  - ", words);
        }
    }
    if !a.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &a.warnings {
            hanging(&mut out, "  - ", w);
        }
    }

    // Step by step, each provision quoted once.
    out.push_str("\nStep by step:\n");
    for (i, step) in steps(a).iter().enumerate() {
        let number = format!("  {}. ", i + 1);
        let indent = " ".repeat(number.len());
        hanging(
            &mut out,
            &number,
            &format!("{}. {} [{}]", step.topic, step.citation, step.rule),
        );
        wrap(&mut out, &indent, &step.text);
        if let Some(quote) = step.quote {
            wrap(&mut out, &format!("{indent}> "), quote);
            if let Some(wording) = step.wording.filter(|w| *w != Wording::Verbatim) {
                wrap(
                    &mut out,
                    &format!("{indent}> "),
                    &format!("({})", wording.describe()),
                );
            }
        }
    }

    // What is missing, and the questions that would settle it.
    let missing = missing(a);
    if missing.elements.is_empty() {
        if a.trafficking.status == Level::Established {
            out.push_str(
                "\nNothing is missing: every required element of trafficking is established.\n",
            );
        }
    } else {
        out.push_str(
            "\nWhat is missing for trafficking, and the questions that would settle it:\n",
        );
        for gap in &missing.elements {
            wrap(&mut out, "  ", &gap.summary);
            hang(&mut out, "    Question: ", "    ", gap.question);
            if let Some(note) = &gap.note {
                wrap(&mut out, "    ", note);
            }
            if gap.asks.is_empty() {
                wrap(
                    &mut out,
                    "    ",
                    "No unanswered fact about it would, on its own, change the verdict.",
                );
            } else {
                out.push_str("    Ask:\n");
                write_asks(&mut out, "      ", &gap.asks);
            }
        }
    }
    if !missing.other.is_empty() {
        out.push_str("\nOther questions:\n");
        write_asks(&mut out, "    ", &missing.other);
    }
    if missing.elements.is_empty() && missing.other.is_empty() {
        out.push_str("\nNext questions: none. No unanswered fact would change the verdict.\n");
    }

    out.push('\n');
    wrap(
        &mut out,
        "",
        "This is a screening aid, not a legal determination. The finding depends on the facts as recorded; a competent authority decides.",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Fact};

    #[test]
    fn every_fact_the_engine_can_ask_about_has_a_question() {
        use crate::model::RiskFactor;
        let paths = Act::ALL
            .iter()
            .map(|m| m.path())
            .chain(Means::ALL.iter().map(|m| m.path()))
            .chain(Purpose::ALL.iter().map(|m| m.path()))
            .chain(RiskFactor::ALL.iter().map(|m| m.path()));
        for path in paths {
            assert!(fact_question(path).is_some(), "{path}");
        }
        for path in [
            "person.age",
            "person.child_indicators",
            "movement.crossed_border",
            "movement.entry",
            "movement.stay",
            "movement.migrated",
            "movement.facilitator.procured_entry",
            "movement.facilitator.enabled_irregular_stay",
            "movement.facilitator.material_benefit",
        ] {
            assert!(fact_question(path).is_some(), "{path}");
        }
    }

    #[test]
    fn every_vocabulary_member_has_words() {
        let mut seen = std::collections::HashSet::new();
        for a in Act::ALL {
            assert!(seen.insert(act_words(*a)));
        }
        for m in Means::ALL {
            assert!(seen.insert(means_words(*m)));
        }
        for p in Purpose::ALL {
            assert!(seen.insert(purpose_words(*p)));
        }
    }

    #[test]
    fn a_missing_means_comes_with_its_questions() {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.purpose.set(Purpose::ForcedLabour, Fact::Established);
        let a = crate::evaluate(&case);
        let m = missing(&a);
        assert_eq!(m.elements.len(), 1);
        assert_eq!(m.elements[0].element, Element::Means);
        assert!(m.elements[0]
            .asks
            .iter()
            .any(|q| q.fact == "means.deception"));
        let text = explain(&a);
        assert!(
            text.contains("Was the person lied to about the job"),
            "{text}"
        );
        assert!(
            text.contains("If yes to any of these, the means element"),
            "{text}"
        );
    }

    #[test]
    fn each_provision_is_quoted_once() {
        let mut case = Case::new();
        case.person.age = Some(15);
        case.act.set(Act::Recruitment, Fact::Established);
        case.purpose.set(Purpose::ForcedBegging, Fact::Established);
        let a = crate::evaluate(&case);
        let s = steps(&a);
        let child: Vec<&Step> = s.iter().filter(|s| s.rule == "tip.3c.child").collect();
        assert_eq!(child.len(), 2);
        assert!(child[0].quote.is_some());
        assert!(child[1].quote.is_none());
        assert_eq!(child[0].topic, "Means");
        assert_eq!(child[1].topic, "Finding on trafficking");
    }

    #[test]
    fn facts_are_put_in_plain_words() {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.act.set(Act::Transportation, Fact::Established);
        case.means.set(Means::Deception, Fact::Suspected);
        case.purpose.set(Purpose::ForcedLabour, Fact::Established);
        let a = crate::evaluate(&case);
        assert_eq!(
            element_sentence(&a, Element::Act),
            "Established. The person was recruited and transported."
        );
        assert_eq!(
            element_sentence(&a, Element::Means),
            "Suspected, not established: the person was deceived."
        );
        assert_eq!(
            element_facts(&a, Element::Means).as_deref(),
            Some("The person was deceived.")
        );
    }
}
