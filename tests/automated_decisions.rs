//! Automated decisions and profiling (issue 14 item 5, issue 18: the
//! statement on automated decisions of GDPR Art. 13(2)(f)): `decision`
//! declarations and `automated_decisions none` in the model, their checks
//! (E0360–E0364, W0360, W0361), the right not to be subject to one, and
//! fmt's canonical order, on `tests/fixtures/decisions/`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;
#[path = "common/readme.rs"]
mod readme;

use std::path::Path;

use common::{codes_of, policy_of};
use policyc::codes::Code;
use policyc::model::{DecisionBasis, RightKind, Safeguard};
use policyc::render::{html, markdown, plain_text};

fn lender_source() -> String {
    common::read("tests/fixtures/decisions/lender.policy")
}

/// The lender with its `fraud_screen` decision and the right against
/// automated decisions left out: one decision, on a contract.
fn one_decision() -> String {
    let source = lender_source();
    let start = source.find("decision fraud_screen").unwrap();
    let end = source.find("right complaint").unwrap();
    format!("{}{}", &source[..start], &source[end..])
}

#[test]
fn a_decision_is_in_the_model_with_every_property() {
    let policy = policy_of(&lender_source());
    let credit = policy.decision("credit_check").unwrap();
    assert_eq!(credit.label, "Credit check");
    assert_eq!(credit.uses, ["income", "history"]);
    assert!(credit.logic.starts_with("The score weighs"));
    assert!(credit.significance.starts_with("A score below"));
    assert_eq!(credit.basis, DecisionBasis::Contract);
    assert_eq!(credit.law, None);
    assert_eq!(
        credit.safeguards,
        [
            Safeguard::HumanReview,
            Safeguard::ExpressView,
            Safeguard::Contest
        ]
    );
    let fraud = policy.decision("fraud_screen").unwrap();
    assert_eq!(fraud.basis, DecisionBasis::Law);
    assert_eq!(
        fraud.law.as_deref(),
        Some("the Consumer Credit Act 2026, section 12")
    );
    assert!(fraud.safeguards.is_empty());
    assert!(
        policy
            .rights
            .iter()
            .any(|r| r.kind == RightKind::AutomatedDecisions)
    );
}

#[test]
fn safeguards_are_kept_once_in_the_order_of_their_set() {
    let source = lender_source().replace(
        "safeguards   human_review, express_view, contest",
        "safeguards   contest, human_review, contest, express_view",
    );
    let policy = policy_of(&source);
    assert_eq!(
        policy.decision("credit_check").unwrap().safeguards,
        [
            Safeguard::HumanReview,
            Safeguard::ExpressView,
            Safeguard::Contest
        ]
    );
}

#[test]
fn a_policy_without_decisions_keeps_its_json() {
    let source = lender_source();
    let start = source.find("decision credit_check").unwrap();
    let end = source.find("right automated_decisions").unwrap();
    let without = format!("{}{}", &source[..start], &source[end..]).replace("  profiling\n", "");
    // Saying nothing of automated decisions is W0453 (GDPR Art. 13(2)(f)).
    assert_eq!(codes_of(&without), [Code::AutomatedDecisionsNotStated]);
    let json = serde_json::to_string(&policyc::check_source(&without).policy.unwrap()).unwrap();
    assert!(!json.contains("\"decisions\":"), "{json}");
    let with = serde_json::to_string(&policy_of(&source)).unwrap();
    assert!(with.contains("\"decisions\""));
    let none = without.replace(
        "regimes    gdpr\n",
        "regimes    gdpr\n  automated_decisions none\n",
    );
    let json = serde_json::to_string(&policy_of(&none)).unwrap();
    assert!(json.contains("\"no_automated_decisions\":true"), "{json}");
}

