//! `palermo serve`: contract v1 over HTTP, and the screening page.
//!
//! - `POST /v1/screen` (`?profile=NAME`): an `application/json` body is one
//!   case and gets one assessment, the same bytes as `palermo screen` writes
//!   for it; an `application/x-ndjson` body is a batch and gets NDJSON,
//!   streamed, one line per record in order (the library's batch reader and
//!   writer, [`palermo::io::screen_batch_as`], on a blocking thread: the
//!   shapes `palermo screen` reads, NDJSON first among them).
//! - `POST /v1/explain` (`?profile=NAME`, `?lang=km`): one case, explained
//!   in plain text (in Khmer, a draft, with `?lang=km`).
//! - `GET /v1/schema/input`, `/v1/schema/output`, `/v1/rules`, `/healthz`,
//!   `/v1/openapi.json` (built around the same schemas, see `openapi.rs`).
//! - `GET /`: the screening page (`serve/page.html`), with its words from
//!   the catalogue (`i18n/en/page.ftl`, [`palermo::words::page`]).
//!
//! Errors are the contract's error records: 400 for a body that is not
//! JSON (or not UTF-8), 422 for a case the contract refuses, 413 for a
//! body over its limit, 415 for another content type, 400 for a query
//! parameter that is unknown, misspelt or given twice; a request that is
//! not HTTP/1.1 gets the error record too (see `conn.rs`). The log
//! (standard error) has the method, the path, the status and the duration
//! of each request: a route's path and an HTTP method only, else a fixed
//! word; never a body or a query.

// A step of a handler that fails returns the answer to send (a `Response`),
// which is larger than clippy likes in a `Result`; it is sent at once.
#![allow(clippy::result_large_err)]

mod conn;
mod openapi;

use crate::input::NotOneCase;
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use http_body_util::BodyExt;
use palermo::io::{error_record, screen_record_as, Limits, Outcome};
use palermo::{ErrorKind, Profile};
use serde_json::{json, Value};
use std::io::{self, BufReader, Read, Write};
use std::net::SocketAddr;
use std::pin::Pin;
use std::process::ExitCode;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// The options of `palermo serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0: any free port; the address bound is
    /// written to standard error).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Largest body of one case (application/json), in bytes; also the
    /// largest record of a batch.
    #[arg(long, default_value_t = 1 << 20)]
    max_case_bytes: usize,
    /// Largest body of a batch (application/x-ndjson), in bytes.
    #[arg(long, default_value_t = 64 << 20)]
    max_batch_bytes: usize,
    /// Seconds a request may take until its answer starts (a batch's
    /// lines then stream for as long as the batch lasts).
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Requests handled at once, and batches screened at once; more wait
    /// their turn.
    #[arg(long, default_value_t = 256)]
    concurrency: usize,
}

/// The content type of a batch.
const NDJSON: &str = "application/x-ndjson";
/// The marker in the page that the strings replace.
const STRINGS_MARKER: &str = "/*UI_STRINGS*/{}";
/// The page's headers: nothing loaded from elsewhere, no referrer.
const PAGE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline'; \
    style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; \
    form-action 'none'";

/// What every request shares: the limits, and the answers that never change.
struct App {
    limits: Limits,
    max_batch_bytes: usize,
    /// Batches screened at once (`--concurrency`): a batch goes on after
    /// its answer has started, past the concurrency limit of the routes.
    batches: Arc<tokio::sync::Semaphore>,
    page: String,
    schema_input: String,
    schema_output: String,
    rules: String,
    openapi: String,
}

type Shared = Arc<App>;

impl App {
    fn new(args: &ServeArgs) -> App {
        let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
        App {
            limits: Limits::default().with_max_record_bytes(args.max_case_bytes),
            max_batch_bytes: args.max_batch_bytes,
            batches: Arc::new(tokio::sync::Semaphore::new(args.concurrency.max(1))),
            page: page(),
            schema_input: pretty(&palermo::io::schema::input()),
            schema_output: pretty(&palermo::io::schema::output()),
            rules: pretty(&rules()),
            openapi: pretty(&openapi::document()),
        }
    }
}

