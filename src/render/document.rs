//! A format-neutral document: the policy text as numbered sections and
//! clauses, built once from the model and rendered as Markdown, HTML or
//! plain text. The renderers decide only how things look, never what is
//! said, so the three formats cannot say different things.

use crate::hazard::{hazard, shown};

/// The whole text of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The title from the source, on one line (whitespace collapsed).
    pub title: String,
    /// The language of the text, an ISO 639-1 code.
    pub language: String,
    /// The line under the title: version and effective date.
    pub subtitle: Text,
    /// The numbered sections, in reading order.
    pub sections: Vec<Section>,
    /// The heading of the table of contents, in the text's language.
    pub contents: String,
    /// Every language the text is published in, itself included, with
    /// where its text is; empty when it is published in one. The build
    /// sets it: where each language's text goes is the layout's.
    pub languages: Vec<Alternate>,
}

/// One language a text is published in, for the links between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternate {
    /// Its language tag (`de`), as the header lists it.
    pub language: String,
    /// Its name in itself (`Deutsch`), for a reader looking for it.
    pub name: String,
    /// Where its text is, relative to this one, without the extension
    /// (`de/policy`, `../policy`).
    pub path: String,
    /// Whether it is this text's own language.
    pub current: bool,
}

/// A numbered section: `2. Information collected`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The section number, `2`.
    pub number: String,
    /// The anchor for links: a built-in section's keyword (`collection`),
    /// `section-ID` for a section of the author's own.
    pub anchor: String,
    /// The heading, without the number.
    pub heading: String,
    /// The clauses, numbered `2.1`, `2.2`…
    pub clauses: Vec<Clause>,
}

/// A numbered clause: an optional lead (a label shown in bold), the text,
/// an optional bulleted list, and sub-clauses.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clause {
    /// The number, `2.1.1`; filled in by [`number`].
    pub number: String,
    /// A short lead-in shown in bold, ending with its own punctuation.
    pub lead: Option<Text>,
    /// The text of the clause.
    pub body: Text,
    /// A bulleted list after the text.
    pub items: Vec<Item>,
    /// Sub-clauses, numbered under this one.
    pub clauses: Vec<Clause>,
    /// A table after the text (the per-purpose table).
    pub table: Option<Table>,
    /// The declarations the clause says what it says from, in order: what
    /// `trace.json` points a reader to.
    pub origins: Vec<Origin>,
}

/// A table: a header row of the project's words, then rows of cells with
/// as many cells as there are columns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The column headings, in the document's language.
    pub columns: Vec<String>,
    /// The rows, each one cell per column.
    pub rows: Vec<Vec<Text>>,
}

/// A declaration of the source a clause comes from, by its place in the
/// model's lists (and so in `model::Spans`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// The policy header.
    Header,
    /// A data category, by its index in `Policy::data`.
    Data(usize),
    /// A purpose.
    Purpose(usize),
    /// A recipient.
    Recipient(usize),
    /// A `transfer`.
    Transfer(usize),
    /// A `retain`.
    Retention(usize),
    /// A right.
    Right(usize),
    /// An obligation.
    Obligation(usize),
    /// A security measure.
    Security(usize),
    /// The `changes` block.
    Changes,
    /// A free clause.
    Clause(usize),
    /// A tracker.
    Tracker(usize),
    /// The `children` block.
    Children,
    /// An automated decision.
    Decision(usize),
    /// A typed commitment.
    Commitment(usize),
    /// Data sets combined (`combine`).
    Combination(usize),
    /// A `section` declaration, by its index in `Policy::sections`.
    Section(usize),
    /// The `security { … }` block.
    SecurityBlock,
}

/// One entry of a bulleted list, possibly with a nested list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    /// The text of the entry.
    pub text: Text,
    /// Nested entries.
    pub items: Vec<Item>,
}

/// A run of text: the project's own words mixed with strings from the
/// source, kept apart so each format can escape and link them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The pieces, in order.
    pub pieces: Vec<Piece>,
}

/// A piece of [`Text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Wording of the project's own.
    Words(String),
    /// A string from the source, verbatim (whitespace runs collapsed).
    Source(String),
    /// A web or e-mail address from the source, shown as a link.
    Link(String),
    /// A line break the source wrote (`\n`) in a long text.
    Break,
    /// A paragraph break the source wrote (a blank line) in a long text.
    Paragraph,
    /// The start of a list entry the source wrote (a line of a long text
    /// that starts with `- `); the entries end at the next paragraph.
    Bullet,
}

