//! Helpers shared by the tests of the language's constructs (trackers,
//! children, automated decisions): a fixture's text, and a source checked
//! into its model or its codes.

use std::path::Path;

use policyc::codes::Code;
use policyc::model::Policy;

/// The text of a file of the repository, by its path from the root.
pub fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap()
}

/// Parses and checks a source that must have no diagnostic at all.
pub fn policy_of(text: &str) -> Policy {
    let checked = policyc::check_source(text);
    assert!(
        checked.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        checked.diagnostics
    );
    checked.policy.expect("a clean policy has a model")
}

/// The codes a source is reported with.
pub fn codes_of(text: &str) -> Vec<Code> {
    policyc::check_source(text)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}
