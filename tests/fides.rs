//! Fides: the `fides "KEY"` mapping of a data category (checked against
//! fideslang's default taxonomy, left out of the text, compared by the
//! diff, kept by fmt).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use policyc::codes::Code;
use policyc::diff::{self, ChangeKind, Class};
use policyc::model::Policy;

const HEADER: &str = r#"policy example {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" address "1 Example Street, Dublin 2, Ireland" country "Ireland" dpo "dpo@example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    gdpr
}
right complaint { via "the data protection authority" }
purpose service "Providing the service" {
  uses  account
  basis contract
}
retain account for 1 year from collection
"#;

/// The header, then an `account` category with `email` below it, mapped as
/// `fides` says.
fn policy_with(account: &str, email: &str) -> String {
    format!(
        "{HEADER}data account \"Account\" {{\n  source user\n{account}}}\n\
         data account.email \"E-mail address\" {{\n  required by contract \"the account cannot be opened\"\n{email}}}\n"
    )
}

fn checked(source: &str) -> Policy {
    let checked = policyc::check_source(source);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.expect("a model")
}

fn category<'a>(policy: &'a Policy, id: &str) -> &'a policyc::model::DataCategory {
    policy
        .data
        .iter()
        .find(|d| d.id == id)
        .expect("the category")
}

#[test]
fn a_mapping_is_the_categorys_own_and_not_inherited() {
    let policy = checked(&policy_with("  fides \"user.account\"\n", ""));
    assert_eq!(
        category(&policy, "account").fides.as_deref(),
        Some("user.account")
    );
    assert_eq!(category(&policy, "account.email").fides, None);
}

#[test]
fn a_key_outside_the_taxonomy_is_e0880_with_the_closest_key() {
    let checked = policyc::check_source(&policy_with("", "  fides \"user.contact.mail\"\n"));
    let e0880: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::FidesKeyUnknown)
        .collect();
    assert_eq!(e0880.len(), 1, "{:#?}", checked.diagnostics);
    assert_eq!(
        e0880[0].help.as_deref(),
        Some("did you mean `user.contact.email`?")
    );
    assert!(checked.policy.is_none());
}

#[test]
fn a_purpose_maps_to_a_data_use_and_nothing_else() {
    let source = policy_with("", "").replace(
        "  basis contract\n",
        "  basis contract\n  fides \"essential.service\"\n",
    );
    let policy = checked(&source);
    assert_eq!(
        policy.purposes[0].fides.as_deref(),
        Some("essential.service")
    );
    let wrong = source.replace("essential.service", "user.account");
    let checked = policyc::check_source(&wrong);
    let e0880 = checked
        .diagnostics
        .iter()
        .find(|d| d.code == Code::FidesKeyUnknown)
        .expect("E0880");
    assert_eq!(
        e0880.message,
        "`user.account` is not a data use of fideslang's default taxonomy"
    );
}

#[test]
fn an_unstated_basis_is_left_out_of_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unstated.policy");
    std::fs::write(
        &path,
        policy_with("", "").replace("basis contract", "basis unstated"),
    )
    .unwrap();
    let m = manifest(&export(&[path.to_str().unwrap()]));
    assert_eq!(
        m.system[0].privacy_declarations[0].legal_basis_for_processing,
        None
    );
}

#[test]
fn explain_names_a_key_of_the_taxonomy() {
    let output = policyc()
        .args(["explain", "user.contact.email"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "user.contact.email (Fides data category, fideslang 3.1.4): User Contact Email\n"
    );
    let output = policyc()
        .args(["explain", "essential.service"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("(Fides data use, fideslang 3.1.4)"));
}

#[test]
fn a_mapping_given_twice_is_a_duplicate_property() {
    let twice = "  fides \"user.account\"\n  fides \"user.account\"\n";
    let checked = policyc::check_source(&policy_with(twice, ""));
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == Code::DuplicateProperty)
    );
}

#[test]
fn the_mapping_changes_neither_the_text_nor_the_rule_table() {
    let plain = checked(&policy_with("", ""));
    let mapped = checked(&policy_with(
        "  fides \"user.account\"\n",
        "  fides \"user.contact.email\"\n",
    ));
    assert_eq!(
        policyc::render::markdown(&plain),
        policyc::render::markdown(&mapped)
    );
    assert_eq!(
        policyc::render::html(&plain),
        policyc::render::html(&mapped)
    );
    let table = |p: &Policy| serde_json::to_string(&policyc::rules::table(p)).unwrap();
    assert_eq!(table(&plain), table(&mapped));
}

