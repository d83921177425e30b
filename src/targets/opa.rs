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

use policy_runtime::{Basis, Condition, DecisionCode, Ground, RuleTable, Stance, fact};
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
        if rule.limitable
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
        let entry = json!({ "grounds": serde_json::to_value(&rule.grounds)? });
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
    let allowing: Vec<String> = DecisionCode::ALL
        .into_iter()
        .filter(|c| c.is_allowed())
        .map(code)
        .collect();
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
        "_code := {} if {{\n\tnot _table.data[input.data]\n}} else := {} if {{\n\tinput.kind == \"use\"\n\tnot _table.purposes[input.purpose]\n}} else := {} if {{\n\tinput.kind == \"transfer\"\n\tnot _table.recipients[input.recipient]\n}} else := {} if {{\n\tinput.kind == \"use\"\n\tnot _table.uses[input.data][input.purpose]\n}} else := c if {{\n\tinput.kind == \"use\"\n\tc := _use_code(_table.uses[input.data][input.purpose])\n}} else := {} if {{\n\tinput.kind == \"transfer\"\n\tnot _table.transfers[input.data][input.recipient]\n}} else := c if {{\n\tinput.kind == \"transfer\"\n\tc := _transfer_code(_table.transfers[input.data][input.recipient])\n}}\n",
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
        "_use_code(rule) := {} if {{\n\trule.condition.kind == {unless:?}\n\t_holds(rule.condition)\n\t_stray_objection\n}} else := {limited} if {{\n\t_holds(rule.condition)\n\trule.{LIMITABLE}\n\t_facts[{limit:?}]\n}} else := {} if {{\n\t_holds(rule.condition)\n\trule.basis == {:?}\n}} else := {} if {{\n\t_holds(rule.condition)\n}} else := {} if {{\n\trule.condition.kind == {unless:?}\n}} else := {}\n",
        code(DecisionCode::UnknownFact),
        code(DecisionCode::AllowedBasisUnstated),
        Basis::Unstated.as_str(),
        code(DecisionCode::Allowed),
        code(DecisionCode::Objected),
        code(DecisionCode::ConsentMissing),
        limited = code(DecisionCode::LimitedSensitive),
        limit = fact::LIMIT_SENSITIVE,
    );
    putln!(
        out,
        "# The user's opt-outs of US state law stop a transfer a ground allows:\n# of sale, then of sharing; GPC counts as both where the policy honours it.\n_opted_out := {sale} if {{\n\t_table.{SOLD_TO}[input.recipient]\n\t_facts[{opt_sale:?}]\n}} else := {sale} if {{\n\t_table.{SOLD_TO}[input.recipient]\n\t_gpc\n}} else := {share} if {{\n\t_table.{SHARED_WITH}[input.recipient]\n\t_facts[{opt_share:?}]\n}} else := {share} if {{\n\t_table.{SHARED_WITH}[input.recipient]\n\t_gpc\n}}\n\n_gpc if {{\n\t_table.{GPC_HONOURED}\n\t_facts[{gpc:?}]\n}}\n",
        sale = code(DecisionCode::OptedOutOfSale),
        share = code(DecisionCode::OptedOutOfSharing),
        opt_sale = fact::OPT_OUT_SALE,
        opt_share = fact::OPT_OUT_SHARE,
        gpc = fact::GPC,
    );
    putln!(
        out,
        "# The first ground that holds, in the policy's order, decides, unless\n# the user opted out.\n_transfer_code(rule) := c if {{\n\tsome g in rule.grounds\n\t_holds(g.condition)\n\tc := _opted_out\n}} else := {} if {{\n\tfirst := min({{i | some i, g in rule.grounds; _holds(g.condition)}})\n\trule.grounds[first].ground == {:?}\n}} else := {} if {{\n\tsome g in rule.grounds\n\t_holds(g.condition)\n}} else := {}",
        code(DecisionCode::AllowedGroundUnstated),
        Ground::Unstated.as_str(),
        code(DecisionCode::Allowed),
        code(DecisionCode::NoGroundHolds),
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
    }
}
