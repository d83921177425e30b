//! The message files of the generated text (`locales/LL/policy.ftl`): every
//! message in every language with the same variables, no character an
//! output may not carry, and the words of a real policy in German, French
//! and Spanish with no English left in them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    reason = "tests"
)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use policyc::l10n::Lang;
use policyc::model::{Policy, RightKind, SpecialCategory};
use policyc::render::Voice;
use policyc::render::document::{Piece, Text};
use policyc::render::lexicon::{Conjunction, Lexicon};
use policyc::vocab::Closed;

/// Variables that say how a word inflects, not what it says: the case a
/// German duration takes, the number of a verb that agrees with the
/// controller, the sound after a Spanish conjunction. A language reads them where its words change.
const GRAMMAR: &[&str] = &["case", "controllers", "next"];

/// Each message id of a file with the variables it reads.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern(value, &mut variables);
                }
                let fresh = messages.insert(message.id.name.to_owned(), variables);
                assert!(fresh.is_none(), "{lang}: `{}` twice", message.id.name);
            }
            Entry::Junk { content } => panic!("{lang}: cannot parse {content:?}"),
            _ => {}
        }
    }
    messages
}

fn pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Select { selector, variants } => {
                    inline(selector, variables);
                    for variant in variants {
                        self::pattern(&variant.value, variables);
                    }
                }
                Expression::Inline(expression) => inline(expression, variables),
            }
        }
    }
}

fn inline(expression: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    if let InlineExpression::VariableReference { id } = expression {
        // A language that does not inflect names writes the name itself
        // where English writes its possessive; grammatical hints are read
        // by the languages whose words change with them.
        let name = match id.name {
            "controller_possessive" => "controller",
            name if GRAMMAR.contains(&name) => return,
            name => name,
        };
        variables.insert(name.to_owned());
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = messages(Lang::En);
    assert!(english.contains_key("duration") && english.contains_key("date"));
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(&other[id], variables, "{lang}: the variables of `{id}`");
        }
    }
}

#[test]
fn no_file_holds_a_character_an_output_may_not_carry() {
    for lang in Lang::ALL {
        for (number, line) in lang.source().lines().enumerate() {
            // The renderer's placeholders for the controller's name, and
            // characters no output may carry (bidirectional controls…).
            let bad = line.chars().find(|c| {
                ('\u{E000}'..='\u{F8FF}').contains(c) || policyc::hazard::hazard(*c).is_some()
            });
            assert_eq!(bad, None, "{lang}, line {}", number + 1);
        }
    }
}

#[test]
fn every_keyword_value_has_its_words_in_every_language() {
    let voice = Voice::new(false, "Acme", false);
    for lang in Lang::ALL {
        let words = Lexicon::of(lang).unwrap();
        for value in RightKind::SET.values {
            for voice in [voice, voice.under_us_law()] {
                assert!(
                    words.right_name(value.value, &voice).is_ok(),
                    "{lang}: {value:?}"
                );
                assert!(words.right_meaning(value.value, &voice).is_ok(), "{lang}");
            }
        }
        for value in SpecialCategory::SET.values {
            assert!(words.special_category(value.value).is_ok(), "{lang}");
        }
        for value in policyc::model::NotifyMethod::SET.values {
            assert!(words.notify_method(value.value).is_ok(), "{lang}");
        }
        for value in policyc::model::Basis::SET.values {
            assert!(words.basis(value.value, &voice).is_ok(), "{lang}");
        }
        for value in policyc::model::Ground::SET.values {
            assert!(words.ground(value.value, &voice).is_ok(), "{lang}");
        }
        for value in policyc::model::RecipientKind::SET.values {
            assert!(words.recipient_kind(value.value, &voice).is_ok(), "{lang}");
        }
        for value in policyc::model::Disclosure::SET.values {
            assert!(words.disclosure(value.value, &voice).is_ok(), "{lang}");
        }
        for value in policyc::model::Source::SET.values {
            assert!(words.source_intro(value.value, &voice).is_ok(), "{lang}");
            assert!(words.source_sentence(value.value, &voice).is_ok(), "{lang}");
        }
        for value in policyc::model::Acceptance::SET.values {
            assert!(words.acceptance(value.value, &voice).is_ok(), "{lang}");
        }
        for value in policyc::model::ChangeAuthority::SET.values {
            assert!(
                words.change_authority(value.value, &voice).is_ok(),
                "{lang}"
            );
        }
        for value in policyc::model::TakesEffect::SET.values {
            assert!(words.takes_effect(value.value, None).is_ok(), "{lang}");
        }
        for value in policyc::model::RetentionRule::SET.values {
            assert!(words.retention_rule(value.value).is_ok(), "{lang}");
        }
    }
}

/// The project's own words of a text, without the source's strings (the
/// author translates those, in `POLICY.LL.ftl`).
trait Ours {
    fn ours(&self) -> String;
}

