//! `palermo interview`: one question at a time, the case built from the
//! answers, saved as contract v1 JSON that `palermo screen` accepts.
//!
//! Two modes. A terminal user gets a prompt, the running verdict and how
//! many questions are left (in colour where standard output is a terminal
//! and `NO_COLOR` is unset). With `--plain`, or whenever standard input is
//! not a terminal, the line protocol: each question is one line ending
//! with the dotted paths of the facts it asks, in square brackets,
//! separated by spaces (a grouped question lists its facts first, numbered
//! in words); each answer is one line:
//!
//! - to a question about one fact: `yes`, `no`, `suspected` (or `not
//!   sure`), a whole number from 0 to 130 for `person.age` (or `MIN-MAX`,
//!   an estimate, within the same bounds; in ASCII digits or the decimal
//!   digits of another script, Khmer `១៥` among them), `MIN-MAX` for
//!   `person.age_estimate`, `irregular`/`regular` for
//!   `movement.entry` and `movement.stay`, `ended`/`continued` for
//!   `movement.facilitator.relationship_after_arrival`;
//! - to a grouped question: `PATH=ANSWER` pairs separated by spaces (facts
//!   left out stay unknown), `no` (none of them), or the numbers of the
//!   facts that hold in the order listed (`1 3`; `?2` for suspected), as the
//!   terminal shows them;
//! - to any question: `skip` (or `unknown`, or an empty line), `back`,
//!   `why` (one line: why it is asked, then the question again), `done`.
//!
//! An answer that does not fit (a line that is not text included) is
//! reported on standard error (without repeating it) and the question is
//! put again. The facts a partial answer to a grouped question leaves out
//! are asked once more at the end, where they could still change the
//! verdict. The interview ends when no answer could change the verdict, on
//! `done`, or at the end of input; the case is written to `--out` (or, as
//! one line, to standard output). Input that ends with a question
//! unanswered (a script cut off, a pipe closed, Ctrl-D) is not a finished
//! interview: the case holds the answers given and nothing more, standard
//! error says that the interview was not finished, and the exit status is
//! [`UNFINISHED`] (3). A `--out` file that cannot be written is
//! said before the first question (exit status 1); should writing it still
//! fail at the end, the case goes to standard output instead, and the
//! exit status is 1.
//!
//! A record given with `--from-case` keeps its ILO/EC indicators: the
//! running verdict is `screen`'s on the answers with them, and they are
//! saved with the case.
//!
//! `--lang km` puts the questions, the prompts and the running verdict in
//! Khmer (a draft translation, which says so first: at the top of the
//! terminal's output, or on standard error with the line protocol, whose
//! standard output stays questions and the case). The protocol's own tokens
//! (the paths in brackets, the answers it takes) do not change; a whole
//! answer may also be given in the language's word for it (`មែន` for
//! `yes`, `ចប់` for `done`), as the help says.

use palermo::decide::interview::{parse_answer, Ask, Interview};
use palermo::model::{Answer, Case, Fact, Field};
use palermo::words::interview::{self as words, Unfit};
use palermo::words::Language;
use palermo::{Input, Profile};
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The exit status of an interview whose input ended before it did.
pub const UNFINISHED: u8 = 3;

/// The options of `palermo interview`.
pub struct Options {
    pub profile: Option<Profile>,
    pub from_case: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub plain: bool,
    pub lang: Language,
}

/// What one line of input asks for.
#[derive(Debug, PartialEq)]
enum Reply {
    Answers(Vec<(Field, Answer)>),
    Skip,
    Back,
    Why,
    Done,
    /// Not an answer to this question.
    Invalid(Unfit),
}

/// Whether `lower` (a line in lower case) says the answer is not known:
/// "don't know", "I don't know", "not known" (a straight or a curly
/// apostrophe, with or without it).
fn dont_know(lower: &str) -> bool {
    let words: String = lower
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}' | '.' | '!'))
        .collect();
    matches!(
        words.trim(),
        "dont know" | "i dont know" | "do not know" | "i do not know" | "not known" | "dk"
    )
}

