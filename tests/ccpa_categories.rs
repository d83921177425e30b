//! The CCPA's categories of personal information (`ccpa_category`, Cal.
//! Civ. Code §1798.140(v)(1)): the attribute, the California table by
//! statutory category in every format and language, W0444 and W0445, the
//! diff's kinds and what the rule table leaves out, as the README's US
//! section says.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;
use policyc::diff::{self, ChangeKind, Class};
use policyc::model::{CcpaCategory, Policy};
use policyc::render::document::Origin;
use policyc::render::{html, markdown, plain_text};

/// The CCPA shop of the jurisdiction tests.
fn shop() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/jurisdictions/ccpa.policy"
    ))
    .unwrap()
}

/// `source` with `old` replaced by `new`, which must be there.
fn edited(source: &str, old: &str, new: &str) -> String {
    assert!(source.contains(old), "{old}");
    source.replacen(old, new, 1)
}

/// The shop with each category's statutory categories: contact details
/// are identifiers and customer records, browsing internet activity, the
/// precise location geolocation data.
fn classified() -> String {
    let source = edited(
        &shop(),
        "  identity identified\n  required\n",
        "  identity identified\n  required\n  ccpa_category customer_records, identifiers, identifiers\n",
    );
    let source = edited(
        &source,
        "  identity pseudonymized\n",
        "  identity pseudonymized\n  ccpa_category internet_activity\n",
    );
    edited(
        &source,
        "  sensitive precise_geolocation\n",
        "  sensitive precise_geolocation\n  ccpa_category geolocation_data\n",
    )
}

fn checked(source: &str) -> (Policy, Vec<Code>) {
    let checked = policyc::check_source(source);
    let codes = checked.diagnostics.iter().map(|d| d.code).collect();
    (checked.policy.expect("no errors"), codes)
}

fn policy(source: &str) -> Policy {
    checked(source).0
}

/// The lines of the Markdown table of the US section.
fn us_table(md: &str) -> Vec<String> {
    let start = md.find("## ").unwrap();
    let us = &md[md[start..].find("Your California privacy rights").unwrap() + start..];
    us.lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(str::to_owned)
        .collect()
}

// ------------------------------------------------------------ the attribute

#[test]
fn each_value_once_in_the_statutes_order_and_a_part_takes_its_wholes() {
    let source = format!(
        "{}\ndata contact.phone \"Telephone number\" {{ examples \"mobile\" }}\n",
        classified()
    );
    let (policy, codes) = checked(&source);
    assert!(!codes.contains(&Code::CcpaCategoryNotStated), "{codes:?}");
    let contact = policy.data.iter().find(|d| d.id == "contact").unwrap();
    assert_eq!(
        contact.ccpa_categories,
        [CcpaCategory::Identifiers, CcpaCategory::CustomerRecords]
    );
    let phone = policy
        .data
        .iter()
        .find(|d| d.id == "contact.phone")
        .unwrap();
    assert_eq!(phone.ccpa_categories, contact.ccpa_categories);
}

#[test]
fn an_unknown_value_is_named_with_the_set() {
    let source = edited(
        &classified(),
        "ccpa_category internet_activity",
        "ccpa_category internet_activty",
    );
    let checked = policyc::check_source(&source);
    let unknown = checked
        .diagnostics
        .iter()
        .find(|d| d.message.contains("internet_activty"))
        .expect("reported");
    assert!(unknown.code.as_str().starts_with('E'), "{unknown:?}");
    // A `ccpa_category` written, however wrongly, is not also W0444.
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code != Code::CcpaCategoryNotStated)
    );
}

#[test]
fn the_model_leaves_it_out_when_none_is_stated() {
    let json = serde_json::to_string(&policy(&shop())).unwrap();
    assert!(!json.contains("ccpa_categories"));
    let json = serde_json::to_string(&policy(&classified())).unwrap();
    assert!(json.contains(r#""ccpa_categories":["identifiers","customer_records"]"#));
}

#[test]
fn the_rule_table_does_not_carry_it() {
    let table = policyc::rules::table(&policy(&classified()));
    let json = serde_json::to_string(&table).unwrap();
    assert!(!json.contains("ccpa"), "{json}");
    assert!(!json.contains("identifiers"), "{json}");
}

#[test]
fn the_fides_export_does_not_carry_it() {
    // Harbor Lane declares the fideslang keys the export needs.
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/policies/examples/harbor-lane-shop.policy"
    ))
    .unwrap();
    let manifest = policyc::fides::export::manifest(&policy(&source)).unwrap();
    let yaml = format!("{manifest:?}");
    assert!(!yaml.contains("ccpa"), "{yaml}");
    assert!(!yaml.contains("geolocation_data"), "{yaml}");
}

