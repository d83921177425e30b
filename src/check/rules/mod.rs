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

use crate::diagnostic::Diagnostic;

use super::lower::{Parts, SourceMap};

/// Runs every rule over the parts lowering made.
pub fn check(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    legal::check(parts, spans, &spans.written, diags);
    completeness::check(parts, spans, &spans.written, diags);
}

/// The checks of the composed text against the `[text]` thresholds of
/// `policyc.toml` (W0471, W0472): run by `policyc check` on a policy that
/// checked, since they judge the text the build writes.
pub fn readability(
    policy: &crate::model::Policy,
    spans: &crate::model::Spans,
    thresholds: &crate::config::TextThresholds,
) -> Vec<Diagnostic> {
    if *thresholds == crate::config::TextThresholds::default() {
        return Vec::new();
    }
    let document = crate::render::document(policy);
    let figures = crate::readability::Readability::of(&document);
    let header = spans.header.head;
    // The sentence's clause says it from its first declaration.
    let at = figures
        .longest
        .as_ref()
        .and_then(|l| crate::render::trace::origin_of(&document, &l.clause))
        .and_then(|origin| crate::render::trace::span(origin, spans))
        .unwrap_or(header);
    [
        completeness::w0471_hard_to_read(&figures, thresholds.min_reading_ease, header),
        completeness::w0472_sentence_too_long(&figures, thresholds.max_sentence_words, at),
    ]
    .into_iter()
    .flatten()
    .collect()
}