/// Read one line as a reply to `ask`.
fn reply(ask: &Ask, line: &str) -> Reply {
    let line = line.trim();
    let lower = line.to_ascii_lowercase();
    match lower.as_str() {
        "skip" | "unknown" | "" => return Reply::Skip,
        // What a screener says when the fact is not known: skip, as
        // `unknown` is.
        _ if dont_know(&lower) => return Reply::Skip,
        "back" => return Reply::Back,
        "why" | "?" => return Reply::Why,
        "done" => return Reply::Done,
        _ => {}
    }
    if !line.contains('=') {
        return match ask.fields.as_slice() {
            // "Not sure" of an age, an entry or a stay, which have no
            // suspected value: the answer is not known, as with `skip`.
            [field] if !field.is_fact() && matches!(lower.as_str(), "not sure" | "maybe") => {
                Reply::Skip
            }
            [field] => parse_answer(*field, line).map_or(Reply::Invalid(Unfit::NotAnAnswer), |a| {
                Reply::Answers(vec![a])
            }),
            // "no" to a grouped question: none of them.
            fields if lower == "no" || lower == "none" => Reply::Answers(
                fields
                    .iter()
                    .map(|f| (*f, Answer::Fact(Fact::RuledOut)))
                    .collect(),
            ),
            // The numbers of the facts that hold (`?N`: suspected), as the
            // terminal lists them; the others stay unknown.
            _ => numbered(ask, line).map_or(Reply::Invalid(Unfit::Grouped), Reply::Answers),
        };
    }
    let mut answers = Vec::new();
    for pair in line.split_whitespace() {
        let Some((path, answer)) = pair.split_once('=') else {
            return Reply::Invalid(Unfit::Pairs);
        };
        let Some(field) = Field::from_path(path) else {
            return Reply::Invalid(Unfit::UnknownPath);
        };
        // The age question also takes the estimate.
        let asked = ask.fields.contains(&field)
            || (field == Field::AgeEstimate && ask.fields.contains(&Field::Age));
        if !asked {
            return Reply::Invalid(Unfit::NotAsked);
        }
        if answer.eq_ignore_ascii_case("skip") || answer.eq_ignore_ascii_case("unknown") {
            continue;
        }
        match parse_answer(field, answer) {
            Some(a) => answers.push(a),
            None => return Reply::Invalid(Unfit::AnswerDoesNotFit),
        }
    }
    Reply::Answers(answers)
}

/// The zero of each run of ten Unicode decimal digits (general category
/// Nd) outside ASCII in the Basic Multilingual Plane: Arabic-Indic,
/// the scripts of India, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian,
/// the scripts of South-East Asia, and the full-width forms.
const DIGIT_ZEROS: [u32; 36] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
];

/// `line` with each decimal digit of another script (`១៥`, `๑๕`, `１５`)
/// as its ASCII digit, so that an age or a list's numbers can be typed in
/// the script of the language.
fn ascii_digits(line: &str) -> std::borrow::Cow<'_, str> {
    let digit = |c: char| {
        let c = u32::from(c);
        DIGIT_ZEROS
            .iter()
            .find(|&&zero| (zero..zero + 10).contains(&c))
            .and_then(|zero| char::from_digit(c - zero, 10))
    };
    if line.is_ascii() || !line.chars().any(|c| digit(c).is_some()) {
        return std::borrow::Cow::Borrowed(line);
    }
    line.chars().map(|c| digit(c).unwrap_or(c)).collect()
}

/// Answers given as the numbers of the facts that hold (`1 3`, `?2` for
/// suspected; each fact's number is the same in every question,
/// [`Ask::number`]), or `None` when the line is not that.
fn numbered(ask: &Ask, line: &str) -> Option<Vec<(Field, Answer)>> {
    line.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|word| {
            let (fact, number) = match word.strip_prefix('?') {
                Some(n) => (Fact::Suspected, n),
                None => (Fact::Established, word),
            };
            let number = number.parse::<usize>().ok()?;
            ask.numbered(number).map(|f| (f, Answer::Fact(fact)))
        })
        .collect()
}

