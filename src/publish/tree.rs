//! What a policy's output directory holds, found without following links.

use std::collections::BTreeSet;
use std::fs::FileType;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::{OutputError, manifest};
use crate::source::describe;

/// The most entries a policy's output directory may hold: a build makes a
/// few dozen, one per released edition at most in `history/` and `diff/`.
pub const MAX_ENTRIES: usize = 100_000;

/// The deepest a build nests its outputs, with room to spare.
pub const MAX_DEPTH: usize = 8;

/// The largest manifest read; a real one is a line per output.
const MAX_MANIFEST: u64 = 4 * 1024 * 1024;

/// A policy's output directory as found before the build.
#[derive(Debug, Default)]
pub struct Existing {
    /// Whether the directory exists.
    pub present: bool,
    /// Its regular files, relative to it.
    pub files: BTreeSet<PathBuf>,
    /// The files its manifest says the build made, when it has one.
    pub made: Option<BTreeSet<PathBuf>>,
}

impl Existing {
    /// The files there that `planned` does not contain, split into those the
    /// build made before (stale: a new build drops them) and those it did
    /// not make (kept as they are). Without a manifest nothing is known to
    /// be the build's, so nothing is dropped.
    pub fn leftovers(&self, planned: &BTreeSet<PathBuf>) -> (Vec<PathBuf>, Vec<PathBuf>) {
        let (stale, kept) = self
            .files
            .iter()
            .filter(|file| !planned.contains(*file))
            .cloned()
            .partition(|file| self.made.as_ref().is_some_and(|made| made.contains(file)));
        (stale, kept)
    }
}

/// Inspects `out/dir` without following any link: every entry must be a
/// regular file or a directory.
pub fn inspect(out: &Path, dir: &Path) -> Result<Existing, OutputError> {
    let root = out.join(dir);
    let mut existing = Existing::default();
    match std::fs::symlink_metadata(&root) {
        Ok(meta) => check_dir(&root, &meta.file_type())?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(existing),
        Err(e) => return Err(OutputError::io(&root, e)),
    }
    existing.present = true;
    let mut stack = vec![(PathBuf::new(), 0usize)];
    let mut entries = 0usize;
    while let Some((relative, depth)) = stack.pop() {
        let here = root.join(&relative);
        let listing = std::fs::read_dir(&here).map_err(|e| OutputError::io(&here, e))?;
        for entry in listing {
            let entry = entry.map_err(|e| OutputError::io(&here, e))?;
            entries += 1;
            if entries > MAX_ENTRIES {
                return Err(OutputError::TooLarge {
                    path: root,
                    limit: format!("more than {MAX_ENTRIES} entries"),
                });
            }
            let name = relative.join(entry.file_name());
            // `DirEntry::file_type` does not follow links.
            let file_type = entry.file_type().map_err(|e| OutputError::io(&here, e))?;
            if file_type.is_symlink() {
                return Err(OutputError::Link {
                    path: root.join(&name),
                });
            } else if file_type.is_dir() {
                if depth + 1 >= MAX_DEPTH {
                    return Err(OutputError::TooLarge {
                        path: root,
                        limit: format!("directories nested more than {MAX_DEPTH} deep"),
                    });
                }
                stack.push((name, depth + 1));
            } else if file_type.is_file() {
                existing.files.insert(name);
            } else {
                return Err(OutputError::NotRegular {
                    path: root.join(&name),
                    found: describe(&file_type),
                    expected: "a regular file or a directory",
                });
            }
        }
    }
    let manifest_path = PathBuf::from(manifest::NAME);
    if existing.files.contains(&manifest_path) {
        let text = read_bounded(&root.join(&manifest_path))?;
        existing.made = Some(manifest::parse(&text));
    }
    Ok(existing)
}

/// Checks that `path` is a real directory.
fn check_dir(path: &Path, file_type: &FileType) -> Result<(), OutputError> {
    if file_type.is_symlink() {
        Err(OutputError::Link {
            path: path.to_path_buf(),
        })
    } else if file_type.is_dir() {
        Ok(())
    } else {
        Err(OutputError::NotRegular {
            path: path.to_path_buf(),
            found: describe(file_type),
            expected: "a directory",
        })
    }
}

/// Reads a file the inspection found regular, at most [`MAX_MANIFEST`]
/// bytes of it (a longer one is cut: what is cut is not the build's).
fn read_bounded(path: &Path) -> Result<String, OutputError> {
    let file = super::swap::open_no_follow(path).map_err(|e| OutputError::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_MANIFEST)
        .read_to_end(&mut bytes)
        .map_err(|e| OutputError::io(path, e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn finds_files_and_what_the_manifest_claims() {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("p");
        std::fs::create_dir_all(dir.join("history")).unwrap();
        std::fs::write(dir.join("policy.md"), "x").unwrap();
        std::fs::write(dir.join("history/1.0.0.json"), "{}").unwrap();
        std::fs::write(dir.join("notes.txt"), "mine").unwrap();
        std::fs::write(dir.join("old.txt"), "stale").unwrap();
        std::fs::write(
            dir.join(manifest::NAME),
            manifest::render(&["policy.md", "old.txt"].map(PathBuf::from).into()),
        )
        .unwrap();
        let found = inspect(out.path(), Path::new("p")).unwrap();
        assert!(found.present);
        assert_eq!(found.files.len(), 5);
        let planned: BTreeSet<PathBuf> = ["policy.md", "history/1.0.0.json", manifest::NAME]
            .map(PathBuf::from)
            .into();
        let (stale, kept) = found.leftovers(&planned);
        assert_eq!(stale, [PathBuf::from("old.txt")]);
        assert_eq!(kept, [PathBuf::from("notes.txt")]);
    }

    #[test]
    fn an_absent_directory_is_empty() {
        let out = tempfile::tempdir().unwrap();
        let found = inspect(out.path(), Path::new("p")).unwrap();
        assert!(!found.present);
        assert!(found.files.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn links_and_special_files_are_refused() {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("p");
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::symlink("/etc", dir.join("link")).unwrap();
        let error = inspect(out.path(), Path::new("p")).unwrap_err();
        assert!(matches!(error, OutputError::Link { .. }), "{error}");
        std::fs::remove_file(dir.join("link")).unwrap();

        let made = std::process::Command::new("mkfifo")
            .arg(dir.join("fifo"))
            .status()
            .unwrap();
        assert!(made.success());
        let error = inspect(out.path(), Path::new("p")).unwrap_err();
        assert!(
            matches!(
                error,
                OutputError::NotRegular {
                    found: "a named pipe (FIFO)",
                    ..
                }
            ),
            "{error}"
        );
        std::fs::remove_file(dir.join("fifo")).unwrap();

        std::fs::remove_dir(&dir).unwrap();
        std::os::unix::fs::symlink(out.path(), &dir).unwrap();
        let error = inspect(out.path(), Path::new("p")).unwrap_err();
        assert!(matches!(error, OutputError::Link { .. }), "{error}");
    }

    #[test]
    fn a_deep_tree_is_refused() {
        let out = tempfile::tempdir().unwrap();
        let deep: PathBuf = std::iter::repeat_n("d", MAX_DEPTH + 1).collect();
        std::fs::create_dir_all(out.path().join("p").join(deep)).unwrap();
        let error = inspect(out.path(), Path::new("p")).unwrap_err();
        assert!(matches!(error, OutputError::TooLarge { .. }), "{error}");
    }
}
