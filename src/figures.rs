//! Figures: dates, numbers, money and percentages, with normalized values.
//!
//! Each kind is a regular expression (src/patterns.rs) that the build script compiles into an
//! anchored DFA, read in place from the program's data ([`Pattern`]), so a scanner builds
//! nothing at start-up. One pass over the text runs each only where a match of it can start
//! (a table of the bytes each can start with, by the byte before: [`Figures::matches`]).
//! Candidates are collected from all of them and overlaps are settled here (money and
//! percentages before dates, dates before plain numbers, longer before shorter).
//! A table of text that must NOT match lives in the tests at the bottom.

use regex_automata::dfa::{dense, sparse, Automaton};
use regex_automata::util::{primitives::StateID, start};
use regex_automata::{Anchored, Input};

use crate::model::Category;
use crate::patterns;
use crate::spans::Disjoint;
use crate::text::tail;

/// One figure found in the text (byte offsets) with its normalized value.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub value: Option<String>,
    /// A date that names no calendar date: one relative to the moment of writing ("today",
    /// "last year", "three weeks ago", "the past two years") or a time of day ("3:30 p.m.").
    /// Highlighted like any date; the news gold conventions leave these out of DATE.
    pub relative: bool,
    /// A length of time ("two years", "18 months", "a 30-year bond"): a date-like figure whose
    /// value is an ISO 8601 duration ("P2Y"). IE-ER labels these DATE, the Worldwide newswire
    /// does not label them at all.
    pub duration: bool,
}

/// A calendar date (year, month, day) used to resolve relative dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Compiled figure patterns.
pub struct Figures {
    /// indexed by the [`pat`] constants, in the order of `patterns::SEARCHED`
    patterns: [Pattern; PATTERNS],
    /// tested on a date's own text only: searched forwards, for a yes or no
    relative: sparse::DFA<&'static [u8]>,
}

/// The patterns' indices in [`Figures::patterns`] (and bits in [`Figures::first`]).
mod pat {
    pub const MONEY: usize = 0;
    pub const PERCENT: usize = 1;
    pub const DATE: usize = 2;
    pub const NUMBER: usize = 3;
    pub const WORD_NUMBER: usize = 4;
    pub const ORDINAL: usize = 5;
    pub const FRACTION: usize = 6;
    pub const EXCLUSION: usize = 7;
    pub const DURATION: usize = 8;
}
const PATTERNS: usize = 9;

/// The patterns' names, in the order of the constants above.
#[cfg(test)]
const NAMES: [&str; PATTERNS] = patterns::SEARCHED;

/// The kinds of byte before a match that can change how it starts ([`patterns::BEFORE`]).
const BEFORE: usize = patterns::BEFORE.len();
const NON_WORD: usize = BEFORE - 1;

/// `FIRST[before * 256 + byte]`: the patterns (bit `i` for `Figures::patterns[i]`) a match of
/// which can start with `byte` after a byte of kind `before` ([`BEFORE_CLASS`]); `SECOND[byte *
/// 128 + next]`: of those that can start with the ASCII `byte` after a byte that is not a
/// word's (most starts: a word's first letter), the ones that can start with `byte` and the
/// ASCII `next`. The one pass over the text tries a pattern only there: two bytes rule out
/// three tries in five. Written by build.rs from the automata (`u16` LE).
static FIRST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/first.bits"));
static SECOND: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/second.bits"));

fn bits(table: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([table[2 * i], table[2 * i + 1]])
}

const BEFORE_CLASS: [u8; 256] = {
    let mut t = [4u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b'\n' => 1,
            b'\r' => 2,
            _ if c.is_ascii_alphanumeric() || c == b'_' => 3,
            _ => 4,
        };
        b += 1;
    }
    t
};

/// The longest figure, in bytes: a try reads no further. Without a bound, tries from every word
/// of a run that a pattern can go on reading ("one two three hundred thousand ..." 500 KB long,
/// which money, percentages and lengths of time read to its end, waiting for a unit) would be
/// quadratic; with it, the longest run of number words is cut into figures of at most this
/// length. The longest figure found in the dev and confirm sets is 36 characters.
const LONGEST: usize = 128;

/// What one pass of [`Figures::matches`] has found so far.
struct Run {
    found: [Vec<(usize, usize)>; PATTERNS],
    /// where each pattern's next match may start: after the end of its last
    next: [usize; PATTERNS],
    first_only: bool,
    done: bool,
}

/// One figure pattern's automaton, compiled by build.rs: a dense DFA anchored where it is run,
/// which finds where the leftmost-first match that starts there ends. The scanner runs it only
/// at the bytes a match can start with ([`Figures::first`]); the leftmost place where it
/// matches is where `regex::Regex::find` would find the match, with the same end.
pub(crate) struct Pattern {
    dfa: dense::DFA<&'static [u32]>,
    /// the start state after each kind of byte ([`BEFORE_CLASS`], 0 for the text's start)
    starts: [StateID; BEFORE],
}

/// A match of a [`Pattern`] in `hay`.
#[derive(Clone, Copy)]
struct Found<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Found<'h> {
    fn start(&self) -> usize { self.start }
    fn end(&self) -> usize { self.end }
    fn as_str(&self) -> &'h str { &self.hay[self.start..self.end] }
}

/// The bytes of a serialized DFA, aligned as its `u32` transitions must be to be read in place.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