/// The question in words: for a grouped question asked again (`again`),
/// with the words that say so.
fn question(ask: &Ask, again: bool, lang: Language) -> String {
    let question = words::question_in(ask, lang);
    if again {
        format!("{question} {}", words::again_in(lang))
    } else {
        question.into_owned()
    }
}

/// The question as one line of the protocol: the question, the numbered
/// options of a grouped question, the paths in brackets.
fn plain_line(ask: &Ask, again: bool, lang: Language) -> String {
    let paths: Vec<&str> = ask.fields.iter().map(|f| f.path()).collect();
    let question = question(ask, again, lang);
    match words::options_in(ask, lang) {
        Some(options) => format!("{question} {options} [{}]", paths.join(" ")),
        None => format!("{question} [{}]", paths.join(" ")),
    }
}

/// Colours for the terminal, or none.
struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// `palermo interview`.
pub fn run(options: Options) -> ExitCode {
    let (mut input, profile) = match &options.from_case {
        Some(path) => match crate::input::read_one(Some(path)) {
            Ok(text) => match palermo::parse_input(&text) {
                Ok(input) => {
                    let profile = options.profile.or(input.profile).unwrap_or_default();
                    (input, profile)
                }
                Err(e) => return crate::input::invalid_case(&text, &e),
            },
            Err(e) => return crate::io_failure(&e),
        },
        None => (Input::new(Case::new()), options.profile.unwrap_or_default()),
    };
    if options.profile.is_some() {
        input.profile = options.profile;
    }
    // A file that cannot be written is said before the first question, not
    // after the last (the file is created if need be, not emptied).
    let mut fresh = false;
    if let Some(path) = &options.out {
        let opened = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(path);
        match opened.and_then(|file| file.metadata()) {
            Ok(meta) => fresh = meta.len() == 0,
            Err(e) => {
                let shown = path.display().to_string();
                eprintln!(
                    "palermo: {} ({e})",
                    words::cannot_save_in(&shown, options.lang)
                );
                return ExitCode::from(1);
            }
        }
    }
    // The file holds the case so far after every answer, so that an
    // interview stopped half-way (Ctrl-C, a closed terminal) keeps the
    // answers given: a file just created holds the starting case at once,
    // never nothing. A failure here is said at the end, where the case is
    // written for the last time.
    let template = input.clone();
    let out_path = options.out.clone();
    let mut keep = move |interview: &Interview| {
        if let Some(path) = &out_path {
            let mut input = template.clone();
            input.case = interview.case().clone();
            if let Ok(json) = serde_json::to_string(&input) {
                let _ = std::fs::write(path, format!("{json}\n"));
            }
        }
    };
    let plain = options.plain || !io::stdin().is_terminal();
    let mut out = match crate::stdout() {
        Ok(out) => out,
        Err(e) => return crate::io_failure(&e),
    };
    let style = Style {
        on: !plain && io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    // The indicators of the record are screened with the answers, as
    // `screen` does, and saved with them.
    let mut interview =
        Interview::new(input.case.clone(), profile).with_indicators(input.indicators.clone());
    if fresh {
        keep(&interview);
    }
    let stdin = io::stdin();
    let mut lines = stdin.lock();
    let asked = ask_all(
        &mut interview,
        &mut lines,
        &mut out,
        plain,
        &style,
        options.lang,
        &mut keep,
    );
    let finished = match asked {
        Ok(finished) => finished,
        Err(e) => return crate::io_failure(&e),
    };
    if !finished {
        eprintln!("palermo: {}", words::unfinished_in(options.lang));
    }
    input.case = interview.case().clone();
    let json = match serde_json::to_string(&input) {
        Ok(json) => json,
        Err(e) => return crate::io_failure(&io::Error::other(e)),
    };
    let mut status = if finished {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(UNFINISHED)
    };
    let written = match &options.out {
        Some(path) => match std::fs::write(path, format!("{json}\n")) {
            Ok(()) if plain => Ok(()),
            Ok(()) => writeln!(out, "{}", saved(path, &style, options.lang)),
            // The answers are not lost: the case goes to standard output.
            Err(e) => {
                let shown = path.display().to_string();
                eprintln!(
                    "palermo: {} ({e})",
                    words::not_saved_in(&shown, options.lang)
                );
                status = ExitCode::from(1);
                writeln!(out, "{json}")
            }
        },
        None => writeln!(out, "{json}"),
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => status,
        Err(e) => crate::io_failure(&e),
    }
}

/// "Saved to FILE: palermo explain FILE".
fn saved(path: &Path, style: &Style, lang: Language) -> String {
    let shown = path.display().to_string();
    style.paint("2", &words::saved_in(&shown, lang))
}

/// The running verdict (with the presumption it rests on, if any) and how
/// many questions are left at most.
fn running(
    interview: &Interview,
    out: &mut impl Write,
    style: &Style,
    lang: Language,
) -> io::Result<()> {
    let mut verdict = words::status_in(interview.verdict(), lang);
    if interview.rests_on_presumed_child() {
        verdict = format!("{verdict} {}", words::presumed_in(lang));
    }
    let verdict = style.paint("33", &verdict);
    match interview.remaining() {
        0 => writeln!(out, "{verdict}"),
        left => writeln!(out, "{verdict} {}", words::missing_in(left, lang)),
    }
}

/// Ask until the interview is over, `done` or the end of input; whether it
/// was finished (the input did not end with a question unanswered).
fn ask_all(
    interview: &mut Interview,
    lines: &mut impl BufRead,
    out: &mut impl Write,
    plain: bool,
    style: &Style,
    lang: Language,
    keep: &mut dyn FnMut(&Interview),
) -> io::Result<bool> {
    // A draft translation says so first: on standard error with the line
    // protocol, whose standard output is questions and the case only.
    if let Some(status) = lang.status() {
        if plain {
            eprintln!("{status}");
        } else {
            writeln!(out, "{}", style.paint("2", &status))?;
        }
    }
    if !plain {
        writeln!(out, "{}", style.paint("2", &words::help_in(lang)))?;
        // A case given to start from: its verdict so far, first.
        if !interview.indicators().is_empty() || *interview.case() != Case::new() {
            running(interview, out, style, lang)?;
        }
    }
    let mut bytes = Vec::new();
    while let Some(ask) = interview.next() {
        let again = interview.asks_again(&ask);
        if plain {
            writeln!(out, "{}", plain_line(&ask, again, lang))?;
        } else {
            writeln!(out)?;
            writeln!(out, "{}", style.paint("1", &question(&ask, again, lang)))?;
            // Numbered, in the facts' short names: type the numbers that
            // hold (`?N` if not sure), or no.
            if let Some(options) = words::options_in(&ask, lang) {
                writeln!(out, "{}", style.paint("2", &format!("  {options}")))?;
            }
            write!(out, "{}", style.paint("36", "> "))?;
        }
        out.flush()?;
        bytes.clear();
        if lines.read_until(b'\n', &mut bytes)? == 0 {
            // The input ended with this question unanswered.
            if !plain {
                writeln!(out)?;
            }
            return Ok(false);
        }
        // A line that is not text (not UTF-8) answers nothing: asked again.
        let parsed = match std::str::from_utf8(&bytes) {
            // An answer in the language's own word stands for the protocol's,
            // and digits of any script for ASCII digits.
            Ok(line) => {
                let line = ascii_digits(line);
                reply(&ask, words::protocol_word_in(&line, lang).unwrap_or(&line))
            }
            Err(_) => Reply::Invalid(Unfit::NotAnAnswer),
        };
        match parsed {
            Reply::Answers(answers) => interview.answer(&ask, &answers),
            Reply::Skip => interview.skip(&ask),
            Reply::Back => {
                interview.back();
            }
            Reply::Why => {
                writeln!(out, "{}", words::why_in(&ask, lang))?;
                continue;
            }
            Reply::Done => break,
            Reply::Invalid(what) => {
                eprintln!("palermo: {}", words::unfit_line_in(what, &ask, lang));
                continue;
            }
        }
        keep(interview);
        if !plain {
            running(interview, out, style, lang)?;
        }
    }
    if !plain && interview.next().is_none() {
        // Said true: where a fact skipped could still change the verdict,
        // the end says so.
        if interview.open_facts() {
            writeln!(out, "{}", words::done_open_in(lang))?;
        } else {
            writeln!(out, "{}", words::done_in(lang))?;
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use palermo::decide::interview::Topic;
    use palermo::model::{Act, Means};

    fn group() -> Ask {
        Ask {
            topic: Topic::Acts,
            fields: vec![Field::Act(Act::Recruitment), Field::Act(Act::Transfer)],
            towards: palermo::Verdict::Trafficking,
        }
    }

    #[test]
    fn digits_of_other_scripts_are_read_as_ascii_digits() {
        for typed in ["១៥", "๑๕", "໑໕", "၁၅", "１５", "१५", "١٥"] {
            assert_eq!(ascii_digits(typed), "15", "{typed}");
        }
        assert_eq!(ascii_digits("១៥-១៧"), "15-17");
        assert_eq!(ascii_digits("?២ ៣"), "?2 3");
        assert_eq!(ascii_digits("មែន"), "មែន");
        // Not decimal digits: left as they are.
        assert_eq!(ascii_digits("½ Ⅻ ²"), "½ Ⅻ ²");
    }

    #[test]
    fn pairs_answer_a_group() {
        assert_eq!(
            reply(&group(), "act.recruitment=YES act.transfer=no"),
            Reply::Answers(vec![
                (
                    Field::Act(Act::Recruitment),
                    Answer::Fact(Fact::Established)
                ),
                (Field::Act(Act::Transfer), Answer::Fact(Fact::RuledOut)),
            ])
        );
        assert!(matches!(reply(&group(), "yes"), Reply::Invalid(_)));
        assert!(matches!(
            reply(&group(), "means.deception=yes"),
            Reply::Invalid(_)
        ));
        assert_eq!(reply(&group(), " Done "), Reply::Done);
        // Each fact by its number among all the acts (transfer is the
        // third), whatever the list asked holds; a number not in it is no
        // answer.
        assert_eq!(
            reply(&group(), "3 ?1"),
            Reply::Answers(vec![
                (Field::Act(Act::Transfer), Answer::Fact(Fact::Established)),
                (Field::Act(Act::Recruitment), Answer::Fact(Fact::Suspected)),
            ])
        );
        assert!(matches!(reply(&group(), "2"), Reply::Invalid(_)));
        assert!(matches!(reply(&group(), "4"), Reply::Invalid(_)));
        // "Not sure" of the age skips: an age has no suspected value.
        let age = Ask {
            topic: Topic::Age,
            fields: vec![Field::Age],
            towards: palermo::Verdict::Trafficking,
        };
        assert_eq!(reply(&age, "Not sure"), Reply::Skip);
        // "Don't know", as a screener says it, skips.
        for words in [
            "don't know",
            "I don\u{2019}t know",
            "dont know",
            "Not known.",
        ] {
            assert_eq!(reply(&group(), words), Reply::Skip, "{words}");
        }
        let one = Ask {
            topic: Topic::Means,
            fields: vec![Field::Means(Means::Deception)],
            towards: palermo::Verdict::Trafficking,
        };
        assert_eq!(
            reply(&one, "Suspected"),
            Reply::Answers(vec![(
                Field::Means(Means::Deception),
                Answer::Fact(Fact::Suspected)
            )])
        );
    }
}