#[test]
fn explain_describes_each_value_with_its_statute() {
    for keyword in policyc::vocab::CCPA_CATEGORIES.keywords() {
        let described = policyc::vocab::describe(keyword);
        assert!(
            described
                .iter()
                .any(|(set, about)| set.contains("CCPA") && about.contains("§1798.140(v)(1)")),
            "{keyword}: {described:?}"
        );
    }
}

// ---------------------------------------------------------------- the table

#[test]
fn the_table_lists_the_statutes_categories_in_its_order() {
    let md = markdown(&policy(&classified()));
    let table = us_table(&md);
    assert_eq!(
        table[0],
        "| Category of personal information | Information in it | Sources | Used for | Disclosed for a business purpose to | Sold to | Shared with |"
    );
    let firsts: Vec<&str> = table[2..]
        .iter()
        .map(|row| row.split(" | ").next().unwrap().trim_start_matches("| "))
        .collect();
    assert_eq!(
        firsts,
        [
            "Identifiers",
            "Personal information described in Cal. Civ. Code §1798.80(e) (customer records)",
            "Internet or other electronic network activity information",
            "Geolocation data",
            "Sensitive personal information",
        ]
    );
    // Sold to the partner, shared with the ad network, each from its
    // recipient's `disclosed_as`; sources from each category's source.
    assert_eq!(
        table[2],
        "| Identifiers | Contact details | you | Delivering your orders | — | Partner retailers | — |"
    );
    assert_eq!(
        table[4],
        "| Internet or other electronic network activity information | Browsing activity | your device | Showing you our ads elsewhere | — | — | Advertising networks |"
    );
    // (L) from `sensitive`, not repeated by the author.
    assert_eq!(
        table[6],
        "| Sensitive personal information | Precise location | your device | Finding a store near you | — | — | — |"
    );
    assert!(md.contains("How long each is kept is in section"), "{md}");
    assert!(!md.contains("12 months"), "{md}");
}

#[test]
fn a_disclosure_that_is_neither_sale_nor_share_is_for_a_business_purpose() {
    let source = format!(
        "{}\nrecipient hosting \"Hosting providers\" {{ kind service_provider }}\ntransfer contact to hosting on business_purpose\n",
        edited(
            &classified(),
            "data contact \"Contact details\" {\n  source   user\n",
            "data contact \"Contact details\" {\n  source   user, third_party \"payment providers\"\n",
        )
    );
    let md = markdown(&policy(&source));
    let table = us_table(&md);
    // A named third party is named.
    assert!(
        table[2].contains("| you and payment providers |"),
        "{}",
        table[2]
    );
    assert!(
        table[2].ends_with("| Hosting providers | Partner retailers | — |"),
        "{}",
        table[2]
    );
}

#[test]
fn a_category_without_its_statutory_categories_keeps_the_per_category_table() {
    let source = edited(&classified(), "  ccpa_category internet_activity\n", "");
    let (policy, codes) = checked(&source);
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == Code::CcpaCategoryNotStated)
            .count(),
        1
    );
    let table = us_table(&markdown(&policy));
    assert_eq!(table[0], "| Category | Used for | Disclosed to | Kept |");
    // Anonymous data is not personal information: it needs none.
    let anonymous = format!(
        "{}\ndata visits \"Visit counts\" {{\n  source        device\n  identity      anonymous\n  anonymised_by \"counted per day, with no identifier\"\n}}\n",
        classified()
    );
    let (policy, codes) = checked(&anonymous);
    assert!(!codes.contains(&Code::CcpaCategoryNotStated), "{codes:?}");
    let table = us_table(&markdown(&policy));
    assert!(table[0].starts_with("| Category of personal information |"));
}

#[test]
fn every_format_and_language_says_the_statutes_terms() {
    let policy = policy(&classified());
    assert!(html(&policy).contains("<th scope=\"col\">Category of personal information</th>"));
    assert!(html(&policy).contains("Geolocation data"));
    assert!(plain_text(&policy).contains("Geolocation"));
    for (language, words) in [
        (
            "de",
            [
                "Kategorie personenbezogener Daten",
                "Standortdaten",
                "Verkauft an",
            ],
        ),
        (
            "fr",
            [
                "Catégorie d'informations personnelles",
                "Données de géolocalisation",
                "Vendues à",
            ],
        ),
        (
            "es",
            [
                "Categoría de información personal",
                "Datos de geolocalización",
                "Vendida a",
            ],
        ),
    ] {
        let source = edited(
            &classified(),
            "language    en",
            &format!("language    {language}"),
        );
        let md = markdown(&policy_of_lang(&source));
        for word in words {
            assert!(md.contains(word), "{language}: {word}\n{md}");
        }
    }
}

fn policy_of_lang(source: &str) -> Policy {
    policyc::check_source(source).policy.unwrap()
}

