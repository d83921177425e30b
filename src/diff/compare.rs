//! The comparison of two models, area by area.
//!
//! Every class is decided by placing the old and the new value on one
//! scale, where higher means more processing of users' data or less
//! protection: a higher new value is expanding, a lower one narrowing, a
//! different value at the same height editorial. Each scale names the
//! kind of each move ([`Scale`]), and a kind's mirror is the same move the
//! other way round, which is what makes the diff symmetric. A change holds
//! the values it compares ([`Detail`]); its words are made when a report
//! is written.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::coverage::Coverage;
use super::detail::{Declared, Detail, Named, Remains, RightName, StatementOf, TextOf};
use super::{Action, Area, Change, ChangeKind as K, Diff};
use crate::model::*;
use crate::regimes::{self, Stated};
use crate::vocab::Closed;

/// Compares two editions.
pub fn diff(old: &Policy, new: &Policy) -> Diff {
    let (old_side, new_side) = (Side::new(old), Side::new(new));
    let mut cx = Cx {
        old: &old_side,
        new: &new_side,
        coverage: Coverage::new(old, new),
        changes: Vec::new(),
    };
    cx.header();
    cx.data();
    cx.purposes();
    cx.recipients();
    cx.transfers();
    cx.transfer_purposes();
    cx.transfer_disclosures();
    cx.transfer_interests();
    cx.retention();
    cx.rights();
    cx.statements(StatementOf::Obligation);
    cx.statements(StatementOf::Security);
    cx.change_policy();
    cx.clauses();
    cx.sections();
    cx.trackers();
    cx.signals();
    cx.children();
    cx.decisions();
    cx.commitments();
    cx.combinations();
    cx.security_block();
    if cx.changes.is_empty() && normalized(old) != normalized(new) {
        cx.push(
            K::PolicyRestated,
            At::new(Area::Policy, "", None),
            Action::Changed,
            Detail::Restated,
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
    // The text in the other languages is the translators' rendering of
    // what the source says; its own redline shows how it changed.
    policy.translations.clear();
    // Why a change is made is not what the policy says.
    if let Some(changes) = &mut policy.changes {
        changes.rationales.clear();
    }
    policy
}

/// The kinds of a move on one scale, where higher means more processing
/// or less protection: up is `up`, down its mirror, a different value at
/// the same height `same`.
#[derive(Debug, Clone, Copy)]
struct Scale {
    up: K,
    same: K,
}

impl Scale {
    /// The kind of a move from `old` to `new`.
    fn kind<R: Ord>(self, old: R, new: R) -> K {
        match new.cmp(&old) {
            Ordering::Greater => self.up,
            Ordering::Less => self.up.mirror(),
            Ordering::Equal => self.same,
        }
    }
}

/// How far a tracker reaches; every value of its scales has a rank of its
/// own, so a move is never sideways.
const SIGNAL: Scale = Scale {
    up: K::SignalNoLongerHonoured,
    same: K::SignalStanceStated,
};
// The stance on children: each value ranks apart from the others, so a
// move is never sideways and `same` is never taken.
const AUDIENCE: Scale = Scale {
    up: K::ChildrenAudienceWidened,
    same: K::ChildrenAudienceWidened,
};
const MINIMUM_AGE: Scale = Scale {
    up: K::ChildrenMinimumAgeLowered,
    same: K::ChildrenMinimumAgeLowered,
};
const KNOWINGLY: Scale = Scale {
    up: K::ChildrenKnowinglyCollected,
    same: K::ChildrenKnowinglyCollected,
};
const TRACKER: Scale = Scale {
    up: K::TrackerWidened,
    same: K::TrackerRestated,
};
/// How little say the user has in an automated decision; every basis has
/// a rank of its own, so a move is never sideways.
const DECISION_BASIS: Scale = Scale {
    up: K::DecisionBasisLoosened,
    same: K::DecisionRestated,
};
const ACCEPTANCE: Scale = Scale {
    up: K::AcceptanceLoosened,
    same: K::AcceptanceRestated,
};
const SOURCE: Scale = Scale {
    up: K::DataSourceFarther,
    same: K::DataSourceRestated,
};
const IDENTITY: Scale = Scale {
    up: K::DataMoreIdentifying,
    same: K::DataIdentityRestated,
};
const SPECIAL: Scale = Scale {
    up: K::DataSpecialAdded,
    same: K::DataSpecialChanged,
};
const SENSITIVE: Scale = Scale {
    up: K::DataSensitiveAdded,
    same: K::DataSensitiveChanged,
};
const REQUIREMENT: Scale = Scale {
    up: K::DataMoreRequired,
    same: K::DataRequirementRestated,
};
const BASIS: Scale = Scale {
    up: K::BasisHarderToRefuse,
    same: K::BasisChanged,
};
const RECIPIENT_KIND: Scale = Scale {
    up: K::RecipientMoreIndependent,
    same: K::RecipientKindChanged,
};
const ROLE: Scale = Scale {
    up: K::RecipientJointControlEnded,
    same: K::RecipientRoleRestated,
};
const COUNTRY: Scale = Scale {
    up: K::RecipientAbroad,
    same: K::RecipientCountryChanged,
};
const SAFEGUARD: Scale = Scale {
    up: K::SafeguardRemoved,
    same: K::SafeguardChanged,
};
const MECHANISM: Scale = Scale {
    up: K::MechanismRemoved,
    same: K::MechanismChanged,
};
const RETENTION: Scale = Scale {
    up: K::RetentionExtended,
    same: K::RetentionRestated,
};
const DEADLINE: Scale = Scale {
    up: K::RightSlower,
    same: K::RightDeadlineRestated,
};
const AUTHORITY: Scale = Scale {
    up: K::ChangeAuthorityWidened,
    same: K::ChangeAuthorityRestated,
};
const NOTICE: Scale = Scale {
    up: K::NoticeShortened,
    same: K::NoticeRestated,
};
const TAKES_EFFECT: Scale = Scale {
    up: K::TakesEffectSooner,
    same: K::TakesEffectRestated,
};

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

/// Where a change is: its area, subject and aspect.
#[derive(Debug, Clone, Copy)]
struct At<'s> {
    area: Area,
    subject: &'s str,
    aspect: Option<&'s str>,
}

impl<'s> At<'s> {
    fn new(area: Area, subject: &'s str, aspect: Option<&'s str>) -> At<'s> {
        At {
            area,
            subject,
            aspect,
        }
    }

    /// The same subject, another aspect.
    fn aspect(self, aspect: &'s str) -> At<'s> {
        At {
            aspect: Some(aspect),
            ..self
        }
    }
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

    /// A data category by id, with its label when this edition declares it.
    fn data_named(&self, id: &str) -> Named {
        Named {
            id: id.to_owned(),
            label: self.data(id).map(|d| d.label.clone()),
        }
    }

    /// Several data categories by id.
    fn data_all(&self, ids: &[String]) -> Vec<Named> {
        ids.iter().map(|id| self.data_named(id)).collect()
    }

    /// A purpose by id, with its label when this edition declares it.
    fn purpose_named(&self, id: &str) -> Named {
        Named {
            id: id.to_owned(),
            label: self.purpose(id).map(|p| p.label.clone()),
        }
    }

    /// A recipient by id, with its label when this edition declares it.
    fn recipient_named(&self, id: &str) -> Named {
        Named {
            id: id.to_owned(),
            label: self.recipient(id).map(|r| r.label.clone()),
        }
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
    coverage: Coverage<'a>,
    changes: Vec<Change>,
}

impl Cx<'_> {
    fn push(&mut self, kind: K, at: At<'_>, action: Action, detail: Detail) {
        self.changes.push(Change {
            kind,
            area: at.area,
            subject: at.subject.to_owned(),
            aspect: at.aspect.map(str::to_owned),
            action,
            detail,
        });
    }

    /// A change of an optional text of the source, of kind `kind`.
    fn text(
        &mut self,
        kind: K,
        at: At<'_>,
        of: impl FnOnce() -> TextOf,
        old: Option<&str>,
        new: Option<&str>,
    ) {
        if old != new {
            let detail = Detail::Text {
                of: of(),
                old: old.map(str::to_owned),
                new: new.map(str::to_owned),
            };
            self.push(kind, at, option_action(old, new), detail);
        }
    }

    /// A change of a value on a scale, ranked by `rank`.
    fn ranked<T: PartialEq + Copy, R: Ord>(
        &mut self,
        scale: Scale,
        at: At<'_>,
        (old, new): (T, T),
        rank: impl Fn(T) -> R,
        action: Action,
        detail: impl FnOnce() -> Detail,
    ) {
        if old != new {
            self.push(scale.kind(rank(old), rank(new)), at, action, detail());
        }
    }

    /// Items of a list added (kind `added`) and removed (its mirror).
    fn members<T: PartialEq + Clone>(
        &mut self,
        added: K,
        at: At<'_>,
        old: &[T],
        new: &[T],
        detail: impl Fn(Vec<T>) -> Detail,
    ) {
        let plus = missing(new, old);
        if !plus.is_empty() {
            let items = plus.into_iter().cloned().collect();
            self.push(added, at, Action::Added, detail(items));
        }
        let minus = missing(old, new);
        if !minus.is_empty() {
            let items = minus.into_iter().cloned().collect();
            self.push(added.mirror(), at, Action::Removed, detail(items));
        }
    }

    /// Two editions' lists of data categories (a tracker's `collects`, a
    /// decision's `uses`), compared by effective coverage as a purpose's
    /// `uses` are: a category is added (kind `added`) or removed (its
    /// mirror) only where the other list does not reach all its data, so
    /// a whole replaced by all of its parts is neither. Returns whether
    /// the lists differ without a change in what they reach (relisted).
    fn data_members(
        &mut self,
        added: K,
        at: At<'_>,
        old: &[String],
        new: &[String],
        detail: impl Fn(Vec<String>) -> Detail,
    ) -> bool {
        let coverage = &self.coverage;
        let beyond = |a: &[String], b: &[String]| -> Vec<String> {
            let reached = |id: &str| b.iter().any(|u| is_within(id, u));
            a.iter()
                .filter(|id| !reached(id) && !coverage.all_reached(id, reached))
                .cloned()
                .collect()
        };
        let (plus, minus) = (beyond(new, old), beyond(old, new));
        let relisted = plus.is_empty() && minus.is_empty() && !same_set(old, new);
        if !plus.is_empty() {
            self.push(added, at, Action::Added, detail(plus));
        }
        if !minus.is_empty() {
            self.push(added.mirror(), at, Action::Removed, detail(minus));
        }
        relisted
    }

    /// A flag set (kind `set`) or cleared (its mirror).
    fn flag(&mut self, set: K, at: At<'_>, old: bool, new: bool, detail: impl FnOnce() -> Detail) {
        match (old, new) {
            (false, true) => self.push(set, at, Action::Added, detail()),
            (true, false) => self.push(set.mirror(), at, Action::Removed, detail()),
            _ => {}
        }
    }

    /// A declaration's label and description, compared.
    fn wording<T: Wording>(&mut self, what: Declared, at: At<'_>, o: &T, n: &T) {
        let (old, new) = (o.label(), n.label());
        if old != new {
            let detail = Detail::Relabelled {
                what,
                old: old.to_owned(),
                new: new.to_owned(),
            };
            self.push(K::LabelChanged, at.aspect("label"), Action::Changed, detail);
        }
        let of = match what {
            Declared::Data => TextOf::DataDescription,
            Declared::Purpose => TextOf::PurposeDescription,
            Declared::Recipient => TextOf::RecipientDescription,
        };
        self.text(
            K::DescriptionChanged,
            at.aspect("description"),
            || of(new.to_owned()),
            o.description(),
            n.description(),
        );
    }

    /// Declarations keyed by id: each new one added or compared with its
    /// old self, then each old one the new edition does not have removed.
    fn declarations<'s, T>(
        &mut self,
        (olds, news): (&'s [T], &'s [T]),
        find_old: impl Fn(&T) -> Option<&'s T>,
        in_new: impl Fn(&T) -> bool,
        mut added: impl FnMut(&mut Self, &'s T),
        mut both: impl FnMut(&mut Self, &'s T, &'s T),
        mut removed: impl FnMut(&mut Self, &'s T),
    ) {
        for n in news {
            match find_old(n) {
                Some(o) => both(self, o, n),
                None => added(self, n),
            }
        }
        for o in olds {
            if !in_new(o) {
                removed(self, o);
            }
        }
    }

    /// The header's joint controllers, matched by name: one arriving
    /// expands (another company decides about the information), one
    /// leaving narrows; what is said of one that stays is its words.
    fn joint_controllers(&mut self) {
        let (old_side, new_side) = (self.old, self.new);
        let (o, n) = (&old_side.header, &new_side.header);
        let at = |aspect| At::new(Area::Header, "joint_controller", Some(aspect));
        fn find<'j>(all: &'j [JointController], name: &str) -> Option<&'j JointController> {
            all.iter().find(|j| j.name == name)
        }
        for old in &o.joint_controllers {
            if find(&n.joint_controllers, &old.name).is_none() {
                let detail = Detail::JointController(old.name.clone());
                self.push(
                    K::JointControllerRemoved,
                    at("joint_controller"),
                    Action::Removed,
                    detail,
                );
            }
        }
        for new in &n.joint_controllers {
            let Some(old) = find(&o.joint_controllers, &new.name) else {
                let detail = Detail::JointController(new.name.clone());
                self.push(
                    K::JointControllerAdded,
                    at("joint_controller"),
                    Action::Added,
                    detail,
                );
                continue;
            };
            let name = || new.name.clone();
            self.text(
                K::HeaderChanged,
                at("address"),
                || TextOf::JointControllerAddress(name()),
                old.address.as_deref(),
                new.address.as_deref(),
            );
            self.text(
                K::HeaderChanged,
                at("country"),
                || TextOf::JointControllerCountry(name()),
                old.country.as_deref(),
                new.country.as_deref(),
            );
            self.text(
                K::ArrangementChanged,
                at("arrangement"),
                || TextOf::Arrangement(name()),
                old.arrangement.as_deref(),
                new.arrangement.as_deref(),
            );
        }
    }

    fn header(&mut self) {
        let (o, n) = (&self.old.header, &self.new.header);
        let at = |fact| At::new(Area::Header, fact, None);
        let texts = [
            ("title", TextOf::Title, Some(&o.title), Some(&n.title)),
            (
                "language",
                TextOf::Language,
                Some(&o.language),
                Some(&n.language),
            ),
        ];
        for (fact, of, old, new) in texts {
            self.text(
                K::HeaderChanged,
                at(fact),
                || of,
                old.map(String::as_str),
                new.map(String::as_str),
            );
        }
        if o.controller.name != n.controller.name {
            // A new controller is a new company holding users' data: the
            // old one leaving narrows, the new one arriving expands.
            let old_name = Detail::Controller(o.controller.name.clone());
            self.push(
                K::ControllerRemoved,
                at("controller"),
                Action::Removed,
                old_name,
            );
            let new_name = Detail::Controller(n.controller.name.clone());
            self.push(
                K::ControllerAdded,
                at("controller"),
                Action::Added,
                new_name,
            );
        }
        self.joint_controllers();
        let (oc, nc) = (&o.controller, &n.controller);
        if o.voice != n.voice {
            let detail = Detail::Voice {
                old: o.voice,
                new: n.voice,
            };
            self.push(K::VoiceChanged, at("voice"), Action::Changed, detail);
        }
        let action = if nc.plural {
            Action::Added
        } else {
            Action::Removed
        };
        if oc.plural != nc.plural {
            let detail = Detail::Plural {
                name: nc.name.clone(),
            };
            self.push(K::VoiceChanged, at("plural"), action, detail);
        }
        let texts = [
            (
                "service",
                TextOf::Service,
                Some(oc.service.as_str()),
                Some(nc.service.as_str()),
            ),
            (
                "website",
                TextOf::Website,
                oc.website.as_deref(),
                nc.website.as_deref(),
            ),
            (
                "address",
                TextOf::Address,
                oc.address.as_deref(),
                nc.address.as_deref(),
            ),
            (
                "country",
                TextOf::ControllerCountry,
                oc.country.as_deref(),
                nc.country.as_deref(),
            ),
            (
                "lead_authority",
                TextOf::LeadAuthority,
                oc.lead_authority.as_deref(),
                nc.lead_authority.as_deref(),
            ),
            (
                "published",
                TextOf::Published,
                Some(o.published.as_str()),
                Some(n.published.as_str()),
            ),
            (
                "governing_law",
                TextOf::GoverningLaw,
                o.governing_law.as_deref(),
                n.governing_law.as_deref(),
            ),
        ];
        for (fact, of, old, new) in texts {
            self.text(K::HeaderChanged, at(fact), || of, old, new);
        }
        self.links_and_officers();
        // The publication date describes the edition, like `effective`,
        // but it is stated in the text: an editorial header change, of a
        // kind of its own since a date is no free text.
        let (old_on, new_on) = (
            o.published_on.map(|d| d.to_string()),
            n.published_on.map(|d| d.to_string()),
        );
        self.text(
            K::PublicationDateChanged,
            at("published").aspect("date"),
            || TextOf::PublicationDate,
            old_on.as_deref(),
            new_on.as_deref(),
        );
        // How requests are verified and made by an agent: the author's
        // words, whose meaning is not checked.
        let requests = [
            (
                "verification",
                TextOf::Verification,
                o.verification.as_deref(),
                n.verification.as_deref(),
            ),
            (
                "authorized_agents",
                TextOf::AuthorizedAgents,
                o.authorized_agents.as_deref(),
                n.authorized_agents.as_deref(),
            ),
        ];
        for (fact, of, old, new) in requests {
            self.text(K::RequestHandlingChanged, at(fact), || of, old, new);
        }
        // A contact no longer stated leaves users without a way to ask; a
        // contact reworded is editorial.
        let (old, new) = (o.contact.as_deref(), n.contact.as_deref());
        let kind = match (old, new) {
            (Some(_), None) => K::ContactUnstated,
            (None, Some(_)) => K::ContactStated,
            _ => K::HeaderChanged,
        };
        self.text(kind, at("contact"), || TextOf::Contact, old, new);
        // Not stated ranks between the declared values.
        self.ranked(
            ACCEPTANCE,
            at("accepted"),
            (o.acceptance, n.acceptance),
            |a| a.map_or(1, |a| a.entry().rank),
            option_action(o.acceptance, n.acceptance),
            || Detail::Acceptance {
                old: o.acceptance,
                new: n.acceptance,
            },
        );
        self.text(
            K::HeaderChanged,
            at("scope"),
            || TextOf::Scope,
            o.scope.as_deref(),
            n.scope.as_deref(),
        );
        if o.part_of != n.part_of {
            let action = match (o.part_of.is_empty(), n.part_of.is_empty()) {
                (true, false) => Action::Added,
                (false, true) => Action::Removed,
                _ => Action::Changed,
            };
            let detail = Detail::PartOf {
                old: o.part_of.clone(),
                new: n.part_of.clone(),
            };
            self.push(K::HeaderChanged, at("part_of"), action, detail);
        }
        // Not declaring the regimes declares none of them.
        self.members(
            K::RegimeAdded,
            at("regimes"),
            o.regimes.as_deref().unwrap_or_default(),
            n.regimes.as_deref().unwrap_or_default(),
            Detail::Regimes,
        );
    }

    /// The links at the top of the text to opt out or limit, the data
    /// protection officer and the representatives: each a means of
    /// exercising a right or a contact the law requires. One no longer
    /// given takes it away (expanding), one now given adds it (narrowing),
    /// one at another address is editorial. A `dpo none "reason"` is no
    /// contact: its reason, stated, reworded or dropped, is free text.
    fn links_and_officers(&mut self) {
        let (o, n) = (&self.old.header, &self.new.header);
        let (oc, nc) = (&o.controller, &n.controller);
        let at = |fact| At::new(Area::Header, fact, None);
        let links = (
            K::OptOutLinkRemoved,
            K::OptOutLinkAdded,
            K::OptOutLinkChanged,
        );
        let representatives = (
            K::RepresentativeRemoved,
            K::RepresentativeAdded,
            K::RepresentativeChanged,
        );
        fn contact(dpo: Option<&Dpo>) -> Option<&str> {
            match dpo {
                Some(Dpo::Contact { contact }) => Some(contact.as_str()),
                _ => None,
            }
        }
        let facts = [
            (
                "do_not_sell",
                TextOf::DoNotSell,
                links,
                o.do_not_sell.as_deref(),
                n.do_not_sell.as_deref(),
            ),
            (
                "limit_sensitive_link",
                TextOf::LimitSensitiveLink,
                links,
                o.limit_sensitive_link.as_deref(),
                n.limit_sensitive_link.as_deref(),
            ),
            (
                "dpo",
                TextOf::Dpo,
                (K::DpoRemoved, K::DpoAdded, K::DpoChanged),
                contact(oc.dpo.as_ref()),
                contact(nc.dpo.as_ref()),
            ),
            (
                "eu_representative",
                TextOf::EuRepresentative,
                representatives,
                oc.eu_representative.as_deref(),
                nc.eu_representative.as_deref(),
            ),
            (
                "uk_representative",
                TextOf::UkRepresentative,
                representatives,
                oc.uk_representative.as_deref(),
                nc.uk_representative.as_deref(),
            ),
        ];
        for (fact, of, (removed, added, changed), old, new) in facts {
            let kind = match (old, new) {
                (Some(_), None) => removed,
                (None, Some(_)) => added,
                _ => changed,
            };
            self.text(kind, at(fact), || of, old, new);
        }
        let reason = |dpo: Option<&Dpo>| match dpo {
            Some(none @ Dpo::None { .. }) => Some(none.text()),
            _ => None,
        };
        let (old, new) = (reason(oc.dpo.as_ref()), reason(nc.dpo.as_ref()));
        self.text(
            K::HeaderChanged,
            at("dpo").aspect("none"),
            || TextOf::Dpo,
            old.as_deref(),
            new.as_deref(),
        );
    }

    fn data(&mut self) {
        let (old, new) = (self.old, self.new);
        self.declarations(
            (&old.data, &new.data),
            |n| old.data(&n.id),
            |o| new.data(&o.id).is_some(),
            |cx, n| {
                let at = At::new(Area::Data, &n.id, None);
                if let Some(whole) = collected_whole(n, old) {
                    let detail = Detail::DataPart {
                        label: n.label.clone(),
                        requirement: n.requirement,
                        whole: old.data_named(&whole.id),
                    };
                    cx.push(K::DataDetailed, at, Action::Added, detail);
                    return;
                }
                let detail = Detail::DataAdded {
                    label: n.label.clone(),
                    requirement: n.requirement,
                    identity: n.identity,
                    special: n.special,
                    parent: n.parent.as_deref().map(|p| new.data_named(p)),
                };
                cx.push(K::DataAdded, at, Action::Added, detail);
            },
            Cx::data_category,
            |cx, o| {
                if let Some(whole) = collected_whole(o, new) {
                    let detail = Detail::DataPart {
                        label: o.label.clone(),
                        requirement: o.requirement,
                        whole: new.data_named(&whole.id),
                    };
                    let at = At::new(Area::Data, &o.id, None);
                    cx.push(K::DataDetailDropped, at, Action::Removed, detail);
                    return;
                }
                removed(
                    cx,
                    K::DataRemoved,
                    Area::Data,
                    Declared::Data,
                    &o.id,
                    &o.label,
                )
            },
        );
    }

    /// The sources of a category, added or removed, leaving to the
    /// comparison of `source` the first source's kind when it changed
    /// (one source for another is a move nearer or farther, said once).
    fn sources(&mut self, at: At<'_>, o: &DataCategory, n: &DataCategory) {
        if o.sources.is_empty() && n.sources.is_empty() {
            return;
        }
        let (mut old, mut new) = (o.all_sources(), n.all_sources());
        if o.source != n.source {
            let first = |kind| NamedSource { kind, name: None };
            old.retain(|s| Some(s) != o.source.map(first).as_ref());
            new.retain(|s| Some(s) != n.source.map(first).as_ref());
        }
        let name = || n.label.clone();
        self.members(
            K::DataSourceAdded,
            at.aspect("sources"),
            &old,
            &new,
            |sources| Detail::Sources {
                name: name(),
                sources,
            },
        );
    }

    fn data_category(&mut self, o: &DataCategory, n: &DataCategory) {
        let at = At::new(Area::Data, &n.id, None);
        let name = || n.label.clone();
        self.wording(Declared::Data, at, o, n);
        let short = || TextOf::DataShort(n.label.clone());
        let (old, new) = (o.short.as_deref(), n.short.as_deref());
        self.text(K::ShortLabelChanged, at.aspect("short"), short, old, new);
        let detail = || Detail::Source {
            name: name(),
            old: o.source,
            new: n.source,
        };
        // A source no longer stated, or stated again, is not a move nearer
        // or farther: users lose or gain the knowledge of it.
        match (o.source, n.source) {
            (Some(_), None) => self.push(
                K::DataSourceUnstated,
                at.aspect("source"),
                Action::Removed,
                detail(),
            ),
            (None, Some(_)) => self.push(
                K::DataSourceStated,
                at.aspect("source"),
                Action::Added,
                detail(),
            ),
            _ => self.ranked(
                SOURCE,
                at.aspect("source"),
                (o.source, n.source),
                |s| s.map_or(0, |s| s.entry().rank),
                option_action(o.source, n.source),
                detail,
            ),
        }
        self.sources(at, o, n);
        self.ranked(
            IDENTITY,
            at.aspect("identity"),
            (o.identity, n.identity),
            |i| i.entry().rank,
            Action::Changed,
            || Detail::Identity {
                name: name(),
                old: o.identity,
                new: n.identity,
            },
        );
        self.ranked(
            SPECIAL,
            at.aspect("special"),
            (o.special, n.special),
            |s| s.is_some(),
            option_action(o.special, n.special),
            || Detail::Special {
                name: name(),
                old: o.special,
                new: n.special,
            },
        );
        self.ranked(
            SENSITIVE,
            at.aspect("sensitive"),
            (o.sensitive, n.sensitive),
            |s| s.is_some(),
            option_action(o.sensitive, n.sensitive),
            || Detail::Sensitive {
                name: name(),
                old: o.sensitive,
                new: n.sensitive,
            },
        );
        let ccpa = |items: Vec<CcpaCategory>| Detail::CcpaCategories {
            name: name(),
            items,
        };
        match (o.ccpa_categories.is_empty(), n.ccpa_categories.is_empty()) {
            (true, false) => self.push(
                K::DataCcpaCategoryStated,
                at.aspect("ccpa_category"),
                Action::Added,
                ccpa(n.ccpa_categories.clone()),
            ),
            (false, true) => self.push(
                K::DataCcpaCategoryUnstated,
                at.aspect("ccpa_category"),
                Action::Removed,
                ccpa(o.ccpa_categories.clone()),
            ),
            _ => self.members(
                K::DataCcpaCategoryAdded,
                at.aspect("ccpa_category"),
                &o.ccpa_categories,
                &n.ccpa_categories,
                ccpa,
            ),
        }
        self.members(
            K::DataExamplesAdded,
            at.aspect("examples"),
            &o.examples,
            &n.examples,
            |items| Detail::Examples {
                name: name(),
                items,
            },
        );
        self.ranked(
            REQUIREMENT,
            at.aspect("requirement"),
            (o.requirement, n.requirement),
            |r| match r {
                Some(Requirement::Optional) => 0,
                None => 1,
                Some(Requirement::Required) => 2,
            },
            option_action(o.requirement, n.requirement),
            || Detail::Requirement {
                name: name(),
                old: o.requirement,
                new: n.requirement,
            },
        );
        self.text(
            K::DataCollectionChanged,
            at.aspect("collected"),
            || TextOf::DataCollected(name()),
            o.collected.as_deref(),
            n.collected.as_deref(),
        );
        self.text(
            K::DescriptionChanged,
            at.aspect("anonymised_by"),
            || TextOf::DataAnonymisation(name()),
            o.anonymised_by.as_deref(),
            n.anonymised_by.as_deref(),
        );
        let required_by = |c: &DataCategory| {
            c.required_by
                .as_ref()
                .map(|r| format!("{}: {}", r.by.entry().diff, r.consequence))
        };
        self.text(
            K::DescriptionChanged,
            at.aspect("required_by"),
            || TextOf::DataRequiredBy(name()),
            required_by(o).as_deref(),
            required_by(n).as_deref(),
        );
        self.text(
            K::DataFidesChanged,
            at.aspect("fides"),
            || TextOf::DataFides(name()),
            o.fides.as_deref(),
            n.fides.as_deref(),
        );
        self.flag(
            K::DataExamplesOpened,
            at.aspect("examples_open"),
            o.examples_open,
            n.examples_open,
            || Detail::ExamplesOpen { name: name() },
        );
        self.flag(
            K::DataCombinedIdentified,
            at.aspect("when_combined"),
            o.when_combined,
            n.when_combined,
            || Detail::Combined { name: name() },
        );
    }

    fn purposes(&mut self) {
        let (old, new) = (self.old, self.new);
        self.declarations(
            (&old.purposes, &new.purposes),
            |n| old.purpose(&n.id),
            |o| new.purpose(&o.id).is_some(),
            |cx, n| {
                let detail = Detail::PurposeAdded {
                    label: n.label.clone(),
                    basis: n.basis,
                    uses: new.data_all(&n.uses),
                    only_depersonalized: n.only_depersonalized,
                };
                let at = At::new(Area::Purpose, &n.id, None);
                cx.push(K::PurposeAdded, at, Action::Added, detail);
            },
            Cx::purpose,
            |cx, o| {
                let (kind, what) = (K::PurposeRemoved, Declared::Purpose);
                removed(cx, kind, Area::Purpose, what, &o.id, &o.label);
            },
        );
    }

    fn purpose(&mut self, o: &Purpose, n: &Purpose) {
        let at = At::new(Area::Purpose, &n.id, None);
        let name = || n.label.clone();
        self.wording(Declared::Purpose, at, o, n);
        let short = || TextOf::PurposeShort(n.label.clone());
        let (old, new) = (o.short.as_deref(), n.short.as_deref());
        self.text(K::ShortLabelChanged, at.aspect("short"), short, old, new);
        self.uses(o, n);
        // Stating a basis or no longer stating one is a change of its own,
        // whatever the basis's rank.
        let unstated = |b: Basis| b == Basis::Unstated;
        if unstated(o.basis) != unstated(n.basis) {
            let kind = if unstated(n.basis) {
                K::BasisUnstated
            } else {
                K::BasisStated
            };
            let detail = Detail::Basis {
                name: name(),
                old: o.basis,
                new: n.basis,
            };
            self.push(kind, at.aspect("basis"), Action::Changed, detail);
        } else {
            self.ranked(
                BASIS,
                at.aspect("basis"),
                (o.basis, n.basis),
                |b| b.entry().rank,
                Action::Changed,
                || Detail::Basis {
                    name: name(),
                    old: o.basis,
                    new: n.basis,
                },
            );
        }
        self.text(
            K::InterestChanged,
            at.aspect("interest"),
            || TextOf::PurposeInterest(name()),
            o.interest.as_deref(),
            n.interest.as_deref(),
        );
        self.flag(
            K::PurposeDepersonalizedOnly,
            at.aspect("only"),
            o.only_depersonalized,
            n.only_depersonalized,
            || Detail::Depersonalized { name: name() },
        );
        self.flag(
            K::PurposeProfilingAdded,
            at.aspect("profiling"),
            o.profiling,
            n.profiling,
            || Detail::Profiling { name: name() },
        );
        self.flag(
            K::PurposeDirectMarketingAdded,
            at.aspect("direct_marketing"),
            o.direct_marketing,
            n.direct_marketing,
            || Detail::DirectMarketing { name: name() },
        );
        self.special_condition(o, n);
        self.permitted_use(o, n);
        self.text(
            K::PurposeFidesChanged,
            at.aspect("fides"),
            || TextOf::PurposeFides(name()),
            o.fides.as_deref(),
            n.fides.as_deref(),
        );
    }

    /// The condition of GDPR Art. 9(2) under which a purpose processes
    /// special categories, compared when one edition states one: explicit
    /// consent (point (a), stated or implied by `basis explicit_consent`)
    /// lets the user refuse and withdraw; every other condition does not.
    fn special_condition(&mut self, o: &Purpose, n: &Purpose) {
        if o.special_condition == n.special_condition {
            return;
        }
        let effective = |p: &Purpose| {
            p.special_condition
                .as_ref()
                .map(|s| s.condition)
                .or_else(|| {
                    (p.basis == Basis::ExplicitConsent).then_some(SpecialCondition::ExplicitConsent)
                })
        };
        let (old, new) = (effective(o), effective(n));
        let law = |p: &Purpose| p.special_condition.as_ref().and_then(|s| s.law.clone());
        // Explicit consent stated where the basis already implied it.
        if old == new && law(o) == law(n) {
            return;
        }
        let consent = |c: Option<SpecialCondition>| c == Some(SpecialCondition::ExplicitConsent);
        let kind = match (consent(old), consent(new)) {
            (true, false) => K::SpecialConditionLoosened,
            (false, true) => K::SpecialConditionTightened,
            _ => K::SpecialConditionChanged,
        };
        let detail = Detail::SpecialCondition {
            name: n.label.clone(),
            old,
            new,
            old_law: law(o),
            new_law: law(n),
        };
        let at = At::new(Area::Purpose, &n.id, Some("special_condition"));
        self.push(kind, at, Action::Changed, detail);
    }

    /// The use 11 CCR §7027(m) permits that a purpose names: naming one
    /// takes away the user's say where the purpose would otherwise be
    /// limitable (their request to limit the use of sensitive personal
    /// information no longer stops it), so it expands; dropping it gives
    /// the say back, so it narrows. Where the marker decides nothing (the
    /// purpose's basis, `contract`, `legal_obligation` or
    /// `vital_interests`, already carries a permitted purpose, or it uses
    /// no sensitive information), and where it names another use, the
    /// user's say is as it was: editorial.
    fn permitted_use(&mut self, o: &Purpose, n: &Purpose) {
        let (old, new) = (o.permitted_use, n.permitted_use);
        // Whether the marker decides whether the user's limit stops the
        // purpose in an edition.
        let decides = |p: &Purpose, side: &Side<'_>| {
            p.basis.limitable() && p.uses_sensitive(&side.policy.data)
        };
        let kind = match (old, new) {
            (None, Some(_)) if decides(n, self.new) => K::PurposePermittedUseAdded,
            (Some(_), None) if decides(o, self.old) => K::PurposePermittedUseRemoved,
            (Some(a), Some(b)) if a == b => return,
            (None, None) => return,
            _ => K::PurposePermittedUseChanged,
        };
        let action = match kind {
            K::PurposePermittedUseAdded => Action::Added,
            K::PurposePermittedUseRemoved => Action::Removed,
            _ => Action::Changed,
        };
        let detail = Detail::PermittedUse {
            name: n.label.clone(),
            old,
            new,
        };
        let at = At::new(Area::Purpose, &n.id, Some("permitted_use"));
        self.push(kind, at, action, detail);
    }

    /// A purpose's data: a category is covered when it is inside a
    /// declared use.
    fn uses(&mut self, o: &Purpose, n: &Purpose) {
        let (old, new) = (self.old, self.new);
        let coverage = &self.coverage;
        let at = At::new(Area::Purpose, &n.id, Some("uses"));
        // Each category one side uses whose data the other's uses do not
        // all reach, with the parts of it the other side uses.
        let beyond = |a: &Purpose, b: &Purpose, side: &Side<'_>, other: &Side<'_>| {
            let reached = |id: &str| b.uses.iter().any(|u| is_within(id, u));
            a.uses
                .iter()
                .filter(|used| !reached(used) && !coverage.all_reached(used, reached))
                .map(|used| {
                    let parts: Vec<Named> = b
                        .uses
                        .iter()
                        .filter(|u| is_within(u, used))
                        .map(|u| other.data_named(u))
                        .collect();
                    (side.data_named(used), parts)
                })
                .collect::<Vec<_>>()
        };
        let added = beyond(n, o, new, old);
        let removed = beyond(o, n, old, new);
        let relisted = added.is_empty() && removed.is_empty() && !same_set(&o.uses, &n.uses);
        for (kind, action, found) in [
            (K::PurposeDataAdded, Action::Added, added),
            (K::PurposeDataRemoved, Action::Removed, removed),
        ] {
            for (data, parts) in found {
                let detail = Detail::Uses {
                    name: n.label.clone(),
                    data,
                    parts,
                };
                self.push(kind, at, action, detail);
            }
        }
        if relisted {
            let detail = Detail::Relisted {
                name: n.label.clone(),
                uses: new.data_all(&n.uses),
            };
            self.push(K::PurposeDataRelisted, at, Action::Changed, detail);
        }
    }

    fn recipients(&mut self) {
        let (old, new) = (self.old, self.new);
        self.declarations(
            (&old.recipients, &new.recipients),
            |n| old.recipient(&n.id),
            |o| new.recipient(&o.id).is_some(),
            |cx, n| {
                let detail = Detail::RecipientAdded {
                    label: n.label.clone(),
                    kind: n.kind,
                    country: n.country.clone(),
                };
                let at = At::new(Area::Recipient, &n.id, None);
                cx.push(K::RecipientAdded, at, Action::Added, detail);
            },
            Cx::recipient,
            |cx, o| {
                let (kind, what) = (K::RecipientRemoved, Declared::Recipient);
                removed(cx, kind, Area::Recipient, what, &o.id, &o.label);
            },
        );
    }

    fn recipient(&mut self, o: &Recipient, n: &Recipient) {
        let at = At::new(Area::Recipient, &n.id, None);
        let name = || n.label.clone();
        self.wording(Declared::Recipient, at, o, n);
        // Not stated ranks with the independent kinds.
        self.ranked(
            RECIPIENT_KIND,
            at.aspect("kind"),
            (o.kind, n.kind),
            |k| k.map_or(1, |k| k.entry().rank),
            option_action(o.kind, n.kind),
            || Detail::RecipientKind {
                name: name(),
                old: o.kind,
                new: n.kind,
            },
        );
        self.ranked(
            COUNTRY,
            at.aspect("country"),
            (o.country.as_deref(), n.country.as_deref()),
            |c| c.is_some(),
            option_action(o.country.as_ref(), n.country.as_ref()),
            || Detail::Country {
                name: name(),
                old: o.country.clone(),
                new: n.country.clone(),
            },
        );
        // No safeguard is less protection: higher on the scale. Beside a
        // mechanism in both editions it only describes it.
        let described = o.mechanism.is_some() && n.mechanism.is_some();
        self.ranked(
            SAFEGUARD,
            at.aspect("safeguard"),
            (o.safeguard.as_deref(), n.safeguard.as_deref()),
            |s| !described && s.is_none(),
            option_action(o.safeguard.as_ref(), n.safeguard.as_ref()),
            || Detail::Safeguard {
                name: name(),
                old: o.safeguard.clone(),
                new: n.safeguard.clone(),
            },
        );
        self.flag(
            K::RecipientBound,
            at.aspect("bound_by_policy"),
            o.bound_by_policy,
            n.bound_by_policy,
            || Detail::Bound { name: name() },
        );
        // What every transfer to the recipient is in both editions does
        // not change when it moves between the recipient's `disclosed_as`
        // and each transfer's own: only a change of what is disclosed is
        // reported.
        let (old_all, new_all) = (
            every_transfer_is(self.old, &o.id),
            every_transfer_is(self.new, &n.id),
        );
        let gained: Vec<Disclosure> = n
            .disclosed_as
            .iter()
            .filter(|d| !o.disclosed_as.contains(d) && !old_all.contains(d))
            .copied()
            .collect();
        let lost: Vec<Disclosure> = o
            .disclosed_as
            .iter()
            .filter(|d| !n.disclosed_as.contains(d) && !new_all.contains(d))
            .copied()
            .collect();
        let at_disclosed = at.aspect("disclosed_as");
        if !gained.is_empty() {
            let detail = Detail::Disclosures {
                name: name(),
                items: gained,
            };
            self.push(K::RecipientSold, at_disclosed, Action::Added, detail);
        }
        if !lost.is_empty() {
            let detail = Detail::Disclosures {
                name: name(),
                items: lost,
            };
            self.push(K::RecipientNotSold, at_disclosed, Action::Removed, detail);
        }
        // No mechanism ranks with a derogation: neither protects.
        self.ranked(
            MECHANISM,
            at.aspect("mechanism"),
            (o.mechanism, n.mechanism),
            |m| m.map_or(1, |m| m.kind().entry().rank),
            option_action(o.mechanism, n.mechanism),
            || Detail::Mechanism {
                name: name(),
                old: o.mechanism,
                new: n.mechanism,
            },
        );
        self.text(
            K::MechanismChanged,
            at.aspect("copy"),
            || TextOf::RecipientCopy(name()),
            o.copy.as_deref(),
            n.copy.as_deref(),
        );
        self.party(o, n);
    }

    /// A recipient's role and a joint controllers' arrangement. Not
    /// stated ranks with an independent controller.
    fn party(&mut self, o: &Recipient, n: &Recipient) {
        let at = At::new(Area::Recipient, &n.id, None);
        let name = || n.label.clone();
        self.ranked(
            ROLE,
            at.aspect("role"),
            (o.role, n.role),
            |r| r.map_or(1, |r| r.entry().rank),
            option_action(o.role, n.role),
            || Detail::RecipientRole {
                name: name(),
                old: o.role,
                new: n.role,
            },
        );
        self.text(
            K::ArrangementChanged,
            at.aspect("arrangement"),
            || TextOf::Arrangement(name()),
            o.arrangement.as_deref(),
            n.arrangement.as_deref(),
        );
    }

    fn transfers(&mut self) {
        let (old, new) = (self.old, self.new);
        let old_triples = triples(old);
        let new_triples = triples(new);
        let added = uncovered(&new_triples, &old_triples, &self.coverage);
        let removed = uncovered(&old_triples, &new_triples, &self.coverage);
        for (recipient, data, grounds) in group(&added) {
            // An unstated ground already let the data go whatever the
            // facts: a ground stated beside it allows nothing more.
            if unstated_covers(&old_triples, recipient, data) {
                continue;
            }
            let also = covers_pair(&old_triples, recipient, data);
            let kind = if also && grounds.contains(&Ground::Unstated) {
                K::GroundUnstated
            } else {
                K::TransferGroundAdded
            };
            let detail = Detail::Transfer {
                data: new.data_named(data),
                recipient: new.recipient_named(recipient),
                also: also && kind == K::TransferGroundAdded,
                grounds,
                remains: Remains::Nothing,
            };
            let at = At::new(Area::Transfer, recipient, Some(data));
            self.push(kind, at, Action::Added, detail);
        }
        for (recipient, data, grounds) in group(&removed) {
            // What the unstated ground now allows covers what was removed.
            if unstated_covers(&new_triples, recipient, data) {
                continue;
            }
            let mut parts: Vec<&str> = Vec::new();
            for (r, d, g) in &new_triples {
                if r == recipient
                    && is_within(d, data)
                    && grounds.contains(g)
                    && !parts.contains(&d.as_str())
                {
                    parts.push(d);
                }
            }
            let remains = if !parts.is_empty() {
                Remains::Parts(parts.into_iter().map(|d| new.data_named(d)).collect())
            } else if covers_pair(&new_triples, recipient, data) {
                Remains::OtherGrounds
            } else {
                Remains::Nothing
            };
            let kind = if grounds.contains(&Ground::Unstated)
                && covers_pair(&new_triples, recipient, data)
            {
                K::GroundStated
            } else {
                K::TransferGroundRemoved
            };
            let detail = Detail::Transfer {
                data: old.data_named(data),
                recipient: old.recipient_named(recipient),
                grounds,
                also: false,
                remains,
            };
            let at = At::new(Area::Transfer, recipient, Some(data));
            self.push(kind, at, Action::Removed, detail);
        }
    }

    /// The purposes a transfer serves (`transfer … for PURPOSE`), for each
    /// (recipient, data) pair both editions send: a limit added or purposes
    /// dropped narrow it, a limit lifted or purposes added widen it.
    fn transfer_purposes(&mut self) {
        let (old, new) = (self.old, self.new);
        let old_served = served(old);
        for ((recipient, data), after) in served(new) {
            let Some(before) = old_served.get(&(recipient, data)) else {
                continue;
            };
            let at = At::new(Area::Transfer, recipient, Some(data)).aspect("for");
            let pair = |kind, action, purposes: Vec<&str>, any| {
                let detail = Detail::TransferPurposes {
                    data: new.data_named(data),
                    recipient: new.recipient_named(recipient),
                    purposes: purposes.iter().map(|p| new.purpose_named(p)).collect(),
                    any,
                };
                (kind, action, detail)
            };
            let mut found = Vec::new();
            match (before, &after) {
                (None, None) => {}
                (Some(_), None) => found.push(pair(
                    K::TransferPurposesWidened,
                    Action::Added,
                    Vec::new(),
                    true,
                )),
                (None, Some(now)) => found.push(pair(
                    K::TransferPurposesNarrowed,
                    Action::Removed,
                    now.clone(),
                    true,
                )),
                (Some(was), Some(now)) => {
                    let added: Vec<&str> =
                        now.iter().filter(|p| !was.contains(p)).copied().collect();
                    let dropped: Vec<&str> =
                        was.iter().filter(|p| !now.contains(p)).copied().collect();
                    if !added.is_empty() {
                        found.push(pair(
                            K::TransferPurposesWidened,
                            Action::Added,
                            added,
                            false,
                        ));
                    }
                    if !dropped.is_empty() {
                        let detail = Detail::TransferPurposes {
                            data: new.data_named(data),
                            recipient: new.recipient_named(recipient),
                            purposes: dropped.iter().map(|p| old.purpose_named(p)).collect(),
                            any: false,
                        };
                        found.push((K::TransferPurposesNarrowed, Action::Removed, detail));
                    }
                }
            }
            for (kind, action, detail) in found {
                self.push(kind, at, action, detail);
            }
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
            let by_criteria =
                |ps: &[Period]| ps.iter().any(|p| matches!(p, Period::Criteria { .. }));
            let (kind, action) = if o.retention.is_empty() {
                (K::RetentionStated, Action::Added)
            } else if n.retention.is_empty() {
                (K::RetentionUnstated, Action::Removed)
            } else if by_criteria(&o.retention) || by_criteria(&n.retention) {
                // Criteria in words reach no measurable length: the
                // comparison sees which side states them, not how long
                // they keep the data.
                let kind = match (by_criteria(&o.retention), by_criteria(&n.retention)) {
                    (true, true) => cap_kind(&o.retention, &n.retention),
                    (false, _) => K::RetentionCriteriaAdded,
                    (true, false) => K::RetentionCriteriaRemoved,
                };
                (kind, Action::Changed)
            } else {
                (retention_kind(&o.retention, &n.retention), Action::Changed)
            };
            let detail = Detail::Retention {
                name: n.label.clone(),
                old: o.retention.clone(),
                new: n.retention.clone(),
            };
            self.push(kind, At::new(Area::Retention, &n.id, None), action, detail);
        }
        self.retention_rules();
        self.retention_endings();
        self.purpose_retention();
    }

    /// How long each category is kept when used for a purpose that has,
    /// in either edition, a retention of its own for it (`when_used_for`):
    /// the purpose's own, else the category's, compared as retentions are.
    /// A change of the category's own retention, where the purpose has
    /// none of its own in either edition, is reported there.
    fn purpose_retention(&mut self) {
        let (old, new) = (self.old, self.new);
        let effective = |c: &DataCategory, purpose: &str| -> Vec<Period> {
            c.retention_for(purpose)
                .map_or_else(|| c.retention.clone(), |own| own.periods.clone())
        };
        let by_criteria = |ps: &[Period]| ps.iter().any(|p| matches!(p, Period::Criteria { .. }));
        for n in &new.data {
            let Some(o) = old.data(&n.id) else {
                continue;
            };
            let mut purposes: Vec<&str> = o
                .purpose_retention
                .iter()
                .chain(&n.purpose_retention)
                .map(|r| r.purpose.as_str())
                .collect();
            purposes.sort_unstable();
            purposes.dedup();
            for purpose in purposes {
                // Only a purpose declared in both editions: one added or
                // dropped is reported as such.
                let (Some(_), Some(np)) = (old.purpose(purpose), new.purpose(purpose)) else {
                    continue;
                };
                let (before, after) = (effective(o, purpose), effective(n, purpose));
                if before == after || same_set(&before, &after) {
                    continue;
                }
                // A change inherited from the parent is reported there.
                if let Some(parent) = &n.parent
                    && let (Some(opar), Some(npar)) = (old.data(parent), new.data(parent))
                    && effective(opar, purpose) == before
                    && effective(npar, purpose) == after
                {
                    continue;
                }
                let kind = if before.is_empty() {
                    K::RetentionStated
                } else if after.is_empty() {
                    K::RetentionUnstated
                } else if by_criteria(&before) || by_criteria(&after) {
                    match (by_criteria(&before), by_criteria(&after)) {
                        (true, true) => cap_kind(&before, &after),
                        (false, _) => K::RetentionCriteriaAdded,
                        (true, false) => K::RetentionCriteriaRemoved,
                    }
                } else {
                    match retention_kind(&before, &after) {
                        K::RetentionExtended => K::RetentionForPurposeExtended,
                        K::RetentionShortened => K::RetentionForPurposeShortened,
                        _ => K::RetentionForPurposeRestated,
                    }
                };
                let detail = Detail::PurposeRetention {
                    name: n.label.clone(),
                    purpose: np.short_label().to_owned(),
                    old: before,
                    new: after,
                };
                self.push(
                    kind,
                    At::new(Area::Retention, &n.id, Some(purpose)),
                    Action::Changed,
                    detail,
                );
            }
        }
    }

    /// What happens when the retention ends (no end stated reads as
    /// deletion, as the rule table does) and how long copies remain in
    /// backups (none stated reads as none). A change inherited from the
    /// parent is reported there.
    fn retention_endings(&mut self) {
        let (old, new) = (self.old, self.new);
        let end = |c: &DataCategory| c.retention_end.unwrap_or(RetentionEnd::Delete);
        let days = |c: &DataCategory| c.backups.map_or(0, Duration::approx_days);
        for n in &new.data {
            let Some(o) = old.data(&n.id) else {
                continue;
            };
            let parent = n
                .parent
                .as_ref()
                .and_then(|p| Some((old.data(p)?, new.data(p)?)));
            let at = At::new(Area::Retention, &n.id, None);
            let inherited = parent.is_some_and(|(op, np)| end(op) == end(o) && end(np) == end(n));
            if end(o) != end(n) && !inherited {
                let kind = if end(n) == RetentionEnd::Anonymise {
                    K::RetentionEndAnonymised
                } else {
                    K::RetentionEndDeleted
                };
                let detail = Detail::RetentionEnd {
                    name: n.label.clone(),
                    old: end(o),
                    new: end(n),
                };
                self.push(kind, at, Action::Changed, detail);
            }
            let inherited =
                parent.is_some_and(|(op, np)| op.backups == o.backups && np.backups == n.backups);
            if days(o) != days(n) && !inherited {
                let kind = if days(n) > days(o) {
                    K::BackupsExtended
                } else {
                    K::BackupsShortened
                };
                let detail = Detail::Backups {
                    name: n.label.clone(),
                    old: o.backups,
                    new: n.backups,
                };
                self.push(kind, at, Action::Changed, detail);
            }
        }
    }

    /// How alternative periods combine, for categories with alternatives in
    /// both editions: `last` keeps data longer than `first`. A change
    /// inherited from the parent is reported there.
    fn retention_rules(&mut self) {
        let (old, new) = (self.old, self.new);
        let rule = |c: &DataCategory| c.retention_rule;
        let several = |c: &DataCategory| c.retention.len() > 1;
        for n in &new.data {
            let Some(o) = old.data(&n.id) else {
                continue;
            };
            if !several(o) || !several(n) || rule(o) == rule(n) {
                continue;
            }
            if let Some(parent) = &n.parent
                && let (Some(op), Some(np)) = (old.data(parent), new.data(parent))
                && (op.retention_rule, np.retention_rule) == (o.retention_rule, n.retention_rule)
                && several(op)
                && several(np)
            {
                continue;
            }
            let kind = if rule(n) == RetentionRule::Last {
                K::RetentionRuleLoosened
            } else {
                K::RetentionRuleTightened
            };
            let detail = Detail::RetentionRule {
                name: n.label.clone(),
                old: o.retention_rule,
                new: n.retention_rule,
            };
            let at = At::new(Area::Retention, &n.id, None);
            self.push(kind, at, Action::Changed, detail);
        }
    }

    /// The rights as the text states them (`regimes::stated`): declared,
    /// granted by a declared regime, or said not to apply.
    fn rights(&mut self) {
        let (old, new) = (self.old, self.new);
        let (olds, news) = (regimes::stated(old), regimes::stated(new));
        for n in &news {
            match olds.iter().find(|o| o.kind() == n.kind()) {
                Some(o) => self.right_stated(o, n),
                None => self.right_appears(n, true),
            }
        }
        for o in &olds {
            if news.iter().all(|n| n.kind() != o.kind()) {
                self.right_appears(o, false);
            }
        }
    }

    /// A right the text states in one edition only: added or removed, or
    /// for one said not to apply, its reason stated or dropped.
    fn right_appears(&mut self, stated: &Stated<'_>, added: bool) {
        let kind = stated.kind();
        let at = At::new(Area::Right, kind.keyword(), None);
        if let Stated::NotApplicable(_, _, reason) = stated {
            let (old, new) = if added {
                (None, Some(*reason))
            } else {
                (Some(*reason), None)
            };
            let of = || TextOf::RightNotApplicable(kind);
            self.text(
                K::DescriptionChanged,
                at.aspect("not_applicable"),
                of,
                old,
                new,
            );
            return;
        }
        let label = match stated {
            Stated::Declared(_, r) if added => r.label.clone(),
            _ => None,
        };
        // The edition that states the right: the new one when added.
        let by_law = super::granted_by_law(if added { self.new } else { self.old });
        let detail = Detail::Right {
            kind,
            label,
            by_law,
        };
        if added {
            self.push(K::RightAdded, at, Action::Added, detail);
        } else {
            self.push(K::RightRemoved, at, Action::Removed, detail);
        }
    }

    /// A right the text states in both editions, perhaps differently.
    fn right_stated(&mut self, old: &Stated<'_>, new: &Stated<'_>) {
        let kind = new.kind();
        let at = At::new(Area::Right, kind.keyword(), None);
        let label = |s: &Stated<'_>| match s {
            Stated::Declared(_, r) | Stated::NotApplicable(_, r, _) => r.label.clone(),
            Stated::ByDefault(_) => None,
        };
        let (change, action) = match (old, new) {
            (Stated::Declared(_, o), Stated::Declared(_, n)) => return self.right(o, n),
            (Stated::ByDefault(_), Stated::ByDefault(_)) => return,
            (Stated::NotApplicable(_, _, o), Stated::NotApplicable(_, _, n)) => {
                let of = || TextOf::RightNotApplicable(kind);
                let at = at.aspect("not_applicable");
                return self.text(K::DescriptionChanged, at, of, Some(*o), Some(*n));
            }
            (Stated::ByDefault(_), Stated::Declared(..)) => (K::RightExplained, Action::Added),
            (Stated::Declared(..), Stated::ByDefault(_)) => {
                (K::RightStatedByDefault, Action::Removed)
            }
            (_, Stated::NotApplicable(..)) => (K::RightNotApplicable, Action::Added),
            (Stated::NotApplicable(..), _) => (K::RightApplicable, Action::Removed),
        };
        let right = RightName {
            kind,
            label: label(new).or_else(|| label(old)),
        };
        self.push(change, at, action, Detail::RightStatement { right });
    }

    fn right(&mut self, o: &Right, n: &Right) {
        let at = At::new(Area::Right, n.kind.keyword(), None);
        let right = || RightName {
            kind: n.kind,
            label: n.label.clone(),
        };
        self.text(
            K::LabelChanged,
            at.aspect("label"),
            || TextOf::RightLabel(n.kind),
            o.label.as_deref(),
            n.label.as_deref(),
        );
        self.text(
            K::DescriptionChanged,
            at.aspect("description"),
            || TextOf::RightDescription(n.kind),
            o.description.as_deref(),
            n.description.as_deref(),
        );
        self.members(
            K::RightChannelAdded,
            at.aspect("via"),
            &o.via,
            &n.via,
            |items| Detail::Channels {
                right: right(),
                items,
            },
        );
        self.ranked(
            DEADLINE,
            at.aspect("within"),
            (o.within, n.within),
            |d| d.map_or(u64::MAX, Duration::approx_days),
            option_action(o.within, n.within),
            || Detail::Deadline {
                right: right(),
                old: o.within,
                new: n.within,
            },
        );
        self.flag(
            K::RightAnytimeAdded,
            at.aspect("anytime"),
            o.anytime,
            n.anytime,
            || Detail::Anytime { right: right() },
        );
        self.extension(o, n, at, right);
    }

    /// A right's extension of its answer time: a longer one (or a new one)
    /// lets requests take longer, as a slower answer time does; its reason
    /// is a text.
    fn extension(&mut self, o: &Right, n: &Right, at: At<'_>, right: impl Fn() -> RightName) {
        let (old, new) = (
            o.extension.as_ref().map(|e| e.by),
            n.extension.as_ref().map(|e| e.by),
        );
        self.ranked(
            DEADLINE,
            at.aspect("extendable"),
            (old, new),
            |d| d.map_or(0, Duration::approx_days),
            option_action(old, new),
            || Detail::Extension {
                right: right(),
                old,
                new,
            },
        );
        if let (Some(old), Some(new)) = (&o.extension, &n.extension) {
            self.text(
                K::DescriptionChanged,
                at.aspect("extendable reason"),
                || TextOf::RightExtensionReason(n.kind),
                Some(old.reason.as_str()),
                Some(new.reason.as_str()),
            );
        }
    }

    fn statements(&mut self, what: StatementOf) {
        let (old, new) = (self.old, self.new);
        let (olds, news, area, added) = match what {
            StatementOf::Obligation => (
                &old.obligations,
                &new.obligations,
                Area::Obligation,
                K::ObligationAdded,
            ),
            StatementOf::Security => (
                &old.security,
                &new.security,
                Area::Security,
                K::SecurityAdded,
            ),
        };
        let reworded = match what {
            StatementOf::Obligation => K::ObligationReworded,
            StatementOf::Security => K::SecurityReworded,
        };
        let statement = |s: &Statement| Detail::Statement {
            what,
            text: s.text.clone(),
        };
        self.declarations(
            (olds, news),
            |n| olds.iter().find(|o| o.id == n.id),
            |o| news.iter().any(|n| n.id == o.id),
            |cx, n| {
                cx.push(
                    added,
                    At::new(area, &n.id, None),
                    Action::Added,
                    statement(n),
                )
            },
            |cx, o, n| {
                if o.text != n.text {
                    let detail = Detail::Reworded {
                        what,
                        old: o.text.clone(),
                        new: n.text.clone(),
                    };
                    cx.push(
                        reworded,
                        At::new(area, &n.id, Some("text")),
                        Action::Changed,
                        detail,
                    );
                }
            },
            |cx, o| {
                let at = At::new(area, &o.id, None);
                cx.push(added.mirror(), at, Action::Removed, statement(o));
            },
        );
    }

    fn change_policy(&mut self) {
        let empty = ChangePolicy {
            by: None,
            notify: Vec::new(),
            notice: None,
            effective: None,
            rationales: Vec::new(),
        };
        let o = self.old.changes.as_ref().unwrap_or(&empty);
        let n = self.new.changes.as_ref().unwrap_or(&empty);
        let at = |setting| At::new(Area::Changes, setting, None);
        // Not stated ranks between the declared values.
        self.ranked(
            AUTHORITY,
            at("by"),
            (o.by, n.by),
            |b| b.map_or(1, |b| b.entry().rank),
            option_action(o.by, n.by),
            || Detail::Authority {
                old: o.by,
                new: n.by,
            },
        );
        self.members(
            K::NotifyAdded,
            at("notify"),
            &o.notify,
            &n.notify,
            Detail::Notify,
        );
        // Less notice is less protection: the scale runs the other way.
        self.ranked(
            NOTICE,
            at("notice"),
            (o.notice, n.notice),
            |d| std::cmp::Reverse(d.map_or(0, Duration::approx_days)),
            option_action(o.notice, n.notice),
            || Detail::Notice {
                old: o.notice,
                new: n.notice,
            },
        );
        // Not stated ranks between the declared values.
        self.ranked(
            TAKES_EFFECT,
            at("effective"),
            (o.effective, n.effective),
            |e| e.map_or(1, |e| e.entry().rank),
            option_action(o.effective, n.effective),
            || Detail::TakesEffect {
                old: o.effective,
                new: n.effective,
            },
        );
    }

    fn clauses(&mut self) {
        let (old, new) = (self.old, self.new);
        let clause = |c: &Clause| Detail::Clause {
            section: c.section.clone(),
            text: c.text.clone(),
        };
        self.declarations(
            (&old.clauses, &new.clauses),
            |n| old.clauses.iter().find(|o| o.id == n.id),
            |o| new.clauses.iter().any(|n| n.id == o.id),
            |cx, n| {
                let at = At::new(Area::Clause, &n.id, None);
                cx.push(K::ClauseAdded, at, Action::Added, clause(n));
            },
            |cx, o, n| {
                let at = At::new(Area::Clause, &n.id, None);
                if o.section != n.section {
                    let detail = Detail::ClauseMoved {
                        text: n.text.clone(),
                        old: o.section.clone(),
                        new: n.section.clone(),
                    };
                    cx.push(
                        K::ClauseMoved,
                        at.aspect("section"),
                        Action::Changed,
                        detail,
                    );
                }
                if o.contractual != n.contractual {
                    let (kind, action) = if n.contractual {
                        (K::ClauseToTerms, Action::Added)
                    } else {
                        (K::ClauseFromTerms, Action::Removed)
                    };
                    let detail = Detail::ClauseContractual {
                        section: n.section.clone(),
                        text: n.text.clone(),
                        contractual: n.contractual,
                    };
                    cx.push(kind, at.aspect("contractual"), action, detail);
                }
                if o.text != n.text {
                    let detail = Detail::ClauseReworded {
                        section: n.section.clone(),
                        old: o.text.clone(),
                        new: n.text.clone(),
                    };
                    cx.push(
                        K::ClauseReworded,
                        at.aspect("text"),
                        Action::Changed,
                        detail,
                    );
                }
            },
            |cx, o| {
                let at = At::new(Area::Clause, &o.id, None);
                cx.push(K::ClauseRemoved, at, Action::Removed, clause(o));
            },
        );
    }
}

