//! The text of each previous edition, which a change notice links: the
//! build writes `generated/<id>/editions/<version>/policy.md` and `.html`
//! (and `LL/editions/…` for a language the notice is written in) from the
//! history entry of the edition, and `build --check` covers them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The notices committed in `generated/`: the folder of the notice's
/// language, the pair of versions, and the language.
const NOTICES: [(&str, &str, &str, Option<&str>); 3] = [
    ("generated/pro_it_privacy", "1.0.0", "2.0.0", None),
    ("generated/trailmark_privacy", "1.0.0", "1.1.0", None),
    (
        "generated/trailmark_privacy/de",
        "1.0.0",
        "1.1.0",
        Some("de"),
    ),
];

fn read(path: impl AsRef<Path>) -> String {
    let path = path.as_ref();
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The history entry of `version` of the policy whose folder `folder` is
/// in (or, for a language's folder, is inside).
fn entry(folder: &str, version: &str) -> policyc::model::Policy {
    let policy_folder = folder.trim_end_matches("/de");
    serde_json::from_str(&read(format!("{policy_folder}/history/{version}.json"))).unwrap()
}

#[test]
fn the_notice_links_the_previous_edition_s_text_not_the_diff_page() {
    for (folder, old, new, _) in NOTICES {
        let markdown = read(format!("{folder}/notice/{old}..{new}.md"));
        let html = read(format!("{folder}/notice/{old}..{new}.html"));
        assert!(
            markdown.contains(&format!("](../editions/{old}/policy.md).")),
            "{folder}: {markdown}"
        );
        assert!(
            html.contains(&format!("<a href=\"../editions/{old}/policy.html\">")),
            "{folder}: {html}"
        );
        for notice in [&markdown, &html] {
            assert!(!notice.contains("../diff/"), "{folder}: {notice}");
        }
        for extension in ["md", "html"] {
            let linked = PathBuf::from(format!("{folder}/editions/{old}/policy.{extension}"));
            assert!(linked.is_file(), "{}", linked.display());
        }
    }
    let english = read("generated/trailmark_privacy/notice/1.0.0..1.1.0.md");
    assert!(
        english.ends_with(
            "The previous edition can still be read: [the previous edition](../editions/1.0.0/policy.md).\n"
        ),
        "{english}"
    );
}

/// The previous edition's text is its history entry rendered as the
/// current text is, in the notice's language: not the reviewer's redline.
#[test]
fn the_previous_edition_s_text_is_its_history_entry_rendered() {
    for (folder, old, _, language) in NOTICES {
        let kept = entry(folder, old);
        let kept = match language {
            Some(language) => policyc::translate::recorded(&kept, language).unwrap(),
            None => kept,
        };
        let markdown = read(format!("{folder}/editions/{old}/policy.md"));
        let html = read(format!("{folder}/editions/{old}/policy.html"));
        assert_eq!(markdown, policyc::render::markdown(&kept), "{folder}");
        assert_eq!(html, policyc::render::html(&kept), "{folder}");
        for text in [&markdown, &html] {
            assert!(!text.contains("<del>"), "{folder}");
            assert!(!text.contains("<ins>"), "{folder}");
        }
    }
    // The edition before, not the current one: 1.1.0 of the EU example
    // added the app's privacy settings as a way to object.
    let previous = read("generated/trailmark_privacy/editions/1.0.0/policy.md");
    let current = read("generated/trailmark_privacy/policy.md");
    assert_ne!(previous, current);
    assert!(previous.contains("effective 1 December 2026"), "{previous}");
    let german = read("generated/trailmark_privacy/de/editions/1.0.0/policy.md");
    assert!(german.starts_with("# Datenschutzerklärung\n"), "{german}");
}

/// Only the editions a notice links have their text written: not the
/// latest (its text is `policy.md`), nor a language an edition records
/// no translations for.
#[test]
fn only_previous_editions_have_their_text_written() {
    let listed = |dir: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(listed("generated/pro_it_privacy/editions"), ["1.0.0"]);
    assert_eq!(
        listed("generated/trailmark_privacy/editions"),
        ["1.0.0", "1.1.0"]
    );
    assert_eq!(
        listed("generated/trailmark_privacy/de/editions"),
        ["1.0.0", "1.1.0"]
    );
    assert!(!Path::new("generated/pro_it_privacy/de/editions").exists());
    assert_eq!(listed("generated/harbor_lane_privacy/editions"), ["1.0.0"]);
    assert_eq!(
        listed("generated/harbor_lane_privacy/es/editions"),
        ["1.0.0"]
    );
}

/// A copy of the repository's `policies/`, `generated/` and
/// `policyc.toml`, to build in.
fn project() -> tempfile::TempDir {
    fn copy_tree(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy_tree(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy_tree(Path::new("policies"), &dir.path().join("policies"));
    copy_tree(Path::new("generated"), &dir.path().join("generated"));
    std::fs::copy("policyc.toml", dir.path().join("policyc.toml")).unwrap();
    dir
}

fn build(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir)
        .args(["build", "--color", "never"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn build_check_covers_the_editions_texts_and_build_restores_them() {
    let dir = project();
    let edited = dir
        .path()
        .join("generated/trailmark_privacy/editions/1.0.0/policy.md");
    let removed = dir
        .path()
        .join("generated/trailmark_privacy/de/editions/1.0.0/policy.html");
    let committed = read(&edited);
    std::fs::write(&edited, committed.replace("Trailmark AG", "Someone else")).unwrap();
    std::fs::remove_file(&removed).unwrap();
    let (status, stderr) = build(dir.path(), &["--check"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("differs: generated/trailmark_privacy/editions/1.0.0/policy.md"),
        "{stderr}"
    );
    assert!(
        stderr.contains("missing: generated/trailmark_privacy/de/editions/1.0.0/policy.html"),
        "{stderr}"
    );
    let (status, stderr) = build(dir.path(), &[]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(read(&edited), committed);
    assert_eq!(
        read(&removed),
        read("generated/trailmark_privacy/de/editions/1.0.0/policy.html")
    );
    let (status, stderr) = build(dir.path(), &["--check"]);
    assert_eq!(status, 0, "{stderr}");
}

/// A link in place of an edition's text is not followed: the file it
/// points to is left as it was.
#[cfg(unix)]
#[test]
fn a_link_in_place_of_an_edition_s_text_is_not_written_through() {
    let dir = project();
    let outside = dir.path().join("outside.md");
    std::fs::write(&outside, "not the build's\n").unwrap();
    let text = dir
        .path()
        .join("generated/pro_it_privacy/editions/1.0.0/policy.md");
    std::fs::remove_file(&text).unwrap();
    std::os::unix::fs::symlink(&outside, &text).unwrap();
    let (status, stderr) = build(dir.path(), &[]);
    assert_ne!(status, 0, "{stderr}");
    assert!(stderr.contains("E070"), "{stderr}");
    assert_eq!(read(&outside), "not the build's\n");
}

/// The notice's dates are the editions' `effective` dates, the only dates
/// an edition declares: no publication date is made up.
#[test]
fn the_notice_states_no_date_but_the_declared_effective_ones() {
    let notice = read("generated/trailmark_privacy/notice/1.0.0..1.1.0.md");
    assert_eq!(notice.matches("15 January 2027").count(), 2, "{notice}");
    assert_eq!(notice.matches("1 December 2026").count(), 1, "{notice}");
    let years: Vec<&str> = notice
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .collect();
    assert_eq!(years, ["2027", "2027", "2026"], "{notice}");
}
