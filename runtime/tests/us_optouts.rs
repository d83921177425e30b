//! The user's choices of US state law (issue 14, item 1): `opt_out:sale`,
//! `opt_out:share`, `limit:sensitive` and `gpc` deny what a rule allows,
//! by name and by ids alike, with their own codes, reasons and deciding
//! facts; tables without disclosures keep their bytes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::fact::{self, Choice};
use policy_runtime::*;

/// A shop: `browsing` sold to `broker` and shared with `ad_network` on
/// consent, sent to `carrier` on contract; `location` (sensitive) used
/// for `offers` on consent (limitable) and `fulfilment` on contract (not).
fn table(gpc: Option<Stance>) -> RuleTable {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    for id in ["browsing", "location"] {
        table
            .data
            .push(DataEntry::new(id, id, Identity::Identified));
    }
    table
        .purposes
        .push(PurposeEntry::new("fulfilment", "Shipping", Basis::Contract));
    table
        .purposes
        .push(PurposeEntry::new("offers", "Offers", Basis::Consent));
    let mut broker = RecipientEntry::new("broker", "Data brokers");
    broker.disclosed_as = vec![Disclosure::Sale];
    let mut network = RecipientEntry::new("ad_network", "Ad networks");
    network.disclosed_as = vec![Disclosure::Share, Disclosure::TargetedAdvertising];
    let mut both = RecipientEntry::new("both", "Sold and shared");
    both.disclosed_as = vec![Disclosure::Sale, Disclosure::Share];
    table.recipients.extend([
        broker,
        network,
        both,
        RecipientEntry::new("carrier", "Carrier"),
    ]);
    let mut offers = UseRule::new("location", "offers", Basis::Consent);
    offers.limitable = true;
    table.uses.push(offers);
    table
        .uses
        .push(UseRule::new("location", "fulfilment", Basis::Contract));
    for recipient in ["broker", "ad_network", "both"] {
        table
            .transfers
            .push(TransferRule::new("browsing", recipient, &[Ground::Consent]));
    }
    table.transfers.push(TransferRule::new(
        "browsing",
        "carrier",
        &[Ground::Contract],
    ));
    table.gpc = gpc;
    table.sort();
    table.seal();
    table
}

fn rules(gpc: Option<Stance>) -> Rules {
    Rules::from_table(table(gpc)).unwrap()
}

fn transfer(rules: &Rules, recipient: &str, facts: &[&str]) -> DecisionCode {
    let facts = Facts::from_iter(facts.iter().copied());
    rules.decide_transfer("browsing", recipient, &facts).code
}

#[test]
fn an_opt_out_denies_the_disclosures_it_names_and_no_other() {
    let rules = rules(None);
    let c = |r: &str| fact::consent(r);
    assert_eq!(
        transfer(&rules, "broker", &[&c("broker")]),
        DecisionCode::Allowed
    );
    assert_eq!(
        transfer(&rules, "broker", &[&c("broker"), fact::OPT_OUT_SALE]),
        DecisionCode::OptedOutOfSale
    );
    assert_eq!(
        transfer(&rules, "broker", &[&c("broker"), fact::OPT_OUT_SHARE]),
        DecisionCode::Allowed
    );
    assert_eq!(
        transfer(
            &rules,
            "ad_network",
            &[&c("ad_network"), fact::OPT_OUT_SHARE]
        ),
        DecisionCode::OptedOutOfSharing
    );
    assert_eq!(
        transfer(
            &rules,
            "ad_network",
            &[&c("ad_network"), fact::OPT_OUT_SALE]
        ),
        DecisionCode::Allowed
    );
    // sale is decided before sharing
    assert_eq!(
        transfer(
            &rules,
            "both",
            &[&c("both"), fact::OPT_OUT_SALE, fact::OPT_OUT_SHARE]
        ),
        DecisionCode::OptedOutOfSale
    );
    // a recipient not sold to is not stopped by any choice
    let every = [
        fact::CONTRACT_NECESSITY,
        fact::OPT_OUT_SALE,
        fact::OPT_OUT_SHARE,
        fact::GPC,
    ];
    assert_eq!(transfer(&rules, "carrier", &every), DecisionCode::Allowed);
    // an opt-out does not turn a missing ground into another denial
    assert_eq!(
        transfer(&rules, "broker", &[fact::OPT_OUT_SALE]),
        DecisionCode::NoGroundHolds
    );
}

#[test]
fn gpc_opts_out_of_sale_and_sharing_only_where_the_policy_honours_it() {
    let consent = |r: &str| fact::consent(r);
    for (stance, denies) in [
        (Some(Stance::Honoured), true),
        (Some(Stance::Ignored), false),
        (None, false),
    ] {
        let rules = rules(stance);
        let sale = transfer(&rules, "broker", &[&consent("broker"), fact::GPC]);
        let share = transfer(&rules, "ad_network", &[&consent("ad_network"), fact::GPC]);
        if denies {
            assert_eq!(sale, DecisionCode::OptedOutOfSale, "{stance:?}");
            assert_eq!(share, DecisionCode::OptedOutOfSharing, "{stance:?}");
        } else {
            assert_eq!(sale, DecisionCode::Allowed, "{stance:?}");
            assert_eq!(share, DecisionCode::Allowed, "{stance:?}");
        }
    }
}

