//! Embedded word lists: places, names, ordinary English words, titles, organisation words.
//!
//! Every list lives in `data/` as plain text (one entry per line, `#` comments, optional
//! TAB-separated fields); build.rs packs the four big ones into front-coded blocks searched in
//! place ([`Packed`]) and copies the small ones without their comments, to be hashed at
//! start-up. `data/README.md` records each list's source and licence and how to rebuild it
//! (`make data`).

use rustc_hash::FxHashSet;

/// A big sorted word list searched in place in the bytes `build.rs` packs from `data/` (see
/// there for the layout): a binary search over the blocks' first keys, then a read of at most
/// one block's entries, each rebuilt from the bytes it shares with the one before. Nothing is
/// parsed or indexed at start-up, and nothing is allocated per lookup.
pub struct Packed {
    /// `n + 1` little-endian `u32` block offsets into `body`.
    offsets: &'static [u8],
    body: &'static [u8],
    /// `by_first[c]`: how many blocks' first keys start with a byte below `c` (read from the
    /// blocks' heads at start-up, a few hundred of them): a lookup's binary search covers only
    /// the blocks of its key's first byte.
    by_first: Box<[u16; 257]>,
    /// The same by a key's first two bytes when the first is a letter (`A`..=`z`): index
    /// `(first - b'A') * 257 + 0` for a one-byte key, `+ second + 1` otherwise. It leaves a
    /// lookup's binary search one or two blocks instead of the fifty of a first letter in a big
    /// list (30 KB per list, filled at start-up from the blocks' heads).
    by_two: Box<[u16]>,
}

/// The first bytes [`Packed::by_two`] covers, and the slots per first byte.
const TWO_FIRST: std::ops::RangeInclusive<u8> = b'A'..=b'z';
const TWO_SLOTS: usize = 257;

/// A key's slot in [`Packed::by_two`] (None when its first byte is not covered).
fn two_code(key: &[u8]) -> Option<usize> {
    let &b0 = key.first()?;
    TWO_FIRST.contains(&b0).then(|| usize::from(b0 - TWO_FIRST.start()) * TWO_SLOTS + key.get(1).map_or(0, |&b| usize::from(b) + 1))
}

