//! The typed syntax tree of a policy file.
//!
//! Every node carries the [`Span`] of the source text it came from, so the
//! checker can point at it. The tree says what was written, not what it
//! means: names are unresolved and enumerated values (`source user`) are
//! kept as identifiers, so that a misspelling can be reported with a
//! suggestion rather than as a parse error.

use crate::span::Span;

/// An identifier or dotted path as written, with its span.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Name {
    /// The text of the name (`account.email`).
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// A string literal, escapes already decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Str {
    /// The decoded value.
    pub value: String,
    /// The span of the literal, quotes included.
    pub span: Span,
}

/// A literal whose text is validated by the checker (a date, a version).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Raw {
    /// The text as written.
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// A duration such as `30 days`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationLit {
    /// The amount; may be zero or negative, which the checker refuses, and
    /// saturates when it does not fit.
    pub amount: i64,
    /// The amount as written, for messages.
    pub amount_text: String,
    /// The unit as written (`day`, `days`, `month`…).
    pub unit: String,
    /// The span of the whole duration.
    pub span: Span,
}

/// A value given more than once would be an error, so each property is
/// kept with the span of its keyword to report duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prop<T> {
    /// The value of the property.
    pub value: T,
    /// The span of the whole property, keyword included.
    pub span: Span,
}

/// A whole parsed file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct File {
    /// The declarations, in source order.
    pub decls: Vec<Decl>,
}

/// One top-level declaration. Every kind is boxed, so that a list of
/// declarations costs what each one holds, not the size of the largest
/// kind for each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decl {
    /// `include "path"`
    Include(Box<IncludeDecl>),
    /// `policy ID { … }`
    Policy(Box<PolicyDecl>),
    /// `data ID "label" { … }`
    Data(Box<DataDecl>),
    /// `purpose ID "label" { … }`
    Purpose(Box<PurposeDecl>),
    /// `recipient ID "label" { … }`
    Recipient(Box<RecipientDecl>),
    /// `transfer DATA, … to RECIPIENT (for PURPOSE, …)? on GROUND, …`
    Transfer(Box<TransferDecl>),
    /// `retain DATA, … PERIOD or PERIOD`
    Retain(Box<RetainDecl>),
    /// `right KIND { … }`
    Right(Box<RightDecl>),
    /// `obligation ID "text"`
    Obligation(Box<TextDecl>),
    /// `security ID "text"`
    Security(Box<TextDecl>),
    /// `security { … }`: typed measures and breach notifications.
    SecurityBlock(Box<SecurityBlockDecl>),
    /// `changes { … }`
    Changes(Box<ChangesDecl>),
    /// `clause ID in SECTION "text"`
    Clause(Box<ClauseDecl>),
    /// `test "name" { … }`
    Test(Box<TestDecl>),
    /// `tracker ID "label" { … }`
    Tracker(Box<TrackerDecl>),
    /// `children { … }`
    Children(Box<ChildrenDecl>),
    /// `decision ID "label" { … }`
    Decision(Box<DecisionDecl>),
    /// `commit KIND [AREA]`
    Commit(Box<CommitDecl>),
    /// `combine DATA, … "why"`
    Combine(Box<CombineDecl>),
    /// `section ID "Heading" { … }`
    Section(Box<SectionDecl>),
}

/// `include "path"`: the declarations of another file, by a path relative
/// to the including file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IncludeDecl {
    /// The path as written.
    pub path: Str,
    /// The span of the whole declaration.
    pub span: Span,
}