#[test]
fn the_diff_reports_a_changed_mapping_as_editorial() {
    let old = checked(&policy_with("", "  fides \"user.contact\"\n"));
    let new = checked(&policy_with("", "  fides \"user.contact.email\"\n"));
    let changes = diff::diff(&old, &new);
    let kinds: Vec<_> = changes.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::DataFidesChanged]);
    assert_eq!(changes.class(), Some(Class::Editorial));
    let change = &changes.changes[0];
    assert_eq!(change.subject, "account.email");
    assert_eq!(change.aspect.as_deref(), Some("fides"));
}

#[test]
fn the_diff_reports_a_purposes_changed_data_use_as_editorial() {
    let with = |key: &str| {
        policy_with("", "").replace("  basis contract\n", &format!("  basis contract\n{key}"))
    };
    let old = checked(&with(""));
    let new = checked(&with("  fides \"essential.service\"\n"));
    let changes = diff::diff(&old, &new);
    let kinds: Vec<_> = changes.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::PurposeFidesChanged]);
    assert_eq!(changes.class(), Some(Class::Editorial));
}

#[test]
fn fmt_puts_the_mapping_last_in_its_block() {
    let source = "data account \"Account\" {\n  fides \"user.account\"\n  source user\n}\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert_eq!(
        formatted,
        "data account \"Account\" {\n  source user\n  fides  \"user.account\"\n}\n"
    );
}

// ------------------------------------------------------------------ export

const EXAMPLE: &str = "policies/pro-it-group.policy";

fn policyc() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// `policyc export fides PATHS`: its stdout, after asserting it succeeded.
fn export(paths: &[&str]) -> String {
    let output = policyc()
        .args(["export", "fides"])
        .args(paths)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn manifest(yaml: &str) -> policyc::fides::manifest::Manifest {
    policyc::fides::yaml::from_str(yaml).unwrap()
}

#[test]
fn the_example_exports_custom_categories_uses_and_a_declaration_per_purpose() {
    let yaml = export(&[EXAMPLE]);
    assert_eq!(yaml, export(&[EXAMPLE]), "the export is deterministic");
    let m = manifest(&yaml);
    let keys: Vec<_> = m
        .data_category
        .iter()
        .map(|c| c.fides_key.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "account",
            "account.email",
            "account.name",
            "account.phone",
            "account.content",
            "device",
            "activity_log",
            "profile",
            "statistics"
        ]
    );
    let email = &m.data_category[1];
    assert_eq!(email.parent_key.as_deref(), Some("account"));
    assert_eq!(email.name.as_deref(), Some("E-mail address"));
    assert_eq!(m.data_use.len(), 7);
    let [system] = m.system.as_slice() else {
        panic!("one system")
    };
    assert_eq!(system.fides_key, "pro_it_privacy");
    assert_eq!(system.legal_name.as_deref(), Some("Pro IT Group Inc"));
    assert_eq!(system.name.as_deref(), Some("ProIT Workspace"));
    assert_eq!(
        system.description.as_deref(),
        Some("information processed while the User uses the Service, and only to that information")
    );
    assert_eq!(system.privacy_declarations.len(), 7);
    let quality = &system.privacy_declarations[3];
    assert_eq!(quality.data_use, "quality");
    assert_eq!(
        quality.data_categories,
        ["device", "activity_log", "profile"]
    );
    assert_eq!(
        quality.legal_basis_for_processing.as_deref(),
        Some("Legitimate interests")
    );
    assert_eq!(
        quality.retention_period.as_deref(),
        Some(
            "Technical information sent automatically by the User's browser (device): for 1 year \
             from collection; Log files of the User's actions within the Service (activity_log): \
             for 1 year from collection; Depersonalized information (profile): for 3 years from \
             collection"
        )
    );
    assert!(quality.data_shared_with_third_parties);
    assert_eq!(
        quality.egress.as_ref().unwrap().last().map(String::as_str),
        Some("researchers")
    );
    let researchers = system
        .egress
        .iter()
        .find(|f| f.fides_key == "researchers")
        .unwrap();
    assert_eq!(researchers.kind, "system");
    assert_eq!(
        researchers.data_categories.as_deref(),
        Some(&["statistics".to_owned(), "profile".to_owned()][..])
    );
}

