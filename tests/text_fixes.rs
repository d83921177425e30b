//! Sentences counsel would sign (issue 14, audit section 2): the header's
//! links end like sentences, a sensitive category says only the limb of
//! the statute the author chose, a `business_purpose` transfer says what
//! the recipient processes the information for, targeted advertising is
//! what the information is used for, a joint controller is no third
//! party, profiling evaluates "personal aspects relating to" the user, and
//! the per-purpose table names the part of a purpose's information a
//! recipient receives.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use policyc::codes::Code;
use policyc::codes::Severity;
use policyc::diff::{self, Class};
use policyc::model::{Policy, SensitiveCategory};
use policyc::render::document::Origin;

/// A US shop under the CCPA: both links at the top, a log-in and a card
/// number of their own sensitive kinds, service providers on
/// `business_purpose` (one transfer naming its purpose), and advertising
/// partners whose disclosures are sharing and targeted advertising.
const US: &str = r#"policy us_text {
  title                "Privacy Policy"
  version              1.0.0
  effective            2026-12-01
  language             LANG
  voice                we_you
  controller           "Example Shop Inc" {
    service "Example Shop"
  }
  published            "https://shop.example/privacy"
  contact              "privacy@shop.example"
  regimes              ccpa
  do_not_sell          "https://shop.example/choices"
  limit_sensitive_link "https://shop.example/limit"
  gpc                  honoured
  verification         "We ask you to confirm the e-mail address of your account."
  authorized_agents    "An authorized agent sends us your signed permission to act for you."
}

data contact "Contact details" {
  source   user
  identity identified
}

data login "Account log-in" {
  source    user
  identity  identified
  sensitive account_login
}

data card "Card number" {
  source    user
  identity  identified
  sensitive financial_account
}

data browsing "Browsing activity" {
  source   device
  identity identified
}

purpose fulfilment "Shipping orders" {
  uses contact, card
}

purpose accounts "Running your account" {
  uses contact, login
}

purpose ads "Showing advertising" {
  uses browsing
}

recipient couriers "Delivery companies" {
  kind service_provider
}

recipient payments "Payment processor" {
  kind processor
}

recipient ad_network "Advertising networks" {
  kind         advertising
  disclosed_as share, targeted_advertising
}

recipient retargeter "Retargeting partner" {
  kind         advertising
  disclosed_as targeted_advertising
}

transfer contact to couriers for fulfilment on business_purpose
transfer contact, login to couriers on business_purpose
transfer card to payments on business_purpose
transfer browsing to ad_network
transfer browsing to retargeter

retain contact until account_closure
retain login until account_closure
retain card until account_closure
retain browsing for 1 year from collection

right know {
  via    "privacy@shop.example"
  within 45 days
}

right erasure {
  via    "privacy@shop.example"
  within 45 days
}

right opt_out_sale_share { via "https://shop.example/choices" }
right limit_sensitive { via "https://shop.example/limit" }
right non_discrimination
"#;

/// An app under the GDPR: a host whose transfer names no purpose and
/// sends only part of one purpose's information, a joint controller of
/// the kind `third_party`, and a profiling purpose.
const EU: &str = r#"policy eu_text {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   LANG
  voice      we_you
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" }
data workouts "Workouts" { source user identity identified required by contract "the app cannot record them" }
data heart "Heart rate" { source device identity identified special health }
retain email for 1 year from collection
retain workouts for 1 year from collection
retain heart for 1 year from collection
purpose account "Running the account" { uses email basis contract }
purpose zones "Training zones" { uses heart, workouts basis explicit_consent }
purpose rewards "Running the rewards programme" { uses email, workouts basis contract profiling }
recipient host "Cloud hosting provider" { kind processor }
recipient insurer "Health insurer" {
  kind        third_party
  role        joint_controller
  arrangement "Each of us answers the requests made to it."
}
transfer email, workouts to host on contract
transfer email to insurer for rewards on contract
"#;

/// The model of a source, which may warn but has no error.
fn model(source: &str, lang: &str) -> Policy {
    let checked = policyc::check_source(&source.replace("LANG", lang));
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    checked.policy.expect("no error, so a model")
}

fn us() -> Policy {
    model(US, "en")
}

/// The app checks clean: no warning either.
fn eu() -> Policy {
    common::policy_of(&EU.replace("LANG", "en"))
}

/// Every format's text, with its lines joined (the plain text wraps).
fn formats(policy: &Policy) -> [String; 3] {
    let plain = policyc::render::plain_text(policy)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    [
        policyc::render::markdown(policy),
        policyc::render::html(policy),
        plain,
    ]
}

// ------------------------------------------------------------ item 1

