//! Diagnostics as the editor shows them: the code, message, label, notes
//! and help of `policyc check`, each in the file it points into. The label
//! and each note are related locations (a note may be in another file of
//! the policy); the help ends the message, as `help:` does in a terminal.

use lsp_types::{DiagnosticRelatedInformation, DiagnosticSeverity, NumberOrString, Url};

use super::analysis::Analysis;
use crate::diagnostic::{Diagnostic, Severity};

/// The name the editor shows as the diagnostics' source.
pub const SOURCE: &str = "policyc";

/// The diagnostics of every file of an analysis, by file: a file with
/// none is listed too, so that the editor clears what it showed.
pub fn of(analysis: &Analysis) -> Vec<(Url, Vec<lsp_types::Diagnostic>)> {
    let mut out: Vec<(Url, Vec<lsp_types::Diagnostic>)> = analysis
        .urls
        .iter()
        .flatten()
        .map(|u| (u.clone(), Vec::new()))
        .collect();
    for diagnostic in &analysis.indexed.loaded.checked.diagnostics {
        let Some(converted) = convert(analysis, diagnostic) else {
            continue;
        };
        let (url, one) = converted;
        if let Some((_, list)) = out.iter_mut().find(|(u, _)| *u == url) {
            list.push(one);
        }
    }
    out
}

/// One diagnostic in the protocol's form, with the address of its file.
pub fn convert(analysis: &Analysis, d: &Diagnostic) -> Option<(Url, lsp_types::Diagnostic)> {
    let at = analysis.location(d.span)?;
    let mut related = Vec::new();
    if !d.label.is_empty() {
        related.push(DiagnosticRelatedInformation {
            location: at.clone(),
            message: d.label.clone(),
        });
    }
    for note in &d.notes {
        if let Some(location) = analysis.location(note.span) {
            related.push(DiagnosticRelatedInformation {
                location,
                message: note.message.clone(),
            });
        }
    }
    let message = match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    };
    let severity = match d.severity() {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
    };
    let diagnostic = lsp_types::Diagnostic {
        range: at.range,
        severity: Some(severity),
        code: Some(NumberOrString::String(d.code.as_str().to_owned())),
        source: Some(SOURCE.to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..lsp_types::Diagnostic::default()
    };
    Some((at.uri, diagnostic))
}

/// The diagnostics of the analysis whose primary span touches
/// `[start, end]` of the policy's span space.
pub fn touching(analysis: &Analysis, start: usize, end: usize) -> Vec<&Diagnostic> {
    analysis
        .indexed
        .loaded
        .checked
        .diagnostics
        .iter()
        .filter(|d| d.span.start <= end && start <= d.span.end)
        .collect()
}
