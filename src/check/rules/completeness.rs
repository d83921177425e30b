//! The rules of completeness, family 04: what the law requires a policy
//! to say. Each code's check is the function named after it
//! (`e0406_purpose_without_basis` for E0406), run over the lowered model
//! and what lowering recorded of what was written. W0109 (a recipient
//! that receives nothing) is here too: it judges what the policy leaves
//! out, like the rest of this family.

use hashbrown::HashSet;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{Basis, RightKind, TakesEffect};
use crate::span::Span;
use crate::vocab::Closed as _;

use super::super::lower::{
    BasisWritten, HeaderWritten, Parts, PurposeWritten, RecipientWritten, SourceMap, Written,
};

/// Runs every rule of the family, in the order of their codes, except
/// where two report at one place: there the order lowering once had is
/// kept, so the listing reads as before.
pub fn check(parts: &Parts, spans: &SourceMap, written: &Written, diags: &mut Vec<Diagnostic>) {
    match &written.header {
        None => diags.push(e0401_missing_header()),
        Some(header) => e0402_missing_header_fact(header, diags),
    }
    for recipient in &written.recipients {
        diags.extend(e0403_transfer_abroad_without_safeguard(recipient));
    }
    for purpose in &written.purposes {
        diags.extend(e0405_purpose_without_data(purpose));
        diags.extend(e0406_purpose_without_basis(purpose));
    }
    w0407_notice_contradicted(parts, written, diags);
    w0109_unused_recipient(parts, spans, diags);
    diags.extend(w0404_no_complaint_right(parts, spans));
    diags.extend(w0450_plural_controller_unstated(parts, spans));
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

/// The facts a header must state: name, an example, and why it is needed.
const REQUIRED_FACTS: &[(&str, &str, &str)] = &[
    (
        "title",
        "title \"Privacy Policy\"",
        "readers need to know what the document is",
    ),
    (
        "version",
        "version 1.0.0",
        "each edition needs a version so changes can be tracked",
    ),
    (
        "effective",
        "effective 2026-12-01",
        "readers need to know from when the policy applies",
    ),
    (
        "language",
        "language en",
        "the text is generated in the policy's language",
    ),
    (
        "controller",
        "controller \"Company Inc\" { service \"…\" }",
        "the law requires naming who is responsible for the data (GDPR Art. 13(1)(a))",
    ),
    (
        "published",
        "published \"https://example.com/privacy\"",
        "users must be able to find the current edition",
    ),
    (
        "contact",
        "contact \"privacy@example.com\"",
        "the law requires a way to contact the controller (GDPR Art. 13(1)(a))",
    ),
];

/// E0402: the header states every fact the law requires, and the
/// controller names the service. A fact written in a broken form is
/// reported as such, not as missing.
fn e0402_missing_header_fact(header: &HeaderWritten, diags: &mut Vec<Diagnostic>) {
    for &(fact, example, why) in REQUIRED_FACTS {
        if header.facts.contains(&fact) {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::MissingHeaderFact,
                header.head,
                format!("the policy header does not state `{fact}`"),
            )
            .label(format!("`{fact}` missing from this header"))
            .help(format!("{why}; add `{example}` to the policy header")),
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

/// E0403: a recipient abroad states a safeguard.
fn e0403_transfer_abroad_without_safeguard(recipient: &RecipientWritten) -> Option<Diagnostic> {
    let (country, span) = recipient.country.as_ref()?;
    if recipient.safeguard {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::TransferAbroadWithoutSafeguard,
            *span,
            format!("`{}` is in {country} but no safeguard is stated", recipient.id),
        )
        .label("a transfer abroad needs a safeguard (GDPR Art. 13(1)(f), 44–49)")
        .help("add `safeguard \"standard contractual clauses\"` (or the adequacy decision that applies)"),
    )
}

/// W0404: the policy tells users they may complain to an authority.
fn w0404_no_complaint_right(parts: &Parts, spans: &SourceMap) -> Option<Diagnostic> {
    if parts.header.is_none() || parts.rights.iter().any(|r| r.kind == RightKind::Complaint) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::NoComplaintRight,
            spans.header,
            "the policy does not mention the right to complain to an authority",
        )
        .label("users must be told of this right (GDPR Art. 13(2)(d))")
        .help(format!(
            "add `right {} {{ via \"the data protection authority\" }}`",
            RightKind::Complaint.keyword()
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

/// E0406: a purpose states its legal basis.
fn e0406_purpose_without_basis(purpose: &PurposeWritten) -> Option<Diagnostic> {
    matches!(purpose.basis, BasisWritten::Missing).then(|| {
        purpose_lacks(purpose, Code::PurposeWithoutBasis, "has no legal basis")
            .label("processing needs a legal basis (GDPR Art. 6(1))")
            .help(format!(
                "add `basis {}`, `basis {}`, `basis {}` or `basis {} \"the interest\"`",
                Basis::Consent.as_str(),
                Basis::Contract.as_str(),
                Basis::LegalObligation.as_str(),
                Basis::LegitimateInterest.as_str()
            ))
    })
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

/// W0109: a declared recipient receives some data.
fn w0109_unused_recipient(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let receiving: HashSet<&str> = spans
        .declared_receivers
        .iter()
        .map(String::as_str)
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
