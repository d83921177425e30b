//! A fideslang manifest as a starting policy: its first system's privacy
//! declarations become purposes, their data categories data categories,
//! the system's egress recipients and transfers, and the retention periods
//! `policyc export fides` writes are read back. What has no counterpart in
//! the language, or is not stated in the manifest, is a warning (W0490)
//! pointing into the manifest; the header takes the template's values
//! where the manifest says nothing.
//!
//! Ids come from keys: a category's id is its key (each segment made an
//! id), so a part stays below its parent and every ancestor is declared; a
//! key of the default taxonomy is mapped with `fides`. A purpose's id is
//! its data use's key with `_` for `.`.

use std::collections::{BTreeMap, BTreeSet};

use super::export::{EXPLICIT_CONSENT, LEGAL_BASES};
use super::manifest::{Label, Manifest, PrivacyDeclaration, System};
use super::taxonomy::Taxonomy;
use super::yaml::{self, Value, YamlError};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{Basis, Date, is_within};
use crate::span::Span;

/// The longest id the language accepts (`syntax::MAX_NAME_LEN`, which
/// only the front end may name; a test keeps them equal).
const MAX_ID: usize = 128;

/// A manifest imported: the policy's source, and what was not mapped.
#[derive(Debug)]
pub struct Imported {
    /// The policy's source, not yet in the canonical layout.
    pub policy: String,
    /// One warning per thing not mapped, pointing into the manifest.
    pub warnings: Vec<Diagnostic>,
}

/// What the policy starts from besides the manifest.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    /// The policy's effective date.
    pub effective: Date,
    /// Whether a text is a web address as the checker accepts one
    /// (`check::is_url`, which the checker's own dependence on the
    /// taxonomy keeps this module from naming).
    pub is_url: fn(&str) -> bool,
}

/// Imports the manifest `text` (whose size the caller bounds). An error is
/// a manifest that cannot be imported at all (E0882, E0883).
pub fn import(text: &str, start: Start) -> Result<Imported, Diagnostic> {
    let value = yaml::value(text).map_err(|e| not_a_manifest(text, &e))?;
    let mut cx = Cx {
        text,
        warnings: Vec::new(),
    };
    cx.unread_fields(&value);
    // Read again as a manifest, rather than from `value`: the parser then
    // says on which line a field has the wrong shape.
    let manifest = yaml::from_str(text).map_err(|e| not_a_manifest(text, &e))?;
    let Some(system) = manifest.system.first() else {
        return Err(Diagnostic::new(
            Code::FidesNoSystem,
            Span::new(0, 0),
            "the manifest declares no system",
        )
        .label("a policy is made from a system")
        .help(
            "import a manifest with a `system:` list whose first system has `privacy_declarations`",
        ));
    };
    for extra in manifest.system.iter().skip(1) {
        cx.warn(
            &extra.fides_key,
            format!(
                "only the first system is imported, not `{}`",
                extra.fides_key
            ),
            "import each system's manifest on its own",
        );
    }
    let policy = cx.policy(&manifest, system, start);
    Ok(Imported {
        policy,
        warnings: cx.warnings,
    })
}

/// E0882, on the line where reading stopped.
fn not_a_manifest(text: &str, error: &YamlError) -> Diagnostic {
    let message = error.to_string();
    let line = error.line().unwrap_or(1);
    let at: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = text
        .get(at..)
        .and_then(|rest| rest.find('\n'))
        .map_or(text.len(), |n| at + n);
    Diagnostic::new(
        Code::FidesNotAManifest,
        Span::new(at, end),
        format!("not a fideslang manifest: {message}"),
    )
    .label("reading stopped here")
    .help("give a fideslang manifest: YAML with `system`, `data_category` and `data_use` lists, as `policyc export fides` or `fides pull` write")
}

struct Cx<'a> {
    text: &'a str,
    warnings: Vec<Diagnostic>,
}

