//! The runtime stays small: what a service pulls in by depending on it.

#![allow(clippy::unwrap_used, clippy::panic, reason = "tests")]

/// The `[dependencies]` of this crate's manifest, each with its line.
fn dependencies() -> Vec<(String, String)> {
    let manifest = include_str!("../Cargo.toml");
    let section = manifest
        .split("\n[dependencies]\n")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .unwrap();
    section
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, spec) = l.split_once('=').unwrap();
            (name.trim().to_owned(), spec.trim().to_owned())
        })
        .collect()
}

#[test]
fn the_runtime_depends_on_few_crates_and_only_verifies_signatures() {
    let (optional, deps): (Vec<_>, Vec<_>) = dependencies()
        .into_iter()
        .partition(|(_, spec)| spec.contains("optional = true"));
    // Behind the `tokio` feature only, and only its channels.
    let optional: Vec<&str> = optional.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(optional, ["tokio"]);
    assert!(dependencies().iter().any(|(n, spec)| n == "tokio"
        && spec.contains("default-features = false")
        && spec.contains("features = [\"sync\"]")));
    let names: Vec<&str> = deps.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "base64",
            "ed25519-dalek",
            "foldhash",
            "serde",
            "serde_json",
            "sha2"
        ]
    );
    for (name, spec) in &deps {
        if name == "ed25519-dalek" || name == "base64" {
            // No key generation, no PEM, no randomness: verification only.
            assert!(spec.contains("default-features = false"), "{name}: {spec}");
            assert!(
                !spec.contains("pem") && !spec.contains("rand"),
                "{name}: {spec}"
            );
        }
    }
}
