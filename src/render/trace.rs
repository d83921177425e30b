//! `trace.json`: for each numbered clause of the text, the declarations of
//! the source it comes from, placed in their files. A reviewer jumps from
//! a sentence to what the author wrote; a test holds that every clause has
//! a source, so no clause is said from nothing.

use super::document::{Clause, Document, Origin};
use crate::model::{Policy, Spans};
use crate::span::Span;

/// A span placed in the file it points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The file, by its index in the files of its [`Placed`].
    pub file: u32,
    /// The 1-based line where the declaration starts.
    pub line: u32,
    /// The 1-based column (in characters) where it starts.
    pub column: u32,
    /// The 1-based line where it ends.
    pub end_line: u32,
    /// The 1-based column just after its last character.
    pub end_column: u32,
    /// Its first byte in the file.
    pub start: u32,
    /// One past its last byte in the file.
    pub end: u32,
}

/// Where each declaration of a policy is written, placed in its file:
/// made while the sources are at hand, and read when the trace is written
/// beside the text, from the same composed document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placed {
    /// The files places point into, as the build was given them.
    files: Vec<String>,
    /// The header's place and the `changes` block's.
    header: Option<Place>,
    changes: Option<Place>,
    /// The `children` block's place.
    children: Option<Place>,
    /// The `security { … }` block's place.
    security_block: Option<Place>,
    /// Each list of declarations' places, parallel to its list of spans
    /// (data, purposes, recipients, transfers, retention, rights,
    /// obligations, security measures, clauses, trackers, decisions,
    /// commitments): a
    /// policy of 100,000 categories holds 100,000 small places, not a map
    /// of them.
    lists: [Vec<Option<Place>>; 13],
}

impl Placed {
    /// Places every declaration of `spans`. `place` puts a span of the
    /// policy's span space in its file: the file's name and the place; a
    /// span it cannot place is left out.
    pub fn new(spans: &Spans, place: &dyn Fn(Span) -> Option<(String, Place)>) -> Placed {
        let lists: [List<'_>; 14] = [
            (&spans.data, Origin::Data),
            (&spans.purposes, Origin::Purpose),
            (&spans.recipients, Origin::Recipient),
            (&spans.transfers, Origin::Transfer),
            (&spans.retention, Origin::Retention),
            (&spans.rights, Origin::Right),
            (&spans.obligations, Origin::Obligation),
            (&spans.security, Origin::Security),
            (&spans.clauses, Origin::Clause),
            (&spans.trackers, Origin::Tracker),
            (&spans.decisions, Origin::Decision),
            (&spans.commitments, Origin::Commitment),
            (&spans.combinations, Origin::Combination),
            (&spans.sections, Origin::Section),
        ];
        let every = [
            Origin::Header,
            Origin::Changes,
            Origin::Children,
            Origin::SecurityBlock,
        ]
        .into_iter()
        .chain(
            lists
                .into_iter()
                .flat_map(|(list, origin)| (0..list.len()).map(origin)),
        );
        let mut placed = Placed::default();
        for origin in every {
            let at = span(origin, spans)
                .and_then(place)
                .and_then(|(file, mut at)| {
                    at.file = placed.file_index(file)?;
                    Some(at)
                });
            match placed.slot(origin) {
                Some(Slot::One(one)) => *one = at,
                Some(Slot::List(list)) => list.push(at),
                // `kept` names one of the thirteen lists.
                None => {}
            }
        }
        placed
    }

    fn file_index(&mut self, file: String) -> Option<u32> {
        let at = match self.files.iter().position(|f| *f == file) {
            Some(at) => at,
            None => {
                self.files.push(file);
                self.files.len() - 1
            }
        };
        u32::try_from(at).ok()
    }

