//! Hostile text: every generated shape scans in time linear in its length, and a bounded fuzz
//! run finds no panic, no bad offset and no slow input. `make bench` times the same shapes at
//! 100 KB and 1 MB (examples/adversarial.rs); `SKIMLIGHT_FUZZ_SECS=600 cargo test --release
//! --test adversarial fuzz` fuzzes for as long as you like.

#[path = "adversarial/shapes.rs"]
mod shapes;

use std::time::{Duration, Instant};

use shapes::{shapes, Rng};
use skimlight::{Scan, Scanner};

/// Every span of a scan lies inside the text, on char boundaries, start before end.
fn check_offsets(text: &str, scan: &Scan, what: &str) {
    let ok = |s: usize, e: usize| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e);
    for a in &scan.annotations {
        assert!(ok(a.start, a.end), "{what}: bad span {}..{} of {} bytes", a.start, a.end, text.len());
        if let Some(l) = a.link {
            let n = if a.category == skimlight::Category::Quote { scan.quotes.len() } else { scan.entities.len() };
            assert!(l < n, "{what}: link {l} out of {n}");
        }
    }
    for q in &scan.quotes {
        if let Some((s, e)) = q.speaker_span {
            assert!(ok(s, e), "{what}: bad speaker span {s}..{e}");
        }
    }
}

fn time(scanner: &Scanner, text: &str, what: &str) -> Duration {
    let t = Instant::now();
    let scan = scanner.scan(text);
    let d = t.elapsed();
    check_offsets(text, &scan, what);
    d
}

/// The bench's criterion is 12x for ten times the text; this test allows 30x so that a noisy
/// machine never fails it, while a quadratic step (100x) still does.
#[test]
fn every_shape_scans_in_linear_time() {
    let scanner = Scanner::new();
    let mut failures = Vec::new();
    for (name, make) in shapes() {
        let (small, large) = (make(50_000), make(500_000));
        let t_small = (0..3).map(|_| time(&scanner, &small, name)).min().unwrap_or_default();
        let t_large = time(&scanner, &large, name);
        // (a floor of 2 ms: below it the ratio is the timer's noise)
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(0.002);
        if ratio > 30.0 && t_large > Duration::from_millis(100) {
            // measured again before it counts: one slow run can be the machine
            let again = time(&scanner, &large, name);
            let ratio = again.min(t_large).as_secs_f64() / t_small.as_secs_f64().max(0.002);
            if ratio > 30.0 {
                failures.push(format!("{name}: 50 KB {t_small:?}, 500 KB {again:?} ({ratio:.0}x)"));
            }
        }
    }
    assert!(failures.is_empty(), "superlinear shapes:\n{}", failures.join("\n"));
}

/// Pieces the fuzzer joins: fragments of every shape's kind, odd characters, markup.
const PIECES: &[&str] = &[
    "U.S.", "U.", "S.", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", ",", ";", ":", "!", "?", "-", "--", "\u{2014}", "\u{2013}",
    "(", ")", "[", "]", "\"", "'", "''", "``", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "\u{201E}",
    "Mr.", "Dr. ", "President ", "Minister ", "Sergei ", "Lavrov", "Smith", "John ", "of ", "the ", "and ", "for ", "al-", "von ",
    "bin ", "&", "NATO", "UN", "EU", "Bank", "Ministry", "Commission", "Inc.", "Ltd", "Geneva", "Paris", "New York", "-based",
    "said", " said ", "told", "added", "according to ", "he", "she", "they", "who", "'s", "\u{2019}s", "Monday", "March", "May",
    "2012", "1,200", "3.5", "9/11", "5%", "$", "\u{20AC}", "\u{00A3}", "million", "bn", "two", "hundred", "percent", "1990s",
    "3:30", "p.m.", "a.m.", "ago", "last year", "0", "7", "12", "\u{1F600}", "\u{FFFD}", "\u{00AD}", "\u{200B}", "\u{FEFF}",
    "\u{202E}", "\u{0301}", "e\u{0301}", "\u{00E9}", "\u{0645}", "\u{4E2D}", "<img src=x onerror=alert(1)>", "</mark>", "&amp;",
    "A", "B", "Z", "a", "I", "I'm", "O'Brien", "Ki-moon", "St.", "Jr.", "Co.", "CEO", "LONDON", "(Reuters)", "v", "beat", "3-1",
    "372", "AT", "Credit", "Image:", "Photo:", "Page", "A22", "World War", "\u{2026}", "...", "#", "@", "*", "/", "\\", "|",
    "1996-08-30", "(AP)", "TAVILDARA", "Republic", "Kingdom ", "Federal ", "People's ", "province", "stadium", "N.", "D. ",
    "Korea", "Chechen", "St ", "Kent", "Essex", "Gov.", "Secretary ", "Hong Kong", "Stoke 4 3 1 0 7 4 10", "(Italy) ",
];

fn fuzz_text(rng: &mut Rng, max: usize) -> String {
    let target = match rng.below(10) {
        0 => rng.below(16),
        1..=7 => rng.below(max / 8 + 1),
        _ => rng.below(max + 1),
    };
    let mut s = String::with_capacity(target + 32);
    // a run repeats one piece many times, as hostile text does
    while s.len() < target {
        let p = rng.pick(PIECES);
        let times = if rng.below(8) == 0 { 1 + rng.below(64) } else { 1 };
        for _ in 0..times {
            s.push_str(p);
        }
        if rng.below(5) == 0 {
            s.push(' ');
        }
    }
    s
}

/// Random texts for `SKIMLIGHT_FUZZ_SECS` seconds (default 10): no panic, offsets valid, and no
/// input slower than 1 s per 100 KB here (the bench's figure is 0.2 s; a test must not fail on
/// a busy machine, and a quadratic step is far slower than either).
#[test]
fn fuzz() {
    let secs: u64 = std::env::var("SKIMLIGHT_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let seed: u64 = std::env::var("SKIMLIGHT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let scanner = Scanner::new();
    let mut rng = Rng::new(seed);
    let until = Instant::now() + Duration::from_secs(secs);
    let (mut runs, mut bytes, mut worst) = (0usize, 0usize, (0.0f64, 0usize));
    while Instant::now() < until {
        let text = fuzz_text(&mut rng, 200_000);
        let d = time(&scanner, &text, "fuzz");
        let per_100k = d.as_secs_f64() / (text.len().max(20_000) as f64 / 100_000.0);
        if per_100k > worst.0 {
            worst = (per_100k, text.len());
        }
        if per_100k > 1.0 {
            let again = time(&scanner, &text, "fuzz").as_secs_f64() / (text.len().max(20_000) as f64 / 100_000.0);
            if again > 1.0 {
                let file = std::env::temp_dir().join(format!("skimlight-slow-{seed}-{runs}.txt"));
                let _ = std::fs::write(&file, &text);
                panic!("a {} byte text took {again:.2} s per 100 KB (kept in {})", text.len(), file.display());
            }
        }
        runs += 1;
        bytes += text.len();
    }
    eprintln!("fuzz: {runs} texts, {bytes} bytes, slowest {:.3} s per 100 KB ({} bytes), seed {seed}", worst.0, worst.1);
    assert!(runs > 0);
}
