//! What a table means, checked on load, so that a table that says one thing
//! and decides another is refused even when its digest matches (the digest
//! is recomputable by whoever edits the file; only a signature is not).
//!
//! - Each condition is the one its basis or ground implies: a consent use
//!   whose condition was changed to `always` would allow with no consent
//!   while its reason still said "on the basis of consent".
//! - A use rests on the basis its purpose declares.
//! - Parent links form a tree of enclosing categories: no cycle, and the
//!   parent of `a.b` is `a`.
//! - Rules are flattened: every use and transfer ground of a category is
//!   also on each category inside it, as the compiler writes them.
//! - The stance on children states a minimum age from 1 to 99, as the
//!   compiler allows (E0372).
//!
//! Every check is linear in the size of the table and allocates only to
//! report what it refuses.

use crate::fact::{CONSENT_PREFIX, OBJECTION_PREFIX};
use crate::index::Index;
use crate::load::{LoadError, Reference};
use crate::table::{Basis, Condition, Ground, RuleTable};

/// Refuses a table whose rules do not mean what their bases, grounds and
/// parents say. `index` is the one built over `table`.
pub(crate) fn check(table: &RuleTable, index: &Index) -> Result<(), LoadError> {
    let parents = parents(table, index);
    check_acyclic(table, &parents)?;
    check_enclosing(table)?;
    check_uses(table, index)?;
    check_transfers(table)?;
    check_transfer_purposes(table, index)?;
    check_flattened(table, index, &parents)?;
    check_children(table)?;
    check_shared_ids(table, index)
}

/// Refuses a stance on children whose minimum age no policy can state.
fn check_children(table: &RuleTable) -> Result<(), LoadError> {
    match table.children.and_then(|c| c.minimum_age) {
        Some(found) if !(1..=99).contains(&found) => Err(LoadError::MinimumAgeOutOfRange { found }),
        _ => Ok(()),
    }
}

/// Refuses a recipient with a purpose's id: their consents would be one
/// fact.
fn check_shared_ids(table: &RuleTable, index: &Index) -> Result<(), LoadError> {
    match table
        .recipients
        .iter()
        .find(|r| index.purposes.contains_key(r.id.as_str()))
    {
        Some(shared) => Err(LoadError::SharedId {
            id: shared.id.clone(),
        }),
        None => Ok(()),
    }
}

/// Each category's parent, by position (the parents were found declared
/// when the index was built).
fn parents(table: &RuleTable, index: &Index) -> Vec<Option<u32>> {
    table
        .data
        .iter()
        .map(|entry| {
            let parent = entry.parent.as_deref()?;
            index.data.get(parent).copied()
        })
        .collect()
}

/// Where a walk up the parents has been.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    Unseen,
    /// On the walk in progress: meeting it again closes a cycle.
    OnPath,
    /// Known to reach a root.
    Done,
}

/// Refuses parent links that loop. Each category is walked once.
fn check_acyclic(table: &RuleTable, parents: &[Option<u32>]) -> Result<(), LoadError> {
    let mut visits = vec![Visit::Unseen; parents.len()];
    let mut path = Vec::new();
    for start in 0..parents.len() {
        let mut at = Some(start);
        while let Some(i) = at {
            match visits.get(i).copied() {
                Some(Visit::Unseen) => {}
                Some(Visit::OnPath) => return Err(cycle_error(table, &path, i)),
                Some(Visit::Done) | None => break,
            }
            if let Some(v) = visits.get_mut(i) {
                *v = Visit::OnPath;
            }
            path.push(i);
            at = parents.get(i).copied().flatten().map(|p| p as usize);
        }
        for i in path.drain(..) {
            if let Some(v) = visits.get_mut(i) {
                *v = Visit::Done;
            }
        }
    }
    Ok(())
}

/// The categories of the cycle that the walk `path` closed at `again`.
fn cycle_error(table: &RuleTable, path: &[usize], again: usize) -> LoadError {
    let from = path.iter().position(|&i| i == again).unwrap_or(0);
    let cycle = path
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .filter_map(|&i| table.data.get(i).map(|d| d.id.clone()))
        .collect();
    LoadError::ParentCycle { cycle }
}

/// Refuses a parent that is not the enclosing category (`a` for `a.b`).
fn check_enclosing(table: &RuleTable) -> Result<(), LoadError> {
    for entry in &table.data {
        let Some(parent) = &entry.parent else {
            continue;
        };
        let enclosing = entry.id.rsplit_once('.').map(|(up, _)| up);
        if enclosing != Some(parent.as_str()) {
            return Err(LoadError::ParentNotEnclosing {
                data: entry.id.clone(),
                parent: parent.clone(),
            });
        }
    }
    Ok(())
}

