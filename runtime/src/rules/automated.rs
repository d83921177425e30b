//! Automated decisions (GDPR Art. 22): may the service decide about the
//! user solely by automated means, given the user's choices? What a
//! scoring service asks before it lets the machine's answer stand.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{AutomatedId, Rules};
use crate::decide::TableIdentity;
use crate::fact::{CONSENT_PREFIX, HUMAN_REVIEW_PREFIX};
use crate::facts::{FactSet, Facts};
use crate::table::{AutomatedBasis, AutomatedDecisionEntry, Safeguard};

/// The outcome of an automated decision, with a stable snake_case name.
///
/// ```
/// use policy_runtime::AutomatedCode;
///
/// assert_eq!(AutomatedCode::HumanReviewRequested.as_str(), "human_review_requested");
/// assert!(AutomatedCode::AuthorisedByLaw.is_allowed());
/// assert!(!AutomatedCode::UnknownDecision.is_allowed());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AutomatedCode {
    /// Allowed: the decision rests on the user's explicit consent
    /// (Art. 22(2)(c)), and the user gave it (`consent:DECISION`).
    ExplicitConsentGiven,
    /// Allowed: the decision is necessary for a contract with the user
    /// (Art. 22(2)(a)), which holds, as a use on a contract does, on no
    /// fact.
    NecessaryForContract,
    /// Allowed: the decision is authorised by law (Art. 22(2)(b)).
    AuthorisedByLaw,
    /// Denied: the decision is not in the table.
    UnknownDecision,
    /// Denied: the decision rests on explicit consent, and the user did
    /// not give it.
    NoExplicitConsent,
    /// Denied: the decision offers human review, and the user asked for it
    /// (`human_review:DECISION`): a person decides instead.
    HumanReviewRequested,
}

impl AutomatedCode {
    /// Every code, in declaration order.
    pub const ALL: [Self; 6] = [
        Self::ExplicitConsentGiven,
        Self::NecessaryForContract,
        Self::AuthorisedByLaw,
        Self::UnknownDecision,
        Self::NoExplicitConsent,
        Self::HumanReviewRequested,
    ];

    /// The stable snake_case name, as serialized.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ExplicitConsentGiven => "explicit_consent_given",
            Self::NecessaryForContract => "necessary_for_contract",
            Self::AuthorisedByLaw => "authorised_by_law",
            Self::UnknownDecision => "unknown_decision",
            Self::NoExplicitConsent => "no_explicit_consent",
            Self::HumanReviewRequested => "human_review_requested",
        }
    }

    /// Whether the code lets the automated decision stand.
    #[must_use]
    pub const fn is_allowed(self) -> bool {
        matches!(
            self,
            Self::ExplicitConsentGiven | Self::NecessaryForContract | Self::AuthorisedByLaw
        )
    }

    /// The code of a decision on `basis` that holds (what the OPA and
    /// Cedar targets give such a decision).
    #[must_use]
    pub const fn holding(basis: AutomatedBasis) -> Self {
        match basis {
            AutomatedBasis::ExplicitConsent => Self::ExplicitConsentGiven,
            AutomatedBasis::Contract => Self::NecessaryForContract,
            AutomatedBasis::Law => Self::AuthorisedByLaw,
        }
    }
}

