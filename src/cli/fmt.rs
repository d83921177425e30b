//! `policyc fmt [PATHS] [--check]`: the canonical layout.

use std::path::PathBuf;

use super::{Output, stdout_text};
use crate::driver::Outcome;
use crate::driver::fmt::{FmtFileError, Formatted, format_file};
use crate::source::{self, SourceFile};

/// The policy files found, each followed by its translation files.
fn with_translations(policies: Vec<source::Found>) -> Vec<source::Found> {
    let mut all = Vec::with_capacity(policies.len());
    for found in policies {
        let translations = crate::translate::beside(&found.path);
        let (root, walked) = (found.root.clone(), found.walked);
        all.push(found);
        all.extend(translations.into_iter().map(|(_, path)| source::Found {
            path,
            root: root.clone(),
            walked,
        }));
    }
    all
}

/// Runs `policyc fmt`: rewrites each file that is not in the canonical
/// layout (atomically), or with `check` only names them with a diff.
pub fn run(paths: &[PathBuf], check: bool, out: &mut Output) -> Outcome {
    let found = match source::discover(paths) {
        Ok(found) => with_translations(found),
        Err(error) => {
            out.problem(&error);
            return Outcome::Usage;
        }
    };
    let mut status = Outcome::Clean;
    let (mut changed, mut total) = (0, 0);
    for found in &found {
        match format_file(found, check, out) {
            Ok(Formatted::Unchanged) => total += 1,
            Ok(Formatted::Rewritten) => {
                total += 1;
                changed += 1;
            }
            Ok(Formatted::Differs { file, formatted }) => {
                total += 1;
                changed += 1;
                out.error_line(&format!("`{}` is not formatted", file.display_name()));
                stdout_text(&unified_diff(&file, &formatted));
                status = status.max(Outcome::Problems);
            }
            Err(error) => {
                total += usize::from(error.was_read());
                // A refused file's diagnostic says it all.
                if !matches!(error, FmtFileError::Refused) {
                    out.problem(&error);
                }
                status = status.max(error.outcome());
            }
        }
    }
    let files = if total == 1 { "file" } else { "files" };
    match (check, changed) {
        _ if status != Outcome::Clean => {}
        (_, 0) => out.result_line(&format!("ok: {total} {files} formatted")),
        (false, n) => out.result_line(&format!("formatted {n} of {total} {files}")),
        (true, _) => {}
    }
    status
}

/// A unified diff of the file against its formatted text.
fn unified_diff(file: &SourceFile, formatted: &str) -> String {
    let name = file.display_name();
    similar::TextDiff::from_lines(file.text.as_str(), formatted)
        .unified_diff()
        .context_radius(2)
        .header(&name, &format!("{name} (formatted)"))
        .to_string()
}
