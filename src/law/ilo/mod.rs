//! The ILO/European Commission operational indicators of trafficking in human
//! beings (2009), and how palermo reads them into the Protocol's elements.
//!
//! Two kinds of rule live here:
//!
//! - the ILO/EC rules themselves (`ilo.2009.list`, `ilo.2009.dimension`,
//!   `ilo.2009.policy`): which list applies, when a dimension is positive, how
//!   dimensions combine into the ILO's own verdict. Their data (the lists with
//!   grades, the dimension rule and the combination) is in `data/ilo-2009/`,
//!   not in code, so a corrected reading replaces a file; see
//!   [`crate::decide`]. None of these texts was retrieved verbatim: see
//!   `docs/SOURCES.md` §13 and the `provenance` of each data file.
//! - palermo's mapping from indicators to the facts of contract v1
//!   (`ilo.2009.mapping.*`), each with the provision that justifies it. The
//!   mapping is law, not data: it is the part a court would check.
//!
//! The principles of the mapping (documented with each rule below):
//!
//! 1. A **positive dimension** (the ILO/EC combination rule met) establishes
//!    the facts it evidences, at the dimension's own level (a dimension made
//!    positive only by `"suspected"` indicators is suspected).
//! 2. A **single indicator** is a sign, not proof: on its own it makes a legal
//!    fact at most `"suspected"`. The ILO/EC rule itself treats one indicator,
//!    even a strong one, as insufficient.
//! 3. An indicator that *describes* a fact of the contract that is not a legal
//!    element (documents held by someone else, labour-rights violations, a
//!    position of vulnerability) sets that fact at the indicator's own level.
//! 4. Forced labour is read on the legal test of ILO C29 art. 2(1), as the
//!    ILO measures it (involuntariness plus the menace of a penalty):
//!    coercion, where work or services are in evidence, gives forced labour
//!    at the lower of the two levels.
//! 5. Nothing the law does not support is mapped: exploitative conditions alone
//!    never give forced labour (they show work, not the menace of a
//!    penalty); a vulnerability alone is never a means (the abuse must be
//!    shown).

use super::{Rule, Wording};
use serde::{Deserialize, Serialize};
use std::fmt;

mod data;
mod mapping;

pub(crate) use data::GradedCounts;
pub use data::{
    Clause, DataError, DimensionRule, Entry, IloData, ListData, Otherwise, Outcome, Policy,
};
pub use mapping::{shows_work, ByDimension, Evidence, ABUSE, BY_DIMENSION, RISKS, SIGNS, WORK};
pub(crate) use mapping::{Reading, SIGN_TARGETS};

/// `ilo.2009.list` — which of the four ILO/EC lists grades the indicators:
/// adults or children, labour or sexual exploitation.
pub const LIST: Rule = Rule {
    id: "ilo.2009.list",
    citation: "ILO/EC Operational indicators of trafficking in human beings (2009)",
    summary: "The indicators are graded on the list for the person's age group and the kind of exploitation.",
    quote: "Four lists of indicators: adult victims of trafficking for labour exploitation; adult victims of trafficking for sexual exploitation; child victims of trafficking for labour exploitation; child victims of trafficking for sexual exploitation. Each list sets out indicators in six dimensions: deceptive recruitment, coercive recruitment, recruitment by abuse of vulnerability, exploitative conditions of work, coercion at destination, abuse of vulnerability at destination; each indicator is graded strong, medium or weak.",
    wording: Wording::Corroborated,
};

/// `ilo.2009.dimension` — the per-dimension rule of the ILO/EC indicators
/// (quoted by a secondary synthesis as "WCMS_105023 p. 3"; `docs/SOURCES.md`
/// §13.4). The rule itself is data (`data/ilo-2009/policy.json`).
pub const DIMENSION: Rule = Rule {
    id: "ilo.2009.dimension",
    citation: "ILO/EC Operational indicators of trafficking in human beings (2009), p. 3",
    summary: "A dimension is positive with 2 strong, 1 strong + 1 medium or weak, 3 medium, or 2 medium + 1 weak indicators.",
    quote: "A dimension is positive if the indicators present include at least 2 strong, or 1 strong and 1 medium or weak, or 3 medium, or 2 medium and 1 weak indicators.",
    wording: Wording::Corroborated,
};

