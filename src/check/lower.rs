//! First pass: each declaration on its own, from syntax to model parts.

use hashbrown::{HashMap, HashSet};

use crate::codes::Code;
use crate::diagnostic::{self, Diagnostic, MAX_KEPT, Omitted};
use crate::fides::taxonomy::Taxonomy;
use crate::model::*;
use crate::span::Span;
use crate::suggest;
use crate::syntax::MAX_NAME_LEN;
use crate::syntax::ast::{self, Name, Prop};

use super::case::CaseFold;
use super::index::DataIndex;
use super::keywords::{self, resolve, resolve_in};
use super::values;
use crate::vocab::REQUIRED_BY;
use crate::vocab::{RETENTION_ENDS, RETENTION_RULES};

/// What a `retain` says happens when its periods end: `then …`, and
/// `backups for …`.
type Ending = (
    Option<crate::model::RetentionEnd>,
    Option<crate::model::Duration>,
);
use crate::model::CcpaCategory;
use crate::vocab::CCPA_CATEGORIES;
use crate::vocab::ROLES;
use crate::vocab::{
    ACCEPTANCES, AUTHORITIES, BASES, CHANGE_ASPECTS, GROUNDS, IDENTITIES, NO_REGIME,
    NOTIFY_METHODS, RECIPIENT_KINDS, REGIMES, RIGHTS, SECTIONS, SOURCES, SPECIAL_CATEGORIES,
    TAKES_EFFECT, UNSTATED,
};
use crate::vocab::{AREAS, COMMITMENTS};
use crate::vocab::{AUDIENCES, PARENT_RIGHTS, YES_NO};
use crate::vocab::{BREACH_PARTIES, SECURITY_MEASURES};
use crate::vocab::{
    COMBINATIONS, DISCLOSURES, PARTIES, SENSITIVE_CATEGORIES, STANCES, TRACKER_CATEGORIES,
    TRACKER_KINDS, VOICES,
};
use crate::vocab::{DECISION_BASES, SAFEGUARDS};
use crate::vocab::{DEROGATIONS, MECHANISMS};
use crate::vocab::{PERMITTED_USES, SPECIAL_CONDITIONS};

/// The model under construction. Parts with errors are left out, so the
/// legal pass sees only what is valid.
#[derive(Debug, Default)]
pub struct Parts {
    pub id: Option<String>,
    pub header: Option<Header>,
    pub data: Vec<DataCategory>,
    pub purposes: Vec<Purpose>,
    pub recipients: Vec<Recipient>,
    pub transfers: Vec<Transfer>,
    pub retention: Vec<Retention>,
    pub rights: Vec<Right>,
    pub obligations: Vec<Statement>,
    pub security: Vec<Statement>,
    pub changes: Option<ChangePolicy>,
    pub clauses: Vec<Clause>,
    pub tests: Vec<TestCase>,
    pub trackers: Vec<Tracker>,
    pub children: Option<Children>,
    pub decisions: Vec<Decision>,
    pub commitments: Vec<Commitment>,
    pub combinations: Vec<CombinedData>,
    pub security_block: Option<SecurityBlock>,
    pub sections: Vec<SectionDef>,
}

impl Parts {
    /// The whole policy, when the header is complete.
    pub fn into_policy(self) -> Option<Policy> {
        Some(Policy {
            id: self.id?,
            header: self.header?,
            data: self.data,
            purposes: self.purposes,
            recipients: self.recipients,
            transfers: self.transfers,
            retention: self.retention,
            rights: self.rights,
            obligations: self.obligations,
            security: self.security,
            changes: self.changes,
            clauses: self.clauses,
            tests: self.tests,
            trackers: self.trackers,
            children: self.children,
            decisions: self.decisions,
            commitments: self.commitments,
            combinations: self.combinations,
            translations: std::collections::BTreeMap::new(),
            security_block: self.security_block,
            sections: self.sections,
        })
    }
}

/// Where the parts were written, for the legal pass to point at.
#[derive(Debug, Default)]
pub struct SourceMap {
    /// The `policy ID` of the header, or the start of the file.
    pub header: Span,
    /// Each data category's id, by its index in `Parts::data`.
    pub data: Vec<Span>,
    /// Where each data category states its own identity, by its index in
    /// `Parts::data`, for a note on where it was stated.
    pub identity: Vec<Option<Span>>,
    /// Where each data category states its own `anonymised_by`, by its
    /// index in `Parts::data`.
    pub anonymised_by: Vec<Option<Span>>,
    /// Where each data category writes its own `ccpa_category`, by its
    /// index in `Parts::data` (W0444, W0445).
    pub ccpa_category: Vec<Option<Span>>,
    /// The data categories by id.
    pub data_index: DataIndex,
    /// Each data category's parent, by index in `Parts::data`.
    pub parents: Vec<Option<usize>>,
    /// The indices of `Parts::data`, shallowest first (by the dots in the
    /// ids), so that a parent comes before its children.
    pub shallow_first: Vec<usize>,
    /// Each purpose, in the order of `Parts::purposes`.
    pub purposes: Vec<PurposeSpans>,
    /// Each recipient's id.
    pub recipients: HashMap<String, Span>,
    /// Each transfer, in the order of `Parts::transfers`.
    pub transfers: Vec<TransferSpans>,
    /// Each tracker, in the order of `Parts::trackers`.
    pub trackers: Vec<TrackerSpans>,
    /// Each automated decision, in the order of `Parts::decisions`.
    pub decisions: Vec<DecisionSpans>,
    /// Every declared purpose id, valid or not, so that references to a
    /// purpose with an error are not reported a second time.
    pub purpose_ids: HashSet<String>,
    /// Every data category some purpose names, valid purpose or not, so
    /// that a purpose with an error does not make its data look unused.
    pub declared_uses: HashSet<String>,
    /// Every data category a `retain` names, valid or not, so that a
    /// broken `retain` is not also reported as missing.
    pub retention_attempted: HashSet<String>,
    /// Every recipient a `transfer` names, valid or not, so that a broken
    /// transfer does not make its recipient look unused.
    pub declared_receivers: HashSet<String>,
    /// What was written, valid or not, for the rules that judge what is
    /// missing.
    pub written: Written,
    /// Where each part of the model is declared, handed on beside it.
    pub model: Spans,
    /// Every section of the author's own that is declared, valid or not,
    /// in declaration order, so that a clause in a section with an error
    /// is not reported a second time.
    pub section_ids: Vec<String>,
}

impl SourceMap {
    /// Where the id of the data category at `index` in `Parts::data` is
    /// written.
    #[expect(
        clippy::indexing_slicing,
        reason = "`data` runs parallel to `Parts::data`: each category's span is pushed with it"
    )]
    fn data_id(&self, index: usize) -> Span {
        self.data[index]
    }
}

/// What declarations state, valid or not, for the rules of
/// [`super::rules`] that judge what is missing: a declaration with an
/// error stays out of [`Parts`], but whether it states a basis, a ground
/// or a safeguard is still worth saying. Lowering records; the rules
/// judge.
#[derive(Debug, Default)]
pub struct Written {
    /// The first policy header, when there is one (E0401, E0402).
    pub header: Option<HeaderWritten>,
    /// Each purpose, duplicates left out (E0301, E0309, E0405, E0406).
    pub purposes: Vec<PurposeWritten>,
    /// Each recipient, duplicates left out (E0403).
    pub recipients: Vec<RecipientWritten>,
    /// Each transfer (E0306).
    pub transfers: Vec<TransferWritten>,
    /// The first `effective` of the first `changes` block (W0407).
    pub changes_effective: Option<Span>,
    /// The first `notice` of the first `changes` block (W0407).
    pub changes_notice: Option<Span>,
    /// Each data category written `retain ID unstated`, with where
    /// `unstated` is (W0414).
    pub retention_unstated: Vec<(String, Span)>,
    /// Each data category written `source unstated`, with where `unstated`
    /// is (W0416).
    pub source_unstated: Vec<(String, Span)>,
    /// Each root data category (no dot in its id) that writes no `source`
    /// at all, with its id's span (W0417).
    pub sourceless: Vec<(String, Span)>,
    /// Each data category that writes `required` without `by …`, with
    /// where the flag is written (W0425).
    pub bare_required: Vec<(String, Span)>,
    /// Each well-formed `short` label of a data category or purpose
    /// (W0470).
    pub shorts: Vec<ShortWritten>,
    /// Each data category a `retain` says `then …` of, with where the
    /// word is written.
    pub retention_ends: Vec<(String, Span)>,
    /// Each (data category, purpose) a `retain … when_used_for` states a
    /// retention for, with where the purpose is written (E0332).
    pub retention_purposes: Vec<(String, String, Span)>,
    /// Each `retain` that lowered, with how many alternatives it states
    /// and where its rule is (E0330, W0330).
    pub retains: Vec<RetainWritten>,
    /// Each right's well-formed `within`, with where the property is
    /// written (W0430).
    pub answer_times: Vec<(RightKind, Duration, Span)>,
    /// Each right's well-formed `extendable`, with where it is written
    /// (E0430, W0431).
    pub extensions: Vec<ExtensionWritten>,
    /// Each right's `not_applicable`, with where it is written (E0426,
    /// E0427).
    pub not_applicable: Vec<NotApplicableWritten>,
    /// Each recipient's `disclosed_as`, with where it is written (E0440).
    pub disclosures: Vec<(String, Span)>,
    /// Each kept transfer that writes its own `disclosed_as`: its index
    /// in [`Parts::transfers`] and where the `disclosed_as` is written
    /// (W0436, E0440, E0342, W0341, W0342, E0380, E0381).
    pub transfer_disclosures: Vec<(usize, Span)>,
    /// Each tracker, duplicates left out (E0480, E0481).
    pub trackers: Vec<TrackerWritten>,
    /// The first `children` block (E0370 to E0375, W0370 to W0373).
    pub children: Option<ChildrenWritten>,
    /// Each automated decision, duplicates left out (E0360, E0362).
    pub decisions: Vec<DecisionWritten>,
    /// Where the header writes `automated_decisions none` (E0364, W0360).
    pub no_decisions: Option<Span>,
    /// Each `commit` whose commitment is a known one, as written (E0380
    /// to E0385, W0381).
    pub commitments: Vec<CommitWritten>,
    /// Each known source a data category writes, in order (E0386,
    /// W0382, W0383).
    pub sources: Vec<SourceWritten>,
    /// Each `combine`, with the data it names that is declared (E0387,
    /// W0384).
    pub combinations: Vec<CombineWritten>,
    /// Each data category that states both its own `special` and
    /// `sensitive` (W0394): its id, the two, and where `sensitive` is.
    pub special_and_sensitive: Vec<SpecialAndSensitive>,
    /// The `security { … }` block's measures and breach notifications as
    /// written, known values only (E0398, W0395, W0396).
    pub security_block: Option<SecurityBlockWritten>,
    /// Each `section` declaration, duplicates left out (E0451 to E0454,
    /// W0451, W0452).
    pub sections: Vec<SectionWritten>,
    /// The section each clause names after `in`, valid or not (W0451).
    pub clause_sections: HashSet<String>,
}

/// A `section` declaration as written.
#[derive(Debug, Clone)]
pub struct SectionWritten {
    /// Its id, where it is written.
    pub id: Name,
    /// The built-in section the id names, if it names one.
    pub builtin: Option<Section>,
    /// Where its heading is written, if it has one.
    pub heading: Option<Span>,
    /// The section `after` names, and whether that section is built in
    /// or declared before this one.
    pub after: Option<(Name, bool)>,
    /// Whether it writes a `summary`.
    pub summary: bool,
}

/// A `combine` as written: the categories it names that are declared,
/// each with where it is named, and the whole declaration.
#[derive(Debug, Clone)]
pub struct CombineWritten {
    /// The categories named, declared ones only, in the order written.
    pub data: Vec<(String, Span)>,
    /// Whether every name is declared (an unknown one is reported where
    /// it is written, and the rules judge no combination that lost it).
    pub complete: bool,
    /// The whole declaration.
    pub span: Span,
}

/// One source of a data category's `source`, as written.
#[derive(Debug, Clone)]
pub struct SourceWritten {
    /// The category's id.
    pub data: String,
    /// How the information is obtained.
    pub kind: Source,
    /// The name written after it, if any.
    pub name: Option<String>,
    /// Where the source is written, its name included.
    pub span: Span,
}

/// What a `security { … }` block states, for the rules.
#[derive(Debug, Default)]
pub struct SecurityBlockWritten {
    /// Each known measure, with where it is written, repeats kept.
    pub measures: Vec<(SecurityMeasure, Span)>,
    /// Each breach notification to a known party, repeats kept.
    pub breaches: Vec<BreachWritten>,
}

/// A breach notification as written.
#[derive(Debug, Clone)]
pub struct BreachWritten {
    /// Whom it is notified to.
    pub to: BreachParty,
    /// The hours after `within` as written, and where; `None` for
    /// `without undue delay`.
    pub within: Option<(String, Span)>,
    /// The whole property.
    pub span: Span,
}

impl Written {
    /// Whether the policy says whether decisions are made about the user
    /// solely by automated means (GDPR Art. 13(2)(f)): a `decision`
    /// declared, `automated_decisions none` in the header, or `commit
    /// no_automated_decisions` (W0360, W0453).
    pub fn states_decisions(&self) -> bool {
        self.no_decisions.is_some()
            || !self.decisions.is_empty()
            || self
                .commitments
                .iter()
                .any(|c| c.kind == CommitmentKind::NoAutomatedDecisions)
    }
}

impl BreachWritten {
    /// The hours, when they are a number from 1 to [`MAX_BREACH_HOURS`]
    /// (E0398 judges any other).
    pub fn hours(&self) -> Option<Option<u32>> {
        match &self.within {
            None => Some(None),
            Some((text, _)) => text
                .parse::<u32>()
                .ok()
                .filter(|h| (1..=MAX_BREACH_HOURS).contains(h))
                .map(Some),
        }
    }
}

/// The longest time a breach notification may name: a year of hours.
pub const MAX_BREACH_HOURS: u32 = 8760;

/// A data category that states both a special category and a sensitive
/// one, for W0394.
#[derive(Debug, Clone)]
pub struct SpecialAndSensitive {
    /// The category's id.
    pub id: String,
    /// Its own special category.
    pub special: SpecialCategory,
    /// Its own sensitive category.
    pub sensitive: SensitiveCategory,
    /// Where `sensitive` is written.
    pub span: Span,
}

/// A `commit` as written: the rules judge its area and hold the other
/// declarations to it.
#[derive(Debug, Clone, Copy)]
pub struct CommitWritten {
    /// The commitment.
    pub kind: CommitmentKind,
    /// The area written after it, where it is, and its value (`None` when
    /// it is no known area, reported already).
    pub area: Option<(Option<Area>, Span)>,
    /// The whole declaration.
    pub span: Span,
}

impl CommitWritten {
    /// The commitment in the model, when its area is as its kind asks.
    pub fn lowered(&self) -> Option<Commitment> {
        let takes_area = self.kind == CommitmentKind::NoTransfersOutside;
        match (takes_area, self.area) {
            (true, Some((Some(area), _))) => Some(Commitment {
                kind: self.kind,
                area: Some(area),
            }),
            (false, None) => Some(Commitment {
                kind: self.kind,
                area: None,
            }),
            _ => None,
        }
    }
}

/// A right's `extendable by DURATION "reason"` as written.
#[derive(Debug, Clone, Copy)]
pub struct ExtensionWritten {
    /// The right it extends the answer time of.
    pub kind: RightKind,
    /// The further time.
    pub by: Duration,
    /// The whole property.
    pub span: Span,
    /// Whether the right writes a `within`, well-formed or not (E0430).
    pub answered: bool,
}

/// A right's `not_applicable "reason"` as written.
#[derive(Debug, Clone, Copy)]
pub struct NotApplicableWritten {
    /// The right said not to apply.
    pub kind: RightKind,
    /// The reason, in quotes.
    pub reason: Span,
    /// Whether the reason says nothing (E0426).
    pub blank: bool,
    /// The first property that says how to exercise the right (`via`,
    /// `within`, `anytime`, `extendable`), which a right that does not
    /// apply cannot have (E0427).
    pub exercise: Option<Span>,
}