#[test]
fn the_basis_is_one_of_the_three_of_art_22_2() {
    for basis in ["consent", "legitimate_interest", "contracts"] {
        let source = lender_source().replace(
            "basis        contract\n  safeguards",
            &format!("basis        {basis}\n  safeguards"),
        );
        let codes = codes_of(&source);
        assert!(
            codes.contains(&Code::DecisionBasisNotAllowed),
            "{basis}: {codes:?}"
        );
        // Lowering leaves the value to the rule: no second error.
        assert!(!codes.contains(&Code::UnknownKeyword), "{basis}: {codes:?}");
    }
    let unnamed = lender_source().replace(
        "basis        law \"the Consumer Credit Act 2026, section 12\"",
        "basis        law",
    );
    assert_eq!(codes_of(&unnamed), [Code::DecisionBasisNotAllowed]);
    let text_after_contract = lender_source().replace(
        "basis        contract\n  safeguards",
        "basis        contract \"the loan agreement\"\n  safeguards",
    );
    assert_eq!(
        codes_of(&text_after_contract),
        [Code::DecisionBasisNotAllowed]
    );
    let consent = lender_source().replace(
        "basis        contract\n  safeguards",
        "basis        consent\n  safeguards",
    );
    let help = policyc::check_source(&consent).diagnostics[0]
        .help
        .clone()
        .unwrap();
    assert!(help.contains("basis explicit_consent"), "{help}");
}

#[test]
fn consent_or_contract_needs_every_safeguard_under_gdpr() {
    let missing = lender_source().replace(
        "safeguards   human_review, express_view, contest",
        "safeguards   human_review",
    );
    let checked = policyc::check_source(&missing);
    assert_eq!(
        checked
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect::<Vec<_>>(),
        [Code::DecisionWithoutSafeguards]
    );
    let message = &checked.diagnostics[0].message;
    assert!(message.contains("`express_view` or `contest`"), "{message}");
    let none = lender_source().replace("  safeguards   human_review, express_view, contest\n", "");
    assert_eq!(codes_of(&none), [Code::DecisionWithoutSafeguards]);
    // Outside the GDPR, no regime asks for them.
    let us = missing.replace("regimes    gdpr", "regimes    ccpa");
    assert!(!codes_of(&us).contains(&Code::DecisionWithoutSafeguards));
}

#[test]
fn a_decision_states_its_data_logic_significance_and_basis() {
    let source = lender_source().replace(
        "  logic        \"The income declared is compared with the ranges usual for the occupation.\"\n",
        "",
    );
    assert_eq!(codes_of(&source), [Code::DecisionIncomplete]);
    let message = policyc::check_source(&source).diagnostics[0]
        .message
        .clone();
    assert!(
        message.contains("`fraud_screen`") && message.contains("`logic`"),
        "{message}"
    );
    let unknown = lender_source().replace("uses         income\n", "uses         incomes\n");
    assert_eq!(codes_of(&unknown), [Code::UnknownData]);
}

#[test]
fn special_category_data_needs_explicit_consent_or_law() {
    let health = lender_source().replace(
        "data history \"Repayment history\" {",
        "data health \"Health\" {\n  source   user\n  identity identified\n  special  health\n  required by contract \"the cover cannot be given\"\n}\n\ndata history \"Repayment history\" {",
    );
    let health = health
        .replace("retain income, history", "retain income, health, history")
        .replace(
            "purpose lending \"Assessing loan applications\" {\n  uses  income, history",
            "purpose cover \"Insurance cover\" {\n  uses  health\n  basis explicit_consent\n}\n\nright withdraw_consent {\n  via \"privacy@example.com\"\n  anytime\n}\n\npurpose lending \"Assessing loan applications\" {\n  uses  income, history",
        );
    assert!(policyc::check_source(&health).diagnostics.is_empty());
    let on_contract = health.replace(
        "uses         income, history\n  logic        \"The score",
        "uses         income, health\n  logic        \"The score",
    );
    assert_eq!(codes_of(&on_contract), [Code::DecisionSpecialData]);
    let on_consent = on_contract.replace(
        "basis        contract\n  safeguards",
        "basis        explicit_consent\n  safeguards",
    );
    assert!(
        codes_of(&on_consent).is_empty(),
        "{:?}",
        codes_of(&on_consent)
    );
}

#[test]
fn no_decisions_and_a_decision_contradict() {
    let source = lender_source().replace(
        "regimes    gdpr\n",
        "regimes    gdpr\n  automated_decisions none\n",
    );
    let checked = policyc::check_source(&source);
    assert_eq!(checked.diagnostics.len(), 1, "{:?}", checked.diagnostics);
    let found = &checked.diagnostics[0];
    assert_eq!(found.code, Code::DecisionsStatedNone);
    assert_eq!(
        &source[found.span.start..found.span.end],
        "automated_decisions none"
    );
    assert!(
        found
            .notes
            .iter()
            .any(|n| n.message.contains("`credit_check`"))
    );
}

