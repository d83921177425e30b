//! The permitted uses of sensitive personal information (issue 14, item
//! 1): a purpose names the use 11 CCR §7027(m) permits that it serves
//! (`permitted_use`), which the right to limit never reaches. E0442 (which
//! replaces W0440) asks for the right where a use is beyond them, W0446
//! warns of a marker with no effect, the rule table and the runtime let
//! such a use through `limit:sensitive`, the OPA and Cedar exports agree,
//! the text says it in every format and language, and the diff classes
//! it. Also: W0441 and W0442 where `ccpa` states the rights by default.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policy_runtime::{
    Basis, DecisionCode, Facts, PermittedUse, PurposeEntry, RuleTable, Rules, UseRule,
};
use policyc::codes::Code;
use policyc::diff::{self, ChangeKind, Class};
use policyc::model::Policy;
use policyc::render::{html, markdown, plain_text};

/// A CCPA shop whose fraud purpose uses the account log-in on legitimate
/// interests, with `MARKER` where a `permitted_use` line may go and
/// `RIGHT` where the right to limit may go.
const SHOP: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   LANG
  controller "Shop Inc" { service "Shop" }
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  regimes    REGIMES
  verification "We ask you to confirm the e-mail address of your account."
  authorized_agents "An authorized agent sends us your signed permission to act for you."
}

data login "Account log-in" {
  source    user
  identity  identified
  SENSITIVE
}

data contact "Contact details" {
  source    user
  identity  identified
}

purpose fraud "Keeping the Shop safe from fraud" {
  uses  USES
  basis BASIS
MARKER}

retain login for 1 year from collection
retain contact for 1 year from collection
RIGHT"#;

const LIMIT: &str = "right limit_sensitive { via \"https://shop.example/limit\" }\n";

#[derive(Clone, Copy)]
struct Shop<'a> {
    marker: Option<&'a str>,
    right: bool,
    basis: &'a str,
    sensitive: bool,
    regimes: &'a str,
    language: &'a str,
    uses: &'a str,
}

impl Default for Shop<'_> {
    fn default() -> Self {
        Shop {
            marker: Some("fraud_prevention"),
            right: false,
            basis: "legitimate_interest \"detecting the take-over of customer accounts\"",
            sensitive: true,
            regimes: "ccpa",
            language: "en",
            uses: "login, contact",
        }
    }
}