#[test]
fn the_last_link_at_the_top_ends_with_a_full_stop_in_every_format_and_language() {
    let [md, html, txt] = formats(&us());
    assert!(
        md.contains(
            "Do Not Sell or Share My Personal Information: <https://shop.example/choices>. Limit the Use of My Sensitive Personal Information: <https://shop.example/limit>.\n"
        ),
        "{md}"
    );
    assert!(
        html.contains(
            r#"Limit the Use of My Sensitive Personal Information: <a href="https://shop.example/limit">https://shop.example/limit</a>.</p>"#
        ),
        "{html}"
    );
    assert!(
        txt.contains(
            "Limit the Use of My Sensitive Personal Information: https://shop.example/limit. "
        ),
        "{txt}"
    );
    for (lang, said) in [
        ("de", "einschränken: <https://shop.example/limit>.\n"),
        ("fr", "sensibles : <https://shop.example/limit>.\n"),
        ("es", "confidencial: <https://shop.example/limit>.\n"),
    ] {
        let md = policyc::render::markdown(&model(US, lang));
        assert!(md.contains(said), "{lang}: {md}");
    }
    // Without a link, the version line is no sentence and has no stop.
    let md = policyc::render::markdown(&eu());
    assert!(
        md.contains("\nVersion 1.0.0, effective 1 December 2026\n"),
        "{md}"
    );
}

// ------------------------------------------------------------ item 2

#[test]
fn a_log_in_and_a_card_number_each_say_only_their_half_of_the_limb() {
    let policy = us();
    assert_eq!(
        policy.data[1].sensitive,
        Some(SensitiveCategory::AccountLogin)
    );
    assert_eq!(
        policy.data[2].sensitive,
        Some(SensitiveCategory::FinancialAccount)
    );
    for text in formats(&policy) {
        assert!(
            text.contains("sensitive personal information under US state privacy laws: an account log-in with the password or other credential that gives access to the account."),
            "{text}"
        );
        assert!(
            text.contains("sensitive personal information under US state privacy laws: a financial account, debit card or credit card number with the code or password that gives access to the account."),
            "{text}"
        );
        assert!(
            !text.contains("an account log-in, or a financial account"),
            "{text}"
        );
    }
}

#[test]
fn account_credentials_still_reads_and_says_the_whole_limb() {
    let old = US.replace("sensitive account_login", "sensitive account_credentials");
    let policy = model(&old, "en");
    assert_eq!(
        policy.data[1].sensitive,
        Some(SensitiveCategory::AccountCredentials)
    );
    let md = policyc::render::markdown(&policy);
    assert!(
        md.contains("an account log-in, or a financial account, debit card or credit card number with the code or password that gives access to the account."),
        "{md}"
    );
    // Narrowing the whole limb to the half that applies is editorial.
    let d = diff::diff(&policy, &us());
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    assert_eq!(d.changes[0].kind.id(), "DATA_SENSITIVE_CHANGED");
    assert_eq!(d.changes[0].kind.class(), Class::Editorial);
}

#[test]
fn every_language_has_words_for_the_two_new_kinds() {
    for lang in ["de", "fr", "es"] {
        let md = policyc::render::markdown(&model(US, lang));
        assert!(!md.contains("sensitive-account_login"), "{lang}: {md}");
        assert!(!md.contains("sensitive-financial_account"), "{lang}: {md}");
    }
}

// ------------------------------------------------------------ item 3

#[test]
fn a_business_purpose_transfer_says_what_the_recipient_processes_it_for() {
    for text in formats(&us()) {
        assert!(
            text.contains("This recipient receives the following information to process it only for our business purpose of shipping orders: Contact details."),
            "{text}"
        );
        assert!(
            text.contains("This recipient receives the following information to process it for our business purposes: Contact details and Account log-in."),
            "{text}"
        );
        // A processor on the ground is said to receive it as a service
        // provider under a contract, which the ground states.
        assert!(
            text.contains("This recipient receives the following information to process it for our business purposes: Card number. This recipient receives it as a service provider, under a contract that limits its use of the information."),
            "{text}"
        );
        assert!(!text.contains("disclosed for a business purpose"), "{text}");
        assert!(!text.contains("for the purpose of shipping"), "{text}");
    }
    // In the third person, the controller's business purposes.
    let third = US.replace("  voice                we_you\n", "");
    let md = policyc::render::markdown(&model(&third, "en"));
    assert!(
        md.contains("to process it for Example Shop Inc's business purposes: Contact details and Account log-in."),
        "{md}"
    );
    for (lang, said) in [
        ("de", "um sie nur für unseren Geschäftszweck"),
        (
            "fr",
            "pour les traiter uniquement pour notre finalité commerciale",
        ),
        ("es", "para tratarla solo para nuestro fin comercial de"),
    ] {
        let md = policyc::render::markdown(&model(US, lang));
        assert!(md.contains(said), "{lang}: {md}");
    }
}

