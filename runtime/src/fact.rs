//! The names of the facts a caller asserts, in one place.
//!
//! The compiler writes conditions with these names (through
//! [`Basis::condition_for`](crate::Basis::condition_for) and
//! [`Ground::condition_for`](crate::Ground::condition_for)); services assert
//! them in [`Facts`](crate::Facts). See the [crate docs](crate#facts) for the
//! whole convention.
//!
//! ```
//! use policy_runtime::fact;
//!
//! assert_eq!(fact::consent("marketing"), "consent:marketing");
//! assert_eq!(fact::objection("analytics"), "objection:analytics");
//! assert_eq!(fact::LEGAL_REQUEST, "legal_request");
//! ```

/// Prefix of a consent fact: `consent:PURPOSE` or `consent:RECIPIENT`.
pub const CONSENT_PREFIX: &str = "consent:";
/// Prefix of an objection fact: `objection:PURPOSE`.
pub const OBJECTION_PREFIX: &str = "objection:";
/// The transfer is necessary to perform a contract with the user
/// ([`Ground::Contract`](crate::Ground::Contract)).
pub const CONTRACT_NECESSITY: &str = "contract_necessity";
/// An authority lawfully requested the data
/// ([`Ground::LegalObligation`](crate::Ground::LegalObligation)).
pub const LEGAL_REQUEST: &str = "legal_request";
/// The transfer protects rights that were violated
/// ([`Ground::RightsProtection`](crate::Ground::RightsProtection)).
pub const RIGHTS_VIOLATION: &str = "rights_violation";
/// The business is being sold or merged
/// ([`Ground::BusinessTransfer`](crate::Ground::BusinessTransfer)).
pub const BUSINESS_TRANSFER: &str = "business_transfer";
/// The data sent is depersonalized
/// ([`Ground::DepersonalizedStatistics`](crate::Ground::DepersonalizedStatistics)).
pub const DEPERSONALIZED: &str = "depersonalized";

/// Every fact without a target, in the order of the grounds that read them:
/// what a caller may assert besides `consent:ID` and `objection:PURPOSE`.
///
/// ```
/// assert!(policy_runtime::fact::PLAIN.contains(&policy_runtime::fact::LEGAL_REQUEST));
/// ```
pub const PLAIN: [&str; 5] = [
    CONTRACT_NECESSITY,
    LEGAL_REQUEST,
    RIGHTS_VIOLATION,
    BUSINESS_TRANSFER,
    DEPERSONALIZED,
];

/// The fact that the user consented to a purpose or to a recipient:
/// `consent:ID`.
#[must_use]
pub fn consent(id: &str) -> String {
    format!("{CONSENT_PREFIX}{id}")
}

/// The fact that the user objected to a purpose resting on legitimate
/// interests: `objection:PURPOSE`.
#[must_use]
pub fn objection(purpose: &str) -> String {
    format!("{OBJECTION_PREFIX}{purpose}")
}
