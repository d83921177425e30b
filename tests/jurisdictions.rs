//! The jurisdiction sections: what the text gathers for the US state
//! privacy laws (`ccpa`, `us_state_laws`) and for the GDPR (`gdpr`,
//! `uk_gdpr`), in every format and language, and that every clause of
//! them traces to declarations.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::model::Policy;
use policyc::render::document::{Document, Section};
use policyc::render::{html, markdown, plain_text};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/jurisdictions/{name}.policy",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn policy_of(source: &str) -> Policy {
    let checked = policyc::check_source(source);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.unwrap()
}

fn document(policy: &Policy) -> Document {
    policyc::render::document(policy).unwrap()
}

/// The section with `anchor`, if the text has one.
fn section<'d>(document: &'d Document, anchor: &str) -> Option<&'d Section> {
    document.sections.iter().find(|s| s.anchor == anchor)
}

/// The Markdown of the one section with `anchor`, from its heading to the
/// next.
fn markdown_section(policy: &Policy, heading: &str) -> String {
    let md = markdown(policy);
    let start = md.find(&format!(". {heading}\n")).expect(heading);
    let start = md[..start].rfind("\n## ").unwrap() + 1;
    let end = md[start + 3..]
        .find("\n## ")
        .map_or(md.len(), |e| start + 3 + e + 1);
    md[start..end].to_owned()
}

// ------------------------------------------------------------ snapshots

#[test]
fn the_california_section_of_a_ccpa_policy() {
    let policy = policy_of(&fixture("ccpa"));
    insta::assert_snapshot!(
        "ccpa_section_md",
        markdown_section(&policy, "Your California privacy rights")
    );
}

#[test]
fn the_eea_and_uk_section_of_a_gdpr_policy() {
    let policy = policy_of(&fixture("gdpr"));
    insta::assert_snapshot!(
        "gdpr_section_md",
        markdown_section(&policy, "For users in the EEA and the UK")
    );
}

// -------------------------------------------------- where and in what form

#[test]
fn the_sections_come_before_the_changes_and_the_contact() {
    for (name, anchor) in [("ccpa", "jurisdiction-us"), ("gdpr", "jurisdiction-eea")] {
        let doc = document(&policy_of(&fixture(name)));
        let anchors: Vec<&str> = doc.sections.iter().map(|s| s.anchor.as_str()).collect();
        let at = |a: &str| anchors.iter().position(|x| *x == a).unwrap();
        assert_eq!(at(anchor) + 1, at("contact"), "{anchors:?}");
        assert!(at(anchor) > at("rights"), "{anchors:?}");
    }
}

#[test]
fn every_format_prints_the_section_with_its_heading_and_anchor() {
    let policy = policy_of(&fixture("ccpa"));
    let page = html(&policy);
    assert!(
        page.contains("id=\"jurisdiction-us\"") && page.contains("Your California privacy rights"),
        "{page}"
    );
    // The table of contents links to it.
    assert!(page.contains("href=\"#jurisdiction-us\""), "{page}");
    let text = plain_text(&policy);
    assert!(text.contains("Your California privacy rights"), "{text}");
    assert!(
        text.contains("Personal information is sold to the following"),
        "{text}"
    );
    let md = markdown(&policy);
    assert!(
        md.contains("| Category | Used for | Disclosed to | Kept |"),
        "{md}"
    );
}

#[test]
fn the_heading_follows_the_declared_regimes() {
    let ccpa = fixture("ccpa");
    for (regimes, heading) in [
        ("ccpa", "Your California privacy rights"),
        ("us_state_laws", "Your US state privacy rights"),
        (
            "ccpa, us_state_laws",
            "Your California and other US state privacy rights",
        ),
    ] {
        let source = ccpa.replace("regimes     ccpa", &format!("regimes     {regimes}"));
        let doc = document(&policy_of(&source));
        assert_eq!(section(&doc, "jurisdiction-us").unwrap().heading, heading);
    }
    let gdpr = fixture("gdpr");
    for (regimes, heading) in [
        ("gdpr", "For users in the EEA"),
        ("uk_gdpr", "For users in the UK"),
        ("gdpr, uk_gdpr", "For users in the EEA and the UK"),
    ] {
        let source = gdpr.replace("regimes    gdpr, uk_gdpr", &format!("regimes    {regimes}"));
        let doc = document(&policy_of(&source));
        assert_eq!(section(&doc, "jurisdiction-eea").unwrap().heading, heading);
    }
}

