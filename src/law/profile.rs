//! Jurisdiction profiles: the same case under another instrument's definition.
//!
//! Police and prosecutors apply national and regional law, and the
//! differences change outcomes. A [`Profile`] names an instrument; its
//! [`Definition`] is *data*: which acts, means and purposes count and under
//! which provision, how each counts ([`How`]: named by the instrument, read
//! into a term it names, or not an element of it), the limbs of the
//! definition with the scope of their child rule ([`Limb`], [`ChildRule`]),
//! the provisions cited for every step, and how sure we are of the wording
//! ([`Definition::provenance`]). The engine is one: it reads the definition.
//!
//! Every member of every vocabulary appears exactly once in every
//! definition's tables (checked by a test), so no fact is ever silently
//! dropped: a fact that is not an element of an instrument gets a reason
//! saying so and what to record instead.
//!
//! | profile | instrument | file |
//! |---|---|---|
//! | `palermo` | Trafficking in Persons Protocol (2000) art. 3 (the default) | [`super::trafficking_protocol`] |
//! | `coe` | Council of Europe Convention, CETS 197, art. 4 and 2 | [`super::coe`] |
//! | `eu` | Directive 2011/36/EU art. 2, as amended by Directive (EU) 2024/1712 | [`super::eu`] |
//! | `us` | 22 U.S.C. 7102 and 18 U.S.C. 1591 | [`super::us`] |
//! | `asean` | ASEAN Convention (ACTIP) art. 2 | [`super::asean`] |
//! | `cambodia` | Law on Suppression of Human Trafficking and Sexual Exploitation (2008) | [`super::cambodia`] |
//!
//! Profiles change the trafficking finding only. Smuggling, irregular and
//! unsafe migration, the age presumption and the protection flags are the
//! same under every profile (contract v1 §3).
//!
//! This module is data and lookups only: [`crate::decide`] applies a
//! definition, and [`crate::words`] holds the sentences each instrument's
//! reasons use (keyed by the profile's name).

use super::Rule;
use crate::model::{bit, Act, FactSet, Level, Means, Purpose, Vocabulary};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A jurisdiction profile: the instrument whose definition of trafficking a
/// case is assessed under.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Profile {
    /// UN Trafficking in Persons Protocol (2000), art. 3. The default.
    #[default]
    Palermo,
    /// Council of Europe Convention on Action against Trafficking in Human
    /// Beings (CETS No. 197), art. 4 and 2.
    Coe,
    /// Directive 2011/36/EU, art. 2, as amended by Directive (EU) 2024/1712.
    Eu,
    /// United States: 22 U.S.C. 7102 (TVPA definitions) and 18 U.S.C. 1591.
    Us,
    /// ASEAN Convention against Trafficking in Persons, Especially Women and
    /// Children (ACTIP), art. 2.
    Asean,
    /// Cambodia: Law on Suppression of Human Trafficking and Sexual
    /// Exploitation (2008).
    Cambodia,
}

impl Profile {
    /// Every profile, the default first.
    pub const ALL: [Profile; 6] = [
        Profile::Palermo,
        Profile::Coe,
        Profile::Eu,
        Profile::Us,
        Profile::Asean,
        Profile::Cambodia,
    ];

    /// The contract name (`palermo`, `coe`, `eu`, `us`, `asean`, `cambodia`).
    pub const fn name(self) -> &'static str {
        match self {
            Profile::Palermo => "palermo",
            Profile::Coe => "coe",
            Profile::Eu => "eu",
            Profile::Us => "us",
            Profile::Asean => "asean",
            Profile::Cambodia => "cambodia",
        }
    }

    /// Look a profile up by its contract name.
    ///
    /// ```
    /// use palermo::Profile;
    /// assert_eq!(Profile::from_name("us"), Some(Profile::Us));
    /// assert_eq!(Profile::from_name("US"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The names of every profile, comma-separated, for messages.
    pub fn names() -> String {
        Profile::ALL.map(Profile::name).join(", ")
    }

    /// The definition this profile applies.
    pub fn definition(self) -> &'static Definition {
        match self {
            Profile::Palermo => &super::trafficking_protocol::DEFINITION,
            Profile::Coe => &super::coe::DEFINITION,
            Profile::Eu => &super::eu::DEFINITION,
            Profile::Us => &super::us::DEFINITION,
            Profile::Asean => &super::asean::DEFINITION,
            Profile::Cambodia => &super::cambodia::DEFINITION,
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a profile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown profile; expected one of {}", Profile::names())]
pub struct UnknownProfile;

impl FromStr for Profile {
    type Err = UnknownProfile;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Profile::from_name(s).ok_or(UnknownProfile)
    }
}