/// The fields the import reads, per kind of resource; any other field with
/// a value is reported.
const READ: &[(&str, &[&str])] = &[
    ("manifest", &["data_category", "data_use", "system"]),
    (
        "data category",
        &[
            "fides_key",
            "name",
            "description",
            "parent_key",
            "organization_fides_key",
            "is_default",
        ],
    ),
    (
        "data use",
        &[
            "fides_key",
            "name",
            "description",
            "parent_key",
            "organization_fides_key",
            "is_default",
        ],
    ),
    (
        "system",
        &[
            "fides_key",
            "name",
            "description",
            "system_type",
            "legal_name",
            "legal_address",
            "privacy_policy",
            "egress",
            "ingress",
            "responsibility",
            "dpo",
            "joint_controller_info",
            "privacy_declarations",
            "organization_fides_key",
            "does_international_transfers",
            "processes_personal_data",
        ],
    ),
    (
        "privacy declaration",
        &[
            "name",
            "data_categories",
            "data_use",
            "egress",
            "ingress",
            "legal_basis_for_processing",
            "retention_period",
            "processes_special_category_data",
            "special_category_legal_basis",
            "data_shared_with_third_parties",
            "third_parties",
            "shared_categories",
            "flexible_legal_basis_for_processing",
        ],
    ),
];

