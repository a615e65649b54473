//! The training casebook: every scenario is a test.
//!
//! Each scenario must parse (unknown fields are errors, in the wrapper and in
//! the case), its expected verdict and labels must equal the engine's, and
//! every provision it turns on must be among the rules the engine cites. The
//! casebook as a whole must cover every act, means and purpose, and the
//! themes trainers asked for. The full assessment of every scenario, and the
//! Markdown handout, are snapshot-tested.

#![cfg(feature = "casebook")]

use palermo::assessment::{ElementStatus, PersonStatus, Verdict};
use palermo::casebook::{
    self, Content, Handout, LoadError, Part, Scenario, ScenarioError, View, SOURCES,
};
use palermo::model::{Act, Fact, Level, Means, Purpose, Vocabulary};
use palermo::words::Language;
use std::collections::BTreeSet;

fn scenarios() -> Vec<Scenario> {
    casebook::builtin().unwrap_or_else(|e| panic!("the casebook does not load: {e}"))
}

fn tagged<'a>(all: &'a [Scenario], tag: &str) -> Vec<&'a Scenario> {
    all.iter().filter(|s| s.has_tag(tag)).collect()
}

#[test]
fn every_scenario_parses_and_there_are_at_least_forty() {
    let all = scenarios();
    assert!(all.len() >= 40, "only {} scenarios", all.len());
    for s in &all {
        assert_eq!(s.input.case.id.as_deref(), Some(s.id.as_str()));
        assert!(!s.provisions.is_empty());
        assert!(s.paragraphs().count() >= 1);
    }
}

#[test]
fn the_embedded_casebook_is_the_casebook_directory() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("casebook");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = SOURCES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(embedded, on_disk);
    for (name, text) in SOURCES {
        let on_disk = std::fs::read_to_string(dir.join(name)).unwrap();
        assert_eq!(*text, on_disk, "{name} is stale; rebuild");
    }
}

#[test]
fn every_scenario_agrees_with_the_engine() {
    let disagreements: Vec<String> = scenarios()
        .iter()
        .filter_map(|s| casebook::check(s).err())
        .map(|d| d.to_string())
        .collect();
    assert!(
        disagreements.is_empty(),
        "scenarios that disagree with the engine (a bug in one of them, settle it from the law):\n{}",
        disagreements.join("\n")
    );
}

#[test]
fn a_disagreement_is_reported_with_both_answers() {
    let text = SOURCES
        .iter()
        .find(|(n, _)| *n == "crossing-alone.json")
        .map(|(_, t)| *t)
        .unwrap();
    let wrong = text.replace(
        "\"verdict\": \"irregular_migration\"",
        "\"verdict\": \"smuggling\"",
    );
    let wrong = wrong.replacen("\"irregular_migration\"\n", "\"smuggling\"\n", 1);
    let s = casebook::parse_scenario(&wrong).unwrap();
    let d = casebook::check(&s).unwrap_err();
    let message = d.to_string();
    assert!(message.contains("expects smuggling"), "{message}");
    assert!(
        message.contains("engine finds irregular_migration"),
        "{message}"
    );

    let uncited = text.replace("\"som.3a.self\"", "\"som.6.3\"");
    let s = casebook::parse_scenario(&uncited).unwrap();
    let d = casebook::check(&s).unwrap_err();
    assert_eq!(d.uncited, vec!["som.6.3"]);
}

#[test]
fn every_act_means_and_purpose_is_established_somewhere() {
    let all = scenarios();
    let mut missing = Vec::new();
    // The Trafficking Protocol's own vocabulary (contract v1 as first
    // published); facts other instruments name are in examples/profiles/.
    for a in Act::ALL.iter().take(5) {
        if !all
            .iter()
            .any(|s| s.input.case.act.get(*a) == Fact::Established)
        {
            missing.push(a.path());
        }
    }
    for m in Means::ALL.iter().take(9) {
        if !all
            .iter()
            .any(|s| s.input.case.means.get(*m) == Fact::Established)
        {
            missing.push(m.path());
        }
    }
    for p in Purpose::ALL.iter().take(12) {
        if !all
            .iter()
            .any(|s| s.input.case.purpose.get(*p) == Fact::Established)
        {
            missing.push(p.path());
        }
    }
    assert!(missing.is_empty(), "never established: {missing:?}");
}

#[test]
fn every_verdict_is_the_answer_somewhere() {
    let all = scenarios();
    for v in Verdict::ALL {
        assert!(
            all.iter().any(|s| s.expected.verdict == v),
            "no scenario has the answer {v}"
        );
    }
}

