//! The library driver: the work of each command, as functions the command
//! line (`src/cli/`) calls once it has parsed its arguments.
//!
//! A driver function reports what it finds in the policies (diagnostics,
//! notes, problems with no place in a file) through a [`Sink`], as it
//! finds them, and returns its result or a typed error. It never prints
//! and never chooses an exit status: the command line owns the formats
//! (through its `Output`, which implements [`Sink`]) and maps the
//! [`Outcome`] of a run onto the process's exit status in one place.

pub mod build;
pub mod check;
pub mod diff;
pub mod fides;
pub mod fmt;
pub mod git;
pub mod query;
pub mod release;
pub mod signatures;
pub mod test;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Omitted};
use crate::source::SourceFile;

/// How a run ended, from which the command line takes its exit status
/// (README, "Exit status"). Ordered from the best to the worst, so that a
/// run that met several takes the worst with `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// No error (warnings allowed): exit status 0.
    Clean,
    /// The policies have errors, or a check failed: exit status 1.
    Problems,
    /// A usage or I/O error: exit status 2.
    Usage,
}

impl Outcome {
    /// The process's exit status: the one place where an outcome becomes a
    /// number.
    pub fn status(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::Problems => 1,
            Outcome::Usage => 2,
        }
    }
}

impl From<Outcome> for std::process::ExitCode {
    fn from(outcome: Outcome) -> Self {
        std::process::ExitCode::from(outcome.status())
    }
}

/// Where the driver reports what it finds, as it finds it, so that a run
/// over many files shows each file's diagnostics as soon as they are known.
pub trait Sink {
    /// Reports diagnostics whose spans are in `file`.
    fn diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]);
    /// Reports more diagnostics of a file already reported: counted, but
    /// the file is not counted again.
    fn more_diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]);
    /// Counts the diagnostics a policy found but did not keep.
    fn omitted(&mut self, omitted: &Omitted);
    /// A note for people, such as a file left alone.
    fn note(&mut self, message: &str);
    /// A problem that has no place in a file, such as a file that cannot
    /// be read; the run goes on, and its result says whether it failed.
    fn problem(&mut self, problem: &dyn Problem);
    /// Whether what was reported so far fails the run: an error, or a
    /// warning the sink's lint settings deny.
    fn fails(&self) -> bool;
}

/// A problem with no place in a file, as the driver reports it: its
/// message (`Display`, in the diagnostics' style: what is wrong, then the
/// fix) and, when the author can fix it, its code and help.
pub trait Problem: std::fmt::Display {
    /// The diagnostic code, when the problem is the author's to fix; none
    /// for a failing disk or a usage error.
    fn code(&self) -> Option<Code> {
        None
    }
    /// How to fix it, when the message does not say.
    fn help(&self) -> Option<String> {
        None
    }
}

// Declared here, not beside the error: finding files is below the driver,
// and depends on nothing of it.
impl Problem for crate::source::DiscoverError {}

#[cfg(test)]
mod tests {
    use super::Outcome;

    /// The README's exit statuses, and the order `max` takes the worst by.
    #[test]
    fn outcomes_are_the_documented_statuses_best_first() {
        let all = [Outcome::Clean, Outcome::Problems, Outcome::Usage];
        assert_eq!(all.map(Outcome::status), [0, 1, 2]);
        assert!(all.is_sorted());
        assert_eq!(Outcome::Problems.max(Outcome::Usage), Outcome::Usage);
    }
}
