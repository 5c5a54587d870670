//! Tokens, sentences, paragraphs and offset maps.
//!
//! All offsets in this module are **byte offsets** into the scanned `&str`.
//! [`OffsetMap`] turns them into UTF-16 code units (the wasm boundary) or
//! Unicode code points (the CLI's JSON lines).

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes, hyphens and dotted abbreviations ("Ki-moon", "U.S.").
    Word,
    /// Digits, with inner separators ("1,200", "3.5", "9/11").
    Number,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// The sentence's index (low 28 bits), the kind (2 bits), and whether white space and a
    /// line break come before the token (a bit each): 12 bytes a token in wasm, not 16, which
    /// is 7.6 MB of a 10 MB text's 1.9 million tokens.
    bits: u32,
}

const SENTENCE_BITS: u32 = (1 << 28) - 1;
const KIND_SHIFT: u32 = 28;
const SPACE_BEFORE: u32 = 1 << 30;
const NEWLINE_BEFORE: u32 = 1 << 31;

impl Token {
    pub fn new(start: usize, end: usize, kind: TokenKind, space_before: bool, newline_before: bool) -> Token {
        let kind = match kind {
            TokenKind::Word => 0,
            TokenKind::Number => 1,
            TokenKind::Punct => 2,
        };
        let bits = kind << KIND_SHIFT | if space_before { SPACE_BEFORE } else { 0 } | if newline_before { NEWLINE_BEFORE } else { 0 };
        Token { start, end, bits }
    }

    /// The token's text. (Not inlined: the slicing checks at its 200 call sites were 2 KB of
    /// the gzipped wasm, and the calls 0.4% of a scan's instructions.)
    #[inline(never)]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn kind(&self) -> TokenKind {
        match (self.bits >> KIND_SHIFT) & 3 {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            _ => TokenKind::Punct,
        }
    }

    /// White space (of any kind) separates this token from the previous one.
    pub fn space_before(&self) -> bool {
        self.bits & SPACE_BEFORE != 0
    }

    /// A line break separates this token from the previous one: a new paragraph.
    pub fn newline_before(&self) -> bool {
        self.bits & NEWLINE_BEFORE != 0
    }

    /// Index of the sentence this token belongs to (the 268 millionth and later share one:
    /// more than a wasm memory holds).
    pub fn sentence(&self) -> u32 {
        self.bits & SENTENCE_BITS
    }

    fn set_sentence(&mut self, sentence: u32) {
        self.bits = (self.bits & !SENTENCE_BITS) | sentence.min(SENTENCE_BITS);
    }
}

