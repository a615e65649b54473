//! HTCDS v2.0 records and CTDC rows: every field mapped or reported, edge
//! values (NotSpecified, empty, -99, unknown codes), CSV quoting.

use palermo::io::htcds::{
    case_from_json, case_from_text, screen, screen_csv_str, screen_input, InputReport, Screened,
};
use palermo::io::Limits;
use palermo::model::{Act, Fact, Means, Purpose};
use palermo::{PersonStatus, Verdict};
use serde_json::{json, Value};

fn read(record: Value) -> (palermo::Input, InputReport) {
    case_from_json(&record).expect("a JSON object is a record")
}

fn screened(record: Value) -> Screened {
    let (input, report) = read(record);
    screen(input, report)
}

fn unmapped<'a>(r: &'a InputReport, field: &str) -> Vec<(Option<&'a str>, &'a str)> {
    r.unmapped
        .iter()
        .filter(|u| u.field == field)
        .map(|u| (u.value.as_deref(), u.reason.as_ref()))
        .collect()
}

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn an_htcds_record_becomes_a_case() {
    let a = screened(json!({
        "id": "r1",
        "vic_AgeWhenTrafficked": 24,
        "vic_MethodOfRecruitment": ["ThroughFriendsOrSocialEvents"],
        "vic_MethodsOfControl": ["DebtBondage", "WithholdsDocuments", "PhysicalThreats"],
        "vic_TypeOfExploitation": ["ForcedLabour"],
        "per_RoleInProcess": ["RecruiterOrIntermediary", "Transporter"]
    }));
    assert_eq!(a.assessment.id.as_deref(), Some("r1"));
    assert_eq!(a.assessment.person.status, PersonStatus::Adult);
    assert_eq!(a.assessment.verdict, Verdict::Trafficking);
    assert_eq!(
        a.assessment.trafficking.elements.act.facts,
        [Act::Recruitment, Act::Transportation]
    );
    // The means came through the ILO/EC indicators, and say so.
    let means = &a.assessment.trafficking.elements.means;
    assert_eq!(means.facts, [Means::Coercion]);
    assert!(means
        .indicators
        .contains(&"coercion_at_destination.debt_bondage".to_string()));
    assert_eq!(a.assessment.reasons[0].rule, "htcds.2.0.record");
    // The reason says the facts in words; their paths are in the report.
    assert!(a.assessment.reasons[0]
        .text
        .contains("vic_MethodsOfControl → debt bondage"));
    assert!(report_has(
        &a.input_report,
        "indicators.coercion_at_destination.debt_bondage"
    ));
    let report = &a.input_report;
    assert_eq!(report.format, "htcds");
    assert_eq!(report.source, "json");
    assert!(report.unmapped.is_empty(), "{:?}", report.unmapped);
    assert_eq!(report.mapped.len(), 5);
}

