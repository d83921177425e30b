//! The CI output formats: GitHub workflow-command annotations (snapshots)
//! and SARIF 2.1.0 (validated against the official schema, shipped in
//! `tests/schemas/`), for `check`, `build` and `test`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

/// A policy with two errors and two warnings, in a file whose name needs
/// escaping in a workflow-command property (the comma).
const BROKEN: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-02-30
  language   en
  controller "Shop Ltd" {
    service "Shop"
    website "https://shop.example"
  }
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  accepted   by_use  regimes none
}

data account "Account" {
  source    user
  identity  identified
}

data extra "Extra" {
  source   derived
  identity depersonalized
}

purpose service "Providing the Service" {
  uses  acount
  basis contract
}

retain account until account_closure
"#;

/// A policy that checks clean but whose tests fail; the test names need
/// escaping in a workflow-command message (`%`, a line break).
const FAILING_TESTS: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-01-01
  language   en
  controller "Shop Ltd" {
    service "Shop"
    website "https://shop.example"
  }
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  accepted   by_use  regimes none
}

data account "Account" {
  source    user
  identity  identified
}

purpose service "Providing the Service" {
  uses  account
  basis contract
}

retain account until account_closure

right complaint { via "the data protection authority" }

test "100% sure, really:\nno sharing" {
  allow account for service
  deny  account for service
}
"#;

fn workspace(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn policyc(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = cargo_bin_cmd!("policyc")
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

// ------------------------------------------------------------ GitHub

#[test]
fn github_annotations_of_check() {
    let dir = workspace(&[("policies/shop, v2.policy", BROKEN)]);
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--format", "github"]);
    assert_eq!(status, 1, "{stderr}");
    insta::assert_snapshot!(stdout);
    assert!(
        stderr.contains("2 errors and 2 warnings in 1 file"),
        "{stderr}"
    );
}

#[test]
fn github_annotations_of_failing_tests_escape_the_message() {
    let dir = workspace(&[("policies/shop.policy", FAILING_TESTS)]);
    let (status, stdout, stderr) = policyc(dir.path(), &["test", "--format", "github"]);
    assert_eq!(status, 1, "{stderr}");
    insta::assert_snapshot!(stdout);
}

#[test]
fn github_annotations_of_a_stale_build() {
    let dir = workspace(&[("policies/shop.policy", FAILING_TESTS)]);
    let (status, _, stderr) = policyc(dir.path(), &["build"]);
    assert_eq!(status, 0, "{stderr}");
    std::fs::write(
        dir.path().join("generated/shop/policy.txt"),
        "edited by hand\n",
    )
    .unwrap();
    // A file an earlier build made (its manifest lists it) and this one does not.
    std::fs::write(dir.path().join("generated/shop/notes.txt"), "extra\n").unwrap();
    let manifest = dir.path().join("generated/shop/.policyc-manifest");
    let listed = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{listed}notes.txt\n")).unwrap();
    let (status, stdout, stderr) = policyc(dir.path(), &["build", "--check", "--format", "github"]);
    assert_eq!(status, 1, "{stderr}");
    insta::assert_snapshot!(stdout);
}

#[test]
fn github_output_of_a_clean_run_is_the_result_line() {
    let dir = workspace(&[("policies/shop.policy", FAILING_TESTS)]);
    let (status, stdout, _) = policyc(dir.path(), &["check", "--format", "github"]);
    assert_eq!(status, 0);
    assert_eq!(stdout, "ok: 1 policy checked\n");
    let (status, stdout, _) = policyc(dir.path(), &["check", "--format", "github", "--quiet"]);
    assert_eq!(status, 0);
    assert_eq!(stdout, "");
}

// ------------------------------------------------------------- SARIF

fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Parses a SARIF log, validates it against the schema and checks what
/// the schema cannot: the rules, the rule indexes, relative URIs.
fn valid_sarif(stdout: &str) -> Value {
    let log: Value = serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));

    assert_eq!(log["version"], "2.1.0");
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "policyc");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), policyc::codes::Code::ALL.len());
    for (rule, code) in rules.iter().zip(policyc::codes::Code::ALL) {
        assert_eq!(rule["id"], code.as_str());
        assert_eq!(rule["shortDescription"]["text"], code.summary());
        assert_eq!(rule["fullDescription"]["markdown"], code.explanation());
        assert_eq!(rule["help"]["markdown"], code.explanation());
    }
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let level = result["level"].as_str().unwrap();
        assert!(level == "error" || level == "warning");
        for location in result["locations"].as_array().unwrap() {
            let uri = location["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap();
            assert!(!uri.starts_with('/') && !uri.starts_with("./"), "{uri}");
            let region = &location["physicalLocation"]["region"];
            assert!(region["startLine"].as_u64().unwrap() >= 1);
            assert!(region["startColumn"].as_u64().unwrap() >= 1);
            assert!(region["endLine"].as_u64().unwrap() >= 1);
            assert!(region["endColumn"].as_u64().unwrap() >= 1);
        }
    }
    log
}

