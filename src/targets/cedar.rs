//! `--target cedar`: the policy as a Cedar schema, policies and entities
//! (`cedar/`), for services that authorize with Cedar.
//!
//! The request is principal `Purpose::"P"` with action `Action::"use"`, or
//! `Recipient::"R"` with `Action::"transfer"`; resource `Data::"D"`;
//! context `{ "facts": Set<String>, "objections": Set<String> }`: the
//! runtime's facts, and those of them that begin with `objection:` (Cedar
//! cannot look inside a set, so the caller picks them out; the policies
//! check them against the service's `placed_objections`, and a stray one,
//! perhaps misspelt, fails closed as `unknown_fact` as in the runtime).
//! The table's rules are attributes of
//! the data entities (the purposes or recipients each rule names, one set
//! per kind of condition or ground), so a few policies decide every
//! request; the categories' parents are the entity hierarchy. Each policy
//! carries the runtime's decision code in `@code(…)`, and for any request
//! of that shape exactly one code is among the determining policies: the
//! caller reads it from the response's reasons.
//!
//! The other questions are asked of the service, resource
//! `Service::"<policy id>"` (its attributes: the stance on children):
//! `Tracker::"T"` with `Action::"set"`, `User::"…"` (any id) with
//! `Action::"serve"` (the child question), and `Decision::"A"` with
//! `Action::"decide"` (an automated decision), each with the same context;
//! their codes are the runtime's `TrackerCode`, `ChildCode` and
//! `AutomatedCode`. Which purpose of a tracker fails first is a policy per
//! tracker and purpose; the rest are policies on attributes. The
//! conditions are the runtime's facts convention (`policy_runtime::Basis::condition_for`,
//! `Ground::condition_for`); a table written otherwise is refused.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use policy_runtime::{
    AutomatedBasis, AutomatedCode, Basis, ChildCode, Condition, DecisionCode, Ground, RuleTable,
    Safeguard, Stance, TrackerCode, fact,
};
use serde_json::{Value, json};

use crate::build::Plan;
use crate::model::Policy;
use crate::rules::Since;

/// The Cedar directory in a policy's output folder.
pub const DIR: &str = "cedar";

/// The files of the directory, in order.
pub const FILES: [&str; 3] = ["schema.cedarschema", "policies.cedar", "entities.json"];

/// The annotation that carries a policy's decision code.
pub const CODE_ANNOTATION: &str = "code";

/// Plans the Cedar files of `policy` in `dir`, made together from one
/// compiled table.
pub fn plan<'a>(policy: &'a Policy, dir: &Path, since: &Since, plan: &mut Plan<'a>) {
    let paths: Vec<PathBuf> = FILES.iter().map(|f| dir.join(DIR).join(f)).collect();
    let since = since.clone();
    plan.add_group(paths, move |writers| {
        let table = crate::rules::table_since(policy, since.clone());
        let export = Export::of(&table)?;
        for (writer, bytes) in writers.iter_mut().zip(export.files()) {
            writer.write_all(bytes)?;
        }
        Ok(())
    });
}

/// The three files of a policy's Cedar export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// `schema.cedarschema`, in Cedar's schema syntax.
    pub schema: String,
    /// `policies.cedar`.
    pub policies: String,
    /// `entities.json`, in Cedar's entity JSON format.
    pub entities: Vec<u8>,
}

impl Export {
    /// The export of a compiled table; an error when a rule's condition
    /// is not the one the facts convention gives its basis or ground.
    pub fn of(table: &RuleTable) -> io::Result<Export> {
        let mut entities = serde_json::to_vec_pretty(&entities(table)?)?;
        entities.push(b'\n');
        Ok(Export {
            schema: schema(table),
            policies: policies(table),
            entities,
        })
    }

    /// Each file's bytes, in [`FILES`]' order.
    pub fn files(&self) -> [&[u8]; 3] {
        [
            self.schema.as_bytes(),
            self.policies.as_bytes(),
            &self.entities,
        ]
    }
}

/// How a use rule's condition is held on its data entity: the attribute
/// listing the purposes whose rule has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum UseSet {
    /// Holds always, on a stated basis.
    Always,
    /// Holds always, on a basis the policy does not state.
    Unstated,
    /// Requires the consent to the purpose.
    Consent,
    /// Holds unless an objection to the purpose.
    Unless,
}

