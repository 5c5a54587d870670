//! Scoring against gold JSON lines, as `../shared/tools/score.py` does: per-label
//! precision/recall/F1 (exact, boundary-normalized, overlap), quote span F1 and speaker accuracy.
//!
//! **Offsets here are Unicode code points**, as in the gold files. The normalisation rules are
//! the reference scorer's, so the two agree figure for figure.

use serde_json::Value;

pub const LABELS: [&str; 8] = ["PERSON", "ORG", "PLACE", "MISC", "DATE", "NUMBER", "MONEY", "PERCENT"];

const QUOTE_CHARS: &str = "\"'`\u{201c}\u{201d}\u{201e}\u{201f}\u{2018}\u{2019}\u{201a}\u{201b}\u{ab}\u{bb}\u{2039}\u{203a}\u{300c}\u{300d}\u{300e}\u{300f}";
const EDGE_PUNCT: &str = ",.;:!?\u{2026}-\u{2013}\u{2014}";
const NORM_EDGE: &str = ",;:()[]{}";
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "messrs", "mme", "mlle"];
const DATE_PREPS: &[&str] = &["on", "in", "at", "since", "by", "until", "till", "from", "during", "before", "after",
    "through", "throughout", "for", "of"];

fn is_norm_edge(c: char) -> bool {
    c.is_whitespace() || NORM_EDGE.contains(c) || QUOTE_CHARS.contains(c)
}

/// Python's `str.isalnum` is close to Rust's `char::is_alphanumeric`.
fn first_word(t: &[char], s: usize, e: usize) -> (String, usize) {
    let mut j = s;
    while j < e && (t[j].is_alphanumeric() || t[j] == '-') {
        j += 1;
    }
    (t[s..j].iter().collect(), j)
}

/// The reference scorer's boundary normalisation (leading "the", possessives, titles, date prepositions).
pub fn norm_span(t: &[char], mut s: usize, mut e: usize, label: &str) -> (usize, usize) {
    let mut changed = true;
    while changed && s < e {
        changed = false;
        while s < e && is_norm_edge(t[s]) {
            s += 1;
            changed = true;
        }
        while e > s && is_norm_edge(t[e - 1]) {
            e -= 1;
            changed = true;
        }
        for poss in [['\'', 's'], ['\u{2019}', 's']] {
            if e - s > 2 && t[e - 2] == poss[0] && t[e - 1].to_lowercase().eq(['s']) {
                e -= 2;
                changed = true;
            }
        }
        if e - s > 2 && (t[e - 1] == '\'' || t[e - 1] == '\u{2019}') && (t[e - 2] == 's' || t[e - 2] == 'S') {
            e -= 1;
            changed = true;
        }
        let (w, j) = first_word(t, s, e);
        let lw = w.to_lowercase();
        let drop = lw == "the" || (label == "PERSON" && HONORIFICS.contains(&lw.as_str()))
            || (label == "DATE" && DATE_PREPS.contains(&lw.as_str()));
        if drop && j < e {
            let mut k = j;
            if label == "PERSON" && k < e && t[k] == '.' {
                k += 1;
            }
            if k < e && t[k].is_whitespace() {
                while k < e && t[k].is_whitespace() {
                    k += 1;
                }
                s = k;
                changed = true;
            }
        }
    }
    (s, e)
}