/// What the `children` block states, valid or not, and where.
#[derive(Debug, Default)]
pub struct ChildrenWritten {
    /// The keyword `children` that opens the block.
    pub head: Span,
    /// Whether it writes an `audience`, well-formed or not (E0375).
    pub audience_written: bool,
    /// Where its `audience` is.
    pub audience: Option<Span>,
    /// Its `minimum_age` as written, with where it is (E0372).
    pub minimum_age: Option<(i64, String, Span)>,
    /// Where its `knowingly_collects` is.
    pub knowingly_collects: Option<Span>,
    /// Where its `parent_rights` is.
    pub parent_rights: Option<Span>,
    /// Whether it writes a `sale_opt_in`, valid or not (E0441).
    pub sale_opt_in: bool,
}

/// What an automated decision states, valid or not.
#[derive(Debug)]
pub struct DecisionWritten {
    /// Its id.
    pub id: String,
    /// Where its id is written.
    pub span: Span,
    /// The properties it needs and does not write, well-formed or not
    /// (E0362).
    pub missing: Vec<&'static str>,
    /// Its `basis` as written, when well-formed (E0360).
    pub basis: Option<DecisionBasisWritten>,
}

/// The `basis` of an automated decision as written.
#[derive(Debug)]
pub struct DecisionBasisWritten {
    /// The keyword, known or not.
    pub keyword: String,
    /// Where the keyword is written.
    pub span: Span,
    /// Where a text follows it (the law, after `law`).
    pub text: Option<Span>,
}

/// Where an automated decision was written.
#[derive(Debug, Default)]
pub struct DecisionSpans {
    /// Its id.
    pub id: Span,
    /// Its `basis`.
    pub basis: Span,
    /// Its `safeguards`, or its id when it writes none.
    pub safeguards: Span,
    /// Each data category it uses, with the span of the reference.
    pub uses: Vec<(String, Span)>,
}

/// A `retain` as written, for the rules on how its alternatives combine.
#[derive(Debug, Clone, Copy)]
pub struct RetainWritten {
    /// The whole declaration.
    pub span: Span,
    /// How many periods it joins with `or`.
    pub alternatives: usize,
    /// Where `, whichever comes …` is, when written.
    pub rule: Option<Span>,
}

/// What a tracker states, valid or not.
#[derive(Debug)]
pub struct TrackerWritten {
    /// Its id.
    pub id: String,
    /// Where its id is written.
    pub span: Span,
    /// The properties it needs and does not write, well-formed or not
    /// (E0481).
    pub missing: Vec<&'static str>,
    /// Whether it writes a `lifetime`, well-formed or not (E0480).
    pub lifetime: bool,
}

/// Where a tracker was written.
#[derive(Debug, Default)]
pub struct TrackerSpans {
    /// Its `category`.
    pub category: Span,
    /// Its `party`, if written.
    pub party: Option<Span>,
    /// Its `provider`, in either form, if written.
    pub provider: Option<Span>,
    /// Each purpose it serves, with the span of the reference.
    pub serves: Vec<(String, Span)>,
    /// Each data category it collects, with the span of the reference.
    pub collects: Vec<(String, Span)>,
}

/// A `short` label as written, beside the label it shortens.
#[derive(Debug)]
pub struct ShortWritten {
    /// `data category` or `purpose`.
    pub kind: &'static str,
    /// The declaration's id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its short label.
    pub short: String,
    /// Where the short label's string is written.
    pub span: Span,
}

/// What a policy header states.
#[derive(Debug, Default)]
pub struct HeaderWritten {
    /// The `policy ID` of the header.
    pub head: Span,
    /// The facts it gives, well-formed or not.
    pub facts: Vec<&'static str>,
    /// The controller's name, when the controller gives no `service`.
    pub controller_without_service: Option<Span>,
    /// The regimes it declares that are known, `None` when it gives no
    /// `regimes` (W0410): the rules that judge what a regime asks for
    /// read them even when the header has errors.
    pub regimes: Option<Vec<Regime>>,
    /// Where `none` is written among other regimes (E0320).
    pub none_among_regimes: Option<Span>,
    /// Where `contact unstated` is written (W0415).
    pub contact_unstated: Option<Span>,
    /// Where `accepted by_use` is written (W0420).
    pub accepted_by_use: Option<Span>,
    /// The controller's name (W0432).
    pub controller: Option<Span>,
    /// The controller's name as written (E0341).
    pub controller_name: Option<String>,
    /// Each `joint_controller` as written, in order (E0341, W0392).
    pub joint_controllers: Vec<JointWritten>,
    /// Whether the controller block writes an `address`, well-formed or
    /// not (W0426).
    pub controller_address: bool,
    /// Whether the controller block writes a `country`, well-formed or
    /// not (W0427).
    pub controller_country: bool,
    /// Whether the controller block writes a `dpo`, as a contact or as
    /// `none "why"`, well-formed or not (W0428).
    pub controller_dpo: bool,
    /// Where `gpc` is written, with whether it says `ignored` (E0342,
    /// W0341).
    pub gpc: Option<(Span, bool)>,
    /// Whether `do_not_sell` is written, valid or not (W0342).
    pub do_not_sell: bool,
    /// Whether `limit_sensitive_link` is written, valid or not (W0443).
    pub limit_sensitive_link: bool,
    /// Whether `verification` is written, valid or not (W0441).
    pub verification: bool,
    /// Whether `authorized_agents` is written, valid or not (W0442).
    pub authorized_agents: bool,
}

/// A `joint_controller` of the header as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JointWritten {
    /// Its name as written.
    pub name: String,
    /// Where the name is written.
    pub span: Span,
    /// Whether it states an `arrangement`.
    pub arrangement: bool,
}

/// What a purpose states.
#[derive(Debug)]
pub struct PurposeWritten {
    /// Its id.
    pub id: String,
    /// Where its id is written.
    pub span: Span,
    /// Whether it gives `uses`, well-formed or not.
    pub uses: bool,
    /// Its basis.
    pub basis: BasisWritten,
}

/// What a purpose states of its legal basis.
#[derive(Debug, Clone, Copy)]
pub enum BasisWritten {
    /// No `basis` at all.
    Missing,
    /// A `basis` that is broken, reported where it is written.
    Broken,
    /// A known basis.
    Stated {
        /// The whole `basis` property.
        span: Span,
        /// The basis.
        basis: Basis,
        /// Where an interest is stated after it.
        interest: Option<Span>,
    },
}

/// What a recipient states of where it is.
#[derive(Debug)]
pub struct RecipientWritten {
    /// Its id.
    pub id: String,
    /// Its country, readable, and where the `country` property is.
    pub country: Option<(String, Span)>,
    /// Its readable safeguard, and where the `safeguard` property is.
    pub safeguard: Option<(String, Span)>,
    /// Its `mechanism`, as written (E0365, E0366, W0365–W0368).
    pub mechanism: Option<MechanismWritten>,
    /// Where its `copy` is written.
    pub copy: Option<Span>,
    /// Who it is to the controller: its kind, role and arrangement as
    /// written (E0392, E0393, W0392).
    pub party: PartyWritten,
}

/// What a recipient states of the party it is: its known `kind`, `role`
/// and where each is written, and where its `arrangement` is.
#[derive(Debug, Default, Clone, Copy)]
pub struct PartyWritten {
    /// Its kind, where the `kind` property is.
    pub kind: Option<(RecipientKind, Span)>,
    /// Its role, where the `role` property is.
    pub role: Option<(ControllerRole, Span)>,
    /// Where its `arrangement` is written.
    pub arrangement: Option<Span>,
}

/// What a recipient's `mechanism` states: the rules judge it, since a
/// derogation without its case stays out of the model.
#[derive(Debug, Clone, Copy)]
pub struct MechanismWritten {
    /// The whole property.
    pub span: Span,
    /// The mechanism; `None` when it is no known one (reported already).
    pub kind: Option<MechanismKind>,
    /// A case written after it, where it is, and its value: `None` when it
    /// is unknown (reported already) or follows a mechanism that is no
    /// derogation.
    pub case: Option<(Option<Derogation>, Span)>,
}

/// What a transfer states of its grounds.
#[derive(Debug)]
pub struct TransferWritten {
    /// The whole transfer.
    pub span: Span,
    /// The recipient, as written.
    pub recipient: String,
    /// How many grounds are written, known or not.
    pub grounds: usize,
    /// Where `unstated` is written among the grounds (W0419).
    pub unstated: Option<Span>,
    /// Each ground known, where it is written, and where a text follows it
    /// (E0388, E0389, W0385).
    pub texts: Vec<GroundText>,
}

/// A known ground of a transfer, and the text written after it.
#[derive(Debug)]
pub struct GroundText {
    /// The ground.
    pub ground: Ground,
    /// Where the ground is written.
    pub span: Span,
    /// Where the text after it is written, if one is.
    pub text: Option<Span>,
}

/// Where a purpose was written.
#[derive(Debug, Default)]
pub struct PurposeSpans {
    pub basis: Span,
    pub only: Span,
    /// Where `profiling` is written (W0422).
    pub profiling: Option<Span>,
    /// Where `direct_marketing` is written (W0423).
    pub direct_marketing: Option<Span>,
    /// Where `special_condition` is written (E0395, E0396, E0397, W0393).
    pub special_condition: Option<Span>,
    /// Where `permitted_use` is written (W0446).
    pub permitted_use: Option<Span>,
    /// Each used data id, with the span of the reference.
    pub uses: Vec<(String, Span)>,
}

/// Where a transfer was written.
#[derive(Debug, Default)]
pub struct TransferSpans {
    pub whole: Span,
    pub data: Vec<(String, Span)>,
    /// Each purpose after `for`, with the span of the reference.
    pub purposes: Vec<(String, Span)>,
}

/// What a category passes on to its children: identity, source, special category.
type Inherited = (Option<Identity>, Option<Source>, Option<SpecialCategory>);

/// The first pass, fed one declaration at a time. A data category, the
/// bulk of a large policy, is lowered as soon as it arrives, while its
/// syntax tree is fresh and before the next one is parsed; everything else
/// waits, sorted by kind, for [`Lower::finish`], since it refers to names
/// that may come later.
#[derive(Default)]
pub struct Lower {
    diags: Vec<Diagnostic>,
    /// The problems found beyond [`MAX_KEPT`], counted.
    omitted: Omitted,
    spans: SourceMap,
    parts: Parts,
    /// What each category states itself, by its index in `parts.data`.
    own: Vec<(Option<Identity>, Option<Source>)>,
    waiting: ByKind,
    /// The data categories' ids that differ only by case (E0111).
    data_case: CaseFold,
}

/// The ids of rights, obligations, security measures and clauses, each
/// kind a namespace of its own.
#[derive(Default)]
struct Namespace {
    /// Each id, by kind, with where it is first declared.
    ids: HashMap<(&'static str, String), Span>,
    /// The ids of each kind, folded, for ids that differ only by case.
    case: HashMap<&'static str, CaseFold>,
}

impl Namespace {
    /// Declares `name` as a `kind`: false, having reported it, when it is
    /// declared already. With `fold`, an id that differs from another only
    /// by case is reported too.
    fn declare(
        &mut self,
        kind: &'static str,
        name: &Name,
        fold: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        if let Some(first) = self.ids.insert((kind, name.text.clone()), name.span) {
            diags.push(duplicate(kind, &name.text, name.span, first));
            return false;
        }
        if fold {
            let ids = &self.ids;
            let exact = |id: &str| ids.get(&(kind, id.to_owned())).copied();
            let case = self.case.entry(kind).or_default();
            diags.extend(case.check(kind, &name.text, name.span, exact));
        }
        true
    }
}

/// Declarations of one kind, boxed as the tree holds them: the boxes move
/// as they are, and each is freed as soon as it is lowered.
type Decls<T> = Vec<Box<T>>;

/// What every well-formed `retain` declaration states.
struct RetainParts {
    data: Vec<String>,
    periods: Vec<Period>,
    rule: RetentionRule,
    ending: Ending,
}

/// The declarations other than data categories, by kind, each kind in
/// source order.
#[derive(Default)]
struct ByKind {
    headers: Decls<ast::PolicyDecl>,
    retains: Decls<ast::RetainDecl>,
    purposes: Decls<ast::PurposeDecl>,
    recipients: Decls<ast::RecipientDecl>,
    transfers: Decls<ast::TransferDecl>,
    trackers: Decls<ast::TrackerDecl>,
    decisions: Decls<ast::DecisionDecl>,
    sections: Decls<ast::SectionDecl>,
    /// Rights, obligations, security measures, `changes` and clauses,
    /// which share one namespace of ids, in source order.
    rest: Vec<ast::Decl>,
    tests: Decls<ast::TestDecl>,
}

/// Runs the first pass over a whole file.
pub fn lower(file: ast::File) -> (Parts, SourceMap, Vec<Diagnostic>, Omitted) {
    let data = file
        .decls
        .iter()
        .filter(|d| matches!(d, ast::Decl::Data(_)))
        .count();
    let mut lower = Lower::with_capacity(data);
    for decl in file.decls {
        lower.add(decl);
    }
    lower.finish()
}

impl Lower {
    /// A first pass with room for `data` categories: the list of
    /// categories is the largest part of the model, and growing it by
    /// doubling would copy it.
    pub fn with_capacity(data: usize) -> Self {
        let mut lower = Lower::default();
        lower.parts.data.reserve_exact(data);
        lower.spans.data.reserve_exact(data);
        lower.spans.identity.reserve_exact(data);
        lower.spans.anonymised_by.reserve_exact(data);
        lower.spans.ccpa_category.reserve_exact(data);
        lower.spans.model.data.reserve_exact(data);
        lower.own.reserve_exact(data);
        lower.spans.data_index = DataIndex::with_capacity(data);
        lower
    }

    /// Takes the next declaration, in source order. The tree is consumed:
    /// each declaration's text moves into the model and the rest of it is
    /// freed, so that a large policy is not held twice.
    pub fn add(&mut self, decl: ast::Decl) {
        let waiting = &mut self.waiting;
        match decl {
            ast::Decl::Data(d) => self.data(d),
            ast::Decl::Policy(d) => waiting.headers.push(d),
            ast::Decl::Retain(d) => waiting.retains.push(d),
            ast::Decl::Purpose(d) => waiting.purposes.push(d),
            ast::Decl::Recipient(d) => waiting.recipients.push(d),
            ast::Decl::Transfer(d) => waiting.transfers.push(d),
            ast::Decl::Test(d) => waiting.tests.push(d),
            ast::Decl::Tracker(d) => waiting.trackers.push(d),
            ast::Decl::Decision(d) => waiting.decisions.push(d),
            ast::Decl::Section(d) => waiting.sections.push(d),
            ast::Decl::Include(_) => {}
            rest => waiting.rest.push(rest),
        }
    }

    /// Lowers what waited for every name, and returns the parts, where
    /// they were written and every problem found.
    pub fn finish(mut self) -> (Parts, SourceMap, Vec<Diagnostic>, Omitted) {
        let decls = std::mem::take(&mut self.waiting);
        self.header(&decls.headers);
        drop(decls.headers);
        self.cpra_sensitive();
        let own = std::mem::take(&mut self.own);
        self.link_parents();
        self.inherit(&own);
        drop(own);
        // A retention specific to a purpose names it: those wait for the
        // purposes.
        let (general, specific): (Vec<_>, Vec<_>) = decls
            .retains
            .into_iter()
            .partition(|d| d.purposes.is_empty());
        self.retention(general);
        self.purposes(decls.purposes);
        self.purpose_retention(specific);
        self.recipients(decls.recipients);
        self.transfers(decls.transfers);
        self.trackers(decls.trackers);
        self.decisions(decls.decisions);
        self.sections(decls.sections);
        self.rest(&decls.rest);
        self.tests(decls.tests);
        self.cap_diagnostics();
        (self.parts, self.spans, self.diags, self.omitted)
    }

    /// Keeps the problems held bounded (the first [`MAX_KEPT`] in source
    /// order, once twice as many are held) and counts the rest, so that a
    /// file of a million broken declarations does not hold a million
    /// diagnostics.
    pub fn cap_diagnostics(&mut self) {
        diagnostic::bound(&mut self.diags, MAX_KEPT, &mut self.omitted);
    }

    /// Whether as many problems as are kept are held already: a problem
    /// found now is most likely only counted, so work that only improves
    /// its wording (a suggestion searched among every id) is skipped and
    /// its help says how to declare the name instead.
    fn crowded(&self) -> bool {
        self.diags.len() >= MAX_KEPT
    }
}

/// The one value of a property that may be given once; reports repeats.
fn single<'a, T>(
    props: &'a [Prop<T>],
    name: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<&'a Prop<T>> {
    repeats(props, name, diags);
    props.first()
}

/// Whether a `source` is `unstated`, alone.
fn is_unstated_source(items: &[ast::SourceItem]) -> bool {
    matches!(items, [only] if only.kind.text == UNSTATED && only.name.is_none())
}

