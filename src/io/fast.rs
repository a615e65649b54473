//! A fast path for reading the common record: well-formed contract v1 JSON
//! with plain strings.
//!
//! Screening a data set means reading hundreds of thousands of records that
//! are nearly all well-formed, and serde's general machinery (visitors, a
//! path kept for the error message, the first error carried to the top)
//! costs more than the engine. This reader walks the bytes once and builds
//! the [`Case`] directly, but it never decides that a record is bad: at the
//! first thing it does not handle (an escape in a string other than the
//! `id`, whose escapes serde_json decodes here, a number with a
//! sign, a fraction or an exponent, `indicators`, an unknown or repeated
//! field, a value of the wrong kind, a limit reached, any syntax error) it
//! gives up, and the record is read again by [`super::read`], which stays
//! the definition of the format and of every error message.
//!
//! The one rule: when this reader returns a case, [`super::read`] returns the
//! same case. Tests check it on generated records, on every example and on
//! the fuzz corpus; the `screen_json` fuzz target checks it on every input.

use super::Limits;
use crate::decide::Input;
use crate::law::profile::Profile;
use crate::model::{
    AgeRange, Facilitator, Fact, FactSet, Movement, Person, Regularity, Relationship, Vocabulary,
};

/// Read `text` as a record, or `None` to leave it to [`super::read`].
pub(super) fn input(text: &str, limits: &Limits) -> Option<Input> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        limits,
    };
    r.space();
    let mut input = Input::default();
    let mut profile = None;
    let case = &mut input.case;
    r.object(1, |r, key| {
        // The field's position (for the duplicate check) and, for a fact,
        // where it goes.
        let (field, fact) = match key {
            "id" => {
                case.id = if r.null() {
                    None
                } else {
                    let id = r.owned_string()?;
                    (id.len() <= limits.max_string_bytes).then_some(())?;
                    Some(id)
                };
                return Some(1 << 0);
            }
            "person" => {
                case.person = r.nested(2, person)?;
                return Some(1 << 1);
            }
            "act" => {
                case.act = r.nested(2, facts)?;
                return Some(1 << 2);
            }
            "means" => {
                case.means = r.nested(2, facts)?;
                return Some(1 << 3);
            }
            "purpose" => {
                case.purpose = r.nested(2, facts)?;
                return Some(1 << 4);
            }
            "consent" => (5, &mut case.consent),
            "exploitation_occurred" => (6, &mut case.exploitation_occurred),
            "movement" => {
                case.movement = r.nested(2, movement)?;
                return Some(1 << 7);
            }
            "risk_factors" => {
                case.risk_factors = r.nested(2, facts)?;
                return Some(1 << 8);
            }
            "asylum_claim" => (9, &mut case.asylum_claim),
            "offences_by_person" => (10, &mut case.offences_by_person),
            "profile" => {
                profile = if r.null() {
                    None
                } else {
                    Some(Profile::from_name(r.string()?)?)
                };
                return Some(1 << 11);
            }
            // `indicators` and anything unknown: the full reader.
            _ => return None,
        };
        *fact = r.fact()?;
        Some(1u64 << field)
    })?;
    r.space();
    input.profile = profile;
    (r.pos == r.bytes.len()).then_some(input)
}

fn person(r: &mut Reader<'_>, depth: usize) -> Option<Person> {
    let mut p = Person::default();
    r.object(depth, |r, key| match key {
        "age" => {
            p.age = if r.null() { None } else { Some(r.whole(130)?) };
            Some(1)
        }
        "age_estimate" => {
            p.age_estimate = r.nullable(depth + 1, estimate)?;
            Some(2)
        }
        "child_indicators" => {
            p.child_indicators = r.fact()?;
            Some(4)
        }
        "vulnerable" => {
            p.vulnerable = r.fact()?;
            Some(8)
        }
        "under_guardianship" => {
            p.under_guardianship = r.fact()?;
            Some(16)
        }
        _ => None,
    })?;
    Some(p)
}

