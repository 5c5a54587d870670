//! The recognizer case tables (tests/cases), run natively. The same tables run in wasm
//! (tests/wasm.rs) under Node and in headless Chrome.

mod cases;

use cases::{CASES, QUOTES};
use skimlight::{Category, Scan, Scanner};

fn found(text: &str, scan: &Scan) -> Vec<(String, String)> {
    scan.annotations.iter().map(|a| (a.category.name().to_string(), text[a.start..a.end].to_string())).collect()
}

#[test]
fn case_table() {
    let scanner = Scanner::new();
    for case in CASES {
        let scan = scanner.scan(case.text);
        let got = found(case.text, &scan);
        for (cat, span) in case.expect {
            assert!(got.iter().any(|(c, s)| c == cat && s == span), "{}: missing {cat} {span:?} in {got:?}", case.why);
        }
        for (cat, span) in case.reject {
            assert!(!got.iter().any(|(c, s)| c == cat && s == span), "{}: unwanted {cat} {span:?}", case.why);
        }
    }
}

#[test]
fn quote_table() {
    let scanner = Scanner::new();
    for case in QUOTES {
        let scan = scanner.scan(case.text);
        let quotes: Vec<(String, Option<String>)> = scan.annotations.iter()
            .filter(|a| a.category == Category::Quote)
            .map(|a| {
                let body = case.text[a.start..a.end].trim_start_matches(['"', '\u{201C}']).to_string();
                let body = if case.text[a.start..a.end].starts_with(['\u{00AB}', '\u{201E}', '\'', '\u{2018}']) {
                    case.text[a.start..a.end].to_string()
                } else {
                    body
                };
                (body, a.link.and_then(|l| scan.quotes[l].speaker.clone()))
            })
            .collect();
        assert_eq!(quotes.len(), case.quotes.len(), "{}: {quotes:?}", case.why);
        for ((body, speaker), (start, want)) in quotes.iter().zip(case.quotes.iter()) {
            assert!(body.starts_with(start), "{}: quote {body:?} should start {start:?}", case.why);
            assert_eq!(speaker.as_deref(), *want, "{}: speaker of {start:?}", case.why);
        }
        for phrase in case.not_quotes {
            assert!(!quotes.iter().any(|(b, _)| b.starts_with(phrase)), "{}: {phrase:?} is not a quote", case.why);
        }
    }
}

#[test]
fn entity_linking_and_tooltips() {
    let scanner = Scanner::new();
    let scan = scanner.scan(cases::SEED);
    let lavrov: Vec<_> = scan.annotations.iter().enumerate()
        .filter(|(_, a)| a.category == Category::Person && cases::SEED[a.start..a.end].contains("Lavrov"))
        .collect();
    assert_eq!(lavrov.len(), 2);
    assert_eq!(lavrov[0].1.link, lavrov[1].1.link, "Sergei Lavrov and Lavrov are one entity");
    let desc = scan.describe(lavrov[1].0);
    assert!(desc.starts_with("Person \u{b7} Sergei Lavrov, Russian Foreign Minister \u{b7} 2 mentions"), "{desc}");
    let q = scan.annotations.iter().position(|a| a.category == Category::Quote).unwrap();
    assert_eq!(scan.describe(q), "Quote \u{b7} Sergei Lavrov, Russian Foreign Minister");
}