/// Whether a source of this kind may be named: one the information is
/// obtained from, not the user, the device or the controller itself.
pub(crate) fn names_its_source(kind: Source) -> bool {
    matches!(kind, Source::ThirdParty | Source::PubliclyAvailable)
}

/// A second block of a kind the policy states once (`changes`, `children`).
fn second_block(keyword: &str, span: Span, first: Span, label: &str) -> Diagnostic {
    Diagnostic::new(Code::Duplicate, span, format!("a second `{keyword}` block"))
        .label(label)
        .note(first, "first block here")
        .help("merge the two blocks")
}

/// Reports each value of a property given once too often.
fn repeats<T>(props: &[Prop<T>], name: &str, diags: &mut Vec<Diagnostic>) {
    let Some(first) = props.first() else {
        return;
    };
    for extra in props.iter().skip(1) {
        diags.push(
            Diagnostic::new(
                Code::DuplicateProperty,
                extra.span,
                format!("`{name}` is given twice"),
            )
            .label("second value")
            .note(first.span, "first given here")
            .help(format!("keep one `{name}`")),
        );
    }
}

/// An anonymous subcategory takes the anonymisation method of its
/// anonymous parent unless it states its own: the method comes with the
/// identity it explains. `order` puts parents before children.
fn inherit_anonymisation(data: &mut [DataCategory], parents: &[Option<usize>], order: &[usize]) {
    for &at in order {
        let Some(parent) = parents.get(at).copied().flatten() else {
            continue;
        };
        let Some(method) = data
            .get(parent)
            .filter(|p| p.identity == Identity::Anonymous)
            .and_then(|p| p.anonymised_by.clone())
        else {
            continue;
        };
        if let Some(category) = data.get_mut(at)
            && category.identity == Identity::Anonymous
            && category.anonymised_by.is_none()
        {
            category.anonymised_by = Some(method);
        }
    }
}

/// A subcategory that states no `ccpa_category` takes its parent's: a part
/// of the data is of the categories of the whole, unless it says which of
/// them it is. `order` puts parents before children.
fn inherit_ccpa_categories(data: &mut [DataCategory], parents: &[Option<usize>], order: &[usize]) {
    for &at in order {
        let Some(parent) = parents.get(at).copied().flatten() else {
            continue;
        };
        let Some(categories) = data
            .get(parent)
            .map(|p| p.ccpa_categories.clone())
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        if let Some(category) = data.get_mut(at)
            && category.ccpa_categories.is_empty()
        {
            category.ccpa_categories = categories;
        }
    }
}

/// The British spelling `pseudonymised`, the GDPR's own (Art. 4(5)),
/// names the same identity as `pseudonymized`; fmt keeps what was written.
fn identity_spelling(name: &Name) -> Name {
    let mut name = name.clone();
    if name.text == "pseudonymised" {
        Identity::Pseudonymized.as_str().clone_into(&mut name.text);
    }
    name
}

/// [`single`] for a property list that is no longer needed: the first
/// value, moved out.
fn take_single<T>(props: Vec<Prop<T>>, name: &str, diags: &mut Vec<Diagnostic>) -> Option<T> {
    single(&props, name, diags)?;
    props.into_iter().next().map(|p| p.value)
}

/// What a tracker writes, for the rules that judge what it leaves out.
fn tracker_written(decl: &ast::TrackerDecl) -> TrackerWritten {
    let written = |keyword: &str, given: bool| given || decl.malformed.iter().any(|m| m == keyword);
    let needed = [
        ("kind", !decl.kind.is_empty()),
        ("party", !decl.party.is_empty()),
        ("category", !decl.category.is_empty()),
        ("serves", !decl.serves.is_empty()),
    ];
    TrackerWritten {
        id: decl.id.text.clone(),
        span: decl.id.span,
        missing: needed
            .into_iter()
            .filter(|&(keyword, given)| !written(keyword, given))
            .map(|(keyword, _)| keyword)
            .collect(),
        lifetime: written("lifetime", !decl.lifetime.is_empty()),
    }
}

/// What an automated decision writes, for the rules that judge what it
/// leaves out and its basis.
fn decision_written(decl: &ast::DecisionDecl) -> DecisionWritten {
    let written = |keyword: &str, given: bool| given || decl.malformed.iter().any(|m| m == keyword);
    let needed = [
        ("uses", !decl.uses.is_empty()),
        ("logic", !decl.logic.is_empty()),
        ("significance", !decl.significance.is_empty()),
        ("basis", !decl.basis.is_empty()),
    ];
    DecisionWritten {
        id: decl.id.text.clone(),
        span: decl.id.span,
        missing: needed
            .into_iter()
            .filter(|&(keyword, given)| !written(keyword, given))
            .map(|(keyword, _)| keyword)
            .collect(),
        basis: decl.basis.first().map(|p| DecisionBasisWritten {
            keyword: p.value.kind.text.clone(),
            span: p.value.kind.span,
            text: p.value.interest.as_ref().map(|i| i.span),
        }),
    }
}

fn duplicate(kind: &str, name: &str, span: Span, first: Span) -> Diagnostic {
    Diagnostic::new(
        Code::Duplicate,
        span,
        format!("the {kind} `{name}` is declared twice"),
    )
    .label("declared again here")
    .note(first, "first declared here")
    .help(format!("rename one of them, or merge them into one {kind}"))
}

impl Lower {
    fn text(&mut self, value: &ast::Str, what: &str) -> Option<String> {
        values::text(value, what, &mut self.diags)
    }

    fn take_text(&mut self, value: ast::Str, what: &str) -> Option<String> {
        values::take_text(value, what, &mut self.diags)
    }

    fn take_optional_text(
        &mut self,
        props: Vec<Prop<ast::Str>>,
        name: &str,
        what: &str,
    ) -> Option<String> {
        let value = take_single(props, name, &mut self.diags)?;
        self.take_text(value, what)
    }

    fn optional_text(
        &mut self,
        props: &[Prop<ast::Str>],
        name: &str,
        what: &str,
    ) -> Option<String> {
        let prop = single(props, name, &mut self.diags)?;
        values::text(&prop.value, what, &mut self.diags)
    }

    /// `dpo "contact"` or `dpo none "reason"`: one of the two, once.
    fn dpo(&mut self, decl: &ast::ControllerDecl) -> Option<Dpo> {
        let mut both: Vec<Prop<()>> = decl
            .dpo
            .iter()
            .chain(&decl.dpo_none)
            .map(|p| Prop {
                value: (),
                span: p.span,
            })
            .collect();
        both.sort_by_key(|p| p.span.start);
        repeats(&both, "dpo", &mut self.diags);
        let contact = decl.dpo.first();
        let none = decl.dpo_none.first();
        match (contact, none) {
            (Some(c), Some(n)) if n.span.start < c.span.start => {
                values::text(&n.value, "dpo", &mut self.diags).map(|reason| Dpo::None { reason })
            }
            (Some(c), _) => values::text(&c.value, "dpo", &mut self.diags)
                .map(|contact| Dpo::Contact { contact }),
            (None, Some(n)) => {
                values::text(&n.value, "dpo", &mut self.diags).map(|reason| Dpo::None { reason })
            }
            (None, None) => None,
        }
    }

    fn header(&mut self, headers: &[Box<ast::PolicyDecl>]) {
        let mut headers = headers.iter();
        let Some(decl) = headers.next() else {
            return;
        };
        for extra in headers {
            self.diags.push(
                Diagnostic::new(
                    Code::DuplicateHeader,
                    extra.head_span,
                    "a second policy header",
                )
                .label("a file describes one policy")
                .note(decl.head_span, "the first header is here")
                .help("move the second policy to a file of its own"),
            );
        }
        self.spans.header = decl.head_span;
        self.spans.model.header = HeaderSpans {
            whole: decl.span,
            head: decl.head_span,
            version: decl.version.first().map(|p| p.span),
            effective: decl.effective.first().map(|p| p.span),
            published_on: decl.published_on.first().map(|p| p.span),
            languages: decl.languages.first().map(|p| p.span),
        };
        self.parts.id = decl.id.as_ref().map(|id| id.text.clone());
        self.parts.header = self.header_facts(decl);
    }

    fn header_facts(&mut self, decl: &ast::PolicyDecl) -> Option<Header> {
        let head = decl.head_span;
        let diags = &mut self.diags;
        let title = single(&decl.title, "title", diags).map(|p| p.value.clone());
        let version = single(&decl.version, "version", diags).map(|p| p.value.clone());
        let effective = single(&decl.effective, "effective", diags).map(|p| p.value.clone());
        let language = single(&decl.language, "language", diags).map(|p| p.value.clone());
        let controller = single(&decl.controller, "controller", diags).map(|p| p.value.clone());
        let published = single(&decl.published, "published", diags).map(|p| p.value.clone());
        let published_on = decl.published_on.first().cloned();
        let contact = single(&decl.contact, "contact", diags).map(|p| p.value.clone());
        let contact_unstated = single(&decl.contact_unstated, "contact", diags).map(|p| p.span);
        if let (Some(_), Some(unstated)) = (&contact, contact_unstated) {
            diags.push(
                Diagnostic::new(
                    Code::DuplicateProperty,
                    unstated,
                    "`contact` is given twice",
                )
                .label("a contact is given, and here said to be unstated")
                .help("keep the contact, or `contact unstated` alone"),
            );
        }
        let accepted = single(&decl.accepted, "accepted", diags);
        let accepted_by_use = accepted
            .filter(|p| p.value.text == crate::vocab::Closed::keyword(Acceptance::ByUse))
            .map(|p| p.span);
        let accepted = accepted.map(|p| p.value.clone());

        let given = [
            ("title", title.is_some()),
            ("version", version.is_some()),
            ("effective", effective.is_some()),
            ("language", language.is_some()),
            ("controller", controller.is_some()),
            ("published", published.is_some()),
            ("contact", contact.is_some() || contact_unstated.is_some()),
        ];
        let facts = given
            .into_iter()
            .filter(|&(fact, present)| present || decl.malformed.iter().any(|m| m == fact))
            .map(|(fact, _)| fact)
            .collect();
        self.spans.written.header = Some(HeaderWritten {
            head,
            facts,
            contact_unstated,
            accepted_by_use,
            ..HeaderWritten::default()
        });
        let regimes = self.regimes(decl);
        if let Some(header) = &mut self.spans.written.header {
            header.regimes.clone_from(&regimes);
        }

        let title = title.and_then(|t| self.text(&t, "title"));
        let version = version.and_then(|v| values::version(&v, &mut self.diags));
        let effective = effective.and_then(|e| values::date(&e, &mut self.diags));
        // A date written but invalid leaves the header out (E0204).
        let published_on = published_on.map(|p| values::date(&p.value, &mut self.diags));
        let language = language.and_then(|l| values::text_language(&l, &mut self.diags));
        let controller = controller.and_then(|c| self.controller(&c));
        let joint_controllers = self.joint_controllers(&decl.joint_controllers);
        let published =
            published.and_then(|p| values::url(&p, "published address", &mut self.diags));
        // A contact written but invalid leaves the header out; one not
        // written is `None`, for E0402 or W0415 to judge.
        let contact = match contact {
            Some(c) => Some(values::contact(&c, &mut self.diags)),
            None => None,
        };
        let acceptance = accepted.and_then(|a| resolve_in(&a, &ACCEPTANCES, &mut self.diags));
        let governing_law =
            self.optional_text(&decl.governing_law, "governing_law", "governing law");
        let scope = self.optional_text(&decl.scope, "scope", "scope");
        let voice = single(&decl.voice, "voice", &mut self.diags)
            .cloned()
            .map(|v| resolve_in(&v.value, &VOICES, &mut self.diags));
        let languages = self.languages(decl, language.as_deref());
        // Written but not a web address, the header is left out (E0205).
        let do_not_sell = match single(&decl.do_not_sell, "do_not_sell", &mut self.diags) {
            Some(p) => Some(values::url(&p.value, "Do Not Sell link", &mut self.diags)),
            None => None,
        };
        let limit_sensitive_link = match single(
            &decl.limit_sensitive_link,
            "limit_sensitive_link",
            &mut self.diags,
        ) {
            Some(p) => Some(values::url(
                &p.value,
                "Limit the Use of My Sensitive Personal Information link",
                &mut self.diags,
            )),
            None => None,
        };
        let do_not_track = self.stance(&decl.do_not_track, "do_not_track");
        let gpc = self.stance(&decl.gpc, "gpc");
        if let Some(header) = &mut self.spans.written.header {
            header.gpc = decl.gpc.first().map(|p| {
                let ignored = STANCES
                    .find(&p.value.text)
                    .is_some_and(|v| v.value == Stance::Ignored);
                (p.span, ignored)
            });
            header.do_not_sell = !decl.do_not_sell.is_empty();
            header.limit_sensitive_link = !decl.limit_sensitive_link.is_empty();
            header.verification = !decl.verification.is_empty();
            header.authorized_agents = !decl.authorized_agents.is_empty();
        }
        let verification = self.optional_text(&decl.verification, "verification", "verification");
        let authorized_agents = self.optional_text(
            &decl.authorized_agents,
            "authorized_agents",
            "authorized agents",
        );
        let no_decisions = single(
            &decl.automated_decisions,
            "automated_decisions",
            &mut self.diags,
        )
        .map(|p| p.span);
        self.spans.written.no_decisions = no_decisions;
        let no_automated_decisions = no_decisions.is_some();
        // A property not given has no values.
        let part_of = single(&decl.part_of, "part_of", &mut self.diags)
            .into_iter()
            .flat_map(|p| &p.value)
            .filter_map(|s| self.text(s, "agreement"))
            .collect();
        Some(Header {
            title: title?,
            version: version?,
            effective: effective?,
            language: language?,
            controller: controller?,
            joint_controllers: joint_controllers?,
            published: published?,
            published_on: match published_on {
                Some(valid) => Some(valid?),
                None => None,
            },
            contact: match contact {
                Some(valid) => Some(valid?),
                None => None,
            },
            governing_law,
            acceptance,
            scope,
            part_of,
            regimes,
            // A voice not stated is the default; one misspelt is an error.
            voice: voice.unwrap_or(Some(Voice::default()))?,
            languages: languages?,
            do_not_sell: match do_not_sell {
                Some(valid) => Some(valid?),
                None => None,
            },
            limit_sensitive_link: match limit_sensitive_link {
                Some(valid) => Some(valid?),
                None => None,
            },
            do_not_track: do_not_track?,
            gpc: gpc?,
            verification,
            authorized_agents,
            no_automated_decisions,
        })
    }

    /// A stance on a signal: `None` inside when not stated, `None` outside
    /// when misspelt (reported).
    fn stance(&mut self, props: &[Prop<Name>], name: &str) -> Option<Option<Stance>> {
        match single(props, name, &mut self.diags) {
            None => Some(None),
            Some(prop) => resolve_in(&prop.value, &STANCES, &mut self.diags).map(Some),
        }
    }

    /// A regime by its keyword; one that is no regime is E0106, whose help
    /// names `none` too.
    fn regime(&mut self, name: &Name) -> Option<Regime> {
        if let Some(value) = REGIMES.find(&name.text) {
            return Some(value.value);
        }
        let mut words = REGIMES.words();
        words.push(NO_REGIME);
        self.diags.push(
            Diagnostic::new(
                Code::UnknownKeyword,
                name.span,
                format!("unknown {} `{}`", REGIMES.name, name.text),
            )
            .label("not one of the accepted values")
            .maybe_help(suggest::did_you_mean(&name.text, &words)),
        );
        None
    }

    /// The published languages of `languages …`, each once, in the order
    /// written; empty when not given. `None` when one is invalid, or the
    /// policy's own `language` is not among them (E0209).
    fn languages(&mut self, decl: &ast::PolicyDecl, source: Option<&str>) -> Option<Vec<String>> {
        let Some(prop) = single(&decl.languages, "languages", &mut self.diags).cloned() else {
            return Some(Vec::new());
        };
        let mut codes: Vec<String> = Vec::new();
        let mut valid = true;
        for name in &prop.value {
            match values::text_language(name, &mut self.diags) {
                Some(code) if !codes.contains(&code) => codes.push(code),
                Some(_) => {}
                None => valid = false,
            }
        }
        if let Some(source) = source
            && valid
            && !codes.iter().any(|c| c == source)
        {
            self.diags.push(
                Diagnostic::new(
                    Code::SourceLanguageNotPublished,
                    prop.span,
                    format!("the policy is written in `{source}`, which `languages` leaves out"),
                )
                .label("the published languages")
                .help(format!(
                    "add `{source}`: `languages {source}, {}`",
                    codes.join(", ")
                )),
            );
            return None;
        }
        valid.then_some(codes)
    }

