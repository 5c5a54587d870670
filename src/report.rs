//! What an article quotes and counts, for editors and fact-checkers: who is quoted and how
//! much (its sources), every quote, every figure with the sentence it stands in, every name,
//! as Markdown or JSON (`skimlight report`). The JSON uses `skimlight jsonl`'s field names
//! (`label`, `value`, `speaker`, code-point `start`/`end`).
//!
//! A quote's words are its whitespace-separated pieces holding a letter or a digit, its marks
//! left out; a source's share is its words over all quoted words, unattributed ones included.
//! The browser shim counts the same way for `result.sources`.

use serde_json::{json, Value};

use crate::text::{self, OffsetMap};
use crate::{Category, Scan};

/// One speaker the article quotes (or, with `speaker: None`, the quotes nobody is named for).
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub quotes: usize,
    pub words: usize,
}

/// One quote: its speaker, role and text (white space collapsed), code-point offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// One figure, with its normalized value and the sentence it stands in.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub text: String,
    pub category: Category,
    pub value: Option<String>,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
}

/// One person, organization, place or other name, with how often the article names it.
#[derive(Clone, Debug, PartialEq)]
pub struct NameRow {
    pub name: String,
    pub category: Category,
    pub mentions: usize,
}

/// The report of one scanned text.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Report {
    /// Named speakers, most words quoted first; the unattributed quotes are in `unattributed`.
    pub sources: Vec<Source>,
    pub unattributed: Option<Source>,
    pub quotes: Vec<QuoteRow>,
    pub figures: Vec<FigureRow>,
    pub names: Vec<NameRow>,
}

