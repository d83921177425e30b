//! The section on children: whom the service is directed to, the minimum
//! age, whether children's information is knowingly collected, how a
//! parent's consent is obtained and what a parent may do. Each sentence is
//! said from the `children` block alone; a property left out says nothing.

use super::document::{Clause, Origin, Text};
use super::words::Voice;
use crate::model::{Children, Policy};
use crate::vocab::{self, Closed as _};

/// The section's clauses; none when the policy states no stance.
pub fn clauses(policy: &Policy) -> Vec<Clause> {
    let Some(children) = &policy.children else {
        return Vec::new();
    };
    let voice = Voice::of(policy);
    let service = &policy.header.controller.service;
    let texts = [
        Some(audience(children, service)),
        minimum_age(children, service),
        knowingly(children, &voice),
        children.parental_consent.as_deref().map(|how| {
            voice
                .say("{We} [obtains|obtain] the consent of a parent or guardian as follows: ")
                .source_sentence(how)
        }),
        parent_rights(children),
    ];
    texts
        .into_iter()
        .flatten()
        .map(|text| Clause::new(text).from([Origin::Children]))
        .collect()
}

/// "Learn is directed to children."
fn audience(children: &Children, service: &str) -> Text {
    Text::new()
        .source(service)
        .words(&format!(" {}.", children.audience.entry().text))
}

/// The age below which the service is used only with a parent's consent,
/// where one is obtained, or not at all.
fn minimum_age(children: &Children, service: &str) -> Option<Text> {
    let age = children.minimum_age?;
    let text = if children.parental_consent.is_some() {
        Text::new()
            .words(&format!("Anyone under {age} can use "))
            .source(service)
            .words(" only with the consent of a parent or guardian.")
    } else {
        Text::new()
            .words(&format!("No one under {age} is allowed to use "))
            .source(service)
            .words(".")
    };
    Some(text)
}

/// Whether children's information is knowingly collected, with the age
/// and the consent the block states.
fn knowingly(children: &Children, voice: &Voice<'_>) -> Option<Text> {
    let under = children
        .minimum_age
        .map(|age| format!(" under {age}"))
        .unwrap_or_default();
    let template = if children.knowingly_collects? {
        format!("{{We}} knowingly [collects|collect] personal information from children{under}.")
    } else if children.parental_consent.is_some() {
        format!(
            "{{We}} [does|do] not knowingly collect personal information from children{under} without the consent of a parent or guardian."
        )
    } else {
        format!("{{We}} [does|do] not knowingly collect personal information from children{under}.")
    };
    Some(voice.say(&template))
}

/// "A parent or guardian can review …, have … deleted and refuse …."
fn parent_rights(children: &Children) -> Option<Text> {
    if children.parent_rights.is_empty() {
        return None;
    }
    let rights: Vec<&str> = children
        .parent_rights
        .iter()
        .map(|right| right.entry().text)
        .collect();
    Some(Text::new().words(&format!(
        "A parent or guardian can {}.",
        vocab::listed(&rights, " and ")
    )))
}
