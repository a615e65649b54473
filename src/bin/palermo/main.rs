//! `palermo`: screen cases against the Trafficking Protocol definition from
//! the command line.
//!
//! - `palermo screen [FILE]`: cases in (NDJSON, a JSON array, or JSON cases
//!   one after the other, pretty-printed or not; stdin when no file), one
//!   NDJSON assessment per case out.
//! - `palermo explain [FILE]`: one case, explained in plain text.
//! - `palermo compare [FILE]`: one case under every jurisdiction profile, and
//!   the provision that makes each difference.
//! - `palermo schema input|output`: the JSON Schemas of contract v1.
//! - `palermo rules`: every rule with its provision.
//! - `palermo casebook list|show|check|render`: the training casebook.
//! - `palermo screen --from htcds`, `palermo explain --from htcds`: HTCDS
//!   v2.0 records (JSON) or CTDC rows (CSV) instead of contract v1 cases.
//! - `palermo indicators [--json]`: the ILO/EC indicator ids, grades and policy.
//! - `palermo interview [--profile P] [--from-case FILE] [--out FILE] [--plain]`:
//!   build a case one question at a time.
//! - `--lang km` on `explain` and `interview` (and `casebook render`): the
//!   words in Khmer, a draft translation awaiting review.
//! - `palermo serve [--addr 127.0.0.1:8080]`: all of this over HTTP, and a
//!   screening page in the browser.
//!
//! `--profile` on `screen` and `explain` assesses under a jurisdiction
//! profile, overriding each case's own `"profile"`.
//!
//! Exit statuses (the same for every command and both `--from`): 0 every
//! record was screened; 2 some records were invalid (each has an error
//! record on its line); 1 an I/O failure: a file that cannot be read, or a
//! standard output that is closed, full or failing (`palermo screen big.ndjson
//! | head -1` exits 1); 64 a usage error (an unknown command, flag or
//! profile or language; `EX_USAGE` of sysexits.h). `palermo interview`
//! has one more: 3 the input ended before the interview was finished (the
//! case holds the answers given so far).

#![forbid(unsafe_code)]

mod casebook;
mod compare;
mod htcds;
mod input;
mod interview;
mod serve;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use palermo::words::Language;
use palermo::Profile;
use std::fs::File;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The exit statuses, in `--help`.
const EXIT_STATUSES: &str = "Exit status:
  0   every record was screened
  2   some records were invalid (each has an error record on its line)
  1   an I/O failure: an input that cannot be read, or a standard output
      that is closed, full or failing (`palermo screen big.ndjson | head -1`)
  64  a usage error: an unknown command, flag, profile or language";

/// The exit statuses of `palermo interview`, in its `--help`.
const INTERVIEW_STATUSES: &str = "Exit status:
  0   the interview was finished (no answer left could change the outcome,
      or `done`), and the case written
  3   the input ended before the interview was finished: the case holds the
      answers given so far and is written all the same; standard error says
      the interview was not finished
  2   the --from-case file is not a case
  1   an I/O failure: a file that cannot be read or written, or a standard
      output that is closed, full or failing
  64  a usage error: an unknown flag, profile or language";

/// The exit status of a usage error (`EX_USAGE`); clap's own is 2, which
/// would read as "some records were invalid".
const USAGE_ERROR: u8 = 64;

