//! The README's layout and the design's module map name only paths that
//! exist: a module moved or renamed is moved in the docs too.

use std::path::Path;

/// The paths under `src/` or `runtime/` a document names: the first word of
/// each layout line, and every `src/…` in backquotes.
fn named_paths(text: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == '`' || c == ',' || c == '|') {
        let word = word.trim_end_matches(['.', ':', ')']);
        if (word.starts_with("src/") || word.starts_with("runtime/src/"))
            && !word.contains(['*', '{', '<'])
        {
            paths.push(word.to_owned());
        }
    }
    paths
}

fn check(document: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(document)).unwrap_or_default();
    assert!(!text.is_empty(), "{document} is missing");
    let named = named_paths(&text);
    assert!(!named.is_empty(), "{document} names no source path");
    for path in named {
        assert!(
            root.join(&path).exists(),
            "{document} names `{path}`, which does not exist"
        );
    }
}

#[test]
fn the_readme_names_existing_paths() {
    check("README.md");
}

#[test]
fn the_design_names_existing_paths() {
    check("docs/design.md");
}
