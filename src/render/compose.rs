//! What the text says: the document built from the model, section by
//! section, in the order a reader expects. The general provisions, the
//! changes and the contact section are here; the other sections have their
//! own modules.

use super::commitments;
use super::document::{Clause, Document, Origin, Section, Text, collapse, number};
use super::lexicon::{Conjunction, Lexicon};
use super::terms;
use super::words::Voice;
use super::{children, collection, decisions, processing, summary, trackers, user};
use crate::l10n::{Error, Lang};
use crate::model::{self, ChangePolicy, Controller, Dpo, Policy};
use crate::vocab::Closed;

/// The document for a policy.
pub fn document(policy: &Policy) -> Result<Document, Error> {
    let header = &policy.header;
    let words = lexicon(policy)?;
    Ok(Document {
        // One line: a line break in a heading would start a new block.
        title: collapse(&header.title),
        language: header.language.clone(),
        subtitle: do_not_sell(
            header,
            Text::new().words(&format!(
                "Version {}, effective {}",
                header.version,
                words.date(header.effective)?
            )),
        ),
        sections: number(sections(policy, words)?),
    })
}

/// The words the text is written with. English, whatever the header's
/// `language`, until every sentence of the document is a message of the
/// language's file: a half-translated policy is never written.
fn lexicon(_policy: &Policy) -> Result<Lexicon, Error> {
    Lexicon::of(Lang::En)
}

/// The line under the title, followed by the "Do Not Sell or Share" link
/// where the header states one: US state law wants it at the top.
fn do_not_sell(header: &model::Header, subtitle: Text) -> Text {
    let Some(link) = &header.do_not_sell else {
        return subtitle;
    };
    subtitle
        .words(". Do Not Sell or Share My Personal Information: ")
        .link(link)
}

fn sections(policy: &Policy, words: Lexicon) -> Result<Vec<Section>, Error> {
    use model::Section as S;
    let catalog = processing::Catalog::new(policy, words);
    Ok(vec![
        summary::section(policy, &catalog)?,
        section(policy, S::General, general(policy, &words)?),
        section(policy, S::Commitments, commitments::clauses(policy)),
        section(
            policy,
            S::Collection,
            collection::clauses(policy, &catalog)?,
        ),
        section(policy, S::Purposes, processing::purposes(policy, &catalog)?),
        section(policy, S::Sharing, processing::sharing(policy, &catalog)?),
        section(
            policy,
            S::Retention,
            processing::retention(policy, &catalog)?,
        ),
        section(policy, S::Trackers, trackers::clauses(policy, &catalog)?),
        section(policy, S::Decisions, decisions::clauses(policy, &catalog)?),
        section(policy, S::Rights, user::rights(policy, &words)?),
        section(
            policy,
            S::Obligations,
            user::statements(&policy.obligations, Origin::Obligation),
        ),
        section(
            policy,
            S::Security,
            super::special::security(
                policy,
                &words,
                user::statements(&policy.security, Origin::Security),
            )?,
        ),
        section(policy, S::Children, children::clauses(policy, &words)?),
        section(policy, S::Changes, changes(policy, &words)?),
        section(policy, S::Contact, contact(policy)),
    ])
}

/// A section with its generated clauses followed by the author's clauses
/// placed in it, verbatim.
fn section(policy: &Policy, which: model::Section, mut clauses: Vec<Clause>) -> Section {
    clauses.extend(
        policy
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, c)| c.section == which && !c.contractual)
            .map(|(i, c)| Clause::new(Text::new().long_source(&c.text)).from([Origin::Clause(i)])),
    );
    clauses.extend(terms::reference(policy, which));
    let entry = which.entry();
    Section {
        number: String::new(),
        anchor: entry.keyword,
        heading: Voice::of(policy).say(entry.text).plain(),
        clauses,
    }
}

/// Who, which service, how the policy is accepted, what it covers, what
/// it is part of and which law guides the processing.
fn general(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let header = &policy.header;
    let voice = Voice::of(policy);
    let mut clauses = vec![Clause::new(who(policy))];
    if let Some(acceptance) = header.acceptance {
        clauses.push(Clause::new(words.acceptance(acceptance, &voice)?));
    }
    if let Some(scope) = &header.scope {
        // `scope` says what the policy covers, not that it covers nothing
        // else: no "only".
        clauses.push(Clause::new(
            Text::new()
                .words("This Policy applies to ")
                .source_sentence(scope),
        ));
    }
    if !header.part_of.is_empty() {
        let agreements =
            words.source_list(header.part_of.iter().map(String::as_str), Conjunction::And)?;
        clauses.push(Clause::new(
            Text::new()
                .words("This Policy is an integral part of ")
                .text(agreements)
                .words("."),
        ));
    }
    if let Some(law) = &header.governing_law {
        clauses.push(Clause::new(
            voice
                .say("{We} [processes|process] information in accordance with ")
                .source_sentence(law),
        ));
    }
    Ok(from_header(clauses))
}

