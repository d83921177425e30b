//! The rule table against its source: every `allow` is justified by a
//! declaration, every declared use or transfer is allowed when its
//! condition holds, and the table matches the runtime's JSON Schema.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::{Facts, Rules};
use policyc::model::{Basis, Ground, Policy, is_within};
use proptest::prelude::*;

fn example() -> Policy {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/policies/pro-it-group.policy"
    ))
    .unwrap();
    policyc::check_source(&source).policy.unwrap()
}

fn synthetic(n: usize) -> Policy {
    policyc::check_source(&policyc::synth::policy(n))
        .policy
        .unwrap()
}

/// What the source says about a use, computed from the model alone.
fn expected_use(policy: &Policy, data: &str, purpose: &str, facts: &Facts) -> bool {
    let Some(p) = policy.purpose(purpose) else {
        return false;
    };
    let declared = p.uses.iter().any(|u| is_within(data, u));
    let holds = match p.basis {
        Basis::Consent | Basis::ExplicitConsent => facts.contains(&format!("consent:{purpose}")),
        Basis::LegitimateInterest => !facts.contains(&format!("objection:{purpose}")),
        // An unstated basis: the policy says the use happens, and no fact
        // changes that.
        Basis::Contract
        | Basis::LegalObligation
        | Basis::VitalInterests
        | Basis::PublicTask
        | Basis::Unstated => true,
    };
    declared && holds
}

/// What the source says about a transfer, computed from the model alone.
fn expected_transfer(policy: &Policy, data: &str, recipient: &str, facts: &Facts) -> bool {
    policy
        .transfers
        .iter()
        .filter(|t| t.recipient == recipient && t.data.iter().any(|d| is_within(data, d)))
        .flat_map(|t| &t.grounds)
        .any(|ground| {
            let fact = match ground {
                Ground::Consent => format!("consent:{recipient}"),
                Ground::Contract => "contract_necessity".to_owned(),
                Ground::LegalObligation => "legal_request".to_owned(),
                Ground::RightsProtection => "rights_violation".to_owned(),
                Ground::BusinessTransfer => "business_transfer".to_owned(),
                Ground::DepersonalizedStatistics => "depersonalized".to_owned(),
                Ground::BusinessPurpose => "business_purpose".to_owned(),
                // Legitimate interests hold until the user objects.
                Ground::LegitimateInterest => {
                    return !facts.contains(&format!("objection:{recipient}"));
                }
                // The source states no ground: it holds as declared.
                Ground::Unstated => return true,
            };
            facts.contains(&fact)
        })
}

