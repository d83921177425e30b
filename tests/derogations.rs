//! A derogation of GDPR Art. 49(1) holds its transfers to its case: a
//! transfer to a recipient on `mechanism derogation CASE` rests on the
//! ground the case is and on no other (E0432), so the rule table the
//! runtime loads allows a transfer on the explicit-consent derogation only
//! once the user consented to it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::{Facts, Ground, Rules};
use policyc::codes::Code;
use policyc::model::{Derogation, Policy};

/// A policy under `REGIMES` whose account data goes to `fp`, a recipient
/// in India on the derogation `CASE`, `on GROUNDS`.
const POLICY: &str = r#"policy trips {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example GmbH" { service "Example" address "1 Example Street, 10115 Berlin, Germany" country "Germany" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    REGIMES
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
RIGHT
data account "Account details" { source user identity identified required by contract "the account cannot be opened" }
retain account for 1 year from collection
purpose service "Providing the service" { uses account basis contract }
recipient fp "Travel partner" {
  kind      third_party
  country   "India"
  mechanism derogation CASE
}
transfer account to fp on GROUNDS
"#;

/// The policy, with the right to object where a ground is legitimate
/// interests (W0385 would ask for it).
fn source(regimes: &str, case: &str, grounds: &str) -> String {
    let right = if grounds.contains("legitimate_interest") {
        "right objection { via \"privacy@example.com\" }"
    } else {
        ""
    };
    POLICY
        .replace("REGIMES", regimes)
        .replace("CASE", case)
        .replace("GROUNDS", grounds)
        .replace("RIGHT", right)
}

fn codes(regimes: &str, case: &str, grounds: &str) -> Vec<Code> {
    policyc::check_source(&source(regimes, case, grounds))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

fn policy(case: &str, grounds: &str) -> Policy {
    let checked = policyc::check_source(&source("gdpr", case, grounds));
    assert_eq!(checked.diagnostics, [], "{case} on {grounds}");
    checked.policy.unwrap()
}

const INTEREST: &str = r#"legitimate_interest "selling trips""#;

#[test]
fn explicit_consent_takes_the_ground_consent_and_no_other() {
    assert_eq!(
        codes("gdpr", "explicit_consent", INTEREST),
        [Code::GroundAgainstDerogation]
    );
    assert_eq!(
        codes("gdpr", "explicit_consent", "contract"),
        [Code::GroundAgainstDerogation]
    );
    assert_eq!(codes("gdpr", "explicit_consent", "consent"), []);
    // Any one ground allows a transfer: a second one would send the data
    // without the consent, and is reported on its own.
    let text = source("gdpr", "explicit_consent", "consent, contract");
    let checked = policyc::check_source(&text);
    let found: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| &text[d.span.start..d.span.end])
        .collect();
    assert_eq!(found, ["contract"]);
    assert!(checked.policy.is_none(), "an error withholds the model");
}

#[test]
fn the_contract_derogation_takes_the_ground_contract() {
    assert_eq!(
        codes("gdpr", "contract", "consent"),
        [Code::GroundAgainstDerogation]
    );
    assert_eq!(codes("gdpr", "contract", "contract"), []);
}

#[test]
fn it_holds_under_every_regime() {
    for regimes in ["none", "gdpr", "uk_gdpr", "popia"] {
        assert!(
            codes(regimes, "explicit_consent", INTEREST).contains(&Code::GroundAgainstDerogation),
            "{regimes}"
        );
    }
    // `on unstated` is no consent either.
    assert!(codes("gdpr", "explicit_consent", "unstated").contains(&Code::GroundAgainstDerogation));
}

