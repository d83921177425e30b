//! The document as plain text wrapped at 80 columns: underlined title and
//! section headings, each clause with its number and a hanging indent, lists
//! as dashes indented under their clause.

use unicode_width::UnicodeWidthStr;

use super::Sink;
use super::document::{Block, Clause, Document, Item, Section, Table, Text};

/// The widest a line may be, in columns of a terminal (a CJK character
/// takes two, a combining accent none); only a single word longer than the
/// room left (a long address) overflows it.
const WIDTH: usize = 80;

/// Writes the document into `writer`, a few clauses at a time.
pub fn write(document: &Document, writer: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = Sink::new(writer);
    underlined(&document.title, '=', &mut out);
    out.push('\n');
    wrap(&document.subtitle.plain(), "", "", &mut out);
    for section in &document.sections {
        render_section(section, &mut out);
    }
    out.finish()
}

fn render_section(section: &Section, out: &mut Sink<'_>) {
    out.push_str("\n\n");
    underlined(
        &format!("{}. {}", section.number, section.heading),
        '-',
        out,
    );
    for clause in &section.clauses {
        render_clause(clause, out);
    }
}

/// A heading wrapped to the width, underlined as wide as its widest line.
fn underlined(heading: &str, rule: char, out: &mut String) {
    let mut lines = String::new();
    wrap(heading, "", "", &mut lines);
    // Display width, not characters: "政策" takes four columns.
    let widest = lines.lines().map(str::width).max().unwrap_or(0);
    out.push_str(&lines);
    out.extend(std::iter::repeat_n(rule, widest));
    out.push('\n');
}

fn render_clause(clause: &Clause, out: &mut Sink<'_>) {
    let number = format!("{}. ", clause.number);
    let indent = " ".repeat(number.chars().count());
    let mut text = Text::new();
    if let Some(lead) = &clause.lead {
        text.append(lead.clone());
    }
    let text = text.sentence(clause.body.clone());
    out.push('\n');
    blocks(&text, &number, &indent, out);
    render_items(&clause.items, &indent, out);
    if let Some(table) = &clause.table {
        render_table(table, &indent, out);
    }
    for sub in &clause.clauses {
        render_clause(sub, out);
    }
    out.flush_if_full();
}

/// The space between two columns of a table.
const GUTTER: &str = "  ";