/// The policy header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyDecl {
    /// Properties written but malformed (already reported), so that they
    /// are not reported as missing too.
    pub malformed: Vec<String>,
    /// The policy id.
    pub id: Option<Name>,
    /// The span of the `policy` keyword and id, for diagnostics about the header as a whole.
    pub head_span: Span,
    /// The span of the whole declaration.
    pub span: Span,
    /// `title "…"`
    pub title: Vec<Prop<Str>>,
    /// `version 1.2.3`
    pub version: Vec<Prop<Raw>>,
    /// `effective 2026-12-01`
    pub effective: Vec<Prop<Raw>>,
    /// `language en`
    pub language: Vec<Prop<Name>>,
    /// `controller "…" { service "…" website "…" address "…" }`
    pub controller: Vec<Prop<ControllerDecl>>,
    /// `joint_controller "…" { address "…" country "…" arrangement "…" }`,
    /// each company that controls the processing jointly with the controller.
    pub joint_controllers: Vec<JointControllerDecl>,
    /// `published "URL"`, or `published DATE "URL"`: where the text is
    /// published.
    pub published: Vec<Prop<Str>>,
    /// The date of `published DATE "URL"`: when the edition was
    /// published, at the whole property's span.
    pub published_on: Vec<Prop<Raw>>,
    /// `contact "e-mail or URL"`
    pub contact: Vec<Prop<Str>>,
    /// `governing_law "…"`
    pub governing_law: Vec<Prop<Str>>,
    /// `accepted WAY` (a value of `vocab::ACCEPTANCES`)
    pub accepted: Vec<Prop<Name>>,
    /// `scope "…"`
    pub scope: Vec<Prop<Str>>,
    /// `part_of "…", "…"`
    pub part_of: Vec<Prop<Vec<Str>>>,
    /// `regimes gdpr, …` (values of `vocab::REGIMES`) or `regimes none`
    pub regimes: Vec<Prop<Vec<Name>>>,
    /// `languages en, de`: the languages the text is published in.
    pub languages: Vec<Prop<Vec<Name>>>,
    /// `contact unstated`: the source gives no contact
    pub contact_unstated: Vec<Prop<()>>,
    /// `voice we_you`
    pub voice: Vec<Prop<Name>>,
    /// `do_not_sell "URL"`
    pub do_not_sell: Vec<Prop<Str>>,
    /// `limit_sensitive_link "URL"`
    pub limit_sensitive_link: Vec<Prop<Str>>,
    /// `do_not_track honoured|ignored` (a value of `vocab::STANCES`)
    pub do_not_track: Vec<Prop<Name>>,
    /// `gpc honoured|ignored` (a value of `vocab::STANCES`)
    pub gpc: Vec<Prop<Name>>,
    /// `verification "how a request is verified"`
    pub verification: Vec<Prop<Str>>,
    /// `authorized_agents "how an agent makes a request"`
    pub authorized_agents: Vec<Prop<Str>>,
    /// `automated_decisions none`
    pub automated_decisions: Vec<Prop<()>>,
}

/// The controller block inside the header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ControllerDecl {
    /// Properties written but malformed (already reported), so that they
    /// are not reported as missing too.
    pub malformed: Vec<String>,
    /// The company's name.
    pub name: Str,
    /// `service "…"`
    pub service: Vec<Prop<Str>>,
    /// `website "…"`
    pub website: Vec<Prop<Str>>,
    /// `address "…"`
    pub address: Vec<Prop<Str>>,
    /// `plural`: the controller is several companies.
    pub plural: Vec<Prop<()>>,
    /// `country "…"`: where the controller is established.
    pub country: Vec<Prop<Str>>,
    /// `dpo "contact"`: the data protection officer's contact.
    pub dpo: Vec<Prop<Str>>,
    /// `dpo none "reason"`: why no data protection officer is designated.
    pub dpo_none: Vec<Prop<Str>>,
    /// `eu_representative "…"`: the representative in the EU (GDPR Art. 27).
    pub eu_representative: Vec<Prop<Str>>,
    /// `uk_representative "…"`: the representative in the UK (UK GDPR Art. 27).
    pub uk_representative: Vec<Prop<Str>>,
    /// `lead_authority "…"`: the lead supervisory authority (GDPR Art. 56).
    pub lead_authority: Vec<Prop<Str>>,
}

