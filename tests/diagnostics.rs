//! Snapshots of the rendered diagnostics: one small, otherwise valid policy
//! per code the checker can emit (`tests/fixtures/diagnostics/NAME.policy`),
//! rendered without colour as `policyc check` prints it. Each test also
//! asserts that the intended code is among the diagnostics, so a change in
//! the checker fails with a message rather than only a snapshot diff.
//!
//! The codes of reading a file (E0005, E0006) come from `SourceFile::load`
//! and are tested here with temporary files. The last tests keep the
//! explanations of `policyc explain` honest: every code has one, and its
//! examples show (and its fixes clear) the code they explain.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use policyc::codes::Code;
use policyc::diagnostic::Diagnostic;
use policyc::report::render_plain;
use policyc::source::SourceFile;

const FIXTURES: &str = "tests/fixtures/diagnostics";

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(FIXTURES)
        .join(format!("{name}.policy"))
}

/// The fixture as a source file, named by its path relative to the
/// repository so that snapshots do not depend on where it is checked out.
fn fixture(name: &str) -> SourceFile {
    let text = std::fs::read_to_string(fixture_path(name))
        .unwrap_or_else(|e| panic!("cannot read fixture `{name}`: {e}"));
    SourceFile::from_text(format!("{FIXTURES}/{name}.policy"), text)
}

/// Every diagnostic rendered as `policyc check --color never` prints it.
fn render_all(file: &SourceFile, diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| render_plain(file, d)).collect()
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// The fixture's first line, a comment saying what it shows.
fn description(file: &SourceFile) -> String {
    file.text
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("//")
        .trim()
        .to_owned()
}

fn check_fixture(name: &str, expected: Code) {
    let file = fixture(name);
    let checked = policyc::check_source(&file.text);
    let found = codes(&checked.diagnostics);
    assert!(
        checked.diagnostics.iter().any(|d| d.code == expected),
        "{name}: expected {expected} among the diagnostics, found {found:?}"
    );
    if expected.as_str().starts_with('E') {
        assert!(
            checked.policy.is_none(),
            "{name}: an error must withhold the model"
        );
    } else {
        assert!(
            !checked.has_errors(),
            "{name}: a warning fixture must have no error, found {found:?}"
        );
        assert!(
            checked.policy.is_some(),
            "{name}: warnings must not withhold the model"
        );
    }
    for diagnostic in &checked.diagnostics {
        assert!(
            diagnostic.span.start <= diagnostic.span.end && diagnostic.span.end <= file.text.len(),
            "{name}: span out of the file: {diagnostic:?}"
        );
        assert!(
            !diagnostic.message.ends_with('.'),
            "{name}: messages end without a period: {:?}",
            diagnostic.message
        );
    }
    let rendered = render_all(&file, &checked.diagnostics);
    insta::with_settings!({ description => description(&file), omit_expression => true }, {
        insta::assert_snapshot!(name, rendered);
    });
}

/// One test per fixture, and the table of fixtures with the code each shows.
macro_rules! fixtures {
    ($($name:ident => $code:ident,)*) => {
        $(
            #[test]
            fn $name() {
                check_fixture(stringify!($name), Code::$code);
            }
        )*

        const ALL_FIXTURES: &[(&str, Code)] = &[$((stringify!($name), Code::$code),)*];
    };
}

