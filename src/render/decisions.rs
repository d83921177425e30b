//! The section on automated decisions (GDPR Art. 13(2)(f) and 22): each
//! declared decision with the information it uses, the logic involved, its
//! significance and envisaged consequences, what allows it and the
//! reader's safeguards; or, where the header says so, that there are
//! none. Every sentence is said from a declaration: a safeguard not
//! declared is not mentioned, and with neither decisions nor the header's
//! statement the section is left out.

use super::document::{Clause, Origin, Text};
use super::processing::{Catalog, introduced};
use super::words::Voice;
use crate::l10n::Error;
use crate::model::{Decision, DecisionBasis, Policy};
use crate::vocab::Closed;

/// The section's clauses.
pub fn clauses(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    if policy.decisions.is_empty() {
        if !policy.header.no_automated_decisions {
            return Ok(Vec::new());
        }
        return Ok(vec![
            Clause::new(voice.say(
                "{We} [does|do] not make decisions based solely on automated processing, including profiling, that produce legal effects concerning {you} or similarly significantly affect {you}.",
            ))
            .from([Origin::Header]),
        ]);
    }
    introduced(
        &policy.decisions,
        &voice,
        "{We} [makes|make] the following decisions based solely on automated processing, including profiling, that produce legal effects concerning {you} or similarly significantly affect {you}:",
        Origin::Decision,
        |d| decision(d, catalog, &voice),
    )
}

fn decision(
    decision: &Decision,
    catalog: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let mut body = Text::new();
    if let Some(description) = &decision.description {
        body = body.long_sentence(description);
    }
    body = body
        .sentence(
            Text::new()
                .words("Information used: ")
                .text(catalog.list(&decision.uses)?)
                .end(),
        )
        .sentence(
            Text::new()
                .words("The logic involved: ")
                .long_sentence(&decision.logic),
        )
        .sentence(
            voice
                .say("Its significance and the envisaged consequences for {you}: ")
                .long_sentence(&decision.significance),
        )
        .sentence(basis(decision, voice));
    for safeguard in &decision.safeguards {
        body = body.sentence(voice.say(safeguard.entry().text));
    }
    let origins = decision.uses.iter().filter_map(|id| catalog.origin(id));
    Ok(Clause::new(body)
        .lead(Text::new().source(&decision.label).end())
        .from(origins.collect::<Vec<_>>()))
}

/// What allows the decision (Art. 22(2)), with the law that authorises it.
fn basis(decision: &Decision, voice: &Voice<'_>) -> Text {
    let text = Text::new()
        .words("This decision is made because ")
        .text(voice.say(decision.basis.entry().text));
    match (&decision.law, decision.basis) {
        (Some(law), DecisionBasis::Law) => text.words(": ").source_sentence(law),
        _ => text.words("."),
    }
}
