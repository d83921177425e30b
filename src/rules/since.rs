//! The edition that introduced each purpose and recipient, for the rule
//! table's `since`: a consent given under an earlier edition cannot have
//! been a consent to it (the runtime's `consent_predates_purpose`).
//!
//! The released editions tell: an id is introduced by the first edition of
//! the last unbroken run of editions, ending with the one being built, that
//! declare it. An id removed and declared again is introduced anew, since a
//! consent given before the removal lapsed with it. A policy with no
//! history introduces everything in its current version.

use std::collections::BTreeMap;

use crate::model::Policy;

/// The version that introduced each purpose and recipient of one policy.
/// An id it does not name was introduced by the current version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Since {
    purposes: BTreeMap<String, String>,
    recipients: BTreeMap<String, String>,
}

impl Since {
    /// Works out `since` for `current` from the editions `released` before
    /// it, oldest first. Editions of the current version or later (an
    /// edition being amended, or a history the build will refuse) are not
    /// counted: the current model stands for its own version.
    pub fn of<'p>(current: &Policy, released: impl IntoIterator<Item = &'p Policy>) -> Self {
        let version = &current.header.version;
        let earlier: Vec<&Policy> = released
            .into_iter()
            .filter(|p| p.header.version < *version)
            .collect();
        let first = |declares: &dyn Fn(&Policy) -> bool| {
            let run = earlier.iter().rev().take_while(|p| declares(p)).count();
            earlier
                .len()
                .checked_sub(run)
                .and_then(|i| earlier.get(i))
                .filter(|_| run > 0)
                .map(|p| p.header.version.to_string())
        };
        let mut since = Self::default();
        for purpose in &current.purposes {
            let declares = |p: &Policy| p.purposes.iter().any(|q| q.id == purpose.id);
            if let Some(version) = first(&declares) {
                since.purposes.insert(purpose.id.clone(), version);
            }
        }
        for recipient in &current.recipients {
            let declares = |p: &Policy| p.recipients.iter().any(|r| r.id == recipient.id);
            if let Some(version) = first(&declares) {
                since.recipients.insert(recipient.id.clone(), version);
            }
        }
        since
    }

    /// The version that introduced purpose `id`, when an earlier edition did.
    pub fn purpose(&self, id: &str) -> Option<&str> {
        self.purposes.get(id).map(String::as_str)
    }

    /// The version that introduced recipient `id`, when an earlier edition did.
    pub fn recipient(&self, id: &str) -> Option<&str> {
        self.recipients.get(id).map(String::as_str)
    }
}
