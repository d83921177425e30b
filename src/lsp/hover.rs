//! Hover: on a diagnostic, its code's explanation (`docs/codes/`); on an
//! id, its declaration, with what a data category inherits from its
//! parents (source, identity, retention); on a keyword, its description
//! from the vocabulary or, for a property, how to write it.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::analysis::{Analysis, Spot};
use super::index::{Def, Kind};
use crate::syntax::ast::{Decl, Name, Prop};
use crate::syntax::props;

/// What to show at a spot, if anything is known of it.
pub fn hover(spot: &Spot<'_>) -> Option<Hover> {
    let mut parts = Vec::new();
    for d in super::diagnostics::touching(spot.analysis, spot.offset, spot.offset) {
        parts.push(format!(
            "**{}**: {}\n\n{}",
            d.code.as_str(),
            d.code.summary(),
            d.code.explanation()
        ));
    }
    if let Some(target) = spot.analysis.index.at(spot.offset) {
        if let Some(def) = spot.analysis.index.def(target.kind, target.id) {
            parts.push(declaration(spot.analysis, def));
        } else {
            parts.push(format!(
                "`{}`: no {} is declared with this id",
                target.id,
                target.kind.keyword()
            ));
        }
    } else if let Some(word) = word_at(spot.text(), spot.local()) {
        parts.extend(keyword(word));
    }
    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range: None,
    })
}

/// The word of letters, digits and `_` around `offset`.
pub fn word_at(text: &str, offset: usize) -> Option<&str> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let before = text.get(..offset)?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word(*c))
        .last()
        .map_or(offset, |(i, _)| i);
    let after = text.get(offset..)?;
    let end = offset + after.find(|c: char| !is_word(c)).unwrap_or(after.len());
    text.get(start..end).filter(|w| !w.is_empty())
}

/// A keyword's descriptions: as a value of each closed set that has it,
/// and as a property of each block that has it.
fn keyword(word: &str) -> Vec<String> {
    let values = crate::vocab::describe(word)
        .into_iter()
        .map(|(set, about)| format!("`{word}` ({set}): {about}"));
    let properties = props::BLOCKS.iter().filter_map(|block| {
        let p = block.find(word)?;
        Some(format!("`{word}` in a {}: `{}`", block.name, p.help()))
    });
    let (connective, about) = props::TRANSFER_DISCLOSED_AS;
    let transfer = (word == connective).then(|| format!("`{word}` {about}"));
    values.chain(properties).chain(transfer).collect()
}

/// A declaration: its first line as written, its description and, for a
/// data category, what it inherits.
fn declaration(analysis: &Analysis, def: &Def) -> String {
    let written = analysis.text(def.decl);
    let head = written.lines().next().unwrap_or("").trim_end_matches('{');
    let mut out = format!("```policy\n{}\n```", head.trim_end());
    let decl = analysis.indexed.decls.get(def.at);
    if let Some(description) = decl.and_then(description) {
        out.push_str(&format!("\n\n{description}"));
    }
    if def.kind == Kind::Data {
        out.push_str(&inherited(analysis, &def.id));
    }
    out
}

fn first(props: &[Prop<crate::syntax::ast::Str>]) -> Option<&str> {
    props.first().map(|p| p.value.value.as_str())
}

fn description(decl: &Decl) -> Option<&str> {
    match decl {
        Decl::Data(d) => first(&d.description),
        Decl::Purpose(p) => first(&p.description),
        Decl::Recipient(r) => first(&r.description),
        Decl::Obligation(t) | Decl::Security(t) => Some(t.text.value.as_str()),
        Decl::Clause(c) => Some(c.text.value.as_str()),
        _ => None,
    }
}

/// A fact a data category states about itself, or leaves to its parent.
type Fact = fn(&crate::syntax::ast::DataDecl) -> Option<&Name>;

/// A data category's source, identity and retention, each its own or
/// from its nearest parent that states it, saying which.
fn inherited(analysis: &Analysis, id: &str) -> String {
    let index = &analysis.index;
    let decls = &analysis.indexed.decls;
    let data = |id: &str| match index.def(Kind::Data, id).and_then(|d| decls.get(d.at)) {
        Some(Decl::Data(d)) => Some(d.as_ref()),
        _ => None,
    };
    let chain: Vec<&str> =
        std::iter::successors(Some(id), |id| id.rsplit_once('.').map(|(p, _)| p)).collect();
    let mut out = String::new();
    let facts: [(&str, Fact); 2] = [
        ("source", |d| {
            d.source
                .first()
                .and_then(|p| p.value.first())
                .map(|i| &i.kind)
        }),
        ("identity", |d| d.identity.first().map(|p| &p.value)),
    ];
    for (what, get) in facts {
        let found = chain
            .iter()
            .find_map(|c| data(c).and_then(get).map(|v| (*c, v.text.as_str())));
        out.push_str(&match found {
            Some((from, value)) if from == id => format!("\n\n{what}: `{value}`"),
            Some((from, value)) => format!("\n\n{what}: `{value}` (from `{from}`)"),
            None => format!("\n\n{what}: not stated"),
        });
    }
    let retained = chain.iter().find_map(|c| {
        let written: Vec<&str> = decls
            .iter()
            .filter_map(|d| match d {
                Decl::Retain(r) if r.data.iter().any(|n| n.text == *c) => {
                    Some(analysis.text(r.span).trim())
                }
                _ => None,
            })
            .collect();
        (!written.is_empty()).then_some((*c, written))
    });
    out.push_str(&match retained {
        Some((from, written)) => {
            let from = if from == id {
                String::new()
            } else {
                format!(" (from `{from}`)")
            };
            format!("\n\nretention{from}: `{}`", written.join("`, `"))
        }
        None => "\n\nretention: not stated".to_owned(),
    });
    out
}
