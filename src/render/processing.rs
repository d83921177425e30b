//! The sections on why information is processed, with whom it is shared
//! and on which grounds, and how long it is kept.

use hashbrown::HashMap;

use super::document::{Clause, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::Mechanism;
use crate::model::{
    Basis, ControllerRole, DataCategory, Disclosure, Ground, Period, Policy, Purpose, Recipient,
    RecipientKind, Retention, RetentionEnd, RightKind, Transfer,
};
use crate::regimes::Terms;
use crate::vocab::Closed;

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
    let objection = crate::regimes::applies(policy, RightKind::Objection);
    let intro = labels.words().in_voice("purposes-intro", &voice)?;
    introduced_by(&policy.purposes, intro, Origin::Purpose, |p| {
        purpose(policy, p, labels, objection, &voice)
    })
}

/// One clause in which the controller introduces `items` with `intro`, a
/// message of the document's language, each item a clause of its own
/// that comes from its declaration (`origin`, by index); none when there
/// are no items, so nothing is introduced.
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
    policy: &Policy,
    purpose: &Purpose,
    labels: &Catalog<'_>,
    objection: bool,
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let words = labels.words();
    let mut body = Text::new();
    if let Some(description) = &purpose.description {
        body = body.long_sentence(description);
    }
    let uses = labels.list(&purpose.uses)?;
    body = body.sentence(
        words
            .sentence("purpose-uses", voice, Args::new(), [uses])?
            .end(),
    );
    // An unstated basis is not disclosed, so the text says nothing of it.
    if purpose.basis != Basis::Unstated {
        body = body.sentence(basis(purpose, voice, words)?);
    }
    if purpose.only_depersonalized {
        body = body.sentence(words.in_voice("purpose-depersonalized", voice)?);
    }
    if purpose.profiling {
        body = body.sentence(profiling(purpose, objection, voice, words)?);
    }
    if let Some(condition) = super::special::condition(purpose, voice, labels.words())? {
        body = body.sentence(condition);
    }
    if let Some(permitted) = super::special::permitted_use(policy, purpose, voice, words)? {
        body = body.sentence(permitted);
    }
    Ok(Clause::new(body).lead(Text::new().source(&purpose.label).end()))
}

/// That a `profiling` purpose profiles (GDPR Art. 13(2)(f)), and, where
/// the policy states the right to object and the basis is one it applies
/// to, that this profiling can be objected to (Art. 21(1)).
fn profiling(
    purpose: &Purpose,
    objection: bool,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let text = words.in_voice("purpose-profiling", voice)?;
    let objectable = matches!(purpose.basis, Basis::LegitimateInterest | Basis::PublicTask);
    Ok(if objection && objectable {
        text.sentence(words.in_voice("purpose-profiling-objection", voice)?)
    } else {
        text
    })
}

