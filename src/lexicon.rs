//! Embedded word lists: places, names, ordinary English words, titles, organisation words.
//!
//! Every list lives in `data/` as sorted plain text (one entry per line, `#` comments,
//! optional TAB-separated fields) and is compiled in with `include_str!`; `data/README.md`
//! records each list's source and licence and how to rebuild it (`make data`).

use rustc_hash::FxHashSet;

/// A sorted word list, searched by binary search. The big lists are kept this way rather than
/// in hash sets: parsing them is then a single pass over the lines with no hashing, which keeps
/// `Scanner::new()` (and so the page's start-up) fast. `make data` writes them sorted; a test
/// checks that they still are.
pub struct Sorted<V: Copy> {
    items: Vec<(&'static str, V)>,
}

impl<V: Copy> Sorted<V> {
    fn new(mut items: Vec<(&'static str, V)>) -> Self {
        if !items.windows(2).all(|w| w[0].0 < w[1].0) {
            // hand-edited out of order: still correct, only slower to build
            items.sort_by(|a, b| a.0.cmp(b.0));
            items.dedup_by(|a, b| a.0 == b.0);
        }
        Sorted { items }
    }

    pub fn get(&self, key: &str) -> Option<V> {
        self.items.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| self.items[i].1)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The entries' keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.items.iter().map(|(k, _)| *k)
    }
}

/// A first name's likely gender, from the census frequency lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// The lexicons, parsed once per [`crate::Scanner`].
pub struct Lexicon {
    /// Countries, capitals, continents, US states and project-written regions.
    pub countries: Sorted<()>,
    /// Cities of 15,000 people or more, with their population.
    pub cities: Sorted<u32>,
    pub first_names: Sorted<Gender>,
    pub last_names: Sorted<()>,
    /// Lower-case ordinary English words (SCOWL 10-35).
    pub common: Sorted<()>,
    pub titles: FxHashSet<&'static str>,
    pub org_words: FxHashSet<&'static str>,
    pub demonyms: FxHashSet<&'static str>,
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(src: &'static str) -> FxHashSet<&'static str> {
    lines(src).collect()
}

impl Lexicon {
    pub fn new() -> Self {
        let countries = lines(include_str!("../data/countries.txt"))
            .chain(lines(include_str!("../data/places-extra.txt")))
            .map(|l| (l, ()))
            .collect();
        let cities = lines(include_str!("../data/cities.txt"))
            .filter_map(|l| {
                let (name, pop) = l.split_once('\t')?;
                Some((name, pop.parse().unwrap_or(0)))
            })
            .collect();
        let first_names = lines(include_str!("../data/first-names.txt"))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let name = f.next()?;
                let g = match f.next()? {
                    "M" => Gender::Male,
                    "F" => Gender::Female,
                    _ => Gender::Unknown,
                };
                Some((name, g))
            })
            .collect();
        let plain = |src: &'static str| Sorted::new(lines(src).map(|l| (l, ())).collect());
        Lexicon {
            countries: Sorted::new(countries),
            cities: Sorted::new(cities),
            first_names: Sorted::new(first_names),
            last_names: plain(include_str!("../data/last-names.txt")),
            common: plain(include_str!("../data/common-words.txt")),
            // "Rep." is tokenized as "Rep" + ".": every dotted title also counts without its dot
            titles: lines(include_str!("../data/titles.txt"))
                .flat_map(|t| [Some(t), t.strip_suffix('.')])
                .flatten()
                .collect(),
            org_words: set(include_str!("../data/org-words.txt")),
            demonyms: set(include_str!("../data/demonyms.txt")),
        }
    }

    /// Is `word` (any case) an ordinary lower-case English word?
    pub fn is_common(&self, word: &str) -> bool {
        // ASCII words (nearly all) are lower-cased on the stack: no allocation per lookup
        let mut buf = [0u8; 32];
        if word.len() <= buf.len() && word.is_ascii() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|l| self.common.contains(l));
        }
        let lower = word.to_lowercase();
        self.common.contains(lower.as_str())
    }

    /// A known place name: country, region, or city (of any size when `any_city`, else of 100,000+).
    pub fn place(&self, name: &str, any_city: bool) -> bool {
        self.countries.contains(name)
            || self.cities.get(name).is_some_and(|p| any_city || p >= 100_000)
    }

    pub fn gender(&self, first: &str) -> Option<Gender> {
        self.first_names.get(first)
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `make data` writes the big lists sorted and unique: binary search relies on it, and an
    /// out-of-order hand edit would make every scanner build pay for a sort.
    #[test]
    fn big_lists_are_sorted_in_their_files() {
        for (name, src) in [
            ("cities.txt", include_str!("../data/cities.txt")),
            ("first-names.txt", include_str!("../data/first-names.txt")),
            ("last-names.txt", include_str!("../data/last-names.txt")),
            ("common-words.txt", include_str!("../data/common-words.txt")),
            ("countries.txt", include_str!("../data/countries.txt")),
        ] {
            let keys: Vec<&str> = lines(src).map(|l| l.split('\t').next().unwrap_or(l)).collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{name} is not sorted and unique");
        }
    }

    #[test]
    fn lookups() {
        let lex = Lexicon::new();
        assert!(lex.place("Geneva", false) && lex.place("Middle East", false) && lex.place("Russia", false));
        assert!(lex.is_common("The") && lex.is_common("bombings") && !lex.is_common("Lavrov"));
        assert_eq!(lex.gender("Sarah"), Some(Gender::Female));
        assert!(lex.titles.contains("Rep") && lex.titles.contains("Rep."));
    }
}
