//! JSON Schemas of contract v1 (feature `schema`), for callers that validate
//! or generate code and for forms generated from the schema:
//! `palermo schema input` and `palermo schema output`.
//!
//! The input schema is written from the model's own list of fields
//! ([`Field::all`]), so it names every fact the reader reads and no other:
//! each with its kind (a fact, an age, a range, a choice), a title and a
//! help text from the message catalogue (the question an interviewer would
//! ask), and its place in the form (`propertyOrder`). The output schema is
//! derived from the assessment types themselves, so it cannot drift from
//! what is serialised.

use super::htcds::Screened;
use super::ErrorRecord;
use crate::assessment::Assessment;
use crate::law::profile::Profile;
use crate::model::Field;
use crate::words::{self, Msg};
use schemars::JsonSchema;
use serde_json::{json, Map, Value};

/// The groups of the input, in form order: (JSON key, message of its title).
const GROUPS: &[(&str, Msg)] = &[
    ("person", Msg::GroupPerson),
    ("act", Msg::GroupAct),
    ("means", Msg::GroupMeans),
    ("purpose", Msg::GroupPurpose),
    ("movement", Msg::GroupMovement),
    ("risk_factors", Msg::GroupRiskFactors),
];

/// The title and help text of a field: its name in words, capitalised, and
/// the question that settles it.
fn described(field: Field, mut schema: Value, order: usize) -> Value {
    let msg = words::field(field);
    let title = words::capitalise(&msg.text());
    let description = msg.attribute("ask").map(Msg::text).unwrap_or_default();
    if let Some(map) = schema.as_object_mut() {
        map.insert("title".into(), Value::String(title));
        map.insert(
            "description".into(),
            Value::String(description.into_owned()),
        );
        map.insert("propertyOrder".into(), Value::from(order));
    }
    schema
}

/// The schema of one field's value.
fn value_schema(field: Field) -> Value {
    match field {
        Field::Age => json!({ "type": ["integer", "null"], "minimum": 0, "maximum": 130 }),
        Field::AgeEstimate => json!({
            "type": ["object", "null"],
            "properties": {
                "min": { "type": "integer", "minimum": 0, "maximum": 130, "title": Msg::FieldAgeMin.text() },
                "max": { "type": "integer", "minimum": 0, "maximum": 130, "title": Msg::FieldAgeMax.text() }
            },
            "required": ["min", "max"],
            "additionalProperties": false,
            "description": "min <= max"
        }),
        Field::Entry | Field::Stay => {
            json!({ "anyOf": [{ "$ref": "#/$defs/Regularity" }, { "type": "null" }] })
        }
        Field::RelationshipAfterArrival => {
            json!({ "anyOf": [{ "$ref": "#/$defs/Relationship" }, { "type": "null" }] })
        }
        _ => json!({ "anyOf": [{ "$ref": "#/$defs/Fact" }, { "type": "null" }] }),
    }
}

/// An object of the input (a group), empty, with its title.
fn group(title: Msg, order: usize) -> Value {
    json!({
        "type": ["object", "null"],
        "title": title.text(),
        "description": title.attribute("description").map(Msg::text).unwrap_or_default(),
        "propertyOrder": order,
        "properties": {},
        "additionalProperties": false
    })
}

/// Insert `schema` at `path` (dotted, below the case) in `root`.
fn insert(root: &mut Map<String, Value>, path: &str, schema: Value) {
    let mut map = root;
    let mut keys = path.split('.').peekable();
    while let Some(key) = keys.next() {
        if keys.peek().is_none() {
            map.insert(key.to_string(), schema);
            return;
        }
        let Some(properties) = map
            .get_mut(key)
            .and_then(|g| g.get_mut("properties"))
            .and_then(Value::as_object_mut)
        else {
            return;
        };
        map = properties;
    }
}

/// The JSON Schema of a contract v1 case (input).
///
/// ```
/// let schema = palermo::io::schema::input();
/// assert_eq!(schema["additionalProperties"], false);
/// let deception = &schema["properties"]["means"]["properties"]["deception"];
/// assert_eq!(deception["title"], "Deception");
/// assert!(deception["description"].as_str().unwrap().ends_with('?'));
/// ```
pub fn input() -> Value {
    let mut properties = Map::new();
    properties.insert(
        "id".into(),
        json!({
            "type": ["string", "null"], "maxLength": 4096,
            "title": Msg::FieldId.text(),
            "description": Msg::FieldId.attribute("description").map(Msg::text).unwrap_or_default(),
            "propertyOrder": 0
        }),
    );
    for (i, (key, title)) in GROUPS.iter().enumerate() {
        properties.insert((*key).to_string(), group(*title, 1 + i));
    }
    insert(
        &mut properties,
        "movement.facilitator",
        group(Msg::GroupFacilitator, 100),
    );
    for (order, field) in Field::all().enumerate() {
        insert(
            &mut properties,
            field.path(),
            described(field, value_schema(field), 10 + order),
        );
    }
    properties.insert(
        "profile".into(),
        json!({
            "anyOf": [{ "$ref": "#/$defs/Profile" }, { "type": "null" }],
            "title": Msg::FieldProfile.text(),
            "description": Msg::FieldProfile.attribute("description").map(Msg::text).unwrap_or_default(),
            "propertyOrder": 200
        }),
    );
    let ids = crate::law::ilo::IloData::embedded()
        .map(|d| d.ids().into_iter().map(str::to_string).collect::<Vec<_>>())
        .unwrap_or_default();
    let indicators: Map<String, Value> = ids
        .into_iter()
        .map(|id| {
            (
                id,
                json!({ "anyOf": [{ "$ref": "#/$defs/Fact" }, { "type": "null" }] }),
            )
        })
        .collect();
    properties.insert(
        "indicators".into(),
        json!({
            "type": ["object", "null"],
            "title": Msg::FieldIndicators.text(),
            "description": Msg::FieldIndicators.attribute("description").map(Msg::text).unwrap_or_default(),
            "propertyOrder": 201,
            "properties": indicators,
            "additionalProperties": false
        }),
    );
    let profiles: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": Msg::SchemaTitle.text(),
        "description": Msg::SchemaDescription.text(),
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
        "$defs": {
            "Fact": {
                "description": Msg::FactValueDescription.text(),
                "oneOf": [
                    { "type": "boolean" },
                    { "type": "null" },
                    { "enum": ["suspected", "yes", "no", "unknown"] }
                ]
            },
            "Regularity": {
                "enum": ["regular", "irregular"],
                "x-labels": { "regular": Msg::ValueRegular.text(), "irregular": Msg::ValueIrregular.text() }
            },
            "Relationship": {
                "enum": ["ended", "continued"],
                "x-labels": { "ended": Msg::ValueEnded.text(), "continued": Msg::ValueContinued.text() }
            },
            "Profile": { "enum": profiles }
        }
    })
}

/// One output line: an assessment, an error record standing in its place,
/// or (from the HTCDS adapter) an assessment with how its record was read.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(untagged, title = "palermo contract v1: output record")]
#[allow(clippy::large_enum_variant)] // never constructed: describes the schema only
enum OutputRecord {
    Assessment(Assessment),
    Error(ErrorRecord),
    Htcds(Screened),
}

/// The JSON Schema of one output line (an assessment or an error record).
pub fn output() -> Value {
    schemars::schema_for!(OutputRecord).to_value()
}
