//! The skimlight CLI.
//!
//!     skimlight jsonl  < docs.jsonl > predictions.jsonl
//!     skimlight eval GOLD.jsonl [GOLD.jsonl ...]   (or a folder of them)
//!     skimlight scan   < article.txt                (a readable listing)
//!     skimlight report [--json|--csv] FILE          (sources, quotes, figures, names)
//!
//! Offsets in JSON lines are Unicode code points, end exclusive.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Value};
use skimlight::eval::{self, Annotated, Report};
use skimlight::text::OffsetMap;
use skimlight::{Category, Options, Scan, Scanner};

const USAGE: &str = "usage:
  skimlight jsonl [--published YYYY-MM-DD] [--jobs N] < docs.jsonl > predictions.jsonl
      one JSON object per line in ({\"id\", \"text\"}), one per line out, in input
      order; documents are scanned on every core (--jobs N: on N threads)
      ({\"id\", \"entities\", \"quotes\", \"relative_dates\", \"durations\"}, code-point
      offsets; relative_dates (\"today\", \"last year\", \"3:30 p.m.\") and durations
      (\"two years\") are highlighted as dates but kept out of DATE, as the news gold sets
      have it)
  skimlight eval [--errors] [--guard BENCHMARKS.md] GOLD.jsonl|DIR [...]
      per-label precision/recall/F1 (exact, boundary-normalized, overlap),
      quote span F1 and speaker accuracy, for each file and in a summary table;
      --guard fails if a set's micro F1 (quote span F1 where it has no names) is
      more than one point below the \"### Now\" (or \"### Confirm set\") table of
      that file; --errors prints
      each missed and wrong span, except for files under a folder named confirm
      (news kept aside: scored, never read)
  skimlight scan < article.txt
      every highlight of a plain-text article, one per line
  skimlight report [--json|--csv] [--gender] [--published YYYY-MM-DD] FILE|-
      what a plain-text article quotes and counts, as Markdown (--json: JSON with
      jsonl's field names; --csv: one table, a row per quote, figure and name): its
      sources (speaker, role, quotes, words quoted, share of the quoted words;
      unattributed quotes apart), every quote, every figure with its value and
      sentence, every name with its mentions; --gender adds each speaker's estimated
      gender (from the article's pronouns, a title, or first-name statistics) and the
      quoted words' share by it";

/// Writes a line to standard output; a reader that stopped reading (`skimlight scan | head`)
/// ends the program quietly instead of a panic.
macro_rules! out {
    ($($arg:tt)*) => {
        if let Err(e) = writeln!(io::stdout(), $($arg)*) {
            std::process::exit(io_failure(&e));
        }
    };
}

/// The exit code for a failed write: 0 when the reader closed the pipe, else 1 with the error.
fn io_failure(e: &io::Error) -> i32 {
    if e.kind() == io::ErrorKind::BrokenPipe {
        0
    } else {
        eprintln!("skimlight: {e}");
        1
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let r = match args.first().map(String::as_str) {
        Some("jsonl") => jsonl(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
        Some("scan") => scan_text(),
        Some("report") => report(&args[1..]),
        Some("-h" | "--help" | "help") => {
            out!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("skimlight: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The JSON-lines record for one scanned text (code-point offsets).
fn record(id: &Value, text: &str, scan: &Scan) -> Value {
    let map = OffsetMap::new(text);
    let mut entities = Vec::new();
    let mut quotes = Vec::new();
    let mut relative = Vec::new();
    let mut durations = Vec::new();
    for a in &scan.annotations {
        match a.category {
            Category::Quote => {
                let q = a.link.and_then(|l| scan.quotes.get(l));
                let (ss, se) = match q.and_then(|q| q.speaker_span) {
                    Some((s, e)) => (json!(map.chars(s)), json!(map.chars(e))),
                    None => (Value::Null, Value::Null),
                };
                quotes.push(json!({
                    "start": map.chars(a.start), "end": map.chars(a.end),
                    "speaker": q.and_then(|q| q.speaker.clone()),
                    "speaker_start": ss, "speaker_end": se,
                }));
            }
            c => {
                let mut e = json!({"start": map.chars(a.start), "end": map.chars(a.end), "label": c.label()});
                if let Some(v) = &a.value {
                    e["value"] = json!(v);
                }
                // "today", "last year", "3:30 p.m.": highlighted as dates, but the news gold
                // conventions (IE-ER, the Worldwide newswire) never label them DATE
                // conventions, and lengths of time ("two years") only IE-ER does
                if a.relative {
                    relative.push(e)
                } else if a.duration {
                    durations.push(e)
                } else {
                    entities.push(e)
                }
            }
        }
    }
    json!({"id": id, "entities": entities, "quotes": quotes, "relative_dates": relative, "durations": durations})
}

fn parse_published(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--published" => {
                let v = it.next().ok_or("--published needs a date")?;
                o.published = Some(skimlight::parse_iso_date(v).ok_or(format!("bad date {v:?}; want YYYY-MM-DD"))?);
            }
            other => return Err(format!("unknown option {other:?}\n{USAGE}")),
        }
    }
    Ok(o)
}

/// What one input line of `skimlight jsonl` gives: an output record, or a warning.
enum Done {
    Record(String),
    Skipped(String),
    Blank,
}

fn jsonl_line(scanner: &Scanner, options: &Options, n: usize, line: &str) -> Done {
    if line.trim().is_empty() {
        return Done::Blank;
    }
    let doc: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return Done::Skipped(format!("line {}: not JSON ({e}); skipped", n + 1)),
    };
    let Some(text) = doc.get("text").and_then(Value::as_str) else {
        return Done::Skipped(format!("line {}: no \"text\" string; skipped", n + 1));
    };
    let id = doc.get("id").cloned().unwrap_or(json!(n + 1));
    let mut o = options.clone();
    if let Some(p) = doc.get("published").and_then(Value::as_str).and_then(skimlight::parse_iso_date) {
        o.published = Some(p);
    }
    Done::Record(record(&id, text, &scanner.scan_with(text, &o)).to_string())
}

/// How many documents may be read ahead of the one being written, per thread: enough to keep
/// every core busy past a long document, few enough that memory stays bounded.
const READ_AHEAD_PER_JOB: usize = 8;

/// `skimlight jsonl`: a reader thread hands the lines to `jobs` scanning threads, and the main
/// thread writes the records in input order as soon as each is next. Each line is answered as
/// soon as it is scanned (a program may write one line and wait for its answer).
fn jsonl(args: &[String]) -> Result<(), String> {
    use std::sync::mpsc::{channel, sync_channel};
    use std::sync::{Arc, Mutex};
    let mut args = args.to_vec();
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    if let Some(i) = args.iter().position(|a| a == "--jobs") {
        let v = args.get(i + 1).ok_or("--jobs needs a number")?;
        jobs = v.parse().ok().filter(|&j| j > 0).ok_or(format!("bad --jobs {v:?}; want a whole number above 0"))?;
        args.drain(i..i + 2);
    }
    let options = parse_published(&args)?;
    let scanner = Scanner::new();
    // a slot per document in flight: the reader takes one per line, the writer gives it back
    let (slot_take, slot_give) = sync_channel::<()>(jobs * READ_AHEAD_PER_JOB);
    let (work_tx, work_rx) = sync_channel::<(usize, String)>(jobs);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = channel::<(usize, Result<Done, String>)>();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut bad = 0usize;
    std::thread::scope(|s| -> Result<(), String> {
        let reader_done = done_tx.clone();
        s.spawn(move || {
            for (n, line) in io::stdin().lock().lines().enumerate() {
                if slot_take.send(()).is_err() {
                    return;
                }
                match line {
                    Ok(line) => {
                        if work_tx.send((n, line)).is_err() {
                            return;
                        }
                    }
                    Err(e) => {
                        let _ = reader_done.send((n, Err(format!("reading line {}: {e}", n + 1))));
                        return;
                    }
                }
            }
        });
        for _ in 0..jobs {
            let (work_rx, done_tx, scanner, options) = (Arc::clone(&work_rx), done_tx.clone(), &scanner, &options);
            s.spawn(move || loop {
                // (the lock is held only to take the next line; a poisoned lock ends the thread)
                let next = match work_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((n, line)) = next else { return };
                if done_tx.send((n, Ok(jsonl_line(scanner, options, n, &line)))).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0usize;
        let mut write = |d: Done, out: &mut BufWriter<io::StdoutLock>| match d {
            Done::Record(r) => {
                if let Err(e) = writeln!(out, "{r}") {
                    std::process::exit(io_failure(&e));
                }
            }
            Done::Skipped(msg) => {
                eprintln!("skimlight: {msg}");
                bad += 1;
            }
            Done::Blank => {}
        };
        while let Ok((n, d)) = done_rx.recv() {
            pending.insert(n, d);
            while let Some(d) = pending.remove(&next) {
                write(d?, &mut out);
                next += 1;
                let _ = slot_give.recv();
            }
            // nothing more is ready: what is written reaches the reader now
            if pending.is_empty() {
                if let Err(e) = out.flush() {
                    std::process::exit(io_failure(&e));
                }
            }
        }
        Ok(())
    })?;
    if let Err(e) = out.flush() {
        std::process::exit(io_failure(&e));
    }
    if bad > 0 {
        return Err(format!("{bad} input line(s) skipped"));
    }
    Ok(())
}

fn scan_text() -> Result<(), String> {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text).map_err(|e| e.to_string())?;
    let scan = Scanner::new().scan(&text);
    for (i, a) in scan.annotations.iter().enumerate() {
        let snippet: String = text[a.start..a.end].chars().take(60).collect();
        out!("{:>6} {:>6}  {:<12} {:?}  [{}]", a.start, a.end, a.category.name(), snippet, scan.describe(i));
    }
    Ok(())
}

fn report(args: &[String]) -> Result<(), String> {
    let (mut json, mut csv, mut gender) = (false, false, false);
    let mut rest = Vec::new();
    let mut file = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--csv" => csv = true,
            "--gender" => gender = true,
            "--published" => {
                rest.push(a.clone());
                rest.push(it.next().ok_or("--published needs a date")?.clone());
            }
            f if file.is_none() && (f == "-" || !f.starts_with('-')) => file = Some(f.to_string()),
            other => return Err(format!("unknown option {other:?}\n{USAGE}")),
        }
    }
    if json && csv {
        return Err(format!("report: --json and --csv are two formats; give one\n{USAGE}"));
    }
    let file = file.ok_or(format!("report needs a FILE (or - for standard input)\n{USAGE}"))?;
    let options = parse_published(&rest)?;
    let text = if file == "-" {
        let mut t = String::new();
        io::stdin().read_to_string(&mut t).map_err(|e| format!("standard input: {e}"))?;
        t
    } else {
        let bytes = std::fs::read(&file).map_err(|e| format!("{file}: {e}"))?;
        String::from_utf8(bytes).map_err(|e| format!("{file}: not UTF-8 text ({e})"))?
    };
    let scan = Scanner::new().scan_with(&text, &options);
    let mut r = skimlight::report::Report::new(&text, &scan);
    if gender {
        r = r.with_gender();
    }
    if csv {
        if let Err(e) = io::stdout().write_all(r.csv().as_bytes()) {
            std::process::exit(io_failure(&e));
        }
    } else if json {
        out!("{}", serde_json::to_string_pretty(&r.json()).map_err(|e| e.to_string())?);
    } else {
        let title = if file == "-" { "standard input".to_string() } else { file.clone() };
        let md = r.markdown(&format!("skimlight report: {title}"));
        out!("{}", md.trim_end());
    }
    Ok(())
}

fn gold_files(args: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for a in args {
        let p = Path::new(a);
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p).map_err(|e| format!("{a}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect();
            v.sort();
            files.extend(v);
        } else if p.is_file() {
            files.push(p.to_path_buf());
        } else {
            return Err(format!("{a}: no such file or folder"));
        }
    }
    if files.is_empty() {
        return Err("no gold files given".into());
    }
    Ok(files)
}

fn run_eval(args: &[String]) -> Result<(), String> {
    let errors = args.iter().any(|a| a == "--errors");
    let mut guard = None;
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--errors" => {}
            "--guard" => guard = Some(it.next().ok_or("--guard needs the file with the recorded figures")?.clone()),
            _ => rest.push(a.clone()),
        }
    }
    let files = gold_files(&rest)?;
    let scanner = Scanner::new();
    let mut summary: Vec<(String, Report)> = Vec::new();
    for f in &files {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("gold").to_string();
        let dir = f.parent().unwrap_or(Path::new("."));
        let body = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let mut rep = Report::default();
        // the confirm set is news no rule is tuned on: scored, never shown its errors
        let confirm = f.components().any(|c| c.as_os_str() == "confirm");
        let show_errors = errors && !confirm;
        if errors && confirm {
            out!("({}: a confirm set; its errors are not printed)", f.display());
        }
        for (n, line) in body.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let g: Value = serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", f.display(), n + 1))?;
            let text = g.get("text").and_then(Value::as_str).unwrap_or("");
            let source = g.get("source").and_then(Value::as_str).unwrap_or("");
            let ann = eval::read_sidecar(dir, source, &stem).unwrap_or_else(|| {
                let mut labels: Vec<String> = eval::doc_spans(&g).entities.iter().map(|e| e.2.clone()).collect();
                labels.sort();
                labels.dedup();
                Annotated { labels, quotes: g.get("quotes").and_then(Value::as_array).is_some_and(|q| !q.is_empty()) }
            });
            let scan = scanner.scan(text);
            let pred = eval::doc_spans(&record(&json!(null), text, &scan));
            let gold = eval::doc_spans(&g);
            let chars: Vec<char> = text.chars().collect();
            eval::score_doc(&chars, &gold, &pred, &ann, &mut rep);
            if show_errors {
                print_errors(&g, &chars, &gold, &pred, &ann);
            }
        }
        out!("{}", eval::format_report(&stem, &rep));
        summary.push((stem, rep));
    }
    if summary.len() > 1 {
        out!("{}", summary_table(&summary));
    }
    match guard {
        Some(path) => check_guard(&path, &summary),
        None => Ok(()),
    }
}

/// Each set's headline figure in the first table after `heading`: its "micro" column, else its
/// "quote span (exact)" column (a set that annotates only quotes).
fn recorded_figures(doc: &str, heading: &str) -> std::collections::HashMap<String, f64> {
    let mut recorded = std::collections::HashMap::new();
    let Some(section) = doc.split(heading).nth(1) else { return recorded };
    let mut rows = section.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|'));
    let Some(header) = rows.next() else { return recorded };
    let header: Vec<&str> = header.split('|').map(str::trim).collect();
    let column = |name: &str| header.iter().position(|c| *c == name);
    let (micro, quotes) = (column("micro"), column("quote span (exact)"));
    for row in rows {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).filter(|c| !c.is_empty()).and_then(|c| c.parse::<f64>().ok());
        // (a table with history names its current row "set, now": "conll2003_train, now")
        let Some(name) = cells.get(1).map(|n| n.strip_suffix(", now").unwrap_or(n)) else { continue };
        if let (false, Some(f)) = (name.contains(", "), cell(micro).or(cell(quotes))) {
            recorded.insert(name.to_string(), f);
        }
    }
    recorded
}

/// The headline figure of a dev set: micro F1 (boundary-normalized) over its names and
/// figures, or the exact quote-span F1 for a set that annotates only quotes.
fn headline(rep: &Report) -> Option<f64> {
    let m = rep.micro();
    if m.gold > 0 {
        return eval::prf(m.tp_norm, m.pred, m.gold).map(|x| 100.0 * x.2);
    }
    rep.quotes.as_ref().and_then(|q| eval::prf(q.tp_exact, q.pred, q.gold)).map(|x| 100.0 * x.2)
}

/// Compare each set's headline figure with the one recorded in the "### Now" table (the dev
/// sets) or the "### Confirm set" table of `path` (BENCHMARKS.md): more than one point below is a
/// regression.
fn check_guard(path: &str, summary: &[(String, Report)]) -> Result<(), String> {
    let doc = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    if !doc.contains("### Now") {
        return Err(format!("{path}: no \"### Now\" table"));
    }
    let mut recorded = recorded_figures(&doc, "### Now");
    recorded.extend(recorded_figures(&doc, "### Confirm set"));
    let mut failures = Vec::new();
    for (name, rep) in summary {
        match (recorded.get(name), headline(rep)) {
            (Some(&want), Some(got)) if got < want - 1.0 => failures.push(format!("{name}: {got:.1} < {want:.1} - 1")),
            (Some(&want), Some(got)) => out!("guard {name}: {got:.1} (recorded {want:.1}) ok"),
            _ => out!("guard {name}: no recorded figure"),
        }
    }
    if recorded.is_empty() {
        return Err(format!("{path}: the \"### Now\" table has no figures"));
    }
    if failures.is_empty() { Ok(()) } else { Err(format!("accuracy regressed: {}", failures.join("; "))) }
}

fn print_errors(g: &Value, t: &[char], gold: &eval::DocSpans, pred: &eval::DocSpans, ann: &Annotated) {
    let s = |a: usize, b: usize| t[a.min(t.len())..b.min(t.len())].iter().collect::<String>();
    let id = g.get("id").map(|v| v.to_string()).unwrap_or_default();
    let mut lines = Vec::new();
    for e in &gold.entities {
        if ann.labels.contains(&e.2) && !pred.entities.contains(e) {
            lines.push(format!("  FN {:<7} {:?}", e.2, s(e.0, e.1)));
        }
    }
    for e in &pred.entities {
        if ann.labels.contains(&e.2) && !gold.entities.contains(e) {
            lines.push(format!("  FP {:<7} {:?}", e.2, s(e.0, e.1)));
        }
    }
    if !lines.is_empty() {
        out!("-- {id}\n{}", lines.join("\n"));
    }
}

/// Boundary-normalized F1 per label and dev set, the figure the issues and PEERS.md use.
pub fn summary_table(summary: &[(String, Report)]) -> String {
    let mut out = String::from("| dev set | PERSON | ORG | PLACE | MISC | DATE | NUMBER | MONEY | PERCENT | micro | quote span (exact) | speaker right |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (name, rep) in summary {
        out += &format!("| {name} |");
        for l in eval::LABELS {
            let cell = rep.label(l).and_then(|c| eval::prf(c.tp_norm, c.pred, c.gold)).map(|x| format!(" {:.1} |", 100.0 * x.2));
            out += &cell.unwrap_or_else(|| "  |".into());
        }
        let m = rep.micro();
        out += &eval::prf(m.tp_norm, m.pred, m.gold).map(|x| format!(" {:.1} |", 100.0 * x.2)).unwrap_or_else(|| "  |".into());
        match &rep.quotes {
            Some(q) => {
                let f = eval::prf(q.tp_exact, q.pred, q.gold).map(|x| 100.0 * x.2).unwrap_or(0.0);
                let r = if q.gold > 0 { 100.0 * q.spk_ok_overlap as f64 / q.gold as f64 } else { 0.0 };
                out += &format!(" {f:.1} | {r:.1} |\n");
            }
            None => out += "  |  |\n",
        }
    }
    out
}
