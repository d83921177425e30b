//! The child decision: may this user use the service, given what is known
//! of their age and their parent's consent? What a sign-up form asks.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Rules;
use crate::decide::TableIdentity;
use crate::fact::{AGE_VERIFIED, CHILD, PARENTAL_CONSENT};
use crate::facts::{FactSet, Facts};
use crate::table::{Audience, ChildrenEntry};

/// The outcome of a child decision, with a stable snake_case name.
///
/// ```
/// use policy_runtime::ChildCode;
///
/// assert_eq!(ChildCode::ChildWithoutParentalConsent.as_str(), "child_without_parental_consent");
/// assert!(ChildCode::ParentalConsent.is_allowed());
/// assert!(!ChildCode::ChildrenNotAllowed.is_allowed());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildCode {
    /// Allowed: the facts do not say the user is a child (no `child`).
    NotAChild,
    /// Allowed: the user's age was verified to be at least the minimum
    /// age (`age_verified`), whatever else the facts say.
    AgeVerified,
    /// Allowed: the user is a child, the policy declares how a parent
    /// consents, and a parent did (`parental_consent`).
    ParentalConsent,
    /// Allowed: the user is a child, and the policy states neither a
    /// minimum age nor a parent's consent: nothing in it keeps a child out.
    NoMinimumAge,
    /// Denied: the user is a child, the policy declares how a parent
    /// consents, and no parent did.
    ChildWithoutParentalConsent,
    /// Denied: the user is below the policy's minimum age, and the policy
    /// declares no parent's consent: the age shuts them out.
    ChildrenNotAllowed,
    /// Denied: the user is a child and the table states no stance on
    /// children (the policy has no `children` block): nothing allows them.
    NoStance,
}

impl ChildCode {
    /// Every code, in declaration order.
    pub const ALL: [Self; 7] = [
        Self::NotAChild,
        Self::AgeVerified,
        Self::ParentalConsent,
        Self::NoMinimumAge,
        Self::ChildWithoutParentalConsent,
        Self::ChildrenNotAllowed,
        Self::NoStance,
    ];

    /// The stable snake_case name, as serialized.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NotAChild => "not_a_child",
            Self::AgeVerified => "age_verified",
            Self::ParentalConsent => "parental_consent",
            Self::NoMinimumAge => "no_minimum_age",
            Self::ChildWithoutParentalConsent => "child_without_parental_consent",
            Self::ChildrenNotAllowed => "children_not_allowed",
            Self::NoStance => "no_stance",
        }
    }

    /// Whether the code lets the user use the service.
    #[must_use]
    pub const fn is_allowed(self) -> bool {
        matches!(
            self,
            Self::NotAChild | Self::AgeVerified | Self::ParentalConsent | Self::NoMinimumAge
        )
    }
}

impl fmt::Display for ChildCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The answer to "may this user use the service?", as far as their age
/// goes. Making one allocates nothing; [`reason`](Self::reason) does.
///
/// ```
/// use policy_runtime::*;
///
/// let mut table = RuleTable::new("learn", "1.0.0", "2026-12-01");
/// table.children = Some(ChildrenEntry::new(Audience::Mixed, Some(16), true));
/// table.seal();
/// let rules = Rules::from_table(table)?;
///
/// let d = rules.decide_child(&Facts::new().with("child"));
/// assert!(!d.allowed);
/// assert_eq!(d.code, ChildCode::ChildWithoutParentalConsent);
/// assert_eq!(
///     d.reason(),
///     "denied: the user is under 16, and policy `learn` lets a child use the service \
///      only with a parent's consent (fact `parental_consent`), which was not given"
/// );
/// let d = rules.decide_child(&Facts::from_iter(["child", "parental_consent"]));
/// assert_eq!(d.code, ChildCode::ParentalConsent);
/// assert!(d.allowed);
/// assert!(rules.decide_child(&Facts::new()).allowed);
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChildDecision<'a> {
    /// Whether the user may use the service.
    pub allowed: bool,
    /// Why, as a code.
    pub code: ChildCode,
    /// The table's stance on children, when it states one.
    pub stance: Option<ChildrenEntry>,
    /// The table that decided: policy id, version and digest.
    pub table: &'a TableIdentity,
}

