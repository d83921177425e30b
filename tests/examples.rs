//! The example policies of `policies/examples/`: a US online shop and an EU
//! fitness app. Each checks clean under its regimes with no lint accepted,
//! builds into the `generated/` committed beside it, passes its test
//! blocks, and its built `rules.json` answers the questions of US state law
//! and of trackers through the runtime crate and `policyc query`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[expect(
    dead_code,
    reason = "both examples are W0437, which `policyc.toml` accepts: no test here asks a policy without any diagnostic"
)]
mod common;
#[path = "common/readme.rs"]
#[expect(
    dead_code,
    reason = "these tests read sections, not their policy blocks"
)]
mod readme;

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use policy_runtime::{DecisionCode, Facts, Rules, TrackerCode};
use policyc::model::{Policy, Regime, Target};
use serde_json::Value;

/// The US shop: California and other US states.
const SHOP: &str = "policies/examples/harbor-lane-shop.policy";
/// The EU app: GDPR.
const APP: &str = "policies/examples/trailmark-app.policy";
/// The main example, from the seed: GDPR.
const PRO: &str = "policies/pro-it-group.policy";

/// Each example with the languages it is published in, its own first.
const PUBLISHED: [(&str, [&str; 2]); 3] = [
    (PRO, ["en", "de"]),
    (SHOP, ["en", "es"]),
    (APP, ["en", "de"]),
];

/// The codes of `policyc check` on translation files.
const TRANSLATION_CODES: [&str; 5] = ["E0210", "W0211", "W0212", "E0213", "W0214"];

/// An example's checked policy; any diagnostic at all, a warning
/// included, fails, but W0437, which `policyc.toml` accepts for both
/// examples with its reason (their banners set both consent facts).
fn checked(path: &str) -> Policy {
    let source = common::read(path);
    let codes = common::codes_of(&source);
    assert!(
        codes
            .iter()
            .all(|c| *c == policyc::codes::Code::TrackerConsentDiffersFromTransfer),
        "{path}: {codes:?}"
    );
    policyc::check_source(&source).policy.unwrap()
}

/// The rule table built into `generated/ID/rules.json`.
fn built(id: &str) -> Rules {
    Rules::from_path(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("generated/{id}/rules.json")),
    )
    .unwrap()
}

