//! Versions and diffs: the semantic diff of every change kind in every
//! format, the version-bump gate, the history a build keeps, and the
//! properties of the diff (empty against itself, symmetric, labels are
//! editorial).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use policyc::diff::{self, Action, Area, ChangeKind, Class, history};
use policyc::model::{Duration, Policy, TimeUnit};
use proptest::prelude::*;

const FIXTURES: &str = "tests/fixtures/diff";

/// Every change kind, with the class its pair of policies must show.
const KINDS: &[(&str, Option<Class>)] = &[
    ("data_added", Some(Class::Expanding)),
    ("data_detailed", Some(Class::Editorial)),
    ("data_removed", Some(Class::Narrowing)),
    ("data_relabelled", Some(Class::Editorial)),
    ("short_relabelled", Some(Class::Editorial)),
    ("data_identified", Some(Class::Expanding)),
    ("data_examples", Some(Class::Expanding)),
    ("data_examples_open", Some(Class::Expanding)),
    ("purpose_profiling", Some(Class::Expanding)),
    ("purpose_direct_marketing", Some(Class::Expanding)),
    ("special_condition", Some(Class::Expanding)),
    ("purpose_added", Some(Class::Expanding)),
    ("purpose_removed", Some(Class::Narrowing)),
    ("purpose_uses_added", Some(Class::Expanding)),
    ("purpose_basis", Some(Class::Expanding)),
    ("recipient_added", Some(Class::Expanding)),
    ("recipient_abroad", Some(Class::Expanding)),
    ("transfer_ground_added", Some(Class::Expanding)),
    ("ground_unstated", Some(Class::Expanding)),
    ("retention_extended", Some(Class::Expanding)),
    ("retention_shortened", Some(Class::Narrowing)),
    ("retention_criteria_added", Some(Class::Expanding)),
    ("retention_criteria_changed", Some(Class::Editorial)),
    ("retention_capped", Some(Class::Narrowing)),
    ("retention_for_purpose", Some(Class::Expanding)),
    ("right_added", Some(Class::Narrowing)),
    ("right_removed", Some(Class::Expanding)),
    ("right_slower", Some(Class::Expanding)),
    ("obligation_added", Some(Class::Expanding)),
    ("security_added", Some(Class::Narrowing)),
    ("notice_shortened", Some(Class::Expanding)),
    ("controller_changed", Some(Class::Expanding)),
    ("header_contact", Some(Class::Editorial)),
    ("clause_reworded", Some(Class::Editorial)),
    ("clause_to_terms", Some(Class::Editorial)),
    ("section_added", Some(Class::Editorial)),
    ("section_renamed", Some(Class::Editorial)),
    ("uses_all_parts", Some(Class::Editorial)),
    ("tracker_added", Some(Class::Expanding)),
    ("tracker_widened", Some(Class::Expanding)),
    ("tracker_restated", Some(Class::Editorial)),
    ("signal_dropped", Some(Class::Expanding)),
    ("signal_stated", Some(Class::Editorial)),
    ("mechanism_weakened", Some(Class::Expanding)),
    ("decision_added", Some(Class::Expanding)),
    ("decision_basis", Some(Class::Expanding)),
    ("decision_safeguard_removed", Some(Class::Expanding)),
    ("decision_widened", Some(Class::Expanding)),
    ("decision_restated", Some(Class::Editorial)),
    ("no_decisions_stated", Some(Class::Narrowing)),
    ("commitment_removed", Some(Class::Expanding)),
    ("unchanged", None),
];

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn pair(kind: &str) -> (String, String) {
    (
        format!("{FIXTURES}/{kind}/old.policy"),
        format!("{FIXTURES}/{kind}/new.policy"),
    )
}

fn load(path: impl AsRef<Path>) -> Policy {
    let text = std::fs::read_to_string(path.as_ref()).unwrap();
    let checked = policyc::check_source(&text);
    checked
        .policy
        .unwrap_or_else(|| panic!("{} does not check", path.as_ref().display()))
}

