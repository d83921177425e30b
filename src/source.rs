//! Reading policy files: finding them, size and encoding limits, and the
//! line and column of a byte offset.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// The largest policy file read, by default: 16 MiB. Larger inputs are
/// refused with a diagnostic rather than risking runaway memory.
pub const DEFAULT_MAX_FILE_SIZE: usize = 16 * 1024 * 1024;

/// The extension of policy files.
pub const EXTENSION: &str = "policy";

/// A marker line that makes a file an expected-failure example: a
/// directory walk checks it but does not fail on its errors.
pub const EXPECT_ERRORS_MARKER: &str = "// policyc: expect-errors";

/// One source file, read into memory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given or found, for messages.
    pub path: PathBuf,
    /// The text; invalid UTF-8 is replaced, and reported by [`SourceFile::load`].
    pub text: String,
    /// Whether the file was found by walking a directory (not named directly).
    pub found_by_walk: bool,
    /// Where each line starts, computed on first use, so that locating any
    /// number of diagnostics costs a binary search each.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// A source from text in memory.
    pub fn from_text(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
            found_by_walk: false,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// Reads a file. An I/O error is returned as is; a path that is not a
    /// regular file, a file too large or not UTF-8 is returned with a
    /// diagnostic (the text is then empty or lossily decoded, so that the
    /// diagnostic can be rendered).
    ///
    /// Nothing but a regular file is opened: a FIFO would block the open
    /// and a device never ends. The length the file system reports is only
    /// a first answer: at most `max_size` plus one byte is read, whatever it
    /// says.
    pub fn load(path: &Path, max_size: usize) -> std::io::Result<(SourceFile, Option<Diagnostic>)> {
        let refused = |diag| Ok((SourceFile::from_text(path, ""), Some(diag)));
        let metadata = std::fs::metadata(path)?;
        if !metadata.is_file() {
            return refused(not_regular(path, &metadata));
        }
        if metadata.len() > max_size as u64 {
            return refused(too_large(Some(metadata.len()), max_size));
        }
        let file = open_no_wait(path)?;
        // Checked again on the open handle: the path may have been
        // replaced since it was looked at.
        let opened = file.metadata()?;
        if !opened.is_file() {
            return refused(not_regular(path, &opened));
        }
        let mut bytes =
            Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0).min(max_size));
        file.take(max_size as u64 + 1).read_to_end(&mut bytes)?;
        if bytes.len() > max_size {
            return refused(too_large(None, max_size));
        }
        Ok(decode(path, bytes))
    }

    /// Reads a file named on the command line or found by a walk, which
    /// must lie inside `root` once links are followed. A link that leads
    /// out is refused before anything is opened, so nothing of what it
    /// points to reaches a message.
    pub fn load_in(
        path: &Path,
        root: &Path,
        max_size: usize,
    ) -> std::io::Result<(SourceFile, Option<Diagnostic>)> {
        if let Some(diag) = outside_root(path, root)? {
            return Ok((SourceFile::from_text(path, ""), Some(diag)));
        }
        Self::load(path, max_size)
    }

    /// Whether the file marks itself as an expected-failure example.
    pub fn expects_errors(&self) -> bool {
        self.text
            .lines()
            .take(20)
            .any(|line| line.trim() == EXPECT_ERRORS_MARKER)
    }

    /// The path for messages, with `/` separators on every platform.
    pub fn display_name(&self) -> String {
        self.path.to_string_lossy().replace('\\', "/")
    }

    /// Where each line starts, in bytes: found once per file, so that
    /// placing any number of diagnostics never scans the text again.
    pub fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts();
        let line = starts.partition_point(|start| *start <= offset).max(1);
        let line_start = starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .text
            .get(line_start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        (line, column)
    }

    /// The length in bytes of the line that contains `offset`.
    pub fn line_length(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let start = self
            .text
            .get(..offset)
            .and_then(|s| s.rfind('\n'))
            .map_or(0, |i| i + 1);
        let end = self
            .text
            .get(offset..)
            .and_then(|s| s.find('\n'))
            .map_or(self.text.len(), |i| offset + i);
        end - start
    }
}

/// Opens a file for reading without waiting: should a FIFO take the
/// place of a checked file, the open returns at once instead of blocking
/// until a writer comes, and the check on the handle refuses it.
fn open_no_wait(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    options.open(path)
}

/// What kind of thing a path is, in words, for a message.
fn kind_of(metadata: &std::fs::Metadata) -> &'static str {
    describe(&metadata.file_type())
}

/// What kind of entry a file type is, in words (`a named pipe (FIFO)`),
/// for messages about inputs and outputs alike.
pub fn describe(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a directory"
    } else if file_type.is_file() {
        "a file"
    } else {
        "not a regular file"
    }
}

/// E0011: the path is a device, a FIFO, a socket or a directory.
fn not_regular(path: &Path, metadata: &std::fs::Metadata) -> Diagnostic {
    Diagnostic::new(
        Code::NotRegularFile,
        Span::new(0, 0),
        format!(
            "`{}` is {}, not a regular file",
            path.display(),
            kind_of(metadata)
        ),
    )
    .label("not read")
    .help("name a policy file saved on disk; devices, pipes and sockets are never read")
}