#[test]
fn profiling_asks_for_a_statement_on_automated_decisions() {
    let source = lender_source();
    let start = source.find("decision credit_check").unwrap();
    let end = source.find("right automated_decisions").unwrap();
    let without = format!("{}{}", &source[..start], &source[end..]);
    assert_eq!(
        codes_of(&without),
        [Code::ProfilingWithoutDecisionStatement]
    );
    let none = without.replace(
        "regimes    gdpr\n",
        "regimes    gdpr\n  automated_decisions none\n",
    );
    assert!(codes_of(&none).is_empty());
    // Under no regime that asks, nothing is said.
    let us = without.replace("regimes    gdpr", "regimes    ccpa");
    assert!(!codes_of(&us).contains(&Code::ProfilingWithoutDecisionStatement));
}

#[test]
fn a_decision_asks_for_the_right_against_it_under_gdpr() {
    assert_eq!(codes_of(&one_decision()), [Code::DecisionWithoutRight]);
    let stated = format!(
        "{}\nright automated_decisions {{\n  via \"privacy@example.com\"\n}}\n",
        one_decision()
    );
    assert!(codes_of(&stated).is_empty());
    let us = one_decision().replace("regimes    gdpr", "regimes    ccpa");
    assert!(!codes_of(&us).contains(&Code::DecisionWithoutRight));
}

#[test]
fn fmt_orders_a_decision_block() {
    let source = "decision d \"D\" {\n  safeguards contest\n  basis law \"the Act\"\n  uses a\n  significance \"s\"\n  logic \"l\"\n}\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert_eq!(
        formatted,
        "decision d \"D\" {\n  uses         a\n  logic        \"l\"\n  significance \"s\"\n  basis        law \"the Act\"\n  safeguards   contest\n}\n"
    );
    let header = "policy p {\n  automated_decisions none\n  gpc honoured\n}\n";
    assert_eq!(
        policyc::fmt::format(header).unwrap(),
        "policy p {\n  gpc                 honoured\n  automated_decisions none\n}\n"
    );
}

#[test]
fn the_decisions_section_is_in_every_format() {
    let policy = policy_of(&lender_source());
    let md = markdown(&policy);
    assert!(md.contains("## 7. Automated decisions"), "{md}");
    let intro = "Example Lending Ltd makes the following decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User:";
    assert!(md.contains(intro), "{md}");
    for said in [
        "**Credit check.** Every application is scored when it is submitted.",
        "Information used: Income and expenses; and Repayment history.",
        "The logic involved: The score weighs the instalments against the income declared and counts missed repayments.",
        "Its significance and the envisaged consequences for the User: A score below the threshold means the loan is refused",
        "This decision is made because it is necessary for entering into or performing a contract between the User and Example Lending Ltd.",
        "The User can obtain human intervention on Example Lending Ltd's part: a person reviews the decision.",
        "The User can express the User's point of view on the decision.",
        "The User can contest the decision.",
        "This decision is made because it is authorised by law: the Consumer Credit Act 2026, section 12.",
        "**Right not to be subject to automated decisions.**",
    ] {
        assert!(md.contains(said), "{said}\n{md}");
    }
    let page = html(&policy);
    assert!(page.contains("Automated decisions</h2>"), "{page}");
    assert!(page.contains("<strong>Fraud screening.</strong>"), "{page}");
    let text = plain_text(&policy);
    assert!(text.contains("7. Automated decisions"), "{text}");
    assert!(text.contains("Fraud screening."));
}

#[test]
fn only_the_declared_safeguards_are_said() {
    let policy = policy_of(&lender_source());
    let md = markdown(&policy);
    let fraud = &md[md.find("**Fraud screening.**").unwrap()..];
    let fraud = &fraud[..fraud.find("\n\n").unwrap()];
    // Authorised by law, it states no safeguard of its own: none is said.
    assert!(!fraud.contains("human intervention"), "{fraud}");
    assert!(!fraud.contains("contest"), "{fraud}");
    assert!(!fraud.contains("Repayment history"), "{fraud}");
}

