//! Every decision rule, by name and by ids.

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

/// Decides by name and by ids, checks both agree, returns the report.
fn use_(rules: &Rules, data: &str, purpose: &str, f: &[&str]) -> DecisionReport {
    let by_name = rules.decide_use(data, purpose, &facts(f)).to_report();
    if let (Some(d), Some(p)) = (rules.data_id(data), rules.purpose_id(purpose)) {
        let set = rules.resolve_facts(&facts(f));
        assert_eq!(rules.decide_use_ids(d, p, &set).to_report(), by_name);
    }
    by_name
}

fn transfer(rules: &Rules, data: &str, recipient: &str, f: &[&str]) -> DecisionReport {
    let by_name = rules
        .decide_transfer(data, recipient, &facts(f))
        .to_report();
    if let (Some(d), Some(r)) = (rules.data_id(data), rules.recipient_id(recipient)) {
        let set = rules.resolve_facts(&facts(f));
        assert_eq!(rules.decide_transfer_ids(d, r, &set).to_report(), by_name);
    }
    by_name
}

#[test]
fn consent_use_needs_consent() {
    let rules = common::rules();
    let d = use_(&rules, "account.email", "marketing", &[]);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::ConsentMissing);
    assert_eq!(d.basis, Some(Basis::Consent));
    assert_eq!(
        d.reason,
        "denied: the purpose `marketing` needs the user's consent (fact `consent:marketing`) and it was not given"
    );
    // consent to another purpose does not count
    let d = use_(&rules, "account.email", "marketing", &["consent:care"]);
    assert_eq!(d.code, DecisionCode::ConsentMissing);

    let d = use_(&rules, "account.email", "marketing", &["consent:marketing"]);
    assert!(d.allowed);
    assert_eq!(d.code, DecisionCode::Allowed);
    assert_eq!(
        d.reason,
        "`account.email` may be used for `marketing` on the basis of consent, which the user gave"
    );
}

#[test]
fn explicit_consent_use_needs_consent() {
    let rules = common::rules();
    let d = use_(&rules, "account.health", "care", &[]);
    assert_eq!(d.code, DecisionCode::ConsentMissing);
    assert_eq!(d.basis, Some(Basis::ExplicitConsent));
    let d = use_(&rules, "account.health", "care", &["consent:care"]);
    assert!(d.allowed);
    assert!(
        d.reason
            .contains("on the basis of explicit consent, which the user gave")
    );
}

#[test]
fn legitimate_interest_holds_unless_objected() {
    let rules = common::rules();
    let d = use_(&rules, "activity_log", "security", &[]);
    assert!(d.allowed);
    assert_eq!(
        d.reason,
        "`activity_log` may be used for `security` on the basis of legitimate interests, and the user has not objected"
    );
    let d = use_(&rules, "activity_log", "security", &["objection:security"]);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::Objected);
    assert_eq!(
        d.reason,
        "denied: the user objected to `security` (fact `objection:security`), which rests on legitimate interests"
    );
    // an objection to another purpose does not count
    assert!(use_(&rules, "activity_log", "security", &["objection:targeting"]).allowed);
}

#[test]
fn contract_always_holds() {
    let rules = common::rules();
    let d = use_(&rules, "account", "billing", &[]);
    assert!(d.allowed);
    assert_eq!(d.basis, Some(Basis::Contract));
    assert_eq!(
        d.reason,
        "`account` may be used for `billing` on the basis of contract"
    );
    // asserting facts changes nothing
    assert!(use_(&rules, "account", "billing", &["objection:billing"]).allowed);
}

#[test]
fn what_is_not_declared_is_denied() {
    let rules = common::rules();
    let d = use_(&rules, "account", "targeting", &["consent:targeting"]);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::NotDeclared);
    assert_eq!(d.basis, None);
    assert_eq!(
        d.reason,
        "denied: the policy does not allow `account` to be used for `targeting`"
    );
    let d = transfer(&rules, "activity_log", "police", &["legal_request"]);
    assert_eq!(d.code, DecisionCode::NotDeclared);
    assert_eq!(
        d.reason,
        "denied: the policy does not allow `activity_log` to be sent to `police`"
    );
}

