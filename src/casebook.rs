//! The training casebook: scenarios for police, prosecutors and judges.
//!
//! Trainers teach the definition of trafficking through cases: they read
//! out the facts, ask "trafficking, smuggling, or something else?", then
//! walk through act, means and purpose. Each scenario of the casebook is a
//! data file in `casebook/` (one JSON file each, built into the crate) with
//! a narrative to read aloud, the structured facts as a contract v1 case,
//! the expected verdict and labels, the teaching point, the common mistake it
//! targets and the provisions it turns on.
//!
//! Every scenario is also a test: [`check`] runs it through the engine and
//! reports any [`Disagreement`]. The renderers turn a set of scenarios into a
//! handout, in Markdown ([`render_markdown`]) or as one self-contained HTML
//! page in which each answer stays hidden until the trainee chooses
//! ([`render_html`]).
//!
//! ```
//! let scenarios = palermo::casebook::builtin().unwrap();
//! assert!(scenarios.len() >= 40);
//! for s in &scenarios {
//!     palermo::casebook::check(s).unwrap();
//! }
//! ```
//!
//! The file format (unknown fields are errors, here as in the case itself):
//!
//! ```json
//! {
//!   "id": "fishing-boat-deception",
//!   "title": "A job in a factory, a year at sea",
//!   "part": "definition",
//!   "narrative": "Paragraphs to read aloud, separated by blank lines.",
//!   "question": "Trafficking, smuggling, or something else?",
//!   "case": { "id": "fishing-boat-deception", "act": { "recruitment": true } },
//!   "expected": { "verdict": "trafficking", "labels": ["trafficking"] },
//!   "teaching_point": "...",
//!   "common_mistake": "...",
//!   "provisions": ["tip.3a", "tip.3a.means"],
//!   "tags": ["mekong", "men"]
//! }
//! ```
//!
//! `question` is optional ([`DEFAULT_QUESTION`]); `case` is a contract v1
//! case whose `id` equals the scenario's; `provisions` are rule ids of
//! [`crate::law::RULES`], each of which the engine must cite for the case.

use crate::assessment::{Assessment, Element, ElementStatus, Verdict};
use crate::decide::Input;
use crate::io::{parse_input_with, Limits};
use crate::law::{self, Rule, Wording};
use crate::words::explain::{self, Step};
use crate::words::{hanging, wrap};
use serde::Deserialize;
use std::fmt::{self, Write as _};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/casebook.rs"));
}

pub use embedded::SOURCES;

/// The question put to the trainee when a scenario does not set its own.
pub const DEFAULT_QUESTION: &str = "Trafficking, smuggling, or something else?";

/// The parts of the casebook, in the order a course takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Part {
    /// The definition: act, means and purpose.
    Definition,
    /// The forms of exploitation.
    Exploitation,
    /// Children, and a person whose age is uncertain.
    Children,
    /// Consent.
    Consent,
    /// Smuggling or trafficking?
    Smuggling,
    /// Migration that is neither trafficking nor smuggling.
    Migration,
    /// Protecting the person: asylum, non-punishment.
    Protection,
    /// Cases told in what a screener sees: ILO/EC indicators.
    Indicators,
}

impl Part {
    /// Every part, in course order.
    pub const ALL: [Part; 8] = [
        Part::Definition,
        Part::Exploitation,
        Part::Children,
        Part::Consent,
        Part::Smuggling,
        Part::Migration,
        Part::Protection,
        Part::Indicators,
    ];

    /// The name used in scenario files.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Definition => "definition",
            Part::Exploitation => "exploitation",
            Part::Children => "children",
            Part::Consent => "consent",
            Part::Smuggling => "smuggling",
            Part::Migration => "migration",
            Part::Protection => "protection",
            Part::Indicators => "indicators",
        }
    }

    /// The heading of the part in a handout.
    pub const fn title(self) -> &'static str {
        match self {
            Part::Definition => "The definition: act, means and purpose",
            Part::Exploitation => "Forms of exploitation",
            Part::Children => "Children, and a person whose age is uncertain",
            Part::Consent => "Consent",
            Part::Smuggling => "Smuggling or trafficking?",
            Part::Migration => "Migration that is neither",
            Part::Protection => "Protecting the person",
            Part::Indicators => "From what a screener sees: ILO/EC indicators",
        }
    }
}

/// The verdict and labels a scenario expects from the engine.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Expected {
    /// The verdict (contract v1 §4).
    pub verdict: Verdict,
    /// Every label, in order of precedence; the first is the verdict.
    pub labels: Vec<Verdict>,
}

impl Expected {
    /// The verdict and labels of an assessment.
    pub fn of(assessment: &Assessment) -> Self {
        Expected {
            verdict: assessment.verdict,
            labels: assessment.labels.clone(),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels: Vec<&str> = self.labels.iter().map(|l| l.name()).collect();
        write!(f, "{} [{}]", self.verdict, labels.join(", "))
    }
}

/// One training scenario, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Scenario {
    /// Stable id, lower case words joined by hyphens; the file is `<id>.json`.
    pub id: String,
    /// A short title.
    pub title: String,
    /// The part of the course it belongs to.
    pub part: Part,
    /// The facts as a trainer reads them aloud; paragraphs separated by a blank line.
    pub narrative: String,
    /// The question put to the trainee.
    pub question: String,
    /// The structured facts (a contract v1 record: the case, and any
    /// indicators beside it).
    pub input: Input,
    /// What the engine must find.
    pub expected: Expected,
    /// What the scenario teaches.
    pub teaching_point: String,
    /// The common mistake it targets.
    pub common_mistake: String,
    /// The provisions it turns on, as rules of [`crate::law::RULES`].
    pub provisions: Vec<&'static Rule>,
    /// Themes, for finding scenarios (`men`, `child-no-means`, `mekong`, ...).
    pub tags: Vec<String>,
}

