//! People, organizations and places: candidates from capitalized token runs, classified by
//! scored rules over the run's words, the lexicons and the words around it.
//!
//! Output is a list of [`Mention`]s with byte offsets; [`crate::resolve`] links mentions of one
//! entity and settles the document-level consistency ("once Lavrov is a person, every Lavrov is").

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::lexicon::{CitySize, Lexicon};
use crate::model::Category;
use crate::text::{strip_possessive, Token, TokenKind};

/// One name found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// The role written before a person's name ("Russian Foreign Minister"), byte span.
    pub role: Option<(usize, usize)>,
    /// How sure the rules are: strong mentions teach the document what a string is.
    pub strong: bool,
    /// The token range the mention covers.
    pub tokens: (usize, usize),
}

/// Mentions in text order, the longer first where two start together. (One function for every
/// such sort: each closure would be a copy of the sort's code in the wasm.)
pub(crate) fn span_order(m: &Mention) -> (usize, std::cmp::Reverse<usize>) {
    (m.start, std::cmp::Reverse(m.end))
}

/// Closed-class words that are capitalized only because they start a sentence.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "although", "an", "and", "another", "any", "are", "as", "at",
    "because", "before", "being", "both", "but", "by", "despite", "did", "do", "does", "during", "each", "even",
    "every", "few", "for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "however", "i", "if",
    "in", "inside", "into", "is", "it", "its", "just", "last", "later", "many", "meanwhile", "more", "most", "much",
    "my", "neither", "never", "next", "no", "nor", "not", "now", "of", "on", "once", "one", "only", "or", "other",
    "our", "over", "she", "since", "so", "some", "such", "that", "the", "their", "then", "there", "these", "they",
    "this", "those", "though", "through", "thus", "to", "today", "under", "unlike", "until", "upon", "was", "we",
    "were", "what", "when", "where", "whether", "which", "while", "who", "why", "will", "with", "within",
    "without", "would", "yes", "yesterday", "yet", "you", "your", "tomorrow", "according", "asked", "said",
    "says", "instead", "still", "already", "perhaps", "maybe", "dear", "please", "thank", "thanks", "oh",
    "well", "indeed", "overall", "currently", "earlier", "finally", "first", "second", "third", "again",
    "among", "amid", "around", "between", "beyond", "following", "like", "near", "off", "out", "per",
    "regarding", "toward", "towards", "via", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Lower-case words that join capitalized words into one name.
const PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos",
    "das", "y", "zu", "ter", "ten", "st.", "wa",
];

/// Lower-case nouns that, right before a capitalized run, make it a person ("UN chief Ban Ki-moon").
const ROLE_NOUNS: &[&str] = &[
    "chief", "head", "spokesman", "spokeswoman", "spokesperson", "minister", "leader", "president", "secretary",
    "director", "coach", "ambassador", "envoy", "official", "analyst", "economist", "lawyer", "actor", "actress",
    "singer", "player", "striker", "midfielder", "defender", "goalkeeper", "manager", "chairman", "chairwoman",
    "founder", "ceo", "executive", "governor", "senator", "judge", "professor", "author", "writer", "journalist",
    "reporter", "editor", "colleague", "candidate", "rival", "opponent", "prosecutor", "attorney", "commander",
    "general", "officer", "captain", "champion", "mayor", "premier", "counterpart", "deputy", "successor",
    "predecessor", "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "boss",
    "adviser", "advisor", "aide", "diplomat", "negotiator", "representative", "chancellor", "king", "queen",
    "prince", "princess", "pope", "cleric", "rapper", "star", "veteran", "rookie", "pitcher", "batsman",
    "bowler", "skipper", "cyclist", "driver", "rider", "boxer", "tennis", "golfer", "sprinter", "dr", "mr",
    "mrs", "ms", "spokesmen", "founder", "owner", "economist", "scientist", "researcher", "historian",
    "diva", "soprano", "tenor", "baritone", "pianist", "violinist", "cellist", "composer", "conductor",
    "painter", "sculptor", "photographer", "designer", "architect", "novelist", "poet", "playwright",
    "filmmaker", "comedian", "dancer", "guitarist", "drummer", "artist", "columnist", "correspondent",
];

/// Words after a capitalized run that mark it as a place ("the town of Majer").
const PLACE_NOUNS: &[&str] = &[
    "town", "city", "village", "province", "region", "state", "county", "district", "capital", "island",
    "port", "suburb", "republic", "kingdom", "municipality", "prefecture", "island", "valley", "river",
];

/// Last words that make a capitalized name a place: natural features, roads and sites
/// ("Black Sea", "Potomac River", "Golden Gate Park", "Dulles International Airport").
const FEATURE_LAST: &[&str] = &[
    "Sea", "Ocean", "River", "Lake", "Mountains", "Desert", "Island", "Islands", "Isles", "Bay", "Gulf",
    "Strait", "Straits", "Peninsula", "Valley", "Canyon", "Park", "Square", "Plateau", "Basin", "Coast", "Delta",
    "Forest", "Glacier", "Canal", "Oblast", "Krai", "Province", "Region", "Shelf", "Harbor", "Harbour", "Hills",
    "Beach", "Street", "Avenue", "Road", "Bridge", "Airport", "Stadium", "Station", "Dam", "Prison", "Roundabout",
    "Cove", "Falls", "Reservoir", "Creek", "Reef", "Lagoon", "Volcano", "Highway", "Expressway", "Port",
    "Base", "Arena", "Tower", "Towers",
];

/// Head words of buildings and sites, before "of" or last: "British Museum", "Museum of Flight",
/// "Oberoi Hotel", "Grand Mosque", "City Hall" (not after a first name: "Stuart Hall").
const BUILDINGS: &[&str] = &[
    "Museum", "Hotel", "Palace", "Mosque", "Cathedral", "Synagogue", "Basilica", "Theatre", "Theater",
    "Planetarium", "Memorial", "Monument", "Abbey", "Shrine", "Hall", "Temple", "Castle", "Gallery",
];

/// Words that make the "Center" / "Centre" after them a venue, a place, rather than a body:
/// "Kennedy Space Center", "Seoul Arts Center", "Metro Toronto Convention Centre" (but "Centre for
/// Global Development", "Eisenhower Medical Center").
const VENUES: &[&str] = &[
    "Arts", "Art", "Convention", "Conference", "Exhibition", "Expo", "Sports", "Tennis", "Aquatic", "Aquatics",
    "Space", "Science", "Trade", "Shopping", "Visitor", "Visitors", "Tourism", "Youth", "Cultural", "Heritage",
    "Civic", "Performing", "Events", "Leisure", "Recreation", "Entertainment",
];

/// Mastheads that are ordinary words or names alone, organizations after a place or a paper's
/// day: "Toronto Star", "Edmonton Sun", "Daily Mail", "Boston Globe" (the unambiguous ones,
/// "Herald", "Gazette", "Tribune", ..., are in data/org-words.txt).
const MASTHEADS: &[&str] = &[
    "Star", "Sun", "Mail", "Mirror", "Observer", "Independent", "Guardian", "Standard", "Express", "Globe",
    "Courier", "Monitor", "Record", "Nation", "Sentinel", "Leader", "Weekly", "Daily", "Review", "Bulletin",
];

/// Parties' adjectives: "the Republican party", "an Ottawa New Democrat MP" (with more words there).
const PARTIES: &[&str] = &["Republican", "Democratic", "Labour", "Labor", "Conservative", "Liberal", "Communist", "Socialist", "Green"];

/// First words that make the rest a place: "Lake Victoria", "Mount Kenya", "Gulf of Mexico".
const FEATURE_FIRST: &[&str] = &["Lake", "Mount", "Mt", "Cape", "Gulf", "Bay", "Strait", "Straits", "Sea", "Isle", "Kingdom", "Principality", "Republic", "Port", "Masjid"];

/// Speech and cognition verbs that follow a speaker ("Lavrov said").
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states", "declared",
    "declares", "explained", "explains", "noted", "notes", "insisted", "insists", "argued", "argues", "warned",
    "warns", "continued", "continues", "wrote", "writes", "replied", "replies", "responded", "responds",
    "remarked", "recalled", "recalls", "acknowledged", "acknowledges", "announced", "announces", "claimed",
    "claims", "suggested", "suggests", "admitted", "admits", "conceded", "concedes", "observed", "observes",
    "cautioned", "cautions", "predicted", "predicts", "stressed", "stresses", "emphasized", "emphasised",
    "emphasizes", "emphasises", "pointed", "points", "concluded", "concludes", "maintained", "maintains",
    "testified", "testifies", "tweeted", "tweets", "posted", "posts", "joked", "jokes", "shouted", "shouts",
    "whispered", "complained", "complains", "boasted", "boasts", "urged", "urges", "believes", "believed",
    "thinks", "thought", "reported", "reports", "confirmed", "confirms", "denied", "denies", "commented",
    "comments", "agreed", "agrees", "mused", "muses", "quipped", "quips", "countered", "counters", "vowed",
    "vows", "promised", "promises", "recounted", "recounts", "elaborated", "elaborates", "yells", "yelled",
    "screamed", "screams", "sings", "sang", "cried", "exclaimed", "exclaims", "reads", "wondered",
    "wonders", "snapped", "snaps", "retorted", "retorts", "interjected", "chimed", "laughed", "sighed",
    "added.", "said.", "explained.",
];

/// A set built once from one of the word tables above (a linear scan of a table per token
/// cost a fifth of the scan time).
fn table(cell: &'static OnceLock<FxHashSet<&'static str>>, words: &'static [&'static str]) -> &'static FxHashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

/// Articles of the languages whose pages an English reader meets most, capitalized.
/// Not "Das", "Du" or "Lo": surnames of India and China that often begin a sentence ("Das says").
const FOREIGN_ARTICLES: &[&str] = &["Le", "La", "Les", "L", "Un", "Une", "Des", "El", "Los", "Las", "Il", "Gli",
    "Der", "Die", "Ein", "Eine", "Os", "Uma"];

/// Lower-case forms that look like names at the start of a sentence but rarely are, with their
/// contractions ("we're", "it's", "let's", "i'm").
pub fn is_function_word(lower: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let set = table(&SET, FUNCTION_WORDS);
    set.contains(lower)
        || lower.rsplit_once(['\'', '\u{2019}']).is_some_and(|(stem, tail)| {
            matches!(tail, "s" | "re" | "ll" | "ve" | "m" | "d") && (stem == "let" || set.contains(stem))
        })
}

/// Is token `i` "Let" of "Let’s" split before its "’s" ("Let’s start"), no name and no speaker?
pub fn lets(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens[i].text(text).eq_ignore_ascii_case("let")
        && tokens.get(i + 1).is_some_and(|t| matches!(t.text(text), "’s" | "'s") && !t.space_before())
}

/// A verb of speech or cognition that follows or precedes a speaker ("said", "told"), lower case.
pub fn is_speech_verb(lower: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    table(&SET, SPEECH_VERBS).contains(lower)
}

/// Whether token `k` of a run ending at `b` is an initial: one letter and its dot ("A. Stewart").
fn initial_letter(sh: &Shapes, k: usize, b: usize) -> bool {
    sh.text(k).len() == 1 && k + 1 < b && sh.text(k + 1) == "."
}

/// An Arabic article or kinship word joined to a name by a hyphen: "al-Bashir", "ud-Dawlah".
fn hyphen_particle(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        matches!(p, "al" | "el" | "ad" | "ud" | "ul" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ibn" | "bin" | "abu")
            && rest.starts_with(char::is_uppercase)
    })
}

fn is_particle(lower: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    table(&SET, PARTICLES).contains(lower)
}

fn is_role_noun(lower: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    table(&SET, ROLE_NOUNS).contains(lower)
}

fn is_place_noun(lower: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    table(&SET, PLACE_NOUNS).contains(lower)
}

/// The facts about one token that the name rules ask, found once per token (the lexicon's
/// once per distinct word): its shape, and for a capitalized word its word lists. Two bytes:
/// a 10 MB text has two million tokens, and each byte here is two megabytes of the scan's
/// peak memory (the token's text is read through [`Shapes::text`], not held here).
#[derive(Clone, Copy)]
struct Tok {
    flags: u8,
    /// How many lower-case words the token's line has (saturating at 127; one pass over the
    /// lines: counting them again for each run made a long line quadratic), and in the top bit
    /// [`TITLE_LINE`].
    line: u8,
}

/// The token's line is a headline in title case (see [`line_facts`]).
const TITLE_LINE: u8 = 128;

const CAP: u8 = 1;
const ALL_CAPS: u8 = 2;
const INITIAL: u8 = 4;
const COMMON: u8 = 8;
const FIRST: u8 = 16;
const LAST: u8 = 32;
const CITY: u8 = 64;
const SHOUTING: u8 = 128;

impl Tok {
    /// A word that starts with a capital (not the pronoun "I'm").
    fn cap(&self) -> bool { self.flags & CAP != 0 }
    /// Capitalized, with two letters or more, all capitals.
    fn all_caps(&self) -> bool { self.flags & ALL_CAPS != 0 }
    /// First in its sentence or clause.
    fn initial(&self) -> bool { self.flags & INITIAL != 0 }
    /// An ordinary English word in any case (capitalized words only).
    fn common(&self) -> bool { self.flags & COMMON != 0 }
    /// A known first name (capitalized words only).
    fn first(&self) -> bool { self.flags & FIRST != 0 }
    /// A known surname (capitalized words only).
    fn last(&self) -> bool { self.flags & LAST != 0 }
    /// A known city (capitalized words only).
    fn city(&self) -> bool { self.flags & CITY != 0 }
    /// On an all-capitals headline's line.
    fn shouting(&self) -> bool { self.flags & SHOUTING != 0 }
    /// How many lower-case words the token's line has (at most 127).
    fn line_lower_words(&self) -> u8 { self.line & !TITLE_LINE }
    /// On a headline's line in title case: "Obama Urges Sudan to Allow Aid Groups Back In".
    fn title_line(&self) -> bool { self.line & TITLE_LINE != 0 }
}

/// Every token's facts, with the text they are read from.
struct Shapes<'a> {
    text: &'a str,
    tokens: &'a [Token],
    facts: Vec<Tok>,
}

impl<'a> Shapes<'a> {
    /// Token `k`'s text. (Not inlined: its slicing checks at 150 call sites were 4 KB of the
    /// gzipped wasm, and a call costs no measurable time.)
    #[inline(never)]
    fn text(&self, k: usize) -> &'a str {
        self.tokens[k].text(self.text)
    }
}

impl std::ops::Deref for Shapes<'_> {
    type Target = [Tok];
    fn deref(&self) -> &[Tok] {
        &self.facts
    }
}

#[derive(Clone, Copy, Default)]
struct WordInfo {
    common: bool,
    first: bool,
    last: bool,
    city: bool,
}

fn shape<'a>(text: &'a str, tokens: &[Token], i: usize, lex: &Lexicon,
             memo: &mut FxHashMap<&'a str, WordInfo>) -> Tok {
    let t = &tokens[i];
    let s = t.text(text);
    let first = s.chars().next().unwrap_or(' ');
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    // ("I'm", "I've", "I'd", "I'll" are the pronoun, never a name's first word)
    let pronoun = s.len() <= 6 && (s.starts_with("I'") || s.starts_with("I\u{2019}"));
    // a social-media handle or hashtag is its own thing, not names: "@Uber_Sydney", "#BlackLivesMatter"
    let bytes = text.as_bytes();
    let handle = (t.start > 0 && matches!(bytes[t.start - 1], b'@' | b'#' | b'_'))
        || bytes.get(t.end) == Some(&b'_');
    let cap = t.kind() == TokenKind::Word && first.is_uppercase() && !pronoun && !handle;
    let all_caps = cap && letters >= 2 && s.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    // sentence-initial: first token of the sentence, or right after an opening quote/bracket/colon/dash
    // that itself starts the sentence or a clause
    let mut initial = i == 0 || tokens[i - 1].sentence() != t.sentence();
    if !initial && i > 0 {
        let p = tokens[i - 1].text(text);
        if matches!(p, "\"" | "\u{201C}" | "\u{2018}" | "'" | "(" | "[" | ":" | "\u{2014}" | "\u{2013}" | "\u{00AB}" | "-")
            && (i == 1 || tokens[i - 2].sentence() != t.sentence() || matches!(p, ":" | "\u{201C}" | "\"" | "\u{00AB}"))
        {
            initial = true;
        }
        // a function word after a dash set off by spaces after a dateline: "KIGALI, Jun 15 2022
        // (IPS) - The ..." (a name there is still a name: "MOSCOW (AP) — Sergei Kiriyenko")
        if matches!(p, "-" | "\u{2014}" | "\u{2013}") && tokens[i - 1].space_before() && t.space_before()
            && i >= 2 && tokens[i - 2].text(text) == ")" && is_function_word(&s.to_lowercase())
        {
            initial = true;
        }
    }
    let info = if cap {
        *memo.entry(s).or_insert_with(|| WordInfo {
            common: lex.is_common(s),
            first: lex.first_names.contains(s),
            last: lex.last_names.contains(s),
            city: lex.cities.contains(s),
        })
    } else {
        WordInfo::default()
    };
    let flag = |on: bool, f: u8| if on { f } else { 0 };
    let flags = flag(cap, CAP) | flag(all_caps, ALL_CAPS) | flag(initial, INITIAL) | flag(info.common, COMMON)
        | flag(info.first, FIRST) | flag(info.last, LAST) | flag(info.city, CITY);
    Tok { flags, line: 0 }
}