impl Cx<'_> {
    /// The `section` declarations, by id: a section of the author's own
    /// added, removed, renamed or placed elsewhere, and any section's
    /// summary stated, reworded or dropped. The clauses in a section are
    /// compared on their own (`clauses`).
    fn sections(&mut self) {
        let (old, new) = (self.old, self.new);
        let heading = |s: &SectionDef| s.heading.clone().unwrap_or_default();
        let summary =
            |cx: &mut Self, section: &SectionRef, o: Option<&String>, n: Option<&String>| {
                if o != n {
                    let at = At::new(Area::Section, section.id(), None).aspect("summary");
                    let detail = Detail::SectionSummary {
                        section: section.clone(),
                        old: o.cloned(),
                        new: n.cloned(),
                    };
                    cx.push(K::SectionSummaryChanged, at, Action::Changed, detail);
                }
            };
        self.declarations(
            (&old.sections, &new.sections),
            |n| old.sections.iter().find(|o| o.id == n.id),
            |o| new.sections.iter().any(|n| n.id == o.id),
            |cx, n| match n.id {
                SectionRef::Custom(_) => {
                    let at = At::new(Area::Section, n.id.id(), None);
                    let detail = Detail::Section {
                        heading: heading(n),
                    };
                    cx.push(K::SectionAdded, at, Action::Added, detail);
                }
                SectionRef::Builtin(_) => summary(cx, &n.id, None, n.summary.as_ref()),
            },
            |cx, o, n| {
                let at = At::new(Area::Section, n.id.id(), None);
                if o.heading != n.heading {
                    let detail = Detail::SectionRenamed {
                        id: n.id.id().to_owned(),
                        old: heading(o),
                        new: heading(n),
                    };
                    cx.push(
                        K::SectionRenamed,
                        at.aspect("heading"),
                        Action::Changed,
                        detail,
                    );
                }
                if o.after != n.after {
                    let detail = Detail::SectionMoved {
                        heading: heading(n),
                        old: o.after.clone(),
                        new: n.after.clone(),
                    };
                    cx.push(K::SectionMoved, at.aspect("after"), Action::Changed, detail);
                }
                summary(cx, &n.id, o.summary.as_ref(), n.summary.as_ref());
            },
            |cx, o| match o.id {
                SectionRef::Custom(_) => {
                    let at = At::new(Area::Section, o.id.id(), None);
                    let detail = Detail::Section {
                        heading: heading(o),
                    };
                    cx.push(K::SectionRemoved, at, Action::Removed, detail);
                }
                SectionRef::Builtin(_) => summary(cx, &o.id, o.summary.as_ref(), None),
            },
        );
    }

    /// The stance on each browser signal: honoured ranks below not
    /// mentioned and ignored, which rank together (neither acts on it).
    fn signals(&mut self) {
        let (o, n) = (&self.old.header, &self.new.header);
        let pairs = [
            (
                Signal::DoNotTrack,
                "do_not_track",
                o.do_not_track,
                n.do_not_track,
            ),
            (Signal::Gpc, "gpc", o.gpc, n.gpc),
        ];
        for (signal, fact, old, new) in pairs {
            self.ranked(
                SIGNAL,
                At::new(Area::Header, fact, None),
                (old, new),
                |s| s != Some(Stance::Honoured),
                option_action(old, new),
                || Detail::Signal { signal, old, new },
            );
        }
    }

    /// The stance on children: stated or dropped as a whole, else each
    /// property on its scale. Every value of the audience, the age and
    /// the knowledge has a rank of its own, so no move is sideways.
    fn children(&mut self) {
        let at = At::new(Area::Children, "children", None);
        let (old, new) = match (&self.old.children, &self.new.children) {
            (None, None) => return,
            (None, Some(new)) => {
                let detail = Detail::ChildrenStance {
                    audience: new.audience,
                };
                return self.push(K::ChildrenStanceStated, at, Action::Added, detail);
            }
            (Some(old), None) => {
                let detail = Detail::ChildrenStance {
                    audience: old.audience,
                };
                return self.push(K::ChildrenStanceDropped, at, Action::Removed, detail);
            }
            (Some(old), Some(new)) => (old, new),
        };
        self.ranked(
            AUDIENCE,
            at.aspect("audience"),
            (old.audience, new.audience),
            |a| a.entry().rank,
            Action::Changed,
            || Detail::ChildrenAudience {
                old: old.audience,
                new: new.audience,
            },
        );
        // No minimum age admits the youngest: it ranks above every age.
        self.ranked(
            MINIMUM_AGE,
            at.aspect("minimum_age"),
            (old.minimum_age, new.minimum_age),
            |age| std::cmp::Reverse(age.unwrap_or(0)),
            option_action(old.minimum_age, new.minimum_age),
            || Detail::ChildrenMinimumAge {
                old: old.minimum_age,
                new: new.minimum_age,
            },
        );
        self.ranked(
            KNOWINGLY,
            at.aspect("knowingly_collects"),
            (old.knowingly_collects, new.knowingly_collects),
            |k| k.map_or(1, |k| if k { 2 } else { 0 }),
            option_action(old.knowingly_collects, new.knowingly_collects),
            || Detail::ChildrenKnowingly {
                old: old.knowingly_collects,
                new: new.knowingly_collects,
            },
        );
        let (o, n) = (&old.parental_consent, &new.parental_consent);
        let detail = || Detail::ChildrenParentalConsent {
            old: o.clone(),
            new: n.clone(),
        };
        let consent = at.aspect("parental_consent");
        if o.is_some() && n.is_some() && o != n {
            self.push(
                K::ChildrenParentalConsentChanged,
                consent,
                Action::Changed,
                detail(),
            );
        }
        self.flag(
            K::ChildrenParentalConsentStated,
            consent,
            o.is_some(),
            n.is_some(),
            detail,
        );
        self.text(
            K::ChildrenSaleOptInChanged,
            at.aspect("sale_opt_in"),
            || TextOf::ChildrenSaleOptIn,
            old.sale_opt_in.as_deref(),
            new.sale_opt_in.as_deref(),
        );
        self.members(
            K::ParentRightAdded,
            at.aspect("parent_rights"),
            &old.parent_rights,
            &new.parent_rights,
            |rights| Detail::ParentRights { rights },
        );
    }

    fn trackers(&mut self) {
        let (old, new) = (self.old, self.new);
        self.declarations(
            (&old.trackers, &new.trackers),
            |n| old.tracker(&n.id),
            |o| new.tracker(&o.id).is_some(),
            |cx, n| {
                let detail = Detail::TrackerAdded {
                    label: n.label.clone(),
                    category: n.category,
                    party: n.party,
                };
                let at = At::new(Area::Tracker, &n.id, None);
                cx.push(K::TrackerAdded, at, Action::Added, detail);
            },
            Cx::tracker,
            |cx, o| {
                let detail = Detail::TrackerRemoved {
                    label: o.label.clone(),
                };
                let at = At::new(Area::Tracker, &o.id, None);
                cx.push(K::TrackerRemoved, at, Action::Removed, detail);
            },
        );
    }

    /// A tracker in both editions: how far it reaches (its category, who
    /// sets it, its lifetime, its purposes and data), then its words.
    fn tracker(&mut self, o: &Tracker, n: &Tracker) {
        let at = At::new(Area::Tracker, &n.id, None);
        let name = || n.label.clone();
        self.ranked(
            TRACKER,
            at.aspect("category"),
            (o.category, n.category),
            |c| c.entry().rank,
            Action::Changed,
            || Detail::TrackerCategory {
                name: name(),
                old: o.category,
                new: n.category,
            },
        );
        self.ranked(
            TRACKER,
            at.aspect("party"),
            (o.party, n.party),
            |p| p.entry().rank,
            Action::Changed,
            || Detail::TrackerParty {
                name: name(),
                new: n.party,
            },
        );
        // Not stated reaches furthest: the reader learns nothing of it.
        self.ranked(
            TRACKER,
            at.aspect("lifetime"),
            (o.lifetime, n.lifetime),
            |l| match l {
                Some(Lifetime::Session) => 0,
                Some(Lifetime::For { duration }) => duration.approx_days().saturating_add(1),
                None => u64::MAX,
            },
            option_action(o.lifetime, n.lifetime),
            || Detail::TrackerLifetime {
                name: name(),
                old: o.lifetime,
                new: n.lifetime,
            },
        );
        let (old, new) = (self.old, self.new);
        let purpose_labels = |ids: Vec<String>| -> Vec<String> {
            ids.iter()
                .map(|id| {
                    new.purpose(id)
                        .or_else(|| old.purpose(id))
                        .map_or_else(|| id.clone(), |p| p.label.clone())
                })
                .collect()
        };
        self.members(
            K::TrackerWidened,
            at.aspect("serves"),
            &o.serves,
            &n.serves,
            |ids| Detail::TrackerServes {
                name: name(),
                purposes: purpose_labels(ids),
            },
        );
        let data_labels = |ids: Vec<String>| -> Vec<String> {
            ids.iter()
                .map(|id| {
                    new.data(id)
                        .or_else(|| old.data(id))
                        .map_or_else(|| id.clone(), |d| d.label.clone())
                })
                .collect()
        };
        // What the tracker reads, by effective coverage: the parts of a
        // category instead of the whole are the same data.
        let relisted = self.data_members(
            K::TrackerWidened,
            at.aspect("collects"),
            &o.collects,
            &n.collects,
            |ids| Detail::TrackerCollects {
                name: name(),
                data: data_labels(ids),
            },
        );
        if relisted {
            self.push(
                K::TrackerRestated,
                at.aspect("collects"),
                Action::Changed,
                Detail::TrackerRestated { name: name() },
            );
        }
        // Another provider is another company reading the device: in
        // either direction, the reader's information reaches someone new.
        // A provider named as a recipient is that recipient's label; naming
        // another recipient, or the same company now in words and now as a
        // recipient, is another provider too (the opt-outs that reach the
        // tracker change with the recipient).
        let provider = |policy: &Policy, t: &Tracker| -> Option<String> {
            t.recipient
                .as_deref()
                .map(|id| {
                    policy
                        .recipient(id)
                        .map_or_else(|| id.to_owned(), |r| r.label.clone())
                })
                .or_else(|| t.provider.clone())
        };
        let (old_provider, new_provider) = (provider(old, o), provider(new, n));
        if old_provider != new_provider || o.recipient != n.recipient {
            self.push(
                K::TrackerWidened,
                at.aspect("provider"),
                option_action(old_provider.as_ref(), new_provider.as_ref()),
                Detail::TrackerProvider {
                    name: name(),
                    old: old_provider,
                    new: new_provider,
                    old_recipient: o.recipient.clone(),
                    new_recipient: n.recipient.clone(),
                },
            );
        }
        if o.label != n.label || o.description != n.description || o.kind != n.kind {
            self.push(
                K::TrackerRestated,
                at.aspect("words"),
                Action::Changed,
                Detail::TrackerRestated { name: name() },
            );
        }
    }
}