/// A `joint_controller` block inside the header (GDPR Art. 26).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JointControllerDecl {
    /// Properties written but malformed (already reported).
    pub malformed: Vec<String>,
    /// The company's name.
    pub name: Str,
    /// `address "…"`
    pub address: Vec<Prop<Str>>,
    /// `country "…"`: where it is established.
    pub country: Vec<Prop<Str>>,
    /// `arrangement "…"`: the essence of the arrangement (Art. 26(2)).
    pub arrangement: Vec<Prop<Str>>,
    /// The span of the whole property.
    pub span: Span,
}

/// One source of a `source` property: its kind and, if written, its name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceItem {
    /// The kind (a value of `vocab::SOURCES`, or `unstated`).
    pub kind: Name,
    /// The name in quotes after it (`third_party "payment providers"`).
    pub name: Option<Str>,
}

/// A data category.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataDecl {
    /// The dotted id.
    pub id: Name,
    /// The reader-visible label.
    pub label: Option<Str>,
    /// `description "…"`
    pub description: Vec<Prop<Str>>,
    /// `source SOURCE, …` (values of `vocab::SOURCES`, each with an
    /// optional name: `third_party "payment providers"`)
    pub source: Vec<Prop<Vec<SourceItem>>>,
    /// `identity IDENTITY` (a value of `vocab::IDENTITIES`)
    pub identity: Vec<Prop<Name>>,
    /// `special CATEGORY` (a value of `vocab::SPECIAL_CATEGORIES`)
    pub special: Vec<Prop<Name>>,
    /// `examples "…", "…"`
    pub examples: Vec<Prop<Vec<Str>>>,
    /// Whether an `examples` list is marked `open` (`examples open "…"`):
    /// the data is not limited to the examples.
    pub examples_open: bool,
    /// `required` or `optional`, with the span of the flag.
    pub requirement: Vec<Prop<Requirement>>,
    /// `collected "…"`
    pub collected: Vec<Prop<Str>>,
    /// `when_combined identified`
    pub when_combined: Vec<Prop<Name>>,
    /// `fides "user.contact.email"`
    pub fides: Vec<Prop<Str>>,
    /// `short "…"`: the label of repeated mentions.
    pub short: Vec<Prop<Str>>,
    /// The span of the whole declaration.
    pub span: Span,
    /// `sensitive KIND` (a value of `vocab::SENSITIVE_CATEGORIES`)
    pub sensitive: Vec<Prop<Name>>,
    /// `ccpa_category CATEGORY, …` (values of `vocab::CCPA_CATEGORIES`)
    pub ccpa_category: Vec<Prop<Vec<Name>>>,
    /// `anonymised_by "…"`: how anonymous data was made anonymous.
    pub anonymised_by: Vec<Prop<Str>>,
    /// `required by WHAT "consequence"`, each also a `required` in
    /// [`requirement`](Self::requirement) with the same span.
    pub required_by: Vec<Prop<RequiredByDecl>>,
}

/// `required by WHAT "consequence"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredByDecl {
    /// What requires the data (a value of `vocab::REQUIRED_BY`).
    pub by: Name,
    /// What follows if the user does not provide it.
    pub consequence: Str,
}

/// Whether the user must provide a data category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// `required`
    Required,
    /// `optional`
    Optional,
}

/// A purpose of processing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurposeDecl {
    /// Properties written but malformed (already reported), so that they
    /// are not reported as missing too.
    pub malformed: Vec<String>,
    /// The purpose id.
    pub id: Name,
    /// The reader-visible label.
    pub label: Option<Str>,
    /// `description "…"`
    pub description: Vec<Prop<Str>>,
    /// `uses DATA, …` (may be given several times; the lists add up)
    pub uses: Vec<Prop<Vec<Name>>>,
    /// `basis KIND ["interest"]`
    pub basis: Vec<Prop<BasisDecl>>,
    /// `only RESTRICTION` (a value of `vocab::RESTRICTIONS`)
    pub only: Vec<Prop<Name>>,
    /// `fides "marketing.advertising"`
    pub fides: Vec<Prop<Str>>,
    /// `short "…"`: the label of repeated mentions.
    pub short: Vec<Prop<Str>>,
    /// `profiling`
    pub profiling: Vec<Prop<()>>,
    /// `direct_marketing`
    pub direct_marketing: Vec<Prop<()>>,
    /// `special_condition CONDITION ["law"]` (a value of
    /// `vocab::SPECIAL_CONDITIONS`, and the law it rests on)
    pub special_condition: Vec<Prop<BasisDecl>>,
    /// `permitted_use USE` (a value of `vocab::PERMITTED_USES`)
    pub permitted_use: Vec<Prop<Name>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// A legal basis as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BasisDecl {
    /// The basis keyword.
    pub kind: Name,
    /// The stated interest, for the basis of legitimate interests.
    pub interest: Option<Str>,
}

