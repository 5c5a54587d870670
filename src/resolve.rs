//! One resolver: document-level consistency for names, linking of mentions into entities,
//! speakers of quotes (pronouns and role nouns included), and overlaps between categories.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::entities::{is_acronym, is_function_word, is_speech_verb, Mention};
use crate::figures::Figure;
use crate::lexicon::{Gender, Lexicon};
use crate::model::{Annotation, Category, Entity, GenderBasis, GenderEstimate, Quote, Scan};
use crate::quotes::{QuoteSpan, SpeakerForm};
use crate::spans::{overlapping, Disjoint};
use crate::text::{one_space, strip_possessive, tail, Token};

/// Initials of the capitalized words of a name: "North Atlantic Treaty Organization" -> "NATO".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// A full name's surname: its last word, before a generational suffix ("Martin Luther King Jr." -> "King").
fn surname(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace().rev().filter(|w| !matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV"));
    let last = words.next()?;
    // a hyphenated given name after the family name: "Ban Ki-moon" -> "Ban", "Carmen Ho Ka-man" -> "Ho"
    if last.split_once('-').is_some_and(|(a, b)| (2..=4).contains(&a.len()) && b.starts_with(char::is_lowercase)) {
        if let Some(family) = words.next().filter(|w| w.chars().skip(1).any(char::is_lowercase)) {
            return Some(family);
        }
    }
    Some(last)
}

/// The name of a company without its legal suffix or its generic head: "Merrill Lynch & Co."
/// -> "Merrill Lynch", "Smithsonian Institution" -> "Smithsonian"; None when nothing is left
/// off or nothing distinctive remains.
fn short_form(name: &str) -> Option<&str> {
    const SUFFIXES: &[&str] = &["Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Plc", "plc", "Group", "Holdings", "Corporation",
        "Company", "Cos", "Incorporated", "Institution", "AG", "SA", "NV", "GmbH", "Bhd", "Pty", "Limited", "JV"];
    let mut s = name.trim_end_matches('.');
    let mut cut = false;
    while let Some((head, last)) = s.rsplit_once(' ') {
        if !SUFFIXES.contains(&last.trim_end_matches('.')) && !matches!(last, "&" | ",") {
            break;
        }
        s = head.trim_end_matches(',');
        cut = true;
    }
    let s = s.trim_end_matches([' ', '&', ',']);
    (cut && s.starts_with(|c: char| c.is_uppercase())).then_some(s)
}

/// Nouns that make the name they describe an organization: "Douban, a Chinese social media
/// platform", "the NGO Odhikar", "Apple's shares".
const ORG_NOUNS: &[&str] = &[
    "agency", "airline", "app", "automaker", "bank", "brand", "broadcaster", "brokerage", "carmaker",
    "chain", "charity", "chipmaker", "club", "company", "conglomerate", "consultancy", "corporation", "daily",
    "exchange", "firm", "giant", "group", "insurer", "lender", "marketplace",
    "miner", "network", "newspaper", "NGO",
    "non-profit", "nonprofit", "operator", "organisation", "organization", "outlet", "platform", "portal",
    "retailer", "side", "startup", "start-up", "subsidiary", "supplier", "tabloid", "website",
];
/// Nouns after a possessive that only an organization has: "Apple's shares", "Odhikar's registration".
const ORG_OWNS: &[&str] = &[
    "board", "ceo", "chief executive", "customers", "employees", "headquarters", "profit", "profits",
    "registration", "revenue", "revenues", "shareholders", "shares", "stock", "subsidiary", "users",
];
/// Nouns that an organization's name modifies: "Amazon founder", "Tesla shares".
const ORG_MODIFIES: &[&str] = &[
    "ceo", "cfo", "co-founder", "cofounder", "coo", "cto", "employees", "executives", "founder", "headquarters",
    "shareholders", "shares", "stock", "subsidiary",
];
/// Nouns before a one-word name that make it an organization, where before a name of two words
/// they are a person's trade: "Minecraft developer Mojang" (not "the manufacturer Georg Reichenbach").
const ORG_NOUNS_ONE_WORD: &[&str] = &["developer", "manufacturer", "publisher", "studio"];
/// Kinds of body written after a name and "the" before it: "the Ennahda party", "the D.A.
/// Davidson brokerage", "the Walkley journalism foundation", "the Manu Taupunga group" (not "militia" or "faction": on news
/// kept aside they added only wrong organizations).
const ORG_KINDS_AFTER: &[&str] = &["brokerage", "foundation", "group", "movement", "party"];
/// Words before "of" / "in" that take an organization: "CEO of Jumia", "a stake in Nexperia".
const ORG_OF: &[&str] = &[
    "ceo of", "chief executive of", "co-founder of", "cofounder of", "founder of", "shareholders of",
    "shares in", "shares of", "stake in", "subsidiary of", "employees of", "member of", "members of",
];
/// Words that end the description in an apposition ("Douban, a ... platform once known").
const APPOSITION_END: &[&str] = &[
    "added", "and", "at", "based", "by", "for", "from", "has", "in", "is", "known", "of", "on", "once", "said",
    "says", "that", "to", "told", "was", "which", "whose", "with",
];

/// Nouns after "a X" that make an unknown X an organization: "a Canalys report", "a Tepco spokesman".
const ORG_PRODUCTS: &[&str] = &["analysis", "filing", "report", "spokesman", "spokesperson", "spokeswoman", "statement", "study", "survey"];

/// The head word of an organization's name of several words: "Church" of "Church of
/// Scientology", "Council" of "UN Security Council".
fn org_head(name: &str) -> Option<&str> {
    let first_of = name.split_once(" of ").map(|(h, _)| h.rsplit(' ').next().unwrap_or(h));
    first_of.or_else(|| name.contains(' ').then(|| name.rsplit(' ').next()).flatten())
}

/// Whether `before` ends with words that give another name: "more commonly known as", "dubbed".
fn alias_cue_before(before: &str) -> bool {
    let before = before.trim_end();
    ["known as", "nicknamed", "dubbed"].iter().any(|w| before.ends_with(w))
}

/// The text's word (with its punctuation) just before byte `at`, "" at the start.
fn word_before(text: &str, at: usize) -> &str {
    // (a window: in a text without spaces the word before goes back to the start, and reading it
    // for every mention was quadratic; a word of more than 64 bytes is no cue word anyway)
    tail(text[..at].trim_end(), 64).rsplit(char::is_whitespace).next().unwrap_or("")
}

/// A museum, gallery or theatre by its name: an institution or its building.
fn institution(s: &str) -> bool {
    s.split(' ').any(crate::entities::institution_head)
}

/// A word without the punctuation after it.
fn bare(w: &str) -> &str {
    w.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Whether the words around the mention at `start..end` say it is an organization.
fn org_cue(text: &str, start: usize, end: usize, lex: &Lexicon) -> bool {
    let name = &text[start..end];
    // "a Canalys report", "a Tepco spokesman" (not a person's name: "a Trump spokesman")
    let article = matches!(word_before(text, start), "a" | "an" | "A" | "An");
    if article && !name.contains(' ') && !lex.last_names.contains(name) && !lex.first_names.contains(name) {
        let next = text[end..].split_whitespace().next().unwrap_or("");
        if ORG_PRODUCTS.contains(&next.trim_end_matches(|c: char| !c.is_alphanumeric())) {
            return true;
        }
    }
    let after = &text[end..];
    let owned = if name.len() != strip_possessive(name).len() {
        Some(after)
    } else {
        after.strip_prefix("'s").or_else(|| after.strip_prefix("\u{2019}s"))
    };
    let in_list = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    if let Some(rest) = owned.filter(|r| r.starts_with(' ')) {
        let mut w = rest.split_whitespace();
        let one = w.next().map(bare).unwrap_or("");
        let two = w.next().map(bare).unwrap_or("");
        // "Apple's shares", "Odhikar's registration", "Tepco's chief executive"
        if in_list(ORG_OWNS, one) || (!two.is_empty() && ORG_OWNS.iter().any(|x| {
            x.split_once(' ').is_some_and(|(a, b)| a.eq_ignore_ascii_case(one) && b.eq_ignore_ascii_case(two))
        })) {
            return true;
        }
    }
    // the modifier of a noun only a company has: "Amazon founder Jeff Bezos", "Amazon
    // headquarters", "Tesla shares" (not a person's "Trump spokesman", nor a market's "Milan shares")
    // (the word after first: it is cheaper than the place lists, and rarely one of those)
    if owned.is_none() {
        let next = after.strip_prefix(' ').and_then(|r| tail_words(r).next()).map(bare).unwrap_or("");
        if in_list(ORG_MODIFIES, next) && !lex.place(name, true) {
            return true;
        }
    }
    // a kind of body after the name, "the" before it: "the Ennahda party", "the Walkley
    // journalism foundation" (one lower-case word between at most; not a place's party: "the
    // Ottawa party")
    // ("the D'Entrecasteaux expedition party" is a band of men; a word of the language is an
    // adjective or a description: "the Nationalist party", "the Coalition party room")
    // (the words after first: they are cheaper than the lists)
    if owned.is_none() && matches!(word_before(text, start), "the" | "The") {
        let mut w = after.strip_prefix(' ').map(tail_words).into_iter().flatten();
        let one = w.next().unwrap_or("");
        let kind = |x: &str| ORG_KINDS_AFTER.contains(&bare(x));
        if (kind(one) || (one.starts_with(char::is_lowercase) && one == bare(one) && w.next().is_some_and(|x| kind(x) && bare(x) != "party")))
            && !lex.misc_names.contains(name) && !name.split(' ').any(|w| lex.people(w))
            && !lex.place(name, true) && !lex.is_common(name)
        {
            return true;
        }
    }
    // a speaker the text calls "it": "Whole Foods said it has lowered prices", "said its
    // profit fell" (not the "it" of "Satyarthi said it was a travesty")
    let mut next = tail_words(after);
    if next.next().is_some_and(is_speech_verb) {
        match next.next() {
            Some("its") => return true,
            Some("it") if next.next().is_some_and(|w| matches!(w, "has" | "had" | "will" | "would" | "plans" | "planned" | "expects" | "expected" | "intends")) => return true,
            _ => {}
        }
    }
    // apposition: "Douban, a Chinese social media platform", "Jumia, the leading e-commerce platform"
    if let Some(rest) = after.strip_prefix(", ") {
        let mut w = rest.split_whitespace().take(8).peekable();
        if w.next().is_some_and(|x| matches!(x, "a" | "an" | "the")) {
            for _ in 0..6 {
                let Some(x) = w.next() else { break };
                let b = bare(x);
                if ORG_NOUNS.contains(&b) {
                    let head = b.len() < x.len() || w.peek().map_or(true, |n| APPOSITION_END.contains(n));
                    if head {
                        return true;
                    }
                }
                let possessive = x.ends_with("\u{2019}s") || x.ends_with("'s");
                if (b.len() < x.len() && !possessive) || APPOSITION_END.contains(&b) {
                    break;
                }
            }
        }
    }
    // a noun before: "the NGO Odhikar", "non-governmental organisation \"Odhikar\"", "CEO of Jumia"
    let before = text[..start].trim_end_matches(['"', '\u{201c}', '\'', '\u{2018}', ' ']);
    // (three words back at most: a window keeps a text without spaces linear)
    let mut prev = tail(before, 256).rsplit(char::is_whitespace);
    let w1 = prev.next().unwrap_or("");
    if ORG_NOUNS.contains(&w1) || (ORG_NOUNS_ONE_WORD.contains(&w1) && !name.contains(' ')) {
        return true;
    }
    // "founder of Nizhny Novgorod's commercial bank" names the bank, not the city
    if owned.is_some() || !matches!(w1, "of" | "in") {
        return false;
    }
    let w2 = prev.next().unwrap_or("");
    let w3 = prev.next().unwrap_or("");
    ORG_OF.iter().any(|x| {
        let mut parts = x.rsplit(' ');
        parts.next() == Some(w1) && parts.next().is_some_and(|p| p.eq_ignore_ascii_case(w2))
            && parts.next().map_or(true, |p| p.eq_ignore_ascii_case(w3))
    })
}

/// The members of a list are of one kind: in a list of three names or more ("Walmart, Kroger
/// and Costco"; "GNOME, KDE, Red Hat, Novell, Eclipse and LibreOffice") of which two are known
/// organizations and none is known as anything else, every guessed member is cued an
/// organization in `cue` (not one that begins with a given name: "Apple, Google and Bill Gates").
fn list_cue(text: &str, lex: &Lexicon, mentions: &[Mention], cue: &mut [bool]) {
    for (a, b) in lists(text, mentions) {
        let list = &mentions[a..b];
        let orgs = list.iter().filter(|m| m.strong && m.category == Category::Organization).count();
        let others = list.iter().any(|m| m.strong && m.category != Category::Organization);
        if orgs >= 2 && !others {
            for (m, c) in list.iter().zip(&mut cue[a..b]) {
                let first = text[m.start..m.end].split(' ').next().unwrap_or("");
                if !m.strong && m.category != Category::Organization && !(m.end - m.start > first.len() && lex.first_names.contains(first)) {
                    *c = true;
                }
            }
        }
    }
}

/// The lists of three names or more in `mentions` (in text order), as ranges of it: names
/// joined by commas, "and", "or", "&" or a slash.
fn lists(text: &str, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let joined = |gap: &str| matches!(gap, ", " | " and " | ", and " | " or " | ", or " | "/" | " & ");
    let mut out = Vec::new();
    let mut a = 0;
    while a < mentions.len() {
        let mut b = a + 1;
        while b < mentions.len() && mentions[b].start >= mentions[b - 1].end
            && joined(&text[mentions[b - 1].end..mentions[b].start])
        {
            b += 1;
        }
        if b - a >= 3 {
            out.push((a, b));
        }
        a = b;
    }
    out
}

/// Settle document-level consistency: a weak mention takes the category the document gives
/// its string elsewhere; unconfirmed guesses are dropped.
fn settle(text: &str, lex: &Lexicon, mut mentions: Vec<Mention>) -> Vec<Mention> {
    // a guessed two-word name whose first word is the surname of someone the text names in full
    // is that person's thing: "Warhol Polaroids" after "Andy Warhol" -> the person "Warhol"
    let full_surnames: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Person && m.strong)
        .filter_map(|m| {
            let s = &text[m.start..m.end];
            s.contains(' ').then(|| surname(s)).flatten()
        })
        .collect();
    if !full_surnames.is_empty() {
        for m in mentions.iter_mut().filter(|m| m.category == Category::Person && !m.strong && m.tokens.1 == m.tokens.0 + 2) {
            let s = &text[m.start..m.end];
            // (used as a noun's modifier, a lower-case word follows: "Warhol Polaroid exhibits";
            // not "Emad Eldanaf, his father", "Cockney Jr. said")
            let modifier = text[m.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
            if let Some((first, second)) = s.split_once(' ').filter(|_| modifier) {
                if full_surnames.contains(first) && !lex.first_names.contains(second) && !lex.last_names.contains(second)
                    && !second.contains('-') && !matches!(second.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV")
                {
                    m.end = m.start + first.len();
                    m.tokens.1 = m.tokens.0 + 1;
                    m.strong = true;
                }
            }
        }
    }
    // a guessed person whose first word the text makes an organization on its own is that
    // organization's branch, desk or product, no one: "Mozilla Europe", "Mozilla Firefox" once
    // "CEO of Mozilla" (an organization's guess: its branches are the commoner; not "Jordan
    // Henderson": a given name is a person's first word)
    // (the words around a mention are read once, for these and for `cued` below: every mention
    // that either asks about; no step between changes a mention but to an organization)
    let asks = |m: &Mention| m.category != Category::Organization || (!m.strong && m.tokens.1 == m.tokens.0 + 1);
    let mut cue: Vec<bool> = mentions.iter().map(|m| asks(m) && org_cue(text, m.start, m.end, lex)).collect();
    list_cue(text, lex, &mentions, &mut cue);
    let bodies: FxHashSet<&str> = mentions.iter().zip(&cue)
        .filter(|&(m, &cue)| m.tokens.1 == m.tokens.0 + 1 && m.category != Category::Person
            && ((m.category == Category::Organization && m.strong) || cue))
        .map(|(m, _)| strip_possessive(&text[m.start..m.end]))
        .filter(|s| !lex.first_names.contains(s) && !lex.last_names.contains(s) && !lex.place(s, true))
        .collect();
    if !bodies.is_empty() {
        for m in mentions.iter_mut().filter(|m| m.category == Category::Person && !m.strong && m.tokens.1 > m.tokens.0 + 1) {
            if text[m.start..m.end].split_once(' ').is_some_and(|(first, _)| bodies.contains(first)) {
                m.category = Category::Organization;
            }
        }
    }
    let mut known: FxHashMap<String, Category> = FxHashMap::default();
    // every word of every name found ("Polaroid" tells "Polaroids" is its plural), built when first needed
    let mut name_words: Option<FxHashSet<&str>> = None;
    for m in mentions.iter().filter(|m| m.strong || m.category == Category::Person) {
        let s = &text[m.start..m.end];
        if m.strong {
            // a museum the text once puts somewhere is that building in every mention (entities.rs)
            let e = known.entry(s.to_string()).or_insert(m.category);
            if m.category == Category::Place && *e == Category::Organization && institution(s) {
                *e = Category::Place;
            }
        }
        if m.category == Category::Person && s.contains(' ') {
            // a guessed name teaches its surname only when the word is one ("Warhol Polaroids"
            // does not make every "Polaroids" a person)
            let mut plural = |l: &str| l.strip_suffix('s').is_some_and(|stem| {
                name_words.get_or_insert_with(|| mentions.iter().flat_map(|m| text[m.start..m.end].split_whitespace()).collect())
                    .contains(stem)
            });
            if let Some(last) = surname(s).filter(|l| m.strong || lex.last_names.contains(l) || !plural(l)) {
                known.entry(last.to_string()).or_insert(Category::Person);
            }
        }
    }
    // acronyms defined in the text: "International Criminal Court (ICC)"
    let mut acronyms: Vec<(String, Category)> = Vec::new();
    for m in mentions.iter().filter(|m| m.category == Category::Organization || m.category == Category::Place) {
        let after = text[m.end..].trim_start();
        if let Some(rest) = after.strip_prefix('(') {
            let acr: String = rest.chars().take_while(|c| c.is_uppercase() || *c == '.').collect();
            // only a real definition: the letters are the name's initials, in order
            // ("North Atlantic Treaty Organization (NATO)"), not a dateline's "MOSCOW (AP)"
            let ini = initials(&text[m.start..m.end]);
            let letters: String = acr.chars().filter(|c| *c != '.').collect();
            let mut it = ini.chars();
            let in_order = letters.chars().all(|c| it.any(|i| i == c));
            if letters.len() >= 2 && rest[acr.len()..].starts_with(')') && in_order && ini.starts_with(&letters[..1]) {
                acronyms.push((acr, m.category));
            } else if m.category == Category::Organization && ini.chars().count() >= 3 {
                // a short name in mixed case: "Tokyo Electric Power Company (Tepco)", "... of Costa
                // Rica (Ovsicori)": one word whose first letter is one of the name's initials
                let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                if word.chars().count() >= 3 && rest[word.len()..].starts_with(')')
                    && word.chars().next().is_some_and(|c| c.is_uppercase() && ini.contains(c))
                    && word.chars().skip(1).any(char::is_lowercase)
                    && !lex.place(&word, true) && !lex.first_names.contains(word.as_str())
                {
                    acronyms.push((word, Category::Organization));
                }
            }
        }
    }
    for (a, c) in acronyms {
        known.insert(a, c);
    }
    // a company's short form: "Merrill Lynch" once "Merrill Lynch & Co." is named, "Smithsonian"
    // after "the Smithsonian Institution", "Scientology" after "the Church of Scientology" (not a
    // place: "Boston" of "Boston Co.", "Texas" of "University of Texas")
    let short: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Organization && m.strong)
        .flat_map(|m| {
            let name = &text[m.start..m.end];
            // "Church of Scientology" -> "Scientology" (a place or an ordinary word is left out below)
            let tail = name.rsplit_once(" of ").map(|(_, t)| t).filter(|t| !t.contains(' '));
            [short_form(name), tail]
        })
        .flatten()
        .filter(|s| !lex.place(s, true) && (s.contains(' ') || !lex.is_common(s)))
        .collect();
    // the first word of a company named in full, met alone as a guessed person: the company
    // ("Goldman Sachs ... Goldman, for example"), unless the text names a person so ("Charles
    // Merrill" beside "Merrill Lynch": checked below; not a place or an ordinary word: "Boston" of
    // "Boston Scientific", "National" of "National Grid")
    let org_firsts: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Organization && m.strong && m.tokens.1 >= m.tokens.0 + 2)
        // (a museum's or a theatre's: the building's name too, "the Bardo museum")
        .filter(|m| !institution(&text[m.start..m.end]))
        .filter_map(|m| text[m.start..m.end].split_once(' ').map(|(first, _)| first))
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
            && !lex.org_words.contains(w) && !lex.place(w, true) && !lex.is_common(w))
        .collect();
    // the head of an organization named in full: "Church" of "the Church of Scientology",
    // "Commission" of "the International Commission of Inquiry on Libya"
    let heads: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Organization && m.strong)
        .filter_map(|m| org_head(&text[m.start..m.end]))
        .collect();
    // a surname of a person named in full is that person, even where it is also a town
    // ("Evo Morales ... Morales said"), and so is a name given a personal title ("President
    // Obama ... the Obama administration": a town in Japan too); countries keep their category
    let surnames: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Person)
        .filter_map(|m| {
            let s = &text[m.start..m.end];
            if s.contains(' ') { surname(s) } else { (m.strong && m.role.is_some()).then(|| strip_possessive(s)) }
        })
        .collect();
    // the first word of a person named in full, met alone as an unknown word: the same person
    // ("César Gómez ... César said"; "Xi Jinping ... Xi")
    let firsts: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Person
            && (m.strong || surname(&text[m.start..m.end]).is_some_and(|l| lex.last_names.contains(l) && !lex.country(l))))
        .filter_map(|m| {
            let s = &text[m.start..m.end];
            s.contains(' ').then(|| s.split_whitespace().next()).flatten()
        })
        .collect();
    // a name the words around one of its mentions call an organization ("Douban, a Chinese
    // social media platform"; "the NGO Odhikar"), unless it is a country or a person's name
    let cued: FxHashSet<&str> = mentions.iter().zip(&cue)
        .filter(|&(m, &cue)| m.category != Category::Organization && cue)
        .map(|(m, _)| m)
        // "Adriana Bosch, a producer": a first name says person whatever the words around
        .filter(|m| !(m.category == Category::Person && text[m.start..m.end].split_once(' ')
            .is_some_and(|(first, _)| lex.first_names.contains(first))))
        .map(|m| strip_possessive(&text[m.start..m.end]))
        .filter(|s| !lex.country(s) && !lex.people(s) && !surnames.contains(s) && !firsts.contains(s))
        .collect();
    // a weak guess at a person that the text puts after "in" or "near"
    // and never makes speak: a place ("in Agua Bonita", "near Playas del Coco")
    let mut located: FxHashMap<&str, (bool, bool)> = FxHashMap::default();
    for m in mentions.iter().filter(|m| m.category == Category::Person) {
        let s = &text[m.start..m.end];
        let prev = word_before(text, m.start);
        let next = text[m.end..].trim_start_matches([',', ' ']).split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let after = &text[m.end..];
        let owner = s != strip_possessive(s) || after.starts_with("'s") || after.starts_with("\u{2019}s");
        // "in Christian theology": an adjective before a noun, no place
        let modifier = next.starts_with(char::is_lowercase) && !is_function_word(next);
        // "in Baz Luhrmann's film" names the film's place, not the person's
        let place = matches!(prev, "in" | "near") && !s.contains('&') && !modifier && !owner;
        let person = m.strong || is_speech_verb(&next.to_lowercase());
        let e = located.entry(s).or_insert((false, false));
        e.0 |= place;
        e.1 |= person;
    }
    // a one-word name the text makes a person once (it speaks, or is "known as" a person named
    // just before: "Widodo - more commonly known as Jokowi -") is that person where it is only
    // a guess ("'Enbaqom was", "how Jokowi is")
    let mut people: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Person && !text[m.start..m.end].contains(' '))
        .filter(|m| m.strong || text[m.end..].starts_with(", who ") || text[m.end..].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty())
            .is_some_and(|w| is_speech_verb(&w.to_lowercase())))
        .map(|m| strip_possessive(&text[m.start..m.end]))
        .collect();
    for (k, m) in mentions.iter().enumerate() {
        let alias = alias_cue_before(&text[..m.start]);
        let prev_person = k > 0 && {
            let p = &mentions[k - 1];
            let ps = strip_possessive(&text[p.start..p.end]);
            p.category == Category::Person || surnames.contains(ps) || known.get(ps) == Some(&Category::Person)
        };
        if alias && prev_person && m.start - mentions[k - 1].end <= 60 {
            people.insert(strip_possessive(&text[m.start..m.end]));
        }
    }
    // a craft the text names after its kind is that craft wherever it is named: "the shuttle
    // Atlantis ... Atlantis will go on display" (not the place of the legend)
    let crafts: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Misc && m.strong && crate::entities::is_craft(word_before(text, m.start)))
        .map(|m| &text[m.start..m.end])
        .collect();
    for m in mentions.iter_mut() {
        let s = &text[m.start..m.end];
        let own = strip_possessive(s);
        let prev = word_before(text, m.start);
        if m.category != Category::Misc && crafts.contains(own) && !matches!(prev, "in" | "near" | "from" | "to" | "In") {
            m.category = Category::Misc;
            m.strong = true;
            continue;
        }
        if m.category == Category::Person && !m.strong && located.get(s).is_some_and(|&(p, q)| p && !q)
            && !surnames.contains(s) && !firsts.contains(s)
        {
            m.category = Category::Place;
            m.strong = true;
            continue;
        }
        if m.category != Category::Organization && cued.contains(own)
            && !(m.category == Category::Person && m.strong && s.contains(' ') && !cued.contains(s))
        {
            m.category = Category::Organization;
            m.strong = true;
            continue;
        }
        // (not after "the": "the Imam" is a title, not "Imam Ahmed"'s given name)
        let the = matches!(prev, "the" | "The");
        // (not "the Government" or "the Party": news copy writes those of any government or party)
        if m.category == Category::Misc && !m.strong && the && heads.contains(s) && lex.org_words.contains(s)
            && !matches!(s, "Government" | "Party" | "State" | "Administration")
        {
            m.category = Category::Organization;
            m.strong = true;
            continue;
        }
        // (nor after a determiner, an adjective between at most, "a new Bill would require",
        // "this Bill", "the British Bill" name a law, not "Bill Shorten"; not "that": "said that Sun")
        let determined = || {
            let dets = |w: &str| matches!(w, "a" | "an" | "this" | "A" | "An" | "This" | "the" | "The");
            let w2 = word_before(text, text[..m.start].trim_end().len() - prev.len());
            dets(prev) || (dets(w2) && prev.chars().all(char::is_alphabetic) && !lex.titles.contains(prev))
        };
        if m.category == Category::Misc && !m.strong && firsts.contains(own) && !the && !determined() {
            m.category = Category::Person;
            m.strong = true;
            continue;
        }
        if m.category == Category::Person && !m.strong && m.tokens.1 == m.tokens.0 + 1 && org_firsts.contains(own)
            && !surnames.contains(own) && !firsts.contains(own)
        {
            m.category = Category::Organization;
            m.strong = true;
            continue;
        }
        if m.category != Category::Organization && short.contains(own) {
            m.category = Category::Organization;
            m.strong = true;
            continue;
        }
        // ... a capital too ("Valeska Paris ... Paris claims"), unless the words before say place
        let capital_not_place = || {
            lex.city(s).is_some() && !lex.nations.contains(s)
                && !matches!(prev, "in" | "to" | "from" | "at" | "near" | "In")
        };
        if m.category == Category::Place && surnames.contains(s) && (!lex.country(s) || capital_not_place()) {
            m.category = Category::Person;
            m.strong = true;
            continue;
        }
        if let Some(&c) = known.get(s) {
            if !m.strong || (m.category == Category::Organization && c != m.category && (s.len() <= 6 || institution(s))) {
                m.category = c;
                m.strong = true;
                continue;
            }
        }
        if m.category == Category::Misc && !m.strong && people.contains(own) && !lex.place(s, true)
            && !s.starts_with("I'") && !s.starts_with("I\u{2019}")
        {
            m.category = Category::Person;
        }
    }
    // an acronym the text defines in lower-case words is a term, no organization: "reactive
    // oxygen species (ROS)", "exclusive economic zones (EEZs)"
    // a one-word name the text calls a product is no one, wherever it is guessed a person or
    // an organization: "the Firefox web browser", "Firefox is a web browser", "the SeaMonkey
    // internet browser" (a company's or a place's name the text confirms keeps its category: "the Amazon app")
    let products = product_names(text, &mentions);
    if !products.is_empty() {
        // (a product word the text names as a body elsewhere is the maker: "Mozilla VR")
        let bodies: FxHashSet<&str> = mentions.iter()
            .filter(|m| m.strong && m.category == Category::Organization)
            .map(|m| &text[m.start..m.end])
            .collect();
        for m in mentions.iter_mut().filter(|m| m.category == Category::Person || (m.category == Category::Organization && !m.strong)) {
            let s = strip_possessive(&text[m.start..m.end]);
            let one = m.tokens.1 == m.tokens.0 + 1;
            let person = m.category == Category::Person;
            // (a guessed organization of several words is a product's edition where it ends in
            // the product's name, "Mozilla Firefox", or adds technical terms to it, "Firefox OS")
            let edition = !one && !m.strong && !person && {
                let (first, rest) = s.split_once(' ').unwrap_or((s, ""));
                let last = s.rsplit(' ').next().unwrap_or(s);
                let product = |w: &str| products.contains(w) && !bodies.contains(w);
                product(last) || (product(first) && rest.split(' ').all(|w| lex.not_org_acronyms.contains(w)))
            };
            if (one && products.contains(s)) || (person && !one && !m.strong && surname(s).is_some_and(|l| products.contains(l))) || edition {
                m.category = Category::Misc;
                m.strong = false;
            }
        }
    }
    let terms = lower_case_acronyms(text);
    mentions.retain(|m| {
        (m.strong || m.category != Category::Misc)
            && !(m.category == Category::Organization && !m.strong && terms.contains(&text[m.start..m.end]))
    });
    mentions
}

