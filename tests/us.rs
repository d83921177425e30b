//! US state privacy law (issue 14, item 1): a recipient's disclosures
//! marked as sales, sharing or targeted advertising (`disclosed_as`), the
//! US rights, E0440 under the US regimes, the words of the text in every
//! format, fmt and the diff.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::codes::Code;
use policyc::diagnostic::Diagnostic;
use policyc::diff::{self, ChangeKind, Class};
use policyc::model::{Disclosure, Policy, RightKind};
use policyc::render::{html, markdown, plain_text};

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/us")
        .join(format!("{name}.policy"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn checked(source: &str) -> (Option<Policy>, Vec<Diagnostic>) {
    let checked = policyc::check_source(source);
    (checked.policy, checked.diagnostics)
}

/// The shop, which checks clean but for W0342: its header gives no
/// "Do Not Sell or Share" link.
fn shop() -> Policy {
    let (policy, diagnostics) = checked(&read("shop"));
    only_the_link_missing(&diagnostics);
    policy.unwrap()
}

/// The diagnostics are the shop's one W0342.
fn only_the_link_missing(diagnostics: &[Diagnostic]) {
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::DoNotSellLinkMissing], "{diagnostics:#?}");
}

/// The shop's source with `old` replaced by `new`, which must be there.
fn edited(old: &str, new: &str) -> String {
    let source = read("shop");
    assert!(source.contains(old), "{old}");
    source.replacen(old, new, 1)
}

#[test]
fn disclosures_are_kept_once_each_in_the_sets_order() {
    let policy = shop();
    let network = policy
        .recipients
        .iter()
        .find(|r| r.id == "ad_network")
        .unwrap();
    // Written `share, sale`: the model keeps the set's order.
    assert_eq!(
        network.disclosed_as,
        vec![Disclosure::Sale, Disclosure::Share]
    );
    let kinds: Vec<RightKind> = policy.rights.iter().map(|r| r.kind).collect();
    assert!(kinds.contains(&RightKind::OptOutSaleShare), "{kinds:?}");
    assert!(kinds.contains(&RightKind::NonDiscrimination), "{kinds:?}");
}

#[test]
fn every_format_says_what_a_disclosure_is_and_names_the_us_rights() {
    let policy = shop();
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        // The plain text wraps its lines.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("Under US state privacy laws, disclosing personal information to this recipient is a sale of personal information and sharing of personal information for cross-context behavioral advertising."),
            "{text}"
        );
        for heading in [
            "Right to know",
            "Right to opt out of sale and sharing",
            "Right to non-discrimination",
        ] {
            assert!(text.contains(heading), "{heading} in {text}");
        }
        assert!(
            text.contains("not to sell or share personal information"),
            "{text}"
        );
    }
}

#[test]
fn a_sale_without_the_opt_out_right_is_e0440_under_each_us_regime() {
    let without = edited(
        "right opt_out_sale_share { via \"https://shop.example/do-not-sell\" }\n",
        "",
    );
    let (policy, diagnostics) = checked(&without);
    assert!(policy.is_none());
    let e0440: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.code == Code::SaleWithoutOptOut)
        .collect();
    assert_eq!(e0440.len(), 1, "{diagnostics:#?}");
    let help = e0440[0].help.clone().unwrap_or_default();
    assert!(help.contains("right opt_out_sale_share"), "{help}");
    assert!(help.contains("11 CCR §7013(a)"), "{help}");
    assert!(!help.contains("Va. Code"), "{help}");
    // The span is the `disclosed_as` property.
    let at = e0440[0].span;
    assert!(without[at.start..at.end].starts_with("disclosed_as"));

    let virginia = without.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    let (_, diagnostics) = checked(&virginia);
    let help: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.code == Code::SaleWithoutOptOut)
        .filter_map(|d| d.help.clone())
        .collect();
    assert_eq!(help.len(), 1, "{diagnostics:#?}");
    assert!(help[0].contains("Va. Code §59.1-578(D)"), "{}", help[0]);

    // No US regime, no E0440: the GDPR asks for no opt-out of sales.
    let eu = without.replacen("regimes              ccpa", "regimes    none", 1);
    let (_, diagnostics) = checked(&eu);
    assert!(
        diagnostics
            .iter()
            .all(|d| d.code != Code::SaleWithoutOptOut),
        "{diagnostics:#?}"
    );
}

