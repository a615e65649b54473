//! Writes generated contract v1 cases as NDJSON, for benchmarks and for
//! comparing two builds record by record.
//!
//! `cargo run --release --example generate -- 100000 > cases.ndjson`
//!
//! The records are pseudo-random but the same for the same count and seed
//! (`--seed N`, default 1): every fact of the vocabulary with every value
//! the contract accepts (`true`, `"suspected"`, `false`, `null` and
//! the synonyms), ages and estimates, movement, a profile on some records,
//! ILO/EC indicators on some, ids with escapes and non-ASCII text, blank lines,
//! and about one record in a hundred that is invalid (an unknown field, a
//! value of the wrong kind, a repeated field, a truncated line).
//! `--valid` leaves the invalid records and blank lines out; `--plain`
//! also writes only plain values (`true`, `"suspected"`, `false`, plain
//! ids, no indicators), as a case-management export would.

use std::io::{self, BufWriter, Write};

/// xorshift64*: small, fast and deterministic; no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const ACTS: &[&str] = &[
    "recruitment",
    "transportation",
    "transfer",
    "harbouring",
    "receipt",
    "exchange_or_transfer_of_control",
    "provision",
    "obtaining",
    "patronizing",
    "soliciting",
    "removal_from_custody",
];
const MEANS: &[&str] = &[
    "threat",
    "force",
    "coercion",
    "abduction",
    "fraud",
    "deception",
    "abuse_of_power",
    "abuse_of_vulnerability",
    "payment_to_controller",
    "enticement",
    "abuse_of_legal_process",
];
const PURPOSES: &[&str] = &[
    "prostitution_of_others",
    "sexual_exploitation",
    "forced_labour",
    "forced_services",
    "slavery",
    "practices_similar_to_slavery",
    "servitude",
    "organ_removal",
    "forced_begging",
    "forced_criminality",
    "forced_marriage",
    "illegal_adoption",
    "commercial_sex",
    "debt_bondage",
    "peonage",
    "exploitation_of_surrogacy",
    "production_of_pornography",
    "sexual_aggression",
    "profit_making",
    "child_labour",
    "servile_marriage",
];
const RISKS: &[&str] = &[
    "unlicensed_recruiter",
    "recruitment_fees_or_debt",
    "no_written_contract",
    "no_travel_documents",
    "documents_held_by_others",
    "dangerous_route",
    "no_information_on_destination",
    "labour_rights_violations",
];
const PROFILES: &[&str] = &["palermo", "coe", "eu", "us", "asean", "cambodia"];
const INDICATORS: &[&str] = &[
    "abuse_of_vulnerability_at_destination.dependency_on_exploiters",
    "abuse_of_vulnerability_at_destination.difficulties_in_the_past",
    "abuse_of_vulnerability_at_destination.difficulty_to_live_in_unknown_area",
    "abuse_of_vulnerability_at_destination.economic_reasons",
    "abuse_of_vulnerability_at_destination.family_situation",
    "abuse_of_vulnerability_at_destination.personal_characteristics",
    "abuse_of_vulnerability_at_destination.relationship_with_authorities",
    "coercion_at_destination.confiscation_of_documents",
    "coercion_at_destination.debt_bondage",
    "coercion_at_destination.forced_into_illicit_or_criminal_activities",
    "coercion_at_destination.forced_tasks_or_clients",
    "coercion_at_destination.forced_to_act_against_peers",
    "coercion_at_destination.forced_to_lie_to_authorities_or_family",
    "coercion_at_destination.isolation_confinement_or_surveillance",
    "coercion_at_destination.threat_of_denunciation_to_authorities",
    "coercion_at_destination.threat_to_impose_worse_working_conditions",
    "coercion_at_destination.threat_to_inform_family_community_or_public",
    "coercion_at_destination.threats_of_violence_against_victim",
    "coercion_at_destination.under_strong_influence",
    "coercion_at_destination.violence_on_family",
    "coercion_at_destination.violence_on_victims",
    "coercion_at_destination.withholding_of_wages",
    "coercive_recruitment.abduction_forced_marriage_adoption_or_sale",
    "coercive_recruitment.confiscation_of_documents",
    "coercive_recruitment.debt_bondage",
    "coercive_recruitment.isolation_confinement_or_surveillance",
    "coercive_recruitment.threat_of_denunciation_to_authorities",
    "coercive_recruitment.threat_to_inform_family_community_or_public",
    "coercive_recruitment.threats_of_violence_against_victim",
    "coercive_recruitment.violence_on_family",
    "coercive_recruitment.violence_on_victims",
    "coercive_recruitment.withholding_of_money",
    "deceptive_recruitment.deceived_about_access_to_education",
    "deceptive_recruitment.deceived_about_conditions_of_work",
    "deceptive_recruitment.deceived_about_contract",
    "deceptive_recruitment.deceived_about_family_reunification",
    "deceptive_recruitment.deceived_about_housing_and_living_conditions",
    "deceptive_recruitment.deceived_about_legal_documentation",
    "deceptive_recruitment.deceived_about_nature_of_job",
    "deceptive_recruitment.deceived_about_travel_and_recruitment_conditions",
    "deceptive_recruitment.deceived_about_wages",
    "deceptive_recruitment.deceived_through_promises_of_marriage_or_adoption",
    "exploitative_conditions.bad_living_conditions",
    "exploitative_conditions.excessive_working_days_or_hours",
    "exploitative_conditions.hazardous_work",
    "exploitative_conditions.low_or_no_salary",
    "exploitative_conditions.no_access_to_education",
    "exploitative_conditions.no_respect_of_labour_laws_or_contract",
    "exploitative_conditions.no_social_protection",
    "exploitative_conditions.very_bad_working_conditions",
    "exploitative_conditions.wage_manipulation",
    "recruitment_by_abuse_of_vulnerability.abuse_of_cultural_or_religious_beliefs",
    "recruitment_by_abuse_of_vulnerability.abuse_of_difficult_family_situation",
    "recruitment_by_abuse_of_vulnerability.abuse_of_illegal_status",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_education",
    "recruitment_by_abuse_of_vulnerability.abuse_of_lack_of_information",
    "recruitment_by_abuse_of_vulnerability.control_of_exploiters",
    "recruitment_by_abuse_of_vulnerability.difficulties_in_the_past",
    "recruitment_by_abuse_of_vulnerability.difficulty_to_organize_travel",
    "recruitment_by_abuse_of_vulnerability.economic_reasons",
    "recruitment_by_abuse_of_vulnerability.false_information_about_law",
    "recruitment_by_abuse_of_vulnerability.false_information_about_successful_migration",
    "recruitment_by_abuse_of_vulnerability.family_situation",
    "recruitment_by_abuse_of_vulnerability.general_context",
    "recruitment_by_abuse_of_vulnerability.personal_situation",
    "recruitment_by_abuse_of_vulnerability.psychological_and_emotional_dependency",
    "recruitment_by_abuse_of_vulnerability.relationship_with_authorities",
];
/// Fact values, the common ones more often.
const FACTS: &[&str] = &[
    "true",
    "true",
    "true",
    "false",
    "false",
    "\"suspected\"",
    "\"suspected\"",
    "null",
    "\"yes\"",
    "\"no\"",
    "\"unknown\"",
];
/// Ids as JSON string contents: escapes, non-ASCII text, spaces.
const IDS: &[&str] = &[
    "case",
    "dossier",
    r"\u00e9t\u00e9",
    r"tab\there",
    r#"quote\"d"#,
    "Phnom Penh",
    "\u{1780}\u{17c6}",
    r"line\nbreak",
    r"slash\/",
    r"back\\slash",
];