pub fn trim_quote(t: &[char], s: usize, e: usize) -> (usize, usize) {
    let mut s = s.min(t.len());
    let mut e = e.min(t.len()).max(s);
    let edge = |c: char| c.is_whitespace() || QUOTE_CHARS.contains(c) || EDGE_PUNCT.contains(c);
    while s < e && edge(t[s]) {
        s += 1;
    }
    while e > s && edge(t[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// Maximum one-to-one matching between overlapping spans (augmenting paths).
pub fn max_overlap_matching(golds: &[(usize, usize)], preds: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let adj: Vec<Vec<usize>> = golds.iter().map(|&(gs, ge)| {
        let mut c: Vec<usize> = (0..preds.len()).filter(|&p| preds[p].0 < ge && preds[p].1 > gs).collect();
        c.sort_by_key(|&p| (std::cmp::Reverse(ge.min(preds[p].1) as i64 - gs.max(preds[p].0) as i64), preds[p].0));
        c
    }).collect();
    let mut match_p: Vec<Option<usize>> = vec![None; preds.len()];
    fn try_assign(g: usize, adj: &[Vec<usize>], seen: &mut [bool], match_p: &mut [Option<usize>]) -> bool {
        for &p in &adj[g] {
            if seen[p] {
                continue;
            }
            seen[p] = true;
            if match_p[p].is_none() || try_assign(match_p[p].unwrap_or(0), adj, seen, match_p) {
                match_p[p] = Some(g);
                return true;
            }
        }
        false
    }
    for g in 0..golds.len() {
        if !adj[g].is_empty() {
            let mut seen = vec![false; preds.len()];
            try_assign(g, &adj, &mut seen, &mut match_p);
        }
    }
    match_p.iter().enumerate().filter_map(|(p, g)| g.map(|g| (g, p))).collect()
}

fn speaker_tokens(name: &str) -> Vec<String> {
    name.to_lowercase().split_whitespace().filter_map(|t| {
        let strip = |t: &str| t.trim_matches(|c: char| "\"'`\u{2018}\u{2019}\u{201c}\u{201d}.,;:!?()[]{}".contains(c)).to_string();
        let mut t = strip(t);
        for poss in ["'s", "\u{2019}s"] {
            if let Some(x) = t.strip_suffix(poss) {
                t = x.to_string();
            }
        }
        let t = t.trim_matches(|c: char| "\"'`\u{2018}\u{2019}".contains(c)).to_string();
        (!t.is_empty()).then_some(t)
    }).collect()
}

pub fn speaker_match(pred: Option<&str>, gold: Option<&str>) -> bool {
    let (Some(p), Some(g)) = (pred, gold) else { return false };
    if p.trim().to_lowercase() == g.trim().to_lowercase() {
        return true;
    }
    let (pt, gt) = (speaker_tokens(p), speaker_tokens(g));
    match (pt.last(), gt.last()) {
        (Some(pl), Some(gl)) => gt.contains(pl) || pt.contains(gl),
        _ => false,
    }
}

#[derive(Clone, Debug, Default)]
pub struct Counts {
    pub gold: usize,
    pub pred: usize,
    pub tp_exact: usize,
    pub tp_norm: usize,
    pub tp_overlap: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.tp_exact += o.tp_exact;
        self.tp_norm += o.tp_norm;
        self.tp_overlap += o.tp_overlap;
    }
}

/// Precision, recall, F1 as fractions; `None` when there is nothing to score.
pub fn prf(tp: usize, npred: usize, ngold: usize) -> Option<(f64, f64, f64)> {
    if npred == 0 && ngold == 0 {
        return None;
    }
    let p = if npred > 0 { tp as f64 / npred as f64 } else { 0.0 };
    let r = if ngold > 0 { tp as f64 / ngold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    Some((p, r, f))
}

#[derive(Clone, Debug, Default)]
pub struct QuoteCounts {
    pub gold: usize,
    pub pred: usize,
    pub tp_exact: usize,
    pub tp_overlap: usize,
    pub spk_den_overlap: usize,
    pub spk_ok_overlap: usize,
}

/// What a source annotates.
#[derive(Clone, Debug, Default)]
pub struct Annotated {
    pub labels: Vec<String>,
    pub quotes: bool,
}

/// The result of scoring one gold file.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub per_label: Vec<(String, Counts)>,
    pub quotes: Option<QuoteCounts>,
    pub docs: usize,
}

impl Report {
    pub fn micro(&self) -> Counts {
        let mut c = Counts::default();
        for (_, x) in &self.per_label {
            c.add(x);
        }
        c
    }

    pub fn label(&self, l: &str) -> Option<&Counts> {
        self.per_label.iter().find(|(k, _)| k == l).map(|(_, c)| c)
    }
}

#[derive(Clone, Debug)]
pub struct SpanQ {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
}

/// One document's gold or predicted annotations, code-point offsets.
#[derive(Clone, Debug, Default)]
pub struct DocSpans {
    pub entities: Vec<(usize, usize, String)>,
    pub quotes: Vec<SpanQ>,
}

pub fn doc_spans(v: &Value) -> DocSpans {
    let mut d = DocSpans::default();
    if let Some(es) = v.get("entities").and_then(Value::as_array) {
        for e in es {
            let (Some(s), Some(en)) = (e.get("start").and_then(Value::as_u64), e.get("end").and_then(Value::as_u64)) else { continue };
            let l = e.get("label").and_then(Value::as_str).unwrap_or("").to_uppercase();
            d.entities.push((s as usize, en as usize, l));
        }
    }
    if let Some(qs) = v.get("quotes").and_then(Value::as_array) {
        for q in qs {
            let (Some(s), Some(en)) = (q.get("start").and_then(Value::as_u64), q.get("end").and_then(Value::as_u64)) else { continue };
            d.quotes.push(SpanQ {
                start: s as usize,
                end: en as usize,
                speaker: q.get("speaker").and_then(Value::as_str).map(str::to_string),
                speaker_start: q.get("speaker_start").and_then(Value::as_u64).map(|x| x as usize),
                speaker_end: q.get("speaker_end").and_then(Value::as_u64).map(|x| x as usize),
            });
        }
    }
    d
}

/// Score one document into `rep`.
pub fn score_doc(text: &[char], gold: &DocSpans, pred: &DocSpans, ann: &Annotated, rep: &mut Report) {
    rep.docs += 1;
    let n = text.len();
    for lab in LABELS.iter().filter(|l| ann.labels.iter().any(|a| a == *l)) {
        let uniq = |v: &[(usize, usize, String)]| {
            let mut s: Vec<(usize, usize)> = v.iter().filter(|e| e.2 == *lab && e.0 < e.1 && e.1 <= n).map(|e| (e.0, e.1)).collect();
            s.sort();
            s.dedup();
            s
        };
        let (g, p) = (uniq(&gold.entities), uniq(&pred.entities));
        let idx = match rep.per_label.iter().position(|(k, _)| k == lab) {
            Some(i) => i,
            None => {
                rep.per_label.push((lab.to_string(), Counts::default()));
                rep.per_label.len() - 1
            }
        };
        let c = &mut rep.per_label[idx].1;
        c.gold += g.len();
        c.pred += p.len();
        c.tp_exact += g.iter().filter(|x| p.contains(x)).count();
        let mut gn: Vec<(usize, usize)> = g.iter().map(|&(a, b)| norm_span(text, a, b, lab)).collect();
        let mut pn: Vec<(usize, usize)> = p.iter().map(|&(a, b)| norm_span(text, a, b, lab)).collect();
        gn.sort();
        gn.dedup();
        pn.sort();
        pn.dedup();
        c.tp_norm += gn.iter().filter(|x| pn.binary_search(x).is_ok()).count();
        c.tp_overlap += max_overlap_matching(&g, &p).len();
    }
    if ann.quotes {
        let q = rep.quotes.get_or_insert_with(QuoteCounts::default);
        let trim = |v: &[SpanQ]| -> Vec<SpanQ> {
            let mut seen = Vec::new();
            v.iter().filter_map(|x| {
                let (s, e) = trim_quote(text, x.start, x.end);
                if s < e && !seen.contains(&(s, e)) {
                    seen.push((s, e));
                    Some(SpanQ { start: s, end: e, ..x.clone() })
                } else {
                    None
                }
            }).collect()
        };
        let (gq, pq) = (trim(&gold.quotes), trim(&pred.quotes));
        q.gold += gq.len();
        q.pred += pq.len();
        q.tp_exact += gq.iter().filter(|g| pq.iter().any(|p| p.start == g.start && p.end == g.end)).count();
        let gs: Vec<(usize, usize)> = gq.iter().map(|x| (x.start, x.end)).collect();
        let ps: Vec<(usize, usize)> = pq.iter().map(|x| (x.start, x.end)).collect();
        for (gi, pi) in max_overlap_matching(&gs, &ps) {
            q.tp_overlap += 1;
            let (g, p) = (&gq[gi], &pq[pi]);
            if g.speaker.is_some() {
                q.spk_den_overlap += 1;
                let ok = speaker_match(p.speaker.as_deref(), g.speaker.as_deref())
                    || matches!((p.speaker_start, p.speaker_end, g.speaker_start, g.speaker_end),
                        (Some(ps), Some(pe), Some(gs), Some(ge)) if ps < ge && gs < pe);
                q.spk_ok_overlap += ok as usize;
            }
        }
    }
}

fn pct(x: Option<(f64, f64, f64)>, which: usize) -> String {
    match x {
        Some(t) => format!("{:6.1}", 100.0 * [t.0, t.1, t.2][which]),
        None => format!("{:>6}", "-"),
    }
}

/// A table like the reference scorer's.
pub fn format_report(name: &str, rep: &Report) -> String {
    let mut out = format!("== {name} ({} docs) ==\n", rep.docs);
    out += &format!("{:<9}{:>6}{:>6} | {:>6}{:>6}{:>6} (exact) | {:>6} (norm) | {:>6} (overlap)\n", "label", "gold", "pred", "P", "R", "F1", "F1", "F1");
    let mut rows: Vec<(String, Counts)> = Vec::new();
    for l in LABELS {
        if let Some(c) = rep.label(l) {
            rows.push((l.to_string(), c.clone()));
        }
    }
    if !rows.is_empty() {
        rows.push(("micro".into(), rep.micro()));
    }
    for (l, c) in rows {
        let e = prf(c.tp_exact, c.pred, c.gold);
        out += &format!("{:<9}{:>6}{:>6} | {}{}{}         | {}        | {}\n", l, c.gold, c.pred, pct(e, 0), pct(e, 1), pct(e, 2),
            pct(prf(c.tp_norm, c.pred, c.gold), 2), pct(prf(c.tp_overlap, c.pred, c.gold), 2));
    }
    if let Some(q) = &rep.quotes {
        let e = prf(q.tp_exact, q.pred, q.gold);
        let o = prf(q.tp_overlap, q.pred, q.gold);
        out += &format!("{:<9}{:>6}{:>6} | {}{}{}         | {:>6}        | {}\n", "quotes", q.gold, q.pred, pct(e, 0), pct(e, 1), pct(e, 2), "", pct(o, 2));
        let acc = if q.spk_den_overlap > 0 { 100.0 * q.spk_ok_overlap as f64 / q.spk_den_overlap as f64 } else { 0.0 };
        let rec = if q.gold > 0 { 100.0 * q.spk_ok_overlap as f64 / q.gold as f64 } else { 0.0 };
        out += &format!("speaker accuracy: overlap-matched {acc:.1}% ({}/{}); speaker right over all gold quotes {rec:.1}%\n",
            q.spk_ok_overlap, q.spk_den_overlap);
    }
    out
}

/// Read `<source>.labels.json` beside the gold file (the shape the dev sets use).
pub fn read_sidecar(dir: &std::path::Path, source: &str, gold_stem: &str) -> Option<Annotated> {
    for cand in [format!("{source}.labels.json"), format!("{source}.json"), format!("{gold_stem}.labels.json")] {
        let p = dir.join(&cand);
        if let Ok(s) = std::fs::read_to_string(&p) {
            if let Ok(v) = serde_json::from_str::<Value>(&s) {
                let labels = match v.get("labels") {
                    Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(|x| x.to_uppercase()).collect(),
                    Some(Value::Object(o)) => o.iter().filter(|(_, b)| b.as_bool() == Some(true)).map(|(k, _)| k.to_uppercase()).collect(),
                    _ => Vec::new(),
                };
                let mut quotes = v.get("quotes").and_then(Value::as_bool).unwrap_or(false);
                if labels.iter().any(|l: &String| l == "QUOTE" || l == "QUOTES") {
                    quotes = true;
                }
                return Some(Annotated { labels, quotes });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn normalisation_forgives_conventions_only() {
        let t = chars("the Lavrov's and Mr. Smith on Monday");
        let s = |a: &str| t.iter().collect::<String>().find(a).unwrap();
        let (a, b) = norm_span(&t, 0, 12, "PERSON");
        assert_eq!(t[a..b].iter().collect::<String>(), "Lavrov");
        let (a, b) = norm_span(&t, s("Mr."), s("Mr.") + 9, "PERSON");
        assert_eq!(t[a..b].iter().collect::<String>(), "Smith");
        let (a, b) = norm_span(&t, s("on Monday"), t.len(), "DATE");
        assert_eq!(t[a..b].iter().collect::<String>(), "Monday");
        let (a, b) = norm_span(&t, s("on Monday"), t.len(), "ORG");
        assert_eq!(t[a..b].iter().collect::<String>(), "on Monday");
    }

    #[test]
    fn speaker_names_agree_by_surname() {
        assert!(speaker_match(Some("Kirsch"), Some("Philippe Kirsch")));
        assert!(speaker_match(Some("Sergei Lavrov's"), Some("Lavrov")));
        assert!(!speaker_match(Some("Ban Ki-moon"), Some("Lavrov")));
        assert!(!speaker_match(None, Some("Lavrov")));
    }

    #[test]
    fn matching_is_one_to_one() {
        let m = max_overlap_matching(&[(0, 5), (6, 10)], &[(0, 10)]);
        assert_eq!(m.len(), 1);
        let m = max_overlap_matching(&[(0, 5), (6, 10)], &[(0, 10), (7, 8)]);
        assert_eq!(m.len(), 2);
    }
}
