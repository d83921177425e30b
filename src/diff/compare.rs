//! The comparison of two models, area by area.
//!
//! Every class is decided by placing the old and the new value on one
//! scale, where higher means more processing of users' data or less
//! protection: a higher new value is expanding, a lower one narrowing, a
//! different value at the same height editorial. Comparing the other way
//! round therefore swaps expanding and narrowing and nothing else, which is
//! what makes the diff symmetric.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use super::words::{self, quoted};
use super::{Action, Area, Change, Class, Diff};
use crate::model::*;
use crate::vocab::Closed;

/// Compares two editions.
pub fn diff(old: &Policy, new: &Policy) -> Diff {
    let (old_side, new_side) = (Side::new(old), Side::new(new));
    let mut cx = Cx {
        old: &old_side,
        new: &new_side,
        changes: Vec::new(),
    };
    cx.header();
    cx.data();
    cx.purposes();
    cx.recipients();
    cx.transfers();
    cx.retention();
    cx.rights();
    cx.statements(Area::Obligation);
    cx.statements(Area::Security);
    cx.change_policy();
    cx.clauses();
    if cx.changes.is_empty() && normalized(old) != normalized(new) {
        cx.push(
            Class::Editorial,
            Area::Policy,
            "",
            None,
            Action::Changed,
            "The policy was restated (reordered or regrouped) without a change in what it says"
                .to_owned(),
        );
    }
    Diff {
        changes: cx.changes,
    }
}

/// The model without what describes the edition rather than what it says.
fn normalized(policy: &Policy) -> Policy {
    let mut policy = policy.clone();
    policy.header.version = semver::Version::new(0, 0, 0);
    policy.header.effective = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    policy.tests.clear();
    policy
}

/// The class of a move from `old` to `new` on a scale where higher means
/// more processing or less protection.
fn by_rank<T: Ord>(old: T, new: T) -> Class {
    match new.cmp(&old) {
        Ordering::Greater => Class::Expanding,
        Ordering::Less => Class::Narrowing,
        Ordering::Equal => Class::Editorial,
    }
}

/// Added, removed or changed, for an optional value.
fn option_action<T>(old: Option<T>, new: Option<T>) -> Action {
    match (old, new) {
        (None, Some(_)) => Action::Added,
        (Some(_), None) => Action::Removed,
        _ => Action::Changed,
    }
}

/// The items of `a` that are not in `b`, in order.
fn missing<'a, T: PartialEq>(a: &'a [T], b: &[T]) -> Vec<&'a T> {
    a.iter().filter(|x| !b.contains(x)).collect()
}

/// One edition, with its declarations indexed by id.
struct Side<'a> {
    policy: &'a Policy,
    data_ix: HashMap<&'a str, &'a DataCategory>,
    purpose_ix: HashMap<&'a str, &'a Purpose>,
    recipient_ix: HashMap<&'a str, &'a Recipient>,
}

impl<'a> Side<'a> {
    fn new(policy: &'a Policy) -> Side<'a> {
        Side {
            policy,
            data_ix: policy.data.iter().map(|d| (d.id.as_str(), d)).collect(),
            purpose_ix: policy.purposes.iter().map(|p| (p.id.as_str(), p)).collect(),
            recipient_ix: policy
                .recipients
                .iter()
                .map(|r| (r.id.as_str(), r))
                .collect(),
        }
    }

    fn data(&self, id: &str) -> Option<&'a DataCategory> {
        self.data_ix.get(id).copied()
    }

    fn purpose(&self, id: &str) -> Option<&'a Purpose> {
        self.purpose_ix.get(id).copied()
    }

    fn recipient(&self, id: &str) -> Option<&'a Recipient> {
        self.recipient_ix.get(id).copied()
    }

    /// The quoted label of a data category, or its id when it is unknown.
    fn data_name(&self, id: &str) -> String {
        self.data(id)
            .map_or_else(|| format!("`{id}`"), |d| quoted(&d.label))
    }

    /// The quoted labels of several data categories.
    fn data_names(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|id| self.data_name(id)).collect();
        words::list(&names, "and")
    }

    /// The quoted label of a recipient.
    fn recipient_name(&self, id: &str) -> String {
        self.recipient(id)
            .map_or_else(|| format!("`{id}`"), |r| quoted(&r.label))
    }
}

impl std::ops::Deref for Side<'_> {
    type Target = Policy;

    fn deref(&self) -> &Policy {
        self.policy
    }
}

struct Cx<'a> {
    old: &'a Side<'a>,
    new: &'a Side<'a>,
    changes: Vec<Change>,
}

