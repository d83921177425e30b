//! `policyc lsp`: the language server, over stdio, until the editor says
//! `exit`.

use super::Output;
use crate::driver::Outcome;

/// Serves the editor; a broken connection is a usage error, printed on
/// stderr (stdout is the protocol's).
pub fn run(max_file_size: usize, out: &mut Output) -> Outcome {
    match crate::lsp::run_stdio(max_file_size) {
        Ok(()) => Outcome::Clean,
        Err(error) => {
            out.problem(&error);
            Outcome::Usage
        }
    }
}
