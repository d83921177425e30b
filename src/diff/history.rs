//! The history of released editions: `generated/<id>/history/`.
//!
//! Each released edition is kept as `history/<version>.json`, the
//! canonical model of the edition (pretty JSON of the [`Policy`] without its
//! test blocks, and a newline). `history/index.json`, the ledger, records
//! each edition's version, effective date and the sha256 of its file. A
//! build reads the history from disk and carries it into its plan
//! unchanged, so released entries are never rewritten; it refuses a history
//! whose files do not match the ledger, which is how `build --check` catches
//! an old entry edited by hand.
//!
//! When the source's version already has an entry, the source must say the
//! same thing (E0501), unless it is the latest edition and the build is
//! told to amend it (`policyc build --amend`, for an edition still under
//! review); otherwise the edition is new: its version must be
//! above the latest (E0503) and raised enough for its changes (E0502), and
//! an expanding edition must respect the promised notice period (E0504).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{Date, Policy};
use crate::span::Span;
use crate::syntax::ast::Decl;

/// The folder of the history, inside a policy's output folder.
pub const DIR: &str = "history";

/// The ledger's file name, inside the history folder.
pub const INDEX: &str = "index.json";

/// The ledger: `history/index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    /// The policy id.
    pub policy: String,
    /// The released editions, oldest first.
    pub editions: Vec<IndexEntry>,
}

/// One released edition in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// The version.
    pub version: semver::Version,
    /// The date it took effect.
    pub effective: Date,
    /// The sha256 of `history/<version>.json`, in lowercase hex.
    pub sha256: String,
}

/// One released edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// The model, as kept in the history.
    pub policy: Policy,
    /// The bytes of its history file, exactly as on disk.
    pub bytes: Vec<u8>,
}

impl Edition {
    /// The edition of a checked policy, as a build releases it.
    pub fn of(policy: &Policy) -> Edition {
        let policy = kept(policy);
        let bytes = canonical_json(&policy);
        Edition { policy, bytes }
    }

    /// The version.
    pub fn version(&self) -> &semver::Version {
        &self.policy.header.version
    }
}

/// The model as the history keeps it: without test blocks, which check the
/// source and are not part of what the policy says.
pub fn kept(policy: &Policy) -> Policy {
    let mut policy = policy.clone();
    policy.tests.clear();
    policy
}

/// The canonical JSON of a model: pretty JSON and a newline.
pub fn canonical_json(policy: &Policy) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(policy).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The sha256 of some bytes, in lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for byte in digest.iter() {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// The file name of an edition in the history folder.
pub fn file_name(version: &semver::Version) -> String {
    format!("{version}.json")
}

/// Reads one history entry, for `policyc diff`.
pub fn read_entry(path: &Path) -> Result<Policy, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        format!(
            "`{}` is not a history entry (the JSON model of a policy): {e}",
            path.display()
        )
    })
}

