//! Reloading keeps the last good table.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use policy_runtime::*;

/// A scratch directory removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("policy-runtime-{name}-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Writes `contents` and gives the file a distinct modification time, so a
/// change is seen even on a file system with coarse timestamps.
fn write(path: &Path, contents: &[u8], tick: u64) {
    fs::write(path, contents).unwrap();
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + tick))
        .unwrap();
}

fn edition(version: &str) -> Vec<u8> {
    let mut t = common::sample();
    t.version = version.into();
    t.seal();
    serde_json::to_vec_pretty(&t).unwrap()
}

#[test]
fn reloads_on_change_and_keeps_the_last_good_table() {
    let dir = Scratch::new("reload");
    let path = dir.0.join("rules.json");
    write(&path, &edition("1.0.0"), 0);
    let mut reloader = Reloader::open(&path).unwrap();
    assert_eq!(reloader.path(), path);
    let shared = reloader.shared();
    let snapshot = shared.current();
    assert_eq!(snapshot.version(), "1.0.0");

    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);

    write(&path, &edition("1.1.0"), 1);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(shared.current().version(), "1.1.0");
    // a snapshot taken before stays whole
    assert_eq!(snapshot.version(), "1.0.0");
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);

    // a truncated write is refused, the last good table stays
    let good = edition("1.2.0");
    write(&path, &good[..good.len() / 2], 2);
    let err = reloader.poll().unwrap_err();
    assert!(matches!(err, LoadError::Truncated(_)), "{err}");
    assert_eq!(shared.current().version(), "1.1.0");
    // and is not retried until the file changes again
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);

    // a hand-edited table is refused
    let edited = String::from_utf8(edition("1.2.0"))
        .unwrap()
        .replace("\"version\": \"1.2.0\"", "\"version\": \"1.3.0\"");
    write(&path, edited.as_bytes(), 3);
    assert!(matches!(
        reloader.poll(),
        Err(LoadError::DigestMismatch { .. })
    ));
    assert_eq!(shared.current().version(), "1.1.0");

    // the file disappears: an error, the table stays
    fs::remove_file(&path).unwrap();
    assert!(matches!(reloader.poll(), Err(LoadError::Io { .. })));
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);
    assert_eq!(reloader.current().version(), "1.1.0");

    // fixed
    write(&path, &good, 4);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(shared.current().version(), "1.2.0");

    // an explicit reload reads the file even when unchanged
    let rules = reloader.try_reload().unwrap();
    assert_eq!(rules.version(), "1.2.0");
}

#[test]
fn opening_a_bad_file_fails() {
    let dir = Scratch::new("open");
    let path = dir.0.join("rules.json");
    assert!(matches!(Reloader::open(&path), Err(LoadError::Io { .. })));
    write(&path, b"{", 0);
    assert!(matches!(
        Reloader::open(&path),
        Err(LoadError::Truncated(_))
    ));
}

#[test]
fn a_reloader_can_serve_an_existing_slot() {
    let dir = Scratch::new("slot");
    let path = dir.0.join("rules.json");
    write(&path, &edition("1.0.0"), 0);
    let shared = SharedRules::new(Rules::from_path(&path).unwrap());
    let mut reloader = Reloader::with_shared(&path, shared.clone());
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);
    write(&path, &edition("2.0.0"), 1);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(shared.current().version(), "2.0.0");
}

#[test]
fn readers_on_other_threads_see_whole_tables() {
    let shared = SharedRules::new(common::rules());
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let shared = shared.clone();
            std::thread::spawn(move || {
                let facts = Facts::new();
                for _ in 0..2_000 {
                    let rules: Arc<Rules> = shared.current();
                    let d = rules.decide_use("account", "billing", &facts);
                    assert!(d.allowed);
                    assert!(["1.1.0", "2.0.0"].contains(&d.policy_version));
                }
            })
        })
        .collect();
    for i in 0..200 {
        let mut t = common::sample();
        t.version = if i % 2 == 0 { "2.0.0" } else { "1.1.0" }.into();
        t.seal();
        let previous = shared.replace(Rules::from_table(t).unwrap()).unwrap();
        assert!(["1.1.0", "2.0.0"].contains(&previous.version()));
    }
    for r in readers {
        r.join().unwrap();
    }
}
