//! Sentences written once per process: a sentence that depends only on a
//! few small values (an age, the labels of a verdict, the shape of a
//! finding) is written the first time it is needed and then shared, as a
//! `&'static str`, by every assessment that says it. The tables hold what
//! the catalogue says for each value, nothing else: no state that could
//! change an answer, and the same words whether or not a sentence was
//! written before.

use rustc_hash::FxHashMap as HashMap;
use std::hash::Hash;
use std::sync::{Mutex, OnceLock};

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

/// Sentences keyed by what they say (a profile and a
/// [`crate::assessment::Said`], say), for the sentences too varied for a
/// table by index: each distinct one is written once and shared. At most
/// `cap` are kept, a bound on the memory however varied the cases; past
/// it, a sentence is written afresh each time, in the same words.
///
/// Looked up once per reason of every assessment (and per question asked
/// in indicators): the keys are small values of our own (an address in the
/// embedded lists among them), not input, so they are hashed with
/// the quick `FxHash` rather than the standard library's DoS-resistant
/// SipHash.
pub(crate) struct Sentences<K> {
    cap: usize,
    map: OnceLock<Mutex<HashMap<K, &'static str>>>,
}

impl<K: Hash + Eq + Copy> Sentences<K> {
    /// An empty table that keeps at most `cap` sentences.
    pub(crate) const fn new(cap: usize) -> Sentences<K> {
        Sentences {
            cap,
            map: OnceLock::new(),
        }
    }

    /// The sentence for `key`, written by `write` the first time; `None`
    /// when the table is full and does not have it (the caller then writes
    /// it itself).
    pub(crate) fn get(
        &'static self,
        key: K,
        write: impl FnOnce() -> String,
    ) -> Option<&'static str> {
        let map = self.map.get_or_init(|| Mutex::new(HashMap::default()));
        // A poisoned lock still holds whole entries (each goes in with one
        // insert), so its contents are used.
        let lock = || {
            map.lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        {
            let held = lock();
            if let Some(text) = held.get(&key) {
                return Some(text);
            }
            if held.len() >= self.cap {
                return None;
            }
        }
        // Written without the lock: writing may use other tables.
        let text = write();
        let mut held = lock();
        if let Some(text) = held.get(&key) {
            return Some(text);
        }
        if held.len() >= self.cap {
            return None;
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        held.insert(key, text);
        Some(text)
    }
}
