//! Where each id is declared and where it is named, across the files of a
//! policy, from the syntax tree the loader kept: what navigation, rename,
//! hover and completion read. Spans are in the policy's span space.

use crate::span::Span;
use crate::syntax::ast::{Decl, Name, TargetDecl};
use crate::vocab::SECTIONS;

/// Whether `name` is a built-in section's keyword.
fn is_builtin_section(name: &Name) -> bool {
    SECTIONS.find_word(&name.text).is_some()
}

/// The kinds of declaration that have an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `policy ID`
    Policy,
    /// `data ID`
    Data,
    /// `purpose ID`
    Purpose,
    /// `recipient ID`
    Recipient,
    /// `obligation ID`
    Obligation,
    /// `security ID`
    Security,
    /// `clause ID`
    Clause,
    /// `section ID "Heading"`: a section of the author's own.
    Section,
}

impl Kind {
    /// The keyword that declares it.
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Policy => "policy",
            Kind::Data => "data",
            Kind::Purpose => "purpose",
            Kind::Recipient => "recipient",
            Kind::Obligation => "obligation",
            Kind::Security => "security",
            Kind::Clause => "clause",
            Kind::Section => "section",
        }
    }
}

/// An id where it is declared.
#[derive(Debug, Clone)]
pub struct Def {
    /// Its kind.
    pub kind: Kind,
    /// The id.
    pub id: String,
    /// Where the id is written.
    pub span: Span,
    /// The whole declaration.
    pub decl: Span,
    /// The position of the declaration in [`Index::decls`]'s source.
    pub at: usize,
}

/// An id where it is named.
#[derive(Debug, Clone)]
pub struct Ref {
    /// The kind of declaration it names.
    pub kind: Kind,
    /// The id named.
    pub id: String,
    /// Where it is written.
    pub span: Span,
}

/// Every declaration and reference of a policy.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The declarations with an id, in source order.
    pub defs: Vec<Def>,
    /// The references, in source order.
    pub refs: Vec<Ref>,
}

/// What is at an offset: a declared id or a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target<'a> {
    /// The kind of declaration.
    pub kind: Kind,
    /// The id.
    pub id: &'a str,
    /// Where it is written at the offset.
    pub span: Span,
}

impl Index {
    /// Indexes the declarations of a policy.
    pub fn new(decls: &[Decl]) -> Index {
        let mut index = Index::default();
        let mut facts = Vec::new();
        for (at, decl) in decls.iter().enumerate() {
            index.add(at, decl, &mut facts);
        }
        // A fact names a purpose or a recipient (`consent:ID`), which is
        // known once every declaration is.
        for (id, span) in facts {
            let kind = if index.def(Kind::Purpose, &id).is_some() {
                Kind::Purpose
            } else {
                Kind::Recipient
            };
            index.refs.push(Ref { kind, id, span });
        }
        index
    }

    fn add(&mut self, at: usize, decl: &Decl, facts: &mut Vec<(String, Span)>) {
        match decl {
            Decl::Policy(p) => {
                if let Some(id) = &p.id {
                    self.declare(Kind::Policy, id, p.span, at);
                }
            }
            Decl::Data(d) => {
                self.parents(&d.id);
                self.declare(Kind::Data, &d.id, d.span, at);
            }
            Decl::Purpose(p) => {
                self.declare(Kind::Purpose, &p.id, p.span, at);
                for uses in &p.uses {
                    self.data(&uses.value);
                }
            }
            Decl::Recipient(r) => self.declare(Kind::Recipient, &r.id, r.span, at),
            Decl::Transfer(t) => {
                self.data(&t.data);
                self.reference(Kind::Recipient, &t.recipient);
                for purpose in &t.purposes {
                    self.reference(Kind::Purpose, purpose);
                }
            }
            Decl::Retain(r) => self.data(&r.data),
            Decl::Tracker(t) => {
                for collects in &t.collects {
                    self.data(&collects.value);
                }
                for purpose in t.serves.iter().flat_map(|s| &s.value) {
                    self.reference(Kind::Purpose, purpose);
                }
                for provider in &t.provider_recipient {
                    self.reference(Kind::Recipient, &provider.value);
                }
            }
            Decl::Decision(d) => {
                for uses in &d.uses {
                    self.data(&uses.value);
                }
            }
            Decl::Obligation(o) => self.declare(Kind::Obligation, &o.id, o.span, at),
            Decl::Security(s) => self.declare(Kind::Security, &s.id, s.span, at),
            Decl::Clause(c) => {
                self.declare(Kind::Clause, &c.id, c.span, at);
                self.section(&c.section);
            }
            Decl::Section(s) => {
                // A built-in section's summary declares no id.
                if !is_builtin_section(&s.id) {
                    self.declare(Kind::Section, &s.id, s.span, at);
                }
                for after in &s.after {
                    self.section(&after.value);
                }
            }
            Decl::Test(t) => {
                for e in &t.expectations {
                    if let Some(data) = &e.data {
                        self.data(std::slice::from_ref(data));
                    }
                    match &e.target {
                        TargetDecl::Use(p) => self.reference(Kind::Purpose, p),
                        TargetDecl::Transfer(r) => self.reference(Kind::Recipient, r),
                        // The index declares no tracker ids (`Decl::Tracker`
                        // above declares none), so there is none to refer to.
                        TargetDecl::Tracker(_) | TargetDecl::Children => {}
                        // Nor decision ids (`Decl::Decision` above declares
                        // only the data it uses).
                        TargetDecl::Decision(_) => {}
                    }
                    for fact in &e.facts {
                        if let Some((kind, id)) = fact.text.split_once(':') {
                            let start = fact.span.start + kind.len() + 1;
                            facts.push((id.to_owned(), Span::new(start, fact.span.end)));
                        }
                    }
                }
                // A deadline names a data category and maybe a purpose.
                for d in &t.deadlines {
                    self.data(std::slice::from_ref(&d.data));
                    if let Some(purpose) = &d.purpose {
                        self.reference(Kind::Purpose, purpose);
                    }
                }
            }
            Decl::Include(_) | Decl::Right(_) | Decl::Changes(_) | Decl::Children(_) => {}
            Decl::Commit(_) | Decl::SecurityBlock(_) => {}
            Decl::Combine(c) => {
                for data in &c.data {
                    self.reference(Kind::Data, data);
                }
            }
        }
    }