fn estimate(r: &mut Reader<'_>, depth: usize) -> Option<AgeRange> {
    let (mut min, mut max) = (None, None);
    r.object(depth, |r, key| match key {
        "min" => {
            min = Some(r.whole(130)?);
            Some(1)
        }
        "max" => {
            max = Some(r.whole(130)?);
            Some(2)
        }
        _ => None,
    })?;
    let (min, max) = (min?, max?);
    (min <= max).then_some(AgeRange { min, max })
}

fn facts<V: Vocabulary>(r: &mut Reader<'_>, depth: usize) -> Option<FactSet<V>> {
    let mut set = FactSet::new();
    r.object(depth, |r, key| {
        let member = V::from_name(key)?;
        set.set(member, r.fact()?);
        Some(1u64 << (member.index() % 64))
    })?;
    Some(set)
}

fn movement(r: &mut Reader<'_>, depth: usize) -> Option<Movement> {
    let mut m = Movement::default();
    r.object(depth, |r, key| {
        // The field's position (for the duplicate check) and, for a fact,
        // where it goes.
        let (field, fact) = match key {
            "migrated" => (0, &mut m.migrated),
            "crossed_border" => (1, &mut m.crossed_border),
            "entry" => {
                m.entry = r.one_of(REGULARITY)?;
                return Some(1 << 2);
            }
            "stay" => {
                m.stay = r.one_of(REGULARITY)?;
                return Some(1 << 3);
            }
            "national_or_resident_of_destination" => {
                (4, &mut m.national_or_resident_of_destination)
            }
            "facilitator" => {
                m.facilitator = r.nested(depth + 1, facilitator)?;
                return Some(1 << 5);
            }
            "fraudulent_documents" => (6, &mut m.fraudulent_documents),
            "life_endangered" => (7, &mut m.life_endangered),
            "inhuman_or_degrading_treatment" => (8, &mut m.inhuman_or_degrading_treatment),
            "crossing_planned" => (9, &mut m.crossing_planned),
            _ => return None,
        };
        *fact = r.fact()?;
        Some(1u64 << field)
    })?;
    Some(m)
}

fn facilitator(r: &mut Reader<'_>, depth: usize) -> Option<Facilitator> {
    let mut f = Facilitator::default();
    r.object(depth, |r, key| {
        let (field, fact) = match key {
            "procured_entry" => (0, &mut f.procured_entry),
            "enabled_irregular_stay" => (1, &mut f.enabled_irregular_stay),
            "material_benefit" => (2, &mut f.material_benefit),
            "humanitarian_or_family" => (3, &mut f.humanitarian_or_family),
            "relationship_after_arrival" => {
                f.relationship_after_arrival = r.one_of(RELATIONSHIP)?;
                return Some(1 << 4);
            }
            _ => return None,
        };
        *fact = r.fact()?;
        Some(1u64 << field)
    })?;
    Some(f)
}

const REGULARITY: &[(&str, Regularity)] = &[
    ("regular", Regularity::Regular),
    ("irregular", Regularity::Irregular),
];
const RELATIONSHIP: &[(&str, Relationship)] = &[
    ("ended", Relationship::Ended),
    ("continued", Relationship::Continued),
];

