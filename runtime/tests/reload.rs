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
    table_of("pro_it_privacy", version, "Billing")
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
                    assert!(["1.1.0", "2.0.0"].contains(&d.table.version.as_str()));
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

/// A table of `policy` at `version`, labelled `label` (which changes its
/// digest, not its version).
fn table_of(policy: &str, version: &str, label: &str) -> Vec<u8> {
    let mut t = common::sample();
    t.policy = policy.into();
    t.version = version.into();
    if let Some(p) = t.purposes.first_mut() {
        p.label = label.into();
    }
    t.seal();
    serde_json::to_vec_pretty(&t).unwrap()
}

/// The missed reload of issue 19: an edit that keeps the size and the
/// modification time (`cp -p`, `rsync -t`) is loaded, also once the
/// file's metadata has settled and polls no longer read it.
#[test]
fn an_edit_keeping_size_and_mtime_is_not_missed() {
    let dir = Scratch::new("same-stamp");
    let path = dir.0.join("rules.json");
    let old = edition("1.1.0");
    let new = edition("1.2.0");
    assert_eq!(old.len(), new.len());
    write(&path, &old, 0);
    let mut reloader = Reloader::open(&path).unwrap();

    // At once, within the time stamps' resolution.
    write(&path, &new, 0);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(reloader.current().version(), "1.2.0");

    // After the metadata settled: an unchanged stamp is trusted, and an
    // in-place edit still changes it (the status-change time).
    std::thread::sleep(Duration::from_millis(2_100));
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);
    let newer = edition("1.3.0");
    assert_eq!(newer.len(), new.len());
    write(&path, &newer, 0);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(reloader.current().version(), "1.3.0");
}

#[test]
fn identical_content_is_unchanged() {
    let dir = Scratch::new("identical");
    let path = dir.0.join("rules.json");
    let bytes = edition("1.1.0");
    write(&path, &bytes, 0);
    let mut reloader = Reloader::open(&path).unwrap();
    let before = reloader.current();
    // The same bytes, touched.
    write(&path, &bytes, 1);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);
    // The same table written compactly: other bytes, the same digest.
    let compact = serde_json::to_vec(&before.table()).unwrap();
    write(&path, &compact, 2);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);
    assert!(Arc::ptr_eq(&before, &reloader.current()));
}

/// The accepted downgrade of issue 19: a rollback to an older edition and
/// another policy's table are refused, the served table stays.
#[test]
fn rollbacks_and_other_policies_are_refused() {
    let dir = Scratch::new("guards");
    let path = dir.0.join("rules.json");
    write(&path, &table_of("pro_it_privacy", "1.2.0", "Billing"), 0);
    let mut reloader = Reloader::open(&path).unwrap();

    write(&path, &table_of("pro_it_privacy", "1.1.0", "Billing"), 1);
    let err = reloader.poll().unwrap_err();
    assert!(
        matches!(&err, LoadError::Downgrade { current, found } if current == "1.2.0" && found == "1.1.0"),
        "{err}"
    );
    assert_eq!(reloader.current().version(), "1.2.0");
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);

    write(&path, &table_of("acme_shop", "9.0.0", "Billing"), 2);
    let err = reloader.poll().unwrap_err();
    assert!(
        matches!(&err, LoadError::OtherPolicy { expected, found } if expected == "pro_it_privacy" && found == "acme_shop"),
        "{err}"
    );
    assert_eq!(reloader.current().policy(), "pro_it_privacy");

    // An amended edition (same version, another digest) is accepted.
    write(&path, &table_of("pro_it_privacy", "1.2.0", "Invoicing"), 3);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(reloader.current().table().purposes[0].label, "Invoicing");

    // A deliberate rollback goes through the slot.
    let old = Rules::from_slice(&table_of("pro_it_privacy", "1.1.0", "Billing")).unwrap();
    reloader.shared().replace(old).unwrap();
    assert_eq!(reloader.current().version(), "1.1.0");
}

#[test]
fn added_guards_refuse_with_their_reason() {
    let dir = Scratch::new("custom-guard");
    let path = dir.0.join("rules.json");
    write(&path, &edition("1.1.0"), 0);
    let mut reloader = Reloader::open(&path)
        .unwrap()
        .guard(|_: &Rules, next: &Rules| {
            if next.version().starts_with("2.") {
                Err("a major edition waits for review".to_owned())
            } else {
                Ok(())
            }
        });
    write(&path, &edition("2.0.0"), 1);
    let err = reloader.poll().unwrap_err();
    assert!(matches!(&err, LoadError::Refused { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "a reload guard refused the new rule table: a major edition waits for review"
    );
    write(&path, &edition("1.2.0"), 2);
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert!(format!("{reloader:?}").contains("guards: 1"));
}
