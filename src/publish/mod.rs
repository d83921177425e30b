//! Publishing a plan into the output directory, which the build owns only
//! in part.
//!
//! Repository content is untrusted: a pull request can commit a symbolic
//! link or a special file under `generated/`, and CI then runs the build.
//! So this module never follows a link when it reads, writes or removes in
//! the output tree, and it changes only what the build itself made:
//!
//! - [`lock`]: one build at a time, through an advisory lock on the output
//!   directory (shared for `--check`);
//! - [`tree`]: each policy's directory is inspected before anything is
//!   read or written; a link or a special file stops the build;
//! - [`manifest`]: each policy's directory lists the files the build made,
//!   so that only those are ever replaced or removed;
//! - [`swap`]: each policy's outputs are staged in a sibling directory and
//!   swapped in with one rename, so readers see the old set or the new
//!   set, never a mixture, even if the build is killed halfway.

pub mod lock;
pub mod manifest;
mod sink;
pub mod swap;
pub mod tree;

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::build::{Drift, Plan};
use crate::codes::Code;

pub use lock::{LockMode, OutputLock};
use sink::{Outcome, Sink};

/// Why the output directory cannot be published into or compared.
#[derive(Debug)]
pub enum OutputError {
    /// An entry of the output tree is a symbolic link.
    Link {
        /// The link.
        path: PathBuf,
    },
    /// An entry of the output tree is neither a regular file nor a
    /// directory, or a file stands where a directory belongs.
    NotRegular {
        /// The entry.
        path: PathBuf,
        /// What it is, in words (`a named pipe (FIFO)`, `a file`).
        found: &'static str,
        /// What the build expected there (`a directory`).
        expected: &'static str,
    },
    /// Another build holds the output directory, and waiting was not wanted.
    Busy {
        /// The output directory.
        path: PathBuf,
    },
    /// A policy's output directory holds more entries, or deeper ones,
    /// than a build would ever make.
    TooLarge {
        /// The directory.
        path: PathBuf,
        /// The limit passed, in words.
        limit: String,
    },
    /// Reading or writing failed.
    Io {
        /// What was read or written.
        path: PathBuf,
        /// The failure.
        source: io::Error,
    },
}

impl OutputError {
    /// The diagnostic code of the problem, when the author can fix it.
    pub fn code(&self) -> Option<Code> {
        match self {
            OutputError::Link { .. } => Some(Code::OutputLink),
            OutputError::NotRegular { .. } => Some(Code::OutputNotRegular),
            OutputError::Busy { .. } => Some(Code::OutputBusy),
            OutputError::TooLarge { .. } => Some(Code::OutputTooLarge),
            OutputError::Io { .. } => None,
        }
    }

    /// How to fix it, when that is known.
    pub fn help(&self) -> Option<String> {
        match self {
            OutputError::Link { path } => Some(format!(
                "remove the link (`git rm {}`) and run the build again; policyc writes only real files and directories",
                path.display()
            )),
            OutputError::NotRegular { path, .. } => Some(format!(
                "remove `{}` and run the build again",
                path.display()
            )),
            OutputError::Busy { .. } => Some(
                "wait for the other build to finish, or run without `--no-wait` to wait for it"
                    .to_owned(),
            ),
            OutputError::TooLarge { path, .. } => Some(format!(
                "remove what does not belong in `{}`; a build makes a few dozen files",
                path.display()
            )),
            OutputError::Io { .. } => None,
        }
    }

