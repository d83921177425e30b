//! The closed sets of the language, each declared once.
//!
//! A closed set (the legal bases, the transfer grounds…) is one table here:
//! for each value its keyword, its model value, its words in the policy
//! text, its words in the diff's explanations, a one-line description (for
//! `policyc explain`, docs and editor hovers) and its rank where the diff
//! compares values. The checker looks keywords up here, the text and the
//! diff take their words from here, and a test checks the editor grammars
//! against the keywords. Adding a value is one line in its table.
//!
//! Where the rule table carries a set, the value is the runtime's own enum
//! and its keyword is the runtime's serialized name (`as_str`), so the
//! compiler cannot spell it differently from the table.

use crate::model::{BreachParty, DeadlineAnswer, SecurityMeasure};
use policy_runtime::{
    Basis, Ground, Identity, RecipientKind, RetentionEnd, RetentionRule, TimeUnit,
};
use policy_runtime::{PermittedUse, SpecialCondition};

use crate::model::ChangeAspect;
use crate::model::ControllerRole;
use crate::model::RequiredBy;
use crate::model::{
    Acceptance, CcpaCategory, ChangeAuthority, Disclosure, NotifyMethod, Party, Regime, RightKind,
    Section, SensitiveCategory, Source, SpecialCategory, Stance, TakesEffect, TrackerCategory,
    TrackerKind, Voice,
};
use crate::model::{Area, CommitmentKind};
use crate::model::{Audience, DecisionBasis, Derogation, MechanismKind, ParentRight, Safeguard};

/// One value of a closed set: everything the compiler says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value<T: 'static> {
    /// The keyword in the source, as in `transfer … on KEYWORD`.
    pub keyword: &'static str,
    /// The model value.
    pub value: T,
    /// Its words in the policy text, in the voice's terms
    /// (`render::words::say`): `{We}`, `{we}`, `{us}`, `{our}` stand for
    /// the controller, `{You}`, `{you}`, `{your}` for the reader, and
    /// `[singular|plural]` is a verb that agrees with the subject before it.
    pub text: &'static str,
    /// A second form of its words, where the set has one: what a right lets
    /// the user do, how a source provides data, the plural of a time unit
    /// (a keyword too). Empty elsewhere.
    pub sentence: &'static str,
    /// Its words in the diff's explanations.
    pub diff: &'static str,
    /// A one-line description, for `policyc explain` and editor hovers.
    pub about: &'static str,
    /// Its rank where the diff compares two values: a change to a higher
    /// rank expands what the policy allows. Equal where the diff does not
    /// order the values.
    pub rank: u8,
}

/// A closed set: its name in messages and its values, in the order help
/// lists them, which is the order of the enum's variants.
#[derive(Debug, Clone, Copy)]
pub struct Set<T: 'static> {
    /// What a value of the set is called in messages (`transfer ground`).
    pub name: &'static str,
    /// Every value, in the enum's declaration order.
    pub values: &'static [Value<T>],
    /// Whether a value's second form (`sentence`) is a keyword too: the
    /// plural of a time unit.
    pub plurals: bool,
}

impl<T: Copy> Set<T> {
    /// The value written as `keyword`, if the set has one.
    pub fn find(&self, keyword: &str) -> Option<&'static Value<T>> {
        self.values.iter().find(|v| v.keyword == keyword)
    }

    /// Every keyword, in the order help lists them.
    pub fn keywords(&self) -> impl ExactSizeIterator<Item = &'static str> + Clone + 'static {
        self.values.iter().map(|v| v.keyword)
    }

    /// The value written as `word`, its keyword or, where the set has
    /// plurals, its plural.
    pub fn find_word(&self, word: &str) -> Option<&'static Value<T>> {
        self.values
            .iter()
            .find(|v| v.keyword == word || (self.plurals && v.sentence == word))
    }

    /// Every word that names a value: each keyword, followed by its plural
    /// where the set has plurals, in the order help lists them.
    pub fn words(&self) -> Vec<&'static str> {
        let plurals = self.plurals;
        self.values
            .iter()
            .flat_map(|v| [Some(v.keyword), plurals.then_some(v.sentence)])
            .flatten()
            .collect()
    }
}

/// A model value that belongs to a closed set declared here.
pub trait Closed: Copy + 'static {
    /// The set of every value of the type.
    const SET: Set<Self>;

    /// The position of the value's variant in its enum.
    fn position(self) -> usize;

    /// Everything declared about this value.
    fn entry(self) -> &'static Value<Self> {
        #[expect(
            clippy::indexing_slicing,
            reason = "each set lists every variant in declaration order, so a variant's position is in range; the test `every_value_sits_at_its_position` checks it"
        )]
        &Self::SET.values[self.position()]
    }

    /// The keyword in the source.
    fn keyword(self) -> &'static str {
        self.entry().keyword
    }
}