/// The facts of each token's line, in one pass over the lines: how many lower-case words it
/// has, whether it is an all-capitals headline (three words or more, 70% in capitals), and
/// whether it is a headline in title case: one sentence of three capitalized words or more,
/// every lower-case word a function word and one at least other than "of" and "and" ("to",
/// "the", "as"), no figure (a results table's line: "Hapoel Haifa 3 Maccabi Tel Aviv 1") and
/// no full stop at its end (a sentence has one).
fn line_facts(text: &str, tokens: &[Token], shapes: &mut [Tok]) {
    let mut a = 0;
    while a < tokens.len() {
        let mut b = a + 1;
        while b < tokens.len() && !tokens[b].newline_before() {
            b += 1;
        }
        let (mut words, mut caps, mut lower) = (0usize, 0usize, 0usize);
        for t in tokens[a..b].iter().filter(|t| t.kind() == TokenKind::Word) {
            words += 1;
            let w = t.text(text);
            lower += w.starts_with(|c: char| c.is_lowercase()) as usize;
            caps += (w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase())) as usize;
        }
        let shouting = if words >= 3 && caps * 10 >= words * 7 { SHOUTING } else { 0 };
        let line = u8::try_from(lower).unwrap_or(127).min(127);
        for sh in &mut shapes[a..b] {
            sh.line = line;
            sh.flags |= shouting;
        }
        if shouting == 0 {
            title_blocks(text, tokens, shapes, a, b);
        }
        a = b;
    }
}

/// Within the line `a..b`, mark the blocks that are headlines in title case with
/// [`TITLE_LINE`]. A block is the line, or a part of it that a wide gap (three spaces or
/// more, where a page's layout put its columns side by side) sets off: "Darfur Withers as
/// Sudan Sells Food      AUG. 9, 2008".
fn title_blocks(text: &str, tokens: &[Token], shapes: &mut [Tok], a: usize, b: usize) {
    let gap = |k: usize| tokens[k].start >= tokens[k - 1].end + 3;
    let mut x = a;
    while x < b {
        let mut y = x + 1;
        while y < b && !gap(y) {
            y += 1;
        }
        let (mut words, mut lower, mut content, mut glue) = (0usize, 0usize, 0usize, 0usize);
        for t in tokens[x..y].iter().filter(|t| t.kind() == TokenKind::Word) {
            words += 1;
            let w = t.text(text);
            let low = w.starts_with(|c: char| c.is_lowercase());
            lower += low as usize;
            content += (low && !is_function_word(w)) as usize;
            // ("of" and "and" join the parts of one name: "Alvin Yeung of Civic Party")
            glue += (low && matches!(w, "of" | "and")) as usize;
        }
        let digits = tokens[x..y].iter().any(|t| t.kind() == TokenKind::Number);
        // (one sentence, begun and ended in the block: not a line of prose wrapped by hand,
        // "The National Bank of Poland\nrefrained from ...")
        let sentence = tokens[x].sentence() == tokens[y - 1].sentence()
            && (x == 0 || tokens[x - 1].sentence() != tokens[x].sentence() || x > a)
            && (y == tokens.len() || tokens[y].sentence() != tokens[y - 1].sentence() || y < b);
        if content == 0 && lower > glue && words - lower >= 3 && !digits && sentence && tokens[y - 1].text(text) != "." {
            for sh in &mut shapes[x..y] {
                sh.line |= TITLE_LINE;
            }
        }
        x = y;
    }
}

/// From the comma at token `j`, the end of a list of a body's fields: ", Labour and Social
/// Development", ", Land, Water and Planning" (each field one or two capitalized ordinary words,
/// no name or place; the last after "and"); None if the words after the comma are no such list.
fn listed_fields(sh: &Shapes, tokens: &[Token], lex: &Lexicon, j: usize) -> Option<usize> {
    let n = tokens.len();
    let field_word = |k: usize| k < n && !tokens[k].newline_before() && sh[k].cap() && !sh[k].all_caps() && sh[k].common()
        && !sh[k].first() && !lex.place(sh.text(k), false) && !lex.titles.contains(sh.text(k));
    let mut k = j;
    // (at most five fields: a window keeps a long run of commas linear)
    for _ in 0..5 {
        // k is a "," or "and" before a field
        let and = sh.text(k) == "and" || (sh.text(k) == "," && k + 1 < n && sh.text(k + 1) == "and");
        k += 1 + usize::from(sh.text(k) == "," && and);
        let start = k;
        while k < n && k < start + 2 && field_word(k) {
            k += 1;
        }
        if k == start {
            return None;
        }
        if and {
            return Some(k);
        }
        if k >= n || !matches!(sh.text(k), "," | "and") || tokens[k].newline_before() {
            return None;
        }
    }
    None
}

/// Head words of institutions' names in French, Spanish, Italian and Portuguese, which go on in
/// lower-case words: "Conseil constitutionnel", "Cour de cassation", "Assemblée nationale".
const ROMANCE_HEADS: &[&str] = &[
    "Assemblée", "Autorité", "Comité", "Commission", "Conseil", "Cour", "Front", "Haute", "Parlement", "Parti", "Sénat", "Tribunal",
    "Asamblea", "Comisión", "Congreso", "Consejo", "Corte", "Partido", "Senado", "Camera", "Commissione",
    "Consiglio", "Partito", "Senato", "Assembleia", "Conselho",
];
/// Of these, the ones a text names by the head alone: "le Sénat", "l’Assemblée".
const ROMANCE_ALONE: &[&str] = &["Assemblée", "Sénat", "Parlement", "Congreso", "Senado", "Senato", "Assembleia"];

/// An institution named in a Romance language from token `i`, after an article: the head, its
/// adjectives and its complements ("la Commission nationale de contrôle des techniques de
/// renseignement", "du Conseil d’Etat", "le Sénat"); the end. (In English text the heads do not
/// follow these articles.)
fn romance_body(tokens: &[Token], sh: &Shapes, i: usize) -> Option<usize> {
    const ARTICLES: &[&str] = &["le", "la", "l’", "l'", "du", "au", "Le", "La", "L’", "L'", "el", "del", "El", "il", "lo", "dello", "della", "Il", "do", "da"];
    if !ROMANCE_HEADS.contains(&sh.text(i)) {
        return None;
    }
    let same = |k: usize| k < tokens.len() && !tokens[k].newline_before() && tokens[k].sentence() == tokens[i].sentence();
    let lower = |k: usize| same(k) && sh.text(k).starts_with(char::is_lowercase) && sh.text(k).chars().all(char::is_alphabetic);
    let adjective = |k: usize| lower(k) && sh.text(k).chars().count() >= 5 && {
        // (plural too: "électroniques", "nationaux")
        let w = sh.text(k);
        let w = w.strip_suffix('s').unwrap_or(w);
        ["el", "elle", "al", "ale", "aux", "ique", "ive", "if", "aire", "ien", "ienne", "iste", "ain", "aine", "ivo", "iva", "ico", "ica", "ano", "ana", "ale", "ali"]
            .iter().any(|x| w.ends_with(x)) || matches!(w, "supérieur" | "supérieure" | "général" | "générale" | "informatique")
    };
    let preposition = |k: usize| same(k) && matches!(sh.text(k), "de" | "des" | "du" | "del" | "della" | "do" | "da" | "di");
    let noun = |k: usize| same(k) && sh.text(k).chars().all(char::is_alphabetic) && sh.text(k).chars().count() >= 4
        && !matches!(sh.text(k), "trois" | "quatre" | "cette" | "leur" | "leurs");
    // with `and` ("et", "e", "y"), the words after it are the name's only where the text then
    // gives its acronym or closes the bracket that holds it (below)
    let grow = |and: bool| {
        let mut j = i + 1;
        while j < i + 16 {
            if adjective(j) {
                j += 1;
            } else if same(j) && ["d’", "d'"].iter().any(|p| sh.text(j).strip_prefix(p).is_some_and(|r| r.starts_with(char::is_uppercase))) {
                // "d’Etat" is one word
                j += 1;
            } else if preposition(j) {
                // "de la défense", "d’Etat", "de cassation"
                let mut k = j + 1;
                if same(k) && matches!(sh.text(k), "la" | "l’" | "l'" | "les") {
                    k += 1;
                }
                if !noun(k) {
                    break;
                }
                j = k + 1;
            } else if and && j > i + 1 && same(j) && matches!(sh.text(j), "et" | "e" | "y") && (noun(j + 1) && lower(j + 1) || preposition(j + 1)) {
                // "informatique et libertés", "électroniques et des postes"
                j += if preposition(j + 1) { 1 } else { 2 };
            } else {
                break;
            }
        }
        j
    };
    // the text defines it: "(CNIL)" after it, or it is the bracket after its acronym:
    // "l’Arcep (l’Autorité de régulation ... et des postes)"
    let text_of = |k: usize| if same(k) { sh.text(k) } else { "" };
    let acronym_after = |j: usize| text_of(j) == "(" && same(j + 1) && sh[j + 1].all_caps() && text_of(j + 2) == ")";
    let in_bracket = |j: usize| text_of(j) == ")" && i >= 3 && {
        let open = if ARTICLES.contains(&sh.text(i - 1)) { i - 2 } else { i - 1 };
        sh.text(open) == "(" && sh[open - 1].cap()
    };
    let (plain, with_and) = (grow(false), grow(true));
    if with_and > plain && (acronym_after(with_and) || in_bracket(with_and)) {
        return Some(with_and);
    }
    let article = i > 0 && ARTICLES.contains(&sh.text(i - 1));
    if article {
        return (plain > i + 1 || ROMANCE_ALONE.contains(&sh.text(i))).then_some(plain);
    }
    // a party's name is an adjective too, without its article: "12 députés Front de gauche"
    let party = matches!(sh.text(i), "Front" | "Parti" | "Partido" | "Partito") && i > 0 && sh.text(i - 1).starts_with(char::is_lowercase);
    (plain > i + 1 && (acronym_after(plain) || party)).then_some(plain)
}

/// A name in capitals on a byline or after a photo credit's label, from token `i`: "By JEFFREY
/// GETTLEMAN", "Credit: DESMOND KWANDE/AFP". Two or three words, the first a given name, the
/// last no word of the language ("By STAFF REPORTERS", "Credit: STR/AFP" name no one); the end.
fn capitals_byline(tokens: &[Token], sh: &Shapes, lex: &Lexicon, i: usize) -> Option<usize> {
    let line_start = |k: usize| k == 0 || tokens[k].newline_before();
    let byline = i >= 1 && matches!(sh.text(i - 1), "By" | "BY") && line_start(i - 1);
    let credit = i >= 2 && sh.text(i - 1) == ":"
        && matches!(sh.text(i - 2), "Credit" | "Photo" | "Photograph" | "Image" | "Picture" | "CREDIT" | "PHOTO");
    if !byline && !credit {
        return None;
    }
    // (a month in capitals starts the dateline after it: "By JEFFREY GETTLEMAN JAN. 13, 2017")
    let month = |k: usize| crate::figures::is_month(&title_case(sh.text(k)));
    let word = |k: usize| sh[k].all_caps() && sh.text(k).len() >= 2 && sh.text(k).chars().all(char::is_alphabetic) && !(k > i && month(k));
    let mut j = i;
    // (on one line, no layout gap between: "By JEFFREY GETTLEMAN      JAN. 13, 2017")
    while j < tokens.len() && j < i + 3 && word(j) && (j == i || (!tokens[j].newline_before() && tokens[j].start < tokens[j - 1].end + 3)) {
        j += 1;
    }
    let (first, last) = (title_case(sh.text(i)), title_case(sh.text(j - 1)));
    (j - i >= 2 && lex.first_names.contains(&first) && !lex.is_common(&last) && !lex.place(&last, false)).then_some(j)
}

