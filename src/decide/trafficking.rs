//! Trafficking in persons under a definition: the procedure of art. 3,
//! step by step, for any profile.
//!
//! The Protocol's art. 3 reads: an act (recruitment, transportation,
//! transfer, harbouring or receipt), by a means (threat, force, coercion,
//! abduction, fraud, deception, abuse of power or of a position of
//! vulnerability, payments to a person in control), for the purpose of
//! exploitation (art. 3(a)); the consent of the victim is irrelevant once a
//! means is used (art. 3(b)); for a child, no means is needed (art. 3(c),
//! (d)). Every other instrument is read the same way from its own
//! [`Definition`]: which facts count, in which limb, and how far its child
//! rule reaches. Consent, a border crossing and whether the exploitation
//! happened are never elements: they are reported, and never change the
//! status.

use crate::assessment::{
    AsAdult, ConsentBy, Element, ElementFinding, ElementStatus, Elements, Flag, PersonStatus,
    Reason, Said, Topic, TraffickingFinding,
};
use crate::law::profile::{ChildRule, Definition, Element as Counted, How, Limb, MAX_LIMBS};
use crate::law::trafficking_protocol::SERVILE_BY_PAYMENT;
use crate::model::{Act, Case, Fact, FactSet, Level, Means, Purpose};

/// The decision of one limb of a definition for a case, without words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    /// Index of the limb in [`Definition::limbs`].
    pub limb: usize,
    /// The act element: the strongest act that counts in the limb.
    pub act: Level,
    /// The means element.
    pub means: Level,
    /// The purpose element.
    pub purpose: Level,
    /// The child rule applies: no means is required.
    pub child_rule: bool,
    /// The child rule applies only by presumption (the age is uncertain):
    /// it gives at most `suspected`.
    pub presumed: bool,
    /// The limb can apply to this person (a limb for children only cannot
    /// apply to an adult, unless it also reaches a person under custody
    /// or curatorship and this person is one).
    pub available: bool,
    /// A limb for minors reaches this person (not a child) because they are
    /// under custody or curatorship, at this level.
    pub ward: Level,
    /// The status would be established but the limb's wording is
    /// unverified, so it is held at `suspected`.
    pub unverified: bool,
    /// The status under this limb.
    pub status: Level,
    /// Where nothing is found, no purpose of any limb is shown and the facts
    /// do not tell this limb from others (the same act: say, an organ
    /// removal, a purpose of no limb, under `us`), the limbs alike, as a mask (bit `i` for
    /// limb `i`; this one among them); else 0. The limb is then not named:
    /// choosing it was the order of the instrument, not the facts.
    pub tied: u8,
}

/// The child rule for a person only presumed to be a child. The
/// presumption (CETS 197 art. 10(3); Directive 2011/36/EU art. 13(2)) is a
/// protection measure "pending verification" of the age, not proof of the
/// age element: without a means the finding is at most `suspected`; with
/// an established means it is what it would be at any age.
pub(crate) fn presumed_status(act: Level, means: Level, purpose: Level, child_only: bool) -> Level {
    let as_child = status(act, means, purpose, true).min(Level::Suspected);
    if child_only {
        as_child
    } else {
        as_child.max(status(act, means, purpose, false))
    }
}

/// Art. 3 as a function of the element levels: every required element
/// established → established; every one at least suspected → suspected;
/// otherwise not established. `child_rule` is art. 3(c): the means is not
/// required.
pub(crate) fn status(act: Level, means: Level, purpose: Level, child_rule: bool) -> Level {
    if child_rule {
        act.min(purpose)
    } else {
        act.min(means).min(purpose)
    }
}

impl Decision {
    /// The required elements not established, as a set of [`Element`] bits.
    pub fn missing(&self) -> u8 {
        let means = if self.child_rule && !self.presumed {
            Level::Established
        } else {
            self.means
        };
        [
            (Element::Act, self.act),
            (Element::Means, means),
            (Element::Purpose, self.purpose),
        ]
        .into_iter()
        .filter(|(_, level)| *level != Level::Established)
        .fold(0, |set, (element, _)| set | element.bit())
    }
}

/// The purposes whose provisional reading has its conditions shown by the
/// case (a mask): a forced marriage with a payment to a person in control
/// of the woman is servile (1956 Convention art. 1(c)(i)).
pub(crate) fn shown(case: &Case) -> u32 {
    let (means, purpose) = SERVILE_BY_PAYMENT;
    if case.means.get(means) == Fact::Established {
        crate::model::bit(purpose)
    } else {
        0
    }
}

