//! The rules of legal consistency, family 03: each code's check is the
//! function named after it (`e0306_transfer_without_ground` for E0306),
//! run over the lowered model and where its parts were written.

use hashbrown::HashSet;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::identifies;
use crate::model::{
    Basis, DataCategory, Ground, Identity, Party, Purpose, Source, TrackerCategory,
};
use crate::model::{DecisionBasis, Regime, RightKind, Safeguard};
use crate::model::{SpecialCondition, SpecialConditionStated};
use crate::span::Span;
use crate::vocab::{self, Closed as _};

use super::super::index::DataIndex;
use super::super::lower::ChildrenWritten;
use super::super::lower::DecisionWritten;
use super::super::lower::SectionWritten;
use super::super::lower::{BasisWritten, Parts, PurposeSpans, RetainWritten, SourceMap, Written};
use super::super::lower::{HeaderWritten, JointWritten, MechanismWritten, RecipientWritten};
use super::completeness::{first_profiling, regimes};
use crate::countries;
use crate::model::{Audience, Children, MechanismKind};
use crate::regimes::{Ask, cited};

use super::super::lower::CommitWritten;
use super::super::lower::GroundText;
use super::super::lower::SpecialAndSensitive;
use super::super::lower::{BreachWritten, MAX_BREACH_HOURS, SecurityBlockWritten};
use super::super::lower::{CombineWritten, SourceWritten};
use super::completeness::{broken, commitment_words, same_name};
use super::promises::{self, Promise};
use crate::model::{BreachParty, SecurityMeasure};
use crate::model::{CommitmentKind, Disclosure, RecipientKind};

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
            if identifies(category.identity) || flag(&identified_below, at) {
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
            if identifies(category.identity) || flag(&identified_above, up) {
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

/// Runs every rule of the family, in the order of their codes.
pub fn check(parts: &Parts, spans: &SourceMap, written: &Written, diags: &mut Vec<Diagnostic>) {
    let hierarchy = Hierarchy::new(&parts.data, spans);
    let regimes = regimes(written);
    w0380_free_text_commitment(parts, spans, diags);
    commitments(parts, spans, written, diags);
    // First, as lowering once reported it: at a category's span it comes
    // before E0307 and W0308, and snapshots keep that order.
    w0311_identity_assumed(parts, spans, diags);
    for purpose in &written.purposes {
        if let BasisWritten::Stated {
            span,
            basis,
            interest,
        } = purpose.basis
        {
            if let Some(cited) = cited(regimes, Ask::Interest) {
                diags.extend(e0301_unstated_interest(
                    &purpose.id,
                    span,
                    basis,
                    interest,
                    &cited,
                ));
            }
            diags.extend(e0309_interest_without_legitimate_interest(basis, interest));
        }
    }
    depersonalized_uses(parts, spans, &hierarchy, diags);
    if let Some(cited) = cited(regimes, Ask::SpecialCategory) {
        // The conditions are the GDPR's (Art. 9(2)); under the LGPD alone
        // the help speaks of the cases of its Art. 11(II) instead.
        let art_9 = crate::regimes::cited(regimes, Ask::SpecialConditionLaw).is_some();
        e0305_special_without_explicit_consent(parts, spans, &hierarchy, &cited, art_9, diags);
    }
    if let Some(cited) = cited(regimes, Ask::TransferGround) {
        for transfer in &written.transfers {
            diags.extend(e0306_transfer_without_ground(
                &transfer.recipient,
                transfer.span,
                transfer.grounds,
                &cited,
            ));
        }
    }
    if let Some(cited) = cited(regimes, Ask::Retention) {
        e0307_identified_without_retention(parts, spans, &cited, diags);
    }
    w0308_unused_data(parts, spans, diags);
    e0310_statistics_ground_on_identified_data(parts, spans, &hierarchy, diags);
    diags.extend(e0320_none_with_regimes(written));
    for retain in &written.retains {
        diags.extend(e0330_alternatives_without_rule(retain));
        diags.extend(w0330_rule_without_alternatives(retain));
    }
    e0331_anonymise_anonymous_data(parts, written, diags);
    e0332_retention_for_unused_purpose(parts, written, diags);
    e0340_combination_rule_on_personal_data(parts, spans, diags);
    e0350_purpose_and_recipient_share_id(written, spans, diags);
    e0351_transfer_purpose_without_data(parts, spans, &hierarchy, diags);
    if let Some(cited) = cited(regimes, Ask::TrackerConsent) {
        e0390_tracker_without_consent(parts, spans, &cited, diags);
        w0391_terminal_access_without_consent(parts, spans, &hierarchy, &cited, diags);
        super::completeness::w0438_strictly_necessary_tracker_not_necessary(
            parts, spans, &cited, diags,
        );
    }
    transfer_mechanisms(written, regimes, diags);
    children(parts, written, regimes, diags);
    decisions(parts, spans, written, &hierarchy, regimes, diags);
    parties(written, regimes, diags);
    e0394_business_purpose_to_controller(parts, spans, diags);
    legitimate_interest_grounds(parts, written, regimes, diags);
    special_conditions(parts, spans, &hierarchy, regimes, diags);
    for stated in &written.special_and_sensitive {
        diags.extend(w0394_special_and_sensitive_disagree(stated));
    }
    if let Some(block) = &written.security_block {
        security_block(block, regimes, diags);
    }
    sources(written, regimes, diags);
    for combination in &written.combinations {
        diags.extend(e0387_combination_of_one(combination));
        diags.extend(w0384_depersonalized_combined_unmarked(
            parts,
            spans,
            combination,
        ));
    }
    e0376_test_names_unknown_tracker(parts, written, diags);
    e0377_test_asks_children_without_stance(parts, written, diags);
    e0378_first_party_tracker_recipient(parts, spans, diags);
    super::completeness::w0439_third_party_tracker_without_provider(parts, spans, diags);
    let us = regimes
        .iter()
        .any(|r| matches!(r, Regime::Ccpa | Regime::UsStateLaws));
    let within = |id: &str, data: &[String]| used_within(&hierarchy, id, data);
    super::completeness::w0437_tracker_consent_differs_from_transfer(
        parts, spans, &within, us, diags,
    );
    for section in &written.sections {
        diags.extend(w0375_heading_of_jurisdiction_section(parts, section));
    }
    if let Some(cited) = cited(regimes, Ask::SaleOptOut) {
        w0374_tracker_provider_unlinked(parts, spans, &cited, diags);
    }
    if let Some(cited) = cited(regimes, Ask::TrackerProvider) {
        super::completeness::w0435_tracker_provider_not_recipient(parts, spans, &cited, diags);
    }
    opt_out_signals(parts, written, regimes, diags);
    requests(parts, written, regimes, diags);
}

/// The rules on how requests are made under the CCPA: how a request to
/// know, delete or correct is verified (W0441) and how an authorized
/// agent makes one (W0442), asked where the policy states one of those
/// rights, declared or by default (`ccpa` states all three, see
/// `regimes::stated`): the regulations ask the verification process with
/// the methods of submitting a request (11 CCR §7011(e)(1)). A right
/// declared `not_applicable` is not stated.
fn requests(parts: &Parts, written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(header) = &written.header else {
        return;
    };
    let bases: Vec<crate::model::Basis> = parts.purposes.iter().map(|p| p.basis).collect();
    let requested = [
        RightKind::Know,
        RightKind::Erasure,
        RightKind::Rectification,
    ]
    .into_iter()
    .any(|kind| match parts.rights.iter().find(|r| r.kind == kind) {
        Some(right) => right.not_applicable.is_none(),
        None => crate::regimes::grants(regimes, &bases, kind),
    });
    if !requested {
        return;
    }
    if let Some(cited) = cited(regimes, Ask::RequestVerification) {
        diags.extend(super::completeness::w0441_request_verification_not_stated(
            header, &cited,
        ));
    }
    if let Some(cited) = cited(regimes, Ask::AuthorizedAgents) {
        diags.extend(super::completeness::w0442_authorized_agents_not_stated(
            header, &cited,
        ));
    }
}

/// W0375: a section of the author's own is headed as a jurisdiction
/// section the declared regimes generate ("Your California privacy
/// rights" under `ccpa`), in the policy's language: the text would print
/// two sections of that heading, one with what the law asks, one with the
/// author's clauses. Compared but for case and surrounding spaces.
fn w0375_heading_of_jurisdiction_section(
    parts: &Parts,
    section: &SectionWritten,
) -> Option<Diagnostic> {
    let span = section.heading?;
    let header = parts.header.as_ref()?;
    let id = &section.id.text;
    let heading = parts
        .sections
        .iter()
        .find(|s| matches!(&s.id, crate::model::SectionRef::Custom(c) if c == id))?
        .heading
        .as_deref()?;
    let locale = crate::l10n::Locale::of(crate::l10n::Lang::of_tag(&header.language)?).ok()?;
    let voice = if header.voice == crate::model::Voice::WeYou {
        "we"
    } else {
        "third"
    };
    let declared = header.regimes.as_deref().unwrap_or(&[]);
    let generated = crate::regimes::jurisdiction_sections(declared)
        .into_iter()
        .filter_map(|(anchor, laws)| {
            let args = crate::l10n::Args::new()
                .text("laws", laws)
                .text("voice", voice);
            locale.format(&format!("section-{anchor}"), &args).ok()
        })
        .map(|g| g.replace(['\u{2068}', '\u{2069}'], ""))
        .find(|g| g.trim().to_lowercase() == heading.trim().to_lowercase())?;
    Some(
        Diagnostic::new(
            Code::HeadingOfJurisdictionSection,
            span,
            format!("the section `{id}` has the heading of a section the declared regimes generate"),
        )
        .label(format!("the text already has a section \"{generated}\""))
        .help(format!(
            "the generated section says what the law asks for; head this one with what its clauses say (`section {id} \"Our commitments to California residents\"`), or put them `in` a built-in section"
        )),
    )
}

/// E0378: a tracker the controller sets itself (`party first`) names a
/// declared recipient as its provider. A recipient is another company, so
/// either the tracker is a third party's (`party third`) or its provider
/// is the controller's own tool, described in words.
fn e0378_first_party_tracker_recipient(
    parts: &Parts,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        let (Party::First, Some(recipient)) = (tracker.party, &tracker.recipient) else {
            continue;
        };
        let at = tracker_spans.provider.unwrap_or(tracker_spans.category);
        let mut diagnostic = Diagnostic::new(
            Code::FirstPartyTrackerRecipient,
            at,
            format!(
                "the tracker `{}` is set by the controller (`party first`), but its provider is the recipient `{recipient}`",
                tracker.id
            ),
        )
        .label("a recipient is another company");
        if let Some(party) = tracker_spans.party {
            diagnostic = diagnostic.note(party, "the controller sets it");
        }
        diags.push(diagnostic.help(format!(
            "if `{recipient}` sets or reads the tracker, write `party third`; if it is the controller's own tool that `{recipient}` only supplies, describe it in words: `provider \"…\"`"
        )));
    }
}

/// W0374: under a US regime, a third-party tracker's provider is written
/// in words that are the label or id of a declared recipient whose
/// disclosures are sales, sharing or targeted advertising. Words are not a
/// recipient: the rule table cannot tell the tracker's disclosure to be
/// that recipient's, so `opt_out:sale` (and, for a tracker that is not
/// `marketing`, `opt_out:share`) would not stop it.
fn w0374_tracker_provider_unlinked(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        let (Party::Third, Some(words), None) =
            (tracker.party, &tracker.provider, &tracker.recipient)
        else {
            continue;
        };
        let named =
            |r: &&crate::model::Recipient| same_name(&r.label, words) || same_name(&r.id, words);
        let Some(recipient) = parts
            .recipients
            .iter()
            .filter(|r| !r.disclosed_as.is_empty())
            .find(named)
        else {
            continue;
        };
        let disclosed: Vec<&str> = recipient.disclosed_as.iter().map(|d| d.keyword()).collect();
        diags.push(
            Diagnostic::new(
                Code::TrackerProviderUnlinked,
                tracker_spans.provider.unwrap_or(tracker_spans.category),
                format!(
                    "the provider of the tracker `{}` is written as words that name the recipient `{}`",
                    tracker.id, recipient.id
                ),
            )
            .label(format!(
                "`{}` is `disclosed_as {}`, but words reach no opt-out",
                recipient.id,
                disclosed.join(", ")
            ))
            .help(format!(
                "write `provider {}`, so that the user's opt-outs of sale and sharing stop the tracker as they stop transfers to `{}` ({cited})",
                recipient.id, recipient.id
            )),
        );
    }
}

/// The rules on how a business that sells or shares lets the user opt
/// out (CCPA): a Global Privacy Control signal honoured (E0342, W0341)
/// and the "Do Not Sell or Share" link (W0342). Each reports once, at the
/// first recipient whose disclosures are sales or sharing.
fn opt_out_signals(
    parts: &Parts,
    written: &Written,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(header) = &written.header else {
        return;
    };
    let Some(sold) = disclosing(parts, written, &[Disclosure::Sale, Disclosure::Share]).next()
    else {
        return;
    };
    if let Some(cited) = cited(regimes, Ask::OptOutSignal) {
        diags.extend(e0342_gpc_ignored_while_selling(header, sold, &cited));
        diags.extend(w0341_gpc_stance_not_stated(header, sold, &cited));
    }
    if let Some(cited) = cited(regimes, Ask::OptOutLink) {
        diags.extend(w0342_do_not_sell_link_missing(header, sold, &cited));
    }
}

/// A recipient's disclosures in words: "sold", "shared".
fn disclosed_words(disclosure: Disclosure) -> &'static str {
    match disclosure {
        Disclosure::Sale => "sold",
        Disclosure::Share | Disclosure::TargetedAdvertising => "shared",
    }
}

