//! `policyc build [PATHS] [--out DIR] [--check] [--no-wait]`: the driver
//! builds; this module says what it did, or why it wrote nothing.

use std::path::{Path, PathBuf};

use super::Output;
use crate::driver::Outcome;
use crate::driver::build::{BuildError, BuildOptions, Built};

/// Runs `policyc build`: nothing is written unless every policy checks clean.
pub fn run(options: &BuildOptions<'_>, out: &mut Output) -> Outcome {
    let status = match crate::driver::build::build(options, out) {
        Ok(built) => report_built(&built, options.out_dir, out),
        Err(error) => report_error(&error, out),
    };
    out.finish(status);
    status
}

/// Says what the build wrote, or how the output directory differs from it.
fn report_built(built: &Built, out_dir: &Path, out: &mut Output) -> Outcome {
    match built {
        Built::Written {
            policies,
            files,
            published,
        } => {
            note_kept(&published.kept, out);
            let plural = if *policies == 1 { "policy" } else { "policies" };
            out.result_line(&format!(
                "built {policies} {plural} into {} ({files} files, {} changed)",
                out_dir.display(),
                published.changed.len()
            ));
            Outcome::Clean
        }
        Built::Compared { files, compared } if compared.drift.is_empty() => {
            note_kept(&compared.kept, out);
            out.result_line(&format!(
                "ok: {files} files in {} are up to date",
                out_dir.display()
            ));
            Outcome::Clean
        }
        Built::Compared { compared, .. } => {
            for item in &compared.drift {
                out.error_line(&format!("{item}"));
            }
            out.failure(&format!(
                "{} generated file(s) out of date; run `policyc build` and commit the result",
                compared.drift.len()
            ));
            Outcome::Problems
        }
    }
}

/// Says why nothing was written; the problems in the policies were
/// reported as they were found, so the closing line counts them.
fn report_error(error: &BuildError, out: &mut Output) -> Outcome {
    match error {
        BuildError::Check(error) => return out.check_error(error, NOTHING_WRITTEN),
        BuildError::Untrusted => nothing_written(out),
        BuildError::History if !out.fails() => {
            out.failure(&format!("{error}; nothing was written"));
        }
        BuildError::History => nothing_written(out),
        BuildError::Output(_) if error.outcome() == Outcome::Problems => {
            out.problem(error);
            out.failure("nothing was written");
        }
        BuildError::DuplicateId { .. } | BuildError::Output(_) | BuildError::Unreadable { .. } => {
            out.problem(error);
        }
    }
    error.outcome()
}

/// What a build that fails does not do.
const NOTHING_WRITTEN: &str = "nothing was written";

/// The closing line of a build that found problems.
fn nothing_written(out: &mut Output) {
    let failure = format!("{}; {NOTHING_WRITTEN}", out.describe_failure());
    out.failure(&failure);
}

/// Says which files in the output the build did not make and left alone.
fn note_kept(kept: &[PathBuf], out: &mut Output) {
    for path in kept {
        out.note_line(&format!(
            "left `{}` as it is: policyc did not make it",
            path.display()
        ));
    }
}
