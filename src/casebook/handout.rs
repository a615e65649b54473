//! The handouts: a set of scenarios as Markdown or as one HTML page, in
//! plain words for trainees, with every word of the handout's own from the
//! message catalogue (`i18n/<lang>/handout.ftl`).

use super::{Part, Scenario, DEFAULT_QUESTION};
use crate::assessment::{Assessment, Element, ElementStatus, PersonStatus, Verdict};
use crate::law::{self, Wording};
use crate::model::Level;
use crate::words::explain::{self, Step};
use crate::words::{Language, Msg};
use std::borrow::Cow;
use std::fmt::Write as _;

/// The options offered to the trainee, in order of precedence.
pub const OPTIONS: [Verdict; 6] = Verdict::ALL;

/// An option as the trainee sees it, in English.
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

/// What a handout holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Content {
    /// Each case with its reasoned answer.
    #[default]
    Full,
    /// The facts and the question of each case, without the answers: for trainees.
    QuestionsOnly,
    /// The answers only, one line a case: for the trainer.
    AnswerKey,
}

/// How a handout is rendered: its language, what it holds, for whom, and
/// its title.
///
/// ```
/// use palermo::casebook::{self, Content, Handout};
/// use palermo::words::Language;
/// let all = casebook::builtin().unwrap();
/// let key = casebook::render_markdown_with(
///     &all[..2],
///     &Handout::new().with_content(Content::AnswerKey).with_title("Session 1"),
/// );
/// assert!(key.starts_with("# Session 1"));
/// let km = casebook::render_html_with(&all[..1], &Handout::new().with_lang(Language::Km));
/// assert!(km.contains("lang=\"km\""));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Handout {
    /// The language of the handout's own words. The cases, the reasoning
    /// and the provisions stay in English.
    pub lang: Language,
    /// The answers in full, the questions only, or the answer key.
    pub content: Content,
    /// Add palermo's rule ids, field names and the scenarios' tags, for
    /// trainers who also use the tool.
    pub for_trainers: bool,
    /// A title instead of the catalogue's.
    pub title: Option<String>,
    /// A line under the title: the organisation, the course, the date.
    pub org: Option<String>,
}

impl Handout {
    /// The default handout: English, the answers in full, for trainees.
    pub fn new() -> Self {
        Handout::default()
    }

    /// In `lang`.
    pub fn with_lang(mut self, lang: Language) -> Self {
        self.lang = lang;
        self
    }

    /// Holding `content`.
    pub fn with_content(mut self, content: Content) -> Self {
        self.content = content;
        self
    }

    /// With rule ids and field names, for trainers.
    pub fn for_trainers(mut self, yes: bool) -> Self {
        self.for_trainers = yes;
        self
    }

    /// With this title.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// With this organisation line.
    pub fn with_org(mut self, org: impl Into<String>) -> Self {
        self.org = Some(org.into());
        self
    }

