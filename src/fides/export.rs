//! A checked policy as a fideslang manifest: its data categories and
//! purposes under the keys they map to (or custom keys), and one system
//! whose privacy declarations say, per purpose, the data, the legal basis,
//! the special-category ground, the retention and the recipients.
//!
//! Keys: a category that states `fides "KEY"` takes that key; any other
//! takes its parent's key, a dot and the last segment of its id (so a root
//! keeps its id, and a part of a mapped category goes below the mapped
//! key); a purpose takes its `fides` key or its id. Such custom keys are
//! declared in the manifest; a custom key that is already a key of the
//! default taxonomy, or of another category, is refused (E0881), since
//! Fides would read it as that key.

use std::collections::{BTreeMap, BTreeSet};

use super::manifest::{DataFlow, Label, Manifest, PrivacyDeclaration, System};
use super::taxonomy::Taxonomy;
use crate::model::{Basis, DataCategory, Period, Policy, Purpose, is_within};
use crate::model::{ControllerRole, DecisionBasis, Dpo, MechanismKind, Recipient};
use crate::model::{NamedSource, Source, TrackerKind};
use crate::vocab::Closed as _;

/// What the system is, in fideslang's words.
pub const SYSTEM_TYPE: &str = "Service";

/// The kind of resource a recipient is in the system's `egress`, and a
/// third party or public source in its `ingress`.
pub const RECIPIENT_FLOW: &str = "system";

/// The key and kind of resource of the user in the system's `ingress`:
/// fideslang's `user`, which must be both.
pub const USER_FLOW: &str = "user";

/// The organisation's role, in fideslang's `DataResponsibilityTitle`: a
/// privacy policy is the notice of the controller it names.
pub const RESPONSIBILITY: &str = "Controller";

