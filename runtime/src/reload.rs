//! Serving the last good table while watching for a new one.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::SystemTime;

use crate::load::LoadError;
use crate::rules::Rules;

/// The current [`Rules`], shared between threads and swapped atomically.
///
/// Readers take a snapshot (`Arc<Rules>`) per request and decide against it;
/// a swap never disturbs a snapshot in use. Cloning a `SharedRules` gives
/// another handle to the same slot.
///
/// ```
/// # use policy_runtime::*;
/// # let sealed = |v: &str| { let mut t = RuleTable::new("shop", v, "2026-12-01"); t.seal(); t };
/// let shared = SharedRules::new(Rules::from_table(sealed("1.0.0"))?);
/// let reader = shared.clone();
/// shared.replace(Rules::from_table(sealed("1.1.0"))?);
/// assert_eq!(reader.current().version(), "1.1.0");
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone)]
pub struct SharedRules {
    slot: Arc<RwLock<Arc<Rules>>>,
}

impl SharedRules {
    /// A slot holding `rules`.
    #[must_use]
    pub fn new(rules: Rules) -> Self {
        Self {
            slot: Arc::new(RwLock::new(Arc::new(rules))),
        }
    }

    /// A snapshot of the current rules.
    #[must_use]
    pub fn current(&self) -> Arc<Rules> {
        // A panic while holding the lock cannot leave the slot half-written
        // (it only ever holds a whole `Arc`), so a poisoned lock is usable.
        Arc::clone(&self.slot.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Makes `rules` current; returns the previous ones.
    pub fn replace(&self, rules: Rules) -> Arc<Rules> {
        let mut slot = self.slot.write().unwrap_or_else(PoisonError::into_inner);
        std::mem::replace(&mut *slot, Arc::new(rules))
    }
}

/// Reloads a `rules.json` into a [`SharedRules`] when the file changes,
/// keeping the last good table when the new one is refused.
///
/// Call [`poll`](Self::poll) periodically (say, every second): it reloads
/// when the file's modification time or size changed since the last attempt.
///
/// ```no_run
/// use policy_runtime::Reloader;
///
/// let mut reloader = Reloader::open("generated/shop/rules.json")?;
/// let shared = reloader.shared();
/// std::thread::spawn(move || loop {
///     std::thread::sleep(std::time::Duration::from_secs(1));
///     if let Err(e) = reloader.poll() {
///         eprintln!("keeping the previous rules: {e}");
///     }
/// });
/// let rules = shared.current();
/// # Ok::<(), policy_runtime::LoadError>(())
/// ```
#[derive(Debug)]
pub struct Reloader {
    path: PathBuf,
    shared: SharedRules,
    /// Modification time and size of the file at the last attempt.
    seen: Option<(SystemTime, u64)>,
}

/// What [`Reloader::poll`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reloaded {
    /// The file has not changed since the last attempt.
    Unchanged,
    /// The file changed and its table is now current.
    Replaced,
}

impl Reloader {
    /// Loads the file at `path`.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] if the first load fails: there is no previous table
    /// to fall back on.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let path = path.as_ref().to_path_buf();
        let seen = stamp(&path);
        let rules = Rules::from_path(&path)?;
        Ok(Self {
            path,
            shared: SharedRules::new(rules),
            seen,
        })
    }

    /// Watches `path` for `shared`, whose current table is taken as loaded
    /// from the file as it is now.
    #[must_use]
    pub fn with_shared(path: impl AsRef<Path>, shared: SharedRules) -> Self {
        let path = path.as_ref().to_path_buf();
        let seen = stamp(&path);
        Self { path, shared, seen }
    }

    /// The file watched.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A handle to the rules this reloader keeps current.
    #[must_use]
    pub fn shared(&self) -> SharedRules {
        self.shared.clone()
    }

    /// A snapshot of the current rules.
    #[must_use]
    pub fn current(&self) -> Arc<Rules> {
        self.shared.current()
    }

    /// Loads the file now; on success the new table becomes current, on
    /// failure the current one stays.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] of the refused file.
    pub fn try_reload(&mut self) -> Result<Arc<Rules>, LoadError> {
        self.seen = stamp(&self.path);
        let rules = Rules::from_path(&self.path)?;
        self.shared.replace(rules);
        Ok(self.shared.current())
    }

    /// Reloads if the file's modification time or size changed since the
    /// last attempt. A refused file is not retried until it changes again.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] of the refused file (the current table stays).
    pub fn poll(&mut self) -> Result<Reloaded, LoadError> {
        if stamp(&self.path) == self.seen {
            return Ok(Reloaded::Unchanged);
        }
        self.try_reload().map(|_| Reloaded::Replaced)
    }
}

/// The file's modification time and size, if it can be read.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}