    fn text(&self, msg: Msg) -> Cow<'static, str> {
        self.lang.tr().text(msg)
    }

    fn say(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        self.lang.tr().string(msg, args)
    }

    fn title(&self) -> Cow<'_, str> {
        match &self.title {
            Some(t) => Cow::Borrowed(t.as_str()),
            None => self.text(Msg::HandoutTitle),
        }
    }

    fn subtitle(&self) -> Cow<'static, str> {
        self.text(match self.content {
            Content::Full => Msg::HandoutSubtitle,
            Content::QuestionsOnly => Msg::HandoutSubtitleQuestions,
            Content::AnswerKey => Msg::HandoutSubtitleKey,
        })
    }

    /// An option (a verdict) in the handout's words.
    fn label(&self, v: Verdict) -> Cow<'static, str> {
        self.text(match v {
            Verdict::Trafficking => Msg::HandoutOptionTrafficking,
            Verdict::PossibleTrafficking => Msg::HandoutOptionPossibleTrafficking,
            Verdict::Smuggling => Msg::HandoutOptionSmuggling,
            Verdict::UnsafeMigration => Msg::HandoutOptionUnsafeMigration,
            Verdict::IrregularMigration => Msg::HandoutOptionIrregularMigration,
            Verdict::NoFinding => Msg::HandoutOptionNoFinding,
        })
    }

    fn meaning(&self, v: Verdict) -> Cow<'static, str> {
        self.text(match v {
            Verdict::Trafficking => Msg::HandoutMeaningTrafficking,
            Verdict::PossibleTrafficking => Msg::HandoutMeaningPossibleTrafficking,
            Verdict::Smuggling => Msg::HandoutMeaningSmuggling,
            Verdict::UnsafeMigration => Msg::HandoutMeaningUnsafeMigration,
            Verdict::IrregularMigration => Msg::HandoutMeaningIrregularMigration,
            Verdict::NoFinding => Msg::HandoutMeaningNoFinding,
        })
    }

    fn part(&self, p: Part) -> Cow<'static, str> {
        self.text(match p {
            Part::Definition => Msg::HandoutPartDefinition,
            Part::Exploitation => Msg::HandoutPartExploitation,
            Part::Children => Msg::HandoutPartChildren,
            Part::Consent => Msg::HandoutPartConsent,
            Part::Smuggling => Msg::HandoutPartSmuggling,
            Part::Migration => Msg::HandoutPartMigration,
            Part::Protection => Msg::HandoutPartProtection,
            Part::Indicators => Msg::HandoutPartIndicators,
        })
    }

    /// Whether the handout gives the answers: the questions only do not,
    /// and nothing in them may give an answer away.
    fn shows_answers(&self) -> bool {
        self.content != Content::QuestionsOnly
    }

    /// The heading of a part where one starts, if the handout shows parts:
    /// the questions only do not, since a part's name can tell the answer
    /// ("Migration that is neither").
    fn part_heading(&self, starts: Option<Part>) -> Option<Cow<'static, str>> {
        starts
            .filter(|_| self.shows_answers())
            .map(|p| self.part(p))
    }

    /// The anchor of a case: its id where the handout shows answers, its
    /// number in the questions only (an id can tell the answer:
    /// `licensed-agency-no-finding`).
    fn anchor<'a>(&self, n: usize, s: &'a Scenario) -> Cow<'a, str> {
        if self.shows_answers() {
            Cow::Borrowed(s.id.as_str())
        } else {
            Cow::Owned(n.to_string())
        }
    }

    fn status(&self, s: ElementStatus) -> Cow<'static, str> {
        self.text(match s {
            ElementStatus::Established => Msg::HandoutEstablished,
            ElementStatus::Suspected => Msg::HandoutSuspected,
            ElementStatus::NotEstablished => Msg::HandoutNotEstablished,
            ElementStatus::NotRequired => Msg::HandoutNotRequired,
        })
    }

    /// A step's heading as a sentence of its own: "Age." ("អាយុ។").
    fn heading(&self, step: &Step) -> String {
        self.say(Msg::ExplainSentence, &[("sentence", &step.heading)])
    }

    fn level(&self, l: Level) -> Cow<'static, str> {
        self.status(l.into())
    }

    fn person(&self, a: &Assessment) -> String {
        let person = self.text(match a.person.status {
            PersonStatus::Child => Msg::HandoutPersonChild,
            PersonStatus::PresumedChild => Msg::HandoutPersonPresumedChild,
            PersonStatus::Adult => Msg::HandoutPersonAdult,
            PersonStatus::Unknown => Msg::HandoutPersonUnknown,
        });
        self.say(
            Msg::HandoutPerson,
            &[
                ("person", &person),
                ("basis", &explain::basis_in(a, self.lang)),
            ],
        )
    }

    fn case_heading(&self, n: usize, title: &str) -> String {
        self.say(
            Msg::HandoutCase,
            &[("number", &n.to_string()), ("title", title)],
        )
    }

    fn options_line(&self) -> String {
        let options: Vec<Cow<'static, str>> = OPTIONS.iter().map(|v| self.label(*v)).collect();
        self.say(Msg::HandoutOptions, &[("options", &options.join(" · "))])
    }

    fn answer_line(&self, s: &Scenario) -> String {
        self.say(
            Msg::HandoutAnswer,
            &[("answer", &self.label(s.expected.verdict))],
        )
    }

    /// The finding in a sentence, in English only (the reasoning's words);
    /// in another language the answer line says it.
    fn finding_line(&self, a: &Assessment) -> Option<String> {
        (self.lang == Language::En).then(|| {
            self.say(
                Msg::HandoutFinding,
                &[("finding", &explain::verdict_text(a.verdict))],
            )
        })
    }

    fn also_line(&self, a: &Assessment) -> Option<String> {
        (a.labels.len() > 1).then(|| {
            let also: Vec<Cow<'static, str>> = a
                .labels
                .iter()
                .skip(1)
                .map(|l| {
                    if self.lang == Language::En {
                        explain::verdict_text(*l)
                    } else {
                        self.label(*l)
                    }
                })
                .collect();
            self.say(Msg::HandoutAlso, &[("also", &also.join("; "))])
        })
    }

    /// The labels after the verdict, in the handout's words, for the key.
    fn also_short(&self, s: &Scenario) -> String {
        let also: Vec<Cow<'static, str>> = s
            .expected
            .labels
            .iter()
            .skip(1)
            .map(|l| self.label(*l))
            .collect();
        also.join("; ")
    }

    fn elements(&self, a: &Assessment) -> [(Cow<'static, str>, Element, ElementStatus); 3] {
        let e = &a.trafficking.elements;
        [
            (self.text(Msg::HandoutAct), Element::Act, e.act.status),
            (self.text(Msg::HandoutMeans), Element::Means, e.means.status),
            (
                self.text(Msg::HandoutPurpose),
                Element::Purpose,
                e.purpose.status,
            ),
        ]
    }

    /// The facts column of the element table.
    fn facts_cell(&self, a: &Assessment, element: Element, status: ElementStatus) -> String {
        match (status, explain::element_facts_in(a, element, self.lang)) {
            (ElementStatus::NotRequired, _) => self.text(Msg::HandoutFactsNotRequired).into_owned(),
            (_, Some(facts)) => facts,
            (_, None) => self.text(Msg::HandoutFactsNone).into_owned(),
        }
    }

    fn other_findings(&self, a: &Assessment) -> [String; 4] {
        let line = |finding: Msg, level: &str| {
            self.say(
                Msg::HandoutFindingLevel,
                &[("finding", &self.text(finding)), ("level", level)],
            )
        };
        // An attempt (Smuggling Protocol art. 6(2)(a)) is said as one.
        let smuggling = if a.smuggling.attempted && a.smuggling.status == Level::NotEstablished {
            self.text(Msg::HandoutAttempted)
        } else {
            self.level(a.smuggling.status)
        };
        let smuggling = if a.smuggling.aggravated {
            Cow::Owned(self.say(Msg::HandoutAggravated, &[("level", &smuggling)]))
        } else {
            smuggling
        };
        [
            line(
                Msg::HandoutFindingTrafficking,
                &self.level(a.trafficking.status),
            ),
            line(Msg::HandoutFindingSmuggling, &smuggling),
            line(
                Msg::HandoutFindingIrregular,
                &self.level(a.irregular_migration.status),
            ),
            line(
                Msg::HandoutFindingUnsafe,
                &self.level(a.unsafe_migration.status),
            ),
        ]
    }

    /// A provision as people cite it. palermo's own rules are cited as
    /// such, without the section numbers of its data contract.
    fn citation<'a>(&self, citation: &'a str) -> Cow<'a, str> {
        crate::words::cited_for_people(citation, &self.text(Msg::HandoutPalermoRule))
    }

    /// The provisions a scenario turns on, as cited, each once.
    fn citations<'a>(&self, s: &'a Scenario) -> Vec<Cow<'a, str>> {
        let mut out: Vec<Cow<'a, str>> = Vec::with_capacity(s.provisions.len());
        for r in &s.provisions {
            let c = self.citation(r.citation);
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// The quote of a step, if the handout shows it: palermo's own
    /// statement of the order of the findings is in the introduction, and
    /// in developer words; trainers see it.
    fn quote(&self, step: &Step) -> Option<&'static str> {
        step.quote
            .filter(|_| self.for_trainers || step.rule != law::verdict::PRECEDENCE.id)
    }

    /// What the handout says under a quote about its wording: nothing for
    /// a verbatim text; that it is palermo's own rule only where it is.
    fn wording_note(&self, w: Option<Wording>) -> Option<String> {
        let words = match w? {
            Wording::Verbatim => return None,
            Wording::Contract => self.text(Msg::HandoutOwnRule),
            other => explain::wording_words_in(other, self.lang),
        };
        Some(self.say(Msg::HandoutWording, &[("wording", &words)]))
    }

    /// The case as this handout tells it: in its translation where the
    /// scenario has one, else in English (the default question is the
    /// handout's own words either way); `true` when translated.
    fn told<'a>(&self, s: &'a Scenario) -> (Cow<'a, str>, Vec<&'a str>, Cow<'a, str>, bool) {
        let default = || -> Cow<'a, str> {
            if s.question == DEFAULT_QUESTION {
                self.text(Msg::HandoutDefaultQuestion)
            } else {
                Cow::Borrowed(s.question.as_str())
            }
        };
        match s.translation(self.lang) {
            Some(t) => (
                Cow::Borrowed(t.title.as_str()),
                t.paragraphs().collect(),
                t.question
                    .as_deref()
                    .map_or_else(default, |q| Cow::Borrowed(q.trim())),
                true,
            ),
            None => (
                Cow::Borrowed(s.title.as_str()),
                s.paragraphs().collect(),
                default(),
                false,
            ),
        }
    }

    /// For a handout in another language than English: how many of its
    /// cases are told in that language.
    fn told_notice(&self, scenarios: &[Scenario]) -> Option<String> {
        (self.lang != Language::En).then(|| {
            let count = scenarios
                .iter()
                .filter(|s| s.translation(self.lang).is_some())
                .count();
            self.say(
                Msg::HandoutTold,
                &[
                    ("count", &count.to_string()),
                    ("total", &scenarios.len().to_string()),
                ],
            )
        })
    }

    fn draft_notice(&self) -> Option<String> {
        self.lang
            .status()
            .map(|status| format!("{status} {}", self.text(Msg::HandoutCasesLanguage)))
    }
}

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

