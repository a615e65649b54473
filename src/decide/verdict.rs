//! The order of precedence of the findings (contract v1 §4): the verdict is
//! the most serious finding that holds; the labels list them all.

use crate::assessment::Verdict;
use crate::model::Level;

/// The statuses the verdict is decided on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Statuses {
    pub trafficking: Level,
    pub smuggling: Level,
    pub unsafe_migration: Level,
    pub irregular_migration: Level,
}

impl Statuses {
    /// Whether the finding `verdict` holds.
    pub fn holds(&self, verdict: Verdict) -> bool {
        match verdict {
            Verdict::Trafficking => self.trafficking == Level::Established,
            Verdict::PossibleTrafficking => self.trafficking == Level::Suspected,
            Verdict::Smuggling => self.smuggling == Level::Established,
            Verdict::UnsafeMigration => self.unsafe_migration == Level::Established,
            Verdict::IrregularMigration => self.irregular_migration == Level::Established,
            Verdict::NoFinding => true,
        }
    }

    /// The verdict: the first finding that holds.
    pub fn verdict(&self) -> Verdict {
        Verdict::ALL
            .into_iter()
            .find(|v| self.holds(*v))
            .unwrap_or(Verdict::NoFinding)
    }

    /// Every finding that holds, in order; `no_finding` only alone.
    pub fn labels(&self) -> Vec<Verdict> {
        let labels: Vec<Verdict> = Verdict::ALL
            .into_iter()
            .filter(|v| *v != Verdict::NoFinding && self.holds(*v))
            .collect();
        if labels.is_empty() {
            vec![Verdict::NoFinding]
        } else {
            labels
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    fn s(t: Level, sm: Level, un: Level, ir: Level) -> Statuses {
        Statuses {
            trafficking: t,
            smuggling: sm,
            unsafe_migration: un,
            irregular_migration: ir,
        }
    }

    #[test]
    fn contract_4_precedence_orders_the_findings() {
        let all = s(Established, Established, Established, Established);
        assert_eq!(all.verdict(), Verdict::Trafficking);
        assert_eq!(
            all.labels(),
            vec![
                Verdict::Trafficking,
                Verdict::Smuggling,
                Verdict::UnsafeMigration,
                Verdict::IrregularMigration
            ]
        );
        assert_eq!(
            s(Suspected, Established, NotEstablished, NotEstablished).verdict(),
            Verdict::PossibleTrafficking
        );
        assert_eq!(
            s(NotEstablished, Established, Established, NotEstablished).verdict(),
            Verdict::Smuggling
        );
        assert_eq!(
            s(NotEstablished, Suspected, Established, Established).verdict(),
            Verdict::UnsafeMigration
        );
        assert_eq!(
            s(NotEstablished, Suspected, NotEstablished, Established).verdict(),
            Verdict::IrregularMigration
        );
        let none = s(NotEstablished, Suspected, NotEstablished, NotEstablished);
        assert_eq!(none.verdict(), Verdict::NoFinding);
        assert_eq!(none.labels(), vec![Verdict::NoFinding]);
    }
}