/// Plain fact values only: no synonyms, no nulls.
const PLAIN_FACTS: &[&str] = &["true", "true", "true", "false", "false", "\"suspected\""];

fn fact(rng: &mut Rng, plain: bool) -> &'static str {
    rng.pick(if plain { PLAIN_FACTS } else { FACTS })
}

fn record(rng: &mut Rng, n: u64, plain: bool) -> String {
    let mut fields: Vec<String> = Vec::new();
    if rng.chance(90) {
        let id = if plain { "case" } else { rng.pick(IDS) };
        fields.push(format!("\"id\":\"{id}-{n}\""));
    }
    let mut person = Vec::new();
    if rng.chance(60) {
        person.push(format!("\"age\":{}", rng.below(70)));
    }
    if rng.chance(25) {
        let min = 10 + rng.below(20);
        person.push(format!(
            "\"age_estimate\":{{\"min\":{min},\"max\":{}}}",
            min + rng.below(8)
        ));
    }
    if rng.chance(25) {
        person.push(format!("\"child_indicators\":{}", fact(rng, plain)));
    }
    if rng.chance(40) {
        person.push(format!("\"vulnerable\":{}", fact(rng, plain)));
    }
    if rng.chance(3) {
        person.push(format!("\"under_guardianship\":{}", fact(rng, plain)));
    }
    if !person.is_empty() {
        fields.push(format!("\"person\":{{{}}}", person.join(",")));
    }
    for (name, members, percent) in [
        ("act", ACTS, 18),
        ("means", MEANS, 12),
        ("purpose", PURPOSES, 8),
        ("risk_factors", RISKS, 15),
    ] {
        let mut present = Vec::new();
        for m in members {
            if rng.chance(percent) {
                present.push(format!("\"{m}\":{}", fact(rng, plain)));
            }
        }
        if !present.is_empty() {
            fields.push(format!("\"{name}\":{{{}}}", present.join(",")));
        }
    }
    for name in [
        "consent",
        "exploitation_occurred",
        "asylum_claim",
        "offences_by_person",
    ] {
        if rng.chance(30) {
            fields.push(format!("\"{name}\":{}", fact(rng, plain)));
        }
    }
    let mut movement = Vec::new();
    for name in [
        "migrated",
        "crossed_border",
        "national_or_resident_of_destination",
        "fraudulent_documents",
        "life_endangered",
        "inhuman_or_degrading_treatment",
        "crossing_planned",
    ] {
        if rng.chance(35) {
            movement.push(format!("\"{name}\":{}", fact(rng, plain)));
        }
    }
    for name in ["entry", "stay"] {
        if rng.chance(40) {
            movement.push(format!(
                "\"{name}\":{}",
                rng.pick(&["\"regular\"", "\"irregular\"", "\"irregular\"", "null"])
            ));
        }
    }
    let mut facilitator = Vec::new();
    for name in [
        "procured_entry",
        "enabled_irregular_stay",
        "material_benefit",
        "humanitarian_or_family",
    ] {
        if rng.chance(35) {
            facilitator.push(format!("\"{name}\":{}", fact(rng, plain)));
        }
    }
    if rng.chance(25) {
        facilitator.push(format!(
            "\"relationship_after_arrival\":{}",
            rng.pick(&["\"ended\"", "\"continued\"", "null"])
        ));
    }
    if !facilitator.is_empty() {
        movement.push(format!("\"facilitator\":{{{}}}", facilitator.join(",")));
    }
    if !movement.is_empty() {
        fields.push(format!("\"movement\":{{{}}}", movement.join(",")));
    }
    if rng.chance(20) {
        fields.push(format!("\"profile\":\"{}\"", rng.pick(PROFILES)));
    }
    if rng.chance(8) && !plain {
        let mut present = Vec::new();
        for m in INDICATORS {
            if rng.chance(6) {
                present.push(format!("\"{m}\":{}", fact(rng, plain)));
            }
        }
        fields.push(format!("\"indicators\":{{{}}}", present.join(",")));
    }
    // Shuffle the top-level fields: order must not matter.
    for i in (1..fields.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        fields.swap(i, j);
    }
    format!("{{{}}}", fields.join(","))
}

/// An invalid record: what goes wrong is chosen at random.
fn damage(rng: &mut Rng, good: String) -> String {
    match rng.below(5) {
        0 => good.replacen('{', "{\"meens\":{\"force\":true},", 1),
        1 => good.replacen('{', "{\"consent\":\"maybe\",", 1),
        2 => good.replacen('{', "{\"asylum_claim\":true,\"asylum_claim\":false,", 1),
        3 => good.replacen('{', "{\"person\":{\"age\":-3},", 1),
        _ => good.get(..good.len() / 2).unwrap_or_default().to_string(),
    }
}

fn main() -> io::Result<()> {
    let mut count = 10_000u64;
    let mut seed = 1u64;
    let mut valid = false;
    let mut plain = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(1),
            "--valid" => valid = true,
            "--plain" => {
                valid = true;
                plain = true;
            }
            n => count = n.parse().unwrap_or(count),
        }
    }
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for n in 0..count {
        let mut line = record(&mut rng, n, plain);
        if !valid {
            if rng.chance(1) {
                line = damage(&mut rng, line);
            }
            if rng.chance(1) {
                writeln!(out)?;
            }
        }
        writeln!(out, "{line}")?;
    }
    out.flush()
}
