//! Plain-text layout: one word-wrap for every rendering (explanations,
//! comparisons, handouts).

/// The width of plain text.
pub(crate) const WIDTH: usize = 78;

/// Wrap `text` to [`WIDTH`] columns, every line starting with `indent`.
pub(crate) fn wrap(out: &mut String, indent: &str, text: &str) {
    wrap_hanging(out, indent, indent, text);
}

/// Wrap `text` with a hanging indent: the first line starts with `first`,
/// the others with `rest`. Words are never broken; a word longer than the
/// width stands on a line of its own.
pub(crate) fn wrap_hanging(out: &mut String, first: &str, rest: &str, text: &str) {
    let mut indent = first;
    let mut line = String::from(first);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            indent = rest;
            line = String::from(rest);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        out.push_str(&line);
        out.push('\n');
    }
}

/// [`wrap_hanging`] with the continuation indented to the width of `first`.
pub(crate) fn hanging(out: &mut String, first: &str, text: &str) {
    let rest = " ".repeat(first.len());
    wrap_hanging(out, first, &rest, text);
}

/// The first letter in upper case: "forced begging" → "Forced begging".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_the_width() {
        let text = "one two three four five six seven eight nine ten ".repeat(9);
        let mut out = String::new();
        hanging(&mut out, "  1. ", &text);
        assert!(out.lines().all(|l| l.len() <= WIDTH));
        assert_eq!(
            out.split_whitespace().filter(|w| *w != "1.").count(),
            text.split_whitespace().count()
        );
        assert!(out.lines().skip(1).all(|l| l.starts_with("     ")));
    }

    #[test]
    fn capitals() {
        assert_eq!(capitalise("forced begging"), "Forced begging");
        assert_eq!(capitalise("élan"), "Élan");
        assert_eq!(capitalise(""), "");
    }
}
