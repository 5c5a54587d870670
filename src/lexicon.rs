//! Embedded word lists: places, names, ordinary English words, titles, organisation words.
//!
//! Every list lives in `data/` as sorted plain text (one entry per line, `#` comments,
//! optional TAB-separated fields) and is compiled in with `include_str!`; `data/README.md`
//! records each list's source and licence and how to rebuild it (`make data`).

use rustc_hash::FxHashSet;

/// A sorted word list searched in place: a binary search over the lines of the embedded text
/// itself, so building it costs nothing at start-up (parsing 100,000 lines into a table cost
/// tens of milliseconds in the browser before the page could be highlighted). Each line is
/// `key` or `key<TAB>fields`; `make data` writes the files sorted and a test checks they are.
pub struct Sorted {
    body: &'static str,
    /// Where each line starts, found on the first lookup (one pass over the bytes, a few
    /// milliseconds for the biggest lists in the browser): the binary search then jumps to line
    /// starts instead of searching back for them.
    lines: std::sync::OnceLock<Lines>,
}

/// The line starts of a list, and for each pair of first key bytes the first line whose key
/// starts with that pair or a later one (so a lookup searches a few dozen lines, not 37,000).
struct Lines {
    starts: Vec<u32>,
    /// 65,537 entries (a one-byte key counts its second byte as 0); empty if the file were not
    /// sorted by bytes, and then the whole list is searched.
    pairs: Vec<u32>,
}

/// A key's (or a line's) first two bytes as a bucket number. A second byte that ends the key or
/// is a space counts as 0: "A", "A Coruña" and "A\tfields" share a bucket, which still sorts
/// before "A-ha" and "Ab" (and a line's bucket needs no search for its key's end).
fn pair(key: &[u8]) -> usize {
    let second = match key.get(1).copied() {
        None | Some(b'\t' | b'\n' | b'\r' | b' ') => 0,
        Some(c) => c,
    };
    (usize::from(key.first().copied().unwrap_or(0)) << 8) | usize::from(second)
}

/// A line's key: up to its TAB or its end, trailing spaces dropped.
fn line_key(bytes: &[u8], ls: usize) -> (&[u8], usize) {
    let ke = bytes[ls..].iter().position(|&c| c == b'\t' || c == b'\n').map_or(bytes.len(), |i| ls + i);
    let mut k = &bytes[ls..ke];
    while let [rest @ .., b' ' | b'\r'] = k {
        k = rest;
    }
    (k, ke)
}

impl Sorted {
    fn new(src: &'static str) -> Self {
        // skip the `#` header
        let mut start = 0;
        while src[start..].starts_with('#') {
            start = src[start..].find('\n').map_or(src.len(), |i| start + i + 1);
        }
        Sorted { body: &src[start..], lines: std::sync::OnceLock::new() }
    }

    fn line_starts(&self) -> &Lines {
        self.lines.get_or_init(|| {
            let bytes = self.body.as_bytes();
            let mut starts = Vec::with_capacity(bytes.len() / 12);
            let mut at = 0usize;
            while at < bytes.len() {
                starts.push(at as u32);
                at = bytes[at..].iter().position(|&c| c == b'\n').map_or(bytes.len(), |i| at + i + 1);
            }
            // pairs[p] = the first line whose key's pair is >= p
            let mut pairs = vec![0u32; 65_537];
            let mut next = 0usize;
            let mut sorted = true;
            for (i, &ls) in starts.iter().enumerate() {
                let p = pair(&bytes[ls as usize..bytes.len().min(ls as usize + 2)]);
                if p + 1 < next {
                    sorted = false;
                    break;
                }
                while next <= p {
                    pairs[next] = i as u32;
                    next += 1;
                }
            }
            for x in pairs.iter_mut().skip(next) {
                *x = starts.len() as u32;
            }
            if !sorted {
                pairs.clear();
            }
            Lines { starts, pairs }
        })
    }

