//! `Rules::decide_tracker`: what a consent banner or tag manager asks
//! before it sets a cookie, a pixel or an SDK.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use policy_runtime::*;

fn tracker(id: &str, category: TrackerCategory, serves: &[&str]) -> TrackerEntry {
    let mut t = TrackerEntry::new(id, id, category);
    t.serves = serves.iter().map(|&s| s.to_owned()).collect();
    t
}

/// The sample table with trackers: `session` strictly necessary, `ads`
/// for marketing (consent), `sec` for security (legitimate interests),
/// `both` for marketing and security, `bill` for billing (contract) and
/// `idle`, analytics serving no purpose.
fn rules() -> Rules {
    let mut t = common::sample();
    t.trackers = vec![
        tracker("ads", TrackerCategory::Marketing, &["marketing"]),
        tracker("bill", TrackerCategory::Preferences, &["billing"]),
        tracker(
            "both",
            TrackerCategory::Analytics,
            &["security", "marketing"],
        ),
        tracker("idle", TrackerCategory::Analytics, &[]),
        tracker("sec", TrackerCategory::Analytics, &["security"]),
        tracker(
            "session",
            TrackerCategory::StrictlyNecessary,
            &["marketing"],
        ),
    ];
    t.seal();
    Rules::from_table(t).unwrap()
}

fn facts(names: &[&str]) -> Facts {
    names.iter().copied().collect()
}

#[test]
fn a_strictly_necessary_tracker_needs_no_consent() {
    let rules = rules();
    let d = rules.decide_tracker("session", &Facts::new());
    assert!(d.allowed);
    assert_eq!(d.code, TrackerCode::StrictlyNecessary);
    assert_eq!(d.category, Some(TrackerCategory::StrictlyNecessary));
    assert_eq!(
        d.reason(),
        "tracker `session` may be set without consent: it is strictly necessary"
    );
    // even against an objection to what it serves
    assert!(
        rules
            .decide_tracker("session", &facts(&["objection:marketing"]))
            .allowed
    );
}

#[test]
fn any_other_needs_the_condition_of_every_purpose_it_serves() {
    let rules = rules();
    let d = rules.decide_tracker("ads", &Facts::new());
    assert_eq!(
        (d.allowed, d.code, d.purpose),
        (false, TrackerCode::ConsentMissing, Some("marketing"))
    );
    assert_eq!(
        d.condition(),
        Some(Condition::Requires {
            fact: "consent:marketing".into()
        })
    );
    let d = rules.decide_tracker("ads", &facts(&["consent:marketing"]));
    assert_eq!((d.allowed, d.code), (true, TrackerCode::Allowed));
    assert_eq!(
        d.reason(),
        "tracker `ads` may be set: the condition of every purpose it serves holds (`marketing`)"
    );
    assert_eq!(d.table.version, "1.1.0");

    // legitimate interests: set unless the user objected
    assert!(rules.decide_tracker("sec", &Facts::new()).allowed);
    let d = rules.decide_tracker("sec", &facts(&["objection:security"]));
    assert_eq!((d.allowed, d.code), (false, TrackerCode::Objected));
    assert_eq!(
        d.reason(),
        "denied: tracker `sec` serves `security`, to which the user objected (fact `objection:security`)"
    );

    // a contract holds always
    assert!(rules.decide_tracker("bill", &Facts::new()).allowed);

    // every purpose: the first that fails, in the policy's order, is named
    let d = rules.decide_tracker("both", &facts(&["objection:security"]));
    assert_eq!(
        (d.code, d.purpose),
        (TrackerCode::Objected, Some("security"))
    );
    let d = rules.decide_tracker("both", &Facts::new());
    assert_eq!(
        (d.code, d.purpose),
        (TrackerCode::ConsentMissing, Some("marketing"))
    );
    let d = rules.decide_tracker("both", &facts(&["consent:marketing"]));
    assert_eq!((d.allowed, d.serves.len()), (true, 2));
}

