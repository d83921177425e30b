//! Deadline expectations in `test` blocks (`deadline contact after
//! collection 2026-01-10, last_use 2026-03-01 is 2029-03-01`): `policyc
//! test` asks the runtime's deadline of the rule table built from the
//! policy, prints a failure like an allow/deny one, counts it in the
//! summary, and `policyc check` refuses an expectation naming what the
//! policy does not declare (E0443) or dates the runtime cannot count from
//! (E0456). Run on a copy of the Harbor Lane example, which declares a
//! cap (`whichever comes first`), periods from events, a per-purpose
//! retention with backups, an event in its own words and criteria.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Harbor Lane example with `tests` appended, in a temporary
/// directory with its translation.
fn harbor_lane(dir: &Path, tests: &str) -> PathBuf {
    let examples = root().join("policies/examples");
    let mut text = std::fs::read_to_string(examples.join("harbor-lane-shop.policy")).unwrap();
    text.push('\n');
    text.push_str(tests);
    let path = dir.join("harbor-lane-shop.policy");
    std::fs::write(&path, text).unwrap();
    std::fs::copy(
        examples.join("harbor-lane-shop.es.ftl"),
        dir.join("harbor-lane-shop.es.ftl"),
    )
    .unwrap();
    path
}

/// Runs `policyc COMMAND PATH`: (exit status, stdout, stderr).
fn run(command: &str, path: &Path) -> (Option<i32>, String, String) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .env_remove("NO_COLOR")
        .args([command, "--color", "never"])
        .arg(path)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `policyc test` on Harbor Lane with one more test block of `lines`.
fn test_with(lines: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = harbor_lane(dir.path(), &format!("test \"deadlines\" {{\n{lines}}}\n"));
    let (status, stdout, stderr) = run("test", &path);
    (status, format!("{stdout}{stderr}"))
}

/// How many expectations the summary line counts.
fn counted(output: &str) -> usize {
    let line = output
        .lines()
        .find(|l| l.contains(" expectation"))
        .unwrap_or_else(|| panic!("no summary: {output}"));
    let before = line.split(" expectation").next().unwrap();
    before.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn every_kind_of_answer_holds_and_is_counted() {
    let (status, base) = test_with("");
    assert_eq!(status, Some(0), "{base}");
    let lines = "\
  deadline contact after collection 2026-01-10, last_use 2026-03-01 is 2029-03-01
  deadline contact after last_use 2027-01-10, account_closure 2028-06-01 is 2028-06-01
  deadline contact is pending account_closure
  deadline orders for bookkeeping after collection 2026-01-10 is 2033-01-10 backups 2033-02-09
  deadline reviews is pending \"you delete the review or close your account\"
  deadline reviews after \"you delete the review or close your account\" 2026-05-02 is 2026-05-02
  deadline support is criteria
";
    let (status, output) = test_with(lines);
    assert_eq!(status, Some(0), "{output}");
    assert!(output.contains("all hold"), "{output}");
    assert_eq!(counted(&output), counted(&base) + 7, "{output}");
}

#[test]
fn a_wrong_date_prints_expected_actual_and_the_period_that_decided() {
    let (status, output) = test_with(
        "  deadline contact after collection 2026-01-10, last_use 2026-03-01 is 2029-03-02\n",
    );
    assert_eq!(status, Some(1), "{output}");
    assert!(output.contains("error[E0601]"), "{output}");
    assert!(
        output.contains(
            "test \"deadlines\": the deadline of `contact` after collection on 2026-01-10 and the last use on 2026-03-01 should be: erase on 2029-03-02; it is: erase on 2029-03-01"
        ),
        "{output}"
    );
    assert!(
        output.contains("decided by: 3 years from the last use (kept: until the closure of the account, or 3 years from the last use, whichever comes first)"),
        "{output}"
    );
    assert!(output.contains(": 1 failed"), "{output}");
}

#[test]
fn a_deadline_that_waits_on_an_event_is_pending_not_a_date() {
    let (status, output) =
        test_with("  deadline credentials after collection 2026-01-10 is 2027-01-10\n");
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains(
            "should be: erase on 2027-01-10; it is: no date until the closure of the account"
        ),
        "{output}"
    );
    assert!(
        output.contains("decided by: until the closure of the account"),
        "{output}"
    );
}