#[test]
fn the_limit_denies_only_uses_beyond_the_permitted_purposes() {
    let rules = rules(None);
    let limited = Facts::from_iter([fact::LIMIT_SENSITIVE, "consent:offers"]);
    let d = rules.decide_use("location", "offers", &limited);
    assert_eq!(d.code, DecisionCode::LimitedSensitive);
    assert!(!d.allowed);
    assert_eq!(d.choice, Some(Choice::LimitSensitive));
    assert_eq!(
        d.reason(),
        "denied: the user limited the use of their sensitive personal information (fact `limit:sensitive`), \
         and using `location` for `offers` goes beyond the purposes the law permits for it (11 CCR §7027(m))"
    );
    assert_eq!(
        d.deciding_facts().collect::<Vec<_>>(),
        ["limit:sensitive", "consent:offers"]
    );
    // on contract: permitted, the limit changes nothing
    assert!(rules.decide_use("location", "fulfilment", &limited).allowed);
    // without consent the use was denied anyway, for that reason
    let d = rules.decide_use(
        "location",
        "offers",
        &Facts::from_iter([fact::LIMIT_SENSITIVE]),
    );
    assert_eq!(d.code, DecisionCode::ConsentMissing);
    assert!(Basis::Consent.limitable() && !Basis::LegalObligation.limitable());
}

#[test]
fn the_report_names_the_choice_and_says_why() {
    let rules = rules(Some(Stance::Honoured));
    let facts = Facts::from_iter(["consent:broker", fact::GPC]);
    let d = rules.decide_transfer("browsing", "broker", &facts);
    assert_eq!(d.choice, Some(Choice::Gpc));
    let report = d.to_report();
    assert_eq!(report.code, DecisionCode::OptedOutOfSale);
    assert_eq!(report.facts, ["gpc", "consent:broker"]);
    assert!(report.grounds.is_empty());
    assert_eq!(
        report.reason,
        "denied: the user's browser sent a Global Privacy Control signal, which the policy honours as an \
         opt-out of sale and sharing (fact `gpc`), and the policy declares sending `browsing` to `broker` as a sale"
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["code"], "opted_out_of_sale");
    let d = rules.decide_transfer(
        "browsing",
        "ad_network",
        &Facts::from_iter(["consent:ad_network", fact::OPT_OUT_SHARE]),
    );
    assert!(
        d.reason().contains("opted out of the sharing"),
        "{}",
        d.reason()
    );
    assert!(
        d.reason().contains(
            "as sharing for cross-context behavioural advertising or targeted advertising"
        )
    );
}

#[test]
fn typed_choices_decide_as_names_do() {
    let rules = rules(Some(Stance::Honoured));
    let browsing = rules.data_id("browsing").unwrap();
    let location = rules.data_id("location").unwrap();
    let offers = rules.purpose_id("offers").unwrap();
    let broker = rules.recipient_id("broker").unwrap();
    let network = rules.recipient_id("ad_network").unwrap();
    for choice in Choice::ALL {
        assert_eq!(
            rules.fact_name(Fact::chose(choice)).as_deref(),
            Some(choice.name())
        );
        assert!(rules.knows_fact(choice.name()));
        let set = rules.fact_set([
            Fact::chose(choice),
            Fact::consent_to(offers),
            Fact::consent_to_recipient(broker),
            Fact::consent_to_recipient(network),
        ]);
        let names = Facts::from_iter([
            choice.name(),
            "consent:offers",
            "consent:broker",
            "consent:ad_network",
        ]);
        assert_eq!(rules.resolve_facts(&names), set, "{choice:?}");
        for (d, r) in [(browsing, broker), (browsing, network)] {
            let by_ids = rules.decide_transfer_ids(d, r, &set);
            let by_name = rules.decide_transfer(by_ids.data(), by_ids.recipient().unwrap(), &names);
            assert_eq!(by_ids, by_name, "{choice:?}");
        }
        let by_ids = rules.decide_use_ids(location, offers, &set);
        assert_eq!(by_ids, rules.decide_use("location", "offers", &names));
        assert_eq!(
            by_ids.code == DecisionCode::LimitedSensitive,
            choice == Choice::LimitSensitive
        );
    }
}

#[test]
fn every_table_knows_the_choices_so_strict_mode_accepts_them() {
    // a table with no disclosure at all
    let mut plain = RuleTable::new("plain", "1.0.0", "2026-12-01");
    plain
        .data
        .push(DataEntry::new("email", "Email", Identity::Identified));
    plain
        .purposes
        .push(PurposeEntry::new("billing", "Billing", Basis::Contract));
    plain
        .uses
        .push(UseRule::new("email", "billing", Basis::Contract));
    plain.seal();
    let rules = Rules::from_table(plain).unwrap();
    let facts = Facts::from_iter(fact::CHOICES);
    assert_eq!(rules.unknown_facts(&facts).count(), 0);
    assert!(rules.decide_use_strict("email", "billing", &facts).allowed);
    // no decision of it reads them
    assert_eq!(rules.fact_names().len(), 0);
    let misspelt = Facts::from_iter(["opt_out:sales"]);
    assert_eq!(
        rules.unknown_facts(&misspelt).collect::<Vec<_>>(),
        ["opt_out:sales"]
    );
}

