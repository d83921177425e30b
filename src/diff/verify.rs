//! A history checked against the head the last build recorded (see
//! [`super::ledger`]), before anything is written, and a rebuilt history
//! against the head it must give back. Apart from the ledger, so that the
//! ledger's chain (which the history reads) depends on nothing of the
//! history.

use std::path::{Path, PathBuf};

use super::history::{DIR, Edition, History, INDEX, Mode, links};
use super::ledger::{HEAD_FILE, Head, HeadError, earlier_output, read_head};
use super::problem::{Evidence, Problem, Unusable};

/// Checks the history read from `folder/history/` against the head the
/// last build recorded in `folder` (before anything is written), and
/// decides whether a missing history may start afresh.
///
/// Returns the head the release must give back exactly (`Some`) when the
/// history is gone but a head is recorded: rebuilding a policy's only
/// edition from an unchanged source loses nothing; anything else is E0507.
pub fn check_head(
    folder: &Path,
    id: &str,
    history: &History,
    mode: Mode,
) -> Result<Option<Head>, Problem> {
    let head_path = folder.join(HEAD_FILE);
    let dir = folder.join(DIR);
    let recorded = match read_head(folder) {
        Ok(Some(head)) if head.policy != id => {
            return Err(Problem::HeadInvalid {
                path: head_path,
                error: Unusable::OtherPolicy {
                    found: head.policy,
                    expected: id.to_owned(),
                },
            });
        }
        Ok(recorded) => recorded,
        Err(HeadError::Invalid(e)) => {
            return Err(Problem::HeadInvalid {
                path: head_path,
                error: Unusable::Json(e),
            });
        }
        Err(HeadError::NotRegular) => {
            return Err(Problem::HeadInvalid {
                path: head_path,
                error: Unusable::NotRegular,
            });
        }
        Err(HeadError::Io(error)) => {
            return Err(Problem::Io {
                path: head_path,
                error,
            });
        }
    };
    if history.editions.is_empty() {
        return match (recorded, earlier_output(folder)) {
            (Some(head), _) => Ok(Some(head)),
            (None, Some(path)) => Err(Problem::HistoryMissing {
                dir,
                evidence: Box::new(Evidence::Output { path }),
            }),
            (None, None) => Ok(None),
        };
    }
    let ledger = dir.join(INDEX);
    match (history.chained, recorded) {
        (false, Some(_)) => Err(Problem::ChainRemoved { path: ledger }),
        (false, None) if mode == Mode::UpgradeLedger => Ok(None),
        (false, None) => Err(Problem::Unchained { path: ledger }),
        (true, None) => Err(Problem::HeadMissing { path: head_path }),
        (true, Some(head)) => compare(id, &history.editions, &head, head_path).map(|()| None),
    }
}

/// Whether a verified history ends exactly at the recorded head.
fn compare(id: &str, editions: &[Edition<'_>], head: &Head, path: PathBuf) -> Result<(), Problem> {
    let links = links(editions);
    let Some(at) = links.iter().position(|l| l.version == &head.latest) else {
        return Err(Problem::Dropped {
            path,
            latest: head.latest.clone(),
        });
    };
    // `at` is a position in `links`, so the split is in bounds.
    let (upto, after) = links.split_at(at + 1);
    if Head::of(id, upto).as_ref() != Some(head) {
        return Err(Problem::Rewritten {
            path,
            latest: head.latest.clone(),
        });
    }
    let added: Vec<semver::Version> = after.iter().map(|l| l.version.clone()).collect();
    if !added.is_empty() {
        return Err(Problem::Ahead {
            path,
            latest: head.latest.clone(),
            added,
        });
    }
    Ok(())
}

/// After a release that had to rebuild a missing history: whether it gave
/// back exactly the recorded head, or E0507.
pub fn check_rebuilt(
    folder: &Path,
    id: &str,
    editions: &[Edition<'_>],
    recorded: &Head,
) -> Result<(), Problem> {
    if Head::of(id, &links(editions)).as_ref() == Some(recorded) {
        return Ok(());
    }
    Err(Problem::HistoryMissing {
        dir: folder.join(DIR),
        evidence: Box::new(Evidence::Head {
            path: folder.join(HEAD_FILE),
            editions: recorded.editions,
            first: recorded.first.clone(),
            latest: recorded.latest.clone(),
        }),
    })
}
