//! The section on children: whom the service is directed to, the minimum
//! age, whether children's information is knowingly collected, how a
//! parent's consent is obtained and what a parent may do. Each sentence is
//! said from the `children` block alone; a property left out says nothing.
//! Every sentence is a message of the document's language (`children-*`).

use super::document::{Clause, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{Audience, Children, CommitmentKind, Policy};
use crate::vocab::Closed as _;

/// The section's clauses; none when the policy states no stance.
pub fn clauses(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let Some(children) = &policy.children else {
        return Ok(Vec::new());
    };
    let voice = Voice::of(policy);
    let service = &policy.header.controller.service;
    // A service not directed to children that commits to it says so once,
    // in the commitments section.
    let committed = children.audience == Audience::General
        && policy
            .commitments
            .iter()
            .any(|c| c.kind == CommitmentKind::NotDirectedToChildren);
    let texts = [
        (!committed)
            .then(|| audience(children, service, words, &voice))
            .transpose()?,
        minimum_age(children, service, words, &voice)?,
        knowingly(children, words, &voice)?,
        children
            .parental_consent
            .as_deref()
            .map(|how| {
                let how = Text::new().source_sentence(how);
                words.sentence("children-parental-consent", &voice, Args::new(), [how])
            })
            .transpose()?,
        parent_rights(children, words, &voice)?,
        children
            .sale_opt_in
            .as_deref()
            .map(|how| {
                let how = Text::new().source_sentence(how);
                words.sentence("children-sale-opt-in", &voice, Args::new(), [how])
            })
            .transpose()?,
    ];
    Ok(texts
        .into_iter()
        .flatten()
        .map(|text| Clause::new(text).from([Origin::Children]))
        .collect())
}

/// "Learn is directed to children."
fn audience(
    children: &Children,
    service: &str,
    words: &Lexicon,
    voice: &Voice<'_>,
) -> Result<Text, Error> {
    let id = format!("children-audience-{}", children.audience.keyword());
    words.sentence(&id, voice, Args::new(), [Text::new().source(service)])
}

/// The age below which the service is used only with a parent's consent,
/// where one is obtained, or not at all.
fn minimum_age(
    children: &Children,
    service: &str,
    words: &Lexicon,
    voice: &Voice<'_>,
) -> Result<Option<Text>, Error> {
    let Some(age) = children.minimum_age else {
        return Ok(None);
    };
    let consent = if children.parental_consent.is_some() {
        "yes"
    } else {
        "no"
    };
    let args = Args::new()
        .text("age", age.to_string())
        .text("consent", consent);
    let text = words.sentence(
        "children-minimum-age",
        voice,
        args,
        [Text::new().source(service)],
    );
    text.map(Some)
}

/// Whether children's information is knowingly collected, with the age
/// and the consent the block states.
fn knowingly(
    children: &Children,
    words: &Lexicon,
    voice: &Voice<'_>,
) -> Result<Option<Text>, Error> {
    let Some(collects) = children.knowingly_collects else {
        return Ok(None);
    };
    // Collected knowingly where a parent's consent is obtained: only with
    // it, which the text says rather than a bare admission.
    let collects = if collects && children.parental_consent.is_some() {
        "parental"
    } else if collects {
        "yes"
    } else if children.parental_consent.is_some() {
        "consent"
    } else {
        "no"
    };
    let whom = words.sentence(
        "children-children",
        voice,
        Args::new()
            .text(
                "stated",
                if children.minimum_age.is_some() {
                    "yes"
                } else {
                    "no"
                },
            )
            .text(
                "age",
                children
                    .minimum_age
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
            ),
        [],
    )?;
    let args = Args::new().text("collects", collects);
    words
        .sentence("children-knowingly", voice, args, [whom])
        .map(Some)
}

/// "A parent or guardian may review …, have … deleted and refuse …."
fn parent_rights(
    children: &Children,
    words: &Lexicon,
    voice: &Voice<'_>,
) -> Result<Option<Text>, Error> {
    if children.parent_rights.is_empty() {
        return Ok(None);
    }
    let rights = children
        .parent_rights
        .iter()
        .map(|right| {
            let id = format!("children-parent-right-{}", right.keyword());
            Ok(Text::new().words(&words.word(&id)?))
        })
        .collect::<Result<_, Error>>()?;
    let rights = words.list(rights, Conjunction::And)?;
    words
        .sentence("children-parent-rights", voice, Args::new(), [rights])
        .map(Some)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;
    use crate::model::ParentRight;

    /// The English words of a parent's rights are the vocabulary's, as
    /// the text said them before they were messages.
    #[test]
    fn english_parent_rights_are_the_vocabulary() {
        let en = Lexicon::of(Lang::En).unwrap();
        for right in ParentRight::SET.values.iter().map(|v| v.value) {
            let id = format!("children-parent-right-{}", right.keyword());
            assert_eq!(en.word(&id).unwrap(), right.entry().text);
        }
        for audience in crate::model::Audience::SET.values.iter().map(|v| v.value) {
            let id = format!("children-audience-{}", audience.keyword());
            let voice = Voice::new(true, "Acme", false);
            let said = en.sentence(&id, &voice, Args::new(), [Text::new().source("Learn")]);
            assert_eq!(
                said.unwrap().plain(),
                format!("Learn {}.", audience.entry().text)
            );
        }
    }

    const APP: &str = include_str!("../../tests/fixtures/children/app.policy");

    fn section(source: &str, lang: Lang) -> String {
        let policy = crate::check_source(source).policy.unwrap();
        let clauses = clauses(&policy, &Lexicon::of(lang).unwrap()).unwrap();
        clauses.iter().map(|c| c.body.plain() + "\n").collect()
    }

    #[test]
    fn the_section_in_german() {
        let german = section(APP, Lang::De);
        let expected = [
            "Learn richtet sich an ein allgemeines Publikum, zu dem auch Kinder gehören.",
            "Personen unter 16 Jahren dürfen Learn nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten nutzen.",
            "Wir erheben wissentlich personenbezogene Daten von Kindern unter 16 Jahren nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten.",
            "Wir holen die Einwilligung eines Elternteils oder Erziehungsberechtigten wie folgt ein: A parent confirms by e-mail and a small card payment, which we refund.",
            "Ein Elternteil oder Erziehungsberechtigter kann die von seinem Kind erhobenen personenbezogenen Daten einsehen, die von seinem Kind erhobenen personenbezogenen Daten löschen lassen und die weitere Erhebung oder Verwendung der personenbezogenen Daten seines Kindes untersagen.",
        ];
        assert_eq!(german, expected.map(|line| format!("{line}\n")).concat());
    }

    #[test]
    fn the_third_person_and_no_age_in_german() {
        let source = APP
            .replace("  voice      we_you\n", "")
            .replace("  minimum_age        16\n", "")
            .replace("  knowingly_collects yes\n", "  knowingly_collects no\n");
        let german = section(&source, Lang::De);
        assert!(
            german.contains("Learn Ltd erhebt ohne Einwilligung eines Elternteils oder Erziehungsberechtigten nicht wissentlich personenbezogene Daten von Kindern.\n"),
            "{german}"
        );
        assert!(!german.contains("Personen unter"), "{german}");
    }
}
