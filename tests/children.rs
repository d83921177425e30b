//! Children (issue 14 item 4): the `children` block (audience, minimum
//! age, knowingly collects, parental consent, parent's rights) in the
//! model, its checks, its section in every format, its diff kinds and
//! fmt's canonical order, on `tests/fixtures/children/`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;
#[path = "common/readme.rs"]
mod readme;

use std::path::Path;

use common::{codes_of, policy_of};
use policyc::codes::Code;
use policyc::model::{Audience, ParentRight};

fn app_source() -> String {
    common::read("tests/fixtures/children/app.policy")
}

/// The app with its `children` block replaced by `block`.
fn with_children(block: &str) -> String {
    let source = app_source();
    let cut = source.find("children {").unwrap();
    format!("{}{block}", &source[..cut])
}

#[test]
fn the_stance_on_children_is_in_the_model() {
    let policy = policy_of(&app_source());
    let children = policy.children.unwrap();
    assert_eq!(children.audience, Audience::Mixed);
    assert_eq!(children.minimum_age, Some(16));
    assert_eq!(children.knowingly_collects, Some(true));
    assert!(
        children
            .parental_consent
            .unwrap()
            .starts_with("A parent confirms")
    );
    assert_eq!(
        children.parent_rights,
        [
            ParentRight::Review,
            ParentRight::Delete,
            ParentRight::RefuseFurtherCollection
        ]
    );
}

#[test]
fn a_policy_without_a_children_block_keeps_its_json() {
    let source = app_source();
    let cut = source.find("children {").unwrap();
    let without = source[..cut].replace("regimes    gdpr, coppa", "regimes    gdpr");
    let json = serde_json::to_string(&policy_of(&without)).unwrap();
    assert!(!json.contains("children"), "{json}");
    let with = serde_json::to_string(&policy_of(&source)).unwrap();
    assert!(with.contains("\"children\""), "{with}");
}

#[test]
fn the_block_s_values_come_from_their_sets() {
    let wrong = with_children("children {\n  audience kids\n}\n");
    assert!(codes_of(&wrong).contains(&Code::UnknownKeyword));
    let wrong = with_children("children {\n  audience general\n  knowingly_collects maybe\n}\n");
    assert!(codes_of(&wrong).contains(&Code::UnknownKeyword));
    let wrong = with_children("children {\n  audience general\n  parent_rights review, erase\n}\n");
    assert!(codes_of(&wrong).contains(&Code::UnknownKeyword));
    let twice =
        with_children("children {\n  audience general\n}\nchildren {\n  audience general\n}\n");
    assert!(codes_of(&twice).contains(&Code::Duplicate));
    let unknown = with_children("children {\n  audience general\n  age 13\n}\n");
    assert!(codes_of(&unknown).contains(&Code::UnknownProperty));
}

#[test]
fn fmt_orders_a_children_block() {
    let source = "children {\n  parental_consent \"x\"\n  audience mixed\n  minimum_age 13\n}\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert_eq!(
        formatted,
        "children {\n  audience         mixed\n  minimum_age      13\n  parental_consent \"x\"\n}\n"
    );
}

#[test]
fn coppa_asks_consent_and_rights_only_of_a_service_children_under_13_use() {
    // A mixed audience that screens out children under 13 needs neither.
    let screened = with_children(
        "children {\n  audience mixed\n  minimum_age 16\n  knowingly_collects no\n}\n",
    );
    assert!(codes_of(&screened).is_empty(), "{:?}", codes_of(&screened));
    // Without the screen, both are asked.
    let open = with_children("children {\n  audience mixed\n  minimum_age 12\n}\n");
    let codes = codes_of(&open);
    assert!(
        codes.contains(&Code::ChildrenWithoutParentalConsent),
        "{codes:?}"
    );
    assert!(codes.contains(&Code::ParentRightsMissing), "{codes:?}");
    // Without COPPA, neither.
    let gdpr = open.replace("regimes    gdpr, coppa", "regimes    gdpr");
    let codes = codes_of(&gdpr);
    assert!(
        !codes.contains(&Code::ChildrenWithoutParentalConsent),
        "{codes:?}"
    );
    assert!(!codes.contains(&Code::ParentRightsMissing), "{codes:?}");
}

