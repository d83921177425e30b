//! The rules backend: the model compiled into the runtime's rule table.
//!
//! The table's types belong to `policy-runtime`; this module only fills
//! them. Parent rules are flattened onto children here, once, so that a
//! decision at run time is a lookup: a use of `account` becomes a rule for
//! `account` and for every category inside it.

use std::collections::BTreeMap;

use policy_runtime as rt;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::model::{self, Policy};

mod gathered;
mod since;
use gathered::Gathered;
pub use since::Since;

/// Compiles a policy with no history into a sealed rule table: every
/// purpose and recipient is `since` the current version.
pub fn table(policy: &Policy) -> rt::RuleTable {
    table_since(policy, Since::default())
}

/// Compiles a policy into a sealed rule table, each purpose and recipient
/// `since` the edition `since` says introduced it.
pub fn table_since(policy: &Policy, since: Since) -> rt::RuleTable {
    let streamed = Streamed::with_since(policy, since);
    let mut table = streamed.head.clone();
    table.data = streamed.data_views().map(|v| v.to_entry()).collect();
    table.purposes = streamed.purpose_entries().collect();
    table.recipients = streamed.recipient_entries().collect();
    table.uses = streamed.use_views().map(|v| v.to_rule()).collect();
    table.transfers = streamed.transfer_rules().collect();
    table.gpc = streamed.head.gpc;
    table.trackers = streamed.tracker_entries().collect();
    table.decisions = streamed.decisions.clone();
    table.digest = streamed.head.digest;
    table
}

/// The rule table of a policy, serialized straight from the model: the
/// same bytes as serializing [`table`], but each entry is made when it is
/// written and dropped after, so a large table is never held whole. What
/// it keeps is the order of the entries and the digest.
pub struct Streamed<'a> {
    /// The table's scalar fields, its lists empty, with the digest.
    head: rt::RuleTable,
    purposes: Vec<&'a model::Purpose>,
    recipients: Vec<&'a model::Recipient>,
    /// The trackers, sorted by id.
    trackers: Vec<&'a model::Tracker>,
    /// The automated decisions, sorted by id, their data flattened (a
    /// handful per policy, so made once).
    decisions: Vec<rt::AutomatedDecisionEntry>,
    /// The purposes as written.
    written_purposes: &'a [model::Purpose],
    /// Each use rule as (category, purpose), by position in the sorted
    /// categories and the purposes as written, in the table's order.
    uses: Vec<(usize, usize)>,
    /// The grounds and purposes of each (category, recipient) pair, in
    /// the table's order.
    transfers: BTreeMap<(&'a str, &'a str), Sent<'a>>,
    /// The condition of each purpose's use rules, by position as written.
    conditions: Vec<rt::Condition>,
    /// The edition that introduced each purpose and recipient.
    since: Since,
    /// The categories as the table writes them, in table order.
    gathered: Gathered,
}

impl<'a> Streamed<'a> {
    /// Orders the entries of `policy`'s table, for a policy with no
    /// history, and computes its digest.
    pub fn new(policy: &'a Policy) -> Self {
        Self::with_since(policy, Since::default())
    }

    /// Orders the entries of `policy`'s table, each purpose and recipient
    /// `since` the edition `since` says introduced it, and computes its
    /// digest.
    pub fn with_since(policy: &'a Policy, since: Since) -> Self {
        let mut head = rt::RuleTable::new(
            &policy.id,
            &policy.header.version.to_string(),
            &policy.header.effective.to_string(),
        );
        head.gpc = policy.header.gpc.map(stance);
        head.children = policy.children.as_ref().map(children_entry);
        let mut keyed: Vec<(IdKey<'a>, &model::DataCategory)> =
            policy.data.iter().map(|d| (IdKey::new(&d.id), d)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        let (sorted_ids, data): (Vec<IdKey<'a>>, Vec<&model::DataCategory>) =
            keyed.into_iter().unzip();
        let mut purposes: Vec<&model::Purpose> = policy.purposes.iter().collect();
        purposes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut recipients: Vec<&model::Recipient> = policy.recipients.iter().collect();
        recipients.sort_by(|a, b| a.id.cmp(&b.id));
        let mut trackers: Vec<&model::Tracker> = policy.trackers.iter().collect();
        trackers.sort_by(|a, b| a.id.cmp(&b.id));
        let uses = uses(&policy.purposes, &sorted_ids);
        let transfers = transfers(policy, &sorted_ids);
        let decisions = decision_entries(&policy.decisions, &sorted_ids);
        let mut streamed = Self {
            head,
            purposes,
            recipients,
            trackers,
            decisions,
            written_purposes: &policy.purposes,
            uses,
            transfers,
            conditions: policy
                .purposes
                .iter()
                .map(|p| p.basis.condition_for(&p.id))
                .collect(),
            gathered: Gathered::new(&data),
            since,
        };
        streamed.head.digest = rt::digest_of(&streamed);
        streamed
    }

    /// The table's policy id.
    pub fn policy(&self) -> &str {
        &self.head.policy
    }

    /// The table's policy version.
    pub fn version(&self) -> &str {
        &self.head.version
    }

    /// The table's digest, as `rules.json` states it.
    pub fn digest(&self) -> &str {
        &self.head.digest
    }

    fn purpose_entries(&self) -> impl ExactSizeIterator<Item = rt::PurposeEntry> + Clone + '_ {
        let version = &self.head.version;
        self.purposes.iter().map(move |p| {
            let mut entry = purpose_entry(p);
            entry.since = Some(self.since.purpose(&p.id).unwrap_or(version).to_owned());
            entry
        })
    }

    fn recipient_entries(&self) -> impl ExactSizeIterator<Item = rt::RecipientEntry> + Clone + '_ {
        let version = &self.head.version;
        self.recipients.iter().map(move |r| {
            let mut entry = recipient_entry(r);
            entry.since = Some(self.since.recipient(&r.id).unwrap_or(version).to_owned());
            entry
        })
    }

    fn tracker_entries(&self) -> impl ExactSizeIterator<Item = rt::TrackerEntry> + Clone + '_ {
        self.trackers.iter().map(|t| tracker_entry(t))
    }