impl Packed {
    fn new(bytes: &'static [u8]) -> Self {
        let n = bytes.get(..4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
        let (offsets, body) = bytes[4..].split_at((n + 1) * 4);
        let two_len = TWO_SLOTS * (usize::from(TWO_FIRST.end() - TWO_FIRST.start()) + 1) + 1;
        let mut list = Packed { offsets, body, by_first: Box::new([0; 257]), by_two: Box::new([]) };
        assert!(n < usize::from(u16::MAX), "a packed list of under 65,535 blocks");
        let mut b = 0;
        for c in 0..=256 {
            // (a block's first entry shares nothing: its key starts right after the shared byte)
            while b < n && usize::from(body[list.offset(b) + 1]) < c {
                b += 1;
            }
            list.by_first[c] = b as u16;
        }
        // a head's slot, or below / above every slot when its first byte is not covered
        let head = |b: usize| {
            let at = list.offset(b) + 1;
            let end = body[at..].iter().position(|&c| c == b'\t' || c == b'\n').map_or(body.len(), |i| at + i);
            let key = &body[at..end.min(at + 2)];
            match key.first() {
                Some(c) if c < TWO_FIRST.start() => -1,
                Some(c) if c > TWO_FIRST.end() => i64::MAX,
                _ => two_code(key).map_or(-1, |c| c as i64),
            }
        };
        let mut b = 0;
        let two = (0..two_len)
            .map(|c| {
                while b < n && head(b) < c as i64 {
                    b += 1;
                }
                b as u16
            })
            .collect();
        list.by_two = two;
        list
    }

    fn offset(&self, b: usize) -> usize {
        let o = &self.offsets[b * 4..b * 4 + 4];
        u32::from_le_bytes([o[0], o[1], o[2], o[3]]) as usize
    }

    /// The fields after the key's TAB ("" when none), if `key` is in the list.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let key = key.as_bytes();
        let body = self.body;
        // the last block whose first key (stored whole) is <= key: one of those whose first
        // keys start with key's first byte, else the last block before them
        let c = usize::from(*key.first()?);
        let (mut lo, mut hi) = match two_code(key) {
            Some(t) => (usize::from(self.by_two[t]), usize::from(self.by_two[t + 1])),
            None => (usize::from(self.by_first[c]), usize::from(self.by_first[c + 1])),
        };
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if compare_entry(body, self.offset(mid) + 1, key).0 != std::cmp::Ordering::Greater {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let block = lo.checked_sub(1)?;
        let (mut at, end) = (self.offset(block), self.offset(block + 1));
        // Walk the block without rebuilding keys: `matched` is how many leading bytes the entry
        // before shares with `key` (which is greater than it). An entry sharing more than that with
        // the one before is still below `key`; one sharing less is above it; one sharing exactly
        // that many is compared from there on.
        let mut matched = 0;
        while at < end {
            let shared = usize::from(body[at]);
            if shared < matched {
                return None;
            }
            if shared == matched {
                let (order, common, stop) = compare_entry(body, at + 1, key.get(matched..).unwrap_or_default());
                match order {
                    std::cmp::Ordering::Equal => return Some(fields(body, stop).0),
                    std::cmp::Ordering::Greater => return None,
                    std::cmp::Ordering::Less => matched += common,
                }
                at = line_end(body, stop) + 1;
            } else {
                at = line_end(body, at + 1) + 1;
            }
        }
        None
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Every key and its fields, in order (for tests and tools; lookups never walk the list).
    pub fn entries(&self) -> impl Iterator<Item = (String, &'static str)> + '_ {
        let body = self.body;
        let mut at = 0;
        let mut key: Vec<u8> = Vec::new();
        std::iter::from_fn(move || {
            if at >= body.len() {
                return None;
            }
            let shared = usize::from(body[at]);
            let stop = body[at + 1..].iter().position(|&c| c == b'\t' || c == b'\n').map_or(body.len(), |i| at + 1 + i);
            key.truncate(shared);
            key.extend_from_slice(&body[at + 1..stop]);
            let (fields, next) = fields(body, stop);
            at = next;
            Some((String::from_utf8_lossy(&key).into_owned(), fields))
        })
    }
}

/// Compares the key bytes stored from `at` (up to a TAB or line end) with `key`: the order,
/// how many leading bytes they share, and where the stored key ends.
fn compare_entry(body: &[u8], at: usize, key: &[u8]) -> (std::cmp::Ordering, usize, usize) {
    let mut i = 0;
    loop {
        let stored = match body.get(at + i) {
            None | Some(b'\t' | b'\n') => None,
            Some(&c) => Some(c),
        };
        match (stored, key.get(i)) {
            (None, None) => return (std::cmp::Ordering::Equal, i, at + i),
            (None, Some(_)) => return (std::cmp::Ordering::Less, i, at + i),
            (Some(_), None) => return (std::cmp::Ordering::Greater, i, at + i),
            (Some(s), Some(&k)) if s != k => return (s.cmp(&k), i, at + i),
            _ => i += 1,
        }
    }
}

/// Where the entry line holding `at` ends (its `\n`, or the body's end).
fn line_end(body: &[u8], at: usize) -> usize {
    // eight bytes at a time (the entries are short: most end within the first eight): a byte
    // of `w ^ LF` is zero where `w` holds a line end, and (x - 0x01..) & !x & 0x80.. marks the
    // lowest such byte exactly (the bits above it may be wrong, and are not read)
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut i = at.min(body.len());
    while let Some(chunk) = body.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ (ONES * u64::from(b'\n'));
        let found = x.wrapping_sub(ONES) & !x & (ONES << 7);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    body[i..].iter().position(|&c| c == b'\n').map_or(body.len(), |k| i + k)
}

/// The fields of the entry whose key ends at `stop` ("" when it has none), and where the next
/// entry starts.
fn fields(body: &'static [u8], stop: usize) -> (&'static str, usize) {
    let end = line_end(body, stop);
    let fields = if stop < end { &body[stop + 1..end] } else { &[][..] };
    // build.rs copies the fields from UTF-8 text, whole
    (std::str::from_utf8(fields).unwrap_or(""), end + 1)
}

/// A small list as build.rs copied it (without its comment header).
macro_rules! small {
    ($list:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $list, ".txt"))
    };
}

macro_rules! packed {
    ($list:literal) => {
        Packed::new(include_bytes!(concat!(env!("OUT_DIR"), "/", $list, ".fc")))
    };
}

/// A city's size class: the one fact the rules ask of its population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitySize {
    /// 15,000 to 99,999 people.
    Small,
    /// 100,000 people or more.
    Large,
}