/// Text as a reader sees it: each run of white space (a page's run of spaces, a line break, a
/// no-break space) one space, none at the ends ("Rebecca\n      Solnit" -> "Rebecca Solnit").
/// Names, roles and the report's cells use it.
pub fn one_space(s: &str) -> String {
    let plain = !s.starts_with(' ') && !s.ends_with(' ') && !s.contains("  ") && s.chars().all(|c| c == ' ' || !c.is_whitespace());
    if plain {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// The last `n` bytes of `s` (at a char boundary): context checks must not copy or search
/// whole prefixes, or a long text makes them quadratic.
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// A name without its possessive: "Lavrov's" -> "Lavrov".
pub fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s").or_else(|| s.strip_suffix("\u{2019}s")).unwrap_or(s)
}

/// Split `text` into tokens. Never fails; any input gives some tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut space_before = true;
    let mut newline_before = true;
    // Peek helper: the char starting at byte index i (an ASCII byte without decoding).
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => Some(char::from(b)),
            _ => text.get(i..).and_then(|s| s.chars().next()),
        }
    };
    let mut next = 0;
    while let Some(c) = char_at(next) {
        let i = next;
        next = i + c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                newline_before = true;
            }
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            // What a dotted abbreviation needs, kept as the word grows (re-reading the whole
            // word at each dot made "U.S.U.S.U.S..." quadratic): where the part after the last
            // dot starts, and how many dots it took. (Every earlier part is one letter: the word
            // grows past a dot only then.)
            let mut dots = 0usize;
            let mut part_from = i;
            loop {
                // (letters and digits in ASCII, nearly all of a word, without decoding)
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                match char_at(end) {
                    Some(n) if n.is_alphanumeric() || n == '\u{0301}' || is_combining(n) => end += n.len_utf8(),
                    // inner apostrophe ("O'Brien", "don't") but not a possessive "'s" at the end,
                    // which is its own token so that "Lavrov's" yields the name "Lavrov".
                    Some(n) if is_apostrophe(n) => {
                        let after = end + n.len_utf8();
                        match char_at(after) {
                            // a French or Italian article elided before a name is a word of its
                            // own: "l’Assemblée", "dell'Italia" (not "D'Souza", "O'Brien": a
                            // capital before the apostrophe; nor "d'", which joins the words of
                            // one name: "Côte d'Ivoire", "Chargé d'Affaires", "Conseil d’Etat")
                            Some(a) if a.is_uppercase() && matches!(&text[i..end], "l" | "qu" | "dell" | "all" | "nell" | "sull") => {
                                end = after;
                                break;
                            }
                            Some(a) if a.is_alphabetic() => {
                                let rest = &text[after..];
                                let poss = (rest.starts_with('s') || rest.starts_with('S'))
                                    && !rest[1..].chars().next().is_some_and(|x| x.is_alphanumeric());
                                if poss {
                                    break;
                                }
                                end = after;
                            }
                            _ => break,
                        }
                    }
                    Some(n) if is_hyphen(n) => {
                        let after = end + n.len_utf8();
                        match char_at(after) {
                            Some(a) if a.is_alphanumeric() => end = after,
                            _ => break,
                        }
                    }
                    // dotted abbreviations: "U.S.", "U.N." (single letters between dots)
                    Some('.') => {
                        let word = &text[i..end];
                        // one letter since the last dot (or the start); an abbreviation has a
                        // few letters ("U.S.S.R."): a longer chain of letters and dots is no word
                        // of any language
                        let single = dots < MAX_ABBREVIATION_DOTS && text[part_from..end].chars().count() == 1;
                        let after = end + 1;
                        if single && char_at(after).is_some_and(|a| a.is_alphabetic())
                            && char_at(after + char_at(after).map_or(0, |a| a.len_utf8())) == Some('.')
                        {
                            end = after;
                            part_from = end;
                            dots += 1;
                        } else if single && word.chars().all(|c| c.is_uppercase()) && char_at(after).is_some_and(char::is_uppercase)
                            && char_at(after + char_at(after).map_or(0, |a| a.len_utf8())).map_or(true, |a| a.is_whitespace() || ",;:)!?".contains(a))
                        {
                            // ... written without the final dot: "the U.S government"
                            end = after + char_at(after).map_or(0, |a| a.len_utf8());
                            break;
                        } else if single && dots > 0 {
                            end += 1; // the final dot of "U.S."
                            break;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            loop {
                match char_at(end) {
                    Some(n) if n.is_ascii_digit() => end += 1,
                    Some(sep @ (',' | '.' | ':' | '/')) => {
                        if bytes.get(end + 1).is_some_and(|b| b.is_ascii_digit()) {
                            let _ = sep;
                            end += 1;
                        } else {
                            break;
                        }
                    }
                    // ordinal and unit suffixes stay attached: "19th", "3rd", "5m", "6pm"
                    Some(n) if n.is_alphabetic() => {
                        let mut e = end;
                        while let Some(a) = char_at(e) {
                            if a.is_alphabetic() {
                                e += a.len_utf8();
                            } else {
                                break;
                            }
                        }
                        end = e;
                        break;
                    }
                    _ => break,
                }
            }
        } else {
            kind = TokenKind::Punct;
            // the possessive "'s" is one token, glued to the word before it
            if is_apostrophe(c) && !space_before {
                let rest = &text[end..];
                if (rest.starts_with('s') || rest.starts_with('S'))
                    && !rest[1..].chars().next().is_some_and(|x| x.is_alphanumeric())
                {
                    end += 1;
                }
            }
        }
        next = end;
        tokens.push(Token::new(i, end, kind, space_before, newline_before));
        space_before = false;
        newline_before = false;
    }
    mark_sentences(text, &mut tokens);
    // the room reserved for one token per five bytes that the text did not use goes back (the
    // tokens are the scan's biggest table; shrinking the last allocation moves nothing)
    tokens.shrink_to_fit();
    tokens
}

/// The most dots a dotted abbreviation takes ("U.S.S.R." has four).
const MAX_ABBREVIATION_DOTS: usize = 8;

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "messrs", "gov", "pres", "supt", "det",
    "insp", "ave", "blvd", "approx", "est", "dept", "univ", "maj", "brig", "cpl", "pvt", "hon", "atty",
];

