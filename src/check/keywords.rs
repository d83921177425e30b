//! Keyword look-up: a keyword value such as `source user` or `basis
//! consent` resolved in its closed set, declared in [`crate::vocab`], with
//! "did you mean" when it is not there.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::suggest;
use crate::syntax::ast::Name;
use crate::vocab::{self, Restriction, Set};

/// `only`: what a purpose may be restricted to.
pub const RESTRICTIONS: &Set<Restriction> = &vocab::RESTRICTIONS;

/// Looks a keyword up in `set` (a time unit by its singular or plural);
/// reports it with a suggestion when it is not there. `what` names the
/// set in the message ("restriction").
pub fn resolve<T: Copy>(
    name: &Name,
    set: &Set<T>,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    if let Some(value) = set.find_word(&name.text) {
        return Some(value.value);
    }
    diags.push(
        Diagnostic::new(
            Code::UnknownKeyword,
            name.span,
            format!("unknown {what} `{}`", name.text),
        )
        .label("not one of the accepted values")
        .maybe_help(suggest::did_you_mean(&name.text, &set.words())),
    );
    None
}

/// Looks up a value of a set, named in the message by the set's own name.
pub fn resolve_in<T: Copy>(name: &Name, set: &Set<T>, diags: &mut Vec<Diagnostic>) -> Option<T> {
    resolve(name, set, set.name, diags)
}
