//! Diagnostics: what is wrong, where, and how to fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s. They are rendered in one
//! place, [`crate::report`], so the stages never print.

use std::collections::BTreeMap;

use crate::codes::Code;
pub use crate::codes::Severity;
use crate::span::Span;

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
    /// The stable code, explained by `policyc explain`. It also gives the
    /// severity: see [`Diagnostic::severity`].
    pub code: Code,
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
    /// A diagnostic with the given code, message and primary span. Its
    /// severity is the code's, from the table in [`crate::codes`]. The
    /// label defaults to empty; set it with [`Diagnostic::label`].
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Self {
            code,
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

    /// An error: [`Diagnostic::new`] under the name older call sites
    /// use. The severity still comes from the code; the name is kept so
    /// that modules being reworked on other branches keep building.
    pub fn error(code: Code, span: Span, message: impl Into<String>) -> Self {
        debug_assert_eq!(code.severity(), Severity::Error, "{code} is not an error");
        Self::new(code, span, message)
    }

    /// A warning: [`Diagnostic::new`] under the name older call sites use,
    /// kept for the same reason as [`Diagnostic::error`].
    pub fn warning(code: Code, span: Span, message: impl Into<String>) -> Self {
        debug_assert_eq!(
            code.severity(),
            Severity::Warning,
            "{code} is not a warning"
        );
        Self::new(code, span, message)
    }

    /// Error or warning: always the severity of the code.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// Whether this diagnostic fails the run.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// How many diagnostics a policy keeps (and a run lists in JSON and
/// SARIF). A broken file of a million lines has millions of problems;
/// past this many they are only counted, so memory stays bounded by the
/// input, not by what is wrong with it.
pub const MAX_KEPT: usize = 1000;

/// Diagnostics found but not kept: counted by code and severity, so that
/// every summary still adds them up and allowed warnings can still be
/// left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Omitted {
    counts: BTreeMap<(Code, Severity), usize>,
}

impl Omitted {
    /// Counts one diagnostic that is not kept.
    pub fn count(&mut self, diagnostic: &Diagnostic) {
        self.add(diagnostic.code, diagnostic.severity(), 1);
    }

    fn add(&mut self, code: Code, severity: Severity, n: usize) {
        *self.counts.entry((code, severity)).or_default() += n;
    }

    /// Adds another count to this one.
    pub fn merge(&mut self, other: &Omitted) {
        for (&(code, severity), &n) in &other.counts {
            self.add(code, severity, n);
        }
    }

    /// Each code and severity omitted, with how many.
    pub fn iter(&self) -> impl Iterator<Item = (Code, Severity, usize)> + '_ {
        self.counts
            .iter()
            .map(|(&(code, severity), &n)| (code, severity, n))
    }

    /// How many were omitted.
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    /// How many of them are errors.
    pub fn errors(&self) -> usize {
        self.iter()
            .filter(|(_, severity, _)| *severity == Severity::Error)
            .map(|(_, _, n)| n)
            .sum()
    }

    /// Whether a diagnostic with this code was omitted.
    pub fn has(&self, code: Code) -> bool {
        self.iter().any(|(c, _, _)| c == code)
    }

    /// Whether nothing was omitted.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Keeps the first `limit` diagnostics of `diagnostics` in source order
/// (they are sorted) and counts the rest in `omitted`. Whatever order the
/// stages find them in, what is kept is the start of the file.
pub fn cap(diagnostics: &mut Vec<Diagnostic>, limit: usize, omitted: &mut Omitted) {
    if diagnostics.len() > limit {
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        for dropped in diagnostics.drain(limit..) {
            omitted.count(&dropped);
        }
    }
}

/// [`cap`], once twice the limit is held: called after every declaration,
/// it sorts once per `limit` new diagnostics, not once per declaration.
pub fn bound(diagnostics: &mut Vec<Diagnostic>, limit: usize, omitted: &mut Omitted) {
    if diagnostics.len() >= limit.saturating_mul(2).max(1) {
        cap(diagnostics, limit, omitted);
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn cap_keeps_the_first_and_counts_the_rest_by_severity() {
        let mut diagnostics: Vec<Diagnostic> = (0..5)
            .map(|i| Diagnostic::new(Code::Syntax, Span::new(i, i), "x"))
            .chain([Diagnostic::new(Code::UnusedData, Span::new(9, 9), "y")])
            .collect();
        let mut omitted = Omitted::default();
        cap(&mut diagnostics, 3, &mut omitted);
        assert_eq!(diagnostics.len(), 3);
        assert_eq!(diagnostics.last().unwrap().span, Span::new(2, 2));
        let mut late_but_first = vec![
            Diagnostic::new(Code::Syntax, Span::new(5, 5), "x"),
            Diagnostic::new(Code::MissingHeader, Span::new(0, 0), "y"),
        ];
        cap(&mut late_but_first, 1, &mut Omitted::default());
        assert_eq!(late_but_first[0].code, Code::MissingHeader);
        bound(&mut diagnostics, 2, &mut omitted);
        assert_eq!(diagnostics.len(), 3, "bound waits for twice the limit");
        assert_eq!((omitted.total(), omitted.errors()), (3, 2));
        assert!(omitted.has(Code::UnusedData) && !omitted.has(Code::Duplicate));
        let mut twice = omitted.clone();
        twice.merge(&omitted);
        assert_eq!(twice.total(), 6);
    }
}