/// Sentence boundaries: after . ! ? (and closing quotes/brackets behind them) when the next
/// token starts a new sentence; always at a line break.
fn mark_sentences(text: &str, tokens: &mut [Token]) {
    let mut sentence = 0u32;
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].newline_before() && i > 0 && tokens[i - 1].sentence() == sentence {
            sentence += 1;
        }
        tokens[i].set_sentence(sentence);
        let t = tokens[i].text(text);
        if matches!(t, "." | "!" | "?" | "\u{2026}") {
            // swallow closing quotes and brackets
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].space_before()
                && matches!(tokens[j].text(text), "\"" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "\u{00BB}")
            {
                tokens[j].set_sentence(sentence);
                j += 1;
            }
            let ends = if t == "." && i > 0 {
                let prev = tokens[i - 1].text(text);
                // (no abbreviation holds a letter whose lower case is ASCII from outside it: the
                // Kelvin sign's "k")
                let abbrev = tokens[i - 1].end == tokens[i].start
                    && (ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(prev))
                        || (prev.chars().count() == 1 && prev.chars().all(|c| c.is_uppercase())));
                !abbrev
            } else {
                true
            };
            let next_starts = tokens.get(j).map_or(true, |n| {
                let nt = n.text(text);
                n.space_before() && nt.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"\u{201C}'\u{2018}(".contains(c))
            });
            if ends && next_starts && j < tokens.len() {
                sentence += 1;
            }
            i = j;
            continue;
        }
        // a dotted abbreviation's dot ends the sentence too when a sentence's first word follows:
        // "... traveling to the U.S. The President later ..."
        if t.len() > 2 && t.ends_with('.') && tokens[i].kind() == TokenKind::Word
            && tokens.get(i + 1).is_some_and(|n| n.space_before() && !n.newline_before()
                && SENTENCE_OPENERS.contains(&n.text(text)))
        {
            sentence += 1;
        }
        i += 1;
    }
}

/// Words that, capitalized after an abbreviation's dot, start a new sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those",
    "There", "His", "Her", "Its", "Their", "Our", "If", "When", "While", "However", "Meanwhile",
];

/// What a character inside the text becomes for the recognizers: invisible format characters
/// that pages put inside words to help line breaking (the soft hyphen U+00AD, the zero-width
/// space, non-joiner and joiner, the word joiner, the zero-width no-break space) are dropped,
/// so "Vladi\u{AD}mir" is read as "Vladimir"; the non-breaking hyphen U+2011 reads as "-".
/// (A no-break space needs nothing: it is white space to the tokenizer, so it joins the
/// words of a name as a space does.)
fn folded(c: char) -> Option<&'static str> {
    match c {
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Some(""),
        '\u{2011}' => Some("-"),
        _ => None,
    }
}

/// The text the recognizers read, with [`folded`] characters folded, and the way back to the
/// scanned text's offsets: a scan of the folded text reports spans of the text it was given.
pub struct Folded {
    pub text: String,
    /// At each fold, sorted: (its end in the folded text, the offset shift after it, whether
    /// it dropped the character).
    edits: Vec<(usize, isize, bool)>,
}

/// The byte length of a folded character at `b[i..]`, and what it folds to ([`folded`], in
/// UTF-8: every one starts with a lead byte 0xC2, 0xE2 or 0xEF, so no match starts inside a char).
fn folded_at(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    let c = match b.get(i)? {
        0xC2 | 0xE2 | 0xEF => std::str::from_utf8(b.get(i..i + if b[i] == 0xC2 { 2 } else { 3 })?).ok()?.chars().next()?,
        _ => return None,
    };
    folded(c).map(|r| (c.len_utf8(), r))
}

