//! `policyc fmt`'s work: one policy file put in the canonical layout, and
//! rewritten atomically unless only checked.

use std::path::PathBuf;

use super::check::ReadError;
use super::{Outcome, Problem, Sink};
use crate::fmt::{FmtError, format};
use crate::source::{DEFAULT_MAX_FILE_SIZE, Found, SourceFile};

/// What became of a file in the canonical layout.
pub enum Formatted {
    /// It was in the layout already.
    Unchanged,
    /// It was rewritten in the layout.
    Rewritten,
    /// It is not in the layout, and was only checked.
    Differs {
        /// The file as it is.
        file: SourceFile,
        /// Its text in the layout.
        formatted: String,
    },
}

/// Why a file was not formatted.
#[derive(Debug)]
pub enum FmtFileError {
    /// It cannot be read.
    Unreadable(ReadError),
    /// It was refused when it was read (too large, not a regular file…);
    /// the diagnostic was reported.
    Refused,
    /// It does not parse; the syntax errors were reported.
    Unparsed {
        /// The file, as shown.
        name: String,
    },
    /// Its layout would change its meaning: a bug in `policyc fmt`.
    WouldChangeMeaning {
        /// The file, as shown.
        name: String,
    },
    /// It cannot be rewritten.
    Unwritable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

impl FmtFileError {
    /// How the run ends: a file that cannot be read or written exits 2,
    /// one that cannot be formatted 1.
    pub fn outcome(&self) -> Outcome {
        match self {
            FmtFileError::Unreadable(_) | FmtFileError::Unwritable { .. } => Outcome::Usage,
            FmtFileError::Refused
            | FmtFileError::Unparsed { .. }
            | FmtFileError::WouldChangeMeaning { .. } => Outcome::Problems,
        }
    }

    /// Whether the file was read, and so counts among the files formatted.
    pub fn was_read(&self) -> bool {
        !matches!(self, FmtFileError::Unreadable(_))
    }
}

impl std::fmt::Display for FmtFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FmtFileError::Unreadable(error) => error.fmt(f),
            FmtFileError::Refused => f.write_str("the file was refused"),
            FmtFileError::Unparsed { name } => {
                write!(f, "`{name}` does not parse; it was not formatted")
            }
            FmtFileError::WouldChangeMeaning { name } => write!(
                f,
                "formatting `{name}` would change its meaning, so it was left as it is; this is a bug in policyc fmt, please report it with the file"
            ),
            FmtFileError::Unwritable { path, error } => {
                write!(f, "cannot write `{}`: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for FmtFileError {}

impl Problem for FmtFileError {}

/// A policy's text, or a translation file's (Fluent's own layout; a file
/// with Fluent syntax errors is left for `check` to report).
fn formatted(text: &str, is_translation: bool) -> Result<String, FmtError> {
    if is_translation {
        crate::translate::ftl::format(text).ok_or(FmtError::Syntax(Vec::new()))
    } else {
        format(text)
    }
}

/// Puts one policy file (or translation file) in the canonical layout: rewritten atomically, or
/// with `check` only compared. Its diagnostics are reported when it is
/// refused or does not parse.
pub fn format_file(
    found: &Found,
    check: bool,
    sink: &mut dyn Sink,
) -> Result<Formatted, FmtFileError> {
    let (file, refusal) = SourceFile::load_in(&found.path, &found.root, DEFAULT_MAX_FILE_SIZE)
        .map_err(|error| {
            FmtFileError::Unreadable(ReadError {
                path: found.path.clone(),
                error,
            })
        })?;
    if let Some(diagnostic) = refusal {
        sink.diagnostics(&file, &[diagnostic]);
        return Err(FmtFileError::Refused);
    }
    let is_translation = found.path.extension().is_some_and(|e| e == "ftl");
    let formatted = match formatted(&file.text, is_translation) {
        Ok(formatted) => formatted,
        Err(FmtError::Syntax(diagnostics)) => {
            sink.diagnostics(&file, &diagnostics);
            return Err(FmtFileError::Unparsed {
                name: file.display_name(),
            });
        }
        Err(FmtError::WouldChangeMeaning) => {
            return Err(FmtFileError::WouldChangeMeaning {
                name: file.display_name(),
            });
        }
    };
    if formatted == file.text {
        Ok(Formatted::Unchanged)
    } else if check {
        Ok(Formatted::Differs { file, formatted })
    } else {
        crate::build::write_atomically(&found.path, formatted.as_bytes()).map_err(|error| {
            FmtFileError::Unwritable {
                path: found.path.clone(),
                error,
            }
        })?;
        Ok(Formatted::Rewritten)
    }
}
