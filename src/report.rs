//! Rendering diagnostics: for people (codespan-reporting) and for tools (JSON).
//!
//! The only place that prints diagnostics, so every command reports the same
//! way; [`github`] and [`sarif`] are the other formats, [`diff`] the
//! report of `policyc diff` in each of them, and [`changelog`] the
//! changelog and diff pages a build derives from the history.

use std::io::Write;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files;
use codespan_reporting::term::{self, Config, termcolor::WriteColor};
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

pub mod changelog;
pub mod diff;
pub mod github;
pub mod sarif;
pub mod translated;

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// For people: source excerpts, labels and help.
    #[default]
    Human,
    /// For tools: one JSON document on standard output.
    Json,
    /// For GitHub Actions: one workflow command per diagnostic
    /// (`::error file=…,line=…::message`), shown as annotations on the pull request.
    Github,
    /// For code-scanning tools: one SARIF 2.1.0 log on standard output.
    Sarif,
    /// For pull requests and documents: `policyc diff` prints its report as
    /// Markdown; other commands print as for people.
    Markdown,
}

/// A diagnostic located in a file, as printed in JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Located {
    /// The code (`E0101`).
    pub code: String,
    /// `error` or `warning`.
    pub severity: Severity,
    /// The file, with `/` separators.
    pub file: String,
    /// The 1-based line of the start.
    pub line: usize,
    /// The 1-based column (in characters) of the start.
    pub column: usize,
    /// The 1-based line of the end.
    pub end_line: usize,
    /// The 1-based column of the end.
    pub end_column: usize,
    /// The message.
    pub message: String,
    /// The label at the location.
    pub label: String,
    /// How to fix it, when known.
    pub help: Option<String>,
}

impl Located {
    /// Locates a diagnostic in its file.
    pub fn new(file: &SourceFile, diagnostic: &Diagnostic) -> Self {
        let (line, column) = file.line_column(diagnostic.span.start);
        let (end_line, end_column) = file.line_column(diagnostic.span.end);
        Self {
            code: diagnostic.code.as_str().to_owned(),
            severity: diagnostic.severity(),
            file: file.display_name(),
            line,
            column,
            end_line,
            end_column,
            message: diagnostic.message.clone(),
            label: diagnostic.label.clone(),
            help: diagnostic.help.clone(),
        }
    }
}

/// A secondary location of a diagnostic, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    /// The 1-based line of the start.
    pub line: usize,
    /// The 1-based column (in characters) of the start.
    pub column: usize,
    /// The 1-based line of the end.
    pub end_line: usize,
    /// The 1-based column of the end (the character after the last).
    pub end_column: usize,
    /// What to see there.
    pub message: String,
}

/// A diagnostic with everything the machine formats print: the located
/// diagnostic and its secondary locations.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The diagnostic, located.
    pub located: Located,
    /// The secondary locations that explain it.
    pub related: Vec<Related>,
}

impl Finding {
    /// Locates a diagnostic and its notes in their file.
    pub fn new(file: &SourceFile, diagnostic: &Diagnostic) -> Self {
        let related = diagnostic
            .notes
            .iter()
            .map(|note| {
                let (line, column) = file.line_column(note.span.start);
                let (end_line, end_column) = file.line_column(note.span.end);
                Related {
                    line,
                    column,
                    end_line,
                    end_column,
                    message: note.message.clone(),
                }
            })
            .collect();
        Self {
            located: Located::new(file, diagnostic),
            related,
        }
    }
}

/// A source file as codespan-reporting reads it, through the file's own
/// index of lines: its `SimpleFile` would index the whole text again for
/// every diagnostic rendered, a scan of megabytes each time. `text` is the
/// file's text with the lines the diagnostic shows made safe to print
/// ([`shown`]); it has the file's length and line breaks.
struct Indexed<'a> {
    file: &'a SourceFile,
    text: std::borrow::Cow<'a, str>,
}

impl<'a> Indexed<'a> {
    fn new(file: &'a SourceFile, diagnostic: &Diagnostic) -> Self {
        Indexed {
            file,
            text: shown(file, diagnostic),
        }
    }