/// How a fact counts under an instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum How {
    /// Named by the instrument's provision for the element.
    Listed,
    /// Named by another provision of the instrument (`0`), cited when it counts.
    Named(&'static Rule),
    /// Not named, but read into a term the instrument names, on the basis of `rule`.
    Read {
        /// The term it counts as ("forced labour or services").
        term: &'static str,
        /// The basis of the reading.
        rule: &'static Rule,
    },
    /// Not an element of the instrument's definition (the reasons say why,
    /// and what to record instead).
    Not,
}

impl How {
    /// Whether the fact counts towards its element at all.
    pub const fn counts(self) -> bool {
        !matches!(self, How::Not)
    }

    /// `listed`, `read` or `not an element`: the kind of counting, for comparisons.
    pub const fn kind(self) -> &'static str {
        match self {
            How::Listed | How::Named(_) => "listed",
            How::Read { .. } => "read",
            How::Not => "not an element",
        }
    }
}

/// One fact and how it counts under an instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Term<V: 'static> {
    /// The fact.
    pub fact: V,
    /// How it counts.
    pub how: How,
    /// Whether `next_questions` asks about it under this profile. The
    /// instrument's own terms are asked; terms of other instruments that are
    /// read into them are accepted as evidence but not asked.
    pub ask: bool,
    /// A reading that holds only on conditions the facts do not show (a
    /// forced marriage is servile only on the terms of the 1956 Convention):
    /// the fact counts at most as suspected, and this rule says why.
    pub provisional: Option<&'static Rule>,
}

impl<V> Term<V> {
    /// Named by the element's provision; asked.
    pub const fn listed(fact: V) -> Self {
        Term {
            fact,
            how: How::Listed,
            ask: true,
            provisional: None,
        }
    }

    /// Named by another provision; asked.
    pub const fn named(fact: V, rule: &'static Rule) -> Self {
        Term {
            fact,
            how: How::Named(rule),
            ask: true,
            provisional: None,
        }
    }

    /// Read into `term` on the basis of `rule`; asked when `ask`.
    pub const fn read(fact: V, term: &'static str, rule: &'static Rule, ask: bool) -> Self {
        Term {
            fact,
            how: How::Read { term, rule },
            ask,
            provisional: None,
        }
    }

    /// Read into `term` on the basis of `rule`, but only provisionally: the
    /// reading holds on conditions (`condition`) that a case does not show,
    /// so the fact counts at most as suspected.
    pub const fn read_provisionally(
        fact: V,
        term: &'static str,
        rule: &'static Rule,
        condition: &'static Rule,
    ) -> Self {
        Term {
            fact,
            how: How::Read { term, rule },
            ask: true,
            provisional: Some(condition),
        }
    }

    /// Not an element; never asked.
    pub const fn not(fact: V) -> Self {
        Term {
            fact,
            how: How::Not,
            ask: false,
            provisional: None,
        }
    }
}