#[test]
fn unknown_names_are_denied() {
    let rules = common::rules();
    let d = use_(&rules, "account.phone", "marketing", &["consent:marketing"]);
    assert_eq!(d.code, DecisionCode::UnknownData);
    assert_eq!(
        d.reason,
        "denied: `account.phone` is not a data category of policy `pro_it_privacy`"
    );
    assert!(d.retention.is_empty());
    let d = use_(&rules, "account.email", "ads", &[]);
    assert_eq!(d.code, DecisionCode::UnknownPurpose);
    assert_eq!(
        d.reason,
        "denied: `ads` is not a purpose of policy `pro_it_privacy`"
    );
    // the data is known: its retention is reported
    assert_eq!(d.retention.len(), 2);
    let d = transfer(&rules, "account.email", "nsa", &[]);
    assert_eq!(d.code, DecisionCode::UnknownRecipient);
    assert_eq!(
        d.reason,
        "denied: `nsa` is not a recipient of policy `pro_it_privacy`"
    );
    let d = transfer(&rules, "nope", "police", &[]);
    assert_eq!(d.code, DecisionCode::UnknownData);
    // both unknown: the data is reported
    assert_eq!(
        use_(&rules, "nope", "nope", &[]).code,
        DecisionCode::UnknownData
    );
}

#[test]
fn transfers_need_one_ground() {
    let rules = common::rules();
    let d = transfer(&rules, "account.email", "police", &[]);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::NoGroundHolds);
    assert_eq!(
        d.grounds,
        [Ground::LegalObligation, Ground::RightsProtection]
    );
    assert_eq!(
        d.reason,
        "denied: `account.email` may be sent to `police` only on the ground of a legal obligation (fact `legal_request`) or the protection of rights (fact `rights_violation`), and none holds"
    );
    let d = transfer(&rules, "account.email", "police", &["rights_violation"]);
    assert!(d.allowed);
    assert_eq!(d.ground, Some(Ground::RightsProtection));
    assert_eq!(
        d.reason,
        "`account.email` may be sent to `police` on the ground of the protection of rights (fact `rights_violation` holds)"
    );
    // several hold: the first in table order is reported
    let d = transfer(
        &rules,
        "account.email",
        "police",
        &["rights_violation", "legal_request"],
    );
    assert_eq!(d.ground, Some(Ground::LegalObligation));
    let d = transfer(&rules, "account.email", "cloud", &["consent:cloud"]);
    assert_eq!(d.ground, Some(Ground::Consent));
    assert_eq!(
        d.reason,
        "`account.email` may be sent to `cloud` on the ground of consent, which the user gave"
    );
    assert!(transfer(&rules, "account.email", "cloud", &["contract_necessity"]).allowed);
    assert!(transfer(&rules, "account", "acquirer", &["business_transfer"]).allowed);
    assert!(transfer(&rules, "profile", "cloud", &["depersonalized"]).allowed);
    assert!(!transfer(&rules, "profile", "cloud", &["consent:cloud"]).allowed);
}

#[test]
fn retention_comes_from_the_rule_or_the_data() {
    let rules = common::rules();
    let own = use_(&rules, "account.email", "billing", &[]);
    assert_eq!(own.retention.len(), 1);
    assert_eq!(
        own.retention[0].to_string(),
        "5 years from the last invoice"
    );
    let inherited = use_(&rules, "account.email", "marketing", &["consent:marketing"]);
    assert_eq!(
        inherited.retention,
        rules.retention("account.email").unwrap()
    );
    let t = transfer(&rules, "activity_log", "police", &[]);
    assert_eq!(t.retention[0].to_string(), "1 year from collection");
    let none = use_(&rules, "profile", "targeting", &[]);
    assert!(none.retention.is_empty());
}

#[test]
fn decisions_cite_the_policy() {
    let rules = common::rules();
    let d = rules.decide_use("account", "billing", &Facts::new());
    assert_eq!(d.table.policy, "pro_it_privacy");
    assert_eq!(d.table.version, "1.1.0");
    assert_eq!(d.data(), "account");
    assert_eq!(d.purpose(), Some("billing"));
    assert_eq!(d.recipient(), None);
    assert_eq!(d.to_string(), d.reason());
    let json = serde_json::to_value(d).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "allowed": true,
            "code": "allowed",
            "reason": "`account` may be used for `billing` on the basis of contract",
            "data": "account",
            "purpose": "billing",
            "basis": "contract",
            "retention": [
                {"kind": "until", "event": "erased by the user"},
                {"kind": "as_required_by_law"}
            ],
            "policy": "pro_it_privacy",
            "policy_version": "1.1.0",
            "digest": rules.digest()
        })
    );
    let report: DecisionReport = serde_json::from_value(json).unwrap();
    assert_eq!(report, d.to_report());
}