#[test]
fn the_summary_names_each_decision_or_says_there_are_none() {
    let md = markdown(&policy_of(&lender_source()));
    assert!(
        md.contains(
            "**Decisions made by automated means:**\n\n- Credit check\n- Fraud screening\n"
        ),
        "{md}"
    );
    let source = lender_source();
    let start = source.find("decision credit_check").unwrap();
    let end = source.find("right complaint").unwrap();
    let none = format!("{}{}", &source[..start], &source[end..]).replace(
        "regimes    gdpr\n",
        "regimes    gdpr\n  automated_decisions none\n",
    );
    let md = markdown(&policy_of(&none));
    assert!(
        md.contains("**Automated decisions.** Example Lending Ltd makes no decision about the User based solely on automated processing."),
        "{md}"
    );
    assert!(md.contains("Example Lending Ltd does not make decisions based solely on automated processing, including profiling, that produce legal effects concerning the User or similarly significantly affect the User."), "{md}");
    // Saying neither, the text says nothing of them.
    let silent = none
        .replace("  automated_decisions none\n", "")
        .replace("  profiling\n", "");
    assert_eq!(codes_of(&silent), [Code::AutomatedDecisionsNotStated]);
    let md = markdown(&policyc::check_source(&silent).policy.unwrap());
    assert!(!md.contains("Automated decisions"), "{md}");
    assert!(!md.contains("automated processing"), "{md}");
}

#[test]
fn the_trace_places_each_decision() {
    let policy = policy_of(&lender_source());
    let document = policyc::render::document(&policy).unwrap();
    let section = document
        .sections
        .iter()
        .find(|s| s.anchor == "decisions")
        .unwrap();
    let decisions: Vec<_> = section.clauses[0]
        .clauses
        .iter()
        .map(|c| c.origins.clone())
        .collect();
    use policyc::render::document::Origin;
    assert_eq!(decisions[0][0], Origin::Decision(0));
    assert!(decisions[0].contains(&Origin::Data(1)));
    assert_eq!(decisions[1][0], Origin::Decision(1));
}

/// `policyc init` in a fresh directory: the new policy's text.
fn new_policy() -> String {
    let dir = tempfile::tempdir().unwrap();
    let output = assert_cmd::cargo::cargo_bin_cmd!("policyc")
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .args(["init", "--id", "acme"])
        .output()
        .unwrap();
    assert!(output.status.success());
    std::fs::read_to_string(dir.path().join("policies/acme.policy")).unwrap()
}

#[test]
fn init_guides_the_author_and_its_example_checks() {
    let text = new_policy();
    let start = text
        .find("// AUTOMATED DECISIONS (GDPR Art. 13(2)(f)).")
        .unwrap();
    let guidance = &text[start..];
    let guidance = &guidance[..guidance.find("\n\n").unwrap()];
    for word in [
        "explicit_consent, contract",
        "human_review, express_view",
        "automated_decisions none",
    ] {
        assert!(guidance.contains(word), "{word}: {guidance}");
    }
    // The example, uncommented, with the right it asks for, checks clean.
    let example: String = guidance
        .lines()
        .skip_while(|l| !l.starts_with("// decision "))
        .map(|l| {
            let code = l.strip_prefix("//").unwrap_or(l);
            format!("{}\n", code.strip_prefix(' ').unwrap_or(code))
        })
        .collect();
    // The example states the right it asks for.
    assert!(example.contains("right automated_decisions"), "{example}");
    // Under the GDPR the new policy says it makes none, and the note
    // before it says to remove it where a decision is declared: beside
    // one, it is E0384.
    let none = "\ncommit no_automated_decisions\n";
    assert_eq!(text.matches(none).count(), 1, "{text}");
    let note = &text[..text.find(none).unwrap()];
    let note = &note[note.rfind("\n\n").unwrap()..];
    assert!(
        note.contains("GDPR Art. 13(2)(f)") && note.contains("E0384"),
        "{note}"
    );
    let kept = format!("{text}\n{example}");
    assert!(
        codes_of(&kept).contains(&Code::DecisionDespiteCommitment),
        "{:?}",
        codes_of(&kept)
    );
    let with = format!("{}\n{example}", text.replace(none, "\n"));
    assert!(
        policyc::check_source(&with).diagnostics.is_empty(),
        "{:?}",
        policyc::check_source(&with).diagnostics
    );
}