impl ChildDecision<'_> {
    /// The decision as one plain-English sentence.
    #[must_use]
    pub fn reason(&self) -> String {
        let policy = &self.table.policy;
        let below = self.stance.and_then(|s| s.minimum_age).map_or_else(
            || "the user is a child".to_owned(),
            |age| format!("the user is under {age}"),
        );
        let child = self.stance.and_then(|s| s.minimum_age).map_or_else(
            || "a child".to_owned(),
            |age| format!("a child under {age}"),
        );
        match self.code {
            ChildCode::NotAChild => {
                format!(
                    "the user may use the service: the facts do not say they are a child (fact `{CHILD}`)"
                )
            }
            ChildCode::AgeVerified => format!(
                "the user may use the service: their age was verified to be at least the minimum age (fact `{AGE_VERIFIED}`)"
            ),
            ChildCode::ParentalConsent => format!(
                "the user may use the service: a parent consented to the use of {child}, by the mechanism policy `{policy}` declares (fact `{PARENTAL_CONSENT}`)"
            ),
            ChildCode::NoMinimumAge => format!(
                "the user may use the service: they are a child, and policy `{policy}` states neither a minimum age nor a parent's consent{}",
                match self.stance.map(|s| s.audience) {
                    Some(Audience::Children) => " (its service is directed to children)",
                    _ => "",
                }
            ),
            ChildCode::ChildWithoutParentalConsent => format!(
                "denied: {below}, and policy `{policy}` lets a child use the service only with a parent's consent (fact `{PARENTAL_CONSENT}`), which was not given"
            ),
            ChildCode::ChildrenNotAllowed => format!(
                "denied: {below}, and policy `{policy}` declares no parent's consent, so no one under its minimum age may use the service"
            ),
            ChildCode::NoStance => format!(
                "denied: the user is a child, and policy `{policy}` states no stance on children (no `children` block), so nothing allows them"
            ),
        }
    }

    /// The decision as owned, serializable data: what an audit line or
    /// `policyc query` prints.
    #[must_use]
    pub fn to_report(&self) -> ChildReport {
        ChildReport {
            allowed: self.allowed,
            code: self.code,
            reason: self.reason(),
            audience: self.stance.map(|s| s.audience),
            minimum_age: self.stance.and_then(|s| s.minimum_age),
            parental_consent: self.stance.map(|s| s.parental_consent),
            policy: self.table.policy.clone(),
            policy_version: self.table.version.clone(),
            digest: self.table.digest.clone(),
        }
    }
}

/// A [`ChildDecision`] as owned data, for logs and `policyc query`.
///
/// ```
/// # use policy_runtime::*;
/// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// # table.seal();
/// # let rules = Rules::from_table(table)?;
/// let report = rules.decide_child(&Facts::new().with("child")).to_report();
/// assert_eq!(report.code, ChildCode::NoStance);
/// assert_eq!(report.audience, None);
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChildReport {
    /// Whether the user may use the service.
    pub allowed: bool,
    /// Why, as a code.
    pub code: ChildCode,
    /// Why, in plain English.
    pub reason: String,
    /// Whom the service is directed to, when the table states a stance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// The minimum age, when the table states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    /// Whether the policy declares a parent's consent, when the table
    /// states a stance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parental_consent: Option<bool>,
    /// The policy id.
    pub policy: String,
    /// The policy edition.
    pub policy_version: String,
    /// The digest of the table that decided.
    pub digest: String,
}