impl UseSet {
    const ALL: [UseSet; 4] = [
        UseSet::Always,
        UseSet::Unstated,
        UseSet::Consent,
        UseSet::Unless,
    ];

    fn attribute(self) -> &'static str {
        match self {
            UseSet::Always => "uses_always",
            UseSet::Unstated => "uses_unstated",
            UseSet::Consent => "uses_consent",
            UseSet::Unless => "uses_unless",
        }
    }

    /// The set of a use rule, when its condition is the convention's.
    fn of(rule: &policy_runtime::UseRule) -> Option<UseSet> {
        if rule.condition != rule.basis.condition_for(&rule.purpose) {
            return None;
        }
        Some(match (&rule.condition, rule.basis) {
            (Condition::Always, Basis::Unstated) => UseSet::Unstated,
            (Condition::Always, _) => UseSet::Always,
            (Condition::Requires { .. }, _) => UseSet::Consent,
            (Condition::Unless { .. }, _) => UseSet::Unless,
        })
    }
}

/// The attribute listing all the purposes with a use rule.
const USES: &str = "uses";
/// The attribute listing all the recipients with a transfer rule.
const TRANSFERS: &str = "transfers";

/// The attribute listing the purposes whose use of a category the user's
/// limit on sensitive information stops.
const LIMITABLE: &str = "uses_limitable";
/// The purpose attribute: it is direct marketing, which the user's
/// objection stops whatever its basis (GDPR Art. 21(2), (3)).
const DIRECT_MARKETING: &str = "direct_marketing";
/// The recipient attribute: disclosing to it is a sale.
const SOLD: &str = "sold";
/// The recipient attribute: disclosing to it is sharing or targeted
/// advertising.
const SHARED: &str = "shared";

/// The attribute listing the recipients to which sending the category is
/// a sale by the transfer itself (`transfer … disclosed_as sale`); in a
/// table where some transfer is so, and only there, so that another
/// keeps its schema and entities.
const TRANSFERS_SOLD: &str = "transfers_sold";
/// The attribute listing the recipients to which sending the category is
/// sharing or targeted advertising by the transfer itself.
const TRANSFERS_SHARED: &str = "transfers_shared";

/// Whether some transfer rule of `table` is a sale, sharing or targeted
/// advertising on its own (the Data attributes [`TRANSFERS_SOLD`] and
/// [`TRANSFERS_SHARED`] are then declared).
fn own_disclosures(table: &RuleTable) -> bool {
    table.transfers.iter().any(|t| !t.disclosed_as.is_empty())
}

/// The attribute listing the recipients a category is sent to on `ground`.
fn ground_attribute(ground: Ground) -> String {
    format!("transfer_{}", ground.as_str())
}

/// The Cedar schema.
fn schema(table: &RuleTable) -> String {
    let mut out = String::new();
    putln!(
        out,
        "// Generated by policyc from the policy `{}`, edition {} ({}). Do not edit.",
        table.policy,
        table.version,
        table.digest
    );
    putln!(out, "entity Data in [Data] {{");
    putln!(out, "  {USES}: Set<String>,");
    for set in UseSet::ALL {
        putln!(out, "  {}: Set<String>,", set.attribute());
    }
    putln!(out, "  {LIMITABLE}: Set<String>,");
    putln!(out, "  {TRANSFERS}: Set<String>,");
    for ground in Ground::ALL {
        putln!(out, "  {}: Set<String>,", ground_attribute(ground));
    }
    if own_disclosures(table) {
        putln!(out, "  {TRANSFERS_SOLD}: Set<String>,");
        putln!(out, "  {TRANSFERS_SHARED}: Set<String>,");
    }
    putln!(out, "}};");
    putln!(
        out,
        "entity Purpose {{\n  name: String,\n  consent: String,\n  objection: String,\n  {DIRECT_MARKETING}: Bool,\n}};"
    );
    putln!(
        out,
        "entity Recipient {{\n  name: String,\n  consent: String,\n  objection: String,\n  {SOLD}: Bool,\n  {SHARED}: Bool,\n}};"
    );
    putln!(
        out,
        "entity Service {{\n  {CHILDREN}: Bool,\n  {PARENTAL_CONSENT}: Bool,\n  {MINIMUM_AGE}: Bool,\n  {PLACED}: Set<String>,\n}};\nentity User;"
    );
    putln!(
        out,
        "entity Tracker {{\n  name: String,\n  {STRICTLY_NECESSARY}: Bool,\n  {SERVES_A_PURPOSE}: Bool,\n  {TRACKER_SOLD}: Bool,\n  {ADVERTISING}: Bool,\n  {CONSENTS}: Set<String>,\n  {OBJECTIONS}: Set<String>,\n}};"
    );
    putln!(
        out,
        "entity Decision {{\n  name: String,\n  basis: String,\n  {HUMAN_REVIEW}: Bool,\n  consent: String,\n  review: String,\n}};"
    );
    putln!(
        out,
        "action \"use\" appliesTo {{\n  principal: [Purpose],\n  resource: [Data],\n  context: {CONTEXT},\n}};"
    );
    putln!(
        out,
        "action \"transfer\" appliesTo {{\n  principal: [Recipient],\n  resource: [Data],\n  context: {CONTEXT},\n}};"
    );
    for (action, principal) in [
        ("set", "Tracker"),
        ("serve", "User"),
        ("decide", "Decision"),
    ] {
        putln!(
            out,
            "action {action:?} appliesTo {{\n  principal: [{principal}],\n  resource: [Service],\n  context: {CONTEXT},\n}};"
        );
    }
    out
}

