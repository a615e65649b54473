//! Every word palermo says, written from the decisions: the fifth layer of
//! the house.
//!
//! [`crate::decide`] records what each rule found as data; this module
//! writes the sentences from it: the `text` of each reason, the `why` of
//! each question, the warnings, the person's basis ([`write`]), and the
//! renderings for people: [`explain`] (an assessment in plain text) and
//! [`compare`] (a case under every profile). Every sentence comes from the
//! message catalogues in `i18n/` (Project Fluent): English is compiled in
//! by the build script, so writing it costs string copies, not lookups.

use crate::assessment::Assessment;
use crate::law::profile::Profile;
use crate::model::{Field, Vocabulary};
use std::borrow::Cow;

mod catalog;
pub mod compare;
pub mod explain;
pub mod interview;
mod lang;
mod memo;
pub mod page;
mod questions;
mod reasons;
mod text;

pub(crate) use catalog::Args;
pub use catalog::Msg;
pub use lang::Language;
pub use text::capitalise;
pub(crate) use text::{hanging, wrap, wrap_hanging};

/// Where the words come from: a language's catalogue, English where it
/// has no message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tr {
    lang: Language,
}

impl Tr {
    /// The English catalogue.
    pub(crate) const ENGLISH: Tr = Tr { lang: Language::En };

    /// The catalogue of `lang`.
    pub(crate) const fn new(lang: Language) -> Tr {
        Tr { lang }
    }

    /// Whether this is English (whose sentences may be shared, see [`memo`]).
    pub(crate) fn is_english(self) -> bool {
        self.lang == Language::En
    }

    /// The runtime catalogue, for a language other than English.
    #[cfg(feature = "i18n")]
    fn translated(self) -> Option<&'static lang::catalogue_type::Catalogue> {
        lang::catalogue(self.lang)
    }

    /// Append message `msg` with `args`.
    pub(crate) fn put(self, out: &mut String, msg: Msg, args: &Args<'_>) {
        #[cfg(feature = "i18n")]
        if let Some(catalogue) = self.translated() {
            let owned: Vec<(&str, String)> =
                args.iter().map(|(n, v)| (*n, (*v).to_string())).collect();
            if catalogue.put(out, msg.id(), &owned) {
                return;
            }
        }
        catalog::write(out, msg.pattern(), args);
    }

    /// Message `msg` without variables, borrowed where it is plain English.
    pub(crate) fn text(self, msg: Msg) -> Cow<'static, str> {
        if !self.is_english() {
            return Cow::Owned(self.string(msg, &[]));
        }
        match catalog::plain(msg.pattern()) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(self.string(msg, &[])),
        }
    }

    /// Message `msg` with `args`, as a new string.
    pub(crate) fn string(self, msg: Msg, args: &Args<'_>) -> String {
        // Room for the text and every value: one allocation, no growing.
        let values: usize = args.iter().map(|(_, v)| v.len()).sum();
        let mut out = String::with_capacity(catalog::text_len(msg.pattern()) + values);
        self.put(&mut out, msg, args);
        out
    }

    /// Message `msg`, each variable written by `var` straight into the
    /// text: one allocation, sized from the message.
    pub(crate) fn render(self, msg: Msg, var: &mut dyn FnMut(&str, &mut String)) -> String {
        #[cfg(feature = "i18n")]
        if let Some(catalogue) = self.translated() {
            let args: Vec<(&str, String)> = msg
                .variables()
                .iter()
                .map(|name| {
                    let mut value = String::new();
                    var(name, &mut value);
                    (*name, value)
                })
                .collect();
            let mut out = String::new();
            if catalogue.put(&mut out, msg.id(), &args) {
                return out;
            }
        }
        let segs = msg.pattern();
        let mut out = String::with_capacity(catalog::text_len(segs) + 96);
        catalog::write_with(&mut out, segs, var);
        out
    }

    /// The text of a message without variables: borrowed in English.
    pub(crate) fn name(self, msg: Msg) -> Cow<'static, str> {
        self.text(msg)
    }

    /// Append the names of `items` as a list to `out`: `sep` between them,
    /// `last` before the last one.
    pub(crate) fn list_into<I, S>(self, out: &mut String, n: usize, items: I, sep: Msg, last: Msg)
    where
        I: Iterator<Item = S>,
        S: AsRef<str>,
    {
        for (i, item) in items.enumerate() {
            if i > 0 {
                out.push_str(&self.name(if i + 1 == n { last } else { sep }));
            }
            out.push_str(item.as_ref());
        }
    }

    /// Items joined as a list: "a, b and c" (`last` is [`Msg::ListAnd`] or
    /// [`Msg::ListOr`]; all the same separator when `last` is `sep`).
    pub(crate) fn list<S: AsRef<str>>(self, items: &[S], sep: Msg, last: Msg) -> String {
        let len: usize = items.iter().map(|i| i.as_ref().len() + 5).sum();
        let mut out = String::with_capacity(len);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.put(&mut out, if i + 1 == items.len() { last } else { sep }, &[]);
            }
            out.push_str(item.as_ref());
        }
        out
    }
}

