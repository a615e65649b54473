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
    Assessment, DerivedFact, Element, ElementFinding, ElementStatus, Flag, IloFinding,
    PersonStatus, Verdict,
};
use crate::law::ilo::Dimension;
use crate::model::{Fact, Level, Vocabulary};
use std::borrow::Cow;

/// Does JSON escape this byte in a string (`"`, `\`, or a control character)?
const fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The position of the first byte of `bytes` that JSON escapes in a
/// string (`"`, `\\`, or a control character): where a string without
/// escapes ends. The fast reader looks for it in every key and string.
///
/// Eight bytes at a time, as one `u64` (SWAR): a byte equal to `c` is a
/// zero byte of `x ^ c`, and `(v - 0x01..) & !v & 0x80..` marks the zero
/// bytes of `v` (`(x - 0x20..) & !x & 0x80..` the bytes under 0x20). A mark
/// can be wrong only above a true one, so the lowest mark is the answer.
pub(super) fn first_escaped(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for word in &mut words {
        let x = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
        let marks = zero(x ^ (ONES * u64::from(b'"')))
            | zero(x ^ (ONES * u64::from(b'\\')))
            | (x.wrapping_sub(ONES * 0x20) & !x & HIGH);
        if marks != 0 {
            return Some(at + (marks.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| escaped(b))
        .map(|i| at + i)
}

/// Does any byte of a 16-byte block need escaping? A fixed-size block
/// without a branch per byte compiles to a few vector instructions.
fn any_escaped(block: &[u8; 16]) -> bool {
    block.iter().fold(false, |any, &b| any | escaped(b))
}

/// Append `s` as a JSON string, escaped as serde_json escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    contents(out, s.as_bytes());
    out.push(b'"');
}

/// Append the contents of a JSON string, escaped. Returns whether they were
/// copied as they are (nothing to escape).
fn contents(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let clean = !needs_escape(bytes);
    if clean {
        out.extend_from_slice(bytes);
    } else {
        escape(out, bytes);
    }
    clean
}

/// Static strings already found to need no escaping, by address and length.
///
/// Most of an assessment is fixed text: rule ids, citations, most reason
/// texts, every fact path and question sentence are `Cow::Borrowed` of a
/// `&'static str`. A `&'static str` is never freed and never changes, so
/// its address and length stand for its bytes for the life of the program:
/// once found clean, it is copied without being checked again, in this
/// assessment and, when the caller keeps the table, in the next ones of a
/// batch. Owned strings (an id, texts listing the facts of a case) are
/// always checked: their memory is reused.
///
/// A direct-mapped table: a collision only costs a check.
///
/// `N` slots: 4096 for a batch (the fixed texts of every kind of case,
/// sentences written once per process among them: with 512, one check in
/// four missed), 64 for a single assessment (its repeated texts), which is
/// cheaper to set up.
pub(crate) struct Seen<const N: usize = 4096> {
    keys: [(usize, usize); N],
}

impl<const N: usize> Seen<N> {
    pub(crate) fn new() -> Seen<N> {
        Seen { keys: [(0, 0); N] }
    }

    /// Append `s` as a JSON string, escaped as serde_json escapes it.
    // The `Cow` itself, not a `&str`: only a borrowed `&'static str` may be
    // remembered.
    #[allow(clippy::ptr_arg)]
    fn string(&mut self, out: &mut Vec<u8>, s: &Cow<'static, str>) {
        let Cow::Borrowed(fixed) = s else {
            string(out, s);
            return;
        };
        let key = (fixed.as_ptr() as usize, fixed.len());
        out.reserve(fixed.len() + 2);
        out.push(b'"');
        match self.keys.get_mut(slot(key) % N) {
            Some(known) if *known == key => out.extend_from_slice(fixed.as_bytes()),
            slot => {
                if contents(out, fixed.as_bytes()) {
                    if let Some(slot) = slot {
                        *slot = key;
                    }
                }
            }
        }
        out.push(b'"');
    }
}

/// The slot of a string's address and length: multiplied by a constant
/// close to 2^64 / φ and the high bits taken (Fibonacci hashing), which
/// spreads addresses that differ only in a few bits (strings laid out one
/// after another) over the whole table.
fn slot((address, len): (usize, usize)) -> usize {
    let h = (address as u64 ^ (len as u64).rotate_left(32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize
}

/// Does any byte of `bytes` need escaping? Checked 16 bytes at a time: a
/// fixed-size block without a branch per byte compiles to a few vector
/// instructions. The last block overlaps the one before it rather than
/// leaving a tail to check byte by byte; a string shorter than a block is
/// checked byte by byte.
fn needs_escape(bytes: &[u8]) -> bool {
    let block = |block: &[u8; 16]| any_escaped(block);
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

/// Append `bytes` escaped (the rare case: an id with a quote or a control
/// character, a citation quoting a phrase). Runs of 16 bytes with nothing to
/// escape are copied whole; the byte to escape is found within its block.
fn escape(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(block) = bytes.get(i..i + 16) {
            if !block.iter().fold(false, |any, &b| any | escaped(b)) {
                i += 16;
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        i += 1;
        if !escaped(b) {
            continue;
        }
        out.extend_from_slice(bytes.get(start..i - 1).unwrap_or_default());
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
        start = i;
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

/// Append a count as JSON writes it.
fn count(out: &mut Vec<u8>, n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(at..).unwrap_or_default());
}

/// Append a fact as its `Serialize` writes it (`true`, `false`,
/// `"suspected"`, `null`).
fn fact(out: &mut Vec<u8>, f: Fact) {
    out.extend_from_slice(match f {
        Fact::Established => b"true".as_slice(),
        Fact::RuledOut => b"false",
        Fact::Suspected => b"\"suspected\"",
        Fact::NotStated => b"null",
    });
}

/// Append `,"key":` and an array of strings.
fn strings(out: &mut Vec<u8>, key: &[u8], items: &[String]) {
    out.extend_from_slice(key);
    array(out, items, |out, s| string(out, s));
}

/// Append `,"key":` and an array of dimensions.
fn dimensions(out: &mut Vec<u8>, key: &[u8], items: &[Dimension]) {
    out.extend_from_slice(key);
    array(out, items, |out, d| name(out, d.name()));
}

/// A fact evidenced by indicators (`derived` on an element, `mapped` in the
/// `ilo` section).
fn derived(out: &mut Vec<u8>, d: &DerivedFact) {
    out.extend_from_slice(b"{\"fact\":");
    string(out, &d.fact);
    out.extend_from_slice(b",\"level\":");
    name(out, level(d.level));
    out.extend_from_slice(b",\"rule\":");
    string(out, &d.rule);
    if !d.dimensions.is_empty() {
        dimensions(out, b",\"dimensions\":", &d.dimensions);
    }
    strings(out, b",\"indicators\":", &d.indicators);
    out.push(b'}');
}

fn element<V: Vocabulary>(out: &mut Vec<u8>, e: &ElementFinding<V>) {
    out.extend_from_slice(b"{\"status\":");
    name(out, element_status(e.status));
    out.extend_from_slice(b",\"facts\":");
    array(out, &e.facts, |out, f| name(out, f.name()));
    // The evidence of indicators, each part absent when empty.
    if !e.stated.is_empty() {
        out.extend_from_slice(b",\"stated\":");
        array(out, &e.stated, |out, f| name(out, f.name()));
    }
    if !e.indicators.is_empty() {
        strings(out, b",\"indicators\":", &e.indicators);
    }
    if !e.dimensions.is_empty() {
        dimensions(out, b",\"dimensions\":", &e.dimensions);
    }
    if !e.derived.is_empty() {
        out.extend_from_slice(b",\"derived\":");
        array(out, &e.derived, derived);
    }
    out.push(b'}');
}

/// The `ilo` section (cases with ILO/EC indicators), in the order and with
/// the omissions of its `Serialize`.
fn ilo(out: &mut Vec<u8>, f: &IloFinding) {
    out.extend_from_slice(b",\"ilo\":{\"policy\":{\"name\":");
    string(out, &f.policy.name);
    out.extend_from_slice(b",\"version\":");
    string(out, &f.policy.version);
    out.extend_from_slice(b"},\"list\":");
    name(out, f.list.name());
    if let Some(requested) = f.requested_list {
        out.extend_from_slice(b",\"requested_list\":");
        name(out, requested.name());
    }
    out.extend_from_slice(b",\"list_basis\":");
    string(out, &f.list_basis);
    if !f.notes.is_empty() {
        strings(out, b",\"notes\":", &f.notes);
    }
    out.extend_from_slice(b",\"dimensions\":");
    array(out, &f.dimensions, |out, d| {
        out.extend_from_slice(b"{\"dimension\":");
        name(out, d.dimension.name());
        out.extend_from_slice(b",\"status\":");
        name(out, level(d.status));
        if let Some(rule) = &d.rule_met {
            out.extend_from_slice(b",\"rule_met\":");
            string(out, rule);
        }
        out.extend_from_slice(b",\"counts\":{\"strong\":");
        count(out, d.counts.strong);
        out.extend_from_slice(b",\"medium\":");
        count(out, d.counts.medium);
        out.extend_from_slice(b",\"weak\":");
        count(out, d.counts.weak);
        out.extend_from_slice(b"},\"indicators\":");
        array(out, &d.indicators, |out, i| {
            out.extend_from_slice(b"{\"id\":");
            string(out, &i.id);
            out.extend_from_slice(b",\"fact\":");
            fact(out, i.fact);
            if let Some(grade) = i.grade {
                out.extend_from_slice(b",\"grade\":");
                name(out, grade.name());
            }
            if let Some(confidence) = i.confidence {
                out.extend_from_slice(b",\"confidence\":");
                name(out, confidence.tag());
            }
            out.push(b'}');
        });
        out.push(b'}');
    });
    let v = &f.verdict;
    out.extend_from_slice(b",\"verdict\":{\"outcome\":");
    string(out, &v.outcome);
    out.extend_from_slice(b",\"label\":");
    string(out, &v.label);
    if let Some(status) = v.status {
        out.extend_from_slice(b",\"status\":");
        name(out, level(status));
    }
    if let Some(confidence) = v.confidence {
        out.extend_from_slice(b",\"confidence\":");
        name(out, confidence.tag());
    }
    out.extend_from_slice(if v.agrees_with_protocol {
        b",\"agrees_with_protocol\":true}"
    } else {
        b",\"agrees_with_protocol\":false}"
    });
    if !f.mapped.is_empty() {
        out.extend_from_slice(b",\"mapped\":");
        array(out, &f.mapped, derived);
    }
    out.push(b'}');
}

/// Append `a` as one line of contract v1 JSON (no newline).
pub(super) fn assessment<const N: usize>(
    out: &mut Vec<u8>,
    a: &Assessment,
    seen: &mut Seen<N>,
) -> Result<(), serde_json::Error> {
    out.extend_from_slice(b"{\"contract\":");
    seen.string(out, &a.contract);
    out.extend_from_slice(b",\"engine\":");
    seen.string(out, &a.engine);
    if let Some(id) = &a.id {
        out.extend_from_slice(b",\"id\":");
        string(out, id);
    }
    out.extend_from_slice(b",\"profile\":");
    name(out, a.profile.name());
    if let Some(provenance) = &a.provenance {
        out.extend_from_slice(b",\"provenance\":");
        seen.string(out, provenance);
    }
    out.extend_from_slice(b",\"verdict\":");
    name(out, a.verdict.name());
    out.extend_from_slice(b",\"labels\":");
    array(out, &a.labels, |out, v: &Verdict| name(out, v.name()));

    out.extend_from_slice(b",\"person\":{\"status\":");
    name(out, person_status(a.person.status));
    out.extend_from_slice(b",\"basis\":");
    seen.string(out, &a.person.basis);

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
    out.push(b'}');
    if let Some(f) = &a.ilo {
        ilo(out, f);
    }

    out.extend_from_slice(b",\"smuggling\":{\"status\":");
    name(out, level(a.smuggling.status));
    out.extend_from_slice(if a.smuggling.aggravated {
        b",\"aggravated\":true"
    } else {
        b",\"aggravated\":false"
    });
    out.extend_from_slice(if a.smuggling.attempted {
        b",\"attempted\":true}"
    } else {
        b",\"attempted\":false}"
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
        seen.string(out, &r.rule);
        out.extend_from_slice(b",\"citation\":");
        seen.string(out, &r.citation);
        out.extend_from_slice(b",\"text\":");
        seen.string(out, &r.text);
        out.push(b'}');
    });
    out.extend_from_slice(b",\"next_questions\":");
    // Questions come in runs that share their sentence (the facts of one
    // element or one missing part): the sentence is written once per run,
    // then copied from what was written. The same address and length in an
    // assessment borrowed for writing are the same bytes.
    let mut last_why: Option<((usize, usize), std::ops::Range<usize>)> = None;
    array(out, &a.next_questions, |out, q| {
        out.extend_from_slice(b"{\"fact\":");
        seen.string(out, &q.fact);
        out.extend_from_slice(b",\"question\":");
        seen.string(out, &q.question);
        let key = (q.why.as_ptr() as usize, q.why.len());
        match &last_why {
            Some((last, written)) if *last == key => out.extend_from_within(written.clone()),
            _ => {
                let start = out.len();
                out.extend_from_slice(b",\"why\":");
                seen.string(out, &q.why);
                out.push(b'}');
                last_why = Some((key, start..out.len()));
            }
        }
    });
    if !a.warnings.is_empty() {
        out.extend_from_slice(b",\"warnings\":");
        array(out, &a.warnings, |out, w| string(out, w));
    }
    out.push(b'}');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_string(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap_or_default()
    }

    /// A batch shares one table of checked static strings across its
    /// assessments: every assessment is still serde's bytes, including
    /// ids and reason texts that need escaping, written after others, and
    /// the sections of cases with ILO/EC indicators.
    #[test]
    fn a_batch_sharing_checked_strings_writes_serde_bytes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut cases = Vec::new();
        for dir in ["cases", "indicators", "profiles"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                let input = crate::io::parse_input(&text).unwrap();
                for id in [None, Some("plain"), Some("with \"quotes\" and \\ and \n")] {
                    let mut input = input.clone();
                    input.case.id = id.map(str::to_string);
                    cases.push(input);
                }
            }
        }
        assert!(cases.iter().any(|c| !c.indicators.is_empty()));
        let mut seen = Seen::<512>::new();
        let mut small = Seen::<4>::new();
        for round in 0..2 {
            for case in &cases {
                for profile in crate::Profile::ALL {
                    let mut a = crate::evaluate_input_as(case, Some(profile));
                    if round == 1 {
                        // A fixed text that needs escaping, after it was seen clean elsewhere.
                        if let Some(r) = a.reasons.first_mut() {
                            r.text = Cow::Borrowed("a \"quoted\" fixed text");
                        }
                    }
                    let expected = serde_json::to_string(&a).unwrap();
                    for out in [
                        {
                            let mut out = Vec::new();
                            assessment(&mut out, &a, &mut seen).unwrap();
                            out
                        },
                        {
                            let mut out = Vec::new();
                            assessment(&mut out, &a, &mut small).unwrap();
                            out
                        },
                    ] {
                        assert_eq!(String::from_utf8(out).unwrap(), expected);
                    }
                }
            }
        }
    }

    /// The sections only indicators produce (the `ilo` section, the
    /// evidence on each element) are written as their `Serialize` writes
    /// them, on generated cases with indicators of every list (some not on
    /// any list), at every age and under every profile.
    #[test]
    fn the_sections_of_indicators_are_serde_bytes() {
        use crate::model::{Act, Case, Fact, Indicators, Means, Purpose};
        let data = crate::law::ilo::IloData::embedded().expect("the embedded data");
        let ids: Vec<&str> = data
            .lists()
            .iter()
            .flat_map(|l| l.indicators.iter().map(|e| e.id.as_str()))
            .chain(["coercion_at_destination.not_on_any_list"])
            .collect();
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let facts = [
            Fact::Established,
            Fact::Suspected,
            Fact::RuledOut,
            Fact::Established,
        ];
        let mut seen = Seen::<512>::new();
        let mut with_ilo = 0;
        for _ in 0..1500 {
            let mut case = Case::new();
            match next() % 4 {
                0 => case.person.age = Some((next() % 40) as u8),
                1 => case.person.age = Some(12 + (next() % 10) as u8),
                _ => {}
            }
            if next() % 3 == 0 {
                case.act.set(Act::Recruitment, Fact::Established);
            }
            if next() % 4 == 0 {
                case.means.set(Means::Deception, Fact::Suspected);
            }
            if next() % 4 == 0 {
                case.purpose
                    .set(Purpose::SexualExploitation, Fact::Established);
            }
            let mut indicators = Indicators::new();
            for _ in 0..(next() % 12) {
                let id = ids[(next() % ids.len() as u64) as usize];
                indicators.set(id, facts[(next() % 4) as usize]);
            }
            let input = crate::decide::Input::new(case).with_indicators(indicators);
            for profile in crate::Profile::ALL {
                let a = crate::evaluate_input_as(&input, Some(profile));
                with_ilo += usize::from(a.ilo.is_some());
                let mut out = Vec::new();
                assessment(&mut out, &a, &mut seen).unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    serde_json::to_string(&a).unwrap()
                );
            }
        }
        assert!(with_ilo > 5000, "{with_ilo}");
    }

    /// The first byte to escape, at every position of strings of every
    /// length around the eight-byte words, after bytes of every value.
    #[test]
    fn the_first_byte_to_escape_is_found_wherever_it_is() {
        for len in 0..40 {
            for filler in 0u8..=255 {
                let mut bytes = vec![filler; len];
                let expected = bytes.iter().position(|&b| escaped(b));
                assert_eq!(first_escaped(&bytes), expected, "{filler} x {len}");
                for at in 0..len {
                    for special in [b'"', b'\\', 0, b'\n', 0x1f] {
                        bytes = vec![filler; len];
                        bytes[at] = special;
                        let expected = bytes.iter().position(|&b| escaped(b));
                        assert_eq!(first_escaped(&bytes), expected, "{bytes:?}");
                    }
                }
            }
        }
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