/// Why a policy cannot be exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// A category or purpose without `fides` would take a key that means
    /// something else (E0881).
    KeyTaken {
        /// The policy.
        policy: String,
        /// `data category` or `purpose`.
        what: &'static str,
        /// Its id.
        id: String,
        /// The key it would take.
        key: String,
        /// Whether the key is the default taxonomy's (else another
        /// category's).
        default: bool,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::KeyTaken {
                policy,
                what,
                id,
                key,
                default,
            } => {
                let whose = if *default {
                    "fideslang's default taxonomy"
                } else {
                    "another data category"
                };
                write!(
                    f,
                    "policy `{policy}`: the {what} `{id}` would be exported as `{key}`, a key of {whose}"
                )
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// The policy as a manifest.
pub fn manifest(policy: &Policy) -> Result<Manifest, ExportError> {
    let keys = category_keys(policy)?;
    let uses = use_keys(policy)?;
    let key = |id: &str| keys.get(id).cloned().unwrap_or_else(|| id.to_owned());
    let data_category = policy
        .data
        .iter()
        .filter(|d| d.fides.is_none())
        .map(|d| label(key(&d.id), &d.label, d.description.as_deref()))
        .collect();
    let data_use = policy
        .purposes
        .iter()
        .filter(|p| p.fides.is_none())
        .map(|p| label(p.id.clone(), &p.label, p.description.as_deref()))
        .collect();
    let sources = source_flows(policy);
    let declarations = policy
        .purposes
        .iter()
        .zip(&uses)
        .map(|(purpose, data_use)| {
            let mut declaration = declaration(policy, purpose, data_use, &key);
            declaration.ingress = purpose_sources(purpose, &sources);
            declaration
        })
        .collect();
    let mut system = system(policy, declarations, &key);
    system.ingress = sources
        .iter()
        .map(|flow| DataFlow {
            fides_key: flow.key.clone(),
            kind: flow.kind.to_owned(),
            data_categories: Some(outermost(flow.data.iter().map(|id| key(id)))),
        })
        .collect();
    Ok(Manifest {
        data_category,
        data_use,
        system: vec![system],
    })
}

/// A custom category or use.
fn label(key: String, name: &str, description: Option<&str>) -> Label {
    let parent_key = key.rsplit_once('.').map(|(parent, _)| parent.to_owned());
    Label {
        fides_key: key,
        name: Some(name.to_owned()),
        description: description.map(str::to_owned),
        parent_key,
    }
}

/// Each category's key, made from the roots down, so that a part finds
/// its parent's key already made.
fn category_keys(policy: &Policy) -> Result<BTreeMap<String, String>, ExportError> {
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    let mut custom: BTreeMap<String, String> = BTreeMap::new();
    let mut by_depth: Vec<&DataCategory> = policy.data.iter().collect();
    by_depth.sort_by_key(|d| d.id.matches('.').count());
    for category in by_depth {
        let key = match &category.fides {
            Some(mapped) => mapped.clone(),
            None => {
                let key = custom_key(category, &keys);
                let taken = |default| ExportError::KeyTaken {
                    policy: policy.id.clone(),
                    what: "data category",
                    id: category.id.clone(),
                    key: key.clone(),
                    default,
                };
                if Taxonomy::DataCategories.name(&key).is_some() {
                    return Err(taken(true));
                }
                if custom.insert(key.clone(), category.id.clone()).is_some() {
                    return Err(taken(false));
                }
                key
            }
        };
        keys.insert(category.id.clone(), key);
    }
    Ok(keys)
}

/// The key of a category without `fides`: its parent's key and the last
/// segment of its id, or its id for a root.
fn custom_key(category: &DataCategory, keys: &BTreeMap<String, String>) -> String {
    let parent = category.parent.as_ref().and_then(|p| keys.get(p));
    match (parent, category.id.rsplit_once('.')) {
        (Some(parent), Some((_, last))) => format!("{parent}.{last}"),
        _ => category.id.clone(),
    }
}

/// Each purpose's data use, in the order of the purposes.
fn use_keys(policy: &Policy) -> Result<Vec<String>, ExportError> {
    policy
        .purposes
        .iter()
        .map(|purpose| match &purpose.fides {
            Some(mapped) => Ok(mapped.clone()),
            None if Taxonomy::DataUses.name(&purpose.id).is_some() => Err(ExportError::KeyTaken {
                policy: policy.id.clone(),
                what: "purpose",
                id: purpose.id.clone(),
                key: purpose.id.clone(),
                default: true,
            }),
            None => Ok(purpose.id.clone()),
        })
        .collect()
}

/// The system: the service, its controller, and where data flows.
fn system(
    policy: &Policy,
    privacy_declarations: Vec<PrivacyDeclaration>,
    key: &dyn Fn(&str) -> String,
) -> System {
    let header = &policy.header;
    let egress: Vec<DataFlow> = policy
        .recipients
        .iter()
        .filter_map(|recipient| {
            let sent = unique(
                policy
                    .transfers
                    .iter()
                    .filter(|t| t.recipient == recipient.id)
                    .flat_map(|t| covered(policy, &t.data, key)),
            );
            (!sent.is_empty()).then(|| DataFlow {
                fides_key: recipient.id.clone(),
                kind: RECIPIENT_FLOW.to_owned(),
                data_categories: Some(sent),
            })
        })
        .collect();
    let abroad: Vec<_> = policy
        .recipients
        .iter()
        .filter(|r| r.country.is_some() && egress.iter().any(|f| f.fides_key == r.id))
        .collect();
    System {
        fides_key: policy.id.clone(),
        name: Some(header.controller.service.clone()),
        description: header.scope.clone(),
        system_type: SYSTEM_TYPE.to_owned(),
        legal_name: Some(header.controller.name.clone()),
        legal_address: header.controller.address.clone(),
        privacy_policy: Some(header.published.clone()),
        egress,
        ingress: Vec::new(),
        responsibility: vec![RESPONSIBILITY.to_owned()],
        dpo: match &header.controller.dpo {
            Some(Dpo::Contact { contact }) => Some(contact.clone()),
            Some(Dpo::None { .. }) | None => None,
        },
        joint_controller_info: joint_controllers(policy),
        uses_profiling: !policy.decisions.is_empty(),
        legal_basis_for_profiling: unique(
            policy
                .decisions
                .iter()
                .map(|d| profiling_basis(d.basis).to_owned()),
        ),
        uses_cookies: policy
            .trackers
            .iter()
            .any(|t| t.kind == TrackerKind::Cookie),
        uses_non_cookie_access: policy
            .trackers
            .iter()
            .any(|t| t.kind != TrackerKind::Cookie),
        does_international_transfers: !abroad.is_empty(),
        legal_basis_for_transfers: unique(abroad.iter().filter_map(|r| transfer_basis(r))),
        privacy_declarations,
    }
}

/// The parties that decide jointly with the controller: the header's
/// `joint_controller`s, then the recipients declared joint controllers,
/// by name; none when there are none.
fn joint_controllers(policy: &Policy) -> Option<String> {
    let named = policy
        .header
        .joint_controllers
        .iter()
        .map(|j| j.name.clone());
    let recipients = policy
        .recipients
        .iter()
        .filter(|r| r.role == Some(ControllerRole::JointController))
        .map(|r| r.label.clone());
    let all = unique(named.chain(recipients));
    (!all.is_empty()).then(|| all.join("; "))
}

/// The ground of an automated decision (GDPR Art. 22(2)) in fideslang's
/// `LegalBasisForProfilingEnum`.
fn profiling_basis(basis: DecisionBasis) -> &'static str {
    match basis {
        DecisionBasis::ExplicitConsent => "Explicit consent",
        DecisionBasis::Contract => "Contract",
        DecisionBasis::Law => "Authorised by law",
    }
}

/// One resource data comes from, with the categories it provides.
struct SourceFlow {
    /// Its key in `ingress`.
    key: String,
    /// Its kind of resource.
    kind: &'static str,
    /// The ids of the categories it provides, in the order declared.
    data: Vec<String>,
}

/// Where the policy's data comes from, in the order of their keys: the user (what the user provides and what the user's device sends),
/// and each third party or public source, by its name when it has one.
/// Derived data comes from the system itself, so it has no flow.
fn source_flows(policy: &Policy) -> Vec<SourceFlow> {
    let mut flows: Vec<SourceFlow> = Vec::new();
    for category in &policy.data {
        for source in category.all_sources() {
            let Some((key, kind)) = source_flow(&source) else {
                continue;
            };
            match flows.iter_mut().find(|f| f.key == key) {
                Some(flow) if flow.data.last() != Some(&category.id) => {
                    flow.data.push(category.id.clone());
                }
                Some(_) => {}
                None => flows.push(SourceFlow {
                    key,
                    kind,
                    data: vec![category.id.clone()],
                }),
            }
        }
    }
    flows.sort_by(|a, b| a.key.cmp(&b.key));
    flows
}

/// The flow a source is: its key and kind of resource.
fn source_flow(source: &NamedSource) -> Option<(String, &'static str)> {
    let named = |unnamed: &str| {
        let key = source
            .name
            .as_deref()
            .map(source_key)
            .filter(|k| !k.is_empty())
            .unwrap_or_else(|| unnamed.to_owned());
        // fideslang reserves `user` for the user's own flow.
        if key == USER_FLOW {
            format!("{unnamed}.{key}")
        } else {
            key
        }
    };
    match source.kind {
        Source::User | Source::Device => Some((USER_FLOW.to_owned(), USER_FLOW)),
        Source::Derived => None,
        Source::ThirdParty => Some((named("third_parties"), RECIPIENT_FLOW)),
        Source::PubliclyAvailable => Some((named("publicly_available_sources"), RECIPIENT_FLOW)),
    }
}

/// A source's name as a fides key: lower case, with `_` for each run of
/// characters a key cannot hold (`"Payment providers"`: `payment_providers`).
pub fn source_key(name: &str) -> String {
    let mut key = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            key.push(c);
        } else if !key.is_empty() && !key.ends_with('_') {
            key.push('_');
        }
    }
    key.trim_end_matches('_').to_owned()
}

