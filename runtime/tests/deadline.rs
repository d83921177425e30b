//! Retention deadlines with calendar arithmetic (issue 19, item 4).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use policy_runtime::*;

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn on(text: &str) -> Deadline<'static> {
    Deadline::On { date: date(text) }
}

/// A table whose category `x` is kept for `periods`.
fn kept(periods: Vec<RetentionPeriod>) -> Rules {
    let mut t = RuleTable::new("shop", "1.0.0", "2026-12-01");
    let mut x = DataEntry::new("x", "X", Identity::Pseudonymized);
    x.retention = periods;
    t.data.push(x);
    t.seal();
    Rules::from_table(t).unwrap()
}

fn for_(amount: u32, unit: TimeUnit, from: &str) -> RetentionPeriod {
    RetentionPeriod::For {
        amount,
        unit,
        from: from.into(),
    }
}

#[test]
fn months_and_years_are_calendar_units() {
    let cases = [
        (1, TimeUnit::Month, "2027-01-31", "2027-02-28"),
        (1, TimeUnit::Month, "2028-01-31", "2028-02-29"),
        (1, TimeUnit::Month, "2027-03-31", "2027-04-30"),
        (13, TimeUnit::Month, "2027-01-31", "2028-02-29"),
        (1, TimeUnit::Year, "2028-02-29", "2029-02-28"),
        (4, TimeUnit::Year, "2028-02-29", "2032-02-29"),
        (1, TimeUnit::Year, "2027-03-01", "2028-03-01"),
        (100, TimeUnit::Year, "2000-02-29", "2100-02-28"),
        (30, TimeUnit::Day, "2028-02-01", "2028-03-02"),
        (2, TimeUnit::Week, "2027-12-25", "2028-01-08"),
        (365, TimeUnit::Day, "2028-01-01", "2028-12-31"),
    ];
    for (amount, unit, start, end) in cases {
        let rules = kept(vec![for_(amount, unit, "collection")]);
        assert_eq!(
            rules.deadline("x", None, &[(Event::Collection, date(start))]),
            on(end),
            "{amount} {unit} from {start}"
        );
    }
}

#[test]
fn alternatives_end_with_the_last_and_wait_for_unknown_events() {
    let rules = kept(vec![
        for_(1, TimeUnit::Year, "collection"),
        RetentionPeriod::Until {
            event: "the closure of the account".into(),
        },
    ]);
    let collected = (Event::Collection, date("2027-05-10"));
    // The closure has not happened: no date yet.
    assert_eq!(
        rules.deadline("x", None, &[collected]),
        Deadline::Pending {
            event: "the closure of the account"
        }
    );
    // Both known: the later.
    let early_closure = (Event::AccountClosure, date("2027-07-01"));
    assert_eq!(
        rules.deadline("x", None, &[collected, early_closure]),
        on("2028-05-10")
    );
    let late_closure = (Event::AccountClosure, date("2029-01-01"));
    assert_eq!(
        rules.deadline("x", None, &[collected, late_closure]),
        on("2029-01-01")
    );
}

#[test]
fn the_law_holds_custom_events_match_and_nothing_declared_is_said() {
    let common = common::rules();
    let removed = (Event::Custom("erased by the user"), date("2027-02-01"));
    assert_eq!(
        common.deadline("account.email", None, &[removed]),
        Deadline::LegalHold {
            after: Some(date("2027-02-01"))
        }
    );
    // The use for billing states its own retention: 5 years from the last
    // invoice, a custom event.
    let invoiced = (Event::Custom("the last invoice"), date("2024-02-29"));
    assert_eq!(
        common.deadline("account.email", Some("billing"), &[invoiced]),
        on("2029-02-28")
    );
    assert_eq!(
        common.deadline("account.email", Some("marketing"), &[invoiced]),
        Deadline::Pending {
            event: "erased by the user"
        }
    );
    assert_eq!(
        common.deadline("profile", None, &[removed]),
        Deadline::NoneDeclared
    );
    assert_eq!(common.deadline("nope", None, &[removed]), Deadline::Unknown);
    assert_eq!(
        common.deadline("profile", Some("nope"), &[removed]),
        Deadline::Unknown
    );
    assert_eq!(
        Deadline::LegalHold {
            after: Some(date("2027-02-01"))
        }
        .to_string(),
        "kept as the law requires; the policy's periods end on 2027-02-01"
    );
    assert_eq!(
        serde_json::to_value(on("2027-02-28")).unwrap(),
        serde_json::json!({"kind": "on", "date": "2027-02-28"})
    );
}
