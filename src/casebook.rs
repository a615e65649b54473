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
//!   "tags": ["mekong", "men"],
//!   "translations": { "km": { "title": "...", "narrative": "...", "question": "..." } }
//! }
//! ```
//!
//! `translations` (optional) tells the case in another language of
//! [`crate::words::Language`]; a handout in that language uses it and says
//! which cases are told in it. `question` is optional ([`DEFAULT_QUESTION`]); `case` is a contract v1
//! case whose `id` equals the scenario's; `provisions` are rule ids of
//! [`crate::law::RULES`], each of which the engine must cite for the case.

use crate::assessment::{Assessment, Verdict};
use crate::decide::Input;
use crate::io::{parse_input_with, Limits};
use crate::law::{self, Rule};
use crate::words::explain;
use crate::words::{hanging, wrap};
use serde::Deserialize;
use std::fmt::{self, Write as _};

mod handout;

pub use handout::{
    option_label, render_html, render_html_with, render_markdown, render_markdown_with, Content,
    Handout, OPTIONS,
};

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
    /// The case told in other languages: title, narrative and question.
    pub translations: Vec<Translation>,
}

/// A scenario told in another language (`translations` in the file,
/// keyed by language code). The answer, the reasoning and the provisions
/// are not translated here.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Translation {
    /// The language.
    #[serde(skip)]
    pub lang: crate::words::Language,
    /// The title.
    pub title: String,
    /// The narrative; paragraphs separated by a blank line.
    pub narrative: String,
    /// The question, if the scenario sets its own.
    #[serde(default)]
    pub question: Option<String>,
}

impl Translation {
    /// The narrative, paragraph by paragraph.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> + '_ {
        self.narrative
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

impl Scenario {
    /// The scenario's narrative, paragraph by paragraph.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> + '_ {
        self.narrative
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }

    /// The scenario told in `lang`, if its file carries that translation.
    pub fn translation(&self, lang: crate::words::Language) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
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
    #[serde(default)]
    translations: std::collections::BTreeMap<String, Translation>,
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
    let rank = |v: &Verdict| Some(v.precedence());
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
    let mut translations = Vec::with_capacity(raw.translations.len());
    for (code, mut t) in raw.translations {
        match crate::words::Language::from_code(&code) {
            Some(lang) if lang != crate::words::Language::En => t.lang = lang,
            _ => {
                return Err(ScenarioError::List(format!(
                    "translations: `{code}` is not a language of palermo other than English"
                )))
            }
        }
        if t.title.trim().is_empty() || t.narrative.trim().is_empty() {
            return Err(ScenarioError::Empty("translations: title and narrative"));
        }
        if t.question.as_deref().is_some_and(|q| q.trim().is_empty()) {
            return Err(ScenarioError::Empty("translations: question"));
        }
        translations.push(t);
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
        translations,
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

/// A key of a selection that names no scenario, tag or part.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{key}` is not a scenario id or number, a tag or a part.\nParts: {parts}\nTags: {tags}\nIds and numbers: `palermo casebook list`")]
#[non_exhaustive]
pub struct SelectError {
    /// The key as given.
    pub key: String,
    /// The valid parts, comma-separated.
    pub parts: String,
    /// The valid tags of the set, comma-separated.
    pub tags: String,
}

/// The tags of a set of scenarios, sorted, each once.
pub fn tags(scenarios: &[Scenario]) -> Vec<&str> {
    let mut tags: Vec<&str> = scenarios
        .iter()
        .flat_map(|s| s.tags.iter().map(String::as_str))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    tags
}

/// The error for a key that names nothing in `scenarios`.
pub fn unknown_key(scenarios: &[Scenario], key: &str) -> SelectError {
    let parts: Vec<&str> = Part::ALL.iter().map(|p| p.name()).collect();
    SelectError {
        key: key.to_string(),
        parts: parts.join(", "),
        tags: tags(scenarios).join(", "),
    }
}

/// The scenarios a selection names, in course order: `keys` is a
/// comma-separated list of scenario ids, numbers (1-based, in the order of
/// `scenarios`), tags and parts; a scenario is kept if any key names it.
///
/// ```
/// let all = palermo::casebook::builtin().unwrap();
/// let some = palermo::casebook::select(&all, "children,sealed-truck").unwrap();
/// assert!(some.iter().any(|s| s.id == "sealed-truck"));
/// let err = palermo::casebook::select(&all, "polce").unwrap_err();
/// assert!(err.to_string().contains("Parts: definition, "));
/// ```
pub fn select(scenarios: &[Scenario], keys: &str) -> Result<Vec<Scenario>, SelectError> {
    let mut keep = vec![false; scenarios.len()];
    for key in keys.split(',').map(str::trim).filter(|k| !k.is_empty()) {
        let number = key
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|i| *i < scenarios.len());
        let part = Part::ALL.into_iter().find(|p| p.name() == key);
        let mut found = false;
        for (i, s) in scenarios.iter().enumerate() {
            if s.id == key || number == Some(i) || Some(s.part) == part || s.has_tag(key) {
                keep[i] = true;
                found = true;
            }
        }
        if !found {
            return Err(unknown_key(scenarios, key));
        }
    }
    Ok(scenarios
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(s, _)| s.clone())
        .collect())
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

/// What [`render_text`] shows of a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum View {
    /// For the projector: the scenario's number, its title, the facts and
    /// the question, and nothing that gives the answer away (neither the
    /// scenario id nor the part of the course).
    Question,
    /// The facts, then the answer and the reasoning, in plain words.
    #[default]
    Answer,
    /// [`View::Answer`] with palermo's rule ids and field names, for
    /// trainers who also use the tool.
    ForTrainers,
}