#[test]
fn it_fails_closed() {
    let rules = rules();
    let d = rules.decide_tracker("fbp", &facts(&["consent:marketing"]));
    assert_eq!((d.allowed, d.code), (false, TrackerCode::UnknownTracker));
    assert_eq!(
        d.reason(),
        "denied: `fbp` is not a tracker of policy `pro_it_privacy`"
    );
    let d = rules.decide_tracker("idle", &Facts::new());
    assert_eq!((d.allowed, d.code), (false, TrackerCode::ServesNoPurpose));
    // a misspelt objection does not let a tracker an objection stops through
    let d = rules.decide_tracker("sec", &facts(&["objection:securty"]));
    assert_eq!((d.allowed, d.code), (false, TrackerCode::UnknownFact));
    // but does not stop one no objection stops
    assert!(
        rules
            .decide_tracker("ads", &facts(&["objection:securty", "consent:marketing"]))
            .allowed
    );
    // a consent to the tracker itself is not a consent to its purposes
    assert!(
        !rules
            .decide_tracker("ads", &facts(&["consent:ads"]))
            .allowed
    );
}

#[test]
fn every_code_has_a_reason_and_only_allowing_codes_allow() {
    for code in TrackerCode::ALL {
        assert_eq!(
            serde_json::to_string(&code).unwrap(),
            format!("\"{}\"", code.as_str())
        );
        assert_eq!(
            code.is_allowed(),
            matches!(code, TrackerCode::Allowed | TrackerCode::StrictlyNecessary)
        );
    }
}

#[test]
fn the_loader_refuses_a_duplicate_tracker_or_an_undeclared_purpose() {
    let mut t = common::sample();
    t.trackers = vec![
        tracker("a", TrackerCategory::Analytics, &["marketing"]),
        tracker("a", TrackerCategory::Analytics, &["marketing"]),
    ];
    t.seal();
    assert!(matches!(
        Rules::from_table(t),
        Err(LoadError::DuplicateId {
            kind: IdKind::Tracker,
            ..
        })
    ));
    let mut t = common::sample();
    t.trackers = vec![tracker("a", TrackerCategory::Analytics, &["nowhere"])];
    t.seal();
    let err = Rules::from_table(t).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the purposes of tracker `a` refers to an undeclared purpose `nowhere`"
    );
}

#[test]
fn a_table_without_trackers_keeps_its_bytes() {
    let t = common::sample();
    let json = serde_json::to_string(&t).unwrap();
    assert!(!json.contains("trackers"));
    let mut with = common::sample();
    with.trackers
        .push(tracker("a", TrackerCategory::Analytics, &["marketing"]));
    with.seal();
    assert_ne!(with.digest, t.digest);
    let back: RuleTable = serde_json::from_str(&serde_json::to_string(&with).unwrap()).unwrap();
    assert_eq!(back, with);
}

proptest::proptest! {
    #[test]
    fn no_input_panics_and_only_a_known_tracker_is_allowed(
        name in "[a-z_]{0,8}",
        asserted in proptest::collection::vec("(consent|objection):[a-z_]{0,10}", 0..6),
    ) {
        let rules = rules();
        let facts: Facts = asserted.iter().map(String::as_str).collect();
        let d = rules.decide_tracker(&name, &facts);
        proptest::prop_assert_eq!(d.allowed, d.code.is_allowed());
        proptest::prop_assert!(!d.reason().is_empty());
        let known = rules.table().trackers.iter().any(|t| t.id == name);
        proptest::prop_assert_eq!(known, d.code != TrackerCode::UnknownTracker);
        if d.allowed && d.code == TrackerCode::Allowed {
            // every purpose served holds under the facts
            for purpose in d.serves {
                let p = rules.table().purposes.iter().find(|p| &p.id == purpose).unwrap();
                proptest::prop_assert!(p.basis.condition_for(purpose).holds(&facts));
            }
        }
    }
}

