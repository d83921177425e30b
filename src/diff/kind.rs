//! The kinds of change, each with a stable id in the style of `buf
//! breaking`'s rules (`RETENTION_EXTENDED`), declared once in one table:
//! its id, its class, the kind it is seen as from the other side, a title
//! and a one-line description. Its long explanation is the Markdown file
//! `docs/changes/ID.md`, compiled into the binary for `policyc explain`.
//!
//! An id is never reused or renamed: tools read it from `policyc diff
//! --format json`.

use super::Class;
use crate::model::ChangeAspect;

/// Everything the table says of one kind.
#[derive(Debug)]
struct Row {
    id: &'static str,
    class: Class,
    mirror: ChangeKind,
    title: &'static str,
    about: &'static str,
    explanation: &'static str,
}

/// Declares the kind enum and the table of its rows, in one order, so
/// that a kind and its row can never disagree.
macro_rules! change_kinds {
    ($($variant:ident = $id:literal, $class:ident, $mirror:ident, $title:literal, $about:literal;)*) => {
        /// A kind of change between two editions. Its class follows from it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ChangeKind {
            $(#[doc = $about] $variant,)*
        }

        /// The row of each kind, in the enum's order.
        const ROWS: &[Row] = &[$(Row {
            id: $id,
            class: Class::$class,
            mirror: ChangeKind::$mirror,
            title: $title,
            about: $about,
            explanation: include_str!(concat!("../../docs/changes/", $id, ".md")),
        },)*];

        impl ChangeKind {
            /// Every kind, in catalogue order.
            pub const ALL: &'static [ChangeKind] = &[$(ChangeKind::$variant,)*];
        }
    };
}