fixtures! {
    e0001_misspelled_declaration => Syntax,
    e0001_unclosed_block => Syntax,
    e0001_missing_to => Syntax,
    e0001_transfer_for_without_purpose => Syntax,
    e0001_unknown_period => Syntax,
    e0001_hyphen_in_id => Syntax,
    e0001_missing_from => Syntax,
    e0002_unknown_property => UnknownProperty,
    e0003_malformed_property => MalformedProperty,
    e0003_two_word_value => MalformedProperty,
    e0004_bad_escape => BadEscape,
    e0010_name_too_long => NameTooLong,
    e0015_bidi_in_string => InvisibleCharacter,
    e0015_control_escape => InvisibleCharacter,
    e0016_noncharacter_in_label => Noncharacter,
    e0017_line_break_in_title => LineBreakInOneLineText,
    e0101_unknown_data => UnknownData,
    e0102_unknown_purpose => UnknownPurpose,
    e0103_unknown_recipient => UnknownRecipient,
    e0104_duplicate_data => Duplicate,
    e0104_duplicate_purpose => Duplicate,
    e0104_duplicate_retention => Duplicate,
    e0105_missing_parent => MissingParent,
    e0106_unknown_keyword => UnknownKeyword,
    e0106_unknown_event => UnknownKeyword,
    e0107_duplicate_property => DuplicateProperty,
    e0108_duplicate_header => DuplicateHeader,
    w0109_unused_recipient => UnusedRecipient,
    w0110_unknown_fact => UnknownFact,
    e0111_ids_differ_by_case => CaseOnlyDifference,
    e0201_invalid_date => InvalidDate,
    e0202_invalid_version => InvalidVersion,
    e0203_zero_duration => NonPositiveDuration,
    e0203_too_long_duration => NonPositiveDuration,
    e0204_empty_string => EmptyString,
    e0204_missing_label => EmptyString,
    e0204_blank_service => EmptyString,
    e0205_invalid_url => InvalidUrl,
    e0206_invalid_contact => InvalidContact,
    e0207_invalid_language => InvalidLanguage,
    e0208_conflicting_requirement => ConflictingRequirement,
    e0209_source_language_not_published => SourceLanguageNotPublished,
    e0215_unwritten_language => UnwrittenLanguage,
    e0301_unstated_interest => UnstatedInterest,
    e0302_identified_in_depersonalized => IdentifiedInDepersonalizedPurpose,
    e0303_identified_through_parent => IdentifiedThroughParent,
    e0304_identified_by_combination => IdentifiedByCombination,
    e0305_special_without_explicit_consent => SpecialWithoutExplicitConsent,
    e0306_transfer_without_ground => TransferWithoutGround,
    e0307_identified_without_retention => IdentifiedWithoutRetention,
    w0308_unused_data => UnusedData,
    w0308_unused_subcategories => UnusedData,
    e0309_interest_without_legitimate_interest => InterestWithoutLegitimateInterest,
    e0310_statistics_ground_on_identified_data => StatisticsGroundOnIdentifiedData,
    e0330_alternatives_without_rule => AlternativesWithoutRule,
    e0331_anonymise_anonymous_data => AnonymiseAnonymousData,
    e0332_retention_for_unused_purpose => RetentionForUnusedPurpose,
    w0330_rule_without_alternatives => RuleWithoutAlternatives,
    e0340_combination_rule_on_personal_data => CombinationRuleOnPersonalData,
    w0450_plural_controller_unstated => PluralControllerUnstated,
    e0451_section_id_builtin => SectionIdBuiltin,
    e0452_section_without_heading => SectionWithoutHeading,
    e0453_section_after_unknown => SectionAfterUnknown,
    e0453_section_after_later => SectionAfterUnknown,
    e0454_builtin_section_moved => BuiltinSectionMoved,
    e0455_published_after_effective => PublishedAfterEffective,
    w0451_section_without_clauses => SectionWithoutClauses,
    w0452_section_says_nothing => SectionSaysNothing,
    w0453_automated_decisions_not_stated => AutomatedDecisionsNotStated,
    w0454_security_warranty => SecurityWarranty,
    w0455_profiled_marketing_on_interests => ProfiledMarketingOnInterests,
    e0106_unknown_section => UnknownKeyword,
    e0104_duplicate_section => Duplicate,
    w0311_identity_assumed => IdentityAssumed,
    e0350_purpose_and_recipient_share_id => PurposeAndRecipientShareId,
    e0351_transfer_purpose_without_data => TransferPurposeWithoutData,
    e0440_sale_without_opt_out => SaleWithoutOptOut,
    e0342_gpc_ignored_while_selling => GpcIgnoredWhileSelling,
    w0341_gpc_stance_not_stated => GpcStanceNotStated,
    w0342_do_not_sell_link_missing => DoNotSellLinkMissing,
    e0441_minor_sold_without_opt_in => MinorSoldWithoutOptIn,
    w0441_request_verification_not_stated => RequestVerificationNotStated,
    w0442_authorized_agents_not_stated => AuthorizedAgentsNotStated,
    w0443_limit_sensitive_link_missing => LimitSensitiveLinkMissing,
    w0444_ccpa_category_not_stated => CcpaCategoryNotStated,
    w0445_ccpa_category_misses_sensitive => CcpaCategoryMissesSensitive,
    w0380_free_text_commitment => FreeTextCommitment,
    w0380_free_text_rent_or_trade => FreeTextCommitment,
    w0380_free_text_sell_nothing => FreeTextCommitment,
    w0380_free_text_never_leaves => FreeTextCommitment,
    w0380_free_text_targeted_advertising => FreeTextCommitment,
    e0365_adequacy_without_decision => AdequacyWithoutDecision,
    e0366_derogation_without_case => DerogationWithoutCase,
    w0365_mechanism_inside_area => MechanismInsideArea,
    w0366_safeguard_untyped => SafeguardUntyped,
    w0367_mechanism_without_country => MechanismWithoutCountry,
    w0368_safeguards_without_copy => SafeguardsWithoutCopy,
    e0392_processor_as_controller => ProcessorAsController,
    e0393_arrangement_without_joint_control => ArrangementWithoutJointControl,
    e0394_business_purpose_to_controller => BusinessPurposeToController,
    w0392_joint_controller_without_arrangement => JointControllerWithoutArrangement,
    e0395_special_condition_without_law => SpecialConditionWithoutLaw,
    e0396_explicit_consent_condition_without_consent => ExplicitConsentConditionWithoutConsent,
    e0397_law_for_condition_without_law => LawForConditionWithoutLaw,
    w0393_special_condition_without_special_data => SpecialConditionWithoutSpecialData,
    w0394_special_and_sensitive_disagree => SpecialAndSensitiveDisagree,
    e0398_breach_time_out_of_range => BreachTimeOutOfRange,
    w0395_breach_later_than_law => BreachLaterThanLaw,
    w0396_security_repeated => SecurityRepeated,
    e0442_sensitive_beyond_permitted_without_limit => SensitiveBeyondPermittedWithoutLimit,
    w0446_permitted_use_without_sensitive_data => PermittedUseWithoutEffect,
    w0446_permitted_use_without_ccpa => PermittedUseWithoutEffect,
    e0401_missing_header => MissingHeader,
    e0402_missing_header_fact => MissingHeaderFact,
    e0402_missing_service => MissingHeaderFact,
    e0403_transfer_abroad_without_safeguard => TransferAbroadWithoutSafeguard,
    w0404_no_complaint_right => NoComplaintRight,
    w0407_notice_contradicted => NoticeContradicted,
    e0405_purpose_without_data => PurposeWithoutData,
    e0406_purpose_without_basis => PurposeWithoutBasis,
    e0320_none_with_regimes => NoneWithRegimes,
    w0410_regimes_undeclared => RegimesUndeclared,
    w0411_basis_unstated => BasisUnstated,
    w0412_consent_without_withdrawal => ConsentWithoutWithdrawal,
    w0413_right_without_basis => RightWithoutBasis,
    w0414_retention_unstated => RetentionUnstated,
    w0415_contact_unstated => ContactUnstated,
    w0416_source_unstated => SourceUnstated,
    w0417_source_not_stated => SourceNotStated,
    w0418_requirement_not_stated => RequirementNotStated,
    w0419_ground_unstated => GroundUnstated,
    w0420_accepted_by_use => AcceptedByUse,
    w0421_contract_basis_for_optional_data => ContractBasisForOptionalData,
    w0422_profiling_depersonalized => ProfilingDepersonalized,
    w0423_direct_marketing_without_objection => DirectMarketingWithoutObjection,
    w0424_contractual_clause_in_notice => ContractualClauseInNotice,
    w0425_required_without_reason => RequiredWithoutReason,
    w0426_controller_without_address => ControllerWithoutAddress,
    w0427_controller_without_country => ControllerWithoutCountry,
    w0428_dpo_unstated => DpoUnstated,
    e0880_unknown_fides_key => FidesKeyUnknown,
    w0470_short_label_not_shorter => ShortLabelNotShorter,
    w0430_answer_time_not_month => AnswerTimeNotMonth,
    e0430_extension_without_answer_time => ExtensionWithoutAnswerTime,
    w0431_extension_too_long => ExtensionTooLong,
    w0432_representative_missing => RepresentativeMissing,
    w0434_lead_authority_abroad => LeadAuthorityAbroad,
    e0341_joint_controller_named_twice => JointControllerNamedTwice,
    w0433_ground_purpose_undeclared => GroundPurposeUndeclared,
    e0420_anonymous_profiled => AnonymousProfiled,
    e0421_anonymous_per_user_retention => AnonymousPerUserRetention,
    e0422_anonymous_recombined => AnonymousRecombined,
    e0422_anonymous_combined => AnonymousRecombined,
    e0423_anonymous_without_method => AnonymousWithoutMethod,
    e0424_method_on_identifiable_data => MethodOnIdentifiableData,
    e0425_not_applicable_not_granted => NotApplicableNotGranted,
    e0426_not_applicable_without_reason => NotApplicableWithoutReason,
    e0427_not_applicable_exercised => NotApplicableExercised,
    e0390_tracker_without_consent => TrackerWithoutConsent,
    w0391_terminal_access_without_consent => TerminalAccessWithoutConsent,
    e0480_tracker_lifetime_not_stated => TrackerLifetimeNotStated,
    e0481_tracker_incomplete => TrackerIncomplete,
    e0370_children_not_knowingly_collected => ChildrenNotKnowinglyCollected,
    e0371_children_excluded => ChildrenExcluded,
    e0372_age_not_an_age => AgeNotAnAge,
    e0373_children_without_parental_consent => ChildrenWithoutParentalConsent,
    e0374_parent_rights_missing => ParentRightsMissing,
    e0375_audience_not_stated => AudienceNotStated,
    e0376_test_unknown_tracker => TestUnknownTracker,
    e0377_test_children_without_stance => TestChildrenWithoutStance,
    e0378_first_party_tracker_recipient => FirstPartyTrackerRecipient,
    e0428_test_unknown_decision => TestUnknownDecision,
    e0429_consented_decision_shares_id => ConsentedDecisionSharesId,
    e0443_test_deadline_unknown_name => TestDeadlineUnknownName,
    e0456_test_deadline_impossible_dates => TestDeadlineImpossibleDates,
    w0370_age_of_consent_not_stated => AgeOfConsentNotStated,
    w0371_age_of_consent_out_of_range => AgeOfConsentOutOfRange,
    w0372_parental_consent_not_stated => ParentalConsentNotStated,
    w0373_children_stance_not_stated => ChildrenStanceNotStated,
    w0374_tracker_provider_unlinked => TrackerProviderUnlinked,
    w0435_tracker_provider_not_recipient => TrackerProviderNotRecipient,
    w0437_tracker_consent_differs_from_transfer => TrackerConsentDiffersFromTransfer,
    w0438_strictly_necessary_tracker_not_necessary => StrictlyNecessaryTrackerNotNecessary,
    w0439_third_party_tracker_without_provider => ThirdPartyTrackerWithoutProvider,
    w0436_transfer_repeats_recipient_disclosure => TransferRepeatsRecipientDisclosure,
    w0375_heading_of_jurisdiction_section => HeadingOfJurisdictionSection,
    e0360_decision_basis_not_allowed => DecisionBasisNotAllowed,
    e0360_decision_law_not_named => DecisionBasisNotAllowed,
    e0361_decision_without_safeguards => DecisionWithoutSafeguards,
    e0362_decision_incomplete => DecisionIncomplete,
    e0363_decision_special_data => DecisionSpecialData,
    e0364_decisions_stated_none => DecisionsStatedNone,
    w0360_profiling_without_decision_statement => ProfilingWithoutDecisionStatement,
    w0361_decision_without_right => DecisionWithoutRight,
    e0380_sold_despite_commitment => SoldDespiteCommitment,
    e0380_sensitive_sold_despite_commitment => SoldDespiteCommitment,
    e0381_shared_despite_commitment => SharedDespiteCommitment,
    e0382_transfer_outside_committed_area => TransferOutsideCommittedArea,
    e0383_children_despite_commitment => ChildrenDespiteCommitment,
    e0384_decision_despite_commitment => DecisionDespiteCommitment,
    e0431_shared_with_third_party_despite_commitment => SharedWithThirdPartyDespiteCommitment,
    e0385_commitment_area_missing => CommitmentAreaMismatch,
    e0385_commitment_area_not_taken => CommitmentAreaMismatch,
    w0381_commitment_repeated => CommitmentRepeated,
    e0386_source_name_not_obtained => SourceNameNotObtained,
    w0382_third_party_source_unnamed => ThirdPartySourceUnnamed,
    w0383_source_repeated => SourceRepeated,
    e0387_combination_of_one => CombinationOfOne,
    w0384_depersonalized_combined_unmarked => DepersonalizedCombinedUnmarked,
    e0388_transfer_interest_unstated => TransferInterestUnstated,
    e0389_text_after_other_ground => TextAfterOtherGround,
    w0385_transfer_interest_without_objection => TransferInterestWithoutObjection,
    e0432_ground_against_derogation => GroundAgainstDerogation,
    e0433_children_collected_below_minimum_age => ChildrenCollectedBelowMinimumAge,
}