#[test]
fn the_age_of_digital_consent_follows_the_regime() {
    let block = "children {\n  audience mixed\n  minimum_age 16\n  parental_consent \"x\"\n}\n";
    let uk = with_children(block).replace("regimes    gdpr, coppa", "regimes    uk_gdpr");
    assert_eq!(codes_of(&uk), [Code::AgeOfConsentOutOfRange]);
    let eu = with_children(block).replace("regimes    gdpr, coppa", "regimes    gdpr");
    assert!(codes_of(&eu).is_empty(), "{:?}", codes_of(&eu));
    // An adult service may set its own higher age.
    let adult = with_children(
        "children {\n  audience general\n  minimum_age 18\n  knowingly_collects no\n}\n",
    );
    assert!(codes_of(&adult).is_empty(), "{:?}", codes_of(&adult));
}

#[test]
fn an_age_out_of_range_is_refused_without_panic() {
    for age in ["0", "-3", "100", "99999999999999999999999"] {
        let source = with_children(&format!(
            "children {{\n  audience general\n  minimum_age {age}\n}}\n"
        ));
        let checked = policyc::check_source(&source);
        let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::AgeNotAnAge], "{age}");
        assert!(checked.policy.is_none());
    }
}

#[test]
fn under_coppa_a_policy_states_its_stance_on_children() {
    let source = app_source();
    let cut = source.find("children {").unwrap();
    assert_eq!(codes_of(&source[..cut]), [Code::ChildrenStanceNotStated]);
}

#[test]
fn the_children_section_is_in_every_format_and_says_what_is_declared() {
    use policyc::render::{html, markdown, plain_text};
    let policy = policy_of(&app_source());
    let md = markdown(&policy);
    let start = md.find("## 9. Children").expect(&md);
    let section = &md[start..start + md[start..].find("\n## 10.").unwrap()];
    insta::assert_snapshot!("children_section_md", section);
    for sentence in [
        "Learn is directed to a general audience that includes children.",
        "Anyone under 16 can use Learn only with the consent of a parent or guardian.",
        "We knowingly collect personal information from children under 16 only with the consent of a parent or guardian.",
        "We obtain the consent of a parent or guardian as follows: A parent confirms",
        "A parent or guardian can review the personal information collected from their child,",
    ] {
        assert!(section.contains(sentence), "{sentence}\n{section}");
    }
    assert!(html(&policy).contains("Children</h2>"));
    assert!(plain_text(&policy).contains("CHILDREN") || plain_text(&policy).contains("Children"));
    // Nothing is said that the block does not state.
    let bare = policy_of(&with_children(
        "children {\n  audience general\n  minimum_age 13\n  knowingly_collects no\n}\n",
    ));
    let md = markdown(&bare);
    assert!(
        md.contains("No one under 13 is allowed to use Learn."),
        "{md}"
    );
    assert!(
        md.contains("We do not knowingly collect personal information from children under 13.")
    );
    assert!(!md.contains("parent"), "{md}");
}