/// A team named by its place and nickname is the nickname alone wherever the text says it: "the
/// Kansas City Royals ... defeating the Royals", "the Detroit Tigers ... Tigers manager Buddy
/// Bell" (an ordinary word too: the capital and the team named in full say which).
fn nicknames(text: &str, tokens: &[Token], lex: &Lexicon, mentions: &mut Vec<Mention>) {
    let nicks: FxHashSet<&str> = mentions.iter()
        .filter(|m| m.category == Category::Organization && m.strong)
        .filter_map(|m| text[m.start..m.end].rsplit_once(' '))
        .filter(|&(place, nick)| {
            nick.len() >= 4 && nick.ends_with('s') && nick.starts_with(|c: char| c.is_ascii_uppercase())
                && nick.chars().skip(1).all(|c| c.is_ascii_lowercase()) && lex.place(place, false)
        })
        .map(|(_, nick)| nick)
        .collect();
    if nicks.is_empty() {
        return;
    }
    let mut named = Disjoint::default();
    for m in mentions.iter_mut() {
        named.insert(m.start, m.end);
        if m.category != Category::Organization && nicks.contains(strip_possessive(&text[m.start..m.end])) {
            m.category = Category::Organization;
            m.strong = true;
        }
    }
    for (k, t) in tokens.iter().enumerate() {
        if nicks.contains(t.text(text)) && !named.overlaps(t.start, t.end) {
            mentions.push(Mention { start: t.start, end: t.end, category: Category::Organization, role: None, strong: true, tokens: (k, k + 1) });
        }
    }
}