    /// The regimes of `regimes …`, in the set's order without repeats:
    /// empty for `regimes none`, `None` when the header does not say.
    fn regimes(&mut self, decl: &ast::PolicyDecl) -> Option<Vec<Regime>> {
        let prop = single(&decl.regimes, "regimes", &mut self.diags)?;
        if prop.value.len() > 1
            && let Some(none) = prop.value.iter().find(|n| n.text == NO_REGIME)
            && let Some(header) = &mut self.spans.written.header
        {
            header.none_among_regimes = Some(none.span);
        }
        let mut regimes: Vec<Regime> = prop
            .value
            .iter()
            .filter(|n| n.text != NO_REGIME)
            .filter_map(|n| self.regime(n))
            .collect();
        regimes.sort_unstable();
        regimes.dedup();
        Some(regimes)
    }

    /// The header's joint controllers, recorded as written for the rules
    /// that judge them; `None` when one of them is malformed (reported).
    fn joint_controllers(
        &mut self,
        decls: &[ast::JointControllerDecl],
    ) -> Option<Vec<JointController>> {
        let mut lowered = Some(Vec::with_capacity(decls.len()));
        for decl in decls {
            if let Some(header) = &mut self.spans.written.header {
                header.joint_controllers.push(JointWritten {
                    name: decl.name.value.clone(),
                    span: decl.name.span,
                    arrangement: !decl.arrangement.is_empty(),
                });
            }
            let joint = self.joint_controller(decl);
            match (&mut lowered, joint) {
                (Some(all), Some(joint)) => all.push(joint),
                _ => lowered = None,
            }
        }
        lowered
    }

    fn joint_controller(&mut self, decl: &ast::JointControllerDecl) -> Option<JointController> {
        let name = self.text(&decl.name, "joint controller's name");
        let address = self.optional_text(&decl.address, "address", "address");
        let country = self.optional_text(&decl.country, "country", "country");
        let arrangement = self.optional_text(&decl.arrangement, "arrangement", "arrangement");
        Some(JointController {
            name: name?,
            address,
            country,
            arrangement,
        })
    }

    fn controller(&mut self, decl: &ast::ControllerDecl) -> Option<Controller> {
        let name = self.text(&decl.name, "controller's name");
        if let Some(header) = &mut self.spans.written.header {
            header.controller = Some(decl.name.span);
            header.controller_name = Some(decl.name.value.clone());
            let malformed = |name: &str| decl.malformed.iter().any(|m| m == name);
            header.controller_address = !decl.address.is_empty() || malformed("address");
            header.controller_country = !decl.country.is_empty() || malformed("country");
            header.controller_dpo =
                !decl.dpo.is_empty() || !decl.dpo_none.is_empty() || malformed("dpo");
        }
        let service = match single(&decl.service, "service", &mut self.diags) {
            Some(service) => self.text(&service.value, "service name"),
            None if decl.malformed.iter().any(|m| m == "service") => None,
            None => {
                if let Some(header) = &mut self.spans.written.header {
                    header.controller_without_service = Some(decl.name.span);
                }
                None
            }
        };
        let website = single(&decl.website, "website", &mut self.diags)
            .and_then(|w| values::url(&w.value, "website", &mut self.diags));
        let address = self.optional_text(&decl.address, "address", "address");
        repeats(&decl.plural, "plural", &mut self.diags);
        let country = self.optional_text(&decl.country, "country", "country");
        let dpo = self.dpo(decl);
        let eu_representative = self.optional_text(
            &decl.eu_representative,
            "eu_representative",
            "eu_representative",
        );
        let uk_representative = self.optional_text(
            &decl.uk_representative,
            "uk_representative",
            "uk_representative",
        );
        let lead_authority =
            self.optional_text(&decl.lead_authority, "lead_authority", "lead_authority");
        Some(Controller {
            name: name?,
            service: service?,
            website,
            address,
            plural: !decl.plural.is_empty(),
            country,
            dpo,
            eu_representative,
            uk_representative,
            lead_authority,
        })
    }

    fn data(&mut self, decl: Box<ast::DataDecl>) {
        // E0010 is reported where the name is written. Kept out of the
        // model, a name of 400,000 parts is never walked parent by parent.
        if decl.id.text.len() > MAX_NAME_LEN {
            return;
        }
        if let Some(first) = self.spans.data_index.get(&self.parts.data, &decl.id.text) {
            let first = self.spans.data_id(first);
            self.diags.push(duplicate(
                "data category",
                &decl.id.text,
                decl.id.span,
                first,
            ));
            return;
        }
        let (index, data, spans) = (&self.spans.data_index, &self.parts.data, &self.spans.data);
        let exact = |id: &str| index.get(data, id).and_then(|at| spans.get(at).copied());
        let clash = self
            .data_case
            .check("data category", &decl.id.text, decl.id.span, exact);
        self.diags.extend(clash);
        self.spans.data.push(decl.id.span);
        self.spans.model.data.push(decl.span);
        self.spans
            .identity
            .push(decl.identity.first().map(|p| p.span));
        self.spans
            .anonymised_by
            .push(decl.anonymised_by.first().map(|p| p.span));
        self.spans
            .ccpa_category
            .push(decl.ccpa_category.first().map(|p| p.span));
        if decl.required_by.is_empty()
            && let Some(flag) = decl.requirement.first()
            && flag.value == ast::Requirement::Required
        {
            self.spans
                .written
                .bare_required
                .push((decl.id.text.clone(), flag.span));
        }
        let (category, identity, source) = self.data_category(*decl);
        self.own.push((identity, source));
        self.parts.data.push(category);
        let position = self.parts.data.len() - 1;
        self.spans.data_index.insert(&self.parts.data, position);
    }

    /// Records a root category that writes no `source` (W0417) or writes
    /// `source unstated` (W0416); a malformed `source` is reported where it
    /// is written.
    fn source_written(&mut self, id: &Name, source: &[Prop<Vec<ast::SourceItem>>]) {
        let written = &mut self.spans.written;
        match source.first() {
            Some(prop) if is_unstated_source(&prop.value) => {
                let span = prop.value.first().map_or(prop.span, |i| i.kind.span);
                written.source_unstated.push((id.text.clone(), span));
            }
            Some(_) => {}
            None if !id.text.contains('.') => {
                written.sourceless.push((id.text.clone(), id.span));
            }
            None => {}
        }
    }

    fn data_category(
        &mut self,
        decl: ast::DataDecl,
    ) -> (DataCategory, Option<Identity>, Option<Source>) {
        let ast::DataDecl {
            id,
            label,
            description,
            source,
            identity,
            special,
            examples,
            examples_open,
            requirement,
            collected,
            when_combined,
            fides,
            short,
            span: _,
            sensitive,
            ccpa_category,
            anonymised_by,
            required_by,
        } = decl;
        // Without a label (an error, reported), the category stays in the
        // parts with an empty one, so that references to it resolve; the
        // error keeps it out of the model.
        let label = match label {
            Some(label) => self.take_text(label, "label").unwrap_or_default(),
            None => {
                self.diags.push(
                    Diagnostic::new(
                        Code::EmptyString,
                        id.span,
                        format!("the data category `{}` has no label", id.text),
                    )
                    .label("readers see a label, not the id")
                    .help(format!(
                        "add a label in quotes: `data {} \"What this information is\"`",
                        id.text
                    )),
                );
                String::new()
            }
        };
        self.source_written(&id, &source);
        let sources = self.sources(&id.text, &source);
        let diags = &mut self.diags;
        let source = sources.first().map(|s| s.kind);
        // The list says more than `source` only when it has several
        // sources or a name; otherwise `source` is the whole of it.
        let sources = if sources.len() > 1 || sources.iter().any(|s| s.name.is_some()) {
            sources
        } else {
            Vec::new()
        };
        let identity = single(&identity, "identity", diags)
            .and_then(|p| resolve_in(&identity_spelling(&p.value), &IDENTITIES, diags));
        let special = single(&special, "special", diags)
            .and_then(|p| resolve_in(&p.value, &SPECIAL_CATEGORIES, diags));
        let sensitive_span = sensitive.first().map(|p| p.span);
        let sensitive = single(&sensitive, "sensitive", diags)
            .and_then(|p| resolve_in(&p.value, &SENSITIVE_CATEGORIES, diags));
        if let (Some(special), Some(sensitive), Some(span)) = (special, sensitive, sensitive_span) {
            self.spans
                .written
                .special_and_sensitive
                .push(SpecialAndSensitive {
                    id: id.text.clone(),
                    special,
                    sensitive,
                    span,
                });
        }
        let mut ccpa_categories: Vec<CcpaCategory> = single(&ccpa_category, "ccpa_category", diags)
            .map(|p| {
                p.value
                    .iter()
                    .filter_map(|n| resolve_in(n, &CCPA_CATEGORIES, diags))
                    .collect()
            })
            .unwrap_or_default();
        ccpa_categories.sort_unstable();
        ccpa_categories.dedup();
        let when_combined = single(&when_combined, "when_combined", diags)
            .and_then(|p| resolve_in(&p.value, &COMBINATIONS, diags))
            .is_some();
        let requirement = self.requirement(&requirement);
        let short = self.short(&short, "data category", &id.text, &label);
        let description = self.take_optional_text(description, "description", "description");
        let collected = self.take_optional_text(
            collected,
            "collected",
            "description of when it is collected",
        );
        let examples = take_single(examples, "examples", &mut self.diags)
            .into_iter()
            .flatten()
            .filter_map(|e| self.take_text(e, "example"))
            .collect();
        let fides = self.fides_key(fides, Taxonomy::DataCategories);
        let anonymised_by =
            self.take_optional_text(anonymised_by, "anonymised_by", "anonymisation method");
        let required_by = self.required_by(required_by);
        let category = DataCategory {
            id: id.text,
            label,
            parent: None,
            description,
            source,
            sources,
            identity: identity.unwrap_or(Identity::Identified),
            special,
            sensitive,
            ccpa_categories,
            examples,
            examples_open,
            requirement,
            collected,
            retention: Vec::new(),
            retention_rule: RetentionRule::Last,
            retention_end: None,
            backups: None,
            purpose_retention: Vec::new(),
            when_combined,
            fides,
            short,
            anonymised_by,
            required_by,
        };
        (category, identity, source)
    }

    /// The sources of a category's `source`, each known kind once with its
    /// name, recorded as written for the rules (E0386, W0382, W0383). A
    /// name is kept only where a source is obtained from others (a third
    /// party, a publicly available source): E0386 reports any other.
    fn sources(&mut self, data: &str, props: &[Prop<Vec<ast::SourceItem>>]) -> Vec<NamedSource> {
        let Some(prop) = single(props, "source", &mut self.diags) else {
            return Vec::new();
        };
        if is_unstated_source(&prop.value) {
            return Vec::new();
        }
        let mut sources: Vec<NamedSource> = Vec::with_capacity(prop.value.len());
        for item in &prop.value {
            let Some(kind) = resolve_in(&item.kind, &SOURCES, &mut self.diags) else {
                continue;
            };
            let name = match &item.name {
                Some(name) => self.take_text(name.clone(), "source's name"),
                None => None,
            };
            let span = item
                .name
                .as_ref()
                .map_or(item.kind.span, |n| item.kind.span.to(n.span));
            self.spans.written.sources.push(SourceWritten {
                data: data.to_owned(),
                kind,
                name: name.clone(),
                span,
            });
            let name = name.filter(|_| names_its_source(kind));
            let source = NamedSource { kind, name };
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        sources
    }

    /// The Fides key of a category or purpose: a key of fideslang's
    /// default taxonomy (E0880), so that the export never names a key Fides
    /// lacks.
    fn fides_key(&mut self, props: Vec<Prop<ast::Str>>, of: Taxonomy) -> Option<String> {
        let value = take_single(props, "fides", &mut self.diags)?;
        let span = value.span;
        let key = self.take_text(value, "Fides key")?;
        if of.name(&key).is_some() {
            return Some(key);
        }
        let (what, example) = of.words();
        let help = match suggest::closest(&key, of.keys().iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "write a {what} of fideslang's default taxonomy, such as `{example}`, or leave \
                 `fides` out: the export then declares a custom {what}"
            ),
        };
        self.diags.push(
            Diagnostic::new(
                Code::FidesKeyUnknown,
                span,
                format!("`{key}` is not a {what} of fideslang's default taxonomy"),
            )
            .label(format!("not a Fides {what}"))
            .help(help),
        );
        None
    }

    /// `required by WHAT "consequence"`: a second one is reported with the
    /// flags, by [`requirement`](Self::requirement).
    fn required_by(&mut self, props: Vec<Prop<ast::RequiredByDecl>>) -> Option<RequirementReason> {
        let first = props.into_iter().next()?.value;
        let by = resolve_in(&first.by, &REQUIRED_BY, &mut self.diags);
        let consequence = self.take_text(first.consequence, "consequence");
        Some(RequirementReason {
            by: by?,
            consequence: consequence?,
        })
    }

    fn requirement(&mut self, flags: &[Prop<ast::Requirement>]) -> Option<Requirement> {
        let first = flags.first()?;
        for extra in flags.iter().skip(1) {
            let diag = if extra.value == first.value {
                Diagnostic::new(
                    Code::DuplicateProperty,
                    extra.span,
                    "this flag is given twice",
                )
                .label("second flag")
                .note(first.span, "first given here")
                .help("keep one")
            } else {
                Diagnostic::new(Code::ConflictingRequirement, extra.span, "a data category cannot be both required and optional")
                    .label("conflicts with the earlier flag")
                    .note(first.span, "the other flag")
                    .help("keep `required` if users must provide it to use the service, `optional` otherwise")
            };
            self.diags.push(diag);
        }
        Some(match first.value {
            ast::Requirement::Required => Requirement::Required,
            ast::Requirement::Optional => Requirement::Optional,
        })
    }

    fn link_parents(&mut self) {
        let count = self.parts.data.len();
        let mut parents = Vec::with_capacity(count);
        for position in 0..count {
            let parent = self
                .parts
                .data
                .get(position)
                .and_then(|c| c.id.rsplit_once('.'))
                .map(|(parent, _)| parent.to_owned());
            let Some(parent) = parent else {
                parents.push(None);
                continue;
            };
            let found = self.spans.data_index.get(&self.parts.data, &parent);
            parents.push(found);
            let Some(category) = self.parts.data.get_mut(position) else {
                continue;
            };
            if found.is_some() {
                category.parent = Some(parent);
                continue;
            }
            let span = self.spans.data_id(position);
            self.diags.push(
                Diagnostic::new(
                    Code::MissingParent,
                    span,
                    format!(
                        "`{}` is inside `{parent}`, which is not declared",
                        category.id
                    ),
                )
                .label(format!(
                    "`{parent}` must be declared for this to be inside it"
                ))
                .help(format!(
                    "declare `data {parent} \"…\"`, or remove the dot from this id"
                )),
            );
        }
        self.spans.parents = parents;
    }

    /// Under a US regime, a category's own special category is the CPRA's
    /// sensitive information it maps to (`vocab::CPRA_SENSITIVE`), unless
    /// the category states its own `sensitive`: one declaration serves
    /// both regimes. Before inheritance, so only a category's own special
    /// category counts, as `sensitive` is never inherited.
    fn cpra_sensitive(&mut self) {
        let us = self
            .spans
            .written
            .header
            .as_ref()
            .and_then(|h| h.regimes.as_deref())
            .is_some_and(|regimes| {
                regimes
                    .iter()
                    .any(|r| matches!(r, Regime::Ccpa | Regime::UsStateLaws))
            });
        if !us {
            return;
        }
        for category in &mut self.parts.data {
            if category.sensitive.is_none() {
                category.sensitive = category.special.and_then(crate::vocab::cpra_sensitive);
            }
        }
    }

