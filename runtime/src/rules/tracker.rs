//! Tracker decisions: may a cookie, pixel or SDK be set, given the user's
//! choices? What a consent banner or a tag manager asks before it sets one.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Rules, TrackerId};
use crate::decide::TableIdentity;
use crate::fact::{CONSENT_PREFIX, Choice, OBJECTION_PREFIX};
use crate::facts::{self, FactSet, Facts, TypedBits};
use crate::index::{Index, SHARED, SOLD};
use crate::table::{Basis, Condition, Stance, TrackerCategory, TrackerEntry};

/// The outcome of a tracker decision, with a stable snake_case name.
///
/// ```
/// use policy_runtime::TrackerCode;
///
/// assert_eq!(TrackerCode::UnknownTracker.as_str(), "unknown_tracker");
/// assert!(TrackerCode::StrictlyNecessary.is_allowed());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackerCode {
    /// Allowed: the condition of every purpose the tracker serves holds.
    Allowed,
    /// Allowed without consent: the tracker is strictly necessary.
    StrictlyNecessary,
    /// Denied: the tracker is not in the table.
    UnknownTracker,
    /// Denied: a purpose it serves needs a fact (the user's consent) that
    /// was not asserted.
    ConsentMissing,
    /// Denied: a purpose it serves holds unless a fact (the user's
    /// objection) is asserted, and it was; or a purpose it serves is
    /// direct marketing, which the objection to it stops whatever its
    /// basis (GDPR Art. 21(2), (3)), and the user objected to it.
    Objected,
    /// Denied: a purpose it serves is one an objection stops, and the
    /// facts object to a name that is not a purpose of the table: it may
    /// be a misspelt objection to this one.
    UnknownFact,
    /// Denied: the tracker is not strictly necessary and serves no
    /// purpose, so no condition of the policy allows it.
    ServesNoPurpose,
    /// Denied: the condition of every purpose it serves holds, but it is a
    /// `marketing` tracker, advertising that US state law lets the user
    /// opt out of, or its provider is a recipient disclosed to as sharing
    /// or targeted advertising, and the user opted out (`opt_out:share`,
    /// or `gpc` where the policy honours it), as a transfer to a recipient
    /// `disclosed_as share` is denied with the code of the same name.
    OptedOutOfSharing,
    /// Denied: the condition of every purpose it serves holds, but its
    /// provider is a recipient disclosed to as a sale, and the user opted
    /// out of sale (`opt_out:sale`, or `gpc` where the policy honours it),
    /// as a transfer to that recipient is denied with the code of the
    /// same name.
    OptedOutOfSale,
}

impl TrackerCode {
    /// Every code, in declaration order.
    pub const ALL: [Self; 9] = [
        Self::Allowed,
        Self::StrictlyNecessary,
        Self::UnknownTracker,
        Self::ConsentMissing,
        Self::Objected,
        Self::UnknownFact,
        Self::ServesNoPurpose,
        Self::OptedOutOfSharing,
        Self::OptedOutOfSale,
    ];

    /// The stable snake_case name, as serialized.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Allowed => "allowed",
            Self::StrictlyNecessary => "strictly_necessary",
            Self::UnknownTracker => "unknown_tracker",
            Self::ConsentMissing => "consent_missing",
            Self::Objected => "objected",
            Self::UnknownFact => "unknown_fact",
            Self::ServesNoPurpose => "serves_no_purpose",
            Self::OptedOutOfSharing => "opted_out_of_sharing",
            Self::OptedOutOfSale => "opted_out_of_sale",
        }
    }

    /// Whether the code allows setting the tracker.
    #[must_use]
    pub const fn is_allowed(self) -> bool {
        matches!(self, Self::Allowed | Self::StrictlyNecessary)
    }
}

