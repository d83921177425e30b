//! The resolved policy: what a policy means, independent of how it was written.
//!
//! The checker builds a [`Policy`] only from a file without errors, so every
//! reference in it resolves and every value is valid. Backends (text, rules,
//! diff) read nothing else. Inherited facts are already applied: a child
//! data category carries the source, identity and retention of its parent
//! unless it states its own.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The closed sets the rule table carries are the runtime's own types: the
/// compiler writes them into the table as they are, with no mapping to drift.
pub use policy_runtime::{
    Basis, Ground, Identity, RecipientKind, RetentionEnd, RetentionRule, TimeUnit,
};
pub use policy_runtime::{PermittedUse, SpecialCondition};

use crate::span::Span;

/// A whole, checked policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// The policy id (`pro_it_privacy`).
    pub id: String,
    /// The header facts.
    pub header: Header,
    /// Data categories, in declaration order; parents come before children.
    pub data: Vec<DataCategory>,
    /// Purposes, in declaration order.
    pub purposes: Vec<Purpose>,
    /// Recipients, in declaration order.
    pub recipients: Vec<Recipient>,
    /// Transfers, in declaration order.
    pub transfers: Vec<Transfer>,
    /// Retention statements, in declaration order.
    pub retention: Vec<Retention>,
    /// The user's rights, in declaration order.
    pub rights: Vec<Right>,
    /// The user's obligations, in declaration order.
    pub obligations: Vec<Statement>,
    /// Security measures, in declaration order.
    pub security: Vec<Statement>,
    /// How the policy changes, if stated.
    pub changes: Option<ChangePolicy>,
    /// Free clauses, in declaration order.
    pub clauses: Vec<Clause>,
    /// Test blocks, in declaration order.
    pub tests: Vec<TestCase>,
    /// Cookies and similar technologies, in declaration order. Left out
    /// of the JSON when there are none, so editions released before
    /// trackers existed keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trackers: Vec<Tracker>,
    /// The stance on children, if stated. Left out of the JSON when not,
    /// so editions released before it existed keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Children>,
    /// Decisions based solely on automated processing (GDPR Art. 22), in
    /// declaration order. Left out of the JSON when there are none, so
    /// editions released before they existed keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// The typed commitments (`commit …`), in declaration order, each
    /// once. Left out of the JSON when there are none, so editions released
    /// before they existed keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    /// The typed security measures and breach notifications (`security {
    /// … }`), if stated. Left out of the JSON when not, so editions
    /// released before it existed keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_block: Option<SecurityBlock>,
    /// The data sets the controller combines (`combine DATA, … "why"`), in
    /// declaration order. Left out of the JSON when there are none, so
    /// editions released before they existed keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub combinations: Vec<CombinedData>,
    /// The sections declared (`section ID "Heading" { … }`): the author's
    /// own, and the built-in ones given a summary, in declaration order.
    /// Left out of the JSON when there are none, so editions released
    /// before they existed keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<SectionDef>,
    /// The author's strings in each other language the text is published
    /// in (`languages`), by language then path, as its translation files
    /// give them when the edition is built: an edition records the text it
    /// was published with in every language. Empty from `check`, which
    /// reads no translation file; left out of the JSON when empty, so
    /// editions released before it existed keep their bytes.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, BTreeMap<String, String>>,
}

/// Data sets the controller combines, and why (`combine DATA, … "why"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombinedData {
    /// The ids of the data categories combined, each once, in the order
    /// written.
    pub data: Vec<String>,
    /// Why they are combined, as written.
    pub reason: String,
}

/// The facts of the policy header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// The title (`Privacy Policy`).
    pub title: String,
    /// The edition's semantic version.
    pub version: semver::Version,
    /// The date the edition takes effect.
    pub effective: Date,
    /// The language of the text, an ISO 639-1 code.
    pub language: String,
    /// Who is responsible for the processing.
    pub controller: Controller,
    /// The companies that decide with the controller why and how the
    /// information is processed (GDPR Art. 26), in the order written. Left
    /// out of the JSON when there are none, so that the history's editions
    /// read as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joint_controllers: Vec<JointController>,
    /// Where the current edition is published.
    pub published: String,
    /// When the edition was published (`published DATE "URL"`), before it
    /// takes effect; the change notice and the text's header line state
    /// it. Left out of the JSON when not given, so that the history's
    /// editions read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<Date>,
    /// How to contact the controller about the policy: an e-mail or web
    /// address; `None` for `contact unstated`, or none under regimes that
    /// do not ask for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The law that governs the processing, if stated.
    pub governing_law: Option<String>,
    /// How the user accepts the policy, if stated.
    pub acceptance: Option<Acceptance>,
    /// Which information the policy covers, if stated.
    pub scope: Option<String>,
    /// The agreements the policy is part of.
    pub part_of: Vec<String>,
    /// The legal regimes the policy answers to (`regimes gdpr, ccpa`):
    /// `None` when the header does not say, empty for `regimes none`.
    /// Absent from the JSON of an edition that does not say, so editions
    /// released before regimes existed keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regimes: Option<Vec<Regime>>,
    /// How the text names the controller and the reader; third person
    /// when not stated, and then left out of the history's JSON.
    #[serde(default, skip_serializing_if = "Voice::is_default")]
    pub voice: Voice,
    /// The languages the text is published in (`languages`), the policy's
    /// own `language` among them; empty when only that one, and then left
    /// out of the history's JSON.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The "Do Not Sell or Share My Personal Information" link of US state
    /// law (`do_not_sell "URL"`), if stated. Left out of the model's JSON
    /// when absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub do_not_sell: Option<String>,
    /// The "Limit the Use of My Sensitive Personal Information" link of
    /// California law (`limit_sensitive_link "URL"`), if stated. Left out
    /// of the model's JSON when absent, so released editions keep their
    /// bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_sensitive_link: Option<String>,
    /// Whether Do Not Track signals are honoured, if stated; left out of
    /// the JSON when not, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub do_not_track: Option<Stance>,
    /// Whether Global Privacy Control signals are honoured, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpc: Option<Stance>,
    /// How a request to know, delete or correct is verified
    /// (`verification "…"`, 11 CCR §7060–§7062), if stated. Left out of
    /// the JSON when not, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<String>,
    /// How an authorized agent makes a request for the user
    /// (`authorized_agents "…"`, 11 CCR §7063), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized_agents: Option<String>,
    /// `automated_decisions none`: the controller states that it makes no
    /// decision based solely on automated processing (GDPR Art. 13(2)(f)).
    /// Left out of the JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_automated_decisions: bool,
}

/// The policy's stance on a privacy signal a browser sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// The signal is acted on.
    Honoured,
    /// The signal is not acted on.
    Ignored,
}

/// A privacy signal a browser sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// Do Not Track (the `DNT` header).
    DoNotTrack,
    /// Global Privacy Control (the `Sec-GPC` header).
    Gpc,
}

/// A legal regime a policy answers to: the checks that judge what the
/// policy must disclose follow the regimes it declares (`vocab::REGIMES`
/// gives each one's name and citation style).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// The EU General Data Protection Regulation (2016/679).
    Gdpr,
    /// The UK GDPR, with the Data Protection Act 2018.
    UkGdpr,
    /// The California Consumer Privacy Act, as amended by the CPRA.
    Ccpa,
    /// The comprehensive consumer privacy laws of the other US states.
    UsStateLaws,
    /// The US Children's Online Privacy Protection Act.
    Coppa,
    /// Brazil's Lei Geral de Proteção de Dados.
    Lgpd,
    /// South Africa's Protection of Personal Information Act.
    Popia,
}

/// How the text names the controller and the reader (`voice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// The controller is "we", the reader "you".
    WeYou,
    /// The controller by name, the reader "the User" (the seed's form).
    #[default]
    ThirdPerson,
}

