//! Robustness properties over generated inputs.
//!
//! Random valid policies: they check clean, `fmt` round-trips them, the
//! build is deterministic, and every rule of the table traces to a
//! declaration. Random mutations of valid policies (tokens and bytes
//! inserted, deleted, swapped): parsing, checking, formatting and planning
//! the build never panic, and the command line always ends with 0, 1 or 2.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::fmt::Write;

use policyc::model::is_within;
use proptest::prelude::*;

const BASES: &[&str] = &[
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interest",
];
const GROUNDS: &[&str] = &[
    "consent",
    "contract",
    "legal_obligation",
    "rights_protection",
    "business_transfer",
];
const SOURCES: &[&str] = &["user", "device", "derived", "third_party"];

/// The shape of a random valid policy.
#[derive(Debug, Clone)]
struct Spec {
    /// For each top-level category: depersonalized?, number of children, source.
    groups: Vec<(bool, usize, usize)>,
    /// For each purpose: basis index, the groups it uses.
    purposes: Vec<(usize, Vec<usize>)>,
    /// For each recipient: the groups sent, the grounds.
    recipients: Vec<(Vec<usize>, Vec<usize>)>,
    /// Retention form per group: 0 for, 1 until, 2 law, 3 for-or-law.
    retention: Vec<usize>,
    /// Whether the policy has a changes block and comments.
    extras: (bool, bool),
}

fn spec() -> impl Strategy<Value = Spec> {
    (1usize..8)
        .prop_flat_map(|groups| {
            (
                proptest::collection::vec((any::<bool>(), 0usize..4, 0usize..4), groups),
                proptest::collection::vec(
                    (
                        0usize..BASES.len(),
                        proptest::collection::vec(0..groups, 1..4),
                    ),
                    1..6,
                ),
                proptest::collection::vec(
                    (
                        proptest::collection::vec(0..groups, 1..3),
                        proptest::collection::vec(0..GROUNDS.len(), 1..3),
                    ),
                    0..4,
                ),
                proptest::collection::vec(0usize..5, groups),
                (any::<bool>(), any::<bool>()),
            )
        })
        .prop_map(|(groups, purposes, recipients, retention, extras)| Spec {
            groups,
            purposes,
            recipients,
            retention,
            extras,
        })
}