#[test]
fn an_unknown_disclosure_is_named_with_the_set() {
    let typo = edited("disclosed_as share, sale", "disclosed_as sael");
    let (_, diagnostics) = checked(&typo);
    let unknown: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownKeyword)
        .collect();
    assert_eq!(unknown.len(), 1, "{diagnostics:#?}");
    let words = format!("{:?}", unknown[0]);
    assert!(words.contains("sale"), "{words}");
}

#[test]
fn fmt_keeps_disclosed_as_after_the_other_properties() {
    let source = edited(
        "  kind         third_party\n  disclosed_as share, sale\n",
        "  disclosed_as share, sale\n  kind third_party\n",
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("  kind         third_party\n  disclosed_as share, sale\n"),
        "{formatted}"
    );
    assert_eq!(formatted, read("shop"));
}

#[test]
fn a_new_sale_is_expanding_and_its_end_narrowing() {
    let old = shop();
    let (new, diagnostics) = checked(&edited(
        "disclosed_as share, sale",
        "disclosed_as share, sale, targeted_advertising",
    ));
    only_the_link_missing(&diagnostics);
    let new = new.unwrap();
    let forward = diff::diff(&old, &new);
    assert_eq!(forward.changes.len(), 1, "{:?}", forward.changes);
    assert_eq!(forward.changes[0].kind, ChangeKind::RecipientSold);
    assert_eq!(forward.class(), Some(Class::Expanding));
    assert_eq!(
        forward.changes[0].explanation(),
        "Disclosures to recipient \"Advertising networks\" are now targeted advertising under US state privacy laws"
    );
    let backward = diff::diff(&new, &old);
    assert_eq!(backward.changes[0].kind, ChangeKind::RecipientNotSold);
    assert_eq!(backward.class(), Some(Class::Narrowing));
}

#[test]
fn explain_cites_the_statute_of_each_us_right() {
    for (keyword, statute) in [
        ("opt_out_sale_share", "§1798.120"),
        ("limit_sensitive", "§1798.121"),
        ("know", "§1798.110"),
        ("appeal", "Va. Code §59.1-577(C)"),
        ("non_discrimination", "§1798.125"),
    ] {
        let described = policyc::vocab::describe(keyword);
        assert!(
            described
                .iter()
                .any(|(set, about)| *set == "right" && about.contains(statute)),
            "{keyword}: {described:?}"
        );
    }
}

#[test]
fn the_do_not_sell_link_is_at_the_top_of_every_format() {
    let (policy, diagnostics) = checked(&edited(
        "  regimes              ccpa\n",
        "  regimes              ccpa\n  do_not_sell \"https://shop.example/do-not-sell\"\n",
    ));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let policy = policy.unwrap();
    assert_eq!(
        policy.header.do_not_sell.as_deref(),
        Some("https://shop.example/do-not-sell")
    );
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let link = text
            .find("Do Not Sell or Share My Personal Information: ")
            .unwrap_or_else(|| panic!("{text}"));
        // Before the first section, which is the summary.
        let first_section = text.find("Summary").unwrap_or(text.len());
        assert!(link < first_section, "{text}");
        assert!(
            text[link..].contains("https://shop.example/do-not-sell"),
            "{text}"
        );
    }
    // Without the property, the top says nothing of it.
    assert!(!markdown(&shop()).contains("Do Not Sell"));
}

#[test]
fn a_do_not_sell_link_that_is_no_address_is_e0205() {
    let (policy, diagnostics) = checked(&edited(
        "  regimes              ccpa\n",
        "  regimes              ccpa\n  do_not_sell \"the footer\"\n",
    ));
    assert!(policy.is_none());
    assert!(
        diagnostics.iter().any(|d| d.code == Code::InvalidUrl),
        "{diagnostics:#?}"
    );
}

