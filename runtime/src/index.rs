//! The lookup structures built over a table, and the reference checks
//! building them performs.
//!
//! Names map to dense ids (the position in the table's lists). Uses and
//! transfers are grouped by data id (offsets into one slot array, like a
//! compressed sparse row matrix), each group sorted by purpose or recipient
//! id for a binary search: memory grows with the number of rules, never with
//! data × purposes.

use std::collections::HashMap;

use crate::digest::digest_tag;
use crate::fact::Choice;
use crate::facts::{Cond, FactIndex};
use crate::load::{IdKind, LoadError, Reference};
use crate::table::{Condition, RuleTable};

/// Name → dense id. The keys come from the (digest-checked) table, so a
/// fast hasher is safe: callers' lookups cannot add colliding keys.
pub(crate) type NameMap = HashMap<Box<str>, u32, foldhash::fast::RandomState>;

/// One use rule of a data category.
#[derive(Debug, Clone, Copy)]
pub(crate) struct UseSlot {
    /// The purpose id.
    pub(crate) purpose: u32,
    /// The rule's position in `table.uses`.
    pub(crate) rule: u32,
    /// The rule's condition, compiled.
    pub(crate) cond: Cond,
    /// Whether the condition alone answers: the purpose is not direct
    /// marketing, the use cannot be limited, and its basis is stated. The
    /// hot path then skips what only such uses need.
    pub(crate) plain: bool,
    /// Whether the user's limit of the use of their sensitive personal
    /// information stops the use: the rule says it is limitable
    /// ([`UseRule::limitable`](crate::UseRule::limitable)) and its purpose
    /// names no use 11 CCR §7027(m) permits
    /// ([`PurposeEntry::permitted_use`](crate::PurposeEntry::permitted_use)).
    pub(crate) limitable: bool,
}

/// One transfer rule of a data category.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TransferSlot {
    /// The recipient id.
    pub(crate) recipient: u32,
    /// The rule's position in `table.transfers`.
    pub(crate) rule: u32,
    /// Where the rule's compiled ground conditions start in
    /// [`Index::ground_conds`] (they are as many as the rule's grounds).
    pub(crate) grounds: u32,
    /// The recipient's [`Index::opt_outs`] bits with the rule's own
    /// disclosures', here so that a transfer decision reads them from the
    /// slot it already holds.
    pub(crate) opt_outs: u8,
    /// Whether a ground that holds allows the transfer as it is: the
    /// recipient is neither sold nor shared to, and no ground is
    /// unstated. The hot path then skips what only such transfers need.
    pub(crate) plain: bool,
    /// The recipient's kind, for the decision.
    pub(crate) recipient_kind: Option<crate::RecipientKind>,
}

/// Everything a decision needs besides the table.
#[derive(Debug, Clone)]
pub(crate) struct Index {
    pub(crate) data: NameMap,
    pub(crate) purposes: NameMap,
    pub(crate) recipients: NameMap,
    /// The trackers' ids; each tracker's purposes are checked declared.
    pub(crate) trackers: NameMap,
    /// The automated decisions' ids; each decision's data is checked
    /// declared.
    pub(crate) decisions: NameMap,
    pub(crate) facts: FactIndex,
    /// `use_offsets[d]..use_offsets[d + 1]` are data `d`'s slots.
    pub(crate) use_offsets: Box<[u32]>,
    pub(crate) use_slots: Box<[UseSlot]>,
    /// `transfer_offsets[d]..transfer_offsets[d + 1]` are data `d`'s slots.
    pub(crate) transfer_offsets: Box<[u32]>,
    pub(crate) transfer_slots: Box<[TransferSlot]>,
    /// The compiled ground conditions of every transfer rule, in table order.
    pub(crate) ground_conds: Box<[Cond]>,
    /// Identifies the table's content (from its digest).
    pub(crate) tag: u64,
    /// The fact number of each choice ([`Choice::ALL`]'s order) when a
    /// decision of the table reads it: `opt_out:sale` when a recipient is
    /// sold to, `gpc` only when the table honours it.
    pub(crate) choices: [Option<u32>; 4],
    /// What the user may opt out of per recipient, by recipient id:
    /// [`SOLD`] and [`SHARED`] bits.
    pub(crate) opt_outs: Box<[u8]>,
    /// By purpose id, for a direct-marketing purpose: the objection to it
    /// (`unless objection:PURPOSE`) and its compiled form, which stop each
    /// of its uses whatever their condition (GDPR Art. 21(2), (3)).
    pub(crate) marketing: Box<[Option<(Cond, Condition)>]>,
}

