//! The CLI as a shell user runs it: a reader that stops early (`skimlight scan | head`) ends the
//! program quietly, with success and no panic.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;

/// Start the CLI with `input` written to it from a thread (`jsonl` answers each line as it
/// reads it, and a long input must not wait on a full output pipe).
fn start(args: &[&str], input: &str) -> (Child, JoinHandle<std::io::Result<()>>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skimlight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run skimlight");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    (child, writer)
}

fn stops_quietly(args: &[&str], input: &str) {
    let (mut child, writer) = start(args, input);
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("read a line");
    assert!(!first.is_empty(), "{args:?} wrote nothing");
    // the reader is gone now: the rest of the output meets a closed pipe
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join().expect("input writer"); // (a closed pipe may have cut the write short)
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    assert!(out.status.success(), "{args:?} failed: {stderr}");
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // far more output than a pipe's buffer holds
    let text = "Russian Foreign Minister Sergei Lavrov met UN chief Ban Ki-moon in Geneva on Monday.\n".repeat(5_000);
    stops_quietly(&["scan"], &text);
    let line = serde_json::json!({"id": "x", "text": text}).to_string();
    stops_quietly(&["jsonl"], &format!("{line}\n{line}\n{line}\n"));
}

fn run(args: &[&str], input: &str) -> String {
    let (ok, out, err) = run_cli(args, input);
    assert!(ok, "{args:?} failed: {err}");
    out
}

/// `jsonl` scans on several threads and writes the records in input order, the same records
/// whatever the number of threads; a long document does not let later ones overtake it.
#[test]
fn jsonl_keeps_input_order_on_every_core() {
    let mut input = String::new();
    for i in 0..300 {
        // every seventh document is long, so threads finish out of order
        let text = if i % 7 == 0 { "Sergei Lavrov met Ban Ki-moon in Geneva on Monday. ".repeat(400) } else { format!("Doc {i}: NATO paid ${i} million.") };
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
        if i % 50 == 0 {
            input.push('\n'); // blank lines are skipped
        }
    }
    let one = run(&["jsonl", "--jobs", "1"], &input);
    let four = run(&["jsonl", "--jobs", "4"], &input);
    let default = run(&["jsonl"], &input);
    assert_eq!(one, four);
    assert_eq!(one, default);
    let ids: Vec<i64> = one.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["id"].as_i64().expect("id")).collect();
    assert_eq!(ids, (0..300).collect::<Vec<_>>());
}

/// A program may write one document and wait for its answer before writing the next.
#[test]
fn jsonl_answers_each_line_as_it_comes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skimlight"))
        .args(["jsonl", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run skimlight");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    for i in 0..3 {
        writeln!(stdin, "{}", serde_json::json!({"id": i, "text": "Sergei Lavrov spoke in Geneva."})).expect("write");
        stdin.flush().expect("flush");
        let mut line = String::new();
        stdout.read_line(&mut line).expect("an answer before the input ends");
        assert!(line.contains(&format!("\"id\":{i}")), "{line}");
    }
    drop(stdin);
    assert!(child.wait().expect("wait").success());
}

/// `eval --errors` shows a dev set's misses, but never a confirm set's: that set is news no rule
/// is tuned on, scored only.
#[test]
fn eval_never_prints_a_confirm_sets_errors() {
    let root = std::env::temp_dir().join(format!("skimlight-eval-{}", std::process::id()));
    // gold that the scanner must miss: "met" as an organization
    let gold = serde_json::json!({"id": "t", "text": "Sergei Lavrov met Ban Ki-moon in Geneva.",
        "entities": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 14, "end": 17, "label": "ORG"}]});
    for dir in ["dev", "confirm"] {
        std::fs::create_dir_all(root.join(dir)).expect("temp dir");
        std::fs::write(root.join(dir).join("news.jsonl"), format!("{gold}\n")).expect("gold file");
    }
    let eval = |dir: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_skimlight"))
            .args(["eval", "--errors", root.join(dir).to_str().expect("utf-8 path")])
            .output()
            .expect("run skimlight eval");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let dev = eval("dev");
    assert!(dev.contains("FN ORG") && dev.contains("\"met\""), "a dev set's miss is shown: {dev}");
    let confirm = eval("confirm");
    assert!(!confirm.contains("FN ") && !confirm.contains("\"met\""), "a confirm set's miss is shown: {confirm}");
    assert!(confirm.contains("its errors are not printed") && confirm.contains("ORG"), "the confirm set is still scored: {confirm}");
    let _ = std::fs::remove_dir_all(&root);
}