#[test]
fn a_new_do_not_sell_link_is_narrowing_and_a_dropped_one_expanding() {
    let old = shop();
    let (new, _) = checked(&edited(
        "  regimes              ccpa\n",
        "  regimes              ccpa\n  do_not_sell \"https://shop.example/do-not-sell\"\n",
    ));
    let new = new.unwrap();
    let d = diff::diff(&old, &new);
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    assert_eq!(d.changes[0].kind, ChangeKind::OptOutLinkAdded);
    assert_eq!(d.class(), Some(Class::Narrowing));
    let d = diff::diff(&new, &old);
    assert_eq!(d.changes[0].kind, ChangeKind::OptOutLinkRemoved);
    assert_eq!(d.class(), Some(Class::Expanding));
}

#[test]
fn sensitive_information_is_said_in_every_format_and_asks_for_the_limit_right() {
    let policy = shop();
    let location = policy.data("location").unwrap();
    assert_eq!(
        location.sensitive,
        Some(policyc::model::SensitiveCategory::PreciseGeolocation)
    );
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("This information is sensitive personal information under US state privacy laws: precise geolocation."),
            "{text}"
        );
        assert!(
            text.contains("Right to limit the use of sensitive personal information"),
            "{text}"
        );
    }
    let without = edited(
        "right limit_sensitive { via \"https://shop.example/limit\" }\n",
        "",
    );
    let (policy, diagnostics) = checked(&without);
    // An error (E0442, which replaces the warning W0440): nothing builds.
    assert!(policy.is_none());
    let e0442: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.code == Code::SensitiveBeyondPermittedWithoutLimit)
        .collect();
    assert_eq!(e0442.len(), 1, "{diagnostics:#?}");
    let at = e0442[0].span;
    assert_eq!(&without[at.start..at.end], "location");
    // Only the CCPA asks for it.
    let elsewhere = without.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    let (_, diagnostics) = checked(&elsewhere);
    assert!(
        diagnostics
            .iter()
            .all(|d| d.code != Code::SensitiveBeyondPermittedWithoutLimit)
    );
}

#[test]
fn data_becoming_sensitive_is_expanding() {
    let old = shop();
    let (new, diagnostics) = checked(&edited(
        "data browsing \"Browsing activity\" {\n",
        "data browsing \"Browsing activity\" {\n  sensitive communications_content\n",
    ));
    only_the_link_missing(&diagnostics);
    let d = diff::diff(&old, &new.unwrap());
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    assert_eq!(d.changes[0].kind, ChangeKind::DataSensitiveAdded);
    assert_eq!(d.class(), Some(Class::Expanding));
    assert_eq!(
        d.changes[0].explanation(),
        "\"Browsing activity\" is now sensitive personal information: the contents of communications"
    );
}

/// The shop with the "Do Not Sell or Share" link in its header, which
/// checks clean.
fn with_link(source: &str) -> String {
    source.replacen(
        "  regimes              ccpa\n",
        "  regimes              ccpa\n  do_not_sell \"https://shop.example/do-not-sell\"\n",
        1,
    )
}

#[test]
fn gpc_ignored_while_selling_is_e0342_naming_both_places() {
    let source = with_link(&edited(
        "gpc                  honoured",
        "gpc                  ignored",
    ));
    let (policy, diagnostics) = checked(&source);
    assert!(policy.is_none());
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::GpcIgnoredWhileSelling], "{diagnostics:#?}");
    let error = &diagnostics[0];
    // Its span is `gpc ignored`; its note the recipient sold to.
    assert_eq!(
        &source[error.span.start..error.span.end],
        "gpc                  ignored"
    );
    assert_eq!(error.notes.len(), 1, "{error:#?}");
    let at = error.notes[0].span;
    assert!(source[at.start..at.end].starts_with("disclosed_as share, sale"));
    let help = error.help.clone().unwrap_or_default();
    assert!(help.contains("`gpc honoured`"), "{help}");
    assert!(error.label.contains("11 CCR §7025(b)"), "{error:#?}");

    // The other US states' laws leave the stance to the business here, and
    // a policy that neither sells nor shares may ignore the signal.
    let elsewhere = source.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    assert!(checked(&elsewhere).1.is_empty(), "{elsewhere}");
    let advertising = source.replacen(
        "disclosed_as share, sale",
        "disclosed_as targeted_advertising",
        1,
    );
    assert!(checked(&advertising).1.is_empty());
}