/// A fixture of a code that compares an edition with the one before it
/// (`FROM_HISTORY`): `NAME.policy` is the new edition, `before/NAME.policy`
/// the one released before it. The codes are those the build emits from
/// the history, at the new edition's version, where it emits them.
fn check_history_fixture(name: &str, expected: Code) {
    let file = fixture(name);
    let before = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(FIXTURES)
            .join("before")
            .join(format!("{name}.policy")),
    )
    .unwrap_or_else(|e| panic!("cannot read the edition before `{name}`: {e}"));
    let old = policyc::check_source(&before);
    assert!(
        old.diagnostics.is_empty(),
        "{name}: before: {:?}",
        codes(&old.diagnostics)
    );
    let new = policyc::check_source(&file.text);
    assert!(
        new.diagnostics.is_empty(),
        "{name}: the fixture checks clean on its own: {:?}",
        codes(&new.diagnostics)
    );
    let (old, new_policy) = (old.policy.unwrap(), new.policy.as_ref().unwrap());
    let diff = policyc::diff::diff(&old, new_policy);
    let at = new.spans.header.version_or_head();
    let mut found = policyc::check::w0460_expansion_without_rationale(&diff, &old, new_policy, at);
    found.extend(policyc::check::w0461_rationale_without_change(
        &diff, &old, new_policy, at,
    ));
    found.extend(policyc::check::w0429_aspect_without_change(
        &diff, &old, new_policy, at,
    ));
    found.extend(policyc::check::w0456_publication_leaves_short_notice(
        &diff,
        &old,
        new_policy,
        new.spans.header.published_or_effective(),
    ));
    assert_eq!(codes(&found), [expected.as_str()], "{name}");
    let rendered = render_all(&file, &found);
    insta::with_settings!({ description => description(&file), omit_expression => true }, {
        insta::assert_snapshot!(name, rendered);
    });
}

