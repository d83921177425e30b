//! `policyc check [PATHS]`: parse and check, report every problem.

use std::path::{Path, PathBuf};

use super::Output;
use crate::driver::Outcome;
use crate::driver::check::load_and_check_with;
use crate::readability::TextThresholds;

/// Runs `policyc check`, judging the text against the `[text]`
/// thresholds of `policyc.toml`, and each policy against the edition
/// released before it in the history in `out_dir`.
pub fn run(
    paths: &[PathBuf],
    max_file_size: usize,
    text: &TextThresholds,
    out_dir: &Path,
    out: &mut Output,
) -> Outcome {
    let status = match load_and_check_with(paths, max_file_size, text, Some(out_dir), out) {
        Ok(results) => {
            let policies = results.len();
            if out.fails() {
                let failure = format!(
                    "{} in {}{}",
                    out.tally.describe(),
                    files(out.tally.files),
                    out.denied_note()
                );
                out.failure(&failure);
                Outcome::Problems
            } else {
                let warnings = if out.tally.warnings > 0 {
                    format!(" ({})", out.tally.describe())
                } else {
                    String::new()
                };
                let plural = if policies == 1 { "policy" } else { "policies" };
                out.result_line(&format!("ok: {policies} {plural} checked{warnings}"));
                Outcome::Clean
            }
        }
        Err(error) => out.check_error(&error, "nothing was checked"),
    };
    out.finish(status);
    status
}

fn files(n: usize) -> String {
    if n == 1 {
        "1 file".to_owned()
    } else {
        format!("{n} files")
    }
}