impl fmt::Display for AutomatedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The answer to "may this decision be made solely by automated means?",
/// borrowing from the table and the name asked about. Making one
/// allocates nothing; [`reason`](Self::reason) and
/// [`to_report`](Self::to_report) do.
///
/// ```
/// use policy_runtime::*;
///
/// let mut table = RuleTable::new("lender", "1.0.0", "2026-12-01");
/// table.data.push(DataEntry::new("income", "Income", Identity::Identified));
/// let mut check = AutomatedDecisionEntry::new("credit_check", "Credit check", AutomatedBasis::ExplicitConsent);
/// check.uses.push("income".into());
/// check.safeguards = vec![Safeguard::HumanReview, Safeguard::ExpressView, Safeguard::Contest];
/// table.decisions.push(check);
/// table.seal();
/// let rules = Rules::from_table(table)?;
///
/// let d = rules.decide_automated("credit_check", &Facts::new());
/// assert!(!d.allowed);
/// assert_eq!(d.code, AutomatedCode::NoExplicitConsent);
/// assert_eq!(
///     d.reason(),
///     "denied: automated decision `credit_check` rests on the user's explicit consent \
///      (fact `consent:credit_check`) and it was not given"
/// );
/// let consent = Facts::new().with("consent:credit_check");
/// assert!(rules.decide_automated("credit_check", &consent).allowed);
/// let review = consent.with("human_review:credit_check");
/// assert_eq!(rules.decide_automated("credit_check", &review).code, AutomatedCode::HumanReviewRequested);
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AutomatedDecision<'a> {
    /// Whether the decision may be made solely by automated means.
    pub allowed: bool,
    /// Why, as a code.
    pub code: AutomatedCode,
    /// The decision asked about.
    pub decision: &'a str,
    /// What allows it, for a decision of the table.
    pub basis: Option<AutomatedBasis>,
    /// The data categories it uses, for a decision of the table.
    pub uses: &'a [String],
    /// The safeguards it offers, for a decision of the table.
    pub safeguards: &'a [Safeguard],
    /// The table that decided: policy id, version and digest.
    pub table: &'a TableIdentity,
}

impl AutomatedDecision<'_> {
    /// The fact the outcome turned on: `consent:DECISION` for a decision
    /// on explicit consent, `human_review:DECISION` when the user asked
    /// for a person to decide; `None` for a basis that holds on no fact.
    #[must_use]
    pub fn fact(&self) -> Option<String> {
        match (self.code, self.basis) {
            (AutomatedCode::HumanReviewRequested, _) => {
                Some(crate::fact::human_review(self.decision))
            }
            (_, Some(basis)) => basis.condition_for(self.decision).fact().map(str::to_owned),
            (_, None) => None,
        }
    }

    /// The decision as one plain-English sentence.
    #[must_use]
    pub fn reason(&self) -> String {
        let decision = self.decision;
        let fact = self.fact().unwrap_or_default();
        match self.code {
            AutomatedCode::ExplicitConsentGiven => format!(
                "automated decision `{decision}` may be made: the user gave their explicit consent (fact `{fact}`)"
            ),
            AutomatedCode::NecessaryForContract => format!(
                "automated decision `{decision}` may be made: it is necessary for a contract with the user"
            ),
            AutomatedCode::AuthorisedByLaw => {
                format!("automated decision `{decision}` may be made: the law authorises it")
            }
            AutomatedCode::UnknownDecision => format!(
                "denied: `{decision}` is not an automated decision of policy `{}`",
                self.table.policy
            ),
            AutomatedCode::NoExplicitConsent => format!(
                "denied: automated decision `{decision}` rests on the user's explicit consent (fact `{fact}`) and it was not given"
            ),
            AutomatedCode::HumanReviewRequested => format!(
                "denied: the user asked for a person to review automated decision `{decision}` (fact `{fact}`); a person decides"
            ),
        }
    }

    /// The decision as owned, serializable data: what an audit line or
    /// `policyc query` prints.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("lender", "1.0.0", "2026-12-01");
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let report = rules.decide_automated("credit_check", &Facts::new()).to_report();
    /// assert_eq!(report.code, AutomatedCode::UnknownDecision);
    /// assert_eq!(report.policy_version, "1.0.0");
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn to_report(&self) -> AutomatedReport {
        AutomatedReport {
            allowed: self.allowed,
            code: self.code,
            reason: self.reason(),
            decision: self.decision.to_owned(),
            basis: self.basis,
            uses: self.uses.to_vec(),
            safeguards: self.safeguards.to_vec(),
            fact: self.fact(),
            policy: self.table.policy.clone(),
            policy_version: self.table.version.clone(),
            digest: self.table.digest.clone(),
        }
    }
}

