//! A redline of the rendered text: which sentences of the policy people
//! read were deleted and which were inserted, as Markdown with `<del>` and
//! `<ins>` and as HTML.
//!
//! Both editions are rendered as plain text by the text backend, cut into
//! blocks (headings, numbered paragraphs, list items) and the blocks into
//! sentences; the two sequences of sentences are compared with `similar`'s
//! patience diff, so a reworded clause shows as its old sentence struck out
//! and its new one inserted, and everything else reads as the new text.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use crate::escape;

/// The kind of a block of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// A title or a section heading.
    Heading,
    /// A paragraph, such as a numbered clause.
    Paragraph,
    /// An entry of a bulleted list.
    Item,
}

/// A unit of comparison: the start of a block, one sentence, or the number
/// of a section or clause (`10.`, `10.1.`).
#[derive(Debug, Clone)]
enum Token {
    Start(Style),
    Sentence(String),
    Number(String),
}

/// Numbers compare equal whatever they are: a section inserted before
/// others renumbers them without changing what they say, and a number
/// that stayed the same must not anchor the comparison (the patience
/// diff aligns on tokens found once in each text, so `10.` in both would
/// align the old tenth section with the new one, whatever their words).
impl PartialEq for Token {
    fn eq(&self, other: &Token) -> bool {
        match (self, other) {
            (Token::Start(a), Token::Start(b)) => a == b,
            (Token::Sentence(a), Token::Sentence(b)) => a == b,
            (Token::Number(_), Token::Number(_)) => true,
            _ => false,
        }
    }
}

impl Eq for Token {}

impl std::hash::Hash for Token {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Token::Start(style) => style.hash(state),
            Token::Sentence(text) => text.hash(state),
            Token::Number(_) => {}
        }
    }
}

/// Whether a sentence is only a number: digits and full stops, ending in
/// one (`10.`, `10.1.`).
fn is_number(sentence: &str) -> bool {
    sentence.ends_with('.')
        && sentence.starts_with(|c: char| c.is_ascii_digit())
        && sentence.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// How a run of text changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// In both editions.
    Same,
    /// Only in the old edition.
    Deleted,
    /// Only in the new edition.
    Inserted,
}

/// One block of the redline: its style and its runs of sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Heading, paragraph or list item.
    pub style: Style,
    /// Runs of consecutive sentences with the same mark.
    pub runs: Vec<(Mark, String)>,
}

impl Block {
    /// Whether the block contains a deletion or an insertion.
    pub fn changed(&self) -> bool {
        self.runs.iter().any(|(mark, _)| *mark != Mark::Same)
    }
}

/// The redline of two texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redline {
    /// The blocks, in the order of the new text, with deleted blocks where
    /// they stood in the old one.
    pub blocks: Vec<Block>,
}

impl Redline {
    /// Whether the texts differ.
    pub fn changed(&self) -> bool {
        self.blocks.iter().any(Block::changed)
    }

    /// How many sentences were deleted and inserted.
    pub fn counts(&self) -> (usize, usize) {
        let mut deleted = 0;
        let mut inserted = 0;
        for (mark, text) in self.blocks.iter().flat_map(|b| &b.runs) {
            let n = sentences(text).len();
            match mark {
                Mark::Deleted => deleted += n,
                Mark::Inserted => inserted += n,
                Mark::Same => {}
            }
        }
        (deleted, inserted)
    }
}