/// `ilo.2009.policy` — how the dimensions combine into the ILO/EC verdict
/// (recollection of the document, consistent with the secondary synthesis;
/// `docs/SOURCES.md` §13.4). The combination is data.
pub const POLICY: Rule = Rule {
    id: "ilo.2009.policy",
    citation: "ILO/EC Operational indicators of trafficking in human beings (2009); palermo policy ilo-2009",
    summary: "The ILO/EC verdict on the indicators alone, reported next to the Protocol finding.",
    quote: "Adult victim of trafficking: deceptive recruitment or coercive recruitment or recruitment by abuse of vulnerability, and exploitative conditions of work, and coercion at destination or abuse of vulnerability at destination. Child victim: exploitative conditions; the means dimensions add weight but are not required.",
    wording: Wording::Unverified,
};

/// `ilo.2009.mapping.recruitment` — recruitment-phase indicators describe
/// how the person was recruited: art. 3(a), "the recruitment ... of persons".
/// A positive recruitment dimension establishes the act; a single indicator
/// of deceptive or coercive recruitment makes it suspected.
pub const RECRUITMENT: Rule = Rule {
    id: "ilo.2009.mapping.recruitment",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "Indicators of the recruitment phase evidence the act of recruitment.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons",
    wording: Wording::Verbatim,
};

/// `ilo.2009.mapping.harbouring` — coercion at destination describes a
/// person held by those who exploit them (confined, documents taken, bonded
/// by a debt): art. 3(a), "harbouring or receipt". Only ever suspected:
/// whether the person who coerced also harboured or received the person is a
/// question of fact the indicators do not answer.
pub const HARBOURING: Rule = Rule {
    id: "ilo.2009.mapping.harbouring",
    citation: "Trafficking Protocol art. 3(a)",
    summary: "Coercion at destination suggests (never establishes) that the person was harboured.",
    quote: "the recruitment, transportation, transfer, harbouring or receipt of persons",
    wording: Wording::Verbatim,
};

/// `ilo.2009.mapping.deception` — deceptive recruitment is the means
/// "of fraud, of deception" (art. 3(a)). The UNODC Model Law (art. 5(1),
/// wording from memory) reads deception as to "the nature of work or
/// services to be provided; the conditions of work; ... other circumstances
/// involving exploitation of the person" — the subjects of the ILO's
/// deceptive-recruitment indicators.
pub const DECEPTION: Rule = Rule {
    id: "ilo.2009.mapping.deception",
    citation: "Trafficking Protocol art. 3(a); UNODC Model Law art. 5(1)",
    summary: "Deceptive recruitment evidences the means of deception.",
    quote: "by means of ... of fraud, of deception (art. 3(a)); \"Deception\" or \"fraud\" shall refer to deception by words or conduct as to: (i) The nature of work or services to be provided; (ii) The conditions of work; (iii) The extent to which the person will be free to leave his or her place of residence; or (iv) Other circumstances involving exploitation of the person (Model Law, from memory)",
    wording: Wording::Corroborated,
};

/// `ilo.2009.mapping.coercion` — coercive recruitment and coercion at
/// destination are the means "threat or use of force or other forms of
/// coercion" (art. 3(a)). Violence on the victim is the use of force; threats
/// of violence the threat of force; threats of denunciation, confiscation of
/// documents, withholding of wages, confinement and debt bondage are "other
/// forms of coercion" (UNODC Model Law art. 5(1), wording from memory:
/// "abuse or any threat linked to the legal status of a person;
/// psychological pressure").
pub const COERCION: Rule = Rule {
    id: "ilo.2009.mapping.coercion",
    citation: "Trafficking Protocol art. 3(a); UNODC Model Law art. 5(1)",
    summary: "Coercive recruitment and coercion at destination evidence the means of threat, force or coercion.",
    quote: "by means of the threat or use of force or other forms of coercion (art. 3(a)); \"Coercion\" shall mean use of force or threat thereof, and some forms of non-violent or psychological use of force or threat thereof, including but not limited to: (i) Threats of harm or physical restraint of any person; ... (iii) Abuse or any threat linked to the legal status of a person; (iv) Psychological pressure (Model Law, from memory)",
    wording: Wording::Corroborated,
};