#[test]
fn the_business_purpose_sentence_traces_to_the_transfer() {
    let clauses = policyc::render::trace::clauses(&us()).unwrap();
    let couriers = clauses
        .iter()
        .find(|(_, origins)| origins.first() == Some(&Origin::Recipient(0)))
        .map(|(_, origins)| origins)
        .unwrap();
    assert!(couriers.contains(&Origin::Transfer(0)), "{couriers:?}");
    assert!(couriers.contains(&Origin::Transfer(1)), "{couriers:?}");
}

// ------------------------------------------------------------ item 4

#[test]
fn targeted_advertising_is_what_the_information_is_used_for() {
    for text in formats(&us()) {
        assert!(
            text.contains("Under US state privacy laws, disclosing personal information to this recipient is sharing of personal information for cross-context behavioral advertising, and the information is used for targeted advertising."),
            "{text}"
        );
        assert!(
            text.contains("Under US state privacy laws, the personal information disclosed to this recipient is used for targeted advertising."),
            "{text}"
        );
        assert!(
            !text.contains("is processing of personal information for targeted advertising"),
            "{text}"
        );
    }
    // A transfer's own disclosure is said the same way.
    let own = US
        .replace("  disclosed_as targeted_advertising\n", "")
        .replace(
            "transfer browsing to retargeter",
            "transfer browsing to retargeter disclosed_as targeted_advertising",
        );
    let md = policyc::render::markdown(&model(&own, "en"));
    assert!(
        md.contains("Under US state privacy laws, this information is used for targeted advertising once disclosed to this recipient."),
        "{md}"
    );
    for (lang, said) in [
        ("de", "für gezielte Werbung verwendet"),
        ("fr", "sont utilisées à des fins de publicité ciblée"),
        ("es", "se utiliza para publicidad dirigida"),
    ] {
        let md = policyc::render::markdown(&model(US, lang));
        assert!(md.contains(said), "{lang}: {md}");
    }
}

// ------------------------------------------------------------ item 5

/// The cells of the per-purpose table's recipients column, by purpose.
fn recipients_column(md: &str) -> Vec<(String, String)> {
    md.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Purpose") && !l.starts_with("| ---"))
        .take_while(|l| !l.starts_with("| Category"))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            (
                cells[0].trim_start_matches("| ").to_owned(),
                cells[4].trim_end_matches(" |").to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_table_names_the_part_of_a_purposes_information_a_recipient_receives() {
    let cells = recipients_column(&policyc::render::markdown(&eu()));
    assert_eq!(
        cells,
        [
            (
                "Running the account".to_owned(),
                "Cloud hosting provider".to_owned()
            ),
            (
                "Training zones".to_owned(),
                "Cloud hosting provider (only Workouts)".to_owned()
            ),
            (
                "Running the rewards programme".to_owned(),
                "Cloud hosting provider and Health insurer (only E-mail address)".to_owned()
            ),
        ]
    );
    // A transfer that names a purpose serves only it, for the data it
    // sends; one that names none serves every purpose whose data it sends.
    let cells = recipients_column(&policyc::render::markdown(&us()));
    assert_eq!(
        cells[0].1,
        "Delivery companies (only Contact details) and Payment processor (only Card number)"
    );
    assert_eq!(cells[1].1, "Delivery companies");
    assert_eq!(cells[2].1, "Advertising networks and Retargeting partner");
}

#[test]
fn the_part_a_recipient_receives_is_in_every_format_and_language_and_traces_to_its_transfer() {
    let [md, html, _] = formats(&eu());
    assert!(
        md.contains("| Cloud hosting provider (only Workouts) |"),
        "{md}"
    );
    assert!(
        html.contains("<td>Cloud hosting provider (only Workouts)</td>"),
        "{html}"
    );
    // The plain text wraps each cell in its column.
    let txt = policyc::render::plain_text(&eu());
    let zones = txt
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("Training"))
        .take_while(|l| !l.is_empty());
    let cell: Vec<&str> = zones.filter_map(|l| l.split("  ").last()).collect();
    assert_eq!(
        cell.join(" "),
        "Cloud hosting provider (only Workouts)",
        "{txt}"
    );
    let de = policyc::render::markdown(&model(EU, "de"));
    assert!(
        de.contains("| Cloud hosting provider (nur Workouts) |"),
        "{de}"
    );
    let clauses = policyc::render::trace::clauses(&eu()).unwrap();
    let table = &clauses.iter().find(|(n, _)| n.starts_with("2.")).unwrap().1;
    for origin in [
        Origin::Transfer(0),
        Origin::Transfer(1),
        Origin::Recipient(0),
        Origin::Recipient(1),
    ] {
        assert!(table.contains(&origin), "{origin:?} not in {table:?}");
    }
}

#[test]
fn a_child_category_sent_is_named_when_the_purpose_uses_its_parent() {
    let source = EU
        .replace(
            "data email \"E-mail address\" { source user identity identified required by contract \"the account cannot be opened\" }",
            "data email \"Account details\" { source user identity identified required by contract \"the account cannot be opened\" }\ndata email.address \"E-mail address\" { source user identity identified required by contract \"the account cannot be opened\" }",
        )
        .replace(
            "transfer email to insurer",
            "transfer email.address to insurer",
        );
    let policy = model(&source, "en");
    let cells = recipients_column(&policyc::render::markdown(&policy));
    assert!(
        cells[2].1.ends_with("Health insurer (only E-mail address)"),
        "{cells:?}"
    );
}

// ------------------------------------------------------------ item 6

#[test]
fn a_joint_controller_is_not_said_to_be_a_third_party() {
    for text in formats(&eu()) {
        assert!(
            text.contains("**Health insurer.** Role: joint controller with us")
                || text.contains("Health insurer.</strong> Role: joint controller with us")
                || text.contains("Health insurer. Role: joint controller with us"),
            "{text}"
        );
        assert!(!text.contains("Type of recipient: third party"), "{text}");
    }
    // An independent controller of the kind stays a third party.
    let independent = EU.replace(
        "  role        joint_controller\n  arrangement \"Each of us answers the requests made to it.\"\n",
        "  role        independent_controller\n",
    );
    let md = policyc::render::markdown(&model(&independent, "en"));
    assert!(md.contains("Type of recipient: third party."), "{md}");
}

#[test]
fn e0392s_help_does_not_suggest_third_party_for_a_joint_controller() {
    let source = common::read("tests/fixtures/diagnostics/e0392_processor_as_controller.policy");
    assert_eq!(common::codes_of(&source), [Code::ProcessorAsController]);
    let checked = policyc::check_source(&source);
    let e0392 = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::ProcessorAsController)
        .unwrap();
    let help = e0392.help.as_deref().unwrap();
    assert!(!help.contains("third_party"), "{help}");
    assert!(
        help.contains("a joint controller is not a third party"),
        "{help}"
    );
    // For an independent controller, a third party is what it may be.
    let independent = source.replace(
        "  role        joint_controller\n  arrangement \"Each of us answers the requests made to it.\"\n",
        "  role        independent_controller\n",
    );
    let checked = policyc::check_source(&independent);
    let e0392 = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::ProcessorAsController)
        .unwrap();
    assert!(e0392.help.as_deref().unwrap().contains("third_party"));
}

