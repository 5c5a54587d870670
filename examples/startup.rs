//! How long a scanner takes to build natively, part by part, and its first scan of a short text
//! (the lazily built tables): `cargo run --release --example startup`.
fn main() {
    let t = std::time::Instant::now();
    let _l = skimlight::lexicon::Lexicon::new();
    let lex = t.elapsed();
    let t = std::time::Instant::now();
    let _f = skimlight::figures::Figures::new();
    let fig = t.elapsed();
    let s = skimlight::Scanner::new();
    let text = "\"We will rebuild the bridge by spring,\" said Mayor Anne Hidalgo on Monday in Paris.";
    let t = std::time::Instant::now();
    let _ = s.scan(text);
    let first = t.elapsed();
    let t = std::time::Instant::now();
    let _ = s.scan(text);
    println!("lexicon {lex:?}, figures {fig:?}; first scan {first:?}, second {:?}", t.elapsed());
}