/// E0342: `gpc ignored` in the header of a policy that sells or shares
/// under the CCPA, whose regulations make an opt-out preference signal a
/// valid request to opt out of sale and sharing (11 CCR §7025(b)): the
/// stance the header states is one the law does not leave to the business.
fn e0342_gpc_ignored_while_selling(
    header: &HeaderWritten,
    (id, disclosure, at): (&str, Disclosure, Span),
    cited: &str,
) -> Option<Diagnostic> {
    let (span, true) = header.gpc? else {
        return None;
    };
    Some(
        Diagnostic::new(
            Code::GpcIgnoredWhileSelling,
            span,
            format!(
                "the header ignores Global Privacy Control, but data disclosed to `{id}` is {}",
                disclosed_words(disclosure)
            ),
        )
        .label(format!(
            "a business that sells or shares must treat a Global Privacy Control signal as a request to opt out ({cited})"
        ))
        .note(at, "sold or shared here")
        .help(format!(
            "write `gpc {}`: the rule table then denies a sale or share to a user whose browser sends the signal",
            crate::model::Stance::Honoured.keyword()
        )),
    )
}

/// W0341: a policy that sells or shares under the CCPA whose header
/// states no stance on Global Privacy Control. The text then says nothing
/// of the signal, and the rule table does not read it as an opt-out,
/// while the law asks the business to (11 CCR §7025(b)).
fn w0341_gpc_stance_not_stated(
    header: &HeaderWritten,
    (id, disclosure, at): (&str, Disclosure, Span),
    cited: &str,
) -> Option<Diagnostic> {
    if header.gpc.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::GpcStanceNotStated,
            at,
            format!(
                "data disclosed to `{id}` is {}, but the header states no stance on Global Privacy Control",
                disclosed_words(disclosure)
            ),
        )
        .label(format!(
            "a business that sells or shares must treat a Global Privacy Control signal as a request to opt out ({cited})"
        ))
        .note(header.head, "the header, which says nothing of the signal")
        .help(format!(
            "add `gpc {}` to the policy header: the text then says so, and the rule table denies a sale or share to a user whose browser sends the signal",
            crate::model::Stance::Honoured.keyword()
        )),
    )
}

/// W0342: a policy that sells or shares under the CCPA whose header gives
/// no `do_not_sell` link (Cal. Civ. Code §1798.135(a)(1), 11 CCR
/// §7013(e)). A warning: a business that processes opt-out preference
/// signals in a frictionless manner may do without the link
/// (§1798.135(b), 11 CCR §7025(f)), which the policy cannot state.
fn w0342_do_not_sell_link_missing(
    header: &HeaderWritten,
    (id, disclosure, at): (&str, Disclosure, Span),
    cited: &str,
) -> Option<Diagnostic> {
    if header.do_not_sell {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::DoNotSellLinkMissing,
            at,
            format!(
                "data disclosed to `{id}` is {}, but the header gives no \"Do Not Sell or Share My Personal Information\" link",
                disclosed_words(disclosure)
            ),
        )
        .label(format!(
            "a business that sells or shares posts the link on its homepage (Cal. Civ. Code §1798.135(a)(1), {cited})"
        ))
        .note(header.head, "the header, which gives no link")
        .help(
            "add `do_not_sell \"https://…\"` to the policy header with the address of the opt-out page; if the business instead processes Global Privacy Control signals in a frictionless manner (Cal. Civ. Code §1798.135(b), 11 CCR §7025(f)), allow W0342 in `[lints] allow` of policyc.toml",
        ),
    )
}

/// E0377: a test asks the child question of a policy with no `children`
/// block. The table states no stance, so every child is denied
/// (`no_stance`): a `deny children` would pass whatever the policy meant,
/// an `allow children` fail without saying why. A block written with
/// errors counts as written: its own errors are reported.
fn e0377_test_asks_children_without_stance(
    parts: &Parts,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    if written.children.is_some() {
        return;
    }
    for expectation in parts.tests.iter().flat_map(|t| &t.children) {
        diags.push(
            Diagnostic::new(
                Code::TestChildrenWithoutStance,
                expectation.span,
                "the test expects an answer on a child, but the policy has no `children` block",
            )
            .label("without a stance, every child is denied (`no_stance`)")
            .help(
                "declare the service's stance on children with a `children { audience … }` block, or remove the expectation",
            ),
        );
    }
}

/// E0376: a test's tracker expectation names no tracker the policy
/// declares. Its decision would be `unknown_tracker`, a denial, so a
/// misspelt `deny tracker` would pass for the wrong reason. A tracker
/// declared with errors counts as declared: its own errors are reported.
fn e0376_test_names_unknown_tracker(parts: &Parts, written: &Written, diags: &mut Vec<Diagnostic>) {
    let declared = || written.trackers.iter().map(|t| t.id.as_str());
    for expectation in parts.tests.iter().flat_map(|t| &t.trackers) {
        if declared().any(|id| id == expectation.tracker) {
            continue;
        }
        let mut ids: Vec<&str> = declared().collect();
        ids.sort_unstable();
        let help = crate::suggest::closest(&expectation.tracker, ids.iter().copied()).map_or_else(
            || {
                format!(
                    "declare it with `tracker {} \"…\" {{ … }}`, or name a declared tracker",
                    expectation.tracker
                )
            },
            |best| format!("did you mean `{best}`?"),
        );
        diags.push(
            Diagnostic::new(
                Code::TestUnknownTracker,
                expectation.span,
                format!(
                    "the test expects a decision on the tracker `{}`, which is not declared",
                    expectation.tracker
                ),
            )
            .label("no tracker has this name")
            .help(help),
        );
    }
}

/// The rules on automated decisions (GDPR Art. 22 and 13(2)(f)), in the
/// order of their codes.
fn decisions(
    parts: &Parts,
    spans: &SourceMap,
    written: &Written,
    hierarchy: &Hierarchy<'_>,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    for decision in &written.decisions {
        diags.extend(e0360_decision_basis_not_allowed(decision));
    }
    if let Some(cited) = cited(regimes, Ask::DecisionSafeguards) {
        e0361_decision_without_safeguards(parts, spans, &cited, diags);
    }
    for decision in &written.decisions {
        diags.extend(e0362_decision_incomplete(decision));
    }
    if let Some(cited) = cited(regimes, Ask::DecisionSpecialData) {
        e0363_decision_special_data(parts, spans, hierarchy, &cited, diags);
    }
    diags.extend(e0364_decisions_stated_none(written));
    if let Some(cited) = cited(regimes, Ask::DecisionStatement) {
        w0360_profiling_without_decision_statement(parts, spans, written, &cited, diags);
    }
    if let Some(cited) = cited(regimes, Ask::DecisionRight) {
        diags.extend(w0361_decision_without_right(parts, spans, &cited));
    }
}

/// Whether a purpose's basis is the user's consent, which ePrivacy's
/// consent to the tracker can be given with.
fn rests_on_consent(purpose: &Purpose) -> bool {
    matches!(purpose.basis, Basis::Consent | Basis::ExplicitConsent)
}

/// E0390: storing or reading information on the user's device needs the
/// user's consent unless it is strictly necessary for the service asked
/// for; a tracker that needs it cannot serve a purpose resting on another
/// basis, since the text would tell the user no consent is asked.
fn e0390_tracker_without_consent(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (tracker, tracker_spans) in parts.trackers.iter().zip(&spans.trackers) {
        if tracker.category == TrackerCategory::StrictlyNecessary {
            continue;
        }
        for (purpose_id, span) in &tracker_spans.serves {
            let Some(purpose) = parts.purposes.iter().find(|p| p.id == *purpose_id) else {
                continue;
            };
            if rests_on_consent(purpose) {
                continue;
            }
            diags.push(
                Diagnostic::new(
                    Code::TrackerWithoutConsent,
                    *span,
                    format!(
                        "the tracker `{}` is not strictly necessary, but the purpose `{purpose_id}` it serves rests on {}",
                        tracker.id,
                        purpose.basis.entry().diff
                    ),
                )
                .label(format!("`{purpose_id}` does not rest on consent"))
                .note(tracker_spans.category, format!("the tracker is `{}`", tracker.category.keyword()))
                .help(format!(
                    "a tracker that is not strictly necessary needs the user's consent ({cited}): give `{purpose_id}` `basis {}`, or, if the tracker is strictly necessary to provide the service the user asked for, write `category {}`",
                    Basis::Consent.as_str(),
                    TrackerCategory::StrictlyNecessary.keyword()
                )),
            );
        }
    }
}

/// W0391: data read from the user's device by a tracker that needs
/// consent is used for a purpose that does not rest on consent (and that
/// the tracker does not name, which is E0390): the access to the device
/// was consented to for other purposes, if at all.
fn w0391_terminal_access_without_consent(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        if rests_on_consent(purpose) {
            continue;
        }
        let found = purpose_spans.uses.iter().find_map(|(id, span)| {
            parts
                .trackers
                .iter()
                .zip(&spans.trackers)
                .filter(|(t, _)| t.category != TrackerCategory::StrictlyNecessary)
                .filter(|(t, _)| !t.serves.contains(&purpose.id))
                .find_map(|(t, s)| {
                    s.collects
                        .iter()
                        .find(|(collected, _)| {
                            used_within(hierarchy, collected, std::slice::from_ref(id))
                        })
                        .map(|(collected, at)| (t, collected, *at, *span))
                })
        });
        let Some((tracker, collected, collected_at, used_at)) = found else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::TerminalAccessWithoutConsent,
                used_at,
                format!(
                    "the purpose `{}` uses `{collected}`, which the tracker `{}` reads from the user's device, but rests on {}",
                    purpose.id,
                    tracker.id,
                    purpose.basis.entry().diff
                ),
            )
            .label("data read from the device without consent")
            .note(collected_at, format!("the tracker `{}` collects it here", tracker.id))
            .note(purpose_spans.basis, "the basis is stated here")
            .help(format!(
                "access to the user's device needs consent unless strictly necessary ({cited}): give `{}` `basis {}` and add it to the tracker's `serves`, or stop using the data the tracker collects",
                purpose.id,
                Basis::Consent.as_str()
            )),
        );
    }
}

/// E0330: periods joined by `or` may mean "erased when the first ends" or
/// "kept until the last ends", days or years apart; the policy must say
/// which, or the text, the table and the diff would each guess.
fn e0330_alternatives_without_rule(retain: &RetainWritten) -> Option<Diagnostic> {
    if retain.alternatives < 2 || retain.rule.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::AlternativesWithoutRule,
            retain.span,
            format!(
                "{} retention periods are joined with `or`, but nothing says how they combine",
                retain.alternatives
            ),
        )
        .label("erased when the first ends, or kept until the last ends?")
        .help("end the declaration with `, whichever comes first` (erased when the first period ends) or `, whichever comes last` (kept until the last ends)"),
    )
}

/// W0330: a rule on a single period combines nothing.
fn w0330_rule_without_alternatives(retain: &RetainWritten) -> Option<Diagnostic> {
    let rule = retain.rule?;
    (retain.alternatives == 1).then(|| {
        Diagnostic::new(
            Code::RuleWithoutAlternatives,
            rule,
            "this retention has one period, so there is nothing to combine",
        )
        .label("no alternative to come first or last")
        .help("remove `, whichever comes …`, or add the alternative periods with `or`")
    })
}

/// E0331: `then anonymise` promises that identifying data stops
/// identifying anyone when its retention ends; data declared `identity
/// anonymous` already relates to no one (GDPR Recital 26), so the promise
/// is empty and the text would say something that cannot happen.
fn e0331_anonymise_anonymous_data(parts: &Parts, written: &Written, diags: &mut Vec<Diagnostic>) {
    for (id, span) in &written.retention_ends {
        let Some(category) = parts.data.iter().find(|c| &c.id == id) else {
            continue;
        };
        if category.identity != Identity::Anonymous
            || category.retention_end != Some(crate::model::RetentionEnd::Anonymise)
        {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::AnonymiseAnonymousData,
                *span,
                format!("`{id}` is anonymised when its retention ends, but it is already anonymous"),
            )
            .label("anonymous data has no one left to anonymise")
            .help(format!(
                "write `then {}`, or remove `then {}`; if the data does identify people, declare its identity as `identified` or `pseudonymized`",
                crate::model::RetentionEnd::Delete.as_str(),
                crate::model::RetentionEnd::Anonymise.as_str(),
            )),
        );
    }
}

/// E0332: `retain DATA when_used_for PURPOSE` says how long the data is
/// kept when used for the purpose; a purpose that does not use the data
/// (nor a category it belongs to, nor one of its parts) never keeps it, so
/// the text would state a retention of a use that does not exist.
fn e0332_retention_for_unused_purpose(
    parts: &Parts,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    let related = |a: &str, b: &str| {
        a == b
            || a.strip_prefix(b).is_some_and(|rest| rest.starts_with('.'))
            || b.strip_prefix(a).is_some_and(|rest| rest.starts_with('.'))
    };
    let uses = |purpose: &Purpose, data: &str| purpose.uses.iter().any(|u| related(u, data));
    for (data, purpose_id, span) in &written.retention_purposes {
        let Some(purpose) = parts.purposes.iter().find(|p| &p.id == purpose_id) else {
            continue;
        };
        if uses(purpose, data) {
            continue;
        }
        let using: Vec<String> = parts
            .purposes
            .iter()
            .filter(|p| uses(p, data))
            .map(|p| format!("`{}`", p.id))
            .collect();
        let help = if using.is_empty() {
            format!(
                "no purpose uses `{data}`: add it to the `uses` of `{purpose_id}`, or remove `when_used_for {purpose_id}`"
            )
        } else {
            format!(
                "`{data}` is used for {}: name one of them after `when_used_for`, or add `{data}` to the `uses` of `{purpose_id}`",
                using.join(", ")
            )
        };
        diags.push(
            Diagnostic::new(
                Code::RetentionForUnusedPurpose,
                *span,
                format!("`{data}` is kept for `{purpose_id}`, but `{purpose_id}` does not use it"),
            )
            .label("this purpose does not use the data")
            .help(help),
        );
    }
}

