//! The rules of completeness, family 04: what the law requires a policy
//! to say. Each code's check is the function named after it
//! (`e0406_purpose_without_basis` for E0406), run over the lowered model
//! and what lowering recorded of what was written. W0109 (a recipient
//! that receives nothing) is here too: it judges what the policy leaves
//! out, like the rest of this family.

use hashbrown::HashSet;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{
    self, Basis, Ground, Identity, Regime, Requirement, RightKind, Source, TakesEffect,
};
use crate::span::Span;
use crate::vocab::{self, Closed as _};

use super::super::lower::{
    BasisWritten, HeaderWritten, NotApplicableWritten, Parts, PurposeWritten, RecipientWritten,
    SectionWritten, ShortWritten, SourceMap, TrackerWritten, TransferWritten, Written,
};
use super::super::lower::{CombineWritten, CommitWritten};
use crate::model::{CommitmentKind, Party, RecipientKind, TrackerCategory};
use crate::regimes::{self, Ask, cited};
use crate::suggest;
use crate::vocab::SECTIONS;

/// Runs every rule of the family, in the order of their codes, except
/// where two report at one place: there the order lowering once had is
/// kept, so the listing reads as before.
pub fn check(parts: &Parts, spans: &SourceMap, written: &Written, diags: &mut Vec<Diagnostic>) {
    let regimes = regimes(written);
    match &written.header {
        None => diags.push(e0401_missing_header()),
        Some(header) => e0402_missing_header_fact(header, regimes, diags),
    }
    diags.extend(e0455_published_after_effective(parts, spans));
    for recipient in &written.recipients {
        diags.extend(e0403_transfer_abroad_without_safeguard(recipient, regimes));
    }
    for purpose in &written.purposes {
        diags.extend(e0405_purpose_without_data(purpose));
        diags.extend(e0406_purpose_without_basis(purpose, regimes));
        diags.extend(w0411_basis_unstated(purpose, regimes));
    }
    for transfer in &written.transfers {
        diags.extend(w0419_ground_unstated(transfer, regimes));
    }
    w0407_notice_contradicted(parts, written, diags);
    w0109_unused_recipient(parts, spans, diags);
    diags.extend(w0404_no_complaint_right(parts, spans, regimes));
    diags.extend(w0450_plural_controller_unstated(parts, spans));
    if let Some(header) = &written.header {
        diags.extend(w0410_regimes_undeclared(header));
    }
    diags.extend(w0412_consent_without_withdrawal(parts, spans, regimes));
    w0413_right_without_basis(parts, spans, written, regimes, diags);
    w0414_retention_unstated(written, regimes, diags);
    if let Some(header) = &written.header {
        diags.extend(w0415_contact_unstated(header, regimes));
    }
    w0416_source_unstated(written, regimes, diags);
    w0417_source_not_stated(written, regimes, diags);
    w0418_requirement_not_stated(parts, spans, regimes, diags);
    w0425_required_without_reason(written, regimes, diags);
    e0440_sale_without_opt_out(parts, written, regimes, diags);
    w0436_transfer_repeats_recipient_disclosure(parts, written, diags);
    e0442_sensitive_without_limit(parts, spans, regimes, diags);
    w0444_ccpa_category_not_stated(parts, spans, regimes, diags);
    w0445_ccpa_category_misses_sensitive(parts, spans, regimes, diags);
    w0446_permitted_use_without_effect(parts, spans, regimes, diags);
    if let Some(header) = &written.header {
        diags.extend(w0443_limit_sensitive_link_missing(
            parts, spans, header, regimes,
        ));
    }
    if let Some(header) = &written.header {
        diags.extend(w0420_accepted_by_use(header, regimes));
    }
    w0421_contract_basis_for_optional_data(parts, spans, regimes, diags);
    w0422_profiling_depersonalized(parts, spans, regimes, diags);
    w0423_direct_marketing_without_objection(parts, spans, regimes, diags);
    w0424_contractual_clause_in_notice(parts, spans, regimes, diags);
    sections(written, diags);
    if let Some(cited) = cited(regimes, Ask::DecisionStatement) {
        diags.extend(w0453_automated_decisions_not_stated(
            parts, spans, written, &cited,
        ));
    }
    w0454_security_warranty(parts, spans, diags);
    w0455_profiled_marketing_on_interests(parts, spans, regimes, diags);
    diags.extend(
        written
            .shorts
            .iter()
            .filter_map(w0470_short_label_not_shorter),
    );
    w0430_answer_time_not_month(written, regimes, diags);
    e0430_extension_without_answer_time(written, diags);
    e0425_not_applicable_not_granted(parts, spans, regimes, diags);
    written
        .not_applicable
        .iter()
        .for_each(|na| diags.extend(e0426_not_applicable_without_reason(na)));
    written
        .not_applicable
        .iter()
        .for_each(|na| diags.extend(e0427_not_applicable_exercised(na)));
    w0431_extension_too_long(written, regimes, diags);
    if let (Some(header), Some(written)) = (&parts.header, &written.header) {
        diags.extend(w0432_representative_missing(header, written, regimes));
        diags.extend(w0434_lead_authority_abroad(header, written, regimes));
    }
    if let Some(header) = &written.header {
        diags.extend(w0426_controller_without_address(header, regimes));
        diags.extend(w0427_controller_without_country(header, regimes));
        diags.extend(w0428_dpo_unstated(header, regimes));
    }
    w0433_ground_purpose_undeclared(parts, spans, regimes, diags);
    anonymous(parts, spans, &written.combinations, regimes, diags);
    e0428_test_names_unknown_decision(parts, written, diags);
    e0443_test_deadline_names_unknown(parts, diags);
    e0456_test_deadline_impossible_dates(parts, diags);
    e0429_consented_decision_shares_id(parts, spans, written, diags);
    for tracker in &written.trackers {
        diags.extend(e0480_tracker_lifetime_not_stated(tracker, regimes));
        diags.extend(e0481_tracker_incomplete(tracker));
    }
}

/// W0430: GDPR Art. 12(3) gives one month to answer a request, which the
/// controller may extend, telling the user why. A time in days is not the
/// law's month (30 days is shorter than most months, and February shows
/// the two differ), and a longer one promises more than the law allows.
fn w0430_answer_time_not_month(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(cited) = cited(regimes, Ask::AnswerTime) else {
        return;
    };
    for &(kind, within, span) in &written.answer_times {
        let Some(why) = answer_time_fault(within) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::AnswerTimeNotMonth,
                span,
                format!(
                    "the right `{}` is answered within {within}, {why}",
                    kind.keyword()
                ),
            )
            .label(format!(
                "requests are answered within one month, which may be extended ({cited})"
            ))
            .help(format!("write `within 1 month`, the time the law states; if requests may take longer, add {EXTENSION}")),
        );
    }
}

/// The extension of GDPR Art. 12(3), as the fix of W0430 and W0431 writes it.
const EXTENSION: &str = "`extendable by 2 months \"when requests are complex or numerous\"`";

/// E0430: `extendable` extends the answer time `within` states; without
/// one, the text would say a time is extended that it never gave.
fn e0430_extension_without_answer_time(written: &Written, diags: &mut Vec<Diagnostic>) {
    for extension in written.extensions.iter().filter(|e| !e.answered) {
        diags.push(
            Diagnostic::new(
                Code::ExtensionWithoutAnswerTime,
                extension.span,
                format!(
                    "the right `{}` may be extended by {}, but states no answer time",
                    extension.kind.keyword(),
                    extension.by
                ),
            )
            .label("an extension extends the time `within` states")
            .help("add `within 1 month` to the right, or remove `extendable`"),
        );
    }
}

/// Whether `by` never runs past two calendar months, however short they
/// are (February and March together have 59 days).
fn within_two_months(by: crate::model::Duration) -> bool {
    use crate::model::TimeUnit;
    match by.unit {
        TimeUnit::Day => by.amount <= 59,
        TimeUnit::Week => by.amount <= 8,
        TimeUnit::Month => by.amount <= 2,
        TimeUnit::Year => false,
    }
}

/// W0431: GDPR Art. 12(3) lets the controller extend the month by two
/// further months, no more.
fn w0431_extension_too_long(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(cited) = cited(regimes, Ask::AnswerTime) else {
        return;
    };
    for extension in &written.extensions {
        if within_two_months(extension.by) {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::ExtensionTooLong,
                extension.span,
                format!(
                    "the right `{}` may be extended by {}, longer than two months",
                    extension.kind.keyword(),
                    extension.by
                ),
            )
            .label(format!(
                "the month may be extended by two further months at most ({cited})"
            ))
            .help(format!("write {EXTENSION}, the extension the law allows")),
        );
    }
}

/// Why an answer time is not the law's month, or `None` when it is one
/// month or less in weeks or months: four weeks never run past a month.
fn answer_time_fault(within: crate::model::Duration) -> Option<&'static str> {
    use crate::model::TimeUnit;
    match within.unit {
        TimeUnit::Day => Some("which counts days where the law counts a month"),
        TimeUnit::Week if within.amount <= 4 => None,
        TimeUnit::Month if within.amount <= 1 => None,
        TimeUnit::Week | TimeUnit::Month | TimeUnit::Year => {
            Some("which is longer than the one month the law allows")
        }
    }
}

/// E0442: under the CCPA, a purpose that uses sensitive personal
/// information beyond the purposes 11 CCR §7027(m) permits needs the right
/// to limit it stated (11 CCR §7014(a)). A use is read as permitted as the
/// rule table reads it (`Purpose::limitable`): on `contract`,
/// `legal_obligation` or `vital_interests`, or in a purpose that names the
/// permitted use it serves (`permitted_use`), which the runtime's
/// `limit:sensitive` never stops. Every other use is beyond them as far as
/// the policy says. It replaces W0440, the warning it was while security
/// and integrity had no way to be stated.
fn e0442_sensitive_without_limit(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::SensitiveLimit) else {
        return;
    };
    let sensitive: Vec<&str> = parts
        .data
        .iter()
        .filter(|d| d.sensitive.is_some())
        .map(|d| d.id.as_str())
        .collect();
    if sensitive.is_empty()
        || parts
            .rights
            .iter()
            .any(|r| r.kind == RightKind::LimitSensitive)
    {
        return;
    }
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        // A permitted purpose: the user's limit does not stop it.
        if !purpose.limitable() {
            continue;
        }
        for (id, span) in &purpose_spans.uses {
            // The category itself, or one of its parts, is sensitive.
            if !sensitive.iter().any(|s| model::is_within(s, id)) {
                continue;
            }
            diags.push(
                Diagnostic::new(
                    Code::SensitiveBeyondPermittedWithoutLimit,
                    *span,
                    format!(
                        "the purpose `{}` uses sensitive personal information beyond the purposes the law permits, but no right to limit its use is stated",
                        purpose.id
                    ),
                )
                .label(format!(
                    "`{id}` is or covers sensitive personal information, used on {} beyond the purposes the law permits, and the purpose names no `permitted_use`",
                    basis_words(purpose.basis)
                ))
                .help(format!(
                    "add `right {}` with how to exercise it ({cited}); or, if the purpose is one 11 CCR §7027(m) permits, name it in the purpose: `permitted_use KIND`, one of {}",
                    RightKind::LimitSensitive.keyword(),
                    vocab::listed(&vocab::PERMITTED_USES.keywords().collect::<Vec<_>>(), " or ")
                )),
            );
        }
    }
}

/// W0444: under the CCPA, each data category says which of the categories
/// of personal information of Cal. Civ. Code §1798.140(v)(1) it belongs
/// to, the terms the California section lists the data collected in (11
/// CCR §7011(e)(1)(A)). Anonymous data is not personal information, and a
/// part of a category that states none is covered by the warning on the
/// whole, whose categories it would take; a `ccpa_category` written with
/// no valid value is reported where it is written.
fn w0444_ccpa_category_not_stated(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::CcpaCategories) else {
        return;
    };
    for (i, category) in parts.data.iter().enumerate() {
        let written = spans.ccpa_category.get(i).copied().flatten().is_some();
        if written
            || !category.ccpa_categories.is_empty()
            || category.identity == Identity::Anonymous
        {
            continue;
        }
        let parent_lacks = spans
            .parents
            .get(i)
            .copied()
            .flatten()
            .and_then(|p| parts.data.get(p))
            .is_some_and(|p| p.ccpa_categories.is_empty() && p.identity != Identity::Anonymous);
        if parent_lacks {
            continue;
        }
        let Some(&span) = spans.data.get(i) else {
            continue;
        };
        let help = match closest_ccpa_category(category) {
            Some((value, why)) => format!(
                "add `ccpa_category {}` ({why}), with any other of the statute's categories it belongs to: {}",
                value.keyword(),
                ccpa_keywords()
            ),
            None => format!(
                "add `ccpa_category` with each of the statute's categories it belongs to: {}",
                ccpa_keywords()
            ),
        };
        diags.push(
            Diagnostic::new(
                Code::CcpaCategoryNotStated,
                span,
                format!(
                    "`{}` does not say which categories of personal information of the CCPA it belongs to",
                    category.id
                ),
            )
            .label(format!(
                "no `ccpa_category`: the California section lists the information collected by the statute's categories ({cited})"
            ))
            .help(help),
        );
    }
}

/// The statute's categories as keywords, for help.
fn ccpa_keywords() -> String {
    let words: Vec<String> = vocab::CCPA_CATEGORIES
        .keywords()
        .map(|k| format!("`{k}`"))
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    vocab::listed(&words, " or ")
}

/// The statutory category a category most plainly belongs to, with why,
/// where it says enough: the one its sensitive kind belongs to, or the one
/// its fideslang key names.
fn closest_ccpa_category(category: &model::DataCategory) -> Option<(model::CcpaCategory, String)> {
    use model::CcpaCategory as C;
    if let Some(sensitive) = category.sensitive
        && let Some(&first) = vocab::ccpa_categories_of(sensitive).first()
    {
        return Some((
            first,
            format!("`sensitive {}` is of that category", sensitive.keyword()),
        ));
    }
    let fides = category.fides.as_deref()?;
    let by_key = [
        ("user.contact", C::Identifiers),
        ("user.location", C::GeolocationData),
        ("user.behavior", C::InternetActivity),
        ("user.device", C::InternetActivity),
        ("user.financial", C::CustomerRecords),
        ("user.biometric", C::BiometricInformation),
        ("user.workplace", C::ProfessionalInformation),
    ];
    by_key
        .iter()
        .find(|(key, _)| fides == *key || fides.starts_with(&format!("{key}.")))
        .map(|(key, value)| (*value, format!("`fides \"{fides}\"` is under `{key}`")))
}

/// W0445: under the CCPA, a category marked `sensitive` (or `special`, read
/// as its sensitive kind) whose `ccpa_category` leaves out every category
/// the statute places that kind in (`vocab::ccpa_categories_of`): precise
/// geolocation that is not geolocation data, say. A kind the statute
/// places in no one category is never reported; a category that states no
/// `ccpa_category` gets W0444 instead.
fn w0445_ccpa_category_misses_sensitive(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::CcpaCategories) else {
        return;
    };
    for (i, category) in parts.data.iter().enumerate() {
        let Some(sensitive) = category.sensitive else {
            continue;
        };
        let belongs = vocab::ccpa_categories_of(sensitive);
        if belongs.is_empty()
            || category.ccpa_categories.is_empty()
            || belongs.iter().any(|c| category.ccpa_categories.contains(c))
        {
            continue;
        }
        let Some(span) = spans
            .ccpa_category
            .get(i)
            .copied()
            .flatten()
            .or_else(|| spans.data.get(i).copied())
        else {
            continue;
        };
        let named: Vec<String> = belongs
            .iter()
            .map(|c| format!("`{}`", c.keyword()))
            .collect();
        let named: Vec<&str> = named.iter().map(String::as_str).collect();
        diags.push(
            Diagnostic::new(
                Code::CcpaCategoryMissesSensitive,
                span,
                format!(
                    "`{}` is `sensitive {}`, but its `ccpa_category` does not include {}",
                    category.id,
                    sensitive.keyword(),
                    vocab::listed(&named, " or ")
                ),
            )
            .label(format!(
                "{} is of {} among the categories of personal information of Cal. Civ. Code §1798.140(v)(1) ({cited})",
                sensitive.entry().diff,
                vocab::listed(&named, " or ")
            ))
            .help(format!(
                "add {} to `ccpa_category`; if only a part of the data is sensitive, declare that part as a category of its own",
                vocab::listed(&named, " or ")
            )),
        );
    }
}

