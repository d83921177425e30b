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
/// Prefix of an objection fact: `objection:PURPOSE`, or
/// `objection:RECIPIENT` against a transfer on legitimate interests.
pub const OBJECTION_PREFIX: &str = "objection:";
/// Prefix of the fact that the user asked for human intervention in an
/// automated decision (GDPR Art. 22(3)): `human_review:DECISION`. Where
/// the decision offers the safeguard `human_review`, the automated
/// decision is then denied, so that a person decides.
pub const HUMAN_REVIEW_PREFIX: &str = "human_review:";
/// The user opted out of the sale of their personal information (US state
/// law): a transfer to a recipient `disclosed_as sale` is denied.
pub const OPT_OUT_SALE: &str = "opt_out:sale";
/// The user opted out of sharing for cross-context behavioural advertising
/// and of targeted advertising: a transfer to a recipient `disclosed_as
/// share` or `targeted_advertising` is denied.
pub const OPT_OUT_SHARE: &str = "opt_out:share";
/// The user limited the use of their sensitive personal information to
/// the purposes 11 CCR §7027(m) permits: a use the table marks
/// `limitable` is denied.
pub const LIMIT_SENSITIVE: &str = "limit:sensitive";
/// The user's browser sent a Global Privacy Control signal (`Sec-GPC: 1`):
/// where the table's `gpc` stance is `honoured`, it opts out of sale and
/// sharing as [`OPT_OUT_SALE`] and [`OPT_OUT_SHARE`] together do.
pub const GPC: &str = "gpc";

/// The user's choices under US state law, by name, in [`Choice::ALL`]'s
/// order: facts every table knows, whether or not its rules read them.
///
/// ```
/// assert!(policy_runtime::fact::CHOICES.contains(&"gpc"));
/// ```
pub const CHOICES: [&str; 4] = [OPT_OUT_SALE, OPT_OUT_SHARE, LIMIT_SENSITIVE, GPC];
pub use crate::table::plain_facts::*;

/// The user is a child: below the policy's minimum age or, where the
/// policy states none, known to the service to be a child. Read by
/// [`Rules::decide_child`](crate::Rules::decide_child).
pub const CHILD: &str = "child";
/// The user's age was verified to be at least the policy's minimum age:
/// whatever else the facts say, the user is not a child.
pub const AGE_VERIFIED: &str = "age_verified";
/// A parent or guardian consented to the child's use of the service, by
/// the mechanism the policy declares (its `parental_consent`).
pub const PARENTAL_CONSENT: &str = "parental_consent";

/// The facts about a user's age, in the order the child decision reads
/// them: facts every table knows, whether or not it states a stance on
/// children, as a service asserts them at sign-up for every user.
///
/// ```
/// assert!(policy_runtime::fact::AGE.contains(&"parental_consent"));
/// ```
pub const AGE: [&str; 3] = [AGE_VERIFIED, CHILD, PARENTAL_CONSENT];

use crate::{Ground, PurposeId, RecipientId};

/// Every fact without a target, in the order of the grounds that read them:
/// what a caller may assert besides `consent:ID` and `objection:ID`.
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
/// interests, `objection:PURPOSE`, or to a transfer to a recipient on
/// legitimate interests, `objection:RECIPIENT`.
#[must_use]
pub fn objection(id: &str) -> String {
    format!("{OBJECTION_PREFIX}{id}")
}

/// The fact that the user asked for a person to review an automated
/// decision: `human_review:DECISION`.
///
/// ```
/// assert_eq!(policy_runtime::fact::human_review("credit_check"), "human_review:credit_check");
/// ```
#[must_use]
pub fn human_review(decision: &str) -> String {
    format!("{HUMAN_REVIEW_PREFIX}{decision}")
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
    /// The user objected to sending data to a recipient on legitimate
    /// interests: `objection:RECIPIENT`.
    ObjectionToRecipient(RecipientId),
    /// The plain fact of a ground holds ([`Ground::plain_fact`]); a ground
    /// without one (consent) names no fact.
    GroundHolds(Ground),
    /// The user made a choice of US state law, or their browser sent GPC.
    Chose(Choice),
}

/// A choice the user makes under US state privacy law, or the signal that
/// makes it for them: each is one fact ([`CHOICES`]).
///
/// ```
/// use policy_runtime::fact::Choice;
///
/// assert_eq!(Choice::OptOutOfSale.name(), "opt_out:sale");
/// assert_eq!(Choice::Gpc.name(), "gpc");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Choice {
    /// `opt_out:sale`: no sale.
    OptOutOfSale,
    /// `opt_out:share`: no sharing for cross-context behavioural
    /// advertising, no targeted advertising.
    OptOutOfSharing,
    /// `limit:sensitive`: sensitive personal information only for the
    /// purposes the law permits.
    LimitSensitive,
    /// `gpc`: a Global Privacy Control signal, an opt-out of sale and
    /// sharing where the policy honours it.
    Gpc,
}

impl Choice {
    /// Every choice, in the order of [`CHOICES`].
    pub const ALL: [Self; 4] = [
        Self::OptOutOfSale,
        Self::OptOutOfSharing,
        Self::LimitSensitive,
        Self::Gpc,
    ];

    /// The fact's name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::OptOutOfSale => OPT_OUT_SALE,
            Self::OptOutOfSharing => OPT_OUT_SHARE,
            Self::LimitSensitive => LIMIT_SENSITIVE,
            Self::Gpc => GPC,
        }
    }

    /// Its position in [`ALL`](Self::ALL).
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// What the choice says, in decision reasons.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::OptOutOfSale => "the user opted out of the sale of their personal information",
            Self::OptOutOfSharing => {
                "the user opted out of the sharing of their personal information for advertising"
            }
            Self::LimitSensitive => {
                "the user limited the use of their sensitive personal information"
            }
            Self::Gpc => {
                "the user's browser sent a Global Privacy Control signal, which the policy honours as an opt-out of sale and sharing"
            }
        }
    }
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

    /// The user objected to sending data to `recipient` on legitimate
    /// interests.
    #[must_use]
    pub const fn objection_to_recipient(recipient: RecipientId) -> Self {
        Self::ObjectionToRecipient(recipient)
    }

    /// The plain fact of `ground` holds (an authority lawfully requested the
    /// data, for [`Ground::LegalObligation`]).
    #[must_use]
    pub const fn ground_holds(ground: Ground) -> Self {
        Self::GroundHolds(ground)
    }

    /// The user made `choice` (or their browser sent GPC).
    #[must_use]
    pub const fn chose(choice: Choice) -> Self {
        Self::Chose(choice)
    }
}
