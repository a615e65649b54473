//! The languages palermo speaks. English is compiled in (see
//! [`super::catalog`]); every other language is a catalogue of `i18n/<code>/`
//! read by the Fluent runtime (feature `i18n`, on with `cli`), and every
//! message a catalogue lacks falls back to English.

use super::{Msg, Tr};

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Language {
    /// English: every message.
    #[default]
    En,
    /// Khmer: the interface (headings, the names of findings and elements,
    /// answers); a draft awaiting review by a Khmer legal translator. What
    /// it lacks is said in English.
    Km,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 2] = [Language::En, Language::Km];

    /// The language's code (`en`, `km`), as `--lang` takes it.
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Km => "km",
        }
    }

    /// The language of a code.
    ///
    /// ```
    /// use palermo::words::Language;
    /// assert_eq!(Language::from_code("km"), Some(Language::Km));
    /// assert_eq!(Language::from_code("fr"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The words of this language.
    pub(crate) fn tr(self) -> Tr {
        Tr::new(self)
    }

    /// How far the catalogue can be relied on, in its own words: `None` for
    /// English (and for every language without the feature `i18n`, where
    /// all is said in English); for a draft translation, the message saying
    /// so.
    pub fn status(self) -> Option<String> {
        match self {
            Language::En => None,
            _ if cfg!(not(feature = "i18n")) => None,
            other => Some(other.tr().string(Msg::TranslationStatus, &[])),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "i18n")]
mod runtime {
    use super::Language;
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use std::sync::OnceLock;

    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

    /// A language's catalogue, read once.
    pub(crate) struct Catalogue {
        bundle: FluentBundle<FluentResource>,
    }

    impl Catalogue {
        fn load(lang: Language) -> Option<Catalogue> {
            let files = CATALOGUES
                .iter()
                .find(|(code, _)| *code == lang.code())
                .map(|(_, files)| *files)?;
            let id = lang.code().parse().ok()?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Plain text out: no Unicode isolation marks around values.
            bundle.set_use_isolating(false);
            for text in files {
                // A catalogue that does not parse is left out whole (the
                // tests check every one parses): English stands in.
                let resource = FluentResource::try_new((*text).to_string()).ok()?;
                bundle.add_resource(resource).ok()?;
            }
            Some(Catalogue { bundle })
        }

        /// Append message `id` (`message` or `message.attribute`) with
        /// `args`; `false` when the catalogue does not have it.
        pub(crate) fn put(&self, out: &mut String, id: &str, args: &[(&str, String)]) -> bool {
            let (name, attribute) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id, None),
            };
            let Some(message) = self.bundle.get_message(name) else {
                return false;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else {
                return false;
            };
            let mut fluent = FluentArgs::new();
            for (name, value) in args {
                match value.parse::<f64>() {
                    Ok(n) if !value.is_empty() => fluent.set(*name, FluentValue::from(n)),
                    _ => fluent.set(*name, FluentValue::from(value.clone())),
                }
            }
            let mut errors = Vec::new();
            let text = self
                .bundle
                .format_pattern(pattern, Some(&fluent), &mut errors);
            if !errors.is_empty() {
                return false;
            }
            out.push_str(&text);
            true
        }

        /// Whether the catalogue has message `id`.
        #[cfg(test)]
        pub(crate) fn has(&self, id: &str) -> bool {
            let (name, attribute) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id, None),
            };
            self.bundle
                .get_message(name)
                .is_some_and(|m| match attribute {
                    Some(a) => m.get_attribute(a).is_some(),
                    None => m.value().is_some(),
                })
        }
    }

    /// The catalogue of `lang`, read on first use; `None` for English (and
    /// for a language without one).
    pub(crate) fn catalogue(lang: Language) -> Option<&'static Catalogue> {
        static KM: OnceLock<Option<Catalogue>> = OnceLock::new();
        match lang {
            Language::Km => KM.get_or_init(|| Catalogue::load(Language::Km)).as_ref(),
            Language::En => None,
        }
    }

    /// The embedded catalogues, for tests.
    #[cfg(test)]
    pub(crate) fn sources() -> &'static [(&'static str, &'static [&'static str])] {
        CATALOGUES
    }
}

#[cfg(feature = "i18n")]
pub(crate) use runtime::catalogue;
#[cfg(feature = "i18n")]
pub(crate) mod catalogue_type {
    pub(crate) use super::runtime::Catalogue;
}