/// A policy with mapped categories and purposes, special-category data on
/// explicit consent, and a recipient abroad.
const MAPPED: &str = "tests/fixtures/fides/mapped.policy";

const PARTIES: &str = "tests/fixtures/fides/parties.policy";

#[test]
fn the_export_says_where_data_comes_from_who_decides_and_what_is_stored_on_the_device() {
    let system = manifest(&export(&[PARTIES])).system.remove(0);
    let flows: Vec<(&str, &str, Vec<&str>)> = system
        .ingress
        .iter()
        .map(|f| {
            let keys = f.data_categories.iter().flatten().map(String::as_str);
            (f.fides_key.as_str(), f.kind.as_str(), keys.collect())
        })
        .collect();
    // What the user provides and what the device sends come from the
    // user; a named source by its name; derived data from nowhere outside.
    assert_eq!(
        flows,
        [
            ("credit_reference_agencies", "system", vec!["history"]),
            ("publicly_available_sources", "system", vec!["register"]),
            ("user", "user", vec!["device", "income"]),
        ]
    );
    let lending = &system.privacy_declarations[0];
    assert_eq!(
        lending.ingress.as_deref(),
        Some(
            &[
                "credit_reference_agencies",
                "publicly_available_sources",
                "user"
            ]
            .map(String::from)[..]
        )
    );
    assert_eq!(
        system.privacy_declarations[1].ingress.as_deref(),
        Some(&["user".to_owned()][..])
    );
    assert_eq!(system.responsibility, ["Controller"]);
    assert_eq!(system.dpo.as_deref(), Some("dpo@example.com"));
    assert_eq!(
        system.joint_controller_info.as_deref(),
        Some("Example Broker GmbH; Event partner"),
        "the header's joint controller, then the recipient that is one"
    );
    assert!(system.uses_profiling);
    assert_eq!(
        system.legal_basis_for_profiling,
        ["Contract", "Authorised by law"]
    );
    assert!(system.uses_cookies && system.uses_non_cookie_access);
}

#[test]
fn a_policy_without_them_exports_no_sources_dpo_or_profiling() {
    let system = manifest(&export(&[MAPPED])).system.remove(0);
    assert_eq!(
        system.ingress.len(),
        1,
        "only the user: {:?}",
        system.ingress
    );
    assert_eq!(system.dpo, None);
    assert_eq!(system.joint_controller_info, None);
    assert!(!system.uses_profiling && system.legal_basis_for_profiling.is_empty());
    assert!(!system.uses_cookies && !system.uses_non_cookie_access);
}

#[test]
fn a_source_name_becomes_a_key_and_never_the_users() {
    use policyc::fides::export::source_key;
    assert_eq!(
        source_key("Credit reference agencies"),
        "credit_reference_agencies"
    );
    assert_eq!(
        source_key("  Payment  providers (EU) "),
        "payment_providers_eu"
    );
    assert_eq!(source_key("!!!"), "");
    // fideslang keeps the key `user` for the user's own flow.
    let source = policy_with("", "").replace("source user", "source third_party \"User\"");
    let exported = policyc::fides::export::manifest(&checked(&source)).unwrap();
    let keys: Vec<(&str, &str)> = exported.system[0]
        .ingress
        .iter()
        .map(|f| (f.fides_key.as_str(), f.kind.as_str()))
        .collect();
    assert_eq!(keys, [("third_parties.user", "system")]);
}

