//! Case-management records in, contract v1 cases out: IOM's Human
//! Trafficking Case Data Standard (HTCDS v2.0) victim records and the rows of
//! the CTDC data sets.
//!
//! A record is a set of named fields: a JSON object with HTCDS field names
//! (`vic_MethodsOfControl`, `vic_TypeOfExploitation`, ...), or a CSV row with
//! CTDC columns (`meansOfControlDebtBondage`, `isForcedLabour`, `ageBroad`,
//! ...). Both vocabularies are read by one table, whatever the container, so
//! an HTCDS CSV export or a CTDC row as JSON works too. Field names match
//! without regard to ASCII letter case, underscores or spaces
//! (`vic_Methods_of_Control`, the XLSForm spelling, is
//! `vic_MethodsOfControl`), and only so: a name with any other character is
//! an unknown field, so the name a report gives a field is never more than
//! that field's letters. Picklist codes match without regard to case,
//! spaces or punctuation (`Debt bondage` is `DebtBondage`); a code or a
//! value with a character outside ASCII is never a known code nor blank.
//! Numbers may be written in the decimal digits of other scripts (Khmer
//! `១៥` is 15). A multi-select field is a JSON array of
//! codes or one string of codes separated by `;` (Salesforce exports) or `,`.
//!
//! Every field is accounted for in the output's `input_report`:
//!
//! - `mapped`: the field and the facts it gave (`vic_MethodsOfControl` →
//!   `indicators.coercion_at_destination.debt_bondage: true`);
//! - `unmapped`: HTCDS and CTDC fields with a value palermo could not use,
//!   and why (an unknown code, `Other`, a field that is not an element of the
//!   definition such as gender or industry, personal data);
//! - `unknown_fields`: how many fields are neither HTCDS v2.0 fields nor
//!   CTDC columns (counted, never named);
//! - `no_information`: fields that are empty, `NotSpecified`, `Unknown`,
//!   `-99`, `0` or `false`. A method of control or a type of exploitation
//!   that a record does not tick is not ruled out: it may simply not have
//!   been recorded, so palermo never turns a `0` into a `false`.
//!
//! The report never carries a value of the input or the name of an unknown
//! field: only HTCDS/CTDC field names, what they gave, and fixed reasons. A
//! picklist code is named only when it is one palermo knows (`Other`,
//! `ChildLabour`), in its HTCDS spelling. A record with a field given twice
//! (also when the names differ only in letter case, spaces or underscores)
//! is an error record naming the field. Streams are read by `records.rs`:
//! one output line per record, flat memory, every error record placed by
//! line (and element or row).
//!
//! The mapping, field by field (the legal reading of the ILO/EC indicators is
//! in [`crate::decide`]):
//!
//! | HTCDS v2.0 / CTDC | contract v1 |
//! |---|---|
//! | `vic_AgeWhenTrafficked` | `person.age`; when an age field below disagrees with it (a band at registration younger than the stated age, `Minor` with an adult age, an adult at entry with a child's age), `person.age_estimate` from the youngest to the oldest of both readings, and a warning naming the fields |
//! | `majorityEntry` (then `majorityStatusAtExploit`, `majorityStatus`, `ageBroad`) | `person.age_estimate` (a minor: 0–17; an adult at entry: 18+; an adult later or at registration says nothing about the age at the act) |
//! | `vic_MethodsOfControl`, `meansOfControl*`, `means*` | ILO/EC indicators at destination (debt bondage, withholds documents, physical abuse or threats, threats of law enforcement, threatens family, takes earnings, restricts movement, excessive hours, withholds necessities or medical care, psychoactive substances); `FalsePromises` → `means.deception` suspected; `PsychologicalAbuse`, `Threats`, `UsesChildren` → `means.coercion` suspected |
//! | `vic_TypeOfExploitation`, `is*` | `purpose.*` (`ForcedMilitaryByNonStateActors` → forced services, `ForcedAdoption` → illegal adoption, `isSlaveryAndPractices` → practices similar to slavery; `ChildLabour`, `Surrogacy`, `Other` unmapped) |
//! | `vic_TypeOfSexExploitation`, `typeOfSex*` | `Prostitution` → `purpose.prostitution_of_others`; others → `purpose.sexual_exploitation` |
//! | `typeOfLabourBegging`, `typeOfLabourIllicitActivities` | `purpose.forced_begging`, `purpose.forced_criminality` |
//! | `vic_MethodOfRecruitment`, `recruiterRelation*` | `act.recruitment` |
//! | `per_RoleInProcess` | recruiter → `act.recruitment`, transporter → `act.transportation`, transferred/sold → `act.transfer`, harboured → `act.harbouring`, received/bought → `act.receipt`, sold/bought → `means.payment_to_controller` (a sale is a payment to a person in control), kidnapper → `means.abduction`, smuggler → `movement.facilitator.procured_entry` suspected |
//! | `isAbduction` | `means.abduction` |
//! | `hte_Type` | `Recruitment` → `act.recruitment`, `Transit` → `act.transportation`, `Exploitation` → `exploitation_occurred` |
//! | `vic_Vulnerabilities` (deprecated) | `person.vulnerable` (never a means on its own) |
//! | `citizenship`/`prs_Citizenship` with `CountryOfExploitation` | the same (an alpha-2 and an alpha-3 code of one country are the same: `KH`, `KHM`): `movement.national_or_resident_of_destination`; different: `movement.migrated` and `movement.crossed_border` suspected |
//! | `vic_TraffickingStatus` | not an input: reported as `record_conclusion`, next to palermo's own finding |

mod records;

pub(crate) use records::frame_error;
pub use records::{case_from_text, screen_csv, screen_csv_str, screen_input, screen_record};

use super::{Error, Limits};
use crate::assessment::{Assessment, Reason, Topic};
use crate::decide::Input;
use crate::law::ilo::HTCDS_RECORD;
use crate::model::{Act, AgeRange, Case, Fact, Indicators, Means, Purpose, Vocabulary, MAX_AGE};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// One fact a field gave.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct MappedTo {
    /// The fact's dotted path in contract v1 (`means.deception`,
    /// `indicators.coercion_at_destination.debt_bondage`, `person.age`).
    pub fact: String,
    /// The value given to it (`true`, `"suspected"`, an age, an age estimate).
    pub value: MappedValue,
}

/// A value given to a fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[non_exhaustive]
pub enum MappedValue {
    /// `true` (established).
    Bool(bool),
    /// An age in years.
    Number(u64),
    /// An age estimate.
    Range {
        /// Youngest.
        min: u8,
        /// Oldest.
        max: u8,
    },
    /// `"suspected"`.
    Text(String),
}

/// A field that gave facts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct MappedField {
    /// The field's name as given.
    pub field: String,
    /// The facts it gave.
    pub to: Vec<MappedTo>,
}

/// A field (or one code of a field) that palermo could not use.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct UnmappedField {
    /// The field's name as given.
    pub field: String,
    /// The code that could not be used, in its HTCDS spelling, when it is a
    /// code of the picklist that palermo knows but cannot use (`Other`,
    /// `ChildLabour`); never a value of the input as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Why it was not used.
    pub reason: Cow<'static, str>,
}

