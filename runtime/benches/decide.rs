//! Decision and load times on a synthetic table of 10,000 data categories,
//! 1,000 purposes and 100 recipients (see `tests/common/synthetic.rs`).
//!
//! The decisions on trackers, on a child and on automated decisions are
//! timed on the same table with trackers, a stance on children and
//! automated decisions added ([`with_new_kinds`]), so that the table of the
//! use and transfer figures stays as it was.
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
use policy_runtime::{
    Audience, AutomatedBasis, AutomatedDecisionEntry, AutomatedId, ChildrenEntry, DataId, Date,
    Event, Fact, Facts, PurposeId, RecipientId, RuleTable, Rules, Safeguard, TrackerCategory,
    TrackerEntry, TrackerId, fact,
};

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

    // Trackers, a child and automated decisions, on the table with them.
    let kinds = with_new_kinds(&table);
    let kinds_rules = Rules::from_table(kinds.clone()).unwrap();
    let mut kinds_facts = facts.clone();
    for (n, d) in kinds.decisions.iter().enumerate() {
        if n % 2 == 0 {
            kinds_facts.insert(fact::consent(&d.id));
        }
        if n % 5 == 0 {
            kinds_facts.insert(fact::human_review(&d.id));
        }
    }
    kinds_facts.insert(fact::CHILD);
    kinds_facts.insert(fact::GPC);
    let kinds_set = kinds_rules.resolve_facts(&kinds_facts);
    let trackers: Vec<(&str, TrackerId)> = kinds
        .trackers
        .iter()
        .map(|t| (t.id.as_str(), kinds_rules.tracker_id(&t.id).unwrap()))
        .collect();
    let decisions: Vec<(&str, AutomatedId)> = kinds
        .decisions
        .iter()
        .map(|d| (d.id.as_str(), kinds_rules.automated_id(&d.id).unwrap()))
        .collect();
    let allowed = trackers
        .iter()
        .filter(|(_, t)| {
            kinds_rules
                .decide_tracker_ids(*t, &kinds_set)
                .is_some_and(|d| d.allowed)
        })
        .count();
    eprintln!("{allowed} of {} trackers allowed", trackers.len());
    g.bench_function("tracker_ids", |b| {
        b.iter(|| {
            i = (i + 1) % trackers.len();
            let (_, t) = trackers[i];
            black_box(kinds_rules.decide_tracker_ids(black_box(t), &kinds_set)).map(|d| d.allowed)
        });
    });
    g.bench_function("tracker_by_name", |b| {
        b.iter(|| {
            i = (i + 1) % trackers.len();
            let (t, _) = trackers[i];
            black_box(kinds_rules.decide_tracker(black_box(t), &kinds_facts)).allowed
        });
    });
    g.bench_function("child_ids", |b| {
        b.iter(|| {
            black_box(kinds_rules.decide_child_ids(black_box(&kinds_set))).map(|d| d.allowed)
        });
    });
    g.bench_function("child_by_name", |b| {
        b.iter(|| black_box(kinds_rules.decide_child(black_box(&kinds_facts))).allowed);
    });
    g.bench_function("automated_ids", |b| {
        b.iter(|| {
            i = (i + 1) % decisions.len();
            let (_, d) = decisions[i];
            black_box(kinds_rules.decide_automated_ids(black_box(d), &kinds_set)).map(|d| d.allowed)
        });
    });
    g.bench_function("automated_by_name", |b| {
        b.iter(|| {
            i = (i + 1) % decisions.len();
            let (d, _) = decisions[i];
            black_box(kinds_rules.decide_automated(black_box(d), &kinds_facts)).allowed
        });
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

/// `table` with 500 trackers of every category, each serving one to three
/// of its purposes (a third through a recipient), 100 automated decisions
/// on each basis (half offering human review), and a stance on children
/// that asks a parent's consent under 16.
fn with_new_kinds(table: &RuleTable) -> RuleTable {
    let mut table = table.clone();
    let categories = [
        TrackerCategory::StrictlyNecessary,
        TrackerCategory::Preferences,
        TrackerCategory::Analytics,
        TrackerCategory::Marketing,
    ];
    let purposes = table.purposes.len();
    for n in 0..500 {
        let id = format!("tracker_{n}");
        let mut tracker = TrackerEntry::new(&id, &id, categories[n % categories.len()]);
        for k in 0..=(n % 3) {
            let purpose = &table.purposes[(n * 7 + k * 13) % purposes].id;
            if !tracker.serves.contains(purpose) {
                tracker.serves.push(purpose.clone());
            }
        }
        if n % 3 == 0 && !table.recipients.is_empty() {
            tracker.party = policy_runtime::TrackerParty::Third;
            tracker.recipient = Some(table.recipients[n % table.recipients.len()].id.clone());
        }
        table.trackers.push(tracker);
    }
    let bases = [
        AutomatedBasis::ExplicitConsent,
        AutomatedBasis::Contract,
        AutomatedBasis::Law,
    ];
    for n in 0..100 {
        let id = format!("decision_{n}");
        let mut decision = AutomatedDecisionEntry::new(&id, &id, bases[n % bases.len()]);
        if n % 2 == 0 {
            decision.safeguards = vec![Safeguard::HumanReview];
        }
        table.decisions.push(decision);
    }
    table.children = Some(ChildrenEntry::new(Audience::Mixed, Some(16), true));
    table.seal();
    table
}

criterion_group!(decide, benches);
criterion_main!(decide);
