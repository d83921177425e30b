//! A cap on a retention by criteria (issue 14, item 10: "a cap (`at most
//! 90 days`)"): `retain DATA criteria "…" at_most 90 days from collection`.
//! The criteria decide, the data is deleted no later than the cap's end;
//! the model, the text in every language, the rule table, the runtime's
//! deadline, `policyc test`, the diff and fmt agree.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[path = "common/retention.rs"]
mod retention_policy;

use assert_cmd::Command;
use policy_runtime::{Cap, Date, Deadline, Event, RetentionPeriod, TimeUnit};
use policyc::diff::{ChangeKind, Class};
use policyc::model::{Duration, Period};
use retention_policy::{codes, kinds, model, policy, rules};

const CAPPED: &str = r#"retain account criteria "as long as your question is being handled" at_most 90 days from collection then delete"#;
const CRITERIA: &str =
    r#"retain account criteria "as long as your question is being handled" then delete"#;
const WORDS: &str = "as long as your question is being handled";

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_cap_is_part_of_the_criteria_period() {
    let policy = model(CAPPED);
    let account = policy.data.iter().find(|d| d.id == "account").unwrap();
    assert_eq!(
        account.retention,
        [Period::Criteria {
            criteria: WORDS.to_owned(),
            at_most: Some(policyc::model::Cap {
                duration: Duration {
                    amount: 90,
                    unit: TimeUnit::Day
                },
                from: "collection".to_owned(),
            }),
        }]
    );
    // A stated retention: neither E0307 nor W0414.
    let found = codes(CAPPED);
    assert!(
        !found.contains(&policyc::codes::Code::IdentifiedWithoutRetention)
            && !found.contains(&policyc::codes::Code::RetentionUnstated),
        "{found:?}"
    );
    // Without a cap the model's JSON is as before: no `at_most` key.
    let plain = serde_json::to_string(&model(CRITERIA)).unwrap();
    assert!(!plain.contains("at_most"), "{plain}");
}

#[test]
fn a_cap_after_a_period_with_an_end_is_refused_with_the_way_to_cap_it() {
    for retain in [
        "retain account for 1 year from collection at_most 90 days from collection",
        "retain account until account_closure at_most 90 days from collection",
        r#"retain account criteria "while open" at_most 90 days"#,
    ] {
        let checked = policyc::check_source(&policy(retain));
        assert!(checked.has_errors(), "{retain}: {:#?}", checked.diagnostics);
    }
    let checked = policyc::check_source(&policy(
        "retain account until account_closure at_most 90 days from collection",
    ));
    let error = checked.diagnostics.first().unwrap();
    assert!(
        error
            .message
            .contains("`at_most` caps a retention by criteria only"),
        "{error:#?}"
    );
    assert!(
        error
            .help
            .as_deref()
            .unwrap_or_default()
            .contains("whichever comes first"),
        "{error:#?}"
    );
}

#[test]
fn the_text_states_the_cap_in_every_language() {
    let policy = model(CAPPED);
    let en = flat(&policyc::render::plain_text(&policy));
    assert!(
        en.contains(
            "The following information is kept for a period determined by criteria, and no longer than 90 days from collection, then deleted: Account details. The criteria that determine this period: as long as your question is being handled."
        ),
        "{en}"
    );
    let md = flat(&policyc::render::markdown(&policy));
    assert!(
        md.contains(
            "for a period determined by criteria, and no longer than 90 days from collection"
        ),
        "{md}"
    );
    for (lang, words) in [
        (
            "de",
            "für eine Dauer, die sich nach Kriterien bestimmt, höchstens jedoch 90 Tage ab der Erhebung",
        ),
        (
            "fr",
            "pendant une durée déterminée par des critères, et au plus 90 jours à compter de la collecte",
        ),
        (
            "es",
            "durante un plazo determinado por criterios, y como máximo 90 días desde la recogida",
        ),
    ] {
        let mut translated = policy.clone();
        translated.header.language = lang.to_owned();
        let text = flat(&policyc::render::plain_text(&translated));
        assert!(text.contains(words), "{lang}: {text}");
        assert!(text.contains(WORDS), "{lang}: {text}");
    }
    // Without a cap the sentence is as before.
    let plain = flat(&policyc::render::plain_text(&model(CRITERIA)));
    assert!(
        plain.contains("kept for a period determined by criteria, then deleted"),
        "{plain}"
    );
    assert!(!plain.contains("no longer than"), "{plain}");
}