/// The binary, run from the repository root.
fn policyc(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// `policyc query` on a built table, as JSON.
fn query(args: &[&str]) -> Value {
    let (status, stdout) = policyc(args);
    assert_eq!(status, Some(0), "{args:?}: {stdout}");
    serde_json::from_str(&stdout).unwrap()
}

#[test]
fn each_example_checks_clean_under_its_regimes_with_no_lint_accepted() {
    let shop = checked(SHOP);
    assert_eq!(
        shop.header.regimes,
        Some(vec![Regime::Ccpa, Regime::UsStateLaws])
    );
    let app = checked(APP);
    assert_eq!(app.header.regimes, Some(vec![Regime::Gdpr]));
    let config = common::read("policyc.toml");
    for path in [SHOP, APP] {
        let named: Vec<&str> = config.lines().filter(|l| l.contains(path)).collect();
        assert_eq!(named.len(), 1, "{path}: {named:?}");
        assert!(
            named[0].contains("code = \"W0437\"")
                && named[0].contains("reason = \"the banner sets"),
            "{path} is named in policyc.toml for W0437 alone: {named:?}"
        );
    }
    let (status, _) = policyc(&["check", "--deny-warnings", SHOP, APP]);
    assert_eq!(status, Some(0));
}

#[test]
fn each_example_is_built_into_generated() {
    for id in ["harbor_lane_privacy", "trailmark_privacy"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("generated")
            .join(id);
        for file in [
            "policy.md",
            "policy.html",
            "policy.txt",
            "rules.json",
            "history/1.0.0.json",
        ] {
            assert!(dir.join(file).is_file(), "{id}/{file}");
        }
    }
    let (status, stdout) = policyc(&["build", "--check"]);
    assert_eq!(status, Some(0), "{stdout}");
}

/// Harbor Lane's pixel sends what it collects to `ad_partners`: its
/// banner records the choice as both consent facts (W0437), and its test
/// block shows those facts answering the pixel and its transfer alike.
#[test]
fn harbor_lane_s_one_banner_choice_answers_the_pixel_and_its_transfer() {
    let shop = checked(SHOP);
    let both = ["consent:advertising", "consent:ad_partners"];
    let share = Target::Transfer("ad_partners".into());
    assert!(expects_tracker(&shop, true, "ad_pixel", &both));
    assert!(expects(&shop, true, "activity", &share, &both));
    assert!(expects(&shop, true, "device", &share, &both));
    assert!(expects_tracker(&shop, false, "ad_pixel", &[]));
    assert!(expects(&shop, false, "activity", &share, &[]));
    let rules = Rules::from_table(policyc::rules::table(&shop)).unwrap();
    let choice = Facts::from_iter(both);
    assert!(rules.decide_tracker("ad_pixel", &choice).allowed);
    for data in ["activity", "device"] {
        assert!(rules.decide_transfer(data, "ad_partners", &choice).allowed);
    }
    // One fact alone answers one and not the other: why W0437 is there.
    let purpose = Facts::from_iter(["consent:advertising"]);
    assert!(rules.decide_tracker("ad_pixel", &purpose).allowed);
    assert!(
        !rules
            .decide_transfer("activity", "ad_partners", &purpose)
            .allowed
    );
    let diagnostics = policyc::check_source(&common::read(SHOP)).diagnostics;
    let w0437: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.code == policyc::codes::Code::TrackerConsentDiffersFromTransfer)
        .collect();
    assert_eq!(w0437.len(), 1, "{diagnostics:?}");
    assert!(w0437[0].message.contains("`ad_pixel`"), "{w0437:?}");
}

#[test]
fn each_example_passes_its_test_blocks() {
    for path in [SHOP, APP] {
        let policy = checked(path);
        let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
        let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
        assert!(run >= 15, "{path}: {run} expectations");
        assert!(failures.is_empty(), "{path}: {failures:?}");
    }
    let (status, stdout) = policyc(&["test", SHOP, APP]);
    assert_eq!(status, Some(0), "{stdout}");
}

/// Whether a test block of `policy` expects `allow` of a use or transfer
/// of `data` to `target`, given exactly `facts`.
fn expects(policy: &Policy, allow: bool, data: &str, target: &Target, facts: &[&str]) -> bool {
    policy
        .tests
        .iter()
        .flat_map(|t| &t.expectations)
        .any(|e| e.allow == allow && e.data == data && e.target == *target && e.facts == facts)
}

/// Whether a test block of `policy` expects `allow` of `tracker`, given
/// exactly `facts`.
fn expects_tracker(policy: &Policy, allow: bool, tracker: &str, facts: &[&str]) -> bool {
    policy
        .tests
        .iter()
        .flat_map(|t| &t.trackers)
        .any(|e| e.allow == allow && e.tracker == tracker && e.facts == facts)
}

/// Whether a test block of `policy` expects `allow` of the automated
/// decision `decision`, given exactly `facts`.
fn expects_automated(policy: &Policy, allow: bool, decision: &str, facts: &[&str]) -> bool {
    policy
        .tests
        .iter()
        .flat_map(|t| &t.decisions)
        .any(|e| e.allow == allow && e.decision == decision && e.facts == facts)
}

