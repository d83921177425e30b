//! Fides: the `fides "KEY"` mapping of a data category (checked against
//! fideslang's default taxonomy, left out of the text, compared by the
//! diff, kept by fmt).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;
use policyc::diff::{self, ChangeKind, Class};
use policyc::model::Policy;

const HEADER: &str = r#"policy example {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
}
right complaint { via "the data protection authority" }
purpose service "Providing the service" {
  uses  account
  basis contract
}
retain account for 1 year from collection
"#;

/// The header, then an `account` category with `email` below it, mapped as
/// `fides` says.
fn policy_with(account: &str, email: &str) -> String {
    format!(
        "{HEADER}data account \"Account\" {{\n  source user\n{account}}}\n\
         data account.email \"E-mail address\" {{\n  required\n{email}}}\n"
    )
}

fn checked(source: &str) -> Policy {
    let checked = policyc::check_source(source);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.expect("a model")
}

fn category<'a>(policy: &'a Policy, id: &str) -> &'a policyc::model::DataCategory {
    policy
        .data
        .iter()
        .find(|d| d.id == id)
        .expect("the category")
}

#[test]
fn a_mapping_is_the_categorys_own_and_not_inherited() {
    let policy = checked(&policy_with("  fides \"user.account\"\n", ""));
    assert_eq!(
        category(&policy, "account").fides.as_deref(),
        Some("user.account")
    );
    assert_eq!(category(&policy, "account.email").fides, None);
}

#[test]
fn a_key_outside_the_taxonomy_is_e0880_with_the_closest_key() {
    let checked = policyc::check_source(&policy_with("", "  fides \"user.contact.mail\"\n"));
    let e0880: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::FidesKeyUnknown)
        .collect();
    assert_eq!(e0880.len(), 1, "{:#?}", checked.diagnostics);
    assert_eq!(
        e0880[0].help.as_deref(),
        Some("did you mean `user.contact.email`?")
    );
    assert!(checked.policy.is_none());
}

#[test]
fn a_purpose_maps_to_a_data_use_and_nothing_else() {
    let source = policy_with("", "").replace(
        "  basis contract\n",
        "  basis contract\n  fides \"essential.service\"\n",
    );
    let policy = checked(&source);
    assert_eq!(
        policy.purposes[0].fides.as_deref(),
        Some("essential.service")
    );
    let wrong = source.replace("essential.service", "user.account");
    let checked = policyc::check_source(&wrong);
    let e0880 = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::FidesKeyUnknown)
        .expect("E0880");
    assert_eq!(
        e0880.message,
        "`user.account` is not a data use of fideslang's default taxonomy"
    );
}

#[test]
fn a_mapping_given_twice_is_a_duplicate_property() {
    let twice = "  fides \"user.account\"\n  fides \"user.account\"\n";
    let checked = policyc::check_source(&policy_with(twice, ""));
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == Code::DuplicateProperty)
    );
}

#[test]
fn the_mapping_changes_neither_the_text_nor_the_rule_table() {
    let plain = checked(&policy_with("", ""));
    let mapped = checked(&policy_with(
        "  fides \"user.account\"\n",
        "  fides \"user.contact.email\"\n",
    ));
    assert_eq!(
        policyc::render::markdown(&plain),
        policyc::render::markdown(&mapped)
    );
    assert_eq!(
        policyc::render::html(&plain),
        policyc::render::html(&mapped)
    );
    let table = |p: &Policy| serde_json::to_string(&policyc::rules::table(p)).unwrap();
    assert_eq!(table(&plain), table(&mapped));
}

#[test]
fn the_diff_reports_a_changed_mapping_as_editorial() {
    let old = checked(&policy_with("", "  fides \"user.contact\"\n"));
    let new = checked(&policy_with("", "  fides \"user.contact.email\"\n"));
    let changes = diff::diff(&old, &new);
    let kinds: Vec<_> = changes.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::DataFidesChanged]);
    assert_eq!(changes.class(), Some(Class::Editorial));
    let change = &changes.changes[0];
    assert_eq!(change.subject, "account.email");
    assert_eq!(change.aspect.as_deref(), Some("fides"));
}

#[test]
fn the_diff_reports_a_purposes_changed_data_use_as_editorial() {
    let with = |key: &str| {
        policy_with("", "").replace("  basis contract\n", &format!("  basis contract\n{key}"))
    };
    let old = checked(&with(""));
    let new = checked(&with("  fides \"essential.service\"\n"));
    let changes = diff::diff(&old, &new);
    let kinds: Vec<_> = changes.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::PurposeFidesChanged]);
    assert_eq!(changes.class(), Some(Class::Editorial));
}

#[test]
fn fmt_puts_the_mapping_last_in_its_block() {
    let source = "data account \"Account\" {\n  fides \"user.account\"\n  source user\n}\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert_eq!(
        formatted,
        "data account \"Account\" {\n  source user\n  fides  \"user.account\"\n}\n"
    );
}