#[test]
fn criteria_are_never_a_date() {
    // Harbor Lane caps its criteria from collection: without a collection
    // date, the criteria alone decide.
    let (status, output) = test_with("  deadline support is 2027-01-10\n");
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains(
            "it is: no date: kept for a period determined by the criteria: as long as your question"
        ),
        "{output}"
    );
    assert!(
        output.contains("decided by the retention's criteria"),
        "{output}"
    );
}

#[test]
fn the_use_for_a_purpose_has_its_own_retention_and_backups() {
    // The category's own: 3 years from collection; for bookkeeping, 7.
    let (status, output) = test_with(
        "  deadline orders after collection 2026-01-10 is 2029-01-10\n  deadline orders for bookkeeping after collection 2026-01-10 is 2029-01-10\n",
    );
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains("the deadline of `orders` used for `bookkeeping` after collection on 2026-01-10 should be: erase on 2029-01-10; it is: erase on 2033-01-10"),
        "{output}"
    );
    assert!(output.contains(": 1 failed"), "{output}");
    let (status, output) = test_with(
        "  deadline orders for bookkeeping after collection 2026-01-10 is 2033-01-10 backups 2033-02-10\n",
    );
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains("the copies in backups of the deadline of `orders` used for `bookkeeping` after collection on 2026-01-10 should be gone: erase on 2033-02-10; they are: erase on 2033-02-09"),
        "{output}"
    );
    assert!(
        output.contains("backups (30 days after): erase on 2033-02-09"),
        "{output}"
    );
    let (status, output) = test_with(
        "  deadline orders after collection 2026-01-10 is 2029-01-10 backups 2029-02-09\n",
    );
    assert_eq!(status, Some(1), "{output}");
    assert!(
        output.contains("they are: the policy states no backups period"),
        "{output}"
    );
}

#[test]
fn an_unknown_data_category_purpose_or_event_is_e0443_with_the_closest_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = harbor_lane(
        dir.path(),
        "test \"deadlines\" {
  deadline contcat after last_use 2026-03-01 is 2029-03-01
  deadline orders for bookeeping after collection 2026-01-10 is 2033-01-10
  deadline contact after last_usage 2026-03-01 is 2029-03-01
  deadline reviews is pending \"you delete the reviews or close your account\"
}
",
    );
    let (status, _, stderr) = run("check", &path);
    assert_eq!(status, Some(1), "{stderr}");
    assert_eq!(stderr.matches("error[E0443]").count(), 4, "{stderr}");
    assert!(
        stderr.contains(
            "the test asks for the deadline of the data category `contcat`, which is not declared"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `contact`?"), "{stderr}");
    assert!(stderr.contains("did you mean `bookkeeping`?"), "{stderr}");
    assert!(
        stderr.contains("the test names the event `last_usage`, which no retention of the policy counts from or waits on"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `last_use`?"), "{stderr}");
    assert!(
        stderr.contains("did you mean \"you delete the review or close your account\"?"),
        "{stderr}"
    );
    // No test runs on a policy that does not check.
    let (status, _, stderr) = run("test", &path);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stderr.contains("no test was run"), "{stderr}");
}

#[test]
fn dates_the_runtime_cannot_count_from_are_e0456() {
    let dir = tempfile::tempdir().unwrap();
    let path = harbor_lane(
        dir.path(),
        "test \"deadlines\" {
  deadline contact after collection 2026-03-01, last_use 2026-01-10 is 2029-01-10
  deadline orders after collection 2026-01-10, collection 2026-01-11 is 2029-01-10
  deadline orders after collection 9998-01-10 is 9999-12-31
}
",
    );
    let (status, _, stderr) = run("check", &path);
    assert_eq!(status, Some(1), "{stderr}");
    assert_eq!(stderr.matches("error[E0456]").count(), 3, "{stderr}");
    assert!(
        stderr
            .contains("the data is last used on 2026-01-10, before it is collected on 2026-03-01"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the event `collection` is given twice"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 years from collection on 9998-01-10 ends past 9999-12-31, the last day the runtime can date"),
        "{stderr}"
    );
}

#[test]
fn an_answer_that_is_not_a_date_is_one_of_the_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    let path = harbor_lane(
        dir.path(),
        "test \"deadlines\" {\n  deadline contact is someday\n  deadline contact is pending\n}\n",
    );
    let (status, _, stderr) = run("check", &path);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(
        stderr.contains("unknown deadline answer `someday`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`pending`, `criteria`, `as_required_by_law`, `unstated`"),
        "{stderr}"
    );
    assert!(stderr.contains("`pending` names no event"), "{stderr}");
}