impl Voice {
    /// Whether this is the voice of a policy that states none.
    pub fn is_default(&self) -> bool {
        *self == Voice::default()
    }
}

/// The company responsible for the processing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Controller {
    /// The company's name.
    pub name: String,
    /// The name of the service the policy covers.
    pub service: String,
    /// The service's website, if stated.
    pub website: Option<String>,
    /// The company's postal address, if stated.
    pub address: Option<String>,
    /// Whether the controller is several companies (`plural`), which takes
    /// plural agreement in the text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plural: bool,
    /// The country where the controller is established, if stated (GDPR
    /// Art. 13(1)(a), Art. 27). Left out of the JSON when unstated, so
    /// that the history's editions read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The data protection officer, or why there is none (GDPR Art. 37,
    /// 13(1)(b)). Left out of the JSON when unstated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Dpo>,
    /// The controller's representative in the EU (GDPR Art. 27), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_representative: Option<String>,
    /// The controller's representative in the UK (UK GDPR Art. 27), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk_representative: Option<String>,
    /// The lead supervisory authority of a controller with its main
    /// establishment in the Union (GDPR Art. 56(1)), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_authority: Option<String>,
}

/// A company named in the header as a joint controller with the
/// controller (GDPR Art. 26): the text gives its identity and the essence
/// of the arrangement between them (Art. 13(1)(a), 26(2)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JointController {
    /// The company's name.
    pub name: String,
    /// Its postal address, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The country where it is established, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The essence of the arrangement between the joint controllers, if
    /// stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<String>,
}

/// The data protection officer as the controller block states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dpo {
    /// `dpo "contact"`: how to reach the data protection officer.
    Contact {
        /// An e-mail address, URL or postal address.
        contact: String,
    },
    /// `dpo none "reason"`: no officer is designated, and why.
    None {
        /// Why the controller need not designate one (Art. 37(1)).
        reason: String,
    },
}

impl Dpo {
    /// The declared text, for diffs: the contact, or the reason.
    #[must_use]
    pub fn text(&self) -> String {
        match self {
            Self::Contact { contact } => contact.clone(),
            Self::None { reason } => format!("none: {reason}"),
        }
    }
}

/// A calendar date that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// The date if it exists in the Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days && year >= 1).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, refusing dates that do not exist.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(year, month, day)
    }

    /// The English month name.
    pub fn month_name(self) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        #[expect(
            clippy::indexing_slicing,
            reason = "a Date's month is 1 to 12: Date::new, Date::parse and deserializing check it, and the crate's constant dates state months in range"
        )]
        NAMES[usize::from(self.month.saturating_sub(1))]
    }

    /// The date in words: `1 December 2026`.
    pub fn long(self) -> String {
        format!("{} {} {}", self.day, self.month_name(), self.year)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date that exists")))
    }
}

/// How the user accepts the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Acceptance {
    /// Using the service means accepting the policy (seed 1.2).
    ByUse,
    /// The user accepts explicitly, for example by ticking a box.
    ByExplicitAgreement,
}

/// A type of information the service processes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataCategory {
    /// The dotted id (`account.email`).
    pub id: String,
    /// The reader-visible label.
    pub label: String,
    /// The id of the parent category, for a dotted id.
    pub parent: Option<String>,
    /// A longer description, if stated.
    pub description: Option<String>,
    /// How the information is obtained (own or inherited), if stated: the
    /// first source written, the whole of it when there is one unnamed.
    pub source: Option<Source>,
    /// Every source of the information (own or inherited), in the order
    /// written, when they say more than [`source`](Self::source): several
    /// sources, or one named (`source user, third_party "payment
    /// providers"`). Empty otherwise, and then left out of the JSON, so
    /// released editions keep their bytes; read it through
    /// [`all_sources`](Self::all_sources).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<NamedSource>,
    /// Whether it identifies the user (own or inherited; identified when nothing says).
    pub identity: Identity,
    /// The special category (GDPR Art. 9), if any.
    pub special: Option<SpecialCategory>,
    /// The sensitive personal information of US state law it is, if any;
    /// its own, never inherited. Left out of the model's JSON when absent,
    /// so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<SensitiveCategory>,
    /// The categories of personal information of the CCPA it belongs to
    /// (`ccpa_category identifiers, customer_records`), each once, in the
    /// statute's order; its own, or its parent's when it states none.
    /// Left out of the model's JSON when empty, so released editions keep
    /// their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ccpa_categories: Vec<CcpaCategory>,
    /// Examples, in the order written.
    pub examples: Vec<String>,
    /// Whether [`examples`](Self::examples) only illustrates the data
    /// (`examples open`); otherwise the list is the whole of it. Left out
    /// of the JSON when false, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub examples_open: bool,
    /// Whether the user must provide it, if stated.
    pub requirement: Option<Requirement>,
    /// When it is collected, if stated.
    pub collected: Option<String>,
    /// How long it is kept (own or inherited); empty when nothing says.
    pub retention: Vec<Period>,
    /// How the alternatives of [`retention`](Self::retention) combine,
    /// inherited with them. `last` is what `or` meant before rules were
    /// written, so it is left out of the JSON and released editions keep
    /// their bytes.
    #[serde(default, skip_serializing_if = "is_last")]
    pub retention_rule: RetentionRule,
    /// What happens when the retention ends (`then delete|anonymise`),
    /// inherited with it; left out of the JSON when not stated, so
    /// released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_end: Option<RetentionEnd>,
    /// How long copies remain in backups once the retention ends
    /// (`backups for 35 days`), inherited with it; left out of the JSON
    /// when not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Duration>,
    /// The retentions specific to a purpose (`retain DATA when_used_for
    /// PURPOSE …`), own or inherited from the nearest ancestor that states
    /// one for that purpose, in the order of the purposes' declarations;
    /// each takes the place of [`retention`](Self::retention) for the data
    /// used for its purpose. Left out of the JSON when empty, so released
    /// editions keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purpose_retention: Vec<PurposeRetention>,
    /// Whether the category declares that, combined with personal
    /// information, it is treated as personal information
    /// (`when_combined identified`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub when_combined: bool,
    /// The key of fideslang's default taxonomy the category maps to, if
    /// stated; its own, never inherited (`policyc export fides`). Left out
    /// of the JSON when absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fides: Option<String>,
    /// The label of repeated mentions (`short "…"`), if stated; absent
    /// from the serialized model when not, so older editions read alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// How data declared `identity anonymous` was made anonymous
    /// (`anonymised_by "…"`), its own or inherited with the identity; left
    /// out of the JSON when absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymised_by: Option<String>,
    /// What requires the user to provide the data and what follows if
    /// they do not (`required by contract "…"`, GDPR Art. 13(2)(e)); its
    /// own, never inherited. Left out of the JSON when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_by: Option<RequirementReason>,
}

/// Why data must be provided, and the consequence of not providing it
/// (GDPR Art. 13(2)(e)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementReason {
    /// What requires it.
    pub by: RequiredBy,
    /// What follows if the user does not provide it, in the author's words.
    pub consequence: String,
}

/// What requires the user to provide data (GDPR Art. 13(2)(e)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequiredBy {
    /// A statutory requirement.
    Law,
    /// A contractual requirement.
    Contract,
    /// A requirement necessary to enter into a contract.
    EnteringContract,
}

/// Whether data of this identity can identify the user, directly or with
/// additional information: identified or pseudonymized. Depersonalized
/// and anonymous data cannot.
pub fn identifies(identity: Identity) -> bool {
    matches!(identity, Identity::Identified | Identity::Pseudonymized)
}

impl DataCategory {
    /// The label of a repeated mention: the `short` label, or the label.
    pub fn short_label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.label)
    }

    /// Every source of the information, in the order written: the
    /// [`sources`](Self::sources) list, or the one unnamed
    /// [`source`](Self::source); empty when none is stated.
    pub fn all_sources(&self) -> Vec<NamedSource> {
        if self.sources.is_empty() {
            self.source
                .map(|kind| NamedSource { kind, name: None })
                .into_iter()
                .collect()
        } else {
            self.sources.clone()
        }
    }
}