change_kinds! {
    // The header.
    HeaderChanged = "HEADER_CHANGED", Editorial, HeaderChanged, "Header changed", "a fact of the header (title, language, name or website of the service, postal address, publication address, contact, governing law, scope, agreements) was stated, reworded or dropped";
    PublicationDateChanged = "PUBLICATION_DATE_CHANGED", Editorial, PublicationDateChanged, "Publication date changed", "the date the edition says it was published (`published DATE \"URL\"`) was stated, changed or dropped";
    ControllerAdded = "CONTROLLER_ADDED", Expanding, ControllerRemoved, "New controller", "another company became the controller responsible for the processing";
    ControllerRemoved = "CONTROLLER_REMOVED", Narrowing, ControllerAdded, "Controller gone", "the company that was the controller is no longer responsible for the processing";
    JointControllerAdded = "JOINT_CONTROLLER_ADDED", Expanding, JointControllerRemoved, "New joint controller", "another company now decides with the controller why and how the information is processed";
    JointControllerRemoved = "JOINT_CONTROLLER_REMOVED", Narrowing, JointControllerAdded, "Joint controller gone", "a company no longer decides with the controller why and how the information is processed";
    AcceptanceLoosened = "ACCEPTANCE_LOOSENED", Expanding, AcceptanceTightened, "Acceptance loosened", "the user now accepts the policy with less of a step, such as by merely using the service";
    AcceptanceTightened = "ACCEPTANCE_TIGHTENED", Narrowing, AcceptanceLoosened, "Acceptance tightened", "the user now accepts the policy with more of a step, such as by explicit agreement";
    AcceptanceRestated = "ACCEPTANCE_RESTATED", Editorial, AcceptanceRestated, "Acceptance restated", "the way the user accepts the policy changed to one of the same rank";
    ContactUnstated = "CONTACT_UNSTATED", Expanding, ContactStated, "Contact no longer stated", "the policy no longer gives a way to contact the controller (`contact unstated`, or none)";
    ContactStated = "CONTACT_STATED", Narrowing, ContactUnstated, "Contact stated", "the policy now gives a way to contact the controller";
    RequestHandlingChanged = "REQUEST_HANDLING_CHANGED", Editorial, RequestHandlingChanged, "Request handling reworded", "how a request to know, delete or correct is verified, or how an authorized agent makes one (`verification`, `authorized_agents`), was stated, reworded or dropped";
    RegimeAdded = "REGIME_ADDED", Narrowing, RegimeDropped, "Regime added", "the policy now declares that it answers to another legal regime";
    RegimeDropped = "REGIME_DROPPED", Expanding, RegimeAdded, "Regime dropped", "the policy no longer declares that it answers to a legal regime";
    VoiceChanged = "VOICE_CHANGED", Editorial, VoiceChanged, "Voice changed", "the text now names the controller and the reader in another voice, or the controller takes another grammatical number";
    // Any declaration's wording.
    LabelChanged = "LABEL_CHANGED", Editorial, LabelChanged, "Label changed", "the label of a data category, purpose, recipient or right was stated, changed or dropped";
    DescriptionChanged = "DESCRIPTION_CHANGED", Editorial, DescriptionChanged, "Description changed", "the description of a data category, purpose, recipient or right was stated, reworded or dropped";
    ShortLabelChanged = "SHORT_LABEL_CHANGED", Editorial, ShortLabelChanged, "Short label changed", "the short label of a data category or purpose, used where it is mentioned again, was stated, changed or dropped";
    // Data categories.
    DataAdded = "DATA_ADDED", Expanding, DataRemoved, "Data added", "a new data category is collected";
    DataRemoved = "DATA_REMOVED", Narrowing, DataAdded, "Data removed", "a data category is no longer collected";
    DataSourceFarther = "DATA_SOURCE_FARTHER", Expanding, DataSourceNearer, "Data from farther away", "a data category now comes from a source farther from the user (from third parties rather than from the user)";
    DataSourceUnstated = "DATA_SOURCE_UNSTATED", Expanding, DataSourceStated, "Data source no longer stated", "where a data category comes from is no longer stated (`source unstated`, or none)";
    DataSourceStated = "DATA_SOURCE_STATED", Narrowing, DataSourceUnstated, "Data source stated", "where a data category comes from is now stated";
    DataSourceNearer = "DATA_SOURCE_NEARER", Narrowing, DataSourceFarther, "Data from nearer", "a data category now comes from a source nearer to the user";
    DataSourceRestated = "DATA_SOURCE_RESTATED", Editorial, DataSourceRestated, "Data source restated", "a data category's source changed to one of the same rank";
    DataMoreIdentifying = "DATA_MORE_IDENTIFYING", Expanding, DataLessIdentifying, "Data more identifying", "a data category now identifies the user more directly";
    DataLessIdentifying = "DATA_LESS_IDENTIFYING", Narrowing, DataMoreIdentifying, "Data less identifying", "a data category now identifies the user less directly";
    DataIdentityRestated = "DATA_IDENTITY_RESTATED", Editorial, DataIdentityRestated, "Data identity restated", "a data category's identity changed to one of the same rank";
    DataSpecialAdded = "DATA_SPECIAL_ADDED", Expanding, DataSpecialRemoved, "Data now special", "a data category is now special-category data (GDPR Art. 9)";
    DataSpecialRemoved = "DATA_SPECIAL_REMOVED", Narrowing, DataSpecialAdded, "Data no longer special", "a data category is no longer special-category data";
    DataSpecialChanged = "DATA_SPECIAL_CHANGED", Editorial, DataSpecialChanged, "Special category changed", "a data category is special-category data of another kind";
    DataSensitiveAdded = "DATA_SENSITIVE_ADDED", Expanding, DataSensitiveRemoved, "Data now sensitive", "a data category is now sensitive personal information under US state law";
    DataSensitiveRemoved = "DATA_SENSITIVE_REMOVED", Narrowing, DataSensitiveAdded, "Data no longer sensitive", "a data category is no longer sensitive personal information under US state law";
    DataSensitiveChanged = "DATA_SENSITIVE_CHANGED", Editorial, DataSensitiveChanged, "Sensitive category changed", "a data category is sensitive personal information of another kind";
    DataCcpaCategoryStated = "DATA_CCPA_CATEGORY_STATED", Narrowing, DataCcpaCategoryUnstated, "CCPA categories stated", "a data category that said none now says which of the CCPA's categories of personal information it belongs to (`ccpa_category`)";
    DataCcpaCategoryUnstated = "DATA_CCPA_CATEGORY_UNSTATED", Expanding, DataCcpaCategoryStated, "CCPA categories no longer stated", "a data category no longer says which of the CCPA's categories of personal information it belongs to";
    DataCcpaCategoryAdded = "DATA_CCPA_CATEGORY_ADDED", Expanding, DataCcpaCategoryRemoved, "Data in another CCPA category", "a data category now also belongs to another of the CCPA's categories of personal information";
    DataCcpaCategoryRemoved = "DATA_CCPA_CATEGORY_REMOVED", Narrowing, DataCcpaCategoryAdded, "Data out of a CCPA category", "a data category no longer belongs to one of the CCPA's categories of personal information";
    DataExamplesAdded = "DATA_EXAMPLES_ADDED", Expanding, DataExamplesRemoved, "Data covers more", "what a data category covers now includes more examples";
    DataExamplesRemoved = "DATA_EXAMPLES_REMOVED", Narrowing, DataExamplesAdded, "Data covers less", "what a data category covers no longer includes some examples";
    DataExamplesOpened = "DATA_EXAMPLES_OPENED", Expanding, DataExamplesClosed, "Data examples opened", "a data category's examples now only illustrate it (`examples open`), so it covers more than they name";
    DataExamplesClosed = "DATA_EXAMPLES_CLOSED", Narrowing, DataExamplesOpened, "Data examples closed", "a data category's examples are now the whole of it, no longer only illustrations";
    DataMoreRequired = "DATA_MORE_REQUIRED", Expanding, DataLessRequired, "Data more required", "the user now has less choice whether to provide a data category";
    DataLessRequired = "DATA_LESS_REQUIRED", Narrowing, DataMoreRequired, "Data less required", "the user now has more choice whether to provide a data category";
    DataRequirementRestated = "DATA_REQUIREMENT_RESTATED", Editorial, DataRequirementRestated, "Requirement restated", "whether the user must provide a data category changed to a statement of the same rank";
    DataCollectionChanged = "DATA_COLLECTION_CHANGED", Editorial, DataCollectionChanged, "Collection time changed", "when a data category is collected was stated, reworded or dropped";
    DataCombinedIdentified = "DATA_COMBINED_IDENTIFIED", Narrowing, DataCombinedUnstated, "Combination rule stated", "a data category now states that, combined with personal information, it is treated as personal information";
    DataCombinedUnstated = "DATA_COMBINED_UNSTATED", Expanding, DataCombinedIdentified, "Combination rule dropped", "a data category no longer states that, combined with personal information, it is treated as personal information";
    DataFidesChanged = "DATA_FIDES_CHANGED", Editorial, DataFidesChanged, "Fides mapping changed", "the key of fideslang's taxonomy a data category maps to was stated, changed or dropped";
    // Purposes.
    PurposeAdded = "PURPOSE_ADDED", Expanding, PurposeRemoved, "Purpose added", "data is processed for a new purpose";
    PurposeRemoved = "PURPOSE_REMOVED", Narrowing, PurposeAdded, "Purpose removed", "data is no longer processed for a purpose";
    PurposeDataAdded = "PURPOSE_DATA_ADDED", Expanding, PurposeDataRemoved, "Purpose uses more data", "a purpose now uses a data category, or all of one it used only parts of";
    PurposeDataRemoved = "PURPOSE_DATA_REMOVED", Narrowing, PurposeDataAdded, "Purpose uses less data", "a purpose no longer uses a data category, or only parts of it";
    PurposeDataRelisted = "PURPOSE_DATA_RELISTED", Editorial, PurposeDataRelisted, "Purpose data relisted", "a purpose lists its data differently without a change in what it uses";
    BasisHarderToRefuse = "BASIS_HARDER_TO_REFUSE", Expanding, BasisEasierToRefuse, "Basis harder to refuse", "a purpose's legal basis changed to one the user finds harder to refuse (consent replaced by a necessity)";
    BasisEasierToRefuse = "BASIS_EASIER_TO_REFUSE", Narrowing, BasisHarderToRefuse, "Basis easier to refuse", "a purpose's legal basis changed to one the user finds easier to refuse";
    BasisChanged = "BASIS_CHANGED", Editorial, BasisChanged, "Basis changed", "a purpose's legal basis changed to another just as hard to refuse";
    BasisUnstated = "BASIS_UNSTATED", Expanding, BasisStated, "Basis no longer stated", "a purpose's legal basis is no longer stated (`basis unstated`, or none)";
    BasisStated = "BASIS_STATED", Narrowing, BasisUnstated, "Basis stated", "a purpose whose legal basis was unstated now states one";
    InterestChanged = "INTEREST_CHANGED", Editorial, InterestChanged, "Interest changed", "the legitimate interest of a purpose was stated, reworded or dropped";
    PurposeIdentifiedAllowed = "PURPOSE_IDENTIFIED_ALLOWED", Expanding, PurposeDepersonalizedOnly, "Purpose may identify", "a purpose is no longer restricted to depersonalized data";
    PurposeDepersonalizedOnly = "PURPOSE_DEPERSONALIZED_ONLY", Narrowing, PurposeIdentifiedAllowed, "Purpose depersonalized", "a purpose is now restricted to depersonalized data";
    PurposeProfilingAdded = "PURPOSE_PROFILING_ADDED", Expanding, PurposeProfilingRemoved, "Purpose now profiles", "a purpose now involves profiling (`profiling`): it evaluates personal aspects of the user (GDPR Art. 4(4))";
    PurposeProfilingRemoved = "PURPOSE_PROFILING_REMOVED", Narrowing, PurposeProfilingAdded, "Purpose no longer profiles", "a purpose no longer involves profiling";
    PurposeDirectMarketingAdded = "PURPOSE_DIRECT_MARKETING_ADDED", Narrowing, PurposeDirectMarketingRemoved, "Purpose now direct marketing", "a purpose is now direct marketing (`direct_marketing`): the user can object to it at any time and the objection stops it, whatever the grounds (GDPR Art. 21(2)); the rule table denies its uses on `objection:PURPOSE`";
    PurposeDirectMarketingRemoved = "PURPOSE_DIRECT_MARKETING_REMOVED", Expanding, PurposeDirectMarketingAdded, "Purpose no longer direct marketing", "a purpose is no longer direct marketing: the user's objection no longer stops it whatever the grounds (GDPR Art. 21(2)), and the rule table no longer denies its uses on `objection:PURPOSE`";
    PurposePermittedUseAdded = "PURPOSE_PERMITTED_USE_ADDED", Expanding, PurposePermittedUseRemoved, "Sensitive use no longer limitable", "a purpose that uses sensitive personal information on a basis the right to limit reaches now names a use California law permits without that right (`permitted_use`, 11 CCR §7027(m)): the user's request to limit no longer stops its uses, and the rule table no longer denies them on `limit:sensitive`";
    PurposePermittedUseRemoved = "PURPOSE_PERMITTED_USE_REMOVED", Narrowing, PurposePermittedUseAdded, "Sensitive use limitable again", "a purpose that uses sensitive personal information on a basis the right to limit reaches no longer names a use 11 CCR §7027(m) permits (`permitted_use`): the user's request to limit stops it again, and the rule table denies it on `limit:sensitive`";
    PurposePermittedUseChanged = "PURPOSE_PERMITTED_USE_CHANGED", Editorial, PurposePermittedUseChanged, "Permitted use changed", "a purpose names another use 11 CCR §7027(m) permits (`permitted_use`), or names or drops one where it decides nothing (the basis already carries a permitted purpose, or no sensitive information is used): the user's request to limit stops it no more and no less than before";
    PurposeFidesChanged = "PURPOSE_FIDES_CHANGED", Editorial, PurposeFidesChanged, "Fides data use changed", "the data use of fideslang's taxonomy a purpose maps to was stated, changed or dropped";
    // Recipients.
    RecipientAdded = "RECIPIENT_ADDED", Expanding, RecipientRemoved, "Recipient added", "a new recipient receives data";
    RecipientRemoved = "RECIPIENT_REMOVED", Narrowing, RecipientAdded, "Recipient removed", "a recipient no longer receives data";
    RecipientMoreIndependent = "RECIPIENT_MORE_INDEPENDENT", Expanding, RecipientLessIndependent, "Recipient more independent", "a recipient's kind changed to one that decides more for itself (a processor became a third party)";
    RecipientLessIndependent = "RECIPIENT_LESS_INDEPENDENT", Narrowing, RecipientMoreIndependent, "Recipient less independent", "a recipient's kind changed to one that decides less for itself (a third party became a processor)";
    RecipientKindChanged = "RECIPIENT_KIND_CHANGED", Editorial, RecipientKindChanged, "Recipient kind changed", "a recipient's kind changed to another just as independent";
    RecipientJointControlEnded = "RECIPIENT_JOINT_CONTROL_ENDED", Expanding, RecipientJointControlStarted, "Joint control ended", "a recipient is no longer a joint controller: it decides alone, with no arrangement with the controller";
    RecipientJointControlStarted = "RECIPIENT_JOINT_CONTROL_STARTED", Narrowing, RecipientJointControlEnded, "Joint control started", "a recipient is now a joint controller, answering for the processing under an arrangement with the controller";
    RecipientRoleRestated = "RECIPIENT_ROLE_RESTATED", Editorial, RecipientRoleRestated, "Recipient role restated", "a recipient is now said to be an independent controller, or no longer said to be one";
    ArrangementChanged = "ARRANGEMENT_CHANGED", Editorial, ArrangementChanged, "Arrangement reworded", "the essence of a joint controllers' arrangement was stated, reworded or dropped";
    RecipientAbroad = "RECIPIENT_ABROAD", Expanding, RecipientNotAbroad, "Recipient abroad", "a recipient is now abroad";
    RecipientNotAbroad = "RECIPIENT_NOT_ABROAD", Narrowing, RecipientAbroad, "Recipient no longer abroad", "a recipient is no longer abroad";
    RecipientCountryChanged = "RECIPIENT_COUNTRY_CHANGED", Editorial, RecipientCountryChanged, "Recipient moved", "a recipient abroad is now in another country";
    SafeguardRemoved = "SAFEGUARD_REMOVED", Expanding, SafeguardAdded, "Safeguard removed", "transfers to a recipient are no longer protected by a safeguard";
    SafeguardAdded = "SAFEGUARD_ADDED", Narrowing, SafeguardRemoved, "Safeguard added", "transfers to a recipient are now protected by a safeguard";
    SafeguardChanged = "SAFEGUARD_CHANGED", Editorial, SafeguardChanged, "Safeguard changed", "the safeguard for transfers to a recipient changed to another";
    RecipientUnbound = "RECIPIENT_UNBOUND", Expanding, RecipientBound, "Recipient unbound", "a recipient is no longer bound by the policy";
    RecipientBound = "RECIPIENT_BOUND", Narrowing, RecipientUnbound, "Recipient bound", "a recipient is now bound by the policy";
    RecipientSold = "RECIPIENT_SOLD", Expanding, RecipientNotSold, "Recipient sold to", "disclosures to a recipient are now a sale, sharing or targeted advertising under US state law";
    RecipientNotSold = "RECIPIENT_NOT_SOLD", Narrowing, RecipientSold, "Recipient no longer sold to", "disclosures to a recipient are no longer a sale, sharing or targeted advertising under US state law";
    // Transfers.
    TransferGroundAdded = "TRANSFER_GROUND_ADDED", Expanding, TransferGroundRemoved, "Transfer ground added", "data is now sent to a recipient on a ground it was not sent on before";
    TransferGroundRemoved = "TRANSFER_GROUND_REMOVED", Narrowing, TransferGroundAdded, "Transfer ground removed", "data is no longer sent to a recipient on a ground, in whole or in part";
    TransferPurposesWidened = "TRANSFER_PURPOSES_WIDENED", Expanding, TransferPurposesNarrowed, "Transfer purposes widened", "data sent to a recipient now serves more purposes, or any";
    TransferSold = "TRANSFER_SOLD", Expanding, TransferNotSold, "Transfer sold", "data sent to a recipient is now a sale, sharing or targeted advertising under US state law, by the transfer's own `disclosed_as`";
    TransferNotSold = "TRANSFER_NOT_SOLD", Narrowing, TransferSold, "Transfer no longer sold", "data sent to a recipient is no longer a sale, sharing or targeted advertising under US state law, by the transfer's own `disclosed_as`";
    TransferPurposesNarrowed = "TRANSFER_PURPOSES_NARROWED", Narrowing, TransferPurposesWidened, "Transfer purposes narrowed", "data sent to a recipient now serves fewer purposes, or only those named";
    // Retention.
    RetentionUnstated = "RETENTION_UNSTATED", Expanding, RetentionStated, "Retention no longer stated", "how long a data category is kept is no longer stated";
    RetentionStated = "RETENTION_STATED", Narrowing, RetentionUnstated, "Retention stated", "how long a data category is kept is now stated";
    RetentionExtended = "RETENTION_EXTENDED", Expanding, RetentionShortened, "Retention extended", "a data category is kept longer";
    RetentionShortened = "RETENTION_SHORTENED", Narrowing, RetentionExtended, "Retention shortened", "a data category is kept for less long";
    RetentionRestated = "RETENTION_RESTATED", Editorial, RetentionRestated, "Retention restated", "how long a data category is kept is stated differently, reaching as far";
    RetentionRuleLoosened = "RETENTION_RULE_LOOSENED", Expanding, RetentionRuleTightened, "Retention rule loosened", "a data category's alternative periods now keep it until the last ends, not the first";
    RetentionRuleTightened = "RETENTION_RULE_TIGHTENED", Narrowing, RetentionRuleLoosened, "Retention rule tightened", "a data category's alternative periods now end its keeping when the first ends, not the last";
    RetentionEndAnonymised = "RETENTION_END_ANONYMISED", Expanding, RetentionEndDeleted, "Anonymised at the end of retention", "a data category is now anonymised when its retention ends, where before it was deleted";
    RetentionEndDeleted = "RETENTION_END_DELETED", Narrowing, RetentionEndAnonymised, "Deleted at the end of retention", "a data category is now deleted when its retention ends, where before it was anonymised";
    BackupsExtended = "BACKUPS_EXTENDED", Expanding, BackupsShortened, "Backups kept longer", "copies of a data category now remain in backups for longer after its retention ends";
    BackupsShortened = "BACKUPS_SHORTENED", Narrowing, BackupsExtended, "Backups kept for less long", "copies of a data category now remain in backups for less long after its retention ends";
    RetentionCriteriaAdded = "RETENTION_CRITERIA_ADDED", Expanding, RetentionCriteriaRemoved, "Retention by criteria", "a data category is now kept for a period determined by criteria, where before a period was stated";
    RetentionCriteriaRemoved = "RETENTION_CRITERIA_REMOVED", Narrowing, RetentionCriteriaAdded, "Retention period instead of criteria", "a data category is now kept for a stated period, where before criteria determined it";
    RetentionForPurposeExtended = "RETENTION_FOR_PURPOSE_EXTENDED", Expanding, RetentionForPurposeShortened, "Retention for a purpose extended", "data used for a purpose is kept longer";
    RetentionForPurposeShortened = "RETENTION_FOR_PURPOSE_SHORTENED", Narrowing, RetentionForPurposeExtended, "Retention for a purpose shortened", "data used for a purpose is kept for less long";
    RetentionForPurposeRestated = "RETENTION_FOR_PURPOSE_RESTATED", Editorial, RetentionForPurposeRestated, "Retention for a purpose restated", "how long data used for a purpose is kept is stated differently, reaching as far";
    RetentionCapped = "RETENTION_CAPPED", Narrowing, RetentionUncapped, "Retention capped", "a data category kept for a period determined by criteria is now kept no longer than a cap (`at_most`)";
    RetentionUncapped = "RETENTION_UNCAPPED", Expanding, RetentionCapped, "Retention cap removed", "a data category kept for a period determined by criteria is no longer capped (`at_most`)";
    RetentionCriteriaChanged = "RETENTION_CRITERIA_CHANGED", Editorial, RetentionCriteriaChanged, "Retention criteria changed", "the criteria that determine how long a data category is kept are worded differently";
    // Rights.
    RightRemoved = "RIGHT_REMOVED", Expanding, RightAdded, "Right removed", "the user no longer has a right";
    RightAdded = "RIGHT_ADDED", Narrowing, RightRemoved, "Right added", "the user now has a right";
    RightChannelAdded = "RIGHT_CHANNEL_ADDED", Editorial, RightChannelRemoved, "Right channel added", "a right can now be exercised through another channel";
    RightChannelRemoved = "RIGHT_CHANNEL_REMOVED", Editorial, RightChannelAdded, "Right channel removed", "a right can no longer be exercised through a channel";
    RightSlower = "RIGHT_SLOWER", Expanding, RightFaster, "Right answered later", "requests to exercise a right are answered later, or no longer within a stated time";
    RightFaster = "RIGHT_FASTER", Narrowing, RightSlower, "Right answered sooner", "requests to exercise a right are answered sooner, or now within a stated time";
    RightDeadlineRestated = "RIGHT_DEADLINE_RESTATED", Editorial, RightDeadlineRestated, "Right deadline restated", "the time within which a right's requests are answered is stated differently, just as long";
    RightAnytimeRemoved = "RIGHT_ANYTIME_REMOVED", Expanding, RightAnytimeAdded, "Right no longer at any time", "a right can no longer be exercised at any time";
    RightAnytimeAdded = "RIGHT_ANYTIME_ADDED", Narrowing, RightAnytimeRemoved, "Right at any time", "a right can now be exercised at any time";
    RightExplained = "RIGHT_EXPLAINED", Editorial, RightStatedByDefault, "Right now explained", "a right the law already grants, which the text stated by default, is now explained with how to exercise it";
    RightStatedByDefault = "RIGHT_STATED_BY_DEFAULT", Editorial, RightExplained, "Right stated by default", "a right is now stated as the law grants it, without the policy's own terms for it";
    RightNotApplicable = "RIGHT_NOT_APPLICABLE", Expanding, RightApplicable, "Right said not to apply", "the policy now says why a right the law grants does not apply";
    RightApplicable = "RIGHT_APPLICABLE", Narrowing, RightNotApplicable, "Right applies again", "a right the policy said does not apply is stated again";
    // Obligations and security measures.
    ObligationAdded = "OBLIGATION_ADDED", Expanding, ObligationRemoved, "Obligation added", "the user has a new obligation";
    ObligationRemoved = "OBLIGATION_REMOVED", Narrowing, ObligationAdded, "Obligation removed", "an obligation of the user was removed";
    ObligationReworded = "OBLIGATION_REWORDED", Editorial, ObligationReworded, "Obligation reworded", "an obligation of the user was reworded";
    SecurityRemoved = "SECURITY_REMOVED", Expanding, SecurityAdded, "Security measure removed", "a security measure was removed";
    SecurityAdded = "SECURITY_ADDED", Narrowing, SecurityRemoved, "Security measure added", "a new security measure protects the data";
    SecurityReworded = "SECURITY_REWORDED", Editorial, SecurityReworded, "Security measure reworded", "a security measure was reworded";
    // How the policy changes.
    ChangeAuthorityWidened = "CHANGE_AUTHORITY_WIDENED", Expanding, ChangeAuthorityNarrowed, "Freer to change", "the controller is now freer to change the policy";
    ChangeAuthorityNarrowed = "CHANGE_AUTHORITY_NARROWED", Narrowing, ChangeAuthorityWidened, "Less free to change", "the controller is now less free to change the policy";
    ChangeAuthorityRestated = "CHANGE_AUTHORITY_RESTATED", Editorial, ChangeAuthorityRestated, "Change authority restated", "who can change the policy changed to a statement of the same rank";
    NotifyRemoved = "NOTIFY_REMOVED", Expanding, NotifyAdded, "Fewer ways of notice", "users are no longer told of changes in some way";
    NotifyAdded = "NOTIFY_ADDED", Narrowing, NotifyRemoved, "More ways of notice", "users are now also told of changes in another way";
    NoticeShortened = "NOTICE_SHORTENED", Expanding, NoticeLengthened, "Notice shortened", "the notice of a change is shorter, or no longer stated";
    NoticeLengthened = "NOTICE_LENGTHENED", Narrowing, NoticeShortened, "Notice lengthened", "the notice of a change is longer, or now stated";
    NoticeRestated = "NOTICE_RESTATED", Editorial, NoticeRestated, "Notice restated", "the notice of a change is stated differently, just as long";
    TakesEffectSooner = "TAKES_EFFECT_SOONER", Expanding, TakesEffectLater, "Takes effect sooner", "a new edition now takes effect sooner, such as on publication";
    TakesEffectLater = "TAKES_EFFECT_LATER", Narrowing, TakesEffectSooner, "Takes effect later", "a new edition now takes effect later, such as after the notice period";
    TakesEffectRestated = "TAKES_EFFECT_RESTATED", Editorial, TakesEffectRestated, "Taking effect restated", "when a new edition takes effect changed to a statement of the same rank";
    // Clauses.
    ClauseAdded = "CLAUSE_ADDED", Editorial, ClauseRemoved, "Clause added", "a free clause was added";
    ClauseRemoved = "CLAUSE_REMOVED", Editorial, ClauseAdded, "Clause removed", "a free clause was removed";
    ClauseMoved = "CLAUSE_MOVED", Editorial, ClauseMoved, "Clause moved", "a free clause moved to another section of the text";
    ClauseReworded = "CLAUSE_REWORDED", Editorial, ClauseReworded, "Clause reworded", "a free clause was reworded";
    // Sections.
    SectionAdded = "SECTION_ADDED", Editorial, SectionRemoved, "Section added", "a section with a heading of its own was added to the text";
    SectionRemoved = "SECTION_REMOVED", Editorial, SectionAdded, "Section removed", "a section with a heading of its own was removed from the text";
    SectionRenamed = "SECTION_RENAMED", Editorial, SectionRenamed, "Section renamed", "a section of the text has a new heading";
    SectionMoved = "SECTION_MOVED", Editorial, SectionMoved, "Section moved", "a section of the text is placed elsewhere";
    SectionSummaryChanged = "SECTION_SUMMARY_CHANGED", Editorial, SectionSummaryChanged, "Section summary changed", "the summary that opens a section of the text was stated, reworded or dropped";
    // The whole.
    PolicyRestated = "POLICY_RESTATED", Editorial, PolicyRestated, "Policy restated", "the policy was reordered or regrouped without a change in what it says";
    // Transfers, continued.
    GroundUnstated = "GROUND_UNSTATED", Expanding, GroundStated, "Transfer ground no longer stated", "data sent to a recipient on stated grounds is now sent without a stated ground (`on unstated`, or no `on`)";
    GroundStated = "GROUND_STATED", Narrowing, GroundUnstated, "Transfer ground stated", "data sent to a recipient without a stated ground is now sent only on stated grounds";
    // Trackers.
    TrackerAdded = "TRACKER_ADDED", Expanding, TrackerRemoved, "Tracker added", "a new cookie or similar technology stores or reads information on the user's device";
    TrackerRemoved = "TRACKER_REMOVED", Narrowing, TrackerAdded, "Tracker removed", "a cookie or similar technology is no longer used";
    TrackerWidened = "TRACKER_WIDENED", Expanding, TrackerNarrowed, "Tracker widened", "a tracker reaches further: a category further from what the user asked for, a third party instead of the controller, a longer lifetime, more data collected, more purposes served, or another provider";
    TrackerNarrowed = "TRACKER_NARROWED", Narrowing, TrackerWidened, "Tracker narrowed", "a tracker reaches less far: a category closer to what the user asked for, the controller instead of a third party, a shorter lifetime, less data collected or fewer purposes served";
    SignalNoLongerHonoured = "SIGNAL_NO_LONGER_HONOURED", Expanding, SignalHonoured, "Signal no longer honoured", "a browser's privacy signal (Do Not Track, Global Privacy Control) that was honoured no longer is, or is no longer said to be";
    SignalHonoured = "SIGNAL_HONOURED", Narrowing, SignalNoLongerHonoured, "Signal honoured", "a browser's privacy signal (Do Not Track, Global Privacy Control) is now honoured";
    SignalStanceStated = "SIGNAL_STANCE_STATED", Editorial, SignalStanceStated, "Signal stance stated", "the policy now says, or no longer says, that it does not respond to a browser's privacy signal";
    TrackerRestated = "TRACKER_RESTATED", Editorial, TrackerRestated, "Tracker restated", "a tracker's label, description or technology was reworded without changing how far it reaches";
    MechanismRemoved = "MECHANISM_REMOVED", Expanding, MechanismAdded, "Transfer mechanism removed", "transfers to a recipient no longer rest on an adequacy decision or appropriate safeguards (no mechanism, or a derogation, instead)";
    MechanismAdded = "MECHANISM_ADDED", Narrowing, MechanismRemoved, "Transfer mechanism added", "transfers to a recipient now rest on an adequacy decision or appropriate safeguards";
    MechanismChanged = "MECHANISM_CHANGED", Editorial, MechanismChanged, "Transfer mechanism changed", "transfers to a recipient rest on another mechanism that protects as much, or where to obtain a copy changed";
    ChildrenStanceDropped = "CHILDREN_STANCE_DROPPED", Expanding, ChildrenStanceStated, "Stance on children dropped", "the policy no longer states its stance on children, nor the limits and parent's rights it stated";
    ChildrenStanceStated = "CHILDREN_STANCE_STATED", Narrowing, ChildrenStanceDropped, "Stance on children stated", "the policy now states its stance on children (a `children` block), and commits to what it states";
    ChildrenAudienceWidened = "CHILDREN_AUDIENCE_WIDENED", Expanding, ChildrenAudienceNarrowed, "Audience widened to children", "the service is now directed to more children: to a general audience that includes them, or to children";
    ChildrenAudienceNarrowed = "CHILDREN_AUDIENCE_NARROWED", Narrowing, ChildrenAudienceWidened, "Audience narrowed from children", "the service is now directed to fewer children: to a general audience, or one that only includes them";
    ChildrenMinimumAgeLowered = "CHILDREN_MINIMUM_AGE_LOWERED", Expanding, ChildrenMinimumAgeRaised, "Minimum age lowered", "younger people can now use the service on their own: the minimum age is lower, or no longer stated";
    ChildrenMinimumAgeRaised = "CHILDREN_MINIMUM_AGE_RAISED", Narrowing, ChildrenMinimumAgeLowered, "Minimum age raised", "the minimum age is higher, or now stated";
    ChildrenKnowinglyCollected = "CHILDREN_KNOWINGLY_COLLECTED", Expanding, ChildrenNotKnowinglyCollected, "Children's information knowingly collected", "the policy now says that children's information is knowingly collected, or no longer says that it is not";
    ChildrenNotKnowinglyCollected = "CHILDREN_NOT_KNOWINGLY_COLLECTED", Narrowing, ChildrenKnowinglyCollected, "Children's information not knowingly collected", "the policy now says that children's information is not knowingly collected, or no longer says that it is";
    ChildrenParentalConsentDropped = "CHILDREN_PARENTAL_CONSENT_DROPPED", Expanding, ChildrenParentalConsentStated, "Parental consent dropped", "the policy no longer states how a parent's consent is obtained";
    ChildrenParentalConsentStated = "CHILDREN_PARENTAL_CONSENT_STATED", Narrowing, ChildrenParentalConsentDropped, "Parental consent stated", "the policy now states how a parent's consent is obtained";
    ChildrenParentalConsentChanged = "CHILDREN_PARENTAL_CONSENT_CHANGED", Editorial, ChildrenParentalConsentChanged, "Parental consent changed", "the way a parent's consent is obtained is described in other words; the meaning of free text is not checked";
    ChildrenSaleOptInChanged = "CHILDREN_SALE_OPT_IN_CHANGED", Editorial, ChildrenSaleOptInChanged, "Opt-in to sale under 16 reworded", "how the opt-in to the sale or sharing of the information of a consumer under 16 is obtained (`sale_opt_in`) was stated, reworded or dropped";
    ParentRightRemoved = "PARENT_RIGHT_REMOVED", Expanding, ParentRightAdded, "Parent's right removed", "a parent can no longer review, have deleted or refuse further collection of their child's information";
    ParentRightAdded = "PARENT_RIGHT_ADDED", Narrowing, ParentRightRemoved, "Parent's right added", "a parent can now review, have deleted or refuse further collection of their child's information";
    // Automated decisions.
    DecisionAdded = "DECISION_ADDED", Expanding, DecisionRemoved, "Automated decision added", "a new decision about the user is made solely by automated means (GDPR Art. 22)";
    DecisionRemoved = "DECISION_REMOVED", Narrowing, DecisionAdded, "Automated decision removed", "a decision about the user is no longer made solely by automated means";
    DecisionWidened = "DECISION_WIDENED", Expanding, DecisionNarrowed, "Automated decision widened", "an automated decision uses more data";
    DecisionNarrowed = "DECISION_NARROWED", Narrowing, DecisionWidened, "Automated decision narrowed", "an automated decision uses less data";
    DecisionBasisLoosened = "DECISION_BASIS_LOOSENED", Expanding, DecisionBasisTightened, "Automated decision basis loosened", "an automated decision now rests on a basis that leaves the user less say: a contract instead of explicit consent, or a law instead of either";
    DecisionBasisTightened = "DECISION_BASIS_TIGHTENED", Narrowing, DecisionBasisLoosened, "Automated decision basis tightened", "an automated decision now rests on a basis that leaves the user more say: explicit consent instead of a contract or a law, or a contract instead of a law";
    DecisionSafeguardRemoved = "DECISION_SAFEGUARD_REMOVED", Expanding, DecisionSafeguardAdded, "Automated decision safeguard removed", "a safeguard against an automated decision (human review, expressing one's view, contesting) is no longer stated";
    DecisionSafeguardAdded = "DECISION_SAFEGUARD_ADDED", Narrowing, DecisionSafeguardRemoved, "Automated decision safeguard added", "a safeguard against an automated decision (human review, expressing one's view, contesting) is now stated";
    DecisionRestated = "DECISION_RESTATED", Editorial, DecisionRestated, "Automated decision restated", "an automated decision's label, description, logic, significance or the law named was reworded";
    NoDecisionsWithdrawn = "NO_DECISIONS_WITHDRAWN", Expanding, NoDecisionsStated, "No longer says there are no automated decisions", "the policy no longer states that no decision is made solely by automated means (`automated_decisions none`)";
    NoDecisionsStated = "NO_DECISIONS_STATED", Narrowing, NoDecisionsWithdrawn, "Says there are no automated decisions", "the policy now states that no decision is made solely by automated means (`automated_decisions none`)";
    // Typed commitments.
    CommitmentRemoved = "COMMITMENT_REMOVED", Expanding, CommitmentAdded, "Commitment removed", "a typed commitment (`commit …`: never to sell, never to share, no transfers outside an area…) is no longer made";
    CommitmentAdded = "COMMITMENT_ADDED", Narrowing, CommitmentRemoved, "Commitment added", "a typed commitment (`commit …`: never to sell, never to share, no transfers outside an area…) is now made";
    // Sources (issue 14 item 9).
    DataSourceAdded = "DATA_SOURCE_ADDED", Expanding, DataSourceRemoved, "Data source added", "a data category is now also obtained from another source, or from a source named anew (GDPR Art. 14(2)(f))";
    DataSourceRemoved = "DATA_SOURCE_REMOVED", Narrowing, DataSourceAdded, "Data source removed", "a data category is no longer obtained from one of its sources";
    CombinationAdded = "COMBINATION_ADDED", Expanding, CombinationRemoved, "Data combined", "data sets are now combined (`combine DATA, … \"why\"`)";
    CombinationRemoved = "COMBINATION_REMOVED", Narrowing, CombinationAdded, "Data no longer combined", "data sets are no longer combined";
    CombinationRestated = "COMBINATION_RESTATED", Editorial, CombinationRestated, "Combination restated", "why data sets are combined was reworded";
    // Typed security measures and breach notifications.
    SecurityMeasureRemoved = "SECURITY_MEASURE_REMOVED", Expanding, SecurityMeasureAdded, "Security measure removed", "a typed security measure (`security { measures … }`) is no longer stated";
    SecurityMeasureAdded = "SECURITY_MEASURE_ADDED", Narrowing, SecurityMeasureRemoved, "Security measure added", "a typed security measure (`security { measures … }`) is now stated";
    BreachNotificationRemoved = "BREACH_NOTIFICATION_REMOVED", Expanding, BreachNotificationAdded, "Breach notification removed", "a commitment to notify a personal data breach (`breach_notification …`) is no longer made, or is made with another time";
    BreachNotificationAdded = "BREACH_NOTIFICATION_ADDED", Narrowing, BreachNotificationRemoved, "Breach notification added", "a commitment to notify a personal data breach (`breach_notification …`) is now made, or is made with another time";
    // Contractual clauses.
    ClauseToTerms = "CLAUSE_TO_TERMS", Editorial, ClauseFromTerms, "Clause referred to the Terms", "a free clause is now marked `contractual`: the text refers to the Terms instead of printing it";
    ClauseFromTerms = "CLAUSE_FROM_TERMS", Editorial, ClauseToTerms, "Clause printed again", "a free clause is no longer marked `contractual`: the text prints it instead of referring to the Terms";
    // The transfer ground of legitimate interests (issue 14 item 8).
    TransferInterestChanged = "TRANSFER_INTEREST_CHANGED", Editorial, TransferInterestChanged, "Interest of a transfer reworded", "the legitimate interest a transfer on `legitimate_interest` pursues was reworded";
    // The conditions of GDPR Art. 9(2) (issue 18 item 8).
    SpecialConditionLoosened = "SPECIAL_CONDITION_LOOSENED", Expanding, SpecialConditionTightened, "Special categories without explicit consent", "a purpose now processes special categories under a condition of GDPR Art. 9(2) that does not need the user's explicit consent, where before it rested on explicit consent (point (a)): the user can no longer stop it by refusing or withdrawing consent";
    SpecialConditionTightened = "SPECIAL_CONDITION_TIGHTENED", Narrowing, SpecialConditionLoosened, "Special categories on explicit consent", "a purpose now processes special categories only with the user's explicit consent (GDPR Art. 9(2)(a)), where before it rested on another condition, or none was stated";
    SpecialConditionChanged = "SPECIAL_CONDITION_CHANGED", Editorial, SpecialConditionChanged, "Art. 9(2) condition changed", "a purpose processes special categories under another condition of GDPR Art. 9(2) that needs no consent either, or the law its condition rests on was named anew";
    // Parts of a category already collected (issue 18 item 8).
    DataDetailed = "DATA_DETAILED", Editorial, DataDetailDropped, "Data detailed", "a part of a data category the other edition already collects is now named on its own, saying no more of the data than the whole (no more identifying, special, sensitive, from another source or kept longer): no new collection";
    DataDetailDropped = "DATA_DETAIL_DROPPED", Editorial, DataDetailed, "Data detail dropped", "a part of a data category is no longer named on its own; the category it is part of is still collected";
    // The links to opt out or limit, the data protection officer and the
    // representatives (issue 14 items 1 and 6).
    OptOutLinkRemoved = "OPT_OUT_LINK_REMOVED", Expanding, OptOutLinkAdded, "Opt-out link removed", "the policy no longer gives a link it gave at its top to opt out of the sale or sharing of personal information (`do_not_sell`) or to limit the use of sensitive personal information (`limit_sensitive_link`): a means of exercising a right is gone";
    OptOutLinkAdded = "OPT_OUT_LINK_ADDED", Narrowing, OptOutLinkRemoved, "Opt-out link added", "the policy now gives a link at its top to opt out of the sale or sharing of personal information (`do_not_sell`) or to limit the use of sensitive personal information (`limit_sensitive_link`)";
    OptOutLinkChanged = "OPT_OUT_LINK_CHANGED", Editorial, OptOutLinkChanged, "Opt-out link changed", "a link the policy gives at its top to opt out or to limit (`do_not_sell`, `limit_sensitive_link`) has another address";
    DpoRemoved = "DPO_REMOVED", Expanding, DpoAdded, "Data protection officer removed", "the policy no longer gives the contact of a data protection officer (`dpo \"…\"`)";
    DpoAdded = "DPO_ADDED", Narrowing, DpoRemoved, "Data protection officer added", "the policy now gives the contact of a data protection officer (`dpo \"…\"`)";
    DpoChanged = "DPO_CHANGED", Editorial, DpoChanged, "Data protection officer's contact changed", "the data protection officer is reached at another contact";
    RepresentativeRemoved = "REPRESENTATIVE_REMOVED", Expanding, RepresentativeAdded, "Representative removed", "the policy no longer names the controller's representative in the EU or in the UK (`eu_representative`, `uk_representative`; GDPR and UK GDPR Art. 27)";
    RepresentativeAdded = "REPRESENTATIVE_ADDED", Narrowing, RepresentativeRemoved, "Representative added", "the policy now names the controller's representative in the EU or in the UK (`eu_representative`, `uk_representative`; GDPR and UK GDPR Art. 27)";
    RepresentativeChanged = "REPRESENTATIVE_CHANGED", Editorial, RepresentativeChanged, "Representative changed", "the controller's representative in the EU or in the UK is named with another address";
}

