//! A history that cannot be rewritten quietly: each way of rewriting the
//! released editions of the example policy (deleting, reordering or
//! rewriting an entry, the newest included, deleting the history, an old
//! ledger without a chain) is refused by `policyc build` and by `policyc
//! build --check`, with its code, and nothing is written.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use sha2::{Digest as _, Sha256};

const FOLDER: &str = "generated/pro_it_privacy";
const HISTORY: &str = "generated/pro_it_privacy/history";
const LEDGER: &str = "generated/pro_it_privacy/history/index.json";
const HEAD: &str = "generated/pro_it_privacy/ledger-head.json";

/// A copy of the example: `policies/`, the committed `generated/` and the
/// `policyc.toml` it is built with.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        let project = Project { dir };
        project.copy_tree(Path::new("policies"));
        project.copy_tree(Path::new("generated"));
        std::fs::copy("policyc.toml", project.path("policyc.toml")).unwrap();
        project
    }

    /// A project with only the policy at its 1.0.0 edition, built once.
    fn first_edition() -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("policies")).unwrap();
        std::fs::copy(
            "tests/fixtures/history/pro-it-group-1.0.0.policy",
            dir.path().join("policies/pro-it-group.policy"),
        )
        .unwrap();
        let project = Project { dir };
        let (code, _, stderr) = project.build(&[]);
        assert_eq!(code, 0, "{stderr}");
        project
    }

    fn copy_tree(&self, relative: &Path) {
        std::fs::create_dir_all(self.path(&relative.to_string_lossy())).unwrap();
        for entry in std::fs::read_dir(relative).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                self.copy_tree(&path);
            } else {
                std::fs::copy(&path, self.path(&path.to_string_lossy())).unwrap();
            }
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap()
    }

    fn write(&self, relative: &str, text: &str) {
        std::fs::write(self.path(relative), text).unwrap();
    }

    fn ledger(&self) -> Value {
        serde_json::from_str(&self.read(LEDGER)).unwrap()
    }

    fn set_ledger(&self, ledger: &Value) {
        self.write(
            LEDGER,
            &(serde_json::to_string_pretty(ledger).unwrap() + "\n"),
        );
    }

    fn edit_policy(&self, from: &str, to: &str) {
        let relative = "policies/pro-it-group.policy";
        let text = self.read(relative);
        assert!(text.contains(from), "{from}");
        self.write(relative, &text.replacen(from, to, 1));
    }

    fn build(&self, args: &[&str]) -> (i32, String, String) {
        let output = Command::cargo_bin("policyc")
            .unwrap()
            .current_dir(self.dir.path())
            .args(["build", "--color", "never"])
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    /// Every file under `generated/`, with its bytes (a link or a special
    /// file, which a read could block on, with a marker instead).
    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![self.path("generated")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
                if kind.is_dir() {
                    stack.push(path);
                } else if kind.is_file() {
                    let bytes = std::fs::read(&path).unwrap();
                    out.push((path, bytes));
                } else {
                    out.push((path, b"(not a regular file)".to_vec()));
                }
            }
        }
        out.sort();
        out
    }

    /// Asserts that `build --check` and `build` both fail with `code` (and
    /// every fragment), and that neither writes anything. Returns the
    /// build's stderr.
    fn refused(&self, code: &str, fragments: &[&str]) -> String {
        let before = self.files();
        let mut last = String::new();
        for args in [&["--check"][..], &[]] {
            let (status, _, stderr) = self.build(args);
            assert_eq!(status, 1, "build {args:?}: {stderr}");
            assert!(
                stderr.contains(&format!("error[{code}]")),
                "build {args:?}: {stderr}"
            );
            for fragment in fragments {
                assert!(stderr.contains(fragment), "build {args:?}: {stderr}");
            }
            assert!(stderr.contains("= help: "), "build {args:?}: {stderr}");
            assert!(
                stderr.contains("nothing was written"),
                "build {args:?}: {stderr}"
            );
            assert_eq!(self.files(), before, "build {args:?} wrote something");
            last = stderr;
        }
        last
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Rewrites an entry's file and records its new sha256 in the ledger, as
/// someone covering their tracks would.
fn rewrite_entry(project: &Project, version: &str) {
    let file = format!("{HISTORY}/{version}.json");
    let text = project.read(&file);
    let edited = text.replacen(
        "Log files of the User's actions within the Service",
        "Logs",
        1,
    );
    assert_ne!(edited, text, "the example changed; update this test");
    project.write(&file, &edited);
    let mut ledger = project.ledger();
    for entry in ledger["editions"].as_array_mut().unwrap() {
        if entry["version"] == version {
            entry["sha256"] = sha256_hex(edited.as_bytes()).into();
        }
    }
    project.set_ledger(&ledger);
}

/// Removes an edition: its file and its ledger entry.
fn remove_entry(project: &Project, version: &str) {
    std::fs::remove_file(project.path(&format!("{HISTORY}/{version}.json"))).unwrap();
    let mut ledger = project.ledger();
    ledger["editions"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["version"] != version);
    project.set_ledger(&ledger);
}

// ------------------------------------------------------------------ E0505

#[test]
fn deleting_an_old_entry_breaks_the_chain() {
    let project = Project::new();
    remove_entry(&project, "1.0.0");
    project.refused(
        "E0505",
        &["breaks at 2.0.0", "pro-it-group.policy:9:3", "git checkout"],
    );
}

#[test]
fn reordering_the_ledger_breaks_the_chain() {
    let project = Project::new();
    let mut ledger = project.ledger();
    ledger["editions"].as_array_mut().unwrap().reverse();
    project.set_ledger(&ledger);
    project.refused("E0505", &["lists 1.0.0 after 2.0.0", "breaks at 2.0.0"]);
}

#[test]
fn an_old_entry_rewritten_with_its_hash_recomputed_breaks_the_chain() {
    let project = Project::new();
    rewrite_entry(&project, "1.0.0");
    project.refused(
        "E0505",
        &["breaks at 2.0.0: its `previous` is not the hash of the entry before it, 1.0.0"],
    );
}

#[test]
fn an_entry_edited_deleted_or_added_by_hand_is_e0505() {
    let project = Project::new();
    let file = format!("{HISTORY}/1.0.0.json");
    let text = project.read(&file);
    project.write(&file, &text.replacen("Log files", "Logs", 1));
    project.refused(
        "E0505",
        &["1.0.0.json` was changed after 1.0.0 was released"],
    );

    let project = Project::new();
    std::fs::remove_file(project.path(&format!("{HISTORY}/1.0.0.json"))).unwrap();
    project.refused("E0505", &["recorded in the ledger but missing"]);

    let project = Project::new();
    std::fs::copy(
        project.path(&format!("{HISTORY}/1.0.0.json")),
        project.path(&format!("{HISTORY}/1.5.0.json")),
    )
    .unwrap();
    project.refused("E0505", &["1.5.0.json` is not recorded in the ledger"]);
}

#[test]
fn an_entry_inserted_with_a_valid_link_breaks_the_next_one() {
    let project = Project::new();
    let mut ledger = project.ledger();
    let editions = ledger["editions"].as_array_mut().unwrap();
    let (first, second) = (editions[0].clone(), editions[1].clone());
    // A 1.5.0 made from 1.0.0, linked correctly to 1.0.0 (whose hash is
    // what 2.0.0 records as its `previous`).
    let text = project.read(&format!("{HISTORY}/1.0.0.json")).replacen(
        "\"version\": \"1.0.0\"",
        "\"version\": \"1.5.0\"",
        1,
    );
    project.write(&format!("{HISTORY}/1.5.0.json"), &text);
    let mut inserted = first.clone();
    inserted["version"] = "1.5.0".into();
    inserted["sha256"] = sha256_hex(text.as_bytes()).into();
    inserted["previous"] = second["previous"].clone();
    editions.insert(1, inserted);
    project.set_ledger(&ledger);
    project.refused(
        "E0505",
        &["breaks at 2.0.0: its `previous` is not the hash of the entry before it, 1.5.0"],
    );
}

#[test]
fn stripping_the_chain_next_to_a_recorded_head_is_e0505() {
    let project = Project::new();
    let mut ledger = project.ledger();
    for entry in ledger["editions"].as_array_mut().unwrap() {
        entry.as_object_mut().unwrap().remove("previous");
    }
    project.set_ledger(&ledger);
    project.refused(
        "E0505",
        &["has no hash chain, but `ledger-head.json` records one"],
    );
    // --upgrade-ledger is not a way around it.
    let (status, _, stderr) = project.build(&["--upgrade-ledger"]);
    assert_eq!(status, 1);
    assert!(stderr.contains("error[E0505]"), "{stderr}");
}

// ------------------------------------------------------------------ E0506

#[test]
fn dropping_the_newest_entry_is_e0506() {
    let project = Project::new();
    remove_entry(&project, "2.0.0");
    project.refused(
        "E0506",
        &["released edition 2.0.0, the head recorded in `generated/pro_it_privacy/ledger-head.json`, is missing from the ledger"],
    );
    // The point of dropping it: releasing 2.0.0 again with other content.
    project.edit_policy(
        "retain activity_log for 1 year",
        "retain activity_log for 2 years",
    );
    project.refused("E0506", &[]);
}

#[test]
fn the_newest_entry_rewritten_with_its_hash_recomputed_is_e0506() {
    let project = Project::new();
    rewrite_entry(&project, "2.0.0");
    project.refused(
        "E0506",
        &["the ledger up to 2.0.0 no longer hashes to the head recorded"],
    );
}

#[test]
fn editions_added_after_the_recorded_head_are_e0506() {
    let project = Project::new();
    let old_head = project.read(HEAD);
    project.edit_policy("version       2.0.0", "version       2.0.1");
    project.edit_policy("\"Log files of", "\"Records of");
    let (status, _, stderr) = project.build(&[]);
    assert_eq!(status, 0, "{stderr}");
    assert_ne!(project.read(HEAD), old_head, "a release moves the head");
    project.write(HEAD, &old_head);
    project.refused(
        "E0506",
        &["the ledger has editions after 2.0.0, the head recorded in `generated/pro_it_privacy/ledger-head.json`: 2.0.1 was added outside the build"],
    );
}

#[test]
fn a_missing_or_broken_head_file_is_e0506() {
    let project = Project::new();
    std::fs::remove_file(project.path(HEAD)).unwrap();
    project.refused("E0506", &["its recorded head", "is missing"]);

    let project = Project::new();
    project.write(HEAD, "{\"policy\": \"pro_it_privacy\"}\n");
    project.refused("E0506", &["is not a ledger head"]);

    let project = Project::new();
    project.write(HEAD, &project.read(HEAD).replace("pro_it_privacy", "other"));
    project.refused("E0506", &["it records the policy `other`"]);

    let project = Project::new();
    let head: Value = serde_json::from_str(&project.read(HEAD)).unwrap();
    let digest = head["head"].as_str().unwrap();
    project.write(HEAD, &project.read(HEAD).replace(digest, &"0".repeat(64)));
    project.refused("E0506", &["no longer hashes to the head recorded"]);
}

/// A FIFO would block a read forever, and a link could point anywhere:
/// the history's files are read only when they are regular files.
#[cfg(unix)]
#[test]
fn special_files_in_the_history_are_refused_without_hanging() {
    let fifo = |project: &Project, relative: &str| {
        std::fs::remove_file(project.path(relative)).unwrap();
        let status = std::process::Command::new("mkfifo")
            .arg(project.path(relative))
            .status()
            .unwrap();
        assert!(status.success());
    };
    // The inspection of the output tree refuses them before the history
    // is read (E0702, E0701).
    let project = Project::new();
    fifo(&project, HEAD);
    project.refused("E0702", &["is a named pipe (FIFO)"]);

    let project = Project::new();
    fifo(&project, LEDGER);
    project.refused("E0702", &["is a named pipe (FIFO)"]);

    let project = Project::new();
    fifo(&project, &format!("{HISTORY}/1.0.0.json"));
    project.refused("E0702", &["is a named pipe (FIFO)"]);

    let project = Project::new();
    std::fs::remove_file(project.path(HEAD)).unwrap();
    std::os::unix::fs::symlink(std::fs::canonicalize(HEAD).unwrap(), project.path(HEAD)).unwrap();
    project.refused("E0701", &["is a symbolic link"]);
}

#[test]
fn amend_moves_the_head_with_the_latest_edition() {
    let project = Project::new();
    project.edit_policy("version       2.0.0", "version       2.0.1");
    project.edit_policy("\"Log files of", "\"Records of");
    assert_eq!(project.build(&[]).0, 0);
    let released = project.read(HEAD);
    project.edit_policy("\"Records of", "\"Journals of");
    let (status, _, stderr) = project.build(&["--amend"]);
    assert_eq!(status, 0, "{stderr}");
    let amended = project.read(HEAD);
    assert_ne!(amended, released);
    assert!(amended.contains("\"latest\": \"2.0.1\""), "{amended}");
    let (status, _, stderr) = project.build(&["--check"]);
    assert_eq!(status, 0, "{stderr}");
}

// ------------------------------------------------------------------ E0507

#[test]
fn deleting_the_history_is_e0507() {
    let project = Project::new();
    std::fs::remove_dir_all(project.path(HISTORY)).unwrap();
    project.refused(
        "E0507",
        &["the history of `pro_it_privacy` is missing, but `generated/pro_it_privacy/ledger-head.json` records 2 released editions, 1.0.0 to 2.0.0"],
    );
    // The head deleted too: the other outputs still show a release.
    std::fs::remove_file(project.path(HEAD)).unwrap();
    for output in ["rules.json", "policy.md", "CHANGELOG.md"] {
        project.refused(
            "E0507",
            &[&format!(
                "`generated/pro_it_privacy/{output}` shows that it was built before"
            )],
        );
        std::fs::remove_file(project.path(&format!("{FOLDER}/{output}"))).unwrap();
    }
}

#[test]
fn a_missing_history_of_the_only_edition_is_made_again_only_unchanged() {
    let project = Project::first_edition();
    let built = project.files();
    std::fs::remove_dir_all(project.path(HISTORY)).unwrap();
    let (status, _, stderr) = project.build(&[]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(project.files(), built, "the same history, byte for byte");

    // Changed before it was made again: another first edition.
    std::fs::remove_dir_all(project.path(HISTORY)).unwrap();
    project.edit_policy("\"Log files of", "\"Records of");
    project.refused("E0507", &["records 1 released edition, 1.0.0"]);
}

#[test]
fn a_policy_never_built_starts_its_history() {
    let project = Project::new();
    std::fs::remove_dir_all(project.path(FOLDER)).unwrap();
    let (status, _, stderr) = project.build(&[]);
    assert_eq!(status, 0, "{stderr}");
    let head: Value = serde_json::from_str(&project.read(HEAD)).unwrap();
    assert_eq!(head["editions"], 1);
    assert_eq!(head["first"], "2.0.0");
}

// ------------------------------------------------------------------ E0508

/// The example's ledger as an older policyc wrote it: no `previous`, no
/// head file.
fn unchained(project: &Project) {
    let mut ledger = project.ledger();
    for entry in ledger["editions"].as_array_mut().unwrap() {
        entry.as_object_mut().unwrap().remove("previous");
    }
    project.set_ledger(&ledger);
    std::fs::remove_file(project.path(HEAD)).unwrap();
}

#[test]
fn an_old_ledger_is_e0508_until_upgraded_explicitly() {
    let project = Project::new();
    unchained(&project);
    project.refused("E0508", &["policyc build --upgrade-ledger"]);
    let (status, stdout, stderr) = project.build(&["--upgrade-ledger"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("2 changed"), "{stdout}");
    // The upgrade gives exactly the committed, chained example.
    assert_eq!(
        project.read(LEDGER),
        std::fs::read_to_string(LEDGER).unwrap()
    );
    assert_eq!(project.read(HEAD), std::fs::read_to_string(HEAD).unwrap());
    let (status, _, stderr) = project.build(&["--check"]);
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn the_upgrade_vouches_only_for_files_that_match_the_old_ledger() {
    let project = Project::new();
    unchained(&project);
    let file = format!("{HISTORY}/1.0.0.json");
    let text = project.read(&file);
    project.write(&file, &text.replacen("Log files", "Logs", 1));
    let before = project.files();
    let (status, _, stderr) = project.build(&["--upgrade-ledger"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("error[E0505]") && stderr.contains("was changed after 1.0.0"),
        "{stderr}"
    );
    assert_eq!(project.files(), before);
}

#[test]
fn the_upgrade_does_nothing_to_a_chained_ledger() {
    let project = Project::new();
    let before = project.files();
    let (status, stdout, stderr) = project.build(&["--upgrade-ledger"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("0 changed"), "{stdout}");
    assert_eq!(project.files(), before);
}

#[test]
fn upgrade_ledger_and_amend_exclude_each_other() {
    let project = Project::new();
    let (status, _, stderr) = project.build(&["--upgrade-ledger", "--amend"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("cannot be used with"), "{stderr}");
}

// ------------------------------------------------------------------ the head

/// The head as README and `ledger_head` define it, computed here from the
/// ledger without the crate: SHA-256 over the documented lines, chained.
#[test]
fn the_head_is_the_documented_chain_of_the_ledger() {
    let ledger: Value = serde_json::from_str(&std::fs::read_to_string(LEDGER).unwrap()).unwrap();
    let head: Value = serde_json::from_str(&std::fs::read_to_string(HEAD).unwrap()).unwrap();
    let mut previous = "0".repeat(64);
    for entry in ledger["editions"].as_array().unwrap() {
        assert_eq!(entry["previous"], previous.as_str());
        let text = format!(
            "policyc ledger entry v1\npolicy pro_it_privacy\nversion {}\neffective {}\nsha256 {}\nprevious {previous}\n",
            entry["version"].as_str().unwrap(),
            entry["effective"].as_str().unwrap(),
            entry["sha256"].as_str().unwrap(),
        );
        previous = sha256_hex(text.as_bytes());
    }
    assert_eq!(head["head"], previous.as_str());
    assert_eq!(head["editions"], 2);
    assert_eq!(head["first"], "1.0.0");
    assert_eq!(head["latest"], "2.0.0");

    // The library's function, the one to sign, gives the same digest.
    let entries: Vec<policyc::diff::history::IndexEntry> =
        serde_json::from_value(ledger["editions"].clone()).unwrap();
    let digest =
        policyc::diff::ledger::ledger_head("pro_it_privacy", entries.iter().map(|e| e.link()))
            .unwrap();
    assert_eq!(policyc::diff::ledger::hex(&digest), previous);
}

#[test]
fn history_diagnostics_reach_every_format() {
    let project = Project::new();
    remove_entry(&project, "2.0.0");
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(project.path(""))
        .args(["build", "--check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(diagnostic["code"], "E0506");
    assert_eq!(diagnostic["file"], "policies/pro-it-group.policy");
    assert_eq!(diagnostic["line"], 9);
    assert!(
        diagnostic["help"]
            .as_str()
            .unwrap()
            .contains("git checkout")
    );
}

// ------------------------------------------------------------------ docs

/// The first `error[…]` line of a code's explanation.
fn documented_error(code: &str) -> String {
    let text = std::fs::read_to_string(format!("docs/codes/{code}.md")).unwrap();
    text.lines()
        .find(|l| l.starts_with(&format!("error[{code}]")))
        .unwrap_or_else(|| panic!("docs/codes/{code}.md shows no error line"))
        .to_owned()
}

/// Each explanation's console example is what the build prints for the
/// scenario it describes.
#[test]
fn the_explanations_show_what_the_build_says() {
    let project = Project::new();
    remove_entry(&project, "1.0.0");
    let stderr = project.refused("E0505", &[]);
    assert!(stderr.contains(&documented_error("E0505")), "{stderr}");

    let project = Project::new();
    remove_entry(&project, "2.0.0");
    let stderr = project.refused("E0506", &[]);
    assert!(stderr.contains(&documented_error("E0506")), "{stderr}");

    let project = Project::new();
    std::fs::remove_dir_all(project.path(HISTORY)).unwrap();
    let stderr = project.refused("E0507", &[]);
    assert!(stderr.contains(&documented_error("E0507")), "{stderr}");

    let project = Project::new();
    unchained(&project);
    let stderr = project.refused("E0508", &[]);
    assert!(stderr.contains(&documented_error("E0508")), "{stderr}");
}

// ------------------------------------------------------------------ since

/// The rule table says which edition introduced each purpose and
/// recipient, from the released editions: a consent given under an earlier
/// edition is not a consent to a purpose that came after it.
#[test]
fn the_table_says_which_edition_introduced_each_purpose() {
    let project = Project::first_edition();
    let rules =
        || policy_runtime::Rules::from_path(project.path(FOLDER).join("rules.json")).unwrap();
    let since = |rules: &policy_runtime::Rules, id: &str| {
        let table = rules.table();
        table
            .purposes
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.since.clone())
    };
    // A policy with no earlier edition introduces everything in its own.
    assert_eq!(since(&rules(), "quality").as_deref(), Some("1.0.0"));
    project.edit_policy("version       1.0.0", "version       2.0.0");
    project.edit_policy("effective     2026-06-01", "effective     2026-12-01");
    project.edit_policy(
        "// 3.2.5\n",
        "purpose newsletter \"Sending the User news of the Service\" {\n  uses  account\n  basis consent\n}\n\n// 3.2.5\n",
    );
    let (code, _, stderr) = project.build(&[]);
    assert_eq!(code, 0, "{stderr}");
    let rules = rules();
    assert_eq!(since(&rules, "newsletter").as_deref(), Some("2.0.0"));
    assert_eq!(since(&rules, "quality").as_deref(), Some("1.0.0"));
    let consented: policy_runtime::Facts = ["consent:newsletter"].into_iter().collect();
    let under_first =
        rules.decide_use_consented_under("account", "newsletter", &consented, "1.0.0");
    assert!(!under_first.allowed);
    assert_eq!(under_first.code.as_str(), "consent_predates_purpose");
    let under_second =
        rules.decide_use_consented_under("account", "newsletter", &consented, "2.0.0");
    assert!(under_second.allowed, "{under_second:?}");
    // `build --check` makes the same table from the same history.
    let (code, _, stderr) = project.build(&["--check"]);
    assert_eq!(code, 0, "{stderr}");
}
