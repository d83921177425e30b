//! The OPA bundle decides as `policy-runtime` does: its Rego, evaluated by
//! regorus on its `data.json`, gives the same `allowed` and `code` on every
//! query of the conformance enumeration (every pair of every policy that
//! builds, under every subset of the facts that matter to it) and on
//! random queries on a synthetic policy.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod engines;

use engines::{Rego, tables};
use policy_runtime::{RuleTable, Rules};
use policyc::targets::conformance::{self, Query, Random};
use policyc::targets::opa::{self, Bundle};

/// Asserts that the bundle of `table` answers every query as the runtime.
fn agrees(table: &RuleTable, queries: impl IntoIterator<Item = Query>) -> usize {
    let rules = Rules::from_table(table.clone()).unwrap();
    let mut rego = Rego::new(table);
    let mut count = 0;
    for query in queries {
        let expected = query.decide(&rules);
        let (allowed, code) = rego.decide(&query);
        assert_eq!(
            (allowed, code.as_str()),
            (expected.allowed, expected.code.as_str()),
            "{}: {query:?}",
            table.policy
        );
        count += 1;
    }
    count
}

#[test]
fn the_bundle_agrees_with_the_runtime_on_every_pair_of_every_policy() {
    let mut total = 0;
    for table in tables() {
        let queries = conformance::edges(&table)
            .into_iter()
            .chain(conformance::exhaustive(&table));
        total += agrees(&table, queries);
    }
    assert!(total > 1000, "only {total} queries");
}

/// How many random queries on the synthetic policy (regorus is built
/// optimized even in a debug build: see Cargo.toml's profile).
const RANDOM: usize = 100_000;

#[test]
fn the_bundle_agrees_with_the_runtime_on_random_queries() {
    let table = engines::synthetic(1000);
    assert_eq!(agrees(&table, Random::new(&table, 16).take(RANDOM)), RANDOM);
}

#[test]
fn the_committed_bundle_is_the_build_of_the_committed_table() {
    for (dir, table) in engines::committed_tables() {
        let bundle = Bundle::of(&table).unwrap();
        for (name, bytes) in bundle.files() {
            let written = std::fs::read(dir.join(opa::DIR).join(name)).unwrap();
            assert!(written == bytes, "{} differs", dir.join(name).display());
        }
        let mut tarball = Vec::new();
        opa::write_tarball(&bundle.files(), &mut tarball).unwrap();
        assert!(std::fs::read(dir.join(opa::TARBALL)).unwrap() == tarball);
    }
}

#[test]
fn the_tarball_holds_the_bundle_files_with_fixed_headers() {
    let table = engines::synthetic(20);
    let bundle = Bundle::of(&table).unwrap();
    let mut tarball = Vec::new();
    opa::write_tarball(&bundle.files(), &mut tarball).unwrap();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tarball.as_slice()));
    let mut names = Vec::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let header = entry.header();
        assert_eq!(header.mtime().unwrap(), 0);
        assert_eq!((header.uid().unwrap(), header.gid().unwrap()), (0, 0));
        assert_eq!(header.mode().unwrap(), 0o644);
        let name = entry.path().unwrap().display().to_string();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        let expected = bundle.files().iter().find(|(n, _)| *n == name).unwrap().1;
        assert!(bytes == expected, "{name}");
        names.push(name);
    }
    assert_eq!(names, opa::FILES);
    let manifest: serde_json::Value = serde_json::from_slice(&bundle.manifest).unwrap();
    assert_eq!(
        manifest["revision"],
        format!("{}+{}", table.version, table.digest)
    );
    assert_eq!(manifest["roots"], serde_json::json!(["policyc/synthetic"]));
}

