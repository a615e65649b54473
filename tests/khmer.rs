//! `--lang km` on `explain` and `interview`: the interface in Khmer (a draft
//! translation, which says so first), the provisions quoted in English, the
//! English output unchanged, the line protocol's tokens unchanged.

#[cfg(feature = "cli")]
mod common;

/// Without the Fluent runtime (the feature `i18n`) every language is said
/// in English, and no draft is announced.
#[cfg(not(feature = "i18n"))]
#[test]
fn without_the_runtime_every_language_is_english() {
    use palermo::model::{Act, Case, Fact};
    use palermo::words::{explain, interview, Language};
    let mut case = Case::new();
    case.person.age = Some(30);
    case.act.set(Act::Recruitment, Fact::Established);
    let a = palermo::evaluate(&case);
    assert_eq!(explain::explain_in(&a, Language::Km), explain::explain(&a));
    assert_eq!(Language::Km.status(), None);
    assert_eq!(interview::help_in(Language::Km), interview::help());
}

#[cfg(feature = "i18n")]
mod km {

    use palermo::model::{Act, Case, Fact, Means, Purpose};
    use palermo::words::{explain, interview, Language};
    use palermo::Verdict;

    /// Whether `text` has a letter of the Khmer script.
    fn khmer(text: &str) -> bool {
        text.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c))
    }

    /// Whitespace made single spaces, so that wrapped text can be compared.
    fn flat(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// An adult recruited, deceived and meant for forced labour; the purpose
    /// only suspected, so that the missing part and its questions are shown.
    fn case() -> Case {
        let mut case = Case::new();
        case.person.age = Some(30);
        case.act.set(Act::Recruitment, Fact::Established);
        case.act.set(Act::Transportation, Fact::Established);
        case.means.set(Means::Deception, Fact::Established);
        case.purpose.set(Purpose::ForcedLabour, Fact::Suspected);
        case
    }

    /// The provisions quoted in an explanation (the lines after `> `), joined.
    fn quotes(text: &str) -> String {
        let lines: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("> "))
            .collect();
        flat(&lines.join(" "))
    }

    #[test]
    fn khmer_explain_says_it_is_a_draft_heads_in_khmer_and_quotes_in_english() {
        let a = palermo::evaluate(&case());
        let km = explain::explain_in(&a, Language::Km);
        let en = explain::explain(&a);

        // The draft status first, once.
        let status = Language::Km.status().expect("Khmer is a draft");
        assert!(khmer(&status), "{status}");
        assert!(flat(&km).starts_with(&flat(&status)), "{km}");
        assert_eq!(flat(&km).matches(&flat(&status)).count(), 1);

        // The verdict, the headings and the names of the elements in Khmer.
        let verdict = explain::verdict_text_in(a.verdict, Language::Km);
        assert_eq!(a.verdict, Verdict::PossibleTrafficking);
        assert!(khmer(&verdict), "{verdict}");
        assert!(km.contains(&format!("លទ្ធផល៖ {verdict}\n")), "{km}");
        for heading in ["សេចក្តីសង្ខេប៖", "មួយជំហានម្តងៗ៖", "សកម្មភាព", "មធ្យោបាយ", "គោលបំណង"]
        {
            assert!(km.contains(heading), "{heading}: {km}");
        }
        for english in [
            "Verdict:",
            "At a glance:",
            "Step by step:",
            "Person:",
            "Ask:",
            "Question:",
        ] {
            assert!(!km.contains(english), "{english}: {km}");
            assert!(en.contains(english), "{english}: {en}");
        }
        // The questions that settle the missing purpose, in Khmer; the
        // facts' paths, as they are, only when asked for.
        assert!(!km.contains("[purpose."), "{km}");
        let km_ids = explain::explain_with_ids(&a, None, Language::Km);
        assert!(
            km_ids.contains("[purpose.forced_labour]") || km_ids.contains("[purpose.slavery]"),
            "{km_ids}"
        );

        // Every provision quoted, in English, as in the English explanation.
        let quoted = quotes(&km);
        for line in km.lines().filter_map(|l| l.trim_start().strip_prefix("> ")) {
            // Only the note on a quote's wording is in Khmer.
            assert!(
                !khmer(line) || (line.starts_with('(') && line.ends_with(')')),
                "{line}"
            );
        }
        for id in ["tip.3a.act", "tip.3a.means", "tip.3a.purpose"] {
            let rule = palermo::law::rule(id).expect("a rule");
            assert!(quoted.contains(&flat(rule.quote)), "{id}: {km}");
        }
        assert_eq!(
            quotes(&km).matches("the recruitment").count(),
            quotes(&en).matches("the recruitment").count()
        );

        // The same steps, in the same order.
        let steps = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| {
                    let rule = l.rsplit_once('[')?.1.strip_suffix(']')?;
                    Some(rule.to_string())
                })
                .collect()
        };
        let with_ids = |lang| explain::explain_with_ids(&a, None, lang);
        assert_eq!(
            steps(&with_ids(Language::Km)),
            steps(&with_ids(Language::En))
        );
        assert!(!steps(&with_ids(Language::En)).is_empty());
        assert!(steps(&en).is_empty(), "{en}");
    }

    #[test]
    fn english_is_unchanged_and_has_no_status_line() {
        let a = palermo::evaluate(&case());
        let en = explain::explain(&a);
        assert_eq!(explain::explain_in(&a, Language::En), en);
        assert_eq!(
            explain::explain_with_in(&a, Some("Input: read.\n"), Language::En),
            explain::explain_with(&a, Some("Input: read.\n"))
        );
        assert!(en.starts_with("Verdict: possible trafficking in persons"));
        assert!(!khmer(&en));
        for v in Verdict::ALL {
            assert_eq!(
                explain::verdict_text_in(v, Language::En),
                explain::verdict_text(v)
            );
        }
    }

    #[test]
    fn every_verdict_has_a_khmer_name() {
        let mut seen = std::collections::HashSet::new();
        for v in Verdict::ALL {
            let km = explain::verdict_text_in(v, Language::Km);
            assert!(khmer(&km), "{v:?}: {km}");
            assert!(seen.insert(km.into_owned()), "{v:?}");
        }
    }

    #[test]
    fn the_interview_asks_in_khmer_and_names_the_verdict_in_khmer() {
        use palermo::decide::interview::Interview;
        let mut iv = Interview::new(Case::new(), palermo::Profile::Palermo);
        let mut asked = 0;
        while let Some(ask) = iv.next() {
            let km = interview::question_in(&ask, Language::Km);
            let en = interview::question(&ask);
            assert!(khmer(&km), "{km}");
            assert_ne!(km, en);
            assert!(khmer(&interview::why_in(&ask, Language::Km)));
            for field in &ask.fields {
                assert!(khmer(&interview::fact_name_in(*field, Language::Km)));
            }
            iv.skip(&ask);
            asked += 1;
        }
        assert!(asked > 3, "{asked}");
        let status = interview::status_in(Verdict::Trafficking, Language::Km);
        assert!(
            status.contains(&*explain::verdict_text_in(
                Verdict::Trafficking,
                Language::Km
            )),
            "{status}"
        );
        assert_eq!(
            interview::status_in(Verdict::Trafficking, Language::En),
            interview::status(Verdict::Trafficking)
        );
        assert!(khmer(&interview::missing_in(3, Language::Km)));
        assert!(interview::missing_in(3, Language::Km).contains('3'));
        assert!(khmer(&interview::done_in(Language::Km)));
        // The help names the answers the interview reads, as it reads them.
        let help = interview::help_in(Language::Km);
        assert!(khmer(&help));
        for token in ["yes", "no", "skip", "back", "why", "done"] {
            assert!(help.contains(token), "{token}: {help}");
        }
    }

    #[cfg(feature = "cli")]
    mod cli {
        use super::{flat, khmer};
        use crate::common::palermo;
        use palermo::words::Language;

        fn text(bytes: &[u8]) -> String {
            String::from_utf8(bytes.to_vec()).expect("utf-8")
        }

        const CASE: &str = r#"{"person": {"age": 29}, "act": {"recruitment": true}, "means": {"deception": true}, "purpose": {"forced_labour": true}}"#;

        #[test]
        fn explain_lang_km_is_khmer_and_lang_en_is_the_default() {
            let km = palermo(&["explain", "--lang", "km"], CASE);
            assert!(km.status.success(), "{}", text(&km.stderr));
            let km = text(&km.stdout);
            let status = Language::Km.status().expect("a draft");
            assert!(flat(&km).starts_with(&flat(&status)), "{km}");
            assert!(km.contains("លទ្ធផល៖ ការជួញដូរមនុស្ស\n"), "{km}");
            let default = palermo(&["explain"], CASE);
            let en = palermo(&["explain", "--lang", "en"], CASE);
            assert!(en.status.success());
            assert_eq!(en.stdout, default.stdout);
            assert!(!khmer(&text(&en.stdout)));
        }

        #[test]
        fn an_unknown_language_is_a_usage_error_listing_the_languages() {
            for args in [
                &["explain", "--lang", "fr"][..],
                &["interview", "--plain", "--lang", "KM"][..],
            ] {
                let out = palermo(args, CASE);
                assert_eq!(out.status.code(), Some(64), "{args:?}");
                let err = text(&out.stderr);
                assert!(err.contains("en, km"), "{err}");
                assert!(out.stdout.is_empty());
            }
        }

        #[test]
        fn a_khmer_interview_keeps_the_protocol_and_changes_the_words() {
            let answers = "30\nact.recruitment=yes act.transportation=yes\nwhy\nmeans.deception=yes\npurpose.forced_labour=yes\nno\nno\n";
            let km = palermo(&["interview", "--plain", "--lang", "km"], answers);
            let en = palermo(&["interview", "--plain"], answers);
            assert!(km.status.success(), "{}", text(&km.stderr));
            assert!(en.status.success());
            let (km_out, en_out) = (text(&km.stdout), text(&en.stdout));
            let (km_lines, en_lines): (Vec<&str>, Vec<&str>) =
                (km_out.lines().collect(), en_out.lines().collect());
            assert_eq!(km_lines.len(), en_lines.len(), "{km_out}");
            // The case, the last line, is the same; so are the paths of each
            // question. The words are Khmer.
            assert_eq!(km_lines.last(), en_lines.last());
            for (k, e) in km_lines.iter().zip(&en_lines).take(km_lines.len() - 1) {
                assert!(khmer(k), "{k}");
                let paths = |l: &str| l.rfind('[').map(|i| l[i..].to_string());
                assert_eq!(paths(k), paths(e));
            }
            // `why` is answered in Khmer, on a line of its own.
            assert!(en_lines[3].starts_with("If yes"), "{en_out}");
            assert!(khmer(km_lines[3]) && !km_lines[3].contains('['), "{km_out}");
            // The draft status goes to standard error, not into the protocol.
            let status = Language::Km.status().expect("a draft");
            assert!(text(&km.stderr).contains(&status));
            assert!(!km_out.contains(&status));
            assert!(text(&en.stderr).is_empty());
        }

        #[test]
        fn answers_in_khmer_words_are_the_protocol_words() {
            let km = palermo(
                &["interview", "--plain", "--lang", "km"],
                "30\nហេតុអ្វី\nទេ\nមែន\nចប់\n",
            );
            let en = palermo(&["interview", "--plain"], "30\nwhy\nno\nyes\ndone\n");
            assert!(km.status.success() && en.status.success());
            let (km, en) = (text(&km.stdout), text(&en.stdout));
            assert_eq!(km.lines().count(), en.lines().count(), "{km}");
            assert_eq!(km.lines().last(), en.lines().last());
            assert!(en
                .lines()
                .last()
                .is_some_and(|case| case.contains("\"crossed_border\":true")));
            // In English, a Khmer word is not an answer.
            let out = palermo(&["interview", "--plain"], "30\nចប់\ndone\n");
            assert!(
                text(&out.stderr).contains("not an answer")
                    || text(&out.stderr).contains("grouped")
            );
        }

        #[test]
        fn a_bad_answer_is_explained_in_khmer_without_repeating_it() {
            let out = palermo(
                &["interview", "--plain", "--lang", "km"],
                "25\nact.recruitment=maybe-not\ndone\n",
            );
            assert!(out.status.success());
            let err = text(&out.stderr);
            let complaint = err
                .lines()
                .find(|l| l.starts_with("palermo: "))
                .expect("a complaint");
            assert!(khmer(complaint), "{complaint}");
            assert!(!err.contains("maybe-not"), "{err}");
        }
    }
}