    /// Applies inheritance: a child takes its parent's source, identity,
    /// special category unless it states its own. Parents are resolved
    /// before children by processing in order of depth.
    fn inherit(&mut self, own: &[(Option<Identity>, Option<Source>)]) {
        let data = &self.parts.data;
        // The depths first, in one pass, so that sorting by them does not
        // go back to the ids; the sort is stable, so a depth keeps the
        // order of declaration.
        let mut by_depth: Vec<(usize, usize)> = data
            .iter()
            .map(|d| d.id.bytes().filter(|&b| b == b'.').count())
            .enumerate()
            .map(|(i, depth)| (depth, i))
            .collect();
        by_depth.sort_by_key(|&(depth, _)| depth);
        let order: Vec<usize> = by_depth.into_iter().map(|(_, i)| i).collect();
        let mut effective: Vec<Option<Inherited>> = vec![None; data.len()];
        for &i in &order {
            let inherited = self
                .spans
                .parents
                .get(i)
                .copied()
                .flatten()
                .and_then(|p| effective.get(p).copied().flatten());
            let (own_identity, own_source) = own.get(i).copied().unwrap_or((None, None));
            // A category that states no source takes its parent's list
            // with its first source (the parent is done: depth order).
            let parent_sources =
                match own_source {
                    Some(_) => None,
                    None => {
                        self.spans.parents.get(i).copied().flatten().and_then(|p| {
                            self.parts.data.get(p).map(|parent| parent.sources.clone())
                        })
                    }
                };
            let Some(category) = self.parts.data.get_mut(i) else {
                continue;
            };
            if let Some(sources) = parent_sources {
                category.sources = sources;
            }
            let (parent_identity, parent_source, parent_special) =
                inherited.unwrap_or((None, None, None));
            let identity = own_identity.or(parent_identity);
            let source = own_source.or(parent_source);
            let special = category.special.or(parent_special);
            category.identity = identity.unwrap_or(Identity::Identified);
            category.source = source;
            category.special = special;
            if let Some(slot) = effective.get_mut(i) {
                *slot = Some((identity.or(Some(category.identity)), source, special));
            }
        }
        inherit_anonymisation(&mut self.parts.data, &self.spans.parents, &order);
        inherit_ccpa_categories(&mut self.parts.data, &self.spans.parents, &order);
        self.spans.shallow_first = order;
    }

    fn data_ids(&self) -> Vec<&str> {
        self.parts.data.iter().map(|d| d.id.as_str()).collect()
    }

    /// Resolves a reference to a data category.
    fn data_ref(&mut self, name: &Name) -> Option<String> {
        if self.is_data(&name.text) {
            return Some(name.text.clone());
        }
        if name.text.len() > MAX_NAME_LEN {
            return None; // E0010, where it is written.
        }
        self.unknown_data(name);
        None
    }

    fn is_data(&self, id: &str) -> bool {
        self.spans.data_index.get(&self.parts.data, id).is_some()
    }

    fn unknown_data(&mut self, name: &Name) {
        // Searching every id for each of 100,000 unknown names would be
        // quadratic; past the limit the diagnostic is only counted.
        let best = if self.crowded() {
            None
        } else {
            suggest::closest(&name.text, self.data_ids().iter().copied()).map(str::to_owned)
        };
        let declare = format!("declare it with `data {} \"…\"`", name.text);
        self.unknown(name, Code::UnknownData, "data category", best, declare);
    }

    fn period(&mut self, period: &ast::PeriodDecl) -> Option<Period> {
        Some(match period {
            ast::PeriodDecl::For { duration, from } => Period::For {
                duration: values::duration(duration, &mut self.diags)?,
                from: self.event(from)?,
            },
            ast::PeriodDecl::Until(event) => Period::Until {
                event: self.event(event)?,
            },
            ast::PeriodDecl::AsRequiredByLaw(_) => Period::AsRequiredByLaw,
            ast::PeriodDecl::Criteria(criteria) => Period::Criteria {
                criteria: self.text(criteria, "retention criteria")?,
                at_most: None,
            },
        })
    }

    fn event(&mut self, event: &ast::EventDecl) -> Option<String> {
        match event {
            ast::EventDecl::Keyword(name) => {
                let words = crate::vocab::EVENTS
                    .find(&name.text)
                    .map(|v| v.text.to_owned());
                if words.is_none() {
                    let known = crate::vocab::EVENTS.keywords();
                    let help = suggest::closest(&name.text, known).map_or_else(
                        || {
                            format!(
                                "write the event in words, in quotes: \"{}\"",
                                name.text.replace('_', " ")
                            )
                        },
                        |k| {
                            format!(
                                "did you mean `{k}`? Otherwise write the event in words, in quotes"
                            )
                        },
                    );
                    self.diags.push(
                        Diagnostic::new(
                            Code::UnknownKeyword,
                            name.span,
                            format!("unknown event `{}`", name.text),
                        )
                        .label("not an event the language knows")
                        .help(help),
                    );
                }
                words
            }
            ast::EventDecl::Phrase(phrase) => self.text(phrase, "event"),
        }
    }

    /// The parts of a `retain` declaration every retention has: its data,
    /// periods, rule, end and backups, once each is well formed.
    fn retain_parts(&mut self, decl: &ast::RetainDecl) -> Option<RetainParts> {
        let data: Vec<String> = decl.data.iter().filter_map(|n| self.data_ref(n)).collect();
        self.spans.retention_attempted.extend(data.iter().cloned());
        let mut periods: Vec<Period> = decl.periods.iter().filter_map(|p| self.period(p)).collect();
        if let Some(cap) = &decl.cap {
            let duration = values::duration(&cap.duration, &mut self.diags);
            let from = self.event(&cap.from);
            let (Some(duration), Some(from)) = (duration, from) else {
                return None;
            };
            // The grammar writes a cap after criteria only.
            for period in &mut periods {
                if let Period::Criteria { at_most, .. } = period {
                    *at_most = Some(Cap {
                        duration,
                        from: from.clone(),
                    });
                }
            }
        }
        let rule = decl
            .rule
            .as_ref()
            .map(|word| resolve_in(word, &RETENTION_RULES, &mut self.diags));
        let end = decl
            .end
            .as_ref()
            .map(|word| resolve_in(word, &RETENTION_ENDS, &mut self.diags));
        let backups = decl
            .backups
            .as_ref()
            .map(|d| values::duration(d, &mut self.diags));
        if periods.len() != decl.periods.len() || data.len() != decl.data.len() {
            return None;
        }
        let (Some(end), Some(backups)) = (
            end.map_or(Some(None), |e| e.map(Some)),
            backups.map_or(Some(None), |b| b.map(Some)),
        ) else {
            return None;
        };
        // No rule written: one period, or an E0330 the rules report.
        let rule = rule.unwrap_or(Some(RetentionRule::Last))?;
        self.spans.written.retains.push(RetainWritten {
            span: decl.span,
            alternatives: periods.len(),
            rule: decl.rule.as_ref().map(|word| word.span),
        });
        Some(RetainParts {
            data,
            periods,
            rule,
            ending: (end, backups),
        })
    }

    /// The retentions specific to purposes (`retain DATA when_used_for
    /// PURPOSE, … PERIOD`), once the purposes are known: each category
    /// keeps, for each purpose, its own or its nearest ancestor's.
    fn purpose_retention(&mut self, decls: Decls<ast::RetainDecl>) {
        type Own = (Vec<Period>, RetentionRule, Ending, Span);
        let mut own: HashMap<(String, String), Own> = HashMap::new();
        for decl in &decls {
            self.cap_diagnostics();
            let purposes: Vec<String> = decl
                .purposes
                .iter()
                .filter_map(|n| self.purpose_ref(n))
                .collect();
            let Some(parts) = self.retain_parts(decl) else {
                continue;
            };
            if purposes.len() != decl.purposes.len() {
                continue;
            }
            for (id, name) in parts.data.iter().zip(&decl.data) {
                for (purpose, purpose_name) in purposes.iter().zip(&decl.purposes) {
                    let key = (id.clone(), purpose.clone());
                    if let Some((_, _, _, first)) = own.get(&key) {
                        self.diags.push(
                            Diagnostic::new(
                                Code::Duplicate,
                                name.span,
                                format!(
                                    "the retention of `{id}` when used for `{purpose}` is stated twice"
                                ),
                            )
                            .label("stated again here")
                            .note(*first, "first stated here")
                            .help("state each category's retention for a purpose once; join alternatives with `or`"),
                        );
                        continue;
                    }
                    self.spans.written.retention_purposes.push((
                        id.clone(),
                        purpose.clone(),
                        purpose_name.span,
                    ));
                    own.insert(
                        key,
                        (parts.periods.clone(), parts.rule, parts.ending, name.span),
                    );
                }
            }
            self.parts.retention.push(Retention {
                data: parts.data,
                purposes,
                periods: parts.periods,
                rule: parts.rule,
                end: parts.ending.0,
                backups: parts.ending.1,
            });
            self.spans.model.retention.push(decl.span);
        }
        if own.is_empty() {
            return;
        }
        let purposes: Vec<String> = self.parts.purposes.iter().map(|p| p.id.clone()).collect();
        for category in &mut self.parts.data {
            for purpose in &purposes {
                let mut current = Some(category.id.as_str());
                while let Some(id) = current {
                    if let Some((periods, rule, (end, backups), _)) =
                        own.get(&(id.to_owned(), purpose.clone()))
                    {
                        category.purpose_retention.push(PurposeRetention {
                            purpose: purpose.clone(),
                            periods: periods.clone(),
                            rule: *rule,
                            end: *end,
                            backups: *backups,
                        });
                        break;
                    }
                    current = id.rsplit_once('.').map(|(parent, _)| parent);
                }
            }
        }
    }

