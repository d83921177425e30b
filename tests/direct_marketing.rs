//! Direct marketing on consent, end to end (issue 18): the text says the
//! user can object at any time and the data is then no longer used for
//! the purpose (GDPR Art. 21(2) to (4)), so `policyc query` and the
//! policy's own test blocks deny the use once the user objected, consent
//! or not (`tests/fixtures/marketing/newsletter.policy`); and a tracker
//! serving the purpose is denied with it, even one that serves another
//! purpose too.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use assert_cmd::Command;
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/marketing/newsletter.policy";

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    cmd
}

/// What `policyc query` answers on the fixture to `question` (the words
/// after the file), given `facts`.
fn ask(question: &[&str], facts: &[&str]) -> Value {
    let mut cmd = policyc();
    cmd.args(["query", FIXTURE]).args(question);
    for fact in facts {
        cmd.args(["--fact", fact]);
    }
    let output = cmd.output().unwrap();
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)))
}

fn query(purpose: &str, facts: &[&str]) -> Value {
    ask(&["use", "account", purpose], facts)
}

fn query_tracker(facts: &[&str]) -> Value {
    ask(&["tracker", "open_pixel"], facts)
}

#[test]
fn query_denies_an_objected_direct_marketing_use_on_consent() {
    let allowed = query("news", &["consent:news"]);
    assert_eq!(allowed["code"], "allowed", "{allowed}");
    let denied = query("news", &["consent:news", "objection:news"]);
    assert_eq!(denied["allowed"], false, "{denied}");
    assert_eq!(denied["code"], "objected", "{denied}");
    assert_eq!(
        denied["reason"],
        "denied: the user objected to `news` (fact `objection:news`), which rests on consent"
    );
    assert_eq!(denied["facts"], serde_json::json!(["objection:news"]));
    // A purpose that is not direct marketing is not stopped by it.
    assert_eq!(query("orders", &["objection:news"])["code"], "allowed");
}

#[test]
fn the_policys_test_blocks_hold() {
    let output = policyc()
        .args(["test", "--color", "never", FIXTURE])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(
        stdout.contains("2 tests, 9 expectations, all hold"),
        "{stdout}"
    );
}

#[test]
fn the_fixture_checks_clean_and_its_table_marks_the_purposes() {
    let source =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE))
            .unwrap();
    let checked = policyc::check_source(&source);
    assert_eq!(checked.diagnostics, [], "{:#?}", checked.diagnostics);
    let table = policyc::rules::table(checked.policy.as_ref().unwrap());
    let marketing: Vec<&str> = table
        .purposes
        .iter()
        .filter(|p| p.direct_marketing)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(marketing, ["news", "offers"]);
    let json = serde_json::to_string(&table).unwrap();
    assert_eq!(json.matches("\"direct_marketing\":true").count(), 2);
    assert!(!json.contains("\"direct_marketing\":false"));
}

#[test]
fn an_objection_to_direct_marketing_stops_a_tracker_serving_it_and_another() {
    let allowed = query_tracker(&["consent:opens", "consent:news"]);
    assert_eq!(allowed["code"], "allowed", "{allowed}");
    let objected = query_tracker(&["consent:opens", "consent:news", "objection:news"]);
    assert_eq!(objected["allowed"], false, "{objected}");
    assert_eq!(objected["code"], "objected", "{objected}");
    assert_eq!(objected["purpose"], "news", "{objected}");
    assert_eq!(objected["fact"], "objection:news", "{objected}");
    assert_eq!(
        objected["reason"],
        "denied: tracker `open_pixel` serves `news`, to which the user objected (fact `objection:news`)"
    );
    // An objection to the other purpose, on consent and not direct
    // marketing, stops nothing; a misspelt one fails closed.
    let other = query_tracker(&["consent:opens", "consent:news", "objection:opens"]);
    assert_eq!(other["code"], "allowed", "{other}");
    let stray = query_tracker(&["consent:opens", "consent:news", "objection:nwes"]);
    assert_eq!(stray["code"], "unknown_fact", "{stray}");
}