#[test]
fn the_opt_out_of_sharing_stops_a_marketing_tracker_its_purposes_allow() {
    let rules = rules();
    let consented = ["consent:marketing"];
    // a marketing tracker, every purpose of which holds: the opt-out stops it
    let d = rules.decide_tracker("ads", &facts(&["consent:marketing", "opt_out:share"]));
    assert_eq!(
        (d.allowed, d.code, d.choice),
        (
            false,
            TrackerCode::OptedOutOfSharing,
            Some(fact::Choice::OptOutOfSharing)
        )
    );
    assert_eq!(d.purpose, None);
    assert_eq!(
        d.reason(),
        "denied: tracker `ads` is a marketing tracker, and the user opted out of the sharing \
         of their personal information for advertising (fact `opt_out:share`)"
    );
    let report = d.to_report();
    assert_eq!(report.code.as_str(), "opted_out_of_sharing");
    assert_eq!(report.fact.as_deref(), Some("opt_out:share"));
    // a choice denies only what a purpose allows: consent missing stays so
    let d = rules.decide_tracker("ads", &facts(&["opt_out:share"]));
    assert_eq!(d.code, TrackerCode::ConsentMissing);
    // the opt-out of sale reaches no tracker whose provider is not a
    // recipient sold to: the table cannot tell a sale
    let d = rules.decide_tracker("ads", &facts(&["consent:marketing", "opt_out:sale"]));
    assert_eq!(d.code, TrackerCode::Allowed);
    // nor does the opt-out of sharing reach a tracker of another category
    let d = rules.decide_tracker(
        "both",
        &facts(&["consent:marketing", "opt_out:share", "gpc"]),
    );
    assert_eq!(d.code, TrackerCode::Allowed);
    assert!(
        rules
            .decide_tracker("session", &facts(&["opt_out:share"]))
            .allowed
    );
    // GPC: ignored by a table that does not honour it (this one says nothing)
    let mut both = consented.to_vec();
    both.push("gpc");
    assert_eq!(
        rules.decide_tracker("ads", &facts(&both)).code,
        TrackerCode::Allowed
    );
}

#[test]
fn gpc_stops_a_marketing_tracker_where_the_table_honours_it() {
    for (stance, code) in [
        (Some(Stance::Honoured), TrackerCode::OptedOutOfSharing),
        (Some(Stance::Ignored), TrackerCode::Allowed),
        (None, TrackerCode::Allowed),
    ] {
        let mut t = common::sample();
        t.trackers = vec![tracker("ads", TrackerCategory::Marketing, &["marketing"])];
        t.gpc = stance;
        t.seal();
        let rules = Rules::from_table(t).unwrap();
        let d = rules.decide_tracker("ads", &facts(&["consent:marketing", "gpc"]));
        assert_eq!(d.code, code, "{stance:?}");
        if code == TrackerCode::OptedOutOfSharing {
            assert_eq!(d.choice, Some(fact::Choice::Gpc));
            assert!(
                d.reason().contains("Global Privacy Control"),
                "{}",
                d.reason()
            );
            assert_eq!(d.to_report().fact.as_deref(), Some("gpc"));
        }
    }
}

/// A table whose trackers are provided by recipients: `sync` by
/// `brokers` (a sale), `retarget` by `adnet` (sharing), `both` by `mixed`
/// (a sale and sharing), `plain` by `hosting` (neither), each an analytics
/// tracker on consent; `gpc` as given.
fn provided(gpc: Option<Stance>) -> Rules {
    let mut t = RuleTable::new("shop", "1.0.0", "2026-12-01");
    t.data
        .push(DataEntry::new("usage", "Usage", Identity::Pseudonymized));
    t.purposes
        .push(PurposeEntry::new("ads", "Advertising", Basis::Consent));
    t.uses.push(UseRule::new("usage", "ads", Basis::Consent));
    for (id, disclosed) in [
        ("brokers", &[Disclosure::Sale][..]),
        ("adnet", &[Disclosure::TargetedAdvertising][..]),
        ("mixed", &[Disclosure::Share, Disclosure::Sale][..]),
        ("hosting", &[][..]),
    ] {
        let mut r = RecipientEntry::new(id, id);
        r.disclosed_as = disclosed.to_vec();
        t.recipients.push(r);
    }
    for (id, by) in [
        ("both", "mixed"),
        ("plain", "hosting"),
        ("retarget", "adnet"),
        ("sync", "brokers"),
    ] {
        let mut tracker = tracker(id, TrackerCategory::Analytics, &["ads"]);
        tracker.party = TrackerParty::Third;
        tracker.recipient = Some(by.to_owned());
        t.trackers.push(tracker);
    }
    t.gpc = gpc;
    t.seal();
    Rules::from_table(t).unwrap()
}