/// A fixture of a code that judges the text against the `[text]`
/// thresholds of `policyc.toml` (`FROM_CONFIG`): `NAME.policy` with the
/// thresholds of `config/NAME.toml`, as `policyc check` judges it.
fn check_config_fixture(name: &str, expected: Code) {
    let file = fixture(name);
    let toml = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(FIXTURES)
            .join("config")
            .join(format!("{name}.toml")),
    )
    .unwrap_or_else(|e| panic!("cannot read the thresholds of `{name}`: {e}"));
    #[derive(serde::Deserialize)]
    struct Config {
        text: policyc::readability::TextThresholds,
    }
    let config: Config = toml::from_str(&toml).unwrap();
    let checked = policyc::check_source(&file.text);
    assert!(
        checked.diagnostics.is_empty(),
        "{name}: the fixture checks clean without thresholds: {:?}",
        codes(&checked.diagnostics)
    );
    let found = policyc::readability::judge(
        checked.policy.as_ref().unwrap(),
        &checked.spans,
        &config.text,
    );
    assert_eq!(codes(&found), [expected.as_str()], "{name}");
    let rendered = render_all(&file, &found);
    insta::with_settings!({ description => description(&file), omit_expression => true }, {
        insta::assert_snapshot!(name, rendered);
    });
}

/// One test per fixture of the history and of the thresholds, and their
/// tables.
macro_rules! other_fixtures {
    ($check:ident, $table:ident: $($name:ident => $code:ident,)*) => {
        $(
            #[test]
            fn $name() {
                $check(stringify!($name), Code::$code);
            }
        )*

        const $table: &[(&str, Code)] = &[$((stringify!($name), Code::$code),)*];
    };
}

other_fixtures! {
    check_history_fixture, HISTORY_FIXTURES:
    w0460_expansion_without_rationale => ExpansionWithoutRationale,
    w0461_rationale_without_change => RationaleWithoutChange,
    w0429_aspect_without_change => AspectWithoutChange,
    w0456_publication_leaves_short_notice => PublicationLeavesShortNotice,
}

other_fixtures! {
    check_config_fixture, CONFIG_FIXTURES:
    w0471_hard_to_read => HardToRead,
    w0472_sentence_too_long => SentenceTooLong,
    w0473_summary_too_long => SummaryTooLong,
}

/// Every fixture: of `check_source`, of the history and of the
/// thresholds.
fn all_fixtures() -> impl Iterator<Item = &'static (&'static str, Code)> {
    ALL_FIXTURES
        .iter()
        .chain(HISTORY_FIXTURES)
        .chain(CONFIG_FIXTURES)
}

/// The codes of the front end (families 00 to 04) that `check_source`
/// cannot emit: they come from reading files (E0005, E0006, E0011, E0012),
/// from following includes (E0007 to E0009) and from `policyc check`
/// itself (E0013, a file marked to fail that checks clean).
/// `tests/inputs_cli.rs` covers E0011 and E0012, `tests/check_cli.rs`
/// E0013.
const FROM_LOADING: &[&str] = &[
    "E0005", "E0006", "E0007", "E0008", "E0009", "E0011", "E0012", "E0013",
];

