//! Packs the four big word lists of `data/` (plain sorted text, the source of truth that
//! `make data` writes and a reviewer can diff) into front-coded blocks that the scanner
//! searches in place (src/lexicon.rs, `Packed`): each entry stores only how many leading bytes
//! it shares with the entry before it and the rest, so the lists take 27% less space gzipped
//! than as text and need no parsing or index building at start-up.
//!
//! Layout of `OUT_DIR/<list>.fc`: `u32` LE block count `n`, then `n + 1` `u32` LE offsets
//! (relative to the body, the last one its length), then the body: blocks of [`BLOCK`]
//! entries, each entry `shared: u8`, the key's remaining bytes, optionally `\t` and fields,
//! then `\n`; the first entry of a block shares nothing, so a block can be read on its own.

use std::{env, fs, path::Path};

use regex_automata::dfa::{dense, StartKind};
use regex_automata::MatchKind;

#[path = "src/patterns.rs"]
mod patterns;

/// Entries per block: a lookup binary-searches the blocks' first keys, then reads at most this
/// many entries. 28 costs 11.4 KB more gzipped wasm than 56 (551,204 against 539,754 B) for a
/// warm wasm scan 1.02-1.04x faster alternating and 4.5% fewer native instructions; 16 would
/// cost 15 KB more again for 2% fewer instructions; 64 saves 3 KB against 56 for 7% slower.
const BLOCK: usize = 28;

const LISTS: [&str; 4] = ["cities", "common-words", "first-names", "last-names"];