/// E0340: `when_combined identified` states what depersonalized data
/// becomes when combined with personal data; on personal data it says
/// nothing, and the text would state a rule about nothing.
fn e0340_combination_rule_on_personal_data(
    parts: &Parts,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for (category, &span) in parts.data.iter().zip(&spans.data) {
        if !category.when_combined || category.identity == Identity::Depersonalized {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::CombinationRuleOnPersonalData,
                span,
                format!(
                    "`{}` states the combination rule, but it is {}",
                    category.id,
                    category.identity.as_str()
                ),
            )
            .label("`when_combined` applies to depersonalized data only")
            .help("remove `when_combined identified`, or declare the category `identity depersonalized` if it cannot identify the user"),
        );
    }
}

/// E0320: `regimes none` stands alone.
fn e0320_none_with_regimes(written: &Written) -> Option<Diagnostic> {
    let none = written.header.as_ref()?.none_among_regimes?;
    Some(
        Diagnostic::new(
            Code::NoneWithRegimes,
            none,
            "`none` is listed with other regimes",
        )
        .label("`none` means the policy answers to no regime")
        .help("list the regimes alone (`regimes gdpr`), or write `regimes none` alone"),
    )
}

/// E0301: a legitimate-interest basis must state the interest, under a
/// regime that asks for it (`cited`).
fn e0301_unstated_interest(
    purpose: &str,
    span: Span,
    basis: Basis,
    interest: Option<Span>,
    cited: &str,
) -> Option<Diagnostic> {
    if basis != Basis::LegitimateInterest || interest.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::UnstatedInterest,
            span,
            format!("the purpose `{purpose}` relies on legitimate interests without stating the interest"),
        )
        .label(format!("which interest? ({cited})"))
        .help(format!(
            "state it after the basis: `basis {} \"improving the quality of the Service\"`",
            Basis::LegitimateInterest.as_str()
        )),
    )
}

/// E0309: only a legitimate-interest basis states an interest.
fn e0309_interest_without_legitimate_interest(
    basis: Basis,
    interest: Option<Span>,
) -> Option<Diagnostic> {
    let interest = interest.filter(|_| basis != Basis::LegitimateInterest)?;
    Some(
        Diagnostic::new(
            Code::InterestWithoutLegitimateInterest,
            interest,
            format!(
                "an interest is stated, but the basis is `{}`",
                basis.as_str()
            ),
        )
        .label(format!(
            "only `{}` states an interest",
            Basis::LegitimateInterest.as_str()
        ))
        .help(format!(
            "remove the text, or change the basis to `{}`",
            Basis::LegitimateInterest.as_str()
        )),
    )
}

/// E0302, E0303 and E0304, which judge the same uses and exclude each
/// other: a use is reported by the first that applies.
fn depersonalized_uses(
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
            let use_ = Use {
                purpose,
                spans: purpose_spans,
                id,
                span: *span,
            };
            let diag = e0302_identified_in_depersonalized_purpose(
                &use_,
                category,
                spans.identity.get(at).copied().flatten(),
            )
            .or_else(|| {
                e0303_identified_through_parent(&use_, flag(&hierarchy.identified_below, at))
            })
            .or_else(|| {
                e0304_identified_by_combination(
                    &use_,
                    category,
                    flag(&hierarchy.identified_above, at),
                )
            });
            diags.extend(diag);
        }
    }
}

/// One data category named in a purpose's `uses`.
struct Use<'a> {
    purpose: &'a Purpose,
    spans: &'a PurposeSpans,
    id: &'a str,
    span: Span,
}

impl Use<'_> {
    /// The diagnostic of E0302, E0303 or E0304 at this use: the purpose
    /// "may use only depersonalized data, but" `but`, with a note at the
    /// restriction.
    fn restricted(&self, code: Code, but: &str) -> Diagnostic {
        Diagnostic::new(
            code,
            self.span,
            format!(
                "the purpose `{}` may use only depersonalized data, but {but}",
                self.purpose.id
            ),
        )
        .note(self.spans.only, "the restriction is stated here")
    }
}

/// E0302: a purpose restricted to depersonalized data uses a category
/// that is identified or pseudonymized itself.
fn e0302_identified_in_depersonalized_purpose(
    use_: &Use<'_>,
    category: &DataCategory,
    stated: Option<Span>,
) -> Option<Diagnostic> {
    if !identifies(category.identity) {
        return None;
    }
    let id = use_.id;
    let mut diag = use_
        .restricted(
            Code::IdentifiedInDepersonalizedPurpose,
            &format!("`{id}` is {}", category.identity.as_str()),
        )
        .label(format!("`{id}` can identify the user"))
        .help(format!(
            "remove `{id}` from `uses`, or use a depersonalized category instead"
        ));
    if let Some(stated) = stated {
        diag = diag.note(stated, "its identity is stated here");
    }
    Some(diag)
}

/// E0303: a depersonalized category used under the restriction covers
/// identified subcategories.
fn e0303_identified_through_parent(use_: &Use<'_>, identified_below: bool) -> Option<Diagnostic> {
    if !identified_below {
        return None;
    }
    let id = use_.id;
    Some(
        use_.restricted(
            Code::IdentifiedThroughParent,
            &format!("`{id}` covers identified subcategories"),
        )
        .label("a category covers all its subcategories")
        .help(format!(
            "name the depersonalized subcategories of `{id}` one by one instead"
        )),
    )
}

/// E0304: a depersonalized category used under the restriction sits
/// inside an identified one.
fn e0304_identified_by_combination(
    use_: &Use<'_>,
    category: &DataCategory,
    identified_above: bool,
) -> Option<Diagnostic> {
    // The rule holds only where the policy declares it (`when_combined`).
    if !identified_above || !category.when_combined {
        return None;
    }
    let id = use_.id;
    Some(
        use_.restricted(
            Code::IdentifiedByCombination,
            &format!("`{id}` is combined with identified data"),
        )
        .label(format!("`{id}` sits inside an identified category"))
        .help("depersonalized data combined with identified data counts as identified while combined; declare it as a category of its own, outside the identified one"),
    )
}

/// E0305: special-category data needs explicit consent, under a regime
/// that says so (`cited`); the help names the other conditions as those
/// of GDPR Art. 9(2) where a regime of the GDPR's is declared (`art_9`),
/// and as the cases of LGPD Art. 11(II) otherwise, without a law to name.
fn e0305_special_without_explicit_consent(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    cited: &str,
    art_9: bool,
    diags: &mut Vec<Diagnostic>,
) {
    let conditions = vocab::SPECIAL_CONDITIONS
        .keywords()
        .collect::<Vec<_>>()
        .join(", ");
    let help = if art_9 {
        format!(
            "special categories need `basis {}` ({cited}), or another condition of Art. 9(2) stated in the purpose: `special_condition CONDITION`, one of {conditions}; a condition that rests on a law names it: `special_condition health_care \"the law\"`",
            Basis::ExplicitConsent.as_str(),
        )
    } else {
        format!(
            "sensitive personal data needs `basis {}` for the specific and highlighted consent of {cited}, or a case of Art. 11(II) stated in the purpose: `special_condition CONDITION`, one of {conditions} (named as in GDPR Art. 9(2): name one only where Art. 11(II) lists the same case)",
            Basis::ExplicitConsent.as_str(),
        )
    };
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        // Explicit consent as the basis is condition (a); any other
        // condition stated is judged by E0395 to E0397.
        if purpose.basis == Basis::ExplicitConsent || purpose.special_condition.is_some() {
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
                Diagnostic::new(
                    Code::SpecialWithoutExplicitConsent,
                    *span,
                    format!(
                        "the purpose `{}` uses special-category data without explicit consent",
                        purpose.id
                    ),
                )
                .label(what)
                .note(purpose_spans.basis, "the basis is stated here")
                .help(help.clone()),
            );
        }
    }
}

/// E0306: every transfer states a ground, or writes it as unstated, under
/// a regime that asks for it.
fn e0306_transfer_without_ground(
    recipient: &str,
    span: Span,
    grounds: usize,
    cited: &str,
) -> Option<Diagnostic> {
    if grounds > 0 {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::TransferWithoutGround,
            span,
            format!("the transfer to `{recipient}` states no ground"),
        )
        .label(format!("the ground of each transfer must be stated ({cited})"))
        .help(format!(
            "end the line with `on {}` or another ground: {}; if the source does not state it, write `on {}`",
            policy_runtime::Ground::Consent.as_str(),
            crate::vocab::GROUNDS
                .values
                .iter()
                .filter(|v| {
                    !matches!(
                        v.value,
                        policy_runtime::Ground::Consent | policy_runtime::Ground::Unstated
                    )
                })
                .map(|v| v.keyword)
                .collect::<Vec<_>>()
                .join(", "),
            policy_runtime::Ground::Unstated.as_str()
        )),
    )
}

/// E0310: depersonalized statistics cannot be the only ground for
/// identified data.
fn e0310_statistics_ground_on_identified_data(
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
                identifies(c.identity) || flag(&hierarchy.identified_below, at)
            });
            if identified {
                diags.push(
                    Diagnostic::new(
                        Code::StatisticsGroundOnIdentifiedData,
                        *span,
                        format!("`{id}` is identified data, but its only ground is depersonalized statistics"),
                    )
                    .label("statistics must be depersonalized")
                    .note(transfer_spans.whole, "in this transfer")
                    .help(format!(
                        "transfer a depersonalized category (for example `data statistics \"…\" {{ identity {} source {} }}`), or add a ground that covers identified data",
                        Identity::Depersonalized.as_str(),
                        Source::Derived.keyword()
                    )),
                );
            }
        }
    }
}

/// E0307: identified data has a retention period, reported at the
/// topmost category that lacks one, under a regime that asks for it
/// (`cited`).
fn e0307_identified_without_retention(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
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
        parts
            .data
            .get(at)
            .is_some_and(|c| identifies(c.identity) && c.retention.is_empty() && !attempted(&c.id))
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
    // `SourceMap::data` is parallel to `Parts::data`: one span per category.
    for ((index, category), &span) in parts.data.iter().enumerate().zip(&spans.data) {
        if !lacks(index) || parent(index).is_some_and(lacks) {
            continue;
        }
        let mut label = format!("`{}` can identify the user", category.id);
        if let Some(&count) = unreported_below.get(index).filter(|&&count| count > 0) {
            let plural = if count == 1 { "y" } else { "ies" };
            label.push_str(&format!(", and so can its {count} subcategor{plural}"));
        }
        diags.push(
            Diagnostic::new(
                Code::IdentifiedWithoutRetention,
                span,
                format!("no retention period is stated for `{}`", category.id),
            )
            .label(label)
            .help(format!(
                "users must be told how long personal data is kept ({cited}); add `retain {} for 1 year from collection`, `retain {} until \"…\"` or `retain {} as_required_by_law`; if the source does not say, write `retain {} unstated`",
                category.id, category.id, category.id, category.id
            )),
        );
    }
}

/// W0308: data is collected for some purpose. Reported once per unused
/// top category: when a category is unused, so is every subcategory (a
/// used one would make it used), and they are named in its message.
fn w0308_unused_data(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
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
    let unused: Vec<bool> = parts
        .data
        .iter()
        .map(|category| {
            let mut covered = related.contains(category.id.as_str());
            let mut current = category.parent.as_deref();
            while let (false, Some(parent)) = (covered, current) {
                covered = used.contains(parent);
                current = parent.rsplit_once('.').map(|(p, _)| p);
            }
            !covered
        })
        .collect();
    let below = unused_below(parts, spans, &unused);
    // `SourceMap::data` is parallel to `Parts::data`: one span per category.
    for (at, (category, &span)) in parts.data.iter().zip(&spans.data).enumerate() {
        let Some(children) = below.get(at).filter(|_| flag(&unused, at)) else {
            continue;
        };
        let in_unused_parent = spans
            .parents
            .get(at)
            .copied()
            .flatten()
            .is_some_and(|parent| flag(&unused, parent));
        if in_unused_parent {
            continue;
        }
        diags.push(unused_data(&category.id, children, span));
    }
}

/// For each unused category whose parent is used (or that has none), the
/// ids of its subcategories, all unused too, in shallow-first order.
fn unused_below<'a>(parts: &'a Parts, spans: &SourceMap, unused: &[bool]) -> Vec<Vec<&'a str>> {
    let mut top: Vec<usize> = (0..parts.data.len()).collect();
    let mut below: Vec<Vec<&str>> = vec![Vec::new(); parts.data.len()];
    for &at in &spans.shallow_first {
        let parent = spans.parents.get(at).copied().flatten();
        let Some(parent) = parent.filter(|&p| flag(unused, p) && flag(unused, at)) else {
            continue;
        };
        let root = top.get(parent).copied().unwrap_or(parent);
        if let Some(slot) = top.get_mut(at) {
            *slot = root;
        }
        if let (Some(list), Some(category)) = (below.get_mut(root), parts.data.get(at)) {
            list.push(category.id.as_str());
        }
    }
    below
}

/// How many subcategories W0308 names before it counts the rest.
const NAMED_CHILDREN: usize = 5;

