//! GDPR concepts and checks (issue 18): a notice is not a contract
//! (W0420), a contract basis covers only needed data (W0421), and a
//! warning a policy knowingly keeps is accepted in `policyc.toml`, for its
//! file alone and with a reason.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use policyc::codes::Code;

/// A header under `regimes`, with `accepted` as given (or none).
fn header(regimes: &str, accepted: Option<&str>) -> String {
    let accepted = accepted.map_or(String::new(), |a| format!("  accepted {a}\n"));
    format!(
        r#"policy example {{
  title "Privacy Policy"
  version 1.0.0
  effective 2026-12-01
  language en
  controller "Example Inc" {{ service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }}
  published "https://example.com/privacy"
  contact "privacy@example.com"
{accepted}  regimes {regimes}
}}
right complaint {{ via "the data protection authority" }}
right withdraw_consent {{ via "privacy@example.com" }}
"#
    )
}

/// Account data with one required and one optional part.
const ACCOUNT: &str = r#"
data account "Account details" { source user identity identified }
data account.email "E-mail address" { required by contract "the account cannot be opened" }
data account.phone "Telephone number" { optional }
retain account for 1 year from collection
"#;

fn codes_of(source: &str, code: Code) -> Vec<policyc::diagnostic::Diagnostic> {
    policyc::check_source(source)
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}

// ------------------------------------------------------------------ W0420

#[test]
fn acceptance_by_use_is_a_warning_under_gdpr_citing_consent_and_wp260() {
    let found = codes_of(&header("gdpr", Some("by_use")), Code::AcceptedByUse);
    assert_eq!(found.len(), 1);
    let shown = format!("{:?}", found[0]);
    assert!(shown.contains("GDPR Art. 4(11) and 7; WP260"), "{shown}");
    let found = codes_of(&header("uk_gdpr", Some("by_use")), Code::AcceptedByUse);
    assert!(format!("{:?}", found[0]).contains("UK GDPR Art. 4(11) and 7"));
}

#[test]
fn acceptance_by_use_is_not_judged_where_no_regime_asks() {
    for regimes in ["none", "ccpa"] {
        let source = header(regimes, Some("by_use"));
        assert!(
            codes_of(&source, Code::AcceptedByUse).is_empty(),
            "{regimes}"
        );
    }
    let explicit = header("gdpr", Some("by_explicit_agreement"));
    assert!(codes_of(&explicit, Code::AcceptedByUse).is_empty());
    assert!(codes_of(&header("gdpr", None), Code::AcceptedByUse).is_empty());
}

// ------------------------------------------------------------------ W0421

#[test]
fn a_contract_basis_over_optional_data_names_the_optional_data() {
    let source = format!(
        "{}{ACCOUNT}purpose service \"Providing the service\" {{ uses account basis contract }}\n",
        header("gdpr", None)
    );
    let found = codes_of(&source, Code::ContractBasisForOptionalData);
    assert_eq!(found.len(), 1, "{found:?}");
    let shown = format!("{:?}", found[0]);
    // The parent covers its optional part, which is named; the required one is not.
    assert!(shown.contains("`account.phone`"), "{shown}");
    assert!(!shown.contains("`account.email`"), "{shown}");
    assert!(shown.contains("EDPB Guidelines 2/2019"), "{shown}");
    // At the basis.
    let at = &source[found[0].span.start..found[0].span.end];
    assert_eq!(at, "basis contract");
}

#[test]
fn a_contract_basis_over_required_data_or_another_basis_is_not_reported() {
    let required = format!(
        "{}{ACCOUNT}purpose service \"Providing the service\" {{ uses account.email basis contract }}\n\
         purpose calls \"Calling the user\" {{ uses account.phone basis consent }}\n",
        header("gdpr", None)
    );
    assert!(codes_of(&required, Code::ContractBasisForOptionalData).is_empty());
    let no_regime = format!(
        "{}{ACCOUNT}purpose service \"Providing the service\" {{ uses account basis contract }}\n",
        header("none", None)
    );
    assert!(codes_of(&no_regime, Code::ContractBasisForOptionalData).is_empty());
}

