//! The watcher of the `tokio` feature publishes each new table, and each
//! refusal, on its channel (issue 19, item 9).

#![cfg(feature = "tokio")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use std::time::{Duration, Instant};

use policy_runtime::*;

fn edition(version: &str) -> Vec<u8> {
    let mut t = common::sample();
    t.version = version.into();
    t.seal();
    serde_json::to_vec_pretty(&t).unwrap()
}

/// Waits, without an executor, for the next update.
fn next(updates: &mut tokio::sync::watch::Receiver<watch::Update>) -> watch::Update {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !updates.has_changed().unwrap() {
        assert!(Instant::now() < deadline, "no update within 10 s");
        std::thread::sleep(Duration::from_millis(5));
    }
    updates.borrow_and_update().clone()
}

#[test]
fn the_watcher_publishes_new_tables_and_refusals() {
    let dir = std::env::temp_dir().join(format!("policy-runtime-watch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rules.json");
    std::fs::write(&path, edition("1.0.0")).unwrap();
    let reloader = Reloader::open(&path).unwrap();
    let shared = reloader.shared();
    let mut updates = watch::spawn(reloader, Duration::from_millis(10));
    assert_eq!(updates.borrow().rules.version(), "1.0.0");
    let first = updates.borrow().generation;

    // Written aside and renamed, as a deployment does: never seen half-written.
    let staged = dir.join("rules.json.new");
    std::fs::write(&staged, edition("1.1.0")).unwrap();
    std::fs::rename(&staged, &path).unwrap();
    let update = next(&mut updates);
    assert_eq!(update.rules.version(), "1.1.0");
    assert!(update.error.is_none());
    assert_eq!(update.generation, first + 1);
    assert_eq!(shared.generation(), update.generation);

    std::fs::write(&path, b"{\"schema\": ").unwrap();
    let update = next(&mut updates);
    assert!(matches!(update.error, Some(LoadError::Truncated(_))));
    assert_eq!(update.rules.version(), "1.1.0");

    drop(updates);
    let _ = std::fs::remove_dir_all(&dir);
}
