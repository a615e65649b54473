//! The README documents what the code does: every rule id is in its rule
//! table, and the files its commands name exist.

const README: &str = include_str!("../README.md");

#[test]
fn readme_rule_table_lists_every_rule_with_its_citation() {
    for rule in palermo::law::RULES {
        let row = format!("| `{}` | {} |", rule.id, rule.citation);
        assert!(README.contains(&row), "README rule table lacks {row}");
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