/// Refuses a use whose basis is not its purpose's, or whose condition is
/// not the one the basis implies.
fn check_uses(table: &RuleTable, index: &Index) -> Result<(), LoadError> {
    for slot in index.use_slots.iter() {
        let (Some(rule), Some(purpose)) = (
            table.uses.get(slot.rule as usize),
            table.purposes.get(slot.purpose as usize),
        ) else {
            continue;
        };
        if rule.basis != purpose.basis {
            return Err(LoadError::BasisMismatch {
                data: rule.data.clone(),
                purpose: rule.purpose.clone(),
                found: rule.basis,
                declared: purpose.basis,
            });
        }
        if !use_condition_follows(rule.basis, &rule.purpose, &rule.condition) {
            return Err(LoadError::UseConditionMismatch {
                data: rule.data.clone(),
                purpose: rule.purpose.clone(),
                basis: rule.basis,
                found: rule.condition.clone(),
            });
        }
    }
    Ok(())
}

/// Refuses a transfer ground whose condition is not the one it implies.
fn check_transfers(table: &RuleTable) -> Result<(), LoadError> {
    for rule in &table.transfers {
        for ground in &rule.grounds {
            if !ground_condition_follows(ground.ground, &rule.recipient, &ground.condition) {
                return Err(LoadError::GroundConditionMismatch {
                    data: rule.data.clone(),
                    recipient: rule.recipient.clone(),
                    ground: ground.ground,
                    found: ground.condition.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Refuses a transfer for a purpose that does not use its data, as the
/// compiler's E0351 does: the flow would be allowed for a use that is not.
fn check_transfer_purposes(table: &RuleTable, index: &Index) -> Result<(), LoadError> {
    for rule in &table.transfers {
        let Some(data) = index.data.get(rule.data.as_str()).copied() else {
            continue;
        };
        for purpose in rule.purposes.iter().flatten() {
            let used = index
                .purposes
                .get(purpose.as_str())
                .is_some_and(|&p| index.use_slot(data, p).is_some());
            if !used {
                return Err(LoadError::TransferPurposeWithoutUse {
                    data: rule.data.clone(),
                    recipient: rule.recipient.clone(),
                    purpose: purpose.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Refuses a category that lacks a use, a transfer or a transfer ground of
/// its parent. Checking each category against its parent covers every
/// ancestor, since the parent is checked against its own.
fn check_flattened(
    table: &RuleTable,
    index: &Index,
    parents: &[Option<u32>],
) -> Result<(), LoadError> {
    for (child, parent) in parents.iter().enumerate() {
        let (Some(parent), Ok(child)) = (*parent, u32::try_from(child)) else {
            continue;
        };
        check_uses_flattened(table, index, parent, child)?;
        check_transfers_flattened(table, index, parent, child)?;
    }
    Ok(())
}

fn check_uses_flattened(
    table: &RuleTable,
    index: &Index,
    parent: u32,
    child: u32,
) -> Result<(), LoadError> {
    for slot in index.uses_of(parent) {
        if index.use_slot(child, slot.purpose).is_none() {
            // A slot's rule is an index the index was built from, so it
            // is in the table; out of it, the error would name no ids.
            let rule = table.uses.get(slot.rule as usize);
            return Err(not_flattened(
                table,
                child,
                Reference::Use {
                    data: rule.map(|r| r.data.clone()).unwrap_or_default(),
                    purpose: rule.map(|r| r.purpose.clone()).unwrap_or_default(),
                },
                None,
            ));
        }
    }
    Ok(())
}

fn check_transfers_flattened(
    table: &RuleTable,
    index: &Index,
    parent: u32,
    child: u32,
) -> Result<(), LoadError> {
    for slot in index.transfers_of(parent) {
        let Some(rule) = table.transfers.get(slot.rule as usize) else {
            continue;
        };
        let reference = || Reference::Transfer {
            data: rule.data.clone(),
            recipient: rule.recipient.clone(),
        };
        let Some(own) = index
            .transfer_slot(child, slot.recipient)
            .and_then(|s| table.transfers.get(s.rule as usize))
        else {
            return Err(not_flattened(table, child, reference(), None));
        };
        if let Some(missing) = rule
            .grounds
            .iter()
            .find(|g| !own.grounds.iter().any(|o| o.ground == g.ground))
        {
            return Err(not_flattened(
                table,
                child,
                reference(),
                Some(missing.ground),
            ));
        }
        if let Some(missing) = purpose_not_served(rule.purposes.as_deref(), own.purposes.as_deref())
        {
            return Err(LoadError::PurposeNotFlattened {
                data: data_name(table, child),
                rule: reference(),
                purpose: missing.map(Box::from),
            });
        }
    }
    Ok(())
}

/// What a child's transfer (`own`, `None`: for any purpose) lacks of its
/// parent's (`parent`): `Some(Some(p))` a purpose, `Some(None)` the parent's
/// "any purpose", `None` nothing.
fn purpose_not_served<'a>(
    parent: Option<&'a [String]>,
    own: Option<&[String]>,
) -> Option<Option<&'a str>> {
    match (parent, own) {
        (_, None) => None,
        (None, Some(_)) => Some(None),
        (Some(parent), Some(own)) => parent
            .iter()
            .find(|p| !own.contains(p))
            .map(|p| Some(p.as_str())),
    }
}

fn not_flattened(
    table: &RuleTable,
    child: u32,
    rule: Reference,
    ground: Option<Ground>,
) -> LoadError {
    LoadError::NotFlattened {
        data: data_name(table, child),
        rule,
        ground,
    }
}

/// The id of data category `index`. It is an index of the table's index,
/// so it is in the table; out of it, the error would name no id.
fn data_name(table: &RuleTable, index: u32) -> String {
    table
        .data
        .get(index as usize)
        .map(|d| d.id.clone())
        .unwrap_or_default()
}

/// Whether `fact` is `prefix` followed by `id`.
fn is_fact(fact: &str, prefix: &str, id: &str) -> bool {
    fact.strip_prefix(prefix) == Some(id)
}

/// Whether `condition` is [`Basis::condition_for`] `purpose`, compared in
/// place rather than built (a table has many rules).
pub(crate) fn use_condition_follows(basis: Basis, purpose: &str, condition: &Condition) -> bool {
    match (basis, condition) {
        (Basis::Consent | Basis::ExplicitConsent, Condition::Requires { fact }) => {
            is_fact(fact, CONSENT_PREFIX, purpose)
        }
        (Basis::LegitimateInterest, Condition::Unless { fact }) => {
            is_fact(fact, OBJECTION_PREFIX, purpose)
        }
        (
            Basis::Contract
            | Basis::LegalObligation
            | Basis::VitalInterests
            | Basis::PublicTask
            | Basis::Unstated,
            Condition::Always,
        ) => true,
        _ => false,
    }
}

/// Whether `condition` is [`Ground::condition_for`] `recipient`, compared in
/// place.
pub(crate) fn ground_condition_follows(
    ground: Ground,
    recipient: &str,
    condition: &Condition,
) -> bool {
    match (ground, condition) {
        (Ground::Unstated, Condition::Always) => true,
        (Ground::LegitimateInterest, Condition::Unless { fact }) => {
            is_fact(fact, OBJECTION_PREFIX, recipient)
        }
        (Ground::Unstated | Ground::LegitimateInterest, _)
        | (_, Condition::Always | Condition::Unless { .. }) => false,
        (_, Condition::Requires { fact }) => match ground.plain_fact() {
            Some(plain) => fact == plain,
            None => is_fact(fact, CONSENT_PREFIX, recipient),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::PLAIN;

    fn variants(id: &str) -> Vec<Condition> {
        let mut all = vec![Condition::Always];
        for fact in [
            format!("consent:{id}"),
            format!("objection:{id}"),
            format!("consent:{id}x"),
            "consent:".to_owned(),
        ]
        .into_iter()
        .chain(PLAIN.map(str::to_owned))
        {
            all.push(Condition::Requires { fact: fact.clone() });
            all.push(Condition::Unless { fact });
        }
        all
    }

    #[test]
    fn in_place_comparison_agrees_with_the_convention() {
        for basis in Basis::ALL {
            for condition in variants("ads") {
                assert_eq!(
                    use_condition_follows(basis, "ads", &condition),
                    condition == basis.condition_for("ads"),
                    "{basis} {condition:?}"
                );
            }
        }
        for ground in Ground::ALL {
            for condition in variants("mailer") {
                assert_eq!(
                    ground_condition_follows(ground, "mailer", &condition),
                    condition == ground.condition_for("mailer"),
                    "{ground} {condition:?}"
                );
            }
        }
    }
}
