//! `policyc explain CODE`: the long explanation of a diagnostic or of a
//! kind of change (`policyc explain RETENTION_EXTENDED`), or the
//! description of a keyword value in each closed set that has it (`policyc
//! explain WORD`, from [`crate::vocab::describe`]).

use super::{Output, stdout_line, stdout_text};
use crate::codes::Code;
use crate::diff::ChangeKind;
use crate::driver::Outcome;
use crate::suggest;
use crate::vocab;

/// Prints the explanation of `code`, or lists every code and change kind.
pub fn run(code: Option<&str>, out: &mut Output) -> Outcome {
    let Some(text) = code else {
        for code in Code::ALL {
            stdout_line(&format!("{}  {}", code.as_str(), code.summary()));
        }
        list_kinds();
        return Outcome::Clean;
    };
    match Code::parse(text) {
        Some(code) => {
            stdout_text(code.explanation());
            Outcome::Clean
        }
        None if print_kind(text) => Outcome::Clean,
        None if print_keyword(text) => Outcome::Clean,
        None if print_fides_key(text) => Outcome::Clean,
        None => {
            let hint = nearest(text).map_or_else(
                || "run `policyc explain` to list every code and change kind".to_owned(),
                |c| format!("did you mean `{c}`?"),
            );
            out.error_line(&format!(
                "no diagnostic code, change kind or keyword is named `{text}`; {hint}"
            ));
            Outcome::Usage
        }
    }
}

/// The code, change kind or keyword closest to `text`, if one is close:
/// codes and kinds are upper case, keywords lower case.
fn nearest(text: &str) -> Option<&'static str> {
    let codes = Code::ALL.iter().map(|c| c.as_str());
    let kinds = ChangeKind::ALL.iter().map(|k| k.id());
    suggest::closest(&text.to_ascii_uppercase(), codes.chain(kinds))
        .or_else(|| suggest::closest(&text.to_ascii_lowercase(), vocab::every_word()))
}

/// Describes `keyword` in each closed set that has it; false when none has.
fn print_keyword(keyword: &str) -> bool {
    let found = vocab::describe(keyword);
    for (set, about) in &found {
        stdout_line(&format!("{keyword} ({set}): {about}"));
    }
    !found.is_empty()
}

/// Prints the explanation of the change kind `id`; false when none has it.
/// A key of fideslang's default taxonomy, which `fides "KEY"` maps to.
fn print_fides_key(key: &str) -> bool {
    use crate::fides::taxonomy::{FIDESLANG_VERSION, Taxonomy};
    let mut found = false;
    for of in [Taxonomy::DataCategories, Taxonomy::DataUses] {
        if let Some(name) = of.name(key) {
            let (what, _) = of.words();
            stdout_line(&format!(
                "{key} (Fides {what}, fideslang {FIDESLANG_VERSION}): {name}"
            ));
            found = true;
        }
    }
    found
}

fn print_kind(id: &str) -> bool {
    let kind = ChangeKind::parse(id);
    if let Some(kind) = kind {
        stdout_text(kind.explanation());
    }
    kind.is_some()
}

/// Lists every kind of change with its class and meaning.
fn list_kinds() {
    for kind in ChangeKind::ALL {
        stdout_line(&format!(
            "{}  {}: {}",
            kind.id(),
            kind.class().as_str(),
            kind.about()
        ));
    }
}
