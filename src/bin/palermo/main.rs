//! `palermo`: screen cases against the Trafficking Protocol definition from
//! the command line.
//!
//! - `palermo screen [FILE]`: one JSON case or NDJSON in (stdin when no
//!   file), one NDJSON assessment per case out. Exit 0 when every record was
//!   screened, 2 when any was invalid (it gets an error record on its line),
//!   1 on an I/O failure.
//! - `palermo explain [FILE]`: one case, explained in plain text.
//! - `palermo compare [FILE]`: one case under every jurisdiction profile, and
//!   the provision that makes each difference.
//! - `palermo schema input|output`: the JSON Schemas of contract v1.
//! - `palermo rules`: every rule with its provision.
//! - `palermo casebook list|show|check|render`: the training casebook.
//! - `palermo screen --from htcds`, `palermo explain --from htcds`: HTCDS
//!   v2.0 records (JSON) or CTDC rows (CSV) instead of contract v1 cases.
//! - `palermo indicators [--json]`: the ILO/EC indicator ids, grades and policy.
//!
//! `--profile` on `screen` and `explain` assesses under a jurisdiction
//! profile, overriding each case's own `"profile"`.

#![forbid(unsafe_code)]

mod casebook;
mod compare;
mod htcds;
mod input;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use palermo::Profile;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Screen the facts of a case against the UN Trafficking in Persons Protocol
/// definition (art. 3), and tell trafficking apart from smuggling, irregular
/// and unsafe migration. A screening aid, not a legal determination.
#[derive(Parser)]
#[command(name = "palermo", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Screen one JSON case or NDJSON cases; write one NDJSON assessment per case.
    Screen {
        /// Input file (JSON or NDJSON); stdin when absent.
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
}

/// `--profile NAME`: one of the profile names, listed in `--help`.
fn profile_parser() -> impl TypedValueParser<Value = Profile> {
    PossibleValuesParser::new(Profile::ALL.map(Profile::name)).try_map(|s| s.parse::<Profile>())
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum From {
    /// palermo contract v1 cases (JSON or NDJSON).
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
    let cli = Cli::parse();
    match cli.command {
        Command::Screen {
            file,
            max_record_bytes,
            profile,
            from,
        } => {
            let limits = palermo::io::Limits::default().with_max_record_bytes(max_record_bytes);
            let screened = match from {
                From::Contract => input::screen(file.as_deref(), &limits, profile),
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
            ..
        } => match input::read_one(file.as_deref()) {
            Ok(text) => match palermo::io::htcds::case_from_text(&text) {
                Ok((input, report)) => {
                    let screened = palermo::io::htcds::screen(input, report);
                    print_or_fail(&palermo::words::explain::explain_with(
                        &screened.assessment,
                        Some(&palermo::io::htcds::report_text(&screened.input_report)),
                    ))
                }
                Err(e) => {
                    eprintln!("palermo: invalid HTCDS record: {e}");
                    ExitCode::from(2)
                }
            },
            Err(e) => io_failure(&e),
        },
        Command::Indicators { json } => print_or_fail(&htcds::indicators(json)),
        Command::Explain { file, profile, .. } => match input::read_one(file.as_deref()) {
            Ok(text) => match palermo::parse_input(&text) {
                Ok(input) => {
                    let text = palermo::words::explain::explain(&palermo::evaluate_input_as(
                        &input, profile,
                    ));
                    print_or_fail(&text)
                }
                Err(e) => {
                    eprintln!("palermo: invalid case: {e}");
                    ExitCode::from(2)
                }
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
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => io_failure(&e),
    }
}

/// Report an I/O failure (quietly for a closed pipe); exit status 1.
pub(crate) fn io_failure(e: &io::Error) -> ExitCode {
    // A closed pipe (`palermo screen big.ndjson | head`) is not a failure to report.
    if e.kind() != io::ErrorKind::BrokenPipe {
        eprintln!("palermo: {e}");
    }
    ExitCode::from(1)
}