/// The purposes whose provisional reading under `def` the case rules out
/// (a mask). A reading waits on the conditions of the 1956 Convention;
/// where the case states them false, the form is no practice similar to
/// slavery, so it is no purpose at all:
///
/// - a forced marriage whose servile-marriage conditions are stated false
///   (`purpose.servile_marriage` ruled out, art. 1(c)), with no payment to
///   a person in control in evidence (which would show them, art. 1(c)(i));
/// - an illegal adoption where the practices similar to slavery are stated
///   false (`purpose.practices_similar_to_slavery` ruled out): the child was
///   not handed over "with a view to the exploitation of the child" (art.
///   1(d)), the one condition of the reading;
/// - a forced marriage the same way, where nothing records the marriage as
///   servile or shows a payment: the practices art. 1 lists include the
///   servile marriage;
/// - under a definition that reads the production of pornography as a
///   commercial sex act on its condition (22 U.S.C. 7102(4): "any sex act
///   on account of which anything of value is given to or received by any
///   person"), the production of pornography where the commercial sex act
///   is stated false.
#[inline]
pub(crate) fn refuted(def: &Definition, case: &Case) -> u32 {
    // Every reading is refuted by a purpose stated false: with none of
    // those, nothing is (the common case, decided with one mask).
    let refuting = crate::model::bit(Purpose::PracticesSimilarToSlavery)
        | crate::model::bit(Purpose::ServileMarriage)
        | crate::model::bit(Purpose::CommercialSex);
    if case.purpose.ruled_out_mask() & refuting == 0 {
        return 0;
    }
    let (means, marriage) = SERVILE_BY_PAYMENT;
    let practices_ruled_out =
        case.purpose.get(Purpose::PracticesSimilarToSlavery) == Fact::RuledOut;
    let servile = case.purpose.get(Purpose::ServileMarriage);
    let marriage_ruled_out = (servile == Fact::RuledOut
        || (practices_ruled_out && !servile.is_present()))
        && !case.means.get(means).is_present();
    let mut out = 0;
    if marriage_ruled_out {
        out |= crate::model::bit(marriage);
    }
    if practices_ruled_out {
        out |= crate::model::bit(Purpose::IllegalAdoption);
    }
    if case.purpose.get(Purpose::CommercialSex) == Fact::RuledOut {
        out |= crate::model::bit(Purpose::ProductionOfPornography);
    }
    out & def.provisional::<Purpose>()
}

/// The purposes of `case` as they count under `def`: those stated, less a
/// reading the case rules out ([`refuted`]).
#[inline]
pub(crate) fn purposes(def: &Definition, case: &Case) -> FactSet<Purpose> {
    let mut set = case.purpose;
    let refuted = refuted(def, case);
    if refuted == 0 {
        return set;
    }
    for purpose in crate::model::members::<Purpose>(refuted) {
        set.set(purpose, Fact::NotStated);
    }
    set
}

/// The act a payment makes a sale of under `def` ([`Provisions::sale_by_payment`]):
/// the exchange of control, at the level both the handing over (a transfer
/// or receipt) and the payment to a person in control are shown, when the
/// case does not state it otherwise. `NotEstablished` when `def` reads no
/// sale into a payment.
///
/// [`Provisions::sale_by_payment`]: crate::law::profile::Provisions::sale_by_payment
pub(crate) fn sold(def: &Definition, case: &Case) -> Level {
    if def.provisions.sale_by_payment.is_none()
        || !case
            .act
            .get(Act::ExchangeOrTransferOfControl)
            .is_not_stated()
    {
        return Level::NotEstablished;
    }
    let handed = case
        .act
        .get(Act::Transfer)
        .level()
        .max(case.act.get(Act::Receipt).level());
    handed.min(case.means.get(Means::PaymentToController).level())
}

