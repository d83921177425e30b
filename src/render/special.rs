//! The words of special categories beyond their names: the condition of
//! GDPR Art. 9(2) a purpose states (`special_condition`), said in the
//! purpose's paragraph, and only where it is declared.

use super::document::{Clause, Origin, Text};
use super::lexicon::Lexicon;
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{BreachNotification, BreachParty, Policy, Purpose, SpecialCondition};
use crate::vocab::Closed as _;

/// The sentence of a purpose's Art. 9(2) condition, with the law it rests
/// on; `None` when the purpose states no condition.
pub fn condition(
    purpose: &Purpose,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Text>, Error> {
    let Some(stated) = &purpose.special_condition else {
        return Ok(None);
    };
    let condition = condition_words(stated.condition, voice, words)?;
    let sentence = match &stated.law {
        Some(law) => words.sentence(
            "special-condition-law",
            voice,
            Args::new(),
            [condition, Text::new().source(law)],
        )?,
        None => words.sentence("special-condition", voice, Args::new(), [condition])?,
    };
    Ok(Some(sentence))
}

/// The sentence of the use 11 CCR §7027(m) permits that a purpose serves
/// (`permitted_use`), said only where it has an effect: the purpose uses
/// sensitive personal information and a declared regime gives the right
/// to limit it (`ccpa`, as E0442 and W0446 read it); `None` elsewhere.
pub fn permitted_use(
    policy: &Policy,
    purpose: &Purpose,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Option<Text>, Error> {
    let Some(permitted) = purpose.permitted_use else {
        return Ok(None);
    };
    let regimes = policy.header.regimes.as_deref().unwrap_or(&[]);
    if crate::regimes::cited(regimes, crate::regimes::Ask::SensitiveLimit).is_none()
        || !purpose.uses_sensitive(&policy.data)
    {
        return Ok(None);
    }
    let what = words.in_voice(&format!("permitted-use-{}", permitted.keyword()), voice)?;
    let args = Args::new().number("paragraph", u32::from(permitted.paragraph()));
    Ok(Some(words.sentence(
        "permitted-use",
        voice,
        args,
        [what],
    )?))
}

/// The words of a condition, in the voice.
fn condition_words(
    condition: SpecialCondition,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    words.in_voice(&format!("special-condition-{}", condition.keyword()), voice)
}

/// The security section's clauses: the typed measures, one sentence each
/// in one clause, then each breach notification, then `statements`, the
/// free-text measures. Nothing is said that the policy does not declare.
pub fn security(
    policy: &Policy,
    words: &Lexicon,
    statements: Vec<Clause>,
) -> Result<Vec<Clause>, Error> {
    let mut clauses = Vec::new();
    if let Some(block) = &policy.security_block {
        let voice = Voice::of(policy);
        let mut measures = Text::new();
        for measure in &block.measures {
            let sentence = words.word(&format!("security-measure-{}", measure.keyword()))?;
            measures = measures.sentence(Text::new().words(&sentence));
        }
        if !measures.is_empty() {
            clauses.push(Clause::new(measures).from([Origin::SecurityBlock]));
        }
        for breach in &block.breach_notifications {
            clauses.push(
                Clause::new(notification(*breach, &voice, words)?).from([Origin::SecurityBlock]),
            );
        }
    }
    clauses.extend(statements);
    Ok(clauses)
}

/// The sentence of a breach notification.
pub(super) fn notification(
    breach: BreachNotification,
    voice: &Voice<'_>,
    words: &Lexicon,
) -> Result<Text, Error> {
    let id = match breach.to {
        BreachParty::Authority => "security-breach-authority",
        BreachParty::Users => "security-breach-users",
    };
    let args = match breach.within_hours {
        Some(hours) => Args::new().text("delay", "hours").number("hours", hours),
        None => Args::new().text("delay", "undue").number("hours", 0),
    };
    words.sentence(id, voice, args, [])
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    /// The English words of each condition are the vocabulary's, in every
    /// voice.
    #[test]
    fn english_conditions_are_the_vocabulary() {
        let en = Lexicon::of(Lang::En).unwrap();
        for (we_you, name, plural) in [
            (true, "Acme", false),
            (false, "Acme", false),
            (false, "Acme and Co", true),
        ] {
            let voice = Voice::new(we_you, name, plural);
            for value in SpecialCondition::SET.values {
                assert_eq!(
                    condition_words(value.value, &voice, &en).unwrap().plain(),
                    voice.say(value.text).plain(),
                    "{:?} {we_you}",
                    value.value
                );
            }
        }
    }

    /// Every language has the words of every condition.
    #[test]
    fn every_condition_has_its_words_in_every_language() {
        let voice = Voice::new(false, "Acme", false);
        for lang in Lang::ALL {
            let words = Lexicon::of(lang).unwrap();
            for value in SpecialCondition::SET.values {
                assert!(
                    condition_words(value.value, &voice, &words).is_ok(),
                    "{lang}"
                );
            }
        }
    }

    fn paragraph(written: &str, lang: Lang) -> Option<String> {
        let source = format!(
            "policy p {{\n  title \"Privacy\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  controller \"Acme\" {{ service \"Acme\" }}\n  published \"https://acme.example/privacy\"\n  contact \"privacy@acme.example\"\n  regimes none\n}}\n\
             data health \"Health records\" {{ source user identity identified special health }}\n\
             purpose care \"Care\" {{\n  uses health\n  basis contract\n  {written}\n}}\n"
        );
        let policy = crate::check_source(&source).policy.unwrap();
        let purpose = policy.purposes.first().unwrap();
        let voice = Voice::new(true, "Acme", false);
        condition(purpose, &voice, &Lexicon::of(lang).unwrap())
            .unwrap()
            .map(|text| text.plain())
    }

    #[test]
    fn a_condition_is_said_with_its_law() {
        assert_eq!(
            paragraph(
                "special_condition health_care \"the Patient Rights Act, s. 12\"",
                Lang::En
            )
            .unwrap(),
            "Condition for processing special categories of personal data: preventive or occupational medicine, medical diagnosis, or the provision of health or social care or treatment, as provided by the Patient Rights Act, s. 12."
        );
        assert_eq!(
            paragraph("special_condition legal_claims", Lang::De).unwrap(),
            "Bedingung für die Verarbeitung besonderer Kategorien personenbezogener Daten: die Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen."
        );
    }

    #[test]
    fn no_condition_says_nothing() {
        assert_eq!(paragraph("", Lang::En), None);
    }
}
