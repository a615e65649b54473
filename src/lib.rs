//! # palermo
//!
//! The UN Trafficking in Persons Protocol definition (art. 3) as a typed,
//! deterministic, explainable classifier. From the facts of a case it says
//! whether they meet the definition of trafficking in persons (an act, by a
//! means, for the purpose of exploitation; for a child, no means), and tells
//! it apart from migrant smuggling, irregular migration and unsafe migration,
//! element by element, citing the provision behind every step, naming what is
//! missing and which questions would settle it.
//!
//! It is a screening aid, not a legal determination.
//!
//! ```
//! use palermo::model::{Act, Case, Fact, Means, Purpose};
//! use palermo::{evaluate, Verdict};
//!
//! let mut case = Case::new().with_id("case-1");
//! case.act.set(Act::Recruitment, Fact::Established);
//! case.means.set(Means::Deception, Fact::Established);
//! case.purpose.set(Purpose::ForcedLabour, Fact::Established);
//! case.consent = Fact::Established; // irrelevant once a means is used
//!
//! let assessment = evaluate(&case);
//! assert_eq!(assessment.verdict, Verdict::Trafficking);
//! assert!(assessment.reasons.iter().any(|r| r.rule == "tip.3b.consent"));
//! ```
//!
//! Police and prosecutors apply national and regional law, so a case can be
//! assessed under a jurisdiction [`Profile`]: the Protocol (`palermo`, the
//! default), the Council of Europe Convention (`coe`), the EU Directive
//! (`eu`), US federal law (`us`), the ASEAN Convention (`asean`) or the
//! Cambodian law of 2008 (`cambodia`). Each is a definition as data
//! ([`law::profile`]), never a copy of the engine;
//! [`words::compare::compare`] runs a case under every profile and names
//! the provision behind each difference.
//!
//! ```
//! use palermo::model::{Act, Case, Fact, Purpose};
//! use palermo::{evaluate_with, Profile, Verdict};
//!
//! let mut case = Case::new();
//! case.person.age = Some(16);
//! case.act.set(Act::Recruitment, Fact::Established);
//! case.purpose.set(Purpose::ForcedLabour, Fact::Established);
//! assert_eq!(evaluate_with(&case, Profile::Eu).verdict, Verdict::Trafficking);
//! // US law: no child rule for labour trafficking.
//! let us = evaluate_with(&case, Profile::Us);
//! assert_eq!(us.verdict, Verdict::NoFinding);
//! assert!(us.provenance.is_some()); // the source's caveats travel with the output
//! ```
//!
//! ## The house
//!
//! The library is built in one-way layers, each using only those before it
//! (see `docs/ARCHITECTURE.md`):
//!
//! 1. [`model`]: the facts of a case, and nothing else;
//! 2. [`law`]: the instruments as data: rules with their provisions quoted,
//!    each profile's definition;
//! 3. [`assessment`]: the output types;
//! 4. [`decide`]: the procedure, from facts to findings, every reason as
//!    data (rule, topic, what it found);
//! 5. [`words`]: every sentence, written from that data out of the message
//!    catalogues of `i18n/`: reason texts, [`words::explain`],
//!    [`words::compare`];
//! 6. [`io`]: contract v1 JSON in and out, NDJSON batches, schemas, and the
//!    HTCDS/CTDC adapter;
//! 7. with the `casebook` feature (on with `cli`), `casebook`: training
//!    scenarios, checked against the engine, rendered as handouts.
//!
//! The functions below are the front door: they run [`decide`], then
//! [`words`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "arbitrary")]
mod arbitrary;
pub mod assessment;
#[cfg(feature = "casebook")]
pub mod casebook;
pub mod decide;
pub mod io;
pub mod law;
pub mod model;
pub mod words;

pub use assessment::{Assessment, Flag, PersonStatus, Verdict};
pub use decide::Input;
pub use io::{parse_case, parse_input, screen_json, Error, ErrorKind};
pub use law::ilo::IloData;
pub use law::profile::Profile;
pub use model::{Case, Fact, Level};

