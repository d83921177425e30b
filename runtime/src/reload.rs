//! Serving the last good table while watching for a new one.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, SystemTime};

use sha2::{Digest as _, Sha256};

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
    /// How many times the slot was replaced: holders of ids or fact sets
    /// resolved against a table re-resolve when it moves.
    generation: Arc<AtomicU64>,
    /// The keys a table must be signed with, when the slot requires it.
    trusted: Option<Arc<[TrustedKey]>>,
}

impl SharedRules {
    /// A slot holding `rules`, accepting any rules that load.
    #[must_use]
    pub fn new(rules: Rules) -> Self {
        Self {
            slot: Arc::new(RwLock::new(Arc::new(rules))),
            generation: Arc::new(AtomicU64::new(0)),
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
            generation: Arc::new(AtomicU64::new(0)),
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
        let previous = std::mem::replace(&mut *slot, Arc::new(rules));
        self.generation.fetch_add(1, Ordering::Release);
        Ok(previous)
    }

    /// How many times the rules were replaced: compare it with the value
    /// seen when ids and fact sets were resolved, and resolve them again
    /// when it moved.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let sealed = |v: &str| { let mut t = RuleTable::new("shop", v, "2026-12-01"); t.seal(); t };
    /// let shared = SharedRules::new(Rules::from_table(sealed("1.0.0"))?);
    /// let seen = shared.generation();
    /// shared.replace(Rules::from_table(sealed("1.1.0"))?)?;
    /// assert_ne!(shared.generation(), seen);
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }
}

/// Reloads a `rules.json` into a [`SharedRules`] when the file changes,
/// keeping the last good table when the new one is refused.
///
/// Call [`poll`](Self::poll) periodically (say, every second). A change is
/// never missed: a file replaced (another identity), resized or touched is
/// read, and so is one whose metadata has not settled for two seconds,
/// since an edit that keeps size and modification time (`cp -p`, `rsync
/// -t`, reproducible artefacts) cannot be seen otherwise; what decides is
/// the sha256 of the bytes read (and of the signature's, when the reloader
/// trusts keys: see [`open_verified`](Self::open_verified)). Content
/// identical to the last attempt, or a table with the current digest, is
/// [`Reloaded::Unchanged`].
///
/// Before a new table replaces the current one, the guards must accept it:
/// built in, the same policy id ([`LoadError::OtherPolicy`]) and no lower
/// version ([`LoadError::Downgrade`]; the same version with another digest,
/// an amended edition, is accepted); then each guard added with
/// [`guard`](Self::guard), in order ([`LoadError::Refused`]). A deliberate
/// rollback goes through [`SharedRules::replace`], which no guard stops.
///
/// ```no_run
/// use policy_runtime::Reloader;
///
/// let mut reloader = Reloader::open("generated/shop/rules.json")?
///     .guard(|current: &policy_runtime::Rules, next: &policy_runtime::Rules| {
///         if next.table().purposes.len() < current.table().purposes.len() {
///             return Err("a purpose disappeared: review before deploying".to_owned());
///         }
///         Ok(())
///     });
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
pub struct Reloader {
    path: PathBuf,
    shared: SharedRules,
    /// What the last attempt saw.
    seen: Seen,
    /// The guards added to the built-in ones.
    guards: Vec<Box<dyn ReloadGuard>>,
}

impl fmt::Debug for Reloader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reloader")
            .field("path", &self.path)
            .field("shared", &self.shared)
            .field("guards", &self.guards.len())
            .finish_non_exhaustive()
    }
}

/// Decides whether a new table may replace the current one in a
/// [`Reloader`]; any `Fn(&Rules, &Rules) -> Result<(), String>` is one.
pub trait ReloadGuard: Send + Sync {
    /// `Ok` to let `next` replace `current`; `Err` with the reason to
    /// refuse it (reported as [`LoadError::Refused`]).
    ///
    /// # Errors
    ///
    /// Why `next` must not replace `current`.
    fn check(&self, current: &Rules, next: &Rules) -> Result<(), String>;
}

impl<F> ReloadGuard for F
where
    F: Fn(&Rules, &Rules) -> Result<(), String> + Send + Sync,
{
    fn check(&self, current: &Rules, next: &Rules) -> Result<(), String> {
        self(current, next)
    }
}

