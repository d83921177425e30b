//! Decisions by ids allocate nothing; they agree with decisions by name on a
//! large synthetic table.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use common::synthetic;
use policy_runtime::*;

// One test only: the allocation counter is process-wide.
#[test]
fn decisions_by_ids_allocate_nothing_and_agree_with_names() {
    let table = synthetic::table(2_000);
    let rules = Rules::from_table(table.clone()).unwrap();
    let facts = synthetic::session_facts(&table);
    let set = rules.resolve_facts(&facts);
    let uses: Vec<_> = synthetic::use_queries(&table, 2_000)
        .into_iter()
        .map(|(d, p)| {
            (
                rules.data_id(&d).unwrap(),
                rules.purpose_id(&p).unwrap(),
                d,
                p,
            )
        })
        .collect();
    let transfers: Vec<_> = synthetic::transfer_queries(&table, 2_000)
        .into_iter()
        .map(|(d, r)| {
            (
                rules.data_id(&d).unwrap(),
                rules.recipient_id(&r).unwrap(),
                d,
                r,
            )
        })
        .collect();

    let mut allowed = 0;
    let info = allocation_counter::measure(|| {
        for (d, p, _, _) in &uses {
            allowed += usize::from(rules.decide_use_ids(*d, *p, &set).allowed);
        }
        for (d, r, _, _) in &transfers {
            allowed += usize::from(rules.decide_transfer_ids(*d, *r, &set).allowed);
        }
    });
    assert_eq!(info.count_total, 0, "decisions by ids allocated");
    assert!(allowed > 0);

    // by name: no allocation either (the reason is built only on demand)
    let info = allocation_counter::measure(|| {
        for (_, _, d, p) in &uses {
            std::hint::black_box(rules.decide_use(d, p, &facts));
        }
    });
    assert_eq!(info.count_total, 0, "decisions by name allocated");

    // a retention sweep over many records allocates nothing either
    let collected: Date = "2027-01-31".parse().unwrap();
    let records: Vec<[(Event<'_>, Date); 1]> = (0..1_000)
        .map(|i| [(Event::Collection, collected.add_days(i))])
        .collect();
    let mut dated = 0;
    let info = allocation_counter::measure(|| {
        for (d, p, _, _) in uses.iter().take(100) {
            for deadline in rules.deadlines(*d, Some(*p), &records) {
                dated += usize::from(matches!(deadline, Deadline::On { .. }));
            }
        }
    });
    assert_eq!(info.count_total, 0, "deadlines allocated");
    assert!(dated > 0);

    // the counter counts
    let (_, _, d, p) = &uses[0];
    let info = allocation_counter::measure(|| {
        std::hint::black_box(rules.decide_use(d, p, &facts).reason());
    });
    assert!(info.count_total > 0);

    for (d, p, dn, pn) in &uses {
        let a = rules.decide_use_ids(*d, *p, &set);
        let b = rules.decide_use(dn, pn, &facts);
        assert_eq!(a, b);
        assert_eq!(
            a.allowed,
            matches!(
                a.code,
                DecisionCode::Allowed
                    | DecisionCode::AllowedBasisUnstated
                    | DecisionCode::AllowedGroundUnstated
            )
        );
    }
    for (d, r, dn, rn) in &transfers {
        assert_eq!(
            rules.decide_transfer_ids(*d, *r, &set),
            rules.decide_transfer(dn, rn, &facts)
        );
    }
}
