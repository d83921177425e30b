//! Code actions: the fixes the checker already names in its help, made
//! edits. A "did you mean `x`?" replaces the word it is about; each
//! declaration the help says to add (`add \`retain … \``, `add \`right
//! withdraw_consent { … }\``) is appended to the file; each property it
//! says to add to a block (`add \`published "…"\` to the policy header`,
//! `add \`required\``) is written before the block's closing brace.
//! Snippets with placeholders in capitals (`DATA`) are not offered: they
//! are not a fix but a form. A retention event written in words that are
//! the vocabulary's own words for an event (`until "the closure of the
//! account"`) is offered its typed form (`until account_closure`).

use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, WorkspaceEdit};

use super::analysis::{Analysis, Edits, Spot};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::syntax::DECL_KEYWORDS;
use crate::syntax::ast::{Decl, EventDecl, PeriodDecl};
use crate::syntax::props::{self, Block, Form};
use crate::vocab;

/// The fixes for the diagnostics that touch `range` at a spot (`spot` is
/// its start, `end` the span space offset of its end).
pub fn actions(spot: &Spot<'_>, end: usize) -> Vec<CodeActionOrCommand> {
    let mut out: Vec<CodeActionOrCommand> = typed_events(spot.analysis, spot.offset, end)
        .into_iter()
        .filter_map(|(title, span, text)| {
            let location = spot.analysis.location(span)?;
            let mut changes = Edits::new();
            changes.insert(location.uri, vec![TextEdit::new(location.range, text)]);
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::REFACTOR_REWRITE),
                edit: Some(WorkspaceEdit::new(changes)),
                ..CodeAction::default()
            }))
        })
        .collect();
    for d in super::diagnostics::touching(spot.analysis, spot.offset, end) {
        for (title, span, text) in fixes(spot.analysis, d) {
            let Some(location) = spot.analysis.location(span) else {
                continue;
            };
            let shown = super::diagnostics::convert(spot.analysis, d).map(|(_, c)| vec![c]);
            let mut changes = Edits::new();
            changes.insert(location.uri, vec![TextEdit::new(location.range, text)]);
            let action = CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: shown,
                edit: Some(WorkspaceEdit::new(changes)),
                ..CodeAction::default()
            };
            if !out.iter().any(|a| match a {
                CodeActionOrCommand::CodeAction(b) => b.title == action.title,
                CodeActionOrCommand::Command(_) => false,
            }) {
                out.push(CodeActionOrCommand::CodeAction(action));
            }
        }
    }
    out
}

/// The fixes of one diagnostic: a title, the span to replace (empty to
/// insert) and the text.
fn fixes(analysis: &Analysis, d: &Diagnostic) -> Vec<(String, Span, String)> {
    let Some(help) = &d.help else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(meant) = did_you_mean(help)
        && !analysis.text(d.span).contains(char::is_whitespace)
        && d.span.start < d.span.end
    {
        out.push((format!("Replace with `{meant}`"), d.span, meant.to_owned()));
        return out;
    }
    for snippet in quoted(help) {
        if snippet.split_whitespace().any(is_placeholder) || snippet == analysis.text(d.span) {
            continue;
        }
        let first = snippet.split_whitespace().next().unwrap_or("");
        // A property the help writes anew where the span is that property
        // (`gpc ignored` for `gpc honoured`): replaced, not added twice.
        if !DECL_KEYWORDS.contains(&first)
            && analysis.text(d.span).split_whitespace().next() == Some(first)
        {
            out.push((
                format!("Replace with `{snippet}`"),
                d.span,
                snippet.to_owned(),
            ));
            continue;
        }
        if DECL_KEYWORDS.contains(&first) {
            if let Some(at) = end_of_file(analysis, d.span) {
                out.push((format!("Add `{snippet}`"), at, format!("\n{snippet}\n")));
            }
        } else if let Some((at, text)) = into_block(analysis, d.span, snippet) {
            out.push((format!("Add `{snippet}`"), at, text));
        }
    }
    out
}

