//! The change notice for users and what feeds it: the reasons an edition
//! gives for its changes (`because` in the `changes` block), W0460 where
//! an expanding change has none (`tests/diff.rs` builds the example
//! without its reason), and the notice files the build writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::diff;

fn compile(path: impl AsRef<Path>) -> policyc::model::Policy {
    let text = std::fs::read_to_string(path.as_ref()).unwrap();
    policyc::check_source(&text)
        .policy
        .unwrap_or_else(|| panic!("{} does not check", path.as_ref().display()))
}

#[test]
fn a_reason_is_read_into_the_edition_and_matches_the_parts_of_its_category() {
    let old = compile("tests/fixtures/notice/old.policy");
    let new = compile("tests/fixtures/notice/new.policy");
    let d = diff::diff(&old, &new);
    let reasons: Vec<(String, Option<&str>)> = d
        .of_class(diff::Class::Expanding)
        .map(|c| (c.subject.clone(), diff::rationale(&new, c)))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "account.phone".to_owned(),
                Some("So that couriers can call you about a delivery.")
            ),
            ("analytics".to_owned(), None),
        ]
    );
}

#[test]
fn the_reasons_are_not_a_change_of_the_policy() {
    let new = compile("tests/fixtures/notice/new.policy");
    let mut without = new.clone();
    without.changes.as_mut().unwrap().rationales.clear();
    assert!(diff::diff(&without, &new).is_empty());
}

fn fixture_notice() -> (String, String) {
    let old = compile("tests/fixtures/notice/old.policy");
    let new = compile("tests/fixtures/notice/new.policy");
    (
        policyc::render::notice::markdown(&old, &new, "../diff/1.0.0..2.0.0").unwrap(),
        policyc::render::notice::html(&old, &new, "../diff/1.0.0..2.0.0").unwrap(),
    )
}

#[test]
fn the_notice_of_the_fixture_in_both_formats() {
    let (markdown, html) = fixture_notice();
    insta::assert_snapshot!("fixture_markdown", markdown);
    insta::assert_snapshot!("fixture_html", html);
}

#[test]
fn the_example_notice_is_the_committed_one() {
    let notice =
        std::fs::read_to_string("generated/pro_it_privacy/notice/1.0.0..2.0.0.md").unwrap();
    insta::assert_snapshot!("example_markdown", notice);
}

/// No version jargon: no version numbers but in the link, no policy id, no
/// quotes cut short, no words about bumps or classes.
#[test]
fn the_notice_speaks_without_jargon() {
    let example =
        std::fs::read_to_string("generated/pro_it_privacy/notice/1.0.0..2.0.0.md").unwrap();
    let (fixture, _) = fixture_notice();
    for (notice, id) in [(example, "pro_it_privacy"), (fixture, "shop")] {
        let text: String = notice
            .lines()
            .filter(|l| !l.contains("](../diff/"))
            .collect::<Vec<_>>()
            .join("\n");
        for jargon in [
            "1.0.0",
            "2.0.0",
            "…",
            "major",
            "minor",
            "bump",
            "expanding",
            "narrowing",
            "editorial",
            "`",
        ] {
            assert!(!text.contains(jargon), "{jargon:?} in\n{text}");
        }
        assert!(!text.contains(&format!(" {id} ")), "the id in\n{text}");
    }
}

/// Under GDPR every right the language names was always the reader's: an
/// edition that states one explains it; without a regime that grants it,
/// the right is new to the reader.
#[test]
fn a_right_the_law_always_granted_is_now_explained_not_new() {
    let (markdown, _) = fixture_notice();
    let explained = markdown.find("## What is only explained better").unwrap();
    // The text stated the right by default before (RIGHT_EXPLAINED): the
    // notice names it as a right the policy now explains.
    let right = markdown
        .find("The policy now explains your right to withdraw consent")
        .unwrap();
    assert!(right > explained, "{markdown}");

    let no_law = |path: &str| {
        let text = std::fs::read_to_string(path)
            .unwrap()
            .replace("  regimes    gdpr\n", "  regimes    none\n");
        policyc::check_source(&text).policy.unwrap()
    };
    let (old, new) = (
        no_law("tests/fixtures/notice/old.policy"),
        no_law("tests/fixtures/notice/new.policy"),
    );
    let markdown = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    let less = markdown.find("## What we will do less").unwrap();
    let explained = markdown.find("## What is only explained better");
    let right = markdown.find("right to withdraw consent").unwrap();
    assert!(
        right > less && explained.is_none_or(|e| right < e),
        "{markdown}"
    );
}

