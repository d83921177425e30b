//! The model (the IR every backend reads) of the example policy: a
//! snapshot of the whole of it, and assertions on the facts that the
//! checker derives rather than copies (inheritance from parent categories,
//! defaults), so that a wrong snapshot cannot be accepted by mistake.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::model::{Basis, Identity, Period, Policy, Requirement, Source, Target};

fn example() -> Policy {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy");
    let text = std::fs::read_to_string(path).unwrap();
    let checked = policyc::check_source(&text);
    let unaccepted: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| !accepted_in_example(d))
        .collect();
    assert!(unaccepted.is_empty(), "{unaccepted:#?}");
    checked.policy.expect("a clean policy has a model")
}

/// Whether the root `policyc.toml` accepts this warning in the example:
/// the seed's own legal defects, which the example keeps to stay faithful.
fn accepted_in_example(diagnostic: &policyc::diagnostic::Diagnostic) -> bool {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = policyc::config::Config::discover(root).unwrap();
    let example = root.join("policies/pro-it-group.policy");
    config.lints(false).allows_in(diagnostic.code, &example)
}

#[test]
fn model_of_the_example() {
    let policy = example();
    insta::assert_snapshot!(serde_json::to_string_pretty(&policy).unwrap());
}

#[test]
fn children_inherit_source_identity_and_retention() {
    let policy = example();
    let account = policy.data("account").unwrap();
    assert_eq!(account.parent, None);
    for id in [
        "account.email",
        "account.name",
        "account.phone",
        "account.content",
    ] {
        let child = policy.data(id).unwrap();
        assert_eq!(child.parent.as_deref(), Some("account"), "{id}");
        assert_eq!(child.source, Some(Source::User), "{id} inherits the source");
        assert_eq!(
            child.identity,
            Identity::Identified,
            "{id} inherits the identity"
        );
        assert_eq!(
            child.retention, account.retention,
            "{id} inherits the retention"
        );
        // What is the category's own is not inherited.
        assert_eq!(child.description, None, "{id}");
        assert_eq!(child.collected, None, "{id}");
        assert!(child.examples.is_empty(), "{id}");
    }
    assert_eq!(
        policy.data("account.email").unwrap().requirement,
        Some(Requirement::Required)
    );
    assert_eq!(
        policy.data("account.name").unwrap().requirement,
        Some(Requirement::Optional)
    );
    assert_eq!(account.requirement, None);
}

#[test]
fn parents_come_before_their_children() {
    let policy = example();
    for (i, category) in policy.data.iter().enumerate() {
        if let Some(parent) = &category.parent {
            let at = policy.data.iter().position(|d| &d.id == parent).unwrap();
            assert!(at < i, "`{parent}` after `{}`", category.id);
        }
    }
}

#[test]
fn retention_as_written() {
    let policy = example();
    let account = policy.data("account").unwrap();
    assert_eq!(account.retention.len(), 2);
    assert!(
        matches!(&account.retention[0], Period::Until { event } if event == "the User removes it from the Service")
    );
    assert_eq!(account.retention[1], Period::AsRequiredByLaw);
    for id in ["device", "activity_log"] {
        let category = policy.data(id).unwrap();
        let [Period::For { duration, from }] = category.retention.as_slice() else {
            panic!("{id}: {:?}", category.retention)
        };
        assert_eq!(duration.to_string(), "1 year", "{id}");
        assert_eq!(from, "collection", "{id}");
    }
    // Depersonalized data needs no retention by law; the current edition
    // states one anyway, so every category has one.
    for id in ["profile", "statistics"] {
        let category = policy.data(id).unwrap();
        assert_eq!(category.identity, Identity::Depersonalized, "{id}");
        let [Period::For { duration, .. }] = category.retention.as_slice() else {
            panic!("{id}: {:?}", category.retention)
        };
        assert_eq!(duration.to_string(), "3 years", "{id}");
    }
}

#[test]
fn every_identified_category_has_retention_and_a_purpose() {
    let policy = example();
    for category in &policy.data {
        if category.identity != Identity::Depersonalized {
            assert!(
                !category.retention.is_empty(),
                "`{}` has no retention",
                category.id
            );
        }
        let used = policy.purposes.iter().any(|p| {
            p.uses.iter().any(|u| {
                policyc::model::is_within(&category.id, u)
                    || policyc::model::is_within(u, &category.id)
            })
        });
        assert!(used, "`{}` is used by no purpose", category.id);
    }
}

