//! Native throughput of the Rust core: `cargo run --release --example bench_native -- FILE [RUNS]`.
//! Prints one JSON line: {"chars": N, "median_ms": T, "chars_per_s": R}.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: bench_native FILE [RUNS]");
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let scanner = skimlight::Scanner::new();
    let _ = scanner.scan(&text); // warm-up
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let scan = scanner.scan(&text);
            std::hint::black_box(scan.annotations.len());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    let chars = text.chars().count();
    println!("{{\"chars\": {chars}, \"median_ms\": {median:.1}, \"chars_per_s\": {:.0}}}", chars as f64 / (median / 1000.0));
}
