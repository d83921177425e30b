//! `policyc completions SHELL` and `policyc man`: generated from the clap
//! definition, so they always match the command line.

use std::io::Write;

use super::Output;
use crate::driver::Outcome;

/// Prints the completion script for `shell` on stdout.
pub fn completions(shell: clap_complete::Shell, out: &mut Output) -> Outcome {
    let mut command = super::command();
    // Generated into memory first: clap_complete panics on a failed write
    // (a closed pipe), and policyc never panics.
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, "policyc", &mut buffer);
    print(&buffer, "completion script", out)
}

/// Prints the man page (roff) on stdout.
pub fn man(out: &mut Output) -> Outcome {
    let page = clap_mangen::Man::new(super::command());
    let mut buffer = Vec::new();
    if let Err(error) = page.render(&mut buffer) {
        out.error_line(&format!("cannot render the man page: {error}"));
        return Outcome::Usage;
    }
    print(&buffer, "man page", out)
}

fn print(bytes: &[u8], what: &str, out: &mut Output) -> Outcome {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Outcome::Clean,
        // The reader went away (`policyc man | head`): not an error.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Clean,
        Err(error) => {
            out.error_line(&format!("cannot print the {what}: {error}"));
            Outcome::Usage
        }
    }
}