/// What [`Reloader::poll`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reloaded {
    /// The file has not changed since the last attempt, or holds the table
    /// already current.
    Unchanged,
    /// The file changed and its table is now current.
    Replaced,
}

/// How long a file's metadata must have stood still before an unchanged
/// stamp is trusted without reading the file: longer than the coarsest
/// timestamp a file system keeps.
const SETTLED: Duration = Duration::from_secs(2);

/// What an attempt saw of the file and its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    /// The metadata of the table and of its signature.
    stamp: Stamp,
    /// When the stamp was taken.
    at: SystemTime,
    /// The sha256 of the bytes read; `None` before any read.
    content: Option<[u8; 32]>,
}

/// The metadata of the table and of its signature, each if it can be read.
type Stamp = [Option<FileStamp>; 2];

/// A file's identity, size and times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Device, inode and status-change time (which no tool can set back):
    /// only where the platform gives them.
    identity: Option<(u64, u64, i64, i64)>,
}

impl FileStamp {
    fn of(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok()?;
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            identity: identity(&meta),
        })
    }

    /// Whether the stamp, taken at `at`, is old enough to be trusted: its
    /// status-change time lies `SETTLED` before `at`. Without one (not
    /// Unix), never.
    fn settled(&self, at: SystemTime) -> bool {
        let Some((_, _, secs, nanos)) = self.identity else {
            return false;
        };
        let Ok(secs) = u64::try_from(secs) else {
            return false;
        };
        let changed = SystemTime::UNIX_EPOCH
            + Duration::from_secs(secs)
            + Duration::from_nanos(u64::try_from(nanos).unwrap_or(0));
        at.duration_since(changed).is_ok_and(|age| age >= SETTLED)
    }
}

#[cfg(unix)]
fn identity(meta: &fs::Metadata) -> Option<(u64, u64, i64, i64)> {
    use std::os::unix::fs::MetadataExt as _;
    Some((meta.dev(), meta.ino(), meta.ctime(), meta.ctime_nsec()))
}

#[cfg(not(unix))]
fn identity(_meta: &fs::Metadata) -> Option<(u64, u64, i64, i64)> {
    None
}

/// The table's bytes and its signature's, as read at one attempt.
struct Read {
    table: Result<Vec<u8>, LoadError>,
    signature: Option<Result<Vec<u8>, LoadError>>,
}

impl Read {
    /// Reads the table at `path` and, when `signed`, its signature.
    fn of(path: &Path, signed: bool) -> Self {
        Self {
            table: crate::rules::read_file(path),
            signature: signed.then(|| crate::rules::read_file(&signature::signature_path(path))),
        }
    }

    /// The sha256 of what was read, an unreadable file counting as empty
    /// and marked apart.
    fn digest(&self) -> [u8; 32] {
        let mut hash = Sha256::new();
        for part in [Some(&self.table), self.signature.as_ref()] {
            match part {
                Some(Ok(bytes)) => {
                    hash.update([1]);
                    hash.update((bytes.len() as u64).to_le_bytes());
                    hash.update(bytes);
                }
                Some(Err(_)) => hash.update([2]),
                None => hash.update([0]),
            }
        }
        hash.finalize().into()
    }

