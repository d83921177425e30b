//! Why an edition makes a change: the `because ID "why"` lines of its
//! `changes` block, matched to the changes of the diff by what they
//! concern.

use super::Change;
use crate::model::{Policy, Rationale, is_within};

/// The author's reason for `change`, from the edition that makes it: a
/// `because` whose id is the change's subject or a category containing it,
/// so one line can explain every part of a category the edition splits.
/// A reason that names an aspect (`because profile retention "…"`)
/// explains only the changes of that aspect's kinds; a bare one, every
/// change of its subject. The nearest subject wins, and for one subject a
/// reason naming the change's aspect wins over a bare one.
pub fn rationale<'p>(edition: &'p Policy, change: &Change) -> Option<&'p str> {
    let given = &edition.changes.as_ref()?.rationales;
    let covers = |r: &&Rationale| r.aspect.is_none_or(|a| change.kind.is_of(a));
    let best = |exact: bool| {
        let of_subject = given.iter().filter(covers).filter(move |r| {
            if exact {
                r.subject == change.subject
            } else {
                is_within(&change.subject, &r.subject)
            }
        });
        of_subject
            .clone()
            .find(|r| r.aspect.is_some())
            .or_else(|| of_subject.clone().next())
    };
    best(true).or_else(|| best(false)).map(|r| r.text.as_str())
}

/// Whether a reason explains some change of `changes`: one of its subject
/// (or inside it) and, when it names an aspect, of that aspect's kinds.
pub fn explains_some(reason: &Rationale, changes: &[Change]) -> bool {
    changes.iter().any(|c| {
        is_within(&c.subject, &reason.subject) && reason.aspect.is_none_or(|a| c.kind.is_of(a))
    })
}
