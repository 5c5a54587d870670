//! The accuracy guard: micro F1 on each dev set must not fall more than one point below the
//! figure recorded in BENCHMARKS.md ("### Now").
//!
//! The project's tests may not read the gold data on their own (shared/data/README.md), so
//! this test runs only when SKIMLIGHT_GOLD names the folder of gold files: `make eval` and
//! `make guard` set it to ../shared/data/dev when that folder exists. Without it the test
//! says so and passes.

use std::process::Command;

#[test]
fn micro_f1_stays_within_a_point_of_benchmarks() {
    let Some(gold) = std::env::var_os("SKIMLIGHT_GOLD") else {
        eprintln!("SKIMLIGHT_GOLD is not set: the accuracy guard needs the gold data (make guard)");
        return;
    };
    let benchmarks = concat!(env!("CARGO_MANIFEST_DIR"), "/BENCHMARKS.md");
    let out = Command::new(env!("CARGO_BIN_EXE_skimlight"))
        .arg("eval").arg("--guard").arg(benchmarks).arg(&gold)
        .output()
        .expect("run skimlight eval");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}\n{}", stdout.lines().filter(|l| l.starts_with("guard")).collect::<Vec<_>>().join("\n"));
    assert!(stdout.contains("guard "), "no dev set was checked: {stdout}");
}
