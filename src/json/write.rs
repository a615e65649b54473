//! Writing an assessment: contract v1 JSON, byte for byte what
//! `serde_json::to_string` makes of [`Assessment`]'s `Serialize`, written
//! directly.
//!
//! An assessment is mostly fixed text (rule ids, citations, reasons), about
//! 15 times the size of the case it answers, and serde_json escapes strings a
//! byte at a time. This writer checks a string 16 bytes at a time for the
//! few bytes JSON escapes, and copies it whole when there are none (nearly
//! always). The `Serialize` derive stays the
//! definition of the format: tests (and the `evaluate` fuzz target) check
//! that both give the same bytes.

use crate::assessment::{
    Assessment, Element, ElementFinding, ElementStatus, Flag, PersonStatus, Verdict,
};
use crate::model::{Level, Vocabulary};

/// Does JSON escape this byte in a string (`"`, `\`, or a control character)?
const fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Append `s` as a JSON string, escaped as serde_json escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if needs_escape(bytes) {
        escape(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
}

/// Does any byte of `bytes` need escaping? Checked 16 bytes at a time: a
/// fixed-size block without a branch per byte compiles to a few vector
/// instructions. The last block overlaps the one before it rather than
/// leaving a tail to check byte by byte; a string shorter than a block is
/// checked byte by byte.
fn needs_escape(bytes: &[u8]) -> bool {
    let block = |block: &[u8; 16]| block.iter().fold(false, |any, &b| any | escaped(b));
    let Some(last) = bytes
        .len()
        .checked_sub(16)
        .and_then(|start| bytes.get(start..))
        .and_then(|tail| <&[u8; 16]>::try_from(tail).ok())
    else {
        // A short string (most rule ids and fact paths): byte by byte, which
        // is cheaper than copying it into a padded block.
        return bytes.iter().any(|&b| escaped(b));
    };
    bytes
        .chunks_exact(16)
        .any(|b| <&[u8; 16]>::try_from(b).is_ok_and(block))
        || block(last)
}

/// Append `bytes` escaped, a byte at a time (the rare case: an id with a
/// quote or a control character).
fn escape(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !escaped(b) {
            continue;
        }
        out.extend_from_slice(bytes.get(start..i).unwrap_or_default());
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ]),
        }
        start = i + 1;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or_default());
}

/// Append `items` as a JSON array, each written by `item`.
fn array<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, t);
    }
    out.push(b']');
}

/// Append a name that needs no escaping (an enum's snake_case name).
fn name(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

fn level(l: Level) -> &'static str {
    match l {
        Level::NotEstablished => "not_established",
        Level::Suspected => "suspected",
        Level::Established => "established",
    }
}

fn element_status(s: ElementStatus) -> &'static str {
    match s {
        ElementStatus::NotEstablished => "not_established",
        ElementStatus::Suspected => "suspected",
        ElementStatus::Established => "established",
        ElementStatus::NotRequired => "not_required",
    }
}

fn person_status(s: PersonStatus) -> &'static str {
    match s {
        PersonStatus::Child => "child",
        PersonStatus::PresumedChild => "presumed_child",
        PersonStatus::Adult => "adult",
        PersonStatus::Unknown => "unknown",
    }
}

fn element<V: Vocabulary>(out: &mut Vec<u8>, e: &ElementFinding<V>) {
    out.extend_from_slice(b"{\"status\":");
    name(out, element_status(e.status));
    out.extend_from_slice(b",\"facts\":");
    array(out, &e.facts, |out, f| name(out, f.name()));
    out.push(b'}');
}

/// Append `a` as one line of contract v1 JSON (no newline).
/// Whether this writer covers `a`: everything but the sections that only
/// indicator and HTCDS input produce, which go through serde_json.
pub(super) fn covers(a: &Assessment) -> bool {
    let e = &a.trafficking.elements;
    a.ilo.is_none()
        && a.input_report.is_none()
        && plain(&e.act)
        && plain(&e.means)
        && plain(&e.purpose)
}