/// How a record in another format was read (output `input_report`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct InputReport {
    /// `htcds` (HTCDS v2.0 field names and CTDC columns).
    pub format: Cow<'static, str>,
    /// `json` or `csv`.
    pub source: Cow<'static, str>,
    /// For CSV: the line the row starts on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
    /// For CSV: the number of the data row (the header is not counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// The record's own conclusion (`vic_TraffickingStatus`), shown next to
    /// palermo's finding; never an input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_conclusion: Option<String>,
    /// Fields that gave facts.
    pub mapped: Vec<MappedField>,
    /// Fields with a value that could not be used.
    pub unmapped: Vec<UnmappedField>,
    /// Fields with no information (empty, `NotSpecified`, `Unknown`, `-99`, `0`, `false`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_information: Vec<String>,
    /// How many fields are neither HTCDS v2.0 fields nor CTDC columns. They
    /// are counted, never named: a name may itself be personal data.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unknown_fields: u64,
    /// Fields that disagree, and how the reading settled it, in words that
    /// name the fields and never their values (the stated age and the age
    /// band, for one). Each is also among the assessment's `warnings`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Where a record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// A JSON object.
    Json,
    /// A CSV row.
    Csv,
}

/// What a code or a ticked field gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// An ILO/EC indicator, `true`.
    Indicator(&'static str),
    Act(Act),
    /// A means, at most at `suspected` when the flag says so.
    Means(Means, bool),
    Purpose(Purpose),
    Vulnerable,
    ExploitationOccurred,
    /// `movement.facilitator.procured_entry`, suspected.
    ProcuredEntry,
}

use Effect::{Indicator as I, Means as M, Purpose as P};

/// A picklist: codes with what each gives.
type Table = &'static [(&'static str, &'static [Effect])];

/// Methods of control (HTCDS v2.0 codes, older HTCDS/CTDC names).
const CONTROLS: &[(&str, &[Effect])] = &[
    (
        "PhysicalThreats",
        &[I(
            "coercion_at_destination.threats_of_violence_against_victim",
        )],
    ),
    (
        "ThreatsLawEnforcement",
        &[I(
            "coercion_at_destination.threat_of_denunciation_to_authorities",
        )],
    ),
    (
        "ThreatOfLawEnforcement",
        &[I(
            "coercion_at_destination.threat_of_denunciation_to_authorities",
        )],
    ),
    (
        "ThreatensChildrenFamily",
        &[I("coercion_at_destination.violence_on_family")],
    ),
    ("DebtBondage", &[I("coercion_at_destination.debt_bondage")]),
    ("FalsePromises", &[M(Means::Deception, true)]),
    (
        "PhysicalAbuse",
        &[I("coercion_at_destination.violence_on_victims")],
    ),
    (
        "SexualAbuse",
        &[I("coercion_at_destination.violence_on_victims")],
    ),
    (
        "TakesEarnings",
        &[I("coercion_at_destination.withholding_of_wages")],
    ),
    (
        "RestrictsFinancialAccess",
        &[I("coercion_at_destination.withholding_of_wages")],
    ),
    (
        "RestrictsMedicalCare",
        &[I("exploitative_conditions.bad_living_conditions")],
    ),
    (
        "WithholdsNecessities",
        &[I("exploitative_conditions.bad_living_conditions")],
    ),
    ("PsychologicalAbuse", &[M(Means::Coercion, true)]),
    (
        "PsychoactiveSubstance",
        &[I(
            "abuse_of_vulnerability_at_destination.dependency_on_exploiters",
        )],
    ),
    (
        "PsychoactiveSubstances",
        &[I(
            "abuse_of_vulnerability_at_destination.dependency_on_exploiters",
        )],
    ),
    (
        "PsychoactiveSubsta",
        &[I(
            "abuse_of_vulnerability_at_destination.dependency_on_exploiters",
        )],
    ),
    (
        "ExcessiveWorkingHours",
        &[I("exploitative_conditions.excessive_working_days_or_hours")],
    ),
    (
        "WithholdsDocuments",
        &[I("coercion_at_destination.confiscation_of_documents")],
    ),
    (
        "RestrictsMovement",
        &[I(
            "coercion_at_destination.isolation_confinement_or_surveillance",
        )],
    ),
    ("Threats", &[M(Means::Coercion, true)]),
    ("UsesChildren", &[M(Means::Coercion, true)]),
];

/// The merged columns of the CTDC synthetic data sets.
const SYNTHETIC_CONTROLS: &[(&str, &[Effect])] = &[
    // Debt bondage or takes earnings: the weaker of the two, withholding of wages.
    (
        "meansDebtBondageEarnings",
        &[I("coercion_at_destination.withholding_of_wages")],
    ),
    ("meansThreats", &[M(Means::Coercion, true)]),
    ("meansAbusePsyPhySex", &[M(Means::Coercion, true)]),
    ("meansFalsePromises", &[M(Means::Deception, true)]),
    (
        "meansDrugsAlcohol",
        &[I(
            "abuse_of_vulnerability_at_destination.dependency_on_exploiters",
        )],
    ),
    (
        "meansDenyBasicNeeds",
        &[I("exploitative_conditions.bad_living_conditions")],
    ),
    (
        "meansExcessiveWorkHours",
        &[I("exploitative_conditions.excessive_working_days_or_hours")],
    ),
    (
        "meansWithholdDocs",
        &[I("coercion_at_destination.confiscation_of_documents")],
    ),
];

/// Types of exploitation (HTCDS v2.0 codes).
const EXPLOITATION: &[(&str, &[Effect])] = &[
    ("ForcedLabour", &[P(Purpose::ForcedLabour)]),
    ("SexualExploitation", &[P(Purpose::SexualExploitation)]),
    ("ForcedMarriage", &[P(Purpose::ForcedMarriage)]),
    ("Servitude", &[P(Purpose::Servitude)]),
    (
        "ForcedMilitaryByNonStateActors",
        &[P(Purpose::ForcedServices)],
    ),
    ("OrganRemoval", &[P(Purpose::OrganRemoval)]),
    ("ForcedBegging", &[P(Purpose::ForcedBegging)]),
    ("ForcedAdoption", &[P(Purpose::IllegalAdoption)]),
    // An extension: not in HTCDS v2.0 (UNMigration/HTCDS issue #28).
    ("ForcedCriminality", &[P(Purpose::ForcedCriminality)]),
];

/// CTDC exploitation flags.
const EXPLOITATION_FLAGS: &[(&str, &[Effect])] = &[
    ("isForcedLabour", &[P(Purpose::ForcedLabour)]),
    ("isSexualExploit", &[P(Purpose::SexualExploitation)]),
    (
        "isSexAndLabour",
        &[P(Purpose::SexualExploitation), P(Purpose::ForcedLabour)],
    ),
    ("isForcedMarriage", &[P(Purpose::ForcedMarriage)]),
    ("isForcedMilitary", &[P(Purpose::ForcedServices)]),
    ("isOrganRemoval", &[P(Purpose::OrganRemoval)]),
    (
        "isSlaveryAndPractices",
        &[P(Purpose::PracticesSimilarToSlavery)],
    ),
    ("isAbduction", &[M(Means::Abduction, false)]),
    ("typeOfLabourBegging", &[P(Purpose::ForcedBegging)]),
    (
        "typeOfLabourIllicitActivities",
        &[P(Purpose::ForcedCriminality)],
    ),
    ("typeOfSexProstitution", &[P(Purpose::ProstitutionOfOthers)]),
    ("typeOfSexPornography", &[P(Purpose::SexualExploitation)]),
    (
        "typeOfSexRemoteInteractiveServices",
        &[P(Purpose::SexualExploitation)],
    ),
    (
        "typeOfSexPrivateSexualServices",
        &[P(Purpose::SexualExploitation)],
    ),
    (
        "recruiterRelationIntimatePartner",
        &[Effect::Act(Act::Recruitment)],
    ),
    ("recruiterRelationFriend", &[Effect::Act(Act::Recruitment)]),
    ("recruiterRelationFamily", &[Effect::Act(Act::Recruitment)]),
    ("recruiterRelationOther", &[Effect::Act(Act::Recruitment)]),
];

