//! Signed tables: verified on load, refused unsigned, wrongly signed or
//! moved, with several trusted keys at once, and while reloading.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use ed25519_dalek::Signer as _;
use policy_runtime::*;

/// A key pair from a seed: the signer (as the compiler holds it) and the
/// public key a service trusts.
fn key(seed: u8) -> (ed25519_dalek::SigningKey, TrustedKey) {
    let signing = ed25519_dalek::SigningKey::from_bytes(&[seed; 32]);
    let trusted = TrustedKey::from_bytes(&signing.verifying_key().to_bytes()).unwrap();
    (signing, trusted)
}

/// The signature file of `table` by `signer`, as `policyc build --sign` writes it.
fn signature(table: &RuleTable, signer: &ed25519_dalek::SigningKey) -> TableSignature {
    let message = signed_message(&table.policy, &table.version, &table.digest);
    let id = KeyId::of(&signer.verifying_key().to_bytes());
    let sig = signer.sign(&message).to_bytes();
    TableSignature::new(&table.policy, &table.version, &table.digest, &id, &sig)
}

fn json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap()
}

fn edition(version: &str) -> RuleTable {
    let mut t = common::sample();
    t.version = version.into();
    t.seal();
    t
}

#[test]
fn a_signed_table_loads_and_names_its_key() {
    let (signer, trusted) = key(1);
    let table = common::sample();
    let sig = json(&signature(&table, &signer));
    let rules =
        Rules::from_slice_verified(&json(&table), &sig, std::slice::from_ref(&trusted)).unwrap();
    assert_eq!(rules.signed_by(), Some(trusted.id()));
    assert!(
        rules
            .decide_use("account", "billing", &Facts::new())
            .allowed
    );
    // Loaded without verification, the same rules name no key.
    assert_eq!(Rules::from_slice(&json(&table)).unwrap().signed_by(), None);
}

#[test]
fn signing_is_deterministic() {
    let (signer, _) = key(1);
    let table = common::sample();
    assert_eq!(signature(&table, &signer), signature(&table, &signer));
}

#[test]
fn a_tampered_table_is_refused_even_with_its_digest_recomputed() {
    let (signer, trusted) = key(1);
    let table = common::sample();
    let sig = signature(&table, &signer);
    let mut edited = table.clone();
    edited.data[0].label = "Edited".into();
    edited.seal();
    // The signature names the old digest.
    let err =
        Rules::from_slice_verified(&json(&edited), &json(&sig), std::slice::from_ref(&trusted))
            .unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::SignatureOfAnotherTable {
                field: "digest",
                ..
            }
        ),
        "{err}"
    );
    // Editing the signature's digest too does not help: it no longer verifies.
    let mut forged = sig.clone();
    forged.digest = edited.digest.clone();
    let err = Rules::from_slice_verified(&json(&edited), &json(&forged), &[trusted]).unwrap_err();
    assert!(matches!(&err, LoadError::BadSignature { .. }), "{err}");
    assert!(err.to_string().contains("does not match the rule table"));
}

