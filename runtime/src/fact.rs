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
pub use crate::table::plain_facts::*;

use crate::{Ground, PurposeId, RecipientId};

/// Every fact without a target, in the order of the grounds that read them:
/// what a caller may assert besides `consent:ID` and `objection:PURPOSE`.
/// Each is declared with its ground ([`Ground`]).
///
/// ```
/// assert!(policy_runtime::fact::PLAIN.contains(&policy_runtime::fact::LEGAL_REQUEST));
/// ```
pub const PLAIN: [&str; plain_count()] = plain();

/// How many grounds hold on a plain fact.
const fn plain_count() -> usize {
    let mut count = 0;
    let mut rest = Ground::ALL.as_slice();
    while let [ground, tail @ ..] = rest {
        if ground.plain_fact().is_some() {
            count += 1;
        }
        rest = tail;
    }
    count
}

/// The plain facts of the grounds, in the grounds' order.
#[expect(
    clippy::mem_replace_with_default,
    reason = "`std::mem::take` is not const; the slice of slots left is moved out to be split"
)]
const fn plain() -> [&'static str; plain_count()] {
    let mut all = [""; plain_count()];
    let mut rest = Ground::ALL.as_slice();
    let mut slots = all.as_mut_slice();
    while let [ground, tail @ ..] = rest {
        if let Some(fact) = ground.plain_fact()
            && let Some((slot, others)) = std::mem::replace(&mut slots, &mut []).split_first_mut()
        {
            *slot = fact;
            slots = others;
        }
        rest = tail;
    }
    all
}

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

/// A fact named by the ids of a loaded table instead of a string: it
/// cannot be misspelt, a consent to a purpose cannot be taken for a consent
/// to a recipient, and making one allocates nothing. Turn a list of them
/// into a [`FactSet`](crate::FactSet) with
/// [`Rules::fact_set`](crate::Rules::fact_set).
///
/// ```
/// # use policy_runtime::*;
/// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// # table.data.push(DataEntry::new("account.email", "Email", Identity::Identified));
/// # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
/// # table.uses.push(UseRule::new("account.email", "marketing", Basis::Consent));
/// # table.seal();
/// # let rules = Rules::from_table(table)?;
/// let email = rules.data_id("account.email").unwrap();
/// let marketing = rules.purpose_id("marketing").unwrap();
/// let facts = rules.fact_set([Fact::consent_to(marketing)]);
/// assert!(rules.decide_use_ids(email, marketing, &facts).allowed);
/// assert_eq!(rules.fact_name(Fact::consent_to(marketing)).as_deref(), Some("consent:marketing"));
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// The user consented to a purpose: `consent:PURPOSE`.
    ConsentToPurpose(PurposeId),
    /// The user consented to sending data to a recipient:
    /// `consent:RECIPIENT`.
    ConsentToRecipient(RecipientId),
    /// The user objected to a purpose: `objection:PURPOSE`.
    ObjectionTo(PurposeId),
    /// The plain fact of a ground holds ([`Ground::plain_fact`]); a ground
    /// without one (consent) names no fact.
    GroundHolds(Ground),
}

impl Fact {
    /// The user consented to `purpose`.
    #[must_use]
    pub const fn consent_to(purpose: PurposeId) -> Self {
        Self::ConsentToPurpose(purpose)
    }

    /// The user consented to sending data to `recipient`.
    #[must_use]
    pub const fn consent_to_recipient(recipient: RecipientId) -> Self {
        Self::ConsentToRecipient(recipient)
    }

    /// The user objected to `purpose`.
    #[must_use]
    pub const fn objection_to(purpose: PurposeId) -> Self {
        Self::ObjectionTo(purpose)
    }

    /// The plain fact of `ground` holds (an authority lawfully requested the
    /// data, for [`Ground::LegalObligation`]).
    #[must_use]
    pub const fn ground_holds(ground: Ground) -> Self {
        Self::GroundHolds(ground)
    }
}