/// Writes a spec as a policy that must check without errors.
fn render(spec: &Spec) -> String {
    let comment = |out: &mut String, text: &str| {
        if spec.extras.1 {
            let _ = writeln!(out, "// {text}");
        }
    };
    let mut out = String::new();
    comment(&mut out, "a generated policy");
    out.push_str(
        "policy generated {\n  title \"Privacy Policy\"\n  version 1.2.3\n  effective 2026-02-28\n  language en\n  \
         controller \"Generated Inc\" { service \"Generated\" }\n  published \"https://generated.example/p\"\n  \
         contact \"privacy@generated.example\"\n}\n\n",
    );
    for (g, (depersonalized, children, source)) in spec.groups.iter().enumerate() {
        comment(&mut out, &format!("group {g}"));
        let identity = if *depersonalized {
            "depersonalized"
        } else {
            "identified"
        };
        let _ = writeln!(
            out,
            "data g{g} \"Group {g} \\\"quoted\\\"\" {{ source {} identity {identity} }}",
            SOURCES[*source]
        );
        for c in 0..*children {
            let _ = writeln!(out, "data g{g}.c{c} \"Child {c} of {g}\" {{ optional }}");
        }
        let retention = match spec.retention[g] {
            0 => format!("for {} months from collection", g + 1),
            1 => "until \"the account is closed\"".to_owned(),
            2 => "as_required_by_law".to_owned(),
            3 => "for 1 year from last_use or as_required_by_law, whichever comes last".to_owned(),
            _ => "for 1 year from last_use or until account_closure, whichever comes first"
                .to_owned(),
        };
        let _ = writeln!(out, "retain g{g} {retention}");
    }
    // Every group is used by a catch-all purpose, so nothing is unused.
    let all: Vec<String> = (0..spec.groups.len()).map(|g| format!("g{g}")).collect();
    let _ = writeln!(
        out,
        "\npurpose everything \"Providing the service\" {{\n  uses {}\n  basis contract\n}}",
        all.join(", ")
    );
    for (p, (basis, uses)) in spec.purposes.iter().enumerate() {
        let mut used: Vec<String> = uses.iter().map(|g| format!("g{g}")).collect();
        used.sort();
        used.dedup();
        let basis = match BASES[*basis] {
            "legitimate_interest" => "legitimate_interest \"an interest\"".to_owned(),
            other => other.to_owned(),
        };
        comment(&mut out, &format!("purpose {p}"));
        let _ = writeln!(
            out,
            "purpose p{p} \"Purpose {p}\" {{\n  uses {}\n  basis {basis}\n}}",
            used.join(", ")
        );
    }
    for (r, (sent, grounds)) in spec.recipients.iter().enumerate() {
        let mut sent: Vec<String> = sent.iter().map(|g| format!("g{g}")).collect();
        sent.sort();
        sent.dedup();
        let mut grounds: Vec<&str> = grounds.iter().map(|g| GROUNDS[*g]).collect();
        grounds.sort_unstable();
        grounds.dedup();
        let _ = writeln!(out, "recipient r{r} \"Recipient {r}\" {{ kind processor }}");
        let _ = writeln!(
            out,
            "transfer {} to r{r} on {}",
            sent.join(", "),
            grounds.join(", ")
        );
    }
    out.push_str("\nright complaint { via \"the authority\" }\n");
    if spec.extras.0 {
        out.push_str("changes {\n  by unilateral\n  notify on_website, by_email\n  notice 2 weeks\n  effective after_notice\n}\n");
    }
    out.push_str("\ntest \"generated\" {\n  allow g0 for everything\n}\n");
    out
}

/// Every file the build makes for a policy, with its bytes.
fn plan(
    policy: &policyc::model::Policy,
) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut plan = policyc::build::Plan::new();
    policyc::build::plan_policy(policy, &mut plan);
    plan.contents().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_policies_check_format_and_build(spec in spec()) {
        let source = render(&spec);
        let checked = policyc::check_source(&source);
        let errors: Vec<_> = checked.diagnostics.iter().filter(|d| d.is_error()).collect();
        prop_assert!(errors.is_empty(), "{source}\n{errors:#?}");
        let policy = checked.policy.unwrap();

        let formatted = policyc::fmt::format(&source).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(policyc::fmt::format(&formatted).ok(), Some(formatted.clone()));
        let reformatted = policyc::check_source(&formatted).policy.unwrap();
        prop_assert_eq!(serde_json::to_string(&reformatted).unwrap(), serde_json::to_string(&policy).unwrap());

        prop_assert_eq!(plan(&policy), plan(&policy));

        let table = policyc::rules::table(&policy);
        for rule in &table.uses {
            let purpose = policy.purpose(&rule.purpose).unwrap();
            prop_assert!(purpose.uses.iter().any(|u| is_within(&rule.data, u)));
        }
        for rule in &table.transfers {
            prop_assert!(policy.transfers.iter().any(|t| t.recipient == rule.recipient && t.data.iter().any(|d| is_within(&rule.data, d))));
        }
        prop_assert!(policy_runtime::Rules::from_table(table).is_ok());
    }
}

