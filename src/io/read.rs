//! Reading a case: JSON text straight into a [`Case`], in one pass.
//!
//! The text is read with serde_json's tokenizer and checked field by field as
//! it is read, without building a `serde_json::Value` first. So:
//!
//! - the first problem in document order is reported, with its JSON path;
//! - an unknown field, a duplicate field, or a value of the wrong kind stops
//!   reading at once: nothing inside it is parsed or stored, so a record costs
//!   memory only for its id, however it is nested;
//! - a duplicate field is an error (serde_json's `Value` would silently keep
//!   the last one: `"deception": true, ..., "deception": false`).
//!
//! serde's error type cannot carry a path, so the error found by a visitor is
//! kept in [`Ctx`] and the visitor returns a placeholder error to unwind.

use super::{Error, ErrorKind, Limits, Path, ROOT};
use crate::decide::Input;
use crate::law::ilo::IloData;
use crate::law::profile::Profile;
use crate::model::{
    AgeRange, Case, Facilitator, Fact, FactSet, Indicators, Movement, Person, Regularity,
    Relationship, Vocabulary,
};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

/// The limits in force and the first error found.
struct Ctx<'l> {
    limits: &'l Limits,
    error: Cell<Option<Error>>,
}

impl Ctx<'_> {
    /// Keep `error` (the first one wins) and return an error that unwinds.
    fn fail<E: de::Error>(&self, error: Error) -> E {
        let first = self.error.take().unwrap_or(error);
        self.error.set(Some(first));
        E::custom("")
    }
}

/// Where a value is being read: the context, its path and the nesting depth
/// of the object it is in (the root object is at depth 1).
#[derive(Clone, Copy)]
struct At<'c, 'p> {
    ctx: &'c Ctx<'c>,
    path: &'p Path<'p>,
    depth: usize,
}

impl At<'_, '_> {
    /// A value the contract does not allow here.
    fn invalid<E: de::Error>(&self, message: impl Into<String>) -> E {
        self.fail(ErrorKind::BadValue, message)
    }

    /// An error of `kind` at this path.
    fn fail<E: de::Error>(&self, kind: ErrorKind, message: impl Into<String>) -> E {
        self.ctx.fail(Error::at(kind, self.path, message))
    }
}

/// A JSON value other than an array or an object, read without allocating
/// (unless a string has escapes).
enum Scalar<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Str(Cow<'a, str>),
}

#[derive(Clone, Copy)]
enum Number {
    U(u64),
    Negative,
    F(f64),
}

impl Scalar<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Scalar::Null => "null",
            Scalar::Bool(_) => "a boolean",
            Scalar::Number(_) => "a number",
            Scalar::Str(_) => "a string",
        }
    }
}

/// What a field expects, for the message when it finds something else.
#[derive(Clone, Copy)]
enum Expect {
    Fact,
    Id,
    WholeNumber(u64),
    OneOf(&'static str),
}

impl Expect {
    fn message(self, found: &str) -> String {
        match self {
            Expect::Fact => {
                format!("expected true, \"suspected\", false or null; found {found}")
            }
            Expect::Id => format!("expected a string or null; found {found}"),
            Expect::WholeNumber(max) => {
                format!("expected a whole number from 0 to {max}; found {found}")
            }
            Expect::OneOf(names) => format!("expected one of {names} or null; found {found}"),
        }
    }
}

/// Reads a [`Scalar`]; an array or an object is an error at once (its
/// contents are not read).
struct ScalarSeed<'c, 'p> {
    at: At<'c, 'p>,
    expect: Expect,
}

impl<'de> DeserializeSeed<'de> for ScalarSeed<'_, '_> {
    type Value = Scalar<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed<'_, '_> {
    type Value = Scalar<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(Number::U(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(
            u64::try_from(v).map_or(Number::Negative, Number::U),
        ))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Scalar::Number(Number::F(v)))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.at.invalid(self.expect.message("an array")))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.at.invalid(self.expect.message("an object")))
    }
}

