//! A use that an objection to direct marketing denies allocates nothing,
//! by ids or by name, as the other decisions do.

#![allow(clippy::unwrap_used, reason = "tests")]

use policy_runtime::*;

// One test only: the allocation counter is process-wide.
#[test]
fn objected_marketing_decisions_allocate_nothing() {
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table
        .data
        .push(DataEntry::new("account", "Account", Identity::Identified));
    let mut news = PurposeEntry::new("news", "News", Basis::Consent);
    news.direct_marketing = true;
    table.purposes.push(news);
    table
        .uses
        .push(UseRule::new("account", "news", Basis::Consent));
    table.seal();
    let rules = Rules::from_table(table).unwrap();
    let (data, news) = (
        rules.data_id("account").unwrap(),
        rules.purpose_id("news").unwrap(),
    );
    let set = rules.fact_set([Fact::consent_to(news), Fact::objection_to(news)]);
    let names = Facts::from_iter(["consent:news", "objection:news"]);
    let mut objected = 0;
    let info = allocation_counter::measure(|| {
        for _ in 0..100 {
            let by_ids = rules.decide_use_ids(data, news, &set);
            let by_name = rules.decide_use("account", "news", &names);
            objected += usize::from(by_ids.code == DecisionCode::Objected);
            objected += usize::from(by_name.code == DecisionCode::Objected);
        }
    });
    assert_eq!(info.count_total, 0, "objected decisions allocated");
    assert_eq!(objected, 200);
}
