//! Editions in force and consents given under an edition (issue 19,
//! item 2).

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

fn edition(version: &str, effective: &str, marketing: bool) -> Rules {
    let mut t = common::sample();
    t.version = version.into();
    t.effective = effective.into();
    if !marketing {
        t.uses.retain(|u| u.purpose != "marketing");
    }
    t.seal();
    Rules::from_table(t).unwrap()
}

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

/// The ignored effective date of issue 19: an edition loaded in 2026 that
/// takes effect on 2027-01-01 is not enforced before.
#[test]
fn an_edition_is_in_force_from_its_effective_date() {
    let mut editions = Editions::new(edition("1.0.0", "2026-01-01", true)).unwrap();
    editions.add(edition("2.0.0", "2027-01-01", false)).unwrap();
    let consent = facts(&["consent:marketing"]);

    let now = editions.in_force_at(date("2026-12-31")).unwrap();
    assert_eq!(now.version(), "1.0.0");
    assert!(now.decide_use("account", "marketing", &consent).allowed);
    let pending: Vec<&str> = editions
        .pending_at(date("2026-12-31"))
        .map(|r| r.version())
        .collect();
    assert_eq!(pending, ["2.0.0"]);

    let then = editions.in_force_at(date("2027-01-01")).unwrap();
    assert_eq!(then.version(), "2.0.0");
    assert!(!then.decide_use("account", "marketing", &consent).allowed);
    assert_eq!(editions.pending_at(date("2027-01-01")).count(), 0);

    assert!(editions.in_force_at(date("2025-12-31")).is_none());
    assert_eq!(editions.edition("1.0.0").unwrap().version(), "1.0.0");

    editions.prune(date("2027-02-01"));
    assert_eq!(editions.len(), 1);
    assert!(editions.edition("1.0.0").is_none());
}

#[test]
fn editions_are_of_one_policy_with_real_dates() {
    let mut editions = Editions::new(edition("1.0.0", "2026-01-01", true)).unwrap();
    let mut other = common::sample();
    other.policy = "acme_shop".into();
    other.seal();
    let err = editions.add(Rules::from_table(other).unwrap()).unwrap_err();
    assert!(matches!(err, LoadError::OtherPolicy { .. }), "{err}");
    let err = editions
        .add(edition("1.1.0", "2026-02-30", true))
        .unwrap_err();
    assert!(
        matches!(&err, LoadError::BadEffectiveDate { found } if found == "2026-02-30"),
        "{err}"
    );
    // An amended edition replaces the one of its version.
    editions.add(edition("1.0.0", "2026-03-01", false)).unwrap();
    assert_eq!(editions.len(), 1);
    assert!(editions.in_force_at(date("2026-02-01")).is_none());
}

/// A consent given before `marketing` existed does not authorise it.
#[test]
fn a_consent_given_before_a_purpose_existed_does_not_allow_it() {
    let mut t = common::sample();
    t.version = "2.0.0".into();
    for p in &mut t.purposes {
        if p.id == "marketing" {
            p.since = Some("2.0.0".into());
        }
    }
    for r in &mut t.recipients {
        if r.id == "cloud" {
            r.since = Some("1.5.0".into());
        }
    }
    t.seal();
    let json = serde_json::to_vec(&t).unwrap();
    let rules = Rules::from_slice(&json).unwrap();
    let consent = facts(&["consent:marketing", "consent:cloud"]);

    let d = rules.decide_use_consented_under("account", "marketing", &consent, "1.0.0");
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::ConsentPredatesPurpose);
    assert_eq!(
        d.reason(),
        "denied: the user's consent was given under an edition before the purpose `marketing` was introduced; ask for consent again"
    );
    for under in ["2.0.0", "2.1.0"] {
        assert!(
            rules
                .decide_use_consented_under("account", "marketing", &consent, under)
                .allowed
        );
    }
    // A use that needs no consent is not affected.
    assert!(
        rules
            .decide_use_consented_under("account", "billing", &consent, "0.1.0")
            .allowed
    );
    // Transfers: the consent ground, not the contract ground.
    let d = rules.decide_transfer_consented_under(
        "account.email",
        "cloud",
        &facts(&["consent:cloud"]),
        "1.0.0",
    );
    assert_eq!(d.code, DecisionCode::ConsentPredatesPurpose);
    assert!(
        rules
            .decide_transfer_consented_under(
                "account.email",
                "cloud",
                &facts(&["contract_necessity"]),
                "1.0.0"
            )
            .allowed
    );
    // A table that does not record `since` cannot tell.
    assert!(
        common::rules()
            .decide_use_consented_under("account", "marketing", &consent, "0.1.0")
            .allowed
    );
}

/// Editions held tell when a purpose was introduced, for tables that do
/// not record `since`: the consent of the issue, given before `marketing`
/// existed, does not authorise it once the edition that adds it is in
/// force.
#[test]
fn held_editions_tell_when_a_purpose_came() {
    let without = |version: &str, effective: &str| {
        let mut t = common::sample();
        t.version = version.into();
        t.effective = effective.into();
        t.uses.retain(|u| u.purpose != "marketing");
        t.purposes.retain(|p| p.id != "marketing");
        t.recipients.retain(|r| r.id != "cloud");
        t.transfers.retain(|r| r.recipient != "cloud");
        t.seal();
        Rules::from_table(t).unwrap()
    };
    let mut editions = Editions::new(without("1.0.0", "2026-01-01")).unwrap();
    editions.add(edition("2.0.0", "2027-01-01", true)).unwrap();
    let consent = facts(&["consent:marketing", "consent:cloud"]);
    let in_2026 = date("2026-06-01");
    let in_2027 = date("2027-06-01");

    assert_eq!(
        editions.introduced(in_2027, true, "marketing"),
        Some("2.0.0")
    );
    assert_eq!(editions.introduced(in_2027, true, "billing"), Some("1.0.0"));
    assert_eq!(editions.introduced(in_2027, false, "cloud"), Some("2.0.0"));
    assert_eq!(editions.introduced(in_2026, true, "marketing"), None);

    // Before 2.0.0 takes effect, marketing is not a purpose at all.
    let d = editions
        .decide_use_at(in_2026, "account", "marketing", &consent, "1.0.0")
        .unwrap();
    assert_eq!(d.code, DecisionCode::UnknownPurpose);
    let d = editions
        .decide_use_at(in_2027, "account", "marketing", &consent, "1.0.0")
        .unwrap();
    assert_eq!(d.code, DecisionCode::ConsentPredatesPurpose);
    let d = editions
        .decide_use_at(in_2027, "account", "marketing", &consent, "2.0.0")
        .unwrap();
    assert!(d.allowed);
    let d = editions
        .decide_transfer_at(
            in_2027,
            "account.email",
            "cloud",
            &facts(&["consent:cloud"]),
            "1.0.0",
        )
        .unwrap();
    assert_eq!(d.code, DecisionCode::ConsentPredatesPurpose);
    assert!(
        editions
            .decide_use_at(date("2025-01-01"), "account", "billing", &consent, "1.0.0")
            .is_none()
    );

    // Removed and added again: the run that counts starts at the return.
    editions.add(without("3.0.0", "2028-01-01")).unwrap();
    editions.add(edition("4.0.0", "2029-01-01", true)).unwrap();
    assert_eq!(
        editions.introduced(date("2029-06-01"), true, "marketing"),
        Some("4.0.0")
    );
}
