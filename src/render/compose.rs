//! What the text says: the document built from the model, section by
//! section, in the order a reader expects. The general provisions, the
//! changes and the contact section are here; the other sections have their
//! own modules.

use super::commitments;
use super::document::{Clause, Document, Origin, Section, Text, collapse, number};
use super::lexicon::{Conjunction, Lexicon};
use super::terms;
use super::words::Voice;
use super::{
    children, collection, decisions, jurisdictions, processing, summary, table, trackers, user,
};
use crate::l10n::{Args, Error};
use crate::model::{
    self, ChangePolicy, Controller, Dpo, JointController, Policy, SectionDef, SectionRef,
};
use crate::vocab::Closed;

/// The document for a policy.
pub fn document(policy: &Policy) -> Result<Document, Error> {
    let header = &policy.header;
    let words = lexicon(policy)?;
    Ok(Document {
        // One line: a line break in a heading would start a new block.
        title: collapse(&header.title),
        language: header.language.clone(),
        subtitle: links_closed(
            policy,
            limit_sensitive_link(
                policy,
                do_not_sell(policy, subtitle(header, &words)?, &words)?,
                &words,
            )?,
        ),
        contents: words.format("document-contents", &Args::new())?,
        sections: number(sections(policy, words)?),
        languages: Vec::new(),
    })
}

/// The words the text is written with: those of the header's `language`
/// (`check` refuses a language without messages, E0215).
fn lexicon(policy: &Policy) -> Result<Lexicon, Error> {
    Lexicon::of_tag(&policy.header.language)
}

/// The line under the title: the version, the date it was published when
/// the edition gives it, and the date it takes effect.
fn subtitle(header: &model::Header, words: &Lexicon) -> Result<Text, Error> {
    let args = Args::new()
        .text("version", header.version.to_string())
        .text("date", words.date(header.effective)?);
    // With the date it was published, where the edition gives one.
    let (id, args) = match header.published_on {
        Some(published) => (
            "document-subtitle-published",
            args.text("published", words.date(published)?),
        ),
        None => ("document-subtitle", args),
    };
    Ok(Text::new().words(&words.format(id, &args)?))
}

/// The line under the title, followed by the "Do Not Sell or Share" link
/// where the header states one: US state law wants it at the top.
fn do_not_sell(policy: &Policy, subtitle: Text, words: &Lexicon) -> Result<Text, Error> {
    let Some(link) = &policy.header.do_not_sell else {
        return Ok(subtitle);
    };
    let link = Text::new().link(link);
    let said = words.with_text("document-do-not-sell", &Voice::of(policy), link)?;
    Ok(subtitle.words(". ").text(said))
}

/// The line under the title, followed by the "Limit the Use of My
/// Sensitive Personal Information" link where the header states one:
/// California law wants it at the top, beside the "Do Not Sell" link.
fn limit_sensitive_link(policy: &Policy, subtitle: Text, words: &Lexicon) -> Result<Text, Error> {
    let Some(link) = &policy.header.limit_sensitive_link else {
        return Ok(subtitle);
    };
    let link = Text::new().link(link);
    let said = words.with_text("document-limit-sensitive", &Voice::of(policy), link)?;
    Ok(subtitle.words(". ").text(said))
}

/// The line under the title, with a full stop after the last link where
/// the header states one: each link is a sentence of its own, the last
/// one ending like the others (the version line alone is no sentence).
fn links_closed(policy: &Policy, subtitle: Text) -> Text {
    if policy.header.do_not_sell.is_some() || policy.header.limit_sensitive_link.is_some() {
        subtitle.end()
    } else {
        subtitle
    }
}

fn sections(policy: &Policy, words: Lexicon) -> Result<Vec<Section>, Error> {
    use model::Section as S;
    let catalog = processing::Catalog::new(policy, words);
    let sections = [
        // The summary refers to the sections that list what it cuts
        // short, so it is said once they are all placed: a placeholder
        // holds its number until then.
        summary::placeholder(),
        table::section(policy, &catalog)?,
        section(policy, S::General, general(policy, &words)?),
        section(
            policy,
            S::Commitments,
            commitments::clauses(policy, &words)?,
        ),
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
        section(policy, S::Contact, contact(policy, &words)?),
    ]
    .into_iter()
    .map(|section| finished(section, policy, &words))
    .collect::<Result<Vec<_>, Error>>()
    .and_then(|builtin| placed(policy, builtin, &words))
    .and_then(|sections| jurisdictions::placed(policy, sections, &catalog))?;
    with_summary(policy, sections, &catalog)
}