/// A declaration with a label and a description.
trait Wording {
    fn label(&self) -> &str;
    fn description(&self) -> Option<&str>;
}

macro_rules! wording {
    ($($ty:ty),*) => {$(
        impl Wording for $ty {
            fn label(&self) -> &str {
                &self.label
            }

            fn description(&self) -> Option<&str> {
                self.description.as_deref()
            }
        }
    )*};
}

wording!(DataCategory, Purpose, Recipient);

/// A declaration the new edition does not have.
fn removed(cx: &mut Cx<'_>, kind: K, area: Area, what: Declared, id: &str, label: &str) {
    let detail = Detail::Removed {
        what,
        label: label.to_owned(),
    };
    cx.push(kind, At::new(area, id, None), Action::Removed, detail);
}

/// The category of `other` that `part` is a part of, when `part` is one
/// edition's part of data the other edition collects and says no more of
/// it than that whole: a part named on its own (`DATA_DETAILED`), or no
/// longer (`DATA_DETAIL_DROPPED`), is then no collection started or
/// stopped. The whole is the nearest category `part` is inside that
/// `other` declares, so the rule reads alike both ways and the diff stays
/// symmetric; the change notice says such a part in words of its own from
/// this kind, never by a rule of its own.
///
/// A part says more than its whole, and is new collection (`DATA_ADDED`,
/// `DATA_REMOVED`), when it identifies the user more directly, is a
/// special or sensitive category the whole is not, comes from a source
/// the whole does not name (where the whole names one), or is kept longer
/// or by criteria (where the whole states its retention): what the whole
/// said of the data would not have told the reader that.
fn collected_whole<'p>(part: &DataCategory, other: &Side<'p>) -> Option<&'p DataCategory> {
    let whole = ancestors(&part.id).find_map(|id| other.data(id))?;
    let identifies_more = part.identity.entry().rank > whole.identity.entry().rank;
    let beyond = |own: bool, same: bool| own && !same;
    let special = beyond(part.special.is_some(), part.special == whole.special);
    let sensitive = beyond(part.sensitive.is_some(), part.sensitive == whole.sensitive);
    let whole_sources = whole.all_sources();
    let sources =
        !whole_sources.is_empty() && !missing(&part.all_sources(), &whole_sources).is_empty();
    let by_criteria = |ps: &[Period]| ps.iter().any(|p| matches!(p, Period::Criteria { .. }));
    let kept_longer = !whole.retention.is_empty()
        && !same_set(&part.retention, &whole.retention)
        && (part.retention.is_empty()
            || by_criteria(&part.retention)
            || by_criteria(&whole.retention)
            || retention_kind(&whole.retention, &part.retention).class()
                == super::Class::Expanding);
    let says_more = identifies_more || special || sensitive || sources || kept_longer;
    (!says_more).then_some(whole)
}

