//! `palermo casebook`: the training casebook.
//!
//! - `list`: the scenarios in course order (`--answers` adds the expected
//!   verdict; without it the list can be projected to trainees).
//! - `show ID|NUMBER`: one scenario, the narrative, then the answer and the
//!   reasoning as `palermo explain` prints it, in plain words
//!   (`--for-trainers` adds rule ids and field names; `--question-only` for a
//!   projector: the number, the title, the facts and the question, with
//!   nothing that gives the answer away).
//! - `check`: every scenario against the engine; exit 1 on any disagreement.
//! - `render --format md|html [--out FILE]`: the handout, in plain words;
//!   `--only ID|NUMBER|TAG|PART,...` selects cases, `--questions-only` leaves
//!   the answers out, `--answer-key` gives the answers alone, `--title` and
//!   `--org` head it, `--for-trainers` adds rule ids and field names, and
//!   `--lang km` gives the handout's own words in Khmer (a draft).
//!
//! `--dir DIR` reads the scenarios from `DIR/*.json` instead of the built-in
//! casebook, so a trainer can check and render scenarios of their own.
//! Exit status: 0 on success, 1 on a disagreement or an I/O failure, 2 on an
//! invalid scenario file, 64 on an unknown scenario, tag, part or language
//! (with the valid ones).

use clap::{Args, Subcommand, ValueEnum};
use palermo::casebook::{self, Content, Handout, Scenario, View};
use palermo::words::Language;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The training casebook: scenarios to read aloud, each checked against the engine.
#[derive(Args)]
pub struct CasebookArgs {
    /// Read the scenarios from DIR/*.json instead of the built-in casebook.
    #[arg(long, global = true, value_name = "DIR")]
    dir: Option<PathBuf>,
    #[command(subcommand)]
    command: CasebookCommand,
}

#[derive(Subcommand)]
enum CasebookCommand {
    /// List the scenarios in course order: number, id, title.
    List {
        /// Only the scenarios with this tag (e.g. men, child-no-means, mekong).
        #[arg(long)]
        tag: Option<String>,
        /// Show the expected verdict of each scenario too.
        #[arg(long)]
        answers: bool,
    },
    /// Show one scenario: the narrative, then the answer and the reasoning.
    Show {
        /// The scenario id, or its number in `palermo casebook list`.
        id: String,
        /// Only the narrative and the question, without the answer or
        /// anything that gives it away (for a projector).
        #[arg(long, conflicts_with = "for_trainers")]
        question_only: bool,
        /// Add palermo's rule ids and field names, for trainers who also use the tool.
        #[arg(long)]
        for_trainers: bool,
    },
    /// Check every scenario against the engine; exit 1 on any disagreement.
    Check,
    /// Write the handout: narrative, question, then the reasoned answer.
    Render {
        /// Markdown, or one self-contained HTML page.
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
        /// Write to FILE instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only these cases: ids, numbers, tags or parts, comma-separated.
        #[arg(long, value_name = "ID|TAG|PART,...")]
        only: Option<String>,
        /// The facts and the question of each case, without the answers (for trainees).
        #[arg(long, conflicts_with = "answer_key")]
        questions_only: bool,
        /// The answers alone, one line a case (for the trainer).
        #[arg(long)]
        answer_key: bool,
        /// The title of the handout.
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// A line under the title: the organisation, the course, the date.
        #[arg(long, value_name = "TEXT")]
        org: Option<String>,
        /// Add palermo's rule ids and field names, for trainers who also use the tool.
        #[arg(long)]
        for_trainers: bool,
        /// The language of the handout's words: en, or km (a draft awaiting review).
        #[arg(long, value_name = "CODE", default_value = "en")]
        lang: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Markdown.
    Md,
    /// One self-contained HTML page; answers hidden until the trainee chooses.
    Html,
}

/// Run `palermo casebook ...`.
pub fn run(args: CasebookArgs) -> ExitCode {
    let scenarios = match load(args.dir.as_deref()) {
        Ok(s) => s,
        Err(Failure::Io(e)) => return crate::io_failure(&e),
        Err(Failure::Invalid(e)) => {
            eprintln!("palermo: invalid scenario: {e}");
            return ExitCode::from(2);
        }
    };
    match args.command {
        CasebookCommand::List { tag, answers } => {
            if let Some(t) = tag.as_deref() {
                if !scenarios.iter().any(|s| s.has_tag(t)) {
                    return usage(&casebook::unknown_key(&scenarios, t).to_string());
                }
            }
            crate::print_or_fail(&list(&scenarios, tag.as_deref(), answers))
        }
        CasebookCommand::Show {
            id,
            question_only,
            for_trainers,
        } => match find(&scenarios, &id) {
            Some((number, s)) => {
                let view = if question_only {
                    View::Question
                } else if for_trainers {
                    View::ForTrainers
                } else {
                    View::Answer
                };
                crate::print_or_fail(&casebook::render_text(s, number, view))
            }
            None => {
                eprintln!(
                    "palermo: no scenario `{id}`; `palermo casebook list` shows the ids and numbers"
                );
                ExitCode::from(crate::USAGE_ERROR)
            }
        },
        CasebookCommand::Check => check(&scenarios),
        CasebookCommand::Render {
            format,
            out,
            only,
            questions_only,
            answer_key,
            title,
            org,
            for_trainers,
            lang,
        } => {
            let Some(lang) = Language::from_code(&lang) else {
                let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                return usage(&format!(
                    "no language `{lang}`; the languages are {}",
                    codes.join(", ")
                ));
            };
            let selected = match only.as_deref() {
                Some(keys) => match casebook::select(&scenarios, keys) {
                    Ok(s) => s,
                    Err(e) => return usage(&e.to_string()),
                },
                None => scenarios,
            };
            let content = if questions_only {
                Content::QuestionsOnly
            } else if answer_key {
                Content::AnswerKey
            } else {
                Content::Full
            };
            let mut handout = Handout::new()
                .with_lang(lang)
                .with_content(content)
                .for_trainers(for_trainers);
            if let Some(t) = title {
                handout = handout.with_title(t);
            }
            if let Some(o) = org {
                handout = handout.with_org(o);
            }
            let text = match format {
                Format::Md => casebook::render_markdown_with(&selected, &handout),
                Format::Html => casebook::render_html_with(&selected, &handout),
            };
            match out {
                Some(path) => match fs::write(&path, text) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => crate::io_failure(&io::Error::new(
                        e.kind(),
                        format!("{}: {e}", path.display()),
                    )),
                },
                None => crate::print_or_fail(&text),
            }
        }
    }
}

