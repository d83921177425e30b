//! Anonymous data (`identity anonymous anonymised_by "…"`): outside the
//! GDPR, so the text says it is not personal information and why; under
//! `gdpr` and `uk_gdpr`, E0420 to E0423 hold the claim to what the rest of
//! the policy does with the data, and E0424 keeps the method on anonymous
//! data under every regime.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use common::{codes_of, policy_of, read};
use policyc::codes::Code;
use policyc::model::{Identity, Policy};

/// A policy that checks clean under `REGIMES`, with the anonymous category
/// `trends` and `EXTRA` declarations.
const POLICY: &str = r#"policy anon {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  REGIMES
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
data account "Account" { source user identity identified required by contract "the account cannot be opened" }
retain account until account_closure
purpose service "Providing the service" { uses account basis contract }
data trends "City trends" {
  source derived
  identity anonymous anonymised_by "aggregation to city level"
}
data trends.visits "Visits per city" { }
purpose planning "Planning the service" {
  uses trends basis legitimate_interest "planning the service"
}
EXTRA
"#;

fn source(regimes: &str, extra: &str) -> String {
    POLICY.replace("REGIMES", regimes).replace("EXTRA", extra)
}

#[test]
fn anonymous_data_needs_no_retention_and_its_children_inherit_the_method() {
    let policy = policy_of(&source("regimes gdpr", ""));
    let visits = policy
        .data
        .iter()
        .find(|c| c.id == "trends.visits")
        .unwrap();
    assert_eq!(visits.identity, Identity::Anonymous);
    assert_eq!(
        visits.anonymised_by.as_deref(),
        Some("aggregation to city level")
    );
    assert!(visits.retention.is_empty());
}

#[test]
fn the_text_says_it_is_not_personal_information_and_why() {
    let policy = policy_of(&source("regimes gdpr", ""));
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains("Example Inc also processes the following anonymous information. It is not personal information: it relates to no identified or identifiable person:"),
        "{text}"
    );
    // The method once, at the category that states it.
    assert_eq!(
        text.matches("It was made anonymous by aggregation to city level.")
            .count(),
        1,
        "{text}"
    );
    assert!(!text.contains("depersonalized"), "{text}");
}

#[test]
fn a_purpose_that_profiles_or_markets_cannot_use_anonymous_data() {
    for flag in ["profiling", "direct_marketing"] {
        let extra = format!(
            "purpose ads \"Ads\" {{ uses trends basis consent {flag} }}\nright withdraw_consent {{ via \"privacy@example.com\" }}\nright objection {{ via \"privacy@example.com\" }}\nautomated_decisions_none"
        );
        let codes =
            codes_of(&source("regimes gdpr", &extra).replace("automated_decisions_none", ""));
        assert!(
            codes.contains(&Code::AnonymousProfiled),
            "{flag}: {codes:?}"
        );
    }
}

#[test]
fn anonymous_data_kept_per_user_is_an_error() {
    for event in [
        "until account_closure",
        "for 1 month from last_use",
        "until end_of_contract",
    ] {
        let codes = codes_of(&source("regimes gdpr", &format!("retain trends {event}")));
        assert_eq!(codes, [Code::AnonymousPerUserRetention], "{event}");
    }
    let codes = codes_of(&source(
        "regimes gdpr",
        "retain trends for 2 years from collection",
    ));
    assert_eq!(codes, []);
}

#[test]
fn anonymous_data_combined_with_identifying_data_is_an_error() {
    // Used together with identified data in one purpose.
    let together = source("regimes gdpr", "").replace(
        "uses account basis contract",
        "uses account, trends basis contract",
    );
    assert_eq!(codes_of(&together), [Code::AnonymousRecombined]);
    // Inside an identified category.
    let inside = source(
        "regimes gdpr",
        "data account.city \"City\" { identity anonymous anonymised_by \"rounding\" source derived }\nretain account.city for 1 year from collection",
    );
    assert_eq!(codes_of(&inside), [Code::AnonymousRecombined]);
    // Around an identified category.
    let around = source(
        "regimes gdpr",
        "data trends.user \"User id\" { identity identified }\nretain trends.user for 1 year from collection",
    );
    assert_eq!(codes_of(&around), [Code::AnonymousRecombined]);
    // Combined with it explicitly, in a `combine`.
    let combined = source(
        "regimes gdpr",
        "combine trends, account \"to suggest nearby offers\"",
    );
    let checked = policyc::check_source(&combined);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [Code::AnonymousRecombined],
        "{:?}",
        checked.diagnostics
    );
    let e = &checked.diagnostics[0];
    assert!(
        e.message
            .contains("`trends`, declared anonymous, is combined with `account`"),
        "{e:?}"
    );
    assert_eq!(&combined[e.span.start..e.span.end], "trends");
    // Anonymous data combined only with other anonymous data is not.
    let apart = source(
        "regimes gdpr",
        "data counts \"Counts\" { source derived identity anonymous anonymised_by \"counting\" }\ncombine trends, counts \"to plan the service\"",
    );
    assert!(!codes_of(&apart).contains(&Code::AnonymousRecombined));
}

