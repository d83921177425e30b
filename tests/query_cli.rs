//! `policyc query` as a service's operator runs it: a decision from a
//! table or a policy file, and the diagnostics of a policy that does not
//! check, in every format.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use assert_cmd::Command;
use serde_json::Value;

/// A policy under `gdpr` with a header that lacks `contact` (E0402, as the
/// GDPR asks for one) and a data block
/// with a misspelled property (E0002).
const BROKEN: &str = r#"policy broken {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"  regimes gdpr
}
data account "Account details" {
  sorce    user
  identity identified
}
retain account for 1 year from collection
purpose service "Providing the service" { uses account basis contract }
"#;

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    cmd
}

/// Runs `policyc query --format FORMAT broken.policy use account service`.
fn query_broken(format: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.policy");
    std::fs::write(&path, BROKEN).unwrap();
    let output = policyc()
        .args(["query", "--color", "never", "--format", format])
        .arg(&path)
        .args(["use", "account", "service"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_broken_policy_prints_its_diagnostics_for_people_on_stderr() {
    let (status, stdout, stderr) = query_broken("human");
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stdout.is_empty(), "no decision: {stdout}");
    assert!(stderr.contains("error[E0402]"), "{stderr}");
    assert!(stderr.contains("broken.policy:1:1"), "{stderr}");
    assert!(stderr.contains("error[E0002]"), "{stderr}");
    assert!(
        stderr.contains("has 2 errors, so it cannot be queried"),
        "{stderr}"
    );
}

#[test]
fn a_broken_policy_prints_a_json_report_by_default() {
    for args in [&[][..], &["--format", "json"][..]] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.policy");
        std::fs::write(&path, BROKEN).unwrap();
        let output = policyc()
            .arg("query")
            .args(args)
            .arg(&path)
            .args(["use", "account", "service"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["errors"], 2, "{report}");
        let codes: Vec<&str> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["E0402", "E0002"], "{report}");
        assert!(report.get("allowed").is_none(), "no decision: {report}");
    }
}

#[test]
fn a_broken_policy_prints_a_sarif_log() {
    let (status, stdout, _) = query_broken("sarif");
    assert_eq!(status, Some(1));
    let log: Value = serde_json::from_str(&stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let rules: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["E0402", "E0002"], "{log}");
}

#[test]
fn a_broken_policy_prints_github_annotations() {
    let (status, stdout, _) = query_broken("github");
    assert_eq!(status, Some(1));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].starts_with("::error file="), "{stdout}");
    assert!(lines[0].contains("title=E0402::"), "{stdout}");
    assert!(lines[1].contains("title=E0002::"), "{stdout}");
}

