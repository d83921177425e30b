//! The section on automated decisions (GDPR Art. 13(2)(f) and 22): each
//! declared decision with the information it uses, the logic involved, its
//! significance and envisaged consequences, what allows it and the
//! reader's safeguards; or, where the header says so, that there are
//! none. Every sentence is said from a declaration: a safeguard not
//! declared is not mentioned, and with neither decisions nor the header's
//! statement the section is left out. Every sentence is a message of the
//! document's language (`decisions-*`).

use super::document::{Clause, Origin, Text};
use super::lexicon::Lexicon;
use super::processing::{Catalog, introduced_by};
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{Decision, DecisionBasis, Policy};
use crate::vocab::Closed;

/// The section's clauses.
pub fn clauses(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let words = catalog.words();
    if policy.decisions.is_empty() {
        if !policy.header.no_automated_decisions {
            return Ok(Vec::new());
        }
        let none = words.in_voice("decisions-none", &voice)?;
        return Ok(vec![Clause::new(none).from([Origin::Header])]);
    }
    introduced_by(
        &policy.decisions,
        words.in_voice("decisions-intro", &voice)?,
        Origin::Decision,
        |d| decision(d, catalog, &voice),
    )
}

fn decision(
    decision: &Decision,
    catalog: &Catalog<'_>,
    voice: &Voice<'_>,
) -> Result<Clause, Error> {
    let words = catalog.words();
    let said = |id: &str, text: Text| words.sentence(id, voice, Args::new(), [text]);
    let mut body = Text::new();
    if let Some(description) = &decision.description {
        body = body.long_sentence(description);
    }
    let logic = Text::new().long_sentence(&decision.logic);
    let significance = Text::new().long_sentence(&decision.significance);
    body = body
        .sentence(said("decisions-uses", catalog.list(&decision.uses)?)?.end())
        .sentence(said("decisions-logic", logic)?)
        .sentence(said("decisions-significance", significance)?)
        .sentence(basis(decision, voice, words)?);
    for safeguard in &decision.safeguards {
        let id = format!("decisions-safeguard-{}", safeguard.keyword());
        body = body.sentence(words.in_voice(&id, voice)?);
    }
    let origins = decision.uses.iter().filter_map(|id| catalog.origin(id));
    Ok(Clause::new(body)
        .lead(Text::new().source(&decision.label).end())
        .from(origins.collect::<Vec<_>>()))
}

/// What allows the decision (Art. 22(2)), with the law that authorises it.
fn basis(decision: &Decision, voice: &Voice<'_>, words: &Lexicon) -> Result<Text, Error> {
    let id = format!("decisions-basis-{}", decision.basis.keyword());
    match (&decision.law, decision.basis) {
        (Some(law), DecisionBasis::Law) => {
            let law = Text::new().source_sentence(law);
            let args = Args::new().text("stated", "yes");
            words.sentence(&id, voice, args, [law])
        }
        _ => words.sentence(&id, voice, Args::new().text("stated", "no"), []),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;
    use crate::model::Safeguard;

    /// The English safeguards and bases are the vocabulary's sentences in
    /// the voice, as the text said them before they were messages.
    #[test]
    fn english_safeguards_and_bases_are_the_vocabulary() {
        let en = Lexicon::of(Lang::En).unwrap();
        for voice in [
            Voice::new(true, "Acme", false),
            Voice::new(false, "Acme", false),
            Voice::new(false, "Acme and Partners", true),
        ] {
            for safeguard in Safeguard::SET.values.iter().map(|v| v.value) {
                let id = format!("decisions-safeguard-{}", safeguard.keyword());
                let said = en.in_voice(&id, &voice).unwrap();
                assert_eq!(said.plain(), voice.say(safeguard.entry().text).plain());
            }
            for basis in [DecisionBasis::ExplicitConsent, DecisionBasis::Contract] {
                let id = format!("decisions-basis-{}", basis.keyword());
                let args = Args::new().text("stated", "no");
                let said = en.sentence(&id, &voice, args, []).unwrap().plain();
                let before = voice.say(basis.entry().text).plain();
                assert_eq!(said, format!("This decision is made because {before}."));
            }
        }
    }

    const LENDER: &str = include_str!("../../tests/fixtures/decisions/lender.policy");

    fn section(source: &str, lang: Lang) -> String {
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(lang).unwrap());
        let mut out = String::new();
        for clause in clauses(&policy, &catalog).unwrap() {
            out.push_str(&clause.body.plain());
            out.push('\n');
            for inner in &clause.clauses {
                out.push_str(&inner.body.plain());
                out.push('\n');
            }
        }
        out
    }

    #[test]
    fn the_section_in_german() {
        let german = section(LENDER, Lang::De);
        for said in [
            "Example Lending Ltd trifft die folgenden ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die der betroffenen Person gegenüber rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen:",
            "Verwendete Daten: Income and expenses und Repayment history.",
            "Die involvierte Logik: The score weighs",
            "Die Tragweite und die angestrebten Auswirkungen für die betroffene Person: A score below",
            "Diese Entscheidung wird getroffen, weil sie für den Abschluss oder die Erfüllung eines Vertrags zwischen der betroffenen Person und Example Lending Ltd erforderlich ist.",
            "Die betroffene Person kann das Eingreifen einer Person seitens Example Lending Ltd erwirken: Eine Person überprüft die Entscheidung.",
            "Die betroffene Person kann die Entscheidung anfechten.",
            "Diese Entscheidung wird getroffen, weil sie aufgrund von Rechtsvorschriften zulässig ist: the Consumer Credit Act 2026, section 12.",
        ] {
            assert!(german.contains(said), "{said:?} not in {german}");
        }
        for english in [
            "Information used",
            "The logic involved",
            "This decision is made",
            "may contest",
        ] {
            assert!(!german.contains(english), "{english:?} in {german}");
        }
    }

    #[test]
    fn no_decisions_in_german_in_the_formal_voice() {
        let source = "policy p {\n  title \"P\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  controller \"Acme\" {\n    service \"Shop\"\n  }\n  published \"https://a.example/p\"\n  contact \"p@a.example\"\n  voice we_you\n  automated_decisions none\n}\n";
        assert_eq!(
            section(source, Lang::De),
            "Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.\n"
        );
    }
}