/// `ilo.2009.mapping.vulnerability` — the two-part test of abuse of a
/// position of vulnerability (UNODC Issue Paper, 2013, as its authors put
/// it): "(i) proof of the existence of a position of vulnerability on the
/// part of the victim; and (ii) proof of abuse of (or intention to abuse)
/// that vulnerability as the means by which a particular act ... was
/// undertaken".
///
/// So: an indicator that only describes a vulnerability (economic reasons,
/// family situation, personal characteristics...) records
/// `person.vulnerable`, never a means. A recruitment-by-abuse-of-vulnerability
/// dimension is read as the means only when at least one of its indicators
/// describes the abuse itself (abuse of illegal status, of lack of
/// information, false information...). A vulnerability together with positive
/// exploitative conditions is reasonable grounds to suspect the abuse, never
/// more.
pub const VULNERABILITY: Rule = Rule {
    id: "ilo.2009.mapping.vulnerability",
    citation: "Trafficking Protocol art. 3(a); UNODC Issue Paper on abuse of a position of vulnerability (2013)",
    summary: "A vulnerability is recorded as such; it is a means only where its abuse is shown.",
    quote: "The evidentiary requirements of APOV under the Trafficking Protocol appear to be two-fold: (i) proof of the existence of a position of vulnerability on the part of the victim; and (ii) proof of abuse of (or intention to abuse) that vulnerability as the means by which a particular act (recruitment, harbouring, etc.) was undertaken.",
    wording: Wording::Corroborated,
};

/// `ilo.2009.mapping.forced_labour` — ILO Forced Labour Convention, 1930
/// (No. 29), art. 2(1):
///
/// > the term "forced or compulsory labour" shall mean all work or service
/// > which is exacted from any person under the menace of any penalty and for
/// > which the said person has not offered himself voluntarily.
///
/// The legal test has two limbs, involuntariness and the menace of a
/// penalty, and it needs work or service to be exacted. The ILO's own
/// measurement standard reads it the same way: *Hard to see, harder to
/// count* (ILO, 2012) and the Guidelines concerning the measurement of
/// forced labour of the 20th International Conference of Labour
/// Statisticians (2018) count a person in forced labour on **involuntariness
/// plus the menace of a penalty** (wording of both from memory, not
/// retrieved: unverified). Poor conditions of work are neither necessary
/// nor sufficient.
///
/// palermo's reading of the ILO/EC indicators on that test:
///
/// - **coercion** (coercive recruitment or coercion at destination: violence,
///   threats, confinement, confiscation of documents, debt bondage,
///   withholding of wages, denunciation...) is the menace of a penalty; used
///   to make a person take or keep the work, it also makes the work
///   involuntary (the ICLS guidelines, from memory: coercion "may take place
///   during the worker's recruitment process to force him or her to accept
///   the job or, once the person is working");
/// - **deception or coercion at recruitment** is involuntariness: the person
///   did not offer themselves for *this* work (and it is the means of
///   deception or coercion, under `ilo.2009.mapping.deception` and
///   `.coercion`);
/// - **work or services in evidence**: an indicator of exploitative
///   conditions of work, or one of coercion at destination that presupposes
///   work (withholding of wages, forced tasks or clients, forced into illicit
///   activities, a threat of worse working conditions, debt bondage; see
///   [`WORK`]).
///
/// So coercion at a level, with work or services in evidence, gives forced
/// labour at the lower of the two levels (at most the weakest premise: a
/// coercion shown only by single indicators, each a sign, gives at most
/// suspected). Exploitative conditions alone are never forced labour: they
/// show work, not the menace of a penalty (a labour-rights risk factor,
/// `ilo.2009.mapping.risk`).
pub const FORCED_LABOUR: Rule = Rule {
    id: "ilo.2009.mapping.forced_labour",
    citation: "ILO Convention No. 29 art. 2(1)",
    summary: "Coercion (the menace of a penalty) with work or services in evidence gives forced labour, at the lower of the two levels; exploitative conditions alone never do.",
    quote: "the term \"forced or compulsory labour\" shall mean all work or service which is exacted from any person under the menace of any penalty and for which the said person has not offered himself voluntarily",
    wording: Wording::Verbatim,
};

/// `ilo.2009.mapping.debt_bondage` — Supplementary Slavery Convention 1956,
/// art. 1(a): debt bondage is a practice similar to slavery. The ILO
/// indicator "debt bondage" is looser than the Convention's definition (a
/// pledge of services whose value is not applied to the debt, or whose length
/// and nature are not limited and defined), so one indicator makes the
/// purpose suspected; the record has to show the pledge to establish it.
pub const DEBT_BONDAGE: Rule = Rule {
    id: "ilo.2009.mapping.debt_bondage",
    citation: "Supplementary Slavery Convention 1956 art. 1(a)",
    summary: "Debt bondage suggests a practice similar to slavery (and coercion).",
    quote: "Debt bondage, that is to say, the status or condition arising from a pledge by a debtor of his personal services or of those of a person under his control as security for a debt, if the value of those services as reasonably assessed is not applied towards the liquidation of the debt or the length and nature of those services are not respectively limited and defined",
    wording: Wording::Verbatim,
};