/// W0446: a purpose names a permitted use of sensitive personal
/// information (`permitted_use`) where it has no effect: the purpose uses
/// no sensitive data, or no declared regime gives the right to limit it
/// (`ccpa`). The text says nothing of it, and the rule table's
/// `limit:sensitive` would not stop the use anyway.
fn w0446_permitted_use_without_effect(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let limit = cited(regimes, Ask::SensitiveLimit).is_some();
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        let (Some(permitted), Some(span)) = (purpose.permitted_use, purpose_spans.permitted_use)
        else {
            continue;
        };
        let keyword = permitted.as_str();
        let (message, label, help) = if !limit {
            (
                format!(
                    "the purpose `{}` names a permitted use of sensitive personal information, but no declared regime gives a right to limit it",
                    purpose.id
                ),
                "`permitted_use` exempts a use from the right to limit the use of sensitive personal information of `regimes ccpa`, which the policy does not declare".to_owned(),
                format!("remove `permitted_use {keyword}`, or declare `regimes ccpa` if California law applies"),
            )
        } else if !purpose.uses_sensitive(&parts.data) {
            (
                format!(
                    "the purpose `{}` names a permitted use of sensitive personal information, but uses none",
                    purpose.id
                ),
                "no data category this purpose uses is or covers `sensitive` personal information"
                    .to_owned(),
                format!(
                    "remove `permitted_use {keyword}`, or mark the sensitive data the purpose uses with `sensitive KIND` in its data block"
                ),
            )
        } else {
            continue;
        };
        diags.push(
            Diagnostic::new(Code::PermittedUseWithoutEffect, span, message)
                .label(label)
                .help(help),
        );
    }
}

/// W0443: under the CCPA, a policy that uses sensitive personal
/// information beyond the permitted purposes (read as E0442 reads them)
/// and states the right to limit it, but whose header gives no
/// `limit_sensitive_link` (Cal. Civ. Code §1798.135(a)(2), 11 CCR §7015).
/// A warning: a business that processes opt-out preference signals in a
/// frictionless manner (§1798.135(b)) or posts one combined "Your Privacy
/// Choices" link (§1798.135(a)(3)) may do without it, which the policy
/// cannot state. Reported once, at the first such use.
fn w0443_limit_sensitive_link_missing(
    parts: &Parts,
    spans: &SourceMap,
    header: &HeaderWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let cited = cited(regimes, Ask::LimitSensitiveLink)?;
    if header.limit_sensitive_link
        || !parts
            .rights
            .iter()
            .any(|r| r.kind == RightKind::LimitSensitive)
    {
        return None;
    }
    let sensitive: Vec<&str> = parts
        .data
        .iter()
        .filter(|d| d.sensitive.is_some())
        .map(|d| d.id.as_str())
        .collect();
    let (purpose, id, span) = parts
        .purposes
        .iter()
        .zip(&spans.purposes)
        .filter(|(purpose, _)| purpose.limitable())
        .flat_map(|(purpose, purpose_spans)| {
            purpose_spans
                .uses
                .iter()
                .map(move |(id, span)| (purpose, id, *span))
        })
        .find(|(_, id, _)| sensitive.iter().any(|s| model::is_within(s, id)))?;
    Some(
        Diagnostic::new(
            Code::LimitSensitiveLinkMissing,
            span,
            format!(
                "the purpose `{}` uses sensitive personal information beyond the permitted purposes, but the header gives no \"Limit the Use of My Sensitive Personal Information\" link",
                purpose.id
            ),
        )
        .label(format!(
            "`{id}` is or covers sensitive personal information, used on {} beyond the purposes the law permits; the business posts the link on its homepage (Cal. Civ. Code §1798.135(a)(2), {cited})",
            basis_words(purpose.basis)
        ))
        .note(header.head, "the header, which gives no link")
        .help(
            "add `limit_sensitive_link \"https://…\"` to the policy header with the address of the page where the user limits the use; if the business instead processes opt-out preference signals in a frictionless manner (Cal. Civ. Code §1798.135(b)) or offers one combined \"Your Privacy Choices\" link (§1798.135(a)(3)), allow W0443 in `[lints] allow` of policyc.toml",
        ),
    )
}

/// A purpose's basis as the labels of E0442 and W0443 say it.
fn basis_words(basis: Basis) -> String {
    match basis {
        Basis::Unstated => "no stated basis, read as".to_owned(),
        basis => format!("`basis {}`, which is", basis.as_str()),
    }
}

/// E0440: under a US regime, a recipient whose disclosures are sales,
/// sharing or targeted advertising needs the right to opt out of them
/// stated, since the user may exercise it only if told.
fn e0440_sale_without_opt_out(
    parts: &Parts,
    written: &Written,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::SaleOptOut) else {
        return;
    };
    if parts
        .rights
        .iter()
        .any(|r| r.kind == RightKind::OptOutSaleShare)
    {
        return;
    }
    // A transfer's own `disclosed_as` reports where the recipient's does
    // not already: once per place that says so.
    let transfers = written.transfer_disclosures.iter().filter_map(|(i, span)| {
        let transfer = parts.transfers.get(*i)?;
        (!transfer.own_disclosures(&parts.recipients).is_empty())
            .then_some((&transfer.recipient, span))
    });
    for (id, span) in written
        .disclosures
        .iter()
        .map(|(id, span)| (id, span))
        .chain(transfers)
    {
        diags.push(
            Diagnostic::new(
                Code::SaleWithoutOptOut,
                *span,
                format!("data disclosed to `{id}` is sold, shared or used for targeted advertising, but no right to opt out is stated"),
            )
            .label("disclosed so here")
            .help(format!(
                "add `right {}` with how to exercise it (`via`), or remove `disclosed_as` if these disclosures are not sales ({cited})",
                RightKind::OptOutSaleShare.keyword()
            )),
        );
    }
}

/// W0436: a transfer's `disclosed_as` states what its recipient's
/// `disclosed_as` already makes of every transfer to it. The transfer
/// says nothing more (its disclosures are its own and its recipient's),
/// and the line misleads: removing the recipient's would seem to leave
/// the transfer so, and removing the transfer's changes nothing.
fn w0436_transfer_repeats_recipient_disclosure(
    parts: &Parts,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    for (i, span) in &written.transfer_disclosures {
        let Some(transfer) = parts.transfers.get(*i) else {
            continue;
        };
        let own = transfer.own_disclosures(&parts.recipients);
        let repeated: Vec<&str> = transfer
            .disclosed_as
            .iter()
            .filter(|d| !own.contains(d))
            .map(|d| d.keyword())
            .collect();
        if repeated.is_empty() {
            continue;
        }
        let mut diagnostic = Diagnostic::new(
            Code::TransferRepeatsRecipientDisclosure,
            *span,
            format!(
                "the transfer to `{}` is `disclosed_as {}`, which its recipient already states",
                transfer.recipient,
                repeated.join(", ")
            ),
        )
        .label("repeats the recipient's `disclosed_as`");
        if let Some((_, at)) = written
            .disclosures
            .iter()
            .find(|(id, _)| *id == transfer.recipient)
        {
            diagnostic =
                diagnostic.note(*at, "every transfer to the recipient is disclosed so here");
        }
        diags.push(diagnostic.help(if own.is_empty() {
            "remove `disclosed_as` from the transfer: its recipient's makes every transfer to it so".to_owned()
        } else {
            let own: Vec<&str> = own.iter().map(|d| d.keyword()).collect();
            format!(
                "write `disclosed_as {}` on the transfer: its recipient's already makes every transfer to it `disclosed_as {}`",
                own.join(", "),
                repeated.join(", ")
            )
        }));
    }
}

/// E0480: every tracker states how long it stays on the device, under
/// any regime or none: the cookie table shows it, and the information
/// given before consent includes it (Planet49, CJEU C-673/17). `lifetime`
/// with a duration, or `lifetime session`. A declared regime that asks it
/// is cited in the label.
fn e0480_tracker_lifetime_not_stated(
    tracker: &TrackerWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    if tracker.lifetime {
        return None;
    }
    let label = match cited(regimes, Ask::TrackerLifetime) {
        Some(cited) => format!("how long a tracker stays on the device must be stated ({cited})"),
        None => "how long a tracker stays on the device must be stated: the cookie table shows it"
            .to_owned(),
    };
    Some(
        Diagnostic::new(
            Code::TrackerLifetimeNotStated,
            tracker.span,
            format!("the tracker `{}` does not state its lifetime", tracker.id),
        )
        .label(label)
        .help(format!(
            "add `lifetime 13 months` (its duration) or `lifetime {}` (until the browser or app is closed) to the tracker",
            vocab::SESSION
        )),
    )
}

/// E0481: a tracker says what it is (`kind`), who sets it (`party`), what
/// it is for (`category`) and which purposes it serves (`serves`): the
/// cookie table and the consent it needs are made from these.
fn e0481_tracker_incomplete(tracker: &TrackerWritten) -> Option<Diagnostic> {
    let (first, _) = tracker.missing.split_first()?;
    let missing: Vec<String> = tracker.missing.iter().map(|m| format!("`{m}`")).collect();
    let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
    let example = match *first {
        "kind" => "kind cookie",
        "party" => "party first",
        "category" => "category analytics",
        _ => "serves analytics",
    };
    Some(
        Diagnostic::new(
            Code::TrackerIncomplete,
            tracker.span,
            format!(
                "the tracker `{}` does not state {}",
                tracker.id,
                vocab::listed(&missing, " or ")
            ),
        )
        .label("the cookie table and the consent it needs are made from these")
        .help(format!(
            "add each to the tracker's block, for example `{example}`"
        )),
    )
}

/// W0470: a `short` label stands for its label in lists, the summary and
/// the table; one no shorter than the label only makes the text say the
/// same thing two ways. Length is counted in characters, as a reader sees.
fn w0470_short_label_not_shorter(short: &ShortWritten) -> Option<Diagnostic> {
    let (short_len, label_len) = (short.short.chars().count(), short.label.chars().count());
    if short_len < label_len {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ShortLabelNotShorter,
            short.span,
            format!(
                "the short label of the {} `{}` is not shorter than its label \"{}\"",
                short.kind, short.id, short.label
            ),
        )
        .label(format!(
            "{short_len} characters, the label has {label_len}"
        ))
        .help(format!(
            "write a short label of fewer than {label_len} characters (a word or two that name the same thing), or remove `short` so that the label is used everywhere"
        )),
    )
}

/// W0416: `source unstated`, under a regime that asks where data comes
/// from.
fn w0416_source_unstated(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(cited) = cited(regimes, Ask::DataSource) else {
        return;
    };
    for (id, span) in &written.source_unstated {
        diags.push(
            Diagnostic::new(
                Code::SourceUnstated,
                *span,
                format!("where `{id}` comes from is unstated"),
            )
            .label(format!(
                "users must be told where data not obtained from them comes from ({cited})"
            ))
            .help(format!(
                "the text says nothing of it; when the source is known, write it: `source {}`",
                source_keywords()
            )),
        );
    }
}

/// The sources, for a help: `user|device|derived|third_party`.
fn source_keywords() -> String {
    vocab::SOURCES.keywords().collect::<Vec<_>>().join("|")
}

/// W0417: a root data category says where it comes from, under a regime
/// that asks for it; its subcategories inherit what it says.
fn w0417_source_not_stated(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(cited) = cited(regimes, Ask::DataSource) else {
        return;
    };
    for (id, span) in &written.sourceless {
        diags.push(
            Diagnostic::new(
                Code::SourceNotStated,
                *span,
                format!("`{id}` does not say where it comes from"),
            )
            .label(format!(
                "users must be told where data not obtained from them comes from ({cited})"
            ))
            .help(format!(
                "add `source {}`; if the source does not say, write `source {}`",
                source_keywords(),
                vocab::UNSTATED
            )),
        );
    }
}

/// W0418: data the user provides says whether it is required, under a
/// regime that asks for it. Judged on the categories with no
/// subcategories, where `required` and `optional` are written.
fn w0418_requirement_not_stated(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::Requirement) else {
        return;
    };
    let parents: HashSet<&str> = parts
        .data
        .iter()
        .filter_map(|c| c.parent.as_deref())
        .collect();
    // `SourceMap::data` is parallel to `Parts::data`: one span per category.
    for (category, &span) in parts.data.iter().zip(&spans.data) {
        if category.source != Some(Source::User)
            || category.identity == Identity::Anonymous
            || category.requirement.is_some()
            || parents.contains(category.id.as_str())
        {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::RequirementNotStated,
                span,
                format!(
                    "`{}` is provided by the user but does not say whether it is required",
                    category.id
                ),
            )
            .label(format!(
                "users must be told what they must provide and what they may leave out ({cited})"
            ))
            .help(format!("add `required` or `optional` to `{}`", category.id)),
        );
    }
}

/// W0425: data declared bare `required` says what requires it and what
/// follows if the user does not provide it (`required by law|contract|
/// entering_contract "…"`), under a regime that asks for both.
fn w0425_required_without_reason(
    written: &Written,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::Requirement) else {
        return;
    };
    let kinds = vocab::REQUIRED_BY.keywords().collect::<Vec<_>>().join("|");
    for (id, span) in &written.bare_required {
        diags.push(
            Diagnostic::new(
                Code::RequiredWithoutReason,
                *span,
                format!(
                    "`{id}` is required, but the policy does not say what requires it or what follows without it"
                ),
            )
            .label(format!(
                "users must be told whether providing it is a statutory or contractual requirement, or needed to enter into a contract, and what follows if they do not provide it ({cited})"
            ))
            .help(format!(
                "write `required by {kinds} \"what follows without it\"`, for example `required by contract \"the account cannot be opened\"`"
            )),
        );
    }
}

/// W0420: `accepted by_use` presents the notice as terms the user agrees
/// to by using the service; under GDPR using a service is not consent, and
/// privacy information is kept apart from contractual terms (WP260).
fn w0420_accepted_by_use(header: &HeaderWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    let span = header.accepted_by_use?;
    let cited = cited(regimes, Ask::NoticeNotContract)?;
    Some(
        Diagnostic::new(
            Code::AcceptedByUse,
            span,
            "the policy says that using the service means accepting it",
        )
        .label(format!(
            "using a service is not consent, and a privacy notice informs rather than binds ({cited}; WP260)"
        ))
        .help("remove `accepted by_use`: the text then informs without asking for acceptance; put terms the user agrees to in the service's terms, and rest each purpose on its own basis"),
    )
}

/// W0421: a contract basis covers only the data performing the contract
/// needs (EDPB Guidelines 2/2019), and data the user may leave out is not
/// needed. One warning per purpose, at its basis, naming the optional
/// data its uses cover (a category covers its subcategories).
fn w0421_contract_basis_for_optional_data(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::ContractNecessity) else {
        return;
    };
    let covered = optional_covered(parts, spans);
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        if purpose.basis != Basis::Contract {
            continue;
        }
        let mut optional: Vec<&str> = Vec::new();
        let mut seen: HashSet<usize> = HashSet::new();
        for (id, _) in &purpose_spans.uses {
            let Some(at) = spans.data_index.get(&parts.data, id) else {
                continue;
            };
            for &below in covered.get(at).into_iter().flatten() {
                if let Some(category) = parts.data.get(below)
                    && seen.insert(below)
                {
                    optional.push(&category.id);
                }
            }
        }
        if optional.is_empty() {
            continue;
        }
        let listed = optional
            .iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", ");
        diags.push(
            Diagnostic::new(
                Code::ContractBasisForOptionalData,
                purpose_spans.basis,
                format!(
                    "the purpose `{}` rests on a contract, but uses data the user may leave out: {listed}",
                    purpose.id
                ),
            )
            .label(format!(
                "a contract basis covers only what performing the contract needs ({cited}; EDPB Guidelines 2/2019)"
            ))
            .help("use the optional data in a purpose of its own with another basis (`consent`, or `legitimate_interest \"…\"`), or mark it `required` if the contract cannot be performed without it"),
        );
    }
}