macro_rules! automaton {
    ($file:expr) => {{
        static A: &Aligned<[u8]> = &Aligned { _align: [], bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/", $file)) };
        &A.bytes
    }};
}

/// Reads a dense DFA in place without checking its tables (`from_bytes` checks every
/// transition: 0.9 ms natively, most of a scanner's build, 3-5 ms in wasm). The header is still
/// checked; the tables are checked by the tests (`automata_are_valid`).
fn dense_dfa(file: &str, bytes: &'static [u8]) -> dense::DFA<&'static [u32]> {
    // SAFETY: the bytes are the serialization that build.rs wrote, in this build, for this
    // target's byte order, with the same pinned version of regex-automata (Cargo.toml), and the
    // tests read each with the checked `from_bytes`.
    unsafe { dense::DFA::from_bytes_unchecked(bytes) }.unwrap_or_else(|e| panic!("figure automaton {file}: {e}")).0
}

fn sparse_dfa(file: &str, bytes: &'static [u8]) -> sparse::DFA<&'static [u8]> {
    // SAFETY: as for `dense_dfa`.
    unsafe { sparse::DFA::from_bytes_unchecked(bytes) }.unwrap_or_else(|e| panic!("figure automaton {file}: {e}")).0
}

macro_rules! pattern {
    ($name:literal) => {
        Pattern::new($name, dense_dfa($name, automaton!(concat!($name, ".dfa"))))
    };
}

impl Pattern {
    fn new(name: &str, dfa: dense::DFA<&'static [u32]>) -> Self {
        let starts = patterns::BEFORE.map(|before| {
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(before);
            dfa.start_state(&config).unwrap_or_else(|e| panic!("figure automaton {name}: {e}"))
        });
        Pattern { dfa, starts }
    }

    /// Where the leftmost-first match that starts at `at` ends, if one does, within
    /// [`LONGEST`] bytes; `before` is the class of the byte before `at`.
    #[inline]
    fn match_at(&self, hay: &[u8], at: usize, before: usize) -> Option<usize> {
        let dfa = &self.dfa;
        let mut state = self.starts[before];
        let mut end = None;
        let mut i = at;
        // (one byte past the longest: a match is seen one byte after it ends)
        let stop = hay.len().min(at + LONGEST + 1);
        while i < stop {
            let b = hay[i];
            state = dfa.next_state(state, b);
            if dfa.is_special_state(state) {
                // a match is seen one byte after it ends; a dead state ends the search. (The
                // patterns hold no Unicode word boundary, so no byte makes the DFA give up, and
                // the other special states, accelerated ones, are stepped through.)
                if dfa.is_match_state(state) {
                    end = Some(i);
                } else if dfa.is_dead_state(state) {
                    return end;
                }
            }
            i += 1;
        }
        if stop == hay.len() && dfa.is_match_state(dfa.next_eoi_state(state)) {
            end = Some(hay.len());
        }
        end
    }
}

/// The figure within a fraction's match: without its "of" ("a third of" is "a third").
fn fraction_part(m: &str) -> &str {
    let lower = m.len() >= 2 && m[m.len() - 2..].eq_ignore_ascii_case("of");
    if lower && m[..m.len() - 2].ends_with(char::is_whitespace) {
        m[..m.len() - 2].trim_end()
    } else {
        m
    }
}

impl Figures {
    pub fn new() -> Self {
        let patterns = [
            pattern!("money"), pattern!("percent"), pattern!("date"), pattern!("number"), pattern!("word_number"),
            pattern!("ordinal"), pattern!("fraction"), pattern!("exclusion"), pattern!("duration"),
        ];
        Figures { patterns, relative: sparse_dfa("relative.fwd", automaton!("relative.fwd")) }
    }

    /// Every match of each pattern of `which` (bit `i` for pattern `i`) in `hay`, left to
    /// right, none overlapping another of its pattern: what `regex::Regex::find_iter` finds for
    /// each, in one pass over the text. Stops at the first match when `first_only`.
    fn matches(&self, hay: &str, which: u16, first_only: bool) -> [Vec<(usize, usize)>; PATTERNS] {
        let mut run = Run { found: Default::default(), next: [0; PATTERNS], first_only, done: false };
        let bytes = hay.as_bytes();
        let mut before = 0;
        for (at, &b) in bytes.iter().enumerate() {
            // most bytes can start no match (inside a word): this loop is kept small for them
            let mut can = bits(FIRST, before * 256 + usize::from(b)) & which;
            if can != 0 && before == NON_WORD && b < 128 {
                if let Some(&n) = bytes.get(at + 1).filter(|n| **n < 128) {
                    can &= bits(SECOND, usize::from(b) * 128 + usize::from(n));
                }
            }
            if can != 0 {
                self.try_at(&mut run, hay, at, before, can);
                if run.done {
                    break;
                }
            }
            before = usize::from(BEFORE_CLASS[usize::from(b)]);
        }
        run.found
    }

    /// Runs the patterns of `can` from `at`, where their matches can start.
    #[inline(never)]
    fn try_at(&self, run: &mut Run, hay: &str, at: usize, before: usize, mut can: u16) {
        while can != 0 {
            let i = can.trailing_zeros() as usize;
            can &= can - 1;
            if at < run.next[i] {
                continue;
            }
            let Some(end) = self.patterns[i].match_at(hay.as_bytes(), at, before) else { continue };
            run.found[i].push((at, end));
            if run.first_only {
                run.done = true;
                return;
            }
            // (no pattern matches empty text; were one to, the next match would start after
            // this character, as find_iter goes on)
            run.next[i] = if end > at { end } else { at + hay[at..].chars().next().map_or(1, char::len_utf8) };
        }
    }

    /// The leftmost match of pattern `i` in `hay`.
    fn find_first(&self, i: usize, hay: &str) -> Option<(usize, usize)> {
        self.matches(hay, 1 << i, true)[i].first().copied()
    }

    /// Find the figures of `text`; `published` resolves relative dates when known.
    pub fn find(&self, text: &str, published: Option<Ymd>) -> Vec<Figure> {
        let found = self.matches(text, (1 << PATTERNS) - 1, false);
        let each = |i: usize| found[i].iter().map(|&(start, end)| Found { hay: text, start, end });
        let excluded = &found[pat::EXCLUSION];
        let mut cands: Vec<(usize, usize, Category, u8)> = Vec::new();
        for m in each(pat::MONEY) {
            if self.money_ok(text, m.start(), m.end()) {
                cands.push((m.start(), m.end(), Category::Money, 4));
            }
        }
        for m in each(pat::PERCENT) {
            let s = if text[m.start()..].starts_with('-') { m.start() + 1 } else { m.start() };
            cands.push((s, m.end(), Category::Percent, 4));
            if s > m.start() {
                // "5-15 percent": the 5 is a percentage too (two figures, as IE-ER marks them)
                let head = text[..m.start()].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
                let first = head.len();
                if first < m.start() && !head.ends_with(|c: char| c.is_alphanumeric() || c == '-') {
                    cands.push((first, m.start(), Category::Percent, 4));
                }
            }
        }
        for m in each(pat::DATE) {
            if let Some((s, e)) = self.date_ok(text, m.start(), m.end()) {
                cands.push((s, e, Category::Date, 3));
            }
        }
        for m in each(pat::DURATION) {
            let (s, e) = (m.start(), m.end());
            // "a 30-year-old man" is an age; a match inside a word or after a dot is not a length
            let after = &text[e..];
            if after.starts_with("-old") || after.starts_with(" old") || text[..s].ends_with(|c: char| c.is_alphanumeric() || c == '.') {
                continue;
            }
            // "a year" / "a day" alone are too vague to highlight ("once a year"); "2022 year-end" is a year
            let head = text[s..e].split(['-', ' ']).next().unwrap_or("").to_lowercase();
            let year_like = head.len() == 4 && head.bytes().all(|b| b.is_ascii_digit()) && (head.starts_with("1") || head.starts_with("20"));
            if matches!(head.as_str(), "a" | "an") || year_like {
                continue;
            }
            cands.push((s, e, Category::Date, DURATION));
        }
        for m in each(pat::NUMBER) {
            if self.number_ok(text, m.start(), m.end()) {
                cands.push((m.start(), m.end(), Category::Number, 1));
            }
        }
        for m in each(pat::ORDINAL) {
            cands.push((m.start(), m.end(), Category::Number, 2));
        }
        for whole in each(pat::FRACTION) {
            let g = fraction_part(whole.as_str());
            // "a third" alone is an ordinal ("a third time"): only "a third of ..." is a fraction
            let article = g.to_lowercase().starts_with("a ");
            if !article || whole.as_str().to_lowercase().ends_with(" of") {
                cands.push((whole.start(), whole.start() + g.len(), Category::Number, 3));
            }
        }
        for m in each(pat::WORD_NUMBER) {
            // "a few hundred yuan": the amount of money is the figure, not the vague number
            let vague = m.as_str().contains(' ') && !m.as_str().bytes().next().is_some_and(|b| b.is_ascii_digit());
            if vague {
                // look only a few words ahead: a search to the end of the text per match is quadratic
                let mut end = (m.end() + 40).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                if self.find_first(pat::MONEY, &text[m.start()..end]).is_some_and(|(s, _)| s < m.end() - m.start()) {
                    continue;
                }
            }
            if self.word_number_ok(text, m.start(), m.end()) {
                cands.push((m.start(), m.end(), Category::Number, 1));
            }
        }
        let mut excluded_set = Disjoint::default();
        for &(s, e) in excluded {
            excluded_set.insert(s, e);
        }
        cands.retain(|c| !excluded_set.overlaps(c.0, c.1));
        // longest first, then priority; a candidate survives if it overlaps nothing kept
        cands.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(b.3.cmp(&a.3)).then(a.0.cmp(&b.0)));
        let mut taken = Disjoint::default();
        let mut kept: Vec<(usize, usize, Category, u8)> = Vec::new();
        for c in cands {
            if taken.insert(c.0, c.1) {
                kept.push(c);
            }
        }
        // (the kept spans are disjoint: their starts differ)
        kept.sort_unstable_by_key(|c| c.0);
        // merge "Aug. 8" + " last year", "2001-2009" into one date
        let kept = merge_ranges(text, kept);
        kept.into_iter()
            .map(|c| {
                let (s, e, cat, _) = c;
                // a merged duration keeps its priority, so it stays a duration
                let duration = is_duration(&c);
                Figure {
                    start: s, end: e, category: cat,
                    value: if duration { duration_value(&text[s..e]) } else { value(&text[s..e], cat, published) },
                    relative: cat == Category::Date && !duration && self.relative.try_search_fwd(&Input::new(&text[s..e]).earliest(true)).is_ok_and(|m| m.is_some()),
                    duration,
                }
            })
            .collect()
    }

    /// Amounts that are not money: a weight in pounds ("hundreds of pounds of provisions",
    /// "100kg (220 pounds)", "weighs 220 pounds") and a threshold ("the 4,000 mark").
    fn money_ok(&self, text: &str, s: usize, e: usize) -> bool {
        let span = &text[s..e];
        let lower = span.to_lowercase();
        let after = &text[e..];
        let mut from = s.saturating_sub(40);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let before = text[from..s].to_lowercase();
        if lower.ends_with("pounds") || lower.ends_with("pound") {
            let weight_near = ["kg", "kilo", "weigh", "lbs", "tonne", "ounce"].iter().any(|w| before.contains(w));
            if after.starts_with(" of ") || weight_near {
                return false;
            }
        }
        if lower.ends_with(" mark") && before.trim_end().ends_with("the") {
            return false;
        }
        true
    }

    /// Dates that are really something else: "may" as a verb, "March" as a verb, a year that is a count.
    fn date_ok(&self, text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
        let span = &text[s..e];
        let before = text[..s].trim_end();
        let prev_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let next = text[e..].trim_start();
        let next_word: &str = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // a bare month name that is also an ordinary word
        if matches!(span, "May" | "March" | "Jan" | "Sept" | "Dec" | "Oct" | "Nov" | "Aug" | "Feb") {
            let temporal_prev = matches!(prev_word.to_lowercase().as_str(),
                "in" | "since" | "until" | "by" | "last" | "next" | "this" | "early" | "late" | "mid" | "of"
                | "before" | "after" | "during" | "through" | "from" | "to" | "and" | "or" | "between" | "till");
            if !temporal_prev {
                return None;
            }
            if span.len() <= 4 && !matches!(span, "May") {
                return None; // "Dec" alone is rarely a date
            }
        }
        // a four-digit number that is a quantity: "2008 people", "1500 metres"
        if span.len() == 4 && span.bytes().all(|b| b.is_ascii_digit()) {
            let nw = next_word.to_lowercase();
            if matches!(nw.as_str(), "people" | "of" | "metres" | "meters" | "km" | "kilometres" | "miles" | "units"
                | "cars" | "troops" | "soldiers" | "students" | "jobs" | "workers" | "civilians" | "members"
                | "votes" | "feet" | "tonnes" | "tons" | "homes" | "houses" | "deaths" | "cases")
                || text[e..].starts_with(',') && text[e..].as_bytes().get(1).is_some_and(|b| b.is_ascii_digit())
            {
                return None;
            }
            // a dimension: "1800 x 1920", "1920×1080", "1920 by 1080" (not "In 1920 x rays")
            // (both sides of three digits or more: "5x 2019 levels" is a year)
            let digits_after = |rest: &str| rest.trim_start().bytes().take_while(u8::is_ascii_digit).take(3).count() == 3;
            let digits_before = |rest: &str| rest.trim_end().bytes().rev().take_while(u8::is_ascii_digit).take(3).count() == 3;
            let times_after = next.strip_prefix(['x', '\u{d7}']).or_else(|| next.strip_prefix("by ")).is_some_and(digits_after);
            let times_before = before.strip_suffix(['x', '\u{d7}']).is_some_and(digits_before);
            if times_after || times_before {
                return None;
            }
            // a year right after a capitalized model name: "Boeing 2707" is a product
            if text[..s].ends_with(' ') && prev_word.chars().next().is_some_and(|c| c.is_uppercase())
                && !matches!(prev_word, "In" | "Since" | "By" | "Until" | "Of" | "From" | "Before" | "After" | "Circa" | "Around"
                    | "During" | "Through" | "Early" | "Late" | "Mid" | "Spring" | "Summer" | "Autumn" | "Fall" | "Winter")
                && prev_word.chars().any(|c| c.is_lowercase()) && !is_month(prev_word)
                && !before.ends_with(',')
            {
                return None;
            }
        }
        // "second" / "the first quarter" fine; "the second time" is not matched by the date pattern.
        // times: "6pm" is fine; "6 p.m." fine.
        let _ = next_word;
        Some((s, e))
    }

    fn number_ok(&self, text: &str, s: usize, e: usize) -> bool {
        let pre = &text[..s];
        let prev = pre.chars().next_back();
        // inside a word or code: "COVID-19", "G7", "B-52", "MP3"
        if let Some(c) = prev {
            if c.is_alphanumeric() || c == '.' || c == '_' || c == '/' || c == '\u{00A3}' {
                return false;
            }
            if c == '-' || c == '\u{2013}' {
                let before = pre[..pre.len() - c.len_utf8()].chars().next_back();
                if before.is_some_and(|b| b.is_alphabetic()) {
                    return false;
                }
            }
        }
        let nxt = text[e..].chars().next();
        if nxt.is_some_and(|c| c.is_alphabetic() || c == '_') {
            return false; // "3D", "5G" (ordinals are matched separately)
        }
        // a clock or a timer's part: "00:25", "1:30" (a time of day is matched whole elsewhere)
        let digit_before_colon = pre.strip_suffix(':').is_some_and(|p| p.ends_with(|c: char| c.is_ascii_digit()));
        if digit_before_colon || text[e..].strip_prefix(':').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
            return false;
        }
        // a reference mark: "exceptions.[1]", "[12]"
        if pre.ends_with('[') && text[e..].starts_with(']') {
            return false;
        }
        // the first part of a slashed figure is none alone: "9/11", "24/7" (its second part
        // is skipped above)
        if text[e..].strip_prefix('/').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
            return false;
        }
        // a code joined to a capital: "4-H", "3-D"
        let mut rest = text[e..].chars();
        if matches!(rest.next(), Some('-')) && rest.next().is_some_and(|c| c.is_uppercase()) && !rest.next().is_some_and(char::is_alphabetic) {
            return false;
        }
        // a number after a capitalized product or document word: "Boeing 737", "Windows 10", "Figure 1"
        let prev_word = pre.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let prev_lower = prev_word.to_lowercase();
        if matches!(prev_lower.as_str(), "figure" | "fig" | "table" | "page" | "pages" | "p" | "pp" | "no"
            | "chapter" | "section" | "article" | "version" | "v" | "route" | "flight" | "room" | "number"
            | "windows" | "iphone" | "galaxy" | "boeing" | "airbus" | "level" | "episode" | "season" | "volume"
            | "vol" | "channel" | "apollo" | "ios" | "android" | "paragraph" | "rule" | "resolution" | "psalm"
            | "game" | "g" | "covid" | "mp" | "a" | "b" | "f" | "su" | "mig" | "t" | "ak" | "m")
            && pre.trim_end().len() + 3 >= pre.len()
        {
            return false;
        }
        // sports scores "2-1" are not counts; a documented rule: digits joined by a hyphen
        // with no spaces, both under 30, are a score or a range of scores and are skipped
        let span = &text[s..e];
        if span.len() <= 2 && (text[e..].starts_with('-') || pre.ends_with('-')) {
            let other = if text[e..].starts_with('-') { text[e + 1..].split(|c: char| !c.is_ascii_digit()).next() }
                else { pre[..pre.len() - 1].rsplit(|c: char| !c.is_ascii_digit()).next() };
            if other.is_some_and(|o| !o.is_empty() && o.len() <= 2) {
                return false;
            }
        }
        true
    }

    fn word_number_ok(&self, text: &str, s: usize, e: usize) -> bool {
        let span = text[s..e].to_lowercase();
        // "one" alone is a pronoun as often as a number ("one of the", "the one who")
        if matches!(span.as_str(), "a half" | "half a" | "a dozen") {
            return false;
        }
        // "one" is a count before a plain noun ("one meeting", "one word"), but a pronoun in
        // "one of the", "the one who", "one another", and part of idioms ("at one point")
        if span == "one" {
            let next_word: String = text[e..].trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
            let prev = tail(&text[..s], 12).to_lowercase();
            let pronoun_next = matches!(next_word.as_str(), "" | "of" | "another" | "who" | "that" | "which" | "is" | "was"
                | "has" | "had" | "and" | "or" | "to" | "in" | "on" | "at" | "by" | "for" | "with" | "the" | "a" | "an"
                | "point" | "day" | "thing" | "way" | "time" | "can" | "could" | "would" | "will" | "should" | "must"
                | "might" | "may" | "does" | "did" | "else" | "less" | "more" | "too" | "here" | "there");
            let lower_next = next_word.chars().next().is_some_and(|c| c.is_lowercase());
            if pronoun_next || !lower_next || prev.ends_with("the ") || prev.ends_with("no ") || prev.ends_with("any ")
                || prev.ends_with("every ") || prev.ends_with("this ") || prev.ends_with("that ")
            {
                return false;
            }
        }
        // "the second time", "first": ordinals in words are not matched by this pattern at all
        let next = text[e..].trim_start();
        if next.starts_with("of the") && matches!(span.as_str(), "hundred" | "thousand" | "million") {
            return false;
        }
        true
    }
}

