//! The catalogue of diagnostic codes.
//!
//! A code is never reused: a retired code stays here and in `docs/codes/`
//! so that old CI logs keep their meaning. Each code's long explanation is
//! the Markdown file `docs/codes/CODE.md`, compiled into the binary for
//! `policyc explain`.

use serde::{Serialize, Serializer};

/// How serious a diagnostic is. Each code has one severity, given in its
/// row of the table below, so a diagnostic takes it from its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The policy is wrong; nothing is built.
    Error,
    /// The policy is probably wrong; it still builds.
    Warning,
}

/// Declares the code enum, its string form, its severity and its
/// explanation in one table, so they can never disagree.
macro_rules! codes {
    ($($variant:ident = $severity:ident $code:literal, $summary:literal;)*) => {
        /// A stable diagnostic code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(#[doc = $summary] $variant,)*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as printed (`E0101`).
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// Whether the code is an error or a warning: a diagnostic
            /// made with this code has this severity, whoever makes it.
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// A one-line summary of what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }

            /// The long explanation, in Markdown.
            pub fn explanation(self) -> &'static str {
                match self {
                    $(Code::$variant => include_str!(concat!("../docs/codes/", $code, ".md")),)*
                }
            }
        }
    };
}

codes! {
    Syntax = Error "E0001", "a declaration does not follow the grammar";
    UnknownProperty = Error "E0002", "a block contains a property it does not accept";
    MalformedProperty = Error "E0003", "a known property has a value of the wrong form";
    BadEscape = Error "E0004", "a string contains an escape sequence that does not exist";
    NotUtf8 = Error "E0005", "a file is not valid UTF-8 text";
    FileTooLarge = Error "E0006", "a file is larger than the configured limit";
    NameTooLong = Error "E0010", "a name is longer than the limit";
    NotRegularFile = Error "E0011", "a path names a device, a pipe, a socket or a directory, not a regular file";
    LinkOutsideRoot = Error "E0012", "a policy file is a link to a file outside the policies' directory";
    ExpectedFailureChecksClean = Error "E0013", "a file marked as expected to fail checks clean";
    IncludeOutsideRoot = Error "E0007", "an included file lies outside the policies' directory";
    IncludeCycle = Error "E0008", "files include each other in a cycle";
    IncludeNotFound = Error "E0009", "an included file cannot be read";
    InvisibleCharacter = Error "E0015", "the source contains an invisible, bidirectional or control character";
    Noncharacter = Error "E0016", "the source contains a Unicode noncharacter";
    LineBreakInOneLineText = Error "E0017", "a one-line text contains a line break";
    UnknownData = Error "E0101", "a reference names a data category that is not declared";
    UnknownPurpose = Error "E0102", "a reference names a purpose that is not declared";
    UnknownRecipient = Error "E0103", "a reference names a recipient that is not declared";
    Duplicate = Error "E0104", "two declarations have the same name";
    MissingParent = Error "E0105", "a dotted data category has no declared parent";
    UnknownKeyword = Error "E0106", "a keyword value is not one of those the property accepts";
    DuplicateProperty = Error "E0107", "a property is given twice in one block";
    DuplicateHeader = Error "E0108", "a file has more than one policy header";
    UnusedRecipient = Warning "W0109", "a recipient is declared but receives no data";
    UnknownFact = Warning "W0110", "a test asserts a fact that no rule of the policy reads";
    CaseOnlyDifference = Error "E0111", "two ids of one kind differ only by case";
    InvalidDate = Error "E0201", "a date does not exist";
    InvalidVersion = Error "E0202", "a version is not a semantic version";
    NonPositiveDuration = Error "E0203", "a duration is zero or negative";
    EmptyString = Error "E0204", "a string that readers will see is empty";
    InvalidUrl = Error "E0205", "an address is not a well-formed web address";
    InvalidContact = Error "E0206", "a contact is neither an e-mail address nor a web address";
    InvalidLanguage = Error "E0207", "a language is not an ISO 639-1 code";
    ConflictingRequirement = Error "E0208", "a data category is both required and optional";
    SourceLanguageNotPublished = Error "E0209", "`languages` leaves out the language the policy is written in";
    MissingTranslation = Error "E0210", "a published language has no translation of a text the policy writes";
    OrphanTranslation = Warning "W0211", "a translation translates a text the policy no longer has";
    StaleTranslation = Warning "W0212", "a translation was made from an earlier wording of its text";
    MalformedTranslation = Error "E0213", "a translation file cannot be read as Fluent, or an entry has no source hash";
    UnpublishedTranslation = Warning "W0214", "a translation file is for a language the policy does not publish";
    UnwrittenLanguage = Error "E0215", "policyc cannot write the text in a language the policy is written or published in";
    UnstatedInterest = Error "E0301", "a legitimate-interest basis does not state the interest";
    IdentifiedInDepersonalizedPurpose = Error "E0302", "a purpose restricted to depersonalized data uses identified data";
    IdentifiedThroughParent = Error "E0303", "a purpose restricted to depersonalized data uses a category that covers identified data";
    IdentifiedByCombination = Error "E0304", "a purpose restricted to depersonalized data uses data combined with identified data";
    SpecialWithoutExplicitConsent = Error "E0305", "special-category data is used without explicit consent or another condition of Art. 9(2)";
    TransferWithoutGround = Error "E0306", "a transfer states no ground";
    IdentifiedWithoutRetention = Error "E0307", "identified data has no retention period";
    UnusedData = Warning "W0308", "a data category is collected but used by no purpose";
    InterestWithoutLegitimateInterest = Error "E0309", "an interest is stated for a basis that is not legitimate interests";
    StatisticsGroundOnIdentifiedData = Error "E0310", "depersonalized statistics are the ground for sending identified data";
    IdentityAssumed = Warning "W0311", "a data category does not say whether it identifies the user";
    CombinationRuleOnPersonalData = Error "E0340", "a data category that is not depersonalized states the combination rule";
    PurposeAndRecipientShareId = Error "E0350", "a purpose and a recipient have the same id";
    TransferPurposeWithoutData = Error "E0351", "a transfer names a purpose that does not use its data";
    AdequacyWithoutDecision = Error "E0365", "a transfer rests on an adequacy decision the Commission has not made for the recipient's country";
    DerogationWithoutCase = Error "E0366", "a derogation does not state its case, or another mechanism states one";
    GroundAgainstDerogation = Error "E0432", "a transfer to a recipient on an Art. 49 derogation rests on a ground other than the derogation's case";
    MechanismInsideArea = Warning "W0365", "a recipient inside the regime's own area states a transfer mechanism";
    SafeguardUntyped = Warning "W0366", "a recipient abroad states its safeguard in free text only, with no typed mechanism";
    MechanismWithoutCountry = Warning "W0367", "a recipient states a transfer mechanism or a copy, but no country";
    SafeguardsWithoutCopy = Warning "W0368", "a transfer rests on safeguards, but the policy does not say where to obtain a copy";
    AlternativesWithoutRule = Error "E0330", "a retention joins periods with `or` but does not say how they combine";
    RuleWithoutAlternatives = Warning "W0330", "a retention states how its periods combine, but it has only one";
    AnonymiseAnonymousData = Error "E0331", "a retention anonymises data at its end, but the data is already anonymous";
    RetentionForUnusedPurpose = Error "E0332", "a retention is stated for data used for a purpose, but the purpose does not use the data";
    MissingHeader = Error "E0401", "a policy file has no policy header";
    MissingHeaderFact = Error "E0402", "the policy header lacks a fact the law requires";
    TransferAbroadWithoutSafeguard = Error "E0403", "a recipient abroad has no transfer mechanism or safeguard";
    NoComplaintRight = Warning "W0404", "the policy does not tell users they may complain to an authority";
    PurposeWithoutData = Error "E0405", "a purpose uses no data";
    PurposeWithoutBasis = Error "E0406", "a purpose has no legal basis";
    NoticeContradicted = Warning "W0407", "a notice period is stated, but new editions take effect on publication";
    NoneWithRegimes = Error "E0320", "`regimes none` is combined with a regime";
    RegimesUndeclared = Warning "W0410", "the policy header does not declare the legal regimes it answers to";
    BasisUnstated = Warning "W0411", "a purpose's legal basis is written as unstated, but a declared regime asks for it";
    ConsentWithoutWithdrawal = Warning "W0412", "a purpose rests on consent, but the policy states no right to withdraw it";
    RightWithoutBasis = Warning "W0413", "a right is stated, but no purpose rests on a basis it applies to";
    RetentionUnstated = Warning "W0414", "a retention is written as unstated, but a declared regime asks for it";
    ContactUnstated = Warning "W0415", "the contact is written as unstated, but a declared regime asks for it";
    SourceUnstated = Warning "W0416", "a data category's source is written as unstated, but a declared regime asks for it";
    SourceNotStated = Warning "W0417", "a data category does not say where it comes from, and a declared regime asks for it";
    RequirementNotStated = Warning "W0418", "data the user provides does not say whether it is required, and a declared regime asks for it";
    GroundUnstated = Warning "W0419", "a transfer's ground is written as unstated, but a declared regime asks for it";
    SensitiveWithoutLimit = Warning "W0440", "retired: replaced by E0442 (sensitive personal information is used beyond the permitted purposes, but the policy states no right to limit its use)";
    SaleWithoutOptOut = Error "E0440", "data is sold, shared or used for targeted advertising, but the policy states no right to opt out";
    GpcIgnoredWhileSelling = Error "E0342", "the header says `gpc ignored`, but data is sold or shared under the CCPA, which makes a Global Privacy Control signal a request to opt out";
    GpcStanceNotStated = Warning "W0341", "data is sold or shared under the CCPA, but the header states no stance on Global Privacy Control";
    DoNotSellLinkMissing = Warning "W0342", "data is sold or shared under the CCPA, but the header gives no \"Do Not Sell or Share My Personal Information\" link";
    MinorSoldWithoutOptIn = Error "E0441", "under the CCPA, data is sold or shared while consumers under 16 use the service, but the children block states no opt-in to the sale or sharing";
    RequestVerificationNotStated = Warning "W0441", "under the CCPA, the policy states a right to know, delete or correct (declared or by default), but not how a request is verified";
    AuthorizedAgentsNotStated = Warning "W0442", "under the CCPA, the policy states a right to know, delete or correct (declared or by default), but says nothing of requests made through an authorized agent";
    SensitiveBeyondPermittedWithoutLimit = Error "E0442", "under the CCPA, sensitive personal information is used beyond the purposes 11 CCR §7027(m) permits, but the policy states no right to limit its use";
    CcpaCategoryNotStated = Warning "W0444", "under the CCPA, a data category does not say which of the statute's categories of personal information it belongs to (`ccpa_category`)";
    CcpaCategoryMissesSensitive = Warning "W0445", "under the CCPA, a data category is sensitive personal information of a kind the statute places in a category of personal information its `ccpa_category` leaves out";
    PermittedUseWithoutEffect = Warning "W0446", "a purpose names a permitted use of sensitive personal information (`permitted_use`), but uses no sensitive data or no declared regime gives a right to limit it";
    LimitSensitiveLinkMissing = Warning "W0443", "under the CCPA, sensitive personal information is used beyond the permitted purposes and the right to limit it is stated, but the header gives no \"Limit the Use of My Sensitive Personal Information\" link";
    FreeTextCommitment = Warning "W0380", "a free-text clause, obligation or security measure reads like a promise a typed commitment states (not to sell or share, no transfers outside a region, not directed to children, no automated decisions), which no check or diff reads";
    AcceptedByUse = Warning "W0420", "under GDPR, the policy says that using the service means accepting it, as if a privacy notice were a contract";
    ContractBasisForOptionalData = Warning "W0421", "a purpose rests on a contract, but uses data the user may leave out, which the contract cannot need";
    ProfilingDepersonalized = Warning "W0422", "a purpose profiles the user with data declared depersonalized, which profiling makes personal data";
    DirectMarketingWithoutObjection = Warning "W0423", "a purpose is direct marketing, but the policy says the right to object to it does not apply";
    RequiredWithoutReason = Warning "W0425", "data is declared `required` without saying what requires it (law, a contract, entering a contract) or what follows if it is not provided";
    ControllerWithoutAddress = Warning "W0426", "the controller states no postal address, which a declared regime asks with its identity";
    ControllerWithoutCountry = Warning "W0427", "the controller does not say in which country it is established";
    DpoUnstated = Warning "W0428", "the controller names no data protection officer and gives no reason none is designated";
    AspectWithoutChange = Warning "W0429", "a reason (`because ID ASPECT`) names an aspect of which the edition changes nothing about its subject";
    ContractualClauseInNotice = Warning "W0424", "under GDPR, a clause reads like a contractual term (a warranty, disclaimer or liability) and is printed in the privacy notice";
    PluralControllerUnstated = Warning "W0450", "the controller's name reads as several companies, but it is not declared `plural`";
    SectionIdBuiltin = Error "E0451", "a section with a heading takes the id of a built-in section";
    SectionWithoutHeading = Error "E0452", "a section that is not built in has no heading";
    SectionAfterUnknown = Error "E0453", "a section is placed `after` a section that is neither built in nor declared before it";
    BuiltinSectionMoved = Error "E0454", "a built-in section is given a place with `after`, but built-in sections keep theirs";
    SectionWithoutClauses = Warning "W0451", "a section of the author's own has no clause, so the text leaves it out";
    SectionSaysNothing = Warning "W0452", "a built-in section is declared without a summary, which says nothing";
    AutomatedDecisionsNotStated = Warning "W0453", "under GDPR, the policy neither declares an automated decision nor says there is none";
    SecurityWarranty = Warning "W0454", "a free-text security measure reads like a warranty (\"necessary and sufficient\", \"guarantee\", \"fully secure\")";
    PublishedAfterEffective = Error "E0455", "an edition is published after the date it takes effect";
    PublicationLeavesShortNotice = Warning "W0456", "an expanding edition is published later than its effective date minus the promised notice period, so readers get less notice than the policy promises";
    ProfiledMarketingOnInterests = Warning "W0455", "under GDPR, a purpose profiles the user for direct marketing on legitimate interests, where personalised advertising needs consent";
    ExpansionWithoutRationale = Warning "W0460", "an edition expands the policy without saying why (`because` in the `changes` block)";
    RationaleWithoutChange = Warning "W0461", "a reason (`because`) names nothing the edition changes";
    ShortLabelNotShorter = Warning "W0470", "a `short` label is not shorter than the label it stands for";
    HardToRead = Warning "W0471", "the text's reading ease is below the `[text] min_reading_ease` of `policyc.toml`";
    SentenceTooLong = Warning "W0472", "a sentence of the text is longer than the `[text] max_sentence_words` of `policyc.toml`";
    SummaryTooLong = Warning "W0473", "the summary at the top of the text has more words than the `[text] max_summary_words` of `policyc.toml`";
    AnswerTimeNotMonth = Warning "W0430", "a right's answer time is stated in days or is longer than the month a declared regime allows";
    ExtensionWithoutAnswerTime = Error "E0430", "a right says its answer time may be extended, but states no answer time";
    ExtensionTooLong = Warning "W0431", "a right's answer time is extended by more than the two months a declared regime allows";
    RepresentativeMissing = Warning "W0432", "the controller is established outside the EU and EEA, but names no representative in the EU";
    JointControllerNamedTwice = Error "E0341", "a joint controller is named twice, or is the controller itself";
    LeadAuthorityAbroad = Warning "W0434", "a lead supervisory authority is named for a controller established outside the EU and EEA";
    AnonymousProfiled = Error "E0420", "anonymous data is used by a purpose that profiles the user or is direct marketing, which only personal data can serve";
    AnonymousPerUserRetention = Error "E0421", "anonymous data is kept until an event of one user, which keeps it per user";
    AnonymousRecombined = Error "E0422", "anonymous data is combined with data that identifies the user, in one category or one purpose";
    AnonymousWithoutMethod = Error "E0423", "data is declared anonymous without stating how it was made anonymous";
    MethodOnIdentifiableData = Error "E0424", "`anonymised_by` is stated on data that is not declared anonymous";
    NotApplicableNotGranted = Error "E0425", "a right is declared not_applicable, but no declared regime grants it to the policy's users";
    NotApplicableWithoutReason = Error "E0426", "a right is declared not_applicable without saying why";
    NotApplicableExercised = Error "E0427", "a right declared not_applicable also says how to exercise it";
    TestUnknownDecision = Error "E0428", "a test expects an answer on an automated decision the policy does not declare";
    TestDeadlineUnknownName = Error "E0443", "a test's deadline expectation names a data category, purpose or event the policy does not declare";
    TestDeadlineImpossibleDates = Error "E0456", "a test's deadline expectation gives event dates the runtime cannot count from";
    ConsentedDecisionSharesId = Error "E0429", "an automated decision on explicit consent has the id of a purpose or a recipient, so one consent fact would allow both";
    GroundPurposeUndeclared = Warning "W0433", "a transfer on a legal obligation, the protection of rights or a business transfer names no declared purpose it serves";
    ContentChangedWithoutBump = Error "E0501", "the content of a released version changed without a version bump";
    BumpTooSmall = Error "E0502", "a new edition's version is not raised enough for its changes";
    VersionBelowLatest = Error "E0503", "a new edition's version is lower than the latest released edition";
    NoticeTooShort = Error "E0504", "an expanding edition takes effect before the promised notice period has passed";
    HistoryTampered = Error "E0505", "a released edition or its ledger entry was changed, removed, reordered or added outside the build";
    LedgerHeadMismatch = Error "E0506", "the history ledger does not end at the head the last build recorded";
    HistoryMissing = Error "E0507", "the history of a policy that was released before is missing";
    LedgerWithoutChain = Error "E0508", "the history ledger has no hash chain: it was written by an older policyc";
    UntrustedHead = Error "E0509", "the head of the history ledger is not signed by a trusted key";
    TestFailed = Error "E0601", "an expectation of a test block does not hold";
    OutputLink = Error "E0701", "an entry of the output directory is a symbolic link";
    OutputNotRegular = Error "E0702", "an entry of the output directory is not a regular file or directory";
    OutputBusy = Error "E0703", "another build is writing to the output directory";
    OutputTooLarge = Error "E0704", "a policy's output directory holds far more than a build makes";
    KeyUnreadable = Error "E0801", "a key file cannot be read";
    NotASigningKey = Error "E0802", "a signing key is not an Ed25519 private key in PKCS#8 PEM";
    NotATrustedKey = Error "E0803", "a trusted key is not an Ed25519 public key";
    UntrustedTable = Error "E0804", "a rule table is not signed by a trusted key";
    FidesKeyUnknown = Error "E0880", "a data category or purpose maps to a key that fideslang's default taxonomy does not declare";
    FidesKeyTaken = Error "E0881", "a data category or purpose without a Fides key would be exported under a key that means something else";
    FidesNotAManifest = Error "E0882", "a file given to `policyc import fides` is not a fideslang manifest";
    FidesNoSystem = Error "E0883", "a fideslang manifest declares no system to import";
    TrackerWithoutConsent = Error "E0390", "a tracker that is not strictly necessary serves a purpose that does not rest on consent";
    DecisionBasisNotAllowed = Error "E0360", "an automated decision rests on something other than explicit consent, a contract or a law that authorises it";
    DecisionWithoutSafeguards = Error "E0361", "an automated decision on explicit consent or a contract does not state every safeguard the law requires";
    DecisionIncomplete = Error "E0362", "an automated decision does not state the data it uses, its logic, its significance or its basis";
    DecisionSpecialData = Error "E0363", "an automated decision uses special-category data on a contract, which the law does not allow";
    DecisionsStatedNone = Error "E0364", "the header says there are no automated decisions, but the policy declares one";
    ProfilingWithoutDecisionStatement = Warning "W0360", "a purpose profiles the user, but the policy neither declares an automated decision nor says there is none";
    DecisionWithoutRight = Warning "W0361", "the policy declares an automated decision, but does not state the right not to be subject to one";
    TerminalAccessWithoutConsent = Warning "W0391", "data a tracker collects, which needs consent, is used for a purpose that does not rest on consent";
    TrackerLifetimeNotStated = Error "E0480", "a tracker does not state how long it stays on the device (under any regime, or none)";
    TrackerIncomplete = Error "E0481", "a tracker does not state its kind, its party, its category or the purposes it serves";
    ChildrenNotKnowinglyCollected = Error "E0370", "a service directed to children says it does not knowingly collect their information";
    ChildrenExcluded = Error "E0371", "a service directed to children sets a minimum age above 13 and obtains no parental consent, so no child may use it";
    AgeNotAnAge = Error "E0372", "a `minimum_age` is not an age between 1 and 99";
    ChildrenWithoutParentalConsent = Error "E0373", "children under 13 use the service, but the policy declares no parental-consent mechanism";
    ChildrenCollectedBelowMinimumAge = Error "E0433", "the service knowingly collects children's information, but a minimum age without parental consent bars the children it collects from";
    ParentRightsMissing = Error "E0374", "children under 13 use the service, but the policy does not state each of the parent's rights";
    AudienceNotStated = Error "E0375", "a `children` block does not state whom the service is directed to";
    TestUnknownTracker = Error "E0376", "a test expects a decision on a tracker the policy does not declare";
    TestChildrenWithoutStance = Error "E0377", "a test expects an answer on a child, but the policy states no stance on children";
    FirstPartyTrackerRecipient = Error "E0378", "a first-party tracker names a recipient as its provider";
    AgeOfConsentNotStated = Warning "W0370", "the service is offered to children and relies on consent, but states no age of digital consent";
    AgeOfConsentOutOfRange = Warning "W0371", "a `minimum_age` is outside the ages of digital consent a declared regime allows";
    ParentalConsentNotStated = Warning "W0372", "children below the age of digital consent use the service, which relies on consent, but no parental-consent mechanism is declared";
    ChildrenStanceNotStated = Warning "W0373", "the policy answers to COPPA but states no stance on children";
    TransferRepeatsRecipientDisclosure = Warning "W0436", "a transfer's `disclosed_as` repeats what its recipient's `disclosed_as` already states";
    TrackerProviderNotRecipient = Warning "W0435", "a third-party tracker collects data, but its provider is not a declared recipient";
    StrictlyNecessaryTrackerNotNecessary = Warning "W0438", "a tracker declared strictly necessary serves profiling, direct marketing or a purpose on consent, or an advertising or analytics provider sets it, which the service the user asked for does not need";
    ThirdPartyTrackerWithoutProvider = Warning "W0439", "a tracker a third party sets names no provider, so the policy does not say who sets it";
    TrackerConsentDiffersFromTransfer = Warning "W0437", "a third-party tracker and the transfer of its data to its provider answer to different consent facts, so one choice on a consent banner gets contradictory answers";
    TrackerProviderUnlinked = Warning "W0374", "a third-party tracker's provider is written in words that name a recipient whose disclosures are sales or sharing, so the opt-outs cannot reach the tracker";
    HeadingOfJurisdictionSection = Warning "W0375", "a section of the author's own has the heading of a section the declared regimes generate, so the text prints it twice";
    FidesNotImported = Warning "W0490", "a part of a fideslang manifest has no counterpart in the language, or is not stated, and is not imported";
    ProcessorAsController = Error "E0392", "a recipient that acts on the controller's instructions is said to be a controller";
    ArrangementWithoutJointControl = Error "E0393", "a recipient states a joint controllers' arrangement, but is not a joint controller";
    BusinessPurposeToController = Error "E0394", "a transfer for a business purpose goes to a recipient that is not a service provider or processor";
    JointControllerWithoutArrangement = Warning "W0392", "a joint controller is declared, but the policy does not state the essence of the arrangement";
    SpecialConditionWithoutLaw = Error "E0395", "an Art. 9(2) condition that rests on a law does not name it";
    ExplicitConsentConditionWithoutConsent = Error "E0396", "a purpose states explicit consent as its Art. 9(2) condition, but its basis is not consent";
    LawForConditionWithoutLaw = Error "E0397", "a law is named for an Art. 9(2) condition that rests on none";
    SpecialConditionWithoutSpecialData = Warning "W0393", "a purpose states an Art. 9(2) condition, but uses no special-category data";
    BreachTimeOutOfRange = Error "E0398", "a breach notification's time is not a number of hours from 1 to 8760";
    BreachLaterThanLaw = Warning "W0395", "a personal data breach is notified to the supervisory authority later than 72 hours after it becomes known";
    SecurityRepeated = Warning "W0396", "a security measure or a breach notification to the same party is written twice";
    SpecialAndSensitiveDisagree = Warning "W0394", "a data category's special category and its sensitive category under US state law name different kinds of data";
    SoldDespiteCommitment = Error "E0380", "a recipient or a transfer is `disclosed_as sale`, but the policy commits never to sell (the information it receives)";
    SharedDespiteCommitment = Error "E0381", "a recipient or a transfer is `disclosed_as share` or `targeted_advertising`, but the policy commits not to share for advertising";
    TransferOutsideCommittedArea = Error "E0382", "a recipient's stated country lies outside the area the policy commits to keep data in";
    ChildrenDespiteCommitment = Error "E0383", "the `children` block directs the service to children, but the policy commits that it is not";
    SharedWithThirdPartyDespiteCommitment = Error "E0431", "data goes to a recipient that is not a processor or service provider, but the policy commits to share with no third party";
    DecisionDespiteCommitment = Error "E0384", "an automated decision is declared, but the policy commits to make none";
    CommitmentAreaMismatch = Error "E0385", "`commit no_transfers_outside` names no area, or another commitment names one";
    CommitmentRepeated = Warning "W0381", "the same commitment is written twice";
    SourceNameNotObtained = Error "E0386", "a source the information is not obtained from others (`user`, `device`, `derived`) is given a name";
    ThirdPartySourceUnnamed = Warning "W0382", "information is obtained from a third party, but the policy does not name the source";
    SourceRepeated = Warning "W0383", "a data category names the same source twice";
    CombinationOfOne = Error "E0387", "a `combine` names fewer than two data categories";
    DepersonalizedCombinedUnmarked = Warning "W0384", "depersonalized data is combined with personal data, but does not declare `when_combined identified`";
    TransferInterestUnstated = Error "E0388", "a transfer on legitimate interests does not state the interest";
    TextAfterOtherGround = Error "E0389", "a text follows a transfer ground that is not legitimate interests";
    TransferInterestWithoutObjection = Warning "W0385", "a transfer rests on legitimate interests, but the policy states no right to object";
}

