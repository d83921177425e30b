//! `policyc fmt [PATHS] [--check]`: the canonical layout.

use std::path::PathBuf;

use super::{EXIT_USAGE, Output};

/// Runs `policyc fmt`.
pub fn run(paths: &[PathBuf], check: bool, out: &mut Output) -> u8 {
    let _ = (paths, check);
    out.error_line("`policyc fmt` is not implemented yet");
    EXIT_USAGE
}