/// Report a usage error; exit status 64.
fn usage(message: &str) -> ExitCode {
    eprintln!("palermo: {message}");
    ExitCode::from(crate::USAGE_ERROR)
}

enum Failure {
    Io(io::Error),
    Invalid(casebook::LoadError),
}

/// The built-in scenarios, or those of `dir`.
fn load(dir: Option<&Path>) -> Result<Vec<Scenario>, Failure> {
    let Some(dir) = dir else {
        return casebook::builtin().map_err(Failure::Invalid);
    };
    let with_dir =
        |e: io::Error| Failure::Io(io::Error::new(e.kind(), format!("{}: {e}", dir.display())));
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(with_dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
        .collect();
    files.sort();
    let mut sources = Vec::with_capacity(files.len());
    for path in &files {
        let text = fs::read_to_string(path).map_err(|e| {
            Failure::Io(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
        })?;
        sources.push((path.to_string_lossy().into_owned(), text));
    }
    let borrowed: Vec<(&str, &str)> = sources
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    casebook::load(&borrowed).map_err(Failure::Invalid)
}

/// A scenario by id, or by its 1-based number in course order, with that number.
fn find<'a>(scenarios: &'a [Scenario], key: &str) -> Option<(usize, &'a Scenario)> {
    let index = scenarios.iter().position(|s| s.id == key).or_else(|| {
        key.parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|i| *i < scenarios.len())
    })?;
    Some((index + 1, &scenarios[index]))
}

fn list(scenarios: &[Scenario], tag: Option<&str>, answers: bool) -> String {
    let width = scenarios.iter().map(|s| s.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    let mut part = None;
    for (i, s) in scenarios.iter().enumerate() {
        if tag.is_some_and(|t| !s.has_tag(t)) {
            continue;
        }
        if part != Some(s.part) {
            if part.is_some() {
                out.push('\n');
            }
            out.push_str(s.part.title());
            out.push('\n');
            part = Some(s.part);
        }
        if answers {
            out.push_str(&format!(
                "{:>4}  {:<width$}  {:<20}  {}\n",
                i + 1,
                s.id,
                casebook::option_label(s.expected.verdict),
                s.title
            ));
        } else {
            out.push_str(&format!("{:>4}  {:<width$}  {}\n", i + 1, s.id, s.title));
        }
    }
    out
}

fn check(scenarios: &[Scenario]) -> ExitCode {
    let mut failed = 0usize;
    let mut out = String::new();
    for s in scenarios {
        match casebook::check(s) {
            Ok(()) => out.push_str(&format!("ok    {}  {}\n", s.id, s.expected)),
            Err(d) => {
                failed += 1;
                out.push_str(&format!("FAIL  {d}\n"));
            }
        }
    }
    let total = scenarios.len();
    let agree = total - failed;
    let (scenario, agrees, disagrees) = (
        if total == 1 { "scenario" } else { "scenarios" },
        if agree == 1 { "agrees" } else { "agree" },
        if failed == 1 { "disagrees" } else { "disagree" },
    );
    out.push_str(&format!(
        "\n{total} {scenario}: {agree} {agrees} with the engine, {failed} {disagrees}.\n"
    ));
    let printed = crate::print_or_fail(&out);
    if failed > 0 {
        ExitCode::from(1)
    } else {
        printed
    }
}