/// The message whose id is `parts` joined, looked up without allocating.
pub(crate) fn find(parts: &[&str]) -> Option<Msg> {
    let mut buf = [0u8; 128];
    let mut len = 0;
    for part in parts {
        let end = len + part.len();
        buf.get_mut(len..end)?.copy_from_slice(part.as_bytes());
        len = end;
    }
    Msg::find_bytes(buf.get(..len)?)
}

/// A citation as people read it: palermo's own rule ("palermo contract v1
/// §3 (applying Trafficking Protocol art. 3(d))") is named `own`
/// ("palermo's screening rule"), what it applies kept, without the
/// contract's section, which means nothing to a caseworker; any other
/// citation as it is.
pub(crate) fn cited_for_people<'a>(citation: &'a str, own: &str) -> Cow<'a, str> {
    match citation.strip_prefix("palermo contract v1") {
        Some(rest) => {
            let rest = rest.trim_start();
            let rest = rest
                .strip_prefix('§')
                .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
            Cow::Owned(format!("{own}{rest}"))
        }
        None => Cow::Borrowed(citation),
    }
}

/// The message of a profile: `<id>-<profile>` where the profile has its own
/// words, else `<id>` (the Trafficking Protocol's). An attribute keeps its
/// place: `consent-child.suspected` → `consent-child-eu.suspected`.
pub(crate) fn profiled(msg: Msg, profile: Profile) -> Msg {
    if profile == Profile::Palermo {
        return msg;
    }
    let id = msg.id();
    let own = match id.split_once('.') {
        Some((m, a)) => find(&[m, "-", profile.name(), ".", a]),
        None => find(&[id, "-", profile.name()]),
    };
    own.unwrap_or(msg)
}

/// The first message of each vocabulary's run of fact names in the
/// catalogue (`i18n/en/facts.ftl` lists them in vocabulary order).
fn first_fact(group: &str) -> Msg {
    match group {
        "act" => Msg::FactActRecruitment,
        "means" => Msg::FactMeansThreat,
        "purpose" => Msg::FactPurposeProstitutionOfOthers,
        _ => Msg::FactRiskFactorsUnlicensedRecruiter,
    }
}

/// The message naming a member of a vocabulary (`fact-means-deception`).
pub(crate) fn fact<V: Vocabulary>(member: V) -> Msg {
    let first = first_fact(V::GROUP) as usize;
    Msg::ALL
        .get(first + member.index())
        .copied()
        .unwrap_or(Msg::FactActRecruitment)
}

impl Msg {
    /// The message in English, without variables (a message that has
    /// variables comes with them empty).
    pub fn text(self) -> Cow<'static, str> {
        Tr::ENGLISH.text(self)
    }
}

/// The message naming any fact of a case (`fact-means-deception`): its
/// value is the fact's name in words; its attribute `ask` the question that
/// settles it.
pub fn field(field: Field) -> Msg {
    let other = |id: &str| Msg::find(id).unwrap_or(Msg::FactConsent);
    match field {
        Field::Act(m) => fact(m),
        Field::Means(m) => fact(m),
        Field::Purpose(m) => fact(m),
        Field::Risk(m) => fact(m),
        Field::Age => Msg::FactPersonAge,
        Field::AgeEstimate => Msg::FactPersonAgeEstimate,
        Field::ChildIndicators => Msg::FactPersonChildIndicators,
        Field::Vulnerable => Msg::FactPersonVulnerable,
        Field::UnderGuardianship => Msg::FactPersonUnderGuardianship,
        Field::Consent => Msg::FactConsent,
        Field::ExploitationOccurred => Msg::FactExploitationOccurred,
        Field::AsylumClaim => Msg::FactAsylumClaim,
        Field::OffencesByPerson => Msg::FactOffencesByPerson,
        f => {
            let path = f.path();
            let id = path
                .replace("movement.facilitator.", "facilitator-")
                .replace('.', "-");
            other(&format!("fact-{id}"))
        }
    }
}

