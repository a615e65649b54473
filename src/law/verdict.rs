//! The order of precedence of the findings (contract v1 §4).
//!
//! Several findings can hold at once (a smuggled person can be trafficked, an
//! irregular migrant can be smuggled). The verdict is the most serious one;
//! the labels list them all.

use super::{Rule, Wording};

/// `verdict.precedence` — contract v1 §4: the verdict is the first that holds
/// of trafficking, possible trafficking, smuggling, unsafe migration,
/// irregular migration, no finding; the labels list every one that holds.
pub const PRECEDENCE: Rule = Rule {
    id: "verdict.precedence",
    citation: "palermo contract v1 §4",
    summary: "The verdict is the first finding that holds, in the order trafficking, possible trafficking, smuggling, unsafe migration, irregular migration, no finding.",
    quote: "The verdict is the first of these that holds: trafficking in persons (established), possible trafficking (suspected), smuggling of migrants, unsafe migration, irregular migration, no finding.",
    wording: Wording::Contract,
};