#[test]
fn mapped_keys_are_used_and_not_declared_and_parts_go_below_them() {
    let m = manifest(&export(&[MAPPED]));
    let keys: Vec<_> = m
        .data_category
        .iter()
        .map(|c| c.fides_key.as_str())
        .collect();
    assert_eq!(keys, ["user.account.nickname", "health"]);
    assert_eq!(
        m.data_category[0].parent_key.as_deref(),
        Some("user.account")
    );
    let uses: Vec<_> = m.data_use.iter().map(|u| u.fides_key.as_str()).collect();
    assert_eq!(uses, ["care"]);
    let system = &m.system[0];
    let service = &system.privacy_declarations[0];
    assert_eq!(service.data_use, "essential.service");
    // `account` covers its parts; Fides's `user.account` does not cover
    // `user.contact.email`, so the declaration names it too.
    assert_eq!(
        service.data_categories,
        ["user.account", "user.contact.email"]
    );
    let care = &system.privacy_declarations[1];
    assert!(care.processes_special_category_data);
    assert_eq!(
        care.special_category_legal_basis.as_deref(),
        Some("Explicit consent")
    );
    assert_eq!(care.legal_basis_for_processing.as_deref(), Some("Consent"));
    assert_eq!(
        system.legal_address.as_deref(),
        Some("1 Example Street, Dublin")
    );
    assert_eq!(
        system.privacy_policy.as_deref(),
        Some("https://mapped.example/privacy")
    );
    assert!(system.does_international_transfers);
    assert_eq!(
        system.legal_basis_for_transfers,
        ["standard contractual clauses"]
    );
}

