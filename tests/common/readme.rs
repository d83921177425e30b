//! The README's sections, for the tests that hold a construct's section to
//! what the language does.

use std::path::Path;

/// The README's text from the heading `start` up to the next `end` (a
/// heading written with its leading newline).
pub fn section(start: &str, end: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let from = readme.find(start).unwrap();
    let to = from + readme[from..].find(end).unwrap();
    readme[from..to].to_owned()
}

/// The first ```` ```policy ```` block of `section`, without its fences.
pub fn first_policy_block(section: &str) -> &str {
    section
        .split("```policy\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap()
}