/// The flows that provide data the purpose uses, by key; none when none do.
fn purpose_sources(purpose: &Purpose, flows: &[SourceFlow]) -> Option<Vec<String>> {
    let keys: Vec<String> = flows
        .iter()
        .filter(|flow| {
            flow.data.iter().any(|id| {
                purpose
                    .uses
                    .iter()
                    .any(|u| is_within(id, u) || is_within(u, id))
            })
        })
        .map(|flow| flow.key.clone())
        .collect();
    (!keys.is_empty()).then_some(keys)
}

/// The keys, each once and in order, without those below another of them
/// (in Fides a key covers the keys below it). Sorted, so that the order of
/// declarations does not change the manifest.
fn outermost(keys: impl Iterator<Item = String>) -> Vec<String> {
    let all: BTreeSet<String> = keys.collect();
    all.iter()
        .filter(|k| !all.iter().any(|o| o != *k && is_within(k, o)))
        .cloned()
        .collect()
}

/// A recipient's legal basis for transfers in fideslang's values
/// (`Adequacy Decision`, `SCCs`, `BCRs`, `Other`) when it states a typed
/// mechanism, which fideslang has no finer value for beyond those three;
/// else its safeguard's own words.
fn transfer_basis(recipient: &Recipient) -> Option<String> {
    let Some(mechanism) = recipient.mechanism else {
        return recipient.safeguard.clone();
    };
    let value = match mechanism.kind() {
        MechanismKind::Adequacy => "Adequacy Decision",
        MechanismKind::StandardContractualClauses => "SCCs",
        MechanismKind::BindingCorporateRules => "BCRs",
        MechanismKind::CodeOfConduct | MechanismKind::Certification | MechanismKind::Derogation => {
            "Other"
        }
    };
    Some(value.to_owned())
}

