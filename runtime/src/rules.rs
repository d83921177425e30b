//! [`Rules`]: a validated, indexed rule table that answers decisions.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use crate::decide::{Decision, DecisionCode, Request, TableIdentity};
use crate::fact::{CONSENT_PREFIX, Choice, Fact, OBJECTION_PREFIX, PLAIN};
use crate::facts::{self, Assertions, FactSet, Facts, TypedBits};
use crate::index::Index;
use crate::index::{SHARED, SOLD};
use crate::load::{self, LoadError};
use crate::signature::{self, KeyId, TrustedKey};
use crate::table::{
    Backups, RetentionEnd, RetentionPeriod, RetentionRule, RuleTable, SpecialCondition,
    TransferRule, UseRule,
};

mod child;
pub use child::{ChildCode, ChildDecision, ChildReport};
mod automated;
mod tracker;
pub use automated::{AutomatedCode, AutomatedDecision, AutomatedReport};
pub use tracker::{TrackerCode, TrackerDecision, TrackerReport};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Ids are positions in the table's lists; they belong to the
        /// [`Rules`] that issued them (and any with the same content).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(u32);

        impl $name {
            /// The position of the entry in its list of the table.
            #[must_use]
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// A data category, resolved by [`Rules::data_id`].
    DataId
);
id_type!(
    /// A purpose, resolved by [`Rules::purpose_id`].
    PurposeId
);
id_type!(
    /// A recipient, resolved by [`Rules::recipient_id`].
    RecipientId
);
id_type!(
    /// A tracker (cookie, pixel, SDK), resolved by [`Rules::tracker_id`].
    TrackerId
);
id_type!(
    /// An automated decision, resolved by [`Rules::automated_id`].
    AutomatedId
);

/// A loaded rule table, checked and indexed: asks "may I?" in nanoseconds.
///
/// Build one with [`from_path`](Self::from_path),
/// [`from_slice`](Self::from_slice), [`from_reader`](Self::from_reader) or
/// [`from_table`](Self::from_table); each refuses a malformed, foreign or
/// tampered table with a [`LoadError`]. `Rules` is immutable, `Send` and
/// `Sync`: share it behind an `Arc` (see [`SharedRules`](crate::SharedRules)).
///
/// ```
/// # use policy_runtime::*;
/// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// # table.data.push(DataEntry::new("account.email", "Email", Identity::Identified));
/// # table.purposes.push(PurposeEntry::new("billing", "Billing", Basis::Contract));
/// # table.uses.push(UseRule::new("account.email", "billing", Basis::Contract));
/// # table.seal();
/// # let json = serde_json::to_vec(&table).unwrap();
/// let rules = Rules::from_slice(&json)?;
/// assert!(rules.decide_use("account.email", "billing", &Facts::new()).allowed);
///
/// // hot path: resolve names and facts once, decide by ids
/// let email = rules.data_id("account.email").unwrap();
/// let billing = rules.purpose_id("billing").unwrap();
/// let facts = rules.resolve_facts(&Facts::new());
/// assert!(rules.decide_use_ids(email, billing, &facts).allowed);
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rules {
    table: RuleTable,
    index: Index,
    /// The fact numbers of typed facts.
    typed: TypedBits,
    /// The trusted key whose signature was verified on load, if any.
    signer: Option<KeyId>,
    /// The table's policy id, version and digest, which every decision
    /// points to.
    identity: TableIdentity,
}

impl Rules {
    /// Checks and indexes `table`: its schema, version and digest (call
    /// [`RuleTable::seal`] after building one in code), unique ids, that
    /// every reference is declared, and that its rules mean what their
    /// bases, grounds and parents say.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] naming the first problem found.
    pub fn from_table(table: RuleTable) -> Result<Self, LoadError> {
        load::check_header(&table)?;
        Self::indexed(table, None)
    }

    /// Parses, checks and indexes a `rules.json`.
    ///
    /// # Errors
    ///
    /// The [`LoadError`] naming the first problem found; a truncated file or
    /// one that is not JSON is reported with its line and column.
    pub fn from_slice(json: &[u8]) -> Result<Self, LoadError> {
        Self::indexed(load::parse(json)?, None)
    }