/// An [`AutomatedDecision`] as owned data, for logs and `policyc query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AutomatedReport {
    /// Whether the decision may be made solely by automated means.
    pub allowed: bool,
    /// Why, as a code.
    pub code: AutomatedCode,
    /// Why, in plain English.
    pub reason: String,
    /// The decision asked about.
    pub decision: String,
    /// What allows it, for a decision of the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<AutomatedBasis>,
    /// The data categories it uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<String>,
    /// The safeguards it offers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safeguards: Vec<Safeguard>,
    /// The fact the outcome turned on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    /// The policy id.
    pub policy: String,
    /// The policy edition.
    pub policy_version: String,
    /// The digest of the table that decided.
    pub digest: String,
}

/// Whether `facts` assert `PREFIX` followed by `id`, without building the
/// name.
fn asserts(facts: &Facts, prefix: &str, id: &str) -> bool {
    facts
        .with_prefix(prefix)
        .any(|fact| fact.get(prefix.len()..) == Some(id))
}

impl Rules {
    /// May the decision `decision` be made about the user solely by
    /// automated means (GDPR Art. 22), given `facts`? It may when its
    /// basis holds: explicit consent on `consent:DECISION`, a contract and
    /// a law on no fact (as a use on a contract holds). Where the decision
    /// offers `human_review` and the user asked for it
    /// (`human_review:DECISION`), it is denied, so that a person decides;
    /// the fact means nothing to a decision that does not offer it. Fails
    /// closed: a name that is not a decision of the table is denied.
    /// Allocates nothing.
    #[must_use]
    pub fn decide_automated<'a>(
        &'a self,
        decision: &'a str,
        facts: &Facts,
    ) -> AutomatedDecision<'a> {
        let bare = |code: AutomatedCode| AutomatedDecision {
            allowed: code.is_allowed(),
            code,
            decision,
            basis: None,
            uses: &[],
            safeguards: &[],
            table: &self.identity,
        };
        let Some(entry) = self.automated_entry(decision) else {
            return bare(AutomatedCode::UnknownDecision);
        };
        let code = automated_outcome(
            entry,
            asserts(facts, HUMAN_REVIEW_PREFIX, &entry.id),
            asserts(facts, CONSENT_PREFIX, &entry.id),
        );
        AutomatedDecision {
            basis: Some(entry.basis),
            uses: &entry.uses,
            safeguards: &entry.safeguards,
            ..bare(code)
        }
    }

    /// As [`decide_automated`](Self::decide_automated), by id and with
    /// facts resolved by this table ([`resolve_facts`](Self::resolve_facts)):
    /// `consent:DECISION` and `human_review:DECISION` are bit tests.
    /// Allocates nothing. `None` when `facts` were resolved by another
    /// table (with other content); resolve them again after a reload. An id
    /// of no decision of the table is denied as
    /// [`AutomatedCode::UnknownDecision`], with no name.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("lender", "1.0.0", "2026-12-01");
    /// # table.decisions.push(AutomatedDecisionEntry::new("credit_check", "Credit check", AutomatedBasis::ExplicitConsent));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let check = rules.automated_id("credit_check").unwrap();
    /// let none = rules.resolve_facts(&Facts::new());
    /// let consent = rules.resolve_facts(&Facts::new().with("consent:credit_check"));
    /// assert_eq!(rules.decide_automated_ids(check, &none).map(|d| d.code), Some(AutomatedCode::NoExplicitConsent));
    /// assert_eq!(rules.decide_automated_ids(check, &consent).map(|d| d.allowed), Some(true));
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn decide_automated_ids(
        &self,
        decision: AutomatedId,
        facts: &FactSet,
    ) -> Option<AutomatedDecision<'_>> {
        if !facts.is_of(self.index.tag) {
            return None;
        }
        let Some(entry) = self.table.decisions.get(decision.index()) else {
            return Some(AutomatedDecision {
                allowed: false,
                code: AutomatedCode::UnknownDecision,
                decision: "",
                basis: None,
                uses: &[],
                safeguards: &[],
                table: &self.identity,
            });
        };
        let d = decision.0;
        let code = automated_outcome(
            entry,
            self.typed.asks_human_review(facts, d),
            self.typed.consents_to_decision(facts, d),
        );
        Some(AutomatedDecision {
            allowed: code.is_allowed(),
            code,
            decision: &entry.id,
            basis: Some(entry.basis),
            uses: &entry.uses,
            safeguards: &entry.safeguards,
            table: &self.identity,
        })
    }

    /// The table's automated decision named `decision`.
    fn automated_entry(&self, decision: &str) -> Option<&AutomatedDecisionEntry> {
        self.index
            .decisions
            .get(decision)
            .and_then(|&d| self.table.decisions.get(d as usize))
    }

    /// Whether `name` is a fact an automated decision of the table reads:
    /// `consent:DECISION` for one on explicit consent,
    /// `human_review:DECISION` for one that offers human review.
    pub(crate) fn knows_automated_fact(&self, name: &str) -> bool {
        if let Some(id) = name.strip_prefix(CONSENT_PREFIX) {
            return self
                .automated_entry(id)
                .is_some_and(|d| d.basis == AutomatedBasis::ExplicitConsent);
        }
        name.strip_prefix(HUMAN_REVIEW_PREFIX)
            .and_then(|id| self.automated_entry(id))
            .is_some_and(|d| d.offers(Safeguard::HumanReview))
    }
}