    fn declare(&mut self, kind: Kind, name: &Name, decl: Span, at: usize) {
        if name.text.is_empty() {
            return;
        }
        self.defs.push(Def {
            kind,
            id: name.text.clone(),
            span: name.span,
            decl,
            at,
        });
    }

    fn reference(&mut self, kind: Kind, name: &Name) {
        if name.text.is_empty() {
            return;
        }
        self.refs.push(Ref {
            kind,
            id: name.text.clone(),
            span: name.span,
        });
    }

    /// A reference to a section of the author's own; a built-in section
    /// is a keyword, not an id.
    fn section(&mut self, name: &Name) {
        if !is_builtin_section(name) {
            self.reference(Kind::Section, name);
        }
    }

    /// References to data categories, each with its parents.
    fn data(&mut self, names: &[Name]) {
        for name in names {
            self.parents(name);
            self.reference(Kind::Data, name);
        }
    }

    /// A dotted data id names each of its parents by its prefix
    /// (`account` in `account.email`), so renaming a parent renames it.
    fn parents(&mut self, name: &Name) {
        for (dot, _) in name.text.match_indices('.') {
            if let Some(prefix) = name.text.get(..dot) {
                self.refs.push(Ref {
                    kind: Kind::Data,
                    id: prefix.to_owned(),
                    span: Span::new(name.span.start, name.span.start + dot),
                });
            }
        }
    }

    /// The declaration of `id` as a `kind`.
    pub fn def(&self, kind: Kind, id: &str) -> Option<&Def> {
        self.defs.iter().find(|d| d.kind == kind && d.id == id)
    }

    /// The id written at `offset`, declared or named: the narrowest (a
    /// parent's prefix rather than the whole dotted id).
    pub fn at(&self, offset: usize) -> Option<Target<'_>> {
        let defs = self.defs.iter().map(|d| Target {
            kind: d.kind,
            id: &d.id,
            span: d.span,
        });
        let refs = self.refs.iter().map(|r| Target {
            kind: r.kind,
            id: &r.id,
            span: r.span,
        });
        defs.chain(refs)
            .filter(|t| t.span.start <= offset && offset <= t.span.end)
            .min_by_key(|t| t.span.end.saturating_sub(t.span.start))
    }

    /// Every place `id` of `kind` is written: its declaration when
    /// `declaration`, then its references.
    pub fn occurrences(&self, kind: Kind, id: &str, declaration: bool) -> Vec<Span> {
        let defs = self
            .defs
            .iter()
            .filter(|d| declaration && d.kind == kind && d.id == id)
            .map(|d| d.span);
        let refs = self
            .refs
            .iter()
            .filter(|r| r.kind == kind && r.id == id)
            .map(|r| r.span);
        defs.chain(refs).collect()
    }

    /// The ids of one kind, in source order.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = &Def> {
        self.defs.iter().filter(move |d| d.kind == kind)
    }
}
