//! The README's `policy-runtime` quick start, run as written: the block
//! below must be the README's first `rust` block, line for line.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

/// The README's quick start, between the markers, verbatim.
fn quick_start() -> Result<(), Box<dyn std::error::Error>> {
    // README begin
    use policy_runtime::{Facts, Rules};

    let rules = Rules::from_path("generated/pro_it_privacy/rules.json")?;

    // By name: about 50 ns.
    let d = rules.decide_use("account.email", "communication", &Facts::new());
    assert!(d.allowed);
    println!(
        "{} (policy {}, kept {:?})",
        d.reason(),
        d.table.version,
        d.retention
    );

    // On a hot path, resolve names and facts once and decide by ids: about
    // 10 ns, no allocation.
    let device = rules.data_id("device").unwrap();
    let quality = rules.purpose_id("quality").unwrap();
    let objected = rules.resolve_facts(&Facts::from_iter(["objection:quality"]));
    assert!(!rules.decide_use_ids(device, quality, &objected).allowed); // the user objected
    // README end
    Ok(())
}

#[test]
fn the_quick_start_runs() {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    quick_start().unwrap();
}

#[test]
fn the_quick_start_is_the_readme_s() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let block = readme
        .split("```rust\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let this = std::fs::read_to_string(format!("{root}/tests/readme_runtime.rs")).unwrap();
    let body = this
        .split("// README begin\n")
        .nth(1)
        .and_then(|rest| rest.split("    // README end").next())
        .unwrap();
    let unindented: String = body
        .lines()
        .map(|line| line.strip_prefix("    ").unwrap_or(line))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(unindented, block);
}