impl Rules {
    /// May this user use the service, given `facts` about their age
    /// ([`fact::AGE`](crate::fact::AGE))? A user whose age was verified
    /// (`age_verified`) or whom the facts do not call a child (`child`)
    /// may. A child may when the policy declares how a parent consents and
    /// a parent did (`parental_consent`), or when it states neither a
    /// minimum age nor a parent's consent; otherwise a child is denied,
    /// also where the table states no stance on children (fails closed).
    /// Allocates nothing.
    #[must_use]
    pub fn decide_child(&self, facts: &Facts) -> ChildDecision<'_> {
        self.child_decision(|name| facts.contains(name))
    }

    /// As [`decide_child`](Self::decide_child), with facts resolved by
    /// this table ([`resolve_facts`](Self::resolve_facts), which keeps the
    /// facts about the user's age, [`fact::AGE`](crate::fact::AGE)): three
    /// bit tests. Allocates nothing. `None` when `facts` were resolved by
    /// another table (with other content); resolve them again after a
    /// reload.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("learn", "1.0.0", "2026-12-01");
    /// # table.children = Some(ChildrenEntry::new(Audience::Mixed, Some(16), true));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let child = rules.resolve_facts(&Facts::new().with("child"));
    /// assert_eq!(rules.decide_child_ids(&child).map(|d| d.code), Some(ChildCode::ChildWithoutParentalConsent));
    /// let consented = rules.resolve_facts(&Facts::from_iter(["child", "parental_consent"]));
    /// assert_eq!(rules.decide_child_ids(&consented).map(|d| d.allowed), Some(true));
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn decide_child_ids(&self, facts: &FactSet) -> Option<ChildDecision<'_>> {
        facts
            .is_of(self.index.tag)
            .then(|| self.child_decision(|name| facts.has_age(name)))
    }

    /// The decision, given whether each fact about the user's age holds.
    #[inline]
    fn child_decision(&self, holds: impl Fn(&str) -> bool) -> ChildDecision<'_> {
        let stance = self.table.children;
        let code = child_outcome(stance, holds);
        ChildDecision {
            allowed: code.is_allowed(),
            code,
            stance,
            table: &self.identity,
        }
    }
}