    fn retention(&mut self, decls: Decls<ast::RetainDecl>) {
        type Own = (Vec<Period>, RetentionRule, Ending, Span);
        let mut own: HashMap<String, Own> = HashMap::new();
        for decl in &decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            let Some(RetainParts {
                data,
                periods,
                rule,
                ending: (end, backups),
            }) = self.retain_parts(decl)
            else {
                continue;
            };
            if let Some(word) = &decl.end {
                self.spans
                    .written
                    .retention_ends
                    .extend(data.iter().map(|id| (id.clone(), word.span)));
            }
            for (id, name) in data.iter().zip(&decl.data) {
                if let Some((_, _, _, first)) = own.get(id) {
                    self.diags.push(
                        Diagnostic::new(
                            Code::Duplicate,
                            name.span,
                            format!("the retention of `{id}` is stated twice"),
                        )
                        .label("stated again here")
                        .note(*first, "first stated here")
                        .help("state each category's retention once; join alternatives with `or`"),
                    );
                    continue;
                }
                own.insert(
                    id.clone(),
                    (periods.clone(), rule, (end, backups), name.span),
                );
            }
            if let Some(unstated) = decl.unstated {
                self.spans
                    .written
                    .retention_unstated
                    .extend(data.iter().map(|id| (id.clone(), unstated)));
            }
            self.parts.retention.push(Retention {
                data,
                purposes: Vec::new(),
                periods,
                rule,
                end,
                backups,
            });
            self.spans.model.retention.push(decl.span);
        }
        // Nearest ancestor's retention applies when a category states none.
        for category in &mut self.parts.data {
            let mut current = Some(category.id.as_str());
            while let Some(id) = current {
                if let Some((periods, rule, (end, backups), _)) = own.get(id) {
                    category.retention = periods.clone();
                    category.retention_rule = *rule;
                    category.retention_end = *end;
                    category.backups = *backups;
                    break;
                }
                current = id.rsplit_once('.').map(|(parent, _)| parent);
            }
        }
    }

    fn purposes(&mut self, decls: Decls<ast::PurposeDecl>) {
        let mut first: HashMap<String, Span> = HashMap::new();
        let mut case = CaseFold::default();
        for decl in &decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            if !self.first_of_kind("purpose", &decl.id, &mut first, &mut case) {
                continue;
            }
            self.spans.purpose_ids.insert(decl.id.text.clone());
            if let Some((purpose, spans)) = self.purpose(decl) {
                self.parts.purposes.push(purpose);
                self.spans.purposes.push(spans);
                self.spans.model.purposes.push(decl.span);
            }
        }
    }

    fn purpose(&mut self, decl: &ast::PurposeDecl) -> Option<(Purpose, PurposeSpans)> {
        let label = self.label(decl.label.as_ref(), "purpose", &decl.id);
        let short = label
            .as_deref()
            .and_then(|label| self.short(&decl.short, "purpose", &decl.id.text, label));
        let description = self.optional_text(&decl.description, "description", "description");
        let mut spans = PurposeSpans::default();
        let mut uses = Vec::new();
        // A set beside the list: a list of 100,000 uses must not be
        // searched once per item.
        let mut listed: HashSet<String> = HashSet::new();
        let mut all_resolved = true;
        for name in decl.uses.iter().flat_map(|p| &p.value) {
            match self.data_ref(name) {
                Some(id) if listed.contains(&id) => {}
                Some(id) => {
                    listed.insert(id.clone());
                    self.spans.declared_uses.insert(id.clone());
                    spans.uses.push((id.clone(), name.span));
                    uses.push(id);
                }
                None => all_resolved = false,
            }
        }
        let (basis, written) = self.basis(decl, &mut spans);
        self.spans.written.purposes.push(PurposeWritten {
            id: decl.id.text.clone(),
            span: decl.id.span,
            uses: !decl.uses.is_empty() || decl.malformed.iter().any(|m| m == "uses"),
            basis: written,
        });
        let only = single(&decl.only, "only", &mut self.diags).cloned();
        let only_depersonalized = match only {
            Some(prop) => {
                spans.only = prop.span;
                resolve(
                    &prop.value,
                    keywords::RESTRICTIONS,
                    "restriction",
                    &mut self.diags,
                )
                .is_some()
            }
            None => false,
        };
        let fides = self.fides_key(decl.fides.clone(), Taxonomy::DataUses);
        repeats(&decl.profiling, "profiling", &mut self.diags);
        repeats(&decl.direct_marketing, "direct_marketing", &mut self.diags);
        spans.profiling = decl.profiling.first().map(|p| p.span);
        spans.direct_marketing = decl.direct_marketing.first().map(|p| p.span);
        let special_condition = self.special_condition(decl, &mut spans);
        let permitted_use = self.permitted_use(decl, &mut spans);
        let (basis, interest) = basis?;
        let special_condition = special_condition?;
        let permitted_use = permitted_use?;
        if !all_resolved || decl.uses.is_empty() {
            return None;
        }
        let purpose = Purpose {
            id: decl.id.text.clone(),
            label: label?,
            description,
            uses,
            basis,
            interest,
            only_depersonalized,
            fides,
            short,
            profiling: !decl.profiling.is_empty(),
            direct_marketing: !decl.direct_marketing.is_empty(),
            special_condition,
            permitted_use,
        };
        Some((purpose, spans))
    }

    /// The use 11 CCR §7027(m) permits that a purpose serves: `Some(None)`
    /// when none is written, `None` when it is broken (and reported),
    /// which leaves the purpose out as a broken basis does. Whether it has
    /// an effect is for the rules (W0446).
    fn permitted_use(
        &mut self,
        decl: &ast::PurposeDecl,
        spans: &mut PurposeSpans,
    ) -> Option<Option<PermittedUse>> {
        let Some(prop) = single(&decl.permitted_use, "permitted_use", &mut self.diags) else {
            let broken = decl.malformed.iter().any(|m| m == "permitted_use");
            return (!broken).then_some(None);
        };
        spans.permitted_use = Some(prop.span);
        resolve_in(&prop.value, &PERMITTED_USES, &mut self.diags).map(Some)
    }

    /// The Art. 9(2) condition of a purpose: `Some(None)` when none is
    /// written, `None` when it is broken (and reported), which leaves the
    /// purpose out as a broken basis does. Whether the condition needs its
    /// law, or takes none, is for the rules (E0395, E0397).
    fn special_condition(
        &mut self,
        decl: &ast::PurposeDecl,
        spans: &mut PurposeSpans,
    ) -> Option<Option<SpecialConditionStated>> {
        let Some(prop) = single(
            &decl.special_condition,
            "special_condition",
            &mut self.diags,
        ) else {
            let broken = decl.malformed.iter().any(|m| m == "special_condition");
            return (!broken).then_some(None);
        };
        spans.special_condition = Some(prop.span);
        let condition = resolve_in(&prop.value.kind, &SPECIAL_CONDITIONS, &mut self.diags)?;
        let law = match &prop.value.interest {
            Some(text) => Some(self.text(text, "law")?),
            None => None,
        };
        Some(Some(SpecialConditionStated { condition, law }))
    }

    /// The basis and interest of a purpose, when both are valid, and what
    /// it states of them, for the rules that judge a missing basis or
    /// interest.
    fn basis(
        &mut self,
        decl: &ast::PurposeDecl,
        spans: &mut PurposeSpans,
    ) -> (Option<(Basis, Option<String>)>, BasisWritten) {
        let Some(prop) = single(&decl.basis, "basis", &mut self.diags) else {
            if decl.malformed.iter().any(|m| m == "basis") {
                return (None, BasisWritten::Broken);
            }
            // No basis is not stating one: whether a declared regime asks
            // for it is for E0406 to judge.
            return (Some((Basis::Unstated, None)), BasisWritten::Missing);
        };
        spans.basis = prop.span;
        let Some(basis) = resolve_in(&prop.value.kind, &BASES, &mut self.diags) else {
            return (None, BasisWritten::Broken);
        };
        let written = BasisWritten::Stated {
            span: prop.span,
            basis,
            interest: prop.value.interest.as_ref().map(|i| i.span),
        };
        let interest = match (&prop.value.interest, basis) {
            (Some(interest), Basis::LegitimateInterest) => {
                match self.text(interest, "legitimate interest") {
                    Some(text) => Some(text),
                    None => return (None, written),
                }
            }
            // E0309, judged by the rules.
            (Some(_), _) => return (None, written),
            // E0301 judges an interest not stated where a regime asks for it.
            (None, _) => None,
        };
        (Some((basis, interest)), written)
    }

    /// A `short` label, recorded beside its label for W0470.
    fn short(
        &mut self,
        props: &[Prop<ast::Str>],
        kind: &'static str,
        id: &str,
        label: &str,
    ) -> Option<String> {
        let prop = single(props, "short", &mut self.diags)?;
        let short = values::text(&prop.value, "short label", &mut self.diags)?;
        self.spans.written.shorts.push(ShortWritten {
            kind,
            id: id.to_owned(),
            label: label.to_owned(),
            short: short.clone(),
            span: prop.value.span,
        });
        Some(short)
    }

    fn label(&mut self, label: Option<&ast::Str>, kind: &str, id: &Name) -> Option<String> {
        match label {
            Some(label) => self.text(label, "label"),
            None => {
                self.diags.push(
                    Diagnostic::new(
                        Code::EmptyString,
                        id.span,
                        format!("the {kind} `{}` has no label", id.text),
                    )
                    .label("readers see a label, not the id")
                    .help(format!(
                        "add a label in quotes after the id: `{kind} {} \"…\"`",
                        id.text
                    )),
                );
                None
            }
        }
    }

    fn recipients(&mut self, decls: Decls<ast::RecipientDecl>) {
        let mut case = CaseFold::default();
        for decl in &decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            if let Some(span) = self.spans.recipients.get(&decl.id.text) {
                self.diags
                    .push(duplicate("recipient", &decl.id.text, decl.id.span, *span));
                continue;
            }
            let recipients = &self.spans.recipients;
            let exact = |id: &str| recipients.get(id).copied();
            let clash = case.check("recipient", &decl.id.text, decl.id.span, exact);
            self.diags.extend(clash);
            self.spans
                .recipients
                .insert(decl.id.text.clone(), decl.id.span);
            let label = self.label(decl.label.as_ref(), "recipient", &decl.id);
            let description = self.optional_text(&decl.description, "description", "description");
            let kind = single(&decl.kind, "kind", &mut self.diags)
                .cloned()
                .and_then(|k| resolve_in(&k.value, &RECIPIENT_KINDS, &mut self.diags));
            let country = self.optional_text(&decl.country, "country", "country");
            let safeguard = self.optional_text(&decl.safeguard, "safeguard", "safeguard");
            let mechanism = self.mechanism(decl);
            let copy = self.optional_text(&decl.copy, "copy", "copy");
            let (role, arrangement, party) = self.party(decl, kind);
            self.spans.written.recipients.push(RecipientWritten {
                id: decl.id.text.clone(),
                country: country
                    .clone()
                    .zip(decl.country.first().map(|prop| prop.span)),
                safeguard: safeguard
                    .clone()
                    .zip(decl.safeguard.first().map(|prop| prop.span)),
                copy: copy.as_ref().and(decl.copy.first().map(|prop| prop.span)),
                mechanism: mechanism.map(|(written, _)| written),
                party,
            });
            repeats(&decl.bound_by_policy, "bound_by_policy", &mut self.diags);
            let disclosed_as = self.disclosed_as(decl);
            let Some(label) = label else { continue };
            self.parts.recipients.push(Recipient {
                id: decl.id.text.clone(),
                label,
                description,
                kind,
                country,
                safeguard,
                bound_by_policy: !decl.bound_by_policy.is_empty(),
                disclosed_as,
                mechanism: mechanism.and_then(|(_, mechanism)| mechanism),
                copy,
                role,
                arrangement,
            });
            self.spans.model.recipients.push(decl.span);
        }
    }

    /// `role` and `arrangement`: the role looked up, the arrangement's
    /// text, and what was written of the party for the rules to judge.
    fn party(
        &mut self,
        decl: &ast::RecipientDecl,
        kind: Option<RecipientKind>,
    ) -> (Option<ControllerRole>, Option<String>, PartyWritten) {
        let role_prop = single(&decl.role, "role", &mut self.diags).cloned();
        let role = role_prop
            .as_ref()
            .and_then(|p| resolve_in(&p.value, &ROLES, &mut self.diags));
        let arrangement = self.optional_text(&decl.arrangement, "arrangement", "arrangement");
        let written = PartyWritten {
            kind: kind.zip(decl.kind.first().map(|prop| prop.span)),
            role: role.zip(role_prop.map(|prop| prop.span)),
            arrangement: decl.arrangement.first().map(|prop| prop.span),
        };
        (role, arrangement, written)
    }

    /// `mechanism KIND (CASE)?`: the values looked up, a derogation's
    /// case only after `derogation`; the model's mechanism when the two
    /// agree (the rules report where they do not: E0366).
    fn mechanism(
        &mut self,
        decl: &ast::RecipientDecl,
    ) -> Option<(MechanismWritten, Option<Mechanism>)> {
        let prop = single(&decl.mechanism, "mechanism", &mut self.diags)?;
        let kind = resolve_in(&prop.value.kind, &MECHANISMS, &mut self.diags);
        let case = prop.value.case.as_ref().map(|name| {
            let value = (kind == Some(MechanismKind::Derogation))
                .then(|| resolve_in(name, &DEROGATIONS, &mut self.diags))
                .flatten();
            (value, name.span)
        });
        let mechanism = kind.and_then(|k| Mechanism::new(k, case.and_then(|(v, _)| v)));
        let written = MechanismWritten {
            span: prop.span,
            kind,
            case,
        };
        Some((written, mechanism))
    }

    /// `disclosed_as`: each value once, in the set's order, so that the
    /// model compares and serializes the same however it is written.
    fn disclosed_as(&mut self, decl: &ast::RecipientDecl) -> Vec<Disclosure> {
        let diags = &mut self.diags;
        let Some(prop) = single(&decl.disclosed_as, "disclosed_as", diags) else {
            return Vec::new();
        };
        if let Some(first) = decl.disclosed_as.first() {
            self.spans
                .written
                .disclosures
                .push((decl.id.text.clone(), first.span));
        }
        let mut values: Vec<Disclosure> = prop
            .value
            .iter()
            .filter_map(|n| resolve_in(n, &DISCLOSURES, diags))
            .collect();
        values.sort_unstable();
        values.dedup();
        values
    }

    /// Declares `id` as a `kind` among the ids seen so far (`first`):
    /// false, having reported it, when it is declared already. An id that
    /// differs from another only by case is reported too.
    fn first_of_kind(
        &mut self,
        kind: &'static str,
        id: &Name,
        first: &mut HashMap<String, Span>,
        case: &mut CaseFold,
    ) -> bool {
        if let Some(span) = first.get(&id.text) {
            self.diags.push(duplicate(kind, &id.text, id.span, *span));
            return false;
        }
        let exact = |known: &str| first.get(known).copied();
        let clash = case.check(kind, &id.text, id.span, exact);
        self.diags.extend(clash);
        first.insert(id.text.clone(), id.span);
        true
    }

    /// Lowers each declaration of a kind with ids of its own, in source
    /// order, reporting a second one with the same id (or one that
    /// differs only by case) instead.
    fn each_new<D>(
        &mut self,
        kind: &'static str,
        decls: &[Box<D>],
        id: fn(&D) -> &Name,
        mut lower: impl FnMut(&mut Self, &D),
    ) {
        let mut first: HashMap<String, Span> = HashMap::new();
        let mut case = CaseFold::default();
        for decl in decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            if self.first_of_kind(kind, id(decl), &mut first, &mut case) {
                lower(self, decl);
            }
        }
    }

    /// The `section` declarations, before the clauses that name them: a
    /// section of the author's own needs a heading and an id no built-in
    /// section has, and may follow a built-in section or one declared
    /// before it; a built-in section takes only a summary. Lowering
    /// records each as written and keeps the valid ones; the rules
    /// (E0451 to E0454, W0451, W0452) judge.
    fn sections(&mut self, decls: Decls<ast::SectionDecl>) {
        for decl in &decls {
            let id = &decl.id.text;
            if SECTIONS.find_word(id).is_none() && !self.spans.section_ids.contains(id) {
                self.spans.section_ids.push(id.clone());
            }
        }
        self.each_new(
            "section",
            &decls,
            |d| &d.id,
            |lower, decl| {
                let written = lower.section_written(decl);
                if let Some(section) = lower.section(decl, &written) {
                    lower.parts.sections.push(section);
                    lower.spans.model.sections.push(decl.span);
                }
                lower.spans.written.sections.push(written);
            },
        );
    }

    /// What a `section` declaration writes, and whether `after` names a
    /// section that is built in or declared before it.
    fn section_written(&self, decl: &ast::SectionDecl) -> SectionWritten {
        let builtin = SECTIONS.find_word(&decl.id.text).map(|v| v.value);
        let after = decl.after.first().map(|after| {
            let name = &after.value.text;
            let known = SECTIONS.find_word(name).is_some()
                || self
                    .spans
                    .section_ids
                    .iter()
                    .take_while(|id| **id != decl.id.text)
                    .any(|id| id == name);
            (after.value.clone(), known)
        });
        SectionWritten {
            id: decl.id.clone(),
            builtin,
            heading: decl.heading.as_ref().map(|h| h.span),
            after,
            summary: !decl.summary.is_empty(),
        }
    }

    /// A `section` declaration, when it is valid.
    fn section(&mut self, decl: &ast::SectionDecl, written: &SectionWritten) -> Option<SectionDef> {
        let summary = self.optional_text(&decl.summary, "summary", "summary");
        let after = single(&decl.after, "after", &mut self.diags);
        let id = match (written.builtin, &decl.heading) {
            (Some(section), None) if after.is_none() => SectionRef::Builtin(section),
            (None, Some(_)) => SectionRef::Custom(decl.id.text.clone()),
            // A heading on a built-in section, a place given to one, or a
            // section of the author's own without a heading: the rules
            // report it.
            _ => return None,
        };
        let heading = match &decl.heading {
            Some(heading) => Some(self.text(heading, "heading")?),
            None => None,
        };
        let after = match &written.after {
            None => None,
            Some((_, false)) => return None,
            Some((name, true)) => Some(match SECTIONS.find_word(&name.text) {
                Some(value) => SectionRef::Builtin(value.value),
                None => {
                    // A section declared before, which must itself be valid.
                    if !self.parts.sections.iter().any(|s| s.id.id() == name.text) {
                        return None;
                    }
                    SectionRef::Custom(name.text.clone())
                }
            }),
        };
        Some(SectionDef {
            id,
            heading,
            after,
            summary,
        })
    }

    /// The section a clause is `in`: a built-in one, or one of the
    /// author's; an unknown one is reported with the closest of both.
    fn section_ref(&mut self, name: &Name) -> Option<SectionRef> {
        if let Some(value) = SECTIONS.find_word(&name.text) {
            return Some(SectionRef::Builtin(value.value));
        }
        if self.spans.section_ids.contains(&name.text) {
            // A declared section with an error is reported where it is.
            return self
                .parts
                .sections
                .iter()
                .any(|s| s.id.id() == name.text)
                .then(|| SectionRef::Custom(name.text.clone()));
        }
        let mut candidates: Vec<&str> = SECTIONS.keywords().collect();
        candidates.extend(self.spans.section_ids.iter().map(String::as_str));
        let help = match suggest::closest(&name.text, candidates.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "use a built-in section ({}), or declare a section of your own: `section {} \"Heading\"`",
                SECTIONS.keywords().collect::<Vec<_>>().join(", "),
                name.text
            ),
        };
        self.diags.push(
            Diagnostic::new(
                Code::UnknownKeyword,
                name.span,
                format!("unknown section `{}`", name.text),
            )
            .label("neither a built-in section nor one the policy declares")
            .help(help),
        );
        None
    }

    fn trackers(&mut self, decls: Decls<ast::TrackerDecl>) {
        self.each_new(
            "tracker",
            &decls,
            |d| &d.id,
            |lower, decl| {
                lower.spans.written.trackers.push(tracker_written(decl));
                if let Some((tracker, spans)) = lower.tracker(decl) {
                    lower.parts.trackers.push(tracker);
                    lower.spans.trackers.push(spans);
                    lower.spans.model.trackers.push(decl.span);
                }
            },
        );
    }

    /// A tracker, when every property it needs is written and valid.
    fn tracker(&mut self, decl: &ast::TrackerDecl) -> Option<(Tracker, TrackerSpans)> {
        let label = self.label(decl.label.as_ref(), "tracker", &decl.id);
        let description = self.optional_text(&decl.description, "description", "description");
        let (provider, recipient) = self.tracker_provider(decl);
        let kind = single(&decl.kind, "kind", &mut self.diags)
            .cloned()
            .and_then(|k| resolve_in(&k.value, &TRACKER_KINDS, &mut self.diags));
        let party_prop = single(&decl.party, "party", &mut self.diags).cloned();
        let party = party_prop
            .as_ref()
            .and_then(|k| resolve_in(&k.value, &PARTIES, &mut self.diags));
        let category_prop = single(&decl.category, "category", &mut self.diags).cloned();
        let category = category_prop
            .as_ref()
            .and_then(|k| resolve_in(&k.value, &TRACKER_CATEGORIES, &mut self.diags));
        let mut spans = TrackerSpans {
            category: category_prop.map(|p| p.span).unwrap_or(decl.id.span),
            party: party_prop.map(|p| p.span),
            provider: decl
                .provider
                .iter()
                .map(|p| p.span)
                .chain(decl.provider_recipient.iter().map(|p| p.span))
                .min_by_key(|span| span.start),
            ..TrackerSpans::default()
        };
        let lifetime = match single(&decl.lifetime, "lifetime", &mut self.diags) {
            None => Ok(None),
            Some(prop) => match &prop.value {
                ast::LifetimeDecl::Session => Ok(Some(Lifetime::Session)),
                ast::LifetimeDecl::For(lit) => values::duration(lit, &mut self.diags)
                    .map(|duration| Some(Lifetime::For { duration }))
                    .ok_or(()),
            },
        };
        // A tracker may collect nothing the policy lists as data (a
        // session cookie that holds a consent choice), so `collects` is
        // optional where `serves` is not.
        let collects = if decl.collects.is_empty() {
            Some(Vec::new())
        } else {
            self.tracker_refs(&decl.collects, "collects", &mut spans.collects, |l, n| {
                l.data_ref(n)
            })
        };
        let serves = self.tracker_refs(&decl.serves, "serves", &mut spans.serves, |l, n| {
            l.purpose_ref(n)
        });
        let tracker = Tracker {
            id: decl.id.text.clone(),
            label: label?,
            description,
            kind: kind?,
            party: party?,
            provider,
            recipient: recipient.ok()?,
            lifetime: lifetime.ok()?,
            category: category?,
            collects: collects?,
            serves: serves?,
        };
        Some((tracker, spans))
    }

    /// A tracker's `provider`, once: its words (`provider "…"`), or the
    /// declared recipient it names (`provider ID`), which must resolve.
    fn tracker_provider(
        &mut self,
        decl: &ast::TrackerDecl,
    ) -> (Option<String>, Result<Option<String>, ()>) {
        let mut both: Vec<Prop<()>> = decl
            .provider
            .iter()
            .map(|p| p.span)
            .chain(decl.provider_recipient.iter().map(|p| p.span))
            .map(|span| Prop { value: (), span })
            .collect();
        both.sort_by_key(|p| p.span.start);
        repeats(&both, "provider", &mut self.diags);
        let text = decl.provider.first();
        let named = decl.provider_recipient.first();
        match (text, named) {
            (Some(t), Some(n)) if t.span.start < n.span.start => (
                values::text(&t.value, "provider", &mut self.diags),
                Ok(None),
            ),
            (_, Some(n)) => (None, self.recipient_ref(&n.value).map(Some).ok_or(())),
            (Some(t), None) => (
                values::text(&t.value, "provider", &mut self.diags),
                Ok(None),
            ),
            (None, None) => (None, Ok(None)),
        }
    }

    /// The ids a tracker's `collects` or `serves` names, each once, when
    /// every one resolves.
    fn tracker_refs(
        &mut self,
        props: &[Prop<Vec<Name>>],
        name: &str,
        spans: &mut Vec<(String, Span)>,
        resolve: impl Fn(&mut Self, &Name) -> Option<String>,
    ) -> Option<Vec<String>> {
        let prop = single(props, name, &mut self.diags)?;
        let mut ids: Vec<String> = Vec::new();
        let mut resolved = true;
        for name in &prop.value {
            match resolve(self, name) {
                Some(id) if ids.contains(&id) => {}
                Some(id) => {
                    spans.push((id.clone(), name.span));
                    ids.push(id);
                }
                None => resolved = false,
            }
        }
        resolved.then_some(ids)
    }

    fn decisions(&mut self, decls: Decls<ast::DecisionDecl>) {
        self.each_new(
            "decision",
            &decls,
            |d| &d.id,
            |lower, decl| {
                lower.spans.written.decisions.push(decision_written(decl));
                if let Some((decision, spans)) = lower.decision(decl) {
                    lower.parts.decisions.push(decision);
                    lower.spans.decisions.push(spans);
                    lower.spans.model.decisions.push(decl.span);
                }
            },
        );
    }

    /// An automated decision, when every property it needs is written and
    /// valid. A basis outside Art. 22(2), or a law not named, leaves it
    /// out for E0360 to report; a missing property, for E0362.
    fn decision(&mut self, decl: &ast::DecisionDecl) -> Option<(Decision, DecisionSpans)> {
        let label = self.label(decl.label.as_ref(), "decision", &decl.id);
        let description = self.optional_text(&decl.description, "description", "description");
        let logic = self.optional_text(&decl.logic, "logic", "logic");
        let significance = self.optional_text(&decl.significance, "significance", "significance");
        let mut spans = DecisionSpans {
            id: decl.id.span,
            safeguards: decl.safeguards.first().map_or(decl.id.span, |p| p.span),
            ..DecisionSpans::default()
        };
        let mut uses: Vec<String> = Vec::new();
        let mut all_resolved = true;
        for name in decl.uses.iter().flat_map(|p| &p.value) {
            match self.data_ref(name) {
                Some(id) if uses.contains(&id) => {}
                Some(id) => {
                    spans.uses.push((id.clone(), name.span));
                    uses.push(id);
                }
                None => all_resolved = false,
            }
        }
        let mut safeguards: Vec<Safeguard> = Vec::new();
        let mut safeguards_valid = true;
        if let Some(prop) = single(&decl.safeguards, "safeguards", &mut self.diags) {
            for name in &prop.value {
                match resolve_in(name, &SAFEGUARDS, &mut self.diags) {
                    Some(s) if !safeguards.contains(&s) => safeguards.push(s),
                    Some(_) => {}
                    None => safeguards_valid = false,
                }
            }
        }
        safeguards.sort();
        let basis = single(&decl.basis, "basis", &mut self.diags)?;
        spans.basis = basis.span;
        let kind = DECISION_BASES.find(&basis.value.kind.text)?.value;
        let law = match (kind, &basis.value.interest) {
            (DecisionBasis::Law, Some(text)) => Some(self.text(text, "law")?),
            // E0360: a law is named after `law`, and only there.
            (DecisionBasis::Law, None) | (_, Some(_)) => return None,
            (_, None) => None,
        };
        if !all_resolved || uses.is_empty() || !safeguards_valid {
            return None;
        }
        let decision = Decision {
            id: decl.id.text.clone(),
            label: label?,
            description,
            uses,
            logic: logic?,
            significance: significance?,
            basis: kind,
            law,
            safeguards,
        };
        Some((decision, spans))
    }

    fn recipient_ref(&mut self, name: &Name) -> Option<String> {
        if self.spans.recipients.contains_key(&name.text) {
            return Some(name.text.clone());
        }
        let best = self.closest_id(&name.text, self.spans.recipients.keys());
        let declare = format!("declare it with `recipient {} \"…\"`", name.text);
        self.unknown(name, Code::UnknownRecipient, "recipient", best, declare);
        None
    }

    fn purpose_ref(&mut self, name: &Name) -> Option<String> {
        if self.spans.purpose_ids.contains(&name.text) {
            return Some(name.text.clone());
        }
        let best = self.closest_id(&name.text, self.spans.purpose_ids.iter());
        let declare = format!("declare it with `purpose {} \"…\" {{ … }}`", name.text);
        self.unknown(name, Code::UnknownPurpose, "purpose", best, declare);
        None
    }

    /// The id among `ids` closest to `wrong`, searched in sorted order so
    /// that a tie is broken the same way each run; none when the problems
    /// kept are crowded already.
    fn closest_id<'a>(&self, wrong: &str, ids: impl Iterator<Item = &'a String>) -> Option<String> {
        if self.crowded() {
            return None;
        }
        let mut ids: Vec<&str> = ids.map(String::as_str).collect();
        ids.sort_unstable();
        suggest::closest(wrong, ids.iter().copied()).map(str::to_owned)
    }

    /// Reports a reference to no declared `kind`: with the closest name
    /// when there is one, else with how to `declare` it.
    fn unknown(
        &mut self,
        name: &Name,
        code: Code,
        kind: &str,
        best: Option<String>,
        declare: String,
    ) {
        let help = match best {
            Some(best) => format!("did you mean `{best}`?"),
            None => declare,
        };
        self.diags.push(
            Diagnostic::new(code, name.span, format!("unknown {kind} `{}`", name.text))
                .label(format!("no {kind} has this name"))
                .help(help),
        );
    }

    fn transfers(&mut self, decls: Decls<ast::TransferDecl>) {
        for decl in &decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            let mut spans = TransferSpans {
                whole: decl.span,
                data: Vec::new(),
                purposes: Vec::new(),
            };
            let mut data = Vec::new();
            for name in &decl.data {
                if let Some(id) = self.data_ref(name) {
                    spans.data.push((id.clone(), name.span));
                    data.push(id);
                }
            }
            self.spans
                .declared_receivers
                .insert(decl.recipient.text.clone());
            let recipient = self.recipient_ref(&decl.recipient);
            let mut purposes = Vec::new();
            for name in &decl.purposes {
                if let Some(id) = self.purpose_ref(name) {
                    spans.purposes.push((id.clone(), name.span));
                    purposes.push(id);
                }
            }
            let mut disclosed_as: Vec<Disclosure> = Vec::new();
            let mut disclosures_broken = false;
            if let Some((_, names)) = &decl.disclosed_as {
                for name in names {
                    match resolve_in(name, &DISCLOSURES, &mut self.diags) {
                        Some(d) => disclosed_as.push(d),
                        None => disclosures_broken = true,
                    }
                }
            }
            disclosed_as.sort_unstable();
            disclosed_as.dedup();
            let mut grounds = Vec::new();
            let mut texts = Vec::new();
            let mut interest = None;
            let mut interest_broken = false;
            for (name, text) in decl.grounds.iter().zip(&decl.interests) {
                let Some(ground) = resolve_in(name, &GROUNDS, &mut self.diags) else {
                    continue;
                };
                grounds.push(ground);
                texts.push(GroundText {
                    ground,
                    span: name.span,
                    text: text.as_ref().map(|t| t.span),
                });
                // A missing interest or a text after another ground is
                // judged by the rules (E0388, E0389).
                match (ground, text) {
                    (Ground::LegitimateInterest, Some(text)) => {
                        match self.text(text, "legitimate interest") {
                            Some(text) => interest = Some(text),
                            None => interest_broken = true,
                        }
                    }
                    (Ground::LegitimateInterest, None) | (_, Some(_)) => interest_broken = true,
                    (_, None) => {}
                }
            }
            let unstated = decl
                .grounds
                .iter()
                .find(|g| g.text == Ground::Unstated.as_str())
                .map(|g| g.span);
            self.spans.written.transfers.push(TransferWritten {
                span: decl.span,
                recipient: decl.recipient.text.clone(),
                grounds: decl.grounds.len(),
                unstated,
                texts,
            });
            if data.len() != decl.data.len()
                || purposes.len() != decl.purposes.len()
                || grounds.len() != decl.grounds.len()
                || interest_broken
                || disclosures_broken
            {
                continue;
            }
            // No `on` where no regime asks for a ground means the same as
            // `on unstated` (a regime that asks makes it E0306).
            if grounds.is_empty() {
                grounds.push(Ground::Unstated);
            }
            let Some(recipient) = recipient else { continue };
            if let Some((span, _)) = &decl.disclosed_as {
                self.spans
                    .written
                    .transfer_disclosures
                    .push((self.parts.transfers.len(), *span));
            }
            self.parts.transfers.push(Transfer {
                data,
                recipient,
                grounds,
                purposes,
                interest,
                disclosed_as,
            });
            self.spans.transfers.push(spans);
            self.spans.model.transfers.push(decl.span);
        }
    }

    fn rest(&mut self, decls: &[ast::Decl]) {
        let mut names = Namespace::default();
        let mut changes_span: Option<Span> = None;
        let mut children_span: Option<Span> = None;
        let mut security_block_span: Option<Span> = None;
        for decl in decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            match decl {
                ast::Decl::Right(right) => {
                    let Some(kind) = resolve_in(&right.kind, &RIGHTS, &mut self.diags) else {
                        continue;
                    };
                    // Named by a lowercase keyword: no two differ by case.
                    if !names.declare("right", &right.kind, false, &mut self.diags) {
                        continue;
                    }
                    if let Some(lowered) = self.right(right, kind) {
                        self.parts.rights.push(lowered);
                        self.spans.model.rights.push(right.span);
                    }
                }
                ast::Decl::Obligation(text) | ast::Decl::Security(text) => {
                    let is_obligation = matches!(decl, ast::Decl::Obligation(_));
                    let kind = if is_obligation {
                        "obligation"
                    } else {
                        "security measure"
                    };
                    if !names.declare(kind, &text.id, true, &mut self.diags) {
                        continue;
                    }
                    let Some(body) = self.text(&text.text, kind) else {
                        continue;
                    };
                    let statement = Statement {
                        id: text.id.text.clone(),
                        text: body,
                    };
                    if is_obligation {
                        self.parts.obligations.push(statement);
                        self.spans.model.obligations.push(text.span);
                    } else {
                        self.parts.security.push(statement);
                        self.spans.model.security.push(text.span);
                    }
                }
                ast::Decl::Changes(changes) => {
                    if let Some(first) = changes_span {
                        self.diags.push(second_block(
                            "changes",
                            changes.span,
                            first,
                            "the policy says once how it changes",
                        ));
                        continue;
                    }
                    changes_span = Some(changes.span);
                    self.parts.changes = Some(self.changes(changes));
                    self.spans.model.changes = Some(changes.span);
                }
                ast::Decl::Children(children) => {
                    if let Some(first) = children_span {
                        self.diags.push(second_block(
                            "children",
                            children.span,
                            first,
                            "the policy states its stance on children once",
                        ));
                        continue;
                    }
                    children_span = Some(children.span);
                    self.parts.children = self.children(children);
                    if self.parts.children.is_some() {
                        self.spans.model.children = Some(children.span);
                    }
                }
                ast::Decl::Commit(commit) => self.commit(commit),
                ast::Decl::Combine(combine) => self.combine(combine),
                ast::Decl::SecurityBlock(block) => {
                    if let Some(first) = security_block_span {
                        self.diags.push(second_block(
                            "security",
                            block.span,
                            first,
                            "the policy states its typed security measures in one block",
                        ));
                        continue;
                    }
                    security_block_span = Some(block.span);
                    self.parts.security_block = self.security_block(block);
                    if self.parts.security_block.is_some() {
                        self.spans.model.security_block = Some(block.span);
                    }
                }
                ast::Decl::Clause(clause) => {
                    if !names.declare("clause", &clause.id, true, &mut self.diags) {
                        continue;
                    }
                    self.spans
                        .written
                        .clause_sections
                        .insert(clause.section.text.clone());
                    let section = self.section_ref(&clause.section);
                    let text = self.text(&clause.text, "clause");
                    if let (Some(section), Some(text)) = (section, text) {
                        self.parts.clauses.push(Clause {
                            id: clause.id.text.clone(),
                            section,
                            text,
                            contractual: clause.contractual,
                        });
                        self.spans.model.clauses.push(clause.span);
                    }
                }
                _ => {}
            }
        }
    }

    /// A `combine`: each category it names resolved (an unknown one is
    /// reported with the others), recorded as written for the rules, and
    /// in the model once every name resolves and the reason says
    /// something; a category named twice counts once.
    fn combine(&mut self, decl: &ast::CombineDecl) {
        let mut data: Vec<(String, Span)> = Vec::with_capacity(decl.data.len());
        let mut unknown = false;
        for name in &decl.data {
            match self.data_ref(name) {
                Some(id) => data.push((id, name.span)),
                None => unknown = true,
            }
        }
        let reason = self.text(&decl.reason, "reason for combining");
        self.spans.written.combinations.push(CombineWritten {
            data: data.clone(),
            complete: !unknown,
            span: decl.span,
        });
        let Some(reason) = reason.filter(|_| !unknown) else {
            return;
        };
        let mut ids: Vec<String> = Vec::with_capacity(data.len());
        for (id, _) in data {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        self.parts
            .combinations
            .push(CombinedData { data: ids, reason });
        self.spans.model.combinations.push(decl.span);
    }

    /// A `commit`: recorded as written for the rules, and in the model
    /// when it is well-formed and not a repetition (W0381 reports it).
    fn commit(&mut self, decl: &ast::CommitDecl) {
        let Some(kind) = resolve_in(&decl.kind, &COMMITMENTS, &mut self.diags) else {
            return;
        };
        let area = decl
            .area
            .as_ref()
            .map(|name| (resolve_in(name, &AREAS, &mut self.diags), name.span));
        let written = CommitWritten {
            kind,
            area,
            span: decl.span,
        };
        self.spans.written.commitments.push(written);
        if let Some(commitment) = written.lowered()
            && !self.parts.commitments.contains(&commitment)
        {
            self.parts.commitments.push(commitment);
            self.spans.model.commitments.push(decl.span);
        }
    }

    fn right(&mut self, decl: &ast::RightDecl, kind: RightKind) -> Option<Right> {
        let label = match &decl.label {
            Some(label) => Some(self.text(label, "label")?),
            None => None,
        };
        let description = self.optional_text(&decl.description, "description", "description");
        let via = single(&decl.via, "via", &mut self.diags)
            .into_iter()
            .flat_map(|p| &p.value)
            .filter_map(|s| self.text(s, "way to exercise the right"))
            .collect();
        let within_prop = single(&decl.within, "within", &mut self.diags).cloned();
        let within = within_prop
            .as_ref()
            .and_then(|w| values::duration(&w.value, &mut self.diags));
        if let (Some(duration), Some(prop)) = (within, &within_prop) {
            self.spans
                .written
                .answer_times
                .push((kind, duration, prop.span));
        }
        repeats(&decl.anytime, "anytime", &mut self.diags);
        let extension = self.extension(decl, kind);
        let not_applicable = self.not_applicable(decl, kind)?;
        Some(Right {
            kind,
            label,
            description,
            via,
            within,
            anytime: !decl.anytime.is_empty(),
            extension,
            not_applicable,
        })
    }

    /// A right's `not_applicable "reason"`, recorded with where it is
    /// written for the rules that judge it (E0426, E0427). `None` keeps
    /// the right out of the model, when the reason says nothing or the
    /// right also says how to exercise it; `Some(None)` when the right
    /// applies.
    fn not_applicable(&mut self, decl: &ast::RightDecl, kind: RightKind) -> Option<Option<String>> {
        let Some(prop) = single(&decl.not_applicable, "not_applicable", &mut self.diags) else {
            return Some(None);
        };
        let exercise = [
            decl.via.first().map(|p| p.span),
            decl.within.first().map(|p| p.span),
            decl.anytime.first().map(|p| p.span),
            decl.extendable.first().map(|p| p.span),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|span| span.start);
        let written = NotApplicableWritten {
            kind,
            reason: prop.value.span,
            blank: prop.value.value.trim().is_empty(),
            exercise,
        };
        self.spans.written.not_applicable.push(written);
        (!written.blank && exercise.is_none()).then(|| Some(prop.value.value.clone()))
    }

    /// A right's `extendable by DURATION "reason"`, recorded with where it
    /// is written for the checks of the law's extension (E0430, W0431).
    fn extension(&mut self, decl: &ast::RightDecl, kind: RightKind) -> Option<Extension> {
        let prop = single(&decl.extendable, "extendable", &mut self.diags)?;
        let by = values::duration(&prop.value.by, &mut self.diags);
        let reason = values::text(&prop.value.reason, "reason", &mut self.diags);
        let extension = Extension {
            by: by?,
            reason: reason?,
        };
        self.spans.written.extensions.push(ExtensionWritten {
            kind,
            by: extension.by,
            span: prop.span,
            answered: !decl.within.is_empty(),
        });
        Some(extension)
    }

    fn changes(&mut self, decl: &ast::ChangesDecl) -> ChangePolicy {
        let diags = &mut self.diags;
        let by =
            single(&decl.by, "by", diags).and_then(|p| resolve_in(&p.value, &AUTHORITIES, diags));
        let notify = single(&decl.notify, "notify", diags)
            .into_iter()
            .flat_map(|p| &p.value)
            .filter_map(|n| resolve_in(n, &NOTIFY_METHODS, diags))
            .collect();
        let notice =
            single(&decl.notice, "notice", diags).and_then(|p| values::duration(&p.value, diags));
        let effective = single(&decl.effective, "effective", diags)
            .and_then(|p| resolve_in(&p.value, &TAKES_EFFECT, diags));
        self.spans.written.changes_effective = decl.effective.first().map(|p| p.span);
        self.spans.written.changes_notice = decl.notice.first().map(|p| p.span);
        let rationales = decl
            .because
            .iter()
            .map(|p| Rationale {
                subject: p.value.subject.text.clone(),
                aspect: p
                    .value
                    .aspect
                    .as_ref()
                    .and_then(|a| resolve_in(a, &CHANGE_ASPECTS, diags)),
                text: p.value.text.value.clone(),
            })
            .collect();
        ChangePolicy {
            by,
            notify,
            notice,
            effective,
            rationales,
        }
    }

    /// The stance on children, when its `audience` is written and every
    /// property is valid; what it writes is recorded either way.
    fn children(&mut self, decl: &ast::ChildrenDecl) -> Option<Children> {
        let head = Span::new(decl.span.start, decl.span.start + "children".len());
        let audience_prop = single(&decl.audience, "audience", &mut self.diags).cloned();
        let age_prop = single(&decl.minimum_age, "minimum_age", &mut self.diags).cloned();
        let knowingly_prop = single(
            &decl.knowingly_collects,
            "knowingly_collects",
            &mut self.diags,
        )
        .cloned();
        let rights_prop = single(&decl.parent_rights, "parent_rights", &mut self.diags).cloned();
        self.spans.written.children = Some(ChildrenWritten {
            head,
            audience_written: audience_prop.is_some()
                || decl.malformed.iter().any(|m| m == "audience"),
            audience: audience_prop.as_ref().map(|p| p.span),
            minimum_age: age_prop
                .as_ref()
                .map(|p| (p.value.years, p.value.text.clone(), p.span)),
            knowingly_collects: knowingly_prop.as_ref().map(|p| p.span),
            parent_rights: rights_prop.as_ref().map(|p| p.span),
            sale_opt_in: !decl.sale_opt_in.is_empty(),
        });
        let audience =
            audience_prop.and_then(|p| resolve_in(&p.value, &AUDIENCES, &mut self.diags));
        // `Some(None)`: written, but not a value of the set.
        let knowingly = knowingly_prop.map(|p| {
            resolve_in(&p.value, &YES_NO, &mut self.diags).map(crate::vocab::YesNo::holds)
        });
        let parental_consent = self.optional_text(
            &decl.parental_consent,
            "parental_consent",
            "parental consent",
        );
        let sale_opt_in = self.optional_text(&decl.sale_opt_in, "sale_opt_in", "sale opt-in");
        let mut parent_rights = Vec::new();
        let mut resolved = true;
        for name in rights_prop.iter().flat_map(|p| &p.value) {
            match resolve_in(name, &PARENT_RIGHTS, &mut self.diags) {
                Some(right) => parent_rights.push(right),
                None => resolved = false,
            }
        }
        parent_rights.sort_unstable();
        parent_rights.dedup();
        // An age that does not fit is refused by E0372, which withholds
        // the model.
        let minimum_age = age_prop.map(|p| u8::try_from(p.value.years).ok());
        if !resolved
            || (!decl.parental_consent.is_empty() && parental_consent.is_none())
            || (!decl.sale_opt_in.is_empty() && sale_opt_in.is_none())
        {
            return None;
        }
        Some(Children {
            audience: audience?,
            minimum_age: minimum_age.map_or(Some(None), |age| age.map(Some))?,
            knowingly_collects: knowingly.map_or(Some(None), |k| k.map(Some))?,
            parental_consent,
            parent_rights,
            sale_opt_in,
        })
    }

    fn tests(&mut self, decls: Decls<ast::TestDecl>) {
        let mut names: HashMap<String, Span> = HashMap::new();
        for decl in &decls {
            // Bounds memory on a file of a million broken declarations.
            self.cap_diagnostics();
            if let Some(first) = names.insert(decl.name.value.clone(), decl.name.span) {
                self.diags
                    .push(duplicate("test", &decl.name.value, decl.name.span, first));
                continue;
            }
            let Some(name) = self.text(&decl.name, "test name") else {
                continue;
            };
            let mut expectations = Vec::new();
            let mut trackers = Vec::new();
            let mut children = Vec::new();
            let mut decisions = Vec::new();
            for expectation in &decl.expectations {
                let data = expectation
                    .data
                    .as_ref()
                    .and_then(|data| self.data_ref(data));
                let target = match &expectation.target {
                    ast::TargetDecl::Use(purpose) => self.purpose_ref(purpose).map(Target::Use),
                    ast::TargetDecl::Transfer(recipient) => {
                        self.recipient_ref(recipient).map(Target::Transfer)
                    }
                    // Whether the tracker is declared is E0376's to judge,
                    // over the trackers written, broken ones included.
                    ast::TargetDecl::Tracker(tracker) => {
                        trackers.push(TrackerExpectation {
                            allow: expectation.allow,
                            tracker: tracker.text.clone(),
                            facts: expectation.facts.iter().map(|f| f.text.clone()).collect(),
                            span: expectation.span,
                        });
                        None
                    }
                    ast::TargetDecl::Children => {
                        children.push(ChildExpectation {
                            allow: expectation.allow,
                            facts: expectation.facts.iter().map(|f| f.text.clone()).collect(),
                            span: expectation.span,
                        });
                        None
                    }
                    // Whether the decision is declared is E0428's to judge.
                    ast::TargetDecl::Decision(decision) => {
                        decisions.push(DecisionExpectation {
                            allow: expectation.allow,
                            decision: decision.text.clone(),
                            facts: expectation.facts.iter().map(|f| f.text.clone()).collect(),
                            span: expectation.span,
                        });
                        None
                    }
                };
                for fact in &expectation.facts {
                    self.check_fact(fact);
                }
                if let (Some(data), Some(target)) = (data, target) {
                    expectations.push(Expectation {
                        allow: expectation.allow,
                        data,
                        target,
                        facts: expectation.facts.iter().map(|f| f.text.clone()).collect(),
                        span: expectation.span,
                    });
                }
            }
            let deadlines = decl
                .deadlines
                .iter()
                .filter_map(|d| self.deadline_expectation(d))
                .collect();
            self.parts.tests.push(TestCase {
                name,
                expectations,
                trackers,
                children,
                decisions,
                deadlines,
            });
        }
    }

    /// Lowers a test's deadline expectation, names as written: whether
    /// they are declared, and its dates possible, is for E0443 and E0456 to
    /// judge. Each event is kept by its words in the rule table (a keyword
    /// not of `vocab::EVENTS` as written).
    fn deadline_expectation(
        &mut self,
        decl: &ast::DeadlineExpectationDecl,
    ) -> Option<DeadlineExpectation> {
        use crate::vocab::Closed as _;
        let mut written = DeadlineWritten {
            data: decl.data.span,
            purpose: decl.purpose.as_ref().map(|p| p.span),
            ..DeadlineWritten::default()
        };
        let mut events: Vec<(String, Date)> = Vec::new();
        let mut dated = true;
        for (event, raw) in &decl.events {
            let Some(date) = values::date(raw, &mut self.diags) else {
                dated = false;
                continue;
            };
            let (words, mut event) = written_event(event);
            event.whole = event.span.to(raw.span);
            events.push((words, date));
            written.events.push(event);
        }
        let expected = match &decl.answer {
            ast::DeadlineAnswerDecl::Date(raw) => {
                values::date(raw, &mut self.diags).map(ExpectedDeadline::On)
            }
            ast::DeadlineAnswerDecl::AtMost(raw) => {
                values::date(raw, &mut self.diags).map(ExpectedDeadline::AtMost)
            }
            ast::DeadlineAnswerDecl::Word(word, event) => {
                match resolve_in(word, &crate::vocab::DEADLINE_ANSWERS, &mut self.diags) {
                    Some(DeadlineAnswer::Pending) => match event {
                        Some(event) => {
                            let (words, event) = written_event(event);
                            written.pending = Some(event);
                            Some(ExpectedDeadline::Pending(words))
                        }
                        None => {
                            self.diags.push(
                                Diagnostic::new(
                                    Code::Syntax,
                                    word.span,
                                    "`pending` names no event".to_owned(),
                                )
                                .label("pending on what?")
                                .help("name the event the deadline waits on: `is pending account_closure`"),
                            );
                            None
                        }
                    },
                    Some(other) if event.is_none() => Some(ExpectedDeadline::Other(other)),
                    Some(other) => {
                        self.diags.push(
                            Diagnostic::new(
                                Code::Syntax,
                                decl.span,
                                format!("`{}` takes no event", other.keyword()),
                            )
                            .label("only `pending` names an event")
                            .help(format!(
                                "write `is {}` alone, or `is pending EVENT`",
                                other.keyword()
                            )),
                        );
                        None
                    }
                    None => None,
                }
            }
        };
        let backups = match &decl.backups {
            Some(raw) => Some(values::date(raw, &mut self.diags)?),
            None => None,
        };
        let expected = expected?;
        dated.then(|| DeadlineExpectation {
            data: decl.data.text.clone(),
            purpose: decl.purpose.as_ref().map(|p| p.text.clone()),
            events,
            expected,
            backups,
            span: decl.span,
            written,
        })
    }

    /// Warns about a fact that no rule could read: a typo would make the
    /// test pass or fail for the wrong reason.
    /// The fact a policy's rules read that is closest to `wrong`.
    fn closest_fact(&self, wrong: &str, plain: &[&str]) -> Option<String> {
        let mut candidates: Vec<String> = plain.iter().map(|s| (*s).to_owned()).collect();
        candidates.extend(policy_runtime::fact::CHOICES.map(str::to_owned));
        candidates.extend(policy_runtime::fact::AGE.map(str::to_owned));
        for purpose in &self.parts.purposes {
            candidates.push(format!("consent:{}", purpose.id));
            candidates.push(format!("objection:{}", purpose.id));
        }
        let mut recipients: Vec<&String> = self.spans.recipients.keys().collect();
        recipients.sort();
        candidates.extend(
            recipients
                .into_iter()
                .flat_map(|r| [format!("consent:{r}"), format!("objection:{r}")]),
        );
        for decision in &self.parts.decisions {
            for kind in ["consent", "human_review"] {
                if self.automated_fact_reads(kind, &decision.id) {
                    candidates.push(format!("{kind}:{}", decision.id));
                }
            }
        }
        suggest::closest(wrong, candidates.iter().map(String::as_str)).map(str::to_owned)
    }

    /// Whether the runtime's automated decision reads the fact
    /// `KIND:DECISION`: `consent:` of a decision on explicit consent,
    /// `human_review:` of one that offers human review.
    fn automated_fact_reads(&self, kind: &str, decision: &str) -> bool {
        let found = self.parts.decisions.iter().find(|d| d.id == decision);
        found.is_some_and(|d| match kind {
            "consent" => d.basis == DecisionBasis::ExplicitConsent,
            "human_review" => d.safeguards.contains(&Safeguard::HumanReview),
            _ => false,
        })
    }

    fn check_fact(&mut self, fact: &Name) {
        const PLAIN: &[&str] = &policy_runtime::fact::PLAIN;
        let known = match fact.text.split_once(':') {
            // The user's choices under US state law and the GPC signal.
            _ if policy_runtime::fact::CHOICES.contains(&fact.text.as_str()) => true,
            // What is known of the user's age, read by the child decision.
            _ if policy_runtime::fact::AGE.contains(&fact.text.as_str()) => true,
            Some(("consent", target)) => {
                self.spans.purpose_ids.contains(target)
                    || self.spans.recipients.contains_key(target)
                    || self.automated_fact_reads("consent", target)
            }
            // A request for a person to review an automated decision that
            // offers it.
            Some(("human_review", target)) => self.automated_fact_reads("human_review", target),
            // An objection to a recipient stops a transfer on legitimate
            // interests.
            Some(("objection", target)) => {
                self.spans.purpose_ids.contains(target)
                    || self.spans.recipients.contains_key(target)
            }
            Some(_) => false,
            None => PLAIN.contains(&fact.text.as_str()),
        };
        if !known {
            let best = if self.crowded() {
                None
            } else {
                self.closest_fact(&fact.text, PLAIN)
            };
            let help = best.map_or_else(
                || format!("facts are {}", crate::vocab::facts(" and ")),
                |best| format!("did you mean `{best}`?"),
            );
            self.diags.push(
                Diagnostic::new(
                    Code::UnknownFact,
                    fact.span,
                    format!("no rule reads the fact `{}`", fact.text),
                )
                .label("asserting it changes nothing")
                .help(help),
            );
        }
    }
}

