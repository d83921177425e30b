//! The author's strings of a policy, each with a stable path: what a
//! translation file translates. One walk over the model serves both
//! reading the strings and replacing them with a translation, so the two
//! can never disagree on what is translatable.

use crate::model::{Period, Policy};
use crate::vocab::{self, Closed as _};

/// Visits every author string of `policy` with its path. The path is a
/// Fluent message identifier: the declaration's kind, its id (dots become
/// hyphens; ids have no hyphens of their own, so paths are unique), and
/// the property, with a list's position where a property holds several.
/// Names (the controller, the service), addresses, ids and keywords are
/// not translated: they are the same in every language.
pub fn visit(policy: &mut Policy, f: &mut dyn FnMut(String, &mut String)) {
    f("policy-title".to_owned(), &mut policy.header.title);
    if let Some(law) = &mut policy.header.governing_law {
        f("policy-governing_law".to_owned(), law);
    }
    if let Some(scope) = &mut policy.header.scope {
        f("policy-scope".to_owned(), scope);
    }
    list(&mut policy.header.part_of, "policy-part_of", f);
    if let Some(verification) = &mut policy.header.verification {
        f("policy-verification".to_owned(), verification);
    }
    if let Some(agents) = &mut policy.header.authorized_agents {
        f("policy-authorized_agents".to_owned(), agents);
    }
    for data in &mut policy.data {
        let at = format!("data-{}", segment(&data.id));
        f(format!("{at}-label"), &mut data.label);
        optional(&mut data.short, &at, "short", f);
        optional(&mut data.description, &at, "description", f);
        optional(&mut data.collected, &at, "collected", f);
        list(&mut data.examples, &format!("{at}-examples"), f);
        periods(
            &mut data.retention,
            &format!("retain-{}", segment(&data.id)),
            f,
        );
        // A purpose's own retention (`when_used_for`), apart from the
        // category's.
        for own in &mut data.purpose_retention {
            let at = format!("retain-{}-for-{}", segment(&data.id), segment(&own.purpose));
            periods(&mut own.periods, &at, f);
        }
    }
    for purpose in &mut policy.purposes {
        let at = format!("purpose-{}", segment(&purpose.id));
        f(format!("{at}-label"), &mut purpose.label);
        optional(&mut purpose.short, &at, "short", f);
        optional(&mut purpose.description, &at, "description", f);
        optional(&mut purpose.interest, &at, "interest", f);
    }
    for recipient in &mut policy.recipients {
        let at = format!("recipient-{}", segment(&recipient.id));
        f(format!("{at}-label"), &mut recipient.label);
        optional(&mut recipient.description, &at, "description", f);
        optional(&mut recipient.safeguard, &at, "safeguard", f);
        optional(&mut recipient.copy, &at, "copy", f);
    }
    // A rule's events are the ones its categories keep: the same paths,
    // so that each is translated once.
    for rule in &mut policy.retention {
        for data in &rule.data {
            if rule.purposes.is_empty() {
                periods(&mut rule.periods, &format!("retain-{}", segment(data)), f);
            }
            for purpose in &rule.purposes {
                let at = format!("retain-{}-for-{}", segment(data), segment(purpose));
                periods(&mut rule.periods, &at, f);
            }
        }
    }
    for right in &mut policy.rights {
        let at = format!("right-{}", right.kind.keyword());
        optional(&mut right.label, &at, "label", f);
        optional(&mut right.description, &at, "description", f);
        optional(&mut right.not_applicable, &at, "not_applicable", f);
        list(&mut right.via, &format!("{at}-via"), f);
        if let Some(extension) = &mut right.extension {
            f(format!("{at}-extendable"), &mut extension.reason);
        }
    }
    for statement in &mut policy.obligations {
        f(
            format!("obligation-{}", segment(&statement.id)),
            &mut statement.text,
        );
    }
    for statement in &mut policy.security {
        f(
            format!("security-{}", segment(&statement.id)),
            &mut statement.text,
        );
    }
    for clause in &mut policy.clauses {
        f(format!("clause-{}", segment(&clause.id)), &mut clause.text);
    }
    if let Some(changes) = &mut policy.changes {
        for rationale in &mut changes.rationales {
            // `because-ID`, or `because-ID-ASPECT` for a reason that names
            // one aspect of its subject's change, so the two never share an
            // id.
            let mut at = format!("because-{}", segment(&rationale.subject));
            if let Some(value) = rationale.aspect.and_then(|a| {
                crate::vocab::CHANGE_ASPECTS
                    .values
                    .iter()
                    .find(|v| v.value == a)
            }) {
                at.push('-');
                at.push_str(value.keyword);
            }
            f(at, &mut rationale.text);
        }
    }
    later_strings(policy, f);
}