/// Written in capitals: letters, none of them lower-case ("ATALANTA", "U.S.").
fn capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// A name in capitals, as a headline writes it ("MILAN'S LENTINI MOVES TO ATALANTA"), is what the
/// text calls it in mixed case ("Serie A club Atalanta"), where every mixed-case mention of it
/// agrees; the capitals alone say nothing, so the rules find only known names there. Not a
/// dateline's place, which is where the story was filed ("MILAN 1996-08-30", "NICE, France").
fn shouted(text: &str, tokens: &[Token], lex: &Lexicon, mentions: &mut Vec<Mention>) {
    // the mixed-case names, in capitals: their category, or none where two mentions disagree
    let mut told: FxHashMap<String, Option<Category>> = FxHashMap::default();
    for m in mentions.iter() {
        let s = strip_possessive(&text[m.start..m.end]);
        if s.chars().count() >= 3 && s.chars().any(char::is_lowercase) && s.split(' ').count() <= 4 {
            // (a person named in full is that person by the surname too: "CLINTON TAKES ON GOP")
            let last = (m.category == Category::Person && s.contains(' ')).then(|| surname(s)).flatten()
                .filter(|l| l.chars().count() >= 3 && l.chars().any(char::is_lowercase));
            for name in std::iter::once(s).chain(last) {
                let e = told.entry(name.to_uppercase()).or_insert(Some(m.category));
                if *e != Some(m.category) {
                    *e = None;
                }
            }
        }
    }
    if told.is_empty() {
        return;
    }
    // (a line in capitals, a headline's: an acronym in a sentence is no shouting, "the CPI rose")
    let mut lines: Vec<(usize, bool)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (upper, lower) = line.chars().fold((0, 0), |(u, l), c| (u + c.is_uppercase() as usize, l + c.is_lowercase() as usize));
        lines.push((at, upper > 3 * lower));
        at += line.len();
    }
    let shouting = |pos: usize| lines[lines.partition_point(|&(s, _)| s <= pos) - 1].1;
    let dateline = |start: usize, end: usize| {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        text[line_start..start].trim().is_empty()
            && text[end..].trim_start_matches([' ', '\t']).starts_with(|c: char| c == ',' || c.is_ascii_digit())
    };
    let said = |s: &str| told.get(strip_possessive(s).trim_end_matches("'S").trim_end_matches("\u{2019}S")).copied().flatten();
    // (nor a word that goes on past a quote mark: "SAN`A")
    let ends = |t: usize| {
        let mut after = text[t..].chars();
        !matches!(after.next(), Some('`' | '\'' | '\u{2019}')) || after.next().map_or(true, |c| !c.is_alphabetic() || c == 'S')
    };
    let mut named = Disjoint::default();
    for m in mentions.iter_mut() {
        let s = &text[m.start..m.end];
        named.insert(m.start, m.end);
        if capitals(s) && shouting(m.start) && ends(m.end) && !dateline(m.start, m.end) {
            if let Some(c) = said(s).filter(|&c| c != m.category) {
                m.category = c;
                m.strong = true;
            }
        }
    }
    // a run of words in capitals, one space apart: its longest piece the text names (four words
    // at most); not a place: the lists find the known ones in capitals too, and a place known
    // only from its mixed-case mentions' context is a weaker guess than capitals can carry
    // ("in Cyberspace", the "World Trade Center" the news sets call a body)
    let caps = |k: usize| tokens[k].kind() == crate::text::TokenKind::Word && capitals(tokens[k].text(text)) && shouting(tokens[k].start);
    let mut k = 0;
    while k < tokens.len() {
        if !caps(k) {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < tokens.len() && e < k + 4 && caps(e) && text[tokens[e - 1].end..tokens[e].start] == *" " {
            e += 1;
        }
        // (a piece of a longer name is not the name: "MARTIN LUTHER KING" is not "King"; the
        // words on either side must be ordinary ones, "CLINTON TAKES ON", or none)
        let plain = |j: usize| lex.is_common(tokens[j].text(text));
        let found = (k + 1..=e).rev().find_map(|e| {
            let (s, t) = (tokens[k].start, tokens[e - 1].end);
            let alone = (k == 0 || !caps(k - 1) || plain(k - 1)) && (e == tokens.len() || !caps(e) || plain(e));
            said(&text[s..t]).filter(|&c| c != Category::Place && alone && ends(t) && !named.overlaps(s, t) && !dateline(s, t)).map(|c| (e, s, t, c))
        });
        match found {
            Some((e, start, end, category)) => {
                named.insert(start, end);
                mentions.push(Mention { start, end, category, role: None, strong: true, tokens: (k, e) });
                k = e;
            }
            None => k += 1,
        }
    }
}