/// The README's section on automated decisions.
fn readme_section() -> String {
    readme::section("## Automated decisions", "\n## The example policy")
}

#[test]
fn the_readme_s_section_holds() {
    let section = readme_section();
    // Its example is the fixture's decision, which checks clean.
    let block = readme::first_policy_block(&section);
    assert!(lender_source().contains(block.trim_end()), "{block}");
    // Every code it names exists, and says what the section says of it.
    for code in [
        Code::DecisionBasisNotAllowed,
        Code::DecisionWithoutSafeguards,
        Code::DecisionIncomplete,
        Code::DecisionSpecialData,
        Code::DecisionsStatedNone,
        Code::ProfilingWithoutDecisionStatement,
        Code::AutomatedDecisionsNotStated,
        Code::DecisionWithoutRight,
        Code::UnknownData,
    ] {
        assert!(section.contains(code.as_str()), "{code}");
    }
    // Both ways of saying there is none, and one warning, never two.
    assert!(section.contains("`automated_decisions none`"));
    assert!(section.contains("`commit\nno_automated_decisions`"));
    assert!(section.contains("one warning for the one missing\n  statement, never both"));
    // Every kind of change about decisions is named.
    for kind in policyc::diff::ChangeKind::ALL {
        if kind.id().contains("DECISION") {
            assert!(section.contains(kind.id()), "{kind}");
        }
    }
    assert!(section.contains("Automated decisions\" in every format"));
}

#[test]
fn the_change_notice_tells_users_of_a_new_decision() {
    let read = |side: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/diff/decision_added/{side}.policy"));
        policyc::check_source(&std::fs::read_to_string(path).unwrap())
            .policy
            .unwrap()
    };
    let (old, new) = (read("old"), read("new"));
    let notice = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    assert!(
        notice.contains(
            "Example Lending Ltd now makes a decision about the User solely by automated means: \u{201c}Fraud screening\u{201d}."
        ),
        "{notice}"
    );
    let page = policyc::render::notice::html(&old, &new, "d").unwrap();
    assert!(page.contains("Fraud screening"), "{page}");
    let back = policyc::render::notice::markdown(&new, &old, "d").unwrap();
    assert!(
        back.contains("no longer makes this decision about the User solely by automated means: \u{201c}Fraud screening\u{201d}."),
        "{back}"
    );
}

/// The lender fixture with `tests` appended.
fn lender_with_tests(tests: &str) -> String {
    format!("{}\n{tests}", lender_source())
}

#[test]
fn the_rule_table_decides_automated_decisions_as_the_readme_says() {
    use policy_runtime::{AutomatedBasis, AutomatedCode, Facts, Rules, Safeguard as S};
    let section = readme_section();
    let policy = policy_of(&lender_source());
    let table = policyc::rules::table(&policy);
    let ids: Vec<&str> = table.decisions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["credit_check", "fraud_screen"]);
    assert_eq!(table.decisions[0].uses, ["history", "income"]);
    assert_eq!(table.decisions[0].basis, AutomatedBasis::Contract);
    assert_eq!(table.decisions[1].basis, AutomatedBasis::Law);
    assert_eq!(table.decisions[0].safeguards, S::ALL);
    assert!(table.decisions[1].safeguards.is_empty());
    let rules = Rules::from_table(table).unwrap();
    // the same decision on explicit consent
    let consented = policy_of(&lender_source().replace(
        "  basis        contract\n",
        "  basis        explicit_consent\n",
    ));
    let consented = Rules::from_table(policyc::rules::table(&consented)).unwrap();
    let none = Facts::new();
    let review = Facts::new().with("human_review:credit_check");
    let consent = Facts::new().with("consent:credit_check");
    let cases = [
        (
            &rules,
            "credit_check",
            &none,
            AutomatedCode::NecessaryForContract,
        ),
        (
            &rules,
            "credit_check",
            &review,
            AutomatedCode::HumanReviewRequested,
        ),
        (
            &rules,
            "fraud_screen",
            &none,
            AutomatedCode::AuthorisedByLaw,
        ),
        (
            &rules,
            "fraud_screen",
            &Facts::new().with("human_review:fraud_screen"),
            AutomatedCode::AuthorisedByLaw,
        ),
        (&rules, "credit_chek", &none, AutomatedCode::UnknownDecision),
        (
            &consented,
            "credit_check",
            &none,
            AutomatedCode::NoExplicitConsent,
        ),
        (
            &consented,
            "credit_check",
            &Facts::new().with("consent:lending"),
            AutomatedCode::NoExplicitConsent,
        ),
        (
            &consented,
            "credit_check",
            &consent,
            AutomatedCode::ExplicitConsentGiven,
        ),
        (
            &consented,
            "credit_check",
            &consent.clone().with("human_review:credit_check"),
            AutomatedCode::HumanReviewRequested,
        ),
    ];
    for (rules, decision, facts, code) in cases {
        let d = rules.decide_automated(decision, facts);
        assert_eq!(d.code, code, "{decision} {facts:?}");
        assert_eq!(d.allowed, code.is_allowed());
    }
    for code in AutomatedCode::ALL {
        assert!(section.contains(&format!("`{code}`")), "{code}");
    }
    // a table without decisions leaves the key out
    let seed = policyc::check_source(&common::read("policies/pro-it-group.policy"))
        .policy
        .unwrap();
    let json = String::from_utf8(policyc::rules::to_json(&policyc::rules::table(&seed))).unwrap();
    assert!(!json.contains("\"decisions\""));
}

