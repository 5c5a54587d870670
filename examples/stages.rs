//! Time each stage of a scan on a text file, with the heap it holds and its peak:
//! `cargo run --release --example stages FILE`. (Native sizes: a `usize` is 8 bytes here and 4
//! in wasm, so structures of offsets weigh up to twice what they do in the browser.)
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;
use skimlight::{entities, figures, lexicon, quotes, resolve, text};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static A: Counting = Counting;

fn report(stage: &str, since: Instant, what: String) {
    let mb = |b: usize| b as f64 / 1e6;
    println!("{stage:<9} {:>10.1?} {what:<16} held {:>7.1} MB, peak {:>7.1} MB", since.elapsed(), mb(LIVE.load(Relaxed)), mb(PEAK.swap(LIVE.load(Relaxed), Relaxed)));
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let t = std::fs::read_to_string(path).expect("read");
    let lex = lexicon::Lexicon::new();
    let fig = figures::Figures::new();
    report("start", Instant::now(), format!("{} bytes", t.len()));
    let now = Instant::now();
    let tokens = text::tokenize(&t);
    report("tokenize", now, format!("{} tokens", tokens.len()));
    let now = Instant::now();
    let m = entities::find(&t, &tokens, &lex);
    report("entities", now, format!("{}", m.len()));
    let now = Instant::now();
    let f = fig.find(&t, None);
    report("figures", now, format!("{}", f.len()));
    let now = Instant::now();
    let q = quotes::find(&t, &tokens);
    report("quotes", now, format!("{}", q.len()));
    let now = Instant::now();
    let s = resolve::resolve(&t, tokens, &lex, m, f, q);
    report("resolve", now, format!("{}", s.annotations.len()));
}
