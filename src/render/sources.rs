//! What the text says of a data category's sources beyond the one its
//! group's intro already says: each other source, and the name of a
//! third party or a publicly available source (GDPR Art. 14(2)(f)), in
//! the words of the document's language (`sources-*`, `source-*`); and
//! the data sets the controller combines, with why.

use super::document::{Clause, Origin, Text};
use super::lexicon::{Conjunction, Lexicon};
use super::processing::Catalog;
use super::words::Voice;
use crate::l10n::{Args, Error};
use crate::model::{DataCategory, NamedSource, Policy};
use crate::vocab::Closed as _;

/// The sentences on the category's sources that `said` (what the context
/// of its clause already states) leaves out, in the order written.
pub fn sentences(
    category: &DataCategory,
    said: &[NamedSource],
    words: &Lexicon,
    voice: &Voice<'_>,
) -> Result<Text, Error> {
    let mut text = Text::new();
    for source in category.all_sources() {
        if said.contains(&source) {
            continue;
        }
        text = text.sentence(sentence(&source, words, voice)?);
    }
    Ok(text)
}

/// One source as a sentence about the category: its kind's sentence, or,
/// named, the sentence that names it.
fn sentence(source: &NamedSource, words: &Lexicon, voice: &Voice<'_>) -> Result<Text, Error> {
    match &source.name {
        None => words.source_sentence(source.kind, voice),
        Some(name) => {
            let id = format!("sources-named-{}", source.kind.keyword());
            words.sentence(&id, voice, Args::new(), [Text::new().source(name)])
        }
    }
}

/// One clause per `combine`: the categories combined, by their short
/// labels, and why, in the order declared.
pub fn combinations(policy: &Policy, catalog: &Catalog<'_>) -> Result<Vec<Clause>, Error> {
    let voice = Voice::of(policy);
    let words = catalog.words();
    let mut clauses = Vec::with_capacity(policy.combinations.len());
    for (at, combination) in policy.combinations.iter().enumerate() {
        let labels = combination
            .data
            .iter()
            .filter_map(|id| catalog.get(id))
            .map(|c| Text::new().source(c.short_label()))
            .collect();
        let list = words.list(labels, Conjunction::And)?;
        let reason = Text::new().source(&combination.reason);
        let text = words.sentence("sources-combined", &voice, Args::new(), [list, reason])?;
        let origins = combination.data.iter().filter_map(|id| catalog.origin(id));
        clauses.push(
            Clause::new(text)
                .from([Origin::Combination(at)])
                .from(origins),
        );
    }
    Ok(clauses)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    const SHOP: &str = include_str!("../../tests/fixtures/sources/shop.policy");

    /// The sentences each category says of its sources, in `lang`, with
    /// nothing said already.
    fn said(lang: Lang) -> Vec<String> {
        let policy = crate::check_source(SHOP).policy.unwrap();
        let words = Lexicon::of(lang).unwrap();
        let voice = Voice::of(&policy);
        policy
            .data
            .iter()
            .map(|c| sentences(c, &[], &words, &voice).unwrap().plain())
            .collect()
    }

    #[test]
    fn named_sources_in_german() {
        let german = said(Lang::De);
        assert_eq!(
            german.first().map(String::as_str),
            Some(
                "Die betroffene Person stellt diese Daten bereit. Diese Daten stammen von Dritten: payment providers."
            )
        );
        assert!(german.iter().any(|s| s == "Diese Daten stammen aus einer öffentlich zugänglichen Quelle: the companies register."), "{german:?}");
    }

    #[test]
    fn what_the_context_said_is_not_said_again() {
        let policy = crate::check_source(SHOP).policy.unwrap();
        let words = Lexicon::of(Lang::En).unwrap();
        let voice = Voice::of(&policy);
        let payment = policy.data.first().unwrap();
        let all = payment.all_sources();
        assert!(sentences(payment, &all, &words, &voice).unwrap().is_empty());
        let rest = sentences(payment, all.get(..1).unwrap(), &words, &voice).unwrap();
        assert_eq!(
            rest.plain(),
            "This information is received from payment providers."
        );
    }

    #[test]
    fn a_combination_in_german() {
        let source = include_str!("../../tests/fixtures/diff/combination_added/new.policy");
        let policy = crate::check_source(source).policy.unwrap();
        let catalog = Catalog::new(&policy, Lexicon::of(Lang::De).unwrap());
        let clauses = combinations(&policy, &catalog).unwrap();
        let said: Vec<String> = clauses.iter().map(|c| c.body.plain()).collect();
        assert_eq!(
            said,
            [
                "Example Inc führt Payment details und Credit rating zusammen, to decide whether to offer payment by invoice."
            ]
        );
    }
}