impl Cx<'_> {
    fn push(
        &mut self,
        class: Class,
        area: Area,
        subject: &str,
        aspect: Option<&str>,
        action: Action,
        explanation: String,
    ) {
        self.changes.push(Change {
            class,
            area,
            subject: subject.to_owned(),
            aspect: aspect.map(str::to_owned),
            action,
            explanation,
        });
    }

    /// An editorial change of an optional text: `WHAT changed from "a" to "b"`.
    fn text(
        &mut self,
        area: Area,
        subject: &str,
        aspect: Option<&str>,
        what: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        if old == new {
            return;
        }
        let explanation = match (old, new) {
            (None, Some(n)) => format!("{what} now stated: {}", quoted(n)),
            (Some(o), None) => format!("{what} no longer stated (before: {})", quoted(o)),
            (Some(o), Some(n)) => format!("{what} changed from {} to {}", quoted(o), quoted(n)),
            (None, None) => return,
        };
        self.push(
            Class::Editorial,
            area,
            subject,
            aspect,
            option_action(old, new),
            explanation,
        );
    }

    fn header(&mut self) {
        let (o, n) = (&self.old.header, &self.new.header);
        let h = Area::Header;
        self.text(
            h,
            "title",
            None,
            "The title",
            Some(&o.title),
            Some(&n.title),
        );
        self.text(
            h,
            "language",
            None,
            "The language of the text",
            Some(&o.language),
            Some(&n.language),
        );
        if o.controller.name != n.controller.name {
            // A new controller is a new company holding users' data: the
            // old one leaving narrows, the new one arriving expands.
            self.push(
                Class::Narrowing,
                h,
                "controller",
                None,
                Action::Removed,
                format!(
                    "{} is no longer the controller responsible for the processing",
                    quoted(&o.controller.name)
                ),
            );
            self.push(
                Class::Expanding,
                h,
                "controller",
                None,
                Action::Added,
                format!(
                    "{} is now the controller responsible for the processing",
                    quoted(&n.controller.name)
                ),
            );
        }
        self.text(
            h,
            "service",
            None,
            "The name of the Service",
            Some(&o.controller.service),
            Some(&n.controller.service),
        );
        self.text(
            h,
            "website",
            None,
            "The website of the Service",
            o.controller.website.as_deref(),
            n.controller.website.as_deref(),
        );
        self.text(
            h,
            "address",
            None,
            "The controller's postal address",
            o.controller.address.as_deref(),
            n.controller.address.as_deref(),
        );
        self.text(
            h,
            "published",
            None,
            "The address where the Policy is published",
            Some(&o.published),
            Some(&n.published),
        );
        self.text(
            h,
            "contact",
            None,
            "The contact address",
            Some(&o.contact),
            Some(&n.contact),
        );
        self.text(
            h,
            "governing_law",
            None,
            "The governing law",
            o.governing_law.as_deref(),
            n.governing_law.as_deref(),
        );
        if o.acceptance != n.acceptance {
            // Not stated ranks between the declared values.
            let rank = |a: Option<Acceptance>| a.map_or(1, |a| a.entry().rank);
            self.push(
                by_rank(rank(o.acceptance), rank(n.acceptance)),
                h,
                "accepted",
                None,
                option_action(o.acceptance, n.acceptance),
                format!(
                    "How the User accepts the Policy changed from {} to {}",
                    words::acceptance(o.acceptance),
                    words::acceptance(n.acceptance)
                ),
            );
        }
        self.text(
            h,
            "scope",
            None,
            "The scope of the Policy",
            o.scope.as_deref(),
            n.scope.as_deref(),
        );
        if o.part_of != n.part_of {
            let list = |items: &[String]| {
                let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
                if quoted.is_empty() {
                    "none".to_owned()
                } else {
                    words::list(&quoted, "and")
                }
            };
            let action = match (o.part_of.is_empty(), n.part_of.is_empty()) {
                (true, false) => Action::Added,
                (false, true) => Action::Removed,
                _ => Action::Changed,
            };
            self.push(
                Class::Editorial,
                h,
                "part_of",
                None,
                action,
                format!(
                    "The agreements the Policy is part of changed from {} to {}",
                    list(&o.part_of),
                    list(&n.part_of)
                ),
            );
        }
    }

    fn data(&mut self) {
        let (old, new) = (self.old, self.new);
        for n in &new.data {
            let Some(o) = old.data(&n.id) else {
                let mut details = Vec::new();
                if let Some(r) = n.requirement {
                    details.push(words::requirement(Some(r)).to_owned());
                }
                if n.identity != Identity::Identified {
                    details.push(words::identity(n.identity).to_owned());
                }
                if let Some(s) = n.special {
                    details.push(format!("special category: {}", words::special(s)));
                }
                let details = if details.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", details.join(", "))
                };
                let inside = n
                    .parent
                    .as_deref()
                    .map(|p| format!(", inside {}", new.data_name(p)))
                    .unwrap_or_default();
                self.push(
                    Class::Expanding,
                    Area::Data,
                    &n.id,
                    None,
                    Action::Added,
                    format!("New data category {}{details}{inside}", quoted(&n.label)),
                );
                continue;
            };
            self.data_category(o, n);
        }
        for o in &old.data {
            if new.data(&o.id).is_none() {
                self.push(
                    Class::Narrowing,
                    Area::Data,
                    &o.id,
                    None,
                    Action::Removed,
                    format!("Data category {} is no longer collected", quoted(&o.label)),
                );
            }
        }
    }

    fn data_category(&mut self, o: &DataCategory, n: &DataCategory) {
        let d = Area::Data;
        let id = n.id.as_str();
        let name = quoted(&n.label);
        if o.label != n.label {
            self.push(
                Class::Editorial,
                d,
                id,
                Some("label"),
                Action::Changed,
                format!("Data category {} renamed to {name}", quoted(&o.label)),
            );
        }
        self.text(
            d,
            id,
            Some("description"),
            &format!("The description of {name}"),
            o.description.as_deref(),
            n.description.as_deref(),
        );
        if o.source != n.source {
            // Not stated ranks with the user.
            let rank = |s: Option<Source>| s.map_or(0, |s| s.entry().rank);
            self.push(
                by_rank(rank(o.source), rank(n.source)),
                d,
                id,
                Some("source"),
                option_action(o.source, n.source),
                format!(
                    "{name} is now {} (before: {})",
                    words::source(n.source),
                    words::source(o.source)
                ),
            );
        }
        if o.identity != n.identity {
            let rank = |i: Identity| i.entry().rank;
            self.push(
                by_rank(rank(o.identity), rank(n.identity)),
                d,
                id,
                Some("identity"),
                Action::Changed,
                format!(
                    "{name} is now {} (before: {})",
                    words::identity(n.identity),
                    words::identity(o.identity)
                ),
            );
        }
        if o.special != n.special {
            let explanation = match (o.special, n.special) {
                (None, Some(s)) => {
                    format!("{name} is now special-category data: {}", words::special(s))
                }
                (Some(s), None) => format!(
                    "{name} is no longer special-category data (before: {})",
                    words::special(s)
                ),
                (Some(a), Some(b)) => format!(
                    "{name} is now special-category data of another kind: {} (before: {})",
                    words::special(b),
                    words::special(a)
                ),
                (None, None) => String::new(),
            };
            self.push(
                by_rank(o.special.is_some(), n.special.is_some()),
                d,
                id,
                Some("special"),
                option_action(o.special, n.special),
                explanation,
            );
        }
        let added = missing(&n.examples, &o.examples);
        if !added.is_empty() {
            let items: Vec<String> = added.iter().map(|e| quoted(e)).collect();
            self.push(
                Class::Expanding,
                d,
                id,
                Some("examples"),
                Action::Added,
                format!(
                    "What {name} covers now includes {}",
                    words::list(&items, "and")
                ),
            );
        }
        let removed = missing(&o.examples, &n.examples);
        if !removed.is_empty() {
            let items: Vec<String> = removed.iter().map(|e| quoted(e)).collect();
            self.push(
                Class::Narrowing,
                d,
                id,
                Some("examples"),
                Action::Removed,
                format!(
                    "What {name} covers no longer includes {}",
                    words::list(&items, "or")
                ),
            );
        }
        if o.requirement != n.requirement {
            let rank = |r: Option<Requirement>| match r {
                Some(Requirement::Optional) => 0,
                None => 1,
                Some(Requirement::Required) => 2,
            };
            self.push(
                by_rank(rank(o.requirement), rank(n.requirement)),
                d,
                id,
                Some("requirement"),
                option_action(o.requirement, n.requirement),
                format!(
                    "Whether the User must provide {name} changed from {} to {}",
                    words::requirement(o.requirement),
                    words::requirement(n.requirement)
                ),
            );
        }
        self.text(
            d,
            id,
            Some("collected"),
            &format!("When {name} is collected"),
            o.collected.as_deref(),
            n.collected.as_deref(),
        );
    }

    fn purposes(&mut self) {
        let (old, new) = (self.old, self.new);
        for n in &new.purposes {
            let Some(o) = old.purpose(&n.id) else {
                let restriction = if n.only_depersonalized {
                    ", depersonalized data only"
                } else {
                    ""
                };
                self.push(
                    Class::Expanding,
                    Area::Purpose,
                    &n.id,
                    None,
                    Action::Added,
                    format!(
                        "New purpose {} on the basis of {}, using {}{restriction}",
                        quoted(&n.label),
                        words::basis(n.basis),
                        new.data_names(&n.uses)
                    ),
                );
                continue;
            };
            self.purpose(o, n);
        }
        for o in &old.purposes {
            if new.purpose(&o.id).is_none() {
                self.push(
                    Class::Narrowing,
                    Area::Purpose,
                    &o.id,
                    None,
                    Action::Removed,
                    format!(
                        "Purpose {} removed: data is no longer processed for it",
                        quoted(&o.label)
                    ),
                );
            }
        }
    }

    fn purpose(&mut self, o: &Purpose, n: &Purpose) {
        let (old, new) = (self.old, self.new);
        let p = Area::Purpose;
        let id = n.id.as_str();
        let name = quoted(&n.label);
        if o.label != n.label {
            self.push(
                Class::Editorial,
                p,
                id,
                Some("label"),
                Action::Changed,
                format!("Purpose {} renamed to {name}", quoted(&o.label)),
            );
        }
        self.text(
            p,
            id,
            Some("description"),
            &format!("The description of purpose {name}"),
            o.description.as_deref(),
            n.description.as_deref(),
        );
        // Uses: a category is covered when it is inside a declared use.
        let mut coverage_changed = false;
        for used in &n.uses {
            if o.uses.iter().any(|u| is_within(used, u)) {
                continue;
            }
            coverage_changed = true;
            let parts: Vec<String> = o
                .uses
                .iter()
                .filter(|u| is_within(u, used))
                .cloned()
                .collect();
            let explanation = if parts.is_empty() {
                format!("Purpose {name} now uses {}", new.data_name(used))
            } else {
                format!(
                    "Purpose {name} now uses all of {} (before: only {})",
                    new.data_name(used),
                    old.data_names(&parts)
                )
            };
            self.push(
                Class::Expanding,
                p,
                id,
                Some("uses"),
                Action::Added,
                explanation,
            );
        }
        for used in &o.uses {
            if n.uses.iter().any(|u| is_within(used, u)) {
                continue;
            }
            coverage_changed = true;
            let parts: Vec<String> = n
                .uses
                .iter()
                .filter(|u| is_within(u, used))
                .cloned()
                .collect();
            let explanation = if parts.is_empty() {
                format!("Purpose {name} no longer uses {}", old.data_name(used))
            } else {
                format!(
                    "Purpose {name} no longer uses all of {}, only {}",
                    old.data_name(used),
                    new.data_names(&parts)
                )
            };
            self.push(
                Class::Narrowing,
                p,
                id,
                Some("uses"),
                Action::Removed,
                explanation,
            );
        }
        if !coverage_changed && !same_set(&o.uses, &n.uses) {
            self.push(
                Class::Editorial,
                p,
                id,
                Some("uses"),
                Action::Changed,
                format!(
                    "Purpose {name} lists its data differently ({}) without a change in what it uses",
                    new.data_names(&n.uses)
                ),
            );
        }
        if o.basis != n.basis {
            let rank = |b: Basis| b.entry().rank;
            self.push(
                by_rank(rank(o.basis), rank(n.basis)),
                p,
                id,
                Some("basis"),
                Action::Changed,
                format!(
                    "The legal basis of {name} changed from {} to {}",
                    words::basis(o.basis),
                    words::basis(n.basis)
                ),
            );
        }
        self.text(
            p,
            id,
            Some("interest"),
            &format!("The legitimate interest of {name}"),
            o.interest.as_deref(),
            n.interest.as_deref(),
        );
        if o.only_depersonalized != n.only_depersonalized {
            let (class, action, explanation) = if n.only_depersonalized {
                (
                    Class::Narrowing,
                    Action::Added,
                    format!("Purpose {name} is now restricted to depersonalized data"),
                )
            } else {
                (
                    Class::Expanding,
                    Action::Removed,
                    format!(
                        "Purpose {name} may now use identified data (before: depersonalized data only)"
                    ),
                )
            };
            self.push(class, p, id, Some("only"), action, explanation);
        }
    }

    fn recipients(&mut self) {
        let (old, new) = (self.old, self.new);
        for n in &new.recipients {
            let Some(o) = old.recipient(&n.id) else {
                let country = n
                    .country
                    .as_deref()
                    .map(|c| format!(", in {}", quoted(c)))
                    .unwrap_or_default();
                self.push(
                    Class::Expanding,
                    Area::Recipient,
                    &n.id,
                    None,
                    Action::Added,
                    format!(
                        "New recipient {}, {}{country}",
                        quoted(&n.label),
                        words::recipient_kind(n.kind)
                    ),
                );
                continue;
            };
            self.recipient(o, n);
        }
        for o in &old.recipients {
            if new.recipient(&o.id).is_none() {
                self.push(
                    Class::Narrowing,
                    Area::Recipient,
                    &o.id,
                    None,
                    Action::Removed,
                    format!("Recipient {} removed", quoted(&o.label)),
                );
            }
        }
    }

    fn recipient(&mut self, o: &Recipient, n: &Recipient) {
        let r = Area::Recipient;
        let id = n.id.as_str();
        let name = quoted(&n.label);
        if o.label != n.label {
            self.push(
                Class::Editorial,
                r,
                id,
                Some("label"),
                Action::Changed,
                format!("Recipient {} renamed to {name}", quoted(&o.label)),
            );
        }
        self.text(
            r,
            id,
            Some("description"),
            &format!("The description of recipient {name}"),
            o.description.as_deref(),
            n.description.as_deref(),
        );
        if o.kind != n.kind {
            // Not stated ranks with the independent kinds.
            let rank = |k: Option<RecipientKind>| k.map_or(1, |k| k.entry().rank);
            self.push(
                by_rank(rank(o.kind), rank(n.kind)),
                r,
                id,
                Some("kind"),
                option_action(o.kind, n.kind),
                format!(
                    "Recipient {name} is now {} (before: {})",
                    words::recipient_kind(n.kind),
                    words::recipient_kind(o.kind)
                ),
            );
        }
        if o.country != n.country {
            let explanation = match (&o.country, &n.country) {
                (None, Some(c)) => format!("Recipient {name} is now abroad, in {}", quoted(c)),
                (Some(c), None) => format!(
                    "Recipient {name} is no longer abroad (before: in {})",
                    quoted(c)
                ),
                (Some(a), Some(b)) => format!(
                    "Recipient {name} is now in {} (before: in {})",
                    quoted(b),
                    quoted(a)
                ),
                (None, None) => String::new(),
            };
            self.push(
                by_rank(o.country.is_some(), n.country.is_some()),
                r,
                id,
                Some("country"),
                option_action(o.country.as_ref(), n.country.as_ref()),
                explanation,
            );
        }
        if o.safeguard != n.safeguard {
            let explanation = match (&o.safeguard, &n.safeguard) {
                (None, Some(s)) => {
                    format!("Transfers to {name} are now protected by {}", quoted(s))
                }
                (Some(s), None) => format!(
                    "Transfers to {name} are no longer protected by {}",
                    quoted(s)
                ),
                (Some(a), Some(b)) => format!(
                    "The safeguard for transfers to {name} changed from {} to {}",
                    quoted(a),
                    quoted(b)
                ),
                (None, None) => String::new(),
            };
            self.push(
                // No safeguard is less protection: higher on the scale.
                by_rank(o.safeguard.is_none(), n.safeguard.is_none()),
                r,
                id,
                Some("safeguard"),
                option_action(o.safeguard.as_ref(), n.safeguard.as_ref()),
                explanation,
            );
        }
        if o.bound_by_policy != n.bound_by_policy {
            let (class, action, explanation) = if n.bound_by_policy {
                (
                    Class::Narrowing,
                    Action::Added,
                    format!("Recipient {name} is now bound by this Policy"),
                )
            } else {
                (
                    Class::Expanding,
                    Action::Removed,
                    format!("Recipient {name} is no longer bound by this Policy"),
                )
            };
            self.push(class, r, id, Some("bound_by_policy"), action, explanation);
        }
    }

    fn transfers(&mut self) {
        let (old, new) = (self.old, self.new);
        let old_triples = triples(old);
        let new_triples = triples(new);
        let added = uncovered(&new_triples, &old_triples);
        let removed = uncovered(&old_triples, &new_triples);
        for (recipient, data, grounds) in group(&added) {
            let (data_name, to) = (new.data_name(data), new.recipient_name(recipient));
            let explanation = if covers_pair(&old_triples, recipient, data) {
                format!(
                    "{data_name} may now be sent to {to} also {}",
                    words::grounds(&grounds)
                )
            } else {
                format!(
                    "{data_name} may now be sent to {to} {}",
                    words::grounds(&grounds)
                )
            };
            self.push(
                Class::Expanding,
                Area::Transfer,
                recipient,
                Some(data),
                Action::Added,
                explanation,
            );
        }
        for (recipient, data, grounds) in group(&removed) {
            let (data_name, to) = (old.data_name(data), old.recipient_name(recipient));
            let parts: Vec<String> = new_triples
                .iter()
                .filter(|(r, d, g)| r == recipient && is_within(d, data) && grounds.contains(g))
                .map(|(_, d, _)| d.clone())
                .fold(Vec::new(), |mut acc, d| {
                    if !acc.contains(&d) {
                        acc.push(d);
                    }
                    acc
                });
            let explanation = if !parts.is_empty() {
                format!(
                    "Only part of {data_name} may now be sent to {to} {}: {}",
                    words::grounds(&grounds),
                    new.data_names(&parts)
                )
            } else if covers_pair(&new_triples, recipient, data) {
                format!(
                    "{data_name} may no longer be sent to {to} {} (other grounds remain)",
                    words::grounds(&grounds)
                )
            } else {
                format!(
                    "{data_name} may no longer be sent to {to} (before: {})",
                    words::grounds(&grounds)
                )
            };
            self.push(
                Class::Narrowing,
                Area::Transfer,
                recipient,
                Some(data),
                Action::Removed,
                explanation,
            );
        }
    }

    fn retention(&mut self) {
        let (old, new) = (self.old, self.new);
        for n in &new.data {
            let Some(o) = old.data(&n.id) else {
                continue;
            };
            if o.retention == n.retention || same_set(&o.retention, &n.retention) {
                continue;
            }
            // A change inherited from the parent is reported there.
            if let Some(parent) = &n.parent
                && let (Some(op), Some(np)) = (old.data(parent), new.data(parent))
                && op.retention == o.retention
                && np.retention == n.retention
            {
                continue;
            }
            let name = quoted(&n.label);
            let (before, after) = (words::periods(&o.retention), words::periods(&n.retention));
            let (class, action, explanation) = if o.retention.is_empty() {
                (
                    Class::Narrowing,
                    Action::Added,
                    format!("Retention of {name} now stated: {after}"),
                )
            } else if n.retention.is_empty() {
                (
                    Class::Expanding,
                    Action::Removed,
                    format!("Retention of {name} no longer stated (before: {before})"),
                )
            } else {
                let class = retention_class(&o.retention, &n.retention);
                let verb = match class {
                    Class::Expanding => "extended",
                    Class::Narrowing => "shortened",
                    Class::Editorial => "changed",
                };
                (
                    class,
                    Action::Changed,
                    format!("Retention of {name} {verb} from {before} to {after}"),
                )
            };
            self.push(class, Area::Retention, &n.id, None, action, explanation);
        }
    }

    fn rights(&mut self) {
        let (old, new) = (self.old, self.new);
        for n in &new.rights {
            let kind = words::right_id(n.kind);
            let Some(o) = old.rights.iter().find(|r| r.kind == n.kind) else {
                let label = n
                    .label
                    .as_deref()
                    .map(|l| format!(" ({})", quoted(l)))
                    .unwrap_or_default();
                self.push(
                    Class::Narrowing,
                    Area::Right,
                    kind,
                    None,
                    Action::Added,
                    format!("The User now has {}{label}", words::right(n.kind)),
                );
                continue;
            };
            self.right(o, n);
        }
        for o in &old.rights {
            if !new.rights.iter().any(|r| r.kind == o.kind) {
                self.push(
                    Class::Expanding,
                    Area::Right,
                    words::right_id(o.kind),
                    None,
                    Action::Removed,
                    format!("The User no longer has {}", words::right(o.kind)),
                );
            }
        }
    }

    fn right(&mut self, o: &Right, n: &Right) {
        let r = Area::Right;
        let id = words::right_id(n.kind);
        let name = words::right_name(n);
        self.text(
            r,
            id,
            Some("label"),
            &format!("The label of {}", words::right(n.kind)),
            o.label.as_deref(),
            n.label.as_deref(),
        );
        self.text(
            r,
            id,
            Some("description"),
            &format!("The description of {}", words::right(n.kind)),
            o.description.as_deref(),
            n.description.as_deref(),
        );
        let added = missing(&n.via, &o.via);
        if !added.is_empty() {
            let items: Vec<String> = added.iter().map(|v| quoted(v)).collect();
            self.push(
                Class::Editorial,
                r,
                id,
                Some("via"),
                Action::Added,
                format!(
                    "{name} can now be exercised via {}",
                    words::list(&items, "and")
                ),
            );
        }
        let removed = missing(&o.via, &n.via);
        if !removed.is_empty() {
            let items: Vec<String> = removed.iter().map(|v| quoted(v)).collect();
            self.push(
                Class::Editorial,
                r,
                id,
                Some("via"),
                Action::Removed,
                format!(
                    "{name} can no longer be exercised via {}",
                    words::list(&items, "or")
                ),
            );
        }
        if o.within != n.within {
            let days = |d: Option<Duration>| d.map_or(u64::MAX, Duration::approx_days);
            let class = by_rank(days(o.within), days(n.within));
            let explanation = match (o.within, n.within) {
                (None, Some(d)) => format!("{name}: requests are now answered within {d}"),
                (Some(d), None) => {
                    format!("{name}: requests no longer have a time limit (before: within {d})")
                }
                (Some(a), Some(b)) => {
                    format!("{name}: requests are now answered within {b} (before: within {a})")
                }
                (None, None) => String::new(),
            };
            self.push(
                class,
                r,
                id,
                Some("within"),
                option_action(o.within, n.within),
                explanation,
            );
        }
        if o.anytime != n.anytime {
            let (class, action, explanation) = if n.anytime {
                (
                    Class::Narrowing,
                    Action::Added,
                    format!("{name} can now be exercised at any time"),
                )
            } else {
                (
                    Class::Expanding,
                    Action::Removed,
                    format!("{name} can no longer be exercised at any time"),
                )
            };
            self.push(class, r, id, Some("anytime"), action, explanation);
        }
    }

    fn statements(&mut self, area: Area) {
        let (old, new) = (self.old, self.new);
        let (olds, news, what, added_class) = match area {
            Area::Obligation => (
                &old.obligations,
                &new.obligations,
                "obligation of the User",
                Class::Expanding,
            ),
            _ => (
                &old.security,
                &new.security,
                "security measure",
                Class::Narrowing,
            ),
        };
        for n in news {
            match olds.iter().find(|o| o.id == n.id) {
                None => self.push(
                    added_class,
                    area,
                    &n.id,
                    None,
                    Action::Added,
                    format!("New {what}: {}", quoted(&n.text)),
                ),
                Some(o) if o.text != n.text => self.push(
                    Class::Editorial,
                    area,
                    &n.id,
                    Some("text"),
                    Action::Changed,
                    format!(
                        "The {what} {} reworded as {}",
                        quoted(&o.text),
                        quoted(&n.text)
                    ),
                ),
                Some(_) => {}
            }
        }
        for o in olds {
            if !news.iter().any(|n| n.id == o.id) {
                let article = if what.starts_with('o') { "An" } else { "A" };
                self.push(
                    added_class.mirror(),
                    area,
                    &o.id,
                    None,
                    Action::Removed,
                    format!("{article} {what} was removed: {}", quoted(&o.text)),
                );
            }
        }
    }

    fn change_policy(&mut self) {
        let empty = ChangePolicy {
            by: None,
            notify: Vec::new(),
            notice: None,
            effective: None,
        };
        let o = self.old.changes.clone().unwrap_or_else(|| empty.clone());
        let n = self.new.changes.clone().unwrap_or(empty);
        let c = Area::Changes;
        if o.by != n.by {
            // Not stated ranks between the declared values.
            let rank = |b: Option<ChangeAuthority>| b.map_or(1, |b| b.entry().rank);
            self.push(
                by_rank(rank(o.by), rank(n.by)),
                c,
                "by",
                None,
                option_action(o.by, n.by),
                format!(
                    "Who may change the Policy: {} (before: {})",
                    words::authority(n.by),
                    words::authority(o.by)
                ),
            );
        }
        let added = missing(&n.notify, &o.notify);
        if !added.is_empty() {
            let items: Vec<String> = added
                .iter()
                .map(|m| words::notify(**m).to_owned())
                .collect();
            self.push(
                Class::Narrowing,
                c,
                "notify",
                None,
                Action::Added,
                format!(
                    "Users are now also told of changes {}",
                    words::list(&items, "and")
                ),
            );
        }
        let removed = missing(&o.notify, &n.notify);
        if !removed.is_empty() {
            let items: Vec<String> = removed
                .iter()
                .map(|m| words::notify(**m).to_owned())
                .collect();
            self.push(
                Class::Expanding,
                c,
                "notify",
                None,
                Action::Removed,
                format!(
                    "Users are no longer told of changes {}",
                    words::list(&items, "or")
                ),
            );
        }
        if o.notice != n.notice {
            // Less notice is less protection: the scale runs the other way.
            let rank = |d: Option<Duration>| std::cmp::Reverse(d.map_or(0, Duration::approx_days));
            let class = by_rank(rank(o.notice), rank(n.notice));
            let explanation = match (o.notice, n.notice) {
                (None, Some(d)) => format!("Notice of changes now stated: {d}"),
                (Some(d), None) => format!("Notice of changes no longer stated (before: {d})"),
                (Some(a), Some(b)) => {
                    let verb = match class {
                        Class::Expanding => "shortened",
                        Class::Narrowing => "lengthened",
                        Class::Editorial => "restated",
                    };
                    format!("Notice of changes {verb} from {a} to {b}")
                }
                (None, None) => String::new(),
            };
            self.push(
                class,
                c,
                "notice",
                None,
                option_action(o.notice, n.notice),
                explanation,
            );
        }
        if o.effective != n.effective {
            // Not stated ranks between the declared values.
            let rank = |e: Option<TakesEffect>| e.map_or(1, |e| e.entry().rank);
            self.push(
                by_rank(rank(o.effective), rank(n.effective)),
                c,
                "effective",
                None,
                option_action(o.effective, n.effective),
                format!(
                    "When a new edition takes effect: {} (before: {})",
                    words::takes_effect(n.effective),
                    words::takes_effect(o.effective)
                ),
            );
        }
    }

    fn clauses(&mut self) {
        let (old, new) = (self.old, self.new);
        for n in &new.clauses {
            let section = words::section(n.section);
            match old.clauses.iter().find(|o| o.id == n.id) {
                None => self.push(
                    Class::Editorial,
                    Area::Clause,
                    &n.id,
                    None,
                    Action::Added,
                    format!("New clause in {section}: {}", quoted(&n.text)),
                ),
                Some(o) => {
                    if o.section != n.section {
                        self.push(
                            Class::Editorial,
                            Area::Clause,
                            &n.id,
                            Some("section"),
                            Action::Changed,
                            format!(
                                "The clause {} moved from {} to {section}",
                                quoted(&n.text),
                                words::section(o.section)
                            ),
                        );
                    }
                    if o.text != n.text {
                        self.push(
                            Class::Editorial,
                            Area::Clause,
                            &n.id,
                            Some("text"),
                            Action::Changed,
                            format!(
                                "A clause in {section} reworded from {} to {}",
                                quoted(&o.text),
                                quoted(&n.text)
                            ),
                        );
                    }
                }
            }
        }
        for o in &old.clauses {
            if !new.clauses.iter().any(|n| n.id == o.id) {
                self.push(
                    Class::Editorial,
                    Area::Clause,
                    &o.id,
                    None,
                    Action::Removed,
                    format!(
                        "Clause removed from {}: {}",
                        words::section(o.section),
                        quoted(&o.text)
                    ),
                );
            }
        }
    }
}