impl ChangeKind {
    /// What the table says of the kind.
    const fn row(self) -> &'static Row {
        #[expect(
            clippy::indexing_slicing,
            reason = "the table has a row for every variant, in the enum's order; the test `every_kind_sits_at_its_row` checks it"
        )]
        &ROWS[self as usize]
    }

    /// The stable id (`RETENTION_EXTENDED`).
    pub const fn id(self) -> &'static str {
        self.row().id
    }

    /// How much a change of this kind matters.
    pub const fn class(self) -> Class {
        self.row().class
    }

    /// The kind of the same change seen the other way round: what
    /// `diff(new, old)` reports where `diff(old, new)` reports this.
    pub const fn mirror(self) -> ChangeKind {
        self.row().mirror
    }

    /// A short title, with a capital.
    pub const fn title(self) -> &'static str {
        self.row().title
    }

    /// What the kind means, in one line.
    pub const fn about(self) -> &'static str {
        self.row().about
    }

    /// The long explanation, in Markdown: `docs/changes/ID.md`.
    pub const fn explanation(self) -> &'static str {
        self.row().explanation
    }

    /// The kind with this id, if there is one; the case of `id` does not
    /// matter (`retention_extended` finds `RETENTION_EXTENDED`).
    pub fn parse(id: &str) -> Option<ChangeKind> {
        ChangeKind::ALL
            .iter()
            .copied()
            .find(|k| k.id().eq_ignore_ascii_case(id))
    }
}

