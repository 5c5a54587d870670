//! Direct quotes and their attribution.
//!
//! Quote marks are paired per paragraph (a quote that runs over several paragraphs re-opens
//! each one and closes only in the last). An unbalanced mark never pairs across an unrelated
//! paragraph and never swallows the rest of the text. A quoted span is kept as a quote when an
//! attribution names its speaker (`"...," X said`, `X said: "..."`, `according to X`,
//! `— X`, `he added`), or when it is a whole quoted sentence continuing a run of quotes by one
//! speaker. Short quoted phrases without attribution (scare quotes, titles of works) are not
//! quotes: that is the documented rule.

use crate::entities::{self, is_function_word};
use crate::text::{Token, TokenKind};

/// How the speaker is named where the attribution points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerForm {
    /// A capitalized name ("Lavrov", "Foreign Minister Sergei Lavrov").
    Name,
    /// he, she, they, it, we, I.
    Pronoun,
    /// "the minister", "a spokesman".
    Nominal,
    /// No mention in this sentence: the same speaker as the previous quote.
    Previous,
}

/// A quote span (byte offsets, marks included) and where its attribution points.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// The speaker mention as a token range (start, end) and its form.
    pub speaker: Option<(usize, usize, SpeakerForm)>,
    /// Token range of the quote's content (between the marks).
    pub tokens: (usize, usize),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,   // “ ” and „ “
    Straight, // "
    Guillemet, // « »
    Single,   // ‘ ’
    Doubled,  // '' or `` ''
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Open(Family),
    Close(Family),
    Either(Family),
}

fn mark_at(text: &str, tokens: &[Token], i: usize) -> Option<(Mark, usize)> {
    let t = &tokens[i];
    if t.kind() != TokenKind::Punct {
        return None;
    }
    let s = t.text(text);
    let next_glued = tokens.get(i + 1).is_some_and(|n| !n.space_before());
    let prev_glued = !t.space_before() && i > 0;
    // doubled apostrophes / backticks of wire copy
    if (s == "'" || s == "`") && next_glued && tokens.get(i + 1).is_some_and(|n| n.text(text) == s) {
        let opening = s == "`" || !prev_glued;
        return Some((if opening { Mark::Open(Family::Doubled) } else { Mark::Close(Family::Doubled) }, 2));
    }
    let m = match s {
        "\u{201C}" => {
            // “ closes a „ quote (German style) when glued to the previous word
            if prev_glued && !next_glued { Mark::Close(Family::Double) } else { Mark::Open(Family::Double) }
        }
        "\u{201E}" => Mark::Open(Family::Double),
        "\u{201D}" => Mark::Close(Family::Double),
        "\u{00AB}" => Mark::Open(Family::Guillemet),
        "\u{00BB}" => Mark::Close(Family::Guillemet),
        "\u{2018}" => Mark::Open(Family::Single),
        "\u{2019}" => Mark::Close(Family::Single),
        "\"" => {
            if !prev_glued && next_glued {
                Mark::Open(Family::Straight)
            } else if prev_glued && !next_glued {
                Mark::Close(Family::Straight)
            } else {
                Mark::Either(Family::Straight)
            }
        }
        "'" => {
            if !prev_glued && next_glued { Mark::Open(Family::Single) }
            else if prev_glued && !next_glued { Mark::Close(Family::Single) }
            else { return None }
        }
        _ => return None,
    };
    Some((m, 1))
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

fn lower(text: &str, tokens: &[Token], i: usize) -> String {
    tokens.get(i).map(|t| t.text(text).to_lowercase()).unwrap_or_default()
}

fn is_speech_verb(text: &str, tokens: &[Token], i: usize) -> bool {
    entities::is_speech_verb(&lower(text, tokens, i))
}

fn is_cap(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind() == TokenKind::Word && t.text(text).chars().next().is_some_and(|c| c.is_uppercase()))
}