/// The acts of `case` as they count in limb `index` of `def`: those
/// stated, and the exchange of control a payment makes of a transfer or
/// receipt ([`sold`]). In the sale offences of a definition that reads a
/// sale as a payment to a person in control, the acts of a sale count only
/// as far as that payment is shown ([`unpaid`]).
#[inline]
pub(crate) fn acts(def: &Definition, case: &Case, index: usize) -> FactSet<Act> {
    // Only a definition that reads a sale into a payment changes the acts.
    if def.provisions.sale_by_payment.is_none() {
        return case.act;
    }
    let mut set = case.act;
    match sold(def, case) {
        Level::Established => set.set(Act::ExchangeOrTransferOfControl, Fact::Established),
        Level::Suspected => set.set(Act::ExchangeOrTransferOfControl, Fact::Suspected),
        Level::NotEstablished => {}
    }
    if !matches!(def.limb(index).child, ChildRule::NoMeansAtAnyAge(_)) {
        return set;
    }
    let (unpaid, value) = unpaid(def, case);
    let value = match value.level() {
        Level::Established => Fact::Established,
        Level::Suspected => Fact::Suspected,
        Level::NotEstablished => Fact::NotStated,
    };
    for act in crate::model::members::<Act>(unpaid) {
        set.set(act, value);
    }
    set
}

/// The acts of a sale that the case records beyond the value shown, as a
/// mask, and the payment to a person in control as recorded. Selling, buying or exchanging a
/// person is handing over control of them "in exchange for anything of
/// value" (Cambodian law of 2008, art. 13, as recalled, wording
/// unverified); the value is a payment to a person in control (contract
/// revision 2: "a sale is a payment to a person in control"). So under a
/// definition that reads a sale that way ([`Provisions::sale_by_payment`]),
/// an act of its sale offences (the limb that needs no means at any age)
/// counts at most at the level of the payment: an exchange of control, a
/// provision or an obtaining with no payment shown is no sale.
///
/// [`Provisions::sale_by_payment`]: crate::law::profile::Provisions::sale_by_payment
pub(crate) fn unpaid(def: &Definition, case: &Case) -> (u32, Fact) {
    let payment = case.means.get(Means::PaymentToController);
    if def.provisions.sale_by_payment.is_none() {
        return (0, payment);
    }
    let value = payment.level();
    let mut out = 0;
    for limb in def.limbs {
        if let (ChildRule::NoMeansAtAnyAge(_), Some(acts)) = (limb.child, limb.acts) {
            for act in acts {
                if case.act.get(*act).level() > value {
                    out |= crate::model::bit(*act);
                }
            }
        }
    }
    (out, payment)
}

