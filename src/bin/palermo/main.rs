//! `palermo`: screen cases against the Trafficking Protocol definition from
//! the command line.
//!
//! - `palermo screen [FILE]`: one JSON case or NDJSON in (stdin when no
//!   file), one NDJSON assessment per case out. Exit 0 when every record was
//!   screened, 2 when any was invalid (it gets an error record on its line),
//!   1 on an I/O failure.
//! - `palermo explain [FILE]`: one case, explained in plain text.
//! - `palermo schema input|output`: the JSON Schemas of contract v1.
//! - `palermo screen --from htcds`, `palermo explain --from htcds`: HTCDS
//!   v2.0 records (JSON) or CTDC rows (CSV) instead of contract v1 cases.
//! - `palermo indicators [--json]`: the ILO/EC indicator ids, grades and policy.

#![forbid(unsafe_code)]

mod htcds;
mod input;

use clap::{Parser, Subcommand, ValueEnum};
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
        /// The input's vocabulary.
        #[arg(long, value_enum, default_value_t = From::Contract)]
        from: From,
    },
    /// Explain the assessment of one case in plain text.
    Explain {
        /// Input file (one JSON case); stdin when absent.
        file: Option<PathBuf>,
        /// The input's vocabulary (with htcds: one JSON record, or the first row of a CSV).
        #[arg(long, value_enum, default_value_t = From::Contract)]
        from: From,
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
            from,
        } => {
            let limits = palermo::json::Limits::default().with_max_record_bytes(max_record_bytes);
            let screened = match from {
                From::Contract => input::screen(file.as_deref(), &limits),
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
        } => match input::read_one(file.as_deref()) {
            Ok(text) => match palermo::htcds::case_from_text(&text) {
                Ok((case, report)) => print_or_fail(&palermo::explain::explain(
                    &palermo::htcds::screen(case, report),
                )),
                Err(e) => {
                    eprintln!("palermo: invalid HTCDS record: {e}");
                    ExitCode::from(2)
                }
            },
            Err(e) => io_failure(&e),
        },
        Command::Indicators { json } => print_or_fail(&htcds::indicators(json)),
        Command::Explain { file, .. } => match input::read_one(file.as_deref()) {
            Ok(text) => match palermo::parse_case(&text) {
                Ok(case) => {
                    let text = palermo::explain::explain(&palermo::evaluate(&case));
                    print_or_fail(&text)
                }
                Err(e) => {
                    eprintln!("palermo: invalid case: {e}");
                    ExitCode::from(2)
                }
            },
            Err(e) => io_failure(&e),
        },
        Command::Schema { which } => {
            let schema = match which {
                Which::Input => palermo::schema::input(),
                Which::Output => palermo::schema::output(),
            };
            match serde_json::to_string_pretty(&schema) {
                Ok(text) => print_or_fail(&format!("{text}\n")),
                Err(e) => io_failure(&io::Error::other(e)),
            }
        }
    }
}

fn print_or_fail(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => io_failure(&e),
    }
}

fn io_failure(e: &io::Error) -> ExitCode {
    // A closed pipe (`palermo screen big.ndjson | head`) is not a failure to report.
    if e.kind() != io::ErrorKind::BrokenPipe {
        eprintln!("palermo: {e}");
    }
    ExitCode::from(1)
}
