//! Decisions: the answer to "may I?", why, and under which limits.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::fact::{CONSENT_PREFIX, Choice, OBJECTION_PREFIX};
use crate::table::{Basis, Condition, Ground, GroundRule, RecipientKind, RetentionPeriod};

/// The outcome of a decision, with a stable snake_case name.
///
/// ```
/// use policy_runtime::DecisionCode;
///
/// assert_eq!(DecisionCode::ConsentMissing.as_str(), "consent_missing");
/// assert!(DecisionCode::Allowed.is_allowed());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionCode {
    /// Allowed: a rule links the two and its condition holds.
    Allowed,
    /// Denied: the policy has no rule linking the two.
    NotDeclared,
    /// Denied: the data category is not in the table.
    UnknownData,
    /// Denied: the purpose is not in the table.
    UnknownPurpose,
    /// Denied: the recipient is not in the table.
    UnknownRecipient,
    /// Denied: the use needs a fact (the user's consent) that was not asserted.
    ConsentMissing,
    /// Denied: the use holds unless a fact (the user's objection) is
    /// asserted, and it was.
    Objected,
    /// Denied: the transfer is declared but none of its grounds holds.
    NoGroundHolds,
    /// Denied: the [`FactSet`](crate::FactSet) was resolved by another
    /// table, so it cannot tell whether the condition holds.
    ForeignFacts,
    /// Allowed: a rule links the two, but the policy does not state the
    /// legal basis of the purpose ([`Basis::Unstated`]). The policy says
    /// the use happens and no fact changes that, so it is allowed as
    /// declared; the code tells a caller that must know the basis (to
    /// honour a withdrawal or an objection) that there is none to know.
    AllowedBasisUnstated,
    /// Denied: the facts hold a name the table does not know. Always for a
    /// use that an objection would stop when the facts object to something
    /// that is not a purpose (a misspelt objection must not let the use
    /// through); for every decision in strict mode
    /// ([`Rules::decide_use_strict`](crate::Rules::decide_use_strict)).
    UnknownFact,
    /// Denied: the consent that would allow it was given under an edition
    /// before the purpose or recipient was introduced, so it cannot have
    /// been a consent to it; ask again
    /// ([`Rules::decide_use_consented_under`](crate::Rules::decide_use_consented_under)).
    ConsentPredatesPurpose,
    /// Allowed: a rule links the two, but the policy does not state the
    /// ground of the transfer ([`Ground::Unstated`]). The policy says the
    /// recipient may receive the data and no fact changes that, so it is
    /// allowed as declared; the code tells a caller that must know the
    /// ground that there is none to know.
    AllowedGroundUnstated,
    /// Denied: the transfer is allowed, but only for the purposes it names
    /// (`transfer … for PURPOSE`), and the flow is for another
    /// ([`Rules::decide_flow`](crate::Rules::decide_flow)).
    TransferNotForPurpose,
    /// Denied: the transfer is allowed, but disclosing the data to the
    /// recipient is a sale (`disclosed_as sale`, on the recipient or on
    /// the transfer's rule) and the user opted out of
    /// sale: by the fact `opt_out:sale`, or by `gpc` where the table
    /// honours it.
    OptedOutOfSale,
    /// Denied: the transfer is allowed, but disclosing the data to the
    /// recipient is sharing for cross-context behavioural advertising or
    /// targeted advertising (`disclosed_as share`, `targeted_advertising`,
    /// on the recipient or on the transfer's rule) and the user opted out of it: by the fact `opt_out:share`, or by
    /// `gpc` where the table honours it.
    OptedOutOfSharing,
    /// Denied: the use is allowed, but it is of sensitive personal
    /// information beyond the purposes the law permits (the rule is
    /// `limitable`), and the user limited such uses (`limit:sensitive`).
    LimitedSensitive,
}