#[test]
fn the_test_blocks_cover_every_decision_kind_of_the_issue() {
    let shop = checked(SHOP);
    let sale = Target::Transfer("catalogue_partners".into());
    // GPC denies a sale, and a share, that consent allowed.
    assert!(expects(
        &shop,
        true,
        "contact",
        &sale,
        &["consent:catalogue_partners"]
    ));
    assert!(expects(
        &shop,
        false,
        "contact",
        &sale,
        &["consent:catalogue_partners", "gpc"]
    ));
    let share = Target::Transfer("ad_partners".into());
    assert!(expects(
        &shop,
        false,
        "activity",
        &share,
        &["consent:ad_partners", "gpc"]
    ));
    // The limit right denies a sensitive use beyond what the user asked for.
    let finder = Target::Use("store_finder".into());
    assert!(expects(
        &shop,
        false,
        "location",
        &finder,
        &["consent:store_finder", "limit:sensitive"]
    ));
    // A missing tracker consent denies the tracker, in both examples.
    assert!(expects_tracker(&shop, false, "ad_pixel", &[]));
    assert!(expects_tracker(
        &shop,
        true,
        "ad_pixel",
        &["consent:advertising"]
    ));
    let app = checked(APP);
    assert!(expects_tracker(&app, false, "analytics_kit", &[]));
    assert!(expects_tracker(
        &app,
        true,
        "analytics_kit",
        &["consent:analytics"]
    ));
    assert!(expects_tracker(&app, true, "sign_in", &[]));
    // Health data only with explicit consent.
    let zones = Target::Use("training_zones".into());
    assert!(expects(&app, false, "health", &zones, &[]));
    // The monthly reward, on a contract, is decided by the machine unless
    // the user asks for a person.
    assert!(expects_automated(&app, true, "monthly_reward", &[]));
    assert!(expects_automated(
        &app,
        false,
        "monthly_reward",
        &["human_review:monthly_reward"]
    ));
}

#[test]
fn the_app_s_built_table_decides_its_automated_decision() {
    use policy_runtime::{AutomatedBasis, AutomatedCode, Safeguard};
    let rules = built("trailmark_privacy");
    let d = rules.decide_automated("monthly_reward", &Facts::new());
    assert_eq!(d.code, AutomatedCode::NecessaryForContract);
    assert_eq!(d.basis, Some(AutomatedBasis::Contract));
    assert_eq!(d.safeguards, Safeguard::ALL);
    assert!(d.uses.iter().any(|u| u == "activity"), "{:?}", d.uses);
    let review = Facts::new().with("human_review:monthly_reward");
    let d = rules.decide_automated("monthly_reward", &review);
    assert_eq!(d.code, AutomatedCode::HumanReviewRequested);
}

#[test]
fn the_shop_s_built_table_honours_gpc_and_the_limit_right() {
    let rules = built("harbor_lane_privacy");
    let consent = Facts::new().with("consent:catalogue_partners");
    let d = rules.decide_transfer("contact", "catalogue_partners", &consent);
    assert!(d.allowed, "{}", d.reason());
    let d = rules.decide_transfer(
        "contact",
        "catalogue_partners",
        &consent.clone().with("gpc"),
    );
    assert_eq!(d.code, DecisionCode::OptedOutOfSale);
    let ads = Facts::new().with("consent:ad_partners").with("gpc");
    let d = rules.decide_transfer("activity", "ad_partners", &ads);
    assert_eq!(d.code, DecisionCode::OptedOutOfSharing);
    // A disclosure to a service provider is no sale: GPC leaves it.
    let carrier = Facts::new().with("business_purpose").with("gpc");
    assert!(
        rules
            .decide_transfer("contact", "carriers", &carrier)
            .allowed
    );
    let limited = Facts::new()
        .with("consent:store_finder")
        .with("limit:sensitive");
    let d = rules.decide_use("location", "store_finder", &limited);
    assert_eq!(d.code, DecisionCode::LimitedSensitive);
    // Log-in data for the account the user asked for stays allowed.
    assert!(
        rules
            .decide_use("credentials", "accounts", &limited)
            .allowed
    );
    let d = rules.decide_tracker("ad_pixel", &Facts::new());
    assert_eq!(d.code, TrackerCode::ConsentMissing);
    assert_eq!(
        rules.decide_tracker("cart", &Facts::new()).code,
        TrackerCode::StrictlyNecessary
    );
}