/// The themes the issue asks for: each tag must be used, and must mean what
/// it says on the facts and the engine's findings.
#[test]
fn the_required_themes_are_covered_and_their_tags_are_true() {
    let all = scenarios();
    let theme = |tag: &str, holds: &dyn Fn(&Scenario) -> bool| {
        let with = tagged(&all, tag);
        assert!(!with.is_empty(), "no scenario tagged `{tag}`");
        for s in with {
            assert!(
                holds(s),
                "{}: tagged `{tag}` but the facts do not fit",
                s.id
            );
        }
    };
    let trafficking = |s: &Scenario| s.expected.verdict == Verdict::Trafficking;
    let labels = |s: &Scenario, v: Verdict| s.expected.labels.contains(&v);

    theme("men", &|s| s.assess().person.status == PersonStatus::Adult);
    theme("consent-irrelevant", &|s| {
        s.input.case.consent == Fact::Established && trafficking(s)
    });
    theme("child-no-means", &|s| {
        let a = s.assess();
        a.person.status == PersonStatus::Child
            && s.input.case.means.level() == Level::NotEstablished
            && trafficking(s)
    });
    theme("adult-no-means", &|s| {
        let a = s.assess();
        a.person.status == PersonStatus::Adult
            && s.input.case.act.level() == Level::Established
            && s.input.case.purpose.level() == Level::Established
            && s.input.case.means.level() == Level::NotEstablished
            && a.trafficking.status == Level::NotEstablished
    });
    theme("exploitation-not-yet", &|s| {
        s.input.case.exploitation_occurred == Fact::RuledOut && trafficking(s)
    });
    theme("smuggling-only", &|s| {
        s.expected.verdict == Verdict::Smuggling
            && s.input.case.purpose.level() == Level::NotEstablished
            && !s.assess().smuggling.aggravated
    });
    theme("smuggling-to-trafficking", &|s| {
        trafficking(s)
            && labels(s, Verdict::Smuggling)
            && s.input.case.movement.facilitator.relationship_after_arrival
                == Some(palermo::model::Relationship::Continued)
    });
    theme("aggravated-smuggling", &|s| {
        s.expected.verdict == Verdict::Smuggling && s.assess().smuggling.aggravated
    });
    theme("humanitarian-help", &|s| {
        s.input.case.movement.facilitator.humanitarian_or_family == Fact::Established
            && s.input.case.movement.facilitator.procured_entry == Fact::Established
            && !labels(s, Verdict::Smuggling)
    });
    theme("irregular-self", &|s| {
        s.expected.verdict == Verdict::IrregularMigration
            && s.input.case.movement.facilitator.procured_entry == Fact::RuledOut
    });
    theme("unsafe-migration", &|s| {
        s.expected.verdict == Verdict::UnsafeMigration
            && s.assess().trafficking.status == Level::NotEstablished
    });
    theme("labour-rights", &|s| {
        s.input
            .case
            .risk_factors
            .get(palermo::model::RiskFactor::LabourRightsViolations)
            == Fact::Established
            && s.assess().trafficking.status == Level::NotEstablished
    });
    theme("asylum", &|s| {
        s.assess()
            .has_flag(palermo::assessment::Flag::AsylumReferral)
    });
    theme("non-punishment", &|s| {
        s.assess()
            .has_flag(palermo::assessment::Flag::NonPunishment)
    });
    theme("age-uncertain", &|s| {
        s.input.case.person.age_estimate.is_some()
            || s.input.case.person.child_indicators != Fact::NotStated
            || s.assess().person.status == PersonStatus::PresumedChild
    });
    theme("internal", &|s| {
        s.input.case.movement.crossed_border == Fact::RuledOut
    });
    theme("own-state", &|s| {
        s.input.case.movement.national_or_resident_of_destination == Fact::Established
            && !labels(s, Verdict::Smuggling)
    });
    theme("stay-smuggling", &|s| {
        s.input.case.movement.entry == Some(palermo::model::Regularity::Regular)
            && labels(s, Verdict::Smuggling)
    });
    theme("vulnerability-alone", &|s| {
        s.input.case.person.vulnerable == Fact::Established
            && s.input.case.means.get(Means::AbuseOfVulnerability) != Fact::Established
            && s.assess().reasons_for("tip.3a.vulnerability").count() > 0
    });
    theme("no-finding", &|s| s.expected.verdict == Verdict::NoFinding);
    theme("screening", &|s| {
        s.expected.verdict == Verdict::PossibleTrafficking
    });
    theme("no-movement", &|s| {
        s.input.case.movement.migrated == Fact::RuledOut && trafficking(s)
    });

    // A presumed child: the child rule applied pending verification.
    assert!(all
        .iter()
        .any(|s| s.assess().person.status == PersonStatus::PresumedChild));
    // A child's case with the means element not required.
    assert!(all
        .iter()
        .any(|s| s.assess().trafficking.elements.means.status == ElementStatus::NotRequired));
}

/// The Greater Mekong patterns, as combinations of tags.
#[test]
fn the_greater_mekong_patterns_are_covered() {
    let all = scenarios();
    let patterns: &[(&str, &[&str])] = &[
        (
            "men deceived onto Thai fishing boats",
            &["men", "fishing", "thailand"],
        ),
        (
            "men deceived onto Malaysian fishing boats",
            &["men", "fishing", "malaysia"],
        ),
        (
            "men deceived onto construction sites",
            &["men", "construction", "malaysia"],
        ),
        (
            "children to Thailand as street sellers",
            &["children", "thailand", "street-selling"],
        ),
        (
            "children to Vietnam as beggars",
            &["children", "vietnam", "forced-begging"],
        ),
        (
            "women to Malaysia for domestic work",
            &["women", "malaysia", "domestic-work"],
        ),
        (
            "women to Taiwan for garment work",
            &["women", "taiwan", "garment"],
        ),
        (
            "women to Malaysia for sexual exploitation",
            &["women", "malaysia", "sexual-exploitation"],
        ),
        (
            "Vietnamese women into Cambodia's sex industry",
            &["women", "vietnam", "into-cambodia"],
        ),
        ("internal, to Phnom Penh", &["internal", "phnom-penh"]),
        ("internal, to Siem Reap", &["internal", "siem-reap"]),
        ("internal, to Koh Kong", &["internal", "koh-kong"]),
        ("internal, to Sihanoukville", &["internal", "sihanoukville"]),
        ("brides sent to China", &["brides", "china"]),
    ];
    for (pattern, tags) in patterns {
        let found: Vec<&str> = all
            .iter()
            .filter(|s| tags.iter().all(|t| s.has_tag(t)))
            .filter(|s| s.expected.verdict == Verdict::Trafficking)
            .map(|s| s.id.as_str())
            .collect();
        assert!(
            !found.is_empty(),
            "no trafficking scenario for the pattern: {pattern}"
        );
    }
}

