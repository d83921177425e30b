//! The document as Markdown (CommonMark, as code-hosting sites render it):
//! the title as a level-one heading, sections as level-two headings, each
//! clause a paragraph that starts with its number, lists as bullets.
//! Text is escaped so that no source string can become markup.

use std::fmt::Write as _;

use super::Sink;
use super::document::{Clause, Document, Item, Piece, Section, Text};
use super::{email_address, web_address};

/// Writes the document into `writer`, a few clauses at a time.
pub fn write(document: &Document, writer: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = Sink::new(writer);
    let _ = writeln!(out, "# {}\n", escape(&document.title));
    let _ = writeln!(out, "{}", inline(&document.subtitle));
    for section in &document.sections {
        render_section(section, &mut out);
    }
    out.finish()
}

fn render_section(section: &Section, out: &mut Sink<'_>) {
    let _ = writeln!(out, "\n## {}. {}", section.number, escape(section.heading));
    for clause in &section.clauses {
        render_clause(clause, out);
    }
}

fn render_clause(clause: &Clause, out: &mut Sink<'_>) {
    let _ = write!(out, "\n{}.", clause.number);
    if let Some(lead) = &clause.lead {
        let _ = write!(out, " **{}**", inline(lead));
    }
    if !clause.body.is_empty() {
        let _ = write!(out, " {}", inline(&clause.body));
    }
    out.push('\n');
    if !clause.items.is_empty() {
        out.push('\n');
        render_items(&clause.items, 0, out);
    }
    for sub in &clause.clauses {
        render_clause(sub, out);
    }
    out.flush_if_full();
}

fn render_items(items: &[Item], depth: usize, out: &mut String) {
    for item in items {
        let _ = writeln!(
            out,
            "{}- {}",
            "  ".repeat(depth),
            line_start(&inline(&item.text))
        );
        render_items(&item.items, depth + 1, out);
    }
}

/// A text as inline Markdown.
fn inline(text: &Text) -> String {
    text.pieces
        .iter()
        .map(|piece| match piece {
            Piece::Words(s) | Piece::Source(s) => escape(s),
            Piece::Link(s) if web_address(s) || email_address(s) => format!("<{s}>"),
            Piece::Link(s) => escape(s),
        })
        .collect()
}

/// Escapes the characters that could start markup inside a line.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '~' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what would make the start of a list entry into a nested block:
/// a list marker (`-`, `+`, `1.`), a heading or a setext underline.
fn line_start(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let after_digits = text.get(digits..).unwrap_or("");
    if digits > 0
        && (after_digits.starts_with(". ")
            || after_digits.starts_with(") ")
            || after_digits == "."
            || after_digits == ")")
    {
        let number = text.get(..digits).unwrap_or("");
        return format!("{number}\\{after_digits}");
    }
    if text.starts_with(['-', '+', '=']) {
        return format!("\\{text}");
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_source_strings_is_escaped() {
        assert_eq!(
            escape("a *b* _c_ <x> [l](u) `c` #h ~s~ R&D"),
            "a \\*b\\* \\_c\\_ \\<x\\> \\[l\\](u) \\`c\\` \\#h \\~s\\~ R\\&D"
        );
    }

    #[test]
    fn list_entries_cannot_nest_blocks() {
        assert_eq!(line_start("1. first"), "1\\. first");
        assert_eq!(line_start("- dash"), "\\- dash");
        assert_eq!(line_start("2026 data"), "2026 data");
        assert_eq!(line_start("E-mail"), "E-mail");
    }
}
