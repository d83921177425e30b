//! Signed rule tables: who made a table, not only that it is intact.
//!
//! The digest proves a table is whole, but whoever can edit `rules.json`
//! can recompute it. A signature cannot be recomputed without the private
//! key: `policyc build --sign KEY` writes, beside `rules.json`, a detached
//! `rules.json.sig` ([`TableSignature`]) that signs the table's policy id,
//! version and digest with Ed25519 and names the key by its [`KeyId`]. A
//! service that holds the public keys it trusts ([`TrustedKey`]) loads with
//! [`Rules::from_path_verified`](crate::Rules::from_path_verified), which
//! refuses an unsigned table, a table signed by another key, and a
//! signature moved from another table.
//!
//! This crate only verifies: it has no private keys and parses no PEM.
//! Public keys are 32 raw bytes, or those bytes in standard base64 (the
//! `.pub` file `policyc keygen` writes).

use std::fmt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::load::LoadError;
use crate::table::RuleTable;

/// The schema id every signature file carries in its `schema` field.
pub const SIGNATURE_SCHEMA_ID: &str = "https://policyc.dev/schemas/rules-signature/v1.json";

/// What the signature file's name adds to the table's: `rules.json.sig`.
pub const SIGNATURE_SUFFIX: &str = ".sig";

/// The one algorithm a signature file names.
pub const ALGORITHM: &str = "ed25519";

/// Separates these signatures from anything else the same key might sign.
const CONTEXT: &str = "policyc rule table signature v1";

/// The detached signature of the table at `table`: the same path with
/// [`SIGNATURE_SUFFIX`] appended.
///
/// ```
/// use std::path::Path;
///
/// let sig = policy_runtime::signature_path(Path::new("generated/shop/rules.json"));
/// assert_eq!(sig, Path::new("generated/shop/rules.json.sig"));
/// ```
#[must_use]
pub fn signature_path(table: &Path) -> PathBuf {
    let mut name = table.as_os_str().to_owned();
    name.push(SIGNATURE_SUFFIX);
    PathBuf::from(name)
}

/// The bytes a signature covers: a context string, the policy id, the
/// version and the digest, as a compact JSON array (so no field can bleed
/// into the next). The digest covers the whole table; the id and version
/// are named again so that a signature read without its table still says
/// what it is for.
///
/// ```
/// let m = policy_runtime::signed_message("shop", "1.0.0", "sha256:00");
/// assert_eq!(m, br#"["policyc rule table signature v1","shop","1.0.0","sha256:00"]"#);
/// ```
#[must_use]
pub fn signed_message(policy: &str, version: &str, digest: &str) -> Vec<u8> {
    // Serializing four strings into memory cannot fail; if it did, the
    // empty message would verify against no signature.
    serde_json::to_vec(&[CONTEXT, policy, version, digest]).unwrap_or_default()
}

/// The name of a public key: the first 16 hex digits of the SHA-256 of its
/// 32 bytes. A signature carries it so that a service with several trusted
/// keys (during a rotation) knows which one to verify with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(String);

impl KeyId {
    /// The id of the public key `bytes`.
    ///
    /// ```
    /// let id = policy_runtime::KeyId::of(&[0; 32]);
    /// assert_eq!(id.as_str(), "66687aadf862bd77");
    /// ```
    #[must_use]
    pub fn of(bytes: &[u8; 32]) -> Self {
        let hash = Sha256::digest(bytes);
        let hex = hash
            .iter()
            .take(8)
            .flat_map(|b| [b >> 4, b & 0x0f])
            .map(|nibble| char::from_digit(u32::from(nibble), 16).unwrap_or('0'))
            .collect();
        Self(hex)
    }

    /// The 16 hex digits.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a public key was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyError {
    /// The text is not standard base64.
    NotBase64,
    /// The key is not 32 bytes long.
    WrongLength {
        /// How many bytes it has.
        found: usize,
    },
    /// The 32 bytes are not an Ed25519 public key (not a point of the curve).
    NotAKey,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotBase64 => f.write_str("the key is not standard base64"),
            Self::WrongLength { found } => write!(
                f,
                "an Ed25519 public key is 32 bytes, this one is {found} bytes"
            ),
            Self::NotAKey => f.write_str("the 32 bytes are not an Ed25519 public key"),
        }
    }
}

impl std::error::Error for KeyError {}

/// A public key whose signatures a service accepts.
///
/// ```
/// use policy_runtime::TrustedKey;
///
/// // The `.pub` file `policyc keygen` writes holds the key in base64.
/// let key = TrustedKey::from_base64("O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=")?;
/// assert_eq!(key.id().as_str().len(), 16);
/// assert!(TrustedKey::from_base64("not a key").is_err());
/// # Ok::<(), policy_runtime::KeyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    key: VerifyingKey,
    id: KeyId,
}