impl DecisionCode {
    /// Every code, in declaration order.
    pub const ALL: [Self; 17] = [
        Self::Allowed,
        Self::NotDeclared,
        Self::UnknownData,
        Self::UnknownPurpose,
        Self::UnknownRecipient,
        Self::ConsentMissing,
        Self::Objected,
        Self::NoGroundHolds,
        Self::ForeignFacts,
        Self::AllowedBasisUnstated,
        Self::UnknownFact,
        Self::ConsentPredatesPurpose,
        Self::AllowedGroundUnstated,
        Self::TransferNotForPurpose,
        Self::OptedOutOfSale,
        Self::OptedOutOfSharing,
        Self::LimitedSensitive,
    ];

    /// The stable snake_case name, as serialized.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Allowed => "allowed",
            Self::NotDeclared => "not_declared",
            Self::UnknownData => "unknown_data",
            Self::UnknownPurpose => "unknown_purpose",
            Self::UnknownRecipient => "unknown_recipient",
            Self::ConsentMissing => "consent_missing",
            Self::Objected => "objected",
            Self::NoGroundHolds => "no_ground_holds",
            Self::ForeignFacts => "foreign_facts",
            Self::AllowedBasisUnstated => "allowed_basis_unstated",
            Self::UnknownFact => "unknown_fact",
            Self::ConsentPredatesPurpose => "consent_predates_purpose",
            Self::AllowedGroundUnstated => "allowed_ground_unstated",
            Self::TransferNotForPurpose => "transfer_not_for_purpose",
            Self::OptedOutOfSale => "opted_out_of_sale",
            Self::OptedOutOfSharing => "opted_out_of_sharing",
            Self::LimitedSensitive => "limited_sensitive",
        }
    }

    /// Whether the code allows.
    #[must_use]
    pub const fn is_allowed(self) -> bool {
        // A bit test, not a `match`: every decision computes this, and a
        // match compiles to branches on the code, which changes from one
        // question to the next and so defeats the branch predictor.
        const ALLOWED: u32 = 1 << DecisionCode::Allowed as u32
            | 1 << DecisionCode::AllowedBasisUnstated as u32
            | 1 << DecisionCode::AllowedGroundUnstated as u32;
        const _: () = assert!(DecisionCode::ALL.len() <= 32, "the codes fit a u32 mask");
        (ALLOWED >> self as u32) & 1 == 1
    }
}

impl fmt::Display for DecisionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Request<'a> {
    /// May `data` be used for `purpose`?
    Use {
        /// The data category asked about.
        data: &'a str,
        /// The purpose asked about.
        purpose: &'a str,
    },
    /// May `data` be sent to `recipient`?
    Transfer {
        /// The data category asked about.
        data: &'a str,
        /// The recipient asked about.
        recipient: &'a str,
    },
}

/// Which table decided: what an audit line needs to name it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[non_exhaustive]
pub struct TableIdentity {
    /// The policy id.
    pub policy: String,
    /// The policy edition's version.
    pub version: String,
    /// The table's digest (`sha256:…`): unlike the version, it names the
    /// exact table, an amended edition included.
    pub digest: String,
}

impl TableIdentity {
    /// The identity of `table`, as its header states it.
    #[must_use]
    pub fn of(table: &crate::RuleTable) -> Self {
        Self {
            policy: table.policy.clone(),
            version: table.version.clone(),
            digest: table.digest.clone(),
        }
    }
}