/// The categories `id` is inside, nearest first (`a.b.c`: `a.b`, `a`).
fn ancestors(id: &str) -> impl Iterator<Item = &str> {
    id.char_indices()
        .rev()
        .filter(|(_, c)| *c == '.')
        .filter_map(move |(i, _)| id.get(..i))
        .filter(move |parent| is_within(id, parent))
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
/// category, one containing it, or every part of it, to the same recipient
/// on the same ground.
fn uncovered<'a>(a: &'a [Triple], b: &[Triple], coverage: &Coverage<'_>) -> Vec<&'a Triple> {
    let index: BTreeSet<(&str, &str, Ground)> = b
        .iter()
        .map(|(r, d, g)| (r.as_str(), d.as_str(), *g))
        .collect();
    a.iter()
        .filter(|(r, d, g)| {
            let sent =
                |id: &str| self_and_ancestors(id).any(|a| index.contains(&(r.as_str(), a, *g)));
            !sent(d) && !coverage.all_reached(d, sent)
        })
        .collect()
}

/// Whether some triple sends `data` (or a category containing it) to `recipient`.
fn covers_pair(triples: &[Triple], recipient: &str, data: &str) -> bool {
    triples
        .iter()
        .any(|(r, d, _)| r == recipient && is_within(data, d))
}

/// Whether some triple sends `data` (or a category containing it) to
/// `recipient` on an unstated ground, which holds whatever the facts.
fn unstated_covers(triples: &[Triple], recipient: &str, data: &str) -> bool {
    triples
        .iter()
        .any(|(r, d, g)| r == recipient && *g == Ground::Unstated && is_within(data, d))
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

/// The kind of a change between two stated retentions: by how far they
/// reach, then by the open-ended alternatives added or dropped, then by the
/// longest fixed duration and the event it counts from.
/// Criteria on both sides: a cap added narrows, one removed expands, one
/// changed goes by its direction as a period does; criteria only worded
/// differently are editorial.
fn cap_kind(old: &[Period], new: &[Period]) -> K {
    let cap_of = |ps: &[Period]| {
        ps.iter().find_map(|p| match p {
            Period::Criteria { at_most, .. } => at_most.clone(),
            _ => None,
        })
    };
    let as_period = |cap: crate::model::Cap| Period::For {
        duration: cap.duration,
        from: cap.from,
    };
    match (cap_of(old), cap_of(new)) {
        (None, Some(_)) => K::RetentionCapped,
        (Some(_), None) => K::RetentionUncapped,
        (Some(a), Some(b)) if a != b => match retention_kind(&[as_period(a)], &[as_period(b)]) {
            K::RetentionExtended => K::RetentionExtended,
            K::RetentionShortened => K::RetentionShortened,
            _ => K::RetentionCriteriaChanged,
        },
        _ => K::RetentionCriteriaChanged,
    }
}

fn retention_kind(old: &[Period], new: &[Period]) -> K {
    let by_reach = RETENTION.kind(reach(old), reach(new));
    if by_reach != RETENTION.same {
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
        (true, false) => return RETENTION.up,
        (false, true) => return RETENTION.up.mirror(),
        _ => {}
    }
    let (old_days, old_event) = longest(old).unwrap_or((0, None));
    let (new_days, new_event) = longest(new).unwrap_or((0, None));
    match (RETENTION.kind(old_days, new_days), old_event, new_event) {
        (same, Some(a), Some(b)) if same == RETENTION.same => RETENTION.kind(a, b),
        (kind, _, _) => kind,
    }
}

/// The purposes each (recipient, data as written) pair is sent for, sorted:
/// `None` when some transfer of it names none, so it goes for any.
fn served(policy: &Policy) -> BTreeMap<(&str, &str), Option<Vec<&str>>> {
    let mut out: BTreeMap<(&str, &str), Option<Vec<&str>>> = BTreeMap::new();
    for transfer in &policy.transfers {
        for data in &transfer.data {
            let key = (transfer.recipient.as_str(), data.as_str());
            let entry = out.entry(key).or_insert_with(|| Some(Vec::new()));
            if transfer.purposes.is_empty() {
                *entry = None;
            }
            if let Some(list) = entry {
                for purpose in &transfer.purposes {
                    if let Err(at) = list.binary_search(&purpose.as_str()) {
                        list.insert(at, purpose);
                    }
                }
            }
        }
    }
    out
}

/// What every transfer to `recipient` is under US state law, read through
/// [`Transfer::disclosures`](crate::model::Transfer::disclosures): empty
/// when there is none.
fn every_transfer_is(policy: &Policy, recipient: &str) -> Vec<Disclosure> {
    let mut to_it = policy
        .transfers
        .iter()
        .filter(|t| t.recipient == recipient)
        .map(|t| t.disclosures(&policy.recipients));
    let Some(first) = to_it.next() else {
        return Vec::new();
    };
    to_it.fold(first, |all, each| {
        all.into_iter().filter(|d| each.contains(d)).collect()
    })
}

/// What each (recipient, data as written) pair is under US state law,
/// read through [`Transfer::disclosures`](crate::model::Transfer::disclosures):
/// what any transfer of it is, by its own `disclosed_as` or its
/// recipient's.
fn disclosed(policy: &Policy) -> BTreeMap<(&str, &str), Vec<Disclosure>> {
    let mut out: BTreeMap<(&str, &str), Vec<Disclosure>> = BTreeMap::new();
    for transfer in &policy.transfers {
        let disclosures = transfer.disclosures(&policy.recipients);
        for data in &transfer.data {
            let entry = out
                .entry((transfer.recipient.as_str(), data.as_str()))
                .or_default();
            for disclosure in &disclosures {
                if let Err(at) = entry.binary_search(disclosure) {
                    entry.insert(at, *disclosure);
                }
            }
        }
    }
    out
}

impl Cx<'_> {
    /// What a (recipient, data) pair both editions send is under US state
    /// law: a sale, sharing or targeted advertising it becomes is
    /// `TRANSFER_SOLD`, one it stops being `TRANSFER_NOT_SOLD`, except
    /// where the recipient's own `disclosed_as` changed the same way,
    /// which `RECIPIENT_SOLD`/`_NOT_SOLD` report once for every transfer
    /// to it.
    fn transfer_disclosures(&mut self) {
        let (old, new) = (self.old, self.new);
        let before = disclosed(old);
        let of_recipient = |policy: &'_ Policy, id: &str| -> Vec<Disclosure> {
            policy
                .recipients
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.disclosed_as.clone())
                .unwrap_or_default()
        };
        for ((recipient, data), now) in disclosed(new) {
            let Some(was) = before.get(&(recipient, data)) else {
                continue;
            };
            let (r_old, r_new) = (of_recipient(old, recipient), of_recipient(new, recipient));
            // Reported of the recipient, when it has a counterpart.
            let by_recipient = |d: &Disclosure, gained: bool| {
                old.recipients.iter().any(|r| r.id == recipient)
                    && if gained {
                        r_new.contains(d) && !r_old.contains(d)
                    } else {
                        r_old.contains(d) && !r_new.contains(d)
                    }
            };
            let added: Vec<Disclosure> = now
                .iter()
                .filter(|d| !was.contains(d) && !by_recipient(d, true))
                .copied()
                .collect();
            let dropped: Vec<Disclosure> = was
                .iter()
                .filter(|d| !now.contains(d) && !by_recipient(d, false))
                .copied()
                .collect();
            let at = At::new(Area::Transfer, recipient, Some(data)).aspect("disclosed_as");
            let detail = |items| Detail::TransferDisclosures {
                data: new.data_named(data),
                recipient: new.recipient_named(recipient),
                items,
            };
            if !added.is_empty() {
                self.push(K::TransferSold, at, Action::Added, detail(added));
            }
            if !dropped.is_empty() {
                self.push(K::TransferNotSold, at, Action::Removed, detail(dropped));
            }
        }
    }
}