impl Scenario {
    /// The scenario's narrative, paragraph by paragraph.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> + '_ {
        self.narrative
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }

    /// Whether the scenario carries `tag`.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// The engine's assessment of the scenario's case.
    pub fn assess(&self) -> Assessment {
        crate::words::assess(&self.input, None)
    }
}

/// The scenario file as written, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    title: String,
    part: Part,
    narrative: String,
    #[serde(default)]
    question: Option<String>,
    case: Box<serde_json::value::RawValue>,
    expected: Expected,
    teaching_point: String,
    common_mistake: String,
    provisions: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
}

/// Why a scenario file is not a valid scenario.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScenarioError {
    /// Not valid JSON, or a field of the scenario is unknown, missing or of the wrong type.
    #[error("{0}")]
    Format(String),
    /// The `case` is not a valid contract v1 case.
    #[error("case: {0}")]
    Case(crate::io::Error),
    /// The id is not lower case words joined by hyphens.
    #[error("id `{0}`: use lower case letters, digits and hyphens (at most 64)")]
    BadId(String),
    /// `case.id` is missing or differs from the scenario id.
    #[error("case.id must equal the scenario id `{0}`")]
    CaseId(String),
    /// A text field is empty.
    #[error("{0} must not be empty")]
    Empty(&'static str),
    /// The expected labels are not a well-formed label list for the verdict.
    #[error("expected: {0}")]
    Expected(&'static str),
    /// A provision is not a rule id of `palermo::law::RULES`.
    #[error("provisions: unknown rule id `{0}` (see `palermo rules`)")]
    UnknownProvision(String),
    /// A provision or a tag is listed twice, or a tag is malformed.
    #[error("{0}")]
    List(String),
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

fn check_labels(e: &Expected) -> Result<(), ScenarioError> {
    let rank = |v: &Verdict| Verdict::ALL.iter().position(|x| x == v);
    match e.labels.first() {
        None => return Err(ScenarioError::Expected("labels must not be empty")),
        Some(first) if *first != e.verdict => {
            return Err(ScenarioError::Expected(
                "labels must start with the verdict",
            ))
        }
        _ => {}
    }
    if e.labels.windows(2).any(|w| rank(&w[0]) >= rank(&w[1])) {
        return Err(ScenarioError::Expected(
            "labels must be in order of precedence, each once",
        ));
    }
    if e.labels.len() > 1 && e.labels.contains(&Verdict::NoFinding) {
        return Err(ScenarioError::Expected("no_finding can only appear alone"));
    }
    if e.labels.contains(&Verdict::Trafficking) && e.labels.contains(&Verdict::PossibleTrafficking)
    {
        return Err(ScenarioError::Expected(
            "trafficking and possible_trafficking never hold together",
        ));
    }
    Ok(())
}

/// Parse and validate one scenario file.
///
/// The wrapper and the case both reject unknown fields; the case goes
/// through [`crate::io::parse_input`], so contract v1 validation
/// applies; every provision must be a rule id of [`crate::law::RULES`].
///
/// ```
/// let err = palermo::casebook::parse_scenario(r#"{"id": "x", "titel": "typo"}"#).unwrap_err();
/// assert!(err.to_string().contains("unknown field `titel`"));
/// ```
pub fn parse_scenario(text: &str) -> Result<Scenario, ScenarioError> {
    let raw: Raw = serde_json::from_str(text).map_err(|e| ScenarioError::Format(e.to_string()))?;
    if !is_slug(&raw.id) {
        return Err(ScenarioError::BadId(raw.id));
    }
    let input =
        parse_input_with(raw.case.get(), &Limits::default()).map_err(ScenarioError::Case)?;
    if input.case.id.as_deref() != Some(raw.id.as_str()) {
        return Err(ScenarioError::CaseId(raw.id));
    }
    for (name, value) in [
        ("title", &raw.title),
        ("narrative", &raw.narrative),
        ("teaching_point", &raw.teaching_point),
        ("common_mistake", &raw.common_mistake),
    ] {
        if value.trim().is_empty() {
            return Err(ScenarioError::Empty(name));
        }
    }
    if raw.question.as_deref().is_some_and(|q| q.trim().is_empty()) {
        return Err(ScenarioError::Empty("question"));
    }
    check_labels(&raw.expected)?;
    if raw.provisions.is_empty() {
        return Err(ScenarioError::Empty("provisions"));
    }
    let mut provisions: Vec<&'static Rule> = Vec::with_capacity(raw.provisions.len());
    for id in &raw.provisions {
        let rule = law::rule(id).ok_or_else(|| ScenarioError::UnknownProvision(id.clone()))?;
        if provisions.iter().any(|r| r.id == rule.id) {
            return Err(ScenarioError::List(format!(
                "provisions: `{id}` is listed twice"
            )));
        }
        provisions.push(rule);
    }
    for (i, tag) in raw.tags.iter().enumerate() {
        if !is_slug(tag) {
            return Err(ScenarioError::List(format!(
                "tags: `{tag}`: use lower case letters, digits and hyphens"
            )));
        }
        if raw.tags[..i].contains(tag) {
            return Err(ScenarioError::List(format!(
                "tags: `{tag}` is listed twice"
            )));
        }
    }
    Ok(Scenario {
        id: raw.id,
        title: raw.title.trim().to_string(),
        part: raw.part,
        narrative: raw.narrative,
        question: raw
            .question
            .map_or_else(|| DEFAULT_QUESTION.to_string(), |q| q.trim().to_string()),
        input,
        expected: raw.expected,
        teaching_point: raw.teaching_point.trim().to_string(),
        common_mistake: raw.common_mistake.trim().to_string(),
        provisions,
        tags: raw.tags,
    })
}

/// A scenario file of a set that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file is not a valid scenario.
    #[error("{file}: {error}")]
    Invalid {
        /// The file name.
        file: String,
        /// What is wrong with it.
        error: ScenarioError,
    },
    /// The file name is not the scenario id followed by `.json`.
    #[error("{file}: the file name must be the scenario id followed by .json (`{id}.json`)")]
    FileName {
        /// The file name.
        file: String,
        /// The scenario id.
        id: String,
    },
    /// Two files have the same scenario id.
    #[error("{file}: scenario id `{id}` is used twice")]
    Duplicate {
        /// The second file.
        file: String,
        /// The id.
        id: String,
    },
}

/// Parse a set of scenario files, given as (file name, contents), and put
/// them in course order: by [`Part`], then in the order given.
pub fn load(sources: &[(&str, &str)]) -> Result<Vec<Scenario>, LoadError> {
    let mut out: Vec<Scenario> = Vec::with_capacity(sources.len());
    for (file, text) in sources {
        let scenario = parse_scenario(text).map_err(|error| LoadError::Invalid {
            file: (*file).to_string(),
            error,
        })?;
        let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
        if base != format!("{}.json", scenario.id) {
            return Err(LoadError::FileName {
                file: (*file).to_string(),
                id: scenario.id,
            });
        }
        if out.iter().any(|s| s.id == scenario.id) {
            return Err(LoadError::Duplicate {
                file: (*file).to_string(),
                id: scenario.id,
            });
        }
        out.push(scenario);
    }
    out.sort_by_key(|s| s.part);
    Ok(out)
}

/// The scenarios built into the crate (`casebook/*.json`), in course order.
pub fn builtin() -> Result<Vec<Scenario>, LoadError> {
    load(SOURCES)
}

/// A scenario whose expected answer differs from the engine's: a bug in one
/// of them, to be settled from the law.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Disagreement {
    /// The scenario id.
    pub id: String,
    /// What the scenario expects.
    pub expected: Expected,
    /// What the engine found.
    pub engine: Expected,
    /// Provisions the scenario turns on that the engine did not cite.
    pub uncited: Vec<&'static str>,
}

impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.id)?;
        if self.expected != self.engine {
            write!(
                f,
                " the scenario expects {}, the engine finds {}",
                self.expected, self.engine
            )?;
            if !self.uncited.is_empty() {
                f.write_str(";")?;
            }
        }
        if !self.uncited.is_empty() {
            write!(f, " the engine does not cite {}", self.uncited.join(", "))?;
        }
        Ok(())
    }
}

impl std::error::Error for Disagreement {}

/// Run a scenario through the engine: its verdict and labels must equal the
/// expected ones, and every provision it turns on must be among the rules
/// the engine cites.
pub fn check(scenario: &Scenario) -> Result<(), Disagreement> {
    check_against(scenario, &scenario.assess())
}

/// [`check`] against an assessment already made.
pub fn check_against(scenario: &Scenario, assessment: &Assessment) -> Result<(), Disagreement> {
    let engine = Expected::of(assessment);
    let uncited: Vec<&'static str> = scenario
        .provisions
        .iter()
        .filter(|p| !assessment.reasons.iter().any(|r| r.rule == p.id))
        .map(|p| p.id)
        .collect();
    if engine == scenario.expected && uncited.is_empty() {
        Ok(())
    } else {
        Err(Disagreement {
            id: scenario.id.clone(),
            expected: scenario.expected.clone(),
            engine,
            uncited,
        })
    }
}

/// The options offered to the trainee, in order of precedence.
pub const OPTIONS: [Verdict; 6] = Verdict::ALL;

/// An option as the trainee sees it.
pub const fn option_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Trafficking => "Trafficking",
        Verdict::PossibleTrafficking => "Possible trafficking",
        Verdict::Smuggling => "Smuggling",
        Verdict::UnsafeMigration => "Unsafe migration",
        Verdict::IrregularMigration => "Irregular migration",
        Verdict::NoFinding => "None of these",
    }
}

/// What each option means, for the introduction of a handout.
const fn option_meaning(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Trafficking => "every element the definition needs is established: an act, a means and a purpose of exploitation; for a child, an act and a purpose (Trafficking Protocol art. 3).",
        Verdict::PossibleTrafficking => "every element is at least suspected, but not all are established: reasonable grounds to protect the person and investigate.",
        Verdict::Smuggling => "someone procured the person's illegal entry into a country (or enabled an illegal stay) for a financial or other material benefit (Smuggling of Migrants Protocol art. 3(a), 6).",
        Verdict::UnsafeMigration => "a migration with established risk factors: unlicensed brokers, debts, no contract, papers held by others. A risk category, not a legal finding.",
        Verdict::IrregularMigration => "the person crossed a border and entered or stayed outside the rules of the State.",
        Verdict::NoFinding => "none of the above holds on the facts given.",
    }
}

const NO_SINGLE_ANSWER: &str = "No unanswered fact about it would, on its own, change the verdict.";

