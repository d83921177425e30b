//! `policyc preview [PATH] [--port N]`: the local page for authors, until
//! the process is stopped.

use std::io::Write;

use super::Output;
use crate::driver::Outcome;
use crate::preview::{Options, Preview};

/// Runs `policyc preview`: prints the page's address, then serves it.
pub fn run(options: Options, out: &mut Output) -> Outcome {
    let shown: Vec<String> = options
        .inputs
        .paths
        .iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    match Preview::start(options) {
        Ok(preview) => {
            let mut stdout = std::io::stdout().lock();
            // The address is the one thing a script waits for, so it goes
            // out at once.
            super::output::reader_gone(
                writeln!(
                    stdout,
                    "Previewing {} at {} (Ctrl-C to stop)",
                    shown.join(", "),
                    preview.url()
                )
                .and_then(|()| stdout.flush()),
            );
            drop(stdout);
            preview.serve();
            Outcome::Clean
        }
        Err(error) => {
            out.problem(&error);
            out.finish(Outcome::Usage);
            Outcome::Usage
        }
    }
}
