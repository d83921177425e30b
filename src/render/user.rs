//! The sections about the user: rights and how to exercise them, and the
//! statements (obligations, security measures), which are full sentences
//! rendered verbatim. Every sentence of the rights is a message of the
//! document's language (`user-*`).

use super::document::{Clause, Origin, Text};
use super::lexicon::{Case, Conjunction, Lexicon};
use super::words::Voice;
use super::{email_address, web_address};
use crate::l10n::{Args, Error};
use crate::model::{Extension, Policy, Right, RightKind, Statement};
use crate::regimes::{self, Ask, Stated, asks};

/// Each right the text states (`regimes::stated`: the declared ones, then
/// those a declared regime grants), what it means and how to exercise it,
/// or why it does not apply; then, where a declared regime grants it,
/// that exercising them is free of charge.
pub fn rights(policy: &Policy, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let regimes = policy.header.regimes.as_deref();
    let places = asks(regimes, Ask::ComplaintPlaces);
    let answer_time = asks(regimes, Ask::AnswerTime);
    let stated = regimes::stated(policy);
    let via = default_channels(policy);
    let mut clauses: Vec<Clause> = marketing_objection(policy, &stated, &voice, words)?
        .into_iter()
        .map(Ok)
        .chain(stated.iter().map(|s| match *s {
            Stated::Declared(i, r) => {
                Ok(right(r, &voice, places, answer_time, words)?.from([Origin::Right(i)]))
            }
            // Stated because a regime declared in the header grants it.
            Stated::ByDefault(kind) => {
                let (standard, origins) = standard(kind, &via);
                Ok(right(&standard, &voice, places, answer_time, words)?.from(origins))
            }
            Stated::NotApplicable(i, r, reason) => {
                Ok(not_applicable(r, reason, &voice, words)?.from([Origin::Right(i)]))
            }
        }))
        .collect::<Result<_, Error>>()?;
    if !clauses.is_empty() && asks(regimes, Ask::FreeOfCharge) {
        let free = Clause::new(words.in_voice("user-free-of-charge", &voice)?);
        clauses.push(free.from([Origin::Header]));
    }
    clauses.extend(requests(policy, &voice, words)?);
    Ok(clauses)
}

/// How a request is verified and how an authorized agent makes one, as
/// the header states them (`verification`, `authorized_agents`: 11 CCR
/// §7060–§7063), in the author's words; nothing where it states neither.
fn requests(policy: &Policy, voice: &Voice<'_>, words: &Lexicon) -> Result<Vec<Clause>, Error> {
    let header = &policy.header;
    [
        ("user-verification", header.verification.as_deref()),
        (
            "user-authorized-agents",
            header.authorized_agents.as_deref(),
        ),
    ]
    .into_iter()
    .filter_map(|(id, text)| Some((id, text?)))
    .map(|(id, text)| {
        let text = Text::new().source_sentence(text);
        let said = words.sentence(id, voice, Args::new(), [text])?;
        Ok(Clause::new(said).from([Origin::Header]))
    })
    .collect()
}

/// A right as the law states it: its standard meaning, exercised through
/// the channels the policy declares for requests (`via`,
/// [`default_channels`]), and nothing else the author did not declare;
/// with the declarations it is said from. A complaint is lodged with an
/// authority, not the controller: it takes no channel.
fn standard(kind: RightKind, via: &Channels<'_>) -> (Right, Vec<Origin>) {
    let (via, origins) = if kind == RightKind::Complaint {
        (Vec::new(), vec![Origin::Header])
    } else {
        let mut origins = vec![Origin::Header];
        origins.extend(via.from.iter().map(|&i| Origin::Right(i)));
        (via.via.iter().map(|&v| v.to_owned()).collect(), origins)
    };
    let right = Right {
        kind,
        label: None,
        description: None,
        via,
        within: None,
        anytime: false,
        extension: None,
        not_applicable: None,
    };
    (right, origins)
}

/// Where the rights stated by default are exercised, and the rights
/// (by index) that declare it.
struct Channels<'p> {
    via: Vec<&'p str>,
    from: Vec<usize>,
}

/// The channels the policy declares for requests, for the rights it
/// states by default: the controller's `contact` (GDPR Art. 13(1)(a)),
/// or, where the header states none, those declared for the rights
/// exercised by a request to the controller (`via`, each once, in
/// order): not a complaint's, which names an authority, nor a
/// withdrawal's, often a settings page that serves nothing else. None
/// where the policy declares neither (W0415 asks for the contact).
fn default_channels(policy: &Policy) -> Channels<'_> {
    let mut channels = Channels {
        via: Vec::new(),
        from: Vec::new(),
    };
    if let Some(contact) = &policy.header.contact {
        channels.via.push(contact);
        return channels;
    }
    for (i, right) in policy.rights.iter().enumerate() {
        if matches!(
            right.kind,
            RightKind::Complaint | RightKind::WithdrawConsent
        ) || right.not_applicable.is_some()
        {
            continue;
        }
        for via in &right.via {
            if !channels.via.contains(&via.as_str()) {
                channels.via.push(via);
                if !channels.from.contains(&i) {
                    channels.from.push(i);
                }
            }
        }
    }
    channels
}

