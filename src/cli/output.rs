//! Where and how the commands print: results to stdout, diagnostics to
//! stderr, colour only where wanted.
//!
//! Every command that reports diagnostics goes through [`Output`], so each
//! format works the same for all of them:
//!
//! - `human`: diagnostics rendered with source excerpts on stderr, results on stdout;
//! - `json`: one JSON document on stdout when the run finishes;
//! - `github`: one workflow command per diagnostic on stdout, as it is found;
//! - `sarif`: one SARIF 2.1.0 log on stdout when the run finishes.
//!
//! A command reports with [`Output::diagnostics`], [`Output::error_line`]
//! (a problem with no place in a file), [`Output::failure`] (the closing
//! summary of a failed run), [`Output::note_line`] and
//! [`Output::result_line`], asks [`Output::fails`] whether the run failed,
//! and ends with [`Output::finish`].

use std::io::{IsTerminal, Write};

use codespan_reporting::term::termcolor::{self, BufferedStandardStream, WriteColor};

use crate::codes::Code;
use crate::config::Lints;
use crate::diagnostic::{Diagnostic, MAX_KEPT, Omitted, Severity};
use crate::driver::check::CheckError;
use crate::driver::{Outcome, Problem, Sink};
use crate::report::sarif::{self, Notification};
use crate::report::{self, Finding, Format, Located, Tally, github};
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

impl ColorChoice {
    /// The choice for one stream: `auto` colours a terminal, unless
    /// `NO_COLOR` is set to something.
    pub fn resolve(self, terminal: bool) -> termcolor::ColorChoice {
        match self {
            ColorChoice::Always => termcolor::ColorChoice::Always,
            ColorChoice::Never => termcolor::ColorChoice::Never,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                if terminal && !no_color {
                    termcolor::ColorChoice::Auto
                } else {
                    termcolor::ColorChoice::Never
                }
            }
        }
    }
}

/// The printing context of one run.
pub struct Output {
    /// The format chosen.
    pub format: Format,
    /// Whether to print only errors: no warnings that do not fail the
    /// run, notes or results for people.
    pub quiet: bool,
    /// Buffered: thousands of diagnostics are written in few system calls.
    /// Flushed when the run finishes and when the output is dropped.
    stderr: BufferedStandardStream,
    findings: Vec<Finding>,
    notifications: Vec<Notification>,
    lints: Lints,
    /// How many diagnostics to print for people (0: all); the rest are counted.
    max_shown: usize,
    shown: usize,
    /// Whether the closing "… and N more" line has been printed.
    told_omitted: bool,
    /// The counts so far (allowed warnings are not counted).
    pub tally: Tally,
}

impl Output {
    /// A context for the given options.
    pub fn new(format: Format, color: ColorChoice, quiet: bool) -> Self {
        let choice = color.resolve(std::io::stderr().is_terminal());
        Self {
            format,
            quiet,
            stderr: BufferedStandardStream::stderr(choice),
            findings: Vec::new(),
            notifications: Vec::new(),
            lints: Lints::default(),
            max_shown: 0,
            shown: 0,
            told_omitted: false,
            tally: Tally::default(),
        }
    }

    /// Prints at most `max` diagnostics for people (human and GitHub
    /// formats; 0 means all). The others are still counted in the summary,
    /// and JSON and SARIF always carry every one.
    pub fn set_max_shown(&mut self, max: usize) {
        self.max_shown = max;
    }

    /// Whether one more diagnostic may be printed for people; says once
    /// when the limit is reached.
    fn may_show(&mut self) -> bool {
        if self.max_shown == 0 || self.shown < self.max_shown {
            self.shown += 1;
            return true;
        }
        if self.shown == self.max_shown {
            self.shown += 1;
            let message = format!(
                "note: only the first {} diagnostics are shown; the others are counted below (--max-diagnostics 0 shows the {MAX_KEPT} kept of each policy)",
                self.max_shown
            );
            reader_gone(writeln!(self.stderr, "{message}"));
        }
        false
    }

