//! Special categories of data: the conditions of GDPR Art. 9(2) a purpose
//! states, from the source to the text, the rule table and the runtime.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::{DecisionCode, Facts, Rules, SpecialCondition};
use policyc::codes::Code;
use policyc::model::Policy;

/// A GDPR policy with health data, whose purpose holds `PURPOSE`.
const POLICY: &str = r#"policy clinic {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Clinic" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
  voice      we_you
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
right withdraw_consent { anytime }
data health "Health records" { source user identity identified required by contract "the service cannot be provided" special health ccpa_category customer_records }
retain health for 1 year from collection
purpose care "Treatment" {
  uses health
  PURPOSE
}
"#;

fn source(purpose: &str) -> String {
    POLICY.replace("PURPOSE", purpose)
}

fn codes(purpose: &str) -> Vec<Code> {
    policyc::check_source(&source(purpose))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

fn policy(purpose: &str) -> Policy {
    let checked = policyc::check_source(&source(purpose));
    assert_eq!(checked.diagnostics, [], "{purpose}");
    checked.policy.unwrap()
}

fn rules(policy: &Policy) -> Rules {
    Rules::from_table(policyc::rules::table(policy)).unwrap()
}

#[test]
fn a_condition_with_its_law_checks_clean_and_is_said() {
    let policy = policy(
        r#"basis contract special_condition health_care "the Patient Rights Act, section 12""#,
    );
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains("Condition for processing special categories of personal data: preventive or occupational medicine, medical diagnosis, or the provision of health or social care or treatment, as provided by the Patient Rights Act, section 12."),
        "{text}"
    );
    let rules = rules(&policy);
    assert_eq!(
        rules.special_condition("care"),
        Some(SpecialCondition::HealthCare)
    );
    // The condition decides nothing: the contract holds on no fact.
    let decision = rules.decide_use("health", "care", &Facts::new());
    assert_eq!(decision.code, DecisionCode::Allowed);
}

#[test]
fn explicit_consent_as_the_condition_decides_through_the_consent_fact() {
    let policy = policy("basis consent special_condition explicit_consent");
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains(
            "Condition for processing special categories of personal data: your explicit consent."
        ),
        "{text}"
    );
    let rules = rules(&policy);
    assert_eq!(
        rules.special_condition("care"),
        Some(SpecialCondition::ExplicitConsent)
    );
    assert!(!rules.decide_use("health", "care", &Facts::new()).allowed);
    let consented = Facts::new().with("consent:care");
    assert!(rules.decide_use("health", "care", &consented).allowed);
}