/// Declares a closed set: a const with every value and the [`Closed`]
/// impl that finds a value's entry by its variant. A value without a
/// keyword of its own takes the runtime's serialized name.
macro_rules! closed_set {
    (
        $(#[$doc:meta])*
        $set:ident: $ty:ident, $name:literal $(, $plurals:ident)?;
        $( $variant:ident $(= $keyword:literal)? {
            text: $text:literal,
            $(sentence: $sentence:literal,)?
            diff: $diff:literal,
            rank: $rank:literal,
            about: $about:literal $(,)?
        } )*
    ) => {
        $(#[$doc])*
        pub const $set: Set<$ty> = Set {
            name: $name,
            plurals: closed_set!(@plurals $($plurals)?),
            values: &[$(Value {
                keyword: closed_set!(@keyword $ty::$variant $(, $keyword)?),
                value: $ty::$variant,
                text: $text,
                sentence: closed_set!(@sentence $($sentence)?),
                diff: $diff,
                about: $about,
                rank: $rank,
            }),*],
        };

        impl Closed for $ty {
            const SET: Set<Self> = $set;

            fn position(self) -> usize {
                self as usize
            }
        }
    };
    (@keyword $value:expr, $keyword:literal) => { $keyword };
    (@keyword $value:expr) => { $value.as_str() };
    (@sentence $sentence:literal) => { $sentence };
    (@sentence) => { "" };
    (@plurals plurals) => { true };
    (@plurals) => { false };
}

closed_set! {
    /// `basis`: the legal bases of GDPR Art. 6(1), with the explicit consent
    /// of Art. 9(2)(a). The rank is how hard the user finds it to refuse:
    /// consent is easiest to refuse, the necessities cannot be refused.
    BASES: Basis, "legal basis";
    Consent {
        text: "{your} consent",
        diff: "consent",
        rank: 1,
        about: "the user's consent (Art. 6(1)(a)); the user may withdraw it",
    }
    ExplicitConsent {
        text: "{your} explicit consent",
        diff: "explicit consent",
        rank: 0,
        about: "the user's explicit consent (Art. 9(2)(a)), needed for special categories",
    }
    Contract {
        text: "the processing is necessary to perform a contract with {you}",
        diff: "the performance of a contract",
        rank: 3,
        about: "necessary to perform a contract with the user (Art. 6(1)(b))",
    }
    LegalObligation {
        text: "the processing is necessary to comply with a legal obligation that applies to {us}",
        diff: "a legal obligation",
        rank: 3,
        about: "necessary to comply with a legal obligation of the controller (Art. 6(1)(c))",
    }
    VitalInterests {
        text: "the processing is necessary to protect the vital interests of {you} or of another person",
        diff: "vital interests",
        rank: 3,
        about: "necessary to protect someone's vital interests (Art. 6(1)(d))",
    }
    PublicTask {
        text: "the processing is necessary to perform a task carried out in the public interest",
        diff: "a task in the public interest",
        rank: 3,
        about: "necessary for a task carried out in the public interest (Art. 6(1)(e))",
    }
    LegitimateInterest {
        text: "{our} legitimate interests",
        diff: "legitimate interests",
        rank: 2,
        about: "the controller's legitimate interests, which must be stated (Art. 6(1)(f)); the user may object",
    }
    Unstated {
        text: "",
        diff: "a basis the policy does not state",
        rank: 3,
        about: "the source does not state the basis (`basis unstated`): the text says nothing of it, the use holds as declared, and a regime that asks for a basis warns (W0411)",
    }
}

closed_set! {
    /// The grounds after `on` in a transfer; any one of a transfer's
    /// grounds suffices.
    GROUNDS: Ground, "transfer ground";
    Consent {
        text: "{you} [has|have] consented to the transfer",
        diff: "the User's consent",
        rank: 0,
        about: "the user consented to the transfer",
    }
    Contract {
        text: "the transfer is necessary to perform a contract with {you}",
        diff: "contract necessity",
        rank: 0,
        about: "necessary to perform a contract with the user",
    }
    LegalObligation {
        text: "the transfer is required by law",
        diff: "a legal obligation",
        rank: 0,
        about: "required by law, such as a lawful request from an authority",
    }
    RightsProtection {
        text: "the transfer is necessary to protect the rights and legitimate interests of {us} or of other persons",
        diff: "the protection of rights",
        rank: 0,
        about: "necessary to protect the rights and legitimate interests of the controller or of others",
    }
    BusinessTransfer {
        text: "the transfer takes place as part of a sale or other transfer of the business",
        diff: "a business transfer",
        rank: 0,
        about: "part of a sale, merger or other transfer of the business",
    }
    DepersonalizedStatistics {
        text: "the information has been depersonalized and is transferred as statistical data",
        diff: "depersonalized statistics",
        rank: 0,
        about: "the data is depersonalized and sent as statistics only",
    }
    Unstated {
        text: "",
        diff: "a ground the policy does not state",
        rank: 0,
        about: "the source does not state the ground (`on unstated`, or no `on` where no regime asks): the text says only that the recipient receives the information, the transfer holds as declared, and a regime that asks for a ground warns (W0419)",
    }
    BusinessPurpose {
        text: "the information is disclosed to a service provider for a business purpose, under a contract that limits its use of the information",
        diff: "a business purpose",
        rank: 0,
        about: "US state law: disclosed to a service provider or contractor for a business purpose, under a contract that limits its use of the data (Cal. Civ. Code §1798.140(e), (ag)); the recipient's kind is `service_provider` or `processor` (E0394)",
    }
    LegitimateInterest {
        text: "the transfer is necessary for the purposes of a legitimate interest",
        diff: "legitimate interests",
        rank: 0,
        about: "necessary for a legitimate interest, stated after the ground (`legitimate_interest \"preventing fraud\"`, E0388; GDPR Art. 6(1)(f)); it holds until the user objects to the recipient (fact `objection:RECIPIENT`), so under GDPR the policy states the right to object (W0385)",
    }
}

closed_set! {
    /// `identity`: how far data identifies the user. The rank grows with
    /// how directly it does.
    IDENTITIES: Identity, "identity";
    Identified {
        text: "identified",
        diff: "identified",
        rank: 3,
        about: "the data identifies the user",
    }
    Pseudonymized {
        text: "pseudonymized",
        diff: "pseudonymized",
        rank: 2,
        about: "the data identifies the user only with additional information kept apart",
    }
    Depersonalized {
        text: "depersonalized",
        diff: "depersonalized",
        rank: 1,
        about: "the data cannot identify the user",
    }
    Anonymous {
        text: "anonymous",
        diff: "anonymous",
        rank: 0,
        about: "the data relates to no identified or identifiable person, by the method `anonymised_by` states: not personal data (GDPR Recital 26)",
    }
}

closed_set! {
    /// `source`: how a data category is obtained. `text` opens the list of
    /// the categories of one source, `sentence` says it of one category.
    /// The rank grows with how far from the user the data comes; not
    /// stated ranks with the user.
    SOURCES: Source, "source";
    User = "user" {
        text: "{You} [provides|provide] the following personal information:",
        sentence: "{You} [provides|provide] this information.",
        diff: "provided by the User",
        rank: 0,
        about: "the user provides the data",
    }
    Device = "device" {
        text: "{Your} device automatically sends the following personal information:",
        sentence: "{Your} device sends this information automatically.",
        diff: "sent automatically by the User's device",
        rank: 2,
        about: "the user's device sends the data automatically",
    }
    Derived = "derived" {
        text: "{We} [derives|derive] the following personal information from other information:",
        sentence: "This information is derived from other information.",
        diff: "derived from other information",
        rank: 1,
        about: "the service derives the data from other data",
    }
    ThirdParty = "third_party" {
        text: "{We} [receives|receive] the following personal information from third parties:",
        sentence: "This information is received from third parties.",
        diff: "obtained from third parties",
        rank: 3,
        about: "a third party provides the data",
    }
    PubliclyAvailable = "publicly_available" {
        text: "{We} [obtains|obtain] the following personal information from publicly available sources:",
        sentence: "This information is obtained from publicly available sources.",
        diff: "obtained from publicly available sources",
        rank: 4,
        about: "the data is obtained from a publicly available source, such as a public register",
    }
}

closed_set! {
    /// The kind after `right`: `text` is the right's name as a heading,
    /// `sentence` what it lets the user do when the policy does not say.
    RIGHTS: RightKind, "right";
    Access = "access" {
        text: "Right of access",
        sentence: "{You} can ask whether personal information about {you} is processed, and obtain access to it and a copy of it.",
        diff: "the right of access",
        rank: 0,
        about: "the user may learn whether data about them is processed and get a copy (Art. 15)",
    }
    Rectification = "rectification" {
        text: "Right to rectification",
        sentence: "{You} can have inaccurate personal information corrected and incomplete personal information completed.",
        diff: "the right to rectification",
        rank: 0,
        about: "the user may have inaccurate data corrected and incomplete data completed (Art. 16)",
    }
    Erasure = "erasure" {
        text: "Right to erasure",
        sentence: "{You} can have personal information erased.",
        diff: "the right to erasure",
        rank: 0,
        about: "the user may have data erased (Art. 17)",
    }
    Restriction = "restriction" {
        text: "Right to restriction of processing",
        sentence: "{You} can have the processing of personal information restricted.",
        diff: "the right to restriction of processing",
        rank: 0,
        about: "the user may have processing restricted (Art. 18)",
    }
    Portability = "portability" {
        text: "Right to data portability",
        sentence: "{You} can receive the personal information {you} [has|have] provided in a structured, commonly used and machine-readable format, and have it transmitted to another controller.",
        diff: "the right to data portability",
        rank: 0,
        about: "the user may receive the data they provided in a machine-readable format (Art. 20)",
    }
    Objection = "objection" {
        text: "Right to object",
        sentence: "{You} can object to the processing of personal information that is based on legitimate interests.",
        diff: "the right to object",
        rank: 0,
        about: "the user may object to processing based on legitimate interests (Art. 21)",
    }
    WithdrawConsent = "withdraw_consent" {
        text: "Right to withdraw consent",
        sentence: "{You} can withdraw consent given to processing that is based on consent.",
        diff: "the right to withdraw consent",
        rank: 0,
        about: "the user may withdraw consent at any time (Art. 7(3))",
    }
    Complaint = "complaint" {
        text: "Right to lodge a complaint",
        sentence: "{You} can lodge a complaint with a data protection supervisory authority.",
        diff: "the right to complain to a supervisory authority",
        rank: 0,
        about: "the user may lodge a complaint with a supervisory authority (Art. 77)",
    }
    OptOutSaleShare = "opt_out_sale_share" {
        text: "Right to opt out of sale and sharing",
        sentence: "{You} can direct {us} not to sell or share personal information about {you}.",
        diff: "the right to opt out of the sale and sharing of personal information",
        rank: 0,
        about: "US state law: the user may opt out of the sale and the sharing of their data (Cal. Civ. Code §1798.120, 11 CCR §7026)",
    }
    LimitSensitive = "limit_sensitive" {
        text: "Right to limit the use of sensitive personal information",
        sentence: "{You} can direct {us} to limit the use and disclosure of sensitive personal information about {you} to the purposes the law permits.",
        diff: "the right to limit the use of sensitive personal information",
        rank: 0,
        about: "US state law: the user may limit the use of their sensitive personal information to the permitted purposes (Cal. Civ. Code §1798.121, 11 CCR §7027)",
    }
    Know = "know" {
        text: "Right to know",
        sentence: "{You} can ask what personal information about {you} is collected, used and disclosed, and to whom.",
        diff: "the right to know",
        rank: 0,
        about: "US state law: the user may learn what data about them is collected, used and disclosed (Cal. Civ. Code §1798.110, §1798.115)",
    }
    Appeal = "appeal" {
        text: "Right to appeal",
        sentence: "{You} can appeal a refusal to act on a request about {your} rights.",
        diff: "the right to appeal",
        rank: 0,
        about: "US state law: the user may appeal a refusal to act on a request (Va. Code §59.1-577(C), Colo. Rev. Stat. §6-1-1306(3))",
    }
    NonDiscrimination = "non_discrimination" {
        text: "Right to non-discrimination",
        sentence: "{You} will not be discriminated against for exercising {your} rights.",
        diff: "the right to non-discrimination",
        rank: 0,
        about: "US state law: the user is not discriminated against for exercising a right (Cal. Civ. Code §1798.125)",
    }
    AutomatedDecisions = "automated_decisions" {
        text: "Right not to be subject to automated decisions",
        sentence: "{You} [has|have] the right not to be subject to a decision based solely on automated processing, including profiling, that produces legal effects concerning {you} or similarly significantly affects {you}, unless it is necessary for a contract with {you}, authorised by law or based on {your} explicit consent.",
        diff: "the right not to be subject to automated decisions",
        rank: 0,
        about: "the user is not subject to a decision based solely on automated processing with legal or similarly significant effects, save the exceptions of Art. 22(2) (Art. 22)",
    }
}

closed_set! {
    /// `special`: the special categories of personal data of GDPR Art. 9.
    SPECIAL_CATEGORIES: SpecialCategory, "special category";
    RacialOrEthnicOrigin = "racial_or_ethnic_origin" {
        text: "data revealing racial or ethnic origin",
        diff: "racial or ethnic origin",
        rank: 0,
        about: "data revealing racial or ethnic origin",
    }
    PoliticalOpinions = "political_opinions" {
        text: "data revealing political opinions",
        diff: "political opinions",
        rank: 0,
        about: "data revealing political opinions",
    }
    ReligiousBeliefs = "religious_beliefs" {
        text: "data revealing religious or philosophical beliefs",
        diff: "religious or philosophical beliefs",
        rank: 0,
        about: "data revealing religious or philosophical beliefs",
    }
    TradeUnionMembership = "trade_union_membership" {
        text: "data revealing trade union membership",
        diff: "trade union membership",
        rank: 0,
        about: "data revealing trade union membership",
    }
    Genetic = "genetic" {
        text: "genetic data",
        diff: "genetic data",
        rank: 0,
        about: "genetic data",
    }
    Biometric = "biometric" {
        text: "biometric data used to identify a person",
        diff: "biometric data",
        rank: 0,
        about: "biometric data used to identify a person",
    }
    Health = "health" {
        text: "data concerning health",
        diff: "data concerning health",
        rank: 0,
        about: "data concerning health",
    }
    SexLife = "sex_life" {
        text: "data concerning sex life or sexual orientation",
        diff: "data concerning sex life or sexual orientation",
        rank: 0,
        about: "data concerning a person's sex life or sexual orientation",
    }
}

closed_set! {
    /// `kind` of a recipient, after `Type of recipient: ` in the text. A
    /// processor ranks 0, as it acts only on the controller's instructions;
    /// the other kinds, and a kind not stated, rank 1.
    RECIPIENT_KINDS: RecipientKind, "kind of recipient";
    ThirdParty {
        text: "third party",
        diff: "a third party",
        rank: 1,
        about: "an independent third party, which decides itself what it does with the data",
    }
    Processor {
        text: "processor, acting on {our} instructions",
        diff: "a processor",
        rank: 0,
        about: "a processor, acting on the controller's instructions (such as a host)",
    }
    Acquirer {
        text: "acquirer of the business",
        diff: "an acquirer of the business",
        rank: 1,
        about: "an acquirer of the business, after a sale or merger",
    }
    Authority {
        text: "public authority",
        diff: "a public authority",
        rank: 1,
        about: "a public authority",
    }
    ServiceProvider {
        text: "service provider, processing for {our} business purposes under a contract that limits its use of the information",
        diff: "a service provider",
        rank: 0,
        about: "US state law: a service provider or contractor, processing for the controller's business purposes under a contract that limits its use of the data (Cal. Civ. Code §1798.140(ag), (j))",
    }
    Affiliate {
        text: "company of {our} group",
        diff: "a company of the group",
        rank: 1,
        about: "an affiliate: a company that controls the controller, is controlled by it or is under common control with it",
    }
    Advertising {
        text: "advertising partner",
        diff: "an advertising partner",
        rank: 1,
        about: "an advertising network or partner, which uses the data to show or measure ads",
    }
    Analytics {
        text: "analytics provider",
        diff: "an analytics provider",
        rank: 1,
        about: "an analytics provider that uses the data for its own ends (one acting only on instructions is a `processor`)",
    }
    DataBroker {
        text: "data broker",
        diff: "a data broker",
        rank: 1,
        about: "a data broker, which sells or licenses the data to others",
    }
    SocialNetwork {
        text: "social network",
        diff: "a social network",
        rank: 1,
        about: "a social network",
    }
    Payment {
        text: "payment provider",
        diff: "a payment provider",
        rank: 1,
        about: "a payment provider, such as a card processor or a bank",
    }
    OtherUsers {
        text: "other users of the Service",
        diff: "other users",
        rank: 1,
        about: "other users of the service, who see what the user shares with them",
    }
    Public {
        text: "the public",
        diff: "the public",
        rank: 2,
        about: "anyone: the data is published",
    }
}

closed_set! {
    /// `accepted`: how the user accepts the policy, as a sentence in the
    /// text. The rank grows with how little the user does to accept; not
    /// stated ranks 1.
    ACCEPTANCES: Acceptance, "way of accepting";
    ByUse = "by_use" {
        text: "Using the Service means that {you} [accepts|accept] this Policy and the conditions of processing set out in it.",
        diff: "by using the Service",
        rank: 2,
        about: "using the service means accepting the policy",
    }
    ByExplicitAgreement = "by_explicit_agreement" {
        text: "{You} [accepts|accept] this Policy by expressly agreeing to it.",
        diff: "by explicit agreement",
        rank: 0,
        about: "the user accepts the policy by expressly agreeing to it",
    }
}

closed_set! {
    /// `by` in a changes block: who may change the policy. The rank grows
    /// with the controller's freedom; not stated ranks 1.
    AUTHORITIES: ChangeAuthority, "change authority";
    Unilateral = "unilateral" {
        text: "{We} can change this Policy unilaterally.",
        diff: "unilaterally",
        rank: 2,
        about: "the controller may change the policy alone",
    }
    Agreement = "agreement" {
        text: "{We} can change this Policy only with {your} agreement.",
        diff: "only with the User's agreement",
        rank: 0,
        about: "the controller may change the policy only with the user's agreement",
    }
}

closed_set! {
    /// `notify` in a changes block: how users are told of a change, after
    /// `informs the User of a change` in the text.
    NOTIFY_METHODS: NotifyMethod, "way of notifying";
    OnWebsite = "on_website" {
        text: "by publishing the new edition on the website of the Service",
        diff: "on the website",
        rank: 0,
        about: "the new edition is published on the service's website",
    }
    ByEmail = "by_email" {
        text: "by e-mail",
        diff: "by e-mail",
        rank: 0,
        about: "users are told by e-mail",
    }
    InService = "in_service" {
        text: "by a notice in the Service",
        diff: "inside the Service",
        rank: 0,
        about: "users are told by a notice in the service",
    }
}

closed_set! {
    /// `effective` in a changes block: when a new edition takes effect, as
    /// a sentence; `{notice}` stands for ` of ` and the notice period, when
    /// stated. The rank grows with how soon; not stated ranks 1.
    TAKES_EFFECT: TakesEffect, "moment of taking effect";
    OnPublication = "on_publication" {
        text: "A new edition of this Policy takes effect when it is published.",
        diff: "on publication",
        rank: 2,
        about: "a new edition takes effect when it is published",
    }
    AfterNotice = "after_notice" {
        text: "A new edition of this Policy takes effect when the notice period{notice} has passed.",
        diff: "after the notice period",
        rank: 0,
        about: "a new edition takes effect when the notice period has passed",
    }
}

closed_set! {
    /// The section after `in` in a clause. The keyword is the section's
    /// anchor in the text, `text` its heading, `diff` its short name.
    SECTIONS: Section, "section";
    General = "general" {
        text: "General provisions",
        diff: "General provisions",
        rank: 0,
        about: "who the controller is, how the policy is accepted, what it covers",
    }
    Collection = "collection" {
        text: "Information collected",
        diff: "Information collected",
        rank: 0,
        about: "what information is collected, and how",
    }
    Purposes = "purposes" {
        text: "Purposes of processing",
        diff: "Purposes",
        rank: 0,
        about: "why information is processed, on which legal bases",
    }
    Sharing = "sharing" {
        text: "Sharing of information",
        diff: "Sharing",
        rank: 0,
        about: "with whom information is shared, on which grounds",
    }
    Retention = "retention" {
        text: "How long information is kept",
        diff: "Retention",
        rank: 0,
        about: "how long information is kept",
    }
    Rights = "rights" {
        text: "{Your} rights",
        diff: "Rights",
        rank: 0,
        about: "the user's rights and how to use them",
    }
    Obligations = "obligations" {
        text: "{Your} obligations",
        diff: "Obligations",
        rank: 0,
        about: "the user's obligations",
    }
    Security = "security" {
        text: "Security",
        diff: "Security",
        rank: 0,
        about: "how information is protected",
    }
    Changes = "changes" {
        text: "Changes to this Policy",
        diff: "Changes",
        rank: 0,
        about: "how the policy changes and how users are told",
    }
    Contact = "contact" {
        text: "Publication and contact",
        diff: "Contact",
        rank: 0,
        about: "where the policy is published and how to reach the controller",
    }
    Trackers = "trackers" {
        text: "Cookies and similar technologies",
        diff: "Cookies",
        rank: 0,
        about: "the cookies and similar technologies the service uses",
    }
    Children = "children" {
        text: "Children",
        diff: "Children",
        rank: 0,
        about: "the service's stance on children: its audience, minimum age and parental consent",
    }
    Decisions = "decisions" {
        text: "Automated decisions",
        diff: "Automated decisions",
        rank: 0,
        about: "decisions made solely by automated means, including profiling, and the user's safeguards",
    }
    Commitments = "commitments" {
        text: "{Our} commitments",
        diff: "Commitments",
        rank: 0,
        about: "what the controller commits never to do (`commit …`), which every declaration keeps",
    }
}

/// A retention event that can be named without quotes (`from collection`).
/// The model keeps its words, so the enum lives here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// When the data is collected.
    Collection,
    /// The last use of the data.
    LastUse,
    /// The closure of the user's account.
    AccountClosure,
    /// The end of the contract with the user.
    EndOfContract,
}

/// What `only` restricts a purpose to. The model keeps a flag, so the enum
/// lives here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restriction {
    /// Only depersonalized data.
    Depersonalized,
}

