//! Rights as the law states them: the answer time of GDPR Art. 12(3)
//! (W0430), the rights the regime grants, and what the text says of them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;

/// A policy that checks clean under `REGIMES`, with a right of access
/// answered `WITHIN`.
const POLICY: &str = r#"policy rights {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  REGIMES
}
data email "E-mail address" { source user identity identified required by contract "the account cannot be opened" ccpa_category identifiers }
retain email for 1 year from collection
purpose account "Running the account" { uses email basis contract }
right access { via "privacy@example.com" WITHIN }
right complaint { via "the data protection authority" }
commit no_automated_decisions
"#;

/// `regimes ccpa`, with how requests are verified and made by an
/// authorized agent, which the CCPA asks (W0441, W0442).
const CCPA: &str = "regimes ccpa verification \"We ask you to confirm your e-mail address.\" authorized_agents \"An authorized agent sends us your signed permission.\"";

fn codes(regimes: &str, within: &str) -> Vec<Code> {
    let text = POLICY.replace("REGIMES", regimes).replace("WITHIN", within);
    policyc::check_source(&text)
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn the_month_of_article_12_is_accepted_and_days_or_more_are_not() {
    for within in ["", "within 1 month", "within 4 weeks", "within 2 weeks"] {
        assert_eq!(codes("regimes gdpr", within), [], "{within}");
    }
    for within in [
        "within 30 days",
        "within 1 days",
        "within 5 weeks",
        "within 2 months",
        "within 1 year",
    ] {
        assert_eq!(
            codes("regimes gdpr", within),
            [Code::AnswerTimeNotMonth],
            "{within}"
        );
        assert_eq!(
            codes("regimes uk_gdpr", within),
            [Code::AnswerTimeNotMonth],
            "{within}"
        );
    }
}

#[test]
fn the_answer_time_is_judged_only_under_a_regime_that_counts_a_month() {
    for regimes in [CCPA, "regimes lgpd", "regimes none"] {
        assert_eq!(codes(regimes, "within 30 days"), [], "{regimes}");
    }
}

#[test]
fn the_warning_says_why_and_how_to_fix_it() {
    let text = POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("WITHIN", "within 30 days");
    let found = policyc::check_source(&text).diagnostics;
    let [w0430] = found.as_slice() else {
        panic!("{found:#?}")
    };
    let span = &text[w0430.span.start..w0430.span.end];
    assert_eq!(span, "within 30 days");
    assert!(w0430.message.contains("counts days"), "{w0430:?}");
    assert_eq!(
        w0430.help.as_deref(),
        Some(
            "write `within 1 month`, the time the law states; if requests may take longer, add `extendable by 2 months \"when requests are complex or numerous\"`"
        )
    );
}

/// The Markdown text of [`POLICY`] under `regimes`, its access right
/// answered within a month.
fn text(regimes: &str) -> String {
    let source = POLICY
        .replace("REGIMES", regimes)
        .replace("WITHIN", "within 1 month");
    let checked = policyc::check_source(&source);
    assert_eq!(checked.diagnostics, [], "{regimes}");
    policyc::render::markdown(checked.policy.as_ref().unwrap())
}

const FREE: &str = "Exercising these rights is free of charge. A reasonable fee can be charged for a manifestly unfounded or excessive request, in particular a repeated one, or the request can be refused.";
const PLACES: &str = "The User can also complain to the supervisory authority of the EEA country where the User lives or works, or where the alleged infringement took place.";

#[test]
fn under_the_gdpr_the_text_says_requests_are_free_and_where_to_complain() {
    let gdpr = text("regimes gdpr");
    assert!(gdpr.contains(FREE), "{gdpr}");
    assert!(gdpr.contains(PLACES), "{gdpr}");
    // The complaint's places follow the complaint, in its clause.
    let complaint = gdpr.find("the data protection authority").unwrap();
    assert!(gdpr.find(PLACES).unwrap() > complaint, "{gdpr}");
}

#[test]
fn the_uk_gdpr_names_one_authority_and_other_regimes_say_neither() {
    let uk = text("regimes uk_gdpr");
    assert!(uk.contains(FREE), "{uk}");
    assert!(!uk.contains("EEA country"), "{uk}");
    for regimes in [CCPA, "regimes none", "regimes lgpd"] {
        let other = text(regimes);
        assert!(!other.contains("free of charge"), "{regimes}: {other}");
        assert!(!other.contains("EEA country"), "{regimes}: {other}");
    }
}

/// [`POLICY`] with `controller` as its controller block, which keeps the
/// header's address and data protection officer.
fn with_controller(controller: &str) -> String {
    let controller = controller.replace(
        r#"{ service "Example""#,
        r#"{ service "Example" address "1 Example Street, Dublin 2, Ireland" dpo "dpo@example.com""#,
    );
    POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("WITHIN", "within 1 month")
        .replace(
            r#"{ service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }"#,
            &controller,
        )
}

#[test]
fn the_controller_states_its_country_and_the_text_says_it() {
    let source = with_controller(r#"{ service "Example" country "Ireland" }"#);
    let checked = policyc::check_source(&source);
    assert_eq!(checked.diagnostics, []);
    let policy = checked.policy.unwrap();
    assert_eq!(policy.header.controller.country.as_deref(), Some("Ireland"));
    let text = policyc::render::markdown(&policy);
    assert!(
        text.contains("Example Inc is established in Ireland."),
        "{text}"
    );
    let unstated = policyc::render::markdown(
        policyc::check_source(&with_controller(r#"{ service "Example" }"#))
            .policy
            .as_ref()
            .unwrap(),
    );
    assert!(!unstated.contains("established in"), "{unstated}");
}

#[test]
fn the_controller_country_is_stated_once_and_formatted_in_its_block() {
    let twice = with_controller(r#"{ service "Example" country "Ireland" country "France" }"#);
    let found = policyc::check_source(&twice).diagnostics;
    assert_eq!(
        found.iter().map(|d| d.code).collect::<Vec<_>>(),
        [Code::DuplicateProperty],
        "{found:#?}"
    );
    let source = with_controller(r#"{ service "Example"   country  "Ireland" }"#);
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("    country \"Ireland\"\n"),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

/// The Markdown text of [`POLICY`] under `regimes`, its access right
/// answered within a month and extendable as `extendable` says.
fn extended(regimes: &str, extendable: &str) -> (Vec<Code>, Option<String>) {
    let source = POLICY
        .replace("REGIMES", regimes)
        .replace("WITHIN", &format!("within 1 month extendable {extendable}"));
    let checked = policyc::check_source(&source);
    let codes = checked.diagnostics.iter().map(|d| d.code).collect();
    (
        codes,
        checked.policy.as_ref().map(policyc::render::markdown),
    )
}

const REASON: &str = "by 2 months \"when requests are complex or numerous\"";

#[test]
fn the_text_says_the_month_and_its_extension_with_the_reason() {
    let (codes, text) = extended("regimes gdpr", REASON);
    assert_eq!(codes, []);
    let text = text.unwrap();
    assert!(
        text.contains("A request to exercise this right is answered within 1 month. The time can be extended by a further 2 months when requests are complex or numerous. Example Inc informs the User of any such extension, with the reasons for the delay, within one month of receipt of the request."),
        "{text}"
    );
    // Outside the regimes that count the law's month, the author's words
    // alone: no duty the policy did not declare.
    let (codes, other) = extended(CCPA, REASON);
    assert_eq!(codes, []);
    let other = other.unwrap();
    assert!(
        other.contains("extended by a further 2 months when requests are complex or numerous."),
        "{other}"
    );
    assert!(!other.contains("receipt of the request"), "{other}");
}

#[test]
fn an_extension_needs_an_answer_time_and_at_most_two_months_under_the_gdpr() {
    for by in ["by 2 months", "by 8 weeks", "by 59 days"] {
        let (codes, _) = extended("regimes gdpr", &format!("{by} \"x\""));
        assert_eq!(codes, [], "{by}");
    }
    for by in ["by 3 months", "by 9 weeks", "by 60 days", "by 1 year"] {
        let (codes, _) = extended("regimes gdpr", &format!("{by} \"x\""));
        assert_eq!(codes, [Code::ExtensionTooLong], "{by}");
        let (codes, _) = extended("regimes lgpd", &format!("{by} \"x\""));
        assert_eq!(codes, [], "{by}");
    }
    let source = POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("WITHIN", &format!("extendable {REASON}"));
    let found = policyc::check_source(&source);
    assert_eq!(
        found.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        [Code::ExtensionWithoutAnswerTime]
    );
    assert!(found.policy.is_none());
}

#[test]
fn an_extension_is_formatted_in_its_block_and_kept_in_the_model() {
    let source = POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("WITHIN", &format!("within 1 month   extendable  {REASON}"));
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains(&format!("  within     1 month\n  extendable {REASON}\n")),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
    let policy = policyc::check_source(&formatted).policy.unwrap();
    let extension = policy.rights[0].extension.as_ref().unwrap();
    assert_eq!(extension.reason, "when requests are complex or numerous");
    assert_eq!(extension.by.to_string(), "2 months");
}

/// The changes between [`POLICY`] with the access right's `old` and `new`
/// answer times, by kind, with their words.
fn answer_changes(old: &str, new: &str) -> Vec<(String, String)> {
    let policy = |within: &str| {
        let source = POLICY
            .replace("REGIMES", "regimes gdpr")
            .replace("WITHIN", within);
        policyc::check_source(&source).policy.unwrap()
    };
    policyc::diff::diff(&policy(old), &policy(new))
        .changes
        .iter()
        .map(|c| (c.kind.id().to_owned(), c.explanation()))
        .collect()
}

#[test]
fn the_diff_reads_a_longer_extension_as_a_slower_answer() {
    let month = "within 1 month";
    let two = format!("{month} extendable by 2 months \"when requests are complex\"");
    let one = format!("{month} extendable by 1 month \"when requests are complex\"");
    let changes = answer_changes(month, &two);
    assert_eq!(
        changes,
        [(
            "RIGHT_SLOWER".to_owned(),
            "The right of access: the answer time may now be extended by 2 months".to_owned()
        )]
    );
    let changes = answer_changes(&two, &one);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].0, "RIGHT_FASTER");
    let reworded = two.replace("complex", "complex or numerous");
    let changes = answer_changes(&two, &reworded);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].0, "DESCRIPTION_CHANGED");
}

/// The body of a policy whose purposes rest on `BASIS`, declaring `RIGHTS`
/// and nothing else about rights, under [`POLICY`]'s header.
const BARE: &str = r#"data email "E-mail address" { source user identity identified optional }
retain email for 1 year from collection
purpose news "Sending the newsletter" { uses email basis BASIS }
RIGHTS
"#;

/// [`POLICY`]'s header under `regimes`, then [`BARE`].
fn bare_source(regimes: &str, basis: &str, rights: &str) -> String {
    let end = POLICY.find("\n}\n").unwrap() + "\n}\n".len();
    let header = &POLICY[..end];
    header.replace("REGIMES", regimes) + &BARE.replace("BASIS", basis).replace("RIGHTS", rights)
}

fn bare(regimes: &str, basis: &str, rights: &str) -> policyc::check::Checked {
    policyc::check_source(&bare_source(regimes, basis, rights))
}

fn bare_text(regimes: &str, basis: &str, rights: &str) -> String {
    let checked = bare(regimes, basis, rights);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert!(
        checked.diagnostics.iter().all(|d| !d.is_error()),
        "{codes:?}"
    );
    policyc::render::markdown(checked.policy.as_ref().unwrap())
}

/// The headings of the rights the text states, in the text's order.
fn stated(text: &str) -> Vec<&'static str> {
    let mut found: Vec<(usize, &'static str)> = policyc::vocab::RIGHTS
        .values
        .iter()
        .filter_map(|v| {
            text.find(&format!("**{}.**", v.text))
                .map(|at| (at, v.text))
        })
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, name)| name).collect()
}

#[test]
fn under_the_gdpr_every_right_it_grants_is_stated_by_default() {
    let consent = bare_text("regimes gdpr", "consent", "");
    assert_eq!(
        stated(&consent),
        [
            "Right of access",
            "Right to rectification",
            "Right to erasure",
            "Right to restriction of processing",
            "Right to data portability",
            "Right to withdraw consent",
            "Right to lodge a complaint",
        ],
        "{consent}"
    );
    // Each with its standard meaning.
    assert!(
        consent.contains("The User can have the processing of personal information restricted."),
        "{consent}"
    );
    // Objection on legitimate interests, not portability nor withdrawal.
    let interest = bare_text(
        "regimes gdpr",
        "legitimate_interest \"keeping customers informed\"",
        "",
    );
    let rights = stated(&interest);
    assert!(rights.contains(&"Right to object"), "{interest}");
    assert!(!rights.contains(&"Right to data portability"), "{interest}");
    assert!(!rights.contains(&"Right to withdraw consent"), "{interest}");
    // Without a regime, only what is declared.
    assert_eq!(stated(&bare_text("regimes none", "consent", "")), [""; 0]);
}

#[test]
fn the_us_regimes_state_their_rights() {
    let ccpa = bare_text(CCPA, "consent", "");
    // The rights to correct and to delete take the US names, which are
    // not the vocabulary's (GDPR) headings that `stated` looks for.
    assert_eq!(
        stated(&ccpa),
        ["Right to know", "Right to non-discrimination"],
        "{ccpa}"
    );
    let at = |name: &str| ccpa.find(&format!("**{name}.**")).unwrap();
    assert!(at("Right to correct") < at("Right to delete"), "{ccpa}");
    assert!(at("Right to delete") < at("Right to know"), "{ccpa}");
    let states = bare_text("regimes us_state_laws", "consent", "");
    assert!(stated(&states).contains(&"Right to appeal"), "{states}");
}

#[test]
fn a_declared_right_keeps_its_terms_and_place_and_is_not_stated_twice() {
    let text = bare_text(
        "regimes gdpr",
        "consent",
        "right erasure { via \"privacy@example.com\" within 1 month }",
    );
    let rights = stated(&text);
    assert_eq!(rights.first(), Some(&"Right to erasure"), "{text}");
    assert_eq!(text.matches("Right to erasure.").count(), 1, "{text}");
    assert!(
        text.contains("by writing to <privacy@example.com>"),
        "{text}"
    );
}

const WHY_NOT: &str = "we keep only an e-mail address, which is never transmitted elsewhere";

#[test]
fn a_right_that_does_not_apply_is_explained_instead_of_stated() {
    let right = format!("right portability not_applicable \"{WHY_NOT}\"");
    let text = bare_text("regimes gdpr", "consent", &right);
    assert!(
        text.contains(&format!(
            "**Right to data portability.** This right does not apply: {WHY_NOT}."
        )),
        "{text}"
    );
    assert!(!text.contains("machine-readable"), "{text}");
    // The same in a block (German, French: src/render/user.rs).
    let block = format!("right portability {{\n  not_applicable \"{WHY_NOT}\"\n}}");
    let checked = bare("regimes gdpr", "consent", &block);
    let policy = checked.policy.unwrap();
    assert_eq!(policy.rights[0].not_applicable.as_deref(), Some(WHY_NOT));
    let text = policyc::render::markdown(&policy);
    assert!(text.contains("This right does not apply"), "{text}");
}

#[test]
fn not_applicable_needs_a_right_the_regime_grants_a_reason_and_no_way_to_exercise_it() {
    let codes = |regimes: &str, basis: &str, rights: &str| -> Vec<Code> {
        bare(regimes, basis, rights)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    };
    let not_granted = format!("right portability not_applicable \"{WHY_NOT}\"");
    let found = codes("regimes gdpr", "legitimate_interest \"news\"", &not_granted);
    assert!(found.contains(&Code::NotApplicableNotGranted), "{found:?}");
    let found = codes("regimes none", "consent", &not_granted);
    assert!(found.contains(&Code::NotApplicableNotGranted), "{found:?}");
    let found = codes("regimes gdpr", "consent", &not_granted);
    assert!(!found.contains(&Code::NotApplicableNotGranted), "{found:?}");

    let empty = codes(
        "regimes gdpr",
        "consent",
        "right restriction not_applicable \"  \"",
    );
    assert!(
        empty.contains(&Code::NotApplicableWithoutReason),
        "{empty:?}"
    );
    assert!(!empty.contains(&Code::EmptyString), "{empty:?}");

    let exercised = format!(
        "right restriction {{\n  via \"privacy@example.com\"\n  not_applicable \"{WHY_NOT}\"\n}}"
    );
    let found = codes("regimes gdpr", "consent", &exercised);
    assert!(found.contains(&Code::NotApplicableExercised), "{found:?}");
    let diagnostic = bare("regimes gdpr", "consent", &exercised)
        .diagnostics
        .into_iter()
        .find(|d| d.code == Code::NotApplicableExercised)
        .unwrap();
    assert!(diagnostic.help.unwrap().contains("remove `not_applicable`"));
}

#[test]
fn the_warnings_on_rights_ask_only_for_what_the_text_does_not_state() {
    let codes = |rights: &str| -> Vec<Code> {
        bare("regimes gdpr", "consent", rights)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    };
    let none = codes("");
    assert!(!none.contains(&Code::NoComplaintRight), "{none:?}");
    assert!(!none.contains(&Code::ConsentWithoutWithdrawal), "{none:?}");
    let found = codes(&format!(
        "right complaint not_applicable \"{WHY_NOT}\"\nright withdraw_consent not_applicable \"{WHY_NOT}\""
    ));
    assert!(found.contains(&Code::NoComplaintRight), "{found:?}");
    assert!(found.contains(&Code::ConsentWithoutWithdrawal), "{found:?}");
    let withdrawal = bare(
        "regimes gdpr",
        "consent",
        &format!("right withdraw_consent not_applicable \"{WHY_NOT}\""),
    )
    .diagnostics
    .into_iter()
    .find(|d| d.code == Code::ConsentWithoutWithdrawal)
    .unwrap();
    assert!(
        withdrawal
            .help
            .unwrap()
            .starts_with("replace `right withdraw_consent not_applicable …` with"),
    );
    // LGPD and POPIA state both by default too (LGPD Art. 18 IX and §1;
    // POPIA s. 11(2)(b) and s. 74), and their text says so.
    for regimes in ["regimes lgpd", "regimes popia"] {
        let checked = bare(regimes, "consent", "");
        let found: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert!(
            !found.contains(&Code::NoComplaintRight),
            "{regimes}: {found:?}"
        );
        assert!(
            !found.contains(&Code::ConsentWithoutWithdrawal),
            "{regimes}: {found:?}"
        );
        let text = policyc::render::markdown(checked.policy.as_ref().unwrap());
        for right in [
            "can lodge a complaint with a data protection supervisory authority",
            "can withdraw consent given to processing that is based on consent",
        ] {
            assert!(text.contains(right), "{regimes}: {right}\n{text}");
        }
    }
}

#[test]
fn not_applicable_is_formatted_on_the_right_s_line() {
    let source = bare_source(
        "regimes gdpr",
        "consent",
        "right   portability    not_applicable   \"we keep no file\"",
    );
    let formatted = policyc::fmt::format(&source).unwrap();
    assert!(
        formatted.contains("\nright portability not_applicable \"we keep no file\"\n"),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn the_diff_says_a_right_the_law_grants_is_now_explained_not_new() {
    let policy = |rights: &str| bare("regimes gdpr", "consent", rights).policy.unwrap();
    let changes = |old: &str, new: &str| -> Vec<String> {
        policyc::diff::diff(&policy(old), &policy(new))
            .changes
            .iter()
            .map(|c| c.kind.id().to_owned())
            .collect()
    };
    let declared = "right access { via \"privacy@example.com\" }";
    assert_eq!(changes("", declared), ["RIGHT_EXPLAINED"]);
    assert_eq!(changes(declared, ""), ["RIGHT_STATED_BY_DEFAULT"]);
    let not_applicable = format!("right portability not_applicable \"{WHY_NOT}\"");
    assert_eq!(changes("", &not_applicable), ["RIGHT_NOT_APPLICABLE"]);
    assert_eq!(changes(&not_applicable, ""), ["RIGHT_APPLICABLE"]);
    let reworded = not_applicable.replace("never", "not");
    assert_eq!(changes(&not_applicable, &reworded), ["DESCRIPTION_CHANGED"]);
}

/// The clauses of the rights section, one a line: each right's, and the
/// one that says exercising them is free.
fn rights_section(markdown: &str) -> String {
    markdown
        .lines()
        .filter(|l| l.contains(". **Right ") || l.contains("free of charge"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A right stated by default says how to exercise it, as a declared one
/// does: through the controller's contact; where the header states none,
/// through the channels declared for the other rights; with neither,
/// nothing is invented and W0415 asks for the contact.
#[test]
fn a_right_stated_by_default_says_how_to_exercise_it() {
    let md = text("regimes gdpr");
    let section = rights_section(&md);
    insta::assert_snapshot!("rights_by_default_exercised", section);
    for right in [
        "Right to rectification",
        "Right to erasure",
        "Right to restriction of processing",
        "Right to data portability",
    ] {
        let clause = section.lines().find(|l| l.contains(right)).unwrap();
        assert!(
            clause
                .ends_with("The User can exercise this right by writing to <privacy@example.com>."),
            "{clause}"
        );
    }
    // The complaint is lodged with an authority, not through the contact.
    let complaint = section.lines().find(|l| l.contains("complaint")).unwrap();
    assert!(!complaint.contains("privacy@example.com"), "{complaint}");
    // No contact: the channel declared for access.
    let source = POLICY
        .replace("REGIMES", "regimes gdpr")
        .replace("WITHIN", "within 1 month")
        .replace("contact    \"privacy@example.com\"", "contact    unstated")
        .replace(
            "right access { via \"privacy@example.com\"",
            "right access { via \"https://example.com/requests\"",
        );
    let checked = policyc::check_source(&source);
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::ContactUnstated]);
    let md = policyc::render::markdown(checked.policy.as_ref().unwrap());
    let erasure = md
        .lines()
        .find(|l| l.contains("**Right to erasure.**"))
        .unwrap();
    assert!(
        erasure.contains("https://example.com/requests"),
        "{erasure}"
    );
    // Neither: nothing invented, and W0415 keeps the gap visible.
    let none = source.replace(
        "right access { via \"https://example.com/requests\" within 1 month }\n",
        "",
    );
    let checked = policyc::check_source(&none);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == Code::ContactUnstated)
    );
    let md = policyc::render::markdown(checked.policy.as_ref().unwrap());
    let erasure = md
        .lines()
        .find(|l| l.contains("**Right to erasure.**"))
        .unwrap();
    assert!(!erasure.contains("exercise"), "{erasure}");
}
