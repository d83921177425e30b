//! What a change says, as values of the model: the labels, texts and
//! closed-set values before and after. The words are made of these when a
//! report is written (`diff::words::explain`), not when the editions are
//! compared.

use crate::model::*;

/// A declaration a change names: its id, and its label when the edition
/// declares it (a reference may name a category that is not declared).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The id.
    pub id: String,
    /// The label, when declared.
    pub label: Option<String>,
}

/// Which kind of declaration a change is about, where the words say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declared {
    /// A data category.
    Data,
    /// A purpose.
    Purpose,
    /// A recipient.
    Recipient,
}

/// An obligation of the user or a security measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementOf {
    /// An obligation of the user.
    Obligation,
    /// A security measure.
    Security,
}

/// Which text of the source a text change is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextOf {
    /// The title.
    Title,
    /// The language of the text.
    Language,
    /// The name of the service.
    Service,
    /// The website of the service.
    Website,
    /// The controller's postal address.
    Address,
    /// The country where the controller is established.
    ControllerCountry,
    /// The data protection officer's contact, or why there is none.
    Dpo,
    /// The controller's representative in the EU.
    EuRepresentative,
    /// The controller's representative in the UK.
    UkRepresentative,
    /// The lead supervisory authority.
    LeadAuthority,
    /// A joint controller's postal address, by its name.
    JointControllerAddress(String),
    /// A joint controller's country, by its name.
    JointControllerCountry(String),
    /// The address where the policy is published.
    Published,
    /// The date the edition was published (`published DATE "URL"`).
    PublicationDate,
    /// The contact address.
    Contact,
    /// The governing law.
    GoverningLaw,
    /// The scope of the policy.
    Scope,
    /// The description of the data category with this label.
    DataDescription(String),
    /// When the data category with this label is collected.
    DataCollected(String),
    /// How the data category with this label was made anonymous.
    DataAnonymisation(String),
    /// What requires the data category with this label, and what follows
    /// without it.
    DataRequiredBy(String),
    /// The Fides key of the data category with this label.
    DataFides(String),
    /// The description of the purpose with this label.
    PurposeDescription(String),
    /// The legitimate interest of the purpose with this label.
    PurposeInterest(String),
    /// The Fides data use of the purpose with this label.
    PurposeFides(String),
    /// The description of the recipient with this label.
    RecipientDescription(String),
    /// The label of a right.
    RightLabel(RightKind),
    /// The description of a right.
    RightDescription(RightKind),
    /// The short label of the data category with this label.
    DataShort(String),
    /// The short label of the purpose with this label.
    PurposeShort(String),
    /// The "Do Not Sell or Share" link.
    DoNotSell,
    /// The "Limit the Use of My Sensitive Personal Information" link.
    LimitSensitiveLink,
    /// How a request to know, delete or correct is verified.
    Verification,
    /// How an authorized agent makes a request for the user.
    AuthorizedAgents,
    /// How the opt-in to the sale or sharing of a consumer under 16 is
    /// obtained.
    ChildrenSaleOptIn,
    /// Where to obtain a copy of the safeguards of the recipient with this label.
    RecipientCopy(String),
    /// Why the answer time of a right may be extended.
    RightExtensionReason(RightKind),
    /// Why a right does not apply.
    RightNotApplicable(RightKind),
    /// The essence of the joint controllers' arrangement with the
    /// recipient with this label.
    Arrangement(String),
    /// The legitimate interest of sending the data category with the first
    /// label to the recipient with the second.
    TransferInterest(String, String),
}

/// What is left of a removed transfer, for its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remains {
    /// Nothing: the data may no longer be sent to the recipient.
    Nothing,
    /// The data may still be sent to the recipient on other grounds.
    OtherGrounds,
    /// Only these parts of the data may still be sent on the grounds.
    Parts(Vec<Named>),
}