/// Where the first folded character of `text` starts, if any.
fn first_fold(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).find(|&i| folded_at(b, i).is_some())
}

impl Folded {
    /// `None` when nothing in `text` folds (the common case costs one pass over its bytes and
    /// no copy).
    pub fn new(text: &str) -> Option<Folded> {
        let first = first_fold(text)?;
        Some(Folded::fold(text.to_owned(), first))
    }

    /// Fold a text the caller gives away, in place (every fold shortens it: no second copy of
    /// a 10 MB text); `Err` gives it back untouched when nothing folds.
    pub fn from_string(text: String) -> Result<Folded, String> {
        match first_fold(&text) {
            Some(first) => Ok(Folded::fold(text, first)),
            None => Err(text),
        }
    }

    /// Fold `text` in place from byte `first`, its first folded character.
    fn fold(text: String, first: usize) -> Folded {
        let mut b = text.into_bytes();
        let mut edits = Vec::new();
        let (mut r, mut w) = (first, first);
        while r < b.len() {
            if let Some((len, to)) = folded_at(&b, r) {
                b[w..w + to.len()].copy_from_slice(to.as_bytes());
                w += to.len();
                r += len;
                edits.push((w, r as isize - w as isize, to.is_empty()));
            } else {
                b[w] = b[r];
                w += 1;
                r += 1;
            }
        }
        b.truncate(w);
        // (whole characters were dropped or made ASCII: still UTF-8, and never a panic)
        let text = String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Folded { text, edits }
    }

    fn shift(&self, k: usize) -> isize {
        if k == 0 { 0 } else { self.edits[k - 1].1 }
    }

    /// A span's start in the scanned text: past any dropped character just before it.
    pub fn start(&self, pos: usize) -> usize {
        let k = self.edits.partition_point(|e| e.0 <= pos);
        (pos as isize + self.shift(k)) as usize
    }

    /// A span's end in the scanned text: a dropped character just after it stays out.
    pub fn end(&self, pos: usize) -> usize {
        let k = self.edits.partition_point(|e| e.0 < pos || (e.0 == pos && !e.2));
        (pos as isize + self.shift(k)) as usize
    }
}