impl Shop<'_> {
    fn source(&self) -> String {
        SHOP.replace(
            "MARKER",
            &self
                .marker
                .map(|m| format!("  permitted_use {m}\n"))
                .unwrap_or_default(),
        )
        .replace("RIGHT", if self.right { LIMIT } else { "" })
        .replace("BASIS", self.basis)
        .replace(
            "SENSITIVE",
            if self.sensitive {
                "sensitive account_credentials"
            } else {
                ""
            },
        )
        .replace("REGIMES", self.regimes)
        .replace("LANG", self.language)
        .replace("USES", self.uses)
    }

    fn codes(&self) -> Vec<Code> {
        policyc::check_source(&self.source())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    }

    fn policy(&self) -> Policy {
        let checked = policyc::check_source(&self.source());
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        checked.policy.unwrap()
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ------------------------------------------------------------ the model

#[test]
fn the_marker_is_read_into_the_model_and_kept_by_fmt() {
    let shop = Shop::default();
    let policy = shop.policy();
    assert_eq!(
        policy.purposes[0].permitted_use,
        Some(PermittedUse::FraudPrevention)
    );
    assert_eq!(PermittedUse::FraudPrevention.paragraph(), 3);
    let formatted = policyc::fmt::format(&shop.source()).unwrap();
    assert!(
        formatted.contains("  permitted_use fraud_prevention\n"),
        "{formatted}"
    );
    // A value out of the vocabulary is named with the values it may take.
    let wrong = Shop {
        marker: Some("fraud"),
        ..Shop::default()
    };
    let checked = policyc::check_source(&wrong.source());
    assert!(checked.has_errors());
    let text = format!("{:?}", checked.diagnostics);
    assert!(text.contains("fraud_prevention"), "{text}");
}

#[test]
fn every_permitted_use_is_a_paragraph_of_7027m_and_is_described() {
    let paragraphs: Vec<u8> = PermittedUse::ALL.iter().map(|p| p.paragraph()).collect();
    assert_eq!(paragraphs, [1, 2, 3, 4, 5, 6, 7, 8]);
    // The hover and `policyc explain` describe a value from the vocabulary.
    let described = policyc::vocab::describe("physical_safety");
    assert!(
        described
            .iter()
            .any(|(set, about)| set.contains("permitted use") && about.contains("§7027(m)(4)")),
        "{described:?}"
    );
}

// ------------------------------------------------------------ the checks

#[test]
fn e0442_asks_the_right_for_a_use_beyond_the_permitted_purposes() {
    let beyond = Shop {
        marker: None,
        ..Shop::default()
    };
    let checked = policyc::check_source(&beyond.source());
    let e0442: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::SensitiveBeyondPermittedWithoutLimit)
        .collect();
    assert_eq!(e0442.len(), 1, "{:#?}", checked.diagnostics);
    // An error: nothing builds.
    assert!(checked.policy.is_none());
    let help = e0442[0].help.clone().unwrap();
    // The fix offers both: the right, or the marker.
    assert!(help.contains("add `right limit_sensitive`"), "{help}");
    assert!(help.contains("`permitted_use KIND`"), "{help}");
    assert!(help.contains("fraud_prevention"), "{help}");
    // The right, or the marker, clears it; so does a basis that carries a
    // permitted purpose.
    for fixed in [
        Shop {
            marker: None,
            right: true,
            ..Shop::default()
        },
        Shop::default(),
        Shop {
            marker: None,
            basis: "contract",
            ..Shop::default()
        },
    ] {
        assert!(
            !fixed
                .codes()
                .contains(&Code::SensitiveBeyondPermittedWithoutLimit),
            "{}",
            fixed.source()
        );
    }
    // Under the other US states' laws, nothing asks for it.
    let elsewhere = Shop {
        marker: None,
        regimes: "us_state_laws",
        ..Shop::default()
    };
    assert!(
        !elsewhere
            .codes()
            .contains(&Code::SensitiveBeyondPermittedWithoutLimit)
    );
    // W0440 is retired: nothing emits it.
    assert!(!beyond.codes().contains(&Code::SensitiveWithoutLimit));
    assert!(Code::SensitiveWithoutLimit.is_retired());
}

#[test]
fn w0446_warns_of_a_marker_with_no_effect() {
    assert!(
        !Shop::default()
            .codes()
            .contains(&Code::PermittedUseWithoutEffect)
    );
    // No sensitive data used by the purpose.
    let plain = Shop {
        uses: "contact",
        ..Shop::default()
    };
    assert_eq!(
        plain
            .codes()
            .iter()
            .filter(|c| **c == Code::PermittedUseWithoutEffect)
            .count(),
        1
    );
    // No regime that gives the right to limit.
    for regimes in ["gdpr", "us_state_laws"] {
        let elsewhere = Shop {
            regimes,
            ..Shop::default()
        };
        assert!(
            elsewhere.codes().contains(&Code::PermittedUseWithoutEffect),
            "{regimes}"
        );
    }
    // A warning: the policy still builds.
    assert!(!policyc::check_source(&plain.source()).has_errors());
}

#[test]
fn w0441_and_w0442_ask_where_ccpa_states_the_rights_by_default() {
    let source = Shop::default()
        .source()
        .replace(
            "  verification \"We ask you to confirm the e-mail address of your account.\"\n",
            "",
        )
        .replace(
            "  authorized_agents \"An authorized agent sends us your signed permission to act for you.\"\n",
            "",
        );
    let codes: Vec<Code> = policyc::check_source(&source)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect();
    // No right is declared: `ccpa` states know, erasure and rectification.
    assert!(
        codes.contains(&Code::RequestVerificationNotStated),
        "{codes:?}"
    );
    assert!(
        codes.contains(&Code::AuthorizedAgentsNotStated),
        "{codes:?}"
    );
    // All three declared `not_applicable`: none is stated, nothing asked.
    let none = format!(
        "{source}right know {{ not_applicable \"We keep no personal information beyond the account.\" }}\nright erasure {{ not_applicable \"We keep no personal information beyond the account.\" }}\nright rectification {{ not_applicable \"We keep no personal information beyond the account.\" }}\n"
    );
    let checked = policyc::check_source(&none);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert!(
        !codes.contains(&Code::RequestVerificationNotStated),
        "{codes:?}"
    );
    assert!(
        !codes.contains(&Code::AuthorizedAgentsNotStated),
        "{codes:?}"
    );
}