/// The scope of the child rule in one limb of a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChildRule {
    /// A child (or presumed child) needs no means; the provision.
    NoMeans(&'static Rule),
    /// The means are needed at every age: the provision (the reasons tell a
    /// reader who expects the child rule why it does not reach this limb).
    MeansAlways(&'static Rule),
    /// The limb exists only for a child, who needs no means; the provision.
    /// A limb with [`Limb::guardianship`] also reaches a person of any age
    /// under custody or curatorship.
    ChildOnly(&'static Rule),
    /// The limb needs no means at any age (the Cambodian sale offences:
    /// handing over control of a person for value is the offence); the
    /// provision.
    NoMeansAtAnyAge(&'static Rule),
}

impl ChildRule {
    /// The provision that states the scope of the child rule in the limb.
    pub const fn rule(self) -> &'static Rule {
        match self {
            ChildRule::NoMeans(rule)
            | ChildRule::MeansAlways(rule)
            | ChildRule::ChildOnly(rule)
            | ChildRule::NoMeansAtAnyAge(rule) => rule,
        }
    }
}

/// One limb of a definition: a combination of acts and purposes with its
/// own requirement (US sex trafficking and labour trafficking; the Cambodian
/// law's removal, removal of a minor and other offences). Most instruments
/// have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limb {
    /// The limb's key within its definition ("sex", "labour"); empty when the
    /// definition has one limb. Its name in words is the message
    /// `limb-<profile>-<key>`.
    pub key: &'static str,
    /// The provision that states the limb's requirement.
    pub rule: &'static Rule,
    /// The scope of the child rule.
    pub child: ChildRule,
    /// The acts of this limb; `None` is every act the definition counts.
    pub acts: Option<&'static [Act]>,
    /// The purposes of this limb; `None` is every purpose the definition counts.
    pub purposes: Option<&'static [Purpose]>,
    /// Something is to be said of an adult's case with an act and a purpose
    /// but no means (US: "sex trafficking" without force, fraud or coercion
    /// is not a severe form).
    pub without_means: bool,
    /// A doubt about the child rule for some purposes, said when the child
    /// rule is applied and the purpose rests on those purposes alone.
    pub child_caveat: Option<Caveat>,
    /// A limb for children only ([`ChildRule::ChildOnly`]) also reaches a
    /// person of any age under custody or curatorship
    /// (`person.under_guardianship`; Cambodian law of 2008, art. 8(2)).
    pub guardianship: bool,
    /// The limb's substance is unverified (its wording is from memory): a
    /// finding under it is at most `suspected` until the text is checked,
    /// and the reasons say so (contract revision 2: a finding is
    /// established only when every premise it rests on is).
    pub unverified: bool,
    /// The provision cited on consent in this limb where it is not the
    /// definition's ([`Provisions::consent`]): US labour trafficking is not
    /// 18 U.S.C. 1591, which is about commercial sex acts.
    pub consent: Option<&'static Rule>,
}

/// A doubt about how a rule applies, reported where it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Caveat {
    /// The purposes the doubt concerns.
    pub purposes: &'static [Purpose],
    /// The provision in doubt (the reasons say what is in doubt and what
    /// palermo does about it).
    pub rule: &'static Rule,
}

/// The provisions a definition cites for each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Provisions {
    /// The act element.
    pub act: &'static Rule,
    /// The means element.
    pub means: &'static Rule,
    /// A position of vulnerability that is not shown to be abused.
    pub vulnerability: &'static Rule,
    /// The purpose element.
    pub purpose: &'static Rule,
    /// Purpose is intent: the exploitation need not have happened.
    pub intent: &'static Rule,
    /// Consent.
    pub consent: &'static Rule,
    /// No border crossing is needed.
    pub border: &'static Rule,
    /// Who is a child.
    pub child_age: &'static Rule,
    /// Non-punishment of victims for offences they were compelled to
    /// commit: this instrument's provision, or that it has none.
    pub non_punishment: &'static Rule,
    /// What to do when the age is uncertain and the person may be a child:
    /// the presumption, and where it comes from under this profile.
    pub presumed_child: &'static Rule,
    /// The definition of a victim, where the instrument has one (CETS 197 art. 4(e)).
    pub victim: Option<&'static Rule>,
    /// Where the instrument makes handing over control of a person for
    /// value an offence of its own (a sale), and names no payment among its
    /// means: the rule that reads a transfer or receipt of the person with a
    /// payment to a person in control of them as that exchange of control
    /// (`act.exchange_or_transfer_of_control`; contract revision 2: "a sale
    /// is a payment to a person in control").
    pub sale_by_payment: Option<&'static Rule>,
}

/// A definition of trafficking as data: what counts, under which provision,
/// and how sure we are of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Definition {
    /// The profile.
    pub profile: Profile,
    /// The instrument and its provisions, in full.
    pub title: &'static str,
    /// How sure we are of the wording, when not fully verified; `None` when
    /// every provision relied on is verbatim from an authentic text.
    pub provenance: Option<&'static str>,
    /// The confidence of the wording, as `docs/SOURCES.md` grades it.
    pub confidence: &'static str,
    /// How each act counts.
    pub acts: &'static [Term<Act>],
    /// How each means counts.
    pub means: &'static [Term<Means>],
    /// How each purpose counts.
    pub purposes: &'static [Term<Purpose>],
    /// The limbs, in the order the instrument states them.
    pub limbs: &'static [Limb],
    /// The provisions cited.
    pub provisions: Provisions,
}