#[test]
fn codes_have_stable_names() {
    let names: Vec<&str> = DecisionCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "allowed",
            "not_declared",
            "unknown_data",
            "unknown_purpose",
            "unknown_recipient",
            "consent_missing",
            "objected",
            "no_ground_holds",
            "foreign_facts",
            "allowed_basis_unstated",
            "unknown_fact",
            "consent_predates_purpose",
            "allowed_ground_unstated",
            "transfer_not_for_purpose",
            "opted_out_of_sale",
            "opted_out_of_sharing",
            "limited_sensitive"
        ]
    );
    for c in DecisionCode::ALL {
        assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        assert_eq!(
            c.is_allowed(),
            matches!(
                c,
                DecisionCode::Allowed
                    | DecisionCode::AllowedBasisUnstated
                    | DecisionCode::AllowedGroundUnstated
            )
        );
    }
}

#[test]
fn ids_and_facts_resolve() {
    let rules = common::rules();
    let email = rules.data_id("account.email").unwrap();
    assert_eq!(rules.table().data[email.index()].id, "account.email");
    assert!(rules.data_id("nope").is_none());
    assert!(rules.purpose_id("marketing").is_some());
    assert!(rules.recipient_id("police").is_some());
    let names: Vec<&str> = rules.fact_names().collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]));
    for f in [
        "consent:marketing",
        "consent:care",
        "consent:cloud",
        "objection:security",
        "objection:targeting",
        "contract_necessity",
        "legal_request",
        "rights_violation",
        "business_transfer",
        "depersonalized",
    ] {
        assert!(names.contains(&f), "{f}");
    }
    let set = rules.resolve_facts(&facts(&["consent:marketing", "not mentioned"]));
    assert_eq!(set.len(), 1);
    assert!(!set.is_empty());
}

#[test]
fn foreign_fact_sets_decide_nothing() {
    let rules = common::rules();
    let mut other = common::sample();
    other.version = "2.0.0".into();
    other.seal();
    let other = Rules::from_table(other).unwrap();
    let foreign = other.resolve_facts(&facts(&["objection:security"]));
    let log = rules.data_id("activity_log").unwrap();
    let security = rules.purpose_id("security").unwrap();
    let d = rules.decide_use_ids(log, security, &foreign);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::ForeignFacts);
    assert!(d.reason().contains("resolve them again"));
    // a condition that needs no fact is still decided
    let account = rules.data_id("account").unwrap();
    let billing = rules.purpose_id("billing").unwrap();
    assert!(rules.decide_use_ids(account, billing, &foreign).allowed);
    let email = rules.data_id("account.email").unwrap();
    let police = rules.recipient_id("police").unwrap();
    assert_eq!(
        rules.decide_transfer_ids(email, police, &foreign).code,
        DecisionCode::ForeignFacts
    );
    // a table with the same content shares the numbering
    let same = Rules::from_table(common::sample()).unwrap();
    let set = same.resolve_facts(&facts(&["objection:security"]));
    assert_eq!(
        rules.decide_use_ids(log, security, &set).code,
        DecisionCode::Objected
    );
}

#[test]
fn ids_of_another_table_are_refused_when_out_of_range() {
    let rules = common::rules();
    let mut big = common::sample();
    big.data
        .push(DataEntry::new("zz", "Z", Identity::Identified));
    big.purposes
        .push(PurposeEntry::new("zz", "Z", Basis::Contract));
    big.recipients.push(RecipientEntry::new("zy", "Z"));
    big.seal();
    let big = Rules::from_table(big).unwrap();
    let set = rules.resolve_facts(&Facts::new());
    let zz = big.data_id("zz").unwrap();
    let zp = big.purpose_id("zz").unwrap();
    let zr = big.recipient_id("zy").unwrap();
    let billing = rules.purpose_id("billing").unwrap();
    let account = rules.data_id("account").unwrap();
    assert_eq!(
        rules.decide_use_ids(zz, billing, &set).code,
        DecisionCode::UnknownData
    );
    assert_eq!(
        rules.decide_use_ids(account, zp, &set).code,
        DecisionCode::UnknownPurpose
    );
    assert_eq!(
        rules.decide_transfer_ids(account, zr, &set).code,
        DecisionCode::UnknownRecipient
    );
    let police = rules.recipient_id("police").unwrap();
    assert_eq!(
        rules.decide_transfer_ids(zz, police, &set).code,
        DecisionCode::UnknownData
    );
    assert_eq!(
        rules.decide_use_ids(zz, billing, &set).reason(),
        "denied: the data id is not one of policy `pro_it_privacy` 1.1.0"
    );
    assert_eq!(
        rules.decide_use_ids(account, zp, &set).reason(),
        "denied: the purpose id is not one of policy `pro_it_privacy` 1.1.0"
    );
    assert_eq!(
        rules.decide_transfer_ids(account, zr, &set).reason(),
        "denied: the recipient id is not one of policy `pro_it_privacy` 1.1.0"
    );
}