/// The family of kinds each aspect a reason may name stands for (`because
/// profile examples "…"` explains only the changes of `profile` of these
/// kinds). The aspects' words are `vocab::CHANGE_ASPECTS`; every aspect has
/// a row here, and a kind belongs to at most one family.
const ASPECTS: &[(ChangeAspect, &[ChangeKind])] = &[
    (
        ChangeAspect::Examples,
        &[
            ChangeKind::DataExamplesAdded,
            ChangeKind::DataExamplesRemoved,
            ChangeKind::DataExamplesOpened,
            ChangeKind::DataExamplesClosed,
        ],
    ),
    (
        ChangeAspect::Retention,
        &[
            ChangeKind::RetentionUnstated,
            ChangeKind::RetentionStated,
            ChangeKind::RetentionExtended,
            ChangeKind::RetentionShortened,
            ChangeKind::RetentionRestated,
            ChangeKind::RetentionRuleLoosened,
            ChangeKind::RetentionRuleTightened,
            ChangeKind::RetentionEndAnonymised,
            ChangeKind::RetentionEndDeleted,
            ChangeKind::BackupsExtended,
            ChangeKind::BackupsShortened,
            ChangeKind::RetentionCapped,
            ChangeKind::RetentionUncapped,
        ],
    ),
    (
        ChangeAspect::Combined,
        &[
            ChangeKind::DataCombinedIdentified,
            ChangeKind::DataCombinedUnstated,
        ],
    ),
    (
        ChangeAspect::Requirement,
        &[
            ChangeKind::DataMoreRequired,
            ChangeKind::DataLessRequired,
            ChangeKind::DataRequirementRestated,
        ],
    ),
    (
        ChangeAspect::Source,
        &[
            ChangeKind::DataSourceFarther,
            ChangeKind::DataSourceUnstated,
            ChangeKind::DataSourceStated,
            ChangeKind::DataSourceNearer,
            ChangeKind::DataSourceRestated,
            ChangeKind::DataSourceAdded,
            ChangeKind::DataSourceRemoved,
        ],
    ),
    (
        ChangeAspect::Identity,
        &[
            ChangeKind::DataMoreIdentifying,
            ChangeKind::DataLessIdentifying,
            ChangeKind::DataIdentityRestated,
        ],
    ),
    (
        ChangeAspect::Data,
        &[
            ChangeKind::PurposeDataAdded,
            ChangeKind::PurposeDataRemoved,
            ChangeKind::PurposeDataRelisted,
        ],
    ),
    (
        ChangeAspect::Basis,
        &[
            ChangeKind::BasisHarderToRefuse,
            ChangeKind::BasisEasierToRefuse,
            ChangeKind::BasisChanged,
            ChangeKind::BasisUnstated,
            ChangeKind::BasisStated,
        ],
    ),
    (
        ChangeAspect::Profiling,
        &[
            ChangeKind::PurposeProfilingAdded,
            ChangeKind::PurposeProfilingRemoved,
        ],
    ),
    (
        ChangeAspect::Label,
        &[ChangeKind::LabelChanged, ChangeKind::ShortLabelChanged],
    ),
    (ChangeAspect::Description, &[ChangeKind::DescriptionChanged]),
];