/// The facts of `purposes` grouped by the conditions they are read on
/// (a forced marriage on art. 1(c), an illegal adoption on art. 1(d)):
/// each rule with its facts, in the order of their first fact.
fn by_condition(def: &Definition, purposes: u32) -> Vec<(&'static crate::law::Rule, u32)> {
    let mut groups: Vec<(&'static crate::law::Rule, u32)> = Vec::new();
    for p in crate::model::members::<Purpose>(purposes) {
        let Some(rule) = def.term(p).and_then(|t| t.provisional) else {
            continue;
        };
        match groups.iter_mut().find(|(r, _)| r.id == rule.id) {
            Some((_, facts)) => *facts |= crate::model::bit(p),
            None => groups.push((rule, crate::model::bit(p))),
        }
    }
    groups
}

/// The decision of limb `index` of `def` for `case`.
///
/// A limb for minors that also reaches a person under custody or
/// curatorship (Cambodian law of 2008, art. 8(2)) is available to a person
/// who is not a child when `person.under_guardianship` is at least
/// suspected, and gives at most that level. A limb whose wording is
/// unverified gives at most `suspected` (contract revision 2).
pub(crate) fn limb(def: &Definition, case: &Case, person: PersonStatus, index: usize) -> Decision {
    let this = def.limb(index);
    let child = person.child_rule_applies();
    let child_only = matches!(this.child, ChildRule::ChildOnly(_));
    // Art. 8(2): "a minor or a person under general custody or curatorship".
    let ward = if child_only && this.guardianship && !child {
        case.person.under_guardianship.level()
    } else {
        Level::NotEstablished
    };
    let (child_rule, available) = match this.child {
        ChildRule::NoMeans(_) => (child, true),
        ChildRule::MeansAlways(_) => (false, true),
        ChildRule::ChildOnly(_) => {
            let reached = child || ward.at_least_suspected();
            (reached, reached)
        }
        ChildRule::NoMeansAtAnyAge(_) => (true, true),
    };
    let by_age = child_rule && !matches!(this.child, ChildRule::NoMeansAtAnyAge(_));
    let presumed = by_age && child && person == PersonStatus::PresumedChild;
    let act = def.level(index, &acts(def, case, index), 0);
    let means = def.level(index, &case.means, 0);
    let purposes = purposes(def, case);
    let purpose = def.level(index, &purposes, shown(case));
    let found = if !available {
        Level::NotEstablished
    } else if presumed {
        presumed_status(act, means, purpose, child_only)
    } else if ward.at_least_suspected() {
        status(act, means, purpose, true).min(ward)
    } else {
        status(act, means, purpose, child_rule)
    };
    // A child rule in doubt for the purpose found (the EU surrogacy
    // exception, whose wording is unverified) holds the finding at
    // `suspected` too, unless a means makes it good at any age.
    let in_doubt = child_rule
        && status(act, means, purpose, false) != Level::Established
        && this.child_caveat.is_some_and(|caveat| {
            let shown = shown(case);
            let mask = def.at_level(this, &purposes, purpose, shown);
            mask != 0
                && crate::model::members::<Purpose>(mask).all(|p| caveat.purposes.contains(&p))
        });
    let unverified = (this.unverified || in_doubt) && found == Level::Established;
    Decision {
        limb: index,
        act,
        means,
        purpose,
        child_rule,
        presumed,
        available,
        ward,
        unverified,
        status: if unverified { Level::Suspected } else { found },
        tied: 0,
    }
}

/// The decision under `def`: the limb that goes furthest. Highest status
/// first; then the limb whose purpose is best shown (the purpose tells the
/// limbs apart), then whose act is; then a limb of verified wording; then
/// the fewest missing elements; then the order of the instrument.
pub(crate) fn decide(def: &Definition, case: &Case, person: PersonStatus) -> Decision {
    if def.limbs.len() <= 1 {
        return limb(def, case, person, 0);
    }
    // Each limb's decision, on the stack: `decide` runs for every what-if.
    let decisions = each_limb(def, case, person);
    furthest(def, &decisions).unwrap_or_else(|| limb(def, case, person, 0))
}

/// The decision of every limb of `def`, in the instrument's order.
fn each_limb(def: &Definition, case: &Case, person: PersonStatus) -> [Option<Decision>; MAX_LIMBS] {
    let mut decisions = [None; MAX_LIMBS];
    for (i, slot) in decisions.iter_mut().enumerate().take(def.limbs.len()) {
        *slot = Some(limb(def, case, person, i));
    }
    decisions
}

/// The limb of `decisions` that goes furthest (see [`decide`]); `None`
/// when there is none.
fn furthest(def: &Definition, decisions: &[Option<Decision>; MAX_LIMBS]) -> Option<Decision> {
    let all = decisions.iter().flatten();
    let mut best = all.clone().copied().max_by_key(|d| {
        (
            d.available,
            d.status,
            d.purpose,
            d.act,
            !def.limb(d.limb).unverified,
            std::cmp::Reverse(d.missing().count_ones()),
            std::cmp::Reverse(d.limb),
        )
    })?;
    // The purpose tells the limbs apart: where none is shown, nor anything
    // found, a limb chosen on the same act is the instrument's order.
    if best.status == Level::NotEstablished && best.purpose == Level::NotEstablished {
        let facts = |d: &Decision| (d.available, d.status, d.purpose, d.act);
        let tied = all
            .filter(|d| facts(d) == facts(&best) && d.limb < 8)
            .fold(0u8, |mask, d| mask | (1 << d.limb));
        if tied.count_ones() > 1 {
            best.tied = tied;
        }
    }
    Some(best)
}

/// The case as it stands, decided once: every limb of the definition, and
/// the one that goes furthest. The finding is written from it, and the
/// questions read it (the elements already established, the parts the
/// nearest finding still needs) rather than deciding the case again.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Standing {
    limbs: [Option<Decision>; MAX_LIMBS],
    best: Decision,
}

impl Standing {
    /// Decide `case` under `def`.
    pub(crate) fn of(def: &Definition, case: &Case, person: PersonStatus) -> Standing {
        let limbs = each_limb(def, case, person);
        let best = if def.limbs.len() <= 1 {
            limbs.first().copied().flatten()
        } else {
            furthest(def, &limbs)
        };
        Standing {
            limbs,
            best: best.unwrap_or_else(|| limb(def, case, person, 0)),
        }
    }

    /// The decision: the limb that goes furthest ([`decide`]).
    pub(crate) fn best(&self) -> Decision {
        self.best
    }