impl TrustedKey {
    /// The key of these 32 bytes.
    ///
    /// # Errors
    ///
    /// [`KeyError::NotAKey`] if they are not an Ed25519 public key.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, KeyError> {
        let key = VerifyingKey::from_bytes(bytes).map_err(|_| KeyError::NotAKey)?;
        Ok(Self {
            key,
            id: KeyId::of(bytes),
        })
    }

    /// The key of its 32 bytes in standard base64; surrounding whitespace
    /// (such as a file's final line break) is ignored.
    ///
    /// # Errors
    ///
    /// A [`KeyError`] if the text is not base64 of an Ed25519 public key.
    pub fn from_base64(text: &str) -> Result<Self, KeyError> {
        let bytes = BASE64
            .decode(text.trim())
            .map_err(|_| KeyError::NotBase64)?;
        let found = bytes.len();
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|_| KeyError::WrongLength { found })?;
        Self::from_bytes(&bytes)
    }

    /// The key's id.
    #[must_use]
    pub const fn id(&self) -> &KeyId {
        &self.id
    }

    /// The key's 32 bytes.
    #[must_use]
    pub fn to_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The key's 32 bytes in standard base64.
    #[must_use]
    pub fn to_base64(&self) -> String {
        BASE64.encode(self.key.to_bytes())
    }
}

/// The detached signature of a rule table, as written to `rules.json.sig`.
///
/// ```json
/// {
///   "schema": "https://policyc.dev/schemas/rules-signature/v1.json",
///   "algorithm": "ed25519",
///   "policy": "pro_it_privacy",
///   "version": "2.0.0",
///   "digest": "sha256:…",
///   "key_id": "3f1c0e9a5b7d2e48",
///   "signature": "…base64 of 64 bytes…"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSignature {
    /// Must equal [`SIGNATURE_SCHEMA_ID`].
    pub schema: String,
    /// Must equal [`ALGORITHM`].
    pub algorithm: String,
    /// The signed table's policy id.
    pub policy: String,
    /// The signed table's version.
    pub version: String,
    /// The signed table's digest.
    pub digest: String,
    /// The [`KeyId`] of the key that signed.
    pub key_id: String,
    /// The Ed25519 signature of [`signed_message`], 64 bytes in standard
    /// base64.
    pub signature: String,
}

impl TableSignature {
    /// The signature file of `table`, for a signature made by the key
    /// `key_id` over [`signed_message`] of the table's id, version and
    /// digest. The compiler signs; this crate only builds the record.
    #[must_use]
    pub fn new(policy: &str, version: &str, digest: &str, key_id: &KeyId, sig: &[u8; 64]) -> Self {
        Self {
            schema: SIGNATURE_SCHEMA_ID.to_owned(),
            algorithm: ALGORITHM.to_owned(),
            policy: policy.to_owned(),
            version: version.to_owned(),
            digest: digest.to_owned(),
            key_id: key_id.as_str().to_owned(),
            signature: BASE64.encode(sig),
        }
    }
}

/// Checks that `signature` (a signature file's bytes) signs `table` with
/// one of `trusted`; returns that key's id.
pub(crate) fn verify(
    table: &RuleTable,
    signature: &[u8],
    trusted: &[TrustedKey],
) -> Result<KeyId, LoadError> {
    let sig: TableSignature = serde_json::from_slice(signature)
        .map_err(|e| LoadError::MalformedSignature(std::sync::Arc::new(e)))?;
    if sig.schema != SIGNATURE_SCHEMA_ID || sig.algorithm != ALGORITHM {
        return Err(LoadError::UnsupportedSignature {
            schema: sig.schema,
            algorithm: sig.algorithm,
        });
    }
    for (field, signed, actual) in [
        ("policy", &sig.policy, &table.policy),
        ("version", &sig.version, &table.version),
        ("digest", &sig.digest, &table.digest),
    ] {
        if signed != actual {
            return Err(LoadError::SignatureOfAnotherTable {
                field,
                signed: signed.clone(),
                table: actual.clone(),
            });
        }
    }
    let message = signed_message(&table.policy, &table.version, &table.digest);
    verify_message(&message, &sig.key_id, &sig.signature, trusted)
}

/// Checks that `signature` (64 bytes in standard base64) is the signature
/// of `message` by the trusted key named `key_id`; returns that key's id.
/// Every detached signature policyc writes is checked this way: a table's
/// here, a ledger head's by the compiler.
///
/// # Errors
///
/// [`LoadError::UntrustedKey`] when no trusted key has the id,
/// [`LoadError::SignatureEncoding`] when the signature is not 64 bytes of
/// base64, [`LoadError::BadSignature`] when it does not verify.
pub fn verify_message(
    message: &[u8],
    key_id: &str,
    signature: &str,
    trusted: &[TrustedKey],
) -> Result<KeyId, LoadError> {
    let Some(key) = trusted.iter().find(|k| k.id.as_str() == key_id) else {
        return Err(LoadError::UntrustedKey {
            key_id: key_id.to_owned(),
        });
    };
    let bytes: [u8; 64] = BASE64
        .decode(signature.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(LoadError::SignatureEncoding)?;
    key.key
        .verify_strict(message, &Signature::from_bytes(&bytes))
        .map_err(|_| LoadError::BadSignature {
            key_id: key_id.to_owned(),
        })?;
    Ok(key.id.clone())
}

/// Whether rules signed by `signer` (if signed at all) may be served by a
/// holder that trusts `trusted`.
pub(crate) fn check_trusted(
    signer: Option<&KeyId>,
    trusted: &[TrustedKey],
) -> Result<(), LoadError> {
    match signer {
        None => Err(LoadError::Unsigned { path: None }),
        Some(id) if trusted.iter().any(|k| k.id == *id) => Ok(()),
        Some(id) => Err(LoadError::UntrustedKey {
            key_id: id.as_str().to_owned(),
        }),
    }
}