impl Cx<'_> {
    /// A warning at the first place `needle` is written in the manifest.
    fn warn(&mut self, needle: &str, message: String, help: &str) {
        let span = match self.text.find(needle).filter(|_| !needle.is_empty()) {
            Some(at) => Span::new(at, at + needle.len()),
            None => Span::new(0, 0),
        };
        self.warnings.push(
            Diagnostic::new(Code::FidesNotImported, span, message)
                .label("not imported")
                .help(help),
        );
    }

    /// Reports each field with a value that the import does not read, once
    /// per kind of resource.
    fn unread_fields(&mut self, value: &Value) {
        let mut seen = BTreeSet::new();
        self.unread_in("manifest", value, &mut seen);
        let list = |key: &str| value.get(key).and_then(Value::as_sequence).cloned();
        for (key, kind) in [("data_category", "data category"), ("data_use", "data use")] {
            for item in list(key).unwrap_or_default() {
                self.unread_in(kind, &item, &mut seen);
            }
        }
        let systems = list("system").unwrap_or_default();
        for system in systems.iter().take(1) {
            self.unread_in("system", system, &mut seen);
            let declarations = system
                .get("privacy_declarations")
                .and_then(Value::as_sequence)
                .cloned()
                .unwrap_or_default();
            for declaration in &declarations {
                self.unread_in("privacy declaration", declaration, &mut seen);
            }
        }
    }

    fn unread_in(&mut self, kind: &'static str, value: &Value, seen: &mut BTreeSet<String>) {
        let Some(map) = value.as_mapping() else {
            return;
        };
        let read = READ
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[][..], |(_, fields)| *fields);
        for (key, field) in map {
            let Some(key) = key.as_str() else { continue };
            if read.contains(&key) || !has_value(field) || !seen.insert(format!("{kind}/{key}")) {
                continue;
            }
            self.warn(
                &format!("{key}:"),
                format!("the {kind}'s `{key}` is not imported: the language has no counterpart"),
                "state what it means in the policy's own words, if it should be said",
            );
        }
    }

    fn policy(&mut self, manifest: &Manifest, system: &System, start: Start) -> String {
        let mut out = String::new();
        putln!(
            out,
            "// Imported from a fideslang manifest by `policyc import fides`: a start,\n\
             // to complete where `policyc check` and the import's warnings say."
        );
        self.header(&mut out, system, start);
        let mut categories = self.categories(manifest, system);
        let purposes = self.purposes(manifest, system, &categories);
        let recipients = self.recipients(system, &categories, &purposes);
        let retention = self.retention(system, &mut categories);
        // A part inherits its parent's sources; one without sources of its
        // own or inherited says so.
        let mut sourced: BTreeSet<&str> = BTreeSet::new();
        for category in categories.list.values() {
            let inherited = category
                .id
                .rsplit_once('.')
                .is_some_and(|(parent, _)| sourced.contains(parent));
            if inherited || !category.sources.is_empty() {
                sourced.insert(&category.id);
            }
            write_category(&mut out, category, inherited);
        }
        for purpose in &purposes.list {
            write_purpose(&mut out, purpose);
        }
        write_recipients(&mut out, &recipients);
        out.push_str(&retention);
        out
    }

    fn header(&mut self, out: &mut String, system: &System, start: Start) {
        let service = system
            .name
            .as_deref()
            .map(one_line)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| or_id(system.fides_key.clone(), &segment_id(&system.fides_key)));
        let controller = system
            .legal_name
            .as_deref()
            .map(one_line)
            .filter(|s| !s.is_empty());
        if controller.is_none() {
            self.warn(
                &system.fides_key,
                "the system has no `legal_name`: the controller is the service's name".to_owned(),
                "write the controller's legal name in `controller \"…\"`",
            );
        }
        let published = system
            .privacy_policy
            .as_deref()
            .map(one_line)
            .filter(|p| (start.is_url)(p));
        if published.is_none() {
            self.warn(
                &system.fides_key,
                "the system has no `privacy_policy` address: `published` is a placeholder"
                    .to_owned(),
                "write where the policy is published in `published \"https://…\"`",
            );
        }
        let id = segment_id(&system.fides_key);
        putln!(out, "policy {id} {{");
        putln!(out, "  title \"Privacy Policy\"");
        putln!(out, "  version 0.1.0");
        putln!(out, "  effective {}", start.effective);
        putln!(out, "  language en");
        putln!(
            out,
            "  controller {} {{\n    service {}",
            quoted(controller.as_deref().unwrap_or(&service)),
            quoted(&service)
        );
        if let Some(address) = system.legal_address.as_deref() {
            putln!(out, "    address {}", quoted(&one_line(address)));
        }
        if let Some(dpo) = system
            .dpo
            .as_deref()
            .map(one_line)
            .filter(|d| !d.is_empty())
        {
            putln!(out, "    dpo {}", quoted(&dpo));
        }
        putln!(out, "  }}");
        let controller_name = controller.as_deref().unwrap_or(&service).to_lowercase();
        for joint in joint_controllers(system.joint_controller_info.as_deref()) {
            if joint.to_lowercase() != controller_name {
                putln!(out, "  joint_controller {}", quoted(&joint));
            }
        }
        if system.responsibility.iter().any(|r| r != "Controller") {
            self.warn(
                "responsibility:",
                "the system's `responsibility` is not only `Controller`: a privacy policy is its controller's notice".to_owned(),
                "import the manifest of the controller's system, or write the policy of the controller the system works for",
            );
        }
        putln!(
            out,
            "  published {}",
            quoted(
                published
                    .as_deref()
                    .unwrap_or("https://www.example.com/privacy")
            )
        );
        putln!(out, "  contact unstated");
        if let Some(scope) = system
            .description
            .as_deref()
            .map(one_line)
            .filter(|s| !s.is_empty())
        {
            putln!(out, "  scope {}", quoted(&scope));
        }
        putln!(out, "}}\n");
    }
}

/// The names in `joint_controller_info`, which the export writes joined by
/// `; `, each once.
fn joint_controllers(info: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in info.unwrap_or_default().split(';').map(one_line) {
        if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            names.push(name);
        }
    }
    names
}

/// Whether a field says something: not null, false, empty or the default
/// `true` of `flexible_legal_basis_for_processing`.
fn has_value(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.is_empty(),
        Value::Sequence(s) => !s.is_empty(),
        Value::Mapping(m) => !m.is_empty(),
        Value::Number(_) | Value::Tagged(_) => true,
    }
}

// ---------------------------------------------------------- categories

/// A data category to declare.
struct Category {
    id: String,
    label: String,
    description: Option<String>,
    fides: Option<String>,
    /// Its sources from the system's `ingress`, as `source` items
    /// (`user`, `third_party "KEY"`), in the order of the flows.
    sources: Vec<String>,
}