/// The legitimate interest each (recipient, data) pair is sent on, where
/// a transfer of it rests on `legitimate_interest "…"`.
fn interests(policy: &Policy) -> BTreeMap<(&str, &str), &str> {
    let mut out = BTreeMap::new();
    for transfer in &policy.transfers {
        let Some(interest) = &transfer.interest else {
            continue;
        };
        for data in &transfer.data {
            out.insert(
                (transfer.recipient.as_str(), data.as_str()),
                interest.as_str(),
            );
        }
    }
    out
}

impl Cx<'_> {
    /// The interest of a pair sent on legitimate interests in both
    /// editions, reworded: the ground added or dropped is
    /// `TRANSFER_GROUND_ADDED`/`_REMOVED`, so only a rewording is left.
    fn transfer_interests(&mut self) {
        let (old, new) = (self.old, self.new);
        let before = interests(old);
        for ((recipient, data), now) in interests(new) {
            let Some(&was) = before.get(&(recipient, data)) else {
                continue;
            };
            if was == now {
                continue;
            }
            let label = |named: Named| named.label.unwrap_or(named.id);
            let of = TextOf::TransferInterest(
                label(new.data_named(data)),
                label(new.recipient_named(recipient)),
            );
            let at = At::new(Area::Transfer, recipient, Some(data)).aspect("interest");
            self.text(K::TransferInterestChanged, at, || of, Some(was), Some(now));
        }
    }
}

