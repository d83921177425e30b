//! Legal regimes and `unstated` (issue 13, items 1 and 2): the checks of
//! what a regime asks run only under a regime that asks it and cite only
//! declared regimes; what the source does not state is written `unstated`,
//! warned about where a regime asks for it, left out of the text, and
//! decided as declared by the rule table.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;
use policyc::codes::Code;
use policyc::diagnostic::Diagnostic;
use policyc::model::{Basis, Policy, Regime};
use policyc::render::{html, markdown, plain_text};
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/regimes";

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(FIXTURES)
        .join(format!("{name}.policy"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn checked(name: &str) -> (Option<Policy>, Vec<Diagnostic>) {
    let checked = policyc::check_source(&read(name));
    (checked.policy, checked.diagnostics)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<Code> {
    diagnostics.iter().map(|d| d.code).collect()
}

/// Every word a diagnostic shows: message, label, notes and help.
fn words(diagnostic: &Diagnostic) -> String {
    let mut all = vec![diagnostic.message.clone(), diagnostic.label.clone()];
    all.extend(diagnostic.notes.iter().map(|note| note.message.clone()));
    all.extend(diagnostic.help.clone());
    all.join("\n")
}

/// The policy's text in every format.
fn texts(policy: &Policy) -> [String; 3] {
    [markdown(policy), html(policy), plain_text(policy)]
}

#[test]
fn a_us_policy_without_bases_checks_clean_and_states_no_basis() {
    let (policy, diagnostics) = checked("us_shop");
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let policy = policy.unwrap();
    assert_eq!(policy.header.regimes, Some(vec![Regime::Ccpa]));
    let fulfilment = policy.purpose("fulfilment").unwrap();
    assert_eq!(fulfilment.basis, Basis::Unstated);
    for text in texts(&policy) {
        // The one stated basis is said, in the US laws' plain words (they
        // ask for no legal basis); the unstated one is not said at all.
        assert_eq!(text.matches("does this with the User").count(), 1, "{text}");
        assert!(!text.contains("Legal basis"), "{text}");
        assert!(text.contains("Shipping orders"), "{text}");
    }
}

#[test]
fn the_same_policy_under_gdpr_is_judged_by_gdpr() {
    let (policy, diagnostics) = checked("us_shop_under_gdpr");
    assert!(policy.is_none());
    let found = codes(&diagnostics);
    assert!(
        found.contains(&Code::PurposeWithoutBasis),
        "E0406 missing from {found:?}"
    );
    // GDPR grants the withdrawal of consent and the complaint, so the text
    // states them by default: nothing to ask of the author.
    for code in [Code::ConsentWithoutWithdrawal, Code::NoComplaintRight] {
        assert!(!found.contains(&code), "{code} in {found:?}");
    }
    let basis = diagnostics
        .iter()
        .find(|d| d.code == Code::PurposeWithoutBasis)
        .unwrap();
    assert!(words(basis).contains("`basis unstated`"), "{basis:?}");
}

#[test]
fn consent_without_withdrawal_is_reported_under_gdpr_not_ccpa() {
    let (_, us) = checked("us_shop");
    assert!(!codes(&us).contains(&Code::ConsentWithoutWithdrawal));
    // Under GDPR, only where the policy says the right does not apply.
    let text = read("us_shop_under_gdpr")
        + "right withdraw_consent not_applicable \"consent is given once\"\n";
    let eu = policyc::check_source(&text).diagnostics;
    let withdrawal = eu
        .iter()
        .find(|d| d.code == Code::ConsentWithoutWithdrawal)
        .unwrap();
    assert!(words(withdrawal).contains("GDPR Art. 13(2)(c)"));
}

#[test]
fn no_message_of_a_us_policy_cites_the_gdpr() {
    let (_, diagnostics) = checked("us_broken");
    assert!(!diagnostics.is_empty());
    for diagnostic in &diagnostics {
        let words = words(diagnostic);
        assert!(!words.contains("GDPR"), "{words}");
        assert!(!words.contains("Art."), "{words}");
    }
    // What the declared regimes ask is still judged, citing them.
    let retention = diagnostics
        .iter()
        .find(|d| d.code == Code::IdentifiedWithoutRetention)
        .unwrap();
    assert!(
        words(retention).contains("CCPA regulations, 11 CCR §7012(e)(4)"),
        "{retention:?}"
    );
    // And what only the GDPR asks is not.
    let found = codes(&diagnostics);
    for code in [
        Code::UnstatedInterest,
        Code::SpecialWithoutExplicitConsent,
        Code::TransferAbroadWithoutSafeguard,
        Code::NoComplaintRight,
        Code::ConsentWithoutWithdrawal,
        Code::RightWithoutBasis,
    ] {
        assert!(!found.contains(&code), "{code} in {found:?}");
    }
}

#[test]
fn both_gdprs_are_cited_when_both_are_declared() {
    let text = read("us_shop_under_gdpr").replace("regimes    gdpr", "regimes    uk_gdpr, gdpr");
    let checked = policyc::check_source(&text);
    let basis = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::PurposeWithoutBasis)
        .unwrap();
    assert!(
        words(basis).contains("GDPR Art. 13(1)(c) and UK GDPR Art. 13(1)(c)"),
        "{basis:?}"
    );
}

#[test]
fn an_unstated_basis_under_gdpr_is_a_warning_and_is_not_said() {
    let (policy, diagnostics) = checked("eu_unstated");
    assert_eq!(codes(&diagnostics), [Code::BasisUnstated]);
    assert!(words(&diagnostics[0]).contains("GDPR Art. 13(1)(c)"));
    let policy = policy.expect("a warning keeps the model");
    for text in texts(&policy) {
        assert_eq!(text.matches("Legal basis:").count(), 1, "{text}");
    }
    // --deny-warnings makes it fatal.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eu.policy");
    std::fs::write(&path, read("eu_unstated")).unwrap();
    let output = policyc()
        .args(["check", "--deny-warnings"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("warning[W0411]"), "{stderr}");
}

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// `policyc query` answers a use whose basis is unstated as allowed, with
/// the code and the reason that say the basis is unstated, whatever the
/// facts; a stated basis keeps its own decision.
#[test]
fn query_reports_an_unstated_basis_as_exactly_that() {
    let path = format!("{FIXTURES}/us_shop.policy");
    for facts in [&[][..], &["--fact", "objection:fulfilment"]] {
        let output = policyc()
            .args(["query", &path, "use", "contact", "fulfilment"])
            .args(facts)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["allowed"], true, "{report}");
        assert_eq!(report["code"], "allowed_basis_unstated", "{report}");
        assert_eq!(report["basis"], "unstated", "{report}");
        assert!(
            report["reason"]
                .as_str()
                .unwrap()
                .contains("without stating its legal basis"),
            "{report}"
        );
    }
    let output = policyc()
        .args(["query", &path, "use", "contact", "newsletter"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["code"], "consent_missing", "{report}");
}

/// The rule table carries the unstated basis by its name.
#[test]
fn the_rule_table_says_unstated() {
    let (policy, _) = checked("us_shop");
    let table = policyc::rules::table(&policy.unwrap());
    let purpose = table
        .purposes
        .iter()
        .find(|p| p.id == "fulfilment")
        .unwrap();
    assert_eq!(purpose.basis, Basis::Unstated);
    let json = serde_json::to_value(purpose).unwrap();
    assert_eq!(json["basis"], "unstated");
}

/// The diff classes stating and unstating a basis, and adding and
/// dropping a regime.
#[test]
fn the_diff_sees_regimes_and_unstated_bases() {
    use policyc::diff::{ChangeKind, Class};
    let old = checked("eu_unstated").0.unwrap();
    let mut new = old.clone();
    new.header.regimes = Some(vec![Regime::Gdpr, Regime::UkGdpr]);
    new.purposes[1].basis = Basis::Unstated;
    new.purposes[0].basis = Basis::Contract;
    let diff = policyc::diff::diff(&old, &new);
    let kinds: Vec<ChangeKind> = diff.changes.iter().map(|c| c.kind).collect();
    for kind in [
        ChangeKind::RegimeAdded,
        ChangeKind::BasisUnstated,
        ChangeKind::BasisStated,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from {kinds:?}");
    }
    assert_eq!(ChangeKind::BasisUnstated.class(), Class::Expanding);
    assert_eq!(ChangeKind::RegimeDropped.class(), Class::Expanding);
    // A contact or a source no longer stated is expanding, not editorial
    // and not "nearer".
    let mut unstated = old.clone();
    unstated.header.contact = None;
    unstated.data[0].source = None;
    let diff = policyc::diff::diff(&old, &unstated);
    let kinds: Vec<ChangeKind> = diff.changes.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ChangeKind::ContactUnstated, ChangeKind::DataSourceUnstated],
        "{kinds:?}"
    );
    assert!(
        diff.changes
            .iter()
            .all(|c| c.kind.class() == Class::Expanding)
    );
    let back: Vec<ChangeKind> = policyc::diff::diff(&unstated, &old)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(
        back,
        [ChangeKind::ContactStated, ChangeKind::DataSourceStated]
    );
    let back = policyc::diff::diff(&new, &old);
    assert!(
        back.changes
            .iter()
            .any(|c| c.kind == ChangeKind::RegimeDropped)
    );
}

/// A policy with a gap for every check that follows a regime (and, with
/// its contact removed, one in the header): a category without retention, a recipient abroad without safeguard, no
/// complaint right and consent without withdrawal (under GDPR, said not to
/// apply: the text states them by default otherwise), special data on plain
/// consent, a purpose without basis, an interest unstated, a category
/// without source, user data that does not say whether it is required (W0413 has its
/// fixture in `tests/fixtures/diagnostics`).
const GAPS: &str = r#"policy gaps {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  REGIMES
}
data account "Account details" { source user identity identified }
data health "Health answers" { source user identity identified special health }
data logs "Logs" { identity identified }
retain logs for 1 year from collection
retain health for 1 year from collection
purpose care "Care" { uses health basis consent }
purpose service "Service" { uses account }
purpose checks "Checks" { uses account basis legitimate_interest }
recipient host "Host" { kind processor country "India" }
transfer account to host on contract
right access { via "privacy@example.com" within 30 days }
right complaint not_applicable "under GDPR, the text would state it by default"
right withdraw_consent not_applicable "under GDPR, the text would state it by default"
"#;