/// A table aligned in columns under the clause's indent: the headings
/// underlined, each cell wrapped in its column, a blank line between
/// rows. The columns share the width left by the indent and gutters (see
/// [`column_widths`]); a single word wider than its column overflows it.
fn render_table(table: &Table, indent: &str, out: &mut String) {
    let rows: Vec<Vec<String>> = std::iter::once(table.columns.clone())
        .chain(
            table
                .rows
                .iter()
                .map(|r| r.iter().map(Text::plain_line).collect()),
        )
        .collect();
    let room = WIDTH
        .saturating_sub(indent.width())
        .saturating_sub(GUTTER.len() * table.columns.len().saturating_sub(1));
    let widths = column_widths(&rows, room);
    for (i, row) in rows.iter().enumerate() {
        out.push('\n');
        let cells: Vec<Vec<String>> = row
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| wrapped(cell, width))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(0);
        for line in 0..height {
            let mut text = indent.to_owned();
            for (j, (cell, &width)) in cells.iter().zip(&widths).enumerate() {
                let part = cell.get(line).map_or("", String::as_str);
                if j > 0 {
                    text.push_str(GUTTER);
                }
                text.push_str(part);
                text.extend(std::iter::repeat_n(' ', width.saturating_sub(part.width())));
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
        if i == 0 {
            let rules: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
            putln!(out, "{indent}{}", rules.join(GUTTER));
        }
    }
}

/// The width of each column: its widest cell when all fit in `room`;
/// otherwise each column gets its longest word, and what is left of the
/// room is shared in proportion to how much more each column would need.
fn column_widths(rows: &[Vec<String>], room: usize) -> Vec<usize> {
    let columns = rows.first().map_or(0, Vec::len);
    let widest = |f: &dyn Fn(&str) -> usize| -> Vec<usize> {
        (0..columns)
            .map(|j| {
                rows.iter()
                    .filter_map(|r| r.get(j))
                    .map(|c| f(c))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    };
    let natural = widest(&|c| c.width());
    if natural.iter().sum::<usize>() <= room {
        return natural;
    }
    let least = widest(&|c| c.split_whitespace().map(str::width).max().unwrap_or(0));
    let spare = room.saturating_sub(least.iter().sum());
    let wanted: usize = natural.iter().zip(&least).map(|(n, l)| n - l).sum();
    natural
        .iter()
        .zip(&least)
        .map(|(&n, &l)| l + (n - l) * spare / wanted.max(1))
        .collect()
}

/// A cell's text wrapped at `width`, one string a line.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

fn render_items(items: &[Item], indent: &str, out: &mut String) {
    for item in items {
        let rest = format!("{indent}  ");
        wrap(&item.text.plain(), &format!("{indent}- "), &rest, out);
        render_items(&item.items, &rest, out);
    }
}

/// Appends a text's blocks, each wrapped: the first after `first`, the
/// others under `indent`; a paragraph after a blank line, a list entry
/// after a dash.
fn blocks(text: &Text, first: &str, indent: &str, out: &mut String) {
    for (i, block) in text.blocks().iter().enumerate() {
        let lead = if i == 0 { first } else { indent };
        match block {
            Block::Line(s) => wrap(s, lead, indent, out),
            Block::Paragraph(s) => {
                out.push('\n');
                // A paragraph that opens with a list is only its blank line.
                if !s.is_empty() {
                    wrap(s, indent, indent, out);
                }
            }
            Block::Bullet(s) => wrap(s, &format!("{indent}- "), &format!("{indent}  "), out),
        }
    }
}

/// Appends `text` wrapped at [`WIDTH`]: the first line starts with
/// `first`, the others with `rest`. Every line ends with a newline.
fn wrap(text: &str, first: &str, rest: &str, out: &mut String) {
    let mut line = first.to_owned();
    let mut width = first.width();
    let mut empty = true;
    for word in text.split_whitespace() {
        let len = word.width();
        if !empty && width + 1 + len > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_owned();
            width = rest.width();
            empty = true;
        }
        if !empty {
            line.push(' ');
            width += 1;
        }
        line.push_str(word);
        width += len;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_with_a_hanging_indent() {
        let mut out = String::new();
        let text = "word ".repeat(40);
        wrap(&text, "1.1. ", "     ", &mut out);
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH));
        assert!(out.starts_with("1.1. word"));
        assert!(out.lines().skip(1).all(|l| l.starts_with("     word")));
    }

    #[test]
    fn the_underline_is_as_wide_as_the_title_looks() {
        for (title, width) in [("Privacy", 7), ("隐私政策", 8), ("Cafe\u{301}", 4)] {
            let mut out = String::new();
            underlined(title, '=', &mut out);
            assert_eq!(out, format!("{title}\n{}\n", "=".repeat(width)));
        }
    }

    #[test]
    fn a_list_after_a_blank_line_follows_one_blank_line() {
        let mut out = String::new();
        let text = Text::new().long_source("a\n\n- b\n- c");
        blocks(&text, "1. ", "   ", &mut out);
        assert_eq!(out, "1. a\n\n   - b\n   - c\n");
    }

    #[test]
    #[expect(clippy::unwrap_used, reason = "tests")]
    fn a_table_fits_the_width_and_keeps_its_columns() {
        let cell = |s: &str| Text::new().words(s);
        let table = Table {
            columns: ["Purpose", "Information", "Kept"]
                .map(String::from)
                .to_vec(),
            rows: vec![vec![
                cell("Delivery"),
                cell(&"orders and addresses ".repeat(6)),
                cell(&"for 6 years from collection ".repeat(3)),
            ]],
        };
        let mut out = String::new();
        render_table(&table, "     ", &mut out);
        assert!(out.lines().all(|l| l.width() <= WIDTH), "{out}");
        let header = out.lines().nth(1).unwrap();
        assert!(header.starts_with("     Purpose   Information"), "{out}");
        // The second column starts at the same place on every line.
        let at = header.find("Information").unwrap();
        let second: Vec<&str> = out.lines().skip(4).filter(|l| !l.is_empty()).collect();
        assert!(second.len() > 1, "{out}");
        assert!(
            second
                .iter()
                .all(|l| l.get(at..at + 6).is_some_and(|s| s.starts_with(['o', 'a']))),
            "{out}"
        );
    }

    #[test]
    fn a_word_longer_than_the_line_stands_alone() {
        let mut out = String::new();
        let long = "x".repeat(100);
        wrap(&format!("a {long} b"), "", "", &mut out);
        assert_eq!(out, format!("a\n{long}\nb\n"));
    }
}