/// Find the quotes of `text`.
pub fn find(text: &str, tokens: &[Token]) -> Vec<QuoteSpan> {
    let pairs = pair_marks(text, tokens);
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut prev_speaker: Option<(usize, usize, SpeakerForm)> = None;
    let mut prev_end_tok = 0usize;
    for (oi, ol, ci, cl) in pairs {
        let (cs, ce) = (oi + ol, ci); // content tokens
        if cs >= ce {
            continue;
        }
        let words = tokens[cs..ce].iter().filter(|t| t.kind() != TokenKind::Punct).count();
        let speaker_before = attribution_before(text, tokens, oi);
        let speaker = attribution_after(text, tokens, ci + cl)
            .or(speaker_before)
            .map(|sp| if sp.2 == SpeakerForm::Previous { prev_speaker.map(|p| (p.0, p.1, p.2)).unwrap_or(sp) } else { sp });
        let last_inner = tokens[ce - 1].text(text);
        let sentence_like = matches!(last_inner, "." | "," | "?" | "!" | "\u{2026}") || tokens[cs..ce].iter().any(|t| t.newline_before());
        let starts_paragraph = tokens[oi].newline_before() || oi == 0;
        let starts_sentence = starts_paragraph || tokens[oi - 1].sentence() != tokens[oi].sentence();
        let attributed = speaker.is_some();
        // a quoted sentence that continues a run of quotes by one speaker: right after an
        // attributed quote in the same paragraph ('"...," she said. "Second, ..."'), or as the
        // next paragraph
        let same_sentence_split = oi > 0 && tokens[oi - 1].text(text) == "," && prev_end_tok > 0
            && tokens[prev_end_tok].sentence() == tokens[oi].sentence();
        // (the cheap bounds first: counting paragraph breaks since the last quote is then at
        // most 60 tokens of work, never a rescan from the start of a long text)
        let continues = !attributed && (starts_sentence || same_sentence_split) && (sentence_like || words >= 4)
            && prev_speaker.is_some() && prev_end_tok > 0 && oi - prev_end_tok < 60
            && tokens[prev_end_tok + 1..=oi].iter().filter(|t| t.newline_before()).count() <= 1;
        // A partial quote woven into reported speech ('says he has "extraordinarily good
        // health"', 'adding that "some of the things..."') is not highlighted as a quote: the
        // documented rule is that a quote is direct speech standing as its own sentence or
        // introduced by a verb of speech (with a comma or colon), not a quoted fragment.
        let before = if oi > 0 { lower(text, tokens, oi - 1) } else { String::new() };
        let introduced = oi == 0 || starts_sentence || matches!(before.as_str(), "," | ":" | "\u{2014}" | "\u{2013}" | "(")
            || is_speech_verb(text, tokens, oi - 1);
        let first_lower = tokens[cs..ce].iter().find(|t| t.kind() == TokenKind::Word)
            .is_some_and(|t| t.text(text).chars().next().is_some_and(|c| c.is_lowercase()));
        let partial = !introduced && (first_lower || !sentence_like);
        // a title of a work: short, every content word capitalized, no sentence inside
        // (two capitalized words at least: "It is sad," is a sentence)
        let content = || tokens[cs..ce].iter().filter(|t| t.kind() == TokenKind::Word);
        let capitalized = |t: &Token| t.text(text).chars().next().is_some_and(|c| c.is_uppercase());
        let title_case = words <= 8 && content().all(|t| capitalized(t) || t.text(text).len() <= 3)
            && content().filter(|t| capitalized(t)).count() >= 2;
        let keep = !partial && !(title_case && words >= 2 && !matches!(last_inner, "." | "?" | "!") && speaker_before.is_none())
            && if attributed { words >= 3 || sentence_like } else { continues || (starts_paragraph && sentence_like && words >= 8) };
        if !keep {
            continue;
        }
        let speaker = if attributed { speaker } else if continues { prev_speaker } else { None };
        if let Some(s) = speaker {
            prev_speaker = Some(s);
        }
        prev_end_tok = ci;
        out.push(QuoteSpan {
            start: tokens[oi].start,
            end: tokens[ci + cl - 1].end,
            speaker,
            tokens: (cs, ce),
        });
    }
    out
}

