//! Cookies and similar technologies (issue 14 item 3, issue 18 item 3):
//! `tracker` declarations in the model, their checks (E0390, W0391,
//! E0480, E0481), the cookie section and its table in every format, and
//! fmt's canonical order, on `tests/fixtures/trackers/`.

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

use common::{codes_of, policy_of};
use policyc::codes::Code;
use policyc::model::{Lifetime, Party, TrackerCategory, TrackerKind};
use policyc::render::{html, markdown, plain_text};

fn shop_source() -> String {
    common::read("tests/fixtures/trackers/shop.policy")
}

#[test]
fn a_tracker_is_in_the_model_with_every_property() {
    let policy = policy_of(&shop_source());
    let ga = policy.tracker("ga").unwrap();
    assert_eq!(ga.label, "_ga");
    assert_eq!(ga.kind, TrackerKind::Cookie);
    assert_eq!(ga.party, Party::Third);
    // Its provider is a declared recipient (W0435 under GDPR otherwise).
    assert_eq!(ga.recipient.as_deref(), Some("analytics_inc"));
    assert_eq!(ga.provider, None);
    assert_eq!(ga.category, TrackerCategory::Analytics);
    assert!(matches!(ga.lifetime, Some(Lifetime::For { duration }) if duration.amount == 13));
    assert_eq!(ga.collects, ["device"]);
    assert_eq!(ga.serves, ["analytics"]);
    let session = policy.tracker("session_id").unwrap();
    assert_eq!(session.lifetime, Some(Lifetime::Session));
    assert!(session.collects.is_empty());
}

#[test]
fn a_policy_without_trackers_keeps_its_json() {
    let source = shop_source();
    let cut = source.find("tracker session_id").unwrap();
    let policy = policy_of(&source[..cut]);
    let json = serde_json::to_string(&policy).unwrap();
    assert!(!json.contains("trackers"), "{json}");
    let with = serde_json::to_string(&policy_of(&source)).unwrap();
    assert!(with.contains("\"trackers\""));
}

#[test]
fn the_cookie_table_is_in_every_format() {
    let policy = policy_of(&shop_source());
    let md = markdown(&policy);
    assert!(
        md.contains("## 9. Cookies and similar technologies"),
        "{md}"
    );
    assert!(
        md.contains(
            "| Name | Technology | Set by | Category | Lifetime | Information | Purposes |"
        )
    );
    assert!(md.contains(
        "| \\_ga | Cookie | Analytics Inc (third party) | Analytics | 13 months | Device identifiers | Usage analytics |"
    ));
    assert!(md.contains(
        "| session\\_id | Cookie | Shop Ltd | Strictly necessary | Session | \u{2014} | Providing the shop |"
    ));
    let page = html(&policy);
    assert!(page.contains("<th scope=\"col\">Lifetime</th>"));
    assert!(page.contains(
        "<tr><th scope=\"row\">_ga</th><td>Cookie</td><td>Analytics Inc (third party)</td>"
    ));
    let text = plain_text(&policy);
    assert!(text.contains("Cookies and similar technologies"));
    assert!(
        text.lines()
            .any(|l| l.contains("_ga") && l.contains("Cookie"))
    );
}

/// A first-party tracker is set by the controller, by name, in a table
/// cell: the same in either voice ("We" or "us" would not read as a
/// cell), and with the provider it names.
#[test]
fn a_first_party_tracker_is_set_by_the_controller_by_name() {
    let source = shop_source();
    let row = "| session\\_id | Cookie | Shop Ltd | Strictly necessary";
    assert!(markdown(&policy_of(&source)).contains(row));
    let third = source.replace("  voice        we_you\n", "");
    assert_ne!(third, source);
    assert!(markdown(&policy_of(&third)).contains(row));
    let with = source.replace(
        "  party    first\n",
        "  party    first\n  provider \"Cloud Sessions Inc\"\n",
    );
    assert_ne!(with, source);
    let md = markdown(&policy_of(&with));
    assert!(
        md.contains(
            "| session\\_id | Cookie | Shop Ltd, with Cloud Sessions Inc | Strictly necessary"
        ),
        "{md}"
    );
    for text in [
        md,
        plain_text(&policy_of(&source)),
        html(&policy_of(&source)),
    ] {
        assert!(
            !text.contains("| We |") && !text.contains("<td>We</td>"),
            "{text}"
        );
    }
}

#[test]
fn consent_is_said_only_where_the_declarations_give_it() {
    let source = shop_source();
    let md = markdown(&policy_of(&source));
    let sentence =
        "We use the technologies that are not strictly necessary only with your consent.";
    assert!(md.contains(sentence));
    // Outside GDPR a tracker may serve a purpose on another basis: the
    // text then does not claim consent.
    let other = source
        .replace("regimes      gdpr", "regimes      ccpa")
        .replace(
            "uses  device\n  basis consent",
            "uses  device\n  basis contract",
        );
    let checked = policyc::check_source(&other);
    let policy = checked.policy.expect("checks under ccpa");
    assert!(!markdown(&policy).contains(sentence));
}

