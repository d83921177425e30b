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
    let reasons: Vec<(String, diff::ChangeKind, Option<&str>)> = d
        .changes
        .iter()
        .filter(|c| c.subject == "account.phone" || c.class() == diff::Class::Expanding)
        .map(|c| (c.subject.clone(), c.kind, diff::rationale(&new, c)))
        .collect();
    // The telephone number is a part of the account details, already
    // collected: `DATA_DETAILED`, which `because account` explains.
    assert_eq!(
        reasons,
        [
            (
                "account.phone".to_owned(),
                diff::ChangeKind::DataDetailed,
                Some("So that couriers can call you about a delivery.")
            ),
            (
                "analytics".to_owned(),
                diff::ChangeKind::PurposeDataAdded,
                None
            ),
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
        policyc::render::notice::markdown(&old, &new, "../editions/1.0.0/policy").unwrap(),
        policyc::render::notice::html(&old, &new, "../editions/1.0.0/policy").unwrap(),
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
            .filter(|l| !l.contains("](../editions/"))
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

/// A retention shortened is said in plain English: kept "for a shorter
/// time", not "for less long".
#[test]
fn a_shorter_retention_is_said_in_plain_english() {
    let (markdown, html) = fixture_notice();
    for notice in [markdown, html] {
        assert!(
            notice.contains("We now keep “Usage statistics” for a shorter time: for 3 months from collection (before: for 6 months from collection)."),
            "{notice}"
        );
        assert!(!notice.contains("for less long"), "{notice}");
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
    let less = markdown.find("## What changes in your favour").unwrap();
    let explained = markdown.find("## What is only explained better");
    let right = markdown.find("right to withdraw consent").unwrap();
    assert!(
        right > less && explained.is_none_or(|e| right < e),
        "{markdown}"
    );
}

/// The reviewer's words for a right the text now states come from the
/// decision the notice groups it by (`diff::granted_by_law`): under GDPR
/// the policy "now explains" it in `CHANGELOG.md` and the diff page as in
/// the notice; without a regime that grants it, the User "now has" it.
#[test]
fn the_reviewers_words_for_a_right_follow_the_notices_decision() {
    let old = compile("tests/fixtures/history/pro-it-group-1.0.0.policy");
    let new = compile("policies/pro-it-group.policy");
    let d = diff::diff(&old, &new);
    let rights: Vec<String> = d
        .changes
        .iter()
        .filter(|c| c.kind == diff::ChangeKind::RightAdded)
        .map(diff::Change::explanation)
        .collect();
    let access = "The Policy now explains the right of access, which the User already had by law";
    assert!(rights.iter().any(|r| r == access), "{rights:?}");
    assert!(
        rights
            .iter()
            .all(|r| r.starts_with("The Policy now explains ")),
        "{rights:?}"
    );
    let notice = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    let explained = notice.find("## What is only explained better").unwrap();
    let right = notice
        .find("The policy now explains the User's right of access")
        .unwrap();
    assert!(right > explained, "{notice}");
    for page in [
        "generated/pro_it_privacy/CHANGELOG.md",
        "generated/pro_it_privacy/diff/1.0.0..2.0.0.md",
    ] {
        let text = std::fs::read_to_string(page).unwrap();
        assert!(text.contains(&format!("- {access}\n")), "{page}:\n{text}");
        assert!(
            !text.contains("The User now has the right"),
            "{page}:\n{text}"
        );
    }

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
    let rights: Vec<String> = diff::diff(&old, &new)
        .changes
        .iter()
        .filter(|c| c.kind == diff::ChangeKind::RightAdded)
        .map(diff::Change::explanation)
        .collect();
    assert!(
        rights
            .iter()
            .any(|r| r == "The User now has the right to withdraw consent"),
        "{rights:?}"
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
        policyc::render::notice::markdown_in(&old, &new, "../editions/1.0.0/policy", &german)
            .unwrap();
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
        "## Was sich zu Ihrem Nachteil ändert",
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

/// The fixture's new edition with its `because usage "…"` line replaced.
fn with_usage_reason(line: &str) -> policyc::model::Policy {
    let text = std::fs::read_to_string("tests/fixtures/notice/new.policy").unwrap();
    let from = "  because   usage \"We need less of it to see which pages work.\"\n";
    assert!(text.contains(from));
    let checked = policyc::check_source(&text.replacen(from, line, 1));
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
    checked.policy.unwrap()
}

/// The reason the edition gives for each change of `usage`, by kind.
fn usage_reasons(new: &policyc::model::Policy) -> Vec<(String, Option<String>)> {
    let old = compile("tests/fixtures/notice/old.policy");
    let mut new = new.clone();
    // One more change of `usage`, of another aspect: its examples open.
    let usage = new.data.iter_mut().find(|d| d.id == "usage").unwrap();
    usage.examples_open = true;
    let d = diff::diff(&old, &new);
    d.changes
        .iter()
        .filter(|c| c.subject == "usage")
        .map(|c| {
            (
                c.kind.id().to_owned(),
                diff::rationale(&new, c).map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn a_reason_that_names_an_aspect_explains_only_the_changes_of_that_aspect() {
    let new = with_usage_reason("  because   usage retention \"We need less of it.\"\n");
    let reason = &new.changes.as_ref().unwrap().rationales[1];
    assert_eq!(reason.aspect, Some(policyc::model::ChangeAspect::Retention));
    assert_eq!(
        usage_reasons(&new),
        [
            ("DATA_EXAMPLES_OPENED".to_owned(), None),
            (
                "RETENTION_SHORTENED".to_owned(),
                Some("We need less of it.".to_owned())
            ),
        ]
    );
}

#[test]
fn a_bare_reason_explains_every_change_of_its_subject_and_an_aspect_wins_over_it() {
    let bare = with_usage_reason("  because   usage \"Why.\"\n");
    assert_eq!(
        usage_reasons(&bare),
        [
            ("DATA_EXAMPLES_OPENED".to_owned(), Some("Why.".to_owned())),
            ("RETENTION_SHORTENED".to_owned(), Some("Why.".to_owned())),
        ]
    );
    let both = with_usage_reason(
        "  because   usage \"Why.\"\n  because   usage examples \"The list only illustrates.\"\n",
    );
    assert_eq!(
        usage_reasons(&both),
        [
            (
                "DATA_EXAMPLES_OPENED".to_owned(),
                Some("The list only illustrates.".to_owned())
            ),
            ("RETENTION_SHORTENED".to_owned(), Some("Why.".to_owned())),
        ]
    );
}

#[test]
fn an_unknown_aspect_is_an_error_naming_the_aspects() {
    let text = std::fs::read_to_string("tests/fixtures/notice/new.policy").unwrap();
    let text = text.replacen("because   usage \"", "because   usage retenton \"", 1);
    let checked = policyc::check_source(&text);
    let unknown = checked
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "E0106")
        .expect("E0106");
    assert!(
        unknown.message.contains("retenton")
            && unknown.help.as_deref().unwrap_or("").contains("retention"),
        "{unknown:?}"
    );
    assert!(checked.policy.is_none());
}

#[test]
fn a_reason_s_aspect_is_kept_in_the_edition_and_left_out_when_bare() {
    let json = serde_json::to_string(&with_usage_reason(
        "  because   usage retention \"We need less of it.\"\n",
    ))
    .unwrap();
    assert!(
        json.contains(r#"{"subject":"usage","aspect":"retention","text":"We need less of it."}"#),
        "{json}"
    );
    let bare = serde_json::to_string(&compile("tests/fixtures/notice/new.policy")).unwrap();
    assert!(!bare.contains("\"aspect\""), "{bare}");
}

#[test]
fn the_example_s_notice_gives_no_reason_for_the_retention_it_does_not_explain() {
    let notice =
        std::fs::read_to_string("generated/pro_it_privacy/notice/1.0.0..2.0.0.md").unwrap();
    for line in notice.lines().filter(|l| l.contains("now keeps")) {
        assert!(!line.contains("Why:"), "{line}");
    }
    let combined = notice
        .lines()
        .find(|l| l.contains("when it is combined with personal information"))
        .unwrap();
    assert!(
        combined.contains("Why: To say, as section 2.2 does"),
        "{combined}"
    );
    let examples = notice
        .lines()
        .find(|l| l.contains("“Depersonalized information” gives examples"))
        .unwrap();
    assert!(examples.contains("only examples"), "{examples}");
    // Seed 3.2.5: targeting is profiling, by its aspect, and direct
    // marketing, by the bare reason, which the aspect does not take over.
    let targeting: Vec<&str> = notice
        .lines()
        .filter(|l| l.contains("“Targeting promotional materials”"))
        .collect();
    assert_eq!(targeting.len(), 2, "{notice}");
    assert!(
        targeting[0].contains("involves profiling")
            && targeting[0].ends_with("as section 3.2.5 describes, is profiling."),
        "{targeting:?}"
    );
    assert!(
        targeting[1].contains("is direct marketing, to which the User can object at any time. Why: To state on its own the User's right to object to direct marketing"),
        "{targeting:?}"
    );
}

#[test]
fn the_eu_example_s_second_edition_has_its_notice_committed() {
    let notice =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.0.0..1.1.0.md").unwrap();
    assert!(
        notice.contains("It takes effect on 15 January 2027."),
        "{notice}"
    );
    assert!(
        notice.contains("You can object to the processing of personal information that is based on legitimate interests. You can exercise this right through the privacy settings in the app or by writing to privacy@trailmark.example."),
        "{notice}"
    );
    assert!(
        notice.contains("](../editions/1.0.0/policy.md)"),
        "{notice}"
    );
    // Its reasons are part of the edition, kept in its history entry.
    let entry: policyc::model::Policy = serde_json::from_str(
        &std::fs::read_to_string("generated/trailmark_privacy/history/1.1.0.json").unwrap(),
    )
    .unwrap();
    let subjects: Vec<&str> = entry
        .changes
        .as_ref()
        .unwrap()
        .rationales
        .iter()
        .map(|r| r.subject.as_str())
        .collect();
    assert_eq!(subjects, ["account", "objection"]);
}

/// The README: the notice is written in each language the policy is
/// published in, the source's at `notice/`, each other's at `LL/notice/`,
/// every word in that language; the German title names the policy in the
/// genitive, as the text's introduction defines it (die
/// „Datenschutzerklärung“).
#[test]
fn the_notice_is_written_in_every_language_the_policy_is_published_in() {
    let german =
        std::fs::read_to_string("generated/trailmark_privacy/de/notice/1.0.0..1.1.0.md").unwrap();
    let mut lines = german.lines();
    assert_eq!(
        lines.next(),
        Some("# Änderungen unserer Datenschutzerklärung"),
        "{german}"
    );
    assert!(
        german.contains("Wir haben eine neue Fassung unserer Datenschutzerklärung verfasst. Sie tritt am 15. Januar 2027 in Kraft."),
        "{german}"
    );
    assert!(!german.contains("an „"), "{german}");
    for english in ["What changes", "takes effect", "Why:"] {
        assert!(!german.contains(english), "{english}: {german}");
    }
    let page =
        std::fs::read_to_string("generated/trailmark_privacy/de/notice/1.0.0..1.1.0.html").unwrap();
    assert!(page.contains("<html lang=\"de\">"), "{page}");
    assert!(
        page.contains("<title>Änderungen unserer Datenschutzerklärung</title>"),
        "{page}"
    );
    let english =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.0.0..1.1.0.md").unwrap();
    assert!(
        english.starts_with("# What changes in our Privacy Policy\n"),
        "{english}"
    );
    // The README says so.
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = &readme[readme.find("### The change notice").unwrap()..];
    let section = &section[..section.find("\n## ").unwrap()];
    let section = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!section.contains("writes it in English"), "{section}");
    assert!(
        section.contains("in each language the policy is published in"),
        "{section}"
    );
}

/// A change said in words of its own keeps its reason, even when it only
/// explains (a new channel for a right); one said in its kind's general
/// words, which may stand for several changes, gives none.
#[test]
fn an_explained_change_in_its_own_words_keeps_its_reason() {
    let notice =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.0.0..1.1.0.md").unwrap();
    let lines: Vec<&str> = notice.lines().collect();
    let channel = lines
        .iter()
        .find(|l| l.contains("right to object through"))
        .unwrap_or_else(|| panic!("{notice}"));
    assert!(
        channel.starts_with(
            "- You can now also exercise your right to object through the privacy settings in the app. Why: "
        ),
        "{channel}"
    );
    assert!(
        notice.contains(
            "- We now say what follows if you do not give “Account details”: we cannot open your account, and you cannot use the app. Why: "
        ),
        "{notice}"
    );
    let example =
        std::fs::read_to_string("generated/pro_it_privacy/notice/1.0.0..2.0.0.md").unwrap();
    let general: Vec<&str> = example
        .lines()
        .filter(|l| l.contains("worded differently"))
        .collect();
    assert!(!general.is_empty(), "{example}");
    assert!(general.iter().all(|l| !l.contains("Why:")), "{general:?}");
}

/// A changed Fides mapping is the controller's data map, not something the
/// reader sees: the diff lists it, the notice does not.
#[test]
fn a_fides_mapping_is_not_in_the_notice() {
    let old = compile("policies/examples/trailmark-app.policy");
    let mut new = old.clone();
    for purpose in &mut new.purposes {
        purpose.fides = match purpose.fides {
            Some(_) => None,
            None => Some("essential.service".to_owned()),
        };
    }
    let changes = policyc::diff::diff(&old, &new);
    assert!(
        changes
            .changes
            .iter()
            .any(|c| c.kind == policyc::diff::ChangeKind::PurposeFidesChanged),
        "{changes:?}"
    );
    let notice = policyc::render::notice::markdown(&old, &new, "../editions/x/policy").unwrap();
    assert!(!notice.contains("Fides"), "{notice}");
    assert!(!notice.contains("fideslang"), "{notice}");
    assert!(!notice.contains("data use"), "{notice}");
    let committed =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.0.0..1.1.0.md").unwrap();
    assert!(!committed.contains("fideslang"), "{committed}");
}

/// A short label abbreviates a label the text still gives in full: the
/// diff lists a changed one, the notice does not.
#[test]
fn a_short_label_is_not_in_the_notice() {
    let old = compile("policies/examples/trailmark-app.policy");
    let mut new = old.clone();
    for data in &mut new.data {
        data.short = Some(format!("{} (short)", data.id));
    }
    let changes = policyc::diff::diff(&old, &new);
    assert!(
        changes
            .changes
            .iter()
            .any(|c| c.kind == policyc::diff::ChangeKind::ShortLabelChanged),
        "{changes:?}"
    );
    let notice = policyc::render::notice::markdown(&old, &new, "../editions/x/policy").unwrap();
    assert!(!notice.contains("(short)"), "{notice}");
    assert!(!notice.contains("short label"), "{notice}");
    let committed =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.1.0..2.0.0.md").unwrap();
    assert!(!committed.contains("short label"), "{committed}");
}

/// The notice of a fixture pair of `tests/fixtures/diff`, in English.
fn pair_notice(kind: &str) -> String {
    let dir = format!("tests/fixtures/diff/{kind}");
    let old = compile(format!("{dir}/old.policy"));
    let new = compile(format!("{dir}/new.policy"));
    policyc::render::notice::markdown(&old, &new, "d").unwrap()
}

/// The lines of a notice's groups, without their headings.
fn lines_of(notice: &str) -> Vec<&str> {
    notice
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .collect()
}

/// A new recipient, a new ground, a commitment no longer made and a new
/// tracker are each said in words of their own, from the declarations:
/// the recipient's name, kind and the data it receives; the data, the
/// recipient and the ground; the commitment's own sentence; the tracker's
/// name, provider and purposes.
#[test]
fn what_the_reader_loses_is_said_in_its_own_words() {
    let recipient = pair_notice("recipient_added");
    assert!(
        recipient.contains(
            "- “Advertising partners” now receives “Usage statistics” from Shop Ltd. Type of recipient: third party.\n"
        ),
        "{recipient}"
    );
    let ground = pair_notice("transfer_ground_added");
    assert!(
        ground.contains(
            "- Shop Ltd now also sends “Account details” to “Delivery companies”, when the User has consented to the transfer.\n"
        ),
        "{ground}"
    );
    let commitment = pair_notice("commitment_removed");
    let line = lines_of(&commitment)
        .into_iter()
        .find(|l| l.contains("no longer makes this commitment"))
        .unwrap_or_else(|| panic!("{commitment}"));
    assert!(
        line.ends_with(
            "this commitment: “Example Inc does not sell the User's personal information.”"
        ),
        "{line}"
    );
    let tracker = pair_notice("tracker_added");
    assert!(
        tracker.contains(
            "- We now use “\\_ga”, provided by “Analytics Inc”, which stores or reads information on your device, for the purpose of “Usage analytics”.\n"
        ),
        "{tracker}"
    );
}

/// A disclosure that becomes a sale or sharing under US state law is said
/// as what disclosing the reader's information now is.
#[test]
fn a_disclosure_that_becomes_a_sale_is_said_as_one() {
    let (old, _) = {
        let dir = "tests/fixtures/diff/recipient_added";
        (format!("{dir}/new.policy"), ())
    };
    let text = std::fs::read_to_string(old).unwrap();
    let sold = text.replace(
        "{ kind third_party }",
        "{ kind third_party  disclosed_as sale, share }",
    );
    assert_ne!(text, sold);
    let old = policyc::check_source(&text).policy.unwrap();
    let new = policyc::check_source(&sold).policy.unwrap();
    let notice = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    assert!(
        notice.contains(
            "- Disclosing the User's personal information to “Advertising partners” is now a sale of personal information and sharing of personal information for cross-context behavioral advertising under US state privacy laws.\n"
        ),
        "{notice}"
    );
}

/// No line of a notice hedges with "may": what it says is done is done.
#[test]
fn no_notice_line_says_may() {
    for kind in [
        "recipient_added",
        "transfer_ground_added",
        "transfer_purposes",
        "ground_unstated",
        "commitment_removed",
        "tracker_added",
        "purpose_direct_marketing",
        "special_condition",
    ] {
        let forward = pair_notice(kind);
        let dir = format!("tests/fixtures/diff/{kind}");
        let back = policyc::render::notice::markdown(
            &compile(format!("{dir}/new.policy")),
            &compile(format!("{dir}/old.policy")),
            "d",
        )
        .unwrap();
        for notice in [forward, back] {
            for line in lines_of(&notice) {
                assert!(
                    !line.to_lowercase().split_whitespace().any(|w| w == "may"),
                    "{kind}: {line}"
                );
            }
        }
    }
    // Nor any English message the notice is made of: its own (`notice-*`)
    // and each kind's (`change-*`).
    let english = std::fs::read_to_string("locales/en/policy.ftl").unwrap();
    let mut id = "";
    for line in english.lines() {
        if !line.starts_with([' ', '#']) && line.contains(" =") {
            id = line.split(" =").next().unwrap();
        }
        if line.starts_with('#') || !(id.starts_with("notice-") || id.starts_with("change-")) {
            continue;
        }
        assert!(
            !line
                .to_lowercase()
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w == "may"),
            "{id}: {line}"
        );
    }
}

/// A purpose that is no longer direct marketing is said as what the
/// reader loses, among what changes to their disadvantage; one that becomes it,
/// among what changes in their favour.
#[test]
fn direct_marketing_dropped_is_more_and_stated_is_less() {
    let notice = pair_notice("purpose_direct_marketing");
    let more = notice
        .find("## What changes to the User's disadvantage")
        .unwrap();
    let line = notice
        .find("- Shop Ltd no longer treats “Improving the Shop” as direct marketing: the User's objection no longer stops it in every case.")
        .unwrap_or_else(|| panic!("{notice}"));
    assert!(line > more, "{notice}");
    let dir = "tests/fixtures/diff/purpose_direct_marketing";
    let back = policyc::render::notice::markdown(
        &compile(format!("{dir}/new.policy")),
        &compile(format!("{dir}/old.policy")),
        "d",
    )
    .unwrap();
    let less = back.find("## What changes in the User's favour").unwrap();
    let line = back
        .find("is direct marketing, to which the User can object at any time")
        .unwrap();
    assert!(line > less, "{back}");
}

/// A purpose that no longer needs explicit consent for special
/// categories says so, with the condition it now rests on and its law.
#[test]
fn a_special_condition_away_from_consent_is_said_with_the_new_condition() {
    let notice = pair_notice("special_condition");
    assert!(
        notice.contains(
            "- For “Advice on the products that suit your health”, Shop Ltd no longer needs the User's explicit consent to process special categories of personal information; the condition is now: preventive or occupational medicine, medical diagnosis, or the provision of health or social care or treatment, as provided by the Patient Rights Act, section 12."
        ),
        "{notice}"
    );
    let dir = "tests/fixtures/diff/special_condition";
    let back = policyc::render::notice::markdown(
        &compile(format!("{dir}/new.policy")),
        &compile(format!("{dir}/old.policy")),
        "d",
    )
    .unwrap();
    assert!(
        back.contains("now processes special categories of personal information only with the User's explicit consent."),
        "{back}"
    );
    // Another condition that needs no consent either: only explained.
    let text = std::fs::read_to_string(format!("{dir}/new.policy")).unwrap();
    let care = policyc::check_source(&text).policy.unwrap();
    let public_health = policyc::check_source(&text.replace(
        "health_care \"the Patient Rights Act, section 12\"",
        "public_health \"the Public Health Act\"",
    ))
    .policy
    .unwrap();
    let changed = policyc::render::notice::markdown(&care, &public_health, "d").unwrap();
    let explained = changed.find("## What is only explained better").unwrap();
    let line = changed
        .find("- For “Advice on the products that suit your health”, the condition for processing special categories of personal information is now: reasons of public interest in the area of public health, as provided by the Public Health Act.")
        .unwrap_or_else(|| panic!("{changed}"));
    assert!(line > explained, "{changed}");
}

/// A category split into parts: a part of a category already collected
/// is no new collection. Every part used instead of the whole says nothing
/// new is collected; some parts only say the purpose now uses less.
#[test]
fn a_category_split_into_parts_is_not_new_collection() {
    let old_text =
        std::fs::read_to_string("tests/fixtures/diff/uses_all_parts/old.policy").unwrap();
    let split = old_text.replace(
        "{ required }\n",
        "{ required }\ndata account.phone \"Telephone number\" { optional }\n",
    );
    assert_ne!(old_text, split);
    let edition = |uses: &str| {
        let text = split.replace("  uses  account\n", &format!("  uses  {uses}\n"));
        policyc::check_source(&text).policy.unwrap()
    };
    let old = policyc::check_source(&old_text).policy.unwrap();
    let all =
        policyc::render::notice::markdown(&old, &edition("account.email, account.phone"), "d")
            .unwrap();
    assert!(!all.contains("now collects"), "{all}");
    assert!(!all.contains("disadvantage"), "{all}");
    assert!(
        all.contains("- “Telephone number” is part of “Account details”, which Shop Ltd already collects; it is now named on its own, and the User is free not to provide it.\n"),
        "{all}"
    );
    // The diff's kind says so for the reviewer too: `DATA_DETAILED`.
    let kinds: Vec<_> = diff::diff(&old, &edition("account.email, account.phone"))
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert!(kinds.contains(&diff::ChangeKind::DataDetailed), "{kinds:?}");
    // The other way round, the part is no longer named on its own, and
    // its whole is still collected: nothing is collected less.
    let back =
        policyc::render::notice::markdown(&edition("account.email, account.phone"), &old, "d")
            .unwrap();
    assert!(!back.contains("no longer collects"), "{back}");
    assert!(!back.contains("in the User's favour"), "{back}");
    assert!(
        back.contains("- “Telephone number” is no longer named on its own: it is part of “Account details”, which Shop Ltd still collects.\n"),
        "{back}"
    );
    // A part that says more than its whole, a special category here, is
    // new collection, in the notice as in the diff.
    let special_text = old_text.replace(
        "{ required }\n",
        "{ required }\ndata account.health \"Health data\" {\n  special health\n  optional\n}\n",
    );
    let special = policyc::check_source(&special_text).policy.unwrap();
    let said = policyc::render::notice::markdown(&old, &special, "d").unwrap();
    let more = said
        .find("disadvantage")
        .unwrap_or_else(|| panic!("{said}"));
    let line = said
        .find("Shop Ltd now collects “Health data”")
        .unwrap_or_else(|| panic!("{said}"));
    assert!(line > more && !said.contains("is part of"), "{said}");
    let some = policyc::render::notice::markdown(&old, &edition("account.email"), "d").unwrap();
    assert!(!some.contains("now collects"), "{some}");
    assert!(
        some.contains("no longer uses all of “Account details” (only “E-mail address”)"),
        "{some}"
    );
}

/// What the reader can do before the new edition takes effect: the
/// rights its text states, declared or stated by default under its
/// regime, not only the declared ones.
#[test]
fn before_then_lists_the_rights_the_regime_grants_too() {
    use policyc::model::RightKind;
    use policyc::regimes::{self, Stated};
    let old = compile("tests/fixtures/notice/old.policy");
    let text = std::fs::read_to_string("tests/fixtures/notice/new.policy").unwrap();
    let declared = "right withdraw_consent {\n  via \"privacy@shop.example\"\n  anytime\n}\n";
    assert!(text.contains(declared));
    let new = policyc::check_source(&text.replace(declared, ""))
        .policy
        .unwrap();
    // Under GDPR the right follows from the purpose on consent: the text
    // states it by default, and so does the notice.
    assert!(
        regimes::stated(&new)
            .iter()
            .any(|r| matches!(r, Stated::ByDefault(RightKind::WithdrawConsent)))
    );
    let notice = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    let before = &notice[notice.find("Before then").unwrap()..];
    assert!(
        before
            .contains("- You can withdraw consent given to processing that is based on consent.\n"),
        "{before}"
    );
    // Declared, it says where to exercise it.
    let declared = compile("tests/fixtures/notice/new.policy");
    let notice = policyc::render::notice::markdown(&old, &declared, "d").unwrap();
    assert!(
        notice.contains("- You can withdraw consent given to processing that is based on consent. You can exercise this right by writing to privacy@shop.example.\n"),
        "{notice}"
    );
}

/// The README names each kind the notice says in words of its own, and
/// the kinds of issue 18's change notice, with their class.
#[test]
fn the_readme_names_the_kinds_the_notice_words() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for kind in [
        "RECIPIENT_ADDED",
        "TRANSFER_GROUND_ADDED",
        "RECIPIENT_SOLD",
        "COMMITMENT_REMOVED",
        "TRACKER_ADDED",
        "PURPOSE_DIRECT_MARKETING_REMOVED",
        "PURPOSE_DIRECT_MARKETING_ADDED",
        "SPECIAL_CONDITION_LOOSENED",
        "SPECIAL_CONDITION_TIGHTENED",
        "SPECIAL_CONDITION_CHANGED",
        "TRACKER_WIDENED",
        "TRACKER_NARROWED",
        "TRACKER_REMOVED",
        "RIGHT_SLOWER",
        "RIGHT_FASTER",
        "COMMITMENT_ADDED",
    ] {
        let kind = diff::ChangeKind::parse(kind).unwrap();
        assert!(readme.contains(&format!("`{kind}`")), "{kind}");
    }
    for (kind, class) in [
        ("PURPOSE_DIRECT_MARKETING_REMOVED", "expanding"),
        ("SPECIAL_CONDITION_LOOSENED", "expanding"),
        ("SPECIAL_CONDITION_TIGHTENED", "narrowing"),
        ("SPECIAL_CONDITION_CHANGED", "editorial"),
    ] {
        assert_eq!(
            diff::ChangeKind::parse(kind).unwrap().class().as_str(),
            class
        );
        assert!(
            readme.contains(&format!("`{kind}` ({class})"))
                || readme.contains(&format!("`{kind}` is {class}")),
            "{kind} {class}"
        );
    }
}

/// Trailmark 2.0.0 names its SDKs' providers as declared recipients: the
/// notice names each provider and gives each tracker its own reason, in
/// every language a notice is written in, not the kind's general words
/// once with the first reason.
#[test]
fn each_trackers_new_provider_is_named_with_its_own_reason() {
    let entry = |version: &str| -> policyc::model::Policy {
        serde_json::from_str(
            &std::fs::read_to_string(format!(
                "generated/trailmark_privacy/history/{version}.json"
            ))
            .unwrap(),
        )
        .unwrap()
    };
    let (old, new) = (entry("1.1.0"), entry("2.0.0"));
    for lang in policyc::l10n::Lang::ALL {
        let words = policyc::render::lexicon::Lexicon::of(lang).unwrap();
        let notice =
            policyc::render::notice::markdown_in(&old, &new, "../editions/1.1.0/policy", &words)
                .unwrap();
        assert!(!notice.contains("reaches further"), "{lang:?}: {notice}");
        for (tracker, provider, why) in [
            (
                "Analytics SDK",
                "App analytics provider",
                "the analytics SDK collects",
            ),
            (
                "Attribution SDK",
                "Mobile measurement provider",
                "the attribution SDK collects",
            ),
        ] {
            let line = notice
                .lines()
                .find(|l| l.contains(tracker))
                .unwrap_or_else(|| panic!("{lang:?}: {notice}"));
            assert!(line.contains(provider), "{lang:?}: {line}");
            assert!(line.contains(why), "{lang:?}: {line}");
        }
    }
    let english =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.1.0..2.0.0.md").unwrap();
    insta::assert_snapshot!("trailmark_2_0_0_markdown", english);
    let german =
        std::fs::read_to_string("generated/trailmark_privacy/de/notice/1.1.0..2.0.0.md").unwrap();
    insta::assert_snapshot!("trailmark_2_0_0_markdown_de", german);
}

/// An edition that says when it was published (`published DATE "URL"`):
/// the notice says so and when it takes effect in one sentence, in every
/// language and both formats, and does not list the date's change among the changes;
/// the line under the text's title gives it too.
#[test]
fn the_notice_and_the_text_say_when_the_edition_was_published() {
    let entry = |version: &str| -> policyc::model::Policy {
        serde_json::from_str(
            &std::fs::read_to_string(format!(
                "generated/trailmark_privacy/history/{version}.json"
            ))
            .unwrap(),
        )
        .unwrap()
    };
    let (old, new) = (entry("1.1.0"), entry("2.0.0"));
    let published = new.header.published_on.unwrap();
    assert_eq!(published.to_string(), "2027-01-15");
    assert!(
        diff::diff(&old, &new)
            .changes
            .iter()
            .any(|c| c.kind == diff::ChangeKind::PublicationDateChanged),
    );
    for (lang, sentence, change, and) in [
        (
            policyc::l10n::Lang::En,
            "The new edition was published on ",
            "publication date",
            " and takes effect on ",
        ),
        (
            policyc::l10n::Lang::De,
            "Die neue Fassung wurde am ",
            "Veröffentlichungsdatum",
            " veröffentlicht und tritt am ",
        ),
        (
            policyc::l10n::Lang::Fr,
            "La nouvelle version a été publiée le ",
            "date de publication",
            " et prend effet le ",
        ),
        (
            policyc::l10n::Lang::Es,
            "La nueva versión se publicó el ",
            "fecha de publicación",
            " y entra en vigor el ",
        ),
    ] {
        let words = policyc::render::lexicon::Lexicon::of(lang).unwrap();
        let (on, from) = (
            words.date(published).unwrap(),
            words.date(new.header.effective).unwrap(),
        );
        let markdown = policyc::render::notice::markdown_in(&old, &new, "p", &words).unwrap();
        let html = policyc::render::notice::html_in(&old, &new, "p", &words).unwrap();
        for notice in [&markdown, &html] {
            assert!(
                notice.contains(&format!("{sentence}{on}{and}{from}")),
                "{lang:?}: {notice}"
            );
        }
        // The change of the date is not one for the reader.
        assert!(!markdown.contains(change), "{lang:?}: {markdown}");
    }
    let text = std::fs::read_to_string("generated/trailmark_privacy/policy.md").unwrap();
    assert!(
        text.contains("\nVersion 2.0.0, published 15 January 2027, effective 15 February 2027\n"),
        "{text}"
    );
    let german = std::fs::read_to_string("generated/trailmark_privacy/de/policy.md").unwrap();
    assert!(
        german.contains("veröffentlicht am 15. Januar 2027, gültig ab 15. Februar 2027"),
        "{german}"
    );
}
/// Free text policyc does not check is a group of its own, asking the
/// reader to read each provision, quoted whole, never "Some other
/// provisions are worded differently" among what is only explained
/// better.
#[test]
fn reworded_provisions_are_quoted_in_a_group_of_their_own() {
    let notice =
        std::fs::read_to_string("generated/pro_it_privacy/notice/1.0.0..2.0.0.md").unwrap();
    let reworded = notice
        .split("\n## ")
        .find(|group| group.starts_with("These provisions are reworded; read them in full"))
        .unwrap_or_else(|| panic!("{notice}"));
    assert!(
        reworded.contains("The User's obligations are worded differently. In the new edition: “The User guarantees that the personal information they provide is reliable and keeps it up to date.”"),
        "{reworded}"
    );
    assert!(
        reworded.contains("“Information the User provides about himself” is now called “Information the User provides about themselves”."),
        "{reworded}"
    );
    let explained = notice
        .split("\n## ")
        .find(|group| group.starts_with("What is only explained better"))
        .unwrap();
    assert!(!explained.contains("worded differently"), "{explained}");
    // When a new edition takes effect is said in the new edition's words.
    assert!(
        notice.contains("- The policy now says: A new edition of this Policy takes effect when the notice period of 30 days has passed."),
        "{notice}"
    );
    let german =
        std::fs::read_to_string("generated/trailmark_privacy/de/notice/1.0.0..1.1.0.md").unwrap();
    assert!(
        german
            .contains("## Wir haben diese Bestimmungen neu formuliert; lesen Sie sie vollständig"),
        "{german}"
    );
}

/// Two changes said in the same words are said once, with the reason of
/// each: the EU example's 2.0.0 names the provider of two SDKs, each with
/// its own reason.
#[test]
fn changes_said_alike_keep_every_reason() {
    let notice =
        std::fs::read_to_string("generated/trailmark_privacy/notice/1.1.0..2.0.0.md").unwrap();
    for reason in [
        "To name the company that receives what the analytics SDK collects",
        "To name the company that receives what the attribution SDK collects",
    ] {
        assert!(notice.contains(reason), "{reason}: {notice}");
    }
}