#[test]
fn a_policy_without_those_regimes_has_no_such_section() {
    for (name, regimes) in [
        ("ccpa", "regimes     ccpa"),
        ("gdpr", "regimes    gdpr, uk_gdpr"),
    ] {
        for other in ["none", "lgpd", "coppa"] {
            let source = fixture(name).replace(regimes, &format!("regimes {other}"));
            let policy = policy_of(&source);
            let doc = document(&policy);
            assert!(section(&doc, "jurisdiction-us").is_none(), "{name} {other}");
            assert!(
                section(&doc, "jurisdiction-eea").is_none(),
                "{name} {other}"
            );
            let md = markdown(&policy);
            assert!(
                !md.contains("privacy rights\n") && !md.contains("For users in"),
                "{md}"
            );
        }
    }
}

#[test]
fn both_sections_when_both_laws_are_declared() {
    let source = fixture("ccpa").replace("regimes     ccpa", "regimes     ccpa, gdpr");
    let doc = document(&policy_of(&source));
    let anchors: Vec<&str> = doc.sections.iter().map(|s| s.anchor.as_str()).collect();
    let us = anchors
        .iter()
        .position(|a| *a == "jurisdiction-us")
        .unwrap();
    assert_eq!(anchors[us + 1], "jurisdiction-eea", "{anchors:?}");
}

#[test]
fn the_heading_in_german() {
    let ccpa = fixture("ccpa").replace("language    en", "language    de");
    let doc = document(&policy_of(&ccpa));
    assert_eq!(
        section(&doc, "jurisdiction-us").unwrap().heading,
        "Ihre Datenschutzrechte in Kalifornien"
    );
    let gdpr = fixture("gdpr").replace("language   en", "language   de");
    let doc = document(&policy_of(&gdpr));
    let eea = section(&doc, "jurisdiction-eea").unwrap();
    assert_eq!(
        eea.heading,
        "Für Nutzer im EWR und im Vereinigten Königreich"
    );
    let md = markdown(&policy_of(&gdpr));
    assert!(md.contains("Der Verantwortliche: App AG"), "{md}");
}

// --------------------------------------------------------------- the trace

#[test]
fn every_clause_of_the_sections_traces_to_declarations() {
    for name in ["ccpa", "gdpr"] {
        let policy = policy_of(&fixture(name));
        let doc = document(&policy);
        let juris: Vec<&Section> = doc
            .sections
            .iter()
            .filter(|s| s.anchor.starts_with("jurisdiction-"))
            .collect();
        assert_eq!(juris.len(), 1, "{name}");
        let numbers: Vec<&str> = juris[0].clauses.iter().map(|c| c.number.as_str()).collect();
        let traced = policyc::render::trace::clauses(&policy).unwrap();
        for number in &numbers {
            let (_, origins) = traced.iter().find(|(n, _)| n == number).unwrap();
            assert!(!origins.is_empty(), "{name} {number} traces to nothing");
        }
    }
}

#[test]
fn the_category_table_traces_to_each_declaration_it_says() {
    use policyc::render::document::Origin;
    let policy = policy_of(&fixture("ccpa"));
    let doc = document(&policy);
    let us = section(&doc, "jurisdiction-us").unwrap();
    let table = us.clauses.iter().find(|c| c.table.is_some()).unwrap();
    for origin in [
        Origin::Data(0),
        Origin::Data(2),
        Origin::Purpose(1),
        Origin::Transfer(0),
        Origin::Recipient(1),
        Origin::Retention(2),
    ] {
        assert!(table.origins.contains(&origin), "{origin:?}");
    }
}

// ----------------------------------------------------- only what is declared