/// Whether a quote is part of the definition the handout quotes at its start.
fn in_definition(quote: &str) -> bool {
    let quote = quote.trim_end_matches(['.', ';']);
    quote.len() > 20 && definition().iter().any(|(_, text)| text.contains(quote))
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

// ---------------------------------------------------------------- Markdown

/// Escape text for Markdown: inline markup characters are backslashed.
pub(super) fn md(text: &str) -> String {
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
pub(super) fn md_code(text: &str) -> String {
    let clean = text.replace('`', "'");
    format!("`{clean}`")
}

fn md_steps(h: &Handout, out: &mut String, steps: &[Step]) {
    for (i, step) in steps.iter().enumerate() {
        let marker = format!("{}. ", i + 1);
        // Continuation lines are indented to the marker's width (CommonMark).
        let pad = " ".repeat(marker.len());
        let _ = writeln!(
            out,
            "{marker}**{}** {}  ",
            md(&h.heading(step)),
            md(&step.text)
        );
        let _ = write!(out, "{pad}*{}*", md(&h.citation(&step.citation)));
        if h.for_trainers {
            let _ = write!(out, " {}", md_code(&step.rule));
        }
        out.push('\n');
        if let Some(quote) = h.quote(step) {
            out.push('\n');
            let _ = writeln!(out, "{pad}> {}", md(quote));
            if let Some(note) = h.wording_note(step.wording) {
                let _ = writeln!(out, "{pad}>\n{pad}> ({})", md(&note));
            }
        }
        out.push('\n');
    }
}

fn md_asks(h: &Handout, out: &mut String, indent: &str, asks: &[explain::Ask]) {
    for group in explain::group_asks_in(asks, h.lang) {
        for ask in &group.asks {
            let _ = write!(out, "{indent}- {}", md(&ask.question));
            if h.for_trainers {
                let _ = write!(out, " {}", md_code(&ask.fact));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "{indent}  \n{indent}  *{}*", md(&group.why));
    }
}

fn md_answer(h: &Handout, out: &mut String, s: &Scenario, a: &Assessment) {
    let _ = writeln!(out, "**{}**", md(&h.answer_line(s)));
    if let Some(line) = h.finding_line(a) {
        let _ = writeln!(out, "{}", md(&line));
    }
    if let Some(also) = h.also_line(a) {
        let _ = writeln!(out, "{}", md(&also));
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "**{}** {}\n",
        md(&h.text(Msg::HandoutTeachingPoint)),
        md(&s.teaching_point)
    );
    let _ = writeln!(
        out,
        "**{}** {}\n",
        md(&h.text(Msg::HandoutCommonMistake)),
        md(&s.common_mistake)
    );
    let _ = writeln!(out, "**{}**\n", md(&h.text(Msg::HandoutElements)));
    let _ = writeln!(out, "{}\n", md(&h.person(a)));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        md(&h.text(Msg::HandoutElement)),
        md(&h.text(Msg::HandoutElementStatus)),
        md(&h.text(Msg::HandoutElementFacts))
    );
    for (name, element, status) in h.elements(a) {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(&name),
            md(&h.status(status)),
            md(&h.facts_cell(a, element, status))
        );
    }
    out.push('\n');
    for line in h.other_findings(a) {
        let _ = writeln!(out, "- {}", md(&line));
    }
    out.push('\n');
    if !a.flags.is_empty() {
        let _ = writeln!(out, "**{}**\n", md(&h.text(Msg::HandoutCaseworker)));
        for f in &a.flags {
            let _ = writeln!(out, "- {}", md(&explain::flag_words_in(*f, h.lang)));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "**{}**\n", md(&h.text(Msg::HandoutSteps)));
    md_steps(h, out, &explain::steps_in(a, h.lang));

    let missing = explain::missing_in(a, h.lang);
    if !missing.elements.is_empty() || !missing.other.is_empty() {
        let _ = writeln!(out, "**{}**\n", md(&h.text(Msg::HandoutMissing)));
        let label = h.text(Msg::HandoutQuestionLabel);
        for gap in &missing.elements {
            let _ = writeln!(out, "- {}  ", md(&gap.summary));
            let _ = writeln!(out, "  {} {}", md(&label), md(&gap.question));
            if let Some(note) = &gap.note {
                let _ = writeln!(out, "  {}", md(note));
            }
            if gap.asks.is_empty() {
                let _ = writeln!(out, "  {}", md(&h.text(Msg::ExplainNoSingleAnswer)));
            }
            md_asks(h, out, "  ", &gap.asks);
        }
        if !missing.other.is_empty() {
            let _ = writeln!(out, "- {}:", md(&h.text(Msg::HandoutOtherQuestions)));
            md_asks(h, out, "  ", &missing.other);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "**{}**\n", md(&h.text(Msg::HandoutProvisions)));
    for r in &s.provisions {
        let _ = write!(out, "- {}", md(&h.citation(r.citation)));
        if h.for_trainers {
            let _ = write!(out, " {}", md_code(r.id));
        }
        let _ = writeln!(out, ": {}", md(r.summary));
    }
    out.push('\n');
    if h.for_trainers && !s.tags.is_empty() {
        let _ = writeln!(
            out,
            "*{}*\n",
            md(&h.say(Msg::HandoutThemes, &[("themes", &s.tags.join(" · "))]))
        );
    }
}

fn md_key(h: &Handout, out: &mut String, scenarios: &[Scenario]) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        md(&h.text(Msg::HandoutKeyCase)),
        md(&h.text(Msg::HandoutKeyAnswer)),
        md(&h.text(Msg::HandoutKeyAlso)),
        md(&h.text(Msg::HandoutKeyProvisions))
    );
    for (n, _, s) in numbered(scenarios) {
        let provisions = h.citations(s);
        let mut case = format!("{n}. {}", md(&h.told(s).0));
        if h.for_trainers {
            let _ = write!(case, " {}", md_code(&s.id));
        }
        let _ = writeln!(
            out,
            "| {case} | **{}** | {} | {} |",
            md(&h.label(s.expected.verdict)),
            md(&h.also_short(s)),
            md(&provisions.join("; "))
        );
    }
    out.push('\n');
    for (n, _, s) in numbered(scenarios) {
        let _ = writeln!(
            out,
            "{n}. **{}** {}\n",
            md(&h.label(s.expected.verdict)),
            md(&s.teaching_point)
        );
    }
}

/// The handout in Markdown, as [`render_markdown_with`] renders it by default.
pub fn render_markdown(scenarios: &[Scenario]) -> String {
    render_markdown_with(scenarios, &Handout::new())
}

/// The handout in Markdown: an introduction with the definition, then per
/// scenario the narrative, the question and the options, then (unless the
/// handout is the questions only) the answer with the element-by-element
/// reasoning and its citations. The answer key is one table.
pub fn render_markdown_with(scenarios: &[Scenario], h: &Handout) -> String {
    let mut out = String::with_capacity(scenarios.len() * 9000 + 4096);
    let _ = writeln!(out, "# {}\n", md(&h.title()));
    if let Some(org) = &h.org {
        let _ = writeln!(out, "**{}**\n", md(org));
    }
    let _ = writeln!(out, "*{}*\n", md(&h.subtitle()));
    if let Some(notice) = h.draft_notice() {
        let _ = writeln!(out, "> **{}**\n", md(&notice));
    }
    if let Some(told) = h.told_notice(scenarios) {
        let _ = writeln!(out, "{}\n", md(&told));
    }
    if h.for_trainers {
        let _ = writeln!(out, "*{}*\n", md(&h.text(Msg::HandoutForTrainers)));
    }
    if h.content == Content::AnswerKey {
        md_key(h, &mut out, scenarios);
        let _ = writeln!(out, "*{}*", md(&h.text(Msg::HandoutDisclaimer)));
        return out;
    }
    let intro = h.text(match h.content {
        Content::QuestionsOnly => Msg::HandoutIntroQuestions,
        _ => Msg::HandoutIntro,
    });
    let _ = writeln!(out, "{}\n", md(&intro));
    let _ = writeln!(out, "{}\n", md(&h.text(Msg::HandoutOptionsIntro)));
    for v in OPTIONS {
        let _ = writeln!(out, "- **{}**: {}", md(&h.label(v)), md(&h.meaning(v)));
    }
    let _ = writeln!(out, "\n{}\n", md(&h.text(Msg::HandoutDefinitionIntro)));
    for (at, quote) in definition() {
        let _ = writeln!(out, "> **{at}** {}\n>", md(&quote));
    }
    let _ = writeln!(
        out,
        "> **Art. 3(d)** {}\n",
        md(&h.text(Msg::HandoutDefinitionChild))
    );
    let _ = writeln!(out, "## {}\n", md(&h.text(Msg::HandoutContents)));
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = h.part_heading(starts) {
            let _ = writeln!(out, "- {}", md(&part));
        }
        let _ = writeln!(
            out,
            "  {n}. [{}](#case-{})",
            md(&h.told(s).0),
            h.anchor(n, s)
        );
    }
    out.push('\n');
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = h.part_heading(starts) {
            let _ = writeln!(out, "## {}\n", md(&part));
        }
        let _ = writeln!(out, "<a id=\"case-{}\"></a>\n", h.anchor(n, s));
        let (title, paragraphs, question, _) = h.told(s);
        let _ = writeln!(out, "### {}\n", md(&h.case_heading(n, &title)));
        for p in paragraphs {
            let _ = writeln!(out, "{}\n", md(p));
        }
        let _ = writeln!(
            out,
            "**{}** {}\n",
            md(&h.text(Msg::HandoutQuestion)),
            md(&question)
        );
        let _ = writeln!(out, "{}\n", md(&h.options_line()));
        if h.content == Content::Full {
            md_answer(h, &mut out, s, &s.assess());
        }
        out.push_str("---\n\n");
    }
    let _ = writeln!(out, "*{}*", md(&h.text(Msg::HandoutDisclaimer)));
    out
}