/// A vocabulary whose members are elements of the definition (acts, means,
/// purposes): where its terms are in a [`Definition`], and which of them a
/// [`Limb`] uses.
///
/// Sealed: implemented for [`Act`], [`Means`] and [`Purpose`] only, the
/// three elements of every definition.
pub trait Element: Vocabulary + sealed::Masked {
    /// The definition's terms for this element.
    fn terms(def: &Definition) -> &'static [Term<Self>];
    /// The limb's members of this element; `None` is all that count.
    fn in_limb(limb: &Limb) -> Option<&'static [Self]>;
    /// The members of this element the limb's child caveat concerns
    /// ([`Limb::child_caveat`]); none for an element other than the purpose.
    fn in_caveat(_limb: &Limb) -> &'static [Self] {
        &[]
    }
}

impl Element for Act {
    fn terms(def: &Definition) -> &'static [Term<Self>] {
        def.acts
    }
    fn in_limb(limb: &Limb) -> Option<&'static [Self]> {
        limb.acts
    }
}

impl Element for Means {
    fn terms(def: &Definition) -> &'static [Term<Self>] {
        def.means
    }
    fn in_limb(_: &Limb) -> Option<&'static [Self]> {
        None
    }
}

impl Element for Purpose {
    fn terms(def: &Definition) -> &'static [Term<Self>] {
        def.purposes
    }
    fn in_limb(limb: &Limb) -> Option<&'static [Self]> {
        limb.purposes
    }
    fn in_caveat(limb: &Limb) -> &'static [Self] {
        limb.child_caveat.map_or(&[], |caveat| caveat.purposes)
    }
}

/// The trafficking decision of one limb for one case, without words.
/// The most limbs a definition may have. A definition with more does not
/// compile (the masks below are built at compile time and check it).
pub(crate) const MAX_LIMBS: usize = 4;

use sealed::{Group, Masks};

/// A const fn per vocabulary (const fns cannot be generic over the enum's
/// discriminant): the [`Group`] of `terms` under `limbs`.
macro_rules! group {
    ($name:ident, $v:ty $(, $field:ident)?) => {
        #[allow(clippy::indexing_slicing)]
        const fn $name(terms: &[Term<$v>], limbs: &[Limb]) -> Group {
            assert!(limbs.len() <= MAX_LIMBS, "a definition has more limbs than MAX_LIMBS");
            let (mut counts, mut asks, mut provisional, mut i) = (0u32, 0u32, 0u32, 0);
            while i < terms.len() {
                let term = &terms[i];
                let bit = 1u32 << (term.fact as u32);
                if term.how.counts() {
                    counts |= bit;
                    if term.ask {
                        asks |= bit;
                    }
                    if term.provisional.is_some() {
                        provisional |= bit;
                    }
                }
                i += 1;
            }
            #[allow(unused_mut)]
            let mut in_limbs = [u32::MAX; MAX_LIMBS];
            $(
                let mut l = 0;
                while l < limbs.len() {
                    if let Some(list) = limbs[l].$field {
                        let (mut mask, mut j) = (0u32, 0);
                        while j < list.len() {
                            mask |= 1u32 << (list[j] as u32);
                            j += 1;
                        }
                        in_limbs[l] = mask;
                    }
                    l += 1;
                }
            )?
            Group {
                counts,
                asks,
                provisional,
                limbs: in_limbs,
            }
        }
    };
}

group!(act_group, Act, acts);
group!(means_group, Means);
group!(purpose_group, Purpose, purposes);

impl Masks {
    /// The masks of `def`, at compile time.
    const fn of(def: &Definition) -> Masks {
        Masks {
            acts: act_group(def.acts, def.limbs),
            means: means_group(def.means, def.limbs),
            purposes: purpose_group(def.purposes, def.limbs),
        }
    }
}

const PALERMO_MASKS: Masks = Masks::of(&super::trafficking_protocol::DEFINITION);
const COE_MASKS: Masks = Masks::of(&super::coe::DEFINITION);
const EU_MASKS: Masks = Masks::of(&super::eu::DEFINITION);
const US_MASKS: Masks = Masks::of(&super::us::DEFINITION);
const ASEAN_MASKS: Masks = Masks::of(&super::asean::DEFINITION);
const CAMBODIA_MASKS: Masks = Masks::of(&super::cambodia::DEFINITION);