impl fmt::Display for TrackerCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The answer to "may this tracker be set?", borrowing from the table and
/// the name asked about. Making one allocates nothing (the condition of
/// the purpose that failed is derived from its basis on demand, by
/// [`condition`](Self::condition)); [`reason`](Self::reason) and
/// [`to_report`](Self::to_report) do.
///
/// ```
/// use policy_runtime::*;
///
/// let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// table.data.push(DataEntry::new("usage", "Usage", Identity::Pseudonymized));
/// table.purposes.push(PurposeEntry::new("analytics", "Statistics", Basis::Consent));
/// table.uses.push(UseRule::new("usage", "analytics", Basis::Consent));
/// let mut ga = TrackerEntry::new("ga", "_ga", TrackerCategory::Analytics);
/// ga.serves.push("analytics".into());
/// table.trackers.push(ga);
/// table.seal();
/// let rules = Rules::from_table(table)?;
///
/// let d = rules.decide_tracker("ga", &Facts::new());
/// assert!(!d.allowed);
/// assert_eq!(d.code, TrackerCode::ConsentMissing);
/// assert_eq!(d.purpose, Some("analytics"));
/// assert_eq!(d.condition(), Some(Condition::Requires { fact: "consent:analytics".into() }));
/// assert_eq!(
///     d.reason(),
///     "denied: tracker `ga` serves `analytics`, which needs the user's consent \
///      (fact `consent:analytics`) and it was not given"
/// );
/// assert!(rules.decide_tracker("ga", &Facts::new().with("consent:analytics")).allowed);
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrackerDecision<'a> {
    /// Whether the tracker may be set.
    pub allowed: bool,
    /// Why, as a code.
    pub code: TrackerCode,
    /// The tracker asked about.
    pub tracker: &'a str,
    /// Its category, for a tracker of the table.
    pub category: Option<TrackerCategory>,
    /// The purposes it serves, for a tracker of the table.
    pub serves: &'a [String],
    /// The first purpose, in the policy's order, whose condition failed.
    pub purpose: Option<&'a str>,
    /// That purpose's basis, whose condition ([`condition`](Self::condition))
    /// failed; for a direct-marketing purpose the objection stopped
    /// ([`TrackerCode::Objected`]), the basis of a purpose whose
    /// condition held, and the condition is the objection's.
    pub basis: Option<Basis>,
    /// The user's choice that denied a tracker every purpose of which
    /// holds ([`TrackerCode::OptedOutOfSharing`],
    /// [`TrackerCode::OptedOutOfSale`]).
    pub choice: Option<Choice>,
    /// The recipient providing the tracker whose disclosures the choice
    /// reached, when the choice denied it as that recipient's (not as a
    /// `marketing` tracker).
    pub recipient: Option<&'a str>,
    /// The table that decided: policy id, version and digest.
    pub table: &'a TableIdentity,
}

impl<'a> TrackerDecision<'a> {
    /// The denial of a tracker the table does not declare: by name, or by
    /// an id of no entry (`tracker` then empty).
    fn unknown(tracker: &'a str, table: &'a TableIdentity) -> Self {
        TrackerDecision {
            allowed: false,
            code: TrackerCode::UnknownTracker,
            tracker,
            category: None,
            serves: &[],
            purpose: None,
            basis: None,
            choice: None,
            recipient: None,
            table,
        }
    }
}

