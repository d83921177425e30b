//! Renaming an id, in its declaration and every reference, across the
//! files of a policy. A data category's children keep their place under
//! it: their ids start with its new name.

use lsp_types::{PrepareRenameResponse, TextEdit, WorkspaceEdit};

use super::analysis::{Edits, Spot};
use super::index::Kind;

/// Why a rename is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenameError {
    /// Nothing that can be renamed is at the position.
    NoId,
    /// The new name is not an id of that kind.
    NotAnId(String),
}

impl std::fmt::Display for RenameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenameError::NoId => f.write_str("there is no id to rename here"),
            RenameError::NotAnId(name) => write!(
                f,
                "`{name}` is not an id: a letter, then letters, digits or `_` (dotted for a data category)"
            ),
        }
    }
}

impl std::error::Error for RenameError {}

/// The id at a spot and its range, if it can be renamed.
pub fn prepare(spot: &Spot<'_>) -> Option<PrepareRenameResponse> {
    let target = spot.analysis.index.at(spot.offset)?;
    spot.analysis.index.def(target.kind, target.id)?;
    let location = spot.analysis.location(target.span)?;
    Some(PrepareRenameResponse::Range(location.range))
}

/// The edits that rename the id at a spot to `new_name`.
pub fn rename(spot: &Spot<'_>, new_name: &str) -> Result<WorkspaceEdit, RenameError> {
    let target = spot
        .analysis
        .index
        .at(spot.offset)
        .ok_or(RenameError::NoId)?;
    if !is_id(new_name, target.kind == Kind::Data) {
        return Err(RenameError::NotAnId(new_name.to_owned()));
    }
    let mut changes = Edits::new();
    for span in spot
        .analysis
        .index
        .occurrences(target.kind, target.id, true)
    {
        if let Some(location) = spot.analysis.location(span) {
            changes
                .entry(location.uri)
                .or_default()
                .push(TextEdit::new(location.range, new_name.to_owned()));
        }
    }
    Ok(WorkspaceEdit::new(changes))
}

/// Whether `name` is an id as the grammar reads one: a letter, then
/// letters, digits or `_`; parts joined by dots where `dotted`.
pub fn is_id(name: &str, dotted: bool) -> bool {
    let part = |p: &str| {
        let mut chars = p.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    if dotted {
        name.split('.').all(part)
    } else {
        part(name)
    }
}
