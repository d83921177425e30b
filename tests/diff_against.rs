//! `policyc diff --against REV FILE`: the revision reaches git only as a
//! revision, never as an option.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const EXAMPLE: &str = "policies/pro-it-group.policy";

/// A git repository with one commit of `policies/shop.policy`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repo { dir };
        repo.git(&["init", "-q"]);
        std::fs::create_dir_all(repo.path("policies")).unwrap();
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE);
        std::fs::copy(&example, repo.path("policies/shop.policy")).unwrap();
        // Its German translation, which `languages en, de` asks for.
        std::fs::copy(
            example.with_extension("de.ftl"),
            repo.path("policies/shop.de.ftl"),
        )
        .unwrap();
        repo.git(&["add", "."]);
        repo.git(&["commit", "-q", "-m", "1.0.0"]);
        repo
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn git(&self, args: &[&str]) {
        let output = std::process::Command::new("git")
            .current_dir(self.dir.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "git {args:?}: {output:?}");
    }

    fn diff(&self, args: &[&str]) -> (Option<i32>, String, String) {
        let output = Command::cargo_bin("policyc")
            .unwrap()
            .current_dir(self.dir.path())
            .arg("diff")
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    /// Every file of the work tree, `.git` left out.
    fn files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        let mut dirs = vec![self.dir.path().to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.ends_with(".git") {
                    continue;
                }
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        files
    }
}

/// `--against=--output=FILE` was passed to `git show` as an option, which
/// wrote the old edition to `FILE:./shop.policy`. The folder it needs is
/// made here, so that the injection would succeed if it reached git.
#[test]
fn an_option_as_revision_writes_no_file_and_is_a_usage_error() {
    let repo = Repo::new();
    std::fs::create_dir(repo.path("policies/pwned:.")).unwrap();
    let before = repo.files();
    for args in [
        &["--against=--output=pwned", "policies/shop.policy"][..],
        &["--against", "--output=pwned", "policies/shop.policy"][..],
        &["--against=-p", "policies/shop.policy"][..],
    ] {
        let (status, stdout, stderr) = repo.diff(args);
        assert_eq!(status, Some(2), "{args:?}: {stdout}{stderr}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert_eq!(repo.files(), before, "{args:?} wrote a file");
        if args[0].starts_with("--against=") {
            assert!(
                stderr.contains("a revision cannot start with `-`"),
                "{args:?}: {stderr}"
            );
        }
    }
}

#[test]
fn a_revision_that_names_no_commit_is_a_usage_error() {
    let repo = Repo::new();
    for rev in ["nope", "HEAD:policies/shop.policy", "HEAD^{tree}"] {
        let (status, _, stderr) = repo.diff(&["--against", rev, "policies/shop.policy"]);
        assert_eq!(status, Some(2), "{rev}: {stderr}");
        assert!(
            stderr.contains(&format!("`{rev}` names no commit in this repository")),
            "{rev}: {stderr}"
        );
    }
}

#[test]
fn a_revision_with_a_line_break_is_refused() {
    let repo = Repo::new();
    let (status, _, stderr) = repo.diff(&["--against", "HEAD\n--output=x", "policies/shop.policy"]);
    assert_eq!(status, Some(2));
    assert!(stderr.contains("contains a control character"), "{stderr}");
}

#[test]
fn branches_tags_and_relative_revisions_still_work() {
    let repo = Repo::new();
    repo.git(&["tag", "v1"]);
    repo.git(&["branch", "release"]);
    for rev in ["HEAD", "v1", "release", "HEAD~0"] {
        let (status, stdout, stderr) = repo.diff(&["--against", rev, "policies/shop.policy"]);
        assert_eq!(status, Some(0), "{rev}: {stderr}");
        assert!(
            stdout.contains("no changes in what the policy says"),
            "{rev}: {stdout}"
        );
    }
}