/// W0422: profiling evaluates a person (Art. 4(4)), so the data it uses
/// singles that person out and is personal data, pseudonymised at best
/// (Art. 4(5), Recital 26), whatever the policy calls it. Reported at each
/// use, by a `profiling` purpose, of a category that is depersonalized.
fn w0422_profiling_depersonalized(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::Profiling) else {
        return;
    };
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        if !purpose.profiling {
            continue;
        }
        for (id, span) in &purpose_spans.uses {
            let depersonalized = spans
                .data_index
                .get(&parts.data, id)
                .and_then(|at| parts.data.get(at))
                .is_some_and(|c| c.identity == Identity::Depersonalized);
            if !depersonalized {
                continue;
            }
            let restriction = if purpose.only_depersonalized {
                ", and remove `only depersonalized` from the purpose"
            } else {
                ""
            };
            let mut diag = Diagnostic::new(
                Code::ProfilingDepersonalized,
                *span,
                format!(
                    "the purpose `{}` profiles the user with `{id}`, which is declared depersonalized",
                    purpose.id
                ),
            )
            .label(format!(
                "data used to evaluate or target a person singles them out: it is personal data, pseudonymised at best ({cited}; Recital 26)"
            ))
            .help(format!(
                "declare `identity pseudonymized` on `{id}`{restriction}; or, if the purpose evaluates no one, remove `profiling`"
            ));
            if let Some(flag) = purpose_spans.profiling {
                diag = diag.note(flag, "the purpose is declared profiling here");
            }
            diags.push(diag);
        }
    }
}

/// W0423: a direct-marketing purpose, and the policy says the right to
/// object does not apply: the user may object to direct marketing at any
/// time, whatever the basis (Art. 21(2)), and the text states that
/// objection apart from the rest (Art. 21(4)), by default wherever a
/// purpose is direct marketing, unless the policy says so.
fn w0423_direct_marketing_without_objection(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::MarketingObjection) else {
        return;
    };
    if !parts
        .rights
        .iter()
        .any(|r| r.kind == RightKind::Objection && r.not_applicable.is_some())
    {
        return;
    }
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        let Some(flag) = purpose_spans
            .direct_marketing
            .filter(|_| purpose.direct_marketing)
        else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::DirectMarketingWithoutObjection,
                flag,
                format!(
                    "the purpose `{}` is direct marketing, but the policy says the right to object does not apply",
                    purpose.id
                ),
            )
            .label(format!(
                "the user may object to direct marketing at any time ({cited}), and is told so apart from other information (Art. 21(4))"
            ))
            .help(format!(
                "{}: the text then states the objection to direct marketing on its own",
                declare_help(parts, RightKind::Objection, "{ via \"…\" }")
            )),
        );
    }
}

/// W0455: a purpose that profiles the user for direct marketing
/// (personalised advertising) on legitimate interests. The balance of
/// Art. 6(1)(f) tips to the user here: EDPB Guidelines 8/2020 on the
/// targeting of social media users and CJEU C-252/21 (Meta v
/// Bundeskartellamt) hold that such profiling generally needs consent.
/// Where the purpose uses data from the user's device (`source device`,
/// or what a tracker that is not strictly necessary collects), reading
/// it needs consent as well (ePrivacy Art. 5(3), PECR reg. 6), said in a
/// note. Only both flags are judged: profiling alone (fraud scoring) or
/// marketing alone (a newsletter) may rest on legitimate interests, and
/// tracker data on any basis but consent is W0391's.
fn w0455_profiled_marketing_on_interests(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(basis_cited) = cited(regimes, Ask::ProfiledMarketing) else {
        return;
    };
    let authorities = if regimes.contains(&Regime::Gdpr) {
        "; EDPB Guidelines 8/2020 on the targeting of social media users; CJEU C-252/21, Meta v Bundeskartellamt"
    } else {
        ""
    };
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        if !(purpose.profiling
            && purpose.direct_marketing
            && purpose.basis == Basis::LegitimateInterest)
        {
            continue;
        }
        let mut diag = Diagnostic::new(
            Code::ProfiledMarketingOnInterests,
            purpose_spans.basis,
            format!(
                "the purpose `{}` profiles the user for direct marketing, but rests on legitimate interests",
                purpose.id
            ),
        )
        .label(format!(
            "personalised advertising by profiling generally needs the user's consent: the user's interests override the controller's ({basis_cited}{authorities})"
        ))
        .help(format!(
            "rest `{}` on the user's consent, `basis {}`, and say how to withdraw it; the objection to direct marketing stays (Art. 21(2)). If the purpose evaluates no one, remove `profiling`",
            purpose.id,
            Basis::Consent.as_str()
        ));
        if let Some(flag) = purpose_spans.profiling {
            diag = diag.note(flag, "the purpose is declared profiling here");
        }
        if let Some(flag) = purpose_spans.direct_marketing {
            diag = diag.note(flag, "and direct marketing here");
        }
        if let (Some((used, at, from)), Some(terminal)) = (
            terminal_data(parts, spans, purpose_spans),
            cited(regimes, Ask::TrackerConsent),
        ) {
            diag = diag.note(
                at,
                format!(
                    "`{used}` {from}: storing or reading information on the device needs consent too ({terminal})"
                ),
            );
        }
        diags.push(diag);
    }
}

/// The first data a purpose uses that comes from the user's device: a
/// used category, or one within it, whose source is `device`, or that a
/// tracker that is not strictly necessary collects. Gives the used id,
/// where it is used, and how it comes from the device.
fn terminal_data(
    parts: &Parts,
    spans: &SourceMap,
    purpose_spans: &super::super::lower::PurposeSpans,
) -> Option<(String, Span, String)> {
    // Whether the category at `at` is the one at `target` or lies within it.
    let within = |at: usize, target: usize| {
        let mut current = Some(at);
        for _ in 0..=parts.data.len() {
            match current {
                Some(c) if c == target => return true,
                Some(c) => current = spans.parents.get(c).copied().flatten(),
                None => return false,
            }
        }
        false
    };
    purpose_spans.uses.iter().find_map(|(id, span)| {
        let target = spans.data_index.get(&parts.data, id)?;
        let from_device = parts.data.iter().enumerate().any(|(at, category)| {
            within(at, target)
                && category
                    .all_sources()
                    .iter()
                    .any(|s| s.kind == Source::Device)
        });
        if from_device {
            return Some((id.clone(), *span, "comes from the user's device".to_owned()));
        }
        parts
            .trackers
            .iter()
            .filter(|t| t.category != model::TrackerCategory::StrictlyNecessary)
            .find(|t| {
                t.collects.iter().any(|collected| {
                    spans
                        .data_index
                        .get(&parts.data, collected)
                        .is_some_and(|at| within(at, target))
                })
            })
            .map(|t| {
                (
                    id.clone(),
                    *span,
                    format!("is read from the user's device by the tracker `{}`", t.id),
                )
            })
    })
}

/// Words that make a clause a contractual term rather than information:
/// a warranty, a disclaimer, a limit of liability. Matched in lower case
/// at the start of a word, so a word may go on ("warrants", "indemnify")
/// but not begin before ("reliable" is not "liable").
const CONTRACTUAL_WORDS: [&str; 8] = [
    "liable",
    "liability",
    "not responsible",
    "no responsibility",
    "warrant",
    "disclaim",
    "indemnif",
    "own risk",
];

/// The first of [`CONTRACTUAL_WORDS`] in `text`.
fn contractual_words(text: &str) -> Option<&'static str> {
    let text = text.to_lowercase();
    CONTRACTUAL_WORDS.into_iter().find(|words| {
        text.match_indices(words).any(|(at, _)| {
            let before = text.get(..at).and_then(|b| b.chars().next_back());
            !before.is_some_and(char::is_alphanumeric)
        })
    })
}

/// W0424: a clause that reads as a contractual term (a warranty, a
/// disclaimer, a limit of liability) printed in a privacy notice, which
/// informs rather than binds (WP260). A clause marked `contractual` is
/// not printed, so it is not judged.
fn w0424_contractual_clause_in_notice(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::NoticeApartFromTerms) else {
        return;
    };
    for (clause, span) in parts.clauses.iter().zip(&spans.model.clauses) {
        if clause.contractual {
            continue;
        }
        let Some(words) = contractual_words(&clause.text) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::ContractualClauseInNotice,
                *span,
                format!(
                    "the clause `{}` reads like a contractual term (\"{words}\") and is printed in the privacy notice",
                    clause.id
                ),
            )
            .label(format!(
                "a privacy notice informs; warranties, disclaimers and liability belong in the terms ({cited}; WP260)"
            ))
            .help(format!(
                "mark it `clause {} in {} contractual \"…\"`: the text then says that contractual terms are set out in the terms (the header's `part_of`) instead of printing it; or move it to the service's terms",
                clause.id,
                clause.section.id()
            )),
        );
    }
}

/// A section with a heading whose id is a built-in section's.
fn e0451_section_id_builtin(section: &SectionWritten) -> Option<Diagnostic> {
    let heading = section.heading?;
    section.builtin?;
    let id = &section.id.text;
    Some(
        Diagnostic::new(
            Code::SectionIdBuiltin,
            section.id.span,
            format!("`{id}` is a built-in section, which has its own heading"),
        )
        .label("a built-in section's id")
        .note(heading, "the heading given to it")
        .help(format!(
            "give the new section another id (`section {id}_more \"…\"`), or, to give the built-in section a summary, leave the heading out: `section {id} {{ summary \"…\" }}`"
        )),
    )
}

/// A section that is not built in, without a heading.
fn e0452_section_without_heading(section: &SectionWritten) -> Option<Diagnostic> {
    if section.builtin.is_some() || section.heading.is_some() {
        return None;
    }
    let id = &section.id.text;
    let builtins: Vec<&str> = SECTIONS.keywords().collect();
    let help = match suggest::closest(id, builtins.iter().copied()) {
        Some(best) => format!(
            "did you mean the built-in section `{best}`? For a section of your own, give its heading: `section {id} \"Heading\"`"
        ),
        None => format!(
            "give its heading: `section {id} \"Heading\"`; the built-in sections, which need none, are {}",
            builtins.join(", ")
        ),
    };
    Some(
        Diagnostic::new(
            Code::SectionWithoutHeading,
            section.id.span,
            format!("the section `{id}` has no heading"),
        )
        .label("not a built-in section, and no heading follows")
        .help(help),
    )
}

/// A section placed after a section neither built in nor declared before
/// it; `earlier` are the ids of the author's sections declared before it.
fn e0453_section_after_unknown(
    section: &SectionWritten,
    earlier: &[&str],
    declared: &[String],
) -> Option<Diagnostic> {
    let (after, false) = section.after.as_ref()? else {
        return None;
    };
    if section.builtin.is_some() {
        // A built-in section takes no `after` at all (E0454).
        return None;
    }
    let own = &section.id.text;
    let later = declared.contains(&after.text);
    let label = if later {
        "declared after this section, not before it"
    } else {
        "neither a built-in section nor one declared before"
    };
    let mut candidates: Vec<&str> = SECTIONS.keywords().collect();
    candidates.extend(earlier.iter().copied());
    let help = match suggest::closest(&after.text, candidates.iter().copied()) {
        Some(best) if best != after.text => format!("did you mean `{best}`?"),
        _ if later => format!(
            "declare `{}` before `{own}`, or place `{own}` after a built-in section",
            after.text
        ),
        _ => format!(
            "name a built-in section ({}) or one declared before",
            SECTIONS.keywords().collect::<Vec<_>>().join(", ")
        ),
    };
    Some(
        Diagnostic::new(
            Code::SectionAfterUnknown,
            after.span,
            format!(
                "the section `{own}` is placed after an unknown section `{}`",
                after.text
            ),
        )
        .label(label)
        .help(help),
    )
}

/// A built-in section given a place with `after`.
fn e0454_builtin_section_moved(section: &SectionWritten) -> Option<Diagnostic> {
    let (after, _) = section.after.as_ref()?;
    section.builtin?;
    Some(
        Diagnostic::new(
            Code::BuiltinSectionMoved,
            after.span,
            format!("the built-in section `{}` is given a place", section.id.text),
        )
        .label("built-in sections keep their place in the text")
        .help("remove `after`; to place text elsewhere, declare a section of your own with a heading, place it with `after` and put the clauses in it"),
    )
}

/// A section of the author's own that no clause is in: the text leaves an
/// empty section out, so the declaration prints nothing.
fn w0451_section_without_clauses(
    written: &Written,
    section: &SectionWritten,
) -> Option<Diagnostic> {
    let id = &section.id.text;
    if section.builtin.is_some()
        || section.heading.is_none()
        || written.clause_sections.contains(id)
    {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::SectionWithoutClauses,
            section.id.span,
            format!("the section `{id}` has no clause"),
        )
        .label("the text leaves an empty section out")
        .help(format!(
            "put a clause in it (`clause ID in {id} \"…\"`), or remove the section"
        )),
    )
}

/// A built-in section declared with nothing to say: no summary (and no
/// heading or place, which E0451 and E0454 report).
fn w0452_section_says_nothing(section: &SectionWritten) -> Option<Diagnostic> {
    if section.builtin.is_none()
        || section.summary
        || section.heading.is_some()
        || section.after.is_some()
    {
        return None;
    }
    let id = &section.id.text;
    Some(
        Diagnostic::new(
            Code::SectionSaysNothing,
            section.id.span,
            format!("the built-in section `{id}` is declared without a summary"),
        )
        .label("this declaration says nothing")
        .help(format!(
            "add its summary (`section {id} {{ summary \"…\" }}`), or remove the declaration"
        )),
    )
}

/// The checks of the `section` declarations.
fn sections(written: &Written, diags: &mut Vec<Diagnostic>) {
    let declared: Vec<String> = written
        .sections
        .iter()
        .filter(|s| s.builtin.is_none())
        .map(|s| s.id.text.clone())
        .collect();
    for (at, section) in written.sections.iter().enumerate() {
        let earlier: Vec<&str> = written
            .sections
            .iter()
            .take(at)
            .filter(|s| s.builtin.is_none())
            .map(|s| s.id.text.as_str())
            .collect();
        diags.extend(
            [
                e0451_section_id_builtin(section),
                e0452_section_without_heading(section),
                e0453_section_after_unknown(section, &earlier, &declared),
                e0454_builtin_section_moved(section),
                w0451_section_without_clauses(written, section),
                w0452_section_says_nothing(section),
            ]
            .into_iter()
            .flatten(),
        );
    }
}

/// For each data category, by position in `Parts::data`, the optional
/// categories it covers: itself, when optional, and its optional
/// descendants, found by walking up from each optional category.
fn optional_covered(parts: &Parts, spans: &SourceMap) -> Vec<Vec<usize>> {
    let mut covered = vec![Vec::new(); parts.data.len()];
    for (at, category) in parts.data.iter().enumerate() {
        if category.requirement != Some(Requirement::Optional) {
            continue;
        }
        let mut up = Some(at);
        // Parents come from the ids' dots, so the walk is as long as the
        // id is deep; the bound guards against a cycle all the same.
        for _ in 0..=parts.data.len() {
            let Some(here) = up else { break };
            if let Some(list) = covered.get_mut(here) {
                list.push(at);
            }
            up = spans.parents.get(here).copied().flatten();
        }
    }
    covered
}

/// W0415: `contact unstated`, under a regime that asks for a contact.
fn w0415_contact_unstated(header: &HeaderWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    let span = header.contact_unstated?;
    let cited = cited(regimes, Ask::Contact)?;
    Some(
        Diagnostic::new(
            Code::ContactUnstated,
            span,
            "the contact of the controller is unstated",
        )
        .label(format!("users must be given a way to contact the controller ({cited})"))
        .help("the text says nothing of it; when the source gives one, write it: `contact \"privacy@example.com\"`"),
    )
}

/// The first purpose marked `profiling`, with where the mark is written:
/// where W0360 reports a missing statement on automated decisions, and
/// why W0453 does not report it again.
pub(super) fn first_profiling<'a>(
    parts: &'a Parts,
    spans: &SourceMap,
) -> Option<(&'a model::Purpose, Span)> {
    parts
        .purposes
        .iter()
        .zip(&spans.purposes)
        .find_map(|(p, s)| Some((p, s.profiling?)))
}