/// Compares two plain texts (as the text backend renders them) sentence by
/// sentence.
pub fn redline(old: &str, new: &str) -> Redline {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let ops = capture_diff_slices(Algorithm::Patience, &old_tokens, &new_tokens);
    let mut builder = Builder::default();
    for op in &ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        #[expect(
            clippy::indexing_slicing,
            reason = "the diff's ranges index the very slices it compared"
        )]
        let (old_part, new_part) = (&old_tokens[old_range], &new_tokens[new_range]);
        match tag {
            DiffTag::Equal => builder.extend(Mark::Same, new_part),
            DiffTag::Delete => builder.extend(Mark::Deleted, old_part),
            DiffTag::Insert => builder.extend(Mark::Inserted, new_part),
            DiffTag::Replace => {
                // Sentences before the first block start belong to the
                // current block; whole blocks follow, deleted ones first.
                let (old_head, old_tail) = split_at_start(old_part);
                let (new_head, new_tail) = split_at_start(new_part);
                builder.extend(Mark::Deleted, old_head);
                builder.extend(Mark::Inserted, new_head);
                builder.extend(Mark::Deleted, old_tail);
                builder.extend(Mark::Inserted, new_tail);
            }
        }
    }
    builder.finish()
}

fn split_at_start(tokens: &[Token]) -> (&[Token], &[Token]) {
    let at = tokens
        .iter()
        .position(|t| matches!(t, Token::Start(_)))
        .unwrap_or(tokens.len());
    tokens.split_at(at)
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    current: Option<Block>,
}

impl Builder {
    fn extend(&mut self, mark: Mark, tokens: &[Token]) {
        for token in tokens {
            match token {
                Token::Start(style) => {
                    self.flush();
                    self.current = Some(Block {
                        style: *style,
                        runs: Vec::new(),
                    });
                }
                Token::Sentence(sentence) | Token::Number(sentence) => {
                    let block = self.current.get_or_insert_with(|| Block {
                        style: Style::Paragraph,
                        runs: Vec::new(),
                    });
                    match block.runs.last_mut() {
                        Some((last, text)) if *last == mark => {
                            text.push(' ');
                            text.push_str(sentence);
                        }
                        _ => block.runs.push((mark, sentence.clone())),
                    }
                }
            }
        }
    }

    fn flush(&mut self) {
        if let Some(block) = self.current.take()
            && !block.runs.is_empty()
        {
            self.blocks.push(block);
        }
    }

    fn finish(mut self) -> Redline {
        self.flush();
        Redline {
            blocks: self.blocks,
        }
    }
}

/// The blocks of a plain text, as (style, text on one line).
pub fn blocks(text: &str) -> Vec<(Style, String)> {
    let mut blocks: Vec<(Style, String)> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        if is_underline(trimmed) {
            if let Some(last) = blocks.last_mut() {
                last.0 = Style::Heading;
            }
            open = false;
            continue;
        }
        let indented = line.starts_with(' ');
        if let Some(item) = trimmed.strip_prefix("- ") {
            blocks.push((Style::Item, item.trim().to_owned()));
            open = true;
        } else if open && indented {
            if let Some(last) = blocks.last_mut() {
                last.1.push(' ');
                last.1.push_str(trimmed);
            }
        } else {
            blocks.push((Style::Paragraph, trimmed.to_owned()));
            open = true;
        }
    }
    blocks
}

fn is_underline(line: &str) -> bool {
    line.len() >= 3 && (line.chars().all(|c| c == '=') || line.chars().all(|c| c == '-'))
}

/// The sentences of one block: cut after `.`, `!` or `?` (and any closing
/// quotes or brackets) followed by a space.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '!' | '?' | ':' | ';') {
            while let Some(&next) = chars.peek() {
                if matches!(next, '"' | '\'' | '”' | '’' | ')' | ']') {
                    current.push(next);
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek() == Some(&' ') && c != ':' && c != ';' {
                chars.next();
                out.push(std::mem::take(&mut current));
            }
        }
    }
    let rest = current.trim();
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for (style, block) in blocks(text) {
        tokens.push(Token::Start(style));
        tokens.extend(sentences(&block).into_iter().map(|sentence| {
            if is_number(&sentence) {
                Token::Number(sentence)
            } else {
                Token::Sentence(sentence)
            }
        }));
    }
    tokens
}

