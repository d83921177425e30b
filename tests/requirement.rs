//! GDPR Art. 13(2)(e): `required by law|contract|entering_contract
//! "consequence"` says whether providing data is a statutory or
//! contractual requirement and what follows if it is not provided; the
//! text says both at the category, the diff sees them change.

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
use policyc::model::{RequiredBy, Requirement};

const POLICY: &str = r#"policy req {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
data email "E-mail address" { source user identity identified REQUIRED }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
"#;

fn source(required: &str) -> String {
    POLICY.replace("REQUIRED", required)
}

#[test]
fn each_requirement_is_in_the_model_and_the_text() {
    for (written, by, sentence) in [
        (
            "law",
            RequiredBy::Law,
            "Providing this information is a statutory requirement.",
        ),
        (
            "contract",
            RequiredBy::Contract,
            "Providing this information is a contractual requirement.",
        ),
        (
            "entering_contract",
            RequiredBy::EnteringContract,
            "Providing this information is necessary to enter into a contract with Example Inc.",
        ),
    ] {
        let policy = policy_of(&source(&format!(
            "required by {written} \"the account cannot be opened\""
        )));
        let email = &policy.data[0];
        assert_eq!(email.requirement, Some(Requirement::Required));
        let reason = email.required_by.as_ref().unwrap();
        assert_eq!(reason.by, by);
        assert_eq!(reason.consequence, "the account cannot be opened");
        let text = policyc::render::markdown(&policy);
        assert!(
            text.contains(&format!(
                "**E-mail address (required).** {sentence} If it is not provided: the account cannot be opened."
            )),
            "{text}"
        );
    }
}

#[test]
fn plain_required_keeps_its_json_and_text() {
    // Under `gdpr`, a bare `required` is W0425, which keeps the model.
    let checked = policyc::check_source(&source("required"));
    let found: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(found, [Code::RequiredWithoutReason]);
    let policy = checked.policy.unwrap();
    let json = serde_json::to_string(&policy).unwrap();
    assert!(!json.contains("required_by"), "{json}");
    let text = policyc::render::markdown(&policy);
    assert!(!text.contains("If it is not provided"), "{text}");
}

#[test]
fn an_unknown_requirement_is_an_error_with_the_values() {
    let checked = policyc::check_source(&source("required by whim \"nothing\""));
    assert!(checked.policy.is_none());
    let unknown = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnknownKeyword)
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics));
    assert!(unknown.message.contains("whim"), "{}", unknown.message);
    // Required and optional at once is still a conflict.
    let both = codes_of(&source("required by law \"x\" optional"));
    assert!(both.contains(&Code::ConflictingRequirement), "{both:?}");
}

#[test]
fn the_diff_reports_a_reworded_requirement_as_editorial() {
    let old = policy_of(&source(
        "required by contract \"the account cannot be opened\"",
    ));
    let new = policy_of(&source("required by law \"the account cannot be opened\""));
    let changes = policyc::diff::diff(&old, &new).changes;
    let kinds: Vec<&str> = changes.iter().map(|c| c.kind.id()).collect();
    assert_eq!(kinds, ["DESCRIPTION_CHANGED"]);
    let words = changes[0].explanation();
    assert!(
        words.contains("What requires \"E-mail address\""),
        "{words}"
    );
}

#[test]
fn the_readme_shows_the_syntax() {
    let readme = read("README.md").replace('\n', " ");
    assert!(readme.contains("required by contract \"the account cannot be opened\""));
    assert!(readme.contains("Providing this information is a contractual requirement. If it is not provided: the account cannot be opened."));
}

#[test]
fn a_bare_required_is_w0425_under_either_gdpr_only() {
    for regimes in ["gdpr", "uk_gdpr"] {
        let text = source("required").replace("regimes    gdpr", &format!("regimes    {regimes}"));
        let found = policyc::check_source(&text).diagnostics;
        let [w0425] = found.as_slice() else {
            panic!("{found:#?}")
        };
        assert_eq!(w0425.code, Code::RequiredWithoutReason);
        // At the flag, with the article and the form that fixes it.
        assert_eq!(&text[w0425.span.start..w0425.span.end], "required");
        assert!(w0425.label.contains("Art. 13(2)(e)"), "{w0425:?}");
        assert!(
            w0425
                .help
                .as_deref()
                .unwrap()
                .starts_with("write `required by law|contract|entering_contract"),
            "{w0425:?}"
        );
    }
    for regimes in ["ccpa", "lgpd", "none"] {
        let text = source("required").replace("regimes    gdpr", &format!("regimes    {regimes}"));
        assert!(
            !codes_of(&text).contains(&Code::RequiredWithoutReason),
            "{regimes}"
        );
    }
    // The reasoned form and `optional` are not reported.
    for written in [
        "required by contract \"the account cannot be opened\"",
        "optional",
    ] {
        assert!(
            !codes_of(&source(written)).contains(&Code::RequiredWithoutReason),
            "{written}"
        );
    }
}