    /// An I/O failure on `path`.
    pub fn io(path: &Path, source: io::Error) -> Self {
        OutputError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::Link { path } => write!(
                f,
                "`{}` is a symbolic link; the build does not follow links in its output",
                path.display()
            ),
            OutputError::NotRegular {
                path,
                found,
                expected,
            } => write!(
                f,
                "`{}` is {found}, where the build expects {expected}",
                path.display()
            ),
            OutputError::Busy { path } => {
                write!(f, "another build is writing to `{}`", path.display())
            }
            OutputError::TooLarge { path, limit } => {
                write!(f, "`{}` holds {limit}", path.display())
            }
            OutputError::Io { path, source } => write!(f, "`{}`: {source}", path.display()),
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A point in the publication of one policy's outputs, where a test can
/// stop the build as a crash would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// One output has been staged (its path relative to the output directory).
    Staged(PathBuf),
    /// A policy's new set is complete in its staging directory.
    Staging(PathBuf),
    /// The old set has been moved aside and the new one is not yet in
    /// place (only when the file system cannot exchange directories).
    BetweenRenames(PathBuf),
    /// The new set is in place; the old one is still to be removed.
    Swapped(PathBuf),
}

/// What a build did to the output directory.
#[derive(Debug, Default)]
pub struct Published {
    /// The files written or removed, under the output directory.
    pub changed: Vec<PathBuf>,
    /// Files that the build did not make and left as they were.
    pub kept: Vec<PathBuf>,
}

/// What `--check` found.
#[derive(Debug, Default)]
pub struct Compared {
    /// How the files on disk differ from the plan, sorted, extra files last.
    pub drift: Vec<Drift>,
    /// Files that the build did not make: not drift, since the build leaves them.
    pub kept: Vec<PathBuf>,
}

/// The name of the directory holding one policy's outputs (the first
/// component of each planned path), and the planned paths inside it.
fn policy_dirs(plan: &Plan<'_>) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let mut dirs: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for path in plan.paths() {
        let mut components = path.components();
        if let Some(Component::Normal(first)) = components.next() {
            dirs.entry(PathBuf::from(first))
                .or_default()
                .insert(components.as_path().to_path_buf());
        }
    }
    dirs
}

/// Splits a planned path into its policy directory and the rest.
fn split(path: &Path) -> Option<(PathBuf, PathBuf)> {
    let mut components = path.components();
    match components.next() {
        Some(Component::Normal(first)) => {
            Some((PathBuf::from(first), components.as_path().to_path_buf()))
        }
        _ => None,
    }
}

/// Adds to the plan, for each policy directory, the manifest listing the
/// files the plan writes there. Call it once every output is planned.
pub fn plan_manifests(plan: &mut Plan<'_>) {
    for (dir, mut files) in policy_dirs(plan) {
        files.insert(PathBuf::from(manifest::NAME));
        let text = manifest::render(&files);
        plan.add(dir.join(manifest::NAME), move |w| {
            w.write_all(text.as_bytes())
        });
    }
}

/// Inspects every policy directory the plan writes into: nothing is read
/// or written before all of them are known to hold only real files and
/// directories.
fn inspect_all(
    plan: &Plan<'_>,
    out: &Path,
) -> Result<BTreeMap<PathBuf, tree::Existing>, OutputError> {
    let mut existing = BTreeMap::new();
    for dir in policy_dirs(plan).into_keys() {
        let found = tree::inspect(out, &dir)?;
        existing.insert(dir, found);
    }
    Ok(existing)
}

