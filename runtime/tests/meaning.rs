//! Loading checks what a table means, not only its shape: conditions follow
//! their basis or ground, parent links form a tree of enclosing categories,
//! and rules are flattened onto the categories inside.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use std::collections::HashMap;

use policy_runtime::*;
use proptest::prelude::*;

fn load(mut t: RuleTable) -> Result<Rules, LoadError> {
    t.seal();
    Rules::from_table(t)
}

fn use_mut<'a>(t: &'a mut RuleTable, data: &str, purpose: &str) -> &'a mut UseRule {
    t.uses
        .iter_mut()
        .find(|u| u.data == data && u.purpose == purpose)
        .unwrap()
}

#[test]
fn the_sample_and_synthetic_tables_are_consistent() {
    assert!(load(common::sample()).is_ok());
    assert!(load(common::synthetic::table(1_000)).is_ok());
}

#[test]
fn a_consent_use_edited_to_always_is_refused() {
    // The reproduction of the issue: it loaded and allowed with no consent.
    let mut t = common::sample();
    use_mut(&mut t, "account.email", "marketing").condition = Condition::Always;
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::UseConditionMismatch { data, purpose, basis: Basis::Consent, found: Condition::Always }
            if data == "account.email" && purpose == "marketing"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "the use of `account.email` for `marketing` has the condition `always`, but its basis `consent` implies `requires consent:marketing`"
    );
}

#[test]
fn a_consent_ground_edited_to_always_is_refused() {
    // The reproduction for transfers: the decision would have been
    // allowed with no fact, its reason still saying "on the ground of consent".
    let mut t = common::sample();
    let cloud = t
        .transfers
        .iter_mut()
        .find(|r| r.data == "account.email" && r.recipient == "cloud")
        .unwrap();
    let consent = cloud
        .grounds
        .iter_mut()
        .find(|g| g.ground == Ground::Consent)
        .unwrap();
    consent.condition = Condition::Always;
    let err = load(t).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the transfer of `account.email` to `cloud` on the ground `consent` has the condition `always`, but the ground implies `requires consent:cloud`"
    );
}

#[test]
fn a_condition_naming_another_purpose_is_refused() {
    let mut t = common::sample();
    use_mut(&mut t, "account", "marketing").condition = Condition::Requires {
        fact: "consent:billing".into(),
    };
    assert!(matches!(
        load(t),
        Err(LoadError::UseConditionMismatch { .. })
    ));
}

#[test]
fn a_use_on_another_basis_than_its_purpose_is_refused() {
    let mut t = common::sample();
    let rule = use_mut(&mut t, "profile", "targeting");
    rule.basis = Basis::Contract;
    rule.condition = Condition::Always;
    let err = load(t).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::BasisMismatch {
                found: Basis::Contract,
                declared: Basis::LegitimateInterest,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_ground_whose_condition_was_edited_is_refused() {
    let mut t = common::sample();
    let rule = t
        .transfers
        .iter_mut()
        .find(|r| r.recipient == "police")
        .unwrap();
    rule.grounds[0].condition = Condition::Always;
    let err = load(t).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::GroundConditionMismatch {
                ground: Ground::LegalObligation,
                ..
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string().contains("implies `requires legal_request`"),
        "{err}"
    );
}

#[test]
fn a_two_category_parent_cycle_is_refused() {
    let mut t = RuleTable::new("p", "1.0.0", "2026-01-01");
    let mut a = DataEntry::new("a", "A", Identity::Identified);
    a.parent = Some("b".into());
    let mut b = DataEntry::new("b", "B", Identity::Identified);
    b.parent = Some("a".into());
    t.data = vec![a, b];
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::ParentCycle { cycle } if cycle.len() == 2),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "the parents of data categories form a cycle: `a` is inside `b` is inside `a`"
    );
}

#[test]
fn a_parent_that_does_not_enclose_is_refused() {
    let mut t = common::sample();
    let email = t.data.iter_mut().find(|d| d.id == "account.email").unwrap();
    email.parent = Some("profile".into());
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::ParentNotEnclosing { data, parent } if data == "account.email" && parent == "profile"),
        "{err}"
    );
}

#[test]
fn a_rule_of_a_parent_missing_on_a_child_is_refused() {
    let mut t = common::sample();
    t.uses
        .retain(|u| !(u.data == "account.health" && u.purpose == "marketing"));
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::NotFlattened { data, rule: Reference::Use { purpose, .. }, ground: None }
            if data == "account.health" && purpose == "marketing"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "data category `account.health` lacks the use of `account` for `marketing`, which applies to every category inside it"
    );

    let mut t = common::sample();
    t.transfers
        .retain(|r| !(r.data == "account.email" && r.recipient == "acquirer"));
    assert!(matches!(
        load(t),
        Err(LoadError::NotFlattened {
            rule: Reference::Transfer { .. },
            ground: None,
            ..
        })
    ));
}

