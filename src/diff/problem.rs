//! What can be wrong with the history of a policy on disk, and the
//! diagnostic of each: E0505 (an edition or its ledger entry changed,
//! removed, reordered or added outside the build), E0506 (the ledger does
//! not end at the head the last build recorded), E0507 (the history is
//! missing though the policy was released before) and E0508 (a ledger
//! written before the hash chain).
//!
//! Every diagnostic points at the policy's `version` line: the history is
//! the record of that line's past values.

use std::path::{Path, PathBuf};

use semver::Version;

use super::ledger::{HEAD_FILE, NOT_REGULAR};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::Date;
use crate::span::Span;

/// One thing wrong with a history on disk.
#[derive(Debug)]
pub enum Problem {
    /// A file of the history could not be read: not the author's doing.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// `index.json` is not a ledger.
    LedgerInvalid {
        /// The ledger.
        path: PathBuf,
        /// Why: not a regular file, or what the parser said.
        error: Unusable,
    },
    /// Entries with no ledger to verify them against.
    NoLedger {
        /// The history folder.
        dir: PathBuf,
    },
    /// The ledger names another policy.
    OtherPolicy {
        /// The ledger.
        path: PathBuf,
        /// The policy it names.
        found: String,
    },
    /// A version listed twice.
    Duplicate {
        /// The ledger.
        path: PathBuf,
        /// The version.
        version: Version,
    },
    /// A version listed after a higher one.
    OutOfOrder {
        /// The ledger.
        path: PathBuf,
        /// The version.
        version: Version,
        /// The higher version listed before it.
        after: Version,
    },
    /// An entry whose `previous` is not the hash of the entry before it.
    BrokenLink {
        /// The ledger.
        path: PathBuf,
        /// The entry's version.
        version: Version,
        /// The entry before it in the ledger, if any.
        after: Option<Version>,
    },
    /// A recorded edition whose file is gone.
    MissingFile {
        /// The file.
        path: PathBuf,
    },
    /// An edition's file whose sha256 differs from the ledger's.
    Changed {
        /// The file.
        path: PathBuf,
        /// The edition.
        version: Version,
        /// Its sha256 now.
        actual: String,
        /// The sha256 the ledger records.
        recorded: String,
    },
    /// An edition's file that is not a model.
    NotAnEntry {
        /// The file.
        path: PathBuf,
        /// Why: not a regular file, or what the parser said.
        error: Unusable,
    },
    /// An edition's file that holds another policy, version or date than
    /// its ledger entry.
    Mismatch {
        /// The file.
        path: PathBuf,
        /// What it holds: policy, version, effective date.
        holds: Box<(String, Version, Date)>,
        /// What the ledger records.
        recorded: Box<(String, Version, Date)>,
    },
    /// A file in the history folder the ledger does not list.
    Unrecorded {
        /// The file.
        path: PathBuf,
        /// The ledger.
        ledger: PathBuf,
    },
    /// A ledger without the chain next to a recorded head: the chain was
    /// stripped.
    ChainRemoved {
        /// The ledger.
        path: PathBuf,
    },
    /// A ledger written before the chain, with no head recorded.
    Unchained {
        /// The ledger.
        path: PathBuf,
    },
    /// A chained ledger whose head file is gone.
    HeadMissing {
        /// The head file that should be there.
        path: PathBuf,
    },
    /// A head file that cannot be used.
    HeadInvalid {
        /// The head file.
        path: PathBuf,
        /// Why: not a regular file, what the parser said, or another policy.
        error: Unusable,
    },
    /// The recorded newest edition is not in the ledger: dropped.
    Dropped {
        /// The head file.
        path: PathBuf,
        /// The newest edition it records.
        latest: Version,
    },
    /// The ledger up to the recorded newest edition hashes to another head:
    /// that edition or one before it was rewritten.
    Rewritten {
        /// The head file.
        path: PathBuf,
        /// The newest edition it records.
        latest: Version,
    },
    /// The ledger has editions after the recorded head: added by hand.
    Ahead {
        /// The head file.
        path: PathBuf,
        /// The newest edition it records.
        latest: Version,
        /// The editions after it.
        added: Vec<Version>,
    },
    /// No history, though the policy was released before.
    HistoryMissing {
        /// The history folder.
        dir: PathBuf,
        /// What shows the earlier release.
        evidence: Box<Evidence>,
    },
}