#[test]
fn the_app_s_built_table_decides_sdks_and_health_data() {
    let rules = built("trailmark_privacy");
    let none = Facts::new();
    let d = rules.decide_tracker("analytics_kit", &none);
    assert_eq!(
        (d.code, d.purpose),
        (TrackerCode::ConsentMissing, Some("analytics"))
    );
    let consent = Facts::new().with("consent:analytics");
    assert_eq!(
        rules.decide_tracker("analytics_kit", &consent).code,
        TrackerCode::Allowed
    );
    // A consent to analytics is not one to attribution.
    let d = rules.decide_tracker("install_attribution", &consent);
    assert_eq!(d.code, TrackerCode::ConsentMissing);
    assert!(!rules.decide_use("health", "training_zones", &none).allowed);
    let explicit = Facts::new().with("consent:training_zones");
    assert!(
        rules
            .decide_use("health", "training_zones", &explicit)
            .allowed
    );
    // The insurer, a joint controller, receives the rewards, not the workouts.
    let contract = Facts::new().with("contract_necessity");
    assert!(
        rules
            .decide_transfer("rewards", "insurer", &contract)
            .allowed
    );
    assert!(
        !rules
            .decide_transfer("activity", "insurer", &contract)
            .allowed
    );
}

#[test]
fn policyc_query_answers_the_new_questions_from_the_built_tables() {
    let shop = "generated/harbor_lane_privacy/rules.json";
    let sale = query(&[
        "query",
        shop,
        "transfer",
        "contact",
        "catalogue_partners",
        "--fact",
        "consent:catalogue_partners",
        "--fact",
        "gpc",
    ]);
    assert_eq!(sale["allowed"], false);
    assert_eq!(sale["code"], "opted_out_of_sale");
    let limited = query(&[
        "query",
        shop,
        "use",
        "location",
        "store_finder",
        "--fact",
        "consent:store_finder",
        "--fact",
        "limit:sensitive",
    ]);
    assert_eq!(limited["code"], "limited_sensitive");
    let pixel = query(&["query", shop, "tracker", "ad_pixel"]);
    assert_eq!(pixel["code"], "consent_missing");
    assert_eq!(pixel["fact"], "consent:advertising");
    let app = "generated/trailmark_privacy/rules.json";
    let sdk = query(&[
        "query",
        app,
        "tracker",
        "analytics_kit",
        "--fact",
        "consent:analytics",
    ]);
    assert_eq!(sdk["allowed"], true);
    assert_eq!(sdk["code"], "allowed");
    let sdk = query(&["query", app, "tracker", "analytics_kit"]);
    assert_eq!(sdk["code"], "consent_missing");
}

/// `policyc query RULES deadline DATA …` on a built table, as JSON.
fn deadline(id: &str, args: &[&str]) -> Value {
    let rules = format!("generated/{id}/rules.json");
    query(&[&["query", rules.as_str(), "deadline"][..], args].concat())
}

