//! The figure patterns (src/figures.rs), as regular expressions: the build script compiles
//! them into DFAs (deterministic automata) that the scanner searches in place from the wasm's
//! data, with no regex compiler in the program and nothing to build at start-up. This module
//! is read by `build.rs` (and by this crate's tests); it depends on nothing of the crate.

const MONTHS: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec|JAN\.|FEB\.|MAR\.|APR\.|AUG\.|SEPT\.|SEP\.|OCT\.|NOV\.|DEC\.)";
const WEEKDAYS: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)";
const SCALE: &str = r"(?:hundred|thousand|million|billion|trillion|mln|bln|bn|tn|crore|lakh|m|k|b)";
const UNITS_WORD: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|a dozen|half a|a half)";

/// The patterns the scanner searches the text for, in the order of their bits in the tables
/// of where their matches can start (build.rs writes them, src/figures.rs reads them).
pub const SEARCHED: [&str; 9] = ["money", "percent", "date", "number", "word_number", "ordinal", "fraction", "exclusion", "duration"];

/// The kinds of byte before a match that can change how it starts (a word boundary, a line's
/// start), as regex-automata tells them apart when it picks a start state: none (the text's
/// start), a line feed, a carriage return, a word byte, any other byte. One example of each.
pub const BEFORE: [Option<u8>; 5] = [None, Some(b'\n'), Some(b'\r'), Some(b'a'), Some(b' ')];

