//! The manifest of a policy's output directory: the files the build made
//! there, one per line. The build replaces and removes only those; any
//! other file in the directory is the author's and is left alone.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The manifest's file name, inside each policy's output directory.
pub const NAME: &str = ".policyc-manifest";

/// The first line of every manifest, for whoever opens it.
const HEADER: &str = "# Written by `policyc build`: the files it made in this directory. It replaces and removes only these.";

/// The manifest listing `files` (paths relative to the policy's directory,
/// the manifest itself included), sorted, with `/` between components.
pub fn render(files: &BTreeSet<PathBuf>) -> String {
    let mut text = String::from(HEADER);
    text.push('\n');
    for file in files {
        let parts: Vec<String> = file
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        text.push_str(&parts.join("/"));
        text.push('\n');
    }
    text
}

/// The files a manifest lists. A line that is not a plain relative path
/// (empty, absolute, with `..`) names nothing the build could have made,
/// and is ignored: the manifest is repository content, not to be trusted.
pub fn parse(text: &str) -> BTreeSet<PathBuf> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(relative_path)
        .collect()
}

/// `line` as a relative path of plain components, when it is one.
fn relative_path(line: &str) -> Option<PathBuf> {
    if line.is_empty() || line.contains('\\') {
        return None;
    }
    let path = Path::new(line);
    path.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| path.to_path_buf())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_what_it_lists() {
        let files: BTreeSet<PathBuf> = ["policy.md", "history/1.0.0.json", NAME]
            .map(PathBuf::from)
            .into();
        let text = render(&files);
        assert!(text.starts_with("# Written by `policyc build`"));
        assert!(text.contains("\nhistory/1.0.0.json\n"));
        assert_eq!(parse(&text), files);
    }

    #[test]
    fn lines_that_leave_the_directory_are_ignored() {
        let text = "/etc/passwd\n../../policies/a.policy\nok/../x\n\n./y\nreal.txt\na\\b\n";
        let listed = parse(text);
        assert_eq!(
            listed.into_iter().collect::<Vec<_>>(),
            [PathBuf::from("real.txt")]
        );
        assert!(parse("").is_empty());
        let _ = render(&BTreeSet::new()).lines().next().unwrap();
    }
}
