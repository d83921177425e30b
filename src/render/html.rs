//! The document as one self-contained HTML page ([`super::page`]): a table
//! of contents linking to each section, and an anchor
//! on every clause. Every piece of text is escaped, the project's own
//! wording included, so no source string can become markup.

use super::document::{Alternate, Clause, Document, Item, Piece, Section, Table, Text};
use super::{Sink, page};
use super::{email_address, web_address};
use crate::escape::html as escape;

/// Writes the document into `writer`, a few clauses at a time.
pub fn write(document: &Document, writer: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = Sink::new(writer);
    page::open_published(
        &mut out,
        &document.language,
        &document.title,
        page::Kind::Text,
        &document.languages,
    );
    out.push_str("<header>\n");
    putln!(out, "<h1>{}</h1>", escape(&document.title));
    putln!(
        out,
        "<p class=\"version\">{}</p>",
        inline(&document.subtitle)
    );
    languages(&document.languages, &mut out);
    out.push_str("</header>\n");
    contents(&document.contents, &document.sections, &mut out);
    for section in &document.sections {
        render_section(section, &mut out);
    }
    page::close(&mut out);
    out.finish()
}

/// The other languages the text is published in, each named in itself.
fn languages(languages: &[Alternate], out: &mut String) {
    let links: Vec<String> = languages
        .iter()
        .filter(|alternate| !alternate.current)
        .map(|alternate| {
            let language = escape(&alternate.language);
            format!(
                "<a href=\"{}.html\" hreflang=\"{language}\" lang=\"{language}\">{}</a>",
                escape(&alternate.path),
                escape(&alternate.name)
            )
        })
        .collect();
    if !links.is_empty() {
        putln!(out, "<p class=\"languages\">{}</p>", links.join(" · "));
    }
}

fn contents(heading: &str, sections: &[Section], out: &mut String) {
    putln!(
        out,
        "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">{}</h2>\n<ul>",
        escape(heading)
    );
    for section in sections {
        putln!(
            out,
            "<li><a href=\"#{}\">{}. {}</a></li>",
            section.anchor,
            section.number,
            escape(&section.heading)
        );
    }
    out.push_str("</ul>\n</nav>\n");
}

fn render_section(section: &Section, out: &mut Sink<'_>) {
    putln!(out, "<section id=\"{}\">", section.anchor);
    putln!(
        out,
        "<h2>{}. {}</h2>",
        section.number,
        escape(&section.heading)
    );
    for clause in &section.clauses {
        render_clause(clause, out);
    }
    out.push_str("</section>\n");
}

fn render_clause(clause: &Clause, out: &mut Sink<'_>) {
    let anchor = format!("clause-{}", clause.number.replace('.', "-"));
    putln!(out, "<div class=\"clause\" id=\"{anchor}\">");
    put!(
        out,
        "<p><a class=\"num\" href=\"#{anchor}\">{}.</a>",
        clause.number
    );
    if let Some(lead) = &clause.lead {
        put!(out, " <strong>{}</strong>", inline(lead));
    }
    if !clause.body.is_empty() {
        put!(out, " {}", inline(&clause.body));
    }
    // A body that ends with a list of its own has closed its paragraph.
    if !out.ends_with("</ul>\n") {
        out.push_str("</p>\n");
    }
    render_items(&clause.items, out);
    if let Some(table) = &clause.table {
        render_table(table, out);
    }
    for sub in &clause.clauses {
        render_clause(sub, out);
    }
    out.push_str("</div>\n");
    out.flush_if_full();
}

fn render_table(table: &Table, out: &mut String) {
    out.push_str("<div class=\"table\">\n<table>\n<thead>\n<tr>");
    for column in &table.columns {
        put!(out, "<th scope=\"col\">{}</th>", escape(column));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for cells in &table.rows {
        out.push_str("<tr>");
        for (i, cell) in cells.iter().enumerate() {
            // The first cell names the row.
            let tag = if i == 0 { "th scope=\"row\"" } else { "td" };
            let close = if i == 0 { "th" } else { "td" };
            put!(out, "<{tag}>{}</{close}>", inline(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

fn render_items(items: &[Item], out: &mut String) {
    if items.is_empty() {
        return;
    }
    out.push_str("<ul>\n");
    for item in items {
        put!(out, "<li>{}", inline(&item.text));
        if !item.items.is_empty() {
            out.push('\n');
            render_items(&item.items, out);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// A text as HTML inside a paragraph, addresses as links. The structure
/// a long text of the source wrote closes and opens paragraphs: a line
/// break is `<br>`, a blank line a new `<p>`, `- ` lines a `<ul>`. A text
/// that ends in a list ends with `</ul>`, its paragraph closed.
fn inline(text: &Text) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for piece in &text.pieces {
        match piece {
            Piece::Words(s) | Piece::Source(s) => out.push_str(&escape(s)),
            Piece::Link(s) if web_address(s) => {
                put!(out, "<a href=\"{0}\">{0}</a>", escape(s));
            }
            Piece::Link(s) if email_address(s) => {
                put!(out, "<a href=\"mailto:{0}\">{0}</a>", escape(s));
            }
            Piece::Link(s) => out.push_str(&escape(s)),
            Piece::Break => out.push_str("<br>\n"),
            Piece::Paragraph if in_list => {
                out.push_str("</li>\n</ul>\n<p>");
                in_list = false;
            }
            Piece::Paragraph => out.push_str("</p>\n<p>"),
            Piece::Bullet if in_list => out.push_str("</li>\n<li>"),
            Piece::Bullet => {
                out.push_str("</p>\n<ul>\n<li>");
                in_list = true;
            }
        }
    }
    if in_list {
        out.push_str("</li>\n</ul>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_only_addresses() {
        let text = Text::new()
            .link("https://example.com/p")
            .words(" ")
            .link("a@example.com")
            .words(" ")
            .link("javascript:alert(1)");
        assert_eq!(
            inline(&text),
            "<a href=\"https://example.com/p\">https://example.com/p</a> \
             <a href=\"mailto:a@example.com\">a@example.com</a> javascript:alert(1)"
        );
    }
}
