//! Bad input is handled, never a panic, a hang or lost offsets; offsets are char boundaries.

use skimlight::text::OffsetMap;
use skimlight::Scanner;

fn check(scanner: &Scanner, text: &str) {
    let scan = scanner.scan(text);
    for a in &scan.annotations {
        assert!(a.start < a.end && a.end <= text.len(), "bad span {a:?}");
        assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end), "span {a:?} splits a char");
    }
}

#[test]
fn odd_input_never_panics() {
    let scanner = Scanner::new();
    let cases = [
        "", " ", "\n\n\n", "\"", "\"\"", "\u{201C}", "\u{201D}\u{201C}", "'''", "``''", "\"unclosed quote and more text",
        "\u{FFFD}\u{FFFD} Lavrov \u{FFFD}", "\u{1F600}\u{1F600} said \"hi\" \u{1F600}", "$", "$$$ 5%%", "1,,,2...3",
        "Mr. . . Dr.", "U.S.A.", "-", "\u{2014}\u{2014}", "A\u{0301}B\u{0301} said", "\r\n\r\n\"x\"\r\n", "March", "May May May",
        "\u{200B}\u{FEFF}zero width", "ALL CAPS HEADLINE ABOUT NATO AND UN", "(((((", "\u{00AB}\u{00BB}\u{00AB}",
    ];
    for c in cases {
        check(&scanner, c);
    }
}

#[test]
fn unbalanced_quotes_do_not_swallow_the_article() {
    let scanner = Scanner::new();
    let mut text = String::from("\"This quote never closes.\n");
    for _ in 0..50 {
        text.push_str("Plain reporting with Lavrov and NATO in Geneva.\n");
    }
    let scan = scanner.scan(&text);
    for a in scan.annotations.iter().filter(|a| a.category == skimlight::Category::Quote) {
        assert!(a.end - a.start < 200, "a quote swallowed {} bytes", a.end - a.start);
    }
}

#[test]
fn huge_text_is_linear_enough() {
    // a 2 MB single-line document full of marks and capitals must finish quickly
    let scanner = Scanner::new();
    let unit = "\"A\" B. C \"D E\" F-1 $2 3% May 4 ";
    let text: String = unit.repeat(2_000_000 / unit.len());
    check(&scanner, &text);
    let caps = "NATO UN EU ".repeat(100_000);
    check(&scanner, &caps);
}

#[test]
fn offsets_map_to_utf16_and_code_points() {
    let scanner = Scanner::new();
    // \u{20AC} is 3 bytes/1 unit/1 char; the emoji 4 bytes/2 units/1 char; curly quotes 3/1/1; CRLF 2/2/2
    let text = "\u{20AC}5 \u{1F600}\r\n\u{201C}We will win,\u{201D} said Sergei Lavrov in Geneva.";
    let scan = scanner.scan(text);
    let map = OffsetMap::new(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    assert!(!scan.annotations.is_empty());
    for a in &scan.annotations {
        let want = &text[a.start..a.end];
        let (s16, e16) = (map.utf16(a.start), map.utf16(a.end));
        assert_eq!(String::from_utf16_lossy(&utf16[s16..e16]), want);
        let (sc, ec) = (map.chars(a.start), map.chars(a.end));
        assert_eq!(chars[sc..ec].iter().collect::<String>(), want);
    }
    let names: Vec<&str> = scan.annotations.iter().map(|a| &text[a.start..a.end]).collect();
    assert!(names.contains(&"Sergei Lavrov") && names.contains(&"Geneva") && names.contains(&"\u{20AC}5"), "{names:?}");
}
