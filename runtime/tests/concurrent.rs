//! The runtime under concurrent use: many threads deciding while the table
//! is swapped for new editions, some of which fail to load. Every decision
//! must come whole from one edition (no torn reads), none may be lost, and
//! a table that fails to load must never replace the good one.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

use policy_runtime::{
    Basis, DataEntry, Facts, Identity, PurposeEntry, RuleTable, Rules, SharedRules, UseRule,
};

/// An edition in which `data` may be used for `purpose` iff `allowed`,
/// versioned so a decision tells which edition made it.
fn edition(version: u32, allowed: bool) -> Rules {
    let mut table = RuleTable::new("concurrent", &format!("{version}.0.0"), "2026-12-01");
    table
        .data
        .push(DataEntry::new("data", "Data", Identity::Identified));
    table
        .purposes
        .push(PurposeEntry::new("purpose", "Purpose", Basis::Contract));
    if allowed {
        table
            .uses
            .push(UseRule::new("data", "purpose", Basis::Contract));
    }
    table.seal();
    Rules::from_table(table).unwrap()
}

#[test]
fn decisions_stay_consistent_while_the_table_is_swapped() {
    const READERS: usize = 4;
    const SWAPS: u32 = 200;
    let shared = SharedRules::new(edition(0, true));
    let stop = Arc::new(AtomicBool::new(false));
    let decided = Arc::new(AtomicUsize::new(0));

    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let shared = shared.clone();
            let stop = Arc::clone(&stop);
            let decided = Arc::clone(&decided);
            thread::spawn(move || {
                let facts = Facts::new();
                let mut mine = 0usize;
                let mut last_version = 0u32;
                // At least one decision each, however late the thread
                // starts on a loaded machine.
                while mine == 0 || !stop.load(Ordering::Relaxed) {
                    let rules = shared.current();
                    let decision = rules.decide_use("data", "purpose", &facts);
                    let version: u32 = decision
                        .table
                        .version
                        .split('.')
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap();
                    // Even editions allow, odd ones deny: a decision mixing
                    // two editions would break this.
                    assert_eq!(
                        decision.allowed,
                        version.is_multiple_of(2),
                        "torn decision in edition {version}"
                    );
                    // Editions only move forward for one reader.
                    assert!(
                        version >= last_version,
                        "went back from {last_version} to {version}"
                    );
                    last_version = version;
                    mine += 1;
                }
                decided.fetch_add(mine, Ordering::Relaxed);
                mine
            })
        })
        .collect();

    for version in 1..=SWAPS {
        shared.replace(edition(version, version % 2 == 0)).unwrap();
        // A bad edition arriving in between is refused and never installed.
        let mut corrupt = serde_json::to_vec(&edition(version, true).into_table()).unwrap();
        corrupt.truncate(corrupt.len() / 2);
        assert!(Rules::from_slice(&corrupt).is_err());
        thread::yield_now();
    }
    stop.store(true, Ordering::Relaxed);

    let per_reader: Vec<usize> = readers
        .into_iter()
        .map(|r| r.join().expect("a reader panicked"))
        .collect();
    assert!(
        per_reader.iter().all(|n| *n > 0),
        "a reader made no decision: {per_reader:?}"
    );
    assert_eq!(
        per_reader.iter().sum::<usize>(),
        decided.load(Ordering::Relaxed)
    );
    assert_eq!(shared.current().version(), format!("{SWAPS}.0.0"));
}

#[test]
fn a_reloader_keeps_the_last_good_table_under_readers() {
    let dir =
        std::env::temp_dir().join(format!("policy-runtime-concurrent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rules.json");
    std::fs::write(
        &path,
        serde_json::to_vec(&edition(1, true).into_table()).unwrap(),
    )
    .unwrap();
    let mut reloader = policy_runtime::Reloader::open(&path).unwrap();
    let shared = reloader.shared();
    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let shared = shared.clone();
        let stop = Arc::clone(&stop);
        thread::spawn(move || {
            let mut n = 0usize;
            while n == 0 || !stop.load(Ordering::Relaxed) {
                assert!(
                    shared
                        .current()
                        .decide_use("data", "purpose", &Facts::new())
                        .allowed
                );
                n += 1;
            }
            n
        })
    };
    for _ in 0..50 {
        std::fs::write(&path, b"{\"schema\": truncated").unwrap();
        assert!(reloader.try_reload().is_err());
        assert_eq!(reloader.current().version(), "1.0.0");
    }
    stop.store(true, Ordering::Relaxed);
    assert!(reader.join().unwrap() > 0);
    let _ = std::fs::remove_dir_all(&dir);
}