#[cfg(all(feature = "i18n", test))]
mod tests {
    use super::runtime::{catalogue, sources};
    use super::Language;
    use crate::words::{Msg, Tr};
    use fluent_bundle::FluentResource;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    /// The ids and variables of a catalogue's messages and attributes.
    fn messages(text: &str) -> Vec<(String, Vec<String>)> {
        fn vars(p: &Pattern<&str>, out: &mut Vec<String>) {
            for e in &p.elements {
                if let PatternElement::Placeable { expression } = e {
                    let inline = match expression {
                        Expression::Inline(i) => i,
                        Expression::Select { selector, .. } => selector,
                    };
                    if let InlineExpression::VariableReference { id } = inline {
                        out.push(id.name.to_string());
                    }
                }
            }
        }
        let resource = fluent_syntax::parser::parse(text).expect("the catalogue parses");
        let mut out = Vec::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    let mut names = Vec::new();
                    vars(v, &mut names);
                    out.push((m.id.name.to_string(), names));
                }
                for a in &m.attributes {
                    let mut names = Vec::new();
                    vars(&a.value, &mut names);
                    out.push((format!("{}.{}", m.id.name, a.id.name), names));
                }
            }
        }
        out
    }

    #[test]
    fn every_catalogue_parses_and_says_only_what_english_says() {
        for (code, files) in sources() {
            let lang = Language::from_code(code).expect("a known language");
            for text in *files {
                assert!(
                    FluentResource::try_new((*text).to_string()).is_ok(),
                    "{code}"
                );
                for (id, vars) in messages(text) {
                    let msg = Msg::find(&id)
                        .unwrap_or_else(|| panic!("{code}: {id} is not an English message"));
                    let mut english: Vec<&str> = msg.variables().to_vec();
                    english.sort_unstable();
                    let mut ours: Vec<&str> = vars.iter().map(String::as_str).collect();
                    ours.sort_unstable();
                    ours.dedup();
                    english.dedup();
                    assert_eq!(ours, english, "{code}: {id} takes English's variables");
                    assert!(catalogue(lang).is_some_and(|c| c.has(&id)), "{code}: {id}");
                }
            }
        }
    }

    /// `explain`, `interview` and the facts they name are Khmer throughout:
    /// every message of their English catalogues has its Khmer (a message
    /// added in English must be added in Khmer too, or `--lang km` would
    /// say it in English).
    #[test]
    fn khmer_has_every_word_of_explain_and_the_interview() {
        let km = catalogue(Language::Km).expect("the Khmer catalogue");
        for file in ["explain", "interview", "facts"] {
            let path = format!("{}/i18n/en/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("the English catalogue");
            let ids = messages(&text);
            assert!(ids.len() > 20, "{file}");
            for (id, _) in ids {
                assert!(km.has(&id), "km lacks {id} of {file}.ftl");
            }
        }
    }

    /// A translation keeps the order of the English file of the same name,
    /// so that the two can be read side by side.
    #[test]
    fn a_translation_follows_the_order_of_its_english_file() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
        for (code, _) in sources() {
            for entry in std::fs::read_dir(root.join(code)).expect("the catalogue") {
                let path = entry.expect("a file").path();
                let english = root.join("en").join(path.file_name().expect("a name"));
                let Ok(english) = std::fs::read_to_string(&english) else {
                    continue;
                };
                let order: Vec<String> = messages(&english).into_iter().map(|m| m.0).collect();
                let text = std::fs::read_to_string(&path).expect("the translation");
                let mut at = 0;
                for (id, _) in messages(&text) {
                    match order.iter().skip(at).position(|e| *e == id) {
                        Some(i) => at += i + 1,
                        None => panic!("{}: {id} is out of order", path.display()),
                    }
                }
            }
        }
    }

    #[test]
    fn a_message_a_catalogue_lacks_is_said_in_english() {
        let km = Tr::new(Language::Km);
        // The reasons stay in English.
        assert_eq!(
            km.text(Msg::NonPunishment),
            Tr::ENGLISH.text(Msg::NonPunishment)
        );
        assert_ne!(
            km.text(Msg::VerdictTrafficking),
            Tr::ENGLISH.text(Msg::VerdictTrafficking)
        );
        assert_ne!(
            km.text(Msg::TranslationStatus),
            Tr::ENGLISH.text(Msg::TranslationStatus)
        );
        assert!(Language::Km.status().is_some());
        assert!(Language::En.status().is_none());
    }
}