/// A service not directed to children that also commits to it says so
/// once, in the commitments section; without the commitment, the
/// children section says it.
#[test]
fn not_directed_to_children_is_said_once() {
    use policyc::render::markdown;
    let block = "children {\n  audience general\n  minimum_age 13\n  knowingly_collects no\n}\n";
    let md = markdown(&policy_of(&with_children(block)));
    assert_eq!(md.matches("not directed to children").count(), 1, "{md}");
    assert!(md.contains("Learn is not directed to children."), "{md}");
    let committed = format!("{block}\ncommit not_directed_to_children\n");
    let md = markdown(&policy_of(&with_children(&committed)));
    assert_eq!(md.matches("not directed to children").count(), 1, "{md}");
    assert!(
        md.contains("Our service is not directed to children."),
        "{md}"
    );
    assert!(
        md.contains("No one under 13 is allowed to use Learn."),
        "{md}"
    );
    // (Harbor Lane is W0437, which `policyc.toml` accepts for it.)
    let harbor = markdown(
        &policyc::check_source(&common::read("policies/examples/harbor-lane-shop.policy"))
            .policy
            .unwrap(),
    );
    assert_eq!(
        harbor.matches("not directed to children").count(),
        1,
        "{harbor}"
    );
}

#[test]
fn a_policy_without_a_children_block_has_no_children_section() {
    let source = app_source();
    let cut = source.find("children {").unwrap();
    let without = source[..cut].replace("regimes    gdpr, coppa", "regimes    gdpr");
    let md = policyc::render::markdown(&policy_of(&without));
    assert!(!md.contains("Children"), "{md}");
}

/// The changes `policyc diff` finds between two editions of a pair of
/// `tests/fixtures/children/diff/`, by kind id and class.
fn changes(pair: &str, old: &str, new: &str) -> Vec<(String, String)> {
    let read = |side: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/children/diff/{pair}/{side}.policy"));
        policy_of(&std::fs::read_to_string(path).unwrap())
    };
    policyc::diff::diff(&read(old), &read(new))
        .changes
        .iter()
        .map(|c| (c.kind.id().to_owned(), c.class().as_str().to_owned()))
        .collect()
}

#[test]
fn each_change_of_the_stance_on_children_has_its_kind_and_class() {
    let widened = changes("widened", "old", "new");
    let expected = [
        ("CHILDREN_AUDIENCE_WIDENED", "expanding"),
        ("CHILDREN_MINIMUM_AGE_LOWERED", "expanding"),
        ("CHILDREN_KNOWINGLY_COLLECTED", "expanding"),
        ("CHILDREN_PARENTAL_CONSENT_STATED", "narrowing"),
        ("PARENT_RIGHT_ADDED", "narrowing"),
    ];
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, c)| ((*k).to_owned(), (*c).to_owned()))
            .collect()
    };
    assert_eq!(widened, owned(&expected));
    let narrowed = changes("widened", "new", "old");
    let mirrored = [
        ("CHILDREN_AUDIENCE_NARROWED", "narrowing"),
        ("CHILDREN_MINIMUM_AGE_RAISED", "narrowing"),
        ("CHILDREN_NOT_KNOWINGLY_COLLECTED", "narrowing"),
        ("CHILDREN_PARENTAL_CONSENT_DROPPED", "expanding"),
        ("PARENT_RIGHT_REMOVED", "expanding"),
    ];
    assert_eq!(narrowed, owned(&mirrored));
    let stated = changes("stance", "old", "new");
    assert!(stated.contains(&("CHILDREN_STANCE_STATED".to_owned(), "narrowing".to_owned())));
    let dropped = changes("stance", "new", "old");
    assert!(dropped.contains(&("CHILDREN_STANCE_DROPPED".to_owned(), "expanding".to_owned())));
    let reworded = changes("consent_reworded", "old", "new");
    assert_eq!(
        reworded,
        owned(&[("CHILDREN_PARENTAL_CONSENT_CHANGED", "editorial")])
    );
}

#[test]
fn every_children_clause_traces_to_the_block() {
    use policyc::render::document::Origin;
    let policy = policy_of(&app_source());
    let traced: Vec<_> = policyc::render::trace::clauses(&policy)
        .unwrap()
        .into_iter()
        .filter(|(_, origins)| origins.contains(&Origin::Children))
        .map(|(number, _)| number)
        .collect();
    assert_eq!(traced, ["9.1", "9.2", "9.3", "9.4", "9.5"]);
}

