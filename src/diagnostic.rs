//! Diagnostics: what is wrong, where, and how to fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s. They are rendered in one
//! place, [`crate::report`], so the stages never print.

use serde::Serialize;

use crate::codes::Code;
use crate::span::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The policy is wrong; nothing is built.
    Error,
    /// The policy is probably wrong; it still builds.
    Warning,
}

/// A secondary location that explains the primary one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Where.
    pub span: Span,
    /// What to see there.
    pub message: String,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stable code, explained by `policyc explain`.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// The message: lowercase, no final period, names in backticks.
    pub message: String,
    /// The primary location.
    pub span: Span,
    /// The label at the primary location.
    pub label: String,
    /// Other locations that explain the problem.
    pub notes: Vec<Note>,
    /// How to fix it, where a fix is known.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with the given code, message and primary span. The label
    /// defaults to empty; set it with [`Diagnostic::label`].
    pub fn error(code: Code, span: Span, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, span, message)
    }

    /// A warning with the given code, message and primary span.
    pub fn warning(code: Code, span: Span, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, span, message)
    }

    fn new(code: Code, severity: Severity, span: Span, message: impl Into<String>) -> Self {
        Self {
            code,
            severity,
            message: message.into(),
            span,
            label: String::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    /// Sets the label shown under the primary span.
    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Adds a secondary location.
    #[must_use]
    pub fn note(mut self, span: Span, message: impl Into<String>) -> Self {
        self.notes.push(Note {
            span,
            message: message.into(),
        });
        self
    }

    /// Sets the help line.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the help line when there is one.
    #[must_use]
    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    /// The same diagnostic with every span moved by `base`.
    #[must_use]
    pub fn shifted(mut self, base: usize) -> Self {
        self.span = Span::new(self.span.start + base, self.span.end + base);
        for note in &mut self.notes {
            note.span = Span::new(note.span.start + base, note.span.end + base);
        }
        self
    }

    /// Whether this diagnostic fails the run.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
