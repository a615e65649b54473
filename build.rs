//! Build script: embed the training casebook.
//!
//! With the `casebook` feature, every `casebook/*.json` file is embedded with
//! `include_str!`, sorted by file name, so `palermo casebook` works from any
//! directory and a new scenario needs no code change.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=casebook");
    let Some(out_dir) = env::var_os("OUT_DIR") else {
        panic!("OUT_DIR is not set");
    };
    let mut code = String::from(
        "/// The scenario files of `casebook/`, sorted by file name: (file name, contents).\n\
         pub const SOURCES: &[(&str, &str)] = &[\n",
    );
    if env::var_os("CARGO_FEATURE_CASEBOOK").is_some() {
        let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
        for path in scenario_files(&manifest.join("casebook")) {
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
    let target = Path::new(&out_dir).join("casebook.rs");
    if let Err(e) = fs::write(&target, code) {
        panic!("cannot write {}: {e}", target.display());
    }
}

/// The `.json` files of `dir`, sorted by name.
fn scenario_files(dir: &Path) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
        .collect();
    files.sort();
    files
}