#[test]
fn a_custom_key_that_is_a_default_key_is_e0881() {
    let dir = tempfile::tempdir().unwrap();
    let source =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(MAPPED))
            .unwrap()
            .replace("data account.nickname", "data account.username")
            .replace("account.nickname", "account.username");
    let path = dir.path().join("taken.policy");
    std::fs::write(&path, source).unwrap();
    let output = policyc()
        .args(["export", "fides", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "error[E0881]: policy `mapped`: the data category `account.username` would be \
             exported as `user.account.username`, a key of fideslang's default taxonomy"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("fides \"user.account.username\""),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_purpose_named_as_a_data_use_and_two_parts_under_one_key_are_e0881() {
    use policyc::fides::export::{ExportError, manifest};
    let policy = checked(&policy_with("", "").replace("purpose service", "purpose marketing"));
    let Err(ExportError::KeyTaken {
        what, key, default, ..
    }) = manifest(&policy)
    else {
        panic!("E0881")
    };
    assert_eq!(
        (what, key.as_str(), default),
        ("purpose", "marketing", true)
    );
    let twins = format!(
        "{}data other \"Other\" {{\n  source user\n  fides \"user.account\"\n}}\n\
         data other.email \"Other e-mail\" {{ required by contract \"the account cannot be opened\" }}\n\
         retain other for 1 year from collection\n",
        policy_with("  fides \"user.account\"\n", "")
    )
    .replace("uses  account", "uses  account, other");
    let Err(ExportError::KeyTaken {
        id, key, default, ..
    }) = manifest(&checked(&twins))
    else {
        panic!("E0881")
    };
    assert_eq!(
        (id.as_str(), key.as_str(), default),
        ("other.email", "user.account.email", false)
    );
}

#[test]
fn out_writes_one_policys_manifest_and_refuses_several() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fides.yml");
    let output = policyc()
        .args(["export", "fides", EXAMPLE, "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), export(&[EXAMPLE]));
    let several = policyc()
        .args(["export", "fides", EXAMPLE, MAPPED, "--out"])
        .arg(dir.path().join("two.yml"))
        .output()
        .unwrap();
    assert_eq!(several.status.code(), Some(2));
    assert!(!dir.path().join("two.yml").exists());
    let both = export(&[EXAMPLE, MAPPED]);
    assert_eq!(both.matches("\n---\n").count(), 1);
}

#[test]
fn a_policy_with_errors_exports_nothing() {
    let output = policyc()
        .args([
            "export",
            "fides",
            "tests/fixtures/diagnostics/e0880_unknown_fides_key.policy",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
}

/// A declaration is one purpose's: a category kept for a period of its
/// own when used for that purpose gives that period, and every other
/// purpose the category's own (`tests/fixtures/fides/mapped.policy`:
/// health data kept 10 years for care, 2 years otherwise).
#[test]
fn a_declaration_gives_the_retention_of_its_purpose() {
    let manifest = manifest(&export(&[MAPPED]));
    let system = &manifest.system[0];
    let retention = |data_use: &str| {
        system
            .privacy_declarations
            .iter()
            .find(|d| d.data_use == data_use)
            .and_then(|d| d.retention_period.clone())
    };
    assert_eq!(
        retention("care").as_deref(),
        Some("Health information (health): for 10 years from collection")
    );
    assert_eq!(
        retention("essential.service").as_deref(),
        Some("Account details (user.account): for 2 years from collection")
    );
    // without the purpose's own, the category's
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(MAPPED);
    let source = std::fs::read_to_string(path).unwrap().replace(
        "retain health when_used_for care for 10 years from collection\n",
        "",
    );
    let exported = policyc::fides::export::manifest(&checked(&source)).unwrap();
    let care = exported.system[0]
        .privacy_declarations
        .iter()
        .find(|d| d.data_use == "care")
        .unwrap();
    assert_eq!(
        care.retention_period.as_deref(),
        Some("Health information (health): for 2 years from collection")
    );
}

/// Every policy file under `policies/`, and whether it is an
/// expected-failure example (its `// policyc: expect-errors` line).
fn every_policy() -> Vec<(String, bool)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "policy") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("policies"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let failing = text
                .lines()
                .any(|l| l.trim() == "// policyc: expect-errors");
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, failing)
        })
        .collect()
}

/// The policies under `policies/` that check: the examples a team would
/// take to Fides.
fn exportable_policies() -> Vec<String> {
    every_policy()
        .into_iter()
        .filter(|(_, failing)| !failing)
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn every_policy_in_policies_exports_to_fides() {
    let policies = every_policy();
    // The seed, the US shop and the EU app, and the seed as written.
    assert!(policies.len() >= 4, "{policies:?}");
    for (path, failing) in policies {
        if failing {
            // A policy that does not check exports nothing.
            let output = policyc().args(["export", "fides", &path]).output().unwrap();
            assert!(!output.status.success(), "{path}");
            assert!(output.stdout.is_empty(), "{path}");
            continue;
        }
        let source =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
                .unwrap();
        let policy = checked(&source);
        let manifest = manifest(&export(&[&path]));
        let [system] = manifest.system.as_slice() else {
            panic!("{path}: one system")
        };
        assert_eq!(system.fides_key, policy.id, "{path}");
        // A declaration per purpose, each with a data use of the default
        // taxonomy (the purpose's `fides`) or one the manifest declares.
        assert_eq!(
            system.privacy_declarations.len(),
            policy.purposes.len(),
            "{path}"
        );
        let declared_uses: Vec<&str> = manifest
            .data_use
            .iter()
            .map(|u| u.fides_key.as_str())
            .collect();
        let declared_categories: Vec<&str> = manifest
            .data_category
            .iter()
            .map(|c| c.fides_key.as_str())
            .collect();
        let known_category = |key: &str| {
            policyc::fides::taxonomy::DATA_CATEGORIES.contains(&key)
                || declared_categories.contains(&key)
        };
        for (declaration, purpose) in system.privacy_declarations.iter().zip(&policy.purposes) {
            let use_ = declaration.data_use.as_str();
            match &purpose.fides {
                Some(key) => {
                    assert_eq!(use_, key, "{path}: {}", purpose.id);
                    assert!(
                        policyc::fides::taxonomy::DATA_USES.contains(&use_),
                        "{path}: {use_}"
                    );
                    assert!(!declared_uses.contains(&use_), "{path}: {use_}");
                }
                None => {
                    assert_eq!(use_, purpose.id, "{path}");
                    assert!(declared_uses.contains(&use_), "{path}: {use_}");
                    assert!(
                        !policyc::fides::taxonomy::DATA_USES.contains(&use_),
                        "{path}: {use_}"
                    );
                }
            }
            for key in declaration
                .data_categories
                .iter()
                .chain(&declaration.shared_categories)
            {
                assert!(known_category(key), "{path}: {key}");
            }
        }
        for label in &manifest.data_category {
            assert!(
                !policyc::fides::taxonomy::DATA_CATEGORIES.contains(&label.fides_key.as_str()),
                "{path}: {}",
                label.fides_key
            );
            if let Some(parent) = &label.parent_key {
                assert!(known_category(parent), "{path}: {parent}");
            }
        }
        for flow in system.egress.iter().chain(&system.ingress) {
            for key in flow.data_categories.iter().flatten() {
                assert!(known_category(key), "{path}: {key}");
            }
        }
    }
}

/// The Python that has fideslang: `POLICYC_PYTHON` (which must have it),
/// or `python3` (which may not).
fn python() -> (String, bool) {
    match std::env::var("POLICYC_PYTHON") {
        Ok(python) => (python, true),
        Err(_) => ("python3".to_owned(), false),
    }
}

#[test]
fn fideslang_validates_the_exports_when_it_is_installed() {
    let (python, required) = python();
    let probe = std::process::Command::new(&python)
        .args(["-c", "import fideslang"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(!required, "POLICYC_PYTHON={python} cannot import fideslang");
        println!(
            "skipped: `{python} -c \"import fideslang\"` fails; install it with \
             `pip install fideslang==3.1.4` (or set POLICYC_PYTHON) to validate the export"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    // The fixtures, and every policy under `policies/` that checks.
    let policies = exportable_policies();
    let mut all: Vec<(String, &str)> = vec![
        ("example.yml".to_owned(), EXAMPLE),
        ("mapped.yml".to_owned(), MAPPED),
        ("parties.yml".to_owned(), PARTIES),
    ];
    for (n, policy) in policies.iter().enumerate() {
        all.push((format!("policies-{n}.yml"), policy));
    }
    for (name, policy) in &all {
        let file = dir.path().join(name);
        std::fs::write(&file, export(&[policy])).unwrap();
        files.push(file);
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = std::process::Command::new(&python)
        .arg(root.join("tests/fides/validate.py"))
        .arg(root.join("src/fides/taxonomy.rs"))
        .args(&files)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout)
            .matches(": valid")
            .count(),
        all.len()
    );
}

// ------------------------------------------------------------------ import

fn date() -> policyc::fides::import::Start {
    policyc::fides::import::Start {
        effective: policyc::model::Date::parse("2026-12-01").unwrap(),
        is_url: policyc::check::is_url,
    }
}

/// Imports `yaml`, formats the policy and checks it: the import's promise
/// is a policy without errors.
fn import(yaml: &str) -> (String, Vec<policyc::diagnostic::Diagnostic>) {
    let imported = policyc::fides::import::import(yaml, date()).unwrap();
    let policy = policyc::fmt::format(&imported.policy).unwrap();
    let checked = policyc::check_source(&policy);
    assert!(
        !checked.has_errors(),
        "{policy}\n{:#?}",
        checked.diagnostics
    );
    (policy, imported.warnings)
}

/// export, import, export again: the manifests of `policy`, before and
/// after.
fn round_trip(
    policy: &str,
) -> (
    policyc::fides::manifest::Manifest,
    policyc::fides::manifest::Manifest,
) {
    let first = export(&[policy]);
    let (imported, _) = import(&first);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("imported.policy");
    std::fs::write(&path, imported).unwrap();
    let second = export(&[path.to_str().unwrap()]);
    (manifest(&first), manifest(&second))
}

#[test]
fn the_example_round_trips_but_for_the_legitimate_interests() {
    let (mut first, second) = round_trip(EXAMPLE);
    // The manifest does not state a legitimate interest, which the
    // language requires: the import leaves those bases unstated.
    for declaration in &mut first.system[0].privacy_declarations {
        if declaration.legal_basis_for_processing.as_deref() == Some("Legitimate interests") {
            declaration.legal_basis_for_processing = None;
        }
    }
    assert_eq!(first, second);
}

#[test]
fn the_mapped_policy_round_trips_but_for_special_data_and_countries() {
    let (mut first, second) = round_trip(MAPPED);
    // Which categories are special, and where recipients are, no manifest
    // says per category or recipient.
    let system = &mut first.system[0];
    system.does_international_transfers = false;
    system.legal_basis_for_transfers.clear();
    for declaration in &mut system.privacy_declarations {
        declaration.processes_special_category_data = false;
        declaration.special_category_legal_basis = None;
    }
    assert_eq!(first, second);
}

#[test]
fn sources_the_dpo_and_joint_controllers_round_trip_but_decisions_and_trackers_do_not() {
    let (mut first, second) = round_trip(PARTIES);
    let system = &mut first.system[0];
    // A manifest says that decisions are made and trackers used, not what
    // they are: the import reports them (W0490) and declares none.
    system.uses_profiling = false;
    system.legal_basis_for_profiling.clear();
    system.uses_cookies = false;
    system.uses_non_cookie_access = false;
    for declaration in &mut system.privacy_declarations {
        if declaration.legal_basis_for_processing.as_deref() == Some("Legitimate interests") {
            declaration.legal_basis_for_processing = None;
        }
    }
    assert_eq!(first, second);
    let (policy, warnings) = import(&export(&[PARTIES]));
    let model = policyc::check_source(&policy).policy.unwrap();
    assert_eq!(
        model.header.controller.dpo,
        Some(policyc::model::Dpo::Contact {
            contact: "dpo@example.com".to_owned()
        })
    );
    let joint: Vec<&str> = model
        .header
        .joint_controllers
        .iter()
        .map(|j| j.name.as_str())
        .collect();
    assert_eq!(joint, ["Example Broker GmbH", "Event partner"]);
    let history = model.data("history").unwrap().all_sources();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].kind, policyc::model::Source::ThirdParty);
    assert_eq!(
        history[0].name.as_deref(),
        Some("credit_reference_agencies")
    );
    // The device's data comes back as the user's: both are the `user` flow.
    let device = model.data("device").unwrap().all_sources();
    assert_eq!(device[0].kind, policyc::model::Source::User);
    let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    for field in [
        "uses_profiling",
        "legal_basis_for_profiling",
        "uses_cookies",
    ] {
        assert!(
            messages.contains(
                &format!("the system's `{field}` is not imported: the language has no counterpart")
                    .as_str()
            ),
            "{messages:#?}"
        );
    }
}

#[test]
fn the_import_lists_what_it_cannot_map() {
    let yaml = export(&[MAPPED]).replace("  data_subjects: []\n", "  data_subjects: [customer]\n");
    let (policy, warnings) = import(&yaml);
    let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(warnings.iter().all(|w| w.code == Code::FidesNotImported));
    assert!(messages.contains(&"the privacy declaration's `data_subjects` is not imported: the language has no counterpart"), "{messages:#?}");
    assert!(messages.contains(&"the declaration `Arranging care` processes special-category data, but the manifest does not say which"), "{messages:#?}");
    assert!(messages.contains(&"the manifest does not state on which ground data goes to `clinic`: the transfer's ground is unstated"), "{messages:#?}");
    assert_eq!(
        messages
            .iter()
            .filter(|m| m.contains("data_subjects"))
            .count(),
        1,
        "once per field"
    );
    let at = warnings
        .iter()
        .find(|w| w.message.contains("data_subjects"))
        .unwrap()
        .span;
    assert_eq!(&yaml[at.start..at.end], "data_subjects:");
    assert!(
        policy.contains("purpose essential_service \"Providing the service\""),
        "{policy}"
    );
    assert!(policy.contains("  fides \"essential.service\""), "{policy}");
    let model = policyc::check_source(&policy).policy.unwrap();
    assert_eq!(model.header.version.to_string(), "0.1.0");
    assert_eq!(model.header.language, "en");
    assert_eq!(model.header.title, "Privacy Policy");
    assert_eq!(model.header.contact, None);
}

#[test]
fn what_is_not_a_manifest_is_e0882_or_e0883() {
    let text = "data_use: []\nsystem: shop\n";
    let error = policyc::fides::import::import(text, date()).unwrap_err();
    assert_eq!(error.code, Code::FidesNotAManifest);
    assert_eq!(&text[error.span.start..error.span.end], "system: shop");
    let error = policyc::fides::import::import("a: [\n", date()).unwrap_err();
    assert_eq!(error.code, Code::FidesNotAManifest);
    let error = policyc::fides::import::import("data_category: []\n", date()).unwrap_err();
    assert_eq!(error.code, Code::FidesNoSystem);
}

#[test]
fn aliases_and_nesting_are_bounded() {
    let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        laughs.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    laughs.push_str("system: *a11\n");
    let deep = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    for text in [laughs, deep] {
        let error = policyc::fides::import::import(&text, date()).unwrap_err();
        assert_eq!(error.code, Code::FidesNotAManifest, "{}", error.message);
    }
}

#[test]
fn the_cli_imports_into_a_new_file_and_bounds_what_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("fides.yml");
    std::fs::write(&manifest, export(&[EXAMPLE])).unwrap();
    let policy = dir.path().join("imported.policy");
    let run = |extra: &[&str]| {
        policyc()
            .args(["import", "fides", "--effective", "2026-12-01"])
            .arg(&manifest)
            .arg("--out")
            .arg(&policy)
            .args(extra)
            .output()
            .unwrap()
    };
    let output = run(&[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("warning[W0490]"));
    let check = policyc().arg("check").arg(&policy).output().unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // Never overwritten.
    let again = run(&[]);
    assert_eq!(again.status.code(), Some(2));
    std::fs::remove_file(&policy).unwrap();
    let today = policyc()
        .args(["import", "fides"])
        .arg(&manifest)
        .env("SOURCE_DATE_EPOCH", "0")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&today.stdout).contains("effective  1970-01-01"));
    let small = run(&["--max-file-size", "100"]);
    assert_eq!(small.status.code(), Some(1));
    assert!(!policy.exists());
}