#[test]
fn selling_without_a_gpc_stance_is_w0341() {
    let source = with_link(&edited("  gpc                  honoured\n", ""));
    let (policy, diagnostics) = checked(&source);
    assert!(policy.is_some());
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::GpcStanceNotStated], "{diagnostics:#?}");
    let warning = &diagnostics[0];
    assert!(source[warning.span.start..warning.span.end].starts_with("disclosed_as"));
    let help = warning.help.clone().unwrap_or_default();
    assert!(
        help.contains("add `gpc honoured` to the policy header"),
        "{help}"
    );
    // Once per policy, however many recipients are sold to.
    let twice = format!(
        "{source}\nrecipient broker \"Data brokers\" {{\n  kind         third_party\n  disclosed_as sale\n}}\n\ntransfer browsing to broker on consent\n"
    );
    let (_, diagnostics) = checked(&twice);
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::GpcStanceNotStated], "{diagnostics:#?}");
}

#[test]
fn selling_without_the_do_not_sell_link_is_w0342_under_the_ccpa_only() {
    let source = read("shop");
    let (_, diagnostics) = checked(&source);
    only_the_link_missing(&diagnostics);
    let help = diagnostics[0].help.clone().unwrap_or_default();
    assert!(help.contains("add `do_not_sell \"https://…\"`"), "{help}");
    assert!(help.contains("allow W0342"), "{help}");
    let elsewhere = source.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    assert!(checked(&elsewhere).1.is_empty());
    assert!(checked(&with_link(&source)).1.is_empty());
}

#[test]
fn e0442_reads_a_permitted_use_as_the_rule_table_does() {
    let without = edited(
        "right limit_sensitive { via \"https://shop.example/limit\" }\n",
        "",
    );
    let e0442 = |source: &str| -> Vec<Diagnostic> {
        checked(source)
            .1
            .into_iter()
            .filter(|d| d.code == Code::SensitiveBeyondPermittedWithoutLimit)
            .collect()
    };
    // `offers` states no basis: read as beyond the permitted purposes, as
    // the runtime's `limit:sensitive` reads it.
    let found = e0442(&without);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].label.contains("used on no stated basis"),
        "{found:#?}"
    );
    let help = found[0].help.clone().unwrap_or_default();
    assert!(help.contains("add `right limit_sensitive`"), "{help}");
    assert!(help.contains("`permitted_use KIND`"), "{help}");
    // On a basis the runtime reads as permitted (providing what the user
    // asked for, the law, physical safety), the limit stops nothing and
    // the right is not asked for.
    for basis in ["contract", "legal_obligation", "vital_interests"] {
        let permitted = without.replacen(
            "  uses location\n",
            &format!("  uses location\n  basis {basis}\n"),
            1,
        );
        assert!(e0442(&permitted).is_empty(), "{basis}");
        let policy = checked(&permitted).0.unwrap();
        let table = policyc::rules::table(&policy);
        let rules = policy_runtime::Rules::from_table(table).unwrap();
        let limited = policy_runtime::Facts::new().with("limit:sensitive");
        let decision = rules.decide_use("location", "offers", &limited);
        assert!(decision.allowed, "{basis}: {decision:?}");
    }
    // On consent or legitimate interests it is beyond them, and named.
    for basis in ["consent", "legitimate_interest \"finding stores\""] {
        let beyond = without.replacen(
            "  uses location\n",
            &format!("  uses location\n  basis {basis}\n"),
            1,
        );
        let found = e0442(&beyond);
        assert_eq!(found.len(), 1, "{basis}");
        let word = basis.split(' ').next().unwrap();
        assert!(
            found[0].label.contains(&format!("`basis {word}`")),
            "{found:#?}"
        );
    }
}

