//! Decisions on the same queries through each engine: `policy-runtime` by
//! name and by ids, regorus on the OPA bundle and cedar-policy on the
//! Cedar export, on the synthetic policy of N = 10,000 data categories
//! and 10,000 seeded random queries (`targets::conformance::Random`). Run
//! with `cargo bench --bench engines`; each figure is the time of the
//! whole set, so divide by 10,000 for a decision.

#![allow(
    missing_docs,
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a benchmark: its setup fails loudly"
)]

#[path = "../tests/engines/mod.rs"]
mod engines;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use policy_runtime::{Facts, Rules};
use policyc::targets::conformance::{Query, Random};

/// The size of the synthetic policy.
const N: usize = 10_000;
/// How many queries each measurement decides.
const QUERIES: usize = 10_000;

/// A query resolved to the runtime's ids, for its hot path.
enum Resolved {
    Use(
        policy_runtime::DataId,
        policy_runtime::PurposeId,
        policy_runtime::FactSet,
    ),
    Transfer(
        policy_runtime::DataId,
        policy_runtime::RecipientId,
        policy_runtime::FactSet,
    ),
}

fn resolve(rules: &Rules, query: &Query) -> Option<Resolved> {
    let facts: Facts = query.facts().iter().map(String::as_str).collect();
    let set = rules.resolve_facts(&facts);
    Some(match query {
        Query::Use { data, purpose, .. } => {
            Resolved::Use(rules.data_id(data)?, rules.purpose_id(purpose)?, set)
        }
        Query::Transfer {
            data, recipient, ..
        } => Resolved::Transfer(rules.data_id(data)?, rules.recipient_id(recipient)?, set),
        Query::Tracker { .. } | Query::Child { .. } | Query::Decision { .. } => return None,
    })
}

fn engines(c: &mut Criterion) {
    let table = engines::synthetic(N);
    // Uses and transfers, the hot path the figures compare.
    let queries: Vec<Query> = Random::new(&table, 16)
        .filter(|q| matches!(q, Query::Use { .. } | Query::Transfer { .. }))
        .take(QUERIES)
        .collect();
    let rules = Rules::from_table(table.clone()).unwrap();
    // Names the table does not have are not resolved to ids: the by-ids
    // path decides the others.
    let resolved: Vec<Resolved> = queries.iter().filter_map(|q| resolve(&rules, q)).collect();
    let mut rego = engines::Rego::new(&table);
    let cedar = engines::Cedar::new(&table);
    let requests: Vec<cedar_policy::Request> = queries.iter().map(|q| cedar.request(q)).collect();
    let inputs: Vec<regorus::Value> = queries
        .iter()
        .map(|q| regorus::Value::from_json_str(&serde_json::to_string(q).unwrap()).unwrap())
        .collect();

    let mut group = c.benchmark_group(format!("engines n={N} queries={QUERIES}"));
    group.bench_function("policy-runtime by name", |b| {
        b.iter(|| {
            for query in &queries {
                black_box(query.decide(&rules).allowed);
            }
        })
    });
    group.bench_function("policy-runtime by ids", |b| {
        b.iter(|| {
            for query in &resolved {
                let allowed = match query {
                    Resolved::Use(d, p, f) => rules.decide_use_ids(*d, *p, f).allowed,
                    Resolved::Transfer(d, r, f) => rules.decide_transfer_ids(*d, *r, f).allowed,
                };
                black_box(allowed);
            }
        })
    });
    group.bench_function("regorus (OPA bundle)", |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(rego.decide_input(input.clone()));
            }
        })
    });
    group.bench_function("cedar-policy (Cedar export)", |b| {
        b.iter(|| {
            for request in &requests {
                black_box(cedar.authorize(request));
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the figures are ratios between engines, not fine timings.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = engines
}
criterion_main!(benches);
