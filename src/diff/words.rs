//! The words the diff's explanations are made of: names of things by their
//! labels, values in plain English.

use crate::model::*;
use crate::vocab::Closed;

/// A label or text from the source, in double quotes.
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", short(text))
}

/// A long text cut at a word boundary, so an explanation stays one line.
pub fn short(text: &str) -> String {
    const LIMIT: usize = 90;
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= LIMIT {
        return text;
    }
    let mut cut = String::new();
    for word in text.split(' ') {
        if cut.chars().count() + word.chars().count() + 1 > LIMIT {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    cut.push('…');
    cut
}

/// A list in words: `a`, `a and b`, `a, b and c`.
pub fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// How a data category is obtained.
pub fn source(source: Option<Source>) -> &'static str {
    source.map_or("from a source not stated", |s| s.entry().diff)
}

/// Whether a data category identifies the user.
pub fn identity(identity: Identity) -> &'static str {
    identity.entry().diff
}

/// A special category of GDPR Art. 9.
pub fn special(special: SpecialCategory) -> &'static str {
    special.entry().diff
}

/// Whether a data category must be provided.
pub fn requirement(requirement: Option<Requirement>) -> &'static str {
    match requirement {
        None => "not stated",
        Some(Requirement::Required) => "required",
        Some(Requirement::Optional) => "optional",
    }
}

/// A legal basis.
pub fn basis(basis: Basis) -> &'static str {
    basis.entry().diff
}

/// A kind of recipient, with its article.
pub fn recipient_kind(kind: Option<RecipientKind>) -> &'static str {
    kind.map_or("a recipient of a kind not stated", |k| k.entry().diff)
}

/// A ground for a transfer.
pub fn ground(ground: Ground) -> &'static str {
    ground.entry().diff
}

/// `on the ground of X`, `on the grounds of X or Y`.
pub fn grounds(grounds: &[Ground]) -> String {
    let names: Vec<String> = grounds.iter().map(|g| ground(*g).to_owned()).collect();
    let noun = if grounds.len() == 1 {
        "ground"
    } else {
        "grounds"
    };
    format!("on the {noun} of {}", list(&names, "or"))
}

/// A right, in words.
pub fn right(kind: RightKind) -> &'static str {
    kind.entry().diff
}

/// A right's kind as written in the source.
pub fn right_id(kind: RightKind) -> &'static str {
    kind.keyword()
}

/// A right by its label when it has one, else in words.
pub fn right_name(right: &Right) -> String {
    right
        .label
        .as_deref()
        .map_or_else(|| right_kind_name(right.kind), quoted)
}

fn right_kind_name(kind: RightKind) -> String {
    let words = self::right(kind);
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect::<String>()
    })
}

/// How users are told of a change.
pub fn notify(method: NotifyMethod) -> &'static str {
    method.entry().diff
}

/// Who may change the policy.
pub fn authority(by: Option<ChangeAuthority>) -> &'static str {
    by.map_or("not stated", |b| b.entry().diff)
}

/// When a new edition takes effect.
pub fn takes_effect(effective: Option<TakesEffect>) -> &'static str {
    effective.map_or("not stated", |e| e.entry().diff)
}

/// How the user accepts the policy.
pub fn acceptance(acceptance: Option<Acceptance>) -> &'static str {
    acceptance.map_or("not stated", |a| a.entry().diff)
}

/// A section of the text.
pub fn section(section: Section) -> &'static str {
    section.entry().diff
}

/// One retention period in words.
pub fn period(period: &Period) -> String {
    match period {
        Period::For { duration, from } => format!("{duration} from {from}"),
        Period::Until { event } => format!("until {}", quoted(event)),
        Period::AsRequiredByLaw => "as long as the law requires".to_owned(),
    }
}

/// Alternative retention periods in words.
pub fn periods(periods: &[Period]) -> String {
    if periods.is_empty() {
        return "not stated".to_owned();
    }
    let items: Vec<String> = periods.iter().map(period).collect();
    list(&items, "or")
}
