//! Who is a child, and what to do when nobody knows.
//!
//! The child rule of the Trafficking Protocol (art. 3(c)) turns on age, and
//! age is often the least certain fact of a case. The rule here never
//! resolves that uncertainty against the person: an estimate that straddles
//! 18, or signs of childhood, make the person a presumed child pending
//! verification.

use super::{Rule, Wording};

/// The age of majority for the Protocol.
pub const MAJORITY: u8 = 18;

/// `age.3d` — Trafficking Protocol art. 3(d):
///
/// > "Child" shall mean any person under eighteen years of age.
pub const CHILD: Rule = Rule {
    id: "age.3d",
    citation: "Trafficking Protocol art. 3(d)",
    summary: "A child is a person under 18.",
    quote: "\"Child\" shall mean any person under eighteen years of age.",
    wording: Wording::Verbatim,
};

/// `age.stated` — a stated age wins over estimates and indicators (contract
/// v1 §3), with a warning when they conflict. Grounded in art. 3(d), which
/// turns on age itself.
pub const STATED_AGE: Rule = Rule {
    id: "age.stated",
    citation: "Trafficking Protocol art. 3(d); contract v1 §3",
    summary: "A stated age wins over an estimate or indicators; a conflict is reported.",
    quote: "\"Child\" shall mean any person under eighteen years of age.",
    wording: Wording::Contract,
};

/// `age.presumed` — Council of Europe Convention (CETS 197) art. 10(3):
///
/// > When the age of the victim is uncertain and there are reasons to believe
/// > that the victim is a child, he or she shall be presumed to be a child and
/// > shall be accorded special protection measures pending verification of
/// > his/her age.
///
/// Directive 2011/36/EU art. 13(2) is to the same effect (wording from memory,
/// see `docs/SOURCES.md` §11).
pub const PRESUMED_CHILD: Rule = Rule {
    id: "age.presumed",
    citation: "CoE Convention CETS 197 art. 10(3); Directive 2011/36/EU art. 13(2)",
    summary: "Uncertain age with reasons to believe the person is a child: presumed child.",
    quote: "When the age of the victim is uncertain and there are reasons to believe that the victim is a child, he or she shall be presumed to be a child and shall be accorded special protection measures pending verification of his/her age.",
    wording: Wording::Verbatim,
};
