//! The CLI as a shell user runs it: a reader that stops early (`skimlight scan | head`) ends the
//! program quietly, with success and no panic.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn stops_quietly(args: &[&str], input: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skimlight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run skimlight");
    // (written from a thread: `jsonl` answers each line as it reads it)
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("read a line");
    assert!(!first.is_empty(), "{args:?} wrote nothing");
    // the reader is gone now: the rest of the output meets a closed pipe
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("input writer");
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