#[test]
fn every_cell_traces_to_declarations() {
    let policy = policy(&classified());
    let document = policyc::render::document(&policy).unwrap();
    let us = document
        .sections
        .iter()
        .find(|s| s.anchor == "jurisdiction-us")
        .unwrap();
    let table = us.clauses.iter().find(|c| c.table.is_some()).unwrap();
    for origin in [
        Origin::Data(0),
        Origin::Data(1),
        Origin::Data(2),
        Origin::Purpose(0),
        Origin::Purpose(2),
        Origin::Transfer(0),
        Origin::Transfer(1),
        Origin::Recipient(0),
        Origin::Recipient(1),
    ] {
        assert!(table.origins.contains(&origin), "{origin:?}");
    }
}

// ------------------------------------------------------------- the warnings

#[test]
fn w0444_under_ccpa_only_with_the_closest_category_suggested() {
    let checked = policyc::check_source(&shop());
    let w0444: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::CcpaCategoryNotStated)
        .collect();
    assert_eq!(w0444.len(), 3);
    let location = w0444
        .iter()
        .find(|d| d.message.contains("`location`"))
        .unwrap();
    assert!(
        location
            .help
            .as_deref()
            .unwrap()
            .contains("`ccpa_category geolocation_data`"),
        "{location:?}"
    );
    // Or from the fideslang key.
    let keyed = edited(
        &shop(),
        "  identity pseudonymized\n",
        "  identity pseudonymized\n  fides    \"user.behavior.browsing_history\"\n",
    );
    let checked = policyc::check_source(&keyed);
    let browsing = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::CcpaCategoryNotStated && d.message.contains("`browsing`"))
        .unwrap();
    assert!(
        browsing
            .help
            .as_deref()
            .unwrap()
            .contains("`ccpa_category internet_activity`"),
        "{browsing:?}"
    );
    let states = edited(&shop(), "regimes     ccpa", "regimes     us_state_laws");
    let codes = checked_codes(&states);
    assert!(!codes.contains(&Code::CcpaCategoryNotStated), "{codes:?}");
}

fn checked_codes(source: &str) -> Vec<Code> {
    policyc::check_source(source)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn w0445_when_the_sensitive_kinds_category_is_left_out() {
    let wrong = edited(
        &classified(),
        "ccpa_category geolocation_data",
        "ccpa_category identifiers",
    );
    assert!(checked_codes(&wrong).contains(&Code::CcpaCategoryMissesSensitive));
    assert!(!checked_codes(&classified()).contains(&Code::CcpaCategoryMissesSensitive));
    // A kind the statute places in no one category is never reported.
    let union = edited(
        &wrong,
        "sensitive precise_geolocation",
        "sensitive union_membership",
    );
    assert!(!checked_codes(&union).contains(&Code::CcpaCategoryMissesSensitive));
}

// ----------------------------------------------------------------- the diff

#[test]
fn stating_adding_and_removing_are_classed() {
    let old = policy(&shop());
    let new = policy(&classified());
    let kinds = |a: &Policy, b: &Policy| -> Vec<ChangeKind> {
        diff::diff(a, b)
            .changes
            .iter()
            .map(|c| c.kind)
            .filter(|k| k.id().starts_with("DATA_CCPA"))
            .collect()
    };
    assert_eq!(kinds(&old, &new), [ChangeKind::DataCcpaCategoryStated; 3]);
    assert_eq!(ChangeKind::DataCcpaCategoryStated.class(), Class::Narrowing);
    assert_eq!(kinds(&new, &old), [ChangeKind::DataCcpaCategoryUnstated; 3]);
    assert_eq!(
        ChangeKind::DataCcpaCategoryUnstated.class(),
        Class::Expanding
    );
    let more = policy(&edited(
        &classified(),
        "ccpa_category internet_activity",
        "ccpa_category identifiers, internet_activity",
    ));
    assert_eq!(kinds(&new, &more), [ChangeKind::DataCcpaCategoryAdded]);
    assert_eq!(ChangeKind::DataCcpaCategoryAdded.class(), Class::Expanding);
    assert_eq!(kinds(&more, &new), [ChangeKind::DataCcpaCategoryRemoved]);
    assert_eq!(
        ChangeKind::DataCcpaCategoryRemoved.class(),
        Class::Narrowing
    );
}

// ------------------------------------------------------------- Harbor Lane

#[test]
fn harbor_lane_states_every_categorys_statutory_categories() {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/policies/examples/harbor-lane-shop.policy"
    ))
    .unwrap();
    let (policy, codes) = checked(&source);
    assert!(!codes.contains(&Code::CcpaCategoryNotStated), "{codes:?}");
    assert!(
        !codes.contains(&Code::CcpaCategoryMissesSensitive),
        "{codes:?}"
    );
    let of = |id: &str| {
        policy
            .data
            .iter()
            .find(|d| d.id == id)
            .unwrap()
            .ccpa_categories
            .clone()
    };
    use CcpaCategory as C;
    assert_eq!(of("location"), [C::GeolocationData]);
    assert_eq!(of("device"), [C::Identifiers, C::InternetActivity]);
    assert_eq!(of("orders"), [C::CustomerRecords, C::CommercialInformation]);
}
