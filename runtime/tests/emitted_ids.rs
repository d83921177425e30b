//! The ids `policyc build --emit rust` writes compile against this crate
//! and resolve in the table built from the same policy (issue 19, item 7).
//! The module is `fixtures/pro_it_privacy_ids.rs`, kept equal to what the
//! compiler emits by `tests/emit_rust.rs` at the workspace root.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[path = "fixtures/pro_it_privacy_ids.rs"]
mod ids;

use policy_runtime::*;

#[test]
fn emitted_ids_resolve_and_decide() {
    let rules = Rules::from_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../generated/pro_it_privacy/rules.json"
    ))
    .unwrap();
    let ids = ids::Ids::resolve(&rules).unwrap();
    assert_eq!(
        ids.data.account__email,
        rules.data_id(ids::data::ACCOUNT__EMAIL).unwrap()
    );
    let facts = rules.fact_set([Fact::objection_to(ids.purposes.quality)]);
    let d = rules.decide_use_ids(ids.data.device, ids.purposes.quality, &facts);
    assert_eq!(d.code, DecisionCode::Objected);
    assert!(
        rules
            .decide_use_ids(ids.data.account__email, ids.purposes.communication, &facts)
            .allowed
    );
    // A table without one of the ids does not resolve.
    let mut other = rules.table().clone();
    other.recipients.clear();
    other.transfers.clear();
    other.seal();
    assert!(ids::Ids::resolve(&Rules::from_table(other).unwrap()).is_none());
}