// ------------------------------------------------------ rules and runtime

fn table(shop: &Shop<'_>) -> RuleTable {
    policyc::rules::table(&shop.policy())
}

#[test]
fn the_table_carries_the_marker_only_where_declared_and_the_limit_does_not_stop_it() {
    let marked = table(&Shop::default());
    let fraud = marked.purposes.iter().find(|p| p.id == "fraud").unwrap();
    assert_eq!(fraud.permitted_use, Some(PermittedUse::FraudPrevention));
    assert!(marked.uses.iter().all(|u| !u.limitable));
    let json = serde_json::to_string(&marked).unwrap();
    assert!(
        json.contains("\"permitted_use\":\"fraud_prevention\""),
        "{json}"
    );
    let rules = Rules::from_table(marked).unwrap();
    let limited = Facts::new().with("limit:sensitive");
    let decision = rules.decide_use("login", "fraud", &limited);
    assert!(decision.allowed, "{decision:?}");
    assert_eq!(decision.code, DecisionCode::Allowed);

    // Without the marker (and with the right) the limit stops it, and the
    // table says nothing of a permitted use: existing tables keep their
    // bytes.
    let unmarked = table(&Shop {
        marker: None,
        right: true,
        ..Shop::default()
    });
    let json = serde_json::to_string(&unmarked).unwrap();
    assert!(!json.contains("permitted_use"), "{json}");
    let rules = Rules::from_table(unmarked).unwrap();
    let decision = rules.decide_use("login", "fraud", &limited);
    assert!(!decision.allowed, "{decision:?}");
    assert_eq!(decision.code, DecisionCode::LimitedSensitive);
}

#[test]
fn the_runtime_folds_the_marker_into_a_use_a_table_says_is_limitable() {
    // A table written by hand (or by another tool) that marks the use
    // limitable and its purpose permitted: the purpose wins, at load.
    let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    table.data.push(policy_runtime::DataEntry::new(
        "login",
        "Log-in",
        policy_runtime::Identity::Identified,
    ));
    let mut fraud = PurposeEntry::new("fraud", "Fraud", Basis::LegitimateInterest);
    fraud.permitted_use = Some(PermittedUse::Security);
    table.purposes.push(fraud);
    table
        .purposes
        .push(PurposeEntry::new("ads", "Ads", Basis::LegitimateInterest));
    for purpose in ["fraud", "ads"] {
        let mut rule = UseRule::new("login", purpose, Basis::LegitimateInterest);
        rule.limitable = true;
        table.uses.push(rule);
    }
    assert!(!table.limited(&table.uses[0]));
    assert!(table.limited(&table.uses[1]));
    table.seal();
    let rules = Rules::from_table(table).unwrap();
    let limited = Facts::new().with("limit:sensitive");
    assert!(rules.decide_use("login", "fraud", &limited).allowed);
    assert_eq!(
        rules.decide_use("login", "ads", &limited).code,
        DecisionCode::LimitedSensitive
    );
}

