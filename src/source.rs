//! Reading policy files: finding them, size and encoding limits, and the
//! line and column of a byte offset.

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

    /// Reads a file. An I/O error is returned as is; a file too large or
    /// not UTF-8 is returned with a diagnostic (the text is then empty or
    /// lossily decoded, so that the diagnostic can be rendered).
    pub fn load(path: &Path, max_size: usize) -> std::io::Result<(SourceFile, Option<Diagnostic>)> {
        let size = std::fs::metadata(path)?.len();
        if size > max_size as u64 {
            let diag = Diagnostic::error(
                Code::FileTooLarge,
                Span::new(0, 0),
                format!("the file is {size} bytes, more than the limit of {max_size} bytes"),
            )
            .help("split the policy into smaller files, or raise the limit with --max-file-size");
            return Ok((SourceFile::from_text(path, ""), Some(diag)));
        }
        let bytes = std::fs::read(path)?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok((SourceFile::from_text(path, text), None)),
            Err(error) => {
                let at = error.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
                let diag = Diagnostic::error(
                    Code::NotUtf8,
                    Span::new(at, at + 1),
                    "the file is not valid UTF-8 text",
                )
                .label("this byte is not part of a UTF-8 character")
                .help("save the file as UTF-8 text");
                Ok((SourceFile::from_text(path, text), Some(diag)))
            }
        }
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

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
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

/// Finds the policy files named by `paths`: files as given, directories
/// walked recursively for `*.policy` in sorted order.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Found>, String> {
    let mut found = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path)
            .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        if metadata.is_dir() {
            let before = found.len();
            walk(path, path, &mut found)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            if found.len() == before {
                return Err(format!("no .{EXTENSION} files in `{}`", path.display()));
            }
        } else {
            let root = path
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            let root = if root.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                root
            };
            found.push(Found {
                path: path.clone(),
                root,
                walked: false,
            });
        }
    }
    Ok(found)
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
}
