//! `--target opa`: an Open Policy Agent bundle per policy, as a directory
//! (`opa/`) and as the tarball a bundle service serves (`bundle.tar.gz`).
//!
//! The bundle holds `data.json` (the rule table, indexed by id for Rego,
//! under `data.policyc.<id>.table`), `policy.rego` (Rego v1, package
//! `policyc.<id>`, entry point `decision`) and `.manifest` (revision: the
//! version and the table's digest; root `policyc/<id>`). The Rego text is
//! made here from the runtime's names: its decision codes, the basis and
//! ground `unstated`, the kinds of condition and the objection prefix are
//! the runtime's own, so a new code cannot be written one way here and
//! another there. The tarball is byte-identical across runs: entries in
//! one order, fixed owner, mode and time, gzip without a timestamp.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use policy_runtime::{
    AutomatedBasis, AutomatedCode, Basis, ChildCode, Condition, DecisionCode, Ground, RuleTable,
    Safeguard, Stance, TrackerCode, fact,
};
use serde_json::{Map, Value, json};

use crate::build::Plan;
use crate::model::Policy;
use crate::rules::Since;

pub mod signature;

pub use signature::Signing;

/// The bundle directory in a policy's output folder.
pub const DIR: &str = "opa";

/// The bundle tarball in a policy's output folder.
pub const TARBALL: &str = "bundle.tar.gz";

/// The bundle's files, in the order the tarball holds them.
pub const FILES: [&str; 3] = [".manifest", "data.json", "policy.rego"];

/// Plans the bundle of `policy` in `dir`, its files and its tarball made
/// together from one compiled table; with `signing`, `.signatures.json`
/// too, in the directory and in the tarball.
pub fn plan<'a>(
    policy: &'a Policy,
    dir: &Path,
    since: &Since,
    signing: Signing<'a>,
    plan: &mut Plan<'a>,
) {
    let mut paths: Vec<PathBuf> = FILES.iter().map(|f| dir.join(DIR).join(f)).collect();
    let signed = !matches!(signing, Signing::Unsigned);
    if signed {
        paths.push(dir.join(DIR).join(signature::FILE));
    }
    paths.push(dir.join(TARBALL));
    let since = since.clone();
    plan.add_group(paths, move |writers| {
        let table = crate::rules::table_since(policy, since.clone());
        let bundle = Bundle::of(&table)?;
        let mut files: Vec<(&str, &[u8])> = bundle.files().to_vec();
        let signatures = signature::signature_file(&files, &signing)?;
        if let Some(bytes) = &signatures {
            files.push((signature::FILE, bytes));
        }
        let (tarball, loose) = writers
            .split_last_mut()
            .ok_or_else(|| io::Error::other("no tarball"))?;
        for (writer, (_, bytes)) in loose.iter_mut().zip(&files) {
            writer.write_all(bytes)?;
        }
        write_tarball(&files, &mut **tarball)
    });
}

/// The three files of a policy's bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// `.manifest`.
    pub manifest: Vec<u8>,
    /// `data.json`.
    pub data: Vec<u8>,
    /// `policy.rego`.
    pub rego: Vec<u8>,
}

impl Bundle {
    /// The bundle of a compiled table.
    pub fn of(table: &RuleTable) -> io::Result<Bundle> {
        let mut data = serde_json::to_vec_pretty(&data_document(table)?)?;
        data.push(b'\n');
        let mut manifest = serde_json::to_vec_pretty(&manifest(table))?;
        manifest.push(b'\n');
        Ok(Bundle {
            manifest,
            data,
            rego: rego(table).into_bytes(),
        })
    }

