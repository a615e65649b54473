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
//! Layout: [`model`] (the facts), [`law`] (one file per instrument, each rule
//! next to the provision it encodes), [`assessment`] (findings and reasons),
//! [`json`] (contract v1 wire format), [`explain`] (the assessment in words
//! for people).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "arbitrary")]
mod arbitrary;
pub mod assessment;
mod engine;
pub mod explain;
pub mod json;
pub mod law;
pub mod model;
mod questions;
#[cfg(feature = "schema")]
pub mod schema;

pub use assessment::{Assessment, Flag, PersonStatus, Verdict};
pub use engine::evaluate;
pub use json::{parse_case, screen_json, Error};
pub use model::{Case, Fact, Level};