/// Checks that the output directory is a real directory; false when absent.
pub fn check_root(out: &Path) -> Result<bool, OutputError> {
    match std::fs::symlink_metadata(out) {
        Ok(meta) if meta.file_type().is_symlink() => Err(OutputError::Link {
            path: out.to_path_buf(),
        }),
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) => Err(OutputError::NotRegular {
            path: out.to_path_buf(),
            found: crate::source::describe(&meta.file_type()),
            expected: "a directory",
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(OutputError::io(out, e)),
    }
}

/// Makes sure the output directory exists as a real directory, creating
/// it (and its parents) when missing; the lock is taken on it.
pub fn prepare_root(out: &Path) -> Result<(), OutputError> {
    if !check_root(out)? {
        std::fs::create_dir_all(out).map_err(|e| OutputError::io(out, e))?;
        check_root(out)?;
    }
    Ok(())
}

/// Compares the plan with the output directory, writing nothing.
pub fn compare(plan: &Plan<'_>, out: &Path, _lock: &OutputLock) -> Result<Compared, OutputError> {
    let mut compared = Compared::default();
    if !check_root(out)? {
        compared.drift = plan.paths().map(|p| Drift::Missing(out.join(p))).collect();
        return Ok(compared);
    }
    let existing = inspect_all(plan, out)?;
    let produced = plan.produce(
        |relative| {
            let old = old_file(&existing, out, relative);
            Sink::open(old, None)
        },
        |relative, sink| {
            match sink.finish()? {
                Outcome::Unchanged | Outcome::Staged => {}
                Outcome::Missing => compared.drift.push(Drift::Missing(out.join(relative))),
                Outcome::Differs => compared.drift.push(Drift::Differs(out.join(relative))),
            }
            Ok(())
        },
    );
    produced.map_err(|e| OutputError::io(out, e))?;
    compared.drift.sort_by(|a, b| a.path().cmp(b.path()));
    let planned = policy_dirs(plan);
    for (dir, found) in &existing {
        let empty = BTreeSet::new();
        let files = planned.get(dir).unwrap_or(&empty);
        let (stale, kept) = found.leftovers(files);
        compared
            .drift
            .extend(stale.iter().map(|p| Drift::Extra(out.join(dir).join(p))));
        compared
            .kept
            .extend(kept.iter().map(|p| out.join(dir).join(p)));
    }
    Ok(compared)
}

/// The file an output replaces, when there is one: only files that the
/// inspection found regular are ever opened.
fn old_file(
    existing: &BTreeMap<PathBuf, tree::Existing>,
    out: &Path,
    relative: &Path,
) -> Option<PathBuf> {
    let (dir, rest) = split(relative)?;
    existing
        .get(&dir)
        .filter(|found| found.files.contains(&rest))
        .map(|_| out.join(relative))
}

/// Publishes the plan: each policy's outputs are staged in a sibling
/// directory and swapped in with one rename, only when something changed.
/// Files the build did not make are carried into the new set untouched.
pub fn write(plan: &Plan<'_>, out: &Path, lock: &OutputLock) -> Result<Published, OutputError> {
    write_with(plan, out, lock, &swap::Exchange::Native, &mut |_| {})
}

/// [`write()`], with the way directories are swapped and a hook called at
/// each step of the publication (tests use it to stop the build as a crash
/// would).
pub fn write_with(
    plan: &Plan<'_>,
    out: &Path,
    _lock: &OutputLock,
    exchange: &swap::Exchange,
    hook: &mut dyn FnMut(Step),
) -> Result<Published, OutputError> {
    prepare_root(out)?;
    swap::clean_leftovers(out)?;
    let existing = inspect_all(plan, out)?;
    let mut outcomes: BTreeMap<PathBuf, DirOutcome> = BTreeMap::new();
    let produced = plan.produce(
        |relative| {
            let old = old_file(&existing, out, relative);
            let staged = split(relative).map(|(dir, rest)| swap::staging(out, &dir).join(rest));
            Sink::open(old, staged)
        },
        |relative, sink| {
            let outcome = sink.finish()?;
            hook(Step::Staged(relative.to_path_buf()));
            if let Some((dir, rest)) = split(relative) {
                let entry = outcomes.entry(dir).or_default();
                match outcome {
                    Outcome::Staged => entry.changed.push(rest),
                    _ => entry.unchanged.push(rest),
                }
            }
            Ok(())
        },
    );
    if let Err(error) = produced {
        discard_all(out, policy_dirs(plan).keys());
        return Err(OutputError::io(out, error));
    }
    let planned = policy_dirs(plan);
    let mut published = Published::default();
    for (dir, files) in &planned {
        let empty = tree::Existing::default();
        let found = existing.get(dir).unwrap_or(&empty);
        // Every planned file was produced above, so each directory has its
        // outcome; one without would be a directory with nothing changed.
        let outcome = outcomes.remove(dir).unwrap_or_default();
        let result = publish_dir(out, dir, files, found, &outcome, exchange, hook);
        match result {
            Ok(mut done) => {
                published.changed.append(&mut done.changed);
                published.kept.append(&mut done.kept);
            }
            Err(error) => {
                discard_all(out, planned.keys());
                return Err(error);
            }
        }
    }
    Ok(published)
}

/// Removes the staging directories of a build that stopped. One that
/// cannot be removed now is removed by the next build, which repairs
/// leftovers; the error worth returning is the one that stopped this build.
fn discard_all<'a>(out: &Path, dirs: impl Iterator<Item = &'a PathBuf>) {
    for dir in dirs {
        let _ = swap::discard_staging(out, dir);
    }
}