/// The context of every request: the runtime's facts, and those of them
/// that are objections (`objection:NAME`), which Cedar cannot pick out of
/// the facts itself.
const CONTEXT: &str = "{ facts: Set<String>, objections: Set<String> }";
/// The service attribute: the objections that name a purpose or a
/// recipient of the table. Any other objection is stray, perhaps a
/// misspelt one, and stops what an objection stops (`unknown_fact`).
const PLACED: &str = "placed_objections";

/// Whether every objection of the request names a purpose or a recipient
/// of the table.
fn placed(service: &str) -> String {
    format!("{service}.{PLACED}.containsAll(context.objections)")
}

/// Whether the request objects to a name that is neither a purpose nor a
/// recipient of the table: its objections are not all placed.
fn stray(service: &str) -> String {
    format!("!{}", placed(service))
}

/// The service attribute: the table states a stance on children.
const CHILDREN: &str = "children";
/// The service attribute: the policy declares a parent's consent.
const PARENTAL_CONSENT: &str = "parental_consent";
/// The service attribute: the policy states a minimum age.
const MINIMUM_AGE: &str = "minimum_age";
/// The tracker attribute: it is strictly necessary.
const STRICTLY_NECESSARY: &str = "strictly_necessary";
/// The tracker attribute: it serves a purpose.
const SERVES_A_PURPOSE: &str = "serves_a_purpose";
/// The tracker attribute: the opt-out of sharing reaches it (a
/// `marketing` tracker, or one provided by a recipient disclosed to as
/// sharing).
const ADVERTISING: &str = "advertising";
/// The tracker attribute: the opt-out of sale reaches it (its provider is
/// a recipient disclosed to as a sale).
const TRACKER_SOLD: &str = "sold";
/// The tracker attribute: the consents its purposes need.
const CONSENTS: &str = "consents";
/// The tracker attribute: the objections that stop its purposes.
const OBJECTIONS: &str = "objections";
/// The decision attribute: it offers human review.
const HUMAN_REVIEW: &str = "human_review";