/// `ilo.2009.mapping.forced_criminality` — being forced into illicit or
/// criminal activities is forced labour or services (ILO C29 art. 2(1)),
/// for a child a worst form of child labour (ILO C182 art. 3(c)). One
/// indicator makes the purpose suspected.
pub const FORCED_CRIMINALITY: Rule = Rule {
    id: "ilo.2009.mapping.forced_criminality",
    citation: "ILO Convention No. 29 art. 2(1); ILO Convention No. 182 art. 3(c)",
    summary: "Being forced into illicit or criminal activities suggests the purpose of forced criminality.",
    quote: "all work or service which is exacted from any person under the menace of any penalty and for which the said person has not offered himself voluntarily (C29 art. 2(1)); the use, procuring or offering of a child for illicit activities (C182 art. 3(c))",
    wording: Wording::Verbatim,
};

/// `ilo.2009.mapping.risk` — indicators that describe an operational risk
/// factor of contract v1 (documents held by someone else, labour-rights
/// violations) set it at the indicator's own level. An operational category,
/// not a legal element.
pub const RISK: Rule = Rule {
    id: "ilo.2009.mapping.risk",
    citation: "palermo contract v1 §3 (unsafe migration)",
    summary: "Indicators that describe a risk factor of unsafe migration record it.",
    quote: "Unsafe migration (an operational risk category, not a legal finding): the person migrated or crossed a border, and at least one risk factor is established.",
    wording: Wording::Contract,
};

/// `htcds.2.0.record` — the case was read from a record in the IOM Human
/// Trafficking Case Data Standard v2.0 (or a CTDC data-set row): which fields
/// gave which facts is in the output's `input_report`.
pub const HTCDS_RECORD: Rule = Rule {
    id: "htcds.2.0.record",
    citation: "IOM Human Trafficking Case Data Standard v2.0 (2021); CTDC data sets",
    summary: "Facts read from an HTCDS record or a CTDC row.",
    quote: "vic_MethodsOfControl, vic_TypeOfExploitation, vic_MethodOfRecruitment, vic_AgeWhenTrafficked, per_RoleInProcess ...; CTDC: meansOfControl*, is*Exploit*, ageBroad, majorityEntry ... (field names of HTCDS v2.0 and of the CTDC data sets)",
    wording: Wording::Contract,
};

/// The six dimensions of the ILO/EC indicators, in the ILO's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Deceptive recruitment (or deception during recruitment, transfer and transportation).
    DeceptiveRecruitment,
    /// Coercive recruitment (or coercion during recruitment, transfer and transportation).
    CoerciveRecruitment,
    /// Recruitment by abuse of vulnerability.
    RecruitmentByAbuseOfVulnerability,
    /// Exploitative conditions of work.
    ExploitativeConditions,
    /// Coercion at destination.
    CoercionAtDestination,
    /// Abuse of vulnerability at destination.
    AbuseOfVulnerabilityAtDestination,
}

impl Dimension {
    /// Every dimension, in the ILO's order.
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::RecruitmentByAbuseOfVulnerability,
        Dimension::ExploitativeConditions,
        Dimension::CoercionAtDestination,
        Dimension::AbuseOfVulnerabilityAtDestination,
    ];

    /// Position of this dimension in [`Dimension::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The id of the dimension: the first part of every indicator id.
    pub const fn name(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive_recruitment",
            Dimension::CoerciveRecruitment => "coercive_recruitment",
            Dimension::RecruitmentByAbuseOfVulnerability => "recruitment_by_abuse_of_vulnerability",
            Dimension::ExploitativeConditions => "exploitative_conditions",
            Dimension::CoercionAtDestination => "coercion_at_destination",
            Dimension::AbuseOfVulnerabilityAtDestination => "abuse_of_vulnerability_at_destination",
        }
    }

    /// The ILO's name of the dimension, for people.
    pub const fn describe(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive recruitment",
            Dimension::CoerciveRecruitment => "coercive recruitment",
            Dimension::RecruitmentByAbuseOfVulnerability => "recruitment by abuse of vulnerability",
            Dimension::ExploitativeConditions => "exploitative conditions of work",
            Dimension::CoercionAtDestination => "coercion at destination",
            Dimension::AbuseOfVulnerabilityAtDestination => "abuse of vulnerability at destination",
        }
    }

    /// Look a dimension up by its id.
    pub fn from_name(name: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The dimension of an indicator id (`coercion_at_destination.debt_bondage`).
    pub fn of_indicator(id: &str) -> Option<Dimension> {
        id.split_once('.')
            .and_then(|(d, _)| Dimension::from_name(d))
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How strongly an indicator points to trafficking, on one list and in one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// A strong indicator.
    Strong,
    /// A medium indicator.
    Medium,
    /// A weak indicator.
    Weak,
}

impl Grade {
    /// The grade's name.
    pub const fn name(self) -> &'static str {
        match self {
            Grade::Strong => "strong",
            Grade::Medium => "medium",
            Grade::Weak => "weak",
        }
    }
}