/// The README's section on OPA: its inputs, asked of the committed
/// bundle, decide as the runtime on the committed table, and its bundle
/// service configuration names the committed tarball.
#[test]
fn the_readmes_opa_examples_hold_on_the_committed_bundle() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let section = engines::readme_section("Other engines: OPA bundles");
    let resource = section
        .lines()
        .find_map(|l| l.trim().strip_prefix("resource: "))
        .expect("a bundle resource");
    assert!(
        root.join("generated").join(resource).is_file(),
        "{resource}"
    );
    let queries: Vec<Query> = section
        .lines()
        .filter(|l| l.starts_with("{\"kind\""))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(queries.len(), 2);
    let dir = root.join("generated/pro_it_privacy");
    let rules = Rules::from_path(dir.join("rules.json")).unwrap();
    let mut rego = Rego::new(rules.table());
    for query in &queries {
        let decision = query.decide(&rules);
        assert!(decision.allowed, "{query:?}");
        assert_eq!(
            rego.decide(query),
            (true, decision.code.as_str().to_owned())
        );
    }
    assert!(section.contains("{\"allowed\": true, \"code\": \"allowed\""));
}

#[test]
fn a_policy_id_that_is_a_rego_keyword_is_quoted_in_references() {
    let table = engines::fixture_table("targets/keywords.policy");
    assert_eq!(table.policy, "import");
    let rego = opa::rego(&table);
    assert!(rego.contains("package policyc[\"import\"]\n"), "{rego}");
    assert!(rego.contains("data.policyc[\"import\"].table"), "{rego}");
    assert!(!rego.contains("policyc.import"), "{rego}");
    // The decision is where the README says, under `data.policyc.import`.
    let mut engine = Rego::new(&table);
    let query = Query::Use {
        data: "in.if".into(),
        purpose: "not".into(),
        facts: vec!["consent:not".into()],
    };
    assert_eq!(engine.decide(&query), (true, "allowed".to_owned()));
    assert!(agrees(&table, conformance::exhaustive(&table)) > 0);
}

/// The objection to a direct-marketing purpose denies its use on consent
/// too (GDPR Art. 21(2), (3)), in the bundle as in the runtime.
#[test]
fn an_objection_stops_direct_marketing_on_consent() {
    let table = engines::fixture_table("marketing/newsletter.policy");
    let mut rego = Rego::new(&table);
    let cases = engines::marketing_use_cases();
    engines::runtime_answers(&table, &cases);
    for (query, expected) in cases {
        let (allowed, code) = rego.decide(&query);
        assert_eq!((allowed, code.as_str()), expected, "{query:?}");
    }
    let data = String::from_utf8(Bundle::of(&table).unwrap().data).unwrap();
    assert!(data.contains("\"direct_marketing\""), "{data}");
}

/// The objection to a direct-marketing purpose stops a tracker serving
/// it, even one that also serves another purpose, in the bundle as in
/// the runtime.
#[test]
fn an_objection_to_direct_marketing_stops_its_tracker() {
    let table = engines::fixture_table("marketing/newsletter.policy");
    let mut rego = Rego::new(&table);
    let cases = engines::marketing_tracker_cases();
    engines::runtime_answers(&table, &cases);
    for (query, expected) in cases {
        let (allowed, code) = rego.decide(&query);
        assert_eq!((allowed, code.as_str()), expected, "{query:?}");
    }
    assert!(agrees(&table, conformance::exhaustive(&table)) > 0);
}

/// A transfer that is a sale on its own line (`transfer … disclosed_as
/// sale`) is denied by the opt-out of sale and by GPC, in the bundle as in
/// the runtime; another transfer to the same recipient is not.
#[test]
fn a_transfer_disclosed_as_sale_is_opted_out_of() {
    let table = engines::fixture_table("us/transfer_sale.policy");
    let mut rego = Rego::new(&table);
    let cases = engines::transfer_disclosure_cases();
    engines::runtime_answers(&table, &cases);
    for (query, expected) in cases {
        let (allowed, code) = rego.decide(&query);
        assert_eq!((allowed, code.as_str()), expected, "{query:?}");
    }
    assert!(agrees(&table, conformance::exhaustive(&table)) > 0);
}