const SEX: &[(&str, &[Effect])] = &[
    ("Prostitution", &[P(Purpose::ProstitutionOfOthers)]),
    ("Pornography", &[P(Purpose::SexualExploitation)]),
    (
        "RemoteInteractiveServices",
        &[P(Purpose::SexualExploitation)],
    ),
    ("PrivateSexualServices", &[P(Purpose::SexualExploitation)]),
];

const R: &[Effect] = &[Effect::Act(Act::Recruitment)];
const RECRUITMENT: &[(&str, &[Effect])] = &[
    ("AtAPlaceOfBusiness", R),
    ("AtAnEducationalInstitution", R),
    ("AtWork", R),
    ("ThroughOnlineSocialNetworks", R),
    ("ThroughAnOnlineAdvertisement", R),
    ("ThroughATelevisionAdvert", R),
    ("ThroughANewspaperAdvert", R),
    ("ThroughFamilyOrFamilyEvents", R),
    ("ThroughFriendsOrSocialEvents", R),
    ("Other", R),
];

const ROLES: &[(&str, &[Effect])] = &[
    ("RecruiterOrIntermediary", &[Effect::Act(Act::Recruitment)]),
    ("Transporter", &[Effect::Act(Act::Transportation)]),
    ("TransferredIndividual", &[Effect::Act(Act::Transfer)]),
    ("HarbouredIndividual", &[Effect::Act(Act::Harbouring)]),
    ("ReceivedIndividual", &[Effect::Act(Act::Receipt)]),
    // A sale is a payment to a person in control (contract revision 2): the
    // buyer pays whoever controls the person for the transfer.
    (
        "SoldIndividual",
        &[
            Effect::Act(Act::Transfer),
            Effect::Act(Act::ExchangeOrTransferOfControl),
            M(Means::PaymentToController, false),
        ],
    ),
    (
        "BoughtIndividual",
        &[
            Effect::Act(Act::Receipt),
            Effect::Act(Act::ExchangeOrTransferOfControl),
            M(Means::PaymentToController, false),
        ],
    ),
    ("Kidnapper", &[M(Means::Abduction, false)]),
    ("Smuggler", &[Effect::ProcuredEntry]),
    ("TravellingPartner", &[]),
    ("BrokerTravelAgent", &[]),
    ("ControlledIndividual", &[]),
    ("Abuser", &[]),
    ("Exploiter", &[]),
    ("Other", &[]),
];

const EVENTS: &[(&str, &[Effect])] = &[
    ("Recruitment", &[Effect::Act(Act::Recruitment)]),
    ("Transit", &[Effect::Act(Act::Transportation)]),
    ("Exploitation", &[Effect::ExploitationOccurred]),
];

const V: &[Effect] = &[Effect::Vulnerable];
const VULNERABILITIES: &[(&str, &[Effect])] = &[
    ("Addiction", V),
    ("SocialGroup", V),
    ("Discrimination", V),
    ("Poverty", V),
    ("DisabilityAndPhysicalHealth", V),
    ("MentalHealth", V),
    ("Migration", V),
    ("Homelessness", V),
    ("AbuseSocialMedia", V),
    ("AbusePhysical", V),
    ("Education", V),
    ("WorkEnvironment", V),
];

const STATUSES: &[&str] = &[
    "PossibleVictimOfTrafficking",
    "ActualVictimOfTrafficking",
    "NotAVictimOfTrafficking",
];

/// Codes that are known but give nothing, with the reason.
const UNUSABLE_CODES: &[(&str, &str)] = &[
    (
        "ChildLabour",
        "child labour is not by itself a form of exploitation in art. 3; record the form (forced labour, or a worst form of child labour under ILO C182 art. 3(a)-(c))",
    ),
    (
        "Surrogacy",
        "not a form of exploitation palermo has a fact for; state the purpose directly if it amounts to one",
    ),
    ("Other", "\"Other\" does not say which; state it directly"),
];

/// Every HTCDS v2.0 field name (IOM, `HTCDS Field Standards 2.0`).
const HTCDS_FIELDS: &[&str] = &[
    "org_Name",
    "org_ShippingCity",
    "org_ShippingCountry",
    "org_ShippingState",
    "org_ShippingStreet",
    "org_ShippingPostalCode",
    "org_ShippingLongitude",
    "org_ShippingLatitude",
    "org_Phone",
    "org_Type",
    "prs_Salutation",
    "prs_FirstName",
    "prs_MiddleName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Gender",
    "prs_Deceased",
    "prs_MaritalStatus",
    "prs_NumberOfChildren",
    "prs_PrimaryLanguage",
    "prs_SecondaryLanguage",
    "prs_HighestLevelOfEducation",
    "prs_Citizenship",
    "prs_IdentityNumber",
    "prs_Title",
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingCity",
    "prs_MailingCountry",
    "prs_MailingState",
    "prs_MailingStreet",
    "prs_MailingPostalCode",
    "prs_MailingLongitude",
    "prs_MailingLatitude",
    "vic_AgreementToManagePersonalData",
    "vic_TraffickingStatus",
    "vic_TraffickingStatusDecisionMakingOrg",
    "vic_RelationshipToTrafficker",
    "vic_AgeWhenTrafficked",
    "vic_RecruitmentWebsitesAndApps",
    "vic_MethodOfRecruitment",
    "vic_LocationOfRecruitment",
    "vic_MethodsOfControl",
    "vic_TypeOfExploitation",
    "vic_ForcedLabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
    "vic_ExploitationWebsitesAndApps",
    "vic_Vulnerabilities",
    "vic_DetailsOfVulnerabilities",
    "per_RoleInProcess",
    "per_RoleDetails",
    "per_Organisation",
    "cas_Status",
    "cas_ReasonForCaseClosure",
    "cas_CaseOwner",
    "cas_ReferringOrganisation",
    "cas_IncomingReferralDate",
    "cas_ReferringPrimaryCaseWorker",
    "cas_ReasonForIncomingReferral",
    "cas_IncomingReferralDetails",
    "cas_ReferredOrganisation",
    "cas_ReferredPrimaryCaseWorker",
    "cas_ReasonForOutgoingReferral",
    "cas_OutgoingReferralDate",
    "cas_OutgoingReferralDetails",
    "cco_CaseComment",
    "hte_Longitude",
    "hte_Latitude",
    "hte_City",
    "hte_Country",
    "hte_State",
    "hte_Street",
    "hte_PostalCode",
    "hte_Date",
    "hte_Type",
    "hte_Description",
    "spl_Objectives",
    "spl_ActionPlan",
    "spl_PlannedEndDate",
    "spl_ActualEndDate",
    "spl_Type",
    "con_Consent",
];

/// The sectors of work of the CTDC columns `typeOfLabour*` and (in the
/// synthetic data sets) `sectorOfLabour*`: not elements of the definition.
/// Only these are known: any other name after the prefix may be anything.
const SECTORS: &[&str] = &[
    "Agriculture",
    "Aquafarming",
    "Construction",
    "DomesticWork",
    "Fishing",
    "Forestry",
    "Hospitality",
    "Manufacturing",
    "MiningOrDrilling",
    "Peddling",
    "Other",
    "NotSpecified",
];

