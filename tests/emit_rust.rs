//! `policyc build --emit rust`: the policy's ids as a Rust module. The
//! module of the example policy is kept in
//! `runtime/tests/fixtures/pro_it_privacy_ids.rs`, where the runtime's
//! tests compile it against the crate and decide with it
//! (`runtime/tests/emitted_ids.rs`); regenerate it with
//! `POLICYC_BLESS=1 cargo test --test emit_rust`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn build_emits_the_ids_the_runtime_tests_compile() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let policies = dir.path().join("policies");
    std::fs::create_dir(&policies).unwrap();
    for file in ["pro-it-group.policy", "pro-it-group.de.ftl"] {
        std::fs::copy(root().join("policies").join(file), policies.join(file)).unwrap();
    }
    let build = |extra: &[&str]| {
        Command::cargo_bin("policyc")
            .unwrap()
            .arg("build")
            .arg(&policies)
            .arg("--out")
            .arg(&out)
            .args(extra)
            .env("NO_COLOR", "1")
            .assert()
    };
    build(&["--emit", "rust"]).success();
    let emitted = std::fs::read_to_string(out.join("pro_it_privacy/ids.rs")).unwrap();
    build(&["--emit", "rust", "--check"]).success();
    // Without the flag, the module is not the build's: `--check` says so.
    build(&["--check"]).code(1);

    let fixture = root().join("runtime/tests/fixtures/pro_it_privacy_ids.rs");
    if std::env::var_os("POLICYC_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&fixture, &emitted).unwrap();
    }
    let kept = std::fs::read_to_string(&fixture).unwrap();
    assert!(
        kept == emitted,
        "{} is stale; regenerate it with `POLICYC_BLESS=1 cargo test --test emit_rust`",
        fixture.display()
    );
    assert!(emitted.contains("pub const ACCOUNT__EMAIL: &str = \"account.email\";"));
}

fn policy(body: &str) -> policyc::model::Policy {
    let source = format!(
        "policy p {{\n  title \"P\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  controller \"C\" {{ service \"S\" }}\n  published \"https://example.com/p\"\n  contact \"p@example.com\"\n}}\nright complaint {{ via \"the authority\" }}\n{body}"
    );
    let checked = policyc::check_source(&source);
    checked
        .policy
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics))
}

#[test]
fn keywords_become_raw_identifiers_and_clashes_are_refused() {
    let p = policy(
        "data type \"T\" { source user identity depersonalized }\n\
         data self \"S\" { source user identity depersonalized }\n\
         purpose match \"M\" { uses type, self basis contract }\n",
    );
    let module = policyc::emit::rust(&p).unwrap();
    assert!(
        module.contains("pub r#type: policy_runtime::DataId,"),
        "{module}"
    );
    assert!(
        module.contains("pub self_: policy_runtime::DataId,"),
        "{module}"
    );
    assert!(
        module.contains("r#match: rules.purpose_id(purposes::MATCH)?,"),
        "{module}"
    );

    let p = policy(
        "data a \"A\" { source user identity depersonalized }\n\
         data a.b \"AB\" { }\n\
         data a__b \"A__B\" { source user identity depersonalized }\n\
         purpose s \"S\" { uses a, a__b basis contract }\n",
    );
    let clash = policyc::emit::rust(&p).unwrap_err();
    assert_eq!(
        clash.to_string(),
        "cannot emit Rust ids: the data `a.b` and `a__b` would both be named `a__b`; rename one"
    );
}
