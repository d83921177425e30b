//! The document as one self-contained HTML page: inline CSS, a viewport
//! for phones, a table of contents linking to each section, and an anchor
//! on every clause. Every piece of text is escaped, the project's own
//! wording included, so no source string can become markup.

use std::fmt::Write as _;

use super::Sink;
use super::document::{Clause, Document, Item, Piece, Section, Text};
use super::{email_address, web_address};
use crate::escape::html as escape;

/// The style sheet: a readable column, narrower indents on small screens,
/// light and dark colours from the reader's settings.
const STYLE: &str = "\
:root { color-scheme: light dark; }
body { margin: 0; font: 1rem/1.6 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.3rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.2rem 0 0.8rem; padding-bottom: 0.2rem; border-bottom: 1px solid #8884; }
.version { margin: 0 0 1.5rem; opacity: 0.8; }
nav ul { list-style: none; padding-left: 0; }
nav li { margin: 0.2rem 0; }
p { margin: 0.6rem 0; }
ul { margin: 0.4rem 0; padding-left: 1.5rem; }
.clause .clause { margin-left: 1.5rem; }
.num { font-weight: 600; text-decoration: none; color: inherit; margin-right: 0.3rem; }
a { overflow-wrap: anywhere; }
@media (max-width: 30rem) { .clause .clause { margin-left: 0.75rem; } ul { padding-left: 1.1rem; } }
";

/// Writes the document into `writer`, a few clauses at a time.
pub fn write(document: &Document, writer: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = Sink::new(writer);
    head(document, &mut out);
    out.push_str("<body>\n<main>\n<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&document.title));
    let _ = writeln!(
        out,
        "<p class=\"version\">{}</p>",
        inline(&document.subtitle)
    );
    out.push_str("</header>\n");
    contents(&document.sections, &mut out);
    for section in &document.sections {
        render_section(section, &mut out);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out.finish()
}

fn head(document: &Document, out: &mut String) {
    out.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(out, "<html lang=\"{}\">", escape(&document.language));
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&document.title));
    let _ = write!(out, "<style>\n{STYLE}</style>\n</head>\n");
}

fn contents(sections: &[Section], out: &mut String) {
    out.push_str("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n");
    for section in sections {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}. {}</a></li>",
            section.anchor,
            section.number,
            escape(section.heading)
        );
    }
    out.push_str("</ul>\n</nav>\n");
}

fn render_section(section: &Section, out: &mut Sink<'_>) {
    let _ = writeln!(out, "<section id=\"{}\">", section.anchor);
    let _ = writeln!(
        out,
        "<h2>{}. {}</h2>",
        section.number,
        escape(section.heading)
    );
    for clause in &section.clauses {
        render_clause(clause, out);
    }
    out.push_str("</section>\n");
}

fn render_clause(clause: &Clause, out: &mut Sink<'_>) {
    let anchor = format!("clause-{}", clause.number.replace('.', "-"));
    let _ = writeln!(out, "<div class=\"clause\" id=\"{anchor}\">");
    let _ = write!(
        out,
        "<p><a class=\"num\" href=\"#{anchor}\">{}.</a>",
        clause.number
    );
    if let Some(lead) = &clause.lead {
        let _ = write!(out, " <strong>{}</strong>", inline(lead));
    }
    if !clause.body.is_empty() {
        let _ = write!(out, " {}", inline(&clause.body));
    }
    out.push_str("</p>\n");
    render_items(&clause.items, out);
    for sub in &clause.clauses {
        render_clause(sub, out);
    }
    out.push_str("</div>\n");
    out.flush_if_full();
}

fn render_items(items: &[Item], out: &mut String) {
    if items.is_empty() {
        return;
    }
    out.push_str("<ul>\n");
    for item in items {
        let _ = write!(out, "<li>{}", inline(&item.text));
        if !item.items.is_empty() {
            out.push('\n');
            render_items(&item.items, out);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// A text as HTML, addresses as links.
fn inline(text: &Text) -> String {
    text.pieces
        .iter()
        .map(|piece| match piece {
            Piece::Words(s) | Piece::Source(s) => escape(s),
            Piece::Link(s) if web_address(s) => format!("<a href=\"{0}\">{0}</a>", escape(s)),
            Piece::Link(s) if email_address(s) => {
                format!("<a href=\"mailto:{0}\">{0}</a>", escape(s))
            }
            Piece::Link(s) => escape(s),
        })
        .collect()
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