impl Default for Figures {
    fn default() -> Self {
        Self::new()
    }
}

pub(crate) fn is_month(w: &str) -> bool {
    matches!(w, "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September"
        | "October" | "November" | "December" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep"
        | "Sept" | "Oct" | "Nov" | "Dec")
}

/// The priority of a duration candidate: a date that is a length of time ("two years").
const DURATION: u8 = 2;

fn is_duration(c: &(usize, usize, Category, u8)) -> bool {
    c.2 == Category::Date && c.3 == DURATION
}

/// Join adjacent figures that form one: "Aug. 8" + "last year", "1.2" + "-" + "1.4 trillion",
/// "2001-2009" (but "5-15 percent" is two percentages, as IE-ER marks them). A range written
/// with words ("from 2001 to 2009", "between 2 and 5 percent") stays two figures, as both gold conventions have it (IE-ER and the Worldwide newswire agree);
/// the first number of a percentage range is a percentage too ("2" of "2 and 5 percent").
fn merge_ranges(text: &str, kept: Vec<(usize, usize, Category, u8)>) -> Vec<(usize, usize, Category, u8)> {
    let mut out: Vec<(usize, usize, Category, u8)> = Vec::with_capacity(kept.len());
    for c in kept {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.1..c.0];
            let g = gap.trim();
            let same = last.2 == c.2;
            let dash = matches!(g, "-" | "\u{2013}");
            // (a duration never joins a date: "four hours" + "Friday")
            let date_join = same && c.2 == Category::Date && (g.is_empty() || dash) && gap.len() <= 9 && !gap.is_empty()
                && !is_duration(&c) && !is_duration(last);
            let is_range = same && dash && gap.len() <= 5 && matches!(c.2, Category::Number | Category::Money);
            let unit_range = last.2 == Category::Number && matches!(c.2, Category::Percent | Category::Money);
            if unit_range && dash && gap.len() <= 5 {
                last.1 = c.1;
                last.2 = c.2;
                continue;
            }
            let range_prefix = tail(&text[..last.0], 12).trim_end().to_lowercase();
            if unit_range && c.2 == Category::Percent && gap.len() <= 5 && text[last.0..last.1].bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                && (g == "to" || (g == "and" && range_prefix.ends_with("between")))
            {
                last.2 = c.2;
            }
            // the parts of one length of time: "2 hours, 32 minutes, 25.3 seconds"
            if is_duration(&c) && is_duration(last) && (g.is_empty() || g == "," || g == "and") && gap.len() <= 5
                && !text[last.0..c.1].contains(':')
            {
                last.1 = c.1;
                continue;
            }
            let rel_year = c.2 == Category::Date && last.2 == Category::Date
                && matches!(text[c.0..c.1].to_lowercase().as_str(), "last year" | "this year" | "next year")
                && g.is_empty();
            if date_join || rel_year || is_range {
                last.1 = c.1;
                continue;
            }
        }
        out.push(c);
    }
    out
}

fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "one" | "a" => 1.0, "two" => 2.0, "three" => 3.0, "four" => 4.0, "five" => 5.0, "six" => 6.0,
        "seven" => 7.0, "eight" => 8.0, "nine" => 9.0, "ten" => 10.0, "eleven" => 11.0, "twelve" => 12.0,
        "thirteen" => 13.0, "fourteen" => 14.0, "fifteen" => 15.0, "sixteen" => 16.0, "seventeen" => 17.0,
        "eighteen" => 18.0, "nineteen" => 19.0, "twenty" => 20.0, "thirty" => 30.0, "forty" => 40.0,
        "fifty" => 50.0, "sixty" => 60.0, "seventy" => 70.0, "eighty" => 80.0, "ninety" => 90.0,
        "dozen" => 12.0, "half" => 0.5,
        _ => return None,
    })
}

fn scale_value(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2, "thousand" | "k" => 1e3, "million" | "mln" | "m" | "mil" | "mm" => 1e6,
        "billion" | "bln" | "bn" | "b" => 1e9, "trillion" | "tn" => 1e12, "crore" => 1e7, "lakh" => 1e5,
        _ => return None,
    })
}

/// Parse an amount such as "1,200", "1.2 million", "thirty-four", "$1.2bn" (currency ignored).
pub fn parse_amount(s: &str) -> Option<f64> {
    let lower = s.to_lowercase();
    let mut total: Option<f64> = None;
    let mut current = 0.0f64;
    let mut seen = false;
    let mut word = String::new();
    let mut chars = lower.chars().peekable();
    let flush_word = |word: &mut String, current: &mut f64, total: &mut Option<f64>, seen: &mut bool| {
        if word.is_empty() {
            return;
        }
        if let Some(v) = word_value(word) {
            if *current != 0.0 && v < 100.0 && *current >= 20.0 { *current += v } else { *current = if *current > 0.0 && v < 1.0 { *current * v } else { *current + v } }
            *seen = true;
        } else if let Some(m) = scale_value(word) {
            if *current == 0.0 { *current = 1.0 }
            if m == 100.0 {
                *current *= m;
            } else {
                *total = Some(total.unwrap_or(0.0) + *current * m);
                *current = 0.0;
            }
            *seen = true;
        }
        word.clear();
    };
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            let mut num = String::new();
            num.push(c);
            while let Some(&n) = chars.peek() {
                if n.is_ascii_digit() || n == '.' {
                    num.push(n);
                    chars.next();
                } else if n == ',' {
                    chars.next();
                } else {
                    break;
                }
            }
            if let Some(v) = decimal(num.trim_end_matches('.')) {
                if seen && (current != 0.0 || total.is_some()) {
                    break; // a range ("2 and 5", "2001 to 2009"): the value is its first figure
                }
                current += v;
                seen = true;
            }
        } else if c.is_alphabetic() {
            word.push(c);
        } else {
            flush_word(&mut word, &mut current, &mut total, &mut seen);
            if c == '-' && seen && total.is_none() && current != 0.0 && !chars.peek().is_some_and(|n| n.is_alphabetic()) {
                break; // a range "2-5": keep the first figure
            }
            if c == '%' {
                break;
            }
        }
        if word.len() > 12 {
            word.clear();
        }
        let _ = &mut total;
    }
    flush_word(&mut word, &mut current, &mut total, &mut seen);
    if !seen {
        return None;
    }
    Some(total.unwrap_or(0.0) + current)
}

