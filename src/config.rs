//! The project configuration: a small `policyc.toml` at the root of the
//! repository, found by searching the current directory and its parents.
//!
//! ```toml
//! [lints]
//! allow = ["W0308"]   # these warnings are neither printed nor counted
//! # a warning one policy file knowingly keeps, with the reason (relative to this file)
//! accept = [{ code = "W0420", at = "policies/example.policy", reason = "…" }]
//!
//! [build]
//! sign = "keys/release.key"   # sign each rule table (relative to this file)
//! trusted_keys = ["keys/release.pub"]   # require signatures by these keys
//! targets = ["opa", "cedar"]   # the engines each policy is also written for
//! ```
//!
//! Only warnings can be allowed: an error means the policy cannot be built.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::codes::Code;
pub use crate::readability::TextThresholds;
use crate::suggest;
use crate::targets::{Target, UnknownTarget};

/// The name of the configuration file.
pub const FILE_NAME: &str = "policyc.toml";

/// What to do with warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lints {
    /// Warning codes that are neither printed nor counted.
    pub allow: BTreeSet<Code>,
    /// Warnings one file knowingly keeps (`[lints] accept`): neither
    /// printed nor counted in that file.
    pub accept: Vec<Accepted>,
    /// Whether a warning fails the run (`--deny-warnings`).
    pub deny_warnings: bool,
}

impl Lints {
    /// Whether a diagnostic with this code is silenced.
    pub fn allows(&self, code: Code) -> bool {
        self.allow.contains(&code)
    }

    /// Whether a diagnostic with this code in the file at `path` is
    /// silenced: allowed everywhere, or accepted in that file.
    pub fn allows_in(&self, code: Code, path: &Path) -> bool {
        if self.allows(code) {
            return true;
        }
        if self.accept.iter().all(|a| a.code != code) {
            return false;
        }
        let file = same_file_key(path);
        self.accept
            .iter()
            .any(|a| a.code == code && same_file_key(&a.at) == file)
    }
}

/// A warning a policy knowingly keeps: `{ code, at, reason }` in `[lints]
/// accept`. Unlike `allow`, it names the one file it holds for and says
/// why, so the reason is reviewed with the policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The warning.
    pub code: Code,
    /// The policy file it is accepted in, relative to the configuration
    /// file once discovered.
    pub at: PathBuf,
    /// Why the policy keeps what the warning reports.
    pub reason: String,
}

