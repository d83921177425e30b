//! Effective coverage: the data a use or a transfer reaches, compared
//! through the category hierarchy rather than the ids as written.
//!
//! A category that has subcategories holds its data through them, as the
//! rule table flattens a parent's rules onto its children. So a purpose
//! that replaces `account` by every category inside it uses the same data,
//! and a diff that read the ids alone would call that narrowing. The
//! hierarchy is the union of both editions' categories: when an edition
//! splits a category into parts, a use of the whole in the old edition and
//! of every part in the new one reach the same data.

use std::collections::BTreeSet;

use crate::model::{Policy, is_within};

/// The categories of two editions together, for comparing coverage.
pub(super) struct Coverage<'a> {
    ids: BTreeSet<&'a str>,
}

impl<'a> Coverage<'a> {
    /// The hierarchy of both editions' categories.
    pub(super) fn new(old: &'a Policy, new: &'a Policy) -> Coverage<'a> {
        let ids = old
            .data
            .iter()
            .chain(&new.data)
            .map(|d| d.id.as_str())
            .collect();
        Coverage { ids }
    }

    /// The innermost categories inside `id` (itself when it has none):
    /// the data a use of `id` effectively reaches.
    fn leaves<'s>(&'s self, id: &'s str) -> impl Iterator<Item = &'s str> + 's {
        let inside: Vec<&str> = self
            .ids
            .iter()
            .copied()
            .filter(|c| is_within(c, id))
            .collect();
        let innermost: Vec<&str> = inside
            .iter()
            .copied()
            .filter(|c| !inside.iter().any(|d| d != c && is_within(d, c)))
            .collect();
        let own = innermost.is_empty().then_some(id);
        innermost.into_iter().chain(own)
    }

    /// Whether every innermost category inside `id` satisfies `reached`:
    /// the other edition reaches all of `id`'s data, however it lists it.
    pub(super) fn all_reached(&self, id: &str, reached: impl Fn(&str) -> bool) -> bool {
        self.leaves(id).all(reached)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coverage(ids: &[&'static str]) -> Coverage<'static> {
        Coverage {
            ids: ids.iter().copied().collect(),
        }
    }

    #[test]
    fn a_parent_reaches_its_innermost_categories() {
        let c = coverage(&["a", "a.b", "a.c", "a.c.d", "ab"]);
        assert_eq!(c.leaves("a").collect::<Vec<_>>(), ["a.b", "a.c.d"]);
        assert_eq!(c.leaves("ab").collect::<Vec<_>>(), ["ab"]);
        assert_eq!(c.leaves("undeclared").collect::<Vec<_>>(), ["undeclared"]);
    }

    #[test]
    fn all_parts_reach_the_whole_and_some_do_not() {
        let c = coverage(&["a", "a.b", "a.c"]);
        let uses = ["a.b", "a.c"];
        assert!(c.all_reached("a", |leaf| uses.iter().any(|u| is_within(leaf, u))));
        assert!(!c.all_reached("a", |leaf| is_within(leaf, "a.b")));
    }
}