    /// As [`from_slice`](Self::from_slice), and refuses the table unless
    /// `signature` (the bytes of its `rules.json.sig`) signs it with one of
    /// the `trusted` keys.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # table.seal();
    /// # let json = serde_json::to_vec(&table).unwrap();
    /// # let trusted: Vec<TrustedKey> = Vec::new();
    /// let err = Rules::from_slice_verified(&json, b"{}", &trusted).unwrap_err();
    /// assert!(matches!(err, LoadError::MalformedSignature(_)));
    /// ```
    ///
    /// # Errors
    ///
    /// As `from_slice`, then [`LoadError::MalformedSignature`],
    /// [`UnsupportedSignature`](LoadError::UnsupportedSignature),
    /// [`SignatureOfAnotherTable`](LoadError::SignatureOfAnotherTable),
    /// [`UntrustedKey`](LoadError::UntrustedKey),
    /// [`SignatureEncoding`](LoadError::SignatureEncoding) or
    /// [`BadSignature`](LoadError::BadSignature).
    pub fn from_slice_verified(
        json: &[u8],
        signature: &[u8],
        trusted: &[TrustedKey],
    ) -> Result<Self, LoadError> {
        let table = load::parse(json)?;
        let signer = signature::verify(&table, signature, trusted)?;
        Self::indexed(table, Some(signer))
    }

    /// Indexes a table whose header was checked, then checks its meaning.
    fn indexed(table: RuleTable, signer: Option<KeyId>) -> Result<Self, LoadError> {
        let index = Index::build(&table)?;
        crate::meaning::check(&table, &index)?;
        let typed = TypedBits::new(&table, &index.facts);
        let identity = TableIdentity::of(&table);
        Ok(Self {
            table,
            index,
            typed,
            signer,
            identity,
        })
    }

    /// Reads `reader` to its end, then as [`from_slice`](Self::from_slice).
    ///
    /// # Errors
    ///
    /// [`LoadError::Io`] if reading fails, else as `from_slice`.
    pub fn from_reader(reader: impl Read) -> Result<Self, LoadError> {
        Self::from_slice(&load::read_all(reader, None)?)
    }