/// CTDC columns that carry nothing palermo uses, with the reason.
const CTDC_NOT_USED: &[(&str, &str)] = &[
    ("yearOfRegistration", "not an element of the definition"),
    ("Datasource", "not an element of the definition"),
    ("gender", "gender is not an element of the definition"),
    (
        "traffickMonths",
        "the duration is not an element of the definition",
    ),
    (
        "meansOfControlConcatenated",
        "repeats the meansOfControl* columns",
    ),
    ("typeOfExploitConcatenated", "repeats the is* columns"),
    (
        "typeOfLabourConcatenated",
        "repeats the typeOfLabour* columns",
    ),
    ("typeOfSexConcatenated", "repeats the typeOfSex* columns"),
    (
        "RecruiterRelationship",
        "repeats the recruiterRelation* columns",
    ),
    (
        "recruiterRelationUnknown",
        "says nothing about whether the person was recruited",
    ),
    (
        "isOtherExploit",
        "\"other\" exploitation does not say which; state it directly",
    ),
    (
        "meansOfControlOther",
        "\"other\" does not say which method; state it directly",
    ),
];

/// What a text with a character outside ASCII is compared as: no name or
/// code normalises to it, since [`norm`] and [`name_norm`] otherwise keep
/// only ASCII letters and digits.
const NOT_ASCII: &str = "#";

/// How a code or a value is compared: lower case, ASCII letters and digits
/// only (`Debt bondage` is `DebtBondage`). A text with any character outside
/// ASCII is [`NOT_ASCII`], which matches nothing: the ASCII letters of
/// other text are never picked out of it (`ForcedLabour សុខ` is not
/// `ForcedLabour`, and `ការងារ` is not blank).
fn norm(s: &str) -> String {
    if !s.is_ascii() {
        return NOT_ASCII.to_string();
    }
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// How a field name is compared: ASCII letters and digits, lower case, with
/// underscores and spaces dropped (`vic_Methods_of_Control`,
/// `VIC METHODSOFCONTROL` and `vic_MethodsOfControl` are one field). A name
/// with any other character (punctuation, or any character outside ASCII)
/// is [`NOT_ASCII`], which is no field: a name is known only when it is
/// exactly a known field but for letter case, underscores and spaces, so
/// the text a report names a field by is never more than that field's
/// letters.
fn name_norm(s: &str) -> String {
    if !s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b' ')
    {
        return NOT_ASCII.to_string();
    }
    norm(s)
}

/// A value that says nothing.
fn blank(s: &str) -> bool {
    let t = s.trim();
    integral_text(t) == Some(-99)
        || matches!(
            norm(t).as_str(),
            "" | "notspecified" | "nonspecifiedunknown" | "unknown" | "na" | "null" | "nan"
        )
}

/// The whole number that a number or a numeric text stands for, written
/// as a whole number or not: `15`, `15.0` and `1.5e1` are 15 (spreadsheet
/// and pandas exports write `15.0`). `None` for a fraction (`15.5`), for
/// what is not a number, and beyond ±2^53, where a float no longer tells
/// whole numbers apart.
fn integral(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| whole_float(n.as_f64()?)),
        Value::String(s) => integral_text(s),
        _ => None,
    }
}

/// The first code point of each run of ten decimal digits, 0 to 9, that a
/// number may be written in besides ASCII: Arabic-Indic, Extended
/// Arabic-Indic, Devanagari, Bengali, Thai, Lao, Myanmar, Khmer and
/// full-width digits.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10,
];

/// The ASCII digit a decimal digit of another script stands for (`១` is
/// `1`); `None` for any other character.
fn script_digit(c: char) -> Option<char> {
    let code = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
}

/// `s` with decimal digits of other scripts written as ASCII digits (an age
/// of `១៥`, in Khmer digits, is `15`); other characters as they are.
fn ascii_digits(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| script_digit(c).unwrap_or(c)).collect())
}

/// [`integral`] for text. Decimal digits of other scripts count as digits.
fn integral_text(s: &str) -> Option<i64> {
    let digits = ascii_digits(s);
    let t = digits.trim();
    // Rust's float parser also takes `inf` and `NaN`: only digits, a sign,
    // a point and an exponent make a number here.
    let numeric = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'));
    if !numeric {
        return None;
    }
    t.parse::<i64>()
        .ok()
        .or_else(|| whole_float(t.parse::<f64>().ok()?))
}

/// A float that is a whole number within ±2^53, as that number.
fn whole_float(x: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    (x.is_finite() && x.fract() == 0.0 && x.abs() <= EXACT).then_some(x as i64)
}

/// A ticked field: `Some(true)` for 1/true/yes, `Some(false)` for 0/false/no,
/// `None` for no information; `Err` for anything else. A number counts by
/// its value (`1.0` is 1).
fn flag(v: &Value) -> Result<Option<bool>, ()> {
    match v {
        Value::Null => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        Value::Number(_) => match integral(v) {
            Some(1) => Ok(Some(true)),
            Some(0) => Ok(Some(false)),
            Some(-99) => Ok(None),
            _ => Err(()),
        },
        Value::String(s) if blank(s) => Ok(None),
        Value::String(s) => match integral_text(s) {
            Some(1) => Ok(Some(true)),
            Some(0) => Ok(Some(false)),
            Some(_) => Err(()),
            None => match norm(s).as_str() {
                "1" | "true" | "yes" | "y" => Ok(Some(true)),
                "0" | "false" | "no" | "n" => Ok(Some(false)),
                _ => Err(()),
            },
        },
        _ => Err(()),
    }
}

/// The codes of a (multi-)select field: an array of strings, or one string
/// separated by `;` or `,`. Blank codes are dropped.
fn codes(v: &Value) -> Result<Vec<String>, ()> {
    let split = |s: &str| -> Vec<String> {
        s.split([';', ','])
            .map(str::trim)
            .filter(|c| !blank(c))
            .map(str::to_string)
            .collect()
    };
    match v {
        Value::Null => Ok(Vec::new()),
        Value::String(s) => Ok(split(s)),
        Value::Array(items) => {
            let mut out = Vec::new();
            for item in items {
                match item {
                    Value::String(s) => out.extend(split(s)),
                    Value::Null => {}
                    _ => return Err(()),
                }
            }
            Ok(out)
        }
        _ => Err(()),
    }
}

/// A known code of `table` in its HTCDS spelling (never the input's text).
fn canonical(table: Table, code: &str) -> Option<String> {
    let n = norm(code);
    table
        .iter()
        .find(|(c, _)| norm(c) == n)
        .map(|(c, _)| (*c).to_string())
}

fn field_name(name: &str) -> String {
    if name.chars().count() > 64 {
        let short: String = name.chars().take(63).collect();
        format!("{short}…")
    } else {
        name.to_string()
    }
}