#[test]
fn a_policy_without_trackers_has_no_cookie_section() {
    let source = shop_source();
    let cut = source.find("tracker session_id").unwrap();
    // The stance on browser signals alone makes the section.
    let md = markdown(&policy_of(&source[..cut]));
    assert!(md.contains("Cookies and similar technologies"));
    assert!(!md.contains("| Name |"));
    let silent = source[..cut]
        .replace("  do_not_track ignored\n", "")
        .replace("  gpc          honoured\n", "");
    let md = markdown(&policy_of(&silent));
    assert!(!md.contains("Cookies and similar technologies"));
}

#[test]
fn under_gdpr_a_tracker_needing_consent_serves_only_consented_purposes() {
    let source = shop_source().replace(
        "uses  device\n  basis consent",
        "uses  device\n  basis legitimate_interest \"knowing how the shop is used\"",
    );
    assert!(codes_of(&source).contains(&Code::TrackerWithoutConsent));
    // A strictly necessary tracker needs no consent.
    let necessary = source.replace("category    analytics", "category    strictly_necessary");
    assert!(!codes_of(&necessary).contains(&Code::TrackerWithoutConsent));
    // No regime that asks: no check.
    let none = source.replace("regimes      gdpr", "regimes      none");
    assert!(!codes_of(&none).contains(&Code::TrackerWithoutConsent));
}

#[test]
fn data_a_tracker_reads_used_elsewhere_without_consent_is_reported() {
    let source = shop_source().replace(
        "purpose analytics",
        "purpose targeting \"Targeted offers\" {\n  uses  device\n  basis legitimate_interest \"offers\"\n}\n\npurpose analytics",
    );
    assert!(codes_of(&source).contains(&Code::TerminalAccessWithoutConsent));
    let uk = source.replace("regimes      gdpr", "regimes      uk_gdpr");
    let checked = policyc::check_source(&uk);
    let w = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::TerminalAccessWithoutConsent)
        .unwrap();
    assert!(
        w.help.as_deref().unwrap_or("").contains("PECR reg. 6"),
        "{w:?}"
    );
}

#[test]
fn under_gdpr_a_third_party_tracker_s_provider_is_a_declared_recipient() {
    // Words name no recipient: W0435, whose help names the recipient the
    // words match.
    let words = shop_source().replace("provider    analytics_inc", "provider    \"Analytics Inc\"");
    let checked = policyc::check_source(&words);
    let w = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::TrackerProviderNotRecipient)
        .unwrap();
    assert!(w.label.contains("GDPR Art. 13(1)(e)"), "{w:?}");
    assert!(
        w.help
            .as_deref()
            .unwrap_or("")
            .contains("`provider analytics_inc`"),
        "{w:?}"
    );
    // No provider at all is W0439 under every regime, not also W0435.
    let none = shop_source().replace("  provider    analytics_inc\n", "");
    let codes = codes_of(&none);
    assert!(
        codes.contains(&Code::ThirdPartyTrackerWithoutProvider),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&Code::TrackerProviderNotRecipient),
        "{codes:?}"
    );
    // Words matching no recipient: declare one.
    let unknown = shop_source().replace("provider    analytics_inc", "provider    \"Pixel Co\"");
    let w = policyc::check_source(&unknown)
        .diagnostics
        .into_iter()
        .find(|d| d.code == Code::TrackerProviderNotRecipient)
        .unwrap();
    assert!(w.message.contains("\"Pixel Co\""), "{w:?}");
    assert!(w.help.unwrap_or_default().contains("declare the provider"));
    // A tracker that collects nothing, and other regimes, are not asked.
    let nothing = words.replace("  collects    device\n", "");
    assert!(!codes_of(&nothing).contains(&Code::TrackerProviderNotRecipient));
    let ccpa = words.replace("regimes      gdpr", "regimes      ccpa");
    assert!(!codes_of(&ccpa).contains(&Code::TrackerProviderNotRecipient));
    // The recipient a tracker names receives what it collects: no W0109.
    assert!(!codes_of(&shop_source()).contains(&Code::UnusedRecipient));
}

#[test]
fn every_tracker_states_its_lifetime_and_what_it_is() {
    let source = shop_source().replace("  lifetime session\n", "");
    assert!(codes_of(&source).contains(&Code::TrackerLifetimeNotStated));
    // Under any regime, or none: the cookie table shows the lifetime.
    let ccpa = source.replace("regimes      gdpr", "regimes      ccpa");
    assert!(codes_of(&ccpa).contains(&Code::TrackerLifetimeNotStated));
    let none = source.replace("regimes      gdpr", "regimes      none");
    assert_ne!(none, source);
    let checked = policyc::check_source(&none);
    let e = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::TrackerLifetimeNotStated)
        .unwrap();
    assert!(!format!("{e:?}").contains("GDPR"), "{e:?}");
    let incomplete = shop_source().replace("  party    first\n", "");
    let checked = policyc::check_source(&incomplete);
    let e = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::TrackerIncomplete)
        .unwrap();
    assert!(e.message.contains("`party`"), "{}", e.message);
    assert!(checked.policy.is_none());
    // A malformed property is reported once, not also as missing.
    let malformed = shop_source().replace("  party    first\n", "  party\n");
    assert!(!codes_of(&malformed).contains(&Code::TrackerIncomplete));
}