/// One block of a [`Text`] as the plain text lays it out: a run of text
/// and how its line starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The text's first line, or a line after a line break.
    Line(String),
    /// The first line of a new paragraph.
    Paragraph(String),
    /// A list entry.
    Bullet(String),
}

impl Block {
    /// The block's text.
    pub fn text(&self) -> &str {
        match self {
            Block::Line(s) | Block::Paragraph(s) | Block::Bullet(s) => s,
        }
    }
}

impl Text {
    /// An empty text.
    pub fn new() -> Text {
        Text::default()
    }

    /// An empty text with room for `pieces` pieces.
    pub fn with_capacity(pieces: usize) -> Text {
        Text {
            pieces: Vec::with_capacity(pieces),
        }
    }

    /// Appends wording of the project's own.
    pub fn words(mut self, words: &str) -> Text {
        self.push_words(words);
        self
    }

    /// Appends a string from the source.
    pub fn source(mut self, text: &str) -> Text {
        self.push_source(text);
        self
    }

    /// Appends an address from the source, linked when it is one.
    pub fn link(mut self, address: &str) -> Text {
        self.pieces.push(Piece::Link(collapse(address)));
        self
    }

    /// Appends another text.
    pub fn text(mut self, other: Text) -> Text {
        self.append(other);
        self
    }

    /// Appends a source string followed by a full stop, unless it already
    /// ends a sentence.
    pub fn source_sentence(self, text: &str) -> Text {
        let ends = ends_sentence(text);
        let text = self.source(text);
        if ends { text } else { text.words(".") }
    }

    /// Appends a long text from the source (a description, a clause, a
    /// statement) with the structure its author wrote: a line break, a
    /// blank line between paragraphs, lines starting with `- ` as a list.
    /// Each line is collapsed like any source string, so nothing but these
    /// three can shape the output.
    pub fn long_source(mut self, text: &str) -> Text {
        let text = text
            .replace("\r\n", "\n")
            .replace(['\r', '\u{2028}'], "\n")
            .replace('\u{2029}', "\n\n");
        // What the last line was: nothing yet, text or a list entry.
        let mut last: Option<bool> = None;
        let mut blank = false;
        for line in text.split('\n') {
            let line = line.trim();
            if line.is_empty() {
                blank = last.is_some();
                continue;
            }
            let entry = line.strip_prefix("- ").map(str::trim_start);
            let markers: &[Piece] = match (last, entry.is_some()) {
                (None, false) => &[],
                (_, true) if blank => &[Piece::Paragraph, Piece::Bullet],
                (_, true) => &[Piece::Bullet],
                (Some(_), false) if blank => &[Piece::Paragraph],
                // Text after a list starts a paragraph of its own.
                (Some(true), false) => &[Piece::Paragraph],
                (Some(false), false) => &[Piece::Break],
            };
            self.pieces.extend_from_slice(markers);
            self.push_source(entry.unwrap_or(line));
            last = Some(entry.is_some());
            blank = false;
        }
        self
    }

    /// [`Text::long_source`] ended as a sentence.
    pub fn long_sentence(self, text: &str) -> Text {
        let ends = ends_sentence(text);
        let text = self.long_source(text);
        if ends { text } else { text.words(".") }
    }

    /// The text as the plain text lays it out: its blocks, each a run of
    /// text without markup.
    pub fn blocks(&self) -> Vec<Block> {
        let mut blocks = vec![Block::Line(String::new())];
        for piece in &self.pieces {
            let next = match piece {
                Piece::Words(s) | Piece::Source(s) | Piece::Link(s) => {
                    if let Some(Block::Line(b) | Block::Paragraph(b) | Block::Bullet(b)) =
                        blocks.last_mut()
                    {
                        b.push_str(s);
                    }
                    continue;
                }
                Piece::Break => Block::Line(String::new()),
                Piece::Paragraph => Block::Paragraph(String::new()),
                Piece::Bullet => Block::Bullet(String::new()),
            };
            blocks.push(next);
        }
        blocks
    }

    /// Ends the text with a full stop, unless it already ends a sentence.
    pub fn end(self) -> Text {
        if ends_sentence(&self.plain()) {
            self
        } else {
            self.words(".")
        }
    }