/// The categories, by key, in the order to declare them (parents first).
#[derive(Default)]
struct Categories {
    list: BTreeMap<usize, Category>,
    by_key: BTreeMap<String, usize>,
    ids: BTreeSet<String>,
}

impl Categories {
    fn id(&self, key: &str) -> Option<&str> {
        let at = self.by_key.get(key)?;
        self.list.get(at).map(|c| c.id.as_str())
    }

    /// Gives a category mapped to the default taxonomy `label`.
    fn relabel(&mut self, key: &str, label: &str) {
        let label = one_line(label);
        let at = self.by_key.get(key);
        let category = at.and_then(|at| self.list.get_mut(at));
        if let Some(category) = category.filter(|c| c.fides.is_some() && !label.is_empty()) {
            category.label = label;
        }
    }
}

impl Cx<'_> {
    fn categories(&mut self, manifest: &Manifest, system: &System) -> Categories {
        let declared: BTreeMap<&str, &Label> = manifest
            .data_category
            .iter()
            .map(|c| (c.fides_key.as_str(), c))
            .collect();
        let mut keys: Vec<&str> = manifest
            .data_category
            .iter()
            .map(|c| c.fides_key.as_str())
            .collect();
        for declaration in &system.privacy_declarations {
            keys.extend(declaration.data_categories.iter().map(String::as_str));
        }
        for flow in system.egress.iter().chain(&system.ingress) {
            keys.extend(flow.data_categories.iter().flatten().map(String::as_str));
        }
        let mut categories = Categories::default();
        for key in keys {
            self.add_category(&mut categories, &declared, key);
        }
        for flow in &system.ingress {
            let item = if flow.kind == "user" {
                "user".to_owned()
            } else {
                format!("third_party {}", quoted(&one_line(&flow.fides_key)))
            };
            for key in flow.data_categories.iter().flatten() {
                let at = categories.by_key.get(key.as_str()).copied();
                if let Some(category) = at.and_then(|at| categories.list.get_mut(&at))
                    && !category.sources.contains(&item)
                {
                    category.sources.push(item.clone());
                }
            }
        }
        categories
    }

    /// Adds the category of `key`, after its ancestors.
    fn add_category(
        &mut self,
        categories: &mut Categories,
        declared: &BTreeMap<&str, &Label>,
        key: &str,
    ) {
        if categories.by_key.contains_key(key) {
            return;
        }
        let segments: Vec<&str> = key.split('.').collect();
        for depth in 1..segments.len() {
            let ancestor = segments
                .iter()
                .take(depth)
                .copied()
                .collect::<Vec<_>>()
                .join(".");
            if !categories.by_key.contains_key(&ancestor) {
                self.add_one(categories, declared, &ancestor);
            }
        }
        self.add_one(categories, declared, key);
    }

    fn add_one(
        &mut self,
        categories: &mut Categories,
        declared: &BTreeMap<&str, &Label>,
        key: &str,
    ) {
        let default = Taxonomy::DataCategories.name(key);
        let custom = declared.get(key);
        if default.is_none() && custom.is_none() {
            self.warn(
                key,
                format!("`{key}` is neither a key of fideslang's default taxonomy nor declared in the manifest: its label is its key"),
                "give the category a label that says what it is",
            );
        }
        let parent = key.rsplit_once('.').map(|(p, _)| p);
        let parent_id = parent.and_then(|p| categories.id(p)).map(str::to_owned);
        let last = key.rsplit('.').next().unwrap_or(key);
        let own = segment_id(last);
        let wanted = match &parent_id {
            Some(parent) => format!("{parent}.{own}"),
            None => own,
        };
        let id = unique_id(&wanted, &categories.ids);
        let spelled: String = key.split('.').map(segment_id).collect::<Vec<_>>().join(".");
        if id != spelled {
            self.warn(
                key,
                format!("the key `{key}` is not an id of the language: the category is `{id}`"),
                "the export will name it by its new id; map it with `fides` if it is a key of the default taxonomy",
            );
        }
        let label = custom
            .and_then(|c| c.name.as_deref())
            .map(one_line)
            .filter(|l| !l.is_empty())
            .or_else(|| default.map(str::to_owned))
            .unwrap_or_else(|| key.to_owned());
        let label = or_id(label, &id);
        let category = Category {
            id: id.clone(),
            label,
            description: custom
                .and_then(|c| c.description.as_deref())
                .map(one_line)
                .filter(|d| !d.is_empty()),
            fides: default.map(|_| key.to_owned()),
            sources: Vec::new(),
        };
        let at = categories.list.len();
        categories.list.insert(at, category);
        categories.by_key.insert(key.to_owned(), at);
        categories.ids.insert(id);
    }
}