/// Whether two lists hold the same items, ignoring order and repeats.
fn same_set<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

type Triple = (String, String, Ground);

/// Every (recipient, data, ground) the transfers allow, as declared.
fn triples(policy: &Policy) -> Vec<Triple> {
    let mut out: Vec<Triple> = Vec::new();
    let mut seen: BTreeSet<Triple> = BTreeSet::new();
    for transfer in &policy.transfers {
        for data in &transfer.data {
            for ground in &transfer.grounds {
                let triple = (transfer.recipient.clone(), data.clone(), *ground);
                if seen.insert(triple.clone()) {
                    out.push(triple);
                }
            }
        }
    }
    out
}

/// `id` and the categories containing it: `a.b.c`, `a.b`, `a`.
fn self_and_ancestors(id: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(id), |id| id.rfind('.').and_then(|dot| id.get(..dot)))
}

/// The triples of `a` that `b` does not cover: `b` sends the same
/// category, or one containing it, to the same recipient on the same ground.
fn uncovered<'a>(a: &'a [Triple], b: &[Triple]) -> Vec<&'a Triple> {
    let index: BTreeSet<(&str, &str, Ground)> = b
        .iter()
        .map(|(r, d, g)| (r.as_str(), d.as_str(), *g))
        .collect();
    a.iter()
        .filter(|(r, d, g)| !self_and_ancestors(d).any(|a| index.contains(&(r.as_str(), a, *g))))
        .collect()
}

