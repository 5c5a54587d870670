//! How long `Scanner::new()` takes natively, part by part: `cargo run --release --example startup`.
fn main() {
    let t = std::time::Instant::now();
    let _l = skimlight::lexicon::Lexicon::new();
    let lex = t.elapsed();
    let t = std::time::Instant::now();
    let _f = skimlight::figures::Figures::new();
    println!("lexicon {:?}, figures {:?}", lex, t.elapsed());
    skimlight::figures::compile_times();
}