    /// Reads the file at `path`, then as [`from_slice`](Self::from_slice).
    ///
    /// # Errors
    ///
    /// [`LoadError::Io`] (with the path) if the file cannot be read, else as
    /// `from_slice`.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let path = path.as_ref();
        Self::from_slice(&read_file(path)?)
    }

    /// Reads the table at `path` and its signature beside it
    /// ([`signature_path`](crate::signature_path): `rules.json.sig`), then
    /// as [`from_slice_verified`](Self::from_slice_verified). Pass every key
    /// to accept: during a rotation, the old and the new.
    ///
    /// ```no_run
    /// use policy_runtime::{Rules, TrustedKey};
    ///
    /// let key = TrustedKey::from_base64(&std::fs::read_to_string("keys/release.pub")?)?;
    /// let rules = Rules::from_path_verified("generated/shop/rules.json", &[key])?;
    /// assert!(rules.signed_by().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`LoadError::Unsigned`] if there is no signature file, else as
    /// `from_path` and `from_slice_verified`.
    pub fn from_path_verified(
        path: impl AsRef<Path>,
        trusted: &[TrustedKey],
    ) -> Result<Self, LoadError> {
        let path = path.as_ref();
        let json = read_file(path)?;
        let sig_path = signature::signature_path(path);
        let sig = match read_file(&sig_path) {
            Err(LoadError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
                return Err(LoadError::Unsigned {
                    path: Some(sig_path),
                });
            }
            other => other?,
        };
        Self::from_slice_verified(&json, &sig, trusted)
    }

    /// The id of the trusted key whose signature was verified when these
    /// rules were loaded; `None` when they were loaded without verification.
    #[must_use]
    pub const fn signed_by(&self) -> Option<&KeyId> {
        self.signer.as_ref()
    }

    /// The table, as loaded.
    #[must_use]
    pub const fn table(&self) -> &RuleTable {
        &self.table
    }

    /// Gives the table back.
    #[must_use]
    pub fn into_table(self) -> RuleTable {
        self.table
    }

    /// The table's policy id, version and digest, as decisions name it.
    #[must_use]
    pub const fn identity(&self) -> &TableIdentity {
        &self.identity
    }

    /// The policy id.
    #[must_use]
    pub fn policy(&self) -> &str {
        &self.table.policy
    }

    /// The policy edition's version.
    #[must_use]
    pub fn version(&self) -> &str {
        &self.table.version
    }

    /// The table's digest (`sha256:…`).
    #[must_use]
    pub fn digest(&self) -> &str {
        &self.table.digest
    }

    /// The id of data category `name`.
    #[must_use]
    pub fn data_id(&self, name: &str) -> Option<DataId> {
        self.index.data.get(name).copied().map(DataId)
    }

    /// The id of purpose `name`.
    #[must_use]
    pub fn purpose_id(&self, name: &str) -> Option<PurposeId> {
        self.index.purposes.get(name).copied().map(PurposeId)
    }

    /// The id of recipient `name`.
    #[must_use]
    pub fn recipient_id(&self, name: &str) -> Option<RecipientId> {
        self.index.recipients.get(name).copied().map(RecipientId)
    }

    /// The id of tracker `name`, for
    /// [`decide_tracker_ids`](Self::decide_tracker_ids).
    #[must_use]
    pub fn tracker_id(&self, name: &str) -> Option<TrackerId> {
        self.index.trackers.get(name).map(|&t| TrackerId(t))
    }

    /// The id of automated decision `name`, for
    /// [`decide_automated_ids`](Self::decide_automated_ids).
    #[must_use]
    pub fn automated_id(&self, name: &str) -> Option<AutomatedId> {
        self.index.decisions.get(name).map(|&d| AutomatedId(d))
    }

    /// The fact names the table's conditions mention, sorted: the only facts
    /// that change any decision.
    pub fn fact_names(&self) -> impl ExactSizeIterator<Item = &str> {
        self.index.facts.names()
    }

    /// Interns `facts` for [`decide_use_ids`](Self::decide_use_ids),
    /// [`decide_transfer_ids`](Self::decide_transfer_ids),
    /// [`decide_tracker_ids`](Self::decide_tracker_ids),
    /// [`decide_child_ids`](Self::decide_child_ids) and
    /// [`decide_automated_ids`](Self::decide_automated_ids); facts no
    /// decision reads are dropped, but an objection to a name that is not
    /// a purpose is remembered (see [`DecisionCode::UnknownFact`]), and the
    /// facts about the user's age ([`fact::AGE`](crate::fact::AGE)) are
    /// always kept.
    #[must_use]
    pub fn resolve_facts(&self, facts: &Facts) -> FactSet {
        let unplaced =
            facts::unplaced_objection(facts, &self.index.purposes, &self.index.recipients);
        self.index
            .facts
            .resolve(facts, self.index.tag, unplaced)
            .with_age_of(facts)
    }

    /// As [`resolve_facts`](Self::resolve_facts), but refuses facts the
    /// table does not know ([`unknown_facts`](Self::unknown_facts)): the
    /// strict mode, for a service that wants a misspelt or stale fact to be
    /// an error where the facts are built.
    ///
    /// # Errors
    ///
    /// [`UnknownFacts`] naming every unknown fact.
    pub fn resolve_facts_strict(&self, facts: &Facts) -> Result<FactSet, UnknownFacts> {
        let unknown: Vec<String> = self.unknown_facts(facts).map(str::to_owned).collect();
        if unknown.is_empty() {
            Ok(self.resolve_facts(facts))
        } else {
            Err(UnknownFacts { names: unknown })
        }
    }

    /// The fact set of typed `facts`: one allocation (the bitset), no
    /// string built or hashed. [`Fact`] names no fact about the user's age
    /// and none of an automated decision, so a set made here asserts none
    /// of them (to [`decide_child_ids`](Self::decide_child_ids) the user is
    /// then not a child): resolve those with
    /// [`resolve_facts`](Self::resolve_facts).
    #[must_use]
    pub fn fact_set(&self, facts: impl IntoIterator<Item = Fact>) -> FactSet {
        let bits = facts
            .into_iter()
            .filter_map(|f| self.typed.bit(f, &self.index.facts, &self.index.choices));
        self.index.facts.set_of(bits, self.index.tag, false)
    }

    /// The name of a typed fact (`consent:marketing`), for [`Facts`] or
    /// logs; `None` for an id of another table or a ground without a plain
    /// fact.
    #[must_use]
    pub fn fact_name(&self, fact: Fact) -> Option<String> {
        match fact {
            Fact::ConsentToPurpose(p) => self
                .table
                .purposes
                .get(p.index())
                .map(|p| crate::fact::consent(&p.id)),
            Fact::ObjectionTo(p) => self
                .table
                .purposes
                .get(p.index())
                .map(|p| crate::fact::objection(&p.id)),
            Fact::ConsentToRecipient(r) => self
                .table
                .recipients
                .get(r.index())
                .map(|r| crate::fact::consent(&r.id)),
            Fact::ObjectionToRecipient(r) => self
                .table
                .recipients
                .get(r.index())
                .map(|r| crate::fact::objection(&r.id)),
            Fact::GroundHolds(ground) => ground.plain_fact().map(str::to_owned),
            Fact::Chose(choice) => Some(choice.name().to_owned()),
        }
    }

    /// Whether `name` is a fact of this table: one a condition reads,
    /// `consent:ID` or `objection:ID` of a purpose or recipient,
    /// `consent:DECISION` of an automated decision on explicit consent and
    /// `human_review:DECISION` of one that offers human review,
    /// a plain fact of a ground ([`fact::PLAIN`](crate::fact::PLAIN)), or a
    /// choice of US state law ([`fact::CHOICES`](crate::fact::CHOICES)) or
    /// a fact about the user's age ([`fact::AGE`](crate::fact::AGE)),
    /// which every table knows, since a service asserts them for every user.
    #[must_use]
    pub fn knows_fact(&self, name: &str) -> bool {
        if self.index.facts.bit(name).is_some()
            || PLAIN.contains(&name)
            || crate::fact::CHOICES.contains(&name)
            || crate::fact::AGE.contains(&name)
        {
            return true;
        }
        if self.knows_automated_fact(name) {
            return true;
        }
        if let Some(id) = name.strip_prefix(CONSENT_PREFIX) {
            return self.index.purposes.contains_key(id) || self.index.recipients.contains_key(id);
        }
        name.strip_prefix(OBJECTION_PREFIX).is_some_and(|id| {
            self.index.purposes.contains_key(id) || self.index.recipients.contains_key(id)
        })
    }

    /// The facts of `facts` this table does not know
    /// ([`knows_fact`](Self::knows_fact)), in sorted order: a misspelt
    /// name (`objection:targetting`), or a consent to a purpose this
    /// edition no longer declares.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # table.purposes.push(PurposeEntry::new("targeting", "Ads", Basis::LegitimateInterest));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let facts = Facts::from_iter(["objection:targetting", "consent:targeting", "legal_request"]);
    /// assert_eq!(rules.unknown_facts(&facts).collect::<Vec<_>>(), ["objection:targetting"]);
    /// # Ok::<(), LoadError>(())
    /// ```
    pub fn unknown_facts<'f>(&'f self, facts: &'f Facts) -> impl Iterator<Item = &'f str> {
        facts.iter().filter(|f| !self.knows_fact(f))
    }

    /// As [`decide_use`](Self::decide_use) in strict mode: denied with
    /// [`DecisionCode::UnknownFact`] when `facts` hold a fact the table
    /// does not know.
    #[must_use]
    pub fn decide_use_strict<'a>(
        &'a self,
        data: &'a str,
        purpose: &'a str,
        facts: &Facts,
    ) -> Decision<'a> {
        let decision = self.decide_use(data, purpose, facts);
        self.strictly(decision, facts)
    }

    /// As [`decide_transfer`](Self::decide_transfer) in strict mode: denied
    /// with [`DecisionCode::UnknownFact`] when `facts` hold a fact the table
    /// does not know.
    #[must_use]
    pub fn decide_transfer_strict<'a>(
        &'a self,
        data: &'a str,
        recipient: &'a str,
        facts: &Facts,
    ) -> Decision<'a> {
        let decision = self.decide_transfer(data, recipient, facts);
        self.strictly(decision, facts)
    }

    /// `decision`, or a denial when `facts` hold an unknown fact and the
    /// decision would have allowed.
    fn strictly<'a>(&'a self, decision: Decision<'a>, facts: &Facts) -> Decision<'a> {
        if !decision.allowed || self.unknown_facts(facts).next().is_none() {
            return decision;
        }
        Decision {
            allowed: false,
            code: DecisionCode::UnknownFact,
            condition: None,
            ground: None,
            ..decision
        }
    }

    /// How long data category `data` is kept (empty: nothing declared);
    /// `None` if the table has no such category.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # let mut email = DataEntry::new("account.email", "Email", Identity::Identified);
    /// # email.retention.push(RetentionPeriod::Until { event: "account deletion".into() });
    /// # table.data.push(email);
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let kept = rules.retention("account.email").unwrap();
    /// assert_eq!(kept[0].to_string(), "until account deletion");
    /// assert!(rules.retention("nope").is_none());
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn retention(&self, data: &str) -> Option<&[RetentionPeriod]> {
        let id = self.data_id(data)?;
        self.table
            .data
            .get(id.index())
            .map(|d| d.retention.as_slice())
    }

    /// The condition of GDPR Art. 9(2) under which `purpose` processes
    /// special categories, as the policy states it, for a service to show;
    /// `None` for a purpose that states none, or an unknown purpose. It
    /// decides nothing: explicit consent decides through the consent fact.
    ///
    /// ```
    /// use policy_runtime::{Basis, PurposeEntry, RuleTable, Rules, SpecialCondition};
    ///
    /// let mut table = RuleTable::new("clinic", "1.0.0", "2026-12-01");
    /// let mut care = PurposeEntry::new("care", "Treatment", Basis::Contract);
    /// care.special_condition = Some(SpecialCondition::HealthCare);
    /// table.purposes.push(care);
    /// table.digest = policy_runtime::compute_digest(&table);
    /// let rules = Rules::from_table(table)?;
    /// assert_eq!(rules.special_condition("care"), Some(SpecialCondition::HealthCare));
    /// assert_eq!(rules.special_condition("care").map(SpecialCondition::letter), Some('h'));
    /// assert_eq!(rules.special_condition("nope"), None);
    /// # Ok::<(), policy_runtime::LoadError>(())
    /// ```
    #[must_use]
    pub fn special_condition(&self, purpose: &str) -> Option<SpecialCondition> {
        let id = self.purpose_id(purpose)?;
        self.table
            .purposes
            .get(id.index())
            .and_then(|p| p.special_condition)
    }

    /// The use rules of data category `data` (what it may be used for), by
    /// purpose id; none for an unknown category.
    pub fn uses_of(&self, data: &str) -> impl Iterator<Item = &UseRule> {
        let slots = self
            .data_id(data)
            .map_or(&[][..], |d| self.index.uses_of(d.0));
        slots
            .iter()
            .filter_map(|s| self.table.uses.get(s.rule as usize))
    }

    /// The transfer rules of data category `data` (whom it may be sent to),
    /// by recipient id; none for an unknown category.
    pub fn transfers_of(&self, data: &str) -> impl Iterator<Item = &TransferRule> {
        let slots = self
            .data_id(data)
            .map_or(&[][..], |d| self.index.transfers_of(d.0));
        slots
            .iter()
            .filter_map(|s| self.table.transfers.get(s.rule as usize))
    }

    /// May `data` be used for `purpose`, given `facts`?
    ///
    /// Resolves both names (a hash lookup each) then decides as
    /// [`decide_use_ids`](Self::decide_use_ids), checking conditions by name.
    #[must_use]
    pub fn decide_use<'a>(
        &'a self,
        data: &'a str,
        purpose: &'a str,
        facts: &Facts,
    ) -> Decision<'a> {
        let request = Request::Use { data, purpose };
        let Some(d) = self.index.data.get(data).copied() else {
            return self.bare(DecisionCode::UnknownData, request, &[]);
        };
        let Some(p) = self.index.purposes.get(purpose).copied() else {
            return self.bare(
                DecisionCode::UnknownPurpose,
                request,
                self.data_retention(d),
            );
        };
        self.use_decision(request, d, p, facts)
    }

    /// May data `data` be used for purpose `purpose`, given `facts`? The hot
    /// path: a binary search among the category's few rules and a bit test.
    /// Allocates nothing.
    #[must_use]
    #[inline]
    pub fn decide_use_ids(
        &self,
        data: DataId,
        purpose: PurposeId,
        facts: &FactSet,
    ) -> Decision<'_> {
        let (Some(d), Some(p)) = (
            self.table.data.get(data.index()),
            self.table.purposes.get(purpose.index()),
        ) else {
            return self.bare_ids_use(data, purpose);
        };
        let request = Request::Use {
            data: &d.id,
            purpose: &p.id,
        };
        self.use_decision(request, data.0, purpose.0, facts)
    }

    /// May `data` be sent to `recipient`, given `facts`?
    #[must_use]
    pub fn decide_transfer<'a>(
        &'a self,
        data: &'a str,
        recipient: &'a str,
        facts: &Facts,
    ) -> Decision<'a> {
        let request = Request::Transfer { data, recipient };
        let Some(d) = self.index.data.get(data).copied() else {
            return self.bare(DecisionCode::UnknownData, request, &[]);
        };
        let Some(r) = self.index.recipients.get(recipient).copied() else {
            return self.bare(
                DecisionCode::UnknownRecipient,
                request,
                self.data_retention(d),
            );
        };
        let retention = self.data_retention(d);
        self.transfer_decision(request, (d, retention), r, facts)
    }

    /// May data `data` be sent to recipient `recipient`, given `facts`? The
    /// hot path; allocates nothing.
    #[must_use]
    #[inline]
    pub fn decide_transfer_ids(
        &self,
        data: DataId,
        recipient: RecipientId,
        facts: &FactSet,
    ) -> Decision<'_> {
        let (Some(d), Some(r)) = (
            self.table.data.get(data.index()),
            self.table.recipients.get(recipient.index()),
        ) else {
            let d = self
                .table
                .data
                .get(data.index())
                .map_or("", |d| d.id.as_str());
            let request = Request::Transfer {
                data: d,
                recipient: self
                    .table
                    .recipients
                    .get(recipient.index())
                    .map_or("", |r| r.id.as_str()),
            };
            let code = if d.is_empty() {
                DecisionCode::UnknownData
            } else {
                DecisionCode::UnknownRecipient
            };
            return self.bare(code, request, self.data_retention(data.0));
        };
        let request = Request::Transfer {
            data: &d.id,
            recipient: &r.id,
        };
        self.transfer_decision(request, (data.0, &d.retention), recipient.0, facts)
    }

    #[cold]
    fn bare_ids_use(&self, data: DataId, purpose: PurposeId) -> Decision<'_> {
        let d = self
            .table
            .data
            .get(data.index())
            .map_or("", |d| d.id.as_str());
        let request = Request::Use {
            data: d,
            purpose: self
                .table
                .purposes
                .get(purpose.index())
                .map_or("", |p| p.id.as_str()),
        };
        let code = if d.is_empty() {
            DecisionCode::UnknownData
        } else {
            DecisionCode::UnknownPurpose
        };
        self.bare(code, request, self.data_retention(data.0))
    }

    #[inline]
    fn bare<'a>(
        &'a self,
        code: DecisionCode,
        request: Request<'a>,
        retention: &'a [RetentionPeriod],
    ) -> Decision<'a> {
        Decision::bare(code, request, retention, &self.identity)
    }

    /// The retention of `data` for `purpose`: the use rule's when it
    /// states one, else the category's; `None` for an id of no entry.
    pub(crate) fn retention_ids(
        &self,
        data: DataId,
        purpose: Option<PurposeId>,
    ) -> Option<&[RetentionPeriod]> {
        let entry = self.table.data.get(data.index())?;
        let rule = match purpose {
            Some(p) => {
                self.table.purposes.get(p.index())?;
                self.index
                    .use_slot(data.0, p.0)
                    .and_then(|s| self.table.uses.get(s.rule as usize))
            }
            None => None,
        };
        Some(match rule {
            Some(rule) if !rule.retention.is_empty() => &rule.retention,
            _ => &entry.retention,
        })
    }

    /// The rule that combines the periods [`retention_ids`](Self::retention_ids)
    /// returns: from the same use rule or category.
    pub(crate) fn retention_rule_ids(
        &self,
        data: DataId,
        purpose: Option<PurposeId>,
    ) -> Option<RetentionRule> {
        let entry = self.table.data.get(data.index())?;
        let rule = purpose.and_then(|p| {
            self.index
                .use_slot(data.0, p.0)
                .and_then(|s| self.table.uses.get(s.rule as usize))
        });
        match rule {
            Some(rule) if !rule.retention.is_empty() => rule.retention_rule,
            _ => entry.retention_rule,
        }
    }

    /// The end and backups of the retention [`retention_ids`](Self::retention_ids)
    /// returns: from the same use rule or category.
    pub(crate) fn ending_ids(
        &self,
        data: DataId,
        purpose: Option<PurposeId>,
    ) -> Option<(Option<RetentionEnd>, Option<Backups>)> {
        let entry = self.table.data.get(data.index())?;
        let rule = match purpose {
            Some(p) => {
                self.table.purposes.get(p.index())?;
                self.index
                    .use_slot(data.0, p.0)
                    .and_then(|s| self.table.uses.get(s.rule as usize))
            }
            None => None,
        };
        Some(match rule {
            Some(rule) if !rule.retention.is_empty() => (rule.retention_end, rule.backups),
            _ => (entry.retention_end, entry.backups),
        })
    }

    #[inline]
    fn data_retention(&self, data: u32) -> &[RetentionPeriod] {
        self.table
            .data
            .get(data as usize)
            .map_or(&[], |d| d.retention.as_slice())
    }

    #[inline]
    fn use_decision<'a>(
        &'a self,
        request: Request<'a>,
        data: u32,
        purpose: u32,
        facts: &impl Assertions,
    ) -> Decision<'a> {
        let data_retention = self.data_retention(data);
        let Some((slot, rule)) = self
            .index
            .use_slot(data, purpose)
            .and_then(|s| Some((s, self.table.uses.get(s.rule as usize)?)))
        else {
            return self.bare(DecisionCode::NotDeclared, request, data_retention);
        };
        let mut condition = &rule.condition;
        let code = match facts.check(slot.cond, &rule.condition, self.index.tag) {
            Some(true) if !slot.plain => {
                self.qualified_use(purpose, slot, rule, facts, &mut condition)
            }
            // An objection that names no purpose may be a misspelt
            // objection to this one: fail closed.
            Some(true)
                if matches!(slot.cond, crate::facts::Cond::Unless(_))
                    && facts.unplaced_objection(&self.index.purposes, &self.index.recipients) =>
            {
                DecisionCode::UnknownFact
            }
            Some(true) => DecisionCode::Allowed,
            Some(false) => match rule.condition {
                crate::Condition::Unless { .. } => DecisionCode::Objected,
                _ => DecisionCode::ConsentMissing,
            },
            None => DecisionCode::ForeignFacts,
        };
        let retention = if rule.retention.is_empty() {
            data_retention
        } else {
            &rule.retention
        };
        Decision {
            basis: Some(rule.basis),
            condition: Some(condition),
            choice: (code == DecisionCode::LimitedSensitive).then_some(Choice::LimitSensitive),
            ..self.bare(code, request, retention)
        }
    }

    /// The code of a use whose condition holds, when the condition alone
    /// does not decide (the slot is not `plain`): the objection to a
    /// direct-marketing purpose stops it whatever its condition (GDPR Art.
    /// 21(2), (3)), and the decision then names that objection as its
    /// `condition`; a sensitive use stops when the user limits it; an
    /// unstated basis allows with its own code.
    fn qualified_use<'a>(
        &'a self,
        purpose: u32,
        slot: &crate::index::UseSlot,
        rule: &'a crate::UseRule,
        facts: &impl Assertions,
        condition: &mut &'a crate::Condition,
    ) -> DecisionCode {
        let marketing = self.index.marketing_objection(purpose);
        // An objection that names no purpose may be a misspelt objection
        // to this one: fail closed.
        if (matches!(slot.cond, crate::facts::Cond::Unless(_)) || marketing.is_some())
            && facts.unplaced_objection(&self.index.purposes, &self.index.recipients)
        {
            if let Some((_, objection)) = marketing {
                *condition = objection;
            }
            return DecisionCode::UnknownFact;
        }
        if let Some((cond, objection)) = marketing {
            match facts.check(cond, objection, self.index.tag) {
                Some(false) => {
                    *condition = objection;
                    return DecisionCode::Objected;
                }
                None => return DecisionCode::ForeignFacts,
                Some(true) => {}
            }
        }
        if slot.limitable {
            match self.chose(facts, Choice::LimitSensitive) {
                Some(true) => return DecisionCode::LimitedSensitive,
                None => return DecisionCode::ForeignFacts,
                Some(false) => {}
            }
        }
        if rule.basis == crate::Basis::Unstated {
            DecisionCode::AllowedBasisUnstated
        } else {
            DecisionCode::Allowed
        }
    }

    /// Whether `facts` assert `choice`, as a decision of this table reads
    /// it; `None` for facts of another table.
    #[inline]
    fn chose(&self, facts: &impl Assertions, choice: Choice) -> Option<bool> {
        let bit = self.index.choices.get(choice.index()).copied().flatten();
        facts.asserts(bit, choice.name(), self.index.tag)
    }

    /// The user's choice that stops a transfer that a ground allows, to a
    /// recipient of opt-out bits `bits`, with its code: an opt-out of sale,
    /// then of sharing, each made by its own fact or by GPC where
    /// honoured. `Err(())` for facts of another table.
    #[inline]
    fn opted_out(
        &self,
        bits: u8,
        facts: &impl Assertions,
    ) -> Result<Option<(DecisionCode, Choice)>, ()> {
        if bits == 0 {
            return Ok(None);
        }
        let stops = [
            (SOLD, Choice::OptOutOfSale, DecisionCode::OptedOutOfSale),
            (SOLD, Choice::Gpc, DecisionCode::OptedOutOfSale),
            (
                SHARED,
                Choice::OptOutOfSharing,
                DecisionCode::OptedOutOfSharing,
            ),
            (SHARED, Choice::Gpc, DecisionCode::OptedOutOfSharing),
        ];
        for (bit, choice, code) in stops {
            if bits & bit != 0 && self.chose(facts, choice).ok_or(())? {
                return Ok(Some((code, choice)));
            }
        }
        Ok(None)
    }

    /// The code of a transfer that ground `ground` allows, when the slot
    /// is not `plain`: the user's opt-out stops it, with the choice that
    /// did; an unstated ground allows with its own code.
    fn qualified_transfer(
        &self,
        opt_outs: u8,
        ground: crate::Ground,
        facts: &impl Assertions,
    ) -> (DecisionCode, Option<Choice>) {
        match self.opted_out(opt_outs, facts) {
            Ok(Some((code, choice))) => (code, Some(choice)),
            Ok(None) if ground == crate::Ground::Unstated => {
                (DecisionCode::AllowedGroundUnstated, None)
            }
            Ok(None) => (DecisionCode::Allowed, None),
            Err(()) => (DecisionCode::ForeignFacts, None),
        }
    }

    #[inline]
    /// The transfer rule of `data` to `recipient`, if one is declared.
    pub(crate) fn transfer_rule(
        &self,
        data: DataId,
        recipient: RecipientId,
    ) -> Option<&crate::TransferRule> {
        let slot = self.index.transfer_slot(data.0, recipient.0)?;
        self.table.transfers.get(slot.rule as usize)
    }

    #[inline]
    fn transfer_decision<'a>(
        &'a self,
        request: Request<'a>,
        (data, data_retention): (u32, &'a [RetentionPeriod]),
        recipient: u32,
        facts: &impl Assertions,
    ) -> Decision<'a> {
        let Some((slot, rule)) = self
            .index
            .transfer_slot(data, recipient)
            .and_then(|s| Some((s, self.table.transfers.get(s.rule as usize)?)))
        else {
            return Decision {
                recipient_kind: self
                    .table
                    .recipients
                    .get(recipient as usize)
                    .and_then(|r| r.kind),
                ..self.bare(DecisionCode::NotDeclared, request, data_retention)
            };
        };
        let conds = self
            .index
            .ground_conds
            .get(slot.grounds as usize..)
            .unwrap_or(&[]);
        // A ground that holds decides; the plain case, by far the most
        // common, with its code and choice known here.
        let decided = |ground: &'a crate::GroundRule, code, choice| Decision {
            recipient_kind: slot.recipient_kind,
            ground: Some(ground.ground),
            condition: Some(&ground.condition),
            grounds: &rule.grounds,
            choice,
            ..self.bare(code, request, data_retention)
        };
        let mut foreign = false;
        for (ground, &cond) in rule.grounds.iter().zip(conds) {
            match facts.check(cond, &ground.condition, self.index.tag) {
                Some(true) if slot.plain => return decided(ground, DecisionCode::Allowed, None),
                Some(true) => {
                    let (code, choice) =
                        self.qualified_transfer(slot.opt_outs, ground.ground, facts);
                    return decided(ground, code, choice);
                }
                Some(false) => {}
                None => foreign = true,
            }
        }
        let code = if foreign {
            DecisionCode::ForeignFacts
        } else {
            DecisionCode::NoGroundHolds
        };
        Decision {
            recipient_kind: slot.recipient_kind,
            grounds: &rule.grounds,
            ..self.bare(code, request, data_retention)
        }
    }
}

/// The bytes of the file at `path`.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = File::open(path).map_err(|source| LoadError::Io {
        path: Some(path.to_path_buf()),
        source: std::sync::Arc::new(source),
    })?;
    load::read_all(file, Some(path))
}

/// Facts a table does not know, refused by
/// [`Rules::resolve_facts_strict`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UnknownFacts {
    /// The unknown names, sorted.
    pub names: Vec<String>,
}

impl std::fmt::Display for UnknownFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "facts the rule table does not know: ")?;
        let mut first = true;
        for name in &self.names {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "`{name}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownFacts {}
