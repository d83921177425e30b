//! Transfers abroad (GDPR Ch. V): a recipient's typed `mechanism`, with a
//! derogation's case, and `copy`; the checks that judge them against the
//! recipient's country (E0403, E0365, E0366, W0365–W0368).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;
use policyc::model::{Derogation, Mechanism, Policy};

/// A policy under `REGIMES` whose one recipient's block holds `RECIPIENT`.
const POLICY: &str = r#"policy transfers {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example GmbH" { service "Example" address "1 Example Street, 10115 Berlin, Germany" country "Germany" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    REGIMES
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" ccpa_category identifiers }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
recipient hosting "Hosting provider" {
  kind processor
RECIPIENT
}
transfer email to hosting on contract
"#;

fn source(regimes: &str, recipient: &str) -> String {
    let source = POLICY
        .replace("REGIMES", regimes)
        .replace("RECIPIENT", recipient);
    // A recipient on the explicit-consent derogation receives data only
    // on consent (E0432).
    if recipient.contains("derogation explicit_consent") {
        source.replace("to hosting on contract", "to hosting on consent")
    } else {
        source
    }
}

fn codes(regimes: &str, recipient: &str) -> Vec<Code> {
    policyc::check_source(&source(regimes, recipient))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

/// The Markdown text of the policy.
fn markdown(regimes: &str, recipient: &str) -> String {
    policyc::render::markdown(&policy(regimes, recipient))
}

fn policy(regimes: &str, recipient: &str) -> Policy {
    let checked = policyc::check_source(&source(regimes, recipient));
    assert_eq!(checked.diagnostics, [], "{recipient}");
    checked.policy.unwrap()
}

#[test]
fn a_typed_mechanism_and_its_copy_reach_the_model() {
    let p = policy(
        "gdpr",
        r#"  country "the United States"
  mechanism standard_contractual_clauses
  safeguard "the Commission's clauses of 4 June 2021, module two"
  copy "https://example.com/legal/transfers""#,
    );
    let r = &p.recipients[0];
    assert_eq!(r.mechanism, Some(Mechanism::StandardContractualClauses));
    assert_eq!(
        r.copy.as_deref(),
        Some("https://example.com/legal/transfers")
    );
    let json = serde_json::to_string(&p).unwrap();
    assert!(
        json.contains(r#""mechanism":"standard_contractual_clauses""#),
        "{json}"
    );
    let p = policy(
        "gdpr",
        "  country \"Brazil\"\n  mechanism derogation explicit_consent",
    );
    assert_eq!(
        p.recipients[0].mechanism,
        Some(Mechanism::Derogation(Derogation::ExplicitConsent))
    );
    let json = serde_json::to_string(&p).unwrap();
    assert!(
        json.contains(r#""mechanism":{"derogation":"explicit_consent"}"#),
        "{json}"
    );
}

#[test]
fn an_untyped_recipient_keeps_its_json() {
    let json = serde_json::to_string(&policy("none", "")).unwrap();
    assert!(!json.contains("mechanism"), "{json}");
    assert!(!json.contains("\"copy\""), "{json}");
}

#[test]
fn the_case_stays_on_the_mechanism_line() {
    // The next property is not read as the derogation's case.
    let found = codes(
        "gdpr",
        "  country \"Brazil\"\n  mechanism derogation\n  safeguard \"the user's consent\"",
    );
    assert_eq!(found, [Code::DerogationWithoutCase]);
    assert_eq!(
        codes(
            "gdpr",
            "  country \"Brazil\"\n  mechanism derogation holiday"
        ),
        [Code::UnknownKeyword],
        "an unknown case is a value error, with its suggestions"
    );
}

/// The recipient block of `source`, from its first line to its `}`.
fn recipient_block(text: &str) -> Vec<&str> {
    text.lines()
        .skip_while(|l| !l.starts_with("recipient hosting"))
        .take_while(|l| *l != "}")
        .collect()
}

#[test]
fn a_copy_on_the_mechanism_line_is_a_property_of_its_own() {
    // Written on one line or on two, the mechanism and its copy are the
    // same model, check the same and format to the same lines; the case
    // of a derogation stays the mechanism's, with the copy after it.
    for (mechanism, lines) in [
        (
            "standard_contractual_clauses",
            "standard_contractual_clauses",
        ),
        ("derogation legal_claims", "derogation legal_claims"),
    ] {
        let one_line =
            format!("  country \"Brazil\"\n  mechanism {mechanism} copy \"https://example.com/t\"");
        let two_lines = format!(
            "  country \"Brazil\"\n  mechanism {mechanism}\n  copy \"https://example.com/t\""
        );
        let one = policy("gdpr", &one_line);
        let two = policy("gdpr", &two_lines);
        assert_eq!(
            serde_json::to_value(&one).unwrap(),
            serde_json::to_value(&two).unwrap(),
            "{mechanism}"
        );
        assert_eq!(
            one.recipients[0].copy.as_deref(),
            Some("https://example.com/t")
        );
        let (_, parse) = policyc::syntax::parse(&source("gdpr", &one_line));
        assert_eq!(parse, [], "{mechanism}");
        let formatted_one = policyc::fmt::format(&source("gdpr", &one_line)).unwrap();
        let formatted_two = policyc::fmt::format(&source("gdpr", &two_lines)).unwrap();
        assert_eq!(formatted_one, formatted_two, "{mechanism}");
        assert_eq!(
            recipient_block(&formatted_one),
            [
                "recipient hosting \"Hosting provider\" {",
                "  kind      processor",
                "  country   \"Brazil\"",
                &format!("  mechanism {lines}"),
                "  copy      \"https://example.com/t\"",
            ],
            "{formatted_one}"
        );
        assert_eq!(policyc::fmt::format(&formatted_one).unwrap(), formatted_one);
    }
    // Any property of the recipient may follow on the mechanism's line.
    let p = policy(
        "gdpr",
        "  mechanism standard_contractual_clauses country \"Brazil\" copy \"https://example.com/t\"",
    );
    assert_eq!(p.recipients[0].country.as_deref(), Some("Brazil"));
    assert_eq!(
        p.recipients[0].mechanism,
        Some(Mechanism::StandardContractualClauses)
    );
}

#[test]
fn a_safeguard_alone_stays_valid_with_a_warning() {
    assert_eq!(
        codes(
            "gdpr",
            "  country \"the United States\"\n  safeguard \"standard contractual clauses\""
        ),
        [Code::SafeguardUntyped]
    );
    assert_eq!(
        codes(
            "none",
            "  country \"the United States\"\n  safeguard \"SCC\""
        ),
        []
    );
}

#[test]
fn a_recipient_abroad_needs_a_mechanism_only_outside_the_area() {
    let abroad = "  country \"the United States\"";
    assert_eq!(
        codes("gdpr", abroad),
        [Code::TransferAbroadWithoutSafeguard]
    );
    // Inside the EEA under the GDPR: no transfer abroad.
    assert_eq!(codes("gdpr", "  country \"the Netherlands\""), []);
    // The UK GDPR's area is the UK: Ireland is abroad.
    assert_eq!(
        codes("uk_gdpr", "  country \"Ireland\""),
        [Code::TransferAbroadWithoutSafeguard]
    );
    let message = policyc::check_source(&source("gdpr, uk_gdpr", "  country \"Ireland\""))
        .diagnostics
        .into_iter()
        .map(|d| d.message)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !message.contains("GDPR Art. 13(1)(f) and"),
        "cites only UK GDPR: {message}"
    );
}

#[test]
fn adequacy_is_checked_against_the_commissions_decisions() {
    let adequate = |country: &str| {
        codes(
            "gdpr",
            &format!("  country \"{country}\"\n  mechanism adequacy"),
        )
    };
    assert_eq!(adequate("Japan"), []);
    assert_eq!(adequate("the U.S."), []);
    assert_eq!(adequate("South Korea"), []);
    assert_eq!(adequate("India"), [Code::AdequacyWithoutDecision]);
    assert_eq!(adequate("Ireland"), [Code::MechanismInsideArea]);
    // The Commission's list is the GDPR's: under the UK GDPR alone it is not read.
    assert_eq!(
        codes("uk_gdpr", "  country \"India\"\n  mechanism adequacy"),
        []
    );
}

#[test]
fn safeguards_say_where_to_obtain_a_copy() {
    let without = "  country \"Singapore\"\n  mechanism binding_corporate_rules";
    assert_eq!(codes("gdpr", without), [Code::SafeguardsWithoutCopy]);
    assert_eq!(
        codes(
            "gdpr",
            &format!("{without}\n  copy \"on request to privacy@example.com\"")
        ),
        []
    );
    // A derogation and an adequacy decision are not safeguards with a copy.
    assert_eq!(
        codes(
            "gdpr",
            "  country \"Brazil\"\n  mechanism derogation contract"
        ),
        []
    );
    // Under the CCPA, nothing asks for a copy (W0441 and W0442, on how a
    // request is made, are the CCPA's own).
    assert!(
        codes("ccpa", without)
            .iter()
            .all(|c| *c != Code::SafeguardsWithoutCopy)
    );
}

#[test]
fn a_mechanism_without_a_country_is_a_warning() {
    assert_eq!(
        codes("none", "  mechanism standard_contractual_clauses"),
        [Code::MechanismWithoutCountry]
    );
    assert_eq!(
        codes("none", "  copy \"https://example.com\""),
        [Code::MechanismWithoutCountry]
    );
}

#[test]
fn fmt_keeps_the_case_and_orders_the_properties() {
    let messy = source(
        "gdpr",
        "  copy \"https://example.com/t\"\n  mechanism   derogation   legal_claims\n  country \"Brazil\"",
    );
    let formatted = policyc::fmt::format(&messy).unwrap();
    let block: Vec<&str> = formatted
        .lines()
        .skip_while(|l| !l.starts_with("recipient hosting"))
        .take(5)
        .collect();
    assert_eq!(
        block,
        [
            "recipient hosting \"Hosting provider\" {",
            "  kind      processor",
            "  country   \"Brazil\"",
            "  mechanism derogation legal_claims",
            "  copy      \"https://example.com/t\"",
        ],
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_text_states_each_transfer_abroad_as_declared() {
    let p = policy(
        "gdpr",
        r#"  country "the United States"
  mechanism standard_contractual_clauses
  safeguard "the Commission's clauses of 4 June 2021, module two"
  copy "https://example.com/legal/transfers""#,
    );
    let said = [
        "Country: the United States.",
        "Transfers of information to this country rest on standard data protection clauses (the Commission's clauses of 4 June 2021, module two).",
        "Where to obtain a copy:",
    ];
    for text in [
        policyc::render::markdown(&p),
        policyc::render::plain_text(&p),
        policyc::render::html(&p),
    ] {
        // The plain text wraps its lines, and HTML escapes apostrophes.
        let text = text
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for sentence in said {
            assert!(text.contains(sentence), "{sentence}\n{text}");
        }
        assert!(
            text.contains("https://example.com/legal/transfers"),
            "{text}"
        );
    }
    let html = policyc::render::html(&p);
    assert!(
        html.contains("<a href=\"https://example.com/legal/transfers\""),
        "{html}"
    );
    let text = markdown(
        "gdpr",
        "  country \"Brazil\"\n  mechanism derogation explicit_consent",
    );
    assert!(
        text.contains("Transfers of information to this country rest on a derogation for a specific situation: the User's explicit consent to the transfer."),
        "{text}"
    );
    // Nothing is said that was not declared.
    assert!(!text.contains("Where to obtain a copy"), "{text}");
    assert!(!text.contains("(GDPR"), "{text}");
    let home = markdown("gdpr", "");
    assert!(!home.contains("Transfers of information"), "{home}");
}

#[test]
fn a_safeguard_alone_keeps_its_words() {
    let text = markdown(
        "none",
        "  country \"the United States\"\n  safeguard \"standard contractual clauses\"",
    );
    assert!(
        text.contains("Safeguard for the transfer of information to this country: standard contractual clauses."),
        "{text}"
    );
    assert!(!text.contains("rest on"), "{text}");
}

fn diff(old: &str, new: &str) -> Vec<(String, String)> {
    let old = policy("gdpr", old);
    let new = policy("gdpr", new);
    policyc::diff::diff(&old, &new)
        .changes
        .iter()
        .map(|c| (c.kind.id().to_owned(), c.kind.class().as_str().to_owned()))
        .collect()
}

#[test]
fn the_diff_classes_each_change_of_mechanism() {
    let scc = "  country \"Brazil\"\n  mechanism standard_contractual_clauses\n  copy \"x\"";
    let bcr = "  country \"Brazil\"\n  mechanism binding_corporate_rules\n  copy \"x\"";
    // The transfer rests on a contract, the case of this derogation
    // (E0432).
    let contract = "  country \"Brazil\"\n  mechanism derogation contract\n  copy \"x\"";
    let legal = "  country \"Brazil\"\n  mechanism derogation legal_claims\n  copy \"x\"";
    let pair = |kind: &str, class: &str| vec![(kind.to_owned(), class.to_owned())];
    assert_eq!(diff(scc, contract), pair("MECHANISM_REMOVED", "expanding"));
    assert_eq!(diff(contract, scc), pair("MECHANISM_ADDED", "narrowing"));
    assert_eq!(diff(scc, bcr), pair("MECHANISM_CHANGED", "editorial"));
    assert_eq!(
        diff(contract, legal),
        pair("MECHANISM_CHANGED", "editorial")
    );
    assert_eq!(
        diff(scc, &scc.replace("\"x\"", "\"y\"")),
        pair("MECHANISM_CHANGED", "editorial")
    );
}

#[test]
fn the_fides_export_names_fideslangs_transfer_bases() {
    let export = |recipient: &str| {
        let p = policy("gdpr", recipient);
        let manifest = policyc::fides::export::manifest(&p).unwrap();
        serde_json::to_value(&manifest).unwrap()["system"][0]["legal_basis_for_transfers"].clone()
    };
    assert_eq!(
        export("  country \"Japan\"\n  mechanism adequacy"),
        serde_json::json!(["Adequacy Decision"])
    );
    assert_eq!(
        export("  country \"India\"\n  mechanism standard_contractual_clauses\n  copy \"x\""),
        serde_json::json!(["SCCs"])
    );
    assert_eq!(
        export("  country \"Brazil\"\n  mechanism derogation contract"),
        serde_json::json!(["Other"])
    );
}

#[test]
fn init_explains_every_mechanism_and_case() {
    let dir = tempfile::tempdir().unwrap();
    let output = assert_cmd::cargo::cargo_bin_cmd!("policyc")
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .args(["init", "--id", "shop", "--regime", "uk_gdpr"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(dir.path().join("policies/shop.policy")).unwrap();
    // The notes as one line: wrapping may break a property after its keyword.
    let prose = text
        .lines()
        .map(|l| l.trim_start_matches("//"))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        prose.contains("TRANSFERS ABROAD (UK GDPR Art. 13(1)(f))"),
        "{prose}"
    );
    let keywords = policyc::vocab::MECHANISMS
        .keywords()
        .chain(policyc::vocab::DEROGATIONS.keywords());
    for keyword in keywords {
        assert!(prose.contains(keyword), "{keyword}: {prose}");
    }
    for property in ["country \"...\"", "safeguard \"...\"", "copy \"...\""] {
        assert!(prose.contains(property), "{property}: {prose}");
    }
}

/// The README's section "Transfers abroad".
fn readme_section() -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("### Transfers abroad").unwrap();
    let end = start + readme[start..].find("\n### `unstated`").unwrap();
    readme[start..end].to_owned()
}

#[test]
fn the_readmes_transfers_section_holds() {
    let section = readme_section();
    let block = section.split("```policy\n").nth(1).unwrap();
    let block = &block[..block.find("```").unwrap()];
    let header = &POLICY[..POLICY.find("recipient hosting").unwrap()];
    let file = format!(
        "{}{block}transfer email to hosting on contract\n",
        header.replace("REGIMES", "gdpr")
    );
    let checked = policyc::check_source(&file);
    assert_eq!(checked.diagnostics, [], "{file}");
    let text = policyc::render::plain_text(&checked.policy.unwrap())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let quoted = section.lines().find_map(|l| l.strip_prefix("> ")).unwrap();
    assert!(text.contains(quoted), "{quoted}\n{text}");
    // The table's words are the text's own, from the vocabulary.
    let mut rows = 0;
    let rows_of_values = section
        .lines()
        .filter(|l| l.starts_with("| `") && !l.starts_with("| `mechanism`"));
    for line in rows_of_values {
        let cells: Vec<&str> = line.split(" | ").collect();
        let keyword = cells[0].trim_start_matches("| `").trim_end_matches('`');
        let words = cells[2].trim_end_matches(" |");
        let value = policyc::vocab::MECHANISMS.find(keyword).unwrap();
        assert_eq!(value.text, words, "{keyword}");
        rows += 1;
    }
    assert_eq!(rows, policyc::vocab::MECHANISMS.values.len());
    for case in policyc::vocab::DEROGATIONS.keywords() {
        assert!(section.contains(&format!("`{case}`")), "{case}");
    }
    for code in [
        "E0403", "E0365", "E0366", "W0365", "W0366", "W0367", "W0368", "E0432",
    ] {
        assert!(section.contains(code), "{code}");
    }
    assert!(section.contains(policyc::countries::ADEQUACY_AS_OF));
}

#[test]
fn the_rule_table_decides_the_same_whatever_the_mechanism() {
    let table = |recipient: &str| {
        serde_json::to_string(&policyc::rules::table(&policy("gdpr", recipient))).unwrap()
    };
    let safeguard = "  country \"India\"\n  safeguard \"the Commission's clauses\"";
    let typed = format!("{safeguard}\n  mechanism standard_contractual_clauses\n  copy \"x\"");
    assert_eq!(
        table(&typed),
        table(&typed.replace(
            "standard_contractual_clauses\n  copy \"x\"",
            "derogation contract"
        ))
    );
    assert!(!table(&typed).contains("mechanism"));
}