/// A path as compared for `accept`: the file itself where it exists, so
/// that a relative and an absolute path to one file agree.
fn same_file_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The configuration of a project.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Where it was read from, when a file was found.
    pub path: Option<PathBuf>,
    /// The warning codes allowed by `[lints] allow`.
    pub allow: BTreeSet<Code>,
    /// The warnings accepted in one file each by `[lints] accept`.
    pub accept: Vec<Accepted>,
    /// The private key `policyc build` signs with (`[build] sign`), relative
    /// to the directory of the file once discovered.
    pub sign: Option<PathBuf>,
    /// The public keys whose signatures `policyc build` requires on every
    /// rule table and ledger head (`[build] trusted_keys`), relative to the
    /// directory of the file once discovered.
    pub trusted_keys: Vec<PathBuf>,
    /// The engines `policyc build` writes each policy for (`[build]
    /// targets`), each once, in [`Target::ALL`]'s order.
    pub targets: Vec<Target>,
    /// The readability thresholds of `[text]`: none unless set.
    pub text: TextThresholds,
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    lints: RawLints,
    #[serde(default)]
    build: RawBuild,
    #[serde(default)]
    text: TextThresholds,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBuild {
    sign: Option<PathBuf>,
    #[serde(default)]
    trusted_keys: Vec<PathBuf>,
    #[serde(default)]
    targets: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLints {
    #[serde(default)]
    allow: Vec<String>,
    #[serde(default)]
    accept: Vec<RawAccepted>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccepted {
    code: String,
    at: PathBuf,
    reason: String,
}

/// Why a `policyc.toml` cannot be used.
#[derive(Debug)]
pub enum ConfigError {
    /// The file is not TOML, or has a key or value it may not have.
    Syntax {
        /// The line of the problem, when the parser knows it.
        line: Option<usize>,
        /// What the TOML parser said, without its final stop.
        detail: String,
    },
    /// `[lints] allow` names something that is not a diagnostic code.
    NotACode {
        /// What it names.
        text: String,
        /// The closest code, if one is close.
        suggestion: Option<Code>,
    },
    /// `[lints] allow` names an error, which cannot be allowed.
    NotAWarning {
        /// The code.
        code: Code,
    },
    /// `[build] targets` names something that is not a target.
    UnknownTarget(UnknownTarget),
    /// An entry of `[lints] accept` gives no reason.
    AcceptWithoutReason {
        /// The code it accepts.
        code: Code,
    },
    /// The file cannot be read.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The file was read, and is not a valid configuration.
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong in it.
        error: Box<ConfigError>,
    },
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Syntax {
                line: Some(line),
                detail,
            } => write!(f, "line {line}: {detail}"),
            ConfigError::Syntax { line: None, detail } => f.write_str(detail),
            ConfigError::NotACode { text, suggestion } => {
                write!(
                    f,
                    "`[lints] allow` names `{text}`, which is not a diagnostic code; "
                )?;
                match suggestion {
                    Some(code) => write!(f, "did you mean `{code}`?"),
                    None => f.write_str("run `policyc explain` to list every code"),
                }
            }
            ConfigError::NotAWarning { code } => write!(
                f,
                "`[lints] allow` names `{code}`, an error: only warnings (codes starting with W) can be allowed, because a policy with errors cannot be built; fix what `{code}` reports instead (`policyc explain {code}` tells how)"
            ),
            ConfigError::UnknownTarget(error) => write!(f, "`[build] targets`: {error}"),
            ConfigError::AcceptWithoutReason { code } => write!(
                f,
                "`[lints] accept` accepts `{code}` without a reason; say why the policy keeps what `{code}` reports: `reason = \"…\"`"
            ),
            ConfigError::Unreadable { path, error } => {
                write!(f, "cannot read `{}`: {error}", path.display())
            }
            ConfigError::Invalid { path, error } => write!(
                f,
                "`{}` is not a valid configuration: {error}",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ConfigError {}

impl crate::driver::Problem for ConfigError {}

impl Config {
    /// Parses the text of a `policyc.toml`.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|error| ConfigError::Syntax {
            line: error.span().map(|span| {
                text.get(..span.start)
                    .map_or(1, |s| s.matches('\n').count() + 1)
            }),
            detail: error.message().trim_end_matches('.').to_owned(),
        })?;
        let mut allow = BTreeSet::new();
        for text in &raw.lints.allow {
            allow.insert(allowed_code(text)?);
        }
        let accept = raw
            .lints
            .accept
            .iter()
            .map(accepted)
            .collect::<Result<Vec<_>, _>>()?;
        let mut targets = raw
            .build
            .targets
            .iter()
            .map(|name| Target::parse(name))
            .collect::<Result<Vec<Target>, _>>()
            .map_err(ConfigError::UnknownTarget)?;
        targets.sort();
        targets.dedup();
        Ok(Config {
            path: None,
            allow,
            accept,
            sign: raw.build.sign,
            trusted_keys: raw.build.trusted_keys,
            targets,
            text: raw.text,
        })
    }

    /// The lint settings it gives, with `--deny-warnings` as `deny_warnings`.
    pub fn lints(&self, deny_warnings: bool) -> Lints {
        Lints {
            allow: self.allow.clone(),
            accept: self.accept.clone(),
            deny_warnings,
        }
    }

    /// Reads the `policyc.toml` in `start` or its nearest parent that has
    /// one. No file is no configuration; a file that cannot be read or
    /// parsed is an error naming the file.
    pub fn discover(start: &Path) -> Result<Config, ConfigError> {
        let Some(path) = find(start) else {
            return Ok(Config::default());
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => return Err(ConfigError::Unreadable { path, error }),
        };
        let mut config = match Config::parse(&text) {
            Ok(config) => config,
            Err(error) => {
                return Err(ConfigError::Invalid {
                    path,
                    error: Box::new(error),
                });
            }
        };
        // A key named in the file is found wherever policyc runs from.
        if let Some(dir) = path.parent() {
            config.sign = config.sign.take().map(|key| dir.join(key));
            config.trusted_keys = config
                .trusted_keys
                .iter()
                .map(|key| dir.join(key))
                .collect();
            for accepted in &mut config.accept {
                accepted.at = dir.join(&accepted.at);
            }
        }
        config.path = Some(path);
        Ok(config)
    }
}

