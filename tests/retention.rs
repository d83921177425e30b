//! Retention rules with defined meaning (issue 14, item 10): alternatives
//! say how they combine, and the check, the text, the rule table, the
//! runtime's deadlines, the diff, fmt and the Fides round trip agree.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::{Date, Deadline, Event, RetentionRule, Rules};
use policyc::codes::Code;
use policyc::diff::{ChangeKind, Class};
use policyc::model::Policy;

/// A small policy whose `account` is kept as `retain` says.
fn policy(retain: &str) -> String {
    format!(
        r#"policy shop {{
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Shop Ltd" {{
    service "Shop"
  }}
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  regimes    gdpr
}}

data account "Account details" {{
  source   user
  identity identified
  required
}}

purpose service "Providing the Shop" {{
  uses  account
  basis contract
}}

{retain}

right complaint {{ via "the data protection authority" }}
"#
    )
}

const FIRST: &str =
    "retain account for 1 month from collection or until account_closure, whichever comes first";
const LAST: &str =
    "retain account for 1 month from collection or until account_closure, whichever comes last";

fn codes(retain: &str) -> Vec<Code> {
    policyc::check_source(&policy(retain))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

fn model(retain: &str) -> Policy {
    let checked = policyc::check_source(&policy(retain));
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.unwrap()
}

fn rules(retain: &str) -> Rules {
    Rules::from_table(policyc::rules::table(&model(retain))).unwrap()
}

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

#[test]
fn or_without_a_rule_is_e0330_and_a_rule_on_one_period_is_w0330() {
    let bare = "retain account for 1 month from collection or until account_closure";
    assert!(codes(bare).contains(&Code::AlternativesWithoutRule));
    assert!(!codes(FIRST).contains(&Code::AlternativesWithoutRule));
    assert!(!codes(LAST).contains(&Code::AlternativesWithoutRule));
    let single = "retain account for 1 month from collection, whichever comes first";
    assert!(codes(single).contains(&Code::RuleWithoutAlternatives));
    assert!(!codes(FIRST).contains(&Code::RuleWithoutAlternatives));
    // An unknown rule word is a value error with the closest value.
    let typo = policyc::check_source(&policy(
        "retain account for 1 month from collection or until account_closure, whichever comes frist",
    ));
    let unknown = typo
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnknownKeyword)
        .expect("an unknown value");
    assert!(
        unknown.help.as_deref().unwrap_or("").contains("first"),
        "{unknown:#?}"
    );
}

#[test]
fn the_text_says_how_the_alternatives_combine() {
    let text = policyc::render::plain_text(&model(FIRST));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "for 1 month from collection or until the closure of the account, whichever comes first"
        ),
        "{text}"
    );
    let one = policyc::render::markdown(&model("retain account for 1 month from collection"));
    assert!(!one.contains("whichever"), "{one}");
}

#[test]
fn the_table_carries_first_and_leaves_last_out() {
    let first = policyc::rules::table(&model(FIRST));
    assert_eq!(first.data[0].retention_rule, Some(RetentionRule::First));
    assert_eq!(first.uses[0].retention_rule, Some(RetentionRule::First));
    let json = serde_json::to_string(&first).unwrap();
    assert!(json.contains(r#""retention_rule":"first""#));
    // `last` is how a table without a rule is read: written, it would
    // change the digest of every table built before rules.
    let last = policyc::rules::table(&model(LAST));
    assert_eq!(last.data[0].retention_rule, None);
    assert!(
        !serde_json::to_string(&last)
            .unwrap()
            .contains("retention_rule")
    );
}

#[test]
fn the_runtime_deadline_follows_the_rule_at_month_ends() {
    // Collected on 31 January of a leap year: one month is 29 February.
    let collected = (Event::Collection, date("2028-01-31"));
    let closed = (Event::AccountClosure, date("2028-06-30"));
    let first = rules(FIRST);
    assert_eq!(
        first.deadline("account", None, &[collected]),
        Deadline::On {
            date: date("2028-02-29")
        }
    );
    assert_eq!(
        first.deadline("account", Some("service"), &[collected, closed]),
        Deadline::On {
            date: date("2028-02-29")
        }
    );
    let last = rules(LAST);
    assert_eq!(
        last.deadline("account", None, &[collected]),
        Deadline::Pending {
            event: "the closure of the account"
        }
    );
    assert_eq!(
        last.deadline("account", None, &[collected, closed]),
        Deadline::On {
            date: date("2028-06-30")
        }
    );
}

#[test]
fn first_to_last_is_expanding_and_back_is_narrowing() {
    let kinds = |old: &str, new: &str| -> Vec<ChangeKind> {
        policyc::diff::diff(&model(old), &model(new))
            .changes
            .iter()
            .map(|c| c.kind)
            .collect()
    };
    assert_eq!(kinds(FIRST, LAST), [ChangeKind::RetentionRuleLoosened]);
    assert_eq!(ChangeKind::RetentionRuleLoosened.class(), Class::Expanding);
    assert_eq!(kinds(LAST, FIRST), [ChangeKind::RetentionRuleTightened]);
    assert_eq!(ChangeKind::RetentionRuleTightened.class(), Class::Narrowing);
    assert!(kinds(LAST, LAST).is_empty());
}

#[test]
fn an_edition_released_before_rules_reads_as_last() {
    // The model's JSON leaves `last` out, so an edition released before
    // rules (whose `or` meant "the last") reads back equal to one that
    // writes `whichever comes last`, and keeps its bytes.
    let last = model(LAST);
    let json = serde_json::to_string(&last).unwrap();
    assert!(!json.contains("retention_rule") && !json.contains("\"rule\""));
    let read: Policy = serde_json::from_str(&json).unwrap();
    assert_eq!(read, last);
    let first = serde_json::to_string(&model(FIRST)).unwrap();
    assert!(first.contains(r#""retention_rule":"first""#), "{first}");
}

#[test]
fn fmt_keeps_the_rule_with_the_last_period() {
    let long = "retain account until \"the User removes it from the Service and every copy\" or as_required_by_law ,whichever   comes first";
    let formatted = policyc::fmt::format(&policy(long)).unwrap();
    assert!(
        formatted.contains(
            "retain account until \"the User removes it from the Service and every copy\"\n  or as_required_by_law, whichever comes first\n"
        ),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_fides_round_trip_keeps_the_rule() {
    let manifest = policyc::fides::export::manifest(&model(FIRST)).unwrap();
    let retention = manifest.system[0].privacy_declarations[0]
        .retention_period
        .clone()
        .unwrap();
    assert!(
        retention.ends_with(", whichever comes first"),
        "{retention}"
    );
    let yaml = policyc::fides::yaml::to_string(&manifest).unwrap();
    let start = policyc::fides::import::Start {
        effective: policyc::model::Date::parse("2026-12-01").unwrap(),
        is_url: policyc::check::is_url,
    };
    let imported = policyc::fides::import::import(&yaml, start).unwrap();
    assert!(
        imported.policy.contains(", whichever comes first"),
        "{}",
        imported.policy
    );
}
