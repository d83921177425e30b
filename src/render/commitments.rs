//! The section on the controller's typed commitments (`commit …`): each
//! said as one definite sentence, in declaration order, traced to its
//! `commit` line. The sentence states the promise and nothing more; the
//! checker has held every declaration to it, so the text cannot say a
//! promise beside a declaration that breaks it.

use super::document::{Clause, Origin, Text};
use super::words::Voice;
use crate::model::{Commitment, Policy};
use crate::vocab::Closed;

/// The section's clauses: none when the policy makes no commitment.
pub fn clauses(policy: &Policy) -> Vec<Clause> {
    let voice = Voice::of(policy);
    policy
        .commitments
        .iter()
        .enumerate()
        .map(|(i, commitment)| {
            Clause::new(sentence(*commitment, &voice)).from([Origin::Commitment(i)])
        })
        .collect()
}

/// The commitment's sentence; `no_transfers_outside` ends with its area.
fn sentence(commitment: Commitment, voice: &Voice<'_>) -> Text {
    let text = voice.say(commitment.kind.entry().text);
    match commitment.area {
        Some(area) => text.words(area.entry().text).words("."),
        None => text,
    }
}