/// One source of a data category: how the information is obtained and,
/// for a third party or a publicly available source, which one (GDPR
/// Art. 14(2)(f), the categories of sources of US state law).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NamedSource {
    /// How the information is obtained.
    pub kind: Source,
    /// The source's name as written (`"payment providers"`), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// How information is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The user provides it.
    User,
    /// The user's device sends it automatically.
    Device,
    /// The service derives it from other data.
    Derived,
    /// A third party provides it.
    ThirdParty,
    /// It is obtained from a publicly available source (a public
    /// register, what the user made public).
    PubliclyAvailable,
}

/// The special categories of GDPR Art. 9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategory {
    /// Racial or ethnic origin.
    RacialOrEthnicOrigin,
    /// Political opinions.
    PoliticalOpinions,
    /// Religious or philosophical beliefs.
    ReligiousBeliefs,
    /// Trade union membership.
    TradeUnionMembership,
    /// Genetic data.
    Genetic,
    /// Biometric data used to identify a person.
    Biometric,
    /// Data concerning health.
    Health,
    /// Data concerning sex life or sexual orientation.
    SexLife,
}

/// Whether the user must provide a data category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Needed to use the service.
    Required,
    /// Provided at the user's discretion.
    Optional,
}

/// Why data is processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Purpose {
    /// The purpose id.
    pub id: String,
    /// The reader-visible label.
    pub label: String,
    /// A longer description, if stated.
    pub description: Option<String>,
    /// The data categories it uses, as declared (parents cover their children).
    pub uses: Vec<String>,
    /// The legal basis.
    pub basis: Basis,
    /// The legitimate interest pursued, for that basis.
    pub interest: Option<String>,
    /// Whether the purpose may use depersonalized data only.
    pub only_depersonalized: bool,
    /// The data use of fideslang's default taxonomy the purpose maps to,
    /// if stated (`policyc export fides`). Left out of the JSON when
    /// absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fides: Option<String>,
    /// The label of repeated mentions (`short "…"`), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// Whether the purpose evaluates personal aspects of the user
    /// (`profiling`, GDPR Art. 4(4)); left out of the JSON when not, so
    /// released editions keep their bytes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub profiling: bool,
    /// Whether the purpose is direct marketing (`direct_marketing`, GDPR
    /// Art. 21(2)); left out of the JSON when not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub direct_marketing: bool,
    /// The condition of GDPR Art. 9(2) under which the purpose processes
    /// special categories (`special_condition …`), if stated; left out of
    /// the JSON when absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_condition: Option<SpecialConditionStated>,
    /// The purpose 11 CCR §7027(m) permits for sensitive personal
    /// information that the purpose serves (`permitted_use …`), if stated:
    /// the user's limit never stops its uses. Left out of the JSON when
    /// absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permitted_use: Option<PermittedUse>,
}

/// A condition of GDPR Art. 9(2) as a purpose states it: the condition,
/// and the law it rests on where it rests on one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialConditionStated {
    /// The condition (a value of `vocab::SPECIAL_CONDITIONS`).
    pub condition: SpecialCondition,
    /// The law or purpose it rests on (`special_condition health_care
    /// "…"`), if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
}

impl Purpose {
    /// The label of a repeated mention: the `short` label, or the label.
    pub fn short_label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.label)
    }

    /// Whether the user's limit of the use of their sensitive personal
    /// information stops this purpose's uses of it: its basis is not one
    /// that carries a purpose 11 CCR §7027(m) permits
    /// ([`Basis::limitable`]) and it names no permitted use
    /// (`permitted_use`).
    pub fn limitable(&self) -> bool {
        self.basis.limitable() && self.permitted_use.is_none()
    }

    /// Whether the purpose uses sensitive personal information: a data
    /// category of `data` it uses, or one inside it, is `sensitive`.
    pub fn uses_sensitive(&self, data: &[DataCategory]) -> bool {
        data.iter()
            .any(|d| d.sensitive.is_some() && self.uses.iter().any(|id| is_within(&d.id, id)))
    }
}

/// Who data may be sent to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    /// The recipient id.
    pub id: String,
    /// The reader-visible label.
    pub label: String,
    /// A longer description, if stated.
    pub description: Option<String>,
    /// What kind of recipient, if stated.
    pub kind: Option<RecipientKind>,
    /// The country, for a recipient abroad.
    pub country: Option<String>,
    /// The safeguard for a transfer abroad.
    pub safeguard: Option<String>,
    /// Whether the recipient takes on the obligations of this policy.
    pub bound_by_policy: bool,
    /// What disclosing data to the recipient is under US state law
    /// (`disclosed_as sale, share`); empty when none. Left out of the
    /// model's JSON when empty, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclosed_as: Vec<Disclosure>,
    /// What a transfer abroad to the recipient rests on (`mechanism …`,
    /// GDPR Ch. V), if stated; its `safeguard` text describes it. Left
    /// out of the model's JSON when absent, so released editions keep
    /// their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<Mechanism>,
    /// Where to obtain a copy of the safeguards (`copy "…"`, GDPR
    /// Art. 13(1)(f)), if stated; left out of the JSON when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy: Option<String>,
    /// Whether the recipient is an independent or a joint controller
    /// (`role …`, GDPR Art. 26), if stated; left out of the JSON when
    /// absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<ControllerRole>,
    /// The essence of the arrangement between joint controllers
    /// (`arrangement "…"`, GDPR Art. 26(2)), if stated; left out of the
    /// JSON when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<String>,
}

/// What a recipient that decides for itself why and how data is processed
/// is to the controller: the keyword of `role`, a value of `vocab::ROLES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControllerRole {
    /// It decides alone, for its own ends.
    IndependentController,
    /// It decides jointly with the controller (GDPR Art. 26).
    JointController,
}

/// What a transfer to a country outside the regime's area rests on (GDPR
/// Ch. V): the keyword of `mechanism`, a value of `vocab::MECHANISMS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MechanismKind {
    /// An adequacy decision for the recipient's country (Art. 45).
    Adequacy,
    /// Standard data protection clauses (Art. 46(2)(c), (d)).
    StandardContractualClauses,
    /// Binding corporate rules (Art. 46(2)(b), 47).
    BindingCorporateRules,
    /// An approved code of conduct with binding commitments (Art. 46(2)(e)).
    CodeOfConduct,
    /// An approved certification with binding commitments (Art. 46(2)(f)).
    Certification,
    /// A derogation for a specific situation (Art. 49(1)), with its case.
    Derogation,
}

/// The case of an Art. 49(1) derogation: a value of `vocab::DEROGATIONS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Derogation {
    /// The user explicitly consented to the transfer (Art. 49(1)(a)).
    ExplicitConsent,
    /// The transfer is necessary for a contract with the user (Art. 49(1)(b)).
    Contract,
    /// Important reasons of public interest (Art. 49(1)(d)).
    PublicInterest,
    /// Legal claims (Art. 49(1)(e)).
    LegalClaims,
    /// Vital interests, where consent cannot be given (Art. 49(1)(f)).
    VitalInterests,
}

impl Derogation {
    /// The transfer ground the derogation's case is: a transfer to a
    /// recipient on this derogation rests on it and on nothing else
    /// (E0432). The explicit consent of Art. 49(1)(a) is the ground
    /// `consent` (its fact `consent:RECIPIENT`), the contract of Art.
    /// 49(1)(b) the ground `contract`. The other cases have no ground of
    /// their own (`legal_obligation` is a law of the Union or a member
    /// state, not the public interest a derogation needs; `rights_protection`
    /// is wider than a legal claim), and are not matched.
    pub fn ground(self) -> Option<Ground> {
        match self {
            Self::ExplicitConsent => Some(Ground::Consent),
            Self::Contract => Some(Ground::Contract),
            Self::PublicInterest | Self::LegalClaims | Self::VitalInterests => None,
        }
    }
}

