//! Irregular and unsafe migration: what a case is when it is neither
//! trafficking nor smuggling.
//!
//! Neither term is defined by a treaty. Irregular migration follows the IOM
//! Glossary on Migration; unsafe migration is palermo's operational risk
//! category, and never a legal finding.

use super::{Rule, Wording};

/// `mig.irregular` — IOM, *Glossary on Migration* (International Migration Law
/// No. 34, 2019), "irregular migration" (wording from memory, see
/// `docs/SOURCES.md` §3.2):
///
/// > Movement of persons that takes place outside the laws, regulations, or
/// > international agreements governing the entry into or exit from the State
/// > of origin, transit or destination.
///
/// Encoded as in contract v1: a border crossing is established, and the entry
/// or the stay is irregular.
pub const IRREGULAR: Rule = Rule {
    id: "mig.irregular",
    citation: "IOM Glossary on Migration (2019), \"irregular migration\"",
    summary: "Irregular migration: a border crossed, with entry or stay outside the rules.",
    quote: "Movement of persons that takes place outside the laws, regulations, or international agreements governing the entry into or exit from the State of origin, transit or destination.",
    wording: Wording::Unverified,
};

/// `mig.unsafe` — unsafe migration is *not* a defined term in any treaty or
/// in the IOM Glossary (`docs/SOURCES.md` §3.2). palermo defines it as an
/// operational category: a migration (within or across borders) with at least
/// one established risk factor (unlicensed broker, fees or debt, no contract,
/// documents held by others, ...). Such factors can also be evidence of a
/// means; the assessment never conflates the two.
pub const UNSAFE: Rule = Rule {
    id: "mig.unsafe",
    citation: "palermo operational category (no legal definition exists)",
    summary: "Unsafe migration: a migration with at least one established risk factor; a risk category, not a legal finding.",
    quote: "Unsafe migration is not a defined term in the Protocols or the IOM Glossary; palermo uses it for a migration exposed to exploitation: unlicensed brokers, fees or debts, no contract, documents held by others, dangerous routes, no information, labour-rights violations.",
    wording: Wording::Contract,
};
