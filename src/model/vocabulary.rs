//! The vocabularies of the elements (acts, means, purposes) and of the risk
//! factors, and [`FactSet`], the facts of one of them.

use super::{Fact, Level};
use serde::Serialize;
use std::fmt;
use std::marker::PhantomData;

/// A list of named facts (acts, means, purposes, risk factors): the
/// vocabulary of one element, as a closed enum with its contract names.
pub trait Vocabulary: Copy + Eq + fmt::Debug + 'static {
    /// The name of the group in contract v1 (`act`, `means`, ...).
    const GROUP: &'static str;
    /// Every member, in contract order.
    const ALL: &'static [Self];
    /// The contract v1 field name of this member (`recruitment`, ...).
    fn name(self) -> &'static str;
    /// Position of this member in [`Vocabulary::ALL`].
    fn index(self) -> usize;
    /// The dotted path of this fact in contract v1 (`act.recruitment`, ...).
    fn path(self) -> &'static str;
    /// This fact as a [`super::Field`] of the case.
    fn field(self) -> super::Field;
    /// Look a member up by its contract name.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|m| m.name() == name)
    }
}

/// Declares a vocabulary enum with its contract names in one place, so the
/// names, the order and the list of all members cannot drift apart.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, group $group:literal, field $field:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $wire)] $variant ),+
        }

        impl Vocabulary for $name {
            const GROUP: &'static str = $group;
            const ALL: &'static [Self] = &[ $( $name::$variant ),+ ];
            fn name(self) -> &'static str {
                match self { $( $name::$variant => $wire ),+ }
            }
            fn index(self) -> usize {
                self as usize
            }
            fn path(self) -> &'static str {
                match self { $( $name::$variant => concat!($group, ".", $wire) ),+ }
            }
            fn field(self) -> super::Field {
                super::Field::$field(self)
            }
            fn from_name(name: &str) -> Option<Self> {
                // A `match` on the names: the compiler dispatches on length
                // and bytes rather than comparing every name in turn.
                match name { $( $wire => Some($name::$variant), )+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

vocabulary! {
    /// The act element: what was done to the person (Trafficking Protocol art. 3(a);
    /// the later members are the terms of other instruments, see [`crate::law::profile`]).
    Act, group "act", field Act {
        /// "recruitment"
        Recruitment = "recruitment",
        /// "transportation"
        Transportation = "transportation",
        /// "transfer"
        Transfer = "transfer",
        /// "harbouring"
        Harbouring = "harbouring",
        /// "receipt"
        Receipt = "receipt",
        /// Control over the person was handed over to, or exchanged with,
        /// another (given, sold, bought, exchanged). Named by Directive
        /// 2011/36/EU art. 2(1); read as a transfer under the Protocol.
        ExchangeOrTransferOfControl = "exchange_or_transfer_of_control",
        /// The person was provided (supplied) to someone else. Named by
        /// 22 U.S.C. 7102(11)(B), (12); read as a transfer under the Protocol.
        Provision = "provision",
        /// The person was obtained (acquired, got hold of). Named by
        /// 22 U.S.C. 7102(11)(B), (12); read as a receipt under the Protocol.
        Obtaining = "obtaining",
        /// The actor patronized the person: obtained or paid for a commercial
        /// sex act with them (the buyer). Named by 22 U.S.C. 7102(12) for sex
        /// trafficking only; not an act of the Protocol.
        Patronizing = "patronizing",
        /// The actor solicited the person: sought them out, or asked or
        /// offered, for a commercial sex act. Named by 22 U.S.C. 7102(12) for
        /// sex trafficking only; not an act of the Protocol.
        Soliciting = "soliciting",
        /// A child (or a person under guardianship) was taken away from the
        /// lawful custody of their parents, carer or guardian without legal
        /// authority. Named by the Cambodian law of 2008, art. 8(2); read as
        /// a transportation or transfer under the Protocol.
        RemovalFromCustody = "removal_from_custody",
    }
}

vocabulary! {
    /// The means element: how the act was done (Trafficking Protocol art. 3(a);
    /// the later members are the terms of other instruments, see [`crate::law::profile`]).
    Means, group "means", field Means {
        /// "the threat ... of force"
        Threat = "threat",
        /// "the ... use of force"
        Force = "force",
        /// "other forms of coercion"
        Coercion = "coercion",
        /// "abduction"
        Abduction = "abduction",
        /// "fraud"
        Fraud = "fraud",
        /// "deception"
        Deception = "deception",
        /// "the abuse of power"
        AbuseOfPower = "abuse_of_power",
        /// "the abuse ... of a position of vulnerability": the vulnerability was
        /// taken advantage of, not merely present.
        AbuseOfVulnerability = "abuse_of_vulnerability",
        /// "the giving or receiving of payments or benefits to achieve the
        /// consent of a person having control over another person"
        PaymentToController = "payment_to_controller",
        /// The person was lured with promises, gifts or other inducements
        /// (not necessarily false ones). Named by the Cambodian law of 2008,
        /// art. 8(1); not a means of the Protocol on its own.
        Enticement = "enticement",
        /// The use or threatened use of a law or legal process (arrest,
        /// deportation, prosecution, a lawsuit) for a purpose it was not
        /// designed for, to pressure the person. Named by 22 U.S.C. 7102(1),
        /// (3)(C); read as "other forms of coercion" under the Protocol.
        AbuseOfLegalProcess = "abuse_of_legal_process",
    }
}

vocabulary! {
    /// The purpose element: the exploitation intended (Trafficking Protocol art. 3(a);
    /// the later members are the terms of other instruments, see [`crate::law::profile`]).
    Purpose, group "purpose", field Purpose {
        /// "the exploitation of the prostitution of others"
        ProstitutionOfOthers = "prostitution_of_others",
        /// "other forms of sexual exploitation"
        SexualExploitation = "sexual_exploitation",
        /// "forced labour"
        ForcedLabour = "forced_labour",
        /// "forced ... services"
        ForcedServices = "forced_services",
        /// "slavery"
        Slavery = "slavery",
        /// "practices similar to slavery" (1956 Supplementary Convention art. 1)
        PracticesSimilarToSlavery = "practices_similar_to_slavery",
        /// "servitude"
        Servitude = "servitude",
        /// "the removal of organs"
        OrganRemoval = "organ_removal",
        /// Forced begging: counted as forced labour or services.
        ForcedBegging = "forced_begging",
        /// Forced criminality: counted as forced labour or services.
        ForcedCriminality = "forced_criminality",
        /// Forced marriage: counted as a practice similar to slavery.
        ForcedMarriage = "forced_marriage",
        /// Illegal adoption: counted as a practice similar to slavery.
        IllegalAdoption = "illegal_adoption",
        /// A commercial sex act: any sex act on account of which anything of
        /// value is given to or received by any person (22 U.S.C. 7102(4)).
        /// Read as "other forms of sexual exploitation" under the Protocol.
        CommercialSex = "commercial_sex",
        /// Debt bondage: services pledged as security for a debt, their value
        /// not applied to the debt or their length and nature not limited and
        /// defined (1956 Supplementary Convention art. 1(a)). A practice
        /// similar to slavery under the Protocol.
        DebtBondage = "debt_bondage",
        /// Peonage: compulsory service in payment of a debt (named by
        /// 22 U.S.C. 7102(11)(B)). Read as debt bondage, a practice similar to
        /// slavery, under the Protocol.
        Peonage = "peonage",
        /// Exploitation of surrogacy: the person is made to bear a child for
        /// others. Named by Directive 2011/36/EU art. 2(3) as amended in 2024;
        /// not a form the Protocol names.
        ExploitationOfSurrogacy = "exploitation_of_surrogacy",
        /// The production of pornography with the person. Named by the
        /// Cambodian law of 2008, art. 10; read as sexual exploitation under
        /// the Protocol.
        ProductionOfPornography = "production_of_pornography",
        /// Sexual aggression: sexual assault of the person. Named by the
        /// Cambodian law of 2008, art. 10; not a form the Protocol names.
        SexualAggression = "sexual_aggression",
        /// Profit making: to make a profit from the person (for example by
        /// selling them on), with no further exploitation. Named by the
        /// Cambodian law of 2008, art. 10; profit is not exploitation under
        /// the Protocol.
        ProfitMaking = "profit_making",
        /// Child labour that is not forced labour: work below the minimum age,
        /// or hazardous work (ILO C138; C182 art. 3(d)). Named by the
        /// Cambodian law of 2008, art. 10; not exploitation under the Protocol
        /// unless it is one of the forms it names.
        ChildLabour = "child_labour",
        /// Servile marriage (1956 Supplementary Convention art. 1(c)): a
        /// woman promised or given in marriage without the right to refuse,
        /// on payment to her parents, guardian, family or any other person
        /// or group; or transferable by her husband, his family or clan for
        /// value; or liable on his death to be inherited. A practice similar
        /// to slavery, and the condition on which a forced marriage is one
        /// (contract revision 2).
        ServileMarriage = "servile_marriage",
    }
}

vocabulary! {
    /// Risk factors of unsafe migration: an operational category, not a legal one.
    RiskFactor, group "risk_factors", field Risk {
        /// A recruiter or broker without a licence.
        UnlicensedRecruiter = "unlicensed_recruiter",
        /// Recruitment fees paid, or a debt owed for the migration.
        RecruitmentFeesOrDebt = "recruitment_fees_or_debt",
        /// No written employment contract.
        NoWrittenContract = "no_written_contract",
        /// No passport or travel documents of one's own.
        NoTravelDocuments = "no_travel_documents",
        /// Identity or travel documents held by someone else.
        DocumentsHeldByOthers = "documents_held_by_others",
        /// A dangerous route.
        DangerousRoute = "dangerous_route",
        /// No information about the destination, the job or the conditions.
        NoInformationOnDestination = "no_information_on_destination",
        /// Labour-rights violations (pay, hours, safety) without coercion.
        LabourRightsViolations = "labour_rights_violations",
    }
}

/// The most members any vocabulary may have (the bits of a `u32`); checked
/// by a unit test.
const SLOTS: usize = 32;

/// The facts of one element, one [`Fact`] per member of the vocabulary.
///
/// Three bit sets indexed by the enum (which members are `true`,
/// `"suspected"`, `false`): no allocation, `Copy`, iteration in contract
/// order (so output never depends on hash order), and an element's level
/// is a mask test rather than a walk over its members.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FactSet<V: Vocabulary> {
    established: u32,
    suspected: u32,
    ruled_out: u32,
    vocabulary: PhantomData<V>,
}

impl<V: Vocabulary> Default for FactSet<V> {
    fn default() -> Self {
        FactSet {
            established: 0,
            suspected: 0,
            ruled_out: 0,
            vocabulary: PhantomData,
        }
    }
}

impl<V: Vocabulary> fmt::Debug for FactSet<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().filter(|(_, fact)| !fact.is_not_stated()))
            .finish()
    }
}