    /// The decision of limb `index` ([`limb`]).
    pub(crate) fn limb(&self, index: usize) -> Option<Decision> {
        self.limbs.get(index).copied().flatten()
    }
}

/// An element's finding: its status and the facts at that status that count
/// in `limb`.
fn finding<V: Counted>(
    def: &Definition,
    limb: &Limb,
    set: &FactSet<V>,
    level: Level,
    shown: u32,
) -> (ElementFinding<V>, u32) {
    let mask = def.at_level(limb, set, level, shown);
    // Sized from the mask: one allocation, none for no fact.
    let mut facts = Vec::with_capacity(mask.count_ones() as usize);
    facts.extend(crate::model::members::<V>(mask));
    (ElementFinding::new(level.into(), facts), mask)
}

/// The trafficking finding under `def`, with the reasons behind it (as
/// data) and the flags it raises.
pub(crate) fn assess(
    case: &Case,
    person: PersonStatus,
    def: &Definition,
    standing: &Standing,
    reasons: &mut Vec<Reason>,
    flags: &mut Vec<Flag>,
) -> TraffickingFinding {
    let d = standing.best();
    let limb = def.limb(d.limb);
    let limb_index = u8::try_from(d.limb).unwrap_or(u8::MAX);
    let p = &def.provisions;
    let acts = acts(def, case, d.limb);
    let (act, act_mask) = finding(def, limb, &acts, d.act, 0);
    let (mut means, means_mask) = finding(def, limb, &case.means, d.means, 0);
    let purposes = purposes(def, case);
    let (purpose, purpose_mask) = finding(def, limb, &purposes, d.purpose, shown(case));

    // The act (art. 3(a)).
    reasons.push(Reason::new(
        p.act,
        Topic::Act,
        Said::Element {
            element: Element::Act,
            level: d.act,
            facts: act_mask,
        },
    ));
    // A handing over with a payment to a person in control: a sale.
    if let Some(rule) = p.sale_by_payment {
        let sold = sold(def, case);
        if sold.at_least_suspected()
            && act_mask & crate::model::bit(Act::ExchangeOrTransferOfControl) != 0
        {
            reasons.push(Reason::new(rule, Topic::Act, Said::Sold { level: sold }));
        }
        // An act of a sale recorded with no payment (or a lesser one) shown:
        // said where it is why the sale offences were assessed short, or why
        // nothing was found (not where another limb reaches the act).
        let (unpaid, value) = unpaid(def, case);
        let sale_limb = matches!(limb.child, ChildRule::NoMeansAtAnyAge(_));
        if unpaid != 0 && (sale_limb || d.status == Level::NotEstablished) {
            // Cited to the sale offences themselves ("for anything of value").
            let sale = def
                .limbs
                .iter()
                .find_map(|l| match l.child {
                    ChildRule::NoMeansAtAnyAge(sale) => Some(sale),
                    _ => None,
                })
                .unwrap_or(rule);
            reasons.push(Reason::new(
                sale,
                Topic::Act,
                Said::Unpaid {
                    facts: unpaid,
                    value,
                },
            ));
        }
    }
    readings(def, Element::Act, act_mask, false, reasons);
    uncounted(
        def,
        limb,
        Element::Act,
        &case.act,
        d.act == Level::Established,
        p.act,
        reasons,
    );

    // The means (art. 3(a)), or the child rule in its place (art. 3(c)).
    if d.child_rule {
        if let ChildRule::NoMeansAtAnyAge(rule) = limb.child {
            // The offence names no means (the Cambodian sale offences).
            reasons.push(Reason::new(
                rule,
                Topic::Means,
                Said::NoMeansInLimb { limb: limb_index },
            ));
        } else if d.ward.at_least_suspected() {
            // Art. 8(2): a person under custody or curatorship, as a minor.
            reasons.push(Reason::new(
                limb.child.rule(),
                Topic::Means,
                Said::Ward {
                    limb: limb_index,
                    suspected: d.ward == Level::Suspected,
                },
            ));
        }
        // The doubt about the child rule matters only where no means makes
        // the finding good at any age.
        let doubt = limb
            .child_caveat
            .filter(|_| d.means != Level::Established)
            .filter(|caveat| {
                !purpose.facts.is_empty()
                    && purpose.facts.iter().all(|p| caveat.purposes.contains(p))
            });
        if !matches!(limb.child, ChildRule::NoMeansAtAnyAge(_)) && !d.ward.at_least_suspected() {
            reasons.push(Reason::new(
                limb.child.rule(),
                Topic::Means,
                Said::ChildRule {
                    presumed: person == PersonStatus::PresumedChild,
                    means: d.means,
                    facts: means_mask,
                    doubt: doubt.is_some(),
                },
            ));
        }
        if let Some(caveat) = doubt {
            reasons.push(Reason::new(
                caveat.rule,
                Topic::Means,
                Said::Caveat { limb: limb_index },
            ));
        }
        if d.presumed {
            // The age is only presumed: an established means would make the
            // finding established at any age, so the means keeps its own
            // status and is asked.
            means_found(def, d.means, means_mask, reasons);
        } else {
            means.status = ElementStatus::NotRequired;
        }
        uncounted(
            def,
            limb,
            Element::Means,
            &case.means,
            !d.presumed || d.means == Level::Established,
            p.means,
            reasons,
        );
    } else {
        if let (true, ChildRule::MeansAlways(rule)) = (person.child_rule_applies(), limb.child) {
            reasons.push(Reason::new(
                rule,
                Topic::Means,
                Said::MeansAlways { limb: limb_index },
            ));
        }
        means_found(def, d.means, means_mask, reasons);
        uncounted(
            def,
            limb,
            Element::Means,
            &case.means,
            d.means == Level::Established,
            p.means,
            reasons,
        );
        // A position of vulnerability is not itself a means: its abuse is.
        if d.means != Level::Established && case.person.vulnerable.is_present() {
            let abuse_suspected = case.means.get(Means::AbuseOfVulnerability) == Fact::Suspected
                && def.how(Means::AbuseOfVulnerability).counts();
            reasons.push(Reason::new(
                p.vulnerability,
                Topic::Means,
                Said::Vulnerability { abuse_suspected },
            ));
        }
    }

    // The purpose (art. 3(a)), and the forms read into the instrument's list.
    reasons.push(Reason::new(
        p.purpose,
        Topic::Purpose,
        Said::Element {
            element: Element::Purpose,
            level: d.purpose,
            facts: purpose_mask,
        },
    ));
    if readings(def, Element::Purpose, purpose_mask, true, reasons) {
        flags.push(Flag::PurposeByInterpretation);
    }
    // A reading on conditions the facts do not show counts at most as
    // suspected (1956 Convention art. 1(c), (d)).
    let provisional = if d.purpose == Level::Established {
        0 // The purpose stands on another fact.
    } else {
        def.provisional::<Purpose>()
    } & !shown(case)
        & purposes.mask_at(Level::Established)
        & def.counting_in::<Purpose>(limb);
    // One reason per provision of conditions, each with its own facts.
    for (rule, facts) in by_condition(def, provisional) {
        reasons.push(Reason::new(
            rule,
            Topic::Purpose,
            Said::Provisional { facts },
        ));
    }
    // Where the case rules the conditions out, the reading does not count.
    let refuted = refuted(def, case)
        & (case.purpose.mask_at(Level::Established) | case.purpose.mask_at(Level::Suspected));
    for (rule, facts) in by_condition(def, refuted) {
        reasons.push(Reason::new(rule, Topic::Purpose, Said::Refuted { facts }));
    }
    // Where the case shows the conditions, say so.
    let met = def.provisional::<Purpose>() & shown(case) & purpose_mask;
    for (rule, _) in by_condition(def, met) {
        reasons.push(Reason::new(rule, Topic::Purpose, Said::ServileByPayment));
    }
    uncounted(
        def,
        limb,
        Element::Purpose,
        &purposes,
        d.purpose == Level::Established,
        p.purpose,
        reasons,
    );
    // The purpose is intent: the exploitation need not have happened.
    if d.purpose.at_least_suspected() && case.exploitation_occurred != Fact::Established {
        reasons.push(Reason::new(
            p.intent,
            Topic::Purpose,
            Said::Intent {
                occurred: case.exploitation_occurred,
            },
        ));
    }

    // Consent: evidence only (art. 3(b); for a child, art. 3(c)).
    if case.consent.is_present() {
        let own_words =
            matches!(limb.child, ChildRule::NoMeansAtAnyAge(_)) || d.ward.at_least_suspected();
        let by = if d.child_rule && own_words && !d.means.at_least_suspected() {
            ConsentBy::Limb(limb_index)
        } else if d.child_rule && !own_words {
            ConsentBy::Child
        } else if d.means.at_least_suspected() {
            ConsentBy::Means
        } else {
            ConsentBy::Adult
        };
        // A child's consent is irrelevant by the child rule itself, not by
        // art. 3(b), which turns on the means.
        let rule = match (by, limb.child) {
            (
                ConsentBy::Child | ConsentBy::Limb(_),
                ChildRule::NoMeans(rule)
                | ChildRule::ChildOnly(rule)
                | ChildRule::NoMeansAtAnyAge(rule),
            ) => rule,
            _ => limb.consent.unwrap_or(p.consent),
        };
        reasons.push(Reason::new(
            rule,
            Topic::Consent,
            Said::Consent {
                by,
                suspected: case.consent == Fact::Suspected,
            },
        ));
    }

    // The finding.
    let as_adult = if person == PersonStatus::PresumedChild {
        match decide(def, case, PersonStatus::Adult).status {
            s if s == d.status => AsAdult::Same,
            s => AsAdult::Would(s),
        }
    } else {
        AsAdult::NotAsked
    };
    let without_means = limb.without_means
        && !d.child_rule
        && !d.means.at_least_suspected()
        && d.act.at_least_suspected()
        && d.purpose.at_least_suspected();
    let rule = match (d.child_rule, limb.child) {
        (
            true,
            ChildRule::NoMeans(rule)
            | ChildRule::ChildOnly(rule)
            | ChildRule::NoMeansAtAnyAge(rule),
        ) => rule,
        // No one limb is told by the facts: the provision that tells them
        // apart, the purposes of each.
        _ if d.tied != 0 => def.provisions.purpose,
        _ => limb.rule,
    };
    reasons.push(Reason::new(
        rule,
        Topic::Finding,
        Said::Finding {
            status: d.status,
            child_rule: d.child_rule,
            presumed: d.presumed,
            missing: d.missing(),
            limb: limb_index,
            tied: d.tied,
            without_means,
            as_adult,
            unverified: d.unverified,
        },
    ));

    // Borders do not matter; say so where it could be misread.
    if d.status.at_least_suspected() {
        // Not where a crossing was planned: a person stopped before the
        // border was being moved abroad.
        if case.movement.crossed_border == Fact::RuledOut
            && case.movement.crossing_planned != Fact::Established
            && !super::smuggling::attempted(case)
        {
            flags.push(Flag::InternalTrafficking);
        }
        if case.movement.crossed_border != Fact::Established {
            reasons.push(Reason::new(
                p.border,
                Topic::Borders,
                Said::Border {
                    // A planned crossing is not a movement within one country.
                    crossed: if case.movement.crossing_planned == Fact::Established {
                        Fact::NotStated
                    } else {
                        case.movement.crossed_border
                    },
                },
            ));
        }
        if let Some(rule) = p.victim {
            reasons.push(Reason::new(rule, Topic::Finding, Said::Victim));
        }
    }

    // Asylum: beside every finding, never instead of one.
    if case.asylum_claim.is_present() {
        flags.push(Flag::AsylumReferral);
        reasons.push(Reason::new(
            &crate::law::trafficking_protocol::SAVING_CLAUSE,
            Topic::Asylum,
            Said::Asylum,
        ));
    }

    let missing_set = d.missing();
    // Sized from the set: one allocation, none when nothing is missing.
    let mut missing = Vec::with_capacity(missing_set.count_ones() as usize);
    missing.extend(
        Element::ALL
            .into_iter()
            .filter(|e| missing_set & e.bit() != 0),
    );
    TraffickingFinding {
        status: d.status,
        elements: Elements {
            act,
            means,
            purpose,
        },
        missing,
    }
}

