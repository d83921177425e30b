//! `policyc diff OLD NEW [--require-bump]`, `policyc diff --against REV FILE`.

use std::io::IsTerminal;
use std::path::Path;

use codespan_reporting::term::termcolor::StandardStream;

use super::{ColorChoice, Output};
use crate::driver::Outcome;
use crate::driver::diff::{self as edition, Edition, EditionError};
use crate::driver::git;
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

/// Runs `policyc diff`.
pub fn run(options: &DiffOptions<'_>, out: &mut Output) -> Outcome {
    let (old, new) = match (options.against, options.new) {
        (Some(rev), None) => {
            // Before anything is read: a revision git could take for an
            // option is a usage error, whatever else is wrong.
            if let Err(error) = git::validate(rev) {
                return refused(&EditionError::Revision(error), out);
            }
            let new = edition::load_file(options.old, options.max_file_size, out)
                .map_err(|e| refused(&e, out));
            let old = edition::load_revision(rev, options.old, options.max_file_size, out)
                .map_err(|e| refused(&e, out));
            (old, new)
        }
        (None, Some(new)) => (
            edition::load_file(options.old, options.max_file_size, out)
                .map_err(|e| refused(&e, out)),
            edition::load_file(new, options.max_file_size, out).map_err(|e| refused(&e, out)),
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
        for problem in report.problems() {
            out.coded_error(problem.code, &problem.message, problem.help.as_deref());
        }
    }
    if failed {
        Outcome::Problems
    } else {
        Outcome::Clean
    }
}

/// Locates annotations in the new source, when it is a policy file.
fn locator(side: &Edition) -> Option<Locator> {
    side.text
        .as_deref()
        .map(|text| Locator::new(&side.label, text, &side.policy, &side.spans))
}

/// Reports why an edition cannot be compared, and returns the run's outcome.
fn refused(error: &EditionError, out: &mut Output) -> Outcome {
    out.problem(error);
    error.outcome()
}
