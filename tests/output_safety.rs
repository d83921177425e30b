//! The build owns only what it made: links and special files in the output
//! are refused before anything is read or written, builds of one output
//! directory take turns, and a policy's outputs are replaced as one set.
//! Each test reproduces an attack or accident reported against an earlier
//! release.

#![cfg(unix)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

/// A temporary repository: `policies/` with the example policy, built once
/// into `generated/`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn built() -> Repo {
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
        let repo = Repo { dir };
        repo.build(&[]).success();
        repo
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn command(&self, extra: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("policyc").unwrap();
        cmd.current_dir(self.dir.path())
            .arg("build")
            .args(extra)
            .env("NO_COLOR", "1")
            .timeout(Duration::from_secs(60));
        cmd
    }

    fn build(&self, extra: &[&str]) -> assert_cmd::assert::Assert {
        self.command(extra).assert()
    }

    /// Every entry under the repository, links recorded as links (never
    /// followed), files with their bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut entries = BTreeMap::new();
        let mut stack = vec![self.dir.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let entry = entry.unwrap();
                let path = entry.path();
                let kind = entry.file_type().unwrap();
                if kind.is_symlink() {
                    let target = std::fs::read_link(&path).unwrap();
                    entries.insert(path, target.as_os_str().as_encoded_bytes().to_vec());
                } else if kind.is_dir() {
                    stack.push(path.clone());
                    entries.insert(path, b"<dir>".to_vec());
                } else if kind.is_file() {
                    entries.insert(path.clone(), std::fs::read(&path).unwrap());
                } else {
                    entries.insert(path, b"<special>".to_vec());
                }
            }
        }
        entries
    }
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// The first reproduction: a link to the policies inside a policy's output
/// folder emptied `policies/`.
#[test]
fn a_link_to_the_policies_in_the_output_is_refused() {
    let repo = Repo::built();
    symlink("../../policies", repo.path("generated/pro_it_privacy/link")).unwrap();
    let before = repo.snapshot();
    for extra in [&[][..], &["--check"][..]] {
        let assert = repo.build(extra).code(1);
        let stderr = stderr(&assert);
        assert!(
            stderr.contains("error[E0701]: `generated/pro_it_privacy/link` is a symbolic link"),
            "{stderr}"
        );
        assert!(stderr.contains("help: remove the link"), "{stderr}");
        assert_eq!(repo.snapshot(), before, "{extra:?} changed the repository");
    }
    assert!(repo.path("policies/pro-it-group.policy").is_file());
}

/// The second reproduction: with `diff/` a link to another directory, the
/// build wrote its diff pages there and deleted every other file in it.
#[test]
fn a_linked_output_folder_is_refused() {
    let repo = Repo::built();
    let elsewhere = repo.path("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("precious.txt"), "keep me").unwrap();
    // A fresh repository has one edition and no diff pages yet.
    let _ = std::fs::remove_dir_all(repo.path("generated/pro_it_privacy/diff"));
    symlink(&elsewhere, repo.path("generated/pro_it_privacy/diff")).unwrap();
    let before = repo.snapshot();
    let assert = repo.build(&[]).code(1);
    assert!(stderr(&assert).contains("E0701"), "{}", stderr(&assert));
    assert_eq!(repo.snapshot(), before);
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 1);

    // The policy's folder, or the output directory, a link: the same.
    std::fs::remove_file(repo.path("generated/pro_it_privacy/diff")).unwrap();
    std::fs::rename(repo.path("generated"), repo.path("real")).unwrap();
    symlink("real", repo.path("generated")).unwrap();
    let assert = repo.build(&[]).code(1);
    assert!(
        stderr(&assert).contains("`generated` is a symbolic link"),
        "{}",
        stderr(&assert)
    );
    std::fs::remove_file(repo.path("generated")).unwrap();
    std::fs::create_dir(repo.path("generated")).unwrap();
    symlink("../elsewhere", repo.path("generated/pro_it_privacy")).unwrap();
    let assert = repo.build(&[]).code(1);
    assert!(stderr(&assert).contains("E0701"), "{}", stderr(&assert));
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 1);
}

/// A FIFO where an output goes would make a build that opens it hang.
#[test]
fn a_fifo_in_the_output_is_refused_without_hanging() {
    let repo = Repo::built();
    let fifo = repo.path("generated/pro_it_privacy/policy.md");
    std::fs::remove_file(&fifo).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for extra in [&[][..], &["--check"][..]] {
        let assert = repo.build(extra).code(1);
        let stderr = stderr(&assert);
        assert!(
            stderr.contains(
                "error[E0702]: `generated/pro_it_privacy/policy.md` is a named pipe (FIFO)"
            ),
            "{stderr}"
        );
    }
}

/// Two builds at once on one tree used to fail with false "No such file
/// or directory" errors; now the second waits for the first.
#[test]
fn concurrent_builds_take_turns_without_false_errors() {
    let repo = Repo::built();
    let source = repo.path("policies/pro-it-group.policy");
    let text = std::fs::read_to_string(&source).unwrap();
    for round in 0..10 {
        // Every other round, a new edition, so that the builds write.
        let edited = text.replace(
            "ProIT Workspace\"",
            &format!("ProIT Workspace {}\"", round % 2),
        );
        let edited = edited.replace("version       2.0.0", "version       2.0.1");
        std::fs::write(&source, &edited).unwrap();
        let children: Vec<_> = (0..2)
            .map(|_| {
                let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("policyc"));
                cmd.current_dir(repo.dir.path())
                    .args(["build", "--amend"])
                    .env("NO_COLOR", "1")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        repo.build(&["--check"]).success();
    }
}

/// With `--no-wait`, a build that finds the output locked stops at once.
#[test]
fn no_wait_fails_fast_while_another_build_holds_the_lock() {
    let repo = Repo::built();
    let dir = std::fs::File::open(repo.path("generated")).unwrap();
    dir.lock().unwrap();
    let before = repo.snapshot();
    let assert = repo.build(&["--no-wait"]).code(1);
    assert!(
        stderr(&assert).contains("error[E0703]: another build is writing to `generated`"),
        "{}",
        stderr(&assert)
    );
    assert_eq!(repo.snapshot(), before);

    // Without it, the build waits and says so, then runs.
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("policyc"))
        .current_dir(repo.dir.path())
        .arg("build")
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    dir.unlock().unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("waiting for another build"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A killed build leaves its staging directory; the next one removes it,
/// and nothing of the build's own naming survives beside the outputs.
#[test]
fn leftovers_of_a_killed_build_are_removed() {
    let repo = Repo::built();
    let staging = repo.path("generated/.policyc-stage-pro_it_privacy");
    std::fs::create_dir_all(staging.join("history")).unwrap();
    std::fs::write(staging.join("policy.md"), "half a build").unwrap();
    repo.build(&[]).success();
    assert!(!staging.exists());
    let names: Vec<String> = std::fs::read_dir(repo.path("generated"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["pro_it_privacy"]);
}
