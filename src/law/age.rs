//! Who is a child, and what to do when nobody knows.
//!
//! The child rule of the Trafficking Protocol (art. 3(c)) turns on age, and
//! age is often the least certain fact of a case. The rule here never
//! resolves that uncertainty against the person: an estimate that straddles
//! 18, or signs of childhood without a stated age (even beside an estimate
//! entirely 18 or over), make the person a presumed child pending
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
    citation: "palermo contract v1 §3 (applying Trafficking Protocol art. 3(d))",
    summary: "A stated age wins over an estimate or indicators; a conflict is reported.",
    quote: "A stated age is used as the person's age: it wins over an age estimate and over signs of childhood, and a conflict between them is reported as a warning. Art. 3(d) then decides: under 18 is a child.",
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
///
/// The presumption protects; it does not prove the age element. A finding
/// that rests on it is at most suspected until the age is verified (see
/// `decide::trafficking`).
pub const PRESUMED_CHILD: Rule = Rule {
    id: "age.presumed",
    citation: "CoE Convention CETS 197 art. 10(3); Directive 2011/36/EU art. 13(2)",
    summary: "Uncertain age with reasons to believe the person is a child: presumed child.",
    quote: "When the age of the victim is uncertain and there are reasons to believe that the victim is a child, he or she shall be presumed to be a child and shall be accorded special protection measures pending verification of his/her age.",
    wording: Wording::Verbatim,
};

/// `age.presumed.screening` — palermo's protective screening rule, where the
/// instrument states no presumption of minority: the Trafficking Protocol,
/// ACTIP and Cambodia's law of 2008 in the texts palermo holds, and US
/// federal law (18 U.S.C. 1591(a) and (c) turn on the person's actual age).
/// CETS 197 art. 10(3) and Directive 2011/36/EU art. 13(2) bind Council of
/// Europe and EU states only, so they are cited under `coe` and `eu`
/// ([`PRESUMED_CHILD`]) and nowhere else. A person who may be a child is
/// treated as one for protection and referral while the age is verified; a
/// finding that rests on it is at most suspected.
pub const PRESUMED_CHILD_SCREENING: Rule = Rule {
    id: "age.presumed.screening",
    citation: "palermo screening rule (no presumption of minority in this instrument)",
    summary: "Uncertain age with reasons to believe the person is a child: protected as a child while the age is verified; not proof of age.",
    quote: "A person whose age is uncertain and who may be under 18 is protected and referred as a child while the age is verified. The presumption is not evidence of age: a finding that depends on the person being a child stays provisional until the age is verified.",
    wording: Wording::Contract,
};