#[test]
fn the_conformance_vectors_ask_every_automated_decision() {
    use policyc::targets::conformance::{self, Query};
    let table = policyc::rules::table(&policy_of(&lender_source()));
    assert!(!table.decisions.is_empty());
    // Every decision under every subset of the consent to it and the
    // request for human review, and a name that is no decision: what the
    // OPA and Cedar targets are tested on (tests/opa.rs, tests/cedar.rs).
    let asked: Vec<Query> = conformance::sample(&table)
        .into_iter()
        .filter(|q| matches!(q, Query::Decision { .. }))
        .collect();
    assert_eq!(asked.len(), 4 * table.decisions.len() + 1, "{asked:?}");
    for decision in &table.decisions {
        let review = policy_runtime::fact::human_review(&decision.id);
        assert!(asked.iter().any(|q| matches!(
            q,
            Query::Decision { decision: d, facts } if *d == decision.id && facts.contains(&review)
        )));
    }
    let section = readme_section();
    assert!(!section.contains("ask\n  no question on them"));
    let words = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("the conformance vectors ask every automated decision"));
}

#[test]
fn test_blocks_state_automated_decision_expectations_run_by_the_runtime() {
    use policy_runtime::Rules;
    // The README's test block, indented in its list item.
    let section = readme_section();
    let start = section
        .find("test \"a person reviews the credit check on request\"")
        .unwrap();
    let end = start + section[start..].find("\n  }\n").unwrap() + 5;
    let block = section[start..end].replace("\n  ", "\n");
    let source = lender_with_tests(&block);
    assert!(codes_of(&source).is_empty());
    let policy = policy_of(&source);
    let [test] = policy.tests.as_slice() else {
        panic!("one test block: {:?}", policy.tests);
    };
    assert!(test.expectations.is_empty() && test.trackers.is_empty());
    assert_eq!(test.decisions.len(), 3);
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (3, 0), "{failures:?}");
    // The opposite expectations fail, each with the runtime's reason.
    let wrong = lender_with_tests(
        "test \"reviews\" {\n  deny  decision credit_check\n  allow decision credit_check given human_review:credit_check\n}\n",
    );
    let policy = policy_of(&wrong);
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (2, 2));
    assert!(failures.iter().all(|d| d.code == Code::TestFailed));
    assert_eq!(
        failures[1].message,
        "test \"reviews\": making the automated decision `credit_check` given \
         human_review:credit_check should be allowed, but it is denied"
    );
    assert!(
        failures[1].label.contains("a person decides"),
        "{}",
        failures[1].label
    );
    // `policyc test` runs them too.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lender.policy");
    std::fs::write(&file, &wrong).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .arg("test")
        .arg(&file)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_ne!(output.status.code(), Some(0));
    assert!(said.contains("E0601"), "{said}");
    assert!(
        said.contains("making the automated decision `credit_check`"),
        "{said}"
    );
}

