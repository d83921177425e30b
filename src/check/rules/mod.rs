//! The second pass: every rule of legal consistency and completeness, run
//! over the lowered model. Lowering keeps name resolution and value errors;
//! each rule here is one function named after its code, in the module of
//! its family, so the check behind a code is found from the code's name:
//! E0306 is `legal::e0306_transfer_without_ground`, E0406
//! `completeness::e0406_purpose_without_basis`.
//!
//! | family | module |
//! |---|---|
//! | 03, legal consistency | [`legal`] |
//! | 04, completeness (and W0109, an unused recipient) | [`completeness`] |
//!
//! The checks that judge what a legal regime asks for run only under a
//! declared regime that asks it, and cite its article: both from the one
//! table of [`crate::regimes`].

mod completeness;
mod legal;
mod promises;

pub use completeness::{
    Longest, w0471_hard_to_read, w0472_sentence_too_long, w0473_summary_too_long,
};

use crate::diagnostic::Diagnostic;

pub use completeness::{
    w0429_aspect_without_change, w0456_publication_leaves_short_notice,
    w0460_expansion_without_rationale, w0461_rationale_without_change,
};

use super::lower::{Parts, SourceMap};

/// Runs every rule over the parts lowering made.
pub fn check(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    legal::check(parts, spans, &spans.written, diags);
    completeness::check(parts, spans, &spans.written, diags);
}