/// The codes and citations the policy with gaps gets under `regimes`,
/// then those it gets without its contact (which leaves the header
/// invalid, so the checks that need a whole header are in the first).
fn gaps(regimes: &str) -> Vec<(Code, String)> {
    let text = GAPS.replace("REGIMES", regimes);
    let no_contact = text.replace("  contact    \"privacy@example.com\"\n", "");
    [text, no_contact]
        .iter()
        .flat_map(|text| policyc::check_source(text).diagnostics)
        .map(|d| (d.code, words(&d)))
        .collect()
}

/// What the README's table says each regime enables, and the citation
/// each check gives under it.
#[test]
fn each_regime_enables_the_checks_the_readme_lists() {
    let table: &[(&str, &[(Code, &str)])] = &[
        (
            "regimes gdpr",
            &[
                (Code::MissingHeaderFact, "GDPR Art. 13(1)(a)"),
                (Code::PurposeWithoutBasis, "GDPR Art. 13(1)(c)"),
                (Code::UnstatedInterest, "GDPR Art. 13(1)(d)"),
                (Code::TransferAbroadWithoutSafeguard, "GDPR Art. 13(1)(f)"),
                (Code::IdentifiedWithoutRetention, "GDPR Art. 13(2)(a)"),
                (Code::NoComplaintRight, "GDPR Art. 13(2)(d)"),
                (Code::ConsentWithoutWithdrawal, "GDPR Art. 13(2)(c)"),
                (Code::SpecialWithoutExplicitConsent, "GDPR Art. 9(2)(a)"),
                (Code::SourceNotStated, "GDPR Art. 14(2)(f)"),
                (Code::RequirementNotStated, "GDPR Art. 13(2)(e)"),
                (Code::AnswerTimeNotMonth, "GDPR Art. 12(3)"),
                (Code::AutomatedDecisionsNotStated, "GDPR Art. 13(2)(f)"),
            ],
        ),
        (
            "regimes uk_gdpr",
            &[
                (Code::PurposeWithoutBasis, "UK GDPR Art. 13(1)(c)"),
                (Code::NoComplaintRight, "UK GDPR Art. 13(2)(d)"),
                (Code::AnswerTimeNotMonth, "UK GDPR Art. 12(3)"),
                (Code::AutomatedDecisionsNotStated, "UK GDPR Art. 13(2)(f)"),
            ],
        ),
        (
            "regimes ccpa",
            &[(
                Code::IdentifiedWithoutRetention,
                "CCPA regulations, 11 CCR §7012(e)(4)",
            )],
        ),
        (
            "regimes coppa",
            &[(Code::MissingHeaderFact, "COPPA Rule, 16 CFR §312.4(d)(1)")],
        ),
        (
            "regimes lgpd",
            &[
                (Code::MissingHeaderFact, "LGPD Art. 9(III)"),
                (Code::IdentifiedWithoutRetention, "LGPD Art. 9(II)"),
                (Code::NoComplaintRight, "LGPD Art. 18 §1"),
                (Code::ConsentWithoutWithdrawal, "LGPD Art. 8 §5"),
                (Code::SpecialWithoutExplicitConsent, "LGPD Art. 11(I)"),
            ],
        ),
        (
            "regimes popia",
            &[
                (Code::MissingHeaderFact, "POPIA s. 18(1)(b)"),
                (Code::TransferAbroadWithoutSafeguard, "POPIA s. 18(1)(g)"),
                (Code::NoComplaintRight, "POPIA s. 18(1)(h)(v)"),
            ],
        ),
    ];
    for (regimes, expected) in table {
        let found = gaps(regimes);
        for (code, citation) in *expected {
            assert!(
                found.iter().any(|(c, w)| c == code && w.contains(citation)),
                "{regimes}: no {code} citing {citation}: {found:#?}"
            );
        }
    }
}