fn scalar<'de, A: MapAccess<'de>>(
    map: &mut A,
    at: At<'_, '_>,
    expect: Expect,
) -> Result<Scalar<'de>, A::Error> {
    map.next_value_seed(ScalarSeed { at, expect })
}

/// Read a fact: `true`/`"yes"`, `"suspected"`, `false`/`"no"`, `null`/`"unknown"`.
fn fact<'de, A: MapAccess<'de>>(map: &mut A, at: At<'_, '_>) -> Result<Fact, A::Error> {
    match scalar(map, at, Expect::Fact)? {
        Scalar::Bool(true) => Ok(Fact::Established),
        Scalar::Bool(false) => Ok(Fact::RuledOut),
        Scalar::Null => Ok(Fact::NotStated),
        Scalar::Str(s) => match Fact::from_word(&s) {
            Some(fact) => Ok(fact),
            None => Err(at.invalid(
                "expected true, \"suspected\", false or null (or \"yes\", \"no\", \"unknown\"); found another string",
            )),
        },
        other => Err(at.invalid(Expect::Fact.message(other.kind()))),
    }
}

/// Read a whole number from 0 to `max`, by its value (`15`, `15.0`, `1.5e1`;
/// `-0` is 0); `null` is `None` when `nullable`.
fn whole_number<'de, A: MapAccess<'de>>(
    map: &mut A,
    at: At<'_, '_>,
    max: u8,
    nullable: bool,
) -> Result<Option<u8>, A::Error> {
    let expect = Expect::WholeNumber(max.into());
    let found = match scalar(map, at, expect)? {
        Scalar::Null if nullable => return Ok(None),
        Scalar::Number(Number::U(n)) => match u8::try_from(n) {
            Ok(n) if n <= max => return Ok(Some(n)),
            _ => "a number out of range",
        },
        Scalar::Number(Number::Negative) => "a number out of range",
        Scalar::Number(Number::F(f)) if f.fract() != 0.0 => "a number with a fraction",
        Scalar::Number(Number::F(f)) if f < 0.0 || f > f64::from(max) => "a number out of range",
        // A whole number written as a float (`15.0`, `1.5e1`, `-0`), as
        // spreadsheet exports write them: its value, as the HTCDS reader
        // reads it. Within 0 to `max` the cast is exact.
        Scalar::Number(Number::F(f)) => return Ok(Some(f as u8)),
        other => other.kind(),
    };
    Err(at.invalid(expect.message(found)))
}

/// Read one of the named `options`, as named, or `null`.
fn one_of<'de, A: MapAccess<'de>, T: Copy>(
    map: &mut A,
    at: At<'_, '_>,
    names: &'static str,
    options: &[(&str, T)],
) -> Result<Option<T>, A::Error> {
    choice(map, at, names, options, false)
}

/// [`one_of`] for a fact of the case told in words (`movement.entry`,
/// `movement.stay`, `relationship_after_arrival`), read as the words of a
/// fact are: in any letter case (`"Irregular"` is `"irregular"`), and
/// `"unknown"` is not stated.
fn one_of_or_unknown<'de, A: MapAccess<'de>, T: Copy>(
    map: &mut A,
    at: At<'_, '_>,
    names: &'static str,
    options: &[(&str, T)],
) -> Result<Option<T>, A::Error> {
    choice(map, at, names, options, true)
}

fn choice<'de, A: MapAccess<'de>, T: Copy>(
    map: &mut A,
    at: At<'_, '_>,
    names: &'static str,
    options: &[(&str, T)],
    fact_words: bool,
) -> Result<Option<T>, A::Error> {
    let expect = Expect::OneOf(names);
    let same = |n: &str, s: &str| {
        if fact_words {
            n.eq_ignore_ascii_case(s)
        } else {
            n == s
        }
    };
    match scalar(map, at, expect)? {
        Scalar::Null => Ok(None),
        Scalar::Str(s) if fact_words && s.eq_ignore_ascii_case("unknown") => Ok(None),
        Scalar::Str(s) => match options.iter().find(|(n, _)| same(n, &s)) {
            Some((_, t)) => Ok(Some(*t)),
            None => Err(at.invalid(expect.message("another string"))),
        },
        other => Err(at.invalid(expect.message(other.kind()))),
    }
}