/// `palermo serve`: listen until SIGINT or SIGTERM, then finish the
/// requests under way and stop. Exit status 1 if the address cannot be bound.
pub fn run(args: ServeArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return crate::io_failure(&e),
    };
    match runtime.block_on(serve(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => crate::io_failure(&e),
    }
}

async fn serve(args: ServeArgs) -> io::Result<()> {
    let listener = tokio::net::TcpListener::bind(args.addr).await?;
    let app = router(Arc::new(App::new(&args)), &args);
    eprintln!("palermo: listening on http://{}", listener.local_addr()?);
    axum::serve(conn::Listener(listener), app)
        .with_graceful_shutdown(shutdown())
        .await?;
    eprintln!("palermo: stopped");
    Ok(())
}

/// The paths of the routes: the only paths the log writes.
const ROUTES: [&str; 8] = [
    "/",
    "/healthz",
    "/v1/screen",
    "/v1/explain",
    "/v1/schema/input",
    "/v1/schema/output",
    "/v1/rules",
    "/v1/openapi.json",
];

/// What the log writes for a path that is not a route's, or a method that
/// is not HTTP's: nothing the client typed reaches the log (a name or a
/// case id put in a path by mistake would).
const UNKNOWN_PATH: &str = "unknown-path";
const UNKNOWN_METHOD: &str = "unknown-method";

/// The path of a request as the log writes it: a route's, or [`UNKNOWN_PATH`].
fn logged_path(path: &str) -> &'static str {
    ROUTES
        .iter()
        .find(|route| **route == path)
        .copied()
        .unwrap_or(UNKNOWN_PATH)
}

/// The method of a request as the log writes it: one of HTTP's, or
/// [`UNKNOWN_METHOD`].
fn logged_method(method: &axum::http::Method) -> &'static str {
    const METHODS: [&str; 9] = [
        "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT",
    ];
    METHODS
        .iter()
        .find(|known| **known == method.as_str())
        .copied()
        .unwrap_or(UNKNOWN_METHOD)
}

/// The routes, and around them (outermost first): the log, the timeout,
/// the concurrency limit, the body limit of a batch.
fn router(app: Shared, args: &ServeArgs) -> Router {
    Router::new()
        .route("/", get(page_handler))
        .route("/healthz", get(health))
        .route("/v1/screen", post(screen))
        .route("/v1/explain", post(explain))
        .route("/v1/schema/input", get(schema_input))
        .route("/v1/schema/output", get(schema_output))
        .route("/v1/rules", get(rules_handler))
        .route("/v1/openapi.json", get(openapi_handler))
        .with_state(app.clone())
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            args.max_batch_bytes.max(args.max_case_bytes),
        ))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            args.concurrency.max(1),
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(args.timeout),
        ))
        .layer(middleware::from_fn(log))
}

/// SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    eprintln!("palermo: shutting down");
}

/// One log line per request: method, path, status, duration. Never the
/// body or the query (case data is sensitive), and never a path or a method
/// the client made up (see [`logged_path`]). An error answered by a
/// layer or by the router rather than by a handler (the timeout's 408, the
/// body limit's 413, an unknown path's 404, a wrong method's 405, a query
/// string that cannot be read) gets the error record too: JSON in, JSON out.
async fn log(request: Request, next: Next) -> Response {
    let method = logged_method(request.method());
    let path = logged_path(request.uri().path());
    let start = Instant::now();
    let mut response = next.run(request).await;
    let status = response.status();
    if (status.is_client_error() || status.is_server_error())
        && response.headers().get(header::CONTENT_TYPE)
            != Some(&HeaderValue::from_static("application/json"))
    {
        let (at, message) = match status {
            StatusCode::REQUEST_TIMEOUT => ("$", "the request took too long"),
            StatusCode::PAYLOAD_TOO_LARGE => ("$", "the body is over the limit"),
            StatusCode::NOT_FOUND => ("$", "no such endpoint (see /v1/openapi.json)"),
            StatusCode::METHOD_NOT_ALLOWED => (
                "$",
                "this endpoint does not take this method (see /v1/openapi.json)",
            ),
            // The query extractor's rejection: its text would name what it
            // read, so it is not passed on.
            StatusCode::BAD_REQUEST => ("?", "the query string cannot be read"),
            _ => (
                "$",
                status.canonical_reason().unwrap_or("the request failed"),
            ),
        };
        let allow = response.headers().get(header::ALLOW).cloned();
        response = error(status, at, message);
        if let Some(allow) = allow {
            response.headers_mut().insert(header::ALLOW, allow);
        }
    }
    eprintln!(
        "{method} {path} {} {:.3}ms",
        status.as_u16(),
        start.elapsed().as_secs_f64() * 1e3
    );
    response
}

