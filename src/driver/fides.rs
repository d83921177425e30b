//! `policyc export fides` and `policyc import fides`: a checked policy as a
//! fideslang manifest, and a manifest as a starting policy.

use std::path::{Path, PathBuf};

use super::check::{CheckError, load_clean};
use super::{Outcome, Problem, Sink};
use crate::codes::Code;
use crate::fides::export::{self, ExportError};
use crate::fides::yaml::{self, YamlError};
use crate::model::Date;
use crate::source::SourceFile;

// Declared here, not beside the error: the export knows nothing of the
// driver, which depends on it.
impl Problem for ExportError {
    fn code(&self) -> Option<Code> {
        Some(Code::FidesKeyTaken)
    }

    fn help(&self) -> Option<String> {
        let ExportError::KeyTaken {
            what, key, default, ..
        } = self;
        Some(if *default {
            format!(
                "if the {what} is what Fides means by `{key}`, say so with `fides \"{key}\"` in its block; otherwise rename it"
            )
        } else {
            "map one of them to a key of its own with `fides \"…\"`, or rename it".to_owned()
        })
    }
}

/// Why a manifest could not be made, read or written.
#[derive(Debug)]
pub enum FidesError {
    /// The policies could not be read or do not check clean.
    Check(CheckError),
    /// A policy cannot be exported.
    Export(ExportError),
    /// A manifest cannot be written as YAML.
    Yaml(YamlError),
    /// `--out` names one file, but several policies were given.
    SeveralPolicies {
        /// How many.
        count: usize,
    },
    /// The manifest cannot be imported; each reason was reported.
    NotImported,
    /// The imported policy does not check: a bug in the import; each
    /// diagnostic was reported.
    ImportUnchecked,
    /// `--out` names a file that exists.
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// A file cannot be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// A file cannot be written.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

impl FidesError {
    /// How the run ends: a policy or manifest to fix exits 1, a usage or
    /// I/O error 2.
    pub fn outcome(&self) -> Outcome {
        match self {
            FidesError::Check(error) => error.outcome(),
            FidesError::Export(_)
            | FidesError::Yaml(_)
            | FidesError::NotImported
            | FidesError::ImportUnchecked => Outcome::Problems,
            FidesError::SeveralPolicies { .. }
            | FidesError::Exists { .. }
            | FidesError::Read { .. }
            | FidesError::Io { .. } => Outcome::Usage,
        }
    }
}

impl std::fmt::Display for FidesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FidesError::Check(error) => error.fmt(f),
            FidesError::Export(error) => error.fmt(f),
            FidesError::Yaml(error) => write!(f, "cannot write the manifest as YAML: {error}"),
            FidesError::SeveralPolicies { count } => write!(
                f,
                "--out names one file, but {count} policies were given; export them one at a time"
            ),
            FidesError::NotImported => f.write_str("the manifest cannot be imported"),
            FidesError::ImportUnchecked => f.write_str(
                "the imported policy does not check: a bug in policyc; please report it with the manifest",
            ),
            FidesError::Exists { path } => write!(
                f,
                "`{}` exists; the import never overwrites a file: remove it or name another",
                path.display()
            ),
            FidesError::Read { path, error } => {
                write!(f, "cannot read `{}`: {error}", path.display())
            }
            FidesError::Io { path, error } => {
                write!(f, "cannot write `{}`: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for FidesError {}

impl Problem for FidesError {
    fn code(&self) -> Option<Code> {
        match self {
            FidesError::Export(error) => error.code(),
            _ => None,
        }
    }

    fn help(&self) -> Option<String> {
        match self {
            FidesError::Export(error) => error.help(),
            _ => None,
        }
    }
}

/// One policy's manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The policy's id.
    pub id: String,
    /// The manifest, as YAML.
    pub yaml: String,
}

/// Checks the policies named by `paths` and, when all check clean, makes
/// each one's manifest, in the order they were found.
pub fn export(
    paths: &[PathBuf],
    max_file_size: usize,
    sink: &mut dyn Sink,
) -> Result<Vec<Exported>, FidesError> {
    let files = load_clean(paths, max_file_size, sink).map_err(FidesError::Check)?;
    files
        .iter()
        .filter_map(|f| f.checked.policy.as_ref())
        .map(|policy| {
            let manifest = export::manifest(policy).map_err(FidesError::Export)?;
            Ok(Exported {
                id: policy.id.clone(),
                yaml: yaml::to_string(&manifest).map_err(FidesError::Yaml)?,
            })
        })
        .collect()
}

/// Writes `text` to `path` whole or not at all: through a temporary file
/// beside it, renamed over it.
pub fn write_whole(path: &Path, text: &str) -> Result<(), FidesError> {
    let io = |error| FidesError::Io {
        path: path.to_owned(),
        error,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    std::io::Write::write_all(&mut temp, text.as_bytes()).map_err(io)?;
    temp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Reads the manifest `path` (refused past `max_file_size` bytes) and
/// imports it as a policy effective on `effective`, in the canonical
/// layout. What is not mapped is reported as warnings in the manifest;
/// the policy is checked before it is returned.
pub fn import(
    path: &Path,
    max_file_size: usize,
    effective: Date,
    sink: &mut dyn Sink,
) -> Result<String, FidesError> {
    let (file, refused) =
        SourceFile::load(path, max_file_size).map_err(|error| FidesError::Read {
            path: path.to_owned(),
            error,
        })?;
    if let Some(refused) = refused {
        sink.diagnostics(&file, &[refused]);
        return Err(FidesError::NotImported);
    }
    let start = crate::fides::import::Start {
        effective,
        is_url: crate::check::is_url,
    };
    let imported = match crate::fides::import::import(&file.text, start) {
        Ok(imported) => imported,
        Err(error) => {
            sink.diagnostics(&file, &[error]);
            return Err(FidesError::NotImported);
        }
    };
    sink.diagnostics(&file, &imported.warnings);
    let policy = crate::fmt::format(&imported.policy).unwrap_or(imported.policy);
    let checked = crate::check_source(&policy);
    if checked.has_errors() {
        let made = SourceFile::from_text(path.with_extension("policy"), policy);
        sink.diagnostics(&made, &checked.diagnostics);
        return Err(FidesError::ImportUnchecked);
    }
    Ok(policy)
}
