//! Second pass: the legal consistency of the parts taken together.

use hashbrown::HashSet;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{Basis, DataCategory, Ground, Identity, RightKind};

use super::index::DataIndex;
use super::lower::{Parts, SourceMap};

/// Facts about each data category that depend on its relatives, computed
/// once in time linear in the number of categories, by position in
/// `Parts::data`.
struct Hierarchy<'a> {
    data: &'a [DataCategory],
    index: &'a DataIndex,
    /// Some descendant is identified or pseudonymized.
    identified_below: Vec<bool>,
    /// Some ancestor is identified or pseudonymized.
    identified_above: Vec<bool>,
    /// Some descendant is a special category.
    special_below: Vec<bool>,
}

impl<'a> Hierarchy<'a> {
    fn new(data: &'a [DataCategory], spans: &'a SourceMap) -> Self {
        let parent = |at: usize| spans.parents.get(at).copied().flatten();
        let mut identified_below = vec![false; data.len()];
        let mut special_below = vec![false; data.len()];
        for &at in spans.shallow_first.iter().rev() {
            let (Some(category), Some(parent)) = (data.get(at), parent(at)) else {
                continue;
            };
            if category.identity != Identity::Depersonalized || flag(&identified_below, at) {
                set(&mut identified_below, parent);
            }
            if category.special.is_some() || flag(&special_below, at) {
                set(&mut special_below, parent);
            }
        }
        let mut identified_above = vec![false; data.len()];
        for &at in &spans.shallow_first {
            let Some((up, category)) = parent(at).and_then(|p| Some((p, data.get(p)?))) else {
                continue;
            };
            if category.identity != Identity::Depersonalized || flag(&identified_above, up) {
                set(&mut identified_above, at);
            }
        }
        Self {
            data,
            index: &spans.data_index,
            identified_below,
            identified_above,
            special_below,
        }
    }

    /// The category with this id, with its position.
    fn get(&self, id: &str) -> Option<(usize, &'a DataCategory)> {
        let at = self.index.get(self.data, id)?;
        Some((at, self.data.get(at)?))
    }
}

fn flag(flags: &[bool], at: usize) -> bool {
    flags.get(at).copied().unwrap_or(false)
}

fn set(flags: &mut [bool], at: usize) {
    if let Some(flag) = flags.get_mut(at) {
        *flag = true;
    }
}

/// Runs every cross-declaration check.
pub fn check(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let hierarchy = Hierarchy::new(&parts.data, spans);
    depersonalized_purposes(parts, spans, &hierarchy, diags);
    special_categories(parts, spans, &hierarchy, diags);
    statistics_transfers(parts, spans, &hierarchy, diags);
    retention(parts, spans, diags);
    unused_data(parts, spans, diags);
    unused_recipients(parts, spans, diags);
    complaint_right(parts, spans, diags);
}

fn depersonalized_purposes(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        if !purpose.only_depersonalized {
            continue;
        }
        for (id, span) in &purpose_spans.uses {
            let Some((at, category)) = hierarchy.get(id) else {
                continue;
            };
            let diag = if category.identity != Identity::Depersonalized {
                let mut diag = Diagnostic::error(
                    Code::IdentifiedInDepersonalizedPurpose,
                    *span,
                    format!(
                        "the purpose `{}` may use only depersonalized data, but `{id}` is {}",
                        purpose.id,
                        identity_words(category.identity)
                    ),
                )
                .label(format!("`{id}` can identify the user"))
                .note(purpose_spans.only, "the restriction is stated here")
                .help(format!(
                    "remove `{id}` from `uses`, or use a depersonalized category instead"
                ));
                if let Some(stated) = spans.identity.get(at).copied().flatten() {
                    diag = diag.note(stated, "its identity is stated here");
                }
                diag
            } else if flag(&hierarchy.identified_below, at) {
                Diagnostic::error(
                    Code::IdentifiedThroughParent,
                    *span,
                    format!("the purpose `{}` may use only depersonalized data, but `{id}` covers identified subcategories", purpose.id),
                )
                .label("a category covers all its subcategories")
                .note(purpose_spans.only, "the restriction is stated here")
                .help(format!("name the depersonalized subcategories of `{id}` one by one instead"))
            } else if flag(&hierarchy.identified_above, at) {
                Diagnostic::error(
                    Code::IdentifiedByCombination,
                    *span,
                    format!("the purpose `{}` may use only depersonalized data, but `{id}` is combined with identified data", purpose.id),
                )
                .label(format!("`{id}` sits inside an identified category"))
                .note(purpose_spans.only, "the restriction is stated here")
                .help("depersonalized data combined with identified data counts as identified while combined; declare it as a category of its own, outside the identified one")
            } else {
                continue;
            };
            diags.push(diag);
        }
    }
}

fn identity_words(identity: Identity) -> &'static str {
    match identity {
        Identity::Identified => "identified",
        Identity::Pseudonymized => "pseudonymized",
        Identity::Depersonalized => "depersonalized",
    }
}

fn special_categories(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        if purpose.basis == Basis::ExplicitConsent {
            continue;
        }
        for (id, span) in &purpose_spans.uses {
            let Some((at, category)) = hierarchy.get(id) else {
                continue;
            };
            let own = category.special.is_some();
            if !own && !flag(&hierarchy.special_below, at) {
                continue;
            }
            let what = if own {
                format!("`{id}` is a special category of data")
            } else {
                format!("`{id}` covers a special category of data")
            };
            diags.push(
                Diagnostic::error(
                    Code::SpecialWithoutExplicitConsent,
                    *span,
                    format!(
                        "the purpose `{}` uses special-category data without explicit consent",
                        purpose.id
                    ),
                )
                .label(what)
                .note(purpose_spans.basis, "the basis is stated here")
                .help("special categories (GDPR Art. 9) need `basis explicit_consent`"),
            );
        }
    }
}

