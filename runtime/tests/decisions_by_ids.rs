//! The decisions on trackers, on a child and on automated decisions by ids
//! agree with the same decisions by name, for every combination of the
//! facts they read; a fact set of another table decides none of them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::*;

/// A table with a tracker of each kind of decision (strictly necessary, on
/// consent, a direct-marketing purpose on legitimate interests, through a
/// recipient disclosed to as a sale or as sharing, serving nothing),
/// `children`, and automated decisions on each basis, with and without
/// human review.
fn table(children: Option<ChildrenEntry>) -> Rules {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table
        .purposes
        .push(PurposeEntry::new("care", "Care", Basis::Contract));
    table
        .purposes
        .push(PurposeEntry::new("analytics", "Statistics", Basis::Consent));
    let mut ads = PurposeEntry::new("ads", "Offers", Basis::LegitimateInterest);
    ads.direct_marketing = true;
    table.purposes.push(ads);
    let mut broker = RecipientEntry::new("broker", "Brokers");
    broker.disclosed_as = vec![Disclosure::Sale];
    table.recipients.push(broker);
    let mut network = RecipientEntry::new("network", "Ad network");
    network.disclosed_as = vec![Disclosure::Share];
    table.recipients.push(network);
    let tracker = |id: &str, category, serves: &[&str], recipient: Option<&str>| {
        let mut t = TrackerEntry::new(id, id, category);
        t.serves = serves.iter().map(|s| (*s).to_owned()).collect();
        if let Some(r) = recipient {
            t.party = TrackerParty::Third;
            t.recipient = Some(r.to_owned());
        }
        t
    };
    table.trackers = vec![
        tracker(
            "session",
            TrackerCategory::StrictlyNecessary,
            &["care"],
            None,
        ),
        tracker("ga", TrackerCategory::Analytics, &["analytics"], None),
        tracker(
            "pixel",
            TrackerCategory::Marketing,
            &["ads"],
            Some("network"),
        ),
        tracker(
            "sync",
            TrackerCategory::Analytics,
            &["analytics", "care"],
            Some("broker"),
        ),
        tracker(
            "prefs",
            TrackerCategory::Preferences,
            &["ads", "care"],
            None,
        ),
        tracker("idle", TrackerCategory::Analytics, &[], None),
    ];
    table.gpc = Some(Stance::Honoured);
    table.children = children;
    for (id, basis, review) in [
        ("credit_check", AutomatedBasis::ExplicitConsent, true),
        ("scoring", AutomatedBasis::Contract, true),
        ("fraud", AutomatedBasis::Law, false),
    ] {
        let mut decision = AutomatedDecisionEntry::new(id, id, basis);
        if review {
            decision.safeguards = vec![Safeguard::HumanReview];
        }
        table.decisions.push(decision);
    }
    table.seal();
    Rules::from_table(table).unwrap()
}

/// Every fact the three kinds of decision read, and some they do not.
const FACTS: [&str; 15] = [
    "consent:analytics",
    "consent:ads",
    "objection:ads",
    "objection:analytics",
    "objection:nothing",
    "opt_out:sale",
    "opt_out:share",
    "gpc",
    "child",
    "parental_consent",
    "age_verified",
    "consent:credit_check",
    "human_review:credit_check",
    "human_review:scoring",
    "consent:scoring",
];

#[test]
fn by_ids_and_by_name_agree_on_every_combination_of_facts() {
    let stances = [
        None,
        Some(ChildrenEntry::new(Audience::Mixed, Some(16), true)),
        Some(ChildrenEntry::new(Audience::General, Some(13), false)),
        Some(ChildrenEntry::new(Audience::Children, None, false)),
    ];
    for stance in stances {
        let rules = table(stance);
        let trackers: Vec<(&str, TrackerId)> = rules
            .table()
            .trackers
            .iter()
            .map(|t| (t.id.as_str(), rules.tracker_id(&t.id).unwrap()))
            .collect();
        let decisions: Vec<(&str, AutomatedId)> = rules
            .table()
            .decisions
            .iter()
            .map(|d| (d.id.as_str(), rules.automated_id(&d.id).unwrap()))
            .collect();
        for mask in 0_u32..1 << FACTS.len() {
            let facts: Facts = FACTS
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, f)| *f)
                .collect();
            let set = rules.resolve_facts(&facts);
            for &(name, id) in &trackers {
                let by_name = rules.decide_tracker(name, &facts);
                assert_eq!(
                    Some(&by_name),
                    rules.decide_tracker_ids(id, &set).as_ref(),
                    "{name} {facts:?}"
                );
            }
            assert_eq!(
                Some(rules.decide_child(&facts)),
                rules.decide_child_ids(&set),
                "{facts:?}"
            );
            for &(name, id) in &decisions {
                assert_eq!(
                    Some(rules.decide_automated(name, &facts)),
                    rules.decide_automated_ids(id, &set),
                    "{name} {facts:?}"
                );
            }
        }
    }
}

#[test]
fn a_fact_set_of_another_table_decides_nothing() {
    let rules = table(Some(ChildrenEntry::new(Audience::Mixed, Some(16), true)));
    let other = table(None);
    let foreign = other.resolve_facts(&Facts::from_iter(["child", "consent:analytics"]));
    assert!(
        rules
            .decide_tracker_ids(rules.tracker_id("ga").unwrap(), &foreign)
            .is_none()
    );
    assert!(rules.decide_child_ids(&foreign).is_none());
    let check = rules.automated_id("credit_check").unwrap();
    assert!(rules.decide_automated_ids(check, &foreign).is_none());
}

#[test]
fn an_id_of_no_entry_is_denied_as_unknown() {
    let rules = table(None);
    let mut small = RuleTable::new("small", "1.0.0", "2026-12-01");
    small.seal();
    let small = Rules::from_table(small).unwrap();
    let set = small.resolve_facts(&Facts::new());
    let d = small
        .decide_tracker_ids(rules.tracker_id("idle").unwrap(), &set)
        .unwrap();
    assert_eq!(
        (d.allowed, d.code, d.tracker),
        (false, TrackerCode::UnknownTracker, "")
    );
    let d = small
        .decide_automated_ids(rules.automated_id("fraud").unwrap(), &set)
        .unwrap();
    assert_eq!(
        (d.allowed, d.code, d.decision),
        (false, AutomatedCode::UnknownDecision, "")
    );
}

#[test]
fn the_age_facts_survive_resolution_and_count() {
    let rules = table(Some(ChildrenEntry::new(Audience::Mixed, Some(16), true)));
    let set = rules.resolve_facts(&Facts::from_iter(["child", "parental_consent"]));
    assert_eq!(set.len(), 2);
    assert!(!set.is_empty());
    let d = rules.decide_child_ids(&set).unwrap();
    assert_eq!(d.code, ChildCode::ParentalConsent);
}
