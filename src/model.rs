//! The public result types: categories, annotations, entities and quotes.
//!
//! All offsets here are **byte offsets** into the scanned text, end exclusive.

use serde::Serialize;

pub use crate::lexicon::Gender;

/// What a highlight is. The lower-case name is the CSS class suffix (`skimlight-person`)
/// and the `data-category` value; [`Category::label`] is the gold-data label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Person,
    Organization,
    Place,
    /// Nationalities, events, laws, works: optional, not highlighted by default.
    Misc,
    Date,
    Number,
    Money,
    Percent,
    Quote,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Person,
        Category::Organization,
        Category::Place,
        Category::Misc,
        Category::Date,
        Category::Number,
        Category::Money,
        Category::Percent,
        Category::Quote,
    ];

    /// The CSS / JavaScript name.
    pub fn name(self) -> &'static str {
        match self {
            Category::Person => "person",
            Category::Organization => "organization",
            Category::Place => "place",
            Category::Misc => "misc",
            Category::Date => "date",
            Category::Number => "number",
            Category::Money => "money",
            Category::Percent => "percent",
            Category::Quote => "quote",
        }
    }

    /// The label used by the gold data and `skimlight jsonl` (quotes have none).
    pub fn label(self) -> &'static str {
        match self {
            Category::Person => "PERSON",
            Category::Organization => "ORG",
            Category::Place => "PLACE",
            Category::Misc => "MISC",
            Category::Date => "DATE",
            Category::Number => "NUMBER",
            Category::Money => "MONEY",
            Category::Percent => "PERCENT",
            Category::Quote => "QUOTE",
        }
    }

    /// Human name for tooltips.
    pub fn title(self) -> &'static str {
        match self {
            Category::Person => "Person",
            Category::Organization => "Organization",
            Category::Place => "Place",
            Category::Misc => "Other name",
            Category::Date => "Date",
            Category::Number => "Number",
            Category::Money => "Money",
            Category::Percent => "Percent",
            Category::Quote => "Quote",
        }
    }

    pub fn index(self) -> u32 {
        self as u32
    }

    pub fn is_entity(self) -> bool {
        matches!(self, Category::Person | Category::Organization | Category::Place | Category::Misc)
    }
}

/// One highlight: a span of text and what it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Annotation {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// For a name: index into [`Scan::entities`]. For a quote: index into [`Scan::quotes`].
    /// For a figure: `None`.
    pub link: Option<usize>,
    /// A figure's normalized value ("2012-03-09", "1200000000 USD", "12.5").
    pub value: Option<String>,
    /// A date relative to the moment of writing or a time of day ("today", "last year",
    /// "3:30 p.m."): see [`crate::figures::Figure::relative`].
    pub relative: bool,
    /// A length of time ("two years"): see [`crate::figures::Figure::duration`].
    pub duration: bool,
}

/// One person, organization or place, linking all its mentions in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub category: Category,
    /// The fullest name seen ("Sergei Lavrov" for "Lavrov", "Lavrov's").
    pub name: String,
    pub mentions: usize,
    /// A role the text gives ("Russian Foreign Minister").
    pub role: Option<String>,
    /// How many quotes this entity is credited with.
    pub quotes: usize,
    /// A person's estimated gender, for a view of whom an article quotes (never a fact about
    /// them: what the article's pronouns, a title or first-name statistics suggest).
    pub gender: Option<GenderEstimate>,
}

/// An estimated gender and what it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct GenderEstimate {
    /// [`Gender::Female`] or [`Gender::Male`] (an estimate is never `Unknown`).
    pub gender: Gender,
    pub basis: GenderBasis,
}

/// What a [`GenderEstimate`] rests on, surest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum GenderBasis {
    /// The pronouns of the quotes the article gives the person ("he said"), most of one kind.
    Pronoun,
    /// A title or role ("Mrs", "Queen", "chairwoman").
    Title,
    /// The first name: 90% or more of the US births given it were boys or girls.
    FirstName,
}

impl Gender {
    /// "female", "male" or "unknown".
    pub fn name(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unknown => "unknown",
        }
    }
}

impl GenderBasis {
    /// "pronoun", "title" or "first name".
    pub fn name(self) -> &'static str {
        match self {
            GenderBasis::Pronoun => "pronoun",
            GenderBasis::Title => "title",
            GenderBasis::FirstName => "first name",
        }
    }
}

/// One direct quote.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The resolved speaker's display name, when known.
    pub speaker: Option<String>,
    /// The entity the speaker resolves to (index into [`Scan::entities`]).
    pub speaker_entity: Option<usize>,
    /// The mention the attribution names ("Lavrov", "he", "the minister"), byte offsets.
    pub speaker_span: Option<(usize, usize)>,
    /// The speaker's role when the text gives one.
    pub role: Option<String>,
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scan {
    /// Sorted by start, then longest first (so a quote precedes the names inside it).
    pub annotations: Vec<Annotation>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// The byte span of each sentence that holds a figure, in order (see [`Scan::sentence_of`]).
    #[serde(skip)]
    pub sentences: Vec<(usize, usize)>,
}

impl Scan {
    /// The sentence a figure at `start..end` stands in, as a byte span (stretched to hold the
    /// whole figure; the figure itself when the scan kept no sentence there).
    pub fn sentence_of(&self, start: usize, end: usize) -> (usize, usize) {
        let k = self.sentences.partition_point(|s| s.1 <= start);
        self.sentences.get(k).filter(|s| s.0 <= start).map_or((start, end), |s| (s.0, s.1.max(end)))
    }

    /// The text a tooltip shows for annotation `i`: "Person · Sergei Lavrov · 4 mentions".
    pub fn describe(&self, i: usize) -> String {
        let Some(a) = self.annotations.get(i) else { return String::new() };
        let mut s = a.category.title().to_string();
        match a.category {
            Category::Quote => {
                if let Some(q) = a.link.and_then(|l| self.quotes.get(l)) {
                    match (&q.speaker, &q.role) {
                        (Some(n), Some(r)) => s += &format!(" \u{b7} {n}, {r}"),
                        (Some(n), None) => s += &format!(" \u{b7} {n}"),
                        _ => s += " \u{b7} speaker unknown",
                    }
                }
            }
            c if c.is_entity() => {
                if let Some(e) = a.link.and_then(|l| self.entities.get(l)) {
                    s += &format!(" \u{b7} {}", e.name);
                    if let Some(r) = &e.role {
                        s += &format!(", {r}");
                    }
                    s += &format!(" \u{b7} {} mention{}", e.mentions, if e.mentions == 1 { "" } else { "s" });
                    if e.quotes > 0 {
                        s += &format!(" \u{b7} {} quote{}", e.quotes, if e.quotes == 1 { "" } else { "s" });
                    }
                }
            }
            _ => {
                // a duration reads as one ("Date · duration · P2Y"); a relative date shows what
                // it resolved to ("Date · 2011", from "last year" in a 2012 article)
                if a.duration {
                    s += " \u{b7} duration";
                }
                if let Some(v) = &a.value {
                    s += &format!(" \u{b7} {v}");
                }
            }
        }
        s
    }
}
