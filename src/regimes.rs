//! What each legal regime asks a policy to disclose, and the article that
//! asks it: the rules of completeness and legal consistency that follow
//! the regimes read this one table, so a check runs only under a regime
//! that asks for what it judges, and its message cites that regime's
//! article and never another's; `policyc init`'s guidance cites it too.

use crate::model::{Basis, Ground, Policy, Purpose, Regime, Right, RightKind, Transfer};
use crate::vocab;

/// A disclosure or rule some regime asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Who the controller is (E0402).
    ControllerIdentity,
    /// How to contact the controller (E0402).
    Contact,
    /// The legal basis of each purpose (E0406, W0411).
    Basis,
    /// The legitimate interest pursued, where that basis is used (E0301).
    Interest,
    /// The safeguard of a transfer to another country (E0403).
    TransferSafeguard,
    /// How long data is kept, or the criteria for it (E0307).
    Retention,
    /// The right to complain to a supervisory authority (W0404).
    Complaint,
    /// The right to withdraw consent, where consent is a basis (W0412).
    Withdrawal,
    /// Portability applies to consent and contract only (W0413).
    Portability,
    /// Objection applies to legitimate interests and public tasks only (W0413).
    Objection,
    /// Explicit consent for special categories of data (E0305).
    SpecialCategory,
    /// Whether providing data is required, and what follows if it is not
    /// (`required`, `optional`: W0418, and `policyc init`'s guidance).
    Requirement,
    /// The recipients or their categories (cited by `policyc init`).
    Recipients,
    /// The user's rights (cited by `policyc init`).
    Rights,
    /// Where data not obtained from the user comes from (W0416, W0417).
    DataSource,
    /// The ground of each transfer: a disclosure is processing, whose
    /// legal basis the regime asks for (E0306, W0419).
    TransferGround,
    /// How fast a request to exercise a right is answered: one month,
    /// which the controller may extend, with its reasons (W0430).
    AnswerTime,
    /// Requests to exercise a right are free of charge, unless manifestly
    /// unfounded or excessive (the rights section says so).
    FreeOfCharge,
    /// Where a complaint may be lodged: the authority where the user
    /// lives, works, or the infringement took place (the complaint says so).
    ComplaintPlaces,
    /// The right to opt out of a sale, sharing or targeted advertising,
    /// where data is disclosed so (E0440).
    SaleOptOut,
    /// The right to limit the use of sensitive personal information, where
    /// it is used beyond the permitted purposes (E0442).
    SensitiveLimit,
    /// The categories of personal information collected, in the terms of
    /// Cal. Civ. Code §1798.140(v)(1) (`ccpa_category`: W0444, W0445).
    CcpaCategories,
    /// Consent to store or read information on the user's device, unless
    /// strictly necessary (ePrivacy Art. 5(3), PECR reg. 6: E0390, W0391).
    TrackerConsent,
    /// How long each tracker stays on the device (E0480).
    TrackerLifetime,
    /// That the third party whose tracker collects data is named among
    /// the recipients (W0435).
    TrackerProvider,
    /// That consent is a freely given, specific act, and a privacy notice
    /// information, not terms the user accepts by using a service (W0420).
    NoticeNotContract,
    /// That a contract basis covers only what performing the contract
    /// needs (W0421).
    ContractNecessity,
    /// That data used to evaluate or single out a person is personal data,
    /// pseudonymised at best (W0422).
    Profiling,
    /// The absolute right to object to direct marketing (W0423).
    MarketingObjection,
    /// That profiling the user for direct marketing (personalised
    /// advertising) does not rest on legitimate interests, whose balance
    /// the user's interests override: it needs consent (W0455).
    ProfiledMarketing,
    /// That privacy information is concise and kept apart from other
    /// matters, such as the terms of a contract (W0424).
    NoticeApartFromTerms,
    /// That an adequacy decision exists for the recipient's country
    /// (E0365, against `countries::ADEQUACY`).
    Adequacy,
    /// Where to obtain a copy of the safeguards of a transfer (W0368).
    SafeguardCopy,
    /// Whether the service collects children's information (W0373).
    ChildrenStance,
    /// The opt-in of a consumer from 13 to 15, and a parent's consent
    /// under 13, before their information is sold or shared (E0441).
    MinorSaleOptIn,
    /// How a request to know, delete or correct is verified (W0441).
    RequestVerification,
    /// How an authorized agent makes a request for the user (W0442).
    AuthorizedAgents,
    /// A parent's verifiable consent before a child's information is
    /// collected (E0373).
    ParentalConsent,
    /// The parent's rights to review, delete and refuse further
    /// collection (E0374).
    ParentRights,
    /// The age below which a child's consent needs a parent's (W0370,
    /// W0371).
    AgeOfConsent,
    /// Reasonable efforts to verify a parent's consent (W0372).
    ParentalConsentVerified,
    /// The safeguards of an automated decision on consent or a contract:
    /// human intervention, expressing one's view, contesting (E0361).
    DecisionSafeguards,
    /// Special-category data in an automated decision only on explicit
    /// consent or a substantial public interest (E0363).
    DecisionSpecialData,
    /// Whether automated decisions, including profiling, are made, with
    /// their logic and significance (W0360).
    DecisionStatement,
    /// The right not to be subject to an automated decision (W0361).
    DecisionRight,
    /// A representative in the Union, for a controller established outside
    /// it (Art. 27(1), whose identity Art. 13(1)(a) asks: W0432).
    EuRepresentative,
    /// A lead supervisory authority only for a controller whose main
    /// establishment is in the Union (Art. 56(1): W0434).
    LeadAuthority,
    /// The purpose of each disclosure a ground implies, among the purposes
    /// the policy lists (W0433).
    GroundPurpose,
    /// The essence of the arrangement between joint controllers (W0392).
    JointArrangement,
    /// The source from which information not obtained from the user
    /// originates (W0382).
    SourceNamed,
    /// That data is outside the regulation only when it relates to no
    /// identified or identifiable person, by a method that makes it so
    /// (E0420 to E0423).
    Anonymous,
    /// The law a condition of Art. 9(2) rests on, where it rests on one:
    /// points (b), (g), (h), (i) and (j) (E0395).
    SpecialConditionLaw,
    /// A personal data breach notified to the supervisory authority within
    /// 72 hours (W0395).
    BreachNotification,
    /// The controller's contact details, its postal address among them
    /// (W0426).
    ControllerAddress,
    /// Where the controller is established, part of its identity, which
    /// decides whether it names a representative in the Union and has a
    /// lead authority (W0427).
    ControllerCountry,
    /// The data protection officer's contact details, where one is
    /// designated, or the reason none is (W0428).
    DataProtectionOfficer,
    /// An opt-out preference signal (Global Privacy Control) processed as
    /// a request to opt out, where data is sold or shared (E0342, W0341).
    OptOutSignal,
    /// The "Do Not Sell or Share My Personal Information" link, where data
    /// is sold or shared (W0342).
    OptOutLink,
    /// The "Limit the Use of My Sensitive Personal Information" link,
    /// where sensitive personal information is used beyond the permitted
    /// purposes (W0443).
    LimitSensitiveLink,
}