closed_set! {
    /// The unit of a duration (`30 days`): `text` is the singular,
    /// `sentence` the plural, and both are keywords. The rank grows with
    /// the unit's length.
    TIME_UNITS: TimeUnit, "time unit", plurals;
    Day {
        text: "day",
        sentence: "days",
        diff: "day",
        rank: 0,
        about: "a unit of a duration: `1 day`, `30 days`",
    }
    Week {
        text: "week",
        sentence: "weeks",
        diff: "week",
        rank: 1,
        about: "a unit of a duration: `1 week`, `2 weeks` (7 days)",
    }
    Month {
        text: "month",
        sentence: "months",
        diff: "month",
        rank: 2,
        about: "a unit of a duration: `1 month`, `6 months` (about 30 days)",
    }
    Year {
        text: "year",
        sentence: "years",
        diff: "year",
        rank: 3,
        about: "a unit of a duration: `1 year`, `3 years` (about 365 days)",
    }
}

closed_set! {
    /// An event a retention period counts from or lasts until, named
    /// without quotes; `text` is its words in the text. Any other event is
    /// written in words, in quotes.
    EVENTS: Event, "event";
    Collection = "collection" {
        text: "collection",
        diff: "collection",
        rank: 0,
        about: "when the data is collected",
    }
    LastUse = "last_use" {
        text: "the last use",
        diff: "the last use",
        rank: 0,
        about: "the last time the data is used",
    }
    AccountClosure = "account_closure" {
        text: "the closure of the account",
        diff: "the closure of the account",
        rank: 0,
        about: "when the user's account is closed",
    }
    EndOfContract = "end_of_contract" {
        text: "the end of the contract",
        diff: "the end of the contract",
        rank: 0,
        about: "when the contract with the user ends",
    }
}

closed_set! {
    /// `is` in a test's deadline expectation, when the answer is no date;
    /// `text` is the runtime's `Deadline` kind it expects.
    DEADLINE_ANSWERS: DeadlineAnswer, "deadline answer";
    Pending = "pending" {
        text: "pending",
        diff: "no date until an event",
        rank: 0,
        about: "no date until the event that follows, which has not happened: `is pending account_closure`",
    }
    Criteria = "criteria" {
        text: "criteria",
        diff: "a period determined by criteria",
        rank: 0,
        about: "no date: the retention states criteria, which a person applies to the record",
    }
    AsRequiredByLaw = "as_required_by_law" {
        text: "legal_hold",
        diff: "kept as the law requires",
        rank: 0,
        about: "kept as long as the law requires, which the rule table cannot date",
    }
    Unstated = "unstated" {
        text: "none_declared",
        diff: "no retention declared",
        rank: 0,
        about: "the policy states no retention for the data (`retain DATA unstated`)",
    }
}

closed_set! {
    /// `only` in a purpose: what the purpose is restricted to.
    RESTRICTIONS: Restriction, "restriction";
    Depersonalized = "depersonalized" {
        text: "depersonalized",
        diff: "depersonalized data only",
        rank: 0,
        about: "the purpose uses only depersonalized data",
    }
}