/// Which outputs of one policy changed.
#[derive(Debug, Default)]
struct DirOutcome {
    changed: Vec<PathBuf>,
    unchanged: Vec<PathBuf>,
}

/// Completes one policy's staged set and swaps it in, when anything changed.
fn publish_dir(
    out: &Path,
    dir: &Path,
    files: &BTreeSet<PathBuf>,
    found: &tree::Existing,
    outcome: &DirOutcome,
    exchange: &swap::Exchange,
    hook: &mut dyn FnMut(Step),
) -> Result<Published, OutputError> {
    let (stale, kept) = found.leftovers(files);
    let target = out.join(dir);
    let mut published = Published {
        changed: Vec::new(),
        kept: kept.iter().map(|p| target.join(p)).collect(),
    };
    if outcome.changed.is_empty() && stale.is_empty() && found.present {
        swap::discard_staging(out, dir)?;
        return Ok(published);
    }
    let staging = swap::ensure_staging(out, dir)?;
    // The new set holds the unchanged outputs and the files the build did
    // not make, as hard links to the files there now (copies where the
    // file system has no links): the old set stays whole until the swap.
    for relative in outcome.unchanged.iter().chain(kept.iter()) {
        swap::link_into(&target.join(relative), &staging.join(relative))?;
    }
    swap::sync_tree(&staging)?;
    hook(Step::Staging(dir.to_path_buf()));
    swap::replace(out, dir, found.present, exchange, hook)?;
    published.changed = outcome
        .changed
        .iter()
        .chain(stale.iter())
        .map(|p| target.join(p))
        .collect();
    published.changed.sort();
    Ok(published)
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic,
    reason = "tests"
)]
mod tests {
    use super::*;
    use crate::buffer::CHUNK;