/// A category's declaration; `inherited` when its parent states its sources.
fn write_category(out: &mut String, category: &Category, inherited: bool) {
    putln!(out, "data {} {} {{", category.id, quoted(&category.label));
    if let Some(description) = &category.description {
        putln!(out, "  description {}", quoted(description));
    }
    if !category.sources.is_empty() {
        putln!(out, "  source {}", category.sources.join(", "));
    } else if !inherited {
        putln!(out, "  source unstated");
    }
    if let Some(key) = &category.fides {
        putln!(out, "  fides {}", quoted(key));
    }
    putln!(out, "}}\n");
}

// ------------------------------------------------------------ purposes

struct Purpose {
    id: String,
    label: String,
    description: Option<String>,
    uses: Vec<String>,
    basis: String,
    fides: Option<String>,
    /// The recipients its declaration's `egress` names: the transfers
    /// made for it.
    egress: Vec<String>,
}

#[derive(Default)]
struct Purposes {
    list: Vec<Purpose>,
}

impl Cx<'_> {
    fn purposes(
        &mut self,
        manifest: &Manifest,
        system: &System,
        categories: &Categories,
    ) -> Purposes {
        let uses: BTreeMap<&str, &Label> = manifest
            .data_use
            .iter()
            .map(|u| (u.fides_key.as_str(), u))
            .collect();
        let mut ids = BTreeSet::new();
        let mut purposes = Purposes::default();
        for declaration in &system.privacy_declarations {
            let key = declaration.data_use.as_str();
            let default = Taxonomy::DataUses.name(key);
            let custom = uses.get(key);
            let label = declaration
                .name
                .as_deref()
                .or_else(|| custom.and_then(|c| c.name.as_deref()))
                .map(one_line)
                .filter(|l| !l.is_empty())
                .or_else(|| default.map(str::to_owned))
                .unwrap_or_else(|| key.to_owned());
            let id = unique_id(&segment_id(&key.replace('.', "_")), &ids);
            let label = or_id(label, &id);
            let data: Vec<String> = declaration
                .data_categories
                .iter()
                .filter_map(|k| categories.id(k))
                .map(str::to_owned)
                .collect();
            if data.is_empty() {
                self.warn(
                    &label,
                    format!("the declaration `{label}` names no data category: it is not imported"),
                    "declare the purpose with the data it uses",
                );
                continue;
            }
            ids.insert(id.clone());
            let basis = self.basis(declaration, &label);
            purposes.list.push(Purpose {
                id,
                label,
                description: custom
                    .and_then(|c| c.description.as_deref())
                    .map(one_line)
                    .filter(|d| !d.is_empty()),
                uses: data,
                basis,
                fides: default.map(|_| key.to_owned()),
                egress: declaration.egress.clone().unwrap_or_default(),
            });
        }
        purposes
    }

    /// A declaration's basis in source syntax.
    fn basis(&mut self, declaration: &PrivacyDeclaration, label: &str) -> String {
        if declaration.processes_special_category_data {
            self.warn(
                "processes_special_category_data",
                format!("the declaration `{label}` processes special-category data, but the manifest does not say which"),
                "add `special KIND` (health, biometric, …) to the data categories that are",
            );
        }
        let Some(words) = declaration.legal_basis_for_processing.as_deref() else {
            return "unstated".to_owned();
        };
        let explicit =
            declaration.special_category_legal_basis.as_deref() == Some(EXPLICIT_CONSENT);
        let basis = LEGAL_BASES
            .iter()
            .find(|(b, w)| *w == words && (*b == Basis::ExplicitConsent) == explicit)
            .or_else(|| LEGAL_BASES.iter().find(|(_, w)| *w == words))
            .map(|(b, _)| *b);
        match basis {
            Some(Basis::LegitimateInterest) => {
                self.warn(
                    words,
                    format!("the declaration `{label}` rests on legitimate interests, but the manifest does not state the interest: its basis is unstated"),
                    "write `basis legitimate_interest \"the interest pursued\"`",
                );
                "unstated".to_owned()
            }
            Some(basis) => basis.as_str().to_owned(),
            None => {
                self.warn(
                    words,
                    format!("`{words}` is not a legal basis of fideslang: the basis of `{label}` is unstated"),
                    "write the purpose's `basis`",
                );
                "unstated".to_owned()
            }
        }
    }
}