fn find<'t>(table: &'t [(&str, &'t [Effect])], code: &str) -> Option<&'t [Effect]> {
    let n = norm(code);
    table
        .iter()
        .find(|(c, _)| norm(c) == n)
        .map(|(_, effects)| *effects)
}

/// How one field is read.
#[derive(Debug, Clone, Copy)]
enum Field {
    Id,
    AgeWhenTrafficked,
    AgeBroad,
    Majority(u8),
    /// A multi-select picklist read through a table.
    Codes(Table),
    /// A ticked column with fixed effects.
    Flag(&'static [Effect]),
    Conclusion,
    Citizenship,
    CountryOfExploitation,
    NotUsed(&'static str),
    /// A column that says there is no information (`meansOfControlNotSpecified`).
    NoInformation,
}

fn lookup(name: &str) -> Option<Field> {
    let n = name_norm(name.trim());
    let is = |s: &str| norm(s) == n;
    if is("id") {
        return Some(Field::Id);
    }
    if is("vic_AgeWhenTrafficked") {
        return Some(Field::AgeWhenTrafficked);
    }
    if is("ageBroad") {
        return Some(Field::AgeBroad);
    }
    for (i, m) in ["majorityEntry", "majorityStatusAtExploit", "majorityStatus"]
        .iter()
        .enumerate()
    {
        if is(m) {
            return Some(Field::Majority(i as u8));
        }
    }
    let tables: [(&str, Table); 6] = [
        ("vic_MethodsOfControl", CONTROLS),
        ("vic_TypeOfExploitation", EXPLOITATION),
        ("vic_TypeOfSexExploitation", SEX),
        ("vic_MethodOfRecruitment", RECRUITMENT),
        ("per_RoleInProcess", ROLES),
        ("vic_Vulnerabilities", VULNERABILITIES),
    ];
    for (f, table) in tables {
        if is(f) {
            return Some(Field::Codes(table));
        }
    }
    if is("hte_Type") {
        return Some(Field::Codes(EVENTS));
    }
    if is("vic_TraffickingStatus") {
        return Some(Field::Conclusion);
    }
    if is("prs_Citizenship") || is("citizenship") {
        return Some(Field::Citizenship);
    }
    if is("CountryOfExploitation") {
        return Some(Field::CountryOfExploitation);
    }
    for (c, reason) in CTDC_NOT_USED {
        if is(c) {
            return Some(Field::NotUsed(reason));
        }
    }
    if let Some(rest) = n.strip_prefix("meansofcontrol") {
        if rest == "notspecified" {
            return Some(Field::NoInformation);
        }
        return CONTROLS
            .iter()
            .find(|(c, _)| norm(c) == rest)
            .map(|(_, e)| Field::Flag(e));
    }
    for (c, effects) in SYNTHETIC_CONTROLS.iter().chain(EXPLOITATION_FLAGS) {
        if is(c) {
            return Some(Field::Flag(effects));
        }
    }
    let sector = ["typeoflabour", "sectoroflabour"]
        .iter()
        .find_map(|prefix| n.strip_prefix(prefix))
        .is_some_and(|rest| SECTORS.iter().any(|s| norm(s) == rest));
    if sector {
        return Some(Field::NotUsed(
            "the sector of work is not an element of the definition",
        ));
    }
    if let Some(f) = HTCDS_FIELDS.iter().find(|f| is(f)) {
        return Some(Field::NotUsed(htcds_not_used(f)));
    }
    None
}

fn htcds_not_used(field: &str) -> &'static str {
    match field {
        "prs_Gender" => "gender is not an element of the definition",
        "prs_Birthdate" => {
            "a birth date without the date of the act does not give the age at the time of the act; use vic_AgeWhenTrafficked"
        }
        "vic_RelationshipToTrafficker" => {
            "the relationship to the trafficker is not an element of the definition"
        }
        "vic_ForcedLabourIndustry" => "the industry is not an element of the definition",
        "vic_TraffickingStatusDecisionMakingOrg" => "who decided the status is not an input",
        "vic_DetailsOfVulnerabilities" | "per_RoleDetails" | "hte_Description"
        | "cco_CaseComment" => "free text is not read",
        f if f.starts_with("prs_") => "personal data is not read",
        f if f.starts_with("hte_") => {
            "the place and date of an event are not elements of the definition"
        }
        f if f.starts_with("vic_") && f.ends_with("WebsitesAndApps") => {
            "the platform used is not an element of the definition"
        }
        f if f.starts_with("vic_Location") || f == "per_Organisation" => {
            "a link to an organisation record is not read"
        }
        _ => "a case-management field, not an element of the definition",
    }
}

/// A stated age, the age-group columns, and which decided.
#[derive(Default)]
struct Ages {
    stated: Option<(String, u8)>,
    /// majorityEntry, majorityStatusAtExploit, majorityStatus: (field, minor?).
    majority: [Option<(String, bool)>; 3],
    broad: Option<(String, u8, u8)>,
}

impl Ages {
    /// Take out the age-group fields that cannot be true together with a
    /// stated age of `age` at the time of the act, each with the ages it
    /// gives. The time each field speaks of is kept in mind: a person is
    /// never younger later, so a minor when exploited or when registered
    /// was a minor at the act too, and the age band at registration is at
    /// least the age at the act; but an adult later may have been a child
    /// at the act, and is no disagreement.
    fn disagreeing(&mut self, age: u8) -> Vec<(String, AgeRange)> {
        let minor = AgeRange { min: 0, max: 17 };
        let adult = AgeRange {
            min: 18,
            max: MAX_AGE,
        };
        let mut out = Vec::new();
        for (i, slot) in self.majority.iter_mut().enumerate() {
            let reading = match slot {
                Some((_, true)) => minor,
                Some((_, false)) if i == 0 => adult,
                _ => continue,
            };
            if !(reading.min..=reading.max).contains(&age) {
                if let Some((field, _)) = slot.take() {
                    out.push((field, reading));
                }
            }
        }
        if let Some((field, min, max)) = self.broad.take() {
            if age > max {
                out.push((field, AgeRange { min, max }));
            } else {
                self.broad = Some((field, min, max));
            }
        }
        out
    }
}

/// Reads one record into a case and the indicators beside it.
struct Reader {
    case: Case,
    indicators: Indicators,
    report: InputReport,
    ages: Ages,
    citizenship: Option<(String, Vec<String>)>,
    country: Option<(String, String)>,
}

impl Reader {
    fn unmapped(
        &mut self,
        field: &str,
        value: Option<String>,
        reason: impl Into<Cow<'static, str>>,
    ) {
        self.report.unmapped.push(UnmappedField {
            field: field_name(field),
            value,
            reason: reason.into(),
        });
    }

    fn mapped(&mut self, field: &str, to: Vec<MappedTo>) {
        if to.is_empty() {
            return;
        }
        match self.report.mapped.iter_mut().find(|m| m.field == field) {
            Some(m) => {
                for t in to {
                    if !m.to.contains(&t) {
                        m.to.push(t);
                    }
                }
            }
            None => {
                let mut unique: Vec<MappedTo> = Vec::with_capacity(to.len());
                for t in to {
                    if !unique.contains(&t) {
                        unique.push(t);
                    }
                }
                self.report.mapped.push(MappedField {
                    field: field_name(field),
                    to: unique,
                })
            }
        }
    }

    fn apply(&mut self, effect: Effect) -> Option<MappedTo> {
        let wire = |f: Fact| match f {
            Fact::Suspected => MappedValue::Text("suspected".into()),
            _ => MappedValue::Bool(true),
        };
        let (path, fact): (String, Fact) = match effect {
            Effect::Indicator(id) => {
                if self.indicators.get(id) < Fact::Established {
                    self.indicators.set(id, Fact::Established);
                }
                (format!("indicators.{id}"), Fact::Established)
            }
            Effect::Act(m) => {
                raise(&mut self.case.act, m, Fact::Established);
                (m.path().to_string(), Fact::Established)
            }
            Effect::Means(m, suspected) => {
                let f = if suspected {
                    Fact::Suspected
                } else {
                    Fact::Established
                };
                raise(&mut self.case.means, m, f);
                (m.path().to_string(), f)
            }
            Effect::Purpose(m) => {
                raise(&mut self.case.purpose, m, Fact::Established);
                (m.path().to_string(), Fact::Established)
            }
            Effect::Vulnerable => {
                self.case.person.vulnerable = self.case.person.vulnerable.max(Fact::Established);
                ("person.vulnerable".into(), Fact::Established)
            }
            Effect::ExploitationOccurred => {
                self.case.exploitation_occurred =
                    self.case.exploitation_occurred.max(Fact::Established);
                ("exploitation_occurred".into(), Fact::Established)
            }
            Effect::ProcuredEntry => {
                let f = &mut self.case.movement.facilitator.procured_entry;
                *f = (*f).max(Fact::Suspected);
                (
                    "movement.facilitator.procured_entry".into(),
                    Fact::Suspected,
                )
            }
        };
        Some(MappedTo {
            fact: path,
            value: wire(fact),
        })
    }

    fn codes_field(&mut self, field: &str, value: &Value, table: Table) {
        let Ok(list) = codes(value) else {
            self.unmapped(
                field,
                None,
                "expected a code, a list of codes or codes separated by ';'",
            );
            return;
        };
        if list.is_empty() {
            self.report.no_information.push(field_name(field));
            return;
        }
        let mut to = Vec::new();
        for code in &list {
            match find(table, code) {
                Some([]) => self.unmapped(
                    field,
                    canonical(table, code),
                    "a role with no act or means of its own",
                ),
                Some(effects) => {
                    for e in effects {
                        to.extend(self.apply(*e));
                    }
                }
                None => match UNUSABLE_CODES.iter().find(|(c, _)| norm(c) == norm(code)) {
                    Some((c, reason)) => self.unmapped(field, Some((*c).to_string()), *reason),
                    None => self.unmapped(field, None, "not a code of this HTCDS v2.0 picklist"),
                },
            }
        }
        self.mapped(field, to);
    }

    fn field(&mut self, name: &str, value: &Value, limits: &Limits) {
        let Some(kind) = lookup(name) else {
            // Counted, never named: the name of an unknown field may itself
            // be personal data.
            self.report.unknown_fields += 1;
            return;
        };
        if matches!(kind, Field::NoInformation) {
            self.report.no_information.push(field_name(name));
            return;
        }
        // An id is the caller's own text, whatever it says ("NA" included);
        // only a missing or empty one is no information.
        let empty = match (kind, value) {
            (Field::Id, Value::String(s)) => s.is_empty(),
            _ => is_empty(value),
        };
        if empty && !matches!(kind, Field::NotUsed(_)) {
            self.report.no_information.push(field_name(name));
            return;
        }
        match kind {
            Field::Id => match value {
                Value::String(s) if s.len() <= limits.max_string_bytes => {
                    self.case.id = Some(s.clone())
                }
                Value::Number(n) => self.case.id = Some(n.to_string()),
                _ => self.unmapped(name, None, "expected a string id"),
            },
            Field::AgeWhenTrafficked => match whole(value) {
                Some(age) => self.ages.stated = Some((name.to_string(), age)),
                None => self.unmapped(name, None, "expected a whole number of years from 0 to 130"),
            },
            Field::AgeBroad => match value.as_str().and_then(age_band) {
                Some((min, max)) => self.ages.broad = Some((name.to_string(), min, max)),
                None => self.unmapped(name, None, "not an age band (such as 9--17 or 48+)"),
            },
            Field::Majority(i) => {
                let minor = match value.as_str().map(norm).as_deref() {
                    Some("minor") => Some(true),
                    Some("adult") => Some(false),
                    _ => None,
                };
                match minor {
                    Some(minor) => {
                        if let Some(slot) = self.ages.majority.get_mut(usize::from(i)) {
                            *slot = Some((name.to_string(), minor));
                        }
                    }
                    None => self.unmapped(name, None, "expected Minor or Adult"),
                }
            }
            Field::Codes(table) => self.codes_field(name, value, table),
            Field::Flag(effects) => match flag(value) {
                Ok(Some(true)) => {
                    let mut to = Vec::new();
                    for e in effects {
                        to.extend(self.apply(*e));
                    }
                    self.mapped(name, to);
                }
                Ok(_) => self.report.no_information.push(field_name(name)),
                Err(()) => self.unmapped(name, None, "expected 1, 0, true, false or empty"),
            },
            Field::Conclusion => match value.as_str() {
                Some(s) if STATUSES.iter().any(|c| norm(c) == norm(s)) => {
                    self.report.record_conclusion = STATUSES
                        .iter()
                        .find(|c| norm(c) == norm(s))
                        .map(|c| (*c).to_string());
                }
                _ => self.unmapped(name, None, "not a code of vic_TraffickingStatus"),
            },
            Field::Citizenship => match codes(value) {
                Ok(list) if list.iter().all(|c| country(c).is_some()) => {
                    self.citizenship = Some((
                        name.to_string(),
                        list.iter().filter_map(|c| country(c)).collect(),
                    ))
                }
                _ => self.unmapped(name, None, "expected ISO 3166 country codes"),
            },
            Field::CountryOfExploitation => match value.as_str().and_then(country) {
                Some(c) => self.country = Some((name.to_string(), c)),
                None => self.unmapped(name, None, "expected an ISO 3166 country code"),
            },
            Field::NoInformation => {}
            Field::NotUsed(reason) => {
                if is_empty(value) || matches!(flag(value), Ok(None | Some(false))) {
                    self.report.no_information.push(field_name(name));
                } else {
                    self.unmapped(name, None, reason);
                }
            }
        }
    }

    /// The age at the time of the act, from the best evidence given.
    ///
    /// A stated age decides, unless another age field disagrees with it:
    /// then neither is taken over the other. The age becomes an estimate
    /// from the youngest to the oldest of the two readings (a presumed
    /// child when it straddles 18), the fields are named in a warning, and
    /// the finding waits on the age being verified.
    fn resolve_age(&mut self) {
        let mut ages = std::mem::take(&mut self.ages);
        let mut decided: Option<String> = None;
        if let Some((field, age)) = ages.stated.take() {
            let others = ages.disagreeing(age);
            if others.is_empty() {
                self.case.person.age = Some(age);
                self.mapped(
                    &field,
                    vec![MappedTo {
                        fact: "person.age".into(),
                        value: MappedValue::Number(u64::from(age)),
                    }],
                );
                decided = Some(field);
            } else {
                let mut range = AgeRange { min: age, max: age };
                for (_, reading) in &others {
                    range.min = range.min.min(reading.min);
                    range.max = range.max.max(reading.max);
                }
                self.case.person.age_estimate = Some(range);
                let to = vec![MappedTo {
                    fact: "person.age_estimate".into(),
                    value: MappedValue::Range {
                        min: range.min,
                        max: range.max,
                    },
                }];
                let mut names = vec![field_name(&field)];
                self.mapped(&field, to.clone());
                for (other, _) in &others {
                    self.mapped(other, to.clone());
                    names.push(field_name(other));
                }
                let names = names.join(" and ");
                self.report.warnings.push(format!(
                    "the age fields disagree ({names}): neither is taken over the other; the age is taken as an estimate spanning both, to be verified"
                ));
                decided = Some(names);
            }
        }
        for (i, slot) in ages.majority.into_iter().enumerate() {
            let Some((field, minor)) = slot else { continue };
            if let Some(by) = &decided {
                self.unmapped(&field, None, format!("not needed: the age comes from {by}"));
                continue;
            }
            // An adult at entry is an adult at the act; an adult later (when
            // exploited, or when registered) may have been a child at the act.
            if minor || i == 0 {
                let range = if minor {
                    AgeRange { min: 0, max: 17 }
                } else {
                    AgeRange {
                        min: 18,
                        max: MAX_AGE,
                    }
                };
                self.case.person.age_estimate = Some(range);
                self.mapped(
                    &field,
                    vec![MappedTo {
                        fact: "person.age_estimate".into(),
                        value: MappedValue::Range {
                            min: range.min,
                            max: range.max,
                        },
                    }],
                );
                decided = Some(field);
            } else {
                self.unmapped(
                    &field,
                    None,
                    format!(
                        "an adult at {} may have been a child when recruited: it does not give the age at the time of the act",
                        if i == 1 { "the start of the exploitation" } else { "registration" }
                    ),
                );
            }
        }
        if let Some((field, _, max)) = ages.broad {
            if let Some(by) = &decided {
                self.unmapped(&field, None, format!("not needed: the age comes from {by}"));
            } else if max < crate::law::age::MAJORITY {
                // The age at registration: at the time of the act the person was younger still.
                let range = AgeRange { min: 0, max };
                self.case.person.age_estimate = Some(range);
                self.mapped(
                    &field,
                    vec![MappedTo {
                        fact: "person.age_estimate".into(),
                        value: MappedValue::Range { min: 0, max },
                    }],
                );
            } else {
                self.unmapped(
                    &field,
                    None,
                    "the age band at registration is 18 or over: it does not give the age at the time of the act",
                );
            }
        }
    }

    fn resolve_countries(&mut self) {
        let citizenship = self.citizenship.take();
        let country = self.country.take();
        match (citizenship, country) {
            (Some((cf, cs)), Some((ef, e))) => {
                let to = if cs.contains(&e) {
                    self.case.movement.national_or_resident_of_destination = Fact::Established;
                    vec![MappedTo {
                        fact: "movement.national_or_resident_of_destination".into(),
                        value: MappedValue::Bool(true),
                    }]
                } else {
                    let m = &mut self.case.movement;
                    m.migrated = m.migrated.max(Fact::Suspected);
                    m.crossed_border = m.crossed_border.max(Fact::Suspected);
                    vec![
                        MappedTo {
                            fact: "movement.migrated".into(),
                            value: MappedValue::Text("suspected".into()),
                        },
                        MappedTo {
                            fact: "movement.crossed_border".into(),
                            value: MappedValue::Text("suspected".into()),
                        },
                    ]
                };
                self.mapped(&cf, to.clone());
                self.mapped(&ef, to);
            }
            (Some((f, _)), None) | (None, Some((f, _))) => self.unmapped(
                &f,
                None,
                "used only with both citizenship and CountryOfExploitation",
            ),
            (None, None) => {}
        }
    }
}

fn raise<V: Vocabulary>(set: &mut crate::model::FactSet<V>, member: V, fact: Fact) {
    if fact > set.get(member) {
        set.set(member, fact);
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => blank(s),
        Value::Array(items) => items.iter().all(is_empty),
        _ => false,
    }
}

/// An age in whole years from 0 to 130 (`15` or `15.0`).
fn whole(v: &Value) -> Option<u8> {
    let n = integral(v)?;
    (0..=i64::from(MAX_AGE))
        .contains(&n)
        .then(|| u8::try_from(n).ok())
        .flatten()
}

/// `9--17`, `9-17`, `48+`.
fn age_band(s: &str) -> Option<(u8, u8)> {
    let digits = ascii_digits(s);
    let t = digits.trim();
    if let Some(min) = t.strip_suffix('+') {
        let min: u8 = min.trim().parse().ok()?;
        return (min <= MAX_AGE).then_some((min, MAX_AGE));
    }
    let (a, b) = t.split_once('-')?;
    let min: u8 = a.trim().parse().ok()?;
    let max: u8 = b.trim_start_matches('-').trim().parse().ok()?;
    (min <= max && max <= MAX_AGE).then_some((min, max))
}

/// An ISO 3166-1 alpha-2 or alpha-3 code, one spelling per country: a
/// country's alpha-3 code whichever of its two codes is given (`KH` and
/// `KHM` are both `KHM`: CTDC files write the citizenship in alpha-2 and,
/// in the synthetic datasets, the country of exploitation in alpha-3, so
/// the two must compare equal), looked up in `isocountry`'s table; a code
/// of two or three letters the table does not know (a user-assigned one,
/// such as `XK`) upper-cased as it is; `None` for anything else.
fn country(s: &str) -> Option<String> {
    use isocountry::CountryCode;
    let t = s.trim();
    if !((t.len() == 2 || t.len() == 3) && t.chars().all(|c| c.is_ascii_alphabetic())) {
        return None;
    }
    let known = if t.len() == 2 {
        CountryCode::for_alpha2_caseless(t)
    } else {
        CountryCode::for_alpha3_caseless(t)
    };
    Some(known.map_or_else(|_| t.to_ascii_uppercase(), |c| c.alpha3().to_string()))
}

/// Read one record (field names with values) into a case and a report.
///
/// ```
/// use serde_json::json;
/// let record = json!({
///     "vic_AgeWhenTrafficked": 29,
///     "vic_MethodOfRecruitment": ["ThroughAnOnlineAdvertisement"],
///     "vic_MethodsOfControl": "DebtBondage;WithholdsDocuments",
///     "vic_TypeOfExploitation": ["ForcedLabour"],
///     "prs_Gender": "Feminine",
/// });
/// let (input, report) = palermo::io::htcds::case_from_json(&record).unwrap();
/// assert_eq!(input.case.person.age, Some(29));
/// assert_eq!(report.unmapped[0].field, "prs_Gender");
/// let screened = palermo::io::htcds::screen(input, report);
/// assert_eq!(screened.assessment.verdict, palermo::Verdict::Trafficking);
/// ```
pub fn read_record<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a Value)>,
    source: Source,
    limits: &Limits,
) -> (Input, InputReport) {
    let mut reader = Reader {
        case: Case::new(),
        indicators: Indicators::new(),
        report: InputReport {
            format: Cow::Borrowed("htcds"),
            source: Cow::Borrowed(match source {
                Source::Json => "json",
                Source::Csv => "csv",
            }),
            ..InputReport::default()
        },
        ages: Ages::default(),
        citizenship: None,
        country: None,
    };
    for (name, value) in fields {
        reader.field(name, value, limits);
    }
    reader.resolve_age();
    reader.resolve_countries();
    (
        Input::new(reader.case).with_indicators(reader.indicators),
        reader.report,
    )
}

/// Read an HTCDS record given as a JSON object.
pub fn case_from_json(v: &Value) -> Result<(Input, InputReport), Error> {
    case_from_json_with(v, &Limits::default())
}

fn case_from_json_with(v: &Value, limits: &Limits) -> Result<(Input, InputReport), Error> {
    let Value::Object(map) = v else {
        return Err(Error::BadValue {
            path: "$".into(),
            message: "expected an HTCDS record (a JSON object with HTCDS field names)".into(),
        });
    };
    let map: &Map<String, Value> = map;
    Ok(read_record(
        map.iter().map(|(k, v)| (k.as_str(), v)),
        Source::Json,
        limits,
    ))
}

/// An assessment with the report of how its record was read: the
/// envelope an adapter wraps around the core's output. It serialises as the
/// assessment's fields followed by `input_report`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Screened {
    /// The assessment of the facts read.
    #[serde(flatten)]
    pub assessment: Assessment,
    /// How the record was read into them.
    pub input_report: InputReport,
}