fn statistics_transfers(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for (transfer, transfer_spans) in parts.transfers.iter().zip(&spans.transfers) {
        if transfer
            .grounds
            .iter()
            .any(|g| *g != Ground::DepersonalizedStatistics)
        {
            continue;
        }
        for (id, span) in &transfer_spans.data {
            let identified = hierarchy.get(id).is_some_and(|(at, c)| {
                c.identity != Identity::Depersonalized || flag(&hierarchy.identified_below, at)
            });
            if identified {
                diags.push(
                    Diagnostic::error(
                        Code::StatisticsGroundOnIdentifiedData,
                        *span,
                        format!("`{id}` is identified data, but its only ground is depersonalized statistics"),
                    )
                    .label("statistics must be depersonalized")
                    .note(transfer_spans.whole, "in this transfer")
                    .help("transfer a depersonalized category (for example `data statistics \"…\" { identity depersonalized source derived }`), or add a ground that covers identified data"),
                );
            }
        }
    }
}

fn retention(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let parent = |at: usize| spans.parents.get(at).copied().flatten();
    // A category whose `retain` (or an ancestor's) is broken is already
    // reported there.
    let attempted = |id: &str| {
        let mut current = Some(id);
        while let Some(at) = current {
            if spans.retention_attempted.contains(at) {
                return true;
            }
            current = at.rsplit_once('.').map(|(parent, _)| parent);
        }
        false
    };
    let lacks = |at: usize| {
        parts.data.get(at).is_some_and(|c| {
            c.identity != Identity::Depersonalized && c.retention.is_empty() && !attempted(&c.id)
        })
    };
    // How many subcategories lacking retention each reported one covers.
    let mut unreported_below = vec![0_usize; parts.data.len()];
    for at in (0..parts.data.len()).filter(|&at| lacks(at)) {
        // Report the topmost category lacking retention; its subcategories
        // inherit whatever fixes it.
        let mut top = at;
        while let Some(up) = parent(top).filter(|&up| lacks(up)) {
            top = up;
        }
        if top != at
            && let Some(count) = unreported_below.get_mut(top)
        {
            *count += 1;
        }
    }
    for (index, category) in parts.data.iter().enumerate() {
        if !lacks(index) || parent(index).is_some_and(lacks) {
            continue;
        }
        let span = spans.data.get(index).copied().unwrap_or_default();
        let mut label = format!("`{}` can identify the user", category.id);
        if let Some(&count) = unreported_below.get(index).filter(|&&count| count > 0) {
            let plural = if count == 1 { "y" } else { "ies" };
            label.push_str(&format!(", and so can its {count} subcategor{plural}"));
        }
        diags.push(
            Diagnostic::error(
                Code::IdentifiedWithoutRetention,
                span,
                format!("no retention period is stated for `{}`", category.id),
            )
            .label(label)
            .help(format!(
                "the law requires saying how long personal data is kept (GDPR Art. 13(2)(a)); add `retain {} for 1 year from collection`, `retain {} until \"…\"` or `retain {} as_required_by_law`",
                category.id, category.id, category.id
            )),
        );
    }
}

fn unused_data(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let used: HashSet<&str> = spans.declared_uses.iter().map(String::as_str).collect();
    // A category counts as used when it, an ancestor or a descendant is used.
    let mut related: HashSet<&str> = HashSet::new();
    for id in &used {
        let mut current = Some(*id);
        while let Some(at) = current {
            if !related.insert(at) {
                break;
            }
            current = at.rsplit_once('.').map(|(parent, _)| parent);
        }
    }
    for (index, category) in parts.data.iter().enumerate() {
        let mut covered = related.contains(category.id.as_str());
        let mut current = category.parent.as_deref();
        while let (false, Some(parent)) = (covered, current) {
            covered = used.contains(parent);
            current = parent.rsplit_once('.').map(|(p, _)| p);
        }
        if covered {
            continue;
        }
        let span = spans.data.get(index).copied().unwrap_or_default();
        diags.push(
            Diagnostic::warning(
                Code::UnusedData,
                span,
                format!("`{}` is collected but no purpose uses it", category.id),
            )
            .label("collected for no stated purpose")
            .help(format!(
                "collect only what a purpose needs: add `{}` to a purpose's `uses`, or remove it",
                category.id
            )),
        );
    }
}

fn unused_recipients(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let receiving: HashSet<&str> = spans
        .declared_receivers
        .iter()
        .map(String::as_str)
        .collect();
    for recipient in &parts.recipients {
        if receiving.contains(recipient.id.as_str()) {
            continue;
        }
        let span = spans
            .recipients
            .get(&recipient.id)
            .copied()
            .unwrap_or_default();
        diags.push(
            Diagnostic::warning(
                Code::UnusedRecipient,
                span,
                format!("the recipient `{}` receives no data", recipient.id),
            )
            .label("no transfer names it")
            .help(format!(
                "add `transfer DATA to {} on GROUND`, or remove the recipient",
                recipient.id
            )),
        );
    }
}

fn complaint_right(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    if parts.header.is_none() || parts.rights.iter().any(|r| r.kind == RightKind::Complaint) {
        return;
    }
    diags.push(
        Diagnostic::warning(
            Code::NoComplaintRight,
            spans.header,
            "the policy does not mention the right to complain to an authority",
        )
        .label("users must be told of this right (GDPR Art. 13(2)(d))")
        .help("add `right complaint { via \"the data protection authority\" }`"),
    );
}