/// What a change says: the values it compares, by the shape of the
/// comparison. Whether something was added or removed is the change's
/// [`super::Action`]; how much it matters is its kind's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// A text of the source stated, changed or dropped.
    Text {
        /// Which text.
        of: TextOf,
        /// Before, if stated.
        old: Option<String>,
        /// After, if stated.
        new: Option<String>,
    },
    /// The agreements the policy is part of.
    PartOf {
        /// Before.
        old: Vec<String>,
        /// After.
        new: Vec<String>,
    },
    /// The controller that arrived or left, by name.
    Controller(String),
    /// A joint controller of the header that arrived or left, by name.
    JointController(String),
    /// The legal regimes declared or no longer declared.
    Regimes(Vec<Regime>),
    /// The voice of the text.
    Voice {
        /// Before.
        old: Voice,
        /// After.
        new: Voice,
    },
    /// Whether the controller is several companies (the action says which
    /// way).
    Plural {
        /// The controller's name.
        name: String,
    },
    /// Whether a data category's examples only illustrate it (`examples
    /// open`; the action says which way).
    ExamplesOpen {
        /// The category's label.
        name: String,
    },
    /// Whether a data category states the combination rule (the action
    /// says which way).
    Combined {
        /// The category's label.
        name: String,
    },
    /// How the user accepts the policy.
    Acceptance {
        /// Before.
        old: Option<Acceptance>,
        /// After.
        new: Option<Acceptance>,
    },
    /// A declaration renamed.
    Relabelled {
        /// Which kind of declaration.
        what: Declared,
        /// The old label.
        old: String,
        /// The new label.
        new: String,
    },
    /// A declaration the other edition does not have, by label.
    Removed {
        /// Which kind of declaration.
        what: Declared,
        /// Its label.
        label: String,
    },
    /// A new data category.
    DataAdded {
        /// Its label.
        label: String,
        /// Whether it must be provided.
        requirement: Option<Requirement>,
        /// How far it identifies the user.
        identity: Identity,
        /// Its special category.
        special: Option<SpecialCategory>,
        /// The category it is inside.
        parent: Option<Named>,
    },
    /// A part of a data category the other edition collects, named on its
    /// own or no longer (the change's action says which), saying no more
    /// of the data than the whole.
    DataPart {
        /// The part's label.
        label: String,
        /// Whether it must be provided, as the part states.
        requirement: Option<Requirement>,
        /// The nearest category it is inside that the other edition
        /// declares: the whole, already or still collected.
        whole: Named,
    },
    /// A data category's source.
    Source {
        /// The category's label.
        name: String,
        /// Before.
        old: Option<Source>,
        /// After.
        new: Option<Source>,
    },
    /// Sources of a data category added or removed (the change's action
    /// says which), beyond the first source's kind, which
    /// [`Detail::Source`] compares.
    Sources {
        /// The category's label.
        name: String,
        /// The sources.
        sources: Vec<NamedSource>,
    },
    /// Data sets combined, or no longer combined (the change's action says
    /// which), by their labels, with why.
    Combination {
        /// The labels of the categories combined.
        data: Vec<String>,
        /// Why they are combined.
        reason: String,
    },
    /// How far a data category identifies the user.
    Identity {
        /// The category's label.
        name: String,
        /// Before.
        old: Identity,
        /// After.
        new: Identity,
    },
    /// A data category's special category.
    Special {
        /// The category's label.
        name: String,
        /// Before.
        old: Option<SpecialCategory>,
        /// After.
        new: Option<SpecialCategory>,
    },
    /// Whether, and which, sensitive personal information a data category is.
    Sensitive {
        /// The category's label.
        name: String,
        /// Before.
        old: Option<SensitiveCategory>,
        /// After.
        new: Option<SensitiveCategory>,
    },
    /// The CCPA categories of personal information a data category
    /// belongs to that one edition states and the other does not.
    CcpaCategories {
        /// The category's label.
        name: String,
        /// The categories added or removed, in the statute's order.
        items: Vec<CcpaCategory>,
    },
    /// Examples added to or removed from what a data category covers.
    Examples {
        /// The category's label.
        name: String,
        /// The examples.
        items: Vec<String>,
    },
    /// Whether a data category must be provided.
    Requirement {
        /// The category's label.
        name: String,
        /// Before.
        old: Option<Requirement>,
        /// After.
        new: Option<Requirement>,
    },
    /// A new purpose.
    PurposeAdded {
        /// Its label.
        label: String,
        /// Its basis.
        basis: Basis,
        /// The data it uses.
        uses: Vec<Named>,
        /// Whether it is restricted to depersonalized data.
        only_depersonalized: bool,
    },
    /// A data category a purpose now uses, or no longer uses.
    Uses {
        /// The purpose's label.
        name: String,
        /// The category.
        data: Named,
        /// The parts of it the purpose used (when added) or still uses
        /// (when removed).
        parts: Vec<Named>,
    },
    /// A purpose's data listed differently, using the same.
    Relisted {
        /// The purpose's label.
        name: String,
        /// The data as listed now.
        uses: Vec<Named>,
    },
    /// A purpose's legal basis.
    Basis {
        /// The purpose's label.
        name: String,
        /// Before.
        old: Basis,
        /// After.
        new: Basis,
    },
    /// Whether a purpose is restricted to depersonalized data, now.
    Depersonalized {
        /// The purpose's label.
        name: String,
    },
    /// Whether a purpose involves profiling (`profiling`; the action says
    /// which way).
    Profiling {
        /// The purpose's label.
        name: String,
    },
    /// Whether a purpose is direct marketing (`direct_marketing`; the
    /// action says which way).
    DirectMarketing {
        /// The purpose's label.
        name: String,
    },
    /// The use 11 CCR §7027(m) permits that a purpose names
    /// (`permitted_use`), which the user's limit never stops.
    PermittedUse {
        /// The purpose's label.
        name: String,
        /// Before, if any.
        old: Option<PermittedUse>,
        /// After, if any.
        new: Option<PermittedUse>,
    },
    /// The condition of GDPR Art. 9(2) under which a purpose processes
    /// special categories: the one it states, or explicit consent (point
    /// (a)) where its basis is `explicit_consent` and it states none.
    SpecialCondition {
        /// The purpose's label.
        name: String,
        /// Before, if any.
        old: Option<SpecialCondition>,
        /// After, if any.
        new: Option<SpecialCondition>,
        /// The law the condition rested on before, if named.
        old_law: Option<String>,
        /// The law it rests on now, if named.
        new_law: Option<String>,
    },
    /// A new recipient.
    RecipientAdded {
        /// Its label.
        label: String,
        /// Its kind.
        kind: Option<RecipientKind>,
        /// Its country, when abroad.
        country: Option<String>,
    },
    /// A recipient's kind.
    RecipientKind {
        /// The recipient's label.
        name: String,
        /// Before.
        old: Option<RecipientKind>,
        /// After.
        new: Option<RecipientKind>,
    },
    /// A recipient's country.
    Country {
        /// The recipient's label.
        name: String,
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// The safeguard for transfers to a recipient.
    Safeguard {
        /// The recipient's label.
        name: String,
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// Whether a recipient is bound by the policy (the action says which way).
    Bound {
        /// The recipient's label.
        name: String,
    },
    /// What disclosures to a recipient are under US state law, added or
    /// dropped (the action says which way).
    Disclosures {
        /// The recipient's label.
        name: String,
        /// The disclosures added or dropped.
        items: Vec<Disclosure>,
    },
    /// Grounds on which a data category may be sent to a recipient.
    Transfer {
        /// The data.
        data: Named,
        /// The recipient.
        recipient: Named,
        /// The grounds added or removed.
        grounds: Vec<Ground>,
        /// Added: whether the data could already be sent on other grounds.
        also: bool,
        /// Removed: what is left.
        remains: Remains,
    },
    /// What sending a data category to a recipient is under US state law,
    /// by the transfer's own `disclosed_as` (`transfer … disclosed_as
    /// sale`), added or dropped (the action says which way).
    TransferDisclosures {
        /// The data.
        data: Named,
        /// The recipient.
        recipient: Named,
        /// The disclosures added or dropped.
        items: Vec<Disclosure>,
    },
    /// The purposes a transfer serves (`transfer … for PURPOSE`).
    TransferPurposes {
        /// The data.
        data: Named,
        /// The recipient.
        recipient: Named,
        /// The purposes added or dropped, or, with `any`, those it is now
        /// limited to (none: the limit is lifted).
        purposes: Vec<Named>,
        /// Whether the limit itself was added or lifted.
        any: bool,
    },
    /// How long a data category is kept.
    Retention {
        /// The category's label.
        name: String,
        /// Before.
        old: Vec<Period>,
        /// After.
        new: Vec<Period>,
    },
    /// How long a data category is kept when used for one purpose: its
    /// own retention for the purpose (`when_used_for`), else the
    /// category's.
    PurposeRetention {
        /// The category's label.
        name: String,
        /// The purpose's label.
        purpose: String,
        /// Before.
        old: Vec<Period>,
        /// After.
        new: Vec<Period>,
    },
    /// How a data category's alternative periods combine.
    RetentionRule {
        /// The category's label.
        name: String,
        /// Before.
        old: RetentionRule,
        /// After.
        new: RetentionRule,
    },
    /// What happens to a data category when its retention ends; no end
    /// stated reads as deletion.
    RetentionEnd {
        /// The category's label.
        name: String,
        /// Before.
        old: RetentionEnd,
        /// After.
        new: RetentionEnd,
    },
    /// How long copies of a data category remain in backups; `None` where
    /// the policy states no backups period.
    Backups {
        /// The category's label.
        name: String,
        /// Before.
        old: Option<Duration>,
        /// After.
        new: Option<Duration>,
    },
    /// A right added or removed.
    Right {
        /// Its kind.
        kind: RightKind,
        /// Its label, when added with one.
        label: Option<String>,
        /// Whether the law the edition that states it answers to always
        /// granted it ([`crate::diff::granted_by_law`]): stating it then
        /// explains it and grants nothing new, in the notice and in the
        /// reviewer's words alike.
        by_law: bool,
    },
    /// Channels added to or removed from a right.
    Channels {
        /// The right, by its label or kind.
        right: RightName,
        /// The channels.
        items: Vec<String>,
    },
    /// The time within which a right's requests are answered.
    Deadline {
        /// The right.
        right: RightName,
        /// Before.
        old: Option<Duration>,
        /// After.
        new: Option<Duration>,
    },
    /// How far a right's answer time may be extended.
    Extension {
        /// The right.
        right: RightName,
        /// Before.
        old: Option<Duration>,
        /// After.
        new: Option<Duration>,
    },
    /// Whether a right can be exercised at any time (the action says which way).
    Anytime {
        /// The right.
        right: RightName,
    },
    /// How the text states a right changed: now declared or by default,
    /// now said not to apply or applying again (the change's kind says
    /// which).
    RightStatement {
        /// The right.
        right: RightName,
    },
    /// An obligation or security measure added or removed.
    Statement {
        /// Which.
        what: StatementOf,
        /// Its text.
        text: String,
    },
    /// An obligation or security measure reworded.
    Reworded {
        /// Which.
        what: StatementOf,
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// Who may change the policy.
    Authority {
        /// Before.
        old: Option<ChangeAuthority>,
        /// After.
        new: Option<ChangeAuthority>,
    },
    /// Ways users are told of a change, added or removed.
    Notify(Vec<NotifyMethod>),
    /// The notice of a change.
    Notice {
        /// Before.
        old: Option<Duration>,
        /// After.
        new: Option<Duration>,
    },
    /// When a new edition takes effect.
    TakesEffect {
        /// Before.
        old: Option<TakesEffect>,
        /// After.
        new: Option<TakesEffect>,
    },
    /// A clause added or removed.
    Clause {
        /// Its section.
        section: SectionRef,
        /// Its text.
        text: String,
    },
    /// A clause now, or no longer, marked `contractual`.
    ClauseContractual {
        /// Its section.
        section: SectionRef,
        /// Its text in the new edition.
        text: String,
        /// Whether it is now contractual.
        contractual: bool,
    },
    /// A clause moved to another section.
    ClauseMoved {
        /// Its text.
        text: String,
        /// Before.
        old: SectionRef,
        /// After.
        new: SectionRef,
    },
    /// A clause reworded.
    ClauseReworded {
        /// Its section.
        section: SectionRef,
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// A section of the author's own added or removed.
    Section {
        /// Its heading.
        heading: String,
    },
    /// A section of the author's own with a new heading.
    SectionRenamed {
        /// Its id.
        id: String,
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// A section of the author's own placed after another section.
    SectionMoved {
        /// Its heading in the new edition.
        heading: String,
        /// The section it followed (`None`: the built-in sections).
        old: Option<SectionRef>,
        /// The section it follows now.
        new: Option<SectionRef>,
    },
    /// A section's summary stated, reworded or dropped.
    SectionSummary {
        /// The section.
        section: SectionRef,
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// The policy restated as a whole.
    Restated,
    /// The stance on a browser's privacy signal.
    Signal {
        /// Which signal.
        signal: Signal,
        /// Before.
        old: Option<Stance>,
        /// After.
        new: Option<Stance>,
    },
    /// A new tracker.
    TrackerAdded {
        /// Its label.
        label: String,
        /// Its category.
        category: TrackerCategory,
        /// Who sets it.
        party: Party,
    },
    /// A tracker the new edition does not have.
    TrackerRemoved {
        /// Its label.
        label: String,
    },
    /// A tracker's category.
    TrackerCategory {
        /// The tracker's label.
        name: String,
        /// Before.
        old: TrackerCategory,
        /// After.
        new: TrackerCategory,
    },
    /// Who sets a tracker.
    TrackerParty {
        /// The tracker's label.
        name: String,
        /// After.
        new: Party,
    },
    /// How long a tracker lasts.
    TrackerLifetime {
        /// The tracker's label.
        name: String,
        /// Before.
        old: Option<Lifetime>,
        /// After.
        new: Option<Lifetime>,
    },
    /// Purposes a tracker serves, now or no longer.
    TrackerServes {
        /// The tracker's label.
        name: String,
        /// The purposes' labels.
        purposes: Vec<String>,
    },
    /// Data a tracker collects, now or no longer.
    TrackerCollects {
        /// The tracker's label.
        name: String,
        /// The categories' labels.
        data: Vec<String>,
    },
    /// Who provides a tracker: in words, or a declared recipient (its
    /// label).
    TrackerProvider {
        /// The tracker's label.
        name: String,
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
        /// The recipient named as the provider before (`provider ID`).
        old_recipient: Option<String>,
        /// The recipient named as the provider after.
        new_recipient: Option<String>,
    },
    /// A tracker's words changed: label, description or technology.
    TrackerRestated {
        /// The tracker's label, now.
        name: String,
    },
    /// Whether a recipient is an independent or a joint controller (`role`).
    RecipientRole {
        /// The recipient's label.
        name: String,
        /// Before.
        old: Option<crate::model::ControllerRole>,
        /// After.
        new: Option<crate::model::ControllerRole>,
    },
    /// What transfers to a recipient rest on (`mechanism`).
    Mechanism {
        /// The recipient's label.
        name: String,
        /// Before.
        old: Option<Mechanism>,
        /// After.
        new: Option<Mechanism>,
    },
    /// The stance on children stated or dropped as a whole.
    ChildrenStance {
        /// The audience of the edition that states it.
        audience: Audience,
    },
    /// Whom the service is directed to.
    ChildrenAudience {
        /// Before.
        old: Audience,
        /// After.
        new: Audience,
    },
    /// The minimum age.
    ChildrenMinimumAge {
        /// Before.
        old: Option<u8>,
        /// After.
        new: Option<u8>,
    },
    /// Whether children's information is knowingly collected.
    ChildrenKnowingly {
        /// Before.
        old: Option<bool>,
        /// After.
        new: Option<bool>,
    },
    /// How a parent's consent is obtained.
    ChildrenParentalConsent {
        /// Before.
        old: Option<String>,
        /// After.
        new: Option<String>,
    },
    /// A parent's rights, now or no longer stated.
    ParentRights {
        /// The rights.
        rights: Vec<ParentRight>,
    },
    /// A new automated decision.
    DecisionAdded {
        /// Its label.
        label: String,
        /// What allows it.
        basis: DecisionBasis,
    },
    /// An automated decision the new edition does not have.
    DecisionRemoved {
        /// Its label.
        label: String,
    },
    /// What allows an automated decision.
    DecisionBasis {
        /// The decision's label.
        name: String,
        /// Before.
        old: DecisionBasis,
        /// After.
        new: DecisionBasis,
    },
    /// Data an automated decision uses, now or no longer.
    DecisionUses {
        /// The decision's label.
        name: String,
        /// The categories' labels.
        data: Vec<String>,
    },
    /// Safeguards of an automated decision, now or no longer stated.
    DecisionSafeguards {
        /// The decision's label.
        name: String,
        /// The safeguards.
        safeguards: Vec<Safeguard>,
    },
    /// An automated decision's words changed: label, description, logic,
    /// significance or the law named.
    DecisionRestated {
        /// The decision's label, now.
        name: String,
    },
    /// `automated_decisions none`, stated or no longer stated.
    NoDecisions,
    /// A typed commitment made or no longer made.
    Commitment(Commitment),
    /// A typed security measure stated or no longer stated.
    SecurityMeasure(SecurityMeasure),
    /// A breach notification made or no longer made.
    BreachNotification(BreachNotification),
}

/// A right as the words name it: by its label when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RightName {
    /// Its kind.
    pub kind: RightKind,
    /// Its label, when stated.
    pub label: Option<String>,
}