/// The sections with the summary in its placeholder's place, said with
/// the numbers the sections will have.
fn with_summary(
    policy: &Policy,
    mut sections: Vec<Section>,
    catalog: &processing::Catalog<'_>,
) -> Result<Vec<Section>, Error> {
    let numbers = jurisdictions::Numbers::of(&sections);
    let said = summary::section(policy, catalog, &numbers)?;
    if let Some(at) = sections.iter_mut().find(|s| s.anchor == summary::ANCHOR) {
        *at = said;
    }
    Ok(sections)
}

/// The built-in sections with the author's own placed among them: each
/// right after the section it names with `after`, in the order declared,
/// followed by those placed after it; the others after the built-in
/// sections, in the order declared. `after` names only a section declared
/// before, so every section is placed once; a stack, not recursion, walks
/// a long chain of them.
fn placed(policy: &Policy, builtin: Vec<Section>, words: &Lexicon) -> Result<Vec<Section>, Error> {
    let mut out = Vec::with_capacity(builtin.len() + policy.sections.len());
    for section in builtin {
        let which = model::Section::SET
            .find(&section.anchor)
            .map(|v| SectionRef::Builtin(v.value));
        out.push(section);
        if let Some(which) = which {
            own_sections(policy, following(policy, Some(&which)), words, &mut out)?;
        }
    }
    own_sections(policy, following(policy, None), words, &mut out)?;
    Ok(out)
}

/// The indices in `Policy::sections` of the author's sections placed
/// right after `after` (`None`: after no section), in declaration order.
fn following(policy: &Policy, after: Option<&SectionRef>) -> Vec<usize> {
    policy
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.heading.is_some() && s.after.as_ref() == after)
        .map(|(i, _)| i)
        .collect()
}

/// The author's sections at `first`, each followed by those placed after
/// it, depth first.
fn own_sections(
    policy: &Policy,
    first: Vec<usize>,
    words: &Lexicon,
    out: &mut Vec<Section>,
) -> Result<(), Error> {
    let mut stack: Vec<usize> = first.into_iter().rev().collect();
    while let Some(at) = stack.pop() {
        let Some(def) = policy.sections.get(at) else {
            continue;
        };
        out.push(own_section(policy, def, words)?);
        stack.extend(following(policy, Some(&def.id)).into_iter().rev());
    }
    Ok(())
}

/// A section of the author's own: its heading as written, the clauses in
/// it, verbatim, and the reference to the Terms for its contractual ones.
fn own_section(policy: &Policy, def: &SectionDef, words: &Lexicon) -> Result<Section, Error> {
    let mut clauses: Vec<Clause> = policy
        .clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.section == def.id && !c.contractual)
        .map(|(i, c)| Clause::new(Text::new().long_source(&c.text)).from([Origin::Clause(i)]))
        .collect();
    clauses.extend(terms::reference(policy, &def.id, words)?);
    // A section with nothing else to say is left out, summary and all.
    if let Some(summary) = summary(policy, &def.id, words)?
        && !clauses.is_empty()
    {
        clauses.insert(0, summary);
    }
    Ok(Section {
        number: String::new(),
        anchor: format!("section-{}", def.id.id()),
        heading: collapse(def.heading.as_deref().unwrap_or_default()),
        clauses,
    })
}

/// The section with what is said in the document's language: the
/// reference to the Terms for its contractual clauses, and its heading
/// (the summary has its own).
fn finished(mut section: Section, policy: &Policy, words: &Lexicon) -> Result<Section, Error> {
    let which = model::Section::SET
        .values
        .iter()
        .find(|v| v.keyword == section.anchor);
    let Some(which) = which else {
        return Ok(section);
    };
    section.clauses.extend(terms::reference(
        policy,
        &SectionRef::Builtin(which.value),
        words,
    )?);
    section.heading = words.heading(&section.anchor, &Voice::of(policy))?;
    let builtin = SectionRef::Builtin(which.value);
    if let Some(summary) = summary(policy, &builtin, words)?
        && !section.clauses.is_empty()
    {
        section.clauses.insert(0, summary);
    }
    Ok(section)
}