/// Under US state law alone the rights to delete and to correct take the
/// US laws' names and words (Cal. Civ. Code §§1798.105, 1798.106), in the
/// rights section, the summary and the US section, in English and in
/// Spanish; with a GDPR-kin regime beside it they keep the GDPR's names.
#[test]
fn under_us_law_alone_the_rights_to_delete_and_correct_have_the_us_names() {
    let with_correct = edited(
        "right erasure {",
        "right rectification { via \"privacy@shop.example\" }\nright erasure {",
    );
    let (policy, _) = checked(&with_correct);
    let mut policy = policy.unwrap();
    let text = markdown(&policy);
    assert_eq!(text.matches("Right to delete").count(), 3, "{text}");
    assert_eq!(text.matches("Right to correct").count(), 3, "{text}");
    assert!(
        text.contains(
            "**Right to delete.** The User can have personal information about the User deleted."
        ),
        "{text}"
    );
    assert!(
        text.contains("**Right to correct.** The User can have inaccurate personal information about the User corrected."),
        "{text}"
    );
    for gdpr in [
        "Right to erasure",
        "Right to rectification",
        "erased",
        "completed",
    ] {
        assert!(!text.contains(gdpr), "{gdpr} in {text}");
    }
    policy.header.language = "es".to_owned();
    let text = markdown(&policy);
    assert!(text.contains("**Derecho a eliminar.**"), "{text}");
    assert!(text.contains("**Derecho a corregir.**"), "{text}");
    assert!(!text.contains("Derecho de supresión"), "{text}");

    policy.header.language = "en".to_owned();
    policy.header.regimes = Some(vec![
        policyc::model::Regime::Ccpa,
        policyc::model::Regime::Gdpr,
    ]);
    let text = markdown(&policy);
    assert!(text.contains("**Right to erasure.**"), "{text}");
    assert!(text.contains("**Right to rectification.**"), "{text}");
    assert!(!text.contains("Right to delete"), "{text}");
}

/// Where the opt-out right is exercised at the one address the "Do Not
/// Sell or Share" link leads to, the US section says the address once:
/// the link "leads to the same page". At another address, it names it.
#[test]
fn the_do_not_sell_link_to_the_opt_out_page_is_not_said_twice() {
    let (policy, diagnostics) = checked(&with_link(&read("shop")));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let mut policy = policy.unwrap();
    let text = markdown(&policy);
    assert!(
        text.contains("The \"Do Not Sell or Share My Personal Information\" link at the top of this Policy leads to the same page."),
        "{text}"
    );
    policy.header.language = "de".to_owned();
    assert!(markdown(&policy).contains("führt zur selben Seite."));
    policy.header.language = "en".to_owned();
    policy.header.do_not_sell = Some("https://shop.example/privacy-choices".to_owned());
    let text = markdown(&policy);
    assert!(
        text.contains(
            "link at the top of this Policy leads to <https://shop.example/privacy-choices>."
        ),
        "{text}"
    );
}

const VERIFICATION: &str =
    "  verification         \"We ask you to confirm the e-mail address of your account.\"\n";
const AGENTS: &str = "  authorized_agents    \"An authorized agent sends us your signed permission to act for you.\"\n";

