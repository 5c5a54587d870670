//! The adversarial section of `make bench`: each hostile shape of tests/adversarial/shapes.rs
//! scanned at 100 KB and at 1 MB, natively. Prints one JSON object per line:
//! {"shape", "ms_100k", "ms_1m", "ratio"}, and for a ratio above 12 also {"ms_10m", "ratio_10m"}
//! (10 MB against 1 MB). A shape over 12x on both is a bug (time must be linear).
//! `cargo run --release --example adversarial [-- SHAPE-SUBSTRING [--dump DIR]]` (`--dump` writes
//! each chosen shape's 1 MB text, and its 10 MB text where it was timed, to DIR, to profile it
//! with `examples/stages`).
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

/// With `--dump DIR`: the shape's text in DIR/<shape><suffix>.txt.
fn write_to(dir: Option<&String>, shape: &str, suffix: &str, text: &str) {
    if let Some(dir) = dir {
        let file = std::path::Path::new(dir).join(format!("{}{suffix}.txt", shape.replace(' ', "-")));
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = args.first().cloned().unwrap_or_default();
    let dump = args.iter().position(|a| a == "--dump").and_then(|i| args.get(i + 1));
    let scanner = skimlight::Scanner::new();
    for (name, make) in shapes::shapes().into_iter().filter(|(n, _)| n.contains(only.as_str())) {
        let (small, large) = (make(100_000), make(1_000_000));
        write_to(dump, name, "", &large);
        let (a, b) = (ms(&scanner, &small, 5), ms(&scanner, &large, 2));
        let ratio = b / a.max(0.1);
        // over 12x: measured again from 1 MB to 10 MB, where a 100 KB text's cache advantage is
        // gone and only the algorithm is left (linear reads ~10x, quadratic ~100x)
        let more = if ratio > 12.0 {
            let huge = make(10_000_000);
            write_to(dump, name, "-10mb", &huge);
            let c = ms(&scanner, &huge, 1);
            format!(", \"ms_10m\": {c:.1}, \"ratio_10m\": {:.1}", c / b.max(0.1))
        } else {
            String::new()
        };
        println!("{{\"shape\": \"{name}\", \"ms_100k\": {a:.1}, \"ms_1m\": {b:.1}, \"ratio\": {ratio:.1}{more}}}");
    }
}