    fn line_start(&self, line: usize) -> Result<usize, files::Error> {
        let starts = self.file.line_starts();
        match starts.get(line) {
            Some(&start) => Ok(start),
            None if line == starts.len() => Ok(self.file.text.len()),
            None => Err(files::Error::LineTooLarge {
                given: line,
                max: starts.len().saturating_sub(1),
            }),
        }
    }
}

impl<'a> files::Files<'a> for Indexed<'a> {
    type FileId = ();
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<String, files::Error> {
        Ok(self.file.display_name())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.text.as_ref())
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, files::Error> {
        Ok(self
            .file
            .line_starts()
            .partition_point(|&start| start <= byte_index)
            .saturating_sub(1))
    }

    fn line_range(&'a self, (): (), line: usize) -> Result<std::ops::Range<usize>, files::Error> {
        Ok(self.line_start(line)?..self.line_start(line + 1)?)
    }
}

/// The diagnostic in codespan-reporting's terms. A message that quotes
/// the source names a character that would act on the terminal (ESC, a
/// bidirectional override) by its code point instead.
fn to_codespan(diagnostic: &Diagnostic, text_len: usize) -> CsDiagnostic<()> {
    let named = crate::hazard::named;
    let clamp = |range: std::ops::Range<usize>| range.start.min(text_len)..range.end.min(text_len);
    let severity = match diagnostic.severity() {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
    };
    let mut labels = vec![
        Label::primary((), clamp(diagnostic.span.range())).with_message(named(&diagnostic.label)),
    ];
    for note in &diagnostic.notes {
        labels.push(
            Label::secondary((), clamp(note.span.range())).with_message(named(&note.message)),
        );
    }
    let notes = diagnostic
        .help
        .iter()
        .map(|h| format!("help: {}", named(h)))
        .collect();
    CsDiagnostic::new(severity)
        .with_code(diagnostic.code.as_str())
        .with_message(named(&diagnostic.message))
        .with_labels(labels)
        .with_notes(notes)
}

/// Renders one diagnostic for people, without colour, as a string.
pub fn render_plain(file: &SourceFile, diagnostic: &Diagnostic) -> String {
    if has_long_lines(file, diagnostic) {
        return plain_fallback(file, diagnostic);
    }
    let cs = to_codespan(diagnostic, file.text.len());
    let mut out = String::new();
    if term::emit_to_string(
        &mut out,
        &Config::default(),
        &Indexed::new(file, diagnostic),
        &cs,
    )
    .is_err()
    {
        out = plain_fallback(file, diagnostic);
    }
    out
}

/// Renders one diagnostic for people to a (possibly coloured) writer.
pub fn render_to(
    writer: &mut dyn WriteColor,
    file: &SourceFile,
    diagnostic: &Diagnostic,
) -> std::io::Result<()> {
    if has_long_lines(file, diagnostic) {
        return writer.write_all(plain_fallback(file, diagnostic).as_bytes());
    }
    let cs = to_codespan(diagnostic, file.text.len());
    if term::emit_to_write_style(
        writer,
        &Config::default(),
        &Indexed::new(file, diagnostic),
        &cs,
    )
    .is_err()
    {
        writer.write_all(plain_fallback(file, diagnostic).as_bytes())?;
    }
    Ok(())
}

/// The text source excerpts are cut from: in the lines the diagnostic
/// shows, a character that would act on the terminal (ESC, a
/// bidirectional override) or show as nothing is replaced by a visible one
/// of the same length, so that the excerpt shows what E0015 and E0016 point
/// at, and acts on nothing. Only those lines are scanned: a diagnostic in a
/// file of megabytes costs what its lines cost.
fn shown<'a>(file: &'a SourceFile, diagnostic: &Diagnostic) -> std::borrow::Cow<'a, str> {
    let text = file.text.as_str();
    let spans = std::iter::once(diagnostic.span).chain(diagnostic.notes.iter().map(|n| n.span));
    let mut windows: Vec<std::ops::Range<usize>> = spans
        .map(|span| lines_around(file, span.range()))
        .filter(|window| {
            text.get(window.clone()).is_some_and(|lines| {
                matches!(crate::hazard::visible(lines), std::borrow::Cow::Owned(_))
            })
        })
        .collect();
    if windows.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    windows.sort_by_key(|w| w.start);
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for window in windows {
        let start = window.start.max(done);
        if let (Some(before), Some(lines)) = (text.get(done..start), text.get(start..window.end)) {
            out.push_str(before);
            out.push_str(&crate::hazard::visible(lines));
            done = window.end;
        }
    }
    // `done` is the end of a window within the text, or 0.
    out.push_str(text.get(done..).unwrap_or(""));
    std::borrow::Cow::Owned(out)
}

