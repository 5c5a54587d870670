//! What an article quotes and counts, for editors and fact-checkers: who is quoted and how
//! much (its sources), every quote, every figure with the sentence it stands in, every name,
//! as Markdown, CSV or JSON (`skimlight report`). The JSON uses `skimlight jsonl`'s field names
//! (`label`, `value`, `speaker`, code-point `start`/`end`). With [`Report::with_gender`], each
//! source gets an estimated gender (the article's pronouns for them, else a title, else
//! first-name statistics; "unknown" otherwise) and the quoted words their share by it.
//!
//! A quote's words are its whitespace-separated pieces holding a letter or a digit, its marks
//! left out; a source's share is its words over all quoted words, unattributed ones included.
//! The browser shim counts the same way for `result.sources`, and its `report()` writes the
//! same Markdown, CSV and JSON byte for byte (tested in tests/report.mjs).

use serde_json::{json, Value};

use crate::text::{one_space, OffsetMap};
use crate::{Category, Gender, GenderEstimate, Scan};

/// One speaker the article quotes (or, with `speaker: None`, the quotes nobody is named for).
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub quotes: usize,
    pub words: usize,
    /// The speaker's estimated gender (a person's only).
    pub gender: Option<GenderEstimate>,
}

/// One quote: its speaker, role and text (white space collapsed), code-point offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow {
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// The speaker's estimated gender (a person's only).
    pub gender: Option<GenderEstimate>,
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
    /// Whether the outputs show the estimated genders (off unless asked for).
    pub gender: bool,
}

/// The words of a quote: pieces with a letter or a digit.
pub fn quoted_words(quote: &str) -> usize {
    quote.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}


