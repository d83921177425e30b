//! The rule table: the serialized form of a compiled policy.
//!
//! These types are the single source of truth for `rules.json`: the compiler
//! builds them and serializes them with `serde_json`, services deserialize
//! them (through [`Rules`](crate::Rules), which validates them first). Field
//! order is serialization order, and so is part of the digest.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::fact;

/// The schema id every rule table carries in its `schema` field.
pub const SCHEMA_ID: &str = "https://policyc.dev/schemas/rules/v1.json";

/// The schema version this crate reads and writes (`schema_version`).
pub const SCHEMA_VERSION: u32 = 1;

/// A compiled policy: its identity, its vocabulary and its rules.
///
/// The compiler writes the lists sorted (data, purposes, recipients by id;
/// uses by `(data, purpose)`; transfers by `(data, recipient)`; see
/// [`sort`](Self::sort)) so that equal policies give byte-identical files;
/// the runtime does not depend on the order. Parent rules are already
/// flattened onto child categories, so a decision is a lookup.
///
/// ```
/// use policy_runtime::{RuleTable, SCHEMA_ID, SCHEMA_VERSION};
///
/// let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// assert_eq!(table.schema, SCHEMA_ID);
/// assert_eq!(table.schema_version, SCHEMA_VERSION);
/// table.seal();
/// assert!(table.digest.starts_with("sha256:"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleTable {
    /// The schema id; must equal [`SCHEMA_ID`].
    pub schema: String,
    /// The schema version; must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The policy id, e.g. `pro_it_privacy`.
    pub policy: String,
    /// The semantic version of the policy edition, e.g. `1.1.0`.
    pub version: String,
    /// The date the edition takes effect, ISO 8601 (`2026-12-01`).
    pub effective: String,
    /// `sha256:` and 64 lowercase hex digits: the digest of the table's
    /// content, see [`compute_digest`](crate::compute_digest).
    pub digest: String,
    /// The data categories, sorted by id.
    pub data: Vec<DataEntry>,
    /// The purposes, sorted by id.
    pub purposes: Vec<PurposeEntry>,
    /// The recipients, sorted by id.
    pub recipients: Vec<RecipientEntry>,
    /// The allowed uses, sorted by `(data, purpose)`.
    pub uses: Vec<UseRule>,
    /// The allowed transfers, sorted by `(data, recipient)`.
    pub transfers: Vec<TransferRule>,
    /// The policy's stance on Global Privacy Control signals, when it
    /// states one: where it is [`Stance::Honoured`], the fact `gpc` opts
    /// the user out of sale and sharing (see the [facts
    /// convention](crate#facts)). Left out when absent, so tables without
    /// it keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpc: Option<Stance>,
    /// The trackers (cookies, pixels, SDKs…) the policy declares, sorted
    /// by id, which [`Rules::decide_tracker`](crate::Rules::decide_tracker)
    /// decides. Left out when empty, so tables without them keep their
    /// digest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trackers: Vec<TrackerEntry>,
    /// The policy's stance on children, when it states one, which
    /// [`Rules::decide_child`](crate::Rules::decide_child) decides. Left
    /// out when absent, so tables without it keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<ChildrenEntry>,
    /// The decisions made solely by automated means (GDPR Art. 22) the
    /// policy declares, sorted by id, which
    /// [`Rules::decide_automated`](crate::Rules::decide_automated)
    /// decides. Left out when empty, so tables without them keep their
    /// digest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<AutomatedDecisionEntry>,
}

impl RuleTable {
    /// An empty table of the current schema for a policy edition, with an
    /// empty digest (call [`seal`](Self::seal) once it is filled in).
    ///
    /// ```
    /// let table = policy_runtime::RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// assert!(table.data.is_empty() && table.digest.is_empty());
    /// ```
    #[must_use]
    pub fn new(policy: &str, version: &str, effective: &str) -> Self {
        Self {
            schema: SCHEMA_ID.to_owned(),
            schema_version: SCHEMA_VERSION,
            policy: policy.to_owned(),
            version: version.to_owned(),
            effective: effective.to_owned(),
            digest: String::new(),
            data: Vec::new(),
            purposes: Vec::new(),
            recipients: Vec::new(),
            uses: Vec::new(),
            transfers: Vec::new(),
            gpc: None,
            trackers: Vec::new(),
            children: None,
            decisions: Vec::new(),
        }
    }

    /// Sorts the lists into their canonical order: data, purposes and
    /// recipients by id, uses by `(data, purpose)`, transfers by
    /// `(data, recipient)`. Grounds keep their order (it is the policy's, and
    /// decides which ground a decision reports). Call before
    /// [`seal`](Self::seal).
    ///
    /// ```
    /// use policy_runtime::{Basis, PurposeEntry, RuleTable};
    ///
    /// let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
    /// table.purposes.push(PurposeEntry::new("billing", "Billing", Basis::Contract));
    /// table.sort();
    /// assert_eq!(table.purposes[0].id, "billing");
    /// ```
    pub fn sort(&mut self) {
        self.data.sort_by(|a, b| a.id.cmp(&b.id));
        self.purposes.sort_by(|a, b| a.id.cmp(&b.id));
        self.recipients.sort_by(|a, b| a.id.cmp(&b.id));
        self.uses
            .sort_by(|a, b| (&a.data, &a.purpose).cmp(&(&b.data, &b.purpose)));
        self.transfers
            .sort_by(|a, b| (&a.data, &a.recipient).cmp(&(&b.data, &b.recipient)));
        self.trackers.sort_by(|a, b| a.id.cmp(&b.id));
        self.decisions.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// Sets [`digest`](Self::digest) to the digest of the current content.
    ///
    /// ```
    /// let mut table = policy_runtime::RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// table.seal();
    /// assert_eq!(table.digest, policy_runtime::compute_digest(&table));
    /// ```
    pub fn seal(&mut self) {
        self.digest = crate::compute_digest(self);
    }
}

/// A data category, e.g. `account.email`.
///
/// ```
/// use policy_runtime::{DataEntry, Identity};
///
/// let email = DataEntry::new("account.email", "Email address", Identity::Identified);
/// assert_eq!(email.parent, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataEntry {
    /// The dotted id, e.g. `account.email`.
    pub id: String,
    /// The label a reader sees.
    pub label: String,
    /// The id of the enclosing category (`account` for `account.email`).
    pub parent: Option<String>,
    /// How far the data identifies a person.
    pub identity: Identity,
    /// The GDPR Art. 9 special category, if any (e.g. `health`).
    pub special: Option<String>,
    /// Whether the user must provide it to use the service.
    pub required: bool,
    /// How long it is kept; empty when the policy declares nothing.
    pub retention: Vec<RetentionPeriod>,
    /// How alternative periods combine, when the policy states it;
    /// absent (and left out of the JSON, so older tables keep their
    /// digest) for a single period or a table written before the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_rule: Option<RetentionRule>,
    /// What happens when the retention ends, when it is not deletion:
    /// absent (and left out of the JSON, so older tables keep their
    /// digest) means the data is erased.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_end: Option<RetentionEnd>,
    /// How long copies remain in backups after the retention ends, when
    /// the policy states it; absent (and left out of the JSON) otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Backups>,
}

impl DataEntry {
    /// A category with no parent, no special category, not required and no
    /// retention declared; set the other fields directly.
    #[must_use]
    pub fn new(id: &str, label: &str, identity: Identity) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            parent: None,
            identity,
            special: None,
            required: false,
            retention: Vec::new(),
            retention_rule: None,
            retention_end: None,
            backups: None,
        }
    }
}