// ------------------------------------------------------------ accepting

/// A project with the same GDPR policy in two files, and `config`.
fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    // It says there are no automated decisions, so W0420 is its one
    // warning.
    let source = format!(
        "{}commit no_automated_decisions\n",
        header("gdpr", Some("by_use"))
    );
    std::fs::write(dir.path().join("policies/a.policy"), &source).unwrap();
    std::fs::write(dir.path().join("policies/b.policy"), &source).unwrap();
    std::fs::write(dir.path().join("policyc.toml"), config).unwrap();
    dir
}

fn policyc(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = cargo_bin_cmd!("policyc")
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn an_accepted_warning_is_silent_in_its_file_alone() {
    let dir = project(
        "[lints]\naccept = [{ code = \"W0420\", at = \"policies/a.policy\", reason = \"kept as the seed says\" }]\n",
    );
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--color", "never", "policies/"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.contains("(1 warning)"), "{stdout}");
    assert!(stderr.contains("policies/b.policy"), "{stderr}");
    assert!(!stderr.contains("policies/a.policy"), "{stderr}");
    // From below the project, by an absolute path, the same file is accepted.
    let absolute = dir.path().join("policies/a.policy");
    let (status, stdout, stderr) = policyc(
        &dir.path().join("policies"),
        &["check", "--color", "never", absolute.to_str().unwrap()],
    );
    assert_eq!((status, stderr.as_str()), (0, ""), "{stdout}");
}

#[test]
fn an_accepted_warning_needs_a_reason_and_a_warning_code() {
    let dir = project(
        "[lints]\naccept = [{ code = \"W0420\", at = \"policies/a.policy\", reason = \" \" }]\n",
    );
    let (status, _, stderr) = policyc(dir.path(), &["check", "policies/"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("without a reason"), "{stderr}");
    let dir = project(
        "[lints]\naccept = [{ code = \"E0402\", at = \"policies/a.policy\", reason = \"no\" }]\n",
    );
    let (status, _, stderr) = policyc(dir.path(), &["check", "policies/"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("an error"), "{stderr}");
    let dir = project("[lints]\naccept = [{ code = \"W0420\", reason = \"no file\" }]\n");
    let (status, _, stderr) = policyc(dir.path(), &["check", "policies/"]);
    assert_eq!(status, 2, "{stderr}");
}

#[test]
fn the_example_accepts_the_seeds_own_defects_and_only_them() {
    // The root configuration accepts them; without it they are reported.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join("policies/pro-it-group.policy")).unwrap();
    assert_eq!(codes_of(&source, Code::AcceptedByUse).len(), 1);
    let optional = codes_of(&source, Code::ContractBasisForOptionalData);
    let purposes: Vec<&str> = optional
        .iter()
        .map(|d| &source[d.span.start..d.span.end])
        .collect();
    assert_eq!(purposes, ["basis contract"; 3]);
    assert_eq!(codes_of(&source, Code::ProfilingDepersonalized).len(), 1);
    // Seed 3.2.5: targeting promotional materials, direct marketing that
    // profiles the User, on legitimate interests.
    let targeting = codes_of(&source, Code::ProfiledMarketingOnInterests);
    assert_eq!(targeting.len(), 1, "{targeting:?}");
    assert!(
        source[targeting[0].span.start..targeting[0].span.end].starts_with(
            "basis legitimate_interest \"showing the User relevant promotional materials\""
        ),
        "{targeting:?}"
    );
    let contractual = codes_of(&source, Code::ContractualClauseInNotice);
    let clauses: Vec<&str> = contractual
        .iter()
        .map(|d| {
            source[d.span.start..d.span.end]
                .lines()
                .next()
                .unwrap_or("")
        })
        .collect();
    assert_eq!(clauses, ["clause liability in obligations"]);
    let config = std::fs::read_to_string(root.join("policyc.toml")).unwrap();
    // Seed 4.5.3 to 4.5.5: the purposes the three disclosures imply.
    let implied: Vec<&str> = codes_of(&source, Code::GroundPurposeUndeclared)
        .iter()
        .map(|d| {
            source[d.span.start..d.span.end]
                .split(" to ")
                .nth(1)
                .unwrap()
        })
        .collect();
    assert_eq!(
        implied,
        [
            "authorities on legal_obligation",
            "claimants on rights_protection",
            "acquirer on business_transfer"
        ]
    );
    for code in [
        "W0420", "W0421", "W0422", "W0455", "W0424", "W0360", "W0433",
    ] {
        assert!(
            config.contains(&format!(
                "code = \"{code}\", at = \"policies/pro-it-group.policy\""
            )),
            "{code}"
        );
    }
}

/// The headlines of the README's console block that starts with `command`.
fn readme_block(command: &str) -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find(&format!("$ {command}\n")).expect(command);
    readme[start..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("```"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_readme_shows_what_policyc_tells_the_seeds_author() {
    // The example alone, away from the repository's `policyc.toml`.
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.path().join("policies")).unwrap();
    for file in ["pro-it-group.policy", "pro-it-group.de.ftl"] {
        std::fs::copy(
            root.join("policies").join(file),
            dir.path().join("policies").join(file),
        )
        .unwrap();
    }
    let (status, _, stderr) = policyc(
        dir.path(),
        &["check", "--color", "never", "policies/pro-it-group.policy"],
    );
    assert_eq!(status, 0, "{stderr}");
    let headlines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning[") || l.starts_with("error["))
        .collect();
    assert_eq!(
        headlines,
        readme_block("policyc check policies/pro-it-group.policy")
    );
    // And the seed as written, in the README's block, line for line.
    let (_, _, stderr) = policyc(
        root,
        &[
            "check",
            "--color",
            "never",
            "policies/examples/seed-as-written.policy",
        ],
    );
    let headlines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning[") || l.starts_with("error"))
        .collect();
    assert_eq!(
        headlines,
        readme_block("policyc check policies/examples/seed-as-written.policy")
    );
}

// ------------------------------------------------ profiling, direct marketing

/// A GDPR policy with `profile` of `identity` and the purposes given.
fn marketing(identity: &str, purposes: &str, rights: &str) -> String {
    format!(
        "{}data account \"Account details\" {{ source user identity identified required by contract \"the account cannot be opened\" }}\n\
         data profile \"Interests\" {{ source derived identity {identity} }}\n\
         retain account for 1 year from collection\n\
         retain profile for 1 year from collection\n{purposes}{rights}",
        header("gdpr", None)
    )
}

const TARGETING: &str = "purpose targeting \"Targeting promotional materials\" {\n  uses profile\n  basis legitimate_interest \"showing relevant offers\"\n  profiling\n}\n";
const NEWSLETTER: &str = "purpose newsletter \"Sending the newsletter\" {\n  uses account\n  basis legitimate_interest \"telling customers about products\"\n  direct_marketing\n}\n";
const OBJECTION: &str = "right objection { via \"privacy@example.com\" }\n";
const NO_OBJECTION: &str = "right objection not_applicable \"customers cannot object\"\n";

#[test]
fn profiling_with_depersonalized_data_is_a_warning_at_the_use() {
    let source = marketing("depersonalized", TARGETING, "");
    let found = codes_of(&source, Code::ProfilingDepersonalized);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(&source[found[0].span.start..found[0].span.end], "profile");
    let shown = format!("{:?}", found[0]);
    assert!(
        shown.contains("GDPR Art. 4(4) and 4(5); Recital 26"),
        "{shown}"
    );
    assert!(shown.contains("identity pseudonymized"), "{shown}");
    let fixed = marketing("pseudonymized", TARGETING, "");
    assert!(codes_of(&fixed, Code::ProfilingDepersonalized).is_empty());
    let unmarked = marketing(
        "depersonalized",
        &TARGETING.replace("  profiling\n", ""),
        "",
    );
    assert!(codes_of(&unmarked, Code::ProfilingDepersonalized).is_empty());
}

#[test]
fn direct_marketing_asks_for_the_right_to_object() {
    // On legitimate interests the text states the right by default: the
    // warning is for a policy that says it does not apply.
    let stated = marketing("pseudonymized", NEWSLETTER, "");
    assert!(codes_of(&stated, Code::DirectMarketingWithoutObjection).is_empty());
    let source = marketing("pseudonymized", NEWSLETTER, NO_OBJECTION);
    let found = codes_of(&source, Code::DirectMarketingWithoutObjection);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        &source[found[0].span.start..found[0].span.end],
        "direct_marketing"
    );
    assert!(format!("{:?}", found[0]).contains("GDPR Art. 21(2)"));
    let fixed = marketing("pseudonymized", NEWSLETTER, OBJECTION);
    assert!(codes_of(&fixed, Code::DirectMarketingWithoutObjection).is_empty());
    let elsewhere = source.replace("regimes gdpr", "regimes none");
    assert!(codes_of(&elsewhere, Code::DirectMarketingWithoutObjection).is_empty());
}

/// The reviewer's case of issue 18: direct marketing on consent. The
/// objection to it is absolute (Art. 21(2)): declared, it draws no W0413
/// (the right applies to the purpose), and undeclared, the text still
/// states it by default, apart (Art. 21(4)), so W0423 asks nothing.
#[test]
fn direct_marketing_on_consent_keeps_the_right_to_object_without_contradiction() {
    let consented = NEWSLETTER.replace(
        "basis legitimate_interest \"telling customers about products\"",
        "basis consent",
    );
    assert!(consented.contains("basis consent"));
    let declared = marketing("pseudonymized", &consented, OBJECTION);
    let checked = policyc::check_source(&declared);
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(
        !codes.contains(&"W0413") && !codes.contains(&"W0423"),
        "{codes:?}"
    );
    let undeclared = marketing("pseudonymized", &consented, "");
    assert!(codes_of(&undeclared, Code::DirectMarketingWithoutObjection).is_empty());
    let text = markdown_of(&undeclared);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("**Objection to direct marketing.** The User can object at any time to the use of the User's information for direct marketing, including profiling related to it: Sending the newsletter. Example Inc then no longer uses it for that purpose."),
        "{text}"
    );
    // No right of Art. 21(1) is stated where no purpose rests on the
    // bases it applies to.
    assert!(!flat.contains("**Right to object.**"), "{text}");
    // Said not to apply: W0423, whose fix (declaring the right) leaves no
    // W0413 behind.
    let refused = marketing("pseudonymized", &consented, NO_OBJECTION);
    assert_eq!(
        codes_of(&refused, Code::DirectMarketingWithoutObjection).len(),
        1
    );
    assert!(!markdown_of(&refused).contains("direct marketing"));
    // Without direct marketing, the right on consent alone is still W0413,
    // whose help now names the attribute.
    let plain = marketing(
        "pseudonymized",
        &consented.replace("  direct_marketing\n", ""),
        OBJECTION,
    );
    let found = codes_of(&plain, Code::RightWithoutBasis);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(format!("{:?}", found[0]).contains("`direct_marketing`"));
    // Where no regime asks for the objection to direct marketing, the
    // declared right on consent alone is not judged by W0413 either.
    let elsewhere = plain.replace("regimes gdpr", "regimes none");
    assert!(codes_of(&elsewhere, Code::RightWithoutBasis).is_empty());
}

fn markdown_of(source: &str) -> String {
    let checked = policyc::check_source(source);
    let policy = checked
        .policy
        .unwrap_or_else(|| panic!("{:#?}", checked.diagnostics));
    policyc::render::markdown(&policy)
}

#[test]
fn the_text_states_profiling_and_the_objection_to_direct_marketing_apart() {
    let purposes = format!("{TARGETING}{NEWSLETTER}");
    let text = markdown_of(&marketing("pseudonymized", &purposes, OBJECTION));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("This purpose involves profiling: Example Inc uses the information listed to evaluate personal aspects relating to the User. The User can object to this profiling on grounds relating to the User's particular situation."),
        "{text}"
    );
    // Its own clause, with its own lead, before the other rights.
    let objection = flat
        .find("Objection to direct marketing.")
        .expect("the clause");
    assert!(
        flat[objection..].contains("The User can object at any time to the use of the User's information for direct marketing, including profiling related to it: Sending the newsletter. Example Inc then no longer uses it for that purpose. The User can exercise this right by writing to"),
        "{text}"
    );
    assert!(
        objection < flat.find("**Right to object.**").unwrap(),
        "{text}"
    );
}

#[test]
fn nothing_is_said_of_profiling_or_marketing_that_is_not_declared() {
    // NEVER INVENT: no flag, no statement; no right to object, no objection.
    let plain = TARGETING.replace("  profiling\n", "");
    let text = markdown_of(&marketing("pseudonymized", &plain, OBJECTION));
    assert!(!text.contains("profiling"), "{text}");
    let text = markdown_of(&marketing("pseudonymized", NEWSLETTER, NO_OBJECTION));
    assert!(!text.contains("direct marketing"), "{text}");
    // Under GDPR the right to object is stated by default on legitimate
    // interests, and with it the objection to direct marketing.
    let text = markdown_of(&marketing("pseudonymized", NEWSLETTER, ""));
    assert!(text.contains("Objection to direct marketing."), "{text}");
    let text = markdown_of(&marketing("pseudonymized", TARGETING, ""));
    assert!(!text.contains("may object"), "{text}");
}

/// A clause marked `contractual` is not printed: the text says, in its
/// section, where the contractual terms are (the header's `part_of`, or
/// the terms of the service), traced to the clause; W0424 no longer fires.
#[test]
fn a_contractual_clause_is_referred_to_the_terms_not_printed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/diagnostics/w0424_contractual_clause_in_notice.policy");
    let source = std::fs::read_to_string(fixture).unwrap();
    assert_eq!(codes_of(&source, Code::ContractualClauseInNotice).len(), 1);
    let marked = source.replace("in general \"", "in general contractual \"");
    let checked = policyc::check_source(&marked);
    assert_eq!(checked.diagnostics, [], "{marked}");
    let md = policyc::render::markdown(checked.policy.as_ref().unwrap());
    assert!(!md.contains("is not responsible"), "{md}");
    assert!(
        md.contains("**Terms.** Contractual terms on these matters are not part of this Policy; they are set out in the terms of Example."),
        "{md}"
    );
    let with_terms = marked.replace(
        "  regimes    gdpr",
        "  regimes    gdpr\n  part_of    \"the Terms of Use, https://example.com/terms\"",
    );
    let checked = policyc::check_source(&with_terms);
    let md = policyc::render::markdown(checked.policy.as_ref().unwrap());
    assert!(
        md.contains("they are set out in the Terms of Use, https://example.com/terms."),
        "{md}"
    );
}

/// `pseudonymised`, the GDPR's spelling, is the same identity as
/// `pseudonymized`; gaining `profiling` is expanding, and so is losing
/// `direct_marketing` (and with it the absolute objection of Art. 21(2)).
#[test]
fn the_british_spelling_and_the_purpose_attributes_in_the_diff() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/diff/purpose_profiling/old.policy");
    let source = std::fs::read_to_string(fixture).unwrap();
    let british = source.replace(
        "  identity identified\n}\ndata account.email",
        "  identity pseudonymised\n}\ndata account.email",
    );
    assert_ne!(british, source);
    let checked = policyc::check_source(&british);
    let policy = checked.policy.unwrap();
    assert_eq!(
        policy.data[0].identity,
        policyc::model::Identity::Pseudonymized
    );
    for (kind, says) in [
        ("profiling", "now involves profiling"),
        ("direct_marketing", "is no longer direct marketing"),
    ] {
        let dir = root.join(format!("tests/fixtures/diff/purpose_{kind}"));
        let output = cargo_bin_cmd!("policyc")
            .arg("diff")
            .arg(dir.join("old.policy"))
            .arg(dir.join("new.policy"))
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.contains(says), "{stdout}");
        assert!(stdout.contains("1 expanding"), "{stdout}");
    }
}

// ------------------------------------------------------------------ W0455

/// Targeting that profiles the user for direct marketing.
fn profiled_marketing() -> String {
    TARGETING.replace("  profiling\n", "  profiling\n  direct_marketing\n")
}

/// Issue 18 item 3: personalised advertising by profiling rests on
/// consent (EDPB Guidelines 8/2020, CJEU C-252/21); either flag alone,
/// another basis or no regime that asks is not judged.
#[test]
fn profiling_for_direct_marketing_on_legitimate_interests_is_a_warning_at_the_basis() {
    let source = marketing("pseudonymized", &profiled_marketing(), "");
    let found = codes_of(&source, Code::ProfiledMarketingOnInterests);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        &source[found[0].span.start..found[0].span.end],
        "basis legitimate_interest \"showing relevant offers\""
    );
    let shown = format!("{:?}", found[0]);
    for cited in [
        "GDPR Art. 6(1)(a) and 6(1)(f)",
        "EDPB Guidelines 8/2020",
        "CJEU C-252/21, Meta v Bundeskartellamt",
        "`basis consent`",
        "the purpose is declared profiling here",
        "and direct marketing here",
    ] {
        assert!(shown.contains(cited), "{cited}: {shown}");
    }
    // `profile` is derived: no access to the device is claimed.
    assert!(!shown.contains("ePrivacy"), "{shown}");
    // The fix: consent.
    let consented = profiled_marketing().replace(
        "basis legitimate_interest \"showing relevant offers\"",
        "basis consent",
    );
    let fixed = marketing("pseudonymized", &consented, "");
    assert!(codes_of(&fixed, Code::ProfiledMarketingOnInterests).is_empty());
    // Profiling alone, or direct marketing alone, may rest on legitimate
    // interests.
    for alone in [TARGETING, NEWSLETTER] {
        let source = marketing("pseudonymized", alone, "");
        assert!(
            codes_of(&source, Code::ProfiledMarketingOnInterests).is_empty(),
            "{alone}"
        );
    }
    // Not judged where no regime asks; under the UK GDPR, its own article
    // without the EU's guidelines and case law.
    let elsewhere = source.replace("regimes gdpr", "regimes none");
    assert!(codes_of(&elsewhere, Code::ProfiledMarketingOnInterests).is_empty());
    let uk = source.replace("regimes gdpr", "regimes uk_gdpr");
    let found = codes_of(&uk, Code::ProfiledMarketingOnInterests);
    assert_eq!(found.len(), 1, "{found:?}");
    let shown = format!("{:?}", found[0]);
    assert!(
        shown.contains("UK GDPR Art. 6(1)(a) and 6(1)(f)"),
        "{shown}"
    );
    assert!(!shown.contains("EDPB"), "{shown}");
}