/// The value of a plain decimal ("1200", "1.25", ".5"): digits with at most one dot, nothing
/// else (no sign, exponent or "inf", which no figure contains). With digits below 2^53 (15
/// significant digits and more) and up to 22 decimals, every figure in print, the value is the
/// quotient of two exactly held numbers, so correctly rounded: the value `str::parse` gives.
/// So is a whole number of up to 38 digits (a tweet's id); other longer ones are within a few
/// units in the last place of it. (Not `str::parse::<f64>`: its tables were 16 KB of the gzipped wasm.)
fn decimal(s: &str) -> Option<f64> {
    const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac = frac.trim_end_matches('0');
    let mantissa = int.bytes().chain(frac.bytes()).fold(0u128, |m, b| m.saturating_mul(10).saturating_add(u128::from(b - b'0')));
    let digits = int.trim_start_matches('0').len() + frac.len();
    // a whole number of up to 38 digits is held exactly, and converted correctly rounded
    if frac.is_empty() && digits <= 38 {
        return Some(mantissa as f64);
    }
    // the digits divided by a power of ten: both exact (so the quotient correctly rounded) while
    // the digits are below 2^53, one rounding more above
    if digits <= 38 && frac.len() < POW10.len() {
        return Some(mantissa as f64 / POW10[frac.len()]);
    }
    let whole = int.bytes().fold(0f64, |v, b| v * 10.0 + f64::from(b - b'0'));
    let part = frac.bytes().rev().fold(0f64, |v, b| (v + f64::from(b - b'0')) / 10.0);
    Some(whole + part)
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The ISO 4217 code of a money span: its symbol, its code or wire abbreviation, the country
/// adjective before the currency word, or the currency word ("USD" when only "$" is known).
fn currency(s: &str) -> &'static str {
    const SYMBOLS: &[(&str, &str)] = &[
        ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₡", "CRC"), ("₦", "NGN"),
        ("₱", "PHP"), ("₴", "UAH"), ("₺", "TRY"), ("₫", "VND"), ("฿", "THB"), ("₪", "ILS"), ("₵", "GHS"), ("₸", "KZT"),
        ("₲", "PYG"), ("₭", "LAK"), ("₮", "MNT"), ("₾", "GEL"), ("₼", "AZN"),
    ];
    // at the start of the span, longest first where one is a prefix of another
    const PREFIXES: &[(&str, &str)] = &[
        ("us$", "USD"), ("u.s.$", "USD"), ("hk$", "HKD"), ("nz$", "NZD"), ("au$", "AUD"), ("a$", "AUD"), ("ca$", "CAD"),
        ("c$", "CAD"), ("s$", "SGD"), ("nt$", "TWD"), ("mex$", "MXN"), ("r$", "BRL"), ("rs", "INR"), ("rp", "IDR"),
        ("rm", "MYR"), ("ksh", "KES"), ("dlrs", "USD"), ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"),
        ("chf", "CHF"), ("cny", "CNY"), ("rmb", "CNY"), ("aud", "AUD"), ("cad", "CAD"), ("inr", "INR"), ("zar", "ZAR"),
        ("ngn", "NGN"), ("ghs", "GHS"), ("egp", "EGP"), ("php", "PHP"), ("pkr", "PKR"), ("bdt", "BDT"), ("tk", "BDT"),
    ];
    // codes written before a dollar sign in news copy
    const ISO_CODES: &[&str] = &["COP", "MXN", "CLP", "ARS", "BRL", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "TTD",
        "BBD", "BZD", "NAD", "LRD", "ZWL", "FJD", "UYU", "DOP", "CUP", "USD"];
    // a country adjective names the currency: "Hong Kong dollars", "Colombian pesos"
    const ADJECTIVES: &[(&str, &str)] = &[
        ("us dollar", "USD"), ("u.s. dollar", "USD"), ("australian", "AUD"), ("canadian", "CAD"), ("hong kong", "HKD"),
        ("new zealand", "NZD"), ("singapore", "SGD"), ("taiwan", "TWD"), ("zimbabwean", "ZWL"), ("mexican", "MXN"),
        ("argentin", "ARS"), ("colombian", "COP"), ("chilean", "CLP"), ("philippine", "PHP"), ("cuban", "CUP"),
        ("dominican", "DOP"), ("uruguayan", "UYU"), ("jamaican", "JMD"), ("namibian", "NAD"), ("liberian", "LRD"),
        ("egyptian", "EGP"), ("kenyan", "KES"), ("ugandan", "UGX"), ("tanzanian", "TZS"), ("nigerian", "NGN"),
        ("indian", "INR"), ("pakistani", "PKR"), ("sri lankan", "LKR"), ("nepalese", "NPR"), ("indonesian", "IDR"),
        ("brazilian", "BRL"), ("swiss", "CHF"), ("swedish", "SEK"), ("norwegian", "NOK"), ("danish", "DKK"),
        ("turkish", "TRY"), ("south african", "ZAR"), ("russian", "RUB"), ("chinese", "CNY"), ("japanese", "JPY"),
        ("iranian", "IRR"), ("iraqi", "IQD"), ("saudi", "SAR"), ("qatari", "QAR"), ("kuwaiti", "KWD"),
        ("jordanian", "JOD"), ("moroccan", "MAD"), ("tunisian", "TND"), ("algerian", "DZD"),
    ];
    const WORDS: &[(&str, &str)] = &[
        ("euro", "EUR"), ("pound", "GBP"), ("sterling", "GBP"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
        ("rupiah", "IDR"), ("rupee", "INR"), ("ringgit", "MYR"), ("baht", "THB"), ("won", "KRW"), ("ruble", "RUB"),
        ("rouble", "RUB"), ("peso", "MXN"), ("franc", "CHF"), ("naira", "NGN"), ("rand", "ZAR"), ("shilling", "KES"),
        ("riyal", "SAR"), ("rial", "IRR"), ("dirham", "AED"), ("lira", "TRY"), ("lire", "ITL"), ("mark", "DEM"),
        ("kronor", "SEK"), ("krona", "SEK"), ("kroner", "NOK"), ("zloty", "PLN"), ("colones", "CRC"), ("colón", "CRC"),
        ("colon", "CRC"), ("birr", "ETB"), ("cedi", "GHS"), ("kwacha", "ZMW"), ("shekel", "ILS"), ("hryvnia", "UAH"),
        ("tenge", "KZT"), ("dong", "VND"), ("taka", "BDT"), ("kyat", "MMK"), ("soles", "PEN"), ("bol", "VES"),
        ("quetzal", "GTQ"), ("reais", "BRL"), ("forint", "HUF"), ("koruna", "CZK"), ("lempira", "HNL"),
        ("guaran", "PYG"), ("leones", "SLL"), ("pula", "BWP"), ("ouguiya", "MRU"), ("manat", "AZN"), ("dinar", "IQD"),
        ("dollar", "USD"),
    ];
    let l = s.to_lowercase();
    if let Some((_, c)) = SYMBOLS.iter().find(|(p, _)| l.contains(p)) {
        return c;
    }
    if let Some((_, c)) = PREFIXES.iter().find(|(p, _)| l.starts_with(p)) {
        return c;
    }
    // an ISO code before the dollar sign: "COP$35 million", "MXN$100"
    if s.len() > 4 && s.as_bytes()[3] == b'$' && s.as_bytes()[..3].iter().all(u8::is_ascii_uppercase) {
        let code = &s[..3];
        return ISO_CODES.iter().find(|c| **c == code).copied().unwrap_or("USD");
    }
    if let Some((_, c)) = ADJECTIVES.iter().find(|(p, _)| l.contains(p)) {
        return c;
    }
    // the currency word is the span's last word ("2,500 colones", "billions of dollars")
    let last = l.rsplit(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    if let Some((_, c)) = WORDS.iter().find(|(p, _)| last.starts_with(p)) {
        return c;
    }
    if last.starts_with("cent") && !l.contains('$') {
        return "USD-cents";
    }
    if l.starts_with('r') && !l.starts_with("r$") {
        return "ZAR"; // "R5 million"
    }
    "USD"
}

fn month_num(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    let m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    m.iter().position(|p| w.starts_with(p)).map(|i| i as u32 + 1)
}

fn weekday_num(w: &str) -> Option<u32> {
    let d = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    d.iter().position(|p| w.to_lowercase().starts_with(p)).map(|i| i as u32)
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    Ymd { year: (if m <= 2 { y + 1 } else { y }) as i32, month: m, day: d }
}

fn date_value(s: &str, published: Option<Ymd>) -> Option<String> {
    let lower = s.to_lowercase().replace('’', "'");
    // holidays on a fixed day: the year of publication when known
    let fixed = match lower.as_str() {
        "christmas" | "christmas day" => Some((12, 25)), "christmas eve" => Some((12, 24)),
        "new year's day" => Some((1, 1)), "new year's eve" => Some((12, 31)),
        "fourth of july" => Some((7, 4)), "halloween" => Some((10, 31)),
        _ => None,
    };
    if let Some((m, d)) = fixed {
        return Some(match published {
            Some(p) => format!("{:04}-{m:02}-{d:02}", p.year),
            None => format!("--{m:02}-{d:02}"),
        });
    }
    // already ISO 8601: "2024-05-04"
    if s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' && s.bytes().filter(u8::is_ascii_digit).count() == 8 {
        return Some(s.to_string());
    }
    // a date in digits and slashes: "12/25/2019" and "25/12/2019" -> "2019-12-25"; where both
    // readings are dates, the month first, as American copy writes it ("3/4/2020": March 4)
    let slashed: Vec<u32> = s.split('/').filter_map(|p| p.parse().ok()).collect();
    if let [a, b, y] = slashed[..] {
        if s.matches('/').count() == 2 && y >= 1000 {
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Some(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
    }
    // a decade: "the 1990s" -> "1990s"
    if let Some(d) = lower.trim_start_matches("the ").strip_suffix('s') {
        if d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()) {
            return Some(format!("{d}s"));
        }
    }
    // a range of years: "2001-2009" -> "2001/2009" (an ISO 8601 interval)
    let parts: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2013}').filter(|w| !w.is_empty()).collect();
    let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let years: Vec<&str> = parts.iter().copied().filter(|w| is_year(w)).collect();
    if years.len() == 2 && parts.iter().all(|w| is_year(w)) {
        return Some(format!("{}/{}", years[0], years[1]));
    }
    // a time of day: "3:30 p.m. EST" -> "15:30 EST"
    if lower.contains("a.m.") || lower.contains("p.m.") || lower.ends_with("am") || lower.ends_with("pm") || lower.contains("pm ") || lower.contains("am ") {
        let digits: Vec<u32> = lower.split(|c: char| !c.is_ascii_digit()).filter_map(|d| d.parse().ok()).collect();
        if let Some(&h) = digits.first() {
            let m = digits.get(1).copied().unwrap_or(0);
            let pm = lower.contains("p.m.") || lower.contains("pm");
            let h24 = match (h, pm) { (12, false) => 0, (12, true) => 12, (h, true) => h + 12, (h, false) => h };
            if h24 < 24 && m < 60 {
                let zone = s.split_whitespace().last().filter(|z| z.len() == 3 && z.chars().all(|c| c.is_ascii_uppercase()));
                return Some(match zone { Some(z) => format!("{h24:02}:{m:02} {z}"), None => format!("{h24:02}:{m:02}") });
            }
        }
    }
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let year_of = |w: &str| -> Option<i32> {
        let w = w.trim_start_matches("FY");
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten()
    };
    let year = words.iter().find_map(|w| year_of(w));
    let month = words.iter().find_map(|w| if w.chars().next().is_some_and(|c| c.is_uppercase()) { month_num(w).filter(|_| is_month(w.trim_end_matches('.'))) } else { None });
    let day = words.iter().find_map(|w| {
        let d = w.trim_end_matches(|c: char| c.is_alphabetic());
        (!d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit())).then(|| d.parse::<u32>().ok()).flatten()
    }).filter(|d| (1..=31).contains(d));
    let rel_year = if lower.contains("last year") { Some(-1) } else if lower.contains("next year") { Some(1) }
        else if lower.contains("this year") { Some(0) } else { None };
    let year = year.or_else(|| rel_year.and_then(|r| published.map(|p| p.year + r)));
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => return Some(format!("{y:04}-{m:02}-{d:02}")),
        (Some(y), Some(m), None) => return Some(format!("{y:04}-{m:02}")),
        (None, Some(m), Some(d)) => {
            return Some(match published {
                // the latest such date not after publication (news reports the past more than the future)
                Some(p) => {
                    let y = if (m, d) > (p.month, p.day) { p.year - 1 } else { p.year };
                    format!("{y:04}-{m:02}-{d:02}")
                }
                None => format!("--{m:02}-{d:02}"),
            })
        }
        (None, Some(m), None) if lower.starts_with("last ") => {
            if let Some(p) = published {
                let y = if m >= p.month { p.year - 1 } else { p.year };
                return Some(format!("{y:04}-{m:02}"));
            }
        }
        (Some(y), None, None) if !lower.contains("ago") => {
            if lower.ends_with('s') { return Some(format!("{}s", y)); }
            return Some(format!("{y:04}"));
        }
        _ => {}
    }
    if let (Some(wd), Some(p)) = (words.iter().find_map(|w| weekday_num(w)), published) {
        let pd = days_from_civil(p.year, p.month, p.day);
        let pwd = (pd + 3).rem_euclid(7) as u32; // 1970-01-01 was a Thursday (3 with Monday = 0)
        let back = (pwd + 7 - wd) % 7;
        let back = if lower.starts_with("last ") && back == 0 { 7 } else { back };
        let next = lower.starts_with("next ");
        let d = if next { pd + ((wd + 7 - pwd) % 7).max(1) as i64 } else { pd - back as i64 };
        let c = civil_from_days(d);
        return Some(format!("{:04}-{:02}-{:02}", c.year, c.month, c.day));
    }
    if let Some(p) = published {
        let base = days_from_civil(p.year, p.month, p.day);
        let c = match lower.as_str() {
            "today" | "tonight" => Some(base),
            "yesterday" => Some(base - 1),
            "tomorrow" => Some(base + 1),
            _ => None,
        };
        if let Some(c) = c {
            let c = civil_from_days(c);
            return Some(format!("{:04}-{:02}-{:02}", c.year, c.month, c.day));
        }
        if let Some(r) = rel_year {
            return Some(format!("{:04}", p.year + r));
        }
    }
    None
}