#[test]
fn a_decision_expectation_names_a_declared_decision_and_facts_it_reads() {
    let codes = codes_of(&lender_with_tests(
        "test \"t\" {\n  deny decision credit_chek\n}\n",
    ));
    assert_eq!(codes, [Code::TestUnknownDecision]);
    // consent to a decision on a contract, review of one without the
    // safeguard: facts no rule reads (W0110)
    for fact in [
        "consent:credit_check",
        "human_review:fraud_screen",
        "human_review:lending",
    ] {
        let source = lender_with_tests(&format!(
            "test \"t\" {{\n  allow decision fraud_screen given {fact}\n}}\n"
        ));
        assert_eq!(codes_of(&source), [Code::UnknownFact], "{fact}");
    }
    let consented = lender_source().replace(
        "  basis        contract\n",
        "  basis        explicit_consent\n",
    );
    let source = format!(
        "{consented}\ntest \"t\" {{\n  allow decision credit_check given consent:credit_check, human_review:credit_check\n}}\n"
    );
    assert!(codes_of(&source).is_empty());
    // A data category named `decision` still reads as one.
    let data = lender_with_tests(
        "data decision \"Decisions\" { source derived  identity identified }\nretain decision for 1 year from collection\npurpose review \"Review\" { uses decision  basis contract }\ntest \"t\" {\n  allow decision for review\n}\n",
    );
    let policy = policy_of(&data);
    assert_eq!(policy.tests[0].expectations.len(), 1);
    assert!(policy.tests[0].decisions.is_empty());
    // Decision expectations leave a released edition's JSON as it was.
    let plain = policy_of(&lender_with_tests(
        "test \"t\" {\n  allow income for lending\n}\n",
    ));
    let json = serde_json::to_string(&plain.tests).unwrap();
    assert!(!json.contains("decisions"), "{json}");
}

#[test]
fn a_decision_on_explicit_consent_has_an_id_of_its_own() {
    let shared = lender_source()
        .replace(
            "  basis        contract\n",
            "  basis        explicit_consent\n",
        )
        .replace("purpose lending", "purpose credit_check");
    assert!(codes_of(&shared).contains(&Code::ConsentedDecisionSharesId));
    // on a contract, no consent fact is read: no clash
    let contract = lender_source().replace("purpose lending", "purpose credit_check");
    assert!(!codes_of(&contract).contains(&Code::ConsentedDecisionSharesId));
}

#[test]
fn fmt_keeps_decision_expectations() {
    let source = lender_with_tests(
        "test \"reviews\" {\n  allow decision credit_check\n  deny decision credit_check given human_review:credit_check\n}\n",
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains(
            "  allow decision credit_check\n  deny  decision credit_check given human_review:credit_check\n"
        ),
        "{formatted}"
    );
}

/// A `decision` expectation on a policy that declares no automated
/// decision at all is E0428 too: every name is undeclared there.
#[test]
fn a_decision_expectation_without_any_decision_is_e0428() {
    let source =
        common::read("tests/fixtures/diagnostics/e0377_test_children_without_stance.policy")
            .replace(
                "allow children given parental_consent",
                "deny decision credit_check",
            );
    assert!(!source.contains("\ndecision "));
    let codes = codes_of(&source);
    assert!(codes.contains(&Code::TestUnknownDecision), "{codes:?}");
}

/// The lender without its decisions, its right against them, or
/// anything said of them: the policy that neither declares a decision
/// nor says there is none, its purpose still marked `profiling`.
fn silent_lender() -> String {
    let source = lender_source();
    let start = source.find("decision credit_check").unwrap();
    let end = source.find("right complaint").unwrap();
    format!("{}{}", &source[..start], &source[end..])
}

/// The two ways a policy says it makes no automated decision: in the
/// header, or as a commitment.
fn says_none(source: &str) -> [String; 2] {
    [
        source.replace(
            "regimes    gdpr\n",
            "regimes    gdpr\n  automated_decisions none\n",
        ),
        format!("{source}\ncommit no_automated_decisions\n"),
    ]
}

