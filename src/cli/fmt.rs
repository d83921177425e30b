//! `policyc fmt [PATHS] [--check]`: the canonical layout.

use std::path::PathBuf;

use super::Output;
use crate::driver::Outcome;
use crate::fmt::{FmtError, format};
use crate::source::{self, DEFAULT_MAX_FILE_SIZE, SourceFile};

/// Runs `policyc fmt`: rewrites each file that is not in the canonical
/// layout (atomically), or with `check` only names them with a diff.
pub fn run(paths: &[PathBuf], check: bool, out: &mut Output) -> Outcome {
    let found = match source::discover(paths) {
        Ok(found) => found,
        Err(error) => {
            out.problem(&error);
            return Outcome::Usage;
        }
    };
    let mut status = Outcome::Clean;
    let (mut changed, mut total) = (0, 0);
    for source::Found { path, root, .. } in found {
        let (file, load_diag) = match SourceFile::load_in(&path, &root, DEFAULT_MAX_FILE_SIZE) {
            Ok(loaded) => loaded,
            Err(error) => {
                out.error_line(&format!("cannot read `{}`: {error}", path.display()));
                status = Outcome::Usage;
                continue;
            }
        };
        total += 1;
        if let Some(diag) = load_diag {
            out.diagnostics(&file, &[diag]);
            status = status.max(Outcome::Problems);
            continue;
        }
        let formatted = match format(&file.text) {
            Ok(formatted) => formatted,
            Err(FmtError::Syntax(diagnostics)) => {
                out.diagnostics(&file, &diagnostics);
                out.error_line(&format!(
                    "`{}` does not parse; it was not formatted",
                    file.display_name()
                ));
                status = status.max(Outcome::Problems);
                continue;
            }
            Err(FmtError::WouldChangeMeaning) => {
                out.error_line(&format!(
                    "formatting `{}` would change its meaning, so it was left as it is; this is a bug in policyc fmt, please report it with the file",
                    file.display_name()
                ));
                status = status.max(Outcome::Problems);
                continue;
            }
        };
        if formatted == file.text {
            continue;
        }
        changed += 1;
        if check {
            out.error_line(&format!("`{}` is not formatted", file.display_name()));
            print!("{}", unified_diff(&file, &formatted));
            status = status.max(Outcome::Problems);
        } else if let Err(error) = crate::build::write_atomically(&path, formatted.as_bytes()) {
            out.error_line(&format!("cannot write `{}`: {error}", path.display()));
            status = Outcome::Usage;
        }
    }
    let files = if total == 1 { "file" } else { "files" };
    match (check, changed) {
        (_, 0) if status == Outcome::Clean => {
            out.result_line(&format!("ok: {total} {files} formatted"))
        }
        (false, n) if status == Outcome::Clean => {
            out.result_line(&format!("formatted {n} of {total} {files}"))
        }
        _ => {}
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