    /// The fields after the key's TAB ("" when none), if `key` is in the list.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let body = self.body;
        let bytes = body.as_bytes();
        let key = key.as_bytes();
        let Lines { starts: lines, pairs } = self.line_starts();
        // (bytes compared directly: this is the scanner's hottest loop)
        let (mut lo, mut hi) = if pairs.is_empty() {
            (0usize, lines.len())
        } else {
            let p = pair(key);
            (pairs[p] as usize, pairs[p + 1] as usize)
        };
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (k, ke) = line_key(bytes, lines[mid] as usize);
            match k.cmp(key) {
                std::cmp::Ordering::Equal => {
                    if bytes.get(ke) != Some(&b'\t') {
                        return Some("");
                    }
                    let le = bytes[ke..].iter().position(|&c| c == b'\n').map_or(bytes.len(), |i| ke + i);
                    return Some(body[ke + 1..le].trim_end_matches('\r'));
                }
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        None
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.body.lines().filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').next().unwrap_or(l))
    }
}

/// A city's size class: the one fact the rules ask of its population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitySize {
    /// 15,000 to 99,999 people.
    Small,
    /// 100,000 people or more.
    Large,
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
    pub countries: Sorted,
    /// Project-written regions and short forms ("Middle East", "U.S.").
    pub places_extra: Sorted,
    /// Provinces, states and regions of many countries (hand-written).
    pub regions: Sorted,
    /// Cities of 15,000 people or more: `name`, or `name<TAB>L` for 100,000 or more.
    pub cities: Sorted,
    /// `name<TAB>gender`, the gender followed by `+` for a frequent name (0.05% of people).
    pub first_names: Sorted,
    pub last_names: Sorted,
    /// Lower-case ordinary English words (SCOWL 10-35).
    pub common: Sorted,
    /// Widely known organizations, written by the project.
    pub organizations: Sorted,
    pub titles: FxHashSet<&'static str>,
    pub org_words: FxHashSet<&'static str>,
    pub demonyms: FxHashSet<&'static str>,
    /// Capitalized abbreviations that are not organizations ("CEO", "GDP", "TV").
    pub not_org_acronyms: FxHashSet<&'static str>,
    /// Other names that are no nationality: diseases, religions as nouns, generations ("Covid-19").
    pub misc_names: FxHashSet<&'static str>,
    /// The keys of `countries`, `places_extra` and `regions` in one hash set, and those of
    /// `organizations` in another: these small lists are asked about every capitalized run, and
    /// hashing (built in well under a millisecond) beats three binary searches.
    places_small: FxHashSet<&'static str>,
    pub org_names: FxHashSet<&'static str>,
    /// Countries only (no capitals, states or regions), with the UK's home nations: a team
    /// named after one is a national side.
    pub nations: FxHashSet<&'static str>,
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(src: &'static str) -> FxHashSet<&'static str> {
    lines(src).collect()
}

impl Lexicon {
    pub fn new() -> Self {
        let mut lex = Lexicon {
            countries: Sorted::new(include_str!("../data/countries.txt")),
            places_extra: Sorted::new(include_str!("../data/places-extra.txt")),
            regions: Sorted::new(include_str!("../data/regions.txt")),
            cities: Sorted::new(include_str!("../data/cities.txt")),
            first_names: Sorted::new(include_str!("../data/first-names.txt")),
            last_names: Sorted::new(include_str!("../data/last-names.txt")),
            common: Sorted::new(include_str!("../data/common-words.txt")),
            organizations: Sorted::new(include_str!("../data/organizations.txt")),
            // "Rep." is tokenized as "Rep" + ".": every dotted title also counts without its dot
            titles: lines(include_str!("../data/titles.txt"))
                .flat_map(|t| [Some(t), t.strip_suffix('.')])
                .flatten()
                .collect(),
            org_words: set(include_str!("../data/org-words.txt")),
            demonyms: set(include_str!("../data/demonyms.txt")),
            not_org_acronyms: set(include_str!("../data/not-org-acronyms.txt")),
            misc_names: set(include_str!("../data/misc-names.txt")),
            places_small: FxHashSet::default(),
            org_names: FxHashSet::default(),
            nations: lines(include_str!("../data/nations.txt"))
                .chain(["England", "Scotland", "Wales", "Northern Ireland"])
                .collect(),
        };
        lex.places_small = lex.countries.keys().chain(lex.places_extra.keys()).chain(lex.regions.keys()).map(str::trim_end).collect();
        lex.org_names = lex.organizations.keys().map(str::trim_end).collect();
        lex
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
        self.country(name) || self.city(name).is_some_and(|size| any_city || size == CitySize::Large)
    }

    /// A nationality or group, or its plural: "Serb", "Serbs", "Albanians".
    pub fn people(&self, word: &str) -> bool {
        self.demonyms.contains(word) || word.strip_suffix('s').is_some_and(|w| self.demonyms.contains(w))
    }

    /// A country, capital, continent, US state or region.
    pub fn country(&self, name: &str) -> bool {
        self.places_small.contains(name)
    }

    /// A city of the list, and whether it has 100,000 people or more.
    pub fn city(&self, name: &str) -> Option<CitySize> {
        self.cities.get(name).map(|f| if f.trim() == "L" { CitySize::Large } else { CitySize::Small })
    }

    /// A first name given often enough to compete with a country of the same name at the start
    /// of a sentence: "Jordan said" (0.056% of US first names) but not "China's" (0.001%).
    pub fn frequent_first_name(&self, name: &str) -> bool {
        self.first_names.get(name).is_some_and(|f| f.trim_end().ends_with('+'))
    }

    pub fn gender(&self, first: &str) -> Option<Gender> {
        self.first_names.get(first).map(|f| match f.trim_end().trim_end_matches('+') {
            "M" => Gender::Male,
            "F" => Gender::Female,
            _ => Gender::Unknown,
        })
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

    /// The lists are searched by binary search over their lines: they must be sorted and unique
    /// (`make data` writes them so; a hand edit must keep them so).
    #[test]
    fn big_lists_are_sorted_in_their_files() {
        for (name, src) in [
            ("cities.txt", include_str!("../data/cities.txt")),
            ("first-names.txt", include_str!("../data/first-names.txt")),
            ("last-names.txt", include_str!("../data/last-names.txt")),
            ("common-words.txt", include_str!("../data/common-words.txt")),
            ("countries.txt", include_str!("../data/countries.txt")),
            ("places-extra.txt", include_str!("../data/places-extra.txt")),
            ("regions.txt", include_str!("../data/regions.txt")),
            ("organizations.txt", include_str!("../data/organizations.txt")),
        ] {
            let keys: Vec<&str> = Sorted::new(src).keys().collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{name} is not sorted and unique");
        }
    }

    /// The two-byte index finds one-byte keys, keys sharing a first byte, fields after a TAB and
    /// non-ASCII keys; a list out of order gets no index (the sortedness test above catches it).
    #[test]
    fn pair_index() {
        let list = Sorted::new("# header\nA\nA Coru\u{00F1}a\nA-ha\nAb\nAbc\tx\nB\tone\nBa\nZ\n\u{00C9}vian\n");
        for (k, want) in [("A", Some("")), ("A Coru\u{00F1}a", Some("")), ("A-ha", Some("")), ("A ", None), ("Ab", Some("")), ("Abc", Some("x")), ("B", Some("one")), ("Ba", Some("")),
                          ("Z", Some("")), ("\u{00C9}vian", Some("")), ("Aa", None), ("C", None), ("", None), ("Zz", None)] {
            assert_eq!(list.get(k), want, "{k:?}");
        }
        assert!(!list.line_starts().pairs.is_empty());
        let unsorted = Sorted::new("b\na\n");
        assert!(unsorted.line_starts().pairs.is_empty());
        assert_eq!(unsorted.get("a"), Some(""), "searched as before, without the index");
    }

    #[test]
    fn lookups() {
        let lex = Lexicon::new();
        assert!(lex.place("Geneva", false) && lex.place("Middle East", false) && lex.place("Russia", false));
        assert!(lex.is_common("The") && lex.is_common("bombings") && !lex.is_common("Lavrov"));
        assert_eq!(lex.gender("Sarah"), Some(Gender::Female));
        assert_eq!(lex.gender("Jordan"), Some(Gender::Male));
        assert!(lex.frequent_first_name("Jordan") && !lex.frequent_first_name("China"));
        assert_eq!(lex.city("Geneva"), Some(CitySize::Large));
        assert_eq!(lex.city("Montreux"), Some(CitySize::Small));
        assert!(lex.titles.contains("Rep") && lex.titles.contains("Rep."));
    }
}