impl Ours for Text {
    fn ours(&self) -> String {
        self.pieces
            .iter()
            .map(|piece| match piece {
                Piece::Words(words) => words.as_str(),
                _ => " ",
            })
            .collect()
    }
}

fn example() -> Policy {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy"),
    )
    .unwrap();
    policyc::check_source(&source).policy.unwrap()
}

/// Every word of the lexicon the example policy calls for, in one language.
fn words_of(policy: &Policy, lang: Lang) -> Vec<String> {
    let words = Lexicon::of(lang).unwrap();
    let mut out = Vec::new();
    for voice in [
        Voice::new(true, &policy.header.controller.name, false),
        Voice::new(false, &policy.header.controller.name, false),
    ] {
        for purpose in &policy.purposes {
            out.push(words.basis(purpose.basis, &voice).unwrap().ours());
        }
        for transfer in &policy.transfers {
            for ground in &transfer.grounds {
                out.push(words.ground(*ground, &voice).unwrap().ours());
            }
        }
        for recipient in &policy.recipients {
            out.extend(
                recipient
                    .kind
                    .map(|k| words.recipient_kind(k, &voice).unwrap().ours()),
            );
        }
        for category in &policy.data {
            if let Some(source) = category.source {
                out.push(words.source_intro(source, &voice).unwrap().ours());
                out.push(words.source_sentence(source, &voice).unwrap().ours());
            }
        }
        for retention in &policy.retention {
            let periods = words.alternatives(&retention.periods, retention.rule, &voice);
            out.push(periods.unwrap().ours());
        }
        for right in &policy.rights {
            out.push(words.right_meaning(right.kind, &voice).unwrap().ours());
        }
        if let Some(acceptance) = policy.header.acceptance {
            out.push(words.acceptance(acceptance, &voice).unwrap().ours());
        }
        if let Some(by) = policy.changes.as_ref().and_then(|c| c.by) {
            out.push(words.change_authority(by, &voice).unwrap().ours());
        }
    }
    for right in &policy.rights {
        let voice = Voice::new(true, &policy.header.controller.name, false);
        out.push(words.right_name(right.kind, &voice).unwrap());
        out.extend(right.within.map(|d| words.duration(d).unwrap()));
    }
    for retention in &policy.retention {
        for period in &retention.periods {
            if let policyc::model::Period::For { duration, .. } = period {
                out.push(words.duration(*duration).unwrap());
            }
        }
    }
    if let Some(changes) = &policy.changes {
        for method in &changes.notify {
            out.push(words.notify_method(*method).unwrap());
        }
        out.extend(changes.notice.map(|d| words.duration(d).unwrap()));
        if let Some(effective) = changes.effective {
            out.push(words.takes_effect(effective, changes.notice).unwrap());
        }
    }
    out.push(words.date(policy.header.effective).unwrap());
    let labels = policy
        .purposes
        .iter()
        .map(|p| Text::new().source(&p.id))
        .collect();
    out.push(words.list(labels, Conjunction::And).unwrap().ours());
    out
}

/// Words of the English messages that no German, French or Spanish text
/// of the project's own says.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "or",
    "of",
    "your",
    "our",
    "you",
    "we",
    "us",
    "User",
    "consent",
    "Right",
    "right",
    "processing",
    "necessary",
    "legal",
    "interests",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "September",
    "October",
    "December",
    "by",
    "e-mail",
    "notice",
    "website",
    "edition",
];

#[test]
fn the_example_in_german_french_and_spanish_has_no_english_words() {
    let policy = example();
    let controller: BTreeSet<&str> = policy.header.controller.name.split_whitespace().collect();
    let ids: BTreeSet<&str> = policy.purposes.iter().map(|p| p.id.as_str()).collect();
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        let words = words_of(&policy, lang);
        assert!(words.len() > 10, "{lang}: {words:?}");
        for text in &words {
            for word in text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_') {
                if controller.contains(word) || ids.contains(word) {
                    continue;
                }
                assert!(!ENGLISH.contains(&word), "{lang}: `{word}` in {text:?}");
            }
        }
        // The example's German is not the English.
        assert_ne!(words, words_of(&policy, Lang::En), "{lang}");
    }
}