/// The case as text for a terminal. `number` is the scenario's number in
/// course order (as `palermo casebook list` gives it). [`View::Question`]
/// gives "Scenario N: title", the narrative and the question; the other
/// views head it with its title, id and part, and add the expected answer,
/// the teaching point, the common mistake, the provisions and the reasoning
/// as [`explain::explain`] prints it (with rule ids for
/// [`View::ForTrainers`]).
///
/// ```
/// use palermo::casebook::{self, View};
/// let all = casebook::builtin().unwrap();
/// let (n, s) = all.iter().enumerate().find(|(_, s)| s.id == "licensed-agency-no-finding").unwrap();
/// let projector = casebook::render_text(s, n + 1, View::Question);
/// assert!(projector.starts_with(&format!("Scenario {}: ", n + 1)));
/// assert!(!projector.contains("no-finding") && !projector.contains("Part:"));
/// ```
pub fn render_text(s: &Scenario, number: usize, view: View) -> String {
    let mut out = String::with_capacity(8192);
    if view == View::Question {
        let _ = writeln!(out, "Scenario {number}: {}", s.title);
    } else {
        let _ = writeln!(out, "{} [{}]", s.title, s.id);
        let _ = writeln!(out, "Part: {}", s.part.title());
    }
    out.push('\n');
    for p in s.paragraphs() {
        wrap(&mut out, "", p);
        out.push('\n');
    }
    wrap(&mut out, "", &format!("Question: {}", s.question));
    let options: Vec<&str> = OPTIONS.iter().map(|v| option_label(*v)).collect();
    wrap(&mut out, "", &format!("Options: {}.", options.join(" / ")));
    if view == View::Question {
        return out;
    }
    let ids = view == View::ForTrainers;
    let a = s.assess();
    out.push('\n');
    let _ = writeln!(out, "Answer: {}.", option_label(s.expected.verdict));
    out.push_str("\nTeaching point:\n");
    wrap(&mut out, "  ", &s.teaching_point);
    out.push_str("\nCommon mistake:\n");
    wrap(&mut out, "  ", &s.common_mistake);
    out.push_str("\nProvisions it turns on:\n");
    for r in &s.provisions {
        let line = if ids {
            format!("{} [{}]: {}", r.citation, r.id, r.summary)
        } else {
            format!("{}: {}", r.citation, r.summary)
        };
        hanging(&mut out, "  - ", &line);
    }
    out.push_str("\nThe engine's reasoning:\n\n");
    if ids {
        out.push_str(&explain::explain_with_ids(
            &a,
            None,
            crate::words::Language::En,
        ));
    } else {
        out.push_str(&explain::explain(&a));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::handout::{esc, md, md_code};
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
