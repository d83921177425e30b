//! The Cedar export decides as `policy-runtime` does: cedar-policy, on the
//! export's schema, policies and entities, gives the same `allowed` and,
//! through the determining policies' `@code`, the same code on every
//! query of the conformance enumeration of every policy that builds and
//! on random queries on a synthetic policy, an objection to a name that is
//! neither a purpose nor a recipient (`unknown_fact`) included: the
//! request's context carries the facts' objections apart.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod engines;

use engines::{Cedar, tables};
use policy_runtime::{DecisionCode, RuleTable, Rules, TrackerCode};
use policyc::targets::conformance::{self, Code, Query, Random};

/// Asserts that the export of `table` answers every query as the runtime;
/// returns how many queries, and how many the runtime refused for a stray
/// objection (`unknown_fact`).
fn agrees(table: &RuleTable, queries: impl IntoIterator<Item = Query>) -> (usize, usize) {
    let rules = Rules::from_table(table.clone()).unwrap();
    let cedar = Cedar::new(table);
    let (mut count, mut stray) = (0, 0);
    for query in queries {
        let expected = query.decide(&rules);
        if expected.code == Code::Decision(DecisionCode::UnknownFact)
            || expected.code == Code::Tracker(TrackerCode::UnknownFact)
        {
            stray += 1;
        }
        assert_eq!(
            cedar.decide(&query),
            (expected.allowed, expected.code.as_str().to_owned()),
            "{}: {query:?}",
            table.policy
        );
        count += 1;
    }
    (count, stray)
}

#[test]
fn the_export_agrees_with_the_runtime_on_every_pair_of_every_policy() {
    let mut total = 0;
    for table in tables() {
        let queries = conformance::edges(&table)
            .into_iter()
            .chain(conformance::exhaustive(&table));
        total += agrees(&table, queries).0;
    }
    assert!(total > 1000, "only {total} queries");
}

/// How many random queries on the synthetic policy (cedar-policy is built
/// optimized even in a debug build: see Cargo.toml's profile).
const RANDOM: usize = 100_000;

#[test]
fn the_export_agrees_with_the_runtime_on_random_queries() {
    let table = engines::synthetic(1000);
    let (count, stray) = agrees(&table, Random::new(&table, 16).take(RANDOM));
    assert_eq!(count, RANDOM);
    assert!(stray > 0 && stray < RANDOM / 10, "{stray}");
}

#[test]
fn the_committed_export_is_the_build_of_the_committed_table() {
    for (dir, table) in engines::committed_tables() {
        let export = policyc::targets::cedar::Export::of(&table).unwrap();
        for (name, bytes) in policyc::targets::cedar::FILES.iter().zip(export.files()) {
            let path = dir.join(policyc::targets::cedar::DIR).join(name);
            assert!(std::fs::read(&path).unwrap() == bytes, "{}", path.display());
        }
    }
}

#[test]
fn categories_have_their_parents_in_the_entity_hierarchy() {
    let table = engines::synthetic(20);
    let export = policyc::targets::cedar::Export::of(&table).unwrap();
    let entities: serde_json::Value = serde_json::from_slice(&export.entities).unwrap();
    let child = entities
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"]["id"] == "c0.f1")
        .unwrap();
    assert_eq!(
        child["parents"],
        serde_json::json!([{"type": "Data", "id": "c0"}])
    );
}

/// The README's section on Cedar names the export's attributes and
/// annotation as the committed files hold them.
#[test]
fn the_readmes_cedar_section_matches_the_committed_export() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let section = engines::readme_section("Other engines: Cedar");
    let dir = root.join("generated/pro_it_privacy/cedar");
    let schema = std::fs::read_to_string(dir.join("schema.cedarschema")).unwrap();
    let policies = std::fs::read_to_string(dir.join("policies.cedar")).unwrap();
    for attribute in [
        "uses",
        "uses_always",
        "uses_unstated",
        "uses_consent",
        "uses_unless",
        "transfers",
    ] {
        assert!(section.contains(&format!("`{attribute}`")), "{attribute}");
        assert!(schema.contains(&format!("  {attribute}: Set<String>,")));
    }
    assert!(section.contains("`@code(\"consent_missing\")`"));
    assert!(policies.contains("@code(\"consent_missing\")\nforbid"));
    for shape in [
        "principal `Purpose::\"P\"`",
        "`Action::\"use\"`",
        "`Recipient::\"R\"`",
        "`Action::\"transfer\"`",
        "resource `Data::\"D\"`",
    ] {
        assert!(section.contains(shape), "{shape}");
    }
    assert!(schema.contains("context: { facts: Set<String>, objections: Set<String> }"));
}

