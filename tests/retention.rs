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

#[path = "common/retention.rs"]
mod retention_policy;

use policy_runtime::{Date, Deadline, Event, RetentionRule};
use policyc::codes::Code;
use policyc::diff::{ChangeKind, Class};
use policyc::model::Policy;
use retention_policy::{codes, kinds, model, policy, rules};

const FIRST: &str =
    "retain account for 1 month from collection or until account_closure, whichever comes first";
const LAST: &str =
    "retain account for 1 month from collection or until account_closure, whichever comes last";

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

// ------------------------------------------ the end of retention, backups

const ANONYMISED: &str =
    "retain account for 1 month from collection then anonymise backups for 35 days";
const DELETED: &str = "retain account for 1 month from collection then delete backups for 3 months";

#[test]
fn the_text_says_what_happens_at_the_end_and_how_long_backups_remain() {
    let text = policyc::render::plain_text(&model(ANONYMISED));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "The following information is kept for 1 month from collection, then anonymised: Account details. Copies of this information in backups are kept for up to 35 days longer."
        ),
        "{text}"
    );
    let deleted = policyc::render::markdown(&model(DELETED));
    assert!(
        deleted.contains("then deleted: Account details."),
        "{deleted}"
    );
    assert!(deleted.contains("for up to 3 months longer."), "{deleted}");
    let plain = policyc::render::markdown(&model("retain account for 1 month from collection"));
    assert!(
        !plain.contains("then deleted") && !plain.contains("backups"),
        "{plain}"
    );
}

#[test]
fn anonymising_anonymous_data_is_e0331() {
    let source = policy(ANONYMISED).replace(
        "identity identified",
        "identity anonymous\n  anonymised_by \"counted per day\"",
    );
    let checked = policyc::check_source(&source);
    let found: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert!(found.contains(&Code::AnonymiseAnonymousData), "{found:?}");
    let deleted = policyc::check_source(&source.replace("then anonymise", "then delete"));
    assert!(
        deleted
            .diagnostics
            .iter()
            .all(|d| d.code != Code::AnonymiseAnonymousData)
    );
    assert!(codes(ANONYMISED).is_empty(), "{:?}", codes(ANONYMISED));
}

#[test]
fn an_unknown_end_is_refused_with_the_words_it_may_be() {
    let checked = policyc::check_source(&policy(
        "retain account for 1 month from collection then anonymize",
    ));
    assert!(checked.has_errors());
    let said = format!("{:?}", checked.diagnostics);
    assert!(said.contains("anonymise"), "{said}");
}

#[test]
fn the_table_carries_anonymise_and_backups_and_leaves_delete_out() {
    let anonymised = policyc::rules::table(&model(ANONYMISED));
    assert_eq!(
        anonymised.data[0].retention_end,
        Some(policy_runtime::RetentionEnd::Anonymise)
    );
    let backups = Some(policy_runtime::Backups {
        amount: 35,
        unit: policy_runtime::TimeUnit::Day,
    });
    assert_eq!(anonymised.data[0].backups, backups);
    assert_eq!(anonymised.uses[0].backups, backups);
    let json = serde_json::to_string(&anonymised).unwrap();
    assert!(
        json.contains(r#""retention_end":"anonymise","backups":{"amount":35,"unit":"day"}"#),
        "{json}"
    );
    // Deletion is how a table without an end is read: written, it would
    // change the digest of every table built before ends were.
    let deleted = serde_json::to_string(&policyc::rules::table(&model(DELETED))).unwrap();
    assert!(!deleted.contains("retention_end"), "{deleted}");
    let plain = serde_json::to_string(&policyc::rules::table(&model(LAST))).unwrap();
    assert!(!plain.contains("retention_end") && !plain.contains("backups"));
}

#[test]
fn the_runtime_says_the_end_and_when_backups_are_gone() {
    let collected = [(Event::Collection, date("2028-01-31"))];
    let anonymised = rules(ANONYMISED);
    assert_eq!(
        anonymised.deadline("account", None, &collected),
        Deadline::On {
            date: date("2028-02-29")
        }
    );
    assert_eq!(
        anonymised.backup_deadline("account", Some("service"), &collected),
        Deadline::On {
            date: date("2028-04-04")
        }
    );
    assert_eq!(
        anonymised.retention_end("account", None),
        Some(policy_runtime::RetentionEnd::Anonymise)
    );
    let plain = rules("retain account for 1 month from collection");
    assert_eq!(
        plain.retention_end("account", Some("service")),
        Some(policy_runtime::RetentionEnd::Delete)
    );
    // No backups period: the copies are stated to go with the data.
    assert_eq!(
        plain.backup_deadline("account", None, &collected),
        plain.deadline("account", None, &collected)
    );
    assert_eq!(plain.retention_end("nope", None), None);
    assert_eq!(
        plain.backup_deadline("nope", None, &collected),
        Deadline::Unknown
    );
}

#[test]
fn ends_and_backups_are_classed_by_the_diff() {
    let plain = "retain account for 1 month from collection";
    assert_eq!(
        kinds(DELETED, ANONYMISED),
        [
            ChangeKind::RetentionEndAnonymised,
            ChangeKind::BackupsShortened
        ]
    );
    assert_eq!(
        kinds(ANONYMISED, DELETED),
        [ChangeKind::RetentionEndDeleted, ChangeKind::BackupsExtended]
    );
    assert_eq!(ChangeKind::RetentionEndAnonymised.class(), Class::Expanding);
    assert_eq!(ChangeKind::BackupsExtended.class(), Class::Expanding);
    assert_eq!(ChangeKind::RetentionEndDeleted.class(), Class::Narrowing);
    assert_eq!(ChangeKind::BackupsShortened.class(), Class::Narrowing);
    // No end stated is deletion, as the table reads it: only the wording
    // changed.
    let restated = policyc::diff::diff(
        &model(plain),
        &model("retain account for 1 month from collection then delete"),
    );
    assert!(
        restated
            .changes
            .iter()
            .all(|c| c.kind.class() == Class::Editorial),
        "{:?}",
        restated.changes
    );
    assert_eq!(
        kinds(
            plain,
            "retain account for 1 month from collection backups for 1 week"
        ),
        [ChangeKind::BackupsExtended]
    );
}

#[test]
fn fmt_breaks_a_long_retention_before_its_end_and_its_backups() {
    let long = "retain account until \"the User removes it from the Service\" or until \"the User asks us in writing to remove every last copy of it\", whichever comes first then anonymise backups for 35 days";
    let formatted = policyc::fmt::format(&policy(long)).unwrap();
    assert!(
        formatted.contains(
            "\n  or until \"the User asks us in writing to remove every last copy of it\", whichever comes first\n  then anonymise backups for 35 days\n"
        ),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
    let short = policyc::fmt::format(&policy(ANONYMISED)).unwrap();
    assert!(short.contains(&format!("\n{ANONYMISED}\n")), "{short}");
}
