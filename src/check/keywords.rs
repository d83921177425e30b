//! The closed vocabularies of the language: keyword values such as
//! `source user` or `basis consent`, each mapped to its model value, and
//! their look-up. The sets declared in [`crate::vocab`] are looked up here
//! too; the others (events, time units) are
//! still listed below until they move there.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::suggest;
use crate::syntax::ast::Name;
use crate::vocab::Set;

/// A vocabulary: the keyword, the model value, in the order help lists them.
pub type Vocabulary<T> = &'static [(&'static str, T)];

/// `only`
pub const RESTRICTIONS: Vocabulary<()> = &[("depersonalized", ())];

/// Events that can be named without quotes, with their words in the text.
pub const EVENTS: Vocabulary<&'static str> = &[
    ("collection", "collection"),
    ("last_use", "the last use"),
    ("account_closure", "the closure of the account"),
    ("end_of_contract", "the end of the contract"),
];

/// Units of a duration, singular and plural.
pub const TIME_UNITS: Vocabulary<TimeUnit> = &[
    ("day", TimeUnit::Day),
    ("days", TimeUnit::Day),
    ("week", TimeUnit::Week),
    ("weeks", TimeUnit::Week),
    ("month", TimeUnit::Month),
    ("months", TimeUnit::Month),
    ("year", TimeUnit::Year),
    ("years", TimeUnit::Year),
];

/// The keyword of a model value, for messages and for the text.
pub fn keyword_of<T: PartialEq>(vocabulary: Vocabulary<T>, value: &T) -> &'static str {
    vocabulary
        .iter()
        .find(|(_, v)| v == value)
        .map_or("", |(k, _)| k)
}

/// Keywords with their model values, as the checker looks them up: a
/// [`Vocabulary`] listed here or a [`Set`] declared in [`crate::vocab`].
pub trait Keywords<T> {
    /// The value written as `keyword`, if there is one.
    fn lookup(&self, keyword: &str) -> Option<T>;
    /// Every keyword, in the order help lists them.
    fn words(&self) -> Vec<&'static str>;
}

impl<T: Copy> Keywords<T> for [(&'static str, T)] {
    fn lookup(&self, keyword: &str) -> Option<T> {
        self.iter().find(|(k, _)| *k == keyword).map(|(_, v)| *v)
    }

    fn words(&self) -> Vec<&'static str> {
        self.iter().map(|(k, _)| *k).collect()
    }
}

impl<T: Copy> Keywords<T> for Set<T> {
    fn lookup(&self, keyword: &str) -> Option<T> {
        self.find(keyword).map(|v| v.value)
    }

    fn words(&self) -> Vec<&'static str> {
        self.keywords().collect()
    }
}

/// Looks a keyword up; reports it with a suggestion when it is not in the
/// vocabulary. `what` names the vocabulary in the message ("source").
pub fn resolve<T: Copy>(
    name: &Name,
    vocabulary: &(impl Keywords<T> + ?Sized),
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    if let Some(value) = vocabulary.lookup(&name.text) {
        return Some(value);
    }
    let words = vocabulary.words();
    diags.push(
        Diagnostic::error(
            Code::UnknownKeyword,
            name.span,
            format!("unknown {what} `{}`", name.text),
        )
        .label("not one of the accepted values")
        .maybe_help(suggest::did_you_mean(&name.text, &words)),
    );
    None
}

/// Looks up a value of a set declared in [`crate::vocab`], named in the
/// message by the set's own name.
pub fn resolve_in<T: Copy>(name: &Name, set: &Set<T>, diags: &mut Vec<Diagnostic>) -> Option<T> {
    resolve(name, set, set.name, diags)
}
