//! Wording of the change notice and the California section a lawyer would
//! sign: the groups named for what narrowing and expanding mean, sensitive
//! personal information said with its kinds, and a recipient both shared
//! with for cross-context behavioral advertising and disclosed for
//! targeted advertising said once.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::l10n::Lang;
use policyc::model::{Policy, Voice};
use policyc::render::lexicon::Lexicon;

fn compile(path: impl AsRef<Path>) -> Policy {
    let text = std::fs::read_to_string(path.as_ref()).unwrap();
    policyc::check_source(&text)
        .policy
        .unwrap_or_else(|| panic!("{} does not check", path.as_ref().display()))
}

fn in_voice(policy: &Policy, voice: Voice) -> Policy {
    let mut policy = policy.clone();
    policy.header.voice = voice;
    policy
}

/// The notice's fixture has both expanding and narrowing changes: their
/// groups are named for what changes for the reader, in each language and
/// voice, and never "what we will do less".
#[test]
fn the_groups_are_named_for_the_readers_favour_and_disadvantage() {
    let old = compile("tests/fixtures/notice/old.policy");
    let new = compile("tests/fixtures/notice/new.policy");
    let headings = [
        (
            Lang::En,
            [
                "## What changes to your disadvantage",
                "## What changes in your favour",
            ],
            [
                "## What changes to the User's disadvantage",
                "## What changes in the User's favour",
            ],
        ),
        (
            Lang::De,
            [
                "## Was sich zu Ihrem Nachteil ändert",
                "## Was sich zu Ihren Gunsten ändert",
            ],
            [
                "## Was sich zum Nachteil der betroffenen Person ändert",
                "## Was sich zugunsten der betroffenen Person ändert",
            ],
        ),
        (
            Lang::Fr,
            [
                "## Ce qui change en votre défaveur",
                "## Ce qui change en votre faveur",
            ],
            [
                "## Ce qui change en défaveur de la personne concernée",
                "## Ce qui change en faveur de la personne concernée",
            ],
        ),
        (
            Lang::Es,
            [
                "## Lo que cambia en su perjuicio",
                "## Lo que cambia a su favor",
            ],
            [
                "## Lo que cambia en perjuicio del interesado",
                "## Lo que cambia a favor del interesado",
            ],
        ),
    ];
    for (lang, we, third) in headings {
        let words = Lexicon::of(lang).unwrap();
        for (voice, [more, less]) in [(Voice::WeYou, we), (Voice::ThirdPerson, third)] {
            let notice = policyc::render::notice::markdown_in(
                &in_voice(&old, voice),
                &in_voice(&new, voice),
                "d",
                &words,
            )
            .unwrap();
            let more_at = notice
                .find(more)
                .unwrap_or_else(|| panic!("{lang:?} {more}: {notice}"));
            let less_at = notice
                .find(less)
                .unwrap_or_else(|| panic!("{lang:?} {less}: {notice}"));
            assert!(more_at < less_at, "{notice}");
        }
    }
    let english = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    assert!(!english.contains("do less"), "{english}");
    assert!(!english.contains("do more"), "{english}");
}

/// A link added at the top is narrowing: among what changes in the
/// reader's favour; the same link removed, among what changes to their
/// disadvantage.
#[test]
fn an_opt_out_link_is_in_the_readers_favour_and_its_removal_not() {
    let dir = "tests/fixtures/diff/opt_out_link_removed";
    let (old, new) = (
        compile(format!("{dir}/old.policy")),
        compile(format!("{dir}/new.policy")),
    );
    let removed = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    let added = policyc::render::notice::markdown(&new, &old, "d").unwrap();
    let heading = |notice: &str| {
        notice
            .lines()
            .find(|l| l.starts_with("## What changes"))
            .unwrap_or_else(|| panic!("{notice}"))
            .to_owned()
    };
    assert!(heading(&removed).ends_with("disadvantage"), "{removed}");
    assert!(heading(&added).ends_with("favour"), "{added}");
}
