//! Recipients as parties (issue 14 items 6 and 8): the kinds of recipient
//! real policies name, whether one is an independent or a joint controller
//! (GDPR Art. 26) with the essence of the arrangement, and the checks that
//! judge them (E0392, E0393, W0392).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

use common::codes_of;
use policyc::codes::Code;
use policyc::diff::{self, Class};
use policyc::model::{ControllerRole, Policy, RecipientKind};
use policyc::vocab::{Closed as _, RECIPIENT_KINDS};

/// A policy under `REGIMES` whose one recipient's block holds `RECIPIENT`.
const POLICY: &str = r#"policy parties {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    REGIMES
  verification "We ask you to confirm the e-mail address of your account."
  authorized_agents "An authorized agent sends us your signed permission to act for you."
}
right complaint { via "the data protection authority" }
commit no_automated_decisions
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" ccpa_category identifiers }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
recipient partner "Event partner" {
RECIPIENT
}
transfer email to partner on contract
"#;

fn source(regimes: &str, recipient: &str) -> String {
    POLICY
        .replace("REGIMES", regimes)
        .replace("RECIPIENT", recipient)
}

fn policy(regimes: &str, recipient: &str) -> Policy {
    common::policy_of(&source(regimes, recipient))
}

fn codes(regimes: &str, recipient: &str) -> Vec<Code> {
    codes_of(&source(regimes, recipient))
}

#[test]
fn every_kind_of_recipient_reaches_the_model_the_table_and_the_text() {
    for value in RECIPIENT_KINDS.values {
        let p = policy("gdpr", &format!("kind {}", value.keyword));
        assert_eq!(p.recipients[0].kind, Some(value.value));
        let table = serde_json::to_string(&policyc::rules::table(&p)).unwrap();
        assert!(
            table.contains(&format!(r#""kind":"{}""#, value.keyword)),
            "{table}"
        );
        let text = policyc::render::markdown(&p);
        assert!(text.contains("Type of recipient: "), "{text}");
        // The words in the controller's voice are checked below.
        if !value.text.contains('{') {
            let said = format!("Type of recipient: {}.", value.text);
            assert!(text.contains(&said), "{said}: {text}");
        }
    }
}

#[test]
fn the_new_kinds_say_what_the_recipient_is() {
    let text = policyc::render::markdown(&policy("none", "kind affiliate"));
    assert!(
        text.contains("Type of recipient: company of Example Inc's group."),
        "{text}"
    );
    let text = policyc::render::markdown(&policy("none", "kind service_provider"));
    assert!(
        text.contains("Type of recipient: service provider, processing for Example Inc's business purposes under a contract that limits its use of the information."),
        "{text}"
    );
}

#[test]
fn a_joint_controller_and_its_arrangement_are_said_in_the_text() {
    let p = policy(
        "gdpr",
        r#"kind affiliate
  role joint_controller
  arrangement "Example Inc informs you and answers your requests; you may also exercise your rights against the partner.""#,
    );
    let r = &p.recipients[0];
    assert_eq!(r.role, Some(ControllerRole::JointController));
    let text = policyc::render::markdown(&p);
    for said in [
        "Role: joint controller with Example Inc, deciding together with Example Inc why and how the information is processed.",
        "The essence of the arrangement between Example Inc and this recipient: Example Inc informs you and answers your requests; you may also exercise your rights against the partner.",
    ] {
        assert!(text.contains(said), "{said}\n{text}");
    }
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.contains(r#""role":"joint_controller""#), "{json}");
}

#[test]
fn an_unstated_role_is_left_out_of_the_json_and_the_text() {
    let p = policy("gdpr", "kind third_party");
    let json = serde_json::to_string(&p).unwrap();
    assert!(!json.contains("role"), "{json}");
    assert!(!json.contains("arrangement"), "{json}");
    let text = policyc::render::markdown(&p);
    assert!(!text.contains("Role:"), "{text}");
    let independent = policy("gdpr", "kind third_party role independent_controller");
    let text = policyc::render::markdown(&independent);
    assert!(
        text.contains("Role: independent controller, which decides itself why and how it processes the information."),
        "{text}"
    );
}

#[test]
fn a_processor_is_no_controller() {
    for kind in ["processor", "service_provider"] {
        for role in ["joint_controller", "independent_controller"] {
            assert_eq!(
                codes("none", &format!("kind {kind} role {role}")),
                [Code::ProcessorAsController],
                "{kind} {role}"
            );
        }
    }
    assert_eq!(
        codes("none", "kind advertising role independent_controller"),
        []
    );
    // A role without a kind says nothing about instructions.
    assert_eq!(codes("none", "role independent_controller"), []);
}

#[test]
fn an_arrangement_belongs_to_a_joint_controller() {
    for recipient in [
        r#"kind third_party arrangement "a""#,
        r#"kind third_party role independent_controller arrangement "a""#,
    ] {
        assert_eq!(
            codes("none", recipient),
            [Code::ArrangementWithoutJointControl],
            "{recipient}"
        );
    }
}

#[test]
fn a_joint_controller_states_its_arrangement_where_the_gdpr_asks() {
    let joint = "kind affiliate role joint_controller";
    for regimes in ["gdpr", "uk_gdpr", "gdpr, ccpa"] {
        let found = policyc::check_source(&source(regimes, joint)).diagnostics;
        let codes: Vec<Code> = found.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [Code::JointControllerWithoutArrangement],
            "{regimes}"
        );
        assert!(found[0].help.as_deref().unwrap().contains("arrangement"));
    }
    for regimes in ["ccpa", "none"] {
        assert_eq!(codes(regimes, joint), [], "{regimes}");
    }
    let message = &policyc::check_source(&source("gdpr", joint)).diagnostics[0];
    assert!(
        message.label.contains("GDPR Art. 26(2)"),
        "{}",
        message.label
    );
}

#[test]
fn a_misspelt_role_or_kind_is_reported_with_a_suggestion() {
    let found = policyc::check_source(&source("none", "role joint_controler")).diagnostics;
    assert_eq!(found.len(), 1, "{found:#?}");
    let help = found[0].help.as_deref().unwrap();
    assert!(help.contains("joint_controller"), "{help}");
    let found = policyc::check_source(&source("none", "kind data_brokr")).diagnostics;
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].help.as_deref().unwrap().contains("data_broker"));
}

