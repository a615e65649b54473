//! The OpenAPI 3.1 document of `palermo serve` (`GET /v1/openapi.json`),
//! built around the same JSON Schemas that `palermo schema input|output`
//! prints: their definitions (`$defs`) become the document's components,
//! so the document cannot drift from the contract.

use palermo::Profile;
use serde_json::{json, Map, Value};

/// Where a schema's `$ref`s point once its definitions are components.
const COMPONENTS: &str = "#/components/schemas/";

/// Move the `$defs` of `schema` into `components` (renamed with `prefix`
/// where a definition of the same name and another content is there
/// already), point its `$ref`s at them, and return what is left.
fn hoist(mut schema: Value, components: &mut Map<String, Value>, prefix: &str) -> Value {
    let defs = schema
        .as_object_mut()
        .and_then(|s| {
            s.remove("$schema");
            s.remove("$defs")
        })
        .and_then(|d| match d {
            Value::Object(map) => Some(map),
            _ => None,
        })
        .unwrap_or_default();
    let mut names = Map::new();
    for (name, def) in &defs {
        let new = match components.get(name) {
            Some(existing) if existing != def => format!("{prefix}{name}"),
            _ => name.clone(),
        };
        names.insert(name.clone(), Value::String(new));
    }
    let rename = |value: &mut Value| retarget(value, &names);
    for (name, mut def) in defs {
        rename(&mut def);
        let new = names
            .get(&name)
            .and_then(Value::as_str)
            .unwrap_or(&name)
            .to_string();
        components.insert(new, def);
    }
    rename(&mut schema);
    schema
}

/// Point every `"$ref": "#/$defs/NAME"` in `value` at its component.
fn retarget(value: &mut Value, names: &Map<String, Value>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "$ref" {
                    if let Some(name) = v.as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
                        let new = names.get(name).and_then(Value::as_str).unwrap_or(name);
                        *v = Value::String(format!("{COMPONENTS}{new}"));
                    }
                } else {
                    retarget(v, names);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| retarget(v, names)),
        _ => {}
    }
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("{COMPONENTS}{name}") })
}

/// An answer that is an error record.
fn error_answer(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": reference("ErrorRecord") } }
    })
}

/// The document.
pub fn document() -> Value {
    let mut components = Map::new();
    let case = hoist(palermo::io::schema::input(), &mut components, "Input");
    let output = hoist(palermo::io::schema::output(), &mut components, "Output");
    components.insert("Case".into(), case);
    components.insert("OutputRecord".into(), output);
    if !components.contains_key("ErrorRecord") {
        // The output schema names it; should it ever not, any output line.
        components.insert("ErrorRecord".into(), reference("OutputRecord"));
    }
    let profiles: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
    let profile = json!({
        "name": "profile",
        "in": "query",
        "required": false,
        "description": "The jurisdiction profile, overriding the case's own \"profile\" (as `palermo screen --profile`).",
        "schema": { "enum": profiles }
    });
    let codes: Vec<&str> = palermo::words::Language::ALL
        .iter()
        .map(|l| l.code())
        .collect();
    let lang = json!({
        "name": "lang",
        "in": "query",
        "required": false,
        "description": "The language of the words (as `palermo explain --lang`): en (the default), or km, a draft translation awaiting review; the provisions stay quoted in English.",
        "schema": { "enum": codes }
    });
    let bad = error_answer(
        "The body is not JSON (or not UTF-8), the profile (or the language) is unknown, or a query parameter is unknown, misspelt or given twice.",
    );
    let refused =
        error_answer("The case is not one the contract accepts: the error record says where.");
    let too_large =
        error_answer("The body is over the limit (--max-case-bytes, --max-batch-bytes).");
    let unsupported = error_answer("Another content type.");
    let timeout = error_answer("The request took longer than --timeout.");
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "palermo",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Screening against the UN Trafficking in Persons Protocol definition (art. 3), contract v1 over HTTP. A screening aid, not a legal determination.",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" }
        },
        "paths": {
            "/v1/screen": {
                "post": {
                    "summary": "Screen one case (JSON) or a batch (NDJSON)",
                    "description": "application/json: one case, one assessment (the bytes `palermo screen` writes for it). application/x-ndjson: a batch, one case a line (a JSON array of cases, or cases one after the other over several lines, are read too, as `palermo screen` reads them); the answer is streamed, one line per record in order, an error record standing in for an invalid record.",
                    "parameters": [profile.clone()],
                    "requestBody": {
                        "required": true,
                        "content": {
                            "application/json": { "schema": reference("Case") },
                            "application/x-ndjson": {
                                "schema": { "type": "string", "description": "One case (see Case) per line." }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "The assessment; for a batch, one output line per record.",
                            "content": {
                                "application/json": { "schema": reference("OutputRecord") },
                                "application/x-ndjson": {
                                    "schema": { "type": "string", "description": "One OutputRecord per line." }
                                }
                            }
                        },
                        "400": bad.clone(),
                        "408": timeout.clone(),
                        "413": too_large.clone(),
                        "415": unsupported.clone(),
                        "422": refused.clone()
                    }
                }
            },
            "/v1/explain": {
                "post": {
                    "summary": "Explain one case in plain text",
                    "parameters": [profile, lang],
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": { "schema": reference("Case") } }
                    },
                    "responses": {
                        "200": {
                            "description": "The assessment in words (as `palermo explain`).",
                            "content": { "text/plain": { "schema": { "type": "string" } } }
                        },
                        "400": bad,
                        "408": timeout,
                        "413": too_large,
                        "415": unsupported,
                        "422": refused
                    }
                }
            },
            "/v1/schema/input": {
                "get": {
                    "summary": "The JSON Schema of one case (as `palermo schema input`)",
                    "responses": { "200": { "description": "JSON Schema 2020-12", "content": { "application/json": {} } } }
                }
            },
            "/v1/schema/output": {
                "get": {
                    "summary": "The JSON Schema of one output line (as `palermo schema output`)",
                    "responses": { "200": { "description": "JSON Schema 2020-12", "content": { "application/json": {} } } }
                }
            },
            "/v1/rules": {
                "get": {
                    "summary": "Every rule the engine applies, with its provision (as `palermo rules --quotes`)",
                    "responses": {
                        "200": {
                            "description": "The rules, in the order of docs/RULES.md.",
                            "content": { "application/json": { "schema": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "id": { "type": "string" },
                                        "citation": { "type": "string" },
                                        "summary": { "type": "string" },
                                        "wording": { "type": "string" },
                                        "quote": { "type": "string" }
                                    },
                                    "required": ["id", "citation", "summary", "wording", "quote"]
                                }
                            } } }
                        }
                    }
                }
            },
            "/v1/openapi.json": {
                "get": {
                    "summary": "This document",
                    "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": {} } } }
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Whether the server answers",
                    "responses": { "200": { "description": "ok", "content": { "application/json": {} } } }
                }
            },
            "/": {
                "get": {
                    "summary": "The screening page",
                    "responses": { "200": { "description": "HTML", "content": { "text/html": {} } } }
                }
            }
        },
        "components": { "schemas": components }
    })
}