/// The clauses, marked as coming from the header.
fn from_header(clauses: Vec<Clause>) -> Vec<Clause> {
    clauses
        .into_iter()
        .map(|c| c.from([Origin::Header]))
        .collect()
}

/// The first clause: the policy, the controller and the service.
fn who(policy: &Policy) -> Text {
    let header = &policy.header;
    let controller = &header.controller;
    let voice = Voice::of(policy);
    let verb = if controller.plural {
        " process"
    } else {
        " processes"
    };
    let text = Text::new()
        .words("This ")
        .source(&header.title)
        .words(" (the \"Policy\") sets out how ")
        .source(&controller.name);
    let mut text = if header.voice == model::Voice::WeYou {
        text.words(" (\"we\", \"us\")")
            .words(verb)
            .words(" information about you, a user of ")
            .source(&controller.service)
            .words(" (the \"Service\").")
    } else {
        text.words(verb)
            .words(" information about the users (each a \"User\") of ")
            .source(&controller.service)
            .words(" (the \"Service\").")
    };
    text =
        text.sentence(voice.say("{We} [is|are] the controller responsible for this processing."));
    if let Some(website) = &controller.website {
        text = text
            .words(" The website of the Service is ")
            .link(website)
            .words(".");
    }
    text
}

/// Who may change the policy, how and when users are told, and when a new
/// edition takes effect.
fn changes(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let Some(changes) = &policy.changes else {
        return Ok(Vec::new());
    };
    let voice = Voice::of(policy);
    let mut clauses = Vec::new();
    if let Some(by) = changes.by {
        clauses.push(Clause::new(words.change_authority(by, &voice)?));
    }
    if let Some(notice) = notification(changes, &voice, words)? {
        clauses.push(Clause::new(notice));
    }
    if let Some(effective) = changes.effective {
        clauses.push(Clause::new(
            Text::new().words(&words.takes_effect(effective, changes.notice)?),
        ));
    }
    Ok(clauses
        .into_iter()
        .map(|c| c.from([Origin::Changes]))
        .collect())
}

/// How users are told of a change, and how long before it takes effect.
fn notification(
    changes: &ChangePolicy,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Text>, Error> {
    if changes.notify.is_empty() && changes.notice.is_none() {
        return Ok(None);
    }
    let methods: Vec<Text> = changes
        .notify
        .iter()
        .map(|m| Ok(Text::new().words(&words.notify_method(*m)?)))
        .collect::<Result<_, Error>>()?;
    let mut text = voice.say("{We} [informs|inform] {you} of a change");
    if !methods.is_empty() {
        text = text.words(" ").text(words.list(methods, Conjunction::And)?);
    }
    if let Some(notice) = changes.notice {
        if !changes.notify.is_empty() {
            text.push_words(",");
        }
        text.push_words(&format!(
            " at least {} before the change takes effect",
            words.duration(notice)?
        ));
    }
    Ok(Some(text.words(".")))
}

/// Where the current edition is published and how to reach the controller.
fn contact(policy: &Policy) -> Vec<Clause> {
    let header = &policy.header;
    let controller = &header.controller;
    let voice = Voice::of(policy);
    let mut clauses = vec![Clause::new(
        Text::new()
            .words("The current edition of this Policy is published at ")
            .link(&header.published)
            .words("."),
    )];
    // An unstated contact is not disclosed: the text says nothing.
    if let Some(contact) = &header.contact {
        clauses.push(Clause::new(
            voice
                .say("{You} can send questions and comments about this Policy to {us} at ")
                .link(contact)
                .words("."),
        ));
    }
    if let Some(address) = &controller.address {
        clauses.push(Clause::new(
            voice
                .say("{Our} postal address is ")
                .source_sentence(address),
        ));
    }
    if let Some(country) = &controller.country {
        clauses.push(Clause::new(
            voice
                .say("{We} [is|are] established in ")
                .source_sentence(country),
        ));
    }
    clauses.extend(parties(controller, &voice));
    from_header(clauses)
}

/// The data protection officer and the representatives in the EU and the
/// UK, each in the words the controller block declares.
fn parties(controller: &Controller, voice: &Voice) -> Vec<Clause> {
    let mut clauses = Vec::new();
    match &controller.dpo {
        Some(Dpo::Contact { contact }) => clauses.push(Clause::new(
            voice
                .say("{You} can contact {our} data protection officer at ")
                .source_sentence(contact),
        )),
        Some(Dpo::None { reason }) => clauses.push(Clause::new(
            voice
                .say("{We} [has|have] not designated a data protection officer: ")
                .source_sentence(reason),
        )),
        None => {}
    }
    if let Some(representative) = &controller.eu_representative {
        clauses.push(Clause::new(
            voice
                .say("{Our} representative in the European Union is ")
                .source_sentence(representative),
        ));
    }
    if let Some(representative) = &controller.uk_representative {
        clauses.push(Clause::new(
            voice
                .say("{Our} representative in the United Kingdom is ")
                .source_sentence(representative),
        ));
    }
    clauses
}