    /// A plan of fixed contents (with its manifests), one of which can fail midway.
    fn plan(files: &[(&str, Vec<u8>)], failing: Option<&str>) -> Plan<'static> {
        let mut plan = Plan::new();
        for (path, content) in files {
            let content = content.clone();
            let fails = failing == Some(*path);
            plan.add(PathBuf::from(path), move |w| {
                // Written in pieces, as producers write.
                for piece in content.chunks(1000) {
                    w.write_all(piece)?;
                }
                if fails {
                    return Err(io::Error::other("the producer failed"));
                }
                Ok(())
            });
        }
        plan_manifests(&mut plan);
        plan
    }

    /// Every entry under `dir`, directories and links marked, never followed.
    fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(here) = stack.pop() {
            for entry in std::fs::read_dir(&here).unwrap() {
                let entry = entry.unwrap();
                let path = entry.path();
                let relative = path.strip_prefix(dir).unwrap().to_path_buf();
                let file_type = entry.file_type().unwrap();
                if file_type.is_symlink() {
                    files.insert(relative, b"<link>".to_vec());
                } else if file_type.is_dir() {
                    stack.push(path.clone());
                    files.insert(relative, b"<dir>".to_vec());
                } else {
                    files.insert(relative, std::fs::read(&path).unwrap());
                }
            }
        }
        files
    }

    /// Long enough to cross the comparison's chunks.
    fn long(seed: u8) -> Vec<u8> {
        (0..3 * CHUNK + 123)
            .map(|i| seed.wrapping_add((i % 251) as u8))
            .collect()
    }

    fn lock() -> OutputLock {
        OutputLock::none()
    }

    #[test]
    fn writes_compares_and_rewrites_only_what_changed() {
        let out = tempfile::tempdir().unwrap();
        let out = out.path();
        let mut edited = long(1);
        edited[2 * CHUNK + 7] ^= 1;
        let first = [
            ("p/a.txt", long(1)),
            ("p/sub/b.txt", b"b".to_vec()),
            ("p/empty", Vec::new()),
        ];
        let published = write(&plan(&first, None), out, &lock()).unwrap();
        assert_eq!(published.changed.len(), 4, "three files and the manifest");
        for (path, content) in &first {
            assert_eq!(&std::fs::read(out.join(path)).unwrap(), content);
        }
        let manifest = std::fs::read_to_string(out.join("p").join(manifest::NAME)).unwrap();
        assert!(
            manifest.ends_with("\n.policyc-manifest\na.txt\nempty\nsub/b.txt\n"),
            "{manifest}"
        );
        let again = write(&plan(&first, None), out, &lock()).unwrap();
        assert!(again.changed.is_empty(), "{again:?}");
        assert!(
            compare(&plan(&first, None), out, &lock())
                .unwrap()
                .drift
                .is_empty()
        );

        // Differing late in a long file, longer, shorter, missing, stale, foreign.
        std::fs::write(out.join("p/mine.txt"), "the author's").unwrap();
        let second = [
            ("p/a.txt", edited.clone()),
            ("p/sub/b.txt", b"bb".to_vec()),
            ("p/new/c.txt", long(2)),
        ];
        let compared = compare(&plan(&second, None), out, &lock()).unwrap();
        assert_eq!(
            compared.drift,
            [
                Drift::Differs(out.join("p").join(manifest::NAME)),
                Drift::Differs(out.join("p/a.txt")),
                Drift::Missing(out.join("p/new/c.txt")),
                Drift::Differs(out.join("p/sub/b.txt")),
                Drift::Extra(out.join("p/empty")),
            ]
        );
        assert_eq!(compared.kept, [out.join("p/mine.txt")]);
        #[cfg(unix)]
        let inode = |path: &str| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(out.join(path)).unwrap().ino()
        };
        #[cfg(unix)]
        let mine = inode("p/mine.txt");
        let published = write(&plan(&second, None), out, &lock()).unwrap();
        // What the build leaves as it was is the same file (a hard link
        // into the new set), not a copy.
        #[cfg(unix)]
        assert_eq!(inode("p/mine.txt"), mine);
        assert_eq!(published.changed.len(), 5, "{published:?}");
        assert_eq!(published.kept, [out.join("p/mine.txt")]);
        for (path, content) in &second {
            assert_eq!(&std::fs::read(out.join(path)).unwrap(), content, "{path}");
        }
        assert!(
            !out.join("p/empty").exists(),
            "a file the build made is removed"
        );
        assert_eq!(
            std::fs::read(out.join("p/mine.txt")).unwrap(),
            b"the author's"
        );
        // A shorter output than the file there.
        let third = [("p/a.txt", long(1)[..CHUNK + 5].to_vec())];
        let compared = compare(&plan(&third, None), out, &lock()).unwrap();
        assert!(
            compared
                .drift
                .contains(&Drift::Differs(out.join("p/a.txt")))
        );
        // Nothing of the build's is left beside the outputs.
        let names: Vec<String> = std::fs::read_dir(out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["p"]);
    }

    #[test]
    fn a_failure_changes_nothing() {
        let out = tempfile::tempdir().unwrap();
        let out = out.path();
        let first = [("p/a.txt", long(1)), ("p/b.txt", b"b".to_vec())];
        write(&plan(&first, None), out, &lock()).unwrap();
        let before = snapshot(out);
        let second = [
            ("p/a.txt", long(3)),
            ("p/new/deeper/c.txt", b"c".to_vec()),
            ("p/b.txt", b"changed".to_vec()),
        ];
        let error = write(&plan(&second, Some("p/b.txt")), out, &lock()).unwrap_err();
        assert!(
            error.to_string().ends_with("the producer failed"),
            "{error}"
        );
        assert_eq!(snapshot(out), before, "no file, staging or directory left");
    }

    #[cfg(unix)]
    #[test]
    fn outputs_are_world_readable() {
        use std::os::unix::fs::PermissionsExt;
        let out = tempfile::tempdir().unwrap();
        write(
            &plan(&[("p/a.txt", b"a".to_vec())], None),
            out.path(),
            &lock(),
        )
        .unwrap();
        let mode = std::fs::metadata(out.path().join("p/a.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
    }

    /// Three files of one policy.
    type Edition = [(&'static str, Vec<u8>); 3];

    /// The two editions the crash tests publish.
    fn editions() -> (Edition, Edition) {
        let old = [
            ("p/policy.md", b"old text".to_vec()),
            ("p/rules.json", b"old rules".to_vec()),
            ("p/history/1.0.0.json", b"first".to_vec()),
        ];
        let new = [
            ("p/policy.md", b"new text".to_vec()),
            ("p/rules.json", long(9)),
            ("p/history/2.0.0.json", b"second".to_vec()),
        ];
        (old, new)
    }

    /// A build stopped at each step of publishing, as a crash would stop
    /// it (no clean-up runs), leaves the policy's set wholly old or wholly
    /// new; the next build completes it and leaves nothing of its own behind.
    fn crash_at_every_step(exchange: swap::Exchange) {
        let (old, new) = editions();
        let mut steps = 0;
        loop {
            let out = tempfile::tempdir().unwrap();
            let out = out.path();
            write(&plan(&old, None), out, &lock()).unwrap();
            std::fs::write(out.join("p/mine.txt"), "the author's").unwrap();
            let old_set = snapshot(&out.join("p"));
            let mut reached = 0;
            let crashed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                write_with(&plan(&new, None), out, &lock(), &exchange, &mut |_| {
                    if reached == steps {
                        panic!("crash");
                    }
                    reached += 1;
                })
            }));
            let after = if out.join("p").exists() {
                Some(snapshot(&out.join("p")))
            } else {
                None
            };
            // Finish with a build that runs to the end.
            write(&plan(&new, None), out, &lock()).unwrap();
            let new_set = snapshot(&out.join("p"));
            match after {
                Some(set) => assert!(
                    set == old_set || set == new_set,
                    "{exchange:?}, step {steps}: a mixed set {:?}",
                    set.keys().collect::<Vec<_>>()
                ),
                // Only between the two renames of the fallback.
                None => assert_eq!(exchange, swap::Exchange::Renames, "step {steps}"),
            }
            assert_eq!(new_set.get(Path::new("mine.txt")).unwrap(), b"the author's");
            assert!(!new_set.contains_key(Path::new("history/1.0.0.json")));
            let names: Vec<String> = std::fs::read_dir(out)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(names, ["p"], "{exchange:?}, step {steps}: leftovers");
            if crashed.is_ok() {
                break;
            }
            steps += 1;
        }
        // Every output staged, the set complete, (between renames,) swapped.
        let expected = if exchange == swap::Exchange::Renames {
            7
        } else {
            6
        };
        assert_eq!(steps, expected, "{exchange:?}");
    }

    #[test]
    fn a_crash_at_any_step_leaves_the_old_set_or_the_new_one() {
        crash_at_every_step(swap::Exchange::Native);
    }

    #[test]
    fn without_an_exchange_a_crash_between_renames_is_repaired() {
        crash_at_every_step(swap::Exchange::Renames);
    }

    #[cfg(unix)]
    #[test]
    fn links_in_the_output_are_refused_and_nothing_is_written() {
        let out = tempfile::tempdir().unwrap();
        let out = out.path();
        let outside = out.join("outside");
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("precious"), "keep").unwrap();
        let generated = out.join("generated");
        let (old, new) = editions();
        write(&plan(&old, None), &generated, &lock()).unwrap();
        std::os::unix::fs::symlink(&outside, generated.join("p/link")).unwrap();
        let before = snapshot(out);
        let error = write(&plan(&new, None), &generated, &lock()).unwrap_err();
        assert!(matches!(error, OutputError::Link { .. }), "{error}");
        assert_eq!(error.code(), Some(Code::OutputLink));
        let error = compare(&plan(&new, None), &generated, &lock()).unwrap_err();
        assert!(matches!(error, OutputError::Link { .. }), "{error}");
        assert_eq!(snapshot(out), before);

        // The policy's folder itself a link to another directory.
        std::fs::remove_file(generated.join("p/link")).unwrap();
        std::fs::remove_dir_all(generated.join("p")).unwrap();
        std::os::unix::fs::symlink(&outside, generated.join("p")).unwrap();
        let error = write(&plan(&new, None), &generated, &lock()).unwrap_err();
        assert!(matches!(error, OutputError::Link { .. }), "{error}");
        assert_eq!(std::fs::read(outside.join("precious")).unwrap(), b"keep");
        assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);

        // The output directory a link.
        let linked = out.join("linked");
        std::os::unix::fs::symlink(&outside, &linked).unwrap();
        let error = write(&plan(&new, None), &linked, &lock()).unwrap_err();
        assert!(matches!(error, OutputError::Link { .. }), "{error}");
        assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);
    }
}
