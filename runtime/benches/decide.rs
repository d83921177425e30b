//! Decision and load times on a synthetic table of 10,000 data categories,
//! 1,000 purposes and 100 recipients (see `tests/common/synthetic.rs`).
//!
//! `cargo bench -p policy-runtime --bench decide -- --warm-up-time 1 --measurement-time 3`

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "benchmark harness"
)]

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use policy_runtime::{DataId, Date, Event, Fact, Facts, PurposeId, RecipientId, Rules, fact};

const N: usize = 10_000;
/// Questions cycled through, so a benchmark is not one cached answer.
const QUERIES: usize = 4096;

fn benches(c: &mut Criterion) {
    // The first releases' grounds, so figures compare across releases.
    let table = synthetic::table_on(N, &synthetic::FIRST_GROUNDS);
    let json = serde_json::to_vec_pretty(&table).unwrap();
    eprintln!(
        "synthetic table: {} data, {} purposes, {} recipients, {} uses, {} transfers, {} facts, {} KiB of JSON",
        table.data.len(),
        table.purposes.len(),
        table.recipients.len(),
        table.uses.len(),
        table.transfers.len(),
        Rules::from_table(table.clone()).unwrap().fact_names().len(),
        json.len() / 1024
    );
    let rules = Rules::from_slice(&json).unwrap();
    let facts = synthetic::session_facts(&table);
    let fact_set = rules.resolve_facts(&facts);

    let uses = synthetic::use_queries(&table, QUERIES);
    let use_ids: Vec<(DataId, PurposeId)> = uses
        .iter()
        .map(|(d, p)| (rules.data_id(d).unwrap(), rules.purpose_id(p).unwrap()))
        .collect();
    let transfers = synthetic::transfer_queries(&table, QUERIES);
    let transfer_ids: Vec<(DataId, RecipientId)> = transfers
        .iter()
        .map(|(d, r)| (rules.data_id(d).unwrap(), rules.recipient_id(r).unwrap()))
        .collect();
    let allowed = use_ids
        .iter()
        .filter(|(d, p)| rules.decide_use_ids(*d, *p, &fact_set).allowed)
        .count();
    eprintln!("{allowed} of {QUERIES} use questions allowed");

    let mut g = c.benchmark_group("decide");
    let mut i = 0;
    g.bench_function("use_ids", |b| {
        b.iter(|| {
            i = (i + 1) % QUERIES;
            let (d, p) = use_ids[i];
            black_box(rules.decide_use_ids(black_box(d), black_box(p), &fact_set)).allowed
        });
    });
    g.bench_function("use_by_name", |b| {
        b.iter(|| {
            i = (i + 1) % QUERIES;
            let (d, p) = &uses[i];
            black_box(rules.decide_use(black_box(d), black_box(p), &facts)).allowed
        });
    });
    g.bench_function("transfer_ids", |b| {
        b.iter(|| {
            i = (i + 1) % QUERIES;
            let (d, r) = transfer_ids[i];
            black_box(rules.decide_transfer_ids(black_box(d), black_box(r), &fact_set)).allowed
        });
    });
    g.bench_function("transfer_by_name", |b| {
        b.iter(|| {
            i = (i + 1) % QUERIES;
            let (d, r) = &transfers[i];
            black_box(rules.decide_transfer(black_box(d), black_box(r), &facts)).allowed
        });
    });
    g.bench_function("resolve_facts", |b| {
        b.iter(|| black_box(rules.resolve_facts(black_box(&facts))));
    });
    // Three facts, as a request builds them: by name (strings built and
    // hashed) and typed (ids, one allocation).
    let (p0, p1) = (use_ids[0].1, use_ids[1].1);
    let r0 = transfer_ids[0].1;
    g.bench_function("three_facts_by_name", |b| {
        b.iter(|| {
            let facts = Facts::from_iter([
                fact::consent(&table.purposes[p0.index()].id),
                fact::objection(&table.purposes[p1.index()].id),
                fact::consent(&table.recipients[r0.index()].id),
            ]);
            black_box(rules.resolve_facts(&facts))
        });
    });
    g.bench_function("three_facts_typed", |b| {
        b.iter(|| {
            black_box(rules.fact_set([
                Fact::consent_to(black_box(p0)),
                Fact::objection_to(black_box(p1)),
                Fact::consent_to_recipient(black_box(r0)),
            ]))
        });
    });
    let records: Vec<[(Event<'_>, Date); 1]> = (0..1_000)
        .map(|n| [(Event::Collection, Date::from_days(20_000 + n))])
        .collect();
    let (d0, _) = use_ids[0];
    g.bench_function("deadlines_1000", |b| {
        b.iter(|| rules.deadlines(d0, None, black_box(&records)).count());
    });
    g.finish();

    let mut g = c.benchmark_group("load");
    g.sample_size(20);
    g.bench_function("from_slice_10k", |b| {
        b.iter(|| black_box(Rules::from_slice(black_box(&json)).unwrap()));
    });
    g.bench_function("from_table_10k", |b| {
        b.iter_batched(
            || table.clone(),
            |t| black_box(Rules::from_table(t).unwrap()),
            criterion::BatchSize::LargeInput,
        );
    });
    g.finish();
}

criterion_group!(decide, benches);
criterion_main!(decide);