/// The purpose's basis: "Legal basis: …" under the GDPR's words; under
/// the US state privacy laws', which ask for no legal basis, the declared
/// basis said as a plain sentence ("We do this with your consent."), the
/// interest pursued as declared.
fn basis(purpose: &Purpose, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    if voice.terms() == Terms::Us {
        let id = format!("purpose-done-{}", purpose.basis.keyword());
        return match (&purpose.interest, purpose.basis) {
            (Some(interest), Basis::LegitimateInterest) => {
                let interest = Text::new().source_sentence(interest);
                words.with_text(&format!("{id}-pursued"), voice, interest)
            }
            _ => words.in_voice(&id, voice),
        };
    }
    let basis = words.basis(purpose.basis, voice)?;
    match (&purpose.interest, purpose.basis) {
        (Some(interest), Basis::LegitimateInterest) => {
            let interest = Text::new().source_sentence(interest);
            words.sentence(
                "purpose-basis-interest",
                voice,
                Args::new(),
                [basis, interest],
            )
        }
        _ => words.sentence("purpose-basis", voice, Args::new(), [basis]),
    }
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
        "sharing-intro"
    } else {
        "sharing-intro-grounds"
    };
    let intro = labels.words().in_voice(intro, &voice)?;
    introduced_by(&policy.recipients, intro, Origin::Recipient, |r| {
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
    // A joint controller is no third party (GDPR Art. 4(10)): its role,
    // said next, is what it is to the reader.
    let joint = recipient.role == Some(ControllerRole::JointController);
    if let Some(kind) = recipient
        .kind
        .filter(|k| !(joint && *k == RecipientKind::ThirdParty))
    {
        let kind = words.recipient_kind(kind, voice)?;
        body = body.sentence(
            words
                .sentence("recipient-type", voice, Args::new(), [kind])?
                .end(),
        );
    }
    body = body.sentence(party(recipient, voice, words)?);
    body = body.sentence(abroad(recipient, voice, words)?);
    for (_, transfer) in transfers {
        let data = labels.list(&transfer.data)?;
        if ground_unstated(transfer) {
            // Any one ground suffices, so an unstated one leaves no
            // "only when" that the source says.
            let said = words.sentence("recipient-receives", voice, Args::new(), [data])?;
            body = body
                .sentence(said.end())
                .sentence(transfer_disclosed(transfer, recipient, voice, words)?);
            continue;
        }
        if transfer.grounds == [Ground::BusinessPurpose] {
            body = body
                .sentence(for_business(
                    transfer, recipient, data, purposes, voice, words,
                )?)
                .sentence(transfer_disclosed(transfer, recipient, voice, words)?);
            continue;
        }
        let grounds = transfer
            .grounds
            .iter()
            .map(|g| {
                let ground = if *g == Ground::Consent && on_our_behalf(recipient) {
                    words.in_voice("ground-consent-processor", voice)?
                } else if *g == Ground::BusinessPurpose
                    && recipient.kind == Some(RecipientKind::ServiceProvider)
                {
                    // The kind has said "service provider … under a
                    // contract that limits its use": the ground adds only
                    // the business purpose.
                    words.in_voice("ground-business_purpose-service_provider", voice)?
                } else {
                    words.ground(*g, voice)?
                };
                let ground = match (&transfer.interest, g) {
                    (Some(interest), Ground::LegitimateInterest) => words.sentence(
                        "ground-legitimate_interest-pursued",
                        voice,
                        Args::new(),
                        [ground, Text::new().source(interest)],
                    )?,
                    _ => ground,
                };
                words.sentence("recipient-when", voice, Args::new(), [ground])
            })
            .collect::<Result<_, Error>>()?;
        // The labels after a colon, where their capitals stand.
        let texts = [
            words.list(grounds, Conjunction::Or)?,
            for_purposes(&transfer.purposes, purposes, voice, words)?,
            data,
        ];
        let said = words.sentence("recipient-receives-when", voice, Args::new(), texts)?;
        body = body
            .sentence(said.end())
            .sentence(transfer_disclosed(transfer, recipient, voice, words)?);
    }
    if recipient.bound_by_policy {
        body = body.sentence(words.in_voice("recipient-bound", voice)?);
    }
    body = body.sentence(disclosed_as(recipient, voice, words)?);
    Ok(Clause::new(body)
        .lead(Text::new().source(&recipient.label).end())
        .from(transfers.iter().map(|&(i, _)| Origin::Transfer(i))))
}

/// A transfer whose one ground is `business_purpose`: the recipient
/// processes the information for the controller's business purposes (the
/// purposes the transfer names, where it names some), said as what it
/// receives the information for rather than as a condition ("only when it
/// is disclosed for a business purpose"), which the ground is not. A
/// recipient whose kind is not `service_provider` is said to be one: the
/// ground is a disclosure to a service provider under a contract that
/// limits its use of the information (Cal. Civ. Code §1798.140(e)).
fn for_business(
    transfer: &Transfer,
    recipient: &Recipient,
    data: Text,
    purposes: &[crate::model::Purpose],
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let named: Vec<Text> = transfer
        .purposes
        .iter()
        .filter_map(|id| purposes.iter().find(|p| p.id == *id))
        .map(|p| Text::new().source(&words.label_in_sentence(p.short_label())))
        .collect();
    let said = if named.is_empty() {
        words.sentence("recipient-receives-business", voice, Args::new(), [data])?
    } else {
        let count = u32::try_from(named.len()).unwrap_or(u32::MAX);
        let named = words.list(named, Conjunction::And)?;
        let args = Args::new().number("count", count);
        words.sentence(
            "recipient-receives-business-for",
            voice,
            args,
            [named, data],
        )?
    };
    let said = said.end();
    if recipient.kind == Some(RecipientKind::ServiceProvider) {
        return Ok(said);
    }
    Ok(said.sentence(words.in_voice("recipient-business-contract", voice)?))
}

/// Whether the recipient is an independent or a joint controller, and the
/// essence of a joint controllers' arrangement (GDPR Art. 26(2)), each as
/// stated; nothing when the recipient states neither.
fn party(recipient: &Recipient, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let mut text = Text::new();
    if let Some(role) = recipient.role {
        let role = words.role(role, voice)?;
        text = words
            .sentence("recipient-role", voice, Args::new(), [role])?
            .end();
    }
    if let Some(arrangement) = &recipient.arrangement {
        let arrangement = Text::new().long_sentence(arrangement);
        let said = words.sentence("recipient-arrangement", voice, Args::new(), [arrangement])?;
        text = text.sentence(said);
    }
    Ok(text)
}

/// What disclosing data to the recipient is under US state law, from its
/// `disclosed_as`; nothing when it states none.
fn disclosed_as(recipient: &Recipient, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    disclosures(&recipient.disclosed_as, "recipient", voice, words)
}

/// `Under US state privacy laws, disclosing … is a sale … and sharing …`,
/// with targeted advertising said apart: a disclosure is a sale or
/// sharing, while targeted advertising is what the information is then
/// used for (`, and the information is used for targeted advertising`).
/// `whose` is `recipient` (personal information disclosed to the
/// recipient) or `recipient-transfer` (this transfer's information).
fn disclosures(
    all: &[Disclosure],
    whose: &str,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let targeted = all.contains(&Disclosure::TargetedAdvertising);
    let each: Vec<Text> = all
        .iter()
        .filter(|d| **d != Disclosure::TargetedAdvertising)
        .map(|d| words.disclosure(*d, voice))
        .collect::<Result<_, Error>>()?;
    let said = match (each.is_empty(), targeted) {
        (true, false) => return Ok(Text::new()),
        (true, true) => words.in_voice(&format!("{whose}-targeted"), voice)?,
        (false, targeted) => {
            let id = if targeted {
                format!("{whose}-disclosed-targeted")
            } else {
                format!("{whose}-disclosed")
            };
            let each = words.list(each, Conjunction::And)?;
            words.sentence(&id, voice, Args::new(), [each])?
        }
    };
    Ok(said.end())
}

/// What sending this transfer's information to the recipient is under US
/// state law beyond what the recipient's `disclosed_as` says of every
/// transfer to it (which [`disclosed_as`] states once), from the
/// transfer's own `disclosed_as`; nothing when it adds none.
fn transfer_disclosed(
    transfer: &Transfer,
    recipient: &Recipient,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let own = transfer.own_disclosures(std::slice::from_ref(recipient));
    disclosures(&own, "recipient-transfer", voice, words)
}

/// Whether the recipient processes the information only on the
/// controller's behalf (a processor, a US service provider): the user's
/// consent to a transfer to it is consent to that processing, and the
/// text says so rather than "consented to the transfer".
fn on_our_behalf(recipient: &Recipient) -> bool {
    matches!(
        recipient.kind,
        Some(RecipientKind::Processor | RecipientKind::ServiceProvider)
    )
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
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let named: Vec<Text> = ids
        .iter()
        .filter_map(|id| purposes.iter().find(|p| p.id == *id))
        .map(|p| Text::new().source(&words.label_in_sentence(p.short_label())))
        .collect();
    if named.is_empty() {
        return Ok(Text::new());
    }
    let count = u32::try_from(named.len()).unwrap_or(u32::MAX);
    let named = words.list(named, Conjunction::And)?;
    let args = Args::new().number("count", count);
    words.sentence("recipient-for-purposes", voice, args, [named])
}

/// The country of a recipient abroad, the mechanism the transfer rests on
/// (its safeguard as its description) and where to obtain a copy.
fn abroad(recipient: &Recipient, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let say = |id: &str, text: Text| Ok::<_, Error>(words.with_text(id, voice, text)?.end());
    let mut text = Text::new();
    if let Some(country) = &recipient.country {
        text = say("recipient-country", Text::new().source(country))?;
    }
    if let Some(mechanism) = recipient.mechanism {
        text = text.sentence(mechanism_sentence(recipient, mechanism, voice, words)?);
    } else if let Some(safeguard) = &recipient.safeguard {
        let id = if recipient.country.is_some() {
            "recipient-safeguard-country"
        } else {
            "recipient-safeguard"
        };
        text = text.sentence(say(id, Text::new().source(safeguard))?);
    }
    if let Some(copy) = &recipient.copy {
        text = text.sentence(say("recipient-copy", Text::new().link(copy))?);
    }
    Ok(text)
}

/// `Transfers of information to this country rest on standard data
/// protection clauses (DESCRIPTION).`, in the GDPR's words, with a
/// derogation's case after a colon.
fn mechanism_sentence(
    recipient: &Recipient,
    mechanism: Mechanism,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let id = if recipient.country.is_some() {
        "recipient-mechanism-country"
    } else {
        "recipient-mechanism"
    };
    let mut rests_on = words.mechanism(mechanism.kind())?;
    if let Some(case) = mechanism.case() {
        let case = words.derogation(case, voice)?;
        rests_on = words.sentence("recipient-derogation", voice, Args::new(), [rests_on, case])?;
    }
    if let Some(safeguard) = &recipient.safeguard {
        rests_on = rests_on.words(" (").source(safeguard).words(")");
    }
    Ok(words.sentence(id, voice, Args::new(), [rests_on])?.end())
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
        .map(|(i, r)| {
            let mut clause = retained(r, policy, labels, &voice)?.from([Origin::Retention(i)]);
            // A retention specific to purposes traces to them too.
            for id in &r.purposes {
                if let Some(p) = policy.purposes.iter().position(|p| &p.id == id) {
                    clause = clause.from([Origin::Purpose(p)]);
                }
            }
            Ok(clause)
        })
        .collect()
}

fn retained(
    retention: &Retention,
    policy: &Policy,
    labels: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let words = labels.words();
    let periods = words.alternatives(&retention.periods, retention.rule, voice)?;
    let data = labels.list(&retention.data)?;
    let mut said = if retention.purposes.is_empty() {
        let kept = match retention.end {
            None => "retention-kept",
            Some(RetentionEnd::Delete) => "retention-kept-delete",
            Some(RetentionEnd::Anonymise) => "retention-kept-anonymise",
        };
        words.sentence(kept, voice, Args::new(), [periods, data])?
    } else {
        // `when_used_for`: the purposes by the labels a reader knows them by.
        let purposes = words.labels_in_sentence(
            retention.purposes.iter().map(|id| {
                policy
                    .purposes
                    .iter()
                    .find(|p| &p.id == id)
                    .map_or(id.as_str(), Purpose::short_label)
            }),
            Conjunction::And,
        )?;
        let kept = match retention.end {
            None => "retention-purpose-kept",
            Some(RetentionEnd::Delete) => "retention-purpose-kept-delete",
            Some(RetentionEnd::Anonymise) => "retention-purpose-kept-anonymise",
        };
        words.sentence(kept, voice, Args::new(), [periods, data, purposes])?
    }
    .end();
    // Criteria stand alone: the sentence says they determine the period,
    // this one gives them in the author's words.
    for period in &retention.periods {
        if let Period::Criteria { criteria, .. } = period {
            let given = words.sentence(
                "retention-criteria",
                voice,
                Args::new(),
                [Text::new().source(criteria)],
            )?;
            said = said.words(" ").text(given.end());
        }
    }
    if let Some(backups) = retention.backups {
        let args = Args::new().text("duration", words.duration(backups)?);
        let copies = words.sentence("retention-backups", voice, args, [])?;
        said = said.words(" ").text(copies.end());
    }
    Ok(Clause::new(said))
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    /// The purposes, sharing and retention sections of a policy in
    /// `lang`, one line per clause and sub-clause.
    fn sections_in(source: &str, lang: Lang) -> Vec<String> {
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(lang).unwrap());
        let clauses = [
            purposes(&policy, &catalog).unwrap(),
            sharing(&policy, &catalog).unwrap(),
            retention(&policy, &catalog).unwrap(),
        ];
        let mut lines = Vec::new();
        for clause in clauses.iter().flatten() {
            lines.push(clause.body.plain());
            for sub in &clause.clauses {
                let lead = sub.lead.as_ref().map(Text::plain).unwrap_or_default();
                lines.push(format!("{lead} {}", sub.body.plain()));
            }
        }
        lines
    }

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(format!("tests/fixtures/diff/{name}")).unwrap()
    }

    #[test]
    fn purposes_sharing_and_retention_in_german() {
        let german = sections_in(&fixture("joint_control_ended/old.policy"), Lang::De);
        assert_eq!(
            german,
            [
                "Shop Ltd verarbeitet personenbezogene Daten nur für die folgenden Zwecke:",
                "Providing the Shop. Verwendete Daten: Account details. Rechtsgrundlage: die Verarbeitung ist für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich.",
                "Improving the Shop. Verwendete Daten: Usage statistics. Rechtsgrundlage: die Einwilligung der betroffenen Person.",
                "Shop Ltd gibt personenbezogene Daten nur an die folgenden Empfänger weiter, und nur aus den jeweils genannten Gründen:",
                "Delivery companies. Art des Empfängers: Auftragsverarbeiter, der auf Weisung von Shop Ltd handelt. Land: United States. Übermittlungen von Daten in dieses Land beruhen auf Standarddatenschutzklauseln (the Commission's clauses of 4 June 2021, module two). Wo eine Kopie erhältlich ist: https://shop.example/legal/transfers. Dieser Empfänger erhält die folgenden Daten nur, wenn die Übermittlung für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich ist: Account details.",
                "Event organiser. Art des Empfängers: Unternehmen der Gruppe von Shop Ltd. Rolle: gemeinsam mit Shop Ltd Verantwortlicher, der mit Shop Ltd über Zwecke und Mittel der Verarbeitung entscheidet. Das Wesentliche der Vereinbarung zwischen Shop Ltd und diesem Empfänger: We inform you and answer your requests about events. Dieser Empfänger erhält die folgenden Daten nur, wenn die Übermittlung für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich ist: Account details.",
                // The events are the source's words (the model keeps them).
                "Die folgenden Daten werden gespeichert, und zwar für 1 Jahr ab der Schließung des Kontos: Account details.",
                "Die folgenden Daten werden gespeichert, und zwar für 6 Monate ab der Erhebung: Usage statistics.",
            ]
        );
    }

    #[test]
    fn a_legitimate_interest_and_its_interest_in_every_language() {
        let source = fixture("transfer_interest/old.policy");
        for (lang, said) in [
            (
                Lang::En,
                "only when the transfer is necessary for the purposes of a legitimate interest (the interest pursued is preventing fraud): Account details.",
            ),
            (
                Lang::De,
                "nur, wenn die Übermittlung zur Wahrung eines berechtigten Interesses erforderlich ist (das verfolgte Interesse ist: preventing fraud): Account details.",
            ),
            (
                Lang::Fr,
                "lorsque le transfert est nécessaire aux fins d'un intérêt légitime (l'intérêt poursuivi est : preventing fraud)",
            ),
            (
                Lang::Es,
                "cuando la transferencia es necesaria para la satisfacción de un interés legítimo (el interés perseguido es: preventing fraud)",
            ),
        ] {
            let lines = sections_in(&source, lang);
            let fraud = lines.iter().find(|l| l.starts_with("Fraud")).unwrap();
            assert!(fraud.contains(said), "{lang}: {fraud}");
        }
    }

    #[test]
    fn a_derogation_and_its_case_in_german() {
        let german = sections_in(&fixture("mechanism_weakened/new.policy"), Lang::De);
        let couriers = german.iter().find(|l| l.starts_with("Delivery")).unwrap();
        assert!(
            couriers.contains("Übermittlungen von Daten in dieses Land beruhen auf einer Ausnahme für einen bestimmten Fall: die Übermittlung ist für die Erfüllung eines Vertrags mit der betroffenen Person erforderlich."),
            "{couriers}"
        );
    }

    #[test]
    fn every_language_says_the_sections_in_both_voices() {
        for name in [
            "joint_control_ended/old.policy",
            "mechanism_weakened/new.policy",
        ] {
            let third = fixture(name);
            let we = third.replacen("policy shop {", "policy shop {\n  voice we_you", 1);
            assert_ne!(third, we);
            for lang in Lang::ALL {
                for source in [&third, &we] {
                    let lines = sections_in(source, lang);
                    assert_eq!(
                        lines.len(),
                        8 - usize::from(name.starts_with("mech")),
                        "{lang}"
                    );
                }
            }
        }
    }
}