#[test]
fn a_tracker_names_declared_data_and_purposes() {
    let unknown = shop_source().replace("serves      analytics", "serves      analytic");
    assert!(codes_of(&unknown).contains(&Code::UnknownPurpose));
    let data = shop_source().replace("collects    device", "collects    devices");
    assert!(codes_of(&data).contains(&Code::UnknownData));
    let kind = shop_source().replace(
        "kind        cookie\n  party       third",
        "kind        cookies\n  party       third",
    );
    assert!(codes_of(&kind).contains(&Code::UnknownKeyword));
}

#[test]
fn fmt_orders_a_tracker_block() {
    let source = "tracker t \"T\" {\n  serves a\n  kind cookie\n  lifetime session\n}\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert_eq!(
        formatted,
        "tracker t \"T\" {\n  kind     cookie\n  lifetime session\n  serves   a\n}\n"
    );
}

/// The README's section on trackers.
fn readme_section() -> String {
    readme::section(
        "## Cookies and similar technologies",
        "\n## The example policy",
    )
}

#[test]
fn the_readme_s_tracker_section_holds() {
    let section = readme_section();
    // Its example is the fixture's tracker, which checks clean.
    let block = readme::first_policy_block(&section);
    assert!(shop_source().contains(block.trim_end()), "{block}");
    // Every code and change kind it names exists.
    for code in [
        Code::TrackerIncomplete,
        Code::TrackerWithoutConsent,
        Code::TrackerLifetimeNotStated,
        Code::TerminalAccessWithoutConsent,
        Code::TrackerProviderNotRecipient,
        Code::UnusedRecipient,
        Code::StrictlyNecessaryTrackerNotNecessary,
        Code::ThirdPartyTrackerWithoutProvider,
        Code::TrackerConsentDiffersFromTransfer,
    ] {
        assert!(section.contains(code.as_str()), "{code}");
    }
    for kind in policyc::diff::ChangeKind::ALL {
        if kind.id().starts_with("TRACKER_") || kind.id().starts_with("SIGNAL_") {
            assert!(section.contains(kind.id()), "{kind}");
        }
    }
}

#[test]
fn the_stance_on_browser_signals_is_a_sentence() {
    use policyc::model::Stance;
    let policy = policy_of(&shop_source());
    assert_eq!(policy.header.do_not_track, Some(Stance::Ignored));
    assert_eq!(policy.header.gpc, Some(Stance::Honoured));
    let md = markdown(&policy);
    assert!(md.contains("We do not respond to Do Not Track signals sent by your browser."));
    assert!(md.contains("We honour Global Privacy Control (GPC) signals sent by your browser."));
    // Not stated, not said; and left out of the model's JSON.
    let silent = shop_source()
        .replace("  do_not_track ignored\n", "")
        .replace("  gpc          honoured\n", "");
    let policy = policy_of(&silent);
    let json = serde_json::to_string(&policy.header).unwrap();
    assert!(
        !json.contains("gpc") && !json.contains("do_not_track"),
        "{json}"
    );
    assert!(!markdown(&policy).contains("signals sent by"));
    let misspelt = shop_source().replace("gpc          honoured", "gpc          honored");
    assert!(codes_of(&misspelt).contains(&Code::UnknownKeyword));
}

#[test]
fn the_rule_table_decides_trackers_as_the_readme_says() {
    use policy_runtime::{Facts, Rules, TrackerCode};
    let section = readme_section();
    let policy = policy_of(&shop_source());
    let table = policyc::rules::table(&policy);
    let ids: Vec<&str> = table.trackers.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["ga", "session_id"]);
    let rules = Rules::from_table(table).unwrap();
    let none = Facts::new();
    let cases = [
        ("session_id", &none, TrackerCode::StrictlyNecessary),
        ("ga", &none, TrackerCode::ConsentMissing),
        (
            "ga",
            &Facts::new().with("consent:analytics"),
            TrackerCode::Allowed,
        ),
        (
            "ga",
            &Facts::new().with("consent:ga"),
            TrackerCode::ConsentMissing,
        ),
        ("fbp", &none, TrackerCode::UnknownTracker),
    ];
    for (tracker, facts, code) in cases {
        let d = rules.decide_tracker(tracker, facts);
        assert_eq!(d.code, code, "{tracker}");
        assert!(section.contains(&format!("`{code}`")), "{code}");
    }
    for code in TrackerCode::ALL {
        if code != TrackerCode::UnknownFact {
            assert!(section.contains(&format!("`{code}`")), "{code}");
        }
    }
    // a table without trackers leaves the key out
    let seed = policyc::check_source(&common::read("policies/pro-it-group.policy"))
        .policy
        .unwrap();
    let json = String::from_utf8(policyc::rules::to_json(&policyc::rules::table(&seed))).unwrap();
    assert!(!json.contains("\"trackers\""));
}