impl Screened {
    /// One line of JSON: the assessment's fields, then `input_report`.
    pub fn to_json(&self) -> String {
        let mut line = super::to_json(&self.assessment);
        let report = serde_json::to_string(&self.input_report).unwrap_or_else(|_| "{}".into());
        if line.ends_with('}') {
            line.pop();
            line.push_str(",\"input_report\":");
            line.push_str(&report);
            line.push('}');
        }
        line
    }
}

/// Screen a record read into `input`, with its report: the assessment, a
/// first reason saying where the facts came from, and the report beside it.
pub fn screen(input: Input, report: InputReport) -> Screened {
    let mut a = crate::words::assess(&input, None);
    a.warnings
        .extend(report.warnings.iter().map(|w| Cow::Owned(w.clone())));
    a.reasons.insert(
        0,
        Reason::written(&HTCDS_RECORD, Topic::Input, report_reason(&report)),
    );
    Screened {
        assessment: a,
        input_report: report,
    }
}

/// The first reason of a screened record: which fields gave which facts,
/// the facts in words (their paths are in the report beside it).
fn report_reason(report: &InputReport) -> String {
    let from: Vec<String> = report
        .mapped
        .iter()
        .map(|m| {
            let facts: Vec<Cow<'_, str>> = m.to.iter().map(|t| fact_in_words(&t.fact)).collect();
            format!("{} → {}", m.field, facts.join(", "))
        })
        .collect();
    let unknown = match report.unknown_fields {
        0 => String::new(),
        1 => ", 1 was not an HTCDS or CTDC field".to_string(),
        n => format!(", {n} were not HTCDS or CTDC fields"),
    };
    format!(
        "Facts read from an HTCDS v2.0 / CTDC record ({}): {}. {} field{} could not be used{} and {} had no information (listed in the input report).",
        report.source,
        if from.is_empty() {
            "none".to_string()
        } else {
            from.join("; ")
        },
        report.unmapped.len(),
        if report.unmapped.len() == 1 { "" } else { "s" },
        unknown,
        report.no_information.len()
    )
}

