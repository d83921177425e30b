//! The committed conformance vectors (`generated/<id>/conformance.json`)
//! hold for `policy-runtime` loading the committed `rules.json`, and match
//! their JSON schema (`tests/schemas/conformance.schema.json`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use policy_runtime::{AutomatedCode, ChildCode, DecisionCode, Rules, TrackerCode};
use policyc::targets::conformance::{self, Code, Vector, Vectors};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each policy folder of `generated/` with its vectors.
fn committed() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("generated"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|dir| dir.join(conformance::FILE).is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no conformance.json in generated/");
    dirs
}

fn schema() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(root().join("tests/schemas/conformance.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft202012::new(&schema).unwrap()
}

#[test]
fn the_runtime_decides_every_committed_vector_as_recorded() {
    for dir in committed() {
        let rules = Rules::from_path(dir.join("rules.json")).unwrap();
        let text = std::fs::read_to_string(dir.join(conformance::FILE)).unwrap();
        let vectors: Vectors = serde_json::from_str(&text).unwrap();
        assert_eq!(vectors.schema, conformance::SCHEMA_ID);
        assert_eq!(vectors.digest, rules.digest());
        assert_eq!(vectors.policy, rules.policy());
        assert!(vectors.decisions.len() <= conformance::MAX_DECISIONS);
        for vector in &vectors.decisions {
            let decided = Vector::decided(&rules, vector.query.clone());
            assert_eq!(&decided, vector, "{}", dir.display());
        }
        let mut expectations = 0;
        for test in &vectors.tests {
            for expected in &test.expectations {
                let decision = expected.query.decide(&rules);
                assert_eq!(decision.allowed, expected.allowed, "{}", test.name);
                expectations += 1;
            }
        }
        assert!(expectations > 0, "{}: no test block", dir.display());
    }
}

#[test]
fn the_committed_vectors_cover_every_code_the_engines_decide() {
    let mut codes = std::collections::BTreeSet::new();
    for dir in committed() {
        let text = std::fs::read_to_string(dir.join(conformance::FILE)).unwrap();
        let vectors: Vectors = serde_json::from_str(&text).unwrap();
        codes.extend(vectors.decisions.iter().map(|v| v.code));
    }
    // The example policy states every basis it uses, and asks no consent.
    // It is a GDPR policy: no sale, sharing or sensitive information of US
    // state law (their codes: the synthetic policy, tests/us_runtime.rs).
    let example = conformance::DECIDED.into_iter().filter(|c| {
        !matches!(
            c,
            DecisionCode::AllowedBasisUnstated
                | DecisionCode::AllowedGroundUnstated
                | DecisionCode::ConsentMissing
                | DecisionCode::OptedOutOfSale
                | DecisionCode::OptedOutOfSharing
                | DecisionCode::LimitedSensitive
        )
    });
    for code in example {
        assert!(
            codes.contains(&Code::Decision(code)),
            "no vector decides {code}: {codes:?}"
        );
    }
    // The other questions: every example asks the child question and about
    // a name that is no tracker and no automated decision; the US example
    // has a marketing tracker that GPC stops.
    for code in [
        Code::Tracker(TrackerCode::Allowed),
        Code::Tracker(TrackerCode::StrictlyNecessary),
        Code::Tracker(TrackerCode::UnknownTracker),
        Code::Tracker(TrackerCode::ConsentMissing),
        Code::Tracker(TrackerCode::OptedOutOfSharing),
        Code::Child(ChildCode::NotAChild),
        Code::Child(ChildCode::AgeVerified),
        Code::Child(ChildCode::NoStance),
        Code::Automated(AutomatedCode::UnknownDecision),
    ] {
        assert!(codes.contains(&code), "no vector decides {code}: {codes:?}");
    }
}

#[test]
fn the_committed_vectors_match_their_schema() {
    let validator = schema();
    for dir in committed() {
        let text = std::fs::read_to_string(dir.join(conformance::FILE)).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", dir.display());
        let mut wrong = value.clone();
        wrong["decisions"][0]["code"] = serde_json::json!("permitted");
        assert!(!validator.is_valid(&wrong));
        let mut wrong = value.clone();
        wrong["decisions"][0]["query"]["kind"] = serde_json::json!("share");
        assert!(!validator.is_valid(&wrong));
        // a code of another question's type
        let tracker = value["decisions"]
            .as_array()
            .unwrap()
            .iter()
            .position(|v| v["query"]["kind"] == "tracker")
            .unwrap();
        let mut wrong = value;
        wrong["decisions"][tracker]["code"] = serde_json::json!("not_declared");
        assert!(!validator.is_valid(&wrong));
    }
}

#[test]
fn the_schema_lists_the_runtime_codes() {
    let text =
        std::fs::read_to_string(root().join("tests/schemas/conformance.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let listed: Vec<&str> = schema["$defs"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let codes: Vec<&str> = DecisionCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, codes);
    for (def, kind) in [
        ("tracker_code", "tracker"),
        ("child_code", "child"),
        ("automated_code", "decision"),
    ] {
        let listed: Vec<&str> = schema["$defs"][def]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let codes: Vec<&str> = Code::all_of(kind).iter().map(|c| c.as_str()).collect();
        assert_eq!(listed, codes, "{def}");
    }
    assert_eq!(
        schema["properties"]["schema"]["const"],
        conformance::SCHEMA_ID
    );
}

#[test]
fn a_large_policy_keeps_a_bounded_sample() {
    let checked = policyc::check_source(&policyc::synth::policy(1000));
    let table = policyc::rules::table(checked.policy.as_ref().unwrap());
    let sample = conformance::sample(&table);
    assert_eq!(sample.len(), conformance::MAX_DECISIONS);
    assert_eq!(sample, conformance::sample(&table));
    let mut written = Vec::new();
    conformance::write(&table, &[], &mut written).unwrap();
    let vectors: Vectors = serde_json::from_slice(&written).unwrap();
    assert_eq!(vectors.decisions.len(), conformance::MAX_DECISIONS);
    assert!(vectors.tests.is_empty());
}

/// The README's example vector is one of the committed vectors.
#[test]
fn the_readmes_vector_is_committed() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("### Conformance vectors")
        .nth(1)
        .expect("the README's section");
    let line = section
        .lines()
        .find(|l| l.starts_with("{\"query\""))
        .expect("an example vector");
    let example: Vector = serde_json::from_str(line).unwrap();
    let text = std::fs::read_to_string(
        root()
            .join("generated/pro_it_privacy")
            .join(conformance::FILE),
    )
    .unwrap();
    let vectors: Vectors = serde_json::from_str(&text).unwrap();
    assert!(vectors.decisions.contains(&example), "{line}");
    assert!(section.contains(&format!(
        "at most {},{:03})",
        conformance::MAX_DECISIONS / 1000,
        conformance::MAX_DECISIONS % 1000
    )));
}

/// A copy of the repository's policies, outputs and `policyc.toml`.
fn project() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    for sub in ["policies", "generated"] {
        copy(&root().join(sub), &dir.path().join(sub));
    }
    std::fs::copy(root().join("policyc.toml"), dir.path().join("policyc.toml")).unwrap();
    dir
}

fn policyc(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

/// `--target` overrides `[build] targets`; a target `policyc.toml` names
/// that does not exist is refused with the closest one.
#[test]
fn targets_come_from_the_flag_or_the_configuration() {
    let dir = project();
    let (status, text) = policyc(dir.path(), &["build", "--check"]);
    assert_eq!(status, 0, "{text}");
    let (status, text) = policyc(dir.path(), &["build", "--check", "--target", "opa"]);
    assert_eq!(status, 1, "{text}");
    assert!(
        text.contains("extra:   generated/pro_it_privacy/cedar/policies.cedar"),
        "{text}"
    );
    assert!(!text.contains("bundle.tar.gz"), "{text}");
    let (status, text) = policyc(dir.path(), &["build", "--target", "cedar"]);
    assert_eq!(status, 0, "{text}");
    assert!(!dir.path().join("generated/pro_it_privacy/opa").exists());
    assert!(
        dir.path()
            .join("generated/pro_it_privacy/conformance.json")
            .is_file()
    );
    std::fs::write(
        dir.path().join("policyc.toml"),
        "[build]\ntargets = [\"cedr\"]\n",
    )
    .unwrap();
    let (status, text) = policyc(dir.path(), &["build", "--check"]);
    assert_eq!(status, 2, "{text}");
    assert!(
        text.contains("`[build] targets`: `cedr` is not a build target; did you mean `cedar`?"),
        "{text}"
    );
}
