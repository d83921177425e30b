//! `policyc check [PATHS]`: parse and check, report every problem.

use std::path::PathBuf;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Output};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::source::{self, SourceFile};
use crate::span::Span;

/// One file read and checked.
pub struct CheckedFile {
    /// The source.
    pub file: SourceFile,
    /// The result of checking it.
    pub checked: crate::check::Checked,
}

/// Reads and checks every policy named by `paths`. Diagnostics are
/// reported through `out`; expected-failure examples found by walking a
/// directory are checked but their errors are not counted. Returns the
/// files that checked (with or without errors), or the exit status of an
/// I/O or usage error.
pub fn load_and_check(
    paths: &[PathBuf],
    max_file_size: usize,
    out: &mut Output,
) -> Result<Vec<CheckedFile>, u8> {
    let found = match source::discover(paths) {
        Ok(found) => found,
        Err(message) => {
            out.error_line(&message);
            return Err(EXIT_USAGE);
        }
    };
    let mut results = Vec::new();
    let mut io_failed = false;
    for (path, found_by_walk) in found {
        let (mut file, load_diag) = match SourceFile::load(&path, max_file_size) {
            Ok(loaded) => loaded,
            Err(error) => {
                out.error_line(&format!("cannot read `{}`: {error}", path.display()));
                io_failed = true;
                continue;
            }
        };
        file.found_by_walk = found_by_walk;
        let checked = match load_diag {
            Some(diag) => crate::check::Checked {
                policy: None,
                diagnostics: vec![diag],
            },
            None => crate::check_source(&file.text),
        };
        if found_by_walk && file.expects_errors() {
            expected_failure(&file, &checked, out);
        } else {
            out.diagnostics(&file, &checked.diagnostics);
            results.push(CheckedFile { file, checked });
        }
    }
    if io_failed {
        return Err(EXIT_USAGE);
    }
    Ok(results)
}

fn expected_failure(file: &SourceFile, checked: &crate::check::Checked, out: &mut Output) {
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        let plural = if errors == 1 { "" } else { "s" };
        out.note_line(&format!(
            "{}: {errors} error{plural}, as expected (marked `{}`)",
            file.display_name(),
            source::EXPECT_ERRORS_MARKER
        ));
        return;
    }
    let at = file.text.find(source::EXPECT_ERRORS_MARKER).unwrap_or(0);
    let diag = Diagnostic::error(
        Code::Syntax,
        Span::new(at, at + source::EXPECT_ERRORS_MARKER.len()),
        "this example is marked as expected to fail, but it checks clean",
    )
    .label("remove this marker")
    .help("an expected-failure example must keep showing its errors");
    out.diagnostics(file, &[diag]);
}

/// Runs `policyc check`.
pub fn run(paths: &[PathBuf], max_file_size: usize, out: &mut Output) -> u8 {
    let status = match load_and_check(paths, max_file_size, out) {
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
                EXIT_PROBLEMS
            } else {
                let warnings = if out.tally.warnings > 0 {
                    format!(" ({})", out.tally.describe())
                } else {
                    String::new()
                };
                let plural = if policies == 1 { "policy" } else { "policies" };
                out.result_line(&format!("ok: {policies} {plural} checked{warnings}"));
                EXIT_OK
            }
        }
        Err(status) => status,
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
