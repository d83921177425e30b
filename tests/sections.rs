//! Sections of the author's own (`section ID "Heading" { after SECTION }`)
//! and the clauses placed in them: where the text puts them in every
//! format, what the diff says of them, how fmt writes them, and that the
//! model of a policy without them keeps its bytes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;
use policyc::diff::ChangeKind;
use policyc::model::{Policy, SectionRef};
use policyc::render::{html, markdown, plain_text};

const HEADER: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Shop Ltd" { service "Shop" }
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  regimes    none
}

data account "Account details" { source user  identity identified }
purpose service "Providing the Shop" { uses account  basis contract }
retain account for 1 year from collection
"#;

fn policy(rest: &str) -> Policy {
    let source = format!("{HEADER}{rest}");
    let checked = policyc::check_source(&source);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.unwrap()
}

/// The anchors and headings of the document's sections, in order.
fn headings(policy: &Policy) -> Vec<(String, String)> {
    policyc::render::document(policy)
        .unwrap()
        .sections
        .iter()
        .map(|s| (s.anchor.clone(), s.heading.clone()))
        .collect()
}

const SECTIONS: &str = r#"
right access { via "privacy@shop.example" }
section faq "Questions and answers"
section california "Your California privacy rights" { after rights }
section nevada "Nevada residents" { after california }
clause ask in faq "You can ask us anything about this Policy."
clause sold in california "We do not sell personal information."
clause nv in nevada "Nevada residents can opt out of sales."
clause refrain in general "Do not use the Shop if you disagree."
"#;

#[test]
fn custom_sections_follow_the_section_they_name_or_the_built_in_ones() {
    let policy = policy(SECTIONS);
    let anchors: Vec<String> = headings(&policy).into_iter().map(|(a, _)| a).collect();
    let at = |anchor: &str| anchors.iter().position(|a| a == anchor).unwrap();
    // `after rights`, then the section placed after it.
    assert_eq!(at("section-california"), at("rights") + 1, "{anchors:?}");
    assert_eq!(at("section-nevada"), at("section-california") + 1);
    // No `after`: after every built-in section.
    assert_eq!(anchors.last().unwrap(), "section-faq");
    let (_, heading) = &headings(&policy)[at("section-california")];
    assert_eq!(heading, "Your California privacy rights");
}

#[test]
fn every_format_prints_the_heading_and_its_clauses() {
    let policy = policy(SECTIONS);
    let md = markdown(&policy);
    assert!(md.contains(". Your California privacy rights\n"), "{md}");
    assert!(md.contains("We do not sell personal information."));
    let page = html(&policy);
    assert!(
        page.contains("<section id=\"section-california\">"),
        "{page}"
    );
    assert!(page.contains("<a href=\"#section-california\">"), "{page}");
    let text = plain_text(&policy);
    assert!(text.contains("Your California privacy rights\n"), "{text}");
    assert!(text.contains("Nevada residents can opt out of sales."));
    insta::assert_snapshot!("custom_sections_md", md);
}

#[test]
fn a_heading_is_escaped_like_any_string() {
    let policy = policy("section odd \"<b>Bold</b> *stars*\"\nclause c in odd \"Text.\"\n");
    let page = html(&policy);
    assert!(page.contains("&lt;b&gt;Bold&lt;/b&gt;"), "{page}");
    assert!(!page.contains("<b>Bold"), "{page}");
    let md = markdown(&policy);
    assert!(md.contains("\\*stars\\*"), "{md}");
}

#[test]
fn a_contractual_clause_in_a_custom_section_is_referred_to_the_terms() {
    let policy =
        policy("section legal \"Legal notes\"\nclause w in legal contractual \"No warranty.\"\n");
    let md = markdown(&policy);
    assert!(md.contains("Legal notes"), "{md}");
    assert!(!md.contains("No warranty."), "{md}");
}

#[test]
fn the_model_names_a_section_by_its_keyword_or_id() {
    let policy = policy(SECTIONS);
    let json = serde_json::to_value(&policy).unwrap();
    let clauses = json["clauses"].as_array().unwrap();
    assert_eq!(clauses[0]["section"], "faq");
    assert_eq!(clauses[3]["section"], "general");
    let back: Policy = serde_json::from_value(json).unwrap();
    assert_eq!(back, policy);
    assert_eq!(
        back.clauses[3].section,
        SectionRef::Builtin(policyc::model::Section::General)
    );
    // Without `section` declarations, no `sections` key: released editions
    // keep their bytes.
    let plain = serde_json::to_value(self::policy("")).unwrap();
    assert!(plain.get("sections").is_none());
}