/// Whether some triple sends `data` (or a category containing it) to `recipient`.
fn covers_pair(triples: &[Triple], recipient: &str, data: &str) -> bool {
    triples
        .iter()
        .any(|(r, d, _)| r == recipient && is_within(data, d))
}

/// Triples grouped by recipient and data, in order of first appearance.
fn group<'a>(triples: &[&'a Triple]) -> Vec<(&'a str, &'a str, Vec<Ground>)> {
    let mut groups: Vec<(&str, &str, Vec<Ground>)> = Vec::new();
    for (r, d, g) in triples.iter().copied() {
        match groups.iter_mut().find(|(gr, gd, _)| gr == r && gd == d) {
            Some((_, _, grounds)) => grounds.push(*g),
            None => groups.push((r.as_str(), d.as_str(), vec![*g])),
        }
    }
    for (_, _, grounds) in &mut groups {
        grounds.sort();
    }
    groups
}

/// How far a retention reaches: a fixed number of days, or open-ended (until
/// an event, or as long as the law requires), which is longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reach {
    Days(u64),
    Open,
}

fn reach(periods: &[Period]) -> Reach {
    if periods.iter().any(|p| !matches!(p, Period::For { .. })) {
        return Reach::Open;
    }
    Reach::Days(longest(periods).map_or(0, |(days, _)| days))
}

