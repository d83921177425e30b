//! `.signatures.json`: an OPA bundle's signature, in OPA's bundle-signing
//! format. The file holds one JWT whose payload lists each file of the
//! bundle with its hash (`{"files": [{"name", "hash", "algorithm"}]}`);
//! OPA activates a bundle only when the token verifies with a configured
//! key and every file's hash matches.
//!
//! The token is signed with the build's Ed25519 key (`EdDSA`, see
//! [`crate::sign::jws`]): no second key to keep. OPA verifies `EdDSA` since
//! it moved to lestrrat-go/jwx v3 (open-policy-agent/opa#7733, 2025);
//! earlier releases accept only the RSA, ECDSA and HMAC algorithms and
//! reject these bundles, which the README says.
//!
//! OPA hashes `data.json` and `.manifest` as JSON values, not as bytes:
//! object keys in byte order, no whitespace, strings and numbers as Go's
//! `encoding/json` writes them (OPA's `bundle/hash.go`). The hash here
//! follows that, so reformatting a file does not change its hash, and OPA
//! computes the same one.

use std::io;

use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use crate::sign::SigningKey;

/// The signature file, in the bundle directory and the tarball.
pub const FILE: &str = ".signatures.json";

/// The hash algorithm named for each file, as OPA names it.
pub const HASH_ALGORITHM: &str = "SHA-256";

/// Whether a bundle is signed, and how.
#[derive(Debug, Clone)]
pub enum Signing<'a> {
    /// No signature (no key, and none made before).
    Unsigned,
    /// Signed with this key.
    Sign(&'a SigningKey),
    /// The signature an earlier build made, kept as it is by a build
    /// without the key, as `rules.json.sig` is.
    Keep(Vec<u8>),
}

/// The bytes of `.signatures.json` for `files`, or none when unsigned.
pub fn signature_file(
    files: &[(&str, &[u8])],
    signing: &Signing<'_>,
) -> io::Result<Option<Vec<u8>>> {
    match signing {
        Signing::Unsigned => Ok(None),
        Signing::Keep(bytes) => Ok(Some(bytes.clone())),
        Signing::Sign(key) => sign(files, key).map(Some),
    }
}

/// `.signatures.json` signing `files` with `key`.
pub fn sign(files: &[(&str, &[u8])], key: &SigningKey) -> io::Result<Vec<u8>> {
    let listed = files
        .iter()
        .map(|(name, bytes)| {
            Ok(json!({ "name": name, "hash": file_hash(name, bytes)?, "algorithm": HASH_ALGORITHM }))
        })
        .collect::<io::Result<Vec<Value>>>()?;
    let payload = serde_json::to_vec(&json!({ "files": listed }))?;
    let mut out = serde_json::to_vec_pretty(&json!({ "signatures": [key.jws(&payload)] }))?;
    out.push(b'\n');
    Ok(out)
}

/// Whether OPA reads the file named `name` as a JSON document when it
/// hashes it (its `IsStructuredDoc`); any other file is hashed as bytes.
pub fn is_structured(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    matches!(base, "data.json" | "data.yaml" | ".manifest" | FILE)
}

/// The SHA-256 of a bundle file in lower-case hex, as OPA computes it.
pub fn file_hash(name: &str, bytes: &[u8]) -> io::Result<String> {
    let mut hasher = Sha256::new();
    if is_structured(name) {
        let value: Value = serde_json::from_slice(bytes)?;
        let mut canonical = String::new();
        canonical_json(&value, &mut canonical);
        hasher.update(canonical.as_bytes());
    } else {
        hasher.update(bytes);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// `value` as OPA's hasher walks it: keys sorted, no whitespace.
fn canonical_json(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                go_string(key, out);
                out.push(':');
                if let Some(value) = map.get(key) {
                    canonical_json(value, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(item, out);
            }
            out.push(']');
        }
        Value::String(s) => go_string(s, out),
        // Numbers keep their text (OPA decodes them as `json.Number`),
        // which is serde_json's, since serde_json wrote them.
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Null => out.push_str("null"),
    }
}

/// A string as Go's `encoding/json` writes it without HTML escaping: `"`
/// and `\` escaped, `\n`, `\r`, `\t`, `\b`, `\f` short, other control
/// characters and U+2028, U+2029 as `\u` with lower-case hex.
fn go_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    #[test]
    fn a_json_file_hashes_as_its_value_and_other_files_as_bytes() {
        let compact = file_hash("data.json", br#"{"b":1,"a":["x\n",true,null]}"#).unwrap();
        let spaced = file_hash(
            "data.json",
            b"{ \"a\": [\"x\\n\", true, null],\n \"b\": 1 }\n",
        )
        .unwrap();
        assert_eq!(compact, spaced);
        let bytes = br#"{"a":["x\n",true,null],"b":1}"#;
        let expected: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(compact, expected);
        assert_ne!(
            file_hash("policy.rego", b"package a\n").unwrap(),
            file_hash("policy.rego", b"package a \n").unwrap()
        );
        assert!(file_hash(".manifest", b"not json").is_err());
    }

    #[test]
    fn strings_are_escaped_as_go_writes_them() {
        let mut out = String::new();
        go_string("a\"\\\u{1}\u{2028}<é", &mut out);
        assert_eq!(out, "\"a\\\"\\\\\\u0001\\u2028<é\"");
    }
}
