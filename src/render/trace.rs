//! `trace.json`: for each numbered clause of the text, the declarations of
//! the source it comes from, placed in their files. A reviewer jumps from
//! a sentence to what the author wrote; a test holds that every clause has
//! a source, so no clause is said from nothing.

use serde::Serialize;

use super::document::{Clause, Origin};
use crate::model::{Policy, Spans};
use crate::span::Span;

/// A span placed in the file it points into.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Place {
    /// The file, as the build was given it (`/` separators).
    pub file: String,
    /// The 1-based line where the declaration starts.
    pub line: usize,
    /// The 1-based column (in characters) where it starts.
    pub column: usize,
    /// The 1-based line where it ends.
    pub end_line: usize,
    /// The 1-based column just after its last character.
    pub end_column: usize,
    /// Its first byte in the file.
    pub start: usize,
    /// One past its last byte in the file.
    pub end: usize,
}

/// One numbered clause and where it comes from.
#[derive(Debug, Serialize)]
struct Traced {
    number: String,
    sources: Vec<Place>,
}

/// The whole trace of one policy.
#[derive(Debug, Serialize)]
pub struct Trace {
    policy: String,
    clauses: Vec<Traced>,
}

impl Trace {
    /// Writes the trace as pretty JSON, ended by a newline.
    pub fn write(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        out.write_all(b"\n")
    }
}

/// Where an origin is declared, in the policy's span space.
pub fn span(origin: Origin, spans: &Spans) -> Option<Span> {
    let at = |list: &[Span], i: usize| list.get(i).copied();
    match origin {
        Origin::Header => Some(spans.header.whole),
        Origin::Data(i) => at(&spans.data, i),
        Origin::Purpose(i) => at(&spans.purposes, i),
        Origin::Recipient(i) => at(&spans.recipients, i),
        Origin::Transfer(i) => at(&spans.transfers, i),
        Origin::Retention(i) => at(&spans.retention, i),
        Origin::Right(i) => at(&spans.rights, i),
        Origin::Obligation(i) => at(&spans.obligations, i),
        Origin::Security(i) => at(&spans.security, i),
        Origin::Changes => spans.changes,
        Origin::Clause(i) => at(&spans.clauses, i),
    }
}

/// Every numbered clause of the policy's text with its origins, in
/// reading order.
pub fn clauses(policy: &Policy) -> Vec<(String, Vec<Origin>)> {
    fn walk(clauses: &[Clause], out: &mut Vec<(String, Vec<Origin>)>) {
        for clause in clauses {
            out.push((clause.number.clone(), clause.origins.clone()));
            walk(&clause.clauses, out);
        }
    }
    let mut out = Vec::new();
    for section in super::document(policy).sections {
        walk(&section.clauses, &mut out);
    }
    out
}

/// The trace of a policy, written as JSON: `{"policy": ID, "clauses":
/// [{"number": "2.1", "sources": [PLACE…]}…]}`, each clause's places in
/// source order, without repeats. `place` puts a span of the policy's span
/// space in its file; a span it cannot place is left out.
pub fn trace(policy: &Policy, spans: &Spans, place: &dyn Fn(Span) -> Option<Place>) -> Trace {
    let clauses = clauses(policy)
        .into_iter()
        .map(|(number, origins)| {
            let mut sources: Vec<Place> = origins
                .into_iter()
                .filter_map(|o| span(o, spans))
                .filter_map(place)
                .collect();
            sources.sort();
            sources.dedup();
            Traced { number, sources }
        })
        .collect();
    Trace {
        policy: policy.id.clone(),
        clauses,
    }
}