#[test]
fn a_ground_of_a_parent_missing_on_a_child_is_refused() {
    let mut t = common::sample();
    let account = t
        .transfers
        .iter_mut()
        .find(|r| r.data == "account" && r.recipient == "acquirer")
        .unwrap();
    *account = TransferRule::new(
        "account",
        "acquirer",
        &[Ground::BusinessTransfer, Ground::LegalObligation],
    );
    let err = load(t).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::NotFlattened {
                ground: Some(Ground::LegalObligation),
                ..
            }
        ),
        "{err}"
    );
}

fn transfer_mut<'a>(t: &'a mut RuleTable, data: &str, recipient: &str) -> &'a mut TransferRule {
    t.transfers
        .iter_mut()
        .find(|r| r.data == data && r.recipient == recipient)
        .unwrap()
}

/// Sets the purposes of the transfers of `account` and the categories
/// inside it to `acquirer`.
fn account_sent_for(t: &mut RuleTable, purposes: &[&str]) {
    for data in ["account", "account.email", "account.health"] {
        transfer_mut(t, data, "acquirer").purposes =
            Some(purposes.iter().map(|&p| p.to_owned()).collect());
    }
}

#[test]
fn transfers_for_purposes_that_use_their_data_load() {
    let mut t = common::sample();
    account_sent_for(&mut t, &["billing", "marketing"]);
    assert!(load(t).is_ok());
}

#[test]
fn a_transfer_for_a_purpose_that_does_not_use_its_data_is_refused() {
    // The compiler's E0351: `care` uses only `account.health`, so sending
    // `account` for it would allow a flow for a use that is not allowed.
    let mut t = common::sample();
    account_sent_for(&mut t, &["billing", "care"]);
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::TransferPurposeWithoutUse { data, recipient, purpose }
            if data == "account" && recipient == "acquirer" && purpose == "care"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "the transfer of `account` to `acquirer` is for the purpose `care`, which has no use of `account`"
    );
}

#[test]
fn a_purpose_of_a_parent_s_transfer_missing_on_a_child_is_refused() {
    let mut t = common::sample();
    account_sent_for(&mut t, &["billing", "marketing"]);
    transfer_mut(&mut t, "account.email", "acquirer").purposes = Some(vec!["billing".to_owned()]);
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::PurposeNotFlattened { data, purpose: Some(p), .. }
            if data == "account.email" && &**p == "marketing"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "data category `account.email` lacks the purpose `marketing` of the transfer of `account` to `acquirer`, which applies to every category inside it"
    );

    // The parent's transfer is for any purpose, the child's only for some.
    let mut t = common::sample();
    transfer_mut(&mut t, "account.health", "acquirer").purposes = Some(vec!["care".to_owned()]);
    let err = load(t).unwrap_err();
    assert!(
        matches!(&err, LoadError::PurposeNotFlattened { data, purpose: None, .. } if data == "account.health"),
        "{err}"
    );

    // A child may serve more purposes than its parent: its own transfer adds them.
    let mut t = common::sample();
    account_sent_for(&mut t, &["billing"]);
    transfer_mut(&mut t, "account.health", "acquirer").purposes =
        Some(vec!["billing".to_owned(), "care".to_owned()]);
    assert!(load(t).is_ok());
}

// ------------------------------------------------------------- the property

/// One edit of a valid table.
#[derive(Debug, Clone)]
enum Mutation {
    /// The condition of use `i` becomes condition number `c` of [`conditions`].
    UseCondition(usize, usize),
    /// The basis of use `i` becomes basis `b` (its condition following it or not).
    UseBasis(usize, usize, bool),
    /// Ground `g` of transfer `i` gets condition number `c`.
    GroundCondition(usize, usize, usize),
    /// The parent of category `i` becomes category `j`, or none.
    Parent(usize, Option<usize>),
    /// Use `i` is dropped.
    DropUse(usize),
    /// Transfer `i` is dropped.
    DropTransfer(usize),
    /// Ground `g` of transfer `i` is dropped.
    DropGround(usize, usize),
    /// A use of category `i` for purpose `j`, following the purpose's basis,
    /// is added (if there is none).
    AddUse(usize, usize),
}

/// Conditions a mutation may write, for the purpose or recipient `id`.
fn conditions(id: &str) -> Vec<Condition> {
    let mut all = vec![Condition::Always];
    for fact in [
        fact::consent(id),
        fact::objection(id),
        fact::consent("other"),
        fact::LEGAL_REQUEST.to_owned(),
        fact::CONTRACT_NECESSITY.to_owned(),
    ] {
        all.push(Condition::Requires { fact: fact.clone() });
        all.push(Condition::Unless { fact });
    }
    all
}

fn pick<T>(items: &[T], i: usize) -> Option<usize> {
    (!items.is_empty()).then(|| i % items.len())
}