/// The regimes the header declares; none when it does not say (W0410) or
/// when there is no header.
pub(super) fn regimes(written: &Written) -> &[Regime] {
    written
        .header
        .as_ref()
        .and_then(|h| h.regimes.as_deref())
        .unwrap_or(&[])
}

/// E0401: a file has a policy header.
fn e0401_missing_header() -> Diagnostic {
    Diagnostic::new(
        Code::MissingHeader,
        Span::new(0, 0),
        "this file has no policy header",
    )
    .label("expected `policy ID { … }`")
    .help("start the file with `policy my_policy { title \"Privacy Policy\" version 1.0.0 … }`")
}

/// The facts a header must state: name, an example, and why it is
/// needed. The controller and the contact are needed for the text to name
/// who answers for it; where a declared regime asks for them, the help
/// cites it (`who`).
const REQUIRED_FACTS: &[(&str, &str, Why)] = &[
    (
        "title",
        "title \"Privacy Policy\"",
        Why::Always("readers need to know what the document is"),
    ),
    (
        "version",
        "version 1.0.0",
        Why::Always("each edition needs a version so changes can be tracked"),
    ),
    (
        "effective",
        "effective 2026-12-01",
        Why::Always("readers need to know from when the policy applies"),
    ),
    (
        "language",
        "language en",
        Why::Always("the text is generated in the policy's language"),
    ),
    (
        "controller",
        "controller \"Company Inc\" { service \"…\" }",
        Why::Asked(
            Ask::ControllerIdentity,
            "name who is responsible for the data",
        ),
    ),
    (
        "published",
        "published \"https://example.com/privacy\"",
        Why::Always("users must be able to find the current edition"),
    ),
    (
        "contact",
        "contact \"privacy@example.com\"",
        Why::OnlyAsked(Ask::Contact, "give a way to contact the controller"),
    ),
];

/// Why a header fact is needed.
#[derive(Clone, Copy)]
enum Why {
    /// For the policy itself, under any regime.
    Always(&'static str),
    /// For the text, and asked by the regimes that ask `Ask`, for what
    /// the words say.
    Asked(Ask, &'static str),
    /// Only where a declared regime asks `Ask`; elsewhere the fact may be
    /// left out, and the text says nothing of it. Where it is asked, the
    /// source may not give it: `unstated` is offered too.
    OnlyAsked(Ask, &'static str),
}

impl Why {
    /// The reason in words, citing the declared regimes that ask for it;
    /// `None` when the fact is not needed under them.
    fn words(self, regimes: &[Regime]) -> Option<String> {
        match self {
            Why::Always(why) => Some(why.to_owned()),
            Why::Asked(ask, what) => Some(match cited(regimes, ask) {
                Some(cited) => format!("the policy must {what} ({cited})"),
                None => format!("the policy text must {what}"),
            }),
            Why::OnlyAsked(ask, what) => {
                cited(regimes, ask).map(|cited| format!("the policy must {what} ({cited})"))
            }
        }
    }
}

/// E0402: the header states every fact the policy needs, and the
/// controller names the service. A fact written in a broken form is
/// reported as such, not as missing.
fn e0402_missing_header_fact(
    header: &HeaderWritten,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    for &(fact, example, why) in REQUIRED_FACTS {
        if header.facts.contains(&fact) {
            continue;
        }
        let Some(reason) = why.words(regimes) else {
            continue;
        };
        let unstated = if matches!(why, Why::OnlyAsked(..)) {
            format!("; if the source gives none, write `{fact} unstated`")
        } else {
            String::new()
        };
        diags.push(
            Diagnostic::new(
                Code::MissingHeaderFact,
                header.head,
                format!("the policy header does not state `{fact}`"),
            )
            .label(format!("`{fact}` missing from this header"))
            .help(format!(
                "{reason}; add `{example}` to the policy header{unstated}"
            )),
        );
    }
    if let Some(name) = header.controller_without_service {
        diags.push(
            Diagnostic::new(Code::MissingHeaderFact, name, "the controller does not name the service")
                .label("`service` missing from this controller")
                .help("the policy must say which service it covers; add `service \"My Service\"` inside the controller block"),
        );
    }
}

/// E0403: a recipient abroad states a safeguard, under a regime that
/// asks for it.
fn e0403_transfer_abroad_without_safeguard(
    recipient: &RecipientWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let (country, span) = recipient.country.as_ref()?;
    if recipient.safeguard.is_some() || recipient.mechanism.is_some() {
        return None;
    }
    // Data sent inside a regime's own area (the EEA for the GDPR) is no
    // transfer abroad under that regime.
    let outside: Vec<Regime> = regimes
        .iter()
        .copied()
        .filter(|&r| !crate::countries::inside(r, country))
        .collect();
    let cited = cited(&outside, Ask::TransferSafeguard)?;
    Some(
        Diagnostic::new(
            Code::TransferAbroadWithoutSafeguard,
            *span,
            format!("`{}` is in {country} but no transfer mechanism is stated", recipient.id),
        )
        .label(format!("a transfer abroad needs a mechanism ({cited})"))
        .help(format!(
            "add the mechanism the transfer rests on, such as `mechanism standard_contractual_clauses` (one of {}; a derogation with its case), and `safeguard \"…\"` to describe it",
            vocab::MECHANISMS.keywords().collect::<Vec<_>>().join(", ")
        )),
    )
}

/// W0404: the text tells users they may complain to an authority, under a
/// regime that asks for it: declared, or stated by default where a
/// declared regime grants it and the policy does not say it does not
/// apply.
fn w0404_no_complaint_right(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    if parts.header.is_none() || stated(parts, regimes, RightKind::Complaint) {
        return None;
    }
    let cited = cited(regimes, Ask::Complaint)?;
    Some(
        Diagnostic::new(
            Code::NoComplaintRight,
            spans.header,
            "the policy does not mention the right to complain to an authority",
        )
        .label(format!("users must be told of this right ({cited})"))
        .help(declare_help(
            parts,
            RightKind::Complaint,
            "{ via \"the data protection authority\" }",
        )),
    )
}

/// W0450: a controller named as a group of companies ("Acme and its
/// affiliates") takes plural verbs in the text only when it says so; the
/// name alone is not trusted to decide, so the author is asked.
fn w0450_plural_controller_unstated(parts: &Parts, spans: &SourceMap) -> Option<Diagnostic> {
    let controller = &parts.header.as_ref()?.controller;
    let name = controller.name.to_lowercase();
    let group = [
        "and its affiliates",
        "and its subsidiaries",
        "and affiliates",
        "and subsidiaries",
    ];
    if controller.plural || !group.iter().any(|g| name.contains(g)) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::PluralControllerUnstated,
            spans.header,
            format!(
                "the controller \"{}\" reads as several companies, but the text will treat it as one",
                controller.name
            ),
        )
        .label("the text will say \"… is the controller\", \"… processes\"")
        .help("add `plural` to the controller block (`controller \"…\" { service \"…\" plural }`) so the text says \"are\" and \"process\""),
    )
}

/// E0405: a purpose says which data it uses.
fn e0405_purpose_without_data(purpose: &PurposeWritten) -> Option<Diagnostic> {
    (!purpose.uses).then(|| {
        purpose_lacks(purpose, Code::PurposeWithoutData, "uses no data")
            .label("a purpose must say which data it processes")
            .help("add `uses CATEGORY, …` to the purpose")
    })
}

/// The diagnostic at a purpose that leaves out what `code` asks for: "the
/// purpose `ID`" and what it `lacks`.
fn purpose_lacks(purpose: &PurposeWritten, code: Code, lacks: &str) -> Diagnostic {
    Diagnostic::new(
        code,
        purpose.span,
        format!("the purpose `{}` {lacks}", purpose.id),
    )
}

/// E0406: a purpose states its legal basis, or writes it as unstated,
/// under a regime that asks for it.
fn e0406_purpose_without_basis(purpose: &PurposeWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    if !matches!(purpose.basis, BasisWritten::Missing) {
        return None;
    }
    let cited = cited(regimes, Ask::Basis)?;
    Some(
        purpose_lacks(purpose, Code::PurposeWithoutBasis, "has no legal basis")
            .label(format!("the basis of each purpose must be stated ({cited})"))
            .help(format!(
                "add `basis {}`, `basis {}`, `basis {}` or `basis {} \"the interest\"`; if the source does not state it, write `basis {}`",
                Basis::Consent.as_str(),
                Basis::Contract.as_str(),
                Basis::LegalObligation.as_str(),
                Basis::LegitimateInterest.as_str(),
                Basis::Unstated.as_str()
            )),
    )
}

/// W0411: a basis written as unstated, under a regime that asks for it.
fn w0411_basis_unstated(purpose: &PurposeWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    let BasisWritten::Stated {
        span,
        basis: Basis::Unstated,
        ..
    } = purpose.basis
    else {
        return None;
    };
    let cited = cited(regimes, Ask::Basis)?;
    Some(
        Diagnostic::new(
            Code::BasisUnstated,
            span,
            format!("the legal basis of the purpose `{}` is unstated", purpose.id),
        )
        .label(format!("the basis of each purpose must be stated ({cited})"))
        .help(format!(
            "the text says nothing of it; when the basis is known, write it: `basis {}`, `basis {}`, …",
            Basis::Consent.as_str(),
            Basis::Contract.as_str()
        )),
    )
}

/// W0414: a retention written as unstated, under a regime that asks for
/// it, one warning per category.
fn w0414_retention_unstated(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(cited) = cited(regimes, Ask::Retention) else {
        return;
    };
    for (id, span) in &written.retention_unstated {
        diags.push(
            Diagnostic::new(
                Code::RetentionUnstated,
                *span,
                format!("how long `{id}` is kept is unstated"),
            )
            .label(format!("users must be told how long personal data is kept ({cited})"))
            .help(format!(
                "the text says nothing of it; when the period is known, write it: `retain {id} for 1 year from collection`, `retain {id} until \"…\"` or `retain {id} as_required_by_law`"
            )),
        );
    }
}

/// W0410: the header declares the regimes the policy answers to.
fn w0410_regimes_undeclared(header: &HeaderWritten) -> Option<Diagnostic> {
    if header.regimes.is_some() {
        return None;
    }
    let regimes: Vec<&str> = vocab::REGIMES.keywords().collect();
    Some(
        Diagnostic::new(
            Code::RegimesUndeclared,
            header.head,
            "the policy does not say which legal regimes it answers to",
        )
        .label("only the structural checks run")
        .help(format!(
            "add the regimes the policy answers to, one or more of {} (for example `regimes gdpr`), or `regimes {}` if it answers to none",
            vocab::listed(&regimes, " and "),
            vocab::NO_REGIME
        )),
    )
}

/// W0412: where a purpose rests on consent, the text tells users they
/// may withdraw it (declared or by default), under a regime that asks for
/// it. Reported once, at
/// the first purpose that rests on consent.
fn w0412_consent_without_withdrawal(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    if stated(parts, regimes, RightKind::WithdrawConsent) {
        return None;
    }
    let (purpose, at) = parts
        .purposes
        .iter()
        .zip(&spans.purposes)
        .find(|(p, _)| matches!(p.basis, Basis::Consent | Basis::ExplicitConsent))?;
    let cited = cited(regimes, Ask::Withdrawal)?;
    Some(
        Diagnostic::new(
            Code::ConsentWithoutWithdrawal,
            at.basis,
            format!(
                "the purpose `{}` rests on consent, but the policy does not say it can be withdrawn",
                purpose.id
            ),
        )
        .label(format!(
            "users must be told they may withdraw consent ({cited})"
        ))
        .help(declare_help(
            parts,
            RightKind::WithdrawConsent,
            "{ via \"…\" anytime }",
        )),
    )
}

/// The rights that apply only to some bases (DPV's GDPR mapping of bases
/// to rights): each right, what asks it, the bases it applies to, and
/// those bases in words.
const RIGHTS_BY_BASIS: &[(RightKind, Ask, &[Basis], &str)] = &[
    (
        RightKind::Portability,
        Ask::Portability,
        regimes::PORTABLE,
        "consent or a contract",
    ),
    (
        RightKind::Objection,
        Ask::Objection,
        regimes::OBJECTABLE,
        "legitimate interests or a public task",
    ),
];

/// W0413: a right that applies only to some bases is stated where some
/// purpose rests on one of them, under a regime that says so.
fn w0413_right_without_basis(
    parts: &Parts,
    spans: &SourceMap,
    written: &Written,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    for &(kind, ask, bases, words) in RIGHTS_BY_BASIS {
        let Some(cited) = cited(regimes, ask) else {
            continue;
        };
        if parts.purposes.iter().any(|p| bases.contains(&p.basis)) {
            continue;
        }
        // Direct marketing can be objected to whatever its basis (Art.
        // 21(2)): the right is stated for it.
        if kind == RightKind::Objection
            && regimes::cited(regimes, Ask::MarketingObjection).is_some()
            && parts.purposes.iter().any(|p| p.direct_marketing)
        {
            continue;
        }
        // Data sent on legitimate interests can be objected to as well
        // (written so, even where the transfer has an error of its own).
        if kind == RightKind::Objection
            && written.transfers.iter().any(|t| {
                t.texts
                    .iter()
                    .any(|g| g.ground == crate::model::Ground::LegitimateInterest)
            })
        {
            continue;
        }
        // Where the objection to direct marketing is asked, the right
        // applies to a purpose so marked as well.
        let marketing = (kind == RightKind::Objection)
            .then(|| regimes::cited(regimes, Ask::MarketingObjection))
            .flatten();
        let (also, or_mark) = match &marketing {
            Some(article) => (
                format!(", and to direct marketing on any basis ({article})"),
                ", or mark a purpose that is direct marketing `direct_marketing`",
            ),
            None => (String::new(), ""),
        };
        // `model.rights` is parallel to `Parts::rights`.
        for (_, &span) in parts
            .rights
            .iter()
            .zip(&spans.model.rights)
            .filter(|(r, _)| r.kind == kind && r.not_applicable.is_none())
        {
            diags.push(
                Diagnostic::new(
                    Code::RightWithoutBasis,
                    span,
                    format!(
                        "the right `{}` is stated, but no purpose rests on {words}",
                        kind.keyword()
                    ),
                )
                .label(format!(
                    "this right applies only to processing on {words} ({cited}){also}"
                ))
                .help(format!(
                    "remove the right, or state the basis of the purpose it applies to: {}{or_mark}",
                    vocab::listed(
                        &bases.iter().map(|b| b.as_str()).collect::<Vec<_>>(),
                        " or "
                    )
                )),
            );
        }
    }
}

/// W0407: a notice period is real only when editions wait for it.
fn w0407_notice_contradicted(parts: &Parts, written: &Written, diags: &mut Vec<Diagnostic>) {
    let (Some(changes), Some(effective)) = (&parts.changes, written.changes_effective) else {
        return;
    };
    let (Some(notice), Some(TakesEffect::OnPublication)) = (changes.notice, changes.effective)
    else {
        return;
    };
    diags.push(
        Diagnostic::new(
            Code::NoticeContradicted,
            effective,
            format!(
                "users get {notice} of notice, but a new edition takes effect when it is published"
            ),
        )
        .label("takes effect at once")
        .note(
            written.changes_notice.unwrap_or(effective),
            "the notice period is stated here",
        )
        .help(format!(
            "write `effective {}` so the notice period is real, or remove `notice`",
            TakesEffect::AfterNotice.keyword()
        )),
    );
}

/// W0109: a declared recipient receives some data: by a transfer, or as
/// the provider (`provider ID`) of a third-party tracker that collects
/// data.
fn w0109_unused_recipient(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let providing = parts
        .trackers
        .iter()
        .filter(|t| t.party == Party::Third && !t.collects.is_empty())
        .filter_map(|t| t.recipient.as_deref());
    let receiving: HashSet<&str> = spans
        .declared_receivers
        .iter()
        .map(String::as_str)
        .chain(providing)
        .collect();
    for recipient in &parts.recipients {
        if receiving.contains(recipient.id.as_str()) {
            continue;
        }
        // Lowering records the span of every recipient it keeps in the
        // parts; without one, the warning would point at the file's start.
        let span = spans
            .recipients
            .get(&recipient.id)
            .copied()
            .unwrap_or_default();
        diags.push(
            Diagnostic::new(
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

/// W0419: a transfer's ground written as unstated, under a regime that
/// asks for it.
fn w0419_ground_unstated(transfer: &TransferWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    let span = transfer.unstated?;
    let cited = cited(regimes, Ask::TransferGround)?;
    Some(
        Diagnostic::new(
            Code::GroundUnstated,
            span,
            format!(
                "the ground of the transfer to `{}` is unstated",
                transfer.recipient
            ),
        )
        .label(format!("the ground of each transfer must be stated ({cited})"))
        .help(format!(
            "the text says only that the recipient receives the information; when the ground is known, write it: `on {}`, `on {}`, …",
            Ground::Consent.as_str(),
            Ground::Contract.as_str()
        )),
    )
}

/// W0453: the notice says whether decisions are made about the user
/// solely by automated means, profiling included (GDPR and UK GDPR Art.
/// 13(2)(f)): a `decision` for each that is, or a statement that there is
/// none, in the header (`automated_decisions none`) or as a commitment
/// (`commit no_automated_decisions`). Where a purpose profiles the user,
/// W0360 says so at that purpose, the more specific place, and this one
/// is not repeated: one diagnostic for one missing fact.
fn w0453_automated_decisions_not_stated(
    parts: &Parts,
    spans: &SourceMap,
    written: &Written,
    cited: &str,
) -> Option<Diagnostic> {
    let header = written.header.as_ref()?;
    if written.states_decisions() || first_profiling(parts, spans).is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::AutomatedDecisionsNotStated,
            header.head,
            "the policy does not say whether automated decisions are made",
        )
        .label(format!(
            "a notice says whether decisions are made solely by automated means, or that none are ({cited})"
        ))
        .help(format!(
            "where none are made, write `automated_decisions {}` in the header or `commit {}`; otherwise declare each decision made solely by automated means (`decision ID \"LABEL\" {{ … }}`)",
            vocab::NO_DECISIONS,
            model::CommitmentKind::NoAutomatedDecisions.keyword()
        )),
    )
}

/// W0454: a free-text security measure that reads like a warranty of an
/// outcome ("necessary and sufficient", "guarantee", "fully secure"):
/// the law asks for measures appropriate to the risk (GDPR Art. 24(1),
/// 32(1)), and a notice that warrants more states what no one can keep
/// and reads as a term of a contract. The phrases are one table,
/// `super::promises::warranty_in`.
fn w0454_security_warranty(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let measures = vocab::SECURITY_MEASURES
        .keywords()
        .take(3)
        .collect::<Vec<_>>()
        .join(", ");
    for (measure, &span) in parts.security.iter().zip(&spans.model.security) {
        let Some(phrase) = super::promises::warranty_in(&measure.text) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::SecurityWarranty,
                span,
                format!(
                    "the security measure `{}` says \"{phrase}\", which reads like a warranty",
                    measure.id
                ),
            )
            .label("a notice states the measures taken, not that they make the data secure")
            .help(format!(
                "declare the measures typed (`security {{ measures {measures}, … }}`), which the text states in definite words, and say of the rest what is done without a warranty (\"appropriate technical and organisational measures\", GDPR Art. 32), in place of \"{phrase}\""
            )),
        );
    }
}

/// W0460: each expanding change of an edition over the one released
/// before it that its `changes` block gives no reason for. Users are told
/// of an expansion before it takes effect, and the change notice says why
/// from these reasons; the build runs this check, as it reads the history,
/// and so does `policyc check` ([`crate::driver::check::history_lints`]).
pub fn w0460_expansion_without_rationale(
    diff: &crate::diff::Diff,
    old: &crate::model::Policy,
    new: &crate::model::Policy,
    at: Span,
) -> Vec<Diagnostic> {
    let (was, now) = (&old.header.version, &new.header.version);
    diff.of_class(crate::diff::Class::Expanding)
        .filter(|change| crate::diff::rationale(new, change).is_none())
        .map(|change| {
            Diagnostic::new(
                Code::ExpansionWithoutRationale,
                at,
                format!(
                    "{now} expands the policy over {was} without saying why: {}",
                    change.explanation()
                ),
            )
            .label(format!("{now} gives no reason for this change"))
            .help(format!(
                "say why in the `changes` block, in words for users: `because {} \"…\"`; the change notice tells users this reason",
                change.subject
            ))
        })
        .collect()
}

/// E0455: an edition published after the date it takes effect
/// (`published DATE "URL"` later than `effective`): readers can read an
/// edition only once it is published, and the notice and the text state
/// both dates. At the `published` line, with a note at `effective`.
fn e0455_published_after_effective(parts: &Parts, spans: &SourceMap) -> Option<Diagnostic> {
    let header = parts.header.as_ref()?;
    let (published, effective) = (header.published_on?, header.effective);
    if published <= effective {
        return None;
    }
    let at = &spans.model.header;
    Some(
        Diagnostic::new(
            Code::PublishedAfterEffective,
            at.published_or_effective(),
            format!("the edition is published on {published}, after it takes effect on {effective}"),
        )
        .label(format!("published {published}, after `effective {effective}`"))
        .note(at.effective_or_head(), "it takes effect here")
        .help(format!(
            "an edition is published before it takes effect, so that readers can read it first: publish it on {effective} or earlier, or set `effective` to {published} or later (and, for an edition that expands the policy, the promised notice period after it)"
        )),
    )
}

/// W0456: an expanding edition published later than its effective date
/// minus the promised notice period (`changes { notice … }`, the longer
/// of the two editions'): readers have less notice than the policy
/// promises, counted from when they can read it, even when the edition
/// takes effect late enough after the one before it (E0504). Run with
/// W0460, from the history.
pub fn w0456_publication_leaves_short_notice(
    diff: &crate::diff::Diff,
    old: &crate::model::Policy,
    new: &crate::model::Policy,
    at: Span,
) -> Vec<Diagnostic> {
    let Some(published) = new.header.published_on else {
        return Vec::new();
    };
    if diff.class() != Some(crate::diff::Class::Expanding) {
        return Vec::new();
    }
    let Some(notice) = [old, new]
        .iter()
        .filter_map(|p| p.changes.as_ref().and_then(|c| c.notice))
        .max_by_key(|d| d.approx_days())
    else {
        return Vec::new();
    };
    let effective = new.header.effective;
    let latest = crate::diff::latest_publication(effective, notice);
    if published <= latest {
        return Vec::new();
    }
    let (now, given) = (
        &new.header.version,
        crate::diff::days(effective) - crate::diff::days(published),
    );
    let given = match given {
        1 => "1 day".to_owned(),
        d => format!("{d} days"),
    };
    let effective_from = crate::diff::notice_end(published, notice);
    vec![
        Diagnostic::new(
            Code::PublicationLeavesShortNotice,
            at,
            format!(
                "{now} expands the policy and is published on {published}, {given} before it takes effect on {effective}: readers get less notice than the policy promises ({notice})"
            ),
        )
        .label(format!("publish on {latest} or earlier"))
        .help(format!(
            "users are promised {notice} of notice before a change takes effect (`changes {{ notice … }}`): publish {now} on {} or earlier, or set `effective` to {effective_from} or later",
            latest.long(),
        )),
    ]
}

/// W0461: a reason the new edition gives (`because ID`) that no change of
/// it concerns: left from an earlier edition, or a misspelt id. Left in,
/// it would explain a later change of the same id that it was not written
/// for.
pub fn w0461_rationale_without_change(
    diff: &crate::diff::Diff,
    old: &crate::model::Policy,
    new: &crate::model::Policy,
    at: Span,
) -> Vec<Diagnostic> {
    let Some(changes) = &new.changes else {
        return Vec::new();
    };
    let was = &old.header.version;
    changes
        .rationales
        .iter()
        .filter(|r| {
            r.aspect.is_none()
                && !diff
                    .changes
                    .iter()
                    .any(|c| crate::model::is_within(&c.subject, &r.subject))
        })
        .map(|r| {
            Diagnostic::new(
                Code::RationaleWithoutChange,
                at,
                format!(
                    "`because {}` gives a reason, but {} changes nothing about `{}` over {was}",
                    r.subject, new.header.version, r.subject
                ),
            )
            .label("a reason for no change of this edition")
            .help(format!(
                "remove `because {}` from the `changes` block, or correct its id to what changed; `policyc diff` lists the changes",
                r.subject
            ))
        })
        .collect()
}

/// W0429: a reason that names an aspect of its subject's change
/// (`because profile retention "…"`) where the edition changes nothing of
/// that aspect about the subject: left from an earlier edition, the wrong
/// aspect, or the wrong id. It would explain nothing in the notice, or a
/// later change it was not written for.
pub fn w0429_aspect_without_change(
    diff: &crate::diff::Diff,
    old: &crate::model::Policy,
    new: &crate::model::Policy,
    at: Span,
) -> Vec<Diagnostic> {
    let Some(changes) = &new.changes else {
        return Vec::new();
    };
    let was = &old.header.version;
    changes
        .rationales
        .iter()
        .filter_map(|r| {
            let aspect = r.aspect?;
            if crate::diff::explains_some(r, &diff.changes) {
                return None;
            }
            let word = vocab::CHANGE_ASPECTS
                .values
                .iter()
                .find(|v| v.value == aspect)
                .map_or("", |v| v.keyword);
            let mut named: Vec<&str> = diff
                .changes
                .iter()
                .filter(|c| crate::model::is_within(&c.subject, &r.subject))
                .filter_map(|c| {
                    vocab::CHANGE_ASPECTS
                        .values
                        .iter()
                        .find(|v| c.kind.is_of(v.value))
                        .map(|v| v.keyword)
                })
                .collect();
            named.sort_unstable();
            named.dedup();
            let help = if named.is_empty() {
                format!(
                    "remove `because {} {word}`, or write it bare (`because {} \"…\"`) if it explains every change of `{}`; `policyc diff` lists the changes",
                    r.subject, r.subject, r.subject
                )
            } else {
                format!(
                    "name an aspect that changed ({}), or remove the reason; `policyc diff` lists the changes",
                    named
                        .iter()
                        .map(|w| format!("`because {} {w}`", r.subject))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            Some(
                Diagnostic::new(
                    Code::AspectWithoutChange,
                    at,
                    format!(
                        "`because {} {word}` gives a reason, but {} changes nothing of {} about `{}` over {was}",
                        r.subject,
                        new.header.version,
                        vocab::CHANGE_ASPECTS
                            .values
                            .iter()
                            .find(|v| v.value == aspect)
                            .map_or("", |v| v.text),
                        r.subject
                    ),
                )
                .label("a reason for no change of this edition")
                .help(help),
            )
        })
        .collect()
}

/// W0471: the text's Flesch reading ease (`ease`, of `sentences`
/// sentences and `words` words) is below `[text] min_reading_ease`
/// (`min`). It judges the composed text, not the declarations, so
/// `policyc check` runs it with the thresholds of `policyc.toml`
/// (`readability::judge`); it points at the header, which names the text.
pub fn w0471_hard_to_read(
    ease: f64,
    min: i32,
    (sentences, words): (usize, usize),
    header: Span,
) -> Option<Diagnostic> {
    if ease >= f64::from(min) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::HardToRead,
            header,
            format!("the text's reading ease is {ease}, below the {min} the project asks for"),
        )
        .label(format!(
            "{sentences} sentences of {:.1} words on average",
            per(words, sentences)
        ))
        .help("use shorter sentences and words: declare `short` labels for what is mentioned often, split long descriptions, or lower `[text] min_reading_ease` in policyc.toml"),
    )
}

/// Words per sentence, for the label of W0471.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of words in a text are exact in an f64"
)]
fn per(words: usize, sentences: usize) -> f64 {
    words as f64 / sentences.max(1) as f64
}

