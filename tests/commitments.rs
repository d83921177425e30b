//! Commitments: a promise not to sell or not to share data, written only
//! as free text, is a warning (W0380), since neither the checker nor the
//! diff reads it; a typed commitment (`commit …`) is held against every
//! declaration (E0380–E0385, W0381).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[path = "common/readme.rs"]
mod readme;

use policyc::codes::Code;

/// A policy that checks clean, with one free-text declaration `FREE`.
const POLICY: &str = r#"policy promises {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
  automated_decisions none
}
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
right complaint { via "the data protection authority" }
FREE
"#;

fn codes(free: &str) -> Vec<Code> {
    policyc::check_source(&POLICY.replace("FREE", free))
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn the_policy_without_a_promise_checks_clean() {
    assert_eq!(codes(""), []);
}

#[test]
fn a_promise_in_a_clause_an_obligation_or_a_security_measure_is_a_warning() {
    for free in [
        r#"clause promise in sharing "We never sell your personal data.""#,
        r#"clause promise in sharing "Example never sells notes.""#,
        r#"clause promise in sharing "We Do Not Share it with\n advertisers.""#,
        r#"clause promise in sharing "We don’t sell your data.""#,
        r#"clause promise in sharing "We won't share it.""#,
        r#"clause promise in sharing "Example does not sell data.""#,
        r#"obligation resale "We will not sell what you upload.""#,
        r#"security isolation "Notes are never shared, and we never share keys.""#,
        // A passive or a verb joined to another is the promise too.
        r#"clause note in sharing "Notes are never shared with advertisers.""#,
        r#"clause promise in sharing "We do not rent or sell your data.""#,
        r#"clause promise in sharing "Your data is never sold.""#,
        // So are the other typed commitments' promises.
        r#"clause abroad in sharing "We do not transfer your data outside the EU.""#,
        r#"clause kids in general "Our service is not directed to children under 13.""#,
        r#"clause machines in general "We make no automated decisions about you.""#,
        // Other words for them.
        r#"clause promise in sharing "We will never rent or trade your personal data.""#,
        r#"clause promise in sharing "We sell nothing.""#,
        r#"clause abroad in sharing "Your data never leaves the European Union.""#,
        r#"clause ads in sharing "We do not use your data for targeted advertising.""#,
    ] {
        assert_eq!(codes(free), [Code::FreeTextCommitment], "{free}");
    }
}

#[test]
fn only_whole_words_make_a_promise() {
    for free in [
        r#"clause note in sharing "We do not sellotape anything.""#,
        r#"clause note in sharing "You may reshare. We do not resell.""#,
        r#"clause note in sharing "We may transfer data outside the EU.""#,
        r#"clause note in general "We do not knowingly collect data from children.""#,
        r#"clause note in sharing "We sell nothing we do not hold.""#,
        r#"clause note in sharing "We do not sell products to children.""#,
        r#"clause note in sharing "We sell nothing but books.""#,
        r#"clause note in general "We never leave you waiting.""#,
    ] {
        assert_eq!(codes(free), [], "{free}");
    }
}

#[test]
fn the_warning_names_the_declaration_the_phrase_and_the_disclosure_to_declare() {
    let text = POLICY.replace(
        "FREE",
        r#"obligation resale "We will not share what you upload.""#,
    );
    let checked = policyc::check_source(&text);
    let [diag] = checked.diagnostics.as_slice() else {
        panic!("{:?}", checked.diagnostics);
    };
    assert!(diag.message.contains("obligation `resale`"), "{diag:?}");
    assert!(diag.message.contains("\"will not share\""), "{diag:?}");
    let help = diag.help.as_deref().unwrap_or_default();
    // An unqualified promise not to share is one to share with no third
    // party, not the US "sharing" for advertising.
    assert!(help.contains("`commit no_third_party_sharing`"), "{diag:?}");
    assert!(
        help.contains("a transfer to a recipient that is not a `processor` or `service_provider`"),
        "{diag:?}"
    );
    assert!(!help.contains("never_share"), "{diag:?}");
    assert_eq!(
        &text[diag.span.start..diag.span.end],
        "obligation resale \"We will not share what you upload.\""
    );
}

#[test]
fn the_warning_names_the_commitment_of_each_promise() {
    for (free, commitment, breaker) in [
        (
            r#"clause abroad in sharing "We do not transfer your data outside the EU.""#,
            "`commit no_transfers_outside eea`",
            "a recipient whose `country` lies outside the area",
        ),
        (
            r#"clause abroad in sharing "Your data is never stored outside Canada.""#,
            "`commit no_transfers_outside AREA` (AREA one of `eea`, `uk`, `south_africa`)",
            "a recipient whose `country` lies outside the area",
        ),
        (
            r#"clause abroad in sharing "Your data never leaves the European Union.""#,
            "`commit no_transfers_outside eea`",
            "a recipient whose `country` lies outside the area",
        ),
        (
            r#"clause rent in sharing "We will never rent or trade your personal data.""#,
            "`commit never_sell`",
            "a recipient `disclosed_as sale`",
        ),
        (
            r#"clause ads in sharing "We do not use your data for targeted advertising.""#,
            "`commit no_targeted_advertising`",
            "a recipient `disclosed_as targeted_advertising`",
        ),
        (
            r#"clause kids in general "We are not intended for use by children.""#,
            "`commit not_directed_to_children`",
            "`audience children` or `mixed`",
        ),
        (
            r#"clause machines in general "We do not make decisions based solely on automated processing.""#,
            "`commit no_automated_decisions`",
            "a `decision`",
        ),
    ] {
        let checked = checked(free);
        let [diag] = checked.diagnostics.as_slice() else {
            panic!("{free}: {:?}", checked.diagnostics);
        };
        assert_eq!(diag.code, Code::FreeTextCommitment);
        let help = diag.help.as_deref().unwrap_or_default();
        assert!(help.contains(commitment), "{help}");
        assert!(help.contains(&format!("({breaker} breaks it)")), "{help}");
    }
}

// ------------------------------------------------------- typed commitments

/// `POLICY` with `FREE` replaced by `extra`, checked.
fn checked(extra: &str) -> policyc::check::Checked {
    policyc::check_source(&POLICY.replace("FREE", extra))
}

#[test]
fn every_commitment_the_declarations_keep_checks_clean_and_is_in_the_model() {
    let extra = "commit never_sell\ncommit never_sell_sensitive\ncommit never_share\n\
                 commit no_third_party_sharing\n\
                 commit no_targeted_advertising\ncommit no_transfers_outside eea\n\
                 commit not_directed_to_children\ncommit no_automated_decisions\n\
                 recipient host \"Host\" { kind processor country \"Ireland\" }\n\
                 transfer email to host on contract\n";
    let checked = checked(extra);
    assert_eq!(checked.diagnostics, [], "{extra}");
    let policy = checked.policy.unwrap();
    let json = serde_json::to_value(&policy.commitments).unwrap();
    assert_eq!(
        json,
        serde_json::json!([
            {"kind": "never_sell"},
            {"kind": "never_sell_sensitive"},
            {"kind": "never_share"},
            {"kind": "no_third_party_sharing"},
            {"kind": "no_targeted_advertising"},
            {"kind": "no_transfers_outside", "area": "eea"},
            {"kind": "not_directed_to_children"},
            {"kind": "no_automated_decisions"},
        ])
    );
}

#[test]
fn a_policy_without_commitments_keeps_its_json() {
    let policy = checked("").policy.unwrap();
    let json = serde_json::to_string(&policy).unwrap();
    assert!(!json.contains("commitments"), "{json}");
}

/// The one diagnostic of `extra`, which must be an error at `primary` with
/// a second place at `commitment`.
fn broken(extra: &str, code: Code, primary: &str, commitment: &str) {
    let mut text = POLICY.replace("FREE", extra);
    if extra.contains("\ndecision ") {
        // A declared decision says whether decisions are made; the
        // header's `automated_decisions none` beside it would be E0364.
        text = text.replace("  automated_decisions none\n", "");
    }
    let checked = policyc::check_source(&text);
    let [diag] = checked.diagnostics.as_slice() else {
        panic!("{extra}: {:?}", checked.diagnostics);
    };
    assert_eq!(diag.code, code, "{extra}");
    assert!(checked.policy.is_none(), "an error withholds the model");
    assert_eq!(&text[diag.span.start..diag.span.end], primary, "{extra}");
    let [note] = diag.notes.as_slice() else {
        panic!("{diag:?}");
    };
    assert_eq!(&text[note.span.start..note.span.end], commitment);
    let help = diag.help.as_deref().unwrap_or_default();
    assert!(help.contains(&format!("`{commitment}`")), "{help}");
}

#[test]
fn a_sale_breaks_never_sell() {
    broken(
        "commit never_sell\nrecipient broker \"Broker\" { disclosed_as sale }\ntransfer email to broker on consent",
        Code::SoldDespiteCommitment,
        "disclosed_as sale",
        "commit never_sell",
    );
}

#[test]
fn a_sale_of_sensitive_information_breaks_never_sell_sensitive_and_other_sales_do_not() {
    let sensitive = "data email.health \"Health\" { sensitive health required by contract \"the service cannot be provided\" }\n";
    let sale = "commit never_sell_sensitive\nrecipient broker \"Broker\" { disclosed_as sale }\n";
    // The transfer of a parent covers its sensitive child.
    broken(
        &format!("{sensitive}{sale}transfer email to broker on consent"),
        Code::SoldDespiteCommitment,
        "transfer email to broker on consent",
        "commit never_sell_sensitive",
    );
    let codes = codes(&format!("{sale}transfer email to broker on consent"));
    assert!(!codes.contains(&Code::SoldDespiteCommitment), "{codes:?}");
}

#[test]
fn sharing_or_targeted_advertising_breaks_never_share() {
    for disclosure in ["share", "targeted_advertising"] {
        broken(
            &format!(
                "commit never_share\nrecipient ads \"Ads\" {{ disclosed_as {disclosure} }}\ntransfer email to ads on consent"
            ),
            Code::SharedDespiteCommitment,
            &format!("disclosed_as {disclosure}"),
            "commit never_share",
        );
    }
    broken(
        "commit no_targeted_advertising\nrecipient ads \"Ads\" { disclosed_as targeted_advertising }\ntransfer email to ads on consent",
        Code::SharedDespiteCommitment,
        "disclosed_as targeted_advertising",
        "commit no_targeted_advertising",
    );
    let codes = codes(
        "commit no_targeted_advertising\nrecipient ads \"Ads\" { disclosed_as share }\ntransfer email to ads on consent",
    );
    assert!(!codes.contains(&Code::SharedDespiteCommitment), "{codes:?}");
}

#[test]
fn a_transfer_to_anyone_not_acting_on_the_controller_s_behalf_breaks_no_third_party_sharing() {
    let commit = "commit no_third_party_sharing";
    for kind in [
        "kind third_party",
        "kind affiliate",
        "kind advertising",
        "kind data_broker",
        "kind public",
        "kind authority",
        // A recipient that states no kind is not known to act for us.
        "",
    ] {
        broken(
            &format!(
                "{commit}\nrecipient partner \"Partner\" {{ {kind} }}\ntransfer email to partner on consent"
            ),
            Code::SharedWithThirdPartyDespiteCommitment,
            "transfer email to partner on consent",
            commit,
        );
    }
    // Processors and service providers act on the controller's behalf; an
    // authority receiving what the law compels is carved out.
    for (kind, ground) in [
        ("processor", "contract"),
        ("service_provider", "contract"),
        ("authority", "legal_obligation"),
    ] {
        let extra = format!(
            "{commit}\nrecipient partner \"Partner\" {{ kind {kind} }}\ntransfer email to partner on {ground}"
        );
        let codes = codes(&extra);
        assert!(
            !codes.contains(&Code::SharedWithThirdPartyDespiteCommitment),
            "{extra}: {codes:?}"
        );
    }
    // `never_share` is the US "sharing" for advertising only: a transfer
    // to a third party that is no such sharing keeps it.
    let codes = codes(
        "commit never_share\nrecipient partner \"Partner\" { kind third_party }\ntransfer email to partner on consent",
    );
    assert!(!codes.contains(&Code::SharedDespiteCommitment), "{codes:?}");
}

#[test]
fn a_recipient_outside_the_area_breaks_no_transfers_outside_and_one_without_a_country_does_not() {
    broken(
        "commit no_transfers_outside eea\nrecipient host \"Host\" { country \"United States\" mechanism standard_contractual_clauses\n copy \"on request\" }\ntransfer email to host on contract",
        Code::TransferOutsideCommittedArea,
        "country \"United States\"",
        "commit no_transfers_outside eea",
    );
    broken(
        "commit no_transfers_outside uk\nrecipient host \"Host\" { country \"Ireland\" }\ntransfer email to host on contract",
        Code::TransferOutsideCommittedArea,
        "country \"Ireland\"",
        "commit no_transfers_outside uk",
    );
    assert_eq!(
        codes(
            "commit no_transfers_outside eea\nrecipient host \"Host\"\ntransfer email to host on contract"
        ),
        []
    );
}

#[test]
fn a_service_for_children_breaks_not_directed_to_children() {
    for audience in ["children", "mixed"] {
        broken(
            &format!(
                "commit not_directed_to_children\nchildren {{ audience {audience} minimum_age 13 knowingly_collects yes parental_consent \"a card check\" }}"
            ),
            Code::ChildrenDespiteCommitment,
            &format!("audience {audience}"),
            "commit not_directed_to_children",
        );
    }
}

#[test]
fn a_decision_breaks_no_automated_decisions() {
    broken(
        "commit no_automated_decisions\ndecision scoring \"Scoring\" { uses email logic \"a score\" significance \"a refusal\" basis contract safeguards human_review, express_view, contest }\nright automated_decisions { via \"privacy@example.com\" }",
        Code::DecisionDespiteCommitment,
        "scoring",
        "commit no_automated_decisions",
    );
}

#[test]
fn an_area_is_named_where_the_commitment_takes_one_and_only_there() {
    assert_eq!(
        codes("commit no_transfers_outside"),
        [Code::CommitmentAreaMismatch]
    );
    assert_eq!(
        codes("commit never_sell eea"),
        [Code::CommitmentAreaMismatch]
    );
    // An unknown commitment or area is an unknown value, with a suggestion.
    let unknown = checked("commit never_sel\ncommit no_transfers_outside eeaa");
    assert_eq!(unknown.diagnostics.len(), 2, "{:?}", unknown.diagnostics);
    assert!(
        unknown
            .diagnostics
            .iter()
            .all(|d| d.is_error() && d.help.as_deref().is_some_and(|h| h.contains('`'))),
        "{:?}",
        unknown.diagnostics
    );
}

#[test]
fn a_repeated_commitment_is_a_warning_and_kept_once() {
    let checked = checked("commit never_sell\ncommit never_sell");
    let found: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(found, [Code::CommitmentRepeated]);
    assert_eq!(checked.policy.unwrap().commitments.len(), 1);
}

#[test]
fn the_free_text_warning_names_the_typed_commitment() {
    for (free, typed) in [
        (
            r#"clause promise in sharing "We never sell your data.""#,
            "`commit never_sell`",
        ),
        (
            r#"clause promise in sharing "We do not share it.""#,
            "`commit no_third_party_sharing`",
        ),
        (
            r#"clause promise in sharing "We do not share your data with third parties.""#,
            "`commit no_third_party_sharing`",
        ),
        (
            r#"clause promise in sharing "We share your data with no third party.""#,
            "`commit no_third_party_sharing`",
        ),
        (
            r#"clause promise in sharing "We do not share it for cross-context behavioural advertising.""#,
            "`commit never_share`",
        ),
        (
            r#"clause promise in sharing "Notes are never shared with advertisers.""#,
            "`commit never_share`",
        ),
    ] {
        let checked = checked(free);
        let [diag] = checked.diagnostics.as_slice() else {
            panic!("{:?}", checked.diagnostics);
        };
        let help = diag.help.as_deref().unwrap_or_default();
        assert!(help.contains(typed), "{help}");
    }
}

/// The README's section on commitments.
fn readme_section() -> String {
    readme::section("### Commitments", "\n### Transfers abroad")
}

#[test]
fn the_readme_s_section_holds() {
    let section = readme_section();
    // Its example checks clean.
    let block = readme::first_policy_block(&section);
    assert_eq!(codes(block), []);
    // Every commitment of the vocabulary is in its table, each with the
    // code that judges it and an explanation `policyc explain` gives.
    for value in policyc::vocab::COMMITMENTS.values {
        let row = section
            .lines()
            .find(|l| l.starts_with(&format!("| `{}", value.keyword)))
            .unwrap_or_else(|| panic!("no row for {}", value.keyword));
        let code = row.rsplit('(').next().unwrap().trim_end_matches(") |");
        assert!(Code::parse(code).is_some(), "{row}");
        assert!(
            value.about.contains(code),
            "{}: {}",
            value.keyword,
            value.about
        );
        assert!(!policyc::vocab::describe(value.keyword).is_empty());
    }
    for area in policyc::vocab::AREAS.keywords() {
        assert!(section.contains(&format!("`{area}`")), "{area}");
    }
    // `no_automated_decisions` answers W0360 and W0453, as the header's
    // `automated_decisions none` does: this file's policy says it in the
    // header; said as the commitment instead, it checks clean too.
    assert!(
        section.contains("W0360 and W0453 take\neither"),
        "{section}"
    );
    let committed = POLICY
        .replace("  automated_decisions none\n", "")
        .replace("FREE", "commit no_automated_decisions");
    assert_eq!(policyc::check_source(&committed).diagnostics, []);
    let silent = POLICY
        .replace("  automated_decisions none\n", "")
        .replace("FREE", "");
    assert_eq!(codes_of_text(&silent), [Code::AutomatedDecisionsNotStated]);
    // The model leaves them out of the JSON when there are none (above),
    // and a table from a policy with commitments is the table without them.
    let with = POLICY.replace("FREE", block);
    let without = POLICY.replace("FREE", "");
    let table = |text: &str| {
        let policy = policyc::check_source(text).policy.unwrap();
        let mut table = policyc::rules::table(&policy);
        // The digest is of the whole model, commitments included.
        table.digest.clear();
        serde_json::to_string(&table).unwrap()
    };
    assert_eq!(table(&with), table(&without));
}

/// The codes `text` is reported with.
fn codes_of_text(text: &str) -> Vec<Code> {
    policyc::check_source(text)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

/// The policy with `extra`, checked clean.
fn policy_with(extra: &str) -> policyc::model::Policy {
    let checked = checked(extra);
    assert_eq!(checked.diagnostics, [], "{extra}");
    checked.policy.unwrap()
}

#[test]
fn the_text_states_each_commitment_as_a_sentence_in_every_format() {
    use policyc::render::{html, markdown, plain_text};
    let policy = policy_with(
        "commit never_sell\ncommit no_transfers_outside eea\ncommit no_third_party_sharing",
    );
    let sentences = [
        "Example Inc does not sell the User",
        "personal information to recipients outside the European Economic Area.",
        "personal information with any third party; only those processing it on Example Inc",
        "behalf receive it, unless the law requires its disclosure.",
    ];
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        // Plain text wraps its lines.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains("commitments"), "{text}");
        for sentence in sentences {
            assert!(text.contains(sentence), "{sentence}\n{text}");
        }
    }
    // Each sentence is traced to its `commit` line.
    let document = policyc::render::document(&policy).unwrap();
    let section = document
        .sections
        .iter()
        .find(|s| s.anchor == "commitments")
        .unwrap();
    use policyc::render::document::Origin;
    let origins: Vec<_> = section.clauses.iter().map(|c| c.origins.clone()).collect();
    assert_eq!(
        origins,
        [
            vec![Origin::Commitment(0)],
            vec![Origin::Commitment(1)],
            vec![Origin::Commitment(2)]
        ]
    );
    // Without commitments, no such section.
    let none = policyc::render::document(&policy_with("")).unwrap();
    assert!(none.sections.iter().all(|s| s.anchor != "commitments"));
}

#[test]
fn removing_a_commitment_expands_and_adding_one_narrows() {
    use policyc::diff::{ChangeKind, Class};
    let old = policy_with("commit never_sell\ncommit no_transfers_outside eea");
    let new = policy_with("commit no_transfers_outside uk");
    let kinds = |old, new| -> Vec<(ChangeKind, Class)> {
        policyc::diff::diff(old, new)
            .changes
            .iter()
            .map(|c| (c.kind, c.kind.class()))
            .collect()
    };
    let found = kinds(&old, &new);
    assert!(
        found.contains(&(ChangeKind::CommitmentRemoved, Class::Expanding)),
        "{found:?}"
    );
    assert!(
        found.contains(&(ChangeKind::CommitmentAdded, Class::Narrowing)),
        "{found:?}"
    );
    // Another area is one commitment dropped and one made.
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(kinds(&old, &old), []);
    // Dropping the promise to share with no third party expands.
    let shared = policy_with("commit no_third_party_sharing");
    assert_eq!(
        kinds(&shared, &policy_with("")),
        [(ChangeKind::CommitmentRemoved, Class::Expanding)]
    );
}