/// A recipient's transfer mechanism: a derogation always carries its case,
/// and no other mechanism has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mechanism {
    /// An adequacy decision (Art. 45).
    Adequacy,
    /// Standard data protection clauses (Art. 46(2)(c), (d)).
    StandardContractualClauses,
    /// Binding corporate rules (Art. 47).
    BindingCorporateRules,
    /// An approved code of conduct (Art. 46(2)(e)).
    CodeOfConduct,
    /// An approved certification (Art. 46(2)(f)).
    Certification,
    /// A derogation for a specific situation, with its case (Art. 49(1)).
    Derogation(Derogation),
}

impl Mechanism {
    /// The mechanism of `kind`, with `case` for a derogation; `None` when a
    /// derogation has no case or another mechanism has one.
    pub fn new(kind: MechanismKind, case: Option<Derogation>) -> Option<Self> {
        match (kind, case) {
            (MechanismKind::Derogation, Some(case)) => Some(Self::Derogation(case)),
            (MechanismKind::Derogation, None) | (_, Some(_)) => None,
            (MechanismKind::Adequacy, None) => Some(Self::Adequacy),
            (MechanismKind::StandardContractualClauses, None) => {
                Some(Self::StandardContractualClauses)
            }
            (MechanismKind::BindingCorporateRules, None) => Some(Self::BindingCorporateRules),
            (MechanismKind::CodeOfConduct, None) => Some(Self::CodeOfConduct),
            (MechanismKind::Certification, None) => Some(Self::Certification),
        }
    }

    /// Its keyword's value.
    pub fn kind(self) -> MechanismKind {
        match self {
            Self::Adequacy => MechanismKind::Adequacy,
            Self::StandardContractualClauses => MechanismKind::StandardContractualClauses,
            Self::BindingCorporateRules => MechanismKind::BindingCorporateRules,
            Self::CodeOfConduct => MechanismKind::CodeOfConduct,
            Self::Certification => MechanismKind::Certification,
            Self::Derogation(_) => MechanismKind::Derogation,
        }
    }

    /// The case, for a derogation.
    pub fn case(self) -> Option<Derogation> {
        match self {
            Self::Derogation(case) => Some(case),
            _ => None,
        }
    }
}

/// The sensitive personal information of the CPRA (Cal. Civ. Code
/// §1798.140(ae)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SensitiveCategory {
    /// Government identifiers (Cal. Civ. Code §1798.140(ae)(1)(A)).
    GovernmentId,
    /// Account credentials (Cal. Civ. Code §1798.140(ae)(1)(B)): the
    /// whole limb, an account log-in and a financial account or card
    /// number with its code or password.
    AccountCredentials,
    /// An account log-in with the password or other credential that
    /// gives access to the account, the first half of the limb (Cal. Civ.
    /// Code §1798.140(ae)(1)(B)).
    AccountLogin,
    /// A financial account, debit card or credit card number with the
    /// code or password that gives access to the account, the second half
    /// of the limb (Cal. Civ. Code §1798.140(ae)(1)(B)).
    FinancialAccount,
    /// Precise geolocation (Cal. Civ. Code §1798.140(ae)(1)(C)).
    PreciseGeolocation,
    /// Racial or ethnic origin (Cal. Civ. Code §1798.140(ae)(1)(D)).
    RacialOrEthnicOrigin,
    /// Religious or philosophical beliefs (Cal. Civ. Code §1798.140(ae)(1)(D)).
    ReligiousBeliefs,
    /// Union membership (Cal. Civ. Code §1798.140(ae)(1)(D)).
    UnionMembership,
    /// Citizenship or immigration status (Cal. Civ. Code §1798.140(ae)(1)(D)).
    CitizenshipOrImmigration,
    /// The contents of communications (Cal. Civ. Code §1798.140(ae)(1)(E)).
    CommunicationsContent,
    /// Genetic data (Cal. Civ. Code §1798.140(ae)(1)(F)).
    Genetic,
    /// Neural data (Cal. Civ. Code §1798.140(ae)(1)(G)).
    Neural,
    /// Biometric information (Cal. Civ. Code §1798.140(ae)(2)(A)).
    Biometric,
    /// Health information (Cal. Civ. Code §1798.140(ae)(2)(B)).
    Health,
    /// Sex life or sexual orientation (Cal. Civ. Code §1798.140(ae)(2)(C)).
    SexLifeOrOrientation,
}

/// A category of personal information of the CCPA (Cal. Civ. Code
/// §1798.140(v)(1)(A)–(K)), in the statute's order; the privacy policy
/// lists the categories collected in these terms (11 CCR §7011(e)(1)(A)).
/// The statute's (L), sensitive personal information, is what `sensitive`
/// says, so it is not among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CcpaCategory {
    /// Identifiers (§1798.140(v)(1)(A)).
    Identifiers,
    /// Personal information described in §1798.80(e) (§1798.140(v)(1)(B)).
    CustomerRecords,
    /// Characteristics of protected classifications (§1798.140(v)(1)(C)).
    ProtectedClassifications,
    /// Commercial information (§1798.140(v)(1)(D)).
    CommercialInformation,
    /// Biometric information (§1798.140(v)(1)(E)).
    BiometricInformation,
    /// Internet or other electronic network activity information
    /// (§1798.140(v)(1)(F)).
    InternetActivity,
    /// Geolocation data (§1798.140(v)(1)(G)).
    GeolocationData,
    /// Audio, electronic, visual, thermal, olfactory, or similar
    /// information (§1798.140(v)(1)(H)).
    SensoryInformation,
    /// Professional or employment-related information (§1798.140(v)(1)(I)).
    ProfessionalInformation,
    /// Non-public education information (§1798.140(v)(1)(J)).
    EducationInformation,
    /// Inferences drawn to create a profile (§1798.140(v)(1)(K)).
    Inferences,
}

/// What a disclosure is under US state privacy law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disclosure {
    /// A sale: personal information made available for monetary or other
    /// valuable consideration (Cal. Civ. Code §1798.140(ad)).
    Sale,
    /// Sharing for cross-context behavioural advertising (Cal. Civ. Code
    /// §1798.140(ah)).
    Share,
    /// Processing for targeted advertising (Va. Code §59.1-575).
    TargetedAdvertising,
}

/// Which data may go to which recipient, on which grounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transfer {
    /// The data categories (parents cover their children).
    pub data: Vec<String>,
    /// The recipient id.
    pub recipient: String,
    /// The grounds; any one suffices. Never empty: a transfer whose
    /// source states no ground holds [`Ground::Unstated`].
    pub grounds: Vec<Ground>,
    /// The purposes the transfer serves (`for PURPOSE, …`), each of which
    /// uses all its data; empty when it names none. Left out of the model's
    /// JSON when empty, so that editions released before it keep their
    /// bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<String>,
    /// The legitimate interest pursued, stated after the ground
    /// `legitimate_interest`; `None` for a transfer without that ground.
    /// Left out of the JSON when absent, so that released editions keep
    /// their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest: Option<String>,
    /// What this transfer itself is under US state law (`… disclosed_as
    /// sale`), each value once, in the set's order; empty when the line
    /// says none. Its recipient's `disclosed_as` adds to it: read both
    /// through [`Transfer::disclosures`]. Left out of the JSON when
    /// empty, so that released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclosed_as: Vec<Disclosure>,
}

