//! Operating the runtime in a service: decisions in batches, a metrics
//! hook, and a registry of tables per tenant.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::decide::{Decision, DecisionCode, Request};
use crate::facts::{FactSet, Facts};
use crate::reload::SharedRules;
use crate::rules::{DataId, PurposeId, RecipientId, Rules};

/// The decisions of a batch, allowed and denied apart, each in the order
/// asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch<'a> {
    /// The requests allowed.
    pub allowed: Vec<Decision<'a>>,
    /// The requests denied.
    pub denied: Vec<Decision<'a>>,
}

impl Batch<'_> {
    /// Whether every request was allowed.
    #[must_use]
    pub fn all_allowed(&self) -> bool {
        self.denied.is_empty()
    }
}

impl Rules {
    /// Decides every request with `facts`, sorting the answers into
    /// allowed and denied: an export to a processor that needs a use and a
    /// transfer, or a page that needs several, in one call.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # table.data.push(DataEntry::new("email", "Email", Identity::Identified));
    /// # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
    /// # table.recipients.push(RecipientEntry::new("mailer", "Mailer"));
    /// # table.uses.push(UseRule::new("email", "marketing", Basis::Consent));
    /// # table.transfers.push(TransferRule::new("email", "mailer", &[Ground::Consent]));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let batch = rules.decide_all(
    ///     [
    ///         Request::Use { data: "email", purpose: "marketing" },
    ///         Request::Transfer { data: "email", recipient: "mailer" },
    ///     ],
    ///     &Facts::from_iter(["consent:marketing"]),
    /// );
    /// assert_eq!(batch.allowed.len(), 1);
    /// assert_eq!(batch.denied[0].code, DecisionCode::NoGroundHolds);
    /// # Ok::<(), LoadError>(())
    /// ```
    pub fn decide_all<'a>(
        &'a self,
        requests: impl IntoIterator<Item = Request<'a>>,
        facts: &Facts,
    ) -> Batch<'a> {
        let mut batch = Batch::default();
        for request in requests {
            let decision = self.decide(request, facts);
            if decision.allowed {
                batch.allowed.push(decision);
            } else {
                batch.denied.push(decision);
            }
        }
        batch
    }

    /// Decides one request, use or transfer.
    #[must_use]
    pub fn decide<'a>(&'a self, request: Request<'a>, facts: &Facts) -> Decision<'a> {
        match request {
            Request::Use { data, purpose } => self.decide_use(data, purpose, facts),
            Request::Transfer { data, recipient } => self.decide_transfer(data, recipient, facts),
        }
    }
}

/// The two answers a flow needs: may the data be used for the purpose,
/// and sent to the recipient for it? Allowed only when both are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flow<'a> {
    /// Whether both the use and the transfer are allowed.
    pub allowed: bool,
    /// The use of the data for the purpose.
    pub use_: Decision<'a>,
    /// The transfer of the data to the recipient.
    pub transfer: Decision<'a>,
}

impl<'a> Flow<'a> {
    fn of(use_: Decision<'a>, transfer: Decision<'a>) -> Self {
        Self {
            allowed: use_.allowed && transfer.allowed,
            use_,
            transfer,
        }
    }

    /// The decision that denies the flow (the use's first), if any.
    #[must_use]
    pub fn denial(&self) -> Option<&Decision<'a>> {
        [&self.use_, &self.transfer]
            .into_iter()
            .find(|d| !d.allowed)
    }
}

impl Rules {
    /// May `data` be sent to `recipient` for `purpose`? An export to a
    /// processor for analytics needs the use for the purpose and the
    /// transfer to the processor; this answers both at once.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # table.data.push(DataEntry::new("email", "Email", Identity::Identified));
    /// # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
    /// # table.recipients.push(RecipientEntry::new("mailer", "Mailer"));
    /// # table.uses.push(UseRule::new("email", "marketing", Basis::Consent));
    /// # table.transfers.push(TransferRule::new("email", "mailer", &[Ground::Contract]));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let facts = Facts::from_iter(["consent:marketing"]);
    /// let flow = rules.decide_flow("email", "marketing", "mailer", &facts);
    /// assert!(!flow.allowed);
    /// assert_eq!(flow.denial().unwrap().code, DecisionCode::NoGroundHolds);
    /// let flow = rules.decide_flow("email", "marketing", "mailer", &facts.with("contract_necessity"));
    /// assert!(flow.allowed);
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn decide_flow<'a>(
        &'a self,
        data: &'a str,
        purpose: &'a str,
        recipient: &'a str,
        facts: &Facts,
    ) -> Flow<'a> {
        let transfer = self.decide_transfer(data, recipient, facts);
        let transfer = match (self.data_id(data), self.recipient_id(recipient)) {
            (Some(d), Some(r)) => self.for_purpose(transfer, d, purpose, r),
            _ => transfer,
        };
        Flow::of(self.decide_use(data, purpose, facts), transfer)
    }

    /// As [`decide_flow`](Self::decide_flow), by ids; allocates nothing.
    #[must_use]
    pub fn decide_flow_ids(
        &self,
        data: DataId,
        purpose: PurposeId,
        recipient: RecipientId,
        facts: &FactSet,
    ) -> Flow<'_> {
        let purpose_name = self
            .table()
            .purposes
            .get(purpose.index())
            .map_or("", |p| p.id.as_str());
        let transfer = self.decide_transfer_ids(data, recipient, facts);
        Flow::of(
            self.decide_use_ids(data, purpose, facts),
            self.for_purpose(transfer, data, purpose_name, recipient),
        )
    }

    /// `transfer`, denied with [`DecisionCode::TransferNotForPurpose`]
    /// when the transfer names the purposes it serves and `purpose` is not
    /// one of them.
    fn for_purpose<'a>(
        &'a self,
        transfer: Decision<'a>,
        data: DataId,
        purpose: &str,
        recipient: RecipientId,
    ) -> Decision<'a> {
        let serves = self
            .transfer_rule(data, recipient)
            .and_then(|rule| rule.purposes.as_deref())
            .is_none_or(|named| named.iter().any(|p| p == purpose));
        if transfer.allowed && !serves {
            Decision {
                allowed: false,
                code: DecisionCode::TransferNotForPurpose,
                ..transfer
            }
        } else {
            transfer
        }
    }
}