#[test]
fn fmt_keeps_deadline_lines_in_order_with_one_space_after_the_keyword() {
    let dir = tempfile::tempdir().unwrap();
    let path = harbor_lane(
        dir.path(),
        "test \"deadlines\" {
  deny   children
  deadline    contact   after collection 2026-01-10,last_use 2026-03-01 is 2029-03-01
  allow children given age_verified
}
",
    );
    let (status, _, stderr) = run("fmt", &path);
    assert_eq!(status, Some(0), "{stderr}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.ends_with(
            "test \"deadlines\" {
  deny  children
  deadline contact after collection 2026-01-10, last_use 2026-03-01 is 2029-03-01
  allow children given age_verified
}
"
        ),
        "{text}"
    );
}

/// The README's section on `policyc test`.
fn readme_section() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let from = readme.find("### `policyc test`").unwrap();
    let to = from + readme[from..].find("\n### `policyc query`").unwrap();
    readme[from..to].to_owned()
}

/// `text` with the line numbers of the source dropped: in a location
/// (`file.policy:360:3`) and in the gutter (`360 │`).
fn without_line_numbers(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = match line.find(".policy:") {
                Some(at) => &line[..at + ".policy:".len()],
                None => line,
            };
            let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && line[digits..].starts_with(" │") {
                format!("{}{}", " ".repeat(digits), &line[digits..])
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_readme_s_section_holds() {
    let section = readme_section();
    // Its example is Harbor Lane's test block, which holds.
    let block = section
        .split("```policy\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let policy =
        std::fs::read_to_string(root().join("policies/examples/harbor-lane-shop.policy")).unwrap();
    for line in block.lines() {
        assert!(policy.contains(line), "{line}");
    }
    // Its failure is what `policyc test` prints for the example with the
    // first deadline one day later.
    let console = section
        .split("```console\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let examples = dir.path().join("policies/examples");
    std::fs::create_dir_all(&examples).unwrap();
    let wrong = policy.replacen(
        "last_use 2026-03-01 is 2029-03-01",
        "last_use 2026-03-01 is 2029-03-02",
        1,
    );
    std::fs::write(examples.join("harbor-lane-shop.policy"), wrong).unwrap();
    std::fs::copy(
        root().join("policies/examples/harbor-lane-shop.es.ftl"),
        examples.join("harbor-lane-shop.es.ftl"),
    )
    .unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "test",
            "--color",
            "never",
            "policies/examples/harbor-lane-shop.policy",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    // The example's line numbers move as the example grows; the README's
    // output is compared without them.
    let stderr = without_line_numbers(&stderr);
    for line in without_line_numbers(console).lines() {
        assert!(stderr.contains(line), "{line}\n{stderr}");
    }
    // The codes it names exist.
    for code in ["E0443", "E0456", "E0601"] {
        assert!(section.contains(code), "{code}");
        assert!(
            root().join(format!("docs/codes/{code}.md")).exists(),
            "{code}"
        );
    }
}

#[test]
fn the_runner_answers_as_policyc_query_does() {
    // The date Harbor Lane's test pins is the one a service's query gets.
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(root())
        .args([
            "query",
            "--format",
            "human",
            "policies/examples/harbor-lane-shop.policy",
            "deadline",
            "contact",
            "--event",
            "collection=2026-01-10",
            "--event",
            "last_use=2026-03-01",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.starts_with("erase on 2029-03-01, decided by: 3 years from the last use"),
        "{stdout}"
    );
    let policy =
        std::fs::read_to_string(root().join("policies/examples/harbor-lane-shop.policy")).unwrap();
    assert!(policy.contains(
        "deadline contact after collection 2026-01-10, last_use 2026-03-01 is 2029-03-01"
    ));
}

#[test]
fn a_test_block_of_deadlines_only_has_no_conformance_vectors() {
    let policy =
        std::fs::read_to_string(root().join("policies/examples/harbor-lane-shop.policy")).unwrap();
    let name = "information is erased when its retention ends";
    assert!(policy.contains(&format!("test \"{name}\"")));
    let vectors =
        std::fs::read_to_string(root().join("generated/harbor_lane_privacy/conformance.json"))
            .unwrap();
    assert!(!vectors.contains(name), "{name}");
    // The other test blocks are there.
    assert!(vectors.contains("cookies and pixels"));
}
