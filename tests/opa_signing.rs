//! Signed OPA bundles: `policyc build --target opa --sign KEY` writes
//! `.signatures.json` in OPA's bundle-signing format into the bundle
//! directory and the tarball. The verifier here is written apart from the
//! writer: it checks the JWT's Ed25519 signature with the public key file
//! `policyc keygen` wrote, and every file's hash as OPA computes it (JSON
//! documents as their values with sorted keys, other files as bytes).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::Path;

use assert_cmd::Command;
use base64::Engine as _;
use ed25519_dalek::Verifier as _;
use serde_json::Value;
use sha2::{Digest as _, Sha256};

const BUNDLE: &str = "generated/pro_it_privacy/opa";
const TARBALL: &str = "generated/pro_it_privacy/bundle.tar.gz";

/// A temporary project with the example policy and a key pair.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("policies")).unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy");
    fs::copy(&example, dir.path().join("policies/pro-it-group.policy")).unwrap();
    // Its German translation, which `languages en, de` asks for.
    fs::copy(
        example.with_extension("de.ftl"),
        dir.path().join("policies/pro-it-group.de.ftl"),
    )
    .unwrap();
    run(dir.path(), &["keygen", "keys/release"]);
    dir
}

fn run(dir: &Path, args: &[&str]) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "policyc {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The files of the bundle directory, by name.
fn directory(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir.join(BUNDLE))
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            (name, fs::read(entry.path()).unwrap())
        })
        .collect()
}

/// The files of the tarball, by name.
fn tarball(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let bytes = fs::read(dir.join(TARBALL)).unwrap();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(bytes.as_slice()));
    archive
        .entries()
        .unwrap()
        .map(|entry| {
            let mut entry = entry.unwrap();
            let name = entry.path().unwrap().to_string_lossy().into_owned();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).unwrap();
            (name, content)
        })
        .collect()
}

fn public_key(dir: &Path) -> ed25519_dalek::VerifyingKey {
    let text = fs::read_to_string(dir.join("keys/release.pub")).unwrap();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .unwrap();
    ed25519_dalek::VerifyingKey::from_bytes(&bytes.try_into().unwrap()).unwrap()
}

