//! Audit and operations (issue 19, item 6): reports, load errors, batches,
//! metrics, tenants.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::facts;
use policy_runtime::*;

#[test]
fn a_report_names_the_exact_table_the_deciding_facts_and_the_time() {
    let rules = common::rules();
    let d = rules.decide_use("account", "marketing", &facts(&["consent:marketing", "x"]));
    assert_eq!(d.table.digest, rules.digest());
    assert_eq!(
        d.deciding_facts().collect::<Vec<_>>(),
        ["consent:marketing"]
    );
    let report = d.to_report().at("2026-12-01T10:00:00Z");
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["policy"], "pro_it_privacy");
    assert_eq!(json["policy_version"], "1.1.0");
    assert_eq!(json["digest"], rules.digest());
    assert_eq!(json["facts"], serde_json::json!(["consent:marketing"]));
    assert_eq!(json["at"], "2026-12-01T10:00:00Z");
    let back: DecisionReport = serde_json::from_value(json).unwrap();
    assert_eq!(back, report);

    // A denied transfer names the facts of every ground it considered.
    let d = rules.decide_transfer("account.email", "police", &Facts::new());
    assert_eq!(
        d.deciding_facts().collect::<Vec<_>>(),
        ["legal_request", "rights_violation"]
    );
    // A decision on no condition names none.
    let d = rules.decide_use("account", "billing", &Facts::new());
    assert_eq!(d.deciding_facts().count(), 0);
    assert!(
        serde_json::to_value(d.to_report())
            .unwrap()
            .get("facts")
            .is_none()
    );
}

