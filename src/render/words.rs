//! The project's own English: lists, and the words for each keyword value
//! of the model (bases, grounds, rights, periods…).

use super::document::Text;
use crate::model::{
    self, Acceptance, Basis, ChangeAuthority, Disclosure, Duration, Ground, NotifyMethod, Period,
    Policy, RecipientKind, RightKind, Source, SpecialCategory, TakesEffect,
};
use crate::model::{Derogation, MechanismKind};
use crate::regimes::{self, Terms};
use crate::vocab::Closed;

/// Joins texts as an English list: `A`, `A and B`, `A, B and C`. When an
/// entry has a comma or the conjunction of its own, entries are separated
/// by semicolons (`A; B; and C`) so the list cannot be misread.
pub fn list(items: Vec<Text>, conjunction: &str) -> Text {
    list_with(items, conjunction, true)
}

/// [`list`], for a language whose conjunction before the last entry
/// follows a semicolon (English: "A, B; and C") or takes its place
/// (German: "A; B und C"): `semicolon_before_conjunction`.
pub fn list_with(items: Vec<Text>, conjunction: &str, semicolon_before_conjunction: bool) -> Text {
    let count = items.len();
    let separator = if items
        .iter()
        .any(|t| has_list_marks(&t.plain(), conjunction))
    {
        ";"
    } else {
        ","
    };
    let mut out = Text::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            let separator = if i + 1 == count && !semicolon_before_conjunction {
                ","
            } else {
                separator
            };
            out.push_words(&joint(i, count, separator, conjunction));
        }
        out.append(item);
    }
    out
}

fn joint(index: usize, count: usize, separator: &str, conjunction: &str) -> String {
    if index + 1 < count {
        format!("{separator} ")
    } else if separator == ";" {
        format!("; {conjunction} ")
    } else {
        format!(" {conjunction} ")
    }
}

fn has_list_marks(text: &str, conjunction: &str) -> bool {
    text.contains([',', ';']) || text.split_whitespace().any(|w| w == conjunction)
}

/// Texts joined by semicolons, for entries that may hold lists of their
/// own (`A and B: for 1 year; C: until …`).
pub fn semicolons(texts: impl IntoIterator<Item = Text>) -> Text {
    let mut out = Text::new();
    for (i, text) in texts.into_iter().enumerate() {
        if i > 0 {
            out.push_words("; ");
        }
        out.append(text);
    }
    out
}

/// A contact that is one address (an e-mail or web address), as a link
/// where the format links; `None` when it is more than one word, which
/// the text prints as written.
pub(super) fn address(contact: &str) -> Option<Text> {
    (contact.split_whitespace().count() == 1).then(|| Text::new().link(contact.trim()))
}

/// Strings from the source joined as an English list.
#[allow(
    dead_code,
    reason = "the text takes its lists from `render::lexicon`; kept for code written against it"
)]
pub fn source_list<'a>(items: impl IntoIterator<Item = &'a str>, conjunction: &str) -> Text {
    list(
        items.into_iter().map(|s| Text::new().source(s)).collect(),
        conjunction,
    )
}

/// A duration in words: `1 year`, `30 days`.
pub fn duration(duration: Duration) -> String {
    duration.to_string()
}

/// A retention period as the end of `kept …`.
pub fn period(period: &Period) -> Text {
    match period {
        Period::For { duration: d, from } => Text::new()
            .words(&format!("for {} from ", duration(*d)))
            .source(from),
        Period::Until { event } => Text::new().words("until ").source(event),
        Period::AsRequiredByLaw => Text::new().words("for as long as the law requires"),
        Period::Criteria { at_most: None, .. } => {
            Text::new().words("for a period determined by criteria")
        }
        Period::Criteria {
            at_most: Some(cap), ..
        } => Text::new()
            .words(&format!(
                "for a period determined by criteria, and no longer than {} from ",
                duration(cap.duration)
            ))
            .source(&cap.from),
    }
}

/// Alternative retention periods joined with `or`, then how they combine
/// (`, whichever comes first`) when there are several.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn alternatives(periods: &[Period], rule: crate::model::RetentionRule) -> Text {
    let joined = list(periods.iter().map(period).collect(), "or");
    if periods.len() > 1 {
        joined.words(", ").words(rule.entry().text)
    } else {
        joined
    }
}

/// Who the text speaks of, and how: the voice the header chose and the
/// controller it names.
#[derive(Debug, Clone, Copy)]
pub struct Voice<'a> {
    /// The controller is "we" and the reader "you".
    we_you: bool,
    /// The controller's name, from the source.
    controller: &'a str,
    /// Whether the controller is several companies.
    plural: bool,
    /// The words the policy's regimes call for (`regimes::terms`): under
    /// [`Terms::Us`] the rights take the US laws' names ("Right to
    /// delete", "Right to correct"), the controller is "the business" and
    /// a purpose's basis is said without the "Legal basis" label; the
    /// `$law` of each message.
    terms: Terms,
}

