//! The README's "Editors" section holds: what it tells each editor to
//! start is a command policyc has, the VS Code settings it names are the
//! extension's, and the extension builds the `.vsix` it names.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests: a missing file or section fails the test"
)]

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// The README's "Editors" section.
fn section() -> String {
    let readme = read("README.md");
    let start = readme.find("\n## Editors\n").expect("an Editors section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    rest[..end].to_owned()
}

/// The code blocks of the section in `language`.
fn blocks(language: &str) -> Vec<String> {
    let fence = format!("```{language}\n");
    section()
        .split(&fence)
        .skip(1)
        .map(|b| b.split("```").next().unwrap().to_owned())
        .collect()
}

fn manifest() -> Value {
    serde_json::from_str(&read("editors/vscode/package.json")).unwrap()
}

#[test]
fn the_command_every_editor_starts_is_policyc_lsp() {
    let lua = blocks("lua").concat();
    assert!(lua.contains(r#"cmd = { "policyc", "lsp" }"#), "{lua}");
    let elisp = blocks("elisp").concat();
    assert!(elisp.contains(r#""policyc" "lsp""#), "{elisp}");
    let helix: toml::Table = blocks("toml").concat().parse().unwrap();
    let server = &helix["language-server"]["policyc"];
    assert_eq!(server["command"].as_str(), Some("policyc"));
    assert_eq!(server["args"].as_array().unwrap()[0].as_str(), Some("lsp"));
    let language = &helix["language"].as_array().unwrap()[0];
    assert_eq!(
        language["file-types"].as_array().unwrap()[0].as_str(),
        Some("policy")
    );
    assert_eq!(language["scope"].as_str(), Some("source.policy"));
    let configuration: Value =
        serde_json::from_str(&read("editors/vscode/language-configuration.json")).unwrap();
    assert_eq!(
        language["comment-token"].as_str(),
        configuration["comments"]["lineComment"].as_str()
    );
    // The command exists, with the option the extension's setting gives.
    let help = Command::cargo_bin("policyc")
        .unwrap()
        .args(["lsp", "--help"])
        .assert()
        .success();
    let help = String::from_utf8_lossy(&help.get_output().stdout).into_owned();
    assert!(help.contains("--max-file-size"), "{help}");
}

#[test]
fn the_vscode_settings_and_package_are_the_extensions() {
    let manifest = manifest();
    let properties = manifest["contributes"]["configuration"]["properties"]
        .as_object()
        .unwrap();
    let settings: Value = serde_json::from_str(&blocks("json").concat()).unwrap();
    for key in settings.as_object().unwrap().keys() {
        assert!(
            properties.contains_key(key),
            "the extension has no setting `{key}`"
        );
    }
    assert_eq!(properties["policyc.path"]["default"], "policyc");
    let sh = blocks("sh").concat();
    let package = manifest["scripts"]["package"].as_str().unwrap();
    assert!(sh.contains("npm ci && npm run package"), "{sh}");
    assert!(package.contains("-o policyc-policy.vsix"), "{package}");
    assert!(
        sh.contains("code --install-extension policyc-policy.vsix"),
        "{sh}"
    );
    assert!(root().join("editors/vscode/package-lock.json").is_file());
    assert_eq!(manifest["activationEvents"][0], "onLanguage:policy");
    assert!(manifest["dependencies"]["vscode-languageclient"].is_string());
    assert!(manifest["devDependencies"]["@vscode/vsce"].is_string());
    let main = manifest["main"].as_str().unwrap();
    let extension = read(&format!("editors/vscode/{main}"));
    assert!(
        extension.contains("vscode-languageclient/node"),
        "{extension}"
    );
    assert!(
        extension.contains(r#"getConfiguration("policyc")"#),
        "{extension}"
    );
    let server = read("editors/vscode/server.js");
    assert!(server.contains(r#"const args = ["lsp"];"#), "{server}");
    assert!(server.contains(r#""--max-file-size""#), "{server}");
    let ignored = read("editors/vscode/.gitignore");
    assert!(ignored.lines().any(|l| l == "node_modules/"), "{ignored}");
}