#[test]
fn not_specified_empty_and_unknown_values() {
    let (case, r) = read(json!({
        "prs_FirstName": "Sokha",
        "prs_Gender": "NonSpecifiedUnknown",
        "vic_AgeWhenTrafficked": "",
        "vic_MethodOfRecruitment": "NotSpecified",
        "vic_MethodsOfControl": "Debt bondage; WithholdsDocuments ;ThreatsToNeighbours;Other",
        "vic_TypeOfExploitation": ["ChildLabour", "Surrogacy", "ForcedLabour", ""],
        "vic_TypeOfSexExploitation": [],
        "vic_Methods_Of_Recruitment": ["AtWork"],
        "vic_TraffickingStatus": "ProbablyAVictim",
        "per_RoleInProcess": "Smuggler;Abuser",
        "meansOfControlNotSpecified": "1",
        "isForcedLabour": "yes please",
        "vic_Vulnerabilities": null
    }));
    // No information: not stated, never "false".
    for f in [
        "prs_Gender",
        "vic_AgeWhenTrafficked",
        "vic_MethodOfRecruitment",
        "vic_TypeOfSexExploitation",
        "meansOfControlNotSpecified",
        "vic_Vulnerabilities",
    ] {
        assert!(r.no_information.iter().any(|n| n == f), "{f}");
    }
    assert_eq!(case.case.person.age, None);
    assert_eq!(case.case.act.get(Act::Recruitment), Fact::NotStated);
    // Codes: known ones mapped, label spellings accepted, unknown ones
    // reported without the code (a value is never echoed; a known code is
    // named in its HTCDS spelling).
    assert_eq!(
        case.indicators.get("coercion_at_destination.debt_bondage"),
        Fact::Established
    );
    assert_eq!(
        case.indicators
            .get("coercion_at_destination.confiscation_of_documents"),
        Fact::Established
    );
    assert_eq!(
        unmapped(&r, "vic_MethodsOfControl"),
        [
            (None, "not a code of this HTCDS v2.0 picklist"),
            (
                Some("Other"),
                "\"Other\" does not say which; state it directly"
            ),
        ]
    );
    let exploitation = unmapped(&r, "vic_TypeOfExploitation");
    assert_eq!(exploitation.len(), 2);
    assert!(exploitation[0]
        .1
        .starts_with("child labour is not by itself"));
    assert_eq!(
        case.case.purpose.get(Purpose::ForcedLabour),
        Fact::Established
    );
    // An unknown field is counted, never named; a bad value and a bad
    // status code are reported without the value.
    assert!(unmapped(&r, "vic_Methods_Of_Recruitment").is_empty());
    assert_eq!(r.unknown_fields, 1);
    assert_eq!(
        unmapped(&r, "isForcedLabour"),
        [(None, "expected 1, 0, true, false or empty")]
    );
    assert_eq!(unmapped(&r, "vic_TraffickingStatus")[0].0, None);
    assert_eq!(r.record_conclusion, None);
    // Personal data: not read, never echoed.
    assert_eq!(
        unmapped(&r, "prs_FirstName"),
        [(None, "personal data is not read")]
    );
    let out = screen(case, r).to_json();
    assert!(!out.contains("Sokha"));
    // A smuggler role suggests procured entry; an abuser has no act of its own.
    let a: Value = serde_json::from_str(&out).unwrap();
    let roles = &a["input_report"]["mapped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["field"] == "per_RoleInProcess")
        .unwrap()["to"];
    assert_eq!(
        roles,
        &json!([{"fact": "movement.facilitator.procured_entry", "value": "suspected"}])
    );
}

#[test]
fn names_and_codes_are_matched_loosely() {
    let (case, r) = read(json!({
        "VIC_METHODS_OF_CONTROL": "debt bondage",
        "vic_typeofexploitation": "forced labour",
        "Vic_Age_When_Trafficked": "17"
    }));
    assert!(r.unmapped.is_empty(), "{:?}", r.unmapped);
    assert_eq!(
        case.indicators.get("coercion_at_destination.debt_bondage"),
        Fact::Established
    );
    assert_eq!(
        case.case.purpose.get(Purpose::ForcedLabour),
        Fact::Established
    );
    assert_eq!(case.case.person.age, Some(17));
}

#[test]
fn the_records_own_conclusion_is_not_an_input() {
    let base = json!({
        "vic_AgeWhenTrafficked": 30,
        "vic_MethodOfRecruitment": "AtWork",
        "vic_TypeOfExploitation": "ForcedLabour"
    });
    let mut verdicts = Vec::new();
    for status in [
        "ActualVictimOfTrafficking",
        "NotAVictimOfTrafficking",
        "PossibleVictimOfTrafficking",
    ] {
        let mut record = base.clone();
        record["vic_TraffickingStatus"] = status.into();
        let a = screened(record);
        assert_eq!(a.input_report.record_conclusion.as_deref(), Some(status));
        verdicts.push(a.assessment.verdict);
    }
    assert!(verdicts.iter().all(|v| *v == verdicts[0]));
    // An adult recruited for forced labour, no means on the record: not trafficking.
    assert_eq!(verdicts[0], Verdict::NoFinding);
}

#[test]
fn a_zero_never_rules_a_fact_out() {
    let (case, r) = read(json!({
        "isForcedLabour": 0,
        "isSexualExploit": "1",
        "meansOfControlFalsePromises": "0",
        "meansOfControlDebtBondage": false
    }));
    assert_eq!(
        case.case.purpose.get(Purpose::ForcedLabour),
        Fact::NotStated
    );
    assert_eq!(
        case.case.purpose.get(Purpose::SexualExploitation),
        Fact::Established
    );
    assert_eq!(case.case.means.get(Means::Deception), Fact::NotStated);
    assert!(case.indicators.is_empty());
    assert_eq!(r.no_information.len(), 3);
}

#[test]
fn ages_come_from_the_best_evidence() {
    let status = |record: Value| screened(record).assessment.person.status;
    assert_eq!(
        status(json!({"majorityEntry": "Minor"})),
        PersonStatus::Child
    );
    assert_eq!(
        status(json!({"majorityEntry": "Adult"})),
        PersonStatus::Adult
    );
    // An adult when the exploitation began, or when registered, may have been
    // recruited as a child: the age at the act stays unknown.
    assert_eq!(
        status(json!({"majorityStatusAtExploit": "Adult"})),
        PersonStatus::Unknown
    );
    assert_eq!(
        status(json!({"majorityStatus": "Adult"})),
        PersonStatus::Unknown
    );
    assert_eq!(
        status(json!({"majorityStatus": "Minor"})),
        PersonStatus::Child
    );
    assert_eq!(status(json!({"ageBroad": "9--17"})), PersonStatus::Child);
    assert_eq!(status(json!({"ageBroad": "21--23"})), PersonStatus::Unknown);
    // A stated age wins over fields that agree with it (an adult when
    // registered may have been 16 at the act); they are reported as not
    // needed.
    let (case, r) =
        read(json!({"vic_AgeWhenTrafficked": 16, "majorityStatus": "Adult", "ageBroad": "48+"}));
    assert_eq!(case.case.person.age, Some(16));
    assert!(unmapped(&r, "majorityStatus")[0]
        .1
        .starts_with("not needed"));
    assert!(unmapped(&r, "ageBroad")[0].1.starts_with("not needed"));
    assert!(r.warnings.is_empty());
    let (_, r) = read(json!({"ageBroad": "about twenty"}));
    assert_eq!(
        unmapped(&r, "ageBroad")[0].1,
        "not an age band (such as 9--17 or 48+)"
    );
}

#[test]
fn whole_numbers_written_as_floats_are_read_as_whole_numbers() {
    // Spreadsheet and pandas exports write 15.0 and 1.0.
    let csv = "vic_AgeWhenTrafficked,isSexualExploit,per_RoleInProcess\n\
               15.0,1.0,RecruiterOrIntermediary\n\
               15,1,RecruiterOrIntermediary\n\
               1.5e1,1e0,RecruiterOrIntermediary\n\
               15.5,0.5,RecruiterOrIntermediary\n";
    let (out, summary) = screen_csv_str(csv);
    assert_eq!((summary.screened, summary.invalid), (4, 0));
    let rows = lines(&out);
    for row in &rows[..3] {
        assert_eq!(row["verdict"], "trafficking", "{row}");
        assert_eq!(row["person"]["status"], "child");
        assert_eq!(row["input_report"]["unmapped"], json!([]));
        assert!(row["input_report"]["mapped"]
            .as_array()
            .unwrap()
            .contains(&json!({"field": "vic_AgeWhenTrafficked",
                              "to": [{"fact": "person.age", "value": 15}]})));
    }
    // A fraction stays unusable, and is not echoed.
    assert_eq!(rows[3]["verdict"], "no_finding");
    let not_used = rows[3]["input_report"]["unmapped"].as_array().unwrap();
    let fields: Vec<&str> = not_used
        .iter()
        .map(|u| u["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["vic_AgeWhenTrafficked", "isSexualExploit"]);
    assert!(!rows[3].to_string().contains("15.5"));

    // JSON numbers alike; -99.0 is no information, as -99 is.
    let a = screened(json!({
        "vic_AgeWhenTrafficked": 15.0,
        "isSexualExploit": 1.0,
        "isForcedLabour": -99.0,
        "per_RoleInProcess": "RecruiterOrIntermediary"
    }));
    assert_eq!(a.assessment.verdict, Verdict::Trafficking);
    assert_eq!(a.assessment.person.status, PersonStatus::Child);
    let (case, _) = read(json!({"vic_AgeWhenTrafficked": 1.5e1}));
    assert_eq!(case.case.person.age, Some(15));
    assert!(
        a.input_report.unmapped.is_empty(),
        "{:?}",
        a.input_report.unmapped
    );
    assert_eq!(a.input_report.no_information, ["isForcedLabour"]);
    let (case, r) = read(json!({"vic_AgeWhenTrafficked": 15.5, "isSexualExploit": 2.0}));
    assert_eq!(case.case.person.age, None);
    assert_eq!(
        unmapped(&r, "vic_AgeWhenTrafficked"),
        [(None, "expected a whole number of years from 0 to 130")]
    );
    assert_eq!(
        unmapped(&r, "isSexualExploit"),
        [(None, "expected 1, 0, true, false or empty")]
    );
}

#[test]
fn age_fields_that_disagree_are_never_settled_against_the_child() {
    let csv = "vic_AgeWhenTrafficked;ageBroad;majorityStatusAtExploit;isSexualExploit;recruiterRelationFriend\n\
               30;9--17;;1;1\n\
               30;;Minor;1;1\n\
               15;9--17;;1;1\n";
    let (out, summary) = screen_csv_str(csv);
    assert_eq!((summary.screened, summary.invalid), (3, 0));
    let rows = lines(&out);
    for (row, other, min) in [
        (&rows[0], "ageBroad", 9),
        (&rows[1], "majorityStatusAtExploit", 0),
    ] {
        // A presumed child, the finding provisional, the age asked.
        assert_eq!(row["person"]["status"], "presumed_child", "{row}");
        assert_eq!(row["trafficking"]["status"], "suspected");
        assert_eq!(row["verdict"], "possible_trafficking");
        assert_eq!(row["next_questions"][0]["fact"], "person.age");
        // The warning names the fields, not their values.
        let warning = format!(
            "the age fields disagree (vic_AgeWhenTrafficked and {other}): neither is taken over \
             the other; the age is taken as an estimate spanning both, to be verified"
        );
        assert_eq!(row["warnings"], json!([warning]));
        assert_eq!(row["input_report"]["warnings"], json!([warning]));
        // Both fields give the estimate; neither is "not needed".
        let estimate = json!([{"fact": "person.age_estimate", "value": {"min": min, "max": 30}}]);
        for field in ["vic_AgeWhenTrafficked", other] {
            assert!(
                row["input_report"]["mapped"]
                    .as_array()
                    .unwrap()
                    .contains(&json!({"field": field, "to": estimate})),
                "{field}: {row}"
            );
        }
        assert_eq!(row["input_report"]["unmapped"], json!([]));
    }
    // An age within the band: no disagreement, the stated age decides.
    assert_eq!(rows[2]["person"]["status"], "child");
    assert_eq!(rows[2]["verdict"], "trafficking");
    assert!(rows[2].get("warnings").is_none());
    assert!(rows[2]["input_report"].get("warnings").is_none());

    // JSON alike; an adult at entry and a child's stated age disagree too.
    let (case, r) = read(json!({"vic_AgeWhenTrafficked": 16, "majorityEntry": "Adult"}));
    assert_eq!(case.case.person.age, None);
    assert_eq!(
        case.case.person.age_estimate,
        Some(palermo::model::AgeRange { min: 16, max: 130 })
    );
    assert_eq!(r.warnings.len(), 1);
    assert!(r.warnings[0].contains("(vic_AgeWhenTrafficked and majorityEntry)"));
    // A child when exploited or registered was a child at the act; an adult
    // then may have been a child at the act; a band at registration older
    // than the age at the act is time gone by: none of these disagree.
    for record in [
        json!({"vic_AgeWhenTrafficked": 15, "majorityStatusAtExploit": "Minor"}),
        json!({"vic_AgeWhenTrafficked": 15, "majorityStatus": "Adult"}),
        json!({"vic_AgeWhenTrafficked": 15, "ageBroad": "21--23"}),
        json!({"vic_AgeWhenTrafficked": 30, "majorityEntry": "Adult", "ageBroad": "48+"}),
    ] {
        let (case, r) = read(record.clone());
        assert!(case.case.person.age.is_some(), "{record}");
        assert!(r.warnings.is_empty(), "{record}");
    }
    // Several fields that disagree: one estimate over all of them.
    let (case, r) = read(json!({
        "vic_AgeWhenTrafficked": 40, "majorityEntry": "Minor", "ageBroad": "12--14"
    }));
    assert_eq!(
        case.case.person.age_estimate,
        Some(palermo::model::AgeRange { min: 0, max: 40 })
    );
    assert!(r.warnings[0].contains("(vic_AgeWhenTrafficked and majorityEntry and ageBroad)"));
}

#[test]
fn citizenship_and_country_of_exploitation() {
    let (case, _) = read(json!({"citizenship": "KH", "CountryOfExploitation": "TH"}));
    assert_eq!(case.case.movement.crossed_border, Fact::Suspected);
    assert_eq!(
        case.case.movement.national_or_resident_of_destination,
        Fact::NotStated
    );
    let (case, _) = read(json!({"prs_Citizenship": ["KH", "VN"], "CountryOfExploitation": "vn"}));
    assert_eq!(
        case.case.movement.national_or_resident_of_destination,
        Fact::Established
    );
    assert_eq!(case.case.movement.crossed_border, Fact::NotStated);
    // An alpha-2 and an alpha-3 code of the same country (CTDC writes
    // both): the same country, no crossing; of two countries, a crossing.
    let (case, _) = read(json!({"citizenship": "KH", "CountryOfExploitation": "KHM"}));
    assert_eq!(
        case.case.movement.national_or_resident_of_destination,
        Fact::Established
    );
    assert_eq!(case.case.movement.crossed_border, Fact::NotStated);
    let (case, _) = read(json!({"citizenship": "khm", "CountryOfExploitation": "th"}));
    assert_eq!(case.case.movement.crossed_border, Fact::Suspected);
    let (case, _) = read(json!({"citizenship": "ID", "CountryOfExploitation": "MYS"}));
    assert_eq!(case.case.movement.crossed_border, Fact::Suspected);
    let (_, r) = read(json!({"citizenship": "KH"}));
    assert!(unmapped(&r, "citizenship")[0]
        .1
        .starts_with("used only with both"));
}

const CTDC: &str = "By using this data you agree to the Terms of Use: https://www.ctdatacollaborative.org/terms-use\r\n\
yearOfRegistration;gender;majorityEntry;meansOfControlDebtBondage;meansOfControlWithholdsDocuments;meansOfControlConcatenated;isForcedLabour;recruiterRelationFriend;citizenship;CountryOfExploitation\r\n\
2016;Male;Adult;1;1;\"Debt Bondage;Withholds Documents\";1;1;MM;TH\r\n\
\r\n\
2017;Female;Minor;-99;;\"multi\r\nline; note\";0;;-99;\r\n\
2018;Male;Adult;0;0;;2;0;MM;MM\r\n\
2019;Male; trans;Adult;1;0;;1;0;MM;TH\r\n\
2020;Female;Minor;1\r\n";

#[test]
fn ctdc_rows_from_csv() {
    let (out, summary) = screen_csv_str(CTDC);
    assert_eq!(summary.screened, 4);
    assert_eq!(summary.invalid, 1);
    let rows = lines(&out);
    // Row 1: adult, recruited by a friend, debt bondage and documents taken,
    // forced labour: trafficking.
    assert_eq!(rows[0]["verdict"], "trafficking");
    assert_eq!(rows[0]["input_report"]["source"], "csv");
    assert_eq!(rows[0]["input_report"]["record"], 3);
    assert_eq!(
        rows[0]["trafficking"]["elements"]["means"]["dimensions"],
        json!(["coercion_at_destination"])
    );
    // Row 2 (a quoted field across two lines): a minor with no information.
    assert_eq!(rows[1]["input_report"]["record"], 5);
    assert_eq!(rows[1]["person"]["status"], "child");
    assert_eq!(rows[1]["verdict"], "no_finding");
    // Row 3: an invalid flag is reported.
    let unmapped = rows[2]["input_report"]["unmapped"].as_array().unwrap();
    assert!(unmapped.iter().any(|u| u["field"] == "isForcedLabour"));
    let citizenship = rows[2]["input_report"]["mapped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["field"] == "citizenship")
        .unwrap();
    assert_eq!(
        citizenship["to"][0]["fact"],
        "movement.national_or_resident_of_destination"
    );
    // Row 4: a field more than the header (a comma inside an unquoted
    // gender) would shift every column after it: an error naming the row
    // and its line, and no value.
    assert_eq!(rows[3]["error"]["line"], 8);
    assert_eq!(rows[3]["error"]["path"], "$");
    let message = rows[3]["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with("row 4: the row has 1 field(s) more than the 10 columns"),
        "{message}"
    );
    for value in ["trans", "Male", "TH", "2019"] {
        assert!(!rows[3].to_string().contains(value), "{value} echoed");
    }
    // Row 5: fewer fields than the header; the missing ones read as empty.
    assert_eq!(rows[4]["input_report"]["row"], 5);
    assert_eq!(rows[4]["person"]["status"], "child");
    assert!(rows[4]["input_report"]["no_information"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "isForcedLabour"));
}

#[test]
fn csv_with_commas_tabs_and_a_bom() {
    let csv = "\u{feff}vic_MethodsOfControl,vic_TypeOfExploitation,vic_AgeWhenTrafficked\n\"DebtBondage,WithholdsDocuments\",ForcedLabour,31\n";
    let (out, summary) = screen_csv_str(csv);
    assert_eq!((summary.screened, summary.invalid), (1, 0));
    let row = &lines(&out)[0];
    assert_eq!(row["person"]["status"], "adult");
    assert_eq!(
        row["trafficking"]["elements"]["means"]["status"],
        "established"
    );

    let tsv = "isSexualExploit\tmajorityEntry\n1\tMinor\n";
    let (out, _) = screen_csv_str(tsv);
    assert_eq!(
        lines(&out)[0]["trafficking"]["elements"]["purpose"]["facts"],
        json!(["sexual_exploitation"])
    );
}

#[test]
fn csv_errors_are_records_not_failures() {
    let (out, summary) = screen_csv_str("name,colour\nx,y\n");
    assert_eq!(summary.invalid, 1);
    assert!(lines(&out)[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("header"));
    let (out, summary) = screen_csv_str("isForcedLabour\n1\n\"unclosed\n");
    assert_eq!((summary.screened, summary.invalid), (1, 1));
    assert_eq!(lines(&out)[1]["error"]["line"], 3);
}

fn screen_all(input: &str) -> (Vec<Value>, palermo::io::BatchSummary) {
    let mut out = Vec::new();
    let summary = screen_input(input.as_bytes(), &mut out, &Limits::default()).unwrap();
    (lines(&String::from_utf8(out).unwrap()), summary)
}

#[test]
fn json_input_one_record_an_array_or_ndjson() {
    let (rows, s) = screen_all("{\n  \"vic_TypeOfExploitation\": \"ForcedLabour\"\n}\n");
    assert_eq!((rows.len(), s.screened), (1, 1));
    let (rows, _) = screen_all("[{\"id\": \"a\"}, {\"id\": \"b\"}, 3]");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["id"], "b");
    assert_eq!(rows[2]["error"]["path"], "$[2]");
    let (rows, s) = screen_all("{\"id\": \"a\"}\n\n{\"id\": \nbroken\n{\"id\": \"c\"}\n");
    assert_eq!(rows.len(), 4);
    assert_eq!((s.screened, s.invalid), (2, 2));
    assert_eq!(rows[3]["id"], "c");
    let (rows, _) = screen_all("isForcedLabour;majorityEntry\n1;Minor\n");
    assert_eq!(rows[0]["input_report"]["source"], "csv");
}

#[test]
fn the_examples_screen() {
    for (file, verdict) in [
        ("forced-labour-fishing.json", "trafficking"),
        ("child-prostitution.json", "trafficking"),
        ("edge-values.json", "possible_trafficking"),
    ] {
        let text = std::fs::read_to_string(format!("examples/htcds/{file}")).unwrap();
        let (rows, s) = screen_all(&text);
        assert_eq!(s.invalid, 0, "{file}");
        assert_eq!(rows[0]["verdict"], verdict, "{file}");
    }
    for file in ["ctdc-rows.csv", "ctdc-synthetic.csv"] {
        let text = std::fs::read_to_string(format!("examples/htcds/{file}")).unwrap();
        let (_, s) = screen_all(&text);
        assert_eq!(s.invalid, 0, "{file}");
        assert!(s.screened >= 2, "{file}");
    }
}

/// Contract revision 2: a sale is a payment to a person in control. A
/// record of a person sold or bought establishes
/// `means.payment_to_controller` (the buyer pays whoever controls the
/// person for the transfer); with a forced marriage, that is a servile
/// marriage (1956 Supplementary Convention art. 1(c)(i)).
#[test]
fn a_sale_is_a_payment_to_a_person_in_control() {
    for role in ["SoldIndividual", "BoughtIndividual"] {
        let (input, _) = read(json!({
            "id": "sale",
            "vic_AgeWhenTrafficked": 19,
            "vic_TypeOfExploitation": ["ForcedMarriage"],
            "per_RoleInProcess": [role]
        }));
        assert_eq!(
            input.case.means.get(Means::PaymentToController),
            Fact::Established,
            "{role}"
        );
        let a = screened(json!({
            "id": "sale",
            "vic_AgeWhenTrafficked": 19,
            "vic_TypeOfExploitation": ["ForcedMarriage"],
            "per_RoleInProcess": [role]
        }));
        assert_eq!(a.assessment.verdict, Verdict::Trafficking, "{role}");
        assert_eq!(
            a.assessment.trafficking.elements.purpose.facts,
            [Purpose::ForcedMarriage]
        );
    }
}

/// How a record was read is told in words for an explanation: each field
/// of the record beside the facts it gave by their names (an indicator by
/// its wording); the paths of contract v1 only when asked for.
#[test]
fn how_a_record_was_read_names_facts_in_words() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/htcds/forced-labour-fishing.json"
    ))
    .unwrap();
    let (_, report) = palermo::io::htcds::case_from_text(&text).unwrap();
    let plain = palermo::io::htcds::report_text(&report);
    let ids = palermo::io::htcds::report_text_with_ids(&report);
    assert!(
        plain.contains("vic_MethodOfRecruitment → recruitment"),
        "{plain}"
    );
    assert!(plain.contains("debt bondage"), "{plain}");
    for m in &report.mapped {
        for to in &m.to {
            assert!(!plain.contains(&to.fact), "{} in\n{plain}", to.fact);
            assert!(ids.contains(&to.fact), "{} not in\n{ids}", to.fact);
        }
    }
}

fn report_has(report: &InputReport, path: &str) -> bool {
    report
        .mapped
        .iter()
        .any(|m| m.to.iter().any(|t| t.fact == path))
}

/// A word of `text` that is a fact's path in contract v1 (`act.recruitment`,
/// `indicators.coercion_at_destination.debt_bondage`) or the report's name.
fn a_path_in(text: &str) -> Option<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .map(|word| word.trim_end_matches('.'))
        .find(|word| {
            (word.contains('.') && palermo::model::Field::from_path(word).is_some())
                || word.starts_with("indicators.")
                || *word == "input_report"
        })
}

/// `palermo explain --from htcds` is for people: the record's reason and
/// every other step name the facts in words, never by their paths (which
/// `--ids` adds, and the JSON report carries).
#[test]
fn the_plain_explanation_of_a_record_names_no_fact_path() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/htcds");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok((input, report)) = case_from_text(&text) else {
            continue;
        };
        let screened = screen(input, report);
        let words = palermo::io::htcds::report_text(&screened.input_report);
        let plain = palermo::words::explain::explain_with_in(
            &screened.assessment,
            Some(&words),
            palermo::words::Language::En,
        );
        if let Some(found) = a_path_in(&plain) {
            panic!("{found} in the explanation of {}:\n{plain}", path.display());
        }
        checked += 1;
    }
    assert!(checked >= 4, "{checked}");
}
