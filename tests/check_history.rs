//! `policyc check` compares each policy with the edition released before
//! it in its history (`generated/<id>/history`, or `--out DIR`), as
//! `policyc build` does, and gives the same warnings at the same place:
//! W0460 (an expanding change with no reason), W0461 (a reason for no
//! change), W0429 (a reason for an aspect that did not change), W0456
//! (published too late for the promised notice). The history is read
//! bounded and through no link.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;

/// The fixtures of the codes, each a new edition with the one released
/// before it in `before/`.
const FIXTURES: [(&str, &str); 3] = [
    ("W0460", "w0460_expansion_without_rationale"),
    ("W0461", "w0461_rationale_without_change"),
    ("W0429", "w0429_aspect_without_change"),
];

const POLICY: &str = "policies/example.policy";

/// The new edition of a fixture, taking effect after the 30 days of
/// notice its edition before promises (so that the build releases it).
fn fixture(name: &str) -> String {
    let text =
        std::fs::read_to_string(format!("tests/fixtures/diagnostics/{name}.policy")).unwrap();
    assert!(text.contains("effective  2026-12-01"), "{name}");
    text.replace("effective  2026-12-01", "effective  2027-01-15")
}

fn before(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/diagnostics/before/{name}.policy")).unwrap()
}

/// `policyc ARGS` in `dir`: the exit status, and stderr followed by
/// stdout (where the closing line goes).
fn policyc(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .args(args)
        .args(["--color", "never"])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stderr).unwrap() + &String::from_utf8(output.stdout).unwrap(),
    )
}

/// A project whose policy's edition `before/NAME` was built into
/// `out` (a folder of the project), and whose source is now the new
/// edition `NAME`, not yet built.
fn released(name: &str, out: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    std::fs::write(dir.path().join(POLICY), before(name)).unwrap();
    let (status, stderr) = policyc(dir.path(), &["build", "--out", out]);
    assert_eq!(status, 0, "{stderr}");
    std::fs::write(dir.path().join(POLICY), fixture(name)).unwrap();
    dir
}

/// The block of the diagnostic `code` in a rendered output, up to its
/// help line.
fn block<'a>(stderr: &'a str, code: &str) -> &'a str {
    let start = stderr
        .find(&format!("warning[{code}]"))
        .unwrap_or_else(|| panic!("no {code} in\n{stderr}"));
    let rest = &stderr[start..];
    let end = rest.find("\n\n").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn check_warns_as_the_build_does_at_the_same_place() {
    for (code, name) in FIXTURES {
        let dir = released(name, "generated");
        let (status, checked) = policyc(dir.path(), &["check"]);
        assert_eq!(status, 0, "{name}: {checked}");
        assert!(checked.contains("(1 warning)"), "{name}: {checked}");
        let (_, built) = policyc(dir.path(), &["build", "--check"]);
        assert_eq!(block(&checked, code), block(&built, code), "{name}");
        // At the new edition's `version` line.
        assert!(
            block(&checked, code).contains("policies/example.policy:4:3"),
            "{name}: {checked}"
        );
    }
}

#[test]
fn check_warns_in_json_too() {
    let (code, name) = FIXTURES[0];
    let dir = released(name, "generated");
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{report}");
    assert_eq!(diagnostics[0]["code"], code);
    assert_eq!(diagnostics[0]["line"], 4);
    assert_eq!(diagnostics[0]["file"], POLICY);
}

#[test]
fn without_a_history_check_compares_with_nothing() {
    let (code, name) = FIXTURES[0];
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    std::fs::write(dir.path().join(POLICY), fixture(name)).unwrap();
    let (status, stderr) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(!stderr.contains(code), "{stderr}");
    assert!(stderr.contains("ok: 1 policy checked\n"), "{stderr}");
}

#[test]
fn out_names_the_output_directory_whose_history_is_read() {
    let (code, name) = FIXTURES[0];
    let dir = released(name, "site");
    let (_, stderr) = policyc(dir.path(), &["check"]);
    assert!(!stderr.contains(code), "{stderr}");
    let (status, stderr) = policyc(dir.path(), &["check", "--out", "site"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stderr.contains(&format!("warning[{code}]")), "{stderr}");
}

/// The edition that is already the latest released is compared with the
/// one before it, as the build does.
#[test]
fn a_released_edition_is_compared_with_the_one_before_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    let (code, name) = FIXTURES[1];
    std::fs::write(dir.path().join(POLICY), before(name)).unwrap();
    let (status, stderr) = policyc(dir.path(), &["build"]);
    assert_eq!(status, 0, "{stderr}");
    // The build releases W0461's edition, with its warning.
    std::fs::write(dir.path().join(POLICY), fixture(name)).unwrap();
    let (status, built) = policyc(dir.path(), &["build"]);
    assert_eq!(status, 0, "{built}");
    assert!(built.contains(&format!("warning[{code}]")), "{built}");
    let (status, checked) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 0, "{checked}");
    assert_eq!(block(&checked, code), block(&built, code));
    // An edition below the latest is compared with nothing (the build
    // refuses it, E0503).
    std::fs::write(dir.path().join(POLICY), before(name)).unwrap();
    let (status, checked) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 0, "{checked}");
    assert!(!checked.contains("warning["), "{checked}");
}

