//! The editions of a policy a service holds: the one in force at a date and
//! those pending, and consents checked against the edition they were given
//! under.

use std::sync::Arc;

use crate::date::{Date, DateError};
use crate::decide::{Decision, DecisionCode};
use crate::facts::Facts;
use crate::load::LoadError;
use crate::rules::Rules;
use crate::version::version_order;

/// The editions of one policy, ordered by their `effective` date: answers
/// with the edition in force at a date, so an edition loaded before it
/// takes effect is not enforced early.
///
/// ```
/// # use policy_runtime::*;
/// # let edition = |v: &str, effective: &str| { let mut t = RuleTable::new("shop", v, effective); t.seal(); Rules::from_table(t).unwrap() };
/// let mut editions = Editions::new(edition("1.0.0", "2026-01-01"))?;
/// editions.add(edition("2.0.0", "2027-01-01"))?;
/// let in_2026: Date = "2026-06-01".parse()?;
/// assert_eq!(editions.in_force_at(in_2026).unwrap().version(), "1.0.0");
/// assert_eq!(editions.pending_at(in_2026).map(|r| r.version()).collect::<Vec<_>>(), ["2.0.0"]);
/// assert_eq!(editions.in_force_at("2027-01-01".parse()?).unwrap().version(), "2.0.0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Editions {
    /// Sorted by effective date, then version.
    editions: Vec<(Date, Arc<Rules>)>,
}

impl Editions {
    /// The editions, starting with `rules`.
    ///
    /// # Errors
    ///
    /// [`LoadError::BadEffectiveDate`] if its `effective` is not a date.
    pub fn new(rules: Rules) -> Result<Self, LoadError> {
        let mut editions = Self {
            editions: Vec::new(),
        };
        editions.add(rules)?;
        Ok(editions)
    }

    /// Adds an edition; an edition of the same version and digest as one
    /// held is not added twice, and one of the same version with another
    /// digest (an amended edition) replaces it.
    ///
    /// # Errors
    ///
    /// [`LoadError::OtherPolicy`] for another policy's table,
    /// [`LoadError::BadEffectiveDate`] if its `effective` is not a date.
    pub fn add(&mut self, rules: Rules) -> Result<(), LoadError> {
        if let Some((_, first)) = self.editions.first()
            && first.policy() != rules.policy()
        {
            return Err(LoadError::OtherPolicy {
                expected: first.policy().to_owned(),
                found: rules.policy().to_owned(),
            });
        }
        let effective = effective(&rules)?;
        self.editions
            .retain(|(_, r)| r.version() != rules.version());
        let at = self.editions.partition_point(|(date, r)| {
            (*date, version_order(r.version(), rules.version()))
                < (effective, Some(std::cmp::Ordering::Equal))
        });
        self.editions.insert(at, (effective, Arc::new(rules)));
        Ok(())
    }

    /// The edition in force on `date`: the last to take effect on or
    /// before it; `None` before the first takes effect.
    #[must_use]
    pub fn in_force_at(&self, date: Date) -> Option<Arc<Rules>> {
        self.upto(date)
            .checked_sub(1)
            .and_then(|i| self.editions.get(i))
            .map(|(_, r)| Arc::clone(r))
    }

    /// The editions that take effect after `date`, soonest first.
    pub fn pending_at(&self, date: Date) -> impl Iterator<Item = &Arc<Rules>> {
        let after = self.editions.partition_point(|(d, _)| *d <= date);
        self.editions
            .get(after..)
            .unwrap_or(&[])
            .iter()
            .map(|(_, r)| r)
    }

    /// The edition of `version`, if held.
    #[must_use]
    pub fn edition(&self, version: &str) -> Option<&Arc<Rules>> {
        self.editions
            .iter()
            .map(|(_, r)| r)
            .find(|r| r.version() == version)
    }

    /// Forgets the editions superseded on `date` (keeping the one in force
    /// and those pending).
    pub fn prune(&mut self, date: Date) {
        let drop = self.upto(date).saturating_sub(1);
        self.editions.drain(..drop);
    }

    /// How many editions are held.
    #[must_use]
    pub fn len(&self) -> usize {
        self.editions.len()
    }

    /// Whether none is held (never, once made).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.editions.is_empty()
    }
}

impl Editions {
    /// How many editions take effect on or before `date`.
    fn upto(&self, date: Date) -> usize {
        self.editions.partition_point(|(d, _)| *d <= date)
    }

    /// The rules in force on `date`, borrowed.
    fn in_force_ref(&self, date: Date) -> Option<&Rules> {
        self.upto(date)
            .checked_sub(1)
            .and_then(|i| self.editions.get(i))
            .map(|(_, r)| &**r)
    }

    /// The version of the edition that introduced purpose `id` (`purpose`
    /// true) or recipient `id`, as far as the editions held tell: the
    /// table's `since` when it records one, else the first of the last run
    /// of held editions, up to the one in force on `date`, that declare it.
    #[must_use]
    pub fn introduced(&self, date: Date, purpose: bool, id: &str) -> Option<&str> {
        let held = self.editions.get(..self.upto(date))?;
        let declares = |r: &Rules| {
            if purpose {
                r.purpose_id(id).is_some()
            } else {
                r.recipient_id(id).is_some()
            }
        };
        let (_, last) = held.last()?;
        let recorded = if purpose {
            last.purpose_id(id)
                .and_then(|p| last.table().purposes.get(p.index()))
                .and_then(|p| p.since.as_deref())
        } else {
            last.recipient_id(id)
                .and_then(|r| last.table().recipients.get(r.index()))
                .and_then(|r| r.since.as_deref())
        };
        if recorded.is_some() {
            return recorded;
        }
        let run = held.iter().rev().take_while(|(_, r)| declares(r)).count();
        held.len()
            .checked_sub(run)
            .and_then(|first| held.get(first))
            .filter(|_| run > 0)
            .map(|(_, r)| r.version())
    }

