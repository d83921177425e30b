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

// How alternatives combine: `whichever comes first` or `last` (issue 14,
// item 10).

/// A table whose category `x` is kept for `periods` combined by `rule`,
/// and whose use of `x` for `p` has periods of its own.
fn kept_by(
    periods: Vec<RetentionPeriod>,
    rule: Option<RetentionRule>,
    use_periods: Vec<RetentionPeriod>,
    use_rule: Option<RetentionRule>,
) -> Rules {
    let mut t = RuleTable::new("shop", "1.0.0", "2026-12-01");
    let mut x = DataEntry::new("x", "X", Identity::Pseudonymized);
    x.retention = periods;
    x.retention_rule = rule;
    t.data.push(x);
    t.purposes
        .push(PurposeEntry::new("p", "P", Basis::LegitimateInterest));
    let mut u = UseRule::new("x", "p", Basis::LegitimateInterest);
    u.retention = use_periods;
    u.retention_rule = use_rule;
    t.uses.push(u);
    t.seal();
    Rules::from_table(t).unwrap()
}

fn month_or_closure() -> Vec<RetentionPeriod> {
    vec![
        RetentionPeriod::For {
            amount: 1,
            unit: TimeUnit::Month,
            from: "collection".into(),
        },
        RetentionPeriod::Until {
            event: "the closure of the account".into(),
        },
    ]
}

#[test]
fn first_takes_the_earliest_end_at_month_ends() {
    let rules = kept_by(month_or_closure(), Some(RetentionRule::First), vec![], None);
    // 2028 is a leap year: one month from January 31st is February 29th.
    let collected = (Event::Collection, date("2028-01-31"));
    assert_eq!(rules.deadline("x", None, &[collected]), on("2028-02-29"));
    let closed_before = [collected, (Event::AccountClosure, date("2028-02-10"))];
    assert_eq!(rules.deadline("x", None, &closed_before), on("2028-02-10"));
    let closed_after = [collected, (Event::AccountClosure, date("2028-03-01"))];
    assert_eq!(rules.deadline("x", None, &closed_after), on("2028-02-29"));
    // Nothing known: waiting on the first event it lacks.
    assert_eq!(
        rules.deadline("x", None, &[]),
        Deadline::Pending {
            event: "collection"
        }
    );
}

#[test]
fn last_and_no_rule_take_the_latest_end() {
    for rule in [Some(RetentionRule::Last), None] {
        let rules = kept_by(month_or_closure(), rule, vec![], None);
        let collected = (Event::Collection, date("2027-01-31"));
        assert_eq!(
            rules.deadline("x", None, &[collected]),
            Deadline::Pending {
                event: "the closure of the account"
            }
        );
        let closed = [collected, (Event::AccountClosure, date("2027-02-01"))];
        assert_eq!(rules.deadline("x", None, &closed), on("2027-02-28"));
    }
}

#[test]
fn the_law_holds_under_either_rule() {
    let mut periods = month_or_closure();
    periods.push(RetentionPeriod::AsRequiredByLaw);
    let events = [
        (Event::Collection, date("2027-12-31")),
        (Event::AccountClosure, date("2028-06-30")),
    ];
    let first = kept_by(periods.clone(), Some(RetentionRule::First), vec![], None);
    assert_eq!(
        first.deadline("x", None, &events),
        Deadline::LegalHold {
            after: Some(date("2028-01-31"))
        }
    );
    let last = kept_by(periods, Some(RetentionRule::Last), vec![], None);
    assert_eq!(
        last.deadline("x", None, &events),
        Deadline::LegalHold {
            after: Some(date("2028-06-30"))
        }
    );
}