impl Cx<'_> {
    /// Automated decisions, then the header's statement that there are
    /// none.
    /// The data sets combined, by the categories combined (in any order):
    /// a combination made, dropped, or its reason reworded.
    fn combinations(&mut self) {
        let (old, new) = (self.old, self.new);
        fn key(c: &CombinedData) -> Vec<&str> {
            let mut ids: Vec<&str> = c.data.iter().map(String::as_str).collect();
            ids.sort_unstable();
            ids
        }
        let labels = |policy: &Policy, c: &CombinedData| -> Vec<String> {
            c.data
                .iter()
                .map(|id| {
                    policy
                        .data(id)
                        .map_or_else(|| id.clone(), |d| d.label.clone())
                })
                .collect()
        };
        for n in &new.combinations {
            let subject = n.data.join(", ");
            let at = At::new(Area::Combination, &subject, None);
            let detail = Detail::Combination {
                data: labels(new, n),
                reason: n.reason.clone(),
            };
            match old.combinations.iter().find(|o| key(o) == key(n)) {
                None => self.push(K::CombinationAdded, at, Action::Added, detail),
                Some(o) if o.reason != n.reason => {
                    self.push(K::CombinationRestated, at, Action::Changed, detail);
                }
                Some(_) => {}
            }
        }
        for o in &old.combinations {
            if new.combinations.iter().any(|n| key(n) == key(o)) {
                continue;
            }
            let subject = o.data.join(", ");
            let at = At::new(Area::Combination, &subject, None);
            let detail = Detail::Combination {
                data: labels(old, o),
                reason: o.reason.clone(),
            };
            self.push(K::CombinationRemoved, at, Action::Removed, detail);
        }
    }

    /// The typed commitments: each one made or no longer made, by its
    /// keyword and area.
    fn commitments(&mut self) {
        let (old, new) = (self.old, self.new);
        let subject = |c: &Commitment| crate::vocab::commitment_written(*c);
        for c in new
            .commitments
            .iter()
            .filter(|c| !old.commitments.contains(c))
        {
            let subject = subject(c);
            let at = At::new(Area::Commitment, &subject, None);
            self.push(
                K::CommitmentAdded,
                at,
                Action::Added,
                Detail::Commitment(*c),
            );
        }
        for c in old
            .commitments
            .iter()
            .filter(|c| !new.commitments.contains(c))
        {
            let subject = subject(c);
            let at = At::new(Area::Commitment, &subject, None);
            self.push(
                K::CommitmentRemoved,
                at,
                Action::Removed,
                Detail::Commitment(*c),
            );
        }
    }

    fn decisions(&mut self) {
        let (old, new) = (self.old, self.new);
        self.declarations(
            (&old.decisions, &new.decisions),
            |n| old.decision(&n.id),
            |o| new.decision(&o.id).is_some(),
            |cx, n| {
                let detail = Detail::DecisionAdded {
                    label: n.label.clone(),
                    basis: n.basis,
                };
                let at = At::new(Area::Decision, &n.id, None);
                cx.push(K::DecisionAdded, at, Action::Added, detail);
            },
            Cx::decision,
            |cx, o| {
                let detail = Detail::DecisionRemoved {
                    label: o.label.clone(),
                };
                let at = At::new(Area::Decision, &o.id, None);
                cx.push(K::DecisionRemoved, at, Action::Removed, detail);
            },
        );
        self.flag(
            K::NoDecisionsStated,
            At::new(Area::Header, "automated_decisions", None),
            old.header.no_automated_decisions,
            new.header.no_automated_decisions,
            || Detail::NoDecisions,
        );
    }

    /// An automated decision in both editions: its basis, its data, its
    /// safeguards, then its words.
    fn decision(&mut self, o: &Decision, n: &Decision) {
        let at = At::new(Area::Decision, &n.id, None);
        let name = || n.label.clone();
        self.ranked(
            DECISION_BASIS,
            at.aspect("basis"),
            (o.basis, n.basis),
            |b| b.entry().rank,
            Action::Changed,
            || Detail::DecisionBasis {
                name: name(),
                old: o.basis,
                new: n.basis,
            },
        );
        let (old, new) = (self.old, self.new);
        // The data it uses, by effective coverage, as a purpose's.
        let relisted = self.data_members(
            K::DecisionWidened,
            at.aspect("uses"),
            &o.uses,
            &n.uses,
            |ids| Detail::DecisionUses {
                name: name(),
                data: ids
                    .iter()
                    .map(|id| {
                        new.data(id)
                            .or_else(|| old.data(id))
                            .map_or_else(|| id.clone(), |d| d.label.clone())
                    })
                    .collect(),
            },
        );
        if relisted {
            self.push(
                K::DecisionRestated,
                at.aspect("uses"),
                Action::Changed,
                Detail::DecisionRestated { name: name() },
            );
        }
        // Fewer safeguards is less protection: removing one expands.
        self.members(
            K::DecisionSafeguardAdded,
            at.aspect("safeguards"),
            &o.safeguards,
            &n.safeguards,
            |safeguards| Detail::DecisionSafeguards {
                name: name(),
                safeguards,
            },
        );
        // The law named changes with the basis; alone, it is reworded.
        let law_reworded = o.basis == n.basis && o.law != n.law;
        if decision_words(o) != decision_words(n) || law_reworded {
            self.push(
                K::DecisionRestated,
                at.aspect("words"),
                Action::Changed,
                Detail::DecisionRestated { name: name() },
            );
        }
    }
}

