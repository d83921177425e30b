//! The warnings policy: `--deny-warnings` and `[lints] allow` in
//! `policyc.toml`; and the options every reporting command shares
//! (`--color`, `NO_COLOR`, `--quiet`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;

/// A policy that checks with one warning: W0308, `extra` is used by no purpose.
const WITH_WARNING: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-01-01
  language   en
  controller "Shop Ltd" {
    service "Shop"
    website "https://shop.example"
  }
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  accepted   by_use
}

data account "Account" {
  source    user
  identity  identified
}

data extra "Extra" {
  source   derived
  identity depersonalized
}

purpose service "Providing the Service" {
  uses  account
  basis contract
}

retain account until account_closure

right complaint { via "the data protection authority" }

test "the service uses the account" {
  allow account for service
}
"#;

fn workspace(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    std::fs::write(dir.path().join("policies/shop.policy"), WITH_WARNING).unwrap();
    if let Some(config) = config {
        std::fs::write(dir.path().join("policyc.toml"), config).unwrap();
    }
    dir
}

fn policyc(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = cargo_bin_cmd!("policyc")
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn warnings_pass_by_default() {
    let dir = workspace(None);
    let (status, stdout, stderr) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stderr.contains("warning[W0308]"), "{stderr}");
    assert_eq!(stdout, "ok: 1 policy checked (1 warning)\n");
}

#[test]
fn deny_warnings_fails_check_build_and_test() {
    let dir = workspace(None);
    let (status, _, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("error: 1 warning in 1 file (--deny-warnings: warnings fail the run)"),
        "{stderr}"
    );

    let (status, _, stderr) = policyc(dir.path(), &["--deny-warnings", "build"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!dir.path().join("generated").exists());

    let (status, _, stderr) = policyc(dir.path(), &["test", "--deny-warnings"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("no test was run"), "{stderr}");
}

#[test]
fn deny_warnings_holds_in_every_format() {
    let dir = workspace(None);
    for format in ["json", "github", "sarif"] {
        let (status, stdout, _) = policyc(
            dir.path(),
            &["check", "--deny-warnings", "--format", format],
        );
        assert_eq!(status, 1, "{format}");
        assert!(stdout.contains("W0308"), "{format}: {stdout}");
    }
}

#[test]
fn allowed_warnings_are_neither_printed_nor_counted() {
    let dir = workspace(Some("[lints]\nallow = [\"W0308\"]\n"));
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stderr, "");
    assert_eq!(stdout, "ok: 1 policy checked\n");

    let (status, stdout, _) = policyc(dir.path(), &["check", "--format", "json"]);
    assert_eq!(status, 0);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["warnings"], 0);
    assert_eq!(report["diagnostics"], serde_json::json!([]));

    let (status, _, stderr) = policyc(dir.path(), &["build", "--deny-warnings"]);
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = policyc(dir.path(), &["test", "--deny-warnings"]);
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn the_configuration_is_found_in_a_parent_directory() {
    let dir = workspace(Some("[lints]\nallow = [\"W0308\"]\n"));
    let (status, _, stderr) = policyc(
        &dir.path().join("policies"),
        &["check", "--deny-warnings", "shop.policy"],
    );
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn other_warnings_still_count() {
    let dir = workspace(Some("[lints]\nallow = [\"W0404\"]\n"));
    let (status, _, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("W0308"), "{stderr}");
}

#[test]
fn an_error_code_cannot_be_allowed() {
    let dir = workspace(Some("[lints]\nallow = [\"E0101\"]\n"));
    let (status, stdout, stderr) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 2, "{stderr}");
    assert_eq!(stdout, "");
    assert!(stderr.contains("policyc.toml"), "{stderr}");
    assert!(stderr.contains("`E0101`, an error"), "{stderr}");
    assert!(stderr.contains("only warnings"), "{stderr}");
}

#[test]
fn an_unknown_code_is_a_usage_error() {
    let dir = workspace(Some("[lints]\nallow = [\"W0388\"]\n"));
    let (status, _, stderr) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("`W0388`, which is not a diagnostic code; did you mean"),
        "{stderr}"
    );
}