#[test]
fn how_requests_are_verified_and_made_by_an_agent_is_said_after_the_rights_in_every_format() {
    let policy = shop();
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains("How a request to know, delete or correct personal information is verified: We ask you to confirm the e-mail address of your account."),
            "{text}"
        );
        assert!(
            text.contains("Requests made through an authorized agent: An authorized agent sends us your signed permission to act for you."),
            "{text}"
        );
        // In the rights section, after the rights.
        let rights = text.find("Right to know").unwrap();
        assert!(text.find("How a request to know").unwrap() > rights);
    }
    // Led by a message of the document's language.
    for (lang, lead) in [
        (
            "de",
            "So wird ein Antrag auf Auskunft, Löschung oder Berichtigung personenbezogener Informationen überprüft:",
        ),
        (
            "fr",
            "Vérification d'une demande d'accès, de suppression ou de rectification d'informations personnelles :",
        ),
        (
            "es",
            "Cómo se verifica una solicitud para conocer, eliminar o corregir información personal:",
        ),
    ] {
        let source = edited(
            "  language             en\n",
            &format!("  language             {lang}\n"),
        );
        let (policy, _) = checked(&source);
        let text = markdown(&policy.unwrap());
        assert!(text.contains(lead), "{lang}: {text}");
    }
    // Neither is said where the header states none.
    let (policy, _) = checked(&edited(VERIFICATION, "").replacen(AGENTS, "", 1));
    let text = markdown(&policy.unwrap());
    assert!(!text.contains("is verified:"), "{text}");
    assert!(!text.contains("authorized agent"), "{text}");
}

#[test]
fn no_word_on_verification_or_agents_is_w0441_and_w0442_under_the_ccpa_only() {
    let without = with_link(&edited(VERIFICATION, ""));
    let (_, diagnostics) = checked(&without);
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [Code::RequestVerificationNotStated],
        "{diagnostics:#?}"
    );
    let warning = &diagnostics[0];
    assert!(without[warning.span.start..].starts_with("policy us_shop"));
    assert!(warning.label.contains("11 CCR §7060–§7062"), "{warning:#?}");
    assert!(
        warning
            .help
            .clone()
            .unwrap_or_default()
            .contains("add `verification \"…\"`"),
        "{warning:#?}"
    );
    let without = with_link(&edited(AGENTS, ""));
    let (_, diagnostics) = checked(&without);
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::AuthorizedAgentsNotStated], "{diagnostics:#?}");
    assert!(
        diagnostics[0].label.contains("11 CCR §7063"),
        "{diagnostics:#?}"
    );
    // Neither under the other states' laws.
    let neither = with_link(&edited(VERIFICATION, "").replacen(AGENTS, "", 1));
    let elsewhere = neither.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    assert!(
        checked(&elsewhere).1.is_empty(),
        "{:#?}",
        checked(&elsewhere).1
    );
    // Nor where none of the rights to know, delete and correct applies.
    let start = neither.find("right know {").unwrap();
    let end = neither.find("right opt_out_sale_share").unwrap();
    let none_apply = format!(
        "{}right know not_applicable \"we keep no record of you\"\nright erasure not_applicable \"we keep no record of you\"\nright rectification not_applicable \"we keep no record of you\"\n{}",
        &neither[..start],
        &neither[end..]
    );
    let codes: Vec<Code> = checked(&none_apply).1.iter().map(|d| d.code).collect();
    assert!(
        !codes.contains(&Code::RequestVerificationNotStated)
            && !codes.contains(&Code::AuthorizedAgentsNotStated),
        "{codes:?}"
    );
}

#[test]
fn a_changed_request_handling_is_editorial() {
    let old = shop();
    let (new, _) = checked(&edited(
        VERIFICATION,
        "  verification         \"We ask you to sign in to your account.\"\n",
    ));
    let d = diff::diff(&old, &new.unwrap());
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    assert_eq!(d.changes[0].kind, ChangeKind::RequestHandlingChanged);
    assert_eq!(d.class(), Some(Class::Editorial));
    assert!(ChangeKind::RequestHandlingChanged.is_free_text());
}

const MINORS: &str = "\nchildren {\n  audience           general\n  minimum_age        13\n  knowingly_collects no\n}\n";

