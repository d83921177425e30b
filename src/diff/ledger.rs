//! The ledger's hash chain and its recorded head: what makes the history of
//! released editions impossible to rewrite quietly.
//!
//! Each entry of `history/index.json` records `previous`, the hash of the
//! entry before it ([`GENESIS`] for the first), so removing, reordering,
//! inserting or editing any entry but the newest breaks a link that the
//! build checks. A chain alone cannot show that its newest entries were
//! dropped, or that the newest was rewritten with its hash recomputed: what
//! is left still links up. So every build also records the head of the
//! chain outside the history folder, in `generated/<id>/ledger-head.json`
//! ([`Head`]), and before it writes anything checks that the ledger on disk
//! still ends exactly there. The head moves only when the build itself
//! releases (or amends) an edition.
//!
//! [`ledger_head`] is the one value that identifies a whole history: every
//! released edition's file hash is chained into it, so a signature over
//! those 32 bytes vouches for every edition.
//!
//! What this does not do: whoever edits the ledger, the entries and
//! `ledger-head.json` together, consistently, is not detected by the build
//! (nothing here is secret); such a change shows in review as a moved head
//! with no new edition, and a signed head (a key the editor does not hold)
//! closes it.

use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::model::Date;

/// The file that records the ledger's head, in a policy's output folder
/// (outside `history/`, so that deleting the history leaves it behind).
pub const HEAD_FILE: &str = "ledger-head.json";

/// The `previous` of the first entry: no edition comes before it.
pub const GENESIS: [u8; 32] = [0; 32];

/// What every entry hash starts with: a hash made for another purpose can
/// never pass for one.
const DOMAIN: &str = "policyc ledger entry v1";

/// The files a build writes into a policy's folder besides the history: if
/// one of them is there, the policy was built, and so released, before.
const EARLIER_OUTPUTS: &[&str] = &["rules.json", "policy.md", "CHANGELOG.md"];

/// What the chain hashes of one ledger entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'a> {
    /// The edition's version.
    pub version: &'a semver::Version,
    /// The date it took effect.
    pub effective: Date,
    /// The sha256 of its history file, in lowercase hex.
    pub sha256: &'a str,
}

/// The hash of one ledger entry chained to the hash of the entry before it:
/// the SHA-256 of the lines `policyc ledger entry v1`, `policy ID`,
/// `version V`, `effective YYYY-MM-DD`, `sha256 HEX` and `previous HEX`,
/// each ended by `\n`.
pub fn entry_hash(policy: &str, link: Link<'_>, previous: &[u8; 32]) -> [u8; 32] {
    let text = format!(
        "{DOMAIN}\npolicy {policy}\nversion {}\neffective {}\nsha256 {}\nprevious {}\n",
        link.version,
        link.effective,
        link.sha256,
        hex(previous)
    );
    Sha256::digest(text.as_bytes()).into()
}

/// The head of a ledger: the hash of its newest entry, chained through
/// every older one from [`GENESIS`]; `None` for an empty ledger. This is
/// the digest to sign for a whole history.
pub fn ledger_head<'a>(
    policy: &str,
    links: impl IntoIterator<Item = Link<'a>>,
) -> Option<[u8; 32]> {
    links.into_iter().fold(None, |head, link| {
        Some(entry_hash(policy, link, head.as_ref().unwrap_or(&GENESIS)))
    })
}

/// Lowercase hex, as every hash of the history is written.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        put!(out, "{byte:02x}");
    }
    out
}

/// A hash as the ledger writes it (64 lowercase hex digits), or `None`.
pub fn parse_hash(text: &str) -> Option<[u8; 32]> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        let [high, low] = pair else { return None };
        *byte = (digit(*high)? << 4) | digit(*low)?;
    }
    Some(out)
}

/// `ledger-head.json`: where the ledger ended when the build last wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    /// The policy id.
    pub policy: String,
    /// How many editions the ledger had.
    pub editions: usize,
    /// The first released edition.
    pub first: semver::Version,
    /// The newest released edition.
    pub latest: semver::Version,
    /// [`ledger_head`] of the ledger, in lowercase hex.
    pub head: String,
}

