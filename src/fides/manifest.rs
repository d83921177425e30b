//! The part of a fideslang manifest policyc writes and reads, with
//! fideslang's field names (`fideslang.models`: `Taxonomy`, `DataCategory`,
//! `DataUse`, `System`, `PrivacyDeclaration`, `DataFlow`). Fields policyc
//! has nothing to say about are left out when written, and ignored when
//! read, as fideslang ignores unknown fields of its resources.

use serde::{Deserialize, Serialize};

/// A manifest: the resources of one file, each kind a list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The data categories the manifest declares (custom ones: the
    /// default taxonomy's are known to Fides).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_category: Vec<Label>,
    /// The data uses the manifest declares (custom ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_use: Vec<Label>,
    /// The systems: one per policy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub system: Vec<System>,
}

/// A data category or data use: a key, its name and its parent's key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The key: the parent's key, a dot, and one more segment.
    pub fides_key: String,
    /// The name people read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A longer description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The parent's key; none for a key of one segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_key: Option<String>,
}

/// A system: the service a policy covers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct System {
    /// Its key: the policy's id.
    pub fides_key: String,
    /// The service's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The policy's scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What kind of system it is (fideslang requires it).
    #[serde(default)]
    pub system_type: String,
    /// The controller's legal name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// The controller's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_address: Option<String>,
    /// Where the policy is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy: Option<String>,
    /// The recipients data flows to, with the categories each receives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub egress: Vec<DataFlow>,
    /// Where data comes from: the user (`user`), or the third parties and
    /// public sources named, with the categories each provides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ingress: Vec<DataFlow>,
    /// The organisation's role for the system's data: `Controller`, since a
    /// privacy policy is its controller's notice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibility: Vec<String>,
    /// How to reach the data protection officer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<String>,
    /// The parties that decide jointly with the controller (GDPR Art. 26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_controller_info: Option<String>,
    /// Whether the system makes decisions based solely on automated
    /// processing with legal or similarly significant effects (GDPR Art. 22).
    #[serde(default)]
    pub uses_profiling: bool,
    /// The grounds of those decisions (Art. 22(2)), in fideslang's words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis_for_profiling: Vec<String>,
    /// Whether the system sets cookies.
    #[serde(default)]
    pub uses_cookies: bool,
    /// Whether it stores or reads information on the device other than by
    /// cookies (local storage, pixels, SDKs, fingerprinting).
    #[serde(default)]
    pub uses_non_cookie_access: bool,
    /// Whether some recipient is in another country.
    #[serde(default)]
    pub does_international_transfers: bool,
    /// The bases of transfers to the recipients in other countries: a typed
    /// mechanism as fideslang names it, else the safeguard's words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis_for_transfers: Vec<String>,
    /// One declaration per purpose.
    #[serde(default)]
    pub privacy_declarations: Vec<PrivacyDeclaration>,
}

/// A flow of data out of the system, to a recipient.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataFlow {
    /// The recipient's key: its id.
    pub fides_key: String,
    /// The kind of resource (`system`, `user` or `dataset`).
    #[serde(rename = "type", default)]
    pub kind: String,
    /// The categories sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_categories: Option<Vec<String>>,
}

/// What the system does for one purpose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyDeclaration {
    /// The purpose's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The categories the purpose uses.
    #[serde(default)]
    pub data_categories: Vec<String>,
    /// The purpose's data use.
    #[serde(default)]
    pub data_use: String,
    /// Whose data: the policy does not say, so none.
    #[serde(default)]
    pub data_subjects: Vec<String>,
    /// The recipients that receive the purpose's data (keys of `egress`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<Vec<String>>,
    /// Where the purpose's data comes from (keys of `ingress`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Vec<String>>,
    /// The legal basis (GDPR Art. 6), in fideslang's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis_for_processing: Option<String>,
    /// How long the purpose's data is kept, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_period: Option<String>,
    /// Whether the purpose uses special-category data (GDPR Art. 9).
    #[serde(default)]
    pub processes_special_category_data: bool,
    /// The ground for special-category data (GDPR Art. 9(2)), in
    /// fideslang's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_category_legal_basis: Option<String>,
    /// Whether the purpose's data goes to recipients.
    #[serde(default)]
    pub data_shared_with_third_parties: bool,
    /// The recipients, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_parties: Option<String>,
    /// The categories shared with them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_categories: Vec<String>,
}
