//! Byte ranges into a source file.

use serde::Serialize;

/// A half-open byte range `start..end` into one source file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The empty span at the end of this one.
    pub fn end_point(self) -> Span {
        Span::new(self.end, self.end)
    }

    /// The byte range, for slicing and for codespan-reporting.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}