#[test]
fn policyc_query_answers_deadlines_from_the_built_tables() {
    // Harbor Lane's contact details: until the account is closed or for 3
    // years from the last use, whichever comes first.
    let shop = "harbor_lane_privacy";
    let last_use = ["contact", "--event", "last_use=2027-01-10"];
    let open = deadline(shop, &last_use);
    assert_eq!(open["deadline"]["kind"], "on");
    assert_eq!(open["deadline"]["date"], "2030-01-10");
    assert_eq!(open["decided_by"], "3 years from the last use");
    assert_eq!(open["rule"], "first");
    assert_eq!(
        open["retention"],
        serde_json::json!([
            "until the closure of the account",
            "3 years from the last use"
        ])
    );
    assert_eq!(open["end"], "delete");
    assert_eq!(open["per_purpose"], false);
    assert!(open.get("backups").is_none(), "{open}");
    let closed = deadline(
        shop,
        &[&last_use[..], &["--event", "account_closure=2028-06-01"]].concat(),
    );
    assert_eq!(closed["deadline"]["date"], "2028-06-01");
    assert_eq!(closed["decided_by"], "until the closure of the account");
    // Nothing known yet: the earliest end cannot be told.
    let none = deadline(shop, &["contact"]);
    assert_eq!(none["deadline"]["kind"], "pending");
    // Orders kept for bookkeeping: the use's own 7 years, and 30 days of
    // backups; the category's 3 years otherwise.
    let collected = ["--event", "collection=2027-01-10"];
    let books = deadline(
        shop,
        &[&["orders", "--purpose", "bookkeeping"][..], &collected].concat(),
    );
    assert_eq!(books["deadline"]["date"], "2034-01-10");
    assert_eq!(books["per_purpose"], true);
    assert_eq!(books["backups"], "30 days");
    assert_eq!(books["backup_deadline"]["date"], "2034-02-09");
    let orders = deadline(shop, &[&["orders"][..], &collected].concat());
    assert_eq!(orders["deadline"]["date"], "2030-01-10");
    assert_eq!(orders["per_purpose"], false);
    let support = deadline(shop, &["support"]);
    assert_eq!(support["deadline"]["kind"], "criteria");

    // Trailmark: its activity's cap and 35 days of backups.
    let app = "trailmark_privacy";
    let activity = deadline(app, &["activity", "--event", "last_use=2027-02-01"]);
    assert_eq!(activity["deadline"]["date"], "2030-02-01");
    assert_eq!(activity["rule"], "first");
    assert_eq!(activity["backups"], "35 days");
    assert_eq!(activity["backup_deadline"]["date"], "2030-03-08");
    // Heart-rate zones switched off before the account closes or a year
    // passes: the policy's own words decide.
    let health = deadline(
        app,
        &[
            "health",
            "--event",
            "collection=2027-01-01",
            "--event",
            "you switch off heart-rate zones=2027-03-01",
        ],
    );
    assert_eq!(health["deadline"]["date"], "2027-03-01");
    assert_eq!(
        health["decided_by"],
        "until you switch off heart-rate zones"
    );
    let account = deadline(app, &["account"]);
    assert_eq!(account["deadline"]["kind"], "pending");
    assert_eq!(account["deadline"]["event"], "the closure of the account");
    assert_eq!(account["backup_deadline"]["kind"], "pending");
    let usage = deadline(app, &["usage", "--event", "collection=2027-01-01"]);
    assert_eq!(usage["end"], "anonymise");
    assert_eq!(usage["deadline"]["date"], "2028-03-01");
}

#[test]
fn the_readme_describes_what_each_example_declares() {
    use policyc::model::{
        Audience, CommitmentKind, ControllerRole, DecisionBasis, Mechanism, Safeguard, Stance,
    };
    let shop = checked(SHOP);
    assert_eq!(shop.header.gpc, Some(Stance::Honoured));
    let kinds: Vec<CommitmentKind> = shop.commitments.iter().map(|c| c.kind).collect();
    assert!(kinds.contains(&CommitmentKind::NotDirectedToChildren));
    assert!(shop.data.iter().any(|d| d.sensitive.is_some()));
    assert!(shop.trackers.len() >= 3);
    let app = checked(APP);
    let controller = &app.header.controller;
    assert!(controller.dpo.is_some() && controller.eu_representative.is_some());
    let [decision] = app.decisions.as_slice() else {
        panic!("one decision");
    };
    assert_eq!(decision.basis, DecisionBasis::Contract);
    assert_eq!(
        decision.safeguards,
        [
            Safeguard::HumanReview,
            Safeguard::ExpressView,
            Safeguard::Contest
        ]
    );
    let insurer = app.recipients.iter().find(|r| r.id == "insurer").unwrap();
    assert_eq!(insurer.role, Some(ControllerRole::JointController));
    let abroad: Vec<&str> = app
        .recipients
        .iter()
        .filter(|r| r.country.as_deref() == Some("the United States"))
        .inspect(|r| assert_eq!(r.mechanism, Some(Mechanism::StandardContractualClauses)))
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(abroad, ["hosting", "analytics_sdk", "attribution_sdk"]);
    assert!(app.data.iter().any(|d| d.special.is_some()));
    let children = app.children.as_ref().unwrap();
    assert_eq!(children.audience, Audience::Mixed);
    assert_eq!(children.minimum_age, Some(16));
    assert!(children.parental_consent.is_some());
}