impl Transfer {
    /// What this transfer is under US state law: its own `disclosed_as`
    /// and its recipient's (`recipients` holds it, or the recipient adds
    /// nothing), each value once, in the set's order. Every reader of a
    /// transfer's sale, sharing or targeted advertising reads it here.
    #[must_use]
    pub fn disclosures(&self, recipients: &[Recipient]) -> Vec<Disclosure> {
        let of_recipient = recipients
            .iter()
            .find(|r| r.id == self.recipient)
            .map_or(&[][..], |r| r.disclosed_as.as_slice());
        let mut all: Vec<Disclosure> = self
            .disclosed_as
            .iter()
            .chain(of_recipient)
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// What this transfer adds, under US state law, to what its recipient
    /// is: the [`disclosures`](Self::disclosures) the recipient's own
    /// `disclosed_as` does not state, which the rule table carries on the
    /// transfer's rule.
    #[must_use]
    pub fn own_disclosures(&self, recipients: &[Recipient]) -> Vec<Disclosure> {
        let of_recipient = recipients
            .iter()
            .find(|r| r.id == self.recipient)
            .map_or(&[][..], |r| r.disclosed_as.as_slice());
        self.disclosures(recipients)
            .into_iter()
            .filter(|d| !of_recipient.contains(d))
            .collect()
    }
}

/// How long some categories are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    /// The data categories, as declared.
    pub data: Vec<String>,
    /// `when_used_for PURPOSE, …`: the purposes the retention is specific
    /// to, as declared; empty (left out of the JSON, so released editions
    /// keep their bytes) for the data's own retention.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<String>,
    /// Alternative periods, in the order written; empty for `retain DATA
    /// unstated`, where the source does not say how long it is kept.
    pub periods: Vec<Period>,
    /// How the alternatives combine (`, whichever comes first|last`);
    /// `last` (left out of the JSON) when one period is written.
    #[serde(default, skip_serializing_if = "is_last")]
    pub rule: RetentionRule,
    /// `then delete|anonymise`, when written; left out of the JSON
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<RetentionEnd>,
    /// `backups for DURATION`, when written; left out of the JSON
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Duration>,
}

/// How long a category is kept when used for one purpose (`retain DATA
/// when_used_for PURPOSE …`), in place of its own retention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeRetention {
    /// The purpose's id.
    pub purpose: String,
    /// Alternative periods, in the order written.
    pub periods: Vec<Period>,
    /// How the alternatives combine; `last` is left out of the JSON.
    #[serde(default, skip_serializing_if = "is_last")]
    pub rule: RetentionRule,
    /// `then delete|anonymise`, when written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<RetentionEnd>,
    /// `backups for DURATION`, when written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Duration>,
}

impl DataCategory {
    /// The retention specific to `purpose`, when the policy states one.
    pub fn retention_for(&self, purpose: &str) -> Option<&PurposeRetention> {
        self.purpose_retention.iter().find(|r| r.purpose == purpose)
    }
}

/// Whether a retention rule is `last`, the meaning of `or` in editions
/// released before rules were written: left out of the JSON.
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_last(rule: &RetentionRule) -> bool {
    *rule == RetentionRule::Last
}

/// One retention period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Period {
    /// A fixed duration from an event.
    For {
        /// How long.
        duration: Duration,
        /// From which event, in words (`collection`).
        from: String,
    },
    /// Until an event.
    Until {
        /// The event, in words.
        event: String,
    },
    /// As long as the law requires.
    AsRequiredByLaw,
    /// For a period determined by criteria, in the author's words, where
    /// no period can be given (`criteria "…"`, GDPR Art. 13(2)(a)). Stands
    /// alone: never joined to another period with `or`.
    Criteria {
        /// The criteria, in words.
        criteria: String,
        /// `at_most DURATION from EVENT`: the cap, when written; the data
        /// is deleted no later than its end, whatever the criteria say.
        /// Left out of the JSON otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at_most: Option<Cap>,
    },
}

/// A cap on a retention by criteria (`at_most 90 days from collection`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cap {
    /// How long at most.
    pub duration: Duration,
    /// From which event, in words (`collection`).
    pub from: String,
}

/// A positive length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Duration {
    /// How many units, at least one.
    pub amount: u32,
    /// The unit.
    pub unit: TimeUnit,
}

impl Duration {
    /// An approximate length in days, for comparing durations.
    pub fn approx_days(self) -> u64 {
        let per_unit: u64 = match self.unit {
            TimeUnit::Day => 1,
            TimeUnit::Week => 7,
            TimeUnit::Month => 30,
            TimeUnit::Year => 365,
        };
        u64::from(self.amount) * per_unit
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = self.unit.as_str();
        if self.amount == 1 {
            write!(f, "1 {unit}")
        } else {
            write!(f, "{} {unit}s", self.amount)
        }
    }
}

/// A right of the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Right {
    /// Which right.
    pub kind: RightKind,
    /// A reader-visible label, if stated.
    pub label: Option<String>,
    /// A longer description, if stated.
    pub description: Option<String>,
    /// How to exercise it: addresses or channels.
    pub via: Vec<String>,
    /// How fast a request is answered, if stated.
    pub within: Option<Duration>,
    /// Whether it can be exercised at any time.
    pub anytime: bool,
    /// How far the answer time may be extended, and why (GDPR Art.
    /// 12(3)). Left out of the JSON when unstated, so that the history's
    /// editions read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Extension>,
    /// Why the right does not apply, where the author says so (`right
    /// KIND not_applicable "reason"`): the text then says that instead of
    /// stating the right. Left out of the JSON when unstated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<String>,
}

/// `extendable by DURATION "reason"`: a further time to answer a request,
/// and when the controller takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    /// How much longer a request may take.
    pub by: Duration,
    /// When the controller extends the time, in the author's words.
    pub reason: String,
}

/// The rights of GDPR Art. 15–22 and 77.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RightKind {
    /// Access to one's data.
    Access,
    /// Correction of inaccurate data.
    Rectification,
    /// Erasure.
    Erasure,
    /// Restriction of processing.
    Restriction,
    /// Data portability.
    Portability,
    /// Objection to processing.
    Objection,
    /// Withdrawal of consent.
    WithdrawConsent,
    /// A complaint to a supervisory authority.
    Complaint,
    /// US state law: opting out of the sale and the sharing of one's data
    /// (Cal. Civ. Code §1798.120).
    OptOutSaleShare,
    /// US state law: limiting the use of sensitive personal information to
    /// the permitted purposes (Cal. Civ. Code §1798.121).
    LimitSensitive,
    /// US state law: knowing what is collected, used and disclosed (Cal.
    /// Civ. Code §1798.110).
    Know,
    /// US state law: appealing a refusal to act on a request.
    Appeal,
    /// US state law: no discrimination for exercising a right (Cal. Civ.
    /// Code §1798.125).
    NonDiscrimination,
    /// Not to be subject to a decision based solely on automated
    /// processing (GDPR Art. 22).
    AutomatedDecisions,
}

/// A sentence with an id: an obligation of the user or a security measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The id.
    pub id: String,
    /// The reader-visible text, verbatim.
    pub text: String,
}

/// How the policy changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePolicy {
    /// Who may change it, if stated.
    pub by: Option<ChangeAuthority>,
    /// How users are told.
    pub notify: Vec<NotifyMethod>,
    /// How long before a change takes effect users are told, if stated.
    pub notice: Option<Duration>,
    /// When a new edition takes effect, if stated.
    pub effective: Option<TakesEffect>,
    /// Why this edition makes its changes, by what each concerns: part of
    /// the edition, not of the reader's text. Left out of the JSON when
    /// empty, so editions written before it keep their digests.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rationales: Vec<Rationale>,
}

/// Why an edition makes a change (`because ID "why"`, or `because ID
/// ASPECT "why"` for one aspect of what changed about it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rationale {
    /// What the change concerns: the subject of a change in the diff (a
    /// data category, purpose or recipient id, a right's kind, a setting
    /// of `changes`).
    pub subject: String,
    /// Which aspect of the subject's change the reason explains
    /// (`because profile examples "…"`): only the changes of that family
    /// of kinds (`diff::kind::aspect_kinds`). Without one, the reason
    /// explains every change of the subject. Left out of the JSON when
    /// absent, so editions written before it keep their digests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspect: Option<ChangeAspect>,
    /// Why, in the author's words.
    pub text: String,
}