/// A recipient of data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecipientDecl {
    /// The recipient id.
    pub id: Name,
    /// The reader-visible label.
    pub label: Option<Str>,
    /// `description "…"`
    pub description: Vec<Prop<Str>>,
    /// `kind KIND` (a value of `vocab::RECIPIENT_KINDS`)
    pub kind: Vec<Prop<Name>>,
    /// `country "…"`
    pub country: Vec<Prop<Str>>,
    /// `safeguard "…"`
    pub safeguard: Vec<Prop<Str>>,
    /// `bound_by_policy`
    pub bound_by_policy: Vec<Prop<()>>,
    /// The span of the whole declaration.
    pub span: Span,
    /// `disclosed_as sale, share` (values of `vocab::DISCLOSURES`)
    pub disclosed_as: Vec<Prop<Vec<Name>>>,
    /// `mechanism KIND` or `mechanism derogation CASE`
    pub mechanism: Vec<Prop<MechanismDecl>>,
    /// `copy "…"`
    pub copy: Vec<Prop<Str>>,
    /// `role independent_controller|joint_controller` (a value of `vocab::ROLES`)
    pub role: Vec<Prop<Name>>,
    /// `arrangement "…"`: the essence of a joint controllers' arrangement
    pub arrangement: Vec<Prop<Str>>,
}

/// `mechanism KIND (CASE)?`: a value of `vocab::MECHANISMS`, then, for a
/// derogation, a value of `vocab::DEROGATIONS`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MechanismDecl {
    /// The mechanism, as written.
    pub kind: Name,
    /// The case after it, as written.
    pub case: Option<Name>,
}

/// `transfer DATA, … to RECIPIENT (for PURPOSE, …)? on GROUND, … (disclosed_as DISCLOSURE, …)?`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TransferDecl {
    /// The data categories transferred.
    pub data: Vec<Name>,
    /// The recipient.
    pub recipient: Name,
    /// The grounds; empty when `on` was left out.
    pub grounds: Vec<Name>,
    /// The span of the whole declaration.
    pub span: Span,
    /// The purposes after `for`; empty when the transfer names none.
    pub purposes: Vec<Name>,
    /// The text after each ground, parallel to `grounds`: the interest
    /// pursued, after `legitimate_interest`.
    pub interests: Vec<Option<Str>>,
    /// `disclosed_as DISCLOSURE, …` at the end, with where the keyword
    /// stands: what this transfer is under US state law; `None` when not
    /// written.
    pub disclosed_as: Option<(Span, Vec<Name>)>,
}

/// `retain DATA, … PERIOD (or PERIOD)*`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetainDecl {
    /// The data categories.
    pub data: Vec<Name>,
    /// `when_used_for PURPOSE, …`: the purposes the retention is
    /// specific to; empty for the data's own retention.
    pub purposes: Vec<Name>,
    /// The alternative periods, in source order.
    pub periods: Vec<PeriodDecl>,
    /// The span of the whole declaration.
    pub span: Span,
    /// Where `unstated` stands instead of the periods: the source does not
    /// say how long the data is kept.
    pub unstated: Option<Span>,
    /// `, whichever comes first|last`: the rule's word, looked up in
    /// `vocab::RETENTION_RULES`.
    pub rule: Option<Name>,
    /// `then delete|anonymise`: the word, looked up in
    /// `vocab::RETENTION_ENDS`.
    pub end: Option<Name>,
    /// `backups for DURATION`: how long copies remain in backups.
    pub backups: Option<DurationLit>,
    /// `at_most DURATION from EVENT` after criteria: the cap, the latest
    /// end whatever the criteria say.
    pub cap: Option<CapDecl>,
}