#[test]
fn what_a_category_may_be_used_for() {
    let rules = common::rules();
    let purposes: Vec<&str> = rules
        .uses_of("account.email")
        .map(|u| u.purpose.as_str())
        .collect();
    assert_eq!(purposes, ["billing", "marketing"]);
    let recipients: Vec<&str> = rules
        .transfers_of("account.email")
        .map(|t| t.recipient.as_str())
        .collect();
    assert_eq!(recipients, ["acquirer", "cloud", "police"]);
    assert_eq!(rules.uses_of("nope").count(), 0);
    assert_eq!(rules.transfers_of("activity_log").count(), 0);
    assert_eq!(rules.policy(), "pro_it_privacy");
    assert_eq!(rules.version(), "1.1.0");
    assert!(rules.digest().starts_with("sha256:"));
}

#[test]
fn a_transfer_without_grounds_is_denied() {
    let mut t = common::sample();
    t.transfers
        .push(TransferRule::new("profile", "police", &[]));
    t.seal();
    let rules = Rules::from_table(t).unwrap();
    let d = transfer(&rules, "profile", "police", &["legal_request"]);
    assert_eq!(d.code, DecisionCode::NoGroundHolds);
    assert_eq!(
        d.reason,
        "denied: the transfer of `profile` to `police` lists no ground"
    );
}

#[test]
fn conditions_outside_the_convention_are_refused_on_load() {
    // A condition is the one its basis implies: a table that says
    // "contract" but decides on another fact does not load (see
    // tests/meaning.rs).
    let mut t = common::sample();
    for u in &mut t.uses {
        if u.purpose == "billing" && u.data == "account" {
            u.condition = Condition::Requires {
                fact: "paid_plan".into(),
            };
        }
    }
    t.seal();
    let err = Rules::from_table(t).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::UseConditionMismatch {
                basis: Basis::Contract,
                ..
            }
        ),
        "{err}"
    );
}

/// A purpose whose basis the policy does not state: the use holds as
/// declared, whatever the facts, and the decision says the basis is
/// unstated.
#[test]
fn an_unstated_basis_allows_the_use_as_declared_and_says_so() {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table
        .data
        .push(DataEntry::new("email", "E-mail", Identity::Identified));
    table
        .purposes
        .push(PurposeEntry::new("orders", "Orders", Basis::Unstated));
    table
        .uses
        .push(UseRule::new("email", "orders", Basis::Unstated));
    table.seal();
    let rules = Rules::from_table(table).unwrap();
    for f in [&[][..], &["objection:orders"], &["consent:orders"]] {
        let d = use_(&rules, "email", "orders", f);
        assert!(d.allowed, "{f:?}");
        assert_eq!(d.code, DecisionCode::AllowedBasisUnstated);
        assert_eq!(d.basis, Some(Basis::Unstated));
        assert_eq!(
            d.reason,
            "`email` may be used for `orders`, which the policy declares without stating its legal basis"
        );
    }
    let d = use_(&rules, "email", "billing", &[]);
    assert!(!d.allowed);
}

/// A table sending `email` to `ads` on `grounds`, and to `mailer` on
/// consent.
fn sent_to_ads(grounds: Vec<GroundRule>) -> Result<Rules, LoadError> {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table
        .data
        .push(DataEntry::new("email", "E-mail", Identity::Identified));
    for (id, label) in [("ads", "Advertising partners"), ("mailer", "Mail provider")] {
        table.recipients.push(RecipientEntry::new(id, label));
    }
    let mut rule = TransferRule::new("email", "ads", &[]);
    rule.grounds = grounds;
    table.transfers.push(rule);
    table
        .transfers
        .push(TransferRule::new("email", "mailer", &[Ground::Consent]));
    table.seal();
    Rules::from_table(table)
}

