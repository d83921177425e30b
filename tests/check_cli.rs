//! `policyc check` and `policyc explain` as users and CI run them: exit
//! statuses, where output goes, the JSON format, and the explanations.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;
use policyc::codes::Code;
use serde_json::Value;

const SEED: &str = "policies/examples/seed-as-written.policy";
const EXAMPLE: &str = "policies/pro-it-group.policy";

/// The binary, run from the repository root.
fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    cmd
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let output = policyc().args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn json(args: &[&str]) -> (Option<i32>, Value) {
    let (status, stdout, stderr) = run(args);
    let value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\nstderr: {stderr}"));
    (status, value)
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/diagnostics/{name}.policy")
}

/// The 1-based line of the first line of `path` containing `needle`.
fn line_of(path: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

// ------------------------------------------------------------------ check

#[test]
fn the_policies_directory_checks_clean() {
    let (status, stdout, stderr) = run(&["check", "--color", "never", "policies/"]);
    assert_eq!(status, Some(0), "stdout: {stdout}\nstderr: {stderr}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
    assert!(!stderr.contains("error["), "{stderr}");
    // The seed as written is walked, and its failure is expected.
    assert!(
        stderr.contains("seed-as-written.policy") && stderr.contains("as expected"),
        "{stderr}"
    );
}

#[test]
fn check_defaults_to_the_policies_directory() {
    let (status, stdout, _) = run(&["check", "--color", "never"]);
    assert_eq!(status, Some(0));
    assert!(stdout.starts_with("ok: "), "{stdout}");
}

#[test]
fn the_example_policy_checks_clean_and_quietly() {
    let (status, stdout, stderr) = run(&["check", "--color", "never", EXAMPLE]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(stdout.trim(), "ok: 1 policy checked");
    assert_eq!(stderr, "");
    let (status, stdout, stderr) = run(&["check", "--quiet", EXAMPLE]);
    assert_eq!(status, Some(0));
    assert_eq!((stdout.as_str(), stderr.as_str()), ("", ""));
}

#[test]
fn the_seed_as_written_fails_naming_each_blank() {
    let (status, stdout, stderr) = run(&["check", "--color", "never", SEED]);
    assert_eq!(status, Some(1), "{stdout}{stderr}");
    assert!(stdout.is_empty(), "diagnostics go to stderr: {stdout}");
    // 1.1: the "" service.
    assert!(
        stderr.contains("error[E0204]: the service name is empty"),
        "{stderr}"
    );
    // 6.2: "available by the address." with no address.
    assert!(
        stderr.contains("error[E0402]: the policy header does not state `published`"),
        "{stderr}"
    );
    // 6.3: comments "on the address" with none.
    assert!(
        stderr.contains("error[E0402]: the policy header does not state `contact`"),
        "{stderr}"
    );
    // And W0418: under `gdpr`, the account does not say whether it is
    // required; W0420: 1.2, using the Service means accepting the Policy;
    // W0424: 2.4, the seed disclaims liability in the notice.
    assert!(
        stderr
            .contains("warning[W0420]: the policy says that using the service means accepting it"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning[W0424]: the clause `liability` reads like a contractual term"),
        "{stderr}"
    );
    // W0433: 4.5.3 to 4.5.5 disclose for purposes the list of 3.2 leaves out.
    assert!(
        stderr.contains("warning[W0433]: `acquirer` receives data on `business_transfer`"),
        "{stderr}"
    );
    // W0426 to W0428: 1.1 names the company, but gives no postal address,
    // no country and no data protection officer (nor why there is none).
    for warning in [
        "warning[W0426]: the controller states no postal address",
        "warning[W0427]: the controller does not say in which country it is established",
        "warning[W0428]: the controller names no data protection officer",
    ] {
        assert!(stderr.contains(warning), "{stderr}");
    }
    // W0454: 4.1 calls the measures "necessary and sufficient".
    assert!(
        stderr.contains(
            "warning[W0454]: the security measure `measures` says \"necessary and sufficient\""
        ),
        "{stderr}"
    );
    // W0453: the seed says nothing of automated decisions, neither that
    // there are some nor that there are none (no purpose of this edition
    // is marked `profiling`, so W0360 does not say it instead).
    assert!(
        stderr.contains(
            "warning[W0453]: the policy does not say whether automated decisions are made"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 errors and 11 warnings in 1 file"),
        "{stderr}"
    );
}

#[test]
fn the_seed_blanks_in_json_point_at_their_lines() {
    let (status, report) = json(&["check", "--format", "json", SEED]);
    assert_eq!(status, Some(1));
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let find = |code: &str, word: &str| {
        diagnostics
            .iter()
            .find(|d| d["code"] == code && d["message"].as_str().unwrap().contains(word))
            .unwrap_or_else(|| panic!("no {code} about {word}: {diagnostics:#?}"))
    };
    let service = find("E0204", "service");
    assert_eq!(service["line"], line_of(SEED, "service \"\""));
    assert_eq!(service["column"], 13);
    let header = line_of(SEED, "policy pro_it_privacy");
    assert_eq!(find("E0402", "`published`")["line"], header);
    assert_eq!(find("E0402", "`contact`")["line"], header);
    assert_eq!(report["errors"], 3);
    assert_eq!(report["files"], 1);
}

#[test]
fn json_diagnostics_have_every_field() {
    let path = fixture("e0101_unknown_data");
    let (status, report) = json(&["check", "--format", "json", &path]);
    assert_eq!(status, Some(1));
    assert_eq!(report["errors"], 1);
    // W0311, and W0410: the fixture declares no regimes.
    assert_eq!(report["warnings"], 2);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 3);
    for d in diagnostics {
        for key in [
            "code", "severity", "file", "line", "column", "message", "help",
        ] {
            assert!(d.get(key).is_some(), "no `{key}` in {d}");
        }
        assert_eq!(d["file"], path.as_str());
        assert!(d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1);
        assert!(matches!(d["severity"].as_str(), Some("error" | "warning")));
    }
    let error = diagnostics.iter().find(|d| d["code"] == "E0101").unwrap();
    assert_eq!(error["severity"], "error");
    assert_eq!(error["message"], "unknown data category `acount`");
    assert_eq!(error["help"], "did you mean `account`?");
    assert_eq!(error["line"], line_of(&path, "uses  acount"));
    assert_eq!(error["column"], 9);
    assert_eq!(error["end_column"], 15);
    let warning = diagnostics.iter().find(|d| d["code"] == "W0308").unwrap();
    assert_eq!(warning["severity"], "warning");
}

#[test]
fn json_of_a_clean_run_is_an_empty_report() {
    let (status, stdout, stderr) = run(&["check", "--format", "json", EXAMPLE]);
    assert_eq!(status, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["errors"], 0);
    assert_eq!(report["diagnostics"], Value::Array(Vec::new()));
    assert!(!stdout.contains("ok:"), "only JSON on stdout: {stdout}");
}

#[test]
fn warnings_alone_exit_zero() {
    let (status, stdout, stderr) = run(&[
        "check",
        "--color",
        "never",
        &fixture("w0404_no_complaint_right"),
    ]);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stderr.contains("warning[W0404]"), "{stderr}");
    assert_eq!(stdout.trim(), "ok: 1 policy checked (1 warning)");
}

#[test]
fn one_broken_file_among_several_fails_the_run() {
    let broken = fixture("e0307_identified_without_retention");
    let (status, _, stderr) = run(&["check", "--color", "never", EXAMPLE, &broken]);
    assert_eq!(status, Some(1));
    assert!(
        stderr.contains("error[E0307]") && stderr.contains("1 error in 2 files"),
        "{stderr}"
    );
}

#[test]
fn every_error_of_a_file_is_reported_in_one_run() {
    let (status, _, stderr) = run(&["check", "--color", "never", &fixture("three_broken_blocks")]);
    assert_eq!(status, Some(1));
    assert_eq!(stderr.matches("error[E").count(), 3, "{stderr}");
    assert!(stderr.contains("3 errors in 1 file"), "{stderr}");
}

#[test]
fn colour_only_when_asked() {
    let path = fixture("e0101_unknown_data");
    let (_, _, plain) = run(&["check", "--color", "never", &path]);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    // Not a terminal: auto means no colour.
    let (_, _, auto) = run(&["check", &path]);
    assert!(!auto.contains('\u{1b}'), "{auto}");
    let (_, _, coloured) = run(&["check", "--color", "always", &path]);
    assert!(coloured.contains('\u{1b}'), "{coloured}");
}

#[test]
fn a_marked_example_that_checks_clean_fails() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE)).unwrap();
    std::fs::write(
        dir.path().join("marked.policy"),
        format!("// policyc: expect-errors\n{text}"),
    )
    .unwrap();
    // Its German translation, which `languages en, de` asks for.
    let german = Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE.replace(".policy", ".de.ftl"));
    std::fs::copy(german, dir.path().join("marked.de.ftl")).unwrap();
    let output = policyc()
        .args(["check", "--color", "never"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "error[E0013]: this example is marked as expected to fail, but it checks clean"
        ),
        "{stderr}"
    );
}

