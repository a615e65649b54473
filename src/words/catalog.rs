//! The message catalogues: English compiled in (from `i18n/en/*.ftl`, by
//! the build script), and the way a message is rendered.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A piece of a compiled English pattern.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Seg {
    /// Text, as it is.
    Text(&'static str),
    /// The value of a variable.
    Var(&'static str),
    /// One of several patterns, chosen by the value of a variable (the
    /// index of the default case last).
    Select(
        &'static str,
        &'static [(&'static str, &'static [Seg])],
        usize,
    ),
}

/// A message's variables: `(name, value)` pairs, values already in words.
pub(crate) type Args<'a> = [(&'a str, &'a str)];

/// The value of variable `name` (empty when not given).
fn var<'a>(args: &'a Args<'a>, name: &str) -> &'a str {
    args.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| v)
}

/// Append a compiled pattern with `args` to `out`.
pub(crate) fn write(out: &mut String, segs: &[Seg], args: &Args<'_>) {
    for seg in segs {
        match seg {
            Seg::Text(t) => out.push_str(t),
            Seg::Var(v) => out.push_str(var(args, v)),
            Seg::Select(v, cases, default) => {
                let value = var(args, v);
                let chosen = cases
                    .iter()
                    .find(|(key, _)| *key == value)
                    .or_else(|| cases.get(*default))
                    .map_or(&[][..], |(_, segs)| segs);
                write(out, chosen, args);
            }
        }
    }
}

/// The text of a pattern without variables, when it is one piece of text.
pub(crate) const fn plain(segs: &[Seg]) -> Option<&'static str> {
    match segs {
        [] => Some(""),
        [Seg::Text(t)] => Some(t),
        _ => None,
    }
}

/// Append a compiled pattern to `out`, each variable written by `var`
/// straight into `out` (no string is built for a variable first).
pub(crate) fn write_with(out: &mut String, segs: &[Seg], var: &mut dyn FnMut(&str, &mut String)) {
    for seg in segs {
        match seg {
            Seg::Text(t) => out.push_str(t),
            Seg::Var(v) => var(v, out),
            Seg::Select(v, cases, default) => {
                let mut value = String::new();
                var(v, &mut value);
                let chosen = cases
                    .iter()
                    .find(|(key, _)| *key == value)
                    .or_else(|| cases.get(*default))
                    .map_or(&[][..], |(_, segs)| segs);
                write_with(out, chosen, var);
            }
        }
    }
}

/// The length of a compiled pattern's text, variables left out: a first
/// guess at the room a rendering needs.
pub(crate) fn text_len(segs: &[Seg]) -> usize {
    segs.iter()
        .map(|s| match s {
            Seg::Text(t) => t.len(),
            Seg::Var(_) => 0,
            Seg::Select(_, cases, _) => cases.iter().map(|(_, s)| text_len(s)).max().unwrap_or(0),
        })
        .sum()
}