impl TrackerDecision<'_> {
    /// The condition of the purpose that failed, by the [facts
    /// convention](crate#facts): its basis's for that purpose.
    #[must_use]
    pub fn condition(&self) -> Option<Condition> {
        let (basis, purpose) = (self.basis?, self.purpose?);
        match self.code {
            // Only an objection denies so: for a direct-marketing purpose
            // on any basis, the objection to it, which stops it whatever
            // its basis's condition.
            TrackerCode::Objected | TrackerCode::UnknownFact => Some(Condition::Unless {
                fact: crate::fact::objection(purpose),
            }),
            _ => Some(basis.condition_for(purpose)),
        }
    }

    /// The fact the decision turned on: that of the failed condition, or
    /// the choice that denied it.
    #[must_use]
    pub fn fact(&self) -> Option<String> {
        match self.choice {
            Some(choice) => Some(choice.name().to_owned()),
            None => self.condition()?.fact().map(str::to_owned),
        }
    }

    /// The decision as one plain-English sentence.
    #[must_use]
    pub fn reason(&self) -> String {
        let tracker = self.tracker;
        let purpose = self.purpose.unwrap_or_default();
        let fact = self.fact().unwrap_or_default();
        match self.code {
            TrackerCode::Allowed => format!(
                "tracker `{tracker}` may be set: the condition of every purpose it serves holds ({})",
                quoted(self.serves)
            ),
            TrackerCode::StrictlyNecessary => {
                format!("tracker `{tracker}` may be set without consent: it is strictly necessary")
            }
            TrackerCode::UnknownTracker => format!(
                "denied: `{tracker}` is not a tracker of policy `{}`",
                self.table.policy
            ),
            TrackerCode::ConsentMissing => format!(
                "denied: tracker `{tracker}` serves `{purpose}`, which needs the user's consent (fact `{fact}`) and it was not given"
            ),
            TrackerCode::Objected => format!(
                "denied: tracker `{tracker}` serves `{purpose}`, to which the user objected (fact `{fact}`)"
            ),
            TrackerCode::UnknownFact => format!(
                "denied: tracker `{tracker}` serves `{purpose}`, which an objection stops, and the facts object to a name that is not a purpose of policy `{}`",
                self.table.policy
            ),
            TrackerCode::ServesNoPurpose => format!(
                "denied: tracker `{tracker}` is not strictly necessary and serves no purpose"
            ),
            TrackerCode::OptedOutOfSharing => match self.recipient {
                Some(recipient) => format!(
                    "denied: tracker `{tracker}` is provided by `{recipient}`, a disclosure to which is sharing or targeted advertising, and {} (fact `{fact}`)",
                    self.choice.unwrap_or(Choice::OptOutOfSharing).describe()
                ),
                None => format!(
                    "denied: tracker `{tracker}` is a marketing tracker, and {} (fact `{fact}`)",
                    self.choice.unwrap_or(Choice::OptOutOfSharing).describe()
                ),
            },
            TrackerCode::OptedOutOfSale => format!(
                "denied: tracker `{tracker}` is provided by `{}`, a disclosure to which is a sale, and {} (fact `{fact}`)",
                self.recipient.unwrap_or_default(),
                self.choice.unwrap_or(Choice::OptOutOfSale).describe()
            ),
        }
    }
}

impl TrackerDecision<'_> {
    /// The decision as owned, serializable data: what an audit line or
    /// `policyc query` prints.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let report = rules.decide_tracker("fbp", &Facts::new()).to_report();
    /// assert_eq!(report.code, TrackerCode::UnknownTracker);
    /// assert_eq!(report.policy_version, "1.0.0");
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn to_report(&self) -> TrackerReport {
        TrackerReport {
            allowed: self.allowed,
            code: self.code,
            reason: self.reason(),
            tracker: self.tracker.to_owned(),
            category: self.category,
            serves: self.serves.to_vec(),
            purpose: self.purpose.map(str::to_owned),
            fact: self.fact(),
            recipient: self.recipient.map(str::to_owned),
            policy: self.table.policy.clone(),
            policy_version: self.table.version.clone(),
            digest: self.table.digest.clone(),
        }
    }
}

/// A [`TrackerDecision`] as owned data, for logs and `policyc query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TrackerReport {
    /// Whether the tracker may be set.
    pub allowed: bool,
    /// Why, as a code.
    pub code: TrackerCode,
    /// Why, in plain English.
    pub reason: String,
    /// The tracker asked about.
    pub tracker: String,
    /// Its category, for a tracker of the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<TrackerCategory>,
    /// The purposes it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<String>,
    /// The first purpose whose condition failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The fact of that purpose's condition, or the user's choice that
    /// denied the tracker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    /// The recipient providing the tracker, when the choice denied it as
    /// that recipient's sale or sharing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// The policy id.
    pub policy: String,
    /// The policy edition.
    pub policy_version: String,
    /// The digest of the table that decided.
    pub digest: String,
}

