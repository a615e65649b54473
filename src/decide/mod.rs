//! The procedure: from the facts of a case to the findings, as data. The
//! fourth layer of the house.
//!
//! Order of application, each step a rule of [`crate::law`]: who the person
//! is (age), trafficking element by element under the profile's definition,
//! smuggling, irregular and unsafe migration, protection flags, then the
//! verdict by precedence and the questions that would change it. Every
//! reason is recorded as data (its rule, its topic, what it found); no word
//! is written here: [`crate::words`] writes them all, in one place.
//!
//! Where a case carries ILO/EC indicators ([`Input::indicators`]), they are
//! first assessed on their own and read into the facts
//! (`indicators`); the Protocol test then runs on the merged facts.

use crate::assessment::{
    Assessment, Flag, PersonStatus, Reason, Said, Topic, Warning, CONTRACT, ENGINE,
};
use crate::law::profile::{Definition, Profile};
use crate::law::verdict::PRECEDENCE;
use crate::model::{Case, Indicators};
use std::borrow::Cow;

pub(crate) mod indicators;
pub mod interview;
pub(crate) mod migration;
pub(crate) mod person;
pub(crate) mod protection;
pub(crate) mod questions;
pub(crate) mod smuggling;
pub(crate) mod trafficking;
pub(crate) mod verdict;

/// A case as it comes in to be screened: the facts, the jurisdiction
/// profile to read them under, and what the screener observed in the ILO/EC
/// indicators. Contract v1 input reads into this envelope: the `profile`
/// and `indicators` fields of a record travel beside the facts, not in them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[non_exhaustive]
pub struct Input {
    /// The facts.
    #[serde(flatten)]
    pub case: Case,
    /// The profile the case asks for; `None` is the Trafficking Protocol
    /// (`palermo`). A per-call choice (`--profile`) overrides it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
    /// ILO/EC indicators observed (ids with a fact each).
    #[serde(skip_serializing_if = "Indicators::is_empty")]
    pub indicators: Indicators,
}

impl Input {
    /// An envelope around `case`, with no profile and no indicators.
    pub fn new(case: Case) -> Self {
        Input {
            case,
            ..Input::default()
        }
    }

    /// Builder form: the same input under `profile`.
    pub fn with_profile(mut self, profile: Profile) -> Self {
        self.profile = Some(profile);
        self
    }

    /// Builder form: the same input with `indicators`.
    pub fn with_indicators(mut self, indicators: Indicators) -> Self {
        self.indicators = indicators;
        self
    }
}

impl From<Case> for Input {
    fn from(case: Case) -> Self {
        Input::new(case)
    }
}

/// Decide `input` under `profile` (the call's choice, else the input's,
/// else `palermo`): the assessment, its words not yet written.
pub(crate) fn input(input: &Input, profile: Option<Profile>) -> Assessment {
    let profile = profile.or(input.profile).unwrap_or_default();
    if input.indicators.is_empty() {
        facts(&input.case, profile)
    } else {
        indicators::evaluate(&input.case, &input.indicators, profile)
    }
}

/// Facts that contradict each other (contract revision 2): each is kept as
/// recorded, decided as the rules say, and reported, so that the record is
/// checked rather than silently resolved.
fn contradictions(case: &Case, def: &Definition, warned: &mut Vec<Warning>) {
    use crate::model::{Act, Fact, Means};
    let m = &case.movement;
    if m.entry == Some(crate::model::Regularity::Irregular) && m.crossed_border == Fact::RuledOut {
        warned.push(Warning::EntryWithoutCrossing);
    }
    if case.exploitation_occurred == Fact::Established && case.purpose.all_ruled_out() {
        warned.push(Warning::ExploitationWithoutPurpose);
    }
    if m.facilitator.humanitarian_or_family == Fact::Established
        && m.facilitator.material_benefit == Fact::Established
    {
        warned.push(Warning::FamilyAndBenefit);
    }
    // A sale read into a payment (the Cambodian law's arts. 13-16,
    // `trafficking::sold`) gives way to an exchange of control stated
    // false; the record says both.
    let handed =
        case.act.get(Act::Transfer).is_present() || case.act.get(Act::Receipt).is_present();
    if def.provisions.sale_by_payment.is_some()
        && case.act.get(Act::ExchangeOrTransferOfControl) == Fact::RuledOut
        && handed
        && case.means.get(Means::PaymentToController).is_present()
    {
        warned.push(Warning::SaleButNoExchange);
    }
    // An entry on false documents does not meet the requirements for legal
    // entry (Smuggling Protocol art. 3(b)); the record calls it regular, and
    // no irregular stay accounts for the documents (a forged permit to
    // stay, art. 6(1)(c)).
    if m.entry == Some(crate::model::Regularity::Regular)
        && m.fraudulent_documents == Fact::Established
        && m.stay != Some(crate::model::Regularity::Irregular)
    {
        warned.push(Warning::RegularEntryOnFalseDocuments);
    }
    // A payment to a person in control of the woman is the consideration
    // that makes a forced marriage servile (1956 Convention art. 1(c)(i),
    // `trafficking::shown`); the record also says it was not servile.
    let (payment, forced) = crate::law::trafficking_protocol::SERVILE_BY_PAYMENT;
    if def.provisional::<crate::model::Purpose>() & crate::model::bit(forced) != 0
        && case.purpose.get(forced).is_present()
        && case.purpose.get(crate::model::Purpose::ServileMarriage) == Fact::RuledOut
        && case.means.get(payment) == Fact::Established
    {
        warned.push(Warning::NotServileButPaid);
    }
    // An attempt (art. 6(2)(a)) is an entry procured for a benefit whose
    // crossing did not happen; the record also says none was planned.
    if m.crossing_planned == Fact::RuledOut && smuggling::attempted(case) {
        warned.push(Warning::AttemptButNoCrossingPlanned);
    }
}