/// The code of a decision on `entry`, given whether the user asked for
/// human review (`human_review:DECISION`) and consented
/// (`consent:DECISION`).
fn automated_outcome(
    entry: &AutomatedDecisionEntry,
    review_asked: bool,
    consented: bool,
) -> AutomatedCode {
    if entry.offers(Safeguard::HumanReview) && review_asked {
        return AutomatedCode::HumanReviewRequested;
    }
    match entry.basis {
        AutomatedBasis::ExplicitConsent if !consented => AutomatedCode::NoExplicitConsent,
        basis => AutomatedCode::holding(basis),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

    use super::*;
    use crate::{DataEntry, Identity, LoadError, RuleTable};

    fn rules() -> Rules {
        let mut table = RuleTable::new("lender", "1.0.0", "2026-12-01");
        table
            .data
            .push(DataEntry::new("income", "Income", Identity::Identified));
        let all = Safeguard::ALL.to_vec();
        for (id, basis, safeguards) in [
            ("consented", AutomatedBasis::ExplicitConsent, all.clone()),
            ("contracted", AutomatedBasis::Contract, all.clone()),
            ("lawful", AutomatedBasis::Law, Vec::new()),
            (
                "unreviewed",
                AutomatedBasis::Contract,
                vec![Safeguard::Contest],
            ),
        ] {
            let mut entry = AutomatedDecisionEntry::new(id, id, basis);
            entry.uses.push("income".into());
            entry.safeguards = safeguards;
            table.decisions.push(entry);
        }
        table.seal();
        Rules::from_table(table).unwrap()
    }

    fn code(rules: &Rules, id: &str, facts: &[&str]) -> AutomatedCode {
        let facts: Facts = facts.iter().copied().collect();
        let d = rules.decide_automated(id, &facts);
        assert_eq!(d.allowed, d.code.is_allowed());
        d.code
    }

    #[test]
    fn every_branch() {
        let r = rules();
        use AutomatedCode as C;
        assert_eq!(code(&r, "consented", &[]), C::NoExplicitConsent);
        assert_eq!(
            code(&r, "consented", &["consent:consented"]),
            C::ExplicitConsentGiven
        );
        // a consent to another name is no consent to this decision
        assert_eq!(
            code(&r, "consented", &["consent:consentedx", "consent:consente"]),
            C::NoExplicitConsent
        );
        assert_eq!(
            code(
                &r,
                "consented",
                &["consent:consented", "human_review:consented"]
            ),
            C::HumanReviewRequested
        );
        assert_eq!(code(&r, "contracted", &[]), C::NecessaryForContract);
        assert_eq!(
            code(&r, "contracted", &["human_review:contracted"]),
            C::HumanReviewRequested
        );
        // another decision's review request does not touch this one
        assert_eq!(
            code(&r, "contracted", &["human_review:consented"]),
            C::NecessaryForContract
        );
        assert_eq!(code(&r, "lawful", &[]), C::AuthorisedByLaw);
        // a decision that does not offer human review ignores the request
        assert_eq!(
            code(&r, "lawful", &["human_review:lawful"]),
            C::AuthorisedByLaw
        );
        assert_eq!(
            code(&r, "unreviewed", &["human_review:unreviewed"]),
            C::NecessaryForContract
        );
        assert_eq!(code(&r, "nope", &["consent:nope"]), C::UnknownDecision);
    }

    #[test]
    fn the_decision_names_its_entry_and_fact() {
        let r = rules();
        let d = r.decide_automated("consented", &Facts::new());
        assert_eq!(d.basis, Some(AutomatedBasis::ExplicitConsent));
        assert_eq!(d.uses, ["income"]);
        assert_eq!(d.safeguards.len(), 3);
        assert_eq!(d.fact().as_deref(), Some("consent:consented"));
        let d = r.decide_automated("contracted", &Facts::new().with("human_review:contracted"));
        assert_eq!(d.fact().as_deref(), Some("human_review:contracted"));
        assert_eq!(
            d.reason(),
            "denied: the user asked for a person to review automated decision `contracted` \
             (fact `human_review:contracted`); a person decides"
        );
        let d = r.decide_automated("lawful", &Facts::new());
        assert_eq!(d.fact(), None);
        assert_eq!(
            d.reason(),
            "automated decision `lawful` may be made: the law authorises it"
        );
        let unknown = r.decide_automated("nope", &Facts::new());
        assert_eq!((unknown.basis, unknown.uses.len()), (None, 0));
        assert_eq!(
            unknown.reason(),
            "denied: `nope` is not an automated decision of policy `lender`"
        );
    }

    #[test]
    fn every_code_has_a_reason_and_a_report() {
        let r = rules();
        for (id, facts) in [
            ("consented", vec!["consent:consented"]),
            ("contracted", vec![]),
            ("lawful", vec![]),
            ("nope", vec![]),
            ("consented", vec![]),
            ("contracted", vec!["human_review:contracted"]),
        ] {
            let facts: Facts = facts.into_iter().collect();
            let d = r.decide_automated(id, &facts);
            let report = d.to_report();
            assert_eq!(report.code, d.code);
            assert_eq!(report.reason, d.reason());
            assert_eq!(report.reason.starts_with("denied: "), !d.allowed);
            let json = serde_json::to_string(&report).unwrap();
            assert!(json.contains(&format!("\"code\":\"{}\"", d.code)));
        }
    }

    #[test]
    fn the_table_knows_the_decisions_facts() {
        let r = rules();
        assert!(r.knows_fact("consent:consented"));
        assert!(r.knows_fact("human_review:consented"));
        // a decision on a contract asks no consent; one without the
        // safeguard reads no review request
        assert!(!r.knows_fact("consent:contracted"));
        assert!(!r.knows_fact("human_review:lawful"));
        assert!(!r.knows_fact("human_review:nope"));
        assert!(!r.knows_fact("objection:consented"));
    }

    #[test]
    fn the_loader_refuses_a_duplicate_or_undeclared_data() {
        let mut table = rules().into_table();
        let duplicate = table.decisions[0].clone();
        table.decisions.push(duplicate);
        table.seal();
        assert!(matches!(
            Rules::from_table(table),
            Err(LoadError::DuplicateId { .. })
        ));
        let mut table = rules().into_table();
        table.decisions[0].uses.push("salary".into());
        table.seal();
        let error = Rules::from_table(table).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the data of automated decision `consented` refers to an undeclared data category `salary`"
        );
    }

    #[test]
    fn a_table_without_decisions_writes_no_field() {
        let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
        table.seal();
        let json = serde_json::to_string(&table).unwrap();
        assert!(!json.contains("decisions"));
        let with = rules().into_table();
        let json = serde_json::to_string(&with).unwrap();
        assert!(json.contains(
            "\"decisions\":[{\"id\":\"consented\",\"label\":\"consented\",\"uses\":[\"income\"],\"basis\":\"explicit_consent\",\"safeguards\":[\"human_review\",\"express_view\",\"contest\"]}"
        ));
        let back: RuleTable = serde_json::from_str(&json).unwrap();
        assert_eq!(back, with);
    }
}