/// The bytes of a record and the position reached.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    limits: &'a Limits,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Skip JSON whitespace (space, tab, line feed, carriage return).
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Consume `byte`, or fail.
    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.pos += 1)
    }

    /// Consume `word` (a literal such as `true`), or leave the position.
    fn word(&mut self, word: &[u8]) -> bool {
        let found = self
            .bytes
            .get(self.pos..self.pos + word.len())
            .is_some_and(|b| b == word);
        if found {
            self.pos += word.len();
        }
        found
    }

    fn null(&mut self) -> bool {
        self.word(b"null")
    }

    /// A string without escapes or control characters: its contents.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.pos;
        let rest = self.bytes.get(start..)?;
        let len = super::write::first_escaped(rest)?;
        if rest.get(len) != Some(&b'"') {
            return None;
        }
        self.pos = start + len + 1;
        // Between two ASCII quotes: on character boundaries of the text.
        self.text.get(start..start + len)
    }

    /// A string, with any escapes in it decoded: the plain ones read here,
    /// one with escapes handed whole to serde_json, the full reader's own
    /// decoder (ids carry escapes often: quotes, line breaks, `\u` codes).
    fn owned_string(&mut self) -> Option<String> {
        let start = self.pos;
        if let Some(plain) = self.string() {
            return Some(plain.to_owned());
        }
        self.pos = start;
        // The end of the string: the first quote not escaped. A control
        // character is left to the full reader (and its error message).
        let rest = self.bytes.get(start + 1..)?;
        let mut i = 0;
        loop {
            i += super::write::first_escaped(rest.get(i..)?)?;
            match rest.get(i)? {
                b'"' => break,
                b'\\' => i += 2,
                _ => return None,
            }
        }
        let end = start + 1 + i + 1;
        let decoded = serde_json::from_str::<String>(self.text.get(start..end)?).ok()?;
        self.pos = end;
        Some(decoded)
    }

    /// A fact: `true`, `false`, `null`, or one of the words the contract
    /// accepts for them.
    fn fact(&mut self) -> Option<Fact> {
        if self.word(b"true") {
            Some(Fact::Established)
        } else if self.word(b"false") {
            Some(Fact::RuledOut)
        } else if self.null() {
            Some(Fact::NotStated)
        } else {
            // The same words as the full reader, in any letter case.
            Fact::from_word(self.string()?)
        }
    }

    /// A whole number from 0 to `max`, written plainly (no sign, fraction
    /// or exponent; no leading zero).
    fn whole(&mut self, max: u8) -> Option<u8> {
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            n = n * 10 + u32::from(d - b'0');
            self.pos += 1;
            if self.pos - start > 3 {
                return None;
            }
        }
        let digits = self.pos - start;
        let leading_zero = digits > 1 && self.bytes.get(start) == Some(&b'0');
        if digits == 0 || leading_zero || matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        u8::try_from(n).ok().filter(|n| *n <= max)
    }

    /// One of the named `options`, or `null`.
    fn one_of<T: Copy>(&mut self, options: &[(&str, T)]) -> Option<Option<T>> {
        if self.null() {
            return Some(None);
        }
        let s = self.string()?;
        options.iter().find(|(n, _)| *n == s).map(|(_, t)| Some(*t))
    }

    /// A nested object read by `read`; `null` is the default.
    fn nested<T: Default>(
        &mut self,
        depth: usize,
        read: impl FnOnce(&mut Self, usize) -> Option<T>,
    ) -> Option<T> {
        Some(self.nullable(depth, read)?.unwrap_or_default())
    }

    /// A nested object read by `read`, or `null`.
    fn nullable<T>(
        &mut self,
        depth: usize,
        read: impl FnOnce(&mut Self, usize) -> Option<T>,
    ) -> Option<Option<T>> {
        if self.null() {
            Some(None)
        } else {
            read(self, depth).map(Some)
        }
    }

    /// An object at `depth` (the root is 1): each field's value is read by
    /// `field`, which returns the field's bit (to refuse a repeated field)
    /// or `None` for a field it does not take.
    fn object(
        &mut self,
        depth: usize,
        mut field: impl FnMut(&mut Self, &'a str) -> Option<u64>,
    ) -> Option<()> {
        if depth > self.limits.max_depth {
            return None;
        }
        self.eat(b'{')?;
        self.space();
        if self.eat(b'}').is_some() {
            return Some(());
        }
        let mut seen = 0u64;
        loop {
            let key = self.string()?;
            if key.len() > self.limits.max_string_bytes {
                return None;
            }
            self.space();
            self.eat(b':')?;
            self.space();
            let bit = field(self, key)?;
            if bit == 0 || seen & bit != 0 {
                return None;
            }
            seen |= bit;
            self.space();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.space();
                }
                b'}' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The rule of this module: a case read here is the case the full
    /// reader reads.
    fn agrees(text: &str, limits: &Limits) -> bool {
        match input(text, limits) {
            Some(fast) => super::super::read::input(text, limits).as_ref() == Ok(&fast),
            None => true,
        }
    }

    fn taken(text: &str) -> bool {
        let limits = Limits::default();
        agrees(text, &limits) && input(text, &limits).is_some()
    }

    #[test]
    fn well_formed_records_are_read_here() {
        assert!(taken("{}"));
        assert!(taken(" {\t\"id\" : \"a\" }\r\n"));
        assert!(taken(r#"{"id":null,"person":{"age":0},"profile":"us"}"#));
        assert!(taken(
            r#"{"person":{"age":null,"age_estimate":{"min":16,"max":19},"child_indicators":"yes"}}"#
        ));
        assert!(taken(
            r#"{"act":{"recruitment":true,"transfer":"suspected"},"means":{"deception":false,"force":null,"fraud":"no","threat":"unknown"}}"#
        ));
        assert!(taken(
            r#"{"movement":{"entry":"irregular","stay":null,"facilitator":{"material_benefit":true,"relationship_after_arrival":"ended"}},"risk_factors":{"dangerous_route":true}}"#
        ));
        assert!(taken(r#"{"id":"é€😀","purpose":null,"movement":null}"#));
        // Ids with escapes, decoded as the full reader decodes them.
        for id in [
            r#"a\"b"#,
            r#"\\"#,
            r#"x\\"#,
            r#"\u00e9t\u00e9 \ud83d\ude00"#,
            r#"tab\there\n\r\b\f\/"#,
        ] {
            assert!(
                taken(&format!(r#"{{"id":"{id}","means":{{"force":true}}}}"#)),
                "{id}"
            );
        }
        let short = Limits::default().with_max_string_bytes(3);
        assert!(agrees(r#"{"id":"\u00e9\u00e9"}"#, &short));
        assert!(input(r#"{"id":"\u00e9\u00e9"}"#, &short).is_none());
        assert!(input(r#"{"id":"\u00e9a"}"#, &short).is_some());
    }

    #[test]
    fn anything_unusual_is_left_to_the_full_reader() {
        let limits = Limits::default();
        for text in [
            "",
            "null",
            "[]",
            "{",
            "{}x",
            "{} {}",
            "\u{feff}{}",
            r#"{"\u0069d":"a"}"#,
            r#"{"id":"a\x"}"#,
            r#"{"id":"a\ud800"}"#,
            r#"{"id":"a\"}"#,
            "{\"id\":\"a\\\u{1}\"}",
            r#"{"id":"a","id":"b"}"#,
            r#"{"act":{"recruitment":true,"recruitment":false}}"#,
            r#"{"person":{"age":-0}}"#,
            r#"{"person":{"age":01}}"#,
            r#"{"person":{"age":1.0}}"#,
            r#"{"person":{"age":1e1}}"#,
            r#"{"person":{"age":131}}"#,
            r#"{"person":{"age":1000}}"#,
            r#"{"person":{"age_estimate":{"min":19,"max":16}}}"#,
            r#"{"person":{"age_estimate":{"min":16}}}"#,
            r#"{"means":{"deception":"maybe"}}"#,
            r#"{"means":{"deception":truex}}"#,
            r#"{"means":{"decepton":true}}"#,
            r#"{"indicators":{}}"#,
            r#"{"profile":"Palermo"}"#,
            r#"{"id":1}"#,
            r#"{"id":"a",}"#,
            "{\"id\":\"a\u{1}\"}",
        ] {
            assert!(input(text, &limits).is_none(), "{text}");
        }
        // Limits: depth and string length.
        let shallow = Limits::default().with_max_depth(1);
        assert!(input(r#"{"person":{}}"#, &shallow).is_none());
        assert!(input(r#"{"person":null}"#, &shallow).is_some());
        let short = Limits::default().with_max_string_bytes(3);
        assert!(input(r#"{"id":"abcd"}"#, &short).is_none());
        assert!(input(r#"{"person":{}}"#, &short).is_none());
    }

    /// Every line of the fuzz corpus, every example and every casebook
    /// scenario, under default and tight limits.
    #[test]
    fn the_corpus_and_the_examples_are_read_here_only_as_in_full() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in [
            "tests/fuzz_corpus/screen_json",
            "tests/fuzz_corpus/ndjson",
            "examples/cases",
            "examples/profiles",
            "casebook",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let bytes = std::fs::read(entry.unwrap().path()).unwrap();
                if let Ok(text) = String::from_utf8(bytes) {
                    texts.extend(text.lines().map(str::to_string));
                    texts.push(text);
                }
            }
        }
        let mut taken = 0;
        for text in &texts {
            for limits in [
                Limits::default(),
                Limits::default().with_max_depth(2),
                Limits::default().with_max_string_bytes(8),
            ] {
                assert!(agrees(text, &limits), "{text}");
            }
            taken += usize::from(input(text, &Limits::default()).is_some());
        }
        assert!(taken > 100, "only {taken} of {} taken", texts.len());
    }

    /// Pieces of records, well-formed and not.
    fn piece() -> impl Strategy<Value = String> {
        let keys = prop::sample::select(vec![
            "id",
            "person",
            "age",
            "age_estimate",
            "min",
            "max",
            "child_indicators",
            "act",
            "recruitment",
            "harbouring",
            "means",
            "deception",
            "purpose",
            "forced_labour",
            "consent",
            "movement",
            "entry",
            "stay",
            "facilitator",
            "material_benefit",
            "relationship_after_arrival",
            "risk_factors",
            "dangerous_route",
            "profile",
            "indicators",
            "unknown",
        ]);
        let values = prop::sample::select(vec![
            "true",
            "false",
            "null",
            "\"suspected\"",
            "\"yes\"",
            "\"no\"",
            "\"unknown\"",
            "\"irregular\"",
            "\"ended\"",
            "\"eu\"",
            "\"x\\\"y\"",
            r#""\\""#,
            r#""t\u00e9\n\t\/""#,
            r#""\ud83d\ude00""#,
            r#""\ud800""#,
            r#""a\x""#,
            "0",
            "17",
            "130",
            "131",
            "-1",
            "1.5",
            "[]",
            "{}",
        ]);
        let leaf = (keys.clone(), values).prop_map(|(k, v)| format!("\"{k}\":{v}"));
        leaf.prop_recursive(3, 24, 6, move |inner| {
            (keys.clone(), prop::collection::vec(inner, 0..6))
                .prop_map(|(k, fields)| format!("\"{k}\":{{{}}}", fields.join(",")))
        })
    }

    fn fact() -> impl Strategy<Value = String> + Clone {
        prop::sample::select(vec![
            "true",
            "false",
            "null",
            "\"suspected\"",
            "\"yes\"",
            "\"no\"",
            "\"unknown\"",
        ])
        .prop_map(str::to_string)
    }

    /// An object of some of `names`, each with a value from `value`.
    fn object_of(
        names: Vec<&'static str>,
        value: impl Strategy<Value = String> + Clone,
    ) -> impl Strategy<Value = String> {
        prop::sample::subsequence(names.clone(), 0..=names.len().min(6))
            .prop_flat_map(move |keys| {
                let n = keys.len();
                (Just(keys), prop::collection::vec(value.clone(), n))
            })
            .prop_map(|(keys, values)| {
                let fields: Vec<String> = keys
                    .iter()
                    .zip(values)
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            })
    }

    fn names<V: Vocabulary>() -> Vec<&'static str> {
        V::ALL.iter().map(|m| m.name()).collect()
    }

    /// A well-formed record of contract v1 (no escapes, no indicators).
    fn record() -> impl Strategy<Value = String> {
        use crate::model::{Act, Means, Purpose, RiskFactor};
        let age = prop_oneof![
            Just("null".to_string()),
            (0u8..=130).prop_map(|a| a.to_string())
        ];
        let estimate = (0u8..=130, 0u8..=20).prop_map(|(min, span)| {
            format!(
                "{{\"min\":{min},\"max\":{}}}",
                min.saturating_add(span).min(130)
            )
        });
        let person = (age, prop::option::of(estimate), fact(), fact()).prop_map(|(a, e, c, v)| {
            let mut fields = vec![format!("\"age\":{a}"), format!("\"vulnerable\":{v}")];
            if let Some(e) = e {
                fields.push(format!("\"age_estimate\":{e}"));
                fields.push(format!("\"child_indicators\":{c}"));
            }
            format!("{{{}}}", fields.join(","))
        });
        let regularity = prop::sample::select(vec!["null", "\"regular\"", "\"irregular\""])
            .prop_map(str::to_string);
        let facilitator = object_of(
            vec![
                "procured_entry",
                "enabled_irregular_stay",
                "material_benefit",
                "humanitarian_or_family",
            ],
            fact(),
        );
        let movement = (
            object_of(
                vec![
                    "migrated",
                    "crossed_border",
                    "national_or_resident_of_destination",
                    "fraudulent_documents",
                    "life_endangered",
                    "inhuman_or_degrading_treatment",
                    "crossing_planned",
                ],
                fact(),
            ),
            regularity.clone(),
            regularity,
            facilitator,
        )
            .prop_map(|(plain, entry, stay, f)| {
                let inner = plain.trim_start_matches('{').trim_end_matches('}');
                let sep = if inner.is_empty() { "" } else { "," };
                format!("{{{inner}{sep}\"entry\":{entry},\"stay\":{stay},\"facilitator\":{f}}}")
            });
        let id = "[a-z0-9 é-]{0,12}".prop_map(|s| format!("\"{s}\""));
        (
            id,
            prop::option::of(person),
            object_of(names::<Act>(), fact()),
            object_of(names::<Means>(), fact()),
            object_of(names::<Purpose>(), fact()),
            object_of(names::<RiskFactor>(), fact()),
            prop::option::of(movement),
            fact(),
            prop::sample::select(vec!["null", "\"palermo\"", "\"us\"", "\"cambodia\""]),
        )
            .prop_map(
                |(id, person, act, means, purpose, risk, movement, consent, profile)| {
                    let mut fields = vec![
                        format!("\"id\":{id}"),
                        format!("\"act\":{act}"),
                        format!("\"means\":{means}"),
                        format!("\"purpose\":{purpose}"),
                        format!("\"risk_factors\":{risk}"),
                        format!("\"consent\":{consent}"),
                        format!("\"profile\":{profile}"),
                    ];
                    if let Some(p) = person {
                        fields.push(format!("\"person\":{p}"));
                    }
                    if let Some(m) = movement {
                        fields.push(format!("\"movement\":{m}"));
                    }
                    format!("{{{}}}", fields.join(", "))
                },
            )
    }

    proptest! {
        #[test]
        fn a_case_read_here_is_the_case_read_in_full(
            fields in prop::collection::vec(piece(), 0..8),
            space in prop::sample::select(vec!["", " ", "\n\t ", "\r\n"]),
            cut in prop::option::of(0usize..200),
            depth in 1usize..5,
        ) {
            let mut text = format!("{{{space}{}{space}}}", fields.join(&format!(",{space}")));
            if let Some(cut) = cut {
                text.truncate(cut.min(text.len()));
            }
            for limits in [Limits::default(), Limits::default().with_max_depth(depth)] {
                prop_assert!(agrees(&text, &limits), "{}", text);
            }
        }

        #[test]
        fn well_formed_records_are_read_here_as_in_full(text in record()) {
            prop_assert!(taken(&text), "{}", text);
        }

        #[test]
        fn damaged_records_are_read_here_only_as_in_full(
            text in record(),
            at in any::<prop::sample::Index>(),
            len in 0usize..4,
            with in prop::sample::select(vec!["", "\"", "\\", ",", "}", "{", ":", "1", "-", ".", "x", " ", "\u{1}", "null", "\"id\":\"b\","]),
            depth in 1usize..4,
            short in 0usize..20,
        ) {
            let start = at.index(text.len());
            let end = (start + len).min(text.len());
            let mut damaged = text.clone();
            if damaged.is_char_boundary(start) && damaged.is_char_boundary(end) {
                damaged.replace_range(start..end, with);
            }
            for limits in [
                Limits::default(),
                Limits::default().with_max_depth(depth),
                Limits::default().with_max_string_bytes(short),
            ] {
                prop_assert!(agrees(&damaged, &limits), "{}", damaged);
            }
        }
    }
}