/// Why a file of the history, its ledger or its head cannot be used.
#[derive(Debug)]
pub enum Unusable {
    /// A link, a directory or a special file: never read.
    NotRegular,
    /// It does not parse; what the parser said.
    Json(serde_json::Error),
    /// A ledger head that records another policy.
    OtherPolicy {
        /// The policy it records.
        found: String,
        /// The policy being built.
        expected: String,
    },
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::NotRegular => f.write_str(NOT_REGULAR),
            Unusable::Json(error) => error.fmt(f),
            Unusable::OtherPolicy { found, expected } => {
                write!(f, "it records the policy `{found}`, not `{expected}`")
            }
        }
    }
}

/// What shows that a policy whose history is missing was released before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// The head file records released editions.
    Head {
        /// The head file.
        path: PathBuf,
        /// How many editions it records.
        editions: usize,
        /// The first of them.
        first: Version,
        /// The newest of them.
        latest: Version,
    },
    /// Another output of an earlier build is there.
    Output {
        /// The file.
        path: PathBuf,
    },
}

/// A path as messages show it: with forward slashes on every platform.
pub fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The history folder of a file inside it, for the help lines.
fn folder_of(path: &Path) -> String {
    // A bare file name is in the current folder.
    shown(path.parent().unwrap_or(Path::new(".")))
}

/// The fix of E0505: history is restored, never repaired by hand.
fn restore_history(dir: &str) -> String {
    format!(
        "released editions are never rewritten: restore the history from version control (`git checkout -- {dir}`) and publish changes as a new version"
    )
}

/// The fix of E0506.
fn restore_head(head: &Path) -> String {
    let folder = folder_of(head);
    format!(
        "restore the policy's folder from version control (`git checkout -- {folder}`); the build moves the head only when it releases or amends an edition"
    )
}

impl Problem {
    /// The code of an author's problem; `None` for an I/O error.
    pub fn code(&self) -> Option<Code> {
        match self {
            Problem::Io { .. } => None,
            Problem::Unchained { .. } => Some(Code::LedgerWithoutChain),
            Problem::HistoryMissing { .. } => Some(Code::HistoryMissing),
            Problem::HeadMissing { .. }
            | Problem::HeadInvalid { .. }
            | Problem::Dropped { .. }
            | Problem::Rewritten { .. }
            | Problem::Ahead { .. } => Some(Code::LedgerHeadMismatch),
            _ => Some(Code::HistoryTampered),
        }
    }

    /// The diagnostic at `version` (the policy's version line), or `None`
    /// for an I/O error, which has no place in the policy.
    pub fn diagnostic(&self, id: &str, version: Span) -> Option<Diagnostic> {
        let code = self.code()?;
        let (message, label, help) = self.words(id);
        Some(
            Diagnostic::new(code, version, message)
                .label(label)
                .help(help),
        )
    }

    /// The message of an I/O error (or of any problem, for a line without a
    /// place).
    pub fn message(&self, id: &str) -> String {
        self.words(id).0
    }

    /// The message, the label and the help line.
    fn words(&self, id: &str) -> (String, String, String) {
        match self {
            Problem::Io { path, error } => (
                format!("cannot read `{}`: {error}", shown(path)),
                String::new(),
                String::new(),
            ),
            Problem::Unchained { path } => (
                format!(
                    "the ledger `{}` has no hash chain: it was written by an older policyc",
                    shown(path)
                ),
                "the history of this policy cannot be protected against rewriting".to_owned(),
                format!(
                    "check the history against version control (`git log -p -- {}`), then run `policyc build --upgrade-ledger` once and commit the result: it adds the chain and `{HEAD_FILE}`, and rewrites no edition",
                    folder_of(path)
                ),
            ),
            Problem::HistoryMissing { dir, evidence } => missing_words(id, dir, evidence),
            Problem::HeadMissing { .. }
            | Problem::HeadInvalid { .. }
            | Problem::Dropped { .. }
            | Problem::Rewritten { .. }
            | Problem::Ahead { .. } => self.head_words(),
            _ => self.tamper_words(id),
        }
    }

    /// The words of E0506.
    fn head_words(&self) -> (String, String, String) {
        let label = "the history does not end where the last build left it".to_owned();
        match self {
            Problem::HeadMissing { path } => (
                format!(
                    "the ledger has a hash chain, but its recorded head `{}` is missing",
                    shown(path)
                ),
                label,
                restore_head(path),
            ),
            Problem::HeadInvalid { path, error } => (
                format!("`{}` is not a ledger head: {error}", shown(path)),
                label,
                restore_head(path),
            ),
            Problem::Dropped { path, latest } => (
                format!(
                    "released edition {latest}, the head recorded in `{}`, is missing from the ledger: its newest entries were removed",
                    shown(path)
                ),
                label,
                restore_head(path),
            ),
            Problem::Rewritten { path, latest } => (
                format!(
                    "the ledger up to {latest} no longer hashes to the head recorded in `{}`: {latest} or an edition before it was rewritten",
                    shown(path)
                ),
                label,
                restore_head(path),
            ),
            Problem::Ahead {
                path,
                latest,
                added,
            } => {
                let added: Vec<String> = added.iter().map(Version::to_string).collect();
                (
                    format!(
                        "the ledger has editions after {latest}, the head recorded in `{}`: {} {} added outside the build",
                        shown(path),
                        added.join(", "),
                        if added.len() == 1 { "was" } else { "were" }
                    ),
                    label,
                    restore_head(path),
                )
            }
            _ => (String::new(), label, String::new()),
        }
    }

