//! Every way a table is refused, and the ways it is read.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use std::io::{self, Read};

use policy_runtime::*;

fn load(table: RuleTable) -> Result<Rules, LoadError> {
    Rules::from_slice(&serde_json::to_vec(&table).unwrap())
}

/// Loads `table` after sealing it, both from JSON and from the value.
fn load_sealed(mut table: RuleTable) -> LoadError {
    table.seal();
    let from_table = Rules::from_table(table.clone()).unwrap_err();
    let from_json = load(table).unwrap_err();
    assert_eq!(from_table.to_string(), from_json.to_string());
    from_json
}

#[test]
fn the_sample_loads_every_way() {
    let json = common::sample_json();
    let a = Rules::from_slice(json.as_bytes()).unwrap();
    let b = Rules::from_reader(json.as_bytes()).unwrap();
    let c = Rules::from_table(common::sample()).unwrap();
    let dir = std::env::temp_dir().join(format!("policy-runtime-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rules.json");
    std::fs::write(&path, &json).unwrap();
    let d = Rules::from_path(&path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    for r in [&a, &b, &c, &d] {
        assert_eq!(r.table(), &common::sample());
    }
    assert_eq!(c.into_table(), common::sample());
}

#[test]
fn a_missing_file_is_an_io_error_with_its_path() {
    let err = Rules::from_path("/nonexistent/rules.json").unwrap_err();
    assert!(matches!(&err, LoadError::Io { path: Some(p), .. } if p.ends_with("rules.json")));
    assert!(
        err.to_string()
            .starts_with("cannot read `/nonexistent/rules.json`")
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn a_failing_reader_is_an_io_error() {
    struct Broken;
    impl Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::other("disk on fire"))
        }
    }
    let err = Rules::from_reader(Broken).unwrap_err();
    assert!(matches!(err, LoadError::Io { path: None, .. }));
    assert_eq!(err.to_string(), "cannot read the rule table: disk on fire");
}

#[test]
fn truncated_json_is_refused_with_its_position() {
    let json = common::sample_json();
    for cut in [1, json.len() / 3, json.len() / 2, json.len() - 1] {
        let err = Rules::from_slice(&json.as_bytes()[..cut]).unwrap_err();
        assert!(
            matches!(err, LoadError::Truncated(_)),
            "cut at {cut}: {err}"
        );
        assert!(err.to_string().contains("line"), "{err}");
    }
    assert!(matches!(
        Rules::from_slice(b""),
        Err(LoadError::Truncated(_))
    ));
}

#[test]
fn text_that_is_not_json_is_refused() {
    let err = Rules::from_slice(b"policy shop {\n}").unwrap_err();
    assert!(matches!(err, LoadError::NotJson(_)));
    assert!(err.to_string().contains("line 1 column 1"), "{err}");
    let err = Rules::from_slice(&[0xff, 0xfe, 0]).unwrap_err();
    assert!(matches!(err, LoadError::NotJson(_)), "{err}");
}

#[test]
fn json_of_another_shape_is_refused() {
    for bad in [&b"[1, 2]"[..], b"{}", b"null", b"\"rules\""] {
        let err = Rules::from_slice(bad).unwrap_err();
        assert!(matches!(err, LoadError::BadShape(_)), "{err}");
    }
    // an unknown field
    let json = common::sample_json().replacen("\"policy\":", "\"extra\": 1, \"policy\":", 1);
    let err = Rules::from_slice(json.as_bytes()).unwrap_err();
    assert!(matches!(err, LoadError::BadShape(_)), "{err}");
    assert!(err.to_string().contains("unknown field `extra`"), "{err}");
    // a wrong type
    let json = common::sample_json().replace("\"required\": true", "\"required\": \"yes\"");
    let err = Rules::from_slice(json.as_bytes()).unwrap_err();
    assert!(matches!(err, LoadError::BadShape(_)), "{err}");
    // an unknown basis
    let json = common::sample_json().replace("\"basis\": \"contract\"", "\"basis\": \"whim\"");
    assert!(matches!(
        Rules::from_slice(json.as_bytes()),
        Err(LoadError::BadShape(_))
    ));
}

#[test]
fn a_foreign_schema_is_refused() {
    let mut t = common::sample();
    t.schema = "https://example.com/other.json".into();
    let err = load_sealed(t);
    assert!(
        matches!(&err, LoadError::WrongSchema { found } if found == "https://example.com/other.json")
    );
    assert!(err.to_string().starts_with("not a policyc rule table"));
    // even when the rest has another shape
    let err =
        Rules::from_slice(br#"{"schema": "https://json.schemastore.org/package", "name": "x"}"#)
            .unwrap_err();
    assert!(matches!(err, LoadError::WrongSchema { .. }), "{err}");
    let err = Rules::from_slice(br#"{"schema": 7}"#).unwrap_err();
    assert!(matches!(err, LoadError::WrongSchema { .. }), "{err}");
}

#[test]
fn an_unknown_schema_version_is_refused() {
    let mut t = common::sample();
    t.schema_version = 2;
    let err = load_sealed(t);
    assert!(matches!(err, LoadError::UnsupportedVersion { found: 2 }));
    assert_eq!(
        err.to_string(),
        "unsupported rule table schema version 2: this runtime reads version 1"
    );
    // a future version with fields this runtime does not know
    let json = common::sample_json().replace(
        "\"schema_version\": 1",
        "\"schema_version\": 2, \"tenants\": []",
    );
    let err = Rules::from_slice(json.as_bytes()).unwrap_err();
    assert!(
        matches!(err, LoadError::UnsupportedVersion { found: 2 }),
        "{err}"
    );
}

#[test]
fn a_malformed_digest_is_refused() {
    for bad in [
        "",
        "sha256:",
        "md5:abc",
        "sha256:XYZ",
        &format!("sha256:{}", "A".repeat(64)),
    ] {
        let mut t = common::sample();
        t.digest = bad.to_owned();
        let err = Rules::from_table(t.clone()).unwrap_err();
        assert!(
            matches!(&err, LoadError::MalformedDigest { found } if found == bad),
            "{err}"
        );
        assert!(matches!(load(t), Err(LoadError::MalformedDigest { .. })));
    }
}

#[test]
fn a_hand_edited_table_is_refused() {
    let json = common::sample_json();
    // widen a use: marketing no longer needs consent
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let use_rule = &mut value["uses"][1];
    assert_eq!(use_rule["purpose"], "marketing");
    use_rule["condition"] = serde_json::json!({"kind": "always"});
    let edited = serde_json::to_string_pretty(&value).unwrap();
    assert_ne!(edited, json);
    let err = Rules::from_slice(edited.as_bytes()).unwrap_err();
    match &err {
        LoadError::DigestMismatch { expected, actual } => {
            assert_eq!(expected, &common::sample().digest);
            assert_ne!(expected, actual);
            assert!(is_well_formed_digest(actual));
        }
        other => panic!("expected a digest mismatch, got {other}"),
    }
    assert!(err.to_string().contains("edited by hand"), "{err}");
    // even a label change is refused
    let edited = json.replace("Sending offers", "Sending gifts");
    assert!(matches!(
        Rules::from_slice(edited.as_bytes()),
        Err(LoadError::DigestMismatch { .. })
    ));
    // and an unsealed table built in code
    let mut t = common::sample();
    t.version = "9.9.9".into();
    assert!(matches!(
        Rules::from_table(t),
        Err(LoadError::DigestMismatch { .. })
    ));
}

#[test]
fn reformatting_keeps_the_digest() {
    let compact = serde_json::to_vec(&common::sample()).unwrap();
    let pretty = common::sample_json();
    assert!(Rules::from_slice(&compact).is_ok());
    assert!(Rules::from_slice(pretty.as_bytes()).is_ok());
}

#[test]
fn duplicate_ids_are_refused() {
    let mut t = common::sample();
    t.data.push(t.data[0].clone());
    let err = load_sealed(t);
    assert!(matches!(&err, LoadError::DuplicateId { kind: IdKind::Data, id } if id == "account"));
    assert_eq!(err.to_string(), "data category `account` is declared twice");

    let mut t = common::sample();
    t.purposes
        .push(PurposeEntry::new("billing", "Again", Basis::Consent));
    let err = load_sealed(t);
    assert!(
        matches!(&err, LoadError::DuplicateId { kind: IdKind::Purpose, id } if id == "billing")
    );

    let mut t = common::sample();
    t.recipients
        .insert(0, RecipientEntry::new("police", "Again"));
    let err = load_sealed(t);
    assert!(
        matches!(&err, LoadError::DuplicateId { kind: IdKind::Recipient, id } if id == "police")
    );
    assert_eq!(err.to_string(), "recipient `police` is declared twice");
}

#[test]
fn duplicate_rules_are_refused() {
    let mut t = common::sample();
    t.uses.push(UseRule::new(
        "account.email",
        "marketing",
        Basis::LegitimateInterest,
    ));
    let err = load_sealed(t);
    assert!(
        matches!(&err, LoadError::DuplicateUse { data, purpose } if data == "account.email" && purpose == "marketing")
    );
    assert_eq!(
        err.to_string(),
        "the use of `account.email` for `marketing` is listed twice"
    );

    let mut t = common::sample();
    t.transfers
        .insert(0, TransferRule::new("profile", "cloud", &[Ground::Consent]));
    let err = load_sealed(t);
    assert!(
        matches!(&err, LoadError::DuplicateTransfer { data, recipient } if data == "profile" && recipient == "cloud")
    );
    assert_eq!(
        err.to_string(),
        "the transfer of `profile` to `cloud` is listed twice"
    );
}

#[test]
fn undeclared_references_are_refused() {
    let mut t = common::sample();
    t.uses
        .push(UseRule::new("account.phone", "marketing", Basis::Consent));
    let err = load_sealed(t);
    assert!(matches!(
        &err,
        LoadError::Undeclared { kind: IdKind::Data, id, by: Reference::Use { .. } } if id == "account.phone"
    ));
    assert_eq!(
        err.to_string(),
        "the use of `account.phone` for `marketing` refers to an undeclared data category `account.phone`"
    );

    let mut t = common::sample();
    t.uses.push(UseRule::new("account", "ads", Basis::Consent));
    let err = load_sealed(t);
    assert!(matches!(&err, LoadError::Undeclared { kind: IdKind::Purpose, id, .. } if id == "ads"));

    let mut t = common::sample();
    t.transfers
        .push(TransferRule::new("account", "nsa", &[Ground::Consent]));
    let err = load_sealed(t);
    assert!(matches!(
        &err,
        LoadError::Undeclared { kind: IdKind::Recipient, id, by: Reference::Transfer { .. } } if id == "nsa"
    ));
    assert_eq!(
        err.to_string(),
        "the transfer of `account` to `nsa` refers to an undeclared recipient `nsa`"
    );

    let mut t = common::sample();
    t.transfers
        .push(TransferRule::new("device", "police", &[Ground::Consent]));
    let err = load_sealed(t);
    assert!(matches!(&err, LoadError::Undeclared { kind: IdKind::Data, id, .. } if id == "device"));
}

#[test]
fn a_missing_parent_is_refused() {
    let mut t = common::sample();
    t.data[0].parent = Some("people".into());
    let err = load_sealed(t);
    assert!(matches!(
        &err,
        LoadError::Undeclared { kind: IdKind::Data, id, by: Reference::Parent { data } } if id == "people" && data == "account"
    ));
    assert_eq!(
        err.to_string(),
        "the parent of `account` refers to an undeclared data category `people`"
    );
    let mut t = common::sample();
    t.data[0].parent = Some("account".into());
    let err = load_sealed(t);
    assert!(matches!(&err, LoadError::SelfParent { data } if data == "account"));
}

#[test]
fn unsorted_tables_still_decide() {
    // The compiler sorts; the runtime does not depend on it.
    let mut t = common::sample();
    t.data.reverse();
    t.purposes.reverse();
    t.recipients.reverse();
    t.uses.reverse();
    t.transfers.reverse();
    t.seal();
    let rules = Rules::from_table(t).unwrap();
    let f = Facts::from_iter(["consent:marketing", "legal_request"]);
    assert!(rules.decide_use("account.email", "marketing", &f).allowed);
    assert!(rules.decide_use("account", "billing", &f).allowed);
    assert!(!rules.decide_use("profile", "billing", &f).allowed);
    assert_eq!(
        rules.decide_transfer("account.email", "police", &f).ground,
        Some(Ground::LegalObligation)
    );
}

#[test]
fn errors_are_std_errors() {
    fn takes(_: &dyn std::error::Error) {}
    let err = Rules::from_slice(b"{").unwrap_err();
    takes(&err);
    assert!(std::error::Error::source(&err).is_some());
    assert!(format!("{err:?}").contains("Truncated"));
}