/// What the system does for one purpose.
fn declaration(
    policy: &Policy,
    purpose: &Purpose,
    data_use: &str,
    key: &dyn Fn(&str) -> String,
) -> PrivacyDeclaration {
    let overlaps = |d: &str| {
        purpose
            .uses
            .iter()
            .any(|u| is_within(d, u) || is_within(u, d))
    };
    let transfers: Vec<_> = policy
        .transfers
        .iter()
        .filter(|t| t.purposes.is_empty() || t.purposes.contains(&purpose.id))
        .filter(|t| t.data.iter().any(|d| overlaps(d)))
        .collect();
    let recipients = unique(transfers.iter().map(|t| t.recipient.clone()));
    let third_parties = recipients
        .iter()
        .filter_map(|id| policy.recipient(id))
        .map(|r| r.label.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let special = policy
        .data
        .iter()
        .any(|d| d.special.is_some() && purpose.uses.iter().any(|u| is_within(&d.id, u)));
    PrivacyDeclaration {
        name: Some(purpose.label.clone()),
        data_categories: covered(policy, &purpose.uses, key),
        data_use: data_use.to_owned(),
        data_subjects: Vec::new(),
        egress: (!recipients.is_empty()).then(|| recipients.clone()),
        ingress: None,
        legal_basis_for_processing: legal_basis(purpose.basis).map(str::to_owned),
        retention_period: retention(policy, purpose, key),
        processes_special_category_data: special,
        special_category_legal_basis: (special && purpose.basis == Basis::ExplicitConsent)
            .then(|| EXPLICIT_CONSENT.to_owned()),
        data_shared_with_third_parties: !recipients.is_empty(),
        third_parties: (!third_parties.is_empty()).then_some(third_parties),
        shared_categories: unique(transfers.iter().flat_map(|t| {
            let shared: Vec<String> = t.data.iter().filter(|d| overlaps(d)).cloned().collect();
            covered(policy, &shared, key)
        })),
    }
}

/// The keys of the categories `ids` name: each one's key, then the key of
/// each of its parts that is not below it (a part mapped elsewhere in the
/// taxonomy), since in Fides a key covers only the keys below it.
fn covered(policy: &Policy, ids: &[String], key: &dyn Fn(&str) -> String) -> Vec<String> {
    unique(ids.iter().flat_map(|id| {
        let own = key(id);
        let parts = policy
            .data
            .iter()
            .filter(|d| d.id != *id && is_within(&d.id, id))
            .map(|d| key(&d.id))
            .filter(|k| !is_within(k, &own))
            .collect::<Vec<_>>();
        std::iter::once(own.clone()).chain(parts)
    }))
}

/// fideslang's `SpecialCategoryLegalBasisEnum` value for Art. 9(2)(a).
pub const EXPLICIT_CONSENT: &str = "Explicit consent";

/// Each basis with fideslang's `LegalBasisForProcessingEnum` value (GDPR
/// Art. 6(1)): explicit consent is consent there, and Art. 9's ground
/// besides.
pub const LEGAL_BASES: &[(Basis, &str)] = &[
    (Basis::Consent, "Consent"),
    (Basis::ExplicitConsent, "Consent"),
    (Basis::Contract, "Contract"),
    (Basis::LegalObligation, "Legal obligations"),
    (Basis::VitalInterests, "Vital interests"),
    (Basis::PublicTask, "Public interest"),
    (Basis::LegitimateInterest, "Legitimate interests"),
];

/// A basis in fideslang's words; none for an unstated one.
fn legal_basis(basis: Basis) -> Option<&'static str> {
    LEGAL_BASES
        .iter()
        .find(|(b, _)| *b == basis)
        .map(|(_, words)| *words)
}