/// A transfer whose ground the policy does not state: it holds as
/// declared, whatever the facts, and the decision says the ground is
/// unstated.
#[test]
fn an_unstated_ground_allows_the_transfer_as_declared_and_says_so() {
    let unstated = TransferRule::new("email", "ads", &[Ground::Unstated]).grounds;
    let rules = sent_to_ads(unstated).unwrap();
    for f in [&[][..], &["consent:ads"], &["legal_request"]] {
        let d = transfer(&rules, "email", "ads", f);
        assert!(d.allowed, "{f:?}");
        assert_eq!(d.code, DecisionCode::AllowedGroundUnstated);
        assert_eq!(d.ground, Some(Ground::Unstated));
        assert_eq!(
            d.reason,
            "`email` may be sent to `ads`, which the policy declares without stating a ground"
        );
    }
    // A stated ground keeps its own decision.
    assert_eq!(
        transfer(&rules, "email", "mailer", &[]).code,
        DecisionCode::NoGroundHolds
    );
    assert_eq!(
        transfer(&rules, "email", "mailer", &["consent:mailer"]).code,
        DecisionCode::Allowed
    );
}

/// An unstated ground needs no fact: a table that gives it one is refused.
#[test]
fn an_unstated_ground_with_a_condition_is_refused() {
    let edited = vec![GroundRule {
        ground: Ground::Unstated,
        condition: Condition::Requires {
            fact: "consent:ads".into(),
        },
    }];
    assert!(matches!(
        sent_to_ads(edited),
        Err(LoadError::GroundConditionMismatch { .. })
    ));
}

/// A transfer on legitimate interests holds until the user objects to the
/// recipient (`objection:RECIPIENT`), by name and by typed fact; the
/// denial names the objection; an objection to the recipient is no
/// misspelt objection to a purpose.
#[test]
fn a_legitimate_interest_ground_holds_unless_the_user_objected() {
    let li = TransferRule::new("email", "ads", &[Ground::LegitimateInterest]).grounds;
    assert_eq!(
        li[0].condition,
        Condition::Unless {
            fact: "objection:ads".into()
        }
    );
    let rules = sent_to_ads(li).unwrap();
    let d = transfer(&rules, "email", "ads", &[]);
    assert!(d.allowed);
    assert_eq!(d.code, DecisionCode::Allowed);
    assert_eq!(d.ground, Some(Ground::LegitimateInterest));
    assert_eq!(
        d.reason,
        "`email` may be sent to `ads` on the ground of legitimate interests, and the user has not objected"
    );
    let d = transfer(&rules, "email", "ads", &["objection:ads"]);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::NoGroundHolds);
    assert_eq!(
        d.reason,
        "denied: `email` may be sent to `ads` only on the ground of legitimate interests, to which the user objected (fact `objection:ads`), and none holds"
    );
    // An objection to another recipient stops nothing here.
    assert!(transfer(&rules, "email", "ads", &["objection:mailer"]).allowed);
    assert!(rules.knows_fact("objection:ads"));
    assert_eq!(rules.unknown_facts(&facts(&["objection:ads"])).count(), 0);
    // The typed fact resolves to the same bit.
    let (email, ads) = (
        rules.data_id("email").unwrap(),
        rules.recipient_id("ads").unwrap(),
    );
    let set = rules.fact_set([Fact::objection_to_recipient(ads)]);
    assert_eq!(
        rules.decide_transfer_ids(email, ads, &set).code,
        DecisionCode::NoGroundHolds
    );
    assert_eq!(
        rules
            .fact_name(Fact::objection_to_recipient(ads))
            .as_deref(),
        Some("objection:ads")
    );
    // A condition other than the objection to this recipient is refused.
    let edited = vec![GroundRule {
        ground: Ground::LegitimateInterest,
        condition: Condition::Unless {
            fact: "objection:mailer".into(),
        },
    }];
    assert!(matches!(
        sent_to_ads(edited),
        Err(LoadError::GroundConditionMismatch { .. })
    ));
}