/// The small lists, read into hash sets at start-up: copied without their `#` header (the
/// source and curation notes, for people) and trailing spaces.
const SMALL: [&str; 13] = ["company-heads", "countries", "demonyms", "misc-names", "nations", "not-org-acronyms", "org-names", "org-words", "organizations", "places-extra", "regions", "tech-terms", "titles"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for list in LISTS {
        let src = format!("data/{list}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        fs::write(Path::new(&out).join(format!("{list}.fc")), pack(&src, &text)).unwrap_or_else(|e| panic!("writing {list}.fc: {e}"));
    }
    for list in SMALL {
        let src = format!("data/{list}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        fs::write(Path::new(&out).join(format!("{list}.txt")), lines.join("\n") + "\n").unwrap_or_else(|e| panic!("writing {list}.txt: {e}"));
    }
    figures(Path::new(&out));
    println!("cargo:rerun-if-changed=build.rs");
}

/// Compiles each figure pattern (src/patterns.rs) into the automaton src/figures.rs runs:
/// `OUT_DIR/<name>.dfa`, a dense DFA, anchored, that finds where the leftmost-first match
/// starting where it is run ends (the scanner runs it only where a match can start, so it reads
/// a few bytes per try instead of every byte of the text, and needs no reverse automaton to find
/// where a match starts). Minimized and serialized in the target's byte order, to be read in
/// place (src/figures.rs; the tests check each with `DFA::from_bytes`). The pattern only ever
/// tested on a figure's own text (`relative`) is searched forwards, unanchored, sparse:
/// `relative.fwd`.
fn figures(out: &Path) {
    println!("cargo:rerun-if-changed=src/patterns.rs");
    let big = env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    let mut starts = Starts::default();
    for (name, pattern) in patterns::all() {
        let write = |ext: &str, bytes: &[u8]| {
            fs::write(out.join(format!("{name}.{ext}")), bytes).unwrap_or_else(|e| panic!("writing {name}.{ext}: {e}"));
        };
        let anchored = if name == "relative" { StartKind::Unanchored } else { StartKind::Anchored };
        let dfa = dense::Builder::new()
            .configure(dense::Config::new().minimize(true).start_kind(anchored).match_kind(MatchKind::LeftmostFirst))
            .build(&pattern)
            .unwrap_or_else(|e| panic!("figure pattern {name}: {e}\n{pattern}"));
        if name == "relative" {
            let s = dfa.to_sparse().unwrap_or_else(|e| panic!("figure pattern {name}: {e}"));
            write("fwd", &if big { s.to_bytes_big_endian() } else { s.to_bytes_little_endian() });
        } else {
            let bit = patterns::SEARCHED.iter().position(|n| *n == name).unwrap_or_else(|| panic!("figure pattern {name} is not in SEARCHED"));
            starts.add(&dfa, bit);
            let (bytes, pad) = if big { dfa.to_bytes_big_endian() } else { dfa.to_bytes_little_endian() };
            write("dfa", &bytes[pad..]);
        }
    }
    let le = |t: &[u16]| t.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>();
    fs::write(out.join("first.bits"), le(&starts.first)).expect("writing first.bits");
    fs::write(out.join("second.bits"), le(&starts.second)).expect("writing second.bits");
}

/// Where each pattern's matches can start, as src/figures.rs reads it (`first.bits`,
/// `second.bits`, `u16` LE): `first[before * 256 + byte]` has bit `i` when a match of
/// `SEARCHED[i]` can start with `byte` after a byte of kind `before` (`patterns::BEFORE`);
/// `second[byte * 128 + next]`, for two ASCII bytes after a byte of the last kind (not a word's,
/// where most tries are), when one can start with both.
struct Starts {
    first: Vec<u16>,
    second: Vec<u16>,
}

impl Default for Starts {
    fn default() -> Self {
        Starts { first: vec![0; patterns::BEFORE.len() * 256], second: vec![0; 128 * 128] }
    }
}

impl Starts {
    fn add(&mut self, dfa: &dense::DFA<Vec<u32>>, bit: usize) {
        use regex_automata::{dfa::Automaton, util::start, Anchored};
        for (k, before) in patterns::BEFORE.into_iter().enumerate() {
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(before);
            let s = dfa.start_state(&config).expect("an anchored start state");
            for b in 0..=255u8 {
                let after = dfa.next_state(s, b);
                if dfa.is_dead_state(after) {
                    continue;
                }
                self.first[k * 256 + usize::from(b)] |= 1 << bit;
                if k == patterns::BEFORE.len() - 1 && b < 128 {
                    for n in 0..128u8 {
                        if !dfa.is_dead_state(dfa.next_state(after, n)) {
                            self.second[usize::from(b) * 128 + usize::from(n)] |= 1 << bit;
                        }
                    }
                }
            }
        }
    }
}

fn pack(src: &str, text: &str) -> Vec<u8> {
    let mut body = Vec::with_capacity(text.len());
    let mut offsets: Vec<u32> = Vec::new();
    let mut prev: &[u8] = &[];
    let mut last: &[u8] = &[];
    let entries = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    for (i, line) in entries.enumerate() {
        let (key, fields) = match line.split_once('\t') {
            Some((k, f)) => (k.trim_end(), Some(f.trim_end())),
            None => (line.trim_end(), None),
        };
        let key = key.as_bytes();
        assert!(key.len() <= 255, "{src}: key longer than 255 bytes: {line:?}");
        assert!(i == 0 || last < key, "{src}: not sorted by bytes and unique at {line:?} (make data writes it sorted; keep a hand edit sorted)");
        if i % BLOCK == 0 {
            offsets.push(u32::try_from(body.len()).expect("a list under 4 GB"));
            prev = &[];
        }
        let shared = prev.iter().zip(key).take_while(|(a, b)| a == b).count();
        body.push(shared as u8);
        body.extend_from_slice(&key[shared..]);
        if let Some(f) = fields.filter(|f| !f.is_empty()) {
            body.push(b'\t');
            body.extend_from_slice(f.as_bytes());
        }
        body.push(b'\n');
        prev = key;
        last = key;
    }
    offsets.push(u32::try_from(body.len()).expect("a list under 4 GB"));
    let mut out = Vec::with_capacity(4 + offsets.len() * 4 + body.len());
    out.extend_from_slice(&(offsets.len() as u32 - 1).to_le_bytes());
    for o in offsets {
        out.extend_from_slice(&o.to_le_bytes());
    }
    out.extend_from_slice(&body);
    out
}
