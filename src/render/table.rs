//! The per-purpose table of the layered notice, in a section of its own
//! right after the summary: for each purpose, the information it uses, its
//! legal basis, how long that information is kept and who receives it.
//! Every cell is said from a declaration: the purpose's `uses` and
//! `basis`, the categories' `retain` periods (own or inherited), the
//! transfers of that information that serve it and the third-party
//! trackers that serve it whose provider is a declared recipient. Where
//! the policy declares nothing for a cell (no transfer, an unstated
//! basis), the cell shows a dash rather than words the source never gave.

use hashbrown::HashMap;

use super::document::{Clause, Origin, Section, Table, Text};
use super::lexicon::Conjunction;
use super::processing::Catalog;
use super::words::{self, Voice};
use crate::l10n::{Args, Error};
use crate::model::{
    Basis, Duration, Party, Period, Policy, Purpose, RetentionEnd, RetentionRule, Tracker, Transfer,
};
use crate::vocab::Closed;

/// The messages of the column headings, in order.
pub const COLUMNS: [&str; 5] = [
    "table-column-purpose",
    "table-column-information",
    "table-column-basis",
    "table-column-kept",
    "table-column-recipients",
];

/// The anchor of the table's section.
pub const ANCHOR: &str = "at-a-glance";

/// The section of the table, right after the summary: a line that says
/// what the columns are, then the table; no clause (so no section) when
/// the policy has no purpose.
pub fn section(policy: &Policy, catalog: &Catalog<'_>) -> Result<Section, Error> {
    let words = catalog.words();
    let mut clauses = Vec::new();
    if let Some((table, origins)) = purposes(policy, catalog)? {
        clauses.push(
            Clause::new(words.in_voice("summary-table", &Voice::of(policy))?)
                .table(table)
                .from(origins),
        );
    }
    Ok(Section {
        number: String::new(),
        anchor: ANCHOR.to_owned(),
        heading: words.word("table-heading")?,
        clauses,
    })
}

/// What a cell shows when the policy declares nothing for it.
const NOTHING: &str = "\u{2014}";

/// The table of a policy's purposes, and the declarations it is said
/// from; `None` when the policy has no purpose.
pub fn purposes(
    policy: &Policy,
    catalog: &Catalog<'_>,
) -> Result<Option<(Table, Vec<Origin>)>, Error> {
    if policy.purposes.is_empty() {
        return Ok(None);
    }
    let voice = Voice::of(policy);
    let mut origins = Vec::new();
    let rows = policy
        .purposes
        .iter()
        .enumerate()
        .map(|(i, purpose)| {
            origins.push(Origin::Purpose(i));
            row(policy, purpose, catalog, &mut origins)
        })
        .collect::<Result<_, Error>>()?;
    Ok(Some((
        Table {
            columns: COLUMNS
                .iter()
                .map(|id| Ok(catalog.words().in_voice(id, &voice)?.plain()))
                .collect::<Result<_, Error>>()?,
            rows,
        },
        origins,
    )))
}

fn row(
    policy: &Policy,
    purpose: &Purpose,
    catalog: &Catalog<'_>,
    origins: &mut Vec<Origin>,
) -> Result<Vec<Text>, Error> {
    origins.extend(purpose.uses.iter().filter_map(|id| catalog.origin(id)));
    Ok(vec![
        Text::new().source(purpose.short_label()),
        catalog.list(&purpose.uses)?,
        basis(purpose.basis, catalog, &Voice::of(policy))?,
        kept(policy, purpose, catalog, origins)?,
        recipients(policy, purpose, origins, catalog)?,
    ])
}

/// The basis in a few words: "Consent", "The performance of a
/// contract", in the words of the policy's regimes (`$law`: "Our
/// interest" under the US state privacy laws, which know no "legitimate
/// interests"); a dash for an unstated basis, which the text does not
/// disclose.
fn basis(basis: Basis, catalog: &Catalog<'_>, voice: &Voice<'_>) -> Result<Text, Error> {
    if basis == Basis::Unstated {
        return Ok(Text::new().words(NOTHING));
    }
    let id = format!("table-basis-{}", basis.keyword());
    catalog.words().in_voice(&id, voice)
}