/// The W0308 of an unused category and its unused subcategories.
fn unused_data(id: &str, children: &[&str], span: Span) -> Diagnostic {
    let (message, label) = match children {
        [] => (
            format!("`{id}` is collected but no purpose uses it"),
            "collected for no stated purpose".to_owned(),
        ),
        _ => {
            let named: Vec<String> = children
                .iter()
                .take(NAMED_CHILDREN)
                .map(|child| format!("`{child}`"))
                .collect();
            let mut named = named.join(", ");
            if children.len() > NAMED_CHILDREN {
                named.push_str(&format!(" and {} more", children.len() - NAMED_CHILDREN));
            }
            let plural = if children.len() == 1 { "y" } else { "ies" };
            (
                format!(
                    "`{id}` and its subcategor{plural} {named} are collected but no purpose uses them"
                ),
                "collected for no stated purpose, with everything below it".to_owned(),
            )
        }
    };
    let which = if children.is_empty() {
        format!("`{id}`")
    } else {
        format!("`{id}` or a subcategory")
    };
    Diagnostic::new(Code::UnusedData, span, message)
        .label(label)
        .help(format!(
            "collect only what a purpose needs: add {which} to a purpose's `uses`, or remove it"
        ))
}

/// W0311: a root category says whether it identifies the user; a
/// subcategory inherits its parent's identity.
fn w0311_identity_assumed(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    // `SourceMap::data` is parallel to `Parts::data`: one span per category.
    for ((at, category), &span) in parts.data.iter().enumerate().zip(&spans.data) {
        let stated = spans.identity.get(at).is_some_and(Option::is_some);
        let has_parent = spans.parents.get(at).is_some_and(Option::is_some);
        if stated || has_parent {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::IdentityAssumed,
                span,
                format!(
                    "`{}` does not say whether it identifies the user",
                    category.id
                ),
            )
            .label("treated as identified")
            .help(format!(
                "add `identity {}`, `identity {}` or `identity {}`",
                Identity::Identified.as_str(),
                Identity::Pseudonymized.as_str(),
                Identity::Depersonalized.as_str()
            )),
        );
    }
}

/// E0350: a purpose and a recipient never share an id, because consent to
/// either is the one fact `consent:ID`: consenting to the purpose would
/// also allow the transfer, and the reverse.
fn e0350_purpose_and_recipient_share_id(
    written: &Written,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for purpose in &written.purposes {
        let Some(&recipient) = spans.recipients.get(&purpose.id) else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::PurposeAndRecipientShareId,
                recipient,
                format!(
                    "the recipient `{}` has the id of a purpose",
                    purpose.id
                ),
            )
            .label("also the id of a purpose")
            .note(purpose.span, format!("the purpose `{}` is declared here", purpose.id))
            .help(format!(
                "rename the recipient (for example `{}_processor`) or the purpose, and every reference to it: \
                 consent to either is the fact `consent:{}`, so one consent would allow both",
                purpose.id, purpose.id
            )),
        );
    }
}

/// E0351: a transfer names only purposes that use all its data (a
/// category or one that contains it): the text says the data is sent for
/// the purpose, and the purpose's own list must say it is used for it.
fn e0351_transfer_purpose_without_data(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for (transfer, transfer_spans) in parts.transfers.iter().zip(&spans.transfers) {
        for (purpose_id, span) in &transfer_spans.purposes {
            let Some(purpose) = parts.purposes.iter().find(|p| p.id == *purpose_id) else {
                continue;
            };
            let unused = transfer
                .data
                .iter()
                .find(|data| !used_within(hierarchy, data, &purpose.uses));
            let Some(unused) = unused else { continue };
            diags.push(
                Diagnostic::new(
                    Code::TransferPurposeWithoutData,
                    *span,
                    format!("the purpose `{purpose_id}` does not use `{unused}`, which this transfer sends for it"),
                )
                .label(format!("does not use `{unused}`"))
                .note(transfer_spans.whole, "in this transfer")
                .help(format!(
                    "add `{unused}` to the `uses` of purpose `{purpose_id}`, or name a purpose that uses it"
                )),
            );
        }
    }
}

/// Whether category `id` is one of `uses` or lies within one of them.
fn used_within(hierarchy: &Hierarchy<'_>, id: &str, uses: &[String]) -> bool {
    let mut at = Some(id);
    // A parent chain is at most as long as the list of categories; the
    // bound keeps a loop the checker reports elsewhere from hanging here.
    for _ in 0..=hierarchy.data.len() {
        let Some(current) = at else { return false };
        if uses.iter().any(|u| u == current) {
            return true;
        }
        at = hierarchy
            .get(current)
            .and_then(|(_, c)| c.parent.as_deref());
    }
    false
}