    /// Sets which warnings are allowed and whether warnings fail the run.
    pub fn set_lints(&mut self, lints: Lints) {
        self.lints = lints;
    }

    /// The lint settings in force.
    pub fn lints(&self) -> &Lints {
        &self.lints
    }

    /// Reports the diagnostics of one file: printed now for people and for
    /// GitHub, collected for JSON and SARIF. Allowed warnings are dropped,
    /// neither printed nor counted.
    pub fn diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        let kept: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.is_error() || !self.lints.allows_in(d.code, &file.path))
            .cloned()
            .collect();
        self.tally.add(&kept);
        for diagnostic in &kept {
            if self.hides(diagnostic.severity()) {
                continue;
            }
            let listed = match self.format {
                Format::Human | Format::Markdown | Format::Github => self.may_show(),
                // The documents are written at the end: a run over many
                // broken files holds at most this many findings.
                Format::Json | Format::Sarif => self.findings.len() < MAX_KEPT,
            };
            if !listed {
                self.tally.omitted += 1;
                continue;
            }
            match self.format {
                Format::Human | Format::Markdown => {
                    reader_gone(report::render_to(&mut self.stderr, file, diagnostic));
                }
                Format::Github => {
                    stdout_line(&github::annotation(&Located::new(file, diagnostic)));
                }
                Format::Json | Format::Sarif => self.findings.push(Finding::new(file, diagnostic)),
            }
        }
    }

    /// Counts the diagnostics a policy found but did not keep: they add to
    /// the errors and warnings of the summary (allowed warnings aside) and
    /// to the "… and N more" line.
    pub fn omitted(&mut self, omitted: &Omitted) {
        for (code, severity, n) in omitted.iter() {
            if severity == Severity::Error || !self.lints.allows(code) {
                self.tally.add_omitted(severity, n);
            }
        }
    }

    /// Says, once, how many diagnostics were counted but not listed: a
    /// note for people, a notice for GitHub, a notification in SARIF (the
    /// JSON document has its `omitted` member).
    fn tell_omitted(&mut self) {
        if self.told_omitted || self.tally.omitted == 0 {
            return;
        }
        self.told_omitted = true;
        let message = format!(
            "… and {} more diagnostics, counted in the summary but not listed (at most {MAX_KEPT} are kept per policy)",
            self.tally.omitted
        );
        match self.format {
            Format::Human | Format::Markdown => {
                reader_gone(writeln!(self.stderr, "note: {message}"));
            }
            Format::Github => stdout_line(&github::notice(&message)),
            Format::Sarif => self.notifications.push(Notification {
                severity: Severity::Warning,
                message,
            }),
            Format::Json => {}
        }
    }

    /// Whether a diagnostic of this severity is left out of what people
    /// read: under `--quiet`, a warning that does not fail the run (it is
    /// still counted, and JSON and SARIF still carry it, being results).
    fn hides(&self, severity: Severity) -> bool {
        self.quiet
            && severity == Severity::Warning
            && !self.lints.deny_warnings
            && matches!(
                self.format,
                Format::Human | Format::Github | Format::Markdown
            )
    }

    /// Whether the run has failed so far: an error, or a warning under
    /// `--deny-warnings`.
    pub fn fails(&self) -> bool {
        self.tally.errors > 0 || (self.lints.deny_warnings && self.tally.warnings > 0)
    }

    /// What failed, for a closing line: `2 errors and 1 warning`, or
    /// `1 warning (--deny-warnings: warnings fail the run)`.
    pub fn describe_failure(&self) -> String {
        format!("{}{}", self.tally.describe(), self.denied_note())
    }

    /// ` (--deny-warnings: warnings fail the run)` when only warnings made
    /// the run fail, or nothing.
    pub fn denied_note(&self) -> &'static str {
        if self.tally.errors == 0 && self.lints.deny_warnings && self.tally.warnings > 0 {
            " (--deny-warnings: warnings fail the run)"
        } else {
            ""
        }
    }

    /// A problem that has no place in a file, such as an I/O error or a
    /// stale generated file: a line for people on stderr, an annotation
    /// for GitHub, a notification in SARIF.
    pub fn error_line(&mut self, message: &str) {
        match self.format {
            Format::Github => stdout_line(&github::unlocated(Severity::Error, message)),
            Format::Sarif => {
                self.notifications.push(Notification {
                    severity: Severity::Error,
                    message: message.to_owned(),
                });
                self.stderr_error(message);
            }
            Format::Human | Format::Json | Format::Markdown => self.stderr_error(message),
        }
    }

    /// A problem with a code but no place in a file, such as a link in the
    /// output directory: `error[CODE]: message` with its help for people,
    /// an annotation for GitHub, a notification in SARIF.
    pub fn coded_error(&mut self, code: Code, message: &str, help: Option<&str>) {
        let severity = code.severity();
        let label = if severity == Severity::Error {
            "error"
        } else {
            "warning"
        };
        if self.hides(severity) {
            self.tally.warnings += 1;
            return;
        }
        match self.format {
            Format::Github => {
                let mut line = format!("{code}: {message}");
                if let Some(help) = help {
                    line.push_str(&format!(" (help: {help})"));
                }
                stdout_line(&github::unlocated(severity, &line));
            }
            Format::Sarif => {
                self.notifications.push(Notification {
                    severity,
                    message: format!("{code}: {message}"),
                });
                self.coded_line(label, code, message, help);
            }
            Format::Human | Format::Json | Format::Markdown => {
                self.coded_line(label, code, message, help);
            }
        }
        if severity == Severity::Error {
            self.tally.errors += 1;
        } else {
            self.tally.warnings += 1;
        }
    }

    fn coded_line(&mut self, label: &str, code: Code, message: &str, help: Option<&str>) {
        self.labelled_line(&format!("{label}[{code}]"), message);
        if let Some(help) = help {
            reader_gone(writeln!(self.stderr, "  = help: {help}"));
        }
    }

    /// The closing summary of a failed run, such as `2 errors in 1 file`:
    /// a line on stderr in every format (it is not a problem of its own,
    /// so it is neither an annotation nor a notification).
    pub fn failure(&mut self, message: &str) {
        self.tell_omitted();
        self.stderr_error(message);
    }

    fn stderr_error(&mut self, message: &str) {
        self.labelled_line("error", message);
    }

    /// `label: message` on stderr, the label in bold red where colour is on.
    fn labelled_line(&mut self, label: &str, message: &str) {
        let stderr = &mut self.stderr;
        let mut line = || {
            stderr.set_color(
                termcolor::ColorSpec::new()
                    .set_fg(Some(termcolor::Color::Red))
                    .set_bold(true),
            )?;
            write!(stderr, "{label}")?;
            stderr.reset()?;
            writeln!(stderr, ": {message}")
        };
        reader_gone(line());
    }

    /// Whether lines for people are printed: human, GitHub (a CI log is
    /// read by people) and Markdown output, unless quiet.
    fn chatty(&self) -> bool {
        !self.quiet
            && matches!(
                self.format,
                Format::Human | Format::Github | Format::Markdown
            )
    }

    /// A note for people on stderr, unless quiet.
    pub fn note_line(&mut self, message: &str) {
        if self.chatty() {
            reader_gone(writeln!(self.stderr, "note: {message}"));
        }
    }

    /// A result line for people on stdout, unless quiet.
    pub fn result_line(&mut self, message: &str) {
        if self.chatty() {
            stdout_line(message);
        }
    }

    /// Prints the collected report, when the format has one: the JSON
    /// document or the SARIF log. `status` is the run's exit status (a
    /// usage or I/O error marks the SARIF invocation as unsuccessful).
    pub fn finish(&mut self, status: Outcome) {
        self.finish_with(status, serde_json::Map::new());
    }

    /// Like [`Output::finish`], with a command's own results: extra
    /// top-level members of the JSON document, or the property bag of the
    /// SARIF run.
    pub fn finish_with(
        &mut self,
        status: Outcome,
        extra: serde_json::Map<String, serde_json::Value>,
    ) {
        self.tell_omitted();
        let mut stdout = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                let located: Vec<Located> =
                    self.findings.iter().map(|f| f.located.clone()).collect();
                if extra.is_empty() {
                    reader_gone(report::write_json(&mut stdout, self.tally, &located));
                } else {
                    reader_gone(write_json_with(&mut stdout, self.tally, &located, extra));
                }
            }
            Format::Sarif => {
                let extra = (!extra.is_empty()).then_some(extra);
                let log = sarif::log(
                    &self.findings,
                    &self.notifications,
                    status != Outcome::Usage,
                    extra,
                );
                reader_gone(sarif::write(&mut stdout, &log));
            }
            Format::Human | Format::Github | Format::Markdown => {}
        }
    }
}