/// A purpose data is processed for, e.g. `marketing`.
///
/// ```
/// use policy_runtime::{Basis, PurposeEntry};
///
/// let p = PurposeEntry::new("marketing", "Sending offers", Basis::Consent);
/// assert!(!p.only_depersonalized);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PurposeEntry {
    /// The id, e.g. `marketing`.
    pub id: String,
    /// The label a reader sees.
    pub label: String,
    /// The legal basis (GDPR Art. 6(1)).
    pub basis: Basis,
    /// The legitimate interest stated, for [`Basis::LegitimateInterest`].
    pub interest: Option<String>,
    /// Whether the purpose may use depersonalized data only.
    pub only_depersonalized: bool,
    /// The version of the edition that introduced the purpose, when the
    /// table records it: a consent given under an earlier edition cannot
    /// have been a consent to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The condition of GDPR Art. 9(2) under which the purpose processes
    /// special categories of data, when the policy states one, so that a
    /// service can show it. It decides nothing: explicit consent still
    /// decides through the consent fact of the purpose's basis. Left out
    /// when absent, so other tables keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_condition: Option<SpecialCondition>,
    /// Whether the purpose is direct marketing (`direct_marketing`): the
    /// user may object to it at any time, whatever its basis, and the
    /// data is then no longer used for it (GDPR Art. 21(2) and (3)), so
    /// the objection `objection:PURPOSE` denies each of its uses, on
    /// consent too. Left out when false, so tables without it keep their
    /// digest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub direct_marketing: bool,
    /// The purpose 11 CCR §7027(m) permits that this purpose serves, when
    /// the policy states one (`permitted_use`): the user's limit of the use
    /// of their sensitive personal information (`limit:sensitive`) never
    /// stops its uses, whatever its basis. The runtime folds it into each
    /// use's rule at load (see [`UseRule::limitable`]). Left out when
    /// absent, so other tables keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permitted_use: Option<PermittedUse>,
}

impl PurposeEntry {
    /// A purpose with no interest stated and no restriction.
    #[must_use]
    pub fn new(id: &str, label: &str, basis: Basis) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            basis,
            interest: None,
            only_depersonalized: false,
            since: None,
            special_condition: None,
            direct_marketing: false,
            permitted_use: None,
        }
    }
}

/// Someone data may be sent to: a third party, a processor, an authority.
///
/// ```
/// let r = policy_runtime::RecipientEntry::new("mailer", "Mailing provider");
/// assert_eq!(r.country, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecipientEntry {
    /// The id, e.g. `mailer`.
    pub id: String,
    /// The label a reader sees.
    pub label: String,
    /// The country, for a transfer abroad.
    pub country: Option<String>,
    /// The safeguard of a transfer abroad (e.g. standard contractual clauses).
    pub safeguard: Option<String>,
    /// Whether the recipient is bound by this policy.
    pub bound_by_policy: bool,
    /// The version of the edition that introduced the recipient, when the
    /// table records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// What the recipient is, when the policy states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<RecipientKind>,
    /// What disclosing data to the recipient is under US state law, each
    /// once, in the set's order: a transfer to it is denied when the user
    /// opted out of it. Left out when empty, so tables without it keep
    /// their digest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclosed_as: Vec<Disclosure>,
}

impl RecipientEntry {
    /// A recipient with no country, no safeguard, not bound by the policy.
    #[must_use]
    pub fn new(id: &str, label: &str) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            country: None,
            safeguard: None,
            bound_by_policy: false,
            since: None,
            kind: None,
            disclosed_as: Vec::new(),
        }
    }
}

/// An allowed use: `data` may be processed for `purpose` when `condition`
/// holds.
///
/// ```
/// use policy_runtime::{Basis, Condition, UseRule};
///
/// let rule = UseRule::new("account.email", "marketing", Basis::Consent);
/// assert_eq!(
///     rule.condition,
///     Condition::Requires { fact: "consent:marketing".into() }
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UseRule {
    /// The data category id.
    pub data: String,
    /// The purpose id.
    pub purpose: String,
    /// The legal basis the use rests on.
    pub basis: Basis,
    /// When the use is allowed.
    pub condition: Condition,
    /// A retention specific to this use; empty means the data category's.
    pub retention: Vec<RetentionPeriod>,
    /// How this use's alternative periods combine (see
    /// [`DataEntry::retention_rule`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_rule: Option<RetentionRule>,
    /// What happens when this use's retention ends, when it is not
    /// deletion (see [`DataEntry::retention_end`]); only with a retention
    /// specific to this use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_end: Option<RetentionEnd>,
    /// How long copies remain in backups after this use's retention ends
    /// (see [`DataEntry::backups`]); only with a retention specific to
    /// this use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Backups>,
    /// Whether the use is of sensitive personal information of US state
    /// law beyond the purposes 11 CCR §7027(m) permits, so that the user's
    /// limit (`limit:sensitive`) stops it: the data category is itself
    /// sensitive, the purpose's basis is one [`Basis::limitable`] says and
    /// the purpose names no permitted use ([`PurposeEntry::permitted_use`];
    /// the runtime reads a use of such a purpose as not limitable even
    /// where this says it is). Left out when false, so tables without it
    /// keep their digest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub limitable: bool,
}

impl UseRule {
    /// A use rule whose condition follows the [facts convention](crate#facts)
    /// for `basis` (see [`Basis::condition_for`]), with no specific retention.
    #[must_use]
    pub fn new(data: &str, purpose: &str, basis: Basis) -> Self {
        Self {
            data: data.to_owned(),
            purpose: purpose.to_owned(),
            basis,
            condition: basis.condition_for(purpose),
            retention: Vec::new(),
            retention_rule: None,
            retention_end: None,
            backups: None,
            limitable: false,
        }
    }
}

/// An allowed transfer: `data` may be sent to `recipient` when any ground's
/// condition holds.
///
/// ```
/// use policy_runtime::{Ground, TransferRule};
///
/// let rule = TransferRule::new("account.email", "mailer", &[Ground::Consent, Ground::Contract]);
/// assert_eq!(rule.grounds.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferRule {
    /// The data category id.
    pub data: String,
    /// The recipient id.
    pub recipient: String,
    /// The grounds, in the policy's order; any one suffices.
    pub grounds: Vec<GroundRule>,
    /// The purposes the data is sent for, when every transfer of it to the
    /// recipient names them (`transfer … for PURPOSE`); `None`: any purpose.
    /// [`Rules::decide_flow`](crate::Rules::decide_flow) denies a flow for
    /// a purpose not listed with
    /// [`DecisionCode::TransferNotForPurpose`](crate::DecisionCode::TransferNotForPurpose).
    /// Left out when `None`, so tables without it keep their digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purposes: Option<Vec<String>>,
    /// What the transfer itself is under US state law (`transfer …
    /// disclosed_as sale`), beside what its recipient's
    /// [`disclosed_as`](RecipientEntry::disclosed_as) makes every transfer
    /// to it: `opt_out:sale`, `opt_out:share` and `gpc` deny it as they
    /// deny a transfer to a recipient so marked. Left out when empty, so
    /// tables without it keep their digest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclosed_as: Vec<Disclosure>,
}

impl TransferRule {
    /// A transfer rule on `grounds`, each with the condition of the
    /// [facts convention](crate#facts) (see [`Ground::condition_for`]).
    #[must_use]
    pub fn new(data: &str, recipient: &str, grounds: &[Ground]) -> Self {
        Self {
            data: data.to_owned(),
            recipient: recipient.to_owned(),
            grounds: grounds
                .iter()
                .map(|&ground| GroundRule {
                    ground,
                    condition: ground.condition_for(recipient),
                })
                .collect(),
            purposes: None,
            disclosed_as: Vec::new(),
        }
    }
}

/// One ground of a transfer and the condition under which it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroundRule {
    /// The ground.
    pub ground: Ground,
    /// When it holds.
    pub condition: Condition,
}