/// Evaluate a case against the Trafficking Protocol, the Smuggling Protocol
/// and the migration categories.
///
/// Pure and deterministic: no I/O, no global state, no panics; the same case
/// always gives the same assessment.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// use palermo::{evaluate, Verdict};
///
/// // A 15-year-old recruited to sell flowers: no means needed for a child.
/// let mut case = Case::new();
/// case.person.age = Some(15);
/// case.act.set(Act::Recruitment, Fact::Established);
/// case.purpose.set(Purpose::ForcedBegging, Fact::Established);
/// let assessment = evaluate(&case);
/// assert_eq!(assessment.verdict, Verdict::Trafficking);
/// assert!(assessment.reasons.iter().any(|r| r.rule == "tip.3c.child"));
/// ```
pub fn evaluate(case: &Case) -> Assessment {
    evaluate_with(case, Profile::Palermo)
}

/// Evaluate a case under a jurisdiction profile: the trafficking finding
/// follows that instrument's definition (its acts, means, purposes, the scope
/// of its child rule and its provisions); smuggling, migration and the
/// protection flags are the same under every profile.
///
/// The assessment names its profile, and carries its `provenance` when the
/// instrument's wording is not fully verified.
///
/// ```
/// use palermo::model::{Act, Case, Fact, Purpose};
/// use palermo::{evaluate_with, Profile, Verdict};
///
/// // A 16-year-old recruited for forced labour, with no means.
/// let mut case = Case::new();
/// case.person.age = Some(16);
/// case.act.set(Act::Recruitment, Fact::Established);
/// case.purpose.set(Purpose::ForcedLabour, Fact::Established);
/// assert_eq!(evaluate_with(&case, Profile::Palermo).verdict, Verdict::Trafficking);
/// // US law: labour trafficking needs force, fraud or coercion at every age.
/// assert_eq!(evaluate_with(&case, Profile::Us).verdict, Verdict::NoFinding);
/// ```
pub fn evaluate_with(case: &Case, profile: Profile) -> Assessment {
    words::assess_facts(case, profile)
}

/// Evaluate a record as it comes in: the case under its own profile (or
/// `palermo`), with its ILO/EC indicators, if any, assessed on their own and
/// read into the facts first (see [`decide`]).
///
/// ```
/// use palermo::model::{Case, Fact, Indicators};
/// use palermo::{evaluate_input, Input, Verdict};
///
/// let mut case = Case::new();
/// case.person.age = Some(34);
/// let observed = Indicators::new()
///     .with("deceptive_recruitment.deceived_about_nature_of_job", Fact::Established)
///     .with("deceptive_recruitment.deceived_about_wages", Fact::Established)
///     .with("coercion_at_destination.confiscation_of_documents", Fact::Established)
///     .with("coercion_at_destination.debt_bondage", Fact::Established)
///     .with("exploitative_conditions.excessive_working_days_or_hours", Fact::Established)
///     .with("exploitative_conditions.low_or_no_salary", Fact::Established);
/// let a = evaluate_input(&Input::new(case).with_indicators(observed));
/// assert_eq!(a.verdict, Verdict::Trafficking);
/// assert!(a.ilo.is_some());
/// ```
pub fn evaluate_input(input: &Input) -> Assessment {
    evaluate_input_as(input, None)
}

/// [`evaluate_input`] under `profile` when given, overriding the record's own.
pub fn evaluate_input_as(input: &Input, profile: Option<Profile>) -> Assessment {
    words::assess(input, profile)
}

/// Evaluate a record with the ILO/EC data of your choice (for example a
/// corrected reading of the lists or of the policy, loaded with
/// [`IloData::parse`]), under the record's profile. [`evaluate_input`] uses
/// [`IloData::embedded`]. Indicator ids on none of `data`'s lists are
/// reported in a warning and not used.
pub fn evaluate_with_data(input: &Input, data: &IloData) -> Assessment {
    let mut a = decide::indicators::evaluate_in(
        &input.case,
        &input.indicators,
        data,
        input.profile.unwrap_or_default(),
    );
    words::write(&mut a);
    a
}
