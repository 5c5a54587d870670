//! Profile helper: run only the name recognizer on a file, 5 times.
fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).expect("FILE")).expect("read");
    let lex = skimlight::lexicon::Lexicon::new();
    let tokens = skimlight::text::tokenize(&t);
    let mut n = 0;
    for _ in 0..5 {
        n += skimlight::entities::find(&t, &tokens, &lex).len();
    }
    println!("{n}");
}
