//! Hostile shapes of input (issue 12, item 4): a `uses` list of 100,000
//! items, a dotted name of 400,000 parts, a million broken lines. These
//! tests assert results, not times: that such inputs are checked to the
//! right outcome, and that only the first diagnostics are kept while every
//! one is counted and reported, in every format. (Their times are
//! benchmarked in `benches/compile.rs`, their memory in `benches/memory.sh`.)

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::time::Duration;

use assert_cmd::Command;
use policyc::codes::Code;
use policyc::diagnostic::MAX_KEPT;
use policyc::synth;
use serde_json::Value;

/// How many diagnostics `synth::broken_lines(n)` has: no header (one),
/// the first line's missing label and retention and its broken block
/// (three: its warnings, for identity and purpose, wait until the file
/// parses), then a duplicate and a broken block a line.
fn broken_count(n: usize) -> usize {
    1 + 3 + 2 * (n - 1)
}

#[test]
fn a_uses_list_of_100000_items_checks_clean() {
    let n = 100_000;
    let checked = policyc::check_source(&synth::long_uses(n));
    assert!(
        checked.diagnostics.is_empty(),
        "{:#?}",
        checked.diagnostics.first()
    );
    let policy = checked.policy.expect("a model");
    assert_eq!(policy.purposes[0].uses.len(), n + 1);
}

#[test]
fn repeated_uses_are_listed_once() {
    let text = synth::long_uses(3).replace("uses d,", "uses d, d.i1, d, d.i1,");
    let checked = policyc::check_source(&text);
    let policy = checked.policy.expect("a model");
    assert_eq!(policy.purposes[0].uses, ["d", "d.i1", "d.i0", "d.i2"]);
}

#[test]
fn a_dotted_name_of_400000_parts_is_refused_where_it_is_declared() {
    let checked = policyc::check_source(&synth::dotted_name(400_000));
    assert!(checked.policy.is_none());
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::NameTooLong), "{codes:?}");
    assert!(codes.len() <= 5, "{codes:?}");
    assert!(checked.omitted.is_empty());
}

#[test]
fn a_million_broken_lines_keep_the_first_diagnostics_and_count_every_one() {
    let n = 1_000_000;
    let checked = policyc::check_source(&synth::broken_lines(n));
    assert!(checked.policy.is_none());
    assert_eq!(checked.diagnostics.len(), MAX_KEPT);
    assert_eq!(
        checked.diagnostics.len() + checked.omitted.total(),
        broken_count(n)
    );
    assert_eq!(checked.omitted.errors(), checked.omitted.total());
    assert!(checked.omitted.has(Code::Duplicate) && checked.omitted.has(Code::MalformedProperty));
    // The first ones in the file are kept, in source order, whatever
    // order the stages found them in (the missing header is found last).
    assert!(
        checked
            .diagnostics
            .windows(2)
            .all(|w| w[0].span <= w[1].span)
    );
    assert_eq!(checked.diagnostics[0].code, Code::MissingHeader);
    let last = checked.diagnostics.last().unwrap().span.start;
    assert!(
        last < 13 * 500,
        "kept from the start of the file, up to {last}"
    );
}

// ------------------------------------------------------ the command line

const LINES: usize = 20_000;

/// `policyc check` on `synth::broken_lines(LINES)`, with `args`.
fn check(args: &[&str]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.policy");
    std::fs::write(&path, synth::broken_lines(LINES)).unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir.path())
        .args(["--color", "never"])
        .args(args)
        .args(["check", "broken.policy"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn human_output_shows_the_first_and_says_how_many_more() {
    let total = broken_count(LINES);
    let (_, stderr) = check(&[]);
    let shown = stderr.matches("\nerror[").count() + stderr.matches("\nwarning[").count() + 1;
    assert_eq!(shown, 100, "{}", &stderr[..2000]);
    assert!(
        stderr.contains(&format!("note: … and {} more diagnostics", total - 100)),
        "{}",
        &stderr[stderr.len() - 600..]
    );
    assert!(
        stderr.ends_with(&format!("error: {total} errors in 1 file\n")),
        "{}",
        &stderr[stderr.len() - 600..]
    );
}

#[test]
fn human_output_without_a_limit_shows_every_one_kept() {
    let total = broken_count(LINES);
    let (_, stderr) = check(&["--max-diagnostics", "0"]);
    let shown = stderr.matches("\nerror[").count() + stderr.matches("\nwarning[").count() + 1;
    assert_eq!(shown, MAX_KEPT);
    assert!(stderr.contains(&format!(
        "note: … and {} more diagnostics",
        total - MAX_KEPT
    )));
}

#[test]
fn json_lists_the_first_and_counts_every_one() {
    let total = broken_count(LINES);
    let (stdout, _) = check(&["--format", "json"]);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), MAX_KEPT);
    assert_eq!(report["errors"], total);
    assert_eq!(report["warnings"], 0);
    assert_eq!(report["omitted"], total - MAX_KEPT);
}

#[test]
fn github_annotates_the_first_and_notes_how_many_more() {
    let total = broken_count(LINES);
    let (stdout, _) = check(&["--format", "github"]);
    let annotations = stdout
        .lines()
        .filter(|l| l.starts_with("::error file=") || l.starts_with("::warning file="))
        .count();
    assert_eq!(annotations, 100);
    let notice = format!(
        "::notice title=policyc::… and {} more diagnostics",
        total - 100
    );
    assert!(stdout.lines().any(|l| l.starts_with(&notice)), "{stdout}");
}

#[test]
fn sarif_lists_the_first_and_notifies_how_many_more() {
    let total = broken_count(LINES);
    let (stdout, _) = check(&["--format", "sarif"]);
    let log: Value = serde_json::from_str(&stdout).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), MAX_KEPT);
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    let expected = format!("… and {} more diagnostics", total - MAX_KEPT);
    assert!(
        notes.iter().any(|n| n["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with(&expected)),
        "{notes:?}"
    );
}

#[test]
fn past_the_limit_a_kept_diagnostic_still_has_a_help_line() {
    // Unknown names found after a thousand problems are held skip the
    // search for a near name, yet those kept say how to declare them.
    let names: Vec<String> = (0..3000).map(|i| format!("nope{i}")).collect();
    let text = synth::long_uses(10).replace("uses d,", &format!("uses {}, d,", names.join(", ")));
    let checked = policyc::check_source(&text);
    assert_eq!(checked.diagnostics.len(), MAX_KEPT);
    assert_eq!(checked.omitted.total(), 3000 - MAX_KEPT);
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code == Code::UnknownData)
    );
    assert!(checked.diagnostics.iter().all(|d| d.help.is_some()));
}

#[test]
fn json_of_a_run_that_lists_everything_omits_nothing() {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--format", "json", "check", "policies/pro-it-group.policy"])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let report: Value = serde_json::from_str(&String::from_utf8(output.stdout).unwrap()).unwrap();
    assert_eq!(report["omitted"], 0);
}

#[test]
fn fmt_of_broken_lines_keeps_only_the_first_syntax_errors() {
    match policyc::fmt::format(&synth::broken_lines(200_000)) {
        Err(policyc::fmt::FmtError::Syntax(diagnostics)) => {
            assert_eq!(diagnostics.len(), MAX_KEPT);
            assert!(diagnostics.windows(2).all(|w| w[0].span <= w[1].span));
        }
        other => panic!("{other:?}"),
    }
}
