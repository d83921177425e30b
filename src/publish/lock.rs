//! One build at a time: an advisory lock on the output directory itself
//! (no lock file to commit or to leave behind). A build holds it
//! exclusively, `build --check` shared; the lock is released when the
//! [`OutputLock`] is dropped, or when the process ends, however it ends.

use std::fs::{File, TryLockError};
use std::path::Path;

use super::OutputError;

/// Whether the lock is for writing or only for reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// A build: no other build or check at the same time.
    Exclusive,
    /// A check: other checks may run, builds wait.
    Shared,
}

/// A held lock on an output directory; a token that publishing and
/// comparing ask for, so that neither can run unlocked.
#[derive(Debug)]
pub struct OutputLock {
    /// The open directory, when it exists (a check of a missing directory
    /// has nothing to lock).
    _dir: Option<File>,
}

impl OutputLock {
    /// Locks `out`, which must exist unless the mode is shared. When
    /// another process holds it, `waiting` is called once and the lock is
    /// awaited, unless `wait` is false: then the answer is [`OutputError::Busy`].
    pub fn acquire(
        out: &Path,
        mode: LockMode,
        wait: bool,
        waiting: &mut dyn FnMut(),
    ) -> Result<OutputLock, OutputError> {
        let dir = match File::open(out) {
            Ok(dir) => dir,
            Err(e) if mode == LockMode::Shared && e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(OutputLock { _dir: None });
            }
            Err(e) => return Err(OutputError::io(out, e)),
        };
        let attempt = match mode {
            LockMode::Exclusive => dir.try_lock(),
            LockMode::Shared => dir.try_lock_shared(),
        };
        match attempt {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) if wait => {
                waiting();
                let locked = match mode {
                    LockMode::Exclusive => dir.lock(),
                    LockMode::Shared => dir.lock_shared(),
                };
                locked.map_err(|e| OutputError::io(out, e))?;
            }
            Err(TryLockError::WouldBlock) => {
                return Err(OutputError::Busy {
                    path: out.to_path_buf(),
                });
            }
            Err(TryLockError::Error(e)) => return Err(OutputError::io(out, e)),
        }
        Ok(OutputLock { _dir: Some(dir) })
    }

    /// A lock for a plan that has no output directory on disk: tests and
    /// in-memory comparisons.
    #[cfg(test)]
    pub fn none() -> OutputLock {
        OutputLock { _dir: None }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn a_second_exclusive_lock_is_refused_or_awaited() {
        let out = tempfile::tempdir().unwrap();
        let first = OutputLock::acquire(out.path(), LockMode::Exclusive, true, &mut || {}).unwrap();
        let second = OutputLock::acquire(out.path(), LockMode::Exclusive, false, &mut || {});
        assert!(
            matches!(second, Err(OutputError::Busy { .. })),
            "{second:?}"
        );
        let shared = OutputLock::acquire(out.path(), LockMode::Shared, false, &mut || {});
        assert!(matches!(shared, Err(OutputError::Busy { .. })));
        drop(first);
        let a = OutputLock::acquire(out.path(), LockMode::Shared, false, &mut || {}).unwrap();
        let b = OutputLock::acquire(out.path(), LockMode::Shared, false, &mut || {}).unwrap();
        drop((a, b));

        // A waiting build gets the lock once the holder lets it go.
        let holder =
            OutputLock::acquire(out.path(), LockMode::Exclusive, true, &mut || {}).unwrap();
        let path = out.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            let mut waited = false;
            let lock = OutputLock::acquire(&path, LockMode::Exclusive, true, &mut || waited = true);
            (lock.is_ok(), waited)
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        drop(holder);
        assert_eq!(waiter.join().unwrap(), (true, true));
    }

    #[test]
    fn a_missing_directory_is_not_locked_for_a_check() {
        let out = tempfile::tempdir().unwrap();
        let missing = out.path().join("none");
        assert!(OutputLock::acquire(&missing, LockMode::Shared, false, &mut || {}).is_ok());
        assert!(OutputLock::acquire(&missing, LockMode::Exclusive, false, &mut || {}).is_err());
    }
}
