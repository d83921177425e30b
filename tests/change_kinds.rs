//! The kinds of change: every kind has its page in `docs/changes/`, and
//! no page is orphaned; each page's example is what `policyc diff` says;
//! `policyc explain KIND` prints the page, and `policyc explain` lists
//! every kind.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;
use policyc::diff::ChangeKind;
use serde_json::Value;

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn every_kind_has_its_page() {
    for kind in ChangeKind::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/changes/{kind}.md"));
        assert!(path.is_file(), "{} is missing", path.display());
        let text = kind.explanation();
        assert!(
            text.starts_with(&format!("# {kind}: {}\n", kind.title())),
            "docs/changes/{kind}.md must start with `# {kind}: {}`",
            kind.title()
        );
        assert!(
            text.contains(&format!("**{}**", kind.class().as_str())),
            "docs/changes/{kind}.md must state its class"
        );
        if kind.mirror() != *kind {
            assert!(
                text.contains(&format!("[`{}`]", kind.mirror())),
                "docs/changes/{kind}.md must name its mirror"
            );
        }
    }
}

#[test]
fn every_page_has_a_kind() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/changes");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            ChangeKind::ALL.iter().any(|k| k.id() == stem),
            "{} explains no kind",
            path.display()
        );
    }
}

/// Each page's example, `policyc diff OLD NEW` and the words it quotes,
/// is a change of that kind in that diff.
#[test]
fn every_example_is_what_the_diff_says() {
    let mut examples = 0;
    for kind in ChangeKind::ALL {
        let text = kind.explanation();
        let Some(start) = text.find("`policyc diff tests/") else {
            continue;
        };
        let command = &text[start + 1..];
        let command = &command[..command.find('`').unwrap()];
        let args: Vec<&str> = command.split(' ').skip(1).collect();
        let words = text
            .lines()
            .find_map(|l| l.strip_prefix("> "))
            .unwrap_or_else(|| panic!("{kind}: an example without its words"));
        let mut json_args = args.clone();
        json_args.extend(["--format", "json"]);
        let (status, stdout, stderr) = run(&json_args);
        assert_eq!(status, Some(0), "{kind}: {stderr}");
        let report: Value = serde_json::from_str(&stdout).unwrap();
        let found = report["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == kind.id() && c["explanation"] == words);
        assert!(
            found,
            "{kind}: `{command}` does not say {words:?}: {stdout}"
        );
        examples += 1;
    }
    assert!(examples >= 30, "only {examples} kinds have an example");
}

#[test]
fn explain_prints_a_kind() {
    for kind in ChangeKind::ALL {
        let (status, stdout, stderr) = run(&["explain", kind.id()]);
        assert_eq!(status, Some(0), "{kind}: {stderr}");
        assert_eq!(stdout, kind.explanation());
    }
    let (status, stdout, _) = run(&["explain", "retention_extended"]);
    assert_eq!(status, Some(0));
    assert!(stdout.starts_with("# RETENTION_EXTENDED: "), "{stdout}");
}

#[test]
fn explain_lists_every_kind() {
    let (status, stdout, _) = run(&["explain"]);
    assert_eq!(status, Some(0));
    for kind in ChangeKind::ALL {
        let line = format!("{kind}  {}: {}", kind.class().as_str(), kind.about());
        assert!(stdout.lines().any(|l| l == line), "no line `{line}`");
    }
}