#[test]
fn the_opa_and_cedar_exports_read_the_marker_as_the_runtime_does() {
    let marked = table(&Shop::default());
    let unmarked = table(&Shop {
        marker: None,
        right: true,
        ..Shop::default()
    });
    let opa = |t: &RuleTable| {
        String::from_utf8(policyc::targets::opa::Bundle::of(t).unwrap().data).unwrap()
    };
    let cedar = |t: &RuleTable| {
        String::from_utf8(policyc::targets::cedar::Export::of(t).unwrap().entities).unwrap()
    };
    assert!(!opa(&marked).contains("\"limitable\""), "{}", opa(&marked));
    assert!(opa(&unmarked).contains("\"limitable\": true"));
    // The data category's entity lists the purposes the limit stops.
    let limitable = |t: &RuleTable| -> Vec<String> {
        let entities: serde_json::Value = serde_json::from_str(&cedar(t)).unwrap();
        entities
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["attrs"]["uses_limitable"].as_array())
            .flatten()
            .map(|p| p.to_string())
            .collect()
    };
    assert!(limitable(&marked).is_empty(), "{}", cedar(&marked));
    assert_eq!(limitable(&unmarked), ["\"fraud\""], "{}", cedar(&unmarked));
    // The conformance queries ask `limit:sensitive` only where it decides.
    let asks = |t: &RuleTable| {
        policyc::targets::conformance::exhaustive(t)
            .iter()
            .any(|q| format!("{q:?}").contains("limit:sensitive"))
    };
    assert!(!asks(&marked));
    assert!(asks(&unmarked));
}

// ------------------------------------------------------------ the text

#[test]
fn the_text_says_the_permitted_use_in_every_format_where_it_has_an_effect() {
    let policy = Shop::default().policy();
    let sentence = "Sensitive personal information is used for this purpose only as California law permits without a right to limit its use: to resist malicious, deceptive, fraudulent or illegal actions (11 CCR §7027(m)(3)).";
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        assert!(one_line(&text).contains(sentence), "{text}");
    }
    // The English words are the vocabulary's.
    for value in policyc::vocab::PERMITTED_USES.values {
        let en = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/policy.ftl"),
        )
        .unwrap();
        assert!(
            en.contains(&format!(
                "permitted-use-{} = {}\n",
                value.value.as_str(),
                value.text
            )),
            "{:?}",
            value.value
        );
    }
    // Not where it has no effect: no sensitive data, or no `ccpa`.
    for quiet in [
        Shop {
            uses: "contact",
            ..Shop::default()
        },
        Shop {
            regimes: "us_state_laws",
            ..Shop::default()
        },
    ] {
        let text = markdown(&quiet.policy());
        assert!(!text.contains("as California law permits"), "{text}");
    }
}

#[test]
fn the_sentence_is_said_in_four_languages() {
    for (language, words) in [
        (
            "de",
            "Sensible personenbezogene Daten werden für diesen Zweck nur so verwendet, wie es das kalifornische Recht ohne ein Recht auf Einschränkung ihrer Verwendung erlaubt: um böswilligen, täuschenden, betrügerischen oder rechtswidrigen Handlungen entgegenzuwirken (11 CCR §7027(m)(3)).",
        ),
        (
            "fr",
            "ne sont utilisées pour cette finalité que dans la mesure où le droit californien le permet sans droit d'en limiter l'utilisation : pour résister aux actions malveillantes, trompeuses, frauduleuses ou illégales (11 CCR §7027(m)(3)).",
        ),
        (
            "es",
            "La información personal sensible se usa para esta finalidad solo en la medida en que la ley de California lo permite sin un derecho a limitar su uso: para resistir acciones maliciosas, engañosas, fraudulentas o ilegales (11 CCR §7027(m)(3)).",
        ),
    ] {
        let shop = Shop {
            language,
            ..Shop::default()
        };
        let text = one_line(&markdown(&shop.policy()));
        assert!(text.contains(words), "{language}: {text}");
    }
}

// ------------------------------------------------------------ the diff

fn kinds(old: &Shop<'_>, new: &Shop<'_>) -> Vec<(ChangeKind, Class)> {
    diff::diff(&old.policy(), &new.policy())
        .changes
        .iter()
        .filter(|c| c.aspect.as_deref() == Some("permitted_use"))
        .map(|c| (c.kind, c.kind.class()))
        .collect()
}