/// `policyc init` in a new directory with `args`: the policy it writes.
fn init(dir: &Path, args: &[&str]) -> String {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .current_dir(dir)
        .args(["init", "--id", "kids"])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::read_to_string(dir.join("policies/kids.policy")).unwrap()
}

#[test]
fn init_writes_the_stance_out_under_coppa_and_as_a_comment_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let coppa = init(dir.path(), &["--regime", "coppa"]);
    assert!(
        coppa.contains("\nchildren {\n  audience           general\n"),
        "{coppa}"
    );
    assert!(
        coppa.contains("// CHILDREN (COPPA Rule, 16 CFR §312.4(d)(2))."),
        "{coppa}"
    );
    assert!(coppa.contains("correct it to the Service's"), "{coppa}");
    let checked = policyc::check_source(&coppa);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let dir = tempfile::tempdir().unwrap();
    let gdpr = init(dir.path(), &["--regime", "gdpr"]);
    assert!(gdpr.contains("\n// children {\n"), "{gdpr}");
    assert!(!gdpr.contains("\nchildren {"), "{gdpr}");
    assert!(gdpr.contains("// CHILDREN.\n"), "{gdpr}");
    assert!(
        gdpr.contains("`audience` general, mixed or children."),
        "{gdpr}"
    );
}

/// The README's section on children.
fn readme_section() -> String {
    readme::section("## Children\n", "\n## The example policy")
}

#[test]
fn the_readme_s_children_section_holds() {
    let section = readme_section();
    // Its example is the fixture's block, which checks clean.
    let block = readme::first_policy_block(&section);
    assert!(app_source().ends_with(block), "{block}");
    // Every code of the range and every kind of the block is named.
    // E0376 took a number of the range for a test's tracker expectation,
    // E0378 and W0374 for a tracker's provider, which the trackers section
    // names, and W0375 for a section's heading, which the sections one
    // names.
    let elsewhere = [
        Code::TestUnknownTracker,
        Code::FirstPartyTrackerRecipient,
        Code::TrackerProviderUnlinked,
        Code::HeadingOfJurisdictionSection,
    ];
    for code in Code::ALL {
        if code.as_str().get(1..4) == Some("037") && !elsewhere.contains(code) {
            assert!(section.contains(code.as_str()), "{code}");
        }
    }
    for kind in policyc::diff::ChangeKind::ALL {
        if kind.id().starts_with("CHILDREN_") || kind.id().starts_with("PARENT_RIGHT_") {
            assert!(section.contains(&format!("`{}`", kind.id())), "{kind}");
        }
    }
    // The sentences it quotes are the text's.
    let md = policyc::render::markdown(&policy_of(&app_source()));
    for quoted in [
        "Learn is directed to a general audience that includes children.",
        "Anyone under 16 can use Learn only with the consent of a parent or guardian.",
    ] {
        assert!(md.contains(quoted), "{quoted}");
        assert!(section.replace("\n  ", " ").contains(quoted), "{quoted}");
    }
    let bare = policy_of(&with_children(
        "children {\n  audience mixed\n  minimum_age 16\n  knowingly_collects no\n}\n",
    ));
    assert!(policyc::render::markdown(&bare).contains("No one under 16 is allowed to use Learn."));
    assert!(section.contains("\"No one under 16 is allowed to use Learn.\""));
}

/// The app with `tests` after its `children` block.
fn app_with_tests(tests: &str) -> String {
    format!("{}\n{tests}", app_source())
}