/// An error record about the request rather than a record (no line, no
/// id), in the contract's field order.
#[derive(serde::Serialize)]
struct RequestError<'a> {
    contract: &'a str,
    error: RequestErrorBody<'a>,
}

#[derive(serde::Serialize)]
struct RequestErrorBody<'a> {
    path: &'a str,
    message: &'a str,
}

fn error(status: StatusCode, path: &str, message: &str) -> Response {
    json_response(status, error_body(path, message))
}

/// The error record about a request, as one line.
fn error_body(path: &str, message: &str) -> String {
    let record = RequestError {
        contract: palermo::assessment::CONTRACT,
        error: RequestErrorBody { path, message },
    };
    serde_json::to_string(&record).unwrap_or_default() + "\n"
}

fn json_response(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// `?profile=NAME`, and on `/v1/explain` `?lang=CODE`.
#[derive(Default)]
struct Params {
    profile: Option<String>,
    lang: Option<String>,
}

/// The query parameters of every endpoint that takes any.
const PARAMETERS: [&str; 2] = ["profile", "lang"];

/// The parameters of a query, each of them one that the endpoint `takes`
/// and given once; else the 400 that says what is wrong. A misspelt
/// parameter (`?profle=us`) is never ignored: the case would be screened
/// under another profile than asked. The error names a parameter only when
/// it is one of ours (`?lang` where it is not taken) or a likely
/// misspelling of one (`?profle`); any other name, and every value, is not
/// repeated.
fn params(pairs: Vec<(String, String)>, takes: &[&str]) -> Result<Params, Response> {
    let expected = format!("this endpoint takes {}", takes.join(", "));
    let mut params = Params::default();
    for (name, value) in pairs {
        let slot = match name.as_str() {
            "profile" if takes.contains(&"profile") => &mut params.profile,
            "lang" if takes.contains(&"lang") => &mut params.lang,
            known if PARAMETERS.contains(&known) => {
                return Err(error(
                    StatusCode::BAD_REQUEST,
                    &format!("?{known}"),
                    &format!("this endpoint does not take {known}; {expected}"),
                ))
            }
            _ => {
                return Err(match misspelt(&name, takes) {
                    Some(meant) => error(
                        StatusCode::BAD_REQUEST,
                        &format!("?{name}"),
                        &format!("unknown query parameter; did you mean {meant}? {expected}"),
                    ),
                    None => error(
                        StatusCode::BAD_REQUEST,
                        "?",
                        &format!("unknown query parameter (its name is not repeated); {expected}"),
                    ),
                })
            }
        };
        if slot.replace(value).is_some() {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "?",
                "a query parameter is given twice",
            ));
        }
    }
    Ok(params)
}

/// The parameter of `takes` that `name` is a likely misspelling of: a short
/// name of ASCII letters, within one edit of it (two for a longer one),
/// letter case ignored.
fn misspelt<'a>(name: &str, takes: &[&'a str]) -> Option<&'a str> {
    if name.is_empty() || name.len() > 16 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    takes
        .iter()
        .map(|known| (edit_distance(name, known), *known))
        .filter(|(d, known)| *d <= (known.len() / 4).clamp(1, 2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known)
}