/// Where the profiled data comes from the device, the warning adds that
/// reading it needs consent too (ePrivacy Art. 5(3)), whether the data's
/// source is the device or a tracker that needs consent collects it.
#[test]
fn profiling_for_direct_marketing_with_device_data_cites_eprivacy() {
    let from_device = marketing("pseudonymized", &profiled_marketing(), "").replace(
        "source derived identity pseudonymized",
        "source device identity pseudonymized",
    );
    let found = codes_of(&from_device, Code::ProfiledMarketingOnInterests);
    assert_eq!(found.len(), 1, "{found:?}");
    let shown = format!("{:?}", found[0]);
    assert!(
        shown.contains("`profile` comes from the user's device: storing or reading information on the device needs consent too (GDPR Art. 6(1)(a) with ePrivacy Directive Art. 5(3))"),
        "{shown}"
    );
    let tracked = format!(
        "{}purpose ads \"Advertising measurement\" {{ uses profile basis consent }}\n\
         tracker pixel \"Ad pixel\" {{ kind pixel party first lifetime 13 months category marketing collects profile serves ads }}\n",
        marketing("pseudonymized", &profiled_marketing(), "")
    );
    let found = codes_of(&tracked, Code::ProfiledMarketingOnInterests);
    assert_eq!(found.len(), 1, "{found:?}");
    let shown = format!("{:?}", found[0]);
    assert!(
        shown.contains("`profile` is read from the user's device by the tracker `pixel`"),
        "{shown}"
    );
    // The access itself is W0391's, reported alongside.
    assert_eq!(
        codes_of(&tracked, Code::TerminalAccessWithoutConsent).len(),
        1
    );
}