/// How the record was read, for an explanation
/// ([`crate::words::explain::explain_with`]): each field of the record
/// beside the facts it gave, in words ("vic_MethodsOfControl → debt
/// bondage").
pub fn report_text(report: &InputReport) -> String {
    report_text_as(report, false)
}

/// [`report_text`] with each fact named by its path in contract v1
/// (`act.recruitment`, `indicators.coercion_at_destination.debt_bondage`),
/// for those who also read the JSON (`palermo explain --ids`).
pub fn report_text_with_ids(report: &InputReport) -> String {
    report_text_as(report, true)
}

/// A fact the record gave, in words: its name, or for an ILO/EC indicator
/// its wording on the lists.
fn fact_in_words(path: &str) -> Cow<'_, str> {
    if let Some(field) = crate::model::Field::from_path(path) {
        return crate::words::field(field).text();
    }
    path.strip_prefix("indicators.")
        .and_then(|id| {
            let data = crate::law::ilo::IloData::embedded().ok()?;
            data.lists().iter().find_map(|l| l.entry(id))
        })
        .map_or(Cow::Borrowed(path), |e| Cow::Owned(e.name.clone()))
}

fn report_text_as(report: &InputReport, ids: bool) -> String {
    use crate::words::wrap;
    let mut out = String::new();
    out.push_str(&format!(
        "Read from an HTCDS v2.0 / CTDC record ({}{}):\n",
        report.source,
        report
            .record
            .map(|l| format!(", line {l}"))
            .unwrap_or_default()
    ));
    for m in &report.mapped {
        let to: Vec<Cow<'_, str>> =
            m.to.iter()
                .map(|t| {
                    if ids {
                        Cow::Borrowed(t.fact.as_str())
                    } else {
                        fact_in_words(&t.fact)
                    }
                })
                .collect();
        wrap(
            &mut out,
            "    ",
            // Wordings of indicators have commas of their own.
            &format!("{} → {}", m.field, to.join(if ids { ", " } else { "; " })),
        );
    }
    if let Some(c) = &report.record_conclusion {
        wrap(
            &mut out,
            "  ",
            &format!("The record's own conclusion (not an input): {c}."),
        );
    }
    if !report.unmapped.is_empty() {
        out.push_str("  Not used:\n");
        for u in &report.unmapped {
            let value = u
                .value
                .as_deref()
                .map(|v| format!(" = {v}"))
                .unwrap_or_default();
            wrap(
                &mut out,
                "    ",
                &format!("{}{value}: {}", u.field, u.reason),
            );
        }
    }
    if !report.no_information.is_empty() {
        wrap(
            &mut out,
            "  ",
            &format!("No information in: {}.", report.no_information.join(", ")),
        );
    }
    if report.unknown_fields > 0 {
        wrap(
            &mut out,
            "  ",
            &format!(
                "Not HTCDS or CTDC fields (counted, not named): {}.",
                report.unknown_fields
            ),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_indicator_named_here_is_on_a_list() {
        let data = crate::law::ilo::IloData::embedded().unwrap();
        for table in [CONTROLS, SYNTHETIC_CONTROLS, EXPLOITATION_FLAGS] {
            for (_, effects) in table {
                for e in *effects {
                    if let Effect::Indicator(id) = e {
                        assert!(data.is_known(id), "{id}");
                    }
                }
            }
        }
    }

    #[test]
    fn names_and_codes_match_loosely() {
        assert!(matches!(
            lookup("vic_Methods_of_Control"),
            Some(Field::Codes(_))
        ));
        assert!(matches!(
            lookup("VIC_METHODSOFCONTROL"),
            Some(Field::Codes(_))
        ));
        assert!(matches!(
            lookup("meansOfControlDebtBondage"),
            Some(Field::Flag(_))
        ));
        assert!(matches!(
            lookup("meansOfControlPsychoactiveSubsta"),
            Some(Field::Flag(_))
        ));
        assert!(lookup("vic_MethodsOfControll").is_none());
        assert!(find(CONTROLS, "Debt bondage").is_some());
        assert_eq!(age_band("9--17"), Some((9, 17)));
        assert_eq!(age_band("48+"), Some((48, 130)));
        assert_eq!(age_band("old"), None);
        assert!(blank("-99") && blank("NotSpecified") && blank(" ") && !blank("0"));
        assert!(blank("-99.0") && !blank("-99.5"));
        for (text, n) in [
            ("15", Some(15)),
            ("15.0", Some(15)),
            (" 1e1 ", Some(10)),
            ("1.", Some(1)),
        ] {
            assert_eq!(integral_text(text), n, "{text}");
        }
        for text in ["15.5", "inf", "NaN", "1e300", "", "1 5", "0x1"] {
            assert_eq!(integral_text(text), None, "{text}");
        }
        assert_eq!(whole(&serde_json::json!(15.0)), Some(15));
        assert_eq!(whole(&serde_json::json!(130.0)), Some(130));
        assert_eq!(whole(&serde_json::json!(131.0)), None);
        assert_eq!(whole(&serde_json::json!(-1.0)), None);
        assert_eq!(whole(&serde_json::json!(15.5)), None);
        assert_eq!(flag(&serde_json::json!(1.0)), Ok(Some(true)));
        assert_eq!(flag(&serde_json::json!("0.0")), Ok(Some(false)));
        assert_eq!(flag(&serde_json::json!(-99.0)), Ok(None));
        assert_eq!(flag(&serde_json::json!(0.5)), Err(()));
        assert_eq!(flag(&serde_json::json!("2.0")), Err(()));
    }
}
