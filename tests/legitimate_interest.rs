//! The transfer ground `legitimate_interest "…"`: from the source to the
//! checks, the text, the rule table, the runtime's objection, fmt and the
//! diff (the text in every language: `render::processing`'s tests).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::{DecisionCode, Facts, Ground, Rules};
use policyc::codes::Code;
use policyc::model::Policy;

/// A GDPR policy whose account data goes to a fraud service `on GROUNDS`.
const POLICY: &str = r#"policy shop {
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
RIGHT
data account "Account details" { source user identity identified required by contract "the account cannot be opened" }
retain account for 1 year from collection
purpose service "Providing the service" { uses account basis contract }
recipient fraud "Fraud prevention service" { kind third_party }
transfer account to fraud on GROUNDS
"#;

/// The policy sending on `grounds`, with the right to object where one
/// of them is legitimate interests.
fn source(grounds: &str) -> String {
    let right = if grounds.contains("legitimate_interest") {
        "right objection { via \"privacy@example.com\" }"
    } else {
        ""
    };
    POLICY.replace("GROUNDS", grounds).replace("RIGHT", right)
}

fn codes(source: &str) -> Vec<Code> {
    policyc::check_source(source)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

fn policy(source: &str) -> Policy {
    let checked = policyc::check_source(source);
    assert_eq!(checked.diagnostics, [], "{source}");
    checked.policy.unwrap()
}

const INTEREST: &str = r#"legitimate_interest "preventing fraud against our users""#;

#[test]
fn the_ground_keeps_its_interest_in_the_model_and_the_text() {
    let policy = policy(&source(INTEREST));
    let transfer = &policy.transfers[0];
    assert_eq!(transfer.grounds, [Ground::LegitimateInterest]);
    assert_eq!(
        transfer.interest.as_deref(),
        Some("preventing fraud against our users")
    );
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains("only when the transfer is necessary for the purposes of a legitimate interest (the interest pursued is preventing fraud against our users): Account details."),
        "{text}"
    );
    // A transfer on another ground carries no interest in the JSON, so
    // released editions keep their bytes.
    let json = serde_json::to_string(&self::policy(&source("contract")).transfers).unwrap();
    assert!(!json.contains("interest"), "{json}");
    let json = serde_json::to_string(&policy.transfers).unwrap();
    assert!(
        json.contains(r#""interest":"preventing fraud against our users""#),
        "{json}"
    );
}

#[test]
fn the_transfer_holds_until_the_user_objects() {
    let policy = policy(&source(INTEREST));
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let decide = |facts: &[&str]| {
        let facts = Facts::from_iter(facts.iter().copied());
        rules
            .decide_transfer("account", "fraud", &facts)
            .to_report()
    };
    let allowed = decide(&[]);
    assert!(allowed.allowed);
    assert_eq!(allowed.ground, Some(Ground::LegitimateInterest));
    let objected = decide(&["objection:fraud"]);
    assert!(!objected.allowed);
    assert_eq!(objected.code, DecisionCode::NoGroundHolds);
    assert!(
        objected
            .reason
            .contains("to which the user objected (fact `objection:fraud`)"),
        "{}",
        objected.reason
    );
    // A second ground still lets the data go after the objection.
    let policy = self::policy(&source(&format!("{INTEREST}, contract")));
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let facts = Facts::from_iter(["objection:fraud", "contract_necessity"]);
    assert!(rules.decide_transfer("account", "fraud", &facts).allowed);
}

#[test]
fn each_misuse_of_the_ground_has_its_code() {
    assert_eq!(
        codes(&source("legitimate_interest")),
        [Code::TransferInterestUnstated]
    );
    assert_eq!(
        codes(&source(r#"legitimate_interest """#)),
        [Code::EmptyString]
    );
    assert_eq!(
        codes(&source(r#"contract "sending receipts""#)),
        [Code::TextAfterOtherGround]
    );
    // Under the GDPR the right to object is stated ...
    let without = source(INTEREST).replace("right objection { via \"privacy@example.com\" }", "");
    assert_eq!(codes(&without), [Code::TransferInterestWithoutObjection]);
    // ... and it is not W0413's right without a basis.
    assert_eq!(codes(&source(INTEREST)), []);
    // The fix each help writes checks clean.
    assert_eq!(
        codes(&source(
            r#"legitimate_interest "preventing fraud against our users""#
        )),
        []
    );
}

#[test]
fn fmt_keeps_the_interest() {
    let messy = source(INTEREST).replace(
        "transfer account to fraud on legitimate_interest",
        "transfer   account to fraud   on  legitimate_interest",
    );
    let formatted = policyc::fmt::format(&messy).unwrap();
    assert!(
        formatted.contains(&format!("transfer account to fraud on {INTEREST}")),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_diff_classes_the_ground_and_its_interest() {
    let kinds = |old: &str, new: &str| -> Vec<(String, String)> {
        let diff = policyc::diff::diff(&policy(&source(old)), &policy(&source(new)));
        diff.changes
            .iter()
            .map(|c| (c.kind.id().to_owned(), format!("{:?}", c.kind.class())))
            .collect()
    };
    // The right to object comes with the ground here.
    assert_eq!(
        kinds("contract", &format!("contract, {INTEREST}")),
        [
            ("TRANSFER_GROUND_ADDED".to_owned(), "Expanding".to_owned()),
            ("RIGHT_ADDED".to_owned(), "Narrowing".to_owned())
        ]
    );
    assert_eq!(
        kinds(INTEREST, r#"legitimate_interest "preventing fraud""#),
        [(
            "TRANSFER_INTEREST_CHANGED".to_owned(),
            "Editorial".to_owned()
        )]
    );
    assert!(policyc::diff::ChangeKind::TransferInterestChanged.is_free_text());
}

#[path = "common/readme.rs"]
mod readme;

/// The README's bullet on sharing on legitimate interests: its example
/// checks clean in the policy above, the text says what it quotes, the
/// runtime denies with the reason it quotes, and its codes and kinds are
/// the catalogue's.
#[test]
fn the_readmes_bullet_on_legitimate_interests_holds() {
    let section = readme::section("- **Sharing on legitimate interests.**", "\n## Sources");
    let block: String = readme::first_policy_block(&section)
        .lines()
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("\n");
    let with_block = POLICY
        .replace("RIGHT\n", "")
        .replace(
            "recipient fraud \"Fraud prevention service\" { kind third_party }\ntransfer account to fraud on GROUNDS\n",
            &format!("{block}\n"),
        );
    assert!(
        with_block.contains("legitimate_interest \""),
        "{with_block}"
    );
    let policy = policy(&with_block);
    let text = policyc::render::markdown(&policy);
    let quoted = section
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("> "))
        .unwrap();
    assert!(text.contains(quoted), "{quoted}\n{text}");
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let denied = rules.decide_transfer("account", "fraud", &Facts::from_iter(["objection:fraud"]));
    assert_eq!(denied.code, DecisionCode::NoGroundHolds);
    let reason = denied.reason();
    assert!(
        reason.contains("only on the ground of legitimate interests, to which the user objected (fact `objection:fraud`)"),
        "{reason}"
    );
    for code in ["E0388", "E0204", "E0389", "W0385"] {
        assert!(section.contains(code), "{code}");
        assert!(Code::parse(code).is_some(), "{code}");
    }
    for kind in ["TRANSFER_GROUND_ADDED", "TRANSFER_INTEREST_CHANGED"] {
        assert!(section.contains(kind), "{kind}");
        assert!(policyc::diff::ChangeKind::parse(kind).is_some(), "{kind}");
    }
    // Its test-block line holds when `policyc test` runs it.
    let tested = format!(
        "{with_block}test \"objection\" {{\n  allow account to fraud\n  deny account to fraud given objection:fraud\n}}\n"
    );
    assert!(section.contains("deny account to\n  fraud given objection:fraud"));
    let checked = policyc::check_source(&tested);
    assert_eq!(checked.diagnostics, []);
    let tested = checked.policy.unwrap();
    let rules = Rules::from_table(policyc::rules::table(&tested)).unwrap();
    let (expectations, failures) = policyc::driver::test::run_policy(&tested, &rules);
    assert_eq!((expectations, failures), (2, vec![]));
}

/// A transfer on legitimate interests is a basis the policy relies on
/// (`regimes::relied_on`), for the rights it brings: where it is the only
/// legitimate interest, the EEA section still lists the right to object
/// the policy declares (issue 14, GDPR Art. 21(1)), as the rights
/// section does.
#[test]
fn the_eea_section_lists_the_objection_to_a_transfer_on_legitimate_interests() {
    let source = source(INTEREST).replace("regimes    gdpr", "regimes    gdpr, uk_gdpr");
    let policy = policy(&source);
    assert!(
        policy
            .purposes
            .iter()
            .all(|p| p.basis != policyc::model::Basis::LegitimateInterest)
    );
    assert!(policyc::regimes::bases(&policy).contains(&policyc::model::Basis::LegitimateInterest));
    let text = policyc::render::markdown(&policy);
    let start = text
        .find("rights under the GDPR and the UK GDPR")
        .unwrap_or_else(|| panic!("{text}"));
    let list: Vec<&str> = text[start..]
        .lines()
        .skip(1)
        .skip_while(|l| l.is_empty())
        .take_while(|l| l.starts_with("- "))
        .collect();
    assert!(list.contains(&"- Right to object"), "{list:?}");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .unwrap()
        .replace("\n  ", " ")
        .replace('\n', " ");
    for claim in [
        "objection where one rests on legitimate interests or a public task, or a transfer rests on the ground `legitimate_interest` (Art. 21(1))",
        "the right is one the regime grants even where no purpose rests on legitimate interests, so the EEA section's list of rights names it too",
    ] {
        assert!(readme.contains(claim), "{claim}");
    }
    // Declared or not, the text states it: without the declaration, by
    // default (and W0385 asks for the declaration).
    let undeclared = POLICY
        .replace("GROUNDS", INTEREST)
        .replace("RIGHT", "")
        .replace("regimes    gdpr", "regimes    gdpr, uk_gdpr");
    let checked = policyc::check_source(&undeclared);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::TransferInterestWithoutObjection]);
    let undeclared = checked.policy.unwrap();
    assert!(
        policyc::regimes::stated(&undeclared)
            .iter()
            .any(|s| s.kind() == policyc::model::RightKind::Objection)
    );
    // A transfer on another ground brings no right to object.
    let consent = POLICY.replace("GROUNDS", "consent").replace("RIGHT", "");
    let consent = self::policy(&consent.replace("regimes    gdpr", "regimes    gdpr, uk_gdpr"));
    assert!(
        !policyc::regimes::bases(&consent).contains(&policyc::model::Basis::LegitimateInterest)
    );
}