/// The means element as found (`level`, on the facts of `mask`), and the
/// readings it rests on.
fn means_found(def: &Definition, level: Level, mask: u32, reasons: &mut Vec<Reason>) {
    reasons.push(Reason::new(
        def.provisions.means,
        Topic::Means,
        Said::Element {
            element: Element::Means,
            level,
            facts: mask,
        },
    ));
    readings(def, Element::Means, mask, false, reasons);
}

/// Reasons for the facts of an element that count under a provision other
/// than the element's (one reason per provision), then for those read into
/// the instrument's terms (one per basis). Returns whether any fact counts
/// by a reading.
fn readings(
    def: &Definition,
    element: Element,
    mask: u32,
    minimum: bool,
    reasons: &mut Vec<Reason>,
) -> bool {
    match element {
        Element::Act => readings_of::<crate::model::Act>(def, element, mask, minimum, reasons),
        Element::Means => readings_of::<Means>(def, element, mask, minimum, reasons),
        Element::Purpose => {
            readings_of::<crate::model::Purpose>(def, element, mask, minimum, reasons)
        }
    }
}

fn readings_of<V: Counted>(
    def: &Definition,
    element: Element,
    mask: u32,
    minimum: bool,
    reasons: &mut Vec<Reason>,
) -> bool {
    if mask == 0 {
        return false; // No fact, no reading.
    }
    let mut any = false;
    // "The list is a minimum" leads the first reading only: said once, not
    // before each provision a fact is read under.
    let mut minimum = minimum;
    for read in [false, true] {
        // The rule a fact counts under in this pass.
        let basis = |m: V| match def.how(m) {
            How::Named(rule) if !read => Some(rule),
            How::Read { rule, .. } if read => Some(rule),
            _ => None,
        };
        // The facts already said, with the first fact of their rule.
        let mut said = 0u32;
        for member in crate::model::members::<V>(mask) {
            let Some(rule) = basis(member) else {
                continue;
            };
            if said & crate::model::bit(member) != 0 {
                continue;
            }
            // The facts of one rule are said together.
            let group = crate::model::members::<V>(mask)
                .filter(|m| basis(*m).is_some_and(|r| r.id == rule.id))
                .fold(0u32, |g, m| g | crate::model::bit(m));
            said |= group;
            let said = if read {
                any = true;
                let lead = std::mem::replace(&mut minimum, false);
                Said::ReadAs {
                    element,
                    facts: group,
                    minimum: lead,
                }
            } else {
                Said::CountsUnder {
                    element,
                    facts: group,
                }
            };
            reasons.push(Reason::new(rule, topic_of(element), said));
        }
    }
    any
}

