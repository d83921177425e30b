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

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::ledger::{self, Link, Opened};
use super::problem::{Problem, Unusable};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{self, Date, Policy};

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
    /// The hash of the entry before it ([`ledger::entry_hash`]), in
    /// lowercase hex; 64 zeros for the first. Absent only in a ledger
    /// written before the chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
}

impl IndexEntry {
    /// What the chain hashes of the entry.
    pub fn link(&self) -> Link<'_> {
        Link {
            version: &self.version,
            effective: self.effective,
            sha256: &self.sha256,
        }
    }
}

/// One released edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition<'a> {
    /// The model, as kept in the history: borrowed from the build when it
    /// is the edition being built.
    pub policy: Cow<'a, Policy>,
    /// The sha256 of its history file, in lowercase hex.
    pub sha256: String,
    /// Whether its history file is on disk as released (and verified
    /// against the ledger), to be kept byte for byte; otherwise the build
    /// writes it, the canonical JSON of the model.
    pub on_disk: bool,
}

impl<'a> Edition<'a> {
    /// The edition of a checked policy, as a build releases it. The model
    /// is borrowed when it has no test blocks, as a build's models have not.
    pub fn of(policy: &'a Policy) -> Edition<'a> {
        let policy = if policy.tests.is_empty() {
            Cow::Borrowed(policy)
        } else {
            Cow::Owned(kept(policy))
        };
        let mut hasher = HashWriter(Sha256::new());
        write_where_nothing_fails(&policy, &mut hasher);
        let sha256 = hex(&hasher.0.finalize());
        Edition {
            policy,
            sha256,
            on_disk: false,
        }
    }

    /// The version.
    pub fn version(&self) -> &semver::Version {
        &self.policy.header.version
    }

    /// What the ledger's chain hashes of the edition.
    pub fn link(&self) -> Link<'_> {
        Link {
            version: self.version(),
            effective: self.policy.header.effective,
            sha256: &self.sha256,
        }
    }
}

/// The chain links of a history, oldest first.
pub fn links<'e>(editions: &'e [Edition<'_>]) -> Vec<Link<'e>> {
    editions.iter().map(Edition::link).collect()
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
    let mut bytes = Vec::new();
    write_where_nothing_fails(policy, &mut bytes);
    bytes
}

/// [`write_canonical_json`] into memory or a hasher, which take every
/// write.
#[expect(
    clippy::expect_used,
    reason = "a model is strings, numbers, lists and string-keyed maps, which serde_json always serializes, and memory and a hasher take every write"
)]
fn write_where_nothing_fails(policy: &Policy, out: &mut dyn Write) {
    write_canonical_json(policy, out).expect("a model serializes into memory");
}

/// Streams the canonical JSON of a model into `out`, through a buffer.
pub fn write_canonical_json(policy: &Policy, out: &mut dyn Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(crate::buffer::CHUNK, out);
    serde_json::to_writer_pretty(&mut out, policy)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The sha256 of some bytes, in lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    ledger::hex(digest)
}

/// Feeds what is read to a hasher.
struct HashReader<R>(R, Sha256);

impl<R: io::Read> io::Read for HashReader<R> {
    #[expect(
        clippy::indexing_slicing,
        reason = "`Read::read` returns at most the length of the buffer it fills"
    )]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        self.1.update(&buf[..n]);
        Ok(n)
    }
}

/// Feeds what is written to a hasher.
struct HashWriter(Sha256);

impl Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The file name of an edition in the history folder.
pub fn file_name(version: &semver::Version) -> String {
    format!("{version}.json")
}

/// How a build may change the history on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Release the source's edition if it is new; rewrite nothing.
    #[default]
    Release,
    /// Also replace the latest edition's entry (`policyc build --amend`).
    Amend,
    /// Also add the hash chain to a ledger written before it had one
    /// (`policyc build --upgrade-ledger`).
    UpgradeLedger,
}

/// A history read from disk and verified against its ledger.
#[derive(Debug)]
pub struct History {
    /// The released editions, oldest first.
    pub editions: Vec<Edition<'static>>,
    /// Whether the ledger carries the hash chain (an empty one does).
    pub chained: bool,
}