    /// The rules read, verified with `trusted` when given.
    fn load(self, path: &Path, trusted: Option<&[TrustedKey]>) -> Result<Rules, LoadError> {
        let table = self.table?;
        let Some(trusted) = trusted else {
            return Rules::from_slice(&table);
        };
        let signature = match self.signature {
            Some(Err(LoadError::Io { source, .. })) if source.kind() == io::ErrorKind::NotFound => {
                return Err(LoadError::Unsigned {
                    path: Some(signature::signature_path(path)),
                });
            }
            Some(read) => read?,
            None => {
                return Err(LoadError::Unsigned {
                    path: Some(signature::signature_path(path)),
                });
            }
        };
        Rules::from_slice_verified(&table, &signature, trusted)
    }
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
        let (seen, read) = look(&path, false);
        let rules = read.load(&path, None)?;
        Ok(Self::watching(path, SharedRules::new(rules), seen))
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
        let (seen, read) = look(&path, true);
        let rules = read.load(&path, Some(&trusted))?;
        let shared = SharedRules::trusting(rules, trusted)?;
        Ok(Self::watching(path, shared, seen))
    }

    /// Watches `path` for `shared`; reloads are verified when `shared` was
    /// made with [`SharedRules::trusting`]. The first [`poll`](Self::poll)
    /// reads the file, and finds it unchanged when it holds the current
    /// table.
    #[must_use]
    pub fn with_shared(path: impl AsRef<Path>, shared: SharedRules) -> Self {
        let path = path.as_ref().to_path_buf();
        let seen = Seen {
            stamp: stamp(&path),
            at: SystemTime::UNIX_EPOCH,
            content: None,
        };
        Self::watching(path, shared, seen)
    }

    fn watching(path: PathBuf, shared: SharedRules, seen: Seen) -> Self {
        Self {
            path,
            shared,
            seen,
            guards: Vec::new(),
        }
    }

    /// Adds a guard that every new table must pass, after the built-in
    /// ones and those added before.
    #[must_use]
    pub fn guard(mut self, guard: impl ReloadGuard + 'static) -> Self {
        self.guards.push(Box::new(guard));
        self
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

    /// Loads the file now; if it passes the guards, the new table becomes
    /// current (a table with the current digest is left as it is); on
    /// failure the current one stays.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] of the refused file.
    pub fn try_reload(&mut self) -> Result<Arc<Rules>, LoadError> {
        let (seen, read) = look(&self.path, self.shared.trusted_keys().is_some());
        self.seen = seen;
        self.install(read)?;
        Ok(self.current())
    }

    /// Reloads if the file changed since the last attempt (see the
    /// [type](Self)). A refused file is not retried until it changes again.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] of the refused file (the current table stays).
    pub fn poll(&mut self) -> Result<Reloaded, LoadError> {
        if self.seen.content.is_some()
            && stamp(&self.path) == self.seen.stamp
            && self
                .seen
                .stamp
                .iter()
                .flatten()
                .all(|s| s.settled(self.seen.at))
        {
            return Ok(Reloaded::Unchanged);
        }
        let (seen, read) = look(&self.path, self.shared.trusted_keys().is_some());
        let same = seen.content == self.seen.content;
        self.seen = seen;
        if same {
            return Ok(Reloaded::Unchanged);
        }
        self.install(read)
    }

    /// Loads what was read and, if it is a new table the guards accept,
    /// makes it current.
    fn install(&self, read: Read) -> Result<Reloaded, LoadError> {
        let next = read.load(&self.path, self.shared.trusted_keys())?;
        let current = self.current();
        if next.digest() == current.digest() && next.signed_by() == current.signed_by() {
            return Ok(Reloaded::Unchanged);
        }
        builtin_guards(&current, &next)?;
        for guard in &self.guards {
            guard
                .check(&current, &next)
                .map_err(|reason| LoadError::Refused { reason })?;
        }
        self.shared.replace(next)?;
        Ok(Reloaded::Replaced)
    }
}

/// The guards every reload passes: the same policy, no lower version.
fn builtin_guards(current: &Rules, next: &Rules) -> Result<(), LoadError> {
    if next.policy() != current.policy() {
        return Err(LoadError::OtherPolicy {
            expected: current.policy().to_owned(),
            found: next.policy().to_owned(),
        });
    }
    match crate::version::version_order(next.version(), current.version()) {
        Some(std::cmp::Ordering::Less) | None => Err(LoadError::Downgrade {
            current: current.version().to_owned(),
            found: next.version().to_owned(),
        }),
        Some(_) => Ok(()),
    }
}

/// The stamp of the table at `path` and of its signature: a signature
/// written after its table is noticed as a change.
fn stamp(path: &Path) -> Stamp {
    [
        FileStamp::of(path),
        FileStamp::of(&signature::signature_path(path)),
    ]
}

/// Stamps, then reads, the table at `path` (and its signature when
/// `signed`): stamping first means a write between the two is seen again at
/// the next poll.
fn look(path: &Path, signed: bool) -> (Seen, Read) {
    let stamp = stamp(path);
    let at = SystemTime::now();
    let read = Read::of(path, signed);
    let seen = Seen {
        stamp,
        at,
        content: Some(read.digest()),
    };
    (seen, read)
}