/// Runs `policyc diff` and returns (exit code, stdout, stderr).
fn run_diff(args: &[&str]) -> (i32, String, String) {
    let output = policyc()
        .arg("diff")
        .args(args)
        .args(["--color", "never"])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn every_change_kind_in_every_format() {
    for (kind, class) in KINDS {
        let (old, new) = pair(kind);
        let mut snapshot = String::new();
        for format in ["human", "markdown", "json", "github"] {
            let (code, stdout, stderr) = run_diff(&[&old, &new, "--format", format]);
            assert_eq!(code, 0, "{kind} --format {format}: {stderr}");
            assert_eq!(stderr, "", "{kind} --format {format}");
            snapshot.push_str(&format!("===== --format {format}\n{stdout}"));
            if format == "json" {
                let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                let expected = class.map(|c| c.as_str());
                assert_eq!(json["class"].as_str(), expected, "{kind}");
            }
        }
        insta::assert_snapshot!(format!("kind_{kind}"), snapshot);
    }
}

#[test]
fn every_fixture_pair_has_exactly_the_bump_it_needs() {
    for (kind, _) in KINDS {
        let (old, new) = pair(kind);
        let (code, _, stderr) = run_diff(&[&old, &new, "--require-bump"]);
        assert_eq!(code, 0, "{kind}: {stderr}");
    }
}

/// A copy of a fixture's new policy with another version, in a temp dir.
fn with_version(kind: &str, version: &str, dir: &Path) -> PathBuf {
    let (_, new) = pair(kind);
    let text = std::fs::read_to_string(new).unwrap();
    let start = text.find("version    ").unwrap() + "version    ".len();
    let end = start + text[start..].find('\n').unwrap();
    let edited = format!("{}{version}{}", &text[..start], &text[end..]);
    let path = dir.join(format!("{kind}-{version}.policy"));
    std::fs::write(&path, edited).unwrap();
    path
}

fn require_bump(kind: &str, right: &str, smaller: &str, needed: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (old, _) = pair(kind);
    let ok = with_version(kind, right, dir.path());
    let (code, stdout, stderr) = run_diff(&[&old, ok.to_str().unwrap(), "--require-bump"]);
    assert_eq!(code, 0, "{kind} at {right}: {stdout}{stderr}");
    assert!(stdout.contains("enough"), "{stdout}");

    let bad = with_version(kind, smaller, dir.path());
    let (code, stdout, stderr) = run_diff(&[&old, bad.to_str().unwrap(), "--require-bump"]);
    assert_eq!(code, 1, "{kind} at {smaller} must fail: {stdout}{stderr}");
    assert!(stdout.contains("too small"), "{stdout}");
    assert!(
        stderr.contains(&format!("need a {needed} version bump")),
        "{stderr}"
    );
    // The changes that need the bump are named.
    let json = run_diff(&[&old, bad.to_str().unwrap(), "--format", "json"]).1;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    for change in json["changes"].as_array().unwrap() {
        let explanation = change["explanation"].as_str().unwrap();
        assert!(
            stderr.contains(explanation),
            "{explanation} not in {stderr}"
        );
    }
    assert_eq!(json["bump_ok"], false);

    // Without --require-bump the same diff only reports.
    let (code, _, _) = run_diff(&[&old, bad.to_str().unwrap()]);
    assert_eq!(code, 0);
}

#[test]
fn require_bump_expanding_needs_a_major_version() {
    require_bump("retention_extended", "2.0.0", "1.1.0", "major");
    require_bump("purpose_added", "3.0.0", "1.9.9", "major");
}

#[test]
fn require_bump_narrowing_needs_a_minor_version() {
    require_bump("right_added", "1.1.0", "1.0.1", "minor");
}

#[test]
fn require_bump_editorial_needs_a_patch() {
    require_bump("clause_reworded", "1.0.1", "1.0.0", "patch");
}

#[test]
fn require_bump_checks_the_notice_period() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = pair("retention_extended");
    let text = std::fs::read_to_string(new)
        .unwrap()
        .replace("effective  2026-03-01", "effective  2026-01-15");
    let early = dir.path().join("early.policy");
    std::fs::write(&early, text).unwrap();
    let (code, _, stderr) = run_diff(&[&old, early.to_str().unwrap(), "--require-bump"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("only 14 days after 1.0.0 took effect (1 January 2026)")
            && stderr.contains("30 days of notice")
            && stderr.contains("31 January 2026 at the earliest"),
        "{stderr}"
    );
    // A narrowing edition may take effect at once.
    let (old, new) = pair("right_added");
    let text = std::fs::read_to_string(new)
        .unwrap()
        .replace("effective  2026-03-01", "effective  2026-01-02");
    let soon = dir.path().join("soon.policy");
    std::fs::write(&soon, text).unwrap();
    let (code, _, stderr) = run_diff(&[&old, soon.to_str().unwrap(), "--require-bump"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_policy_with_errors_cannot_be_compared() {
    let (code, _, stderr) = run_diff(&[
        "policies/examples/seed-as-written.policy",
        "policies/pro-it-group.policy",
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("E0204") && stderr.contains("cannot be compared"));
    let (code, _, stderr) = run_diff(&["no/such.policy", "policies/pro-it-group.policy"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn sarif_is_refused_for_a_diff() {
    let (old, new) = pair("data_added");
    let (code, _, stderr) = run_diff(&[&old, &new, "--format", "sarif"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no SARIF form"));
}

// ---------------------------------------------------------------- history

/// A project with the example policy and its released history.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("policies")).unwrap();
        std::fs::copy(
            "policies/pro-it-group.policy",
            dir.path().join("policies/pro-it-group.policy"),
        )
        .unwrap();
        // Its German translation, which `languages en, de` asks for.
        std::fs::copy(
            "policies/pro-it-group.de.ftl",
            dir.path().join("policies/pro-it-group.de.ftl"),
        )
        .unwrap();
        let history = dir.path().join("generated/pro_it_privacy/history");
        std::fs::create_dir_all(&history).unwrap();
        for file in ["1.0.0.json", "2.0.0.json", "index.json"] {
            std::fs::copy(
                format!("generated/pro_it_privacy/history/{file}"),
                history.join(file),
            )
            .unwrap();
        }
        std::fs::copy(
            "generated/pro_it_privacy/ledger-head.json",
            dir.path().join("generated/pro_it_privacy/ledger-head.json"),
        )
        .unwrap();
        Project { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn policy(&self) -> PathBuf {
        self.path("policies/pro-it-group.policy")
    }

    fn edit_policy(&self, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.policy()).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(self.policy(), text.replacen(from, to, 1)).unwrap();
    }

    fn build(&self, check: bool) -> (i32, String, String) {
        self.build_with(if check { &["--check"] } else { &[] })
    }

    fn build_with(&self, args: &[&str]) -> (i32, String, String) {
        let output = policyc()
            .current_dir(self.dir.path())
            .args(["build", "--color", "never"])
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![self.path("generated")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let bytes = std::fs::read(&path).unwrap();
                    out.push((path, bytes));
                }
            }
        }
        out.sort();
        out
    }
}

/// The example's reason for its expanding 2.0.0 change, which W0460 asks
/// for. (Its parts of the account details, named on their own, are no new
/// collection: `DATA_DETAILED`, editorial, which needs no reason.)
const REASON: &str = "  because   targeting profiling\n            \"To say that targeting promotional materials by the User's interests, as section 3.2.5 describes, is profiling.\"\n";

/// The reason the example gives for the whole purpose (that it is direct
/// marketing), which would also answer for its profiling.
const PURPOSE_REASON: &str = "  because   targeting\n            \"To state on its own the User's right to object to direct marketing, as the law asks: targeting promotional materials at the User, as section 3.2.5 describes, is direct marketing.\"\n";

#[test]
fn the_example_gives_its_reason_and_builds_without_w0460() {
    let project = Project::new();
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("W0460"), "{stderr}");
}

#[test]
fn an_expansion_without_a_reason_is_w0460_with_the_line_to_write() {
    let project = Project::new();
    project.edit_policy(REASON, "");
    project.edit_policy(PURPOSE_REASON, "");
    // The reasons are part of 2.0.0: without it the edition's content changed.
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("E0501")
            && stderr.contains("only the reasons given with `because` changed")
            && stderr.contains("raise the version to 2.0.1 or later")
            && stderr.contains("policyc build --amend"),
        "{stderr}"
    );
    let (code, _, stderr) = project.build_with(&["--amend"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr.matches("warning[W0460]").count(), 1, "{stderr}");
    assert!(
        stderr.contains(
            "2.0.0 expands the policy over 1.0.0 without saying why: Purpose \"Targeting promotional materials\" now involves profiling"
        ) && stderr.contains("`because targeting \"…\"`"),
        "{stderr}"
    );
}

#[test]
fn a_reason_for_no_change_is_w0461() {
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.0.1");
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(
            "warning[W0461]: `because account` gives a reason, but 2.0.1 changes nothing about `account` over 2.0.0"
        ) && stderr.contains("remove `because account`"),
        "{stderr}"
    );
}

#[test]
fn a_reason_for_an_aspect_that_did_not_change_is_w0429_with_the_aspects_that_did() {
    let project = Project::new();
    project.edit_policy("because   device examples", "because   device source");
    // Its translation follows the id, `because-ID-ASPECT`.
    let ftl = project.path("policies/pro-it-group.de.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        text.replacen("because-device-examples", "because-device-source", 1),
    )
    .unwrap();
    let (code, _, stderr) = project.build_with(&["--amend"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(
            "warning[W0429]: `because device source` gives a reason, but 2.0.0 changes nothing of where the data comes from about `device` over 1.0.0"
        ) && stderr.contains("name an aspect that changed (`because device examples`, `because device label`, `because device retention`)"),
        "{stderr}"
    );
    assert!(!stderr.contains("W0461"), "{stderr}");
}

#[test]
fn build_keeps_the_history_and_writes_the_changelog_and_diff_pages() {
    let project = Project::new();
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
    for file in [
        "history/1.0.0.json",
        "history/2.0.0.json",
        "history/index.json",
        "ledger-head.json",
        "CHANGELOG.md",
        "diff/1.0.0..2.0.0.md",
        "diff/1.0.0..2.0.0.html",
        "notice/1.0.0..2.0.0.md",
        "notice/1.0.0..2.0.0.html",
    ] {
        let mine = std::fs::read(project.path(&format!("generated/pro_it_privacy/{file}")));
        let committed = std::fs::read(format!("generated/pro_it_privacy/{file}"));
        assert_eq!(mine.unwrap(), committed.unwrap(), "{file}");
    }
    let (code, stdout, stderr) = project.build(true);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn a_new_version_gets_a_new_entry_and_old_entries_stay() {
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.0.1");
    project.edit_policy(
        "\"The User should not use the Service if they do not agree with the conditions of this Policy.\"",
        "\"The User should not use the Service if they disagree with this Policy.\"",
    );
    let before =
        std::fs::read(project.path("generated/pro_it_privacy/history/1.0.0.json")).unwrap();
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
    let history = project.path("generated/pro_it_privacy/history");
    assert_eq!(std::fs::read(history.join("1.0.0.json")).unwrap(), before);
    assert!(history.join("2.0.0.json").exists() && history.join("2.0.1.json").exists());
    let changelog =
        std::fs::read_to_string(project.path("generated/pro_it_privacy/CHANGELOG.md")).unwrap();
    let newest = changelog.find("## 2.0.1").unwrap();
    let older = changelog.find("## 2.0.0").unwrap();
    let oldest = changelog.find("## 1.0.0").unwrap();
    assert!(newest < older && older < oldest, "{changelog}");
    assert!(
        changelog.contains("**Editorial**, a patch version"),
        "{changelog}"
    );
    assert!(
        project
            .path("generated/pro_it_privacy/diff/2.0.0..2.0.1.html")
            .exists()
    );
    let (code, _, stderr) = project.build(true);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn changed_content_without_a_version_bump_is_e0501_at_the_version_line() {
    let project = Project::new();
    project.edit_policy(
        "retain activity_log for 1 year",
        "retain activity_log for 2 years",
    );
    let before = project.files();
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[E0501]"), "{stderr}");
    assert!(
        stderr.contains("version 2.0.0 was already released with other content"),
        "{stderr}"
    );
    assert!(stderr.contains("pro-it-group.policy:9:3"), "{stderr}");
    assert!(
        stderr.contains("raise the version to 3.0.0 or later"),
        "{stderr}"
    );
    assert!(stderr.contains("extended from 1 year from collection to 2 years from collection"));
    assert_eq!(project.files(), before, "a failed build writes nothing");
    let (code, _, stderr) = project.build(true);
    assert_eq!(code, 1);
    assert!(stderr.contains("E0501"));
}

#[test]
fn the_latest_edition_under_review_can_be_amended() {
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.0.1");
    project.edit_policy(
        "\"Improving the quality of the Service\"",
        "\"Making the Service better\"",
    );
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
    let history = project.path("generated/pro_it_privacy/history");
    let first = std::fs::read(history.join("2.0.1.json")).unwrap();
    let older = std::fs::read(history.join("2.0.0.json")).unwrap();

    // Reviewed again before it is published: a plain build refuses...
    project.edit_policy(
        "\"Making the Service better\"",
        "\"Making the Service work better\"",
    );
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("E0501") && stderr.contains("policyc build --amend"),
        "{stderr}"
    );
    // ...and --amend replaces only the latest entry, still checking its bump.
    let (code, _, stderr) = project.build_with(&["--amend"]);
    assert_eq!(code, 0, "{stderr}");
    assert_ne!(std::fs::read(history.join("2.0.1.json")).unwrap(), first);
    assert_eq!(std::fs::read(history.join("2.0.0.json")).unwrap(), older);
    let (code, _, stderr) = project.build(true);
    assert_eq!(code, 0, "{stderr}");
    project.edit_policy(
        "retain activity_log for 1 year",
        "retain activity_log for 2 years",
    );
    let (code, _, stderr) = project.build_with(&["--amend"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("E0502") && stderr.contains("since 2.0.0"),
        "{stderr}"
    );

    // An older edition is never amended.
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.0.1");
    let (code, _, _) = project.build(false);
    assert_eq!(code, 0);
    project.edit_policy("version       2.0.1", "version       2.0.0");
    project.edit_policy(
        "retain activity_log for 1 year",
        "retain activity_log for 2 years",
    );
    let (code, _, stderr) = project.build_with(&["--amend"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("E0501") && !stderr.contains("--amend"),
        "{stderr}"
    );
}

#[test]
fn comments_layout_and_tests_are_not_content() {
    let project = Project::new();
    project.edit_policy(
        "// 6.1. Each reason",
        "// 6.1: how the policy changes. Each reason",
    );
    project.edit_policy("  deny  device for communication\n", "");
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn an_expansion_without_a_major_bump_fails_the_build() {
    // A new purpose.
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.1.0");
    project.edit_policy(
        "// 3.2.5\n",
        "purpose newsletter \"Sending a newsletter\" {\n  uses  account.email\n  basis consent\n}\n\n// 3.2.5\n",
    );
    // Its label in German too, so that the build reaches the bump.
    let german = project.path("policies/pro-it-group.de.ftl");
    let mut ftl = std::fs::read_to_string(&german).unwrap();
    ftl.push_str("# hash db936873fac91301\npurpose-newsletter-label = Versand eines Newsletters\n");
    std::fs::write(&german, ftl).unwrap();
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[E0502]"), "{stderr}");
    assert!(
        stderr.contains(
            "the changes since 2.0.0 need a major version bump, but 2.1.0 is only a minor bump"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("raise this to 3.0.0 or later"));
    assert!(stderr.contains("New purpose \"Sending a newsletter\""));
    // The right bump, and an effective date after the notice period.
    project.edit_policy("version       2.1.0", "version       3.0.0");
    project.edit_policy("effective     2026-12-01", "effective     2027-01-04");
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");

    // A longer retention.
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.0.1");
    project.edit_policy(
        "retain activity_log for 1 year",
        "retain activity_log for 18 months",
    );
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[E0502]") && stderr.contains("2.0.1 is only a patch bump"));
}

#[test]
fn an_early_expanding_edition_is_e0504_at_the_effective_line() {
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       3.0.0");
    project.edit_policy("effective     2026-12-01", "effective     2026-12-15");
    project.edit_policy(
        "retain activity_log for 1 year",
        "retain activity_log for 2 years",
    );
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[E0504]"), "{stderr}");
    assert!(stderr.contains("pro-it-group.policy:10:3"), "{stderr}");
    assert!(
        stderr.contains("take effect on 2026-12-31 or later"),
        "{stderr}"
    );
}

#[test]
fn a_version_below_the_latest_is_e0503() {
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       1.5.0");
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[E0503]"), "{stderr}");
    assert!(stderr.contains("lower than the latest released edition, 2.0.0"));
}

#[test]
fn an_old_history_entry_edited_by_hand_is_caught_by_build_check() {
    let project = Project::new();
    let (code, _, stderr) = project.build(false);
    assert_eq!(code, 0, "{stderr}");
    let entry = project.path("generated/pro_it_privacy/history/1.0.0.json");
    let text = std::fs::read_to_string(&entry).unwrap();
    std::fs::write(
        &entry,
        text.replace(
            "\"Log files of the User's actions within the Service\"",
            "\"Logs\"",
        ),
    )
    .unwrap();
    let (code, _, stderr) = project.build(true);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("1.0.0.json` was changed after 1.0.0 was released"),
        "{stderr}"
    );
    assert!(stderr.contains("git checkout"), "{stderr}");
    // A build refuses too, and writes nothing.
    let before = project.files();
    let (code, _, _) = project.build(false);
    assert_eq!(code, 1);
    assert_eq!(project.files(), before);
}

#[test]
fn a_deleted_or_unrecorded_history_entry_is_caught() {
    let project = Project::new();
    std::fs::remove_file(project.path("generated/pro_it_privacy/history/1.0.0.json")).unwrap();
    let (code, _, stderr) = project.build(true);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("recorded in the ledger but missing"),
        "{stderr}"
    );

    let project = Project::new();
    std::fs::copy(
        project.path("generated/pro_it_privacy/history/1.0.0.json"),
        project.path("generated/pro_it_privacy/history/1.5.0.json"),
    )
    .unwrap();
    let (code, _, stderr) = project.build(true);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("1.5.0.json` is not recorded in the ledger"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------- the example

#[test]
fn the_example_history_is_the_seed_then_the_current_edition() {
    let seed = load("tests/fixtures/history/pro-it-group-1.0.0.policy");
    assert_eq!(
        history::canonical_json(&history::kept(&seed)),
        std::fs::read("generated/pro_it_privacy/history/1.0.0.json").unwrap(),
        "building the 1.0.0 source gives exactly the released entry"
    );
    // The current edition, with the translations it is published with.
    let path = std::path::Path::new("policies/pro-it-group.policy");
    let loaded = policyc::load::load(path, std::path::Path::new("."), 1 << 24).unwrap();
    let mut current = loaded.checked.policy.unwrap();
    policyc::translate::record(&mut current, &loaded.translations);
    assert!(current.translations.contains_key("de"));
    assert_eq!(
        history::canonical_json(&history::kept(&current)),
        std::fs::read("generated/pro_it_privacy/history/2.0.0.json").unwrap(),
    );
    let (code, stdout, stderr) = run_diff(&[
        "generated/pro_it_privacy/history/1.0.0.json",
        "generated/pro_it_privacy/history/2.0.0.json",
        "--require-bump",
    ]);
    assert_eq!(code, 0, "{stderr}");
    // The account details' parts, named on their own, are editorial.
    assert!(stdout.contains("3 expanding"), "{stdout}");
    let (code, stdout, _) = run_diff(&[
        "generated/pro_it_privacy/history/2.0.0.json",
        "policies/pro-it-group.policy",
    ]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("no changes in what the policy says"),
        "{stdout}"
    );
}

#[test]
fn against_a_git_revision() {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .current_dir(dir.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .unwrap();
        assert!(status.status.success(), "git {args:?}: {status:?}");
    };
    git(&["init", "-q"]);
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    let (old, new) = pair("retention_extended");
    let file = dir.path().join("policies/shop.policy");
    std::fs::copy(old, &file).unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "1.0.0"]);
    std::fs::copy(new, &file).unwrap();
    let output = policyc()
        .current_dir(dir.path())
        .args([
            "diff",
            "--against",
            "HEAD",
            "policies/shop.policy",
            "--require-bump",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["old"]["source"], "HEAD:policies/shop.policy");
    assert_eq!(json["class"], "expanding");
    // From another directory, with the path through it.
    let output = policyc()
        .current_dir(dir.path().join("policies"))
        .args([
            "diff",
            "--against",
            "HEAD",
            "shop.policy",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    // A revision that does not exist is a usage error.
    let output = policyc()
        .current_dir(dir.path())
        .args(["diff", "--against", "nope", "policies/shop.policy"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

// ---------------------------------------------------------------- properties

fn example() -> Policy {
    load("policies/pro-it-group.policy")
}

/// One random edit of a model; indexes wrap around the lists they pick from.
#[derive(Debug, Clone)]
enum Edit {
    RemoveData(usize),
    Relabel(usize, u8),
    Identity(usize, u8),
    Example(usize),
    Retention(usize, u32, u8),
    NoRetention(usize),
    Basis(usize, u8),
    AddUse(usize, usize),
    RemoveUse(usize),
    OnlyDepersonalized(usize),
    RemovePurpose(usize),
    RemoveRecipient(usize),
    Country(usize),
    Ground(usize, u8),
    RemoveTransfer(usize),
    RemoveRight(usize),
    Within(usize, u32),
    Notice(u32),
    RemoveClause(usize),
    Reword(usize),
    Controller,
    Obligation(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = || 0usize..64;
    prop_oneof![
        i().prop_map(Edit::RemoveData),
        (i(), any::<u8>()).prop_map(|(a, b)| Edit::Relabel(a, b)),
        (i(), any::<u8>()).prop_map(|(a, b)| Edit::Identity(a, b)),
        i().prop_map(Edit::Example),
        (i(), 1u32..40, any::<u8>()).prop_map(|(a, b, c)| Edit::Retention(a, b, c)),
        i().prop_map(Edit::NoRetention),
        (i(), any::<u8>()).prop_map(|(a, b)| Edit::Basis(a, b)),
        (i(), i()).prop_map(|(a, b)| Edit::AddUse(a, b)),
        i().prop_map(Edit::RemoveUse),
        i().prop_map(Edit::OnlyDepersonalized),
        i().prop_map(Edit::RemovePurpose),
        i().prop_map(Edit::RemoveRecipient),
        i().prop_map(Edit::Country),
        (i(), any::<u8>()).prop_map(|(a, b)| Edit::Ground(a, b)),
        i().prop_map(Edit::RemoveTransfer),
        i().prop_map(Edit::RemoveRight),
        (i(), 1u32..90).prop_map(|(a, b)| Edit::Within(a, b)),
        (0u32..90).prop_map(Edit::Notice),
        i().prop_map(Edit::RemoveClause),
        i().prop_map(Edit::Reword),
        Just(Edit::Controller),
        i().prop_map(Edit::Obligation),
    ]
}

fn pick<T>(items: &mut [T], i: usize) -> Option<&mut T> {
    let len = items.len();
    if len == 0 {
        None
    } else {
        items.get_mut(i % len)
    }
}

fn apply(policy: &mut Policy, edit: &Edit) {
    use policyc::model::*;
    let data_ids: Vec<String> = policy.data.iter().map(|d| d.id.clone()).collect();
    match *edit {
        Edit::RemoveData(i) => {
            if !policy.data.is_empty() {
                let at = i % policy.data.len();
                policy.data.remove(at);
            }
        }
        Edit::Relabel(i, n) => {
            if let Some(d) = pick(&mut policy.data, i) {
                d.label = format!("{} ({n})", d.label);
            }
        }
        Edit::Identity(i, n) => {
            if let Some(d) = pick(&mut policy.data, i) {
                d.identity = [
                    Identity::Identified,
                    Identity::Pseudonymized,
                    Identity::Depersonalized,
                ][usize::from(n) % 3];
            }
        }
        Edit::Example(i) => {
            if let Some(d) = pick(&mut policy.data, i) {
                d.examples.push(format!("example {i}"));
            }
        }
        Edit::Retention(i, amount, unit) => {
            if let Some(d) = pick(&mut policy.data, i) {
                let unit = [
                    TimeUnit::Day,
                    TimeUnit::Week,
                    TimeUnit::Month,
                    TimeUnit::Year,
                ][usize::from(unit) % 4];
                let from = ["collection", "the last use", "words"][(amount % 3) as usize];
                d.retention = vec![Period::For {
                    duration: Duration { amount, unit },
                    from: from.to_owned(),
                }];
                if amount % 5 == 0 {
                    d.retention.push(Period::AsRequiredByLaw);
                }
            }
        }
        Edit::NoRetention(i) => {
            if let Some(d) = pick(&mut policy.data, i) {
                d.retention.clear();
            }
        }
        Edit::Basis(i, n) => {
            if let Some(p) = pick(&mut policy.purposes, i) {
                p.basis = [
                    Basis::Consent,
                    Basis::ExplicitConsent,
                    Basis::Contract,
                    Basis::LegitimateInterest,
                    Basis::PublicTask,
                ][usize::from(n) % 5];
            }
        }
        Edit::AddUse(i, j) => {
            if !data_ids.is_empty()
                && let Some(p) = pick(&mut policy.purposes, i)
            {
                p.uses.push(data_ids[j % data_ids.len()].clone());
            }
        }
        Edit::RemoveUse(i) => {
            if let Some(p) = pick(&mut policy.purposes, i)
                && !p.uses.is_empty()
            {
                p.uses.remove(i % p.uses.len());
            }
        }
        Edit::OnlyDepersonalized(i) => {
            if let Some(p) = pick(&mut policy.purposes, i) {
                p.only_depersonalized = !p.only_depersonalized;
            }
        }
        Edit::RemovePurpose(i) => {
            if !policy.purposes.is_empty() {
                let at = i % policy.purposes.len();
                policy.purposes.remove(at);
            }
        }
        Edit::RemoveRecipient(i) => {
            if !policy.recipients.is_empty() {
                let at = i % policy.recipients.len();
                policy.recipients.remove(at);
            }
        }
        Edit::Country(i) => {
            if let Some(r) = pick(&mut policy.recipients, i) {
                r.country = match r.country {
                    None => Some("Elsewhere".to_owned()),
                    Some(_) => None,
                };
            }
        }
        Edit::Ground(i, n) => {
            if let Some(t) = pick(&mut policy.transfers, i) {
                let ground = [Ground::Consent, Ground::Contract, Ground::LegalObligation]
                    [usize::from(n) % 3];
                if !t.grounds.contains(&ground) {
                    t.grounds.push(ground);
                }
            }
        }
        Edit::RemoveTransfer(i) => {
            if !policy.transfers.is_empty() {
                let at = i % policy.transfers.len();
                policy.transfers.remove(at);
            }
        }
        Edit::RemoveRight(i) => {
            if !policy.rights.is_empty() {
                let at = i % policy.rights.len();
                policy.rights.remove(at);
            }
        }
        Edit::Within(i, days) => {
            if let Some(r) = pick(&mut policy.rights, i) {
                r.within = Some(Duration {
                    amount: days,
                    unit: TimeUnit::Day,
                });
            }
        }
        Edit::Notice(days) => {
            if let Some(c) = &mut policy.changes {
                c.notice = (days > 0).then_some(Duration {
                    amount: days,
                    unit: TimeUnit::Day,
                });
            }
        }
        Edit::RemoveClause(i) => {
            if !policy.clauses.is_empty() {
                let at = i % policy.clauses.len();
                policy.clauses.remove(at);
            }
        }
        Edit::Reword(i) => {
            if let Some(c) = pick(&mut policy.clauses, i) {
                c.text.push_str(" Indeed.");
            }
        }
        Edit::Controller => policy.header.controller.name.push_str(" Holdings"),
        Edit::Obligation(i) => policy.obligations.push(Statement {
            id: format!("extra_{i}"),
            text: format!("The User does thing {i}."),
        }),
    }
}

fn edited(edits: &[Edit]) -> Policy {
    let mut policy = example();
    for e in edits {
        apply(&mut policy, e);
    }
    policy
}

/// What a change is, seen from the other side: its kind mirrors, and so
/// does its class.
type Key = (Area, String, Option<String>, Action, ChangeKind, Class);

fn keys(d: &diff::Diff, mirrored: bool) -> Vec<Key> {
    let mut keys: Vec<Key> = d
        .changes
        .iter()
        .map(|c| {
            let (action, kind) = if mirrored {
                (c.action.mirror(), c.kind.mirror())
            } else {
                (c.action, c.kind)
            };
            (
                c.area,
                c.subject.clone(),
                c.aspect.clone(),
                action,
                kind,
                kind.class(),
            )
        })
        .collect();
    keys.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    keys
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_model_against_itself_has_no_changes(edits in prop::collection::vec(edit(), 0..8)) {
        let policy = edited(&edits);
        let d = diff::diff(&policy, &policy);
        prop_assert!(d.is_empty(), "{:?}", d.changes);
        prop_assert_eq!(d.required_bump(), diff::Bump::None);
    }

    #[test]
    fn diffs_are_mirrors(
        a in prop::collection::vec(edit(), 0..6),
        b in prop::collection::vec(edit(), 0..6),
    ) {
        let (old, new) = (edited(&a), edited(&b));
        let forward = diff::diff(&old, &new);
        let backward = diff::diff(&new, &old);
        prop_assert_eq!(keys(&forward, true), keys(&backward, false));
        // The strongest class mirrors, unless both directions expand.
        let both = forward.count(Class::Expanding) > 0 && forward.count(Class::Narrowing) > 0;
        let expected = if both { Some(Class::Expanding) } else { forward.class().map(Class::mirror) };
        prop_assert_eq!(backward.class(), expected);
        // Different models always show a change.
        prop_assert_eq!(forward.is_empty(), history::kept(&old) == history::kept(&new));
    }

    #[test]
    fn renaming_a_label_is_editorial_only(
        edits in prop::collection::vec(edit(), 0..4),
        which in 0usize..5,
        i in 0usize..64,
    ) {
        let old = edited(&edits);
        let mut new = old.clone();
        let renamed = match which {
            0 => pick(&mut new.data, i).map(|d| d.label.push_str(" (renamed)")),
            1 => pick(&mut new.purposes, i).map(|p| p.label.push_str(" (renamed)")),
            2 => pick(&mut new.recipients, i).map(|r| r.label.push_str(" (renamed)")),
            3 => pick(&mut new.rights, i).map(|r| r.label = Some("A renamed right".to_owned())),
            _ => {
                new.header.title.push_str(" (renamed)");
                Some(())
            }
        };
        let d = diff::diff(&old, &new);
        if renamed.is_some() {
            prop_assert!(!d.is_empty());
        }
        prop_assert!(d.changes.iter().all(|c| c.class() == Class::Editorial), "{:?}", d.changes);
        prop_assert!(d.required_bump() <= diff::Bump::Patch);
    }
}

#[test]
fn durations_compare_by_approximate_days() {
    let mut old = example();
    let mut new = example();
    let set = |p: &mut Policy, amount, unit| {
        let d = p.data.iter_mut().find(|d| d.id == "activity_log").unwrap();
        d.retention = vec![policyc::model::Period::For {
            duration: Duration { amount, unit },
            from: "collection".to_owned(),
        }];
    };
    set(&mut old, 1, TimeUnit::Year);
    set(&mut new, 13, TimeUnit::Month);
    let d = diff::diff(&old, &new);
    assert_eq!(d.class(), Some(Class::Expanding));
    assert_eq!(
        d.changes[0].explanation(),
        "Retention of \"Log files of the User's actions within the Service\" extended from 1 year from collection to 13 months from collection"
    );
    set(&mut new, 52, TimeUnit::Week);
    assert_eq!(diff::diff(&old, &new).class(), Some(Class::Narrowing));
}

#[test]
fn a_policy_with_includes_is_compared_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (old, _) = pair("data_added");
    let text = std::fs::read_to_string(old).unwrap();
    let data_start = text.find("data account ").unwrap();
    let data_end = text.find("purpose service").unwrap();
    let (taxonomy, main) = (
        &text[data_start..data_end],
        format!(
            "{}include \"taxonomy.policy\"\n\n{}",
            &text[..data_start],
            &text[data_end..]
        ),
    );
    for edition in ["old", "new"] {
        let folder = dir.path().join(edition);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("shop.policy"), &main).unwrap();
        let taxonomy = if edition == "new" {
            taxonomy.replace(
                "{ required }\n",
                "{ required }\ndata account.phone \"Telephone number\" { optional }\n",
            )
        } else {
            taxonomy.to_owned()
        };
        std::fs::write(folder.join("taxonomy.policy"), taxonomy).unwrap();
    }
    let old = dir.path().join("old/shop.policy");
    let new = dir.path().join("new/shop.policy");
    let (code, stdout, stderr) = run_diff(&[old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    // A part of the account details, which the old edition collects.
    assert!(
        stdout.contains(
            "~ Data category \"Telephone number\" (optional) is now named on its own: it is part of \"Account details\", which was already collected"
        ),
        "{stdout}"
    );
}

/// Effective coverage: a purpose or a transfer that replaces a category by
/// every part of it, where the new edition splits it, reaches the same
/// data; by some parts only, it reaches less.
#[test]
fn a_category_replaced_by_all_its_parts_is_no_change_in_coverage() {
    let (old, _) = pair("uses_all_parts");
    let old_text = std::fs::read_to_string(old).unwrap();
    let split = old_text.replace(
        "{ required }\n",
        "{ required }\ndata account.phone \"Telephone number\" { optional }\n",
    );
    let edition = |uses: &str, sent: &str| {
        let text = split
            .replace("  uses  account\n", &format!("  uses  {uses}\n"))
            .replace("transfer account to", &format!("transfer {sent} to"));
        policyc::check_source(&text).policy.unwrap()
    };
    let old = policyc::check_source(&old_text).policy.unwrap();
    let kinds = |d: &diff::Diff| d.changes.iter().map(|c| c.kind).collect::<Vec<_>>();

    let all = edition(
        "account.email, account.phone",
        "account.email, account.phone",
    );
    let forward = diff::diff(&old, &all);
    assert_eq!(
        kinds(&forward),
        [ChangeKind::DataDetailed, ChangeKind::PurposeDataRelisted],
        "{forward:?}"
    );
    assert_eq!(forward.class(), Some(Class::Editorial));
    assert_eq!(
        kinds(&diff::diff(&all, &old)),
        [
            ChangeKind::DataDetailDropped,
            ChangeKind::PurposeDataRelisted
        ]
    );

    let some = edition("account.email", "account.email");
    let narrowed = diff::diff(&old, &some);
    assert!(
        kinds(&narrowed).contains(&ChangeKind::PurposeDataRemoved),
        "{narrowed:?}"
    );
    assert!(
        kinds(&narrowed).contains(&ChangeKind::TransferGroundRemoved),
        "{narrowed:?}"
    );
    let widened = diff::diff(&some, &old);
    assert!(kinds(&widened).contains(&ChangeKind::PurposeDataAdded));
    assert!(kinds(&widened).contains(&ChangeKind::TransferGroundAdded));
}

/// Effective coverage of the categories themselves: a part of a category
/// the other edition collects, saying no more of the data than that
/// whole, is no collection started (`DATA_DETAILED`) or stopped
/// (`DATA_DETAIL_DROPPED`), both editorial; a part that says more (more
/// identifying, special, sensitive, from another source, kept longer) and
/// a category inside none declared before are new collection.
#[test]
fn a_part_of_collected_data_is_detail_not_new_collection() {
    let (old_path, _) = pair("data_detailed");
    let old_text = std::fs::read_to_string(&old_path).unwrap();
    let old = load(&old_path);
    let with = |extra: &str| {
        let text = old_text.replace(
            "data account.email \"E-mail address\" { required }\n",
            &format!("data account.email \"E-mail address\" {{ required }}\n{extra}"),
        );
        let checked = policyc::check_source(&text);
        checked
            .policy
            .unwrap_or_else(|| panic!("{extra}: {:?}", checked.diagnostics))
    };
    let kinds = |d: &diff::Diff| d.changes.iter().map(|c| c.kind).collect::<Vec<_>>();
    let detailed = |extra: &str| {
        let new = with(extra);
        let forward = diff::diff(&old, &new);
        let backward = diff::diff(&new, &old);
        (kinds(&forward), kinds(&backward), forward.required_bump())
    };

    // A part, or a part of a part, both new: each part of the account
    // details, which the old edition collects.
    for extra in [
        "data account.phone \"Telephone number\" { optional }\n",
        "data account.contact \"Contact details\"\ndata account.contact.phone \"Telephone number\"\n",
        // Kept for less long than the whole: no more than it said.
        "data account.phone \"Telephone number\"\nretain account.phone for 6 months from account_closure\n",
    ] {
        let (forward, backward, bump) = detailed(extra);
        assert!(
            !forward.is_empty() && forward.iter().all(|k| *k == ChangeKind::DataDetailed),
            "{extra}: {forward:?}"
        );
        assert!(
            backward.iter().all(|k| *k == ChangeKind::DataDetailDropped),
            "{extra}: {backward:?}"
        );
        assert_eq!(bump, diff::Bump::Patch, "{extra}");
    }

    // A part that says more than its whole is new collection.
    for extra in [
        "data account.health \"Health data\" {\n  special health\n}\n",
        "data account.phone \"Telephone number\" {\n  source third_party\n}\n",
        "data account.phone \"Telephone number\"\nretain account.phone for 5 years from account_closure\n",
    ] {
        let (forward, backward, bump) = detailed(extra);
        assert_eq!(forward, [ChangeKind::DataAdded], "{extra}");
        assert_eq!(backward, [ChangeKind::DataRemoved], "{extra}");
        assert_eq!(bump, diff::Bump::Major, "{extra}");
    }

    // `policyc diff --require-bump` takes a patch for the fixture's part.
    let (old, new) = pair("data_detailed");
    let (code, stdout, stderr) = run_diff(&[&old, &new, "--require-bump"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("1 change (1 editorial)"), "{stdout}");
}

/// A long clause reworded after a long shared start: every format shows
/// the words that differ, not the same first sentence twice.
#[test]
fn a_long_reworded_clause_shows_where_it_differs() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = pair("clause_reworded");
    let start = "We collect the personal data that you give us when you create an account and when you order.";
    let old_text = std::fs::read_to_string(old).unwrap().replace(
        "The Shop is not meant for children.",
        &format!("{start} We keep it for two years after your last order."),
    );
    let new_text = std::fs::read_to_string(new).unwrap().replace(
        "The Shop is not meant for children under 16.",
        &format!("{start} We keep it for five years after your last order."),
    );
    let old = dir.path().join("old.policy");
    let new = dir.path().join("new.policy");
    std::fs::write(&old, old_text).unwrap();
    std::fs::write(&new, new_text).unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    for format in ["human", "markdown", "json"] {
        let (code, stdout, stderr) = run_diff(&[old, new, "--format", format]);
        assert_eq!(code, 0, "{format}: {stderr}");
        for shown in [
            "…We keep it for two years after your last order.",
            "…We keep it for five years after your last order.",
        ] {
            assert!(stdout.contains(shown), "{format}: {shown} in {stdout}");
        }
    }
}

/// The README's `policyc diff` example is what it prints for the example's
/// history: each line it shows, in the order shown.
#[test]
fn the_readme_s_diff_example_holds() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = &readme[readme.find("### `policyc diff`").unwrap()..];
    let block = &section[section.find("```console\n").unwrap() + "```console\n".len()..];
    let block = &block[..block.find("```").unwrap()];
    let mut lines = block.lines();
    let command = lines
        .next()
        .unwrap()
        .strip_prefix("$ policyc diff ")
        .unwrap();
    let args: Vec<&str> = command.split(' ').collect();
    let (code, stdout, stderr) = run_diff(&args);
    assert_eq!(code, 0, "{stderr}");
    let mut at = 0;
    for line in lines.filter(|l| !l.contains('…')) {
        let found = stdout[at..]
            .find(&format!("{line}\n"))
            .unwrap_or_else(|| panic!("`{line}` not in {stdout}"));
        at += found + line.len();
    }
}

/// The README's example of the "meaning not checked" group is what `policyc
/// diff` prints for a reworded clause.
#[test]
fn the_readme_s_meaning_not_checked_example_holds() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let from = readme.find("**meaning not checked**").unwrap();
    let block = readme[from..]
        .split("```console\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let (command, expected) = block.split_once('\n').unwrap();
    assert_eq!(command, "$ policyc diff old.policy new.policy");
    let dir = Path::new(FIXTURES).join("clause_reworded");
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .arg("diff")
        .arg(dir.join("old.policy"))
        .arg(dir.join("new.policy"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
}

/// Removing `direct_marketing` takes away the absolute objection of Art.
/// 21(2) and the runtime's `objection:PURPOSE` denial: it expands. Adding
/// it gives both: it narrows.
#[test]
fn a_purpose_that_stops_being_direct_marketing_expands() {
    let (old, new) = pair("purpose_direct_marketing");
    let (old, new) = (load(old), load(new));
    assert!(old.purposes.iter().any(|p| p.direct_marketing));
    assert!(new.purposes.iter().all(|p| !p.direct_marketing));
    let kinds = |d: &diff::Diff| {
        d.changes
            .iter()
            .map(|c| (c.kind, c.class()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(&diff::diff(&old, &new)),
        [(ChangeKind::PurposeDirectMarketingRemoved, Class::Expanding)]
    );
    assert_eq!(
        kinds(&diff::diff(&new, &old)),
        [(ChangeKind::PurposeDirectMarketingAdded, Class::Narrowing)]
    );
}

/// The condition of Art. 9(2) a purpose states: away from explicit consent
/// (a), stated or implied by `basis explicit_consent`, expands; to it
/// narrows; between conditions that need no consent, or a law named anew,
/// is editorial; explicit consent stated where the basis implied it is no
/// change of condition.
#[test]
fn a_special_condition_change_is_classed_by_the_consent_it_needs() {
    let (old, _) = pair("special_condition");
    let text = std::fs::read_to_string(old).unwrap();
    let implied = "  basis             explicit_consent\n}\n";
    assert!(text.contains(implied));
    let edition = |lines: &str| {
        let checked = policyc::check_source(&text.replace(implied, &format!("{lines}}}\n")));
        checked.policy.unwrap()
    };
    let consent = edition("  basis             explicit_consent\n");
    let stated =
        edition("  basis             explicit_consent\n  special_condition explicit_consent\n");
    let care = edition(
        "  basis             contract\n  special_condition health_care \"the Patient Rights Act\"\n",
    );
    let care_reworded = edition(
        "  basis             contract\n  special_condition health_care \"the Patient Rights Act, s. 12\"\n",
    );
    let public_health = edition(
        "  basis             contract\n  special_condition public_health \"the Public Health Act\"\n",
    );
    let of = |a: &Policy, b: &Policy| {
        diff::diff(a, b)
            .changes
            .iter()
            .filter(|c| c.aspect.as_deref() == Some("special_condition"))
            .map(|c| (c.kind, c.class()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        of(&consent, &care),
        [(ChangeKind::SpecialConditionLoosened, Class::Expanding)]
    );
    assert_eq!(
        of(&stated, &care),
        [(ChangeKind::SpecialConditionLoosened, Class::Expanding)]
    );
    assert_eq!(
        of(&care, &stated),
        [(ChangeKind::SpecialConditionTightened, Class::Narrowing)]
    );
    assert_eq!(
        of(&care, &public_health),
        [(ChangeKind::SpecialConditionChanged, Class::Editorial)]
    );
    assert_eq!(
        of(&care, &care_reworded),
        [(ChangeKind::SpecialConditionChanged, Class::Editorial)]
    );
    assert_eq!(of(&consent, &stated), []);
    let words = diff::diff(&care, &public_health).changes[0].explanation();
    assert_eq!(
        words,
        "Purpose \"Advice on the products that suit your health\" now processes special categories under Art. 9(2)(i), public health, as provided by \"the Public Health Act\" (before: Art. 9(2)(h), health or social care, as provided by \"the Patient Rights Act\")"
    );
}

/// Effective coverage of a tracker's `collects` and a decision's `uses`,
/// as of a purpose's: a category replaced by all of its parts reaches the
/// same data (a restatement, editorial); by some parts only, it reaches
/// less, and back again more.
#[test]
fn a_tracker_or_a_decision_that_replaces_a_category_by_all_its_parts_reaches_the_same_data() {
    let kinds = |d: &diff::Diff| d.changes.iter().map(|c| c.kind).collect::<Vec<_>>();
    let checked = |text: &str| {
        let checked = policyc::check_source(text);
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str().starts_with('E'))
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        checked.policy.unwrap()
    };

    // A tracker: the device identifiers, split into two parts.
    let shop = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trackers/shop.policy"),
    )
    .unwrap()
    .replace(
        "retain account for",
        "data device.id \"Device ID\" { }\ndata device.model \"Device model\" { }\n\nretain account for",
    );
    let tracker = |collects: &str| {
        checked(&shop.replace(
            "  collects    device\n",
            &format!("  collects    {collects}\n"),
        ))
    };
    let whole = tracker("device");
    let parts = tracker("device.id, device.model");
    for (a, b) in [(&whole, &parts), (&parts, &whole)] {
        let d = diff::diff(a, b);
        assert_eq!(kinds(&d), [ChangeKind::TrackerRestated], "{d:?}");
        assert_eq!(d.class(), Some(Class::Editorial));
    }
    let some = tracker("device.id");
    let narrowed = diff::diff(&whole, &some);
    assert_eq!(
        kinds(&narrowed),
        [ChangeKind::TrackerWidened.mirror()],
        "{narrowed:?}"
    );
    let widened = diff::diff(&some, &whole);
    assert_eq!(kinds(&widened), [ChangeKind::TrackerWidened]);
    assert_eq!(widened.class(), Some(Class::Expanding));

    // A decision: the income, split into two parts.
    let lender = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/decisions/lender.policy"),
    )
    .unwrap()
    .replace(
        "data history ",
        "data income.salary \"Salary\" { }\ndata income.expenses \"Expenses\" { }\n\ndata history ",
    );
    let decision = |uses: &str| {
        checked(&lender.replacen(
            "  uses         income\n",
            &format!("  uses         {uses}\n"),
            1,
        ))
    };
    let whole = decision("income");
    let parts = decision("income.salary, income.expenses");
    for (a, b) in [(&whole, &parts), (&parts, &whole)] {
        let d = diff::diff(a, b);
        assert_eq!(kinds(&d), [ChangeKind::DecisionRestated], "{d:?}");
        assert_eq!(d.class(), Some(Class::Editorial));
    }
    let some = decision("income.salary");
    let narrowed = diff::diff(&whole, &some);
    assert_eq!(
        kinds(&narrowed),
        [ChangeKind::DecisionWidened.mirror()],
        "{narrowed:?}"
    );
    let widened = diff::diff(&some, &whole);
    assert_eq!(kinds(&widened), [ChangeKind::DecisionWidened]);
    assert_eq!(widened.class(), Some(Class::Expanding));
}