// -------------------------------------------------------------------- HTML

/// Escape text for HTML, in element content and in quoted attributes.
pub(super) fn esc(text: &str) -> String {
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

/// Standard base64 (RFC 4648, with padding): the answers travel in the page
/// encoded, so that they are not read in its source by accident.
pub(super) fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

const CSS: &str = include_str!("handout.css");

const SCRIPT: &str = include_str!("handout.js");

fn html_steps(h: &Handout, out: &mut String, steps: &[Step]) {
    out.push_str("<ol class=\"steps\">\n");
    for step in steps {
        let _ = write!(
            out,
            "<li><strong>{}</strong> {}<span class=\"cite\">{}",
            esc(&h.heading(step)),
            esc(&step.text),
            esc(&h.citation(&step.citation)),
        );
        if h.for_trainers {
            let _ = write!(out, " <code>{}</code>", esc(&step.rule));
        }
        out.push_str("</span>");
        if let Some(quote) = h.quote(step) {
            // A text the handout quotes at its start is not printed again.
            let class = if in_definition(quote) {
                " class=\"in-definition\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<blockquote lang=\"en\"{class}>{}</blockquote>",
                esc(quote)
            );
            if let Some(note) = h.wording_note(step.wording) {
                let _ = write!(out, "<span class=\"note\">{}</span>", esc(&note));
            }
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
}

fn html_asks(h: &Handout, out: &mut String, asks: &[explain::Ask]) {
    for group in explain::group_asks_in(asks, h.lang) {
        out.push_str("<ul>");
        for ask in &group.asks {
            let _ = write!(out, "<li>{}", esc(&ask.question));
            if h.for_trainers {
                let _ = write!(out, " <code>{}</code>", esc(&ask.fact));
            }
            out.push_str("</li>");
        }
        let _ = writeln!(out, "</ul><p class=\"note\">{}</p>", esc(&group.why));
    }
}

fn html_answer(h: &Handout, out: &mut String, s: &Scenario, a: &Assessment) {
    let _ = writeln!(out, "<p class=\"verdict\">{}</p>", esc(&h.answer_line(s)));
    let finding = [h.finding_line(a), h.also_line(a)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    if !finding.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&finding.join(" ")));
    }
    let _ = writeln!(
        out,
        "<p><strong>{}</strong> {}</p>",
        esc(&h.text(Msg::HandoutTeachingPoint)),
        esc(&s.teaching_point)
    );
    let _ = writeln!(
        out,
        "<p><strong>{}</strong> {}</p>",
        esc(&h.text(Msg::HandoutCommonMistake)),
        esc(&s.common_mistake)
    );
    let _ = writeln!(out, "<h4>{}</h4>", esc(&h.text(Msg::HandoutElements)));
    let _ = writeln!(out, "<p>{}</p>", esc(&h.person(a)));
    let _ = writeln!(
        out,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        esc(&h.text(Msg::HandoutElement)),
        esc(&h.text(Msg::HandoutElementFacts))
    );
    for (name, element, status) in h.elements(a) {
        let _ = writeln!(
            out,
            "<tr class=\"{}\"><th scope=\"row\">{}<span class=\"status\">{}</span></th><td>{}</td></tr>",
            status_class(status),
            esc(&name),
            esc(&h.status(status)),
            esc(&h.facts_cell(a, element, status))
        );
    }
    out.push_str("</tbody></table>\n<ul class=\"findings\">\n");
    for line in h.other_findings(a) {
        let _ = writeln!(out, "<li>{}</li>", esc(&line));
    }
    out.push_str("</ul>\n");
    if !a.flags.is_empty() {
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<ul>",
            esc(&h.text(Msg::HandoutCaseworker))
        );
        for f in &a.flags {
            let _ = writeln!(out, "<li>{}</li>", esc(&explain::flag_words_in(*f, h.lang)));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(out, "<h4>{}</h4>", esc(&h.text(Msg::HandoutSteps)));
    html_steps(h, out, &explain::steps_in(a, h.lang));

    let missing = explain::missing_in(a, h.lang);
    if !missing.elements.is_empty() || !missing.other.is_empty() {
        let _ = writeln!(out, "<h4>{}</h4>", esc(&h.text(Msg::HandoutMissing)));
        let label = h.text(Msg::HandoutQuestionLabel);
        for gap in &missing.elements {
            let _ = writeln!(out, "<p><strong>{}</strong></p>", esc(&gap.summary));
            let _ = writeln!(out, "<p>{} {}</p>", esc(&label), esc(&gap.question));
            if let Some(note) = &gap.note {
                let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(note));
            }
            if gap.asks.is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"note\">{}</p>",
                    esc(&h.text(Msg::ExplainNoSingleAnswer))
                );
            }
            html_asks(h, out, &gap.asks);
        }
        if !missing.other.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>",
                esc(&h.text(Msg::HandoutOtherQuestions))
            );
            html_asks(h, out, &missing.other);
        }
    }
    let _ = writeln!(
        out,
        "<div class=\"provisions\"><h4>{}</h4>\n<ul>",
        esc(&h.text(Msg::HandoutProvisions))
    );
    for r in &s.provisions {
        let _ = write!(out, "<li>{}", esc(&h.citation(r.citation)));
        if h.for_trainers {
            let _ = write!(out, " <code>{}</code>", esc(r.id));
        }
        let _ = writeln!(out, ": {}</li>", esc(r.summary));
    }
    out.push_str("</ul></div>\n");
    if h.for_trainers && !s.tags.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"tags\">{}</p>",
            esc(&h.say(Msg::HandoutThemes, &[("themes", &s.tags.join(" · "))]))
        );
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