/// The bit of a member: `1 << index` (every vocabulary has at most
/// [`SLOTS`] members, so the shift never overflows).
pub(crate) fn bit<V: Vocabulary>(member: V) -> u32 {
    u32::try_from(member.index())
        .ok()
        .filter(|i| (*i as usize) < SLOTS)
        .and_then(|i| 1u32.checked_shl(i))
        .unwrap_or(0)
}

/// The members whose bits are set in `mask`, in contract order.
pub(crate) fn members<V: Vocabulary>(mut mask: u32) -> impl Iterator<Item = V> {
    std::iter::from_fn(move || {
        while mask != 0 {
            let i = mask.trailing_zeros();
            mask &= mask - 1;
            if let Some(m) = usize::try_from(i).ok().and_then(|i| V::ALL.get(i)) {
                return Some(*m);
            }
        }
        None
    })
}

/// The mask of every member of a vocabulary (members are indexed from 0 in
/// contract order).
pub(crate) fn all<V: Vocabulary>() -> u32 {
    u32::try_from(V::ALL.len())
        .ok()
        .and_then(|n| 1u32.checked_shl(n))
        .map_or(u32::MAX, |b| b - 1)
}

impl<V: Vocabulary> FactSet<V> {
    /// All facts not stated.
    pub fn new() -> Self {
        Self::default()
    }