closed_set! {
    /// `regimes` in the header: the legal regimes the policy answers to.
    /// `text` is the regime's full name, `sentence` the words that open
    /// each of its citations in messages (`GDPR Art.` then the article),
    /// `diff` its short name.
    REGIMES: Regime, "legal regime";
    Gdpr = "gdpr" {
        text: "the General Data Protection Regulation (EU) 2016/679",
        sentence: "GDPR Art.",
        diff: "the GDPR",
        rank: 0,
        about: "the EU General Data Protection Regulation: the disclosures of Art. 13 and 14, bases (Art. 6), rights (Art. 15-22, 77)",
    }
    UkGdpr = "uk_gdpr" {
        text: "the UK General Data Protection Regulation and the Data Protection Act 2018",
        sentence: "UK GDPR Art.",
        diff: "the UK GDPR",
        rank: 0,
        about: "the UK GDPR: the same disclosures as the GDPR's Art. 13 and 14, cited as UK GDPR",
    }
    Ccpa = "ccpa" {
        text: "the California Consumer Privacy Act, as amended by the California Privacy Rights Act",
        sentence: "CCPA regulations, 11 CCR",
        diff: "the CCPA",
        rank: 0,
        about: "the California Consumer Privacy Act with the CPRA: the notice at collection of 11 CCR §7012",
    }
    UsStateLaws = "us_state_laws" {
        text: "the comprehensive consumer privacy laws of other US states",
        sentence: "US state privacy laws, for example",
        diff: "the US state privacy laws",
        rank: 0,
        about: "the comprehensive privacy laws of US states other than California (Virginia, Colorado, Connecticut…): a privacy notice of categories and purposes",
    }
    Coppa = "coppa" {
        text: "the Children's Online Privacy Protection Act",
        sentence: "COPPA Rule, 16 CFR",
        diff: "COPPA",
        rank: 0,
        about: "the US Children's Online Privacy Protection Act: the notice of 16 CFR §312.4",
    }
    Lgpd = "lgpd" {
        text: "the Lei Geral de Proteção de Dados Pessoais (Law 13,709/2018)",
        sentence: "LGPD Art.",
        diff: "the LGPD",
        rank: 0,
        about: "Brazil's general data protection law: the information of Art. 9, bases (Art. 7), rights (Art. 18)",
    }
    Popia = "popia" {
        text: "the Protection of Personal Information Act 4 of 2013",
        sentence: "POPIA s.",
        diff: "POPIA",
        rank: 0,
        about: "South Africa's Protection of Personal Information Act: the notification of s. 18",
    }
}

/// What the source does not state: `source unstated` (as `basis
/// unstated`, `retain DATA unstated` and `contact unstated`).
pub const UNSTATED: &str = "unstated";

/// `regimes none`: the policy answers to no regime of [`REGIMES`] and
/// gets the structural checks only.
pub const NO_REGIME: &str = "none";

/// The citation of `article` in the style of `regime`: `GDPR Art. 13(2)(d)`.
pub fn cite(regime: Regime, article: &str) -> String {
    format!("{} {article}", regime.entry().sentence)
}

/// What `when_combined` says a depersonalized category becomes when it is
/// combined with personal information. The model keeps a flag, so the enum
/// lives here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combination {
    /// Treated as identified personal information while combined.
    Identified,
}

closed_set! {
    /// `when_combined` in a data category: the rule its text states.
    COMBINATIONS: Combination, "combination rule";
    Identified = "identified" {
        text: "When this information is combined with personal information, the combined information is treated as personal information for as long as it remains combined.",
        diff: "treated as personal information when combined",
        rank: 0,
        about: "depersonalized data combined with personal data is treated as personal data while combined",
    }
}

closed_set! {
    /// `because ID ASPECT "why"`: the aspect of a subject's change that a
    /// reason explains; each is a family of change kinds, declared in
    /// `diff::kind::aspect_kinds`. `text` names the aspect for a help.
    CHANGE_ASPECTS: ChangeAspect, "aspect of a change";
    Examples = "examples" {
        text: "what the data covers",
        diff: "what the data covers",
        rank: 0,
        about: "the examples of a data category were added, removed, opened or closed",
    }
    Retention = "retention" {
        text: "how long the data is kept",
        diff: "how long the data is kept",
        rank: 0,
        about: "a retention period, its rule, its end or its backups changed",
    }
    Combined = "combined" {
        text: "how the data is treated when combined",
        diff: "how the data is treated when combined",
        rank: 0,
        about: "whether data combined with personal information is treated as personal information changed",
    }
    Requirement = "requirement" {
        text: "whether the data must be provided",
        diff: "whether the data must be provided",
        rank: 0,
        about: "whether the user must provide a data category changed",
    }
    Source = "source" {
        text: "where the data comes from",
        diff: "where the data comes from",
        rank: 0,
        about: "where a data category comes from changed",
    }
    Identity = "identity" {
        text: "how directly the data identifies the user",
        diff: "how directly the data identifies the user",
        rank: 0,
        about: "how directly a data category identifies the user changed",
    }
    Data = "data" {
        text: "the data a purpose uses",
        diff: "the data a purpose uses",
        rank: 0,
        about: "the data a purpose uses changed",
    }
    Basis = "basis" {
        text: "the legal basis",
        diff: "the legal basis",
        rank: 0,
        about: "a purpose's legal basis changed",
    }
    Profiling = "profiling" {
        text: "whether a purpose profiles the user",
        diff: "whether a purpose profiles the user",
        rank: 0,
        about: "whether a purpose involves profiling changed",
    }
    Label = "label" {
        text: "the name",
        diff: "the name",
        rank: 0,
        about: "a label or short label changed",
    }
    Description = "description" {
        text: "the description",
        diff: "the description",
        rank: 0,
        about: "a description changed",
    }
}

closed_set! {
    /// `required by WHAT "consequence"`: what requires the user to provide
    /// data (GDPR Art. 13(2)(e)); `text` is the sentence the text says.
    REQUIRED_BY: RequiredBy, "requirement";
    Law = "law" {
        text: "Providing this information is a statutory requirement.",
        diff: "a statutory requirement",
        rank: 0,
        about: "the law requires the user to provide the data (GDPR Art. 13(2)(e))",
    }
    Contract = "contract" {
        text: "Providing this information is a contractual requirement.",
        diff: "a contractual requirement",
        rank: 0,
        about: "a contract with the user requires the data (GDPR Art. 13(2)(e))",
    }
    EnteringContract = "entering_contract" {
        text: "Providing this information is necessary to enter into a contract with {us}.",
        diff: "necessary to enter into a contract",
        rank: 0,
        about: "the data is needed to enter into a contract with the user (GDPR Art. 13(2)(e))",
    }
}

closed_set! {
    /// `then delete|anonymise` after a retention's periods: what happens to
    /// the data when its retention ends. The rank is how much of the data
    /// remains: anonymised data remains, no longer about anyone.
    RETENTION_ENDS: RetentionEnd, "end of retention";
    Delete {
        text: "deleted",
        diff: "deleted",
        rank: 0,
        about: "at the end of its retention the data is deleted",
    }
    Anonymise {
        text: "anonymised",
        diff: "anonymised",
        rank: 1,
        about: "at the end of its retention the data is anonymised: it no longer relates to an identified or identifiable person (GDPR Recital 26)",
    }
}

closed_set! {
    /// `, whichever comes first|last` after a retention's alternatives: how
    /// they combine. The rank is how long the data may be kept: keeping it
    /// until the last period ends keeps it longer.
    RETENTION_RULES: RetentionRule, "retention rule";
    First {
        text: "whichever comes first",
        diff: "whichever comes first",
        rank: 0,
        about: "alternative retention periods: the data is erased when the first of them ends",
    }
    Last {
        text: "whichever comes last",
        diff: "whichever comes last",
        rank: 1,
        about: "alternative retention periods: the data is kept until the last of them ends",
    }
}

closed_set! {
    /// `voice` in the header: how the text names the controller and the
    /// reader. The rank orders nothing: a change of voice is editorial.
    VOICES: Voice, "voice";
    WeYou = "we_you" {
        text: "we",
        diff: "the first and second person",
        rank: 0,
        about: "the text calls the controller \"we\" and the reader \"you\"",
    }
    ThirdPerson = "third_person" {
        text: "the User",
        diff: "the third person",
        rank: 0,
        about: "the text names the controller and calls the reader \"the User\" (the default)",
    }
}

closed_set! {
    /// `sensitive` in a data category: the sensitive personal information
    /// of the CPRA.
    SENSITIVE_CATEGORIES: SensitiveCategory, "sensitive category";
    GovernmentId = "government_id" {
        text: "a government identifier (social security, driver's license, state identification card or passport number)",
        diff: "government identifiers",
        rank: 0,
        about: "sensitive personal information under US state law: government identifiers (Cal. Civ. Code §1798.140(ae)(1)(A))",
    }
    AccountCredentials = "account_credentials" {
        text: "an account log-in, or a financial account, debit card or credit card number with the code or password that gives access to the account",
        diff: "account credentials",
        rank: 0,
        about: "sensitive personal information under US state law: an account log-in and a financial account or card number, each with the code or password that gives access to the account (Cal. Civ. Code §1798.140(ae)(1)(B)); `account_login` or `financial_account` says only the one collected",
    }
    AccountLogin = "account_login" {
        text: "an account log-in with the password or other credential that gives access to the account",
        diff: "an account log-in",
        rank: 0,
        about: "sensitive personal information under US state law: an account log-in with the password that gives access to it (Cal. Civ. Code §1798.140(ae)(1)(B))",
    }
    FinancialAccount = "financial_account" {
        text: "a financial account, debit card or credit card number with the code or password that gives access to the account",
        diff: "financial account or card numbers",
        rank: 0,
        about: "sensitive personal information under US state law: a financial account, debit card or credit card number with the code or password that gives access to it (Cal. Civ. Code §1798.140(ae)(1)(B))",
    }
    PreciseGeolocation = "precise_geolocation" {
        text: "precise geolocation",
        diff: "precise geolocation",
        rank: 0,
        about: "sensitive personal information under US state law: precise geolocation (Cal. Civ. Code §1798.140(ae)(1)(C))",
    }
    RacialOrEthnicOrigin = "racial_or_ethnic_origin" {
        text: "racial or ethnic origin",
        diff: "racial or ethnic origin",
        rank: 0,
        about: "sensitive personal information under US state law: racial or ethnic origin (Cal. Civ. Code §1798.140(ae)(1)(D))",
    }
    ReligiousBeliefs = "religious_beliefs" {
        text: "religious or philosophical beliefs",
        diff: "religious or philosophical beliefs",
        rank: 0,
        about: "sensitive personal information under US state law: religious or philosophical beliefs (Cal. Civ. Code §1798.140(ae)(1)(D))",
    }
    UnionMembership = "union_membership" {
        text: "union membership",
        diff: "union membership",
        rank: 0,
        about: "sensitive personal information under US state law: union membership (Cal. Civ. Code §1798.140(ae)(1)(D))",
    }
    CitizenshipOrImmigration = "citizenship_or_immigration" {
        text: "citizenship or immigration status",
        diff: "citizenship or immigration status",
        rank: 0,
        about: "sensitive personal information under US state law: citizenship or immigration status (Cal. Civ. Code §1798.140(ae)(1)(D))",
    }
    CommunicationsContent = "communications_content" {
        text: "the contents of mail, e-mail and text messages, unless the business is their intended recipient",
        diff: "the contents of communications",
        rank: 0,
        about: "sensitive personal information under US state law: the contents of communications (Cal. Civ. Code §1798.140(ae)(1)(E))",
    }
    Genetic = "genetic" {
        text: "genetic data",
        diff: "genetic data",
        rank: 0,
        about: "sensitive personal information under US state law: genetic data (Cal. Civ. Code §1798.140(ae)(1)(F))",
    }
    Neural = "neural" {
        text: "neural data",
        diff: "neural data",
        rank: 0,
        about: "sensitive personal information under US state law: neural data (Cal. Civ. Code §1798.140(ae)(1)(G))",
    }
    Biometric = "biometric" {
        text: "biometric information processed to identify a consumer",
        diff: "biometric information",
        rank: 0,
        about: "sensitive personal information under US state law: biometric information (Cal. Civ. Code §1798.140(ae)(2)(A))",
    }
    Health = "health" {
        text: "information about health",
        diff: "health information",
        rank: 0,
        about: "sensitive personal information under US state law: health information (Cal. Civ. Code §1798.140(ae)(2)(B))",
    }
    SexLifeOrOrientation = "sex_life_or_orientation" {
        text: "information about sex life or sexual orientation",
        diff: "sex life or sexual orientation",
        rank: 0,
        about: "sensitive personal information under US state law: sex life or sexual orientation (Cal. Civ. Code §1798.140(ae)(2)(C))",
    }
}