/// The whole lines `range` touches, as a byte range of the file.
fn lines_around(file: &SourceFile, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let starts = file.line_starts();
    let len = file.text.len();
    let first = starts
        .partition_point(|&s| s <= range.start.min(len))
        .saturating_sub(1);
    let last = starts.partition_point(|&s| s <= range.end.min(len));
    let start = starts.get(first).copied().unwrap_or(0);
    let end = starts.get(last).copied().unwrap_or(len);
    start..end.max(start)
}

/// A one-line rendering, used only if codespan cannot place the span.
fn plain_fallback(file: &SourceFile, diagnostic: &Diagnostic) -> String {
    let located = Located::new(file, diagnostic);
    let severity = match diagnostic.severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!(
        "{severity}[{}]: {}\n  --> {}:{}:{}\n",
        located.code, located.message, located.file, located.line, located.column
    );
    if !located.label.is_empty() {
        out.push_str(&format!("  = {}\n", located.label));
    }
    if let Some(help) = &located.help {
        out.push_str(&format!("  = help: {help}\n"));
    }
    out.push('\n');
    out
}

/// Lines longer than this are not printed under a diagnostic: a source
/// excerpt is for reading, and a generated or minified line of megabytes
/// would bury every other message.
const MAX_EXCERPT_LINE: usize = 1000;

/// Whether a line the diagnostic would print is too long to show.
fn has_long_lines(file: &SourceFile, diagnostic: &Diagnostic) -> bool {
    std::iter::once(diagnostic.span)
        .chain(diagnostic.notes.iter().map(|n| n.span))
        .any(|span| {
            file.line_length(span.start) > MAX_EXCERPT_LINE
                || file.line_length(span.end) > MAX_EXCERPT_LINE
        })
}

/// Counts for a summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Files read.
    pub files: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// How many of the errors and warnings are not listed: past the
    /// number kept per policy, or past the number printed for people.
    pub omitted: usize,
}

impl Tally {
    /// Counts the diagnostics of one file.
    pub fn add(&mut self, diagnostics: &[Diagnostic]) {
        self.files += 1;
        for diagnostic in diagnostics {
            match diagnostic.severity() {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
            }
        }
    }

    /// Counts `n` diagnostics of one severity that are not listed.
    pub fn add_omitted(&mut self, severity: Severity, n: usize) {
        match severity {
            Severity::Error => self.errors += n,
            Severity::Warning => self.warnings += n,
        }
        self.omitted += n;
    }

    /// `2 errors and 1 warning`, with correct plurals.
    pub fn describe(&self) -> String {
        let plural = |n: usize, word: &str| {
            if n == 1 {
                format!("1 {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        match (self.errors, self.warnings) {
            (0, 0) => "no problems".to_owned(),
            (e, 0) => plural(e, "error"),
            (0, w) => plural(w, "warning"),
            (e, w) => format!("{} and {}", plural(e, "error"), plural(w, "warning")),
        }
    }
}

/// The JSON document printed by `--format json`.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    /// The counts.
    #[serde(flatten)]
    pub tally: Tally,
    /// Every diagnostic, in file then source order.
    pub diagnostics: &'a [Located],
}

/// Writes a JSON report followed by a newline.
pub fn write_json(
    out: &mut dyn Write,
    tally: Tally,
    diagnostics: &[Located],
) -> std::io::Result<()> {
    let report = JsonReport { tally, diagnostics };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
