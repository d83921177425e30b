//! No input makes loading panic, and no damaged table is taken for another.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use policy_runtime::*;

#[test]
fn every_truncation_is_refused() {
    let json = serde_json::to_vec(&common::sample()).unwrap();
    for cut in 0..json.len() {
        assert!(Rules::from_slice(&json[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn a_damaged_byte_is_refused_or_changes_nothing() {
    // Every byte replaced by each of a few others: the result is refused, or
    // (whitespace for whitespace) it is the very same table.
    let json = common::sample_json().into_bytes();
    let expected = common::sample();
    let mut accepted = 0;
    for at in 0..json.len() {
        for &b in b" \"\xff" {
            if json[at] == b {
                continue;
            }
            let mut damaged = json.clone();
            damaged[at] = b;
            if let Ok(rules) = Rules::from_slice(&damaged) {
                assert_eq!(rules.table(), &expected, "byte {at} set to {b:#x}");
                accepted += 1;
            }
        }
    }
    assert!(accepted > 0, "whitespace changes are accepted");
}

#[test]
fn sorting_is_canonical() {
    let mut t = common::sample();
    let sorted = t.clone();
    t.data.reverse();
    t.uses.reverse();
    t.transfers.rotate_left(2);
    t.purposes.reverse();
    t.recipients.reverse();
    t.sort();
    assert_eq!(t, sorted);
}

#[test]
fn rules_are_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Rules>();
    shareable::<SharedRules>();
    shareable::<FactSet>();
    shareable::<LoadError>();
    shareable::<Decision<'static>>();
}
