//! Embedded word lists: places, names, ordinary English words, titles, organisation words.
//!
//! Every list lives in `data/` as sorted plain text (one entry per line, `#` comments,
//! optional TAB-separated fields) and is compiled in with `include_str!`; `data/README.md`
//! records each list's source and licence and how to rebuild it (`make data`).

use rustc_hash::{FxHashMap, FxHashSet};

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
    pub countries: FxHashSet<&'static str>,
    /// Cities of 15,000 people or more, with their population.
    pub cities: FxHashMap<&'static str, u32>,
    pub first_names: FxHashMap<&'static str, Gender>,
    pub last_names: FxHashSet<&'static str>,
    /// Lower-case ordinary English words (SCOWL 10-35).
    pub common: FxHashSet<&'static str>,
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
        let mut countries = set(include_str!("../data/countries.txt"));
        countries.extend(lines(include_str!("../data/places-extra.txt")));
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
        Lexicon {
            countries,
            cities,
            first_names,
            last_names: set(include_str!("../data/last-names.txt")),
            common: set(include_str!("../data/common-words.txt")),
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
        if word.chars().all(|c| c.is_lowercase()) {
            return self.common.contains(word);
        }
        let lower = word.to_lowercase();
        self.common.contains(lower.as_str())
    }

    /// A known place name: country, region, or city (of any size when `any_city`, else of 100,000+).
    pub fn place(&self, name: &str, any_city: bool) -> bool {
        self.countries.contains(name)
            || self.cities.get(name).is_some_and(|&p| any_city || p >= 100_000)
    }

    pub fn gender(&self, first: &str) -> Option<Gender> {
        self.first_names.get(first).copied()
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}