#[test]
fn the_diff_sees_sections_added_renamed_moved_and_removed() {
    let kinds = |old: &str, new: &str| -> Vec<ChangeKind> {
        policyc::diff::diff(&policy(old), &policy(new))
            .changes
            .iter()
            .map(|c| c.kind)
            .collect()
    };
    let one = "section a \"A\"\nclause x in a \"X.\"\n";
    let renamed = "section a \"A, renamed\"\nclause x in a \"X.\"\n";
    let moved = "section a \"A\" { after rights }\nclause x in a \"X.\"\n";
    let none = "clause x in general \"X.\"\n";
    assert_eq!(kinds(one, renamed), [ChangeKind::SectionRenamed]);
    assert_eq!(kinds(one, moved), [ChangeKind::SectionMoved]);
    assert_eq!(
        kinds(none, one),
        [ChangeKind::ClauseMoved, ChangeKind::SectionAdded]
    );
    assert_eq!(
        kinds(one, none),
        [ChangeKind::ClauseMoved, ChangeKind::SectionRemoved]
    );
    for kind in [
        ChangeKind::SectionAdded,
        ChangeKind::SectionRemoved,
        ChangeKind::SectionRenamed,
        ChangeKind::SectionMoved,
    ] {
        assert_eq!(kind.class(), policyc::diff::Class::Editorial, "{kind}");
        assert!(!kind.is_free_text(), "{kind}");
    }
    assert!(ChangeKind::SectionSummaryChanged.is_free_text());
}

#[test]
fn fmt_writes_a_section_canonically() {
    let source = format!(
        "{HEADER}section   california \"Your California privacy rights\"{{\n summary \"In short.\"\n after rights }}\nsection faq \"FAQ\" {{}}\nclause a in california \"A.\"\nclause b in faq \"B.\"\n"
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains(
            "section california \"Your California privacy rights\" {\n  after   rights\n  summary \"In short.\"\n}\n"
        ),
        "{formatted}"
    );
    assert!(formatted.contains("section faq \"FAQ\"\n"), "{formatted}");
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn a_summary_opens_its_section_in_every_format_and_language() {
    let policy = policy(
        "section purposes { summary \"We use your account to run the Shop.\" }\nsection faq \"FAQ\" { summary \"Answers to common questions.\" }\nclause q in faq \"Ask us.\"\nsection children { summary \"Nothing to say.\" }\n",
    );
    let md = markdown(&policy);
    // The first clause of its section, before what the declarations say.
    assert!(
        md.contains("## 5. Purposes of processing\n\n5.1. **In short:** We use your account to run the Shop.\n\n5.2. "),
        "{md}"
    );
    assert!(
        md.contains("**In short:** Answers to common questions."),
        "{md}"
    );
    // A section with nothing else to say is left out, summary and all.
    assert!(!md.contains("Nothing to say."), "{md}");
    assert!(html(&policy).contains("<strong>In short:</strong> We use your account"));
    assert!(plain_text(&policy).contains("In short: We use your account"));
    // Traced to the `section` declaration.
    let document = policyc::render::document(&policy).unwrap();
    let purposes = document
        .sections
        .iter()
        .find(|s| s.anchor == "purposes")
        .unwrap();
    use policyc::render::document::Origin;
    assert_eq!(purposes.clauses[0].origins, [Origin::Section(0)]);
    let mut german = policy.clone();
    german.header.language = "de".to_owned();
    assert!(markdown(&german).contains("**Kurz gesagt:** We use your account"));
    let kinds: Vec<ChangeKind> = policyc::diff::diff(&self::policy(""), &policy)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert!(
        kinds.contains(&ChangeKind::SectionSummaryChanged),
        "{kinds:?}"
    );
}

/// The README's example of sections checks clean and says what the
/// README says of it.
#[test]
fn the_readme_example_checks_and_prints_as_described() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = &readme[readme.find("## Sections\n").unwrap()..];
    let start = section.find("```policy\n").unwrap() + "```policy\n".len();
    let block = &section[start..start + section[start..].find("```").unwrap()];
    let policy = policy(block);
    let md = markdown(&policy);
    assert!(md.contains(". California residents\n"), "{md}");
    assert!(
        md.contains("**In short:** We collect what you give us and what your device sends."),
        "{md}"
    );
    // fmt: a block of one property on one line.
    let source = format!("{HEADER}{block}");
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("section california \"California residents\" { after rights }\n"),
        "{formatted}"
    );
}

/// W0375: under a regime that generates a jurisdiction section, an
/// author's section with its heading (in the policy's language and voice,
/// but for case) would print the heading twice; the README's example does
/// not.
#[test]
fn a_section_headed_as_a_jurisdiction_section_is_w0375() {
    let codes = |regimes: &str, voice: &str, heading: &str| -> Vec<Code> {
        let header = HEADER
            .replace("regimes    none", &format!("regimes    {regimes}"))
            .replace(
                "language   en",
                &format!("language   en\n  voice      {voice}"),
            );
        let source = format!(
            "{header}section california \"{heading}\" {{ after rights }}\nclause agent in california \"You may use an agent.\"\n"
        );
        policyc::check_source(&source)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    };
    let w = Code::HeadingOfJurisdictionSection;
    assert!(codes("ccpa", "we_you", "Your California privacy rights").contains(&w));
    assert!(codes("ccpa", "we_you", "your california PRIVACY rights ").contains(&w));
    assert!(codes("ccpa", "third_person", "California privacy rights").contains(&w));
    assert!(codes("gdpr", "we_you", "For users in the EEA").contains(&w));
    assert!(
        codes(
            "ccpa, us_state_laws",
            "we_you",
            "Your California and other US state privacy rights"
        )
        .contains(&w)
    );
    // another regime, another heading, or none: no warning
    assert!(!codes("none", "we_you", "Your California privacy rights").contains(&w));
    assert!(!codes("us_state_laws", "we_you", "Your California privacy rights").contains(&w));
    assert!(!codes("ccpa", "we_you", "California residents").contains(&w));
}
