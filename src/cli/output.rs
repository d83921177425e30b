//! Where and how the commands print: results to stdout, diagnostics to
//! stderr, colour only where wanted.

use std::io::{IsTerminal, Write};

use codespan_reporting::term::termcolor::{self, StandardStream, WriteColor};

use crate::diagnostic::Diagnostic;
use crate::report::{self, Format, Located, Tally};
use crate::source::SourceFile;

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The printing context of one run.
pub struct Output {
    /// The format chosen.
    pub format: Format,
    /// Whether to print nothing on success.
    pub quiet: bool,
    stderr: StandardStream,
    collected: Vec<Located>,
    /// The counts so far.
    pub tally: Tally,
}

impl Output {
    /// A context for the given options.
    pub fn new(format: Format, color: ColorChoice, quiet: bool) -> Self {
        let choice = match color {
            ColorChoice::Always => termcolor::ColorChoice::Always,
            ColorChoice::Never => termcolor::ColorChoice::Never,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                if std::io::stderr().is_terminal() && !no_color {
                    termcolor::ColorChoice::Auto
                } else {
                    termcolor::ColorChoice::Never
                }
            }
        };
        Self {
            format,
            quiet,
            stderr: StandardStream::stderr(choice),
            collected: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// Reports the diagnostics of one file (printed now for people,
    /// collected for JSON).
    pub fn diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        self.tally.add(diagnostics);
        for diagnostic in diagnostics {
            match self.format {
                Format::Human => {
                    let _ = report::render_to(&mut self.stderr, file, diagnostic);
                }
                Format::Json => self.collected.push(Located::new(file, diagnostic)),
            }
        }
    }

    /// A line for people on stderr, such as an I/O error.
    pub fn error_line(&mut self, message: &str) {
        let _ = self.stderr.set_color(
            termcolor::ColorSpec::new()
                .set_fg(Some(termcolor::Color::Red))
                .set_bold(true),
        );
        let _ = write!(self.stderr, "error");
        let _ = self.stderr.reset();
        let _ = writeln!(self.stderr, ": {message}");
    }

    /// A note for people on stderr, unless quiet.
    pub fn note_line(&mut self, message: &str) {
        if !self.quiet && self.format == Format::Human {
            let _ = writeln!(self.stderr, "note: {message}");
        }
    }

    /// A result line for people on stdout, unless quiet.
    pub fn result_line(&mut self, message: &str) {
        if !self.quiet && self.format == Format::Human {
            println!("{message}");
        }
    }

    /// Prints the JSON report, when that is the format.
    pub fn finish_json(&mut self) {
        if self.format == Format::Json {
            let mut stdout = std::io::stdout().lock();
            let _ = report::write_json(&mut stdout, self.tally, &self.collected);
        }
    }
}
