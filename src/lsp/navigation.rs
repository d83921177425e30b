//! Go to definition and find references, for every kind of id, across
//! the files of a policy.

use lsp_types::Location;

use super::analysis::Spot;

/// Where the id at a spot is declared.
pub fn definition(spot: &Spot<'_>) -> Option<Location> {
    let target = spot.analysis.index.at(spot.offset)?;
    let def = spot.analysis.index.def(target.kind, target.id)?;
    spot.analysis.location(def.span)
}

/// Every place the id at a spot is written: its declaration too when
/// `declaration`.
pub fn references(spot: &Spot<'_>, declaration: bool) -> Vec<Location> {
    let Some(target) = spot.analysis.index.at(spot.offset) else {
        return Vec::new();
    };
    spot.analysis
        .index
        .occurrences(target.kind, target.id, declaration)
        .into_iter()
        .filter_map(|span| spot.analysis.location(span))
        .collect()
}