impl Profile {
    /// The masks of this profile's definition.
    pub(crate) const fn masks(self) -> &'static Masks {
        match self {
            Profile::Palermo => &PALERMO_MASKS,
            Profile::Coe => &COE_MASKS,
            Profile::Eu => &EU_MASKS,
            Profile::Us => &US_MASKS,
            Profile::Asean => &ASEAN_MASKS,
            Profile::Cambodia => &CAMBODIA_MASKS,
        }
    }
}

mod sealed {
    /// How one vocabulary counts under a definition, as bit masks over its
    /// members (bit `i` is the member with index `i`): computed at compile time
    /// from the [`super::Term`] tables and the limbs, so that the engine's questions
    /// ("does this fact count in this limb?", "is the element met?") are mask
    /// tests, not table walks. The tables stay the source of truth; a test
    /// checks the masks against them.
    #[derive(Debug, Clone, Copy)]
    pub struct Group {
        /// Members that count (named, listed or read into a term).
        pub(crate) counts: u32,
        /// Members that count and are asked about.
        pub(crate) asks: u32,
        /// Members that count at most as suspected (a provisional reading).
        pub(crate) provisional: u32,
        /// Per limb: the members the limb admits (all, when it lists none).
        pub(crate) limbs: [u32; super::MAX_LIMBS],
    }

    /// The masks of a definition's three vocabularies.
    #[derive(Debug, Clone, Copy)]
    pub struct Masks {
        pub(crate) acts: Group,
        pub(crate) means: Group,
        pub(crate) purposes: Group,
    }

    /// Where a vocabulary's masks are in [`super::Masks`]. Private: it seals
    /// [`super::Element`].
    pub trait Masked {
        /// The vocabulary's masks under `masks`.
        #[doc(hidden)]
        fn group(masks: &Masks) -> &Group;
    }

    impl Masked for crate::model::Act {
        fn group(masks: &Masks) -> &Group {
            &masks.acts
        }
    }

    impl Masked for crate::model::Means {
        fn group(masks: &Masks) -> &Group {
            &masks.means
        }
    }

    impl Masked for crate::model::Purpose {
        fn group(masks: &Masks) -> &Group {
            &masks.purposes
        }
    }
}

/// The placeholder limb of a definition without limbs (never used by the
/// built-in definitions; keeps lookups total).
const NO_LIMB: Limb = Limb::single(
    &super::trafficking_protocol::ADULT,
    &super::trafficking_protocol::CHILD,
);

impl Limb {
    /// The one limb of an instrument that follows the Protocol's shape: an
    /// adult needs act, means and purpose (`adult`); a child needs no means
    /// (`child`); every act and purpose of the definition counts.
    pub(crate) const fn single(adult: &'static Rule, child: &'static Rule) -> Limb {
        Limb {
            key: "",
            rule: adult,
            child: ChildRule::NoMeans(child),
            acts: None,
            purposes: None,
            without_means: false,
            child_caveat: None,
            guardianship: false,
            unverified: false,
            consent: None,
        }
    }
}