    /// The data entries as views of what was gathered, for writing.
    fn data_views(&self) -> impl ExactSizeIterator<Item = DataView<'_>> + Clone + '_ {
        let gathered = &self.gathered;
        gathered.entries.iter().map(move |entry| DataView {
            id: gathered.str(entry.id),
            label: gathered.str(entry.label),
            parent: gathered.parent(entry),
            identity: entry.identity,
            special: entry.special.map(crate::vocab::Closed::keyword),
            required: entry.required,
            retention: Periods(gathered, gathered.retention(entry)),
            retention_rule: written_rule(entry.retention_rule),
            retention_end: written_end(entry.retention_end),
            backups: entry.backups,
        })
    }

    /// The use rules as views of what was gathered, for writing.
    fn use_views(&self) -> impl Iterator<Item = UseView<'_>> + Clone + '_ {
        let gathered = &self.gathered;
        self.uses.iter().filter_map(move |&(data, purpose)| {
            let entry = gathered.entries.get(data)?;
            let written = self.written_purposes.get(purpose)?;
            // The purpose's own retention of the data (`when_used_for`),
            // else the data's, copied as tables always did.
            let (periods, rule, end, backups) = match gathered.purpose_own(data, &written.id) {
                Some(own) => (
                    gathered.periods(own.retention),
                    own.rule,
                    own.end,
                    own.backups,
                ),
                None => (
                    gathered.retention(entry),
                    entry.retention_rule,
                    entry.retention_end,
                    entry.backups,
                ),
            };
            Some(UseView {
                data: gathered.str(entry.id),
                purpose: &written.id,
                basis: written.basis,
                condition: self.conditions.get(purpose)?,
                retention: Periods(gathered, periods),
                retention_rule: written_rule(rule),
                retention_end: written_end(end),
                backups,
                limitable: entry.sensitive && written.limitable(),
            })
        })
    }

    fn transfer_rules(&self) -> impl ExactSizeIterator<Item = rt::TransferRule> + Clone + '_ {
        self.transfers
            .iter()
            .map(|((data, recipient), sent)| sent.to_rule(data, recipient))
    }
}

impl Serialize for Streamed<'_> {
    /// The fields of [`rt::RuleTable`], in its order; a test checks that
    /// the bytes are those of the table itself.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let head = &self.head;
        let mut table = serializer.serialize_struct("RuleTable", 11)?;
        table.serialize_field("schema", &head.schema)?;
        table.serialize_field("schema_version", &head.schema_version)?;
        table.serialize_field("policy", &head.policy)?;
        table.serialize_field("version", &head.version)?;
        table.serialize_field("effective", &head.effective)?;
        table.serialize_field("digest", &head.digest)?;
        table.serialize_field("data", &Each::exact(self.data_views()))?;
        table.serialize_field("purposes", &Each::exact(self.purpose_entries()))?;
        table.serialize_field("recipients", &Each::exact(self.recipient_entries()))?;
        table.serialize_field("uses", &Each(self.use_views(), Some(self.uses.len())))?;
        table.serialize_field("transfers", &Each::exact(self.transfer_rules()))?;
        // Left out when unstated, as `RuleTable` does, so tables keep their
        // digest.
        if let Some(gpc) = head.gpc {
            table.serialize_field("gpc", &gpc)?;
        }
        // Left out when empty, as `RuleTable` does.
        if !self.trackers.is_empty() {
            table.serialize_field("trackers", &Each::exact(self.tracker_entries()))?;
        }
        // Left out when the policy has no `children` block, as `RuleTable`
        // does.
        if let Some(children) = &head.children {
            table.serialize_field("children", children)?;
        }
        // Left out when empty, as `RuleTable` does.
        if !self.decisions.is_empty() {
            table.serialize_field("decisions", &self.decisions)?;
        }
        table.end()
    }
}