#[test]
fn the_role_is_compared_on_its_own_scale() {
    let joint = policy(
        "none",
        r#"kind affiliate role joint_controller arrangement "We answer every request.""#,
    );
    let independent = policy("none", "kind affiliate role independent_controller");
    let unstated = policy("none", "kind affiliate");
    let kinds = |o: &Policy, n: &Policy| {
        diff::diff(o, n)
            .changes
            .iter()
            .map(|c| (c.kind.id(), c.kind.class()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(&joint, &independent),
        [
            ("RECIPIENT_JOINT_CONTROL_ENDED", Class::Expanding),
            ("ARRANGEMENT_CHANGED", Class::Editorial)
        ]
    );
    assert_eq!(
        kinds(&independent, &joint),
        [
            ("RECIPIENT_JOINT_CONTROL_STARTED", Class::Narrowing),
            ("ARRANGEMENT_CHANGED", Class::Editorial)
        ]
    );
    assert_eq!(
        kinds(&unstated, &independent),
        [("RECIPIENT_ROLE_RESTATED", Class::Editorial)]
    );
    assert_eq!(
        kinds(&joint, &unstated)[0],
        ("RECIPIENT_JOINT_CONTROL_ENDED", Class::Expanding)
    );
}

#[test]
fn a_kind_that_decides_less_for_itself_narrows() {
    let by = |kind: &str| policy("none", &format!("kind {kind}"));
    let change = |o: &str, n: &str| diff::diff(&by(o), &by(n)).changes[0].kind.class();
    assert_eq!(change("service_provider", "data_broker"), Class::Expanding);
    assert_eq!(change("advertising", "processor"), Class::Narrowing);
    assert_eq!(change("advertising", "analytics"), Class::Editorial);
    assert_eq!(change("social_network", "public"), Class::Expanding);
    assert_eq!(RecipientKind::Public.entry().rank, 2);
}

#[test]
fn the_role_and_the_arrangement_are_formatted_in_the_recipient_block() {
    let messy = source(
        "none",
        r#"arrangement   "a"   role  joint_controller kind   affiliate"#,
    );
    let formatted = policyc::fmt::format(&messy).unwrap();
    assert!(
        formatted.contains(
            "  kind        affiliate\n  role        joint_controller\n  arrangement \"a\"\n"
        ),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_fixture_pair_ends_a_joint_control() {
    let edition = |name: &str| {
        let text = common::read(&format!(
            "tests/fixtures/diff/joint_control_ended/{name}.policy"
        ));
        policyc::check_source(&text).policy.unwrap()
    };
    let d = diff::diff(&edition("old"), &edition("new"));
    let kinds: Vec<&str> = d.changes.iter().map(|c| c.kind.id()).collect();
    assert_eq!(
        kinds,
        ["RECIPIENT_JOINT_CONTROL_ENDED", "ARRANGEMENT_CHANGED"]
    );
}

/// The README's section "Recipients and parties".
fn readme_section() -> String {
    let readme = common::read("README.md");
    let start = readme.find("## Recipients and parties").unwrap();
    let end = start + readme[start..].find("\n## ").unwrap();
    readme[start..end].to_owned()
}

#[test]
fn the_readmes_parties_section_holds() {
    let section = readme_section();
    for kind in RECIPIENT_KINDS.keywords() {
        assert!(section.contains(&format!("`{kind}`")), "{kind}");
    }
    for role in policyc::vocab::ROLES.keywords() {
        assert!(section.contains(&format!("`{role}`")), "{role}");
    }
    for code in ["E0392", "E0393", "E0394", "W0392"] {
        assert!(section.contains(code), "{code}");
    }
    let block = section.split("```policy\n").nth(1).unwrap();
    let block = &block[..block.find("```").unwrap()];
    let recipient = block
        .lines()
        .skip(1)
        .take_while(|l| *l != "}")
        .collect::<Vec<_>>()
        .join("\n");
    let p = policy("gdpr", &recipient);
    let text = policyc::render::plain_text(&p)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let quoted = section
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("> "))
        .unwrap();
    assert!(text.contains(quoted), "{quoted}\n{text}");
    for kind in [
        "RECIPIENT_JOINT_CONTROL_ENDED",
        "RECIPIENT_JOINT_CONTROL_STARTED",
        "RECIPIENT_ROLE_RESTATED",
        "ARRANGEMENT_CHANGED",
    ] {
        assert!(section.contains(kind), "{kind}");
        assert!(policyc::diff::ChangeKind::parse(kind).is_some(), "{kind}");
    }
}

/// A policy whose recipient of `kind` receives the e-mail `on GROUND`.
fn sent_on(kind: &str, ground: &str) -> String {
    source("ccpa", &format!("kind {kind}"))
        .replace("to partner on contract", &format!("to partner on {ground}"))
}

#[test]
fn a_business_purpose_goes_to_a_service_provider_only() {
    for kind in ["service_provider", "processor"] {
        assert_eq!(codes_of(&sent_on(kind, "business_purpose")), [], "{kind}");
    }
    for kind in ["advertising", "third_party", "affiliate", "data_broker"] {
        assert_eq!(
            codes_of(&sent_on(kind, "business_purpose")),
            [Code::BusinessPurposeToController],
            "{kind}"
        );
    }
}

#[test]
fn a_business_purpose_is_said_in_the_text_and_decided_on_its_fact() {
    let p = common::policy_of(&sent_on("service_provider", "business_purpose"));
    let text = policyc::render::markdown(&p);
    assert!(
        text.contains("This recipient receives the following information to process it for Example Inc's business purposes: E-mail address."),
        "{text}"
    );
    let table = policyc::rules::table(&p);
    let rules = policy_runtime::Rules::from_table(table).unwrap();
    let given = |facts: &[&str]| {
        let facts = policy_runtime::Facts::from_iter(facts.iter().copied());
        rules.decide_transfer("email", "partner", &facts).allowed
    };
    assert!(given(&["business_purpose"]));
    assert!(!given(&[]));
}

/// The kind `service_provider` and the ground `business_purpose` both say
/// that a contract limits the recipient's use of the information: the
/// clause says it once, in the kind, in every language. A processor's
/// kind does not say it, so there a sentence after the ground says it.
#[test]
fn a_service_provider_on_a_business_purpose_has_its_contract_said_once() {
    let contract = [
        ("en", "contract that limits its use"),
        ("de", "der seine Verwendung der Informationen beschränkt"),
        ("fr", "contrat qui limite son utilisation des informations"),
        ("es", "contrato que limita su uso"),
    ];
    for (lang, words) in contract {
        for (kind, times) in [("service_provider", 1), ("processor", 1)] {
            let mut p = common::policy_of(&sent_on(kind, "business_purpose"));
            p.header.language = lang.to_owned();
            let text = policyc::render::plain_text(&p)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(text.matches(words).count(), times, "{lang} {kind}: {text}");
        }
    }
    let p = common::policy_of(&sent_on("processor", "business_purpose"));
    let text = policyc::render::markdown(&p);
    assert!(
        text.contains("This recipient receives the following information to process it for Example Inc's business purposes: E-mail address. This recipient receives it as a service provider, under a contract that limits its use of the information."),
        "{text}"
    );
}

/// The purpose a transfer serves follows the ground in Spanish as "a
/// efectos de" and the purpose, not "para el fin" and a bare noun phrase.
#[test]
fn a_transfers_purpose_reads_as_spanish() {
    let source = source("gdpr", "kind processor").replace(
        "transfer email to partner on contract",
        "transfer email to partner for account on contract",
    );
    let mut p = common::policy_of(&source);
    p.header.language = "es".to_owned();
    let text = policyc::render::markdown(&p);
    assert!(
        text.contains(", a efectos de running the account:"),
        "{text}"
    );
    assert!(!text.contains("para el fin"), "{text}");
}

/// A retention for one purpose reads "cuando se utiliza a efectos de" and
/// the purpose in Spanish, as a transfer's purpose does.
#[test]
fn a_retention_for_a_purpose_reads_as_spanish() {
    let source = source("gdpr", "kind processor").replace(
        "retain email for 1 year from collection",
        "retain email for 1 year from collection\nretain email when_used_for account for 2 years from collection",
    );
    let mut p = common::policy_of(&source);
    p.header.language = "es".to_owned();
    let text = policyc::render::markdown(&p);
    assert!(
        text.contains("Cuando se utiliza a efectos de running the account, "),
        "{text}"
    );
    assert!(
        text.contains("cuando se utiliza a efectos de running the account:"),
        "{text}"
    );
    assert!(!text.contains("se utiliza para"), "{text}");
}