/// A JSON value with every object's keys sorted, written compactly: what
/// OPA hashes for a structured file (the bundle's strings hold no
/// character that Go and serde_json escape differently).
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k.clone(), sorted(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

fn opa_hash(name: &str, bytes: &[u8]) -> Result<String, String> {
    let hashed = if name == "data.json" || name == ".manifest" {
        let value: Value = serde_json::from_slice(bytes).map_err(|e| format!("{name}: {e}"))?;
        serde_json::to_vec(&sorted(&value)).map_err(|e| e.to_string())?
    } else {
        bytes.to_vec()
    };
    Ok(Sha256::digest(&hashed)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Verifies a bundle's files as OPA does, or says why it fails.
fn verify(
    files: &BTreeMap<String, Vec<u8>>,
    key: &ed25519_dalek::VerifyingKey,
) -> Result<(), String> {
    let signatures: Value =
        serde_json::from_slice(files.get(".signatures.json").ok_or("no .signatures.json")?)
            .map_err(|e| e.to_string())?;
    let tokens = signatures["signatures"].as_array().ok_or("no signatures")?;
    let [token] = tokens.as_slice() else {
        return Err(format!("{} tokens, OPA wants exactly one", tokens.len()));
    };
    let parts: Vec<&str> = token.as_str().ok_or("not a string")?.split('.').collect();
    let [header, payload, signature] = parts.as_slice() else {
        return Err("not a compact JWS".into());
    };
    let decode = |part: &str| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|e| e.to_string())
    };
    let header: Value = serde_json::from_slice(&decode(header)?).map_err(|e| e.to_string())?;
    if header["alg"] != "EdDSA" {
        return Err(format!("algorithm {}", header["alg"]));
    }
    let signature =
        ed25519_dalek::Signature::from_slice(&decode(signature)?).map_err(|e| e.to_string())?;
    let signed = format!("{}.{}", parts[0], parts[1]);
    key.verify(signed.as_bytes(), &signature)
        .map_err(|_| "the signature does not verify".to_owned())?;
    let payload: Value = serde_json::from_slice(&decode(payload)?).map_err(|e| e.to_string())?;
    let mut listed = BTreeMap::new();
    for file in payload["files"].as_array().ok_or("no files")? {
        if file["algorithm"] != "SHA-256" {
            return Err(format!("hash algorithm {}", file["algorithm"]));
        }
        listed.insert(
            file["name"].as_str().unwrap().to_owned(),
            file["hash"].as_str().unwrap().to_owned(),
        );
    }
    for (name, bytes) in files.iter().filter(|(name, _)| *name != ".signatures.json") {
        let hash = listed.remove(name).ok_or(format!("{name} is not signed"))?;
        if hash != opa_hash(name, bytes)? {
            return Err(format!("{name}: digest mismatch"));
        }
    }
    match listed.keys().next() {
        Some(name) => Err(format!("{name} is signed but not in the bundle")),
        None => Ok(()),
    }
}

#[test]
fn a_signed_bundle_verifies_in_its_directory_and_its_tarball() {
    let p = project();
    run(p.path(), &["build", "--target", "opa"]);
    let unsigned_dir = directory(p.path());
    let unsigned_tar = fs::read(p.path().join(TARBALL)).unwrap();
    assert_eq!(
        unsigned_dir.keys().collect::<Vec<_>>(),
        policyc::targets::opa::FILES.iter().collect::<Vec<_>>(),
        "an unsigned bundle has no signature"
    );

    run(
        p.path(),
        &["build", "--target", "opa", "--sign", "keys/release.key"],
    );
    let key = public_key(p.path());
    let signed_dir = directory(p.path());
    let signed_tar = tarball(p.path());
    assert_eq!(verify(&signed_dir, &key), Ok(()));
    assert_eq!(verify(&signed_tar, &key), Ok(()));
    assert_eq!(
        signed_dir, signed_tar,
        "the tarball holds the directory's files"
    );
    for (name, bytes) in &unsigned_dir {
        assert_eq!(
            signed_dir.get(name),
            Some(bytes),
            "{name} is the same signed or not"
        );
    }
    let header = signed_dir[".signatures.json"].clone();
    let token: Value = serde_json::from_slice(&header).unwrap();
    let first = token["signatures"][0]
        .as_str()
        .unwrap()
        .split('.')
        .next()
        .unwrap()
        .to_owned();
    let header: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(first)
            .unwrap(),
    )
    .unwrap();
    let id = policy_runtime::KeyId::of(&key.to_bytes());
    assert_eq!(header["kid"], id.as_str(), "the key is named by its id");

    // The key as OPA's configuration takes it: SPKI PEM, which `openssl
    // pkey -pubout` makes from the private key (the README's command).
    match Command::new("openssl")
        .args(["pkey", "-in", "keys/release.key", "-pubout"])
        .current_dir(p.path())
        .output()
    {
        Ok(out) if out.status.success() => {
            use ed25519_dalek::pkcs8::DecodePublicKey as _;
            let pem = String::from_utf8(out.stdout).unwrap();
            let from_pem = ed25519_dalek::VerifyingKey::from_public_key_pem(&pem).unwrap();
            assert_eq!(verify(&signed_tar, &from_pem), Ok(()));
        }
        _ => eprintln!("skipped: no openssl to convert the public key to PEM"),
    }

    // Deterministic: the same key and table make the same bytes.
    let tar_bytes = fs::read(p.path().join(TARBALL)).unwrap();
    run(
        p.path(),
        &["build", "--target", "opa", "--sign", "keys/release.key"],
    );
    assert_eq!(fs::read(p.path().join(TARBALL)).unwrap(), tar_bytes);
    assert_eq!(directory(p.path()), signed_dir);

    // A build without the key keeps the signature, so `build --check`
    // on a machine with no key passes.
    run(p.path(), &["build", "--target", "opa"]);
    assert_eq!(fs::read(p.path().join(TARBALL)).unwrap(), tar_bytes);
    run(p.path(), &["build", "--check", "--target", "opa"]);
    assert_ne!(tar_bytes, unsigned_tar);
}