/// The kinds of change an aspect stands for.
pub fn aspect_kinds(aspect: ChangeAspect) -> &'static [ChangeKind] {
    ASPECTS
        .iter()
        .find(|(a, _)| *a == aspect)
        .map_or(&[][..], |(_, kinds)| *kinds)
}

impl ChangeKind {
    /// Whether a change of this kind is one of `aspect`'s.
    pub fn is_of(self, aspect: ChangeAspect) -> bool {
        aspect_kinds(aspect).contains(&self)
    }
}

/// The kinds whose change is in free text: a clause, a description, a
/// label, a reworded statement. The comparison sees that the words
/// changed, not what they now say (a reworded clause may promise less), so
/// reports list these apart, as "meaning not checked", for a person to
/// read. Each is editorial: its class is what the comparison can vouch for.
const FREE_TEXT: &[ChangeKind] = &[
    ChangeKind::HeaderChanged,
    ChangeKind::LabelChanged,
    ChangeKind::ShortLabelChanged,
    ChangeKind::DescriptionChanged,
    ChangeKind::DataCollectionChanged,
    ChangeKind::InterestChanged,
    ChangeKind::ArrangementChanged,
    ChangeKind::RequestHandlingChanged,
    ChangeKind::SafeguardChanged,
    ChangeKind::ObligationReworded,
    ChangeKind::SecurityReworded,
    ChangeKind::ClauseAdded,
    ChangeKind::ClauseRemoved,
    ChangeKind::ClauseReworded,
    ChangeKind::SectionSummaryChanged,
    ChangeKind::RetentionCriteriaChanged,
    ChangeKind::TrackerRestated,
    ChangeKind::ChildrenParentalConsentChanged,
    ChangeKind::ChildrenSaleOptInChanged,
    ChangeKind::TransferInterestChanged,
];

