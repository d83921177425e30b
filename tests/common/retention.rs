//! The small policy the retention tests vary by its `retain` line, and
//! that policy checked into its codes, its model and its rule table.

use policy_runtime::Rules;
use policyc::codes::Code;
use policyc::diff::ChangeKind;
use policyc::model::Policy;

/// A small policy whose `account` is kept as `retain` says.
pub fn policy(retain: &str) -> String {
    format!(
        r#"policy shop {{
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Shop Ltd" {{
    service "Shop"
    address "1 Example Street, Dublin 2, Ireland"
    country "Ireland"
    dpo     "dpo@shop.example"
  }}
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  regimes    gdpr
}}

data account "Account details" {{
  source   user
  identity identified
  required by contract "the account cannot be opened"
}}

purpose service "Providing the Shop" {{
  uses  account
  basis contract
}}

{retain}

right complaint {{ via "the data protection authority" }}

commit no_automated_decisions
"#
    )
}

/// The codes the small policy with `retain` is reported with.
pub fn codes(retain: &str) -> Vec<Code> {
    policyc::check_source(&policy(retain))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

/// The model of a source that must have no error.
pub fn model_of(source: &str) -> Policy {
    let checked = policyc::check_source(source);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.unwrap()
}

/// The model of the small policy with `retain`.
pub fn model(retain: &str) -> Policy {
    model_of(&policy(retain))
}

/// The runtime's rules loaded from the small policy's table.
pub fn rules(retain: &str) -> Rules {
    Rules::from_table(policyc::rules::table(&model(retain))).unwrap()
}

/// The kinds of the diff's changes from `old` to `new`.
pub fn change_kinds(old: &Policy, new: &Policy) -> Vec<ChangeKind> {
    policyc::diff::diff(old, new)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect()
}

/// The kinds of the diff's changes from the small policy with `old` to
/// the one with `new`.
pub fn kinds(old: &str, new: &str) -> Vec<ChangeKind> {
    change_kinds(&model(old), &model(new))
}
