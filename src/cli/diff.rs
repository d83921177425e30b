//! `policyc diff OLD NEW [--require-bump]`, `policyc diff --against REV FILE`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use codespan_reporting::term::termcolor::StandardStream;

use super::{ColorChoice, Output, git};
use crate::diff::history;
use crate::driver::Outcome;
use crate::load::Loaded;
use crate::model::Policy;
use crate::report::Format;
use crate::report::diff::{self as report, Locator, Report, WriteError};

/// What `policyc diff` compares and how it reports.
pub struct DiffOptions<'a> {
    /// The old edition (or, with `against`, the one file).
    pub old: &'a Path,
    /// The new edition.
    pub new: Option<&'a Path>,
    /// A git revision to take the old edition from.
    pub against: Option<&'a str>,
    /// Exit 1 when the new version is not raised enough, or the notice period is not respected.
    pub require_bump: bool,
    /// When to colour human output.
    pub color: ColorChoice,
    /// The largest policy file read.
    pub max_file_size: usize,
}

/// One side of a diff, loaded.
struct Side {
    /// Where it came from, for reports.
    label: String,
    /// The model.
    policy: Policy,
    /// The source text, for a policy file (to point annotations at lines).
    text: Option<String>,
}

/// Runs `policyc diff`.
pub fn run(options: &DiffOptions<'_>, out: &mut Output) -> Outcome {
    let (old, new) = match (options.against, options.new) {
        (Some(rev), None) => {
            // Before anything is read: a revision git could take for an
            // option is a usage error, whatever else is wrong.
            if let Err(error) = git::validate(rev) {
                out.error_line(&error.to_string());
                return Outcome::Usage;
            }
            let new = load_file(options.old, options.max_file_size, out);
            let old = load_revision(rev, options.old, options.max_file_size, out);
            (old, new)
        }
        (None, Some(new)) => (
            load_file(options.old, options.max_file_size, out),
            load_file(new, options.max_file_size, out),
        ),
        (Some(_), Some(_)) => {
            out.error_line(
                "with --against REV, name only the policy file: it is compared with itself at REV",
            );
            return Outcome::Usage;
        }
        (None, None) => {
            out.error_line("name two editions to compare (OLD NEW), or one file and --against REV");
            return Outcome::Usage;
        }
    };
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(a), Err(b)) => return a.max(b),
        (Err(status), _) | (_, Err(status)) => return status,
    };
    if old.policy.id != new.policy.id {
        out.note_line(&format!(
            "comparing two different policies: `{}` and `{}`",
            old.policy.id, new.policy.id
        ));
    }
    let diff = crate::diff::diff(&old.policy, &new.policy);
    let assessment = crate::diff::assess(&old.policy, &new.policy, &diff);
    let report = Report {
        old: &old.policy,
        new: &new.policy,
        old_source: &old.label,
        new_source: &new.label,
        diff: &diff,
        assessment: &assessment,
    };
    let failed = options.require_bump && !assessment.ok();
    // Quiet silences the report for people; a tool's format is the result.
    if !(out.quiet && out.format == Format::Human) {
        let mut stdout =
            StandardStream::stdout(options.color.resolve(std::io::stdout().is_terminal()));
        // Only annotations point at lines: the source is parsed for them alone.
        let locator = if out.format == Format::Github {
            locator(&new)
        } else {
            None
        };
        match report::write(
            out.format,
            &report,
            locator.as_ref(),
            options.require_bump,
            &mut stdout,
        ) {
            Err(error @ WriteError::NoSarif) => {
                out.error_line(&error.to_string());
                return Outcome::Usage;
            }
            // A closed stdout (`policyc diff … | head`) is no reason to fail.
            Ok(()) | Err(WriteError::Io(_)) => {}
        }
    }
    if failed && out.format == Format::Human {
        for problem in assessment.problems() {
            out.error_line(&problem);
        }
    }
    if failed {
        Outcome::Problems
    } else {
        Outcome::Clean
    }
}

/// Locates annotations in the new source, when it is a policy file.
fn locator(side: &Side) -> Option<Locator> {
    side.text
        .as_deref()
        .map(|text| Locator::new(&side.label, text))
}

fn is_history_entry(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
}

/// Loads an edition from a policy file or a history entry.
fn load_file(path: &Path, max_file_size: usize, out: &mut Output) -> Result<Side, Outcome> {
    let label = path.to_string_lossy().replace('\\', "/");
    if is_history_entry(path) {
        return match history::read_entry(path) {
            Ok(policy) => Ok(Side {
                label,
                policy,
                text: None,
            }),
            Err(message) => {
                out.error_line(&message);
                Err(if path.exists() {
                    Outcome::Problems
                } else {
                    Outcome::Usage
                })
            }
        };
    }
    // Included files are read relative to the policy, under its folder.
    let root = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match crate::load::load(path, root, max_file_size) {
        Ok(loaded) => checked(loaded, label, out),
        Err(error) => {
            out.error_line(&format!("cannot read `{}`: {error}", path.display()));
            Err(Outcome::Usage)
        }
    }
}

/// The checked policy of a loaded source; its diagnostics are shown only
/// when it has errors.
fn checked(loaded: Loaded, label: String, out: &mut Output) -> Result<Side, Outcome> {
    let text = loaded.main().map(|f| f.text.clone());
    if let Some(policy) = loaded.checked.policy.clone() {
        return Ok(Side {
            label,
            policy,
            text,
        });
    }
    for (file, local) in loaded.localize(&loaded.checked.diagnostics) {
        if !local.is_empty() {
            out.diagnostics(file, &local);
        }
    }
    out.omitted(&loaded.checked.omitted);
    out.error_line(&format!("`{label}` has errors, so it cannot be compared"));
    Err(Outcome::Problems)
}

/// Loads the edition of `path` at a git revision, through `git show`.
fn load_revision(
    rev: &str,
    path: &Path,
    max_file_size: usize,
    out: &mut Output,
) -> Result<Side, Outcome> {
    let label = format!("{rev}:{}", path.to_string_lossy().replace('\\', "/"));
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Some(name) = path.file_name() else {
        out.error_line(&format!("`{}` is not a file", path.display()));
        return Err(Outcome::Usage);
    };
    let commit = match git::resolve_commit(&dir, rev) {
        Ok(commit) => commit,
        Err(error) => {
            out.error_line(&error.to_string());
            return Err(Outcome::Usage);
        }
    };
    let output = match git::show(&dir, &commit, &name.to_string_lossy()) {
        Ok(output) => output,
        Err(error) => {
            out.error_line(&format!("cannot run git for --against: {error}"));
            return Err(Outcome::Usage);
        }
    };
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr);
        out.error_line(&format!(
            "cannot read `{label}` from git: {}",
            reason.trim()
        ));
        return Err(Outcome::Usage);
    }
    if output.stdout.len() > max_file_size {
        out.error_line(&format!(
            "`{label}` is {} bytes, more than the limit of {max_file_size} bytes",
            output.stdout.len()
        ));
        return Err(Outcome::Problems);
    }
    if is_history_entry(path) {
        return match serde_json::from_slice::<Policy>(&output.stdout) {
            Ok(policy) => Ok(Side {
                label,
                policy,
                text: None,
            }),
            Err(error) => {
                out.error_line(&format!("`{label}` is not a history entry: {error}"));
                Err(Outcome::Problems)
            }
        };
    }
    let Ok(text) = String::from_utf8(output.stdout) else {
        out.error_line(&format!("`{label}` is not valid UTF-8 text"));
        return Err(Outcome::Problems);
    };
    checked(crate::load::load_text(&label, text), label, out)
}