/// Pair opening and closing marks: (open token, open len, close token, close len).
fn pair_marks(text: &str, tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, Family)> = None;
    let mut i = 0;
    while i < tokens.len() {
        // a new paragraph: an open quote continues only if this paragraph re-opens it
        if tokens[i].newline_before() && i > 0 {
            if let Some((_, _, fam)) = open {
                if let Some((Mark::Open(f) | Mark::Either(f), l)) = mark_at(text, tokens, i) {
                    if f == fam {
                        // skip the re-opening mark; the quote continues
                        i += l;
                        continue;
                    }
                }
                open = None; // unbalanced: dropped, never carried into an unrelated paragraph
            }
        }
        let Some((m, len)) = mark_at(text, tokens, i) else {
            i += 1;
            continue;
        };
        match (open, m) {
            (None, Mark::Open(f)) | (None, Mark::Either(f)) => open = Some((i, len, f)),
            (Some((oi, ol, of)), Mark::Close(f)) | (Some((oi, ol, of)), Mark::Either(f)) if f == of => {
                out.push((oi, ol, i, len));
                open = None;
            }
            (Some((_, _, of)), Mark::Open(f)) if f == of && f != Family::Single => {
                // two openers in a row: the first was unbalanced
                open = Some((i, len, f));
            }
            _ => {} // an inner quote of another family, or a stray closer / apostrophe
        }
        i += len;
    }
    out
}

/// Abbreviations whose dot stays inside a name ("Mrs. Smith", "Sen. Kerry").
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Capt", "Cmdr", "Col", "Det", "Dr", "Ft", "Gen", "Gov", "Hon", "Jr", "Lt", "Maj", "Mr", "Mrs", "Ms",
    "Mt", "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St", "Supt",
];

/// The extent of a speaker noun phrase starting at token `i`: a name, a pronoun or "the minister".
fn speaker_np(text: &str, tokens: &[Token], i: usize, limit: usize) -> Option<(usize, usize, SpeakerForm)> {
    let t = tokens.get(i)?;
    if i >= limit {
        return None;
    }
    let l = lower(text, tokens, i);
    if PRONOUNS.contains(&l.as_str()) {
        return Some((i, i + 1, SpeakerForm::Pronoun));
    }
    // ("Let’s start by parsing that tweet:" has no speaker)
    if is_cap(text, tokens, i) && !is_function_word(&l) && !entities::lets(text, tokens, i) {
        let mut j = i + 1;
        while j < limit && j < tokens.len() && !tokens[j].newline_before()
            // an initial's dot inside the name ("Gerald R. Ford"), not the sentence's ("explains Arinaitwe. The")
            && (is_cap(text, tokens, j) || (tokens[j].text(text) == "." && !tokens[j].space_before() && is_cap(text, tokens, j + 1)
                    && (tokens[j - 1].text(text).chars().count() <= 2 || ABBREVIATIONS.contains(&tokens[j - 1].text(text)))
                    && tokens.get(j + 1).is_some_and(|t| !t.newline_before()))
                || (matches!(lower(text, tokens, j).as_str(), "de" | "van" | "von" | "der" | "al" | "bin") && is_cap(text, tokens, j + 1)))
        {
            j += 1;
        }
        let _ = t;
        return Some((i, j.min(i + 8), SpeakerForm::Name));
    }
    if matches!(l.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one") {
        // up to five words, stopping at a verb of speech or punctuation
        let mut j = i + 1;
        while j < limit && j < tokens.len() && j < i + 6 && tokens[j].kind() == TokenKind::Word && !is_speech_verb(text, tokens, j) {
            j += 1;
        }
        if j > i + 1 {
            return Some((i, j, SpeakerForm::Nominal));
        }
    }
    None
}