/// Whether a translation may keep `text` as the source writes it: an
/// address, a link, or a name or word spelled the same in both languages.
fn same_in_both_languages(text: &str) -> bool {
    // Addresses, links, names, and identifiers such as a cookie's name.
    text.contains('@')
        || text.starts_with("https://")
        || (text.contains('_') && !text.contains(' '))
        || ["Name", "Nordhafen Krankenversicherung AG"].contains(&text)
}

/// The English words of `text` that are no word of German or Spanish,
/// leaving out addresses and links.
fn english_words(text: &str) -> Vec<String> {
    const ENGLISH: [&str; 12] = [
        "the", "and", "of", "to", "you", "your", "with", "for", "is", "we", "our", "when",
    ];
    text.split_whitespace()
        .filter(|w| !w.contains('@') && !w.contains("://"))
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

#[test]
fn each_example_is_published_in_its_languages_with_complete_translations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (path, languages) in PUBLISHED {
        let loaded = policyc::load::load(&root.join(path), root, 1 << 24).unwrap();
        let problems: Vec<String> = loaded
            .checked
            .diagnostics
            .iter()
            .map(|d| d.code.to_string())
            .filter(|code| TRANSLATION_CODES.contains(&code.as_str()))
            .collect();
        assert_eq!(problems, Vec::<String>::new(), "{path}");
        let policy = loaded.checked.policy.as_ref().expect(path);
        assert_eq!(policy.header.language, languages[0], "{path}");
        assert_eq!(policy.header.languages, languages, "{path}");
        let [translation] = loaded.translations.as_slice() else {
            panic!("{path}: one translation");
        };
        assert_eq!(translation.language, languages[1], "{path}");
        // Every string has its message, and every message a string.
        let strings = policyc::translate::strings::collect(policy);
        let paths: BTreeSet<&str> = strings.iter().map(|(p, _)| p.as_str()).collect();
        let translated: BTreeSet<&str> = translation.texts.keys().map(String::as_str).collect();
        assert_eq!(translated, paths, "{path}");
        for (at, source) in &strings {
            let text = &translation.texts[at];
            assert!(
                text != source || same_in_both_languages(text),
                "{path}: `{at}` is not translated: {text}"
            );
            assert_eq!(
                english_words(text),
                Vec::<String>::new(),
                "{path}: `{at}`: {text}"
            );
        }
        // The model in the other language has the translations.
        let other = translation.apply(policy);
        assert_eq!(other.header.language, languages[1]);
        assert_ne!(other.header.title, policy.header.title, "{path}");
    }
    let (status, stdout) = policyc(&["check", "--deny-warnings", "--format", "json", "policies"]);
    assert_eq!(status, Some(0), "{stdout}");
    let (status, _) = policyc(&["fmt", "--check", "policies"]);
    assert_eq!(status, Some(0), "the translation files are formatted");
}

#[test]
fn the_english_word_check_finds_english() {
    assert_eq!(
        english_words("the app store that handles your payment"),
        ["the", "your"]
    );
    assert!(english_words("die Datenschutzeinstellungen in der App").is_empty());
    assert!(english_words("https://harborlane.example/your-privacy-choices").is_empty());
}

#[test]
fn the_readme_names_the_languages_of_each_example() {
    let section = readme::section("## The example policy\n", "\n### What the GDPR checks");
    for (path, [own, other]) in PUBLISHED {
        let file = path.replace(".policy", &format!(".{other}.ftl"));
        assert!(section.contains(&format!("({file})")), "{file}");
        assert!(
            section.contains(&format!("`languages {own}, {other}`")),
            "{path}"
        );
    }
}

