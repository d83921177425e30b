//! `policyc test [PATHS]`: run the policies' `test` blocks against their
//! compiled rule tables.

use std::path::PathBuf;

use super::Output;
use crate::driver::Outcome;
use crate::driver::test::{Summary, TestError};

/// Runs `policyc test`.
pub fn run(paths: &[PathBuf], max_file_size: usize, out: &mut Output) -> Outcome {
    let status = match crate::driver::test::run(paths, max_file_size, out) {
        Ok(summary) => report(summary, out),
        Err(TestError::Check(error)) => out.check_error(&error, "no test was run"),
        Err(error) => {
            out.problem(&error);
            error.outcome()
        }
    };
    out.finish(status);
    status
}

/// The closing line: how many tests ran, and how many failed.
fn report(summary: Summary, out: &mut Output) -> Outcome {
    let Summary {
        tests,
        expectations,
        failed,
    } = summary;
    let summary = format!(
        "{tests} test{}, {expectations} expectation{}",
        if tests == 1 { "" } else { "s" },
        if expectations == 1 { "" } else { "s" }
    );
    if failed > 0 {
        out.failure(&format!("{summary}: {failed} failed"));
        Outcome::Problems
    } else {
        out.result_line(&format!("ok: {summary}, all hold"));
        Outcome::Clean
    }
}
