//! # skimlight
//!
//! Finds the people, organizations and places of an article, every figure (dates, numbers,
//! money, percentages) and every direct quote with who said it.
//!
//! Where to go:
//! - [`Scanner`] is the entry point: build it once (it parses the lexicons and compiles the
//!   patterns), then call [`Scanner::scan`] for each text.
//! - [`Scan`] holds the [`Annotation`]s, the linked [`Entity`]s and the [`Quote`]s.
//! - `src/wasm.rs` is the JavaScript boundary (UTF-16 offsets); the `skimlight` binary is the
//!   CLI (`skimlight jsonl`, `skimlight eval`, code-point offsets).
//!
//! **All offsets in this crate are byte offsets into the scanned `&str`, end exclusive.**
//! Use [`text::OffsetMap`] to turn them into UTF-16 code units or code points.
//!
//! ```
//! use skimlight::{Category, Scanner};
//!
//! let scanner = Scanner::new();
//! let text = "\"We know,\" Sergei Lavrov said on Monday. Lavrov's ministry paid $1.2bn.";
//! let scan = scanner.scan(text);
//! let person = scan.annotations.iter().find(|a| a.category == Category::Person).unwrap();
//! assert_eq!(&text[person.start..person.end], "Sergei Lavrov");
//! let quote = &scan.quotes[0];
//! assert_eq!(quote.speaker.as_deref(), Some("Sergei Lavrov"));
//! let money = scan.annotations.iter().find(|a| a.category == Category::Money).unwrap();
//! assert_eq!(money.value.as_deref(), Some("1200000000 USD"));
//! ```

pub mod entities;
pub mod eval;
pub mod figures;
pub mod lexicon;
mod model;
// (the patterns' text is read by build.rs and the tests; the scanner reads only their names)
#[cfg_attr(not(test), allow(dead_code))]
mod patterns;
pub mod quotes;
pub mod report;
pub mod resolve;
mod spans;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use figures::Ymd;
pub use model::{Annotation, Category, Entity, Gender, GenderBasis, GenderEstimate, Quote, Scan};

/// Options for one scan.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The article's publication date, to resolve "Monday" or "last year" to calendar dates.
    pub published: Option<Ymd>,
}

/// The scanner: lexicons and compiled patterns, built once and reused for every text.
pub struct Scanner {
    lexicon: lexicon::Lexicon,
    figures: figures::Figures,
}

impl Scanner {
    pub fn new() -> Self {
        Scanner { lexicon: lexicon::Lexicon::new(), figures: figures::Figures::new() }
    }

    /// Scan `text` with default options. Never panics, whatever the input.
    pub fn scan(&self, text: &str) -> Scan {
        self.scan_with(text, &Options::default())
    }

    pub fn scan_with(&self, text: &str, options: &Options) -> Scan {
        match text::Folded::new(text) {
            Some(folded) => self.scan_unfold(folded, options),
            None => self.scan_folded(text, options),
        }
    }

    /// Scan a text the caller gives away, with offsets into it as given: where it must be
    /// folded, it is folded in place rather than copied (the wasm scanner's way).
    pub fn scan_owned(&self, text: String, options: &Options) -> Scan {
        match text::Folded::from_string(text) {
            Ok(folded) => self.scan_unfold(folded, options),
            Err(text) => self.scan_folded(&text, options),
        }
    }

    /// The scan of a folded text, its spans mapped back to the text it was folded from.
    fn scan_unfold(&self, folded: text::Folded, options: &Options) -> Scan {
        let mut scan = self.scan_folded(&folded.text, options);
        for a in &mut scan.annotations {
            (a.start, a.end) = (folded.start(a.start), folded.end(a.end));
        }
        for q in &mut scan.quotes {
            q.speaker_span = q.speaker_span.map(|(s, e)| (folded.start(s), folded.end(e)));
        }
        for s in &mut scan.sentences {
            *s = (folded.start(s.0), folded.end(s.1));
        }
        scan
    }

    /// The scan of a text in which nothing folds (see [`text::Folded`]).
    fn scan_folded(&self, text: &str, options: &Options) -> Scan {
        if text.trim().is_empty() {
            return Scan::default();
        }
        let tokens = text::tokenize(text);
        let mentions = entities::find(text, &tokens, &self.lexicon);
        let figures = self.figures.find(text, options.published);
        let quotes = quotes::find(text, &tokens);
        resolve::resolve(text, tokens, &self.lexicon, mentions, figures, quotes)
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

/// Parse an ISO date ("2012-03-09", or the date part of "2012-03-09T10:00:00Z").
pub fn parse_iso_date(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let mut it = s.get(..10)?.split('-');
    let year = it.next()?.parse().ok()?;
    let month = it.next()?.parse().ok()?;
    let day = it.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Ymd { year, month, day })
}
