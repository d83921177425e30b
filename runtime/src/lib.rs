//! Load a policyc rule table and decide, in nanoseconds, whether data may be
//! used for a purpose or sent to a recipient.
//!
//! `policyc` compiles a privacy policy into a rule table (`rules.json`):
//! the policy's data categories, purposes and recipients, and the uses and
//! transfers it allows, with their conditions and retention. A service loads
//! the table with this crate and asks, on its hot path, "may I use
//! `account.email` for `marketing`?" or "may I send it to `mailer`?".
//!
//! - [`RuleTable`] and the types beside it *are* the table format; the
//!   compiler builds them and serializes them with `serde_json`.
//! - [`Rules`] is a table checked (schema, version, digest, references) and
//!   indexed; [`Rules::decide_use`] and [`Rules::decide_transfer`] answer
//!   with a [`Decision`] that says why, cites the policy version and carries
//!   the retention limit.
//! - [`SharedRules`] and [`Reloader`] keep serving the last good table while
//!   a new one is loaded from disk; the reloader never misses a changed
//!   file and refuses an older edition or another policy's table.
//! - [`Editions`] holds a policy's editions and answers with the one in
//!   force at a [`Date`].
//! - [`Rules::decide_tracker`] says whether a cookie, pixel or SDK may be
//!   set ([`TrackerDecision`], see [Trackers](#trackers)).
//! - [`Rules::decide_child`] says whether a user may use the service, given
//!   what is known of their age and their parent's consent
//!   ([`ChildDecision`], see [Children](#children)).
//! - [`Rules::decide_automated`] says whether a decision about the user
//!   may be made solely by automated means ([`AutomatedDecision`], see
//!   [Automated decisions](#automated-decisions)).
//! - Each has its form by ids, allocation-free on a resolved [`FactSet`]:
//!   [`Rules::decide_tracker_ids`] (with a [`TrackerId`]),
//!   [`Rules::decide_child_ids`] and [`Rules::decide_automated_ids`] (with
//!   an [`AutomatedId`]).
//! - [`Rules::deadline`] dates the erasure of a record from its [`Event`]s
//!   in calendar units ([`Deadline`]); [`Rules::retention_terms`] gives the
//!   terms it is computed from ([`RetentionTerms`]) and the period that
//!   decided it.
//! - For operations: [`Fact`] and [`Rules::fact_set`] (typed facts),
//!   [`Rules::decide_all`] (batches), [`Rules::decide_flow`] (a use and a
//!   transfer at once), [`DecisionMetrics`] and [`CodeCounts`] (a metrics
//!   hook), [`Registry`] (tables per tenant) and, with the `tokio` feature,
//!   `watch::spawn` (a watcher publishing each new table).
//! - [`TrustedKey`] and [`Rules::from_path_verified`] accept only tables
//!   signed by the keys a service trusts.
//!
//! Decisions follow the policy and nothing else: what the table does not
//! allow is denied. The parent rules of the policy are already flattened onto
//! the child categories by the compiler, so a decision is a lookup.
//!
//! # Quick start
//!
//! ```
//! use policy_runtime::*;
//!
//! // What the compiler does: build the table, seal it, write it out.
//! let mut table = RuleTable::new("shop", "1.1.0", "2026-12-01");
//! table.data.push(DataEntry::new("account", "Your account", Identity::Identified));
//! let mut email = DataEntry::new("account.email", "Email address", Identity::Identified);
//! email.parent = Some("account".into());
//! email.retention.push(RetentionPeriod::Until { event: "account deletion".into() });
//! table.data.push(email);
//! table.purposes.push(PurposeEntry::new("marketing", "Sending offers", Basis::Consent));
//! table.recipients.push(RecipientEntry::new("police", "Law enforcement"));
//! table.uses.push(UseRule::new("account", "marketing", Basis::Consent));
//! table.uses.push(UseRule::new("account.email", "marketing", Basis::Consent));
//! table.transfers.push(TransferRule::new("account.email", "police", &[Ground::LegalObligation]));
//! table.seal();
//! let json = serde_json::to_vec_pretty(&table).unwrap();
//!
//! // What a service does: load it and ask.
//! let rules = Rules::from_slice(&json)?;
//! let no_consent = Facts::new();
//! let d = rules.decide_use("account.email", "marketing", &no_consent);
//! assert!(!d.allowed);
//! assert_eq!(d.code, DecisionCode::ConsentMissing);
//!
//! let consent = Facts::from_iter(["consent:marketing"]);
//! let d = rules.decide_use("account.email", "marketing", &consent);
//! assert!(d.allowed);
//! assert_eq!(d.table.version, "1.1.0");
//! assert_eq!(d.retention[0].to_string(), "until account deletion");
//! assert_eq!(
//!     d.reason(),
//!     "`account.email` may be used for `marketing` on the basis of consent, which the user gave"
//! );
//!
//! let d = rules.decide_transfer("account.email", "police", &Facts::new().with("legal_request"));
//! assert_eq!(d.ground, Some(Ground::LegalObligation));
//!
//! // A hand-edited table is refused.
//! let edited = String::from_utf8(json).unwrap().replace("Sending offers", "Offers");
//! assert!(matches!(
//!     Rules::from_slice(edited.as_bytes()),
//!     Err(LoadError::DigestMismatch { .. })
//! ));
//! # Ok::<(), LoadError>(())
//! ```
//!
//! On a hot path, resolve names and facts once and decide by ids: a binary
//! search among a category's few rules and a bit test, with no allocation.
//!
//! ```
//! # use policy_runtime::*;
//! # let mut table = RuleTable::new("shop", "1.1.0", "2026-12-01");
//! # table.data.push(DataEntry::new("account.email", "Email", Identity::Identified));
//! # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
//! # table.uses.push(UseRule::new("account.email", "marketing", Basis::Consent));
//! # table.seal();
//! # let rules = Rules::from_table(table)?;
//! let email = rules.data_id("account.email").unwrap();
//! let marketing = rules.purpose_id("marketing").unwrap();
//! let facts = rules.resolve_facts(&Facts::from_iter(["consent:marketing"]));
//! assert!(rules.decide_use_ids(email, marketing, &facts).allowed);
//! # Ok::<(), LoadError>(())
//! ```
//!
//! # Facts
//!
//! Conditions are written in terms of facts the caller asserts in
//! [`Facts`]. The compiler derives every condition from the basis or ground
//! declared in the policy ([`Basis::condition_for`],
//! [`Ground::condition_for`]; the names live in [`fact`]):
//!
//! | declared | condition | the caller asserts |
//! |---|---|---|
//! | use, basis [`Basis::Consent`] or [`Basis::ExplicitConsent`] | requires `consent:PURPOSE` | the user consented to the purpose |
//! | use, basis [`Basis::LegitimateInterest`] | unless `objection:PURPOSE` | the user objected to the purpose |
//! | use, any other basis | always | nothing |
//! | transfer ground [`Ground::Consent`] | requires `consent:RECIPIENT` | the user consented to sending to the recipient |
//! | transfer ground [`Ground::Unstated`] | always | nothing: the policy states no ground, and the decision is `allowed_ground_unstated` |
//! | any other transfer ground | requires the ground's plain fact ([`Ground::plain_fact`], named on each [`Ground`] variant and listed in [`fact::PLAIN`]), such as [`fact::LEGAL_REQUEST`] for [`Ground::LegalObligation`] | the ground holds: here, an authority lawfully requested the data |
//!
//! A transfer is allowed when any of its grounds holds; the decision reports
//! the first one in the policy's order.
//!
//! A purpose that is direct marketing ([`PurposeEntry::direct_marketing`])
//! can be objected to whatever its basis (GDPR Art. 21(2), (3)): where its
//! use's condition holds, `objection:PURPOSE` still denies it with
//! `objected`, and the decision names that objection as its condition. A
//! use on consent so needs the consent and no objection. The same
//! objection stops a tracker serving the purpose
//! ([`Rules::decide_tracker`], `objected`), even one that also serves
//! other purposes: setting it would serve the objected one too.
//!
//! The user's choices of US state law ([`fact::CHOICES`], typed as
//! [`fact::Choice`]) deny what a rule allows:
//!
//! | the caller asserts | denies | code |
//! |---|---|---|
//! | `opt_out:sale` | a transfer to a recipient whose [`RecipientEntry::disclosed_as`] holds [`Disclosure::Sale`], or whose rule's own [`TransferRule::disclosed_as`] does | `opted_out_of_sale` |
//! | `opt_out:share` | a transfer to a recipient disclosed as [`Disclosure::Share`] or [`Disclosure::TargetedAdvertising`], or whose rule's own [`TransferRule::disclosed_as`] is | `opted_out_of_sharing` |
//! | `gpc` | both, where the table's [`RuleTable::gpc`] is [`Stance::Honoured`]; nothing otherwise | as above |
//! | `limit:sensitive` | a use whose rule is [`UseRule::limitable`] (sensitive information beyond the purposes the law permits, see [`Basis::limitable`]) and whose purpose names no [`PurposeEntry::permitted_use`] | `limited_sensitive` |
//!
//! Every table knows these four facts, so the strict mode accepts them;
//! only the decisions they can change read them ([`Rules::fact_names`]).
//!
//! A purpose and a recipient never share an id (the compiler refuses it with
//! E0350, the loader with [`LoadError::SharedId`]), so `consent:ID` names one
//! of them. Build facts from ids with [`Fact`] and [`Rules::fact_set`] and
//! they cannot be misspelt. Facts by name that the table does not know
//! ([`Rules::unknown_facts`]) are handled fail-closed where a typo would let
//! something through, and ignored elsewhere:
//!
//! - an objection to a name that is not a purpose (`objection:targetting`)
//!   denies every use that an objection would stop (legitimate interests)
//!   with [`DecisionCode::UnknownFact`]: it may be a misspelt objection to
//!   that purpose (an objection kept for a purpose a later edition removed
//!   does the same: drop what `unknown_facts` lists when an edition loads);
//! - a misspelt consent or plain fact already denies (the right one is
//!   missing); other unknown facts (a consent to a purpose a later edition
//!   removed) are ignored, so that a release does not deny every decision
//!   of users with stale consents;
//! - the strict mode refuses any unknown fact: [`Rules::decide_use_strict`],
//!   [`Rules::decide_transfer_strict`] (denied with `unknown_fact`) and
//!   [`Rules::resolve_facts_strict`] (an [`UnknownFacts`] error where the
//!   facts are built).
//!
//! # Decisions
//!
//! | [`DecisionCode`] | allowed | when |
//! |---|---|---|
//! | `allowed` | yes | a rule links the two and its condition holds |
//! | `allowed_basis_unstated` | yes | a rule links the two and the policy states no basis for the purpose ([`Basis::Unstated`]): the use holds as declared, whatever the facts |
//! | `allowed_ground_unstated` | yes | a rule links the two and the policy states no ground for the transfer ([`Ground::Unstated`]): the transfer holds as declared, whatever the facts |
//! | `not_declared` | no | no rule links the two |
//! | `unknown_data`, `unknown_purpose`, `unknown_recipient` | no | a name is not in the table |
//! | `consent_missing` | no | the use requires a fact (consent) not asserted |
//! | `objected` | no | the use holds unless a fact (objection) that was asserted, or its purpose is direct marketing and the user objected to it (`objection:PURPOSE`) |
//! | `no_ground_holds` | no | the transfer is declared, none of its grounds holds |
//! | `foreign_facts` | no | the [`FactSet`] was resolved by another table |
//! | `consent_predates_purpose` | no | `decide_*_consented_under`: the consent was given under an edition before the purpose or recipient was introduced |
//! | `transfer_not_for_purpose` | no | `decide_flow`: the transfer names the purposes it serves (`transfer … for PURPOSE`), and the flow is for another |
//! | `unknown_fact` | no | an objection names no purpose and the use is one an objection stops (on legitimate interests, or for direct marketing); in strict mode, any fact the table does not know |
//! | `opted_out_of_sale` | no | a ground allows the transfer, but it is a sale and the user opted out (`opt_out:sale`, or `gpc` where honoured) |
//! | `opted_out_of_sharing` | no | a ground allows the transfer, but it is sharing or targeted advertising and the user opted out (`opt_out:share`, or `gpc` where honoured) |
//! | `limited_sensitive` | no | the use is allowed, but it is `limitable` and the user limited the use of their sensitive information (`limit:sensitive`) |
//!
//! # Trackers
//!
//! [`Rules::decide_tracker`] answers what a consent banner or a tag
//! manager asks before it sets a cookie, a pixel or an SDK: may tracker
//! `ID` be set, given the facts? It reads the table's [`TrackerEntry`]s
//! (left out of tables without trackers) and answers with a
//! [`TrackerDecision`], a type of its own: its code, the tracker, the
//! purpose whose condition failed and its basis (the condition is
//! derived on demand, [`TrackerDecision::condition`]), the user's choice
//! that denied it, the table's identity and
//! [`reason`](TrackerDecision::reason). Making one allocates nothing and
//! never panics.
//!
//! | [`TrackerCode`] | allowed | when |
//! |---|---|---|
//! | `strictly_necessary` | yes | the tracker's category is [`TrackerCategory::StrictlyNecessary`]: no consent needed, whatever the facts |
//! | `allowed` | yes | the condition of every purpose it serves holds, by the facts convention (`consent:PURPOSE`, unless `objection:PURPOSE`, or always) |
//! | `unknown_tracker` | no | the name is not a tracker of the table |
//! | `consent_missing` | no | a purpose it serves needs consent, not given (the first such purpose, in the policy's order, is named) |
//! | `objected` | no | the user objected to a purpose it serves: one on legitimate interests, or one that is direct marketing, whatever its basis (`objection:PURPOSE`; a tracker serving several purposes does not run once one of them is objected direct marketing, since setting it would serve that one too) |
//! | `unknown_fact` | no | a purpose it serves is one an objection stops (on legitimate interests, or direct marketing), and an objection names no purpose (it may be misspelt) |
//! | `serves_no_purpose` | no | it is not strictly necessary and serves no purpose |
//! | `opted_out_of_sharing` | no | the condition of every purpose it serves holds, but it is a `marketing` tracker, or its [`TrackerEntry::recipient`] is disclosed to as [`Disclosure::Share`] or [`Disclosure::TargetedAdvertising`], and the user opted out of sharing (`opt_out:share`, or `gpc` where [`RuleTable::gpc`] is [`Stance::Honoured`]) |
//! | `opted_out_of_sale` | no | the condition of every purpose it serves holds, but its [`TrackerEntry::recipient`] is disclosed to as [`Disclosure::Sale`], and the user opted out of sale (`opt_out:sale`, or `gpc` where honoured) |
//!
//! The opt-outs reach a tracker as they reach a transfer to the recipient
//! that provides it (`provider ID` in the policy, the entry's
//! `recipient`): the opt-out of sale first, where a disclosure to it is a
//! sale, then the opt-out of sharing, where it is sharing or targeted
//! advertising; the opt-out of sharing also reaches every tracker of
//! category `marketing`, advertising. A tracker whose provider is only
//! words reaches no recipient, so `opt_out:sale` does not stop it.
//!
//! A consent to the tracker itself (`consent:ga`) is no fact of the
//! convention: ask for consent to the purposes it serves.
//!
//! # Children
//!
//! [`Rules::decide_child`] answers what a sign-up form asks: may this
//! user use the service, given what is known of their age? It reads the
//! table's [`ChildrenEntry`] (the policy's `children` block: its
//! audience, minimum age, and whether it declares how a parent consents;
//! left out of tables without one) and three facts every table knows
//! ([`fact::AGE`]):
//!
//! | fact | the caller asserts |
//! |---|---|
//! | `child` | the user is below the policy's minimum age (or, where it states none, a child) |
//! | `age_verified` | the user's age was verified to be at least the minimum age: the user is no child, whatever else the facts say |
//! | `parental_consent` | a parent or guardian consented by the mechanism the policy declares |
//!
//! It answers with a [`ChildDecision`]: its code, the stance and the
//! table's identity, with [`reason`](ChildDecision::reason). Making one
//! allocates nothing and never panics; uses and transfers are decided
//! as before: ask the child question once, at sign-up or when the facts
//! change, and keep a user it denies out of the service.
//!
//! | [`ChildCode`] | allowed | when |
//! |---|---|---|
//! | `not_a_child` | yes | the facts do not say `child` |
//! | `age_verified` | yes | `age_verified`, whatever else the facts say |
//! | `parental_consent` | yes | `child`, the policy declares how a parent consents, and `parental_consent` |
//! | `no_minimum_age` | yes | `child`, and the policy states neither a minimum age nor a parent's consent (a service directed to children, say): nothing in it keeps a child out |
//! | `child_without_parental_consent` | no | `child`, the policy declares how a parent consents, and no `parental_consent` |
//! | `children_not_allowed` | no | `child`, the policy states a minimum age and no parent's consent: the age shuts children out, `parental_consent` or not |
//! | `no_stance` | no | `child`, and the table states no stance on children: fails closed |
//!
//! # Automated decisions
//!
//! [`Rules::decide_automated`] answers what a scoring or screening service
//! asks before it lets a decision made solely by automated means stand
//! (GDPR Art. 22): may decision `ID` be made about this user, given the
//! facts? It reads the table's [`AutomatedDecisionEntry`]s (left out of
//! tables without decisions: the data each uses, flattened onto the
//! categories inside, its [`AutomatedBasis`] and its [`Safeguard`]s) and
//! answers with an [`AutomatedDecision`], a type of its own: its code, the
//! decision, its basis, data and safeguards, the table's identity,
//! [`fact`](AutomatedDecision::fact) and
//! [`reason`](AutomatedDecision::reason). Making one allocates nothing
//! and never panics.
//!
//! | [`AutomatedCode`] | allowed | when |
//! |---|---|---|
//! | `explicit_consent_given` | yes | the basis is explicit consent (Art. 22(2)(c)) and the caller asserts `consent:ID`, the consent to the decision itself |
//! | `necessary_for_contract` | yes | the basis is a contract (Art. 22(2)(a)): it holds on no fact, as a use on a contract does |
//! | `authorised_by_law` | yes | the basis is a law (Art. 22(2)(b)): it holds on no fact |
//! | `human_review_requested` | no | the decision offers `human_review` and the user asked for it (`human_review:ID`): a person decides instead (Art. 22(3)); checked before the basis |
//! | `no_explicit_consent` | no | the basis is explicit consent and `consent:ID` is not asserted |
//! | `unknown_decision` | no | the name is not an automated decision of the table |
//!
//! `human_review:ID` means nothing to a decision that does not offer the
//! safeguard, and [`Rules::knows_fact`] does not know it there; a
//! consent to a purpose the decision's data is used for is no consent to
//! the decision.
//!
//! # Loading
//!
//! [`Rules`] refuses, with a [`LoadError`]: a file it cannot read, input
//! that is not JSON or is truncated (with line and column), a table of
//! another schema or schema version, a malformed digest or content that does
//! not match its digest (a table edited by hand), duplicate ids or rules,
//! references to undeclared categories, purposes or recipients, and a table
//! whose rules do not mean what they say: a condition other than the one
//! its basis or ground implies, a use on another basis than its purpose's,
//! parent links that loop or do not name the enclosing category, and a rule
//! of a category missing on a category inside it. The JSON Schema of the
//! format is [`JSON_SCHEMA`].
//!
//! # Signatures
//!
//! The digest can be recomputed by whoever edits the file; a signature
//! cannot. [`Rules::from_path_verified`] loads a table only if the
//! `rules.json.sig` beside it ([`TableSignature`], written by `policyc build
//! --sign`) signs its policy id, version and digest with one of the
//! [`TrustedKey`]s given; [`SharedRules::trusting`] and
//! [`Reloader::open_verified`] keep serving only such tables. Give several
//! keys to accept during a rotation.

