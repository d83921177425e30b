//! `policyc export fides [PATHS] [--out FILE]`: each policy as a fideslang
//! manifest.

use std::path::{Path, PathBuf};

use super::{Output, stdout_text};
use crate::driver::Outcome;
use crate::driver::fides::{self, FidesError};

/// Runs `policyc export fides`.
pub fn fides(
    paths: &[PathBuf],
    out_file: Option<&Path>,
    max_file_size: usize,
    out: &mut Output,
) -> Outcome {
    let status = match export(paths, out_file, max_file_size, out) {
        Ok(status) => status,
        Err(FidesError::Check(error)) => out.check_error(&error, "nothing was exported"),
        Err(error) => {
            out.problem(&error);
            error.outcome()
        }
    };
    out.finish(status);
    status
}

fn export(
    paths: &[PathBuf],
    out_file: Option<&Path>,
    max_file_size: usize,
    out: &mut Output,
) -> Result<Outcome, FidesError> {
    let manifests = fides::export(paths, max_file_size, out)?;
    match (out_file, manifests.as_slice()) {
        (Some(path), [one]) => {
            fides::write_whole(path, &one.yaml)?;
            out.result_line(&format!("ok: `{}` exported to {}", one.id, path.display()));
        }
        (Some(_), several) => {
            return Err(FidesError::SeveralPolicies {
                count: several.len(),
            });
        }
        // Several manifests on stdout are several YAML documents.
        (None, all) => {
            let documents: Vec<&str> = all.iter().map(|m| m.yaml.as_str()).collect();
            stdout_text(&documents.join("---\n"));
        }
    }
    Ok(Outcome::Clean)
}