#[test]
fn each_misuse_of_a_condition_has_its_code() {
    // No condition and no explicit consent.
    assert!(codes("basis contract").contains(&Code::SpecialWithoutExplicitConsent));
    // A condition that rests on a law, without it.
    assert_eq!(
        codes("basis contract special_condition public_health"),
        [Code::SpecialConditionWithoutLaw]
    );
    // Explicit consent as the condition of a contract.
    assert_eq!(
        codes("basis contract special_condition explicit_consent"),
        [Code::ExplicitConsentConditionWithoutConsent]
    );
    // A law after a condition that rests on none.
    assert_eq!(
        codes(r#"basis contract special_condition vital_interests "the Health Act""#),
        [Code::LawForConditionWithoutLaw]
    );
    // An unknown condition is named, with the closest.
    let unknown = policyc::check_source(&source("basis contract special_condition helth_care"));
    assert!(
        unknown
            .diagnostics
            .iter()
            .any(|d| d.message.contains("helth_care")),
        "{:?}",
        unknown.diagnostics
    );
    assert!(unknown.policy.is_none());
}

#[test]
fn a_purpose_without_a_condition_keeps_its_bytes() {
    let policy = policy("basis explicit_consent");
    let json = serde_json::to_string(&policy).unwrap();
    assert!(!json.contains("special_condition"), "{json}");
    let table = serde_json::to_string(&policyc::rules::table(&policy)).unwrap();
    assert!(!table.contains("special_condition"), "{table}");
}

#[test]
fn fmt_keeps_the_condition() {
    let source = source(r#"basis contract special_condition health_care "the Act""#);
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains(r#"special_condition health_care "the Act""#),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[path = "common/readme.rs"]
mod readme;

fn readme_section() -> String {
    readme::section(
        "### The conditions of Art. 9(2)",
        "\n### Security and breaches",
    )
}

#[test]
fn the_readme_s_section_on_conditions_holds() {
    let section = readme_section();
    // Its example checks clean in the policy above, and the text says
    // what the section quotes.
    let block = readme::first_policy_block(&section);
    let purpose = block
        .lines()
        .filter(|l| l.starts_with("  ") && !l.contains("uses"))
        .collect::<Vec<_>>()
        .join("\n");
    let text = policyc::render::markdown(&policy(&purpose));
    let quoted = section.lines().find_map(|l| l.strip_prefix("> ")).unwrap();
    assert!(text.contains(quoted), "{quoted}\n{text}");
    // The table lists every condition with its letter and whether it
    // names a law.
    for condition in SpecialCondition::ALL {
        let row = format!(
            "| `{}` | ({}) | {} |",
            condition.as_str(),
            condition.letter(),
            if condition.needs_law() { "yes" } else { "no" }
        );
        assert!(section.contains(&row), "{row}");
    }
    for code in [
        Code::SpecialWithoutExplicitConsent,
        Code::SpecialConditionWithoutLaw,
        Code::ExplicitConsentConditionWithoutConsent,
        Code::LawForConditionWithoutLaw,
        Code::SpecialConditionWithoutSpecialData,
        Code::SpecialAndSensitiveDisagree,
    ] {
        assert!(section.contains(code.as_str()), "{code}");
    }
    // Each pair it names is the table's.
    for (special, sensitive) in [
        ("health", "health"),
        ("trade_union_membership", "union_membership"),
        ("sex_life", "sex_life_or_orientation"),
    ] {
        let found = policyc::vocab::SPECIAL_CATEGORIES
            .find(special)
            .and_then(|v| policyc::vocab::cpra_sensitive(v.value))
            .unwrap();
        assert_eq!(policyc::vocab::Closed::keyword(found), sensitive);
    }
    assert_eq!(
        policyc::vocab::cpra_sensitive(policyc::model::SpecialCategory::PoliticalOpinions),
        None
    );
}

/// A policy under the GDPR and the CCPA whose health data is `DATA`.
const BOTH: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    REGIMES
  voice      we_you
  limit_sensitive_link "https://example.com/limit"
  verification "We ask you to confirm the e-mail address of your account."
  authorized_agents "An authorized agent sends us your signed permission to act for you."
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
right withdraw_consent { anytime }
right limit_sensitive { via "https://example.com/limit" }
data health "Health records" { source user identity identified required by contract "the service cannot be provided" DATA ccpa_category customer_records }
retain health for 1 year from collection
purpose coaching "Health coaching" { uses health basis explicit_consent }
"#;

fn both(regimes: &str, data: &str) -> policyc::check::Checked {
    policyc::check_source(&BOTH.replace("REGIMES", regimes).replace("DATA", data))
}

#[test]
fn a_special_category_is_its_cpra_sensitive_category_under_a_us_regime() {
    let checked = both("gdpr, ccpa", "special health");
    assert_eq!(checked.diagnostics, []);
    let policy = checked.policy.unwrap();
    let health = &policy.data[0];
    assert_eq!(
        health.sensitive,
        Some(policyc::model::SensitiveCategory::Health)
    );
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains(
            "sensitive personal information under US state privacy laws: information about health"
        ),
        "{text}"
    );
    // The user's limit stops a use beyond the permitted purposes.
    let rules = rules(&policy);
    let consented = Facts::new().with("consent:coaching");
    assert!(rules.decide_use("health", "coaching", &consented).allowed);
    let limited = consented.with("limit:sensitive");
    assert!(!rules.decide_use("health", "coaching", &limited).allowed);
    // Under the GDPR alone, nothing is said of US state law.
    let gdpr = both("gdpr", "special health").policy.unwrap();
    assert_eq!(gdpr.data[0].sensitive, None);
    // Political opinions have no CPRA counterpart.
    let opinions = both("gdpr, ccpa", "special political_opinions")
        .policy
        .unwrap();
    assert_eq!(opinions.data[0].sensitive, None);
}

#[test]
fn a_special_and_a_sensitive_category_that_disagree_warn() {
    let checked = both("gdpr, ccpa", "special health sensitive genetic");
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    // Genetic data is not a customer record (W0445).
    assert_eq!(
        codes,
        [
            Code::SpecialAndSensitiveDisagree,
            Code::CcpaCategoryMissesSensitive
        ]
    );
    // The declared one stands.
    assert_eq!(
        checked.policy.unwrap().data[0].sensitive,
        Some(policyc::model::SensitiveCategory::Genetic)
    );
    // Agreeing, or a special category the CPRA does not name, is clean.
    assert_eq!(
        both("gdpr, ccpa", "special health sensitive health").diagnostics,
        []
    );
    assert_eq!(
        both("gdpr, ccpa", "special political_opinions sensitive health").diagnostics,
        []
    );
}

/// A policy under the GDPR with a `security` block holding `SECURITY`.
const SECURED: &str = r#"policy secured {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
  voice      we_you
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
SECURITY
"#;

fn secured(security: &str) -> policyc::check::Checked {
    policyc::check_source(&SECURED.replace("SECURITY", security))
}

fn secured_codes(security: &str) -> Vec<Code> {
    secured(security)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

fn security_readme() -> String {
    readme::section(
        "### Security and breaches",
        "\n## Cookies and similar technologies",
    )
}

#[test]
fn the_readme_s_security_block_is_said_as_it_quotes() {
    let section = security_readme();
    let block = readme::first_policy_block(&section);
    let checked = secured(block);
    assert_eq!(checked.diagnostics, [], "{block}");
    let policy = checked.policy.unwrap();
    let text = policyc::render::markdown(&policy);
    for quoted in section.lines().filter_map(|l| l.strip_prefix("> ")) {
        assert!(text.contains(quoted), "{quoted}\n{text}");
    }
    assert!(
        text.contains("If a personal data breach affects your information, you are informed of it without undue delay."),
        "{text}"
    );
    // Each measure's row is its sentence in the vocabulary.
    for value in policyc::vocab::SECURITY_MEASURES.values {
        let row = format!("| `{}` | {} |", value.keyword, value.text);
        assert!(section.contains(&row), "{row}");
    }
    for code in [
        Code::BreachTimeOutOfRange,
        Code::BreachLaterThanLaw,
        Code::SecurityRepeated,
        Code::Duplicate,
    ] {
        assert!(section.contains(code.as_str()), "{code}");
    }
    for kind in policyc::diff::ChangeKind::ALL {
        if kind.id().starts_with("SECURITY_MEASURE_") || kind.id().starts_with("BREACH_") {
            assert!(section.contains(kind.id()), "{kind}");
        }
    }
}

#[test]
fn nothing_is_said_of_security_that_is_not_declared() {
    let policy = secured("").policy.unwrap();
    let text = policyc::render::markdown(&policy);
    assert!(!text.contains("breach"), "{text}");
    assert!(!text.contains("encrypted"), "{text}");
    let json = serde_json::to_string(&policy).unwrap();
    assert!(!json.contains("security_block"), "{json}");
    // One measure alone says only that measure.
    let one = secured("security { measures logging }").policy.unwrap();
    let text = policyc::render::markdown(&one);
    assert!(text.contains("Access to information is logged."), "{text}");
    assert!(!text.contains("encrypted"), "{text}");
    assert!(!text.contains("breach"), "{text}");
}

#[test]
fn each_breach_time_is_said_with_its_unit() {
    let policy = secured(
        "security {\n  breach_notification to authority within 1 hour\n  breach_notification to users within 48 hours\n}",
    )
    .policy
    .unwrap();
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains("notified of it within 1 hour after it becomes known."),
        "{text}"
    );
    assert!(
        text.contains("you are informed of it within 48 hours after it becomes known."),
        "{text}"
    );
}

#[test]
fn each_misuse_of_the_security_block_has_its_code() {
    assert_eq!(
        secured_codes("security { breach_notification to authority within 0 hours }"),
        [Code::BreachTimeOutOfRange]
    );
    assert_eq!(
        secured_codes("security { breach_notification to authority within 96 hours }"),
        [Code::BreachLaterThanLaw]
    );
    // Users may be told later: Art. 34 names no hours.
    assert_eq!(
        secured_codes("security { breach_notification to users within 96 hours }"),
        []
    );
    assert_eq!(
        secured_codes("security { measures logging, logging }"),
        [Code::SecurityRepeated]
    );
    assert_eq!(
        secured_codes(
            "security {\n  breach_notification to users without undue delay\n  breach_notification to users within 24 hours\n}"
        ),
        [Code::SecurityRepeated]
    );
    assert_eq!(
        secured_codes("security { measures logging }\nsecurity { measures backups }"),
        [Code::Duplicate]
    );
    let unknown = secured("security { measures encryption }");
    assert!(unknown.policy.is_none());
    assert!(
        unknown
            .diagnostics
            .iter()
            .any(|d| d.message.contains("encryption")),
        "{:?}",
        unknown.diagnostics
    );
}

#[test]
fn fmt_keeps_the_security_block() {
    let source = SECURED.replace(
        "SECURITY",
        "security {\n breach_notification to users without undue delay\n   measures logging,   backups\n}",
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("security {\n  measures            logging, backups\n  breach_notification to users without undue delay\n}"),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_diff_sees_measures_and_notifications() {
    let old = secured("security {\n  measures logging, backups\n  breach_notification to authority within 72 hours\n}")
        .policy
        .unwrap();
    let new = secured(
        "security {\n  measures logging\n  breach_notification to authority within 48 hours\n}",
    )
    .policy
    .unwrap();
    let diff = policyc::diff::diff(&old, &new);
    let kinds: Vec<&str> = diff.changes.iter().map(|c| c.kind.id()).collect();
    assert!(kinds.contains(&"SECURITY_MEASURE_REMOVED"), "{kinds:?}");
    assert!(kinds.contains(&"BREACH_NOTIFICATION_REMOVED"), "{kinds:?}");
    assert!(kinds.contains(&"BREACH_NOTIFICATION_ADDED"), "{kinds:?}");
    assert_eq!(policyc::diff::diff(&old, &old).changes, []);
}