#[test]
fn the_rule_table_carries_the_stance_as_a_bool_and_the_runtime_decides() {
    use policy_runtime::{Audience, ChildCode, ChildrenEntry, Facts, Rules};
    let table = policyc::rules::table(&policy_of(&app_source()));
    assert_eq!(
        table.children,
        Some(ChildrenEntry::new(Audience::Mixed, Some(16), true))
    );
    let json = String::from_utf8(policyc::rules::to_json(&table)).unwrap();
    assert!(json.contains("\"children\": {"), "{json}");
    assert!(!json.contains("small card payment"), "{json}");
    let rules = Rules::from_table(table).unwrap();
    let decide = |facts: &[&str]| rules.decide_child(&Facts::from_iter(facts.iter().copied()));
    assert_eq!(decide(&[]).code, ChildCode::NotAChild);
    assert_eq!(
        decide(&["child"]).code,
        ChildCode::ChildWithoutParentalConsent
    );
    assert_eq!(
        decide(&["child", "parental_consent"]).code,
        ChildCode::ParentalConsent
    );
    assert_eq!(
        decide(&["child", "age_verified"]).code,
        ChildCode::AgeVerified
    );
    // without the mechanism, the minimum age shuts children out
    let shut = policy_of(&with_children(
        "children {\n  audience mixed\n  minimum_age 16\n  knowingly_collects no\n}\n",
    ));
    let rules = Rules::from_table(policyc::rules::table(&shut)).unwrap();
    let d = rules.decide_child(&Facts::from_iter(["child", "parental_consent"]));
    assert_eq!(d.code, ChildCode::ChildrenNotAllowed);
    // a policy without the block: no `children` in its table, no stance
    let none = policy_of(&with_children("").replace("gdpr, coppa", "gdpr"));
    let table = policyc::rules::table(&none);
    assert_eq!(table.children, None);
    assert!(
        !String::from_utf8(policyc::rules::to_json(&table))
            .unwrap()
            .contains("children")
    );
    let rules = Rules::from_table(table).unwrap();
    assert_eq!(
        rules.decide_child(&Facts::new().with("child")).code,
        ChildCode::NoStance
    );
}

#[test]
fn test_blocks_state_child_expectations_run_by_the_runtime() {
    use policy_runtime::Rules;
    let source = app_with_tests(
        "test \"parental consent allows a child's account\" {\n  deny  children\n  allow children given parental_consent\n  allow children given age_verified\n}\n",
    );
    // the age facts are known: no W0110
    assert_eq!(codes_of(&source), []);
    let policy = policy_of(&source);
    let [test] = policy.tests.as_slice() else {
        panic!("one test block: {:?}", policy.tests);
    };
    assert!(test.expectations.is_empty() && test.trackers.is_empty());
    assert_eq!(test.children.len(), 3);
    assert_eq!(test.children[1].facts, ["parental_consent"]);
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (3, 0), "{failures:?}");
    // the opposite expectations fail, each with the runtime's reason
    let wrong = policy_of(&app_with_tests(
        "test \"kids\" {\n  allow children\n  deny  children given parental_consent\n}\n",
    ));
    let (run, failures) = policyc::driver::test::run_policy(&wrong, &rules);
    assert_eq!((run, failures.len()), (2, 2));
    assert!(failures.iter().all(|d| d.code == Code::TestFailed));
    assert_eq!(
        failures[0].message,
        "test \"kids\": a child's use of the service should be allowed, but it is denied"
    );
    assert!(
        failures[0]
            .label
            .contains("only with a parent's consent (fact `parental_consent`)"),
        "{}",
        failures[0].label
    );
    assert_eq!(
        failures[1].message,
        "test \"kids\": a child's use of the service given parental_consent should be denied, but it is allowed"
    );
    // a misspelt age fact is W0110, with the right one suggested
    let typo = app_with_tests("test \"t\" {\n  allow children given parental_consnt\n}\n");
    assert_eq!(codes_of(&typo), [Code::UnknownFact]);
}

#[test]
fn a_data_category_named_children_still_reads_as_one_and_json_keeps_its_bytes() {
    let source = app_with_tests(
        "test \"t\" {\n  deny children for reminders\n  allow children for service\n}\n",
    )
    .replace("uses  account, progress", "uses  account, progress, children")
    .replace("data progress", "data children \"Kids\" {\n  source user\n  identity identified\n  required by contract \"the account cannot be opened\"\n}\nretain children for 1 year from account_closure\n\ndata progress");
    let policy = policy_of(&source);
    assert_eq!(policy.tests[0].expectations.len(), 2);
    assert!(policy.tests[0].children.is_empty());
    let json = serde_json::to_string(&policy.tests).unwrap();
    assert!(!json.contains("\"children\":"), "{json}");
}