/// Who may change the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeAuthority {
    /// The service, on its own.
    Unilateral,
    /// Only with the user's agreement.
    Agreement,
}

/// An aspect of what changed about a subject, which a reason may name
/// (`because device retention "…"`); each stands for a family of change
/// kinds (`diff::kind::aspect_kinds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeAspect {
    /// What a data category covers: its examples, open or closed.
    Examples,
    /// How long data is kept, how the periods combine, what happens at
    /// the end, and how long copies stay in backups.
    Retention,
    /// Whether data combined with personal information is treated as
    /// personal information.
    Combined,
    /// Whether the user must provide the data.
    Requirement,
    /// Where the data comes from.
    Source,
    /// How directly the data identifies the user.
    Identity,
    /// The data a purpose uses.
    Data,
    /// A purpose's legal basis.
    Basis,
    /// Whether a purpose profiles the user.
    Profiling,
    /// The label or short label.
    Label,
    /// The description.
    Description,
}

/// How users are told of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotifyMethod {
    /// The new edition is placed on the website.
    OnWebsite,
    /// An e-mail to the user.
    ByEmail,
    /// A notice inside the service.
    InService,
}

/// When a new edition takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TakesEffect {
    /// When it is published, unless the edition says otherwise.
    OnPublication,
    /// When the notice period has passed.
    AfterNotice,
}

/// Free text for what the model does not cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clause {
    /// The id.
    pub id: String,
    /// The section it belongs to: a built-in one, or one the policy
    /// declares (written as its keyword or id either way).
    pub section: SectionRef,
    /// The text, verbatim.
    pub text: String,
    /// Whether it is a contractual term (`contractual`): the text refers
    /// to the terms instead of printing it. Left out of the JSON when
    /// false, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contractual: bool,
}

/// A section a clause is in, or a custom section follows: a built-in
/// section or one the policy declares. Written in the JSON as the keyword
/// or the id alone, so that editions released before custom sections
/// existed keep their bytes; a declared id is never a built-in keyword
/// (E0451), so the two cannot be confused when read back.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SectionRef {
    /// A built-in section.
    Builtin(Section),
    /// A section the policy declares, by its id.
    Custom(String),
}

// `SectionRef::id`, which reads the vocabulary, is declared in `vocab`:
// the model does not depend on it.
impl SectionRef {
    /// Whether this is the built-in section `which`.
    pub fn is(&self, which: Section) -> bool {
        *self == SectionRef::Builtin(which)
    }
}

/// A `section` declaration: a section of the author's own (with its
/// heading), or a built-in section given a summary (no heading).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionDef {
    /// The section: its own id, or the built-in section it summarises.
    pub id: SectionRef,
    /// The heading of a section of the author's own, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The section it follows in the text (`after SECTION`); a custom
    /// section without one follows the built-in sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<SectionRef>,
    /// What the section says, in a sentence or two (`summary "…"`): the
    /// layered notice opens the section with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// The sections of the policy text, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// General provisions.
    General,
    /// What information is collected.
    Collection,
    /// Why it is processed.
    Purposes,
    /// With whom it is shared.
    Sharing,
    /// How long it is kept.
    Retention,
    /// The user's rights.
    Rights,
    /// The user's obligations.
    Obligations,
    /// Security.
    Security,
    /// Changes to the policy.
    Changes,
    /// Contact.
    Contact,
    /// Cookies and similar technologies.
    Trackers,
    /// Children.
    Children,
    /// Automated decisions and profiling.
    Decisions,
    /// The controller's typed commitments.
    Commitments,
}

/// A `test` block: expectations on the compiled rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCase {
    /// The test's name.
    pub name: String,
    /// The expectations, in order.
    pub expectations: Vec<Expectation>,
    /// The expectations on trackers, in order: asked of the runtime's
    /// tracker decision, which is not a use or a transfer. Left out of
    /// the JSON when empty, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trackers: Vec<TrackerExpectation>,
    /// The expectations on a child's use of the service (`allow children
    /// given parental_consent`), in order: asked of the runtime's child
    /// decision with the fact `child`. Left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ChildExpectation>,
    /// The expectations on automated decisions, in order: asked of the
    /// runtime's automated decision. Left out of the JSON when empty, so
    /// released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<DecisionExpectation>,
    /// The expectations on retention deadlines (`deadline contact after
    /// collection 2026-01-10 is 2029-01-10`), in order: asked of the
    /// runtime's `deadline`. Left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<DeadlineExpectation>,
}

/// One expectation of a test on a retention deadline: `deadline contact
/// after collection 2026-01-10, last_use 2026-03-01 is 2029-03-01`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineExpectation {
    /// The data category (a declared one: E0443).
    pub data: String,
    /// The purpose whose own retention is asked about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The events that happened: each event's words in the rule table
    /// (`the last use`, or the policy's own words) and its date.
    pub events: Vec<(String, Date)>,
    /// The deadline expected.
    pub expected: ExpectedDeadline,
    /// When the copies in backups are expected to be gone, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backups: Option<Date>,
    /// Where it was written, to report a failure.
    #[serde(skip)]
    pub span: Span,
    /// Where each of its names was written, for E0443 and E0456.
    #[serde(skip)]
    pub written: DeadlineWritten,
}

/// Where the names of a deadline expectation were written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeadlineWritten {
    /// The data category.
    pub data: Span,
    /// The purpose, when one is named.
    pub purpose: Option<Span>,
    /// Each event, parallel to [`DeadlineExpectation::events`].
    pub events: Vec<WrittenEvent>,
    /// The event a pending deadline waits on.
    pub pending: Option<WrittenEvent>,
}

/// An event of a deadline expectation as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrittenEvent {
    /// Whether it is in words, in quotes; else a keyword, which (when it is
    /// not one of `vocab::EVENTS`) the model keeps as written.
    pub phrase: bool,
    /// The event as written, for messages (a keyword, or the words).
    pub text: String,
    /// The event's span.
    pub span: Span,
    /// The span of the event and its date.
    pub whole: Span,
}

/// The deadline a test expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpectedDeadline {
    /// Erased on this date.
    On(Date),
    /// Erased on this date at the latest: the cap on criteria
    /// (`is at_most 2027-04-01`); the criteria may bring it forward.
    AtMost(Date),
    /// No date until this event (its words in the rule table).
    Pending(String),
    /// Another answer that is no date.
    Other(DeadlineAnswer),
}

/// What a test expects of a retention deadline that is no date (`deadline
/// contact after last_use 2026-03-01 is pending account_closure`): the
/// kinds of the runtime's `Deadline` other than a date, with their
/// keywords in `vocab::DEADLINE_ANSWERS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineAnswer {
    /// No date until the event that follows (`pending account_closure`).
    Pending,
    /// Criteria in the policy's words decide; never a date.
    Criteria,
    /// Kept as the law requires, which the table cannot date.
    AsRequiredByLaw,
    /// The policy states no retention for the data (`retain DATA unstated`).
    Unstated,
}

/// One expectation of a test on a child: `allow children given
/// parental_consent`, `deny children`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildExpectation {
    /// Whether the decision must let the child use the service.
    pub allow: bool,
    /// The facts asserted besides `child`, which the question implies.
    pub facts: Vec<String>,
    /// Where it was written, to report a failure.
    #[serde(skip)]
    pub span: Span,
}