/// The answer to a [`Request`], borrowing from the table (and from the names
/// asked about), so making one allocates nothing.
///
/// ```
/// # use policy_runtime::*;
/// # let mut table = RuleTable::new("shop", "1.1.0", "2026-12-01");
/// # table.data.push(DataEntry::new("account.email", "Email", Identity::Identified));
/// # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
/// # table.uses.push(UseRule::new("account.email", "marketing", Basis::Consent));
/// # table.seal();
/// # let rules = Rules::from_table(table)?;
/// let d = rules.decide_use("account.email", "marketing", &Facts::new());
/// assert!(!d.allowed);
/// assert_eq!(d.code, DecisionCode::ConsentMissing);
/// assert_eq!(d.basis, Some(Basis::Consent));
/// assert_eq!(d.table.version, "1.1.0");
/// assert_eq!(
///     d.reason(),
///     "denied: the purpose `marketing` needs the user's consent \
///      (fact `consent:marketing`) and it was not given"
/// );
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decision<'a> {
    /// Whether the use or transfer is allowed.
    pub allowed: bool,
    /// Why, as a code.
    pub code: DecisionCode,
    /// What was asked.
    pub request: Request<'a>,
    /// For a use: the basis of the rule found.
    pub basis: Option<Basis>,
    /// For an allowed transfer: the first ground that holds, in table order.
    pub ground: Option<Ground>,
    /// The condition that held (allowed) or failed (denied by a use rule).
    pub condition: Option<&'a Condition>,
    /// For a transfer rule found: all its grounds, the ones considered.
    pub grounds: &'a [GroundRule],
    /// How long the data may be kept: the use rule's retention if it states
    /// one, else the data category's; empty when none is declared or the
    /// data is unknown.
    pub retention: &'a [RetentionPeriod],
    /// The table that decided: policy id, version and digest. One
    /// reference rather than three strings keeps a decision small, which
    /// the by-ids hot path notices.
    pub table: &'a TableIdentity,
    /// For a transfer to a recipient of the table: what the recipient is,
    /// when the policy states it.
    pub recipient_kind: Option<RecipientKind>,
    /// The user's choice of US state law that denied what a rule allows
    /// ([`DecisionCode::OptedOutOfSale`], `OptedOutOfSharing`,
    /// `LimitedSensitive`): the first of the facts that decided.
    pub choice: Option<Choice>,
}

impl<'a> Decision<'a> {
    /// A decision with no rule behind it.
    pub(crate) const fn bare(
        code: DecisionCode,
        request: Request<'a>,
        retention: &'a [RetentionPeriod],
        table: &'a TableIdentity,
    ) -> Self {
        Self {
            allowed: code.is_allowed(),
            code,
            request,
            basis: None,
            ground: None,
            condition: None,
            grounds: &[],
            retention,
            table,
            recipient_kind: None,
            choice: None,
        }
    }