/// Insertions, deletions, substitutions and swaps of neighbours between two
/// short ASCII names, letter case ignored (`strsim`'s optimal string
/// alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&a.to_ascii_lowercase(), &b.to_ascii_lowercase())
}

/// The language asked for (English by default), or the 400 that says which
/// ones there are.
fn lang(params: &Params) -> Result<palermo::words::Language, Response> {
    use palermo::words::Language;
    match params.lang.as_deref() {
        None => Ok(Language::En),
        Some(code) => Language::from_code(code).ok_or_else(|| {
            let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
            error(
                StatusCode::BAD_REQUEST,
                "?lang",
                &format!("unknown language; expected one of {}", codes.join(", ")),
            )
        }),
    }
}

/// The profile asked for, or the 400 that says which ones there are.
fn profile(params: &Params) -> Result<Option<Profile>, Response> {
    match params.profile.as_deref() {
        None => Ok(None),
        Some(name) => name.parse::<Profile>().map(Some).map_err(|_| {
            let names: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
            error(
                StatusCode::BAD_REQUEST,
                "?profile",
                &format!("unknown profile; expected one of {}", names.join(", ")),
            )
        }),
    }
}

/// The media type of the body, without its parameters, in lower case.
fn content_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let essence = value.split(';').next().unwrap_or_default().trim();
    Some(essence.to_ascii_lowercase())
}

fn unsupported(expected: &str) -> Response {
    error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "$",
        &format!("unsupported content type; expected {expected}"),
    )
}

/// 413: a body of (at least) `size` bytes over `limit`.
fn too_large(size: usize, limit: usize) -> Response {
    json_response(
        StatusCode::PAYLOAD_TOO_LARGE,
        error_record(None, None, &palermo::Error::TooLarge { size, limit }) + "\n",
    )
}

fn content_length(headers: &HeaderMap) -> Option<usize> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// Whether an error (of the body, or one of its sources) is a body over
/// its limit.
fn is_over_limit(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut source = Some(e);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// The whole body of one case, within `limit`.
async fn read_case(body: Body, headers: &HeaderMap, limit: usize) -> Result<Bytes, Response> {
    if let Some(size) = content_length(headers).filter(|&n| n > limit) {
        return Err(too_large(size, limit));
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let e = e.into_inner();
        if is_over_limit(&*e) {
            // A body without a length (chunked) is read only up to the
            // limit: its size is not known, so none is said.
            json_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                error_record(
                    None,
                    None,
                    &palermo::Error::Limit {
                        path: "$".to_string(),
                        message: format!("record is over the limit of {limit} bytes"),
                    },
                ) + "\n",
            )
        } else {
            error(StatusCode::BAD_REQUEST, "$", "the body could not be read")
        }
    })
}

/// The status of an invalid record: 400 if it is not JSON, else 422.
fn invalid_status(text: &str, limits: &Limits) -> StatusCode {
    match palermo::io::parse_input_with(text, limits) {
        Err(e) if e.kind() == ErrorKind::Syntax => StatusCode::BAD_REQUEST,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// For a body that does not hold one case: the answer that says what it
/// holds instead (nothing, an array, several cases) and where a batch goes;
/// `None` for a body that is one case, good or bad.
fn not_one_case(text: &str) -> Option<Response> {
    const BATCH: &str = "send one case as application/json, or a batch as application/x-ndjson";
    let (status, message) = match crate::input::not_one_case(text)? {
        NotOneCase::Empty => (
            StatusCode::BAD_REQUEST,
            "the body is empty: one case is expected".to_string(),
        ),
        NotOneCase::Array => (
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("the body is an array of cases: {BATCH}"),
        ),
        NotOneCase::Several => (
            StatusCode::BAD_REQUEST,
            format!("the body holds more than one case: {BATCH}"),
        ),
    };
    Some(error(status, "$", &message))
}

/// The text of one case, or the 400 for a body that is not UTF-8.
fn case_text(bytes: &[u8]) -> Result<&str, Response> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.trim_start_matches('\u{feff}')),
        Err(e) => Err(json_response(
            StatusCode::BAD_REQUEST,
            error_record(
                None,
                Some(1),
                &palermo::Error::Utf8 {
                    offset: e.valid_up_to(),
                },
            ) + "\n",
        )),
    }
}

