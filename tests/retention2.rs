//! Retention by criteria (issue 14, item 10; GDPR Art. 13(2)(a): "the
//! period …, or if that is not possible, the criteria used to determine
//! that period"): the check, the text in every language, the rule table,
//! the runtime's deadline, the diff and fmt agree.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[path = "common/retention.rs"]
mod retention_policy;

use policy_runtime::{Date, Deadline, Event, RetentionPeriod, Rules};
use policyc::codes::Code;
use policyc::diff::{ChangeKind, Class};
use policyc::model::Period;
use retention_policy::{change_kinds, codes, kinds, model, model_of, policy, rules};

const CRITERIA: &str = r#"retain account criteria "as long as the account is open, then for the limitation period for claims" then delete backups for 35 days"#;

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn criteria_state_the_retention() {
    let policy = model(CRITERIA);
    let account = policy.data.iter().find(|d| d.id == "account").unwrap();
    assert_eq!(
        account.retention,
        [Period::Criteria {
            criteria: "as long as the account is open, then for the limitation period for claims"
                .to_owned(),
            at_most: None,
        }]
    );
    // Stated: neither E0307 (no retention) nor W0414 (unstated) is raised.
    let found = codes(CRITERIA);
    assert!(
        !found.contains(&Code::IdentifiedWithoutRetention)
            && !found.contains(&Code::RetentionUnstated),
        "{found:?}"
    );
    assert!(
        codes("").contains(&Code::IdentifiedWithoutRetention),
        "{:?}",
        codes("")
    );
}

#[test]
fn criteria_are_never_joined_to_a_period() {
    for retain in [
        r#"retain account criteria "while open" or for 1 year from collection"#,
        r#"retain account for 1 year from collection or criteria "while open""#,
        r#"retain account criteria"#,
    ] {
        let checked = policyc::check_source(&policy(retain));
        assert!(checked.has_errors(), "{retain}: {:#?}", checked.diagnostics);
    }
}

#[test]
fn the_text_says_the_period_is_determined_by_the_criteria_in_every_language() {
    let policy = model(CRITERIA);
    let en = flat(&policyc::render::plain_text(&policy));
    assert!(
        en.contains(
            "The following information is kept for a period determined by criteria, then deleted: Account details. The criteria that determine this period: as long as the account is open, then for the limitation period for claims. Copies of this information in backups are kept for up to 35 days longer."
        ),
        "{en}"
    );
    for (lang, words) in [
        ("de", "für eine Dauer, die sich nach Kriterien bestimmt"),
        ("fr", "pendant une durée déterminée par des critères"),
        ("es", "durante un plazo determinado por criterios"),
    ] {
        let mut translated = policy.clone();
        translated.header.language = lang.to_owned();
        let text = flat(&policyc::render::plain_text(&translated));
        assert!(text.contains(words), "{lang}: {text}");
        assert!(
            text.contains(
                "as long as the account is open, then for the limitation period for claims"
            ),
            "{lang}: the author's words are given as written: {text}"
        );
    }
}