/// One expectation of a test on an automated decision: `deny decision
/// credit_check given human_review:credit_check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionExpectation {
    /// Whether the decision may be made solely by automated means.
    pub allow: bool,
    /// The decision asked about, as written (a rule checks it is
    /// declared: E0428).
    pub decision: String,
    /// The facts asserted.
    pub facts: Vec<String>,
    /// Where it was written, to report a failure.
    #[serde(skip)]
    pub span: Span,
}

/// One expectation of a test on a tracker: `allow tracker ga given
/// consent:analytics`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackerExpectation {
    /// Whether the decision must allow setting the tracker.
    pub allow: bool,
    /// The tracker asked about, as written (a rule checks it is declared:
    /// E0376).
    pub tracker: String,
    /// The facts asserted.
    pub facts: Vec<String>,
    /// Where it was written, to report a failure.
    #[serde(skip)]
    pub span: Span,
}

/// One expectation of a test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expectation {
    /// Whether the decision must allow.
    pub allow: bool,
    /// The data category.
    pub data: String,
    /// The purpose or recipient asked about.
    pub target: Target,
    /// The facts asserted.
    pub facts: Vec<String>,
    /// Where it was written, to report a failure.
    #[serde(skip)]
    pub span: Span,
}

/// What an expectation asks about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Target {
    /// A use for a purpose.
    Use(String),
    /// A transfer to a recipient.
    Transfer(String),
}

/// Where the parts of a checked [`Policy`] were written: byte spans in the
/// policy's span space (one space across its files, see [`crate::load`]).
///
/// Kept beside the model, not in it: the model says what a policy means,
/// so moving a declaration changes neither the history's canonical JSON
/// nor the diff. Lowering fills it as it builds the model, and each list
/// runs parallel to the model's: `data[i]` is where `policy.data[i]` is
/// declared. The backends that point into the source (the history's
/// diagnostics, the diff's annotations) read it; nothing outside the front
/// end reads the syntax tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// The policy header and its properties.
    pub header: HeaderSpans,
    /// Each data category's declaration, parallel to [`Policy::data`].
    pub data: Vec<Span>,
    /// Each purpose's declaration, parallel to [`Policy::purposes`].
    pub purposes: Vec<Span>,
    /// Each recipient's declaration, parallel to [`Policy::recipients`].
    pub recipients: Vec<Span>,
    /// Each `transfer`, parallel to [`Policy::transfers`].
    pub transfers: Vec<Span>,
    /// Each `retain`, parallel to [`Policy::retention`].
    pub retention: Vec<Span>,
    /// Each right's declaration, parallel to [`Policy::rights`].
    pub rights: Vec<Span>,
    /// Each obligation, parallel to [`Policy::obligations`].
    pub obligations: Vec<Span>,
    /// Each security measure, parallel to [`Policy::security`].
    pub security: Vec<Span>,
    /// The `changes` block, when [`Policy::changes`] is stated.
    pub changes: Option<Span>,
    /// Each clause, parallel to [`Policy::clauses`].
    pub clauses: Vec<Span>,
    /// Each tracker's declaration, parallel to [`Policy::trackers`].
    pub trackers: Vec<Span>,
    /// The `children` block, when [`Policy::children`] is stated.
    pub children: Option<Span>,
    /// The `security { … }` block, when [`Policy::security_block`] is
    /// stated.
    pub security_block: Option<Span>,
    /// Each automated decision's declaration, parallel to
    /// [`Policy::decisions`].
    pub decisions: Vec<Span>,
    /// Each commitment, parallel to [`Policy::commitments`].
    pub commitments: Vec<Span>,
    /// Each combination, parallel to [`Policy::combinations`].
    pub combinations: Vec<Span>,
    /// Each `section` declaration, parallel to [`Policy::sections`].
    pub sections: Vec<Span>,
}

/// Where the policy header and the properties the backends point at are
/// written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeaderSpans {
    /// The whole `policy ID { … }` declaration.
    pub whole: Span,
    /// The `policy ID` that opens it, where the header as a whole is
    /// reported.
    pub head: Span,
    /// The `version` property.
    pub version: Option<Span>,
    /// The `effective` property.
    pub effective: Option<Span>,
    /// The `published` property, when it gives a date.
    pub published_on: Option<Span>,
    /// The `languages` property: where a missing translation is reported.
    pub languages: Option<Span>,
}

impl HeaderSpans {
    /// Where the version is reported: its property, or the head.
    pub fn version_or_head(&self) -> Span {
        self.version.unwrap_or(self.head)
    }

    /// Where the effective date is reported: its property, or the head.
    pub fn effective_or_head(&self) -> Span {
        self.effective.unwrap_or(self.head)
    }

    /// Where the publication date is reported: its property, or the
    /// effective date's.
    pub fn published_or_effective(&self) -> Span {
        self.published_on
            .unwrap_or_else(|| self.effective_or_head())
    }
}

/// A cookie or similar technology that stores or reads information on
/// the user's device (`tracker ID "LABEL" { … }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracker {
    /// The tracker id (`ga_cookie`).
    pub id: String,
    /// The reader-visible label, usually the cookie's name.
    pub label: String,
    /// A description in the controller's words, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The technology.
    pub kind: TrackerKind,
    /// Whether the controller or another party sets it.
    pub party: Party,
    /// Who provides it, in words, if stated (`provider "Analytics Inc"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The declared recipient that provides it (`provider ID`), if named:
    /// the tracker's disclosures are then that recipient's (a sale,
    /// sharing), which the opt-outs of US state law reach. At most one of
    /// `provider` and `recipient` is set. Left out of the JSON when
    /// absent, so released editions keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// How long it stays on the device; `None` where it is not stated
    /// (E0480, under any regime).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<Lifetime>,
    /// What it is for, in the categories of consent banners.
    pub category: TrackerCategory,
    /// The data categories it collects.
    pub collects: Vec<String>,
    /// The purposes it serves.
    pub serves: Vec<String>,
}

/// The technology of a tracker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackerKind {
    /// An HTTP cookie.
    Cookie,
    /// The browser's local or session storage.
    LocalStorage,
    /// A pixel or web beacon.
    Pixel,
    /// A software development kit in an app.
    Sdk,
    /// Fingerprinting: identifying the device from its characteristics.
    Fingerprinting,
}

/// Who sets a tracker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The controller.
    First,
    /// Another company.
    Third,
}

/// What a tracker is for. The rank orders how much it needs the user's
/// agreement: strictly necessary trackers need none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackerCategory {
    /// Strictly necessary to provide the service the user asked for
    /// (ePrivacy Art. 5(3), second sentence): no consent needed.
    StrictlyNecessary,
    /// Remembers the user's choices.
    Preferences,
    /// Measures how the service is used.
    Analytics,
    /// Advertising and marketing.
    Marketing,
}

/// How long a tracker stays on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Lifetime {
    /// Until the browser or app is closed.
    Session,
    /// For a duration after it is set.
    For {
        /// How long.
        duration: Duration,
    },
}

impl Policy {
    /// The tracker with this id.
    pub fn tracker(&self, id: &str) -> Option<&Tracker> {
        self.trackers.iter().find(|t| t.id == id)
    }

    /// The data category with this id.
    pub fn data(&self, id: &str) -> Option<&DataCategory> {
        self.data.iter().find(|d| d.id == id)
    }

    /// The purpose with this id.
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|p| p.id == id)
    }

    /// The recipient with this id.
    pub fn recipient(&self, id: &str) -> Option<&Recipient> {
        self.recipients.iter().find(|r| r.id == id)
    }
}

