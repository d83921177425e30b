//! Multi-file policies through the command line: an included taxonomy is
//! part of its policy, is not checked on its own by a directory walk, and
//! its problems are reported in its own file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;

const MAIN: &str = r#"policy shop {
  title     "Privacy Policy"
  version   1.0.0
  effective 2026-01-01
  language  en
  controller "Shop Inc" { service "Shop" }
  published "https://shop.example/privacy"
  contact   "privacy@shop.example"
}

include "shared/taxonomy.policy"

purpose orders "Handling orders" {
  uses  account
  basis contract
}

right complaint { via "the data protection authority" }
"#;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn policyc(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn an_included_taxonomy_checks_and_builds_with_its_policy() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/shop.policy", MAIN);
    write(
        dir.path(),
        "policies/shared/taxonomy.policy",
        "data account \"Account\" {\n  source   user\n  identity identified\n}\n\nretain account until \"the account is closed\"\n",
    );
    let (code, stdout, stderr) = policyc(dir.path(), &["check", "policies"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("1 policy checked"), "{stdout}");
    let (code, _, stderr) = policyc(dir.path(), &["test", "policies"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = policyc(dir.path(), &["build", "policies"]);
    assert_eq!(code, 0, "{stderr}");
    let rules = std::fs::read_to_string(dir.path().join("generated/shop/rules.json")).unwrap();
    assert!(rules.contains("\"account\""));
}

#[test]
fn a_problem_in_an_included_file_is_reported_there() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/shop.policy", MAIN);
    write(
        dir.path(),
        "policies/shared/taxonomy.policy",
        "data account \"Account\" {\n  source   usr\n  identity identified\n}\n\nretain account until \"the account is closed\"\n",
    );
    let (code, _, stderr) = policyc(dir.path(), &["check", "--color", "never", "policies"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("policies/shared/taxonomy.policy:2:12"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `user`?"), "{stderr}");
}

#[test]
fn missing_cyclic_and_escaping_includes_are_errors_not_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let cyclic = MAIN.replace(
        "include \"shared/taxonomy.policy\"",
        "include \"shared/a.policy\"\ninclude \"missing.policy\"\ninclude \"../../etc/passwd\"",
    );
    write(dir.path(), "policies/shop.policy", &cyclic);
    write(
        dir.path(),
        "policies/shared/a.policy",
        "include \"b.policy\"\ndata account \"Account\" { identity depersonalized }\n",
    );
    write(
        dir.path(),
        "policies/shared/b.policy",
        "include \"a.policy\"\n",
    );
    let (code, _, stderr) = policyc(
        dir.path(),
        &["check", "--color", "never", "policies/shop.policy"],
    );
    assert_eq!(code, 1, "{stderr}");
    for expected in ["E0008", "E0009", "E0007"] {
        assert!(
            stderr.contains(expected),
            "{expected} missing from:\n{stderr}"
        );
    }
    assert!(!stderr.contains("panicked"));
}

#[test]
fn diff_annotations_point_into_the_policy_file_only() {
    let dir = tempfile::tempdir().unwrap();
    let taxonomy = "data account \"Account\" {\n  source   user\n  identity identified\n}\n\nretain account until \"the account is closed\"\n";
    write(
        dir.path(),
        "policies/old.policy",
        &MAIN.replace("shared/taxonomy.policy", "shared/old.policy"),
    );
    write(dir.path(), "policies/shared/old.policy", taxonomy);
    let marketing = "\npurpose marketing \"Newsletters\" {\n  uses  account\n  basis consent\n}\n";
    write(
        dir.path(),
        "policies/shop.policy",
        &format!("{MAIN}{marketing}"),
    );
    write(
        dir.path(),
        "policies/shared/taxonomy.policy",
        &format!("{taxonomy}\ndata account.email \"E-mail address\"\n"),
    );
    let (code, stdout, stderr) = policyc(
        dir.path(),
        &[
            "diff",
            "policies/old.policy",
            "policies/shop.policy",
            "--format",
            "github",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let line_of = |needle: &str| {
        stdout
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no annotation about {needle}:\n{stdout}"))
            .to_owned()
    };
    // The new purpose is in the policy's own file, at its line; the new
    // category is in the included file, which the annotations do not name:
    // no line rather than a line of another file.
    let purpose_line = MAIN.lines().count() + 2;
    assert!(
        line_of("Newsletters").starts_with(&format!(
            "::warning file=policies/shop.policy,line={purpose_line},"
        )),
        "{stdout}"
    );
    // (A part of the account, already collected: an editorial change,
    // `DATA_DETAILED`, annotated as a notice.)
    assert!(
        line_of("E-mail address").starts_with("::notice file=policies/shop.policy,title="),
        "{stdout}"
    );
    // The version was not raised: reported at the `version` line.
    assert!(
        line_of("version bump too small").contains("file=policies/shop.policy,line=3,"),
        "{stdout}"
    );
}

#[test]
fn the_trace_points_into_the_included_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "policies/shop.policy", MAIN);
    let taxonomy = "data account \"Account\" {\n  source   user\n  identity identified\n}\n\nretain account until \"the account is closed\"\n";
    write(dir.path(), "policies/shared/taxonomy.policy", taxonomy);
    let (code, _, stderr) = policyc(dir.path(), &["build", "policies"]);
    assert_eq!(code, 0, "{stderr}");
    let trace = std::fs::read_to_string(dir.path().join("generated/shop/trace.json")).unwrap();
    let trace: serde_json::Value = serde_json::from_str(&trace).unwrap();
    let source = |number: &str| {
        let clauses = trace["clauses"].as_array().unwrap();
        let clause = clauses.iter().find(|c| c["number"] == number).unwrap();
        clause["sources"][0].clone()
    };
    // 4.1.1 (after the summary and the table) is the category, declared in the
    // included file at its start.
    let data = source("4.1.1");
    assert_eq!(data["file"], "policies/shared/taxonomy.policy");
    assert_eq!(
        (data["line"].as_u64(), data["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        (data["start"].as_u64(), data["end"].as_u64()),
        (Some(0), Some(64))
    );
    assert_eq!(
        &taxonomy[..64],
        "data account \"Account\" {\n  source   user\n  identity identified\n}"
    );
    // 5.1.1 is the purpose, in the policy's own file.
    let purpose = source("5.1.1");
    assert_eq!(purpose["file"], "policies/shop.policy");
    assert_eq!(purpose["line"], 13);
}