#[test]
fn every_part_of_the_course_has_scenarios_and_ids_are_unique() {
    let all = scenarios();
    for part in casebook::Part::ALL {
        assert!(
            all.iter().any(|s| s.part == part),
            "no scenario in part {}",
            part.name()
        );
    }
    let ids: BTreeSet<&str> = all.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), all.len());
    // Course order: parts in order.
    assert!(all.windows(2).all(|w| w[0].part <= w[1].part));
}

#[test]
fn the_narratives_are_plain_and_short() {
    for s in scenarios() {
        let words = s.narrative.split_whitespace().count();
        assert!(
            (40..=260).contains(&words),
            "{}: narrative of {words} words",
            s.id
        );
        assert!(!s.narrative.contains("  "), "{}: double space", s.id);
        for field in [&s.narrative, &s.teaching_point, &s.common_mistake] {
            assert!(
                !field.contains('\t') && !field.contains('\r'),
                "{}: stray whitespace",
                s.id
            );
        }
    }
}

#[test]
fn every_assessment_is_snapshot_tested() {
    for s in scenarios() {
        let mut value = serde_json::to_value(s.assess()).unwrap();
        // The engine version changes with every release; the findings must not.
        if let Some(map) = value.as_object_mut() {
            map.remove("engine");
        }
        insta::with_settings!({
            snapshot_path => "snapshots/casebook",
            prepend_module_to_snapshot => false,
            omit_expression => true,
            description => format!("{}: {}", s.id, s.title),
        }, {
            insta::assert_json_snapshot!(s.id.clone(), value);
        });
    }
}

#[test]
fn the_markdown_handout_is_snapshot_tested() {
    let md = casebook::render_markdown(&scenarios());
    insta::with_settings!({
        snapshot_path => "snapshots/casebook",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("handout-md", md);
    });
}

#[test]
fn the_markdown_handout_has_every_case_question_and_answer() {
    let all = scenarios();
    let md = casebook::render_markdown(&all);
    assert_eq!(md.matches("**Question.**").count(), all.len());
    assert_eq!(md.matches("**Answer: ").count(), all.len());
    for s in &all {
        assert!(md.contains(&format!("<a id=\"case-{}\"></a>", s.id)));
    }
    assert!(md.contains("Trafficking Protocol art. 3(a)"));
}

#[test]
fn the_html_handout_is_self_contained_and_complete() {
    let all = scenarios();
    let html = casebook::render_html(&all);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(html.contains("@media print"));
    for outside in ["http://", "https://", " src=", "@import", "url("] {
        assert!(
            !html.contains(outside),
            "the handout refers outside: {outside}"
        );
    }
    assert_eq!(html.matches("<section class=\"case\"").count(), all.len());
    assert_eq!(
        html.matches("<details class=\"answer\">").count(),
        all.len()
    );
    // The answers are in the page, encoded: not readable in its source.
    for s in &all {
        assert!(html.contains(&format!("id=\"case-{}\" data-key=\"", s.id)));
        assert!(
            !html.contains(&s.teaching_point),
            "{}: the teaching point is readable in the page source",
            s.id
        );
    }
    assert!(!html.contains("data-verdict"));
    assert!(!html.contains("Answer: "));
    // Every option is offered for every case.
    for v in casebook::OPTIONS {
        assert_eq!(
            html.matches(&format!("data-option=\"{}\" aria-pressed", v.name()))
                .count(),
            all.len()
        );
    }
    // Text is escaped: an apostrophe in a narrative never reaches the page raw.
    assert!(!html.contains("'a year or two ago'"));
    assert!(html.contains("&#39;a year or two ago&#39;"));
}

#[test]
fn the_html_escapes_scenario_text() {
    let text = SOURCES
        .iter()
        .find(|(n, _)| *n == "crossing-alone.json")
        .map(|(_, t)| *t)
        .unwrap()
        .replace(
            "Across the rice fields, alone",
            "<script>alert(1)</script> & \\\"quotes\\\"",
        );
    let s = casebook::parse_scenario(&text).unwrap();
    let html = casebook::render_html(std::slice::from_ref(&s));
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    let questions = casebook::render_html_with(
        std::slice::from_ref(&s),
        &Handout::new().with_content(Content::QuestionsOnly),
    );
    assert!(!questions.contains("<script>alert(1)</script>"));
    let md = casebook::render_markdown(std::slice::from_ref(&s));
    assert!(md.contains(r"\<script\>alert(1)\</script\>"));
}

/// Words of palermo's developers, which a trainee's handout never shows:
/// the data contract, rule ids, field paths, snake_case names, code.
fn developer_words(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for needle in [
        "contract v1",
        "<code>",
        "`",
        "tip.3",
        "som.3",
        "age.stated",
        "verdict.precedence",
        "mig.unsafe",
        "act.recruitment",
        "means.deception",
    ] {
        if text.contains(needle) {
            found.push(needle.to_string());
        }
    }
    for v in palermo::assessment::Verdict::ALL {
        let name = v.name();
        // A snake_case verdict name in the text (not in an HTML attribute).
        if name.contains('_')
            && (text.contains(&format!(" {name}")) || text.contains(&format!(">{name}")))
        {
            found.push(name.to_string());
        }
    }
    found
}