    /// Each file's name and bytes, in [`FILES`]' order.
    pub fn files(&self) -> [(&'static str, &[u8]); 3] {
        let [manifest, data, rego] = FILES;
        [
            (manifest, &self.manifest),
            (data, &self.data),
            (rego, &self.rego),
        ]
    }
}

/// The root the bundle owns, `policyc/<id>`.
pub fn root(policy: &str) -> String {
    format!("policyc/{policy}")
}

/// The bundle's `.manifest`: its revision (the version and the table's
/// digest, which names an amended edition apart) and its root.
fn manifest(table: &RuleTable) -> Value {
    json!({
        "revision": format!("{}+{}", table.version, table.digest),
        "roots": [root(&table.policy)],
        "rego_version": 1,
        "metadata": {
            "policy": table.policy,
            "version": table.version,
            "effective": table.effective,
            "digest": table.digest,
        },
    })
}

/// `data.json`: the table under `policyc.<id>.table`, its entries indexed
/// by id, so that a decision is a lookup in Rego as in the runtime.
fn data_document(table: &RuleTable) -> io::Result<Value> {
    let ids = |ids: &mut dyn Iterator<Item = &String>| -> Value {
        Value::Object(ids.map(|id| (id.clone(), Value::Bool(true))).collect())
    };
    let mut uses: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for rule in &table.uses {
        let mut entry = json!({
            "basis": rule.basis.as_str(),
            "condition": serde_json::to_value(&rule.condition)?,
        });
        if table.limited(rule)
            && let Some(fields) = entry.as_object_mut()
        {
            fields.insert(LIMITABLE.to_owned(), Value::Bool(true));
        }
        uses.entry(&rule.data)
            .or_default()
            .insert(rule.purpose.clone(), entry);
    }
    let mut transfers: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for rule in &table.transfers {
        let mut entry = json!({ "grounds": serde_json::to_value(&rule.grounds)? });
        // What the transfer itself is under US state law, beside its
        // recipient's: left out when nothing, so a table without it keeps
        // its data document.
        if let Some(fields) = entry.as_object_mut() {
            for (key, sharing) in [(SOLD, false), (SHARED, true)] {
                if rule.disclosed_as.iter().any(|d| d.is_sharing() == sharing) {
                    fields.insert(key.to_owned(), Value::Bool(true));
                }
            }
        }
        transfers
            .entry(&rule.data)
            .or_default()
            .insert(rule.recipient.clone(), entry);
    }
    let mut indexed = json!({
        "policy": table.policy,
        "version": table.version,
        "digest": table.digest,
        "data": ids(&mut table.data.iter().map(|d| &d.id)),
        "purposes": ids(&mut table.purposes.iter().map(|p| &p.id)),
        "recipients": ids(&mut table.recipients.iter().map(|r| &r.id)),
        "uses": grouped(uses),
        "transfers": grouped(transfers),
    });
    // What US state law lets the user opt out of: left out when nothing,
    // so a table without it keeps its data document.
    if let Some(fields) = indexed.as_object_mut() {
        for (key, sharing) in [(SOLD_TO, false), (SHARED_WITH, true)] {
            let mut disclosed = table
                .recipients
                .iter()
                .filter(|r| r.disclosed_as.iter().any(|d| d.is_sharing() == sharing))
                .map(|r| &r.id)
                .peekable();
            if disclosed.peek().is_some() {
                fields.insert(key.to_owned(), ids(&mut disclosed));
            }
        }
        if table.gpc == Some(Stance::Honoured) {
            fields.insert(GPC_HONOURED.to_owned(), Value::Bool(true));
        }
        // The purposes an objection stops whatever their basis: left out
        // when none is direct marketing.
        let mut marketing = table
            .purposes
            .iter()
            .filter(|p| p.direct_marketing)
            .map(|p| &p.id)
            .peekable();
        if marketing.peek().is_some() {
            fields.insert(DIRECT_MARKETING.to_owned(), ids(&mut marketing));
        }
        // The trackers, the stance on children and the automated
        // decisions: each left out when the table has none.
        if !table.trackers.is_empty() {
            fields.insert(TRACKERS.to_owned(), trackers(table)?);
        }
        if let Some(children) = table.children {
            let mut stance = Map::new();
            stance.insert(
                PARENTAL_CONSENT.to_owned(),
                Value::Bool(children.parental_consent),
            );
            if let Some(age) = children.minimum_age {
                stance.insert(MINIMUM_AGE.to_owned(), json!(age));
            }
            fields.insert(CHILDREN.to_owned(), Value::Object(stance));
        }
        if !table.decisions.is_empty() {
            let decisions = table
                .decisions
                .iter()
                .map(|d| {
                    let mut entry = Map::new();
                    entry.insert("basis".to_owned(), json!(d.basis.as_str()));
                    if d.offers(Safeguard::HumanReview) {
                        entry.insert(HUMAN_REVIEW.to_owned(), Value::Bool(true));
                    }
                    (d.id.clone(), Value::Object(entry))
                })
                .collect();
            fields.insert(DECISIONS.to_owned(), Value::Object(decisions));
        }
    }
    let mut policy = Map::new();
    policy.insert(table.policy.clone(), json!({ "table": indexed }));
    Ok(json!({ "policyc": policy }))
}

/// The key of a use rule in `data.json` that `limit:sensitive` stops.
const LIMITABLE: &str = "limitable";
/// The key of the recipients a disclosure to is a sale.
const SOLD_TO: &str = "sold_to";
/// The key of the recipients a disclosure to is sharing or targeted
/// advertising.
const SHARED_WITH: &str = "shared_with";
/// The key that is `true` when the table honours GPC.
const GPC_HONOURED: &str = "gpc_honoured";
/// The key of the purposes that are direct marketing, which the user's
/// objection stops whatever their basis (GDPR Art. 21(2), (3)).
const DIRECT_MARKETING: &str = "direct_marketing";

/// The trackers by id: the condition of each purpose served, in order,
/// `strictly_necessary`, `sold` (what the opt-out of sale reaches) and
/// `advertising` (what the opt-out of sharing reaches) when so.
fn trackers(table: &RuleTable) -> io::Result<Value> {
    let bases: BTreeMap<&str, (Basis, bool)> = table
        .purposes
        .iter()
        .map(|p| (p.id.as_str(), (p.basis, p.direct_marketing)))
        .collect();
    let mut trackers = Map::new();
    for tracker in &table.trackers {
        let mut serves = Vec::new();
        for purpose in &tracker.serves {
            // The loader refuses a tracker serving an undeclared purpose.
            let (basis, marketing) = bases.get(purpose.as_str()).copied().ok_or_else(|| {
                io::Error::other(format!(
                    "tracker `{}` serves the undeclared purpose `{purpose}`",
                    tracker.id
                ))
            })?;
            let mut condition = serde_json::to_value(basis.condition_for(purpose))?;
            // A direct-marketing purpose: the objection to it stops the
            // tracker whatever its basis (GDPR Art. 21(2), (3)).
            if marketing && let Value::Object(fields) = &mut condition {
                fields.insert(
                    OBJECTION.to_owned(),
                    Value::String(policy_runtime::fact::objection(purpose)),
                );
            }
            serves.push(condition);
        }
        let mut entry = Map::new();
        entry.insert(SERVES.to_owned(), Value::Array(serves));
        if tracker.category.is_strictly_necessary() {
            entry.insert(STRICTLY_NECESSARY.to_owned(), Value::Bool(true));
        }
        let reach = table.tracker_reach(tracker);
        if reach.sale {
            entry.insert(SOLD.to_owned(), Value::Bool(true));
        }
        if reach.sharing {
            entry.insert(ADVERTISING.to_owned(), Value::Bool(true));
        }
        trackers.insert(tracker.id.clone(), Value::Object(entry));
    }
    Ok(Value::Object(trackers))
}

/// The key of the trackers in `data.json`.
const TRACKERS: &str = "trackers";
/// A tracker's conditions, one per purpose it serves.
const SERVES: &str = "serves";
/// On the condition of a direct-marketing purpose a tracker serves: the
/// objection to it, which stops the tracker whatever the condition.
const OBJECTION: &str = "objection";
/// `true` on a strictly necessary tracker.
const STRICTLY_NECESSARY: &str = "strictly_necessary";
/// `true` on a tracker the opt-out of sharing reaches: a `marketing` one,
/// or one whose provider is a recipient disclosed to as sharing.
const ADVERTISING: &str = "advertising";
/// `true` on a tracker the opt-out of sale reaches: its provider is a
/// recipient disclosed to as a sale; and on a transfer rule that is a sale
/// itself (`transfer … disclosed_as sale`).
const SOLD: &str = "sold";
/// `true` on a transfer rule that is sharing or targeted advertising
/// itself (`transfer … disclosed_as share`).
const SHARED: &str = "shared";
/// The key of the stance on children.
const CHILDREN: &str = "children";
/// Whether the policy declares a parent's consent.
const PARENTAL_CONSENT: &str = "parental_consent";
/// The minimum age, when stated.
const MINIMUM_AGE: &str = "minimum_age";
/// The key of the automated decisions.
const DECISIONS: &str = "decisions";
/// `true` on a decision that offers human review.
const HUMAN_REVIEW: &str = "human_review";

/// Rules grouped by data category, as one JSON object of objects.
fn grouped(groups: BTreeMap<&str, Map<String, Value>>) -> Value {
    Value::Object(
        groups
            .into_iter()
            .map(|(data, rules)| (data.to_owned(), Value::Object(rules)))
            .collect(),
    )
}

/// The `kind` a condition serializes with: the runtime's name.
fn kind(condition: &Condition) -> String {
    serde_json::to_value(condition)
        .ok()
        .and_then(|v| v.get("kind").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_default()
}

/// The Rego policy of `table`: package `policyc.<id>`, entry point
/// `decision`.
pub fn rego(table: &RuleTable) -> String {
    let code = |code: DecisionCode| format!("{:?}", code.as_str());
    let always = kind(&Condition::Always);
    let requires = kind(&Condition::Requires {
        fact: String::new(),
    });
    let unless = kind(&Condition::Unless {
        fact: String::new(),
    });
    let mut allowing: Vec<String> = DecisionCode::ALL
        .into_iter()
        .filter(|c| c.is_allowed())
        .map(|c| c.as_str())
        .chain(
            TrackerCode::ALL
                .into_iter()
                .filter(|c| c.is_allowed())
                .map(|c| c.as_str()),
        )
        .chain(
            ChildCode::ALL
                .into_iter()
                .filter(|c| c.is_allowed())
                .map(|c| c.as_str()),
        )
        .chain(
            AutomatedCode::ALL
                .into_iter()
                .filter(|c| c.is_allowed())
                .map(|c| c.as_str()),
        )
        .map(|c| format!("{c:?}"))
        .collect();
    allowing.sort();
    allowing.dedup();
    let id = &table.policy;
    let segment = ref_segment(id);
    let mut out = String::new();
    putln!(
        out,
        "# Generated by policyc from the policy `{id}`, edition {} ({}). Do not edit.",
        table.version,
        table.digest
    );
    putln!(
        out,
        "# The decision semantics are docs/runtime-spec.md's; input and output:\n\
         #   input:  {{\"kind\": \"use\", \"data\": D, \"purpose\": P, \"facts\": [F, ...]}}\n\
         #       or  {{\"kind\": \"transfer\", \"data\": D, \"recipient\": R, \"facts\": [F, ...]}}\n\
         #       or  {{\"kind\": \"tracker\", \"tracker\": T, \"facts\": [F, ...]}}\n\
         #       or  {{\"kind\": \"child\", \"facts\": [F, ...]}}\n\
         #       or  {{\"kind\": \"decision\", \"decision\": A, \"facts\": [F, ...]}}\n\
         #   output: data.policyc{segment}.decision = {{\"allowed\": bool, \"code\": string, \"policy\", \"version\", \"digest\"}}"
    );
    putln!(out, "package policyc{segment}\n");
    putln!(out, "_table := data.policyc{segment}.table\n");
    putln!(out, "_facts := {{f | some f in input.facts}}\n");
    putln!(out, "_allowing := {{{}}}\n", allowing.join(", "));
    putln!(
        out,
        "decision := {{\n\t\"allowed\": _code in _allowing,\n\t\"code\": _code,\n\t\"policy\": _table.policy,\n\t\"version\": _table.version,\n\t\"digest\": _table.digest,\n}}\n"
    );
    putln!(
        out,
        "_code := c if {{\n\tinput.kind in {{\"use\", \"transfer\"}}\n\tc := _data_code\n}}\n\n_code := c if {{\n\tinput.kind == \"tracker\"\n\tc := _tracker_code\n}}\n\n_code := c if {{\n\tinput.kind == \"child\"\n\tc := _child_code\n}}\n\n_code := c if {{\n\tinput.kind == \"decision\"\n\tc := _automated_code\n}}\n"
    );
    putln!(
        out,
        "_data_code := {} if {{\n\tnot _table.data[input.data]\n}} else := {} if {{\n\tinput.kind == \"use\"\n\tnot _table.purposes[input.purpose]\n}} else := {} if {{\n\tinput.kind == \"transfer\"\n\tnot _table.recipients[input.recipient]\n}} else := {} if {{\n\tinput.kind == \"use\"\n\tnot _table.uses[input.data][input.purpose]\n}} else := c if {{\n\tinput.kind == \"use\"\n\tc := _use_code(_table.uses[input.data][input.purpose])\n}} else := {} if {{\n\tinput.kind == \"transfer\"\n\tnot _table.transfers[input.data][input.recipient]\n}} else := c if {{\n\tinput.kind == \"transfer\"\n\tc := _transfer_code(_table.transfers[input.data][input.recipient])\n}}\n",
        code(DecisionCode::UnknownData),
        code(DecisionCode::UnknownPurpose),
        code(DecisionCode::UnknownRecipient),
        code(DecisionCode::NotDeclared),
        code(DecisionCode::NotDeclared),
    );
    putln!(
        out,
        "_holds(c) if c.kind == {always:?}\n\n_holds(c) if {{\n\tc.kind == {requires:?}\n\t_facts[c.fact]\n}}\n\n_holds(c) if {{\n\tc.kind == {unless:?}\n\tnot _facts[c.fact]\n}}\n"
    );
    putln!(
        out,
        "# An objection to a name that is neither a purpose nor a recipient may be\n# a misspelt objection to this one: a use that an objection stops fails\n# closed.\n_stray_objection if {{\n\tsome f in input.facts\n\tstartswith(f, {prefix:?})\n\tnot _table.purposes[trim_prefix(f, {prefix:?})]\n\tnot _table.recipients[trim_prefix(f, {prefix:?})]\n}}\n",
        prefix = fact::OBJECTION_PREFIX
    );
    putln!(
        out,
        "# A direct-marketing purpose: the objection to it stops the use whatever\n# its condition (GDPR Art. 21(2), (3)).\n_use_code(rule) := {} if {{\n\trule.condition.kind == {unless:?}\n\t_holds(rule.condition)\n\t_stray_objection\n}} else := {stray} if {{\n\t_table.{DIRECT_MARKETING}[input.purpose]\n\t_holds(rule.condition)\n\t_stray_objection\n}} else := {objected} if {{\n\t_table.{DIRECT_MARKETING}[input.purpose]\n\t_holds(rule.condition)\n\t_facts[concat(\"\", [{prefix:?}, input.purpose])]\n}} else := {limited} if {{\n\t_holds(rule.condition)\n\trule.{LIMITABLE}\n\t_facts[{limit:?}]\n}} else := {} if {{\n\t_holds(rule.condition)\n\trule.basis == {:?}\n}} else := {} if {{\n\t_holds(rule.condition)\n}} else := {} if {{\n\trule.condition.kind == {unless:?}\n}} else := {}\n",
        code(DecisionCode::UnknownFact),
        code(DecisionCode::AllowedBasisUnstated),
        Basis::Unstated.as_str(),
        code(DecisionCode::Allowed),
        code(DecisionCode::Objected),
        code(DecisionCode::ConsentMissing),
        limited = code(DecisionCode::LimitedSensitive),
        limit = fact::LIMIT_SENSITIVE,
        stray = code(DecisionCode::UnknownFact),
        objected = code(DecisionCode::Objected),
        prefix = fact::OBJECTION_PREFIX,
    );
    // A transfer sold or shared on its own line (`transfer … disclosed_as
    // sale`) is so as its recipient is; a table without one keeps its
    // Rego as it was.
    let own = table.transfers.iter().any(|t| !t.disclosed_as.is_empty());
    let (sold, shared) = if own {
        ("_sold".to_owned(), "_shared".to_owned())
    } else {
        (
            format!("_table.{SOLD_TO}[input.recipient]"),
            format!("_table.{SHARED_WITH}[input.recipient]"),
        )
    };
    putln!(
        out,
        "# The user's opt-outs of US state law stop a transfer a ground allows:\n# of sale, then of sharing; GPC counts as both where the policy honours it.\n_opted_out := {sale} if {{\n\t{sold}\n\t_facts[{opt_sale:?}]\n}} else := {sale} if {{\n\t{sold}\n\t_gpc\n}} else := {share} if {{\n\t{shared}\n\t_facts[{opt_share:?}]\n}} else := {share} if {{\n\t{shared}\n\t_gpc\n}}\n\n_gpc if {{\n\t_table.{GPC_HONOURED}\n\t_facts[{gpc:?}]\n}}\n",
        sale = code(DecisionCode::OptedOutOfSale),
        share = code(DecisionCode::OptedOutOfSharing),
        opt_sale = fact::OPT_OUT_SALE,
        opt_share = fact::OPT_OUT_SHARE,
        gpc = fact::GPC,
    );
    if own {
        putln!(
            out,
            "# A transfer is sold or shared when its recipient is, or when the transfer\n# itself is (`transfer … disclosed_as`).\n_sold if {{\n\t_table.{SOLD_TO}[input.recipient]\n}}\n\n_sold if {{\n\t_table.transfers[input.data][input.recipient].{SOLD}\n}}\n\n_shared if {{\n\t_table.{SHARED_WITH}[input.recipient]\n}}\n\n_shared if {{\n\t_table.transfers[input.data][input.recipient].{SHARED}\n}}\n"
        );
    }
    putln!(
        out,
        "# The first ground that holds, in the policy's order, decides, unless\n# the user opted out.\n_transfer_code(rule) := c if {{\n\tsome g in rule.grounds\n\t_holds(g.condition)\n\tc := _opted_out\n}} else := {} if {{\n\tfirst := min({{i | some i, g in rule.grounds; _holds(g.condition)}})\n\trule.grounds[first].ground == {:?}\n}} else := {} if {{\n\tsome g in rule.grounds\n\t_holds(g.condition)\n}} else := {}",
        code(DecisionCode::AllowedGroundUnstated),
        Ground::Unstated.as_str(),
        code(DecisionCode::Allowed),
        code(DecisionCode::NoGroundHolds),
    );
    let tracker = |code: TrackerCode| format!("{:?}", code.as_str());
    putln!(
        out,
        "\n# A tracker: strictly necessary, or the first purpose it serves whose\n# condition fails decides, or else the opt-outs stop it as they stop\n# a transfer to the recipient providing it: of sale, then of sharing\n# (which reaches every advertising one).\n_tracker := _table.{TRACKERS}[input.tracker]\n\n_tracker_code := {unknown} if {{\n\tnot _table.{TRACKERS}[input.tracker]\n}} else := {necessary} if {{\n\t_tracker.{STRICTLY_NECESSARY}\n}} else := {no_purpose} if {{\n\tcount(_tracker.{SERVES}) == 0\n}} else := c if {{\n\tfirst := min({{i | some i, s in _tracker.{SERVES}; _fails(s)}})\n\tc := _failed_code(_tracker.{SERVES}[first])\n}} else := {sale} if {{\n\t_tracker.{SOLD}\n\t_facts[{opt_sale:?}]\n}} else := {sale} if {{\n\t_tracker.{SOLD}\n\t_gpc\n}} else := {opted} if {{\n\t_tracker.{ADVERTISING}\n\t_facts[{opt_share:?}]\n}} else := {opted} if {{\n\t_tracker.{ADVERTISING}\n\t_gpc\n}} else := {allowed}\n\n_fails(c) if {{\n\tc.kind == {requires:?}\n\tnot _facts[c.fact]\n}}\n\n_fails(c) if {{\n\tc.kind == {unless:?}\n\t_facts[c.fact]\n}}\n\n_fails(c) if {{\n\tc.kind == {unless:?}\n\t_stray_objection\n}}\n\n# A direct-marketing purpose: the objection to it stops the tracker\n# whatever its condition (GDPR Art. 21(2), (3)).\n_fails(c) if {{\n\t_facts[c.{OBJECTION}]\n}}\n\n_fails(c) if {{\n\tc.{OBJECTION}\n\t_stray_objection\n}}\n\n_failed_code(c) := {missing} if {{\n\tc.kind == {requires:?}\n\tnot _facts[c.fact]\n}} else := {objected} if {{\n\tc.kind == {unless:?}\n\t_facts[c.fact]\n}} else := {objected} if {{\n\t_facts[c.{OBJECTION}]\n}} else := {stray}\n",
        unknown = tracker(TrackerCode::UnknownTracker),
        necessary = tracker(TrackerCode::StrictlyNecessary),
        no_purpose = tracker(TrackerCode::ServesNoPurpose),
        opted = tracker(TrackerCode::OptedOutOfSharing),
        sale = tracker(TrackerCode::OptedOutOfSale),
        opt_sale = fact::OPT_OUT_SALE,
        allowed = tracker(TrackerCode::Allowed),
        missing = tracker(TrackerCode::ConsentMissing),
        objected = tracker(TrackerCode::Objected),
        stray = tracker(TrackerCode::UnknownFact),
        opt_share = fact::OPT_OUT_SHARE,
    );
    let child = |code: ChildCode| format!("{:?}", code.as_str());
    putln!(
        out,
        "# The child question: may this user use the service?\n_child_code := {verified} if {{\n\t_facts[{age_verified:?}]\n}} else := {not_child} if {{\n\tnot _facts[{child_fact:?}]\n}} else := {no_stance} if {{\n\tnot _table.{CHILDREN}\n}} else := {consented} if {{\n\t_table.{CHILDREN}.{PARENTAL_CONSENT}\n\t_facts[{parental:?}]\n}} else := {without} if {{\n\t_table.{CHILDREN}.{PARENTAL_CONSENT}\n}} else := {not_allowed} if {{\n\t_table.{CHILDREN}.{MINIMUM_AGE}\n}} else := {no_minimum}\n",
        verified = child(ChildCode::AgeVerified),
        not_child = child(ChildCode::NotAChild),
        no_stance = child(ChildCode::NoStance),
        consented = child(ChildCode::ParentalConsent),
        without = child(ChildCode::ChildWithoutParentalConsent),
        not_allowed = child(ChildCode::ChildrenNotAllowed),
        no_minimum = child(ChildCode::NoMinimumAge),
        age_verified = fact::AGE_VERIFIED,
        child_fact = fact::CHILD,
        parental = fact::PARENTAL_CONSENT,
    );
    let automated = |code: AutomatedCode| format!("{:?}", code.as_str());
    let holding: Vec<String> = AutomatedBasis::ALL
        .into_iter()
        .map(|b| format!("{:?}: {}", b.as_str(), automated(AutomatedCode::holding(b))))
        .collect();
    putln!(
        out,
        "# An automated decision: a request for human review, where offered,\n# denies it; else its basis decides.\n_automated := _table.{DECISIONS}[input.decision]\n\n_holding := {{{holding}}}\n\n_automated_code := {unknown} if {{\n\tnot _table.{DECISIONS}[input.decision]\n}} else := {review} if {{\n\t_automated.{HUMAN_REVIEW}\n\t_facts[concat(\"\", [{review_prefix:?}, input.decision])]\n}} else := {no_consent} if {{\n\t_automated.basis == {explicit:?}\n\tnot _facts[concat(\"\", [{consent_prefix:?}, input.decision])]\n}} else := c if {{\n\tc := _holding[_automated.basis]\n}}",
        holding = holding.join(", "),
        unknown = automated(AutomatedCode::UnknownDecision),
        review = automated(AutomatedCode::HumanReviewRequested),
        no_consent = automated(AutomatedCode::NoExplicitConsent),
        explicit = AutomatedBasis::ExplicitConsent.as_str(),
        review_prefix = fact::HUMAN_REVIEW_PREFIX,
        consent_prefix = fact::CONSENT_PREFIX,
    );
    out
}

/// Rego's keywords (v1). OPA releases from before keywords in references
/// (open-policy-agent/opa#7709, 2025) refuse one after a dot:
/// `package policyc.import` does not parse there.
const REGO_KEYWORDS: [&str; 15] = [
    "as", "contains", "default", "else", "every", "false", "if", "import", "in", "not", "null",
    "package", "some", "true", "with",
];

/// The policy id as one segment of a Rego reference: `.id`, or `["id"]`
/// for a keyword, which every Rego parser reads (a policy id is an ASCII
/// identifier, so nothing else needs quoting).
fn ref_segment(id: &str) -> String {
    if REGO_KEYWORDS.contains(&id) {
        format!("[{id:?}]")
    } else {
        format!(".{id}")
    }
}

/// Writes the bundle's tarball: the files in [`FILES`]' order, each with
/// mode 0644, owner 0:0, no owner names and time 0; gzip with no time and
/// no name, so that equal bundles make equal bytes.
pub fn write_tarball(files: &[(&str, &[u8])], w: &mut dyn Write) -> io::Result<()> {
    let gzip = flate2::GzBuilder::new()
        .mtime(0)
        .operating_system(255)
        .write(w, flate2::Compression::default());
    let mut tar = tar::Builder::new(gzip);
    tar.mode(tar::HeaderMode::Deterministic);
    for (name, bytes) in files {
        let mut header = tar::Header::new_ustar();
        header.set_path(name)?;
        header.set_size(u64::try_from(bytes.len()).map_err(io::Error::other)?);
        header.set_mode(0o644);
        header.set_uid(0);
        header.set_gid(0);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        tar.append(&header, *bytes)?;
    }
    tar.into_inner()?.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    fn table() -> RuleTable {
        let checked = crate::check_source(&crate::synth::policy(20));
        crate::rules::table(checked.policy.as_ref().unwrap())
    }

    #[test]
    fn the_tarball_is_the_same_bytes_each_time() {
        let bundle = Bundle::of(&table()).unwrap();
        let mut first = Vec::new();
        write_tarball(&bundle.files(), &mut first).unwrap();
        let mut second = Vec::new();
        write_tarball(&bundle.files(), &mut second).unwrap();
        assert_eq!(first, second);
        // gzip's header: no modification time, no name, OS "unknown".
        assert_eq!(first.get(4..8), Some([0u8; 4].as_slice()));
        assert_eq!(first.get(9), Some(&255));
    }

    #[test]
    fn the_rego_names_every_code_from_the_runtime() {
        let rego = rego(&table());
        assert!(rego.contains("package policyc.synthetic\n"));
        for code in crate::targets::conformance::DECIDED {
            assert!(rego.contains(&format!("{:?}", code.as_str())), "{code}");
        }
        for code in crate::targets::conformance::DECIDED_TRACKER {
            assert!(rego.contains(&format!("{:?}", code.as_str())), "{code}");
        }
        for code in crate::targets::conformance::DECIDED_CHILD {
            assert!(rego.contains(&format!("{:?}", code.as_str())), "{code}");
        }
        for code in crate::targets::conformance::DECIDED_AUTOMATED {
            assert!(rego.contains(&format!("{:?}", code.as_str())), "{code}");
        }
    }

    /// The bundle's `allowed` is membership of one set of code names:
    /// a name two questions share allows in both or in neither.
    #[test]
    fn a_code_name_allows_the_same_in_every_question() {
        use crate::targets::conformance::Code;
        let codes = DecisionCode::ALL
            .into_iter()
            .map(Code::Decision)
            .chain(TrackerCode::ALL.into_iter().map(Code::Tracker))
            .chain(ChildCode::ALL.into_iter().map(Code::Child))
            .chain(AutomatedCode::ALL.into_iter().map(Code::Automated));
        let mut allowing: BTreeMap<&str, bool> = BTreeMap::new();
        for code in codes {
            let before = allowing.insert(code.as_str(), code.is_allowed());
            assert!(before.is_none_or(|b| b == code.is_allowed()), "{code}");
        }
    }
}