/// A first name's gender: male or female where 90% or more of the US births given it since 1930
/// were boys or girls (Social Security counts; data/first-names.txt), else unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// The lexicons, parsed once per [`crate::Scanner`].
pub struct Lexicon {
    /// Cities of 15,000 people or more: `name`, or `name<TAB>L` for 100,000 or more.
    pub cities: Packed,
    /// `name<TAB>gender`, the gender followed by `+` for a frequent name (0.05% of people).
    pub first_names: Packed,
    pub last_names: Packed,
    /// Lower-case ordinary English words (SCOWL 10-35).
    pub common: Packed,
    pub titles: FxHashSet<&'static str>,
    pub org_words: FxHashSet<&'static str>,
    pub demonyms: FxHashSet<&'static str>,
    /// Capitalized abbreviations and technical terms that are not organizations ("CEO", "GDP",
    /// "TV", "HTML", "GMT", "JavaScript").
    pub not_org_acronyms: FxHashSet<&'static str>,
    /// Other names that are no nationality: diseases, religions as nouns, generations ("Covid-19").
    pub misc_names: FxHashSet<&'static str>,
    /// The small place lists (countries.txt, places-extra.txt, regions.txt) in one hash set, and
    /// organizations.txt with org-names.txt in another: they are asked about every capitalized run, and hashing
    /// (built in well under a millisecond) beats three binary searches.
    places_small: FxHashSet<&'static str>,
    pub org_names: FxHashSet<&'static str>,
    /// Countries only (no capitals, states or regions), with the UK's home nations: a team
    /// named after one is a national side.
    pub nations: FxHashSet<&'static str>,
    /// Lower-case first words of the legal names of five or more companies in GLEIF's
    /// register that no other list knows ("allianz", "nomura"): data/company-heads.txt.
    pub company_heads: FxHashSet<&'static str>,
}