#[test]
fn a_signature_cannot_be_moved_to_another_table() {
    let (signer, trusted) = key(1);
    let old = edition("1.0.0");
    let new = edition("2.0.0");
    let sig = json(&signature(&old, &signer));
    let err =
        Rules::from_slice_verified(&json(&new), &sig, std::slice::from_ref(&trusted)).unwrap_err();
    assert!(
        matches!(&err, LoadError::SignatureOfAnotherTable { field: "version", signed, table }
            if signed == "1.0.0" && table == "2.0.0"),
        "{err}"
    );
    let mut other = common::sample();
    other.policy = "other_policy".into();
    other.seal();
    let err = Rules::from_slice_verified(
        &json(&other),
        &json(&signature(&common::sample(), &signer)),
        &[trusted],
    )
    .unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::SignatureOfAnotherTable {
                field: "policy",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_table_signed_by_another_key_is_refused() {
    let (signer, _) = key(1);
    let (_, other) = key(2);
    let table = common::sample();
    let sig = signature(&table, &signer);
    let err = Rules::from_slice_verified(&json(&table), &json(&sig), std::slice::from_ref(&other))
        .unwrap_err();
    assert!(
        matches!(&err, LoadError::UntrustedKey { key_id } if *key_id == sig.key_id),
        "{err}"
    );
    // Claiming the trusted key's id does not help either.
    let mut claimed = sig;
    claimed.key_id = other.id().to_string();
    let err = Rules::from_slice_verified(&json(&table), &json(&claimed), &[other]).unwrap_err();
    assert!(matches!(&err, LoadError::BadSignature { .. }), "{err}");
    // No trusted key at all trusts nothing.
    let err = Rules::from_slice_verified(&json(&table), &json(&signature(&table, &key(1).0)), &[])
        .unwrap_err();
    assert!(matches!(&err, LoadError::UntrustedKey { .. }), "{err}");
}

#[test]
fn several_trusted_keys_allow_a_rotation() {
    let (old_signer, old) = key(1);
    let (new_signer, new) = key(2);
    let table = common::sample();
    let by_old = json(&signature(&table, &old_signer));
    let by_new = json(&signature(&table, &new_signer));
    let both = [old.clone(), new.clone()];
    let rules = Rules::from_slice_verified(&json(&table), &by_old, &both).unwrap();
    assert_eq!(rules.signed_by(), Some(old.id()));
    let rules = Rules::from_slice_verified(&json(&table), &by_new, &both).unwrap();
    assert_eq!(rules.signed_by(), Some(new.id()));
    // Once the old key is retired, its signatures are refused.
    assert!(Rules::from_slice_verified(&json(&table), &by_old, &[new]).is_err());
}

#[test]
fn malformed_signatures_are_refused_with_their_reason() {
    let (signer, trusted) = key(1);
    let table = common::sample();
    let keys = [trusted];
    let load = |sig: &[u8]| Rules::from_slice_verified(&json(&table), sig, &keys).unwrap_err();
    assert!(matches!(
        load(b"not json"),
        LoadError::MalformedSignature(_)
    ));
    assert!(matches!(load(b"{}"), LoadError::MalformedSignature(_)));
    let good = signature(&table, &signer);
    let mut other_schema = good.clone();
    other_schema.algorithm = "rsa".into();
    assert!(matches!(
        load(&json(&other_schema)),
        LoadError::UnsupportedSignature { .. }
    ));
    for bad in ["", "!!!", "AAAA"] {
        let mut encoded = good.clone();
        encoded.signature = bad.into();
        assert!(
            matches!(load(&json(&encoded)), LoadError::SignatureEncoding),
            "{bad}"
        );
    }
    let mut flipped = good;
    flipped.signature = flipped
        .signature
        .replacen(|c: char| c.is_ascii_alphabetic(), "0", 1);
    assert!(matches!(
        load(&json(&flipped)),
        LoadError::BadSignature { .. }
    ));
}

#[test]
fn trusted_keys_read_base64_and_refuse_other_text() {
    let (_, trusted) = key(3);
    let text = format!("{}\n", trusted.to_base64());
    assert_eq!(TrustedKey::from_base64(&text).unwrap(), trusted);
    assert_eq!(TrustedKey::from_base64("%%%"), Err(KeyError::NotBase64));
    assert_eq!(
        TrustedKey::from_base64("AAAA"),
        Err(KeyError::WrongLength { found: 3 })
    );
    assert_eq!(trusted.id().as_str().len(), 16);
    assert_eq!(*trusted.id(), KeyId::of(&trusted.to_bytes()));
}

/// A scratch directory removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "policy-runtime-signing-{name}-{}",
            std::process::id()
        ));
        fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Writes `contents` with a distinct modification time.
