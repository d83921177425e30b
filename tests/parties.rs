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
use policyc::diff::{self, ChangeKind, Class};
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
        // An address is linked, like the policy's contact.
        "The User can contact Example Inc's data protection officer at <dpo@example.com>.",
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

/// The officer's contact and the representatives are contacts the law
/// requires: one at another address is editorial, one now given
/// narrowing, one no longer given (a `dpo none` reason instead of a
/// contact too, whose words are free text) expanding (tests/diff_links.rs).
#[test]
fn a_changed_party_is_classed_by_the_contact_the_reader_keeps() {
    let old = policy(r#"dpo "a@example.com""#);
    for (new, kinds) in [
        (r#"dpo "b@example.com""#, &[ChangeKind::DpoChanged][..]),
        (
            r#"dpo none "small""#,
            &[ChangeKind::DpoRemoved, ChangeKind::HeaderChanged][..],
        ),
        (
            r#"dpo "a@example.com" eu_representative "Rep GmbH""#,
            &[ChangeKind::RepresentativeAdded][..],
        ),
        (
            r#"dpo "a@example.com" uk_representative "Rep Ltd""#,
            &[ChangeKind::RepresentativeAdded][..],
        ),
    ] {
        let d = diff::diff(&old, &policy(new));
        let found: Vec<ChangeKind> = d.changes.iter().map(|c| c.kind).collect();
        assert_eq!(found, kinds, "{new}");
    }
    assert!(diff::diff(&old, &old).changes.is_empty());
    // The reason for having no officer, reworded, is a header text change.
    let none = policy(r#"dpo none "small""#);
    let d = diff::diff(&none, &policy(r#"dpo none "too small""#));
    assert_eq!(d.changes.len(), 1, "{:#?}", d.changes);
    assert_eq!(d.changes[0].kind, ChangeKind::HeaderChanged);
    assert_eq!(d.changes[0].kind.class(), Class::Editorial);
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

/// The policy with `JOINT` among the header's properties, under `regimes`.
fn with_joint(joint: &str, regimes: &str) -> String {
    source("").replace(
        "  regimes    none\n",
        &format!("  regimes    {regimes}\n{joint}\n"),
    )
}

const PARTNER: &str = r#"  joint_controller "Partner GmbH" {
    address     "Hauptstrasse 1, 10115 Berlin"
    country     "Germany"
    arrangement "Example Inc answers your requests; you may also exercise your rights against Partner GmbH."
  }"#;

#[test]
fn a_joint_controller_is_introduced_with_what_is_declared_of_it() {
    let checked = policyc::check_source(&with_joint(PARTNER, "gdpr"));
    let found: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert!(
        !found.contains(&Code::JointControllerWithoutArrangement),
        "{found:?}"
    );
    let policy = checked.policy.unwrap();
    let joint = &policy.header.joint_controllers;
    assert_eq!(joint.len(), 1);
    assert_eq!(joint[0].country.as_deref(), Some("Germany"));
    let text = policyc::render::markdown(&policy);
    for said in [
        "Example Inc decides together with Partner GmbH why and how the information is processed: they are joint controllers.",
        "The postal address of Partner GmbH is Hauptstrasse 1, 10115 Berlin.",
        "Partner GmbH is established in Germany.",
        // The summary's line on who is responsible names it too.
        "Example Inc decides together with Partner GmbH why and how it is processed, as joint controllers.",
        "The essence of the arrangement between Example Inc and Partner GmbH: Example Inc answers your requests; you may also exercise your rights against Partner GmbH.",
    ] {
        assert!(text.contains(said), "{said}\n{text}");
    }
    // Only what is declared is said.
    let bare = policy_of(&with_joint(r#"  joint_controller "Partner GmbH""#, "none"));
    let text = policyc::render::markdown(&bare);
    assert!(text.contains("together with Partner GmbH"), "{text}");
    assert!(
        !text.contains("The postal address of Partner GmbH"),
        "{text}"
    );
    assert!(!text.contains("essence of the arrangement"), "{text}");
    let json = serde_json::to_string(&policy_of(&source(""))).unwrap();
    assert!(!json.contains("joint_controllers"), "{json}");
}

fn policy_of(text: &str) -> Policy {
    let checked = policyc::check_source(text);
    assert_eq!(checked.diagnostics, [], "{text}");
    checked.policy.unwrap()
}

#[test]
fn a_joint_controller_states_its_arrangement_and_is_named_once() {
    let codes = |src: &str| {
        policyc::check_source(src)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect::<Vec<_>>()
    };
    let bare = r#"  joint_controller "Partner GmbH" { country "Germany" }"#;
    assert!(codes(&with_joint(bare, "gdpr")).contains(&Code::JointControllerWithoutArrangement));
    assert!(!codes(&with_joint(bare, "none")).contains(&Code::JointControllerWithoutArrangement));
    let twice = format!("{PARTNER}\n  joint_controller \"partner gmbh\"");
    assert_eq!(
        codes(&with_joint(&twice, "none")),
        [Code::JointControllerNamedTwice]
    );
    let itself = r#"  joint_controller "Example Inc""#;
    assert_eq!(
        codes(&with_joint(itself, "none")),
        [Code::JointControllerNamedTwice]
    );
}

#[test]
fn a_joint_controller_is_formatted_and_diffed() {
    let messy = with_joint(
        r#"joint_controller   "Partner GmbH" {  arrangement "A."   country "Germany" }"#,
        "none",
    );
    let formatted = policyc::fmt::format(&messy).unwrap();
    assert!(
        formatted.contains(
            "  joint_controller \"Partner GmbH\" {\n    country     \"Germany\"\n    arrangement \"A.\"\n  }\n"
        ),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
    let without = policy_of(&source(""));
    let with = policy_of(&with_joint(PARTNER, "none"));
    let kinds = |old: &Policy, new: &Policy| {
        diff::diff(old, new)
            .changes
            .iter()
            .map(|c| (c.kind.id(), c.kind.class()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(&without, &with),
        [("JOINT_CONTROLLER_ADDED", Class::Expanding)]
    );
    assert_eq!(
        kinds(&with, &without),
        [("JOINT_CONTROLLER_REMOVED", Class::Narrowing)]
    );
    let moved = policy_of(&with_joint(&PARTNER.replace("Germany", "Austria"), "none"));
    assert_eq!(kinds(&with, &moved), [("HEADER_CHANGED", Class::Editorial)]);
    let reworded = policy_of(&with_joint(&PARTNER.replace("answers", "handles"), "none"));
    assert_eq!(
        kinds(&with, &reworded),
        [("ARRANGEMENT_CHANGED", Class::Editorial)]
    );
}