/// Codes of family 04 that `policyc import fides` emits in a manifest, not
/// the checker in a policy: `tests/fides.rs` covers them.
const FROM_IMPORT: &[&str] = &["W0490"];
/// The codes of family 04 that compare an edition with the history, which
/// `check_source` does not read: `policyc build` emits them, and
/// `tests/diff.rs` covers W0460, W0461 and W0429; each has a fixture too.
const FROM_HISTORY: &[&str] = &["W0460", "W0461", "W0429", "W0456"];
/// The codes of translation files, which `check_source` has none of:
/// `tests/translations.rs` covers them through `policyc check`.
const FROM_TRANSLATIONS: &[&str] = &["E0210", "W0211", "W0212", "E0213", "W0214"];

/// Whether `check_source` can emit the code. Families 05 (versions) and 06
/// (`policyc test`) belong to other commands and are tested with them; a
/// retired code (`Code::RETIRED`, W0440) is emitted by nothing, and its
/// page says what replaced it.
fn from_check(code: Code) -> bool {
    let family = code.as_str().get(1..3).unwrap_or("");
    family <= "04"
        && !FROM_LOADING.contains(&code.as_str())
        && !FROM_IMPORT.contains(&code.as_str())
        && !FROM_HISTORY.contains(&code.as_str())
        && !FROM_TRANSLATIONS.contains(&code.as_str())
        && !FROM_CONFIG.contains(&code.as_str())
        && !code.is_retired()
}

/// The codes that judge the text against the `[text]` thresholds of
/// `policyc.toml`, which `check_source` has not: `tests/layered.rs`
/// covers them through `policyc check`.
const FROM_CONFIG: &[&str] = &["W0471", "W0472", "W0473"];

#[test]
fn every_code_the_checker_can_emit_has_a_fixture() {
    let covered: BTreeSet<Code> = all_fixtures().map(|(_, code)| *code).collect();
    // The codes of the history and of the thresholds have fixtures too,
    // read with the edition before or the thresholds.
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|code| {
            !covered.contains(code)
                && (from_check(**code)
                    || FROM_HISTORY.contains(&code.as_str())
                    || FROM_CONFIG.contains(&code.as_str()))
        })
        .map(|code| code.as_str())
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
    assert!(
        ALL_FIXTURES.len() >= 35,
        "only {} fixtures",
        ALL_FIXTURES.len()
    );
}

#[test]
fn every_fixture_file_is_tested() {
    let listed: BTreeSet<&str> = all_fixtures().map(|(name, _)| *name).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES);
    let mut unlisted = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "policy")
            && !listed.contains(stem.as_str())
            && stem != "three_broken_blocks"
        {
            unlisted.push(stem);
        }
    }
    assert!(unlisted.is_empty(), "fixtures no test reads: {unlisted:?}");
    // Each edition before and each set of thresholds belongs to a fixture
    // of its kind.
    for (dir, ext, table) in [
        ("before", "policy", HISTORY_FIXTURES),
        ("config", "toml", CONFIG_FIXTURES),
    ] {
        let names: BTreeSet<&str> = table.iter().map(|(name, _)| *name).collect();
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(FIXTURES)
            .join(dir);
        let mut found = BTreeSet::new();
        for entry in std::fs::read_dir(path).unwrap() {
            let path = entry.unwrap().path();
            assert!(
                path.extension().is_some_and(|e| e == ext),
                "{}",
                path.display()
            );
            found.insert(path.file_stem().unwrap().to_string_lossy().into_owned());
        }
        let found: BTreeSet<&str> = found.iter().map(String::as_str).collect();
        assert_eq!(found, names, "{dir}/");
    }
}

#[test]
fn fixture_names_start_with_their_code() {
    for (name, code) in all_fixtures() {
        let prefix = code.as_str().to_ascii_lowercase();
        assert!(
            name.starts_with(&format!("{prefix}_")),
            "`{name}` shows {code}"
        );
    }
}

#[test]
fn an_unused_category_is_reported_once_with_its_subcategories() {
    let file = fixture("w0308_unused_subcategories");
    let checked = policyc::check_source(&file.text);
    let unused: Vec<&Diagnostic> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnusedData)
        .collect();
    assert_eq!(unused.len(), 1, "{unused:#?}");
    for child in ["device.os", "device.model", "device.model.year"] {
        assert!(
            unused[0].message.contains(&format!("`{child}`")),
            "{child}: {unused:?}"
        );
    }
    // Past five, the others are counted.
    let many: String = (0..7)
        .map(|i| format!("data extra.c{i} \"C{i}\"\n"))
        .collect();
    let (_, diagnostics) = check_with_base(&format!(
        "retain account for 1 year from collection\ndata extra \"Extra\" {{ source user identity depersonalized }}\n{many}"
    ));
    assert_eq!(codes(&diagnostics), ["W0308"], "{diagnostics:#?}");
    assert!(
        diagnostics[0]
            .message
            .contains("`extra.c4` and 2 more are collected"),
        "{diagnostics:#?}"
    );
}

#[test]
fn a_failing_test_says_denied_once() {
    let text = format!(
        "{BUG_BASE}retain account for 1 year from collection\npurpose news \"News\" {{ uses account basis consent }}\ntest \"news\" {{ allow account for news }}\n"
    );
    let policy = policyc::check_source(&text).policy.unwrap();
    let rules = policy_runtime::Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (1, 1));
    let label = failures[0].label.as_str();
    assert!(
        label.starts_with("denied: the purpose `news` needs the user's consent"),
        "{label}"
    );
    assert_eq!(label.matches("denied").count(), 1, "{label}");
}