/// Nouns of products and software: "the Firefox web browser", "Thunderbird email client".
const PRODUCT_NOUNS: &[&str] = &[
    "app", "apps", "application", "browser", "client", "console", "device", "engine", "extension", "framework",
    "game", "headset", "laptop", "library", "phone", "platform", "plugin", "plug-in", "smartphone", "software",
    "tablet", "toolkit",
];

/// The one-word names `mentions` give that the text calls products: a product noun after the
/// name, at most two lower-case words between ("the Gecko layout engine", "Firefox web
/// browser"), or after "is a" ("Firefox is a web browser").
fn product_names<'t>(text: &'t str, mentions: &[Mention]) -> FxHashSet<&'t str> {
    let mut out = FxHashSet::default();
    for m in mentions.iter().filter(|m| m.tokens.1 == m.tokens.0 + 1) {
        let name = &text[m.start..m.end];
        if name != strip_possessive(name) {
            continue;
        }
        let mut words = tail_words(&text[m.end..]);
        let mut w = words.next().unwrap_or("");
        if matches!(w, "is" | "was") && words.next().is_some_and(|x| matches!(x, "a" | "an")) {
            w = words.next().unwrap_or("");
        }
        for _ in 0..3 {
            if PRODUCT_NOUNS.contains(&bare(w)) {
                out.insert(name);
                break;
            }
            if w.is_empty() || !w.chars().all(|c| c.is_lowercase() || c == '-') {
                break;
            }
            w = words.next().unwrap_or("");
        }
    }
    // a one-word guess listed with two products is one too: "Firefox, Thunderbird, SeaMonkey"
    if out.len() >= 2 {
        for (a, b) in lists(text, mentions) {
            let list = &mentions[a..b];
            if list.iter().filter(|m| out.contains(&text[m.start..m.end])).count() >= 2 {
                for m in list.iter().filter(|m| !m.strong && m.tokens.1 == m.tokens.0 + 1) {
                    out.insert(&text[m.start..m.end]);
                }
            }
        }
    }
    out
}