#[test]
fn a_marked_example_named_directly_is_checked_for_real() {
    // Only a directory walk excuses an expected failure.
    let (status, _, stderr) = run(&["check", "--color", "never", SEED]);
    assert_eq!(status, Some(1));
    assert!(!stderr.contains("as expected"), "{stderr}");
}

// ---------------------------------------------------------------- explain

#[test]
fn explain_prints_every_code() {
    for code in Code::ALL {
        let (status, stdout, stderr) = run(&["explain", code.as_str()]);
        assert_eq!(status, Some(0), "{code}: {stderr}");
        assert!(
            stdout.starts_with(&format!("# {code}: ")),
            "{code}: {stdout}"
        );
        assert_eq!(stdout, code.explanation());
    }
}

#[test]
fn explain_ignores_case() {
    let (status, stdout, _) = run(&["explain", "e0101"]);
    assert_eq!(status, Some(0));
    assert!(stdout.starts_with("# E0101: "));
}

#[test]
fn explain_of_an_unknown_code_is_a_usage_error() {
    for code in ["E9999", "nonsense", ""] {
        let (status, stdout, stderr) = run(&["explain", code]);
        assert_eq!(status, Some(2), "{code}: {stdout}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(
            stderr.contains("no diagnostic code, change kind or keyword is named"),
            "{stderr}"
        );
    }
    for (wrong, meant) in [
        ("E01O1", "E0101"),
        ("RETENTION_EXTENDE", "RETENTION_EXTENDED"),
        ("retention_extendd", "RETENTION_EXTENDED"),
        ("legitimate_intrest", "legitimate_interest"),
    ] {
        let (status, _, stderr) = run(&["explain", wrong]);
        assert_eq!(status, Some(2), "{wrong}");
        assert!(
            stderr.contains(&format!("did you mean `{meant}`?")),
            "{wrong}: {stderr}"
        );
    }
}