#[test]
fn selling_while_consumers_under_16_use_the_service_needs_their_opt_in() {
    let source = format!("{}{MINORS}", with_link(&read("shop")));
    let (policy, diagnostics) = checked(&source);
    assert!(policy.is_none());
    let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::MinorSoldWithoutOptIn], "{diagnostics:#?}");
    let error = &diagnostics[0];
    // At the block, with a note at the recipient sold to.
    assert!(source[error.span.start..].starts_with("children"));
    assert!(source[error.notes[0].span.start..].starts_with("disclosed_as share, sale"));
    assert!(
        error.label.contains("Cal. Civ. Code §1798.120(c)–(d)"),
        "{error:#?}"
    );
    assert!(
        error.message.contains("its minimum age is 13"),
        "{error:#?}"
    );
    let help = error.help.clone().unwrap_or_default();
    assert!(help.contains("add `sale_opt_in \"…\"`"), "{help}");

    // Stated, it is said in the children section.
    let opted = source.replacen(
        "  knowingly_collects no\n",
        "  knowingly_collects no\n  sale_opt_in        \"A consumer from 13 to 15 ticks a box that is unticked by default.\"\n",
        1,
    );
    let (policy, diagnostics) = checked(&opted);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let text = markdown(&policy.unwrap());
    assert!(text.contains("The affirmative authorization to sell or share the personal information of a consumer under 16 (the consumer's own from 13 to 15, a parent's or guardian's under 13) is obtained as follows: A consumer from 13 to 15 ticks a box that is unticked by default."), "{text}");

    // Knowingly collecting children's information admits them too.
    let knowingly = source
        .replacen("minimum_age        13", "minimum_age        16", 1)
        .replacen("knowingly_collects no", "knowingly_collects yes", 1)
        .replacen("audience           general", "audience           mixed", 1);
    let codes: Vec<Code> = checked(&knowingly).1.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::MinorSoldWithoutOptIn), "{codes:?}");
    // A service that keeps them out needs none; nor the other states' laws.
    let sixteen = source.replacen("minimum_age        13", "minimum_age        16", 1);
    assert!(checked(&sixteen).1.is_empty(), "{:#?}", checked(&sixteen).1);
    let elsewhere = source.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    let codes: Vec<Code> = checked(&elsewhere).1.iter().map(|d| d.code).collect();
    assert!(!codes.contains(&Code::MinorSoldWithoutOptIn), "{codes:?}");
}

const LIMIT_LINK: &str = "  limit_sensitive_link \"https://shop.example/limit\"\n";

/// The shop without its "Limit the Use" link.
fn without_limit_link() -> String {
    edited(LIMIT_LINK, "")
}

#[test]
fn the_limit_sensitive_link_is_at_the_top_of_every_format_in_every_language() {
    let policy = shop();
    assert_eq!(
        policy.header.limit_sensitive_link.as_deref(),
        Some("https://shop.example/limit")
    );
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let link = text
            .find("Limit the Use of My Sensitive Personal Information: ")
            .unwrap_or_else(|| panic!("{text}"));
        // Under the version line, before the first section.
        let version = text
            .find("Version 1.0.0")
            .unwrap_or_else(|| panic!("{text}"));
        let first_section = text.find("Summary").unwrap_or(text.len());
        assert!(version < link && link < first_section, "{text}");
        assert!(
            text[link..].contains("https://shop.example/limit"),
            "{text}"
        );
    }
    for (language, words) in [
        (
            "de",
            "Die Verwendung meiner sensiblen personenbezogenen Daten einschränken: ",
        ),
        (
            "fr",
            "Limiter l'utilisation de mes informations personnelles sensibles : ",
        ),
        (
            "es",
            "Limitar el uso de mi información personal confidencial: ",
        ),
    ] {
        let source = read("shop").replacen(
            "  language             en\n",
            &format!("  language             {language}\n"),
            1,
        );
        let (policy, diagnostics) = checked(&source);
        let policy = policy.unwrap_or_else(|| panic!("{language}: {diagnostics:#?}"));
        let text = markdown(&policy);
        let line = text.lines().nth(2).unwrap_or_default();
        assert!(
            line.contains(&format!("{words}<https://shop.example/limit>")),
            "{language}: {line}"
        );
    }
    // Without the property, the top says nothing of it.
    let (policy, _) = checked(&without_limit_link());
    assert!(!markdown(&policy.unwrap()).contains("Limit the Use of My"));
}