/// Ids as `` `a`, `b` ``.
fn quoted(ids: &[String]) -> String {
    ids.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Rules {
    /// May the tracker `tracker` be set, given `facts`? A strictly
    /// necessary tracker may, without consent; any other may when the
    /// condition of every purpose it serves holds, by the [facts
    /// convention](crate#facts) (`consent:PURPOSE`, unless
    /// `objection:PURPOSE`), no purpose it serves is direct marketing the
    /// user objected to (`objection:PURPOSE`, whatever its basis, as for
    /// its uses: a tracker serving it and others must not run for it),
    /// and the user did not opt out of what setting
    /// it is: for a tracker whose provider is a recipient disclosed to as a
    /// sale, of sale (`opt_out:sale`); for a `marketing` tracker, or one
    /// whose provider is disclosed to as sharing or targeted advertising,
    /// of sharing (`opt_out:share`); `gpc` counts as both where the table
    /// honours it. Fails closed: an unknown tracker, one that serves no
    /// purpose, and an objection to a name that is not a purpose (for a
    /// purpose an objection stops) deny. Allocates nothing.
    #[must_use]
    pub fn decide_tracker<'a>(&'a self, tracker: &'a str, facts: &Facts) -> TrackerDecision<'a> {
        let Some(entry) = self
            .index
            .trackers
            .get(tracker)
            .and_then(|&t| self.table.trackers.get(t as usize))
        else {
            return TrackerDecision::unknown(tracker, &self.identity);
        };
        let outcome = self.tracker_outcome(
            entry,
            &ByName {
                facts,
                index: &self.index,
            },
        );
        self.tracker_decision(entry, outcome)
    }

    /// As [`decide_tracker`](Self::decide_tracker), by id and with facts
    /// resolved by this table ([`resolve_facts`](Self::resolve_facts)):
    /// the purposes' and the choices' facts are bit tests. Allocates
    /// nothing. `None` when `facts` were resolved by another table (with
    /// other content), which cannot tell what the user chose; resolve them
    /// again after a reload. An id of no tracker of the table is denied as
    /// [`TrackerCode::UnknownTracker`], with no name.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # table.purposes.push(PurposeEntry::new("analytics", "Statistics", Basis::Consent));
    /// # let mut ga = TrackerEntry::new("ga", "_ga", TrackerCategory::Analytics);
    /// # ga.serves.push("analytics".into());
    /// # table.trackers.push(ga);
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let ga = rules.tracker_id("ga").unwrap();
    /// let none = rules.resolve_facts(&Facts::new());
    /// let consent = rules.resolve_facts(&Facts::new().with("consent:analytics"));
    /// assert_eq!(rules.decide_tracker_ids(ga, &none).map(|d| d.code), Some(TrackerCode::ConsentMissing));
    /// assert_eq!(rules.decide_tracker_ids(ga, &consent).map(|d| d.allowed), Some(true));
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn decide_tracker_ids(
        &self,
        tracker: TrackerId,
        facts: &FactSet,
    ) -> Option<TrackerDecision<'_>> {
        if !facts.is_of(self.index.tag) {
            return None;
        }
        let Some(entry) = self.table.trackers.get(tracker.index()) else {
            return Some(TrackerDecision::unknown("", &self.identity));
        };
        let outcome = self.tracker_outcome(
            entry,
            &ById {
                facts,
                typed: &self.typed,
                choices: &self.index.choices,
            },
        );
        Some(self.tracker_decision(entry, outcome))
    }

    /// The decision on `entry` of `outcome`.
    fn tracker_decision<'a>(
        &'a self,
        entry: &'a TrackerEntry,
        outcome: TrackerOutcome<'a>,
    ) -> TrackerDecision<'a> {
        let (purpose, basis) = outcome.failed.unzip();
        TrackerDecision {
            allowed: outcome.code.is_allowed(),
            code: outcome.code,
            tracker: &entry.id,
            category: Some(entry.category),
            serves: &entry.serves,
            purpose,
            basis,
            choice: outcome.choice,
            recipient: outcome.recipient,
            table: &self.identity,
        }
    }

    /// The decision on `entry`.
    fn tracker_outcome<'a>(
        &'a self,
        entry: &'a TrackerEntry,
        facts: &impl TrackerFacts,
    ) -> TrackerOutcome<'a> {
        let code = |code: TrackerCode| TrackerOutcome {
            code,
            failed: None,
            choice: None,
            recipient: None,
        };
        if entry.category.is_strictly_necessary() {
            return code(TrackerCode::StrictlyNecessary);
        }
        if entry.serves.is_empty() {
            return code(TrackerCode::ServesNoPurpose);
        }
        for purpose in &entry.serves {
            let Some((id, basis, marketing)) = self
                .index
                .purposes
                .get(purpose.as_str())
                .and_then(|&id| Some((id, self.table.purposes.get(id as usize)?)))
                .map(|(id, p)| (id, p.basis, p.direct_marketing))
            else {
                // The loader refuses a tracker serving an undeclared
                // purpose; were one here, nothing would allow it.
                return code(TrackerCode::ServesNoPurpose);
            };
            let failed = match basis.condition_for_kind() {
                ConditionKind::Always => None,
                ConditionKind::Requires if facts.consents(id, purpose) => None,
                ConditionKind::Requires => Some(TrackerCode::ConsentMissing),
                ConditionKind::Unless if facts.objects(id, purpose) => Some(TrackerCode::Objected),
                ConditionKind::Unless if facts.unplaced_objection() => {
                    Some(TrackerCode::UnknownFact)
                }
                ConditionKind::Unless => None,
            };
            let failed = match failed {
                Some(failed) => failed,
                // Its condition holds. A direct-marketing purpose is still
                // stopped by the objection to it, whatever its basis (GDPR
                // Art. 21(2), (3)), as its uses are: the tracker must not
                // run for it, even where it also serves other purposes
                // (setting it would serve the objected one too).
                None if !marketing => continue,
                None if facts.objects(id, purpose) => TrackerCode::Objected,
                None if facts.unplaced_objection() => TrackerCode::UnknownFact,
                None => continue,
            };
            return TrackerOutcome {
                failed: Some((purpose.as_str(), basis)),
                ..code(failed)
            };
        }
        match self.tracker_opted_out(entry, facts) {
            Some((stopped, choice, recipient)) => TrackerOutcome {
                choice: Some(choice),
                recipient,
                ..code(stopped)
            },
            None => code(TrackerCode::Allowed),
        }
    }

    /// The user's choice that stops `entry`, a tracker every purpose of
    /// which holds, with its code and the recipient it reached the tracker
    /// through: as a transfer to the recipient providing it is stopped, the
    /// opt-out of sale, then GPC, where a disclosure to it is a sale; then
    /// the opt-out of sharing, then GPC, where it is sharing or targeted
    /// advertising, or the tracker is `marketing`. GPC counts only where
    /// the table honours it.
    fn tracker_opted_out<'a>(
        &self,
        entry: &'a TrackerEntry,
        facts: &impl TrackerFacts,
    ) -> Option<(TrackerCode, Choice, Option<&'a str>)> {
        let recipient = entry.recipient.as_deref();
        let bits = recipient
            .and_then(|r| self.index.recipients.get(r))
            .and_then(|&r| self.index.opt_outs.get(r as usize))
            .copied()
            .unwrap_or(0);
        let advertising = entry.category.is_advertising();
        if bits == 0 && !advertising {
            return None;
        }
        let gpc = self.table.gpc == Some(Stance::Honoured) && facts.chose(Choice::Gpc);
        if bits & SOLD != 0 {
            if facts.chose(Choice::OptOutOfSale) {
                return Some((TrackerCode::OptedOutOfSale, Choice::OptOutOfSale, recipient));
            }
            if gpc {
                return Some((TrackerCode::OptedOutOfSale, Choice::Gpc, recipient));
            }
        }
        let shared = bits & SHARED != 0;
        if !shared && !advertising {
            return None;
        }
        // Named through the recipient only when its disclosures are what
        // the opt-out of sharing reaches.
        let through = if shared { recipient } else { None };
        if facts.chose(Choice::OptOutOfSharing) {
            return Some((
                TrackerCode::OptedOutOfSharing,
                Choice::OptOutOfSharing,
                through,
            ));
        }
        gpc.then_some((TrackerCode::OptedOutOfSharing, Choice::Gpc, through))
    }
}

