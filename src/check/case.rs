//! Ids of one kind that differ only by case (E0111): `account` and
//! `Account` are two ids that nobody reading the policy, or a service
//! asking its table, can tell apart.
//!
//! Ids are ASCII, and nearly all are lowercase, so only the ids with an
//! uppercase letter are kept here (by their lowercase form); an id without
//! one is found among the exact ids its kind already indexes. No second
//! copy of the bulk of the ids is made.

use hashbrown::HashMap;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// The ids of one kind that have an uppercase letter, by lowercase form,
/// with the id as written and where.
#[derive(Debug, Default)]
pub struct CaseFold {
    folded: HashMap<String, (String, Span)>,
}

impl CaseFold {
    /// Records `id`, new to its kind, and reports it if an earlier id of
    /// the kind differs from it only by case. `exact` finds an earlier id
    /// of the kind written exactly as given.
    pub fn check(
        &mut self,
        kind: &str,
        id: &str,
        span: Span,
        exact: impl Fn(&str) -> Option<Span>,
    ) -> Option<Diagnostic> {
        if !id.bytes().any(|b| b.is_ascii_uppercase()) {
            if self.folded.is_empty() {
                // The usual case: no id of the kind has an uppercase
                // letter, so nothing to hash.
                return None;
            }
            let (first, at) = self.folded.get(id)?;
            return Some(clash(kind, id, span, first, *at));
        }
        let lower = id.to_ascii_lowercase();
        if let Some(at) = exact(&lower) {
            return Some(clash(kind, id, span, &lower, at));
        }
        if let Some((first, at)) = self.folded.get(&lower) {
            return Some(clash(kind, id, span, first, *at));
        }
        self.folded.insert(lower, (id.to_owned(), span));
        None
    }
}

fn clash(kind: &str, id: &str, span: Span, first: &str, at: Span) -> Diagnostic {
    Diagnostic::new(
        Code::CaseOnlyDifference,
        span,
        format!("the {kind} `{id}` differs from `{first}` only by case"),
    )
    .label("differs only by case")
    .note(at, format!("`{first}` declared here"))
    .help(format!(
        "give one of them an id that differs in more than case, or merge them into one {kind}; ids are usually lowercase"
    ))
}

#[cfg(test)]
#[expect(clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    fn run(ids: &[&str]) -> Vec<String> {
        let mut fold = CaseFold::default();
        let mut seen: Vec<(String, Span)> = Vec::new();
        let mut found = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let span = Span::new(i, i + 1);
            let exact = |text: &str| seen.iter().find(|(s, _)| s == text).map(|(_, at)| *at);
            if let Some(d) = fold.check("purpose", id, span, exact) {
                found.push(d.message);
            }
            seen.push(((*id).to_owned(), span));
        }
        found
    }

    #[test]
    fn reports_the_second_of_each_pair_in_either_order() {
        assert_eq!(
            run(&["account", "Account"]),
            ["the purpose `Account` differs from `account` only by case"]
        );
        assert_eq!(
            run(&["Account", "account"]),
            ["the purpose `account` differs from `Account` only by case"]
        );
        assert_eq!(run(&["Account", "ACCOUNT"]).len(), 1);
        assert_eq!(run(&["a", "A", "b", "B"]).len(), 2);
    }

    #[test]
    fn distinct_ids_pass() {
        assert!(run(&["account", "accounts", "Profile", "profile_x", "A1", "a2"]).is_empty());
        assert!(run(&["a.b", "a.c", "A.d"]).is_empty());
        assert_eq!(
            run(&["a.b", "A.B"])[0],
            "the purpose `A.B` differs from `a.b` only by case"
        );
    }
}