/// A section with its generated clauses followed by the author's clauses
/// placed in it, verbatim.
fn section(policy: &Policy, which: model::Section, mut clauses: Vec<Clause>) -> Section {
    clauses.extend(
        policy
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, c)| c.section.is(which) && !c.contractual)
            .map(|(i, c)| Clause::new(Text::new().long_source(&c.text)).from([Origin::Clause(i)])),
    );
    let entry = which.entry();
    Section {
        number: String::new(),
        anchor: entry.keyword.to_owned(),
        // Set by `headed`, in the document's language.
        heading: String::new(),
        clauses,
    }
}

/// The summary a `section` declaration gives `which`, as the first
/// clause of the section: the short layer first, the detail after it
/// (EDPB and ICO guidance on layered notices), traced to the declaration.
fn summary(policy: &Policy, which: &SectionRef, words: &Lexicon) -> Result<Option<Clause>, Error> {
    let found = policy
        .sections
        .iter()
        .enumerate()
        .find(|(_, s)| s.id == *which);
    let Some((at, Some(text))) = found.map(|(at, s)| (at, s.summary.as_ref())) else {
        return Ok(None);
    };
    let lead = words.in_voice("section-summary-lead", &Voice::of(policy))?;
    Ok(Some(
        Clause::new(Text::new().source_sentence(text))
            .lead(lead)
            .from([Origin::Section(at)]),
    ))
}

