//! The sections on why information is processed, with whom it is shared
//! and on which grounds, and how long it is kept.

use hashbrown::HashMap;

use super::document::{Clause, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::words::{self, Voice};
use crate::l10n::Error;
use crate::model::Mechanism;
use crate::model::{
    Basis, DataCategory, Ground, Policy, Purpose, Recipient, Retention, RightKind, Transfer,
};

/// The data categories by id, made once for the whole document and shared
/// by the sections that name categories, with the words of the document's
/// language, which every section that names categories also needs.
pub struct Catalog<'a>(HashMap<&'a str, (usize, &'a DataCategory)>, Lexicon);

impl<'a> Catalog<'a> {
    /// The catalog of a policy's categories, named in `words`.
    pub fn new(policy: &'a Policy, words: Lexicon) -> Catalog<'a> {
        Catalog(
            policy
                .data
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), (i, c)))
                .collect(),
            words,
        )
    }

    /// The words of the document's language.
    pub fn words(&self) -> &Lexicon {
        &self.1
    }

    /// The category with this id.
    pub fn get(&self, id: &str) -> Option<&'a DataCategory> {
        self.0.get(id).map(|&(_, c)| c)
    }

    /// Where the category with this id is declared, for the trace.
    pub fn origin(&self, id: &str) -> Option<Origin> {
        self.0.get(id).map(|&(i, _)| Origin::Data(i))
    }

    /// The categories' labels as a list: a repeated mention, so each
    /// `short` label where one is declared. Every id resolves in a checked
    /// policy; an id that does not is shown as written.
    pub fn list(&self, ids: &[String]) -> Result<Text, Error> {
        let labels = ids
            .iter()
            .map(|id| self.get(id).map_or(id.as_str(), DataCategory::short_label));
        self.1.source_list(labels, Conjunction::And)
    }
}

/// Each purpose with the information it uses and its legal basis.
pub fn purposes(policy: &Policy, labels: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let objection = policy.rights.iter().any(|r| r.kind == RightKind::Objection);
    introduced(
        &policy.purposes,
        &voice,
        "{We} [processes|process] information only for the following purposes:",
        Origin::Purpose,
        |p| purpose(p, labels, objection, &voice),
    )
}

/// One clause in which the controller introduces `items`, each a clause
/// of its own that comes from its declaration (`origin`, by index); none
/// when there are no items, so nothing is introduced.
pub(super) fn introduced<T>(
    items: &[T],
    voice: &Voice<'_>,
    intro: &str,
    origin: fn(usize) -> Origin,
    each: impl FnMut(&T) -> Result<Clause, Error>,
) -> Result<Vec<Clause>, Error> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    introduced_by(items, voice.say(intro), origin, each)
}

/// [`introduced`] with the intro already said, as a message of the
/// document's language.
pub(super) fn introduced_by<T>(
    items: &[T],
    intro: Text,
    origin: fn(usize) -> Origin,
    mut each: impl FnMut(&T) -> Result<Clause, Error>,
) -> Result<Vec<Clause>, Error> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let clauses = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut clause = each(item)?;
            // The item's own declaration first, then what it draws on.
            clause.origins.insert(0, origin(i));
            Ok(clause)
        })
        .collect::<Result<_, Error>>()?;
    Ok(vec![
        Clause::new(intro)
            .clauses(clauses)
            .from((0..items.len()).map(origin)),
    ])
}

fn purpose(
    purpose: &Purpose,
    labels: &Catalog<'_>,
    objection: bool,
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let mut body = Text::new();
    if let Some(description) = &purpose.description {
        body = body.long_sentence(description);
    }
    body = body.sentence(
        Text::new()
            .words("Information used: ")
            .text(labels.list(&purpose.uses)?)
            .end(),
    );
    // An unstated basis is not disclosed, so the text says nothing of it.
    if purpose.basis != Basis::Unstated {
        body = body.sentence(basis(purpose, voice, labels.words())?);
    }
    if purpose.only_depersonalized {
        body = body.sentence(
            Text::new().words("Only depersonalized information is used for this purpose."),
        );
    }
    if purpose.profiling {
        body = body.sentence(profiling(purpose, objection, voice));
    }
    if let Some(condition) = super::special::condition(purpose, voice, labels.words())? {
        body = body.sentence(condition);
    }
    Ok(Clause::new(body).lead(Text::new().source(&purpose.label).end()))
}

