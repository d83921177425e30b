//! Serving the last good table while watching for a new one.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::SystemTime;

use crate::load::LoadError;
use crate::rules::Rules;
use crate::signature::{self, TrustedKey};

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
/// shared.replace(Rules::from_table(sealed("1.1.0"))?)?;
/// assert_eq!(reader.current().version(), "1.1.0");
/// # Ok::<(), LoadError>(())
/// ```
///
/// A slot made with [`trusting`](Self::trusting) holds only rules whose
/// signature was verified with one of its keys: it refuses any other, and
/// keeps what it holds.
#[derive(Debug, Clone)]
pub struct SharedRules {
    slot: Arc<RwLock<Arc<Rules>>>,
    /// The keys a table must be signed with, when the slot requires it.
    trusted: Option<Arc<[TrustedKey]>>,
}

impl SharedRules {
    /// A slot holding `rules`, accepting any rules that load.
    #[must_use]
    pub fn new(rules: Rules) -> Self {
        Self {
            slot: Arc::new(RwLock::new(Arc::new(rules))),
            trusted: None,
        }
    }

    /// A slot holding `rules` that accepts only rules signed by one of
    /// `trusted` (loaded with [`Rules::from_path_verified`] or
    /// [`Rules::from_slice_verified`]).
    ///
    /// # Errors
    ///
    /// [`LoadError::Unsigned`] if `rules` were loaded without verification,
    /// [`LoadError::UntrustedKey`] if signed by another key.
    pub fn trusting(
        rules: Rules,
        trusted: impl Into<Arc<[TrustedKey]>>,
    ) -> Result<Self, LoadError> {
        let trusted = trusted.into();
        signature::check_trusted(rules.signed_by(), &trusted)?;
        Ok(Self {
            slot: Arc::new(RwLock::new(Arc::new(rules))),
            trusted: Some(trusted),
        })
    }

    /// The keys this slot requires a signature by, if it requires one.
    #[must_use]
    pub fn trusted_keys(&self) -> Option<&[TrustedKey]> {
        self.trusted.as_deref()
    }

    /// Loads the table at `path` (verifying its signature when the slot
    /// requires one) and makes it current; on failure the current rules
    /// stay.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] of the refused table.
    pub fn load(&self, path: impl AsRef<Path>) -> Result<Arc<Rules>, LoadError> {
        let rules = match &self.trusted {
            Some(trusted) => Rules::from_path_verified(path, trusted)?,
            None => Rules::from_path(path)?,
        };
        self.replace(rules)?;
        Ok(self.current())
    }

    /// A snapshot of the current rules.
    #[must_use]
    pub fn current(&self) -> Arc<Rules> {
        // A panic while holding the lock cannot leave the slot half-written
        // (it only ever holds a whole `Arc`), so a poisoned lock is usable.
        Arc::clone(&self.slot.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Makes `rules` current; returns the previous ones.
    ///
    /// # Errors
    ///
    /// On a slot made with [`trusting`](Self::trusting), rules not verified
    /// with one of its keys: [`LoadError::Unsigned`] or
    /// [`LoadError::UntrustedKey`]; the current rules stay.
    pub fn replace(&self, rules: Rules) -> Result<Arc<Rules>, LoadError> {
        if let Some(trusted) = &self.trusted {
            signature::check_trusted(rules.signed_by(), trusted)?;
        }
        let mut slot = self.slot.write().unwrap_or_else(PoisonError::into_inner);
        Ok(std::mem::replace(&mut *slot, Arc::new(rules)))
    }
}

/// Reloads a `rules.json` into a [`SharedRules`] when the file changes,
/// keeping the last good table when the new one is refused.
///
/// Call [`poll`](Self::poll) periodically (say, every second): it reloads
/// when the file's modification time or size changed since the last attempt
/// (or its signature's, when the reloader trusts keys: see
/// [`open_verified`](Self::open_verified)).
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
    /// Modification time and size of the file (and of its signature) at
    /// the last attempt.
    seen: Stamp,
}

/// The modification time and size of the table and of its signature.
type Stamp = [Option<(SystemTime, u64)>; 2];

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

    /// Loads the file at `path` and its signature (`rules.json.sig`) with
    /// [`Rules::from_path_verified`]; every later reload is verified too,
    /// and an unsigned or wrongly signed table is refused while the last
    /// good one stays. Give every key to accept: during a rotation, the old
    /// and the new.
    ///
    /// ```no_run
    /// use policy_runtime::{Reloader, TrustedKey};
    ///
    /// let key = TrustedKey::from_base64(&std::fs::read_to_string("keys/release.pub")?)?;
    /// let mut reloader = Reloader::open_verified("generated/shop/rules.json", vec![key])?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The [`LoadError`] if the first load fails.
    pub fn open_verified(
        path: impl AsRef<Path>,
        trusted: impl Into<Arc<[TrustedKey]>>,
    ) -> Result<Self, LoadError> {
        let path = path.as_ref().to_path_buf();
        let trusted = trusted.into();
        let seen = stamp(&path);
        let rules = Rules::from_path_verified(&path, &trusted)?;
        Ok(Self {
            path,
            shared: SharedRules::trusting(rules, trusted)?,
            seen,
        })
    }

    /// Watches `path` for `shared`, whose current table is taken as loaded
    /// from the file as it is now; reloads are verified when `shared` was
    /// made with [`SharedRules::trusting`].
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
        self.shared.load(&self.path)
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

/// The modification time and size of the table at `path` and of its
/// signature, each if it can be read: a signature written after its table
/// is noticed as a change.
fn stamp(path: &Path) -> Stamp {
    [
        file_stamp(path),
        file_stamp(&signature::signature_path(path)),
    ]
}

fn file_stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}
