//! The rule table's automated decisions (GDPR Art. 22): what
//! [`Rules::decide_automated`](crate::Rules::decide_automated) reads.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Condition;
use crate::fact;

/// A decision about the user made solely by automated means, including
/// profiling, with legal or similarly significant effects (GDPR Art. 22),
/// as the policy declares it: the data it uses, what allows it and the
/// safeguards the user has.
///
/// ```
/// use policy_runtime::{AutomatedBasis, AutomatedDecisionEntry, Safeguard};
///
/// let mut entry = AutomatedDecisionEntry::new("credit_check", "Credit check", AutomatedBasis::Contract);
/// entry.safeguards.push(Safeguard::HumanReview);
/// assert!(entry.offers(Safeguard::HumanReview));
/// assert!(!entry.offers(Safeguard::Contest));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisionEntry {
    /// The id, e.g. `credit_check`.
    pub id: String,
    /// The label a reader sees.
    pub label: String,
    /// The data categories it uses, sorted, each once: a category the
    /// policy names and every category inside it, flattened as use rules
    /// are.
    pub uses: Vec<String>,
    /// What allows it (Art. 22(2)).
    pub basis: AutomatedBasis,
    /// The safeguards the user has (Art. 22(3)), in the order of their
    /// set, each once.
    pub safeguards: Vec<Safeguard>,
}

impl AutomatedDecisionEntry {
    /// A decision using no data and offering no safeguard; set the other
    /// fields directly.
    #[must_use]
    pub fn new(id: &str, label: &str, basis: AutomatedBasis) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            uses: Vec::new(),
            basis,
            safeguards: Vec::new(),
        }
    }

    /// Whether the decision offers `safeguard`.
    #[must_use]
    pub fn offers(&self, safeguard: Safeguard) -> bool {
        self.safeguards.contains(&safeguard)
    }
}

runtime_set! {
    /// What allows an automated decision: the exceptions of GDPR Art.
    /// 22(2).
    ///
    /// ```
    /// assert_eq!(policy_runtime::AutomatedBasis::ExplicitConsent.as_str(), "explicit_consent");
    /// ```
    AutomatedBasis;
    /// The user's explicit consent (Art. 22(2)(c)): it holds on
    /// `consent:DECISION`.
    ExplicitConsent = "explicit_consent", "the user's explicit consent";
    /// Necessary for entering into or performing a contract with the
    /// user (Art. 22(2)(a)): it holds as a use on a contract does, on no
    /// fact.
    Contract = "contract", "a contract with the user";
    /// Authorised by law (Art. 22(2)(b)): it holds on no fact.
    Law = "law", "the law";
}

impl AutomatedBasis {
    /// The condition under which the basis holds for decision `decision`,
    /// by the [facts convention](crate#facts): the user's explicit consent
    /// to the decision itself, or nothing.
    ///
    /// ```
    /// use policy_runtime::{AutomatedBasis, Condition};
    ///
    /// assert_eq!(
    ///     AutomatedBasis::ExplicitConsent.condition_for("credit_check"),
    ///     Condition::Requires { fact: "consent:credit_check".into() }
    /// );
    /// assert_eq!(AutomatedBasis::Law.condition_for("credit_check"), Condition::Always);
    /// ```
    #[must_use]
    pub fn condition_for(self, decision: &str) -> Condition {
        match self {
            Self::ExplicitConsent => Condition::Requires {
                fact: fact::consent(decision),
            },
            Self::Contract | Self::Law => Condition::Always,
        }
    }
}

runtime_set! {
    /// A safeguard of the user against an automated decision (GDPR Art.
    /// 22(3)).
    ///
    /// ```
    /// assert_eq!(policy_runtime::Safeguard::HumanReview.as_str(), "human_review");
    /// ```
    Safeguard;
    /// A person reviews the decision on request: the fact
    /// `human_review:DECISION` asks for it, and the automated decision is
    /// then denied.
    HumanReview = "human_review", "human intervention";
    /// The user may express their point of view.
    ExpressView = "express_view", "expressing one's point of view";
    /// The user may contest the decision.
    Contest = "contest", "contesting the decision";
}