#[test]
fn fmt_keeps_child_expectations() {
    let source = app_with_tests(
        "test \"kids\" {\n  deny children\n  allow children given parental_consent\n}\n",
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("  deny  children\n  allow children given parental_consent\n"),
        "{formatted}"
    );
}

#[test]
fn the_readme_s_runtime_and_test_paragraphs_hold() {
    let section = readme_section();
    // Every code of the child decision is named.
    for code in policy_runtime::ChildCode::ALL {
        assert!(section.contains(&format!("`{code}`")), "{code}");
    }
    for fact in policy_runtime::fact::AGE {
        assert!(section.contains(&format!("`{fact}`")), "{fact}");
    }
    // Its test block is the example's, which holds.
    let start = section
        .find("test \"parental consent allows a child's account\"")
        .unwrap();
    let end = start + section[start..].find("\n  }\n").unwrap() + 5;
    let block = section[start..end].replace("\n  ", "\n");
    let example = common::read("policies/examples/trailmark-app.policy");
    assert!(example.contains(&block), "{block}");
    let policy = policy_of(&app_with_tests(&block));
    let rules = policy_runtime::Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (3, 0), "{failures:?}");
}

#[test]
fn the_conformance_vectors_ask_the_child_question() {
    use policy_runtime::ChildCode;
    use policyc::targets::conformance::{self, Code, Query};
    let table = policyc::rules::table(&policy_of(&app_source()));
    assert!(table.children.is_some());
    let rules = policy_runtime::Rules::from_table(table.clone()).unwrap();
    // The child question under every subset of its three facts, which the
    // OPA and Cedar targets are tested on (tests/opa.rs, tests/cedar.rs).
    let asked: Vec<Query> = conformance::sample(&table)
        .into_iter()
        .filter(|q| matches!(q, Query::Child { .. }))
        .collect();
    assert_eq!(asked.len(), 8, "{asked:?}");
    let codes: std::collections::BTreeSet<Code> =
        asked.iter().map(|q| q.decide(&rules).code).collect();
    for code in [
        ChildCode::NotAChild,
        ChildCode::AgeVerified,
        ChildCode::ParentalConsent,
        ChildCode::ChildWithoutParentalConsent,
    ] {
        assert!(codes.contains(&Code::Child(code)), "{code}: {codes:?}");
    }
    let section = readme_section();
    assert!(!section.contains("leave the child question out"));
    let words = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("the conformance vectors ask the child question"));
}

/// A policy without a `children` block asked the child question: E0377,
/// for `allow` and `deny` alike (the answer would be `no_stance` whatever
/// the test meant); with the block, none.
#[test]
fn a_child_expectation_without_a_stance_is_e0377() {
    let base = common::read("tests/fixtures/diagnostics/e0377_test_children_without_stance.policy");
    let deny = base.replace(
        "allow children given parental_consent",
        "deny  children\n  allow children given age_verified",
    );
    let codes = codes_of(&deny);
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == Code::TestChildrenWithoutStance)
            .count(),
        2,
        "{codes:?}"
    );
    let with_block = base.replace(
        "test \"",
        "children {\n  audience         mixed\n  minimum_age      16\n  parental_consent \"A parent confirms by e-mail.\"\n}\n\ntest \"",
    );
    let codes = codes_of(&with_block);
    assert!(
        !codes.contains(&Code::TestChildrenWithoutStance),
        "{codes:?}"
    );
}

