//! `palermo screen --from htcds` and `palermo indicators`.

use palermo::io::{BatchSummary, Limits};
use palermo::IloData;
use std::fmt::Write as _;
use std::io::{self, BufReader, BufWriter, LineWriter, Write};
use std::path::Path;

/// Screen HTCDS records (JSON, NDJSON) or CTDC rows (CSV) from a file or
/// stdin. As `palermo screen` does for contract cases: when the input is not
/// a regular file (a pipe), each line is written as soon as its record is
/// decided.
pub fn screen(file: Option<&Path>, limits: &Limits) -> io::Result<BatchSummary> {
    let stdout = crate::stdout()?;
    let out: Box<dyn Write> = if crate::input::is_regular_file(file) {
        Box::new(BufWriter::with_capacity(1 << 16, stdout))
    } else {
        Box::new(LineWriter::new(stdout))
    };
    match file {
        Some(path) => palermo::io::htcds::screen_input(
            BufReader::with_capacity(1 << 16, crate::input::open_file(path)?),
            out,
            limits,
        ),
        None => palermo::io::htcds::screen_input(
            BufReader::with_capacity(1 << 16, io::stdin()),
            out,
            limits,
        ),
    }
}

/// The ILO/EC indicators: a table for people, or the data as JSON.
pub fn indicators(json: bool) -> String {
    let data = match IloData::embedded() {
        Ok(d) => d,
        Err(e) => return format!("palermo: the ILO/EC data could not be loaded: {e}\n"),
    };
    if json {
        let value = serde_json::json!({
            "policy": data.policy,
            "lists": data.lists(),
        });
        return serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "ILO/EC operational indicators (policy {} version {}).",
        data.policy.name, data.policy.version
    );
    let _ = writeln!(out, "Dimension rule: {}", data.policy.dimension_rule.text);
    for list in data.lists() {
        match list.fallback {
            Some(to) => {
                let _ = writeln!(
                    out,
                    "\n{} ({}): not encoded; graded on {}.",
                    list.title, list.list, to
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "\n{} ({}), confidence {}:",
                    list.title,
                    list.list,
                    list.confidence.tag()
                );
                for e in &list.indicators {
                    let _ = writeln!(
                        out,
                        "  {:<78} {:<7} {}",
                        e.id,
                        e.grade.name(),
                        e.confidence.tag()
                    );
                }
            }
        }
    }
    out
}
