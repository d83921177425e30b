//! The project's own English: lists, and the words for each keyword value
//! of the model (bases, grounds, rights, periods…).

use super::document::Text;
use crate::model::{
    Acceptance, Basis, ChangeAuthority, Duration, Ground, NotifyMethod, Period, RecipientKind,
    RightKind, Source, SpecialCategory, TakesEffect,
};
use crate::vocab::Closed;

/// Joins texts as an English list: `A`, `A and B`, `A, B and C`. When an
/// entry has a comma or the conjunction of its own, entries are separated
/// by semicolons (`A; B; and C`) so the list cannot be misread.
pub fn list(items: Vec<Text>, conjunction: &str) -> Text {
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

/// Strings from the source joined as an English list.
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
    }
}

/// A legal basis as the end of `Legal basis: …`. `controller` is the
/// controller's name, for the legal obligation and the legitimate interest.
pub fn basis(basis: Basis, controller: &str) -> Text {
    with_controller(basis.entry().text, controller)
}

/// A ground for a transfer, as a clause after `only when`.
pub fn ground(ground: Ground, controller: &str) -> Text {
    with_controller(ground.entry().text, controller)
}

/// Declared words with the controller's name, from the source, in place of
/// `{controller}`.
fn with_controller(words: &str, controller: &str) -> Text {
    match words.split_once("{controller}") {
        Some((before, after)) => Text::new().words(before).source(controller).words(after),
        None => Text::new().words(words),
    }
}

/// A kind of recipient, after `Type of recipient: `.
pub fn recipient_kind(kind: RecipientKind, controller: &str) -> Text {
    with_controller(kind.entry().text, controller)
}

/// The name of a right, as a heading: `Right of access`.
pub fn right_name(kind: RightKind) -> &'static str {
    kind.entry().text
}

/// What a right lets the user do, for a right stated without a description.
pub fn right_meaning(kind: RightKind) -> &'static str {
    kind.entry().sentence
}

/// The opening of the clause that lists the categories of one source.
pub fn source_intro(source: Source, controller: &str) -> Text {
    with_controller(source.entry().text, controller)
}

/// How a category was obtained, as a sentence about it.
pub fn source_sentence(source: Source) -> &'static str {
    source.entry().sentence
}

/// A special category of personal data, after `concerning` or similar.
pub fn special_category(special: SpecialCategory) -> &'static str {
    special.entry().text
}

/// Who may change the policy, as a sentence with the controller's name.
pub fn change_authority(by: ChangeAuthority, controller: &str) -> Text {
    with_controller(by.entry().text, controller)
}

/// How users are told of a change, after `informs the User of a change`.
pub fn notify_method(method: NotifyMethod) -> &'static str {
    method.entry().text
}

/// How the user accepts the policy, as a sentence.
pub fn acceptance(acceptance: Acceptance) -> &'static str {
    acceptance.entry().text
}

/// When a new edition takes effect, as a sentence; `notice` is the notice
/// period, if stated.
pub fn takes_effect(effective: TakesEffect, notice: Option<Duration>) -> String {
    let notice = notice.map_or_else(String::new, |d| format!(" of {}", duration(d)));
    effective.entry().text.replace("{notice}", &notice)
}

#[cfg(test)]
mod tests {
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