fn write(path: &Path, contents: &[u8], tick: u64) {
    fs::write(path, contents).unwrap();
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + tick))
        .unwrap();
}

/// Writes `table` and, when given, its signature by `signer`.
fn publish(path: &Path, table: &RuleTable, signer: Option<&ed25519_dalek::SigningKey>, tick: u64) {
    write(path, &json(table), tick);
    let sig = signature_path(path);
    match signer {
        Some(signer) => write(&sig, &json(&signature(table, signer)), tick),
        None => {
            let _ = fs::remove_file(sig);
        }
    }
}

#[test]
fn from_path_verified_reads_the_signature_beside_the_table() {
    let dir = Scratch::new("path");
    let path = dir.0.join("rules.json");
    let (signer, trusted) = key(1);
    publish(&path, &common::sample(), Some(&signer), 1);
    let rules = Rules::from_path_verified(&path, std::slice::from_ref(&trusted)).unwrap();
    assert_eq!(rules.signed_by(), Some(trusted.id()));

    publish(&path, &common::sample(), None, 2);
    let err = Rules::from_path_verified(&path, &[trusted]).unwrap_err();
    assert!(
        matches!(&err, LoadError::Unsigned { path: Some(p) } if p.ends_with("rules.json.sig")),
        "{err}"
    );
    assert!(err.to_string().contains("not signed"), "{err}");
    // Without trusted keys, the same unsigned table loads as before.
    assert!(Rules::from_path(&path).is_ok());
}

#[test]
fn a_verifying_reloader_keeps_the_last_good_table() {
    let dir = Scratch::new("reload");
    let path = dir.0.join("rules.json");
    let (signer, trusted) = key(1);
    let (intruder, _) = key(9);
    publish(&path, &edition("1.0.0"), Some(&signer), 1);
    let mut reloader = Reloader::open_verified(&path, vec![trusted.clone()]).unwrap();
    assert_eq!(reloader.current().version(), "1.0.0");

    // An unsigned edition is refused; the signed one stays.
    publish(&path, &edition("1.1.0"), None, 2);
    assert!(matches!(reloader.poll(), Err(LoadError::Unsigned { .. })));
    assert_eq!(reloader.current().version(), "1.0.0");

    // Its signature arriving afterwards is noticed, and the edition loads.
    write(
        &signature_path(&path),
        &json(&signature(&edition("1.1.0"), &signer)),
        3,
    );
    assert_eq!(reloader.poll().unwrap(), Reloaded::Replaced);
    assert_eq!(reloader.current().version(), "1.1.0");

    // Signed by a key that is not trusted: refused.
    publish(&path, &edition("6.6.6"), Some(&intruder), 4);
    assert!(matches!(
        reloader.poll(),
        Err(LoadError::UntrustedKey { .. })
    ));
    assert_eq!(reloader.current().version(), "1.1.0");
    assert_eq!(reloader.poll().unwrap(), Reloaded::Unchanged);

    // The first load is verified too.
    assert!(Reloader::open_verified(&path, vec![trusted]).is_err());
}

#[test]
fn a_trusting_slot_refuses_rules_loaded_without_verification() {
    let (signer, trusted) = key(1);
    let table = common::sample();
    let signed = Rules::from_slice_verified(
        &json(&table),
        &json(&signature(&table, &signer)),
        std::slice::from_ref(&trusted),
    )
    .unwrap();
    assert!(matches!(
        SharedRules::trusting(common::rules(), vec![trusted.clone()]),
        Err(LoadError::Unsigned { path: None })
    ));
    let shared = SharedRules::trusting(signed, vec![trusted.clone()]).unwrap();
    assert_eq!(shared.trusted_keys(), Some(&[trusted][..]));
    let err = shared.replace(common::rules()).unwrap_err();
    assert!(matches!(err, LoadError::Unsigned { path: None }));
    assert_eq!(
        shared
            .current()
            .signed_by()
            .map(KeyId::as_str)
            .map(str::len),
        Some(16)
    );
}