impl Definition {
    /// How `fact` counts under this definition.
    pub fn term<V: Element>(&self, fact: V) -> Option<&'static Term<V>> {
        let terms = V::terms(self);
        // The tables are written in vocabulary order: look there first.
        match terms.get(fact.index()) {
            Some(t) if t.fact == fact => Some(t),
            _ => terms.iter().find(|t| t.fact == fact),
        }
    }

    /// How `fact` counts; a missing entry counts as not an element.
    pub fn how<V: Element>(&self, fact: V) -> How {
        self.term(fact).map_or(How::Not, |t| t.how)
    }

    /// Whether `fact` counts towards its element in `limb`.
    pub fn counts_in<V: Element>(&self, limb: &Limb, fact: V) -> bool {
        self.counting_in::<V>(limb) & bit(fact) != 0
    }

    /// Whether `fact` is asked in `next_questions` under this definition.
    pub fn asks<V: Element>(&self, fact: V) -> bool {
        self.group::<V>().asks & bit(fact) != 0
    }

    /// The masks of vocabulary `V` under this definition.
    fn group<V: Element>(&self) -> &'static Group {
        V::group(self.profile.masks())
    }

    /// The members of `V` that count in limb `index`, as a mask.
    pub(crate) fn counting<V: Element>(&self, index: usize) -> u32 {
        let group = self.group::<V>();
        group.counts & group.limbs.get(index).copied().unwrap_or(u32::MAX)
    }

    /// The members of `V` that count in `limb`, as a mask. `limb` is nearly
    /// always one of this definition's own (then its mask is precomputed).
    pub(crate) fn counting_in<V: Element>(&self, limb: &Limb) -> u32 {
        match self.limbs.iter().position(|l| std::ptr::eq(l, limb)) {
            Some(index) => self.counting::<V>(index),
            None => {
                let in_limb = V::in_limb(limb)
                    .map_or(u32::MAX, |list| list.iter().fold(0, |m, v| m | bit(*v)));
                self.group::<V>().counts & in_limb
            }
        }
    }

    /// The members of `V` asked about (in any limb), as a mask.
    pub(crate) fn asking<V: Element>(&self) -> u32 {
        self.group::<V>().asks
    }

    /// The members of `V` asked about that count in limb `index`, as a mask.
    pub(crate) fn asked<V: Element>(&self, index: usize) -> u32 {
        self.group::<V>().asks & self.counting::<V>(index)
    }

    /// The limb at `index` (a placeholder if out of range).
    pub fn limb(&self, index: usize) -> &Limb {
        self.limbs.get(index).unwrap_or(&NO_LIMB)
    }

    /// The element's level in limb `index`: the strongest fact that counts
    /// there, a provisional reading counting at most as suspected unless its
    /// conditions are shown (`shown`, a mask of members).
    pub(crate) fn level<V: Element>(&self, index: usize, set: &FactSet<V>, shown: u32) -> Level {
        let counting = self.counting::<V>(index);
        let provisional = self.provisional::<V>() & counting & !shown;
        if set.mask_at(Level::Established) & provisional == 0 {
            return set.level_in(counting);
        }
        set.level_in(counting & !provisional).max(Level::Suspected)
    }

    /// The members of `V` whose reading is provisional, as a mask.
    pub(crate) fn provisional<V: Element>(&self) -> u32 {
        self.group::<V>().provisional
    }

    /// The members of `V` that count at `level` in limb `index`, as a mask:
    /// an established fact read provisionally counts as suspected.
    pub(crate) fn at_level<V: Element>(
        &self,
        limb: &Limb,
        set: &FactSet<V>,
        level: Level,
        shown: u32,
    ) -> u32 {
        let counting = self.counting_in::<V>(limb);
        let provisional = self.provisional::<V>() & counting & !shown;
        let established = set.mask_at(Level::Established) & counting;
        match level {
            Level::Established => established & !provisional,
            Level::Suspected => {
                (set.mask_at(Level::Suspected) & counting) | (established & provisional)
            }
            Level::NotEstablished => 0,
        }
    }

    /// The members of `V` that limb `index`'s child caveat concerns (the EU
    /// surrogacy exception), as a mask.
    pub(crate) fn caveated<V: Element>(&self, index: usize) -> u32 {
        V::in_caveat(self.limb(index))
            .iter()
            .fold(0, |mask, m| mask | bit(*m))
    }

    /// The names of the limbs in which `fact` counts, for "counts only for ...".
    pub(crate) fn limbs_of<V: Element>(&self, fact: V) -> impl Iterator<Item = &'static Limb> + '_ {
        self.limbs.iter().filter(move |l| self.counts_in(l, fact))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covers<V: Element>(def: &Definition) {
        for m in V::ALL {
            let n = V::terms(def).iter().filter(|t| t.fact == *m).count();
            assert_eq!(
                n,
                1,
                "{}: {} appears {n} times in the {} table",
                def.profile,
                m.path(),
                V::GROUP
            );
        }
    }

    /// The compile-time masks say exactly what the tables and limbs say.
    fn masks_follow<V: Element>(def: &Definition) {
        for (i, limb) in def.limbs.iter().enumerate() {
            for m in V::ALL {
                let counts =
                    def.how(*m).counts() && V::in_limb(limb).is_none_or(|list| list.contains(m));
                assert_eq!(def.counts_in(limb, *m), counts, "{} {m:?}", def.profile);
                assert_eq!(def.counting::<V>(i) & bit(*m) != 0, counts);
                // A copy of the limb (not one of the definition's own) is
                // decided from its fields, with the same result.
                let copy = *limb;
                assert_eq!(def.counts_in(&copy, *m), counts);
                let asks = def.term(*m).is_some_and(|t| t.ask && t.how.counts());
                assert_eq!(def.asks(*m), asks, "{} {m:?}", def.profile);
                assert_eq!(def.asked::<V>(i) & bit(*m) != 0, asks && counts);
            }
        }
    }

    #[test]
    fn masks_follow_the_tables() {
        for p in Profile::ALL {
            let def = p.definition();
            assert!(def.limbs.len() <= MAX_LIMBS);
            masks_follow::<Act>(def);
            masks_follow::<Means>(def);
            masks_follow::<Purpose>(def);
        }
    }

    #[test]
    fn every_fact_is_in_every_definition_exactly_once() {
        for p in Profile::ALL {
            let def = p.definition();
            assert_eq!(def.profile, p);
            covers::<Act>(def);
            covers::<Means>(def);
            covers::<Purpose>(def);
            assert!(!def.limbs.is_empty());
            for limb in def.limbs {
                for a in limb.acts.unwrap_or_default() {
                    assert!(def.how(*a).counts(), "{p}: limb act {a} does not count");
                }
                for x in limb.purposes.unwrap_or_default() {
                    assert!(def.how(*x).counts(), "{p}: limb purpose {x} does not count");
                }
            }
        }
    }

    fn term_rules<V: Element>(def: &Definition, out: &mut Vec<&'static Rule>) {
        for t in V::terms(def) {
            match t.how {
                How::Named(rule) | How::Read { rule, .. } => out.push(rule),
                How::Listed | How::Not => {}
            }
        }
    }

    #[test]
    fn every_rule_a_definition_cites_is_in_the_registry() {
        for p in Profile::ALL {
            let def = p.definition();
            let pr = &def.provisions;
            let mut rules = vec![
                pr.act,
                pr.means,
                pr.vulnerability,
                pr.purpose,
                pr.intent,
                pr.consent,
                pr.border,
                pr.child_age,
                pr.presumed_child,
                pr.non_punishment,
            ];
            rules.extend(pr.victim);
            for limb in def.limbs {
                rules.push(limb.rule);
                rules.push(limb.child.rule());
                rules.extend(limb.child_caveat.map(|c| c.rule));
            }
            term_rules::<Act>(def, &mut rules);
            term_rules::<Means>(def, &mut rules);
            term_rules::<Purpose>(def, &mut rules);
            for r in rules {
                assert_eq!(
                    super::super::rule(r.id),
                    Some(r),
                    "{p}: {} not in RULES",
                    r.id
                );
            }
        }
    }

    fn in_order<V: Element>(def: &Definition) {
        for (i, t) in V::terms(def).iter().enumerate() {
            assert_eq!(
                t.fact.index(),
                i,
                "{}: {} out of order",
                def.profile,
                t.fact.path()
            );
        }
    }

    #[test]
    fn tables_are_in_vocabulary_order() {
        for p in Profile::ALL {
            in_order::<Act>(p.definition());
            in_order::<Means>(p.definition());
            in_order::<Purpose>(p.definition());
        }
    }

    #[test]
    fn names_round_trip() {
        for p in Profile::ALL {
            assert_eq!(Profile::from_name(p.name()), Some(p));
            assert_eq!(p.name().parse::<Profile>(), Ok(p));
            assert_eq!(
                serde_json::to_string(&p).ok(),
                Some(format!("\"{}\"", p.name()))
            );
        }
        assert_eq!(Profile::names(), "palermo, coe, eu, us, asean, cambodia");
        assert!("uk".parse::<Profile>().is_err());
    }

    #[test]
    fn the_palermo_definition_counts_the_original_vocabulary_as_before() {
        let def = Profile::Palermo.definition();
        assert!(def.provenance.is_none());
        // The contract's original 5 acts, 9 means and 12 purposes all count and are asked.
        for a in &Act::ALL[..5] {
            assert!(def.asks(*a));
        }
        for m in &Means::ALL[..9] {
            assert!(def.asks(*m));
        }
        for p in &Purpose::ALL[..12] {
            assert!(def.asks(*p));
        }
    }
}