#[test]
fn the_conformance_vectors_ask_every_tracker() {
    use policyc::targets::conformance::{self, Query};
    let policy = policy_of(&shop_source());
    let table = policyc::rules::table(&policy);
    assert!(!table.trackers.is_empty());
    // Every tracker, under every subset of the facts that matter to it,
    // and a name that is no tracker: what the OPA and Cedar targets are
    // tested on (tests/opa.rs, tests/cedar.rs).
    let asked: Vec<Query> = conformance::sample(&table)
        .into_iter()
        .filter(|q| matches!(q, Query::Tracker { .. }))
        .collect();
    for tracker in &table.trackers {
        assert!(
            asked
                .iter()
                .any(|q| matches!(q, Query::Tracker { tracker: t, .. } if *t == tracker.id)),
            "{}",
            tracker.id
        );
    }
    let section = readme_section();
    assert!(!section.contains("The OPA and Cedar targets leave trackers out"));
    let words = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("the conformance vectors ask every tracker"));
}

/// The fixture with a test block of tracker expectations.
fn shop_with_tests(tests: &str) -> String {
    format!("{}\n{tests}", shop_source())
}

#[test]
fn test_blocks_state_tracker_expectations_run_by_the_runtime() {
    use policy_runtime::Rules;
    // The README's test block, indented in its list item.
    let section = readme_section();
    let start = section.find("test \"cookies wait for consent\"").unwrap();
    let end = start + section[start..].find("\n  }\n").unwrap() + 5;
    let block = section[start..end].replace("\n  ", "\n");
    let source = shop_with_tests(&block);
    let policy = policy_of(&source);
    let [test] = policy.tests.as_slice() else {
        panic!("one test block: {:?}", policy.tests);
    };
    assert!(test.expectations.is_empty());
    assert_eq!(test.trackers.len(), 3);
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (3, 0), "{failures:?}");
    // A consent to the tracker itself is a fact no rule reads (W0110).
    let to_tracker = shop_with_tests("test \"t\" {\n  deny tracker ga given consent:ga\n}\n");
    assert_eq!(codes_of(&to_tracker), [Code::UnknownFact]);
    // The opposite expectations all fail, each with the runtime's reason.
    let wrong = shop_with_tests(
        "test \"cookies\" {\n  deny  tracker session_id\n  allow tracker ga\n  deny  tracker ga given consent:analytics\n}\n",
    );
    let policy = policy_of(&wrong);
    let (run, failures) = policyc::driver::test::run_policy(&policy, &rules);
    assert_eq!((run, failures.len()), (3, 3));
    let messages: Vec<String> = failures.iter().map(|d| d.message.clone()).collect();
    assert_eq!(
        messages[1],
        "test \"cookies\": setting the tracker `ga` should be allowed, but it is denied"
    );
    assert!(
        failures.iter().all(|d| d.code == Code::TestFailed),
        "{failures:?}"
    );
    let label = &failures[1].label;
    assert!(
        label.contains("needs the user's consent (fact `consent:analytics`)"),
        "{label}"
    );
}

#[test]
fn a_tracker_expectation_names_a_declared_tracker() {
    let codes = codes_of(&shop_with_tests("test \"t\" {\n  deny tracker gaa\n}\n"));
    assert_eq!(codes, [Code::TestUnknownTracker]);
    // A data category named `tracker` still reads as one.
    let data = shop_with_tests(
        "data tracker \"Tracking data\" { source device  identity pseudonymized }\nretain tracker for 1 month from collection\npurpose stats \"Stats\" { uses tracker  basis consent }\ntest \"t\" {\n  deny tracker for stats\n  allow tracker for stats given consent:stats\n}\n",
    );
    let policy = policy_of(&data);
    assert_eq!(policy.tests[0].expectations.len(), 2);
    assert!(policy.tests[0].trackers.is_empty());
    // Tracker expectations leave a released edition's JSON as it was.
    let plain = policy_of(&shop_with_tests(
        "test \"t\" {\n  deny account for analytics\n}\n",
    ));
    let json = serde_json::to_string(&plain.tests).unwrap();
    assert!(!json.contains("trackers"), "{json}");
}

#[test]
fn fmt_keeps_tracker_expectations() {
    let source = shop_with_tests(
        "test \"cookies\" {\n  deny tracker ga\n  allow tracker ga given consent:analytics\n}\n",
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("  deny  tracker ga\n  allow tracker ga given consent:analytics\n"),
        "{formatted}"
    );
}

// ------------------------------------------- a provider that is a recipient

fn provided_source() -> String {
    common::read("tests/fixtures/trackers/provided.policy")
}