#[test]
fn a_name_alone_links_to_the_full_name_by_its_first_or_last_word() {
    let scanner = Scanner::new();
    let text = "President Xi Jinping met Prime Minister Jacinda Ardern. Xi said trade mattered, and Ardern agreed.";
    let scan = scanner.scan(text);
    let link = |name: &str| scan.annotations.iter().find(|a| &text[a.start..a.end] == name).and_then(|a| a.link);
    assert!(link("Xi").is_some());
    assert_eq!(link("Xi"), link("Xi Jinping"), "a family name written first links to the full name");
    assert_eq!(link("Ardern"), link("Jacinda Ardern"));
    assert_ne!(link("Xi"), link("Ardern"));
    // a given name used alone in a feature story is the person named in full before
    let text = "Their coach Enbaqom Tesfaye arrived early. Each morning, Enbaqom runs the drills.";
    let scan = scanner.scan(text);
    let given = scan.annotations.iter().find(|a| &text[a.start..a.end] == "Enbaqom").expect("Enbaqom alone is highlighted");
    assert_eq!(given.category, Category::Person);
    let full = scan.annotations.iter().find(|a| &text[a.start..a.end] == "Enbaqom Tesfaye").expect("the coach is a person");
    assert_eq!(given.link, full.link);
    // an organization's name without the acronym before it, whichever comes first
    let text = "The Security Council met. Later the UN Security Council voted, and the Security Council adjourned.";
    let scan = scanner.scan(text);
    let councils: Vec<_> = scan.annotations.iter().filter(|a| text[a.start..a.end].ends_with("Security Council")).collect();
    assert_eq!(councils.len(), 3);
    assert!(councils.iter().all(|a| a.link.is_some() && a.link == councils[1].link), "one council");
    assert_eq!(scan.entities[councils[0].link.unwrap()].name, "UN Security Council");
    // "the Council" stands for the council named in full before
    let text = "The UN Security Council met. Members gave a full account to the Council. The Church of Scientology denied it, and the Church said so.";
    let scan = scanner.scan(text);
    let get = |t: &str| scan.annotations.iter().find(|a| &text[a.start..a.end] == t).unwrap_or_else(|| panic!("{t} highlighted"));
    assert_eq!(get("Council").category, Category::Organization);
    assert_eq!(get("Council").link, get("UN Security Council").link);
    assert_eq!(get("Church").link, get("Church of Scientology").link);
    // another name the text gives: an alias after "known as", a short name in brackets
    let text = "President Joko Widodo spoke. Widodo - more commonly known as Jokowi - agreed. Later, Jokowi said so. \
                Bosses of Tokyo Electric Power Company (Tepco) must pay. Managers at Tepco agreed.";
    let scan = scanner.scan(text);
    let all = |t: &str| scan.annotations.iter().filter(|a| &text[a.start..a.end] == t).map(|a| a.link).collect::<Vec<_>>();
    let president = all("Joko Widodo")[0];
    assert!(president.is_some());
    assert_eq!(all("Jokowi"), vec![president, president], "Jokowi is Joko Widodo");
    let tepco = all("Tokyo Electric Power Company")[0];
    assert_eq!(all("Tepco"), vec![tepco, tepco], "Tepco is the Tokyo Electric Power Company");
    // a company's short form links to its full name: "Shohoz" after "Shohoz Limited"
    let text = "Maliha Quadir, director of Shohoz Limited, said so. Shohoz denied it.";
    let scan = scanner.scan(text);
    let get = |t: &str| scan.annotations.iter().find(|a| &text[a.start..a.end] == t).unwrap_or_else(|| panic!("{t} highlighted"));
    assert_eq!(get("Shohoz").category, Category::Organization);
    assert_eq!(get("Shohoz").link, get("Shohoz Limited").link);
}

#[test]
fn figure_values_resolve_against_publication() {
    let scanner = Scanner::new();
    let opts = skimlight::Options { published: skimlight::parse_iso_date("2012-03-12") };
    let scan = scanner.scan_with(cases::SEED, &opts);
    let value = |t: &str| scan.annotations.iter()
        .find(|a| &cases::SEED[a.start..a.end] == t)
        .and_then(|a| a.value.clone());
    assert_eq!(value("Monday").as_deref(), Some("2012-03-12"));
    assert_eq!(value("March 9").as_deref(), Some("2012-03-09"));
    assert_eq!(value("Aug. 8 last year").as_deref(), Some("2011-08-08"));
    assert_eq!(value("five").as_deref(), Some("5"));
}

#[test]
fn dates_in_digits_and_slashes_are_whole_dates() {
    let scanner = Scanner::new();
    let text = "Filed 12/25/2019, heard 25/12/2019 and 3/4/2020; not 9/11, 24/7 or 13/13/2019.";
    let scan = scanner.scan(text);
    let value = |t: &str| scan.annotations.iter().find(|a| &text[a.start..a.end] == t).map(|a| (a.category, a.value.clone()));
    assert_eq!(value("12/25/2019"), Some((Category::Date, Some("2019-12-25".into()))));
    assert_eq!(value("25/12/2019"), Some((Category::Date, Some("2019-12-25".into()))));
    // both readings are dates: the month first, as American copy writes it
    assert_eq!(value("3/4/2020"), Some((Category::Date, Some("2020-03-04".into()))));
    for t in ["9/11", "24/7", "13/13/2019", "9", "11", "12", "25"] {
        assert_eq!(value(t), None, "{t}");
    }
}