/// The longest sentence of a text: its clause's number, its words and
/// the sentence.
pub type Longest<'a> = (&'a str, usize, &'a str);

/// W0472: the longest sentence of the text has more words than `[text]
/// max_sentence_words` (`max`); it points at the declaration the
/// sentence is said from (`at`) and quotes it.
pub fn w0472_sentence_too_long(
    (clause, words, text): Longest<'_>,
    max: usize,
    at: Span,
) -> Option<Diagnostic> {
    if words <= max {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::SentenceTooLong,
            at,
            format!(
                "a sentence of the text (clause {clause}) has {words} words, more than the {max} the project allows"
            ),
        )
        .label("the sentence is said from this declaration")
        .help(format!(
            "split it or shorten the labels it lists (`short \"…\"`), or raise `[text] max_sentence_words`: \"{text}\""
        )),
    )
}

/// W0473: the summary at the top of the text, the first layer a reader
/// takes in at a glance, has more words (`words`) than `[text]
/// max_summary_words` (`max`). The summary cuts a long list short by
/// itself, so what makes it long is long labels and retention lines: the
/// help quotes its longest line or entry (`longest`). It points at the
/// header, which names the text.
pub fn w0473_summary_too_long(
    words: usize,
    max: usize,
    longest: Option<&str>,
    header: Span,
) -> Option<Diagnostic> {
    if words <= max {
        return None;
    }
    let longest = longest.map_or_else(String::new, |l| format!("; its longest entry: \"{l}\""));
    Some(
        Diagnostic::new(
            Code::SummaryTooLong,
            header,
            format!("the summary at the top of the text has {words} words, more than the {max} the project allows"),
        )
        .label("the summary of this policy's text is longer than one screen")
        .help(format!(
            "declare `short` labels for the data categories and purposes it lists, or raise `[text] max_summary_words` in policyc.toml{longest}"
        )),
    )
}

/// W0432: a controller established outside the Union names its
/// representative in it (GDPR Art. 27(1)), whose identity the notice
/// gives (Art. 13(1)(a)). Judged only where the controller states its
/// country: where it does not, nothing says it is abroad. A country the
/// table does not place in the EEA is outside it.
fn w0432_representative_missing(
    header: &model::Header,
    written: &HeaderWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let controller = &header.controller;
    let country = controller.country.as_deref()?;
    if controller.eu_representative.is_some()
        || crate::countries::area(country) == Some(crate::countries::Area::Eea)
    {
        return None;
    }
    let cited = cited(regimes, Ask::EuRepresentative)?;
    Some(
        Diagnostic::new(
            Code::RepresentativeMissing,
            written.controller.unwrap_or(written.head),
            format!(
                "{} is established in {country}, outside the EU and EEA, but names no representative in the EU",
                controller.name
            ),
        )
        .label(format!(
            "a controller outside the Union that offers its service there designates a representative in it ({cited})"
        ))
        .help("add `eu_representative \"Name, postal address in the EU\"` to the controller block; if Art. 27(2) exempts the controller (occasional processing, no large-scale special categories), accept W0432 in `policyc.toml` with that reason"),
    )
}

/// W0426: the controller's identity comes with its contact details (GDPR
/// Art. 13(1)(a)): an e-mail contact alone leaves the user no postal
/// address to write to or serve a claim on. An `address` written but
/// malformed is reported where it is written, not here.
fn w0426_controller_without_address(
    header: &HeaderWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let controller = header.controller?;
    if header.controller_address {
        return None;
    }
    let cited = cited(regimes, Ask::ControllerAddress)?;
    Some(
        Diagnostic::new(
            Code::ControllerWithoutAddress,
            controller,
            "the controller states no postal address",
        )
        .label(format!(
            "users must be told the controller's identity and contact details ({cited})"
        ))
        .help("add `address \"street, postcode and city, country\"` to the controller block; the text says it after the controller's name"),
    )
}

/// W0427: where the controller is established is part of its identity
/// (Art. 13(1)(a)) and decides whether it names a representative in the
/// Union (Art. 27(1), W0432) and has a lead authority (Art. 56(1),
/// W0434); without `country` neither can be judged.
fn w0427_controller_without_country(
    header: &HeaderWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let controller = header.controller?;
    if header.controller_country {
        return None;
    }
    let cited = cited(regimes, Ask::ControllerCountry)?;
    Some(
        Diagnostic::new(
            Code::ControllerWithoutCountry,
            controller,
            "the controller does not say in which country it is established",
        )
        .label(format!(
            "where the controller is established is part of its identity, and decides whether it names a representative in the Union ({cited})"
        ))
        .help("add `country \"…\"` to the controller block, for example `country \"Ireland\"`; the text says \"… is established in Ireland.\""),
    )
}

