//! Staging a policy's new outputs beside the old ones and swapping them in.
//!
//! The new set is made in `OUT/.policyc-stage-ID`, complete, then swapped
//! with `OUT/ID` in one atomic exchange of the two directories (Linux's
//! `renameat2` with `RENAME_EXCHANGE`), and the old set, now under the
//! staging name, is removed. Where the file system cannot exchange, the old
//! set is renamed to `OUT/.policyc-old-ID` first; a build killed between
//! the two renames leaves it there, and the next build puts it back. Both
//! names are the build's own: the next build (holding the lock) removes
//! whatever it finds under them.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::{OutputError, Step};

/// The prefix of a policy's staging directory, beside its output directory.
const STAGE_PREFIX: &str = ".policyc-stage-";

/// The prefix of an old set moved aside, when directories cannot be exchanged.
const OLD_PREFIX: &str = ".policyc-old-";

/// How a staged set replaces the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exchange {
    /// One atomic exchange where the system has it, two renames otherwise.
    Native,
    /// Always two renames (to test the fallback).
    Renames,
}

/// Where the new outputs of `dir` are staged.
pub fn staging(out: &Path, dir: &Path) -> PathBuf {
    out.join(format!("{STAGE_PREFIX}{}", dir.display()))
}

/// Where the old outputs of `dir` wait between two renames.
fn aside(out: &Path, dir: &Path) -> PathBuf {
    out.join(format!("{OLD_PREFIX}{}", dir.display()))
}

/// Opens a file for reading, refusing a symbolic link.
pub fn open_no_follow(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    #[cfg(not(target_os = "linux"))]
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(io::Error::other("a symbolic link"));
    }
    options.open(path)
}

/// Creates a new file at `path` inside a staging directory, with the
/// directories it needs; never opens an existing file or a link.
pub fn create_staged(path: &Path) -> io::Result<File> {
    if let Some(parent) = path.parent() {
        // Inside a staging directory the build made itself.
        std::fs::create_dir_all(parent)?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o644);
    }
    options.open(path)
}

/// Creates the staging directory of `dir` when it is not there yet.
pub fn ensure_staging(out: &Path, dir: &Path) -> Result<PathBuf, OutputError> {
    let path = staging(out, dir);
    match std::fs::create_dir(&path) {
        Ok(()) => Ok(path),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(path),
        Err(e) => Err(OutputError::io(&path, e)),
    }
}

/// Removes the staging directory of `dir`, if any.
pub fn discard_staging(out: &Path, dir: &Path) -> Result<(), OutputError> {
    remove_tree(&staging(out, dir))
}

/// Removes a directory tree the build made; `remove_dir_all` removes a link
/// itself, never what it points to.
fn remove_tree(path: &Path) -> Result<(), OutputError> {
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
            std::fs::remove_file(path).map_err(|e| OutputError::io(path, e))
        }
        Err(e) => Err(OutputError::io(path, e)),
    }
}

/// Removes what an interrupted build left in `out`: staging directories,
/// and old sets moved aside, which are put back when their policy's
/// directory is missing (the build stopped between its two renames).
pub fn clean_leftovers(out: &Path) -> Result<(), OutputError> {
    let listing = std::fs::read_dir(out).map_err(|e| OutputError::io(out, e))?;
    for entry in listing {
        let entry = entry.map_err(|e| OutputError::io(out, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with(STAGE_PREFIX) {
            remove_tree(&path)?;
        } else if let Some(id) = name.strip_prefix(OLD_PREFIX) {
            let target = out.join(id);
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let missing = matches!(
                std::fs::symlink_metadata(&target),
                Err(e) if e.kind() == io::ErrorKind::NotFound
            );
            if is_dir && missing && !id.is_empty() {
                std::fs::rename(&path, &target).map_err(|e| OutputError::io(&path, e))?;
            } else {
                remove_tree(&path)?;
            }
        }
    }
    Ok(())
}

/// Puts `source` (a regular file the inspection found) at `target` in the
/// staging directory: a hard link, or a copy where links are refused.
pub fn link_into(source: &Path, target: &Path) -> Result<(), OutputError> {
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| OutputError::io(parent, e))?;
    }
    if std::fs::hard_link(source, target).is_ok() {
        return Ok(());
    }
    let mut from = open_no_follow(source).map_err(|e| OutputError::io(source, e))?;
    let mut to = create_staged(target).map_err(|e| OutputError::io(target, e))?;
    io::copy(&mut from, &mut to).map_err(|e| OutputError::io(target, e))?;
    to.sync_all().map_err(|e| OutputError::io(target, e))
}

/// Flushes the staged directories to disk, so that the swap never makes
/// visible a set whose entries a power cut could lose.
pub fn sync_tree(root: &Path) -> Result<(), OutputError> {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let listing = std::fs::read_dir(&dir).map_err(|e| OutputError::io(&dir, e))?;
        for entry in listing {
            let entry = entry.map_err(|e| OutputError::io(&dir, e))?;
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(entry.path());
            }
        }
        sync_dir(&dir)?;
    }
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<(), OutputError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| OutputError::io(dir, e))
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<(), OutputError> {
    Ok(())
}

/// Replaces `out/dir` with its staged set, and removes the old set.
pub fn replace(
    out: &Path,
    dir: &Path,
    present: bool,
    exchange: &Exchange,
    hook: &mut dyn FnMut(Step),
) -> Result<(), OutputError> {
    let staged = staging(out, dir);
    let target = out.join(dir);
    if !present {
        std::fs::rename(&staged, &target).map_err(|e| OutputError::io(&target, e))?;
    } else if *exchange == Exchange::Native && exchange_dirs(&staged, &target).is_ok() {
        // The staging name now holds the old set.
    } else {
        let old = aside(out, dir);
        remove_tree(&old)?;
        std::fs::rename(&target, &old).map_err(|e| OutputError::io(&target, e))?;
        hook(Step::BetweenRenames(dir.to_path_buf()));
        std::fs::rename(&staged, &target).map_err(|e| OutputError::io(&target, e))?;
        std::fs::rename(&old, &staged).map_err(|e| OutputError::io(&old, e))?;
    }
    sync_dir(out)?;
    hook(Step::Swapped(dir.to_path_buf()));
    remove_tree(&staged)
}

/// Exchanges two directories atomically.
#[cfg(target_os = "linux")]
fn exchange_dirs(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

/// Exchanges two directories atomically: not available here.
#[cfg(not(target_os = "linux"))]
fn exchange_dirs(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}