/// How long the purpose's data is kept: each category it uses that states
/// a retention, by its label and key, in the order of its uses. A privacy
/// declaration is one purpose's, so a retention specific to that purpose
/// (`retain DATA when_used_for PURPOSE …`) takes the place of the
/// category's own, as it does in the text.
fn retention(policy: &Policy, purpose: &Purpose, key: &dyn Fn(&str) -> String) -> Option<String> {
    let kept: Vec<String> = purpose
        .uses
        .iter()
        .filter_map(|id| policy.data(id))
        .filter_map(|d| {
            let (periods, rule) = match d.retention_for(&purpose.id) {
                Some(own) => (&own.periods, own.rule),
                None => (&d.retention, d.retention_rule),
            };
            (!periods.is_empty()).then_some((d, periods, rule))
        })
        .map(|(d, periods, rule)| {
            let periods: Vec<String> = periods.iter().map(period).collect();
            let rule = if periods.len() > 1 {
                format!(", {}", rule.entry().text)
            } else {
                String::new()
            };
            format!(
                "{} ({}): {}{rule}",
                d.label,
                key(&d.id),
                periods.join(" or ")
            )
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join("; "))
}

/// A retention period in the text's words.
fn period(period: &Period) -> String {
    match period {
        Period::For { duration, from } => format!("for {duration} from {from}"),
        Period::Until { event } => format!("until {event}"),
        Period::AsRequiredByLaw => "for as long as the law requires".to_owned(),
        Period::Criteria {
            criteria,
            at_most: None,
        } => {
            format!("for a period determined by these criteria: {criteria}")
        }
        Period::Criteria {
            criteria,
            at_most: Some(cap),
        } => format!(
            "for a period determined by these criteria, and no longer than {} from {}: {criteria}",
            cap.duration, cap.from
        ),
    }
}

/// The items in their first order, each once.
fn unique(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    items.filter(|i| seen.insert(i.clone())).collect()
}
