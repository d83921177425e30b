//! `policyc explain CODE`: the long explanation of a diagnostic, or the
//! description of a keyword value (`policyc explain business_transfer`).

use super::Output;
use crate::codes::Code;
use crate::driver::Outcome;
use crate::suggest;
use crate::vocab;

/// Prints the explanation of `code`, or lists every code.
pub fn run(code: Option<&str>, out: &mut Output) -> Outcome {
    let Some(text) = code else {
        for code in Code::ALL {
            println!("{}  {}", code.as_str(), code.summary());
        }
        return Outcome::Clean;
    };
    match Code::parse(text) {
        Some(code) => {
            print!("{}", code.explanation());
            Outcome::Clean
        }
        None if print_keyword(text) => Outcome::Clean,
        None => {
            let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
            let upper = text.to_ascii_uppercase();
            let hint = suggest::closest(&upper, all.iter().copied()).map_or_else(
                || "run `policyc explain` to list every code".to_owned(),
                |c| format!("did you mean `{c}`?"),
            );
            out.error_line(&format!("no diagnostic has the code `{text}`; {hint}"));
            Outcome::Usage
        }
    }
}

/// Describes `keyword` in each closed set that has it; false when none has.
fn print_keyword(keyword: &str) -> bool {
    let found = vocab::describe(keyword);
    for (set, about) in &found {
        println!("{keyword} ({set}): {about}");
    }
    !found.is_empty()
}
