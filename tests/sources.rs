//! Sources (issue 14 item 9, GDPR Art. 14(2)(f), the categories of
//! sources of US state law): several sources per data category, named
//! third-party and publicly available sources, what the text says of
//! each, the checks (E0386, W0382, W0383) and the diff's kinds
//! (DATA_SOURCE_ADDED, DATA_SOURCE_REMOVED).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use common::{codes_of, policy_of, read};
use policyc::codes::Code;
use policyc::diff::{self, Class};
use policyc::model::{NamedSource, Policy, Source};

const SHOP: &str = "tests/fixtures/sources/shop.policy";

fn named(kind: Source, name: &str) -> NamedSource {
    NamedSource {
        kind,
        name: Some(name.to_owned()),
    }
}

fn unnamed(kind: Source) -> NamedSource {
    NamedSource { kind, name: None }
}

/// The kinds of the changes from `old` to `new`, with their classes.
fn kinds(old: &Policy, new: &Policy) -> Vec<(&'static str, Class)> {
    diff::diff(old, new)
        .changes
        .iter()
        .map(|c| (c.kind.id(), c.kind.class()))
        .collect()
}

#[test]
fn each_category_keeps_its_sources_in_the_order_written_and_children_inherit_them() {
    let p = policy_of(&read(SHOP));
    let payment = p.data("payment").unwrap();
    assert_eq!(payment.source, Some(Source::User));
    let both = [
        unnamed(Source::User),
        named(Source::ThirdParty, "payment providers"),
    ];
    assert_eq!(payment.all_sources(), both);
    assert_eq!(p.data("payment.card").unwrap().all_sources(), both);
    let company = p.data("company").unwrap();
    assert_eq!(company.source, Some(Source::PubliclyAvailable));
    assert_eq!(
        company.all_sources(),
        [named(Source::PubliclyAvailable, "the companies register")]
    );
}

#[test]
fn one_unnamed_source_keeps_the_json_of_released_editions() {
    let p = policy_of(&read(SHOP).replace(
        r#"source   user, third_party "payment providers""#,
        "source   user",
    ));
    let payment = p.data("payment").unwrap();
    assert!(payment.sources.is_empty());
    let json = serde_json::to_value(payment).unwrap();
    assert!(json.get("sources").is_none(), "{json}");
    assert_eq!(json["source"], "user");
    let p = policy_of(&read(SHOP));
    let json = serde_json::to_value(p.data("payment").unwrap()).unwrap();
    assert_eq!(
        json["sources"],
        serde_json::json!([{"kind": "user"}, {"kind": "third_party", "name": "payment providers"}])
    );
    // And back: the model reads what it wrote.
    let back: policyc::model::DataCategory = serde_json::from_value(json).unwrap();
    assert_eq!(&back, p.data("payment").unwrap());
}

#[test]
fn the_text_names_each_source_once_in_every_format() {
    let p = policy_of(&read(SHOP));
    let said = [
        "The User provides the following personal information:",
        "This information is received from payment providers.",
        "Example Inc receives the following personal information from third parties:",
        "This information is received from credit agencies. This information is obtained from publicly available sources.",
        "Example Inc obtains the following personal information from publicly available sources:",
        "This information is obtained from the companies register, a publicly available source.",
    ];
    let markdown = policyc::render::markdown(&p);
    let html = policyc::render::html(&p);
    let plain = policyc::render::plain_text(&p);
    for sentence in said {
        assert!(markdown.contains(sentence), "{sentence}: {markdown}");
        assert!(html.contains(sentence), "{sentence}: {html}");
        let flat = plain.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(sentence), "{sentence}: {plain}");
    }
    // The child inherits its parent's sources, which the parent's clause
    // says: the child's item says none again.
    assert_eq!(
        markdown.matches("received from payment providers").count(),
        1
    );
}

/// The fixture with `payment`'s sources replaced and the regimes set.
fn shop(regimes: &str, sources: &str) -> String {
    read(SHOP)
        .replace(
            r#"source   user, third_party "payment providers""#,
            &format!("source   {sources}"),
        )
        .replace(
            "regimes    gdpr",
            // Under `ccpa`, the header says how a request is verified and
            // made by an agent (W0441, W0442).
            &if regimes.contains("ccpa") {
                format!(
                    "regimes    {regimes}\n  verification \"We ask you to confirm your e-mail address.\"\n  authorized_agents \"An authorized agent sends us your signed permission.\""
                )
            } else {
                format!("regimes    {regimes}")
            },
        )
}

