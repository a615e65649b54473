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

/// [`wrap_hanging`] measured in [`columns`] rather than bytes: for text in
/// another script than the Latin, such as Khmer, whose letters take three
/// bytes each. (English keeps [`wrap_hanging`]: the same lines, sooner.)
pub(crate) fn wrap_hanging_columns(out: &mut String, first: &str, rest: &str, text: &str) {
    let mut indent = first;
    let mut line = String::from(first);
    let mut used = columns(first);
    // The words of `split_whitespace`, split otherwise: sharing its code
    // with [`wrap_hanging`] would take it out of that loop, and slow it.
    let words = text.split(char::is_whitespace).filter(|w| !w.is_empty());
    for word in words {
        let width = columns(word);
        if line.len() > indent.len() && used + 1 + width > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            indent = rest;
            line = String::from(rest);
            used = columns(rest);
        }
        if line.len() > indent.len() {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += width;
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

/// [`hanging`] measured in [`columns`].
pub(crate) fn hanging_columns(out: &mut String, first: &str, text: &str) {
    let rest = " ".repeat(columns(first));
    wrap_hanging_columns(out, first, &rest, text);
}

/// The columns `text` takes on a terminal, as [`wrap_hanging_columns`]
/// counts them: in Khmer script each character takes one column and the
/// non-spacing marks (the coeng, most vowel signs above or below a letter)
/// take none, as `wcwidth` counts them; any other character takes a column
/// for each of its bytes, as [`wrap_hanging`] counts them.
pub(crate) fn columns(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars()
        .map(|c| match c {
            '\u{17B4}' | '\u{17B5}' | '\u{17B7}'..='\u{17BD}' | '\u{17C6}' => 0,
            '\u{17C9}'..='\u{17D3}' | '\u{17DD}' => 0,
            '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => 1,
            c => c.len_utf8(),
        })
        .sum()
}

/// The first letter in upper case: "forced begging" → "Forced begging".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.extend(first.to_uppercase());
    out.push_str(chars.as_str());
    out
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
    fn khmer_is_counted_by_letters_and_english_by_bytes() {
        assert_eq!(columns("Person: "), 8);
        assert_eq!(columns("§ 3"), 4);
        // ka, coeng, ka (a subscript), vowel sign aa (a spacing mark), sign
        // nikahit (above): the coeng and the nikahit take no column.
        assert_eq!(columns("\u{1780}\u{17D2}\u{1780}\u{17B6}\u{17C6}"), 3);
        assert_eq!(columns("\u{1780}\u{1781} x"), 4);
        let khmer = "\u{1780}\u{17B6}\u{1781} ".repeat(40);
        let mut out = String::new();
        wrap_hanging_columns(&mut out, "", "", &khmer);
        assert!(out.lines().count() > 1);
        assert!(out.lines().all(|l| columns(l) <= WIDTH));
        assert!(out.lines().next().is_some_and(|l| columns(l) > WIDTH / 2));
        // In English, the same lines as by bytes.
        let english = "one two three § four five six seven eight nine ten ".repeat(9);
        let (mut bytes, mut cols) = (String::new(), String::new());
        hanging(&mut bytes, "  1. ", &english);
        hanging_columns(&mut cols, "  1. ", &english);
        assert_eq!(bytes, cols);
    }

    #[test]
    fn capitals() {
        assert_eq!(capitalise("forced begging"), "Forced begging");
        assert_eq!(capitalise("élan"), "Élan");
        assert_eq!(capitalise(""), "");
    }
}
