//! The runtime part of US state privacy law (issue 14, item 1): the rule
//! table carries what a recipient's disclosure is, which uses of sensitive
//! information the user's limit stops and the policy's GPC stance, and
//! `policyc test`, `policyc query` and the conformance vectors decide the
//! user's choices (`opt_out:sale`, `opt_out:share`, `limit:sensitive`,
//! `gpc`) with their own codes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use policy_runtime::{DecisionCode, Disclosure, RuleTable, Rules, Stance};
use policyc::codes::Code;
use policyc::targets::conformance;
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/us_runtime/shop.policy";

fn source() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).unwrap()
}

fn table_of(source: &str) -> RuleTable {
    let checked = policyc::check_source(source);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    policyc::rules::table(checked.policy.as_ref().unwrap())
}

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

#[test]
fn the_table_carries_disclosures_limitable_uses_and_the_gpc_stance() {
    let table = table_of(&source());
    assert_eq!(table.gpc, Some(Stance::Honoured));
    let disclosed = |id: &str| {
        table
            .recipients
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.disclosed_as.clone())
            .unwrap()
    };
    assert_eq!(disclosed("broker"), [Disclosure::Sale]);
    assert_eq!(disclosed("ad_network"), [Disclosure::Share]);
    assert!(disclosed("carrier").is_empty());
    let limitable: Vec<(&str, &str)> = table
        .uses
        .iter()
        .filter(|u| u.limitable)
        .map(|u| (u.data.as_str(), u.purpose.as_str()))
        .collect();
    // sensitive location on consent; on contract it is a permitted use
    assert_eq!(limitable, [("location", "offers")]);
    // the streamed bytes are the table's
    let checked = policyc::check_source(&source());
    let streamed = policyc::rules::Streamed::new(checked.policy.as_ref().unwrap());
    assert_eq!(
        serde_json::to_vec(&streamed).unwrap(),
        serde_json::to_vec(&table).unwrap()
    );
}

#[test]
fn the_fixtures_test_block_holds_and_fails_when_gpc_is_ignored() {
    let output = policyc().args(["test", FIXTURE]).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("11 expectations, all hold"), "{stdout}");

    // Under the CCPA a business that sells may not ignore GPC: E0342.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ignored.policy");
    let ignored = source().replacen("gpc        honoured", "gpc        ignored", 1);
    std::fs::write(&path, &ignored).unwrap();
    let output = policyc()
        .args(["test", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("error[E0342]"), "{stderr}");

    // the same block on a policy under the other US states' laws, which
    // ignores GPC: its denials by `gpc` fail
    let ignored = ignored.replacen("regimes    ccpa", "regimes    us_state_laws", 1);
    assert!(ignored.contains("regimes    us_state_laws"));
    std::fs::write(&path, ignored).unwrap();
    let output = policyc()
        .args(["test", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("given consent:broker, gpc should be denied, but it is allowed"),
        "{stderr}"
    );
    assert!(stderr.contains("11 expectations: 2 failed"), "{stderr}");
}

#[test]
fn query_names_the_choice_that_denied() {
    let output = policyc()
        .args([
            "query",
            FIXTURE,
            "transfer",
            "browsing",
            "ad_network",
            "--fact",
            "consent:ad_network",
            "--fact",
            "gpc",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let decision: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(decision["allowed"], false, "{decision}");
    assert_eq!(decision["code"], "opted_out_of_sharing", "{decision}");
    assert_eq!(
        decision["facts"],
        serde_json::json!(["gpc", "consent:ad_network"])
    );
    let output = policyc()
        .args([
            "query",
            FIXTURE,
            "use",
            "location",
            "offers",
            "--fact",
            "consent:offers",
            "--fact",
            "limit:sensitive",
        ])
        .output()
        .unwrap();
    let decision: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(decision["code"], "limited_sensitive", "{decision}");
}

#[test]
fn a_misspelt_choice_in_a_test_block_is_w0110_with_the_right_name() {
    let source = source().replacen(
        "given consent:broker, opt_out:sale\n",
        "given consent:broker, opt_out:sael\n",
        1,
    );
    let checked = policyc::check_source(&source);
    let found: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownFact)
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", checked.diagnostics);
    assert!(
        format!("{:?}", found[0]).contains("did you mean `opt_out:sale`?"),
        "{:?}",
        found[0]
    );
}

#[test]
fn the_vectors_of_the_fixture_decide_every_choice() {
    let table = table_of(&source());
    let rules = Rules::from_table(table.clone()).unwrap();
    let codes: BTreeSet<conformance::Code> = conformance::sample(&table)
        .iter()
        .map(|q| q.decide(&rules).code)
        .collect();
    for code in [
        DecisionCode::OptedOutOfSale,
        DecisionCode::OptedOutOfSharing,
        DecisionCode::LimitedSensitive,
    ] {
        assert!(
            codes.contains(&conformance::Code::Decision(code)),
            "{code}: {codes:?}"
        );
        assert!(conformance::DECIDED.contains(&code));
    }
    // GPC is among the facts enumerated for a transfer that is a sale
    assert!(conformance::exhaustive(&table).iter().any(|q| matches!(
        q,
        conformance::Query::Transfer { recipient, facts, .. }
            if recipient == "broker" && facts == &["consent:broker", "gpc"]
    )));
}

#[test]
fn the_readmes_expectations_are_the_fixtures() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block = readme
        .split("test \"the user's choices\" {\n")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .expect("the README's test block");
    let fixture = source();
    for line in block.lines() {
        assert!(fixture.contains(&format!("{line}\n")), "{line}");
    }
    // each code the README names is the runtime's
    for code in [
        DecisionCode::OptedOutOfSale,
        DecisionCode::OptedOutOfSharing,
        DecisionCode::LimitedSensitive,
    ] {
        assert!(readme.contains(&format!("`{}`", code.as_str())), "{code}");
    }
}