/// `"...," X said` / `"...," said X` / `"..." — X` / `"...," according to X` / `"...", he added`.
fn attribution_after(text: &str, tokens: &[Token], mut k: usize) -> Option<(usize, usize, SpeakerForm)> {
    let n = tokens.len();
    if k >= n || tokens[k].newline_before() {
        return None;
    }
    // paragraph end bounds the search
    let mut limit = k;
    while limit < n && (limit == k || !tokens[limit].newline_before()) && limit < k + 30 {
        limit += 1;
    }
    while k < limit && matches!(tokens[k].text(text), "," | "\u{2014}" | "\u{2013}" | "\u{2015}" | "-" | "(") {
        let dash = tokens[k].text(text) != "," && tokens[k].text(text) != "(";
        k += 1;
        if dash {
            if let Some(np) = speaker_np(text, tokens, k, limit) {
                if np.2 == SpeakerForm::Name {
                    return Some(np);
                }
            }
        }
    }
    // "said X" / "said the minister"
    let mut v = k;
    if v < limit && matches!(lower(text, tokens, v).as_str(), "also" | "later" | "then" | "once") {
        v += 1;
    }
    if is_speech_verb(text, tokens, v) {
        let mut s = v + 1;
        // "told reporters": the speaker was before; "said on Monday"
        if let Some(np) = speaker_np(text, tokens, s, limit) {
            return Some(np);
        }
        while s < limit && tokens[s].kind() == TokenKind::Word && !is_cap(text, tokens, s) && s < v + 4 {
            s += 1;
        }
        return speaker_np(text, tokens, s, limit).filter(|np| np.2 == SpeakerForm::Name);
    }
    if lower(text, tokens, k) == "according" && lower(text, tokens, k + 1) == "to" {
        return speaker_np(text, tokens, k + 2, limit);
    }
    // "X said", "the minister said", "he added", "X, the minister, said", "X also told"
    let Some(np) = speaker_np(text, tokens, k, limit) else {
        return first_verb_subject(text, tokens, k, limit);
    };
    let mut j = skip_parenthetical(text, tokens, np.1, limit);
    if j < limit && tokens[j].text(text) == "," {
        // an apposition: "Kirsch, the commission's head, said"
        let mut m = j + 1;
        while m < limit && m < j + 10 && tokens[m].text(text) != "," {
            m += 1;
        }
        if m < limit && tokens[m].text(text) == "," {
            j = m + 1;
        }
    }
    while j < limit && matches!(lower(text, tokens, j).as_str(), "also" | "later" | "then" | "has" | "had" | "have" | "once" | "would" | "will" | "further") {
        j += 1;
    }
    if is_speech_verb(text, tokens, j) {
        return Some(np);
    }
    first_verb_subject(text, tokens, k, limit)
}

/// Skip a short parenthetical after a name: "Rep. John Mica (R-Fla.) said".
fn skip_parenthetical(text: &str, tokens: &[Token], j: usize, limit: usize) -> usize {
    if j < limit && tokens[j].text(text) == "(" {
        if let Some(k) = (j + 1..limit.min(j + 10)).find(|&k| tokens[k].text(text) == ")") {
            return k + 1;
        }
    }
    j
}

/// The subject of the first speech verb after a quote, within its sentence and before any
/// other quote mark: '"...," IMF chief economist Maury Obstfeld said.'
fn first_verb_subject(text: &str, tokens: &[Token], k: usize, limit: usize) -> Option<(usize, usize, SpeakerForm)> {
    let sentence = tokens.get(k)?.sentence();
    let mut v = k;
    while v < limit && v < k + 12 && tokens[v].sentence() == sentence {
        if mark_at(text, tokens, v).is_some() {
            return None;
        }
        if is_speech_verb(text, tokens, v) {
            return find_subject(text, tokens, v).filter(|sp| sp.2 != SpeakerForm::Previous && sp.0 >= k);
        }
        v += 1;
    }
    None
}

/// `X said: "..."` / `X said "` / `, adding "..."` / `X told reporters: "`.
fn attribution_before(text: &str, tokens: &[Token], open: usize) -> Option<(usize, usize, SpeakerForm)> {
    if open == 0 {
        return None;
    }
    // a quote opening its paragraph may be introduced by the previous one: 'He said:',
    // 'Sanders made the following comment:'
    if tokens[open].newline_before() {
        let colon = tokens[open - 1].text(text) == ":";
        if !colon {
            return None;
        }
        let found = attribution_before_verb(text, tokens, open);
        return found.or_else(|| clause_subject(text, tokens, open - 1).filter(|sp| sp.2 != SpeakerForm::Previous));
    }
    attribution_before_verb(text, tokens, open)
}

