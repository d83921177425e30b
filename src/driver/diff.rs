//! `policyc diff`'s editions: each loaded from a policy file, a history
//! entry, or a file as it was at a git revision, and checked.

use std::path::{Path, PathBuf};

use super::git::{self, RevisionError};
use super::{Outcome, Problem, Sink};
use crate::load::Loaded;
use crate::model::{Policy, Spans};

/// One edition of a policy, loaded and checked.
pub struct Edition {
    /// Where it came from, for reports.
    pub label: String,
    /// The model.
    pub policy: Policy,
    /// The source text, for a policy file (to point annotations at lines).
    pub text: Option<String>,
    /// Where the model's parts are written in it; empty for a history
    /// entry.
    pub spans: Spans,
}

/// Why an edition cannot be compared.
#[derive(Debug)]
pub enum EditionError {
    /// A file cannot be read.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// A `.json` file is not a history entry.
    NotAnEntry {
        /// Where it came from.
        label: String,
        /// What the parser said.
        error: serde_json::Error,
    },
    /// The policy has errors (each was reported).
    HasErrors {
        /// Where it came from.
        label: String,
    },
    /// The path given with `--against` names no file.
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The revision given with `--against` cannot be read.
    Revision(RevisionError),
    /// git cannot show the file at the revision.
    GitShow {
        /// The file at the revision (`REV:FILE`).
        label: String,
        /// What git said.
        reason: String,
    },
    /// The file at the revision is larger than the limit.
    TooLarge {
        /// The file at the revision (`REV:FILE`).
        label: String,
        /// Its size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The file at the revision is not UTF-8 text.
    NotUtf8 {
        /// The file at the revision (`REV:FILE`).
        label: String,
    },
}

impl EditionError {
    /// How the run ends: a broken edition exits 1, a usage or I/O error 2.
    pub fn outcome(&self) -> Outcome {
        match self {
            EditionError::Unreadable { .. }
            | EditionError::NotAFile { .. }
            | EditionError::Revision(_)
            | EditionError::GitShow { .. } => Outcome::Usage,
            EditionError::NotAnEntry { .. }
            | EditionError::HasErrors { .. }
            | EditionError::TooLarge { .. }
            | EditionError::NotUtf8 { .. } => Outcome::Problems,
        }
    }
}

impl std::fmt::Display for EditionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditionError::Unreadable { path, error } => {
                write!(f, "cannot read `{}`: {error}", path.display())
            }
            EditionError::NotAnEntry { label, error } => write!(
                f,
                "`{label}` is not a history entry (the JSON model of a policy): {error}"
            ),
            EditionError::HasErrors { label } => {
                write!(f, "`{label}` has errors, so it cannot be compared")
            }
            EditionError::NotAFile { path } => write!(f, "`{}` is not a file", path.display()),
            EditionError::Revision(error) => error.fmt(f),
            EditionError::GitShow { label, reason } => {
                write!(f, "cannot read `{label}` from git: {reason}")
            }
            EditionError::TooLarge { label, size, limit } => write!(
                f,
                "`{label}` is {size} bytes, more than the limit of {limit} bytes"
            ),
            EditionError::NotUtf8 { label } => write!(f, "`{label}` is not valid UTF-8 text"),
        }
    }
}

impl std::error::Error for EditionError {}

impl Problem for EditionError {}

/// Whether `path` names a history entry rather than a policy file.
fn is_history_entry(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
}

/// The path as a label, with `/` on every system.
fn label(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Loads an edition from a policy file or a history entry; a policy's
/// diagnostics are reported only when it has errors.
pub fn load_file(
    path: &Path,
    max_file_size: usize,
    sink: &mut dyn Sink,
) -> Result<Edition, EditionError> {
    let label = label(path);
    let unreadable = |error| EditionError::Unreadable {
        path: path.to_path_buf(),
        error,
    };
    if is_history_entry(path) {
        let bytes = std::fs::read(path).map_err(unreadable)?;
        return entry(label, &bytes);
    }
    // Included files are read relative to the policy, under its folder.
    let root = crate::source::parent_or_current(path);
    let loaded = crate::load::load(path, root, max_file_size).map_err(unreadable)?;
    checked(loaded, label, sink)
}

/// A history entry's model.
fn entry(label: String, bytes: &[u8]) -> Result<Edition, EditionError> {
    match serde_json::from_slice::<Policy>(bytes) {
        Ok(policy) => Ok(Edition {
            label,
            policy,
            text: None,
            spans: Spans::default(),
        }),
        Err(error) => Err(EditionError::NotAnEntry { label, error }),
    }
}

/// The checked policy of a loaded source; its diagnostics are reported
/// only when it has errors.
fn checked(loaded: Loaded, label: String, sink: &mut dyn Sink) -> Result<Edition, EditionError> {
    let text = loaded.main().map(|f| f.text.clone());
    if let Some(policy) = loaded.checked.policy.clone() {
        return Ok(Edition {
            label,
            policy,
            text,
            spans: loaded.checked.spans.clone(),
        });
    }
    for (file, local) in loaded.localize(&loaded.checked.diagnostics) {
        if !local.is_empty() {
            sink.diagnostics(file, &local);
        }
    }
    sink.omitted(&loaded.checked.omitted);
    Err(EditionError::HasErrors { label })
}

/// Loads the edition of `path` at a git revision, through `git show`.
pub fn load_revision(
    rev: &str,
    path: &Path,
    max_file_size: usize,
    sink: &mut dyn Sink,
) -> Result<Edition, EditionError> {
    let label = format!("{rev}:{}", label(path));
    let dir = crate::source::parent_or_current(path);
    let Some(name) = path.file_name() else {
        return Err(EditionError::NotAFile {
            path: path.to_path_buf(),
        });
    };
    let commit = git::resolve_commit(dir, rev).map_err(EditionError::Revision)?;
    let output = git::show(dir, &commit, &name.to_string_lossy())
        .map_err(|error| EditionError::Revision(RevisionError::Git(error)))?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(EditionError::GitShow { label, reason });
    }
    if output.stdout.len() > max_file_size {
        return Err(EditionError::TooLarge {
            label,
            size: output.stdout.len(),
            limit: max_file_size,
        });
    }
    if is_history_entry(path) {
        return entry(label, &output.stdout);
    }
    let Ok(text) = String::from_utf8(output.stdout) else {
        return Err(EditionError::NotUtf8 { label });
    };
    checked(crate::load::load_text(&label, text), label, sink)
}