fn apply(t: &mut RuleTable, m: &Mutation) {
    match *m {
        Mutation::UseCondition(i, c) => {
            if let Some(i) = pick(&t.uses, i) {
                let options = conditions(&t.uses[i].purpose);
                t.uses[i].condition = options[c % options.len()].clone();
            }
        }
        Mutation::UseBasis(i, b, follow) => {
            if let Some(i) = pick(&t.uses, i) {
                let basis = Basis::ALL[b % Basis::ALL.len()];
                t.uses[i].basis = basis;
                if follow {
                    t.uses[i].condition = basis.condition_for(&t.uses[i].purpose);
                }
            }
        }
        Mutation::GroundCondition(i, g, c) => {
            if let Some(i) = pick(&t.transfers, i) {
                let options = conditions(&t.transfers[i].recipient);
                if let Some(g) = pick(&t.transfers[i].grounds, g) {
                    t.transfers[i].grounds[g].condition = options[c % options.len()].clone();
                }
            }
        }
        Mutation::Parent(i, j) => {
            if let Some(i) = pick(&t.data, i) {
                let parent = j
                    .and_then(|j| pick(&t.data, j))
                    .map(|j| t.data[j].id.clone());
                t.data[i].parent = parent;
            }
        }
        Mutation::DropUse(i) => {
            if let Some(i) = pick(&t.uses, i) {
                t.uses.remove(i);
            }
        }
        Mutation::DropTransfer(i) => {
            if let Some(i) = pick(&t.transfers, i) {
                t.transfers.remove(i);
            }
        }
        Mutation::DropGround(i, g) => {
            if let Some(i) = pick(&t.transfers, i)
                && let Some(g) = pick(&t.transfers[i].grounds, g)
            {
                t.transfers[i].grounds.remove(g);
            }
        }
        Mutation::AddUse(i, j) => {
            if let (Some(i), Some(j)) = (pick(&t.data, i), pick(&t.purposes, j)) {
                let (data, purpose) = (t.data[i].id.clone(), &t.purposes[j]);
                if !t
                    .uses
                    .iter()
                    .any(|u| u.data == data && u.purpose == purpose.id)
                {
                    t.uses.push(UseRule::new(&data, &purpose.id, purpose.basis));
                }
            }
        }
    }
}

/// What the table must mean, stated plainly (quadratic, for small tables):
/// the reference the loader is compared with.
fn consistent(t: &RuleTable) -> bool {
    let purposes: HashMap<&str, Basis> = t
        .purposes
        .iter()
        .map(|p| (p.id.as_str(), p.basis))
        .collect();
    let uses_follow = t.uses.iter().all(|u| {
        purposes.get(u.purpose.as_str()) == Some(&u.basis)
            && u.condition == u.basis.condition_for(&u.purpose)
    });
    let grounds_follow = t.transfers.iter().all(|r| {
        r.grounds
            .iter()
            .all(|g| g.condition == g.ground.condition_for(&r.recipient))
    });
    let parents_enclose = t.data.iter().all(|d| {
        d.parent
            .as_deref()
            .is_none_or(|p| d.id.rsplit_once('.').map(|(up, _)| up) == Some(p))
    });
    let flattened = t.data.iter().all(|child| {
        let Some(parent) = &child.parent else {
            return true;
        };
        let uses = t.uses.iter().filter(|u| u.data == *parent).all(|pu| {
            t.uses
                .iter()
                .any(|u| u.data == child.id && u.purpose == pu.purpose)
        });
        let transfers = t.transfers.iter().filter(|r| r.data == *parent).all(|pr| {
            t.transfers.iter().any(|r| {
                r.data == child.id
                    && r.recipient == pr.recipient
                    && pr
                        .grounds
                        .iter()
                        .all(|g| r.grounds.iter().any(|o| o.ground == g.ground))
            })
        });
        uses && transfers
    });
    uses_follow && grounds_follow && parents_enclose && flattened
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = 0..10_000_usize;
    prop_oneof![
        (n.clone(), n.clone()).prop_map(|(i, c)| Mutation::UseCondition(i, c)),
        (n.clone(), n.clone(), any::<bool>()).prop_map(|(i, b, f)| Mutation::UseBasis(i, b, f)),
        (n.clone(), n.clone(), n.clone()).prop_map(|(i, g, c)| Mutation::GroundCondition(i, g, c)),
        (n.clone(), proptest::option::of(n.clone())).prop_map(|(i, j)| Mutation::Parent(i, j)),
        n.clone().prop_map(Mutation::DropUse),
        n.clone().prop_map(Mutation::DropTransfer),
        (n.clone(), n.clone()).prop_map(|(i, g)| Mutation::DropGround(i, g)),
        (n.clone(), n).prop_map(|(i, j)| Mutation::AddUse(i, j)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every inconsistent table is refused, and every consistent one loads.
    #[test]
    fn mutated_tables_load_exactly_when_consistent(
        synthetic in any::<bool>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut t = if synthetic { common::synthetic::table(300) } else { common::sample() };
        for m in &mutations {
            apply(&mut t, m);
        }
        let expected = consistent(&t);
        let loaded = load(t);
        prop_assert_eq!(loaded.is_ok(), expected, "{:?}: {:?}", mutations, loaded.err());
    }
}