fn write_purpose(out: &mut String, purpose: &Purpose) {
    putln!(out, "purpose {} {} {{", purpose.id, quoted(&purpose.label));
    if let Some(description) = &purpose.description {
        putln!(out, "  description {}", quoted(description));
    }
    putln!(out, "  uses {}", purpose.uses.join(", "));
    putln!(out, "  basis {}", purpose.basis);
    if let Some(key) = &purpose.fides {
        putln!(out, "  fides {}", quoted(key));
    }
    putln!(out, "}}\n");
}

// ---------------------------------------------------------- recipients

struct Recipient {
    id: String,
    label: String,
    data: Vec<String>,
    /// The purposes the transfer is for; none for every purpose that
    /// uses its data.
    purposes: Vec<String>,
}

/// The purposes a transfer of `data` to the recipient `key` is for: those
/// whose declaration names the recipient in its `egress`, as the export
/// writes them. None (for every purpose) when those are all the purposes
/// that use the data, which is what a transfer without `for` exports as,
/// or when one of them does not use all of the data: the checker refuses
/// a transfer for a purpose that does not use what it sends, and a
/// manifest need not be consistent.
fn transfer_purposes(key: &str, data: &[String], purposes: &Purposes) -> Vec<String> {
    let overlaps = |purpose: &Purpose| {
        purpose
            .uses
            .iter()
            .any(|u| data.iter().any(|d| is_within(d, u) || is_within(u, d)))
    };
    let uses_all = |purpose: &Purpose| {
        data.iter()
            .all(|d| purpose.uses.iter().any(|u| is_within(d, u)))
    };
    let listing: Vec<&Purpose> = purposes
        .list
        .iter()
        .filter(|p| p.egress.iter().any(|k| k == key))
        .collect();
    let using = purposes.list.iter().filter(|p| overlaps(p)).count();
    if listing.is_empty() || listing.len() == using || !listing.iter().all(|p| uses_all(p)) {
        return Vec::new();
    }
    listing.into_iter().map(|p| p.id.clone()).collect()
}