/// The objection that stops every use of each purpose of `table` that is
/// direct marketing, by purpose id.
/// Whether the purpose at `purpose` in `table.purposes` names a use 11 CCR
/// §7027(m) permits, which the user's limit never stops.
fn permitted(table: &RuleTable, purpose: u32) -> bool {
    table
        .purposes
        .get(purpose as usize)
        .is_some_and(|p| p.permitted_use.is_some())
}

fn marketing_objections(table: &RuleTable) -> Vec<Option<Condition>> {
    table
        .purposes
        .iter()
        .map(|p| {
            p.direct_marketing.then(|| Condition::Unless {
                fact: crate::fact::objection(&p.id),
            })
        })
        .collect()
}

/// A recipient's [`Index::opt_outs`] bit: disclosing to it is a sale.
pub(crate) const SOLD: u8 = 1;
/// A recipient's [`Index::opt_outs`] bit: disclosing to it is sharing or
/// targeted advertising.
pub(crate) const SHARED: u8 = 2;

/// The [`Index::opt_outs`] bits of a recipient.
fn opt_out_bits(recipient: &crate::RecipientEntry) -> u8 {
    disclosure_bits(&recipient.disclosed_as)
}

/// The [`SOLD`] and [`SHARED`] bits of a list of disclosures: a
/// recipient's, or a transfer rule's own.
fn disclosure_bits(disclosed_as: &[crate::Disclosure]) -> u8 {
    disclosed_as.iter().fold(0, |bits, d| {
        bits | if d.is_sharing() { SHARED } else { SOLD }
    })
}

/// The facts the decisions on trackers and automated decisions read, as
/// conditions, so that a [`FactSet`](crate::FactSet) holds them for the
/// decisions by ids: `consent:P` and `objection:P` of each purpose a
/// tracker that needs a condition serves; `consent:D` of an automated
/// decision on explicit consent and `human_review:D` of one offering human
/// review. None for a table with neither (so the numbering of the
/// facts of uses and transfers is as it was).
fn decision_facts(table: &RuleTable) -> Vec<Condition> {
    use crate::fact::{consent, human_review, objection};
    let mut facts = Vec::new();
    for tracker in &table.trackers {
        if tracker.category.is_strictly_necessary() {
            continue;
        }
        for purpose in &tracker.serves {
            facts.push(Condition::Requires {
                fact: consent(purpose),
            });
            facts.push(Condition::Unless {
                fact: objection(purpose),
            });
        }
    }
    for decision in &table.decisions {
        if decision.basis == crate::AutomatedBasis::ExplicitConsent {
            facts.push(Condition::Requires {
                fact: consent(&decision.id),
            });
        }
        if decision.offers(crate::Safeguard::HumanReview) {
            facts.push(Condition::Unless {
                fact: human_review(&decision.id),
            });
        }
    }
    facts
}

/// The choices a decision of `table` reads, given each recipient's bits:
/// a transfer's, a use's or a tracker's (a `marketing` tracker reads the
/// opt-out of sharing, and GPC where it is honoured).
fn read_choices(table: &RuleTable, opt_outs: &[u8]) -> Vec<&'static str> {
    let any = |bit: u8| opt_outs.iter().any(|b| b & bit != 0);
    let honoured = table.gpc == Some(crate::Stance::Honoured);
    let advertising = table.trackers.iter().any(|t| t.category.is_advertising());
    let read = [
        any(SOLD),
        any(SHARED) || advertising,
        {
            // The purposes that name a permitted use, whose uses the limit
            // never stops (`RuleTable::limited`, without its scan per use).
            let permitted: std::collections::BTreeSet<&str> = table
                .purposes
                .iter()
                .filter(|p| p.permitted_use.is_some())
                .map(|p| p.id.as_str())
                .collect();
            table
                .uses
                .iter()
                .any(|u| u.limitable && !permitted.contains(u.purpose.as_str()))
        },
        honoured && (any(SOLD | SHARED) || advertising),
    ];
    Choice::ALL
        .into_iter()
        .zip(read)
        .filter(|(_, read)| *read)
        .map(|(choice, _)| choice.name())
        .collect()
}