/// The topic of an element's reasons.
fn topic_of(element: Element) -> Topic {
    match element {
        Element::Act => Topic::Act,
        Element::Means => Topic::Means,
        Element::Purpose => Topic::Purpose,
    }
}

/// Reasons for stated facts that are not elements of the definition, or
/// that count only in another limb (said when the element is not met in the
/// limb assessed, where it could matter): never silently dropped.
fn uncounted<V: Counted>(
    def: &Definition,
    limb: &Limb,
    element: Element,
    set: &FactSet<V>,
    met: bool,
    cite: &'static crate::law::Rule,
    reasons: &mut Vec<Reason>,
) {
    // The facts stated as present (`true` or `"suspected"`), in order.
    let present = set.mask_at(Level::Established) | set.mask_at(Level::Suspected);
    for fact in crate::model::members::<V>(present) {
        let field = fact.field();
        match def.how(fact) {
            How::Not => reasons.push(Reason::new(
                cite,
                topic_of(element),
                Said::NotAnElement { field },
            )),
            _ if !met && !def.counts_in(limb, fact) => {
                if let Some(first) = def.limbs_of(fact).next() {
                    let index = def
                        .limbs
                        .iter()
                        .position(|l| std::ptr::eq(l, limb))
                        .and_then(|i| u8::try_from(i).ok())
                        .unwrap_or(u8::MAX);
                    reasons.push(Reason::new(
                        first.rule,
                        topic_of(element),
                        Said::OtherLimb { field, limb: index },
                    ));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn art_3a_an_adult_needs_act_means_and_purpose() {
        assert_eq!(
            status(Established, Established, Established, false),
            Established
        );
        assert_eq!(
            status(Established, NotEstablished, Established, false),
            NotEstablished
        );
        assert_eq!(
            status(Established, Suspected, Established, false),
            Suspected
        );
        assert_eq!(
            status(NotEstablished, Established, Established, false),
            NotEstablished
        );
        assert_eq!(
            status(Established, Established, NotEstablished, false),
            NotEstablished
        );
    }

    #[test]
    fn art_3c_a_child_needs_act_and_purpose_only() {
        assert_eq!(
            status(Established, NotEstablished, Established, true),
            Established
        );
        assert_eq!(
            status(Suspected, NotEstablished, Established, true),
            Suspected
        );
        assert_eq!(
            status(Established, Established, NotEstablished, true),
            NotEstablished
        );
    }
}
