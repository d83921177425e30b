//! The summary at the top of the text, the first layer of a layered
//! notice: who is responsible, what information, why, with whom, how long
//! and the reader's rights, on one screen; the per-purpose table follows
//! in a section of its own (`table`). Each line is said from the model
//! alone and names the declarations it comes from, as the other sections
//! do, so `trace.json` places it; a line whose declarations are absent is
//! left out rather than guessed. Repeated mentions use the `short` labels,
//! and a list longer than [`LISTED`] entries is cut short: its first
//! entries, then how many more there are and the section that lists them
//! all ("and 4 more, see section 5"), so that the summary stays on one
//! screen however many declarations there are. Every line is a message of
//! the document's language (`summary-*`).

use super::document::{Clause, Item, Origin, Section, Text};
use super::jurisdictions::Numbers;
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::user;
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::Policy;
use crate::regimes::{self, Stated};

/// The anchor of the summary section.
pub const ANCHOR: &str = "summary";

/// The most entries a list of the summary shows: a longer one shows one
/// fewer, then how many more there are and where they are listed.
pub const LISTED: usize = 4;

/// A section that holds the summary's place until the sections it refers
/// to are numbered: one clause, so that it counts (the summary always
/// says who is responsible).
pub fn placeholder() -> Section {
    Section {
        number: String::new(),
        anchor: ANCHOR.to_owned(),
        heading: String::new(),
        clauses: vec![Clause::default()],
    }
}

/// The summary section; `numbers` are those the document gives its
/// sections, for the lists cut short to refer to.
pub fn section(
    policy: &Policy,
    catalog: &Catalog<'_>,
    numbers: &Numbers,
) -> Result<Section, Error> {
    let voice = Voice::of(policy);
    let words = catalog.words();
    let said = Said { words, numbers };
    let clauses: Vec<Clause> = [
        Some(who(policy, &voice, words)?),
        what(policy, &voice, &said)?,
        why(policy, &voice, &said)?,
        with_whom(policy, &voice, &said)?,
        how_long(policy, &voice, catalog, &said)?,
        rights(policy, &voice, catalog, &said)?,
        decisions(policy, &voice, &said)?,
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(Section {
        number: String::new(),
        anchor: ANCHOR.to_owned(),
        heading: words.word("summary-heading")?,
        clauses,
    })
}

/// The words of the summary and the numbers of the sections it refers to.
struct Said<'s> {
    words: &'s Lexicon,
    numbers: &'s Numbers,
}

impl Said<'_> {
    /// The entries of a list, cut short when there are more than
    /// [`LISTED`]: the first ones, then "and N more, see section S", S
    /// being the section `anchor` that lists them all. A list whose full
    /// section is not printed is not cut, so nothing refers to nothing.
    fn capped(&self, entries: Vec<Text>, anchor: &str) -> Result<Vec<Text>, Error> {
        let Some(section) = self.numbers.get(anchor) else {
            return Ok(entries);
        };
        if entries.len() <= LISTED {
            return Ok(entries);
        }
        let shown = LISTED.saturating_sub(1);
        let more = entries.len().saturating_sub(shown);
        let args = Args::new()
            .text("amount", more.to_string())
            .number("count", u32::try_from(more).unwrap_or(u32::MAX))
            .text("section", section.to_owned());
        let rest = Text::new().words(&self.words.format("summary-more", &args)?);
        Ok(entries.into_iter().take(shown).chain([rest]).collect())
    }

    /// A clause with a bold lead, the message `lead` in the voice, and a
    /// list, cut short ([`Said::capped`]) with a reference to `anchor`.
    fn listed(
        &self,
        lead: &str,
        voice: &Voice<'_>,
        entries: Vec<Text>,
        anchor: &str,
    ) -> Result<Clause, Error> {
        said_listed(lead, voice, self.words, self.capped(entries, anchor)?)
    }
}

/// A clause with a bold lead, the message `lead` in the voice.
fn said_line(lead: &str, voice: &Voice<'_>, words: &Lexicon, body: Text) -> Result<Clause, Error> {
    Ok(Clause::new(body).lead(words.in_voice(lead, voice)?))
}

/// A clause with a bold lead, the message `lead` in the voice, and a
/// list: one entry a line.
fn said_listed(
    lead: &str,
    voice: &Voice<'_>,
    words: &Lexicon,
    entries: impl IntoIterator<Item = Text>,
) -> Result<Clause, Error> {
    Ok(Clause::new(Text::new())
        .lead(words.in_voice(lead, voice)?)
        .items(entries.into_iter().map(Item::new).collect()))
}

/// A clause with a bold lead in the voice of the policy.
#[allow(
    dead_code,
    reason = "for a line written as an English template; the summary's lines are messages (`said_line`)"
)]
fn line(lead: &str, voice: &Voice<'_>, body: Text) -> Clause {
    Clause::new(body).lead(voice.say(lead))
}