/// The words of a quote: pieces with a letter or a digit.
pub fn quoted_words(quote: &str) -> usize {
    quote.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Report {
    pub fn new(text: &str, scan: &Scan) -> Report {
        let map = OffsetMap::new(text);
        let sentences = sentence_spans(text);
        let mut report = Report::default();
        for a in &scan.annotations {
            let piece = &text[a.start..a.end];
            match a.category {
                Category::Quote => {
                    let q = a.link.and_then(|l| scan.quotes.get(l));
                    let role = q.and_then(|q| q.role.clone()).or_else(|| {
                        q.and_then(|q| q.speaker_entity).and_then(|e| scan.entities.get(e)).and_then(|e| e.role.clone())
                    });
                    report.quotes.push(QuoteRow {
                        speaker: q.and_then(|q| q.speaker.clone()),
                        role,
                        text: collapse(piece),
                        start: map.chars(a.start),
                        end: map.chars(a.end),
                    });
                }
                c if c.is_entity() => {}
                c => {
                    let k = sentences.partition_point(|s| s.1 <= a.start);
                    let sentence = sentences.get(k).filter(|s| s.0 <= a.start).map_or(piece, |s| &text[s.0..s.1.max(a.end)]);
                    report.figures.push(FigureRow {
                        text: collapse(piece),
                        category: c,
                        value: a.value.clone(),
                        sentence: collapse(sentence),
                        start: map.chars(a.start),
                        end: map.chars(a.end),
                    });
                }
            }
        }
        // sources: the quotes grouped by speaker
        let mut by: Vec<Source> = Vec::new();
        let mut none = Source { speaker: None, role: None, quotes: 0, words: 0 };
        for q in &report.quotes {
            let words = quoted_words(&q.text);
            let slot = match &q.speaker {
                None => &mut none,
                Some(name) => match by.iter().position(|s| s.speaker.as_deref() == Some(name)) {
                    Some(i) => &mut by[i],
                    None => {
                        by.push(Source { speaker: Some(name.clone()), role: None, quotes: 0, words: 0 });
                        by.last_mut().expect("just pushed")
                    }
                },
            };
            slot.quotes += 1;
            slot.words += words;
            if slot.role.is_none() {
                slot.role = q.role.clone();
            }
        }
        by.sort_by(|a, b| b.words.cmp(&a.words).then(b.quotes.cmp(&a.quotes)).then(a.speaker.cmp(&b.speaker)));
        report.sources = by;
        report.unattributed = (none.quotes > 0).then_some(none);
        report.names = scan.entities.iter()
            .map(|e| NameRow { name: e.name.clone(), category: e.category, mentions: e.mentions })
            .collect();
        report.names.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.name.cmp(&b.name)));
        report
    }

    /// All quoted words, attributed or not.
    pub fn quoted_words(&self) -> usize {
        self.sources.iter().chain(&self.unattributed).map(|s| s.words).sum()
    }

    /// A source's share of the quoted words, in percent (one decimal).
    pub fn share(&self, s: &Source) -> f64 {
        let total = self.quoted_words();
        if total == 0 { 0.0 } else { (s.words as f64 * 1000.0 / total as f64).round() / 10.0 }
    }

    /// The report as Markdown: sources, quotes, figures by category, names.
    pub fn markdown(&self, title: &str) -> String {
        let mut md = format!("# {}\n\n## Sources\n\n", cell(title));
        if self.sources.is_empty() && self.unattributed.is_none() {
            md += "No quotes.\n";
        } else {
            md += "| speaker | role | quotes | words quoted | share |\n|---|---|---|---|---|\n";
            for s in self.sources.iter().chain(&self.unattributed) {
                md += &format!("| {} | {} | {} | {} | {:.1}% |\n", s.speaker.as_deref().map_or("(unattributed)".to_string(), cell),
                    s.role.as_deref().map_or(String::new(), cell), s.quotes, s.words, self.share(s));
            }
        }
        md += "\n## Quotes\n\n";
        if self.quotes.is_empty() {
            md += "No quotes.\n";
        }
        for q in &self.quotes {
            let who = match (&q.speaker, &q.role) {
                (Some(n), Some(r)) => format!("**{}** ({})", inline(n), inline(r)),
                (Some(n), None) => format!("**{}**", inline(n)),
                _ => "*(unattributed)*".to_string(),
            };
            md += &format!("- {who}: {}\n", inline(&q.text));
        }
        md += "\n## Figures\n";
        if self.figures.is_empty() {
            md += "\nNo figures.\n";
        }
        for c in [Category::Money, Category::Percent, Category::Number, Category::Date] {
            let rows: Vec<&FigureRow> = self.figures.iter().filter(|f| f.category == c).collect();
            if rows.is_empty() {
                continue;
            }
            md += &format!("\n### {}\n\n| figure | value | sentence |\n|---|---|---|\n", c.title());
            for f in rows {
                md += &format!("| {} | {} | {} |\n", cell(&f.text), f.value.as_deref().map_or(String::new(), cell), cell(&f.sentence));
            }
        }
        md += "\n## Names\n\n";
        if self.names.is_empty() {
            md += "No names.\n";
        } else {
            md += "| name | category | mentions |\n|---|---|---|\n";
            for n in &self.names {
                md += &format!("| {} | {} | {} |\n", cell(&n.name), n.category.title(), n.mentions);
            }
        }
        md
    }

    /// The report as JSON, with `skimlight jsonl`'s field names.
    pub fn json(&self) -> Value {
        let source = |s: &Source| json!({
            "speaker": s.speaker, "role": s.role, "quotes": s.quotes, "words": s.words, "share": self.share(s),
        });
        json!({
            "sources": self.sources.iter().map(source).collect::<Vec<_>>(),
            "unattributed": self.unattributed.as_ref().map(source),
            "quotes": self.quotes.iter().map(|q| json!({
                "speaker": q.speaker, "role": q.role, "text": q.text, "start": q.start, "end": q.end,
            })).collect::<Vec<_>>(),
            "figures": self.figures.iter().map(|f| json!({
                "text": f.text, "label": f.category.label(), "value": f.value, "sentence": f.sentence,
                "start": f.start, "end": f.end,
            })).collect::<Vec<_>>(),
            "names": self.names.iter().map(|n| json!({
                "name": n.name, "label": n.category.label(), "mentions": n.mentions,
            })).collect::<Vec<_>>(),
        })
    }
}

/// Each sentence's byte span, in order (from the tokenizer's sentence numbers).
fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut last = u32::MAX;
    for t in text::tokenize(text) {
        if t.sentence() == last {
            if let Some(s) = out.last_mut() {
                s.1 = t.end;
            }
        } else {
            out.push((t.start, t.end));
            last = t.sentence();
        }
    }
    out
}

/// Text for a Markdown table cell: one line, pipes escaped.
fn cell(s: &str) -> String {
    inline(s).replace('|', "\\|")
}

