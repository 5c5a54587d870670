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

use regex_automata::dfa::{dense, regex::Regex, StartKind};
use regex_automata::MatchKind;

#[path = "src/patterns.rs"]
mod patterns;

/// Entries per block: a lookup binary-searches the blocks' first keys, then reads at most this
/// many entries. 16 costs 17 KB more gzipped than 32; 48 saves 5 KB against 32 (what brought
/// the wasm under 600 KB), 56 2.2 KB more for a warm scan within noise (0.99x alternating;
/// what kept it there once the ninth session's rules had grown it), 64 another 3 KB for 7%
/// slower.
const BLOCK: usize = 56;

const LISTS: [&str; 4] = ["cities", "common-words", "first-names", "last-names"];

/// The small lists, read into hash sets at start-up: copied without their `#` header (the
/// source and curation notes, for people) and trailing spaces.
const SMALL: [&str; 12] = ["countries", "demonyms", "misc-names", "nations", "not-org-acronyms", "org-names", "org-words", "organizations", "places-extra", "regions", "tech-terms", "titles"];

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

/// Compiles each figure pattern (src/patterns.rs) into the automata src/figures.rs searches:
/// `OUT_DIR/<name>.fwd`, a dense DFA that finds where the leftmost-first match ends, and
/// `<name>.rev`, a sparse DFA run backwards from that end, over the match alone, to find where
/// it starts (the two halves of regex-automata's `dfa::regex::Regex`). Dense for the forward
/// search because it reads every byte of the text (a sparse one measured 9x slower there);
/// sparse for the reverse one, which reads only the matches, at a seventh of the size. Both are
/// minimized and serialized in the target's byte order, to be read in place
/// (src/figures.rs; the tests check each with `DFA::from_bytes`). The pattern only ever tested on a figure's own text (`relative`) is
/// only searched forwards, sparse.
fn figures(out: &Path) {
    println!("cargo:rerun-if-changed=src/patterns.rs");
    let big = env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    for (name, pattern) in patterns::all() {
        let re = Regex::builder()
            .dense(dense::Config::new().minimize(true).start_kind(StartKind::Unanchored).match_kind(MatchKind::LeftmostFirst))
            .build(&pattern)
            .unwrap_or_else(|e| panic!("figure pattern {name}: {e}\n{pattern}"));
        let sparse = |d: &dense::DFA<Vec<u32>>| {
            let s = d.to_sparse().unwrap_or_else(|e| panic!("figure pattern {name}: {e}"));
            if big { s.to_bytes_big_endian() } else { s.to_bytes_little_endian() }
        };
        let write = |ext: &str, bytes: &[u8]| {
            fs::write(out.join(format!("{name}.{ext}")), bytes).unwrap_or_else(|e| panic!("writing {name}.{ext}: {e}"));
        };
        if name == "relative" {
            write("fwd", &sparse(re.forward()));
        } else {
            let (bytes, pad) = if big { re.forward().to_bytes_big_endian() } else { re.forward().to_bytes_little_endian() };
            write("fwd", &bytes[pad..]);
            write("rev", &sparse(re.reverse()));
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
