//! Signed rule tables from the command line: `policyc keygen`, `policyc
//! build --sign` (and `[build] sign` in `policyc.toml`), `policyc query
//! --trusted-key`, and the diagnostics E0801–E0803 as their explanations
//! show them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use policy_runtime::{LoadError, Rules, TrustedKey};
use policyc::codes::Code;

/// A temporary project with the example policy in `policies/`.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("policies")).unwrap();
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy");
        fs::copy(&example, dir.path().join("policies/pro-it-group.policy")).unwrap();
        // Its German translation, which `languages en, de` asks for.
        fs::copy(
            example.with_extension("de.ftl"),
            dir.path().join("policies/pro-it-group.de.ftl"),
        )
        .unwrap();
        Project { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Runs policyc in the project; returns status, stdout, stderr.
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let output = Command::cargo_bin("policyc")
            .unwrap()
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    fn keygen(&self, base: &str) {
        let (status, _, stderr) = self.run(&["keygen", base]);
        assert_eq!(status, 0, "{stderr}");
    }

    fn trusted(&self, public: &str) -> TrustedKey {
        TrustedKey::from_base64(&fs::read_to_string(self.path(public)).unwrap()).unwrap()
    }

    fn read(&self, relative: &str) -> Vec<u8> {
        fs::read(self.path(relative)).unwrap()
    }
}

const RULES: &str = "generated/pro_it_privacy/rules.json";
const SIGNATURE: &str = "generated/pro_it_privacy/rules.json.sig";

