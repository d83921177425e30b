//! The content digest of a rule table.
//!
//! `"sha256:" + hex(sha256(compact serde_json of the table with digest ""))`.
//! The JSON is streamed into the hasher, so computing a digest allocates
//! nothing proportional to the table.

use std::io;

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::table::{DataEntry, PurposeEntry, RecipientEntry, RuleTable, TransferRule, UseRule};

/// The prefix of every digest.
pub const DIGEST_PREFIX: &str = "sha256:";

/// The digest of `table`'s content: `sha256:` and 64 lowercase hex digits of
/// the SHA-256 of the table serialized as compact JSON with its `digest`
/// field set to the empty string. The `digest` field's own value is ignored.
///
/// ```
/// use policy_runtime::{compute_digest, RuleTable};
///
/// let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// let d = compute_digest(&table);
/// assert_eq!(d.len(), "sha256:".len() + 64);
/// table.digest = "anything".into();
/// assert_eq!(compute_digest(&table), d);
/// ```
#[must_use]
pub fn compute_digest(table: &RuleTable) -> String {
    let view = Unsealed {
        schema: &table.schema,
        schema_version: table.schema_version,
        policy: &table.policy,
        version: &table.version,
        effective: &table.effective,
        digest: "",
        data: &table.data,
        purposes: &table.purposes,
        recipients: &table.recipients,
        uses: &table.uses,
        transfers: &table.transfers,
        gpc: table.gpc,
        trackers: &table.trackers,
        children: table.children.as_ref(),
        decisions: &table.decisions,
    };
    digest_of(&view)
}

/// The digest of a table given in any form that serializes exactly as a
/// [`RuleTable`] whose `digest` is the empty string: for a compiler that
/// writes a large table entry by entry, without holding it whole.
///
/// ```
/// use policy_runtime::{compute_digest, digest_of, RuleTable};
///
/// let table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// assert_eq!(digest_of(&table), compute_digest(&table));
/// ```
#[must_use]
pub fn digest_of<T: Serialize + ?Sized>(unsealed: &T) -> String {
    let mut writer = HashWriter(Sha256::new());
    // Serializing a table cannot fail (string keys, no maps, no floats),
    // and the writer never fails; an error here would leave a digest that
    // matches no table, which loading then refuses.
    let _ = serde_json::to_writer(&mut writer, unsealed);
    let hash = writer.0.finalize();
    let mut out = String::with_capacity(DIGEST_PREFIX.len() + 64);
    out.push_str(DIGEST_PREFIX);
    for byte in hash.iter() {
        out.push(hex_digit(byte >> 4));
        out.push(hex_digit(byte & 0x0f));
    }
    out
}

/// Whether `digest` has the form `sha256:` followed by 64 lowercase hex digits.
///
/// ```
/// use policy_runtime::is_well_formed_digest;
///
/// assert!(is_well_formed_digest(&format!("sha256:{}", "0".repeat(64))));
/// assert!(!is_well_formed_digest("sha256:ABC"));
/// ```
#[must_use]
pub fn is_well_formed_digest(digest: &str) -> bool {
    digest.strip_prefix(DIGEST_PREFIX).is_some_and(|hex| {
        hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// A 64-bit tag of a well-formed digest (its first 16 hex digits); tables
/// with the same content have the same tag.
pub(crate) fn digest_tag(digest: &str) -> u64 {
    digest
        .strip_prefix(DIGEST_PREFIX)
        .and_then(|hex| hex.get(..16))
        .and_then(|hex| u64::from_str_radix(hex, 16).ok())
        .unwrap_or(0)
}

fn hex_digit(nibble: u8) -> char {
    char::from_digit(u32::from(nibble), 16).unwrap_or('0')
}

/// [`RuleTable`] by reference with an empty digest; the fields, their names
/// and their order must stay those of `RuleTable` (a test checks it).
#[derive(Serialize)]
struct Unsealed<'a> {
    schema: &'a str,
    schema_version: u32,
    policy: &'a str,
    version: &'a str,
    effective: &'a str,
    digest: &'a str,
    data: &'a [DataEntry],
    purposes: &'a [PurposeEntry],
    recipients: &'a [RecipientEntry],
    uses: &'a [UseRule],
    transfers: &'a [TransferRule],
    #[serde(skip_serializing_if = "Option::is_none")]
    gpc: Option<crate::table::Stance>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    trackers: &'a [crate::table::TrackerEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    children: Option<&'a crate::table::ChildrenEntry>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    decisions: &'a [crate::table::AutomatedDecisionEntry],
}

/// Feeds written bytes to the hasher.
struct HashWriter(Sha256);

impl io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;
    use crate::table::{Basis, Identity};

    /// The digest as specified: hash the plain serialization of a copy.
    fn reference_digest(table: &RuleTable) -> String {
        let mut copy = table.clone();
        copy.digest = String::new();
        let bytes = serde_json::to_vec(&copy).unwrap();
        let hash = Sha256::digest(&bytes);
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    #[test]
    fn streamed_digest_equals_the_specified_one() {
        let mut table = RuleTable::new("p", "1.0.0", "2026-01-01");
        table.digest = "sha256:stale".into();
        table
            .data
            .push(DataEntry::new("a", "A \"quoted\" é", Identity::Identified));
        table
            .purposes
            .push(PurposeEntry::new("m", "M", Basis::Consent));
        table.uses.push(UseRule::new("a", "m", Basis::Consent));
        assert_eq!(compute_digest(&table), reference_digest(&table));
        // the optional fields, once present, are digested too
        table.gpc = Some(crate::table::Stance::Honoured);
        let mut tracker =
            crate::table::TrackerEntry::new("t", "T", crate::table::TrackerCategory::Analytics);
        tracker.serves.push("m".into());
        table.trackers.push(tracker);
        assert_eq!(compute_digest(&table), reference_digest(&table));
        table.children = Some(crate::table::ChildrenEntry::new(
            crate::table::Audience::Mixed,
            Some(16),
            true,
        ));
        let mut decision = crate::table::AutomatedDecisionEntry::new(
            "d",
            "D",
            crate::table::AutomatedBasis::ExplicitConsent,
        );
        decision.uses.push("a".into());
        decision
            .safeguards
            .push(crate::table::Safeguard::HumanReview);
        table.decisions.push(decision);
        assert_eq!(compute_digest(&table), reference_digest(&table));
    }

    #[test]
    fn well_formed() {
        let d = compute_digest(&RuleTable::new("p", "1.0.0", "2026-01-01"));
        assert!(is_well_formed_digest(&d));
        assert!(!is_well_formed_digest(&d.replace("sha256:", "sha512:")));
        assert!(!is_well_formed_digest(&d.to_uppercase()));
        assert!(!is_well_formed_digest(&format!("{d}0")));
        assert!(!is_well_formed_digest(""));
        assert_ne!(digest_tag(&d), 0);
    }
}