/// A data entry written straight from the model: the fields of
/// [`rt::DataEntry`], in its order.
#[derive(Clone, Serialize)]
struct DataView<'a> {
    id: &'a str,
    label: &'a str,
    parent: Option<&'a str>,
    identity: rt::Identity,
    special: Option<&'static str>,
    required: bool,
    retention: Periods<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention_rule: Option<rt::RetentionRule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention_end: Option<rt::RetentionEnd>,
    #[serde(skip_serializing_if = "Option::is_none")]
    backups: Option<rt::Backups>,
}

/// A use rule written straight from the model: the fields of
/// [`rt::UseRule`], in its order.
#[derive(Clone, Serialize)]
struct UseView<'a> {
    data: &'a str,
    purpose: &'a str,
    basis: rt::Basis,
    condition: &'a rt::Condition,
    retention: Periods<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention_rule: Option<rt::RetentionRule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retention_end: Option<rt::RetentionEnd>,
    #[serde(skip_serializing_if = "Option::is_none")]
    backups: Option<rt::Backups>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    limitable: bool,
}

impl DataView<'_> {
    /// The entry, owned, as the runtime's table holds it.
    fn to_entry(&self) -> rt::DataEntry {
        let mut entry = rt::DataEntry::new(self.id, self.label, self.identity);
        entry.parent = self.parent.map(str::to_owned);
        entry.special = self.special.map(str::to_owned);
        entry.required = self.required;
        entry.retention = self.retention.to_owned();
        entry.retention_rule = self.retention_rule;
        entry.retention_end = self.retention_end;
        entry.backups = self.backups;
        entry
    }
}

impl UseView<'_> {
    /// The rule, owned, as the runtime's table holds it.
    fn to_rule(&self) -> rt::UseRule {
        // The condition follows from the purpose and the basis, as the
        // view's does.
        let mut rule = rt::UseRule::new(self.data, self.purpose, self.basis);
        rule.retention = self.retention.to_owned();
        rule.retention_rule = self.retention_rule;
        rule.retention_end = self.retention_end;
        rule.backups = self.backups;
        rule.limitable = self.limitable;
        rule
    }
}

/// The rule a table writes: `last`, how the runtime reads a table without
/// one, is left out, so tables keep their digest.
fn written_rule(rule: rt::RetentionRule) -> Option<rt::RetentionRule> {
    (rule != rt::RetentionRule::Last).then_some(rule)
}

/// The end a table writes: deletion, how the runtime reads a table
/// without one, is left out, so tables keep their digest.
fn written_end(end: Option<rt::RetentionEnd>) -> Option<rt::RetentionEnd> {
    end.filter(|e| *e != rt::RetentionEnd::Delete)
}

/// Gathered retention periods, written as [`rt::RetentionPeriod`]s.
#[derive(Clone, Copy)]
struct Periods<'a>(&'a Gathered, &'a [gathered::Period]);

impl Periods<'_> {
    fn to_owned(self) -> Vec<rt::RetentionPeriod> {
        let Periods(gathered, periods) = self;
        periods
            .iter()
            .map(|p| PeriodView::of(gathered, p).to_owned())
            .collect()
    }
}

impl Serialize for Periods<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Periods(gathered, periods) = *self;
        serializer.collect_seq(periods.iter().map(|p| PeriodView::of(gathered, p)))
    }
}

/// [`rt::RetentionPeriod`] by reference: the same tag and fields.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum PeriodView<'a> {
    For {
        amount: u32,
        unit: rt::TimeUnit,
        from: &'a str,
    },
    Until {
        event: &'a str,
    },
    AsRequiredByLaw,
    Criteria {
        criteria: &'a str,
        // Left out when not written, so other tables keep their bytes.
        #[serde(skip_serializing_if = "Option::is_none")]
        at_most: Option<CapView<'a>>,
    },
}

/// [`rt::Cap`] by reference.
#[derive(Serialize, Clone, Copy)]
struct CapView<'a> {
    amount: u32,
    unit: rt::TimeUnit,
    from: &'a str,
}

impl<'a> PeriodView<'a> {
    fn to_owned(&self) -> rt::RetentionPeriod {
        match *self {
            PeriodView::For { amount, unit, from } => rt::RetentionPeriod::For {
                amount,
                unit,
                from: from.to_owned(),
            },
            PeriodView::Until { event } => rt::RetentionPeriod::Until {
                event: event.to_owned(),
            },
            PeriodView::AsRequiredByLaw => rt::RetentionPeriod::AsRequiredByLaw,
            PeriodView::Criteria { criteria, at_most } => rt::RetentionPeriod::Criteria {
                criteria: criteria.to_owned(),
                at_most: at_most.map(|cap| rt::Cap {
                    amount: cap.amount,
                    unit: cap.unit,
                    from: cap.from.to_owned(),
                }),
            },
        }
    }