    /// The fact recorded for `member`.
    pub fn get(&self, member: V) -> Fact {
        let b = bit(member);
        if self.established & b != 0 {
            Fact::Established
        } else if self.suspected & b != 0 {
            Fact::Suspected
        } else if self.ruled_out & b != 0 {
            Fact::RuledOut
        } else {
            Fact::NotStated
        }
    }

    /// Record `fact` for `member`.
    pub fn set(&mut self, member: V, fact: Fact) {
        let b = bit(member);
        self.established &= !b;
        self.suspected &= !b;
        self.ruled_out &= !b;
        match fact {
            Fact::Established => self.established |= b,
            Fact::Suspected => self.suspected |= b,
            Fact::RuledOut => self.ruled_out |= b,
            Fact::NotStated => {}
        }
    }

    /// Builder form of [`FactSet::set`].
    pub fn with(mut self, member: V, fact: Fact) -> Self {
        self.set(member, fact);
        self
    }

    /// Every member with its fact, in contract order.
    pub fn iter(&self) -> impl Iterator<Item = (V, Fact)> + '_ {
        V::ALL.iter().map(move |&m| (m, self.get(m)))
    }

    /// The element's level: established when one fact is `true`, suspected
    /// when none is `true` and one is `"suspected"` (contract v1 §1).
    pub fn level(&self) -> Level {
        self.level_in(u32::MAX)
    }

    /// The level counting only the members in `mask`.
    pub(crate) fn level_in(&self, mask: u32) -> Level {
        if self.established & mask != 0 {
            Level::Established
        } else if self.suspected & mask != 0 {
            Level::Suspected
        } else {
            Level::NotEstablished
        }
    }

    /// The members whose fact is at exactly `level`, as a mask (none for
    /// [`Level::NotEstablished`]).
    pub(crate) fn mask_at(&self, level: Level) -> u32 {
        match level {
            Level::Established => self.established,
            Level::Suspected => self.suspected,
            Level::NotEstablished => 0,
        }
    }

    /// The members ruled out (`false`), as a mask.
    pub(crate) fn ruled_out_mask(&self) -> u32 {
        self.ruled_out
    }

    /// The members not stated, as a mask.
    pub(crate) fn unstated_mask(&self) -> u32 {
        all::<V>() & !(self.established | self.suspected | self.ruled_out)
    }

    /// The members whose fact is at exactly `level` (the facts that made it).
    pub fn at_level(&self, level: Level) -> Vec<V> {
        members(self.mask_at(level)).collect()
    }

    /// True when some fact is stated and every stated one is ruled out.
    pub fn all_ruled_out(&self) -> bool {
        self.ruled_out != 0 && self.established | self.suspected == 0
    }

    /// True when no fact is stated (every member not stated).
    pub fn is_empty(&self) -> bool {
        self.established | self.suspected | self.ruled_out == 0
    }
}

