//! The checker: resolves names, checks values and legal consistency, and
//! turns the syntax tree into the [`Policy`] model.
//!
//! It works in two passes. [`lower`] checks each declaration on its own and
//! builds the parts of the model, recording where each part was written;
//! [`legal`] then checks the parts against each other (a restriction to
//! depersonalized data, retention of identified data…). A model is returned
//! only when there is no error; warnings come with it.

mod index;
mod keywords;
mod legal;
mod lower;
mod values;

use crate::diagnostic::Diagnostic;
use crate::model::Policy;
use crate::syntax::ast;

pub use keywords::{
    ACCEPTANCES, AUTHORITIES, BASES, EVENTS, GROUNDS, IDENTITIES, NOTIFY_METHODS, RECIPIENT_KINDS,
    RIGHTS, SECTIONS, SOURCES, SPECIAL_CATEGORIES, TAKES_EFFECT, keyword_of,
};
pub use values::{is_email, is_url};

/// The outcome of checking one file.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The model, when the file has no error.
    pub policy: Option<Policy>,
    /// Every problem found, errors and warnings, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Checks a parsed file. The tree is consumed: its text moves into the
/// model.
pub fn check(file: ast::File) -> Checked {
    let (parts, spans, mut diagnostics) = lower::lower(file);
    legal::check(&parts, &spans, &mut diagnostics);
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    let policy = if has_errors {
        None
    } else {
        parts.into_policy()
    };
    Checked {
        policy,
        diagnostics,
    }
}