/// Declares a closed set the table carries, one line per value: its
/// variant (with its doc), its serialized name and its words in decision
/// reasons. It gives the enum, `ALL`, [`as_str`](Basis::as_str),
/// [`describe`](Basis::describe) and `Display` (the serialized name), so a
/// value cannot be serialized under one name and shown under another.
///
/// A transfer ground also names the fact that makes it hold, in brackets:
/// `[consent]` for the user's consent to the recipient (`consent:RECIPIENT`),
/// `[objection]` for a ground that holds unless the user objected to the
/// recipient (`objection:RECIPIENT`), `[always]` for one that holds on no
/// fact, or `[CONSTANT = "name"]` for a plain fact, which becomes the constant
/// `fact::CONSTANT` and joins [`fact::PLAIN`].
macro_rules! runtime_set {
    (
        $(#[$doc:meta])*
        $set:ident;
        $( $(#[$vdoc:meta])* $variant:ident = $keyword:literal, $words:literal $(, $fact:tt)?; )*
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $set {
            $(
                $(#[$vdoc])*
                $(#[doc = ""] #[doc = runtime_set!(@fact_doc $fact)])?
                #[serde(rename = $keyword)]
                $variant,
            )*
        }

        impl $set {
            /// Every value, in declaration order.
            pub const ALL: [Self; [$(stringify!($variant)),*].len()] = [$(Self::$variant),*];

            /// The stable snake_case name, as serialized.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $keyword,)*
                }
            }

            /// The value in plain English, as used in decision reasons.
            #[must_use]
            pub const fn describe(self) -> &'static str {
                match self {
                    $(Self::$variant => $words,)*
                }
            }
        }

        impl fmt::Display for $set {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        runtime_set!(@facts $set; $( [$(#[$vdoc])*] $variant $($fact)?; )*);
    };
    (@facts $set:ident; $( [$(#[$vdoc:meta])*] $variant:ident; )*) => {};
    (@facts $set:ident; $( [$(#[$vdoc:meta])*] $variant:ident $fact:tt; )*) => {
        impl $set {
            /// The plain fact that makes this ground hold, or `None` for the
            /// ground of consent, whose fact names the recipient
            /// (`consent:RECIPIENT`).
            #[must_use]
            pub const fn plain_fact(self) -> Option<&'static str> {
                match self {
                    $(Self::$variant => runtime_set!(@plain $fact),)*
                }
            }
        }

        /// The plain facts of the grounds, declared with them.
        pub(crate) mod plain_facts {
            $(runtime_set!(@constant [$(#[$vdoc])*] $variant $fact);)*
        }
    };
    (@fact_doc [consent]) => { "Holds when the caller asserts `consent:RECIPIENT`." };
    (@fact_doc [always]) => { "Holds on no fact: the policy declares the transfer without a ground." };
    (@fact_doc [objection]) => { "Holds unless the caller asserts `objection:RECIPIENT`." };
    (@fact_doc [$constant:ident = $name:literal]) => {
        concat!("Holds when the caller asserts `", $name, "` ([`fact::", stringify!($constant), "`]).")
    };
    (@plain [consent]) => { None };
    (@plain [always]) => { None };
    (@plain [objection]) => { None };
    (@plain [$constant:ident = $name:literal]) => { Some($name) };
    (@constant [$(#[$vdoc:meta])*] $variant:ident [consent]) => {};
    (@constant [$(#[$vdoc:meta])*] $variant:ident [always]) => {};
    (@constant [$(#[$vdoc:meta])*] $variant:ident [objection]) => {};
    (@constant [$(#[$vdoc:meta])*] $variant:ident [$constant:ident = $name:literal]) => {
        #[doc = concat!("The fact that makes [`Ground::", stringify!($variant), "`](crate::Ground::", stringify!($variant), ") hold:")]
        $(#[$vdoc])*
        pub const $constant: &str = $name;
    };
}

runtime_set! {
    /// A legal basis for processing (GDPR Art. 6(1)).
    ///
    /// ```
    /// use policy_runtime::Basis;
    ///
    /// assert_eq!(Basis::LegitimateInterest.as_str(), "legitimate_interest");
    /// assert_eq!(Basis::Contract.to_string(), "contract");
    /// assert_eq!(Basis::LegitimateInterest.describe(), "legitimate interests");
    /// ```
    Basis;
    /// The user's consent (Art. 6(1)(a)).
    Consent = "consent", "consent";
    /// The user's explicit consent (Art. 9(2)(a), special categories).
    ExplicitConsent = "explicit_consent", "explicit consent";
    /// Performance of a contract with the user (Art. 6(1)(b)).
    Contract = "contract", "contract";
    /// A legal obligation of the controller (Art. 6(1)(c)).
    LegalObligation = "legal_obligation", "a legal obligation";
    /// The vital interests of a person (Art. 6(1)(d)).
    VitalInterests = "vital_interests", "vital interests";
    /// A task in the public interest (Art. 6(1)(e)).
    PublicTask = "public_task", "a public task";
    /// The controller's legitimate interests (Art. 6(1)(f)).
    LegitimateInterest = "legitimate_interest", "legitimate interests";
    /// No basis stated: the policy says the use happens but not on which
    /// legal basis (`basis unstated`, or no basis under a regime that does
    /// not ask for one). The use holds as declared, since no fact changes
    /// it; its decision says the basis is unstated
    /// ([`DecisionCode::AllowedBasisUnstated`](crate::DecisionCode::AllowedBasisUnstated)).
    Unstated = "unstated", "a basis the policy does not state";
}

impl Basis {
    /// The condition under which a use of data for `purpose` on this basis
    /// holds, by the [facts convention](crate#facts): consent needs
    /// `consent:PURPOSE`, legitimate interests hold unless
    /// `objection:PURPOSE`, the other bases always hold.
    ///
    /// ```
    /// use policy_runtime::{Basis, Condition};
    ///
    /// assert_eq!(
    ///     Basis::LegitimateInterest.condition_for("analytics"),
    ///     Condition::Unless { fact: "objection:analytics".into() }
    /// );
    /// assert_eq!(Basis::Contract.condition_for("billing"), Condition::Always);
    /// ```
    #[must_use]
    pub fn condition_for(self, purpose: &str) -> Condition {
        match self {
            Self::Consent | Self::ExplicitConsent => Condition::Requires {
                fact: fact::consent(purpose),
            },
            Self::LegitimateInterest => Condition::Unless {
                fact: fact::objection(purpose),
            },
            Self::Contract
            | Self::LegalObligation
            | Self::VitalInterests
            | Self::PublicTask
            | Self::Unstated => Condition::Always,
        }
    }

    /// Whether a use of sensitive personal information on this basis goes
    /// beyond the purposes 11 CCR §7027(m) permits, so that the user's
    /// limit stops it. The permitted purposes are read as the bases that
    /// carry them: `contract` (performing the services or providing the
    /// goods the user asked for, §7027(m)(1)), `legal_obligation` (what
    /// the law requires, which the CCPA does not restrict, Cal. Civ. Code
    /// §1798.145(a)(1)) and `vital_interests` (the physical safety of a
    /// person, §7027(m)(4)). Every other basis, `unstated` included, is
    /// limitable: a basis the policy does not state shows no permitted
    /// purpose. A purpose on such a basis states the permitted purpose it
    /// serves with [`PurposeEntry::permitted_use`].
    ///
    /// ```
    /// use policy_runtime::Basis;
    ///
    /// assert!(Basis::Consent.limitable());
    /// assert!(!Basis::Contract.limitable());
    /// ```
    #[must_use]
    pub const fn limitable(self) -> bool {
        !matches!(
            self,
            Self::Contract | Self::LegalObligation | Self::VitalInterests
        )
    }
}

runtime_set! {
    /// A ground on which data may be sent to a recipient, with the fact
    /// that makes it hold (see the [facts convention](crate#facts)).
    ///
    /// ```
    /// use policy_runtime::Ground;
    ///
    /// assert_eq!(Ground::RightsProtection.as_str(), "rights_protection");
    /// assert_eq!(Ground::Consent.to_string(), "consent");
    /// assert_eq!(Ground::RightsProtection.describe(), "the protection of rights");
    /// ```
    Ground;
    /// The user consented to the transfer.
    Consent = "consent", "consent", [consent];
    /// The transfer is necessary to perform a contract with the user.
    Contract = "contract", "contract necessity", [CONTRACT_NECESSITY = "contract_necessity"];
    /// The law requires it (a request from an authority).
    LegalObligation = "legal_obligation", "a legal obligation", [LEGAL_REQUEST = "legal_request"];
    /// It protects the rights of the controller or others.
    RightsProtection = "rights_protection", "the protection of rights", [RIGHTS_VIOLATION = "rights_violation"];
    /// The business is sold or merged.
    BusinessTransfer = "business_transfer", "a business transfer", [BUSINESS_TRANSFER = "business_transfer"];
    /// The data is depersonalized, for statistics.
    DepersonalizedStatistics = "depersonalized_statistics", "depersonalized statistics", [DEPERSONALIZED = "depersonalized"];
    /// No ground stated: the policy says the recipient may receive the
    /// data but not on which ground (`on unstated`, or no `on` under a
    /// regime that does not ask for one). The transfer holds as declared,
    /// since no fact changes it; its decision says the ground is unstated
    /// ([`DecisionCode::AllowedGroundUnstated`](crate::DecisionCode::AllowedGroundUnstated)).
    Unstated = "unstated", "a ground the policy does not state", [always];
    /// Disclosed to a service provider or contractor for a business
    /// purpose (US state law, Cal. Civ. Code §1798.140(e)).
    BusinessPurpose = "business_purpose", "a business purpose", [BUSINESS_PURPOSE = "business_purpose"];
    /// Necessary for the purposes of a legitimate interest (GDPR Art.
    /// 6(1)(f)), which the policy states; the user may object to it
    /// (Art. 21(1)).
    LegitimateInterest = "legitimate_interest", "legitimate interests", [objection];
}

impl Ground {
    /// The fact the condition of this ground reads for a transfer to
    /// `recipient`, by the [facts convention](crate#facts): the ground's
    /// [`plain_fact`](Self::plain_fact), `consent:RECIPIENT`, or for
    /// [`Ground::LegitimateInterest`] the objection `objection:RECIPIENT`
    /// that stops it; `None` for [`Ground::Unstated`], which holds on no
    /// fact.
    ///
    /// ```
    /// use policy_runtime::Ground;
    ///
    /// assert_eq!(Ground::Consent.fact_for("mailer").as_deref(), Some("consent:mailer"));
    /// assert_eq!(Ground::LegalObligation.fact_for("mailer").as_deref(), Some("legal_request"));
    /// assert_eq!(
    ///     Ground::LegitimateInterest.fact_for("mailer").as_deref(),
    ///     Some("objection:mailer")
    /// );
    /// assert_eq!(Ground::Unstated.fact_for("mailer"), None);
    /// ```
    #[must_use]
    pub fn fact_for(self, recipient: &str) -> Option<String> {
        match (self, self.plain_fact()) {
            (Self::Unstated, _) => None,
            (Self::LegitimateInterest, _) => Some(fact::objection(recipient)),
            (_, Some(plain)) => Some(plain.to_owned()),
            (_, None) => Some(fact::consent(recipient)),
        }
    }

    /// The condition under which this ground holds for a transfer to
    /// `recipient`: [`Condition::Unless`] the user objected for
    /// [`Ground::LegitimateInterest`], [`Condition::Always`] for
    /// [`Ground::Unstated`], else [`Condition::Requires`] the fact of
    /// [`fact_for`](Self::fact_for).
    ///
    /// ```
    /// use policy_runtime::{Condition, Ground};
    ///
    /// assert_eq!(
    ///     Ground::Contract.condition_for("mailer"),
    ///     Condition::Requires { fact: "contract_necessity".into() }
    /// );
    /// assert_eq!(
    ///     Ground::LegitimateInterest.condition_for("mailer"),
    ///     Condition::Unless { fact: "objection:mailer".into() }
    /// );
    /// assert_eq!(Ground::Unstated.condition_for("mailer"), Condition::Always);
    /// ```
    #[must_use]
    pub fn condition_for(self, recipient: &str) -> Condition {
        match self.fact_for(recipient) {
            None => Condition::Always,
            Some(fact) if self == Self::LegitimateInterest => Condition::Unless { fact },
            Some(fact) => Condition::Requires { fact },
        }
    }
}

runtime_set! {
    /// How far data identifies a person.
    ///
    /// ```
    /// assert_eq!(policy_runtime::Identity::Pseudonymized.as_str(), "pseudonymized");
    /// ```
    Identity;
    /// It identifies a person.
    Identified = "identified", "identified";
    /// It identifies a person only with additional, separately kept data.
    Pseudonymized = "pseudonymized", "pseudonymized";
    /// It cannot be linked to a person.
    Depersonalized = "depersonalized", "depersonalized";
    /// It relates to no identified or identifiable person, by a method
    /// the policy states: outside data protection law (GDPR Recital 26).
    Anonymous = "anonymous", "anonymous";
}

runtime_set! {
    /// What a recipient is to the controller: it tells a service whether a
    /// transfer hands the data to someone acting on its instructions.
    ///
    /// ```
    /// assert_eq!(policy_runtime::RecipientKind::Processor.as_str(), "processor");
    /// ```
    RecipientKind;
    /// An independent third party, which decides itself what it does with
    /// the data.
    ThirdParty = "third_party", "a third party";
    /// A processor, acting on the controller's instructions.
    Processor = "processor", "a processor";
    /// An acquirer of the business, after a sale or merger.
    Acquirer = "acquirer", "an acquirer of the business";
    /// A public authority.
    Authority = "authority", "a public authority";
    /// A service provider or contractor of US state law, processing for
    /// the controller's business purposes under a contract that limits
    /// its use of the data.
    ServiceProvider = "service_provider", "a service provider";
    /// A company of the controller's group (an affiliate).
    Affiliate = "affiliate", "a company of the controller's group";
    /// An advertising network or partner.
    Advertising = "advertising", "an advertising partner";
    /// An analytics provider that uses the data for its own ends.
    Analytics = "analytics", "an analytics provider";
    /// A data broker, which sells or licenses the data to others.
    DataBroker = "data_broker", "a data broker";
    /// A social network.
    SocialNetwork = "social_network", "a social network";
    /// A payment provider.
    Payment = "payment", "a payment provider";
    /// Other users of the service, who see what the user shares.
    OtherUsers = "other_users", "other users of the service";
    /// The public: the data is published.
    Public = "public", "the public";
}

runtime_set! {
    /// What disclosing data to a recipient is under US state privacy law:
    /// the user may opt out of each.
    ///
    /// ```
    /// assert_eq!(policy_runtime::Disclosure::Sale.as_str(), "sale");
    /// ```
    Disclosure;
    /// A sale: personal information made available for monetary or other
    /// valuable consideration (Cal. Civ. Code §1798.140(ad)); stopped by
    /// `opt_out:sale`.
    Sale = "sale", "a sale";
    /// Sharing for cross-context behavioural advertising (Cal. Civ. Code
    /// §1798.140(ah)); stopped by `opt_out:share`.
    Share = "share", "sharing for cross-context behavioural advertising";
    /// Processing for targeted advertising (Va. Code §59.1-575), which the
    /// CPRA calls sharing; stopped by `opt_out:share`.
    TargetedAdvertising = "targeted_advertising", "targeted advertising";
}

impl Disclosure {
    /// Whether opting out of sharing (`opt_out:share`) stops it, rather
    /// than opting out of sale.
    #[must_use]
    pub const fn is_sharing(self) -> bool {
        matches!(self, Self::Share | Self::TargetedAdvertising)
    }
}

runtime_set! {
    /// A policy's stance on a privacy signal a browser sends.
    ///
    /// ```
    /// assert_eq!(policy_runtime::Stance::Honoured.as_str(), "honoured");
    /// ```
    Stance;
    /// The signal is acted on.
    Honoured = "honoured", "honoured";
    /// The signal is not acted on.
    Ignored = "ignored", "ignored";
}

/// The policy's stance on children (its `children { … }` block), as far
/// as a decision reads it: whom the service is directed to, the age below
/// which a person is a child, and whether a parent's consent is the way
/// in for one (the mechanism's words stay in the policy's text).
///
/// ```
/// use policy_runtime::{Audience, ChildrenEntry};
///
/// let stance = ChildrenEntry::new(Audience::Mixed, Some(16), true);
/// assert_eq!(stance.minimum_age, Some(16));
/// assert!(stance.parental_consent);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildrenEntry {
    /// Whom the service is directed to.
    pub audience: Audience,
    /// The age below which a person uses the service only with a parent's
    /// consent, where [`parental_consent`](Self::parental_consent) holds,
    /// or not at all; from 1 to 99. Left out when the policy states none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    /// Whether the policy declares how a parent's or guardian's consent is
    /// obtained: a child then uses the service with it.
    pub parental_consent: bool,
}

impl ChildrenEntry {
    /// A stance from its three parts.
    #[must_use]
    pub const fn new(audience: Audience, minimum_age: Option<u8>, parental_consent: bool) -> Self {
        Self {
            audience,
            minimum_age,
            parental_consent,
        }
    }
}

runtime_set! {
    /// Whom a service is directed to, in the words of the `children`
    /// block.
    ///
    /// ```
    /// assert_eq!(policy_runtime::Audience::Mixed.as_str(), "mixed");
    /// ```
    Audience;
    /// A general audience: not directed to children.
    General = "general", "a general audience";
    /// A general audience that includes children.
    Mixed = "mixed", "a general audience that includes children";
    /// Children are the audience.
    Children = "children", "children";
}

/// A tracker the policy declares: a cookie, local storage, a pixel, an SDK
/// or fingerprinting, and what setting it needs.
///
/// ```
/// use policy_runtime::{TrackerCategory, TrackerEntry};
///
/// let ga = TrackerEntry::new("ga", "_ga", TrackerCategory::Analytics);
/// assert!(ga.serves.is_empty());
/// assert!(!ga.category.is_strictly_necessary());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackerEntry {
    /// The id, e.g. `ga_cookie`.
    pub id: String,
    /// The label a reader sees, usually the cookie's name.
    pub label: String,
    /// What it is for: a strictly necessary tracker needs no consent.
    pub category: TrackerCategory,
    /// Who sets it.
    pub party: TrackerParty,
    /// The id of the recipient that provides it, when the policy names one
    /// (`provider ID`): the tracker discloses to it, so the opt-outs of
    /// sale and sharing that reach the recipient's transfers reach the
    /// tracker too. Left out when absent, so tables without it keep their
    /// digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// The ids of the purposes it serves, in the policy's order, each
    /// once: it may be set when the condition of every one holds.
    pub serves: Vec<String>,
}

impl TrackerEntry {
    /// A first-party tracker serving no purpose; set the other fields
    /// directly.
    #[must_use]
    pub fn new(id: &str, label: &str, category: TrackerCategory) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            category,
            party: TrackerParty::First,
            recipient: None,
            serves: Vec::new(),
        }
    }
}

/// What the user's opt-outs of US state law reach of a tracker
/// ([`RuleTable::tracker_reach`]), as they reach a transfer to the
/// recipient providing it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct OptOutReach {
    /// The opt-out of sale (`opt_out:sale`) stops it: a disclosure to its
    /// recipient is a sale.
    pub sale: bool,
    /// The opt-out of sharing (`opt_out:share`) stops it: it is a
    /// `marketing` tracker, or a disclosure to its recipient is sharing or
    /// targeted advertising.
    pub sharing: bool,
}

impl RuleTable {
    /// Whether the user's limit of the use of their sensitive personal
    /// information (`limit:sensitive`) stops `rule`: the rule is
    /// [`limitable`](UseRule::limitable) and its purpose names no use 11
    /// CCR §7027(m) permits ([`PurposeEntry::permitted_use`]), as
    /// [`Rules::decide_use`](crate::Rules::decide_use) reads it.
    ///
    /// ```
    /// use policy_runtime::{Basis, PermittedUse, PurposeEntry, RuleTable, UseRule};
    ///
    /// let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// let mut fraud = PurposeEntry::new("fraud", "Fraud", Basis::LegitimateInterest);
    /// fraud.permitted_use = Some(PermittedUse::FraudPrevention);
    /// table.purposes.push(fraud);
    /// let mut rule = UseRule::new("login", "fraud", Basis::LegitimateInterest);
    /// rule.limitable = true;
    /// assert!(!table.limited(&rule));
    /// ```
    #[must_use]
    pub fn limited(&self, rule: &UseRule) -> bool {
        rule.limitable
            && !self
                .purposes
                .iter()
                .any(|p| p.id == rule.purpose && p.permitted_use.is_some())
    }

    /// What the opt-outs reach of `tracker`, as
    /// [`Rules::decide_tracker`](crate::Rules::decide_tracker) decides it
    /// (GPC, where honoured, counts as both).
    ///
    /// ```
    /// use policy_runtime::*;
    ///
    /// let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// let mut brokers = RecipientEntry::new("brokers", "Data brokers");
    /// brokers.disclosed_as = vec![Disclosure::Sale];
    /// table.recipients.push(brokers);
    /// let mut sync = TrackerEntry::new("sync", "Sync", TrackerCategory::Analytics);
    /// sync.recipient = Some("brokers".into());
    /// let reach = table.tracker_reach(&sync);
    /// assert!(reach.sale && !reach.sharing);
    /// ```
    #[must_use]
    pub fn tracker_reach(&self, tracker: &TrackerEntry) -> OptOutReach {
        let disclosed = tracker
            .recipient
            .as_deref()
            .and_then(|id| self.recipients.iter().find(|r| r.id == id))
            .map_or(&[][..], |r| r.disclosed_as.as_slice());
        OptOutReach {
            sale: disclosed.iter().any(|d| !d.is_sharing()),
            sharing: tracker.category.is_advertising() || disclosed.iter().any(|d| d.is_sharing()),
        }
    }
}

mod automated;
pub use automated::{AutomatedBasis, AutomatedDecisionEntry, Safeguard};

runtime_set! {
    /// What a tracker is for, in the categories of consent banners.
    ///
    /// ```
    /// assert_eq!(policy_runtime::TrackerCategory::StrictlyNecessary.as_str(), "strictly_necessary");
    /// ```
    TrackerCategory;
    /// Strictly necessary to provide the service the user asked for
    /// (ePrivacy Art. 5(3), second sentence): set without consent.
    StrictlyNecessary = "strictly_necessary", "strictly necessary";
    /// Remembers the user's choices.
    Preferences = "preferences", "preferences";
    /// Measures how the service is used.
    Analytics = "analytics", "analytics";
    /// Advertising and marketing.
    Marketing = "marketing", "marketing";
}

impl TrackerCategory {
    /// Whether a tracker of this category may be set without consent.
    #[must_use]
    pub const fn is_strictly_necessary(self) -> bool {
        matches!(self, Self::StrictlyNecessary)
    }
}

runtime_set! {
    /// Who sets a tracker.
    ///
    /// ```
    /// assert_eq!(policy_runtime::TrackerParty::Third.as_str(), "third");
    /// ```
    TrackerParty;
    /// The controller.
    First = "first", "the controller";
    /// Another company.
    Third = "third", "another company";
}

/// When a use or a transfer ground holds, in terms of facts the caller
/// asserts (see the [facts convention](crate#facts)).
///
/// Serialized with a `kind` tag: `{"kind":"requires","fact":"consent:ads"}`.
///
/// ```
/// use policy_runtime::{Condition, Facts};
///
/// let c = Condition::Unless { fact: "objection:analytics".into() };
/// assert!(c.holds(&Facts::new()));
/// assert!(!c.holds(&Facts::new().with("objection:analytics")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "wire::Condition")]
pub enum Condition {
    /// Always holds.
    Always,
    /// Holds when the caller asserts `fact`.
    Requires {
        /// The fact that must be asserted.
        fact: String,
    },
    /// Holds unless the caller asserts `fact`.
    Unless {
        /// The fact that must not be asserted.
        fact: String,
    },
}

impl Condition {
    /// The fact the condition mentions, if any.
    #[must_use]
    pub fn fact(&self) -> Option<&str> {
        match self {
            Self::Always => None,
            Self::Requires { fact } | Self::Unless { fact } => Some(fact),
        }
    }

    /// Whether the condition holds against `facts` (a string lookup; the
    /// hot path uses a [`FactSet`](crate::FactSet) instead).
    #[must_use]
    pub fn holds(&self, facts: &crate::Facts) -> bool {
        match self {
            Self::Always => true,
            Self::Requires { fact } => facts.contains(fact),
            Self::Unless { fact } => !facts.contains(fact),
        }
    }
}

/// How long data is kept.
///
/// Serialized with a `kind` tag:
/// `{"kind":"for","amount":1,"unit":"year","from":"collection"}`,
/// `{"kind":"until","event":"account deletion"}`, `{"kind":"as_required_by_law"}`,
/// `{"kind":"criteria","criteria":"as long as the ticket is open"}`, with
/// `"at_most":{"amount":90,"unit":"day","from":"collection"}` when the
/// criteria are capped.
///
/// ```
/// use policy_runtime::{RetentionPeriod, TimeUnit};
///
/// let p = RetentionPeriod::For { amount: 1, unit: TimeUnit::Year, from: "collection".into() };
/// assert_eq!(p.to_string(), "1 year from collection");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    try_from = "wire::RetentionPeriod"
)]
pub enum RetentionPeriod {
    /// A duration counted from an event.
    For {
        /// How many units.
        amount: u32,
        /// The unit.
        unit: TimeUnit,
        /// The event the duration counts from, e.g. `collection`.
        from: String,
    },
    /// Until an event, e.g. `erased by the user`.
    Until {
        /// The event.
        event: String,
    },
    /// As long as the law requires.
    AsRequiredByLaw,
    /// For a period determined by criteria, in the policy's words
    /// (`criteria "…"`), which the runtime cannot compute: its deadline is
    /// [`Deadline::Criteria`](crate::Deadline::Criteria), never a date.
    /// Added within schema version 1: a table without criteria reads as
    /// before, and a runtime older than the variant refuses a table with
    /// one (an unknown `kind`) rather than misread it.
    Criteria {
        /// The criteria, in the policy's words.
        criteria: String,
        /// The cap (`at_most 90 days from collection`): the data is
        /// erased no later than its end, whatever the criteria say; the
        /// deadline is then [`Deadline::AtMost`](crate::Deadline::AtMost)
        /// once its event is known. Left out of the JSON when the policy
        /// writes none, so such a table keeps its bytes; a runtime older
        /// than the field refuses a table with one rather than misread it.
        #[serde(skip_serializing_if = "Option::is_none")]
        at_most: Option<Cap>,
    },
}

/// The cap on a retention by criteria (`at_most 90 days from
/// collection`): at most `amount` `unit`s from the event `from`.
///
/// ```
/// use policy_runtime::{Cap, TimeUnit};
///
/// let cap = Cap { amount: 90, unit: TimeUnit::Day, from: "collection".into() };
/// assert_eq!(cap.to_string(), "at most 90 days from collection");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cap {
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: TimeUnit,
    /// The event the cap counts from, in the table's words.
    pub from: String,
}

impl fmt::Display for Cap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.amount == 1 { "" } else { "s" };
        write!(
            f,
            "at most {} {}{plural} from {}",
            self.amount, self.unit, self.from
        )
    }
}

impl fmt::Display for RetentionPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::For { amount, unit, from } => {
                let plural = if *amount == 1 { "" } else { "s" };
                write!(f, "{amount} {unit}{plural} from {from}")
            }
            Self::Until { event } => write!(f, "until {event}"),
            Self::AsRequiredByLaw => f.write_str("as long as the law requires"),
            Self::Criteria {
                criteria,
                at_most: None,
            } => {
                write!(f, "for a period determined by the criteria: {criteria}")
            }
            Self::Criteria {
                criteria,
                at_most: Some(cap),
            } => {
                write!(
                    f,
                    "for a period determined by the criteria, {cap}: {criteria}"
                )
            }
        }
    }
}

runtime_set! {
    /// The unit of a [`RetentionPeriod::For`] duration.
    ///
    /// ```
    /// assert_eq!(policy_runtime::TimeUnit::Month.as_str(), "month");
    /// ```
    TimeUnit;
    /// Days.
    Day = "day", "day";
    /// Weeks.
    Week = "week", "week";
    /// Months.
    Month = "month", "month";
    /// Years.
    Year = "year", "year";
}

runtime_set! {
    /// How alternative retention periods combine: the data is erased when
    /// the first of them ends, or kept until the last ends. A table without
    /// a rule is read as `last`, the meaning `or` had before rules existed.
    ///
    /// ```
    /// assert_eq!(policy_runtime::RetentionRule::First.as_str(), "first");
    /// ```
    RetentionRule;
    /// Erased when the first period ends (`whichever comes first`).
    First = "first", "whichever comes first";
    /// Kept until the last period ends (`whichever comes last`).
    Last = "last", "whichever comes last";
}

runtime_set! {
    /// What happens to data when its retention ends: it is deleted, or
    /// anonymised so that it no longer relates to an identifiable person. A
    /// table leaves `delete` out (and an entry that states nothing), so an
    /// entry without an end is erased.
    ///
    /// ```
    /// assert_eq!(policy_runtime::RetentionEnd::Anonymise.as_str(), "anonymise");
    /// ```
    RetentionEnd;
    /// Deleted (`then delete`).
    Delete = "delete", "deleted";
    /// Anonymised (`then anonymise`).
    Anonymise = "anonymise", "anonymised";
}

/// How long copies of data remain in backups once the data is deleted or
/// anonymised (`backups for 35 days`).
///
/// ```
/// use policy_runtime::{Backups, TimeUnit};
///
/// let b = Backups { amount: 35, unit: TimeUnit::Day };
/// assert_eq!(b.to_string(), "35 days");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backups {
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: TimeUnit,
}

impl fmt::Display for Backups {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.amount == 1 { "" } else { "s" };
        write!(f, "{} {}{plural}", self.amount, self.unit)
    }
}

impl Default for RetentionRule {
    /// `last`: how a table without a rule is read.
    fn default() -> Self {
        Self::Last
    }
}

/// The tagged enums as read, so that a field that does not belong to the
/// variant is refused (serde's `deny_unknown_fields` misses the unit variants
/// of internally tagged enums).
mod wire {
    use serde::Deserialize;

    use super::TimeUnit;

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(super) enum ConditionKind {
        Always,
        Requires,
        Unless,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Condition {
        kind: ConditionKind,
        fact: Option<String>,
    }

    impl TryFrom<Condition> for super::Condition {
        type Error = &'static str;

        fn try_from(c: Condition) -> Result<Self, Self::Error> {
            match (c.kind, c.fact) {
                (ConditionKind::Always, None) => Ok(Self::Always),
                (ConditionKind::Always, Some(_)) => Err("a condition `always` takes no `fact`"),
                (ConditionKind::Requires, Some(fact)) => Ok(Self::Requires { fact }),
                (ConditionKind::Unless, Some(fact)) => Ok(Self::Unless { fact }),
                (_, None) => Err("missing field `fact`"),
            }
        }
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(super) enum RetentionKind {
        For,
        Until,
        AsRequiredByLaw,
        Criteria,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct RetentionPeriod {
        kind: RetentionKind,
        amount: Option<u32>,
        unit: Option<TimeUnit>,
        from: Option<String>,
        event: Option<String>,
        criteria: Option<String>,
        at_most: Option<super::Cap>,
    }

    impl TryFrom<RetentionPeriod> for super::RetentionPeriod {
        type Error = &'static str;

        fn try_from(r: RetentionPeriod) -> Result<Self, Self::Error> {
            match r {
                RetentionPeriod {
                    kind: RetentionKind::For,
                    amount: Some(amount),
                    unit: Some(unit),
                    from: Some(from),
                    event: None,
                    criteria: None,
                    at_most: None,
                } => Ok(Self::For { amount, unit, from }),
                RetentionPeriod {
                    kind: RetentionKind::For,
                    ..
                } => Err("a retention `for` takes exactly `amount`, `unit` and `from`"),
                RetentionPeriod {
                    kind: RetentionKind::Until,
                    amount: None,
                    unit: None,
                    from: None,
                    event: Some(event),
                    criteria: None,
                    at_most: None,
                } => Ok(Self::Until { event }),
                RetentionPeriod {
                    kind: RetentionKind::Until,
                    ..
                } => Err("a retention `until` takes exactly `event`"),
                RetentionPeriod {
                    kind: RetentionKind::AsRequiredByLaw,
                    amount: None,
                    unit: None,
                    from: None,
                    event: None,
                    criteria: None,
                    at_most: None,
                } => Ok(Self::AsRequiredByLaw),
                RetentionPeriod {
                    kind: RetentionKind::AsRequiredByLaw,
                    ..
                } => Err("a retention `as_required_by_law` takes no other field"),
                RetentionPeriod {
                    kind: RetentionKind::Criteria,
                    amount: None,
                    unit: None,
                    from: None,
                    event: None,
                    criteria: Some(criteria),
                    at_most,
                } => Ok(Self::Criteria { criteria, at_most }),
                RetentionPeriod {
                    kind: RetentionKind::Criteria,
                    ..
                } => Err(
                    "a retention `criteria` takes exactly `criteria`, and `at_most` when capped",
                ),
            }
        }
    }
}

runtime_set! {
    /// A condition of GDPR Art. 9(2) under which special categories of
    /// data may be processed, points (a) to (j).
    ///
    /// ```
    /// use policy_runtime::SpecialCondition;
    ///
    /// assert_eq!(SpecialCondition::HealthCare.as_str(), "health_care");
    /// assert_eq!(SpecialCondition::HealthCare.letter(), 'h');
    /// ```
    SpecialCondition;
    /// (a) The user's explicit consent.
    ExplicitConsent = "explicit_consent", "explicit consent";
    /// (b) Obligations and rights in employment, social security and
    /// social protection law.
    EmploymentLaw = "employment_law", "employment, social security and social protection law";
    /// (c) The vital interests of a person unable to consent.
    VitalInterests = "vital_interests", "vital interests";
    /// (d) The legitimate activities of a not-for-profit body, for its
    /// members.
    NotForProfit = "not_for_profit", "the activities of a not-for-profit body";
    /// (e) Data the user has manifestly made public.
    MadePublic = "made_public", "data the user made public";
    /// (f) Legal claims, or courts acting in their judicial capacity.
    LegalClaims = "legal_claims", "legal claims";
    /// (g) A substantial public interest, on the basis of law.
    SubstantialPublicInterest = "substantial_public_interest", "a substantial public interest";
    /// (h) Preventive or occupational medicine, medical diagnosis, health
    /// or social care.
    HealthCare = "health_care", "health or social care";
    /// (i) Public health.
    PublicHealth = "public_health", "public health";
    /// (j) Archiving in the public interest, scientific or historical
    /// research, or statistics.
    Research = "research", "archiving, research or statistics";
}

runtime_set! {
    /// A purpose 11 CCR §7027(m) permits for sensitive personal
    /// information, paragraphs (1) to (8): a use for it is not stopped by
    /// the user's limit (`limit:sensitive`).
    ///
    /// ```
    /// use policy_runtime::PermittedUse;
    ///
    /// assert_eq!(PermittedUse::Security.as_str(), "security");
    /// assert_eq!(PermittedUse::Security.paragraph(), 2);
    /// ```
    PermittedUse;
    /// (1) Performing the services or providing the goods reasonably
    /// expected by an average consumer who requests them.
    RequestedServices = "requested_services", "performing the services or providing the goods the consumer requested";
    /// (2) Preventing, detecting and investigating security incidents.
    Security = "security", "preventing, detecting and investigating security incidents";
    /// (3) Resisting malicious, deceptive, fraudulent or illegal actions.
    FraudPrevention = "fraud_prevention", "resisting malicious, deceptive, fraudulent or illegal actions";
    /// (4) Ensuring the physical safety of natural persons.
    PhysicalSafety = "physical_safety", "ensuring the physical safety of natural persons";
    /// (5) Short-term, transient use, including non-personalized
    /// advertising shown as part of the consumer's current interaction,
    /// not disclosed to a third party and not used to build a profile.
    TransientUse = "transient_use", "short-term, transient use";
    /// (6) Performing services on behalf of the business: maintaining
    /// accounts, customer service, orders, payments, analytics, storage…
    BusinessServices = "business_services", "performing services on behalf of the business";
    /// (7) Verifying or maintaining the quality or safety of a service or
    /// device, or improving it.
    ServiceQuality = "service_quality", "verifying, maintaining or improving the quality or safety of the service or device";
    /// (8) Collecting or processing that is not for the purpose of
    /// inferring characteristics about the consumer.
    NoInference = "no_inference", "collecting or processing not for the purpose of inferring characteristics";
}

impl PermittedUse {
    /// The paragraph of 11 CCR §7027(m) that permits the use.
    #[must_use]
    pub const fn paragraph(self) -> u8 {
        match self {
            Self::RequestedServices => 1,
            Self::Security => 2,
            Self::FraudPrevention => 3,
            Self::PhysicalSafety => 4,
            Self::TransientUse => 5,
            Self::BusinessServices => 6,
            Self::ServiceQuality => 7,
            Self::NoInference => 8,
        }
    }
}

impl SpecialCondition {
    /// The letter of the point of GDPR Art. 9(2) that states the
    /// condition.
    #[must_use]
    pub const fn letter(self) -> char {
        match self {
            Self::ExplicitConsent => 'a',
            Self::EmploymentLaw => 'b',
            Self::VitalInterests => 'c',
            Self::NotForProfit => 'd',
            Self::MadePublic => 'e',
            Self::LegalClaims => 'f',
            Self::SubstantialPublicInterest => 'g',
            Self::HealthCare => 'h',
            Self::PublicHealth => 'i',
            Self::Research => 'j',
        }
    }

    /// Whether the condition holds only on the basis of a law the policy
    /// names (points (b), (g), (h), (i) and (j) of Art. 9(2), each "on the
    /// basis of Union or Member State law").
    #[must_use]
    pub const fn needs_law(self) -> bool {
        matches!(
            self,
            Self::EmploymentLaw
                | Self::SubstantialPublicInterest
                | Self::HealthCare
                | Self::PublicHealth
                | Self::Research
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    #[test]
    fn serialization_shapes() {
        let c = Condition::Requires {
            fact: "consent:ads".into(),
        };
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"kind":"requires","fact":"consent:ads"}"#
        );
        assert_eq!(
            serde_json::to_string(&Condition::Always).unwrap(),
            r#"{"kind":"always"}"#
        );
        let r = RetentionPeriod::For {
            amount: 2,
            unit: TimeUnit::Week,
            from: "collection".into(),
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"kind":"for","amount":2,"unit":"week","from":"collection"}"#
        );
        assert_eq!(r.to_string(), "2 weeks from collection");
        assert_eq!(
            serde_json::to_string(&RetentionPeriod::AsRequiredByLaw).unwrap(),
            r#"{"kind":"as_required_by_law"}"#
        );
        assert_eq!(
            serde_json::to_string(&Basis::ExplicitConsent).unwrap(),
            r#""explicit_consent""#
        );
    }

    #[test]
    fn as_str_matches_serde() {
        for b in Basis::ALL {
            assert_eq!(serde_json::to_string(&b).unwrap(), format!("\"{b}\""));
        }
        for g in Ground::ALL {
            assert_eq!(serde_json::to_string(&g).unwrap(), format!("\"{g}\""));
        }
    }

    #[test]
    fn unknown_fields_are_refused() {
        let bad = r#"{"kind":"always","fact":"x"}"#;
        assert!(serde_json::from_str::<Condition>(bad).is_err());
        for bad in [
            r#"{"kind":"requires"}"#,
            r#"{"kind":"sometimes","fact":"x"}"#,
            r#"{"kind":"unless","fact":"x","extra":1}"#,
        ] {
            assert!(serde_json::from_str::<Condition>(bad).is_err(), "{bad}");
        }
        for bad in [
            r#"{"kind":"until","event":"x","extra":1}"#,
            r#"{"kind":"until","event":"x","amount":1}"#,
            r#"{"kind":"until"}"#,
            r#"{"kind":"as_required_by_law","event":"x"}"#,
            r#"{"kind":"for","amount":1,"unit":"day"}"#,
            r#"{"kind":"for","amount":-1,"unit":"day","from":"x"}"#,
            r#"{"kind":"for","amount":1,"unit":"day","from":"x","event":"y"}"#,
        ] {
            assert!(
                serde_json::from_str::<RetentionPeriod>(bad).is_err(),
                "{bad}"
            );
        }
        // what is serialized reads back
        let all = [
            RetentionPeriod::For {
                amount: 1,
                unit: TimeUnit::Day,
                from: "x".into(),
            },
            RetentionPeriod::Until { event: "y".into() },
            RetentionPeriod::AsRequiredByLaw,
        ];
        let json = serde_json::to_string(&all).unwrap();
        assert_eq!(
            serde_json::from_str::<Vec<RetentionPeriod>>(&json).unwrap(),
            all
        );
        let conds = [
            Condition::Always,
            Condition::Requires { fact: "a".into() },
            Condition::Unless { fact: "b".into() },
        ];
        let json = serde_json::to_string(&conds).unwrap();
        assert_eq!(
            serde_json::from_str::<Vec<Condition>>(&json).unwrap(),
            conds
        );
    }

    #[test]
    fn conditions_follow_the_convention() {
        let expect = |b: Basis| b.condition_for("p");
        assert_eq!(
            expect(Basis::Consent),
            Condition::Requires {
                fact: "consent:p".into()
            }
        );
        assert_eq!(
            expect(Basis::ExplicitConsent),
            Condition::Requires {
                fact: "consent:p".into()
            }
        );
        assert_eq!(
            expect(Basis::LegitimateInterest),
            Condition::Unless {
                fact: "objection:p".into()
            }
        );
        for b in [
            Basis::Contract,
            Basis::LegalObligation,
            Basis::VitalInterests,
            Basis::PublicTask,
        ] {
            assert_eq!(expect(b), Condition::Always);
        }
        // the facts the grounds had when the convention was written: a
        // released name never changes
        for (ground, fact) in [
            (Ground::Consent, "consent:r"),
            (Ground::Contract, "contract_necessity"),
            (Ground::LegalObligation, "legal_request"),
            (Ground::RightsProtection, "rights_violation"),
            (Ground::BusinessTransfer, "business_transfer"),
            (Ground::DepersonalizedStatistics, "depersonalized"),
        ] {
            assert_eq!(ground.fact_for("r").as_deref(), Some(fact));
        }
        assert_eq!(Ground::Unstated.fact_for("r"), None);
        // every ground but consent holds on its plain fact, listed in PLAIN
        for ground in Ground::ALL {
            match ground.plain_fact() {
                Some(plain) => {
                    assert_eq!(ground.fact_for("r").as_deref(), Some(plain));
                    assert!(fact::PLAIN.contains(&plain), "{ground}");
                }
                None => assert!(matches!(
                    ground,
                    Ground::Consent | Ground::Unstated | Ground::LegitimateInterest
                )),
            }
        }
        // legitimate interests hold until the user objects to the recipient
        assert_eq!(
            Ground::LegitimateInterest.condition_for("r"),
            Condition::Unless {
                fact: "objection:r".into()
            }
        );
    }

    /// Where each enum of the JSON schema is written (the text just before
    /// its array) and the values the sets declare for it.
    fn schema_enums() -> [(&'static str, Vec<&'static str>); 15] {
        [
            (
                "\"basis\": {\n      \"enum\": ",
                Basis::ALL.map(Basis::as_str).to_vec(),
            ),
            (
                "\"ground\": {\n      \"enum\": ",
                Ground::ALL.map(Ground::as_str).to_vec(),
            ),
            (
                "\"identity\": {\n      \"enum\": ",
                Identity::ALL.map(Identity::as_str).to_vec(),
            ),
            (
                "\"unit\": { \"enum\": ",
                TimeUnit::ALL.map(TimeUnit::as_str).to_vec(),
            ),
            (
                "\"recipient_kind\": {\n      \"enum\": ",
                RecipientKind::ALL.map(RecipientKind::as_str).to_vec(),
            ),
            (
                "\"retention_rule\": {\n      \"enum\": ",
                RetentionRule::ALL.map(RetentionRule::as_str).to_vec(),
            ),
            (
                "\"retention_end\": {\n      \"enum\": ",
                RetentionEnd::ALL.map(RetentionEnd::as_str).to_vec(),
            ),
            (
                "\"disclosure\": {\n      \"enum\": ",
                Disclosure::ALL.map(Disclosure::as_str).to_vec(),
            ),
            (
                "\"stance\": {\n      \"enum\": ",
                Stance::ALL.map(Stance::as_str).to_vec(),
            ),
            (
                "\"tracker_category\": {\n      \"enum\": ",
                TrackerCategory::ALL.map(TrackerCategory::as_str).to_vec(),
            ),
            (
                "\"tracker_party\": {\n      \"enum\": ",
                TrackerParty::ALL.map(TrackerParty::as_str).to_vec(),
            ),
            (
                "\"automated_basis\": {\n      \"enum\": ",
                AutomatedBasis::ALL.map(AutomatedBasis::as_str).to_vec(),
            ),
            (
                "\"safeguard\": {\n      \"enum\": ",
                Safeguard::ALL.map(Safeguard::as_str).to_vec(),
            ),
            (
                "\"special_condition\": {\n      \"enum\": ",
                SpecialCondition::ALL.map(SpecialCondition::as_str).to_vec(),
            ),
            (
                "\"permitted_use\": {\n      \"enum\": ",
                PermittedUse::ALL.map(PermittedUse::as_str).to_vec(),
            ),
        ]
    }

    /// The schema's text with each enum written from the sets: on one line
    /// when it fits, else one value a line.
    fn regenerated_schema(text: &str) -> String {
        let mut out = text.to_owned();
        for (anchor, values) in schema_enums() {
            assert_eq!(out.matches(anchor).count(), 1, "{anchor:?} in the schema");
            let start = out.find(anchor).unwrap() + anchor.len();
            let end = start + out[start..].find(']').unwrap() + 1;
            let line_start = out[..start].rfind('\n').map_or(0, |i| i + 1);
            let indent = out[line_start..].len() - out[line_start..].trim_start().len();
            let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
            let one_line = format!("[{}]", quoted.join(", "));
            let array = if start - line_start + one_line.len() <= 90 {
                one_line
            } else {
                let pad = " ".repeat(indent);
                let items: Vec<String> = quoted.iter().map(|q| format!("{pad}  {q}")).collect();
                format!("[\n{}\n{pad}]", items.join(",\n"))
            };
            out.replace_range(start..end, &array);
        }
        out
    }

    #[test]
    fn the_schema_enums_are_the_sets() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/rules.schema.json");
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = regenerated_schema(&text);
        if std::env::var_os("POLICYC_BLESS").is_some_and(|v| v == "1") {
            std::fs::write(&path, expected).unwrap();
        } else {
            assert!(
                text == expected,
                "schema/rules.schema.json: its enums differ from the sets declared in table.rs; \
                 regenerate them with `POLICYC_BLESS=1 cargo test -p policy-runtime --lib`"
            );
        }
    }
}
