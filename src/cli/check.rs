//! `policyc check [PATHS]`: parse and check, report every problem.

use std::collections::HashSet;
use std::path::PathBuf;

use super::Output;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::driver::Outcome;
use crate::load::{self, Loaded};
use crate::source::{self, SourceFile};
use crate::span::Span;

/// One policy read (with the files it includes) and checked. Each part is
/// held once: a large policy's text and model are not copied.
pub struct CheckedFile {
    /// The result of checking it; spans are in the policy's span space.
    pub checked: crate::check::Checked,
    /// Every file of the policy, to place diagnostics; its own `checked`
    /// is empty, moved into the field above.
    pub loaded: Loaded,
}

impl CheckedFile {
    /// The policy's own file.
    pub fn file(&self) -> Option<&SourceFile> {
        self.loaded.main()
    }

    /// Reports diagnostics whose spans are in this policy's span space,
    /// each in the file it points into.
    pub fn report(&self, diagnostics: &[Diagnostic], out: &mut Output) {
        report_loaded(&self.loaded, diagnostics, out);
    }
}

fn report_loaded(loaded: &Loaded, diagnostics: &[Diagnostic], out: &mut Output) {
    for (index, (file, local)) in loaded.localize(diagnostics).into_iter().enumerate() {
        // The policy's own file always counts; an included file only
        // when something in it is reported.
        if index == 0 || !local.is_empty() {
            out.diagnostics(file, &local);
        }
    }
}

/// Reads and checks every policy named by `paths`. Diagnostics are
/// reported through `out`; expected-failure examples found by walking a
/// directory are checked but their errors are not counted, and files that
/// another policy found by the walk includes are checked only as part of
/// it. Returns the policies that were read (with or without errors), or
/// the exit status of an I/O or usage error.
pub fn load_and_check(
    paths: &[PathBuf],
    max_file_size: usize,
    out: &mut Output,
) -> Result<Vec<CheckedFile>, Outcome> {
    let found = match source::discover(paths) {
        Ok(found) => found,
        Err(message) => {
            out.error_line(&message);
            return Err(Outcome::Usage);
        }
    };
    let mut loaded_all = Vec::new();
    let mut io_failed = false;
    for found in found {
        match load::load(&found.path, &found.root, max_file_size) {
            Ok(loaded) => loaded_all.push((found, loaded)),
            Err(error) => {
                out.error_line(&format!("cannot read `{}`: {error}", found.path.display()));
                io_failed = true;
            }
        }
    }
    let included: HashSet<PathBuf> = loaded_all
        .iter()
        .flat_map(|(_, l)| l.included_paths())
        .collect();
    let mut results = Vec::new();
    for (found, mut loaded) in loaded_all {
        let Some(file) = loaded.files.first_mut().map(|f| &mut f.file) else {
            continue;
        };
        if found.walked
            && found
                .path
                .canonicalize()
                .is_ok_and(|p| included.contains(&p))
        {
            continue;
        }
        file.found_by_walk = found.walked;
        let checked = std::mem::take(&mut loaded.checked);
        if found.walked && file.expects_errors() {
            expected_failure(file, &checked, out);
        } else {
            report_loaded(&loaded, &checked.diagnostics, out);
            out.omitted(&checked.omitted);
            results.push(CheckedFile { checked, loaded });
        }
    }
    if io_failed {
        return Err(Outcome::Usage);
    }
    Ok(results)
}

fn expected_failure(file: &SourceFile, checked: &crate::check::Checked, out: &mut Output) {
    let errors =
        checked.diagnostics.iter().filter(|d| d.is_error()).count() + checked.omitted.errors();
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
    let diag = Diagnostic::new(
        Code::ExpectedFailureChecksClean,
        Span::new(at, at + source::EXPECT_ERRORS_MARKER.len()),
        "this example is marked as expected to fail, but it checks clean",
    )
    .label("remove this marker")
    .help("an expected-failure example must keep showing its errors");
    out.diagnostics(file, &[diag]);
}

/// Runs `policyc check`.
pub fn run(paths: &[PathBuf], max_file_size: usize, out: &mut Output) -> Outcome {
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