/// The fixture's model. Each tracker's provider receives what it collects
/// by a transfer on consent, so each is W0437 (its tests set the
/// recipients' consents), and nothing else.
fn provided_policy_of(text: &str) -> policyc::model::Policy {
    let checked = policyc::check_source(text);
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code == Code::TrackerConsentDiffersFromTransfer),
        "{:?}",
        checked.diagnostics
    );
    checked.policy.unwrap()
}

#[test]
fn a_provider_named_as_a_recipient_is_linked_in_the_model_and_the_text() {
    let policy = provided_policy_of(&provided_source());
    let sync = policy.tracker("sync").unwrap();
    assert_eq!(sync.recipient.as_deref(), Some("brokers"));
    assert_eq!(sync.provider, None);
    // the cookie table's "set by" is the recipient's label, in every format
    let row = "| Audience sync | Pixel | Data brokers (third party) |";
    assert!(markdown(&policy).contains(row), "{}", markdown(&policy));
    assert!(html(&policy).contains("Data brokers (third party)"));
    assert!(plain_text(&policy).contains("Data brokers"));
    // a tracker with words keeps them, and leaves `recipient` out of the JSON
    // (outside GDPR, where words are no W0435)
    let shop = policy_of(
        &shop_source()
            .replace("regimes      gdpr", "regimes      none")
            .replace("provider    analytics_inc", "provider    \"Analytics Inc\"")
            .replace(
                "recipient analytics_inc \"Analytics Inc\" {\n  kind processor\n}\n",
                "",
            ),
    );
    let json = serde_json::to_string(&shop.trackers).unwrap();
    assert!(!json.contains("\"recipient\""), "{json}");
}

#[test]
fn a_provider_names_a_declared_recipient_and_a_third_party() {
    // a misspelt recipient: E0103, with the closest name
    let misspelt = provided_source().replace("provider brokers", "provider broker");
    let found = policyc::check_source(&misspelt);
    let d = found
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnknownRecipient)
        .expect("E0103");
    assert!(
        d.help.as_deref().unwrap_or_default().contains("`brokers`"),
        "{d:?}"
    );
    // words are still words
    let words = provided_source().replace("provider brokers", "provider \"Brokers Inc\"");
    assert!(!codes_of(&words).contains(&Code::UnknownRecipient));
    // given twice, in either form
    let twice = provided_source().replace(
        "provider brokers",
        "provider brokers\n  provider \"Brokers Inc\"",
    );
    assert!(codes_of(&twice).contains(&Code::DuplicateProperty));
    // a first-party tracker names no recipient: E0378
    let first = provided_source().replace(
        "party    third\n  provider brokers",
        "party    first\n  provider brokers",
    );
    assert!(codes_of(&first).contains(&Code::FirstPartyTrackerRecipient));
    // under a US regime, words naming a recipient sold to: W0374
    let unlinked = provided_source().replace("provider brokers", "provider \"Data Brokers\"");
    assert!(codes_of(&unlinked).contains(&Code::TrackerProviderUnlinked));
    // not for a recipient no opt-out reaches, nor without a US regime
    let plain = provided_source().replace("provider analytics_co", "provider \"Analytics Co\"");
    assert!(!codes_of(&plain).contains(&Code::TrackerProviderUnlinked));
    let gdpr = unlinked.replace("regimes    ccpa", "regimes    none");
    assert!(!codes_of(&gdpr).contains(&Code::TrackerProviderUnlinked));
}

#[test]
fn fmt_keeps_a_provider_named_as_a_recipient() {
    let source = "tracker t \"T\" {\n  serves a\n  provider adnet\n  party third\n}\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert_eq!(
        formatted,
        "tracker t \"T\" {\n  party    third\n  provider adnet\n  serves   a\n}\n"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_rule_table_carries_the_recipient_and_the_opt_outs_reach_through_it() {
    use policy_runtime::{Facts, Rules, TrackerCode};
    let table = policyc::rules::table(&provided_policy_of(&provided_source()));
    let recipient = |id: &str| {
        table
            .trackers
            .iter()
            .find(|t| t.id == id)
            .and_then(|t| t.recipient.clone())
    };
    assert_eq!(recipient("sync").as_deref(), Some("brokers"));
    assert_eq!(recipient("retarget").as_deref(), Some("adnet"));
    // a table whose trackers have words only keeps its bytes
    let shop = policyc::rules::to_json(&policyc::rules::table(&policy_of(&shop_source())));
    assert!(
        !String::from_utf8(shop)
            .unwrap()
            .contains("\"recipient\": \"ga")
    );
    let rules = Rules::from_table(table).unwrap();
    let ask = |tracker: &str, facts: &[&str]| {
        rules
            .decide_tracker(tracker, &facts.iter().copied().collect::<Facts>())
            .code
    };
    assert_eq!(
        ask("sync", &["consent:ads", "opt_out:sale"]),
        TrackerCode::OptedOutOfSale
    );
    assert_eq!(
        ask("sync", &["consent:ads", "gpc"]),
        TrackerCode::OptedOutOfSale
    );
    assert_eq!(
        ask("retarget", &["consent:ads", "opt_out:share"]),
        TrackerCode::OptedOutOfSharing
    );
    assert_eq!(
        ask("counter", &["consent:stats", "opt_out:sale", "gpc"]),
        TrackerCode::Allowed
    );
    // the README names the code
    assert!(readme_section().contains("`opted_out_of_sale`"));
}

#[test]
fn policyc_query_and_test_decide_a_tracker_through_its_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("shop.policy");
    std::fs::write(&policy, provided_source()).unwrap();
    let out = dir.path().join("out");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .arg("build")
        .arg(&policy)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let query = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(["query"])
        .arg(out.join("shop/rules.json"))
        .args([
            "tracker",
            "sync",
            "--fact",
            "consent:ads",
            "--fact",
            "opt_out:sale",
        ])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&query.stdout).unwrap();
    assert_eq!(report["code"], "opted_out_of_sale", "{report}");
    assert_eq!(report["fact"], "opt_out:sale");
    assert_eq!(report["recipient"], "brokers");
    let test = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .arg("test")
        .arg(&policy)
        .output()
        .unwrap();
    assert!(test.status.success(), "{test:?}");
    assert!(
        String::from_utf8_lossy(&test.stdout).contains("7 expectations, all hold"),
        "{test:?}"
    );
}