#[test]
fn the_cases_with_no_ground_of_their_own_are_not_judged() {
    for case in ["public_interest", "legal_claims", "vital_interests"] {
        for grounds in [
            "consent",
            "contract",
            "legal_obligation",
            "rights_protection",
        ] {
            assert!(
                !codes("gdpr", case, grounds).contains(&Code::GroundAgainstDerogation),
                "{case} on {grounds}"
            );
        }
    }
    // Each case of the vocabulary is mapped, or knowingly left out, and
    // the page of the code says which.
    let page = Code::GroundAgainstDerogation.explanation();
    for value in policyc::vocab::DEROGATIONS.values {
        let expected = match value.value {
            Derogation::ExplicitConsent => Some(Ground::Consent),
            Derogation::Contract => Some(Ground::Contract),
            Derogation::PublicInterest | Derogation::LegalClaims | Derogation::VitalInterests => {
                None
            }
        };
        assert_eq!(value.value.ground(), expected, "{}", value.keyword);
        assert!(
            page.contains(&format!("`{}`", value.keyword)),
            "{}",
            value.keyword
        );
        if let Some(ground) = expected {
            assert!(
                page.contains(&format!("`on {}`", ground.as_str())),
                "{ground:?}"
            );
        }
    }
}

#[test]
fn the_error_names_the_ground_and_the_derogation_and_gives_the_fix() {
    let text = source("gdpr", "explicit_consent", INTEREST);
    let checked = policyc::check_source(&text);
    let [diagnostic] = checked.diagnostics.as_slice() else {
        panic!("{:?}", checked.diagnostics)
    };
    assert_eq!(
        &text[diagnostic.span.start..diagnostic.span.end],
        "legitimate_interest"
    );
    assert_eq!(diagnostic.notes.len(), 1);
    let note = &diagnostic.notes[0];
    assert_eq!(&text[note.span.start..note.span.end], "explicit_consent");
    let help = diagnostic.help.as_deref().unwrap();
    assert!(help.contains("write `on consent`"), "{help}");
    assert!(help.contains("`consent:fp`"), "{help}");
}

/// The audit's case (issue 14): a transfer on legitimate interests to a
/// recipient on the explicit-consent derogation had a text that said
/// both, and a table that allowed it with no facts. It is E0432 now, and
/// the policy that fixes it has a table that asks for the consent.
#[test]
fn the_table_allows_a_transfer_on_explicit_consent_only_once_the_user_consented() {
    assert!(
        policyc::check_source(&source("gdpr", "explicit_consent", INTEREST))
            .policy
            .is_none()
    );
    let policy = policy("explicit_consent", "consent");
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let decide = |facts: &[&str]| {
        rules.decide_transfer("account", "fp", &Facts::from_iter(facts.iter().copied()))
    };
    let denied = decide(&[]);
    assert!(!denied.allowed);
    assert!(
        denied.reason().contains("consent:fp"),
        "{}",
        denied.reason()
    );
    assert!(decide(&["consent:fp"]).allowed);
    // The text no longer contradicts itself.
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains("rest on a derogation for a specific situation: your explicit consent to the transfer")
            || text.contains("rest on a derogation for a specific situation: the User's explicit consent to the transfer"),
        "{text}"
    );
    assert!(!text.contains("legitimate interest"), "{text}");
}

/// The README's section "Transfers abroad" names E0432, and what it says
/// of the rule table holds.
#[test]
fn the_readmes_transfers_section_states_e0432() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("### Transfers abroad").unwrap();
    let end = start + readme[start..].find("\n### `unstated`").unwrap();
    let section = readme[start..end].replace("\n  ", " ").replace('\n', " ");
    for claim in [
        "E0432: a transfer to a recipient on a derogation rests on a ground other than the one its case is: `derogation explicit_consent` takes `on consent` and `derogation contract` takes `on contract`",
        "`public_interest`, `legal_claims` and `vital_interests` have no ground of their own and are not checked",
        "a recipient on `derogation explicit_consent` receives data only `on consent`, so the table allows the transfer only with the fact `consent:RECIPIENT`, and denies it without",
    ] {
        assert!(section.contains(claim), "{claim}\n{section}");
    }
}