/// The GDPR and the UK GDPR, which number the articles they share alike.
const GDPR_AND_UK: &[Regime] = &[Regime::Gdpr, Regime::UkGdpr];

/// The articles that ask something, each with the regimes that number it
/// alike, in the order they are cited.
type Articles = &'static [(&'static [Regime], &'static str)];

/// Who the controller is and how to contact it: asked by the same articles.
const IDENTITY: Articles = &[
    (GDPR_AND_UK, "13(1)(a)"),
    (&[Regime::Coppa], "§312.4(d)(1)"),
    (&[Regime::Lgpd], "9(III)"),
    (&[Regime::Popia], "18(1)(b)"),
];

/// Each ask, with the regimes that ask it and the article of each, in the
/// regime's own numbering (its citation style comes from `vocab::REGIMES`);
/// regimes that number it alike share one entry, cited in their order.
const ASKS: &[(Ask, Articles)] = &[
    (Ask::SourceNamed, &[(GDPR_AND_UK, "14(2)(f)")]),
    (Ask::JointArrangement, &[(GDPR_AND_UK, "26(2)")]),
    (Ask::ControllerIdentity, IDENTITY),
    (Ask::Contact, IDENTITY),
    (Ask::Basis, &[(GDPR_AND_UK, "13(1)(c)")]),
    (Ask::Interest, &[(GDPR_AND_UK, "13(1)(d)")]),
    (
        Ask::TransferSafeguard,
        &[(GDPR_AND_UK, "13(1)(f)"), (&[Regime::Popia], "18(1)(g)")],
    ),
    (
        Ask::Retention,
        &[
            (GDPR_AND_UK, "13(2)(a)"),
            (&[Regime::Ccpa], "§7012(e)(4)"),
            (&[Regime::Lgpd], "9(II)"),
        ],
    ),
    (
        Ask::Complaint,
        &[
            (GDPR_AND_UK, "13(2)(d)"),
            (&[Regime::Lgpd], "18 §1"),
            (&[Regime::Popia], "18(1)(h)(v)"),
        ],
    ),
    (
        Ask::Withdrawal,
        &[(GDPR_AND_UK, "13(2)(c)"), (&[Regime::Lgpd], "8 §5")],
    ),
    (Ask::Portability, &[(GDPR_AND_UK, "20(1)")]),
    (Ask::Objection, &[(GDPR_AND_UK, "21(1)")]),
    (
        Ask::SpecialCategory,
        &[(GDPR_AND_UK, "9(2)(a)"), (&[Regime::Lgpd], "11(I)")],
    ),
    (Ask::DataSource, &[(GDPR_AND_UK, "14(2)(f)")]),
    (Ask::Requirement, &[(GDPR_AND_UK, "13(2)(e)")]),
    (
        Ask::Recipients,
        &[(GDPR_AND_UK, "13(1)(e)"), (&[Regime::Lgpd], "9(V)")],
    ),
    (
        Ask::Rights,
        &[
            (GDPR_AND_UK, "13(2)(b)"),
            (&[Regime::Lgpd], "9(VII)"),
            (&[Regime::Ccpa], "§7011(e)(1)"),
            (&[Regime::UsStateLaws], "Va. Code §59.1-578(C)(3)"),
        ],
    ),
    (Ask::TransferGround, &[(GDPR_AND_UK, "13(1)(c)")]),
    (Ask::AnswerTime, &[(GDPR_AND_UK, "12(3)")]),
    (Ask::FreeOfCharge, &[(GDPR_AND_UK, "12(5)")]),
    // UK GDPR Art. 77 names one authority, the Commissioner: no choice of
    // place to state.
    (Ask::ComplaintPlaces, &[(&[Regime::Gdpr], "77(1)")]),
    (
        Ask::SaleOptOut,
        &[
            (&[Regime::Ccpa], "§7013(a)"),
            (&[Regime::UsStateLaws], "Va. Code §59.1-578(D)"),
        ],
    ),
    (Ask::SensitiveLimit, &[(&[Regime::Ccpa], "§7014(a)")]),
    (Ask::CcpaCategories, &[(&[Regime::Ccpa], "§7011(e)(1)(A)")]),
    (
        Ask::TrackerConsent,
        &[
            (&[Regime::Gdpr], "6(1)(a) with ePrivacy Directive Art. 5(3)"),
            (&[Regime::UkGdpr], "6(1)(a) with PECR reg. 6"),
        ],
    ),
    (
        Ask::TrackerLifetime,
        &[
            (
                &[Regime::Gdpr],
                "13(2)(a) with ePrivacy Directive Art. 5(3)",
            ),
            (&[Regime::UkGdpr], "13(2)(a) with PECR reg. 6"),
        ],
    ),
    (Ask::TrackerProvider, &[(GDPR_AND_UK, "13(1)(e)")]),
    (Ask::NoticeNotContract, &[(GDPR_AND_UK, "4(11) and 7")]),
    (Ask::NoticeApartFromTerms, &[(GDPR_AND_UK, "12(1)")]),
    (Ask::ContractNecessity, &[(GDPR_AND_UK, "6(1)(b)")]),
    (Ask::Profiling, &[(GDPR_AND_UK, "4(4) and 4(5)")]),
    (Ask::MarketingObjection, &[(GDPR_AND_UK, "21(2)")]),
    (
        Ask::ProfiledMarketing,
        &[(GDPR_AND_UK, "6(1)(a) and 6(1)(f)")],
    ),
    (Ask::Adequacy, &[(&[Regime::Gdpr], "45(1)")]),
    (Ask::SafeguardCopy, &[(GDPR_AND_UK, "13(1)(f)")]),
    (Ask::ChildrenStance, &[(&[Regime::Coppa], "§312.4(d)(2)")]),
    (Ask::ParentalConsent, &[(&[Regime::Coppa], "§312.5(a)(1)")]),
    (Ask::ParentRights, &[(&[Regime::Coppa], "§312.4(d)(3)")]),
    (Ask::AgeOfConsent, &[(GDPR_AND_UK, "8(1)")]),
    (Ask::ParentalConsentVerified, &[(GDPR_AND_UK, "8(2)")]),
    (Ask::DecisionSafeguards, &[(GDPR_AND_UK, "22(3)")]),
    (Ask::DecisionSpecialData, &[(GDPR_AND_UK, "22(4)")]),
    (Ask::DecisionStatement, &[(GDPR_AND_UK, "13(2)(f)")]),
    (Ask::DecisionRight, &[(GDPR_AND_UK, "22(1)")]),
    (
        Ask::EuRepresentative,
        &[(&[Regime::Gdpr], "13(1)(a) and 27(1)")],
    ),
    (Ask::LeadAuthority, &[(&[Regime::Gdpr], "56(1)")]),
    (Ask::ControllerAddress, &[(GDPR_AND_UK, "13(1)(a)")]),
    (Ask::ControllerCountry, &[(GDPR_AND_UK, "13(1)(a), 27(1)")]),
    (
        Ask::DataProtectionOfficer,
        &[(GDPR_AND_UK, "13(1)(b), 37(1)")],
    ),
    (Ask::GroundPurpose, &[(&[Regime::Gdpr], "13(1)(c)")]),
    (Ask::Anonymous, &[(GDPR_AND_UK, "4(1) and Recital 26")]),
    (Ask::SpecialConditionLaw, &[(GDPR_AND_UK, "9(2)")]),
    (Ask::BreachNotification, &[(GDPR_AND_UK, "33(1)")]),
    (Ask::OptOutSignal, &[(&[Regime::Ccpa], "§7025(b)")]),
    (Ask::OptOutLink, &[(&[Regime::Ccpa], "§7013(e)")]),
    (Ask::LimitSensitiveLink, &[(&[Regime::Ccpa], "§7015")]),
    (
        Ask::MinorSaleOptIn,
        &[(
            &[Regime::Ccpa],
            "§7070–§7071, Cal. Civ. Code §1798.120(c)–(d)",
        )],
    ),
    (
        Ask::RequestVerification,
        &[(
            &[Regime::Ccpa],
            "§7060–§7062, Cal. Civ. Code §1798.130(a)(1)",
        )],
    ),
    (
        Ask::AuthorizedAgents,
        &[(&[Regime::Ccpa], "§7063, Cal. Civ. Code §1798.185(a)(7)")],
    ),
];

