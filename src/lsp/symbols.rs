//! The outline of a document: one symbol per declaration in its file.

use lsp_types::{DocumentSymbol, SymbolKind};

use super::analysis::Spot;
use super::position::Lines;
use crate::span::Span;
use crate::syntax::ast::Decl;

/// The declarations of the spot's file, in source order.
pub fn symbols(spot: &Spot<'_>) -> Vec<DocumentSymbol> {
    let file = spot.file;
    let end = file.base + file.file.text.len();
    let lines = Lines::new(&file.file.text);
    let local = |s: Span| {
        lines.range(Span::new(
            s.start.saturating_sub(file.base),
            s.end.saturating_sub(file.base),
        ))
    };
    spot.analysis
        .indexed
        .decls
        .iter()
        .filter_map(|decl| {
            let (name, kind, whole, selection) = describe(decl);
            (file.base <= whole.start && whole.end <= end)
                .then(|| symbol(name, kind, local(whole), local(selection.unwrap_or(whole))))
        })
        .collect()
}

#[expect(
    deprecated,
    reason = "the protocol's `deprecated` field must still be given; it is left empty"
)]
fn symbol(
    name: String,
    kind: SymbolKind,
    range: lsp_types::Range,
    selection_range: lsp_types::Range,
) -> DocumentSymbol {
    DocumentSymbol {
        name,
        detail: None,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: None,
    }
}

/// A declaration's name in the outline, its kind, its span and the span
/// of its id.
fn describe(decl: &Decl) -> (String, SymbolKind, Span, Option<Span>) {
    let named = |keyword: &str, name: &crate::syntax::ast::Name| {
        let shown = if name.text.is_empty() {
            keyword.to_owned()
        } else {
            format!("{keyword} {}", name.text)
        };
        (shown, Some(name.span))
    };
    let ((name, id), kind, span) = match decl {
        Decl::Include(i) => (
            (format!("include {}", i.path.value), Some(i.path.span)),
            SymbolKind::FILE,
            i.span,
        ),
        Decl::Policy(p) => {
            let shown = match &p.id {
                Some(id) => named("policy", id),
                None => ("policy".to_owned(), Some(p.head_span)),
            };
            (shown, SymbolKind::MODULE, p.span)
        }
        Decl::Data(d) => (named("data", &d.id), SymbolKind::STRUCT, d.span),
        Decl::Purpose(p) => (named("purpose", &p.id), SymbolKind::FUNCTION, p.span),
        Decl::Recipient(r) => (named("recipient", &r.id), SymbolKind::OBJECT, r.span),
        Decl::Tracker(t) => (named("tracker", &t.id), SymbolKind::OBJECT, t.span),
        Decl::Decision(d) => (named("decision", &d.id), SymbolKind::OBJECT, d.span),
        Decl::Transfer(t) => (
            named("transfer to", &t.recipient),
            SymbolKind::EVENT,
            t.span,
        ),
        Decl::Retain(r) => {
            let data: Vec<&str> = r.data.iter().map(|n| n.text.as_str()).collect();
            (
                (format!("retain {}", data.join(", ")), None),
                SymbolKind::PROPERTY,
                r.span,
            )
        }
        Decl::Right(r) => (named("right", &r.kind), SymbolKind::KEY, r.span),
        Decl::Obligation(t) => (named("obligation", &t.id), SymbolKind::STRING, t.span),
        Decl::Security(t) => (named("security", &t.id), SymbolKind::STRING, t.span),
        Decl::Changes(c) => (("changes".to_owned(), None), SymbolKind::NAMESPACE, c.span),
        Decl::Children(c) => (("children".to_owned(), None), SymbolKind::NAMESPACE, c.span),
        Decl::Commit(c) => (named("commit", &c.kind), SymbolKind::CONSTANT, c.span),
        Decl::Combine(c) => (("combine".to_owned(), None), SymbolKind::ARRAY, c.span),
        Decl::SecurityBlock(s) => (("security".to_owned(), None), SymbolKind::NAMESPACE, s.span),
        Decl::Clause(c) => (named("clause", &c.id), SymbolKind::STRING, c.span),
        Decl::Section(s) => (named("section", &s.id), SymbolKind::NAMESPACE, s.span),
        Decl::Test(t) => (
            (format!("test {:?}", t.name.value), Some(t.name.span)),
            SymbolKind::METHOD,
            t.span,
        ),
    };
    (name, kind, span, id)
}