    /// The data category asked about.
    #[must_use]
    pub const fn data(&self) -> &'a str {
        match self.request {
            Request::Use { data, .. } | Request::Transfer { data, .. } => data,
        }
    }

    /// The purpose asked about, for a use.
    #[must_use]
    pub const fn purpose(&self) -> Option<&'a str> {
        match self.request {
            Request::Use { purpose, .. } => Some(purpose),
            Request::Transfer { .. } => None,
        }
    }

    /// The recipient asked about, for a transfer.
    #[must_use]
    pub const fn recipient(&self) -> Option<&'a str> {
        match self.request {
            Request::Transfer { recipient, .. } => Some(recipient),
            Request::Use { .. } => None,
        }
    }

    /// The decision as one plain-English sentence.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.1.0", "2026-12-01");
    /// # table.data.push(DataEntry::new("account.email", "Email", Identity::Identified));
    /// # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
    /// # table.uses.push(UseRule::new("account.email", "marketing", Basis::Consent));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let facts = Facts::new().with("consent:marketing");
    /// assert_eq!(
    ///     rules.decide_use("account.email", "marketing", &facts).reason(),
    ///     "`account.email` may be used for `marketing` on the basis of consent, which the user gave"
    /// );
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn reason(&self) -> String {
        let data = self.data();
        // Only a decision that turned on a fact names one; the others
        // never read it, so an empty name stands for none.
        let fact = self.condition.and_then(Condition::fact).unwrap_or_default();
        match (self.code, self.request) {
            (DecisionCode::UnknownData, _) if data.is_empty() => format!(
                "denied: the data id is not one of policy `{}` {}",
                self.table.policy, self.table.version
            ),
            (DecisionCode::UnknownPurpose, Request::Use { purpose: "", .. }) => format!(
                "denied: the purpose id is not one of policy `{}` {}",
                self.table.policy, self.table.version
            ),
            (DecisionCode::UnknownRecipient, Request::Transfer { recipient: "", .. }) => format!(
                "denied: the recipient id is not one of policy `{}` {}",
                self.table.policy, self.table.version
            ),
            (DecisionCode::UnknownData, _) => {
                format!(
                    "denied: `{data}` is not a data category of policy `{}`",
                    self.table.policy
                )
            }
            (DecisionCode::UnknownPurpose, Request::Use { purpose, .. }) => {
                format!(
                    "denied: `{purpose}` is not a purpose of policy `{}`",
                    self.table.policy
                )
            }
            (DecisionCode::UnknownRecipient, Request::Transfer { recipient, .. }) => {
                format!(
                    "denied: `{recipient}` is not a recipient of policy `{}`",
                    self.table.policy
                )
            }
            (DecisionCode::NotDeclared, Request::Use { purpose, .. }) => {
                format!("denied: the policy does not allow `{data}` to be used for `{purpose}`")
            }
            (DecisionCode::NotDeclared, Request::Transfer { recipient, .. }) => {
                format!("denied: the policy does not allow `{data}` to be sent to `{recipient}`")
            }
            (DecisionCode::Allowed, Request::Use { purpose, .. }) => {
                let basis = self.basis.map_or("", Basis::describe);
                format!(
                    "`{data}` may be used for `{purpose}` on the basis of {basis}{}",
                    held(self.condition)
                )
            }
            (DecisionCode::AllowedBasisUnstated, Request::Use { purpose, .. }) => {
                format!(
                    "`{data}` may be used for `{purpose}`, which the policy declares without stating its legal basis"
                )
            }
            (DecisionCode::Allowed, Request::Transfer { recipient, .. }) => {
                let ground = self.ground.map_or("", Ground::describe);
                format!(
                    "`{data}` may be sent to `{recipient}` on the ground of {ground}{}",
                    held(self.condition)
                )
            }
            (DecisionCode::AllowedGroundUnstated, Request::Transfer { recipient, .. }) => {
                format!(
                    "`{data}` may be sent to `{recipient}`, which the policy declares without stating a ground"
                )
            }
            (DecisionCode::ConsentMissing, Request::Use { purpose, .. }) => {
                if fact.starts_with(CONSENT_PREFIX) {
                    format!(
                        "denied: the purpose `{purpose}` needs the user's consent (fact `{fact}`) and it was not given"
                    )
                } else {
                    format!(
                        "denied: the purpose `{purpose}` needs the fact `{fact}`, which was not asserted"
                    )
                }
            }
            (DecisionCode::Objected, Request::Use { purpose, .. }) => {
                let basis = self.basis.map_or("", Basis::describe);
                if fact.starts_with(OBJECTION_PREFIX) {
                    format!(
                        "denied: the user objected to `{purpose}` (fact `{fact}`), which rests on {basis}"
                    )
                } else {
                    format!(
                        "denied: the use of `{data}` for `{purpose}` is excluded by the fact `{fact}`"
                    )
                }
            }
            (DecisionCode::NoGroundHolds, Request::Transfer { recipient, .. }) => {
                if self.grounds.is_empty() {
                    return format!(
                        "denied: the transfer of `{data}` to `{recipient}` lists no ground"
                    );
                }
                let grounds: Vec<String> = self
                    .grounds
                    .iter()
                    .map(|g| match &g.condition {
                        // None holds, so the objection that stops it was made.
                        Condition::Unless { fact } => format!(
                            "{}, to which the user objected (fact `{fact}`)",
                            g.ground.describe()
                        ),
                        Condition::Requires { fact } => {
                            format!("{} (fact `{fact}`)", g.ground.describe())
                        }
                        Condition::Always => g.ground.describe().to_owned(),
                    })
                    .collect();
                format!(
                    "denied: `{data}` may be sent to `{recipient}` only on the ground of {}, and none holds",
                    grounds.join(" or ")
                )
            }
            (DecisionCode::ForeignFacts, _) => format!(
                "denied: the facts were resolved against another rule table than policy `{}` {}; resolve them again",
                self.table.policy, self.table.version
            ),
            (DecisionCode::UnknownFact, Request::Use { purpose, .. })
                if matches!(self.condition, Some(Condition::Unless { .. })) =>
            {
                format!(
                    "denied: the facts object to something that is not a purpose of policy `{}` (a misspelt objection?), so they may object to `{purpose}`; fix the name (see `Rules::unknown_facts`)",
                    self.table.policy
                )
            }
            (DecisionCode::UnknownFact, _) => format!(
                "denied: the facts hold a name that policy `{}` {} does not know (see `Rules::unknown_facts`)",
                self.table.policy, self.table.version
            ),
            (DecisionCode::ConsentPredatesPurpose, Request::Use { purpose, .. }) => format!(
                "denied: the user's consent was given under an edition before the purpose `{purpose}` was introduced; ask for consent again"
            ),
            (DecisionCode::ConsentPredatesPurpose, Request::Transfer { recipient, .. }) => format!(
                "denied: the user's consent was given under an edition before the recipient `{recipient}` was introduced; ask for consent again"
            ),
            (DecisionCode::TransferNotForPurpose, Request::Transfer { data, recipient }) => {
                format!(
                    "denied: `{data}` may be sent to `{recipient}` only for the purposes the policy names for the transfer, and this flow is for another"
                )
            }
            (
                DecisionCode::OptedOutOfSale | DecisionCode::OptedOutOfSharing,
                Request::Transfer { recipient, .. },
            ) => {
                let what = if self.code == DecisionCode::OptedOutOfSale {
                    "a sale"
                } else {
                    "sharing for cross-context behavioural advertising or targeted advertising"
                };
                format!(
                    "denied: {} (fact `{}`), and the policy declares sending `{data}` to `{recipient}` as {what}",
                    self.choice.map_or("", Choice::describe),
                    self.choice.map_or("", Choice::name),
                )
            }
            (DecisionCode::LimitedSensitive, Request::Use { purpose, .. }) => format!(
                "denied: {} (fact `{}`), and using `{data}` for `{purpose}` goes beyond the purposes the law permits for it (11 CCR §7027(m))",
                Choice::LimitSensitive.describe(),
                Choice::LimitSensitive.name(),
            ),
            // Codes that do not fit the request cannot be built by `Rules`.
            (code, _) => format!("denied ({code})"),
        }
    }

    /// An owned, serializable copy, with the reason spelled out.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.1.0", "2026-12-01");
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let report = rules.decide_use("account.email", "marketing", &Facts::new()).to_report();
    /// let json = serde_json::to_value(&report).unwrap();
    /// assert_eq!(json["allowed"], false);
    /// assert_eq!(json["code"], "unknown_data");
    /// assert_eq!(json["policy_version"], "1.1.0");
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn to_report(&self) -> DecisionReport {
        DecisionReport {
            allowed: self.allowed,
            code: self.code,
            reason: self.reason(),
            data: self.data().to_owned(),
            purpose: self.purpose().map(str::to_owned),
            recipient: self.recipient().map(str::to_owned),
            recipient_kind: self.recipient_kind,
            basis: self.basis,
            ground: self.ground,
            grounds: if self.allowed || self.choice.is_some() {
                Vec::new()
            } else {
                self.grounds.iter().map(|g| g.ground).collect()
            },
            retention: self.retention.to_vec(),
            policy: self.table.policy.clone(),
            policy_version: self.table.version.clone(),
            digest: self.table.digest.clone(),
            facts: self.deciding_facts().map(str::to_owned).collect(),
            at: None,
        }
    }

    /// The facts that decided: the user's choice that denied it, if one
    /// did; the fact of the condition that held or failed; for a transfer
    /// that no ground allowed, the fact of each ground considered.
    pub fn deciding_facts(&self) -> impl Iterator<Item = &'a str> {
        let grounds: &'a [GroundRule] = if self.allowed || self.choice.is_some() {
            &[]
        } else {
            self.grounds
        };
        self.choice
            .map(Choice::name)
            .into_iter()
            .chain(self.condition.and_then(Condition::fact))
            .chain(grounds.iter().filter_map(|g| g.condition.fact()))
    }
}