/// The jurisdiction sections the declared `regimes` give the text, in the
/// order printed, each as the message of its heading (`section-ANCHOR`)
/// and its `$laws`: for the US state laws `ccpa`, `states` or `us` (both
/// declared); for the GDPR `eu`, `uk` or `eu-uk`.
pub fn jurisdiction_sections(regimes: &[Regime]) -> Vec<(&'static str, &'static str)> {
    let has = |r: Regime| regimes.contains(&r);
    let us = match (has(Regime::Ccpa), has(Regime::UsStateLaws)) {
        (true, true) => Some("us"),
        (true, false) => Some("ccpa"),
        (false, true) => Some("states"),
        (false, false) => None,
    };
    let eea = match (has(Regime::Gdpr), has(Regime::UkGdpr)) {
        (true, true) => Some("eu-uk"),
        (true, false) => Some("eu"),
        (false, true) => Some("uk"),
        (false, false) => None,
    };
    us.map(|laws| (JURISDICTION_US, laws))
        .into_iter()
        .chain(eea.map(|laws| (JURISDICTION_EEA, laws)))
        .collect()
}

/// The words the text uses for the parties and the grounds of processing,
/// as the declared regimes call for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Terms {
    /// The GDPR's words, which LGPD and POPIA share: the "controller", a
    /// purpose's "legal basis", "legitimate interests", the rights of
    /// "erasure" and "rectification". The words of a policy that declares
    /// a regime of the GDPR's kind, or none.
    #[default]
    Gdpr,
    /// The words of the US state privacy laws: the "business" (Cal. Civ.
    /// Code §1798.140(d)), no "legal basis" (these laws ask for none, so a
    /// purpose's declared basis is said in plain words), the rights "to
    /// delete" and "to correct" (§§1798.105, 1798.106). The words of a
    /// policy whose regimes are US state laws, with COPPA at most beside
    /// them.
    Us,
}