/// Maps byte offsets of one text to UTF-16 code units and Unicode code points.
///
/// Built once per scanned text in O(n); each lookup is a binary search over the
/// non-ASCII characters only, so ASCII text costs almost nothing.
pub struct OffsetMap {
    /// (byte offset of a non-ASCII char, extra UTF-16 units before it, extra code points saved before it)
    marks: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        let (mut extra16, mut extra_bytes) = (0usize, 0usize);
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                marks.push((i, extra16, extra_bytes));
                let len8 = c.len_utf8();
                let len16 = c.len_utf16();
                extra16 += len8 - len16;
                extra_bytes += len8 - 1;
            }
        }
        // sentinel for offsets after the last non-ASCII char
        marks.push((usize::MAX, extra16, extra_bytes));
        OffsetMap { marks }
    }

    fn lookup(&self, byte: usize) -> (usize, usize) {
        // the count of marks strictly before `byte`
        let k = self.marks.partition_point(|m| m.0 < byte);
        let m = self.marks[k];
        // `m` is the first mark at or after `byte`: its (extra16, extra_bytes) are the totals before it
        (m.1, m.2)
    }

    /// UTF-16 code units before byte offset `byte` (which must be a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        byte - self.lookup(byte).0
    }

    /// Unicode code points before byte offset `byte`.
    pub fn chars(&self, byte: usize) -> usize {
        byte - self.lookup(byte).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn tokens_keep_names_whole_and_split_possessives() {
        assert_eq!(words("Lavrov's call"), ["Lavrov", "'s", "call"]);
        assert_eq!(words("Ban Ki-moon, O'Brien"), ["Ban", "Ki-moon", ",", "O'Brien"]);
        assert_eq!(words("the U.S. and U.N. said"), ["the", "U.S.", "and", "U.N.", "said"]);
        assert_eq!(words("$1,200.50 on 19th"), ["$", "1,200.50", "on", "19th"]);
        assert_eq!(words("\u{201C}Hi,\u{201D} he said."), ["\u{201C}", "Hi", ",", "\u{201D}", "he", "said", "."]);
    }

    #[test]
    fn one_space_shows_white_space_as_a_reader_does() {
        assert_eq!(one_space("Rebecca\n        Solnit"), "Rebecca Solnit");
        assert_eq!(one_space("Angela\u{a0}Merkel"), "Angela Merkel");
        assert_eq!(one_space(" a  b "), "a b");
        assert_eq!(one_space("Ban Ki-moon"), "Ban Ki-moon");
        assert_eq!(one_space(""), "");
    }

    #[test]
    fn sentences_split_on_stops_not_abbreviations() {
        let text = "Mr. Smith went to Washington. He met Sen. Jones.\nNew line";
        let toks = tokenize(text);
        let s: Vec<u32> = toks.iter().map(|t| t.sentence()).collect();
        assert_eq!(s, [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2]);
    }

    #[test]
    fn dotted_abbreviations_end_sentences_before_an_opener() {
        // "U.S." then "The": a new sentence; "U.S." then "in": the same one
        let text = "He flew to the U.S. The trip was long. The U.S. in May.";
        let s: Vec<(&str, u32)> = tokenize(text).iter().map(|t| (t.text(text), t.sentence())).collect();
        assert_eq!(s[4], ("U.S.", 0));
        assert_eq!(s[5], ("The", 1));
        assert_eq!(s[11], ("U.S.", 2));
        assert_eq!(s[12], ("in", 2));
        // written without the last dot it is still one word; "T.O'Gorman" is not cut after "T.O"
        assert_eq!(words("the U.S government and T.O'Gorman"), ["the", "U.S", "government", "and", "T", ".", "O'Gorman"]);
    }

    #[test]
    fn folded_text_maps_spans_back() {
        assert!(Folded::new("Plain text, caf\u{E9} \u{2014} \u{A0}no folds.").is_none());
        let t = "\u{AD}Vladi\u{AD}mir\u{AD} Ki\u{2011}moon\u{200B}";
        let f = Folded::new(t).unwrap();
        assert_eq!(f.text, "Vladimir Ki-moon");
        let back = |s: usize, e: usize| &t[f.start(s)..f.end(e)];
        // a dropped character inside a span stays in it; one just before or after stays out
        assert_eq!(back(0, 8), "Vladi\u{AD}mir");
        assert_eq!(back(9, 16), "Ki\u{2011}moon");
        assert_eq!(back(0, 16), "Vladi\u{AD}mir\u{AD} Ki\u{2011}moon");
        assert_eq!(back(12, 16), "moon");
        assert_eq!(back(11, 16), "\u{2011}moon");
        assert_eq!(back(9, 11), "Ki");
        assert_eq!(back(9, 12), "Ki\u{2011}");
        // folded in place, the same text and the same way back
        let owned = Folded::from_string(t.to_string()).ok().unwrap();
        assert_eq!((owned.text.as_str(), owned.start(12), owned.end(16)), ("Vladimir Ki-moon", f.start(12), f.end(16)));
        assert_eq!(Folded::from_string("plain".to_string()).err().as_deref(), Some("plain"));
        let only = Folded::new("\u{AD}\u{FEFF}").unwrap();
        assert_eq!((only.text.as_str(), only.start(0), only.end(0)), ("", 5, 0));
    }

    #[test]
    fn offset_map_counts_utf16_and_code_points() {
        let text = "a\u{20AC}b\u{1F600}c\u{201C}d";
        let m = OffsetMap::new(text);
        let b = |s: &str| text.find(s).unwrap();
        assert_eq!((m.utf16(b("a")), m.chars(b("a"))), (0, 0));
        assert_eq!((m.utf16(b("b")), m.chars(b("b"))), (2, 2));
        assert_eq!((m.utf16(b("c")), m.chars(b("c"))), (5, 4));
        assert_eq!((m.utf16(b("d")), m.chars(b("d"))), (7, 6));
        assert_eq!((m.utf16(text.len()), m.chars(text.len())), (8, 7));
    }

    #[test]
    fn no_input_panics() {
        for t in ["", " ", "\n\n", "'", "-", "U.", "1.", "a'", "\u{FFFD}\u{FFFD}", "é\u{0301}"] {
            let _ = tokenize(t);
        }
    }
}