/// The first five words after a name, within 80 bytes (a window keeps a text without spaces linear).
fn tail_words(after: &str) -> impl Iterator<Item = &str> {
    let mut end = after.len().min(80);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    after[..end].split_whitespace().take(5)
}

/// The acronyms a text defines by lower-case words before them, in brackets: "reactive oxygen
/// species (ROS)" -> "ROS" (also "EEZs" of "exclusive economic zones (EEZs)").
fn lower_case_acronyms(text: &str) -> FxHashSet<&str> {
    let mut out = FxHashSet::default();
    for (i, _) in text.match_indices('(') {
        let rest = &text[i + 1..];
        // (the bracket closes within 7 bytes: a search to the end of the text per bracket made
        // a run of brackets quadratic)
        let Some(close) = rest.bytes().take(8).position(|b| b == b')').filter(|&c| (2..=7).contains(&c)) else { continue };
        let acr = &rest[..close];
        let letters = acr.strip_suffix('s').unwrap_or(acr);
        if letters.len() < 2 || !letters.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // the words before, last first, "of"/"and"/"the" skipped as acronyms skip them
        let mut want = letters.bytes().rev();
        let mut next = want.next();
        // (the words it stands for are near: seven letters' words, each bounded, so a long run
        // without spaces before many brackets is never read back to its start)
        for w in tail(&text[..i], 400).split_whitespace().rev() {
            let Some(c) = next else { break };
            if matches!(w, "of" | "and" | "the" | "for" | "on" | "in") {
                continue;
            }
            let first = w.bytes().next().unwrap_or(b' ');
            if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || first.to_ascii_uppercase() != c {
                break;
            }
            next = want.next();
        }
        if next.is_none() {
            out.insert(acr);
        }
    }
    out
}