/// A clause with a bold lead and a list: one entry a line, so that a
/// long label reads as an entry and not as one long sentence.
#[allow(
    dead_code,
    reason = "for a line written as an English template; the summary's lines are messages (`said_listed`)"
)]
fn listed(lead: &str, voice: &Voice<'_>, entries: impl IntoIterator<Item = Text>) -> Clause {
    Clause::new(Text::new())
        .lead(voice.say(lead))
        .items(entries.into_iter().map(Item::new).collect())
}

fn who(policy: &Policy, voice: &Voice<'_>, words: &Lexicon) -> Result<Clause, Error> {
    let controller = &policy.header.controller;
    let service = Text::new().source(&controller.service);
    let mut body = words.sentence("summary-who", voice, Args::new(), [service])?;
    // Joint controllers answer for the processing too: the reader learns
    // of them in the line that says who is responsible.
    let joint: Vec<Text> = policy
        .header
        .joint_controllers
        .iter()
        .map(|j| Text::new().source(&j.name))
        .collect();
    if !joint.is_empty() {
        let joint = words.list(joint, Conjunction::And)?;
        body = body.sentence(words.sentence("summary-who-joint", voice, Args::new(), [joint])?);
    }
    Ok(said_line("summary-who-lead", voice, words, body)?.from([Origin::Header]))
}

/// The root categories, by their short labels: their sub-categories are
/// part of them.
fn what(policy: &Policy, voice: &Voice<'_>, said: &Said<'_>) -> Result<Option<Clause>, Error> {
    let roots: Vec<(usize, &str)> = policy
        .data
        .iter()
        .enumerate()
        .filter(|(_, c)| c.parent.is_none())
        .map(|(i, c)| (i, c.short_label()))
        .collect();
    if roots.is_empty() {
        return Ok(None);
    }
    let entries = roots.iter().map(|&(_, l)| Text::new().source(l)).collect();
    Ok(Some(
        said.listed("summary-what", voice, entries, "collection")?
            .from(roots.iter().map(|&(i, _)| Origin::Data(i))),
    ))
}

fn why(policy: &Policy, voice: &Voice<'_>, said: &Said<'_>) -> Result<Option<Clause>, Error> {
    if policy.purposes.is_empty() {
        return Ok(None);
    }
    let entries = policy
        .purposes
        .iter()
        .map(|p| Text::new().source(p.short_label()))
        .collect();
    Ok(Some(
        said.listed("summary-why", voice, entries, "purposes")?
            .from((0..policy.purposes.len()).map(Origin::Purpose)),
    ))
}

/// The recipients that receive something by a transfer.
fn with_whom(policy: &Policy, voice: &Voice<'_>, said: &Said<'_>) -> Result<Option<Clause>, Error> {
    let receiving: Vec<(usize, &str)> = policy
        .recipients
        .iter()
        .enumerate()
        .filter(|(_, r)| policy.transfers.iter().any(|t| t.recipient == r.id))
        .map(|(i, r)| (i, r.label.as_str()))
        .collect();
    if receiving.is_empty() {
        return Ok(None);
    }
    let entries = receiving
        .iter()
        .map(|&(_, l)| Text::new().source(l))
        .collect();
    let transfers = policy
        .transfers
        .iter()
        .enumerate()
        .map(|(i, _)| Origin::Transfer(i));
    Ok(Some(
        said.listed("summary-with-whom", voice, entries, "sharing")?
            .from(receiving.iter().map(|&(i, _)| Origin::Recipient(i)))
            .from(transfers),
    ))
}

/// Each stated retention, by the short labels of its categories.
fn how_long(
    policy: &Policy,
    voice: &Voice<'_>,
    catalog: &Catalog<'_>,
    said: &Said<'_>,
) -> Result<Option<Clause>, Error> {
    let stated: Vec<(usize, Text)> = policy
        .retention
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.periods.is_empty())
        .map(|(i, r)| {
            let periods = catalog.words().alternatives(&r.periods, r.rule, voice)?;
            let ending = catalog.words().ending(r.end, r.backups, voice)?;
            let mut data = catalog.list(&r.data)?;
            if !r.purposes.is_empty() {
                // `when_used_for`: said beside the data it keeps.
                let purposes = catalog.words().labels_in_sentence(
                    r.purposes.iter().map(|id| {
                        policy
                            .purposes
                            .iter()
                            .find(|p| &p.id == id)
                            .map_or(id.as_str(), crate::model::Purpose::short_label)
                    }),
                    super::lexicon::Conjunction::And,
                )?;
                let used = catalog.words().sentence(
                    "kept-when-used-for",
                    voice,
                    crate::l10n::Args::new(),
                    [purposes],
                )?;
                data = data.words(", ").text(used);
            }
            Ok((i, data.words(": ").text(periods).text(ending)))
        })
        .collect::<Result<_, Error>>()?;
    if stated.is_empty() {
        return Ok(None);
    }
    let origins: Vec<Origin> = stated.iter().map(|&(i, _)| Origin::Retention(i)).collect();
    let entries = stated.into_iter().map(|(_, t)| t).collect();
    Ok(Some(
        said.listed("summary-how-long", voice, entries, "retention")?
            .from(origins),
    ))
}