impl Cx<'_> {
    fn recipients(
        &mut self,
        system: &System,
        categories: &Categories,
        purposes: &Purposes,
    ) -> Vec<Recipient> {
        // Each declaration names its recipients' labels in `third_parties`,
        // in the order of its `egress`, as the export writes them.
        let mut labels: BTreeMap<&str, String> = BTreeMap::new();
        for declaration in &system.privacy_declarations {
            let (Some(egress), Some(words)) = (&declaration.egress, &declaration.third_parties)
            else {
                continue;
            };
            let names: Vec<&str> = words.split("; ").collect();
            if names.len() == egress.len() {
                for (key, name) in egress.iter().zip(names) {
                    labels.entry(key.as_str()).or_insert_with(|| one_line(name));
                }
            }
        }
        let mut ids = BTreeSet::new();
        let mut recipients = Vec::new();
        for flow in &system.egress {
            let data: Vec<String> = flow
                .data_categories
                .iter()
                .flatten()
                .filter_map(|k| categories.id(k))
                .map(str::to_owned)
                .collect();
            if data.is_empty() {
                continue;
            }
            let id = unique_id(&segment_id(&flow.fides_key.replace('.', "_")), &ids);
            ids.insert(id.clone());
            let label = match labels
                .get(flow.fides_key.as_str())
                .filter(|l| !l.is_empty())
            {
                Some(label) => label.clone(),
                None => {
                    self.warn(
                        &flow.fides_key,
                        format!("no declaration names the recipient `{}` in `third_parties`: its label is its key", flow.fides_key),
                        "give the recipient a label that says who it is",
                    );
                    or_id(flow.fides_key.clone(), &id)
                }
            };
            self.warn(
                &flow.fides_key,
                format!("the manifest does not state on which ground data goes to `{}`: the transfer's ground is unstated", flow.fides_key),
                "add `on GROUND` to the transfer (consent, contract, legal_obligation, …) and the recipient's `kind`",
            );
            let purposes = transfer_purposes(&flow.fides_key, &data, purposes);
            recipients.push(Recipient {
                id,
                label,
                data,
                purposes,
            });
        }
        recipients
    }
}

fn write_recipients(out: &mut String, recipients: &[Recipient]) {
    for recipient in recipients {
        putln!(
            out,
            "recipient {} {}\n",
            recipient.id,
            quoted(&recipient.label)
        );
    }
    for recipient in recipients {
        let purposes = if recipient.purposes.is_empty() {
            String::new()
        } else {
            format!(" for {}", recipient.purposes.join(", "))
        };
        putln!(
            out,
            "transfer {} to {}{purposes}",
            recipient.data.join(", "),
            recipient.id
        );
    }
    if !recipients.is_empty() {
        out.push('\n');
    }
}

// ----------------------------------------------------------- retention

impl Cx<'_> {
    /// `retain` for each category: the periods the export wrote (`LABEL
    /// (KEY): PERIODS; …`), or unstated where neither the category nor an
    /// ancestor has any. A category of the default taxonomy takes the
    /// label written there, which the manifest holds nowhere else.
    fn retention(&mut self, system: &System, categories: &mut Categories) -> String {
        let mut out = String::new();
        let mut periods: BTreeMap<String, String> = BTreeMap::new();
        let mut unread = BTreeSet::new();
        for declaration in &system.privacy_declarations {
            let Some(words) = declaration.retention_period.as_deref() else {
                continue;
            };
            for piece in words.split("; ") {
                let read = declaration.data_categories.iter().find_map(|key| {
                    let (label, rest) = piece.split_once(&format!(" ({key}): "))?;
                    Some((key, label, source_periods(rest)?))
                });
                match read {
                    Some((key, label, source)) => {
                        categories.relabel(key, label);
                        if let Some(id) = categories.id(key) {
                            periods.entry(id.to_owned()).or_insert(source);
                        }
                    }
                    None if !unread.insert(piece) => {}
                    None => self.warn(
                        piece,
                        format!("the retention period `{piece}` is not read"),
                        "write the retention with `retain DATA for 1 year from collection`, `until \"…\"` or `as_required_by_law`",
                    ),
                }
            }
        }
        let mut unstated = Vec::new();
        for category in categories.list.values() {
            match periods.get(&category.id) {
                Some(source) => {
                    putln!(out, "retain {} {source}", category.id);
                }
                None if !periods
                    .keys()
                    .any(|p| crate::model::is_within(&category.id, p)) =>
                {
                    unstated.push(category.id.clone());
                }
                None => {}
            }
        }
        if !unstated.is_empty() {
            putln!(out, "retain {} unstated", unstated.join(", "));
        }
        out
    }
}