/// Reads the history in `dir` (a policy's history folder) and checks it
/// against its ledger. Returns the editions, oldest first, or every problem
/// found. A folder that does not exist is an empty history.
pub fn read(dir: &Path, id: &str) -> Result<Vec<Edition>, Vec<String>> {
    let index_path = dir.join(INDEX);
    let shown = |name: &str| dir.join(name).display().to_string();
    let restore = "released editions are never rewritten: restore the file from version control (`git checkout -- <file>`) and publish changes as a new version";
    let index: Option<Index> = match std::fs::read(&index_path) {
        Ok(bytes) => match serde_json::from_slice(&bytes) {
            Ok(index) => Some(index),
            Err(e) => {
                return Err(vec![format!(
                    "`{}` is not a valid history ledger: {e}; {restore}",
                    index_path.display()
                )]);
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(vec![format!("cannot read `{}`: {e}", index_path.display())]),
    };
    let entries = match entry_files(dir) {
        Ok(entries) => entries,
        Err(e) => return Err(vec![format!("cannot read `{}`: {e}", dir.display())]),
    };
    let Some(index) = index else {
        if entries.is_empty() {
            return Ok(Vec::new());
        }
        return Err(vec![format!(
            "`{}` has history entries but no ledger `{INDEX}`, so they cannot be verified; {restore}",
            dir.display()
        )]);
    };
    let mut problems = Vec::new();
    if index.policy != id {
        problems.push(format!(
            "the ledger `{}` belongs to the policy `{}`, not `{id}`",
            index_path.display(),
            index.policy
        ));
    }
    let mut editions: Vec<Edition> = Vec::new();
    for entry in &index.editions {
        let name = file_name(&entry.version);
        if editions.iter().any(|e| e.version() == &entry.version) {
            problems.push(format!(
                "the ledger `{}` lists {} twice",
                index_path.display(),
                entry.version
            ));
            continue;
        }
        let bytes = match std::fs::read(dir.join(&name)) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                problems.push(format!(
                    "`{}` is recorded in the ledger but missing; {restore}",
                    shown(&name)
                ));
                continue;
            }
            Err(e) => {
                problems.push(format!("cannot read `{}`: {e}", shown(&name)));
                continue;
            }
        };
        let digest = sha256(&bytes);
        if digest != entry.sha256 {
            problems.push(format!(
                "`{}` was changed after {} was released: its sha256 is {digest}, the ledger `{}` records {}; {restore}",
                shown(&name),
                entry.version,
                index_path.display(),
                entry.sha256
            ));
            continue;
        }
        let policy: Policy = match serde_json::from_slice(&bytes) {
            Ok(policy) => policy,
            Err(e) => {
                problems.push(format!(
                    "`{}` is not a history entry (the JSON model of a policy): {e}",
                    shown(&name)
                ));
                continue;
            }
        };
        if policy.id != id
            || policy.header.version != entry.version
            || policy.header.effective != entry.effective
        {
            problems.push(format!(
                "`{}` holds `{}` {} effective {}, but the ledger records `{id}` {} effective {}",
                shown(&name),
                policy.id,
                policy.header.version,
                policy.header.effective,
                entry.version,
                entry.effective
            ));
            continue;
        }
        editions.push(Edition { policy, bytes });
    }
    for name in &entries {
        if !index
            .editions
            .iter()
            .any(|e| &file_name(&e.version) == name)
        {
            problems.push(format!(
                "`{}` is not recorded in the ledger `{}`; history entries are added only by `policyc build`",
                shown(name),
                index_path.display()
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    editions.sort_by(|a, b| a.version().cmp(b.version()));
    Ok(editions)
}

/// The `*.json` files of the history folder other than the ledger, sorted.
fn entry_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut names = Vec::new();
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") && name != INDEX {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Where the header's `version` and `effective` are written in a source.
fn header_spans(text: &str) -> (Span, Span) {
    let (file, _) = crate::syntax::parse(text);
    for decl in &file.decls {
        if let Decl::Policy(p) = decl {
            let version = p.version.first().map_or(p.head_span, |v| v.span);
            let effective = p.effective.first().map_or(p.head_span, |v| v.span);
            return (version, effective);
        }
    }
    (Span::default(), Span::default())
}

/// A short list of the changes of the strongest class, for a help line.
fn examples(diff: &super::Diff) -> String {
    let Some(class) = diff.class() else {
        return String::new();
    };
    let all: Vec<&str> = diff
        .of_class(class)
        .map(|c| c.explanation.as_str())
        .collect();
    let (shown, rest) = all.split_at(all.len().min(3));
    let more = if rest.is_empty() {
        String::new()
    } else {
        format!("; and {} more", rest.len())
    };
    format!("{}{more}", shown.join("; "))
}

/// Releases the edition built from `policy` (whose source is `text`) into
/// the history: returns the history with the new edition added when it is
/// new, or the diagnostics that stop the build.
pub fn release(
    policy: &Policy,
    text: &str,
    history: Vec<Edition>,
    history_dir: &str,
    amend: bool,
) -> Result<Vec<Edition>, Vec<Diagnostic>> {
    let current = Edition::of(policy);
    let version = current.version().clone();
    let (version_span, effective_span) = header_spans(text);
    let see = |old: &semver::Version| {
        format!(
            "see every change with `policyc diff {history_dir}/{} <this file>`",
            file_name(old)
        )
    };
    let mut history = history;
    let is_latest = history.last().is_some_and(|e| e.version() == &version);
    if let Some(released) = history.iter().find(|e| e.version() == &version) {
        if released.policy == current.policy {
            return Ok(history);
        }
        if amend && is_latest {
            // An edition under review is rebuilt: its entry is replaced,
            // and it is checked against the one before it as a new edition.
            history.pop();
            return release(policy, text, history, history_dir, false);
        }
        let diff = super::diff(&released.policy, &current.policy);
        let latest = history.last().map_or(&version, Edition::version);
        let next = diff.required_bump().apply(latest);
        let class = diff.class().map_or("", super::Class::as_str);
        let diag = Diagnostic::error(
            Code::ContentChangedWithoutBump,
            version_span,
            format!(
                "the content changed, but version {version} was already released with other content"
            ),
        )
        .label(format!(
            "{version} is in the history; a changed policy needs a new version"
        ))
        .help(format!(
            "raise the version to {next} or later: the changes are {class} ({}); {}{}",
            examples(&diff),
            see(&version),
            if is_latest {
                format!("; if {version} has not been published yet, rebuild it with `policyc build --amend`")
            } else {
                String::new()
            }
        ));
        return Err(vec![diag]);
    }
    if let Some(latest) = history.last()
        && latest.version() > &version
    {
        let diag = Diagnostic::error(
            Code::VersionBelowLatest,
            version_span,
            format!(
                "version {version} is lower than the latest released edition, {}",
                latest.version()
            ),
        )
        .label(format!("the history already has {}", latest.version()))
        .help(format!(
            "a new edition needs a version above {}; {}",
            latest.version(),
            see(latest.version())
        ));
        return Err(vec![diag]);
    }
    let mut diagnostics = Vec::new();
    if let Some(previous) = history.last() {
        let diff = super::diff(&previous.policy, &current.policy);
        let assessment = super::assess(&previous.policy, &current.policy, &diff);
        let prev = previous.version();
        if !assessment.bump_ok() {
            let required = assessment.required_bump;
            let done = match assessment.actual_bump {
                super::Bump::None => format!("{version} raises no version number over {prev}"),
                bump => format!("{version} is only a {} bump", bump.as_str()),
            };
            diagnostics.push(
                Diagnostic::error(
                    Code::BumpTooSmall,
                    version_span,
                    format!(
                        "the changes since {prev} need a {} version bump, but {done}",
                        required.as_str()
                    ),
                )
                .label(format!("raise this to {} or later", required.apply(prev)))
                .help({
                    let class = diff.class().unwrap_or(super::Class::Editorial);
                    let n = diff.count(class);
                    format!(
                        "{n} {} change{}: {}; {}",
                        class.as_str(),
                        if n == 1 { "" } else { "s" },
                        examples(&diff),
                        see(prev)
                    )
                }),
            );
        }
        if let (Some(earliest), Some(notice)) = (assessment.earliest_effective, assessment.notice) {
            diagnostics.push(
                Diagnostic::error(
                    Code::NoticeTooShort,
                    effective_span,
                    format!(
                        "{version} expands the policy but takes effect {}, less than the promised notice of {notice}",
                        match assessment.days_between {
                            0 => format!("the same day as {prev}"),
                            1 => format!("1 day after {prev}"),
                            d if d > 0 => format!("{d} days after {prev}"),
                            d => format!("{} days before {prev}", -d),
                        }
                    ),
                )
                .label(format!("take effect on {earliest} or later"))
                .help(format!(
                    "users are promised {notice} of notice before a change takes effect (`changes {{ notice … }}`); {prev} took effect on {}",
                    previous.policy.header.effective
                )),
            );
        }
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    history.push(current);
    Ok(history)
}

/// The ledger of a history, as its file's bytes.
pub fn index_json(id: &str, editions: &[Edition]) -> Vec<u8> {
    let index = Index {
        policy: id.to_owned(),
        editions: editions
            .iter()
            .map(|e| IndexEntry {
                version: e.version().clone(),
                effective: e.policy.header.effective,
                sha256: sha256(&e.bytes),
            })
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&index).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The files of a history and those derived from it, relative to the
/// policy's output folder: the entries (as they are), the ledger, the
/// changelog, and a diff page (Markdown and HTML) per edition after the
/// first.
pub fn files(id: &str, editions: &[Edition]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    if editions.is_empty() {
        return files;
    }
    let dir = PathBuf::from(DIR);
    for edition in editions {
        files.push((
            dir.join(file_name(edition.version())),
            edition.bytes.clone(),
        ));
    }
    files.push((dir.join(INDEX), index_json(id, editions)));
    files.push((
        PathBuf::from("CHANGELOG.md"),
        super::changelog::changelog(editions).into_bytes(),
    ));
    for pair in editions.windows(2) {
        if let [old, new] = pair {
            let name = super::changelog::page_name(&old.policy, &new.policy);
            let diff_dir = PathBuf::from("diff");
            let mut markdown = super::changelog::page_markdown(&old.policy, &new.policy);
            markdown.push('\n');
            files.push((diff_dir.join(format!("{name}.md")), markdown.into_bytes()));
            files.push((
                diff_dir.join(format!("{name}.html")),
                super::changelog::page_html(&old.policy, &new.policy).into_bytes(),
            ));
        }
    }
    files
}