#[test]
fn tampering_with_a_file_or_the_token_fails_verification() {
    let p = project();
    run(
        p.path(),
        &["build", "--target", "opa", "--sign", "keys/release.key"],
    );
    let key = public_key(p.path());
    let files = directory(p.path());
    assert_eq!(verify(&files, &key), Ok(()));

    // Whitespace is not content: OPA hashes a JSON file as its value.
    let mut reformatted = files.clone();
    let data: Value = serde_json::from_slice(&files["data.json"]).unwrap();
    reformatted.insert("data.json".into(), serde_json::to_vec(&data).unwrap());
    assert_eq!(verify(&reformatted, &key), Ok(()));

    let text = String::from_utf8(files["data.json"].clone()).unwrap();
    let mut tampered = files.clone();
    let allowed = text.replacen("\"unless\"", "\"always\"", 1);
    assert_ne!(allowed, text, "the example has a use unless an objection");
    tampered.insert("data.json".into(), allowed.into_bytes());
    assert_eq!(
        verify(&tampered, &key),
        Err("data.json: digest mismatch".into())
    );

    let mut tampered = files.clone();
    let mut rego = files["policy.rego"].clone();
    rego.extend_from_slice(b"\nallow := true\n");
    tampered.insert("policy.rego".into(), rego);
    assert_eq!(
        verify(&tampered, &key),
        Err("policy.rego: digest mismatch".into())
    );

    let mut added = files.clone();
    added.insert("extra.rego".into(), b"package x\n".to_vec());
    assert_eq!(verify(&added, &key), Err("extra.rego is not signed".into()));

    let mut removed = files.clone();
    removed.remove("policy.rego");
    assert_eq!(
        verify(&removed, &key),
        Err("policy.rego is signed but not in the bundle".into())
    );

    // Another key's signature, and a token edited after signing.
    let other = ed25519_dalek::SigningKey::from_bytes(&[9; 32]).verifying_key();
    assert_eq!(
        verify(&files, &other),
        Err("the signature does not verify".into())
    );
    let mut forged = files.clone();
    let signatures = String::from_utf8(files[".signatures.json"].clone()).unwrap();
    let token: Value = serde_json::from_str(&signatures).unwrap();
    let token = token["signatures"][0].as_str().unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(parts[1])
        .unwrap();
    let payload = String::from_utf8(payload)
        .unwrap()
        .replacen("\"hash\":\"", "\"hash\":\"0", 1);
    let forged_token = format!(
        "{}.{}.{}",
        parts[0],
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload),
        parts[2]
    );
    forged.insert(
        ".signatures.json".into(),
        signatures.replace(token, &forged_token).into_bytes(),
    );
    assert_eq!(
        verify(&forged, &key),
        Err("the signature does not verify".into())
    );
}

/// The README's OPA configuration names what the bundle holds: the
/// algorithm of its token, the openssl command this test runs, and the
/// key by the id in the token's header.
#[test]
fn the_readme_configures_opa_for_what_the_bundle_holds() {
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("### Other engines: OPA bundles\n")
        .nth(1)
        .and_then(|s| s.split("\n### ").next())
        .unwrap();
    assert!(section.contains("algorithm: EdDSA"));
    assert!(section.contains("`openssl pkey -in keys/release.key\n-pubout`"));
    let id = section
        .lines()
        .find_map(|l| l.trim().strip_prefix("keyid: "))
        .unwrap();
    assert!(
        section.contains(&format!("\n  {id}:\n    algorithm: EdDSA\n")),
        "{id}"
    );
    assert!(
        readme.contains(&format!("(public, key id {id})")),
        "the id keygen printed"
    );
}
