//! `policyc fmt`: snapshots on messy inputs, and the properties every
//! formatting must have: idempotent, meaning-preserving, every comment kept.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;
use policyc::fmt::{FmtError, format};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/fmt")
            .join(name),
    )
    .unwrap()
}

fn formatted(source: &str) -> String {
    match format(source) {
        Ok(text) => text,
        Err(FmtError::Syntax(d)) => panic!("does not parse: {d:#?}"),
        Err(FmtError::WouldChangeMeaning) => panic!("formatting would change the meaning"),
    }
}

/// The comments of a source, in order.
fn comments(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_string = false;
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => in_string = !in_string,
            '\\' if in_string => {
                chars.next();
            }
            '/' if !in_string && source[i..].starts_with("//") => {
                let end = source[i..].find('\n').map_or(source.len(), |e| i + e);
                out.push(source[i..end].trim_end().to_owned());
                while chars.peek().is_some_and(|(j, _)| *j < end) {
                    chars.next();
                }
            }
            _ => {}
        }
    }
    out
}

fn assert_properties(source: &str) -> String {
    let once = formatted(source);
    assert_eq!(formatted(&once), once, "formatting is not idempotent");
    let mut before = comments(source);
    let mut after = comments(&once);
    before.sort();
    after.sort();
    assert_eq!(before, after, "a comment was lost or changed");
    let model_before = policyc::check_source(source)
        .policy
        .map(|p| serde_json::to_string(&p).unwrap());
    let model_after = policyc::check_source(&once)
        .policy
        .map(|p| serde_json::to_string(&p).unwrap());
    assert_eq!(model_before, model_after, "formatting changed the model");
    once
}

#[test]
fn comments_everywhere() {
    insta::assert_snapshot!(assert_properties(&fixture("comments-everywhere.policy")));
}

#[test]
fn odd_spacing() {
    insta::assert_snapshot!(assert_properties(&fixture("odd-spacing.policy")));
}

#[test]
fn properties_out_of_order() {
    insta::assert_snapshot!(assert_properties(&fixture("out-of-order.policy")));
}

#[test]
fn long_lists() {
    let out = assert_properties(&fixture("long-lists.policy"));
    assert!(
        out.lines().all(|l| l.len() <= 100),
        "a line is longer than 100 columns"
    );
    insta::assert_snapshot!(out);
}

/// Every line of `text` is within 100 columns, but for a line that holds
/// a single token (a text in quotes, or a word) longer than that, maybe
/// with the `,` or ` {` that follows it.
fn within_the_width(text: &str) -> Result<(), String> {
    for line in text.lines() {
        let columns = line.chars().count();
        let token = line.trim().trim_end_matches(" {").trim_end_matches(',');
        let one_string = token.len() > 1
            && token.starts_with('"')
            && token.ends_with('"')
            && !token[1..token.len() - 1].contains('"');
        let one_token = one_string || !token.contains(' ');
        if columns > 100 && !(one_token && token.chars().count() > 100 - 4) {
            return Err(format!("a line of {columns} columns: {line}"));
        }
    }
    Ok(())
}

#[test]
fn long_constructs_are_wrapped() {
    let out = assert_properties(&fixture("long-constructs.policy"));
    within_the_width(&out).unwrap();
    insta::assert_snapshot!(out);
}

#[test]
fn the_example_policies_are_formatted() {
    for name in [
        "policies/pro-it-group.policy",
        "policies/examples/seed-as-written.policy",
    ] {
        let source =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap();
        assert_eq!(
            assert_properties(&source),
            source,
            "{name} is not in the canonical layout"
        );
    }
}

#[test]
fn synthetic_policies_keep_their_meaning() {
    for n in [10, 100, 1_000] {
        assert_properties(&policyc::synth::policy(n));
    }
}

#[test]
fn check_mode_names_the_file_and_shows_a_diff() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("messy.policy");
    std::fs::write(&path, fixture("odd-spacing.policy")).unwrap();
    let before = std::fs::read(&path).unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("messy.policy"));
    assert!(String::from_utf8_lossy(&output.stdout).contains("+policy p {"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "--check rewrote the file"
    );

    let output = Command::cargo_bin("policyc")
        .unwrap()
        .arg("fmt")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        formatted(&fixture("odd-spacing.policy"))
    );
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_file_that_does_not_parse_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.policy");
    std::fs::write(&path, "data a \"A\" {\n  source user\n").unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .arg("fmt")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("E0001"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "data a \"A\" {\n  source user\n"
    );
}