#[test]
fn a_use_rule_brings_its_own_rule() {
    let year_or_last_use = vec![
        RetentionPeriod::For {
            amount: 1,
            unit: TimeUnit::Year,
            from: "collection".into(),
        },
        RetentionPeriod::For {
            amount: 30,
            unit: TimeUnit::Day,
            from: "the last use".into(),
        },
    ];
    let rules = kept_by(
        month_or_closure(),
        Some(RetentionRule::Last),
        year_or_last_use,
        Some(RetentionRule::First),
    );
    let events = [
        (Event::Collection, date("2028-02-29")),
        (Event::LastUse, date("2028-12-15")),
    ];
    // The use's own periods and rule: the first of 2029-02-28 and 2029-01-14.
    assert_eq!(rules.deadline("x", Some("p"), &events), on("2029-01-14"));
    let x = rules.data_id("x").unwrap();
    let p = rules.purpose_id("p").unwrap();
    let many: Vec<_> = rules.deadlines(x, Some(p), [events]).collect();
    assert_eq!(many, [on("2029-01-14")]);
}

#[test]
fn the_rule_is_left_out_when_absent_and_read_back_when_present() {
    let mut x = DataEntry::new("x", "X", Identity::Pseudonymized);
    x.retention = month_or_closure();
    let json = serde_json::to_string(&x).unwrap();
    assert!(!json.contains("retention_rule"), "{json}");
    x.retention_rule = Some(RetentionRule::First);
    let json = serde_json::to_string(&x).unwrap();
    assert!(json.contains(r#""retention_rule":"first""#), "{json}");
    let back: DataEntry = serde_json::from_str(&json).unwrap();
    assert_eq!(back, x);
    assert!(serde_json::from_str::<DataEntry>(&json.replace("\"first\"", "\"sooner\"")).is_err());
}

#[test]
fn criteria_are_never_dated_whatever_the_rule_and_the_events() {
    let criteria = RetentionPeriod::Criteria {
        criteria: "as long as the ticket is open".into(),
        at_most: None,
    };
    let rules = kept(vec![criteria.clone()]);
    let events = [(Event::Collection, date("2027-01-31"))];
    let expected = Deadline::Criteria {
        criteria: "as long as the ticket is open",
    };
    assert_eq!(rules.deadline("x", None, &events), expected);
    assert_eq!(rules.deadline("x", None, &[]), expected);
    assert_eq!(rules.backup_deadline("x", None, &events), expected);
    // A table built by hand that joins criteria to a period: still no date.
    let joined = [for_(1, TimeUnit::Year, "collection"), criteria];
    for rule in [None, Some(RetentionRule::First), Some(RetentionRule::Last)] {
        assert_eq!(deadline_under(&joined, rule, &events), expected);
    }
    assert_eq!(
        serde_json::to_string(&expected).unwrap(),
        r#"{"kind":"criteria","criteria":"as long as the ticket is open"}"#
    );
}

fn capped(from: &str) -> RetentionPeriod {
    RetentionPeriod::Criteria {
        criteria: "as long as the ticket is open".into(),
        at_most: Some(Cap {
            amount: 90,
            unit: TimeUnit::Day,
            from: from.into(),
        }),
    }
}

#[test]
fn capped_criteria_answer_the_cap_s_end_as_a_latest_date() {
    let rules = kept(vec![capped("collection")]);
    let events = [(Event::Collection, date("2027-01-01"))];
    let expected = Deadline::AtMost {
        date: date("2027-04-01"),
        criteria: "as long as the ticket is open",
    };
    assert_eq!(rules.deadline("x", None, &events), expected);
    assert_eq!(
        expected.to_string(),
        "erase on 2027-04-01 at the latest, or before as the criteria determine: as long as the ticket is open"
    );
    assert_eq!(
        serde_json::to_string(&expected).unwrap(),
        r#"{"kind":"at_most","date":"2027-04-01","criteria":"as long as the ticket is open"}"#
    );
    // The rule does not matter: the criteria stand alone.
    for rule in [None, Some(RetentionRule::First), Some(RetentionRule::Last)] {
        assert_eq!(
            deadline_under(&[capped("collection")], rule, &events),
            expected
        );
    }
}

#[test]
fn a_cap_whose_event_is_not_known_leaves_the_criteria_undated() {
    let rules = kept(vec![capped("the closure of the account")]);
    let events = [(Event::Collection, date("2027-01-01"))];
    assert_eq!(
        rules.deadline("x", None, &events),
        Deadline::Criteria {
            criteria: "as long as the ticket is open"
        }
    );
    let closed = [(Event::AccountClosure, date("2027-01-10"))];
    assert_eq!(
        rules.deadline("x", None, &closed),
        Deadline::AtMost {
            date: date("2027-04-10"),
            criteria: "as long as the ticket is open"
        }
    );
}

#[test]
fn backups_move_a_cap_s_date_on() {
    let at_most = Deadline::AtMost {
        date: date("2027-04-01"),
        criteria: "c",
    };
    let backups = Some(Backups {
        amount: 35,
        unit: TimeUnit::Day,
    });
    assert_eq!(
        with_backups(at_most, backups),
        Deadline::AtMost {
            date: date("2027-05-06"),
            criteria: "c"
        }
    );
}

#[test]
fn a_cap_round_trips_and_is_left_out_when_not_written() {
    let json = serde_json::to_string(&capped("collection")).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"criteria","criteria":"as long as the ticket is open","at_most":{"amount":90,"unit":"day","from":"collection"}}"#
    );
    assert_eq!(
        serde_json::from_str::<RetentionPeriod>(&json).unwrap(),
        capped("collection")
    );
    let plain = RetentionPeriod::Criteria {
        criteria: "c".into(),
        at_most: None,
    };
    assert!(!serde_json::to_string(&plain).unwrap().contains("at_most"));
    // A cap on another kind of period is refused, not dropped.
    let bad = r#"{"kind":"for","amount":1,"unit":"year","from":"collection","at_most":{"amount":90,"unit":"day","from":"collection"}}"#;
    assert!(serde_json::from_str::<RetentionPeriod>(bad).is_err());
    let unknown = r#"{"kind":"criteria","criteria":"c","at_most":{"amount":90,"unit":"day","from":"collection","by":"x"}}"#;
    assert!(serde_json::from_str::<RetentionPeriod>(unknown).is_err());
}