#[test]
fn keygen_writes_a_private_key_for_its_owner_only_and_never_overwrites() {
    let p = Project::new();
    let (status, stdout, stderr) = p.run(&["keygen", "keys/release"]);
    assert_eq!(status, 0, "{stderr}");
    let private = fs::read_to_string(p.path("keys/release.key")).unwrap();
    assert!(
        private.starts_with("-----BEGIN PRIVATE KEY-----\n"),
        "{private}"
    );
    let key = p.trusted("keys/release.pub");
    assert!(stdout.contains(&format!("key id {}", key.id())), "{stdout}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(p.path("keys/release.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }

    // A second run refuses and leaves both files as they were.
    let public = p.read("keys/release.pub");
    let (status, _, stderr) = p.run(&["keygen", "keys/release"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(
        fs::read_to_string(p.path("keys/release.key")).unwrap(),
        private
    );
    assert_eq!(p.read("keys/release.pub"), public);

    // Neither file is written when only the public one is in the way.
    fs::write(p.path("keys/other.pub"), "mine").unwrap();
    let (status, _, _) = p.run(&["keygen", "keys/other"]);
    assert_eq!(status, 2);
    assert!(!p.path("keys/other.key").exists());
    assert_eq!(p.read("keys/other.pub"), b"mine");
}

#[test]
fn build_sign_writes_a_signature_services_verify() {
    let p = Project::new();
    p.keygen("keys/release");
    let (status, _, stderr) = p.run(&["build", "--sign", "keys/release.key"]);
    assert_eq!(status, 0, "{stderr}");
    let key = p.trusted("keys/release.pub");
    let rules = Rules::from_path_verified(p.path(RULES), std::slice::from_ref(&key)).unwrap();
    assert_eq!(rules.signed_by(), Some(key.id()));

    // Deterministic: a second build changes nothing, and --check agrees.
    let signature = p.read(SIGNATURE);
    let (status, stdout, _) = p.run(&["build", "--sign", "keys/release.key"]);
    assert_eq!(status, 0);
    assert!(stdout.contains("0 changed"), "{stdout}");
    assert_eq!(p.read(SIGNATURE), signature);
    let (status, _, stderr) = p.run(&["build", "--check", "--sign", "keys/release.key"]);
    assert_eq!(status, 0, "{stderr}");

    // Built without a key, the signature is kept as it is (a machine
    // without the key does not drop it), and still verifies.
    let (status, _, _) = p.run(&["build"]);
    assert_eq!(status, 0);
    assert_eq!(p.read(SIGNATURE), signature);
    assert!(Rules::from_path_verified(p.path(RULES), &[key]).is_ok());
    // Without the signature, a service that trusts the key refuses the table.
    fs::remove_file(p.path(SIGNATURE)).unwrap();
    assert!(matches!(
        Rules::from_path_verified(p.path(RULES), &[p.trusted("keys/release.pub")]),
        Err(LoadError::Unsigned { .. })
    ));
}

#[test]
fn policyc_toml_names_the_signing_key() {
    let p = Project::new();
    p.keygen("keys/release");
    fs::write(
        p.path("policyc.toml"),
        "[build]\nsign = \"keys/release.key\"\n",
    )
    .unwrap();
    let (status, _, stderr) = p.run(&["build"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(p.path(SIGNATURE).exists());
    // Relative to the file, wherever policyc runs from.
    fs::remove_file(p.path(SIGNATURE)).unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(p.path("policies"))
        .args(["build", ".", "--out", "../generated"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(p.path(SIGNATURE).exists());
    // An unknown key under [build] is refused like any other.
    fs::write(p.path("policyc.toml"), "[build]\nsigne = \"k\"\n").unwrap();
    let (status, _, stderr) = p.run(&["build"]);
    assert_eq!(status, 2, "{stderr}");
}

#[test]
fn query_with_trusted_keys_refuses_unsigned_wrongly_signed_and_tampered_tables() {
    let p = Project::new();
    p.keygen("keys/release");
    p.keygen("keys/next");
    let query = |key: &[&str]| {
        let mut args = vec!["query", "--format", "human"];
        for k in key {
            args.extend(["--trusted-key", k]);
        }
        args.extend([RULES, "use", "account", "communication"]);
        p.run(&args)
    };

    // Unsigned.
    assert_eq!(p.run(&["build"]).0, 0);
    let (status, _, stderr) = query(&["keys/release.pub"]);
    assert_eq!(status, 1);
    assert!(stderr.contains("the rule table is not signed"), "{stderr}");
    // Without trusted keys the same table loads as before.
    assert_eq!(query(&[]).0, 0);

    // Signed: the right key, or either key during a rotation.
    assert_eq!(p.run(&["build", "--sign", "keys/release.key"]).0, 0);
    let (status, stdout, stderr) = query(&["keys/release.pub"]);
    assert_eq!(status, 0, "{stderr}");
    let id = p.trusted("keys/release.pub").id().to_string();
    assert!(stdout.contains(&format!("signed by: key {id}")), "{stdout}");
    assert_eq!(query(&["keys/next.pub", "keys/release.pub"]).0, 0);

    // Another key only.
    let (status, _, stderr) = query(&["keys/next.pub"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains(&format!("signed by key `{id}`, which is not trusted")),
        "{stderr}"
    );

    // Tampered, with the digest recomputed as an attacker can.
    let mut table = Rules::from_path(p.path(RULES)).unwrap().into_table();
    for rule in &mut table.uses {
        if rule.purpose == "communication" {
            rule.retention.clear();
        }
    }
    table.seal();
    fs::write(p.path(RULES), serde_json::to_vec_pretty(&table).unwrap()).unwrap();
    assert!(
        Rules::from_path(p.path(RULES)).is_ok(),
        "the digest was recomputed"
    );
    let (status, _, stderr) = query(&["keys/release.pub"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("the signature is for another table"),
        "{stderr}"
    );
}

#[test]
fn query_of_a_policy_file_with_trusted_keys_is_refused() {
    let p = Project::new();
    p.keygen("keys/release");
    let (status, stdout, stderr) = p.run(&[
        "query",
        "--trusted-key",
        "keys/release.pub",
        "policies/pro-it-group.policy",
        "use",
        "account",
        "communication",
    ]);
    assert_eq!(status, 1, "{stdout}");
    assert!(stderr.contains("has no signature to check"), "{stderr}");
}

#[test]
fn a_public_key_in_spki_pem_is_trusted_too() {
    let p = Project::new();
    p.keygen("keys/release");
    assert_eq!(p.run(&["build", "--sign", "keys/release.key"]).0, 0);
    // SPKI for Ed25519: a fixed 12-byte header, then the 32 bytes.
    let raw = p.trusted("keys/release.pub").to_bytes();
    let mut der = vec![
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
    ];
    der.extend_from_slice(&raw);
    use base64::Engine as _;
    let pem = format!(
        "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----\n",
        base64::engine::general_purpose::STANDARD.encode(der)
    );
    fs::write(p.path("keys/release.pem"), pem).unwrap();
    let (status, _, stderr) = p.run(&[
        "query",
        "--trusted-key",
        "keys/release.pem",
        RULES,
        "use",
        "account",
        "communication",
    ]);
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn key_files_that_are_not_regular_files_are_refused_without_reading() {
    let p = Project::new();
    for key in ["/dev/zero", "policies"] {
        let (status, _, stderr) = p.run(&["build", "--sign", key]);
        assert_eq!(status, 2);
        assert!(
            stderr.contains("error[E0801]") && stderr.contains("not a regular file"),
            "{stderr}"
        );
    }
    fs::write(p.path("big.key"), vec![b'A'; 64 * 1024]).unwrap();
    let (status, _, stderr) = p.run(&["build", "--sign", "big.key"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("larger than"), "{stderr}");
}

/// The first ```console block of a code's explanation: the command after
/// `$ `, and the lines it prints.
fn console_example(code: Code) -> (Vec<String>, Vec<String>) {
    let text = code.explanation();
    let block = text
        .split("```console\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap_or_else(|| panic!("{code} has no console example"));
    let mut lines = block.lines();
    let command = lines.next().unwrap().strip_prefix("$ policyc ").unwrap();
    let args = command.split_whitespace().map(str::to_owned).collect();
    (args, lines.map(str::to_owned).collect())
}

/// The explanations of E0801–E0803 show what policyc prints: each example
/// is run in a project with a key pair made by `policyc keygen keys/release`.
#[test]
fn key_explanations_show_what_policyc_prints() {
    for code in [
        Code::KeyUnreadable,
        Code::NotASigningKey,
        Code::NotATrustedKey,
    ] {
        let p = Project::new();
        p.keygen("keys/release");
        let (args, expected) = console_example(code);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (status, _, stderr) = p.run(&args);
        assert_eq!(status, 2, "{code}: {stderr}");
        assert!(!expected.is_empty(), "{code}: the example shows no output");
        for line in expected {
            assert!(stderr.contains(&line), "{code}: `{line}` not in\n{stderr}");
        }
    }
}

/// The signing example of the README, as written there: keygen, a signed
/// build, a verified query, then a verifying service.
#[test]
fn the_readme_signing_example_holds() {
    let p = Project::new();
    let (status, stdout, _) = p.run(&["keygen", "keys/release"]);
    assert_eq!(status, 0);
    assert!(stdout.starts_with("created keys/release.key (private: keep it secret, never commit it) and keys/release.pub (public, key id "), "{stdout}");
    assert_eq!(p.run(&["build", "--sign", "keys/release.key"]).0, 0);
    let (status, stdout, stderr) = p.run(&[
        "query",
        "--trusted-key",
        "keys/release.pub",
        RULES,
        "use",
        "account.email",
        "communication",
    ]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("\"allowed\": true"), "{stdout}");

    let key =
        TrustedKey::from_base64(&fs::read_to_string(p.path("keys/release.pub")).unwrap()).unwrap();
    let rules = Rules::from_path_verified(p.path(RULES), std::slice::from_ref(&key)).unwrap();
    assert_eq!(rules.signed_by(), Some(key.id()));
    let reloader = policy_runtime::Reloader::open_verified(p.path(RULES), vec![key]).unwrap();
    assert_eq!(reloader.current().policy(), "pro_it_privacy");
}

// ------------------------------------------------- the signed ledger head

const HEAD_SIGNATURE: &str = "generated/pro_it_privacy/ledger-head.json.sig";

impl Project {
    /// The example with its version and service name changed: a new edition.
    fn release_next(&self, version: &str) {
        let source = self.path("policies/pro-it-group.policy");
        let text = fs::read_to_string(&source).unwrap();
        let next = text
            .replace("version       2.0.0", &format!("version       {version}"))
            .replace(
                "\"ProIT Workspace\"",
                &format!("\"ProIT Workspace {version}\""),
            );
        assert_ne!(next, text, "the example changed; update this test");
        fs::write(source, next).unwrap();
    }
}

#[test]
fn sign_signs_the_ledger_head_and_trusted_keys_check_both_signatures() {
    let project = Project::new();
    project.keygen("release");
    let (status, _, stderr) = project.run(&["build", "--sign", "release.key"]);
    assert_eq!(status, 0, "{stderr}");
    let signature: serde_json::Value =
        serde_json::from_slice(&project.read(HEAD_SIGNATURE)).unwrap();
    let head: serde_json::Value =
        serde_json::from_slice(&project.read("generated/pro_it_privacy/ledger-head.json")).unwrap();
    assert_eq!(signature["head"], head["head"]);
    assert_eq!(signature["policy"], "pro_it_privacy");

    // A check with the public key only passes, and so does a build
    // without any key: the signatures already made are kept.
    let trusting = ["--trusted-key", "release.pub"];
    let (status, _, stderr) = project.run(&[&["build", "--check"][..], &trusting].concat());
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = project.run(&["build"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(project.path(HEAD_SIGNATURE).is_file());
    assert!(project.path(SIGNATURE).is_file());

    // Another key is not trusted.
    project.keygen("other");
    let (status, _, stderr) = project.run(&["build", "--check", "--trusted-key", "other.pub"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("error[E0804]: the rule table of `pro_it_privacy` is not signed by a trusted key: it is signed by key"), "{stderr}");
    assert!(
        stderr.contains(
            "error[E0509]: the ledger head of `pro_it_privacy` is not signed by a trusted key"
        ),
        "{stderr}"
    );
    // Rotation: either key will do.
    let (status, _, stderr) = project.run(&[
        "build",
        "--check",
        "--trusted-key",
        "other.pub",
        "--trusted-key",
        "release.pub",
    ]);
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn a_history_moved_without_the_key_is_refused_by_trusted_keys() {
    let project = Project::new();
    project.keygen("release");
    let (status, _, stderr) = project.run(&["build", "--sign", "release.key"]);
    assert_eq!(status, 0, "{stderr}");
    // A new edition released where the key is not held: the build keeps
    // the old signatures, which no longer match.
    project.release_next("2.0.1");
    let (status, _, stderr) = project.run(&["build"]);
    assert_eq!(status, 0, "{stderr}");
    let before = project.read("generated/pro_it_privacy/ledger-head.json");
    let (status, _, stderr) = project.run(&["build", "--trusted-key", "release.pub"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("error[E0509]"), "{stderr}");
    assert!(stderr.contains("signs something else"), "{stderr}");
    assert!(stderr.contains("error[E0804]"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(
        project.read("generated/pro_it_privacy/ledger-head.json"),
        before
    );
    // Signing again, where the key is, makes it trusted.
    let (status, _, stderr) = project.run(&["build", "--sign", "release.key"]);
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = project.run(&["build", "--check", "--trusted-key", "release.pub"]);
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn a_forged_head_signature_is_refused() {
    let project = Project::new();
    project.keygen("release");
    let (status, _, stderr) = project.run(&["build", "--sign", "release.key"]);
    assert_eq!(status, 0, "{stderr}");
    let mut signature: serde_json::Value =
        serde_json::from_slice(&project.read(HEAD_SIGNATURE)).unwrap();
    let forged = "A".repeat(86) + "==";
    signature["signature"] = serde_json::Value::String(forged);
    fs::write(
        project.path(HEAD_SIGNATURE),
        serde_json::to_vec_pretty(&signature).unwrap(),
    )
    .unwrap();
    let (status, _, stderr) = project.run(&["build", "--trusted-key", "release.pub"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("does not verify"), "{stderr}");
    // Removed: missing.
    fs::remove_file(project.path(HEAD_SIGNATURE)).unwrap();
    let (status, _, stderr) = project.run(&["build", "--check", "--trusted-key", "release.pub"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("E0509") && stderr.contains("it is not signed"),
        "{stderr}"
    );
}

#[test]
fn trusted_keys_in_the_configuration_apply_to_every_build() {
    let project = Project::new();
    project.keygen("keys/release");
    let (status, _, stderr) = project.run(&["build", "--sign", "keys/release.key"]);
    assert_eq!(status, 0, "{stderr}");
    fs::write(
        project.path("policyc.toml"),
        "[build]\ntrusted_keys = [\"keys/release.pub\"]\n",
    )
    .unwrap();
    let (status, _, stderr) = project.run(&["build", "--check"]);
    assert_eq!(status, 0, "{stderr}");
    fs::remove_file(project.path(SIGNATURE)).unwrap();
    let (status, _, stderr) = project.run(&["build", "--check"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("error[E0804]") && stderr.contains("it is not signed"),
        "{stderr}"
    );
}