/// Every fact a rule of the policy could read.
fn all_facts(policy: &Policy) -> Vec<String> {
    let mut facts: Vec<String> = [
        "contract_necessity",
        "legal_request",
        "rights_violation",
        "business_transfer",
        "depersonalized",
        "business_purpose",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for p in &policy.purposes {
        facts.push(format!("consent:{}", p.id));
        facts.push(format!("objection:{}", p.id));
    }
    for r in &policy.recipients {
        facts.push(format!("consent:{}", r.id));
        facts.push(format!("objection:{}", r.id));
    }
    facts
}

/// Compares every decision of the table with the source, under `facts`.
fn assert_table_matches_source(policy: &Policy, rules: &Rules, facts: &Facts) {
    for data in &policy.data {
        for purpose in &policy.purposes {
            let decision = rules.decide_use(&data.id, &purpose.id, facts);
            assert_eq!(
                decision.allowed,
                expected_use(policy, &data.id, &purpose.id, facts),
                "use of {} for {} under {facts:?}: {}",
                data.id,
                purpose.id,
                decision.reason()
            );
        }
        for recipient in &policy.recipients {
            let decision = rules.decide_transfer(&data.id, &recipient.id, facts);
            assert_eq!(
                decision.allowed,
                expected_transfer(policy, &data.id, &recipient.id, facts),
                "transfer of {} to {} under {facts:?}: {}",
                data.id,
                recipient.id,
                decision.reason()
            );
        }
    }
}

#[test]
fn the_example_table_allows_exactly_what_the_source_declares() {
    let policy = example();
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let every = all_facts(&policy);
    assert_table_matches_source(&policy, &rules, &Facts::new());
    assert_table_matches_source(&policy, &rules, &every.iter().map(String::as_str).collect());
    let consents: Facts = every
        .iter()
        .filter(|f| f.starts_with("consent:"))
        .map(String::as_str)
        .collect();
    assert_table_matches_source(&policy, &rules, &consents);
}

#[test]
fn every_rule_traces_to_a_declaration() {
    for policy in [example(), synthetic(1_000)] {
        let table = policyc::rules::table(&policy);
        for rule in &table.uses {
            let purpose = policy.purpose(&rule.purpose).unwrap();
            assert!(
                purpose.uses.iter().any(|u| is_within(&rule.data, u)),
                "{rule:?} has no declaration"
            );
        }
        for rule in &table.transfers {
            assert!(
                policy
                    .transfers
                    .iter()
                    .any(|t| t.recipient == rule.recipient
                        && t.data.iter().any(|d| is_within(&rule.data, d))),
                "{rule:?} has no declaration"
            );
        }
    }
}

#[test]
fn the_generated_table_is_valid_against_the_runtime_schema() {
    let schema: serde_json::Value = serde_json::from_str(policy_runtime::JSON_SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let generated = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/generated/pro_it_privacy/rules.json"
    ))
    .unwrap();
    let instance: serde_json::Value = serde_json::from_slice(&generated).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn a_table_edited_by_hand_is_refused_for_its_digest() {
    let policy = example();
    let json = String::from_utf8(policyc::rules::to_json(&policyc::rules::table(&policy))).unwrap();
    let edited = json.replacen("\"identified\"", "\"depersonalized\"", 1);
    assert_ne!(edited, json);
    let Err(error) = Rules::from_slice(edited.as_bytes()) else {
        panic!("an edited table must be refused");
    };
    assert!(
        matches!(error, policy_runtime::LoadError::DigestMismatch { .. }),
        "{error}"
    );
}

/// The service example of the README, as written there.
#[test]
fn the_readme_service_example_holds() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/generated/pro_it_privacy/rules.json"
    );
    let rules = Rules::from_path(path).unwrap();
    let d = rules.decide_use("account.email", "communication", &Facts::new());
    assert!(d.allowed, "{}", d.reason());
    let device = rules.data_id("device").unwrap();
    let quality = rules.purpose_id("quality").unwrap();
    let objected = rules.resolve_facts(&Facts::from_iter(["objection:quality"]));
    let d = rules.decide_use_ids(device, quality, &objected);
    assert!(!d.allowed);
    assert_eq!(d.code, policy_runtime::DecisionCode::Objected);
    let none = rules.resolve_facts(&Facts::new());
    assert!(rules.decide_use_ids(device, quality, &none).allowed);
}

/// The README's facts paragraph, on the example policy: typed facts, a
/// misspelt objection, the strict mode.
#[test]
fn the_readme_facts_paragraph_holds() {
    use policy_runtime::{DecisionCode, Fact};
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/generated/pro_it_privacy/rules.json"
    );
    let rules = Rules::from_path(path).unwrap();
    let device = rules.data_id("device").unwrap();
    let quality = rules.purpose_id("quality").unwrap();
    let objected = rules.fact_set([Fact::objection_to(quality)]);
    assert!(!rules.decide_use_ids(device, quality, &objected).allowed);
    let typo = Facts::from_iter(["objection:qualty"]);
    let d = rules.decide_use("device", "quality", &typo);
    assert_eq!(d.code, DecisionCode::UnknownFact, "{}", d.reason());
    assert_eq!(
        rules.unknown_facts(&typo).collect::<Vec<_>>(),
        ["objection:qualty"]
    );
    let d = rules.decide_use_strict("account.email", "communication", &typo);
    assert_eq!(d.code, DecisionCode::UnknownFact);
    assert!(rules.resolve_facts_strict(&typo).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Under any set of facts, the example's table decides as its source says.
    #[test]
    fn decisions_follow_the_source_under_any_facts(mask in proptest::collection::vec(any::<bool>(), 64)) {
        let policy = example();
        let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
        let every = all_facts(&policy);
        let facts: Facts = every.iter().zip(mask.iter().cycle()).filter(|(_, on)| **on).map(|(f, _)| f.as_str()).collect();
        assert_table_matches_source(&policy, &rules, &facts);
    }

    /// The same for synthetic policies of random sizes.
    #[test]
    fn synthetic_tables_follow_their_source(n in 10usize..300, mask in proptest::collection::vec(any::<bool>(), 16)) {
        let policy = synthetic(n);
        let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
        let every = all_facts(&policy);
        let facts: Facts = every.iter().zip(mask.iter().cycle()).filter(|(_, on)| **on).map(|(f, _)| f.as_str()).collect();
        assert_table_matches_source(&policy, &rules, &facts);
    }
}

/// The runtime dates retention events by the words the compiler writes for
/// the four named events: the two lists agree.
#[test]
fn the_runtime_knows_the_words_of_every_named_event() {
    let compiler: Vec<&str> = policyc::vocab::EVENTS
        .values
        .iter()
        .map(|v| v.text)
        .collect();
    let runtime: Vec<&str> = policy_runtime::Event::NAMED
        .iter()
        .map(|(_, words)| *words)
        .collect();
    assert_eq!(compiler, runtime);
}