#[test]
fn a_stray_word_in_a_one_line_block_keeps_the_properties_after_it() {
    let (text, diagnostics) = check_with_base(
        "data device \"Device\" { source third party identity identified }\nretain account, device for 1 year from collection\n",
    );
    // `identity identified` still counts: no W0311, and no other warning
    // echoes the error.
    // One error for one mistake: not also an unknown source `third`.
    assert_eq!(codes(&diagnostics), ["E0003"], "{diagnostics:#?}");
    let stray = &diagnostics[0];
    assert_eq!(&text[stray.span.range()], "third party");
    assert_eq!(
        stray.help.as_deref(),
        Some("did you mean `source third_party`?")
    );
    // A property reported so is not also missing (E0406).
    let (_, diagnostics) = check_with_base(
        "retain account for 1 year from collection\npurpose ads \"Ads\" { uses account basis legitimate interest \"x\" }\n",
    );
    assert_eq!(codes(&diagnostics), ["E0003"], "{diagnostics:#?}");
    let (_, diagnostics) = check_with_base(
        "data device \"Device\" { sorce device identity identified }\nretain account, device for 1 year from collection\n",
    );
    assert_eq!(codes(&diagnostics), ["E0002"], "{diagnostics:#?}");
}

#[test]
fn a_line_that_stops_short_is_shown_where_it_ends() {
    for (tail, expected) in [
        ("retain account for 90 days\n", "`from`"),
        ("retain account for 90 days from\n", "an event"),
        ("retain account until\n", "an event"),
    ] {
        let (text, diagnostics) = check_with_base(&format!("{tail}data more \"More\"\n"));
        let error = diagnostics.iter().find(|d| d.code == Code::Syntax).unwrap();
        let line_end = BUG_BASE.len() + tail.trim_end().len();
        assert_eq!(error.span.start, line_end, "{tail:?}: {error:#?}");
        assert!(error.message.contains(expected), "{tail:?}: {error:#?}");
        assert!(
            error.message.ends_with("found the end of the line"),
            "{error:#?}"
        );
        assert!(text.is_char_boundary(error.span.start));
    }
}

#[test]
fn a_name_or_value_of_two_words_gets_its_one_word_spelling() {
    for (tail, help) in [
        (
            "right data portability { via \"privacy@example.com\" }\n",
            "write `right data_portability`",
        ),
        (
            "recipient partners \"Partners\" { kind third party }\n",
            "did you mean `kind third_party`?",
        ),
        (
            "purpose ads \"Ads\" {\n  uses  account\n  basis legitimate interest \"selling\"\n}\n",
            "did you mean `basis legitimate_interest`?",
        ),
        (
            "changes {\n  notify on website\n}\n",
            "did you mean `notify on_website`?",
        ),
        (
            "data shop \"Shop\" {\n  source   third-party\n  identity identified\n}\n",
            "did you mean `source third_party`?",
        ),
        (
            "purpose ads \"Ads\" {\n  uses  account\n  basis legitimate-interest \"selling\"\n}\n",
            "did you mean `basis legitimate_interest`?",
        ),
    ] {
        let (_, diagnostics) = check_with_base(tail);
        let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(
            errors
                .iter()
                .any(|d| d.help.as_deref().is_some_and(|h| h.contains(help))),
            "{tail:?}: {diagnostics:#?}"
        );
        assert!(
            diagnostics.iter().all(Diagnostic::is_error),
            "no warning echoes a syntax error: {diagnostics:#?}"
        );
    }
}

#[test]
fn a_transfer_cut_short_after_on_is_shown_where_it_ends() {
    let tail = "recipient partners \"Partners\" { kind processor }\ntransfer account to partners on\nretain account for 1 year from collection\n";
    let (_, diagnostics) = check_with_base(tail);
    assert_eq!(codes(&diagnostics), ["E0001"], "{diagnostics:#?}");
    let at = BUG_BASE.len() + tail.find(" on\n").unwrap() + " on".len();
    assert_eq!(diagnostics[0].span.start, at, "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].message,
        "expected a name, found the end of the line"
    );
}

#[test]
fn an_id_with_a_hyphen_is_refused_wherever_it_is_written() {
    for tail in [
        "data in-store \"In store\" { source user identity identified }\n",
        "purpose after-sales \"After sales\" { uses account basis contract }\n",
        "recipient ad-partners \"Partners\" { kind processor }\n",
    ] {
        let (_, diagnostics) = check_with_base(tail);
        assert_eq!(codes(&diagnostics), ["E0001"], "{tail:?}: {diagnostics:#?}");
        assert!(
            diagnostics[0]
                .message
                .contains("an id allows letters, digits and `_`"),
            "{diagnostics:#?}"
        );
    }
}

#[test]
fn three_broken_blocks_give_three_errors() {
    let name = "three_broken_blocks";
    let file = fixture(name);
    let checked = policyc::check_source(&file.text);
    let errors: Vec<&Diagnostic> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert_eq!(errors.len(), 3, "{:#?}", checked.diagnostics);
    let lines: BTreeSet<usize> = errors
        .iter()
        .map(|d| file.line_column(d.span.start).0)
        .collect();
    assert_eq!(lines.len(), 3, "each error on its own line: {lines:?}");
    let rendered = render_all(&file, &checked.diagnostics);
    insta::with_settings!({ description => description(&file), omit_expression => true }, {
        insta::assert_snapshot!(name, rendered);
    });
}

/// Loads `bytes` from a temporary file with the given size limit, and names
/// the file `name` for rendering.
fn load_bytes(bytes: &[u8], max_size: usize, name: &str) -> (SourceFile, Diagnostic) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let (mut file, diagnostic) = SourceFile::load(&path, max_size).unwrap();
    file.path = PathBuf::from(name);
    (file, diagnostic.expect("a load diagnostic"))
}

#[test]
fn e0005_not_utf8() {
    let (file, diagnostic) = load_bytes(
        b"policy example {\n  title \"Politique de confidentialit\xe9\"\n}\n",
        policyc::source::DEFAULT_MAX_FILE_SIZE,
        "latin1.policy",
    );
    assert_eq!(diagnostic.code, Code::NotUtf8);
    assert_eq!(file.line_column(diagnostic.span.start), (2, 37));
    insta::with_settings!({ description => "E0005: a Latin-1 byte in a string", omit_expression => true }, {
        insta::assert_snapshot!("e0005_not_utf8", render_plain(&file, &diagnostic));
    });
}