/// The nearest `policyc.toml`, searching `start` and then its parents.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// An entry of `[lints] accept`: a known warning, with a reason.
fn accepted(raw: &RawAccepted) -> Result<Accepted, ConfigError> {
    let code = allowed_code(&raw.code)?;
    if raw.reason.trim().is_empty() {
        return Err(ConfigError::AcceptWithoutReason { code });
    }
    Ok(Accepted {
        code,
        at: raw.at.clone(),
        reason: raw.reason.clone(),
    })
}

/// A code that may be allowed: a known warning.
fn allowed_code(text: &str) -> Result<Code, ConfigError> {
    let Some(code) = Code::parse(text) else {
        let all = Code::ALL.iter().map(|c| c.as_str());
        let suggestion =
            suggest::closest(&text.trim().to_ascii_uppercase(), all).and_then(Code::parse);
        return Err(ConfigError::NotACode {
            text: text.to_owned(),
            suggestion,
        });
    };
    if !code.as_str().starts_with('W') {
        return Err(ConfigError::NotAWarning { code });
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

    use super::*;

    /// The message of the error `text` is refused with.
    fn refused(text: &str) -> String {
        Config::parse(text).unwrap_err().to_string()
    }

    #[test]
    fn an_empty_file_allows_nothing() {
        assert_eq!(Config::parse("").unwrap().allow.len(), 0);
        assert_eq!(Config::parse("[lints]\n").unwrap().allow.len(), 0);
    }

    #[test]
    fn warnings_can_be_allowed_in_any_case() {
        let config = Config::parse("[lints]\nallow = [\"W0308\", \"w0404\"]\n").unwrap();
        let codes: Vec<Code> = config.allow.into_iter().collect();
        assert_eq!(codes, vec![Code::UnusedData, Code::NoComplaintRight]);
    }

    #[test]
    fn errors_cannot_be_allowed() {
        let error = refused("[lints]\nallow = [\"E0101\"]\n");
        assert!(error.contains("only warnings"), "{error}");
    }

    #[test]
    fn unknown_codes_are_refused_with_a_suggestion() {
        let error = refused("[lints]\nallow = [\"W0309\"]\n");
        assert!(error.contains("not a diagnostic code"), "{error}");
        assert!(error.contains("did you mean"), "{error}");
    }

    #[test]
    fn targets_are_read_once_each_and_misspellings_suggested() {
        let config = Config::parse("[build]\ntargets = [\"opa\", \"opa\"]\n").unwrap();
        assert_eq!(config.targets, vec![Target::Opa]);
        let error = refused("[build]\ntargets = [\"rego\"]\n");
        assert!(
            error.starts_with(
                "`[build] targets`: `rego` is not a build target; the targets are `opa`, `cedar`"
            ),
            "{error}"
        );
        let error = refused("[build]\ntargets = [\"opaa\"]\n");
        assert!(error.ends_with("did you mean `opa`?"), "{error}");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let error = refused("[lints]\nalow = [\"W0308\"]\n");
        assert!(error.contains("line 2"), "{error}");
        let error = refused("[lint]\n");
        assert!(error.contains("lint"), "{error}");
    }
}