/// How sure we are of a piece of data (the tags of `docs/SOURCES.md` §13).
///
/// More kinds may be added: a `match` on it needs a wildcard arm.
///
/// ```compile_fail
/// use palermo::law::ilo::Confidence;
/// fn verified(c: Confidence) -> bool {
///     match c {
///         Confidence::Verified => true,
///         Confidence::Secondary | Confidence::Recollection => false,
///     }
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Confidence {
    /// `V`: verified in a stored primary or official source.
    #[serde(rename = "V")]
    Verified,
    /// `S`: from a named secondary source, consistent with the primary one.
    #[serde(rename = "S")]
    Secondary,
    /// `R`: recollection of the primary document; to be checked.
    #[serde(rename = "R")]
    Recollection,
}

impl Confidence {
    /// The tag (`V`, `S`, `R`).
    pub const fn tag(self) -> &'static str {
        match self {
            Confidence::Verified => "V",
            Confidence::Secondary => "S",
            Confidence::Recollection => "R",
        }
    }

    /// What the tag means, for people.
    pub const fn describe(self) -> &'static str {
        match self {
            Confidence::Verified => "verified in a primary source",
            Confidence::Secondary => "from a secondary source, not checked against the ILO text",
            Confidence::Recollection => "recollection of the ILO text, to be checked",
        }
    }
}

/// Whose list: adults or children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    /// Adults (and persons of unknown age, treated as adults for the means test).
    Adults,
    /// Children and presumed children.
    Children,
}

/// The four ILO/EC lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ListName {
    /// Adult victims of trafficking for labour exploitation.
    AdultsLabour,
    /// Adult victims of trafficking for sexual exploitation.
    AdultsSexual,
    /// Child victims of trafficking for labour exploitation.
    ChildrenLabour,
    /// Child victims of trafficking for sexual exploitation.
    ChildrenSexual,
}

impl ListName {
    /// Every list.
    pub const ALL: [ListName; 4] = [
        ListName::AdultsLabour,
        ListName::AdultsSexual,
        ListName::ChildrenLabour,
        ListName::ChildrenSexual,
    ];

    /// The list's id.
    pub const fn name(self) -> &'static str {
        match self {
            ListName::AdultsLabour => "adults_labour",
            ListName::AdultsSexual => "adults_sexual",
            ListName::ChildrenLabour => "children_labour",
            ListName::ChildrenSexual => "children_sexual",
        }
    }

    /// The list for an age group and a kind of exploitation.
    pub const fn of(group: AgeGroup, sexual: bool) -> ListName {
        match (group, sexual) {
            (AgeGroup::Adults, false) => ListName::AdultsLabour,
            (AgeGroup::Adults, true) => ListName::AdultsSexual,
            (AgeGroup::Children, false) => ListName::ChildrenLabour,
            (AgeGroup::Children, true) => ListName::ChildrenSexual,
        }
    }

    /// Whose list it is.
    pub const fn age_group(self) -> AgeGroup {
        match self {
            ListName::AdultsLabour | ListName::AdultsSexual => AgeGroup::Adults,
            ListName::ChildrenLabour | ListName::ChildrenSexual => AgeGroup::Children,
        }
    }

    /// Words for people: "adults, labour exploitation".
    pub const fn describe(self) -> &'static str {
        match self {
            ListName::AdultsLabour => "adults, labour exploitation",
            ListName::AdultsSexual => "adults, sexual exploitation",
            ListName::ChildrenLabour => "children, labour exploitation",
            ListName::ChildrenSexual => "children, sexual exploitation",
        }
    }
}

impl fmt::Display for ListName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