impl<V: Vocabulary> Serialize for FactSet<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let stated = self.iter().filter(|(_, f)| !f.is_not_stated()).count();
        let mut map = serializer.serialize_map(Some(stated))?;
        for (member, fact) in self.iter().filter(|(_, f)| !f.is_not_stated()) {
            map.serialize_entry(member.name(), &fact)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_vocabulary<V: Vocabulary>() {
        assert!(V::ALL.len() <= SLOTS, "{} has too many members", V::GROUP);
        for (i, m) in V::ALL.iter().enumerate() {
            assert_eq!(m.index(), i);
            assert_eq!(V::from_name(m.name()), Some(*m));
            assert_eq!(m.path(), format!("{}.{}", V::GROUP, m.name()));
        }
    }

    #[test]
    fn a_fact_set_keeps_one_fact_per_member() {
        let all = [
            Fact::NotStated,
            Fact::RuledOut,
            Fact::Suspected,
            Fact::Established,
        ];
        let mut set = FactSet::<Purpose>::new();
        for (i, m) in Purpose::ALL.iter().enumerate() {
            set.set(*m, all[i % 4]);
        }
        for (i, m) in Purpose::ALL.iter().enumerate() {
            assert_eq!(set.get(*m), all[i % 4], "{m}");
        }
        // Overwriting replaces, never adds.
        set.set(Purpose::ForcedLabour, Fact::Suspected);
        set.set(Purpose::ForcedLabour, Fact::RuledOut);
        assert_eq!(set.get(Purpose::ForcedLabour), Fact::RuledOut);
        assert_eq!(
            set.at_level(Level::Established),
            Purpose::ALL
                .iter()
                .copied()
                .filter(|m| set.get(*m) == Fact::Established)
                .collect::<Vec<_>>()
        );
        assert_eq!(
            members::<Purpose>(set.unstated_mask()).collect::<Vec<_>>(),
            Purpose::ALL
                .iter()
                .copied()
                .filter(|m| set.get(*m).is_not_stated())
                .collect::<Vec<_>>()
        );
        assert_eq!(FactSet::<Act>::new().level(), Level::NotEstablished);
        assert_eq!(
            FactSet::new()
                .with(Act::Receipt, Fact::Suspected)
                .with(Act::Transfer, Fact::RuledOut)
                .level(),
            Level::Suspected
        );
        assert_eq!(members::<Act>(super::all::<Act>()).count(), Act::ALL.len());
    }

    #[test]
    fn vocabularies_fit_and_round_trip_their_names() {
        check_vocabulary::<Act>();
        check_vocabulary::<Means>();
        check_vocabulary::<Purpose>();
        check_vocabulary::<RiskFactor>();
        assert_eq!(Act::ALL.len(), 11);
        assert_eq!(Means::ALL.len(), 11);
        assert_eq!(Purpose::ALL.len(), 21);
        assert_eq!(RiskFactor::ALL.len(), 8);
    }

    #[test]
    fn element_level_is_the_strongest_fact() {
        let mut set = FactSet::<Means>::new();
        assert_eq!(set.level(), Level::NotEstablished);
        set.set(Means::Fraud, Fact::RuledOut);
        assert_eq!(set.level(), Level::NotEstablished);
        set.set(Means::Threat, Fact::Suspected);
        assert_eq!(set.level(), Level::Suspected);
        set.set(Means::Force, Fact::Established);
        assert_eq!(set.level(), Level::Established);
        assert_eq!(set.at_level(Level::Established), vec![Means::Force]);
        assert_eq!(set.at_level(Level::Suspected), vec![Means::Threat]);
    }
}