const REGULARITY: &[(&str, Regularity)] = &[
    ("regular", Regularity::Regular),
    ("irregular", Regularity::Irregular),
];
const REGULARITY_NAMES: &str = "\"regular\", \"irregular\"";
const RELATIONSHIP: &[(&str, Relationship)] = &[
    ("ended", Relationship::Ended),
    ("continued", Relationship::Continued),
];
const RELATIONSHIP_NAMES: &str = "\"ended\", \"continued\"";

const PROFILE_NAMES: &str = "\"palermo\", \"coe\", \"eu\", \"us\", \"asean\", \"cambodia\"";

/// Reads `indicators`: `{"dimension.indicator": fact, ...}`, or `null`. An
/// id on none of the ILO/EC lists is an error (with the nearest id when one
/// is close), and so is an id given twice.
struct IndicatorsSeed<'c, 'p> {
    at: At<'c, 'p>,
}

impl<'de> DeserializeSeed<'de> for IndicatorsSeed<'_, '_> {
    type Value = Option<Indicators>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for IndicatorsSeed<'_, '_> {
    type Value = Option<Indicators>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of indicators")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let at = self.at;
        let limits = at.ctx.limits;
        let data = IloData::embedded().map_err(|e| {
            at.invalid(format!(
                "the ILO/EC indicator data could not be loaded: {e}"
            ))
        })?;
        let mut set = Indicators::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let known = data.is_known(&key);
            let suggestion = if known { None } else { data.suggest(&key) };
            let shown = known || suggestion.is_some_and(|near| is_a_typo_of(&key, near));
            let path = at.path.child(if shown { &key } else { UNKNOWN_KEY });
            let here = At {
                ctx: at.ctx,
                path: &path,
                depth: at.depth + 1,
            };
            if key.len() > limits.max_string_bytes {
                return Err(here.fail(
                    ErrorKind::Limit,
                    format!("key longer than {} bytes", limits.max_string_bytes),
                ));
            }
            if !known {
                return Err(here.fail(ErrorKind::UnknownField, match suggestion {
                    Some(near) => format!("unknown indicator id; did you mean {near}?"),
                    None => "unknown field; expected one of the ILO/EC indicator ids, dimension.indicator (e.g. coercion_at_destination.confiscation_of_documents; `palermo indicators` lists them)".to_string(),
                }));
            }
            if set.iter().any(|(id, _)| id == key) {
                return Err(here.fail(ErrorKind::DuplicateField, "duplicate field"));
            }
            let value = fact(&mut map, here)?;
            set.set(&key, value);
        }
        Ok(Some(set))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Err(self.at.invalid("expected an object; found a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Err(self.at.invalid("expected an object; found a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Err(self.at.invalid("expected an object; found a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(self.at.invalid("expected an object; found a number"))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Err(self.at.invalid("expected an object; found a string"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.at.invalid("expected an object; found an array"))
    }
}

/// An object of the contract: which fields it has, and how each is read.
trait Object: Default {
    /// The position of field `key` among this object's fields (at most 64).
    fn index(key: &str) -> Option<usize>;
    /// The fields, for the message about an unknown one.
    fn expected() -> String;
    /// Read the value of field number `index` into `self`.
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error>;
}

/// The message for an unknown field: the nearest expected name when the key
/// is a likely misspelling of it ("did you mean `forced_labour`?"), then the
/// names expected. The suggestion is one of the contract's own names; the
/// key itself is not repeated (the error's path names it).
fn unknown_field(key: &str, expected: &str) -> String {
    match nearest(key, expected) {
        Some(name) => {
            format!("unknown field; did you mean `{name}`? expected one of {expected}")
        }
        None => format!("unknown field; expected one of {expected}"),
    }
}

/// The expected name (of `expected`, separated by `, `) that `key` is a
/// likely misspelling of: the nearest within an edit distance of a quarter
/// of its length, from 1 to 3.
fn nearest<'e>(key: &str, expected: &'e str) -> Option<&'e str> {
    expected
        .split(", ")
        .map(|name| (distance(key, name), name))
        .filter(|(d, name)| *d > 0 && *d <= (name.len() / 4).clamp(1, 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// What an error's path says in place of a key it does not repeat
/// (rendered `[unknown key]`).
pub(super) const UNKNOWN_KEY: &str = "\u{0}unknown key";

/// Whether an unknown key is written in an error's path: only a likely
/// misspelling of `near`, a name known where it stands (the message then
/// names `near`): at most 64 bytes of ASCII letters, digits, `_`, `.` and
/// `-`, within an edit distance of 3. Any other key may be input text (a
/// name, a phone number) and is not repeated: the path says
/// `[unknown key]`.
fn is_a_typo_of(key: &str, near: &str) -> bool {
    key.len() <= 64
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        && distance(key, near) <= 3
}

/// The edit distance between two short names (insertions, deletions,
/// substitutions and swaps of neighbours: the optimal string alignment of
/// `strsim`, ASCII letter case ignored); keys longer than 64 bytes are not
/// compared.
fn distance(a: &str, b: &str) -> usize {
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    strsim::osa_distance(&a.to_ascii_lowercase(), &b.to_ascii_lowercase())
}

/// Reads an object's key without allocating (unless it has escapes).
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// Reads an [`Object`]; `null` is `None` (an absent object).
struct ObjectSeed<'c, 'p, T> {
    at: At<'c, 'p>,
    /// "an object", or "a case object" for the root.
    what: &'static str,
    object: PhantomData<T>,
}

impl<'c, 'p, T> ObjectSeed<'c, 'p, T> {
    fn new(at: At<'c, 'p>, what: &'static str) -> Self {
        ObjectSeed {
            at,
            what,
            object: PhantomData,
        }
    }

    fn wrong<E: de::Error>(&self, found: &str) -> E {
        self.at
            .invalid(format!("expected {}; found {found}", self.what))
    }
}

impl<'de, T: Object> DeserializeSeed<'de> for ObjectSeed<'_, '_, T> {
    type Value = Option<T>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: Object> Visitor<'de> for ObjectSeed<'_, '_, T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let at = self.at;
        let limits = at.ctx.limits;
        if at.depth > limits.max_depth {
            return Err(at.ctx.fail(Error::at(
                ErrorKind::Limit,
                &ROOT,
                format!("nested deeper than {} levels", limits.max_depth),
            )));
        }
        let mut object = T::default();
        let mut seen: u64 = 0;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let index = T::index(&key);
            let expected = if index.is_none() {
                T::expected()
            } else {
                String::new()
            };
            let shown = index.is_some()
                || nearest(&key, &expected).is_some_and(|near| is_a_typo_of(&key, near));
            let path = at.path.child(if shown { &key } else { UNKNOWN_KEY });
            let here = At {
                ctx: at.ctx,
                path: &path,
                depth: at.depth + 1,
            };
            if key.len() > limits.max_string_bytes {
                return Err(here.fail(
                    ErrorKind::Limit,
                    format!("key longer than {} bytes", limits.max_string_bytes),
                ));
            }
            let Some(index) = index else {
                return Err(here.fail(ErrorKind::UnknownField, unknown_field(&key, &expected)));
            };
            let bit = 1u64 << (index % 64);
            if seen & bit != 0 {
                return Err(here.fail(ErrorKind::DuplicateField, "duplicate field"));
            }
            seen |= bit;
            object.read(index, &mut map, here)?;
        }
        Ok(Some(object))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Err(self.wrong("a boolean"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Err(self.wrong("a number"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Err(self.wrong("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(self.wrong("a number"))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Err(self.wrong("a string"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.wrong("an array"))
    }
}

/// Read a nested object; `null` or absent is the default.
fn object<'de, A: MapAccess<'de>, T: Object>(map: &mut A, at: At<'_, '_>) -> Result<T, A::Error> {
    Ok(map
        .next_value_seed(ObjectSeed::new(at, "an object"))?
        .unwrap_or_default())
}

fn position(names: &[&str], key: &str) -> Option<usize> {
    names.iter().position(|n| *n == key)
}

impl<V: Vocabulary> Object for FactSet<V> {
    fn index(key: &str) -> Option<usize> {
        V::from_name(key).map(V::index)
    }
    fn expected() -> String {
        let names: Vec<&str> = V::ALL.iter().map(|m| m.name()).collect();
        names.join(", ")
    }
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error> {
        if let Some(&member) = V::ALL.get(index) {
            self.set(member, fact(map, at)?);
        }
        Ok(())
    }
}

const PERSON: &[&str] = &[
    "age",
    "age_estimate",
    "child_indicators",
    "vulnerable",
    "under_guardianship",
];

impl Object for Person {
    fn index(key: &str) -> Option<usize> {
        position(PERSON, key)
    }
    fn expected() -> String {
        PERSON.join(", ")
    }
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error> {
        match PERSON.get(index).copied() {
            Some("age") => self.age = whole_number(map, at, crate::model::MAX_AGE, true)?,
            Some("age_estimate") => {
                self.age_estimate = map
                    .next_value_seed(ObjectSeed::<Estimate>::new(at, "an object"))?
                    .map(|estimate| estimate.range(at))
                    .transpose()?
            }
            Some("child_indicators") => self.child_indicators = fact(map, at)?,
            Some("vulnerable") => self.vulnerable = fact(map, at)?,
            _ => self.under_guardianship = fact(map, at)?,
        }
        Ok(())
    }
}

/// `person.age_estimate` as read, before its ends are checked.
#[derive(Default)]
struct Estimate {
    min: Option<u8>,
    max: Option<u8>,
}

impl Estimate {
    fn range<E: de::Error>(self, at: At<'_, '_>) -> Result<AgeRange, E> {
        match (self.min, self.max) {
            (Some(min), Some(max)) if min <= max => Ok(AgeRange { min, max }),
            (Some(_), Some(_)) => Err(at.invalid("min must not be greater than max")),
            (None, _) => Err(at.ctx.fail(Error::at(
                ErrorKind::BadValue,
                &at.path.child("min"),
                "required when age_estimate is given",
            ))),
            (_, None) => Err(at.ctx.fail(Error::at(
                ErrorKind::BadValue,
                &at.path.child("max"),
                "required when age_estimate is given",
            ))),
        }
    }
}

impl Object for Estimate {
    fn index(key: &str) -> Option<usize> {
        position(&["min", "max"], key)
    }
    fn expected() -> String {
        "min, max".into()
    }
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error> {
        let n = whole_number(map, at, crate::model::MAX_AGE, false)?;
        if index == 0 {
            self.min = n;
        } else {
            self.max = n;
        }
        Ok(())
    }
}

const FACILITATOR: &[&str] = &[
    "procured_entry",
    "enabled_irregular_stay",
    "material_benefit",
    "humanitarian_or_family",
    "relationship_after_arrival",
];

impl Object for Facilitator {
    fn index(key: &str) -> Option<usize> {
        position(FACILITATOR, key)
    }
    fn expected() -> String {
        FACILITATOR.join(", ")
    }
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error> {
        match FACILITATOR.get(index).copied() {
            Some("procured_entry") => self.procured_entry = fact(map, at)?,
            Some("enabled_irregular_stay") => self.enabled_irregular_stay = fact(map, at)?,
            Some("material_benefit") => self.material_benefit = fact(map, at)?,
            Some("humanitarian_or_family") => self.humanitarian_or_family = fact(map, at)?,
            _ => {
                self.relationship_after_arrival =
                    one_of_or_unknown(map, at, RELATIONSHIP_NAMES, RELATIONSHIP)?
            }
        }
        Ok(())
    }
}

const MOVEMENT: &[&str] = &[
    "migrated",
    "crossed_border",
    "entry",
    "stay",
    "national_or_resident_of_destination",
    "facilitator",
    "fraudulent_documents",
    "life_endangered",
    "inhuman_or_degrading_treatment",
    "crossing_planned",
];

impl Object for Movement {
    fn index(key: &str) -> Option<usize> {
        position(MOVEMENT, key)
    }
    fn expected() -> String {
        MOVEMENT.join(", ")
    }
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error> {
        match MOVEMENT.get(index).copied() {
            Some("migrated") => self.migrated = fact(map, at)?,
            Some("crossed_border") => self.crossed_border = fact(map, at)?,
            Some("entry") => self.entry = one_of_or_unknown(map, at, REGULARITY_NAMES, REGULARITY)?,
            Some("stay") => self.stay = one_of_or_unknown(map, at, REGULARITY_NAMES, REGULARITY)?,
            Some("national_or_resident_of_destination") => {
                self.national_or_resident_of_destination = fact(map, at)?
            }
            Some("facilitator") => self.facilitator = object(map, at)?,
            Some("fraudulent_documents") => self.fraudulent_documents = fact(map, at)?,
            Some("life_endangered") => self.life_endangered = fact(map, at)?,
            Some("crossing_planned") => self.crossing_planned = fact(map, at)?,
            _ => self.inhuman_or_degrading_treatment = fact(map, at)?,
        }
        Ok(())
    }
}

impl Object for Input {
    fn index(key: &str) -> Option<usize> {
        position(super::CASE_FIELDS, key)
    }
    fn expected() -> String {
        super::CASE_FIELDS.join(", ")
    }
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
        at: At<'_, '_>,
    ) -> Result<(), A::Error> {
        match super::CASE_FIELDS.get(index).copied() {
            Some("id") => {
                self.case.id = match scalar(map, at, Expect::Id)? {
                    Scalar::Null => None,
                    Scalar::Str(s) if s.len() <= at.ctx.limits.max_string_bytes => {
                        Some(s.into_owned())
                    }
                    Scalar::Str(_) => {
                        return Err(at.fail(
                            ErrorKind::Limit,
                            format!("longer than {} bytes", at.ctx.limits.max_string_bytes),
                        ))
                    }
                    other => return Err(at.invalid(Expect::Id.message(other.kind()))),
                }
            }
            Some("person") => self.case.person = object(map, at)?,
            Some("act") => self.case.act = object(map, at)?,
            Some("means") => self.case.means = object(map, at)?,
            Some("purpose") => self.case.purpose = object(map, at)?,
            Some("consent") => self.case.consent = fact(map, at)?,
            Some("exploitation_occurred") => self.case.exploitation_occurred = fact(map, at)?,
            Some("movement") => self.case.movement = object(map, at)?,
            Some("risk_factors") => self.case.risk_factors = object(map, at)?,
            Some("asylum_claim") => self.case.asylum_claim = fact(map, at)?,
            Some("offences_by_person") => self.case.offences_by_person = fact(map, at)?,
            Some("profile") => {
                let names: Vec<(&str, Profile)> =
                    Profile::ALL.iter().map(|p| (p.name(), *p)).collect();
                self.profile = one_of(map, at, PROFILE_NAMES, &names)?;
            }
            _ => {
                self.indicators = map
                    .next_value_seed(IndicatorsSeed { at })?
                    .unwrap_or_default()
            }
        }
        Ok(())
    }
}

/// serde_json's own error, as ours. Syntax errors say what and where, never
/// what the input was; any other kind (which the visitors above do not
/// produce) is reported without its message, in case it quotes the input.
fn from_serde(e: serde_json::Error) -> Error {
    let message = if e.is_syntax() || e.is_eof() {
        e.to_string()
    } else {
        format!(
            "unexpected value at line {} column {}",
            e.line(),
            e.column()
        )
    };
    Error::Syntax { message }
}

/// Parse one record from its text (already checked for size).
pub(super) fn input(text: &str, limits: &Limits) -> Result<Input, Error> {
    let ctx = Ctx {
        limits,
        error: Cell::new(None),
    };
    let at = At {
        ctx: &ctx,
        path: &ROOT,
        depth: 1,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let read = ObjectSeed::<Input>::new(at, "a case object")
        .deserialize(&mut de)
        .and_then(|input| de.end().map(|()| input));
    match read {
        Ok(Some(input)) => Ok(input),
        Ok(None) => Err(Error::at(
            ErrorKind::BadValue,
            &ROOT,
            "expected a case object; found null",
        )),
        Err(e) => Err(match ctx.error.take() {
            Some(error) => not_json(text)
                .or_else(|| broken_after(text, &error))
                .unwrap_or(error),
            None => from_serde(e),
        }),
    }
}

/// The syntax error of a record whose reading stopped at an error of its
/// content (an unknown field, a bad value) before the end: a record that
/// is not JSON at all is reported as such, whatever came first in it
/// (contract revision 2: a syntax error stops the reading and is the error
/// reported). A limit passed is left as it is: it may be what stops a
/// syntax check too.
fn broken_after(text: &str, error: &Error) -> Option<Error> {
    if matches!(error, Error::Limit { .. } | Error::TooLarge { .. }) {
        return None;
    }
    serde_json::from_str::<IgnoredAny>(text)
        .err()
        // Nesting past serde_json's own limit (128) is no proof that the
        // record is broken: the reader's error (which did not descend into
        // it) stands. serde_json tells that case only by its message.
        .filter(|e| !e.to_string().starts_with("recursion limit exceeded"))
        .map(from_serde)
}

/// Why `text` is not JSON at all, when it starts with a plain value (a
/// string, a number, ...) that the reader refused before reaching the end:
/// the second half of an object split over two NDJSON lines
/// (`"id":"w3"}`) is not "a string" but text that is not JSON. A record
/// that opens an object or an array is left to the reader's own error.
pub(crate) fn not_json(text: &str) -> Option<Error> {
    let first = text.trim_start().bytes().next()?;
    if matches!(first, b'{' | b'[') {
        return None;
    }
    serde_json::from_str::<IgnoredAny>(text)
        .err()
        .map(from_serde)
}

/// The facts of a record that carries nothing beside them: a profile or
/// indicators would be lost, so they are an error here.
pub(super) fn facts_only(input: Input) -> Result<Case, Error> {
    let beside = if input.profile.is_some() {
        Some("profile")
    } else if !input.indicators.is_empty() {
        Some("indicators")
    } else {
        None
    };
    match beside {
        Some(field) => Err(Error::at(
            ErrorKind::UnknownField,
            &ROOT.child(field),
            "not a fact of the case: it travels beside the facts; read the record as an input (palermo::io::parse_input)",
        )),
        None => Ok(input.case),
    }
}

/// The contract v1 reader as serde's `Deserialize`: a record read into a
/// [`Case`] (or an [`Input`]) with the same checks, limits and messages as
/// [`super::parse_input`]; the first error's message is serde's error.
///
/// Written by hand, not derived: a derived reader cannot name the path of
/// an error without echoing the input's values, tell its kinds apart, keep
/// a record's memory bounded whatever it nests, or accept the contract's
/// synonyms (`"yes"`, `"no"`, `"unknown"`).
fn read_with<'de, D: de::Deserializer<'de>>(d: D) -> Result<Input, D::Error> {
    let limits = Limits::default();
    let ctx = Ctx {
        limits: &limits,
        error: Cell::new(None),
    };
    let at = At {
        ctx: &ctx,
        path: &ROOT,
        depth: 1,
    };
    match ObjectSeed::<Input>::new(at, "a case object").deserialize(d) {
        Ok(Some(input)) => Ok(input),
        Ok(None) => Err(de::Error::custom("$: expected a case object; found null")),
        Err(e) => Err(match ctx.error.take() {
            Some(error) => de::Error::custom(error),
            None => e,
        }),
    }
}

impl<'de> de::Deserialize<'de> for Input {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read_with(d)
    }
}

impl<'de> de::Deserialize<'de> for Case {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        facts_only(read_with(d)?).map_err(de::Error::custom)
    }
}

/// A fact as contract v1 writes it: `true`, `"suspected"`, `false`, `null`,
/// or a synonym (`"yes"`, `"no"`, `"unknown"`).
impl<'de> de::Deserialize<'de> for Fact {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FactVisitor;
        impl<'de> Visitor<'de> for FactVisitor {
            type Value = Fact;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true, \"suspected\", false or null")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Fact, E> {
                Ok(if v { Fact::Established } else { Fact::RuledOut })
            }
            fn visit_unit<E: de::Error>(self) -> Result<Fact, E> {
                Ok(Fact::NotStated)
            }
            fn visit_none<E: de::Error>(self) -> Result<Fact, E> {
                Ok(Fact::NotStated)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Fact, E> {
                Fact::from_word(v).ok_or_else(|| {
                    E::custom("expected true, \"suspected\", false or null (or \"yes\", \"no\", \"unknown\"); found another string")
                })
            }
        }
        d.deserialize_any(FactVisitor)
    }
}

/// The id of a record that is valid JSON but not a valid case: the value of
/// its one top-level `"id"` when that is a string within the limit.
pub(super) fn id(text: &str, limits: &Limits) -> Option<String> {
    id_keyed(text, limits, |key| key == "id")
}

/// [`id`] for a record whose id key is any one that `is_id` accepts (the
/// HTCDS adapter matches field names loosely): the value of the one such
/// top-level key when that is a string within the limit.
pub(super) fn id_keyed(text: &str, limits: &Limits, is_id: fn(&str) -> bool) -> Option<String> {
    struct IdSeed<'l>(&'l Limits, fn(&str) -> bool);
    impl<'de> Visitor<'de> for IdSeed<'_> {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut ids = 0;
            let mut found = None;
            while let Some(key) = map.next_key_seed(KeySeed)? {
                if (self.1)(&key) {
                    ids += 1;
                    let value: serde_json::Value = map.next_value()?;
                    found = value.as_str().map(str::to_owned);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found.filter(|s| ids == 1 && s.len() <= self.0.max_string_bytes))
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let found = de::Deserializer::deserialize_map(&mut de, IdSeed(limits, is_id)).ok()?;
    de.end().ok()?;
    found
}

/// Every key given twice in one object of `text`, at any depth: the keys
/// leading to the object (from the root), and the key repeated (once per
/// repetition). A `serde_json::Value` keeps only the last of two equal
/// keys, so a reader that sets errors aside on a `Value` cannot see them.
/// Keys inside arrays are listed with the keys leading to the array. What
/// cannot be parsed ends the list.
pub(crate) fn duplicate_keys(text: &str) -> Vec<(Vec<String>, String)> {
    use std::cell::RefCell;
    type Found = RefCell<Vec<(Vec<String>, String)>>;
    struct Scan<'a> {
        steps: &'a [String],
        found: &'a Found,
    }
    impl<'de> DeserializeSeed<'de> for Scan<'_> {
        type Value = ();
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Scan<'_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_unit<E: de::Error>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq
                .next_element_seed(Scan {
                    steps: self.steps,
                    found: self.found,
                })?
                .is_some()
            {}
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut seen: Vec<Cow<'de, str>> = Vec::new();
            while let Some(key) = map.next_key_seed(KeySeed)? {
                if seen.contains(&key) {
                    self.found
                        .borrow_mut()
                        .push((self.steps.to_vec(), key.to_string()));
                }
                let mut steps = self.steps.to_vec();
                steps.push(key.to_string());
                map.next_value_seed(Scan {
                    steps: &steps,
                    found: self.found,
                })?;
                seen.push(key);
            }
            Ok(())
        }
    }
    let found = Found::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let _ = Scan {
        steps: &[],
        found: &found,
    }
    .deserialize(&mut de);
    found.into_inner()
}