impl Head {
    /// The head of a ledger of the given entries, oldest first; `None` when
    /// there are none.
    pub fn of<'a>(policy: &str, links: &[Link<'a>]) -> Option<Head> {
        let (first, latest) = (links.first()?, links.last()?);
        Some(Head {
            policy: policy.to_owned(),
            editions: links.len(),
            first: first.version.clone(),
            latest: latest.version.clone(),
            head: hex(&ledger_head(policy, links.iter().copied())?),
        })
    }

    /// The head a `ledger-head.json` records, when it is one.
    pub fn from_json(bytes: &[u8]) -> Option<Head> {
        serde_json::from_slice(bytes).ok()
    }

    /// `ledger-head.json`: the head as pretty JSON and a final line break.
    #[expect(
        clippy::expect_used,
        reason = "a head is strings, a count and versions, which serde_json always serializes"
    )]
    pub fn to_json(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("a head serializes");
        bytes.push(b'\n');
        bytes
    }
}

/// Why the head file could not be read.
#[derive(Debug)]
pub enum HeadError {
    /// It is not the JSON of a [`Head`].
    Invalid(serde_json::Error),
    /// It is not a regular file.
    NotRegular,
    /// Reading it failed.
    Io(std::io::Error),
}

/// Reads `ledger-head.json` from a policy's output folder; `Ok(None)` when
/// there is none.
pub fn read_head(folder: &Path) -> Result<Option<Head>, HeadError> {
    let mut file = match open_regular(&folder.join(HEAD_FILE)).map_err(HeadError::Io)? {
        Opened::File(file) => file,
        Opened::Absent => return Ok(None),
        Opened::NotRegular => return Err(HeadError::NotRegular),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(HeadError::Io)?;
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(HeadError::Invalid)
}

/// A file of the history, opened only if it is a regular file.
#[derive(Debug)]
pub enum Opened {
    /// The file, open for reading.
    File(File),
    /// There is none.
    Absent,
    /// A link, a directory, a FIFO or a device: never read, since a FIFO
    /// would block the build and a link could point anywhere.
    NotRegular,
}

/// What `NotRegular` means, for messages.
pub const NOT_REGULAR: &str = "it is not a regular file (a link, a directory or a special file)";

/// Opens `path` if it is a regular file, without following a link.
pub fn open_regular(path: &Path) -> std::io::Result<Opened> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_file() => File::open(path).map(Opened::File),
        Ok(_) => Ok(Opened::NotRegular),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Opened::Absent),
        Err(e) => Err(e),
    }
}

/// A file in a policy's output folder showing that the policy was built
/// before, if there is one.
pub fn earlier_output(folder: &Path) -> Option<PathBuf> {
    EARLIER_OUTPUTS
        .iter()
        .map(|name| folder.join(name))
        .find(|path| path.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> semver::Version {
        semver::Version::parse(text).unwrap_or_else(|_| semver::Version::new(0, 0, 0))
    }

    fn date(day: u8) -> Date {
        Date {
            year: 2026,
            month: 6,
            day,
        }
    }

    #[test]
    fn the_head_chains_every_entry_in_order() {
        let (v1, v2) = (version("1.0.0"), version("2.0.0"));
        let a = Link {
            version: &v1,
            effective: date(1),
            sha256: "aa",
        };
        let b = Link {
            version: &v2,
            effective: date(2),
            sha256: "bb",
        };
        let first = entry_hash("p", a, &GENESIS);
        assert_eq!(ledger_head("p", [a]), Some(first));
        assert_eq!(ledger_head("p", [a, b]), Some(entry_hash("p", b, &first)));
        assert_ne!(ledger_head("p", [a, b]), ledger_head("p", [b, a]));
        assert_ne!(ledger_head("p", [a, b]), ledger_head("q", [a, b]));
        assert_ne!(ledger_head("p", [a, b]), ledger_head("p", [b]));
        assert_eq!(ledger_head("p", []), None);
    }

    #[test]
    fn the_entry_hash_is_the_documented_text() {
        let v1 = version("1.0.0");
        let link = Link {
            version: &v1,
            effective: date(1),
            sha256: "aa",
        };
        let text = format!(
            "policyc ledger entry v1\npolicy p\nversion 1.0.0\neffective 2026-06-01\nsha256 aa\nprevious {}\n",
            "0".repeat(64)
        );
        let expected: [u8; 32] = Sha256::digest(text.as_bytes()).into();
        assert_eq!(entry_hash("p", link, &GENESIS), expected);
    }
}