// ------------------------------------------------------------ item 7

#[test]
fn profiling_evaluates_personal_aspects_relating_to_the_user() {
    for text in formats(&eu()) {
        assert!(
            text.contains(
                "we use the information listed to evaluate personal aspects relating to you."
            ),
            "{text}"
        );
        assert!(!text.contains("personal aspects of you"), "{text}");
    }
    let third = EU.replace("  voice      we_you\n", "");
    let md = policyc::render::markdown(&model(&third, "en"));
    assert!(
        md.contains("Example Inc uses the information listed to evaluate personal aspects relating to the User."),
        "{md}"
    );
}

// ------------------------------------------------------------ item 8

/// A processor on a ground other than consent or a business purpose is
/// said with that ground, which the rule table decides on: the text
/// states the condition the service applies, whatever the recipient's
/// kind.
#[test]
fn a_processor_on_a_contract_is_said_with_the_condition_the_table_applies() {
    let policy = eu();
    let md = policyc::render::markdown(&policy);
    assert!(
        md.contains("Type of recipient: processor, acting on our instructions. This recipient receives the following information, only when the transfer is necessary to perform a contract with you: E-mail address and Workouts."),
        "{md}"
    );
    let rules = policy_runtime::Rules::from_table(policyc::rules::table(&policy)).unwrap();
    let given = |facts: &[&str]| {
        let facts = policy_runtime::Facts::from_iter(facts.iter().copied());
        rules.decide_transfer("email", "host", &facts).allowed
    };
    assert!(given(&["contract_necessity"]));
    assert!(!given(&[]));
}

/// Beside another ground, `business_purpose` is one condition among
/// others, said as before.
#[test]
fn a_business_purpose_beside_another_ground_is_one_condition_of_several() {
    let source = US.replace(
        "transfer contact, login to couriers on business_purpose",
        "transfer contact, login to couriers on business_purpose, consent",
    );
    let md = policyc::render::markdown(&model(&source, "en"));
    assert!(
        md.contains("This recipient receives the following information, only when the information is disclosed for a business purpose or when you have consented to the processing it carries out for us: Contact details and Account log-in."),
        "{md}"
    );
}
