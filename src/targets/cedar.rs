//! `--target cedar`: the policy as a Cedar schema, policies and entities
//! (`cedar/`), for services that authorize with Cedar.
//!
//! The request is principal `Purpose::"P"` with action `Action::"use"`, or
//! `Recipient::"R"` with `Action::"transfer"`; resource `Data::"D"`;
//! context `{ "facts": Set<String> }`. The table's rules are attributes of
//! the data entities (the purposes or recipients each rule names, one set
//! per kind of condition or ground), so a few policies decide every
//! request; the categories' parents are the entity hierarchy. Each policy
//! carries the runtime's decision code in `@code(…)`, and for any request
//! of that shape exactly one code is among the determining policies: the
//! caller reads it from the response's reasons. The conditions are the
//! runtime's facts convention (`policy_runtime::Basis::condition_for`,
//! `Ground::condition_for`); a table written otherwise is refused.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use policy_runtime::{Basis, Condition, DecisionCode, Ground, RuleTable, Stance, fact};
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
/// The recipient attribute: disclosing to it is a sale.
const SOLD: &str = "sold";
/// The recipient attribute: disclosing to it is sharing or targeted
/// advertising.
const SHARED: &str = "shared";

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
    putln!(out, "}};");
    putln!(
        out,
        "entity Purpose {{\n  name: String,\n  consent: String,\n  objection: String,\n}};"
    );
    putln!(
        out,
        "entity Recipient {{\n  name: String,\n  consent: String,\n  objection: String,\n  {SOLD}: Bool,\n  {SHARED}: Bool,\n}};"
    );
    putln!(
        out,
        "action \"use\" appliesTo {{\n  principal: [Purpose],\n  resource: [Data],\n  context: {{ facts: Set<String> }},\n}};"
    );
    putln!(
        out,
        "action \"transfer\" appliesTo {{\n  principal: [Recipient],\n  resource: [Data],\n  context: {{ facts: Set<String> }},\n}};"
    );
    out
}

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
        "principal, action, resource",
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
    rule(
        &mut out,
        "permit",
        DecisionCode::Allowed,
        use_scope,
        &declared(UseSet::Always.attribute()),
    );
    rule(
        &mut out,
        "permit",
        DecisionCode::AllowedBasisUnstated,
        use_scope,
        &declared(UseSet::Unstated.attribute()),
    );
    let consent = declared(UseSet::Consent.attribute());
    let consented = "context.facts.contains(principal.consent)";
    rule(
        &mut out,
        "permit",
        DecisionCode::Allowed,
        use_scope,
        &format!("{consent} && {consented}"),
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
    rule(
        &mut out,
        "forbid",
        DecisionCode::LimitedSensitive,
        use_scope,
        &format!(
            "{} && context.facts.contains({:?}) && {use_holds}",
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
    let sale = format!(
        "principal.{SOLD} && (context.facts.contains({:?}){gpc})",
        fact::OPT_OUT_SALE
    );
    let share = format!(
        "principal.{SHARED} && (context.facts.contains({:?}){gpc})",
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
    out
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
        if rule.limitable {
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