/// A ledger larger than what check reads of a history file (four times
/// `--max-file-size`) is not read: check says so in a note and gives no
/// history warning; within the limit, the same ledger is read.
#[test]
fn a_history_file_over_the_limit_is_not_read() {
    let (code, name) = FIXTURES[0];
    let dir = released(name, "generated");
    let ledger = dir.path().join("generated/example/history/index.json");
    let mut text = std::fs::read_to_string(&ledger).unwrap();
    text.push_str(&" ".repeat(20_000));
    std::fs::write(&ledger, text).unwrap();
    let (status, stderr) = policyc(dir.path(), &["check", "--max-file-size", "4000"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(!stderr.contains(code), "{stderr}");
    assert!(
        stderr.contains(
            "note: policies/example.policy: the history in `generated/example/history` was not read"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("more than the limit of 16000 bytes"),
        "{stderr}"
    );
    let (_, stderr) = policyc(dir.path(), &["check", "--max-file-size", "8000"]);
    assert!(stderr.contains(&format!("warning[{code}]")), "{stderr}");
}

/// A link in place of the ledger, an edition or the history folder is not
/// followed.
#[cfg(unix)]
#[test]
fn a_link_in_the_history_is_not_followed() {
    let (code, name) = FIXTURES[0];
    for link in [
        "generated/example/history/index.json",
        "generated/example/history/1.0.0.json",
        "generated/example/history",
        "generated/example",
    ] {
        let dir = released(name, "generated");
        let inside = dir.path().join(link);
        let moved = dir.path().join("moved");
        std::fs::rename(&inside, &moved).unwrap();
        std::os::unix::fs::symlink(&moved, &inside).unwrap();
        let (status, stderr) = policyc(dir.path(), &["check"]);
        assert_eq!(status, 0, "{link}: {stderr}");
        assert!(!stderr.contains(code), "{link}: {stderr}");
        assert!(stderr.contains("was not read"), "{link}: {stderr}");
    }
}

/// The README says that `check` gives these warnings from the history.
#[test]
fn the_readme_says_check_reads_the_history() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let check = &readme[readme.find("### `policyc check`").unwrap()..];
    let check = &check[..check.find("### `policyc build`").unwrap()];
    for claim in [
        "W0460",
        "W0461",
        "W0429",
        "W0456",
        "--out DIR",
        "was not read",
    ] {
        assert!(check.contains(claim), "{claim}");
    }
}

/// An edition whose file no longer matches its ledger entry is not
/// compared with.
#[test]
fn an_edition_that_does_not_match_its_ledger_is_not_read() {
    let (code, name) = FIXTURES[0];
    let dir = released(name, "generated");
    let entry = dir.path().join("generated/example/history/1.0.0.json");
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains("Account details"));
    std::fs::write(&entry, text.replacen("Account details", "Account data", 1)).unwrap();
    let (status, stderr) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(!stderr.contains(code), "{stderr}");
    assert!(stderr.contains("was not read"), "{stderr}");
}

/// W0456 (an expanding edition published too late for the notice it
/// promises): `policyc check` warns as the build does, at the
/// `published` line. Its fixture takes effect 183 days after the edition
/// before, so that the build releases it, but is published 11 days
/// before.
#[test]
fn a_late_publication_is_warned_of_at_the_published_line() {
    let name = "w0456_publication_leaves_short_notice";
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    std::fs::write(dir.path().join(POLICY), before(name)).unwrap();
    let (status, stderr) = policyc(dir.path(), &["build"]);
    assert_eq!(status, 0, "{stderr}");
    let new = std::fs::read_to_string(format!("tests/fixtures/diagnostics/{name}.policy")).unwrap();
    std::fs::write(dir.path().join(POLICY), new).unwrap();
    let (status, checked) = policyc(dir.path(), &["check"]);
    assert_eq!(status, 0, "{checked}");
    assert!(checked.contains("(1 warning)"), "{checked}");
    let (_, built) = policyc(dir.path(), &["build", "--check"]);
    assert_eq!(block(&checked, "W0456"), block(&built, "W0456"));
    assert!(
        block(&checked, "W0456").contains("policies/example.policy:13:3"),
        "{checked}"
    );
    assert!(
        block(&checked, "W0456").contains("publish 2.0.0 on 1 November 2026 or earlier"),
        "{checked}"
    );
}