const INTRO: &str = "Each case gives the facts as a trainer would read them aloud. Decide which finding comes first, then read the answer: element by element, with the provision behind each step. Several findings can hold at once (a smuggled person can also be trafficked); the answer is the one that comes first in this order.";

const DISCLAIMER: &str = "Training material. The answers come from palermo, a screening aid that encodes the Trafficking in Persons Protocol (2000) art. 3 and the Smuggling of Migrants Protocol (2000) art. 3 and 6; it is not a legal determination. National law may differ. The people and places in the cases are invented; any resemblance to real persons is coincidental.";

/// The definition the handouts quote, from the rules.
fn definition() -> [(&'static str, String); 3] {
    use crate::law::trafficking_protocol::{ADULT, CHILD, CONSENT, PURPOSE};
    let exploitation = PURPOSE
        .quote
        .strip_prefix("for the purpose of exploitation. ")
        .unwrap_or("");
    [
        ("Art. 3(a)", format!("{} {exploitation};", ADULT.quote)),
        ("Art. 3(b)", format!("{};", CONSENT.quote)),
        ("Art. 3(c)", format!("{};", CHILD.quote)),
    ]
}

fn wording_note(w: Wording) -> Option<std::borrow::Cow<'static, str>> {
    (w != Wording::Verbatim).then(|| explain::wording_words(w))
}

