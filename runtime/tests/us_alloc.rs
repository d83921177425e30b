//! Decisions that a choice of US state law denies allocate nothing, by ids
//! or by name, as the others do; so do the decisions on trackers, on a
//! child and on automated decisions, by ids.

#![allow(clippy::unwrap_used, reason = "tests")]

use policy_runtime::fact::{self, Choice};
use policy_runtime::*;

// One test only: the allocation counter is process-wide.
#[test]
fn opted_out_decisions_allocate_nothing() {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table
        .data
        .push(DataEntry::new("location", "Location", Identity::Identified));
    table
        .purposes
        .push(PurposeEntry::new("offers", "Offers", Basis::Consent));
    let mut broker = RecipientEntry::new("broker", "Brokers");
    broker.disclosed_as = vec![Disclosure::Sale, Disclosure::Share];
    table.recipients.push(broker);
    let mut offers = UseRule::new("location", "offers", Basis::Consent);
    offers.limitable = true;
    table.uses.push(offers);
    table
        .transfers
        .push(TransferRule::new("location", "broker", &[Ground::Consent]));
    table.gpc = Some(Stance::Honoured);
    let mut pixel = TrackerEntry::new("pixel", "Pixel", TrackerCategory::Marketing);
    pixel.serves.push("offers".into());
    table.trackers.push(pixel);
    let mut stats = TrackerEntry::new("stats", "Stats", TrackerCategory::Analytics);
    stats.serves.push("offers".into());
    table.trackers.push(stats);
    let mut sync = TrackerEntry::new("sync", "Audience sync", TrackerCategory::Analytics);
    sync.party = TrackerParty::Third;
    sync.recipient = Some("broker".into());
    sync.serves.push("offers".into());
    table.trackers.push(sync);
    table.children = Some(ChildrenEntry::new(Audience::Mixed, Some(16), true));
    let mut check = AutomatedDecisionEntry::new(
        "credit_check",
        "Credit check",
        AutomatedBasis::ExplicitConsent,
    );
    check.safeguards = vec![Safeguard::HumanReview];
    table.decisions.push(check);
    table.seal();
    let rules = Rules::from_table(table).unwrap();
    let (data, purpose) = (
        rules.data_id("location").unwrap(),
        rules.purpose_id("offers").unwrap(),
    );
    let broker = rules.recipient_id("broker").unwrap();
    let names = Facts::from_iter([
        "consent:offers",
        "consent:broker",
        fact::GPC,
        fact::LIMIT_SENSITIVE,
    ]);
    let set = rules.fact_set([
        Fact::consent_to(purpose),
        Fact::consent_to_recipient(broker),
        Fact::chose(Choice::Gpc),
        Fact::chose(Choice::LimitSensitive),
    ]);
    let mut denied = 0;
    let info = allocation_counter::measure(|| {
        for _ in 0..100 {
            let u = rules.decide_use_ids(data, purpose, &set);
            let t = rules.decide_transfer_ids(data, broker, &set);
            let n = rules.decide_transfer("location", "broker", &names);
            denied += usize::from(u.code == DecisionCode::LimitedSensitive)
                + usize::from(t.code == DecisionCode::OptedOutOfSale)
                + usize::from(n.code == DecisionCode::OptedOutOfSale);
            std::hint::black_box(t.deciding_facts().count());
        }
    });
    assert_eq!(info.count_total, 0, "opted-out decisions allocated");
    assert_eq!(denied, 300);

    // tracker decisions, denied by GPC or the opt-outs of sale and sharing
    // (through the recipient providing it, too), by a missing consent or
    // an objection, or allowed: none allocates
    let asked = [
        names.clone(),
        Facts::from_iter(["consent:offers", fact::OPT_OUT_SHARE]),
        Facts::from_iter(["consent:offers", fact::OPT_OUT_SALE]),
        Facts::from_iter(["objection:nothing"]),
        Facts::new(),
    ];
    let info = allocation_counter::measure(|| {
        for facts in &asked {
            for tracker in ["pixel", "stats", "sync", "unknown"] {
                let d = rules.decide_tracker(tracker, facts);
                std::hint::black_box(&d);
            }
        }
    });
    assert_eq!(info.count_total, 0, "tracker decisions allocated");
    let d = rules.decide_tracker("pixel", &names);
    assert_eq!(
        (d.code, d.choice),
        (TrackerCode::OptedOutOfSharing, Some(Choice::Gpc))
    );
    let d = rules.decide_tracker("stats", &names);
    assert_eq!(d.code, TrackerCode::Allowed);
    let d = rules.decide_tracker("sync", &names);
    assert_eq!(
        (d.code, d.choice, d.recipient),
        (
            TrackerCode::OptedOutOfSale,
            Some(Choice::Gpc),
            Some("broker")
        )
    );
    let d = rules.decide_tracker("sync", &asked[2]);
    assert_eq!(d.code, TrackerCode::OptedOutOfSale);
    let d = rules.decide_tracker("pixel", &Facts::new());
    assert_eq!(d.code, TrackerCode::ConsentMissing);

    // every decision kind by ids, the fact sets resolved beforehand: the
    // trackers' (denied by GPC, an opt-out, a missing consent, an
    // objection, or allowed), a child's (with and without a parent's
    // consent) and the automated decision's (consent, human review)
    let trackers: Vec<TrackerId> = ["pixel", "stats", "sync"]
        .into_iter()
        .map(|t| rules.tracker_id(t).unwrap())
        .collect();
    let check = rules.automated_id("credit_check").unwrap();
    let mut asked_ids: Vec<FactSet> = asked.iter().map(|f| rules.resolve_facts(f)).collect();
    for facts in [
        Facts::from_iter([fact::CHILD]),
        Facts::from_iter([fact::CHILD, fact::PARENTAL_CONSENT]),
        Facts::from_iter(["consent:credit_check"]),
        Facts::from_iter(["consent:credit_check", "human_review:credit_check"]),
    ] {
        asked_ids.push(rules.resolve_facts(&facts));
    }
    // room for every code, so that recording one allocates nothing
    let mut codes: Vec<&str> = Vec::with_capacity(asked_ids.len() * 5);
    let info = allocation_counter::measure(|| {
        for set in &asked_ids {
            for &tracker in &trackers {
                let d = rules.decide_tracker_ids(tracker, set).unwrap();
                codes.push(d.code.as_str());
                std::hint::black_box(&d);
            }
            let c = rules.decide_child_ids(set).unwrap();
            codes.push(c.code.as_str());
            let a = rules.decide_automated_ids(check, set).unwrap();
            codes.push(a.code.as_str());
            std::hint::black_box((&c, &a));
            let u = rules.decide_use_ids(data, purpose, set);
            let t = rules.decide_transfer_ids(data, broker, set);
            std::hint::black_box((&u, &t));
        }
    });
    assert_eq!(info.count_total, 0, "decisions by ids allocated");
    for code in [
        "opted_out_of_sharing",
        "opted_out_of_sale",
        "consent_missing",
        "allowed",
        "not_a_child",
        "child_without_parental_consent",
        "parental_consent",
        "no_explicit_consent",
        "explicit_consent_given",
        "human_review_requested",
    ] {
        assert!(codes.contains(&code), "{code}: {codes:?}");
    }
}
