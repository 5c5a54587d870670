//! The adversarial section of `make bench`: each hostile shape of tests/adversarial/shapes.rs
//! scanned at 100 KB and at 1 MB, natively. Prints one JSON object per line:
//! {"shape", "ms_100k", "ms_1m", "ratio"}. A ratio above ~12 is a bug (time must be linear).
//! `cargo run --release --example adversarial [-- SHAPE-SUBSTRING [--dump DIR]]` (`--dump` writes
//! each chosen shape's 1 MB text to DIR, to profile it with `examples/stages`).
#[path = "../tests/adversarial/shapes.rs"]
mod shapes;

use std::time::Instant;

fn ms(scanner: &skimlight::Scanner, text: &str, runs: usize) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(scanner.scan(text).annotations.len());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = args.first().cloned().unwrap_or_default();
    let dump = args.iter().position(|a| a == "--dump").and_then(|i| args.get(i + 1));
    let scanner = skimlight::Scanner::new();
    for (name, make) in shapes::shapes().into_iter().filter(|(n, _)| n.contains(only.as_str())) {
        let (small, large) = (make(100_000), make(1_000_000));
        if let Some(dir) = dump {
            let file = std::path::Path::new(dir).join(format!("{}.txt", name.replace(' ', "-")));
            std::fs::write(&file, &large).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        }
        let (a, b) = (ms(&scanner, &small, 5), ms(&scanner, &large, 2));
        println!("{{\"shape\": \"{name}\", \"ms_100k\": {a:.1}, \"ms_1m\": {b:.1}, \"ratio\": {:.1}}}", b / a.max(0.1));
    }
}