#[test]
fn purposes_carry_their_bases_and_restrictions() {
    let policy = example();
    for purpose in &policy.purposes {
        assert_eq!(
            purpose.interest.is_some(),
            purpose.basis == Basis::LegitimateInterest,
            "`{}`: an interest goes with legitimate interests, and only with it",
            purpose.id
        );
        if purpose.only_depersonalized {
            for used in &purpose.uses {
                let category = policy.data(used).unwrap();
                assert_eq!(
                    category.identity,
                    Identity::Depersonalized,
                    "`{}` uses `{used}`",
                    purpose.id
                );
            }
        }
    }
    let targeting = policy.purpose("targeting").unwrap();
    assert!(targeting.only_depersonalized);
    assert_eq!(targeting.uses, ["profile"]);
    assert!(!policy.purpose("quality").unwrap().only_depersonalized);
}

#[test]
fn references_resolve() {
    let policy = example();
    for transfer in &policy.transfers {
        assert!(policy.recipient(&transfer.recipient).is_some());
        assert!(!transfer.grounds.is_empty());
        for data in &transfer.data {
            assert!(policy.data(data).is_some(), "{data}");
        }
    }
    for test in &policy.tests {
        for expectation in &test.expectations {
            assert!(policy.data(&expectation.data).is_some());
            match &expectation.target {
                Target::Use(purpose) => assert!(policy.purpose(purpose).is_some()),
                Target::Transfer(recipient) => assert!(policy.recipient(recipient).is_some()),
            }
        }
    }
}

#[test]
fn the_header_fills_the_seed_blanks() {
    let header = example().header;
    assert_eq!(header.controller.name, "Pro IT Group Inc");
    assert_eq!(header.controller.service, "ProIT Workspace");
    assert_eq!(header.published, "https://proit.example/legal/privacy");
    assert_eq!(header.contact.as_deref(), Some("privacy@proit.example"));
    assert_eq!(header.effective.to_string(), "2026-12-01");
    assert_eq!(header.language, "en");
}

#[test]
fn the_model_is_deterministic() {
    let a = serde_json::to_string(&example()).unwrap();
    let b = serde_json::to_string(&example()).unwrap();
    assert_eq!(a, b);
}

/// The source text a span covers.
fn at(text: &str, span: policyc::span::Span) -> &str {
    &text[span.start..span.end]
}

#[test]
fn the_spans_beside_the_model_point_at_each_declaration() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy");
    let text = std::fs::read_to_string(path).unwrap();
    let checked = policyc::check_source(&text);
    let (policy, spans) = (checked.policy.unwrap(), checked.spans);
    // Each list runs parallel to the model's, and each span starts with
    // its declaration's keyword and id.
    let lists: [(&str, Vec<String>, &Vec<policyc::span::Span>); 7] = [
        (
            "data",
            policy.data.iter().map(|d| d.id.clone()).collect(),
            &spans.data,
        ),
        (
            "purpose",
            policy.purposes.iter().map(|p| p.id.clone()).collect(),
            &spans.purposes,
        ),
        (
            "recipient",
            policy.recipients.iter().map(|r| r.id.clone()).collect(),
            &spans.recipients,
        ),
        (
            "transfer",
            policy.transfers.iter().map(|_| String::new()).collect(),
            &spans.transfers,
        ),
        (
            "retain",
            policy.retention.iter().map(|r| r.data[0].clone()).collect(),
            &spans.retention,
        ),
        (
            "obligation",
            policy.obligations.iter().map(|o| o.id.clone()).collect(),
            &spans.obligations,
        ),
        (
            "clause",
            policy.clauses.iter().map(|c| c.id.clone()).collect(),
            &spans.clauses,
        ),
    ];
    for (keyword, ids, spans) in lists {
        assert_eq!(ids.len(), spans.len(), "{keyword}");
        assert!(!ids.is_empty(), "the example has a {keyword}");
        for (id, span) in ids.iter().zip(spans) {
            let written = at(&text, *span);
            assert!(written.starts_with(&format!("{keyword} {id}")), "{written}");
        }
    }
    assert_eq!(policy.rights.len(), spans.rights.len());
    assert_eq!(policy.security.len(), spans.security.len());
    for (right, span) in policy.rights.iter().zip(&spans.rights) {
        let keyword = serde_json::to_value(right.kind).unwrap();
        let written = at(&text, *span);
        assert!(
            written.starts_with(&format!("right {}", keyword.as_str().unwrap())),
            "{written}"
        );
    }
    let header = spans.header;
    assert!(at(&text, header.whole).starts_with("policy "));
    assert!(at(&text, header.head).starts_with("policy "));
    assert!(at(&text, header.version.unwrap()).starts_with("version "));
    assert!(at(&text, header.effective.unwrap()).starts_with("effective "));
    assert!(at(&text, spans.changes.unwrap()).starts_with("changes"));
}

#[test]
fn a_policy_with_errors_has_no_spans() {
    let checked = policyc::check_source("data a \"A\"\n");
    assert!(checked.policy.is_none());
    assert_eq!(checked.spans, policyc::model::Spans::default());
}
