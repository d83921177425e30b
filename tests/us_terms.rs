//! The words that follow the regimes (issue 14, item 12): a policy whose
//! regimes are US state privacy laws only (with COPPA at most beside them)
//! calls the company "the business", says each purpose's declared basis
//! in plain words without a "Legal basis" label, heads the table's column
//! "Basis", and sends ported information to "another business", in every
//! format and every language; a policy under a regime of the GDPR's kind,
//! or under none, keeps the GDPR's words.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::model::Policy;
use policyc::regimes::{self, Terms};
use policyc::render::{html, markdown, plain_text};

fn shop_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/us_terms/shop.policy");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The shop's source with `old` replaced by `new`, which must be there.
fn edited(source: &str, old: &str, new: &str) -> String {
    assert!(source.contains(old), "{old}");
    source.replacen(old, new, 1)
}

/// The shop under other `regimes`.
fn under(regimes: &str) -> String {
    edited(
        &shop_source(),
        "regimes    ccpa, us_state_laws",
        &format!("regimes    {regimes}"),
    )
}

fn policy(source: &str) -> Policy {
    let checked = policyc::check_source(source);
    checked
        .policy
        .unwrap_or_else(|| panic!("{:#?}", checked.diagnostics))
}

/// The text in every format, its whitespace collapsed (plain text wraps).
fn texts(policy: &Policy) -> [String; 3] {
    [markdown(policy), html(policy), plain_text(policy)]
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The shop in another language: the canned text in that language, the
/// author's strings as written.
fn in_language(source: &str, language: &str) -> Policy {
    policy(&edited(
        source,
        "  language   en\n",
        &format!("  language   {language}\n"),
    ))
}

#[test]
fn the_terms_follow_the_declared_regimes() {
    let terms = |source: &str| regimes::terms(policy(source).header.regimes.as_deref());
    assert_eq!(terms(&shop_source()), Terms::Us);
    assert_eq!(terms(&under("ccpa")), Terms::Us);
    assert_eq!(terms(&under("us_state_laws")), Terms::Us);
    assert_eq!(terms(&under("ccpa, coppa")), Terms::Us);
    assert_eq!(terms(&under("gdpr")), Terms::Gdpr);
    assert_eq!(terms(&under("ccpa, gdpr")), Terms::Gdpr);
    assert_eq!(terms(&under("ccpa, uk_gdpr")), Terms::Gdpr);
    assert_eq!(terms(&under("us_state_laws, lgpd")), Terms::Gdpr);
    assert_eq!(terms(&under("none")), Terms::Gdpr);
    // No `regimes` line at all: the GDPR's words.
    let unstated = edited(&shop_source(), "  regimes    ccpa, us_state_laws\n", "");
    assert_eq!(terms(&unstated), Terms::Gdpr);
    for text in texts(&policy(&unstated)) {
        assert!(
            text.contains("We are the controller responsible for this processing."),
            "{text}"
        );
        assert!(text.contains("Legal basis: your consent."), "{text}");
    }
}

#[test]
fn a_us_policy_says_business_and_its_bases_in_plain_words_in_every_format() {
    let policy = policy(&shop_source());
    for text in texts(&policy) {
        for said in [
            "Example Shop Inc is the business responsible for the information about you as a user of Example Shop.",
            "We are the business responsible for this processing.",
            "We do this to perform our contract with you.",
            "We do this in our interest in preventing fraudulent orders.",
            "We do this to comply with a legal obligation.",
            "We do this with your consent.",
            "Each purpose, the information used for it, its basis, how long",
            "Our interest",
        ] {
            assert!(text.contains(said), "{said}: {text}");
        }
        for gdpr in [
            "controller",
            "Controller",
            "Legal basis",
            "legal basis",
            "legitimate interest",
            "Legitimate interest",
        ] {
            assert!(!text.contains(gdpr), "{gdpr}: {text}");
        }
    }
    // The table's column is "Basis".
    assert!(
        markdown(&policy).contains("| Purpose | Information | Basis | Kept | Recipients |"),
        "{}",
        markdown(&policy)
    );
    assert!(
        html(&policy).contains("<th scope=\"col\">Basis</th>"),
        "{}",
        html(&policy)
    );
}

#[test]
fn an_interest_left_unsaid_is_our_own_interest() {
    // The US laws ask for no interest: the text says none it was not given.
    let source = edited(
        &shop_source(),
        "basis legitimate_interest \"preventing fraudulent orders\"",
        "basis legitimate_interest",
    );
    for text in texts(&policy(&source)) {
        assert!(text.contains("We do this in our own interest."), "{text}");
        assert!(!text.contains("interest in"), "{text}");
    }
}

#[test]
fn in_the_third_person_the_business_does_it() {
    let source = edited(&shop_source(), "  voice      we_you\n", "");
    for text in texts(&policy(&source)) {
        for said in [
            "Example Shop Inc is the business responsible for the information about the users of Example Shop.",
            "Example Shop Inc is the business responsible for this processing.",
            "Example Shop Inc does this to perform its contract with the User.",
            "Example Shop Inc does this in its interest in preventing fraudulent orders.",
            "Example Shop Inc does this to comply with a legal obligation.",
            "does this with the User",
        ] {
            assert!(text.contains(said), "{said}: {text}");
        }
        assert!(
            !text.contains("Example Shop Inc is the controller"),
            "{text}"
        );
        assert!(!text.contains("controller"), "{text}");
        assert!(!text.contains("Legal basis"), "{text}");
    }
}

#[test]
fn in_the_third_person_markdown_says_the_users_consent() {
    let source = edited(&shop_source(), "  voice      we_you\n", "");
    let text = markdown(&policy(&source));
    assert!(
        text.contains("Example Shop Inc does this with the User's consent."),
        "{text}"
    );
}

#[test]
fn every_language_has_the_us_words() {
    for (language, said, gdpr) in [
        (
            "de",
            &[
                "Wir sind das für diese Verarbeitung verantwortliche Unternehmen.",
                "Wir tun dies mit Ihrer Einwilligung.",
                "Wir tun dies, um unseren Vertrag mit Ihnen zu erfüllen.",
                "Wir tun dies in unserem eigenen Interesse, nämlich: preventing fraudulent orders.",
                "| Grundlage |",
            ][..],
            &["Rechtsgrundlage", "Verantwortliche ", "berechtigte"][..],
        ),
        (
            "fr",
            &[
                "Nous sommes l'entreprise responsable de ce traitement.",
                "Nous le faisons avec votre consentement.",
                "Nous le faisons pour exécuter notre contrat avec vous.",
                "Nous le faisons dans notre propre intérêt, à savoir : preventing fraudulent orders.",
                "| Fondement |",
            ][..],
            &["Base juridique", "le responsable", "légitime"][..],
        ),
        (
            "es",
            &[
                "Somos la empresa responsable de este tratamiento.",
                "Lo hacemos con su consentimiento.",
                "Lo hacemos para cumplir nuestro contrato con usted.",
                "Lo hacemos en nuestro propio interés, que es: preventing fraudulent orders.",
                "| Fundamento |",
            ][..],
            &["Base jurídica", "responsable del tratamiento", "legítimo"][..],
        ),
    ] {
        let policy = in_language(&shop_source(), language);
        let text = markdown(&policy)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for said in said {
            assert!(text.contains(said), "{language}: {said}: {text}");
        }
        for gdpr in gdpr {
            assert!(!text.contains(gdpr), "{language}: {gdpr}: {text}");
        }
    }
}

#[test]
fn portability_under_the_us_laws_sends_to_another_business() {
    // `us_state_laws` grants portability, stated by default.
    let policy = policy(&under("us_state_laws"));
    for text in texts(&policy) {
        assert!(
            text.contains("You can receive the personal information you have provided in a portable and readily usable format, so that you can send it to another business."),
            "{text}"
        );
    }
    let text = markdown(&in_language(&under("us_state_laws"), "es"));
    assert!(text.contains("para enviarla a otra empresa."), "{text}");
}

/// The shop with a transfer on legitimate interests and the right to
/// object declared.
const INTERESTED: &str = r#"
recipient checker "Fraud prevention service" { kind third_party }

transfer contact to checker for fraud on legitimate_interest "preventing fraudulent orders"

right objection {
  via "privacy@shop.example"
}
"#;

#[test]
fn a_transfer_and_the_objection_in_our_own_interest() {
    let us = policy(&format!("{}{INTERESTED}", shop_source()));
    for text in texts(&us) {
        for said in [
            "only when the transfer is in our own interest (the interest pursued is preventing fraudulent orders)",
            "You can object to the processing of personal information that we do in our own interest.",
        ] {
            assert!(text.contains(said), "{said}: {text}");
        }
        assert!(!text.contains("legitimate interest"), "{text}");
    }
    let gdpr = policy(&format!("{}{INTERESTED}", under("gdpr")));
    for text in texts(&gdpr) {
        for said in [
            "only when the transfer is necessary for the purposes of a legitimate interest (the interest pursued is preventing fraudulent orders)",
            "You can object to the processing of personal information that is based on legitimate interests.",
        ] {
            assert!(text.contains(said), "{said}: {text}");
        }
    }
}

#[test]
fn a_gdpr_policy_a_mixed_one_and_one_under_no_regime_keep_the_gdpr_words() {
    for regimes in ["gdpr", "ccpa, gdpr", "us_state_laws, uk_gdpr", "none"] {
        let policy = policy(&under(regimes));
        for text in texts(&policy) {
            for said in [
                "Example Shop Inc is the controller of the information about you as a user of Example Shop.",
                "We are the controller responsible for this processing.",
                "Legal basis: your consent.",
                "Legal basis: the processing is necessary to perform a contract with you.",
                "Legal basis: our legitimate interests; the interest pursued is preventing fraudulent orders.",
                "its legal basis",
                // The table's cell: plain text wraps it in its column.
                "Legitimate",
            ] {
                assert!(text.contains(said), "{regimes}: {said}: {text}");
            }
            assert!(!text.contains("We do this"), "{regimes}: {text}");
            assert!(!text.contains("business responsible"), "{regimes}: {text}");
        }
        assert!(
            markdown(&policy).contains("| Legal basis |"),
            "{regimes}: {}",
            markdown(&policy)
        );
        let spanish = markdown(&in_language(&under(regimes), "es"));
        assert!(
            spanish.contains("Base jurídica: su consentimiento."),
            "{spanish}"
        );
        assert!(
            spanish.contains("Somos el responsable de este tratamiento."),
            "{spanish}"
        );
    }
}

/// Harbor Lane's generated text, English and Spanish, in every format.
fn harbor_lane() -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated/harbor_lane_privacy");
    ["policy.md", "policy.html", "policy.txt"]
        .iter()
        .flat_map(|file| [folder.join(file), folder.join("es").join(file)])
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            (path.display().to_string(), text)
        })
        .collect()
}

#[test]
fn harbor_lane_says_business_and_no_legal_basis_in_english_and_spanish() {
    for (path, text) in harbor_lane() {
        for gdpr in [
            "controller",
            "Legal basis",
            "legal basis",
            "legitimate interest",
            "Base jurídica",
            "base jurídica",
            "responsable del tratamiento",
            "intereses legítimos",
        ] {
            assert!(!text.contains(gdpr), "{path}: {gdpr}");
        }
        let said = if path.contains("/es/") {
            "Lo hacemos en nuestro propio interés, que es: la prevención de pedidos fraudulentos"
        } else {
            "We do this in our interest in preventing fraudulent orders and attacks on our store."
        };
        assert!(text.contains(said), "{path}: {said}");
    }
}
