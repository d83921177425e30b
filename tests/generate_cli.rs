//! `policyc completions SHELL` and `policyc man`: generated from the clap
//! definition, so they name every subcommand. And what every command prints
//! on stdout: a reader that goes away (`policyc explain | head`) is no
//! reason to panic.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use assert_cmd::cargo::cargo_bin_cmd;

const SUBCOMMANDS: &[&str] = &[
    "check",
    "build",
    "fmt",
    "test",
    "diff",
    "query",
    "explain",
    "init",
    "completions",
    "man",
];

fn stdout_of(args: &[&str]) -> String {
    let output = cargo_bin_cmd!("policyc").args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.len() > 500, "{shell}: {script}");
        for subcommand in SUBCOMMANDS {
            assert!(
                script.contains(subcommand),
                "{shell} does not complete `{subcommand}`"
            );
        }
        assert!(script.contains("deny-warnings"), "{shell}");
        assert!(
            script.contains("sarif"),
            "{shell} does not complete format values"
        );
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = cargo_bin_cmd!("policyc")
        .args(["completions", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_man_page_is_roff_naming_the_subcommands() {
    let page = stdout_of(&["man"]);
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "{page}");
    assert!(page.contains(".TH policyc 1"), "{page}");
    for subcommand in SUBCOMMANDS {
        assert!(
            page.contains(subcommand),
            "the man page does not name `{subcommand}`"
        );
    }
    assert!(page.contains("deny\\-warnings"), "{page}");
}

/// Runs policyc with `args` while nobody reads its stdout: the reading end
/// is closed before the command prints, so every write meets a broken pipe.
fn exit_with_reader_gone(args: &[&str]) -> std::process::ExitStatus {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    output.status
}

#[test]
fn printing_commands_survive_a_reader_that_went_away() {
    // The reader is gone before the command has started, so its first
    // write meets the broken pipe.
    for args in [
        &["explain"][..],
        &["synth", "2000"],
        &["man"],
        &["completions", "bash"],
        &[
            "query",
            "generated/pro_it_privacy/rules.json",
            "use",
            "account.email",
            "support",
        ],
        &[
            "query",
            "generated/harbor_lane_privacy/rules.json",
            "deadline",
            "contact",
            "--event",
            "collection=2026-12-01",
            "--format",
            "human",
        ],
    ] {
        let status = exit_with_reader_gone(args);
        assert_eq!(status.code(), Some(0), "{args:?}");
    }
}
