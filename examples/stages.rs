//! Time each stage of a scan on a text file: `cargo run --release --example stages FILE`.
use std::time::Instant;
use skimlight::{entities, figures, lexicon, quotes, resolve, text};

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let t = std::fs::read_to_string(path).expect("read");
    let lex = lexicon::Lexicon::new();
    let fig = figures::Figures::new();
    let now = Instant::now();
    let tokens = text::tokenize(&t);
    println!("tokenize {:?} ({} tokens)", now.elapsed(), tokens.len());
    let now = Instant::now();
    let m = entities::find(&t, &tokens, &lex);
    println!("entities {:?} ({})", now.elapsed(), m.len());
    let now = Instant::now();
    let f = fig.find(&t, None);
    println!("figures {:?} ({})", now.elapsed(), f.len());
    let now = Instant::now();
    let q = quotes::find(&t, &tokens);
    println!("quotes {:?} ({})", now.elapsed(), q.len());
    let now = Instant::now();
    let s = resolve::resolve(&t, &tokens, &lex, m, f, q);
    println!("resolve {:?} ({})", now.elapsed(), s.annotations.len());
}