#[test]
fn load_errors_clone_serialize_and_say_whether_to_retry() {
    let missing = Rules::from_path("/nonexistent/policy-runtime/rules.json").unwrap_err();
    assert!(missing.is_transient());
    let copy = missing.clone();
    assert_eq!(copy.to_string(), missing.to_string());
    let json = serde_json::to_value(&missing).unwrap();
    assert_eq!(json["kind"], "io");
    assert_eq!(json["transient"], true);
    assert_eq!(json["message"], missing.to_string());

    let json = common::sample_json();
    let truncated = Rules::from_slice(&json.as_bytes()[..json.len() / 2]).unwrap_err();
    assert!(truncated.is_transient(), "{truncated}");
    let edited = json.replace("Billing", "Billing!");
    let tampered = Rules::from_slice(edited.as_bytes()).unwrap_err();
    assert!(!tampered.is_transient());
    assert_eq!(
        serde_json::to_value(&tampered).unwrap()["kind"],
        "digest_mismatch"
    );
    let foreign = Rules::from_slice(br#"{"schema": "other"}"#).unwrap_err();
    assert!(!foreign.is_transient());
    assert_eq!(foreign.kind(), "wrong_schema");
}

#[test]
fn a_batch_returns_allowed_and_denied_together() {
    let rules = common::rules();
    let batch = rules.decide_all(
        [
            Request::Use {
                data: "account.email",
                purpose: "marketing",
            },
            Request::Transfer {
                data: "account.email",
                recipient: "cloud",
            },
            Request::Use {
                data: "account",
                purpose: "billing",
            },
        ],
        &facts(&["consent:marketing"]),
    );
    assert!(!batch.all_allowed());
    let allowed: Vec<_> = batch.allowed.iter().map(Decision::data).collect();
    assert_eq!(allowed, ["account.email", "account"]);
    assert_eq!(batch.denied.len(), 1);
    assert_eq!(batch.denied[0].recipient(), Some("cloud"));
}

#[test]
fn metrics_count_decisions_by_code_across_threads() {
    let rules = Arc::new(common::rules());
    let counts = Arc::new(CodeCounts::new());
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let rules = Arc::clone(&rules);
            let counts = Arc::clone(&counts);
            std::thread::spawn(move || {
                for _ in 0..500 {
                    let _ = rules
                        .decide_use("account", "marketing", &Facts::new())
                        .counted(&*counts);
                    let _ = rules
                        .decide_use("account", "billing", &Facts::new())
                        .counted(&*counts);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(counts.get(DecisionCode::ConsentMissing), 1_000);
    assert_eq!(counts.get(DecisionCode::Allowed), 1_000);
    assert_eq!(counts.total(), 2_000);
    assert_eq!(counts.iter().count(), DecisionCode::ALL.len());

    // Any closure is a hook.
    let denied = AtomicUsize::new(0);
    let hook = |d: &Decision<'_>| {
        if !d.allowed {
            denied.fetch_add(1, Ordering::Relaxed);
        }
    };
    let _ = rules
        .decide_use("nope", "billing", &Facts::new())
        .counted(&hook);
    assert_eq!(denied.load(Ordering::Relaxed), 1);
}

#[test]
fn a_registry_serves_each_tenant_its_table() {
    let registry: Registry<String> = Registry::new();
    assert!(registry.is_empty());
    let mut acme = common::sample();
    acme.policy = "acme_shop".into();
    acme.seal();
    registry.insert("pro".to_owned(), SharedRules::new(common::rules()));
    registry.insert(
        "acme".to_owned(),
        SharedRules::new(Rules::from_table(acme).unwrap()),
    );
    assert_eq!(registry.len(), 2);
    assert_eq!(registry.current("acme").unwrap().policy(), "acme_shop");
    assert_eq!(registry.current("pro").unwrap().policy(), "pro_it_privacy");
    assert!(registry.current("other").is_none());
    // A handle swaps one tenant's table without touching the other.
    let handle = registry.clone();
    let mut next = common::sample();
    next.version = "1.2.0".into();
    next.seal();
    handle
        .get("pro")
        .unwrap()
        .replace(Rules::from_table(next).unwrap())
        .unwrap();
    assert_eq!(registry.current("pro").unwrap().version(), "1.2.0");
    assert_eq!(registry.current("acme").unwrap().version(), "1.1.0");
    assert!(registry.remove("acme").is_some());
    assert_eq!(registry.len(), 1);
}

#[test]
fn a_flow_needs_the_use_and_the_transfer() {
    let rules = common::rules();
    let consent = facts(&["consent:marketing"]);
    let flow = rules.decide_flow("account.email", "marketing", "cloud", &consent);
    assert!(!flow.allowed);
    assert!(flow.use_.allowed);
    assert_eq!(flow.denial().unwrap().recipient(), Some("cloud"));
    let both = facts(&["consent:marketing", "consent:cloud"]);
    let flow = rules.decide_flow("account.email", "marketing", "cloud", &both);
    assert!(flow.allowed);
    assert!(flow.denial().is_none());
    let set = rules.resolve_facts(&both);
    let by_ids = rules.decide_flow_ids(
        rules.data_id("account.email").unwrap(),
        rules.purpose_id("marketing").unwrap(),
        rules.recipient_id("cloud").unwrap(),
        &set,
    );
    assert_eq!(by_ids, flow);
    // Without consent to the purpose the use denies first.
    let flow = rules.decide_flow(
        "account.email",
        "marketing",
        "cloud",
        &facts(&["consent:cloud"]),
    );
    assert_eq!(flow.denial().unwrap().code, DecisionCode::ConsentMissing);
}

/// The recipient's kind is in the table and in each transfer decision, so
/// a flow says whether the data goes to a processor.
#[test]
fn transfer_decisions_say_what_the_recipient_is() {
    let mut t = common::sample();
    for r in &mut t.recipients {
        if r.id == "cloud" {
            r.kind = Some(RecipientKind::Processor);
        }
    }
    t.seal();
    let json = serde_json::to_vec(&t).unwrap();
    let rules = Rules::from_slice(&json).unwrap();
    let flow = rules.decide_flow(
        "account.email",
        "marketing",
        "cloud",
        &facts(&["consent:marketing", "consent:cloud"]),
    );
    assert_eq!(flow.transfer.recipient_kind, Some(RecipientKind::Processor));
    assert_eq!(flow.use_.recipient_kind, None);
    let report = serde_json::to_value(flow.transfer.to_report()).unwrap();
    assert_eq!(report["recipient_kind"], "processor");
    // Denied transfers and undeclared ones say it too; a recipient without
    // a kind says nothing.
    let d = rules.decide_transfer("account.email", "cloud", &Facts::new());
    assert_eq!(d.recipient_kind, Some(RecipientKind::Processor));
    let d = rules.decide_transfer("activity_log", "cloud", &Facts::new());
    assert_eq!(d.code, DecisionCode::NotDeclared);
    assert_eq!(d.recipient_kind, Some(RecipientKind::Processor));
    let d = rules.decide_transfer("account.email", "police", &Facts::new());
    assert_eq!(d.recipient_kind, None);
    assert!(
        serde_json::to_value(d.to_report())
            .unwrap()
            .get("recipient_kind")
            .is_none()
    );
}

/// A transfer that names the purposes it serves allows a flow for those
/// only: the others are `transfer_not_for_purpose`, by names and by ids;
/// a transfer that names none serves every purpose.
#[test]
fn a_transfer_for_named_purposes_denies_a_flow_for_another() {
    let mut t = common::sample();
    for rule in &mut t.transfers {
        if rule.data == "account.email" && rule.recipient == "cloud" {
            rule.purposes = Some(vec!["marketing".to_owned()]);
        }
    }
    t.seal();
    let rules = Rules::from_slice(&serde_json::to_vec(&t).unwrap()).unwrap();
    let consent = facts(&["consent:marketing", "consent:cloud"]);
    assert!(
        rules
            .decide_flow("account.email", "marketing", "cloud", &consent)
            .allowed
    );
    let flow = rules.decide_flow("account.email", "billing", "cloud", &consent);
    assert!(!flow.allowed);
    assert!(flow.use_.allowed);
    let denial = flow.denial().unwrap();
    assert_eq!(denial.code, DecisionCode::TransferNotForPurpose);
    assert!(
        denial.reason().contains("only for the purposes"),
        "{}",
        denial.reason()
    );
    let by_ids = rules.decide_flow_ids(
        rules.data_id("account.email").unwrap(),
        rules.purpose_id("billing").unwrap(),
        rules.recipient_id("cloud").unwrap(),
        &rules.resolve_facts(&consent),
    );
    assert_eq!(by_ids, flow);
    // The transfer alone is still allowed: it is the flow that names a purpose.
    assert!(
        rules
            .decide_transfer("account.email", "cloud", &consent)
            .allowed
    );
    // A transfer that names no purpose serves every one.
    let flow = rules.decide_flow(
        "account.email",
        "billing",
        "police",
        &facts(&["legal_request"]),
    );
    assert_ne!(flow.transfer.code, DecisionCode::TransferNotForPurpose);
}

/// A transfer that names a purpose the table does not declare is refused
/// on load: no flow could name it, so every flow would be denied.
#[test]
fn a_transfer_for_an_undeclared_purpose_is_refused() {
    let mut t = common::sample();
    if let Some(rule) = t.transfers.first_mut() {
        rule.purposes = Some(vec!["marketting".to_owned()]);
    }
    t.seal();
    let Err(error) = Rules::from_slice(&serde_json::to_vec(&t).unwrap()) else {
        panic!("a transfer for an undeclared purpose must be refused");
    };
    assert!(
        matches!(&error, policy_runtime::LoadError::Undeclared { id, .. } if id == "marketting"),
        "{error}"
    );
}