#[test]
fn e0006_file_too_large() {
    let text = std::fs::read(fixture_path("w0404_no_complaint_right")).unwrap();
    let (file, diagnostic) = load_bytes(&text, 100, "large.policy");
    assert_eq!(diagnostic.code, Code::FileTooLarge);
    assert!(file.text.is_empty(), "a file too large is not read");
    let rendered = render_plain(&file, &diagnostic).replace(&text.len().to_string(), "SIZE");
    insta::with_settings!({ description => "E0006: a file over a 100-byte limit", omit_expression => true }, {
        insta::assert_snapshot!("e0006_file_too_large", rendered);
    });
}

#[test]
fn a_file_within_the_limit_loads_clean() {
    let text = std::fs::read(fixture_path("w0404_no_complaint_right")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ok.policy");
    std::fs::write(&path, &text).unwrap();
    let (file, diagnostic) = SourceFile::load(&path, text.len()).unwrap();
    assert!(diagnostic.is_none(), "{diagnostic:?}");
    assert_eq!(file.text.as_bytes(), text.as_slice());
}

// ------------------------------------------------------------ rules

/// The module holding the rules of a family, when the family has one.
fn rule_module(code: Code) -> Option<&'static str> {
    // A retired code has no rule any longer.
    if FROM_IMPORT.contains(&code.as_str()) || code.is_retired() {
        return None;
    }
    match code.as_str().get(1..3)? {
        "03" => Some("src/check/rules/legal.rs"),
        "04" => Some("src/check/rules/completeness.rs"),
        _ => None,
    }
}

/// A newcomer finds the check behind a code in one guess: the function
/// named after it, `e0306_…` for E0306, in the module of its family.
#[test]
fn every_rule_is_a_function_named_after_its_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lowering = std::fs::read_to_string(root.join("src/check/lower.rs")).unwrap();
    let mut checked = 0;
    for &code in Code::ALL {
        let Some(module) = rule_module(code) else {
            continue;
        };
        let source = std::fs::read_to_string(root.join(module)).unwrap();
        let name = format!("fn {}_", code.as_str().to_lowercase());
        assert!(
            source.contains(&name),
            "{code}: no function `{}…` in {module}",
            name.trim_start_matches("fn ")
        );
        // One place per rule: lowering records, it does not judge.
        let variant = format!("Code::{code:?}");
        assert!(
            !lowering.contains(&variant),
            "{code} is still emitted in src/check/lower.rs; its rule belongs in {module}"
        );
        checked += 1;
    }
    assert!(checked >= 18, "only {checked} codes of families 03 and 04");
}

// ------------------------------------------------------------ explanations

#[test]
fn every_code_has_an_explanation() {
    for code in Code::ALL {
        let text = code.explanation();
        let first = text.lines().next().unwrap_or("");
        assert!(
            first.starts_with(&format!("# {code}: ")),
            "docs/codes/{code}.md must start with `# {code}: `, found {first:?}"
        );
        assert!(!text.contains("TODO"), "docs/codes/{code}.md is unfinished");
        let lines = text.lines().count();
        assert!(
            (15..=40).contains(&lines),
            "docs/codes/{code}.md has {lines} lines"
        );
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/codes/{code}.md"));
        assert!(path.is_file(), "{} is missing", path.display());
    }
}

/// A retired code keeps its page, which says what replaced it, and no
/// check emits it: W0440 is E0442 now.
#[test]
fn a_retired_code_keeps_its_page_and_names_its_replacement() {
    assert_eq!(Code::RETIRED, &[Code::SensitiveWithoutLimit]);
    for &code in Code::RETIRED {
        assert!(
            code.summary().starts_with("retired: replaced by "),
            "{code}"
        );
        let text = code.explanation();
        assert!(
            text.lines().next().unwrap_or("").ends_with("(retired)"),
            "{code}"
        );
        assert!(text.contains("Retired: E0442 replaces it."), "{code}");
    }
    // The fixture W0440 showed now shows E0442, and never W0440.
    let file = fixture("e0442_sensitive_beyond_permitted_without_limit");
    let found = policyc::check_source(&file.text).diagnostics;
    assert!(
        found
            .iter()
            .any(|d| d.code == Code::SensitiveBeyondPermittedWithoutLimit)
    );
    assert!(found.iter().all(|d| d.code != Code::SensitiveWithoutLimit));
}

#[test]
fn every_explanation_file_has_a_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/codes");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            Code::parse(&stem).is_some(),
            "{} explains no code",
            path.display()
        );
    }
}

/// The header an explanation's snippet is checked under, when the snippet
/// has none of its own.
const SNIPPET_HEADER: &str = r#"policy example {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
}
right complaint { via "the data protection authority" }
"#;