/// The table states the retention the retention section states: what
/// happens at the end, the backups, and each purpose's own retention of
/// the category, not its general period alone.
#[test]
fn the_table_states_the_retention_the_retention_section_states() {
    let source = fixture("ccpa").replace(
        "retain contact for 3 years from last_use\n",
        "retain contact for 3 years from last_use then delete backups for 30 days\n\
         retain contact when_used_for orders for 7 years from collection then delete\n",
    );
    let policy = policy_of(&source);
    let us = markdown_section(&policy, "Your California privacy rights");
    let row = us
        .lines()
        .find(|l| l.starts_with("| Contact details |"))
        .expect(&us);
    assert!(
        row.ends_with(
            "| for 3 years from the last use, then deleted (copies in backups: up to 30 days longer); \
             when used for delivering your orders: for 7 years from collection, then deleted |"
        ),
        "{row}"
    );
    let md = markdown(&policy);
    assert!(md.contains(
        "When used for delivering your orders, the following information is kept for 7 years from collection, then deleted: Contact details."
    ), "{md}");
    // Harbor Lane, were its categories not the statute's: every
    // category's cell says what its retention clause says.
    let harbor = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/policies/examples/harbor-lane-shop.policy"
    ))
    .unwrap();
    // Without its statutory categories, so that the table lists its own.
    let harbor: String = harbor
        .lines()
        .filter(|l| !l.trim_start().starts_with("ccpa_category"))
        .map(|l| format!("{l}\n"))
        .collect();
    let harbor = markdown(&policy_of(&harbor));
    for row in [
        "| for 3 years from collection, then deleted; when used for keeping our accounts as tax and commercial law requires: for 7 years from collection, then deleted (copies in backups: up to 30 days longer) |",
        "| for a period determined by criteria, and no longer than 3 years from collection, then deleted |",
    ] {
        assert!(harbor.contains(row), "{row}\n{harbor}");
    }
}

/// Under the US laws the declared right to know is the right of access:
/// "Right of access" is not stated again by default, unless a regime
/// outside the US grants it.
#[test]
fn a_declared_right_to_know_is_not_followed_by_a_default_right_of_access() {
    let source = fixture("ccpa").replace("regimes     ccpa", "regimes     ccpa, us_state_laws");
    assert_ne!(source, fixture("ccpa"));
    let md = markdown(&policyc::check_source(&source).policy.unwrap());
    assert!(md.contains("Right to know"), "{md}");
    assert!(!md.contains("Right of access"), "{md}");
    // Without `know`, us_state_laws states access by default.
    let without = source.replace(
        "right know { via \"https://shop.example/choices\"  within 45 days }\n",
        "",
    );
    assert_ne!(without, source);
    let checked = policyc::check_source(&without);
    let md = markdown(&checked.policy.unwrap());
    assert!(md.contains("Right of access"), "{md}");
    // The GDPR's right of access is its own (Art. 15).
    let gdpr = policyc::check_source(&source.replace(
        "regimes     ccpa, us_state_laws",
        "regimes     ccpa, us_state_laws, gdpr",
    ));
    let md = markdown(&gdpr.policy.unwrap());
    assert!(md.contains("Right of access"), "{md}");
}

#[test]
fn nothing_is_said_of_sales_sensitive_information_or_gpc_that_is_not_declared() {
    let source = fixture("ccpa")
        .replace("  disclosed_as sale", "")
        .replace("  disclosed_as share", "")
        .replace("  sensitive precise_geolocation\n", "")
        .replace("  gpc         honoured\n", "")
        .replace("  do_not_sell \"https://shop.example/choices\"\n", "")
        .replace(
            "right opt_out_sale_share { via \"https://shop.example/choices\"  anytime }\n",
            "",
        )
        .replace(
            "right limit_sensitive { via \"https://shop.example/choices\"  anytime }\n",
            "",
        );
    let policy = policy_of(&source);
    let section = markdown_section(&policy, "Your California privacy rights");
    for absent in [
        "sold",
        "shared",
        "sensitive",
        "Global Privacy Control",
        "Opting out",
    ] {
        assert!(!section.contains(absent), "{absent}: {section}");
    }
    // The categories and the rights are still gathered.
    assert!(section.contains("| Contact details |"), "{section}");
    assert!(section.contains("- Right to know"), "{section}");
}

#[test]
fn the_references_name_the_sections_as_numbered() {
    let policy = policy_of(&fixture("gdpr"));
    let doc = document(&policy);
    let number = |anchor: &str| section(&doc, anchor).unwrap().number.clone();
    let eea = markdown_section(&policy, "For users in the EEA and the UK");
    assert!(
        eea.contains(&format!("(section {}):", number("contact"))),
        "{eea}"
    );
    assert!(
        eea.contains(&format!(
            "in section {} and in the table in section {}.",
            number("purposes"),
            number("at-a-glance")
        )),
        "{eea}"
    );
    assert!(
        eea.contains(&format!("described in section {}:", number("rights"))),
        "{eea}"
    );
    assert!(
        eea.contains(&format!(
            "(section {}):\n\n- Account tier",
            number("decisions")
        )),
        "{eea}"
    );
}

