//! The document as Markdown (CommonMark, as code-hosting sites render it):
//! the title as a level-one heading, sections as level-two headings, each
//! clause a paragraph that starts with its number, lists as bullets.
//! Text is escaped ([`crate::escape`]) so that no source string can become
//! markup.

use super::Sink;
use super::document::{Alternate, Clause, Document, Item, Piece, Section, Table, Text};
use super::{email_address, web_address};
use crate::escape::{markdown as escape, markdown_line_start as line_start};

/// Writes the document into `writer`, a few clauses at a time.
pub fn write(document: &Document, writer: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = Sink::new(writer);
    putln!(out, "# {}\n", escape(&document.title));
    putln!(out, "{}", inline(&document.subtitle));
    languages(&document.languages, &mut out);
    for section in &document.sections {
        render_section(section, &mut out);
    }
    out.finish()
}

/// The other languages the text is published in, each named in itself.
fn languages(languages: &[Alternate], out: &mut String) {
    let links: Vec<String> = languages
        .iter()
        .filter(|alternate| !alternate.current)
        .map(|alternate| format!("[{}](<{}.md>)", escape(&alternate.name), alternate.path))
        .collect();
    if !links.is_empty() {
        putln!(out, "\n{}", links.join(" · "));
    }
}

fn render_section(section: &Section, out: &mut Sink<'_>) {
    putln!(out, "\n## {}. {}", section.number, escape(&section.heading));
    for clause in &section.clauses {
        render_clause(clause, out);
    }
}

fn render_clause(clause: &Clause, out: &mut Sink<'_>) {
    put!(out, "\n{}.", clause.number);
    if let Some(lead) = &clause.lead {
        put!(out, " **{}**", inline(lead));
    }
    if !clause.body.is_empty() {
        put!(out, " {}", inline(&clause.body));
    }
    out.push('\n');
    if !clause.items.is_empty() {
        out.push('\n');
        render_items(&clause.items, 0, out);
    }
    if let Some(table) = &clause.table {
        render_table(table, out);
    }
    for sub in &clause.clauses {
        render_clause(sub, out);
    }
    out.flush_if_full();
}

/// A pipe table: every cell is escaped, `|` included, and holds no line
/// break, so no cell can end its row.
fn render_table(table: &Table, out: &mut String) {
    out.push('\n');
    let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&row(table.columns.iter().map(|c| escape(c)).collect()));
    out.push_str(&row(table
        .columns
        .iter()
        .map(|_| "---".to_owned())
        .collect()));
    for cells in &table.rows {
        out.push_str(&row(cells
            .iter()
            .map(|c| escape(&c.plain_line()))
            .collect()));
    }
}

fn render_items(items: &[Item], depth: usize, out: &mut String) {
    for item in items {
        putln!(
            out,
            "{}- {}",
            "  ".repeat(depth),
            line_start(&inline(&item.text))
        );
        render_items(&item.items, depth + 1, out);
    }
}

/// A text as Markdown: inline, but for the structure a long text of the
/// source wrote. A line break is a hard break (`\` at the end of the
/// line), a paragraph a blank line, a list entry a `- ` line; a line the
/// source starts is escaped so that it cannot open another block.
fn inline(text: &Text) -> String {
    let mut out = String::new();
    let mut at_line_start = false;
    let mut in_list = false;
    for piece in &text.pieces {
        let written = match piece {
            Piece::Words(s) | Piece::Source(s) => escape(s),
            Piece::Link(s) if web_address(s) || email_address(s) => format!("<{s}>"),
            Piece::Link(s) => escape(s),
            Piece::Break => {
                out.push_str("\\\n");
                at_line_start = true;
                continue;
            }
            Piece::Paragraph => {
                out.push_str("\n\n");
                (at_line_start, in_list) = (true, false);
                continue;
            }
            Piece::Bullet => {
                out.push_str(if in_list { "\n- " } else { "\n\n- " });
                (at_line_start, in_list) = (true, true);
                continue;
            }
        };
        if std::mem::take(&mut at_line_start) {
            out.push_str(&line_start(&written));
        } else {
            out.push_str(&written);
        }
    }
    out
}