/// `at_most DURATION from EVENT`: a cap on a retention by criteria.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapDecl {
    /// How long at most.
    pub duration: DurationLit,
    /// From which event.
    pub from: EventDecl,
}

/// One retention period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodDecl {
    /// `for DURATION [from EVENT]`
    For {
        /// How long.
        duration: DurationLit,
        /// From which event.
        from: EventDecl,
    },
    /// `until EVENT`
    Until(EventDecl),
    /// `as_required_by_law`
    AsRequiredByLaw(Span),
    /// `criteria "…"`: the criteria that determine the period, in the
    /// author's words.
    Criteria(Str),
}

/// An event: a keyword (a value of `vocab::EVENTS`) or a phrase in quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventDecl {
    /// A keyword, looked up in `vocab::EVENTS`.
    Keyword(Name),
    /// A phrase in quotes, used verbatim in the text.
    Phrase(Str),
}

/// `right KIND ["label"] { … }`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RightDecl {
    /// The kind of right (a value of `vocab::RIGHTS`).
    pub kind: Name,
    /// An optional reader-visible label.
    pub label: Option<Str>,
    /// `description "…"`
    pub description: Vec<Prop<Str>>,
    /// `via "…", "…"`: how to exercise it.
    pub via: Vec<Prop<Vec<Str>>>,
    /// `within DURATION`: how fast it is answered.
    pub within: Vec<Prop<DurationLit>>,
    /// `anytime`
    pub anytime: Vec<Prop<()>>,
    /// `extendable by DURATION "reason"`: how far the answer time may be
    /// extended, and why.
    pub extendable: Vec<Prop<ExtensionDecl>>,
    /// `not_applicable "reason"`: why the right does not apply.
    pub not_applicable: Vec<Prop<Str>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// The value of `extendable by DURATION "reason"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtensionDecl {
    /// How much longer a request may take.
    pub by: DurationLit,
    /// When the controller extends it.
    pub reason: Str,
}

/// `obligation ID "text"` or `security ID "text"`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextDecl {
    /// The id.
    pub id: Name,
    /// The reader-visible text.
    pub text: Str,
    /// The span of the whole declaration.
    pub span: Span,
}

/// `changes { … }`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangesDecl {
    /// `by AUTHORITY` (a value of `vocab::AUTHORITIES`)
    pub by: Vec<Prop<Name>>,
    /// `notify WAY, …` (values of `vocab::NOTIFY_METHODS`)
    pub notify: Vec<Prop<Vec<Name>>>,
    /// `notice DURATION`
    pub notice: Vec<Prop<DurationLit>>,
    /// `effective MOMENT` (a value of `vocab::TAKES_EFFECT`)
    pub effective: Vec<Prop<Name>>,
    /// `because ID "why"`: the rationale of a change this edition makes.
    pub because: Vec<Prop<BecauseDecl>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// `because ID "why"` as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BecauseDecl {
    /// What the change concerns: the subject of a change in the diff.
    pub subject: Name,
    /// The aspect of the subject's change it explains, if named
    /// (`because profile examples "…"`).
    pub aspect: Option<Name>,
    /// Why the change is made.
    pub text: Str,
}

/// `clause ID in SECTION "text"`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClauseDecl {
    /// The id.
    pub id: Name,
    /// The section it belongs to.
    pub section: Name,
    /// The text, rendered verbatim.
    pub text: Str,
    /// Whether it is marked `contractual`: a term of the contract, which
    /// the notice refers to instead of printing.
    pub contractual: bool,
    /// The span of the whole declaration.
    pub span: Span,
}

