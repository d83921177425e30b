//! One open document checked as a policy, with the files it includes:
//! what every feature reads, and a place in it ([`Spot`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::{Location, Range, Url};

use super::index::Index;
use super::position::Lines;
use crate::load::{Indexed, LoadedFile};
use crate::span::Span;

/// One open document checked as a policy, with the files it includes.
pub struct Analysis {
    /// The policy as loaded and checked, with its declarations.
    pub indexed: Indexed,
    /// Its ids.
    pub index: Index,
    /// The address of each file, parallel to `indexed.loaded.files`.
    pub urls: Vec<Option<Url>>,
    /// The canonical path of each file, parallel to the same.
    pub canonical: Vec<PathBuf>,
}

/// A place in a document: the analysis that holds it, its file there, and
/// the offset in the policy's span space.
pub struct Spot<'a> {
    /// The analysis.
    pub analysis: &'a Analysis,
    /// The file.
    pub file: &'a LoadedFile,
    /// The offset, in the policy's span space.
    pub offset: usize,
}

impl Spot<'_> {
    /// The file's lines.
    pub fn lines(&self) -> Lines<'_> {
        Lines::new(&self.file.file.text)
    }

    /// The file's text.
    pub fn text(&self) -> &str {
        &self.file.file.text
    }

    /// The offset within the file.
    pub fn local(&self) -> usize {
        self.offset.saturating_sub(self.file.base)
    }
}

impl Analysis {
    /// The file a span points into, with its index.
    pub fn file_of(&self, span: Span) -> Option<(usize, &LoadedFile)> {
        self.indexed
            .loaded
            .files
            .iter()
            .enumerate()
            .filter(|(_, f)| f.base <= span.start)
            .max_by_key(|(_, f)| f.base)
    }

    /// The protocol's location of a span of the policy's span space.
    pub fn location(&self, span: Span) -> Option<Location> {
        let (at, file) = self.file_of(span)?;
        let url = self.urls.get(at)?.clone()?;
        let local = Span::new(span.start - file.base, span.end.saturating_sub(file.base));
        Some(Location::new(url, Lines::new(&file.file.text).range(local)))
    }

    /// The text of a span of the policy's span space.
    pub fn text(&self, span: Span) -> &str {
        self.file_of(span)
            .and_then(|(_, f)| {
                f.file
                    .text
                    .get(span.start - f.base..span.end.saturating_sub(f.base))
            })
            .unwrap_or("")
    }

    /// The index of the file with this canonical path.
    pub fn holds(&self, canonical: &Path) -> Option<usize> {
        self.canonical.iter().position(|c| c == canonical)
    }
}

/// The range of a whole document, for an edit that replaces it.
pub fn whole(text: &str) -> Range {
    Lines::new(text).whole()
}

/// A map of documents to edits, as a workspace edit holds them.
pub type Edits = HashMap<Url, Vec<lsp_types::TextEdit>>;