fn plain<V>(e: &ElementFinding<V>) -> bool {
    e.stated.is_empty()
        && e.indicators.is_empty()
        && e.dimensions.is_empty()
        && e.derived.is_empty()
}

pub(super) fn assessment(out: &mut Vec<u8>, a: &Assessment) {
    out.extend_from_slice(b"{\"contract\":");
    string(out, &a.contract);
    out.extend_from_slice(b",\"engine\":");
    string(out, &a.engine);
    if let Some(id) = &a.id {
        out.extend_from_slice(b",\"id\":");
        string(out, id);
    }
    out.extend_from_slice(b",\"profile\":");
    name(out, a.profile.name());
    if let Some(provenance) = &a.provenance {
        out.extend_from_slice(b",\"provenance\":");
        string(out, provenance);
    }
    out.extend_from_slice(b",\"verdict\":");
    name(out, a.verdict.name());
    out.extend_from_slice(b",\"labels\":");
    array(out, &a.labels, |out, v: &Verdict| name(out, v.name()));

    out.extend_from_slice(b",\"person\":{\"status\":");
    name(out, person_status(a.person.status));
    out.extend_from_slice(b",\"basis\":");
    string(out, &a.person.basis);

    let t = &a.trafficking;
    out.extend_from_slice(b"},\"trafficking\":{\"status\":");
    name(out, level(t.status));
    out.extend_from_slice(b",\"elements\":{\"act\":");
    element(out, &t.elements.act);
    out.extend_from_slice(b",\"means\":");
    element(out, &t.elements.means);
    out.extend_from_slice(b",\"purpose\":");
    element(out, &t.elements.purpose);
    out.extend_from_slice(b"},\"missing\":");
    array(out, &t.missing, |out, e: &Element| name(out, e.name()));

    out.extend_from_slice(b"},\"smuggling\":{\"status\":");
    name(out, level(a.smuggling.status));
    out.extend_from_slice(if a.smuggling.aggravated {
        b",\"aggravated\":true}"
    } else {
        b",\"aggravated\":false}"
    });
    out.extend_from_slice(b",\"irregular_migration\":{\"status\":");
    name(out, level(a.irregular_migration.status));
    out.extend_from_slice(b"},\"unsafe_migration\":{\"status\":");
    name(out, level(a.unsafe_migration.status));
    out.extend_from_slice(b"},\"flags\":");
    array(out, &a.flags, |out, f: &Flag| name(out, f.name()));

    out.extend_from_slice(b",\"reasons\":");
    array(out, &a.reasons, |out, r| {
        out.extend_from_slice(b"{\"rule\":");
        string(out, &r.rule);
        out.extend_from_slice(b",\"citation\":");
        string(out, &r.citation);
        out.extend_from_slice(b",\"text\":");
        string(out, &r.text);
        out.push(b'}');
    });
    out.extend_from_slice(b",\"next_questions\":");
    array(out, &a.next_questions, |out, q| {
        out.extend_from_slice(b"{\"fact\":");
        string(out, &q.fact);
        out.extend_from_slice(b",\"why\":");
        string(out, &q.why);
        out.push(b'}');
    });
    if !a.warnings.is_empty() {
        out.extend_from_slice(b",\"warnings\":");
        array(out, &a.warnings, |out, w| string(out, w));
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_string(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é\u{2028}\u{FEFF}😀 \"quoted\" back\\slash");
        for s in [
            "",
            "plain",
            "\"",
            "\\",
            "a\nb",
            "0123456789abcdef",
            "0123456789abcde\"",
            "0123456789abcdef\u{1}",
            "0123456789abcdef0123456789\u{1f}",
            all.as_str(),
        ] {
            assert_eq!(json_string(s), serde_json::to_string(s).unwrap_or_default());
        }
        // One byte to escape at every position of strings of every length
        // around the 16-byte blocks.
        for len in 0..50 {
            for at in 0..len {
                for special in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
                    let s: String = (0..len)
                        .map(|i| if i == at { special } else { 'a' })
                        .collect();
                    assert_eq!(
                        json_string(&s),
                        serde_json::to_string(&s).unwrap_or_default()
                    );
                }
            }
        }
    }
}