/// "two-thirds" -> 2/3, "a quarter" -> 1/4.
fn fraction_value(s: &str) -> Option<f64> {
    let l = s.to_lowercase();
    let mut parts = l.split(['-', ' ']);
    let num = match parts.next()? { "a" => 1.0, w => word_value(w)? };
    let den = match parts.next()?.trim_end_matches('s') {
        "half" | "halve" => 2.0, "third" => 3.0, "quarter" => 4.0, "fifth" => 5.0, "sixth" => 6.0,
        "eighth" => 8.0, "tenth" => 10.0,
        _ => return None,
    };
    Some(num / den)
}

/// A length of time as an ISO 8601 duration: "two years" -> "P2Y", "18 months" -> "P18M",
/// "four-and-a-half years" -> "P4.5Y", "a decade" -> "P10Y", "six hours" -> "PT6H".
fn duration_value(s: &str) -> Option<String> {
    // a race time: "4:07.13" -> "PT4M7.13S", "1:41:41.2" -> "PT1H41M41.2S"
    if s.contains(':') {
        let nums: Vec<f64> = s.split(':').map(decimal).collect::<Option<_>>()?;
        let (h, m, sec) = match nums[..] {
            [m, sec] => (0.0, m, sec),
            [h, m, sec] => (h, m, sec),
            _ => return None,
        };
        let h = if h > 0.0 { format!("{}H", fmt_num(h)) } else { String::new() };
        return Some(format!("PT{h}{}M{}S", fmt_num(m), fmt_num(sec)));
    }
    // the parts of one length of time: "2 hours, 32 minutes and 25.3 seconds" -> "PT2H32M25.3S"
    let l = s.to_lowercase().replace("-and-a-half", " and-a-half").replace(" and a half", " and-a-half");
    let (mut date, mut time) = (String::new(), String::new());
    for part in l.split(',').flat_map(|p| p.split(" and ")).map(str::trim).filter(|p| !p.is_empty()) {
        let unit = part.rsplit(['-', ' ']).next()?.trim_end_matches('s');
        let mut n = parse_amount(&part.replace(" and-a-half", ""))?;
        if part.contains("and-a-half") {
            n += 0.5;
        }
        let (n, code, in_time) = match unit {
            "year" => (n, 'Y', false),
            "month" => (n, 'M', false),
            "week" => (n, 'W', false),
            "day" => (n, 'D', false),
            "hour" => (n, 'H', true),
            "decade" => (n * 10.0, 'Y', false),
            "century" | "centurie" => (n * 100.0, 'Y', false),
            "minute" => (n, 'M', true),
            "second" => (n, 'S', true),
            _ => return None,
        };
        let out = if in_time { &mut time } else { &mut date };
        out.push_str(&format!("{}{code}", fmt_num(n)));
    }
    if date.is_empty() && time.is_empty() {
        return None;
    }
    Some(format!("P{date}{}{time}", if time.is_empty() { "" } else { "T" }))
}

/// A percentage as a number of percent (basis points and fractions of a point converted).
fn percent_value(s: &str) -> Option<f64> {
    let l = s.to_lowercase();
    if let Some(head) = l.strip_suffix(" of a percentage point") {
        let mut parts = head.split(['-', ' ']);
        let num = match parts.next()? { "a" => 1.0, w => word_value(w)? };
        let den = match parts.next()?.trim_end_matches('s') { "quarter" => 4.0, "tenth" => 10.0, "hundredth" => 100.0, _ => return None };
        return Some(num / den);
    }
    if l == "half a percentage point" {
        return Some(0.5);
    }
    if let Some(head) = l.strip_suffix("basis points").or_else(|| l.strip_suffix("basis point")).or_else(|| l.strip_suffix("bps")) {
        let n = if head.trim().is_empty() { 1.0 } else { parse_amount(head)? };
        return Some(n / 100.0);
    }
    parse_amount(s)
}