closed_set! {
    /// `ccpa_category` in a data category: the categories of personal
    /// information of the CCPA, in the statute's order (Cal. Civ. Code
    /// §1798.140(v)(1)(A)–(K)); `text` is the statute's own term, which
    /// the privacy policy uses (11 CCR §7011(e)(1)(A)). The statute's (L),
    /// sensitive personal information, is `sensitive`. Adding one to a
    /// category is expanding, whatever its rank.
    CCPA_CATEGORIES: CcpaCategory, "CCPA category of personal information";
    Identifiers = "identifiers" {
        text: "Identifiers",
        diff: "identifiers",
        rank: 0,
        about: "CCPA category (A): identifiers such as a real name, alias, postal address, unique personal identifier, online identifier, IP address, e-mail address, account name, social security number, driver's license number or passport number (Cal. Civ. Code §1798.140(v)(1)(A))",
    }
    CustomerRecords = "customer_records" {
        text: "Personal information described in Cal. Civ. Code §1798.80(e) (customer records)",
        diff: "customer records",
        rank: 0,
        about: "CCPA category (B): personal information described in Cal. Civ. Code §1798.80(e), such as a name, signature, address, telephone number, bank account, credit card or debit card number (Cal. Civ. Code §1798.140(v)(1)(B))",
    }
    ProtectedClassifications = "protected_classifications" {
        text: "Characteristics of protected classifications under California or federal law",
        diff: "characteristics of protected classifications",
        rank: 0,
        about: "CCPA category (C): characteristics of protected classifications under California or federal law, such as age, race, religion, sex or disability (Cal. Civ. Code §1798.140(v)(1)(C))",
    }
    CommercialInformation = "commercial_information" {
        text: "Commercial information",
        diff: "commercial information",
        rank: 0,
        about: "CCPA category (D): commercial information, including records of products or services purchased, obtained or considered, or other purchasing or consuming histories (Cal. Civ. Code §1798.140(v)(1)(D))",
    }
    BiometricInformation = "biometric_information" {
        text: "Biometric information",
        diff: "biometric information",
        rank: 0,
        about: "CCPA category (E): biometric information (Cal. Civ. Code §1798.140(v)(1)(E))",
    }
    InternetActivity = "internet_activity" {
        text: "Internet or other electronic network activity information",
        diff: "internet or other electronic network activity information",
        rank: 0,
        about: "CCPA category (F): internet or other electronic network activity information, such as browsing history, search history and interaction with a website, application or advertisement (Cal. Civ. Code §1798.140(v)(1)(F))",
    }
    GeolocationData = "geolocation_data" {
        text: "Geolocation data",
        diff: "geolocation data",
        rank: 0,
        about: "CCPA category (G): geolocation data (Cal. Civ. Code §1798.140(v)(1)(G))",
    }
    SensoryInformation = "sensory_information" {
        text: "Audio, electronic, visual, thermal, olfactory, or similar information",
        diff: "audio, electronic, visual, thermal, olfactory, or similar information",
        rank: 0,
        about: "CCPA category (H): audio, electronic, visual, thermal, olfactory, or similar information, such as call recordings or photographs (Cal. Civ. Code §1798.140(v)(1)(H))",
    }
    ProfessionalInformation = "professional_information" {
        text: "Professional or employment-related information",
        diff: "professional or employment-related information",
        rank: 0,
        about: "CCPA category (I): professional or employment-related information (Cal. Civ. Code §1798.140(v)(1)(I))",
    }
    EducationInformation = "education_information" {
        text: "Education information that is not publicly available personally identifiable information as defined in the Family Educational Rights and Privacy Act",
        diff: "non-public education information",
        rank: 0,
        about: "CCPA category (J): education information that is not publicly available personally identifiable information under the Family Educational Rights and Privacy Act (20 U.S.C. §1232g; 34 C.F.R. Part 99) (Cal. Civ. Code §1798.140(v)(1)(J))",
    }
    Inferences = "inferences" {
        text: "Inferences drawn from personal information to create a profile about a consumer reflecting the consumer's preferences, characteristics, psychological trends, predispositions, behavior, attitudes, intelligence, abilities, and aptitudes",
        diff: "inferences drawn to create a profile",
        rank: 0,
        about: "CCPA category (K): inferences drawn from personal information to create a profile about a consumer reflecting their preferences, characteristics, behavior, attitudes, abilities and aptitudes (Cal. Civ. Code §1798.140(v)(1)(K))",
    }
}

closed_set! {
    /// `kind` in a tracker: the technology that stores or reads
    /// information on the user's device.
    TRACKER_KINDS: TrackerKind, "tracker kind";
    Cookie = "cookie" {
        text: "cookie",
        diff: "a cookie",
        rank: 0,
        about: "an HTTP cookie the browser stores and sends back",
    }
    LocalStorage = "local_storage" {
        text: "local storage",
        diff: "local storage",
        rank: 0,
        about: "information kept in the browser's local or session storage",
    }
    Pixel = "pixel" {
        text: "pixel",
        diff: "a pixel",
        rank: 0,
        about: "a pixel or web beacon: an invisible image or script that reports a visit",
    }
    Sdk = "sdk" {
        text: "SDK",
        diff: "an SDK",
        rank: 0,
        about: "a software development kit built into an app",
    }
    Fingerprinting = "fingerprinting" {
        text: "fingerprinting",
        diff: "fingerprinting",
        rank: 0,
        about: "recognising the device from its characteristics, without storing anything on it",
    }
}

closed_set! {
    /// `disclosed_as` in a recipient: what a disclosure to it is under US
    /// state privacy law. Each is one the user may opt out of.
    DISCLOSURES: Disclosure, "US disclosure";
    Sale = "sale" {
        text: "a sale of personal information",
        diff: "a sale",
        rank: 0,
        about: "US state law: the data is made available to the recipient for money or other valuable consideration (Cal. Civ. Code §1798.140(ad))",
    }
    Share = "share" {
        text: "sharing of personal information for cross-context behavioral advertising",
        diff: "sharing for cross-context behavioral advertising",
        rank: 0,
        about: "US state law: the data is made available to the recipient for cross-context behavioral advertising (Cal. Civ. Code §1798.140(ah))",
    }
    TargetedAdvertising = "targeted_advertising" {
        text: "processing of personal information for targeted advertising",
        diff: "targeted advertising",
        rank: 0,
        about: "US state law: the data is used to show ads chosen from activity across other sites and apps (Va. Code §59.1-575)",
    }
}

closed_set! {
    /// `party` in a tracker: who sets it.
    PARTIES: Party, "party";
    First = "first" {
        text: "first party",
        diff: "first-party",
        rank: 0,
        about: "the controller sets the tracker",
    }
    Third = "third" {
        text: "third party",
        diff: "third-party",
        rank: 1,
        about: "another company sets the tracker",
    }
}

closed_set! {
    /// `category` in a tracker: what it is for, in the categories of
    /// consent banners. The rank grows with how far it reaches beyond the
    /// service the user asked for.
    TRACKER_CATEGORIES: TrackerCategory, "tracker category";
    StrictlyNecessary = "strictly_necessary" {
        text: "strictly necessary",
        diff: "strictly necessary",
        rank: 0,
        about: "strictly necessary to provide the service the user asked for: needs no consent (ePrivacy Art. 5(3))",
    }
    Preferences = "preferences" {
        text: "preferences",
        diff: "preferences",
        rank: 1,
        about: "remembers the user's choices, such as language",
    }
    Analytics = "analytics" {
        text: "analytics",
        diff: "analytics",
        rank: 2,
        about: "measures how the service is used",
    }
    Marketing = "marketing" {
        text: "marketing",
        diff: "marketing",
        rank: 3,
        about: "advertising and marketing, often across sites and apps",
    }
}

closed_set! {
    /// `do_not_track` and `gpc` in the header: the stance on a browser's
    /// privacy signal. The rank grows with what the reader loses.
    STANCES: Stance, "signal stance";
    Honoured = "honoured" {
        text: "honoured",
        diff: "honoured",
        rank: 0,
        about: "the service acts on the signal",
    }
    Ignored = "ignored" {
        text: "ignored",
        diff: "ignored",
        rank: 1,
        about: "the service does not act on the signal",
    }
}

closed_set! {
    /// `mechanism` in a recipient: what a transfer abroad rests on, in the
    /// terms of GDPR Chapter V. The rank is the protection lost: an
    /// adequacy decision or appropriate safeguards (Art. 45–47) protect,
    /// a derogation (Art. 49) does not.
    MECHANISMS: MechanismKind, "transfer mechanism";
    Adequacy = "adequacy" {
        text: "an adequacy decision",
        diff: "an adequacy decision",
        rank: 0,
        about: "a decision that the recipient's country protects personal data adequately (GDPR Art. 45)",
    }
    StandardContractualClauses = "standard_contractual_clauses" {
        text: "standard data protection clauses",
        diff: "standard contractual clauses",
        rank: 0,
        about: "standard data protection clauses adopted by the Commission, signed with the recipient (GDPR Art. 46(2)(c))",
    }
    BindingCorporateRules = "binding_corporate_rules" {
        text: "binding corporate rules",
        diff: "binding corporate rules",
        rank: 0,
        about: "binding corporate rules of a group, approved by a supervisory authority (GDPR Art. 47)",
    }
    CodeOfConduct = "code_of_conduct" {
        text: "an approved code of conduct, with binding and enforceable commitments of the recipient",
        diff: "an approved code of conduct",
        rank: 0,
        about: "an approved code of conduct with the recipient's binding and enforceable commitments (GDPR Art. 46(2)(e))",
    }
    Certification = "certification" {
        text: "an approved certification mechanism, with binding and enforceable commitments of the recipient",
        diff: "an approved certification",
        rank: 0,
        about: "an approved certification with the recipient's binding and enforceable commitments (GDPR Art. 46(2)(f))",
    }
    Derogation = "derogation" {
        text: "a derogation for a specific situation",
        diff: "a derogation",
        rank: 1,
        about: "no adequacy decision or safeguard: a derogation for a specific situation, followed by its case (GDPR Art. 49(1))",
    }
}

