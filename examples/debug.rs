//! Print tokens and raw name mentions: `cargo run --example debug -- "text"`.
use skimlight::{entities, lexicon, text};
fn main() {
    let t = std::env::args().nth(1).unwrap_or_default();
    let tokens = text::tokenize(&t);
    for tk in &tokens { print!("{:?}/{} ", tk.text(&t), tk.sentence()); }
    println!();
    let lex = lexicon::Lexicon::new();
    for m in entities::find(&t, &tokens, &lex) { println!("{:?} {:?} strong={}", &t[m.start..m.end], m.category, m.strong); }
}