/// The text in lower case, with typographic apostrophes made plain and
/// every run of white space one space, so a phrase matches however it
/// is typed or wrapped.
fn words(text: &str) -> String {
    text.split_whitespace()
        .map(|word| word.to_lowercase().replace('\u{2019}', "'"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// W0380: a promise written only as free text ("we never sell your
/// data") binds nothing the checker or the diff sees: a later edition
/// that reverses it is classed editorial. Clauses, obligations and
/// security measures are the free texts a promise hides in.
fn w0380_free_text_commitment(parts: &Parts, spans: &SourceMap, diags: &mut Vec<Diagnostic>) {
    let clauses = parts
        .clauses
        .iter()
        .zip(&spans.model.clauses)
        .map(|(c, span)| ("clause", c.id.as_str(), c.text.as_str(), *span));
    let obligations = parts
        .obligations
        .iter()
        .zip(&spans.model.obligations)
        .map(|(s, span)| ("obligation", s.id.as_str(), s.text.as_str(), *span));
    let security = parts
        .security
        .iter()
        .zip(&spans.model.security)
        .map(|(s, span)| ("security measure", s.id.as_str(), s.text.as_str(), *span));
    for (kind, id, text, span) in clauses.chain(obligations).chain(security) {
        let Some((phrase, promise)) = promises::promise_in(text) else {
            continue;
        };
        let keyword = promise.commitment().keyword();
        let commitment = match (promise, promises::area_in(text)) {
            (Promise::TransferOutside, Some(area)) => format!("`commit {keyword} {area}`"),
            (Promise::TransferOutside, None) => format!(
                "`commit {keyword} AREA` (AREA one of {})",
                vocab::AREAS
                    .keywords()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            _ => format!("`commit {keyword}`"),
        };
        let (held, breaker) = promise.held();
        diags.push(
            Diagnostic::new(
                Code::FreeTextCommitment,
                span,
                format!("the {kind} `{id}` promises \"{phrase}\" in free text, which no check or diff reads"),
            )
            .label("a promise written here binds no declaration: an edition that reverses it is classed editorial")
            .help(format!(
                "state the promise as {commitment}, which the checker holds {held} to ({breaker} breaks it) and the diff sees dropped; then reword the {kind} so it promises nothing the declarations do not show, or remove it"
            )),
        );
    }
}

/// The rules on a recipient's transfer mechanism (GDPR Ch. V), in the
/// order of their codes.
fn transfer_mechanisms(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    for recipient in &written.recipients {
        diags.extend(e0365_adequacy_without_decision(recipient, regimes));
        diags.extend(e0366_derogation_without_case(recipient));
        diags.extend(w0365_mechanism_inside_area(recipient, regimes));
        diags.extend(w0366_safeguard_untyped(recipient, regimes));
        diags.extend(w0367_mechanism_without_country(recipient));
        diags.extend(w0368_safeguards_without_copy(recipient, regimes));
    }
    super::completeness::e0432_ground_against_derogation(written, regimes, diags);
}

/// The recipient's mechanism and country, when it states both.
fn mechanism_abroad(recipient: &RecipientWritten) -> Option<(&MechanismWritten, &str)> {
    let mechanism = recipient.mechanism.as_ref()?;
    let (country, _) = recipient.country.as_ref()?;
    Some((mechanism, country))
}

/// Whether `country` is inside the area of every declared regime that
/// has one, and there is such a regime: no transfer out of it happens.
fn inside_every_area(regimes: &[Regime], country: &str) -> bool {
    let mut areas = regimes
        .iter()
        .filter(|&&r| countries::area_of(r).is_some())
        .peekable();
    areas.peek().is_some() && areas.all(|&r| countries::inside(r, country))
}

/// E0365: `mechanism adequacy` for a country the Commission has made no
/// adequacy decision for (`countries::ADEQUACY`), under the GDPR.
fn e0365_adequacy_without_decision(
    recipient: &RecipientWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let (mechanism, country) = mechanism_abroad(recipient)?;
    if mechanism.kind != Some(MechanismKind::Adequacy)
        || countries::inside(Regime::Gdpr, country)
        || countries::adequacy(country).is_some()
    {
        return None;
    }
    let cited = cited(regimes, Ask::Adequacy)?;
    Some(
        Diagnostic::new(
            Code::AdequacyWithoutDecision,
            mechanism.span,
            format!(
                "`{}` is in {country}, for which the European Commission has made no adequacy decision",
                recipient.id
            ),
        )
        .label(format!("an adequacy decision must exist for the country ({cited})"))
        .help(format!(
            "the Commission has adequacy decisions for {} (as of {}); if the recipient is in one of them, write its name as listed in `country`; otherwise state what the transfer rests on, such as `mechanism standard_contractual_clauses`",
            crate::vocab::listed(&countries::adequate_countries(), " and "),
            countries::ADEQUACY_AS_OF
        )),
    )
}

/// E0366: a derogation names its case (GDPR Art. 49(1)), and no other
/// mechanism has one. Under every regime: the declaration is incomplete
/// in itself.
fn e0366_derogation_without_case(recipient: &RecipientWritten) -> Option<Diagnostic> {
    let mechanism = recipient.mechanism.as_ref()?;
    let cases = crate::vocab::DEROGATIONS.keywords().collect::<Vec<_>>();
    match (mechanism.kind?, mechanism.case) {
        (MechanismKind::Derogation, None) => Some(
            Diagnostic::new(
                Code::DerogationWithoutCase,
                mechanism.span,
                format!("the derogation of `{}` does not say which case it is", recipient.id),
            )
            .label("a derogation applies only in the situations of GDPR Art. 49(1)")
            .help(format!(
                "write the case after `derogation` on the same line, such as `mechanism derogation explicit_consent` (one of {})",
                cases.join(", ")
            )),
        ),
        (kind, Some((_, span))) if kind != MechanismKind::Derogation => Some(
            Diagnostic::new(
                Code::DerogationWithoutCase,
                span,
                format!("`{}` takes no case; only a derogation does", kind.keyword()),
            )
            .label("this word follows a mechanism that is not a derogation")
            .help(format!(
                "remove it, or, if the transfer rests on a derogation, write `mechanism derogation CASE` (CASE one of {})",
                cases.join(", ")
            )),
        ),
        _ => None,
    }
}

/// W0365: a mechanism on a recipient inside the area of every declared
/// regime with rules on transfers out: no transfer leaves the area, and
/// the text would say one does.
fn w0365_mechanism_inside_area(
    recipient: &RecipientWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let (mechanism, country) = mechanism_abroad(recipient)?;
    if !inside_every_area(regimes, country) {
        return None;
    }
    let cited = cited(regimes, Ask::TransferSafeguard)?;
    Some(
        Diagnostic::new(
            Code::MechanismInsideArea,
            mechanism.span,
            format!(
                "`{}` is in {country}, where data moves without a transfer mechanism",
                recipient.id
            ),
        )
        .label(format!("no transfer abroad to rest on ({cited})"))
        .help("remove `mechanism` (and `copy`): the text would tell readers their data leaves the area"),
    )
}

/// The typed form a free-text safeguard names, when its words name one.
fn typed_form(safeguard: &str) -> Option<MechanismKind> {
    let text = format!(" {} ", words(safeguard).replace(['(', ')', ',', '.'], " "));
    let has = |phrases: &[&str]| phrases.iter().any(|p| text.contains(&format!(" {p} ")));
    if has(&[
        "standard contractual clauses",
        "standard data protection clauses",
        "scc",
        "sccs",
    ]) {
        Some(MechanismKind::StandardContractualClauses)
    } else if has(&["binding corporate rules", "bcr", "bcrs"]) {
        Some(MechanismKind::BindingCorporateRules)
    } else if has(&["adequacy", "adequacy decision"]) {
        Some(MechanismKind::Adequacy)
    } else if has(&["code of conduct"]) {
        Some(MechanismKind::CodeOfConduct)
    } else if has(&["certification"]) {
        Some(MechanismKind::Certification)
    } else {
        None
    }
}

/// W0366: a safeguard in free text with no typed `mechanism`, under a
/// regime that asks for the safeguard: it stays valid, as the
/// mechanism's description, but no check or diff reads which it is.
fn w0366_safeguard_untyped(recipient: &RecipientWritten, regimes: &[Regime]) -> Option<Diagnostic> {
    let (text, span) = recipient.safeguard.as_ref()?;
    if recipient.mechanism.is_some() || recipient.country.is_none() {
        return None;
    }
    let cited = cited(regimes, Ask::TransferSafeguard)?;
    let help = match typed_form(text) {
        Some(kind) => format!(
            "add `mechanism {}` above it; the safeguard stays, as the mechanism's description",
            kind.keyword()
        ),
        None => format!(
            "add the mechanism it describes above it, `mechanism KIND` (KIND one of {}; a derogation with its case); the safeguard stays, as its description",
            crate::vocab::MECHANISMS
                .keywords()
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Some(
        Diagnostic::new(
            Code::SafeguardUntyped,
            *span,
            format!(
                "the safeguard of `{}` is free text: no check or diff reads which mechanism it is",
                recipient.id
            ),
        )
        .label(format!("a transfer abroad rests on a mechanism ({cited})"))
        .help(help),
    )
}

/// W0367: a mechanism or a copy on a recipient that states no country:
/// the text cannot say where the data goes.
fn w0367_mechanism_without_country(recipient: &RecipientWritten) -> Option<Diagnostic> {
    if recipient.country.is_some() {
        return None;
    }
    let (span, what) = match (&recipient.mechanism, recipient.copy) {
        (Some(mechanism), _) => (mechanism.span, "a transfer mechanism"),
        (None, Some(span)) => (span, "where to obtain a copy of its safeguards"),
        (None, None) => return None,
    };
    Some(
        Diagnostic::new(
            Code::MechanismWithoutCountry,
            span,
            format!("`{}` states {what}, but not its country", recipient.id),
        )
        .label("a transfer mechanism is for data sent abroad")
        .help("add `country \"…\"` with the country the recipient is in, or remove this line if no data leaves the country"),
    )
}

/// W0368: a transfer resting on safeguards (standard clauses, binding
/// corporate rules, a code of conduct, a certification) with no `copy`:
/// users must be told how to obtain one.
fn w0368_safeguards_without_copy(
    recipient: &RecipientWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let (mechanism, country) = mechanism_abroad(recipient)?;
    let kind = mechanism.kind?;
    if recipient.copy.is_some()
        || matches!(kind, MechanismKind::Adequacy | MechanismKind::Derogation)
        || inside_every_area(regimes, country)
    {
        return None;
    }
    let cited = cited(regimes, Ask::SafeguardCopy)?;
    Some(
        Diagnostic::new(
            Code::SafeguardsWithoutCopy,
            mechanism.span,
            format!(
                "the transfer to `{}` rests on {}, but the policy does not say where to obtain a copy",
                recipient.id,
                kind.entry().diff
            ),
        )
        .label(format!("users must be told how to obtain a copy ({cited})"))
        .help("add `copy \"…\"` with an address where the safeguards are published, or how to ask for a copy (`copy \"on request to privacy@example.com\"`)"),
    )
}

/// The rules of the `children` block: its own consistency, then what
/// COPPA and the GDPR ask of a service children use.
fn children(parts: &Parts, written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let Some(block) = &written.children else {
        if let (Some(cited), Some(header)) = (cited(regimes, Ask::ChildrenStance), &written.header)
        {
            diags.push(w0373_children_stance_not_stated(header.head, &cited));
        }
        return;
    };
    diags.extend(e0375_audience_not_stated(block));
    if let Some(not_an_age) = e0372_age_not_an_age(block) {
        // The other rules would read the mistyped number as an age.
        diags.push(not_an_age);
        return;
    }
    let Some(children) = &parts.children else {
        return;
    };
    diags.extend(e0370_children_not_knowingly_collected(children, block));
    diags.extend(e0371_children_excluded(children, block));
    diags.extend(super::completeness::e0433_children_collected_below_minimum_age(children, block));
    if let Some(cited) = cited(regimes, Ask::MinorSaleOptIn)
        && let Some(sold) =
            disclosing(parts, written, &[Disclosure::Sale, Disclosure::Share]).next()
    {
        diags.extend(super::completeness::e0441_minor_sold_without_opt_in(
            children,
            block,
            (sold.0, disclosed_words(sold.1), sold.2),
            &cited,
        ));
    }
    if let Some(cited) = cited(regimes, Ask::ParentalConsent) {
        diags.extend(e0373_children_without_parental_consent(
            children, block, &cited,
        ));
    }
    if let Some(cited) = cited(regimes, Ask::ParentRights) {
        diags.extend(e0374_parent_rights_missing(children, block, &cited));
    }
    if !parts.purposes.iter().any(rests_on_consent) {
        return;
    }
    if let Some(cited) = cited(regimes, Ask::AgeOfConsent) {
        diags.extend(w0370_age_of_consent_not_stated(children, block, &cited));
    }
    diags.extend(w0371_age_of_consent_out_of_range(children, block, regimes));
    if let Some(cited) = cited(regimes, Ask::ParentalConsentVerified) {
        diags.extend(w0372_parental_consent_not_stated(children, block, &cited));
    }
}

/// The ages a regime allows as the age of digital consent: the GDPR's
/// Art. 8(1) lets each member state set one from 13 to 16; the UK set 13
/// (Data Protection Act 2018, s. 9).
const AGES_OF_CONSENT: &[(Regime, u8, u8)] = &[(Regime::Gdpr, 13, 16), (Regime::UkGdpr, 13, 13)];

/// The age of digital consent where a regime leaves it to member states
/// and none is stated: the GDPR's default (Art. 8(1)).
const DEFAULT_AGE_OF_CONSENT: u8 = 16;

/// The age under which COPPA protects a child (16 CFR §312.2).
const COPPA_AGE: u8 = 13;

/// E0370: a service directed to children knows whom it collects from; to
/// say it does not knowingly collect children's information contradicts
/// its audience (COPPA treats a child-directed service as knowing).
fn e0370_children_not_knowingly_collected(
    children: &Children,
    block: &ChildrenWritten,
) -> Option<Diagnostic> {
    if children.audience != Audience::Children || children.knowingly_collects != Some(false) {
        return None;
    }
    let at = block.knowingly_collects.unwrap_or(block.head);
    let mut diagnostic = Diagnostic::new(
        Code::ChildrenNotKnowinglyCollected,
        at,
        "the service is directed to children, yet says it does not knowingly collect their information",
    )
    .label("a service directed to children knows that its users are children");
    if let Some(audience) = block.audience {
        diagnostic = diagnostic.note(audience, "directed to children here");
    }
    Some(diagnostic.help(
        "write `knowingly_collects yes`, or, if children are only part of the audience, `audience mixed` with a `minimum_age` that screens them out",
    ))
}

/// E0371: a service directed to children that admits no one under a
/// minimum age above 13 and obtains no parental consent has no child it
/// may serve.
fn e0371_children_excluded(children: &Children, block: &ChildrenWritten) -> Option<Diagnostic> {
    let age = children.minimum_age?;
    if children.audience != Audience::Children
        || age <= COPPA_AGE
        || children.parental_consent.is_some()
    {
        return None;
    }
    let at = block
        .minimum_age
        .as_ref()
        .map_or(block.head, |(_, _, span)| *span);
    let mut diagnostic = Diagnostic::new(
        Code::ChildrenExcluded,
        at,
        format!("the service is directed to children, but no one under {age} may use it"),
    )
    .label("without a parent's consent, this age shuts out the children the service is for");
    if let Some(audience) = block.audience {
        diagnostic = diagnostic.note(audience, "directed to children here");
    }
    Some(diagnostic.help(
        "add `parental_consent \"how a parent's consent is obtained and verified\"` so younger children may use the service, or write `audience mixed` or `audience general`",
    ))
}

/// E0372: an age is a whole number of years a person may have.
fn e0372_age_not_an_age(block: &ChildrenWritten) -> Option<Diagnostic> {
    let (years, text, span) = block.minimum_age.as_ref()?;
    if (1..=99).contains(years) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::AgeNotAnAge,
            *span,
            format!("`minimum_age {text}` is not an age"),
        )
        .label("expected a number of years from 1 to 99")
        .help("write the age in years, such as `minimum_age 16`"),
    )
}

/// E0373: under COPPA, collecting a child's information needs a parent's
/// verifiable consent first; the policy says how it is obtained.
fn e0373_children_without_parental_consent(
    children: &Children,
    block: &ChildrenWritten,
    cited: &str,
) -> Option<Diagnostic> {
    if !children.admits_under(COPPA_AGE) || children.parental_consent.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ChildrenWithoutParentalConsent,
            block.head,
            "children under 13 use the service, but no parental-consent mechanism is declared",
        )
        .label(format!("a parent's verifiable consent comes before a child's information is collected ({cited})"))
        .help(
            "add `parental_consent \"how a parent's consent is obtained and verified\"` to the block, or, if the service is not directed to children, `minimum_age 13` with `audience mixed` or `audience general`",
        ),
    )
}

/// E0374: under COPPA, the notice states that a parent may review the
/// child's information, have it deleted and refuse its further collection.
fn e0374_parent_rights_missing(
    children: &Children,
    block: &ChildrenWritten,
    cited: &str,
) -> Option<Diagnostic> {
    if !children.admits_under(COPPA_AGE) {
        return None;
    }
    let missing: Vec<&str> = crate::vocab::PARENT_RIGHTS
        .values
        .iter()
        .filter(|v| !children.parent_rights.contains(&v.value))
        .map(|v| v.keyword)
        .collect();
    if missing.is_empty() {
        return None;
    }
    let named: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    let every: Vec<&str> = crate::vocab::PARENT_RIGHTS.keywords().collect();
    Some(
        Diagnostic::new(
            Code::ParentRightsMissing,
            block.parent_rights.unwrap_or(block.head),
            format!(
                "children under 13 use the service, but the parent's {} {} not stated",
                crate::vocab::listed(&named, " and "),
                if missing.len() == 1 {
                    "right is"
                } else {
                    "rights are"
                }
            ),
        )
        .label(format!(
            "the notice states what a parent may do about the child's information ({cited})"
        ))
        .help(format!(
            "write `parent_rights {}` in the block",
            every.join(", ")
        )),
    )
}

/// E0375: the audience is the stance itself: every other property is
/// read against it.
fn e0375_audience_not_stated(block: &ChildrenWritten) -> Option<Diagnostic> {
    if block.audience_written {
        return None;
    }
    let every: Vec<&str> = crate::vocab::AUDIENCES.keywords().collect();
    Some(
        Diagnostic::new(
            Code::AudienceNotStated,
            block.head,
            "the `children` block does not say whom the service is directed to",
        )
        .label("the audience is the stance the other properties are read against")
        .help(format!("add `audience {}` to the block", every.join("|"))),
    )
}

/// W0370: under the GDPR, a child's consent to an online service counts
/// only from the age of digital consent; below it a parent consents.
fn w0370_age_of_consent_not_stated(
    children: &Children,
    block: &ChildrenWritten,
    cited: &str,
) -> Option<Diagnostic> {
    if !children.offered_to_children() || children.minimum_age.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::AgeOfConsentNotStated,
            block.head,
            "the service is offered to children and relies on consent, but states no age of digital consent",
        )
        .label(format!("below this age, a parent gives or authorises the consent ({cited})"))
        .help(format!(
            "add `minimum_age {DEFAULT_AGE_OF_CONSENT}` (the GDPR's default; member states set 13 to 16) to the block"
        )),
    )
}

/// W0371: the age of digital consent is one the declared regime allows:
/// 13 to 16 under the GDPR, 13 in the UK. A higher minimum age for a
/// service not offered to children is its own choice, and not judged.
fn w0371_age_of_consent_out_of_range(
    children: &Children,
    block: &ChildrenWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let age = children.minimum_age?;
    let (regime, low, high) = AGES_OF_CONSENT
        .iter()
        .copied()
        .find(|&(regime, low, high)| {
            regimes.contains(&regime)
                && (age < low || (age > high && children.offered_to_children()))
        })?;
    let cited = cited(&[regime], Ask::AgeOfConsent)?;
    let allowed = if low == high {
        format!("{low}")
    } else {
        format!("from {low} to {high}")
    };
    let span = block
        .minimum_age
        .as_ref()
        .map_or(block.head, |(_, _, span)| *span);
    Some(
        Diagnostic::new(
            Code::AgeOfConsentOutOfRange,
            span,
            format!(
                "`minimum_age {age}` is outside the ages of digital consent that {cited} allows"
            ),
        )
        .label(format!("the age of digital consent is {allowed} ({cited})"))
        .help(format!(
            "write `minimum_age {}`, or the age of the member state whose law applies",
            if age < low { low } else { high }
        )),
    )
}

/// W0372: under the GDPR, a child below the age of digital consent
/// consents through a parent, and the controller makes reasonable efforts
/// to verify it: the policy says how.
fn w0372_parental_consent_not_stated(
    children: &Children,
    block: &ChildrenWritten,
    cited: &str,
) -> Option<Diagnostic> {
    let age = children.minimum_age.unwrap_or(DEFAULT_AGE_OF_CONSENT);
    if !children.admits_under(age) || children.parental_consent.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ParentalConsentNotStated,
            block.head,
            format!("children under {age} use the service, which relies on consent, but no parental-consent mechanism is declared"),
        )
        .label(format!("a parent gives or authorises a younger child's consent, and the controller verifies it ({cited})"))
        .help(
            "add `parental_consent \"how a parent's consent is obtained and verified\"` to the block, or a `minimum_age` below which the service is not offered",
        ),
    )
}

/// W0373: a policy that answers to COPPA says whether the service is
/// directed to children and whether it collects their information.
fn w0373_children_stance_not_stated(head: Span, cited: &str) -> Diagnostic {
    Diagnostic::new(
        Code::ChildrenStanceNotStated,
        head,
        "the policy answers to COPPA but states no stance on children",
    )
    .label(format!("the notice says whether and how children's information is collected ({cited})"))
    .help("add a block such as `children { audience general  minimum_age 13  knowingly_collects no }`")
}

/// E0360: Art. 22(2) allows a decision based solely on automated
/// processing only on the user's explicit consent, for a contract with the
/// user, or where a law authorises it; the law is then named, and only
/// there. A basis the model cannot hold is judged here, not in lowering.
fn e0360_decision_basis_not_allowed(decision: &DecisionWritten) -> Option<Diagnostic> {
    let basis = decision.basis.as_ref()?;
    let law = DecisionBasis::Law.keyword();
    let allowed = vocab::DECISION_BASES.find(&basis.keyword).map(|v| v.value);
    let (message, label, at) = match (allowed, basis.text) {
        (Some(DecisionBasis::Law), Some(_))
        | (Some(DecisionBasis::ExplicitConsent | DecisionBasis::Contract), None) => return None,
        (Some(DecisionBasis::Law), None) => (
            format!(
                "the automated decision `{}` does not name the law that authorises it",
                decision.id
            ),
            "`basis law` is followed by the law, in quotes".to_owned(),
            basis.span,
        ),
        (Some(other), Some(text)) => (
            format!(
                "the automated decision `{}` gives a text after `basis {}`",
                decision.id,
                other.keyword()
            ),
            format!("only `basis {law}` is followed by a text, the law"),
            text,
        ),
        (None, _) => (
            format!(
                "`{}` is not a basis for an automated decision",
                basis.keyword
            ),
            "an automated decision is allowed only on explicit consent, for a contract, or by law"
                .to_owned(),
            basis.span,
        ),
    };
    let help = if allowed.is_some() {
        format!(
            "write `basis {law} \"the law that authorises it\"`, or another basis without a text"
        )
    } else if basis.keyword == Basis::Consent.as_str() {
        format!(
            "an automated decision needs explicit consent: write `basis {}`",
            DecisionBasis::ExplicitConsent.keyword()
        )
    } else {
        format!(
            "write `basis {}`, `basis {}`, or `basis {law} \"the law that authorises it\"`",
            DecisionBasis::ExplicitConsent.keyword(),
            DecisionBasis::Contract.keyword()
        )
    };
    Some(
        Diagnostic::new(Code::DecisionBasisNotAllowed, at, message)
            .label(label)
            .help(help),
    )
}