closed_set! {
    /// `audience` in the `children` block: whom the service is directed
    /// to. The rank grows with how much of the audience is children.
    AUDIENCES: Audience, "audience";
    General = "general" {
        text: "is not directed to children",
        diff: "a general audience",
        rank: 0,
        about: "the service is directed to a general audience, not to children",
    }
    Mixed = "mixed" {
        text: "is directed to a general audience that includes children",
        diff: "a general audience that includes children",
        rank: 1,
        about: "the service is directed to a general audience, children among it",
    }
    Children = "children" {
        text: "is directed to children",
        diff: "children",
        rank: 2,
        about: "the service is directed to children",
    }
}

/// A yes or a no, where the model keeps a flag (`knowingly_collects`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesNo {
    /// Yes.
    Yes,
    /// No.
    No,
}

impl YesNo {
    /// The flag it states.
    pub fn holds(self) -> bool {
        self == YesNo::Yes
    }
}

closed_set! {
    /// The case of `mechanism derogation CASE`: the situations of GDPR
    /// Art. 49(1) in which data may go abroad without a safeguard.
    DEROGATIONS: Derogation, "derogation case";
    ExplicitConsent = "explicit_consent" {
        text: "{your} explicit consent to the transfer",
        diff: "explicit consent",
        rank: 0,
        about: "the user explicitly consented to the transfer, informed of its risks (GDPR Art. 49(1)(a))",
    }
    Contract = "contract" {
        text: "the transfer is necessary to perform a contract with {you}",
        diff: "a contract with the user",
        rank: 0,
        about: "the transfer is necessary for a contract with the user or steps before it (GDPR Art. 49(1)(b))",
    }
    PublicInterest = "public_interest" {
        text: "the transfer is necessary for important reasons of public interest",
        diff: "the public interest",
        rank: 0,
        about: "the transfer is necessary for important reasons of public interest (GDPR Art. 49(1)(d))",
    }
    LegalClaims = "legal_claims" {
        text: "the transfer is necessary to establish, exercise or defend legal claims",
        diff: "legal claims",
        rank: 0,
        about: "the transfer is necessary to establish, exercise or defend legal claims (GDPR Art. 49(1)(e))",
    }
    VitalInterests = "vital_interests" {
        text: "the transfer is necessary to protect the vital interests of a person who cannot give consent",
        diff: "vital interests",
        rank: 0,
        about: "the transfer is necessary to protect vital interests where consent cannot be given (GDPR Art. 49(1)(f))",
    }
}

closed_set! {
    /// `knowingly_collects` in the `children` block.
    YES_NO: YesNo, "yes or no";
    Yes = "yes" {
        text: "yes",
        diff: "yes",
        rank: 1,
        about: "it is so",
    }
    No = "no" {
        text: "no",
        diff: "no",
        rank: 0,
        about: "it is not so",
    }
}

closed_set! {
    /// `parent_rights` in the `children` block: what a parent may do about
    /// the information collected from their child (COPPA, 16 CFR
    /// §312.4(d)(3)).
    PARENT_RIGHTS: ParentRight, "parent's right";
    Review = "review" {
        text: "review the personal information collected from their child",
        diff: "review their child's information",
        rank: 0,
        about: "a parent may review the personal information collected from their child",
    }
    Delete = "delete" {
        text: "have the personal information collected from their child deleted",
        diff: "have their child's information deleted",
        rank: 0,
        about: "a parent may have the personal information collected from their child deleted",
    }
    RefuseFurtherCollection = "refuse_further_collection" {
        text: "refuse to permit further collection or use of their child's personal information",
        diff: "refuse further collection or use of their child's information",
        rank: 0,
        about: "a parent may refuse to permit further collection or use of their child's personal information",
    }
}

/// `lifetime session` in a tracker: it lasts until the browser or app is
/// closed.
pub const SESSION: &str = "session";

closed_set! {
    /// `basis` in an automated decision: the exceptions of GDPR Art. 22(2)
    /// that allow one. The rank grows with how little the user has a say.
    DECISION_BASES: DecisionBasis, "automated-decision basis";
    ExplicitConsent = "explicit_consent" {
        text: "{You} [has|have] given {your} explicit consent to it",
        diff: "explicit consent",
        rank: 0,
        about: "the user's explicit consent allows the automated decision (Art. 22(2)(c))",
    }
    Contract = "contract" {
        text: "it is necessary for entering into or performing a contract between {you} and {us}",
        diff: "necessity for a contract",
        rank: 1,
        about: "the automated decision is necessary for a contract with the user (Art. 22(2)(a))",
    }
    Law = "law" {
        text: "it is authorised by law",
        diff: "authorisation by law",
        rank: 2,
        about: "a law that lays down safeguards authorises the automated decision; the law is named after `law` (Art. 22(2)(b))",
    }
}

closed_set! {
    /// `safeguards` in an automated decision: the user's safeguards of
    /// GDPR Art. 22(3), as sentences of what the user may do.
    SAFEGUARDS: Safeguard, "safeguard";
    HumanReview = "human_review" {
        text: "{You} can obtain human intervention on {our} part: a person reviews the decision.",
        diff: "human review",
        rank: 0,
        about: "a person reviews the decision at the user's request (Art. 22(3))",
    }
    ExpressView = "express_view" {
        text: "{You} can express {your} point of view on the decision.",
        diff: "expressing one's view",
        rank: 0,
        about: "the user may express their point of view on the decision (Art. 22(3))",
    }
    Contest = "contest" {
        text: "{You} can contest the decision.",
        diff: "contesting the decision",
        rank: 0,
        about: "the user may contest the decision (Art. 22(3))",
    }
}

/// `automated_decisions none` in the header: the controller makes no
/// decision based solely on automated processing.
pub const NO_DECISIONS: &str = "none";

closed_set! {
    /// `commit KIND`: the typed commitments, each a promise about what the
    /// controller never does, said as one definite sentence in the text
    /// (`text`; `no_transfers_outside` ends with its area's words). The
    /// rank is the order the text states them in.
    COMMITMENTS: CommitmentKind, "commitment";
    NeverSell = "never_sell" {
        text: "{We} [does|do] not sell {your} personal information.",
        diff: "never selling personal information",
        rank: 0,
        about: "no personal information is sold: no recipient or transfer is `disclosed_as sale` (E0380)",
    }
    NeverSellSensitive = "never_sell_sensitive" {
        text: "{We} [does|do] not sell {your} sensitive personal information.",
        diff: "never selling sensitive personal information",
        rank: 0,
        about: "no sensitive personal information is sold: no `sensitive` data goes in a transfer that is a sale, to a recipient or itself `disclosed_as sale` (E0380)",
    }
    NeverShare = "never_share" {
        text: "{We} [does|do] not share {your} personal information for cross-context behavioural advertising or process it for targeted advertising.",
        diff: "never sharing personal information for advertising",
        rank: 0,
        about: "no personal information is shared for cross-context behavioural advertising or used for targeted advertising: no recipient or transfer is `disclosed_as share` or `targeted_advertising` (E0381)",
    }
    NoThirdPartySharing = "no_third_party_sharing" {
        text: "{We} [does|do] not share {your} personal information with any third party; only those processing it on {our} behalf receive it, unless the law requires its disclosure.",
        diff: "sharing personal information with no third party",
        rank: 0,
        about: "no personal information goes to a third party: every transfer is to a `processor` or `service_provider`, or to an `authority` on the ground `legal_obligation` (E0431)",
    }
    NoTargetedAdvertising = "no_targeted_advertising" {
        text: "{We} [does|do] not process {your} personal information for targeted advertising.",
        diff: "no targeted advertising",
        rank: 0,
        about: "no personal information is processed for targeted advertising: no recipient or transfer is `disclosed_as targeted_advertising` (E0381)",
    }
    NoTransfersOutside = "no_transfers_outside" {
        text: "{We} [does|do] not transfer {your} personal information to recipients outside ",
        diff: "no transfers outside",
        rank: 0,
        about: "no recipient's stated `country` lies outside the area named after it: `commit no_transfers_outside eea` (E0382)",
    }
    NotDirectedToChildren = "not_directed_to_children" {
        text: "{Our} service is not directed to children.",
        diff: "the service not being directed to children",
        rank: 0,
        about: "the service is not directed to children: no `children` block states an audience of children (E0383)",
    }
    NoAutomatedDecisions = "no_automated_decisions" {
        text: "{We} [does|do] not make decisions based solely on automated processing, including profiling, that produce legal effects concerning {you} or similarly significantly affect {you}.",
        diff: "no automated decisions",
        rank: 0,
        about: "no decision is based solely on automated processing: no `decision` block is declared (E0384)",
    }
}

closed_set! {
    /// The area `commit no_transfers_outside AREA` names: an area of
    /// `crate::countries`, whose table says which countries lie in it.
    AREAS: Area, "area";
    Eea = "eea" {
        text: "the European Economic Area",
        diff: "the European Economic Area",
        rank: 0,
        about: "the European Economic Area: the EU's members, Iceland, Liechtenstein and Norway",
    }
    UnitedKingdom = "uk" {
        text: "the United Kingdom",
        diff: "the United Kingdom",
        rank: 0,
        about: "the United Kingdom",
    }
    SouthAfrica = "south_africa" {
        text: "South Africa",
        diff: "South Africa",
        rank: 0,
        about: "South Africa",
    }
}

/// A commitment as written after `commit`: its keyword, then its area's
/// (`no_transfers_outside eea`). The diff names a commitment by it.
pub fn commitment_written(commitment: crate::model::Commitment) -> String {
    match commitment.area {
        Some(area) => format!("{} {}", commitment.kind.keyword(), area.keyword()),
        None => commitment.kind.keyword().to_owned(),
    }
}

