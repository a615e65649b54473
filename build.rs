//! Build script.
//!
//! 1. The English message catalogue (`i18n/en/*.ftl`, Project Fluent) is
//!    compiled into Rust: one `Msg` variant per message and attribute, and
//!    each pattern as a list of segments (text, a variable, a selection on a
//!    variable). English is rendered from these at the speed of string
//!    copies; other languages go through the Fluent runtime, falling back to
//!    this English. The catalogue stays the one source of every word: a
//!    test renders each message through both and checks they agree.
//! 2. With the `casebook` feature, every `casebook/*.json` file is embedded
//!    with `include_str!`, sorted by file name, so `palermo casebook` works
//!    from any directory and a new scenario needs no code change.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=casebook");
    println!("cargo:rerun-if-changed=i18n");
    let Some(out_dir) = env::var_os("OUT_DIR") else {
        panic!("OUT_DIR is not set");
    };
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    write(
        &Path::new(&out_dir).join("casebook.rs"),
        &casebook(&manifest),
    );
    write(
        &Path::new(&out_dir).join("messages.rs"),
        &messages(&manifest.join("i18n").join("en")),
    );
    write(
        &Path::new(&out_dir).join("catalogues.rs"),
        &catalogues(&manifest.join("i18n")),
    );
}

/// The catalogues of the other languages (`i18n/<code>/*.ftl`), embedded as
/// text for the Fluent runtime: (language code, file contents).
fn catalogues(dir: &Path) -> String {
    let mut code = String::from(
        "/// The message catalogues of the languages other than English, embedded:\n\
         /// (language code, the contents of each of its `.ftl` files).\n\
         pub(crate) const CATALOGUES: &[(&str, &[&str])] = &[\n",
    );
    let mut langs: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "en"))
            .collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    langs.sort();
    for lang in langs {
        let name = lang
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = write!(code, "    ({name:?}, &[");
        for file in files(&lang, "ftl") {
            println!("cargo:rerun-if-changed={}", file.display());
            let base = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = write!(
                code,
                "include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/i18n/{name}/{base}\")), "
            );
        }
        code.push_str("]),\n");
    }
    code.push_str("];\n");
    code
}

fn write(target: &Path, code: &str) {
    if let Err(e) = fs::write(target, code) {
        panic!("cannot write {}: {e}", target.display());
    }
}

/// The files of `dir` ending in `.ext`, sorted by name.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext) && p.is_file())
        .collect();
    files.sort();
    files
}

fn casebook(manifest: &Path) -> String {
    let mut code = String::from(
        "/// The scenario files of `casebook/`, sorted by file name: (file name, contents).\n\
         pub const SOURCES: &[(&str, &str)] = &[\n",
    );
    if env::var_os("CARGO_FEATURE_CASEBOOK").is_some() {
        for path in files(&manifest.join("casebook"), "json") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Relative to the manifest at compile time, not an absolute path
            // frozen here: the generated code stays right for any checkout.
            let _ = writeln!(
                code,
                "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/casebook/\", {name:?}))),"
            );
        }
    }
    code.push_str("];\n");
    code
}

/// A pattern after terms and message references are resolved.
#[derive(Clone, Debug)]
enum Seg {
    Text(String),
    Var(String),
    Select(String, Vec<(String, Vec<Seg>)>, usize),
}

struct Catalogue {
    messages: BTreeMap<String, Vec<Seg>>,
    /// Message values in catalogue order, then attributes in catalogue
    /// order: so the values of a run of messages (the facts of one
    /// vocabulary) have consecutive indices.
    order: Vec<String>,
    /// For each message, its attributes: (attribute name, full id).
    attributes: BTreeMap<String, Vec<(String, String)>>,
}

fn messages(dir: &Path) -> String {
    let mut sources = Vec::new();
    for path in files(dir, "ftl") {
        println!("cargo:rerun-if-changed={}", path.display());
        match fs::read_to_string(&path) {
            Ok(text) => sources.push((path, text)),
            Err(e) => panic!("cannot read {}: {e}", path.display()),
        }
    }
    // Terms first (they may be used before they are defined).
    let mut terms: BTreeMap<String, Pattern<String>> = BTreeMap::new();
    let mut raw: Vec<(String, Pattern<String>)> = Vec::new();
    let mut attrs: Vec<(String, Pattern<String>)> = Vec::new();
    let mut attributes: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (path, text) in &sources {
        let resource = match fluent_syntax::parser::parse(text.clone()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}: {errors:?}", path.display()),
        };
        for entry in resource.body {
            match entry {
                Entry::Term(t) => {
                    terms.insert(t.id.name.clone(), t.value);
                }
                Entry::Message(m) => {
                    let id = m.id.name.clone();
                    if let Some(value) = m.value {
                        raw.push((id.clone(), value));
                    }
                    for a in m.attributes {
                        let full = format!("{id}.{}", a.id.name);
                        attributes
                            .entry(id.clone())
                            .or_default()
                            .push((a.id.name.clone(), full.clone()));
                        attrs.push((full, a.value));
                    }
                }
                Entry::Junk { content } => panic!("{}: cannot parse: {content}", path.display()),
                _ => {}
            }
        }
    }
    raw.extend(attrs);
    let patterns: BTreeMap<String, Pattern<String>> = raw.iter().cloned().collect();
    if patterns.len() != raw.len() {
        let mut seen = BTreeSet::new();
        for (id, _) in &raw {
            if !seen.insert(id) {
                panic!("message {id} is defined twice in i18n/en");
            }
        }
    }
    let mut cat = Catalogue {
        messages: BTreeMap::new(),
        order: raw.iter().map(|(id, _)| id.clone()).collect(),
        attributes,
    };
    for (id, pattern) in &raw {
        let segs = resolve(pattern, &terms, &patterns, 0, id);
        cat.messages.insert(id.clone(), merge(segs));
    }
    render(&cat)
}