/// W0428: the notice gives the data protection officer's contact details
/// where one is designated (Art. 13(1)(b)); whether one must be (Art.
/// 37(1)) is the controller's to say, so the policy states either the
/// contact or the reason there is none, which the text says.
fn w0428_dpo_unstated(header: &HeaderWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    let controller = header.controller?;
    if header.controller_dpo {
        return None;
    }
    let cited = cited(regimes, Ask::DataProtectionOfficer)?;
    Some(
        Diagnostic::new(
            Code::DpoUnstated,
            controller,
            "the controller names no data protection officer and gives no reason none is designated",
        )
        .label(format!(
            "users must be given the contact details of the data protection officer, where one is designated ({cited})"
        ))
        .help("add `dpo \"dpo@example.com\"` to the controller block, or `dpo none \"why none is designated\"` (for example, that the core activities involve neither large-scale monitoring nor special categories of data), which the text says"),
    )
}

/// W0434: only a controller whose main establishment is in the Union has a
/// lead supervisory authority (GDPR Art. 56(1), the "one-stop shop"); one
/// established elsewhere answers to the authority of every member state
/// where its users are, so naming one authority as the lead misleads the
/// reader about where to complain. Judged only where the country is
/// stated.
fn w0434_lead_authority_abroad(
    header: &model::Header,
    written: &HeaderWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let controller = &header.controller;
    let authority = controller.lead_authority.as_deref()?;
    let country = controller.country.as_deref()?;
    if crate::countries::area(country) == Some(crate::countries::Area::Eea) {
        return None;
    }
    let cited = cited(regimes, Ask::LeadAuthority)?;
    Some(
        Diagnostic::new(
            Code::LeadAuthorityAbroad,
            written.controller.unwrap_or(written.head),
            format!(
                "{} names {authority} as its lead supervisory authority, but is established in {country}, outside the EU and EEA",
                controller.name
            ),
        )
        .label(format!(
            "only a controller whose main establishment is in the Union has a lead supervisory authority ({cited})"
        ))
        .help("if the main establishment is in the Union, state that country in `country \"…\"`; otherwise remove `lead_authority`: users may complain to the authority of the member state where they live or work, or where the infringement happened"),
    )
}

/// The grounds whose disclosures serve a purpose of their own, which the
/// policy's purposes do not otherwise list, each with the purpose a fix
/// declares: its id, label and basis.
const GROUND_PURPOSES: &[(Ground, &str, &str, &str)] = &[
    (
        Ground::LegalObligation,
        "legal_requests",
        "Answering lawful requests from authorities",
        "legal_obligation",
    ),
    (
        Ground::RightsProtection,
        "legal_claims",
        "Establishing, exercising or defending legal claims",
        "legitimate_interest \"defending legal claims\"",
    ),
    (
        Ground::BusinessTransfer,
        "business_transfer",
        "Selling or transferring the business",
        "legitimate_interest \"selling or transferring the business\"",
    ),
];

/// W0433: a disclosure on a legal obligation, the protection of rights or
/// a business transfer serves a purpose (answering authorities, legal
/// claims, a sale) that the list of purposes, which says data is used for
/// those only, must name (GDPR Art. 13(1)(c)). The transfer names it with
/// `for PURPOSE`; one warning per transfer, at it.
fn w0433_ground_purpose_undeclared(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(cited) = cited(regimes, Ask::GroundPurpose) else {
        return;
    };
    for (transfer, transfer_spans) in parts.transfers.iter().zip(&spans.transfers) {
        if !transfer.purposes.is_empty() {
            continue;
        }
        let implied = GROUND_PURPOSES
            .iter()
            .find(|(ground, ..)| transfer.grounds.contains(ground));
        let Some(&(ground, id, label, basis)) = implied else {
            continue;
        };
        let data = transfer.data.join(", ");
        diags.push(
            Diagnostic::new(
                Code::GroundPurposeUndeclared,
                transfer_spans.whole,
                format!(
                    "`{}` receives data on `{}`, but the transfer names no declared purpose it serves",
                    transfer.recipient,
                    ground.keyword()
                ),
            )
            .label(format!(
                "the purposes of every processing, disclosures included, are listed ({cited})"
            ))
            .help(format!(
                "declare the purpose, `purpose {id} \"{label}\" {{ uses {data} basis {basis} }}`, and name it: `transfer {data} to {} for {id} on {}`",
                transfer.recipient,
                ground.keyword()
            )),
        );
    }
}

/// The checks of anonymous data (`identity anonymous`): E0424 under every
/// regime, since `anonymised_by` on other data states nothing; E0420 to
/// E0423 under a regime for which anonymous data is outside its scope
/// only when it relates to no one (GDPR Recital 26).
fn anonymous(
    parts: &Parts,
    spans: &SourceMap,
    combinations: &[CombineWritten],
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    e0424_method_on_identifiable_data(parts, spans, diags);
    let Some(cited) = cited(regimes, Ask::Anonymous) else {
        return;
    };
    e0420_anonymous_profiled(parts, spans, &cited, diags);
    e0421_anonymous_per_user_retention(parts, spans, &cited, diags);
    e0422_anonymous_recombined(parts, spans, combinations, &cited, diags);
    e0423_anonymous_without_method(parts, spans, &cited, diags);
}

/// The first of `ids` that names a category identifying the user, with
/// its span: what anonymous data used or combined with it is recombined
/// with (E0422).
fn identifying_among<'a>(
    parts: &Parts,
    spans: &SourceMap,
    ids: &'a [(String, Span)],
) -> Option<&'a (String, Span)> {
    ids.iter().find(|(id, _)| {
        spans
            .data_index
            .get(&parts.data, id)
            .and_then(|at| parts.data.get(at))
            .is_some_and(|c| model::identifies(c.identity))
    })
}

/// The category `id` names, when it is anonymous.
fn anonymous_category<'a>(
    parts: &'a Parts,
    spans: &SourceMap,
    id: &str,
) -> Option<&'a model::DataCategory> {
    let at = spans.data_index.get(&parts.data, id)?;
    parts
        .data
        .get(at)
        .filter(|c| c.identity == Identity::Anonymous)
}

/// E0420: a purpose that profiles the user or is direct marketing acts
/// on a person, so the data it uses relates to that person: anonymous
/// data cannot serve it (Art. 4(4), 21(2), Recital 26). At each use.
fn e0420_anonymous_profiled(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        let (what, flag) = if purpose.profiling {
            ("profiles the user", purpose_spans.profiling)
        } else if purpose.direct_marketing {
            ("is direct marketing", purpose_spans.direct_marketing)
        } else {
            continue;
        };
        for (id, span) in &purpose_spans.uses {
            if anonymous_category(parts, spans, id).is_none() {
                continue;
            }
            let mut diag = Diagnostic::new(
                Code::AnonymousProfiled,
                *span,
                format!(
                    "the purpose `{}` {what}, but uses `{id}`, which is declared anonymous",
                    purpose.id
                ),
            )
            .label(format!(
                "data that singles out, evaluates or targets a person relates to that person: it is personal data ({cited})"
            ))
            .help(format!(
                "declare `identity {}` on `{id}` (and drop `anonymised_by`), or remove `{id}` from the purpose's `uses`",
                Identity::Pseudonymized.as_str()
            ));
            if let Some(flag) = flag {
                diag = diag.note(flag, "the purpose is declared so here");
            }
            diags.push(diag);
        }
    }
}

/// The events of one user: data kept until one of them is kept per user.
const PER_USER_EVENTS: [vocab::Event; 3] = [
    vocab::Event::LastUse,
    vocab::Event::AccountClosure,
    vocab::Event::EndOfContract,
];

/// The per-user event a period counts from or lasts until, if any.
fn per_user_event(period: &model::Period) -> Option<&'static str> {
    let event = match period {
        model::Period::For { from, .. } => from,
        model::Period::Until { event } => event,
        model::Period::AsRequiredByLaw | model::Period::Criteria { .. } => return None,
    };
    PER_USER_EVENTS
        .iter()
        .map(|e| e.entry())
        .find(|e| e.text == event)
        .map(|e| e.keyword)
}

/// E0421: anonymous data kept until an event of one user (the last use,
/// the closure of the account, the end of the contract) is kept per user,
/// so it still relates to that user. At the category that states
/// `identity anonymous`.
fn e0421_anonymous_per_user_retention(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (at, category) in parts.data.iter().enumerate() {
        if category.identity != Identity::Anonymous {
            continue;
        }
        let Some(&Some(stated)) = spans.identity.get(at) else {
            continue;
        };
        let Some(event) = category.retention.iter().find_map(per_user_event) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::AnonymousPerUserRetention,
                stated,
                format!(
                    "`{}` is declared anonymous, but is kept until `{event}`, an event of one user",
                    category.id
                ),
            )
            .label(format!(
                "data erased when a user leaves is kept per user: it relates to that user ({cited})"
            ))
            .help(format!(
                "keep anonymous data for a time that concerns no one user (`retain {} for 2 years from collection`), or declare it `identity {}`",
                category.id,
                Identity::Pseudonymized.as_str()
            )),
        );
    }
}

/// E0422: anonymous data that is combined with data that identifies the
/// user can be linked back to the user: a category inside or around an
/// identifying one, a purpose that uses both, or a `combine` that names
/// both.
fn e0422_anonymous_recombined(
    parts: &Parts,
    spans: &SourceMap,
    combinations: &[CombineWritten],
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let label = format!(
        "anonymous data combined with data that identifies the user can be linked back to the user ({cited})"
    );
    for (at, category) in parts.data.iter().enumerate() {
        let parent = spans
            .parents
            .get(at)
            .copied()
            .flatten()
            .and_then(|p| parts.data.get(p));
        let (Some(parent), Some(&span)) = (parent, spans.data.get(at)) else {
            continue;
        };
        let pair = (parent.identity, category.identity);
        let anonymous_in_identifying = pair.1 == Identity::Anonymous && model::identifies(pair.0);
        let identifying_in_anonymous = pair.0 == Identity::Anonymous && model::identifies(pair.1);
        if !anonymous_in_identifying && !identifying_in_anonymous {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::AnonymousRecombined,
                span,
                format!(
                    "`{}` is {} inside `{}`, which is {}",
                    category.id,
                    category.identity.as_str(),
                    parent.id,
                    parent.identity.as_str()
                ),
            )
            .label(label.clone())
            .help(format!(
                "declare the anonymous data as a category of its own, outside `{}`",
                parent.id
            )),
        );
    }
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        let Some((other, other_span)) = identifying_among(parts, spans, &purpose_spans.uses) else {
            continue;
        };
        for (id, span) in &purpose_spans.uses {
            if anonymous_category(parts, spans, id).is_none() {
                continue;
            }
            diags.push(
                Diagnostic::new(
                    Code::AnonymousRecombined,
                    *span,
                    format!(
                        "the purpose `{}` uses `{id}`, declared anonymous, together with `{other}`, which identifies the user",
                        purpose.id
                    ),
                )
                .label(label.clone())
                .note(*other_span, "the identifying data is used here")
                .help(format!(
                    "use `{id}` in a purpose of its own, apart from identifying data, or declare it `identity {}`",
                    Identity::Pseudonymized.as_str()
                )),
            );
        }
    }
    for combination in combinations {
        let Some((other, other_span)) = identifying_among(parts, spans, &combination.data) else {
            continue;
        };
        for (id, span) in &combination.data {
            if anonymous_category(parts, spans, id).is_none() {
                continue;
            }
            diags.push(
                Diagnostic::new(
                    Code::AnonymousRecombined,
                    *span,
                    format!(
                        "`{id}`, declared anonymous, is combined with `{other}`, which identifies the user"
                    ),
                )
                .label(label.clone())
                .note(*other_span, "the identifying data is combined here")
                .help(format!(
                    "combine `{id}` with no data that identifies the user, or declare it `identity {}`",
                    Identity::Pseudonymized.as_str()
                )),
            );
        }
    }
}

/// E0423: data is anonymous only by a method that makes it so, which the
/// policy states (`anonymised_by "…"`) and the text gives as the reason it
/// is not personal information. At `identity anonymous`.
fn e0423_anonymous_without_method(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (at, category) in parts.data.iter().enumerate() {
        if category.identity != Identity::Anonymous || category.anonymised_by.is_some() {
            continue;
        }
        let Some(&Some(stated)) = spans.identity.get(at) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::AnonymousWithoutMethod,
                stated,
                format!(
                    "`{}` is declared anonymous, but does not say how it was made anonymous",
                    category.id
                ),
            )
            .label(format!(
                "data is outside the regulation only when it can no longer be linked to anyone; say how ({cited})"
            ))
            .help(format!(
                "state the method after the identity: `identity {} anonymised_by \"aggregation to city level\"`",
                Identity::Anonymous.as_str()
            )),
        );
    }
}

/// E0424: `anonymised_by` explains why data is anonymous; on data that is
/// not, it states a method the text would not say.
fn e0424_method_on_identifiable_data(
    parts: &Parts,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for (at, category) in parts.data.iter().enumerate() {
        if category.identity == Identity::Anonymous {
            continue;
        }
        let Some(&Some(span)) = spans.anonymised_by.get(at) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::MethodOnIdentifiableData,
                span,
                format!(
                    "`{}` states how it was made anonymous, but it is {}",
                    category.id,
                    category.identity.as_str()
                ),
            )
            .label("`anonymised_by` applies to anonymous data only")
            .help(format!(
                "declare `identity {}` if the data relates to no one, or remove `anonymised_by`",
                Identity::Anonymous.as_str()
            )),
        );
    }
}

/// Whether the text grants the right `kind`: declared and applying, or
/// granted by a declared regime (which the text then states by default)
/// and not declared.
fn stated(parts: &Parts, regimes: &[Regime], kind: RightKind) -> bool {
    regimes::states(regimes, &bases(parts), &parts.rights, kind)
}

/// How to have the text state the right `kind`: add it with `block`, or,
/// where the policy says it does not apply, take that back.
fn declare_help(parts: &Parts, kind: RightKind, block: &str) -> String {
    let keyword = kind.keyword();
    if parts
        .rights
        .iter()
        .any(|r| r.kind == kind && r.not_applicable.is_some())
    {
        format!("replace `right {keyword} not_applicable …` with `right {keyword} {block}`")
    } else {
        format!("add `right {keyword} {block}`")
    }
}

/// The bases the policy relies on ([`regimes::relied_on`]).
fn bases(parts: &Parts) -> Vec<Basis> {
    regimes::relied_on(&parts.purposes, &parts.transfers)
}

/// E0425: a right said not to apply is one a declared regime grants the
/// policy's users: the text says why it does not apply in place of
/// stating it, and says nothing of a right no regime grants.
fn e0425_not_applicable_not_granted(
    parts: &Parts,
    spans: &SourceMap,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let bases = bases(parts);
    // The objection to direct marketing is granted whatever the basis
    // (GDPR Art. 21(2)); saying it does not apply is W0423's to judge.
    let marketing = parts.purposes.iter().any(|p| p.direct_marketing)
        && cited(regimes, Ask::MarketingObjection).is_some();
    // `model.rights` is parallel to `Parts::rights`.
    for (right, &span) in parts.rights.iter().zip(&spans.model.rights) {
        if right.not_applicable.is_none()
            || regimes::grants(regimes, &bases, right.kind)
            || (marketing && right.kind == RightKind::Objection)
        {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::NotApplicableNotGranted,
                span,
                format!(
                    "the right `{}` is declared not_applicable, but no declared regime grants it to this policy's users",
                    right.kind.keyword()
                ),
            )
            .label("the text says why a right does not apply only where the law grants it")
            .help(format!(
                "remove `right {} not_applicable …`: the text then says nothing of this right{}",
                right.kind.keyword(),
                why_not_granted(right.kind)
            )),
        );
    }
}

/// Where a right is granted only on some bases, which they are.
fn why_not_granted(kind: RightKind) -> String {
    RIGHTS_BY_BASIS
        .iter()
        .find(|(k, ..)| *k == kind)
        .map_or_else(String::new, |(_, _, _, words)| {
            format!(", which applies only to processing on {words}")
        })
}