/// Find the names in `text`.
pub fn find(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Mention> {
    let n = tokens.len();
    let mut memo = FxHashMap::default();
    let mut facts: Vec<Tok> = (0..n).map(|i| shape(text, tokens, i, lex, &mut memo)).collect();
    line_facts(text, tokens, &mut facts);
    drop(memo);
    let shapes = Shapes { text, tokens, facts };
    // A name starts each run of capitalized words at most (a few rules add more): room for
    // them from the start, as a vector that doubles holds its old and new buffers at once,
    // at the scan's peak; what is left over is given back at the end.
    let runs = (0..n).filter(|&i| shapes[i].cap() && (i == 0 || !shapes[i - 1].cap())).count();
    let mut out = Vec::with_capacity(runs + 16);
    let mut i = 0;
    while i < n {
        // (a place after a lower-case prefix, "pro-Beijing", "anti-China", is left alone: only
        // Worldwide labels it, GUM, IE-ER and PolNeAR do not)
        if !shapes[i].cap() {
            i += 1;
            continue;
        }
        // (a capitalized article starts a run of capitals: the name is read from the word after it)
        let article = usize::from(matches!(shapes.text(i), "Le" | "La" | "L’" | "L'" | "El" | "Il") && i + 1 < n);
        if let Some(end) = romance_body(tokens, &shapes, i + article) {
            push(&mut out, tokens, i + article, end, Category::Organization, true, None);
            i = end;
            continue;
        }
        // ("By" itself starts a run of capitals: the name is read from the word after it)
        let by = usize::from(matches!(shapes.text(i), "By" | "BY") && i + 1 < n);
        if shapes[i + by].all_caps() {
            if let Some(end) = capitals_byline(tokens, &shapes, lex, i + by) {
                push(&mut out, tokens, i + by, end, Category::Person, true, None);
                i = end;
                continue;
            }
        }
        // Headlines in capitals: names can't be told from shouting, except places we know in
        // their capitalized form ("LONDON (Reuters) -", "NEW YORK"); the rest of the line is skipped.
        if shapes[i].shouting() && shapes.text(i).len() == 1 {
            i += 1;
            continue;
        }
        if shapes[i].all_caps() && shapes[i].shouting() {
            let mut j = i + 1;
            while j < n && shapes[j].all_caps() && !tokens[j].newline_before() && j < i + 4 {
                j += 1;
            }
            // a company with its suffix, as copyright lines write it: "BY WORLDSOURCES, INC."
            let comma = usize::from(j < n && shapes.text(j) == ",");
            if j + comma < n && matches!(shapes.text(j + comma), "INC" | "CORP" | "LTD" | "LLC" | "PLC" | "CO")
                && !tokens[j + comma].newline_before()
            {
                let from = (i..j).rev().find(|&k| is_function_word(&shapes.text(k).to_lowercase())).map_or(i, |k| k + 1);
                let mut end = j + comma + 1;
                if end < n && shapes.text(end) == "." && tokens[end].start == tokens[end - 1].end {
                    end += 1;
                }
                push(&mut out, tokens, from, end, Category::Organization, true, None);
                i = end;
                continue;
            }
            if let Some(end) = (i + 1..=j).rev().find(|&e| lex.place(&title_case(&run_str(&shapes, i, e)), false)) {
                push(&mut out, tokens, i, end, Category::Place, true, None);
                i = end;
                continue;
            }
            i += 1;
            continue;
        }
        // places inside a hyphenated word: "Beijing-based", "US-funded", "US-China", "China-US"
        if let Some(parts) = compound_places(shapes.text(i), lex) {
            let t = &tokens[i];
            for (x, y, category) in parts {
                let strong = category != Category::Misc;
                out.push(Mention { start: t.start + x, end: t.start + y, category, role: None, strong, tokens: (i, i + 1) });
            }
            i += 1;
            continue;
        }
        // grow a run of capitalized words, with particles and "of"-style connectors inside
        let mut j = i + 1;
        let mut compound_end = None;
        loop {
            // (a dotted abbreviation can end a sentence: "... to the U.S. The President")
            if j >= n || tokens[j].newline_before() || tokens[j].sentence() != tokens[j - 1].sentence() {
                break;
            }
            let s = shapes[j];
            let s_text = shapes.text(j);
            // a place's compound ends a name: "the Korea-focused K"
            if s.cap() && tokens[j].space_before() && s_text.contains('-') {
                // ... unless the run and the word's first part make one place: "Cape Town-based"
                let first = s_text.split('-').next().unwrap_or("");
                let whole = format!("{} {first}", run_str(&shapes, i, j));
                let lower_tail = s_text.rsplit('-').next().is_some_and(|p| p.starts_with(|c: char| c.is_lowercase()));
                if lower_tail && lex.place(&whole, false) {
                    compound_end = Some(tokens[j].start + first.len());
                    break;
                }
                // ... or its last words do: the run ends before them ("Venezuelan-born | New York-based")
                if let Some(st) = (i + 1..j).filter(|_| lower_tail).find(|&st| lex.place(&format!("{} {first}", run_str(&shapes, st, j)), false)) {
                    j = st;
                    break;
                }
                // ... or, where no list knows it, "-based" says the run is a place, which ends a
                // name that follows: "Mercer Island-based | Dana F. Besecker Company"
                if lower_tail && s_text.ends_with("-based") && !has_org_word_in(&shapes, lex, i, j)
                    && compound_places(s_text, lex).is_none()
                    && !(i..j).any(|k| is_function_word(&shapes.text(k).to_lowercase()))
                {
                    compound_end = Some(tokens[j].start + first.len());
                    break;
                }
                // (not a given name after a family name: "Ronald Lam Man-kin", "Maggie Chan Man-ki")
                let given = shapes[j - 1].last() && syllables(s_text, lex, true) && !matches!(s_text.rsplit('-').next(),
                    Some("based" | "born" | "led" | "backed" | "run" | "owned" | "made" | "bound" | "style" | "wide" | "funded" | "linked" | "held"));
                if compound_places(s_text, lex).is_some() && !given {
                    break;
                }
            }
            // a capitalized function word before a lower-case one starts a new clause: a caption
            // without its full stop ("DAB's Elizabeth Quat In the New Territories ...")
            // a weekday after a name in a headline's dateline: "Aner Shalev Wednesday, September 19"
            if is_weekday(s_text)
                && (j + 1 >= n || tokens[j + 1].newline_before() || matches!(shapes.text(j + 1), "," | "."))
            {
                break;
            }
            // a caption's label: "Captain America Image: Nick Moreau"
            if matches!(s_text, "Image" | "Photo" | "Picture" | "Credit" | "Source" | "Caption" | "Video")
                && j + 1 < n && shapes.text(j + 1) == ":"
            {
                break;
            }
            if clause_opener(&shapes, tokens, j) {
                break;
            }
            if s.cap() && tokens[j].space_before() {
                j += 1;
                continue;
            }
            // "Mr." / "Gov." / "St." : the abbreviation's dot stays inside the run
            if s_text == "." && !tokens[j].space_before() && j + 1 < n && shapes[j + 1].cap()
                && (lex.titles.contains(format!("{}.", shapes.text(j - 1)).as_str())
                    // a saint's or a fort's name: "St. Louis", "Ft. Worth", "Mt. Everest"
                    || (matches!(shapes.text(j - 1), "St" | "Ste" | "Ft" | "Mt") && !tokens[j + 1].newline_before()))
            {
                j += 1;
                continue;
            }
            // a middle initial's dot: "Gerald R. Ford", "W. Gyude Moore" (not "Plan B. The")
            if s_text == "." && !tokens[j].space_before() && j + 1 < n && shapes[j + 1].cap() && !tokens[j + 1].newline_before()
                && shapes.text(j - 1).len() == 1 && shapes[j - 1].cap()
                && !is_function_word(&shapes.text(j + 1).to_lowercase())
                && (shapes[j + 1].first() || shapes[j + 1].last() || (j > i + 1 && shapes[i].first())
                    // (a name's first initial before a word no list knows: "D. Blenkiron 4-43")
                    // (not a compass point's: "S. Korea", "N. Korean", "S. African")
                    || (j == i + 1 && !shapes[j + 1].common() && !shapes[j + 1].all_caps()
                        && !shapes[j + 1].city() && !lex.country(shapes.text(j + 1)) && !lex.people(shapes.text(j + 1)))
                    || (j + 2 < n && shapes[j + 2].cap() && shapes[j + 2].last() && !tokens[j + 2].newline_before()))
            {
                j += 1;
                continue;
            }
            // "&" inside company names: "Procter & Gamble", "AT&T"
            if s_text == "&" && j + 1 < n && shapes[j + 1].cap() {
                j += 1;
                continue;
            }
            // a particle joined by a hyphen: "Omar al-Bashir", "Shams ud-Dawlah", "Haji ad-Dabir"
            if !s.cap() && tokens[j].space_before() && hyphen_particle(s_text) {
                j += 1;
                continue;
            }
            let lower = s_text.to_lowercase();
            if is_particle(&lower) && s_text.chars().next().is_some_and(|c| c.is_lowercase())
                && j + 1 < n && shapes[j + 1].cap() && !tokens[j + 1].newline_before()
            {
                j += 1;
                continue;
            }
            // "People's" opens the name of a party, an army or a court: "People’s Liberation
            // Army", "People's Front for Democracy and Justice" (a body's head word ahead)
            if matches!(s_text, "'s" | "\u{2019}s") && shapes.text(j - 1) == "People" && j + 1 < n
                && shapes[j + 1].cap() && !tokens[j + 1].newline_before()
                && (j + 1..n.min(j + 5)).take_while(|&m| !tokens[m].newline_before()).any(|m| shapes[m].cap() && lex.org_words.contains(shapes.text(m)))
            {
                j += 1;
                continue;
            }
            // the fields of a ministry listed after "of": "Ministry of Gender, Labour and Social
            // Development", "Department of Environment, Land, Water and Planning"
            if s_text == "," && has_org_word_in(&shapes, lex, i, j) && (i..j).any(|t| matches!(shapes.text(t), "of" | "for")) {
                if let Some(end) = listed_fields(&shapes, tokens, lex, j) {
                    j = end;
                    continue;
                }
            }
            if matches!(s_text, "of" | "for" | "on" | "and") && j + 1 < n && !tokens[j + 1].newline_before() {
                // join only where the left part is an organization head or a title ("Secretary of State")
                let mut k = j + 1;
                if k < n && shapes.text(k) == "the" && k + 1 < n && shapes[k + 1].cap() {
                    k += 1;
                }
                // ("Harvard University on Tuesday", "Bank of England in March": a date is no name's part)
                if k < n && is_function_word(&shapes.text(k).to_lowercase()) && shapes[k].cap() {
                    break;
                }
                // (a mission's or a model's code is no field of a body: "Kennedy Space Center on STS-1")
                if k < n && s_text == "on" && shapes.text(k).contains(|c: char| c.is_ascii_digit()) {
                    break;
                }
                // ... or a known name goes on: "House of Representatives"
                let head = has_org_word_in(&shapes, lex, i, j)
                    || (s_text == "of" && BUILDINGS.contains(&shapes.text(j - 1)))
                    || (j == i + 1 && FEATURE_FIRST.contains(&shapes.text(i)) && s_text == "of")
                    // "the State of Texas" (not "State of Emergency")
                    || (j == i + 1 && shapes.text(i) == "State" && s_text == "of" && k == j + 1 && k < n && lex.country(shapes.text(k)))
                    // a title before a name: "Secretary of State Antony Blinken" (not "Prince of Wales")
                    || (s_text == "of" && k == j + 1 && (i..j).all(|t| lex.titles.contains(shapes.text(t)) || (t == i && j > i + 1 && lex.place(shapes.text(t), false)))
                        && !lex.org_words.contains(shapes.text(k)) && !lex.place(shapes.text(k), false)
                        && k + 1 < n && shapes[k + 1].cap() && !tokens[k + 1].newline_before()
                        // "CEO of Jumia Egypt": a company's national arm, no one's name
                        && !lex.country(shapes.text(k + 1)))
                    || (k < n && lex.org_names.contains(format!("{} {} {}", run_str(&shapes, i, j), s_text, shapes.text(k)).as_str()));
                if head && shapes[k].cap() && s_text != "and" {
                    j = k + 1;
                    continue;
                }
                // "Bureau of Tourism and Travel Commission", and after "of"/"for" the last field of
                // the name: "Ministry of Agriculture and Livestock" (not a place or a person's name)
                let of_name = (i..j).any(|t| matches!(shapes.text(t), "of" | "for" | "on"));
                // (a head word of a body ahead, the words between capitalized on one line)
                let head_ahead = (k + 1..n.min(k + 4)).take_while(|&m| shapes[m].cap() && !tokens[m].newline_before())
                    .any(|m| lex.org_words.contains(shapes.text(m)));
                if head && s_text == "and" && k == j + 1 && shapes[k].cap()
                    && (head_ahead || (of_name && !shapes[k].first() && !lex.place(shapes.text(k), false)))
                {
                    j = k + 1;
                    continue;
                }
                // two fields before the head, joined by "and": "Truth and Reconciliation
                // Commission", "Food and Agriculture Organization", "Securities and Futures
                // Commission" (the first of one or two ordinary words, no name or place, and not
                // a list's member: "Xiaomi, Honor and Huawei Technologies Co.")
                let listed = i > 0 && shapes.text(i - 1) == ",";
                if !head && !listed && s_text == "and" && k == j + 1 && shapes[k].cap() && !shapes[k].all_caps() && head_ahead && j - i <= 2
                    && (i..j).all(|t| shapes[t].common() && !shapes[t].all_caps() && !shapes[t].first()
                        && !lex.place(shapes.text(t), false) && !lex.org_names.contains(shapes.text(t)))
                {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        if let Some(end) = compound_end {
            out.push(Mention { start: tokens[i].start, end, category: Category::Place, role: None, strong: true, tokens: (i, j + 1) });
            i = j + 1;
            continue;
        }
        // trailing connectors never end a run
        while j > i + 1 && !shapes[j - 1].cap() && !hyphen_particle(shapes.text(j - 1)) {
            j -= 1;
        }
        // a brand written in lower case before an organization word: "afrol News", "eToro Group"
        if i > 0 && !tokens[i].newline_before() && tokens[i].space_before() && tokens[i - 1].kind() == TokenKind::Word
            && has_org_word_in(&shapes, lex, i, j)
        {
            let w = tokens[i - 1].text(text);
            if w.starts_with(|c: char| c.is_lowercase()) && w.chars().count() >= 3 && w.chars().all(char::is_alphanumeric)
                && !lex.is_common(w) && !is_function_word(w) && !is_particle(w)
            {
                push(&mut out, tokens, i - 1, j, Category::Organization, true, None);
                i = j;
                continue;
            }
        }
        if j > i + 1 && shapes[i].title_line() {
            headline_run(text, tokens, &shapes, lex, i, j, &mut out);
        } else {
            classify_run(text, tokens, &shapes, lex, i, j, &mut out);
        }
        i = j;
    }
    // a lower-case prefix that is part of a known region: "sub-Saharan Africa"
    for m in out.iter_mut().filter(|m| m.category == Category::Place) {
        let a = m.tokens.0;
        if a == 0 || !tokens[a].space_before() {
            continue;
        }
        let prev = tokens[a - 1].text(text);
        if prev.contains('-') && prev.starts_with(|c: char| c.is_ascii_lowercase()) {
            let cap: String = prev.chars().take(1).flat_map(char::to_uppercase).chain(prev.chars().skip(1)).collect();
            if lex.country(&format!("{cap} {}", &text[m.start..m.end])) {
                m.start = tokens[a - 1].start;
                m.tokens.0 = a - 1;
            }
        }
    }
    // a company suffix keeps its dot inside a sentence ("Merrill Lynch & Co. said"); at the end
    // of a sentence the dot is the sentence's ("... by Reliance Industries Ltd. The"). So does
    // a person's "Jr." / "Sr."
    for m in out.iter_mut().filter(|m| matches!(m.category, Category::Organization | Category::Person)) {
        let last = m.tokens.1 - 1;
        let after = tokens.get(last + 2);
        let suffix = if m.category == Category::Person { matches!(shapes.text(last), "Jr" | "Sr") }
            else { matches!(shapes.text(last), "Co" | "Corp" | "Inc" | "Ltd" | "Bhd" | "Cos" | "Bros") };
        if suffix
            && tokens.get(last + 1).is_some_and(|t| t.start == m.end && t.text(text) == ".")
            && after.is_some_and(|t| !t.newline_before() && !shapes[last + 2].cap())
        {
            m.end += 1;
        }
    }
    washington_dc(text, tokens, &mut out);
    teams(text, tokens, lex, &mut out);
    results_lines(text, tokens, lex, &mut out);
    datelines(&shapes, lex, &mut out);
    state_names(&shapes, lex, &mut out);
    inverted_names(tokens, &shapes, &mut out);
    domains(text, tokens, &mut out);
    defined_by_acronym(&shapes, lex, &mut out);
    out.shrink_to_fit();
    out
}

/// Words that join the parts of a body's name and may or may not give its acronym a letter:
/// "Organisation for Security and Cooperation in Europe (OSCE)", "Colleges of Education
/// Academic Staff Union (COEASU)".
const ACRONYM_JOINERS: &[&str] = &["of", "for", "and", "the", "on", "in", "with", "against", "to", "&", "de", "des", "du", "la"];

/// A name the text defines by its acronym in brackets after it is one organization, however its
/// words were read: "East African Community (EAC)" (not the nationality "East African"), "UN
/// High Commissioner for Refugees (UNHCR)", "United Nations Support Mission in Libya (UNSMIL)".
/// The acronym must spell the name: every capitalized word gives its first letter (a word in
/// capitals all of its letters, or its first), a joining word its first or none, and nothing
/// is left over; the longest such name before the bracket is taken. Only where the name holds
/// an organization's head word ("Community", "Mission") or the rules found an organization in
/// it; a place stays a place ("Democratic Republic of Congo (DRC)").
fn defined_by_acronym(sh: &Shapes, lex: &Lexicon, out: &mut Vec<Mention>) {
    let tokens = sh.tokens;
    let n = tokens.len();
    let joiner = |k: usize| ACRONYM_JOINERS.contains(&sh.text(k)) || matches!(sh.text(k), "'s" | "\u{2019}s");
    let mut found: Vec<(usize, usize)> = Vec::new();
    // (the few rules that push out of order leave it for the end: sorted here, once)
    if !out.is_sorted_by_key(span_order) {
        out.sort_by_key(span_order);
    }
    for i in 1..n.saturating_sub(2) {
        if sh.text(i) != "(" || sh.text(i + 2) != ")" || tokens[i + 1].newline_before() {
            continue;
        }
        // the acronym's letters: "EAC", or a plural's "SACCOs"
        let acr = sh.text(i + 1);
        let letters = acr.strip_suffix('s').filter(|l| l.len() >= 2).unwrap_or(acr);
        if !(2..=10).contains(&letters.len()) || !letters.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let letters = letters.as_bytes();
        // the words before the bracket, on its line, back to anything else
        let mut from = i;
        while from > 0 && i - from < 16 && !tokens[from].newline_before() {
            if !sh[from - 1].cap() && !joiner(from - 1) {
                break;
            }
            from -= 1;
        }
        if from + 2 > i {
            continue;
        }
        // spell[k][l]: the words k.. spell letters l.. exactly
        let words = i - from;
        let mut spell = vec![vec![false; letters.len() + 1]; words + 1];
        spell[words][letters.len()] = true;
        for k in (0..words).rev() {
            let t = from + k;
            let w = sh.text(t);
            let joins = joiner(t);
            let initial = w.bytes().next().map(|c| c.to_ascii_uppercase());
            let capitals: Vec<u8> = w.bytes().filter(|c| c.is_ascii_uppercase()).collect();
            for l in 0..=letters.len() {
                let mut ok = joins && spell[k + 1][l];
                if !ok && l < letters.len() && initial == Some(letters[l]) {
                    ok = spell[k + 1][l + 1];
                }
                // a word in capitals gives all its letters: "UN" of "UNHCR"
                if !ok && !joins && capitals.len() >= 2 && sh[t].all_caps() && letters[l..].starts_with(&capitals) {
                    ok = spell[k + 1][l + capitals.len()];
                }
                spell[k][l] = ok;
            }
        }
        let Some(start) = (0..words).find(|&k| spell[k][0] && sh[from + k].cap() && !joiner(from + k)) else {
            continue;
        };
        // (an acronym before it that the letters leave out is the name's too: "UN Food and
        // Agriculture Organization (FAO)")
        let a = from + start - usize::from(start > 0 && sh[from + start - 1].all_caps() && is_acronym(sh.text(from + start - 1)));
        let b = i;
        // (a title's holder is no body: "the Inspector General of Police (IGP)")
        if b - a < 2 || !sh[b - 1].cap() || lex.titles.contains(sh.text(a)) {
            continue;
        }
        // the mentions inside it (sorted by their start and hardly overlapping: those just
        // before the first to start past its end)
        let (s, e) = (tokens[a].start, tokens[b - 1].end);
        let upto = out.partition_point(|m| m.start < e);
        let mut first = upto;
        while first > 0 && out[first - 1].end > s {
            first -= 1;
        }
        let inside = &out[first..upto];
        if inside.iter().any(|m| m.start == s && m.end == e) {
            continue;
        }
        let org = has_org_word_in(sh, lex, a, b) || inside.iter().any(|m| m.category == Category::Organization);
        // (a mention that reaches out of it is left alone, unless what is outside is a title:
        // "Executive Director African Agricultural Technology Foundation (AATF)")
        let beyond = |m: &Mention| m.end > e || (m.start < s && !(m.tokens.0..a).all(|k| lex.titles.contains(sh.text(k))));
        if !org || inside.iter().any(beyond) || lex.place(&run_str(sh, a, b), false) {
            continue;
        }
        found.push((a, b));
    }
    replace_mentions(tokens, out, &found, Category::Organization, true);
}

/// Top-level domains a site's name ends in.
const TLDS: &[&str] = &["au", "biz", "ca", "cn", "co", "com", "de", "edu", "eu", "fr", "gov", "ie", "in", "info",
    "io", "jp", "net", "nz", "org", "ru", "tv", "uk", "us"];

/// A site named by its domain is an organization ("huffingtonpost.com", "JD.com", "news.com.au",
/// "Mozilla.org", as CoNLL and Worldwide label them; a capitalized name found before it takes
/// the domain in). Not part of an address: never after "/", "@", ":" or a dot, nor before "/" or "@".
fn domains(text: &str, tokens: &[Token], out: &mut Vec<Mention>) {
    let n = tokens.len();
    let glued = |k: usize| k < n && !tokens[k].space_before() && tokens[k].start == tokens[k - 1].end;
    let word = |k: usize| tokens[k].text(text).chars().all(|c| c.is_alphanumeric() || c == '-') && tokens[k].text(text).chars().any(char::is_alphabetic);
    // (a dot is looked for first, by its byte: the rest is asked only around one)
    let dot = |k: usize| k < n && tokens[k].end == tokens[k].start + 1 && text.as_bytes()[tokens[k].start] == b'.';
    let mut found = Vec::new();
    let mut i = 0;
    while i + 2 < n {
        if !dot(i + 1) || !glued(i + 1) || !glued(i + 2) || !matches!(tokens[i].kind(), TokenKind::Word | TokenKind::Number) {
            i += 1;
            continue;
        }
        // (glued to an opening mark or bracket is fine: '"ontheissues.org listing', "(JD.com)")
        let opener = i > 0 && matches!(tokens[i - 1].text(text), "\"" | "\u{201C}" | "'" | "\u{2018}" | "(" | "[");
        if !word(i) || (i > 0 && glued(i) && !opener) {
            i += 1;
            continue;
        }
        // labels and dots: "blog" "." "lizardwrangler" "." "com"
        let mut e = i + 1;
        while e + 1 < n && dot(e) && glued(e) && glued(e + 1) && word(e + 1) {
            e += 2;
        }
        let last = tokens[e - 1].text(text);
        let after = tokens.get(e).filter(|_| glued(e)).map(|t| t.text(text));
        let address = after.is_some_and(|a| a == "/" || a == "@" || a.starts_with(|c: char| c.is_alphanumeric()))
            || (i > 0 && !tokens[i].space_before() && matches!(tokens[i - 1].text(text), "/" | "@" | ":"));
        if e > i + 2 && TLDS.contains(&last) && !address && tokens[i].text(text).chars().count() >= 2 {
            found.push((i, e));
        }
        // (past the chain either way: a label inside it is glued to a dot, so starts no name,
        // and walking the chain again from each label made "a.a.a.a..." quadratic)
        i = e.max(i + 1);
    }
    replace_mentions(tokens, out, &found, Category::Organization, false);
}

/// A word for a craft before its name: "the shuttle Atlantis", "Space Shuttle Columbia".
pub fn is_craft(w: &str) -> bool {
    matches!(w, "shuttle" | "Shuttle" | "orbiter" | "spacecraft" | "probe" | "rover" | "ship" | "vessel" | "yacht" | "submarine"
        | "carrier" | "tanker" | "ferry" | "frigate" | "destroyer")
}

/// A reading list's or a bibliography's names, surname first, each at a line's start (or after
/// "and" there) and closed by a full stop: "Austen, Jane. Pride and Prejudice", "Marx, Karl and
/// Engels, Friedrich. The Communist Manifesto" (one person each, not "Austen" and "Jane").
fn inverted_names(tokens: &[Token], sh: &Shapes, out: &mut Vec<Mention>) {
    let n = tokens.len();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 3 < n {
        // (or a reference list's entry: "^ Festa, Paul (May 6, 2003)", "^ a b Eich, Brendan"; asked
        // last, where the cheap facts hold)
        let line_start = || i == 0 || tokens[i].newline_before() || citation_start(tokens, sh, i);
        let after_and = !found.is_empty() && i > 0 && sh.text(i - 1) == "and"
            && found.last().is_some_and(|&(_, e): &(usize, usize)| e + 1 == i);
        if !sh[i].cap() || sh[i].all_caps() || sh.text(i + 1) != "," || !(sh[i + 2].first() || (after_and && sh[i + 2].cap()))
            || sh[i + 2].all_caps() || tokens[i + 2].newline_before() || !(after_and || line_start())
            || is_function_word(&sh.text(i).to_lowercase())
        {
            i += 1;
            continue;
        }
        // the given names: a known first name, then up to two more capitalized words
        let mut e = i + 3;
        while e < n && e < i + 5 && sh[e].cap() && !sh[e].all_caps() && !tokens[e].newline_before()
            && !is_function_word(&sh.text(e).to_lowercase()) && (sh[e].first() || !sh[e].common())
        {
            e += 1;
        }
        // ... closed by a full stop before the title, or by "and" before the next name
        let cited = citation_start(tokens, sh, i) && matches!(sh.text(e), ";" | "(");
        let closed = e < n && !tokens[e].newline_before() && (sh.text(e) == "." || cited || (sh.text(e) == "and"
            && e + 3 < n && sh[e + 1].cap() && sh.text(e + 2) == "," && sh[e + 3].cap() && !sh[e + 3].all_caps()));
        if closed && tokens[i + 1].start == tokens[i].end {
            found.push((i, e));
            i = e;
            continue;
        }
        i += 1;
    }
    replace_mentions(tokens, out, &found, Category::Person, true);
}

/// Put the names `found` (token ranges, in text order, disjoint) in place of the mentions they
/// overlap: one binary search a mention, so that a text of many is still scanned in linear time.
fn replace_mentions(tokens: &[Token], out: &mut Vec<Mention>, found: &[(usize, usize)], category: Category, strong: bool) {
    if found.is_empty() {
        return;
    }
    let spans: Vec<(usize, usize)> = found.iter().map(|&(a, b)| (tokens[a].start, tokens[b - 1].end)).collect();
    out.retain(|m| crate::spans::overlapping(&spans, m.start, m.end, |&s| s).is_empty());
    // (both in text order: merged, not sorted again)
    let kept = std::mem::take(out);
    out.reserve(kept.len() + found.len());
    let mut new = found.iter().zip(&spans)
        .map(|(&(a, b), &(s, e))| Mention { start: s, end: e, category, role: None, strong, tokens: (a, b) })
        .peekable();
    for m in kept {
        while let Some(f) = new.next_if(|f| span_order(f) < span_order(&m)) {
            out.push(f);
        }
        out.push(m);
    }
    out.extend(new);
    // (the rules before may leave a few out of order: the order the callers want either way)
    if !out.is_sorted_by_key(span_order) {
        out.sort_by_key(span_order);
    }
}

/// A state's formal name is one place: "the Federal Republic of Yugoslavia", "the Republic of
/// Ireland", "the Kingdom of Saudi Arabia", "the Slovak Republic" (a country the lists know after
/// "Republic of", "Kingdom of" or "Principality of", with the words of the state's form before
/// it; a people's adjective before "Republic", not a faith's: "the Islamic Republic" is a regime).
fn state_names(sh: &Shapes, lex: &Lexicon, out: &mut Vec<Mention>) {
    let tokens = sh.tokens;
    let form = |w: &str| matches!(w, "Federal" | "Islamic" | "Democratic" | "People" | "'s" | "\u{2019}s" | "Socialist" | "Arab"
        | "United" | "Hashemite" | "Federative" | "Bolivarian" | "Plurinational" | "Cooperative" | "Popular" | "Oriental" | "Grand");
    let state = |w: &str| matches!(w, "Republic" | "Kingdom" | "Principality");
    // (in text order and disjoint, as replace_mentions wants them: a span that would not be is
    // left out, which spares the wasm a sort's code)
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in out.iter() {
        let (a, b) = m.tokens;
        let span = if m.category == Category::Place {
            let k = if a >= 1 && sh.text(a - 1) == "the" { a - 1 } else { a };
            // (or the list's own formal name: "Republic of China" in "the People's Republic of China")
            let start = if k >= 2 && sh.text(k - 1) == "of" && state(sh.text(k - 2)) && lex.country(&run_str(sh, a, b)) {
                Some(k - 2)
            } else {
                (state(sh.text(a)) && a > 0 && form(sh.text(a - 1))).then_some(a)
            };
            start.map(|mut start| {
                let from = start;
                while start > 0 && start + 4 > from && form(sh.text(start - 1)) && !tokens[start].newline_before() {
                    start -= 1;
                }
                (start, b)
            })
        } else {
            None
        };
        // a people's adjective before "Republic"
        let span = span.or_else(|| (matches!(m.category, Category::Misc | Category::Place) && b == a + 1 && b < tokens.len()
            && sh.text(b) == "Republic" && !tokens[b].newline_before() && lex.demonyms.contains(sh.text(a))
            && !matches!(sh.text(a), "Islamic" | "Arab" | "Roman")).then_some((a, b + 1)));
        if let Some(span) = span.filter(|&(s, _)| found.last().map_or(true, |&(_, e)| s >= e)) {
            found.push(span);
        }
    }
    replace_mentions(tokens, out, &found, Category::Place, true);
}

/// A dateline names the place a story was filed from, in capitals at a line's start, maybe
/// with its region, before the date or the agency and a dash: "TAVILDARA, Tajikistan
/// 1996-08-30", "THE HAGUE 1996-08-30", "HEERENVEEN, Netherlands (AP) —", "BONN, Germany —".
/// A place whether or not the lists know it (not a known organization: "UNITED NATIONS (AP)";
/// not a year's line: "COPYRIGHT 1998 BY"); the region after the comma is left to the lists.
fn datelines(sh: &Shapes, lex: &Lexicon, out: &mut Vec<Mention>) {
    let (text, tokens) = (sh.text, sh.tokens);
    let iso_date = |rest: &str| {
        let b = rest.as_bytes();
        b.len() >= 10 && b[..10].iter().enumerate().all(|(k, &c)| if k == 4 || k == 7 { c == b'-' } else { c.is_ascii_digit() })
    };
    let mut found = Vec::new();
    for s in (0..tokens.len()).filter(|&s| (s == 0 || tokens[s].newline_before()) && sh[s].all_caps()) {
        // the capitals, joined by glued marks: "N'DJAMENA", "AL-RAM", "ST. LOUIS"
        let (mut j, mut words) = (s, 0);
        while j < tokens.len() && (j == s || !tokens[j].newline_before()) && words <= 4 {
            let glued = j > s && tokens[j].start == tokens[j - 1].end && sh[j - 1].all_caps();
            if sh[j].all_caps() && (j == s || tokens[j].space_before() || sh.text(j - 1) != ".") {
                words += 1;
            } else if !(glued && matches!(sh.text(j), "-" | "'" | "\u{2019}" | ".")) {
                break;
            }
            j += 1;
        }
        while j > s && !sh[j - 1].all_caps() && sh.text(j - 1) != "." {
            j -= 1;
        }
        if words == 0 || words > 4 {
            continue;
        }
        // the region after a comma: "Mich.", "West Bank", "Faroe Islands"
        let mut k = j;
        if k + 1 < tokens.len() && sh.text(k) == "," && !tokens[k + 1].newline_before() && sh[k + 1].cap() && !sh[k + 1].all_caps() {
            k += 1;
            while k < tokens.len() && !tokens[k].newline_before() && k < j + 5
                && ((sh[k].cap() && !sh[k].all_caps()) || (sh.text(k) == "." && tokens[k].start == tokens[k - 1].end)) {
                k += 1;
            }
        }
        let rest = &text[tokens[k - 1].end..];
        let Some(after) = rest.strip_prefix([' ', '\n']) else { continue };
        // (the bracket's end looked for in its first bytes only: a search of the rest of the
        // text on each line would make a text of such lines quadratic)
        let agency = after.strip_prefix('(').and_then(|a| a.bytes().take(13).position(|c| c == b')').map(|e| a.split_at(e))).is_some_and(|(name, then)| {
            name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphabetic())
                && then[1..].trim_start_matches(' ').starts_with(['\u{2014}', '\u{2013}', '-'])
        });
        let dash = after.starts_with('\u{2014}') && rest.starts_with(' ');
        if !(iso_date(after) || agency || dash) {
            continue;
        }
        let name = title_case(&text[tokens[s].start..tokens[j - 1].end]);
        let ordinary = (s..j).filter(|&w| sh[w].all_caps()).all(|w| sh[w].common());
        if lex.org_names.contains(name.as_str()) || (ordinary && !lex.place(&name, true)) {
            continue;
        }
        found.push((s, j));
    }
    replace_mentions(tokens, out, &found, Category::Place, true);
}

/// Does token `i` open an entry of a reference list: "^" first on its line, then only its
/// back-links' letters ("^ a b Eich, Brendan")?
fn citation_start(tokens: &[Token], sh: &Shapes, i: usize) -> bool {
    let mut k = i;
    while k > 0 && k + 4 > i && sh.text(k - 1).len() == 1 && sh.text(k - 1).chars().all(|c| c.is_ascii_lowercase()) {
        k -= 1;
    }
    k > 0 && sh.text(k - 1) == "^" && (k == 1 || tokens[k - 1].newline_before())
}

/// "Washington, D.C." / "Washington DC" is one place, as the news sets write it.
fn washington_dc(text: &str, tokens: &[Token], out: &mut Vec<Mention>) {
    let mut dropped = Vec::new();
    for m in out.iter_mut().filter(|m| m.category == Category::Place && &text[m.start..m.end] == "Washington") {
        let mut k = m.tokens.1;
        if tokens.get(k).is_some_and(|t| t.text(text) == "," && !t.newline_before()) {
            k += 1;
        }
        if let Some(t) = tokens.get(k).filter(|t| !t.newline_before() && matches!(t.text(text), "D.C." | "DC" | "D.C")) {
            m.end = t.end;
            m.tokens.1 = k + 1;
            dropped.push(t.start);
        }
    }
    if !dropped.is_empty() {
        // (a set: a search of the list for each mention made a text of many quadratic)
        let dropped: FxHashSet<usize> = dropped.into_iter().collect();
        out.retain(|m| !dropped.contains(&m.start));
    }
}

/// One side of a results line: a capitalized run, maybe a country in brackets ("Red Star
/// (Yugoslavia)"). Returns the run and the index after the side.
fn team_side(text: &str, tokens: &[Token], mut i: usize, e: usize) -> Option<((usize, usize), usize)> {
    let a = i;
    while i < e && tokens[i].kind() == TokenKind::Word && tokens[i].text(text).starts_with(|c: char| c.is_uppercase()) {
        i += 1;
    }
    if i == a || i - a > 4 {
        return None;
    }
    let run = (a, i);
    if i < e && tokens[i].text(text) == "(" {
        let close = (i + 1..e.min(i + 6)).find(|&k| tokens[k].text(text) == ")")?;
        i = close + 1;
    }
    Some((run, i))
}

/// A line that is one result, "Lotte 6 Hyundai 2", "Buducnost 1 Red Star 3", "Red Star
/// (Yugoslavia) beat Dinamo (Russia) 92-90 (halftime 47-47)": its two sides are teams, and
/// organizations unless named after a nation (a national side is a place, as above) or already a
/// person ("Pete Sampras (U.S.) beat ..." in tennis).
fn results_lines(text: &str, tokens: &[Token], lex: &Lexicon, out: &mut Vec<Mention>) {
    let score = |i: usize, e: usize| i < e && tokens[i].kind() == TokenKind::Number && tokens[i].end - tokens[i].start <= 3;
    let mut sides = Vec::new();
    let mut s = 0;
    while s < tokens.len() {
        let mut e = s + 1;
        while e < tokens.len() && !tokens[e].newline_before() {
            e += 1;
        }
        let line = (|| {
            let (left, i) = team_side(text, tokens, s, e)?;
            // a standings row: the name, then five figures or more and nothing else, "Stoke 4 3 1
            // 0 7 4 10", "ST LOUIS 69 65 .515 2 1/2" (a bowler's four, "Mushtaq 10 0 46 1", is no team)
            let figures = (i..e).filter(|&k| tokens[k].kind() == TokenKind::Number).count();
            // (or won, lost and a winning share: "HOUSTON 72 63 .533 -")
            let share = (i + 2..e).any(|k| tokens[k].text(text) == "." && tokens[k - 1].kind() == TokenKind::Number
                && tokens.get(k + 1).is_some_and(|t| t.start == tokens[k].end && t.end - t.start == 3 && t.kind() == TokenKind::Number));
            if (figures >= 5 || (figures >= 3 && share)) && (i..e).all(|k| tokens[k].kind() == TokenKind::Number || matches!(tokens[k].text(text), "." | "-" | "/")) {
                return Some([Some(left), None]);
            }
            let verb = i < e && TEAM_VERBS.contains(&tokens[i].text(text).trim_end_matches('.'));
            let i = if verb || score(i, e) { i + 1 } else { return None };
            let (right, j) = team_side(text, tokens, i, e)?;
            let done = if verb { j == e || score(j, e) } else { score(j, e) && (j + 1 == e || tokens[j + 1].text(text) == "(") };
            done.then_some([Some(left), Some(right)])
        })();
        // a rider's or a driver's team after the country in brackets, before a time or the line's
        // end: "2. Lance Armstrong (U.S.) Motorola 2 seconds behind", "Marco Lietti (Italy)
        // MG-Technogym 1:16", "Maarten den Bakker (Netherlands) TVM same time"
        let rider_team = line.is_none().then(|| (s + 1..e.saturating_sub(2)).find_map(|k| {
            let word = |i: usize| tokens[i].text(text);
            let capital = |i: usize| tokens[i].kind() == TokenKind::Word && word(i).starts_with(|c: char| c.is_uppercase());
            if !(word(k) == "(" && capital(k - 1) && word(k + 2) == ")" && lex.country(word(k + 1))) {
                return None;
            }
            let (run, j) = team_side(text, tokens, k + 3, e)?;
            let ends = j == e || tokens[j].kind() == TokenKind::Number || word(j).starts_with(|c: char| c.is_lowercase());
            (ends && j == run.1).then_some(run)
        })).flatten();
        sides.extend(rider_team);
        sides.extend(line.into_iter().flatten().flatten().filter(|&(a, b)| !lex.nations.contains(&text[tokens[a].start..tokens[b - 1].end])));
        s = e;
    }
    // (the sides are in text order and disjoint: each mention finds the sides its tokens
    // overlap by a binary search, where a search of the mentions for each side made a page of
    // results lines quadratic)
    let on = |m: &Mention, sides: &[(usize, usize)]| crate::spans::overlapping(sides, m.tokens.0, m.tokens.1, |&s| s);
    let mut person = vec![false; sides.len()];
    for m in out.iter().filter(|m| m.category == Category::Person && m.strong) {
        person[on(m, &sides)].fill(true);
    }
    // a side that is a person already stays one; the mentions the others overlap give way
    let found: Vec<(usize, usize)> = sides.iter().zip(&person).filter(|&(_, &p)| !p).map(|(&side, _)| side).collect();
    out.retain(|m| on(m, &found).is_empty());
    // (after the others, out of text order: the order the document rules have always read)
    for &(a, b) in &found {
        push(out, tokens, a, b, Category::Organization, true, None);
    }
}

/// A team's people, after its name: "Surrey captain Chris Lewis", "Chelsea striker".
const TEAM_ROLES: &[&str] = &[
    "all-rounder", "batsman", "bowler", "captain", "coach", "defender", "forward", "goalkeeper", "keeper", "midfielder",
    "opener", "skipper", "spinner", "striker", "wicketkeeper", "winger",
];
/// What a team does to a score within a few words: "Kent had reached 108 for three",
/// "Karlsruhe won the August 20 match 3-1".
const TEAM_RESULT_VERBS: &[&str] = &["closed", "declared", "finished", "lost", "reached", "scored", "won"];
/// Verbs and marks that stand between two teams: "Glamorgan beat Durham", "Kent v Surrey".
const TEAM_VERBS: &[&str] = &["beat", "beats", "defeated", "thrashed", "edged", "routed", "drew", "v", "vs", "trounced", "outclassed"];

/// A score right after token `b - 1` on the same line: "Essex 372 and 100-5", "NEW YORK 75 59
/// .560", "Houston 10 PITTSBURGH 0", "Leicestershire 296." (not a year, a percentage, a time or
/// a quantity: "Paris 2024", "Texas 45%", "London 2 p.m.", "Kent 3 miles").
fn score_after(text: &str, tokens: &[Token], b: usize) -> bool {
    let Some(t) = tokens.get(b) else { return false };
    let s = t.text(text);
    if t.kind() != TokenKind::Number || t.newline_before() || s.len() > 3 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let Some(n) = tokens.get(b + 1) else { return true };
    if n.newline_before() {
        return true;
    }
    let w = n.text(text);
    // (a compound's number is no score: "the U.S. 30-year benchmark", "a 10-point lead")
    if w == "-" && n.start == t.end
        && tokens.get(b + 2).is_some_and(|x| x.start == n.end && x.text(text).starts_with(|c: char| c.is_lowercase()))
    {
        return false;
    }
    match n.kind() {
        TokenKind::Number => true,
        TokenKind::Punct => matches!(w, "." | "," | ";" | "-" | "(" | ")"),
        TokenKind::Word => w.starts_with(|c: char| c.is_uppercase())
            || matches!(w, "and" | "for" | "points" | "pts" | "runs" | "wickets" | "goals"),
    }
}

/// Sports teams named after places. A place in a team's role (followed by a score on its line,
/// either side of "beat" or "v", or of "AT" in a fixture line such as "BOSTON AT OAKLAND") is a
/// club: an organization, and so is every mention of that name in the document, once the
/// document shows at least two such cues. National sides keep the place ("England beat
/// Pakistan"), as CoNLL and the newswire sets label them; a venue stays a place ("At
/// Chesterfield: Derbyshire beat ...", "in Chicago").
fn teams(text: &str, tokens: &[Token], lex: &Lexicon, out: &mut [Mention]) {
    let name = |m: &Mention| strip_possessive(&text[m.start..m.end]);
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    // a place, or a town's name taken for a surname for want of context ("Charlton 2")
    let town = |m: &Mention| m.category == Category::Place
        || (m.category == Category::Person && !m.strong && m.tokens.1 - m.tokens.0 == 1 && lex.city(name(m)).is_some());
    let mut cues = 0;
    let mut clubs: FxHashSet<&str> = FxHashSet::default();
    for (k, m) in out.iter().enumerate() {
        if !town(m) || lex.nations.contains(name(m)) {
            continue;
        }
        let (a, b) = m.tokens;
        let next_is_place = |i: usize| out.get(k + 1).is_some_and(|n| n.tokens.0 == i && town(n));
        let prev_is_place = |i: usize| k > 0 && out[k - 1].tokens.1 == i && town(&out[k - 1]);
        let between = |w: &str| TEAM_VERBS.contains(&w.trim_end_matches('.'));
        let fixture = (word(b) == "AT" && next_is_place(b + 1)) || (a > 0 && word(a - 1) == "AT" && prev_is_place(a - 1));
        let verb = (tokens.get(b).is_some_and(|t| !t.newline_before()) && between(word(b)) && next_is_place(b + 1))
            || (a > 0 && between(word(a - 1)) && prev_is_place(a - 1));
        // "Surrey captain Chris Lewis", "Kent had reached 108", "Karlsruhe won the match 3-1"
        // (a country's side keeps the place, its short form too: "U.S. captain Billie Jean King")
        let country = name(m).chars().all(|c| c.is_uppercase() || c == '.');
        let role = !country && !tokens.get(b).is_some_and(|t| t.newline_before()) && TEAM_ROLES.contains(&word(b));
        let played = {
            let v = if word(b) == "had" { b + 1 } else { b };
            !country && TEAM_RESULT_VERBS.contains(&word(v)) && !tokens[b..].first().is_some_and(|t| t.newline_before())
                && (v + 1..(v + 5).min(tokens.len())).take_while(|&i| !tokens[i].newline_before() && word(i) != ".")
                    .any(|i| score_after(text, tokens, i) || (tokens[i].kind() == TokenKind::Number && word(i + 1) == "-"))
        };
        if score_after(text, tokens, b) || fixture || verb || role || played {
            cues += 1;
            clubs.insert(name(m));
        }
    }
    if cues < 2 {
        return;
    }
    // a place named with a club, joined by "and", "or" or a comma, is a club too: "Essex and
    // Kent", "title hopefuls Derbyshire and Surrey" (both ways along each chain of them)
    let joined = |p: &Mention, q: &Mention| town(p) && town(q) && ((q.tokens.0 == p.tokens.1 + 1
        && matches!(word(p.tokens.1), "and" | "or" | ","))
        || (q.tokens.0 == p.tokens.1 + 2 && word(p.tokens.1) == "," && matches!(word(p.tokens.1 + 1), "and" | "or")));
    for order in [false, true] {
        for k in 1..out.len() {
            let (p, q) = if order { (out.len() - k - 1, out.len() - k) } else { (k - 1, k) };
            let (from, to) = if order { (q, p) } else { (p, q) };
            if joined(&out[p], &out[q]) && clubs.contains(name(&out[from])) && !lex.nations.contains(name(&out[to])) {
                clubs.insert(name(&out[to]));
            }
        }
    }
    for m in out.iter_mut() {
        let venue = m.tokens.0 > 0 && {
            let p = &tokens[m.tokens.0 - 1];
            matches!(p.text(text), "in" | "at") || (p.text(text) == "At" && p.newline_before())
        };
        // a dateline: "BONN 1996-08-30", "ESCHEN, Liechtenstein 1996-08-31"
        let (a, b) = m.tokens;
        let dateline = (a == 0 || tokens[a].newline_before()) && (b..tokens.len().min(b + 4))
            .take_while(|&i| !tokens[i].newline_before())
            .any(|i| tokens[i].kind() == TokenKind::Number && tokens[i].end - tokens[i].start >= 4);
        let venue = venue || dateline;
        if town(m) && !venue && clubs.contains(name(m)) {
            m.category = Category::Organization;
            m.strong = true;
        }
    }
}

fn push(out: &mut Vec<Mention>, tokens: &[Token], a: usize, b: usize, category: Category, strong: bool,
        role: Option<(usize, usize)>) {
    if a >= b {
        return;
    }
    out.push(Mention { start: tokens[a].start, end: tokens[b - 1].end, category, role, strong, tokens: (a, b) });
}

pub(crate) fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && letters <= 6 && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// US states as AP style abbreviates them, matched only as "City, Calif." (most are also
/// words or names on their own: "Mass", "Miss", "Wash").
const AP_STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
    "Wyo",
];

fn classify_run(text: &str, tokens: &[Token], sh: &Shapes, lex: &Lexicon, mut a: usize, b: usize,
                out: &mut Vec<Mention>) {
    // 1. sentence-initial function words ("The", "But", "On") are not part of a name
    // (and so is a capitalized function word before a lower-case word, after a caption's name:
    // "Elizabeth Quat In the New Territories")
    while a < b && (sh[a].initial() || (b == a + 1 && a > 0 && sh[a - 1].cap() && clause_opener(sh, tokens, a))) {
        let lower = sh.text(a).to_lowercase();
        // (a day's or month's abbreviation before a name is a name: "Sun Lijun, a former vice minister")
        if lower.len() == 3 && a + 1 < b && sh[a + 1].cap() && !sh[a + 1].common() && !sh[a + 1].all_caps()
            && !is_function_word(&sh.text(a + 1).to_lowercase())
            && matches!(lower.as_str(), "sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "oct" | "nov" | "dec")
        {
            break;
        }
        // (an initial is no function word: "A. Stewart")
        if (is_function_word(&lower) || lets(text, tokens, a)) && !initial_letter(sh, a, b) && !(sh[a].all_caps() && matches!(lower.as_str(), "who" | "us")) && !(b - a > 1 && lower == "the" && lex.place(&run_str(sh, a, b), true)) {
            a += 1;
        } else {
            break;
        }
    }
    if a >= b {
        return;
    }
    // after the kind of a work, the name is the work's (MISC): "the board game Simon", "the film
    // Titanic", "the album Thriller" (a known organization stays one)
    if a > 0 && matches!(tokens[a - 1].text(text), "film" | "movie" | "novel" | "album" | "song" | "game" | "series"
        | "documentary" | "sitcom" | "opera" | "musical" | "episode" | "novella" | "memoir" | "podcast" | "miniseries")
        && !tokens[a].newline_before() && !lex.org_names.contains(&*run_str(sh, a, b)) && !lex.place(&run_str(sh, a, b), false)
    {
        return push(out, tokens, a, b, Category::Misc, true, None);
    }
    // a place and a plural nickname name a team: "New York Yankees", "Chicago Cubs", "Los
    // Angeles Lakers" (not a place of that form, "Colorado Springs", "Florida Keys", nor a
    // surname, "Indiana Jones")
    if (2..=4).contains(&(b - a)) && team_nickname(sh, lex, a, b) {
        return push(out, tokens, a, b, Category::Organization, true, None);
    }
    // after a point of the compass, one or two words no list knows name a place: "southern
    // Kordofan", "eastern Northland" (a known name keeps its reading: "northern Iraq", "western
    // Sydney University")
    if a > 0 && b - a <= 2 && compass(tokens[a - 1].text(text))
        && (a..b).all(|k| !sh[k].common() && !sh[k].first() && !sh[k].all_caps() && !lex.titles.contains(sh.text(k)))
        && !has_org_word_in(sh, lex, a, b) && !lex.place(&run_str(sh, a, b), false)
        && !lex.demonyms.contains(sh.text(a)) && !lex.people(&run_str(sh, a, b)) && !sh.text(b - 1).ends_with("ians")
        // (an adjective before a noun names a language or a people: "northern Sami dialects")
        && !(b < tokens.len() && tokens[b].kind() == TokenKind::Word && sh.text(b).starts_with(char::is_lowercase)
            && !is_function_word(sh.text(b)))
    {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // an article of French, Spanish, Italian, Portuguese or German alone at a sentence's start
    // is no name, though "Le" and "La" are surnames too: "Le projet de loi", "La Commission a"
    // (not "La Paz", "Le Pen": a run of two words)
    if b == a + 1 && sh[a].initial() && FOREIGN_ARTICLES.contains(&sh.text(a)) {
        return;
    }
    // ... nor before an acronym: "La CNIL soulève", "Le FMI"
    // (a German one stays: a masthead, "Die ZEIT")
    if b > a + 1 && sh[a].initial() && matches!(sh.text(a), "Le" | "La" | "Les" | "El" | "Il") && sh[a + 1].all_caps() {
        a += 1;
    }
    // a photo credit's label: the two or three words after it name the photographer ("Credit
    // Ashraf Shazly/Agence France-Presse"), the label no one
    if matches!(sh.text(a), "Credit" | "Credits" | "Photo" | "Photograph" | "Image" | "Picture" | "Illustration")
        && (3..=4).contains(&(b - a)) && !has_org_word_in(sh, lex, a + 1, b) && !(a + 1..b).any(|k| sh[k].all_caps() || sh[k].common())
    {
        return push(out, tokens, a + 1, b, Category::Person, true, None);
    }
    // a craft's name: "the shuttle Atlantis", "the ship Freewinds", "the rover Curiosity", "Space
    // Shuttle Columbia" (the resolver makes its other mentions the craft too: "Atlantis will")
    if b - a == 1 && a > 0 && !sh[a].all_caps() && is_craft(tokens[a - 1].text(text)) {
        return push(out, tokens, a, b, Category::Misc, true, None);
    }
    let shuttle = if sh.text(a) == "Space" && b - a > 2 && sh.text(a + 1) == "Shuttle" { a + 2 } else if sh.text(a) == "Shuttle" { a + 1 } else { 0 };
    if shuttle > 0 && b - shuttle == 1 && !sh[shuttle].all_caps() {
        return push(out, tokens, shuttle, b, Category::Misc, true, None);
    }
    // a US state in AP style after a city: "Palo Alto, Calif.", "Oakland, Calif., grocery"
    if b - a == 1 && AP_STATES.contains(&sh.text(a)) && a > 0 && tokens[a - 1].text(text) == ","
        && tokens.get(a + 1).is_some_and(|t| t.start == tokens[a].end && t.text(text) == ".")
    {
        push(out, tokens, a, b, Category::Place, true, None);
        if let Some(m) = out.last_mut() {
            m.end += 1;
        }
        return;
    }
    // a place in capitals in running text: "NEW YORK — The day after ..." (a dateline)
    if b - a > 1 && (a..b).all(|k| sh[k].all_caps()) && lex.place(&title_case(&run_str(sh, a, b)), false) {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // (a body named by field and country at a sentence's start only before a noun, as a desk
    // or a team: "Environment Canada spokesperson Julie Hahn", "Team Estonia had to"; not
    // "Naturally China will", "Today Canada wants")
    let next = tokens.get(b).filter(|t| !t.newline_before()).map(|t| t.text(text)).unwrap_or("");
    let desk = sh[a].initial() && b - a == 2 && lex.nations.contains(sh.text(b - 1)) && !adjective_like(sh.text(a)) && (sh.text(a) == "Team"
        || (next.len() >= 4 && next.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(next) && !is_speech_verb(next) && !next.ends_with("ed") && !next.ends_with('s')
            && !sh.text(a).ends_with("ly") && !matches!(next, "must" | "will" | "would" | "could" | "should" | "might" | "cannot")));
    // an ordinary word that starts the sentence, before a country or a person's first name:
    // "Naturally China ...", "Yesterday John Smith ..."
    if b - a > 1 && sh[a].initial() && !desk && sh[a].common() && !sh[a].first() && !lex.titles.contains(sh.text(a))
        && !lex.org_words.contains(sh.text(a)) && !lex.demonyms.contains(sh.text(a))
        && (lex.country(&run_str(sh, a + 1, b)) || sh[a + 1].first())
        // (not a country named in two words: "South Africa's coach")
        && !lex.country(&run_str(sh, a, b))
    {
        a += 1;
    }
    let has_org_word = has_org_word_in(sh, lex, a, b);
    let full = run_str(sh, a, b);
    // a saint alone names a church, a feast or a school more often than the person, and the
    // news sets label none of them: "in front of St. Michael", "the church of St. Peter"
    if b - a > 2 && matches!(sh.text(a), "St" | "Ste") && sh.text(a + 1) == "." && !has_org_word
        && !building(sh, a, b) && !lex.place(&full, true)
    {
        return;
    }

    // a body named by its field and its country: "Environment Canada", "Statistics Canada",
    // "Natural Resources Canada", "Team Estonia", "Air France" (not "Little Taiwan", "Rural India")
    if (2..=3).contains(&(b - a)) && (!sh[a].initial() || desk) && lex.nations.contains(sh.text(b - 1))
        && (a..b - 1).all(|k| sh[k].cap() && sh[k].common() && !sh[k].all_caps() && !lex.demonyms.contains(sh.text(k))
            && !lex.titles.contains(sh.text(k)) && !lex.place(sh.text(k), false) && !is_function_word(&sh.text(k).to_lowercase()))
        && !adjective_like(sh.text(b - 2)) && !FEATURE_FIRST.contains(&sh.text(a))
        // (the end of a longer name: "Fisheries and Oceans Canada")
        && !(a >= 2 && tokens[a - 1].text(text) == "and" && sh[a - 2].cap() && !lex.nations.contains(sh.text(a - 2)))
    {
        return push(out, tokens, a, b, Category::Organization, true, None);
    }

    // 2. a country or region named in full, whatever its words: "United States" (not an
    // organization for its "United"), "Saudi Arabia" (not the nationality "Saudi")
    if b - a > 1 && lex.country(&full) {
        return push(out, tokens, a, b, Category::Place, true, None);
    }

    // a natural feature, a road or a site: "Black Sea", "Caribbean Sea", "Lake Victoria",
    // "Gulf of Mexico", "Dulles International Airport" (its last word is the head)
    if b - a > 1
        && (FEATURE_LAST.contains(&sh.text(b - 1)) || (!has_org_word && FEATURE_FIRST.contains(&sh.text(a))
            && if matches!(sh.text(a), "Lake" | "Mount" | "Mt" | "Cape" | "Masjid") { !sh[a + 1].common() } else { sh.text(a + 1) == "of" }))
    {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    if b - a == 3 && sh.text(a) == "State" && sh.text(a + 1) == "of" && lex.country(sh.text(a + 2)) {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // a state named with its word: "Kwara State", "Rakhine State" (not "Islamic State")
    if b - a == 2 && sh.text(b - 1) == "State" && !sh[a].common() && !lex.demonyms.contains(sh.text(a))
        && !lex.org_words.contains(sh.text(a)) && !sh[a].all_caps() && !lex.org_names.contains(&*full)
    {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // a building or a venue: a place where the text puts something in or at it ("at the British
    // Museum", "from the Kennedy Space Center"), else the institution ("the Cooper-Hewitt Museum
    // said", "renovating the Canadian Museum of Civilization")
    if building(sh, a, b) {
        let institution = (a..b).any(|k| institution_head(sh.text(k)));
        // (or puts it in a place: "the Bardo National Museum in Tunis")
        let located = b + 1 < tokens.len() && sh.text(b) == "in" && sh[b + 1].cap() && lex.place(sh.text(b + 1), false);
        let category = if !institution || located || locative_before(text, tokens, a) { Category::Place } else { Category::Organization };
        return push(out, tokens, a, b, category, true, None);
    }
    // 3. a nationality before the rest: "Russian Foreign Minister ...", "Libyan rebels" (also in
    // two words: "South Korean President Moon Jae-in")
    if b - a > 2 && lex.demonyms.contains(&*run_str(sh, a, a + 2)) && !has_org_word {
        push(out, tokens, a, a + 2, Category::Misc, true, None);
        return classify_rest(text, tokens, sh, lex, a + 2, b, Some(a), out);
    }
    // (a known organization's whole name wins: "Islamic State")
    if b - a > 1 && lex.demonyms.contains(sh.text(a)) && lex.org_names.contains(&*full) {
        return push(out, tokens, a, b, Category::Organization, true, None);
    }
    if lex.demonyms.contains(sh.text(a)) && !(has_org_word && b - a > 1) {
        push(out, tokens, a, a + 1, Category::Misc, true, None);
        let role_start = a;
        return classify_rest(text, tokens, sh, lex, a + 1, b, Some(role_start), out);
    }
    // ... or a people: "Albanians", "Kosovo Albanians" (a place, then the people)
    if lex.people(&full) || lex.misc_names.contains(&*full) {
        push(out, tokens, a, b, Category::Misc, true, None);
        return;
    }
    if b - a == 2 && lex.people(sh.text(b - 1)) && lex.place(sh.text(a), false) {
        push(out, tokens, a, a + 1, Category::Place, true, None);
        push(out, tokens, a + 1, b, Category::Misc, true, None);
        return;
    }
    // 3. a place before a title: "UK Foreign Secretary William Hague", "U.S. Senator"
    if (b - a > 2 || (b - a == 2 && lex.country(sh.text(a)) && !sh[a].first()))
        && lex.place(sh.text(a), false) && lex.titles.contains(sh.text(a + 1)) && !has_org_word_in(sh, lex, b - 1, b)
    {
        push(out, tokens, a, a + 1, Category::Place, true, None);
        return classify_rest(text, tokens, sh, lex, a + 1, b, Some(a), out);
    }
    // ... or a country named in two or three words before a title or a person's name: "New
    // Zealand Prime Minister Jacinda Ardern", "Ambassador to the United States Hamdullah Mohib"
    if b - a > 2 && !has_org_word_in(sh, lex, a + 2, b) {
        if let Some(k) = (a + 2..(a + 4).min(b)).rev().find(|&k| lex.place(&run_str(sh, a, k), false)) {
            // (the title maybe after a field: "Hong Kong Financial Secretary Donald Tsang")
            let title = (k..(k + 3).min(b)).find(|&t| lex.titles.contains(sh.text(t)))
                .filter(|&t| (k..t).all(|f| sh[f].cap() && sh[f].common() && !sh[f].all_caps() && !lex.org_words.contains(sh.text(f))
                    && !is_place_noun(&sh.text(f).to_lowercase())));
            if title.is_some_and(|t| (t..b).any(|t| !lex.titles.contains(sh.text(t)))) {
                push(out, tokens, a, k, Category::Place, true, None);
                return classify_rest(text, tokens, sh, lex, k, b, Some(a), out);
            }
            if (2..=3).contains(&(b - k)) && lex.country(&run_str(sh, a, k)) && (k..b).all(|t| sh[t].cap() && !sh[t].common() && !sh[t].all_caps()) {
                push(out, tokens, a, k, Category::Place, true, None);
                return person_or_split(text, tokens, sh, lex, k, b, None, out);
            }
        }
    }
    // ... or a place before an office's title and its possessive: "the Los Angeles Sheriff's
    // office", "the Ottawa Police's" (the office is no one's name; the place is highlighted)
    if b - a >= 2 && tokens.get(b).is_some_and(|t| t.start == tokens[b - 1].end && matches!(t.text(text), "'s" | "\u{2019}s")) {
        if let Some(k) = (a + 1..b.min(a + 4)).rev().find(|&k| lex.place(&run_str(sh, a, k), false)) {
            if (k..b).all(|t| lex.titles.contains(sh.text(t))) {
                return push(out, tokens, a, k, Category::Place, true, None);
            }
        }
    }
    // ... or a place before a party and a member's title with no name after it: "an Ottawa New
    // Democrat MP", "a Texas Republican congressman" (the place is highlighted, the rest describes)
    if b - a >= 3 && (lex.titles.contains(sh.text(b - 1)) || matches!(sh.text(b - 1), "MP" | "MPP" | "MLA" | "MEP" | "MSP"))
        && !lex.titles.contains(sh.text(b - 2)) && !has_org_word
    {
        if let Some(k) = (a + 1..(a + 3).min(b - 1)).rev().find(|&k| lex.place(&run_str(sh, a, k), false) && !lex.demonyms.contains(sh.text(k))) {
            let party = |w: &str| PARTIES.contains(&w)
                || matches!(w, "New" | "Democrat" | "Tory" | "Progressive" | "Independent" | "Unionist" | "Nationalist");
            if (k..b - 1).all(|t| party(sh.text(t))) && !lex.place(&run_str(sh, a, k + 1), true) {
                return push(out, tokens, a, k, Category::Place, true, None);
            }
        }
    }
    // ... or a state or country after an office's "of", before a full name: "Governor of
    // Washington Chris Gregoire"
    if (3..=4).contains(&(b - a)) && a >= 2 && tokens[a - 1].text(text) == "of" && lex.titles.contains(tokens[a - 2].text(text))
        && lex.country(sh.text(a)) && sh[a + 1].first() && !sh[a + 1].common() && (a + 1..b).all(|t| sh[t].cap() && !sh[t].all_caps())
    {
        push(out, tokens, a, a + 1, Category::Place, true, None);
        let role = Some((tokens[a - 2].start, tokens[a].end));
        return person_or_split(text, tokens, sh, lex, a + 1, b, role, out);
    }
    // ... or an organization before a title or a person's full name: "NASA Administrator Charles
    // Bolden", "Image: NASA Bill Ingalls"
    let org_first = lex.org_names.contains(sh.text(a)) || (sh[a].all_caps() && is_acronym(sh.text(a)) && !lex.not_org_acronyms.contains(sh.text(a)));
    if b - a > 2 && org_first && !lex.place(sh.text(a), false)
        && (lex.titles.contains(sh.text(a + 1)) || (sh[a + 1].first() && !sh[a + 1].all_caps() && !has_org_word_in(sh, lex, a + 1, b)))
    {
        push(out, tokens, a, a + 1, Category::Organization, true, None);
        let role = lex.titles.contains(sh.text(a + 1)).then_some(a);
        return classify_rest(text, tokens, sh, lex, a + 1, b, role, out);
    }
    // ... or a company before its officer's title and name: "Meta CEO Mark Zuckerberg"
    if let Some(k) = (a + 1..(a + 3).min(b)).find(|&k| matches!(sh.text(k), "CEO" | "CFO" | "CTO" | "COO" | "Chairman" | "Chairwoman" | "Founder" | "Co-founder")) {
        let e = after_titles(sh, lex, k, b);
        if (2..=3).contains(&(b - e)) && (sh[e].first() || (e..b).all(|t| !sh[t].common() && !sh[t].all_caps()))
            && (a..k).all(|t| sh[t].cap() && !lex.titles.contains(sh.text(t)) && !lex.place(sh.text(t), false) && !lex.demonyms.contains(sh.text(t))
                && !lex.frequent_first_name(sh.text(t)))
        {
            push(out, tokens, a, k, Category::Organization, true, None);
            return classify_rest(text, tokens, sh, lex, k, b, Some(a), out);
        }
    }
    // ... or an office of it: "UN Special Rapporteur", "UN High Commissioner for Human Rights"
    if b - a > 2 && org_first && sh[a].all_caps() && !lex.place(sh.text(a), false) && !has_org_word_in(sh, lex, a + 1, b)
        && (a + 1..b).any(|k| lex.titles.contains(sh.text(k)))
    {
        push(out, tokens, a, a + 1, Category::Organization, true, None);
        return classify_rest(text, tokens, sh, lex, a + 1, b, Some(a), out);
    }
    classify_rest(text, tokens, sh, lex, a, b, None, out)
}

/// Whether `a..b` is a place's name and a plural nickname after it: a sports team.
fn team_nickname(sh: &Shapes, lex: &Lexicon, a: usize, b: usize) -> bool {
    const PLACE_PLURALS: &[&str] = &[
        "Falls", "Gardens", "Heights", "Hills", "Isles", "Islands", "Keys", "Lakes", "Mountains", "Oaks", "Plains",
        "Rapids", "Springs", "States", "Woods", "Highlands", "Lowlands", "Flats", "Meadows", "Downs", "Banks", "Sands",
    ];
    // (nor an event held there: "the Atlanta Games", "the Paris Olympics")
    const EVENTS: &[&str] = &["Games", "Olympics", "Championships", "Finals", "Talks", "Awards"];
    let last = sh.text(b - 1);
    last.len() >= 4 && last.ends_with('s') && !last.ends_with("ss") && sh[b - 1].cap() && !sh[b - 1].all_caps()
        && last.chars().all(char::is_alphabetic) && !PLACE_PLURALS.contains(&last) && !EVENTS.contains(&last)
        && !lex.org_words.contains(last) && !(sh[b - 1].last() && !sh[b - 1].common()) && !lex.demonyms.contains(last)
        && !lex.people(last) && !(b - a == 2 && lex.is_common(sh.text(a)))
        && (a..b - 1).all(|k| sh[k].cap() && !sh[k].all_caps())
        && lex.place(&run_str(sh, a, b - 1), false) && !lex.place(&run_str(sh, a, b), false)
}

/// A run of capitalized words on a title-case headline's line, where a capital says nothing:
/// "Obama Urges Sudan to Allow Aid Groups Back In", "Darfur Withers as Sudan Sells Food".
/// Known places and organizations of two words or more are taken whole ("New York Times"); an
/// ordinary word ("Urges", "Sells", "Food") ends a name, unless it is a given name or follows
/// one ("Joe Biden", "Sean Mills") or is or precedes an organization's head word ("Mozilla
/// Foundation", "the Democratic Party"); what is left between them is classified as a run of
/// its own.
fn headline_run(text: &str, tokens: &[Token], sh: &Shapes, lex: &Lexicon, a: usize, b: usize, out: &mut Vec<Mention>) {
    let from = out.len();
    let mut piece = None;
    let mut k = a;
    while k < b {
        let known = (k + 2..=b.min(k + 5)).rev()
            .find(|&e| sh[e - 1].cap() && { let s = run_str(sh, k, e); lex.place(&s, false) || lex.org_names.contains(&*s) });
        // (a given name goes on into the next word: "Joe Biden", "Sean Mills")
        let name_word = sh[k].cap() && (!sh[k].common() || (sh[k].first() && k + 1 < b && sh[k + 1].cap())
            || (k + 1 < b && sh[k + 1].cap() && lex.org_words.contains(sh.text(k + 1)))
            || (piece.is_some() && (sh[k - 1].first() || lex.org_words.contains(sh.text(k)))));
        if known.is_some() || !name_word {
            if let Some(p) = piece.take() {
                classify_run(text, tokens, sh, lex, p, k, out);
            }
        }
        if let Some(e) = known {
            classify_run(text, tokens, sh, lex, k, e, out);
            k = e;
            continue;
        }
        if name_word {
            piece.get_or_insert(k);
        }
        k += 1;
    }
    if let Some(p) = piece {
        classify_run(text, tokens, sh, lex, p, b, out);
    }
    // (an unknown word is no name on such a line, where every word has a capital: "Berates")
    let mut k = from;
    while k < out.len() {
        if out[k].category == Category::Misc && !out[k].strong {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'';
    }
    out
}

/// Tokens `a..b` as one name: joined by single spaces, except before a dot and around "&"
/// ("St. Louis", "AT&T"). The text itself where it is written so (nearly always): nothing is
/// copied then.
fn run_str<'a>(sh: &Shapes<'a>, a: usize, b: usize) -> std::borrow::Cow<'a, str> {
    if b <= a {
        return std::borrow::Cow::Borrowed("");
    }
    let spaced = |k: usize| sh.text(k) != "." && sh.text(k - 1) != "&" && sh.text(k) != "&";
    let (tokens, text) = (sh.tokens, sh.text);
    let as_written = (a + 1..b).all(|k| {
        let gap = &text.as_bytes()[tokens[k - 1].end..tokens[k].start];
        if spaced(k) { gap == b" " } else { gap.is_empty() }
    });
    if as_written {
        return std::borrow::Cow::Borrowed(&text[tokens[a].start..tokens[b - 1].end]);
    }
    let mut s = String::new();
    for k in a..b {
        if k > a && spaced(k) {
            s.push(' ');
        }
        s.push_str(sh.text(k));
    }
    std::borrow::Cow::Owned(s)
}

#[allow(clippy::too_many_arguments)]
fn classify_rest(text: &str, tokens: &[Token], sh: &Shapes, lex: &Lexicon, a: usize, b: usize,
                 role_from: Option<usize>, out: &mut Vec<Mention>) {
    if a >= b {
        return;
    }
    let has_org_word = has_org_word_in(sh, lex, a, b);
    // 4. titles: "Foreign Minister Sergei Lavrov" -> person "Sergei Lavrov", role "Foreign Minister"
    let mut t = a;
    // ... also after a field or a qualifier: "Environment Minister John Baird", "Shadow Home
    // Secretary Yvette Cooper" (ordinary words, then a title, then a name of two or three words)
    if !lex.titles.contains(sh.text(a)) {
        // (or a surname alone after a longer field: "Citation Index Professor Chomsky")
        if let Some(t0) = (a + 1..(a + 4).min(b)).find(|&k| lex.titles.contains(sh.text(k))) {
            let e = after_titles(sh, lex, t0, b);
            let name = (1..=3).contains(&(b - e)) && (e..b).all(|k| sh[k].cap() && !sh[k].all_caps())
                && (sh[e].first() || (e..b).all(|k| !sh[k].common())) && (b - e > 1 || t0 > a + 1);
            if name && (a..t0).all(|k| sh[k].cap() && sh[k].common() && !sh[k].all_caps() && !lex.org_words.contains(sh.text(k))
                && !lex.place(sh.text(k), false) && !lex.demonyms.contains(sh.text(k)) && !sh[k].first())
            {
                t = t0;
            }
        }
    }
    let titled_from = t;
    while t < b && (lex.titles.contains(sh.text(t)) || (sh.text(t) == "." && t > titled_from)) {
        t += 1;
        // a nationality inside the titles: "Former Algerian President Abdelaziz Bouteflika"
        if t + 1 < b && lex.demonyms.contains(sh.text(t)) && lex.titles.contains(sh.text(t + 1)) {
            push(out, tokens, t, t + 1, Category::Misc, true, None);
            t += 1;
        }
        // ... or a country: "Former U.S. President Barack Obama", "Former South Carolina Gov."
        if t + 1 < b && lex.country(sh.text(t)) && !sh[t].first() && lex.titles.contains(sh.text(t + 1)) {
            push(out, tokens, t, t + 1, Category::Place, true, None);
            t += 1;
        } else if let Some(e) = (t + 2..(t + 4).min(b - 1)).rev()
            .find(|&e| lex.titles.contains(sh.text(e)) && !lex.titles.contains(sh.text(t)) && lex.country(&run_str(sh, t, e)))
        {
            push(out, tokens, t, e, Category::Place, true, None);
            t = e;
        }
    }
    // after a courtesy title a title word is the surname: "Mr. Cardinal did not", "Dr. King"
    // (not an address: "Mr. President", "Madam Speaker")
    let courtesy = |w: &str| matches!(w, "Mr" | "Mrs" | "Ms" | "Dr" | "Miss");
    if t == b && b - titled_from >= 2 && (courtesy(sh.text(b - 2)) || sh.text(b - 2) == ".")
        && (titled_from..b - 1).any(|k| courtesy(sh.text(k)))
        && !matches!(sh.text(b - 1), "President" | "Speaker" | "Chairman" | "Chairwoman" | "Secretary" | "Mayor" | "Minister"
            | "Ambassador" | "Justice" | "Governor" | "Commissioner" | "Chancellor" | "Prime" | "Vice" | "Chief")
    {
        t = b - 1;
    }
    // "Secretary of State John Kerry", "Minister of Defence X"
    if t > a && t < b && !has_org_word_in(sh, lex, t, b) && t + 2 < b && sh.text(t) == "of" {
        t += 2;
    }
    if t > titled_from && !has_org_word_in(sh, lex, t, b) {
        if t == b && titled_from == a {
            // a bare title: "the President said". A lone one mid-sentence may be a surname
            // ("King said", after "Martin Luther King"): a weak guess the document confirms or drops
            let det = a > 0 && matches!(tokens[a - 1].text(text).to_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "former" | "new");
            if b - a == 1 && !sh[a].initial() && !det {
                push(out, tokens, a, b, Category::Misc, false, None);
            }
            return;
        }
        // a country after a title with no name: "Former U.S. president Ronald Reagan"
        // (a rank before a country is a hero's name: "Captain America")
        if b - t == 1 && lex.country(sh.text(t))
            && !matches!(sh.text(t - 1), "Captain" | "Colonel" | "General" | "Major" | "Lieutenant" | "Sergeant" | "Admiral" | "Commander" | "Miss" | "Lady" | "Lord")
        {
            return push(out, tokens, t, b, Category::Place, true, None);
        }
        // a title before an acronym names no one: "Director WWF's Congo programme"
        if b - t == 1 && sh[t].all_caps() && is_acronym(sh.text(t)) && !lex.not_org_acronyms.contains(sh.text(t)) {
            return push(out, tokens, t, b, Category::Organization, false, None);
        }
        // an office's field, not a name: "Foreign Affairs minister" (a guess the document may
        // confirm: "Chief Woos spoke ... said Chief Woos")
        let word = |k: usize| tokens.get(k).map(|t| t.text(text).to_lowercase()).unwrap_or_default();
        if b - t == 1 && sh[t].common() && !sh[t].first() && !sh[t].last() && !sh[t].initial()
            && !is_speech_verb(&word(b)) && !(a > 0 && is_speech_verb(&word(a - 1)))
        {
            return push(out, tokens, t, b, Category::Misc, false, None);
        }
        let role = Some((tokens[role_from.unwrap_or(a)].start, tokens[t - 1].end));
        return person_or_split(text, tokens, sh, lex, t, b, role, out);
    }
    let full = run_str(sh, a, b);
    let single = b - a == 1;
    let tok = sh[a];
    let tok_text = sh.text(a);
    // a weekday is a date, never a name ("on Monday", though "Monday" is a surname)
    if single && is_weekday(tok_text) {
        return;
    }

    // "the House" in running text is a legislature ("members of the House passed ...")
    if single && tok_text == "House" && !tok.initial() && a > 0 && tokens[a - 1].text(text) == "the"
        && tokens.get(b).map_or(true, |t| t.text(text) != "of")
    {
        return push(out, tokens, a, b, Category::Organization, true, None);
    }
    // "Christian" is a first name, but before a noun it is the religion's adjective
    // ("Christian movements", not "Christian said")
    if single && tok_text == "Christian" && tokens.get(b).is_some_and(|t| {
        let w = t.text(text);
        w.starts_with(char::is_lowercase) && !is_function_word(w) && !is_speech_verb(w)
    }) {
        return push(out, tokens, a, b, Category::Misc, true, None);
    }
    // "the Hague": a place whose name starts with "The", written with a small "the"
    if single && a > 0 && tokens[a - 1].text(text) == "the" && lex.place(&format!("The {}", tok_text), false) {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // a party written with a small "party": "the Republican party"
    if single && tokens.get(b).is_some_and(|t| t.text(text) == "party" && !t.newline_before())
        && PARTIES.contains(&tok_text)
    {
        return push(out, tokens, a, b + 1, Category::Organization, true, None);
    }
    // "Labour" / "Labor" alone in running text is the party ("talks with Labor")
    if single && matches!(tok_text, "Labor" | "Labour" | "Greens") && !tok.initial() {
        return push(out, tokens, a, b, Category::Organization, false, None);
    }
    // countries win over ordinary words ("China", "Turkey") unless a first name starts a sentence
    // ("Jordan said")
    if lex.country(&full) && !(single && tok.first() && lex.frequent_first_name(tok_text) && (tok.initial() || tokens.get(b).is_some_and(|t| {
        let w = t.text(text);
        w.chars().next().is_some_and(|c| c.is_uppercase())
    }))) {
        return push(out, tokens, a, b, Category::Place, true, None);
    }

    // 5. organizations: a known name, a head word, an acronym, a company suffix
    if lex.org_names.contains(&*full) || masthead(sh, lex, a, b) {
        return push(out, tokens, a, b, Category::Organization, true, None);
    }
    // an organization's name run into a person's: "Minister of ... Local Government Peter Chin"
    if let Some(k) = (a..b).rev().find(|&k| sh[k].cap() && lex.org_words.contains(sh.text(k))) {
        // ("Greens Adam Bandt": a party's one-word name before its leader's)
        if (k > a || sh.text(k) == "Greens") && k + 3 <= b && sh[k + 1].first() {
            push(out, tokens, a, k + 1, Category::Organization, true, None);
            return person_or_split(text, tokens, sh, lex, k + 1, b, None, out);
        }
        // ... or into a title and a name: "Bangladesh Bank Governor Abdur Rouf Talukder"
        let titled = after_titles(sh, lex, k + 1, b) - (k + 1);
        // (or a surname alone: "the Citation Index Professor Chomsky")
        let named = k + 1 + titled + 2 <= b || (k + 1 + titled + 1 == b && !sh[b - 1].common() && !sh[b - 1].all_caps());
        if k > a && titled > 0 && named && !lex.org_words.contains(sh.text(b - 1)) {
            push(out, tokens, a, k + 1, Category::Organization, true, None);
            return classify_rest(text, tokens, sh, lex, k + 1, b, Some(a), out);
        }
        // ... or the one word before a title is its portfolio, no body's name: "Communications
        // Minister Malcolm Turnbull", "Defence Secretary Ben Wallace" (a given name after)
        if k == a && titled > 0 && k + 1 + titled + 2 <= b && sh[k + 1 + titled].first() && !lex.org_words.contains(sh.text(b - 1)) {
            return classify_rest(text, tokens, sh, lex, k + 1, b, Some(a), out);
        }
    }
    if has_org_word && !(single && tok.initial() && tok.common()) {
        // "Bank" alone or "Police" alone are not names; "the Church" may stand for the "Church
        // of Scientology" the text names in full: a guess the document-level pass keeps only then
        if single && !tok.all_caps() && tok.common() {
            if !tok.initial() && a > 0 && tokens[a - 1].text(text) == "the" {
                push(out, tokens, a, b, Category::Misc, false, None);
            }
            return;
        }
        return push(out, tokens, a, b, Category::Organization, true, None);
    }
    // 6. places (a small town's name that is also a surname is the person unless the words
    // around say place: "Clinton said", "in Clinton")
    let place_word = a > 0 && matches!(tokens[a - 1].text(text), "in" | "from" | "at" | "near" | "to" | "of");
    // (a capitalized word's facts say whether it is a city: no lookup for the others)
    let city = if single && tok.cap() && !tok.city() { None } else { lex.city(&full) };
    let surname_town = single && tok.last() && !tok.common() && !lex.country(&full) && !place_word
        && city == Some(CitySize::Small);
    let any_city = !single || !tok.common();
    let place = lex.country(&full) || city.is_some_and(|size| any_city || size == CitySize::Large);
    if !surname_town && place && !(single && tok.initial() && tok.common()) {
        let strong = lex.country(&*full) || !tok.first();
        return push(out, tokens, a, b, Category::Place, strong, None);
    }
    // a place written in capitals in running text ("CAIRO, Egypt"): longer than an acronym's
    // usual 2-4 letters and known in title case, or starting a dateline ("BONN 1996-08-30")
    let dateline = (a == 0 || tokens[a].newline_before()) && tokens.get(b).is_some_and(|t| {
        !t.newline_before() && ((t.kind() == TokenKind::Number && t.end - t.start >= 4) || t.text(text) == "(")
    });
    if single && tok.all_caps() && (tok_text.chars().count() > 4 || dateline) && lex.place(&title_case(tok_text), false) {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // capitals with a number are a model, a version or an event more often than a body: "IE6",
    // "COP26", "B3W" (the known ones are in the lists: "G7", "G20")
    if single && tok.all_caps() && tok_text.starts_with(|c: char| c.is_ascii_uppercase()) && tok_text.contains(|c: char| c.is_ascii_digit()) {
        return push(out, tokens, a, b, Category::Misc, true, None);
    }
    if single && tok.all_caps() && is_acronym(tok_text) && !lex.not_org_acronyms.contains(tok_text) {
        return push(out, tokens, a, b, Category::Organization, false, None);
    }
    // a name in capitals inside running text that is no place and no person's ("DIARIO DE
    // CUBA"): a masthead or a company, a weak guess ("By JOHN SMITH" stays a person; names in
    // capitals in tables, with few lower-case words on their line, are left alone)
    if !single && (a..b).all(|k| sh[k].all_caps() || !sh[k].cap()) && (a..b).filter(|&k| sh[k].all_caps()).count() >= 2
        && !(a..b).any(|k| lex.first_names.contains(title_case(sh.text(k)).as_str()))
        && sh[a].line_lower_words() >= 4
    {
        return push(out, tokens, a, b, Category::Organization, false, None);
    }
    // a town the text places in a state or country: "in Eureka Springs, Arkansas", "struck
    // Acapulco, Mexico." (without a preposition only an unknown word, and not in a list: "Smith,
    // Jordan and Lee")
    let comma = tokens.get(b).is_some_and(|t| t.text(text) == ",");
    let after = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
    let prep_placed = place_word && b - a <= 3 && comma && {
        let w = after(b + 1);
        lex.country(w) || tokens.get(b + 2).is_some_and(|u| !u.newline_before() && lex.country(&format!("{w} {}", u.text(text))))
    };
    // (a nation or a state, not a capital: "On board the Freewinds, Paris claims"; not a list)
    let bare_placed = single && comma && !tok.common() && !tok.first() && !tok.last() && !tok.initial() && {
        let w = after(b + 1);
        (lex.nations.contains(w) || (lex.country(w) && lex.city(w).is_none()))
            && tokens.get(b + 2).map_or(true, |u| {
                let n = u.text(text);
                u.newline_before() || matches!(n, "." | "," | ")" | ";" | ":") || (n.starts_with(char::is_lowercase) && n != "and" && n != "or")
            })
    };
    if (prep_placed || bare_placed) && !tok.all_caps() {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // a word alone that opens many companies' legal names and no person's ("at Nomura",
    // "Allianz said"), but not where a place or a people's word stands ("in LatAm", "the
    // Brahmaputra", "degrees Celsius", "Nepalese Sherpa", "New Zealand’s Northland")
    let before = if a > 0 { tokens[a - 1].text(text) } else { "" };
    if single && !tok.all_caps() && lex.company_head(tok_text)
        && !matches!(before.to_ascii_lowercase().as_str(), "the" | "in" | "of" | "from" | "across" | "throughout" | "degrees") && !lex.people(before)
        && !(a >= 2 && matches!(before, "'s" | "\u{2019}s") && tokens[a - 2].text(text).starts_with(char::is_uppercase))
    {
        return push(out, tokens, a, b, Category::Organization, true, None);
    }
    person_or_split(text, tokens, sh, lex, a, b, None, out)
}

/// The places (and known organizations) inside one hyphenated word, as byte ranges of the
/// word: "Beijing-based" -> "Beijing", "US-China" -> "US", "China", "UN-led" -> "UN"; None
/// unless every capitalized part is one (and the word as a whole is not a place:
/// "Guinea-Bissau") and the rest are lower-case ("-based").
fn compound_places(w: &str, lex: &Lexicon) -> Option<Vec<(usize, usize, Category)>> {
    if !w.contains('-') || lex.place(w, false) {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 0;
    // an acronym counts only before a lower-case part: "UN-led" (not "BY-SA", "SIXTY-FIVE")
    let lower_tail = w.rsplit('-').next().is_some_and(|p| p.starts_with(|c: char| c.is_lowercase()));
    for part in w.split('-') {
        let (a, b) = (at, at + part.len());
        at = b + 1;
        // ("Sino-US": a combining form, no name)
        if part.starts_with(|c: char| c.is_lowercase()) || matches!(part, "Sino" | "Indo" | "Afro" | "Anglo" | "Franco" | "Russo" | "Euro") {
            continue;
        }
        let category = if lex.country(part) || lex.city(part) == Some(CitySize::Large) {
            Category::Place
        } else if lex.org_names.contains(part) || (lower_tail && is_acronym(part) && !lex.not_org_acronyms.contains(part)
            // (a word in capitals for emphasis or a drop cap is none: "A HIGH-powered team")
            && !(part.len() >= 4 && lex.is_common(&part.to_lowercase())))
        {
            Category::Organization
        } else if a == 0 && owned_by(w, part, lex) {
            // a name the document must confirm: "Amazon-owned Whole Foods" once Amazon is a
            // company elsewhere (a weak guess, dropped otherwise)
            Category::Misc
        } else {
            return None;
        };
        out.push((a, b, category));
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `w` is one name and a participle that ties something to it ("Amazon-owned",
/// "Mozilla-specific", "Kremlin-backed"; not a people's "Venezuelan-born" nor a word's
/// "Self-funded").
fn owned_by(w: &str, part: &str, lex: &Lexicon) -> bool {
    let tail = &w[part.len()..];
    matches!(tail, "-owned" | "-backed" | "-led" | "-run" | "-funded" | "-linked" | "-affiliated" | "-controlled" | "-sponsored" | "-specific" | "-made" | "-held")
        && part.chars().count() >= 3 && part.chars().skip(1).all(char::is_lowercase)
        && !lex.is_common(part) && !lex.people(part)
}

/// Is the run a building or venue by its head: "Oberoi Hotel", "Museum of Flight", "Seoul Arts
/// Center" (not "Stuart Hall", "Matt Temple": a first name and the head alone).
fn building(sh: &Shapes, a: usize, b: usize) -> bool {
    let h = (a..b).find(|&k| matches!(sh.text(k), "of" | "for" | "on")).unwrap_or(b) - 1;
    if h < a || (h == a && a + 1 == b) {
        return false;
    }
    if matches!(sh.text(h), "Center" | "Centre") {
        return h > a && VENUES.contains(&sh.text(h - 1));
    }
    BUILDINGS.contains(&sh.text(h)) && !(h == a + 1 && sh[a].first())
}

/// Does a locative preposition come before the name (across "the" and a possessive place:
/// "at the British Museum", "in Mecca's Grand Mosque")?
fn locative_before(text: &str, tokens: &[Token], a: usize) -> bool {
    let word = |k: usize| tokens[k].text(text).to_lowercase();
    let mut k = a;
    if k > 0 && word(k - 1) == "the" {
        k -= 1;
    }
    // a possessive before: "Mecca's", "Washington's"
    if k > 0 && (word(k - 1).ends_with("'s") || word(k - 1).ends_with("\u{2019}s")) {
        k -= 1;
        while k > 0 && tokens[k - 1].text(text).starts_with(char::is_uppercase) && !tokens[k].newline_before() {
            k -= 1;
        }
        if k > 0 && word(k - 1) == "the" {
            k -= 1;
        }
    }
    k > 0 && matches!(word(k - 1).as_str(), "at" | "in" | "into" | "inside" | "outside" | "to" | "from" | "near" | "on"
        | "toward" | "towards" | "across" | "through" | "around" | "visited" | "visit" | "visiting" | "opposite" | "behind")
}

/// A head word of a venue that is also an institution: "Museum", "Gallery", "Theatre". Named
/// alone it is the institution; put in a place, the building (and in resolve.rs, in every mention).
pub(crate) fn institution_head(w: &str) -> bool {
    matches!(w, "Museum" | "Gallery" | "Theatre" | "Theater")
}

/// A point of the compass as an adjective, in lower case: "northern", "south-eastern".
fn compass(w: &str) -> bool {
    matches!(w, "northern" | "southern" | "eastern" | "western" | "northeastern" | "northwestern" | "southeastern"
        | "southwestern" | "north-eastern" | "north-western" | "south-eastern" | "south-western")
}

/// Does the word look like an adjective before a country ("Little", "Rural", "Mountainous",
/// "Communist", "Northern"), rather than a body's field ("Environment", "Statistics")?
fn adjective_like(w: &str) -> bool {
    const ADJECTIVES: &[&str] = &[
        "Little", "Big", "Great", "Greater", "Old", "New", "Black", "White", "Red", "Green", "Rural", "Urban",
        "Modern", "Mainland", "Nazi", "Soviet", "Free", "Occupied", "Independent", "Young", "Upper", "Lower",
        "Inner", "Outer", "North", "South", "East", "West", "Post", "Pre", "Whole", "All", "Today", "Tomorrow", "Top", "Senior", "Former", "Leading", "Key",
    ];
    ADJECTIVES.contains(&w)
        || ["ous", "al", "ern", "ic", "ist", "ive", "ian", "ese", "ish", "ful", "less", "ed", "ing", "ly"].iter().any(|x| w.ends_with(x))
}

/// A masthead: "Toronto Star", "Daily Mail", "Sydney Morning Herald".
fn masthead(sh: &Shapes, lex: &Lexicon, a: usize, b: usize) -> bool {
    b - a > 1 && MASTHEADS.contains(&sh.text(b - 1))
        && (matches!(sh.text(b - 2), "Daily" | "Morning" | "Evening" | "Sunday" | "Weekly")
            || matches!(sh.text(a), "Daily" | "The")
            || lex.place(&run_str(sh, a, b - 1), false))
}

/// The end of a run of title words starting at `from` ("Prime Minister" of "Prime Minister
/// Jacinda Ardern"); `from` itself when there is none.
fn after_titles(sh: &Shapes, lex: &Lexicon, from: usize, b: usize) -> usize {
    (from..b).find(|&k| !lex.titles.contains(sh.text(k))).unwrap_or(b)
}

fn is_weekday(w: &str) -> bool {
    matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// A capitalized function word before a determiner opens a clause, even mid-line: a caption
/// without its full stop ("DAB's Elizabeth Quat In the New Territories ...").
fn clause_opener(sh: &Shapes, tokens: &[Token], j: usize) -> bool {
    let s = sh[j];
    let s_text = sh.text(j);
    s.cap() && !s.all_caps() && s_text != "I" && j + 1 < sh.len() && !tokens[j + 1].newline_before()
        && (matches!(sh.text(j + 1), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their" | "our")
            // (a dateline run into its sentence: "Preston, Victoria, Australia On Saturday, ...")
            || (is_weekday(sh.text(j + 1)) && matches!(s_text, "On" | "Last" | "Early" | "Late" | "By" | "Until")))
        && is_function_word(&s_text.to_lowercase())
}

/// A hyphenated given name of two syllables: "Ki-moon", "Cheuk-ting", "Sung-kyung" (not
/// "DNA-suitable", "T-shirt", "Stand-up", "Hawk-class": two ordinary words, unless after a
/// known family name: "Kim In-so").
fn syllables(w: &str, lex: &Lexicon, after_surname: bool) -> bool {
    let mut parts = w.split('-');
    let (head, tail) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let syllable = |p: &str, min: usize| (min..=5).contains(&p.chars().count()) && p.chars().skip(1).all(char::is_lowercase);
    // (after a family name the second syllable may have its capital too: "Park Joo-Ho")
    // (romanized Chinese and Korean syllables never end in "s": "Add-ons", "Sit-ins" are words)
    parts.next().is_none() && syllable(head, 2) && syllable(tail, 1) && !tail.ends_with('s') && (tail.starts_with(char::is_lowercase) || (after_surname && tail.chars().count() <= 4))
        && (!lex.is_common(head) || !lex.is_common(tail) || after_surname)
}

fn is_camel(w: &str) -> bool {
    const PREFIXES: &[&str] = &["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"];
    w.len() >= 5 && w.is_ascii() && w.bytes().skip(1).any(|c| c.is_ascii_uppercase())
        && w.bytes().skip(1).filter(u8::is_ascii_lowercase).count() >= 3
        && w.bytes().all(|c| c.is_ascii_alphabetic())
        && !PREFIXES.iter().any(|p| w.starts_with(p) && w[p.len()..].starts_with(|c: char| c.is_ascii_uppercase()))
}

fn has_org_word_in(sh: &Shapes, lex: &Lexicon, a: usize, b: usize) -> bool {
    (a..b).any(|k| sh[k].cap() && lex.org_words.contains(sh.text(k)))
}

#[allow(clippy::too_many_arguments)]
fn person_or_split(text: &str, tokens: &[Token], sh: &Shapes, lex: &Lexicon, a: usize, b: usize,
                   role: Option<(usize, usize)>, out: &mut Vec<Mention>) {
    let single = b - a == 1;
    let tok = sh[a];
    let tok_text = sh.text(a);
    // a word with a lower-case tail next to a name is a description: "Pan-democrat Lam
    // Cheuk-ting", "a Booker Prize-winner"
    let described = |w: &str| w.split('-').nth(1).is_some_and(|p| p.starts_with(char::is_lowercase))
        && lex.is_common(w.split('-').next().unwrap_or("")) && !syllables(w, lex, b - a == 2 && sh[a].last());
    if !single && role.is_none() && described(tok_text) {
        return person_or_split(text, tokens, sh, lex, a + 1, b, None, out);
    }
    if !single && role.is_none() && described(sh.text(b - 1)) {
        return person_or_split(text, tokens, sh, lex, a, b - 1, None, out);
    }
    // a describing word before a full name: "Scientologist Tom Cruise", "Pianist Lang Lang"
    let agent = ["ist", "er", "or", "ian", "ant", "ent"].iter().any(|x| tok_text.ends_with(x)) && tok_text.chars().skip(1).all(char::is_lowercase);
    if b - a == 3 && role.is_none() && agent && !tok.first() && !tok.last() && sh[a + 1].first() && !sh[a + 1].common()
        && !sh[a + 1].all_caps() && (sh[b - 1].last() || !sh[b - 1].common())
    {
        return person_or_split(text, tokens, sh, lex, a + 1, b, Some((tokens[a].start, tokens[a].end)), out);
    }
    let first_name = tok.first();
    let last = sh.text(b - 1);
    // a role alone, in capitals as a heading writes it, names no one: "Op-Ed Columnist",
    // "Foreign Correspondent" (not "Anna Chief", a given name first)
    if !single && role.is_none() && !first_name && is_role_noun(last.to_lowercase().trim_end_matches('s'))
        && (a..b - 1).all(|k| sh[k].common() || sh.text(k).contains('-'))
    {
        return;
    }
    let before = if a > 0 { tokens[a - 1].text(text).to_lowercase() } else { String::new() };
    let after = tokens.get(b).map(|t| t.text(text).to_lowercase()).unwrap_or_default();
    let after2 = tokens.get(b + 1).map(|t| t.text(text).to_lowercase()).unwrap_or_default();
    let speaks = is_speech_verb(&after) || (after == "," && is_speech_verb(&after2));
    let before2 = if a > 1 { tokens[a - 2].text(text).to_lowercase() } else { String::new() };
    // a kin noun with the name in commas: "his first wife, Sally, was dying"
    let kin = before == "," && after == "," && matches!(before2.as_str(), "wife" | "husband" | "son" | "daughter"
        | "brother" | "sister" | "father" | "mother" | "widow" | "widower" | "fiancée" | "fiancé" | "girlfriend" | "boyfriend");
    // (not across a line break: "... started by his father\n\nConcrete information")
    let role_noun = (is_role_noun(&before) && !tokens[a].newline_before()) || kin;
    // "the town of Majer" (not "the State of Exception": a capitalized head names something else)
    let place_cue = before == "of" && is_place_noun(&before2) && a > 1 && tokens[a - 2].text(text).starts_with(|c: char| c.is_lowercase());

    // an age in commas after the name: "Walker, 48, was", "Sun, 53, had been", "Murad,18, son of"
    let aged = tokens.get(b).is_some_and(|t| t.text(text) == ",")
        && tokens.get(b + 1).is_some_and(|t| t.kind() == TokenKind::Number
            && t.text(text).parse::<u32>().is_ok_and(|n| (1..=110).contains(&n)))
        && tokens.get(b + 2).is_some_and(|t| t.text(text) == ",")
        && tokens.get(b + 3).is_some_and(|t| t.text(text).starts_with(char::is_lowercase));
    // a relative "who" after it: "Viya, who live-streamed", "Truganini, who"
    // (not a word made from a noun suffix: "Scientology, who")
    let abstract_noun = ["ology", "ism", "ity", "tion", "ness", "ment"].iter().any(|x| tok_text.ends_with(x));
    let who = single && after == "," && after2 == "who" && !tok.common() && !tok.all_caps() && !tok_text.ends_with('s') && !abstract_noun;
    if role.is_some() || (aged && !tok.all_caps()) {
        return push(out, tokens, a, b, Category::Person, true, role);
    }
    if who {
        return push(out, tokens, a, b, Category::Person, false, None);
    }
    if place_cue && single {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    // a name no list knows before a lower-case noun of a place or a site: "the eastern
    // Sharqiyah province", "the nearby Pamir mountains", "the Kosevo stadium", "Jakarta's
    // Tanjung Priok port" (not a given name's: "the Clinton camp" names no site either)
    let site_after = tokens.get(b).is_some_and(|t| !t.newline_before() && t.space_before())
        && matches!(after.as_str(), "province" | "region" | "district" | "mountains" | "stadium" | "airport" | "mosque"
            | "village" | "valley" | "prison" | "sanatorium" | "checkpoint" | "oblast" | "governorate" | "municipality"
            | "township" | "port" | "river" | "peninsula")
        && tokens[b].text(text) == after;
    // (nor a people's adjective: "the Yugoslav province", "the Himalayan region", "its only
    // Muslim-majority region")
    if site_after && b - a <= 2 && (a..b).all(|k| !sh[k].common() && !sh[k].all_caps() && !sh[k].first()
            && !lex.people(sh.text(k)) && !lex.demonyms.contains(sh.text(k)) && !sh.text(k).ends_with("an")
            && !sh.text(k).rsplit('-').next().is_some_and(|p| p.starts_with(char::is_lowercase)))
        && !lex.org_names.contains(tok_text) && !lex.company_head(tok_text)
    {
        return push(out, tokens, a, b, Category::Place, true, None);
    }
    if !single {
        // a known company or a country before a word that is no one's name names a product, an
        // office or a desk, no person: "Google Analytics", "the Malaysia Tourism board", "Warsaw
        // Newsroom", also a country that is a given name or a surname too ("China Moly"; not
        // "Jordan Henderson", "Chad Johnson", a name after it); the news sets label the whole as
        // other names or the first word alone, so nothing is the safe answer
        if b - a == 2 && role.is_none() && (!tok.first() || lex.country(tok_text)) && !sh[a + 1].first()
            && !(a > 0 && is_role_noun(&tokens[a - 1].text(text).to_lowercase())) && !sh[a + 1].last() && !sh[a + 1].all_caps()
            && (lex.org_names.contains(tok_text) || lex.country(tok_text))
        {
            // (a weak guess: the words around another mention may still call it a body,
            // "Nunavut Tunngavik Inc.")
            return push(out, tokens, a, b, Category::Misc, false, None);
        }
        // a particle name or a hyphenated given name: "Ban Ki-moon", "Abu Bakr al-Baghdadi"
        let asian = (a..b).any(|k| {
            let s = sh.text(k);
            syllables(s, lex, k > a && sh[k - 1].last() && sh.text(k - 1).len() <= 5)
        });
        // (a double-barrelled surname has capitals on both sides: "Smith-Jones", not "T-shirt")
        let barrelled = last.contains('-') && last.split('-').all(|p| p.starts_with(char::is_uppercase));
        let surname = sh[b - 1].last() || barrelled || last.contains('\'');
        // (an initial is no common word: the "A" of "A. Stewart")
        // an acronym last names a body's or a product's part, no one's surname: "Mozilla VR
        // maintains", "Firefox OS", "Mozilla CEO" (not after a given name: "John SMITH")
        // (no one's name has a digit: "Page A7", "Firefox 3", "Route 66")
        let digits = (a..b).any(|k| sh.text(k).bytes().any(|c| c.is_ascii_digit()));
        // (a regnal number is a person's: "Ramesses II")
        let acronym_last = sh[b - 1].all_caps() && sh.text(b - 1).len() <= 4 && !first_name
            && !sh.text(b - 1).bytes().all(|c| matches!(c, b'I' | b'V' | b'X'));
        let all_names = (a..b).all(|k| !sh[k].common() || sh[k].first()
            || !sh[k].cap() || initial_letter(sh, k, b));
        // the next name in a list of people: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens"
        let listed = matches!(before.as_str(), "," | "and") && !sh[b - 1].common() && b - a <= 3
            && (a..b).all(|k| sh[k].cap() && !sh[k].all_caps())
            && out.len() >= 2 && {
                // (two people before it, a comma apart: "Michael Kors and Polo Ralph Lauren" are brands)
                let (p, q) = (&out[out.len() - 2], &out[out.len() - 1]);
                p.category == Category::Person && q.category == Category::Person
                    && p.tokens.1 + 1 == q.tokens.0 && tokens[p.tokens.1].text(text) == ","
                    && (q.tokens.1 + 1 == a || (q.tokens.1 + 2 == a && before == "and" && tokens[a - 2].text(text) == ","))
            };
        // ... or the second of a pair whose first is a person named in full: "cabinet ministers
        // Jonathan Moyo and Saviour Kasukuwere" (a surname no word of the language)
        let paired = before == "and" && b - a == 2 && !sh[b - 1].common() && !sh[b - 1].all_caps() && !sh[a].all_caps()
            && !digits && !lex.place(sh.text(b - 1), false) && !lex.org_words.contains(last)
            && out.last().is_some_and(|q| q.category == Category::Person && q.strong && q.tokens.1 + 1 == a
                && q.tokens.1 - q.tokens.0 >= 2);
        // (a given name and a surname that is an ordinary word, when the name speaks: "Steve
        // Jobs said", "Grace Fields told")
        let spoken = speaks && b - a == 2 && first_name && !digits && !acronym_last && !sh[b - 1].all_caps()
            && !lex.org_words.contains(last) && !matches!(before.as_str(), "a" | "an" | "the");
        if (first_name && (surname || !sh[b - 1].common()) && !digits) || asian || role_noun || spoken
            || (speaks && all_names && b - a <= 4 && !matches!(before.as_str(), "a" | "an") && !acronym_last)
        {
            return push(out, tokens, a, b, Category::Person, true, None);
        }
        // (initials before a surname that is also an ordinary word: "N. Knight 113", "S. Law")
        let initials = b - a >= 3 && (a..b - 1).all(|k| initial_letter(sh, k, b) || (sh.text(k) == "." && k > a && initial_letter(sh, k - 1, b)));
        if (b - a <= 3 && all_names && (surname || first_name) && !digits) || listed || paired
            || (initials && sh[b - 1].last() && !sh[b - 1].all_caps())
        {
            return push(out, tokens, a, b, Category::Person, false, None);
        }
        // an unknown multi-word name that is not ordinary words: a weak guess at a person
        let common = (a..b).filter(|&k| sh[k].common() && !initial_letter(sh, k, b)).count();
        // (not after an acronym: "the JPL Stardust website")
        // (at a sentence's start only a plain run of words: not "W L PCT GB", "Oyam & Gulu", "Las
        // Pupusas")
        let plain = !(a..b).any(|k| sh[k].all_caps() || sh.text(k) == "&" || is_camel(sh.text(k)))
            && !matches!(tok_text, "El" | "La" | "Las" | "Los" | "Le" | "Les" | "Il" | "Der" | "Die" | "Das" | "De" | "Du" | "Al" | "Ex");
        // (a word with a capital inside is a brand's: "PlayStation VR")
        // (not after "a": "a Mozilla Rep agrees", "a Firefox OS phone" name a kind, no one)
        let indefinite = matches!(before.as_str(), "a" | "an");
        if common == 0 && b - a <= 4 && (!tok.initial() || plain) && !(tok.all_caps() && tok_text.chars().count() >= 3)
            && !(a..b).any(|k| is_camel(sh.text(k))) && !indefinite && !(digits && !acronym_last)
        {
            // ... an organization's, with an acronym last: "Ruch SA", "Hitwise UK", "Mozilla VR"
            // (a role in capitals is no part of the name before it: "Boeing CEO", "Eich CEO")
            if acronym_last && is_role_noun(&last.to_lowercase()) {
                return person_or_split(text, tokens, sh, lex, a, b - 1, None, out);
            }
            let category = if acronym_last { Category::Organization } else { Category::Person };
            return push(out, tokens, a, b, category, false, None);
        }
        // ordinary words capitalized inside a sentence ("at Whole Foods"): a name only the
        // document can confirm, by the words around one of its mentions (not a title's words)
        if common == b - a && b - a <= 3 && !indefinite
            && !(a..b).any(|k| sh[k].all_caps() || lex.titles.contains(sh.text(k)) || is_role_noun(&sh.text(k).to_lowercase()))
        {
            return push(out, tokens, a, b, Category::Misc, false, None);
        }
        return;
    }
    // single capitalized word ("I" is never a name on its own: "I thought", "I say")
    if (tok.initial() && tok.common() && !role_noun) || tok_text.chars().count() == 1 {
        // ... but an ordinary word that is also a surname, starting a sentence, is that person
        // when the text names them in full ("Dawn Walker ... Walker, 48, was"): a guess the
        // document-level pass keeps only then
        if tok.initial() && tok.last() && !is_function_word(&tok_text.to_lowercase()) {
            push(out, tokens, a, b, Category::Misc, false, None);
        }
        return;
    }
    if role_noun {
        return push(out, tokens, a, b, Category::Person, true, None);
    }
    // a genus before its species, a binomial's Latin: "Formica fusca", "Homo sapiens"
    let species = tokens.get(b).is_some_and(|t| t.space_before() && !t.newline_before() && t.kind() == TokenKind::Word) && {
        let w = after.as_str();
        w.chars().count() >= 4 && w.chars().all(|c| c.is_ascii_lowercase()) && !lex.is_common(w) && !is_function_word(w)
            && !is_speech_verb(w)
            && ["a", "us", "um", "is", "ae", "ii", "ens", "ensis", "oides"].iter().any(|x| w.ends_with(x))
    };
    if species {
        return;
    }
    let common = tok.common();
    if tok.city() && !common && !first_name && !tok.last() {
        return push(out, tokens, a, b, Category::Place, false, None);
    }
    if !common && (tok.last() || speaks || (first_name && !tok.initial())) && !tok.all_caps() {
        return push(out, tokens, a, b, Category::Person, false, None);
    }
    if !common && !tok.all_caps() && matches!(before.as_str(), "in" | "from" | "at" | "near") {
        return push(out, tokens, a, b, Category::Place, false, None);
    }
    // a word with a capital inside is a brand or a company: "LibriVox", "ByteDance", "KeyCorp"
    // (not a name's prefix: "McCain", "DiCaprio", "LaGuardia", "O'Brien")
    if is_camel(tok_text) && !lex.not_org_acronyms.contains(tok_text) {
        // (a technology's name ending in a technical term is none: "MicroOLED", "PostgreSQL")
        let tail = tok_text.trim_end_matches(|c: char| c.is_ascii_uppercase());
        if tail.len() < tok_text.len() && tok_text.len() - tail.len() >= 2 && lex.not_org_acronyms.contains(&tok_text[tail.len()..]) {
            return;
        }
        return push(out, tokens, a, b, Category::Organization, false, None);
    }
    // unknown single word (an ordinary word capitalized mid-sentence is a name too: "Smith",
    // "Brown"): a guess the document-level pass keeps only if the text confirms it elsewhere
    if !tok.all_caps() && tok_text.chars().count() >= 2 && !(tok.initial() && common) {
        return push(out, tokens, a, b, Category::Misc, false, None);
    }
}