/// A right the author says does not apply, with the author's reason.
fn not_applicable(
    right: &Right,
    reason: &str,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Clause, Error> {
    let lead = match &right.label {
        Some(label) => Text::new().source(label).end(),
        None => Text::new()
            .words(&words.right_name(right.kind, voice)?)
            .words("."),
    };
    let reason = Text::new().source_sentence(reason);
    let body = words.sentence("user-not-applicable", voice, Args::new(), [reason])?;
    Ok(Clause::new(body).lead(lead))
}

/// How the objection to direct marketing is exercised where the text
/// states it: as the declared right to object (by its index), or as the
/// rights stated by default.
#[derive(Debug, Clone, Copy)]
pub(super) enum MarketingObjection<'p> {
    /// As the declared right to object, by its index in `Policy::rights`.
    Declared(usize, &'p Right),
    /// As the rights a declared regime grants are exercised.
    ByDefault,
}

/// Whether the text states the right to object to direct marketing, and
/// from what: only where purposes are declared `direct_marketing` (their
/// indexes, in order), and the text states the right to object (declared
/// or by default) or a declared regime grants the objection to direct
/// marketing whatever the basis (`Ask::MarketingObjection`: GDPR and UK
/// GDPR Art. 21(2)), unless the policy says the right does not apply
/// (W0423). The rights section and the summary both ask it, so they
/// never disagree.
pub(super) fn marketing_objection_stated<'p>(
    policy: &'p Policy,
    stated: &[Stated<'p>],
) -> Option<(MarketingObjection<'p>, Vec<usize>)> {
    let regimes = policy.header.regimes.as_deref();
    let how = match stated.iter().find(|s| s.kind() == RightKind::Objection) {
        Some(Stated::Declared(at, objection)) => MarketingObjection::Declared(*at, objection),
        Some(Stated::ByDefault(_)) => MarketingObjection::ByDefault,
        Some(Stated::NotApplicable(..)) => return None,
        None if asks(regimes, Ask::MarketingObjection) => MarketingObjection::ByDefault,
        None => return None,
    };
    let marketing: Vec<usize> = policy
        .purposes
        .iter()
        .enumerate()
        .filter(|(_, p)| p.direct_marketing)
        .map(|(i, _)| i)
        .collect();
    (!marketing.is_empty()).then_some((how, marketing))
}

/// The right to object to direct marketing, in a clause of its own before
/// every other right (GDPR Art. 21(2) to (4)), where
/// [`marketing_objection_stated`] says the text states it.
fn marketing_objection(
    policy: &Policy,
    stated: &[Stated<'_>],
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Clause>, Error> {
    let Some((how, marketing)) = marketing_objection_stated(policy, stated) else {
        return Ok(None);
    };
    let (how, origin) = match how {
        MarketingObjection::Declared(at, objection) => {
            (exercise(objection, voice, words)?, Origin::Right(at))
        }
        // Stated by default, it is exercised as the other rights so stated.
        MarketingObjection::ByDefault => {
            let (objection, _) = standard(RightKind::Objection, &default_channels(policy));
            (exercise(&objection, voice, words)?, Origin::Header)
        }
    };
    let labels = marketing
        .iter()
        .filter_map(|&i| policy.purposes.get(i))
        .map(|p| p.short_label());
    let purposes = words.source_list(labels, Conjunction::And)?;
    let body = words
        .sentence("user-marketing", voice, Args::new(), [purposes])?
        .sentence(words.in_voice("user-marketing-then", voice)?)
        .sentence(how);
    let origins = marketing
        .iter()
        .map(|&i| Origin::Purpose(i))
        .chain([origin]);
    Ok(Some(
        Clause::new(body)
            .lead(Text::new().words(&words.word("user-marketing-lead")?))
            .from(origins),
    ))
}

fn right(
    right: &Right,
    voice: &Voice<'_>,
    complaint_places: bool,
    answer_time: bool,
    words: &Lexicon,
) -> Result<Clause, Error> {
    let lead = match &right.label {
        Some(label) => Text::new().source(label).end(),
        None => Text::new()
            .words(&words.right_name(right.kind, voice)?)
            .words("."),
    };
    let complaint_to = right.kind == RightKind::Complaint && !right.via.is_empty();
    let mut body = match &right.description {
        Some(description) => Text::new().long_sentence(description),
        None if complaint_to => Text::new(),
        None => words.right_meaning(right.kind, voice)?,
    };
    body = body.sentence(if complaint_to {
        complaint(right, voice, words)?
    } else {
        exercise(right, voice, words)?
    });
    if right.kind == RightKind::Complaint && complaint_places {
        // GDPR Art. 77(1): the choice is the user's, whatever `via` names.
        // After the authorities `via` names, the places are another
        // choice ("also"); without them, they are the law's examples of
        // where to complain ("in particular").
        let named = if complaint_to { "yes" } else { "no" };
        let args = Args::new().text("named", named);
        body = body.sentence(words.sentence("user-complaint-places", voice, args, [])?);
    }
    if let Some(within) = right.within {
        let duration = words.duration_in(within, Case::Dative)?;
        let args = Args::new().text("duration", duration);
        body = body.sentence(words.sentence("user-answered-within", voice, args, [])?);
    }
    if let Some(extension) = &right.extension {
        body = body.sentence(extended(extension, voice, answer_time, words)?);
    }
    Ok(Clause::new(body).lead(lead))
}

/// The extension of the answer time, with the author's reason; under a
/// regime that counts the law's month (GDPR Art. 12(3)), that the user is
/// told of it within that month, in the law's words, which the law
/// requires whatever the policy says.
fn extended(
    extension: &Extension,
    voice: &Voice<'_>,
    answer_time: bool,
    words: &Lexicon,
) -> Result<Text, Error> {
    let args = Args::new().text("duration", words.duration(extension.by)?);
    let reason = Text::new().source(&extension.reason);
    let text = words.sentence("user-extension", voice, args, [reason])?;
    Ok(if answer_time {
        text.sentence(words.in_voice("user-extension-told", voice)?)
    } else {
        text
    })
}

/// When and through what the right is exercised.
pub(super) fn exercise(right: &Right, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let when = match (right.anytime, right.via.is_empty()) {
        (false, true) => return Ok(Text::new()),
        (true, true) => "anytime",
        (true, false) => "anytime_via",
        (false, false) => "via",
    };
    exercised(&right.via, when, voice, words)
}

/// `You can exercise this right` through each of `via`, each with the
/// preposition it takes (`by writing to` an e-mail address, `at` a web
/// address, `through` anything else); `when` is the message's variant
/// (`via`, `anytime_via`). The policy's rights and the change notice say
/// it in the same words.
pub(super) fn exercised(
    via: &[String],
    when: &str,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let channels = via
        .iter()
        .map(|v| channel(v, voice, words))
        .collect::<Result<_, Error>>()?;
    let channels = words.list(channels, Conjunction::Or)?;
    let args = Args::new().text("when", when);
    words.sentence("user-exercise", voice, args, [channels])
}

/// Where a complaint is lodged.
fn complaint(right: &Right, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let authorities = right.via.iter().map(|v| Text::new().link(v)).collect();
    let authorities = words.list(authorities, Conjunction::Or)?;
    let args = Args::new().text("anytime", if right.anytime { "yes" } else { "no" });
    words.sentence("user-complaint", voice, args, [authorities])
}

/// A channel for exercising a right, with the preposition it takes.
fn channel(via: &str, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let id = if email_address(via) {
        "user-channel-email"
    } else if web_address(via) {
        "user-channel-web"
    } else {
        "user-channel-other"
    };
    words.sentence(id, voice, Args::new(), [Text::new().link(via)])
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

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    fn rights_in(source: &str, lang: Lang) -> Vec<String> {
        let policy = crate::check_source(source).policy.unwrap();
        let clauses = rights(&policy, &Lexicon::of(lang).unwrap()).unwrap();
        let lead = |c: &Clause| c.lead.as_ref().map(Text::plain).unwrap_or_default();
        clauses
            .iter()
            .map(|c| lead(c) + " " + &c.body.plain())
            .collect()
    }

    #[test]
    fn without_authorities_the_places_are_where_in_particular() {
        let named = include_str!("../../tests/fixtures/trackers/shop.policy");
        let unnamed = named.replace(
            "right complaint { via \"the data protection authority\" }",
            "right complaint",
        );
        assert_ne!(named, unnamed);
        let complaint = |source: &str, lang| {
            rights_in(source, lang)
                .into_iter()
                .find(|r| r.contains("supervisory") || r.contains("Aufsichtsbehörde"))
                .unwrap()
        };
        assert!(
            complaint(named, Lang::En)
                .contains(" You can also complain to the supervisory authority of the EEA country")
        );
        let english = complaint(&unnamed, Lang::En);
        assert!(english.contains(" In particular, you can complain to the supervisory authority of the EEA country where you live or work, or where the alleged infringement took place."), "{english}");
        let german = complaint(&unnamed, Lang::De);
        assert!(
            german.contains(" Insbesondere können Sie sich bei der Aufsichtsbehörde"),
            "{german}"
        );
    }

    #[test]
    fn an_extended_answer_time_in_german() {
        let source = include_str!("../../tests/fixtures/trackers/shop.policy")
            .replace(
                "right withdraw_consent { via \"the cookie settings\" }",
                "right withdraw_consent {\n  via \"privacy@shop.example\"\n  within 1 month\n  extendable by 2 months \"where requests are complex\"\n}",
            );
        let german = rights_in(&source, Lang::De);
        let withdrawal = german.iter().find(|r| r.contains("Widerruf")).unwrap();
        assert!(
            withdrawal.ends_with("Die Frist kann um weitere 2 Monate verlängert werden, where requests are complex. Wir unterrichten Sie innerhalb eines Monats nach Eingang des Antrags über eine solche Fristverlängerung, zusammen mit den Gründen für die Verzögerung."),
            "{withdrawal}"
        );
    }

    #[test]
    fn a_right_that_does_not_apply_in_german() {
        let source = include_str!("../../tests/fixtures/trackers/shop.policy").replace(
            "right withdraw_consent { via \"the cookie settings\" }",
            "right portability not_applicable \"es werden nur Daten gespeichert, die Sie nicht bereitgestellt haben\"",
        );
        let german = rights_in(&source, Lang::De);
        assert!(german.contains(&"Recht auf Datenübertragbarkeit. Dieses Recht findet keine Anwendung: es werden nur Daten gespeichert, die Sie nicht bereitgestellt haben.".to_owned()), "{german:?}");
        let french = rights_in(&source, Lang::Fr);
        assert!(
            french
                .iter()
                .any(|r| r.contains("Ce droit ne s'applique pas\u{a0}: es werden")),
            "{french:?}"
        );
    }

    #[test]
    fn the_rights_in_german() {
        let source = include_str!("../../tests/fixtures/trackers/shop.policy")
            .replace(
                "right withdraw_consent { via \"the cookie settings\" }",
                "right withdraw_consent {\n  via \"privacy@shop.example\", \"https://shop.example/settings\"\n  anytime\n  within 1 month\n}",
            );
        let german = rights_in(&source, Lang::De);
        assert_eq!(
            german,
            [
                "Recht auf Beschwerde bei einer Aufsichtsbehörde. Sie können Beschwerde bei the data protection authority einlegen. Sie können sich außerdem bei der Aufsichtsbehörde des Mitgliedstaats der EU oder des EWR Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren.",
                "Recht auf Widerruf der Einwilligung. Sie können eine Einwilligung in eine Verarbeitung, die auf einer Einwilligung beruht, widerrufen. Sie können dieses Recht jederzeit per E-Mail an privacy@shop.example oder unter https://shop.example/settings ausüben. Ein Antrag auf Ausübung dieses Rechts wird innerhalb von 1 Monat beantwortet.",
                // The rights GDPR grants and the policy does not declare,
                // exercised through the controller's contact.
                "Auskunftsrecht. Sie können Auskunft darüber verlangen, ob Sie betreffende personenbezogene Daten verarbeitet werden, und Zugang zu ihnen sowie eine Kopie erhalten. Sie können dieses Recht per E-Mail an privacy@shop.example ausüben.",
                "Recht auf Berichtigung. Sie können unrichtige personenbezogene Daten berichtigen und unvollständige personenbezogene Daten vervollständigen lassen. Sie können dieses Recht per E-Mail an privacy@shop.example ausüben.",
                "Recht auf Löschung. Sie können personenbezogene Daten löschen lassen. Sie können dieses Recht per E-Mail an privacy@shop.example ausüben.",
                "Recht auf Einschränkung der Verarbeitung. Sie können die Verarbeitung personenbezogener Daten einschränken lassen. Sie können dieses Recht per E-Mail an privacy@shop.example ausüben.",
                "Recht auf Datenübertragbarkeit. Sie können die personenbezogenen Daten, die Sie bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem anderen Verantwortlichen übermitteln lassen. Sie können dieses Recht per E-Mail an privacy@shop.example ausüben.",
                " Die Ausübung dieser Rechte ist unentgeltlich. Bei offenkundig unbegründeten oder – insbesondere im Fall von häufiger Wiederholung – exzessiven Anträgen kann ein angemessenes Entgelt verlangt oder die Bearbeitung verweigert werden.",
            ]
        );
    }
}
