//! The layered notice (issue 18 item 7): `short` labels for repeated
//! mentions, the summary at the top, the per-purpose table and the
//! readability figures, on `tests/fixtures/layered/`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::model::Policy;
use policyc::render::{html, markdown, plain_text};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read `{}`: {e}", path.display()))
}

fn shop_source() -> String {
    read("tests/fixtures/layered/shop.policy")
}

/// Parses and checks a source that must have no diagnostic at all.
fn policy_of(text: &str) -> Policy {
    let checked = policyc::check_source(text);
    assert!(
        checked.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        checked.diagnostics
    );
    checked.policy.expect("a clean policy has a model")
}

fn shop() -> Policy {
    policy_of(&shop_source())
}

/// The Markdown text from the first line that contains `from` up to (not
/// including) the first line after it that contains `to`.
fn between<'t>(text: &'t str, from: &str, to: &str) -> &'t str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no `{from}` in:\n{text}"));
    let rest = &text[start..];
    let end = rest[from.len()..]
        .find(to)
        .map_or(rest.len(), |i| i + from.len());
    &rest[..end]
}

#[test]
fn short_labels_are_in_the_model_and_left_out_of_it_when_absent() {
    let policy = shop();
    let orders = policy.data.iter().find(|d| d.id == "orders").unwrap();
    assert_eq!(orders.short.as_deref(), Some("Orders"));
    assert_eq!(orders.short_label(), "Orders");
    let delivery = policy.purposes.iter().find(|p| p.id == "delivery").unwrap();
    assert_eq!(delivery.short_label(), "Delivery");
    // Without `short`, a repeated mention uses the label, and the
    // serialized model (the history's canonical JSON) has no `short` key.
    let plain = policy_of(&shop_source().replace("  short    \"Orders\"\n", ""));
    let orders = plain.data.iter().find(|d| d.id == "orders").unwrap();
    assert_eq!(orders.short_label(), orders.label);
    let json = serde_json::to_string(orders).unwrap();
    assert!(!json.contains("\"short\""), "{json}");
    let json = serde_json::to_string(&policy.data).unwrap();
    assert!(json.contains("\"short\":\"Orders\""), "{json}");
}

#[test]
fn the_full_label_is_said_once_and_the_short_one_in_lists() {
    let text = markdown(&shop());
    let purposes = between(&text, "Purposes", "## 4.");
    // Each purpose's own clause leads with its full label...
    assert!(
        purposes.contains("**Delivering what you order to the address you give.**"),
        "{purposes}"
    );
    // ...and lists the data it uses by their short labels.
    assert!(
        purposes.contains("Information used: Account details and Orders."),
        "{purposes}"
    );
    assert!(!purposes.contains("The orders you place"), "{purposes}");
    // A category's own clause keeps its full label.
    let collection = between(&text, "Information collected", "## 3.");
    assert!(
        collection.contains("**The orders you place and their delivery addresses (required).**"),
        "{collection}"
    );
    assert!(
        collection.contains("- Your e-mail address (required)"),
        "{collection}"
    );
    // A transfer names its purpose and data by their short labels.
    let sharing = between(&text, "Courier companies", "\n\n");
    assert!(
        sharing.contains("for the purpose of Delivery: Orders."),
        "{sharing}"
    );
}

#[test]
fn fmt_keeps_a_short_label_and_is_stable() {
    let source = "data a \"Label of a\" { short \"A\" source user }\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert!(formatted.contains("short  \"A\""), "{formatted}");
    // `short` takes its place in the canonical order, after the others.
    assert!(
        formatted.find("source").unwrap() < formatted.find("short").unwrap(),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn a_short_label_shorter_than_its_label_is_not_reported() {
    let checked = policyc::check_source(&shop_source());
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let long = shop_source().replace(
        "short    \"Orders\"",
        "short    \"All the orders you place with us and the addresses to deliver them to\"",
    );
    let checked = policyc::check_source(&long);
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert_eq!(codes, ["W0470"]);
}

#[test]
fn every_format_says_the_same_short_labels() {
    let policy = shop();
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        assert!(text.contains("Account details and Orders"), "{text}");
    }
}