/// Each reason is said with the change it explains, once for the changes
/// that share it; a change without one says none.
#[test]
fn the_reasons_are_said_with_their_changes() {
    let (markdown, _) = fixture_notice();
    let line = markdown
        .lines()
        .find(|l| l.contains("“Telephone number”"))
        .unwrap();
    assert!(
        line.ends_with("Why: So that couriers can call you about a delivery."),
        "{line}"
    );
    assert_eq!(markdown.matches("Why:").count(), 2, "{markdown}");
}

#[test]
fn a_clause_referred_to_the_terms_is_said_without_keywords() {
    let dir = "tests/fixtures/diff/clause_to_terms";
    let old = compile(format!("{dir}/old.policy"));
    let new = compile(format!("{dir}/new.policy"));
    let notice = policyc::render::notice::markdown(&old, &new, "diff").unwrap();
    assert!(
        notice.contains("- Some provisions that are terms of the contract are no longer printed here; they are in the Terms.\n"),
        "{notice}"
    );
    assert!(!notice.contains("contractual"), "{notice}");
    let back = policyc::render::notice::markdown(&new, &old, "diff").unwrap();
    assert!(
        back.contains("- Some provisions that were in the Terms are now printed here.\n"),
        "{back}"
    );
}

fn german_fixture_notice() -> (String, String) {
    let old = compile("tests/fixtures/notice/old.policy");
    let new = compile("tests/fixtures/notice/new.policy");
    let german = policyc::render::lexicon::Lexicon::of(policyc::l10n::Lang::De).unwrap();
    let notice =
        policyc::render::notice::markdown_in(&old, &new, "../diff/1.0.0..2.0.0", &german).unwrap();
    (notice, new.header.title.clone())
}

/// The words of a notice that are the notice's own: each run of two words
/// or more outside the source's strings (labels in quotes, the title, the
/// reasons after "Why:"), cut at the ends of sentences.
fn own_sentences(notice: &str, title: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in notice.lines() {
        let line = line
            .split(" Why: ")
            .next()
            .unwrap()
            .replace(title, "\u{201c}");
        for (i, part) in line.split(['\u{201c}', '\u{201d}']).enumerate() {
            // Odd parts are inside quotes.
            if i % 2 == 1 {
                continue;
            }
            for sentence in part.split(['.', ':', ';', '(', ')', '[', ']']) {
                let sentence = sentence.trim_matches(|c: char| !c.is_alphanumeric());
                if sentence.split_whitespace().count() >= 2 {
                    out.push(sentence.to_owned());
                }
            }
        }
    }
    out
}

/// The notice in German says every sentence of its own in German: none of
/// the English notice's sentences is left in it, whatever the source's
/// strings (here English) say.
#[test]
fn the_notice_in_german_has_no_english_sentence() {
    let (german, title) = german_fixture_notice();
    let (english, _) = fixture_notice();
    let sentences = own_sentences(&english, &title);
    assert!(sentences.len() > 20, "{sentences:?}");
    for sentence in &sentences {
        assert!(
            !german.contains(sentence.as_str()),
            "{sentence:?} in\n{german}"
        );
    }
    for german_words in [
        "## Was wir künftig mehr tun",
        "## Was nur besser erklärt wird",
        "## Wann sie in Kraft tritt",
        "Warum: So that couriers can call you about a delivery.",
        "Recht auf Widerruf der Einwilligung",
        "1. März 2026",
        "„Telephone number“",
    ] {
        assert!(
            german.contains(german_words),
            "{german_words:?} in\n{german}"
        );
    }
}

#[test]
fn the_notice_of_the_fixture_in_german() {
    let (german, _) = german_fixture_notice();
    insta::assert_snapshot!("fixture_markdown_de", german);
}