mod fuzz {
    use proptest::prelude::*;

    /// Any text at all: the import answers with a policy that checks, or
    /// with a diagnostic; it never panics.
    fn never_panics(text: &str) {
        if let Ok(imported) = policyc::fides::import::import(text, super::date()) {
            let policy = policyc::fmt::format(&imported.policy).unwrap();
            let checked = policyc::check_source(&policy);
            assert!(
                !checked.has_errors(),
                "{text}\n{policy}\n{:#?}",
                checked.diagnostics
            );
        }
    }

    fn sample() -> String {
        include_str!("fixtures/fides/sample.yml").to_owned()
    }

    /// What the properties found: an empty key segment (an empty
    /// label), a character no output may carry, an address the checker
    /// refuses.
    #[test]
    fn found_by_the_properties() {
        never_panics(&sample().replace("user.contact.email", "."));
        never_panics(&sample().replace("Sign-up", "Sign\u{FEFF}up"));
        never_panics(&sample().replace("shop.example", "sh\u{D4AB4}op.example"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn broken_manifests(cut in 0usize..4000, at in 0usize..4000, with in ".{0,12}") {
            let text = sample();
            let mut broken: String = text.chars().take(cut).collect();
            let rest: String = text.chars().skip(cut).collect();
            let split = broken.char_indices().nth(at % (broken.chars().count() + 1)).map_or(broken.len(), |(i, _)| i);
            broken.insert_str(split, &with);
            never_panics(&broken);
            never_panics(&format!("{broken}{rest}"));
        }

        #[test]
        fn any_text(text in "\\PC{0,200}") {
            never_panics(&text);
        }

        #[test]
        fn odd_keys_and_names(key in "[a-zA-Z0-9_.<>-]{1,40}", name in "\\PC{0,40}") {
            let text = sample().replace("user.contact.email", &key).replace("Sign-up", &name.replace(['\'', '\n', ':', '#'], " "));
            never_panics(&text);
        }
    }
}

#[test]
fn a_transfers_purposes_survive_the_round_trip() {
    // Two purposes use the e-mail address; it goes to the mailer for one
    // of them: the declarations' `egress` says which, and the import
    // writes `for` from it.
    let source = format!(
        "{HEADER}data account \"Account\" {{\n  source user\n}}\n\
         data account.email \"E-mail address\" {{ required by contract \"the account cannot be opened\" }}\n\
         purpose news \"Sending news\" {{\n  uses account.email\n  basis consent\n}}\n\
         recipient mailer \"A mailing service\" {{ kind processor }}\n\
         transfer account.email to mailer for news on consent\n\
         recipient buyer \"A buyer of the business\" {{ kind acquirer }}\n\
         transfer account to buyer on business_transfer\n"
    );
    checked(&source);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("purposes.policy");
    std::fs::write(&path, &source).unwrap();
    let (first, second) = round_trip(path.to_str().unwrap());
    assert_eq!(first, second);
    let (imported, _) = import(&export(&[path.to_str().unwrap()]));
    let transfers: Vec<&str> = imported
        .lines()
        .filter(|l| l.starts_with("transfer "))
        .collect();
    assert_eq!(transfers.len(), 2, "{imported}");
    assert!(
        transfers.iter().any(|t| t.contains(" to mailer for ")),
        "{imported}"
    );
    assert!(
        transfers.iter().any(|t| t.ends_with(" to buyer")),
        "for every purpose: {imported}"
    );
    // Without the purpose, the mailer would receive data for `service`
    // too: the export of a transfer without `for` says so.
    let widened = source.replace(" for news on consent", " on consent");
    let wide = dir.path().join("wide.policy");
    std::fs::write(&wide, &widened).unwrap();
    assert_ne!(manifest(&export(&[wide.to_str().unwrap()])), first);
}
