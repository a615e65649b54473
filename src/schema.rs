//! JSON Schemas of contract v1 (feature `schema`).