    fn of(gathered: &'a Gathered, period: &gathered::Period) -> Self {
        match *period {
            gathered::Period::For { amount, unit, from } => PeriodView::For {
                amount,
                unit,
                from: gathered.str(from),
            },
            gathered::Period::Until { event } => PeriodView::Until {
                event: gathered.str(event),
            },
            gathered::Period::AsRequiredByLaw => PeriodView::AsRequiredByLaw,
            gathered::Period::Criteria { criteria, at_most } => PeriodView::Criteria {
                criteria: gathered.str(criteria),
                at_most: at_most.map(|(amount, unit, from)| CapView {
                    amount,
                    unit,
                    from: gathered.str(from),
                }),
            },
        }
    }
}

/// A list serialized from an iterator, made afresh each time, with its
/// length when known.
struct Each<I>(I, Option<usize>);

impl<I: ExactSizeIterator> Each<I> {
    fn exact(items: I) -> Self {
        let len = items.len();
        Self(items, Some(len))
    }
}

impl<I> Serialize for Each<I>
where
    I: Iterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(self.1)?;
        for item in self.0.clone() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// The ids of `ancestor` and every category inside it, from the sorted list
/// of ids. Descendants of `a` are exactly the ids in `["a.", "a/")` (`/`
/// follows `.` in ASCII), so two binary searches find them whatever the
/// number of categories that merely share a prefix (`a1`, `a10`…).
fn within<'a>(sorted_ids: &[IdKey<'a>], ancestor: &str) -> impl Iterator<Item = &'a str> {
    within_indices(sorted_ids, ancestor).filter_map(|i| sorted_ids.get(i).map(|key| key.id))
}

/// [`within`], as indices into `sorted_ids`.
fn within_indices(sorted_ids: &[IdKey<'_>], ancestor: &str) -> impl Iterator<Item = usize> + use<> {
    let own = sorted_ids.binary_search(&IdKey::new(ancestor)).ok();
    let low = format!("{ancestor}.");
    let high = format!("{ancestor}/");
    let (low, high) = (IdKey::new(&low), IdKey::new(&high));
    let start = sorted_ids.partition_point(|id| *id < low);
    let end = sorted_ids.partition_point(|id| *id < high);
    own.into_iter().chain(start..end.max(start))
}

/// An id that sorts as `str` does, with its first 16 bytes held in the key:
/// sorting and searching many ids compare the keys in place and read an id
/// itself only when two share those bytes, instead of reading two ids
/// scattered in memory at every comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct IdKey<'a> {
    /// The first 16 bytes, big-endian, padded with zeros (which no id has).
    prefix: u128,
    id: &'a str,
}

impl<'a> IdKey<'a> {
    fn new(id: &'a str) -> Self {
        let mut bytes = [0u8; 16];
        for (slot, byte) in bytes.iter_mut().zip(id.bytes()) {
            *slot = byte;
        }
        Self {
            prefix: u128::from_be_bytes(bytes),
            id,
        }
    }
}

impl Ord for IdKey<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.prefix
            .cmp(&other.prefix)
            .then_with(|| self.id.cmp(other.id))
    }
}

impl PartialOrd for IdKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

fn id_of(purposes: &[model::Purpose], position: usize) -> &str {
    purposes.get(position).map_or("", |p| p.id.as_str())
}

fn purpose_entry(purpose: &model::Purpose) -> rt::PurposeEntry {
    let mut entry = rt::PurposeEntry::new(&purpose.id, &purpose.label, purpose.basis);
    entry.interest = purpose.interest.clone();
    entry.only_depersonalized = purpose.only_depersonalized;
    entry.special_condition = purpose.special_condition.as_ref().map(|s| s.condition);
    // The objection to direct marketing stops it whatever the basis (GDPR
    // Art. 21(2), (3)), as the text says.
    entry.direct_marketing = purpose.direct_marketing;
    entry.permitted_use = purpose.permitted_use;
    entry
}

fn recipient_entry(recipient: &model::Recipient) -> rt::RecipientEntry {
    let mut entry = rt::RecipientEntry::new(&recipient.id, &recipient.label);
    entry.country = recipient.country.clone();
    entry.safeguard = recipient.safeguard.clone();
    entry.bound_by_policy = recipient.bound_by_policy;
    entry.kind = recipient.kind;
    entry.disclosed_as = recipient
        .disclosed_as
        .iter()
        .map(|&d| disclosure(d))
        .collect();
    entry
}

/// A tracker as the runtime decides it: each purpose it serves once, in
/// the policy's order.
fn tracker_entry(tracker: &model::Tracker) -> rt::TrackerEntry {
    let mut entry = rt::TrackerEntry::new(
        &tracker.id,
        &tracker.label,
        tracker_category(tracker.category),
    );
    entry.party = tracker_entry_party(tracker.party);
    entry.recipient.clone_from(&tracker.recipient);
    for purpose in &tracker.serves {
        if !entry.serves.contains(purpose) {
            entry.serves.push(purpose.clone());
        }
    }
    entry
}

