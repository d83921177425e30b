//! The section on cookies and similar technologies: what they are for and
//! whether consent is asked, then a table of every tracker (name, kind,
//! who sets it, category, lifetime, the information it collects and the
//! purposes it serves). Every cell is said from the tracker's own
//! declaration; an optional property left out shows a dash.

use super::document::{Clause, Origin, Table, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{Basis, Lifetime, Party, Policy, Stance, Tracker, TrackerCategory};
use crate::vocab::Closed;

/// The messages of the column headings, in order.
pub const COLUMNS: [&str; 7] = [
    "trackers-column-name",
    "trackers-column-technology",
    "trackers-column-set_by",
    "trackers-column-category",
    "trackers-column-lifetime",
    "trackers-column-information",
    "trackers-column-purposes",
];

/// What a cell shows when the tracker declares nothing for it.
const NOTHING: &str = "\u{2014}";

/// The section's clauses: the trackers, then the stance on the
/// browser's privacy signals; none when the policy states neither.
pub fn clauses(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let mut clauses = declared(policy, catalog)?;
    clauses.extend(signals(policy, catalog.words())?);
    Ok(clauses)
}

/// What the header says of Do Not Track and Global Privacy Control.
fn signals(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let header = &policy.header;
    let said = [
        (header.do_not_track, "trackers-signal-dnt"),
        (header.gpc, "trackers-signal-gpc"),
    ];
    let mut clauses = Vec::new();
    for (stance, signal) in said {
        let id = match stance {
            None => continue,
            Some(Stance::Honoured) => "trackers-signal-honoured",
            Some(Stance::Ignored) => "trackers-signal-ignored",
        };
        let name = Text::new().words(&words.word(signal)?);
        let text = words.sentence(id, &voice, Args::new(), [name])?;
        clauses.push(Clause::new(text).from([Origin::Header]));
    }
    Ok(clauses)
}

/// The trackers' clauses and table; none when the policy declares none.
fn declared(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    if policy.trackers.is_empty() {
        return Ok(Vec::new());
    }
    let voice = Voice::of(policy);
    let words = catalog.words();
    let every = || (0..policy.trackers.len()).map(Origin::Tracker);
    let mut clauses = vec![Clause::new(words.in_voice("trackers-intro", &voice)?).from(every())];
    if consented(policy) {
        let consent = Clause::new(words.in_voice("trackers-consent", &voice)?);
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
    let columns = COLUMNS
        .iter()
        .map(|id| words.word(id))
        .collect::<Result<_, Error>>()?;
    clauses.push(
        Clause::new(words.in_voice("trackers-table", &voice)?)
            .table(Table { columns, rows })
            .from(origins),
    );
    Ok(clauses)
}

/// Whether to say that the trackers which are not strictly necessary are
/// used only with consent: only when every purpose each of them serves
/// rests on consent, so the sentence follows from the declarations.
fn consented(policy: &Policy) -> bool {
    let needing: Vec<&Tracker> = policy
        .trackers
        .iter()
        .filter(|t| t.category != TrackerCategory::StrictlyNecessary)
        .collect();
    !needing.is_empty()
        && needing.iter().all(|t| {
            t.serves.iter().all(|id| {
                policy.purposes.iter().any(|p| {
                    p.id == *id && matches!(p.basis, Basis::Consent | Basis::ExplicitConsent)
                })
            })
        })
}

fn row(
    policy: &Policy,
    tracker: &Tracker,
    catalog: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Vec<Text>, Error> {
    let words = catalog.words();
    let kind = words.word(&format!("tracker-kind-{}", tracker.kind.keyword()))?;
    let category = words.word(&format!("tracker-category-{}", tracker.category.keyword()))?;
    Ok(vec![
        Text::new().source(&tracker.label),
        Text::new().words(&kind),
        set_by(policy, tracker, voice, words)?,
        Text::new().words(&category),
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
/// provider where stated, in words or as the label of the recipient it
/// names (`provider ID`).
fn set_by(
    policy: &Policy,
    tracker: &Tracker,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let provider =
        |id, name: &str| words.sentence(id, voice, Args::new(), [Text::new().source(name)]);
    let named = tracker
        .recipient
        .as_deref()
        .and_then(|id| policy.recipient(id))
        .map(|r| &r.label);
    match (tracker.party, named.or(tracker.provider.as_ref())) {
        (Party::Third, Some(name)) => provider("trackers-set-by-provider", name),
        (Party::Third, None) => Ok(Text::new().words(&words.word("trackers-set-by-third")?)),
        (Party::First, Some(name)) => provider("trackers-set-by-us-with", name),
        (Party::First, None) => words.in_voice("trackers-set-by-us", voice),
    }
}

fn lifetime(lifetime: Option<Lifetime>, words: &Lexicon) -> Result<Text, Error> {
    Ok(match lifetime {
        None => Text::new().words(NOTHING),
        Some(Lifetime::Session) => Text::new().words(&words.word("trackers-session")?),
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

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    fn capitalized(words: &str) -> String {
        let mut chars = words.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }

    /// The English cells are the vocabulary's words, capitalized, as the
    /// text said them before they were messages.
    #[test]
    fn english_kinds_and_categories_are_the_vocabulary_capitalized() {
        let en = Lexicon::of(Lang::En).unwrap();
        for kind in crate::model::TrackerKind::SET
            .values
            .iter()
            .map(|v| v.value)
        {
            let word = en
                .word(&format!("tracker-kind-{}", kind.keyword()))
                .unwrap();
            assert_eq!(word, capitalized(kind.entry().text));
        }
        for category in TrackerCategory::SET.values.iter().map(|v| v.value) {
            let id = format!("tracker-category-{}", category.keyword());
            assert_eq!(en.word(&id).unwrap(), capitalized(category.entry().text));
        }
        let third = en.word("trackers-set-by-third").unwrap();
        assert_eq!(third, capitalized(Party::Third.entry().text));
    }

    fn section(source: &str, lang: Lang) -> String {
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(lang).unwrap());
        let clauses = clauses(&policy, &catalog).unwrap();
        let mut out = String::new();
        for clause in &clauses {
            out.push_str(&clause.body.plain());
            out.push('\n');
            for cell in clause.table.iter().flat_map(|t| t.rows.iter().flatten()) {
                out.push_str(&cell.plain());
                out.push('|');
            }
            for column in clause.table.iter().flat_map(|t| &t.columns) {
                out.push_str(column);
                out.push('|');
            }
        }
        out
    }

    const SHOP: &str = include_str!("../../tests/fixtures/trackers/shop.policy");

    #[test]
    fn the_section_in_german() {
        let german = section(SHOP, Lang::De);
        for said in [
            "Wir verwenden die nachstehenden Cookies und ähnlichen Technologien, die Informationen auf Ihrem Endgerät speichern oder von dort auslesen.",
            "Wir verwenden die Technologien, die nicht unbedingt erforderlich sind, nur mit Ihrer Einwilligung.",
            "Jede Technologie, wer sie setzt, wozu sie dient und wie lange sie bestehen bleibt:",
            "Wir reagieren nicht auf Signale von Do Not Track, die Ihr Browser sendet.",
            "Wir beachten Signale von Global Privacy Control (GPC), die Ihr Browser sendet.",
            "Analytics Inc (Drittanbieter)|Analyse|13 Monate|",
            "|Shop Ltd|Unbedingt erforderlich|Sitzung|",
            "Name|Technologie|Gesetzt von|Kategorie|Speicherdauer|Daten|Zwecke|",
        ] {
            assert!(german.contains(said), "{said:?} not in {german}");
        }
        for english in [
            "We use",
            "third party",
            "Session",
            "Technology",
            "signals sent",
        ] {
            assert!(!german.contains(english), "{english:?} in {german}");
        }
    }

    #[test]
    fn the_third_person_agrees_with_the_controller_in_german() {
        let source = SHOP
            .replace("  voice        we_you\n", "")
            .replace("\"Shop Ltd\" {", "\"Shop Ltd und Partner\" {\n    plural");
        let german = section(&source, Lang::De);
        assert!(
            german.contains("Shop Ltd und Partner verwenden die nachstehenden Cookies und ähnlichen Technologien, die Informationen auf dem Endgerät der betroffenen Person speichern"),
            "{german}"
        );
        assert!(german.contains("|Shop Ltd und Partner|"), "{german}");
    }
}