#[test]
fn a_limit_sensitive_link_that_is_no_address_is_e0205() {
    let (policy, diagnostics) = checked(&edited(
        LIMIT_LINK,
        "  limit_sensitive_link \"the footer\"\n",
    ));
    assert!(policy.is_none());
    let e0205: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.code == Code::InvalidUrl)
        .collect();
    assert_eq!(e0205.len(), 1, "{diagnostics:#?}");
    assert!(
        e0205[0]
            .message
            .contains("Limit the Use of My Sensitive Personal Information link"),
        "{e0205:#?}"
    );
}

#[test]
fn a_new_limit_sensitive_link_is_narrowing() {
    let (old, _) = checked(&without_limit_link());
    let d = diff::diff(&old.unwrap(), &shop());
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    assert_eq!(d.changes[0].kind, ChangeKind::OptOutLinkAdded);
    assert_eq!(d.class(), Some(Class::Narrowing));
    assert!(
        d.changes[0]
            .explanation()
            .contains("\"Limit the Use of My Sensitive Personal Information\" link"),
        "{}",
        d.changes[0].explanation()
    );
}

#[test]
fn fmt_keeps_the_limit_sensitive_link_in_the_header() {
    let source = read("shop");
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("limit_sensitive_link \"https://shop.example/limit\""),
        "{formatted}"
    );
}

#[test]
fn sensitive_data_beyond_the_permitted_purposes_without_the_link_is_w0443_under_the_ccpa_only() {
    let without = without_limit_link();
    let (policy, diagnostics) = checked(&without);
    // A warning: the policy still builds.
    assert!(policy.is_some());
    let mut codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
    codes.sort_by_key(|c| c.to_string());
    assert_eq!(
        codes,
        [Code::DoNotSellLinkMissing, Code::LimitSensitiveLinkMissing],
        "{diagnostics:#?}"
    );
    let w0443 = diagnostics
        .iter()
        .find(|d| d.code == Code::LimitSensitiveLinkMissing)
        .unwrap();
    assert_eq!(&without[w0443.span.start..w0443.span.end], "location");
    assert!(w0443.label.contains("§1798.135(a)(2)"), "{w0443:#?}");
    assert!(w0443.label.contains("11 CCR §7015"), "{w0443:#?}");
    let help = w0443.help.clone().unwrap_or_default();
    assert!(
        help.contains("add `limit_sensitive_link \"https://…\"`"),
        "{help}"
    );
    assert!(help.contains("§1798.135(b)"), "{help}");
    assert!(help.contains("\"Your Privacy Choices\" link"), "{help}");
    assert!(help.contains("allow W0443"), "{help}");
    // Not under another US regime.
    let elsewhere = without.replacen(
        "regimes              ccpa",
        "regimes              us_state_laws",
        1,
    );
    assert!(
        checked(&elsewhere)
            .1
            .iter()
            .all(|d| d.code != Code::LimitSensitiveLinkMissing)
    );
    // With no right to limit stated, E0442 asks for the right, not W0443.
    let no_right = without.replacen(
        "right limit_sensitive { via \"https://shop.example/limit\" }\n",
        "",
        1,
    );
    let codes: Vec<Code> = checked(&no_right).1.iter().map(|d| d.code).collect();
    assert!(
        codes.contains(&Code::SensitiveBeyondPermittedWithoutLimit),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&Code::LimitSensitiveLinkMissing),
        "{codes:?}"
    );
    // On a basis the rule table reads as permitted, no link is asked for.
    for basis in ["contract", "legal_obligation", "vital_interests"] {
        let permitted = without.replacen(
            "  uses location\n",
            &format!("  uses location\n  basis {basis}\n"),
            1,
        );
        assert!(permitted != without, "{basis}");
        let codes: Vec<Code> = checked(&permitted).1.iter().map(|d| d.code).collect();
        assert!(
            !codes.contains(&Code::LimitSensitiveLinkMissing),
            "{basis}: {codes:?}"
        );
    }
}