/// `eval --guard` holds a confirm set to its recorded figure as it holds the dev sets: more than
/// a point below the "### Confirm set" table fails.
#[test]
fn the_guard_checks_the_confirm_set_too() {
    let root = std::env::temp_dir().join(format!("skimlight-guard-{}", std::process::id()));
    std::fs::create_dir_all(root.join("confirm")).expect("temp dir");
    // one name found, one organization missed: micro F1 below 100
    let gold = serde_json::json!({"id": "t", "text": "Sergei Lavrov met Ban Ki-moon in Geneva.",
        "entities": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 14, "end": 17, "label": "ORG"}]});
    std::fs::write(root.join("confirm").join("held.jsonl"), format!("{gold}\n")).expect("gold file");
    let guard = |recorded: &str| {
        let bench = root.join("BENCHMARKS.md");
        std::fs::write(&bench, format!("### Now\n\n| dev set | micro |\n|---|---|\n| other | 50.0 |\n\n\
            ### Confirm set (scored, never read)\n\n| set | PERSON | micro |\n|---|---|---|\n| held | 100.0 | {recorded} |\n")).expect("bench file");
        Command::new(env!("CARGO_BIN_EXE_skimlight"))
            .args(["eval", "--guard", bench.to_str().expect("utf-8"), root.join("confirm").to_str().expect("utf-8")])
            .output()
            .expect("run skimlight eval")
    };
    let low = guard("10.0");
    assert!(low.status.success(), "{}", String::from_utf8_lossy(&low.stderr));
    assert!(String::from_utf8_lossy(&low.stdout).contains("guard held:"), "{}", String::from_utf8_lossy(&low.stdout));
    let high = guard("100.0");
    assert!(!high.status.success(), "a confirm set below its recorded figure must fail the guard");
    assert!(String::from_utf8_lossy(&high.stderr).contains("held"), "{}", String::from_utf8_lossy(&high.stderr));
    let _ = std::fs::remove_dir_all(&root);
}

/// Run the CLI on `input`: (success, standard output, standard error).
fn run_cli(args: &[&str], input: &str) -> (bool, String, String) {
    let (child, writer) = start(args, input);
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("input writer").expect("write input");
    (out.status.success(), String::from_utf8(out.stdout).expect("UTF-8 output"), String::from_utf8_lossy(&out.stderr).into_owned())
}

const ARTICLE: &str = "\"We know that NATO has conducted an inquiry,\" Russian Foreign Minister Sergei Lavrov said on Monday. \
    \"It is sad,\" he added. The mission cost $1.2 billion, a report said. \"This must stop,\" said Ban Ki-moon.\n";

#[test]
fn report_prints_sources_quotes_figures_and_names() {
    let dir = std::env::temp_dir().join(format!("skimlight-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("article.txt");
    std::fs::write(&file, ARTICLE).expect("write the article");
    let path = file.to_str().expect("a UTF-8 path");
    let (ok, md, err) = run_cli(&["report", path], "");
    assert!(ok, "{err}");
    assert!(md.starts_with(&format!("# skimlight report: {path}\n")), "{md}");
    assert!(md.contains("| Sergei Lavrov | Russian Foreign Minister | 2 | 11 | 78.6% |"), "{md}");
    assert!(md.contains("| Ban Ki-moon |  | 1 | 3 | 21.4% |"), "{md}");
    assert!(md.contains("| $1.2 billion | 1200000000 USD | The mission cost $1.2 billion, a report said. |"), "{md}");
    assert!(md.contains("| Sergei Lavrov | Person | 1 |"), "{md}");
    // the same rows as JSON, from standard input
    let (ok, json, err) = run_cli(&["report", "--json", "-"], ARTICLE);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["sources"][0]["speaker"], "Sergei Lavrov");
    assert_eq!(v["sources"][0]["words"], 11);
    assert_eq!(v["quotes"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["figures"][0]["label"], "DATE");
    assert!(v["figures"].as_array().unwrap().iter().any(|f| f["label"] == "MONEY" && f["value"] == "1200000000 USD"));
    assert!(v["names"].as_array().unwrap().iter().any(|n| n["name"] == "NATO" && n["label"] == "ORG"));
    std::fs::remove_dir_all(&dir).ok();
    // a clear error, no panic, for a missing file or no file
    let (ok, _, err) = run_cli(&["report", "/no/such/file.txt"], "");
    assert!(!ok && err.contains("/no/such/file.txt") && !err.contains("panicked"), "{err}");
    let (ok, _, err) = run_cli(&["report"], "");
    assert!(!ok && err.contains("report needs a FILE"), "{err}");
    let (ok, _, err) = run_cli(&["report", "--json", "--csv", "-"], "");
    assert!(!ok && err.contains("give one"), "{err}");
}

#[test]
fn report_as_csv_and_with_estimated_genders() {
    let (ok, csv, err) = run_cli(&["report", "--csv", "--gender", "-"], ARTICLE);
    assert!(ok, "{err}");
    let mut lines = csv.split_terminator("\r\n");
    assert_eq!(lines.next(), Some("kind,text,label,value,sentence,speaker,role,mentions,start,end,gender,gender_basis"));
    let rows: Vec<&str> = lines.collect();
    // three quotes, the date and the money, three names; Lavrov's is "he" in the article
    assert_eq!(rows.iter().filter(|r| r.starts_with("quote,")).count(), 3, "{csv}");
    assert!(rows.iter().any(|r| r.starts_with("quote,\"\"\"It is sad,\"\"\",QUOTE,,,Sergei Lavrov,Russian Foreign Minister,,") && r.ends_with(",male,pronoun")), "{csv}");
    assert!(rows.contains(&"figure,$1.2 billion,MONEY,1200000000 USD,\"The mission cost $1.2 billion, a report said.\",,,,141,153,,"), "{csv}");
    assert!(rows.iter().any(|r| r.starts_with("name,NATO,ORG,,,,,1,,")), "{csv}");
    let (ok, md, err) = run_cli(&["report", "--gender", "-"], ARTICLE);
    assert!(ok, "{err}");
    assert!(md.contains("| Sergei Lavrov | Russian Foreign Minister | male (pronoun) | 2 | 11 | 78.6% |"), "{md}");
    assert!(md.contains("Quoted words by estimated gender: women 0.0%, men 78.6%, unknown 21.4%."), "{md}");
}