impl Output {
    /// Reports a problem with no place in a file: `error[CODE]` with its
    /// help when it has a code, an error line when not.
    pub fn problem(&mut self, problem: &dyn Problem) {
        match problem.code() {
            Some(code) => self.coded_error(code, &problem.to_string(), problem.help().as_deref()),
            None => self.error_line(&problem.to_string()),
        }
    }

    /// Reports why the policies could not be loaded or did not check
    /// clean (each file that cannot be read, and each diagnostic, was
    /// reported as it was met), closing a failed run with what it could
    /// not do (`nothing was written`); returns the run's outcome.
    pub fn check_error(&mut self, error: &CheckError, not_done: &str) -> Outcome {
        match error {
            CheckError::Discover(error) => self.problem(error),
            CheckError::Unreadable => {}
            CheckError::Failed => {
                let failure = format!("{}; {not_done}", self.describe_failure());
                self.failure(&failure);
            }
        }
        error.outcome()
    }
}

impl Sink for Output {
    fn diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        Output::diagnostics(self, file, diagnostics);
    }

    fn more_diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        Output::diagnostics(self, file, diagnostics);
        // The file was counted when it was first reported.
        self.tally.files = self.tally.files.saturating_sub(1);
    }

    fn omitted(&mut self, omitted: &Omitted) {
        Output::omitted(self, omitted);
    }

    fn note(&mut self, message: &str) {
        self.note_line(message);
    }

    fn problem(&mut self, problem: &dyn Problem) {
        Output::problem(self, problem);
    }

    fn fails(&self) -> bool {
        Output::fails(self)
    }
}