    /// The words of E0505.
    fn tamper_words(&self, id: &str) -> (String, String, String) {
        let label = "the history of this policy does not match its ledger".to_owned();
        let (message, dir) = match self {
            Problem::LedgerInvalid { path, error } => (
                format!("`{}` is not a valid history ledger: {error}", shown(path)),
                folder_of(path),
            ),
            Problem::NoLedger { dir } => (
                format!(
                    "`{}` has history entries but no ledger `index.json`, so they cannot be verified",
                    shown(dir)
                ),
                shown(dir),
            ),
            Problem::OtherPolicy { path, found } => (
                format!(
                    "the ledger `{}` belongs to the policy `{found}`, not `{id}`",
                    shown(path)
                ),
                folder_of(path),
            ),
            Problem::Duplicate { path, version } => (
                format!("the ledger `{}` lists {version} twice", shown(path)),
                folder_of(path),
            ),
            Problem::OutOfOrder {
                path,
                version,
                after,
            } => (
                format!(
                    "the ledger `{}` lists {version} after {after}: editions are recorded oldest first",
                    shown(path)
                ),
                folder_of(path),
            ),
            Problem::BrokenLink {
                path,
                version,
                after,
            } => (
                format!(
                    "the hash chain of the ledger `{}` breaks at {version}: its `previous` is not the hash of {}, so an entry was removed, reordered, inserted or rewritten",
                    shown(path),
                    after
                        .as_ref()
                        .map_or("the start of the ledger".to_owned(), |v| format!(
                            "the entry before it, {v}"
                        ))
                ),
                folder_of(path),
            ),
            Problem::MissingFile { path } => (
                format!("`{}` is recorded in the ledger but missing", shown(path)),
                folder_of(path),
            ),
            Problem::Changed {
                path,
                version,
                actual,
                recorded,
            } => (
                format!(
                    "`{}` was changed after {version} was released: its sha256 is {actual}, the ledger records {recorded}",
                    shown(path)
                ),
                folder_of(path),
            ),
            Problem::NotAnEntry { path, error } => (
                format!(
                    "`{}` is not a history entry (the JSON model of a policy): {error}",
                    shown(path)
                ),
                folder_of(path),
            ),
            Problem::Mismatch {
                path,
                holds,
                recorded,
            } => (
                format!(
                    "`{}` holds `{}` {} effective {}, but the ledger records `{}` {} effective {}",
                    shown(path),
                    holds.0,
                    holds.1,
                    holds.2,
                    recorded.0,
                    recorded.1,
                    recorded.2
                ),
                folder_of(path),
            ),
            Problem::Unrecorded { path, ledger } => (
                format!(
                    "`{}` is not recorded in the ledger `{}`; history entries are added only by `policyc build`",
                    shown(path),
                    shown(ledger)
                ),
                folder_of(path),
            ),
            Problem::ChainRemoved { path } => (
                format!(
                    "the ledger `{}` has no hash chain, but `{HEAD_FILE}` records one: the chain was removed",
                    shown(path)
                ),
                folder_of(path),
            ),
            _ => (String::new(), String::new()),
        };
        (message, label, restore_history(&dir))
    }
}

/// The words of E0507.
fn missing_words(id: &str, dir: &Path, evidence: &Evidence) -> (String, String, String) {
    let dir = shown(dir);
    let message = match evidence {
        Evidence::Head {
            path,
            editions,
            first,
            latest,
        } => {
            let editions = match editions {
                1 => format!("1 released edition, {first}"),
                n => format!("{n} released editions, {first} to {latest}"),
            };
            format!(
                "the history of `{id}` is missing, but `{}` records {editions}",
                shown(path)
            )
        }
        Evidence::Output { path } => format!(
            "the history of `{id}` is missing, but `{}` shows that it was built before",
            shown(path)
        ),
    };
    let folder = folder_of(Path::new(&dir));
    (
        message,
        "this would start a new history, forgetting the released editions".to_owned(),
        format!(
            "restore it from version control (`git checkout -- {dir}`); a build never restarts a history; if no edition of `{id}` was ever published, remove the whole folder `{folder}` and build again"
        ),
    )
}