/// Screen the facts of a case against the UN Trafficking in Persons Protocol
/// definition (art. 3), and tell trafficking apart from smuggling, irregular
/// and unsafe migration. A screening aid, not a legal determination.
#[derive(Parser)]
#[command(name = "palermo", version, about, long_about = None, after_help = EXIT_STATUSES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Screen cases (one JSON case, several, an array, or NDJSON); write one NDJSON assessment per case.
    Screen {
        /// Input file (NDJSON, a JSON array, or JSON cases one after the
        /// other); stdin when absent.
        file: Option<PathBuf>,
        /// Largest record accepted, in bytes.
        #[arg(long, default_value_t = 1 << 20)]
        max_record_bytes: usize,
        /// Jurisdiction profile, overriding each case's "profile".
        #[arg(long, value_parser = profile_parser(), conflicts_with = "from")]
        profile: Option<Profile>,
        /// The input's vocabulary.
        #[arg(long, value_enum, default_value_t = From::Contract)]
        from: From,
        /// Threads that screen an NDJSON batch of contract cases; 1 screens
        /// on one thread.
        /// The output is the same whatever the number. [default: the
        /// machine's cores, at most 16]
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
        threads: Option<u16>,
    },
    /// Explain the assessment of one case in plain text.
    Explain {
        /// Input file (one JSON case); stdin when absent.
        file: Option<PathBuf>,
        /// Jurisdiction profile, overriding the case's "profile".
        #[arg(long, value_parser = profile_parser(), conflicts_with = "from")]
        profile: Option<Profile>,
        /// The input's vocabulary (with htcds: one JSON record, or the first row of a CSV).
        #[arg(long, value_enum, default_value_t = From::Contract)]
        from: From,
        /// The language of the words: en, or km (a draft awaiting review;
        /// the provisions stay quoted in English).
        #[arg(long, value_name = "CODE", value_parser = lang_parser(), default_value = "en")]
        lang: Language,
        /// Show each step's rule id and each question's fact path, as the
        /// JSON output names them (for those who also use it).
        #[arg(long)]
        ids: bool,
    },
    /// Run one case under every jurisdiction profile and show where the
    /// outcomes differ, and which provision makes the difference.
    Compare {
        /// Input file (one JSON case); stdin when absent.
        file: Option<PathBuf>,
        /// Machine output: one line of JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the ILO/EC indicators (ids, grades per list, confidence) and the policy.
    Indicators {
        /// Print the lists and the policy as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of contract v1 input or output.
    Schema {
        /// Which schema.
        which: Which,
    },
    /// List every rule the engine applies, with its provision and wording.
    Rules {
        /// Quote each provision in full.
        #[arg(long)]
        quotes: bool,
    },
    /// The training casebook: list, show, check against the engine, render a handout.
    Casebook(casebook::CasebookArgs),
    /// Build a case by answering one question at a time; save it as a case
    /// `screen` and `explain` accept.
    #[command(after_help = INTERVIEW_STATUSES)]
    Interview {
        /// Jurisdiction profile, overriding the case's "profile".
        #[arg(long, value_parser = profile_parser())]
        profile: Option<Profile>,
        /// Start from this case (its facts are not asked again).
        #[arg(long, value_name = "FILE")]
        from_case: Option<PathBuf>,
        /// Write the case here (default: standard output, one line).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The line protocol: one question per line, ending with its facts'
        /// paths in [brackets]; one answer per line. The default when
        /// standard input is not a terminal.
        #[arg(long)]
        plain: bool,
        /// The language of the questions and prompts: en, or km (a draft
        /// awaiting review). The line protocol's paths and answers stay as they are.
        #[arg(long, value_name = "CODE", value_parser = lang_parser(), default_value = "en")]
        lang: Language,
    },
    /// Serve screening over HTTP (JSON in, JSON out) and a screening page.
    Serve(serve::ServeArgs),
}

/// `--lang CODE`: one of the languages' codes, listed in `--help`.
fn lang_parser() -> impl TypedValueParser<Value = Language> {
    PossibleValuesParser::new(Language::ALL.map(Language::code))
        .try_map(|s| Language::from_code(&s).ok_or("no such language"))
}

/// `--profile NAME`: one of the profile names, listed in `--help`.
fn profile_parser() -> impl TypedValueParser<Value = Profile> {
    PossibleValuesParser::new(Profile::ALL.map(Profile::name)).try_map(|s| s.parse::<Profile>())
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum From {
    /// palermo contract v1 cases (JSON, a JSON array, or NDJSON).
    Contract,
    /// HTCDS v2.0 records (JSON object, array or NDJSON) or CTDC rows (CSV).
    Htcds,
}

#[derive(Clone, Copy, ValueEnum)]
enum Which {
    /// One case (input).
    Input,
    /// One output line (assessment or error record).
    Output,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(USAGE_ERROR),
            };
        }
    };
    match cli.command {
        Command::Screen {
            file,
            max_record_bytes,
            profile,
            from,
            threads,
        } => {
            let limits = palermo::io::Limits::default().with_max_record_bytes(max_record_bytes);
            let threads = threads.map_or_else(input::cores, usize::from);
            let screened = match from {
                From::Contract => input::screen(file.as_deref(), &limits, profile, threads),
                From::Htcds => htcds::screen(file.as_deref(), &limits),
            };
            match screened {
                Ok(summary) if summary.invalid == 0 => ExitCode::SUCCESS,
                Ok(_) => ExitCode::from(2),
                Err(e) => io_failure(&e),
            }
        }
        Command::Explain {
            file,
            from: From::Htcds,
            lang,
            ids,
            ..
        } => match input::read_one(file.as_deref()) {
            Ok(text) => match palermo::io::htcds::case_from_text(&text) {
                Ok((input, report)) => {
                    let screened = palermo::io::htcds::screen(input, report);
                    let report = if ids {
                        palermo::io::htcds::report_text_with_ids(&screened.input_report)
                    } else {
                        palermo::io::htcds::report_text(&screened.input_report)
                    };
                    print_or_fail(&if ids {
                        palermo::words::explain::explain_with_ids(
                            &screened.assessment,
                            Some(&report),
                            lang,
                        )
                    } else {
                        palermo::words::explain::explain_with_in(
                            &screened.assessment,
                            Some(&report),
                            lang,
                        )
                    })
                }
                // No record, an array or several: said as for a case.
                Err(e) if input::not_one_case(&text).is_some() => input::invalid_case(&text, &e),
                Err(e) => {
                    eprintln!("palermo: invalid HTCDS record: {e}");
                    ExitCode::from(2)
                }
            },
            Err(e) => io_failure(&e),
        },
        Command::Indicators { json } => print_or_fail(&htcds::indicators(json)),
        Command::Explain {
            file,
            profile,
            lang,
            ids,
            ..
        } => match input::read_one(file.as_deref()) {
            Ok(text) => match palermo::parse_input(&text) {
                Ok(input) => {
                    let a = palermo::evaluate_input_as(&input, profile);
                    let text = if ids {
                        palermo::words::explain::explain_with_ids(&a, None, lang)
                    } else {
                        palermo::words::explain::explain_in(&a, lang)
                    };
                    print_or_fail(&text)
                }
                Err(e) => input::invalid_case(&text, &e),
            },
            Err(e) => io_failure(&e),
        },
        Command::Rules { quotes } => print_or_fail(&rules(quotes)),
        Command::Compare { file, json } => compare::run(file.as_deref(), json),
        Command::Schema { which } => {
            let schema = match which {
                Which::Input => palermo::io::schema::input(),
                Which::Output => palermo::io::schema::output(),
            };
            match serde_json::to_string_pretty(&schema) {
                Ok(text) => print_or_fail(&format!("{text}\n")),
                Err(e) => io_failure(&io::Error::other(e)),
            }
        }
        Command::Casebook(args) => casebook::run(args),
        Command::Interview {
            profile,
            from_case,
            out,
            plain,
            lang,
        } => interview::run(interview::Options {
            profile,
            from_case,
            out,
            plain,
            lang,
        }),
        Command::Serve(args) => serve::run(args),
    }
}