/// Text for a Markdown line: one line, the characters that would start markup escaped.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in collapse(s).chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Scanner;

    const TEXT: &str = "\"Nothing about this was ever explained to the families who waited.\"\n\
        \"We know that NATO has conducted an inquiry,\" Russian Foreign Minister Sergei Lavrov said on Monday. \
        \"It is sad,\" he added. \"This must stop,\" said Ban Ki-moon. The mission cost $1.2 billion, up 5%, a report said.\n\
        \"Nobody told us anything at all about it,\" one resident complained.";

    #[test]
    fn sources_count_quotes_and_words_by_speaker() {
        let scan = Scanner::new().scan(TEXT);
        let r = Report::new(TEXT, &scan);
        assert_eq!(r.sources[0].speaker.as_deref(), Some("Sergei Lavrov"));
        assert_eq!((r.sources[0].quotes, r.sources[0].words), (2, 11));
        assert_eq!(r.sources[0].role.as_deref(), Some("Russian Foreign Minister"));
        // an unnamed speaker the text describes is a source of its own
        assert_eq!(r.sources[1].speaker.as_deref(), Some("one resident"));
        assert_eq!((r.sources[1].quotes, r.sources[1].words), (1, 8));
        assert_eq!(r.sources[2].speaker.as_deref(), Some("Ban Ki-moon"));
        assert_eq!((r.sources[2].quotes, r.sources[2].words), (1, 3));
        let none = r.unattributed.as_ref().expect("an unattributed quote");
        assert_eq!((none.quotes, none.words), (1, 11));
        assert_eq!(r.quoted_words(), 33);
        assert_eq!(r.share(&r.sources[0]), 33.3);
        let money = r.figures.iter().find(|f| f.category == Category::Money).expect("money");
        assert_eq!(money.value.as_deref(), Some("1200000000 USD"));
        assert_eq!(money.sentence, "The mission cost $1.2 billion, up 5%, a report said.");
        assert!(r.names.iter().any(|n| n.name == "NATO" && n.category == Category::Organization));
    }

    #[test]
    fn markdown_and_json_hold_the_same_rows() {
        let scan = Scanner::new().scan(TEXT);
        let r = Report::new(TEXT, &scan);
        let md = r.markdown("A | title");
        assert!(md.starts_with("# A \\| title\n"));
        assert!(md.contains("| Sergei Lavrov | Russian Foreign Minister | 2 | 11 | 33.3% |"), "{md}");
        assert!(md.contains("| (unattributed) |  | 1 | 11 | 33.3% |"), "{md}");
        assert!(md.contains("- *(unattributed)*: \"Nothing about this"), "{md}");
        assert!(md.contains("- **Ban Ki-moon**: \"This must stop,\""), "{md}");
        assert!(md.contains("| $1.2 billion | 1200000000 USD | The mission cost $1.2 billion, up 5%, a report said. |"), "{md}");
        let j = r.json();
        assert_eq!(j["sources"][0]["speaker"], "Sergei Lavrov");
        assert_eq!(j["sources"][0]["share"], 33.3);
        assert_eq!(j["unattributed"]["words"], 11);
        assert_eq!(j["figures"].as_array().unwrap().iter().filter(|f| f["label"] == "MONEY").count(), 1);
        assert_eq!(j["quotes"].as_array().unwrap().len(), r.quotes.len());
        let q = &j["quotes"][0];
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(TEXT.chars().skip(s).take(e - s).collect::<String>(), q["text"].as_str().unwrap());
    }

    #[test]
    fn markup_in_page_text_is_escaped() {
        let text = "\"<b>Hi</b> | [x](javascript:y) **bold**,\" said John Smith.";
        let scan = Scanner::new().scan(text);
        let md = Report::new(text, &scan).markdown("t");
        assert!(md.contains("\\<b\\>Hi\\</b\\>"), "{md}");
        assert!(md.contains("\\[x\\](javascript:y) \\*\\*bold\\*\\*"), "{md}");
        assert!(!md.contains("<b>"));
    }

    #[test]
    fn an_empty_text_reports_nothing() {
        let r = Report::new("", &Scan::default());
        assert!(r.markdown("empty").contains("No quotes."));
        assert_eq!(r.json()["sources"], json!([]));
    }
}