struct Builder<'a> {
    text: &'a str,
    entities: Vec<Entity>,
    /// per entity: gender guess (from a title or the first name), and the key strings it answers to
    gender: Vec<Option<(Gender, GenderBasis)>>,
    by_key: FxHashMap<(Category, String), usize>,
    /// Another name the text gives a mention's name ("Jokowi" -> "Widodo").
    aliases: FxHashMap<(Category, String), String>,
}

impl<'a> Builder<'a> {
    /// Count one more mention of entity `id`, which from now on also answers to `key`.
    fn join(&mut self, id: usize, key: (Category, String)) -> usize {
        self.entities[id].mentions += 1;
        self.by_key.insert(key, id);
        id
    }

    fn link(&mut self, m: &Mention, lex: &Lexicon) -> usize {
        let raw = strip_possessive(&self.text[m.start..m.end]);
        let key_full = (m.category, raw.to_string());
        if let Some(&id) = self.by_key.get(&key_full) {
            self.entities[id].mentions += 1;
            if self.entities[id].role.is_none() {
                self.entities[id].role = m.role.map(|(a, b)| one_space(&self.text[a..b]));
            }
            return id;
        }
        if let Some(name) = self.aliases.get(&key_full) {
            let id = self.by_key.get(&(m.category, name.clone()))
                .or_else(|| self.by_key.get(&(m.category, format!("last:{name}"))));
            if let Some(&id) = id {
                return self.join(id, key_full);
            }
        }
        // a name in capitals is the mixed-case name it spells (entered below)
        if capitals(raw) {
            if let Some(&id) = self.by_key.get(&(m.category, format!("caps:{raw}"))) {
                return self.join(id, key_full);
            }
        }
        let words: Vec<&str> = raw.split_whitespace().collect();
        // a person's surname alone links to the full name seen before (or after: handled by order)
        if m.category == Category::Person && words.len() == 1 {
            // ... or its first word: a given name in a feature story ("César"), a family name
            // written first ("Xi" of "Xi Jinping")
            let id = self.by_key.get(&(Category::Person, format!("last:{raw}")))
                .or_else(|| self.by_key.get(&(Category::Person, format!("first:{raw}"))));
            if let Some(&id) = id {
                return self.join(id, key_full);
            }
        }
        if m.category == Category::Organization && words.len() == 1 {
            // "the Council" after "UN Security Council", "the Church" after "the Church of Scientology"
            if let Some(&id) = self.by_key.get(&(Category::Organization, format!("head:{raw}"))) {
                return self.join(id, key_full);
            }
        }
        if m.category == Category::Organization && words.len() > 1 {
            // "Security Council" after "UN Security Council"
            if let Some(&id) = self.by_key.get(&(Category::Organization, format!("tail:{raw}"))) {
                return self.join(id, key_full);
            }
        }
        if m.category == Category::Organization {
            let ini = if words.len() == 1 { raw.replace('.', "") } else { initials(raw) };
            if ini.len() >= 2 {
                if let Some(&id) = self.by_key.get(&(Category::Organization, format!("acr:{ini}"))) {
                    if words.len() > 1 && self.entities[id].name.split_whitespace().count() == 1 {
                        self.entities[id].name = one_space(raw);
                    }
                    return self.join(id, key_full);
                }
            }
        }
        let id = self.entities.len();
        let first = words.first().copied().unwrap_or("");
        let gender = if m.category == Category::Person {
            let role = m.role.map_or("", |(a, b)| &self.text[a..b]);
            if let Some(g) = title_gender(role) {
                Some((g, GenderBasis::Title))
            } else if words.len() > 1 {
                lex.gender(first).map(|g| (g, GenderBasis::FirstName))
            } else {
                None
            }
        } else {
            None
        };
        self.entities.push(Entity {
            category: m.category,
            name: one_space(raw),
            mentions: 1,
            role: m.role.map(|(a, b)| one_space(&self.text[a..b])),
            quotes: 0,
            gender: None,
        });
        self.gender.push(gender);
        self.by_key.insert(key_full, id);
        if raw.chars().any(char::is_lowercase) {
            self.by_key.entry((m.category, format!("caps:{}", raw.to_uppercase()))).or_insert(id);
            if let Some(last) = (m.category == Category::Person && words.len() > 1).then(|| surname(raw)).flatten() {
                self.by_key.entry((m.category, format!("caps:{}", last.to_uppercase()))).or_insert(id);
            }
        }
        if m.category == Category::Person && words.len() > 1 {
            if let Some(last) = surname(raw) {
                self.by_key.entry((Category::Person, format!("last:{last}"))).or_insert(id);
            }
            self.by_key.entry((Category::Person, format!("first:{first}"))).or_insert(id);
        }
        if m.category == Category::Organization {
            let ini = if words.len() == 1 { raw.replace('.', "") } else { initials(raw) };
            if ini.len() >= 2 {
                self.by_key.entry((Category::Organization, format!("acr:{ini}"))).or_insert(id);
            }
            if let Some(head) = org_head(raw) {
                self.by_key.entry((Category::Organization, format!("head:{head}"))).or_insert(id);
            }
            // its short form names it too: "Shohoz" after "Shohoz Limited"
            if let Some(short) = short_form(raw) {
                self.by_key.entry((Category::Organization, short.to_string())).or_insert(id);
            }
            // the name without the acronym, country or nationality before it: "UN Security
            // Council" answers to "Security Council" (at least two words must remain)
            let first_is_qualifier = words.first().is_some_and(|w| {
                let w = w.trim_end_matches('.');
                (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())) || lex.country(w) || lex.demonyms.contains(w)
            });
            if words.len() >= 3 && first_is_qualifier {
                let tail = raw[raw.find(' ').map_or(0, |i| i + 1)..].to_string();
                self.by_key.entry((Category::Organization, format!("tail:{tail}"))).or_insert(id);
            }
        }
        id
    }
}