/// E0426: `not_applicable ""` says nothing, where the reader is owed the
/// reason a right does not apply.
fn e0426_not_applicable_without_reason(written: &NotApplicableWritten) -> Option<Diagnostic> {
    written.blank.then(|| {
        Diagnostic::new(
            Code::NotApplicableWithoutReason,
            written.reason,
            format!(
                "the right `{}` is declared not_applicable without a reason",
                written.kind.keyword()
            ),
        )
        .label("the text says the right does not apply, and this is its reason")
        .help("write why the right does not apply between the quotes, for example `not_applicable \"no purpose rests on consent or a contract\"`")
    })
}

/// E0427: a right that does not apply has no way to exercise it, no
/// answer time and no extension.
fn e0427_not_applicable_exercised(written: &NotApplicableWritten) -> Option<Diagnostic> {
    let at = written.exercise?;
    Some(
        Diagnostic::new(
            Code::NotApplicableExercised,
            at,
            format!(
                "the right `{}` is declared not_applicable, but says how to exercise it",
                written.kind.keyword()
            ),
        )
        .label("a right that does not apply cannot be exercised")
        .help("remove `not_applicable` if the right applies, or remove `via`, `within`, `anytime` and `extendable` if it does not"),
    )
}

/// E0428: a test's expectation on an automated decision names no
/// decision the policy declares. Its answer would be `unknown_decision`, a
/// denial, so a misspelt `deny decision` would pass for the wrong reason.
/// A decision declared with errors counts as declared: its own errors are
/// reported.
fn e0428_test_names_unknown_decision(
    parts: &Parts,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    let declared = || written.decisions.iter().map(|d| d.id.as_str());
    for expectation in parts.tests.iter().flat_map(|t| &t.decisions) {
        if declared().any(|id| id == expectation.decision) {
            continue;
        }
        let mut ids: Vec<&str> = declared().collect();
        ids.sort_unstable();
        let help = crate::suggest::closest(&expectation.decision, ids.iter().copied()).map_or_else(
            || {
                format!(
                    "declare it with `decision {} \"…\" {{ … }}`, or name a declared decision",
                    expectation.decision
                )
            },
            |best| format!("did you mean `{best}`?"),
        );
        diags.push(
            Diagnostic::new(
                Code::TestUnknownDecision,
                expectation.span,
                format!(
                    "the test expects an answer on the automated decision `{}`, which is not declared",
                    expectation.decision
                ),
            )
            .label("no automated decision has this name")
            .help(help),
        );
    }
}

/// E0429: an automated decision on explicit consent has the id of a
/// purpose or a recipient. The runtime reads the consent to the decision
/// as `consent:ID`, the fact that also allows the purpose or the transfer,
/// so one consent would answer both.
fn e0429_consented_decision_shares_id(
    parts: &Parts,
    spans: &SourceMap,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    for (decision, decision_spans) in parts.decisions.iter().zip(&spans.decisions) {
        if decision.basis != crate::model::DecisionBasis::ExplicitConsent {
            continue;
        }
        let other = written
            .purposes
            .iter()
            .find(|p| p.id == decision.id)
            .map(|p| ("purpose", p.span))
            .or_else(|| {
                spans
                    .recipients
                    .get(&decision.id)
                    .map(|&span| ("recipient", span))
            });
        let Some((kind, span)) = other else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::ConsentedDecisionSharesId,
                decision_spans.id,
                format!(
                    "the automated decision `{}` rests on explicit consent and has the id of a {kind}",
                    decision.id
                ),
            )
            .label(format!("also the id of a {kind}"))
            .note(span, format!("the {kind} `{}` is declared here", decision.id))
            .help(format!(
                "rename the decision (for example `{}_decision`), and every test naming it: \
                 consent to either is the fact `consent:{}`, so one consent would allow both",
                decision.id, decision.id
            )),
        );
    }
}

/// E0431: `commit no_third_party_sharing` and a transfer to a recipient
/// that does not act on the controller's behalf. Only a `processor` or a
/// `service_provider` may receive data, and an `authority` on the ground
/// `legal_obligation` (a disclosure the law compels, which real policies
/// carve out of the promise). A recipient whose kind is not stated is
/// not known to act on the controller's behalf, so it breaks the promise
/// too; so do an affiliate and a joint controller, which decide for
/// themselves.
pub(super) fn e0431_shared_with_third_party_despite_commitment(
    commit: &CommitWritten,
    parts: &Parts,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    if commit.kind != CommitmentKind::NoThirdPartySharing {
        return;
    }
    for (transfer, span) in parts.transfers.iter().zip(&spans.model.transfers) {
        let Some(recipient) = parts.recipients.iter().find(|r| r.id == transfer.recipient) else {
            continue;
        };
        let kind = recipient.kind;
        if matches!(
            kind,
            Some(RecipientKind::Processor | RecipientKind::ServiceProvider)
        ) {
            continue;
        }
        if kind == Some(RecipientKind::Authority)
            && transfer.grounds.contains(&Ground::LegalObligation)
        {
            continue;
        }
        let what = match kind {
            Some(kind) => format!("is {}", kind.entry().diff),
            None => {
                "states no `kind`, so it is not known to act on the controller's behalf".to_owned()
            }
        };
        let allowed = if kind == Some(RecipientKind::Authority) {
            format!(
                "add the ground `{}` if the law compels this disclosure",
                Ground::LegalObligation.keyword()
            )
        } else {
            format!(
                "write `kind {}` or `kind {}` if `{}` only processes the data on the controller's behalf",
                RecipientKind::Processor.keyword(),
                RecipientKind::ServiceProvider.keyword(),
                recipient.id
            )
        };
        diags.push(broken(
            Code::SharedWithThirdPartyDespiteCommitment,
            *span,
            format!(
                "data goes to `{}`, which {what}, but the policy commits to share personal information with no third party",
                recipient.id
            ),
            commit,
            format!(
                "{allowed}; otherwise remove the transfer, or remove `{}` if the service shares with third parties",
                commitment_words(commit)
            ),
        ));
    }
}

/// W0435: under GDPR, a third-party tracker that collects data sends it
/// to its provider, who is then a recipient the policy names (Art.
/// 13(1)(e)); a provider in words (or none) is no declared recipient, so
/// the recipients' section leaves it out and no rule reaches it. The help
/// names the recipient the words match, if one does.
pub(super) fn w0435_tracker_provider_not_recipient(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        // A tracker that names no provider at all is W0439, under every
        // regime, whose fix is this one's.
        if tracker.party != Party::Third
            || tracker.collects.is_empty()
            || tracker.recipient.is_some()
            || tracker.provider.is_none()
        {
            continue;
        }
        let matching = tracker.provider.as_deref().and_then(|words| {
            parts
                .recipients
                .iter()
                .find(|r| same_name(&r.label, words) || same_name(&r.id, words))
        });
        let written = match &tracker.provider {
            Some(words) => format!("its provider is written as words (\"{words}\")"),
            None => "it names no provider".to_owned(),
        };
        let help = match matching {
            Some(recipient) => format!(
                "write `provider {}`, the declared recipient these words name, so the recipients' section names the tracker's data",
                recipient.id
            ),
            None => "declare the provider as a recipient (`recipient ID \"…\" { kind processor }`, with its `country` and transfer mechanism where it is abroad) and write `provider ID` on the tracker".to_owned(),
        };
        diags.push(
            Diagnostic::new(
                Code::TrackerProviderNotRecipient,
                tracker_spans.provider.unwrap_or(tracker_spans.category),
                format!(
                    "the third-party tracker `{}` collects data, but {written}",
                    tracker.id
                ),
            )
            .label(format!(
                "the provider receives what the tracker collects, and recipients are named ({cited})"
            ))
            .help(help),
        );
    }
}

/// Why a tracker declared strictly necessary is not: what in the policy
/// says it does more than the service the user asked for needs, where
/// it is said, and the category that says what it does.
struct NotNecessary {
    /// What the tracker does, as the message says it.
    reason: String,
    /// Where the policy says it.
    span: Span,
    /// The category that says what it does, if the policy tells.
    category: Option<TrackerCategory>,
}

/// The first reason a strictly-necessary tracker is not: a purpose it
/// serves that profiles the user, is direct marketing or rests on consent
/// (the user's choice, so the service does not need it), then a provider
/// that is an advertising or analytics recipient or one its disclosures
/// are advertising to.
fn not_necessary(
    parts: &Parts,
    tracker: &crate::model::Tracker,
    tracker_spans: &crate::check::lower::TrackerSpans,
) -> Option<NotNecessary> {
    for (purpose_id, span) in &tracker_spans.serves {
        let Some(purpose) = parts.purposes.iter().find(|p| p.id == *purpose_id) else {
            continue;
        };
        let (what, category) = if purpose.direct_marketing {
            ("is direct marketing", Some(TrackerCategory::Marketing))
        } else if purpose.profiling {
            ("profiles the user", Some(TrackerCategory::Marketing))
        } else if matches!(purpose.basis, Basis::Consent | Basis::ExplicitConsent) {
            ("rests on the user's consent", None)
        } else {
            continue;
        };
        return Some(NotNecessary {
            reason: format!("serves the purpose `{purpose_id}`, which {what}"),
            span: *span,
            category,
        });
    }
    let recipient_id = tracker.recipient.as_deref()?;
    let recipient = parts.recipients.iter().find(|r| r.id == recipient_id)?;
    let span = tracker_spans.provider.unwrap_or(tracker_spans.category);
    if let Some(disclosure) = recipient.disclosed_as.first() {
        return Some(NotNecessary {
            reason: format!(
                "is provided by `{recipient_id}`, to which a disclosure is {} (`disclosed_as {}`)",
                disclosure.entry().diff,
                disclosure.keyword()
            ),
            span,
            category: Some(TrackerCategory::Marketing),
        });
    }
    let kind = recipient.kind?;
    let category = match kind {
        RecipientKind::Advertising => TrackerCategory::Marketing,
        RecipientKind::Analytics => TrackerCategory::Analytics,
        _ => return None,
    };
    Some(NotNecessary {
        reason: format!(
            "is provided by `{recipient_id}`, {} (`kind {}`)",
            kind.entry().text,
            kind.keyword()
        ),
        span,
        category: Some(category),
    })
}

/// W0438: a tracker declared strictly necessary escapes the consent of
/// E0390, but ePrivacy Art. 5(3) exempts only what the service the user
/// asked for needs (EDPB Guidelines 2/2023): a tracker that serves
/// profiling, direct marketing or a purpose resting on consent, or that
/// an advertising or analytics provider sets, is not that.
pub(super) fn w0438_strictly_necessary_tracker_not_necessary(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        if tracker.category != TrackerCategory::StrictlyNecessary {
            continue;
        }
        let Some(found) = not_necessary(parts, tracker, tracker_spans) else {
            continue;
        };
        let category = match found.category {
            Some(category) => format!("`category {}`", category.keyword()),
            None => format!(
                "the category that says what it does ({})",
                [
                    TrackerCategory::Preferences,
                    TrackerCategory::Analytics,
                    TrackerCategory::Marketing
                ]
                .iter()
                .map(|c| format!("`{}`", c.keyword()))
                .collect::<Vec<_>>()
                .join(", ")
            ),
        };
        diags.push(
            Diagnostic::new(
                Code::StrictlyNecessaryTrackerNotNecessary,
                tracker_spans.category,
                format!(
                    "the tracker `{}` is declared `{}`, but it {}",
                    tracker.id,
                    TrackerCategory::StrictlyNecessary.keyword(),
                    found.reason
                ),
            )
            .label("declared strictly necessary")
            .note(found.span, "which the service the user asked for does not need")
            .help(format!(
                "only what the service the user asked for needs is exempt from consent ({cited}; EDPB Guidelines 2/2023): write {category}, and give the purposes it serves `basis {}`",
                Basis::Consent.as_str()
            )),
        );
    }
}

/// W0439: under every regime, a tracker a third party sets names its
/// provider: without one the cookie table says it is set by "a third
/// party" and names no one, whether or not the tracker collects data.
pub(super) fn w0439_third_party_tracker_without_provider(
    parts: &Parts,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        if tracker.party != Party::Third
            || tracker.provider.is_some()
            || tracker.recipient.is_some()
        {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::ThirdPartyTrackerWithoutProvider,
                tracker_spans.party.unwrap_or(tracker_spans.category),
                format!(
                    "the tracker `{}` is set by a third party, but it names no provider",
                    tracker.id
                ),
            )
            .label("set by a third party the policy does not name")
            .help(
                "name the provider as a declared recipient: declare it (`recipient ID \"…\" { kind processor }`, with its `country` and transfer mechanism where it is abroad) and write `provider ID` on the tracker, so the cookie table says who sets it",
            ),
        );
    }
}

/// W0437: a third-party tracker whose provider is a declared recipient
/// sends what it collects to that recipient, so setting it is the
/// transfer. The rule table decides the tracker on the consent to the
/// purposes it serves (`consent:PURPOSE`, `decide_tracker`) and a
/// transfer on consent on the consent to the recipient
/// (`consent:RECIPIENT`, `decide_transfer`): two facts for one flow, which
/// never coincide since a purpose and a recipient never share an id
/// (E0350). A consent banner that records one choice gets the tracker
/// allowed and its transfer denied, or the reverse. Only a transfer of
/// what the tracker collects, for a purpose it serves (or for any), and
/// resting on consent alone among the grounds that need no fact of the
/// service (not on legitimate interests or an unstated ground, which hold
/// without the banner) is such a transfer; `within` tells whether a
/// category is one of, or inside one of, a list (its ancestors named). Under US state law (`us`), the
/// help adds the ground of a service provider, which needs no consent.
pub(super) fn w0437_tracker_consent_differs_from_transfer(
    parts: &Parts,
    spans: &SourceMap,
    within: &dyn Fn(&str, &[String]) -> bool,
    us: bool,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        let Some(recipient) = tracker.recipient.as_deref() else {
            continue;
        };
        if tracker.party != Party::Third {
            continue;
        }
        let overlaps = |data: &[String]| {
            tracker.collects.iter().any(|collected| {
                within(collected, data)
                    || data
                        .iter()
                        .any(|d| within(d, std::slice::from_ref(collected)))
            })
        };
        let found = parts
            .transfers
            .iter()
            .zip(&spans.transfers)
            .find(|(transfer, _)| {
                transfer.recipient == recipient
                    && transfer.grounds.contains(&Ground::Consent)
                    && !transfer
                        .grounds
                        .iter()
                        .any(|g| matches!(g, Ground::LegitimateInterest | Ground::Unstated))
                    && (transfer.purposes.is_empty()
                        || transfer.purposes.iter().any(|p| tracker.serves.contains(p)))
                    && overlaps(&transfer.data)
            });
        let Some((_, transfer_spans)) = found else {
            continue;
        };
        // The facts `decide_tracker` reads: none for a strictly necessary
        // tracker, else the consent to each purpose it serves on consent.
        let tracker_facts: Vec<String> = if tracker.category == TrackerCategory::StrictlyNecessary {
            Vec::new()
        } else {
            tracker
                .serves
                .iter()
                .filter(|id| {
                    parts.purposes.iter().any(|p| {
                        p.id == **id && matches!(p.basis, Basis::Consent | Basis::ExplicitConsent)
                    })
                })
                .map(|id| format!("`consent:{id}`"))
                .collect()
        };
        let transfer_fact = format!("`consent:{recipient}`");
        let (allowed, both) = if tracker_facts.is_empty() {
            (
                "is set without the user's consent".to_owned(),
                transfer_fact.clone(),
            )
        } else {
            let words: Vec<&str> = tracker_facts.iter().map(String::as_str).collect();
            let facts = vocab::listed(&words, " and ");
            (
                format!("is allowed on {facts}"),
                format!("{facts} and {transfer_fact}"),
            )
        };
        diags.push(
            Diagnostic::new(
                Code::TrackerConsentDiffersFromTransfer,
                tracker_spans.provider.unwrap_or(tracker_spans.category),
                format!(
                    "the tracker `{}` {allowed}, but the transfer of its data to its provider `{recipient}` needs {transfer_fact}",
                    tracker.id
                ),
            )
            .label(format!("the tracker sends what it collects to `{recipient}`"))
            .note(
                transfer_spans.whole,
                format!("this transfer rests on consent to `{recipient}` ({transfer_fact})"),
            )
            .help(format!(
                "the rule table reads the consent to a purpose for the tracker and the consent to the recipient for the transfer, and no declaration makes a transfer on consent read a purpose's consent (E0350 keeps their ids apart): make the banner set {both} together when the user accepts the tracker and withdraw them together, then accept W0437 in `[lints] accept` of `policyc.toml`, saying so{}",
                if us {
                    "; or, if the provider only processes the data for you as a service provider, rest the transfer on `business_purpose`, which needs no consent of its own"
                } else {
                    ""
                }
            )),
        );
    }
}

