//! The items of GDPR Art. 13 the checks catch: the controller states its
//! postal address, its country and its data protection officer or why it
//! has none (W0426 to W0428), a controller outside the Union names its
//! representative (W0432), and every disclosure a ground implies serves a
//! declared purpose (W0433).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;

/// A policy that checks clean under `REGIMES`, whose controller block
/// holds `CONTROLLER` and whose transfer is `TRANSFER`.
const POLICY: &str = r#"policy art13 {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street" dpo "dpo@example.com" CONTROLLER }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  REGIMES
}
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" ccpa_category identifiers }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
purpose legal_requests "Answering lawful requests from authorities" {
  uses email basis legal_obligation }
recipient police "Public authorities" { kind authority }
TRANSFER
right complaint { via "the data protection authority" }
commit no_automated_decisions
"#;

/// A transfer that names its purpose, for the tests of the controller.
const NAMED: &str = "transfer email to police for legal_requests on legal_obligation";

fn codes(regimes: &str, controller: &str, transfer: &str) -> Vec<Code> {
    let text = POLICY
        .replace("REGIMES", regimes)
        .replace("CONTROLLER", controller)
        .replace("TRANSFER", transfer);
    // How a request is verified and made by an agent (W0441, W0442, which
    // `ccpa` asks of its rights stated by default) is not what these tests
    // are about.
    policyc::check_source(&text)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|c| {
            !matches!(
                c,
                Code::RequestVerificationNotStated | Code::AuthorizedAgentsNotStated
            )
        })
        .collect()
}

#[test]
fn a_controller_outside_the_union_names_its_representative() {
    let gdpr = |controller: &str| codes("regimes gdpr", controller, NAMED);
    for outside in ["United States", "Switzerland", "United Kingdom"] {
        assert_eq!(
            gdpr(&format!("country \"{outside}\"")),
            [Code::RepresentativeMissing],
            "{outside}"
        );
        let named = format!("country \"{outside}\" eu_representative \"Rep GmbH, Berlin\"");
        assert_eq!(gdpr(&named), [], "{outside}");
    }
    // Inside the EEA, or where the country is not stated, nothing says
    // the controller is abroad; an unstated country is W0427's to ask.
    for inside in ["country \"Ireland\"", "country \"Norway\""] {
        assert_eq!(gdpr(inside), [], "{inside}");
    }
    assert_eq!(gdpr(""), [Code::ControllerWithoutCountry]);
    for regimes in ["regimes uk_gdpr", "regimes ccpa", "regimes none"] {
        assert_eq!(
            codes(regimes, "country \"United States\"", NAMED),
            [],
            "{regimes}"
        );
    }
}

#[test]
fn the_warning_points_at_the_controller_and_shows_the_fix() {
    let text = POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("CONTROLLER", "country \"United States\"")
        .replace("TRANSFER", NAMED);
    let found = policyc::check_source(&text).diagnostics;
    let [w0432] = found.as_slice() else {
        panic!("{found:#?}")
    };
    assert_eq!(&text[w0432.span.start..w0432.span.end], "\"Example Inc\"");
    assert!(w0432.message.contains("United States"), "{w0432:?}");
    assert!(
        w0432
            .help
            .as_deref()
            .unwrap()
            .starts_with("add `eu_representative \"Name, postal address in the EU\"`"),
        "{w0432:?}"
    );
}

#[test]
fn a_disclosure_on_a_ground_that_implies_a_purpose_names_it() {
    let gdpr = |transfer: &str| codes("regimes gdpr", "country \"Ireland\"", transfer);
    for ground in ["legal_obligation", "rights_protection", "business_transfer"] {
        assert_eq!(
            gdpr(&format!("transfer email to police on {ground}")),
            [Code::GroundPurposeUndeclared],
            "{ground}"
        );
        assert_eq!(
            gdpr(&format!(
                "transfer email to police for legal_requests on {ground}"
            )),
            [],
            "{ground}"
        );
        assert_eq!(
            codes(
                "regimes ccpa",
                "",
                &format!("transfer email to police on {ground}")
            ),
            [],
            "{ground}"
        );
    }
    // Consent and a contract are the purposes' own grounds.
    for ground in ["consent", "contract"] {
        assert_eq!(
            gdpr(&format!("transfer email to police on {ground}")),
            [],
            "{ground}"
        );
    }
}