/// The policy files of the repository: the examples and the fixtures.
fn policy_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("policies"), root.join("tests/fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "policy") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Every text of a whole document: the subtitle, every clause, list entry
/// and table cell; and its headings, which are the project's words.
fn document_texts(document: &policyc::render::document::Document) -> (Vec<Text>, Vec<String>) {
    fn items(entries: &[policyc::render::document::Item], out: &mut Vec<Text>) {
        for entry in entries {
            out.push(entry.text.clone());
            items(&entry.items, out);
        }
    }
    fn clause(c: &policyc::render::document::Clause, out: &mut (Vec<Text>, Vec<String>)) {
        out.0.extend(c.lead.clone());
        out.0.push(c.body.clone());
        items(&c.items, &mut out.0);
        if let Some(table) = &c.table {
            out.1.extend(table.columns.iter().cloned());
            out.0.extend(table.rows.iter().flatten().cloned());
        }
        for sub in &c.clauses {
            clause(sub, out);
        }
    }
    let mut out = (
        vec![document.subtitle.clone()],
        vec![document.contents.clone()],
    );
    for section in &document.sections {
        out.1.push(section.heading.clone());
        for c in &section.clauses {
            clause(c, &mut out);
        }
    }
    out
}

/// The project's own words of a whole document, without the source's
/// strings.
fn document_words(document: &policyc::render::document::Document) -> Vec<String> {
    let (texts, mut words) = document_texts(document);
    words.extend(texts.iter().map(Ours::ours));
    words
}

/// The runs of words of the English messages, between their variables,
/// of at least three words: sentences a translated text cannot contain.
fn english_phrases() -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(Lang::En.source()).unwrap();
    let mut phrases = BTreeSet::new();
    let mut texts = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            literals(value, &mut texts);
        }
    }
    for text in texts {
        for run in text.split(['(', ')', ':', ';', ',', '.', '"']) {
            let run = run.split_whitespace().collect::<Vec<_>>().join(" ");
            if run.split(' ').count() >= 3 {
                phrases.insert(run);
            }
        }
    }
    phrases
}

fn literals(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push((*value).to_owned()),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    literals(&variant.value, out);
                }
            }
            PatternElement::Placeable { .. } => out.push("|".to_owned()),
        }
    }
}

/// Words of [`ENGLISH`] that are also words of another language.
const SHARED: &[(Lang, &str)] = &[(Lang::Es, "legal"), (Lang::De, "legal")];

/// Names the law or the industry gives in English, which the other
/// languages' texts use as they are; a citation of the California
/// regulations (`11 CCR §7027(m)(3)`) among them.
const NAMES: &[&str] = &["Do Not Track", "Global Privacy Control", "11 CCR"];

#[test]
fn no_policy_in_german_french_or_spanish_has_an_english_sentence() {
    let phrases: Vec<String> = english_phrases()
        .into_iter()
        .filter(|phrase| !NAMES.iter().any(|name| phrase.contains(name)))
        .collect();
    assert!(phrases.len() > 100, "{}", phrases.len());
    let mut rendered = 0;
    let mut found = BTreeSet::new();
    for path in policy_files() {
        let source = std::fs::read_to_string(&path).unwrap();
        let Some(mut policy) = policyc::check_source(&source).policy else {
            continue;
        };
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            policy.header.language = lang.code().to_owned();
            let document = policyc::render::document(&policy).unwrap();
            for text in document_words(&document) {
                let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                for name in NAMES {
                    text = text.replace(name, "");
                }
                for phrase in &phrases {
                    if text.contains(phrase.as_str()) {
                        found.insert(format!("{lang}: `{phrase}` in {text:?} ({name})"));
                    }
                }
                for word in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                    if ENGLISH.contains(&word) && !SHARED.contains(&(lang, word)) {
                        found.insert(format!("{lang}: `{word}` in {text:?} ({name})"));
                    }
                }
            }
            rendered += 1;
        }
    }
    assert!(
        found.is_empty(),
        "{}",
        found.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(rendered > 300, "{rendered}");
}

/// The strings of a policy that stay as written in every language: the
/// names of the controller, its service and representatives, addresses.
fn names(policy: &Policy) -> BTreeSet<String> {
    let controller = &policy.header.controller;
    let mut names: BTreeSet<String> = [&controller.name, &controller.service]
        .into_iter()
        .cloned()
        .collect();
    names.extend(
        [
            &controller.address,
            &controller.eu_representative,
            &controller.uk_representative,
            &controller.lead_authority,
        ]
        .into_iter()
        .flatten()
        .cloned(),
    );
    if let Some(policyc::model::Dpo::Contact { contact }) = &controller.dpo {
        names.insert(contact.clone());
    }
    for joint in &policy.header.joint_controllers {
        names.insert(joint.name.clone());
        names.extend(joint.address.iter().cloned());
    }
    names
}

#[test]
fn every_string_a_text_shows_is_translated_or_a_name() {
    const TRANSLATED: &str = "(translated)";
    let mut untranslated = BTreeSet::new();
    for path in policy_files() {
        let source = std::fs::read_to_string(&path).unwrap();
        let Some(mut policy) = policyc::check_source(&source).policy else {
            continue;
        };
        policyc::translate::strings::visit(&mut policy, &mut |_, text| {
            TRANSLATED.clone_into(text);
        });
        let names = names(&policy);
        let (texts, _) = document_texts(&policyc::render::document(&policy).unwrap());
        for piece in texts.iter().flat_map(|text| &text.pieces) {
            if let Piece::Source(text) = piece
                && text != TRANSLATED
                && !names.contains(text)
            {
                untranslated.insert(format!("{text:?} ({})", path.display()));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "shown but not translatable:\n{}",
        untranslated.into_iter().collect::<Vec<_>>().join("\n")
    );
}