/// Without a regime that asks, the checks of the regimes do not run:
/// `us_state_laws`, `none` and no `regimes` at all (W0410) get the
/// structural checks only, and the contact may be left out.
#[test]
fn without_a_regime_that_asks_only_the_structural_checks_run() {
    let regime_checks = [
        Code::PurposeWithoutBasis,
        Code::UnstatedInterest,
        Code::TransferAbroadWithoutSafeguard,
        Code::IdentifiedWithoutRetention,
        Code::NoComplaintRight,
        Code::ConsentWithoutWithdrawal,
        Code::SpecialWithoutExplicitConsent,
        Code::RightWithoutBasis,
        Code::SourceNotStated,
        Code::RequirementNotStated,
        Code::AnswerTimeNotMonth,
        Code::AutomatedDecisionsNotStated,
    ];
    for regimes in ["regimes us_state_laws", "regimes none", ""] {
        let found = gaps(regimes);
        for (code, words) in &found {
            assert!(!regime_checks.contains(code), "{regimes:?}: {code}");
            assert!(
                !words.contains("Art.") && !words.contains('§'),
                "{regimes:?}: {words}"
            );
        }
        // No regime asks for a contact: it may be left out.
        assert!(
            !found.iter().any(|(c, _)| *c == Code::MissingHeaderFact),
            "{regimes:?}: {found:?}"
        );
        assert_eq!(
            found.iter().any(|(c, _)| *c == Code::RegimesUndeclared),
            regimes.is_empty(),
            "{regimes:?}"
        );
    }
}