/// The trackers' ids, refusing duplicates, a purpose served that is not
/// declared (a decision could never find its condition) and a provider
/// that is no declared recipient (its opt-outs could not be found).
fn tracker_map(
    table: &RuleTable,
    purposes: &NameMap,
    recipients: &NameMap,
) -> Result<NameMap, LoadError> {
    let trackers = name_map(
        IdKind::Tracker,
        table.trackers.iter().map(|t| t.id.as_str()),
    )?;
    for tracker in &table.trackers {
        for purpose in &tracker.serves {
            lookup(purposes, IdKind::Purpose, purpose, || Reference::Tracker {
                tracker: tracker.id.clone(),
            })?;
        }
        if let Some(recipient) = &tracker.recipient {
            lookup(recipients, IdKind::Recipient, recipient, || {
                Reference::TrackerRecipient {
                    tracker: tracker.id.clone(),
                }
            })?;
        }
    }
    Ok(trackers)
}

/// The automated decisions' ids, refusing duplicates and a category used
/// that is not declared (the table would say the decision uses data it
/// does not know).
fn decision_map(table: &RuleTable, data: &NameMap) -> Result<NameMap, LoadError> {
    let decisions = name_map(
        IdKind::Decision,
        table.decisions.iter().map(|d| d.id.as_str()),
    )?;
    for decision in &table.decisions {
        for used in &decision.uses {
            lookup(data, IdKind::Data, used, || Reference::Decision {
                decision: decision.id.clone(),
            })?;
        }
    }
    Ok(decisions)
}

fn id32(i: usize) -> Result<u32, LoadError> {
    u32::try_from(i).map_err(|_| LoadError::TooLarge)
}