/// The rule table, as Markdown (the table of `docs/RULES.md` is this output).
fn rules(quotes: bool) -> String {
    let mut out =
        String::from("| rule | provision | what it decides | wording |\n|---|---|---|---|\n");
    for rule in palermo::law::RULES {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            rule.id,
            rule.citation,
            rule.summary,
            palermo::words::explain::wording_words(rule.wording)
        ));
        if quotes {
            out.push_str(&format!(
                "|  | > \"{}\" |  |  |\n",
                rule.quote.replace('|', "\\|")
            ));
        }
    }
    out
}

/// Print `text` to stdout; exit status 1 if that fails.
pub(crate) fn print_or_fail(text: &str) -> ExitCode {
    match stdout().and_then(|mut out| out.write_all(text.as_bytes()).and_then(|()| out.flush())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => io_failure(&e),
    }
}

/// Standard output as a file of its own, so that every failure to write is
/// seen. `io::stdout()` reports a write to a descriptor that is not open
/// for writing (`palermo screen 1<&-`, `1</dev/null`) as a success; a
/// duplicate of the descriptor does not.
pub(crate) fn stdout() -> io::Result<File> {
    use std::os::fd::AsFd;
    if closed_at_start() {
        return Err(io::Error::other("standard output is closed"));
    }
    let out = File::from(io::stdout().as_fd().try_clone_to_owned()?);
    widen_pipe(&out);
    Ok(out)
}

/// When standard output is a pipe, ask for room for 1 MiB in it (Linux's
/// default is 64 KiB, the most an unprivileged process may ask for is
/// usually 1 MiB). A screened record's answer is some 5 KB and a batch
/// writes in pieces of 64 KiB or more, so with the default room the writer
/// and the reader on the other end wake each other for every few records;
/// with more room each side runs longer at a time (measured in
/// docs/PERFORMANCE.md). Best effort: where the call is refused, the pipe
/// keeps its size and nothing else changes.
#[cfg(target_os = "linux")]
fn widen_pipe(out: &File) {
    const ROOM: usize = 1 << 20;
    let is_pipe = out.metadata().is_ok_and(|m| {
        use std::os::unix::fs::FileTypeExt;
        m.file_type().is_fifo()
    });
    if is_pipe && rustix::pipe::fcntl_getpipe_size(out).is_ok_and(|size| size < ROOM) {
        let _ = rustix::pipe::fcntl_setpipe_size(out, ROOM);
    }
}

#[cfg(not(target_os = "linux"))]
fn widen_pipe(_: &File) {}

/// Whether standard output was closed when palermo started. Rust's runtime
/// opens `/dev/null` read-write on a standard descriptor that is closed at
/// start (`palermo screen >&-`), so such a run would write nothing and
/// succeed. A shell's `>/dev/null` opens it write-only; only the runtime's
/// stand-in is read-write.
#[cfg(target_os = "linux")]
fn closed_at_start() -> bool {
    let is_null = std::fs::read_link("/proc/self/fd/1")
        .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
    is_null
        && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("flags:"))
                .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
                .is_some_and(|flags| flags & 0o3 == 0o2)
        })
}

#[cfg(not(target_os = "linux"))]
fn closed_at_start() -> bool {
    false
}

/// Report an I/O failure (quietly for a closed pipe); exit status 1.
pub(crate) fn io_failure(e: &io::Error) -> ExitCode {
    // A closed pipe (`palermo screen big.ndjson | head`) is not a failure to report.
    if e.kind() != io::ErrorKind::BrokenPipe {
        eprintln!("palermo: {e}");
    }
    ExitCode::from(1)
}
