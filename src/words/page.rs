//! The words of the screening page that `palermo serve` shows at `/`
//! (`i18n/en/page.ftl`). Message `page-KEY` is the page's string `KEY`;
//! each variable is written back as `{name}`, for the page to fill in.

use super::{Language, Msg};

/// The prefix of the page's messages in the catalogue.
const PREFIX: &str = "page-";

/// Every string of the screening page in `lang`, as (key, text), in
/// catalogue order, with `lang` (the language code) first. A message the
/// language lacks is said in English.
///
/// ```
/// let strings = palermo::words::page::strings(palermo::words::Language::En);
/// assert_eq!(strings[0], ("lang", "en".to_string()));
/// let find = |key: &str| strings.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str());
/// assert_eq!(find("answer-suspected"), Some("Suspected"));
/// assert_eq!(find("also-found"), Some("Also found: {list}."));
/// assert_eq!(find("list-separator"), Some("; "));
/// ```
pub fn strings(lang: Language) -> Vec<(&'static str, String)> {
    let tr = lang.tr();
    let mut out = vec![("lang", lang.code().to_string())];
    out.extend(Msg::ALL.iter().filter_map(|&msg| {
        let key = msg.id().strip_prefix(PREFIX)?;
        let text = tr.render(msg, &mut |name, out| {
            out.push('{');
            out.push_str(name);
            out.push('}');
        });
        Some((key, text))
    }));
    out
}