/// Whether `id` is `ancestor` or inside it (`account.email` is inside `account`).
pub fn is_within(id: &str, ancestor: &str) -> bool {
    id == ancestor
        || (id.len() > ancestor.len()
            && id.starts_with(ancestor)
            && id.as_bytes().get(ancestor.len()) == Some(&b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_that_do_not_exist_are_refused() {
        assert!(Date::parse("2026-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2026-13-01").is_none());
        assert!(Date::parse("2026-04-31").is_none());
        assert!(Date::parse("1900-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some());
    }

    #[test]
    fn dates_print_in_iso_and_in_words() {
        let date = Date::new(2026, 12, 1);
        assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2026-12-01"));
        assert_eq!(date.map(Date::long).as_deref(), Some("1 December 2026"));
    }

    #[test]
    fn within_follows_dots_not_prefixes() {
        assert!(is_within("account.email", "account"));
        assert!(is_within("account", "account"));
        assert!(!is_within("accounting", "account"));
        assert!(!is_within("account", "account.email"));
    }

    #[test]
    fn durations_print_with_plurals() {
        let one = Duration {
            amount: 1,
            unit: TimeUnit::Year,
        };
        let two = Duration {
            amount: 30,
            unit: TimeUnit::Day,
        };
        assert_eq!(one.to_string(), "1 year");
        assert_eq!(two.to_string(), "30 days");
    }
}

/// The service's stance on children (`children { … }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Children {
    /// Whom the service is directed to.
    pub audience: Audience,
    /// The age below which a person uses the service only with a parent's
    /// consent (where [`Children::parental_consent`] is stated) or not at
    /// all; under the GDPR, the age of digital consent (Art. 8(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    /// Whether the service knowingly collects children's personal
    /// information, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowingly_collects: Option<bool>,
    /// How a parent's or guardian's consent is obtained and verified, in
    /// the controller's words, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parental_consent: Option<String>,
    /// What a parent may do about the child's information, each once, in
    /// the set's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parent_rights: Vec<ParentRight>,
    /// How the affirmative authorization to sell or share the personal
    /// information of a consumer under 16 is obtained (the consumer's own
    /// from 13 to 15, a parent's or guardian's under 13: Cal. Civ. Code
    /// §1798.120(c)), in the controller's words, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sale_opt_in: Option<String>,
}

impl Children {
    /// Whether the service is offered to children: directed to them, in
    /// whole or in part, or collecting their information knowingly.
    pub fn offered_to_children(&self) -> bool {
        self.audience != Audience::General || self.knowingly_collects == Some(true)
    }

    /// Whether children under `age` use the service: it is directed to
    /// children, or offered to them with no minimum age or a lower one.
    pub fn admits_under(&self, age: u8) -> bool {
        self.audience == Audience::Children
            || (self.offered_to_children() && self.minimum_age.is_none_or(|m| m < age))
    }

    /// Whether consumers under `age` may use the service as the block
    /// states it: a minimum age below `age`, the knowing collection of
    /// children's information, or an audience that includes children with
    /// no minimum age (Cal. Civ. Code §1798.120(c), under 16).
    pub fn admits_consumers_under(&self, age: u8) -> bool {
        self.minimum_age.is_some_and(|m| m < age)
            || self.knowingly_collects == Some(true)
            || (self.audience != Audience::General && self.minimum_age.is_none())
    }
}

/// Whom a service is directed to. The rank grows with how much of its
/// audience is children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// A general audience: not directed to children.
    General,
    /// A general audience that includes children.
    Mixed,
    /// Children are the audience.
    Children,
}

/// What a parent or guardian may do about the information collected from
/// their child (COPPA, 16 CFR §312.4(d)(3) and §312.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParentRight {
    /// Review the information.
    Review,
    /// Have it deleted.
    Delete,
    /// Refuse its further collection or use.
    RefuseFurtherCollection,
}

/// A decision based solely on automated processing, including profiling,
/// with legal or similarly significant effects (GDPR Art. 22):
/// `decision ID "LABEL" { … }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The decision id (`credit_check`).
    pub id: String,
    /// The reader-visible label.
    pub label: String,
    /// A description in the controller's words, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The data categories it uses.
    pub uses: Vec<String>,
    /// The logic involved, in plain words (Art. 13(2)(f)).
    pub logic: String,
    /// Its significance and envisaged consequences for the user
    /// (Art. 13(2)(f)).
    pub significance: String,
    /// What allows it (Art. 22(2)).
    pub basis: DecisionBasis,
    /// With `basis law`, the law that authorises it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// The safeguards the user has, in the order of their set, each once.
    pub safeguards: Vec<Safeguard>,
}

/// What allows an automated decision: the exceptions of GDPR Art. 22(2).
/// The rank grows with how little the user has a say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionBasis {
    /// The user's explicit consent (Art. 22(2)(c)).
    ExplicitConsent,
    /// Necessary for a contract with the user (Art. 22(2)(a)).
    Contract,
    /// Authorised by law (Art. 22(2)(b)).
    Law,
}

/// A safeguard of the user against an automated decision (GDPR Art.
/// 22(3)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Safeguard {
    /// A person reviews the decision on request.
    HumanReview,
    /// The user may express their point of view.
    ExpressView,
    /// The user may contest the decision.
    Contest,
}

impl Policy {
    /// The automated decision with this id.
    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.id == id)
    }
}

/// A typed commitment (`commit KIND [AREA]`): a promise about what the
/// controller never does, which the checker holds every declaration to and
/// the diff compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Commitment {
    /// What is promised.
    pub kind: CommitmentKind,
    /// The area data stays in, for [`CommitmentKind::NoTransfersOutside`]
    /// (and only there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Area>,
}

/// What a typed commitment promises: a value of `vocab::COMMITMENTS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentKind {
    /// No personal information is sold (no recipient `disclosed_as sale`).
    NeverSell,
    /// No sensitive personal information is sold.
    NeverSellSensitive,
    /// No personal information is shared for cross-context behavioural
    /// advertising or processed for targeted advertising.
    NeverShare,
    /// No personal information goes to a third party: only processors and
    /// service providers receive it, and authorities where the law
    /// requires (a transfer on `legal_obligation`).
    NoThirdPartySharing,
    /// No personal information is processed for targeted advertising.
    NoTargetedAdvertising,
    /// No personal information goes to a recipient outside an area.
    NoTransfersOutside,
    /// The service is not directed to children.
    NotDirectedToChildren,
    /// No decision is based solely on automated processing.
    NoAutomatedDecisions,
}

/// An area inside which a regime lets personal data move freely; a value
/// of `vocab::AREAS` and the area of `crate::countries`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// The European Economic Area: the EU's members, Iceland,
    /// Liechtenstein and Norway (GDPR).
    Eea,
    /// The United Kingdom (UK GDPR).
    UnitedKingdom,
    /// South Africa (POPIA).
    SouthAfrica,
}

/// A typed security measure (`security { measures … }`), a value of
/// `vocab::SECURITY_MEASURES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecurityMeasure {
    /// Information is encrypted in transit.
    EncryptionInTransit,
    /// Information is encrypted where it is stored.
    EncryptionAtRest,
    /// Access is restricted to authorised persons.
    AccessControl,
    /// Information is pseudonymised (GDPR Art. 4(5), 32(1)(a)).
    Pseudonymisation,
    /// Access to information is logged.
    Logging,
    /// The measures are tested and evaluated (Art. 32(1)(d)).
    Testing,
    /// Information is backed up to be restored (Art. 32(1)(c)).
    Backups,
    /// Staff who handle information are trained.
    StaffTraining,
}

/// Whom a personal data breach is notified to, a value of
/// `vocab::BREACH_PARTIES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreachParty {
    /// The competent supervisory authority (GDPR Art. 33).
    Authority,
    /// The users whose information it affects (Art. 34).
    Users,
}

/// A commitment to notify a personal data breach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct BreachNotification {
    /// Whom it is notified to.
    pub to: BreachParty,
    /// Within how many hours of it becoming known; `None` for "without
    /// undue delay".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within_hours: Option<u32>,
}

/// The typed security block (`security { … }`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityBlock {
    /// The measures, in the set's order, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<SecurityMeasure>,
    /// The breach notifications, one per party, in the set's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breach_notifications: Vec<BreachNotification>,
}
