//! The section on the controller's typed commitments (`commit …`): each
//! said as one definite sentence, in declaration order, traced to its
//! `commit` line. The sentence states the promise and nothing more; the
//! checker has held every declaration to it, so the text cannot say a
//! promise beside a declaration that breaks it.

use super::document::{Clause, Origin};
use super::lexicon::Lexicon;
use super::words::Voice;
use crate::l10n::Error;
use crate::model::Policy;

/// The section's clauses: none when the policy makes no commitment.
pub fn clauses(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    policy
        .commitments
        .iter()
        .enumerate()
        .map(|(i, commitment)| {
            let text = words.commitment(*commitment, &voice)?;
            Ok(Clause::new(text).from([Origin::Commitment(i)]))
        })
        .collect()
}