/// Harbor Lane 1.1.0 answers a California lawyer's review: how requests
/// are verified and made by an authorized agent, "delete" in the rights
/// summary, portability in the CCPA's words; all editorial, each with its
/// reason, and listed in the notice under what is only explained better.
/// It admits no one under 16, so it states no opt-in to a sale.
#[test]
fn harbor_lane_1_1_0_answers_the_california_review() {
    let policy = checked(SHOP);
    assert_eq!(policy.header.version.to_string(), "1.1.0");
    assert!(policy.header.verification.is_some());
    assert!(policy.header.authorized_agents.is_some());
    let children = policy.children.as_ref().unwrap();
    assert_eq!(children.minimum_age, Some(16));
    assert_eq!(children.knowingly_collects, Some(false));
    assert!(children.sale_opt_in.is_none());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated/harbor_lane_privacy");
    let text = std::fs::read_to_string(root.join("policy.md")).unwrap();
    assert!(
        text.contains("**In short:** You can know, delete and correct your personal information"),
        "{text}"
    );
    assert!(!text.contains("erase"), "{text}");
    assert!(!text.contains("another controller"), "{text}");
    assert!(text.contains(
        "How a request to know, delete or correct personal information is verified: We match"
    ));
    assert!(text.contains(
        "Requests made through an authorized agent: An authorized agent makes a request"
    ));
    let notice = std::fs::read_to_string(root.join("notice/1.0.0..1.1.0.md")).unwrap();
    assert!(
        notice.contains("## We have reworded these provisions; read them in full"),
        "{notice}"
    );
    // How a request is verified and how an agent makes one: a reader's
    // sentence each, quoting the provision whole, each with its reason.
    for said in [
        "- We now say how we verify your request: “We match what you tell us",
        "instead.” Why: To say how we verify a request",
        "- We now say how an authorized agent makes a request for you: “An authorized agent",
        "Probate Code.” Why: To say how an authorized agent makes a request for you",
    ] {
        assert!(notice.contains(said), "{said}: {notice}");
    }
    assert!(
        !notice.contains("was stated, reworded or dropped"),
        "{notice}"
    );
    // The new link at the top is a means of opting out the reader gains
    // (`OPT_OUT_LINK_ADDED`, narrowing): among what changes in their favour.
    let less = notice
        .find("## What changes in your favour")
        .unwrap_or_else(|| panic!("{notice}"));
    let reworded = notice
        .find("## We have reworded these provisions")
        .unwrap_or_else(|| panic!("{notice}"));
    let link = notice.find("- We now give this link at the top").unwrap();
    assert!(less < link && link < reworded, "{notice}");
    // The new link at the top: with its title, as the text gives it, and
    // its reason, in English and in Spanish.
    assert!(
        notice.contains("- We now give this link at the top of the policy: Limit the Use of My Sensitive Personal Information: https://harborlane.example/your-privacy-choices. Why: To give the link"),
        "{notice}"
    );
    let spanish = std::fs::read_to_string(root.join("es/notice/1.0.0..1.1.0.md")).unwrap();
    assert!(
        spanish.contains("Ahora damos este enlace al principio de la política: Limitar el uso de mi información personal confidencial: https://harborlane.example/your-privacy-choices"),
        "{spanish}"
    );
    assert!(
        !notice.contains("general information about the policy"),
        "{notice}"
    );
    assert!(
        notice.contains("It takes effect on 15 January 2027."),
        "{notice}"
    );
    assert!(!notice.contains("## What changes for you"), "{notice}");
}

/// Harbor Lane uses precise location beyond the permitted purposes and
/// states the right to limit it: its header gives the "Limit the Use"
/// link, printed at the top of the text in English and in Spanish, the
/// address untranslated.
#[test]
fn harbor_lane_gives_the_limit_the_use_link_at_the_top() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated/harbor_lane_privacy");
    for (file, words) in [
        (
            "policy.md",
            "Limit the Use of My Sensitive Personal Information: <https://harborlane.example/your-privacy-choices>.",
        ),
        (
            "es/policy.md",
            "Limitar el uso de mi información personal confidencial: <https://harborlane.example/your-privacy-choices>.",
        ),
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let top = text.lines().nth(2).unwrap_or_default();
        assert!(top.contains(words), "{file}: {top}");
    }
}