#[test]
fn the_opt_outs_reach_a_tracker_through_the_recipient_providing_it() {
    let rules = provided(Some(Stance::Honoured));
    let consented = "consent:ads";
    // a sale: the opt-out of sale stops it, not that of sharing
    let d = rules.decide_tracker("sync", &facts(&[consented, "opt_out:sale"]));
    assert_eq!(
        (d.allowed, d.code, d.choice, d.recipient),
        (
            false,
            TrackerCode::OptedOutOfSale,
            Some(fact::Choice::OptOutOfSale),
            Some("brokers")
        )
    );
    assert_eq!(
        d.reason(),
        "denied: tracker `sync` is provided by `brokers`, a disclosure to which is a sale, \
         and the user opted out of the sale of their personal information (fact `opt_out:sale`)"
    );
    let report = d.to_report();
    assert_eq!(report.code.as_str(), "opted_out_of_sale");
    assert_eq!(report.fact.as_deref(), Some("opt_out:sale"));
    assert_eq!(report.recipient.as_deref(), Some("brokers"));
    let d = rules.decide_tracker("sync", &facts(&[consented, "opt_out:share"]));
    assert_eq!(d.code, TrackerCode::Allowed);
    // targeted advertising: the opt-out of sharing, naming the recipient
    let d = rules.decide_tracker("retarget", &facts(&[consented, "opt_out:share"]));
    assert_eq!(
        (d.code, d.recipient),
        (TrackerCode::OptedOutOfSharing, Some("adnet"))
    );
    assert!(d.reason().contains("provided by `adnet`"), "{}", d.reason());
    let d = rules.decide_tracker("retarget", &facts(&[consented, "opt_out:sale"]));
    assert_eq!(d.code, TrackerCode::Allowed);
    // both: the sale first, as for a transfer
    let d = rules.decide_tracker(
        "both",
        &facts(&[consented, "opt_out:share", "opt_out:sale"]),
    );
    assert_eq!(d.code, TrackerCode::OptedOutOfSale);
    let d = rules.decide_tracker("both", &facts(&[consented, "gpc"]));
    assert_eq!(
        (d.code, d.choice),
        (TrackerCode::OptedOutOfSale, Some(fact::Choice::Gpc))
    );
    // GPC stops each, where honoured
    let d = rules.decide_tracker("retarget", &facts(&[consented, "gpc"]));
    assert_eq!(
        (d.code, d.choice),
        (TrackerCode::OptedOutOfSharing, Some(fact::Choice::Gpc))
    );
    // a recipient with no disclosure: no opt-out reaches it
    let d = rules.decide_tracker(
        "plain",
        &facts(&[consented, "opt_out:sale", "opt_out:share", "gpc"]),
    );
    assert_eq!(d.code, TrackerCode::Allowed);
    // a choice denies only what the purposes allow
    let d = rules.decide_tracker("sync", &facts(&["opt_out:sale"]));
    assert_eq!(d.code, TrackerCode::ConsentMissing);
    // GPC not honoured: it stops nothing
    for stance in [Some(Stance::Ignored), None] {
        let rules = provided(stance);
        for id in ["sync", "retarget", "both"] {
            let d = rules.decide_tracker(id, &facts(&[consented, "gpc"]));
            assert_eq!(d.code, TrackerCode::Allowed, "{id} {stance:?}");
        }
    }
}

#[test]
fn a_tracker_provided_by_an_undeclared_recipient_is_refused() {
    let mut t = RuleTable::new("shop", "1.0.0", "2026-12-01");
    let mut ga = TrackerEntry::new("ga", "_ga", TrackerCategory::Analytics);
    ga.recipient = Some("nobody".into());
    t.trackers.push(ga);
    t.seal();
    let err = Rules::from_table(t).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the provider of tracker `ga` refers to an undeclared recipient `nobody`"
    );
}