/// `test "name" { … }`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestDecl {
    /// The test's name.
    pub name: Str,
    /// Its expectations, in order.
    pub expectations: Vec<ExpectationDecl>,
    /// Its expectations on deadlines (`deadline DATA … is …`), in order.
    pub deadlines: Vec<DeadlineExpectationDecl>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// `deadline DATA [for PURPOSE] [after EVENT DATE, …] is ANSWER [backups DATE]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineExpectationDecl {
    /// The data category.
    pub data: Name,
    /// The purpose whose own retention is asked about, if any.
    pub purpose: Option<Name>,
    /// The events that happened, each with its date, in order.
    pub events: Vec<(EventDecl, Raw)>,
    /// The deadline expected.
    pub answer: DeadlineAnswerDecl,
    /// When the copies in backups are expected to be gone, if stated.
    pub backups: Option<Raw>,
    /// The span of the whole expectation.
    pub span: Span,
}

/// What a deadline expectation expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadlineAnswerDecl {
    /// `is 2029-03-01`
    Date(Raw),
    /// `is at_most 2029-03-01`: capped criteria, erased on the date at the
    /// latest.
    AtMost(Raw),
    /// `is pending account_closure`, `is criteria`: a word of
    /// `vocab::DEADLINE_ANSWERS`, and the event a pending one waits on.
    Word(Name, Option<EventDecl>),
}

/// `allow|deny DATA for PURPOSE|to RECIPIENT [given FACT, …]`,
/// `allow|deny tracker TRACKER [given FACT, …]`,
/// `allow|deny children [given FACT, …]`, or
/// `allow|deny decision DECISION [given FACT, …]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectationDecl {
    /// `true` for `allow`, `false` for `deny`.
    pub allow: bool,
    /// The data category; `None` for a tracker, a child and an automated
    /// decision, which are asked about without one.
    pub data: Option<Name>,
    /// The purpose or recipient.
    pub target: TargetDecl,
    /// The facts asserted.
    pub facts: Vec<Name>,
    /// The span of the whole expectation.
    pub span: Span,
}

/// What an expectation asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetDecl {
    /// `for PURPOSE`
    Use(Name),
    /// `to RECIPIENT`
    Transfer(Name),
    /// `tracker TRACKER`: whether the tracker may be set.
    Tracker(Name),
    /// `children`: whether a user who is a child may use the service.
    Children,
    /// `decision DECISION`: whether the automated decision may be made.
    Decision(Name),
}

/// `tracker ID "label" { … }`: a cookie or similar technology.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrackerDecl {
    /// Properties written but malformed (already reported), so that they
    /// are not reported as missing too.
    pub malformed: Vec<String>,
    /// The tracker id.
    pub id: Name,
    /// The reader-visible label.
    pub label: Option<Str>,
    /// `description "…"`
    pub description: Vec<Prop<Str>>,
    /// `kind KIND` (a value of `vocab::TRACKER_KINDS`)
    pub kind: Vec<Prop<Name>>,
    /// `party first|third` (a value of `vocab::PARTIES`)
    pub party: Vec<Prop<Name>>,
    /// `provider "…"`
    pub provider: Vec<Prop<Str>>,
    /// `provider RECIPIENT`: the provider is a declared recipient.
    pub provider_recipient: Vec<Prop<Name>>,
    /// `lifetime DURATION` or `lifetime session`
    pub lifetime: Vec<Prop<LifetimeDecl>>,
    /// `category CATEGORY` (a value of `vocab::TRACKER_CATEGORIES`)
    pub category: Vec<Prop<Name>>,
    /// `collects DATA, …`
    pub collects: Vec<Prop<Vec<Name>>>,
    /// `serves PURPOSE, …`
    pub serves: Vec<Prop<Vec<Name>>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// A tracker's lifetime as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LifetimeDecl {
    /// `lifetime session`
    Session,
    /// `lifetime DURATION`
    For(DurationLit),
}

