//! Signing the head of the history ledger, and checking signatures against
//! trusted keys when building.
//!
//! The ledger's hash chain and its recorded head (`ledger-head.json`) catch
//! accidents and careless edits, but nothing in them is secret: whoever
//! rewrites the entries, the ledger and the head together, consistently,
//! passes. A signature over the head by a key the editor does not hold
//! closes that: `policyc build --sign KEY` writes `ledger-head.json.sig`
//! beside the head, and a build given trusted public keys
//! (`--trusted-key`, or `[build] trusted_keys` in `policyc.toml`) refuses a
//! head, or a rule table, that no trusted key signed.

use serde::{Deserialize, Serialize};

use base64::Engine as _;
use policy_runtime as rt;

use super::SigningKey;

/// The name of the head's signature file, beside `ledger-head.json`.
pub const HEAD_SIGNATURE_FILE: &str = "ledger-head.json.sig";

/// The schema id of a head signature.
pub const HEAD_SIGNATURE_SCHEMA: &str = "https://policyc.dev/schemas/ledger-head-signature/v1.json";

/// Sets a head signature apart from a table signature, so that neither can
/// stand for the other.
const CONTEXT: &str = "policyc ledger head signature v1";

/// `ledger-head.json.sig`: which head of which policy's ledger a key signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeadSignature {
    /// Must equal [`HEAD_SIGNATURE_SCHEMA`].
    pub schema: String,
    /// Must equal `ed25519`.
    pub algorithm: String,
    /// The policy id.
    pub policy: String,
    /// The head of the ledger, in hex (`ledger-head.json`'s `head`).
    pub head: String,
    /// The id of the key that signed.
    pub key_id: String,
    /// The Ed25519 signature of [`head_message`], in standard base64.
    pub signature: String,
}

/// The bytes a head signature covers: the context, the policy id and the
/// head, as a compact JSON array (no field can bleed into the next).
pub fn head_message(policy: &str, head: &str) -> Vec<u8> {
    let mut message = Vec::new();
    // Writing strings into a Vec cannot fail; if it did, the message
    // would verify against no signature.
    let _ = serde_json::to_writer(&mut message, &[CONTEXT, policy, head]);
    message
}

impl SigningKey {
    /// The signature of `head` (hex) of the ledger of `policy`.
    pub fn sign_head(&self, policy: &str, head: &str) -> HeadSignature {
        let signature = self.sign_bytes(&head_message(policy, head));
        HeadSignature {
            schema: HEAD_SIGNATURE_SCHEMA.to_owned(),
            algorithm: rt::ALGORITHM.to_owned(),
            policy: policy.to_owned(),
            head: head.to_owned(),
            key_id: self.id().as_str().to_owned(),
            signature: base64::engine::general_purpose::STANDARD.encode(signature),
        }
    }
}

/// Why a signature in the output is not one a trusted key made.
#[derive(Debug)]
pub enum Untrusted {
    /// There is no signature file.
    Missing,
    /// The file is not a signature of this kind.
    Malformed(Malformed),
    /// It signs another policy, head or table.
    OfAnother {
        /// What it signs.
        signed: String,
    },
    /// No trusted key has its key id.
    UnknownKey {
        /// Its key id.
        key_id: String,
    },
    /// The signature does not verify.
    Forged {
        /// Its key id.
        key_id: String,
    },
}

/// How a signature file, or what it signs, is malformed.
#[derive(Debug)]
pub enum Malformed {
    /// It is not the JSON of a head signature.
    Json(serde_json::Error),
    /// It names a schema or an algorithm this build does not write.
    Scheme {
        /// The schema it names.
        schema: String,
        /// The algorithm it names.
        algorithm: String,
    },
    /// The table and its signature do not load together.
    Table(rt::LoadError),
    /// The ledger head it would sign does not parse.
    Head,
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Malformed::Json(error) => error.fmt(f),
            Malformed::Table(error) => error.fmt(f),
            Malformed::Scheme { schema, algorithm } => {
                write!(f, "schema `{schema}`, algorithm `{algorithm}`")
            }
            Malformed::Head => f.write_str("`ledger-head.json` does not parse"),
        }
    }
}

impl std::fmt::Display for Untrusted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Untrusted::Missing => f.write_str("it is not signed"),
            Untrusted::Malformed(why) => write!(f, "its signature file is malformed: {why}"),
            Untrusted::OfAnother { signed } => {
                write!(f, "its signature signs something else ({signed})")
            }
            Untrusted::UnknownKey { key_id } => {
                write!(f, "it is signed by key `{key_id}`, which is not trusted")
            }
            Untrusted::Forged { key_id } => {
                write!(f, "its signature by key `{key_id}` does not verify")
            }
        }
    }
}