/// E0361: a decision on explicit consent or a contract comes with the
/// user's right to obtain human intervention, to express their point of
/// view and to contest the decision (Art. 22(3)); one on a law has the
/// safeguards that law lays down.
fn e0361_decision_without_safeguards(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (decision, decision_spans) in parts.decisions.iter().zip(&spans.decisions) {
        if decision.basis == DecisionBasis::Law {
            continue;
        }
        let missing: Vec<String> = Safeguard::SET
            .values
            .iter()
            .filter(|v| !decision.safeguards.contains(&v.value))
            .map(|v| format!("`{}`", v.keyword))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
        let all: Vec<&str> = vocab::SAFEGUARDS.keywords().collect();
        diags.push(
            Diagnostic::new(
                Code::DecisionWithoutSafeguards,
                decision_spans.safeguards,
                format!(
                    "the automated decision `{}` does not state {}",
                    decision.id,
                    vocab::listed(&missing, " or ")
                ),
            )
            .label(format!(
                "on {}, the user has every safeguard ({cited})",
                decision.basis.entry().diff
            ))
            .note(decision_spans.basis, "the basis is stated here")
            .help(format!(
                "write `safeguards {}` in the decision, and offer them",
                all.join(", ")
            )),
        );
    }
}

/// E0362: a decision says what data it uses, the logic involved, its
/// significance and consequences (Art. 13(2)(f)) and what allows it: the
/// text is made from these.
fn e0362_decision_incomplete(decision: &DecisionWritten) -> Option<Diagnostic> {
    let (first, _) = decision.missing.split_first()?;
    let missing: Vec<String> = decision.missing.iter().map(|m| format!("`{m}`")).collect();
    let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
    let example = match *first {
        "uses" => "uses income, payment_history",
        "logic" => "logic \"we score repayment history against income\"",
        "significance" => "significance \"a low score means the loan is refused\"",
        _ => "basis contract",
    };
    Some(
        Diagnostic::new(
            Code::DecisionIncomplete,
            decision.span,
            format!(
                "the automated decision `{}` does not state {}",
                decision.id,
                vocab::listed(&missing, " or ")
            ),
        )
        .label("the text on automated decisions is made from these")
        .help(format!(
            "add each to the decision's block, for example `{example}`"
        )),
    )
}

/// E0363: special-category data may be used in an automated decision only
/// on explicit consent or for a substantial public interest laid down by
/// law (Art. 22(4) with 9(2)(a) or (g)), never for a contract.
fn e0363_decision_special_data(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (decision, decision_spans) in parts.decisions.iter().zip(&spans.decisions) {
        if decision.basis != DecisionBasis::Contract {
            continue;
        }
        let special = decision_spans.uses.iter().find(|(id, _)| {
            hierarchy
                .get(id)
                .is_some_and(|(at, c)| c.special.is_some() || flag(&hierarchy.special_below, at))
        });
        let Some((id, span)) = special else {
            continue;
        };
        diags.push(
            Diagnostic::new(
                Code::DecisionSpecialData,
                *span,
                format!(
                    "the automated decision `{}` uses special-category data on a contract",
                    decision.id
                ),
            )
            .label(format!("`{id}` is or covers a special category of data"))
            .note(decision_spans.basis, "the basis is stated here")
            .help(format!(
                "special categories in an automated decision need `basis {}`, or `basis {} \"…\"` for a substantial public interest ({cited}); or stop using `{id}` in it",
                DecisionBasis::ExplicitConsent.keyword(),
                DecisionBasis::Law.keyword()
            )),
        );
    }
}

/// E0364: `automated_decisions none` in the header contradicts a declared
/// decision: the text would say both.
fn e0364_decisions_stated_none(written: &Written) -> Option<Diagnostic> {
    let none = written.no_decisions?;
    let decision = written.decisions.first()?;
    Some(
        Diagnostic::new(
            Code::DecisionsStatedNone,
            none,
            "the header says there are no automated decisions",
        )
        .label("said here")
        .note(
            decision.span,
            format!(
                "but the automated decision `{}` is declared here",
                decision.id
            ),
        )
        .help("remove `automated_decisions none` from the header, or the decision"),
    )
}

/// W0360: a purpose marked `profiling` makes the reader ask whether
/// decisions are taken on the profile; the notice says which, with their
/// logic and significance, or that there are none (Art. 13(2)(f)): a
/// `decision`, `automated_decisions none` or `commit
/// no_automated_decisions`.
fn w0360_profiling_without_decision_statement(
    parts: &Parts,
    spans: &SourceMap,
    written: &Written,
    cited: &str,
    diags: &mut Vec<Diagnostic>,
) {
    if written.states_decisions() {
        return;
    }
    let Some((purpose, at)) = first_profiling(parts, spans) else {
        return;
    };
    diags.push(
        Diagnostic::new(
            Code::ProfilingWithoutDecisionStatement,
            at,
            format!(
                "the purpose `{}` profiles the user, but the policy does not say whether automated decisions are made",
                purpose.id
            ),
        )
        .label(format!("a notice says whether automated decisions are made ({cited})"))
        .help(format!(
            "declare each decision made solely by automated means (`decision ID \"LABEL\" {{ … }}`), or, where none is made, write `automated_decisions {}` in the header or `commit {}`",
            vocab::NO_DECISIONS,
            CommitmentKind::NoAutomatedDecisions.keyword()
        )),
    );
}

/// W0361: where a decision is declared, the rights say the user's right
/// not to be subject to one (Art. 22(1)).
fn w0361_decision_without_right(
    parts: &Parts,
    spans: &SourceMap,
    cited: &str,
) -> Option<Diagnostic> {
    let (decision, span) = parts.decisions.first().zip(spans.decisions.first())?;
    if parts
        .rights
        .iter()
        .any(|r| r.kind == RightKind::AutomatedDecisions)
    {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::DecisionWithoutRight,
            span.id,
            format!(
                "the policy declares the automated decision `{}`, but not the right not to be subject to one",
                decision.id
            ),
        )
        .label(format!("the user has this right ({cited})"))
        .help(format!(
            "add `right {}` to the policy",
            RightKind::AutomatedDecisions.keyword()
        )),
    )
}

/// The rules of the parties a recipient is: its kind against its role,
/// and a joint controller's arrangement (GDPR Art. 26).
fn parties(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    if let Some(header) = &written.header {
        e0341_joint_controller_named_twice(header, diags);
        for joint in &header.joint_controllers {
            diags.extend(w0392_joint_controller_without_arrangement_in_header(
                joint, regimes,
            ));
        }
    }
    for recipient in &written.recipients {
        diags.extend(e0392_processor_as_controller(recipient));
        diags.extend(e0393_arrangement_without_joint_control(recipient));
        diags.extend(w0392_joint_controller_without_arrangement(
            recipient, regimes,
        ));
    }
}

/// E0392: a `processor` or `service_provider` that states a controller's
/// `role`: one acts on the controller's instructions, the other decides
/// for itself, and the text cannot say both.
fn e0392_processor_as_controller(recipient: &RecipientWritten) -> Option<Diagnostic> {
    let (kind, kind_span) = recipient.party.kind?;
    let (role, role_span) = recipient.party.role?;
    if !matches!(
        kind,
        crate::model::RecipientKind::Processor | crate::model::RecipientKind::ServiceProvider
    ) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ProcessorAsController,
            role_span,
            format!(
                "the recipient `{}` is {}, which acts on the controller's instructions, but is said to be {}",
                recipient.id,
                kind.entry().diff,
                role.entry().diff
            ),
        )
        .label("a controller decides why and how the data is processed")
        .note(kind_span, "its kind is stated here")
        .help(format!(
            "remove `role {}` if the recipient only acts on your instructions, or change its `kind` to {}",
            role.keyword(),
            // A joint controller is no third party (GDPR Art. 4(10)).
            if role == crate::model::ControllerRole::JointController {
                "the kind of business it is (affiliate, advertising, …), or leave `kind` out: a joint controller is not a third party (GDPR Art. 4(10))"
            } else {
                "the kind of controller it is (third_party, affiliate, advertising, …)"
            }
        )),
    )
}

/// E0393: an `arrangement` on a recipient that is not `role
/// joint_controller`: only joint controllers have one (Art. 26(1)).
fn e0393_arrangement_without_joint_control(recipient: &RecipientWritten) -> Option<Diagnostic> {
    let at = recipient.party.arrangement?;
    let role = recipient.party.role.map(|(role, _)| role);
    if role == Some(crate::model::ControllerRole::JointController) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ArrangementWithoutJointControl,
            at,
            format!(
                "the recipient `{}` states an arrangement, but is not a joint controller",
                recipient.id
            ),
        )
        .label("only joint controllers determine their responsibilities in an arrangement")
        .help("add `role joint_controller` if the recipient decides with you why and how the data is processed, or remove the `arrangement`"),
    )
}

/// W0392: a `role joint_controller` without an `arrangement`, under a
/// regime that asks for the essence of the arrangement to be made
/// available to the user (GDPR and UK GDPR Art. 26(2)).
fn w0392_joint_controller_without_arrangement(
    recipient: &RecipientWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    let (role, span) = recipient.party.role?;
    if role != crate::model::ControllerRole::JointController
        || recipient.party.arrangement.is_some()
    {
        return None;
    }
    let cited = cited(regimes, Ask::JointArrangement)?;
    Some(
        Diagnostic::new(
            Code::JointControllerWithoutArrangement,
            span,
            format!(
                "the recipient `{}` is a joint controller, but the policy does not state the essence of the arrangement",
                recipient.id
            ),
        )
        .label(format!("the essence of the arrangement must be made available to users ({cited})"))
        .help("add `arrangement \"…\"` saying who does what: who informs users, who answers their requests, and that they may exercise their rights against each controller"),
    )
}

/// W0392 for a `joint_controller` of the header: the same duty as a
/// recipient's (GDPR Art. 26(2)), judged where the company is named.
fn w0392_joint_controller_without_arrangement_in_header(
    joint: &JointWritten,
    regimes: &[Regime],
) -> Option<Diagnostic> {
    if joint.arrangement {
        return None;
    }
    let cited = cited(regimes, Ask::JointArrangement)?;
    Some(
        Diagnostic::new(
            Code::JointControllerWithoutArrangement,
            joint.span,
            format!(
                "{} is a joint controller, but the policy does not state the essence of the arrangement",
                joint.name
            ),
        )
        .label(format!("the essence of the arrangement must be made available to users ({cited})"))
        .help("add `arrangement \"…\"` to the `joint_controller` block, saying who does what: who informs users, who answers their requests, and that they may exercise their rights against each controller"),
    )
}

/// E0341: a joint controller named twice, or named as a joint controller
/// of itself. The text would name one company twice as two, and a diff
/// could not tell which of the two changed.
fn e0341_joint_controller_named_twice(header: &HeaderWritten, diags: &mut Vec<Diagnostic>) {
    let mut seen: Vec<&JointWritten> = Vec::new();
    for joint in &header.joint_controllers {
        let key = joint.name.trim().to_lowercase();
        let earlier = seen
            .iter()
            .find(|e| e.name.trim().to_lowercase() == key)
            .map(|e| e.span);
        let is_controller = header
            .controller_name
            .as_deref()
            .is_some_and(|c| c.trim().to_lowercase() == key);
        if earlier.is_none() && !is_controller {
            seen.push(joint);
            continue;
        }
        let mut diagnostic = Diagnostic::new(
            Code::JointControllerNamedTwice,
            joint.span,
            if is_controller {
                format!("{} is the controller: it cannot be its own joint controller", joint.name)
            } else {
                format!("{} is named as a joint controller twice", joint.name)
            },
        )
        .label("named again here")
        .help("name each company once: a `joint_controller` is another company that decides with the controller why and how the information is processed");
        if let Some(earlier) = earlier.or(header.controller.filter(|_| is_controller)) {
            diagnostic = diagnostic.note(earlier, "first named here");
        }
        diags.push(diagnostic);
    }
}

/// E0394: a transfer `on business_purpose` to a recipient whose stated
/// kind is neither `service_provider` nor `processor`. US state law lets
/// a business disclose data for a business purpose only to a service
/// provider or contractor bound by a contract (Cal. Civ. Code
/// §1798.140(e), (ag)); to anyone else the disclosure is a sale or
/// sharing, which the ground would hide. A recipient of no stated kind is
/// left to W0109's and the author's care.
fn e0394_business_purpose_to_controller(
    parts: &Parts,
    spans: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for (transfer, at) in parts.transfers.iter().zip(&spans.transfers) {
        if !transfer.grounds.contains(&Ground::BusinessPurpose) {
            continue;
        }
        let recipient = parts.recipients.iter().find(|r| r.id == transfer.recipient);
        let Some(kind) = recipient.and_then(|r| r.kind) else {
            continue;
        };
        if matches!(
            kind,
            RecipientKind::ServiceProvider | RecipientKind::Processor
        ) {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::BusinessPurposeToController,
                at.whole,
                format!(
                    "the transfer to `{}` is for a business purpose, but the recipient is {}, not a service provider",
                    transfer.recipient,
                    kind.entry().diff
                ),
            )
            .label("only a service provider or contractor receives data for a business purpose")
            .help(format!(
                "give `{}` the kind `service_provider` if a contract limits its use of the data to your business purposes; otherwise state the ground the disclosure rests on, and `disclosed_as sale` or `share` if it is one",
                transfer.recipient
            )),
        );
    }
}