/// Told of every decision a service counts: implement it for a metrics
/// library of your choice, or use [`CodeCounts`]. A closure
/// `Fn(&Decision)` is one.
pub trait DecisionMetrics: Send + Sync {
    /// `decision` was made.
    fn record(&self, decision: &Decision<'_>);
}

impl<F: Fn(&Decision<'_>) + Send + Sync> DecisionMetrics for F {
    fn record(&self, decision: &Decision<'_>) {
        self(decision);
    }
}

impl Decision<'_> {
    /// Tells `metrics` of this decision, and gives it back: `let d =
    /// rules.decide_use(…).counted(&metrics);`.
    #[must_use]
    pub fn counted(self, metrics: &(impl DecisionMetrics + ?Sized)) -> Self {
        metrics.record(&self);
        self
    }
}

/// Counts decisions by code, lock-free; share it behind an `Arc`.
///
/// ```
/// # use policy_runtime::*;
/// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// # table.seal();
/// # let rules = Rules::from_table(table)?;
/// let counts = CodeCounts::new();
/// let _ = rules.decide_use("email", "marketing", &Facts::new()).counted(&counts);
/// assert_eq!(counts.get(DecisionCode::UnknownData), 1);
/// assert_eq!(counts.total(), 1);
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Default)]
pub struct CodeCounts {
    counts: [AtomicU64; DecisionCode::ALL.len()],
}

impl CodeCounts {
    /// All counts at zero.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many decisions had `code`.
    #[must_use]
    pub fn get(&self, code: DecisionCode) -> u64 {
        self.slot(code).map_or(0, |c| c.load(Ordering::Relaxed))
    }

    /// How many decisions were counted.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.counts.iter().map(|c| c.load(Ordering::Relaxed)).sum()
    }

    /// Every code with its count, in the order of [`DecisionCode::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (DecisionCode, u64)> + '_ {
        DecisionCode::ALL
            .into_iter()
            .map(|code| (code, self.get(code)))
    }

    fn slot(&self, code: DecisionCode) -> Option<&AtomicU64> {
        let at = DecisionCode::ALL.iter().position(|c| *c == code)?;
        self.counts.get(at)
    }
}

impl DecisionMetrics for CodeCounts {
    fn record(&self, decision: &Decision<'_>) {
        if let Some(count) = self.slot(decision.code) {
            count.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// The tables of many tenants, each in its own [`SharedRules`], keyed by
/// the caller's type (a tenant id, an enum of brands…). Cloning gives
/// another handle to the same registry.
///
/// ```
/// # use policy_runtime::*;
/// # let table = |p: &str| { let mut t = RuleTable::new(p, "1.0.0", "2026-12-01"); t.seal(); Rules::from_table(t).unwrap() };
/// let registry: Registry<u32> = Registry::new();
/// registry.insert(7, SharedRules::new(table("acme_shop")));
/// assert_eq!(registry.current(&7).unwrap().policy(), "acme_shop");
/// assert!(registry.current(&8).is_none());
/// ```
#[derive(Debug)]
pub struct Registry<K> {
    tenants: Arc<RwLock<HashMap<K, SharedRules>>>,
}

impl<K> Clone for Registry<K> {
    fn clone(&self) -> Self {
        Self {
            tenants: Arc::clone(&self.tenants),
        }
    }
}

impl<K> Default for Registry<K> {
    fn default() -> Self {
        Self {
            tenants: Arc::new(RwLock::new(HashMap::new())),
        }
    }
}

impl<K: Eq + Hash> Registry<K> {
    /// No tenants.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    // A panic while holding the lock leaves a whole map: usable.
    fn read(&self) -> RwLockReadGuard<'_, HashMap<K, SharedRules>> {
        self.tenants.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, HashMap<K, SharedRules>> {
        self.tenants.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Serves `rules` to `tenant`; returns the slot it had.
    pub fn insert(&self, tenant: K, rules: SharedRules) -> Option<SharedRules> {
        self.write().insert(tenant, rules)
    }

    /// Stops serving `tenant`; returns its slot.
    pub fn remove<Q>(&self, tenant: &Q) -> Option<SharedRules>
    where
        K: Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        self.write().remove(tenant)
    }

    /// The slot of `tenant` (for its reloader).
    #[must_use]
    pub fn get<Q>(&self, tenant: &Q) -> Option<SharedRules>
    where
        K: Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        self.read().get(tenant).cloned()
    }

    /// A snapshot of `tenant`'s current rules: what a request decides with.
    #[must_use]
    pub fn current<Q>(&self, tenant: &Q) -> Option<Arc<Rules>>
    where
        K: Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        self.read().get(tenant).map(SharedRules::current)
    }

    /// How many tenants are served.
    #[must_use]
    pub fn len(&self) -> usize {
        self.read().len()
    }

    /// Whether no tenant is served.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
