//! Any bytes that are UTF-8 are scanned: no panic, every span inside the text on char
//! boundaries, and offsets that map to UTF-16 and code points. Slow inputs show as libFuzzer's
//! "slow unit" reports (`-report_slow_units=1`) and time-outs (`-timeout=2`).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use skimlight::text::OffsetMap;
use skimlight::Scanner;

fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(Scanner::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let scan = scanner().scan(text);
    let map = OffsetMap::new(text);
    for a in &scan.annotations {
        assert!(a.start < a.end && a.end <= text.len());
        assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end));
        assert!(map.utf16(a.start) <= map.utf16(a.end) && map.chars(a.end) <= text.chars().count());
    }
    for q in &scan.quotes {
        if let Some((s, e)) = q.speaker_span {
            assert!(s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
        }
    }
});
