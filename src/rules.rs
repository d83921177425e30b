//! The rules backend: the model compiled into the runtime's rule table.
//!
//! The table's types belong to `policy-runtime`; this module only fills
//! them. Parent rules are flattened onto children here, once, so that a
//! decision at run time is a lookup: a use of `account` becomes a rule for
//! `account` and for every category inside it.

use std::collections::BTreeMap;

use policy_runtime as rt;

use crate::model::{self, Policy};

/// Compiles a policy into a sealed rule table.
pub fn table(policy: &Policy) -> rt::RuleTable {
    let mut table = rt::RuleTable::new(
        &policy.id,
        &policy.header.version.to_string(),
        &policy.header.effective.to_string(),
    );
    let mut data: Vec<&model::DataCategory> = policy.data.iter().collect();
    data.sort_by(|a, b| a.id.cmp(&b.id));
    let sorted_ids: Vec<&str> = data.iter().map(|d| d.id.as_str()).collect();

    table.data = data.iter().map(|d| data_entry(d)).collect();
    table.purposes = sorted_by_id(policy.purposes.iter().map(purpose_entry).collect(), |p| {
        &p.id
    });
    table.recipients = sorted_by_id(
        policy.recipients.iter().map(recipient_entry).collect(),
        |r| &r.id,
    );
    table.uses = uses(policy, &data, &sorted_ids);
    table.transfers = transfers(policy, &sorted_ids);
    table.seal();
    table
}

fn sorted_by_id<T>(mut items: Vec<T>, id: impl Fn(&T) -> &String) -> Vec<T> {
    items.sort_by(|a, b| id(a).cmp(id(b)));
    items
}

/// The ids of `ancestor` and every category inside it, from the sorted list
/// of ids. Descendants of `a` are exactly the ids in `["a.", "a/")` (`/`
/// follows `.` in ASCII), so two binary searches find them whatever the
/// number of categories that merely share a prefix (`a1`, `a10`…).
fn within<'a>(sorted_ids: &[&'a str], ancestor: &str) -> impl Iterator<Item = &'a str> {
    within_indices(sorted_ids, ancestor).filter_map(|i| sorted_ids.get(i).copied())
}

/// [`within`], as indices into `sorted_ids`.
fn within_indices(sorted_ids: &[&str], ancestor: &str) -> impl Iterator<Item = usize> + use<> {
    let own = sorted_ids.binary_search(&ancestor).ok();
    let low = format!("{ancestor}.");
    let high = format!("{ancestor}/");
    let start = sorted_ids.partition_point(|id| *id < low.as_str());
    let end = sorted_ids.partition_point(|id| *id < high.as_str());
    own.into_iter().chain(start..end.max(start))
}

fn data_entry(category: &model::DataCategory) -> rt::DataEntry {
    let mut entry = rt::DataEntry::new(&category.id, &category.label, identity(category.identity));
    entry.parent = category.parent.clone();
    entry.special = category
        .special
        .map(|s| crate::check::keyword_of(crate::check::SPECIAL_CATEGORIES, &s).to_owned());
    entry.required = category.requirement == Some(model::Requirement::Required);
    entry.retention = category.retention.iter().map(period).collect();
    entry
}

fn purpose_entry(purpose: &model::Purpose) -> rt::PurposeEntry {
    let mut entry = rt::PurposeEntry::new(&purpose.id, &purpose.label, basis(purpose.basis));
    entry.interest = purpose.interest.clone();
    entry.only_depersonalized = purpose.only_depersonalized;
    entry
}

fn recipient_entry(recipient: &model::Recipient) -> rt::RecipientEntry {
    let mut entry = rt::RecipientEntry::new(&recipient.id, &recipient.label);
    entry.country = recipient.country.clone();
    entry.safeguard = recipient.safeguard.clone();
    entry.bound_by_policy = recipient.bound_by_policy;
    entry
}