#[test]
fn another_provider_or_a_provider_now_named_as_a_recipient_widens_the_tracker() {
    use policyc::diff::ChangeKind;
    let new = provided_policy_of(&provided_source());
    let words = provided_source().replace("provider brokers", "provider \"Data brokers\"");
    // (W0374 says to link it)
    let old = policyc::check_source(&words).policy.unwrap();
    let changes = policyc::diff::diff(&old, &new).changes;
    let provider: Vec<_> = changes
        .iter()
        .filter(|c| c.aspect.as_deref() == Some("provider"))
        .collect();
    assert_eq!(provider.len(), 1, "{changes:?}");
    assert_eq!(provider[0].kind, ChangeKind::TrackerWidened);
    assert_eq!(
        provider[0].explanation(),
        "Tracker \"Audience sync\" is now provided by the recipient \"Data brokers\" (`brokers`) (before: \"Data brokers\")"
    );
    // another recipient
    let other = provided_source().replace("provider brokers", "provider adnet");
    let changes = policyc::diff::diff(&provided_policy_of(&other), &new).changes;
    assert!(
        changes.iter().any(
            |c| c.aspect.as_deref() == Some("provider") && c.kind == ChangeKind::TrackerWidened
        ),
        "{changes:?}"
    );
    // the same recipient: nothing
    assert!(policyc::diff::diff(&new, &new).changes.is_empty());
}

#[test]
fn the_editor_finds_and_renames_a_provider_named_as_a_recipient() {
    use policyc::lsp::index::{Index, Kind};
    let source = provided_source();
    let (file, _) = policyc::syntax::parse(&source);
    let index = Index::new(&file.decls);
    let at = source.find("provider brokers").unwrap() + "provider ".len();
    let target = index.at(at).unwrap();
    assert_eq!((target.kind, target.id), (Kind::Recipient, "brokers"));
    // the declaration, the transfer and the tracker
    assert_eq!(index.occurrences(Kind::Recipient, "brokers", true).len(), 3);
}

#[test]
fn the_editor_offers_the_recipients_after_provider() {
    use lsp_types::{Position, Url};
    use policyc::lsp::{Workspace, completion};
    let source = provided_source();
    let dir = tempfile::tempdir().unwrap();
    let url = Url::from_file_path(dir.path().join("p.policy")).unwrap();
    let mut workspace = Workspace::new(Some(dir.path().to_path_buf()), 1 << 20);
    workspace.set(url.clone(), source.clone());
    let line = source
        .lines()
        .position(|l| l.trim() == "provider brokers")
        .unwrap();
    let at = Position::new(
        u32::try_from(line).unwrap(),
        u32::try_from("  provider ".len()).unwrap(),
    );
    let spot = workspace.spot(&url, at).unwrap();
    let offered: Vec<String> = completion::complete(&spot)
        .into_iter()
        .map(|item| item.label)
        .collect();
    for recipient in ["brokers", "adnet", "analytics_co"] {
        assert!(offered.iter().any(|o| o == recipient), "{offered:?}");
    }
}

/// The shop with an advertising purpose on legitimate interests that a
/// strictly-necessary tracker serves (no W0455: it does not profile).
fn shop_with_pixel(purpose: &str, recipient: &str, category: &str) -> String {
    shop_source().replace(
        "commit no_automated_decisions\n",
        "commit no_automated_decisions\nright objection { via \"the settings\" }\n",
    ) + &format!(
        "\npurpose ads \"Advertising our offers\" {{\n  uses  device\n  {purpose}\n}}\n\n\
             recipient adnet \"Ad Network Ltd\" {{\n  {recipient}\n}}\n\n\
             tracker pixel \"_px\" {{\n  kind     pixel\n  party    third\n  provider adnet\n  lifetime 1 year\n  category {category}\n  collects device\n  serves   ads\n}}\n"
    )
}

