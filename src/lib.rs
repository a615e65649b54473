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
//! ([`law::profile`]), never a copy of the engine; [`compare::compare`] runs
//! a case under every profile and names the provision behind each
//! difference.
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
//! Layout: [`model`] (the facts), [`law`] (one file per instrument, each rule
//! next to the provision it encodes; [`law::profile`], the profiles),
//! [`assessment`] (findings and reasons), [`json`] (contract v1 wire format),
//! [`explain`] (the assessment in words for people), [`compare`] (one case
//! under every profile), and, with the `casebook` feature (on with `cli`),
//! `casebook` (training scenarios, checked against the engine, rendered as
//! handouts).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "arbitrary")]
mod arbitrary;
pub mod assessment;
#[cfg(feature = "casebook")]
pub mod casebook;
mod engine;
pub mod explain;
pub mod htcds;
pub mod indicators;
pub mod json;
pub mod law;
pub mod model;
mod questions;
#[cfg(feature = "schema")]
pub mod schema;

pub use assessment::{Assessment, Flag, PersonStatus, Verdict};
pub mod compare;
pub use engine::{evaluate, evaluate_with};
pub use json::{parse_case, screen_json, Error};
pub use law::profile::Profile;
pub use model::{Case, Fact, Level};
