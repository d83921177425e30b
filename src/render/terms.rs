//! The "Terms" reference. A clause marked `contractual` is a term of the
//! contract (a warranty, a disclaimer, a limit of liability), not privacy
//! information: the EDPB's transparency guidelines (WP260) keep the two
//! apart. The text says where such terms are instead of printing them,
//! and the sentence is traced to the clauses it stands for.

use super::document::{Clause, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{Policy, SectionRef};

/// The reference for the contractual clauses of section `which`, if it
/// has any: they are set out in the agreements the policy names
/// (`part_of`), or else in the terms of the service.
pub(super) fn reference(
    policy: &Policy,
    which: &SectionRef,
    words: &Lexicon,
) -> Result<Option<Clause>, Error> {
    let origins: Vec<Origin> = policy
        .clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.section == *which && c.contractual)
        .map(|(i, _)| Origin::Clause(i))
        .collect();
    if origins.is_empty() {
        return Ok(None);
    }
    let header = &policy.header;
    let voice = Voice::of(policy);
    let (text, from_header) = if header.part_of.is_empty() {
        let service = Text::new().source(&header.controller.service);
        let text = words.sentence("terms-of-service", &voice, Args::new(), [service])?;
        (text, None)
    } else {
        let agreements =
            words.source_list(header.part_of.iter().map(String::as_str), Conjunction::And)?;
        let text = words.sentence("terms-in-agreements", &voice, Args::new(), [agreements])?;
        (text, Some(Origin::Header))
    };
    let lead = Text::new().words(&words.word("terms-lead")?);
    Ok(Some(
        Clause::new(text)
            .lead(lead)
            .from(origins.into_iter().chain(from_header)),
    ))
}
