//! HTCDS records and CTDC rows as streams (`palermo screen --from htcds`):
//! one output line per record, never a merge or an invented record, every
//! error placed, no value or unknown field name echoed, flat memory; and
//! the exit statuses of the command line. The tests are named after the
//! items of the issue they settle.

use palermo::io::htcds::screen_input;
use palermo::io::Limits;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::process::{Command, Stdio};

fn screen_bytes(input: &[u8], limits: &Limits) -> Vec<Value> {
    let mut out = Vec::new();
    screen_input(input, &mut out, limits).expect("reading memory cannot fail");
    String::from_utf8(out)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn screen(input: &str) -> Vec<Value> {
    screen_bytes(input.as_bytes(), &Limits::default())
}

fn is_error(v: &Value) -> bool {
    v.get("error").is_some()
}

const HEADER: &str = "id,vic_AgeWhenTrafficked,vic_MethodsOfControl,vic_TypeOfExploitation";

fn rows(n: usize, stray: &[usize]) -> String {
    let mut csv = format!("{HEADER}\n");
    for i in 1..=n {
        let control = if stray.contains(&i) {
            "Debt\"Bondage"
        } else {
            "DebtBondage"
        };
        csv.push_str(&format!("r{i},30,{control},ForcedLabour\n"));
    }
    csv
}

// Item 6: quotes, line ends, big fields.

#[test]
fn item6_a_stray_quote_in_an_unquoted_field_is_a_character() {
    let out = screen(&rows(10_000, &[5_001]));
    assert_eq!(out.len(), 10_000);
    assert!(out.iter().all(|v| !is_error(v)));
    for (i, v) in out.iter().enumerate() {
        assert_eq!(v["id"], format!("r{}", i + 1));
        assert_eq!(v["input_report"]["row"], i as u64 + 1);
        assert_eq!(v["input_report"]["record"], i as u64 + 2);
    }
    // The field with the quote is one field of its own row (codes are
    // matched on letters and digits, so it still reads as DebtBondage).
    assert_eq!(out[5_000]["id"], "r5001");
    assert_eq!(
        out[5_000]["input_report"]["mapped"],
        out[4_999]["input_report"]["mapped"]
    );
}

#[test]
fn item6_two_stray_quotes_merge_nothing() {
    let out = screen(&rows(50, &[10, 40]));
    assert_eq!(out.len(), 50);
    let ids: Vec<String> = out.iter().map(|v| v["id"].to_string()).collect();
    let expected: Vec<String> = (1..=50).map(|i| format!("\"r{i}\"")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn item6_a_quote_in_the_header_does_not_lose_the_file() {
    let csv = rows(20, &[]).replacen("vic_MethodsOfControl", "vic_Methods\"OfControl", 1);
    let out = screen(&csv);
    assert_eq!(out.len(), 20);
    assert!(out.iter().all(|v| !is_error(v)));
    assert_eq!(out[19]["id"], "r20");
}

#[test]
fn item6_cr_crlf_lf_and_a_bom_all_read() {
    let lf = rows(30, &[]);
    let verdict = screen(&lf)[0]["verdict"].clone();
    assert!(verdict.is_string());
    for (name, text) in [
        ("LF", lf.clone()),
        ("CRLF", lf.replace('\n', "\r\n")),
        ("CR", lf.replace('\n', "\r")),
        ("BOM", format!("\u{feff}{lf}")),
        ("BOM CR", format!("\u{feff}{}", lf.replace('\n', "\r"))),
    ] {
        let out = screen(&text);
        assert_eq!(out.len(), 30, "{name}");
        for (i, v) in out.iter().enumerate() {
            assert_eq!(v["verdict"], verdict, "{name}");
            assert_eq!(v["id"], format!("r{}", i + 1), "{name}");
            assert_eq!(v["input_report"]["record"], i as u64 + 2, "{name}");
        }
    }
}

#[test]
fn item6_a_quoted_field_over_the_limit_is_one_error_never_invented_records() {
    // Five rows; the third has a quoted field of 1.5 MiB across many lines,
    // each of which looks like a row.
    let big: String = "x,30,DebtBondage,ForcedLabour\n".repeat(55_000);
    let csv = format!(
        "{HEADER}\nr1,30,DebtBondage,ForcedLabour\nr2,30,DebtBondage,ForcedLabour\nr3,30,\"{big}\",ForcedLabour\nr4,30,DebtBondage,ForcedLabour\nr5,30,DebtBondage,ForcedLabour\n"
    );
    assert!(big.len() > 1 << 20);
    let out = screen(&csv);
    assert_eq!(out.len(), 5);
    assert!(is_error(&out[2]));
    assert_eq!(out[2]["error"]["line"], 4);
    assert!(out[2]["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("row 3: the row is"));
    assert_eq!(out[3]["id"], "r4");
    assert_eq!(out[3]["input_report"]["record"], 4 + 55_000 + 1);
    assert_eq!(out[4]["id"], "r5");
}

#[test]
fn item6_a_row_that_cannot_be_read_is_one_error_with_its_row_number() {
    let mut csv = rows(5, &[]).into_bytes();
    // Row 2 is not UTF-8; an unclosed quote runs from row 6 to the end.
    let at = csv.windows(3).position(|w| w == b"r2,").unwrap();
    csv[at + 3] = 0xFF;
    csv.extend_from_slice(b"r6,\"never closed\nr7,30,,\n");
    let out = screen_bytes(&csv, &Limits::default());
    assert_eq!(out.len(), 6);
    assert!(is_error(&out[1]));
    assert_eq!(out[1]["error"]["line"], 3);
    assert!(out[1]["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("row 2: column 2 is not valid UTF-8"));
    assert!([0, 2, 3, 4].iter().all(|&i| !is_error(&out[i])));
    assert_eq!(out[5]["error"]["line"], 7);
    assert!(out[5]["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("row 6: a quoted field is not closed"));
}

#[test]
fn a_quote_closed_on_a_later_row_is_an_error_record_not_a_silent_merge() {
    // The quote opened on line 2 closes on line 3, before `Threats`: the
    // Female row is inside row 1, which must be an error, not a reading.
    let csv = "gender,isForcedLabour,meansOfControlConcatenated\n\
               Male,1,\"Debt bondage\nFemale,0,\"Threats\"\nMale,1,x\n";
    let out = screen(csv);
    assert_eq!(out.len(), 2);
    assert!(is_error(&out[0]));
    assert_eq!(out[0]["error"]["line"], 2);
    let message = out[0]["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "row 1: the quoted field in column 3 has text after its closing quote, on line 3"
        ),
        "{message}"
    );
    for value in ["Debt", "Threats", "Female"] {
        assert!(!out[0].to_string().contains(value), "{value} echoed");
    }
    assert!(!is_error(&out[1]));
    assert_eq!(out[1]["input_report"]["record"], 4);
    let file = scratch("late-quote.csv", csv);
    assert_eq!(
        status(palermo().args(["screen", "--from", "htcds"]).arg(&file)),
        2
    );
}

#[test]
fn item6_every_data_row_gets_a_line_even_a_blank_one() {
    let out = screen(&format!(
        "{HEADER}\n,,,\nr2,30,DebtBondage,ForcedLabour\n  \n"
    ));
    assert_eq!(out.len(), 3);
    assert_eq!(out[0]["verdict"], "no_finding");
    assert_eq!(out[1]["id"], "r2");
    assert!(out.iter().all(|v| !is_error(v)));
}

// Item 7: duplicate fields.

#[test]
fn item7_duplicate_csv_columns_are_an_error_naming_the_field() {
    for header in [
        "id,vic_MethodsOfControl,vic_MethodsOfControl",
        "id,vic_MethodsOfControl,VIC_METHODSOFCONTROL",
        "id,vic_MethodsOfControl,vic_Methods_of_Control",
    ] {
        let out = screen(&format!("{header}\na,DebtBondage,Secret Value\nb,,\n"));
        assert_eq!(out.len(), 2, "{header}");
        for (i, v) in out.iter().enumerate() {
            assert!(is_error(v), "{header}");
            let second = header.rsplit(',').next().unwrap();
            assert_eq!(v["error"]["path"], format!("$.{second}"));
            let message = v["error"]["message"].as_str().unwrap();
            assert!(
                message.starts_with(&format!(
                    "row {}: duplicate column (columns 2 and 3)",
                    i + 1
                )),
                "{message}"
            );
            assert!(!v.to_string().contains("Secret"));
        }
    }
    // An unknown name given twice is an error too, and is not named.
    let out = screen("id,Passport No,passport no\na,X123,X123\n");
    assert_eq!(out[0]["error"]["path"], "$");
    assert!(!out[0].to_string().to_lowercase().contains("passport"));
}

#[test]
fn item7_duplicate_json_keys_are_an_error_naming_the_field() {
    for record in [
        r#"{"id":"a","vic_TypeOfExploitation":"ForcedLabour","vic_TypeOfExploitation":"Secret"}"#,
        r#"{"id":"a","vic_TypeOfExploitation":"ForcedLabour","Vic_TypeOfExploitation":"Secret"}"#,
        r#"{"id":"a","vic_TypeOfExploitation":"ForcedLabour","VIC_TYPE_OF_EXPLOITATION":"Secret"}"#,
    ] {
        let out = screen(&format!("{record}\n{{\"id\":\"b\"}}\n"));
        assert_eq!(out.len(), 2);
        assert!(is_error(&out[0]));
        let path = out[0]["error"]["path"].as_str().unwrap();
        assert!(
            path.to_ascii_lowercase().replace('_', "") == "$.victypeofexploitation",
            "{path}"
        );
        assert!(out[0]["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("duplicate field"));
        assert!(!out[0].to_string().contains("Secret"));
        assert_eq!(out[1]["id"], "b");
    }
    // In an array, the element is named.
    let out = screen(r#"[{"id":"a"},{"isForcedLabour":1,"isforcedlabour":0}]"#);
    assert_eq!(out[1]["error"]["path"], "$[1].isforcedlabour");
}

#[test]
fn error_records_carry_the_case_id_when_it_could_be_read() {
    // JSON: a duplicate field, as contract mode keeps the id of a record
    // that is JSON but not a valid case.
    let out = screen(
        "{\"id\":\"h2\",\"vic_MethodsOfControl\":[],\"vic_methodsofcontrol\":[]}\n\
         {\"ID\":\"h3\",\"isForcedLabour\":1,\"isforcedlabour\":0}\n\
         {\"id\":\"h4\",\"Id\":\"h5\"}\n\
         {\"id\":\"h6\",\"isForcedLabour\":1,\n\
         {\"id\":7,\"isForcedLabour\":1,\"isForcedLabour\":1}\n",
    );
    assert_eq!(out.len(), 5);
    assert!(out.iter().all(is_error));
    assert_eq!(out[0]["id"], "h2");
    assert_eq!(out[1]["id"], "h3");
    // The id given twice, a syntax error, and an id that is not a string:
    // no id.
    for v in &out[2..] {
        assert!(v.get("id").is_none(), "{v}");
    }
    // The same in an array.
    let out = screen(r#"[{"id":"a1","hte_Type":[],"HTE_TYPE":[]}]"#);
    assert_eq!(out[0]["id"], "a1");
    assert_eq!(out[0]["error"]["path"], "$[0].HTE_TYPE");

    // CSV: every row of a file with a duplicate column, and a row with a
    // cell that is not UTF-8 in another column, keep their id.
    let out = screen("Id,isForcedLabour,IsForcedLabour\nr1,1,0\n,1,0\n");
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["id"], "r1");
    assert!(is_error(&out[1]) && out[1].get("id").is_none());
    let out = screen_bytes(
        b"id,isForcedLabour,gender\nr1,1,\xFF\n\xFF,1,x\nr3,1,x,extra\nr4,\"1\"x,y\n",
        &Limits::default(),
    );
    assert_eq!(out.len(), 4);
    assert!(out.iter().all(is_error));
    assert_eq!(out[0]["id"], "r1");
    // The id cell itself is not UTF-8; the row has more fields than the
    // header (its cells may be under the wrong columns); a quote closed
    // before text (the row may hold others): no id.
    for v in &out[1..] {
        assert!(v.get("id").is_none(), "{v}");
    }
    // An id over the string limit is not echoed.
    let long = "x".repeat(5000);
    let out = screen(&format!("id,a,A\n{long},1,1\n"));
    assert!(out[0].get("id").is_none());
}

// Item 8: a bad first record does not lose the stream.

#[test]
fn item8_a_bad_first_ndjson_record_does_not_lose_the_stream() {
    let good: Vec<String> = (2..=10)
        .map(|i| json!({"id": format!("r{i}"), "isForcedLabour": 1}).to_string())
        .collect();
    let stream = format!(
        "{{\"id\":\"r1\",\"isForcedLabour\":1,}}\n{}\n",
        good.join("\n")
    );
    let out = screen(&stream);
    assert_eq!(out.len(), 10);
    assert!(is_error(&out[0]));
    assert_eq!(out[0]["error"]["line"], 1);
    assert!(out[1..].iter().all(|v| !is_error(v)));
    assert_eq!(out[9]["id"], "r10");
}

#[test]
fn item8_an_over_size_first_line_does_not_lose_the_stream() {
    let limits = Limits::default().with_max_record_bytes(200);
    let first = json!({"id": "r1", "cco_CaseComment": "x".repeat(500)}).to_string();
    let mut stream = first;
    for i in 2..=10 {
        stream.push('\n');
        stream.push_str(&json!({"id": format!("r{i}")}).to_string());
    }
    let out = screen_bytes(stream.as_bytes(), &limits);
    assert_eq!(out.len(), 10);
    assert!(is_error(&out[0]));
    assert!(out[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("over the limit"));
    assert_eq!(out[9]["id"], "r10");
}

// Item 9: the input report never echoes values or unknown names.

#[test]
fn item9_the_input_report_carries_no_value_and_no_unknown_field_name() {
    let secrets = [
        "Sokha Chan",
        "12 Rue Secrète",
        "+855 12 345 678",
        "N0123456",
        "Free text about the case",
        "Home Address",
        "passport_number",
    ];
    let record = json!({
        "id": "c1",
        "prs_FirstName": secrets[0],
        "prs_MailingStreet": secrets[1],
        "prs_MobilePhone": secrets[2],
        "vic_MethodsOfControl": "DebtBondage;Sokha Chan",
        "vic_TypeOfExploitation": ["ForcedLabour", secrets[4]],
        "vic_TraffickingStatus": secrets[0],
        "ageBroad": secrets[0],
        "majorityEntry": secrets[0],
        "Home Address": secrets[1],
        "passport_number": secrets[3],
        "cco_CaseComment": secrets[4],
    });
    let out = screen(&record.to_string());
    let csv = format!(
        "id,prs_FirstName,Home Address,passport_number,vic_MethodsOfControl\nc2,{},{},{},DebtBondage;{}\n",
        secrets[0], secrets[1], secrets[3], secrets[0]
    );
    let out_csv = screen(&csv);
    for v in out.iter().chain(&out_csv) {
        let text = v.to_string();
        for s in secrets {
            assert!(!text.contains(s), "{s} in {text}");
        }
        assert_eq!(v["input_report"]["unknown_fields"], 2);
        for u in v["input_report"]["unmapped"].as_array().unwrap() {
            let value = u.get("value").and_then(Value::as_str);
            // Only a code palermo knows, in its HTCDS spelling.
            assert!(value.is_none_or(|c| ["Other", "ChildLabour", "Surrogacy"].contains(&c)));
        }
    }
}

// Item 10: flat memory, positions.

#[test]
fn item10_an_array_streams_past_any_multiple_of_the_record_limit() {
    // The old reader held an array whole, up to 64 records' limit.
    let limits = Limits::default().with_max_record_bytes(256);
    let n = 2_000;
    let items: Vec<String> = (0..n)
        .map(|i| {
            json!({"id": format!("r{i}"), "isForcedLabour": 1, "ageBroad": "18--20"}).to_string()
        })
        .collect();
    let array = format!("[\n  {}\n]\n", items.join(",\n  "));
    assert!(array.len() > 64 * 256 * 4);
    let out = screen_bytes(array.as_bytes(), &limits);
    assert_eq!(out.len(), n);
    assert!(out.iter().all(|v| !is_error(v)));
    assert_eq!(out[n - 1]["id"], format!("r{}", n - 1));
}

#[test]
fn item10_every_error_in_an_array_names_its_line_and_element() {
    let array = "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\",},\n  3,\n  ,\n  {\"id\": \"e\", \"isForcedLabour\": \"maybe\"}\n]\n";
    let out = screen(array);
    assert_eq!(out.len(), 5);
    assert_eq!(out[0]["id"], "a");
    let at = |i: usize| {
        (
            out[i]["error"]["line"].as_u64().unwrap(),
            out[i]["error"]["path"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(at(1), (3, "$[1]".into()));
    assert_eq!(at(2), (4, "$[2]".into()));
    assert_eq!(at(3).1, "$[3]");
    assert_eq!(out[4]["verdict"], "no_finding");
    // An array cut short says so, with the position where it ends.
    let out = screen("[{\"id\": \"a\"}, {\"id\": \"b\"");
    assert_eq!(out.len(), 2);
    assert_eq!(out[1]["error"]["path"], "$[1]");
}

// Property: for any bytes, records out equal records in, as counted by an
// independent reader.

fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(vec![b'"', b',', b'\r', b'\n', b'a', b'1', b' ', b';']),
            1 => any::<u8>(),
        ],
        0..400,
    )
}

fn record() -> impl Strategy<Value = Value> {
    (
        "[a-z0-9]{1,6}",
        prop::option::of(0u8..90),
        prop::sample::subsequence(vec!["DebtBondage", "FalsePromises", "x y", "\"q\""], 0..3),
        prop::bool::ANY,
    )
        .prop_map(|(id, age, controls, nested)| {
            let mut v = json!({"id": id, "vic_MethodsOfControl": controls});
            if let Some(age) = age {
                v["vic_AgeWhenTrafficked"] = json!(age);
            }
            if nested {
                v["notes"] = json!({"a": [1, {"b": "}],[{"}], "c": null});
            }
            v
        })
}

/// Text that is one broken record, whatever surrounds it.
fn damaged() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        r#"{"id": "x",}"#.to_string(),
        r#"{"id" "x"}"#.to_string(),
        r#"{"id": tru}"#.to_string(),
        r#"{"a": 1, "A": 2}"#.to_string(),
        "17".to_string(),
        r#""text""#.to_string(),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn csv_records_out_equal_records_in(body in csv_bytes(), crlf in any::<bool>()) {
        let mut input = format!("{HEADER}{}", if crlf { "\r\n" } else { "\n" }).into_bytes();
        input.extend_from_slice(&body);
        let expected = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(input.as_slice())
            .byte_records()
            .count();
        let out = screen_bytes(&input, &Limits::default());
        prop_assert_eq!(out.len(), expected);
        // With a small limit too: errors, never more or fewer lines.
        let out = screen_bytes(&input, &Limits::default().with_max_record_bytes(8));
        prop_assert_eq!(out.len(), expected);
    }

    #[test]
    fn json_records_out_equal_records_in(
        records in prop::collection::vec(record(), 0..12),
        shape in 0u8..4,
    ) {
        let text = match shape {
            0 => records.iter().map(Value::to_string).collect::<Vec<_>>().join("\n"),
            1 => serde_json::to_string(&records).unwrap(),
            2 => serde_json::to_string_pretty(&records).unwrap(),
            _ => records.iter().map(|r| serde_json::to_string_pretty(r).unwrap()).collect::<Vec<_>>().join("\n"),
        };
        let expected = if matches!(shape, 1 | 2) {
            serde_json::from_str::<Vec<Value>>(&text).unwrap().len()
        } else {
            serde_json::Deserializer::from_str(&text).into_iter::<Value>().count()
        };
        let out = screen(&text);
        prop_assert_eq!(out.len(), expected);
        for (v, r) in out.iter().zip(&records) {
            prop_assert_eq!(&v["id"], &r["id"]);
        }
    }

    #[test]
    fn damaged_json_records_cost_one_line_each(
        units in prop::collection::vec(prop_oneof![3 => record().prop_map(|r| (r.to_string(), true)), 1 => damaged().prop_map(|d| (d, false))], 1..12),
        array in any::<bool>(),
    ) {
        // The first record of NDJSON must be whole for the stream to be
        // told from single documents; in an array any element may be broken.
        let mut units = units;
        if !array {
            units.insert(0, (json!({"id": "first"}).to_string(), true));
        }
        let text = if array {
            format!("[\n  {}\n]\n", units.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(",\n  "))
        } else {
            units.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join("\n")
        };
        let out = screen(&text);
        prop_assert_eq!(out.len(), units.len());
        for (v, (_, good)) in out.iter().zip(&units) {
            prop_assert_eq!(!is_error(v), *good, "{}", v);
        }
    }
}

// Item 11: exit statuses, on both paths.

fn palermo() -> Command {
    Command::new(env!("CARGO_BIN_EXE_palermo"))
}

fn scratch(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn big_ndjson(name: &str, htcds: bool) -> std::path::PathBuf {
    let mut text = String::new();
    for i in 0..20_000 {
        let line = if htcds {
            json!({"id": format!("r{i}"), "isForcedLabour": 1})
        } else {
            json!({"id": format!("r{i}"), "person": {"age": 30}})
        };
        text.push_str(&line.to_string());
        text.push('\n');
    }
    scratch(name, &text)
}

fn status(cmd: &mut Command) -> i32 {
    cmd.stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .code()
        .unwrap()
}

#[test]
fn item11_exit_0_when_every_record_was_screened() {
    let contract = scratch("ok.ndjson", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    let htcds = scratch("ok.csv", "id,isForcedLabour\na,1\n");
    assert_eq!(status(palermo().arg("screen").arg(&contract)), 0);
    assert_eq!(
        status(palermo().args(["screen", "--from", "htcds"]).arg(&htcds)),
        0
    );
}

#[test]
fn item11_exit_2_when_some_records_were_invalid() {
    let contract = scratch("bad.ndjson", "{\"id\":\"a\"}\n{\"meens\":{}}\n");
    let htcds = scratch("bad.csv", "id,isForcedLabour,ISFORCEDLABOUR\na,1,0\n");
    assert_eq!(status(palermo().arg("screen").arg(&contract)), 2);
    assert_eq!(
        status(palermo().args(["screen", "--from", "htcds"]).arg(&htcds)),
        2
    );
}

#[test]
fn a_file_that_cannot_be_read_is_named_in_the_error() {
    let missing = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-case.json");
    let shown = missing.display().to_string();
    for args in [
        &["screen"][..],
        &["screen", "--from", "htcds"],
        &["explain"],
        &["compare"],
        &["interview", "--from-case"],
    ] {
        let out = palermo()
            .args(args)
            .arg(&missing)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with(&format!("palermo: {shown}: ")),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn item11_exit_1_on_an_io_failure() {
    let missing = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-file.ndjson");
    assert_eq!(status(palermo().arg("screen").arg(&missing)), 1);
    for (from, htcds) in [("contract", false), ("htcds", true)] {
        let file = big_ndjson(&format!("big-{from}.ndjson"), htcds);
        // A pipe closed by the reader: `palermo screen big.ndjson | head -1`.
        let mut child = palermo()
            .args(["screen", "--from", from])
            .arg(&file)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut first = [0u8; 64];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        assert_eq!(child.wait().unwrap().code(), Some(1), "{from}: closed pipe");
        // A full device.
        if std::path::Path::new("/dev/full").exists() {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let code = palermo()
                .args(["screen", "--from", from])
                .arg(&file)
                .stdout(full)
                .stderr(Stdio::null())
                .status()
                .unwrap()
                .code();
            assert_eq!(code, Some(1), "{from}: /dev/full");
        }
        // A standard output that is closed, or open for reading only.
        if cfg!(target_os = "linux") {
            for redirect in [">&-", "1</dev/null"] {
                let code = Command::new("sh")
                    .arg("-c")
                    .arg(format!(
                        "exec \"$0\" screen --from {from} \"$1\" {redirect}"
                    ))
                    .arg(env!("CARGO_BIN_EXE_palermo"))
                    .arg(&file)
                    .stderr(Stdio::null())
                    .status()
                    .unwrap()
                    .code();
                assert_eq!(code, Some(1), "{from}: stdout {redirect}");
            }
        }
    }
}

#[test]
fn item11_exit_64_on_a_usage_error() {
    let contract = scratch("usage.ndjson", "{\"id\":\"a\"}\n");
    assert_eq!(
        status(
            palermo()
                .args(["screen", "--profile", "atlantis"])
                .arg(&contract)
        ),
        64
    );
    assert_eq!(status(palermo().args(["screen", "--no-such-flag"])), 64);
    assert_eq!(status(palermo().args(["no-such-command"])), 64);
    assert_eq!(status(palermo().args(["screen", "--from", "xml"])), 64);
    assert_eq!(status(&mut palermo()), 64);
    // Help and version are not errors.
    assert_eq!(status(palermo().arg("--help")), 0);
    assert_eq!(status(palermo().arg("--version")), 0);
    let help = palermo().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("64  a usage error"));
    let _ = std::io::stdout().flush();
}

/// `explain --from htcds` takes one record: given several, it says so and
/// points to `screen`, as `explain` does for cases.
#[test]
fn explain_from_htcds_given_several_records_says_it_takes_one() {
    let several = scratch("several.ndjson", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    let out = palermo()
        .args(["explain", "--from", "htcds"])
        .arg(&several)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("takes one case"), "{said}");
    assert!(said.contains("palermo screen"), "{said}");
}

// Review 6: field names and values in other scripts.

/// Text of a name and a phone number in Khmer script, as a column name or
/// a key could carry it.
const KHMER_NAME: &str = "សុខ ដារា ០១២៣៤៥៦៧៨";

#[test]
fn a_field_name_with_other_text_is_unknown_and_never_echoed() {
    let json = format!(
        "{{\"id\":\"h1\",\"isForcedLabour {KHMER_NAME}\":1,\"recruiterRelationFriend (ម៉ៅ)\":1}}\n"
    );
    let csv = format!("id,isForcedLabour {KHMER_NAME},gender – ដារា\nk1,1,Female\n");
    for input in [json, csv] {
        let out = screen(&input);
        assert_eq!(out.len(), 1);
        let v = &out[0];
        assert!(!is_error(v), "{v}");
        let text = v.to_string();
        assert!(
            !text.contains("សុខ") && !text.contains("ម៉ៅ") && !text.contains("ដារា"),
            "{text}"
        );
        // Neither name is a field: no purpose is read from it.
        assert_eq!(v["input_report"]["unknown_fields"], 2, "{v}");
        assert_eq!(
            v["trafficking"]["elements"]["purpose"]["status"],
            "not_established"
        );
    }
    // An ASCII name with punctuation is not a field either.
    let v = &screen("{\"id\":\"h2\",\"isForcedLabour!\":1}\n")[0];
    assert_eq!(v["input_report"]["unknown_fields"], 1);
    // The documented spellings still are.
    let v = &screen("{\"id\":\"h3\",\"is_Forced Labour\":1}\n")[0];
    assert_eq!(v["input_report"]["mapped"][0]["field"], "is_Forced Labour");
}

#[test]
fn a_column_repeated_with_other_text_is_no_duplicate_and_is_not_echoed() {
    for input in [
        format!("id,isForcedLabour,isForcedLabour {KHMER_NAME}\nk1,1,1\n"),
        format!("{{\"id\":\"d1\",\"isForcedLabour\":1,\"is_forced_labour {KHMER_NAME}\":1}}\n"),
    ] {
        let out = screen(&input);
        assert_eq!(out.len(), 1);
        assert!(!out[0].to_string().contains("សុខ"), "{}", out[0]);
        assert_eq!(out[0]["input_report"]["unknown_fields"], 1);
    }
    // The same unknown name twice is still a duplicate, and not named.
    let out = screen(&format!("id,{KHMER_NAME},{KHMER_NAME}\nk1,1,1\n"));
    assert!(is_error(&out[0]));
    assert_eq!(out[0]["error"]["path"], "$");
    assert!(!out[0].to_string().contains("សុខ"));
}

#[test]
fn a_name_after_a_known_prefix_is_unknown_unless_it_is_a_sector() {
    let v = &screen(
        "{\"id\":\"s1\",\"typeOfLabourSokDara012345678\":1,\"sectorOfLabourConstruction\":1}\n",
    )[0];
    assert_eq!(v["input_report"]["unknown_fields"], 1);
    assert!(!v.to_string().contains("SokDara"));
    assert_eq!(
        v["input_report"]["unmapped"][0]["field"],
        "sectorOfLabourConstruction"
    );
}

#[test]
fn an_age_in_khmer_thai_or_full_width_digits_is_read() {
    for age in ["១៥", "๑๕", "１５", "١٥", "၁၅", "15"] {
        let record = json!({
            "id": "k1",
            "vic_AgeWhenTrafficked": age,
            "per_RoleInProcess": "RecruiterOrIntermediary",
            "vic_TypeOfExploitation": "ForcedLabour",
        });
        let v = &screen(&format!("{record}\n"))[0];
        assert_eq!(v["person"]["status"], "child", "{age}");
        assert_eq!(v["verdict"], "trafficking", "{age}");
        let age_field = v["input_report"]["mapped"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["field"] == "vic_AgeWhenTrafficked")
            .expect("the age is mapped");
        assert_eq!(age_field["to"][0]["value"], 15, "{age}");
    }
    let v = &screen("{\"id\":\"k2\",\"ageBroad\":\"៩--១៧\",\"isForcedLabour\":\"១\"}\n")[0];
    assert_eq!(v["person"]["basis"], "age estimated at 17 or under", "{v}");
    assert_eq!(
        v["input_report"]["mapped"].as_array().unwrap().len(),
        2,
        "{v}"
    );
}

#[test]
fn a_value_in_another_script_that_cannot_be_read_is_unmapped_not_empty() {
    for (field, value) in [
        ("vic_AgeWhenTrafficked", "ដប់ប្រាំ"),
        ("vic_TypeOfExploitation", "ការងារដោយបង្ខំ"),
        ("isForcedLabour", "បាទ"),
        ("majorityStatus", "អនីតិជន"),
    ] {
        let record = json!({"id": "u1", field: value});
        let v = &screen(&format!("{record}\n"))[0];
        let report = &v["input_report"];
        assert!(report.get("no_information").is_none(), "{field}: {v}");
        assert_eq!(report["unmapped"][0]["field"], field, "{v}");
        assert!(report["unmapped"][0].get("value").is_none(), "{v}");
        assert!(!v.to_string().contains(value), "{v}");
    }
}

#[test]
fn a_csv_without_a_known_header_gives_every_data_row_a_line_with_its_number() {
    for n in [1usize, 2, 3, 4, 6, 9] {
        let mut csv = String::from("caseref,name,phone\n");
        for i in 1..=n {
            csv.push_str(&format!("c{i},Sok Dara,012345678\n"));
        }
        let out = screen(&csv);
        assert_eq!(out.len(), n, "{n} rows");
        for (i, v) in out.iter().enumerate() {
            assert!(is_error(v));
            assert_eq!(v["error"]["line"], i as u64 + 2, "{n} rows: {v}");
            let message = v["error"]["message"].as_str().unwrap();
            assert!(
                message.starts_with(&format!("row {}: ", i + 1)),
                "{message}"
            );
            assert!(!v.to_string().contains("Sok"));
        }
    }
    // A header alone still says that no header was found.
    let out = screen("caseref,name,phone\n");
    assert_eq!(out.len(), 1);
    assert!(is_error(&out[0]));
}

#[test]
fn a_key_repeated_inside_a_field_is_an_error_at_any_depth() {
    let out = screen(concat!(
        "{\"id\":\"g1\",\"extra\":{\"a\":1,\"a\":2},\"isForcedLabour\":1}\n",
        "{\"id\":\"g2\",\"vic_MethodsOfControl\":[{\"x\":{\"Sok\":1,\"Sok\":2}}]}\n",
        "{\"id\":\"g3\",\"extra\":{\"a\":1,\"b\":{\"a\":2}}}\n",
    ));
    assert_eq!(out.len(), 3);
    assert!(is_error(&out[0]), "{}", out[0]);
    assert_eq!(out[0]["id"], "g1");
    assert_eq!(out[0]["error"]["path"], "$");
    assert!(is_error(&out[1]), "{}", out[1]);
    assert_eq!(out[1]["error"]["path"], "$.vic_MethodsOfControl");
    assert!(!out[1].to_string().contains("Sok"));
    // The same key in two different objects is no duplicate.
    assert!(!is_error(&out[2]), "{}", out[2]);
}

/// A record that says only "adult" or "minor" is read as an estimate open
/// at one end (18 to the oldest age a record holds; 0 to 17). The words say
/// it as people do ("18 or over", "17 or under"), never "18 to 130"; a
/// closed estimate keeps its two ends.
#[test]
fn an_estimate_open_at_one_end_is_said_as_open() {
    let csv = "majorityEntry;isForcedLabour\nAdult;1\nMinor;1\n";
    let out = screen(csv);
    assert_eq!(
        out[0]["person"]["basis"], "age estimated at 18 or over",
        "{}",
        out[0]
    );
    assert_eq!(
        out[1]["person"]["basis"], "age estimated at 17 or under",
        "{}",
        out[1]
    );
    assert_eq!(
        out[0]["reasons"][1]["text"],
        "The person's age is estimated at 18 or over: an adult."
    );
    assert_eq!(
        out[1]["reasons"][1]["text"],
        "The person's age is estimated at 17 or under: a child."
    );
    for v in &out {
        for reason in v["reasons"].as_array().unwrap() {
            let text = reason["text"].as_str().unwrap();
            assert!(!text.contains("130") && !text.contains(" 0 to "), "{text}");
        }
    }
    let mut case = palermo::Case::new();
    case.person.age_estimate = Some(palermo::model::AgeRange { min: 16, max: 19 });
    let a = palermo::evaluate(&case);
    assert_eq!(a.person.basis, "age estimated at 16 to 19");
    case.person.age = Some(25);
    case.person.age_estimate = Some(palermo::model::AgeRange { min: 0, max: 17 });
    let a = palermo::evaluate(&case);
    assert_eq!(
        a.warnings,
        ["The stated age (25) is outside the estimate (17 or under); the stated age is used."]
    );
}