fn value(s: &str, cat: Category, published: Option<Ymd>) -> Option<String> {
    match cat {
        Category::Number if fraction_value(s).is_some() => fraction_value(s).map(|v| fmt_num((v * 1000.0).round() / 1000.0)),
        Category::Number => parse_amount(s).map(|v| {
            // a quantity keeps its unit in the value: "45 km"
            let unit = s.trim_end_matches(|c: char| c.is_alphabetic() || c == '/' || c == '°' || c == ' ');
            let tail = s[unit.len()..].trim();
            if tail.is_empty() || !s.chars().next().is_some_and(|c| c.is_ascii_digit()) || tail.len() > 20
                || matches!(tail, "hundred" | "thousand" | "million" | "billion" | "trillion" | "mln" | "bln" | "bn" | "tn"
                    | "st" | "nd" | "rd" | "th")
            {
                fmt_num(v)
            } else {
                let sep = if tail.starts_with('°') { "" } else { " " };
                format!("{}{sep}{tail}", fmt_num(v))
            }
        }),
        Category::Percent => percent_value(s).map(|v| format!("{}%", fmt_num((v * 1e6).round() / 1e6))),
        Category::Money => {
            let cur = currency(s);
            // a decimal comma ("ZAR1,7 million"): one or two digits after it, not three
            let decimal;
            let s = match s.find(',') {
                Some(i) if s[i + 1..].bytes().take_while(u8::is_ascii_digit).count() < 3 && s[..i].ends_with(|c: char| c.is_ascii_digit()) => {
                    decimal = format!("{}.{}", &s[..i], &s[i + 1..]);
                    decimal.as_str()
                }
                _ => s,
            };
            // the currency before the figure is no part of the amount ("Tk 5 crore", "COP$35 million")
            let digits = s.find(|c: char| c.is_ascii_digit()).map_or(s, |i| &s[i..]);
            let halved = digits.to_lowercase().replace("half-a-", "0.5 ").replace("half-a ", "0.5 ").replace("half a ", "0.5 ");
            let amount = parse_amount(&halved).or_else(|| parse_amount(s))?;
            if cur == "USD-cents" {
                return Some(format!("{} USD", fmt_num(amount / 100.0)));
            }
            Some(format!("{} {cur}", fmt_num(amount)))
        }
        Category::Date => date_value(s, published),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every automaton passes the checks that the scanner skips when it reads them.
    #[test]
    fn automata_are_valid() {
        macro_rules! check {
            ($($name:literal),*) => {$(
                dense::DFA::from_bytes(automaton!(concat!($name, ".dfa"))).expect($name);
            )*};
        }
        check!("money", "percent", "date", "number", "word_number", "ordinal", "fraction", "exclusion", "duration");
        sparse::DFA::from_bytes(automaton!("relative.fwd")).expect("relative");
    }

    /// The tables of where matches can start are those of the automata the scanner runs, and
    /// the kinds of byte before a match are those of `patterns::BEFORE`.
    #[test]
    fn start_tables() {
        let f = Figures::new();
        for (k, before) in patterns::BEFORE.into_iter().enumerate() {
            if let Some(b) = before {
                assert_eq!(usize::from(BEFORE_CLASS[usize::from(b)]), k);
            }
        }
        for (i, p) in f.patterns.iter().enumerate() {
            for (k, &start) in p.starts.iter().enumerate() {
                for b in 0..=255u8 {
                    let after = p.dfa.next_state(start, b);
                    assert_eq!(!p.dfa.is_dead_state(after), bits(FIRST, k * 256 + usize::from(b)) >> i & 1 == 1, "{} {k} {b}", NAMES[i]);
                    if k == NON_WORD && b < 128 && !p.dfa.is_dead_state(after) {
                        for n in 0..128u8 {
                            let alive = !p.dfa.is_dead_state(p.dfa.next_state(after, n));
                            assert_eq!(alive, bits(SECOND, usize::from(b) * 128 + usize::from(n)) >> i & 1 == 1, "{} {b} {n}", NAMES[i]);
                        }
                    }
                }
            }
        }
    }

    /// A run of number words longer than any figure is cut into figures of at most
    /// [`LONGEST`] bytes, each found once, the next where the one before ends.
    #[test]
    fn long_runs_are_cut() {
        let f = Figures::new();
        let text = "one two three hundred thousand ".repeat(200);
        let found = f.matches(&text, (1 << PATTERNS) - 1, false);
        let words = &found[pat::WORD_NUMBER];
        assert!(words.len() > 1 && words.iter().all(|&(s, e)| e - s <= LONGEST), "{words:?}");
        assert_eq!(words[0].0, 0);
        assert!(words.windows(2).all(|w| w[0].1 < w[1].0 && w[1].0 <= w[0].1 + 1), "{words:?}");
        for v in &found {
            assert!(v.iter().all(|&(s, e)| e - s <= LONGEST));
        }
    }

    /// The automata find what the regex crate finds with the same patterns: every match of
    /// every pattern, on the seed article, this crate's name cases, and odd text.
    #[test]
    fn automata_match_as_the_regex_crate() {
        let f = Figures::new();
        let mut texts = vec![
            include_str!("../tests/cases/mod.rs").to_string(),
            "$5, \u{20AC}3.2bn, US$180 million, 12 percent, 3.5%, two-thirds of, a third, March 3, 2021, 1990s, '80s, \
             3:30 p.m. EST, 555-1234, v1.2.3, 4:07.13, five years ago, the past two years, a few hundred".to_string(),
            "\u{212A}m \u{17F}econds \u{A0}5\u{A0}%\u{2028}1,000,000.5 1,00 .5 \u{FFFD}\u{1F600}2021-13-01 2021-12-31".to_string(),
            // matches at the text's start and end, after line ends, inside words and glued
            "5%\r\n$3\nMarch 5\rtoday a12 b3rd FY2021 x'90s -15 percent US$5 ab$5 XYZ$7\n\r2021".to_string(),
        ];
        if let Ok(t) = std::fs::read_to_string("../shared/data/seed-article.txt") {
            texts.push(t);
        }
        for (name, pattern) in crate::patterns::all() {
            let re = regex::Regex::new(&pattern).unwrap();
            for text in &texts {
                let want: Vec<(usize, usize)> = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
                if name == "relative" {
                    for (s, e) in &want {
                        let t = &text[*s..*e];
                        assert_eq!(f.relative.try_search_fwd(&Input::new(t)).unwrap().is_some(), re.is_match(t), "{t:?}");
                    }
                    continue;
                }
                let i = NAMES.iter().position(|n| *n == name).unwrap_or_else(|| panic!("a pattern the scanner does not load: {name}"));
                // all patterns in one pass, and each alone
                assert_eq!(f.matches(text, (1 << PATTERNS) - 1, false)[i], want, "{name}");
                assert_eq!(f.matches(text, 1 << i, false)[i], want, "{name} alone");
                assert_eq!(f.find_first(i, text), want.first().copied(), "{name} first");
            }
        }
        assert_eq!(fraction_part("Two-Thirds\u{A0}OF"), "Two-Thirds");
        assert_eq!(fraction_part("a third"), "a third");
    }

    fn found(text: &str) -> Vec<(String, Category)> {
        Figures::new().find(text, None).into_iter().map(|f| (text[f.start..f.end].to_string(), f.category)).collect()
    }

    use Category::*;

    /// Each row: text, expected figures (text, category).
    const CASES: &[(&str, &[(&str, Category)])] = &[
        ("Russia on Monday called", &[("Monday", Date)]),
        ("On March 9, a report", &[("March 9", Date)]),
        ("in the town of Majer on Aug. 8 last year, when", &[("Aug. 8 last year", Date)]),
        ("the 2008 Joint Declaration", &[("2008", Date)]),
        ("A total of 60 civilians were killed and 55 injured", &[("60", Number), ("55", Number)]),
        ("documented five of the 20 NATO air strikes", &[("five", Number), ("20", Number)]),
        ("the 19th Human Rights Council", &[("19th", Number)]),
        ("profits rose 12% to $1.2bn", &[("12%", Percent), ("$1.2bn", Money)]),
        ("12 per cent and 3 percentage points", &[("12 per cent", Percent), ("3 percentage points", Percent)]),
        ("yields fell 3 basis points; a basis point is one-hundredth of a percentage point",
         &[("3 basis points", Percent), ("basis point", Percent), ("one-hundredth of a percentage point", Percent)]),
        ("rates rose half a percentage point", &[("half a percentage point", Percent)]),
        ("costs €5 million or £20", &[("€5 million", Money), ("£20", Money)]),
        ("1.2 billion dollars", &[("1.2 billion dollars", Money)]),
        ("Rs 500 crore", &[("Rs 500 crore", Money)]),
        // a range in words stays two figures (both gold conventions); with a dash it is one
        ("served from 2001 to 2009", &[("2001", Date), ("2009", Date)]),
        ("served 2001-2009", &[("2001-2009", Date)]),
        ("it cost $1.2-1.4 trillion", &[("$1.2-1.4 trillion", Money)]),
        ("in the 1990s", &[("the 1990s", Date)]),
        ("at 3:30 p.m. EST", &[("3:30 p.m. EST", Date)]),
        ("about 1.2 million people", &[("1.2 million", Number)]),
        ("thirty-four people", &[("thirty-four", Number)]),
        ("a third of voters and two-thirds of members", &[("a third", Number), ("two-thirds", Number)]),
        ("between 2 and 5 percent", &[("2", Percent), ("5 percent", Percent)]),
        ("a 5-15 percent discount", &[("5", Percent), ("15 percent", Percent)]),
        ("from 10 to 20 people", &[("10", Number), ("20", Number)]),
        ("45 km at 20\u{b0}C and 5 mph", &[("45 km", Number), ("20\u{b0}C", Number), ("5 mph", Number)]),
        ("it cost US$3", &[("US$3", Money)]),
        ("fares of ₡1000 or 2,500 colones", &[("₡1000", Money), ("2,500 colones", Money)]),
        ("tens of billions of dollars and two million Colombian pesos",
         &[("tens of billions of dollars", Money), ("two million Colombian pesos", Money)]),
        ("cigarettes worth ZAR1,7 million", &[("ZAR1,7 million", Money)]),
        // a weekday's part of the day is not part of the date (both gold conventions)
        ("on Thursday night they met", &[("Thursday", Date)]),
        ("closed for Good Friday and on the Fourth of July", &[("Good Friday", Date), ("Fourth of July", Date)]),
        ("she won in 4:07.13, 2 hours, 32 minutes, 25.3 seconds ahead", &[("4:07.13", Date), ("2 hours, 32 minutes, 25.3 seconds", Date)]),
        ("they finished 5th, 6th and 8th", &[("5th", Number), ("6th", Number), ("8th", Number)]),
        ("a few hundred or several million people, tens of thousands more", &[("a few hundred", Number), ("several million", Number), ("tens of thousands", Number)]),
        // lengths of time are one figure; an age is not one; a duration never joins a date
        ("he served two years, then a 30-year bond", &[("two years", Date), ("30-year", Date)]),
        ("a 30-year-old man", &[]),
        ("it rained for four hours Friday", &[("four hours", Date), ("Friday", Date)]),
        ("2022 year-end inflation", &[("2022", Date)]),
        // amounts with attached scales, codes before the dollar sign, taka, "-plus", "half a"
        ("raised $15M, $80B and $102Mil", &[("$15M", Money), ("$80B", Money), ("$102Mil", Money)]),
        ("Tk 5 crore and COP$35 million, about half-a million ringgit and 600-plus billion pesos",
         &[("Tk 5 crore", Money), ("COP$35 million", Money), ("half-a million ringgit", Money), ("600-plus billion pesos", Money)]),
        ("a multibillion-dollar deal worth $357,000,000 dollars", &[("multibillion-dollar", Money), ("$357,000,000 dollars", Money)]),
        // pounds of weight and "the 4,000 mark" are not money
        ("hundreds of pounds of food, 100kg (220 pounds), past the 4,000 mark", &[("hundreds", Number), ("100kg", Number), ("220", Number), ("4,000", Number)]),
        ("the 4-H club, on 2024-05-04", &[("2024-05-04", Date)]),
    ];

    /// Text that must not yield any figure.
    const MUST_NOT_MATCH: &[&str] = &[
        "you may go", "they march on", "one of the", "see Figure 1", "COVID-19 cases", "the G7 summit",
        "a Boeing 737", "Windows 10 users", "call 555-1234", "version 1.2.3", "page 12", "the second time",
        "a third time", "the score was 2-1",
    ];

    /// `decimal` reads what `str::parse::<f64>` reads from a figure's digits, to the bit.
    #[test]
    fn decimals_as_parse_reads_them() {
        for s in ["0", "7", "1200", "1.25", ".5", "5.", "0.1", "0.30", "000123.4500", "2.675", "1.005", "123456789012345",
                  "12345678.1234567", "0.000000000000000000001", "9007199254740993", "99.99", "3.14159",
                  "778257943577919443", "12345678901234567890123456789012345678"] {
            assert_eq!(decimal(s).map(f64::to_bits), s.parse::<f64>().ok().map(f64::to_bits), "{s:?}");
        }
        for s in ["", ".", "1.2.3", "1,200", "-1", "+1", "1e5", "inf", "NaN", " 1", "\u{0663}"] {
            assert_eq!(decimal(s), None, "{s:?}");
        }
        // longer than a float holds exactly: within a unit in the last place
        for s in ["1234567890123456789012", "0.12345678901234567890123456"] {
            let (got, want) = (decimal(s).unwrap(), s.parse::<f64>().unwrap());
            assert!((got - want).abs() <= want * 4.0 * f64::EPSILON, "{s:?}: {got} {want}");
        }
    }

    /// The patterns need no Unicode tables: `\s` is spelled as White_Space, and `(?i)` as
    /// both cases of each letter, with the same matches as before.
    #[test]
    fn patterns_without_unicode_tables() {
        use crate::patterns::{without_unicode_tables, WHITE_SPACE};
        assert_eq!(without_unicode_tables(r"(?i)a\sb[-\s][A-Z](?-u:\b)\x{A0}c"),
                   format!(r"[aA][{WHITE_SPACE}][bB][-{WHITE_SPACE}][A-Za-z](?-u:\b)\x{{A0}}[cC]"));
        assert_eq!(without_unicode_tables(r"(?x) a \s b"), format!(r"(?x) a [{WHITE_SPACE}] b"));
        for (text, want) in [
            ("up 5 PERCENT on", vec![("5 PERCENT", Percent)]),
            ("Five Years on", vec![("Five Years", Date)]),
            ("up 5\u{A0}percent, 3\u{202F}per cent", vec![("5\u{A0}percent", Percent), ("3\u{202F}per cent", Percent)]),
            ("TWO-THIRDS of them", vec![("TWO-THIRDS", Number)]),
            ("over Three Decades", vec![("Three Decades", Date)]),
        ] {
            let want: Vec<(String, Category)> = want.into_iter().map(|(t, c)| (t.to_string(), c)).collect();
            assert_eq!(found(text), want, "{text:?}");
        }
    }

    #[test]
    fn figure_table() {
        for (text, want) in CASES {
            let got = found(text);
            let want: Vec<(String, Category)> = want.iter().map(|(s, c)| (s.to_string(), *c)).collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn must_not_match() {
        for text in MUST_NOT_MATCH {
            assert_eq!(found(text), vec![], "in {text:?}");
        }
    }

    #[test]
    fn relative_dates() {
        let f = Figures::new();
        let rel = |t: &str| f.find(t, None).into_iter().map(|x| (t[x.start..x.end].to_string(), x.relative)).collect::<Vec<_>>();
        for t in ["today", "last year", "this week", "three weeks ago", "the past two years", "at 3:30 p.m. EST", "tomorrow",
            "next spring"]
        {
            let got = rel(t);
            assert!(!got.is_empty() && got.iter().all(|g| g.1), "{t:?} should be relative: {got:?}");
        }
        for t in ["on Monday", "on March 9", "on Aug. 8 last year", "in 2008", "in the 1990s", "since last March", "in May 2020"] {
            let got = rel(t);
            assert!(!got.is_empty() && got.iter().all(|g| !g.1), "{t:?} should be a calendar date: {got:?}");
        }
    }

    #[test]
    fn values() {
        let f = Figures::new();
        let pubd = Some(Ymd { year: 2012, month: 3, day: 20 });
        let v = |t: &str, p| f.find(t, p).into_iter().next().and_then(|x| x.value);
        assert_eq!(v("$1.2bn", None).as_deref(), Some("1200000000 USD"));
        assert_eq!(v("€5 million", None).as_deref(), Some("5000000 EUR"));
        assert_eq!(v("12.5%", None).as_deref(), Some("12.5%"));
        assert_eq!(v("1,200 people", None).as_deref(), Some("1200"));
        assert_eq!(v("thirty-four people", None).as_deref(), Some("34"));
        assert_eq!(v("on March 9, 2012", None).as_deref(), Some("2012-03-09"));
        assert_eq!(v("on March 9 they", pubd).as_deref(), Some("2012-03-09"));
        assert_eq!(v("on March 9 they", None).as_deref(), Some("--03-09"));
        assert_eq!(v("on Aug. 8 last year", pubd).as_deref(), Some("2011-08-08"));
        // 2012-03-20 was a Tuesday: "Monday" is the 19th
        assert_eq!(v("on Monday", pubd).as_deref(), Some("2012-03-19"));
        assert_eq!(v("in 2008", None).as_deref(), Some("2008"));
        assert_eq!(v("in the 1990s", None).as_deref(), Some("1990s"));
        assert_eq!(v("from 2001-2009", None).as_deref(), Some("2001/2009"));
        assert_eq!(v("at 3:30 p.m. EST", None).as_deref(), Some("15:30 EST"));
        assert_eq!(v("two-thirds of them", None).as_deref(), Some("0.667"));
        assert_eq!(v("45 km long", None).as_deref(), Some("45 km"));
        assert_eq!(v("it cost US$3", None).as_deref(), Some("3 USD"));
        assert_eq!(v("worth ZAR1,7 million", None).as_deref(), Some("1700000 ZAR"));
        assert_eq!(v("fares of \u{20a1}1000", None).as_deref(), Some("1000 CRC"));
        assert_eq!(v("2,500 colones", None).as_deref(), Some("2500 CRC"));
        assert_eq!(v("5 Hong Kong dollars", None).as_deref(), Some("5 HKD"));
        assert_eq!(v("two million Colombian pesos", None).as_deref(), Some("2000000 COP"));
        assert_eq!(v("RM120", None).as_deref(), Some("120 MYR"));
        assert_eq!(v("Rs 500 crore", None).as_deref(), Some("5000000000 INR"));
        assert_eq!(v("between 2 and 5 percent", None).as_deref(), Some("2%"));
        assert_eq!(v("350 basis points", None).as_deref(), Some("3.5%"));
        assert_eq!(v("one-hundredth of a percentage point", None).as_deref(), Some("0.01%"));
        assert_eq!(v("half a percentage point", None).as_deref(), Some("0.5%"));
        assert_eq!(v("for two years", None).as_deref(), Some("P2Y"));
        assert_eq!(v("on Christmas Eve", pubd).as_deref(), Some("2012-12-24"));
        assert_eq!(v("on New Year\u{2019}s Day", None).as_deref(), Some("--01-01"));
        assert_eq!(v("for 18 months", None).as_deref(), Some("P18M"));
        assert_eq!(v("four-and-a-half years", None).as_deref(), Some("P4.5Y"));
        assert_eq!(v("two decades", None).as_deref(), Some("P20Y"));
        assert_eq!(v("six hours", None).as_deref(), Some("PT6H"));
        assert_eq!(v("clocking 2 hours, 32 minutes, 25.3 seconds", None).as_deref(), Some("PT2H32M25.3S"));
        assert_eq!(v("she skated 4:07.13 for second", None).as_deref(), Some("PT4M7.13S"));
        assert_eq!(v("she finished 5th", None).as_deref(), Some("5"));
        assert_eq!(v("it raised $102Mil", None).as_deref(), Some("102000000 USD"));
        assert_eq!(v("Tk 5 crore", None).as_deref(), Some("50000000 BDT"));
        assert_eq!(v("COP$35 million", None).as_deref(), Some("35000000 COP"));
        assert_eq!(v("about half-a million ringgit", None).as_deref(), Some("500000 MYR"));
        assert_eq!(v("dated 2024-05-04", None).as_deref(), Some("2024-05-04"));
    }
}