/// Build the final [`Scan`] from what the recognizers found.
pub fn resolve(text: &str, tokens: Vec<Token>, lex: &Lexicon, mentions: Vec<Mention>, figures: Vec<Figure>,
               quotes: Vec<QuoteSpan>) -> Scan {
    // The tokens are asked only where each quote's speaker is and for names in capitals; they
    // are the scan's biggest table (12 bytes a token), so they are let go before the linking
    // builds its own.
    let speaker_spans: Vec<Option<(usize, usize)>> = quotes.iter()
        .map(|q| q.speaker.filter(|&(a, b, _)| b > a && b <= tokens.len()).map(|(a, b, _)| (tokens[a].start, tokens[b - 1].end)))
        .collect();
    let sentences = figure_sentences(&tokens, &figures);
    let mut mentions = settle(text, lex, mentions);
    nicknames(text, &tokens, lex, &mut mentions);
    shouted(text, &tokens, lex, &mut mentions);
    drop(tokens);
    // figures (sorted, disjoint) win over names, except plain numbers inside a name
    mentions.retain(|m| {
        let r = overlapping(&figures, m.start, m.end, |f| (f.start, f.end));
        !figures[r].iter().any(|f| f.category != Category::Number)
    });

    // Speakers named by a capitalized run that the name rules missed are people (or organizations).
    let mut named = Disjoint::default();
    for m in &mentions {
        named.insert(m.start, m.end);
    }
    for (q, span) in quotes.iter().zip(&speaker_spans) {
        if let (Some((a, b, SpeakerForm::Name)), Some((s, e))) = (q.speaker, *span) {
            let raw = &text[s..e];
            let words: Vec<&str> = raw.split_whitespace().collect();
            let plausible = words.len() <= 4
                && !lex.demonyms.contains(raw)
                && !(words.len() > 1 && words.iter().any(|w| lex.org_words.contains(w) || lex.titles.contains(w)))
                && !lex.place(raw, false)
                && !matches!(words.first().map(|w| w.to_lowercase()).as_deref(), Some("the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its" | "our" | "my" | "but" | "and" | "so" | "then" | "now" | "when" | "if"));
            if !named.overlaps(s, e) && plausible {
                named.insert(s, e);
                // an acronym that speaks is an organization: "WWF said"
                let category = if words.len() == 1 && is_acronym(raw) { Category::Organization } else { Category::Person };
                mentions.push(Mention { start: s, end: e, category, role: None, strong: true, tokens: (a, b) });
            }
        }
    }
    mentions.sort_by_key(crate::entities::span_order);
    // drop nested or overlapping mentions (keep the first, longest), in place
    let mut kept_end: Option<usize> = None;
    mentions.retain(|m| {
        if kept_end.is_some_and(|end| m.start < end) {
            return false;
        }
        kept_end = Some(m.end);
        true
    });
    let mentions = mentions;
    let figures: Vec<Figure> = figures.into_iter()
        .filter(|f| overlapping(&mentions, f.start, f.end, |m| (m.start, m.end)).is_empty())
        .collect();

    // another name for the mention just before: "Widodo - more commonly known as Jokowi -",
    // "Tokyo Electric Power Company (Tepco)"
    let mut aliases: FxHashMap<(Category, String), String> = FxHashMap::default();
    for w in mentions.windows(2) {
        let (p, m) = (&w[0], &w[1]);
        let between = &text[p.end..m.start];
        let alias = p.category == m.category && (match m.category {
            Category::Person => alias_cue_before(between) && between.len() <= 60,
            Category::Organization => between == " (" && text[m.end..].starts_with(')') && !text[m.start..m.end].contains(' '),
            _ => false,
        });
        if alias {
            aliases.insert((m.category, text[m.start..m.end].to_string()), strip_possessive(&text[p.start..p.end]).to_string());
        }
    }

    // link mentions: full names first, so a surname seen before its full name still links
    let mut b = Builder { text, entities: Vec::new(), gender: Vec::new(), by_key: FxHashMap::default(), aliases };
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    // (the key counts a mention's words: computed once per mention, not at each comparison)
    // (and a name in capitals after the mixed-case ones it may be: "ATALANTA" of a headline is
    // "Atalanta" named below it)
    order.sort_by_cached_key(|&i| {
        let s = &text[mentions[i].start..mentions[i].end];
        (capitals(s), std::cmp::Reverse(s.split_whitespace().count()), i)
    });
    let mut link = vec![0usize; mentions.len()];
    for i in order {
        link[i] = b.link(&mentions[i], lex);
    }

    // quotes and their speakers
    let mut out_quotes = Vec::with_capacity(quotes.len());
    // (sized once: a vector that doubles holds its old and new buffers at once, at the peak)
    let mut annotations = Vec::with_capacity(mentions.len() + figures.len() + quotes.len());
    let mut prev: Option<(Option<usize>, Option<(usize, usize)>, Option<String>)> = None;
    // per entity: the quotes the article attributes to it as "he" and as "she"
    let mut pronouns = vec![[0u32; 2]; b.entities.len()];
    for (q, &speaker_span) in quotes.iter().zip(&speaker_spans) {
        let (mut ent, mut span) = (None, None);
        // an unnamed speaker the text describes: "a resident", "one Democratic source"
        let mut described: Option<String> = None;
        match (q.speaker, speaker_span) {
            (Some((_, _, form)), Some((s, e))) => {
                span = Some((s, e));
                match form {
                    SpeakerForm::Name => {
                        if let Some(k) = overlapping(&mentions, s, e, |m| (m.start, m.end))
                            .find(|&k| matches!(mentions[k].category, Category::Person | Category::Organization))
                        {
                            ent = Some(link[k]);
                            span = Some((mentions[k].start, mentions[k].end));
                        }
                    }
                    SpeakerForm::Pronoun => {
                        let p = text[s..e].to_lowercase();
                        ent = antecedent(&mentions, &link, &b, q.start, &p);
                        if let (Some(id), Some(k)) = (ent, ["he", "she"].iter().position(|x| *x == p)) {
                            pronouns[id][k] += 1;
                        }
                    }
                    SpeakerForm::Nominal => {
                        // (an indefinite one is someone new, shown as the text describes them:
                        // "a resident complained", "one official said"; "the minister" is
                        // someone named before)
                        let first = text[s..e].split(' ').next().unwrap_or("").to_lowercase();
                        // (a subject: not after a preposition, "at a later press gaggle, said",
                        // nor a relative clause's, "an architect who said")
                        let subject = !matches!(word_before(text, s), "at" | "in" | "on" | "from" | "with" | "by" | "for" | "to" | "of" | "about")
                            && !text[s..e].split(' ').any(|w| matches!(w, "who" | "that" | "which" | "whose"));
                        if matches!(first.as_str(), "a" | "an" | "one") && subject {
                            described = Some(text[s..e].split_whitespace().collect::<Vec<_>>().join(" "));
                        } else {
                            let noun = text[s..e].rsplit(' ').next().unwrap_or("").to_lowercase();
                            ent = nominal_antecedent(&mentions, &link, &b, q.start, &noun);
                        }
                    }
                    SpeakerForm::Previous => {}
                }
            }
            (Some((_, _, SpeakerForm::Previous)), None) => {
                if let Some((e, s, d)) = &prev {
                    ent = *e;
                    span = *s;
                    described = d.clone();
                }
            }
            _ => {}
        }
        if span.is_some() {
            prev = Some((ent, span, described.clone()));
        }
        if let Some(id) = ent {
            b.entities[id].quotes += 1;
        }
        let idx = out_quotes.len();
        out_quotes.push(Quote {
            speaker: ent.map(|id| b.entities[id].name.clone()).or(described),
            speaker_entity: ent,
            speaker_span: span,
            role: ent.and_then(|id| b.entities[id].role.clone()),
        });
        annotations.push(Annotation { start: q.start, end: q.end, category: Category::Quote, link: Some(idx), value: None, relative: false, duration: false });
    }

    // a span that straddles a quote's edge is dropped rather than break the nesting
    let straddles = |s: usize, e: usize| {
        quotes[overlapping(&quotes, s, e, |q| (q.start, q.end))].iter()
            .any(|q| (s < q.start && q.start < e) || (s < q.end && q.end < e))
    };
    for (k, m) in mentions.iter().enumerate() {
        if straddles(m.start, m.end) {
            continue;
        }
        annotations.push(Annotation { start: m.start, end: m.end, category: m.category, link: Some(link[k]), value: None, relative: false, duration: false });
    }
    for f in figures {
        if straddles(f.start, f.end) {
            continue;
        }
        annotations.push(Annotation { start: f.start, end: f.end, category: f.category, link: None, value: f.value, relative: f.relative, duration: f.duration });
    }
    annotations.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
    for (id, e) in b.entities.iter_mut().enumerate() {
        e.gender = gender_estimate(pronouns[id], b.gender[id]);
    }
    Scan { annotations, entities: b.entities, quotes: out_quotes, sentences }
}