/// E0006: the file is over the limit; `size` when the file system told it.
fn too_large(size: Option<u64>, max_size: usize) -> Diagnostic {
    let message = match size {
        Some(size) => {
            format!("the file is {size} bytes, more than the limit of {max_size} bytes")
        }
        None => format!("the file is more than the limit of {max_size} bytes"),
    };
    Diagnostic::new(Code::FileTooLarge, Span::new(0, 0), message)
        .help("split the policy into smaller files, or raise the limit with --max-file-size")
}

/// The text of a file read whole; bytes that are not UTF-8 are replaced
/// and reported (E0005).
fn decode(path: &Path, bytes: Vec<u8>) -> (SourceFile, Option<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(text) => (SourceFile::from_text(path, text), None),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let diag = Diagnostic::new(
                Code::NotUtf8,
                Span::new(at, at + 1),
                "the file is not valid UTF-8 text",
            )
            .label("this byte is not part of a UTF-8 character")
            .help("save the file as UTF-8 text");
            (SourceFile::from_text(path, text), Some(diag))
        }
    }
}

/// E0012 when `path`, its links followed, is not inside `root` (its links
/// followed too). An I/O error (a dangling link) is returned as is.
fn outside_root(path: &Path, root: &Path) -> std::io::Result<Option<Diagnostic>> {
    let real = path.canonicalize()?;
    let real_root = root.canonicalize()?;
    if real.starts_with(&real_root) {
        return Ok(None);
    }
    let diag = Diagnostic::new(
        Code::LinkOutsideRoot,
        Span::new(0, 0),
        format!(
            "`{}` leads to `{}`, outside `{}`",
            path.display(),
            real.display(),
            root.display()
        ),
    )
    .label("not read")
    .help("copy the file into the policies' directory, or link only to files inside it");
    Ok(Some(diag))
}

/// A policy file found on the command line or by walking a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The file.
    pub path: PathBuf,
    /// The directory its includes must stay in: the directory walked, or
    /// the file's own directory when it was named directly.
    pub root: PathBuf,
    /// Whether it was found by walking a directory.
    pub walked: bool,
}

/// Why the policy files named on the command line cannot be found.
#[derive(Debug)]
pub enum DiscoverError {
    /// A path named cannot be read, or a directory cannot be walked.
    Unreadable {
        /// The path as named.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// A directory named holds no policy file.
    NoPolicies {
        /// The directory as named.
        path: PathBuf,
    },
}

impl std::fmt::Display for DiscoverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DiscoverError::Unreadable { path, error } => {
                write!(f, "cannot read `{}`: {error}", path.display())
            }
            DiscoverError::NoPolicies { path } => {
                write!(f, "no .{EXTENSION} files in `{}`", path.display())
            }
        }
    }
}

impl std::error::Error for DiscoverError {}

/// Finds the policy files named by `paths`: files as given, directories
/// walked recursively for `*.policy` in sorted order.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Found>, DiscoverError> {
    let mut found = Vec::new();
    for path in paths {
        let unreadable = |error| DiscoverError::Unreadable {
            path: path.clone(),
            error,
        };
        let metadata = std::fs::metadata(path).map_err(unreadable)?;
        if metadata.is_dir() {
            let before = found.len();
            walk(path, path, &mut found).map_err(unreadable)?;
            if found.len() == before {
                return Err(DiscoverError::NoPolicies { path: path.clone() });
            }
        } else {
            found.push(Found {
                path: path.clone(),
                root: parent_or_current(path).to_path_buf(),
                walked: false,
            });
        }
    }
    Ok(found)
}

/// The directory of `path`, or `.` when it names none: where a file named
/// on the command line is read from, and its includes are kept in.
pub fn parent_or_current(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<Found>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for entry in entries {
        let file_type = std::fs::symlink_metadata(&entry)?.file_type();
        if file_type.is_dir() {
            walk(root, &entry, found)?;
        } else if entry.extension().is_some_and(|e| e == EXTENSION) {
            found.push(Found {
                path: entry,
                root: root.to_path_buf(),
                walked: true,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile::from_text("x", "ab\ncé d\n");
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(3), (2, 1));
        assert_eq!(file.line_column(7), (2, 4));
    }

    #[cfg(unix)]
    #[test]
    #[expect(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
    fn a_fifo_is_refused_without_being_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.policy");
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        assert!(made.unwrap().success());
        // Opening it for reading would wait for a writer forever.
        let (file, diag) = SourceFile::load(&path, DEFAULT_MAX_FILE_SIZE).unwrap();
        assert_eq!(diag.expect("a diagnostic").code, Code::NotRegularFile);
        assert!(file.text.is_empty());
    }

    #[cfg(target_os = "linux")]
    #[test]
    #[expect(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
    fn at_most_the_limit_and_one_byte_is_read() {
        // A /proc file reports a length of 0 and has more.
        let (file, diag) = SourceFile::load(Path::new("/proc/self/maps"), 10).unwrap();
        assert_eq!(diag.expect("a diagnostic").code, Code::FileTooLarge);
        assert!(file.text.is_empty());
    }

    #[test]
    #[expect(clippy::unwrap_used, reason = "tests")]
    fn a_directory_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let (_, diag) = SourceFile::load(dir.path(), DEFAULT_MAX_FILE_SIZE).unwrap();
        assert_eq!(diag.map(|d| d.code), Some(Code::NotRegularFile));
    }
}