/// `POST /v1/screen`.
async fn screen(
    State(app): State<Shared>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let params = match params(pairs, &["profile"]) {
        Ok(p) => p,
        Err(response) => return response,
    };
    let profile = match profile(&params) {
        Ok(p) => p,
        Err(response) => return response,
    };
    match content_type(&headers).as_deref() {
        Some("application/json") => {
            let bytes = match read_case(body, &headers, app.limits.max_record_bytes).await {
                Ok(b) => b,
                Err(response) => return response,
            };
            let text = match case_text(&bytes) {
                Ok(t) => t,
                Err(response) => return response,
            };
            // As `palermo screen` does for one case: its record is line 1.
            let outcome = screen_record_as(text, 1, &app.limits, profile);
            if let (Outcome::Invalid(_), Some(answer)) = (&outcome, not_one_case(text)) {
                return answer;
            }
            let status = if matches!(outcome, Outcome::Screened(_)) {
                StatusCode::OK
            } else {
                invalid_status(text, &app.limits)
            };
            let mut line = outcome.into_line();
            line.push('\n');
            json_response(status, line)
        }
        Some(NDJSON) => batch(&app, body, &headers, profile).await,
        _ => unsupported("application/json (one case) or application/x-ndjson (a batch)"),
    }
}

/// A batch: the library's batch reader and writer on a blocking thread,
/// reading the body as it comes and streaming the lines as they are
/// written. A body over the batch limit with a `Content-Length` gets 413
/// before anything is read; one without (chunked) is cut off at the limit,
/// the answer ending in an error.
async fn batch(app: &App, body: Body, headers: &HeaderMap, profile: Option<Profile>) -> Response {
    if let Some(size) = content_length(headers).filter(|&n| n > app.max_batch_bytes) {
        return too_large(size, app.max_batch_bytes);
    }
    let Ok(permit) = app.batches.clone().acquire_owned().await else {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "$",
            "the server cannot take a batch now",
        );
    };
    let (tx, rx) = mpsc::channel::<io::Result<Bytes>>(8);
    let limits = app.limits;
    let reader = BodyReader {
        body,
        chunk: Bytes::new(),
        runtime: tokio::runtime::Handle::current(),
        left: app.max_batch_bytes,
    };
    tokio::task::spawn_blocking(move || {
        let reader = BufReader::with_capacity(1 << 16, reader);
        let writer = ChannelWriter {
            tx: tx.clone(),
            buf: Vec::with_capacity(WRITE_CHUNK),
        };
        if let Err(e) = palermo::io::screen_batch_as(reader, writer, &limits, profile) {
            let _ = tx.blocking_send(Err(e));
        }
        drop(permit);
    });
    (
        [(header::CONTENT_TYPE, NDJSON)],
        Body::new(ChannelBody { rx }),
    )
        .into_response()
}

/// A request body as a blocking reader (on a blocking thread only), which
/// fails past the batch limit.
struct BodyReader {
    body: Body,
    chunk: Bytes,
    runtime: tokio::runtime::Handle,
    left: usize,
}

impl Read for BodyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.chunk.is_empty() {
            match self.runtime.block_on(self.body.frame()) {
                None => return Ok(0),
                Some(Err(e)) => return Err(io::Error::other(e)),
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        self.left = self.left.checked_sub(data.len()).ok_or_else(|| {
                            io::Error::other("the batch is over the limit of --max-batch-bytes")
                        })?;
                        self.chunk = data;
                    }
                }
            }
        }
        let n = buf.len().min(self.chunk.len());
        buf[..n].copy_from_slice(&self.chunk.split_to(n));
        Ok(n)
    }
}