/// The Cedar policies: for a request of the documented shape, the
/// satisfied ones all carry the same code.
fn policies(table: &RuleTable) -> String {
    let mut out = String::new();
    putln!(
        out,
        "// Generated by policyc from the policy `{}`, edition {} ({}). Do not edit.\n// The determining policies' @{CODE_ANNOTATION} is the decision code of policy-runtime.\n",
        table.policy,
        table.version,
        table.digest
    );
    let rule = |out: &mut String, effect: &str, code: DecisionCode, scope: &str, when: &str| {
        putln!(
            out,
            "@{CODE_ANNOTATION}({:?})\n{effect} ({scope})\nwhen {{ {when} }};\n",
            code.as_str()
        );
    };
    let use_scope = "principal is Purpose, action == Action::\"use\", resource is Data";
    let transfer_scope = "principal is Recipient, action == Action::\"transfer\", resource is Data";
    rule(
        &mut out,
        "forbid",
        DecisionCode::UnknownData,
        "principal, action in [Action::\"use\", Action::\"transfer\"], resource",
        &format!("!(resource has {USES})"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::UnknownPurpose,
        use_scope,
        &format!("resource has {USES} && !(principal has name)"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::UnknownRecipient,
        transfer_scope,
        &format!("resource has {TRANSFERS} && !(principal has name)"),
    );
    let declared = |set: &str| {
        format!(
            "resource has {set} && principal has name && resource.{set}.contains(principal.name)"
        )
    };
    rule(
        &mut out,
        "forbid",
        DecisionCode::NotDeclared,
        use_scope,
        &format!(
            "resource has {USES} && principal has name && !resource.{USES}.contains(principal.name)"
        ),
    );
    // A direct-marketing purpose: the objection to it stops the use
    // whatever its condition (GDPR Art. 21(2), (3)).
    let marketing_objected =
        format!("(principal.{DIRECT_MARKETING} && context.facts.contains(principal.objection))");
    rule(
        &mut out,
        "permit",
        DecisionCode::Allowed,
        use_scope,
        &format!(
            "{} && !{marketing_objected}",
            declared(UseSet::Always.attribute())
        ),
    );
    rule(
        &mut out,
        "permit",
        DecisionCode::AllowedBasisUnstated,
        use_scope,
        &format!(
            "{} && !{marketing_objected}",
            declared(UseSet::Unstated.attribute())
        ),
    );
    let consent = declared(UseSet::Consent.attribute());
    let consented = "context.facts.contains(principal.consent)";
    rule(
        &mut out,
        "permit",
        DecisionCode::Allowed,
        use_scope,
        &format!("{consent} && {consented} && !{marketing_objected}"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::ConsentMissing,
        use_scope,
        &format!("{consent} && !{consented}"),
    );
    let unless = declared(UseSet::Unless.attribute());
    let objected = "context.facts.contains(principal.objection)";
    rule(
        &mut out,
        "permit",
        DecisionCode::Allowed,
        use_scope,
        &format!("{unless} && !{objected}"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::Objected,
        use_scope,
        &format!("{unless} && {objected}"),
    );
    let use_holds = format!(
        "({} || {} || ({consent} && {consented}) || ({unless} && !{objected}))",
        declared(UseSet::Always.attribute()),
        declared(UseSet::Unstated.attribute()),
    );
    // An objection to a name that is neither a purpose nor a recipient
    // may be a misspelt objection to this purpose: a use that holds and
    // that an objection stops (on legitimate interests, or direct
    // marketing) fails closed, before any other code, as in the runtime.
    let stray_stops = format!(
        "(({unless} || principal.{DIRECT_MARKETING}) && {})",
        stray(&format!("Service::{:?}", table.policy))
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::UnknownFact,
        use_scope,
        &format!("{use_holds} && {stray_stops}"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::Objected,
        use_scope,
        &format!("{use_holds} && {marketing_objected} && !{stray_stops}"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::LimitedSensitive,
        use_scope,
        &format!(
            "{} && context.facts.contains({:?}) && {use_holds} && !{marketing_objected} && !{stray_stops}",
            declared(LIMITABLE),
            fact::LIMIT_SENSITIVE
        ),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::NotDeclared,
        transfer_scope,
        &format!(
            "resource has {TRANSFERS} && principal has name && !resource.{TRANSFERS}.contains(principal.name)"
        ),
    );
    // A ground that holds, for each ground with a fact: the stated ones.
    let mut stated = Vec::new();
    for ground in Ground::ALL {
        let Some(holds) = ground_holds(ground) else {
            continue;
        };
        let on = declared(&ground_attribute(ground));
        rule(
            &mut out,
            "permit",
            DecisionCode::Allowed,
            transfer_scope,
            &format!("{on} && {holds}"),
        );
        stated.push(format!("({on} && {holds})"));
    }
    let any_stated = format!("({})", stated.join(" || "));
    let unstated = declared(&ground_attribute(Ground::Unstated));
    rule(
        &mut out,
        "permit",
        DecisionCode::AllowedGroundUnstated,
        transfer_scope,
        &format!("{unstated} && !{any_stated}"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::NoGroundHolds,
        transfer_scope,
        &format!("{} && !{any_stated} && !({unstated})", declared(TRANSFERS)),
    );
    // A ground holds, and the user opted out: of sale first, then of
    // sharing, GPC counting as both where the policy honours it.
    let allowed = format!("{} && ({any_stated} || ({unstated}))", declared(TRANSFERS));
    let gpc = if table.gpc == Some(Stance::Honoured) {
        format!(" || context.facts.contains({:?})", fact::GPC)
    } else {
        String::new()
    };
    // A transfer is sold or shared when its recipient is, or when the
    // transfer itself is (`transfer … disclosed_as`).
    let (sold, shared) = if own_disclosures(table) {
        (
            format!("(principal.{SOLD} || ({}))", declared(TRANSFERS_SOLD)),
            format!("(principal.{SHARED} || ({}))", declared(TRANSFERS_SHARED)),
        )
    } else {
        (format!("principal.{SOLD}"), format!("principal.{SHARED}"))
    };
    let sale = format!(
        "{sold} && (context.facts.contains({:?}){gpc})",
        fact::OPT_OUT_SALE
    );
    let share = format!(
        "{shared} && (context.facts.contains({:?}){gpc})",
        fact::OPT_OUT_SHARE
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::OptedOutOfSale,
        transfer_scope,
        &format!("{allowed} && {sale}"),
    );
    rule(
        &mut out,
        "forbid",
        DecisionCode::OptedOutOfSharing,
        transfer_scope,
        &format!("{allowed} && {share} && !({sale})"),
    );
    trackers(table, &gpc, &mut out);
    children(&mut out);
    automated(&mut out);
    out
}

/// One policy: its code, effect, scope and condition.
fn annotated(out: &mut String, code: &str, effect: &str, scope: &str, when: &str) {
    putln!(
        out,
        "@{CODE_ANNOTATION}({code:?})\n{effect} ({scope})\nwhen {{ {when} }};\n"
    );
}

/// The tracker policies: `gpc` is the alternative GPC adds to the opt-out
/// of sharing (empty where the table does not honour it).
fn trackers(table: &RuleTable, gpc: &str, out: &mut String) {
    let rule = |out: &mut String, effect: &str, code: TrackerCode, scope: &str, when: &str| {
        annotated(out, code.as_str(), effect, scope, when);
    };
    let scope = "principal is Tracker, action == Action::\"set\", resource is Service";
    rule(
        out,
        "forbid",
        TrackerCode::UnknownTracker,
        scope,
        "!(principal has name)",
    );
    let known = "principal has name";
    rule(
        out,
        "permit",
        TrackerCode::StrictlyNecessary,
        scope,
        &format!("{known} && principal.{STRICTLY_NECESSARY}"),
    );
    let needs = format!("{known} && !principal.{STRICTLY_NECESSARY}");
    rule(
        out,
        "forbid",
        TrackerCode::ServesNoPurpose,
        scope,
        &format!("{needs} && !principal.{SERVES_A_PURPOSE}"),
    );
    // A tracker serving a purpose an objection stops fails closed on a
    // stray objection (`unknown_fact`, decided per tracker below).
    let all_hold = format!(
        "{needs} && principal.{SERVES_A_PURPOSE} && context.facts.containsAll(principal.{CONSENTS}) && !context.facts.containsAny(principal.{OBJECTIONS}) && (principal.{OBJECTIONS}.isEmpty() || {})",
        placed("resource")
    );
    rule(out, "permit", TrackerCode::Allowed, scope, &all_hold);
    // As for a transfer to the recipient providing it: the opt-out of
    // sale first, then that of sharing.
    let sale = format!(
        "principal.{TRACKER_SOLD} && (context.facts.contains({:?}){gpc})",
        fact::OPT_OUT_SALE
    );
    rule(
        out,
        "forbid",
        TrackerCode::OptedOutOfSale,
        scope,
        &format!("{all_hold} && {sale}"),
    );
    rule(
        out,
        "forbid",
        TrackerCode::OptedOutOfSharing,
        scope,
        &format!(
            "{all_hold} && principal.{ADVERTISING} && (context.facts.contains({:?}){gpc}) && !({sale})",
            fact::OPT_OUT_SHARE
        ),
    );
    // The first purpose whose condition fails decides: a policy for each
    // purpose of each tracker that needs a fact.
    let bases: BTreeMap<&str, (Basis, bool)> = table
        .purposes
        .iter()
        .map(|p| (p.id.as_str(), (p.basis, p.direct_marketing)))
        .collect();
    for tracker in &table.trackers {
        if tracker.category.is_strictly_necessary() {
            continue;
        }
        let scope = format!(
            "principal == Tracker::{:?}, action == Action::\"set\", resource is Service",
            tracker.id
        );
        let mut before: Vec<String> = Vec::new();
        for purpose in &tracker.serves {
            let Some(&(basis, marketing)) = bases.get(purpose.as_str()) else {
                continue;
            };
            let mut checks = Vec::new();
            match basis.condition_for(purpose) {
                Condition::Requires { fact } => {
                    checks.push((Check::Needs(fact), TrackerCode::ConsentMissing));
                }
                Condition::Unless { fact } => {
                    checks.push((Check::StoppedBy(fact), TrackerCode::Objected));
                }
                Condition::Always => {}
            }
            // A direct-marketing purpose: the objection to it stops the
            // tracker whatever its basis (GDPR Art. 21(2), (3)).
            let objection = fact::objection(purpose);
            if marketing
                && !checks
                    .iter()
                    .any(|(c, _)| *c == Check::StoppedBy(objection.clone()))
            {
                checks.push((Check::StoppedBy(objection), TrackerCode::Objected));
            }
            // An objection stops the purpose, so a stray one may be a
            // misspelt objection to it: it fails closed, as the runtime's
            // `unknown_fact`.
            if checks.iter().any(|(c, _)| matches!(c, Check::StoppedBy(_))) {
                checks.push((Check::NoStray, TrackerCode::UnknownFact));
            }
            for (check, code) in checks {
                let (holds, fails) = match check {
                    Check::Needs(fact) => (
                        format!("context.facts.contains({fact:?})"),
                        format!("!context.facts.contains({fact:?})"),
                    ),
                    Check::StoppedBy(fact) => (
                        format!("!context.facts.contains({fact:?})"),
                        format!("context.facts.contains({fact:?})"),
                    ),
                    Check::NoStray => (placed("resource"), stray("resource")),
                };
                let when: Vec<&str> = before
                    .iter()
                    .map(String::as_str)
                    .chain([fails.as_str()])
                    .collect();
                rule(out, "forbid", code, &scope, &when.join(" && "));
                before.push(holds);
            }
        }
    }
}

/// What a purpose of a tracker needs in order to hold, checked in order:
/// the first that fails decides.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Check {
    /// The fact is asserted (a consent).
    Needs(String),
    /// The fact is not asserted (an objection).
    StoppedBy(String),
    /// No objection names something that is neither a purpose nor a
    /// recipient.
    NoStray,
}

/// The policies of the child question.
fn children(out: &mut String) {
    let rule = |out: &mut String, effect: &str, code: ChildCode, when: &str| {
        annotated(
            out,
            code.as_str(),
            effect,
            "principal is User, action == Action::\"serve\", resource is Service",
            when,
        );
    };
    let verified = format!("context.facts.contains({:?})", fact::AGE_VERIFIED);
    rule(out, "permit", ChildCode::AgeVerified, &verified);
    let child = format!("context.facts.contains({:?})", fact::CHILD);
    rule(
        out,
        "permit",
        ChildCode::NotAChild,
        &format!("!{verified} && !{child}"),
    );
    let a_child = format!("!{verified} && {child}");
    rule(
        out,
        "forbid",
        ChildCode::NoStance,
        &format!("{a_child} && !resource.{CHILDREN}"),
    );
    let stance = format!("{a_child} && resource.{CHILDREN}");
    let consented = format!("context.facts.contains({:?})", fact::PARENTAL_CONSENT);
    rule(
        out,
        "permit",
        ChildCode::ParentalConsent,
        &format!("{stance} && resource.{PARENTAL_CONSENT} && {consented}"),
    );
    rule(
        out,
        "forbid",
        ChildCode::ChildWithoutParentalConsent,
        &format!("{stance} && resource.{PARENTAL_CONSENT} && !{consented}"),
    );
    rule(
        out,
        "forbid",
        ChildCode::ChildrenNotAllowed,
        &format!("{stance} && !resource.{PARENTAL_CONSENT} && resource.{MINIMUM_AGE}"),
    );
    rule(
        out,
        "permit",
        ChildCode::NoMinimumAge,
        &format!("{stance} && !resource.{PARENTAL_CONSENT} && !resource.{MINIMUM_AGE}"),
    );
}

/// The policies of an automated decision.
fn automated(out: &mut String) {
    let rule = |out: &mut String, effect: &str, code: AutomatedCode, when: &str| {
        annotated(
            out,
            code.as_str(),
            effect,
            "principal is Decision, action == Action::\"decide\", resource is Service",
            when,
        );
    };
    rule(
        out,
        "forbid",
        AutomatedCode::UnknownDecision,
        "!(principal has name)",
    );
    let review = format!(
        "principal has name && principal.{HUMAN_REVIEW} && context.facts.contains(principal.review)"
    );
    rule(out, "forbid", AutomatedCode::HumanReviewRequested, &review);
    let explicit = AutomatedBasis::ExplicitConsent.as_str();
    let consented = "context.facts.contains(principal.consent)";
    rule(
        out,
        "forbid",
        AutomatedCode::NoExplicitConsent,
        &format!(
            "principal has name && principal.basis == {explicit:?} && !{consented} && !({review})"
        ),
    );
    for basis in AutomatedBasis::ALL {
        let mut when = format!(
            "principal has name && principal.basis == {:?}",
            basis.as_str()
        );
        if basis == AutomatedBasis::ExplicitConsent {
            when.push_str(&format!(" && {consented}"));
        }
        rule(out, "permit", AutomatedCode::holding(basis), &when);
    }
}

/// The Cedar expression that holds when `ground` does, `None` for the
/// ground that holds on no fact.
fn ground_holds(ground: Ground) -> Option<String> {
    match (ground, ground.plain_fact()) {
        (Ground::Unstated, _) => None,
        (Ground::LegitimateInterest, _) => {
            Some("!context.facts.contains(principal.objection)".to_owned())
        }
        (_, Some(fact)) => Some(format!("context.facts.contains({fact:?})")),
        (_, None) => Some("context.facts.contains(principal.consent)".to_owned()),
    }
}

/// `entities.json`: a data entity per category (its parent as its Cedar
/// parent, its rules as attributes), a purpose and a recipient entity per
/// purpose and recipient, with the facts that name them.
fn entities(table: &RuleTable) -> io::Result<Value> {
    let mut attributes: BTreeMap<&str, BTreeMap<String, Vec<&str>>> = BTreeMap::new();
    let own = own_disclosures(table);
    let empty = || -> BTreeMap<String, Vec<&str>> {
        let mut sets = BTreeMap::new();
        sets.insert(USES.to_owned(), Vec::new());
        sets.insert(TRANSFERS.to_owned(), Vec::new());
        for set in UseSet::ALL {
            sets.insert(set.attribute().to_owned(), Vec::new());
        }
        sets.insert(LIMITABLE.to_owned(), Vec::new());
        for ground in Ground::ALL {
            sets.insert(ground_attribute(ground), Vec::new());
        }
        if own {
            sets.insert(TRANSFERS_SOLD.to_owned(), Vec::new());
            sets.insert(TRANSFERS_SHARED.to_owned(), Vec::new());
        }
        sets
    };
    for data in &table.data {
        attributes.insert(&data.id, empty());
    }
    for rule in &table.uses {
        let set = UseSet::of(rule).ok_or_else(|| unconventional(&rule.data, &rule.purpose))?;
        let sets = attributes.entry(&rule.data).or_insert_with(empty);
        for name in [USES, set.attribute()] {
            sets.entry(name.to_owned()).or_default().push(&rule.purpose);
        }
        if table.limited(rule) {
            sets.entry(LIMITABLE.to_owned())
                .or_default()
                .push(&rule.purpose);
        }
    }
    for rule in &table.transfers {
        let sets = attributes.entry(&rule.data).or_insert_with(empty);
        sets.entry(TRANSFERS.to_owned())
            .or_default()
            .push(&rule.recipient);
        for (name, sharing) in [(TRANSFERS_SOLD, false), (TRANSFERS_SHARED, true)] {
            if rule.disclosed_as.iter().any(|d| d.is_sharing() == sharing) {
                sets.entry(name.to_owned())
                    .or_default()
                    .push(&rule.recipient);
            }
        }
        // Grounds after an unstated one are never reached: it always holds.
        for ground in &rule.grounds {
            if ground.condition != ground.ground.condition_for(&rule.recipient) {
                return Err(unconventional(&rule.data, &rule.recipient));
            }
            sets.entry(ground_attribute(ground.ground))
                .or_default()
                .push(&rule.recipient);
            if ground.ground == Ground::Unstated {
                break;
            }
        }
    }
    let parents: BTreeMap<&str, Option<&str>> = table
        .data
        .iter()
        .map(|d| (d.id.as_str(), d.parent.as_deref()))
        .collect();
    let mut list = Vec::new();
    for (id, sets) in attributes {
        let parent = parents.get(id).copied().flatten();
        let parents: Vec<Value> = parent
            .map(|p| json!({"type": "Data", "id": p}))
            .into_iter()
            .collect();
        let attrs: serde_json::Map<String, Value> = sets
            .into_iter()
            .map(|(name, mut members)| {
                members.sort_unstable();
                members.dedup();
                (name, json!(members))
            })
            .collect();
        list.push(json!({"uid": {"type": "Data", "id": id}, "attrs": attrs, "parents": parents}));
    }
    for purpose in &table.purposes {
        list.push(json!({
            "uid": {"type": "Purpose", "id": purpose.id},
            "attrs": {
                "name": purpose.id,
                "consent": policy_runtime::fact::consent(&purpose.id),
                "objection": policy_runtime::fact::objection(&purpose.id),
                DIRECT_MARKETING: purpose.direct_marketing,
            },
            "parents": [],
        }));
    }
    for recipient in &table.recipients {
        list.push(json!({
            "uid": {"type": "Recipient", "id": recipient.id},
            "attrs": {
                "name": recipient.id,
                "consent": policy_runtime::fact::consent(&recipient.id),
                "objection": policy_runtime::fact::objection(&recipient.id),
                SOLD: recipient.disclosed_as.iter().any(|d| !d.is_sharing()),
                SHARED: recipient.disclosed_as.iter().any(|d| d.is_sharing()),
            },
            "parents": [],
        }));
    }
    let stance = table.children;
    let mut placed: Vec<String> = table
        .purposes
        .iter()
        .map(|p| fact::objection(&p.id))
        .chain(table.recipients.iter().map(|r| fact::objection(&r.id)))
        .collect();
    placed.sort_unstable();
    placed.dedup();
    list.push(json!({
        "uid": {"type": "Service", "id": table.policy},
        "attrs": {
            CHILDREN: stance.is_some(),
            PARENTAL_CONSENT: stance.is_some_and(|s| s.parental_consent),
            MINIMUM_AGE: stance.is_some_and(|s| s.minimum_age.is_some()),
            PLACED: placed,
        },
        "parents": [],
    }));
    let bases: BTreeMap<&str, (Basis, bool)> = table
        .purposes
        .iter()
        .map(|p| (p.id.as_str(), (p.basis, p.direct_marketing)))
        .collect();
    for tracker in &table.trackers {
        let (mut consents, mut objections) = (Vec::new(), Vec::new());
        for purpose in &tracker.serves {
            let Some(&(basis, marketing)) = bases.get(purpose.as_str()) else {
                continue;
            };
            match basis.condition_for(purpose) {
                Condition::Requires { fact } => consents.push(fact),
                Condition::Unless { fact } => objections.push(fact),
                Condition::Always => {}
            }
            // The objection to a direct-marketing purpose stops the
            // tracker whatever its basis.
            let objection = fact::objection(purpose);
            if marketing && !objections.contains(&objection) {
                objections.push(objection);
            }
        }
        list.push(json!({
            "uid": {"type": "Tracker", "id": tracker.id},
            "attrs": {
                "name": tracker.id,
                STRICTLY_NECESSARY: tracker.category.is_strictly_necessary(),
                SERVES_A_PURPOSE: !tracker.serves.is_empty(),
                TRACKER_SOLD: table.tracker_reach(tracker).sale,
                ADVERTISING: table.tracker_reach(tracker).sharing,
                CONSENTS: consents,
                OBJECTIONS: objections,
            },
            "parents": [],
        }));
    }
    for decision in &table.decisions {
        list.push(json!({
            "uid": {"type": "Decision", "id": decision.id},
            "attrs": {
                "name": decision.id,
                "basis": decision.basis.as_str(),
                HUMAN_REVIEW: decision.offers(Safeguard::HumanReview),
                "consent": fact::consent(&decision.id),
                "review": fact::human_review(&decision.id),
            },
            "parents": [],
        }));
    }
    Ok(Value::Array(list))
}

/// The error for a rule whose condition is not the facts convention's.
fn unconventional(data: &str, target: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!(
            "cannot export the rule of `{data}` and `{target}` to Cedar: its condition is not the one its basis or ground gives"
        ),
    )
}