mod date;
mod deadline;
mod decide;
mod digest;
mod editions;
pub mod fact;
mod facts;
mod index;
mod load;
mod meaning;
mod ops;
mod reload;
mod rules;
mod signature;
mod table;
mod version;
#[cfg(feature = "tokio")]
pub mod watch;

/// The JSON Schema (draft 2020-12) of the rule table, `schema/rules.schema.json`
/// in this crate's sources, for tools in other languages.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(policy_runtime::JSON_SCHEMA).unwrap();
/// assert_eq!(schema["$id"], policy_runtime::SCHEMA_ID);
/// ```
pub const JSON_SCHEMA: &str = include_str!("../schema/rules.schema.json");

pub use date::{Date, DateError};
pub use deadline::{
    Deadline, Event, EventDates, RetentionTerms, deadline_of, deadline_under, period_end,
    with_backups,
};
pub use decide::{Decision, DecisionCode, DecisionReport, Request, TableIdentity};
pub use digest::{DIGEST_PREFIX, compute_digest, digest_of, is_well_formed_digest};
pub use editions::Editions;
pub use fact::{Choice, Fact};
pub use facts::{FactSet, Facts};
pub use load::{IdKind, LoadError, Reference};
pub use ops::{Batch, CodeCounts, DecisionMetrics, Flow, Registry};
pub use reload::{ReloadGuard, Reloaded, Reloader, SharedRules};
pub use rules::{
    AutomatedCode, AutomatedDecision, AutomatedId, AutomatedReport, ChildCode, ChildDecision,
    ChildReport, DataId, PurposeId, RecipientId, Rules, TrackerCode, TrackerDecision, TrackerId,
    TrackerReport, UnknownFacts,
};
pub use signature::{
    ALGORITHM, KeyError, KeyId, SIGNATURE_SCHEMA_ID, SIGNATURE_SUFFIX, TableSignature, TrustedKey,
    signature_path, signed_message, verify_message,
};
pub use table::{
    Audience, AutomatedBasis, AutomatedDecisionEntry, Backups, Basis, Cap, ChildrenEntry,
    Condition, DataEntry, Disclosure, Ground, GroundRule, Identity, OptOutReach, PermittedUse,
    PurposeEntry, RecipientEntry, RecipientKind, RetentionEnd, RetentionPeriod, RetentionRule,
    RuleTable, SCHEMA_ID, SCHEMA_VERSION, Safeguard, SpecialCondition, Stance, TimeUnit,
    TrackerCategory, TrackerEntry, TrackerParty, TransferRule, UseRule,
};
pub use version::version_order;