fn attribution_before_verb(text: &str, tokens: &[Token], open: usize) -> Option<(usize, usize, SpeakerForm)> {
    let mut k = open;
    while k > 0 && matches!(tokens[k - 1].text(text), "," | ":" | "\u{2014}") {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    let sentence = tokens[open].sentence();
    // the verb may be followed by an object: "told reporters", "said in a statement"
    let mut v = k - 1;
    let mut hops = 0;
    while !is_speech_verb(text, tokens, v) && !matches!(lower(text, tokens, v).as_str(), "adding" | "saying" | "writing" | "telling")
        && hops < 5 && v > 0 && tokens[v].sentence() == sentence && tokens[v].kind() == TokenKind::Word
    {
        v -= 1;
        hops += 1;
    }
    let verb = lower(text, tokens, v);
    if matches!(verb.as_str(), "adding" | "saying" | "writing" | "telling" | "asking" | "declaring" | "insisting") {
        // a participle has no subject of its own: the speaker is the clause's subject
        return clause_subject(text, tokens, v).or(Some((0, 0, SpeakerForm::Previous)));
    }
    if !is_speech_verb(text, tokens, v) {
        return None;
    }
    find_subject(text, tokens, v)
}

/// The subject at the start of the sentence holding token `v`: a pronoun or a name
/// ("He then defended the remark, saying ..."), or the subject of an earlier speech verb.
fn clause_subject(text: &str, tokens: &[Token], v: usize) -> Option<(usize, usize, SpeakerForm)> {
    let sentence = tokens[v].sentence();
    let mut s = v;
    while s > 0 && tokens[s - 1].sentence() == sentence && v - s < 40 {
        s -= 1;
    }
    // an earlier speech verb in the sentence: "he said, adding"
    for k in (s..v).rev() {
        if is_speech_verb(text, tokens, k) {
            if let Some(sp) = find_subject(text, tokens, k) {
                return Some(sp);
            }
        }
    }
    // the first pronoun or name, past a leading phrase such as "On July 6,"
    (s..v.min(s + 10)).find_map(|i| speaker_np(text, tokens, i, v).filter(|np| np.2 != SpeakerForm::Nominal))
}

/// The subject of the speech verb at `v`, searching back within its sentence.
fn find_subject(text: &str, tokens: &[Token], v: usize) -> Option<(usize, usize, SpeakerForm)> {
    let sentence = tokens[v].sentence();
    let mut e = v;
    while e > 0 && (matches!(lower(text, tokens, e - 1).as_str(), "also" | "later" | "then" | "has" | "had" | "have" | "once" | "," | "further" | "is" | "was" | "will" | "would")
        || (lower(text, tokens, e - 1).ends_with("ly") && !is_cap(text, tokens, e - 1)))
    {
        e -= 1;
    }
    if e > 0 && tokens[e - 1].text(text) == ")" {
        if let Some(k) = (e.saturating_sub(10)..e - 1).rev().find(|&k| tokens[k].text(text) == "(") {
            e = k;
        }
    }
    if e == 0 || tokens[e - 1].sentence() != sentence {
        return None;
    }
    // skip a closing quote of an earlier quote in the same sentence: "...," he said, adding "..."
    let last = e - 1;
    let l = lower(text, tokens, last);
    // "he said, adding": the subject of the first verb
    if is_speech_verb(text, tokens, last) && last < v {
        return find_subject(text, tokens, last);
    }
    if PRONOUNS.contains(&l.as_str()) {
        return Some((last, last + 1, SpeakerForm::Pronoun));
    }
    if is_cap(text, tokens, last) {
        let mut s = last;
        while s > 0 && last - s < 8 && tokens[s - 1].sentence() == sentence && (is_cap(text, tokens, s - 1)
            || (tokens[s - 1].text(text) == "." && is_cap(text, tokens, s.saturating_sub(2))))
        {
            s -= 1;
        }
        return Some((s, last + 1, SpeakerForm::Name));
    }
    if tokens[last].kind() == TokenKind::Word {
        let mut s = last;
        while s > 0 && tokens[s - 1].sentence() == sentence && tokens[s - 1].kind() == TokenKind::Word && last - s < 4
            && !matches!(lower(text, tokens, s - 1).as_str(), "and" | "or" | "of" | "to" | "in" | "on" | "at" | "with" | "from" | "for" | "that" | "who")
        {
            s -= 1;
            if matches!(lower(text, tokens, s).as_str(), "the" | "a" | "an" | "his" | "her" | "their") {
                return Some((s, last + 1, SpeakerForm::Nominal));
            }
        }
    }
    // "...," he said, adding: the speaker of the clause before the earlier quote
    if matches!(tokens[last].text(text), "\"" | "\u{201D}") {
        return Some((0, 0, SpeakerForm::Previous));
    }
    None
}

/// Convert a token-range speaker into a byte range.
pub fn speaker_bytes(tokens: &[Token], sp: (usize, usize, SpeakerForm)) -> Option<(usize, usize, SpeakerForm)> {
    if sp.0 >= sp.1 || sp.1 > tokens.len() {
        return None;
    }
    Some((tokens[sp.0].start, tokens[sp.1 - 1].end, sp.2))
}