/// How long the information the purpose uses is kept: the periods alone
/// when every category shares them, else each group of categories with
/// its periods (`A and B: for 1 year from collection; C: …`).
fn kept(
    policy: &Policy,
    purpose: &Purpose,
    catalog: &Catalog<'_>,
    origins: &mut Vec<Origin>,
) -> Result<Text, Error> {
    // Groups of categories that share their periods, in the order used.
    type Kept<'p> = (
        &'p [Period],
        RetentionRule,
        Option<RetentionEnd>,
        Option<Duration>,
    );
    let mut groups: Vec<(Kept<'_>, Vec<String>)> = Vec::new();
    for id in &purpose.uses {
        // The purpose's own retention of the category, when the policy
        // states one (`when_used_for`), else the category's.
        let periods =
            catalog
                .get(id)
                .map_or((&[][..], RetentionRule::Last, None, None), |c| {
                    match c.retention_for(&purpose.id) {
                        Some(own) => (own.periods.as_slice(), own.rule, own.end, own.backups),
                        None => (
                            c.retention.as_slice(),
                            c.retention_rule,
                            c.retention_end,
                            c.backups,
                        ),
                    }
                });
        match groups.iter_mut().find(|(p, _)| *p == periods) {
            Some((_, ids)) => ids.push(id.clone()),
            None => groups.push((periods, vec![id.clone()])),
        }
    }
    origins.extend(
        policy
            .retention
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                !r.periods.is_empty()
                    && overlaps(&r.data, &purpose.uses)
                    && (r.purposes.is_empty() || r.purposes.contains(&purpose.id))
            })
            .map(|(i, _)| Origin::Retention(i)),
    );
    let voice = Voice::of(policy);
    if let [(periods, _)] = groups.as_slice() {
        return periods_text(*periods, catalog, &voice);
    }
    let each = groups
        .into_iter()
        .map(|(periods, ids)| {
            Ok(catalog
                .list(&ids)?
                .words(": ")
                .text(periods_text(periods, catalog, &voice)?))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(words::semicolons(each))
}

/// The periods, then what happens at their end and how long backups
/// remain, when stated.
pub(super) fn periods_text(
    (periods, rule, end, backups): (
        &[Period],
        RetentionRule,
        Option<RetentionEnd>,
        Option<Duration>,
    ),
    catalog: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Text, Error> {
    if periods.is_empty() {
        return Ok(Text::new().words(NOTHING));
    }
    let words = catalog.words();
    Ok(words
        .alternatives(periods, rule, voice)?
        .text(words.ending(end, backups, voice)?))
}

/// The recipients of the transfers that send information the purpose
/// uses, for it (a transfer that names no purpose serves every purpose
/// whose information it sends), and the providers of the third-party
/// trackers that serve it, when the provider is a declared recipient
/// (`provider ID`): what such a tracker collects for the purpose goes to
/// its provider, a disclosure traced to the tracker. In the order the
/// recipients are declared. A recipient that receives only part of the
/// information the purpose uses is named with that part ("Cloud hosting
/// provider (only Workouts)"), so that the cell never says it receives the
/// rest.
fn recipients(
    policy: &Policy,
    purpose: &Purpose,
    origins: &mut Vec<Origin>,
    catalog: &Catalog<'_>,
) -> Result<Text, Error> {
    let serving = |t: &Transfer| {
        (t.purposes.is_empty() || t.purposes.contains(&purpose.id))
            && overlaps(&t.data, &purpose.uses)
    };
    // Each recipient with the categories it receives for the purpose;
    // `None` for a tracker's provider whose tracker collects none of the
    // purpose's categories (what it collects for the purpose is then
    // not one of them, and the cell names the recipient alone).
    let mut receiving: HashMap<&str, Option<Vec<&String>>> = HashMap::new();
    for (i, transfer) in policy.transfers.iter().enumerate() {
        if serving(transfer) {
            origins.push(Origin::Transfer(i));
            let data = receiving
                .entry(transfer.recipient.as_str())
                .or_insert_with(|| Some(Vec::new()));
            if let Some(data) = data {
                data.extend(&transfer.data);
            }
        }
    }
    for (i, tracker) in policy.trackers.iter().enumerate() {
        if let Some(provider) = provider_serving(tracker, purpose) {
            origins.push(Origin::Tracker(i));
            let data = receiving
                .entry(provider)
                .or_insert_with(|| Some(Vec::new()));
            if !overlaps(&tracker.collects, &purpose.uses) {
                *data = None;
            } else if let Some(data) = data {
                data.extend(&tracker.collects);
            }
        }
    }
    let mut labels = Vec::new();
    for (i, r) in policy.recipients.iter().enumerate() {
        let Some(data) = receiving.get(r.id.as_str()) else {
            continue;
        };
        origins.push(Origin::Recipient(i));
        let label = Text::new().source(&r.label);
        labels.push(match data.as_deref().and_then(|d| part(d, &purpose.uses)) {
            Some(part) => catalog.words().sentence(
                "table-recipient-part",
                &Voice::of(policy),
                Args::new(),
                [label, catalog.list(&part)?],
            )?,
            None => label,
        });
    }
    if labels.is_empty() {
        return Ok(Text::new().words(NOTHING));
    }
    catalog.words().list(labels, Conjunction::And)
}

/// The part of the categories a purpose uses that `sent` carries, when it
/// is not all of them: each category used that `sent` names (or names a
/// parent of), then each child of a category used that `sent` names
/// instead, in the order used. `None` when `sent` carries every category
/// the purpose uses.
fn part(sent: &[&String], uses: &[String]) -> Option<Vec<String>> {
    let whole = |used: &String| sent.iter().any(|s| covers(s, used));
    if uses.iter().all(whole) {
        return None;
    }
    let mut part: Vec<String> = Vec::new();
    for used in uses {
        if whole(used) {
            part.push(used.clone());
            continue;
        }
        for s in sent {
            if covers(used, s) && !part.contains(s) {
                part.push((*s).clone());
            }
        }
    }
    Some(part)
}

/// The declared recipient a third-party tracker that serves the purpose
/// sends what it collects to: its provider (`provider ID`).
fn provider_serving<'t>(tracker: &'t Tracker, purpose: &Purpose) -> Option<&'t str> {
    if tracker.party != Party::Third || !tracker.serves.contains(&purpose.id) {
        return None;
    }
    tracker.recipient.as_deref()
}

