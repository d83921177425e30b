//! Decisions that a choice of US state law denies allocate nothing, by ids
//! or by name, as the others do.

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
}