fn also_found(a: &Assessment) -> Option<String> {
    (a.labels.len() > 1).then(|| {
        a.labels
            .iter()
            .skip(1)
            .map(|l| explain::verdict_text(*l))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// The case as text for a terminal: title, narrative and question, and with
/// `answer`, the expected answer, the teaching point, the common mistake,
/// the provisions and the reasoning as [`explain::explain`] prints it.
pub fn render_text(s: &Scenario, answer: bool) -> String {
    let mut out = String::with_capacity(8192);
    let _ = writeln!(out, "{} [{}]", s.title, s.id);
    let _ = writeln!(out, "Part: {}", s.part.title());
    out.push('\n');
    for p in s.paragraphs() {
        wrap(&mut out, "", p);
        out.push('\n');
    }
    wrap(&mut out, "", &format!("Question: {}", s.question));
    let options: Vec<&str> = OPTIONS.iter().map(|v| option_label(*v)).collect();
    wrap(&mut out, "", &format!("Options: {}.", options.join(" / ")));
    if !answer {
        return out;
    }
    let a = s.assess();
    out.push('\n');
    let _ = writeln!(out, "Answer: {}.", option_label(s.expected.verdict));
    out.push_str("\nTeaching point:\n");
    wrap(&mut out, "  ", &s.teaching_point);
    out.push_str("\nCommon mistake:\n");
    wrap(&mut out, "  ", &s.common_mistake);
    out.push_str("\nProvisions it turns on:\n");
    for r in &s.provisions {
        hanging(
            &mut out,
            "  - ",
            &format!("{} [{}]: {}", r.citation, r.id, r.summary),
        );
    }
    out.push_str("\nThe engine's reasoning:\n\n");
    out.push_str(&explain::explain(&a));
    out
}

// ---------------------------------------------------------------- Markdown

/// Escape text for Markdown: inline markup characters are backslashed.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A code span that holds `text` whatever it contains.
fn md_code(text: &str) -> String {
    let clean = text.replace('`', "'");
    format!("`{clean}`")
}

fn md_steps(out: &mut String, steps: &[Step]) {
    for (i, step) in steps.iter().enumerate() {
        let marker = format!("{}. ", i + 1);
        // Continuation lines are indented to the marker's width (CommonMark).
        let pad = " ".repeat(marker.len());
        let _ = writeln!(
            out,
            "{marker}**{}.** {}  ",
            md(&step.heading),
            md(&step.text)
        );
        let _ = writeln!(out, "{pad}*{}* {}", md(&step.citation), md_code(&step.rule));
        if let Some(quote) = step.quote {
            out.push('\n');
            let _ = writeln!(out, "{pad}> {}", md(quote));
            if let Some(note) = step.wording.and_then(wording_note) {
                let _ = writeln!(out, "{pad}>\n{pad}> ({})", md(&note));
            }
        }
        out.push('\n');
    }
}

fn md_answer(out: &mut String, s: &Scenario, a: &Assessment) {
    let _ = writeln!(out, "**Answer: {}.**", md(option_label(s.expected.verdict)));
    let _ = writeln!(
        out,
        "The finding: {}.",
        md(&explain::verdict_text(a.verdict))
    );
    if let Some(also) = also_found(a) {
        let _ = writeln!(out, "Also found: {}.", md(&also));
    }
    out.push('\n');
    let _ = writeln!(out, "**Teaching point.** {}\n", md(&s.teaching_point));
    let _ = writeln!(out, "**Common mistake.** {}\n", md(&s.common_mistake));

    let _ = writeln!(out, "**Element by element**\n");
    let _ = writeln!(
        out,
        "Person: {} ({}).\n",
        md(person_words(a)),
        md(&a.person.basis)
    );
    out.push_str("| Element | Finding | The facts |\n|---|---|---|\n");
    for (name, element, status) in elements(a) {
        let _ = writeln!(
            out,
            "| {name} | {} | {} |",
            explain::element_status_words(status),
            md(&facts_cell(a, element, status))
        );
    }
    out.push('\n');
    for (name, words) in other_findings(a) {
        let _ = writeln!(out, "- {name}: {}.", md(&words));
    }
    out.push('\n');
    if !a.flags.is_empty() {
        out.push_str("**For the caseworker**\n\n");
        for f in &a.flags {
            let _ = writeln!(out, "- {}", md(&explain::flag_words(*f)));
        }
        out.push('\n');
    }
    out.push_str("**Step by step**\n\n");
    md_steps(out, &explain::steps(a));

    let missing = explain::missing(a);
    if !missing.elements.is_empty() || !missing.other.is_empty() {
        out.push_str("**What is missing, and the questions that would settle it**\n\n");
        for gap in &missing.elements {
            let _ = writeln!(out, "- {}  ", md(&gap.summary));
            let _ = writeln!(out, "  Question: {}", md(&gap.question));
            if let Some(note) = &gap.note {
                let _ = writeln!(out, "  {}", md(note));
            }
            if gap.asks.is_empty() {
                let _ = writeln!(out, "  {}", md(NO_SINGLE_ANSWER));
            }
            md_asks(out, "  ", &gap.asks);
        }
        if !missing.other.is_empty() {
            out.push_str("- Other questions:\n");
            md_asks(out, "  ", &missing.other);
        }
        out.push('\n');
    }
    out.push_str("**Provisions it turns on**\n\n");
    for r in &s.provisions {
        let _ = writeln!(
            out,
            "- {} {}: {}",
            md(r.citation),
            md_code(r.id),
            md(r.summary)
        );
    }
    out.push('\n');
    if !s.tags.is_empty() {
        let _ = writeln!(out, "*Themes: {}*\n", md(&s.tags.join(" · ")));
    }
}

fn md_asks(out: &mut String, indent: &str, asks: &[explain::Ask]) {
    for group in explain::group_asks(asks) {
        for ask in &group.asks {
            let _ = writeln!(
                out,
                "{indent}- {} {}",
                md(&ask.question),
                md_code(&ask.fact)
            );
        }
        let _ = writeln!(out, "{indent}  \n{indent}  *{}*", md(&group.why));
    }
}

fn person_words(a: &Assessment) -> &'static str {
    use crate::assessment::PersonStatus;
    match a.person.status {
        PersonStatus::Child => "a child, under 18",
        PersonStatus::PresumedChild => "presumed to be a child until the age is verified",
        PersonStatus::Adult => "an adult",
        PersonStatus::Unknown => "age unknown, treated as an adult",
    }
}

/// The facts column of the element table.
fn facts_cell(a: &Assessment, element: Element, status: ElementStatus) -> String {
    match (status, explain::element_facts(a, element)) {
        (ElementStatus::NotRequired, _) => {
            "Not needed: the person is a child, or presumed to be one (art. 3(c)).".to_string()
        }
        (_, Some(facts)) => facts,
        (_, None) => "Nothing establishes it.".to_string(),
    }
}

/// A CSS class for an element's status.
const fn status_class(status: ElementStatus) -> &'static str {
    match status {
        ElementStatus::Established => "established",
        ElementStatus::Suspected => "suspected",
        ElementStatus::NotEstablished => "missing",
        ElementStatus::NotRequired => "not-required",
    }
}

fn elements(a: &Assessment) -> [(&'static str, Element, ElementStatus); 3] {
    let e = &a.trafficking.elements;
    [
        ("Act", Element::Act, e.act.status),
        ("Means", Element::Means, e.means.status),
        ("Purpose", Element::Purpose, e.purpose.status),
    ]
}

fn other_findings(a: &Assessment) -> [(&'static str, String); 4] {
    [
        (
            "Trafficking in persons",
            explain::level_words(a.trafficking.status).to_string(),
        ),
        (
            "Smuggling of migrants",
            format!(
                "{}{}",
                explain::level_words(a.smuggling.status),
                if a.smuggling.aggravated {
                    ", aggravated"
                } else {
                    ""
                }
            ),
        ),
        (
            "Irregular migration",
            explain::level_words(a.irregular_migration.status).to_string(),
        ),
        (
            "Unsafe migration (a risk category, not a legal finding)",
            explain::level_words(a.unsafe_migration.status).to_string(),
        ),
    ]
}

/// The number of each scenario in a handout, and where each part starts.
fn numbered(scenarios: &[Scenario]) -> Vec<(usize, Option<Part>, &Scenario)> {
    let mut last: Option<Part> = None;
    scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let starts = (last != Some(s.part)).then_some(s.part);
            last = Some(s.part);
            (i + 1, starts, s)
        })
        .collect()
}

/// The handout in Markdown: an introduction with the definition, then per
/// scenario the narrative, the question and the options, then the answer
/// with the element-by-element reasoning and its citations.
pub fn render_markdown(scenarios: &[Scenario]) -> String {
    let mut out = String::with_capacity(scenarios.len() * 9000 + 4096);
    out.push_str("# Trafficking, smuggling, or something else?\n\n");
    out.push_str("*A casebook for police, prosecutors and judges*\n\n");
    let _ = writeln!(out, "{}\n", md(INTRO));
    out.push_str("The options, in order:\n\n");
    for v in OPTIONS {
        let _ = writeln!(out, "- **{}**: {}", option_label(v), md(option_meaning(v)));
    }
    out.push_str("\nThe definition (Trafficking in Persons Protocol, 2000):\n\n");
    for (at, quote) in definition() {
        let _ = writeln!(out, "> **{at}** {}\n>", md(&quote));
    }
    out.push_str(
        "> **Art. 3(d)** \"Child\" shall mean any person under eighteen years of age.\n\n",
    );
    out.push_str("## Contents\n\n");
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = starts {
            let _ = writeln!(out, "- {}", md(part.title()));
        }
        let _ = writeln!(out, "  {n}. [{}](#case-{})", md(&s.title), s.id);
    }
    out.push('\n');
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = starts {
            let _ = writeln!(out, "## {}\n", md(part.title()));
        }
        let a = s.assess();
        let _ = writeln!(out, "<a id=\"case-{}\"></a>\n", s.id);
        let _ = writeln!(out, "### Case {n}. {}\n", md(&s.title));
        for p in s.paragraphs() {
            let _ = writeln!(out, "{}\n", md(p));
        }
        let _ = writeln!(out, "**Question.** {}\n", md(&s.question));
        let options: Vec<&str> = OPTIONS.iter().map(|v| option_label(*v)).collect();
        let _ = writeln!(out, "Options: {}.\n", options.join(" · "));
        md_answer(&mut out, s, &a);
        out.push_str("---\n\n");
    }
    let _ = writeln!(out, "*{}*", md(DISCLAIMER));
    out
}