/// Whether two lists of categories share information: one names a
/// category the other names, or its parent or child.
pub(super) fn overlaps(a: &[String], b: &[String]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| covers(x, y) || covers(y, x)))
}

/// Whether category `parent` is `child` or one of its ancestors.
fn covers(parent: &str, child: &str) -> bool {
    child == parent
        || child
            .strip_prefix(parent)
            .is_some_and(|rest| rest.starts_with('.'))
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;
    use crate::render::lexicon::Lexicon;

    #[test]
    fn a_parent_covers_its_children_and_nothing_else() {
        assert!(covers("account", "account"));
        assert!(covers("account", "account.email"));
        assert!(!covers("account", "accounting"));
        assert!(!covers("account.email", "account"));
        let ids = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(overlaps(&ids(&["account.email"]), &ids(&["account"])));
        assert!(!overlaps(&ids(&["device"]), &ids(&["account", "orders"])));
    }

    fn capitalized(words: &str) -> String {
        let mut chars = words.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }

    /// The English cells are the diff's words of each basis, capitalized,
    /// as the table said them before they were messages.
    #[test]
    fn english_bases_are_the_diff_words_capitalized() {
        let en = Lexicon::of(Lang::En).unwrap();
        for basis in Basis::SET.values.iter().map(|v| v.value) {
            if basis != Basis::Unstated {
                let id = format!("table-basis-{}", basis.keyword());
                let voice = Voice::new(true, "Acme", false);
                assert_eq!(
                    en.in_voice(&id, &voice).unwrap().plain(),
                    capitalized(basis.entry().diff)
                );
            }
        }
    }

    #[test]
    fn the_table_in_german() {
        let source = include_str!("../../tests/fixtures/trackers/shop.policy");
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(Lang::De).unwrap());
        let (table, _) = purposes(&policy, &catalog).unwrap().unwrap();
        assert_eq!(
            table.columns,
            [
                "Zweck",
                "Daten",
                "Rechtsgrundlage",
                "Speicherdauer",
                "Empfänger"
            ]
        );
        let cells: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| row.iter().map(Text::plain).collect())
            .collect();
        assert_eq!(cells[0][2], "Erfüllung eines Vertrags");
        assert_eq!(cells[1][2], "Einwilligung");
        assert!(cells[0][3].starts_with("für 1 Jahr ab "), "{cells:?}");
        assert!(cells[1][3].starts_with("für 13 Monate ab "), "{cells:?}");
    }
}