/// The longest fixed duration among the alternatives, with the rank of the
/// event it counts from.
fn longest(periods: &[Period]) -> Option<(u64, Option<u8>)> {
    periods
        .iter()
        .filter_map(|p| match p {
            Period::For { duration, from } => Some((duration.approx_days(), event_rank(from))),
            _ => None,
        })
        .max()
}

/// Known events, in the order they happen: counting from a later one keeps
/// data longer.
fn event_rank(event: &str) -> Option<u8> {
    match event {
        "collection" => Some(0),
        "the last use" => Some(1),
        "the closure of the account" | "the end of the contract" => Some(2),
        _ => None,
    }
}

/// The class of a change between two stated retentions: by how far they
/// reach, then by the open-ended alternatives added or dropped, then by the
/// longest fixed duration and the event it counts from.
fn retention_class(old: &[Period], new: &[Period]) -> Class {
    let by_reach = by_rank(reach(old), reach(new));
    if by_reach != Class::Editorial {
        return by_reach;
    }
    let open = |ps: &[Period]| -> Vec<Period> {
        ps.iter()
            .filter(|p| !matches!(p, Period::For { .. }))
            .cloned()
            .collect()
    };
    let (old_open, new_open) = (open(old), open(new));
    let added = !missing(&new_open, &old_open).is_empty();
    let dropped = !missing(&old_open, &new_open).is_empty();
    match (added, dropped) {
        (true, false) => return Class::Expanding,
        (false, true) => return Class::Narrowing,
        _ => {}
    }
    let (old_days, old_event) = longest(old).unwrap_or((0, None));
    let (new_days, new_event) = longest(new).unwrap_or((0, None));
    match by_rank(old_days, new_days) {
        Class::Editorial => match (old_event, new_event) {
            (Some(a), Some(b)) => by_rank(a, b),
            _ => Class::Editorial,
        },
        class => class,
    }
}
