//! A direct-marketing purpose: the user's objection (`objection:PURPOSE`)
//! stops each of its uses whatever the basis (GDPR Art. 21(2), (3)), by
//! name, by ids and by typed facts alike.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::*;

/// `news` (consent), `promo` (legitimate interests) and `catalogue`
/// (contract) are direct marketing; `care` (consent) is not.
fn table() -> RuleTable {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table
        .data
        .push(DataEntry::new("account", "Account", Identity::Identified));
    for (id, basis, marketing) in [
        ("news", Basis::Consent, true),
        ("promo", Basis::LegitimateInterest, true),
        ("catalogue", Basis::Contract, true),
        ("care", Basis::Consent, false),
    ] {
        let mut purpose = PurposeEntry::new(id, id, basis);
        purpose.direct_marketing = marketing;
        table.purposes.push(purpose);
        table.uses.push(UseRule::new("account", id, basis));
    }
    table.seal();
    table
}

fn rules() -> Rules {
    Rules::from_table(table()).unwrap()
}

/// Decides by name, by ids with resolved facts, and checks they agree.
fn decide(rules: &Rules, purpose: &str, names: &[&str]) -> DecisionReport {
    let facts = Facts::from_iter(names.iter().copied());
    let by_name = rules.decide_use("account", purpose, &facts).to_report();
    let (d, p) = (
        rules.data_id("account").unwrap(),
        rules.purpose_id(purpose).unwrap(),
    );
    let set = rules.resolve_facts(&facts);
    assert_eq!(rules.decide_use_ids(d, p, &set).to_report(), by_name);
    by_name
}

#[test]
fn an_objection_stops_a_consented_direct_marketing_use() {
    let rules = rules();
    let d = decide(&rules, "news", &["consent:news"]);
    assert_eq!(d.code, DecisionCode::Allowed);
    let d = decide(&rules, "news", &["consent:news", "objection:news"]);
    assert!(!d.allowed);
    assert_eq!(d.code, DecisionCode::Objected);
    assert_eq!(d.code.as_str(), "objected");
    assert_eq!(
        d.reason,
        "denied: the user objected to `news` (fact `objection:news`), which rests on consent"
    );
    assert_eq!(d.facts, ["objection:news"]);
    // Without consent, consent is what is missing.
    let d = decide(&rules, "news", &["objection:news"]);
    assert_eq!(d.code, DecisionCode::ConsentMissing);
}

#[test]
fn an_objection_stops_direct_marketing_on_any_basis() {
    let rules = rules();
    assert_eq!(decide(&rules, "catalogue", &[]).code, DecisionCode::Allowed);
    let d = decide(&rules, "catalogue", &["objection:catalogue"]);
    assert_eq!(d.code, DecisionCode::Objected);
    assert_eq!(d.basis, Some(Basis::Contract));
    let d = decide(&rules, "promo", &["objection:promo"]);
    assert_eq!(d.code, DecisionCode::Objected);
    // An objection to another purpose stops nothing here.
    assert_eq!(
        decide(&rules, "news", &["consent:news", "objection:promo"]).code,
        DecisionCode::Allowed
    );
}

#[test]
fn an_objection_to_a_purpose_not_marketed_changes_nothing() {
    let rules = rules();
    let d = decide(&rules, "care", &["consent:care", "objection:care"]);
    assert_eq!(d.code, DecisionCode::Allowed);
}

#[test]
fn a_misspelt_objection_fails_closed_for_direct_marketing() {
    let rules = rules();
    let d = decide(&rules, "news", &["consent:news", "objection:nwes"]);
    assert_eq!(d.code, DecisionCode::UnknownFact);
    assert!(d.reason.contains("a misspelt objection?"), "{}", d.reason);
    // a use no objection can stop is not concerned
    let d = decide(&rules, "care", &["consent:care", "objection:nwes"]);
    assert_eq!(d.code, DecisionCode::Allowed);
}

#[test]
fn typed_facts_and_fact_names_know_the_objection() {
    let rules = rules();
    assert!(rules.fact_names().any(|f| f == "objection:news"));
    assert!(!rules.fact_names().any(|f| f == "objection:care"));
    let (d, news) = (
        rules.data_id("account").unwrap(),
        rules.purpose_id("news").unwrap(),
    );
    let set = rules.fact_set([Fact::consent_to(news), Fact::objection_to(news)]);
    assert_eq!(
        rules.decide_use_ids(d, news, &set).code,
        DecisionCode::Objected
    );
    // facts of another table cannot tell
    let other = {
        let mut t = table();
        t.version = "1.0.1".into();
        t.seal();
        Rules::from_table(t).unwrap()
    };
    let foreign = other.fact_set([Fact::consent_to(news), Fact::objection_to(news)]);
    assert_eq!(
        rules.decide_use_ids(d, news, &foreign).code,
        DecisionCode::ForeignFacts
    );
}

#[test]
fn the_flag_is_left_out_when_false() {
    let json = serde_json::to_string(&table()).unwrap();
    assert_eq!(json.matches(r#""direct_marketing":true"#).count(), 3);
    assert!(!json.contains(r#""direct_marketing":false"#));
    let plain = PurposeEntry::new("care", "Care", Basis::Consent);
    let json = serde_json::to_string(&plain).unwrap();
    assert!(!json.contains("direct_marketing"), "{json}");
    let back: PurposeEntry = serde_json::from_str(&json).unwrap();
    assert!(!back.direct_marketing);
}