    /// Where the place of `origin` is kept.
    fn slot(&mut self, origin: Origin) -> Option<Slot<'_>> {
        Some(match kept(origin) {
            Kept::Header => Slot::One(&mut self.header),
            Kept::Changes => Slot::One(&mut self.changes),
            Kept::Children => Slot::One(&mut self.children),
            Kept::SecurityBlock => Slot::One(&mut self.security_block),
            Kept::In(list, _) => Slot::List(self.lists.get_mut(list)?),
        })
    }

    /// The place of `origin`, if it was placed.
    fn get(&self, origin: Origin) -> Option<&Place> {
        match kept(origin) {
            Kept::Header => self.header.as_ref(),
            Kept::Changes => self.changes.as_ref(),
            Kept::Children => self.children.as_ref(),
            Kept::SecurityBlock => self.security_block.as_ref(),
            Kept::In(list, i) => self.lists.get(list)?.get(i)?.as_ref(),
        }
    }

    /// Writes the trace of a composed document as JSON, one clause a line:
    /// `{"policy": ID, "clauses": [{"number": "2.1", "sources": [{"file",
    /// "line", "column", "end_line", "end_column", "start", "end"}…]}…]}`,
    /// each clause's places in source order, without repeats.
    pub fn write(
        &self,
        id: &str,
        document: &Document,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let mut text = String::with_capacity(CHUNK + CHUNK / 4);
        put!(text, "{{\n  \"policy\": {},\n  \"clauses\": [", quoted(id));
        let mut first = true;
        let mut walk = vec![];
        for section in document.sections.iter().rev() {
            walk.extend(section.clauses.iter().rev());
        }
        while let Some(clause) = walk.pop() {
            walk.extend(clause.clauses.iter().rev());
            text.push_str(if first { "\n" } else { ",\n" });
            first = false;
            self.clause(clause, &mut text);
            if text.len() >= CHUNK {
                out.write_all(text.as_bytes())?;
                text.clear();
            }
        }
        text.push_str("\n  ]\n}\n");
        out.write_all(text.as_bytes())
    }

    fn clause(&self, clause: &Clause, text: &mut String) {
        let mut places: Vec<&Place> = clause.origins.iter().filter_map(|&o| self.get(o)).collect();
        places.sort_unstable();
        places.dedup();
        put!(
            text,
            "    {{\"number\": {}, \"sources\": [",
            quoted(&clause.number)
        );
        for (j, place) in places.into_iter().enumerate() {
            let file = usize::try_from(place.file)
                .ok()
                .and_then(|i| self.files.get(i))
                .map_or("", String::as_str);
            put!(
                text,
                "{}{{\"file\": {}, \"line\": {}, \"column\": {}, \"end_line\": {}, \"end_column\": {}, \"start\": {}, \"end\": {}}}",
                if j == 0 { "" } else { ", " },
                quoted(file),
                place.line,
                place.column,
                place.end_line,
                place.end_column,
                place.start,
                place.end
            );
        }
        text.push_str("]}");
    }
}

/// Where the place of an origin is kept: the header's, the `changes`
/// block's, or item `i` of list `list` of [`Placed::lists`].
enum Kept {
    Header,
    Changes,
    Children,
    SecurityBlock,
    In(usize, usize),
}

fn kept(origin: Origin) -> Kept {
    match origin {
        Origin::Header => Kept::Header,
        Origin::Changes => Kept::Changes,
        Origin::Children => Kept::Children,
        Origin::SecurityBlock => Kept::SecurityBlock,
        Origin::Data(i) => Kept::In(0, i),
        Origin::Purpose(i) => Kept::In(1, i),
        Origin::Recipient(i) => Kept::In(2, i),
        Origin::Transfer(i) => Kept::In(3, i),
        Origin::Retention(i) => Kept::In(4, i),
        Origin::Right(i) => Kept::In(5, i),
        Origin::Obligation(i) => Kept::In(6, i),
        Origin::Security(i) => Kept::In(7, i),
        Origin::Clause(i) => Kept::In(8, i),
        Origin::Tracker(i) => Kept::In(9, i),
        Origin::Decision(i) => Kept::In(10, i),
        Origin::Commitment(i) => Kept::In(11, i),
        Origin::Combination(i) => Kept::In(12, i),
        Origin::Section(i) => Kept::In(13, i),
    }
}

/// Where a place is kept: the one of the header or `changes`, or a list.
enum Slot<'a> {
    One(&'a mut Option<Place>),
    List(&'a mut Vec<Option<Place>>),
}

/// A list of declarations' spans, and the origin of each by its index.
type List<'s> = (&'s [Span], fn(usize) -> Origin);

/// How much of the trace is gathered before it is written.
const CHUNK: usize = 64 * 1024;

/// A string as a JSON string.
fn quoted(text: &str) -> String {
    // A `str` always serializes.
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
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
        Origin::Tracker(i) => at(&spans.trackers, i),
        Origin::Children => spans.children,
        Origin::Decision(i) => at(&spans.decisions, i),
        Origin::Commitment(i) => at(&spans.commitments, i),
        Origin::Combination(i) => at(&spans.combinations, i),
        Origin::Section(i) => at(&spans.sections, i),
        Origin::SecurityBlock => spans.security_block,
    }
}

/// Every numbered clause of the policy's text with its origins, in
/// reading order; an error where the text cannot be written.
pub fn clauses(policy: &Policy) -> Result<Vec<(String, Vec<Origin>)>, super::Error> {
    fn walk(clauses: &[Clause], out: &mut Vec<(String, Vec<Origin>)>) {
        for clause in clauses {
            out.push((clause.number.clone(), clause.origins.clone()));
            walk(&clause.clauses, out);
        }
    }
    let mut out = Vec::new();
    for section in super::document(policy)?.sections {
        walk(&section.clauses, &mut out);
    }
    Ok(out)
}

/// The first declaration the clause numbered `number` is said from.
pub fn origin_of(document: &Document, number: &str) -> Option<Origin> {
    let mut walk: Vec<&Clause> = document.sections.iter().flat_map(|s| &s.clauses).collect();
    while let Some(clause) = walk.pop() {
        if clause.number == number {
            return clause.origins.first().copied();
        }
        walk.extend(&clause.clauses);
    }
    None
}
