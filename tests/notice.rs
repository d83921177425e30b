//! The change notice for users and what feeds it: the reasons an edition
//! gives for its changes (`because` in the `changes` block), W0460 where
//! an expanding change has none (`tests/diff.rs` builds the example
//! without its reason), and the notice files the build writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::diff;

fn compile(path: impl AsRef<Path>) -> policyc::model::Policy {
    let text = std::fs::read_to_string(path.as_ref()).unwrap();
    policyc::check_source(&text)
        .policy
        .unwrap_or_else(|| panic!("{} does not check", path.as_ref().display()))
}

#[test]
fn a_reason_is_read_into_the_edition_and_matches_the_parts_of_its_category() {
    let old = compile("tests/fixtures/notice/old.policy");
    let new = compile("tests/fixtures/notice/new.policy");
    let d = diff::diff(&old, &new);
    let reasons: Vec<(String, Option<&str>)> = d
        .of_class(diff::Class::Expanding)
        .map(|c| (c.subject.clone(), diff::rationale(&new, c)))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "account.phone".to_owned(),
                Some("So that couriers can call you about a delivery.")
            ),
            ("analytics".to_owned(), None),
        ]
    );
}

#[test]
fn the_reasons_are_not_a_change_of_the_policy() {
    let new = compile("tests/fixtures/notice/new.policy");
    let mut without = new.clone();
    without.changes.as_mut().unwrap().rationales.clear();
    assert!(diff::diff(&without, &new).is_empty());
}