/// The code of a decision under `stance`, given whether each fact about
/// the user's age holds.
fn child_outcome(stance: Option<ChildrenEntry>, holds: impl Fn(&str) -> bool) -> ChildCode {
    if holds(AGE_VERIFIED) {
        return ChildCode::AgeVerified;
    }
    if !holds(CHILD) {
        return ChildCode::NotAChild;
    }
    let Some(stance) = stance else {
        return ChildCode::NoStance;
    };
    match (stance.parental_consent, stance.minimum_age) {
        (true, _) if holds(PARENTAL_CONSENT) => ChildCode::ParentalConsent,
        (true, _) => ChildCode::ChildWithoutParentalConsent,
        (false, Some(_)) => ChildCode::ChildrenNotAllowed,
        (false, None) => ChildCode::NoMinimumAge,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

    use super::*;
    use crate::RuleTable;

    fn rules(children: Option<ChildrenEntry>) -> Rules {
        let mut table = RuleTable::new("learn", "1.0.0", "2026-12-01");
        table.children = children;
        table.seal();
        Rules::from_table(table).unwrap()
    }

    fn code(rules: &Rules, facts: &[&str]) -> ChildCode {
        rules
            .decide_child(&Facts::from_iter(facts.iter().copied()))
            .code
    }

    #[test]
    fn every_branch_of_the_decision() {
        let consent = rules(Some(ChildrenEntry::new(Audience::Mixed, Some(16), true)));
        assert_eq!(code(&consent, &[]), ChildCode::NotAChild);
        assert_eq!(code(&consent, &["parental_consent"]), ChildCode::NotAChild);
        assert_eq!(
            code(&consent, &["child"]),
            ChildCode::ChildWithoutParentalConsent
        );
        assert_eq!(
            code(&consent, &["child", "parental_consent"]),
            ChildCode::ParentalConsent
        );
        assert_eq!(
            code(&consent, &["child", "age_verified"]),
            ChildCode::AgeVerified
        );
        assert_eq!(code(&consent, &["age_verified"]), ChildCode::AgeVerified);

        let shut_out = rules(Some(ChildrenEntry::new(Audience::General, Some(13), false)));
        assert_eq!(code(&shut_out, &["child"]), ChildCode::ChildrenNotAllowed);
        // a parent's consent the policy does not declare opens nothing
        assert_eq!(
            code(&shut_out, &["child", "parental_consent"]),
            ChildCode::ChildrenNotAllowed
        );
        assert_eq!(
            code(&shut_out, &["child", "age_verified"]),
            ChildCode::AgeVerified
        );

        // directed to children, no minimum age, no parent's consent: open
        let for_children = rules(Some(ChildrenEntry::new(Audience::Children, None, false)));
        assert_eq!(code(&for_children, &["child"]), ChildCode::NoMinimumAge);
        // no minimum age but a parent's consent declared: it is the way in
        let parents = rules(Some(ChildrenEntry::new(Audience::Children, None, true)));
        assert_eq!(
            code(&parents, &["child"]),
            ChildCode::ChildWithoutParentalConsent
        );
        assert_eq!(
            code(&parents, &["child", "parental_consent"]),
            ChildCode::ParentalConsent
        );

        let none = rules(None);
        assert_eq!(code(&none, &[]), ChildCode::NotAChild);
        assert_eq!(code(&none, &["child"]), ChildCode::NoStance);
        assert_eq!(
            code(&none, &["child", "parental_consent"]),
            ChildCode::NoStance
        );
        assert_eq!(
            code(&none, &["child", "age_verified"]),
            ChildCode::AgeVerified
        );
    }

    #[test]
    fn every_code_has_a_reason_and_a_stable_name() {
        let stances = [
            None,
            Some(ChildrenEntry::new(Audience::Mixed, Some(16), true)),
            Some(ChildrenEntry::new(Audience::Children, None, false)),
            Some(ChildrenEntry::new(Audience::General, Some(13), false)),
        ];
        let facts = [
            vec![],
            vec!["age_verified"],
            vec!["child"],
            vec!["child", "parental_consent"],
        ];
        let mut seen = std::collections::BTreeSet::new();
        for stance in stances {
            let rules = rules(stance);
            for f in &facts {
                let d = rules.decide_child(&Facts::from_iter(f.iter().copied()));
                assert_eq!(d.allowed, d.code.is_allowed());
                let reason = d.reason();
                assert_eq!(!reason.starts_with("denied: "), d.allowed, "{reason}");
                let json = serde_json::to_value(d.to_report()).unwrap();
                assert_eq!(json["code"], d.code.as_str());
                assert_eq!(json["policy"], "learn");
                seen.insert(d.code);
            }
        }
        assert_eq!(seen.len(), ChildCode::ALL.len());
        for code in ChildCode::ALL {
            assert_eq!(code.to_string(), code.as_str());
        }
    }

    #[test]
    fn a_minimum_age_no_policy_can_state_is_refused_on_load() {
        for age in [0, 100, 255] {
            let mut table = RuleTable::new("learn", "1.0.0", "2026-12-01");
            table.children = Some(ChildrenEntry::new(Audience::Mixed, Some(age), true));
            table.seal();
            let err = Rules::from_table(table).unwrap_err();
            assert!(
                matches!(err, crate::LoadError::MinimumAgeOutOfRange { found } if found == age),
                "{err}"
            );
            assert_eq!(err.kind(), "minimum_age_out_of_range");
        }
        for age in [1, 13, 99] {
            let mut table = RuleTable::new("learn", "1.0.0", "2026-12-01");
            table.children = Some(ChildrenEntry::new(Audience::Mixed, Some(age), true));
            table.seal();
            assert!(Rules::from_table(table).is_ok());
        }
    }

    #[test]
    fn the_crate_docs_and_readme_name_every_code() {
        let readme = include_str!("../../README.md");
        let docs = include_str!("../lib.rs");
        for code in ChildCode::ALL {
            assert!(readme.contains(&format!("`{code}`")), "{code}");
            assert!(docs.contains(&format!("| `{code}` |")), "{code}");
        }
    }

    #[test]
    fn the_age_facts_are_known_to_every_table() {
        let none = rules(None);
        for fact in crate::fact::AGE {
            assert!(none.knows_fact(fact), "{fact}");
        }
    }

    #[test]
    fn the_reasons_name_the_age_and_the_audience() {
        let r = rules(Some(ChildrenEntry::new(Audience::General, Some(13), false)));
        assert_eq!(
            r.decide_child(&Facts::new().with("child")).reason(),
            "denied: the user is under 13, and policy `learn` declares no parent's consent, \
             so no one under its minimum age may use the service"
        );
        let r = rules(Some(ChildrenEntry::new(Audience::Children, None, false)));
        assert!(
            r.decide_child(&Facts::new().with("child"))
                .reason()
                .ends_with("(its service is directed to children)")
        );
    }
}