/// `children { … }`: the service's stance on children.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChildrenDecl {
    /// Properties written but malformed (already reported), so that they
    /// are not reported as missing too.
    pub malformed: Vec<String>,
    /// `audience AUDIENCE` (a value of `vocab::AUDIENCES`)
    pub audience: Vec<Prop<Name>>,
    /// `minimum_age N`, as written: zero, negative or too large is
    /// refused by the checker (E0372).
    pub minimum_age: Vec<Prop<AgeLit>>,
    /// `knowingly_collects yes|no` (a value of `vocab::YES_NO`)
    pub knowingly_collects: Vec<Prop<Name>>,
    /// `parental_consent "how it is obtained and verified"`
    pub parental_consent: Vec<Prop<Str>>,
    /// `parent_rights RIGHT, …` (values of `vocab::PARENT_RIGHTS`)
    pub parent_rights: Vec<Prop<Vec<Name>>>,
    /// `sale_opt_in "how the opt-in to a sale or share is obtained"`
    pub sale_opt_in: Vec<Prop<Str>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// An age as written (`minimum_age 16`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgeLit {
    /// The number; saturates when it does not fit.
    pub years: i64,
    /// The number as written, for messages.
    pub text: String,
}

/// `decision ID "label" { … }`: a decision based solely on automated
/// processing (GDPR Art. 22).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionDecl {
    /// Properties written but malformed (already reported), so that they
    /// are not reported as missing too.
    pub malformed: Vec<String>,
    /// The decision id.
    pub id: Name,
    /// The reader-visible label.
    pub label: Option<Str>,
    /// `description "…"`
    pub description: Vec<Prop<Str>>,
    /// `uses DATA, …` (may be given several times; the lists add up)
    pub uses: Vec<Prop<Vec<Name>>>,
    /// `logic "…"`
    pub logic: Vec<Prop<Str>>,
    /// `significance "…"`
    pub significance: Vec<Prop<Str>>,
    /// `basis KIND ["law"]` (a value of `vocab::DECISION_BASES`)
    pub basis: Vec<Prop<BasisDecl>>,
    /// `safeguards SAFEGUARD, …` (values of `vocab::SAFEGUARDS`)
    pub safeguards: Vec<Prop<Vec<Name>>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// `commit KIND [AREA]`: a typed commitment, the promise `KIND` (a value
/// of `vocab::COMMITMENTS`) with the area it names, if any (a value of
/// `vocab::AREAS`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitDecl {
    /// The commitment's keyword.
    pub kind: Name,
    /// The area written after it.
    pub area: Option<Name>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// `combine DATA, … "why"`: data sets the controller combines, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CombineDecl {
    /// The data categories combined, as written.
    pub data: Vec<Name>,
    /// Why they are combined.
    pub reason: Str,
    /// The span of the whole declaration.
    pub span: Span,
}
/// `security { … }`: the typed security measures and the breach
/// notification commitments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecurityBlockDecl {
    /// Properties written but malformed (already reported).
    pub malformed: Vec<String>,
    /// `measures MEASURE, …` (may be given several times; the lists add up)
    pub measures: Vec<Prop<Vec<Name>>>,
    /// `breach_notification to PARTY within N hours|without undue delay`
    pub breach_notification: Vec<Prop<BreachDecl>>,
    /// The span of the whole declaration.
    pub span: Span,
}

/// A breach notification as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BreachDecl {
    /// Whom the breach is notified to (a value of `vocab::BREACH_PARTIES`).
    pub to: Name,
    /// The number of hours after `within`, as written; `None` for
    /// `without undue delay`.
    pub within: Option<Name>,
}

/// `section ID "Heading" { after SECTION  summary "…" }`: a section of the
/// author's own (with its heading), or a built-in section's summary
/// (`section collection { summary "…" }`, no heading).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionDecl {
    /// Properties written but malformed (already reported).
    pub malformed: Vec<String>,
    /// The section id: a new one, or a built-in section's keyword.
    pub id: Name,
    /// The heading, for a section of the author's own.
    pub heading: Option<Str>,
    /// `after SECTION`: the section it follows in the text.
    pub after: Vec<Prop<Name>>,
    /// `summary "…"`: what the section says, in a sentence or two, for
    /// the layered notice.
    pub summary: Vec<Prop<Str>>,
    /// The span of the whole declaration.
    pub span: Span,
}