/// The letter of a code is its severity (E for errors, W for warnings) and
/// four digits follow: checked when the crate compiles, so a row whose
/// severity and letter disagree does not build.
const _: () = assert!(
    letters_agree(Code::ALL),
    "a code's letter must match its severity"
);

// A loop, not recursion: const evaluation limits the depth of calls, and
// the catalogue outgrew it.
const fn letters_agree(mut codes: &[Code]) -> bool {
    while let [code, rest @ ..] = codes {
        let well_formed = match (code.as_str().as_bytes(), code.severity()) {
            ([b'E', digits @ ..], Severity::Error) | ([b'W', digits @ ..], Severity::Warning) => {
                all_digits(digits, 4)
            }
            _ => false,
        };
        if !well_formed {
            return false;
        }
        codes = rest;
    }
    true
}

const fn all_digits(bytes: &[u8], count: usize) -> bool {
    match bytes {
        [] => count == 0,
        [byte, rest @ ..] => count > 0 && byte.is_ascii_digit() && all_digits(rest, count - 1),
    }
}

impl Code {
    /// The retired codes: no check emits them any longer, and their pages
    /// in `docs/codes/` say what replaced them. They stay in the table so
    /// that old CI logs, `[lints] allow` lists and `policyc explain` keep
    /// their meaning.
    pub const RETIRED: &'static [Code] = &[Code::SensitiveWithoutLimit];

    /// Whether the code is retired (see [`Code::RETIRED`]).
    pub fn is_retired(self) -> bool {
        Code::RETIRED.contains(&self)
    }

    /// Looks a code up by its printed form, ignoring case.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|code| code.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