/// That a `profiling` purpose profiles (GDPR Art. 13(2)(f)), and, where
/// the policy states the right to object and the basis is one it applies
/// to, that this profiling can be objected to (Art. 21(1)).
fn profiling(purpose: &Purpose, objection: bool, voice: &Voice<'_>) -> Text {
    let mut text = voice.say(
        "This purpose involves profiling: {we} [uses|use] the information listed to evaluate personal aspects of {you}.",
    );
    let objectable = matches!(purpose.basis, Basis::LegitimateInterest | Basis::PublicTask);
    if objection && objectable {
        text = text.words(" ").text(voice.say(
            "{You} can object to this profiling on grounds relating to {your} particular situation.",
        ));
    }
    text
}

fn basis(purpose: &Purpose, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let text = Text::new()
        .words("Legal basis: ")
        .text(words.basis(purpose.basis, voice)?);
    Ok(match (&purpose.interest, purpose.basis) {
        (Some(interest), Basis::LegitimateInterest) => text
            .words("; the interest pursued is ")
            .source_sentence(interest),
        _ => text.words("."),
    })
}

/// Each recipient with the information it receives and the grounds.
pub fn sharing(policy: &Policy, labels: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let mut transfers: HashMap<&str, Vec<(usize, &Transfer)>> = HashMap::new();
    for (i, transfer) in policy.transfers.iter().enumerate() {
        transfers
            .entry(transfer.recipient.as_str())
            .or_default()
            .push((i, transfer));
    }
    // "Only on the grounds stated" would be false of a transfer whose
    // ground the source does not state.
    let intro = if policy.transfers.iter().any(ground_unstated) {
        "{We} [shares|share] information only with the following recipients:"
    } else {
        "{We} [shares|share] information only with the following recipients, and only on the grounds stated for each:"
    };
    introduced(&policy.recipients, &voice, intro, Origin::Recipient, |r| {
        let to_it = transfers.get(r.id.as_str()).map_or(&[][..], Vec::as_slice);
        recipient(r, to_it, labels, &policy.purposes, &voice)
    })
}

fn recipient(
    recipient: &Recipient,
    transfers: &[(usize, &Transfer)],
    labels: &Catalog<'_>,
    purposes: &[crate::model::Purpose],
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let words = labels.words();
    let mut body = Text::new();
    if let Some(description) = &recipient.description {
        body = body.long_sentence(description);
    }
    if let Some(kind) = recipient.kind {
        body = body.sentence(
            Text::new()
                .words("Type of recipient: ")
                .text(words.recipient_kind(kind, voice)?)
                .end(),
        );
    }
    body = body.sentence(party(recipient, voice));
    body = body.sentence(abroad(recipient, voice));
    for (_, transfer) in transfers {
        if ground_unstated(transfer) {
            // Any one ground suffices, so an unstated one leaves no
            // "only when" that the source says.
            body = body.sentence(
                Text::new()
                    .words("This recipient receives the following information: ")
                    .text(labels.list(&transfer.data)?)
                    .end(),
            );
            continue;
        }
        let grounds = transfer
            .grounds
            .iter()
            .map(|g| Ok(Text::new().words("when ").text(words.ground(*g, voice)?)))
            .collect::<Result<_, Error>>()?;
        // The labels after a colon, where their capitals stand.
        body = body.sentence(
            Text::new()
                .words("This recipient receives the following information, only ")
                .text(words.list(grounds, Conjunction::Or)?)
                .text(for_purposes(&transfer.purposes, purposes, words)?)
                .words(": ")
                .text(labels.list(&transfer.data)?)
                .end(),
        );
    }
    if recipient.bound_by_policy {
        body = body.sentence(Text::new().words(
            "All obligations to observe the conditions of this Policy pass to this recipient.",
        ));
    }
    body = body.sentence(disclosed_as(recipient, voice, words)?);
    Ok(Clause::new(body)
        .lead(Text::new().source(&recipient.label).end())
        .from(transfers.iter().map(|&(i, _)| Origin::Transfer(i))))
}