/// E0433: a block that knowingly collects from children under its
/// minimum age, with no parent's consent to let them in, contradicts
/// itself ("No one under 10 is allowed to use Learn." and "We knowingly
/// collect personal information from children under 10."), under every
/// regime; a parent's consent or `knowingly_collects no` clears it.
#[test]
fn collecting_from_the_children_the_age_keeps_out_is_e0433() {
    let block = "children {\n  audience children\n  minimum_age 10\n  knowingly_collects yes\n}\n";
    for regimes in ["gdpr, coppa", "gdpr", "none"] {
        let source = with_children(block)
            .replace("regimes    gdpr, coppa", &format!("regimes    {regimes}"));
        let checked = policyc::check_source(&source);
        let e0433: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::ChildrenCollectedBelowMinimumAge)
            .collect();
        assert_eq!(e0433.len(), 1, "{regimes}: {:?}", checked.diagnostics);
        let d = e0433[0];
        // At `knowingly_collects`, with the minimum age as its second place.
        assert_eq!(&source[d.span.start..d.span.end], "knowingly_collects yes");
        assert_eq!(d.notes.len(), 1);
        assert_eq!(
            &source[d.notes[0].span.start..d.notes[0].span.end],
            "minimum_age 10"
        );
        let help = d.help.as_deref().unwrap();
        assert!(help.contains("parental_consent"), "{help}");
        assert!(help.contains("`knowingly_collects no`"), "{help}");
        assert!(checked.policy.is_none());
    }
    // Either fix clears it.
    let consent = block.replace("yes\n", "yes\n  parental_consent \"A parent confirms.\"\n");
    let none = with_children(&consent).replace("regimes    gdpr, coppa", "regimes    none");
    assert!(!codes_of(&none).contains(&Code::ChildrenCollectedBelowMinimumAge));
    let no = with_children(&block.replace("knowingly_collects yes", "knowingly_collects no"))
        .replace("regimes    gdpr, coppa", "regimes    none");
    assert!(!codes_of(&no).contains(&Code::ChildrenCollectedBelowMinimumAge));
    // Knowing collection without a minimum age says nothing against itself.
    let no_age = with_children("children {\n  audience mixed\n  knowingly_collects yes\n}\n")
        .replace("regimes    gdpr, coppa", "regimes    none");
    assert!(!codes_of(&no_age).contains(&Code::ChildrenCollectedBelowMinimumAge));
}

/// Knowing collection where a parent's consent is declared is said to be
/// only with that consent, in every language; the README quotes it.
#[test]
fn knowing_collection_with_a_parent_s_consent_says_so() {
    let said = [
        (
            "en",
            "We knowingly collect personal information from children under 16 only with the consent of a parent or guardian.",
        ),
        (
            "de",
            "Wir erheben wissentlich personenbezogene Daten von Kindern unter 16 Jahren nur mit Einwilligung eines Elternteils oder Erziehungsberechtigten.",
        ),
        (
            "fr",
            "uniquement avec le consentement d'un parent ou tuteur.",
        ),
        (
            "es",
            "solo con el consentimiento de su padre, madre o tutor.",
        ),
    ];
    for (lang, sentence) in said {
        let source = app_source().replace("language   en", &format!("language   {lang}"));
        let md = policyc::render::markdown(&policy_of(&source));
        assert!(md.contains(sentence), "{lang}: {sentence}\n{md}");
    }
    let section = readme_section().replace("\n  ", " ");
    assert!(section.contains(said[0].1), "{section}");
    assert!(section.contains("E0433"), "{section}");
    // Without a parent's consent, a knowing collection with no minimum
    // age stays a bare statement.
    let bare = policy_of(&with_children(
        "children {\n  audience mixed\n  knowingly_collects yes\n  parent_rights review, delete, refuse_further_collection\n}\n",
    ).replace("regimes    gdpr, coppa", "regimes    none"));
    let md = policyc::render::markdown(&bare);
    assert!(
        md.contains("We knowingly collect personal information from children."),
        "{md}"
    );
}