#[test]
fn the_table_names_the_choices_its_decisions_read() {
    assert_eq!(
        rules(Some(Stance::Honoured))
            .fact_names()
            .collect::<Vec<_>>(),
        [
            "consent:ad_network",
            "consent:both",
            "consent:broker",
            "consent:offers",
            "contract_necessity",
            "gpc",
            "limit:sensitive",
            "opt_out:sale",
            "opt_out:share",
        ]
    );
    // GPC ignored: asserting it changes nothing, so no decision reads it
    assert!(
        !rules(Some(Stance::Ignored))
            .fact_names()
            .any(|f| f == fact::GPC)
    );
}

#[test]
fn a_table_without_disclosures_keeps_its_bytes() {
    let mut bare = RuleTable::new("shop", "1.0.0", "2026-12-01");
    bare.recipients
        .push(RecipientEntry::new("carrier", "Carrier"));
    bare.seal();
    let json = serde_json::to_string(&bare).unwrap();
    for key in ["gpc", "disclosed_as", "limitable"] {
        assert!(!json.contains(key), "{key} in {json}");
    }
    let honoured = table(Some(Stance::Honoured));
    let json = serde_json::to_string(&honoured).unwrap();
    assert!(json.ends_with(r#""gpc":"honoured"}"#), "{json}");
    assert!(json.contains(r#""disclosed_as":["share","targeted_advertising"]"#));
    assert!(json.contains(r#""limitable":true"#));
    // what is written reads back, digest and all
    let back = Rules::from_slice(json.as_bytes()).unwrap();
    assert_eq!(back.table(), &honoured);
}

#[test]
fn facts_of_another_table_decide_nothing() {
    let honoured = rules(Some(Stance::Honoured));
    let other = rules(None);
    let set = other.resolve_facts(&Facts::from_iter(["consent:broker", fact::GPC]));
    let d = honoured.decide_transfer_ids(
        honoured.data_id("browsing").unwrap(),
        honoured.recipient_id("broker").unwrap(),
        &set,
    );
    assert_eq!(d.code, DecisionCode::ForeignFacts);
}

/// A transfer rule that is a sale or sharing itself (`transfer …
/// disclosed_as sale`), to a recipient that is neither: the opt-outs and
/// GPC (honoured) deny it as they deny a transfer to a recipient so
/// marked, by name and by ids alike; another rule to the same recipient
/// is left alone, and the choices it reads are facts of the table.
#[test]
fn a_transfer_rule_disclosed_as_a_sale_is_opted_out_of() {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    for id in ["contact", "orders"] {
        table
            .data
            .push(DataEntry::new(id, id, Identity::Identified));
    }
    table
        .recipients
        .push(RecipientEntry::new("partners", "Catalogue partners"));
    let mut sold = TransferRule::new("contact", "partners", &[Ground::Consent]);
    sold.disclosed_as = vec![Disclosure::Sale, Disclosure::Share];
    table.transfers.push(sold);
    table
        .transfers
        .push(TransferRule::new("orders", "partners", &[Ground::Consent]));
    table.gpc = Some(Stance::Honoured);
    table.sort();
    table.seal();
    let json = serde_json::to_string(&table).unwrap();
    assert_eq!(
        json.matches(r#""disclosed_as":["sale","share"]"#).count(),
        1,
        "{json}"
    );
    let rules = Rules::from_slice(json.as_bytes()).unwrap();
    for choice in ["opt_out:sale", "opt_out:share", "gpc"] {
        assert!(rules.fact_names().any(|f| f == choice), "{choice}");
    }
    let decide = |data: &str, facts: &[&str]| {
        let names = Facts::from_iter(facts.iter().copied());
        let by_name = rules.decide_transfer(data, "partners", &names);
        let set = rules.resolve_facts(&names);
        let by_ids = rules.decide_transfer_ids(
            rules.data_id(data).unwrap(),
            rules.recipient_id("partners").unwrap(),
            &set,
        );
        assert_eq!(by_ids, by_name, "{data} {facts:?}");
        by_name.code
    };
    let consent = "consent:partners";
    assert_eq!(decide("contact", &[consent]), DecisionCode::Allowed);
    assert_eq!(
        decide("contact", &[consent, "opt_out:sale"]),
        DecisionCode::OptedOutOfSale
    );
    assert_eq!(
        decide("contact", &[consent, "opt_out:share"]),
        DecisionCode::OptedOutOfSharing
    );
    assert_eq!(
        decide("contact", &[consent, "gpc"]),
        DecisionCode::OptedOutOfSale
    );
    assert_eq!(
        decide("orders", &[consent, "opt_out:sale", "opt_out:share", "gpc"]),
        DecisionCode::Allowed
    );
}