/// The README's example: a transfer on the ground of a business transfer.
#[test]
fn the_readme_query_is_allowed() {
    let output = policyc()
        .args([
            "query",
            "generated/pro_it_privacy/rules.json",
            "transfer",
            "account",
            "acquirer",
            "--fact",
            "business_transfer",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let decision: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(decision["allowed"], true, "{decision}");
    assert_eq!(decision["ground"], "business_transfer", "{decision}");
}

#[test]
fn a_denied_decision_still_exits_0_and_a_policy_file_compiles_on_the_fly() {
    let output = policyc()
        .args([
            "query",
            "--format",
            "human",
            "policies/pro-it-group.policy",
            "use",
            "account",
            "targeting",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("denied ["), "{stdout}");
}

#[test]
fn a_table_that_does_not_load_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    std::fs::write(&path, "{ not json").unwrap();
    let output = policyc()
        .arg("query")
        .arg(&path)
        .args(["use", "account", "service"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("cannot load the rule table"), "{stderr}");
}

/// The digest a query reports, given its arguments.
fn queried_digest(args: &[&str]) -> String {
    let output = policyc().arg("query").args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let decision: Value = serde_json::from_slice(&output.stdout).unwrap();
    decision["digest"].as_str().unwrap().to_owned()
}

/// A policy compiled on the fly reads its released editions as the build
/// does, so it decides with the very table the build wrote (the same
/// `since` per purpose and recipient, so the same digest); with no history
/// (an empty output directory) its table differs.
#[test]
fn a_policy_file_decides_with_the_table_the_build_writes() {
    let built: Value =
        serde_json::from_slice(&std::fs::read("generated/pro_it_privacy/rules.json").unwrap())
            .unwrap();
    let question = ["use", "account", "targeting"];
    let compiled = queried_digest(&[&["policies/pro-it-group.policy"], &question[..]].concat());
    assert_eq!(compiled, built["digest"].as_str().unwrap());
    let empty = tempfile::tempdir().unwrap();
    let without_history = queried_digest(
        &[
            &[
                "policies/pro-it-group.policy",
                "--out",
                empty.path().to_str().unwrap(),
            ],
            &question[..],
        ]
        .concat(),
    );
    assert_ne!(without_history, compiled);
}

/// `policyc query --format FORMAT POLICY QUESTION… --fact FACT…`: the
/// exit code and what it printed.
fn query(format: &str, policy: &str, question: &[&str], facts: &[&str]) -> (Option<i32>, String) {
    let mut cmd = policyc();
    cmd.args(["query", "--format", format])
        .arg(policy)
        .args(question);
    for fact in facts {
        cmd.args(["--fact", fact]);
    }
    let output = cmd.output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// `policyc query FILE tracker ID` on the trackers fixture, in `format`.
fn query_tracker(format: &str, tracker: &str, facts: &[&str]) -> (Option<i32>, String) {
    let shop = "tests/fixtures/trackers/shop.policy";
    query(format, shop, &["tracker", tracker], facts)
}

#[test]
fn a_tracker_question_is_answered_in_the_query_style() {
    let (status, stdout) = query_tracker("json", "ga", &[]);
    assert_eq!(status, Some(0));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["allowed"], false);
    assert_eq!(json["code"], "consent_missing");
    assert_eq!(json["tracker"], "ga");
    assert_eq!(json["category"], "analytics");
    assert_eq!(json["purpose"], "analytics");
    assert_eq!(json["fact"], "consent:analytics");
    assert_eq!(json["policy"], "shop");
    assert!(json["digest"].as_str().unwrap().starts_with("sha256:"));

    let (status, stdout) = query_tracker("human", "ga", &["consent:analytics"]);
    assert_eq!(status, Some(0));
    assert_eq!(
        stdout,
        "allowed [allowed]: tracker `ga` may be set: the condition of every purpose it serves holds (`analytics`)\n\
         policy: shop 1.0.0\n"
    );
    let (_, stdout) = query_tracker("human", "session_id", &[]);
    assert!(
        stdout.starts_with("allowed [strictly_necessary]: "),
        "{stdout}"
    );
    let (status, stdout) = query_tracker("human", "fbp", &[]);
    assert_eq!(status, Some(0));
    assert!(
        stdout.starts_with("denied [unknown_tracker]: `fbp` is not a tracker of policy `shop`"),
        "{stdout}"
    );
}

/// `policyc query FILE children` on `policy`, in `format`.
fn query_children(format: &str, policy: &str, facts: &[&str]) -> (Option<i32>, String) {
    query(format, policy, &["children"], facts)
}

/// `policyc query FILE decision ID` on the lender fixture, in `format`.
fn query_decision(format: &str, decision: &str, facts: &[&str]) -> (Option<i32>, String) {
    let lender = "tests/fixtures/decisions/lender.policy";
    query(format, lender, &["decision", decision], facts)
}

#[test]
fn a_child_question_is_answered_in_the_query_style() {
    let app = "policies/examples/trailmark-app.policy";
    let (status, stdout) = query_children("json", app, &[]);
    assert_eq!(status, Some(0));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["allowed"], false);
    assert_eq!(json["code"], "child_without_parental_consent");
    assert_eq!(json["audience"], "mixed");
    assert_eq!(json["minimum_age"], 16);
    assert_eq!(json["parental_consent"], true);
    assert_eq!(json["policy"], "trailmark_privacy");
    assert!(json["digest"].as_str().unwrap().starts_with("sha256:"));

    let (status, stdout) = query_children("human", app, &["parental_consent"]);
    assert_eq!(status, Some(0));
    assert_eq!(
        stdout,
        "allowed [parental_consent]: the user may use the service: a parent consented to the use of a child under 16, by the mechanism policy `trailmark_privacy` declares (fact `parental_consent`)\n\
         policy: trailmark_privacy 2.0.0\n"
    );
    let (_, stdout) = query_children("human", app, &["age_verified"]);
    assert!(stdout.starts_with("allowed [age_verified]: "), "{stdout}");

    // a minimum age and no parent's consent: shut out, consent or not
    let shop = "policies/examples/harbor-lane-shop.policy";
    let (_, stdout) = query_children("human", shop, &["parental_consent"]);
    assert!(
        stdout.starts_with("denied [children_not_allowed]: the user is under 16"),
        "{stdout}"
    );
    // no children block: no stance, and a child is denied
    let (status, stdout) = query_children("human", "policies/pro-it-group.policy", &[]);
    assert_eq!(status, Some(0));
    assert!(stdout.starts_with("denied [no_stance]: "), "{stdout}");
}

#[test]
fn an_automated_decision_question_is_answered_in_the_query_style() {
    let (status, stdout) = query_decision("json", "credit_check", &[]);
    assert_eq!(status, Some(0));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["allowed"], true);
    assert_eq!(json["code"], "necessary_for_contract");
    assert_eq!(json["decision"], "credit_check");
    assert_eq!(json["basis"], "contract");
    assert_eq!(json["uses"], serde_json::json!(["history", "income"]));
    assert_eq!(
        json["safeguards"],
        serde_json::json!(["human_review", "express_view", "contest"])
    );
    assert_eq!(json["policy"], "lender");
    assert!(json.get("fact").is_none());
    assert!(json["digest"].as_str().unwrap().starts_with("sha256:"));

    let (status, stdout) = query_decision("json", "credit_check", &["human_review:credit_check"]);
    assert_eq!(status, Some(0));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["allowed"], false);
    assert_eq!(json["code"], "human_review_requested");
    assert_eq!(json["fact"], "human_review:credit_check");

    let (status, stdout) = query_decision("human", "credit_check", &["human_review:credit_check"]);
    assert_eq!(status, Some(0));
    assert_eq!(
        stdout,
        "denied [human_review_requested]: the user asked for a person to review automated \
         decision `credit_check` (fact `human_review:credit_check`); a person decides\n\
         policy: lender 1.0.0\n"
    );
    // fraud_screen offers no human review: the request changes nothing
    let (_, stdout) = query_decision("human", "fraud_screen", &["human_review:fraud_screen"]);
    assert!(
        stdout.starts_with("allowed [authorised_by_law]: "),
        "{stdout}"
    );
    let (status, stdout) = query_decision("human", "credit_chek", &[]);
    assert_eq!(status, Some(0));
    assert!(
        stdout.starts_with(
            "denied [unknown_decision]: `credit_chek` is not an automated decision of policy `lender`"
        ),
        "{stdout}"
    );
}