#[test]
fn ids_that_are_cedar_keywords_are_entity_ids_like_any_other() {
    // `in`, `if`, `principal`, `permit`, `resource`, `forbid`, `with`:
    // ids are Cedar strings (`Data::"in"`), never identifiers, so the
    // export validates and decides as for any other name.
    let table = engines::fixture_table("targets/keywords.policy");
    let export = policyc::targets::cedar::Export::of(&table).unwrap();
    let entities = String::from_utf8(export.entities.clone()).unwrap();
    for id in [
        "in",
        "in.if",
        "principal",
        "permit",
        "resource",
        "forbid",
        "with",
    ] {
        assert!(entities.contains(&format!("\"id\": \"{id}\"")), "{id}");
    }
    let (count, _) = agrees(&table, conformance::exhaustive(&table));
    assert!(count > 0);
}

/// The objection to a direct-marketing purpose denies its use on consent
/// too (GDPR Art. 21(2), (3)), in the export as in the runtime.
#[test]
fn an_objection_stops_direct_marketing_on_consent() {
    let table = engines::fixture_table("marketing/newsletter.policy");
    let cedar = Cedar::new(&table);
    let cases = engines::marketing_use_cases();
    engines::runtime_answers(&table, &cases);
    for (query, (allowed, code)) in cases {
        assert_eq!(
            cedar.decide(&query),
            (allowed, code.to_owned()),
            "{query:?}"
        );
    }
}

/// The objection to a direct-marketing purpose stops a tracker serving
/// it, even one that also serves another purpose, in the export as in
/// the runtime; so does an objection to a name that is not a purpose.
#[test]
fn an_objection_to_direct_marketing_stops_its_tracker() {
    let table = engines::fixture_table("marketing/newsletter.policy");
    let cedar = Cedar::new(&table);
    let cases = engines::marketing_tracker_cases();
    engines::runtime_answers(&table, &cases);
    for (query, (allowed, code)) in cases {
        assert_eq!(
            cedar.decide(&query),
            (allowed, code.to_owned()),
            "{query:?}"
        );
    }
    // The enumeration (the conformance vectors' queries) asks the tracker
    // with a stray objection too, which the runtime refuses.
    let rules = Rules::from_table(table.clone()).unwrap();
    let queries = conformance::exhaustive(&table);
    assert!(
        queries.iter().any(|q| matches!(q, Query::Tracker { .. })
            && q.decide(&rules).code == Code::Tracker(TrackerCode::UnknownFact)),
        "no stray objection asked of the tracker"
    );
    let (count, stray) = agrees(&table, queries);
    assert!(count > 0 && stray > 0, "{count} {stray}");
}

/// A transfer that is a sale on its own line (`transfer … disclosed_as
/// sale`) is denied by the opt-out of sale and by GPC, in the export as in
/// the runtime; another transfer to the same recipient is not.
#[test]
fn a_transfer_disclosed_as_sale_is_opted_out_of() {
    let table = engines::fixture_table("us/transfer_sale.policy");
    let cedar = Cedar::new(&table);
    let cases = engines::transfer_disclosure_cases();
    engines::runtime_answers(&table, &cases);
    for (query, (allowed, code)) in cases {
        assert_eq!(
            cedar.decide(&query),
            (allowed, code.to_owned()),
            "{query:?}"
        );
    }
    let (count, _) = agrees(&table, conformance::exhaustive(&table));
    assert!(count > 0);
}
