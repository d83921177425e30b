//! Facts that cannot collide or be mistyped (issue 19, item 1).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use common::facts;
use policy_runtime::*;

/// The collision of the issue: a purpose `analytics` (dashboards, on
/// consent) and a recipient `analytics` (a processor abroad, on consent)
/// would share the fact `consent:analytics`.
#[test]
fn a_purpose_and_a_recipient_with_one_id_are_refused() {
    let mut t = RuleTable::new("shop", "1.0.0", "2026-12-01");
    t.data.push(DataEntry::new(
        "device",
        "Device data",
        Identity::Pseudonymized,
    ));
    t.purposes
        .push(PurposeEntry::new("analytics", "Dashboards", Basis::Consent));
    t.recipients
        .push(RecipientEntry::new("analytics", "Analytics processor"));
    t.uses
        .push(UseRule::new("device", "analytics", Basis::Consent));
    t.transfers
        .push(TransferRule::new("device", "analytics", &[Ground::Consent]));
    t.seal();
    let json = serde_json::to_vec(&t).unwrap();
    let err = Rules::from_slice(&json).unwrap_err();
    assert!(
        matches!(&err, LoadError::SharedId { id } if id == "analytics"),
        "{err:?}"
    );
    assert!(err.to_string().contains("E0350"), "{err}");
}

/// The typo of the issue: a misspelt objection no longer lets a use on
/// legitimate interests through, by name or by ids.
#[test]
fn a_misspelt_objection_denies_the_uses_it_could_stop() {
    let rules = common::rules();
    let typo = facts(&["objection:targetting"]);
    let d = rules.decide_use("profile", "targeting", &typo);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::UnknownFact);
    assert!(d.reason().contains("misspelt objection"), "{}", d.reason());
    let profile = rules.data_id("profile").unwrap();
    let targeting = rules.purpose_id("targeting").unwrap();
    let set = rules.resolve_facts(&typo);
    assert!(set.has_unplaced_objection());
    assert_eq!(
        rules.decide_use_ids(profile, targeting, &set).code,
        DecisionCode::UnknownFact
    );
    // Uses no objection could stop are not affected: billing is a contract.
    assert!(rules.decide_use("account", "billing", &typo).allowed);
    // The right spelling objects; none allows.
    assert_eq!(
        rules
            .decide_use("profile", "targeting", &facts(&["objection:targeting"]))
            .code,
        DecisionCode::Objected
    );
    assert!(
        rules
            .decide_use("profile", "targeting", &Facts::new())
            .allowed
    );
    assert_eq!(
        rules.unknown_facts(&typo).collect::<Vec<_>>(),
        ["objection:targetting"]
    );
    // An objection kept for a purpose a later edition removed does the same,
    // until the service drops what `unknown_facts` lists.
    let mut later = common::sample();
    later.purposes.retain(|p| p.id != "security");
    later.uses.retain(|u| u.purpose != "security");
    later.seal();
    let later = Rules::from_table(later).unwrap();
    let mut stale = facts(&["objection:security"]);
    assert_eq!(
        later.decide_use("profile", "targeting", &stale).code,
        DecisionCode::UnknownFact
    );
    let unknown: Vec<String> = later.unknown_facts(&stale).map(str::to_owned).collect();
    for name in &unknown {
        stale.remove(name);
    }
    assert!(later.decide_use("profile", "targeting", &stale).allowed);
}

#[test]
fn the_strict_mode_refuses_every_unknown_fact() {
    let rules = common::rules();
    let f = facts(&["consent:marketing", "consent:marketting", "legal_request"]);
    assert_eq!(
        rules.unknown_facts(&f).collect::<Vec<_>>(),
        ["consent:marketting"]
    );
    assert!(rules.decide_use("account", "marketing", &f).allowed);
    let d = rules.decide_use_strict("account", "marketing", &f);
    assert_eq!(d.code, DecisionCode::UnknownFact);
    assert!(!d.allowed);
    let d = rules.decide_transfer_strict("account.email", "police", &f);
    assert_eq!(d.code, DecisionCode::UnknownFact);
    let err = rules.resolve_facts_strict(&f).unwrap_err();
    assert_eq!(err.names, ["consent:marketting"]);
    assert_eq!(
        err.to_string(),
        "facts the rule table does not know: `consent:marketting`"
    );
    // Known facts pass, including consents no condition reads.
    let known = facts(&["consent:marketing", "consent:billing", "consent:police"]);
    assert!(rules.resolve_facts_strict(&known).is_ok());
    assert!(
        rules
            .decide_use_strict("account", "marketing", &known)
            .allowed
    );
    // A denial stays what it was.
    assert_eq!(
        rules
            .decide_use_strict("account", "marketing", &facts(&["x"]))
            .code,
        DecisionCode::ConsentMissing
    );
}

#[test]
fn typed_facts_name_purposes_and_recipients_apart() {
    let rules = common::rules();
    let email = rules.data_id("account.email").unwrap();
    let marketing = rules.purpose_id("marketing").unwrap();
    let security = rules.purpose_id("security").unwrap();
    let log = rules.data_id("activity_log").unwrap();
    let cloud = rules.recipient_id("cloud").unwrap();
    let police = rules.recipient_id("police").unwrap();

    let set = rules.fact_set([Fact::consent_to(marketing)]);
    assert!(rules.decide_use_ids(email, marketing, &set).allowed);
    let set = rules.fact_set([Fact::consent_to_recipient(cloud)]);
    assert!(!rules.decide_use_ids(email, marketing, &set).allowed);
    assert_eq!(
        rules.decide_transfer_ids(email, cloud, &set).ground,
        Some(Ground::Consent)
    );
    let set = rules.fact_set([Fact::objection_to(security)]);
    assert_eq!(
        rules.decide_use_ids(log, security, &set).code,
        DecisionCode::Objected
    );
    let set = rules.fact_set([Fact::ground_holds(Ground::LegalObligation)]);
    assert_eq!(
        rules.decide_transfer_ids(email, police, &set).ground,
        Some(Ground::LegalObligation)
    );
    // The same facts by name give the same set.
    let by_name = rules.resolve_facts(&facts(&["consent:marketing", "objection:security"]));
    let typed = rules.fact_set([Fact::consent_to(marketing), Fact::objection_to(security)]);
    assert_eq!(by_name, typed);
    assert_eq!(
        rules
            .fact_name(Fact::consent_to_recipient(cloud))
            .as_deref(),
        Some("consent:cloud")
    );
    assert_eq!(rules.fact_name(Fact::ground_holds(Ground::Consent)), None);
}
