//! JSON Web Signatures (RFC 7515, compact form) made with the build's
//! Ed25519 key, for formats that carry their signature as a JWT: OPA's
//! bundle signatures. The algorithm is `EdDSA` (RFC 8037) and the header
//! names the key by its id (`kid`), so that a verifier can pick it among
//! several. Ed25519 is deterministic: the same payload and key give the
//! same token, so outputs that hold one stay reproducible.

use base64::Engine as _;
use serde_json::json;

use super::SigningKey;

/// The JWS `alg` of an Ed25519 signature (RFC 8037, section 3.1).
pub const ALGORITHM: &str = "EdDSA";

impl SigningKey {
    /// The compact JWS of `payload`: `HEADER.PAYLOAD.SIGNATURE`, each part
    /// in unpadded base64url, the signature over the first two joined by
    /// a dot.
    pub fn jws(&self, payload: &[u8]) -> String {
        let header = json!({ "alg": ALGORITHM, "kid": self.id().as_str(), "typ": "JWT" });
        let encode = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let signing_input = format!(
            "{}.{}",
            encode(header.to_string().as_bytes()),
            encode(payload)
        );
        let signature = self.sign_bytes(signing_input.as_bytes());
        format!("{signing_input}.{}", encode(&signature))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

    use super::*;
    use ed25519_dalek::Verifier as _;

    #[test]
    fn the_token_verifies_with_the_public_key_and_names_it() {
        let key = SigningKey::from_secret(&[7; 32]);
        let token = key.jws(br#"{"files":[]}"#);
        assert_eq!(token, key.jws(br#"{"files":[]}"#), "deterministic");
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        let decode = |s: &str| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(s)
                .unwrap()
        };
        let header: serde_json::Value = serde_json::from_slice(&decode(parts[0])).unwrap();
        assert_eq!(header["alg"], "EdDSA");
        assert_eq!(header["kid"], key.id().as_str());
        assert_eq!(decode(parts[1]), br#"{"files":[]}"#);
        let public = ed25519_dalek::VerifyingKey::from_bytes(&key.public_bytes()).unwrap();
        let signature = ed25519_dalek::Signature::from_slice(&decode(parts[2])).unwrap();
        let input = format!("{}.{}", parts[0], parts[1]);
        assert!(public.verify(input.as_bytes(), &signature).is_ok());
        assert!(public.verify(b"another input", &signature).is_err());
    }
}