#[test]
fn the_table_carries_the_criteria_and_the_runtime_never_dates_them() {
    let rules = rules(CRITERIA);
    let criteria = "as long as the account is open, then for the limitation period for claims";
    assert_eq!(
        rules.retention("account").unwrap(),
        [RetentionPeriod::Criteria {
            criteria: criteria.to_owned(),
            at_most: None,
        }]
    );
    let collected: Date = "2027-01-31".parse().unwrap();
    let record = [(Event::Collection, collected)];
    for purpose in [None, Some("service")] {
        assert_eq!(
            rules.deadline("account", purpose, &record),
            Deadline::Criteria { criteria }
        );
        // Backups cannot be dated either.
        assert_eq!(
            rules.backup_deadline("account", purpose, &record),
            Deadline::Criteria { criteria }
        );
    }
    assert_eq!(
        rules.deadline("account", None, &record).to_string(),
        format!("no date: kept for a period determined by the criteria: {criteria}")
    );
    // The table as written reads back with its criteria.
    let json = serde_json::to_string(&policyc::rules::table(&model(CRITERIA))).unwrap();
    assert!(
        json.contains(&format!(r#"{{"kind":"criteria","criteria":"{criteria}"}}"#)),
        "{json}"
    );
    let read: policy_runtime::RuleTable = serde_json::from_str(&json).unwrap();
    assert_eq!(read, policyc::rules::table(&model(CRITERIA)));
}

#[test]
fn a_criteria_entry_with_a_stray_field_is_refused() {
    let bad = r#"{"kind":"criteria","criteria":"while open","event":"x"}"#;
    assert!(serde_json::from_str::<RetentionPeriod>(bad).is_err());
    assert!(serde_json::from_str::<RetentionPeriod>(r#"{"kind":"criteria"}"#).is_err());
}

#[test]
fn criteria_are_classed_by_the_diff() {
    let period = "retain account for 1 year from collection";
    let criteria = r#"retain account criteria "while the account is open""#;
    let reworded = r#"retain account criteria "until the account is closed""#;
    assert_eq!(
        kinds(period, criteria),
        [ChangeKind::RetentionCriteriaAdded]
    );
    assert_eq!(
        kinds(criteria, period),
        [ChangeKind::RetentionCriteriaRemoved]
    );
    assert_eq!(
        kinds(criteria, reworded),
        [ChangeKind::RetentionCriteriaChanged]
    );
    assert_eq!(kinds(criteria, criteria), []);
    assert_eq!(ChangeKind::RetentionCriteriaAdded.class(), Class::Expanding);
    assert_eq!(
        ChangeKind::RetentionCriteriaRemoved.class(),
        Class::Narrowing
    );
    assert_eq!(
        ChangeKind::RetentionCriteriaChanged.class(),
        Class::Editorial
    );
    assert!(ChangeKind::RetentionCriteriaChanged.is_free_text());
    assert_eq!(
        kinds("retain account unstated", criteria),
        [ChangeKind::RetentionStated]
    );
}

#[test]
fn fmt_keeps_criteria_on_their_line() {
    let source = policy(CRITERIA);
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains(
            "retain account criteria \"as long as the account is open, then for the limitation period for claims\"\n  then delete backups for 35 days"
        ),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

/// The small policy with a second purpose, `accounting`, that uses
/// `account` too, and `retain` after it.
fn two_purposes(retain: &str) -> String {
    policy(&format!(
        r#"purpose accounting "Keeping the books" {{
  uses  account
  basis legal_obligation
}}

{retain}"#
    ))
}

const PER_PURPOSE: &str = "retain account for 1 year from collection
retain account when_used_for accounting for 10 years from collection then delete backups for 30 days";

#[test]
fn a_purpose_keeps_the_data_for_its_own_period() {
    let policy = model_of(&two_purposes(PER_PURPOSE));
    let account = policy.data.iter().find(|d| d.id == "account").unwrap();
    let own = account.retention_for("accounting").unwrap();
    assert_eq!(own.periods.len(), 1);
    assert!(account.retention_for("service").is_none());
    let text = flat(&policyc::render::plain_text(&policy));
    assert!(
        text.contains(
            "When used for keeping the books, the following information is kept for 10 years from collection, then deleted: Account details. Copies of this information in backups are kept for up to 30 days longer."
        ),
        "{text}"
    );
    // The summary says which purpose, and the end and backups.
    assert!(
        text.contains(
            "Account details, when used for keeping the books: for 10 years from collection, then deleted (copies in backups: up to 30 days longer)"
        ),
        "{text}"
    );
    // Mid-sentence the label begins in lower case, except in German,
    // which capitalizes its nouns.
    for (lang, words) in [
        ("de", "Wenn sie für Keeping the books verwendet werden"),
        ("fr", "Lorsqu'elles sont utilisées pour keeping the books"),
        ("es", "Cuando se utiliza a efectos de keeping the books"),
    ] {
        let mut translated = policy.clone();
        translated.header.language = lang.to_owned();
        let text = flat(&policyc::render::plain_text(&translated));
        assert!(text.contains(words), "{lang}: {text}");
    }
}

#[test]
fn the_per_purpose_table_shows_the_purposes_own_period() {
    let policy = model_of(&two_purposes(PER_PURPOSE));
    let markdown = policyc::render::markdown(&policy);
    let row = |label: &str| {
        markdown
            .lines()
            .find(|l| l.starts_with('|') && l.contains(label))
            .unwrap_or_else(|| panic!("no row for {label}: {markdown}"))
            .to_owned()
    };
    let accounting = row("Keeping the books");
    assert!(
        accounting.contains(
            "for 10 years from collection, then deleted (copies in backups: up to 30 days longer)"
        ),
        "{accounting}"
    );
    let service = row("Providing the Shop");
    assert!(service.contains("for 1 year from collection"), "{service}");
    assert!(!service.contains("10 years"), "{service}");
}

#[test]
fn the_use_rule_carries_the_purposes_own_retention() {
    let policy = model_of(&two_purposes(PER_PURPOSE));
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let collected: Date = "2027-01-31".parse().unwrap();
    let record = [(Event::Collection, collected)];
    assert_eq!(
        rules.deadline("account", Some("accounting"), &record),
        Deadline::On {
            date: "2037-01-31".parse().unwrap()
        }
    );
    assert_eq!(
        rules.backup_deadline("account", Some("accounting"), &record),
        Deadline::On {
            date: "2037-03-02".parse().unwrap()
        }
    );
    assert_eq!(
        rules.deadline("account", Some("service"), &record),
        Deadline::On {
            date: "2028-01-31".parse().unwrap()
        }
    );
    assert_eq!(
        rules.deadline("account", None, &record),
        Deadline::On {
            date: "2028-01-31".parse().unwrap()
        }
    );
}

#[test]
fn a_use_rule_that_inherits_serializes_as_before() {
    let plain = model_of(&two_purposes("retain account for 1 year from collection"));
    let json = serde_json::to_string(&policyc::rules::table(&plain)).unwrap();
    assert!(!json.contains("purpose_retention"), "{json}");
    let model = serde_json::to_string(&plain).unwrap();
    assert!(!model.contains("purpose_retention"), "{model}");
}

#[test]
fn a_purpose_that_does_not_use_the_data_is_e0332_and_a_second_retention_is_a_duplicate() {
    let source = policy(
        "retain account for 1 year from collection\nretain account when_used_for nope for 2 years from collection",
    );
    let codes: Vec<Code> = policyc::check_source(&source)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&Code::UnknownPurpose), "{codes:?}");
    let source = two_purposes(
        "retain account for 1 year from collection
retain account when_used_for accounting for 10 years from collection
retain account when_used_for accounting for 9 years from collection",
    );
    let codes: Vec<Code> = policyc::check_source(&source)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&Code::Duplicate), "{codes:?}");
    let unused = policy(
        "purpose other \"Other\" {\n  uses  account\n  basis contract\n}\ndata stats \"Stats\" { source device identity anonymous anonymised_by \"counted\" }\npurpose counting \"Counting\" { uses stats basis legitimate_interest \"counting\" }\nretain account for 1 year from collection\nretain account when_used_for counting for 2 years from collection",
    );
    let checked = policyc::check_source(&unused);
    let e0332 = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::RetentionForUnusedPurpose)
        .unwrap_or_else(|| panic!("{:#?}", checked.diagnostics));
    let help = e0332.help.as_deref().unwrap_or_default();
    assert!(
        help.contains("`service`") && help.contains("`other`"),
        "{help}"
    );
}