/// Prints a line on stdout.
pub(super) fn stdout_line(line: &str) {
    let mut stdout = std::io::stdout().lock();
    reader_gone(writeln!(stdout, "{line}"));
}

/// Prints `text` as it is on stdout: a command's whole result, such as a
/// listing or a document, where a reader that went away (`policyc explain
/// | head`) must not make `print!` panic.
pub(super) fn stdout_text(text: &str) {
    let mut stdout = std::io::stdout().lock();
    reader_gone(
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush()),
    );
}

/// What a write to stdout or stderr returned. A reader that went away
/// (`policyc … | head`, a closed stderr) is no reason to fail a run, nor
/// to stop it: what it no longer reads is dropped, and the exit status
/// still says how the run ended. There is nothing to report the failure
/// on: the stream that failed is the report.
pub(super) fn reader_gone<E>(_unread: Result<(), E>) {}

fn write_json_with(
    out: &mut dyn Write,
    tally: Tally,
    located: &[Located],
    extra: serde_json::Map<String, serde_json::Value>,
) -> std::io::Result<()> {
    let report = report::JsonReport {
        tally,
        diagnostics: located,
    };
    let mut value = serde_json::to_value(&report)?;
    if let Some(object) = value.as_object_mut() {
        object.extend(extra);
    }
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
}