#[test]
fn the_help_declares_the_purpose_and_names_it_and_that_fix_checks_clean() {
    let text = POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("CONTROLLER", "country \"Ireland\"")
        .replace("TRANSFER", "transfer email to police on rights_protection");
    let found = policyc::check_source(&text).diagnostics;
    let [w0433] = found.as_slice() else {
        panic!("{found:#?}")
    };
    let help = w0433.help.as_deref().unwrap();
    // The help's two pieces of code, applied, make a policy that checks clean.
    let pieces: Vec<&str> = help.split('`').skip(1).step_by(2).collect();
    let [purpose, transfer] = pieces.as_slice() else {
        panic!("{help}")
    };
    let fixed = text.replace(
        "transfer email to police on rights_protection",
        &format!("{purpose}\n{transfer}"),
    );
    assert_eq!(policyc::check_source(&fixed).diagnostics, [], "{fixed}");
}

/// [`POLICY`] under `regimes` with the controller block `block` in place of
/// its own, and a transfer that names its purpose.
fn with_block(regimes: &str, block: &str) -> String {
    POLICY
        .replace(
            r#"{ service "Example" address "1 Example Street" dpo "dpo@example.com" CONTROLLER }"#,
            block,
        )
        .replace("REGIMES", regimes)
        .replace("TRANSFER", NAMED)
}

#[test]
fn the_controller_states_its_address_country_and_officer_under_either_gdpr() {
    let full = r#"{ service "Example" address "1 Example Street" country "Ireland" dpo "dpo@example.com" }"#;
    for regimes in ["regimes gdpr", "regimes uk_gdpr", "regimes gdpr, uk_gdpr"] {
        let codes_of = |block: &str| -> Vec<Code> {
            policyc::check_source(&with_block(regimes, block))
                .diagnostics
                .iter()
                .map(|d| d.code)
                .collect()
        };
        assert_eq!(codes_of(full), [], "{regimes}");
        assert_eq!(
            codes_of(r#"{ service "Example" }"#),
            [
                Code::ControllerWithoutAddress,
                Code::ControllerWithoutCountry,
                Code::DpoUnstated
            ],
            "{regimes}"
        );
        // `dpo none "why"` answers the question as well as a contact.
        let none = full.replace(
            r#"dpo "dpo@example.com""#,
            r#"dpo none "our core activities involve no large-scale monitoring""#,
        );
        assert_eq!(codes_of(&none), [], "{regimes}");
    }
    // Other regimes do not ask.
    for regimes in ["regimes ccpa", "regimes lgpd", "regimes none"] {
        let found = policyc::check_source(&with_block(regimes, r#"{ service "Example" }"#))
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| {
                matches!(
                    c,
                    Code::ControllerWithoutAddress
                        | Code::ControllerWithoutCountry
                        | Code::DpoUnstated
                )
            })
            .collect::<Vec<_>>();
        assert_eq!(found, [], "{regimes}");
    }
}

#[test]
fn each_controller_warning_points_at_the_name_cites_the_regimes_and_says_the_fix() {
    let text = with_block("regimes gdpr, uk_gdpr", r#"{ service "Example" }"#);
    let found = policyc::check_source(&text).diagnostics;
    assert_eq!(found.len(), 3, "{found:#?}");
    for (diagnostic, (cited, fix)) in found.iter().zip([
        (
            "GDPR Art. 13(1)(a) and UK GDPR Art. 13(1)(a)",
            "add `address \"",
        ),
        (
            "GDPR Art. 13(1)(a), 27(1) and UK GDPR Art. 13(1)(a), 27(1)",
            "add `country \"",
        ),
        (
            "GDPR Art. 13(1)(b), 37(1) and UK GDPR Art. 13(1)(b), 37(1)",
            "add `dpo \"dpo@example.com\"` to the controller block, or `dpo none \"",
        ),
    ]) {
        assert_eq!(
            &text[diagnostic.span.start..diagnostic.span.end],
            "\"Example Inc\""
        );
        assert!(diagnostic.label.contains(cited), "{diagnostic:?}");
        assert!(
            diagnostic.help.as_deref().unwrap().starts_with(fix),
            "{diagnostic:?}"
        );
    }
}

#[test]
fn a_malformed_controller_fact_is_reported_once_not_also_as_missing() {
    let text = with_block(
        "regimes gdpr",
        r#"{ service "Example" address "" country "" dpo "" }"#,
    );
    let found: Vec<Code> = policyc::check_source(&text)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect();
    assert!(!found.is_empty());
    for code in [
        Code::ControllerWithoutAddress,
        Code::ControllerWithoutCountry,
        Code::DpoUnstated,
    ] {
        assert!(!found.contains(&code), "{code} in {found:?}");
    }
}