/// Layout noise: the same tokens with random whitespace and comments.
fn noisy(source: &str, seeds: &[u8]) -> String {
    let mut out = String::new();
    let mut seeds = seeds.iter().cycle();
    let mut in_string = false;
    let mut escaped = false;
    let mut in_comment = false;
    for c in source.chars() {
        out.push(c);
        if in_comment {
            in_comment = c != '\n';
            continue;
        }
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
            continue;
        }
        match c {
            '"' => in_string = true,
            '/' if out.ends_with("//") => in_comment = true,
            ' ' | '\n' => match seeds.next().copied().unwrap_or(0) % 8 {
                0 => out.push_str("   "),
                1 => out.push('\n'),
                2 => out.push_str("\n\n"),
                3 if c == '\n' => out.push_str("// noise\n"),
                _ => {}
            },
            _ => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any layout of the example formats to the same text, with the same model.
    #[test]
    fn layout_noise_formats_to_one_canonical_text(seeds in proptest::collection::vec(any::<u8>(), 1..64)) {
        let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy")).unwrap();
        let messy = noisy(&source, &seeds);
        let once = assert_properties(&messy);
        let without_noise: String = once
            .lines()
            .filter(|l| l.trim() != "// noise")
            .map(|l| l.strip_suffix("  // noise").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            + "\n";
        let canonical = formatted(&source);
        prop_assert_eq!(formatted(&without_noise), canonical);
    }
}

/// A policy of generated names and texts, each shorter than the width,
/// in the long constructs fmt wraps: lists, retention periods, texts.
fn long_constructs(ids: &[String], text: &str) -> String {
    let list = ids.join(", ");
    let mut source = String::from("policy p { title \"Privacy Policy\" }\n");
    for id in ids {
        source.push_str(&format!(
            "data {id} \"{text}\" {{ source user identity identified examples \"{text}\", \"{text}\" }}\n"
        ));
    }
    source.push_str(&format!(
        "recipient {} \"{text}\" {{ kind processor }}\n",
        ids[0]
    ));
    source.push_str(&format!(
        "purpose {} \"{text}\" {{ uses {list} basis legitimate_interest \"{text}\" }}\n",
        ids[0]
    ));
    source.push_str(&format!(
        "retain {list} for 3 years from account_closure or until \"{text}\" or as_required_by_law, whichever comes last\n"
    ));
    source.push_str(&format!(
        "transfer {list} to {} on consent, contract, legal_obligation\n",
        ids[0]
    ));
    source.push_str(&format!("clause {} in general \"{text} {text}\"\n", ids[0]));
    source
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// No line of fmt's output is longer than 100 columns when no token is.
    #[test]
    fn no_line_is_longer_than_the_width(
        ids in proptest::collection::btree_set("[a-z][a-z_]{0,30}", 1..8),
        text in "[A-Za-z][A-Za-z ]{0,44}",
    ) {
        let ids: Vec<String> = ids.into_iter().collect();
        let once = assert_properties(&long_constructs(&ids, text.trim_end()));
        prop_assert!(within_the_width(&once).is_ok(), "{}\n{once}", within_the_width(&once).unwrap_err());
    }
}

/// `published DATE "URL"`: the date stays before the address, on the
/// property's line, and means the same once formatted.
#[test]
fn the_publication_date_is_kept_before_the_address() {
    let source = "policy p {\n  title \"P\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  controller \"Acme\" { service \"Acme\" }\n  published    2026-11-01    \"https://acme.example/privacy\"\n  contact \"privacy@acme.example\"\n  regimes none\n}\n";
    let once = assert_properties(source);
    let line = once
        .lines()
        .find(|l| l.trim_start().starts_with("published"))
        .unwrap();
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        words,
        [
            "published",
            "2026-11-01",
            "\"https://acme.example/privacy\""
        ],
        "{once}"
    );
    let policy = policyc::check_source(&once).policy.unwrap();
    assert_eq!(
        policy.header.published_on.map(|d| d.to_string()).as_deref(),
        Some("2026-11-01")
    );
}