/// The regimes whose words are the US state privacy laws'.
const US_STATE_LAWS: &[Regime] = &[Regime::Ccpa, Regime::UsStateLaws];

/// The US federal law that may stand beside them without changing the
/// words: COPPA names the "operator" and asks for no legal basis either.
const US_FEDERAL: &[Regime] = &[Regime::Coppa];

/// The words the declared `regimes` call for: [`Terms::Us`] when at least
/// one is a US state privacy law and every other is COPPA; else, with a
/// regime of the GDPR's kind (GDPR, UK GDPR, LGPD, POPIA) or no regime
/// at all, [`Terms::Gdpr`].
pub fn terms(regimes: Option<&[Regime]>) -> Terms {
    let regimes = regimes.unwrap_or_default();
    let us = regimes.iter().any(|r| US_STATE_LAWS.contains(r))
        && regimes
            .iter()
            .all(|r| US_STATE_LAWS.contains(r) || US_FEDERAL.contains(r));
    if us { Terms::Us } else { Terms::Gdpr }
}

/// The anchor of the section for the US state privacy laws.
pub const JURISDICTION_US: &str = "jurisdiction-us";
/// The anchor of the section for the GDPR and the UK GDPR.
pub const JURISDICTION_EEA: &str = "jurisdiction-eea";