/// Checks that `signature` (a head signature file's bytes, if any) signs
/// `head` of `policy` with one of `trusted`.
pub fn verify_head(
    signature: Option<&[u8]>,
    policy: &str,
    head: &str,
    trusted: &[rt::TrustedKey],
) -> Result<rt::KeyId, Untrusted> {
    let bytes = signature.ok_or(Untrusted::Missing)?;
    let sig: HeadSignature =
        serde_json::from_slice(bytes).map_err(|e| Untrusted::Malformed(Malformed::Json(e)))?;
    if sig.schema != HEAD_SIGNATURE_SCHEMA || sig.algorithm != rt::ALGORITHM {
        return Err(Untrusted::Malformed(Malformed::Scheme {
            schema: sig.schema,
            algorithm: sig.algorithm,
        }));
    }
    if sig.policy != policy || sig.head != head {
        return Err(Untrusted::OfAnother {
            signed: format!("head {} of `{}`", sig.head, sig.policy),
        });
    }
    rt::verify_message(
        &head_message(policy, head),
        &sig.key_id,
        &sig.signature,
        trusted,
    )
    .map_err(|error| match error {
        rt::LoadError::UntrustedKey { key_id } => Untrusted::UnknownKey { key_id },
        _ => Untrusted::Forged {
            key_id: sig.key_id.clone(),
        },
    })
}

/// Checks that a rule table (`rules.json`'s bytes) carries a signature
/// (`rules.json.sig`'s bytes, if any) by one of `trusted`, as a service
/// loading it with those keys would.
pub fn verify_table(
    table: &[u8],
    signature: Option<&[u8]>,
    trusted: &[rt::TrustedKey],
) -> Result<rt::KeyId, Untrusted> {
    let signature = signature.ok_or(Untrusted::Missing)?;
    match rt::Rules::from_slice_verified(table, signature, trusted) {
        Ok(rules) => rules.signed_by().cloned().ok_or(Untrusted::Missing),
        Err(rt::LoadError::UntrustedKey { key_id }) => Err(Untrusted::UnknownKey { key_id }),
        Err(rt::LoadError::BadSignature { key_id }) => Err(Untrusted::Forged { key_id }),
        Err(rt::LoadError::SignatureOfAnotherTable { field, signed, .. }) => {
            Err(Untrusted::OfAnother {
                signed: format!("{field} {signed}"),
            })
        }
        Err(other) => Err(Untrusted::Malformed(Malformed::Table(other))),
    }
}

/// Plans `POLICY_ID/ledger-head.json.sig`, the signature of the ledger's
/// `head` (hex) by `key`.
pub fn plan_head_signature<'a>(
    policy: &str,
    head: &str,
    key: &'a SigningKey,
    plan: &mut crate::build::Plan<'a>,
) {
    let path = std::path::PathBuf::from(policy).join(HEAD_SIGNATURE_FILE);
    let (policy, head) = (policy.to_owned(), head.to_owned());
    plan.add(path, move |writer| {
        serde_json::to_writer_pretty(&mut *writer, &key.sign_head(&policy, &head))?;
        writer.write_all(b"\n")
    });
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_secret(&[seed; 32])
    }

    fn trusted(key: &SigningKey) -> rt::TrustedKey {
        rt::TrustedKey::from_bytes(&key.public_bytes()).unwrap()
    }

    #[test]
    fn a_signed_head_verifies_with_its_key_only() {
        let head = "ab".repeat(32);
        let signature = serde_json::to_vec(&key(1).sign_head("shop", &head)).unwrap();
        let id = verify_head(Some(&signature), "shop", &head, &[trusted(&key(1))]).unwrap();
        assert_eq!(&id, key(1).id());
        // Rotation: any trusted key that signed will do.
        let both = [trusted(&key(2)), trusted(&key(1))];
        assert!(verify_head(Some(&signature), "shop", &head, &both).is_ok());
        assert!(matches!(
            verify_head(Some(&signature), "shop", &head, &[trusted(&key(2))]),
            Err(Untrusted::UnknownKey { .. })
        ));
        let other = "cd".repeat(32);
        assert!(matches!(
            verify_head(Some(&signature), "shop", &other, &[trusted(&key(1))]),
            Err(Untrusted::OfAnother { .. })
        ));
        assert!(matches!(
            verify_head(None, "shop", &head, &[trusted(&key(1))]),
            Err(Untrusted::Missing)
        ));
        // A signature copied onto another head with the fields edited.
        let mut moved: HeadSignature = serde_json::from_slice(&signature).unwrap();
        moved.head.clone_from(&other);
        let moved = serde_json::to_vec(&moved).unwrap();
        assert!(matches!(
            verify_head(Some(&moved), "shop", &other, &[trusted(&key(1))]),
            Err(Untrusted::Forged { .. })
        ));
    }

    #[test]
    fn a_head_signature_is_not_a_table_signature() {
        let head = head_message("shop", "00");
        let table = rt::signed_message("shop", "00", "00");
        assert_ne!(head, table);
        assert!(String::from_utf8(head).unwrap().contains(CONTEXT));
    }
}