    /// May `data` be used for `purpose` on `date`, by the edition in force
    /// then, for a user whose consents were given under edition
    /// `given_under`? A use a consent allows is denied with
    /// [`DecisionCode::ConsentPredatesPurpose`] when the purpose was
    /// introduced after that edition ([`introduced`](Self::introduced)).
    /// `None` before any edition is in force.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let edition = |v: &str, effective: &str, marketing: bool| {
    /// #     let mut t = RuleTable::new("shop", v, effective);
    /// #     t.data.push(DataEntry::new("email", "Email", Identity::Identified));
    /// #     if marketing {
    /// #         t.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
    /// #         t.uses.push(UseRule::new("email", "marketing", Basis::Consent));
    /// #     }
    /// #     t.seal();
    /// #     Rules::from_table(t).unwrap()
    /// # };
    /// let mut editions = Editions::new(edition("1.0.0", "2026-01-01", false))?;
    /// editions.add(edition("2.0.0", "2027-01-01", true))?;
    /// let in_2027: Date = "2027-02-01".parse()?;
    /// let consent = Facts::from_iter(["consent:marketing"]);
    /// let d = editions.decide_use_at(in_2027, "email", "marketing", &consent, "1.0.0").unwrap();
    /// assert_eq!(d.code, DecisionCode::ConsentPredatesPurpose);
    /// let d = editions.decide_use_at(in_2027, "email", "marketing", &consent, "2.0.0").unwrap();
    /// assert!(d.allowed);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn decide_use_at<'a>(
        &'a self,
        date: Date,
        data: &'a str,
        purpose: &'a str,
        facts: &Facts,
        given_under: &str,
    ) -> Option<Decision<'a>> {
        let rules = self.in_force_ref(date)?;
        let decision = rules.decide_use(data, purpose, facts);
        Some(predates(
            decision,
            self.introduced(date, true, purpose),
            given_under,
        ))
    }

    /// As [`decide_use_at`](Self::decide_use_at), for sending `data` to
    /// `recipient`.
    #[must_use]
    pub fn decide_transfer_at<'a>(
        &'a self,
        date: Date,
        data: &'a str,
        recipient: &'a str,
        facts: &Facts,
        given_under: &str,
    ) -> Option<Decision<'a>> {
        let rules = self.in_force_ref(date)?;
        let decision = rules.decide_transfer(data, recipient, facts);
        Some(predates(
            decision,
            self.introduced(date, false, recipient),
            given_under,
        ))
    }
}

/// The `effective` date of `rules`.
fn effective(rules: &Rules) -> Result<Date, LoadError> {
    rules
        .table()
        .effective
        .parse()
        .map_err(|DateError { text }| LoadError::BadEffectiveDate { found: text })
}

impl Rules {
    /// As [`decide_use`](Self::decide_use), for a user whose consents were
    /// given under the edition `given_under` (its version): a use allowed
    /// by a consent to a purpose introduced after that edition (its
    /// [`since`](crate::PurposeEntry::since)) is denied with
    /// [`DecisionCode::ConsentPredatesPurpose`], so that consent can be
    /// asked again. A table that does not record `since` cannot tell, and
    /// decides as `decide_use`.
    #[must_use]
    pub fn decide_use_consented_under<'a>(
        &'a self,
        data: &'a str,
        purpose: &'a str,
        facts: &Facts,
        given_under: &str,
    ) -> Decision<'a> {
        let decision = self.decide_use(data, purpose, facts);
        let since = self
            .purpose_id(purpose)
            .and_then(|p| self.table().purposes.get(p.index()))
            .and_then(|p| p.since.as_deref());
        predates(decision, since, given_under)
    }

    /// As [`decide_transfer`](Self::decide_transfer), for a user whose
    /// consents were given under the edition `given_under`: a transfer
    /// allowed by a consent to a recipient introduced after that edition is
    /// denied with [`DecisionCode::ConsentPredatesPurpose`].
    #[must_use]
    pub fn decide_transfer_consented_under<'a>(
        &'a self,
        data: &'a str,
        recipient: &'a str,
        facts: &Facts,
        given_under: &str,
    ) -> Decision<'a> {
        let decision = self.decide_transfer(data, recipient, facts);
        let since = self
            .recipient_id(recipient)
            .and_then(|r| self.table().recipients.get(r.index()))
            .and_then(|r| r.since.as_deref());
        predates(decision, since, given_under)
    }
}

/// `decision`, denied when it rests on a consent and the purpose or
/// recipient came after the edition the consent was given under.
fn predates<'a>(decision: Decision<'a>, since: Option<&str>, given_under: &str) -> Decision<'a> {
    let on_consent = decision
        .condition
        .and_then(crate::Condition::fact)
        .is_some_and(|f| f.starts_with(crate::fact::CONSENT_PREFIX));
    // A version that does not compare cannot show the consent covers it.
    let later = since.is_some_and(|since| {
        !matches!(
            version_order(since, given_under),
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        )
    });
    if decision.allowed && on_consent && later {
        Decision {
            allowed: false,
            code: DecisionCode::ConsentPredatesPurpose,
            ..decision
        }
    } else {
        decision
    }
}
