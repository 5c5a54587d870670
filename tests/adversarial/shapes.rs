//! Generated hostile texts, shared by the scaling test (tests/adversarial.rs), the fuzz run
//! and the adversarial section of `make bench` (examples/adversarial.rs).
//!
//! Each shape is text a real page can contain in small doses (abbreviations, initials, titles,
//! brackets, quote marks, digits with separators, capitals with connectors, money, dates,
//! speech verbs, ...) repeated or mixed until it is `n` bytes long. A scan must take time
//! linear in the length of every one of them: a shape whose 1 MB time is more than about 12x
//! its 100 KB time is a bug, however odd the text.

#![allow(dead_code)]

/// A small deterministic generator (xorshift64*): the same seed gives the same text.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// `unit` repeated up to `n` bytes (cut at a char boundary).
fn repeat(unit: &str, n: usize) -> String {
    let mut s = unit.repeat(n / unit.len() + 1);
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Pieces drawn at random until the text is `n` bytes.
fn mix(pieces: &[&str], seed: u64, n: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut s = String::with_capacity(n + 64);
    while s.len() < n {
        s.push_str(rng.pick(pieces));
    }
    s
}

/// Distinct capitalized names: "Bakoru Tevani", "Sadimo Kelur", ... (so the resolver has many
/// entities to link, not one repeated).
fn names(seed: u64, n: usize, with: &str) -> String {
    const SYL: &[&str] = &["ba", "ko", "ru", "te", "va", "ni", "sa", "di", "mo", "ke", "lur", "zan", "pe", "tho", "gri", "ma"];
    let mut rng = Rng::new(seed);
    let mut s = String::with_capacity(n + 64);
    let word = |rng: &mut Rng| {
        let k = 2 + rng.below(2);
        let w: String = (0..k).map(|_| rng.pick(SYL)).collect();
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    while s.len() < n {
        let (a, b) = (word(&mut rng), word(&mut rng));
        s.push_str(&with.replace("{A}", &a).replace("{B}", &b));
    }
    s
}

pub type Shape = (&'static str, fn(usize) -> String);

/// Every shape, by name. `n` is the text's length in bytes.
pub fn shapes() -> Vec<Shape> {
    vec![
        ("abbreviations spaced", |n| repeat("U.S. ", n)),
        ("abbreviations glued", |n| repeat("U.S.", n)),
        ("abbreviations mixed", |n| mix(&["U.S. ", "U.N.", "Gov. ", "Sen. ", "U.S.S.R. ", "Inc. ", "Co.", "a.m. ", "No. "], 1, n)),
        ("initials", |n| repeat("J. R. R. ", n)),
        ("initials glued", |n| repeat("J.R.", n)),
        ("titles", |n| repeat("President Minister Dr. Mr. ", n)),
        ("titles before names", |n| names(2, n, "Foreign Minister {A} {B} and Mr. {B}, ")),
        ("brackets open then closed", |n| repeat("(", n / 2) + &repeat(")", n / 2)),
        ("brackets nested", |n| repeat("((a)", n)),
        ("acronym definitions", |n| names(3, n, "{A} {B} Union ({A}BU) ")),
        ("acronyms in brackets glued", |n| repeat("ab(AB)", n)),
        ("straight quotes", |n| repeat("\"", n)),
        ("straight quotes spaced", |n| repeat("\" ", n)),
        ("curly quotes unbalanced", |n| repeat("\u{201C} ", n)),
        ("quotes and attributions", |n| names(4, n, "\"Yes,\" {A} {B} said. \"No,\" he added. ")),
        ("quote never closed", |n| String::from("\u{201C}") + &repeat("words said by no one ", n - 3)),
        ("single quotes", |n| repeat("'a' ", n)),
        ("digits and separators", |n| repeat("1,2.3/4:5 ", n)),
        ("long number", |n| repeat("1,234", n)),
        ("money", |n| repeat("$1.2 million and ", n)),
        ("money and dates mixed", |n| mix(&["$5 ", "5% ", "March 3, 2012 ", "Monday ", "1990s ", "3:30 p.m. ", "two years ", "Rs. 4 crore ", "- ", "\u{2013}"], 5, n)),
        ("dates", |n| repeat("Monday, March 3, 2012 ", n)),
        ("number words", |n| repeat("one two three hundred thousand ", n)),
        ("capitals", |n| repeat("Alpha Beta Gamma Delta ", n)),
        ("capitals with connectors", |n| repeat("Bank of Ministry of the Commission for ", n)),
        ("capitals and ampersands", |n| repeat("A & B & ", n)),
        ("capitals with particles", |n| repeat("Omar al-Bashir von der Leyen bin ", n)),
        ("all caps", |n| repeat("NATO UN EU ", n)),
        ("all caps lines", |n| repeat("BOSTON AT OAKLAND 75 59 .560\n", n)),
        ("distinct names", |n| names(6, n, "{A} {B} met {B}. ")),
        ("surnames linking", |n| names(7, n, "{A} {B} said. {B}'s ")),
        ("speech verbs", |n| repeat("said told added says according to ", n)),
        ("pronouns after quotes", |n| repeat("\"Yes,\" he said. ", n)),
        ("sports results", |n| names(8, n, "{A} 372 and 100-5 {B} beat {A} 3-1 ")),
        ("results lines", |n| names(11, n, "{A} 2 {B} 1\n")),
        ("Washington, D.C.", |n| repeat("He went to Washington, D.C. and back. ", n)),
        ("hyphen chains", |n| repeat("Ki-moon-Ban-", n)),
        ("domains", |n| repeat("Amazon.com and news.com.au ", n)),
        ("dotted chain", |n| repeat("a.", n)),
        ("reference entries", |n| repeat("^ a b Eich, Brendan; Festa, Paul (May 6, 2003).\n", n)),
        ("places in compounds", |n| repeat("Beijing-based US-China ", n)),
        ("apostrophes", |n| repeat("O'Brien's ", n)),
        ("dashes", |n| repeat("- ", n)),
        ("full stops", |n| repeat(". ", n)),
        ("one long word", |n| repeat("a", n)),
        ("one long capitalized word", |n| String::from("A") + &repeat("b", n - 1)),
        ("short lines", |n| repeat("A\n", n)),
        ("blank lines", |n| repeat("\n", n)),
        ("spaces", |n| repeat(" ", n)),
        ("non-ASCII", |n| mix(&["\u{20AC}5 ", "\u{1F600}", "\u{FFFD}", "Z\u{00FC}rich ", "\u{0645}\u{0635}\u{0631} ", "\u{202E}", "\u{00AD}", "\u{200B}", "e\u{0301}"], 9, n)),
        ("soft hyphens in names", |n| repeat("Vladi\u{00AD}mir Pu\u{00AD}tin ", n)),
        ("colons and dashes", |n| repeat("He said: \u{2014} Name: ", n)),
        ("news mixed", |n| mix(&[
            "Sergei Lavrov said on Monday. ", "\"We will win,\" he said. ", "The U.S. and NATO ", "(AP) \u{2014} ",
            "paid $1.2bn, up 5%. ", "in Geneva, Switzerland, ", "according to Reuters. ", "Mr. Smith ", "\n",
            "the Ministry of Defence ", "John Smith, 48, ", "Smith told ", "on March 9, 2012. ", "BONN 1996-08-30 ",
        ], 10, n)),
    ]
}
