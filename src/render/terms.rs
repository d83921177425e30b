//! The "Terms" reference. A clause marked `contractual` is a term of the
//! contract (a warranty, a disclaimer, a limit of liability), not privacy
//! information: the EDPB's transparency guidelines (WP260) keep the two
//! apart. The text says where such terms are instead of printing them,
//! and the sentence is traced to the clauses it stands for.

use super::document::{Clause, Origin, Text};
use super::words;
use crate::model::{Policy, Section};

/// The reference for the contractual clauses of section `which`, if it
/// has any: they are set out in the agreements the policy names
/// (`part_of`), or else in the terms of the service.
pub(super) fn reference(policy: &Policy, which: Section) -> Option<Clause> {
    let origins: Vec<Origin> = policy
        .clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.section == which && c.contractual)
        .map(|(i, _)| Origin::Clause(i))
        .collect();
    if origins.is_empty() {
        return None;
    }
    let header = &policy.header;
    let text = Text::new().words(
        "Contractual terms on these matters are not part of this Policy; they are set out in ",
    );
    let (text, from_header) = if header.part_of.is_empty() {
        let text = text
            .words("the terms of ")
            .source(&header.controller.service)
            .words(".");
        (text, None)
    } else {
        let agreements = words::source_list(header.part_of.iter().map(String::as_str), "and");
        (text.text(agreements).words("."), Some(Origin::Header))
    };
    Some(
        Clause::new(text)
            .lead(Text::new().words("Terms."))
            .from(origins.into_iter().chain(from_header)),
    )
}
