//! The summary at the top of the text, the first layer of a layered
//! notice: who is responsible, what information, why, with whom, how long
//! and the reader's rights, on one screen, then the per-purpose table.
//! Each line is said from the model alone and names the declarations it
//! comes from, as the other sections do, so `trace.json` places it; a
//! line whose declarations are absent is left out rather than guessed.
//! Repeated mentions use the `short` labels.

use super::document::{Clause, Item, Origin, Section, Text};
use super::processing::Catalog;
use super::table;
use super::words::Voice;
use crate::l10n::Error;
use crate::model::Policy;

/// The anchor and heading of the summary section.
const ANCHOR: &str = "summary";
const HEADING: &str = "Summary";

/// The summary section: its clauses, then the per-purpose table.
pub fn section(policy: &Policy, catalog: &Catalog<'_>) -> Result<Section, Error> {
    let voice = Voice::of(policy);
    let mut clauses: Vec<Clause> = [
        Some(who(policy, &voice)),
        what(policy, &voice),
        why(policy, &voice),
        with_whom(policy, &voice),
        how_long(policy, &voice, catalog)?,
        rights(policy, &voice, catalog)?,
        decisions(policy, &voice),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some((table, origins)) = table::purposes(policy, catalog)? {
        clauses.push(
            Clause::new(voice.say(
                "Each purpose, the information used for it, its legal basis, how long that information is kept and who receives it:",
            ))
            .table(table)
            .from(origins),
        );
    }
    Ok(Section {
        number: String::new(),
        anchor: ANCHOR,
        heading: HEADING.to_owned(),
        clauses,
    })
}

/// A clause with a bold lead in the voice of the policy.
fn line(lead: &str, voice: &Voice<'_>, body: Text) -> Clause {
    Clause::new(body).lead(voice.say(lead))
}

/// A clause with a bold lead and a list: one entry a line, so that a
/// long label reads as an entry and not as one long sentence.
fn listed(lead: &str, voice: &Voice<'_>, entries: impl IntoIterator<Item = Text>) -> Clause {
    Clause::new(Text::new())
        .lead(voice.say(lead))
        .items(entries.into_iter().map(Item::new).collect())
}

fn who(policy: &Policy, voice: &Voice<'_>) -> Clause {
    let controller = &policy.header.controller;
    let body = Text::new()
        .source(&controller.name)
        .words(if controller.plural { " are" } else { " is" })
        .text(voice.say(" the controller of the information about {you} as a user of "))
        .source(&controller.service)
        .words(".");
    line("Who is responsible.", voice, body).from([Origin::Header])
}

/// The root categories, by their short labels: their sub-categories are
/// part of them.
fn what(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    let roots: Vec<(usize, &str)> = policy
        .data
        .iter()
        .enumerate()
        .filter(|(_, c)| c.parent.is_none())
        .map(|(i, c)| (i, c.short_label()))
        .collect();
    if roots.is_empty() {
        return None;
    }
    let entries = roots.iter().map(|&(_, l)| Text::new().source(l));
    Some(
        listed("What {we} [processes|process]:", voice, entries)
            .from(roots.iter().map(|&(i, _)| Origin::Data(i))),
    )
}

fn why(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    if policy.purposes.is_empty() {
        return None;
    }
    let entries = policy
        .purposes
        .iter()
        .map(|p| Text::new().source(p.short_label()));
    Some(listed("Why:", voice, entries).from((0..policy.purposes.len()).map(Origin::Purpose)))
}

/// The recipients that receive something by a transfer.
fn with_whom(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    let receiving: Vec<(usize, &str)> = policy
        .recipients
        .iter()
        .enumerate()
        .filter(|(_, r)| policy.transfers.iter().any(|t| t.recipient == r.id))
        .map(|(i, r)| (i, r.label.as_str()))
        .collect();
    if receiving.is_empty() {
        return None;
    }
    let entries = receiving.iter().map(|&(_, l)| Text::new().source(l));
    let transfers = policy
        .transfers
        .iter()
        .enumerate()
        .map(|(i, _)| Origin::Transfer(i));
    Some(
        listed("Who receives it:", voice, entries)
            .from(receiving.iter().map(|&(i, _)| Origin::Recipient(i)))
            .from(transfers),
    )
}

/// Each stated retention, by the short labels of its categories.
fn how_long(
    policy: &Policy,
    voice: &Voice<'_>,
    catalog: &Catalog<'_>,
) -> Result<Option<Clause>, Error> {
    let stated: Vec<(usize, Text)> = policy
        .retention
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.periods.is_empty())
        .map(|(i, r)| {
            let periods = catalog.words().alternatives(&r.periods, r.rule, voice)?;
            Ok((i, catalog.list(&r.data)?.words(": ").text(periods)))
        })
        .collect::<Result<_, Error>>()?;
    if stated.is_empty() {
        return Ok(None);
    }
    let origins: Vec<Origin> = stated.iter().map(|&(i, _)| Origin::Retention(i)).collect();
    let entries = stated.into_iter().map(|(_, t)| t);
    Ok(Some(
        listed("How long it is kept:", voice, entries).from(origins),
    ))
}

/// The rights stated, by name (or their label), each once.
fn rights(
    policy: &Policy,
    voice: &Voice<'_>,
    catalog: &Catalog<'_>,
) -> Result<Option<Clause>, Error> {
    if policy.rights.is_empty() {
        return Ok(None);
    }
    let names = policy
        .rights
        .iter()
        .map(|r| {
            Ok(match &r.label {
                Some(label) => Text::new().source(label),
                None => Text::new().words(&catalog.words().right_name(r.kind)?),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(Some(
        listed("{Your} rights:", voice, names).from((0..policy.rights.len()).map(Origin::Right)),
    ))
}

/// The automated decisions by label, or that there are none where the
/// header says so; nothing where the policy says neither.
fn decisions(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    if policy.decisions.is_empty() {
        return policy.header.no_automated_decisions.then(|| {
            line(
                "Automated decisions.",
                voice,
                voice.say("{We} [makes|make] no decision about {you} based solely on automated processing."),
            )
            .from([Origin::Header])
        });
    }
    let labels = policy
        .decisions
        .iter()
        .map(|d| Text::new().source(&d.label));
    Some(
        listed("Decisions made by automated means:", voice, labels)
            .from((0..policy.decisions.len()).map(Origin::Decision)),
    )
}