#[test]
fn per_purpose_retention_is_classed_by_the_diff() {
    let kinds = |old: &str, new: &str| {
        change_kinds(&model_of(&two_purposes(old)), &model_of(&two_purposes(new)))
    };
    let plain = "retain account for 1 year from collection";
    let longer = "retain account for 1 year from collection\nretain account when_used_for accounting for 10 years from collection";
    let shorter = "retain account for 1 year from collection\nretain account when_used_for accounting for 1 month from collection";
    let same = "retain account for 1 year from collection\nretain account when_used_for accounting for 365 days from collection";
    assert_eq!(
        kinds(plain, longer),
        [ChangeKind::RetentionForPurposeExtended]
    );
    assert_eq!(
        kinds(longer, plain),
        [ChangeKind::RetentionForPurposeShortened]
    );
    assert_eq!(
        kinds(plain, shorter),
        [ChangeKind::RetentionForPurposeShortened]
    );
    assert_eq!(
        kinds(longer, shorter),
        [ChangeKind::RetentionForPurposeShortened]
    );
    assert_eq!(
        kinds(plain, same),
        [ChangeKind::RetentionForPurposeRestated]
    );
    assert_eq!(
        ChangeKind::RetentionForPurposeExtended.class(),
        Class::Expanding
    );
    assert_eq!(
        ChangeKind::RetentionForPurposeShortened.class(),
        Class::Narrowing
    );
    assert_eq!(
        ChangeKind::RetentionForPurposeRestated.class(),
        Class::Editorial
    );
}

#[test]
fn fmt_keeps_when_used_for() {
    let source = two_purposes(PER_PURPOSE);
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("retain account when_used_for accounting for 10 years from collection"),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_summary_says_the_end_and_backups_of_the_data_s_own_retention() {
    let policy =
        model("retain account for 1 year from collection then anonymise backups for 35 days");
    let text = flat(&policyc::render::plain_text(&policy));
    assert!(
        text.contains("Account details: for 1 year from collection, then anonymised (copies in backups: up to 35 days longer)"),
        "{text}"
    );
    let markdown = policyc::render::markdown(&policy);
    assert!(
        markdown.lines().any(|l| l.starts_with('|')
            && l.contains("Providing the Shop")
            && l.contains("then anonymised (copies in backups: up to 35 days longer)")),
        "{markdown}"
    );
    let plain = flat(&policyc::render::plain_text(&model(
        "retain account for 1 year from collection",
    )));
    assert!(!plain.contains("copies in backups:"), "{plain}");
}

#[test]
fn criteria_and_a_purposes_own_events_are_the_authors_strings_to_translate() {
    let mut policy = model_of(&two_purposes(
        r#"retain account criteria "while the account is open"
retain account when_used_for accounting until "the books are closed""#,
    ));
    let mut paths = Vec::new();
    policyc::translate::strings::visit(&mut policy, &mut |path, text| {
        paths.push((path, text.clone()));
    });
    assert!(
        paths.contains(&(
            "retain-account-1".to_owned(),
            "while the account is open".to_owned()
        )),
        "{paths:?}"
    );
    assert!(
        paths.contains(&(
            "retain-account-for-accounting-1".to_owned(),
            "the books are closed".to_owned()
        )),
        "{paths:?}"
    );
}
