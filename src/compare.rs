//! Compare (placeholder).