/// The ```policy blocks of an explanation.
fn policy_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```policy") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    assert!(current.is_none(), "an unclosed code block");
    blocks
}

/// A snippet as a whole file: snippets without a policy header are checked
/// under [`SNIPPET_HEADER`], except for E0401's, whose point is the header
/// missing.
fn as_file(code: Code, snippet: &str) -> String {
    let has_header = snippet.lines().any(|l| l.starts_with("policy "));
    if has_header || code == Code::MissingHeader {
        snippet.to_owned()
    } else {
        format!("{SNIPPET_HEADER}\n{snippet}")
    }
}

/// Explanations whose example is known not to show its code; each has an
/// ignored test below, to un-ignore when it is fixed.
const KNOWN_BAD_EXAMPLES: &[&str] = &[];

/// rustc tests the examples of its error index; so do we. In each
/// explanation the first ```policy block shows the code, and the last one
/// (the fix) does not.
#[test]
fn explanation_examples_show_their_code_and_fixes_clear_it() {
    let mut problems = Vec::new();
    for &code in Code::ALL {
        if !from_check(code) || KNOWN_BAD_EXAMPLES.contains(&code.as_str()) {
            continue;
        }
        let blocks = policy_blocks(code.explanation());
        let (Some(wrong), Some(fixed), true) = (blocks.first(), blocks.last(), blocks.len() >= 2)
        else {
            problems.push(format!("{code}: needs an erroneous example and a fix"));
            continue;
        };
        let found = policyc::check_source(&as_file(code, wrong));
        if !found.diagnostics.iter().any(|d| d.code == code) {
            problems.push(format!(
                "{code}: the example does not show it, it shows {:?}",
                codes(&found.diagnostics)
            ));
        }
        let fixed_found = policyc::check_source(&as_file(code, fixed));
        if fixed_found.diagnostics.iter().any(|d| d.code == code) {
            problems.push(format!("{code}: the fix still shows it"));
        }
        if fixed_found
            .diagnostics
            .iter()
            .any(|d| d.code == Code::Syntax)
        {
            problems.push(format!(
                "{code}: the fix does not parse: {:?}",
                fixed_found.diagnostics
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// -------------------------------------------------------- known bugs in src
//
// Each test below shows a problem found while writing these tests. They are
// ignored until the checker is fixed; run them with `--ignored`.

/// A valid header and data category, for the bug tests.
const BUG_BASE: &str = r#"policy example {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    none
}
right complaint { via "the data protection authority" }
data account "Account details" { source user identity identified }
purpose service "Providing the service" { uses account basis contract }
"#;

fn check_with_base(tail: &str) -> (String, Vec<Diagnostic>) {
    let text = format!("{BUG_BASE}{tail}");
    let diagnostics = policyc::check_source(&text).diagnostics;
    (text, diagnostics)
}

#[test]
fn the_example_of_e0010_shows_it() {
    let blocks = policy_blocks(Code::NameTooLong.explanation());
    let found = policyc::check_source(&as_file(Code::NameTooLong, &blocks[0]));
    assert!(
        found
            .diagnostics
            .iter()
            .any(|d| d.code == Code::NameTooLong),
        "{:?}",
        codes(&found.diagnostics)
    );
}

#[test]
fn a_broken_retain_is_not_also_reported_missing() {
    for retain in [
        "retain account until closure\n",
        "retain account for 0 days from collection\n",
        "retain account for 1000 years from collection\n",
    ] {
        let (_, diagnostics) = check_with_base(retain);
        let found = codes(&diagnostics);
        assert!(
            found.contains(&"E0106") || found.contains(&"E0203"),
            "{found:?}"
        );
        assert!(
            !found.contains(&"E0307"),
            "{retain:?}: an echo of the broken retain: {found:?}"
        );
    }
}

#[test]
fn a_broken_transfer_does_not_make_its_recipient_unused() {
    for transfer in [
        "transfer acount to partners on consent\n",
        "transfer account to partners on consnt\n",
    ] {
        let tail = format!(
            "retain account for 1 year from collection\nrecipient partners \"Partners\" {{ kind processor }}\n{transfer}"
        );
        let (_, diagnostics) = check_with_base(&tail);
        let found = codes(&diagnostics);
        assert!(found.iter().any(|c| c.starts_with('E')), "{found:?}");
        assert!(!found.contains(&"W0109"), "{transfer:?}: {found:?}");
    }
}

#[test]
fn a_transfer_without_recipient_says_so() {
    let (text, diagnostics) = check_with_base("transfer account to on consent\n");
    let error = diagnostics.iter().find(|d| d.code == Code::Syntax).unwrap();
    let at = text.find("to on consent").unwrap() + "to ".len();
    assert_eq!(
        error.span.start, at,
        "points at `on`, where the recipient is missing: {error:?}"
    );
    assert!(
        error.message.contains("recipient") || error.message.contains("a name"),
        "{error:?}"
    );
}

#[test]
fn an_unterminated_string_in_a_list_says_so() {
    let (_, diagnostics) = check_with_base(
        "data device \"Device\" {\n  examples \"a\", \"b\n  identity identified\n}\n",
    );
    assert!(
        diagnostics.iter().all(|d| d.code != Code::UnknownProperty),
        "{diagnostics:?}"
    );
    assert!(
        diagnostics.iter().any(|d| d.message.contains("string")),
        "{diagnostics:?}"
    );
}

#[test]
fn an_invalid_code_point_is_named_as_such() {
    let (text, diagnostics) = check_with_base("obligation o \"a \\u{D800} b\"\n");
    let error = diagnostics
        .iter()
        .find(|d| d.code == Code::BadEscape)
        .unwrap();
    assert!(!error.message.contains("unknown escape `\\u`"), "{error:?}");
    assert_eq!(
        &text[error.span.range()],
        "\\u{D800}",
        "the span covers the whole escape"
    );
}

#[test]
fn a_regional_language_code_is_not_an_unknown_property() {
    let text = BUG_BASE.replace("language   en", "language   en-GB");
    assert!(text.contains("language   en-GB"));
    let diagnostics = policyc::check_source(&text).diagnostics;
    // A regional code is a valid language: the base checks clean with it.
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn a_huge_duration_is_quoted_as_written() {
    let (_, diagnostics) =
        check_with_base("retain account for 99999999999999999999999 days from collection\n");
    let error = diagnostics
        .iter()
        .find(|d| d.code == Code::NonPositiveDuration)
        .unwrap();
    assert!(
        error.message.contains("99999999999999999999999"),
        "{error:?}"
    );
}