/// Whether a declared regime asks `ask`: for the text, which says what
/// the law grants without citing it.
pub fn asks(regimes: Option<&[Regime]>, ask: Ask) -> bool {
    regimes.is_some_and(|regimes| cited(regimes, ask).is_some())
}

/// The citation of what `ask` asks under the declared `regimes` that ask
/// it (`GDPR Art. 13(2)(d) and UK GDPR Art. 13(2)(d)`), or `None` when no
/// declared regime asks it: then the check does not run.
pub fn cited(regimes: &[Regime], ask: Ask) -> Option<String> {
    let articles = ASKS
        .iter()
        .find(|(a, _)| *a == ask)
        .map_or(&[][..], |(_, articles)| *articles);
    let citations: Vec<String> = articles
        .iter()
        .flat_map(|&(citing, article)| citing.iter().map(move |&regime| (regime, article)))
        .filter(|(regime, _)| regimes.contains(regime))
        .map(|(regime, article)| vocab::cite(regime, article))
        .collect();
    let words: Vec<&str> = citations.iter().map(String::as_str).collect();
    (!words.is_empty()).then(|| vocab::listed(&words, " and "))
}

/// The bases portability applies to (GDPR Art. 20(1)(a)).
pub const PORTABLE: &[Basis] = &[Basis::Consent, Basis::ExplicitConsent, Basis::Contract];