#[test]
fn the_table_carries_the_cap_only_where_declared() {
    let json = serde_json::to_string(&policyc::rules::table(&model(CAPPED))).unwrap();
    assert!(
        json.contains(&format!(
            r#"{{"kind":"criteria","criteria":"{WORDS}","at_most":{{"amount":90,"unit":"day","from":"collection"}}}}"#
        )),
        "{json}"
    );
    let plain = serde_json::to_string(&policyc::rules::table(&model(CRITERIA))).unwrap();
    assert!(!plain.contains("at_most"), "{plain}");
    let read: policy_runtime::RuleTable = serde_json::from_str(&json).unwrap();
    assert_eq!(read, policyc::rules::table(&model(CAPPED)));
    assert_eq!(
        rules(CAPPED).retention("account").unwrap(),
        [RetentionPeriod::Criteria {
            criteria: WORDS.to_owned(),
            at_most: Some(Cap {
                amount: 90,
                unit: TimeUnit::Day,
                from: "collection".to_owned()
            }),
        }]
    );
}

#[test]
fn the_runtime_answers_the_cap_s_end_as_a_latest_date() {
    let rules = rules(CAPPED);
    let collected: Date = "2027-01-01".parse().unwrap();
    let record = [(Event::Collection, collected)];
    let at_most = Deadline::AtMost {
        date: "2027-04-01".parse().unwrap(),
        criteria: WORDS,
    };
    assert_eq!(rules.deadline("account", None, &record), at_most);
    // No collection date known: the criteria alone, no date.
    assert_eq!(
        rules.deadline("account", None, &[]),
        Deadline::Criteria { criteria: WORDS }
    );
}

/// `policyc test` on the small policy with a test block of `lines`.
fn policyc_test(lines: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.policy");
    std::fs::write(
        &path,
        format!("{}\ntest \"deadlines\" {{\n{lines}}}\n", policy(CAPPED)),
    )
    .unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .args(["test", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    (
        output.status.code(),
        format!(
            "{}{}",
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap()
        ),
    )
}

#[test]
fn a_test_expects_the_cap_with_at_most_not_is_date() {
    let (status, output) = policyc_test(
        "  deadline account after collection 2027-01-01 is at_most 2027-04-01\n  deadline account is criteria\n",
    );
    assert_eq!(status, Some(0), "{output}");
    assert!(output.contains("all hold"), "{output}");
    // `is DATE` would say the data is erased on the date: it does not hold.
    let (status, output) =
        policyc_test("  deadline account after collection 2027-01-01 is 2027-04-01\n");
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains("should be: erase on 2027-04-01; it is: erase on 2027-04-01 at the latest, or before as the criteria determine"),
        "{output}"
    );
    let (status, output) =
        policyc_test("  deadline account after collection 2027-01-01 is at_most 2027-04-02\n");
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains("should be: erase on 2027-04-02 at the latest"),
        "{output}"
    );
}

#[test]
fn the_diff_classes_a_cap_by_what_it_does() {
    let shorter = CAPPED.replace("90 days", "60 days");
    let reworded = CAPPED.replace("being handled", "open");
    assert_eq!(kinds(CRITERIA, CAPPED), [ChangeKind::RetentionCapped]);
    assert_eq!(kinds(CAPPED, CRITERIA), [ChangeKind::RetentionUncapped]);
    assert_eq!(kinds(CAPPED, &shorter), [ChangeKind::RetentionShortened]);
    assert_eq!(kinds(&shorter, CAPPED), [ChangeKind::RetentionExtended]);
    assert_eq!(
        kinds(CAPPED, &reworded),
        [ChangeKind::RetentionCriteriaChanged]
    );
    assert_eq!(kinds(CAPPED, CAPPED), []);
    assert_eq!(ChangeKind::RetentionCapped.class(), Class::Narrowing);
    assert_eq!(ChangeKind::RetentionUncapped.class(), Class::Expanding);
    assert_eq!(
        ChangeKind::RetentionCapped.mirror(),
        ChangeKind::RetentionUncapped
    );
}

#[test]
fn fmt_keeps_the_cap_after_the_criteria() {
    let source = policy(CAPPED);
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains(&format!(
            "criteria \"{WORDS}\" at_most 90 days from collection"
        )),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
    assert_eq!(
        policyc::check_source(&formatted).policy.unwrap().data,
        model(CAPPED).data
    );
}