/// `since`: the first edition of the last unbroken run that declares a
/// purpose or recipient; one removed and declared again is new again; with
/// no earlier edition, the current version.
#[test]
fn since_is_the_start_of_the_last_run_of_editions_that_declare_it() {
    use policyc::rules::{Since, table_since};
    let at = |version: &str| {
        let mut policy = example();
        policy.header.version = version.parse().unwrap();
        policy
    };
    let without = |mut policy: Policy, purpose: &str| {
        policy.purposes.retain(|p| p.id != purpose);
        policy
    };
    let first = at("1.0.0");
    let second = without(at("1.1.0"), "quality");
    let later = at("3.0.0");
    let current = at("2.0.0");
    let since = Since::of(&current, [&first, &second, &later]);
    assert_eq!(
        since.purpose("quality"),
        None,
        "removed in 1.1.0: new in 2.0.0"
    );
    assert_eq!(since.purpose("research"), Some("1.0.0"));
    assert_eq!(since.recipient("acquirer"), Some("1.0.0"));
    let table = table_since(&current, since);
    let of = |id: &str| {
        let entry = table.purposes.iter().find(|p| p.id == id).unwrap();
        entry.since.clone().unwrap()
    };
    assert_eq!(of("quality"), "2.0.0");
    assert_eq!(of("research"), "1.0.0");
    // No history: everything is since the current version, as `query` and
    // `test` compile a `.policy`.
    let alone = policyc::rules::table(&current);
    assert!(
        alone
            .purposes
            .iter()
            .all(|p| p.since.as_deref() == Some("2.0.0"))
    );
    assert!(
        alone
            .recipients
            .iter()
            .all(|r| r.since.as_deref() == Some("2.0.0"))
    );
}

/// `transfer … for PURPOSE`: the model keeps the purposes, the text says
/// "for the purpose of" its label, the table lists them, and a flow for
/// another purpose is `transfer_not_for_purpose`.
#[test]
fn a_transfer_that_names_its_purpose_serves_only_it() {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/diagnostics/e0351_transfer_purpose_without_data.policy"
    ))
    .unwrap();
    let source = fixture
        .replace(
            "transfer device, account to processor for analytics on consent",
            "transfer device to processor for analytics on consent",
        )
        .replace("uses  account\n", "uses  account, device\n");
    let checked = policyc::check_source(&source);
    let policy = checked.policy.unwrap();
    assert!(
        !checked.diagnostics.iter().any(|d| d.is_error()),
        "{:?}",
        checked.diagnostics
    );
    assert_eq!(policy.transfers[0].purposes, ["analytics"]);
    let text = policyc::render::plain_text(&policy);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "only when the User has consented to the processing it carries out for Example Inc, for the purpose of usage analytics: Device data."
        ),
        "{text}"
    );
    let table = policyc::rules::table(&policy);
    assert_eq!(
        table.transfers[0].purposes.as_deref(),
        Some(&["analytics".to_owned()][..])
    );
    let rules = Rules::from_table(table).unwrap();
    let facts = Facts::from_iter(["consent:analytics", "consent:processor"]);
    assert!(
        rules
            .decide_flow("device", "analytics", "processor", &facts)
            .allowed
    );
    let flow = rules.decide_flow("device", "service", "processor", &facts);
    assert!(flow.use_.allowed, "{}", flow.use_.reason());
    assert_eq!(
        flow.transfer.code,
        policy_runtime::DecisionCode::TransferNotForPurpose
    );
}

/// A transfer on legitimate interests holds until the user objects to its
/// recipient, as the oracle computes from the source, under every subset
/// of the facts its rules read.
#[test]
fn a_legitimate_interest_transfer_follows_its_source_under_every_fact() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/diagnostics/w0385_transfer_interest_without_objection.policy"
    ))
    .unwrap();
    let policy = policyc::check_source(&text).policy.unwrap();
    assert!(
        policy
            .transfers
            .iter()
            .any(|t| t.grounds.contains(&Ground::LegitimateInterest))
    );
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let every = all_facts(&policy);
    for mask in 0..1u32 << every.len() {
        let facts: Facts = every
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, f)| f.as_str())
            .collect();
        assert_table_matches_source(&policy, &rules, &facts);
    }
    let objected: Facts = ["objection:fraud"].into_iter().collect();
    assert!(!rules.decide_transfer("account", "fraud", &objected).allowed);
    assert!(
        rules
            .decide_transfer("account", "fraud", &Facts::new())
            .allowed
    );
}