/// The patterns by name, ready to compile.
pub fn all() -> Vec<(&'static str, String)> {
    let wn = format!(r"{UNITS_WORD}(?:[- ]{UNITS_WORD})*");
    let amount = format!(r"(?:half[-\s]a[-\s](?:million|billion|trillion)|(?:{NUM}|{wn})(?:-plus)?(?:\s?-?\s?{SCALE}\b)?)");
    let money = format!(
        r"(?x)
        (?:(?:US|U\.S\.|A|AU|C|CA|HK|NZ|S|R|NT|Mex|[A-Z]{{3}})?\$|€|£|¥|₹|₩|₽|₡|₦|₱|₴|₺|₫|฿|₪|₵|₸|₲|₭|₮|₾|₼|\b(?:Rs\.?|Tk\.?|INR|USD|EUR|GBP|JPY|CHF|CNY|RMB|AUD|CAD|Rp|RM|Ksh|KSh|ZAR|NGN|GHS|EGP|PHP|PKR|BDT|dlrs|US\sdollars|rupees?)\s?)\s?(?:\d+,\d{{1,2}}\s?(?:million|billion)\b|{NUM})(?:\s?[-–]\s?{NUM})?(?:\s?-?\s?(?:{SCALE})\b|(?:M|B|K|Mil|MM|Bn|BN)\b)?(?:\s(?:million|billion|crore|lakh)\b)?(?:\s(?:dollars|USD)\b)?
        | \b(?:multi-?)?(?:million|billion|trillion)-dollar\b
        | \b(?:tens|hundreds|thousands|millions|billions)\sof\s(?:(?:thousands|millions|billions)\sof\s)?(?:dollars|euros|pounds|rupees|pesos|ringgit|yuan|yen|shillings|naira|rand)\b
        | \b{amount}\s(?:(?:US|U\.S\.|Australian|Egyptian|Argentine|Argentinian|Mexican|Canadian|Hong\sKong|New\sZealand|Singapore|Zimbabwean|Taiwan|Colombian|Chilean|Philippine|Cuban|Dominican|Uruguayan|Jamaican|Namibian|Liberian|Kenyan|Ugandan|Tanzanian|Nigerian|Indian|Pakistani|Sri\sLankan|Nepalese|Indonesian|Brazilian|Swiss|Swedish|Norwegian|Danish|Turkish|South\sAfrican|Russian|Chinese|Japanese|Iranian|Iraqi|Saudi|Qatari|Kuwaiti|Jordanian|Moroccan|Tunisian|Algerian)\s)?(?:dollars?|euros?|pounds?(?:\ssterling)?|yen|yuan|renminbi|rupees?|pesos?|francs?|rubles?|roubles?|cents?|USD|EUR|GBP|dinars?|riyals?|rials?|rand|won|naira|shillings?|ringgit|baht|rupiah|lira|lire|marks?|krona|kronor|kroner|zloty|dirhams?|colones|colón|colon|birr|cedis?|kwacha|shekels?|hryvnias?|tenge|dong|taka|kyat|soles|bolivars?|bolívares|quetzales|quetzals?|reais|forints?|koruna|lempiras?|guaraníes|guaranis?|leones|pula|ouguiyas?|manat)\b"
    );
    // basis points are hundredths of a percentage point: "3 basis points", "a basis point";
    // so are "one-hundredth of a percentage point" and "half a percentage point"
    let percent = [
        format!(r"(?i)(?:\b|-){amount}\s?(?:%|\bpercent\b|\bper\scent\b|\bpercentage\spoints?\b|\bpct\b|\bper\s?cent\b)|(?:\b|-){NUM}%"),
        format!(r"\b{NUM}\s(?:basis\spoints?|bps)\b|\b(?:{UNITS_WORD}\s)?basis\spoints?\b"),
        r"\b(?:half\sa|(?:a|one|two|three)[-\s](?:quarters?|tenths?|hundredths?)\sof\sa)\spercentage\spoint\b".to_string(),
    ].join("|");
    let date = format!(
        r"(?x)
        \b(?:1[5-9]\d\d|20\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b
        | \b(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))/(?:1[5-9]\d\d|20\d\d)\b
        | \b(?:(?:early|mid|late)[-\s])?{MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s(?:\d{{4}}|(?:last|this|next)\syear)\b)?
        | \b(?:Mar|Apr|Jun|Jul)\s\d{{1,2}},?\s\d{{4}}\b
        | \b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTHS}(?:,?\s\d{{4}})?\b
        | \b(?:(?:early|mid|late)[-\s])?{MONTHS}(?:,?\s\d{{4}})\b
        | \b(?:(?:early|mid|late)[-\s])?{MONTHS}\b
        | \b(?:last|next|this|coming|past|previous)\s(?:week|month|year|weekend|decade|century|spring|summer|autumn|fall|winter|quarter|season|{WEEKDAYS}|{MONTHS})\b
        | \b(?:the\s)?(?:past|last|next|coming|previous|first|final)\s(?:few\s|several\s|two|three|four|five|six|seven|eight|nine|ten|\d+\s)(?:\s)?(?:days|weeks|months|years|decades)\b
        | \b(?:{NUM}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s(?:days|weeks|months|years|decades)\sago\b
        | \b(?:(?:last|this|next|early|late|mid)[-\s])(?:spring|summer|autumn|winter|fall)\b
        | \b(?:spring|summer|autumn|winter|fall)\sof\s\d{{4}}\b
        | \b{WEEKDAYS}\b
        | \b(?:today|yesterday|tomorrow|tonight)\b
        | \b(?:the\s)?(?:1[0-9]|20)\d0s\b | '\d0s\b
        | \b(?:fiscal\s|FY\s?)?(?:1[5-9]\d\d|20\d\d)\b(?:\s?[-–/]\s?(?:1[5-9]\d\d|20\d\d|\d\d)\b)?
        | \b\d{{1,2}}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET)\b)?
        | \b(?:noon|midnight)\b
        | \b(?:Good\sFriday|Easter(?:\s(?:Sunday|Monday))?|Christmas(?:\s(?:Day|Eve))?|New\sYear['’]s\s(?:Day|Eve)|Thanksgiving(?:\sDay)?|Fourth\sof\sJuly|Independence\sDay|Labor\sDay|Memorial\sDay|Veterans\sDay|Ramadan|Eid(?:\sal-(?:Fitr|Adha))?|Passover|Yom\sKippur|Rosh\sHashanah|Hanukkah|Diwali|Halloween)\b
        | \b(?:the\s)?(?:first|second|third|fourth|last)\squarter(?:\sof\s(?:\d{{4}}|the\syear))?\b
        "
    );
    // quantities keep their unit: "45 km", "3 tonnes", "20°C", "5 mph" (ambiguous short
    // units such as "in", "m" and "g" are left out)
    let unit = r"(?:\s?°\s?[CF]\b|\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|lbs?|feet|ft|inches|mph|km/h|kph|degrees(?:\s(?:Celsius|Fahrenheit))?|hectares?|acres?|litres?|liters?|gallons?|barrels?|MW|GW|kW|kWh|GB|TB|sq\s(?:km|miles?))\b)";
    let number = format!(r"{NUM}(?:\s?-?\s?(?:hundred|thousand|million|billion|trillion|mln|bln|bn|tn)\b)?(?:-[a-z]+\b|{unit})?");
    // vague quantities are one figure: "a few hundred", "several million", "tens of thousands"
    let word_number = format!(r"(?i)\b(?:(?:a\s)?(?:few|several|many)\s(?:hundred|thousand|million|billion)|tens\sof\s(?:thousands|millions|million|billions)|{wn}(?:-[a-z]+\b)?|hundreds|thousands|millions|billions|dozens|dozen)\b");
    vec![
        ("money", prepare(&money)),
        ("percent", prepare(&percent)),
        ("date", prepare(&date)),
        ("number", prepare(&number)),
        ("word_number", prepare(&word_number)),
        ("ordinal", prepare(r"\b\d+(?:st|nd|rd|th)\b")),
        // a length of time; a race time with its fraction ("4:07.13", "1:41:41.2")
        ("duration", prepare(&format!(
            r"(?i)\b(?:{NUM}|{wn}|a|an)(?:[-\s]and[-\s]a[-\s]half)?[-\s](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)\b|\b\d{{1,2}}(?::\d\d){{1,2}}\.\d+\b"
        ))),
        // the whole of a date span that is relative to the moment of writing, or a time of day
        ("relative", prepare(
            r"(?i)^(?:the\s)?(?:(?:today|tonight|yesterday|tomorrow|noon|midnight)|(?:last|next|this|coming|past|previous)\s(?:week|month|year|weekend|decade|century|spring|summer|autumn|fall|winter|quarter|season)|.*\bago|(?:past|last|next|coming|previous|first|final)\s.*\b(?:days|weeks|months|years|decades)|(?:last|this|next|early|late|mid)[-\s](?:spring|summer|autumn|winter|fall)|\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?:\s[A-Z]{3})?)$",
        )),
        // "a third of", "two-thirds", "three quarters": the figure is the match without its
        // trailing "of" (src/figures.rs, `fraction_part`)
        ("fraction", prepare(r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine)[-\s](?:half|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths)(?:\s+of\b|\b)")),
        // spans inside which no figure is reported: phone numbers, versions, codes
        ("exclusion", prepare(r"(?x)
            \(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b | \b\d{3}-\d{4}\b
            | \b[vV]?\d+\.\d+\.\d+(?:\.\d+)*\b
            | \b\d+(?:st|nd|rd|th)?-(?:ever|place|minute)\b
            ")),
    ]
}

/// A pattern as the automata are built from it.
fn prepare(p: &str) -> String {
    // ASCII word boundaries: a DFA cannot look around a Unicode `\b` (and the regex crate's
    // lazy DFA, which these patterns ran on before, fell back to a slower engine for it on
    // non-ASCII text, 70x slower on 5 MB). `\d` in Unicode mode is every script's digits:
    // ASCII digits are what figures use.
    let p = p.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]");
    without_unicode_tables(&p)
}

/// Unicode's White_Space, which is what `\s` matches (tab to carriage return, space, next line,
/// no-break space, the Ogham space mark, the en quad to the hair space, the line and paragraph
/// separators, the narrow no-break space, the medium mathematical space, the ideographic space).
pub const WHITE_SPACE: &str = r"\t-\r\x20\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

/// A pattern that needs none of the regex crate's Unicode tables (its `unicode-perl` and
/// `unicode-case` features, 34 KB of the gzipped wasm): `\s` becomes the White_Space class it
/// stands for, and a pattern that starts with `(?i)` spells each letter's two cases instead
/// (`[pP]`, `[A-Za-z]`). The figure patterns' letters are all ASCII, so the one difference is
/// that the Kelvin sign no longer matches "k" nor the long s "s" (Unicode folds them together).
pub fn without_unicode_tables(p: &str) -> String {
    let (fold, p) = match p.strip_prefix("(?i)") {
        Some(rest) => (true, rest),
        None => (false, p),
    };
    let mut out = String::with_capacity(p.len() * 2);
    let mut chars = p.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('s') if in_class => out.push_str(WHITE_SPACE),
                Some('s') => {
                    out.push('[');
                    out.push_str(WHITE_SPACE);
                    out.push(']');
                }
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                    // an escape with braces (`\x{A0}`, `\p{L}`) is copied whole
                    if chars.peek() == Some(&'{') && matches!(e, 'x' | 'p' | 'P' | 'u') {
                        for d in chars.by_ref() {
                            out.push(d);
                            if d == '}' {
                                break;
                            }
                        }
                    }
                }
                None => out.push('\\'),
            },
            '(' if !in_class && chars.peek() == Some(&'?') => {
                // a group's flags are copied as they are: `(?:`, `(?-u:`, `(?x)`
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == ':' || d == ')' {
                        break;
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            // (a range's both ends are letters of one case in these patterns: `a-z`, `A-Z`)
            c if fold && in_class && c.is_ascii_alphabetic() && chars.peek() == Some(&'-') => {
                chars.next();
                let end = chars.next().unwrap_or(c);
                let other = |x: char| if x.is_ascii_lowercase() { x.to_ascii_uppercase() } else { x.to_ascii_lowercase() };
                out.extend([c, '-', end, other(c), '-', other(end)]);
            }
            c if fold && c.is_ascii_alphabetic() => {
                let (lower, upper) = (c.to_ascii_lowercase(), c.to_ascii_uppercase());
                if in_class {
                    out.extend([lower, upper]);
                } else {
                    out.extend(['[', lower, upper, ']']);
                }
            }
            c => out.push(c),
        }
    }
    out
}