/// `retain ID unstated`: W0414 under a regime that asks for retention, no
/// warning under one that does not, and no retention sentence in the text.
#[test]
fn an_unstated_retention_is_warned_where_asked_and_not_said() {
    let text = read("us_shop").replace(
        "retain orders for 7 years from collection",
        "retain orders unstated",
    );
    let checked = policyc::check_source(&text);
    assert_eq!(codes(&checked.diagnostics), [Code::RetentionUnstated]);
    assert!(words(&checked.diagnostics[0]).contains("11 CCR §7012(e)(4)"));
    let policy = checked.policy.unwrap();
    assert!(policy.data("orders").unwrap().retention.is_empty());
    for text in texts(&policy) {
        assert!(
            !text
                .lines()
                .any(|l| l.contains("kept") && l.contains("Order history")),
            "{text}"
        );
        assert_eq!(
            text.matches("The following information is kept").count(),
            1,
            "{text}"
        );
    }
    let elsewhere =
        policyc::check_source(&text.replace("regimes    ccpa", "regimes    us_state_laws"));
    assert!(
        elsewhere.diagnostics.is_empty(),
        "{:?}",
        elsewhere.diagnostics
    );
}

/// `contact unstated`: W0415 where a regime asks for a contact, nothing
/// where none does; left out, it is E0402 where asked, with `unstated`
/// offered; the text says nothing of a contact.
#[test]
fn an_unstated_contact_is_warned_where_asked_and_not_said() {
    let eu =
        read("eu_unstated").replace("contact    \"privacy@shop.example\"", "contact    unstated");
    let checked = policyc::check_source(&eu);
    assert_eq!(
        codes(&checked.diagnostics),
        [Code::ContactUnstated, Code::BasisUnstated]
    );
    assert!(words(&checked.diagnostics[0]).contains("GDPR Art. 13(1)(a)"));
    let policy = checked.policy.unwrap();
    assert_eq!(policy.header.contact, None);
    for text in texts(&policy) {
        assert!(!text.contains("questions and comments"), "{text}");
    }
    let missing = policyc::check_source(&eu.replace("  contact    unstated\n", ""));
    let e0402 = missing
        .diagnostics
        .iter()
        .find(|d| d.code == Code::MissingHeaderFact)
        .unwrap();
    assert!(
        words(e0402).contains("write `contact unstated`"),
        "{e0402:?}"
    );

    let us = read("us_shop").replace("contact    \"privacy@shop.example\"", "contact    unstated");
    assert!(policyc::check_source(&us).diagnostics.is_empty());
    let us = read("us_shop").replace("  contact    \"privacy@shop.example\"\n", "");
    let checked = policyc::check_source(&us);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    assert_eq!(checked.policy.unwrap().header.contact, None);
}