/// Periods in the export's words (`for 1 year from collection or until
/// "…", whichever comes first`) in source syntax; none when one is not in
/// those words, or when alternatives do not say how they combine (E0330).
fn source_periods(words: &str) -> Option<String> {
    let rules = crate::vocab::RETENTION_RULES.values.iter();
    let (words, rule) = rules
        .filter_map(|v| Some((words.strip_suffix(&format!(", {}", v.text))?, v)))
        .next()
        .map_or((words, None), |(w, v)| (w, Some(v.text)));
    let periods: Vec<String> = words
        .split(" or ")
        .map(source_period)
        .collect::<Option<_>>()?;
    match rule {
        Some(rule) if periods.len() > 1 => Some(format!("{}, {rule}", periods.join(" or "))),
        None if periods.len() == 1 => Some(periods.join(" or ")),
        _ => None,
    }
}

fn source_period(words: &str) -> Option<String> {
    if words == "for as long as the law requires" {
        return Some("as_required_by_law".to_owned());
    }
    if let Some(event) = words.strip_prefix("until ") {
        return Some(format!("until {}", event_source(event)?));
    }
    let rest = words.strip_prefix("for ")?;
    let (amount, rest) = rest.split_once(' ')?;
    let (unit, event) = rest.split_once(" from ")?;
    let amount: u32 = amount.parse().ok()?;
    let days_per_unit = match unit.trim_end_matches('s') {
        "day" => 1,
        "week" => 7,
        "month" => 30,
        "year" => 365,
        _ => return None,
    };
    // The language's longest duration: a century.
    if amount == 0 || u64::from(amount) * days_per_unit > 36_525 {
        return None;
    }
    Some(format!("for {amount} {unit} from {}", event_source(event)?))
}

/// An event: its keyword when the words are a known event's, else the
/// words in quotes.
fn event_source(words: &str) -> Option<String> {
    let words = one_line(words);
    if words.is_empty() {
        return None;
    }
    let keyword = crate::vocab::EVENTS.keywords().find(|k| {
        crate::vocab::EVENTS
            .find(k)
            .is_some_and(|v| v.text == words)
    });
    Some(keyword.map_or_else(|| quoted(&words), str::to_owned))
}

// ---------------------------------------------------------------- words

/// A text of the manifest on one line, without characters no output may
/// carry.
fn one_line(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| {
            if c.is_control() || crate::hazard::is_line_break(c) {
                ' '
            } else {
                crate::hazard::shown(c)
            }
        })
        .collect();
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `label` when it shows something on one line, else `id`.
fn or_id(label: String, id: &str) -> String {
    if one_line(&label).is_empty() {
        id.to_owned()
    } else {
        label
    }
}

/// A text in quotes, on one line, escaped as the language reads it.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in one_line(text).chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// One segment of a key as an id: a letter, then letters, digits or `_`.
fn segment_id(segment: &str) -> String {
    let mut id: String = segment
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id.insert_str(0, "k_");
    }
    id
}

/// `wanted`, or with a number after it when an id already has it; cut to
/// the language's longest id.
fn unique_id(wanted: &str, taken: &BTreeSet<String>) -> String {
    let cut = |text: &str, room: usize| -> String {
        let mut end = room.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.get(..end)
            .unwrap_or_default()
            .trim_end_matches('.')
            .to_owned()
    };
    let base = cut(wanted, MAX_ID);
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!("_{n}");
            format!("{}{suffix}", cut(&base, MAX_ID - suffix.len()))
        })
        .find(|id| !taken.contains(id))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_id_is_the_parsers() {
        assert_eq!(MAX_ID, crate::syntax::MAX_NAME_LEN);
    }

    #[test]
    fn texts_are_quoted_on_one_line_without_hazards() {
        assert_eq!(
            quoted("a \"b\"\\\n c\u{FEFF}"),
            "\"a \\\"b\\\"\\\\ c\u{FFFD}\""
        );
        assert_eq!(segment_id("9-lives"), "k_9_lives");
    }
}