fn uses(policy: &Policy, data: &[&model::DataCategory], sorted_ids: &[&str]) -> Vec<rt::UseRule> {
    // The pairs first, small, sorted by (data, purpose) and without
    // repeats (the first purpose of an id wins); then the rules, each made
    // once into a list of the right size.
    let mut pairs: Vec<(usize, &str, usize)> = Vec::new();
    for (position, purpose) in policy.purposes.iter().enumerate() {
        for used in &purpose.uses {
            pairs.extend(
                within_indices(sorted_ids, used).map(|i| (i, purpose.id.as_str(), position)),
            );
        }
    }
    pairs.sort_unstable();
    pairs.dedup_by(|b, a| (a.0, a.1) == (b.0, b.1));
    let mut rules = Vec::with_capacity(pairs.len());
    for (index, _, position) in pairs {
        if let (Some(category), Some(purpose)) = (data.get(index), policy.purposes.get(position)) {
            let mut rule = rt::UseRule::new(&category.id, &purpose.id, basis(purpose.basis));
            rule.retention = category.retention.iter().map(period).collect();
            rules.push(rule);
        }
    }
    rules
}

fn transfers(policy: &Policy, sorted_ids: &[&str]) -> Vec<rt::TransferRule> {
    let mut grounds: BTreeMap<(&str, &str), Vec<model::Ground>> = BTreeMap::new();
    for transfer in &policy.transfers {
        for sent in &transfer.data {
            for id in within(sorted_ids, sent) {
                let entry = grounds
                    .entry((id, transfer.recipient.as_str()))
                    .or_default();
                for ground in &transfer.grounds {
                    if !entry.contains(ground) {
                        entry.push(*ground);
                    }
                }
            }
        }
    }
    grounds
        .into_iter()
        .map(|((data, recipient), list)| {
            let list: Vec<rt::Ground> = list.into_iter().map(ground).collect();
            rt::TransferRule::new(data, recipient, &list)
        })
        .collect()
}

fn identity(identity: model::Identity) -> rt::Identity {
    match identity {
        model::Identity::Identified => rt::Identity::Identified,
        model::Identity::Pseudonymized => rt::Identity::Pseudonymized,
        model::Identity::Depersonalized => rt::Identity::Depersonalized,
    }
}

fn basis(basis: model::Basis) -> rt::Basis {
    match basis {
        model::Basis::Consent => rt::Basis::Consent,
        model::Basis::ExplicitConsent => rt::Basis::ExplicitConsent,
        model::Basis::Contract => rt::Basis::Contract,
        model::Basis::LegalObligation => rt::Basis::LegalObligation,
        model::Basis::VitalInterests => rt::Basis::VitalInterests,
        model::Basis::PublicTask => rt::Basis::PublicTask,
        model::Basis::LegitimateInterest => rt::Basis::LegitimateInterest,
    }
}

fn ground(ground: model::Ground) -> rt::Ground {
    match ground {
        model::Ground::Consent => rt::Ground::Consent,
        model::Ground::Contract => rt::Ground::Contract,
        model::Ground::LegalObligation => rt::Ground::LegalObligation,
        model::Ground::RightsProtection => rt::Ground::RightsProtection,
        model::Ground::BusinessTransfer => rt::Ground::BusinessTransfer,
        model::Ground::DepersonalizedStatistics => rt::Ground::DepersonalizedStatistics,
    }
}

fn period(period: &model::Period) -> rt::RetentionPeriod {
    match period {
        model::Period::For { duration, from } => rt::RetentionPeriod::For {
            amount: duration.amount,
            unit: match duration.unit {
                model::TimeUnit::Day => rt::TimeUnit::Day,
                model::TimeUnit::Week => rt::TimeUnit::Week,
                model::TimeUnit::Month => rt::TimeUnit::Month,
                model::TimeUnit::Year => rt::TimeUnit::Year,
            },
            from: from.clone(),
        },
        model::Period::Until { event } => rt::RetentionPeriod::Until {
            event: event.clone(),
        },
        model::Period::AsRequiredByLaw => rt::RetentionPeriod::AsRequiredByLaw,
    }
}

/// The table as pretty JSON with a final newline, as written to `rules.json`.
pub fn to_json(table: &rt::RuleTable) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Writing into memory fails only if the table cannot be serialized,
    // which its types (strings, numbers, lists, string keys) never are.
    let _ = write_json(table, &mut bytes);
    bytes
}

/// Streams the table as pretty JSON with a final newline into `out`: the
/// bytes of [`to_json`], written through a buffer.
pub fn write_json(table: &rt::RuleTable, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::with_capacity(crate::build::CHUNK, out);
    serde_json::to_writer_pretty(&mut out, table)?;
    out.write_all(b"\n")?;
    out.flush()
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

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
    fn descendants_are_found_by_prefix_not_by_string_start() {
        let ids = [
            "account",
            "account.email",
            "account.name",
            "account_x",
            "accounting",
        ];
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