#[test]
fn gdpr_asks_which_third_party_the_information_comes_from() {
    assert_eq!(
        codes_of(&shop("gdpr", "user, third_party")),
        [Code::ThirdPartySourceUnnamed]
    );
    assert_eq!(
        codes_of(&shop("uk_gdpr", "third_party")),
        [Code::ThirdPartySourceUnnamed]
    );
    // Named, or under a regime that does not ask, it is clean; a publicly
    // available source says what the article asks, named or not.
    assert!(codes_of(&shop("gdpr", r#"third_party "banks""#)).is_empty());
    assert!(!codes_of(&shop("ccpa", "third_party")).contains(&Code::ThirdPartySourceUnnamed));
    assert!(codes_of(&shop("gdpr", "publicly_available")).is_empty());
}

#[test]
fn a_name_belongs_to_a_source_the_information_is_obtained_from() {
    for kind in ["user", "device", "derived"] {
        let source = shop("none", &format!(r#"{kind} "the app""#));
        assert_eq!(codes_of(&source), [Code::SourceNameNotObtained], "{kind}");
    }
}

#[test]
fn a_source_named_twice_is_a_warning_and_said_once() {
    let source = shop("gdpr", r#"third_party "banks", user, third_party "banks""#);
    let checked = policyc::check_source(&source);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::SourceRepeated]);
    let p = checked.policy.unwrap();
    assert_eq!(
        p.data("payment").unwrap().all_sources(),
        [named(Source::ThirdParty, "banks"), unnamed(Source::User)]
    );
    // The same kind under another name is another source.
    assert!(
        codes_of(&shop(
            "gdpr",
            r#"third_party "banks", third_party "card schemes""#
        ))
        .is_empty()
    );
}

#[test]
fn a_source_added_expands_and_removed_narrows() {
    let old = policy_of(&read("tests/fixtures/diff/source_added/old.policy"));
    let new = policy_of(&read("tests/fixtures/diff/source_added/new.policy"));
    // The category and the child that inherits its sources.
    assert_eq!(
        kinds(&old, &new),
        [("DATA_SOURCE_ADDED", Class::Expanding); 2]
    );
    assert_eq!(
        kinds(&new, &old),
        [("DATA_SOURCE_REMOVED", Class::Narrowing); 2]
    );
}

#[test]
fn a_first_source_that_changes_kind_is_said_once() {
    let by = |sources: &str| policy_of(&shop("none", sources));
    let d = diff::diff(&by("user"), &by(r#"third_party "banks""#));
    let kinds: Vec<&str> = d.changes.iter().map(|c| c.kind.id()).collect();
    // One farther move per category (payment and its child), and the name
    // as a source added.
    assert_eq!(
        kinds,
        [
            "DATA_SOURCE_FARTHER",
            "DATA_SOURCE_ADDED",
            "DATA_SOURCE_FARTHER",
            "DATA_SOURCE_ADDED"
        ]
    );
    // A plain single source changing is the old kind alone.
    let d = diff::diff(&by("user"), &by("device"));
    assert!(
        d.changes
            .iter()
            .all(|c| c.kind.id() == "DATA_SOURCE_FARTHER")
    );
}

#[path = "common/readme.rs"]
mod readme;

#[test]
fn the_readme_s_section_holds() {
    let section = readme::section("## Sources", "\n## Special categories and security");
    let block = readme::first_policy_block(&section);
    // The fixture's header, then the block, with a purpose and a retention.
    let shop = read(SHOP);
    let header = &shop[..shop.find("data payment").unwrap()];
    let source = format!(
        "{header}{block}{}",
        r#"purpose billing "Billing" { uses payment, company basis contract }
retain payment, company for 1 year from collection
right complaint { via "the data protection authority" }
"#
    );
    let p = policy_of(&source);
    let plain = policyc::render::plain_text(&p);
    let flat = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    for quoted in section.lines().filter_map(|l| l.trim().strip_prefix("> ")) {
        assert!(flat.contains(quoted), "{quoted}: {flat}");
    }
    assert!(flat.contains(
        "Example Inc obtains the following personal information from publicly available sources:"
    ));
    // Every kind is in the section, and every code and kind it names is one.
    for kind in policyc::vocab::SOURCES.keywords() {
        assert!(section.contains(&format!("`{kind}`")), "{kind}");
    }
    for code in ["W0382", "E0386", "W0383"] {
        assert!(
            section.contains(code) && Code::parse(code).is_some(),
            "{code}"
        );
    }
    assert_eq!(
        codes_of(&source.replace(r#" "payment providers""#, "")),
        [Code::ThirdPartySourceUnnamed]
    );
}

// ------------------------------------------------------------ combined data

const COMBINED: &str = "tests/fixtures/diff/combination_added/new.policy";

#[test]
fn a_combination_is_in_the_model_and_said_in_every_format() {
    let p = policy_of(&read(COMBINED));
    let [combination] = p.combinations.as_slice() else {
        panic!("{:?}", p.combinations);
    };
    assert_eq!(combination.data, ["payment", "rating"]);
    assert_eq!(
        combination.reason,
        "to decide whether to offer payment by invoice"
    );
    let said = "Example Inc combines Payment details and Credit rating to decide whether to offer payment by invoice.";
    assert!(policyc::render::markdown(&p).contains(said));
    assert!(policyc::render::html(&p).contains(said));
    let plain = policyc::render::plain_text(&p);
    let flat = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(said), "{plain}");
    // A policy without one keeps its JSON.
    let json = serde_json::to_value(policy_of(&read(SHOP))).unwrap();
    assert!(json.get("combinations").is_none());
}

#[test]
fn a_combination_names_declared_data_twice_or_more() {
    let text = read(COMBINED);
    let with = |line: &str| {
        text.replace(
            r#"combine payment, rating "to decide whether to offer payment by invoice""#,
            line,
        )
    };
    assert_eq!(
        codes_of(&with(r#"combine payment, ratings "why""#)),
        [Code::UnknownData]
    );
    assert_eq!(
        codes_of(&with(r#"combine payment, payment "why""#)),
        [Code::CombinationOfOne]
    );
    assert_eq!(
        codes_of(&with(r#"combine payment "why""#)),
        [Code::CombinationOfOne]
    );
    assert_eq!(
        codes_of(&with(r#"combine payment, rating """#)),
        [Code::EmptyString]
    );
    // A category named twice among others counts once.
    let p = policy_of(&with(r#"combine payment, rating, payment "why""#));
    assert_eq!(p.combinations[0].data, ["payment", "rating"]);
}

#[test]
fn depersonalized_data_combined_with_personal_data_declares_what_it_becomes() {
    let text = read(COMBINED).replace(
        "data rating \"Credit rating\" {",
        "data trends \"Trends\" { source derived identity depersonalized WHEN}\n\ndata rating \"Credit rating\" {",
    );
    let with = |when: &str| {
        text.replace("WHEN", when)
            .replace("combine payment, rating", "combine payment, trends")
            .replace(
                "uses  payment, company, rating",
                "uses  payment, company, rating, trends",
            )
    };
    assert_eq!(codes_of(&with("")), [Code::DepersonalizedCombinedUnmarked]);
    assert!(codes_of(&with("when_combined identified ")).is_empty());
}

#[test]
fn a_combination_added_expands_removed_narrows_reworded_is_editorial() {
    let old = policy_of(&read("tests/fixtures/diff/combination_added/old.policy"));
    let new = policy_of(&read(COMBINED));
    assert_eq!(kinds(&old, &new), [("COMBINATION_ADDED", Class::Expanding)]);
    assert_eq!(
        kinds(&new, &old),
        [("COMBINATION_REMOVED", Class::Narrowing)]
    );
    let reordered = policy_of(
        &read(COMBINED).replace("payment, rating \"to decide", "rating, payment \"to decide"),
    );
    // The same categories in another order: the text reads otherwise,
    // nothing more is combined.
    assert_eq!(
        kinds(&new, &reordered),
        [("POLICY_RESTATED", Class::Editorial)]
    );
    let reworded = policy_of(&read(COMBINED).replace("to decide whether to offer", "to offer"));
    assert_eq!(
        kinds(&new, &reworded),
        [("COMBINATION_RESTATED", Class::Editorial)]
    );
}

#[test]
fn the_readme_s_section_on_combined_data_holds() {
    let section = readme::section("### Data combined", "\n## Special categories and security");
    let block = readme::first_policy_block(&section).trim();
    let text = read(COMBINED);
    assert!(text.contains(block), "{block}");
    let p = policy_of(&text);
    let markdown = policyc::render::markdown(&p);
    let said = section
        .split("language: \"")
        .nth(1)
        .unwrap()
        .split("\"\n")
        .next()
        .unwrap();
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(markdown.contains(&said), "{said}");
    for code in ["E0101", "E0387", "W0384"] {
        assert!(
            section.contains(code) && Code::parse(code).is_some(),
            "{code}"
        );
    }
    assert_eq!(Code::parse("E0101"), Some(Code::UnknownData));
    for kind in [
        "COMBINATION_ADDED",
        "COMBINATION_REMOVED",
        "COMBINATION_RESTATED",
    ] {
        assert!(section.contains(kind), "{kind}");
    }
}

#[test]
fn fmt_keeps_source_lists_and_combinations_in_their_canonical_layout() {
    for fixture in [SHOP, COMBINED] {
        let text = read(fixture);
        assert_eq!(policyc::fmt::format(&text).unwrap(), text, "{fixture}");
    }
    let messy = read(COMBINED)
        .replace(
            r#"source   user, third_party "payment providers""#,
            r#"source user ,third_party   "payment providers""#,
        )
        .replace("combine payment, rating", "combine   payment ,rating");
    assert_eq!(policyc::fmt::format(&messy).unwrap(), read(COMBINED));
}
