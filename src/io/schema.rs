//! JSON Schemas of contract v1 (feature `schema`), for callers that validate
//! or generate code: `palermo schema input` and `palermo schema output`.
//!
//! The input schema is written from mirror types that describe the wire
//! format (a fact is `true`, `"suspected"`, `false`, `null` or a synonym),
//! because the domain model ([`crate::model`]) is typed more tightly than the
//! JSON it is read from. The output schema is derived from the assessment
//! types themselves, so it cannot drift from what is serialised.

use super::ErrorRecord;
use crate::assessment::Assessment;
use crate::model::{Act, Means, Purpose, RiskFactor, Vocabulary};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::marker::PhantomData;

/// A fact on the wire.
struct FactValue;

impl JsonSchema for FactValue {
    fn schema_name() -> Cow<'static, str> {
        "Fact".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "true: established; \"suspected\": indicated, not established; false: ruled out; null or absent: not stated. \"yes\", \"no\" and \"unknown\" are synonyms of true, false and null.",
            "oneOf": [
                { "type": "boolean" },
                { "type": "null" },
                { "enum": ["suspected", "yes", "no", "unknown"] }
            ]
        })
    }
}

/// The facts of one element (`act`, `means`, ...): one optional fact per name.
struct Group<V>(PhantomData<V>);

impl<V: Vocabulary> JsonSchema for Group<V> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}_facts", V::GROUP).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let fact = generator.subschema_for::<FactValue>().to_value();
        let properties: Map<String, Value> = V::ALL
            .iter()
            .map(|m| (m.name().to_string(), fact.clone()))
            .collect();
        json_schema!({
            "type": ["object", "null"],
            "properties": properties,
            "additionalProperties": false
        })
    }
}

/// ILO/EC indicators: `{"dimension.indicator": fact}`, ids from the embedded lists.
struct IndicatorsInput;

impl JsonSchema for IndicatorsInput {
    fn schema_name() -> Cow<'static, str> {
        "indicators".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let fact = generator.subschema_for::<FactValue>().to_value();
        let ids = crate::law::ilo::IloData::embedded()
            .map(|d| d.ids().into_iter().map(str::to_string).collect::<Vec<_>>())
            .unwrap_or_default();
        let properties: Map<String, Value> = ids.into_iter().map(|id| (id, fact.clone())).collect();
        json_schema!({
            "description": "What the screener saw, as ILO/EC operational indicators (2009): dimension.indicator ids with a fact each. An addition to contract v1; see `palermo indicators`.",
            "type": ["object", "null"],
            "properties": properties,
            "additionalProperties": false
        })
    }
}

/// `"regular"` or `"irregular"`.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(rename_all = "snake_case")]
enum RegularityInput {
    Regular,
    Irregular,
}

/// `"ended"` or `"continued"`.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(rename_all = "snake_case")]
enum RelationshipInput {
    Ended,
    Continued,
}

/// An age estimate, both ends inclusive; `min <= max`.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields)]
struct AgeEstimateInput {
    #[schemars(range(max = 130))]
    min: u8,
    #[schemars(range(max = 130))]
    max: u8,
}

/// What is known about the person.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields)]
struct PersonInput {
    /// Age in whole years at the time of the act.
    #[schemars(range(max = 130))]
    age: Option<u8>,
    age_estimate: Option<AgeEstimateInput>,
    child_indicators: Option<FactValue>,
    /// A position of vulnerability exists; on its own never a means.
    vulnerable: Option<FactValue>,
}

/// Who helped with the movement.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields)]
struct FacilitatorInput {
    procured_entry: Option<FactValue>,
    enabled_irregular_stay: Option<FactValue>,
    material_benefit: Option<FactValue>,
    humanitarian_or_family: Option<FactValue>,
    relationship_after_arrival: Option<RelationshipInput>,
}

/// Movement, borders and facilitation.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields)]
struct MovementInput {
    migrated: Option<FactValue>,
    crossed_border: Option<FactValue>,
    entry: Option<RegularityInput>,
    stay: Option<RegularityInput>,
    /// Defaults to not a national: say true to rule smuggling out.
    national_or_resident_of_destination: Option<FactValue>,
    facilitator: Option<FacilitatorInput>,
    fraudulent_documents: Option<FactValue>,
    life_endangered: Option<FactValue>,
    inhuman_or_degrading_treatment: Option<FactValue>,
}

/// One case, palermo contract v1. Every field is optional; unknown fields are errors.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields, title = "palermo contract v1: case")]
struct CaseInput {
    /// Echoed back unchanged; the only input text that appears in an output.
    id: Option<String>,
    person: Option<PersonInput>,
    act: Group<Act>,
    means: Group<Means>,
    purpose: Group<Purpose>,
    /// Evidential only: never changes a finding.
    consent: Option<FactValue>,
    /// Evidential only: purpose is intent.
    exploitation_occurred: Option<FactValue>,
    movement: Option<MovementInput>,
    risk_factors: Group<RiskFactor>,
    asylum_claim: Option<FactValue>,
    offences_by_person: Option<FactValue>,
    /// The jurisdiction profile (contract v1 addition); `palermo` when absent.
    profile: Option<crate::law::profile::Profile>,
    indicators: Option<IndicatorsInput>,
}

/// One output line: an assessment, or an error record standing in its place.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(untagged, title = "palermo contract v1: output record")]
#[allow(clippy::large_enum_variant)] // never constructed: describes the schema only
enum OutputRecord {
    Assessment(Assessment),
    Error(ErrorRecord),
}

/// The JSON Schema of a contract v1 case (input).
///
/// ```
/// let schema = palermo::io::schema::input();
/// assert_eq!(schema["additionalProperties"], false);
/// assert!(schema["properties"]["means"].is_object());
/// ```
pub fn input() -> Value {
    let mut schema = schemars::schema_for!(CaseInput).to_value();
    // Group<V> fields are optional like every other field.
    if let Some(required) = schema.get_mut("required") {
        *required = Value::Array(Vec::new());
    }
    schema
}

/// The JSON Schema of one output line (an assessment or an error record).
pub fn output() -> Value {
    schemars::schema_for!(OutputRecord).to_value()
}
