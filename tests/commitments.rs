//! Commitments: a promise not to sell or not to share data, written only
//! as free text, is a warning (W0380), since neither the checker nor the
//! diff reads it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;

/// A policy that checks clean, with one free-text declaration `FREE`.
const POLICY: &str = r#"policy promises {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
}
data email "E-mail address" { source user identity identified required }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
right complaint { via "the data protection authority" }
FREE
"#;

fn codes(free: &str) -> Vec<Code> {
    policyc::check_source(&POLICY.replace("FREE", free))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn the_policy_without_a_promise_checks_clean() {
    assert_eq!(codes(""), []);
}

#[test]
fn a_promise_in_a_clause_an_obligation_or_a_security_measure_is_a_warning() {
    for free in [
        r#"clause promise in sharing "We never sell your personal data.""#,
        r#"clause promise in sharing "Example never sells notes.""#,
        r#"clause promise in sharing "We Do Not Share it with\n advertisers.""#,
        r#"clause promise in sharing "We don’t sell your data.""#,
        r#"clause promise in sharing "We won't share it.""#,
        r#"clause promise in sharing "Example does not sell data.""#,
        r#"obligation resale "We will not sell what you upload.""#,
        r#"security isolation "Notes are never shared, and we never share keys.""#,
    ] {
        assert_eq!(codes(free), [Code::FreeTextCommitment], "{free}");
    }
}

#[test]
fn only_whole_words_make_a_promise() {
    for free in [
        r#"clause note in sharing "Notes are never shared with advertisers.""#,
        r#"clause note in sharing "We do not sellotape anything.""#,
        r#"clause note in sharing "You may reshare. We never selling.""#,
        r#"clause note in sharing "We sell nothing we do not hold.""#,
    ] {
        assert_eq!(codes(free), [], "{free}");
    }
}

#[test]
fn the_warning_names_the_declaration_the_phrase_and_the_disclosure_to_declare() {
    let text = POLICY.replace(
        "FREE",
        r#"obligation resale "We will not share what you upload.""#,
    );
    let checked = policyc::check_source(&text);
    let [diag] = checked.diagnostics.as_slice() else {
        panic!("{:?}", checked.diagnostics);
    };
    assert!(diag.message.contains("obligation `resale`"), "{diag:?}");
    assert!(diag.message.contains("\"will not share\""), "{diag:?}");
    let help = diag.help.as_deref().unwrap_or_default();
    assert!(help.contains("`disclosed_as share`"), "{diag:?}");
    assert_eq!(
        &text[diag.span.start..diag.span.end],
        "obligation resale \"We will not share what you upload.\""
    );
}
