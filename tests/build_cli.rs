//! `policyc build` from the command line, in temporary directories: the
//! build writes the three texts, `--check` names every generated file that
//! is edited, deleted or extra, and a build of a broken policy leaves the
//! output directory byte-identical.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A temporary project: `policies/` with a copy of the example policy,
/// and `out/` for the build.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("policies")).unwrap();
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy");
        std::fs::copy(&example, dir.path().join("policies/pro-it-group.policy")).unwrap();
        // Its German translation, which `languages en, de` asks for.
        std::fs::copy(
            example.with_extension("de.ftl"),
            dir.path().join("policies/pro-it-group.de.ftl"),
        )
        .unwrap();
        Project { dir }
    }

    fn policies(&self) -> PathBuf {
        self.dir.path().join("policies")
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }

    fn generated(&self, file: &str) -> PathBuf {
        self.out().join("pro_it_privacy").join(file)
    }

    fn build(&self, check: bool) -> assert_cmd::assert::Assert {
        let mut cmd = Command::cargo_bin("policyc").unwrap();
        cmd.arg("build")
            .arg(self.policies())
            .arg("--out")
            .arg(self.out());
        if check {
            cmd.arg("--check");
        }
        cmd.env("NO_COLOR", "1").assert()
    }

    /// Every file under the output directory with its bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut stack = vec![self.out()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    files.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        files
    }
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

#[test]
fn build_writes_the_three_texts_and_check_passes() {
    let project = Project::new();
    project.build(false).success();
    for file in ["policy.md", "policy.html", "policy.txt"] {
        let text = std::fs::read_to_string(project.generated(file)).unwrap();
        assert!(
            text.contains("ProIT Workspace"),
            "{file} does not name the service"
        );
    }
    project.build(true).success();
}

#[test]
fn check_detects_an_edited_file() {
    let project = Project::new();
    project.build(false).success();
    let edited = project.generated("policy.md");
    let mut text = std::fs::read_to_string(&edited).unwrap();
    text.push_str("\nA sentence nobody compiled.\n");
    std::fs::write(&edited, text).unwrap();
    let assert = project.build(true).code(1);
    let stderr = stderr(&assert);
    assert!(
        stderr.contains("differs") && stderr.contains("policy.md"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("policy.txt"),
        "only the edited file is named: {stderr}"
    );
}

#[test]
fn check_detects_a_deleted_file() {
    let project = Project::new();
    project.build(false).success();
    std::fs::remove_file(project.generated("policy.html")).unwrap();
    let assert = project.build(true).code(1);
    let stderr = stderr(&assert);
    assert!(
        stderr.contains("missing") && stderr.contains("policy.html"),
        "{stderr}"
    );
    assert!(
        !project.generated("policy.html").exists(),
        "--check writes nothing"
    );
}

#[test]
fn check_detects_an_extra_file_the_build_made() {
    let project = Project::new();
    project.build(false).success();
    // A file an earlier build made (its manifest lists it) that this build
    // would not make.
    std::fs::write(project.generated("policy.pdf"), "stale").unwrap();
    let manifest = project.generated(".policyc-manifest");
    let mut listed = std::fs::read_to_string(&manifest).unwrap();
    listed.push_str("policy.pdf\n");
    std::fs::write(&manifest, listed).unwrap();
    let assert = project.build(true).code(1);
    let stderr = stderr(&assert);
    assert!(
        stderr.contains("extra") && stderr.contains("policy.pdf"),
        "{stderr}"
    );
    assert!(
        project.generated("policy.pdf").exists(),
        "--check removes nothing"
    );
    project.build(false).success();
    assert!(
        !project.generated("policy.pdf").exists(),
        "the build removes it"
    );
    project.build(true).success();
}

#[test]
fn a_file_the_build_did_not_make_is_left_alone() {
    let project = Project::new();
    project.build(false).success();
    std::fs::write(project.generated("NOTES.txt"), "the author's notes").unwrap();
    let assert = project.build(true).success();
    let note = "left `";
    assert!(
        stderr(&assert).contains(note) && stderr(&assert).contains("NOTES.txt"),
        "{}",
        stderr(&assert)
    );
    // A new edition replaces the outputs and keeps the author's file.
    let source = project.policies().join("pro-it-group.policy");
    let text = std::fs::read_to_string(&source).unwrap();
    let edited = text
        .replace("ProIT Workspace", "ProIT Workspace Cloud")
        .replace("version       2.0.0", "version       2.0.1");
    assert_ne!(edited, text, "the example changed; update this test");
    std::fs::write(&source, edited).unwrap();
    project.build(false).success();
    assert_eq!(
        std::fs::read_to_string(project.generated("NOTES.txt")).unwrap(),
        "the author's notes"
    );
    assert!(
        std::fs::read_to_string(project.generated("policy.md"))
            .unwrap()
            .contains("ProIT Workspace Cloud")
    );
}

#[test]
fn check_writes_nothing_into_an_empty_directory() {
    let project = Project::new();
    let assert = project.build(true).code(1);
    assert!(stderr(&assert).contains("missing"), "{}", stderr(&assert));
    assert!(
        !project.out().exists() || project.snapshot().is_empty(),
        "--check wrote files"
    );
}

#[test]
fn a_broken_policy_leaves_the_output_byte_identical() {
    let project = Project::new();
    project.build(false).success();
    let before = project.snapshot();
    assert!(!before.is_empty());
    let source = project.policies().join("pro-it-group.policy");
    let text = std::fs::read_to_string(&source).unwrap();
    let broken = text
        .replace("version       1.1.0", "version       1.2.0")
        .replace("\"ProIT Workspace\"", "\"\"")
        .replace("basis contract", "basis contrakt");
    assert_ne!(broken, text, "the example changed; update this test");
    std::fs::write(&source, broken).unwrap();
    project.build(false).code(1);
    assert_eq!(
        project.snapshot(),
        before,
        "a failed build changed the output"
    );
}

#[test]
fn a_syntax_error_in_a_second_policy_writes_nothing() {
    let project = Project::new();
    project.build(false).success();
    let before = project.snapshot();
    std::fs::write(
        project.policies().join("broken.policy"),
        "policy broken {\n  title \"x\"\n",
    )
    .unwrap();
    project.build(false).code(1);
    assert_eq!(
        project.snapshot(),
        before,
        "a failed build changed the output"
    );
}
