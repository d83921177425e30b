//! The checker: resolves names, checks values and legal consistency, and
//! turns the syntax tree into the [`Policy`] model.
//!
//! It works in two passes. [`lower`] resolves names, checks each value on
//! its own and builds the parts of the model, recording where each part
//! was written and what each declaration states; [`rules`] then runs every
//! rule of legal consistency and completeness over them (a restriction to
//! depersonalized data, retention of identified data, a purpose without a
//! basis…), one function per code, named after it. A model is returned
//! only when there is no error; warnings come with it, and so do the spans
//! of its parts ([`crate::model::Spans`]), for the backends that point into
//! the source without reading the syntax tree.

mod case;
mod index;
mod keywords;
mod lower;
mod rules;
pub use rules::{Longest, w0471_hard_to_read, w0472_sentence_too_long, w0473_summary_too_long};
mod values;

use crate::diagnostic::{self, Diagnostic, MAX_KEPT, Omitted};
use crate::model::{Policy, Spans};
use crate::syntax::ast;

pub use crate::vocab::{
    ACCEPTANCES, AUTHORITIES, BASES, EVENTS, GROUNDS, IDENTITIES, NOTIFY_METHODS, RECIPIENT_KINDS,
    RESTRICTIONS, RIGHTS, SECTIONS, SOURCES, SPECIAL_CATEGORIES, TAKES_EFFECT, TIME_UNITS,
};
pub use crate::vocab::{COMBINATIONS, VOICES};
pub use crate::vocab::{NO_REGIME, REGIMES};
pub use crate::vocab::{RETENTION_ENDS, RETENTION_RULES};
pub use rules::{
    w0429_aspect_without_change, w0456_publication_leaves_short_notice,
    w0460_expansion_without_rationale, w0461_rationale_without_change,
};
pub use values::{is_email, is_url};

/// The outcome of checking one file.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The model, when the file has no error.
    pub policy: Option<Policy>,
    /// Where the model's parts were written; empty without a model.
    pub spans: Spans,
    /// The problems found, errors and warnings, in source order: at most
    /// [`MAX_KEPT`] of them.
    pub diagnostics: Vec<Diagnostic>,
    /// The problems found beyond those, counted.
    pub omitted: Omitted,
}

impl Checked {
    /// The outcome of a file that did not get as far as the checker: no
    /// model, only these problems.
    pub fn failed(diagnostics: Vec<Diagnostic>, omitted: Omitted) -> Checked {
        Checked {
            policy: None,
            spans: Spans::default(),
            diagnostics,
            omitted,
        }
    }

    /// Joins the problems found before checking (reading, parsing) to the
    /// checker's, in source order and capped, and keeps the model only
    /// when none of them is an error. After an error in reading or
    /// parsing, the checker's warnings are left out.
    pub fn after(mut self, mut earlier: Vec<Diagnostic>, mut omitted: Omitted) -> Checked {
        // Text the parser skipped leaves its declaration short of what the
        // author wrote: a warning about what is missing could be an echo
        // of that error, so warnings wait until the file parses.
        if earlier.iter().any(Diagnostic::is_error) {
            self.diagnostics.retain(Diagnostic::is_error);
        }
        earlier.append(&mut self.diagnostics);
        earlier.sort_by_key(|d| (d.span.start, d.span.end));
        omitted.merge(&self.omitted);
        diagnostic::cap(&mut earlier, MAX_KEPT, &mut omitted);
        self.diagnostics = earlier;
        self.omitted = omitted;
        if self.has_errors() {
            self.policy = None;
            self.spans = Spans::default();
        }
        self
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error) || self.omitted.errors() > 0
    }
}

/// Checks a parsed file. The tree is consumed: its text moves into the
/// model.
pub fn check(file: ast::File) -> Checked {
    finish(lower::lower(file))
}

/// Checks declarations as they are parsed, in source order. Data
/// categories, the bulk of a large policy, are checked as they arrive,
/// while their syntax tree is fresh; the rest waits for
/// [`Checker::finish`], since it refers to names that may come later.
#[derive(Default)]
pub struct Checker {
    lower: lower::Lower,
}

impl Checker {
    /// A checker with room for about `data` categories (a hint: more or
    /// fewer may come).
    pub fn with_capacity(data: usize) -> Self {
        Self {
            lower: lower::Lower::with_capacity(data),
        }
    }

    /// Takes the next declaration.
    pub fn add(&mut self, decl: ast::Decl) {
        self.lower.add(decl);
        self.lower.cap_diagnostics();
    }

    /// Checks what is left and returns the outcome.
    pub fn finish(self) -> Checked {
        finish(self.lower.finish())
    }
}

fn finish(
    (parts, spans, mut diagnostics, mut omitted): (
        lower::Parts,
        lower::SourceMap,
        Vec<Diagnostic>,
        Omitted,
    ),
) -> Checked {
    rules::check(&parts, &spans, &mut diagnostics);
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    diagnostic::cap(&mut diagnostics, MAX_KEPT, &mut omitted);
    let has_errors = diagnostics.iter().any(Diagnostic::is_error) || omitted.errors() > 0;
    let policy = if has_errors {
        None
    } else {
        parts.into_policy()
    };
    // The spans describe the model: without one they describe nothing.
    let spans = if policy.is_some() {
        spans.model
    } else {
        Spans::default()
    };
    Checked {
        policy,
        spans,
        diagnostics,
        omitted,
    }
}