/// The rules of the transfer ground `legitimate_interest "…"`, in the
/// order of their codes, over each transfer as written (a transfer with
/// one of these errors stays out of the model).
fn legitimate_interest_grounds(
    parts: &Parts,
    written: &Written,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let objection = cited(regimes, Ask::Objection)
        .filter(|_| !parts.rights.iter().any(|r| r.kind == RightKind::Objection));
    for transfer in &written.transfers {
        for ground in &transfer.texts {
            diags.extend(e0388_transfer_interest_unstated(
                &transfer.recipient,
                ground,
            ));
            diags.extend(e0389_text_after_other_ground(ground));
            if let Some(cited) = &objection {
                diags.extend(w0385_transfer_interest_without_objection(
                    &transfer.recipient,
                    ground,
                    cited,
                ));
            }
        }
    }
}

/// E0388: a transfer on legitimate interests states the interest pursued
/// (GDPR Art. 13(1)(d)), under every regime: the ground means nothing
/// without it, and the text would say "a legitimate interest" and no more.
fn e0388_transfer_interest_unstated(recipient: &str, ground: &GroundText) -> Option<Diagnostic> {
    if ground.ground != Ground::LegitimateInterest || ground.text.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::TransferInterestUnstated,
            ground.span,
            format!(
                "the transfer to `{recipient}` rests on legitimate interests without stating the interest"
            ),
        )
        .label("which interest?")
        .help(format!(
            "state it after the ground: `on {} \"preventing fraud against our users\"`",
            Ground::LegitimateInterest.as_str()
        )),
    )
}

/// E0389: only the ground `legitimate_interest` is followed by a text.
fn e0389_text_after_other_ground(ground: &GroundText) -> Option<Diagnostic> {
    let text = ground
        .text
        .filter(|_| ground.ground != Ground::LegitimateInterest)?;
    Some(
        Diagnostic::new(
            Code::TextAfterOtherGround,
            text,
            format!(
                "a text follows the ground `{}`, which states none",
                ground.ground.as_str()
            ),
        )
        .label(format!(
            "only `{}` states a text, the interest pursued",
            Ground::LegitimateInterest.as_str()
        ))
        .help(format!(
            "remove the text, or change the ground to `{}`",
            Ground::LegitimateInterest.as_str()
        )),
    )
}

/// W0385: data sent on legitimate interests can be objected to (GDPR Art.
/// 21(1)), as a use on that basis can, so a regime that says so asks for
/// `right objection` (`cited`, only when the policy states none).
fn w0385_transfer_interest_without_objection(
    recipient: &str,
    ground: &GroundText,
    cited: &str,
) -> Option<Diagnostic> {
    if ground.ground != Ground::LegitimateInterest {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::TransferInterestWithoutObjection,
            ground.span,
            format!(
                "the transfer to `{recipient}` rests on legitimate interests, but the policy states no right to object"
            ),
        )
        .label(format!("users can object to it ({cited})"))
        .help(format!(
            "add `right {} {{ via \"…\" }}`: the runtime then denies the transfer once the user objects (fact `objection:{recipient}`)",
            RightKind::Objection.keyword()
        )),
    )
}

/// The rules that hold the declarations to the typed commitments (`commit
/// …`), in the order of their codes. Each error points at the declaration
/// that breaks the promise and names the commitment as its second place.
fn commitments(parts: &Parts, spans: &SourceMap, written: &Written, diags: &mut Vec<Diagnostic>) {
    for commit in kept_commitments(written) {
        e0380_sold_despite_commitment(commit, parts, spans, written, diags);
        e0381_shared_despite_commitment(commit, parts, written, diags);
        e0382_transfer_outside_committed_area(commit, written, diags);
        diags.extend(e0383_children_despite_commitment(commit, parts, written));
        e0384_decision_despite_commitment(commit, written, diags);
        super::completeness::e0431_shared_with_third_party_despite_commitment(
            commit, parts, spans, diags,
        );
    }
    for commit in &written.commitments {
        diags.extend(e0385_commitment_area_mismatch(commit));
    }
    w0381_commitment_repeated(written, diags);
}

/// The well-formed commitments, each once: a repetition (W0381) would
/// report each broken promise twice.
fn kept_commitments(written: &Written) -> Vec<&CommitWritten> {
    let mut seen = HashSet::new();
    written
        .commitments
        .iter()
        .filter(|c| c.lowered().is_some_and(|lowered| seen.insert(lowered)))
        .collect()
}

/// The recipients whose `disclosed_as` says one of `disclosures`, with
/// where it says so; then the transfers whose own `disclosed_as` says one
/// their recipient's does not (read through
/// [`Transfer::disclosures`](crate::model::Transfer::disclosures)), by
/// their recipient's id, with where the transfer says so.
fn disclosing<'a>(
    parts: &'a Parts,
    written: &'a Written,
    disclosures: &'a [Disclosure],
) -> impl Iterator<Item = (&'a str, Disclosure, Span)> + 'a {
    let recipients = written.disclosures.iter().filter_map(move |(id, span)| {
        let recipient = parts.recipients.iter().find(|r| &r.id == id)?;
        let found = recipient
            .disclosed_as
            .iter()
            .find(|d| disclosures.contains(d))?;
        Some((id.as_str(), *found, *span))
    });
    let transfers = written
        .transfer_disclosures
        .iter()
        .filter_map(move |(i, span)| {
            let transfer = parts.transfers.get(*i)?;
            let found = transfer
                .own_disclosures(&parts.recipients)
                .into_iter()
                .find(|d| disclosures.contains(d))?;
            Some((transfer.recipient.as_str(), found, *span))
        });
    recipients.chain(transfers)
}

/// E0380: `commit never_sell` and a recipient `disclosed_as sale`; or
/// `commit never_sell_sensitive` and a transfer of sensitive information
/// to such a recipient.
fn e0380_sold_despite_commitment(
    commit: &CommitWritten,
    parts: &Parts,
    spans: &SourceMap,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    match commit.kind {
        CommitmentKind::NeverSell => {
            for (id, _, span) in disclosing(parts, written, &[Disclosure::Sale]) {
                diags.push(broken(
                    Code::SoldDespiteCommitment,
                    span,
                    format!("data disclosed to `{id}` is sold, but the policy commits never to sell personal information"),
                    commit,
                    format!("remove `sale` from `disclosed_as` if these disclosures are not sales, or remove `{}` if the service sells", commitment_words(commit)),
                ));
            }
        }
        CommitmentKind::NeverSellSensitive => {
            for (transfer, span) in parts.transfers.iter().zip(&spans.model.transfers) {
                if !transfer
                    .disclosures(&parts.recipients)
                    .contains(&Disclosure::Sale)
                {
                    continue;
                }
                let Some(data) = transfer
                    .data
                    .iter()
                    .find_map(|id| sensitive_under(parts, id))
                else {
                    continue;
                };
                diags.push(broken(
                    Code::SoldDespiteCommitment,
                    *span,
                    format!("the sensitive personal information `{data}` goes to `{}` in a transfer that is a sale, but the policy commits never to sell sensitive personal information", transfer.recipient),
                    commit,
                    format!("leave `{data}` out of this transfer, remove `sale` from the `disclosed_as` of the transfer or of its recipient if these disclosures are not sales, or remove `{}`", commitment_words(commit)),
                ));
            }
        }
        _ => {}
    }
}

/// The id of the sensitive data category `id` is or holds, if any: a
/// transfer of a category covers its children.
fn sensitive_under<'a>(parts: &'a Parts, id: &str) -> Option<&'a str> {
    parts
        .data
        .iter()
        .filter(|d| d.sensitive.is_some())
        .map(|d| d.id.as_str())
        .find(|d| *d == id || d.strip_prefix(id).is_some_and(|rest| rest.starts_with('.')))
}

/// E0381: `commit never_share` and a recipient `disclosed_as share` or
/// `targeted_advertising`; `commit no_targeted_advertising` and one
/// `disclosed_as targeted_advertising`.
fn e0381_shared_despite_commitment(
    commit: &CommitWritten,
    parts: &Parts,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    let contradicting: &[Disclosure] = match commit.kind {
        CommitmentKind::NeverShare => &[Disclosure::Share, Disclosure::TargetedAdvertising],
        CommitmentKind::NoTargetedAdvertising => &[Disclosure::TargetedAdvertising],
        _ => return,
    };
    for (id, disclosure, span) in disclosing(parts, written, contradicting) {
        diags.push(broken(
            Code::SharedDespiteCommitment,
            span,
            format!(
                "data disclosed to `{id}` is `disclosed_as {}`, but the policy commits to {}",
                disclosure.keyword(),
                commit.kind.entry().diff
            ),
            commit,
            format!(
                "remove `{}` from `disclosed_as` if these disclosures are not so, or remove `{}` if the service discloses so",
                disclosure.keyword(),
                commitment_words(commit)
            ),
        ));
    }
}

/// E0382: `commit no_transfers_outside AREA` and a recipient whose stated
/// country lies outside the area. A recipient that states no country is
/// not judged: the policy does not say where it is.
fn e0382_transfer_outside_committed_area(
    commit: &CommitWritten,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    let Some((Some(area), _)) = commit.area else {
        return;
    };
    for recipient in &written.recipients {
        let Some((country, span)) = &recipient.country else {
            continue;
        };
        if countries::area(country) == Some(area) {
            continue;
        }
        diags.push(broken(
            Code::TransferOutsideCommittedArea,
            *span,
            format!(
                "`{}` is in {country}, outside {}, but the policy commits to no transfers outside it",
                recipient.id,
                area.entry().text
            ),
            commit,
            format!(
                "if {country} is inside {}, write its name as the countries table knows it (`policyc explain {}`); otherwise remove the recipient, or remove `{}`",
                area.entry().text,
                Code::TransferOutsideCommittedArea,
                commitment_words(commit)
            ),
        ));
    }
}

/// E0383: `commit not_directed_to_children` and a `children` block whose
/// audience includes children.
fn e0383_children_despite_commitment(
    commit: &CommitWritten,
    parts: &Parts,
    written: &Written,
) -> Option<Diagnostic> {
    if commit.kind != CommitmentKind::NotDirectedToChildren {
        return None;
    }
    let audience = parts.children.as_ref()?.audience;
    if audience == Audience::General {
        return None;
    }
    let span = written.children.as_ref()?.audience?;
    Some(broken(
        Code::ChildrenDespiteCommitment,
        span,
        format!(
            "the `children` block says the service {}, but the policy commits that it is not directed to children",
            audience.entry().text
        ),
        commit,
        format!(
            "write `audience {}` if children are not the service's audience, or remove `{}`",
            Audience::General.keyword(),
            commitment_words(commit)
        ),
    ))
}

/// E0384: `commit no_automated_decisions` and a `decision` declared.
fn e0384_decision_despite_commitment(
    commit: &CommitWritten,
    written: &Written,
    diags: &mut Vec<Diagnostic>,
) {
    if commit.kind != CommitmentKind::NoAutomatedDecisions {
        return;
    }
    for decision in &written.decisions {
        diags.push(broken(
            Code::DecisionDespiteCommitment,
            decision.span,
            format!(
                "the automated decision `{}` is declared, but the policy commits to make none",
                decision.id
            ),
            commit,
            format!(
                "remove the decision if it is not made solely by automated means, or remove `{}`",
                commitment_words(commit)
            ),
        ));
    }
}

/// E0385: `commit no_transfers_outside` without an area, or an area after
/// a commitment that takes none. An unknown area is reported by lowering.
fn e0385_commitment_area_mismatch(commit: &CommitWritten) -> Option<Diagnostic> {
    let takes_area = commit.kind == CommitmentKind::NoTransfersOutside;
    let areas = || {
        crate::vocab::AREAS
            .keywords()
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (takes_area, commit.area) {
        (true, None) => Some(
            Diagnostic::new(
                Code::CommitmentAreaMismatch,
                commit.span,
                format!("`commit {}` names no area", commit.kind.keyword()),
            )
            .label("the area the data stays in is missing")
            .help(format!(
                "name the area after it, one of {}: `commit {} eea`",
                areas(),
                commit.kind.keyword()
            )),
        ),
        (false, Some((_, span))) => Some(
            Diagnostic::new(
                Code::CommitmentAreaMismatch,
                span,
                format!("`commit {}` takes no area", commit.kind.keyword()),
            )
            .label("no area belongs here")
            .help(format!(
                "remove the area; only `commit {}` names one",
                CommitmentKind::NoTransfersOutside.keyword()
            )),
        ),
        _ => None,
    }
}

/// W0381: the same commitment written twice; the second says nothing
/// more.
fn w0381_commitment_repeated(written: &Written, diags: &mut Vec<Diagnostic>) {
    let mut first = Vec::new();
    for commit in &written.commitments {
        let Some(lowered) = commit.lowered() else {
            continue;
        };
        match first.iter().find(|(c, _)| *c == lowered) {
            Some((_, at)) => diags.push(
                Diagnostic::new(
                    Code::CommitmentRepeated,
                    commit.span,
                    format!("`{}` is written twice", commitment_words(commit)),
                )
                .label("written again here")
                .note(*at, "first written here")
                .help("remove one of them"),
            ),
            None => first.push((lowered, commit.span)),
        }
    }
}

/// The rules on the conditions of GDPR Art. 9(2) a purpose states
/// (`special_condition`), in the order of their codes.
fn special_conditions(
    parts: &Parts,
    spans: &SourceMap,
    hierarchy: &Hierarchy<'_>,
    regimes: &[Regime],
    diags: &mut Vec<Diagnostic>,
) {
    let cited_law = cited(regimes, Ask::SpecialConditionLaw);
    for (purpose, purpose_spans) in parts.purposes.iter().zip(&spans.purposes) {
        let (Some(stated), Some(span)) =
            (&purpose.special_condition, purpose_spans.special_condition)
        else {
            continue;
        };
        if let Some(cited) = &cited_law {
            diags.extend(e0395_special_condition_without_law(
                purpose, stated, span, cited,
            ));
        }
        diags.extend(e0396_explicit_consent_condition_without_consent(
            purpose,
            stated,
            span,
            purpose_spans.basis,
        ));
        diags.extend(e0397_law_for_condition_without_law(stated, span));
        diags.extend(w0393_special_condition_without_special_data(
            purpose,
            purpose_spans,
            span,
            hierarchy,
        ));
    }
}

/// The point of Art. 9(2) that states `condition`: `Art. 9(2)(h)`.
fn point(condition: SpecialCondition) -> String {
    format!("Art. 9(2)({})", condition.letter())
}

/// E0395: points (b), (g), (h), (i) and (j) of Art. 9(2) hold only on the
/// basis of Union or Member State law, which the purpose names.
fn e0395_special_condition_without_law(
    purpose: &Purpose,
    stated: &SpecialConditionStated,
    span: Span,
    cited: &str,
) -> Option<Diagnostic> {
    let condition = stated.condition;
    if !condition.needs_law() || stated.law.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::SpecialConditionWithoutLaw,
            span,
            format!(
                "the purpose `{}` rests on {} without naming the law that provides for it",
                purpose.id,
                point(condition)
            ),
        )
        .label(format!(
            "`{}` holds only on the basis of a law ({cited})",
            condition.keyword()
        ))
        .help(format!(
            "name the law after the condition: `special_condition {} \"the Act and section that provide for it\"`",
            condition.keyword()
        )),
    )
}

