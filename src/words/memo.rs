//! Sentences written once per process: a sentence that depends only on a
//! few small values (an age, the labels of a verdict, the shape of a
//! finding) is written the first time it is needed and then shared, as a
//! `&'static str`, by every assessment that says it. The tables hold what
//! the catalogue says for each value, nothing else: no state that could
//! change an answer, and the same words whether or not a sentence was
//! written before.

use std::sync::OnceLock;

/// A table of `len` sentences, each written on first use.
pub(crate) struct Memo {
    len: usize,
    slots: OnceLock<Box<[OnceLock<Box<str>>]>>,
}

impl Memo {
    /// A table of `len` sentences, none written yet.
    pub(crate) const fn new(len: usize) -> Memo {
        Memo {
            len,
            slots: OnceLock::new(),
        }
    }

    /// How many sentences the table holds.
    pub(crate) const fn len(&self) -> usize {
        self.len
    }

    /// Sentence `index`, written by `write` the first time; `None` when
    /// `index` is out of the table (then the caller writes it itself).
    pub(crate) fn get(
        &'static self,
        index: usize,
        write: impl FnOnce() -> String,
    ) -> Option<&'static str> {
        let slots = self
            .slots
            .get_or_init(|| (0..self.len).map(|_| OnceLock::new()).collect());
        slots
            .get(index)
            .map(|slot| &**slot.get_or_init(|| write().into_boxed_str()))
    }
}