fn resolve(
    pattern: &Pattern<String>,
    terms: &BTreeMap<String, Pattern<String>>,
    messages: &BTreeMap<String, Pattern<String>>,
    depth: usize,
    id: &str,
) -> Vec<Seg> {
    if depth > 8 {
        panic!("{id}: references nest too deep");
    }
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(Seg::Text(value.clone())),
            PatternElement::Placeable { expression } => {
                out.extend(expression_segs(expression, terms, messages, depth, id))
            }
        }
    }
    out
}

fn expression_segs(
    expression: &Expression<String>,
    terms: &BTreeMap<String, Pattern<String>>,
    messages: &BTreeMap<String, Pattern<String>>,
    depth: usize,
    id: &str,
) -> Vec<Seg> {
    match expression {
        Expression::Inline(inline) => inline_segs(inline, terms, messages, depth, id),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id: var } = selector else {
                panic!("{id}: a selection must be on a variable");
            };
            let mut cases = Vec::new();
            let mut default = 0;
            for (i, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.clone(),
                    VariantKey::NumberLiteral { value } => value.clone(),
                };
                if v.default {
                    default = i;
                }
                cases.push((
                    key,
                    merge(resolve(&v.value, terms, messages, depth + 1, id)),
                ));
            }
            vec![Seg::Select(var.name.clone(), cases, default)]
        }
    }
}

fn inline_segs(
    inline: &InlineExpression<String>,
    terms: &BTreeMap<String, Pattern<String>>,
    messages: &BTreeMap<String, Pattern<String>>,
    depth: usize,
    id: &str,
) -> Vec<Seg> {
    match inline {
        InlineExpression::StringLiteral { value } => vec![Seg::Text(unescape(value))],
        InlineExpression::NumberLiteral { value } => vec![Seg::Text(value.clone())],
        InlineExpression::VariableReference { id: var } => vec![Seg::Var(var.name.clone())],
        InlineExpression::TermReference {
            id: term,
            attribute: None,
            arguments: None,
        } => match terms.get(&term.name) {
            Some(p) => resolve(p, terms, messages, depth + 1, id),
            None => panic!("{id}: unknown term -{}", term.name),
        },
        InlineExpression::MessageReference { id: msg, attribute } => {
            let key = match attribute {
                Some(a) => format!("{}.{}", msg.name, a.name),
                None => msg.name.clone(),
            };
            match messages.get(&key) {
                Some(p) => resolve(p, terms, messages, depth + 1, id),
                None => panic!("{id}: unknown message {key}"),
            }
        }
        InlineExpression::Placeable { expression } => {
            expression_segs(expression, terms, messages, depth, id)
        }
        _ => panic!("{id}: only text, variables, terms, messages and selections are supported"),
    }
}

/// Fluent string literals: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => out.push(hex(&mut chars, 4)),
            Some('U') => out.push(hex(&mut chars, 6)),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn hex(chars: &mut std::str::Chars<'_>, n: usize) -> char {
    let digits: String = chars.take(n).collect();
    u32::from_str_radix(&digits, 16)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}')
}

/// Join adjacent text segments.
fn merge(segs: Vec<Seg>) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::new();
    for seg in segs {
        match (out.last_mut(), seg) {
            (Some(Seg::Text(a)), Seg::Text(b)) => a.push_str(&b),
            (_, seg) => out.push(seg),
        }
    }
    out
}

/// `no-act-eu` → `NoActEu`; `limb-us-sex.without-means` → `LimbUsSex_WithoutMeans`.
fn variant(id: &str) -> String {
    let camel = |s: &str| -> String {
        s.split(['-', '_'])
            .map(|w| {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                    None => String::new(),
                }
            })
            .collect()
    };
    match id.split_once('.') {
        Some((m, a)) => format!("{}_{}", camel(m), camel(a)),
        None => camel(id),
    }
}