fn html_key(h: &Handout, out: &mut String, scenarios: &[Scenario]) {
    let _ = writeln!(
        out,
        "<table class=\"key\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        esc(&h.text(Msg::HandoutKeyCase)),
        esc(&h.text(Msg::HandoutKeyAnswer)),
        esc(&h.text(Msg::HandoutKeyProvisions))
    );
    for (n, _, s) in numbered(scenarios) {
        let provisions = h.citations(s);
        let _ = write!(out, "<tr><td>{n}. {}", esc(&h.told(s).0));
        if h.for_trainers {
            let _ = write!(out, " <code>{}</code>", esc(&s.id));
        }
        let _ = write!(
            out,
            "</td><td><strong>{}</strong>",
            esc(&h.label(s.expected.verdict))
        );
        let also = h.also_short(s);
        if !also.is_empty() {
            let _ = write!(
                out,
                "<span class=\"also\">{}</span>",
                esc(&h.say(Msg::HandoutAlso, &[("also", &also)]))
            );
        }
        let _ = writeln!(
            out,
            "<span class=\"point\">{}</span></td><td>{}</td></tr>",
            esc(&s.teaching_point),
            esc(&provisions.join("; "))
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The handout as one HTML page, as [`render_html_with`] renders it by default.
pub fn render_html(scenarios: &[Scenario]) -> String {
    render_html_with(scenarios, &Handout::new())
}

/// The handout as one self-contained HTML page: inline style and script,
/// no network. Per scenario the narrative, the question and the options as
/// buttons; choosing one says whether it was right and opens the answer
/// (element by element, with citations and the provisions quoted). The
/// answers travel in the page encoded (base64) and are put in place by the
/// page's script, so that they are not read in its source by accident; in
/// print they are all shown, each case on a page of its own. The questions
/// only have no answers in the page at all.
pub fn render_html_with(scenarios: &[Scenario], h: &Handout) -> String {
    let mut out = String::with_capacity(scenarios.len() * 16000 + 16384);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n",
        h.lang.code()
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light\">\n");
    let _ = writeln!(
        out,
        "<title>{} · {}</title>",
        esc(&h.title()),
        esc(&h.subtitle())
    );
    let _ = writeln!(out, "<style>{CSS}</style>");
    let answer = |key: &str| {
        h.say(
            Msg::HandoutRight,
            &[("answer", key), ("chosen", "{chosen}")],
        )
    };
    let _ = writeln!(
        out,
        "</head>\n<body data-right=\"{}\" data-partly=\"{}\" data-wrong=\"{}\">\n<main>\n<header>",
        esc(&answer("{answer}")),
        esc(&h.say(
            Msg::HandoutPartly,
            &[("answer", "{answer}"), ("chosen", "{chosen}")]
        )),
        esc(&h.say(
            Msg::HandoutWrong,
            &[("answer", "{answer}"), ("chosen", "{chosen}")]
        )),
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(&h.title()));
    if let Some(org) = &h.org {
        let _ = writeln!(out, "<p class=\"org\">{}</p>", esc(org));
    }
    let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", esc(&h.subtitle()));
    if let Some(notice) = h.draft_notice() {
        let _ = writeln!(out, "<p class=\"draft\" role=\"note\">{}</p>", esc(&notice));
    }
    if let Some(told) = h.told_notice(scenarios) {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&told));
    }
    if h.for_trainers {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&h.text(Msg::HandoutForTrainers))
        );
    }
    if h.content == Content::AnswerKey {
        out.push_str("</header>\n");
        html_key(h, &mut out, scenarios);
        let _ = writeln!(
            out,
            "<footer><p>{}</p></footer>\n</main>\n</body>\n</html>",
            esc(&h.text(Msg::HandoutDisclaimer))
        );
        return out;
    }
    let full = h.content == Content::Full;
    let intro = h.text(if full {
        Msg::HandoutIntro
    } else {
        Msg::HandoutIntroQuestions
    });
    let _ = writeln!(out, "<p>{}</p>", esc(&intro));
    let _ = writeln!(
        out,
        "<p>{}</p>\n<ul class=\"meanings\">",
        esc(&h.text(Msg::HandoutOptionsIntro))
    );
    for v in OPTIONS {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong>: {}</li>",
            esc(&h.label(v)),
            esc(&h.meaning(v))
        );
    }
    let _ = writeln!(
        out,
        "</ul>\n<section class=\"definition\" aria-label=\"{0}\">\n<p>{0}</p>",
        esc(&h.text(Msg::HandoutDefinitionIntro))
    );
    for (at, quote) in definition() {
        let _ = writeln!(
            out,
            "<blockquote lang=\"en\"><strong>{}</strong> {}</blockquote>",
            esc(at),
            esc(&quote)
        );
    }
    let _ = writeln!(
        out,
        "<blockquote lang=\"en\"><strong>Art. 3(d)</strong> {}</blockquote>\n</section>",
        esc(&h.text(Msg::HandoutDefinitionChild))
    );
    if full {
        let _ = writeln!(
            out,
            "<noscript><p><strong>{}</strong></p></noscript>",
            esc(&h.text(Msg::HandoutNoscript))
        );
        let _ = writeln!(
            out,
            "<div class=\"toolbar\"><button type=\"button\" data-all=\"open\">{}</button><button type=\"button\" data-all=\"close\">{}</button></div>",
            esc(&h.text(Msg::HandoutOpenAll)),
            esc(&h.text(Msg::HandoutCloseAll))
        );
    }
    let _ = writeln!(
        out,
        "</header>\n<nav aria-label=\"{0}\">\n<h2>{0}</h2>",
        esc(&h.text(Msg::HandoutContents))
    );
    let mut open_list = false;
    for (n, starts, s) in numbered(scenarios) {
        if let Some(part) = h.part_heading(starts) {
            if open_list {
                out.push_str("</ol>\n");
            }
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ol start=\"{n}\">",
                esc(&part)
            );
            open_list = true;
        } else if !open_list {
            out.push_str("<ol>\n");
            open_list = true;
        }
        let _ = writeln!(
            out,
            "<li><a href=\"#case-{}\">{}</a></li>",
            esc(&h.anchor(n, s)),
            esc(&h.told(s).0)
        );
    }
    if open_list {
        out.push_str("</ol>\n");
    }
    out.push_str("</nav>\n");
    let narrative_lang = if h.lang == Language::En {
        ""
    } else {
        " lang=\"en\""
    };
    for (n, starts, s) in numbered(scenarios) {
        if let (Some(part), Some(title)) = (starts, h.part_heading(starts)) {
            let _ = writeln!(
                out,
                "<h2 id=\"part-{}\" class=\"part\">{}</h2>",
                part.name(),
                esc(&title)
            );
        }
        let _ = write!(
            out,
            "<section class=\"case\" id=\"case-{}\"",
            esc(&h.anchor(n, s))
        );
        if full {
            let mut key = s.expected.verdict.name().to_string();
            for l in &s.expected.labels {
                key.push(' ');
                key.push_str(l.name());
            }
            let _ = write!(out, " data-key=\"{}\"", base64(key.as_bytes()));
        }
        out.push_str(">\n");
        let (title, paragraphs, question, translated) = h.told(s);
        let text_lang = if translated { "" } else { narrative_lang };
        let question_lang = if translated || s.question == DEFAULT_QUESTION {
            ""
        } else {
            narrative_lang
        };
        let _ = writeln!(out, "<h3>{}</h3>", esc(&h.case_heading(n, &title)));
        let _ = writeln!(out, "<div class=\"narrative\"{text_lang}>");
        for p in paragraphs {
            let _ = writeln!(out, "<p>{}</p>", esc(p));
        }
        out.push_str("</div>\n");
        let _ = writeln!(
            out,
            "<p class=\"question\"><span>{}</span> <span{question_lang}>{}</span></p>",
            esc(&h.text(Msg::HandoutQuestion)),
            esc(&question)
        );
        let _ = writeln!(out, "<p class=\"choices\">{}</p>", esc(&h.options_line()));
        if !full {
            out.push_str("</section>\n");
            continue;
        }
        let _ = write!(
            out,
            "<div class=\"options\" role=\"group\" aria-label=\"{}\">",
            esc(&h.say(Msg::HandoutYourAnswer, &[("number", &n.to_string())]))
        );
        for v in OPTIONS {
            let _ = write!(
                out,
                "<button type=\"button\" data-option=\"{}\" aria-pressed=\"false\">{}</button>",
                v.name(),
                esc(&h.label(v))
            );
        }
        out.push_str("</div>\n<p class=\"feedback\" role=\"status\" aria-live=\"polite\"></p>\n");
        let mut body = String::with_capacity(12000);
        html_answer(h, &mut body, s, &s.assess());
        let _ = writeln!(
            out,
            "<details class=\"answer\">\n<summary>{}</summary>\n<div class=\"answer-body\" data-answer=\"{}\"></div>\n</details>\n</section>",
            esc(&h.text(Msg::HandoutShowAnswer)),
            base64(body.as_bytes())
        );
    }
    let _ = writeln!(
        out,
        "<footer><p>{}</p></footer>",
        esc(&h.text(Msg::HandoutDisclaimer))
    );
    out.push_str("</main>\n");
    if full {
        let _ = writeln!(out, "<script>{SCRIPT}</script>");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
    }

    #[test]
    fn palermo_own_rules_are_cited_without_the_contract() {
        let h = Handout::new();
        assert_eq!(
            h.citation("palermo contract v1 §3 (applying Trafficking Protocol art. 3(d))"),
            "palermo's screening rule (applying Trafficking Protocol art. 3(d))"
        );
        assert_eq!(
            h.citation("palermo contract v1 §4"),
            "palermo's screening rule"
        );
        assert_eq!(
            h.citation("Trafficking Protocol art. 3(a)"),
            "Trafficking Protocol art. 3(a)"
        );
    }
}