/// What `policyc explain` asks of each set: the description of a word in
/// it, and every word it has (for "did you mean").
struct Searchable {
    /// The set's name and the value's description, if the set has the word.
    about: fn(&str) -> Option<(&'static str, &'static str)>,
    /// Every word that names a value of the set.
    words: fn() -> Vec<&'static str>,
}

/// The set of `T`, as `policyc explain` searches it.
const fn searchable<T: Closed>() -> Searchable {
    Searchable {
        about: about::<T>,
        words: words::<T>,
    }
}

/// Every set, as `policyc explain` searches them: a new set is one entry.
const EVERY_SET: &[Searchable] = &[
    searchable::<Basis>(),
    searchable::<Ground>(),
    searchable::<Identity>(),
    searchable::<Source>(),
    searchable::<RightKind>(),
    searchable::<SpecialCategory>(),
    searchable::<RecipientKind>(),
    searchable::<Acceptance>(),
    searchable::<ChangeAuthority>(),
    searchable::<NotifyMethod>(),
    searchable::<TakesEffect>(),
    searchable::<Section>(),
    searchable::<TimeUnit>(),
    searchable::<Event>(),
    searchable::<Restriction>(),
    searchable::<DeadlineAnswer>(),
    searchable::<Regime>(),
    searchable::<Combination>(),
    searchable::<RetentionRule>(),
    searchable::<RetentionEnd>(),
    searchable::<Voice>(),
    searchable::<Disclosure>(),
    searchable::<SensitiveCategory>(),
    searchable::<CcpaCategory>(),
    searchable::<TrackerKind>(),
    searchable::<Party>(),
    searchable::<TrackerCategory>(),
    searchable::<DecisionBasis>(),
    searchable::<Safeguard>(),
    searchable::<Stance>(),
    searchable::<CommitmentKind>(),
    searchable::<Area>(),
    searchable::<MechanismKind>(),
    searchable::<Derogation>(),
    searchable::<Audience>(),
    searchable::<YesNo>(),
    searchable::<ParentRight>(),
    searchable::<ControllerRole>(),
    searchable::<RequiredBy>(),
    searchable::<SpecialCondition>(),
    searchable::<PermittedUse>(),
    searchable::<SecurityMeasure>(),
    searchable::<BreachParty>(),
];

/// The value of any set whose keyword is `keyword`, with the set's name:
/// what `policyc explain` describes.
pub fn describe(keyword: &str) -> Vec<(&'static str, &'static str)> {
    EVERY_SET
        .iter()
        .filter_map(|set| (set.about)(keyword))
        .collect()
}

/// Every word of every set, for suggestions.
pub fn every_word() -> Vec<&'static str> {
    EVERY_SET.iter().flat_map(|set| (set.words)()).collect()
}

/// The description of `keyword` in the set of `T`, if the set has it; a
/// time unit's plural names it too.
fn about<T: Closed>(keyword: &str) -> Option<(&'static str, &'static str)> {
    T::SET.find_word(keyword).map(|v| (T::SET.name, v.about))
}

/// Every word of the set of `T`.
fn words<T: Closed>() -> Vec<&'static str> {
    T::SET.words()
}

/// The facts a caller may assert, in words for help: the targeted forms,
/// then the runtime's plain facts, the last joined by `last` (`" and "`).
pub fn facts(last: &str) -> String {
    let mut all = vec![
        "consent:PURPOSE",
        "objection:PURPOSE",
        "consent:RECIPIENT",
        "objection:RECIPIENT",
    ];
    all.extend(policy_runtime::fact::PLAIN);
    all.extend(policy_runtime::fact::CHOICES);
    all.extend(policy_runtime::fact::AGE);
    listed(&all, last)
}

/// `words` in a sentence: joined by commas, the last by `last` (`" or "`).
pub fn listed(words: &[&str], last: &str) -> String {
    match words.split_last() {
        Some((tail, [])) => (*tail).to_owned(),
        Some((tail, init)) => format!("{}{last}{tail}", init.join(", ")),
        None => String::new(),
    }
}

closed_set! {
    /// `role` in a recipient: whether one that decides for itself is an
    /// independent or a joint controller (GDPR Art. 26). A joint
    /// controller ranks 0, as it answers for the processing together with
    /// the controller under an arrangement the user may read; an
    /// independent one, and a role not stated, rank 1.
    ROLES: ControllerRole, "controller role";
    IndependentController = "independent_controller" {
        text: "independent controller, which decides itself why and how it processes the information",
        diff: "an independent controller",
        rank: 1,
        about: "the recipient decides alone, for its own ends, why and how it processes the data",
    }
    JointController = "joint_controller" {
        text: "joint controller with {us}, deciding together with {us} why and how the information is processed",
        diff: "a joint controller",
        rank: 0,
        about: "the recipient decides jointly with the controller why and how the data is processed (GDPR Art. 26); state the essence of the arrangement with `arrangement`",
    }
}

closed_set! {
    /// `permitted_use` in a purpose: the purposes 11 CCR §7027(m),
    /// paragraphs (1) to (8) (the paragraph is
    /// [`PermittedUse::paragraph`]), permit for sensitive personal
    /// information without a right to limit it, so that the user's limit
    /// (`limit:sensitive`) never stops a use for them. `text` ends
    /// "Sensitive personal information is used for this purpose only as
    /// California law permits without a right to limit its use: to …".
    /// The rank is not read: a permitted use is not more or less than
    /// another.
    PERMITTED_USES: PermittedUse, "permitted use of sensitive personal information";
    RequestedServices {
        text: "perform the services or provide the goods that a consumer who requests them reasonably expects",
        diff: "providing the services or goods requested",
        rank: 0,
        about: "11 CCR §7027(m)(1): performing the services or providing the goods reasonably expected by an average consumer who requests them",
    }
    Security {
        text: "prevent, detect and investigate security incidents",
        diff: "security incidents",
        rank: 0,
        about: "11 CCR §7027(m)(2): preventing, detecting and investigating security incidents that compromise stored or transmitted personal information",
    }
    FraudPrevention {
        text: "resist malicious, deceptive, fraudulent or illegal actions",
        diff: "resisting fraud and illegal actions",
        rank: 0,
        about: "11 CCR §7027(m)(3): resisting malicious, deceptive, fraudulent or illegal actions directed at the business, and prosecuting those responsible",
    }
    PhysicalSafety {
        text: "ensure the physical safety of people",
        diff: "physical safety",
        rank: 0,
        about: "11 CCR §7027(m)(4): ensuring the physical safety of natural persons",
    }
    TransientUse {
        text: "use it short-term and transiently, without disclosing it to a third party or building a profile from it",
        diff: "short-term, transient use",
        rank: 0,
        about: "11 CCR §7027(m)(5): short-term, transient use, including non-personalized advertising shown in the current interaction, not disclosed to a third party and not used to build a profile",
    }
    BusinessServices {
        text: "perform services such as maintaining accounts, providing customer service, processing orders and payments, analytics and storage",
        diff: "services performed for the business",
        rank: 0,
        about: "11 CCR §7027(m)(6): performing services on behalf of the business: maintaining or servicing accounts, customer service, orders and transactions, payments, analytics, storage and similar services",
    }
    ServiceQuality {
        text: "verify or maintain the quality or safety of the service or device, or improve it",
        diff: "the quality or safety of the service",
        rank: 0,
        about: "11 CCR §7027(m)(7): verifying or maintaining the quality or safety of a service or device the business owns or controls, or improving or upgrading it",
    }
    NoInference {
        text: "collect or process it without inferring characteristics about the consumer",
        diff: "processing without inferring characteristics",
        rank: 0,
        about: "11 CCR §7027(m)(8): collecting or processing sensitive personal information that is not for the purpose of inferring characteristics about the consumer",
    }
}

closed_set! {
    /// `special_condition` in a purpose: the conditions of GDPR Art. 9(2),
    /// points (a) to (j) (the point's letter is
    /// [`SpecialCondition::letter`]), under which special categories may
    /// be processed. `text` ends "Condition for processing special
    /// categories of personal data: …".
    SPECIAL_CONDITIONS: SpecialCondition, "Art. 9(2) condition";
    ExplicitConsent {
        text: "{your} explicit consent",
        diff: "explicit consent",
        rank: 0,
        about: "Art. 9(2)(a): the user's explicit consent; the purpose's basis is consent (E0396)",
    }
    EmploymentLaw {
        text: "carrying out obligations and exercising rights in the field of employment, social security and social protection law",
        diff: "employment and social security law",
        rank: 0,
        about: "Art. 9(2)(b): obligations and rights in employment, social security and social protection law, which is named (E0395)",
    }
    VitalInterests {
        text: "the protection of {your} vital interests or those of another person who cannot give consent",
        diff: "vital interests",
        rank: 0,
        about: "Art. 9(2)(c): the vital interests of a person physically or legally incapable of giving consent",
    }
    NotForProfit {
        text: "the legitimate activities of a not-for-profit body with a political, philosophical, religious or trade union aim, concerning its members, former members and regular contacts",
        diff: "the activities of a not-for-profit body",
        rank: 0,
        about: "Art. 9(2)(d): the legitimate activities of a not-for-profit body, concerning its members, former members and regular contacts",
    }
    MadePublic {
        text: "information that {you} [has|have] manifestly made public",
        diff: "data made public by the user",
        rank: 0,
        about: "Art. 9(2)(e): data the user has manifestly made public",
    }
    LegalClaims {
        text: "the establishment, exercise or defence of legal claims",
        diff: "legal claims",
        rank: 0,
        about: "Art. 9(2)(f): the establishment, exercise or defence of legal claims, or courts acting in their judicial capacity",
    }
    SubstantialPublicInterest {
        text: "reasons of substantial public interest",
        diff: "a substantial public interest",
        rank: 0,
        about: "Art. 9(2)(g): reasons of substantial public interest, on the basis of a law which is named (E0395)",
    }
    HealthCare {
        text: "preventive or occupational medicine, medical diagnosis, or the provision of health or social care or treatment",
        diff: "health or social care",
        rank: 0,
        about: "Art. 9(2)(h): medicine, diagnosis, health or social care, on the basis of a law or a contract with a health professional which is named (E0395)",
    }
    PublicHealth {
        text: "reasons of public interest in the area of public health",
        diff: "public health",
        rank: 0,
        about: "Art. 9(2)(i): reasons of public interest in the area of public health, on the basis of a law which is named (E0395)",
    }
    Research {
        text: "archiving in the public interest, scientific or historical research, or statistics",
        diff: "archiving, research or statistics",
        rank: 0,
        about: "Art. 9(2)(j): archiving in the public interest, scientific or historical research or statistics, on the basis of a law which is named (E0395)",
    }
}