/// What an automated decision says in words, without changing what it
/// does.
fn decision_words(d: &Decision) -> [Option<&str>; 4] {
    [
        Some(d.label.as_str()),
        d.description.as_deref(),
        Some(d.logic.as_str()),
        Some(d.significance.as_str()),
    ]
}

impl Cx<'_> {
    /// The `security { … }` block: each typed measure stated or no longer
    /// stated, and each breach notification made or no longer made (a
    /// new time is one removed and one added).
    fn security_block(&mut self) {
        let (old, new) = (self.old, self.new);
        let empty = SecurityBlock::default();
        let old = old.security_block.as_ref().unwrap_or(&empty);
        let new = new.security_block.as_ref().unwrap_or(&empty);
        for (list, kind, action, other) in [
            (
                &new.measures,
                K::SecurityMeasureAdded,
                Action::Added,
                &old.measures,
            ),
            (
                &old.measures,
                K::SecurityMeasureRemoved,
                Action::Removed,
                &new.measures,
            ),
        ] {
            for measure in list.iter().filter(|m| !other.contains(m)) {
                let at = At::new(Area::Security, measure.keyword(), None);
                self.push(kind, at, action, Detail::SecurityMeasure(*measure));
            }
        }
        for (list, kind, action, other) in [
            (
                &new.breach_notifications,
                K::BreachNotificationAdded,
                Action::Added,
                &old.breach_notifications,
            ),
            (
                &old.breach_notifications,
                K::BreachNotificationRemoved,
                Action::Removed,
                &new.breach_notifications,
            ),
        ] {
            for breach in list.iter().filter(|b| !other.contains(b)) {
                let at = At::new(Area::Security, "breach_notification", None);
                self.push(kind, at, action, Detail::BreachNotification(*breach));
            }
        }
    }
}
