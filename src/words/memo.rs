//! Sentences written once per process: a sentence that depends only on a
//! few small values (an age, the labels of a verdict, the shape of a
//! finding) is written the first time it is needed and then shared, as a
//! `&'static str`, by every assessment that says it. The tables hold what
//! the catalogue says for each value, nothing else: no state that could
//! change an answer, and the same words whether or not a sentence was
//! written before.

use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};
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

/// Sentences keyed by what they say (a profile and a
/// [`crate::assessment::Said`], say), for the sentences too varied for a
/// table by index: each distinct one is written once and shared. The table
/// has `cap` places (rounded up to a power of two), a bound on the memory
/// however varied the cases; a sentence that finds no free place near its
/// own is written afresh each time, in the same words.
///
/// Looked up once per reason of every assessment (and per question asked
/// in indicators), from every thread that screens: a lookup takes no lock.
/// Each place is a [`OnceLock`], filled once with its key and sentence and
/// never changed, so a reader only loads it. A sentence is written before a
/// place is claimed for it (writing may use other tables); if another
/// thread claims the place first, the sentence goes on to the next place,
/// or, where that thread wrote the same key, its sentence is used. The
/// places are found by open addressing over a few neighbours. The keys are
/// small values of our own (an address in the embedded lists among them),
/// not input, so they are hashed with the quick `FxHash` rather than the
/// standard library's DoS-resistant SipHash.
pub(crate) struct Sentences<K> {
    cap: usize,
    places: OnceLock<Box<[Place<K>]>>,
}

/// A place of [`Sentences`]: empty, or a key and its sentence for good.
type Place<K> = OnceLock<(K, Box<str>)>;

/// How many places from its own a sentence may be kept at.
const NEIGHBOURS: usize = 8;

impl<K: Hash + Eq + Copy> Sentences<K> {
    /// An empty table of `cap` places.
    pub(crate) const fn new(cap: usize) -> Sentences<K> {
        Sentences {
            cap,
            places: OnceLock::new(),
        }
    }

    /// The sentence for `key`, written by `write` the first time; `None`
    /// when no place near its own is free (the caller then writes it
    /// itself).
    pub(crate) fn get(
        &'static self,
        key: K,
        write: impl FnOnce() -> String,
    ) -> Option<&'static str> {
        let places = self.places.get_or_init(|| {
            (0..self.cap.max(1).next_power_of_two())
                .map(|_| OnceLock::new())
                .collect()
        });
        let mask = places.len() - 1;
        let mut hasher = FxHasher::default();
        key.hash(&mut hasher);
        // Truncated on 32-bit targets: any bits of the hash will do.
        let own = hasher.finish() as usize;
        let mut write = Some(write);
        let mut written: Option<String> = None;
        for step in 0..NEIGHBOURS {
            let place = places.get(own.wrapping_add(step) & mask)?;
            if let Some((held, text)) = place.get() {
                if *held == key {
                    return Some(text);
                }
                continue;
            }
            let text = match written.take() {
                Some(text) => text,
                None => write.take().map(|w| w()).unwrap_or_default(),
            };
            match place.set((key, text.into_boxed_str())) {
                Ok(()) => return place.get().map(|(_, text)| &**text),
                // Claimed meanwhile by another thread.
                Err((_, text)) => match place.get() {
                    Some((held, theirs)) if *held == key => return Some(theirs),
                    _ => written = Some(text.into_string()),
                },
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence is written once: every later lookup of its key returns
    /// the same text without writing it again.
    #[test]
    fn a_sentence_is_written_once_and_shared() {
        static TABLE: Sentences<u32> = Sentences::new(64);
        let first = TABLE.get(7, || "seven".to_string());
        let again = TABLE.get(7, || panic!("written twice"));
        assert_eq!(first, Some("seven"));
        assert!(std::ptr::eq(
            first.unwrap_or_default(),
            again.unwrap_or_default()
        ));
        assert_eq!(TABLE.get(8, || "eight".to_string()), Some("eight"));
    }

    /// A full table keeps what it holds and says `None` for a new key,
    /// whose caller writes it afresh: never another key's sentence.
    #[test]
    fn a_full_table_never_gives_another_keys_sentence() {
        static TABLE: Sentences<u32> = Sentences::new(4);
        let mut kept = 0;
        for key in 0..100u32 {
            if let Some(text) = TABLE.get(key, || key.to_string()) {
                assert_eq!(text, key.to_string());
                kept += 1;
            }
        }
        assert_eq!(kept, 4);
        for key in 0..100u32 {
            if let Some(text) = TABLE.get(key, || key.to_string()) {
                assert_eq!(text, key.to_string());
            }
        }
    }

    /// Threads looking up the same keys at once all get the one sentence
    /// of each key.
    #[test]
    fn threads_share_one_sentence_per_key() {
        static TABLE: Sentences<u32> = Sentences::new(1024);
        let seen: Vec<Vec<usize>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        (0..500u32)
                            .map(|key| {
                                TABLE
                                    .get(key, || key.to_string())
                                    .map_or(0, |t| t.as_ptr() as usize)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        for other in &seen[1..] {
            for (a, b) in seen[0].iter().zip(other) {
                if *a != 0 && *b != 0 {
                    assert_eq!(a, b);
                }
            }
        }
        assert!(seen[0].iter().filter(|p| **p != 0).count() > 400);
    }
}