/// The categories of personal information of the CCPA (Cal. Civ. Code
/// §1798.140(v)(1)) that each kind of sensitive personal information
/// belongs to, where the statute's own words place it: government
/// identifiers and account log-ins are identifiers and customer records
/// (§1798.140(v)(1)(A), §1798.80(e)), precise geolocation is geolocation
/// data, biometric information is biometric information, racial or ethnic
/// origin, religious beliefs and citizenship or immigration status are
/// characteristics of protected classifications (Cal. Civ. Code §51(b)),
/// genetic data is both a protected classification and biometric
/// information (§1798.140(c) names DNA). A kind the statute places in no
/// one category (union membership, the contents of communications,
/// neural data, health, sex life) belongs to none here: W0445 says
/// nothing of it.
pub fn ccpa_categories_of(sensitive: SensitiveCategory) -> &'static [CcpaCategory] {
    use CcpaCategory as C;
    use SensitiveCategory as S;
    match sensitive {
        S::GovernmentId | S::AccountCredentials => &[C::Identifiers, C::CustomerRecords],
        // An account name is an identifier (§1798.140(v)(1)(A)); a bank
        // account or card number is a customer record (§1798.80(e)).
        S::AccountLogin => &[C::Identifiers],
        S::FinancialAccount => &[C::CustomerRecords],
        S::PreciseGeolocation => &[C::GeolocationData],
        S::Biometric => &[C::BiometricInformation],
        S::RacialOrEthnicOrigin | S::ReligiousBeliefs | S::CitizenshipOrImmigration => {
            &[C::ProtectedClassifications]
        }
        S::Genetic => &[C::ProtectedClassifications, C::BiometricInformation],
        S::UnionMembership
        | S::CommunicationsContent
        | S::Neural
        | S::Health
        | S::SexLifeOrOrientation => &[],
    }
}

/// The sensitive personal information of the CPRA that each special
/// category of GDPR Art. 9 is, where it is one (Cal. Civ. Code
/// §1798.140(ae)), in the order of [`SPECIAL_CATEGORIES`]: under a US
/// regime, a category marked `special` is that sensitive information
/// without a `sensitive` of its own, so a policy under both regimes
/// declares it once. Political opinions have no CPRA counterpart.
pub const CPRA_SENSITIVE: [(SpecialCategory, Option<SensitiveCategory>); 8] = [
    (
        SpecialCategory::RacialOrEthnicOrigin,
        Some(SensitiveCategory::RacialOrEthnicOrigin),
    ),
    (SpecialCategory::PoliticalOpinions, None),
    (
        SpecialCategory::ReligiousBeliefs,
        Some(SensitiveCategory::ReligiousBeliefs),
    ),
    (
        SpecialCategory::TradeUnionMembership,
        Some(SensitiveCategory::UnionMembership),
    ),
    (SpecialCategory::Genetic, Some(SensitiveCategory::Genetic)),
    (
        SpecialCategory::Biometric,
        Some(SensitiveCategory::Biometric),
    ),
    (SpecialCategory::Health, Some(SensitiveCategory::Health)),
    (
        SpecialCategory::SexLife,
        Some(SensitiveCategory::SexLifeOrOrientation),
    ),
];

/// The CPRA's sensitive personal information a special category is, if
/// any ([`CPRA_SENSITIVE`]).
pub fn cpra_sensitive(special: SpecialCategory) -> Option<SensitiveCategory> {
    CPRA_SENSITIVE
        .iter()
        .find(|(s, _)| *s == special)
        .and_then(|(_, sensitive)| *sensitive)
}

closed_set! {
    /// `measures` in the `security` block: the typed security measures.
    /// `text` is the sentence the text prints for each, which states the
    /// measure and nothing of how well it works.
    SECURITY_MEASURES: SecurityMeasure, "security measure";
    EncryptionInTransit = "encryption_in_transit" {
        text: "Information is encrypted while it is transmitted.",
        diff: "encryption in transit",
        rank: 0,
        about: "information is encrypted in transit (GDPR Art. 32(1)(a))",
    }
    EncryptionAtRest = "encryption_at_rest" {
        text: "Information is encrypted where it is stored.",
        diff: "encryption at rest",
        rank: 0,
        about: "information is encrypted where it is stored (GDPR Art. 32(1)(a))",
    }
    AccessControl = "access_control" {
        text: "Access to information is restricted to authorised persons.",
        diff: "access control",
        rank: 0,
        about: "access to information is restricted to authorised persons (GDPR Art. 32(4))",
    }
    Pseudonymisation = "pseudonymisation" {
        text: "Information is pseudonymised, so that it can no longer be attributed to a person without additional information kept separately.",
        diff: "pseudonymisation",
        rank: 0,
        about: "information is pseudonymised (GDPR Art. 4(5), 32(1)(a))",
    }
    Logging = "logging" {
        text: "Access to information is logged.",
        diff: "logging",
        rank: 0,
        about: "access to information is logged",
    }
    Testing = "testing" {
        text: "The security measures are tested and evaluated.",
        diff: "testing of the measures",
        rank: 0,
        about: "the measures are tested and evaluated (GDPR Art. 32(1)(d))",
    }
    Backups = "backups" {
        text: "Information is backed up, so that it can be restored after an incident.",
        diff: "backups",
        rank: 0,
        about: "information is backed up so that it can be restored (GDPR Art. 32(1)(c))",
    }
    StaffTraining = "staff_training" {
        text: "Staff who handle information are trained in data protection.",
        diff: "staff training",
        rank: 0,
        about: "staff who handle information are trained in data protection",
    }
}

closed_set! {
    /// `breach_notification to PARTY`: whom a personal data breach is
    /// notified to.
    BREACH_PARTIES: BreachParty, "breach notification party";
    Authority = "authority" {
        text: "the competent supervisory authority",
        diff: "the supervisory authority",
        rank: 0,
        about: "a personal data breach is notified to the competent supervisory authority (GDPR Art. 33)",
    }
    Users = "users" {
        text: "the users whose information it affects",
        diff: "the users",
        rank: 0,
        about: "a personal data breach is communicated to the users whose information it affects (GDPR Art. 34)",
    }
}

impl crate::model::SectionRef {
    /// The keyword or id, as written after `in`.
    pub fn id(&self) -> &str {
        match self {
            crate::model::SectionRef::Builtin(section) => section.entry().keyword,
            crate::model::SectionRef::Custom(id) => id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_positions<T: Closed + PartialEq + std::fmt::Debug>() {
        for (i, v) in T::SET.values.iter().enumerate() {
            assert_eq!(v.value.position(), i, "{:?} in {}", v.value, T::SET.name);
            assert_eq!(v.value.entry().value, v.value);
        }
    }

    #[test]
    fn every_value_sits_at_its_position() {
        at_positions::<Basis>();
        at_positions::<Ground>();
        at_positions::<Identity>();
        at_positions::<Source>();
        at_positions::<RightKind>();
        at_positions::<SpecialCategory>();
        at_positions::<RecipientKind>();
        at_positions::<Acceptance>();
        at_positions::<ChangeAuthority>();
        at_positions::<NotifyMethod>();
        at_positions::<TakesEffect>();
        at_positions::<Section>();
        at_positions::<TimeUnit>();
        at_positions::<Event>();
        at_positions::<Restriction>();
        at_positions::<DeadlineAnswer>();
        at_positions::<Regime>();
        at_positions::<Combination>();
        at_positions::<Voice>();
        at_positions::<TrackerKind>();
        at_positions::<CcpaCategory>();
        at_positions::<Party>();
        at_positions::<TrackerCategory>();
        at_positions::<DecisionBasis>();
        at_positions::<Safeguard>();
        at_positions::<Stance>();
        at_positions::<CommitmentKind>();
        at_positions::<Area>();
        at_positions::<MechanismKind>();
        at_positions::<Derogation>();
        at_positions::<Audience>();
        at_positions::<YesNo>();
        at_positions::<ParentRight>();
        at_positions::<ControllerRole>();
        at_positions::<RequiredBy>();
        at_positions::<SpecialCondition>();
        at_positions::<PermittedUse>();
        at_positions::<SecurityMeasure>();
        at_positions::<BreachParty>();
        assert_eq!(SPECIAL_CONDITIONS.values.len(), SpecialCondition::ALL.len());
        assert_eq!(PERMITTED_USES.values.len(), PermittedUse::ALL.len());
        assert_eq!(BASES.values.len(), Basis::ALL.len());
        assert_eq!(GROUNDS.values.len(), Ground::ALL.len());
        assert_eq!(RECIPIENT_KINDS.values.len(), RecipientKind::ALL.len());
        assert_eq!(TIME_UNITS.values.len(), TimeUnit::ALL.len());
    }

    #[test]
    fn every_special_category_has_its_cpra_row_in_order() {
        assert_eq!(CPRA_SENSITIVE.len(), SPECIAL_CATEGORIES.values.len());
        for ((special, _), value) in CPRA_SENSITIVE.iter().zip(SPECIAL_CATEGORIES.values) {
            assert_eq!(*special, value.value);
        }
        assert_eq!(
            cpra_sensitive(SpecialCategory::Health),
            Some(SensitiveCategory::Health)
        );
        assert_eq!(cpra_sensitive(SpecialCategory::PoliticalOpinions), None);
    }

    #[test]
    fn keywords_are_the_runtime_names() {
        for b in Basis::ALL {
            assert_eq!(b.keyword(), b.as_str());
        }
        for g in Ground::ALL {
            assert_eq!(g.keyword(), g.as_str());
        }
        for k in RecipientKind::ALL {
            assert_eq!(k.keyword(), k.as_str());
        }
        for u in TimeUnit::ALL {
            assert_eq!(u.keyword(), u.as_str());
            assert_eq!(u.entry().sentence, format!("{}s", u.as_str()));
        }
        assert_eq!(Identity::Pseudonymized.keyword(), "pseudonymized");
    }

    #[test]
    fn a_keyword_of_two_sets_is_described_in_both() {
        let found = describe("consent");
        assert_eq!(found.len(), 2);
        assert!(describe("nothing").is_empty());
        assert_eq!(
            describe("weeks"),
            [("time unit", TimeUnit::Week.entry().about)]
        );
    }
}