/// Who, which service, how the policy is accepted, what it covers, what
/// it is part of and which law guides the processing.
fn general(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let header = &policy.header;
    let voice = Voice::of(policy);
    let mut clauses = vec![Clause::new(who(policy, words)?)];
    if let Some(acceptance) = header.acceptance {
        clauses.push(Clause::new(words.acceptance(acceptance, &voice)?));
    }
    if let Some(scope) = &header.scope {
        // `scope` says what the policy covers, not that it covers nothing
        // else: no "only".
        let scope = Text::new().source_sentence(scope);
        clauses.push(Clause::new(words.sentence(
            "general-scope",
            &voice,
            Args::new(),
            [scope],
        )?));
    }
    if !header.part_of.is_empty() {
        let agreements =
            words.source_list(header.part_of.iter().map(String::as_str), Conjunction::And)?;
        clauses.push(Clause::new(words.sentence(
            "general-part-of",
            &voice,
            Args::new(),
            [agreements],
        )?));
    }
    if let Some(law) = &header.governing_law {
        let law = Text::new().source_sentence(law);
        clauses.push(Clause::new(words.sentence(
            "general-law",
            &voice,
            Args::new(),
            [law],
        )?));
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
fn who(policy: &Policy, words: &Lexicon) -> Result<Text, Error> {
    let header = &policy.header;
    let controller = &header.controller;
    let voice = Voice::of(policy);
    let title = Text::new().source(&header.title);
    let service = Text::new().source(&controller.service);
    let mut text = words.sentence("general-who", &voice, Args::new(), [title, service])?;
    text = text.sentence(words.in_voice("general-controller", &voice)?);
    if let Some(website) = &controller.website {
        let link = Text::new().link(website);
        text = text.sentence(words.sentence("general-website", &voice, Args::new(), [link])?);
    }
    Ok(text)
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
    let methods: Vec<Text> = changes
        .notify
        .iter()
        .map(|m| Ok(Text::new().words(&words.notify_method(*m)?)))
        .collect::<Result<_, Error>>()?;
    let id = match (methods.is_empty(), changes.notice) {
        (true, None) => return Ok(None),
        (false, None) => "changes-notify-by",
        (true, Some(_)) => "changes-notify-before",
        (false, Some(_)) => "changes-notify-by-before",
    };
    let duration = changes.notice.map(|d| words.duration(d)).transpose()?;
    let args = Args::new().text("duration", duration.unwrap_or_default());
    let methods = words.list(methods, Conjunction::And)?;
    words.sentence(id, voice, args, [methods]).map(Some)
}

/// Where the current edition is published and how to reach the controller.
fn contact(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let header = &policy.header;
    let controller = &header.controller;
    let voice = Voice::of(policy);
    let say =
        |id: &str, text: Text| Ok::<_, Error>(Clause::new(words.with_text(id, &voice, text)?));
    let mut clauses = vec![say(
        "contact-published",
        Text::new().link(&header.published),
    )?];
    // An unstated contact is not disclosed: the text says nothing.
    if let Some(contact) = &header.contact {
        clauses.push(say("contact-questions", Text::new().link(contact))?);
    }
    let stated = [
        ("contact-address", controller.address.as_deref()),
        ("contact-country", controller.country.as_deref()),
    ];
    for (id, value) in stated {
        if let Some(value) = value {
            clauses.push(say(id, Text::new().source_sentence(value))?);
        }
    }
    for (id, value) in parties(controller) {
        // The officer's address is linked like the policy's contact.
        let value = if id == "contact-dpo" {
            match super::words::address(value) {
                Some(address) => address.words("."),
                None => Text::new().source_sentence(value),
            }
        } else {
            Text::new().source_sentence(value)
        };
        clauses.push(say(id, value)?);
    }
    for joint in &header.joint_controllers {
        clauses.push(joint_controller(joint, &voice, words)?);
    }
    Ok(from_header(clauses))
}

/// A joint controller (GDPR Art. 26): who it is, where it is, and the
/// essence of the arrangement, each sentence only where declared.
fn joint_controller(
    joint: &JointController,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Clause, Error> {
    let name = || Text::new().source(&joint.name);
    let mut text = words.with_text("contact-joint-controller", voice, name())?;
    let stated = [
        ("contact-joint-controller-address", joint.address.as_deref()),
        ("contact-joint-controller-country", joint.country.as_deref()),
        ("contact-joint-arrangement", joint.arrangement.as_deref()),
    ];
    for (id, value) in stated {
        if let Some(value) = value {
            let value = Text::new().source_sentence(value);
            text = text.sentence(words.sentence(id, voice, Args::new(), [name(), value])?);
        }
    }
    Ok(Clause::new(text))
}

/// The data protection officer and the representatives in the EU and the
/// UK, each in the words the controller block declares: the message that
/// says it, and the declaration.
fn parties(controller: &Controller) -> Vec<(&'static str, &str)> {
    let dpo = controller.dpo.as_ref().map(|dpo| match dpo {
        Dpo::Contact { contact } => ("contact-dpo", contact.as_str()),
        Dpo::None { reason } => ("contact-no-dpo", reason.as_str()),
    });
    let representatives = [
        ("contact-eu-representative", &controller.eu_representative),
        ("contact-uk-representative", &controller.uk_representative),
        ("contact-lead-authority", &controller.lead_authority),
    ]
    .into_iter()
    .filter_map(|(id, who)| who.as_deref().map(|who| (id, who)));
    dpo.into_iter().chain(representatives).collect()
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    /// The seed example with the controller facts the seed lacks, and two
    /// commitments.
    fn example() -> Policy {
        let source = include_str!("../../policies/pro-it-group.policy").replace(
            "    website \"https://proit.example\"\n  }",
            "    website \"https://proit.example\"\n    address \"1 Main Street, Dublin\"\n    country \"Ireland\"\n    dpo \"dpo@proit.example\"\n    eu_representative \"Rep GmbH, Berlin\"\n  }",
        ) + "\ncommit not_directed_to_children\ncommit no_automated_decisions\n";
        let checked = crate::check_source(&source);
        checked.policy.unwrap()
    }

    /// Each section's heading and clauses, in `lang`.
    fn said(policy: &Policy, lang: Lang) -> Vec<String> {
        let words = Lexicon::of(lang).unwrap();
        let clauses = [
            general(policy, &words).unwrap(),
            commitments::clauses(policy, &words).unwrap(),
            changes(policy, &words).unwrap(),
            contact(policy, &words).unwrap(),
        ];
        let mut out: Vec<String> = model::Section::SET
            .values
            .iter()
            .map(|s| words.heading(s.keyword, &Voice::of(policy)).unwrap())
            .collect();
        out.extend(clauses.iter().flatten().map(|c| c.body.plain()));
        out
    }

    #[test]
    fn the_general_provisions_commitments_changes_and_contact_in_english() {
        let english = said(&example(), Lang::En);
        assert_eq!(
            english[13..],
            [
                "Pro IT Group Inc's commitments",
                "This Privacy Policy (the \"Policy\") sets out how Pro IT Group Inc processes information about the users (each a \"User\") of ProIT Workspace (the \"Service\"). Pro IT Group Inc is the controller responsible for this processing. The website of the Service is https://proit.example.",
                "Using the Service means that the User accepts this Policy and the conditions of processing set out in it.",
                "This Policy applies to information processed while the User uses the Service, and only to that information.",
                "This Policy is an integral part of the agreements on the use of the Service and other agreements signed with the User when their conditions provide for it.",
                "Pro IT Group Inc processes information in accordance with the legislation on personal data that applies to the Service.",
                "Pro IT Group Inc's service is not directed to children.",
                "Pro IT Group Inc does not make decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User.",
                "Pro IT Group Inc can change this Policy unilaterally.",
                "Pro IT Group Inc informs the User of a change by publishing the new edition on the website of the Service, at least 30 days before the change takes effect.",
                "A new edition of this Policy takes effect when the notice period of 30 days has passed.",
                "The current edition of this Policy is published at https://proit.example/legal/privacy.",
                "The User can send questions and comments about this Policy to Pro IT Group Inc at privacy@proit.example.",
                "Pro IT Group Inc's postal address is 1 Main Street, Dublin.",
                "Pro IT Group Inc is established in Ireland.",
                "The User can contact Pro IT Group Inc's data protection officer at dpo@proit.example.",
                "Pro IT Group Inc's representative in the European Union is Rep GmbH, Berlin.",
            ]
        );
    }

    #[test]
    fn the_general_provisions_commitments_changes_and_contact_in_german() {
        let german = said(&example(), Lang::De);
        assert_eq!(
            german,
            [
                "Allgemeine Bestimmungen",
                "Erhobene Daten",
                "Zwecke der Verarbeitung",
                "Weitergabe von Daten",
                "Speicherdauer",
                "Rechte der betroffenen Person",
                "Pflichten der betroffenen Person",
                "Sicherheit",
                "Änderungen dieser Datenschutzerklärung",
                "Veröffentlichung und Kontakt",
                "Cookies und ähnliche Technologien",
                "Kinder",
                "Automatisierte Entscheidungen",
                "Zusagen von Pro IT Group Inc",
                // The title and the author's strings are translated by the
                // author (`POLICY.de.ftl`), not here.
                "Privacy Policy (die „Datenschutzerklärung“) legt dar, wie Pro IT Group Inc personenbezogene Daten über die Nutzer (jeweils die „betroffene Person“) von ProIT Workspace (der „Dienst“) verarbeitet. Pro IT Group Inc ist der für diese Verarbeitung Verantwortliche. Die Website des Dienstes ist https://proit.example.",
                "Mit der Nutzung des Dienstes akzeptiert die betroffene Person diese Datenschutzerklärung und die darin festgelegten Bedingungen der Verarbeitung.",
                "Diese Datenschutzerklärung gilt für information processed while the User uses the Service, and only to that information.",
                "Diese Datenschutzerklärung ist Bestandteil von the agreements on the use of the Service und other agreements signed with the User when their conditions provide for it.",
                "Pro IT Group Inc verarbeitet personenbezogene Daten in Übereinstimmung mit the legislation on personal data that applies to the Service.",
                "Der Dienst von Pro IT Group Inc richtet sich nicht an Kinder.",
                "Pro IT Group Inc trifft keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen.",
                "Pro IT Group Inc kann diese Datenschutzerklärung einseitig ändern.",
                "Pro IT Group Inc informiert die betroffene Person durch Veröffentlichung der neuen Fassung auf der Website des Dienstes mindestens 30 Tage vor ihrem Inkrafttreten über eine Änderung.",
                "Eine neue Fassung dieser Datenschutzerklärung tritt nach Ablauf der Ankündigungsfrist von 30 Tagen in Kraft.",
                "Die aktuelle Fassung dieser Datenschutzerklärung ist unter https://proit.example/legal/privacy veröffentlicht.",
                "Fragen und Anmerkungen zu dieser Datenschutzerklärung kann die betroffene Person an Pro IT Group Inc unter privacy@proit.example senden.",
                "Die Postanschrift von Pro IT Group Inc lautet: 1 Main Street, Dublin.",
                "Sitz von Pro IT Group Inc: Ireland.",
                "Den Datenschutzbeauftragten von Pro IT Group Inc erreicht die betroffene Person unter: dpo@proit.example.",
                "Der Vertreter von Pro IT Group Inc in der Europäischen Union ist: Rep GmbH, Berlin.",
            ]
        );
    }

    #[test]
    fn every_language_says_the_sections_in_both_voices() {
        let third = example();
        let mut we = third.clone();
        we.header.voice = model::Voice::WeYou;
        for lang in Lang::ALL {
            for policy in [&third, &we] {
                let lines = said(policy, lang);
                assert_eq!(lines.len(), 30, "{lang}");
                assert!(lines.iter().all(|l| !l.is_empty()), "{lang}");
            }
        }
    }
}