    /// Appends wording of the project's own, in place. A full stop after a
    /// source string that ends with one is left out: "Example Inc." ends
    /// its sentence once.
    pub fn push_words(&mut self, words: &str) {
        let words = match (self.pieces.last(), words.strip_prefix('.')) {
            (Some(Piece::Source(last)), Some(rest)) if last.ends_with('.') => rest,
            _ => words,
        };
        if let Some(Piece::Words(last)) = self.pieces.last_mut() {
            last.push_str(words);
        } else if !words.is_empty() {
            self.pieces.push(Piece::Words(words.to_owned()));
        }
    }

    /// Appends a string from the source, in place.
    pub fn push_source(&mut self, text: &str) {
        self.pieces.push(Piece::Source(collapse(text)));
    }

    /// Appends another text, in place.
    pub fn append(&mut self, other: Text) {
        for piece in other.pieces {
            match piece {
                Piece::Words(words) => self.push_words(&words),
                other => self.pieces.push(other),
            }
        }
    }

    /// Appends a sentence, separated from what comes before by a space.
    pub fn sentence(mut self, sentence: Text) -> Text {
        if !self.is_empty() && !sentence.is_empty() {
            self.push_words(" ");
        }
        self.append(sentence);
        self
    }

    /// Whether the text says nothing.
    pub fn is_empty(&self) -> bool {
        self.pieces.iter().all(|p| match p {
            Piece::Words(s) | Piece::Source(s) | Piece::Link(s) => s.is_empty(),
            Piece::Break | Piece::Paragraph | Piece::Bullet => true,
        })
    }

    /// The text without markup on one line: its breaks as spaces, for a
    /// place that holds one line (a cell of a table).
    pub fn plain_line(&self) -> String {
        collapse(
            &self
                .blocks()
                .iter()
                .map(Block::text)
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// The text without markup, as a reader sees it.
    pub fn plain(&self) -> String {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Words(s) | Piece::Source(s) | Piece::Link(s) => s.as_str(),
                Piece::Break => "\n",
                Piece::Paragraph => "\n\n",
                Piece::Bullet => "\n- ",
            })
            .collect()
    }
}

/// Whether a string already ends with the punctuation that ends a sentence.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['"', '\'', ')', '\u{201d}', '\u{2019}']);
    trimmed.ends_with(['.', '!', '?', ':', ';'])
}

/// Collapses runs of whitespace, newlines included, into single spaces, so
/// that no source string can break the layout of a format, and shows a
/// character that is no text (ESC, NUL, a bidirectional override, a
/// noncharacter) as U+FFFD. The checker refuses those (E0015, E0016);
/// this keeps them out of the outputs of a model that did not come through
/// it, such as a history entry.
pub(crate) fn collapse(text: &str) -> String {
    let spaced = |c: char| c.is_whitespace();
    let tidy = !text.starts_with(spaced)
        && !text.ends_with(spaced)
        && !text.contains("  ")
        && !text.contains(|c: char| {
            // In ASCII, the whitespace other than a space and the hazards
            // are all control characters.
            if c.is_ascii() {
                c.is_ascii_control()
            } else {
                c.is_whitespace() || hazard(c).is_some()
            }
        });
    if tidy {
        // Most strings have nothing to collapse: copied as they are.
        return text.to_owned();
    }
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(shown)
        .collect()
}

impl Clause {
    /// A clause with this text.
    pub fn new(body: Text) -> Clause {
        Clause {
            body,
            ..Clause::default()
        }
    }

    /// Sets the bold lead-in.
    pub fn lead(mut self, lead: Text) -> Clause {
        self.lead = Some(lead);
        self
    }

    /// Sets the bulleted list.
    pub fn items(mut self, items: Vec<Item>) -> Clause {
        self.items = items;
        self
    }

    /// Sets the sub-clauses.
    pub fn clauses(mut self, clauses: Vec<Clause>) -> Clause {
        self.clauses = clauses;
        self
    }

    /// Sets the table after the text.
    pub fn table(mut self, table: Table) -> Clause {
        self.table = Some(table);
        self
    }

    /// Adds the declarations the clause comes from.
    pub fn from(mut self, origins: impl IntoIterator<Item = Origin>) -> Clause {
        self.origins.extend(origins);
        self
    }
}