/// How much of the answer is sent at a time.
const WRITE_CHUNK: usize = 256 * 1024;

/// The lines written, sent on to the answer in chunks.
struct ChannelWriter {
    tx: mpsc::Sender<io::Result<Bytes>>,
    buf: Vec<u8>,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buf,
            Vec::with_capacity(WRITE_CHUNK),
        ));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= WRITE_CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// The answer's body: the chunks the writer sends.
struct ChannelBody {
    rx: mpsc::Receiver<io::Result<Bytes>>,
}

impl http_body::Body for ChannelBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, io::Error>>> {
        self.rx
            .poll_recv(cx)
            .map(|chunk| chunk.map(|c| c.map(http_body::Frame::data)))
    }
}

/// `POST /v1/explain`: one case (application/json) in, plain text out.
async fn explain(
    State(app): State<Shared>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let params = match params(pairs, &["profile", "lang"]) {
        Ok(p) => p,
        Err(response) => return response,
    };
    let profile = match profile(&params) {
        Ok(p) => p,
        Err(response) => return response,
    };
    let lang = match lang(&params) {
        Ok(l) => l,
        Err(response) => return response,
    };
    if content_type(&headers).as_deref() != Some("application/json") {
        return unsupported("application/json (one case)");
    }
    let bytes = match read_case(body, &headers, app.limits.max_record_bytes).await {
        Ok(b) => b,
        Err(response) => return response,
    };
    let text = match case_text(&bytes) {
        Ok(t) => t,
        Err(response) => return response,
    };
    match palermo::io::parse_input_with(text, &app.limits) {
        Ok(input) => {
            let words = palermo::words::explain::explain_in(
                &palermo::evaluate_input_as(&input, profile),
                lang,
            );
            ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], words).into_response()
        }
        Err(_) => {
            if let Some(answer) = not_one_case(text) {
                return answer;
            }
            let record = screen_record_as(text, 1, &app.limits, profile);
            json_response(
                invalid_status(text, &app.limits),
                record.line().to_string() + "\n",
            )
        }
    }
}

fn fixed_json(text: &str) -> Response {
    json_response(StatusCode::OK, text.to_string())
}

async fn schema_input(State(app): State<Shared>) -> Response {
    fixed_json(&app.schema_input)
}

async fn schema_output(State(app): State<Shared>) -> Response {
    fixed_json(&app.schema_output)
}

async fn rules_handler(State(app): State<Shared>) -> Response {
    fixed_json(&app.rules)
}

async fn openapi_handler(State(app): State<Shared>) -> Response {
    fixed_json(&app.openapi)
}

async fn health() -> Response {
    let body = json!({
        "status": "ok",
        "contract": palermo::assessment::CONTRACT,
        "version": env!("CARGO_PKG_VERSION"),
    });
    json_response(StatusCode::OK, format!("{body}\n"))
}

async fn page_handler(State(app): State<Shared>) -> Response {
    let mut response = app.page.clone().into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CONTENT_SECURITY_POLICY, PAGE_CSP),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The rules, as `palermo rules` lists them: id, provision, what each
/// decides, how sure we are of the wording, and the provision quoted.
fn rules() -> Value {
    Value::Array(
        palermo::law::RULES
            .iter()
            .map(|rule| {
                json!({
                    "id": rule.id,
                    "citation": rule.citation,
                    "summary": rule.summary,
                    "wording": palermo::words::explain::wording_words(rule.wording),
                    "quote": rule.quote,
                })
            })
            .collect(),
    )
}

/// The page, with its words in place of the marker: one JSON object, `<`
/// escaped so that no string can end the script element it is in.
fn page() -> String {
    let strings: serde_json::Map<String, Value> =
        palermo::words::page::strings(palermo::words::Language::En)
            .into_iter()
            .map(|(key, text)| (key.to_string(), Value::String(text)))
            .collect();
    let json = Value::Object(strings).to_string().replace('<', "\\u003c");
    include_str!("serve/page.html").replacen(STRINGS_MARKER, &json, 1)
}