/// Every `policyc query … deadline …` example of the README's `policyc
/// query` section prints what the README shows, and exits 0.
#[test]
fn the_readme_deadline_examples_print_what_they_show() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let from = readme.find("### `policyc query`").unwrap();
    let to = from + readme[from..].find("### `policyc fmt`").unwrap();
    let mut examples = 0;
    for block in readme[from..to].split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap();
        let (command, shown) = block.split_once('\n').unwrap();
        let Some(args) = command.strip_prefix("$ policyc ") else {
            continue;
        };
        if !args.contains(" deadline ") {
            continue;
        }
        let output = policyc().args(args.split_whitespace()).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{command}");
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            shown,
            "{command}"
        );
        examples += 1;
    }
    assert_eq!(examples, 2);
}

/// `policyc query FILE deadline DATA ARGS…` on the built table of `id`.
fn query_deadline(id: &str, format: &str, args: &[&str]) -> (Option<i32>, String) {
    let rules = format!("generated/{id}/rules.json");
    let output = policyc()
        .args(["query", "--format", format, &rules, "deadline"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn a_deadline_question_names_what_is_missing_and_refuses_a_malformed_event() {
    let (status, stdout) = query_deadline("harbor_lane_privacy", "human", &["nope"]);
    assert_eq!(status, Some(0));
    assert!(stdout.starts_with("not in the table: `nope`\n"), "{stdout}");
    let (status, stdout) = query_deadline(
        "harbor_lane_privacy",
        "json",
        &["orders", "--purpose", "nope"],
    );
    assert_eq!(status, Some(0));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["deadline"]["kind"], "unknown");
    for event in ["collection", "collection=2027-13-01", "=2027-01-01"] {
        let (status, stdout) =
            query_deadline("harbor_lane_privacy", "json", &["orders", "--event", event]);
        assert_eq!(status, Some(2), "{event}: {stdout}");
        assert_eq!(stdout, "");
    }
}

/// `policyc query` on a transfer that is a sale on its own line
/// (`transfer … disclosed_as sale`): the opt-out of sale denies it, with
/// its code, and leaves another transfer to the same recipient alone.
#[test]
fn a_transfer_disclosed_as_sale_is_denied_by_the_opt_out() {
    let shop = "tests/fixtures/us/transfer_sale.policy";
    let (status, out) = query(
        "human",
        shop,
        &["transfer", "contact", "catalogue_partners"],
        &["consent:catalogue_partners", "opt_out:sale"],
    );
    assert_eq!(status, Some(0));
    assert!(out.starts_with("denied [opted_out_of_sale]"), "{out}");
    let (status, out) = query(
        "human",
        shop,
        &["transfer", "orders", "catalogue_partners"],
        &["contract_necessity", "opt_out:sale"],
    );
    assert_eq!(status, Some(0));
    assert!(out.starts_with("allowed ["), "{out}");
}