#[test]
fn the_third_voice_heading_has_no_your() {
    let source = fixture("ccpa").replace("  voice       we_you\n", "");
    let doc = document(&policy_of(&source));
    assert_eq!(
        section(&doc, "jurisdiction-us").unwrap().heading,
        "California privacy rights"
    );
    let md = markdown(&policy_of(&source));
    assert!(
        md.contains("The User's rights under the California Consumer Privacy Act"),
        "{md}"
    );
}

#[test]
fn a_regime_added_is_the_change_and_the_section_comes_with_it() {
    use policyc::diff::ChangeKind;
    let old = policy_of(&fixture("ccpa"));
    let new = policy_of(&fixture("ccpa").replace("regimes     ccpa", "regimes     ccpa, gdpr"));
    let kinds: Vec<ChangeKind> = policyc::diff::diff(&old, &new)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert!(kinds.contains(&ChangeKind::RegimeAdded), "{kinds:?}");
    assert!(section(&document(&old), "jurisdiction-eea").is_none());
    assert!(section(&document(&new), "jurisdiction-eea").is_some());
}

/// The README's subsection names the headings the text prints.
#[test]
fn the_readme_names_the_headings_and_anchors() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let from = readme.find("### Jurisdiction sections\n").unwrap();
    let to = from + readme[from..].find("\n## ").unwrap();
    let said = readme[from..to]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for heading in [
        "Your California privacy rights",
        "Your US state privacy rights",
        "Your California and other US state privacy rights",
        "For users in the EEA\"",
        "\"For users in the UK\"",
        "\"For users in the EEA and the UK\"",
        "`jurisdiction-us` and `jurisdiction-eea`",
        "Ihre Datenschutzrechte in Kalifornien",
        "Für Nutzer im EWR und im Vereinigten Königreich",
    ] {
        assert!(said.contains(heading), "{heading}");
    }
    for kind in ["REGIME_ADDED", "REGIME_DROPPED"] {
        assert!(said.contains(kind), "{kind}");
        assert!(policyc::diff::ChangeKind::parse(kind).is_some(), "{kind}");
    }
}

/// The objection to direct marketing is granted whatever the basis (GDPR
/// Art. 21(2)): where every purpose rests on consent, the EEA and UK
/// section still lists it, as the rights section states it, and traces it
/// to the direct-marketing purpose.
#[test]
fn the_eea_section_lists_the_objection_to_direct_marketing_on_consent() {
    let source = fixture("gdpr")
        .replace(
            "purpose service \"Providing the app\" { uses account  basis contract }",
            "purpose service \"Providing the app\" { uses account  basis consent }\npurpose news \"Sending the newsletter\" { uses account  basis consent  direct_marketing }",
        )
        .replace(
            "transfer account, usage to hosting on contract",
            "transfer account, usage to hosting on consent",
        );
    let policy = policy_of(&source);
    assert!(
        policy
            .purposes
            .iter()
            .all(|p| p.basis == policyc::model::Basis::Consent)
    );
    let md = markdown_section(&policy, "For users in the EEA and the UK");
    assert!(md.contains("Right to object"), "{md}");
    // The rights section states it in a clause of its own.
    let text = markdown(&policy);
    assert!(text.contains("Right to object"), "{text}");
    // Without a direct-marketing purpose, nothing grants it on consent.
    let plain = policy_of(&source.replace("  direct_marketing }", " }"));
    let md = markdown_section(&plain, "For users in the EEA and the UK");
    assert!(!md.contains("Right to object"), "{md}");
}

/// The sentence that introduces the US category table has a verb, in
/// every language: "The table below shows each category …", not a list
/// of nouns ending "…, in the table below."
#[test]
fn the_us_category_table_is_introduced_by_a_sentence() {
    for (lang, opening, fragment) in [
        (
            "en",
            "The table below shows each category of personal information",
            ", in the table below.",
        ),
        (
            "de",
            "Die folgende Tabelle zeigt jede Kategorie",
            ", in der folgenden Tabelle.",
        ),
        (
            "fr",
            "Le tableau ci-dessous indique chaque catégorie",
            ", dans le tableau ci-dessous.",
        ),
        (
            "es",
            "La tabla siguiente muestra cada categoría",
            ", en la tabla siguiente.",
        ),
    ] {
        let mut policy = policy_of(&fixture("ccpa"));
        policy.header.language = lang.to_owned();
        let text = markdown(&policy);
        assert!(text.contains(opening), "{lang}: {text}");
        assert!(!text.contains(fragment), "{lang}: {text}");
    }
}
