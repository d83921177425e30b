//! The sections about the user: rights and how to exercise them, and the
//! statements (obligations, security measures), which are full sentences
//! rendered verbatim.

use super::document::{Clause, Origin, Text};
use super::words::Voice;
use super::{email_address, web_address, words};
use crate::model::{Extension, Policy, Right, RightKind, Statement};
use crate::regimes::{Ask, asks};

/// Each right, what it means and how to exercise it; then, where a
/// declared regime grants it, that exercising them is free of charge.
pub fn rights(policy: &Policy) -> Vec<Clause> {
    let voice = Voice::of(policy);
    let regimes = policy.header.regimes.as_deref();
    let places = asks(regimes, Ask::ComplaintPlaces);
    let answer_time = asks(regimes, Ask::AnswerTime);
    let mut clauses: Vec<Clause> = marketing_objection(policy, &voice)
        .into_iter()
        .chain(
            policy
                .rights
                .iter()
                .enumerate()
                .map(|(i, r)| right(r, &voice, places, answer_time).from([Origin::Right(i)])),
        )
        .collect();
    if !clauses.is_empty() && asks(regimes, Ask::FreeOfCharge) {
        clauses.push(free_of_charge(&voice).from([Origin::Header]));
    }
    clauses
}

/// The right to object to direct marketing, in a clause of its own before
/// every other right (GDPR Art. 21(2) to (4)): only where purposes are
/// declared `direct_marketing` and the policy states the right to object.
fn marketing_objection(policy: &Policy, voice: &Voice<'_>) -> Option<Clause> {
    let (at, objection) = policy
        .rights
        .iter()
        .enumerate()
        .find(|(_, r)| r.kind == RightKind::Objection)?;
    let marketing: Vec<(usize, &str)> = policy
        .purposes
        .iter()
        .enumerate()
        .filter(|(_, p)| p.direct_marketing)
        .map(|(i, p)| (i, p.short_label()))
        .collect();
    if marketing.is_empty() {
        return None;
    }
    let purposes = words::source_list(marketing.iter().map(|&(_, label)| label), "and");
    let body = voice
        .say("{You} may object at any time to the use of {your} information for direct marketing, including profiling related to it: ")
        .text(purposes)
        .words(".")
        .sentence(voice.say("{We} then no longer [uses|use] it for that purpose."))
        .sentence(exercise(objection, voice));
    let origins = marketing
        .iter()
        .map(|&(i, _)| Origin::Purpose(i))
        .chain([Origin::Right(at)]);
    Some(
        Clause::new(body)
            .lead(Text::new().words("Objection to direct marketing."))
            .from(origins),
    )
}

/// GDPR and UK GDPR Art. 12(5): no fee, with the one exception the law
/// allows, said as the law says it.
fn free_of_charge(voice: &Voice<'_>) -> Clause {
    Clause::new(voice.say(
        "Exercising these rights is free of charge. A request that is manifestly unfounded or excessive, in particular because it is repeated, may be charged a reasonable fee or refused.",
    ))
}

fn right(right: &Right, voice: &Voice<'_>, complaint_places: bool, answer_time: bool) -> Clause {
    let lead = match &right.label {
        Some(label) => Text::new().source(label).end(),
        None => Text::new().words(words::right_name(right.kind)).words("."),
    };
    let complaint_to = right.kind == RightKind::Complaint && !right.via.is_empty();
    let mut body = match &right.description {
        Some(description) => Text::new().long_sentence(description),
        None if complaint_to => Text::new(),
        None => words::right_meaning(right.kind, voice),
    };
    body = body.sentence(if complaint_to {
        complaint(right, voice)
    } else {
        exercise(right, voice)
    });
    if right.kind == RightKind::Complaint && complaint_places {
        // GDPR Art. 77(1): the choice is the user's, whatever `via` names.
        body = body.sentence(voice.say(
            "{You} may also complain to the supervisory authority of the EU country where {you} [lives|live] or [works|work], or where the alleged infringement took place.",
        ));
    }
    if let Some(within) = right.within {
        body = body.sentence(Text::new().words(&format!(
            "A request to exercise this right is answered within {}.",
            words::duration(within)
        )));
    }
    if let Some(extension) = &right.extension {
        body = body.sentence(extended(extension, voice, answer_time));
    }
    Clause::new(body).lead(lead)
}

/// The extension of the answer time, with the author's reason; under a
/// regime that counts the law's month (GDPR Art. 12(3)), that the user is
/// told of it within that month, in the law's words, which the law
/// requires whatever the policy says.
fn extended(extension: &Extension, voice: &Voice<'_>, answer_time: bool) -> Text {
    let text = Text::new()
        .words(&format!(
            "The time may be extended by a further {} ",
            words::duration(extension.by)
        ))
        .source(&extension.reason)
        .words(".");
    if answer_time {
        text.sentence(voice.say(
            "{We} [informs|inform] {you} of any such extension, with the reasons for the delay, within one month of receipt of the request.",
        ))
    } else {
        text
    }
}

/// When and through what the right is exercised.
fn exercise(right: &Right, voice: &Voice<'_>) -> Text {
    if right.via.is_empty() && !right.anytime {
        return Text::new();
    }
    let mut text = voice.say("{You} may exercise this right");
    if right.anytime {
        text.push_words(" at any time");
    }
    if !right.via.is_empty() {
        if right.anytime {
            text.push_words(",");
        }
        let channels = right.via.iter().map(|v| channel(v)).collect();
        text = text.words(" ").text(words::list(channels, "or"));
    }
    text.words(".")
}

/// Where a complaint is lodged.
fn complaint(right: &Right, voice: &Voice<'_>) -> Text {
    let authorities = right.via.iter().map(|v| Text::new().link(v)).collect();
    let mut text = voice.say("{You} may lodge a complaint");
    if right.anytime {
        text.push_words(" at any time");
    }
    text.words(" with ")
        .text(words::list(authorities, "or"))
        .words(".")
}

/// A channel for exercising a right, with the preposition it takes.
fn channel(via: &str) -> Text {
    let preposition = if email_address(via) {
        "by writing to "
    } else if web_address(via) {
        "at "
    } else {
        "through "
    };
    Text::new().words(preposition).link(via)
}

/// Statements, one clause each, verbatim; `origin` says where one is
/// declared, by its index.
pub fn statements(statements: &[Statement], origin: fn(usize) -> Origin) -> Vec<Clause> {
    statements
        .iter()
        .enumerate()
        .map(|(i, s)| Clause::new(Text::new().long_source(&s.text)).from([origin(i)]))
        .collect()
}
