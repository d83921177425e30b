//! The closed vocabularies of the language: keyword values such as
//! `source user` or `basis consent`, each mapped to its model value.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::suggest;
use crate::syntax::ast::Name;

/// A vocabulary: the keyword, the model value, in the order help lists them.
pub type Vocabulary<T> = &'static [(&'static str, T)];

/// `source`
pub const SOURCES: Vocabulary<Source> = &[
    ("user", Source::User),
    ("device", Source::Device),
    ("derived", Source::Derived),
    ("third_party", Source::ThirdParty),
];

/// `identity`
pub const IDENTITIES: Vocabulary<Identity> = &[
    ("identified", Identity::Identified),
    ("pseudonymized", Identity::Pseudonymized),
    ("depersonalized", Identity::Depersonalized),
];

/// `special`
pub const SPECIAL_CATEGORIES: Vocabulary<SpecialCategory> = &[
    (
        "racial_or_ethnic_origin",
        SpecialCategory::RacialOrEthnicOrigin,
    ),
    ("political_opinions", SpecialCategory::PoliticalOpinions),
    ("religious_beliefs", SpecialCategory::ReligiousBeliefs),
    (
        "trade_union_membership",
        SpecialCategory::TradeUnionMembership,
    ),
    ("genetic", SpecialCategory::Genetic),
    ("biometric", SpecialCategory::Biometric),
    ("health", SpecialCategory::Health),
    ("sex_life", SpecialCategory::SexLife),
];

/// `basis`
pub const BASES: Vocabulary<Basis> = &[
    ("consent", Basis::Consent),
    ("explicit_consent", Basis::ExplicitConsent),
    ("contract", Basis::Contract),
    ("legal_obligation", Basis::LegalObligation),
    ("vital_interests", Basis::VitalInterests),
    ("public_task", Basis::PublicTask),
    ("legitimate_interest", Basis::LegitimateInterest),
];

/// `only`
pub const RESTRICTIONS: Vocabulary<()> = &[("depersonalized", ())];

/// `kind` of a recipient
pub const RECIPIENT_KINDS: Vocabulary<RecipientKind> = &[
    ("third_party", RecipientKind::ThirdParty),
    ("processor", RecipientKind::Processor),
    ("acquirer", RecipientKind::Acquirer),
    ("authority", RecipientKind::Authority),
];

/// the grounds after `on` in a transfer
pub const GROUNDS: Vocabulary<Ground> = &[
    ("consent", Ground::Consent),
    ("contract", Ground::Contract),
    ("legal_obligation", Ground::LegalObligation),
    ("rights_protection", Ground::RightsProtection),
    ("business_transfer", Ground::BusinessTransfer),
    (
        "depersonalized_statistics",
        Ground::DepersonalizedStatistics,
    ),
];

/// the kind after `right`
pub const RIGHTS: Vocabulary<RightKind> = &[
    ("access", RightKind::Access),
    ("rectification", RightKind::Rectification),
    ("erasure", RightKind::Erasure),
    ("restriction", RightKind::Restriction),
    ("portability", RightKind::Portability),
    ("objection", RightKind::Objection),
    ("withdraw_consent", RightKind::WithdrawConsent),
    ("complaint", RightKind::Complaint),
];

/// the section after `in` in a clause
pub const SECTIONS: Vocabulary<Section> = &[
    ("general", Section::General),
    ("collection", Section::Collection),
    ("purposes", Section::Purposes),
    ("sharing", Section::Sharing),
    ("retention", Section::Retention),
    ("rights", Section::Rights),
    ("obligations", Section::Obligations),
    ("security", Section::Security),
    ("changes", Section::Changes),
    ("contact", Section::Contact),
];

/// `accepted`
pub const ACCEPTANCES: Vocabulary<Acceptance> = &[
    ("by_use", Acceptance::ByUse),
    ("by_explicit_agreement", Acceptance::ByExplicitAgreement),
];

/// `by` in a changes block
pub const AUTHORITIES: Vocabulary<ChangeAuthority> = &[
    ("unilateral", ChangeAuthority::Unilateral),
    ("agreement", ChangeAuthority::Agreement),
];

/// `notify` in a changes block
pub const NOTIFY_METHODS: Vocabulary<NotifyMethod> = &[
    ("on_website", NotifyMethod::OnWebsite),
    ("by_email", NotifyMethod::ByEmail),
    ("in_service", NotifyMethod::InService),
];

/// `effective` in a changes block
pub const TAKES_EFFECT: Vocabulary<TakesEffect> = &[
    ("on_publication", TakesEffect::OnPublication),
    ("after_notice", TakesEffect::AfterNotice),
];

/// Events that can be named without quotes, with their words in the text.
pub const EVENTS: Vocabulary<&'static str> = &[
    ("collection", "collection"),
    ("last_use", "the last use"),
    ("account_closure", "the closure of the account"),
    ("end_of_contract", "the end of the contract"),
];

/// Units of a duration, singular and plural.
pub const TIME_UNITS: Vocabulary<TimeUnit> = &[
    ("day", TimeUnit::Day),
    ("days", TimeUnit::Day),
    ("week", TimeUnit::Week),
    ("weeks", TimeUnit::Week),
    ("month", TimeUnit::Month),
    ("months", TimeUnit::Month),
    ("year", TimeUnit::Year),
    ("years", TimeUnit::Year),
];

/// The keyword of a model value, for messages and for the text.
pub fn keyword_of<T: PartialEq>(vocabulary: Vocabulary<T>, value: &T) -> &'static str {
    vocabulary
        .iter()
        .find(|(_, v)| v == value)
        .map_or("", |(k, _)| k)
}

/// Looks a keyword up; reports it with a suggestion when it is not in the
/// vocabulary. `what` names the vocabulary in the message ("source").
pub fn resolve<T: Copy>(
    name: &Name,
    vocabulary: Vocabulary<T>,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    if let Some((_, value)) = vocabulary.iter().find(|(k, _)| *k == name.text) {
        return Some(*value);
    }
    let words: Vec<&str> = vocabulary.iter().map(|(k, _)| *k).collect();
    diags.push(
        Diagnostic::error(
            Code::UnknownKeyword,
            name.span,
            format!("unknown {what} `{}`", name.text),
        )
        .label("not one of the accepted values")
        .maybe_help(suggest::did_you_mean(&name.text, &words)),
    );
    None
}