/// Text as the Markdown handout escapes it.
fn casebook_md(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\`*_[]<>|#{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[test]
fn the_default_handout_has_no_developer_vocabulary() {
    let all = scenarios();
    let md = casebook::render_markdown(&all);
    assert_eq!(
        developer_words(&md),
        Vec::<String>::new(),
        "in the Markdown"
    );
    let html = casebook::render_html(&all);
    assert_eq!(developer_words(&html), Vec::<String>::new(), "in the HTML");
    // Verdicts are named in words; provisions cited as people cite them.
    assert!(md.contains("**Answer: Possible trafficking.**"));
    assert!(md.contains("*Trafficking Protocol art. 3(a)*"));
    assert!(md.contains("palermo's screening rule (applying Trafficking Protocol art. 3(d))"));
    // A quote is called palermo's own rule only where it is one: a
    // verbatim treaty text never is.
    let lines: Vec<&str> = md.lines().collect();
    let mut notes = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.trim() == "> (Wording: palermo's own screening rule, not a legal text.)" {
            notes += 1;
            let quote = lines[i - 2].trim().trim_start_matches("> ");
            let rule = palermo::law::RULES
                .iter()
                .find(|r| casebook_md(r.quote) == quote)
                .unwrap_or_else(|| panic!("no rule quotes {quote}"));
            assert_eq!(rule.wording, palermo::law::Wording::Contract, "{}", rule.id);
        }
    }
    assert!(notes > 0);
    assert!(md.contains("(Wording: palermo's own screening rule, not a legal text.)"));
    // The trainer's edition adds the rule ids and field names.
    let trainers = casebook::render_markdown_with(&all, &Handout::new().for_trainers(true));
    assert!(trainers.contains("`tip.3a.act`"));
    assert!(trainers.contains("`means.deception`"));
    // In the page the answers are encoded; the key shows the ids.
    let key = Handout::new()
        .for_trainers(true)
        .with_content(Content::AnswerKey);
    assert!(casebook::render_html_with(&all, &key).contains("<code>sealed-truck</code>"));
}

#[test]
fn a_selection_keeps_the_named_cases_in_course_order() {
    let all = scenarios();
    let some = casebook::select(&all, "sealed-truck, 1 ,children").unwrap();
    let ids: Vec<&str> = some.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids[0], all[0].id);
    assert!(ids.contains(&"sealed-truck"));
    let children = all
        .iter()
        .filter(|s| s.part == casebook::Part::Children)
        .count();
    assert_eq!(some.len(), children + 2);
    for w in some.windows(2) {
        assert!(w[0].part <= w[1].part);
    }
    let mekong = casebook::select(&all, "mekong").unwrap();
    assert_eq!(mekong.len(), tagged(&all, "mekong").len());
    let err = casebook::select(&all, "police").unwrap_err();
    assert_eq!(err.key, "police");
    assert!(err.parts.starts_with("definition, exploitation"));
    assert!(err.tags.contains("mekong"));
    assert!(casebook::select(&all, "0").is_err());
    assert!(casebook::select(&all, &format!("{}", all.len() + 1)).is_err());
    let md = casebook::render_markdown(&casebook::select(&all, "sealed-truck").unwrap());
    assert_eq!(md.matches("**Question.**").count(), 1);
    assert!(md.contains("### Case 1. "));
}

#[test]
fn the_questions_only_have_no_answers() {
    let all = scenarios();
    let q = Handout::new().with_content(Content::QuestionsOnly);
    for text in [
        casebook::render_markdown_with(&all, &q),
        casebook::render_html_with(&all, &q),
    ] {
        assert_eq!(text.matches("Question.").count(), all.len());
        for s in &all {
            assert!(!text.contains(&s.teaching_point), "{}", s.id);
            assert!(!text.contains(&s.common_mistake), "{}", s.id);
        }
        for absent in [
            "Answer:",
            "Teaching point",
            "Step by step",
            "data-key",
            "data-answer",
            "Show the answer",
            "<script>",
        ] {
            assert!(!text.contains(absent), "{absent}");
        }
    }
}

#[test]
fn the_answer_key_gives_each_answer_once() {
    let all = scenarios();
    let key = Handout::new()
        .with_content(Content::AnswerKey)
        .with_title("Session 1")
        .with_org("Police Academy, Phnom Penh");
    let md = casebook::render_markdown_with(&all, &key);
    assert!(md.starts_with("# Session 1\n\n**Police Academy, Phnom Penh**\n\n*Answer key*"));
    for (i, s) in all.iter().enumerate() {
        let row = format!(
            "| {}. {} | **{}** |",
            i + 1,
            s.title,
            casebook::option_label(s.expected.verdict)
        );
        assert!(md.contains(&row), "{row}");
        assert!(md.contains(&s.teaching_point));
    }
    assert!(!md.contains("Step by step"));
    assert!(md.len() < casebook::render_markdown(&all).len() / 10);
    let html = casebook::render_html_with(&all, &key);
    assert_eq!(html.matches("<tr><td>").count(), all.len());
    assert!(html.contains("<p class=\"org\">Police Academy, Phnom Penh</p>"));
}

#[test]
fn a_khmer_handout_is_marked_a_draft_and_quotes_the_law_in_english() {
    let all = scenarios();
    let km = Handout::new().with_lang(Language::Km);
    let html = casebook::render_html_with(&all, &km);
    assert!(html.contains("<html lang=\"km\""));
    // The interface in Khmer: the findings, the elements, the buttons.
    for words in [
        "ការជួញដូរមនុស្ស",
        "ការរត់ពន្ធជនចំណាកស្រុក",
        "សកម្មភាព",
        "មធ្យោបាយ",
        "គោលបំណង",
        "បង្ហាញចម្លើយ",
    ] {
        assert!(html.contains(words), "{words}");
    }
    assert!(!html.contains("Show the answer"));
    // Marked as a draft awaiting review, at the top.
    let draft = html.find("class=\"draft\"").unwrap();
    assert!(draft < html.find("<section class=\"case\"").unwrap());
    assert!(html.contains("Draft translation awaiting review by a Khmer legal translator"));
    // The provisions stay quoted in English, marked as English.
    assert!(html.contains("<blockquote lang=\"en\"><strong>Art. 3(d)</strong> &quot;Child&quot; shall mean any person under eighteen years of age.</blockquote>"));
    assert!(html.contains("<div class=\"narrative\" lang=\"en\">"));
    let md = casebook::render_markdown_with(&all, &km);
    assert!(md.contains("ចម្លើយ៖ ការជួញដូរមនុស្ស។"));
    assert!(md.contains("> **Art. 3(a)** \"Trafficking in persons\" shall mean"));
    // English has no draft notice.
    assert!(!casebook::render_html(&all).contains("class=\"draft\""));
}

/// The answers of an HTML handout, decoded from their base64.
fn html_answers(html: &str) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for coded in html.split("data-answer=\"").skip(1) {
        let coded = &coded[..coded.find('"').unwrap()];
        let mut bytes = Vec::new();
        let (mut acc, mut bits) = (0u32, 0);
        for c in coded.bytes().filter(|c| *c != b'=') {
            acc = (acc << 6) | ABC.iter().position(|x| *x == c).unwrap() as u32;
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                bytes.push((acc >> bits) as u8);
                acc &= (1 << bits) - 1;
            }
        }
        out.push_str(&String::from_utf8(bytes).unwrap());
    }
    out
}

#[test]
fn the_khmer_handout_says_the_steps_the_person_and_the_questions_as_explain_does() {
    let all = scenarios();
    let s = all.iter().find(|s| s.id == "deceived-about-pay").unwrap();
    let km = Handout::new().with_lang(Language::Km);
    let md = casebook::render_markdown_with(std::slice::from_ref(s), &km);
    let html = html_answers(&casebook::render_html_with(std::slice::from_ref(s), &km));
    let explained = palermo::words::explain::explain_in(&s.assess(), Language::Km);
    for words in [
        "អាយុ។",
        "សកម្មភាព។",
        "បានបញ្ជាក់។ បុគ្គលនោះត្រូវបានគេជ្រើសរើស។",
        "(អាយុដែលបានប្រាប់ 22 ឆ្នាំ)",
        "គោលបំណង៖ មិនបានបញ្ជាក់។",
        "តើវាធ្វើឡើងក្នុងគោលបំណងអ្វី?",
        "គ្មានការពិតណាមួយដែលមិនទាន់មានចម្លើយ",
    ] {
        assert!(explained.contains(words), "explain --lang km lacks {words}");
        assert!(
            md.contains(words),
            "the Markdown handout lacks {words}:\n{md}"
        );
        assert!(
            html.contains(words),
            "the HTML handout lacks {words}:\n{html}"
        );
    }
    for english in [
        "**Age.**",
        "Age.</strong>",
        "**Act.**",
        "Established. The person was recruited.",
        "stated age 22",
        "Purpose: not established.",
        "What was it for?",
        "No unanswered fact",
    ] {
        assert!(!md.contains(english), "{english} in the Khmer handout");
        assert!(
            !html.contains(english),
            "{english} in the Khmer HTML handout"
        );
    }
    // Every scenario: no English step heading is left in the Khmer handout.
    let md = casebook::render_markdown_with(&all, &km);
    for heading in [
        "**Age.**",
        "**Act.**",
        "**Means.**",
        "**Purpose.**",
        "**Verdict.**",
    ] {
        assert!(!md.contains(heading), "{heading}");
    }
}

#[test]
fn a_scenario_can_be_told_in_another_language() {
    let text = SOURCES
        .iter()
        .find(|(n, _)| *n == "crossing-alone.json")
        .map(|(_, t)| *t)
        .unwrap();
    let with = |translations: &str| {
        text.replacen(
            "\"tags\": [",
            &format!("\"translations\": {translations},\n  \"tags\": ["),
            1,
        )
    };
    let told = with(r#"{"km": {"title": "ឆ្លងកាត់តែម្នាក់ឯង", "narrative": "កថាខណ្ឌទីមួយ។\n\nកថាខណ្ឌទីពីរ។"}}"#);
    let s = casebook::parse_scenario(&told).unwrap();
    assert!(s.translation(Language::Km).is_some());
    let km = Handout::new().with_lang(Language::Km);
    let md = casebook::render_markdown_with(std::slice::from_ref(&s), &km);
    assert!(md.contains("### ករណីទី 1. ឆ្លងកាត់តែម្នាក់ឯង"), "{md}");
    assert!(md.contains("កថាខណ្ឌទីមួយ។\n\nកថាខណ្ឌទីពីរ។"));
    assert!(!md.contains("walks across the border"));
    // The default question is the handout's own words.
    assert!(md.contains("ការជួញដូរមនុស្ស ការរត់ពន្ធជនចំណាកស្រុក ឬរឿងផ្សេង?"));
    // The handout says how many cases are told in the language.
    assert!(md.contains("ករណីចំនួន 1 ក្នុងចំណោម 1"), "{md}");
    let html = casebook::render_html_with(std::slice::from_ref(&s), &km);
    assert!(html.contains("<div class=\"narrative\">\n<p>កថាខណ្ឌទីមួយ។</p>"));
    // A case without a translation stays in English, marked as English.
    let plain = casebook::parse_scenario(text).unwrap();
    let html = casebook::render_html_with(std::slice::from_ref(&plain), &km);
    assert!(html.contains("<div class=\"narrative\" lang=\"en\">"));
    assert!(html.contains("ករណីចំនួន 0 ក្នុងចំណោម 1"));
    // English ignores the translation.
    assert!(casebook::render_markdown(std::slice::from_ref(&s)).contains("walks across the border"));
    // Only a language of palermo other than English; unknown fields are errors.
    for bad in [
        r#"{"fr": {"title": "t", "narrative": "n"}}"#,
        r#"{"en": {"title": "t", "narrative": "n"}}"#,
        r#"{"km": {"title": "t", "narrative": " "}}"#,
        r#"{"km": {"title": "t", "narrative": "n", "teaching_point": "x"}}"#,
    ] {
        assert!(casebook::parse_scenario(&with(bad)).is_err(), "{bad}");
    }
}

#[test]
fn show_gives_the_narrative_then_the_reasoning() {
    let all = scenarios();
    let s = all.iter().find(|s| s.id == "koh-kong-disability").unwrap();
    let text = casebook::render_text(s, 1, View::Answer);
    let narrative = text.find("learning disability").unwrap();
    let answer = text.find("Answer: Trafficking.").unwrap();
    let reasoning = text.find("Verdict: trafficking in persons\n").unwrap();
    assert!(narrative < answer && answer < reasoning);
    assert!(text.contains(&palermo::words::explain::explain(&s.assess())));
    let question_only = casebook::render_text(s, 1, View::Question);
    assert!(question_only.contains("Trafficking, smuggling, or something else?"));
    assert!(!question_only.contains("Answer:"));
}

#[test]
fn the_projector_view_names_the_scenario_by_number_not_by_id_or_part() {
    for (i, s) in scenarios().iter().enumerate() {
        let text = casebook::render_text(s, i + 1, View::Question);
        assert!(
            text.starts_with(&format!("Scenario {}: {}\n", i + 1, s.title)),
            "{text}"
        );
        assert!(
            !text.contains(&s.id),
            "{}: the id gives the answer away",
            s.id
        );
        assert!(!text.contains("Part:"), "{}", s.id);
        assert!(!text.contains(s.part.title()), "{}", s.id);
    }
    // The trainer's view keeps the id and the part.
    let all = scenarios();
    let s = all
        .iter()
        .find(|s| s.id == "licensed-agency-no-finding")
        .unwrap();
    let text = casebook::render_text(s, 41, View::Answer);
    assert!(text.starts_with(
        "Everything in order [licensed-agency-no-finding]\nPart: Migration that is neither\n"
    ));
}

#[test]
fn show_speaks_plainly_and_gives_rule_ids_only_for_trainers() {
    for (i, s) in scenarios().iter().enumerate() {
        let plain = casebook::render_text(s, i + 1, View::Answer);
        let trainers = casebook::render_text(s, i + 1, View::ForTrainers);
        for r in &s.provisions {
            let id = format!("[{}]", r.id);
            assert!(!plain.contains(&id), "{}: {id} in the plain view", s.id);
            assert!(
                trainers.contains(&id),
                "{}: {id} not in the trainers' view",
                s.id
            );
        }
        assert!(plain.contains("Provisions it turns on:"));
    }
}

#[test]
fn the_questions_only_handout_names_no_scenario_id_and_no_part() {
    let all = scenarios();
    let q = Handout::new().with_content(Content::QuestionsOnly);
    let md = casebook::render_markdown_with(&all, &q);
    let html = casebook::render_html_with(&all, &q);
    for text in [&md, &html] {
        for (i, s) in all.iter().enumerate() {
            assert!(
                !text.contains(&s.id),
                "{}: the id gives the answer away",
                s.id
            );
            assert!(
                text.contains(&format!("#case-{}\"", i + 1))
                    || text.contains(&format!("(#case-{})", i + 1))
            );
        }
        for part in Part::ALL {
            assert!(
                !text.contains(&format!("## {}\n", part.title())),
                "{part:?}"
            );
            assert!(!text.contains(&format!(">{}<", part.title())), "{part:?}");
        }
    }
    assert!(!html.contains("class=\"part\""));
    // The full handout keeps the ids as anchors, and the parts.
    let full = casebook::render_markdown(&all);
    assert!(full.contains("<a id=\"case-licensed-agency-no-finding\"></a>"));
    assert!(full.contains("## Migration that is neither\n"));
}

#[test]
fn explanations_read_well() {
    for s in scenarios() {
        let a = s.assess();
        let text = palermo::words::explain::explain(&a);
        for line in text.lines() {
            assert!(
                line.chars().count() <= 80,
                "{}: line too long: {line}",
                s.id
            );
        }
        assert!(text.contains("Step by step:"), "{}", s.id);
        // Every missing element comes with the question that settles it.
        for element in &a.trafficking.missing {
            let name = element.name();
            let heading = format!("  {}{}: ", name[..1].to_uppercase(), &name[1..]);
            let at = text
                .find(&heading)
                .unwrap_or_else(|| panic!("{}: no entry for missing {name}", s.id));
            assert!(
                text[at..].contains("Question: "),
                "{}: no question for missing {name}",
                s.id
            );
        }
        // Every provision the engine cites is quoted, at its first step.
        let flat: String = text
            .lines()
            .map(|l| l.trim_start().trim_start_matches("> "))
            .collect::<Vec<_>>()
            .join(" ");
        for r in &a.reasons {
            if let Some(rule) = palermo::law::rule(&r.rule) {
                let opening: Vec<&str> = rule.quote.split_whitespace().take(8).collect();
                assert!(
                    flat.contains(&opening.join(" ")),
                    "{}: {} is not quoted",
                    s.id,
                    r.rule
                );
            }
        }
    }
}

// ------------------------------------------------------------------ errors

fn minimal(extra: &str, case: &str) -> String {
    format!(
        r#"{{"id": "x-case", "title": "T", "part": "definition", "narrative": "N",
            "case": {{"id": "x-case"{case}}},
            "expected": {{"verdict": "no_finding", "labels": ["no_finding"]}},
            "teaching_point": "P", "common_mistake": "M",
            "provisions": ["tip.3a"]{extra}}}"#
    )
}

#[test]
fn a_minimal_scenario_parses_with_the_default_question() {
    let s = casebook::parse_scenario(&minimal("", "")).unwrap();
    assert_eq!(s.question, casebook::DEFAULT_QUESTION);
    assert!(s.tags.is_empty());
    assert!(casebook::check(&s).is_ok());
}

#[test]
fn unknown_fields_are_errors_in_the_wrapper_and_in_the_case() {
    let err = casebook::parse_scenario(&minimal(r#", "tagz": []"#, "")).unwrap_err();
    assert!(matches!(err, ScenarioError::Format(_)), "{err}");
    assert!(err.to_string().contains("unknown field `tagz`"), "{err}");

    let err = casebook::parse_scenario(&minimal("", r#", "meens": {}"#)).unwrap_err();
    assert!(matches!(err, ScenarioError::Case(_)), "{err}");
    assert!(
        err.to_string().starts_with("case: $.meens: unknown field"),
        "{err}"
    );

    let err =
        casebook::parse_scenario(&minimal("", r#", "means": {"decepton": true}"#)).unwrap_err();
    assert!(err.to_string().contains("$.means.decepton"), "{err}");
}

#[test]
fn provisions_must_be_rule_ids() {
    let text = minimal("", "").replace("\"tip.3a\"]", "\"tip.3a\", \"tip.99\"]");
    let err = casebook::parse_scenario(&text).unwrap_err();
    assert_eq!(err, ScenarioError::UnknownProvision("tip.99".into()));
    let text = minimal("", "").replace("\"tip.3a\"]", "\"tip.3a\", \"tip.3a\"]");
    assert!(matches!(
        casebook::parse_scenario(&text),
        Err(ScenarioError::List(_))
    ));
    let text = minimal("", "").replace("[\"tip.3a\"]", "[]");
    assert_eq!(
        casebook::parse_scenario(&text).unwrap_err(),
        ScenarioError::Empty("provisions")
    );
}

#[test]
fn the_case_id_must_be_the_scenario_id() {
    let text = minimal("", "").replace(
        "\"case\": {\"id\": \"x-case\"",
        "\"case\": {\"id\": \"other\"",
    );
    assert_eq!(
        casebook::parse_scenario(&text).unwrap_err(),
        ScenarioError::CaseId("x-case".into())
    );
    let text = minimal("", "").replace(
        "\"id\": \"x-case\", \"title\"",
        "\"id\": \"X Case\", \"title\"",
    );
    assert!(matches!(
        casebook::parse_scenario(&text),
        Err(ScenarioError::BadId(_))
    ));
}

#[test]
fn expected_labels_must_be_well_formed() {
    for (labels, verdict) in [
        ("[]", "no_finding"),
        ("[\"smuggling\"]", "trafficking"),
        (
            "[\"irregular_migration\", \"smuggling\"]",
            "irregular_migration",
        ),
        ("[\"trafficking\", \"possible_trafficking\"]", "trafficking"),
        ("[\"smuggling\", \"no_finding\"]", "smuggling"),
        ("[\"smuggling\", \"smuggling\"]", "smuggling"),
    ] {
        let text = minimal("", "").replace(
            r#"{"verdict": "no_finding", "labels": ["no_finding"]}"#,
            &format!(r#"{{"verdict": "{verdict}", "labels": {labels}}}"#),
        );
        assert!(
            matches!(
                casebook::parse_scenario(&text),
                Err(ScenarioError::Expected(_))
            ),
            "{labels}"
        );
    }
}

#[test]
fn a_set_rejects_misnamed_and_duplicate_files() {
    let text = minimal("", "");
    assert!(casebook::load(&[("x-case.json", &text)]).is_ok());
    assert!(matches!(
        casebook::load(&[("other.json", &text)]),
        Err(LoadError::FileName { .. })
    ));
    assert!(matches!(
        casebook::load(&[("x-case.json", &text), ("dir/x-case.json", &text)]),
        Err(LoadError::Duplicate { .. })
    ));
    let err = casebook::load(&[("x-case.json", "{")]).unwrap_err();
    assert!(err.to_string().starts_with("x-case.json: "), "{err}");
}

// --------------------------------------------------------------------- CLI

#[cfg(feature = "cli")]
mod cli {
    use std::process::Command;

    fn palermo(args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_palermo"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    #[test]
    fn check_passes_for_the_built_in_casebook() {
        let (code, out, err) = palermo(&["casebook", "check"]);
        assert_eq!(code, 0, "{out}{err}");
        assert!(out.contains("0 disagree"), "{out}");
    }

    #[test]
    fn list_and_show() {
        let (code, out, _) = palermo(&["casebook", "list"]);
        assert_eq!(code, 0);
        assert!(out.contains("fishing-boat-deception"));
        // Without --answers the list can be projected: no verdicts.
        assert!(
            !out.contains("Trafficking") && !out.contains("trafficking "),
            "{out}"
        );
        let (code, out, _) = palermo(&["casebook", "list", "--answers"]);
        assert_eq!(code, 0);
        assert!(out.contains("Possible trafficking"), "{out}");
        // An unknown tag is a usage error that lists the valid ones.
        let (code, _, err) = palermo(&["casebook", "list", "--tag", "police"]);
        assert_eq!(code, 64);
        assert!(err.contains("Tags: ") && err.contains("mekong"), "{err}");
        let (code, out, _) = palermo(&["casebook", "list", "--tag", "child-no-means"]);
        assert_eq!(code, 0);
        assert!(out.contains("child-street-seller-thailand"));
        assert!(!out.contains("fishing-boat-deception"));

        let (code, out, _) = palermo(&["casebook", "show", "sealed-truck"]);
        assert_eq!(code, 0);
        assert!(out.starts_with("No air in the truck [sealed-truck]"));
        assert!(out.contains("Verdict: smuggling of migrants\n"));
        let (code, out, _) = palermo(&["casebook", "show", "1"]);
        assert_eq!(code, 0);
        assert!(out.contains("Answer: "));
        assert!(!out.contains("[tip.3a]"), "{out}");
        let (code, out, _) = palermo(&["casebook", "show", "1", "--for-trainers"]);
        assert_eq!(code, 0);
        assert!(out.contains("[tip.3a]"), "{out}");
        // For the projector: the number, not the id or the part.
        let (code, out, _) = palermo(&["casebook", "show", "sealed-truck", "--question-only"]);
        assert_eq!(code, 0);
        assert!(out.starts_with("Scenario "), "{out}");
        assert!(
            !out.contains("sealed-truck") && !out.contains("Part:"),
            "{out}"
        );
        // An unknown scenario is a usage error (64), as an unknown profile is.
        let (code, _, err) = palermo(&["casebook", "show", "no-such-case"]);
        assert_eq!(code, 64);
        assert!(err.contains("no scenario"));
    }

    #[test]
    fn render_writes_both_formats() {
        let dir = std::env::temp_dir().join(format!("palermo-render-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let html = dir.join("handout.html");
        let (code, _, err) = palermo(&[
            "casebook",
            "render",
            "--format",
            "html",
            "--out",
            html.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>"));
        let (code, md, _) = palermo(&["casebook", "render", "--format", "md"]);
        assert_eq!(code, 0);
        assert!(md.starts_with("# Trafficking, smuggling, or something else?"));
        let (code, md, err) = palermo(&[
            "casebook",
            "render",
            "--only",
            "sealed-truck,children",
            "--questions-only",
            "--title",
            "Session 2",
            "--org",
            "Police Academy",
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(md.starts_with("# Session 2\n\n**Police Academy**"));
        assert!(!md.contains("Answer:"));
        let (code, md, _) = palermo(&["casebook", "render", "--answer-key", "--only", "1"]);
        assert_eq!(code, 0);
        assert!(md.contains("| 1. "));
        let (code, md, _) = palermo(&["casebook", "render", "--lang", "km", "--only", "1"]);
        assert_eq!(code, 0);
        assert!(md.contains("ករណីទី ១") || md.contains("ករណីទី 1"), "{md}");
        let (code, _, err) = palermo(&["casebook", "render", "--only", "police"]);
        assert_eq!(code, 64);
        assert!(err.contains("Parts: definition"), "{err}");
        let (code, _, err) = palermo(&["casebook", "render", "--lang", "fr"]);
        assert_eq!(code, 64);
        assert!(err.contains("en, km"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_trainers_own_directory_is_checked_too() {
        let dir = std::env::temp_dir().join(format!("palermo-own-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = palermo::casebook::SOURCES
            .iter()
            .find(|(n, _)| *n == "crossing-alone.json")
            .unwrap()
            .1;
        std::fs::write(dir.join("crossing-alone.json"), good).unwrap();
        let dir_arg = dir.to_str().unwrap();
        let (code, out, _) = palermo(&["casebook", "--dir", dir_arg, "check"]);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains("\n1 scenario: 1 agrees with the engine, 0 disagree.\n"),
            "{out}"
        );

        // A scenario whose answer is wrong: exit 1.
        let wrong = good.replace(
            "\"expected\": {\n    \"verdict\": \"irregular_migration\",\n    \"labels\": [\n      \"irregular_migration\"\n    ]\n  }",
            "\"expected\": {\"verdict\": \"no_finding\", \"labels\": [\"no_finding\"]}",
        );
        assert_ne!(wrong, good);
        std::fs::write(dir.join("crossing-alone.json"), &wrong).unwrap();
        let (code, out, _) = palermo(&["casebook", "--dir", dir_arg, "check"]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("FAIL  crossing-alone"), "{out}");

        // An invalid file: exit 2.
        std::fs::write(dir.join("crossing-alone.json"), "{\"id\": 1}").unwrap();
        let (code, _, err) = palermo(&["casebook", "--dir", dir_arg, "check"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("invalid scenario"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// The README and the trainers' guide say how many cases the casebook has,
/// and say it right.
#[test]
fn the_docs_count_the_casebook_right() {
    let n = palermo::casebook::builtin().expect("casebook").len();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, says) in [
        ("README.md", format!("casebook of {n} short cases")),
        ("docs/TRAINING.md", format!("casebook: {n} short cases")),
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect(file);
        assert!(text.contains(&says), "{file} should say: {says}");
    }
}