/// `source unstated`: W0416 under a regime that asks where data comes
/// from, nothing under one that does not.
#[test]
fn an_unstated_source_is_warned_where_asked() {
    let eu = read("eu_unstated").replace("  source   user\n", "  source   unstated\n");
    let checked = policyc::check_source(&eu);
    assert_eq!(
        codes(&checked.diagnostics),
        [Code::SourceUnstated, Code::BasisUnstated]
    );
    assert!(words(&checked.diagnostics[0]).contains("GDPR Art. 14(2)(f)"));
    let policy = checked.policy.unwrap();
    assert_eq!(policy.data("contact").unwrap().source, None);
    let us = read("us_shop").replace("  source   user\n", "  source   unstated\n");
    assert!(policyc::check_source(&us).diagnostics.is_empty());
}

/// A regime misspelt is E0106 with the closest regime; repeats count once,
/// in the set's order.
#[test]
fn regimes_are_looked_up_in_their_set() {
    let misspelt = read("us_shop").replace("regimes    ccpa", "regimes    gdp");
    let checked = policyc::check_source(&misspelt);
    let unknown = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnknownKeyword)
        .unwrap();
    assert!(
        unknown.message.contains("unknown legal regime `gdp`"),
        "{unknown:?}"
    );
    assert!(
        words(unknown).contains("did you mean `gdpr`?"),
        "{unknown:?}"
    );
    let repeated = read("us_shop").replace("regimes    ccpa", "regimes    ccpa, gdpr, ccpa");
    let policy = policyc::check_source(&repeated).policy;
    assert_eq!(
        policy.and_then(|p| p.header.regimes),
        None,
        "under the GDPR the unstated basis is an error"
    );
    let repeated = read("us_shop").replace("regimes    ccpa", "regimes    coppa, ccpa, coppa");
    let policy = policyc::check_source(&repeated).policy.unwrap();
    assert_eq!(
        policy.header.regimes,
        Some(vec![Regime::Ccpa, Regime::Coppa])
    );
}

/// Far from every regime, the help lists them all, `none` too.
#[test]
fn an_unknown_regime_lists_none_too() {
    let text = read("us_shop").replace("regimes    ccpa", "regimes    hipaa");
    let checked = policyc::check_source(&text);
    let unknown = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnknownKeyword)
        .unwrap();
    assert!(words(unknown).contains("`popia`, `none`"), "{unknown:?}");
}

/// A contact and `contact unstated` together contradict each other: E0107.
#[test]
fn a_contact_cannot_be_both_given_and_unstated() {
    let text = read("us_shop").replace(
        "  contact    \"privacy@shop.example\"\n",
        "  contact    \"privacy@shop.example\"\n  contact    unstated\n",
    );
    let checked = policyc::check_source(&text);
    assert_eq!(codes(&checked.diagnostics), [Code::DuplicateProperty]);
    assert!(checked.policy.is_none());
}

/// The diagnostics of the US policy with gaps, and of the US notice read
/// under the GDPR, as `policyc check` prints them: a reviewed statement of
/// which checks each regime runs and what they cite.
#[test]
fn the_diagnostics_under_each_regime_as_printed() {
    for name in ["us_broken", "us_shop_under_gdpr"] {
        let file =
            policyc::source::SourceFile::from_text(format!("{FIXTURES}/{name}.policy"), read(name));
        let checked = policyc::check_source(&file.text);
        let rendered: String = checked
            .diagnostics
            .iter()
            .map(|d| policyc::report::render_plain(&file, d))
            .collect();
        insta::assert_snapshot!(format!("regimes_{name}"), rendered);
    }
}

/// A US sale as its source states it: a transfer without `on`.
const US_SALE: &str =
    "\nrecipient ads \"Advertising partners\" { kind third_party }\ntransfer contact to ads\n";