/// Whether two names are the same but for case and surrounding spaces.
pub(super) fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The keyword a commitment is written with, area included.
pub(super) fn commitment_words(commit: &CommitWritten) -> String {
    let written = crate::model::Commitment {
        kind: commit.kind,
        area: commit.area.and_then(|(area, _)| area),
    };
    format!("commit {}", vocab::commitment_written(written))
}

/// An error at a declaration that breaks a commitment, naming the
/// commitment as its second place.
pub(super) fn broken(
    code: Code,
    span: Span,
    message: String,
    commit: &CommitWritten,
    help: String,
) -> Diagnostic {
    Diagnostic::new(code, span, message)
        .label("declared here")
        .note(commit.span, "the commitment it breaks")
        .help(help)
}

/// W0441: under the CCPA, a policy that states a right to know, delete or
/// correct and does not say how such a request is verified (Cal. Civ.
/// Code §1798.130(a)(1), 11 CCR §7060–§7062): the header's
/// `verification "…"` says it.
pub(super) fn w0441_request_verification_not_stated(
    header: &HeaderWritten,
    cited: &str,
) -> Option<Diagnostic> {
    if header.verification {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::RequestVerificationNotStated,
            header.head,
            "the policy states a right to know, delete or correct, but not how a request is verified",
        )
        .label(format!(
            "a business describes the process it uses to verify a consumer's request ({cited})"
        ))
        .help(
            "add `verification \"…\"` to the policy header, saying what the user is asked for to confirm their identity, for example `verification \"We ask you to confirm the e-mail address of your account and a recent order.\"`",
        ),
    )
}

/// W0442: under the CCPA, a policy that states a right to know, delete or
/// correct and says nothing of requests made through an authorized agent
/// (Cal. Civ. Code §1798.185(a)(7), 11 CCR §7063): the header's
/// `authorized_agents "…"` says it.
pub(super) fn w0442_authorized_agents_not_stated(
    header: &HeaderWritten,
    cited: &str,
) -> Option<Diagnostic> {
    if header.authorized_agents {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::AuthorizedAgentsNotStated,
            header.head,
            "the policy states a right to know, delete or correct, but says nothing of requests made through an authorized agent",
        )
        .label(format!(
            "a business explains how a consumer can designate an authorized agent to make a request ({cited})"
        ))
        .help(
            "add `authorized_agents \"…\"` to the policy header, saying how an agent makes a request and what it provides, for example `authorized_agents \"An authorized agent sends us your signed permission to act for you.\"`",
        ),
    )
}

/// E0441: under the CCPA, a recipient `disclosed_as sale` or `share`
/// while the `children` block admits consumers under 16 (a lower
/// `minimum_age`, the knowing collection of children's information, or
/// an audience with children and no minimum age), and the block states no
/// `sale_opt_in`: a business does not sell or share the information of a
/// consumer from 13 to 15 without their affirmative authorization, nor
/// under 13 without a parent's or guardian's (Cal. Civ. Code
/// §1798.120(c)–(d)).
pub(super) fn e0441_minor_sold_without_opt_in(
    children: &crate::model::Children,
    block: &super::super::lower::ChildrenWritten,
    (id, sold, at): (&str, &str, Span),
    cited: &str,
) -> Option<Diagnostic> {
    const CONSUMER_CONSENT_AGE: u8 = 16;
    if block.sale_opt_in || !children.admits_consumers_under(CONSUMER_CONSENT_AGE) {
        return None;
    }
    let why = match children.minimum_age {
        Some(age) if age < CONSUMER_CONSENT_AGE => format!("its minimum age is {age}"),
        _ if children.knowingly_collects == Some(true) => {
            "it knowingly collects children's information".to_owned()
        }
        _ => "its audience includes children and it states no minimum age".to_owned(),
    };
    Some(
        Diagnostic::new(
            Code::MinorSoldWithoutOptIn,
            block.head,
            format!(
                "consumers under 16 use the service ({why}), and data disclosed to `{id}` is {sold}, but the block states no opt-in to the sale or sharing"
            ),
        )
        .label(format!(
            "the information of a consumer from 13 to 15 is sold or shared only with their affirmative authorization, under 13 only with a parent's or guardian's ({cited})"
        ))
        .note(at, format!("{sold} here"))
        .help(
            "add `sale_opt_in \"…\"` to the children block, saying how a consumer from 13 to 15 opts in and how a parent or guardian authorizes it under 13; or raise `minimum_age` to 16 with `knowingly_collects no`",
        ),
    )
}

/// E0432: a recipient on a derogation of Art. 49(1) receives data only in
/// the derogation's case, so a transfer to it rests on the ground that
/// case is ([`Derogation::ground`](crate::model::Derogation::ground)) and
/// on no other: any one ground of a transfer allows it, so another ground
/// would send the data without the user's explicit consent (or outside
/// the contract) the text says the transfer rests on. Under every regime:
/// the declarations contradict each other. The cases with no ground of
/// their own (public interest, legal claims, vital interests) are not
/// judged.
pub(super) fn e0432_ground_against_derogation(
    written: &Written,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    // A transfer with no ground is E0306's where a regime asks for one.
    let ground_asked = cited(regimes, Ask::TransferGround).is_some();
    for transfer in &written.transfers {
        let Some(mechanism) = written
            .recipients
            .iter()
            .find(|r| r.id == transfer.recipient)
            .and_then(|r| r.mechanism.as_ref())
        else {
            continue;
        };
        let (Some(model::MechanismKind::Derogation), Some((Some(case), case_span))) =
            (mechanism.kind, mechanism.case)
        else {
            continue;
        };
        let Some(needed) = case.ground() else {
            continue;
        };
        let recipient = &transfer.recipient;
        let derogation = case.entry().diff;
        let help = format!(
            "write `on {needed}`{fact}; if the transfer rests on another ground, base it on a safeguard instead, such as `mechanism standard_contractual_clauses`, and keep the derogation for the transfers it covers",
            needed = needed.as_str(),
            fact = if needed == Ground::Consent {
                format!(
                    ": the rule table then allows it only once the user consented (fact `consent:{recipient}`)"
                )
            } else {
                String::new()
            },
        );
        let note = format!(
            "`{recipient}` receives data on the derogation for {derogation} (GDPR Art. 49(1))"
        );
        let wrong = transfer
            .texts
            .iter()
            .filter(|g| g.ground != needed)
            .map(|g| (g.span, format!("rests on `{}`", g.ground.as_str())));
        let unstated = (transfer.grounds == 0 && !ground_asked)
            .then(|| (transfer.span, "states no ground".to_owned()));
        for (span, what) in wrong.chain(unstated) {
            diags.push(
                Diagnostic::new(
                    Code::GroundAgainstDerogation,
                    span,
                    format!(
                        "the transfer to `{recipient}` {what}, but its recipient receives data only on the derogation for {derogation}"
                    ),
                )
                .label(format!(
                    "the derogation allows the transfer only on `{}`",
                    needed.as_str()
                ))
                .note(case_span, note.clone())
                .help(help.clone()),
            );
        }
    }
}

/// E0433: a service that knowingly collects personal information from
/// children under its minimum age, where no parent's consent lets any of
/// them in, says two things that cannot both hold: the text says "No one
/// under 10 is allowed to use App." and then "App knowingly collects
/// personal information from children under 10.". Under every regime: the
/// block contradicts itself.
pub(super) fn e0433_children_collected_below_minimum_age(
    children: &crate::model::Children,
    block: &super::super::lower::ChildrenWritten,
) -> Option<Diagnostic> {
    let age = children.minimum_age?;
    if children.knowingly_collects != Some(true) || children.parental_consent.is_some() {
        return None;
    }
    let at = block.knowingly_collects.unwrap_or(block.head);
    let mut diagnostic = Diagnostic::new(
        Code::ChildrenCollectedBelowMinimumAge,
        at,
        format!(
            "the service knowingly collects personal information from children under {age}, but no one under {age} may use it"
        ),
    )
    .label(format!(
        "the text says that personal information of children under {age} is knowingly collected"
    ));
    if let Some((_, _, span)) = &block.minimum_age {
        diagnostic = diagnostic.note(
            *span,
            "without a parent's consent, no one under this age may use the service",
        );
    }
    Some(diagnostic.help(
        "if children under the age use the service with a parent's consent, add `parental_consent \"how a parent's consent is obtained and verified\"`; if no child's information is collected on purpose, write `knowingly_collects no`",
    ))
}

/// E0443: a test's deadline expectation names a data category or purpose
/// the policy does not declare (the runtime would answer `unknown`, a
/// deadline no record has), or an event that is neither a keyword of the
/// language nor the words of an event a retention of the policy states
/// (no period reads it). The help names the closest declared name.
fn e0443_test_deadline_names_unknown(parts: &Parts, diags: &mut Vec<Diagnostic>) {
    let mut data: Vec<&str> = parts.data.iter().map(|d| d.id.as_str()).collect();
    data.sort_unstable();
    let mut purposes: Vec<&str> = parts.purposes.iter().map(|p| p.id.as_str()).collect();
    purposes.sort_unstable();
    let stated = stated_events(parts);
    let unknown = |kind: &str, name: &str, span: Span, among: &[&str]| {
        let help = suggest::closest(name, among.iter().copied()).map_or_else(
            || format!("name a {kind} the policy declares"),
            |best| format!("did you mean `{best}`?"),
        );
        Diagnostic::new(
            Code::TestDeadlineUnknownName,
            span,
            format!("the test asks for the deadline of the {kind} `{name}`, which is not declared"),
        )
        .label(format!("no {kind} has this name"))
        .help(help)
    };
    for expectation in parts.tests.iter().flat_map(|t| &t.deadlines) {
        let written = &expectation.written;
        if data.binary_search(&expectation.data.as_str()).is_err() {
            diags.push(unknown(
                "data category",
                &expectation.data,
                written.data,
                &data,
            ));
        }
        if let (Some(purpose), Some(span)) = (&expectation.purpose, written.purpose)
            && purposes.binary_search(&purpose.as_str()).is_err()
        {
            diags.push(unknown("purpose", purpose, span, &purposes));
        }
        for event in written.events.iter().chain(&written.pending) {
            if let Some(diagnostic) = unknown_event(event, &stated) {
                diags.push(diagnostic);
            }
        }
    }
}

/// E0443 on an event of a deadline expectation that no period can read.
fn unknown_event(event: &model::WrittenEvent, stated: &[String]) -> Option<Diagnostic> {
    let (written, best) = if event.phrase {
        if stated.contains(&event.text) {
            return None;
        }
        let best = suggest::closest(&event.text, stated.iter().map(String::as_str))
            .map(|s| format!("\"{s}\""));
        (format!("\"{}\"", event.text), best)
    } else {
        if vocab::EVENTS.find(&event.text).is_some() {
            return None;
        }
        let best =
            suggest::closest(&event.text, vocab::EVENTS.keywords()).map(|k| format!("`{k}`"));
        (format!("`{}`", event.text), best)
    };
    let help = best.map_or_else(
        || {
            format!(
                "name one of {}, or an event in the words a retention of the policy states",
                vocab::EVENTS
                    .keywords()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        |best| format!("did you mean {best}?"),
    );
    Some(
        Diagnostic::new(
            Code::TestDeadlineUnknownName,
            event.span,
            format!("the test names the event {written}, which no retention of the policy counts from or waits on"),
        )
        .label("no retention states this event")
        .help(help),
    )
}

/// The events in the policy's own words that its retentions state
/// (`until "you delete the review"`), sorted.
fn stated_events(parts: &Parts) -> Vec<String> {
    let mut events: Vec<String> = parts
        .data
        .iter()
        .flat_map(|d| {
            d.retention
                .iter()
                .chain(d.purpose_retention.iter().flat_map(|r| &r.periods))
        })
        .filter_map(|period| match period {
            model::Period::For { from: event, .. } | model::Period::Until { event } => {
                Some(event.clone())
            }
            _ => None,
        })
        .filter(|words| !vocab::EVENTS.values.iter().any(|e| e.text == words))
        .collect();
    events.sort_unstable();
    events.dedup();
    events
}

/// E0456: a test's deadline expectation gives event dates the runtime
/// cannot count from: an event given twice (a record's event has one
/// date), a last use before the collection, or a `for` period counted
/// from a given date that would end past 9999-12-31, the last day the
/// runtime dates (it would answer that day instead).
fn e0456_test_deadline_impossible_dates(parts: &Parts, diags: &mut Vec<Diagnostic>) {
    for expectation in parts.tests.iter().flat_map(|t| &t.deadlines) {
        let events = &expectation.events;
        let written = &expectation.written;
        let span_of = |at: usize| written.events.get(at).map_or(expectation.span, |e| e.whole);
        for (at, (words, _)) in events.iter().enumerate() {
            let Some(first) = events.iter().position(|(w, _)| w == words) else {
                continue;
            };
            if first == at {
                continue;
            }
            let text = written
                .events
                .get(at)
                .map_or(words.as_str(), |e| e.text.as_str());
            diags.push(
                Diagnostic::new(
                    Code::TestDeadlineImpossibleDates,
                    span_of(at),
                    format!("the event `{text}` is given twice"),
                )
                .label("given again here")
                .note(span_of(first), "first given here")
                .help("a record's event happens once: give each event one date"),
            );
        }
        let date_of = |event: vocab::Event| {
            let words = event.entry().text;
            events.iter().position(|(w, _)| w == words)
        };
        if let (Some(collected), Some(used)) = (
            date_of(vocab::Event::Collection),
            date_of(vocab::Event::LastUse),
        ) && let (Some((_, collected_on)), Some((_, used_on))) =
            (events.get(collected), events.get(used))
            && used_on < collected_on
        {
            diags.push(
                Diagnostic::new(
                    Code::TestDeadlineImpossibleDates,
                    span_of(used),
                    format!(
                        "the data is last used on {used_on}, before it is collected on {collected_on}"
                    ),
                )
                .label("data cannot be used before it is collected")
                .note(span_of(collected), "collected here")
                .help("give a last use on or after the collection"),
            );
        }
        let Some(data) = parts.data.iter().find(|d| d.id == expectation.data) else {
            continue;
        };
        let periods = expectation
            .purpose
            .as_ref()
            .and_then(|p| data.retention_for(p))
            .map_or(&data.retention, |r| &r.periods);
        for period in periods {
            let model::Period::For { duration, from } = period else {
                continue;
            };
            let Some(at) = events.iter().position(|(w, _)| w == from) else {
                continue;
            };
            let Some((_, start)) = events.get(at) else {
                continue;
            };
            if ends_past_the_last_day(*start, *duration) {
                diags.push(
                    Diagnostic::new(
                        Code::TestDeadlineImpossibleDates,
                        span_of(at),
                        format!("{duration} from {from} on {start} ends past 9999-12-31, the last day the runtime can date"),
                    )
                    .label("no deadline can be counted from this date")
                    .help("give a date at least the period before 9999-12-31"),
                );
            }
        }
    }
}

/// Whether `duration` from `start` ends after 9999-12-31, the last day the
/// runtime dates: counted as the runtime counts (calendar years and months,
/// days), without its clamping.
fn ends_past_the_last_day(start: model::Date, duration: model::Duration) -> bool {
    const LAST_DAY: i64 = 2_932_896; // 9999-12-31, in days since 1970-01-01
    let amount = i64::from(duration.amount);
    let months = match duration.unit {
        model::TimeUnit::Year => amount.saturating_mul(12),
        model::TimeUnit::Month => amount,
        model::TimeUnit::Day | model::TimeUnit::Week => {
            let days = if duration.unit == model::TimeUnit::Week {
                amount.saturating_mul(7)
            } else {
                amount
            };
            let Ok(start) = start.to_string().parse::<policy_runtime::Date>() else {
                return false;
            };
            return start.to_days().saturating_add(days) > LAST_DAY;
        }
    };
    let index = i64::from(start.year) * 12 + i64::from(start.month) - 1;
    index.saturating_add(months) > 9999 * 12 + 11
}