/// Whether the recipient is an independent or a joint controller, and the
/// essence of a joint controllers' arrangement (GDPR Art. 26(2)), each as
/// stated; nothing when the recipient states neither.
fn party(recipient: &Recipient, voice: &Voice<'_>) -> Text {
    let mut text = Text::new();
    if let Some(role) = recipient.role {
        text = text
            .words("Role: ")
            .text(voice.say(crate::vocab::Closed::entry(role).text))
            .end();
    }
    if let Some(arrangement) = &recipient.arrangement {
        text = text.sentence(
            voice
                .say("The essence of the arrangement between {us} and this recipient: ")
                .long_sentence(arrangement),
        );
    }
    text
}

/// What disclosing data to the recipient is under US state law, from its
/// `disclosed_as`; nothing when it states none.
fn disclosed_as(recipient: &Recipient, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    if recipient.disclosed_as.is_empty() {
        return Ok(Text::new());
    }
    let each = recipient
        .disclosed_as
        .iter()
        .map(|d| words.disclosure(*d, voice))
        .collect::<Result<_, Error>>()?;
    Ok(Text::new()
        .words("Under US state privacy laws, disclosing personal information to this recipient is ")
        .text(words.list(each, Conjunction::And)?)
        .end())
}

/// Whether the source states no ground for the transfer.
fn ground_unstated(transfer: &Transfer) -> bool {
    transfer.grounds.contains(&Ground::Unstated)
}

/// `, for the purpose of LABEL` (`purposes of A and B`) when a transfer
/// names the purposes it serves; nothing when it names none.
fn for_purposes(
    ids: &[String],
    purposes: &[crate::model::Purpose],
    words: &Lexicon,
) -> Result<Text, Error> {
    let named: Vec<Text> = ids
        .iter()
        .filter_map(|id| purposes.iter().find(|p| p.id == *id))
        .map(|p| Text::new().source(p.short_label()))
        .collect();
    let lead = match named.len() {
        0 => return Ok(Text::new()),
        1 => ", for the purpose of ",
        _ => ", for the purposes of ",
    };
    Ok(Text::new()
        .words(lead)
        .text(words.list(named, Conjunction::And)?))
}

/// The country of a recipient abroad, the mechanism the transfer rests on
/// (its safeguard as its description) and where to obtain a copy.
fn abroad(recipient: &Recipient, voice: &Voice<'_>) -> Text {
    let mut text = Text::new();
    if let Some(country) = &recipient.country {
        text = text.words("Country: ").source(country).end();
    }
    if let Some(mechanism) = recipient.mechanism {
        text = text.sentence(mechanism_sentence(recipient, mechanism, voice));
    } else if let Some(safeguard) = &recipient.safeguard {
        let lead = if recipient.country.is_some() {
            "Safeguard for the transfer of information to this country: "
        } else {
            "Safeguard for the transfer of information: "
        };
        text = text.sentence(Text::new().words(lead).source(safeguard).end());
    }
    if let Some(copy) = &recipient.copy {
        text = text.sentence(
            Text::new()
                .words("Where to obtain a copy: ")
                .link(copy)
                .end(),
        );
    }
    text
}

/// `Transfers of information to this country rest on standard data
/// protection clauses (DESCRIPTION).`, in the GDPR's words, with a
/// derogation's case after a colon.
fn mechanism_sentence(recipient: &Recipient, mechanism: Mechanism, voice: &Voice<'_>) -> Text {
    let lead = if recipient.country.is_some() {
        "Transfers of information to this country rest on "
    } else {
        "Transfers of information to this recipient rest on "
    };
    let mut text = Text::new()
        .words(lead)
        .text(words::mechanism(mechanism.kind(), voice));
    if let Some(case) = mechanism.case() {
        text = text.words(": ").text(words::derogation(case, voice));
    }
    if let Some(safeguard) = &recipient.safeguard {
        text = text.words(" (").source(safeguard).words(")");
    }
    text.end()
}

/// Each retention statement: how long which information is kept.
pub fn retention(policy: &Policy, labels: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    policy
        .retention
        .iter()
        .enumerate()
        // An unstated retention is not disclosed: the text says nothing.
        .filter(|(_, r)| !r.periods.is_empty())
        .map(|(i, r)| Ok(retained(r, labels, &voice)?.from([Origin::Retention(i)])))
        .collect()
}

fn retained(
    retention: &Retention,
    labels: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let periods = labels
        .words()
        .alternatives(&retention.periods, retention.rule, voice)?;
    Ok(Clause::new(
        Text::new()
            .words("The following information is kept ")
            .text(periods)
            .words(": ")
            .text(labels.list(&retention.data)?)
            .end(),
    ))
}