/// W0453: under the GDPR a policy with no decision and no profiling still
/// says whether automated decisions are made, at its header; either
/// statement that there is none, or a decision declared, clears it; the
/// UK GDPR asks too, other regimes do not.
#[test]
fn saying_nothing_of_automated_decisions_is_w0453_and_either_statement_clears_it() {
    let silent = silent_lender().replace("  profiling\n", "");
    let checked = policyc::check_source(&silent);
    let w0453: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::AutomatedDecisionsNotStated)
        .collect();
    assert_eq!(w0453.len(), 1, "{:?}", checked.diagnostics);
    assert_eq!(checked.diagnostics.len(), 1, "{:?}", checked.diagnostics);
    assert_eq!(
        &silent[w0453[0].span.start..w0453[0].span.end],
        "policy lender"
    );
    let help = w0453[0].help.as_deref().unwrap();
    assert!(
        help.contains("`automated_decisions none`")
            && help.contains("`commit no_automated_decisions`"),
        "{help}"
    );
    assert!(w0453[0].label.contains("GDPR Art. 13(2)(f)"));
    for stated in says_none(&silent) {
        assert_eq!(codes_of(&stated), [], "{stated}");
    }
    // A decision declared says it too.
    let decided = one_decision().replace("  profiling\n", "");
    assert!(!codes_of(&decided).contains(&Code::AutomatedDecisionsNotStated));
    // The UK GDPR asks, and is cited; other regimes do not ask.
    let uk = silent.replace("regimes    gdpr\n", "regimes    uk_gdpr\n");
    let checked = policyc::check_source(&uk);
    let w0453 = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::AutomatedDecisionsNotStated)
        .unwrap();
    assert!(
        w0453.label.contains("UK GDPR Art. 13(2)(f)"),
        "{}",
        w0453.label
    );
    for regimes in ["regimes    ccpa\n", "regimes    none\n"] {
        let other = silent.replace("regimes    gdpr\n", regimes);
        assert!(!codes_of(&other).contains(&Code::AutomatedDecisionsNotStated));
    }
}

/// W0360 takes either statement that there is none, like W0453: the
/// header's `automated_decisions none` and `commit no_automated_decisions`
/// each clear it, and without them it is reported at `profiling`.
#[test]
fn profiling_without_a_statement_is_w0360_and_either_statement_clears_it() {
    let silent = silent_lender();
    let checked = policyc::check_source(&silent);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::ProfilingWithoutDecisionStatement]);
    let w0360 = &checked.diagnostics[0];
    assert_eq!(&silent[w0360.span.start..w0360.span.end], "profiling");
    let help = w0360.help.as_deref().unwrap();
    assert!(
        help.contains("`automated_decisions none`")
            && help.contains("`commit no_automated_decisions`"),
        "{help}"
    );
    for stated in says_none(&silent) {
        assert_eq!(codes_of(&stated), [], "{stated}");
    }
}

/// One missing fact, one diagnostic: where a purpose profiles, the
/// policy that says nothing of automated decisions gets W0360 at the
/// purpose, the more specific place, and not W0453 at the header too.
#[test]
fn w0360_and_w0453_never_both_report_the_one_missing_statement() {
    let silent = silent_lender();
    let codes = codes_of(&silent);
    assert!(
        codes.contains(&Code::ProfilingWithoutDecisionStatement),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&Code::AutomatedDecisionsNotStated),
        "{codes:?}"
    );
    // Under the UK GDPR too, and with a second purpose that profiles.
    let uk = silent.replace("regimes    gdpr\n", "regimes    gdpr, uk_gdpr\n");
    let twice = uk.replace(
        "retain income, history",
        "purpose offers \"Tailored offers\" {\n  uses  history\n  basis contract\n  profiling\n}\n\nretain income, history",
    );
    let codes = codes_of(&twice);
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == Code::ProfilingWithoutDecisionStatement)
            .count(),
        1,
        "{codes:?}"
    );
    assert!(
        !codes.contains(&Code::AutomatedDecisionsNotStated),
        "{codes:?}"
    );
}

/// `commit no_automated_decisions` is a promise the checker holds the
/// decisions to: said beside a decision, it is E0384, not a way to
/// silence W0453 over a decision.
#[test]
fn the_commitment_beside_a_decision_is_e0384() {
    let source = format!("{}\ncommit no_automated_decisions\n", one_decision());
    let codes = codes_of(&source);
    assert!(
        codes.contains(&Code::DecisionDespiteCommitment),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&Code::AutomatedDecisionsNotStated),
        "{codes:?}"
    );
}