fn results(log: &Value) -> Vec<(String, String, String, u64)> {
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            (
                r["ruleId"].as_str().unwrap().to_owned(),
                r["level"].as_str().unwrap().to_owned(),
                location["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                location["region"]["startLine"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn sarif_of_check_is_valid_and_complete() {
    let dir = workspace(&[("policies/shop, v2.policy", BROKEN)]);
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--format", "sarif"]);
    assert_eq!(status, 1, "{stderr}");
    let log = valid_sarif(&stdout);
    let uri = "policies/shop%2C%20v2.policy".to_owned();
    assert_eq!(
        results(&log),
        vec![
            ("E0201".into(), "error".into(), uri.clone(), 4),
            ("W0308".into(), "warning".into(), uri.clone(), 15),
            ("W0308".into(), "warning".into(), uri.clone(), 20),
            ("E0101".into(), "error".into(), uri, 26),
        ]
    );
    let first = &log["runs"][0]["results"][0];
    assert_eq!(
        first["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 4, "startColumn": 14, "endLine": 4, "endColumn": 24})
    );
    let unknown = &log["runs"][0]["results"][3];
    assert!(
        unknown["message"]["text"]
            .as_str()
            .unwrap()
            .ends_with("help: did you mean `account`?")
    );
    assert_eq!(
        log["runs"][0]["invocations"][0]["executionSuccessful"],
        true
    );
}

#[test]
fn sarif_of_the_example_policy_has_no_results() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (status, stdout, stderr) = policyc(
        root,
        &["check", "--format", "sarif", "policies/pro-it-group.policy"],
    );
    assert_eq!(status, 0, "{stderr}");
    let log = valid_sarif(&stdout);
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn sarif_of_secondary_locations() {
    let duplicate = FAILING_TESTS.replace(
        "retain account until account_closure",
        "retain account until account_closure\nretain account for 1 year from collection",
    );
    let dir = workspace(&[("policies/shop.policy", &duplicate)]);
    let (status, stdout, _) = policyc(dir.path(), &["check", "--format", "sarif"]);
    assert_eq!(status, 1);
    let log = valid_sarif(&stdout);
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "E0104");
    let related = result["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0]["id"], 1);
    assert_eq!(related[0]["physicalLocation"]["region"]["startLine"], 25);
}

#[test]
fn sarif_of_failing_tests() {
    let dir = workspace(&[("policies/shop.policy", FAILING_TESTS)]);
    let (status, stdout, stderr) = policyc(dir.path(), &["test", "--format", "sarif"]);
    assert_eq!(status, 1, "{stderr}");
    let log = valid_sarif(&stdout);
    assert_eq!(
        results(&log),
        vec![(
            "E0601".into(),
            "error".into(),
            "policies/shop.policy".into(),
            31
        )]
    );
}

#[test]
fn sarif_of_build_errors_and_a_stale_build() {
    let dir = workspace(&[("policies/shop.policy", BROKEN)]);
    let (status, stdout, _) = policyc(dir.path(), &["build", "--format", "sarif"]);
    assert_eq!(status, 1);
    assert_eq!(results(&valid_sarif(&stdout)).len(), 4);
    assert!(!dir.path().join("generated").exists());

    let dir = workspace(&[("policies/shop.policy", FAILING_TESTS)]);
    let (status, stdout, _) = policyc(dir.path(), &["build", "--check", "--format", "sarif"]);
    assert_eq!(status, 1);
    let log = valid_sarif(&stdout);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let notifications = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert!(!notifications.is_empty());
    assert!(notifications.iter().all(|n| n["level"] == "error"));
}

#[test]
fn sarif_of_a_usage_error_is_an_unsuccessful_invocation() {
    let dir = workspace(&[]);
    let (status, stdout, stderr) = policyc(
        dir.path(),
        &["check", "--format", "sarif", "missing.policy"],
    );
    assert_eq!(status, 2);
    assert!(stderr.contains("missing.policy"), "{stderr}");
    let log = valid_sarif(&stdout);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let message = invocation["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap();
    assert!(message.contains("missing.policy"), "{message}");
}

#[test]
fn the_schema_rejects_a_broken_log() {
    // The validator is not vacuous: a result without a message is refused.
    let validator = sarif_validator();
    let broken = serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "policyc"}}, "results": [{"ruleId": "E0101"}]}]
    });
    assert!(!validator.is_valid(&broken));
}
