//! `palermo serve` over real HTTP: the binary listens on a free port of
//! 127.0.0.1, and each test talks to it with a small HTTP/1.1 client
//! (standard library only), comparing with what the command line writes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier, Mutex};
use std::time::Duration;

mod common;

/// A running `palermo serve`; stopped (SIGKILL) when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_palermo"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("palermo serve starts");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut first = String::new();
        stderr.read_line(&mut first).unwrap();
        let addr = first
            .trim()
            .strip_prefix("palermo: listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .parse()
            .unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in stderr.lines() {
                let Ok(line) = line else { break };
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        Server { child, addr, log }
    }

    fn post(&self, path: &str, content_type: Option<&str>, body: &[u8]) -> Answer {
        request(self.addr, "POST", path, content_type, body)
    }

    fn get(&self, path: &str) -> Answer {
        request(self.addr, "GET", path, None, b"")
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Whether a chunked body ended with its last chunk.
    complete: bool,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }

    /// Each line of an NDJSON answer, as JSON.
    fn json_lines(&self) -> Vec<serde_json::Value> {
        self.text()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

/// One request on its own connection (`Connection: close`).
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Answer {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(ct) = content_type {
        head.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // The server may answer (413) before it has read the body.
    let _ = stream.write_all(body);
    read_answer(stream)
}

fn read_answer(mut stream: TcpStream) -> Answer {
    let mut raw = Vec::new();
    // A connection reset after a complete head is a cut-off body.
    let _ = stream.read_to_end(&mut raw);
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an answer head");
    let head = std::str::from_utf8(&raw[..end]).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().split(' ').nth(1).unwrap();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (n, v) = l.split_once(':').unwrap();
            (n.trim().to_ascii_lowercase(), v.trim().to_string())
        })
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
    let (body, complete) = if chunked {
        dechunk(rest)
    } else {
        (rest.to_vec(), true)
    };
    Answer {
        status: status.parse().unwrap(),
        headers,
        body,
        complete,
    }
}

/// A chunked body: its data, and whether it ended with the last chunk.
fn dechunk(mut rest: &[u8]) -> (Vec<u8>, bool) {
    let mut body = Vec::new();
    loop {
        let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") else {
            return (body, false);
        };
        let size_text = std::str::from_utf8(&rest[..eol]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        rest = &rest[eol + 2..];
        if size == 0 {
            return (body, true);
        }
        if rest.len() < size + 2 {
            body.extend_from_slice(&rest[..rest.len().min(size)]);
            return (body, false);
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

fn cli(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    common::palermo_bytes(args, stdin).stdout
}

fn examples() -> Vec<PathBuf> {
    let files = common::json_files("examples/cases");
    assert!(files.len() >= 10, "{files:?}");
    files
}

const JSON: Option<&str> = Some("application/json");
const NDJSON: Option<&str> = Some("application/x-ndjson");

#[test]
fn every_example_over_http_is_byte_for_byte_palermo_screen() {
    let server = Server::start(&[]);
    for file in examples() {
        let case = std::fs::read(&file).unwrap();
        let path = file.to_str().unwrap();
        let answer = server.post("/v1/screen", JSON, &case);
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        assert_eq!(answer.header("content-type"), Some("application/json"));
        let expected = cli(&["screen", path], b"");
        assert_eq!(
            answer.text(),
            String::from_utf8(expected).unwrap(),
            "{path}"
        );
        // Under another profile, as `--profile`.
        let answer = server.post("/v1/screen?profile=cambodia", JSON, &case);
        let expected = cli(&["screen", "--profile", "cambodia", path], b"");
        assert_eq!(
            answer.text(),
            String::from_utf8(expected).unwrap(),
            "{path}"
        );
        assert!(answer.text().contains(r#""profile":"cambodia""#));
    }
    let fishing = std::fs::read("examples/cases/fishing-boat-men.json").unwrap();
    let answer = server.post(
        "/v1/screen",
        Some("application/json; charset=utf-8"),
        &fishing,
    );
    assert_eq!(answer.json()["verdict"], "trafficking");
}

#[test]
fn an_ndjson_batch_of_n_gives_n_lines_in_order_as_palermo_screen() {
    let server = Server::start(&[]);
    let cases: Vec<String> = examples()
        .iter()
        .map(|f| {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
            v.to_string()
        })
        .collect();
    let n = 2000;
    let mut batch = String::new();
    for i in 0..n {
        if i % 97 == 13 {
            // An invalid record keeps its place, as an error record.
            batch.push_str(&format!("{{\"id\":\"bad-{i}\",\"meens\":{{}}}}\n"));
        } else {
            let mut case: serde_json::Value =
                serde_json::from_str(&cases[i % cases.len()]).unwrap();
            case["id"] = serde_json::Value::String(format!("case-{i}"));
            batch.push_str(&case.to_string());
            batch.push('\n');
        }
    }
    let answer = server.post("/v1/screen", NDJSON, batch.as_bytes());
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("content-type"), Some("application/x-ndjson"));
    assert!(answer.complete);
    let lines: Vec<&str> = answer.text().lines().collect();
    assert_eq!(lines.len(), n);
    for (i, line) in lines.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if i % 97 == 13 {
            assert_eq!(v["id"], format!("bad-{i}"));
            assert_eq!(v["error"]["path"], "$.meens");
            assert_eq!(v["error"]["line"], i + 1);
        } else {
            assert_eq!(v["id"], format!("case-{i}"), "line {}", i + 1);
        }
    }
    assert_eq!(answer.body, cli(&["screen"], batch.as_bytes()));
    // Under a profile.
    let answer = server.post("/v1/screen?profile=us", NDJSON, batch.as_bytes());
    assert_eq!(
        answer.body,
        cli(&["screen", "--profile", "us"], batch.as_bytes())
    );
    // An empty batch is an empty answer.
    let answer = server.post("/v1/screen", NDJSON, b"");
    assert_eq!((answer.status, answer.body.len()), (200, 0));
}

/// A batch in another shape `palermo screen` reads (an array, pretty-printed
/// cases one after the other) gets its lines as `palermo screen` writes them,
/// one per case: none merged into an error, none split into several.
#[test]
fn a_batch_of_pretty_printed_cases_or_an_array_is_one_line_per_case() {
    let server = Server::start(&[]);
    let cases: Vec<serde_json::Value> = examples()
        .iter()
        .map(|f| serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap())
        .collect();
    let pretty: Vec<String> = cases
        .iter()
        .map(|c| serde_json::to_string_pretty(c).unwrap())
        .collect();
    for batch in [
        pretty.join("\n"),
        serde_json::to_string_pretty(&cases).unwrap(),
    ] {
        let answer = server.post("/v1/screen", NDJSON, batch.as_bytes());
        assert_eq!(answer.status, 200);
        let lines = answer.json_lines();
        assert_eq!(lines.len(), cases.len());
        for (line, case) in lines.iter().zip(&cases) {
            assert_eq!(line["id"], case["id"]);
            assert!(line.get("error").is_none(), "{line}");
        }
        assert_eq!(answer.body, cli(&["screen"], batch.as_bytes()));
    }
}

/// A body that is not one case (empty, an array, several cases) is told
/// what it is and where a batch goes, on both one-case endpoints.
#[test]
fn a_body_that_is_not_one_case_is_told_where_a_batch_goes() {
    let server = Server::start(&[]);
    let json = Some("application/json");
    for path in ["/v1/screen", "/v1/explain"] {
        let answer = server.post(path, json, b"{\"id\": \"a\"}\n{\"id\": \"b\"}\n");
        assert_eq!(answer.status, 400, "{path}");
        let message = answer.json()["error"]["message"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(message.contains("more than one case"), "{message}");
        assert!(message.contains("application/x-ndjson"), "{message}");
        let answer = server.post(path, json, b"[{\"id\": \"a\"}]");
        assert_eq!(answer.status, 422, "{path}");
        let message = answer.json()["error"]["message"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(message.contains("an array of cases"), "{message}");
        let answer = server.post(path, json, b" ");
        assert_eq!(answer.status, 400, "{path}");
        assert!(
            answer.text().contains("the body is empty"),
            "{}",
            answer.text()
        );
    }
}

#[test]
fn bad_records_get_the_contract_error_record() {
    let server = Server::start(&[]);
    // A field the contract does not have: 422, with the path and the id.
    let answer = server.post(
        "/v1/screen",
        JSON,
        br#"{"id": "c1", "means": {"decepton": true}}"#,
    );
    assert_eq!(answer.status, 422);
    let v = answer.json();
    assert_eq!(v["contract"], "palermo/1");
    assert_eq!(v["id"], "c1");
    assert_eq!(v["error"]["path"], "$.means.decepton");
    assert!(v.get("verdict").is_none());
    // A value the contract does not allow: 422.
    let answer = server.post("/v1/screen", JSON, br#"{"person": {"age": "old"}}"#);
    assert_eq!(answer.status, 422);
    assert_eq!(answer.json()["error"]["path"], "$.person.age");
    // Not JSON: 400, and the body is not echoed.
    let answer = server.post("/v1/screen", JSON, b"{\"id\": \"c2\", secret");
    assert_eq!(answer.status, 400);
    assert_eq!(answer.json()["error"]["path"], "$");
    assert!(!answer.text().contains("secret"));
    // Not UTF-8: 400.
    let answer = server.post("/v1/screen", JSON, b"{\"id\": \"\xff\"}");
    assert_eq!(answer.status, 400);
    assert!(answer.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("UTF-8"));
    // An unknown profile: 400, naming the profiles.
    let answer = server.post("/v1/screen?profile=mars", JSON, b"{}");
    assert_eq!(answer.status, 400);
    let message = answer.json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("palermo, coe"), "{message}");
    assert!(!message.contains("mars"));
    // The error record is the one `palermo screen` writes.
    let bad = br#"{"id": "c1", "means": {"decepton": true}}"#;
    let answer = server.post("/v1/screen", JSON, bad);
    assert_eq!(answer.body, cli(&["screen"], bad));
}

#[test]
fn limits_and_content_types() {
    let server = Server::start(&["--max-case-bytes", "2048", "--max-batch-bytes", "65536"]);
    let big_case = format!(
        "{{\"id\":\"x\",\"act\":{{\"recruitment\":true}}{}}}",
        " ".repeat(4000)
    );
    let answer = server.post("/v1/screen", JSON, big_case.as_bytes());
    assert_eq!(answer.status, 413);
    assert_eq!(
        answer.json()["error"]["message"],
        "record is 4037 bytes, over the limit of 2048 bytes"
    );
    // Explain has the same limit.
    let answer = server.post("/v1/explain", JSON, big_case.as_bytes());
    assert_eq!(answer.status, 413);
    // Within the limit, the same case is screened.
    let answer = server.post("/v1/screen", JSON, br#"{"act":{"recruitment":true}}"#);
    assert_eq!(answer.status, 200);
    // A batch over its limit: 413 before anything is screened.
    let batch = "{\"act\":{\"recruitment\":true}}\n".repeat(3000);
    let answer = server.post("/v1/screen", NDJSON, batch.as_bytes());
    assert_eq!(answer.status, 413);
    assert_eq!(answer.json()["contract"], "palermo/1");
    // A batch's record over the case limit is an error record on its line.
    let batch = format!("{{}}\n{big_case}\n{{}}\n");
    let answer = server.post("/v1/screen", NDJSON, batch.as_bytes());
    assert_eq!(answer.status, 200);
    let lines = answer.json_lines();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["error"]["line"], 2);
    assert!(lines[0]["verdict"].is_string() && lines[2]["verdict"].is_string());
    // Wrong or missing content type: 415.
    for ct in [Some("text/plain"), Some("application/xml"), None] {
        let answer = server.post("/v1/screen", ct, b"{}");
        assert_eq!(answer.status, 415, "{ct:?}");
        assert_eq!(answer.json()["contract"], "palermo/1");
    }
    let answer = server.post("/v1/explain", NDJSON, b"{}");
    assert_eq!(answer.status, 415);
}

/// JSON in, JSON out: what the router or the query reader refuses gets the
/// error record too, and it repeats nothing of the request.
#[test]
fn errors_outside_the_handlers_are_error_records() {
    let server = Server::start(&[]);
    let cases = [
        ("GET", "/v1/nowhere", 404, "$"),
        ("GET", "/v1/screen", 405, "$"),
        ("POST", "/v1/screen?profile=us&profile=eu", 400, "?"),
        ("POST", "/v1/explain?lang=km&lang=km", 400, "?"),
    ];
    for (method, path, status, at) in cases {
        let answer = request(server.addr, method, path, JSON, b"{}");
        assert_eq!(answer.status, status, "{method} {path}");
        let record = answer.json();
        assert_eq!(record["contract"], "palermo/1", "{method} {path}");
        assert_eq!(record["error"]["path"], at, "{method} {path}");
        let message = record["error"]["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "{method} {path}");
        for echoed in ["nowhere", "profile", "lang", "km", "eu"] {
            assert!(!message.contains(echoed), "{method} {path}: {message}");
        }
    }
    let answer = request(server.addr, "GET", "/v1/screen", None, b"");
    assert!(
        answer
            .headers
            .iter()
            .any(|(name, value)| name.eq_ignore_ascii_case("allow") && value.contains("POST")),
        "{:?}",
        answer.headers
    );
}

/// `chunk` posted `times` over to `/v1/screen` as a chunked body of
/// `content_type` (no `Content-Length`), and the answer. The writing stops
/// where the server stops reading.
fn post_chunked(server: &Server, content_type: &str, chunk: &str, times: usize) -> Answer {
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let head = format!(
        "POST /v1/screen HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\
         Content-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n",
        server.addr
    );
    stream.write_all(head.as_bytes()).unwrap();
    for _ in 0..times {
        let data = format!("{:x}\r\n{chunk}\r\n", chunk.len());
        if stream.write_all(data.as_bytes()).is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n");
    read_answer(stream)
}

#[test]
fn a_chunked_batch_over_the_limit_is_cut_off() {
    let server = Server::start(&["--max-batch-bytes", "65536"]);
    let chunk = "{\"act\":{\"recruitment\":true}}\n".repeat(100);
    let answer = post_chunked(&server, "application/x-ndjson", &chunk, 40);
    assert_eq!(answer.status, 200);
    assert!(!answer.complete, "the answer must not end as a success");
    assert!(answer.text().lines().count() < 4000);
}

/// One case sent chunked, over the case limit: its size is not known (the
/// body is read only up to the limit), so the 413 says it is over the
/// limit, not that it is one byte over.
#[test]
fn a_chunked_case_over_the_limit_says_so_without_a_size() {
    let server = Server::start(&["--max-case-bytes", "2048"]);
    let answer = post_chunked(&server, "application/json", &" ".repeat(1000), 8);
    assert_eq!(answer.status, 413);
    assert_eq!(
        answer.json()["error"]["message"],
        "record is over the limit of 2048 bytes"
    );
}

#[test]
fn a_request_that_stalls_times_out() {
    let server = Server::start(&["--timeout", "1"]);
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    // Promises a body and never sends it.
    let head = format!(
        "POST /v1/screen HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{",
        server.addr
    );
    stream.write_all(head.as_bytes()).unwrap();
    let answer = read_answer(stream);
    assert_eq!(answer.status, 408);
    assert_eq!(answer.json()["contract"], "palermo/1");
}

#[test]
fn hundreds_of_parallel_requests_are_all_answered() {
    let server = Arc::new(Server::start(&["--concurrency", "16"]));
    let files = examples();
    let expected: Vec<(Vec<u8>, Vec<u8>)> = files
        .iter()
        .map(|f| {
            (
                std::fs::read(f).unwrap(),
                cli(&["screen", f.to_str().unwrap()], b""),
            )
        })
        .collect();
    let expected = Arc::new(expected);
    let n = 300;
    let barrier = Arc::new(Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|i| {
            let (server, expected, barrier) = (server.clone(), expected.clone(), barrier.clone());
            std::thread::spawn(move || {
                let (case, want) = &expected[i % expected.len()];
                barrier.wait();
                let answer = server.post("/v1/screen", JSON, case);
                (answer.status, answer.body == *want)
            })
        })
        .collect();
    let results: Vec<(u16, bool)> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(results.len(), n);
    assert!(
        results.iter().all(|&(status, same)| status == 200 && same),
        "{:?}",
        results
            .iter()
            .filter(|r| **r != (200, true))
            .collect::<Vec<_>>()
    );
}

#[test]
fn explain_schemas_rules_health() {
    let server = Server::start(&[]);
    let fishing = "examples/cases/fishing-boat-men.json";
    let answer = server.post("/v1/explain", JSON, &std::fs::read(fishing).unwrap());
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(answer.body, cli(&["explain", fishing], b""));
    let answer = server.post(
        "/v1/explain?profile=coe",
        JSON,
        &std::fs::read(fishing).unwrap(),
    );
    assert_eq!(
        answer.body,
        cli(&["explain", "--profile", "coe", fishing], b"")
    );
    // In Khmer, as `--lang km`; an unknown language is a 400 naming them.
    let answer = server.post(
        "/v1/explain?lang=km&profile=coe",
        JSON,
        &std::fs::read(fishing).unwrap(),
    );
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.body,
        cli(
            &["explain", "--lang", "km", "--profile", "coe", fishing],
            b""
        )
    );
    assert_ne!(
        answer.body,
        cli(&["explain", "--profile", "coe", fishing], b"")
    );
    let answer = server.post(
        "/v1/explain?lang=fr",
        JSON,
        &std::fs::read(fishing).unwrap(),
    );
    assert_eq!(answer.status, 400);
    assert!(answer.text().contains("en, km"), "{}", answer.text());
    let answer = server.post("/v1/explain", JSON, br#"{"meens": {}}"#);
    assert_eq!(answer.status, 422);
    assert_eq!(answer.json()["error"]["path"], "$.meens");

    for which in ["input", "output"] {
        let answer = server.get(&format!("/v1/schema/{which}"));
        assert_eq!(answer.status, 200);
        assert_eq!(answer.body, cli(&["schema", which], b""), "{which}");
    }
    let rules = server.get("/v1/rules").json();
    let rules = rules.as_array().unwrap();
    assert_eq!(rules.len(), palermo::law::RULES.len());
    assert_eq!(rules[0]["id"], palermo::law::RULES[0].id);
    assert!(rules
        .iter()
        .all(|r| r["quote"].as_str().is_some_and(|q| !q.is_empty())));
    let health = server.get("/healthz");
    assert_eq!(
        (health.status, health.json()["status"].as_str()),
        (200, Some("ok"))
    );
    assert_eq!(server.get("/nowhere").status, 404);
    assert_eq!(server.get("/v1/screen").status, 405);
}

/// Every `$ref` in `value`.
fn refs<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v.as_str()) {
                    ("$ref", Some(r)) => out.push(r),
                    _ => refs(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[test]
fn the_openapi_document_is_built_around_the_contract_schemas() {
    let server = Server::start(&[]);
    let doc = server.get("/v1/openapi.json").json();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/v1/screen",
        "/v1/explain",
        "/v1/schema/input",
        "/v1/schema/output",
        "/v1/rules",
        "/healthz",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    let schemas = &doc["components"]["schemas"];
    // The case is the input schema, field for field.
    let input = palermo::io::schema::input();
    assert_eq!(
        schemas["Case"]["properties"].as_object().unwrap().len(),
        input["properties"].as_object().unwrap().len()
    );
    assert_eq!(
        schemas["Case"]["properties"]["means"]["properties"]["deception"]["title"],
        input["properties"]["means"]["properties"]["deception"]["title"]
    );
    for def in input["$defs"].as_object().unwrap().keys() {
        assert!(
            schemas.get(def).is_some() || schemas.get(format!("Input{def}")).is_some(),
            "{def}"
        );
    }
    assert!(schemas["ErrorRecord"].is_object());
    // Every reference resolves within the document.
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 20);
    for r in all {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{r}"));
        assert!(schemas.get(name).is_some(), "{r}");
    }
    let profiles: Vec<&str> = palermo::Profile::ALL.iter().map(|p| p.name()).collect();
    assert_eq!(
        doc["paths"]["/v1/screen"]["post"]["parameters"][0]["schema"]["enum"],
        serde_json::json!(profiles)
    );
}

#[test]
fn the_page_is_served_with_its_words_and_nothing_from_elsewhere() {
    let server = Server::start(&[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("default-src 'none'"));
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    let html = page.text();
    let start = html.find(r#"id="ui-strings">"#).unwrap() + r#"id="ui-strings">"#.len();
    let end = start + html[start..].find("</script>").unwrap();
    assert!(
        !html[start..end].contains("/*UI_STRINGS*/"),
        "the marker is replaced"
    );
    let strings: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(strings["lang"], "en");
    assert_eq!(strings["verdict-trafficking"], "Trafficking in persons");
    assert_eq!(strings["also-found"], "Also found: {list}.");
    assert!(strings.as_object().unwrap().len() > 100);
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external resource"
    );
}

#[test]
fn the_log_has_no_case_data_and_sigterm_stops_the_server() {
    let mut server = Server::start(&[]);
    let answer = server.post(
        "/v1/screen?profile=us",
        JSON,
        br#"{"id": "secret-id-1234", "person": {"age": 14}}"#,
    );
    assert_eq!(answer.status, 200);
    let _ = server.post("/v1/screen", JSON, br#"{"id": "secret-id-5678", "x": 1}"#);
    let status = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = server.child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    std::thread::sleep(Duration::from_millis(200));
    let log = server.log();
    assert!(log.contains("POST /v1/screen 200 "), "{log}");
    assert!(log.contains("POST /v1/screen 422 "), "{log}");
    assert!(log.contains("palermo: stopped"), "{log}");
    assert!(!log.contains("secret-id"), "{log}");
    assert!(!log.contains("profile=us"), "{log}");
}

/// A misspelt or unknown query parameter is an error, never ignored (the
/// case would be screened under another profile than asked); the error
/// names a parameter only when it is one of ours or a likely misspelling of
/// one, and never repeats a value.
#[test]
fn an_unknown_or_misspelt_query_parameter_is_an_error_record() {
    let server = Server::start(&[]);
    let case = br#"{"id":"q1","act":{"recruitment":true}}"#;
    let cases = [
        ("/v1/screen?profle=us", "?profle", "did you mean profile?"),
        ("/v1/screen?Profile=us", "?Profile", "did you mean profile?"),
        ("/v1/explain?lnag=km", "?lnag", "did you mean lang?"),
        ("/v1/screen?lang=km", "?lang", "does not take lang"),
        (
            "/v1/screen?SokDara=012345678",
            "?",
            "its name is not repeated",
        ),
        ("/v1/screen?from=htcds", "?", "its name is not repeated"),
        (
            "/v1/explain?profile=us&x=1",
            "?",
            "its name is not repeated",
        ),
    ];
    for (path, at, says) in cases {
        for content_type in [JSON, NDJSON] {
            if path.starts_with("/v1/explain") && content_type == NDJSON {
                continue;
            }
            let answer = server.post(path, content_type, case);
            assert_eq!(answer.status, 400, "{path}: {}", answer.text());
            let record = answer.json();
            assert_eq!(record["contract"], "palermo/1", "{path}");
            assert_eq!(record["error"]["path"], at, "{path}");
            let message = record["error"]["message"].as_str().unwrap();
            assert!(message.contains(says), "{path}: {message}");
            for echoed in ["SokDara", "012345678", "htcds", "us", "km"] {
                assert!(!message.contains(echoed), "{path}: {message}");
            }
        }
    }
    // The parameters that are taken still work.
    let answer = server.post("/v1/screen?profile=us", JSON, case);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let answer = server.post("/v1/explain?profile=coe&lang=km", JSON, case);
    assert_eq!(answer.status, 200, "{}", answer.text());
}

/// Bytes sent as they are on a connection of their own, and the answer.
fn raw(addr: SocketAddr, bytes: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream.write_all(bytes).unwrap();
    read_answer(stream)
}

/// Waits for the server's log to have `lines` request lines (after the
/// line that it listens), and returns it.
fn log_of(server: &Server, lines: usize) -> String {
    for _ in 0..100 {
        let log = server.log();
        if log.lines().count() >= lines {
            return log;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    server.log()
}

/// A request the HTTP layer refuses before any route sees it (a bad or
/// repeated Content-Length, bytes that are not HTTP) is answered with the
/// error record, not an empty body, and has its line in the log, which
/// names nothing it holds.
#[test]
fn a_malformed_request_gets_the_error_record_and_a_log_line() {
    let server = Server::start(&[]);
    let requests: [&[u8]; 4] = [
        b"POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: SokDara\r\nConnection: close\r\n\r\n{}",
        b"POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 11\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{\"id\":\"h0\"} ",
        b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03SokDara\r\n\r\n",
        b"GET /v1/\x1b[31mSokDara\x1b[0m HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ];
    for bytes in requests {
        let answer = raw(server.addr, bytes);
        let shown = String::from_utf8_lossy(bytes);
        assert_eq!(answer.status, 400, "{shown}");
        assert_eq!(
            answer.header("content-type"),
            Some("application/json"),
            "{shown}"
        );
        let record = answer.json();
        assert_eq!(record["contract"], "palermo/1", "{shown}");
        assert_eq!(record["error"]["path"], "$", "{shown}");
        assert!(!answer.text().contains("SokDara"), "{shown}");
    }
    // The server goes on answering.
    let answer = server.get("/healthz");
    assert_eq!(answer.status, 200);
    let log = log_of(&server, 1 + requests.len() + 1);
    assert_eq!(
        log.matches("unknown-method unknown-path 400 ").count(),
        requests.len(),
        "{log}"
    );
    assert!(log.contains("GET /healthz 200 "), "{log}");
    assert!(!log.contains("SokDara"), "{log}");
}

/// The log names a route's path and an HTTP method only: a path or a
/// method the client made up is a fixed word, so a name or a case id put in
/// a URL by mistake never reaches the log.
#[test]
fn the_log_names_only_known_routes_and_methods() {
    let server = Server::start(&[]);
    let requests = [
        ("SOKDARA", "/v1/screen", 405),
        ("GET", "/SokDara012345678/../healthz", 404),
        ("POST", "/v1/SokDara", 404),
        ("GET", "/v1/%E1%9E%9F%E1%9E%BB?x=1", 404),
        ("GET", "/v1/rules/", 404),
        ("GET", "/v1/rules", 200),
    ];
    for (method, path, status) in requests {
        let answer = request(server.addr, method, path, None, b"");
        assert_eq!(answer.status, status, "{method} {path}");
    }
    let log = log_of(&server, 1 + requests.len());
    for line in [
        "unknown-method /v1/screen 405 ",
        "GET unknown-path 404 ",
        "POST unknown-path 404 ",
        "GET /v1/rules 200 ",
    ] {
        assert!(log.contains(line), "{line}: {log}");
    }
    assert_eq!(log.matches("unknown-path 404 ").count(), 4, "{log}");
    for typed in ["SokDara", "SOKDARA", "%E1", "012345678", "/v1/rules/"] {
        assert!(!log.contains(typed), "{typed}: {log}");
    }
}

#[test]
fn an_unknown_key_is_not_repeated_over_http() {
    let server = Server::start(&[]);
    let body = "{\"id\":\"e1\",\"means\":{\"សុខ ដារា\":true},\"indicators\":{\"Sok Dara +85512345678\":true}}";
    for path in ["/v1/screen", "/v1/explain"] {
        let answer = server.post(path, Some("application/json"), body.as_bytes());
        assert_eq!(answer.status, 422, "{path}");
        let text = answer.text();
        assert!(
            !text.contains("សុខ") && !text.contains("Sok"),
            "{path}: {text}"
        );
        assert_eq!(
            answer.json()["error"]["path"],
            "$.means[unknown key]",
            "{path}"
        );
    }
    // A likely misspelling is still named, with the field it resembles.
    let answer = server.post(
        "/v1/screen",
        Some("application/json"),
        br#"{"means":{"decepton":true}}"#,
    );
    assert_eq!(answer.json()["error"]["path"], "$.means.decepton");
}
