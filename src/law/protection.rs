//! Protection of the person: non-punishment for offences they were compelled
//! to commit.
//!
//! The Trafficking Protocol itself has no non-punishment clause (UNODC E4J
//! Module 8: it "does not grant them immunity from prosecution ... for crimes
//! committed during the period of their exploitation"). Regional instruments
//! and the OHCHR Principles do; palermo raises an advisory flag, never a
//! legal conclusion.

use super::{Rule, Wording};

/// `np.26` — Council of Europe Convention (CETS 197) art. 26 (verbatim):
///
/// > Each Party shall, in accordance with the basic principles of its legal
/// > system, provide for the possibility of not imposing penalties on victims
/// > for their involvement in unlawful activities, to the extent that they
/// > have been compelled to do so.
///
/// Also Directive 2011/36/EU art. 8 (verbatim via UNODC E4J) and OHCHR
/// Recommended Principles, Principle 7 (from memory): trafficked persons shall
/// not be prosecuted for unlawful activities "to the extent that such
/// involvement is a direct consequence of their situation as trafficked
/// persons".
pub const NON_PUNISHMENT: Rule = Rule {
    id: "np.26",
    citation: "CoE Convention CETS 197 art. 26; Directive 2011/36/EU art. 8; OHCHR Principles and Guidelines (2002), Principle 7",
    summary: "Victims should not be punished for offences they were compelled to commit.",
    quote: "Each Party shall, in accordance with the basic principles of its legal system, provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities, to the extent that they have been compelled to do so.",
    wording: Wording::Verbatim,
};