/// E0396: explicit consent (Art. 9(2)(a)) is consent, so a purpose that
/// states it rests on consent; the rule table then decides it through the
/// consent fact.
fn e0396_explicit_consent_condition_without_consent(
    purpose: &Purpose,
    stated: &SpecialConditionStated,
    span: Span,
    basis: Span,
) -> Option<Diagnostic> {
    if stated.condition != SpecialCondition::ExplicitConsent
        || matches!(purpose.basis, Basis::Consent | Basis::ExplicitConsent)
    {
        return None;
    }
    let diagnostic = Diagnostic::new(
        Code::ExplicitConsentConditionWithoutConsent,
        span,
        format!(
            "the purpose `{}` states explicit consent for special categories, but its basis is not consent",
            purpose.id
        ),
    )
    .label("explicit consent is a condition of Art. 9(2)(a)");
    let diagnostic = if purpose.basis == Basis::Unstated {
        diagnostic
    } else {
        diagnostic.note(basis, format!("the basis is `{}`", purpose.basis.keyword()))
    };
    Some(diagnostic.help(format!(
        "write `basis {}` (then `special_condition explicit_consent` says nothing more and can go), or state the condition the purpose really rests on",
        Basis::ExplicitConsent.keyword()
    )))
}

/// E0397: a law after a condition that rests on none, which the text would
/// print as if the law provided for it.
fn e0397_law_for_condition_without_law(
    stated: &SpecialConditionStated,
    span: Span,
) -> Option<Diagnostic> {
    let condition = stated.condition;
    if condition.needs_law() || stated.law.is_none() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::LawForConditionWithoutLaw,
            span,
            format!(
                "`{}` ({}) rests on no law, but a law is named after it",
                condition.keyword(),
                point(condition)
            ),
        )
        .label("no law belongs here")
        .help({
            let taking: Vec<String> = vocab::SPECIAL_CONDITIONS
                .values
                .iter()
                .filter(|v| v.value.needs_law())
                .map(|v| format!("`{}`", v.keyword))
                .collect();
            let taking: Vec<&str> = taking.iter().map(String::as_str).collect();
            format!(
                "remove the text after `special_condition {}`; only {} name a law",
                condition.keyword(),
                vocab::listed(&taking, " and ")
            )
        }),
    )
}

/// W0393: a condition of Art. 9(2) on a purpose that uses no special
/// category says something of data the purpose does not process.
fn w0393_special_condition_without_special_data(
    purpose: &Purpose,
    purpose_spans: &PurposeSpans,
    span: Span,
    hierarchy: &Hierarchy<'_>,
) -> Option<Diagnostic> {
    let special = purpose_spans.uses.iter().any(|(id, _)| {
        hierarchy
            .get(id)
            .is_some_and(|(at, c)| c.special.is_some() || flag(&hierarchy.special_below, at))
    });
    if special {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::SpecialConditionWithoutSpecialData,
            span,
            format!(
                "the purpose `{}` states a condition for special categories, but uses none",
                purpose.id
            ),
        )
        .label("no data this purpose uses is `special`")
        .help("mark the special data it uses with `special KIND` in its data block, or remove the condition"),
    )
}

/// W0394: a special category that is one of the CPRA's sensitive
/// categories (`vocab::CPRA_SENSITIVE`), beside a `sensitive` of another
/// kind: the two regimes would be told of different data.
fn w0394_special_and_sensitive_disagree(stated: &SpecialAndSensitive) -> Option<Diagnostic> {
    let mapped = vocab::cpra_sensitive(stated.special)?;
    if mapped == stated.sensitive {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::SpecialAndSensitiveDisagree,
            stated.span,
            format!(
                "`{}` is `special {}`, which is `sensitive {}` under US state law, but states `sensitive {}`",
                stated.id,
                stated.special.keyword(),
                mapped.keyword(),
                stated.sensitive.keyword()
            ),
        )
        .label(format!("`special {}` already says `sensitive {}`", stated.special.keyword(), mapped.keyword()))
        .help(format!(
            "remove `sensitive {}`: under a US regime `special {}` is `sensitive {}`; if the data is also of another kind, declare that part as a category of its own",
            stated.sensitive.keyword(),
            stated.special.keyword(),
            mapped.keyword()
        )),
    )
}

/// The rules on the `security { … }` block, in the order of their codes.
fn security_block(block: &SecurityBlockWritten, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    for breach in &block.breaches {
        diags.extend(e0398_breach_time_out_of_range(breach));
    }
    if let Some(cited) = cited(regimes, Ask::BreachNotification) {
        for breach in &block.breaches {
            diags.extend(w0395_breach_later_than_law(breach, &cited));
        }
    }
    w0396_security_repeated(block, diags);
}

/// E0398: a time after `within` that is no number of hours the text can
/// say: zero, or more than a year.
fn e0398_breach_time_out_of_range(breach: &BreachWritten) -> Option<Diagnostic> {
    let (text, span) = breach.within.as_ref()?;
    if breach.hours().is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::BreachTimeOutOfRange,
            *span,
            format!("`{text}` is not a number of hours from 1 to {MAX_BREACH_HOURS}"),
        )
        .label("not a time a breach can be notified within")
        .help("write the hours the commitment states, `within 72 hours`, or `without undue delay`"),
    )
}

/// The hours within which the GDPR asks a breach to be notified to the
/// supervisory authority, where feasible (Art. 33(1)).
const AUTHORITY_HOURS: u32 = 72;

/// W0395: a breach notified to the authority later than 72 hours after
/// it becomes known, under a regime that asks for 72 hours.
fn w0395_breach_later_than_law(breach: &BreachWritten, cited: &str) -> Option<Diagnostic> {
    let hours = breach.hours()??;
    if breach.to != BreachParty::Authority || hours <= AUTHORITY_HOURS {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::BreachLaterThanLaw,
            breach.span,
            format!("a breach is notified to the supervisory authority within {hours} hours, later than {AUTHORITY_HOURS}"),
        )
        .label(format!("the law asks for {AUTHORITY_HOURS} hours where feasible ({cited})"))
        .help(format!(
            "write `breach_notification to {} within {AUTHORITY_HOURS} hours`, or `without undue delay`",
            BreachParty::Authority.keyword()
        )),
    )
}

/// W0396: a measure, or a notification to the same party, written twice;
/// the text says the first.
fn w0396_security_repeated(block: &SecurityBlockWritten, diags: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(SecurityMeasure, Span)> = Vec::new();
    for &(measure, span) in &block.measures {
        match seen.iter().find(|(m, _)| *m == measure) {
            Some((_, first)) => {
                diags.push(repeated(format!("`{}`", measure.keyword()), span, *first))
            }
            None => seen.push((measure, span)),
        }
    }
    let mut parties: Vec<(BreachParty, Span)> = Vec::new();
    for breach in &block.breaches {
        match parties.iter().find(|(p, _)| *p == breach.to) {
            Some((_, first)) => diags.push(repeated(
                format!("a breach notification to `{}`", breach.to.keyword()),
                breach.span,
                *first,
            )),
            None => parties.push((breach.to, breach.span)),
        }
    }
}

/// A W0396 for `what`, written again at `span` after `first`.
fn repeated(what: String, span: Span, first: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SecurityRepeated,
        span,
        format!("{what} is written twice"),
    )
    .label("written again here")
    .note(first, "first written here")
    .help("remove one of them; the text says the first")
}

/// The rules of the sources a data category writes (GDPR Art. 14(2)(f)).
fn sources(written: &Written, regimes: &[Regime], diags: &mut Vec<Diagnostic>) {
    let cited = cited(regimes, Ask::SourceNamed);
    for (at, source) in written.sources.iter().enumerate() {
        diags.extend(e0386_source_name_not_obtained(source));
        if let Some(cited) = &cited {
            diags.extend(w0382_third_party_source_unnamed(source, cited));
        }
        let earlier = written.sources.get(..at).unwrap_or_default();
        diags.extend(w0383_source_repeated(source, earlier));
    }
}

/// E0386: a name on a source the information is not obtained from
/// others by: the user, the user's device or the controller's own
/// derivation is no source with a name, and the text would not say it.
fn e0386_source_name_not_obtained(source: &SourceWritten) -> Option<Diagnostic> {
    let name = source.name.as_deref()?;
    if super::super::lower::names_its_source(source.kind) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::SourceNameNotObtained,
            source.span,
            format!(
                "the source `{}` of `{}` takes no name, but is given the name \"{name}\"",
                source.kind.keyword(),
                source.data
            ),
        )
        .label("only a third party or a publicly available source is named")
        .help(format!(
            "remove the name, or write the source it names: `third_party \"{name}\"` or `publicly_available \"{name}\"`"
        )),
    )
}

/// W0382: information obtained from a third party without the source's
/// name, under a regime that asks from which source it originates (GDPR
/// and UK GDPR Art. 14(2)(f)).
fn w0382_third_party_source_unnamed(source: &SourceWritten, cited: &str) -> Option<Diagnostic> {
    if source.kind != Source::ThirdParty || source.name.is_some() {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ThirdPartySourceUnnamed,
            source.span,
            format!(
                "`{}` is obtained from a third party, but the policy does not name the source",
                source.data
            ),
        )
        .label(format!("users are told from which source the information originates ({cited})"))
        .help(format!(
            "name the source after its kind, in the words users know it by: `{} \"payment providers\"`",
            Source::ThirdParty.keyword()
        )),
    )
}

/// W0383: the same source (kind and name) twice in one category's
/// `source`: the second adds nothing.
fn w0383_source_repeated(source: &SourceWritten, earlier: &[SourceWritten]) -> Option<Diagnostic> {
    let first = earlier
        .iter()
        .find(|e| e.data == source.data && e.kind == source.kind && e.name == source.name)?;
    Some(
        Diagnostic::new(
            Code::SourceRepeated,
            source.span,
            format!("`{}` names this source twice", source.data),
        )
        .label("the same source again")
        .note(first.span, "first named here")
        .help("remove the second"),
    )
}

/// E0387: a `combine` that names fewer than two data categories (one
/// category, or one named twice): nothing is combined, and the text
/// would say so. Names not declared are reported where they are written.
fn e0387_combination_of_one(combination: &CombineWritten) -> Option<Diagnostic> {
    let first = combination.data.first()?;
    if !combination.complete || combination.data.iter().any(|(id, _)| *id != first.0) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::CombinationOfOne,
            combination.span,
            format!("this `combine` names only `{}`", first.0),
        )
        .label("a combination joins two data sets or more")
        .help(format!(
            "name every data category combined: `combine {}, OTHER \"why\"`, or remove the declaration",
            first.0
        )),
    )
}

/// W0384: a depersonalized category combined with personal data that
/// does not declare `when_combined identified`: combined, it can identify
/// the user again (GDPR Recital 26), and the text says so only for a
/// category that declares it (E0340 holds the rule to depersonalized
/// data).
fn w0384_depersonalized_combined_unmarked(
    parts: &Parts,
    spans: &SourceMap,
    combination: &CombineWritten,
) -> Vec<Diagnostic> {
    let category = |id: &str| {
        spans
            .data_index
            .get(&parts.data, id)
            .and_then(|at| parts.data.get(at))
    };
    let personal = combination
        .data
        .iter()
        .find(|(id, _)| category(id).is_some_and(|c| c.identity != Identity::Depersonalized));
    let Some((personal, personal_span)) = personal else {
        return Vec::new();
    };
    combination
        .data
        .iter()
        .filter(|(id, _)| {
            category(id).is_some_and(|c| c.identity == Identity::Depersonalized && !c.when_combined)
        })
        .map(|(id, span)| {
            Diagnostic::new(
                Code::DepersonalizedCombinedUnmarked,
                *span,
                format!("the depersonalized `{id}` is combined with the personal `{personal}`"),
            )
            .label("combined with personal data, it can identify the user again")
            .note(*personal_span, "personal data")
            .help(format!(
                "declare in `data {id}` that combined it is personal information: `when_combined identified`"
            ))
        })
        .collect()
}
