//! Positions as the protocol counts them (a line and a column in UTF-16
//! code units) and byte offsets into a file's text, both ways. Every
//! conversion clamps: a position past the end of a line or of the file is
//! its end, never a panic.

use lsp_types::{Position, Range};

use crate::span::Span;

/// A file's text with where each line starts.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// Indexes `text`'s lines.
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// The byte offset of `position`, clamped to its line and the text.
    pub fn offset(&self, position: Position) -> usize {
        let line = usize::try_from(position.line).unwrap_or(usize::MAX);
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next.saturating_sub(1));
        let wanted = usize::try_from(position.character).unwrap_or(usize::MAX);
        let mut units = 0;
        for (at, c) in self.text.get(start..end).unwrap_or("").char_indices() {
            if units >= wanted {
                return start + at;
            }
            units += c.len_utf16();
        }
        end
    }

    /// The protocol's position of a byte offset (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts.get(line).copied().unwrap_or(0);
        let character: usize = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().map(char::len_utf16).sum());
        Position::new(to_u32(line), to_u32(character))
    }

    /// The protocol's range of a span of this text.
    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    /// The whole text's range.
    pub fn whole(&self) -> Range {
        self.range(Span::new(0, self.text.len()))
    }
}

/// A count as the protocol's `u32`, saturating: no file read has 4 billion
/// lines, and a larger count only clamps.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_agree_and_clamp() {
        let lines = Lines::new("ab\né x\n");
        assert_eq!(lines.offset(Position::new(1, 1)), 5);
        assert_eq!(lines.position(5), Position::new(1, 1));
        assert_eq!(lines.offset(Position::new(0, 99)), 2);
        assert_eq!(lines.offset(Position::new(99, 0)), 8);
        assert_eq!(lines.position(999), Position::new(2, 0));
    }
}
