//! Why an edition makes a change: the `because ID "why"` lines of its
//! `changes` block, matched to the changes of the diff by what they
//! concern.

use super::Change;
use crate::model::{Policy, is_within};

/// The author's reason for `change`, from the edition that makes it: a
/// `because` whose id is the change's subject or a category containing it,
/// so one line can explain every part of a category the edition splits.
pub fn rationale<'p>(edition: &'p Policy, change: &Change) -> Option<&'p str> {
    let given = &edition.changes.as_ref()?.rationales;
    given
        .iter()
        .find(|r| r.subject == change.subject)
        .or_else(|| {
            given
                .iter()
                .find(|r| is_within(&change.subject, &r.subject))
        })
        .map(|r| r.text.as_str())
}