/// The runs of a block, each escaped for its format, deletions in `<del>`
/// and insertions in `<ins>` (tags that Markdown passes through as HTML).
fn marked(block: &Block, escape: fn(&str) -> String) -> String {
    let mut out = String::new();
    for (i, (mark, text)) in block.runs.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let (open, close) = match mark {
            Mark::Same => ("", ""),
            Mark::Deleted => ("<del>", "</del>"),
            Mark::Inserted => ("<ins>", "</ins>"),
        };
        out.push_str(open);
        out.push_str(&escape(text));
        out.push_str(close);
    }
    out
}

/// The redline as Markdown: every block of the new text, deleted blocks
/// where they stood, deletions in `<del>` and insertions in `<ins>`. Text
/// from the policy is escaped as in the policy's own Markdown, so that it
/// cannot become markup.
pub fn markdown(redline: &Redline) -> String {
    let mut out = String::new();
    for block in &redline.blocks {
        let line = marked(block, escape::markdown);
        match block.style {
            Style::Heading => {
                out.push_str("#### ");
                out.push_str(&line);
            }
            Style::Paragraph => out.push_str(&escape::markdown_line_start(&line)),
            Style::Item => {
                out.push_str("- ");
                out.push_str(&escape::markdown_line_start(&line));
            }
        }
        out.push_str("\n\n");
    }
    out
}

/// The redline as HTML: the body of the page, text escaped.
pub fn html(redline: &Redline) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for block in &redline.blocks {
        let is_item = block.style == Style::Item;
        if is_item && !in_list {
            out.push_str("<ul>\n");
        } else if !is_item && in_list {
            out.push_str("</ul>\n");
        }
        in_list = is_item;
        let tag = match block.style {
            Style::Heading => "h3",
            Style::Paragraph => "p",
            Style::Item => "li",
        };
        out.push_str(&format!("<{tag}>{}</{tag}>\n", marked(block, escape::html)));
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_join_wrapped_lines_and_find_headings() {
        let text =
            "Title\n=====\n\n1.1. One two\n     three. Four.\n     - an item\n       wrapped\n";
        let blocks = blocks(text);
        assert_eq!(
            blocks,
            vec![
                (Style::Heading, "Title".to_owned()),
                (Style::Paragraph, "1.1. One two three. Four.".to_owned()),
                (Style::Item, "an item wrapped".to_owned()),
            ]
        );
    }

    #[test]
    fn sentences_split_after_full_stops() {
        assert_eq!(
            sentences("1.1. This is “it.” Next one? Yes: a list; more."),
            vec!["1.1.", "This is “it.”", "Next one?", "Yes: a list; more."]
        );
    }

    #[test]
    fn a_changed_sentence_is_deleted_and_inserted() {
        let old = "1.1. Kept. Old words.\n\n1.2. Gone.\n";
        let new = "1.1. Kept. New words.\n";
        let redline = redline(old, new);
        assert_eq!(
            markdown(&redline),
            "1.1. Kept. <del>Old words.</del> <ins>New words.</ins>\n\n<del>1.2. Gone.</del>\n\n"
        );
        assert_eq!(redline.counts(), (3, 1));
    }

    #[test]
    fn a_section_inserted_before_others_leaves_them_unchanged_but_renumbered() {
        let old = "1. Rights\n---------\n\n1.1. You can ask.\n\n\
                   2. Changes\n----------\n\n2.1. We tell you first.\n";
        let new = "1. Rights\n---------\n\n1.1. You can ask.\n\n\
                   2. For users in the EEA\n-----------------------\n\n2.1. The controller is Example.\n\n\
                   3. Changes\n----------\n\n3.1. We tell you first.\n";
        let redline = redline(old, new);
        assert_eq!(
            markdown(&redline),
            "#### 1. Rights\n\n1.1. You can ask.\n\n\
             #### 2. <ins>For users in the EEA</ins>\n\n<ins>2.1. The controller is Example.</ins>\n\n\
             #### <ins>3.</ins> Changes\n\n3.1. We tell you first.\n\n",
            "the old section 2 is the new section 3, its words unchanged"
        );
        assert!(is_number("10.1.") && is_number("3.") && !is_number("3") && !is_number("Art. 5."));
    }
}
