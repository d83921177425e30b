//! `policyc import fides FILE [--out FILE.policy]`: a fideslang manifest as
//! a starting policy.

use std::path::Path;

use super::{Output, stdout_text};
use crate::driver::Outcome;
use crate::driver::fides::{self, FidesError};
use crate::model::Date;

/// Runs `policyc import fides`.
pub fn fides(
    manifest: &Path,
    out_file: Option<&Path>,
    effective: Date,
    max_file_size: usize,
    out: &mut Output,
) -> Outcome {
    let status = match import(manifest, out_file, effective, max_file_size, out) {
        Ok(status) => status,
        Err(error) => {
            if !matches!(error, FidesError::NotImported) {
                out.problem(&error);
            }
            error.outcome()
        }
    };
    out.finish(status);
    status
}

fn import(
    manifest: &Path,
    out_file: Option<&Path>,
    effective: Date,
    max_file_size: usize,
    out: &mut Output,
) -> Result<Outcome, FidesError> {
    if let Some(path) = out_file.filter(|p| p.exists()) {
        return Err(FidesError::Exists {
            path: path.to_owned(),
        });
    }
    let policy = fides::import(manifest, max_file_size, effective, out)?;
    match out_file {
        Some(path) => {
            fides::write_whole(path, &policy)?;
            out.result_line(&format!(
                "ok: {} imported to {}; complete it where the warnings say, then run `policyc check`",
                manifest.display(),
                path.display()
            ));
        }
        None => stdout_text(&policy),
    }
    Ok(Outcome::Clean)
}

/// A date given as `--effective`.
pub fn date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("`{text}` is not a date: write YYYY-MM-DD"))
}