/// The rights the text grants (declared, or by default under a declared
/// regime), by name (or their label), each once; not those it says do not
/// apply. Where the rights section states the objection to direct
/// marketing, it is named first, in one short entry of its own: the law
/// asks that it be brought to the reader's attention explicitly and apart
/// (GDPR Art. 21(4)).
fn rights(
    policy: &Policy,
    voice: &Voice<'_>,
    catalog: &Catalog<'_>,
    said: &Said<'_>,
) -> Result<Option<Clause>, Error> {
    let all = regimes::stated(policy);
    let marketing = user::marketing_objection_stated(policy, &all);
    let stated: Vec<Stated<'_>> = all.into_iter().filter(Stated::applies).collect();
    if stated.is_empty() && marketing.is_none() {
        return Ok(None);
    }
    let mut names = Vec::new();
    let mut origins = Vec::new();
    if let Some((how, purposes)) = &marketing {
        names.push(Text::new().words(&catalog.words().word("summary-marketing-objection")?));
        origins.extend(purposes.iter().map(|&i| Origin::Purpose(i)));
        origins.push(match how {
            user::MarketingObjection::Declared(i, _) => Origin::Right(*i),
            user::MarketingObjection::ByDefault => Origin::Header,
        });
    }
    for s in &stated {
        let label = match s {
            Stated::Declared(_, r) => r.label.as_deref(),
            _ => None,
        };
        names.push(match label {
            Some(label) => Text::new().source(label),
            None => Text::new().words(&catalog.words().right_name(s.kind(), voice)?),
        });
        origins.push(match s {
            Stated::Declared(i, _) => Origin::Right(*i),
            _ => Origin::Header,
        });
    }
    Ok(Some(
        said.listed("summary-rights", voice, names, "rights")?
            .from(origins),
    ))
}

/// The automated decisions by label, or that there are none where the
/// header says so; nothing where the policy says neither.
fn decisions(policy: &Policy, voice: &Voice<'_>, said: &Said<'_>) -> Result<Option<Clause>, Error> {
    let words = said.words;
    if policy.decisions.is_empty() {
        if !policy.header.no_automated_decisions {
            return Ok(None);
        }
        let none = words.in_voice("summary-no-decisions", voice)?;
        let line = said_line("summary-decisions-lead", voice, words, none)?;
        return Ok(Some(line.from([Origin::Header])));
    }
    let labels = policy
        .decisions
        .iter()
        .map(|d| Text::new().source(&d.label))
        .collect();
    Ok(Some(
        said.listed("summary-decisions", voice, labels, "decisions")?
            .from((0..policy.decisions.len()).map(Origin::Decision)),
    ))
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    fn summary(source: &str, lang: Lang) -> Section {
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(lang).unwrap());
        section(&policy, &catalog, &Numbers::of(&[])).unwrap()
    }

    fn leads(section: &Section) -> Vec<String> {
        let lead = |c: &Clause| c.lead.as_ref().map_or_else(|| c.body.plain(), Text::plain);
        section.clauses.iter().map(lead).collect()
    }

    #[test]
    fn the_summary_in_german() {
        let german = summary(
            include_str!("../../tests/fixtures/trackers/shop.policy"),
            Lang::De,
        );
        assert_eq!(german.heading, "Zusammenfassung");
        assert_eq!(
            leads(&german),
            [
                "Wer verantwortlich ist.",
                "Was wir verarbeiten:",
                "Warum:",
                "Wie lange die Daten gespeichert werden:",
                "Ihre Rechte:",
            ]
        );
        assert_eq!(
            german.clauses.first().unwrap().body.plain(),
            "Shop Ltd ist der Verantwortliche für die Daten, die bei Ihrer Nutzung von Shop über Sie verarbeitet werden."
        );
    }

    #[test]
    fn no_decisions_in_german_in_the_third_person() {
        let source = "policy p {\n  title \"P\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  controller \"Acme und Partner\" {\n    service \"Shop\"\n    plural\n  }\n  published \"https://a.example/p\"\n  contact \"p@a.example\"\n  automated_decisions none\n}\n";
        let german = summary(source, Lang::De);
        let said: Vec<String> = german.clauses.iter().map(|c| c.body.plain()).collect();
        assert!(
            said.contains(&"Acme und Partner treffen keine Entscheidung über die betroffene Person, die ausschließlich auf einer automatisierten Verarbeitung beruht.".to_owned()),
            "{said:?}"
        );
        assert!(leads(&german).contains(&"Automatisierte Entscheidungen.".to_owned()));
    }
}