/// The bases the right to object applies to (GDPR Art. 21(1)).
pub const OBJECTABLE: &[Basis] = &[Basis::LegitimateInterest, Basis::PublicTask];

/// The bases whose consent can be withdrawn (GDPR Art. 7(3)).
const CONSENTED: &[Basis] = &[Basis::Consent, Basis::ExplicitConsent];

/// When a regime grants a right.
#[derive(Debug, Clone, Copy)]
enum Grant {
    /// Whatever the policy declares.
    Always,
    /// Where some purpose rests on one of these bases.
    OnBasis(&'static [Basis]),
}

/// The rights each regime grants, which the text states whether or not
/// the author declares them (issue 18: "each right the regime grants is
/// stated by default"), in the order of `vocab::RIGHTS`. The rights that
/// US state law grants only where data is sold, shared or sensitive
/// (`opt_out_sale_share`, `limit_sensitive`) and the right of GDPR Art.
/// 22 are asked of the author with a way to exercise them instead
/// (E0440, E0442, W0361). LGPD Art. 18 grants access, correction,
/// deletion, portability, withdrawal of consent (IX) and a petition to
/// the authority (§1); POPIA grants access (s. 23), correction and
/// deletion (s. 24), objection to processing on legitimate interests or a
/// public duty (s. 11(3)), withdrawal of consent (s. 11(2)(b)) and a
/// complaint to the Information Regulator (s. 74). Their narrower rights
/// (LGPD's blocking of unnecessary data, its objection to unlawful
/// processing) are the author's to declare.
const GRANTS: &[(RightKind, Grant, &[Regime])] = &[
    (
        RightKind::Access,
        Grant::Always,
        &[
            Regime::Gdpr,
            Regime::UkGdpr,
            Regime::UsStateLaws,
            Regime::Lgpd,
            Regime::Popia,
        ],
    ),
    (
        RightKind::Rectification,
        Grant::Always,
        &[
            Regime::Gdpr,
            Regime::UkGdpr,
            Regime::Ccpa,
            Regime::UsStateLaws,
            Regime::Lgpd,
            Regime::Popia,
        ],
    ),
    (
        RightKind::Erasure,
        Grant::Always,
        &[
            Regime::Gdpr,
            Regime::UkGdpr,
            Regime::Ccpa,
            Regime::UsStateLaws,
            Regime::Lgpd,
            Regime::Popia,
        ],
    ),
    (
        RightKind::Restriction,
        Grant::Always,
        &[Regime::Gdpr, Regime::UkGdpr],
    ),
    (
        RightKind::Portability,
        Grant::OnBasis(PORTABLE),
        &[Regime::Gdpr, Regime::UkGdpr],
    ),
    (
        RightKind::Portability,
        Grant::Always,
        &[Regime::UsStateLaws, Regime::Lgpd],
    ),
    (
        RightKind::Objection,
        Grant::OnBasis(OBJECTABLE),
        &[Regime::Gdpr, Regime::UkGdpr, Regime::Popia],
    ),
    (
        RightKind::WithdrawConsent,
        Grant::OnBasis(CONSENTED),
        &[Regime::Gdpr, Regime::UkGdpr, Regime::Lgpd, Regime::Popia],
    ),
    (
        RightKind::Complaint,
        Grant::Always,
        &[Regime::Gdpr, Regime::UkGdpr, Regime::Lgpd, Regime::Popia],
    ),
    (RightKind::Know, Grant::Always, &[Regime::Ccpa]),
    (RightKind::Appeal, Grant::Always, &[Regime::UsStateLaws]),
    (
        RightKind::NonDiscrimination,
        Grant::Always,
        &[Regime::Ccpa, Regime::UsStateLaws],
    ),
];

/// Whether one of the declared `regimes` grants the right `kind` to the
/// users of a policy whose purposes rest on `bases`.
pub fn grants(regimes: &[Regime], bases: &[Basis], kind: RightKind) -> bool {
    GRANTS.iter().any(|(right, grant, by)| {
        *right == kind
            && by.iter().any(|r| regimes.contains(r))
            && match grant {
                Grant::Always => true,
                Grant::OnBasis(allowed) => bases.iter().any(|b| allowed.contains(b)),
            }
    })
}

/// Whether a declared regime states a right by default: the rights of
/// such a regime are the text's whether declared or not, so a check that
/// asks the author to declare one asks only under the other regimes.
pub fn states_rights(regime: Regime) -> bool {
    GRANTS.iter().any(|(_, _, by)| by.contains(&regime))
}

/// How the text states one right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stated<'p> {
    /// Declared by the author, by its index in `Policy::rights`, with
    /// how to exercise it.
    Declared(usize, &'p Right),
    /// Granted by a declared regime and not declared: stated with its
    /// standard meaning.
    ByDefault(RightKind),
    /// Declared `not_applicable`, by its index, with the author's reason:
    /// the text says why it does not apply.
    NotApplicable(usize, &'p Right, &'p str),
}

impl Stated<'_> {
    /// The right's kind.
    pub fn kind(&self) -> RightKind {
        match self {
            Stated::Declared(_, r) | Stated::NotApplicable(_, r, _) => r.kind,
            Stated::ByDefault(kind) => *kind,
        }
    }