fn w0438(source: &str) -> Option<policyc::diagnostic::Diagnostic> {
    policyc::check_source(source)
        .diagnostics
        .into_iter()
        .find(|d| d.code == Code::StrictlyNecessaryTrackerNotNecessary)
}

#[test]
fn a_strictly_necessary_tracker_serves_only_what_the_service_needs() {
    let on_interests = "basis legitimate_interest \"telling customers about our offers\"";
    // Direct marketing on legitimate interests escaped E0390: W0438.
    let marketing = shop_with_pixel(
        &format!("{on_interests}\n  direct_marketing"),
        "kind processor",
        "strictly_necessary",
    );
    assert!(!codes_of(&marketing).contains(&Code::TrackerWithoutConsent));
    let w = w0438(&marketing).unwrap();
    assert!(
        w.message.contains("`ads`, which is direct marketing"),
        "{w:?}"
    );
    let help = w.help.clone().unwrap_or_default();
    assert!(help.contains("`category marketing`"), "{help}");
    assert!(help.contains("`basis consent`"), "{help}");
    assert!(help.contains("ePrivacy Directive Art. 5(3)"), "{help}");
    assert!(help.contains("EDPB Guidelines 2/2023"), "{help}");
    // Profiling, and a purpose on consent.
    let profiling = shop_with_pixel(
        &format!("{on_interests}\n  profiling"),
        "kind processor",
        "strictly_necessary",
    );
    assert!(
        w0438(&profiling)
            .unwrap()
            .message
            .contains("which profiles the user")
    );
    let consent = shop_with_pixel("basis consent", "kind processor", "strictly_necessary");
    let w = w0438(&consent).unwrap();
    assert!(w.message.contains("rests on the user's consent"), "{w:?}");
    assert!(
        w.help
            .unwrap_or_default()
            .contains("`preferences`, `analytics`, `marketing`")
    );
    // A provider that advertises or measures, whatever the purpose.
    let contract = "basis contract";
    let advertising = shop_with_pixel(contract, "kind advertising", "strictly_necessary");
    let w = w0438(&advertising).unwrap();
    assert!(w.message.contains("`kind advertising`"), "{w:?}");
    assert!(w.help.unwrap_or_default().contains("`category marketing`"));
    let analytics = shop_with_pixel(contract, "kind analytics", "strictly_necessary");
    assert!(
        w0438(&analytics)
            .unwrap()
            .help
            .unwrap_or_default()
            .contains("`category analytics`")
    );
    let disclosed = shop_with_pixel(
        contract,
        "kind processor\n  disclosed_as share",
        "strictly_necessary",
    );
    assert!(
        w0438(&disclosed)
            .unwrap()
            .message
            .contains("`disclosed_as share`")
    );
    // What the service needs stays quiet: a processor, a purpose on a
    // contract; so does the fix; and regimes without ePrivacy.
    let needed = shop_with_pixel(contract, "kind processor", "strictly_necessary");
    assert!(w0438(&needed).is_none());
    let fixed = shop_with_pixel(
        "basis consent\n  direct_marketing",
        "kind advertising",
        "marketing",
    );
    assert!(w0438(&fixed).is_none());
    assert!(!codes_of(&fixed).contains(&Code::TrackerWithoutConsent));
    let ccpa = marketing.replace("regimes      gdpr", "regimes      ccpa");
    assert!(w0438(&ccpa).is_none());
    let uk = marketing.replace("regimes      gdpr", "regimes      uk_gdpr");
    assert!(
        w0438(&uk)
            .unwrap()
            .help
            .unwrap_or_default()
            .contains("PECR reg. 6")
    );
}

#[test]
fn a_third_party_tracker_names_its_provider_under_every_regime() {
    // No provider and no data: the cookie table would name no one.
    let source = shop_source()
        .replace("  provider    analytics_inc\n", "")
        .replace("  collects    device\n", "");
    for regimes in ["gdpr", "ccpa", "none"] {
        let under = source.replace("regimes      gdpr", &format!("regimes      {regimes}"));
        let w = policyc::check_source(&under)
            .diagnostics
            .into_iter()
            .find(|d| d.code == Code::ThirdPartyTrackerWithoutProvider)
            .unwrap_or_else(|| panic!("no W0439 under {regimes}"));
        assert!(w.message.contains("`ga`"), "{w:?}");
        assert!(
            w.help.unwrap_or_default().contains("write `provider ID`"),
            "{regimes}"
        );
    }
    // A provider in words, a declared one, or a first-party tracker: quiet.
    let words = shop_source().replace("provider    analytics_inc", "provider    \"Analytics Inc\"");
    assert!(!codes_of(&words).contains(&Code::ThirdPartyTrackerWithoutProvider));
    assert!(!codes_of(&shop_source()).contains(&Code::ThirdPartyTrackerWithoutProvider));
}