impl Lower {
    /// The `security { … }` block, when every value in it is known and
    /// every time valid; what it states is recorded for the rules either
    /// way. Measures and parties keep the set's order, each once.
    fn security_block(&mut self, decl: &ast::SecurityBlockDecl) -> Option<SecurityBlock> {
        let mut written = SecurityBlockWritten::default();
        let mut resolved = true;
        for name in decl.measures.iter().flat_map(|p| &p.value) {
            match resolve_in(name, &SECURITY_MEASURES, &mut self.diags) {
                Some(measure) => written.measures.push((measure, name.span)),
                None => resolved = false,
            }
        }
        for prop in &decl.breach_notification {
            match resolve_in(&prop.value.to, &BREACH_PARTIES, &mut self.diags) {
                Some(to) => written.breaches.push(BreachWritten {
                    to,
                    within: prop.value.within.as_ref().map(|n| (n.text.clone(), n.span)),
                    span: prop.span,
                }),
                None => resolved = false,
            }
        }
        let mut measures: Vec<SecurityMeasure> = written.measures.iter().map(|(m, _)| *m).collect();
        measures.sort_unstable();
        measures.dedup();
        let mut breach_notifications = Vec::new();
        for breach in &written.breaches {
            let Some(within_hours) = breach.hours() else {
                resolved = false;
                continue;
            };
            // The first of a party's notifications counts (W0396).
            if !breach_notifications
                .iter()
                .any(|b: &BreachNotification| b.to == breach.to)
            {
                breach_notifications.push(BreachNotification {
                    to: breach.to,
                    within_hours,
                });
            }
        }
        breach_notifications.sort_unstable();
        self.spans.written.security_block = Some(written);
        (resolved && decl.malformed.is_empty()).then_some(SecurityBlock {
            measures,
            breach_notifications,
        })
    }
}

/// An event of a deadline expectation: its words in the rule table (a
/// keyword not of `vocab::EVENTS` as written), and where it was written.
fn written_event(event: &ast::EventDecl) -> (String, WrittenEvent) {
    match event {
        ast::EventDecl::Keyword(name) => (
            crate::vocab::EVENTS
                .find(&name.text)
                .map_or_else(|| name.text.clone(), |e| e.text.to_owned()),
            WrittenEvent {
                phrase: false,
                text: name.text.clone(),
                span: name.span,
                whole: name.span,
            },
        ),
        ast::EventDecl::Phrase(phrase) => (
            phrase.value.clone(),
            WrittenEvent {
                phrase: true,
                text: phrase.value.clone(),
                span: phrase.span,
                whole: phrase.span,
            },
        ),
    }
}