#[test]
fn a_use_rule_s_own_retention_answers_for_its_purpose() {
    let mut t = RuleTable::new("shop", "1.0.0", "2026-12-01");
    let mut x = DataEntry::new("x", "X", Identity::Identified);
    x.retention = vec![for_(1, TimeUnit::Year, "collection")];
    t.data.push(x);
    t.purposes.push(PurposeEntry::new(
        "books",
        "Bookkeeping",
        Basis::LegalObligation,
    ));
    t.purposes
        .push(PurposeEntry::new("ship", "Shipping", Basis::Contract));
    let mut books = UseRule::new("x", "books", Basis::LegalObligation);
    books.retention = vec![for_(10, TimeUnit::Year, "collection")];
    books.backups = Some(Backups {
        amount: 30,
        unit: TimeUnit::Day,
    });
    t.uses.push(books);
    let mut ship = UseRule::new("x", "ship", Basis::Contract);
    ship.retention = vec![for_(1, TimeUnit::Year, "collection")];
    t.uses.push(ship);
    t.seal();
    let rules = Rules::from_table(t).unwrap();
    let events = [(Event::Collection, date("2027-01-31"))];
    assert_eq!(
        rules.deadline("x", Some("books"), &events),
        on("2037-01-31")
    );
    assert_eq!(
        rules.backup_deadline("x", Some("books"), &events),
        on("2037-03-02")
    );
    assert_eq!(rules.deadline("x", Some("ship"), &events), on("2028-01-31"));
    assert_eq!(rules.deadline("x", None, &events), on("2028-01-31"));
}