// ------------------------------------ one consent for a tracker and its transfer

fn w0437_source() -> String {
    common::read("tests/fixtures/diagnostics/w0437_tracker_consent_differs_from_transfer.policy")
}

/// W0437: a tracker provided by a declared recipient, and a transfer on
/// consent of what it collects to that recipient, answer to two facts: the
/// runtime allows the tracker on the consent to its purpose and denies the
/// transfer without the consent to the recipient. The warning names both
/// facts, which a banner sets together, and both places.
#[test]
fn a_tracker_and_its_transfer_on_another_consent_fact_are_w0437() {
    use policy_runtime::{Facts, Rules};
    let source = w0437_source();
    let checked = policyc::check_source(&source);
    let w = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::TrackerConsentDiffersFromTransfer)
        .unwrap();
    assert_eq!(
        w.message,
        "the tracker `stats` is allowed on `consent:analytics`, but the transfer of its data to its provider `stats_co` needs `consent:stats_co`"
    );
    assert_eq!(&source[w.span.range()], "provider stats_co");
    assert_eq!(w.notes.len(), 1, "{w:?}");
    assert_eq!(
        &source[w.notes[0].span.range()],
        "transfer device to stats_co for analytics on consent"
    );
    let help = w.help.as_deref().unwrap();
    assert!(
        help.contains("set `consent:analytics` and `consent:stats_co` together"),
        "{help}"
    );
    // Outside US state law the help names no service provider's ground.
    assert!(!help.contains("business_purpose"), "{help}");
    // What the warning says of the runtime holds.
    let policy = checked.policy.unwrap();
    let rules = Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let purpose = Facts::new().with("consent:analytics");
    assert!(rules.decide_tracker("stats", &purpose).allowed);
    assert!(
        !rules
            .decide_transfer("device", "stats_co", &purpose)
            .allowed
    );
    let recipient = Facts::new().with("consent:stats_co");
    assert!(!rules.decide_tracker("stats", &recipient).allowed);
    assert!(
        rules
            .decide_transfer("device", "stats_co", &recipient)
            .allowed
    );
    let both = purpose.with("consent:stats_co");
    assert!(rules.decide_tracker("stats", &both).allowed);
    assert!(rules.decide_transfer("device", "stats_co", &both).allowed);
}

/// A strictly necessary tracker needs no consent at all: its transfer on
/// consent still does, which W0437 says.
#[test]
fn a_strictly_necessary_tracker_with_a_transfer_on_consent_is_w0437_too() {
    let source = w0437_source().replace("category analytics", "category strictly_necessary");
    let w = policyc::check_source(&source)
        .diagnostics
        .into_iter()
        .find(|d| d.code == Code::TrackerConsentDiffersFromTransfer)
        .unwrap();
    assert!(
        w.message
            .starts_with("the tracker `stats` is set without the user's consent, but"),
        "{w:?}"
    );
}

/// Only a transfer of what the tracker collects, for a purpose it serves
/// (or any), to its provider, and resting on consent alone among the
/// grounds that need no fact of the service, is the tracker's transfer.
#[test]
fn w0437_asks_only_the_tracker_s_own_transfer() {
    let source = w0437_source();
    let without = |from: &str, to: &str| {
        let edited = source.replace(from, to);
        assert_ne!(edited, source, "{from}");
        assert!(
            !codes_of(&edited).contains(&Code::TrackerConsentDiffersFromTransfer),
            "{to}"
        );
    };
    // A ground that holds without the banner.
    without(
        "for analytics on consent",
        "for analytics on consent, legitimate_interest \"counting visits\"",
    );
    // Under no regime, the rule table reads the same facts: W0437; a
    // ground that holds on no fact is none.
    let none = source.replace("regimes    gdpr", "regimes    none");
    assert!(codes_of(&none).contains(&Code::TrackerConsentDiffersFromTransfer));
    let unstated = none.replace(
        "for analytics on consent",
        "for analytics on consent, unstated",
    );
    assert!(!codes_of(&unstated).contains(&Code::TrackerConsentDiffersFromTransfer));
    // A tracker that collects nothing, or is not provided by the recipient.
    without("  collects device\n", "");
    without("  provider stats_co\n", "  provider \"Stats Co Ltd\"\n");
    // Under US state law, a service provider's transfer for a business
    // purpose needs no consent; on consent, the help names that ground.
    let us = source.replace("regimes    gdpr", "regimes    ccpa");
    assert_ne!(us, source);
    let us_sp = us.replace("kind    processor", "kind    service_provider");
    let w = policyc::check_source(&us_sp)
        .diagnostics
        .into_iter()
        .find(|d| d.code == Code::TrackerConsentDiffersFromTransfer)
        .unwrap();
    assert!(
        w.help.unwrap_or_default().contains("`business_purpose`"),
        "the help names the ground of a service provider"
    );
    let fixed = us_sp.replace("on consent", "on business_purpose");
    assert!(!codes_of(&fixed).contains(&Code::TrackerConsentDiffersFromTransfer));
}