/// Under `ccpa`, which asks no ground, a transfer may leave `on` out: it
/// checks clean, means `on unstated`, and the text invents no "only when",
/// in either voice.
#[test]
fn a_us_transfer_without_a_ground_checks_clean_and_says_no_only_when() {
    use policyc::model::{Ground, Voice};
    let checked = policyc::check_source(&format!("{}{US_SALE}", read("us_shop")));
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let mut policy = checked.policy.unwrap();
    assert_eq!(policy.transfers[0].grounds, [Ground::Unstated]);
    for voice in [Voice::WeYou, Voice::ThirdPerson] {
        policy.header.voice = voice;
        for text in texts(&policy) {
            // The plain text wraps its lines.
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(!text.contains("only when"), "{text}");
            assert!(!text.contains("only on the grounds"), "{text}");
            assert!(
                text.contains("This recipient receives the following information"),
                "{text}"
            );
        }
    }
    // `on unstated` says the same, with no warning.
    let explicit = policyc::check_source(&format!(
        "{}{}",
        read("us_shop"),
        US_SALE.replace("to ads\n", "to ads on unstated\n")
    ));
    assert!(
        explicit.diagnostics.is_empty(),
        "{:#?}",
        explicit.diagnostics
    );
    assert_eq!(explicit.policy.unwrap().transfers, policy.transfers);
    // Beside a stated ground, `unstated` is what the text says and the
    // transfer holds whatever the facts.
    let beside = policyc::check_source(&format!(
        "{}{}",
        read("us_shop"),
        US_SALE.replace("to ads\n", "to ads on consent, unstated\n")
    ));
    let beside = beside.policy.unwrap();
    for text in texts(&beside) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(!text.contains("only when"), "{text}");
    }
    let rules = policy_runtime::Rules::from_table(policyc::rules::table(&beside)).unwrap();
    let decision = rules.decide_transfer("contact", "ads", &policy_runtime::Facts::new());
    assert!(decision.allowed, "{}", decision.reason());
}

/// Under `gdpr` a transfer's ground is asked: `on unstated` is W0419,
/// citing the GDPR and no other regime, and no `on` at all is E0306, whose
/// help offers the grounds and `unstated`.
#[test]
fn an_unstated_ground_under_gdpr_is_w0419_citing_only_the_gdpr() {
    let eu = read("eu_unstated");
    let sale = US_SALE;
    let unstated = policyc::check_source(&format!(
        "{eu}{}",
        sale.replace("to ads\n", "to ads on unstated\n")
    ));
    let w0419: Vec<&Diagnostic> = unstated
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::GroundUnstated)
        .collect();
    assert_eq!(w0419.len(), 1, "{:#?}", unstated.diagnostics);
    let said = words(w0419[0]);
    assert!(said.contains("GDPR Art. 13(1)(c)"), "{said}");
    assert!(!said.contains("UK GDPR"), "{said}");
    assert!(!said.contains("CCPA"), "{said}");
    let policy = unstated.policy.expect("a warning keeps the model");
    for text in texts(&policy) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(!text.contains("only when"), "{text}");
    }
    let missing = policyc::check_source(&format!("{eu}{sale}"));
    assert!(missing.policy.is_none());
    let e0306 = missing
        .diagnostics
        .iter()
        .find(|d| d.code == Code::TransferWithoutGround)
        .unwrap();
    let said = words(e0306);
    assert!(said.contains("GDPR Art. 13(1)(c)"), "{said}");
    assert!(said.contains("`on unstated`"), "{said}");
    assert!(said.contains("`on consent`"), "{said}");
}

/// `policyc query` answers a transfer whose ground is unstated as allowed,
/// whatever the facts, with the code that says so.
#[test]
fn query_reports_an_unstated_ground_as_exactly_that() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("us.policy");
    std::fs::write(&path, format!("{}{US_SALE}", read("us_shop"))).unwrap();
    for facts in [&[][..], &["--fact", "consent:ads"]] {
        let args = [&["transfer", "contact", "ads"][..], facts].concat();
        let report = allowed_query(&path, &args);
        assert_eq!(report["code"], "allowed_ground_unstated", "{report}");
        assert_eq!(report["ground"], "unstated", "{report}");
    }
}

/// `policyc query` on `path` with `args`: the JSON report of a decision
/// that must allow.
fn allowed_query(path: &Path, args: &[&str]) -> Value {
    let output = policyc()
        .arg("query")
        .arg(path)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["allowed"], true, "{report}");
    report
}