/// An ASCII word of up to 32 bytes lower-cased on the stack (nearly every word a list is asked
/// about): no allocation per lookup. None for a longer word or one in other letters.
fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    let lower = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(src: &'static str) -> FxHashSet<&'static str> {
    lines(src).collect()
}

impl Lexicon {
    pub fn new() -> Self {
        Lexicon {
            cities: packed!("cities"),
            first_names: packed!("first-names"),
            last_names: packed!("last-names"),
            common: packed!("common-words"),
            // "Rep." is tokenized as "Rep" + ".": every dotted title also counts without its dot
            titles: lines(small!("titles"))
                .flat_map(|t| [Some(t), t.strip_suffix('.')])
                .flatten()
                .collect(),
            org_words: set(small!("org-words")),
            demonyms: set(small!("demonyms")),
            // (technical terms are no bodies either: "HTML", "GMT", "VR", "JavaScript")
            not_org_acronyms: lines(small!("not-org-acronyms")).chain(lines(small!("tech-terms"))).collect(),
            misc_names: set(small!("misc-names")),
            // countries, capitals, continents, US states; regions and short forms ("Middle
            // East", "U.S."); provinces, states and regions of many countries
            places_small: set(small!("countries"))
                .into_iter()
                .chain(set(small!("places-extra")))
                .chain(set(small!("regions")))
                .collect(),
            // widely known organizations, written by the project
            // and names the open gold sets label organizations (data/org-names.txt, make data)
            org_names: lines(small!("organizations")).chain(lines(small!("org-names"))).collect(),
            nations: lines(small!("nations"))
                .chain(["England", "Scotland", "Wales", "Northern Ireland"])
                .collect(),
            company_heads: set(small!("company-heads")),
        }
    }

    /// Is `word` (any case) an ordinary lower-case English word?
    pub fn is_common(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        if let Some(lower) = ascii_lower(word, &mut buf) {
            return self.common.contains(lower);
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
        let size = |f: &str| if f.trim() == "L" { CitySize::Large } else { CitySize::Small };
        self.cities.get(name).map(size).or_else(|| {
            // a saint's or a fort's name written without its dot, as British copy does: "St Louis"
            let (short, rest) = name.split_once(' ').filter(|(short, _)| matches!(*short, "St" | "Ft" | "Mt"))?;
            self.cities.get(&format!("{short}. {rest}")).map(size)
        })
    }

    /// A first name given often enough to compete with a country of the same name at the start
    /// of a sentence: "Jordan said" (0.056% of US first names) but not "China's" (0.001%).
    pub fn frequent_first_name(&self, name: &str) -> bool {
        self.first_names.get(name).is_some_and(|f| f.trim_end().ends_with('+'))
    }

    /// Does `word` (in any case) open the legal names of several companies and nothing else
    /// the lists know?
    pub fn company_head(&self, word: &str) -> bool {
        // (the list is ASCII: a word in other letters is none of it)
        let mut buf = [0u8; 32];
        ascii_lower(word, &mut buf).is_some_and(|l| self.company_heads.contains(l))
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

    #[test]
    fn line_end_finds_the_first_line_end() {
        let naive = |b: &[u8], at: usize| b[at.min(b.len())..].iter().position(|&c| c == b'\n').map_or(b.len(), |i| at + i);
        // every position of a line end, alone, after another, among bytes around it (0x09, 0x0B,
        // 0x8A, 0xFF borrow or look like it in a word), from every start
        for len in 0..20 {
            for lf in 0..=len {
                for fill in [b'a', 0x09, 0x0B, 0x8A, 0xFF, 0x00] {
                    let mut b = vec![fill; len];
                    if lf < len {
                        b[lf] = b'\n';
                        if lf + 3 < len {
                            b[lf + 3] = b'\n';
                        }
                    }
                    for at in 0..=len + 1 {
                        assert_eq!(line_end(&b, at), naive(&b, at), "{b:?} from {at}");
                    }
                }
            }
        }
    }

    /// Every entry of each packed list is found with its fields, in the order of its text file;
    /// keys between and around them are not (build.rs checks the files are sorted and unique).
    #[test]
    fn packed_lists_hold_their_files() {
        let lex = Lexicon::new();
        for (list, src) in [
            (&lex.cities, include_str!("../data/cities.txt")),
            (&lex.first_names, include_str!("../data/first-names.txt")),
            (&lex.last_names, include_str!("../data/last-names.txt")),
            (&lex.common, include_str!("../data/common-words.txt")),
        ] {
            let want: Vec<(String, &str)> = lines(src)
                .map(|l| match l.split_once('\t') {
                    Some((k, f)) => (k.trim_end().to_string(), f.trim_end()),
                    None => (l.trim_end().to_string(), ""),
                })
                .collect();
            let got: Vec<(String, &str)> = list.entries().collect();
            assert_eq!(got, want);
            for (k, f) in &want {
                assert_eq!(list.get(k), Some(*f), "{k:?}");
                for miss in [format!("{k}\u{0}"), format!("{k} "), format!("{k}~"), k.char_indices().last().map_or(String::new(), |(i, _)| k[..i].to_string())] {
                    if want.binary_search_by(|(w, _)| w.as_str().cmp(miss.as_str())).is_err() {
                        assert_eq!(list.get(&miss), None, "{miss:?}");
                    }
                }
            }
            assert_eq!(list.get(""), None);
            assert_eq!(list.get(&"z".repeat(300)), None);
            assert_eq!(list.get("\u{10FFFF}"), None);
        }
    }

    #[test]
    fn lookups() {
        let lex = Lexicon::new();
        assert!(lex.place("Geneva", false) && lex.place("Middle East", false) && lex.place("Russia", false));
        assert!(lex.is_common("The") && lex.is_common("bombings") && !lex.is_common("Lavrov"));
        assert_eq!(lex.gender("Sarah"), Some(Gender::Female));
        assert_eq!(lex.gender("John"), Some(Gender::Male));
        // (a quarter of the Jordans born in the US since 1930 were girls: under 90%, unknown)
        assert_eq!(lex.gender("Jordan"), Some(Gender::Unknown));
        assert!(lex.frequent_first_name("Jordan") && !lex.frequent_first_name("China"));
        assert_eq!(lex.city("Geneva"), Some(CitySize::Large));
        assert_eq!(lex.city("Montreux"), Some(CitySize::Small));
        assert!(lex.titles.contains("Rep") && lex.titles.contains("Rep."));
    }
}