impl<'a> Voice<'a> {
    /// The voice of a policy.
    pub fn of(policy: &'a Policy) -> Voice<'a> {
        let header = &policy.header;
        Voice {
            we_you: header.voice == model::Voice::WeYou,
            controller: &header.controller.name,
            plural: header.controller.plural,
            terms: regimes::terms(header.regimes.as_deref()),
        }
    }

    /// The text of a template in this voice (see [`say`]).
    pub fn say(&self, template: &str) -> Text {
        say(template, self)
    }

    /// A voice stated directly: for tests, and for words of other languages.
    pub fn new(we_you: bool, controller: &'a str, plural: bool) -> Voice<'a> {
        Voice {
            we_you,
            controller,
            plural,
            terms: Terms::Gdpr,
        }
    }

    /// The voice of a policy that answers to a US state privacy law and
    /// to no law of the GDPR's kind, whose rights take the US names.
    #[must_use]
    pub fn under_us_law(self) -> Voice<'a> {
        Voice {
            terms: Terms::Us,
            ..self
        }
    }

    /// `us` under the US state privacy laws' words, else `other`: the
    /// `$law` of the messages.
    pub fn law(&self) -> &'static str {
        match self.terms {
            Terms::Us => "us",
            Terms::Gdpr => "other",
        }
    }

    /// The words the policy's regimes call for.
    pub fn terms(&self) -> Terms {
        self.terms
    }

    /// Whether the controller is "we" and the reader "you".
    pub fn we_you(&self) -> bool {
        self.we_you
    }

    /// The controller's name, a source string.
    pub fn controller(&self) -> &'a str {
        self.controller
    }

    /// Whether the controller is several companies, whose verbs take the
    /// plural.
    pub fn plural(&self) -> bool {
        self.plural
    }
}

/// A template in a voice. `{We}` and `{we}` are the controller as a
/// subject, `{us}` as an object, `{our}`/`{Our}` its possessive; `{You}`,
/// `{you}`, `{your}`, `{Your}` the reader. `[singular|plural]` is a verb
/// that agrees with the subject written before it: the controller by name
/// is singular unless the header says `plural`; "we", "you" and "they"
/// take the plural. The controller's name is a source string, so it is
/// escaped and traced like any other. Nothing here is gendered.
pub fn say(template: &str, voice: &Voice<'_>) -> Text {
    let mut text = Text::new();
    // What a verb agrees with: the last subject; singular before any.
    let mut plural = false;
    let mut rest = template;
    while let Some(at) = rest.find(['{', '[']) {
        let (before, marked) = rest.split_at(at);
        text.push_words(before);
        let close = if marked.starts_with('{') { '}' } else { ']' };
        let Some(end) = marked.find(close) else {
            rest = marked;
            break;
        };
        let (mark, after) = marked.split_at(end + 1);
        let inner = mark.get(1..mark.len() - 1).unwrap_or_default();
        if close == ']' {
            let (singular, plural_form) = inner.split_once('|').unwrap_or((inner, inner));
            text.push_words(if plural { plural_form } else { singular });
        } else {
            plural = person(inner, voice, &mut text).unwrap_or(plural);
        }
        rest = after;
    }
    text.push_words(rest);
    text
}

/// Appends the words for one person mark; whether it is a plural subject,
/// when it is a subject.
fn person(mark: &str, voice: &Voice<'_>, text: &mut Text) -> Option<bool> {
    let name = voice.controller;
    match (mark, voice.we_you) {
        ("We" | "we", true) => {
            text.push_words(mark);
            return Some(true);
        }
        ("We" | "we", false) => {
            text.push_source(name);
            return Some(voice.plural);
        }
        ("us", true) => text.push_words("us"),
        ("us", false) => text.push_source(name),
        ("our" | "Our", true) => text.push_words(mark),
        ("our" | "Our", false) => {
            text.push_source(name);
            // "Example Inc's", but "Acme and its affiliates'".
            text.push_words(if name.ends_with('s') { "'" } else { "'s" });
        }
        ("You" | "you", true) => {
            text.push_words(mark);
            return Some(true);
        }
        ("You", false) => {
            text.push_words("The User");
            return Some(false);
        }
        ("you", false) => {
            text.push_words("the User");
            return Some(false);
        }
        ("your" | "Your", true) => text.push_words(mark),
        ("your", false) => text.push_words("the User's"),
        ("Your", false) => text.push_words("The User's"),
        // Not a mark: the braces stay as written.
        _ => text.push_words(&format!("{{{mark}}}")),
    }
    None
}

/// A legal basis as the end of `Legal basis: …`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn basis(basis: Basis, voice: &Voice<'_>) -> Text {
    voice.say(basis.entry().text)
}

/// A ground for a transfer, as a clause after `when`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn ground(ground: Ground, voice: &Voice<'_>) -> Text {
    voice.say(ground.entry().text)
}