impl Report {
    pub fn new(text: &str, scan: &Scan) -> Report {
        let map = OffsetMap::new(text);
        let mut report = Report::default();
        for a in &scan.annotations {
            let piece = &text[a.start..a.end];
            match a.category {
                Category::Quote => {
                    let q = a.link.and_then(|l| scan.quotes.get(l));
                    let role = q.and_then(|q| q.role.clone()).or_else(|| {
                        q.and_then(|q| q.speaker_entity).and_then(|e| scan.entities.get(e)).and_then(|e| e.role.clone())
                    });
                    let gender = q.and_then(|q| q.speaker_entity).and_then(|e| scan.entities.get(e))
                        .filter(|e| e.category == Category::Person).and_then(|e| e.gender);
                    report.quotes.push(QuoteRow {
                        speaker: q.and_then(|q| q.speaker.clone()),
                        role,
                        gender,
                        text: one_space(piece),
                        start: map.chars(a.start),
                        end: map.chars(a.end),
                    });
                }
                c if c.is_entity() => {}
                c => {
                    let (s, e) = scan.sentence_of(a.start, a.end);
                    let sentence = &text[s..e];
                    report.figures.push(FigureRow {
                        text: one_space(piece),
                        category: c,
                        value: a.value.clone(),
                        sentence: one_space(sentence),
                        start: map.chars(a.start),
                        end: map.chars(a.end),
                    });
                }
            }
        }
        // sources: the quotes grouped by speaker
        let mut by: Vec<Source> = Vec::new();
        // (each speaker's place in `by`: a text of many speakers is reported in linear time)
        let mut index: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
        let mut none = Source { speaker: None, role: None, quotes: 0, words: 0, gender: None };
        for q in &report.quotes {
            let words = quoted_words(&q.text);
            let slot = match &q.speaker {
                None => &mut none,
                Some(name) => {
                    let i = *index.entry(name.clone()).or_insert_with(|| {
                        by.push(Source { speaker: Some(name.clone()), role: None, quotes: 0, words: 0, gender: None });
                        by.len() - 1
                    });
                    &mut by[i]
                }
            };
            slot.quotes += 1;
            slot.words += words;
            if slot.role.is_none() {
                slot.role = q.role.clone();
            }
            if slot.gender.is_none() {
                slot.gender = q.gender;
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

    /// The same report, showing the estimated genders.
    pub fn with_gender(mut self) -> Report {
        self.gender = true;
        self
    }

    /// The quoted words' shares (percent, one decimal) by the speakers' estimated gender:
    /// women, men, unknown (unattributed quotes and organizations included).
    pub fn gender_shares(&self) -> [f64; 3] {
        let mut words = [0usize; 3];
        for s in self.sources.iter().chain(&self.unattributed) {
            words[match s.gender.map(|g| g.gender) {
                Some(Gender::Female) => 0,
                Some(Gender::Male) => 1,
                _ => 2,
            }] += s.words;
        }
        words.map(|w| self.percent(w))
    }

    /// All quoted words, attributed or not.
    pub fn quoted_words(&self) -> usize {
        self.sources.iter().chain(&self.unattributed).map(|s| s.words).sum()
    }

    /// A source's share of the quoted words, in percent (one decimal).
    pub fn share(&self, s: &Source) -> f64 {
        self.percent(s.words)
    }

    fn percent(&self, words: usize) -> f64 {
        let total = self.quoted_words();
        if total == 0 { 0.0 } else { (words as f64 * 1000.0 / total as f64).round() / 10.0 }
    }

    /// The report as Markdown: sources, quotes, figures by category, names.
    pub fn markdown(&self, title: &str) -> String {
        let mut md = format!("# {}\n\n## Sources\n\n", cell(title));
        if self.sources.is_empty() && self.unattributed.is_none() {
            md += "No quotes.\n";
        } else {
            md += if self.gender {
                "| speaker | role | gender (estimate) | quotes | words quoted | share |\n|---|---|---|---|---|---|\n"
            } else {
                "| speaker | role | quotes | words quoted | share |\n|---|---|---|---|---|\n"
            };
            for s in self.sources.iter().chain(&self.unattributed) {
                let gender = if self.gender { format!(" {} |", gender_text(s.gender)) } else { String::new() };
                md += &format!("| {} | {} |{gender} {} | {} | {:.1}% |\n", s.speaker.as_deref().map_or("(unattributed)".to_string(), cell),
                    s.role.as_deref().map_or(String::new(), cell), s.quotes, s.words, self.share(s));
            }
            if self.gender {
                let [f, m, u] = self.gender_shares();
                md += &format!("\nQuoted words by estimated gender: women {f:.1}%, men {m:.1}%, unknown {u:.1}%.\n");
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
        let source = |s: &Source| {
            let mut v = json!({
                "speaker": s.speaker, "role": s.role, "quotes": s.quotes, "words": s.words, "share": self.share(s),
            });
            if self.gender {
                v["gender"] = json!(s.gender.map(|g| g.gender.name()));
                v["gender_basis"] = json!(s.gender.map(|g| g.basis.name()));
            }
            v
        };
        let mut v = json!({
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
        });
        if self.gender {
            let [f, m, u] = self.gender_shares();
            v["gender_shares"] = json!({"female": f, "male": m, "unknown": u});
        }
        v
    }

    /// The report as one CSV table (RFC 4180, CRLF): a row per quote, figure and name, its
    /// `kind` first; columns a kind has no use for are empty. Code-point offsets, as in JSON.
    pub fn csv(&self) -> String {
        let mut head = vec!["kind", "text", "label", "value", "sentence", "speaker", "role", "mentions", "start", "end"];
        if self.gender {
            head.extend(["gender", "gender_basis"]);
        }
        let mut out = head.join(",") + "\r\n";
        let mut row = |fields: Vec<String>| {
            out += &fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",");
            out += "\r\n";
        };
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        for q in &self.quotes {
            let mut f = vec!["quote".into(), q.text.clone(), "QUOTE".into(), String::new(), String::new(), opt(&q.speaker),
                opt(&q.role), String::new(), q.start.to_string(), q.end.to_string()];
            if self.gender {
                f.push(q.gender.map_or("unknown", |g| g.gender.name()).into());
                f.push(q.gender.map_or("", |g| g.basis.name()).into());
            }
            row(f);
        }
        for x in &self.figures {
            let mut f = vec!["figure".into(), x.text.clone(), x.category.label().into(), opt(&x.value), x.sentence.clone(),
                String::new(), String::new(), String::new(), x.start.to_string(), x.end.to_string()];
            if self.gender {
                f.extend([String::new(), String::new()]);
            }
            row(f);
        }
        for n in &self.names {
            let mut f = vec!["name".into(), n.name.clone(), n.category.label().into(), String::new(), String::new(),
                String::new(), String::new(), n.mentions.to_string(), String::new(), String::new()];
            if self.gender {
                f.extend([String::new(), String::new()]);
            }
            row(f);
        }
        out
    }
}

/// "female (pronoun)", "male (first name)" or "unknown".
fn gender_text(g: Option<GenderEstimate>) -> String {
    g.map_or("unknown".into(), |g| format!("{} ({})", g.gender.name(), g.basis.name()))
}

/// One CSV field: quoted where it holds a comma, a quote mark or a line break; a field a
/// spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM", "+A1", "-B2", not "-5%")
/// gets a leading apostrophe, so page text stays text.
fn csv_field(s: &str) -> String {
    let mut chars = s.chars();
    let formula = match chars.next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !chars.next().is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '$'),
        _ => false,
    };
    let s = if formula { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Text for a Markdown table cell: one line, pipes escaped.
fn cell(s: &str) -> String {
    inline(s).replace('|', "\\|")
}

/// Text for a Markdown line: one line, the characters that would start markup escaped.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_space(s).chars() {
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
    fn genders_are_estimates_shown_only_when_asked() {
        let text = "\"We will rebuild,\" said Maria Lopez, the mayor. \"It took years,\" she added.\n\
            \"Prices are up,\" said German Chancellor Paul Weber. \"Nobody knows,\" said Jordan Reyes.\n\
            \"It is done,\" Mrs. Kato said. \"We are hiring,\" said the company's chairman, Lee Park.";
        let scan = Scanner::new().scan(text);
        let r = Report::new(text, &scan);
        let g = |name: &str| r.sources.iter().find(|s| s.speaker.as_deref() == Some(name)).and_then(|s| s.gender)
            .map(|g| (g.gender.name(), g.basis.name()));
        assert_eq!(g("Maria Lopez"), Some(("female", "pronoun")));
        // "German" is no "man": the first name decides
        assert_eq!(g("Paul Weber"), Some(("male", "first name")));
        // a first name given to boys and girls alike tells nothing
        assert_eq!(g("Jordan Reyes"), None);
        assert_eq!(g("Kato"), Some(("female", "title")));
        assert!(!r.markdown("t").contains("gender"), "off by default");
        assert!(r.json()["sources"][0].get("gender").is_none());
        let r = r.with_gender();
        let md = r.markdown("t");
        assert!(md.contains("| speaker | role | gender (estimate) | quotes | words quoted | share |"), "{md}");
        assert!(md.contains("| Maria Lopez |  | female (pronoun) | 2 | 6 |"), "{md}");
        assert!(md.contains("| Jordan Reyes |  | unknown | 1 | 2 |"), "{md}");
        let [f, m, u] = r.gender_shares();
        assert!((f + m + u - 100.0).abs() < 0.2 && f > 0.0 && m > 0.0 && u > 0.0, "{f} {m} {u}");
        assert!(md.contains(&format!("Quoted words by estimated gender: women {f:.1}%, men {m:.1}%, unknown {u:.1}%.")), "{md}");
        let j = r.json();
        let maria = j["sources"].as_array().unwrap().iter().find(|s| s["speaker"] == "Maria Lopez").unwrap();
        assert_eq!((maria["gender"].as_str(), maria["gender_basis"].as_str()), (Some("female"), Some("pronoun")));
        assert_eq!(j["gender_shares"]["female"], f);
    }

    #[test]
    fn csv_is_one_table_of_quotes_figures_and_names() {
        let scan = Scanner::new().scan(TEXT);
        let r = Report::new(TEXT, &scan);
        let csv = r.csv();
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(lines[0], "kind,text,label,value,sentence,speaker,role,mentions,start,end");
        assert_eq!(lines.len(), 1 + r.quotes.len() + r.figures.len() + r.names.len());
        assert!(csv.contains("\r\nquote,\"\"\"This must stop,\"\"\",QUOTE,,,Ban Ki-moon,,,"), "{csv}");
        assert!(csv.contains("figure,$1.2 billion,MONEY,1200000000 USD,\"The mission cost $1.2 billion, up 5%, a report said.\",,,,"), "{csv}");
        assert!(csv.contains("\r\nname,NATO,ORG,,,,,1,,\r\n"), "{csv}");
        assert!(r.with_gender().csv().starts_with("kind,text,label,value,sentence,speaker,role,mentions,start,end,gender,gender_basis\r\n"));
    }

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+A1"), "'+A1");
        assert_eq!(csv_field("-5%"), "-5%");
        assert_eq!(csv_field("+1.5"), "+1.5");
    }

    #[test]
    fn an_empty_text_reports_nothing() {
        let r = Report::new("", &Scan::default());
        assert!(r.markdown("empty").contains("No quotes."));
        assert_eq!(r.json()["sources"], json!([]));
    }
}