/// The strings of the declarations the language gained after the first
/// translations: the controller's country and why there is no DPO, named
/// sources, how data is anonymised and what follows from not providing
/// it, the laws conditions and decisions rest on, recipients' countries
/// and arrangements, the interests transfers rest on, the reasons for
/// combining data, trackers, parental consent, automated decisions, the
/// headings and summaries of sections, and joint controllers' countries
/// and arrangements.
fn later_strings(policy: &mut Policy, f: &mut dyn FnMut(String, &mut String)) {
    let controller = &mut policy.header.controller;
    optional(&mut controller.country, "controller", "country", f);
    if let Some(crate::model::Dpo::None { reason }) = &mut controller.dpo {
        f("dpo-reason".to_owned(), reason);
    }
    // A joint controller has no id: its place in the header names it.
    for (i, joint) in policy.header.joint_controllers.iter_mut().enumerate() {
        let at = format!("joint-controller-{}", i + 1);
        optional(&mut joint.country, &at, "country", f);
        optional(&mut joint.arrangement, &at, "arrangement", f);
    }
    for data in &mut policy.data {
        let at = format!("data-{}", segment(&data.id));
        for (i, source) in data.sources.iter_mut().enumerate() {
            optional(&mut source.name, &at, &format!("source-{}", i + 1), f);
        }
        optional(&mut data.anonymised_by, &at, "anonymised_by", f);
        if let Some(reason) = &mut data.required_by {
            f(format!("{at}-consequence"), &mut reason.consequence);
        }
    }
    for purpose in &mut policy.purposes {
        if let Some(condition) = &mut purpose.special_condition {
            let at = format!("purpose-{}", segment(&purpose.id));
            optional(&mut condition.law, &at, "special_condition", f);
        }
    }
    for recipient in &mut policy.recipients {
        let at = format!("recipient-{}", segment(&recipient.id));
        optional(&mut recipient.country, &at, "country", f);
        optional(&mut recipient.arrangement, &at, "arrangement", f);
    }
    for (i, transfer) in policy.transfers.iter_mut().enumerate() {
        optional(
            &mut transfer.interest,
            &format!("transfer-{}", i + 1),
            "interest",
            f,
        );
    }
    for (i, combined) in policy.combinations.iter_mut().enumerate() {
        f(format!("combine-{}", i + 1), &mut combined.reason);
    }
    for tracker in &mut policy.trackers {
        let at = format!("tracker-{}", segment(&tracker.id));
        f(format!("{at}-label"), &mut tracker.label);
        optional(&mut tracker.description, &at, "description", f);
        optional(&mut tracker.provider, &at, "provider", f);
    }
    if let Some(children) = &mut policy.children {
        optional(
            &mut children.parental_consent,
            "children",
            "parental_consent",
            f,
        );
        optional(&mut children.sale_opt_in, "children", "sale_opt_in", f);
    }
    for decision in &mut policy.decisions {
        let at = format!("decision-{}", segment(&decision.id));
        f(format!("{at}-label"), &mut decision.label);
        optional(&mut decision.description, &at, "description", f);
        f(format!("{at}-logic"), &mut decision.logic);
        f(format!("{at}-significance"), &mut decision.significance);
        optional(&mut decision.law, &at, "law", f);
    }
    // A section's id is a keyword or an id, never translated; its
    // heading and summary are the author's words.
    for section in &mut policy.sections {
        let at = format!("section-{}", segment(section.id.id()));
        optional(&mut section.heading, &at, "heading", f);
        optional(&mut section.summary, &at, "summary", f);
    }
}

/// Every author string of `policy`, with its path, in the model's order;
/// a path visited twice (a retention event, in its category and its
/// rule) once.
pub fn collect(policy: &Policy) -> Vec<(String, String)> {
    let mut copy = policy.clone();
    let mut all = Vec::new();
    let mut seen = std::collections::HashSet::new();
    visit(&mut copy, &mut |path, text| {
        if seen.insert(path.clone()) {
            all.push((path, text.clone()));
        }
    });
    all
}

/// An id as a part of a path.
fn segment(id: &str) -> String {
    id.replace('.', "-")
}

fn optional(
    value: &mut Option<String>,
    at: &str,
    property: &str,
    f: &mut dyn FnMut(String, &mut String),
) {
    if let Some(text) = value {
        f(format!("{at}-{property}"), text);
    }
}

fn list(values: &mut [String], at: &str, f: &mut dyn FnMut(String, &mut String)) {
    for (i, text) in values.iter_mut().enumerate() {
        f(format!("{at}-{}", i + 1), text);
    }
}

/// The events of retention periods written in words; an event named by
/// its keyword is the language's own word, not the author's.
fn periods(periods: &mut [Period], at: &str, f: &mut dyn FnMut(String, &mut String)) {
    for (i, period) in periods.iter_mut().enumerate() {
        let event = match period {
            Period::For { from, .. } => from,
            Period::Until { event } => event,
            Period::AsRequiredByLaw => continue,
            // The author's words, whatever they say.
            Period::Criteria { criteria, at_most } => {
                f(format!("{at}-{}", i + 1), criteria);
                // The cap's event, when in the author's words.
                if let Some(cap) = at_most
                    && vocab::EVENTS
                        .values
                        .iter()
                        .all(|v| v.text != cap.from.as_str())
                {
                    f(format!("{at}-{}-at-most", i + 1), &mut cap.from);
                }
                continue;
            }
        };
        if vocab::EVENTS
            .values
            .iter()
            .all(|v| v.text != event.as_str())
        {
            f(format!("{at}-{}", i + 1), event);
        }
    }
}