impl TrackerCategory {
    /// Whether a tracker of this category is advertising, which the
    /// opt-out of sharing (and GPC, where honoured) reaches: `marketing`.
    ///
    /// ```
    /// assert!(policy_runtime::TrackerCategory::Marketing.is_advertising());
    /// assert!(!policy_runtime::TrackerCategory::Analytics.is_advertising());
    /// ```
    #[must_use]
    pub const fn is_advertising(self) -> bool {
        matches!(self, Self::Marketing)
    }
}

/// What a decision on a tracker asks of the caller's facts: by name
/// ([`Facts`]) or by bit ([`FactSet`]).
trait TrackerFacts {
    /// Whether the user consented to purpose number `id`, named `name`.
    fn consents(&self, id: u32, name: &str) -> bool;
    /// Whether the user objected to purpose number `id`, named `name`.
    fn objects(&self, id: u32, name: &str) -> bool;
    /// Whether an objection names neither a purpose nor a recipient.
    fn unplaced_objection(&self) -> bool;
    /// Whether the user made `choice`.
    fn chose(&self, choice: Choice) -> bool;
}

/// Facts by name, with the table's index of names.
struct ByName<'f> {
    facts: &'f Facts,
    index: &'f Index,
}

impl TrackerFacts for ByName<'_> {
    fn consents(&self, _id: u32, name: &str) -> bool {
        asserts(self.facts, CONSENT_PREFIX, name)
    }

    fn objects(&self, _id: u32, name: &str) -> bool {
        asserts(self.facts, OBJECTION_PREFIX, name)
    }

    fn unplaced_objection(&self) -> bool {
        facts::unplaced_objection(self.facts, &self.index.purposes, &self.index.recipients)
    }

    fn chose(&self, choice: Choice) -> bool {
        self.facts.contains(choice.name())
    }
}