/// The whole assessment of `input` under `profile` (else the input's
/// own): [`crate::decide`]'s decisions, then their words.
pub(crate) fn assess(input: &crate::decide::Input, profile: Option<Profile>) -> Assessment {
    let mut a = crate::decide::input(input, profile);
    write(&mut a);
    a
}

/// The whole assessment of `case`'s facts under `profile`.
pub(crate) fn assess_facts(case: &crate::model::Case, profile: Profile) -> Assessment {
    let mut a = crate::decide::facts(case, profile);
    write(&mut a);
    a
}

/// Write every word of an assessment (reason texts, question whys,
/// warnings, the person's basis, the ILO/EC sentences) from its data, in
/// English.
pub(crate) fn write(a: &mut Assessment) {
    write_in(Tr::ENGLISH, a);
}

/// [`write`] in the words of `tr`.
pub(crate) fn write_in(tr: Tr, a: &mut Assessment) {
    a.person.basis = reasons::basis(tr, &a.person.said);
    if let Some(ilo) = a.ilo.take() {
        let mut ilo = ilo;
        reasons::ilo_texts(tr, &mut ilo);
        a.ilo = Some(ilo);
    }
    let mut written = std::mem::take(&mut a.reasons);
    for reason in &mut written {
        reason.text = reasons::text(tr, a, &reason.said);
    }
    a.reasons = written;
    questions::write(tr, &mut a.next_questions);
    a.warnings = a.warned.iter().map(|w| reasons::warning(tr, w)).collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Act, Means, Purpose, RiskFactor};

    fn names_in_order<V: Vocabulary>() {
        for m in V::ALL {
            assert_eq!(fact(*m).id(), format!("fact-{}-{}", V::GROUP, m.name()));
        }
    }

    #[test]
    fn every_fact_has_its_name_in_the_catalogue() {
        names_in_order::<Act>();
        names_in_order::<Means>();
        names_in_order::<Purpose>();
        names_in_order::<RiskFactor>();
        for f in Field::all() {
            let id = field(f).id();
            assert!(id.starts_with("fact-"), "{f}: {id}");
            assert!(
                id.ends_with(f.path().rsplit('.').next().unwrap_or_default()),
                "{f}: {id}"
            );
        }
    }

    /// The English compiled in is what the Fluent runtime makes of the
    /// catalogue: every message, with every variable given a value (and
    /// every case of a selection tried).
    #[test]
    fn the_compiled_english_is_the_catalogue_read_by_fluent() {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/en");
        let en: unic_langid::LanguageIdentifier = "en".parse().unwrap();
        let mut bundle = FluentBundle::new(vec![en]);
        bundle.set_use_isolating(false);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let resource = FluentResource::try_new(text).unwrap();
            bundle.add_resource(resource).unwrap();
        }
        let mut checked = 0;
        for msg in Msg::ALL {
            let (id, attribute) = match msg.id().split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (msg.id(), None),
            };
            let message = bundle.get_message(id).unwrap();
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).unwrap().value(),
                None => message.value().unwrap(),
            };
            // Each variable gets its name as its value, then each key a
            // selection on it can take.
            let keys: Vec<&str> = vec!["", "1", "2", "suspected", "ruled_out", "yes", "no"];
            for key in &keys {
                let mut args = FluentArgs::new();
                let mut ours: Vec<(&str, String)> = Vec::new();
                for v in msg.variables() {
                    let value = if key.is_empty() {
                        format!("<{v}>")
                    } else {
                        (*key).to_string()
                    };
                    match value.parse::<f64>() {
                        Ok(n) => args.set(*v, n),
                        Err(_) => args.set(*v, value.clone()),
                    }
                    ours.push((v, value));
                }
                let mut errors = Vec::new();
                let fluent = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {errors:?}", msg.id());
                let ours: Vec<(&str, &str)> = ours.iter().map(|(n, v)| (*n, v.as_str())).collect();
                assert_eq!(Tr::ENGLISH.string(*msg, &ours), fluent, "{}", msg.id());
                checked += 1;
            }
        }
        assert!(checked > 500, "{checked}");
    }

    #[test]
    fn every_message_renders() {
        for msg in Msg::ALL {
            let args: Vec<(&str, &str)> = msg.variables().iter().map(|v| (*v, "x")).collect();
            let _ = Tr::ENGLISH.string(*msg, &args);
        }
    }
}