#[test]
fn anonymous_data_states_its_method_under_the_gdpr() {
    let without =
        source("regimes gdpr", "").replace(" anonymised_by \"aggregation to city level\"", "");
    assert_eq!(codes_of(&without), [Code::AnonymousWithoutMethod]);
    let checked = policyc::check_source(&without);
    let help = checked.diagnostics[0].help.as_deref().unwrap();
    let fixed = without.replace(
        "identity anonymous",
        help.trim_start_matches("state the method after the identity: `")
            .trim_end_matches('`'),
    );
    assert_eq!(codes_of(&fixed), []);
}

#[test]
fn the_gdpr_checks_run_only_under_the_gdpr() {
    let all = source("REG", "retain trends until account_closure")
        .replace(" anonymised_by \"aggregation to city level\"", "");
    for regimes in ["regimes ccpa", "regimes none"] {
        let codes = codes_of(&all.replace("REG", regimes));
        assert!(
            !codes.iter().any(|c| matches!(
                c,
                Code::AnonymousPerUserRetention | Code::AnonymousWithoutMethod
            )),
            "{regimes}: {codes:?}"
        );
    }
    let uk = codes_of(&all.replace("REG", "regimes uk_gdpr"));
    assert!(uk.contains(&Code::AnonymousWithoutMethod), "{uk:?}");
}

#[test]
fn a_method_on_data_that_is_not_anonymous_is_an_error_under_every_regime() {
    for regimes in ["regimes gdpr", "regimes none"] {
        let text = source(regimes, "").replace("identity anonymous", "identity depersonalized");
        assert_eq!(
            codes_of(&text),
            [Code::MethodOnIdentifiableData],
            "{regimes}"
        );
    }
}

#[test]
fn depersonalized_stays_what_it_was() {
    let text = source(
        "regimes gdpr",
        "data stats \"Statistics\" { source derived identity depersonalized }\npurpose stats_use \"Statistics\" { uses stats basis legitimate_interest \"planning\" }",
    );
    let policy = policy_of(&text);
    let rendered = policyc::render::markdown(&policy);
    assert!(
        rendered.contains("the following depersonalized information, which does not allow the User to be identified:"),
        "{rendered}"
    );
}

#[test]
fn the_diff_reads_anonymous_as_less_identifying_than_depersonalized() {
    let old = policy_of(&source("regimes gdpr", "").replace(
        "identity anonymous anonymised_by \"aggregation to city level\"",
        "identity depersonalized",
    ));
    let new = policy_of(&source("regimes gdpr", ""));
    let kinds = |from: &Policy, to: &Policy| -> Vec<&'static str> {
        policyc::diff::diff(from, to)
            .changes
            .iter()
            .map(|c| c.kind.id())
            .collect()
    };
    let forth = kinds(&old, &new);
    assert!(forth.contains(&"DATA_LESS_IDENTIFYING"), "{forth:?}");
    let back = kinds(&new, &old);
    assert!(back.contains(&"DATA_MORE_IDENTIFYING"), "{back:?}");
}

#[path = "common/readme.rs"]
mod readme;

#[test]
fn the_readme_s_section_holds() {
    let section = readme::section("### Anonymous data", "\n### US state privacy law");
    let block = readme::first_policy_block(&section);
    // The section's block in place of this file's own declarations of
    // `trends`, which end the policy.
    let base = source("regimes gdpr", "");
    let from = base.find("data trends ").unwrap();
    let text = format!("{}{block}", &base[..from]);
    let rendered = policyc::render::markdown(&policy_of(&text));
    let flowing = section.replace('\n', " ");
    for quoted in [
        "Example Inc also processes the following anonymous information. It is not personal information: it relates to no identified or identifiable person:",
        "It was made anonymous by aggregation to city level.",
    ] {
        assert!(flowing.contains(quoted), "{quoted}");
        assert!(rendered.contains(quoted), "{rendered}");
    }
    for code in ["E0420", "E0421", "E0422", "E0423", "E0424", "E0340"] {
        assert!(section.contains(code), "{code}");
    }
}

#[test]
fn the_explanation_of_e0423_gives_the_help_s_fix() {
    let without =
        source("regimes gdpr", "").replace(" anonymised_by \"aggregation to city level\"", "");
    let checked = policyc::check_source(&without);
    let help = checked.diagnostics[0].help.as_deref().unwrap();
    let fix = help.split('`').nth(1).unwrap();
    let explanation = read("docs/codes/E0423.md").replace("\n  ", " ");
    assert!(explanation.contains(fix), "{fix}");
}