impl Item {
    /// An entry with this text and no nested list.
    pub fn new(text: Text) -> Item {
        Item {
            text,
            items: Vec::new(),
        }
    }
}

/// Numbers the sections `1`, `2`… and their clauses `1.1`, `1.1.1`…,
/// dropping sections that have nothing to say.
pub fn number(sections: Vec<Section>) -> Vec<Section> {
    sections
        .into_iter()
        .filter(|s| !s.clauses.is_empty())
        .enumerate()
        .map(|(i, mut section)| {
            section.number = (i + 1).to_string();
            number_clauses(&section.number, &mut section.clauses);
            section
        })
        .collect()
}

fn number_clauses(prefix: &str, clauses: &mut [Clause]) {
    for (i, clause) in clauses.iter_mut().enumerate() {
        clause.number = format!("{prefix}.{}", i + 1);
        number_clauses(&clause.number, &mut clause.clauses);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_collapses_to_single_spaces() {
        for (written, shown) in [
            ("plain words", "plain words"),
            ("", ""),
            ("  leading", "leading"),
            ("trailing ", "trailing"),
            ("two  spaces", "two spaces"),
            ("a\nline", "a line"),
            ("a\ttab", "a tab"),
            ("a\u{a0}b", "a b"),
            (" \n ", ""),
        ] {
            assert_eq!(collapse(written), shown, "{written:?}");
        }
    }

    #[test]
    fn words_merge_and_sources_stay_apart() {
        let text = Text::new()
            .words("a ")
            .words("b ")
            .source("c\n  d")
            .words(".");
        assert_eq!(
            text.pieces,
            vec![
                Piece::Words("a b ".to_owned()),
                Piece::Source("c d".to_owned()),
                Piece::Words(".".to_owned())
            ]
        );
        assert_eq!(text.plain(), "a b c d.");
    }

    #[test]
    fn a_long_text_keeps_its_structure_and_nothing_else() {
        let text = Text::new().long_source("a\r\nb  c\n\n- d\n-  e\nf\n \n\n-g");
        assert_eq!(
            text.pieces,
            vec![
                Piece::Source("a".to_owned()),
                Piece::Break,
                Piece::Source("b c".to_owned()),
                Piece::Paragraph,
                Piece::Bullet,
                Piece::Source("d".to_owned()),
                Piece::Bullet,
                Piece::Source("e".to_owned()),
                Piece::Paragraph,
                Piece::Source("f".to_owned()),
                Piece::Paragraph,
                Piece::Source("-g".to_owned()),
            ]
        );
        assert_eq!(
            text.blocks(),
            [
                Block::Line("a".to_owned()),
                Block::Line("b c".to_owned()),
                Block::Paragraph(String::new()),
                Block::Bullet("d".to_owned()),
                Block::Bullet("e".to_owned()),
                Block::Paragraph("f".to_owned()),
                Block::Paragraph("-g".to_owned()),
            ]
        );
    }

    #[test]
    fn sentences_end_once() {
        assert_eq!(Text::new().source_sentence("Done.").plain(), "Done.");
        assert_eq!(Text::new().source_sentence("Done").plain(), "Done.");
        assert_eq!(
            Text::new().source_sentence("\u{201c}Done.\u{201d}").plain(),
            "\u{201c}Done.\u{201d}"
        );
    }

    #[test]
    fn empty_sections_are_dropped_and_the_rest_numbered() {
        let clause =
            Clause::new(Text::new().words("x")).clauses(vec![Clause::new(Text::new().words("y"))]);
        let section = |anchor: &str, clauses| Section {
            number: String::new(),
            anchor: anchor.to_owned(),
            heading: "h".to_owned(),
            clauses,
        };
        let numbered = number(vec![
            section("a", Vec::new()),
            section("b", vec![clause.clone(), clause]),
        ]);
        assert_eq!(numbered.len(), 1);
        let numbers: Vec<&str> = numbered
            .iter()
            .flat_map(|s| s.clauses.iter())
            .flat_map(|c| {
                std::iter::once(c.number.as_str())
                    .chain(c.clauses.iter().map(|c| c.number.as_str()))
            })
            .collect();
        assert_eq!(numbers, ["1.1", "1.1.1", "1.2", "1.2.1"]);
    }
}