    /// Whether the text grants the right (declared or by default), rather
    /// than saying why it does not apply.
    pub fn applies(&self) -> bool {
        !matches!(self, Stated::NotApplicable(..))
    }
}

/// The bases a policy relies on, for the rights they bring ([`grants`]):
/// the basis of each purpose, and legitimate interests where a transfer
/// rests on the ground `legitimate_interest`, since the user can object to
/// that disclosure (GDPR Art. 21(1)) as to a use on that basis. Every
/// caller that asks which rights a policy's users have reads them here.
pub fn relied_on(purposes: &[Purpose], transfers: &[Transfer]) -> Vec<Basis> {
    let mut bases: Vec<Basis> = purposes.iter().map(|p| p.basis).collect();
    if transfers
        .iter()
        .any(|t| t.grounds.contains(&Ground::LegitimateInterest))
    {
        bases.push(Basis::LegitimateInterest);
    }
    bases
}

/// The bases `policy` relies on ([`relied_on`]).
pub fn bases(policy: &Policy) -> Vec<Basis> {
    relied_on(&policy.purposes, &policy.transfers)
}

/// The rights the text states: the declared ones in their order, then
/// each one a declared regime grants and the author does not declare, in
/// the order of `vocab::RIGHTS`.
pub fn stated(policy: &Policy) -> Vec<Stated<'_>> {
    let regimes = policy.header.regimes.as_deref().unwrap_or(&[]);
    let bases = bases(policy);
    let declared = policy
        .rights
        .iter()
        .enumerate()
        .map(|(i, r)| match &r.not_applicable {
            Some(reason) => Stated::NotApplicable(i, r, reason),
            None => Stated::Declared(i, r),
        });
    let by_default = vocab::RIGHTS
        .values
        .iter()
        .map(|v| v.value)
        .filter(|&kind| grants(regimes, &bases, kind))
        .filter(|&kind| policy.rights.iter().all(|r| r.kind != kind))
        .filter(|&kind| !(kind == RightKind::Access && know_is_access(policy, regimes, &bases)))
        .map(Stated::ByDefault);
    declared.chain(by_default).collect()
}

