//! Words that hold (issue 18 item 6): the canned text states what the
//! declarations say, definitely. A declared recipient receives the declared
//! information; the user "can" do what the law or the policy lets them,
//! and the canned text never says "may". An `examples` list is the whole
//! of the data unless the author marks it `open`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::model::Policy;
use policyc::render::plain_text;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read `{}`: {e}", path.display()))
}

fn policy_of(relative: &str) -> Policy {
    policyc::check_source(&read(relative))
        .policy
        .unwrap_or_else(|| panic!("`{relative}` does not check"))
}

/// The text with every run of whitespace made one space.
fn flat(policy: &Policy) -> String {
    plain_text(policy)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

const SOURCES: &[&str] = &[
    "policies/pro-it-group.policy",
    "tests/fixtures/text/grounds.policy",
    "tests/fixtures/text/voices.policy",
    "tests/fixtures/text/clauses.policy",
    "tests/fixtures/text/minimal.policy",
];

#[test]
fn sharing_is_stated_not_hedged() {
    for source in SOURCES {
        let text = flat(&policy_of(source));
        for hedge in [
            "may share",
            "recipient may receive",
            "may disclose",
            "may transfer",
        ] {
            assert!(!text.contains(hedge), "`{source}` says \"{hedge}\"");
        }
    }
}

#[test]
fn the_example_says_what_each_recipient_receives() {
    let text = flat(&policy_of("policies/pro-it-group.policy"));
    assert!(
        text.contains("Pro IT Group Inc shares information only with the following recipients"),
        "{text}"
    );
    assert!(
        text.contains("This recipient receives the following information, only when"),
        "{text}"
    );
}

/// The source without its comments, where an author's own "may" is.
fn written(source: &str) -> String {
    read(source)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_canned_text_never_says_may() {
    for source in SOURCES {
        let text = flat(&policy_of(source));
        let authors = written(source).matches(" may ").count();
        assert!(
            text.matches(" may ").count() <= authors,
            "`{source}` says \"may\" where its source does not:\n{text}"
        );
    }
    let text = flat(&policy_of("policies/pro-it-group.policy"));
    assert!(text.contains("The User can object"), "{text}");
    assert!(
        text.contains("Pro IT Group Inc can change this Policy"),
        "{text}"
    );
}

/// `examples "…"` is the whole of the data; `examples open "…"` only
/// illustrates it.
#[test]
fn examples_are_a_complete_list_unless_marked_open() {
    let source = read("tests/fixtures/text/minimal.policy");
    let closed = source.replace(
        "identity identified",
        "identity identified\n  examples \"e-mail\", \"name\"",
    );
    let text = flat(&policyc::check_source(&closed).policy.unwrap());
    assert!(
        text.contains("This information consists of: e-mail and name."),
        "{text}"
    );
    assert!(!text.contains("for example"), "{text}");
    let open = closed.replace("examples \"e-mail\"", "examples open \"e-mail\"");
    let text = flat(&policyc::check_source(&open).policy.unwrap());
    assert!(
        text.contains("This includes, for example: e-mail and name."),
        "{text}"
    );
    // The seed's lists end "and other information": they are open.
    let seed = flat(&policy_of("policies/pro-it-group.policy"));
    assert!(
        seed.contains("This includes, for example: IP address"),
        "{seed}"
    );
    assert!(!seed.contains("Examples:"), "{seed}");
}

/// Security renders the declared measures with no warranty: a word of
/// adequacy appears in the text only where the author wrote it.
#[test]
fn adequacy_is_never_claimed_by_the_canned_text() {
    for source in SOURCES {
        let written = read(source).to_lowercase();
        let text = flat(&policy_of(source)).to_lowercase();
        for claim in [
            "sufficient",
            "adequa",
            "warrant",
            "fully secure",
            "guarantee",
        ] {
            assert!(
                !text.contains(claim) || written.contains(claim),
                "`{source}`: the text claims \"{claim}\", which the source does not write"
            );
        }
    }
}

#[test]
fn the_examples_security_is_the_authors_own_words() {
    let text = flat(&policy_of("policies/pro-it-group.policy"));
    assert!(
        text.contains("takes the necessary and sufficient organisational and technical measures"),
        "{text}"
    );
}
