//! Reading a file as it was at a git revision, for `policyc diff --against
//! REV`.
//!
//! The revision comes from the command line, and in CI from a workflow
//! that may interpolate a branch name: git must never read it as an
//! option (`--output=FILE` would make `git show` write a file). So a
//! revision that starts with `-` is refused outright, the rest is resolved
//! to a commit id with `git rev-parse --verify --end-of-options`, and only
//! that id, a string of hex digits, reaches `git show`, after
//! `--end-of-options` too.

use std::path::Path;
use std::process::Command;

/// Why a revision cannot be read.
#[derive(Debug)]
pub enum RevisionError {
    /// The revision is empty.
    Empty,
    /// The revision starts with `-`, so git would take it for an option.
    LooksLikeAnOption(String),
    /// The revision contains a control character (a line break, NUL…).
    ControlCharacter(String),
    /// git does not know the revision, or it names no commit.
    NotACommit {
        /// The revision as given.
        revision: String,
        /// What git said.
        reason: String,
    },
    /// git could not be run.
    Git(std::io::Error),
}

impl std::fmt::Display for RevisionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RevisionError::Empty => {
                f.write_str("--against needs a git revision, such as origin/main")
            }
            RevisionError::LooksLikeAnOption(rev) => write!(
                f,
                "`{rev}` is not a git revision: a revision cannot start with `-`; name a branch, tag or commit, such as origin/main"
            ),
            RevisionError::ControlCharacter(rev) => write!(
                f,
                "`{}` is not a git revision: it contains a control character",
                rev.escape_debug()
            ),
            RevisionError::NotACommit { revision, reason } if reason.is_empty() => {
                write!(f, "`{revision}` names no commit in this repository")
            }
            RevisionError::NotACommit { revision, reason } => {
                write!(
                    f,
                    "`{revision}` names no commit in this repository: {reason}"
                )
            }
            RevisionError::Git(error) => write!(f, "cannot run git for --against: {error}"),
        }
    }
}

/// Refuses what git could read as something other than a revision, before
/// git is run at all.
pub fn validate(rev: &str) -> Result<(), RevisionError> {
    if rev.is_empty() {
        return Err(RevisionError::Empty);
    }
    if rev.starts_with('-') {
        return Err(RevisionError::LooksLikeAnOption(rev.to_owned()));
    }
    if rev.chars().any(char::is_control) {
        return Err(RevisionError::ControlCharacter(rev.to_owned()));
    }
    Ok(())
}

/// The id of the commit `rev` names, as git resolves it in `dir`.
pub fn resolve_commit(dir: &Path, rev: &str) -> Result<String, RevisionError> {
    validate(rev)?;
    let output = git(dir)
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}"))
        .output()
        .map_err(RevisionError::Git)?;
    let id = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !output.status.success() || !is_object_id(&id) {
        return Err(RevisionError::NotACommit {
            revision: rev.to_owned(),
            reason: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        });
    }
    Ok(id)
}

/// Runs `git show` on `NAME` (a file of `dir`) at the commit `id`, which
/// [`resolve_commit`] returned.
pub fn show(dir: &Path, id: &str, name: &str) -> std::io::Result<std::process::Output> {
    // `./NAME` is relative to the directory git runs in, wherever the
    // repository's root is.
    git(dir)
        .args(["show", "--no-textconv", "--end-of-options"])
        .arg(format!("{id}:./{name}"))
        .output()
}

fn git(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command.arg("-C").arg(dir);
    command
}

/// Whether `text` is a full object id (SHA-1 or SHA-256, in hex).
fn is_object_id(text: &str) -> bool {
    matches!(text.len(), 40 | 64) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_control_characters_are_not_revisions() {
        for rev in ["-p", "--output=x", "--end-of-options"] {
            assert!(matches!(
                validate(rev),
                Err(RevisionError::LooksLikeAnOption(_))
            ));
        }
        assert!(matches!(validate(""), Err(RevisionError::Empty)));
        assert!(matches!(
            validate("main\n--output=x"),
            Err(RevisionError::ControlCharacter(_))
        ));
        for rev in ["origin/main", "HEAD~2", "v1.0.0", "a1b2c3d", "main@{1}"] {
            assert!(validate(rev).is_ok(), "{rev}");
        }
    }

    #[test]
    fn object_ids_are_full_hex() {
        assert!(is_object_id(&"a".repeat(40)));
        assert!(is_object_id(&"0".repeat(64)));
        assert!(!is_object_id("abc"));
        assert!(!is_object_id(&"g".repeat(40)));
    }
}