/// The stance on children as the runtime decides it: whether a parent's
/// consent is declared, not its words.
fn children_entry(children: &model::Children) -> rt::ChildrenEntry {
    rt::ChildrenEntry::new(
        audience(children.audience),
        children.minimum_age,
        children.parental_consent.is_some(),
    )
}

/// An audience as the runtime's set names it.
fn audience(audience: model::Audience) -> rt::Audience {
    match audience {
        model::Audience::General => rt::Audience::General,
        model::Audience::Mixed => rt::Audience::Mixed,
        model::Audience::Children => rt::Audience::Children,
    }
}

/// The automated decisions as the runtime decides them, sorted by id:
/// each category a decision names and every category inside it, sorted,
/// each once, as use rules are flattened.
fn decision_entries(
    decisions: &[model::Decision],
    sorted_ids: &[IdKey<'_>],
) -> Vec<rt::AutomatedDecisionEntry> {
    let mut entries: Vec<rt::AutomatedDecisionEntry> = decisions
        .iter()
        .map(|decision| {
            let mut entry = rt::AutomatedDecisionEntry::new(
                &decision.id,
                &decision.label,
                automated_basis(decision.basis),
            );
            let mut uses: Vec<&str> = decision
                .uses
                .iter()
                .flat_map(|used| within(sorted_ids, used))
                .collect();
            uses.sort_unstable();
            uses.dedup();
            entry.uses = uses.into_iter().map(str::to_owned).collect();
            entry.safeguards = decision.safeguards.iter().map(|&s| safeguard(s)).collect();
            entry
        })
        .collect();
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    entries
}

/// What allows an automated decision, as the runtime's set names it.
fn automated_basis(basis: model::DecisionBasis) -> rt::AutomatedBasis {
    match basis {
        model::DecisionBasis::ExplicitConsent => rt::AutomatedBasis::ExplicitConsent,
        model::DecisionBasis::Contract => rt::AutomatedBasis::Contract,
        model::DecisionBasis::Law => rt::AutomatedBasis::Law,
    }
}

/// A safeguard against an automated decision, as the runtime's set names
/// it.
fn safeguard(safeguard: model::Safeguard) -> rt::Safeguard {
    match safeguard {
        model::Safeguard::HumanReview => rt::Safeguard::HumanReview,
        model::Safeguard::ExpressView => rt::Safeguard::ExpressView,
        model::Safeguard::Contest => rt::Safeguard::Contest,
    }
}

/// Who sets a tracker, as the runtime's set names it.
fn tracker_entry_party(party: model::Party) -> rt::TrackerParty {
    match party {
        model::Party::First => rt::TrackerParty::First,
        model::Party::Third => rt::TrackerParty::Third,
    }
}

/// A tracker category as the runtime's set names it.
fn tracker_category(category: model::TrackerCategory) -> rt::TrackerCategory {
    match category {
        model::TrackerCategory::StrictlyNecessary => rt::TrackerCategory::StrictlyNecessary,
        model::TrackerCategory::Preferences => rt::TrackerCategory::Preferences,
        model::TrackerCategory::Analytics => rt::TrackerCategory::Analytics,
        model::TrackerCategory::Marketing => rt::TrackerCategory::Marketing,
    }
}

/// A disclosure of US state law as the runtime's set names it.
fn disclosure(disclosure: model::Disclosure) -> rt::Disclosure {
    match disclosure {
        model::Disclosure::Sale => rt::Disclosure::Sale,
        model::Disclosure::Share => rt::Disclosure::Share,
        model::Disclosure::TargetedAdvertising => rt::Disclosure::TargetedAdvertising,
    }
}

/// A stance on a browser signal as the runtime's set names it.
fn stance(stance: model::Stance) -> rt::Stance {
    match stance {
        model::Stance::Honoured => rt::Stance::Honoured,
        model::Stance::Ignored => rt::Stance::Ignored,
    }
}

/// The use rules as positions of (category in the sorted list, purpose as
/// written), sorted by (data, purpose) and without repeats. When two purposes share
/// an id (which the checker refuses), the first written wins.
fn uses(written: &[model::Purpose], sorted_ids: &[IdKey<'_>]) -> Vec<(usize, usize)> {
    // Each purpose by the rank of its id (equal ids, equal rank), so that
    // the pairs sort on numbers alone.
    let mut by_id: Vec<usize> = (0..written.len()).collect();
    by_id.sort_by(|&a, &b| id_of(written, a).cmp(id_of(written, b)));
    let mut rank = vec![0; written.len()];
    let mut previous: Option<&str> = None;
    let mut current = 0;
    for &position in &by_id {
        let id = id_of(written, position);
        if previous.is_some_and(|p| p != id) {
            current += 1;
        }
        previous = Some(id);
        if let Some(slot) = rank.get_mut(position) {
            *slot = current;
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (position, purpose) in written.iter().enumerate() {
        let rank = rank.get(position).copied().unwrap_or(0);
        for used in &purpose.uses {
            pairs.extend(within_indices(sorted_ids, used).map(|i| (i, rank, position)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup_by(|b, a| (a.0, a.1) == (b.0, b.1));
    pairs
        .into_iter()
        .map(|(data, _, position)| (data, position))
        .collect()
}

/// The grounds of each (category, recipient) pair, parents flattened
/// onto children, each ground once in the order first stated.
fn transfers<'a>(
    policy: &'a Policy,
    sorted_ids: &[IdKey<'a>],
) -> BTreeMap<(&'a str, &'a str), Sent<'a>> {
    let mut sent: BTreeMap<(&str, &str), Sent<'a>> = BTreeMap::new();
    for transfer in &policy.transfers {
        for data in &transfer.data {
            for id in within(sorted_ids, data) {
                let entry = sent.entry((id, transfer.recipient.as_str())).or_default();
                for ground in &transfer.grounds {
                    if !entry.grounds.contains(ground) {
                        entry.grounds.push(*ground);
                    }
                }
                entry.serve(&transfer.purposes);
                for disclosure in transfer.own_disclosures(&policy.recipients) {
                    if let Err(at) = entry.disclosed_as.binary_search(&disclosure) {
                        entry.disclosed_as.insert(at, disclosure);
                    }
                }
            }
        }
    }
    sent
}

/// What the transfers of one category to one recipient say: their grounds,
/// the purposes they serve and what they are under US state law.
#[derive(Debug, Default)]
struct Sent<'a> {
    grounds: Vec<model::Ground>,
    /// The purposes named, sorted; meaningless once `any`.
    purposes: Vec<&'a str>,
    /// Some transfer names no purpose: the data goes for any.
    any: bool,
    /// What any of the transfers is under US state law beyond what the
    /// recipient's `disclosed_as` states, sorted: a choice that stops one
    /// stops the rule, which cannot tell the transfers apart.
    disclosed_as: Vec<model::Disclosure>,
}

impl<'a> Sent<'a> {
    /// Adds the purposes one more transfer names (none: any purpose).
    fn serve(&mut self, purposes: &'a [String]) {
        if purposes.is_empty() {
            self.any = true;
            self.purposes.clear();
            return;
        }
        if self.any {
            return;
        }
        for purpose in purposes {
            if let Err(at) = self.purposes.binary_search(&purpose.as_str()) {
                self.purposes.insert(at, purpose);
            }
        }
    }

    fn to_rule(&self, data: &str, recipient: &str) -> rt::TransferRule {
        let mut rule = rt::TransferRule::new(data, recipient, &self.grounds);
        if !self.any {
            rule.purposes = Some(self.purposes.iter().map(|&p| p.to_owned()).collect());
        }
        rule.disclosed_as = self.disclosed_as.iter().copied().map(disclosure).collect();
        rule
    }
}

/// The table as pretty JSON with a final newline, as written to `rules.json`.
#[expect(
    clippy::expect_used,
    reason = "writing into memory fails only if the table cannot be serialized, which its types (strings, numbers, lists, string keys) never are"
)]
pub fn to_json(table: &(impl Serialize + ?Sized)) -> Vec<u8> {
    let mut bytes = Vec::new();
    write_json(table, &mut bytes).expect("a table serializes into memory");
    bytes
}

/// Streams the table as pretty JSON with a final newline into `out`: the
/// bytes of [`to_json`], written through a buffer.
pub fn write_json(
    table: &(impl Serialize + ?Sized),
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::with_capacity(crate::buffer::CHUNK, out);
    serde_json::to_writer_pretty(&mut out, table)?;
    out.write_all(b"\n")?;
    out.flush()
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn the_streamed_table_writes_the_bytes_of_the_table() {
        let example = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/policies/pro-it-group.policy"
        ))
        .unwrap();
        let trackers = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/trackers/shop.policy"
        ))
        .unwrap();
        let children = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/children/app.policy"
        ))
        .unwrap();
        let decisions = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/decisions/lender.policy"
        ))
        .unwrap();
        for source in [
            example,
            crate::synth::policy(300),
            trackers,
            children,
            decisions,
        ] {
            let policy = compile(&source);
            let table = table(&policy);
            assert_eq!(table.digest, rt::compute_digest(&table));
            let streamed = Streamed::new(&policy);
            assert_eq!(to_json(&streamed), to_json(&table));
            let mut yaml_streamed = Vec::new();
            crate::yaml::to_writer(&mut yaml_streamed, &streamed).unwrap();
            let mut yaml_table = Vec::new();
            crate::yaml::to_writer(&mut yaml_table, &table).unwrap();
            assert_eq!(yaml_streamed, yaml_table);
            assert!(!table.uses.is_empty());
            // the tables keep every optional list the policy fills
            assert_eq!(table.trackers.len(), policy.trackers.len());
            assert_eq!(table.children.is_some(), policy.children.is_some());
            assert_eq!(table.decisions.len(), policy.decisions.len());
        }
    }

    fn compile(source: &str) -> Policy {
        let checked = crate::check_source(source);
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        checked.policy.unwrap()
    }

    const HEADER: &str = r#"policy t {
  title "T" version 1.0.0 effective 2026-01-01 language en
  controller "C" { service "S" }
  published "https://t.example" contact "a@t.example"
}
right complaint { via "the authority" }
"#;

    #[test]
    fn id_keys_past_sixteen_bytes_order_as_the_ids_do() {
        let ids = [
            "customer.profile.address",
            "customer.profile.addresses",
            "customer.profile.a",
            "customer.profile",
            "customer.profile.",
            "customer.profilf",
            "customer.profile/",
        ];
        for a in ids {
            for b in ids {
                assert_eq!(IdKey::new(a).cmp(&IdKey::new(b)), a.cmp(b), "{a} vs {b}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn id_keys_order_as_the_ids_do(a in "[a-c._/\\x00]{0,20}", b in "[a-c._/\\x00]{0,20}") {
            proptest::prop_assert_eq!(IdKey::new(&a).cmp(&IdKey::new(&b)), a.cmp(&b));
        }
    }

    #[test]
    fn descendants_are_found_by_prefix_not_by_string_start() {
        let ids = [
            "account",
            "account.email",
            "account.name",
            "account_x",
            "accounting",
        ];
        let ids: Vec<IdKey<'_>> = ids.into_iter().map(IdKey::new).collect();
        let found: Vec<&str> = within(&ids, "account").collect();
        assert_eq!(found, ["account", "account.email", "account.name"]);
        let found: Vec<&str> = within(&ids, "account.email").collect();
        assert_eq!(found, ["account.email"]);
    }

    #[test]
    fn a_use_of_a_parent_is_flattened_onto_its_children() {
        let policy = compile(&format!(
            "{HEADER}data a \"A\" {{ identity identified }}\ndata a.b \"B\"\nretain a for 1 year from collection\n\
             purpose p \"P\" {{ uses a basis consent }}\n"
        ));
        let table = table(&policy);
        let pairs: Vec<(&str, &str)> = table
            .uses
            .iter()
            .map(|u| (u.data.as_str(), u.purpose.as_str()))
            .collect();
        assert_eq!(pairs, [("a", "p"), ("a.b", "p")]);
        assert_eq!(
            table.uses[1].condition,
            rt::Condition::Requires {
                fact: "consent:p".into()
            }
        );
        assert_eq!(table.uses[1].retention.len(), 1);
    }

    #[test]
    fn transfers_merge_grounds_of_overlapping_statements() {
        let policy = compile(&format!(
            "{HEADER}data a \"A\" {{ identity identified }}\ndata a.b \"B\"\nretain a for 1 year from collection\n\
             purpose p \"P\" {{ uses a basis contract }}\nrecipient r \"R\"\n\
             transfer a to r on consent\ntransfer a.b to r on legal_obligation, consent\n"
        ));
        let table = table(&policy);
        assert_eq!(table.transfers.len(), 2);
        let grounds: Vec<rt::Ground> = table.transfers[1]
            .grounds
            .iter()
            .map(|g| g.ground)
            .collect();
        assert_eq!(grounds, [rt::Ground::Consent, rt::Ground::LegalObligation]);
    }

    #[test]
    fn trackers_enter_the_table_sorted_with_their_purposes() {
        let policy = compile(&format!(
            "{HEADER}data a \"A\" {{ identity identified }}\nretain a for 1 year from collection\n\
             purpose p \"P\" {{ uses a basis consent }}\npurpose q \"Q\" {{ uses a basis contract }}\n\
             tracker z \"_z\" {{ kind pixel party third lifetime session category marketing serves q, p, q }}\n\
             tracker b \"_b\" {{ kind cookie party first lifetime 1 day category strictly_necessary serves q }}\n"
        ));
        let table = table(&policy);
        let ids: Vec<&str> = table.trackers.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["b", "z"]);
        assert_eq!(table.trackers[1].serves, ["q", "p"]);
        assert_eq!(table.trackers[1].party, rt::TrackerParty::Third);
        assert_eq!(
            table.trackers[0].category,
            rt::TrackerCategory::StrictlyNecessary
        );
        // and the runtime decides them
        let rules = rt::Rules::from_slice(&to_json(&table)).unwrap();
        let facts = rt::Facts::new().with("consent:p");
        assert!(rules.decide_tracker("z", &facts).allowed);
        assert!(!rules.decide_tracker("z", &rt::Facts::new()).allowed);
    }

    #[test]
    fn the_stance_on_children_enters_the_table_and_is_decided() {
        let without = table(&compile(&format!(
            "{HEADER}data a \"A\" {{ identity identified }}\nretain a for 1 year from collection\n\
             purpose p \"P\" {{ uses a basis contract }}\n"
        )));
        assert_eq!(without.children, None);
        assert!(
            !String::from_utf8(to_json(&without))
                .unwrap()
                .contains("children")
        );
        let policy = compile(&format!(
            "{HEADER}data a \"A\" {{ identity identified }}\nretain a for 1 year from collection\n\
             purpose p \"P\" {{ uses a basis contract }}\n\
             children {{\n  audience mixed\n  minimum_age 16\n  parental_consent \"By e-mail.\"\n}}\n"
        ));
        let table = table(&policy);
        assert_eq!(
            table.children,
            Some(rt::ChildrenEntry::new(rt::Audience::Mixed, Some(16), true))
        );
        let json = to_json(&table);
        // a bool, not the mechanism's words
        assert!(
            !String::from_utf8(json.clone())
                .unwrap()
                .contains("By e-mail")
        );
        let rules = rt::Rules::from_slice(&json).unwrap();
        let child = rt::Facts::new().with("child");
        assert_eq!(
            rules.decide_child(&child).code,
            rt::ChildCode::ChildWithoutParentalConsent
        );
        assert!(rules.decide_child(&child.with("parental_consent")).allowed);
    }

    #[test]
    fn the_runtime_audiences_name_the_language_keywords() {
        let audiences = crate::vocab::AUDIENCES.values;
        for v in audiences {
            assert_eq!(audience(v.value).as_str(), v.keyword);
        }
        assert_eq!(rt::Audience::ALL.len(), audiences.len());
    }

    #[test]
    fn decisions_enter_the_table_sorted_with_their_data_flattened() {
        let policy = compile(&format!(
            "{HEADER}data a \"A\" {{ identity identified }}\ndata a.b \"B\" {{ }}\ndata c \"C\" {{ identity identified }}\n\
             retain a, c for 1 year from collection\n\
             purpose p \"P\" {{ uses a, c basis contract }}\n\
             decision z \"Z\" {{ uses c, a logic \"l\" significance \"s\" basis explicit_consent safeguards contest, human_review, express_view }}\n\
             decision m \"M\" {{ uses c logic \"l\" significance \"s\" basis law \"the Act\" }}\n\
             right automated_decisions {{ via \"the office\" }}\n"
        ));
        let table = table(&policy);
        let ids: Vec<&str> = table.decisions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["m", "z"]);
        assert_eq!(table.decisions[1].uses, ["a", "a.b", "c"]);
        assert_eq!(
            table.decisions[1].basis,
            rt::AutomatedBasis::ExplicitConsent
        );
        assert_eq!(
            table.decisions[1].safeguards,
            [
                rt::Safeguard::HumanReview,
                rt::Safeguard::ExpressView,
                rt::Safeguard::Contest
            ]
        );
        assert_eq!(table.decisions[0].basis, rt::AutomatedBasis::Law);
        assert!(table.decisions[0].safeguards.is_empty());
        // and the runtime decides them
        let rules = rt::Rules::from_slice(&to_json(&table)).unwrap();
        assert!(!rules.decide_automated("z", &rt::Facts::new()).allowed);
        assert!(
            rules
                .decide_automated("z", &rt::Facts::new().with("consent:z"))
                .allowed
        );
        assert!(rules.decide_automated("m", &rt::Facts::new()).allowed);
    }

    #[test]
    fn the_runtime_decision_sets_name_the_language_keywords() {
        let bases = crate::vocab::DECISION_BASES.values;
        for v in bases {
            assert_eq!(automated_basis(v.value).as_str(), v.keyword);
        }
        assert_eq!(rt::AutomatedBasis::ALL.len(), bases.len());
        let safeguards = crate::vocab::SAFEGUARDS.values;
        for v in safeguards {
            assert_eq!(safeguard(v.value).as_str(), v.keyword);
        }
        assert_eq!(rt::Safeguard::ALL.len(), safeguards.len());
    }

    #[test]
    fn the_runtime_tracker_sets_name_the_language_keywords() {
        let categories = crate::vocab::TRACKER_CATEGORIES.values;
        for v in categories {
            assert_eq!(tracker_category(v.value).as_str(), v.keyword);
        }
        assert_eq!(rt::TrackerCategory::ALL.len(), categories.len());
        let parties = crate::vocab::PARTIES.values;
        for v in parties {
            assert_eq!(tracker_entry_party(v.value).as_str(), v.keyword);
        }
        assert_eq!(rt::TrackerParty::ALL.len(), parties.len());
    }

    #[test]
    fn the_table_loads_in_the_runtime() {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/policies/pro-it-group.policy"
        ))
        .unwrap();
        let table = table(&compile(&source));
        let rules = rt::Rules::from_slice(&to_json(&table)).unwrap();
        assert_eq!(rules.policy(), "pro_it_privacy");
    }
}