// -------------------------------------------------------------------- HTML

/// Escape text for HTML, in element content and in quoted attributes.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const CSS: &str = r#"
:root { --ink: #1c1c1e; --muted: #55585e; --line: #d5d8dc; --panel: #f4f5f7; --accent: #0b4f8a; --ok: #17692a; --ok-bg: #e4f3e6; --no: #a3231b; --no-bg: #fbe7e5; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Khmer", "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1rem 0 .25rem; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 2.5rem 0 .5rem; padding-top: .5rem; border-top: 3px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 0 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
p { margin: 0 0 .75rem; }
.subtitle { color: var(--muted); margin-top: 0; }
.case { margin: 2rem 0 0; padding-top: 1.25rem; border-top: 1px solid var(--line); }
.tags { font-size: .85rem; color: var(--muted); margin: .75rem 0 0; }
.narrative { font-size: 1.08rem; }
.question { font-weight: 650; margin-top: 1rem; }
.options { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.options button { font: inherit; font-size: 1rem; flex: 1 1 13rem; min-height: 2.75rem; padding: .55rem .8rem; text-align: left; color: var(--ink); background: #fff; border: 1px solid #8a8f96; border-radius: .5rem; cursor: pointer; }
.options button:hover { border-color: var(--accent); }
.options button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.options button.right { background: var(--ok-bg); border-color: var(--ok); font-weight: 650; }
.options button.wrong { background: var(--no-bg); border-color: var(--no); }
.options button.answer-mark { border-width: 2px; border-color: var(--ok); }
.no-js .options, .no-js .toolbar { display: none; }
.choices { display: none; color: var(--muted); }
.no-js .choices { display: block; }
.feedback { font-weight: 650; margin: .5rem 0; min-height: 1.5rem; }
.feedback.right { color: var(--ok); }
.feedback.wrong { color: var(--no); }
details.answer { background: var(--panel); border-radius: .5rem; padding: .4rem 1rem .6rem; margin: .5rem 0 0; }
details.answer > summary { cursor: pointer; font-weight: 650; padding: .35rem 0; color: var(--accent); }
.verdict { font-size: 1.1rem; font-weight: 700; margin-top: .5rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; font-size: .97rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 650; }
th .status { display: block; font-weight: 400; font-size: .85rem; color: var(--muted); }
tr.established th .status { color: var(--ok); }
tr.missing th .status { color: var(--no); }
th[scope=row] { width: 9.5rem; }
ul, ol { padding-left: 1.4rem; margin: .25rem 0 .75rem; }
li { margin: .2rem 0; }
ol.steps > li { margin: .6rem 0; }
.cite { display: block; color: var(--muted); font-size: .9rem; }
blockquote { margin: .35rem 0 .25rem; padding: .1rem 0 .1rem .75rem; border-left: 3px solid #a9aeb5; color: #33363a; font-size: .95rem; }
.note { color: var(--muted); font-size: .85rem; font-style: italic; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
.toolbar button { font: inherit; font-size: .95rem; padding: .4rem .8rem; border: 1px solid #8a8f96; border-radius: .5rem; background: #fff; cursor: pointer; }
.definition blockquote { font-size: 1rem; }
nav ol { padding-left: 1.6rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 1rem; }
@media (max-width: 34rem) {
  body { font-size: 1rem; }
  main { padding: .75rem .9rem 2rem; }
  h1 { font-size: 1.45rem; }
  .options button { flex-basis: calc(50% - .25rem); padding: .5rem .6rem; }
  details.answer { padding: .3rem .7rem .5rem; }
  th, td { padding: .35rem .3rem; }
  th[scope=row] { width: 6.5rem; }
}
@media print {
  html { font-size: 10.5pt; }
  body { font-size: 1rem; }
  main { max-width: none; padding: 0; }
  .options, .toolbar, .feedback, details.answer > summary { display: none !important; }
  .choices { display: block; }
  details.answer { background: none; padding: 0; }
  details.answer::details-content { content-visibility: visible; display: block; }
  .case { break-before: page; border-top: none; }
  h2 { break-after: avoid; }
  blockquote, tr, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

const SCRIPT: &str = r#"
(function () {
  var root = document.documentElement;
  root.classList.remove('no-js');
  function label(v) {
    var b = document.querySelector('button[data-verdict="' + v + '"]');
    return b ? b.textContent : v;
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var tool = t.closest('button[data-all]');
    if (tool) {
      var open = tool.getAttribute('data-all') === 'open';
      document.querySelectorAll('details.answer').forEach(function (d) { d.open = open; });
      return;
    }
    var b = t.closest('.options button[data-verdict]');
    if (!b) return;
    var c = b.closest('.case');
    var right = c.getAttribute('data-verdict');
    var labels = (c.getAttribute('data-labels') || '').split(' ');
    var chosen = b.getAttribute('data-verdict');
    c.querySelectorAll('.options button').forEach(function (o) {
      o.classList.remove('right', 'wrong', 'answer-mark');
      o.setAttribute('aria-pressed', o === b ? 'true' : 'false');
      if (o !== b && o.getAttribute('data-verdict') === right) o.classList.add('answer-mark');
    });
    var fb = c.querySelector('.feedback');
    if (chosen === right) {
      b.classList.add('right');
      fb.className = 'feedback right';
      fb.textContent = 'Right: ' + label(right) + '. Now check the reasoning below.';
    } else {
      b.classList.add('wrong');
      fb.className = 'feedback wrong';
      fb.textContent = labels.indexOf(chosen) >= 0
        ? 'Partly: ' + label(chosen) + ' is also found here, but the finding that comes first is ' + label(right) + '. See why below.'
        : 'Not quite: you chose ' + label(chosen) + '. The answer is ' + label(right) + '. See why below.';
    }
    var d = c.querySelector('details.answer');
    d.open = true;
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.answer').forEach(function (d) {
      d.setAttribute('data-was-open', d.open ? '1' : '0');
      d.open = true;
    });
  });
  window.addEventListener('afterprint', function () {
    document.querySelectorAll('details.answer').forEach(function (d) {
      d.open = d.getAttribute('data-was-open') === '1';
    });
  });
})();
"#;

fn html_steps(out: &mut String, steps: &[Step]) {
    out.push_str("<ol class=\"steps\">\n");
    for step in steps {
        let _ = write!(
            out,
            "<li><strong>{}.</strong> {}<span class=\"cite\">{} <code>{}</code></span>",
            esc(&step.heading),
            esc(&step.text),
            esc(&step.citation),
            esc(&step.rule)
        );
        if let Some(quote) = step.quote {
            let _ = write!(out, "<blockquote>{}</blockquote>", esc(quote));
            if let Some(note) = step.wording.and_then(wording_note) {
                let _ = write!(out, "<span class=\"note\">Wording: {}.</span>", esc(&note));
            }
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
}

fn html_asks(out: &mut String, asks: &[explain::Ask]) {
    for group in explain::group_asks(asks) {
        out.push_str("<ul>");
        for ask in &group.asks {
            let _ = write!(
                out,
                "<li>{} <code>{}</code></li>",
                esc(&ask.question),
                esc(&ask.fact)
            );
        }
        let _ = writeln!(out, "</ul><p class=\"note\">{}</p>", esc(&group.why));
    }
}

fn html_answer(out: &mut String, s: &Scenario, a: &Assessment) {
    let _ = writeln!(
        out,
        "<p class=\"verdict\">Answer: {}.</p>",
        esc(option_label(s.expected.verdict))
    );
    let _ = write!(
        out,
        "<p>The finding: {}.",
        esc(&explain::verdict_text(a.verdict))
    );
    if let Some(also) = also_found(a) {
        let _ = write!(out, " Also found: {}.", esc(&also));
    }
    out.push_str("</p>\n");
    let _ = writeln!(
        out,
        "<p><strong>Teaching point.</strong> {}</p>",
        esc(&s.teaching_point)
    );
    let _ = writeln!(
        out,
        "<p><strong>Common mistake.</strong> {}</p>",
        esc(&s.common_mistake)
    );

    out.push_str("<h4>Element by element</h4>\n");
    let _ = writeln!(
        out,
        "<p>Person: {} ({}).</p>",
        esc(person_words(a)),
        esc(&a.person.basis)
    );
    out.push_str("<table><thead><tr><th scope=\"col\">Element</th><th scope=\"col\">The facts</th></tr></thead><tbody>\n");
    for (name, element, status) in elements(a) {
        let _ = writeln!(
            out,
            "<tr class=\"{}\"><th scope=\"row\">{name}<span class=\"status\">{}</span></th><td>{}</td></tr>",
            status_class(status),
            esc(&explain::element_status_words(status)),
            esc(&facts_cell(a, element, status))
        );
    }
    out.push_str("</tbody></table>\n<ul>\n");
    for (name, words) in other_findings(a) {
        let _ = writeln!(out, "<li>{}: {}.</li>", esc(name), esc(&words));
    }
    out.push_str("</ul>\n");
    if !a.flags.is_empty() {
        out.push_str("<h4>For the caseworker</h4>\n<ul>\n");
        for f in &a.flags {
            let _ = writeln!(out, "<li>{}</li>", esc(&explain::flag_words(*f)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h4>Step by step</h4>\n");
    html_steps(out, &explain::steps(a));

    let missing = explain::missing(a);
    if !missing.elements.is_empty() || !missing.other.is_empty() {
        out.push_str("<h4>What is missing, and the questions that would settle it</h4>\n");
        for gap in &missing.elements {
            let _ = writeln!(out, "<p><strong>{}</strong></p>", esc(&gap.summary));
            let _ = writeln!(out, "<p>Question: {}</p>", esc(&gap.question));
            if let Some(note) = &gap.note {
                let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(note));
            }
            if gap.asks.is_empty() {
                let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(NO_SINGLE_ANSWER));
            }
            html_asks(out, &gap.asks);
        }
        if !missing.other.is_empty() {
            out.push_str("<p><strong>Other questions</strong></p>\n");
            html_asks(out, &missing.other);
        }
    }
    out.push_str("<h4>Provisions it turns on</h4>\n<ul>\n");
    for r in &s.provisions {
        let _ = writeln!(
            out,
            "<li>{} <code>{}</code>: {}</li>",
            esc(r.citation),
            esc(r.id),
            esc(r.summary)
        );
    }
    out.push_str("</ul>\n");
    if !s.tags.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"tags\">Themes: {}</p>",
            esc(&s.tags.join(" · "))
        );
    }
}

/// The handout as one self-contained HTML page: inline style and script,
/// no network. Per scenario the narrative, the question and the options as
/// buttons; choosing one says whether it was right and opens the answer
/// (element by element, with citations and the provisions quoted). Without
/// JavaScript the answers open by hand; in print they are all shown.
pub fn render_html(scenarios: &[Scenario]) -> String {
    let mut out = String::with_capacity(scenarios.len() * 12000 + 16384);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light\">\n");
    out.push_str("<title>Trafficking, smuggling, or something else? A casebook</title>\n");
    let _ = writeln!(out, "<style>{CSS}</style>");
    out.push_str("</head>\n<body>\n<main>\n<header>\n");
    out.push_str("<h1>Trafficking, smuggling, or something else?</h1>\n");
    out.push_str("<p class=\"subtitle\">A casebook for police, prosecutors and judges</p>\n");
    let _ = writeln!(out, "<p>{}</p>", esc(INTRO));
    out.push_str("<p>The options, in order:</p>\n<ul>\n");
    for v in OPTIONS {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong>: {}</li>",
            esc(option_label(v)),
            esc(option_meaning(v))
        );
    }
    out.push_str("</ul>\n<section class=\"definition\" aria-label=\"The definition\">\n");
    out.push_str("<p>The definition (Trafficking in Persons Protocol, 2000):</p>\n");
    for (at, quote) in definition() {
        let _ = writeln!(
            out,
            "<blockquote><strong>{}</strong> {}</blockquote>",
            esc(at),
            esc(&quote)
        );
    }
    out.push_str("<blockquote><strong>Art. 3(d)</strong> &quot;Child&quot; shall mean any person under eighteen years of age.</blockquote>\n</section>\n");
    out.push_str("<noscript><p><strong>Scripts are off:</strong> decide on your answer, then open &ldquo;Show the answer&rdquo; under each case.</p></noscript>\n");
    out.push_str("<div class=\"toolbar\"><button type=\"button\" data-all=\"open\">Open all answers</button><button type=\"button\" data-all=\"close\">Close all answers</button></div>\n");
    out.push_str("</header>\n<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n");
    let mut open_list = false;
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = starts {
            if open_list {
                out.push_str("</ol>\n");
            }
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ol start=\"{n}\">",
                esc(part.title())
            );
            open_list = true;
        }
        let _ = writeln!(
            out,
            "<li><a href=\"#case-{}\">{}</a></li>",
            esc(&s.id),
            esc(&s.title)
        );
    }
    if open_list {
        out.push_str("</ol>\n");
    }
    out.push_str("</nav>\n");
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = starts {
            let _ = writeln!(
                out,
                "<h2 id=\"part-{}\">{}</h2>",
                part.name(),
                esc(part.title())
            );
        }
        let a = s.assess();
        let labels: Vec<&str> = s.expected.labels.iter().map(|l| l.name()).collect();
        let _ = writeln!(
            out,
            "<section class=\"case\" id=\"case-{}\" data-verdict=\"{}\" data-labels=\"{}\">",
            esc(&s.id),
            s.expected.verdict.name(),
            labels.join(" ")
        );
        let _ = writeln!(out, "<h3>Case {n}. {}</h3>", esc(&s.title));
        out.push_str("<div class=\"narrative\">\n");
        for p in s.paragraphs() {
            let _ = writeln!(out, "<p>{}</p>", esc(p));
        }
        out.push_str("</div>\n");
        let _ = writeln!(out, "<p class=\"question\">{}</p>", esc(&s.question));
        let options: Vec<&str> = OPTIONS.iter().map(|v| option_label(*v)).collect();
        let _ = writeln!(
            out,
            "<p class=\"choices\">Options: {}.</p>",
            esc(&options.join(" · "))
        );
        let _ = write!(
            out,
            "<div class=\"options\" role=\"group\" aria-label=\"Your answer to case {n}\">"
        );
        for v in OPTIONS {
            let _ = write!(
                out,
                "<button type=\"button\" data-verdict=\"{}\" aria-pressed=\"false\">{}</button>",
                v.name(),
                esc(option_label(v))
            );
        }
        out.push_str("</div>\n<p class=\"feedback\" role=\"status\" aria-live=\"polite\"></p>\n");
        out.push_str("<details class=\"answer\">\n<summary>Show the answer</summary>\n");
        html_answer(&mut out, s, &a);
        out.push_str("</details>\n</section>\n");
    }
    let _ = writeln!(out, "<footer><p>{}</p></footer>", esc(DISCLAIMER));
    out.push_str("</main>\n");
    let _ = writeln!(out, "<script>{SCRIPT}</script>");
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_covers_markup_and_quotes() {
        assert_eq!(
            esc(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn markdown_escaping_neutralises_markup() {
        assert_eq!(md("*a* _b_ [c](d) <e>"), r"\*a\* \_b\_ \[c\](d) \<e\>");
        assert_eq!(md_code("a`b"), "`a'b`");
    }

    #[test]
    fn slugs() {
        assert!(is_slug("mekong-fishing-boat-2"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