#[test]
fn explain_describes_a_keyword_value_in_each_of_its_sets() {
    let (status, stdout, stderr) = run(&["explain", "business_transfer"]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        stdout,
        "business_transfer (transfer ground): part of a sale, merger or other transfer of the business\n"
    );
    let (status, stdout, _) = run(&["explain", "consent"]);
    assert_eq!(status, Some(0));
    assert!(stdout.contains("consent (legal basis): "), "{stdout}");
    assert!(stdout.contains("consent (transfer ground): "), "{stdout}");
}

#[test]
fn explain_without_a_code_lists_them_all() {
    let (status, stdout, _) = run(&["explain"]);
    assert_eq!(status, Some(0));
    for code in Code::ALL {
        let line = format!("{code}  {}", code.summary());
        assert!(
            stdout.lines().any(|l| l == line),
            "no line `{line}` in {stdout}"
        );
    }
}

// ------------------------------------------------------------------- help

#[test]
fn help_mentions_every_command() {
    let (status, stdout, _) = run(&["--help"]);
    assert_eq!(status, Some(0));
    // DESIGN.md section 9.
    for command in ["check", "build", "diff", "fmt", "test", "query", "explain"] {
        assert!(
            stdout
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "`{command}` missing from --help: {stdout}"
        );
        let (status, sub, stderr) = run(&[command, "--help"]);
        assert_eq!(status, Some(0), "{command} --help: {stderr}");
        assert!(sub.contains(&format!("policyc {command}")), "{sub}");
    }
    assert!(stdout.contains("Exit status"), "{stdout}");
}

#[test]
fn version_prints() {
    let (status, stdout, _) = run(&["--version"]);
    assert_eq!(status, Some(0));
    assert!(stdout.starts_with("policyc "), "{stdout}");
}
