//! The documentation says what the code does: every rule id is in the rule
//! table of `docs/RULES.md`, and the files the README's commands name exist.

const README: &str = include_str!("../README.md");
const RULES: &str = include_str!("../docs/RULES.md");

#[test]
fn rule_table_lists_every_rule_with_its_citation() {
    for rule in palermo::law::RULES {
        let row = format!(
            "| `{}` | {} | {} | {} |",
            rule.id,
            rule.citation,
            rule.summary,
            rule.wording.describe()
        );
        assert!(RULES.contains(&row), "docs/RULES.md rule table lacks {row}");
    }
}

#[test]
fn rule_table_is_in_the_order_of_palermo_rules() {
    let expected: Vec<String> = palermo::law::RULES
        .iter()
        .map(|rule| format!("| `{}` |", rule.id))
        .collect();
    let rows: Vec<String> = RULES
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| line[..line[3..].find('`').map_or(0, |i| i + 4)].to_string() + " |")
        .collect();
    assert_eq!(
        rows, expected,
        "docs/RULES.md must list the rules in the order of `palermo rules`"
    );
}

/// The README's list of what the library pulls in without its default
/// features names every dependency of Cargo.toml that is not optional.
#[test]
fn readme_names_every_dependency_of_the_library_without_default_features() {
    let manifest = include_str!("../Cargo.toml");
    let deps = &manifest[manifest.find("\n[dependencies]\n").unwrap() + 16..];
    let deps = &deps[..deps.find("\n[").unwrap_or(deps.len())];
    let required: Vec<&str> = deps
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.contains("optional = true"))
        .map(|l| l.split('=').next().unwrap().trim())
        .collect();
    assert!(
        required.contains(&"serde") && required.len() >= 4,
        "{required:?}"
    );
    let start = README
        .find("With `default-features = false` the library")
        .expect("the README says what the library depends on");
    let sentence = README[start..]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let sentence = &sentence[..sentence.find(". ").unwrap()];
    for dep in required {
        let named = sentence.split([' ', ',']).any(|w| w == dep);
        assert!(named, "README: \"{sentence}\" does not name {dep}");
    }
}

#[test]
fn readme_commands_name_files_that_exist() {
    for word in README.split_whitespace() {
        let word = word.trim_matches(|c: char| c == '`' || c == ',' || c == '.' || c == ')');
        if (word.starts_with("examples/") || word.starts_with("casebook/"))
            && (word.ends_with(".json") || word.ends_with(".csv"))
        {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(word);
            assert!(path.exists(), "README names {word}, which does not exist");
        }
    }
}