#[test]
fn adding_the_marker_expands_removing_it_narrows() {
    let unmarked = Shop {
        marker: None,
        right: true,
        ..Shop::default()
    };
    let marked = Shop {
        right: true,
        ..Shop::default()
    };
    // It takes away the user's say: their limit no longer stops the use.
    assert_eq!(
        kinds(&unmarked, &marked),
        [(ChangeKind::PurposePermittedUseAdded, Class::Expanding)]
    );
    assert_eq!(
        kinds(&marked, &unmarked),
        [(ChangeKind::PurposePermittedUseRemoved, Class::Narrowing)]
    );
    // Another permitted use: the say is as it was.
    let security = Shop {
        marker: Some("security"),
        right: true,
        ..Shop::default()
    };
    assert_eq!(
        kinds(&marked, &security),
        [(ChangeKind::PurposePermittedUseChanged, Class::Editorial)]
    );
    // On a basis that already carries a permitted purpose it decides
    // nothing: editorial both ways.
    let contract = |marker| Shop {
        marker,
        basis: "contract",
        ..Shop::default()
    };
    assert_eq!(
        kinds(&contract(None), &contract(Some("business_services"))),
        [(ChangeKind::PurposePermittedUseChanged, Class::Editorial)]
    );
    assert_eq!(
        kinds(&contract(Some("business_services")), &contract(None)),
        [(ChangeKind::PurposePermittedUseChanged, Class::Editorial)]
    );
}

#[test]
fn the_notice_says_the_change_in_four_languages() {
    for (language, words) in [
        (
            "en",
            "The use of sensitive personal information for “Keeping the Shop safe from fraud” is now one California law permits without a right to limit it: to resist malicious, deceptive, fraudulent or illegal actions. A request to limit the use of sensitive personal information no longer stops it.",
        ),
        (
            "de",
            "ist nun eine, die das kalifornische Recht ohne ein Recht auf Einschränkung erlaubt: um böswilligen, täuschenden, betrügerischen oder rechtswidrigen Handlungen entgegenzuwirken.",
        ),
        (
            "fr",
            "est désormais une utilisation que le droit californien permet sans droit de la limiter : pour résister aux actions malveillantes, trompeuses, frauduleuses ou illégales.",
        ),
        (
            "es",
            "es ahora uno que la ley de California permite sin un derecho a limitarlo: para resistir acciones maliciosas, engañosas, fraudulentas o ilegales.",
        ),
    ] {
        let old = Shop {
            marker: None,
            right: true,
            language,
            ..Shop::default()
        };
        let new = Shop {
            right: true,
            language,
            ..Shop::default()
        };
        let lexicon = policyc::render::lexicon::Lexicon::of_tag(language).unwrap();
        let notice =
            policyc::render::notice::markdown_in(&old.policy(), &new.policy(), "d", &lexicon)
                .unwrap();
        assert!(one_line(&notice).contains(words), "{language}: {notice}");
    }
    // Removed: the limit stops it again.
    let (old, new) = (
        Shop {
            right: true,
            ..Shop::default()
        },
        Shop {
            marker: None,
            right: true,
            ..Shop::default()
        },
    );
    let notice = policyc::render::notice::markdown(&old.policy(), &new.policy(), "d").unwrap();
    assert!(
        one_line(&notice).contains("The use of sensitive personal information for “Keeping the Shop safe from fraud” is no longer one California law permits without a right to limit it: a request to limit the use of sensitive personal information now stops it."),
        "{notice}"
    );
}

// ------------------------------------------------------- the example

#[test]
fn harbor_lane_names_the_permitted_use_of_its_accounts() {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("policies/examples/harbor-lane-shop.policy"),
    )
    .unwrap();
    let checked = policyc::check_source(&source);
    let policy = checked.policy.unwrap();
    let accounts = policy.purposes.iter().find(|p| p.id == "accounts").unwrap();
    assert_eq!(accounts.permitted_use, Some(PermittedUse::BusinessServices));
    // The store finder stays limitable: the author's choice.
    let finder = policy
        .purposes
        .iter()
        .find(|p| p.id == "store_finder")
        .unwrap();
    assert_eq!(finder.permitted_use, None);
    let text = one_line(&markdown(&policy));
    assert!(
        text.contains("Running your customer account.** Information used: Contact details, Account log-in and Order history. We do this to perform our contract with you. Sensitive personal information is used for this purpose only as California law permits without a right to limit its use: to perform services such as maintaining accounts, providing customer service, processing orders and payments, analytics and storage (11 CCR §7027(m)(6))."),
        "{text}"
    );
}