/// Whether the declared right to know states the right of access: under
/// the US state laws they are one right (Cal. Civ. Code §1798.110 gives
/// the specific pieces of information; the other states' laws call it
/// access), so a policy that declares `know` does not state access again
/// by default, unless a regime outside the US grants access of its own
/// (GDPR Art. 15).
fn know_is_access(policy: &Policy, regimes: &[Regime], bases: &[Basis]) -> bool {
    let outside_us: Vec<Regime> = regimes
        .iter()
        .copied()
        .filter(|r| !matches!(r, Regime::Ccpa | Regime::UsStateLaws))
        .collect();
    policy
        .rights
        .iter()
        .any(|r| r.kind == RightKind::Know && r.not_applicable.is_none())
        && !grants(&outside_us, bases, RightKind::Access)
}

/// Whether the text of `policy` grants the right `kind` ([`states`]).
pub fn applies(policy: &Policy, kind: RightKind) -> bool {
    let regimes = policy.header.regimes.as_deref().unwrap_or(&[]);
    let bases = bases(policy);
    states(regimes, &bases, &policy.rights, kind)
}

/// Whether the text grants the right `kind` to the users of a policy
/// under `regimes` whose purposes rest on `bases` and which declares
/// `rights`: declared without `not_applicable`, or granted by a declared
/// regime and not declared.
pub fn states(regimes: &[Regime], bases: &[Basis], rights: &[Right], kind: RightKind) -> bool {
    match rights.iter().find(|r| r.kind == kind) {
        Some(right) => right.not_applicable.is_none(),
        None => grants(regimes, bases, kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regime_cites_only_itself() {
        assert_eq!(
            cited(&[Regime::Gdpr], Ask::Complaint).as_deref(),
            Some("GDPR Art. 13(2)(d)")
        );
        assert_eq!(
            cited(&[Regime::Gdpr, Regime::UkGdpr], Ask::Complaint).as_deref(),
            Some("GDPR Art. 13(2)(d) and UK GDPR Art. 13(2)(d)")
        );
        assert_eq!(cited(&[Regime::Ccpa], Ask::Complaint), None);
        assert_eq!(
            cited(&[Regime::Ccpa, Regime::Coppa], Ask::Retention).as_deref(),
            Some("CCPA regulations, 11 CCR §7012(e)(4)")
        );
        assert_eq!(cited(&[], Ask::Basis), None);
    }

    #[test]
    fn terms_follow_the_regimes() {
        use Regime::{Ccpa, Coppa, Gdpr, Lgpd, Popia, UkGdpr, UsStateLaws};
        assert_eq!(terms(None), Terms::Gdpr);
        assert_eq!(terms(Some(&[])), Terms::Gdpr);
        assert_eq!(terms(Some(&[Gdpr])), Terms::Gdpr);
        assert_eq!(terms(Some(&[Ccpa])), Terms::Us);
        assert_eq!(terms(Some(&[UsStateLaws])), Terms::Us);
        assert_eq!(terms(Some(&[Ccpa, UsStateLaws, Coppa])), Terms::Us);
        assert_eq!(terms(Some(&[Coppa])), Terms::Gdpr);
        assert_eq!(terms(Some(&[Ccpa, Gdpr])), Terms::Gdpr);
        assert_eq!(terms(Some(&[Ccpa, Lgpd])), Terms::Gdpr);
        assert_eq!(terms(Some(&[UsStateLaws, Popia])), Terms::Gdpr);
        assert_eq!(terms(Some(&[UkGdpr, Ccpa])), Terms::Gdpr);
    }

    #[test]
    fn every_ask_has_a_regime() {
        let every: Vec<Regime> = vocab::REGIMES.values.iter().map(|v| v.value).collect();
        for (ask, articles) in ASKS {
            assert!(!articles.is_empty(), "{ask:?}");
            assert!(cited(&every, *ask).is_some(), "{ask:?}");
        }
    }
}