/// Reads the history in `dir` (a policy's history folder) and checks it
/// against its ledger: every file against its recorded sha256, every entry
/// against the hash chain. Returns the editions, oldest first, or every
/// problem found. A folder that does not exist is an empty history.
pub fn read(dir: &Path, id: &str) -> Result<History, Vec<Problem>> {
    let index_path = dir.join(INDEX);
    let index = read_index(&index_path, u64::MAX).map_err(|p| vec![p])?;
    let entries = entry_files(dir).map_err(|error| {
        vec![Problem::Io {
            path: dir.to_path_buf(),
            error,
        }]
    })?;
    let Some(index) = index else {
        if entries.is_empty() {
            return Ok(History {
                editions: Vec::new(),
                chained: true,
            });
        }
        return Err(vec![Problem::NoLedger {
            dir: dir.to_path_buf(),
        }]);
    };
    let mut problems = Vec::new();
    if index.policy != id {
        problems.push(Problem::OtherPolicy {
            path: index_path.clone(),
            found: index.policy.clone(),
        });
    }
    let chained = check_chain(&index, &index_path, &mut problems);
    let mut editions: Vec<Edition<'static>> = Vec::new();
    for entry in &index.editions {
        match read_edition(dir, id, entry, u64::MAX) {
            Ok(edition) => editions.push(edition),
            Err(problem) => problems.push(problem),
        }
    }
    for name in &entries {
        if !index
            .editions
            .iter()
            .any(|e| &file_name(&e.version) == name)
        {
            problems.push(Problem::Unrecorded {
                path: dir.join(name),
                ledger: index_path.clone(),
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(History { editions, chained })
}

/// The released edition that an edition of `version` of the policy `id`
/// is compared with, from the history in `dir`, for `policyc check`: the
/// edition before `version` when `version` is the latest, the latest when
/// `version` is above it; `None` when there is no history, no edition
/// before, or `version` is below the latest (the build refuses it, E0503).
///
/// Only the ledger and that edition's file are read, each at most `limit`
/// bytes, each only when it is a regular file (a link is not followed);
/// the file must match its ledger entry. Verifying the whole history is
/// the build's work ([`read`]), which reports what is wrong with it.
pub fn edition_before(
    dir: &Path,
    id: &str,
    version: &semver::Version,
    limit: u64,
) -> Result<Option<Policy>, Problem> {
    let index_path = dir.join(INDEX);
    let Some(index) = read_index(&index_path, limit)? else {
        return Ok(None);
    };
    if index.policy != id {
        return Err(Problem::OtherPolicy {
            path: index_path,
            found: index.policy,
        });
    }
    let entry = match index.editions.as_slice() {
        [.., before, latest] if &latest.version == version => before,
        [.., latest] if &latest.version < version => latest,
        _ => return Ok(None),
    };
    read_edition(dir, id, entry, limit).map(|edition| Some(edition.policy.into_owned()))
}

/// The error of a file of the history larger than what is read of it.
fn too_large(limit: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the file is more than the limit of {limit} bytes"),
    )
}

/// A regular file of the history, opened to read at most `limit` bytes:
/// one already larger is refused before anything is read, and one that
/// grows while it is read is cut at `limit` bytes and one (so that the
/// reader sees it is larger).
fn bounded(file: std::fs::File, limit: u64) -> io::Result<io::Take<std::fs::File>> {
    if file.metadata()?.len() > limit {
        return Err(too_large(limit));
    }
    Ok(io::Read::take(file, limit.saturating_add(1)))
}

/// Reads the ledger, at most `limit` bytes of it; `Ok(None)` when there
/// is none.
fn read_index(path: &Path, limit: u64) -> Result<Option<Index>, Problem> {
    let invalid = |error: Unusable| Problem::LedgerInvalid {
        path: path.to_path_buf(),
        error,
    };
    let unreadable = |error| Problem::Io {
        path: path.to_path_buf(),
        error,
    };
    let file = match ledger::open_regular(path).map_err(unreadable)? {
        Opened::File(file) => file,
        Opened::Absent => return Ok(None),
        Opened::NotRegular => return Err(invalid(Unusable::NotRegular)),
    };
    let mut file = bounded(file, limit).map_err(unreadable)?;
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut file, &mut bytes).map_err(unreadable)?;
    if !u64::try_from(bytes.len()).is_ok_and(|read| read <= limit) {
        return Err(unreadable(too_large(limit)));
    }
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| invalid(Unusable::Json(e)))
}

/// Checks the order of the ledger and its hash chain, adding what is wrong
/// to `problems`. Returns whether the ledger has a chain at all: one
/// written before the chain has no `previous` anywhere.
fn check_chain(index: &Index, path: &Path, problems: &mut Vec<Problem>) -> bool {
    let chained = index.editions.is_empty() || index.editions.iter().any(|e| e.previous.is_some());
    let mut before: Option<(&IndexEntry, [u8; 32])> = None;
    for entry in &index.editions {
        if let Some((prev, _)) = before {
            if prev.version == entry.version {
                problems.push(Problem::Duplicate {
                    path: path.to_path_buf(),
                    version: entry.version.clone(),
                });
            } else if prev.version > entry.version {
                problems.push(Problem::OutOfOrder {
                    path: path.to_path_buf(),
                    version: entry.version.clone(),
                    after: prev.version.clone(),
                });
            }
        }
        let expected = before.map_or(ledger::GENESIS, |(_, hash)| hash);
        // The entry's own hash is taken from the link it records, so one
        // break is reported once, not at every entry after it.
        let recorded = entry.previous.as_deref().and_then(ledger::parse_hash);
        if chained && recorded != Some(expected) {
            problems.push(Problem::BrokenLink {
                path: path.to_path_buf(),
                version: entry.version.clone(),
                after: before.map(|(prev, _)| prev.version.clone()),
            });
        }
        let hash = ledger::entry_hash(&index.policy, entry.link(), &recorded.unwrap_or(expected));
        before = Some((entry, hash));
    }
    chained
}

/// Reads the file of one ledger entry, at most `limit` bytes of it, and
/// checks it against the entry.
fn read_edition(
    dir: &Path,
    id: &str,
    entry: &IndexEntry,
    limit: u64,
) -> Result<Edition<'static>, Problem> {
    let path = dir.join(file_name(&entry.version));
    let file = match ledger::open_regular(&path) {
        Ok(Opened::File(file)) => file,
        Ok(Opened::Absent) => return Err(Problem::MissingFile { path }),
        Ok(Opened::NotRegular) => {
            return Err(Problem::NotAnEntry {
                path,
                error: Unusable::NotRegular,
            });
        }
        Err(error) => return Err(Problem::Io { path, error }),
    };
    let file = match bounded(file, limit) {
        Ok(file) => file,
        Err(error) => return Err(Problem::Io { path, error }),
    };
    // The entry is parsed and hashed as it is read, never held whole.
    let mut reader =
        io::BufReader::with_capacity(crate::buffer::CHUNK, HashReader(file, Sha256::new()));
    let parsed: serde_json::Result<Policy> = serde_json::from_reader(&mut reader);
    // The digest covers the whole file, whatever the parser read of it.
    let drained = io::copy(&mut reader, &mut io::sink());
    if let Some(error) = drained.err().or_else(|| {
        parsed
            .as_ref()
            .err()
            .filter(|e| e.is_io())
            .map(|e| io::Error::other(e.to_string()))
    }) {
        return Err(Problem::Io { path, error });
    }
    let HashReader(file, hasher) = reader.into_inner();
    if file.limit() == 0 {
        return Err(Problem::Io {
            path,
            error: too_large(limit),
        });
    }
    let digest = hex(&hasher.finalize());
    if digest != entry.sha256 {
        return Err(Problem::Changed {
            path,
            version: entry.version.clone(),
            actual: digest,
            recorded: entry.sha256.clone(),
        });
    }
    let policy = parsed.map_err(|e| Problem::NotAnEntry {
        path: path.clone(),
        error: Unusable::Json(e),
    })?;
    if policy.id != id
        || policy.header.version != entry.version
        || policy.header.effective != entry.effective
    {
        return Err(Problem::Mismatch {
            path,
            holds: Box::new((
                policy.id.clone(),
                policy.header.version.clone(),
                policy.header.effective,
            )),
            recorded: Box::new((id.to_owned(), entry.version.clone(), entry.effective)),
        });
    }
    Ok(Edition {
        policy: Cow::Owned(policy),
        sha256: digest,
        on_disk: true,
    })
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

/// Where the problems of a history are reported, in the policy's own
/// file: at the header's `version` (or `effective`), at the header's head
/// when the property is not written, and at the file's start when the
/// header is in an included file. `header` is where the checker found the
/// header; the policy's own file is `file_len` bytes long, its spans start
/// at 0, and an included file's start after it.
pub fn reported_at(header: &model::HeaderSpans, file_len: usize) -> super::HeaderSpans {
    if header.whole.end > file_len {
        return super::HeaderSpans::default();
    }
    super::HeaderSpans {
        version: header.version_or_head(),
        effective: header.effective_or_head(),
        published: header.published_or_effective(),
    }
}

/// A short list of the changes of the strongest class, for a help line.
fn examples(diff: &super::Diff) -> String {
    let Some(class) = diff.class() else {
        return String::new();
    };
    let all: Vec<String> = diff
        .of_class(class)
        .map(super::Change::explanation)
        .collect();
    super::first(&all, 3)
}

/// Releases the edition built from `policy` (whose header is at `at`)
/// into the history: returns the history with the new edition added when
/// it is new, or the diagnostics that stop the build.
pub fn release<'a>(
    policy: &'a Policy,
    at: super::HeaderSpans,
    history: Vec<Edition<'a>>,
    history_dir: &str,
    amend: bool,
) -> Result<Vec<Edition<'a>>, Vec<Diagnostic>> {
    let current = Edition::of(policy);
    let version = current.version().clone();
    let see = |old: &semver::Version| {
        format!(
            "see every change with `policyc diff {history_dir}/{} <this file>`",
            file_name(old)
        )
    };
    let mut history = history;
    let is_latest = history.last().is_some_and(|e| e.version() == &version);
    if let Some(released) = history.iter_mut().find(|e| e.version() == &version)
        && released.policy == current.policy
    {
        // The same edition: its file is kept as released, and the model
        // read from it gives way to the equal one being built.
        released.policy = current.policy;
        return Ok(history);
    }
    if let Some(released) = history.iter().find(|e| e.version() == &version) {
        if amend && is_latest {
            // An edition under review is rebuilt: its entry is replaced,
            // and it is checked against the one before it as a new edition.
            history.pop();
            return release(policy, at, history, history_dir, false);
        }
        let diff = super::diff(&released.policy, &current.policy);
        let latest = history.last().map_or(&version, Edition::version);
        // A new edition needs at least a patch, even when only the reasons
        // of its changes differ.
        let next = diff.required_bump().max(super::Bump::Patch).apply(latest);
        let class = diff.class().map_or("", super::Class::as_str);
        let diag = Diagnostic::new(
            Code::ContentChangedWithoutBump,
            at.version,
            format!(
                "the content changed, but version {version} was already released with other content"
            ),
        )
        .label(format!(
            "{version} is in the history; a changed policy needs a new version"
        ))
        .help(format!(
            "raise the version to {next} or later: {}; {}{}",
            if diff.is_empty() && released.policy.translations != current.policy.translations {
                // The text in another language changed: the edition
                // records the translations it was published with.
                "only translations changed, and the edition records the text in every language it is published in".to_owned()
            } else if diff.is_empty() {
                // What differs is only what the edition records beside its
                // text, the reasons of its changes.
                "only the reasons given with `because` changed, which the edition records".to_owned()
            } else {
                format!("the changes are {class} ({})", examples(&diff))
            },
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
        let diag = Diagnostic::new(
            Code::VersionBelowLatest,
            at.version,
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
    if let Some(previous) = history.last() {
        let diff = super::diff(&previous.policy, &current.policy);
        let see = see(previous.version());
        let problems = super::problems(&previous.policy, &current.policy, &diff, at, Some(&see));
        if !problems.is_empty() {
            return Err(problems);
        }
    }
    history.push(current);
    Ok(history)
}

/// The ledger of a history, as its file's bytes: each entry chained to
/// the one before it.
#[expect(
    clippy::expect_used,
    reason = "a ledger is strings, versions and dates, which serde_json always serializes into memory"
)]
pub fn index_json(id: &str, editions: &[Edition<'_>]) -> Vec<u8> {
    let mut previous = ledger::GENESIS;
    let mut entries = Vec::with_capacity(editions.len());
    for edition in editions {
        entries.push(IndexEntry {
            version: edition.version().clone(),
            effective: edition.policy.header.effective,
            sha256: edition.sha256.clone(),
            previous: Some(hex(&previous)),
        });
        previous = ledger::entry_hash(id, edition.link(), &previous);
    }
    let index = Index {
        policy: id.to_owned(),
        editions: entries,
    };
    let mut bytes = serde_json::to_vec_pretty(&index).expect("a ledger serializes");
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn the_place_of_a_problem_is_in_the_policys_own_file() {
        let header = model::HeaderSpans {
            whole: Span::new(10, 200),
            head: Span::new(10, 20),
            version: Some(Span::new(30, 45)),
            effective: None,
            published_on: None,
            languages: None,
        };
        let at = super::super::HeaderSpans {
            version: Span::new(30, 45),
            effective: Span::new(10, 20),
            published: Span::new(10, 20),
        };
        assert_eq!(reported_at(&header, 300), at);
        // A header in an included file, whose spans start after the end of
        // the policy's own file: the problem is reported at its start.
        assert_eq!(reported_at(&header, 100), Default::default());
    }
}
