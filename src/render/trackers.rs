//! The section on cookies and similar technologies: what they are for and
//! whether consent is asked, then a table of every tracker (name, kind,
//! who sets it, category, lifetime, the information it collects and the
//! purposes it serves). Every cell is said from the tracker's own
//! declaration; an optional property left out shows a dash.

use super::document::{Clause, Origin, Table, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::words::Voice;
use crate::l10n::Error;
use crate::model::{Basis, Lifetime, Party, Policy, Stance, Tracker, TrackerCategory};
use crate::vocab::Closed;

/// The column headings, in order.
pub const COLUMNS: [&str; 7] = [
    "Name",
    "Technology",
    "Set by",
    "Category",
    "Lifetime",
    "Information",
    "Purposes",
];

/// What a cell shows when the tracker declares nothing for it.
const NOTHING: &str = "\u{2014}";

/// The section's clauses: the trackers, then the stance on the
/// browser's privacy signals; none when the policy states neither.
pub fn clauses(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let mut clauses = declared(policy, catalog)?;
    clauses.extend(signals(policy));
    Ok(clauses)
}

/// What the header says of Do Not Track and Global Privacy Control.
fn signals(policy: &Policy) -> Vec<Clause> {
    let voice = Voice::of(policy);
    let header = &policy.header;
    let said = [
        (header.do_not_track, "Do Not Track"),
        (header.gpc, "Global Privacy Control (GPC)"),
    ];
    said.into_iter()
        .filter_map(|(stance, signal)| {
            let template = match stance? {
                Stance::Honoured => {
                    format!("{{We}} [honours|honour] {signal} signals sent by {{your}} browser.")
                }
                Stance::Ignored => format!(
                    "{{We}} [does|do] not respond to {signal} signals sent by {{your}} browser."
                ),
            };
            Some(Clause::new(voice.say(&template)).from([Origin::Header]))
        })
        .collect()
}

/// The trackers' clauses and table; none when the policy declares none.
fn declared(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    if policy.trackers.is_empty() {
        return Ok(Vec::new());
    }
    let voice = Voice::of(policy);
    let every = || (0..policy.trackers.len()).map(Origin::Tracker);
    let mut clauses = vec![
        Clause::new(voice.say(
            "{We} [uses|use] the cookies and similar technologies below, which store information on {your} device or read it from there.",
        ))
        .from(every()),
    ];
    if let Some(consent) = consent(policy, &voice) {
        clauses.push(consent.from(every()));
    }
    let rows = policy
        .trackers
        .iter()
        .map(|t| row(policy, t, catalog, &voice))
        .collect::<Result<_, Error>>()?;
    let mut origins: Vec<Origin> = every().collect();
    for tracker in &policy.trackers {
        origins.extend(tracker.collects.iter().filter_map(|id| catalog.origin(id)));
    }
    clauses.push(
        Clause::new(
            voice.say("Each technology, who sets it, what it is for and how long it lasts:"),
        )
        .table(Table {
            columns: COLUMNS.to_vec(),
            rows,
        })
        .from(origins),
    );
    Ok(clauses)
}

/// That the trackers which are not strictly necessary are used only with
/// consent: said only when every purpose each of them serves rests on
/// consent, so the sentence follows from the declarations.
fn consent(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    let needing: Vec<&Tracker> = policy
        .trackers
        .iter()
        .filter(|t| t.category != TrackerCategory::StrictlyNecessary)
        .collect();
    if needing.is_empty() {
        return None;
    }
    let consented = needing.iter().all(|t| {
        t.serves.iter().all(|id| {
            policy
                .purposes
                .iter()
                .any(|p| p.id == *id && matches!(p.basis, Basis::Consent | Basis::ExplicitConsent))
        })
    });
    consented.then(|| {
        Clause::new(voice.say(
            "{We} [uses|use] the technologies that are not strictly necessary only with {your} consent.",
        ))
    })
}

fn row(
    policy: &Policy,
    tracker: &Tracker,
    catalog: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Vec<Text>, Error> {
    let words = catalog.words();
    Ok(vec![
        Text::new().source(&tracker.label),
        Text::new().words(&capitalized(tracker.kind.entry().text)),
        set_by(tracker, voice),
        Text::new().words(&capitalized(tracker.category.entry().text)),
        lifetime(tracker.lifetime, words)?,
        if tracker.collects.is_empty() {
            Text::new().words(NOTHING)
        } else {
            catalog.list(&tracker.collects)?
        },
        purposes(policy, &tracker.serves, words)?,
    ])
}

/// Who sets the tracker: the controller, or a third party and its
/// provider where stated.
fn set_by(tracker: &Tracker, voice: &Voice<'_>) -> Text {
    match (tracker.party, &tracker.provider) {
        (Party::Third, Some(provider)) => Text::new().source(provider).words(" (third party)"),
        (Party::Third, None) => Text::new().words(&capitalized(Party::Third.entry().text)),
        (Party::First, Some(provider)) => voice.say("{We}, with ").source(provider),
        (Party::First, None) => voice.say("{We}"),
    }
}

fn lifetime(lifetime: Option<Lifetime>, words: &Lexicon) -> Result<Text, Error> {
    Ok(match lifetime {
        None => Text::new().words(NOTHING),
        Some(Lifetime::Session) => Text::new().words("Session"),
        Some(Lifetime::For { duration }) => Text::new().words(&words.duration(duration)?),
    })
}

/// The labels of the purposes a tracker serves, as a list.
fn purposes(policy: &Policy, ids: &[String], words: &Lexicon) -> Result<Text, Error> {
    let labels = ids.iter().map(|id| {
        policy
            .purposes
            .iter()
            .find(|p| p.id == *id)
            .map_or(id.as_str(), |p| p.short_label())
    });
    words.source_list(labels, Conjunction::And)
}

fn capitalized(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_capitalized() {
        assert_eq!(capitalized("third party"), "Third party");
        assert_eq!(capitalized(""), "");
    }
}