/// A kind of recipient, after `Type of recipient: `.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn recipient_kind(kind: RecipientKind, voice: &Voice<'_>) -> Text {
    voice.say(kind.entry().text)
}

/// What a disclosure is under US state law: `a sale of personal information`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn disclosure(disclosure: Disclosure, voice: &Voice<'_>) -> Text {
    voice.say(disclosure.entry().text)
}

/// A transfer mechanism, after `rest on`: `standard data protection clauses`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn mechanism(kind: MechanismKind, voice: &Voice<'_>) -> Text {
    voice.say(kind.entry().text)
}

/// The case of a derogation, after its colon: `your explicit consent to the transfer`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn derogation(case: Derogation, voice: &Voice<'_>) -> Text {
    voice.say(case.entry().text)
}

/// The name of a right, as a heading: `Right of access`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn right_name(kind: RightKind) -> &'static str {
    kind.entry().text
}

/// What a right lets the user do, for a right stated without a description.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn right_meaning(kind: RightKind, voice: &Voice<'_>) -> Text {
    voice.say(kind.entry().sentence)
}

/// The opening of the clause that lists the categories of one source.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn source_intro(source: Source, voice: &Voice<'_>) -> Text {
    voice.say(source.entry().text)
}

/// How a category was obtained, as a sentence about it.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn source_sentence(source: Source, voice: &Voice<'_>) -> Text {
    voice.say(source.entry().sentence)
}

/// A special category of personal data, after `concerning` or similar.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn special_category(special: SpecialCategory) -> &'static str {
    special.entry().text
}

/// Who may change the policy, as a sentence.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn change_authority(by: ChangeAuthority, voice: &Voice<'_>) -> Text {
    voice.say(by.entry().text)
}

/// How users are told of a change, after `informs the User of a change`.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn notify_method(method: NotifyMethod) -> &'static str {
    method.entry().text
}

/// How the user accepts the policy, as a sentence.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn acceptance(acceptance: Acceptance, voice: &Voice<'_>) -> Text {
    voice.say(acceptance.entry().text)
}

/// When a new edition takes effect, as a sentence; `notice` is the notice
/// period, if stated.
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the English that `render::lexicon`'s tests compare with; the text takes its words from the lexicon"
    )
)]
pub fn takes_effect(effective: TakesEffect, notice: Option<Duration>) -> String {
    let notice = notice.map_or_else(String::new, |d| format!(" of {}", duration(d)));
    effective.entry().text.replace("{notice}", &notice)
}

#[cfg(test)]
mod tests {
    use super::super::document::Piece;
    use super::*;

    fn texts(items: &[&str]) -> Vec<Text> {
        items.iter().map(|s| Text::new().source(s)).collect()
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(list(texts(&[]), "and").plain(), "");
        assert_eq!(list(texts(&["A"]), "and").plain(), "A");
        assert_eq!(list(texts(&["A", "B"]), "and").plain(), "A and B");
        assert_eq!(list(texts(&["A", "B", "C"]), "or").plain(), "A, B or C");
    }

    #[test]
    fn lists_of_entries_with_commas_use_semicolons() {
        assert_eq!(list(texts(&["A, a", "B"]), "and").plain(), "A, a; and B");
        assert_eq!(
            list(texts(&["A and a", "B", "C"]), "and").plain(),
            "A and a; B; and C"
        );
        assert_eq!(list(texts(&["A and a", "B"]), "or").plain(), "A and a or B");
    }

    fn voice(we_you: bool, plural: bool) -> Voice<'static> {
        Voice {
            we_you,
            controller: "Acme",
            plural,
            terms: Terms::Gdpr,
        }
    }

    #[test]
    fn templates_agree_with_their_subject() {
        let template = "{We} [derives|derive] {your} data; {you} [has|have] {our} word, and {us}.";
        assert_eq!(
            say(template, &voice(false, false)).plain(),
            "Acme derives the User's data; the User has Acme's word, and Acme."
        );
        assert_eq!(
            say(template, &voice(false, true)).plain(),
            "Acme derive the User's data; the User has Acme's word, and Acme."
        );
        assert_eq!(
            say(template, &voice(true, false)).plain(),
            "We derive your data; you have our word, and us."
        );
    }

    #[test]
    fn the_controller_is_a_source_string() {
        let text = say("{We} may", &voice(false, false));
        assert_eq!(text.pieces.first(), Some(&Piece::Source("Acme".to_owned())));
        assert_eq!(say("{odd} [x", &voice(true, false)).plain(), "{odd} [x");
    }

    #[test]
    fn periods_in_words() {
        let year = Duration {
            amount: 1,
            unit: crate::model::TimeUnit::Year,
        };
        let from = Period::For {
            duration: year,
            from: "collection".to_owned(),
        };
        assert_eq!(period(&from).plain(), "for 1 year from collection");
        assert_eq!(
            period(&Period::AsRequiredByLaw).plain(),
            "for as long as the law requires"
        );
    }
}
