//! The controller's parties: its data protection officer (GDPR Art. 37,
//! 13(1)(b)) and its representatives in the EU and the UK (Art. 27).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;
use policyc::diff::{self, Class};
use policyc::model::{Dpo, Policy};

/// A policy whose controller block holds `PARTIES`.
const POLICY: &str = r#"policy parties {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" PARTIES }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    none
}
data email "E-mail address" { source user identity identified required }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
"#;

fn source(parties: &str) -> String {
    POLICY.replace("PARTIES", parties)
}

fn policy(parties: &str) -> Policy {
    let checked = policyc::check_source(&source(parties));
    assert_eq!(checked.diagnostics, [], "{parties}");
    checked.policy.unwrap()
}

#[test]
fn the_dpo_and_the_representatives_are_said_in_the_text() {
    let stated = policy(
        r#"dpo "dpo@example.com" eu_representative "Rep GmbH, Berlin" uk_representative "Rep Ltd, London""#,
    );
    let controller = &stated.header.controller;
    assert_eq!(
        controller.dpo,
        Some(Dpo::Contact {
            contact: "dpo@example.com".into()
        })
    );
    let text = policyc::render::markdown(&stated);
    for said in [
        "The User can contact Example Inc's data protection officer at dpo@example.com.",
        "Example Inc's representative in the European Union is Rep GmbH, Berlin.",
        "Example Inc's representative in the United Kingdom is Rep Ltd, London.",
    ] {
        assert!(text.contains(said), "{said}\n{text}");
    }
    let none =
        policy(r#"dpo none "We are a small company that does not process data at large scale""#);
    let text = policyc::render::markdown(&none);
    assert!(
        text.contains("Example Inc has not designated a data protection officer: We are a small company that does not process data at large scale."),
        "{text}"
    );
    let unstated = policyc::render::markdown(&policy(""));
    assert!(!unstated.contains("data protection officer"), "{unstated}");
    assert!(!unstated.contains("representative in"), "{unstated}");
}

#[test]
fn unstated_parties_are_left_out_of_the_json() {
    let json = serde_json::to_string(&policy("")).unwrap();
    for key in ["dpo", "eu_representative", "uk_representative"] {
        assert!(!json.contains(key), "{key}: {json}");
    }
    let json = serde_json::to_string(&policy(r#"dpo none "small""#)).unwrap();
    assert!(
        json.contains(r#""dpo":{"none":{"reason":"small"}}"#),
        "{json}"
    );
}

#[test]
fn a_dpo_is_stated_once_whether_a_contact_or_none() {
    for twice in [
        r#"dpo "a@example.com" dpo "b@example.com""#,
        r#"dpo "a@example.com" dpo none "small""#,
        r#"dpo none "small" dpo "a@example.com""#,
        r#"eu_representative "A" eu_representative "B""#,
    ] {
        let found = policyc::check_source(&source(twice)).diagnostics;
        assert_eq!(
            found.iter().map(|d| d.code).collect::<Vec<_>>(),
            [Code::DuplicateProperty],
            "{twice}: {found:#?}"
        );
    }
}

#[test]
fn the_parties_are_formatted_in_the_controller_block() {
    let messy = source(r#"dpo   none  "small"   eu_representative  "Rep GmbH""#);
    let formatted = policyc::fmt::format(&messy).unwrap();
    assert!(
        formatted
            .contains("    dpo               none \"small\"\n    eu_representative \"Rep GmbH\"\n"),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn a_changed_party_is_a_header_text_change() {
    let old = policy(r#"dpo "a@example.com""#);
    for new in [
        r#"dpo "b@example.com""#,
        r#"dpo none "small""#,
        r#"dpo "a@example.com" eu_representative "Rep GmbH""#,
        r#"dpo "a@example.com" uk_representative "Rep Ltd""#,
    ] {
        let d = diff::diff(&old, &policy(new));
        assert_eq!(d.changes.len(), 1, "{new}: {:#?}", d.changes);
        assert_eq!(d.changes[0].kind.class(), Class::Editorial, "{new}");
    }
    assert!(diff::diff(&old, &old).changes.is_empty());
}

/// The policy with the controller's `country` and `lead_authority`, under
/// `regimes`.
fn lead(country: &str, regimes: &str) -> String {
    source(&format!(
        r#"country "{country}" eu_representative "Rep GmbH, Berlin" lead_authority "Data Protection Commission (Ireland)""#
    ))
    .replace("regimes    none", &format!("regimes    {regimes}"))
}

#[test]
fn the_lead_supervisory_authority_is_said_in_the_text_and_diffed() {
    let stated = policy(r#"lead_authority "Data Protection Commission (Ireland)""#);
    assert_eq!(
        stated.header.controller.lead_authority.as_deref(),
        Some("Data Protection Commission (Ireland)")
    );
    let text = policyc::render::markdown(&stated);
    let said = "Example Inc's lead supervisory authority is Data Protection Commission (Ireland).";
    assert!(text.contains(said), "{text}");
    let json = serde_json::to_string(&policy("")).unwrap();
    assert!(!json.contains("lead_authority"), "{json}");
    let d = diff::diff(&policy(""), &stated);
    assert_eq!(d.changes.len(), 1, "{:#?}", d.changes);
    assert_eq!(d.changes[0].kind.class(), Class::Editorial);
    let messy = source(r#"lead_authority    "DPC"  dpo "a@example.com""#);
    let formatted = policyc::fmt::format(&messy).unwrap();
    assert!(
        formatted.contains("    dpo            \"a@example.com\"\n    lead_authority \"DPC\"\n"),
        "{formatted}"
    );
}

#[test]
fn only_a_controller_established_in_the_union_names_a_lead_authority() {
    let codes = |src: &str| {
        policyc::check_source(src)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect::<Vec<_>>()
    };
    let abroad = policyc::check_source(&lead("United States", "gdpr")).diagnostics;
    let w0434: Vec<_> = abroad
        .iter()
        .filter(|d| d.code == Code::LeadAuthorityAbroad)
        .collect();
    assert_eq!(w0434.len(), 1, "{abroad:#?}");
    assert!(
        w0434[0].message.contains("United States"),
        "{:#?}",
        w0434[0]
    );
    assert!(!codes(&lead("Ireland", "gdpr")).contains(&Code::LeadAuthorityAbroad));
    // Without the GDPR there is no one-stop shop to misstate.
    assert!(!codes(&lead("United States", "none")).contains(&Code::LeadAuthorityAbroad));
}