#[test]
fn a_malformed_configuration_is_a_usage_error() {
    let dir = workspace(Some("[lints]\nallow = \"W0308\"\n"));
    let (status, _, stderr) = policyc(dir.path(), &["build"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("is not a valid configuration: line 2"),
        "{stderr}"
    );

    let dir = workspace(Some("[lints]\ndeny = [\"W0308\"]\n"));
    let (status, _, stderr) = policyc(dir.path(), &["test"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("deny"), "{stderr}");
}

#[test]
fn commands_that_report_nothing_ignore_the_configuration() {
    let dir = workspace(Some("not toml at all ["));
    let (status, stdout, _) = policyc(dir.path(), &["explain", "W0308"]);
    assert_eq!(status, 0);
    assert!(!stdout.is_empty());
    let (status, _, _) = policyc(dir.path(), &["completions", "bash"]);
    assert_eq!(status, 0);
    let (status, _, stderr) = policyc(dir.path(), &["init", "--id", "other"]);
    assert_eq!(status, 0, "{stderr}");
}

// ------------------------------------------------- colour and quiet

const ESC: char = '\u{1b}';

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let dir = workspace(None);
    // Not a terminal: no colour.
    let (_, _, stderr) = policyc(dir.path(), &["check"]);
    assert!(!stderr.contains(ESC), "{stderr}");
    let (_, _, stderr) = policyc(dir.path(), &["check", "--color", "always"]);
    assert!(stderr.contains(ESC), "{stderr}");
    let (_, _, stderr) = policyc(dir.path(), &["check", "--color", "never"]);
    assert!(!stderr.contains(ESC), "{stderr}");
    // Colour on every reporting command, and never on machine output.
    for args in [
        &["build", "--deny-warnings", "--color", "always"][..],
        &["test", "--deny-warnings", "--color", "always"][..],
        &["init", "--id", "shop", "--color", "always"][..],
    ] {
        let (_, _, stderr) = policyc(dir.path(), args);
        assert!(stderr.contains(ESC), "{args:?}: {stderr}");
    }
    for format in ["json", "github", "sarif"] {
        let (_, stdout, _) = policyc(
            dir.path(),
            &["check", "--color", "always", "--format", format],
        );
        assert!(!stdout.contains(ESC), "{format}: {stdout}");
    }
}

#[test]
fn no_color_is_honoured_in_auto_mode() {
    let dir = workspace(None);
    let output = cargo_bin_cmd!("policyc")
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .args(["check", "--color", "auto"])
        .output()
        .unwrap();
    assert!(!String::from_utf8(output.stderr).unwrap().contains(ESC));
}

#[test]
fn quiet_prints_nothing_on_success() {
    let dir = workspace(Some("[lints]\nallow = [\"W0308\"]\n"));
    for args in [
        &["check", "--quiet"][..],
        &["build", "--quiet"][..],
        &["build", "--check", "--quiet"][..],
        &["test", "--quiet"][..],
        &["init", "--quiet", "--id", "quiet_one"][..],
        &["check", "--quiet", "--format", "github"][..],
    ] {
        let (status, stdout, stderr) = policyc(dir.path(), args);
        assert_eq!(status, 0, "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
        assert_eq!(stderr, "", "{args:?}");
    }
    // Failures are still reported.
    let (status, _, stderr) = policyc(dir.path(), &["init", "--quiet", "--id", "quiet_one"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("already exists"), "{stderr}");
}

#[test]
fn quiet_leaves_out_warnings_that_do_not_fail_the_run() {
    let dir = workspace(None);
    for args in [
        &["check", "-q"][..],
        &["build", "-q"][..],
        &["build", "--check", "-q"][..],
        &["test", "-q"][..],
        &["fmt", "-q"][..],
        &["fmt", "--check", "-q"][..],
        &["init", "-q", "--id", "quiet_two"][..],
        &["check", "-q", "--format", "github"][..],
    ] {
        let (status, stdout, stderr) = policyc(dir.path(), args);
        assert_eq!(status, 0, "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
        assert_eq!(stderr, "", "{args:?}");
    }
    // A warning that fails the run is printed, as an error is.
    let (status, _, stderr) = policyc(dir.path(), &["check", "-q", "--deny-warnings"]);
    assert_eq!(status, 1);
    assert!(stderr.contains("warning[W0308]"), "{stderr}");
    // A tool's report is the result: it keeps every warning.
    let (status, stdout, _) = policyc(dir.path(), &["check", "-q", "--format", "json"]);
    assert_eq!(status, 0);
    assert!(stdout.contains("W0308"), "{stdout}");
}