/// Decide the facts of `case` under `profile`: the assessment, its words
/// not yet written.
pub(crate) fn facts(case: &Case, profile: Profile) -> Assessment {
    // An estimate written the wrong way round (a case built by hand: the
    // reader refuses one) is read as the span it names, never as a child or
    // an adult by the order of its ends.
    if let Some(range) = case.person.age_estimate.filter(|r| r.min > r.max) {
        let mut ordered = case.clone();
        ordered.person.age_estimate = Some(crate::model::AgeRange {
            min: range.max,
            max: range.min,
        });
        return facts(&ordered, profile);
    }
    let def = profile.definition();
    // Room for the reasons of most cases (11 or fewer in 69% of 100,000
    // generated ones): 11 reasons (968 bytes) are a block glibc's allocator
    // serves from its fast per-thread cache, 14 (1,232 bytes) are not.
    let mut reasons = Vec::with_capacity(11);
    let mut warned: Vec<Warning> = Vec::new();
    let mut flags = Vec::new();

    let person = person::assess(
        &case.person,
        def.provisions.child_age,
        def.provisions.presumed_child,
        &mut reasons,
        &mut warned,
    );
    if person.status == PersonStatus::PresumedChild {
        flags.push(Flag::PresumedChild);
    }
    contradictions(case, def, &mut warned);
    // The case as it stands is decided once: the finding is written from
    // it, and the questions read it.
    let standing = trafficking::Standing::of(def, case, person.status);
    let trafficking = trafficking::assess(
        case,
        person.status,
        def,
        &standing,
        &mut reasons,
        &mut flags,
    );
    let smuggling = smuggling::assess(case, &mut reasons, &mut flags);
    let (irregular_migration, unsafe_migration) = migration::assess(case, &mut reasons);
    protection::assess(case, def, trafficking.status, &mut reasons, &mut flags);

    let statuses = verdict::Statuses {
        trafficking: trafficking.status,
        smuggling: smuggling.status,
        unsafe_migration: unsafe_migration.status,
        irregular_migration: irregular_migration.status,
    };
    reasons.push(Reason::new(&PRECEDENCE, Topic::Verdict, Said::Verdict));
    flags.sort_unstable();
    flags.dedup();

    Assessment {
        contract: Cow::Borrowed(CONTRACT),
        engine: Cow::Borrowed(ENGINE),
        id: case.id.clone(),
        profile,
        provenance: def.provenance.map(Cow::Borrowed),
        verdict: statuses.verdict(),
        labels: statuses.labels(),
        next_questions: questions::ask(case, person.status, statuses, profile, &standing),
        person,
        trafficking,
        ilo: None,
        smuggling,
        irregular_migration,
        unsafe_migration,
        flags,
        reasons,
        warnings: Vec::new(),
        warned,
    }
}

/// The four statuses of a case under `profile`, without words: what the
/// verdict is decided on. The what-ifs of `next_questions` decide again
/// only the statuses an answer can change; their tests check them against
/// this. The questions asked in indicators decide all four again
/// ([`statuses_with`]), and the interview decides its next question from
/// them.
pub(crate) fn statuses(case: &Case, profile: Profile) -> verdict::Statuses {
    let person = person::status(&case.person);
    statuses_with(
        case,
        trafficking::decide(profile.definition(), case, person).status,
    )
}

/// [`statuses`], the trafficking status already decided.
pub(crate) fn statuses_with(case: &Case, trafficking: crate::model::Level) -> verdict::Statuses {
    verdict::Statuses {
        trafficking,
        smuggling: smuggling::status(case),
        unsafe_migration: migration::unsafe_status(case),
        irregular_migration: migration::irregular_status(case),
    }
}
