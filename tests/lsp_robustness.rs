//! No request breaks the language server: every feature at every place
//! of documents good, broken and cut short, and past their ends.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "tests: a broken set-up fails the test"
)]

use lsp_types::{Position, Url};
use policyc::lsp::{
    Workspace, actions, completion, formatting, hover, navigation, rename, symbols,
};

/// Every feature at every position of `text` (and some past its end).
fn everywhere(text: &str) {
    let dir = tempfile::tempdir().unwrap();
    let url = Url::from_file_path(dir.path().join("p.policy")).unwrap();
    let mut workspace = Workspace::new(Some(dir.path().to_path_buf()), 1 << 20);
    workspace.set(url.clone(), text.to_owned());
    let lines: Vec<&str> = text.split('\n').collect();
    for line in 0..=lines.len() + 1 {
        let width = lines.get(line).map_or(0, |l| l.chars().count());
        for character in (0..=width + 2).chain([u32::MAX as usize]) {
            let at = Position::new(line as u32, character as u32);
            let spot = workspace.spot(&url, at).unwrap();
            hover::hover(&spot);
            navigation::definition(&spot);
            navigation::references(&spot, true);
            completion::complete(&spot);
            rename::prepare(&spot);
            let _ = rename::rename(&spot, "renamed");
            actions::actions(&spot, spot.offset + 3);
        }
    }
    let spot = workspace.spot(&url, Position::default()).unwrap();
    symbols::symbols(&spot);
    formatting::format(text);
    let unknown = Url::parse("file:///nowhere/else.policy").unwrap();
    assert!(workspace.spot(&unknown, Position::default()).is_none());
}

#[test]
fn every_feature_everywhere_in_documents_good_broken_and_cut_short() {
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("policies/examples/seed-as-written.policy"),
    )
    .unwrap();
    let head: String = seed.lines().take(90).collect::<Vec<_>>().join("\n");
    everywhere(&head);
    // Cut at places a typist leaves a declaration.
    for cut in [40, 700, 1_500, 2_222, 3_000] {
        let end = (0..=cut.min(seed.len()))
            .rev()
            .find(|&i| seed.is_char_boundary(i))
            .unwrap();
        everywhere(&seed[..end]);
    }
    for broken in [
        "",
        "{",
        "}}}{{",
        "data",
        "data a.\"",
        "data é \"Ünïcödé 🎉\" {\n  source 🎉\n}\nretain é for 🎉",
        "purpose p \"P\" {\n  uses a, , b\n  basis\n}\ntransfer a to  for  on ,\n",
        "test \"t\" {\n  allow a for p given consent:\n  deny\n}\n",
        "include \"../../etc/passwd\"\ninclude \"\"\ninclude \"p.policy\"\n",
        "policy p {\n  controller \"C\" {\n    service \"\n",
        "right withdraw_consent { via \"x\" anytime }\nclause c in  \"x\"\n",
    ] {
        everywhere(broken);
    }
}