/// Facts resolved by the table, with the numbers of its facts.
struct ById<'f> {
    facts: &'f FactSet,
    typed: &'f TypedBits,
    choices: &'f [Option<u32>; 4],
}

impl TrackerFacts for ById<'_> {
    #[inline]
    fn consents(&self, id: u32, _name: &str) -> bool {
        self.typed.consents_to_purpose(self.facts, id)
    }

    #[inline]
    fn objects(&self, id: u32, _name: &str) -> bool {
        self.typed.objects_to_purpose(self.facts, id)
    }

    #[inline]
    fn unplaced_objection(&self) -> bool {
        self.facts.has_unplaced_objection()
    }

    #[inline]
    fn chose(&self, choice: Choice) -> bool {
        self.choices
            .get(choice.index())
            .copied()
            .flatten()
            .is_some_and(|bit| self.facts.has(bit))
    }
}

/// The code of a decision on a tracker, with the purpose whose condition
/// failed and its basis, or the choice that denied it.
struct TrackerOutcome<'a> {
    code: TrackerCode,
    failed: Option<(&'a str, Basis)>,
    choice: Option<Choice>,
    recipient: Option<&'a str>,
}

/// The kind of condition a basis gives a purpose, without its fact.
enum ConditionKind {
    Always,
    Requires,
    Unless,
}

impl Basis {
    /// The kind of [`condition_for`](Basis::condition_for)'s condition.
    const fn condition_for_kind(self) -> ConditionKind {
        match self {
            Self::Consent | Self::ExplicitConsent => ConditionKind::Requires,
            Self::LegitimateInterest => ConditionKind::Unless,
            Self::Contract
            | Self::LegalObligation
            | Self::VitalInterests
            | Self::PublicTask
            | Self::Unstated => ConditionKind::Always,
        }
    }
}

/// Whether `facts` assert `PREFIX` followed by `id`, without building the
/// name.
fn asserts(facts: &Facts, prefix: &str, id: &str) -> bool {
    facts
        .with_prefix(prefix)
        .any(|fact| fact.get(prefix.len()..) == Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_of_condition_is_that_of_the_condition_a_basis_gives() {
        for basis in Basis::ALL {
            let kind = match basis.condition_for("p") {
                Condition::Always => 0,
                Condition::Requires { .. } => 1,
                Condition::Unless { .. } => 2,
            };
            let fast = match basis.condition_for_kind() {
                ConditionKind::Always => 0,
                ConditionKind::Requires => 1,
                ConditionKind::Unless => 2,
            };
            assert_eq!(kind, fast, "{basis:?}");
        }
    }
}