/// What an allowed decision adds about its condition.
fn held(condition: Option<&Condition>) -> String {
    match condition {
        Some(Condition::Requires { fact }) if fact.starts_with(CONSENT_PREFIX) => {
            ", which the user gave".to_owned()
        }
        Some(Condition::Requires { fact }) => format!(" (fact `{fact}` holds)"),
        Some(Condition::Unless { fact }) if fact.starts_with(OBJECTION_PREFIX) => {
            ", and the user has not objected".to_owned()
        }
        Some(Condition::Unless { fact }) => format!(" (fact `{fact}` does not hold)"),
        Some(Condition::Always) | None => String::new(),
    }
}

impl fmt::Display for Decision<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason())
    }
}

impl Serialize for Decision<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_report().serialize(serializer)
    }
}

/// An owned [`Decision`], for printing or sending as JSON (`policyc query`).
///
/// Serialized as `{"allowed", "code", "reason", "data", "purpose" |
/// "recipient", "basis"?, "ground"?, "grounds"?, "retention", "policy",
/// "policy_version", "digest", "facts"?, "at"?}`; `grounds` lists the
/// grounds considered by a denied transfer, `facts` the facts that decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionReport {
    /// Whether it is allowed.
    pub allowed: bool,
    /// Why, as a code.
    pub code: DecisionCode,
    /// Why, in plain English.
    pub reason: String,
    /// The data category asked about.
    pub data: String,
    /// The purpose asked about, for a use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The recipient asked about, for a transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// What the recipient is, when the policy states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_kind: Option<RecipientKind>,
    /// The basis of the use rule found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// The ground that held for a transfer (which a choice of the user
    /// may still have denied).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<Ground>,
    /// The grounds a denied transfer considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grounds: Vec<Ground>,
    /// How long the data may be kept.
    pub retention: Vec<RetentionPeriod>,
    /// The policy id.
    pub policy: String,
    /// The policy edition.
    pub policy_version: String,
    /// The digest of the table that decided.
    #[serde(default)]
    pub digest: String,
    /// The facts that decided ([`Decision::deciding_facts`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    /// When the decision was made, as the caller states it
    /// ([`at`](Self::at)); the runtime reads no clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

impl DecisionReport {
    /// The report stamped with the caller's `timestamp` (e.g. RFC 3339).
    #[must_use]
    pub fn at(mut self, timestamp: impl Into<String>) -> Self {
        self.at = Some(timestamp.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{Decision, DecisionCode};

    /// A decision is returned by value on the by-ids hot path, where every
    /// word it grows by costs time (three identity strings in place of one
    /// reference cost 9 to 14 %); it stays within twelve words.
    #[test]
    fn a_decision_stays_small() {
        let words = size_of::<Decision<'_>>() / size_of::<usize>();
        assert!(words <= 12, "a decision is {words} words");
    }

    /// The bit test of `is_allowed` says what the codes' names say: exactly
    /// the `allowed…` codes allow.
    #[test]
    fn exactly_the_allowed_codes_allow() {
        for code in DecisionCode::ALL {
            assert_eq!(
                code.is_allowed(),
                code.as_str().starts_with("allowed"),
                "{code}"
            );
        }
    }
}