/// The retention events in words between `start` and `end` that the
/// vocabulary names with a keyword: its words in the text, its
/// description, or the keyword itself with spaces.
fn typed_events(analysis: &Analysis, start: usize, end: usize) -> Vec<(String, Span, String)> {
    let phrases = analysis.indexed.decls.iter().flat_map(|decl| match decl {
        Decl::Retain(r) => r.periods.iter().collect(),
        _ => Vec::new(),
    });
    phrases
        .filter_map(|period| match period {
            PeriodDecl::For {
                from: EventDecl::Phrase(phrase),
                ..
            }
            | PeriodDecl::Until(EventDecl::Phrase(phrase)) => Some(phrase),
            _ => None,
        })
        .filter(|phrase| phrase.span.start <= end && start <= phrase.span.end)
        .filter_map(|phrase| {
            let words = phrase.value.trim().to_lowercase();
            let event = vocab::EVENTS.values.iter().find(|e| {
                words == e.text || words == e.about || words == e.keyword.replace('_', " ")
            })?;
            let title = format!("Write the event as `{}`", event.keyword);
            Some((title, phrase.span, event.keyword.to_owned()))
        })
        .collect()
}

/// The word a "did you mean `x`?" help proposes, when it is one word.
fn did_you_mean(help: &str) -> Option<&str> {
    let rest = help.split("did you mean `").nth(1)?;
    let meant = rest.split('`').next()?;
    (!meant.is_empty() && !meant.contains(char::is_whitespace)).then_some(meant)
}

/// The texts in backticks of a help.
fn quoted(help: &str) -> impl Iterator<Item = &str> {
    help.split('`').skip(1).step_by(2).filter(|s| !s.is_empty())
}

/// A word in capitals stands for what the author must choose.
fn is_placeholder(word: &str) -> bool {
    word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase() || c == '_')
}

/// The empty span at the end of the file a span points into.
fn end_of_file(analysis: &Analysis, span: Span) -> Option<Span> {
    let (_, file) = analysis.file_of(span)?;
    let end = file.base + file.file.text.len();
    Some(Span::new(end, end))
}

/// Where to write a property into the block that holds `span`, and the
/// text: on a line of its own before the block's closing brace.
fn into_block(analysis: &Analysis, span: Span, snippet: &str) -> Option<(Span, String)> {
    let keyword = snippet.split_whitespace().next()?;
    let (decl, block) = analysis.indexed.decls.iter().find_map(|decl| {
        let (whole, block) = block_of(decl)?;
        (whole.start <= span.start && span.end <= whole.end).then_some((whole, block))
    })?;
    let property = block.find(keyword)?;
    if property.form != Form::Flag && !snippet.contains(char::is_whitespace) {
        return None;
    }
    let written = analysis.text(decl);
    // A property the block already has is not added twice (E0107).
    if written.split_whitespace().any(|word| word == keyword) {
        return None;
    }
    let brace = written.rfind('}')?;
    let line_start = written.get(..brace)?.rfind('\n').map_or(0, |i| i + 1);
    let alone = written.get(line_start..brace)?.trim().is_empty();
    if alone {
        let at = decl.start + line_start;
        Some((Span::new(at, at), format!("  {snippet}\n")))
    } else {
        let at = decl.start + brace;
        Some((Span::new(at, at), format!(" {snippet} ")))
    }
}

/// A declaration's span and its block of properties, if it has one.
fn block_of(decl: &Decl) -> Option<(Span, &'static Block)> {
    match decl {
        Decl::Policy(p) => Some((p.span, &props::HEADER)),
        Decl::Data(d) => Some((d.span, &props::DATA)),
        Decl::Purpose(p) => Some((p.span, &props::PURPOSE)),
        Decl::Recipient(r) => Some((r.span, &props::RECIPIENT)),
        Decl::Right(r) => Some((r.span, &props::RIGHT)),
        Decl::Changes(c) => Some((c.span, &props::CHANGES)),
        Decl::Tracker(t) => Some((t.span, &props::TRACKER)),
        Decl::Children(c) => Some((c.span, &props::CHILDREN)),
        Decl::Decision(d) => Some((d.span, &props::DECISION)),
        Decl::SecurityBlock(s) => Some((s.span, &props::SECURITY)),
        _ => None,
    }
}