/// Cuts a source into rough tokens, keeping whitespace attached.
fn tokens(source: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in source.char_indices() {
        if c.is_whitespace() && i > start {
            out.push(&source[start..i]);
            start = i;
        }
    }
    out.push(&source[start..]);
    out
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteToken(usize),
    DuplicateToken(usize),
    SwapTokens(usize, usize),
    InsertByte(usize, u8),
    DeleteBytes(usize, usize),
    ReplaceByte(usize, u8),
    InsertText(usize, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteToken),
        any::<usize>().prop_map(Mutation::DuplicateToken),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::InsertByte(a, b)),
        (any::<usize>(), 1usize..64).prop_map(|(a, n)| Mutation::DeleteBytes(a, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::ReplaceByte(a, b)),
        (
            any::<usize>(),
            prop::sample::select(vec![
                "{",
                "}",
                "\"",
                "\\",
                "//",
                ",",
                "data",
                "policy",
                " to ",
                "\n",
                "\u{feff}",
                "é",
                "0000-00-00",
                "99999999999999999999 days"
            ])
        )
            .prop_map(|(a, t)| Mutation::InsertText(a, t)),
    ]
}

fn apply(source: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = source.as_bytes().to_vec();
    for m in mutations {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let toks: Vec<String> = tokens(&text).into_iter().map(str::to_owned).collect();
        let n = toks.len().max(1);
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        bytes = match m {
            Mutation::DeleteToken(i) => {
                let mut t = toks.clone();
                if !t.is_empty() {
                    t.remove(i % n);
                }
                t.concat().into_bytes()
            }
            Mutation::DuplicateToken(i) => {
                let mut t = toks.clone();
                if !t.is_empty() {
                    let k = i % n;
                    t.insert(k, t[k].clone());
                }
                t.concat().into_bytes()
            }
            Mutation::SwapTokens(a, b) => {
                let mut t = toks.clone();
                if !t.is_empty() {
                    t.swap(a % n, b % n);
                }
                t.concat().into_bytes()
            }
            Mutation::InsertByte(i, b) => {
                let k = at(*i, bytes.len());
                let mut v = bytes.clone();
                v.insert(k, *b);
                v
            }
            Mutation::DeleteBytes(i, len) => {
                let k = at(*i, bytes.len()).min(bytes.len());
                let end = (k + len).min(bytes.len());
                let mut v = bytes.clone();
                v.drain(k..end);
                v
            }
            Mutation::ReplaceByte(i, b) => {
                let mut v = bytes.clone();
                if !v.is_empty() {
                    let k = i % v.len();
                    v[k] = *b;
                }
                v
            }
            Mutation::InsertText(i, t) => {
                let k = at(*i, bytes.len()).min(bytes.len());
                let mut v = bytes.clone();
                v.splice(k..k, t.bytes());
                v
            }
        };
    }
    bytes
}

fn example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/policies/pro-it-group.policy"
    ))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// No mutation of a valid policy makes any stage panic.
    #[test]
    fn mutated_policies_never_panic(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let bytes = apply(&example(), &mutations);
        let text = String::from_utf8_lossy(&bytes);
        let checked = policyc::check_source(&text);
        if let Some(policy) = &checked.policy {
            let _ = plan(policy);
        }
        let _ = policyc::fmt::format(&text);
        let loaded = policyc::load::load_text("mutated.policy", text.as_ref());
        let _ = loaded.localize(&loaded.checked.diagnostics);
        for diagnostic in &loaded.checked.diagnostics {
            let file = policyc::source::SourceFile::from_text("mutated.policy", text.as_ref());
            let _ = policyc::report::render_plain(&file, diagnostic);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Through the command line, every run ends with 0, 1 or 2, never a crash.
    #[test]
    fn mutated_policies_exit_with_0_1_or_2(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mutated.policy");
        std::fs::write(&path, apply(&example(), &mutations)).unwrap();
        for args in [&["check"][..], &["fmt", "--check"], &["build", "--out"], &["test"]] {
            let mut cmd = assert_cmd::Command::cargo_bin("policyc").unwrap();
            cmd.args(args);
            if args.last() == Some(&"--out") {
                cmd.arg(dir.path().join("out"));
            }
            let output = cmd.arg(&path).output().unwrap();
            let code = output.status.code();
            prop_assert!(matches!(code, Some(0..=2)), "{args:?} ended with {code:?}: {}", String::from_utf8_lossy(&output.stderr));
            prop_assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
        }
    }
}