fn segs_code(segs: &[Seg]) -> String {
    let parts: Vec<String> = segs
        .iter()
        .map(|s| match s {
            Seg::Text(t) => format!("Seg::Text({t:?})"),
            Seg::Var(v) => format!("Seg::Var({v:?})"),
            Seg::Select(v, cases, default) => {
                let cases: Vec<String> = cases
                    .iter()
                    .map(|(k, segs)| format!("({k:?}, {})", segs_code(segs)))
                    .collect();
                format!("Seg::Select({v:?}, &[{}], {default})", cases.join(", "))
            }
        })
        .collect();
    format!("&[{}]", parts.join(", "))
}

fn vars(segs: &[Seg], out: &mut BTreeSet<String>) {
    for s in segs {
        match s {
            Seg::Text(_) => {}
            Seg::Var(v) => {
                out.insert(v.clone());
            }
            Seg::Select(v, cases, _) => {
                out.insert(v.clone());
                for (_, segs) in cases {
                    vars(segs, out);
                }
            }
        }
    }
}

fn render(cat: &Catalogue) -> String {
    let mut names = BTreeMap::new();
    for id in &cat.order {
        let v = variant(id);
        if let Some(other) = names.insert(v.clone(), id.clone()) {
            panic!("messages {other} and {id} have the same Rust name {v}");
        }
    }
    let mut code = String::new();
    code.push_str("// Generated by build.rs from i18n/en/*.ftl. Do not edit.\n\n");
    code.push_str(
        "/// Every message of the English catalogue (and every attribute, as\n\
         /// `Message_Attribute`), in catalogue order.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         #[allow(non_camel_case_types, missing_docs)]\n\
         pub enum Msg {\n",
    );
    for id in &cat.order {
        let _ = writeln!(code, "    /// `{id}`\n    {},", variant(id));
    }
    code.push_str("}\n\nimpl Msg {\n    /// Every message, in catalogue order.\n    pub const ALL: &'static [Msg] = &[\n");
    for id in &cat.order {
        let _ = writeln!(code, "        Msg::{},", variant(id));
    }
    code.push_str("    ];\n\n    /// The message id in the catalogue (`message` or `message.attribute`).\n    pub const fn id(self) -> &'static str {\n        match self {\n");
    for id in &cat.order {
        let _ = writeln!(code, "            Msg::{} => {id:?},", variant(id));
    }
    code.push_str("        }\n    }\n\n    /// The message with this id.\n    pub fn find(id: &str) -> Option<Msg> {\n        Msg::find_bytes(id.as_bytes())\n    }\n\n    /// The message with this id, given as bytes.\n    pub(crate) fn find_bytes(id: &[u8]) -> Option<Msg> {\n        INDEX\n            .binary_search_by(|(key, _)| key.as_bytes().cmp(id))\n            .ok()\n            .and_then(|i| INDEX.get(i))\n            .map(|(_, msg)| *msg)\n    }\n\n    /// The attribute `name` of this message (`ask` of `fact-means-deception`).\n    pub fn attribute(self, name: &str) -> Option<Msg> {\n        let attributes: &[(&str, Msg)] = match self {\n");
    for id in &cat.order {
        if let Some(list) = cat.attributes.get(id) {
            let items: Vec<String> = list
                .iter()
                .map(|(name, full)| format!("({name:?}, Msg::{})", variant(full)))
                .collect();
            let _ = writeln!(
                code,
                "            Msg::{} => &[{}],",
                variant(id),
                items.join(", ")
            );
        }
    }
    code.push_str("            _ => &[],\n        };\n        attributes.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)\n    }\n\n    /// The English pattern.\n    pub(crate) const fn pattern(self) -> &'static [Seg] {\n        match self {\n");
    for id in &cat.order {
        let segs = &cat.messages[id];
        let _ = writeln!(
            code,
            "            Msg::{} => {},",
            variant(id),
            segs_code(segs)
        );
    }
    code.push_str("        }\n    }\n\n    /// The variables the English pattern uses, in name order.\n    pub const fn variables(self) -> &'static [&'static str] {\n        match self {\n");
    for id in &cat.order {
        let mut v = BTreeSet::new();
        vars(&cat.messages[id], &mut v);
        let list: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
        let _ = writeln!(
            code,
            "            Msg::{} => &[{}],",
            variant(id),
            list.join(", ")
        );
    }
    code.push_str("        }\n    }\n}\n\n/// Every message id with its message, sorted by id.\nconst INDEX: &[(&str, Msg)] = &[\n");
    let mut sorted: Vec<&String> = cat.order.iter().collect();
    sorted.sort();
    for id in sorted {
        let _ = writeln!(code, "    ({id:?}, Msg::{}),", variant(id));
    }
    code.push_str("];\n");
    code
}