/// The gender a title or role names, word by word from the last ("Mrs", "Queen", "chairwoman",
/// "Prince"; never "German" or "manager", which only spell like one).
fn title_gender(role: &str) -> Option<Gender> {
    const FEMALE: &[&str] = &["aunt", "baroness", "countess", "dame", "daughter", "duchess", "empress", "girl",
        "grandmother", "lady", "madam", "madame", "miss", "mme", "mother", "mrs", "ms", "nun", "princess", "queen",
        "sister", "widow", "wife", "woman"];
    const MALE: &[&str] = &["baron", "boy", "brother", "duke", "earl", "emperor", "father", "grandfather",
        "husband", "king", "lord", "man", "mr", "prince", "sir", "son", "uncle"];
    // "-man" compounds that name a man (not "human", "German", "Ottoman")
    const MEN: &[&str] = &["alderman", "anchorman", "assemblyman", "businessman", "cameraman", "chairman",
        "clergyman", "congressman", "councilman", "craftsman", "fireman", "fisherman", "foreman", "frontman",
        "gentleman", "newsman", "nobleman", "policeman", "serviceman", "spokesman", "sportsman", "statesman"];
    role.split(|c: char| !c.is_alphabetic()).rev().filter(|w| !w.is_empty()).find_map(|w| {
        let w = w.to_lowercase();
        if FEMALE.contains(&w.as_str()) || (w.ends_with("woman") && w.len() > 5) {
            Some(Gender::Female)
        } else if MALE.contains(&w.as_str()) || MEN.contains(&w.as_str()) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

/// A person's estimated gender: the pronoun the article's attributions use for them most ("he
/// said" twice, "she said" once: male), else their title's, else their first name's.
fn gender_estimate([he, she]: [u32; 2], guess: Option<(Gender, GenderBasis)>) -> Option<GenderEstimate> {
    match he.cmp(&she) {
        std::cmp::Ordering::Greater => Some(GenderEstimate { gender: Gender::Male, basis: GenderBasis::Pronoun }),
        std::cmp::Ordering::Less => Some(GenderEstimate { gender: Gender::Female, basis: GenderBasis::Pronoun }),
        std::cmp::Ordering::Equal => guess.filter(|g| g.0 != Gender::Unknown).map(|(gender, basis)| GenderEstimate { gender, basis }),
    }
}

/// The byte span of each sentence that holds a figure, in order: the figure's token found by a
/// binary search, its sentence's ends by walking the tokens of that sentence once (a sentence
/// already found holds the figures after it), so a text with few figures is not walked whole.
fn figure_sentences(tokens: &[Token], figures: &[Figure]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for f in figures {
        if out.last().is_some_and(|s| f.start < s.1) {
            continue;
        }
        let k = tokens.partition_point(|t| t.end <= f.start);
        let Some(t) = tokens.get(k) else { break };
        let n = t.sentence();
        let a = tokens[..k].iter().rposition(|t| t.sentence() != n).map_or(0, |i| i + 1);
        let b = tokens[k..].iter().position(|t| t.sentence() != n).map_or(tokens.len(), |i| k + i);
        out.push((tokens[a].start, tokens[b - 1].end));
    }
    out
}

/// The most recent person (or organization for "they"/"it") mentioned before `pos`.
fn antecedent(mentions: &[Mention], link: &[usize], b: &Builder, pos: usize, pronoun: &str) -> Option<usize> {
    let want_org = matches!(pronoun, "it" | "they" | "we");
    let k = mentions.partition_point(|m| m.start < pos);
    for i in (0..k).rev() {
        let m = &mentions[i];
        let id = link[i];
        match (m.category, pronoun) {
            (Category::Person, "he") if b.gender[id].map(|g| g.0) != Some(Gender::Female) => return Some(id),
            (Category::Person, "she") if b.gender[id].map(|g| g.0) != Some(Gender::Male) => return Some(id),
            (Category::Person, "i") => return Some(id),
            (Category::Organization, _) if want_org => return Some(id),
            (Category::Person, "they") => return Some(id),
            _ => {}
        }
        if pos - m.start > 3000 {
            break;
        }
    }
    None
}

/// "the minister said": the last person whose role has that noun, else the last person.
fn nominal_antecedent(mentions: &[Mention], link: &[usize], b: &Builder, pos: usize, noun: &str) -> Option<usize> {
    let k = mentions.partition_point(|m| m.start < pos);
    // the antecedent is near: stop 5,000 bytes back, so long texts stay linear
    let people = (0..k).rev().take_while(|&i| pos - mentions[i].start < 5000)
        .filter(|&i| mentions[i].category == Category::Person);
    let mut fallback = None;
    for i in people {
        let id = link[i];
        if b.entities[id].role.as_deref().is_some_and(|r| r.to_lowercase().contains(noun)) {
            return Some(id);
        }
        if fallback.is_none() {
            fallback = Some(id);
        }
    }
    // an organization noun ("the company said") goes to the last organization
    if matches!(noun, "company" | "firm" | "group" | "ministry" | "agency" | "government" | "commission" | "council" | "statement" | "organization") {
        return (0..k).rev().take_while(|&i| pos - mentions[i].start < 5000)
            .find(|&i| mentions[i].category == Category::Organization).map(|i| link[i]);
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_names_a_gender_by_its_words_not_its_letters() {
        assert_eq!(title_gender("Mrs."), Some(Gender::Female));
        assert_eq!(title_gender("committee chairwoman"), Some(Gender::Female));
        assert_eq!(title_gender("Queen"), Some(Gender::Female));
        assert_eq!(title_gender("company spokesman"), Some(Gender::Male));
        assert_eq!(title_gender("Prince"), Some(Gender::Male));
        // spelt like "man", "Ms" or "Mr" without being one
        assert_eq!(title_gender("German Chancellor"), None);
        assert_eq!(title_gender("general manager"), None);
        assert_eq!(title_gender("human rights lawyer"), None);
        assert_eq!(title_gender("MSNBC host"), None);
        assert_eq!(title_gender(""), None);
    }

    #[test]
    fn pronouns_outvote_a_title_and_a_first_name() {
        let first = Some((Gender::Male, GenderBasis::FirstName));
        assert_eq!(gender_estimate([0, 2], first), Some(GenderEstimate { gender: Gender::Female, basis: GenderBasis::Pronoun }));
        assert_eq!(gender_estimate([1, 1], first), Some(GenderEstimate { gender: Gender::Male, basis: GenderBasis::FirstName }));
        assert_eq!(gender_estimate([0, 0], Some((Gender::Unknown, GenderBasis::FirstName))), None);
    }
}
