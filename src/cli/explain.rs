//! `policyc explain CODE`: the long explanation of a diagnostic.

use super::{EXIT_OK, EXIT_USAGE, Output};
use crate::codes::Code;
use crate::suggest;

/// Prints the explanation of `code`, or lists every code.
pub fn run(code: Option<&str>, out: &mut Output) -> u8 {
    let Some(text) = code else {
        for code in Code::ALL {
            println!("{}  {}", code.as_str(), code.summary());
        }
        return EXIT_OK;
    };
    match Code::parse(text) {
        Some(code) => {
            print!("{}", code.explanation());
            EXIT_OK
        }
        None => {
            let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
            let upper = text.to_ascii_uppercase();
            let hint = suggest::closest(&upper, all.iter().copied()).map_or_else(
                || "run `policyc explain` to list every code".to_owned(),
                |c| format!("did you mean `{c}`?"),
            );
            out.error_line(&format!("no diagnostic has the code `{text}`; {hint}"));
            EXIT_USAGE
        }
    }
}