/// Maps each id to its position, refusing duplicates.
fn name_map<'t>(
    kind: IdKind,
    ids: impl ExactSizeIterator<Item = &'t str>,
) -> Result<NameMap, LoadError> {
    let mut map =
        NameMap::with_capacity_and_hasher(ids.len(), foldhash::fast::RandomState::default());
    for (i, id) in ids.enumerate() {
        if map.insert(Box::from(id), id32(i)?).is_some() {
            return Err(LoadError::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
    Ok(map)
}

fn lookup(
    map: &NameMap,
    kind: IdKind,
    id: &str,
    by: impl FnOnce() -> Reference,
) -> Result<u32, LoadError> {
    map.get(id).copied().ok_or_else(|| LoadError::Undeclared {
        kind,
        id: id.to_owned(),
        by: by(),
    })
}

/// Offsets per data id, and the slots they point into.
type Grouped<T> = (Box<[u32]>, Box<[T]>);

/// Groups `(data, other, rule)` triples by data: sorts them, refuses a
/// repeated `(data, other)` pair through `duplicate`, and returns the
/// offsets (`n_data + 1` of them) with the triples in order.
fn group<T>(
    n_data: usize,
    mut triples: Vec<(u32, u32, u32)>,
    duplicate: impl FnOnce(u32) -> LoadError,
    slot: impl Fn((u32, u32, u32)) -> T,
) -> Result<Grouped<T>, LoadError> {
    triples.sort_unstable();
    if let Some(w) = triples
        .windows(2)
        .find(|w| matches!(w, [a, b] if a.0 == b.0 && a.1 == b.1))
    {
        let rule = w.get(1).map_or(0, |t| t.2);
        return Err(duplicate(rule));
    }
    let mut offsets = vec![0_u32; n_data + 1];
    for &(data, _, _) in &triples {
        if let Some(count) = offsets.get_mut(data as usize + 1) {
            *count += 1;
        }
    }
    let mut sum = 0;
    for o in &mut offsets {
        sum += *o;
        *o = sum;
    }
    let slots = triples.into_iter().map(slot).collect();
    Ok((offsets.into_boxed_slice(), slots))
}

impl Index {
    /// Builds the index, refusing duplicates and undeclared references.
    pub(crate) fn build(table: &RuleTable) -> Result<Self, LoadError> {
        let data = name_map(IdKind::Data, table.data.iter().map(|d| d.id.as_str()))?;
        let purposes = name_map(
            IdKind::Purpose,
            table.purposes.iter().map(|p| p.id.as_str()),
        )?;
        let recipients = name_map(
            IdKind::Recipient,
            table.recipients.iter().map(|r| r.id.as_str()),
        )?;

        for entry in &table.data {
            if let Some(parent) = &entry.parent {
                if *parent == entry.id {
                    return Err(LoadError::SelfParent {
                        data: entry.id.clone(),
                    });
                }
                lookup(&data, IdKind::Data, parent, || Reference::Parent {
                    data: entry.id.clone(),
                })?;
            }
        }

        let trackers = tracker_map(table, &purposes, &recipients)?;
        let decisions = decision_map(table, &data)?;

        let opt_outs: Box<[u8]> = table.recipients.iter().map(opt_out_bits).collect();
        // What the user may opt out of anywhere: the recipients' and each
        // transfer rule's own disclosures, so that a choice a transfer
        // alone makes readable has its fact.
        let own_bits: Box<[u8]> = table
            .transfers
            .iter()
            .map(|t| disclosure_bits(&t.disclosed_as))
            .collect();
        let readable: Vec<u8> = opt_outs.iter().chain(&own_bits).copied().collect();
        let marketing = marketing_objections(table);
        let facts = FactIndex::new(
            table
                .uses
                .iter()
                .map(|u| &u.condition)
                .chain(
                    table
                        .transfers
                        .iter()
                        .flat_map(|t| t.grounds.iter().map(|g| &g.condition)),
                )
                .chain(marketing.iter().flatten())
                .chain(&decision_facts(table)),
            &read_choices(table, &readable),
        )
        .ok_or(LoadError::TooLarge)?;
        let marketing: Box<[Option<(Cond, Condition)>]> = marketing
            .into_iter()
            .map(|c| c.map(|c| (facts.compile(&c), c)))
            .collect();
        let choices = Choice::ALL.map(|c| facts.bit(c.name()));

        let mut triples = Vec::with_capacity(table.uses.len());
        for (i, rule) in table.uses.iter().enumerate() {
            let by = || Reference::Use {
                data: rule.data.clone(),
                purpose: rule.purpose.clone(),
            };
            let d = lookup(&data, IdKind::Data, &rule.data, by)?;
            let p = lookup(&purposes, IdKind::Purpose, &rule.purpose, by)?;
            triples.push((d, p, id32(i)?));
        }
        let (use_offsets, use_slots) = group(
            table.data.len(),
            triples,
            |rule| {
                // `rule` is the index the loop above gave the rule, so it
                // is in the table; out of it, the error would name no ids.
                let r = table.uses.get(rule as usize);
                LoadError::DuplicateUse {
                    data: r.map(|r| r.data.clone()).unwrap_or_default(),
                    purpose: r.map(|r| r.purpose.clone()).unwrap_or_default(),
                }
            },
            |(_, purpose, rule)| {
                let r = table.uses.get(rule as usize);
                let marketing = marketing.get(purpose as usize).is_some_and(Option::is_some);
                let limitable = r.is_some_and(|r| r.limitable) && !permitted(table, purpose);
                UseSlot {
                    purpose,
                    rule,
                    cond: r.map_or(Cond::Always, |r| facts.compile(&r.condition)),
                    plain: r.is_some_and(|r| {
                        !marketing && !limitable && r.basis != crate::Basis::Unstated
                    }),
                    limitable,
                }
            },
        )?;

        let mut triples = Vec::with_capacity(table.transfers.len());
        let mut ground_starts = Vec::with_capacity(table.transfers.len());
        let mut ground_conds = Vec::new();
        for (i, rule) in table.transfers.iter().enumerate() {
            let by = || Reference::Transfer {
                data: rule.data.clone(),
                recipient: rule.recipient.clone(),
            };
            let d = lookup(&data, IdKind::Data, &rule.data, by)?;
            let r = lookup(&recipients, IdKind::Recipient, &rule.recipient, by)?;
            // A purpose no flow could name would deny every flow silently.
            for purpose in rule.purposes.iter().flatten() {
                lookup(&purposes, IdKind::Purpose, purpose, by)?;
            }
            triples.push((d, r, id32(i)?));
            ground_starts.push(id32(ground_conds.len())?);
            ground_conds.extend(rule.grounds.iter().map(|g| facts.compile(&g.condition)));
        }
        id32(ground_conds.len())?;
        let (transfer_offsets, transfer_slots) = group(
            table.data.len(),
            triples,
            |rule| {
                // `rule` is the index the loop above gave the rule, so it
                // is in the table; out of it, the error would name no ids.
                let r = table.transfers.get(rule as usize);
                LoadError::DuplicateTransfer {
                    data: r.map(|r| r.data.clone()).unwrap_or_default(),
                    recipient: r.map(|r| r.recipient.clone()).unwrap_or_default(),
                }
            },
            |(_, recipient, rule)| {
                let own = own_bits.get(rule as usize).copied().unwrap_or(0);
                let bits = opt_outs.get(recipient as usize).copied().unwrap_or(0) | own;
                let unstated = table.transfers.get(rule as usize).is_none_or(|r| {
                    r.grounds
                        .iter()
                        .any(|g| g.ground == crate::Ground::Unstated)
                });
                TransferSlot {
                    recipient,
                    rule,
                    grounds: ground_starts.get(rule as usize).copied().unwrap_or(0),
                    opt_outs: bits,
                    recipient_kind: table
                        .recipients
                        .get(recipient as usize)
                        .and_then(|r| r.kind),
                    plain: bits == 0 && !unstated,
                }
            },
        )?;

        Ok(Self {
            data,
            purposes,
            recipients,
            trackers,
            decisions,
            facts,
            use_offsets,
            use_slots,
            transfer_offsets,
            transfer_slots,
            ground_conds: ground_conds.into_boxed_slice(),
            tag: digest_tag(&table.digest),
            choices,
            opt_outs,
            marketing,
        })
    }

    /// The objection that stops every use of purpose `purpose`, compiled
    /// and as written, when the purpose is direct marketing.
    #[inline]
    pub(crate) fn marketing_objection(&self, purpose: u32) -> Option<(Cond, &Condition)> {
        self.marketing
            .get(purpose as usize)
            .and_then(Option::as_ref)
            .map(|(cond, condition)| (*cond, condition))
    }

    /// Data `data`'s use slots (empty for an unknown id).
    #[inline]
    pub(crate) fn uses_of(&self, data: u32) -> &[UseSlot] {
        slots(&self.use_offsets, &self.use_slots, data)
    }

    /// Data `data`'s transfer slots (empty for an unknown id).
    #[inline]
    pub(crate) fn transfers_of(&self, data: u32) -> &[TransferSlot] {
        slots(&self.transfer_offsets, &self.transfer_slots, data)
    }

    /// The use slot linking `data` to `purpose`.
    #[inline]
    pub(crate) fn use_slot(&self, data: u32, purpose: u32) -> Option<&UseSlot> {
        let slots = self.uses_of(data);
        slots
            .binary_search_by_key(&purpose, |s| s.purpose)
            .ok()
            .and_then(|i| slots.get(i))
    }

    /// The transfer slot linking `data` to `recipient`.
    #[inline]
    pub(crate) fn transfer_slot(&self, data: u32, recipient: u32) -> Option<&TransferSlot> {
        let slots = self.transfers_of(data);
        slots
            .binary_search_by_key(&recipient, |s| s.recipient)
            .ok()
            .and_then(|i| slots.get(i))
    }
}

#[inline]
fn slots<'a, T>(offsets: &[u32], slots: &'a [T], data: u32) -> &'a [T] {
    let d = data as usize;
    match (offsets.get(d), offsets.get(d + 1)) {
        (Some(&start), Some(&end)) => slots.get(start as usize..end as usize).unwrap_or(&[]),
        _ => &[],
    }
}