impl ChangeKind {
    /// Whether the change is in free text, whose meaning the comparison
    /// does not check.
    pub fn is_free_text(self) -> bool {
        FREE_TEXT.contains(&self)
    }
}

impl std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for ChangeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_kinds_are_editorial_both_ways() {
        for kind in FREE_TEXT {
            assert_eq!(kind.class(), Class::Editorial, "{kind}");
            assert!(kind.mirror().is_free_text(), "{kind}");
        }
        assert!(!ChangeKind::ClauseMoved.is_free_text());
        assert!(!ChangeKind::RetentionRestated.is_free_text());
    }

    #[test]
    fn every_aspect_has_a_family_and_a_kind_one_at_most() {
        let mut seen = std::collections::BTreeSet::new();
        for aspect in crate::vocab::CHANGE_ASPECTS.values.iter().map(|v| v.value) {
            let kinds = aspect_kinds(aspect);
            assert!(!kinds.is_empty(), "{aspect:?} has no kinds");
            for kind in kinds {
                assert!(seen.insert(*kind), "{kind} in two families");
                assert!(kind.is_of(aspect));
                assert!(kind.mirror().is_of(aspect), "{kind}'s mirror");
            }
        }
    }

    #[test]
    fn every_kind_sits_at_its_row() {
        assert_eq!(ROWS.len(), ChangeKind::ALL.len());
        for (i, (row, kind)) in ROWS.iter().zip(ChangeKind::ALL).enumerate() {
            assert_eq!(*kind as usize, i);
            assert_eq!(kind.id(), row.id, "{kind}");
        }
    }

    #[test]
    fn mirrors_pair_up_and_swap_the_class() {
        for kind in ChangeKind::ALL {
            assert_eq!(kind.mirror().mirror(), *kind, "{kind}");
            assert_eq!(kind.mirror().class(), kind.class().mirror(), "{kind}");
        }
    }

    #[test]
    fn ids_are_unique_and_shouting_snake_case() {
        let mut seen = std::collections::BTreeSet::new();
        for kind in ChangeKind::ALL {
            assert!(seen.insert(kind.id()), "{kind} twice");
            assert!(
                kind.id()
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_'),
                "{kind}"
            );
            assert_eq!(ChangeKind::parse(&kind.id().to_lowercase()), Some(*kind));
        }
    }
}
