//! No input, however broken or hostile, makes policyc panic (DESIGN.md
//! section 10): truncated files, empty files, garbage, huge strings,
//! unclosed blocks, deep nesting, bytes that are not UTF-8, paths that do
//! not exist. Each gives a diagnostic or a clear error, with exit status 1
//! or 2.
//!
//! The checks that run in-process call `policyc::check_source` and render
//! every diagnostic they get, so a panic anywhere in parsing, checking or
//! rendering fails the test. The last ones run the binary.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use policyc::check::Checked;
use policyc::codes::Code;
use policyc::report::render_plain;
use policyc::source::SourceFile;

fn example() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/pro-it-group.policy");
    std::fs::read_to_string(path).unwrap()
}

/// A small policy that touches every kind of declaration and checks clean.
const SMALL: &str = r#"// A small policy.
policy small {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" website "https://example.com" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  accepted   by_use
  regimes    none
}
data account "Account \"details\"" { source user identity identified required }
data account.email "E-mail" { examples "a@b.example", "c@d.example" }
data stats "Statistics" { source derived identity depersonalized }
purpose service "Service" { uses account basis contract }
purpose research "Research" { uses stats basis legitimate_interest "research" only depersonalized }
recipient lab "A lab" { kind processor country "Norway" safeguard "adequacy" }
transfer stats to lab on depersonalized_statistics, consent
retain account for 2 years from collection or as_required_by_law, whichever comes last
right complaint { via "the authority" within 30 days anytime }
obligation accuracy "The User keeps it accurate."
security measures "Encryption."
changes { by unilateral notify on_website, by_email notice 30 days effective after_notice }
clause intro in general "Hello."
test "research sees statistics" { allow stats for research deny account to lab given consent:lab }
"#;

/// How many diagnostics of one input are rendered: rendering prints the
/// whole source line, so rendering thousands of diagnostics on a
/// megabyte-long line would take minutes.
const RENDERED: usize = 20;

/// Checks a text and renders its first diagnostics, returning the result.
/// Asserts what must hold of any input: spans inside the text and on
/// character boundaries, and no silent failure (no error, yet no model).
fn check_and_render(text: &str) -> Checked {
    let checked = policyc::check_source(text);
    let file = SourceFile::from_text("input.policy", text);
    for (i, diagnostic) in checked.diagnostics.iter().enumerate() {
        let span = diagnostic.span;
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {span:?} outside a text of {} bytes: {diagnostic:?}",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} cuts a character: {diagnostic:?}"
        );
        if i < RENDERED || i + 1 == checked.diagnostics.len() {
            let rendered = render_plain(&file, diagnostic);
            assert!(rendered.contains(diagnostic.code.as_str()), "{rendered}");
        }
    }
    if !checked.has_errors() {
        assert!(
            checked.policy.is_some(),
            "no error but no model for {:?}",
            truncate(text)
        );
    }
    checked
}

fn truncate(text: &str) -> String {
    text.chars().take(200).collect()
}

/// Whether a prefix stops inside a string or a block: such a text is
/// incomplete and must report an error.
fn is_unfinished(text: &str) -> bool {
    let mut depth = 0i64;
    let mut in_string = false;
    let mut in_comment = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_comment {
            in_comment = c != '\n';
        } else if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_string = false,
                _ => {}
            }
        } else {
            match c {
                '"' => in_string = true,
                '/' if chars.peek() == Some(&'/') => in_comment = true,
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
        }
    }
    in_string || depth != 0
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn check_prefix(text: &str, cut: usize) {
    let prefix = &text[..cut];
    let checked = check_and_render(prefix);
    if is_unfinished(prefix) {
        assert!(
            checked.has_errors(),
            "a prefix cut inside a string or block reports no error: {:?}",
            &prefix[prefix.len().saturating_sub(80)..]
        );
    }
    if prefix.trim().is_empty() {
        assert!(
            checked
                .diagnostics
                .iter()
                .any(|d| d.code == Code::MissingHeader)
        );
    }
}

#[test]
fn the_fixtures_of_this_file_are_valid() {
    let small = check_and_render(SMALL);
    assert!(small.diagnostics.is_empty(), "{:#?}", small.diagnostics);
    let example = check_and_render(&example());
    let unaccepted: Vec<_> = example
        .diagnostics
        .iter()
        .filter(|d| !accepted_in_example(d))
        .collect();
    assert!(unaccepted.is_empty(), "{unaccepted:#?}");
}

/// Whether the root `policyc.toml` accepts this warning in the example:
/// the seed's own legal defects, which the example keeps to stay faithful.
fn accepted_in_example(diagnostic: &policyc::diagnostic::Diagnostic) -> bool {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = policyc::config::Config::discover(root).unwrap();
    let example = root.join("policies/pro-it-group.policy");
    config.lints(false).allows_in(diagnostic.code, &example)
}

#[test]
fn every_prefix_of_a_small_policy() {
    for cut in 0..SMALL.len() {
        if SMALL.is_char_boundary(cut) {
            check_prefix(SMALL, cut);
        }
    }
}

#[test]
fn two_hundred_prefixes_of_the_example() {
    let text = example();
    for i in 0..200 {
        let cut = floor_char_boundary(&text, text.len() * i / 200);
        check_prefix(&text, cut);
    }
}

#[test]
fn every_suffix_of_a_small_policy() {
    for cut in 0..SMALL.len() {
        if SMALL.is_char_boundary(cut) {
            let checked = check_and_render(&SMALL[cut..]);
            let header_cut = cut > SMALL.find("policy small").unwrap();
            assert!(
                !header_cut || checked.has_errors(),
                "suffix from {cut} checks clean"
            );
        }
    }
}

#[test]
fn every_line_removed_from_a_small_policy() {
    let lines: Vec<&str> = SMALL.lines().collect();
    for skip in 0..lines.len() {
        let text: String = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        check_and_render(&text);
    }
}

#[test]
fn empty_and_blank_files_lack_a_header() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\t\r\n",
        "// only a comment",
        "// a comment\n// another\n",
        "\u{FEFF}",
    ] {
        let checked = check_and_render(text);
        let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, vec![Code::MissingHeader], "for {text:?}");
    }
}

/// A deterministic generator (xorshift64*), so failures can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let len = rng.below(2000);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let checked = check_and_render(&text);
        assert!(
            checked.has_errors(),
            "garbage checked clean: {:?}",
            truncate(&text)
        );
    }
}

/// Random sequences of the language's own tokens: closer to real mistakes
/// than random bytes, so they reach deeper into the parser and checker.
#[test]
fn random_token_soup() {
    const TOKENS: &[&str] = &[
        "policy",
        "data",
        "purpose",
        "recipient",
        "transfer",
        "retain",
        "right",
        "obligation",
        "security",
        "changes",
        "clause",
        "test",
        "title",
        "version",
        "effective",
        "language",
        "controller",
        "service",
        "website",
        "published",
        "contact",
        "accepted",
        "scope",
        "part_of",
        "source",
        "identity",
        "special",
        "examples",
        "required",
        "optional",
        "uses",
        "basis",
        "only",
        "kind",
        "country",
        "safeguard",
        "bound_by_policy",
        "to",
        "on",
        "for",
        "from",
        "until",
        "or",
        "in",
        "given",
        "allow",
        "deny",
        "via",
        "within",
        "anytime",
        "notice",
        "notify",
        "by",
        "account",
        "account.email",
        "a.b.c",
        "user",
        "identified",
        "depersonalized",
        "consent",
        "legitimate_interest",
        "contract",
        "health",
        "complaint",
        "en",
        "1.0.0",
        "01.0.0",
        "2026-12-01",
        "2026-02-30",
        "30",
        "0",
        "-1",
        "days",
        "year",
        "{",
        "}",
        "{",
        "}",
        ",",
        ".",
        ":",
        "\"text\"",
        "\"\"",
        "\"a\\qb\"",
        "\"\\u{e9}\"",
        "\"\\u{D800}\"",
        "\"https://example.com\"",
        "\"a@b.example\"",
        "\"",
        "\\",
        "\n",
        "\n",
        "// comment\n",
        "é",
        "\u{FEFF}",
        "\r\n",
        "as_required_by_law",
        "consent:account",
        "objection:service",
    ];
    let mut rng = Rng(42);
    for _ in 0..1500 {
        let len = 1 + rng.below(120);
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(TOKENS[rng.below(TOKENS.len())]);
            text.push(' ');
        }
        check_and_render(&text);
    }
}

/// Random small edits of the small policy: each deletes, duplicates or
/// inserts a few characters somewhere.
#[test]
fn random_edits_of_a_small_policy() {
    let mut rng = Rng(7);
    let chars: Vec<char> = SMALL.chars().collect();
    for _ in 0..1000 {
        let mut edited = chars.clone();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(edited.len());
            match rng.below(3) {
                0 => {
                    let end = (at + 1 + rng.below(8)).min(edited.len());
                    edited.drain(at..end);
                }
                1 => {
                    let c = edited[at];
                    edited.insert(at, c);
                }
                _ => edited.insert(
                    at,
                    ['{', '}', '"', '\\', ',', '.', ' ', '\n', 'x'][rng.below(9)],
                ),
            }
        }
        let text: String = edited.into_iter().collect();
        check_and_render(&text);
    }
}

const HEADER: &str = r#"policy big {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    none
}
right complaint { via "the authority" }
"#;

#[test]
fn a_one_megabyte_string() {
    let long = "a".repeat(1 << 20);
    let started = Instant::now();
    let valid = format!("{HEADER}obligation long \"{long}\"\n");
    let checked = check_and_render(&valid);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let policy = checked.policy.unwrap();
    assert_eq!(policy.obligations[0].text.len(), 1 << 20);

    let unterminated = format!("{HEADER}obligation long \"{long}\n");
    assert!(check_and_render(&unterminated).has_errors());

    // On the megabyte's line: rendering leaves out a line that long
    // instead of printing it once per diagnostic.
    let escapes = format!("{HEADER}obligation long \"{long}{}\"\n", "\\q".repeat(1000));
    let checked = check_and_render(&escapes);
    assert_eq!(checked.diagnostics.len(), 1000);
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code == Code::BadEscape)
    );

    let garbage = format!("{HEADER}{long}\n");
    assert!(check_and_render(&garbage).has_errors());
    // A bound on a blow-up, not a speed bar (benches/ measure speed): the
    // four checks take seconds in a debug build, and anything worse than
    // linear on a megabyte would take hours.
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn unclosed_blocks() {
    let blocks = [
        "policy p {\n  title \"T\"\n",
        "data account \"A\" {\n  source user\n",
        "purpose p \"P\" {\n  uses account\n",
        "recipient r \"R\" {\n  kind processor\n",
        "right access {\n  via \"x\"\n",
        "changes {\n  by unilateral\n",
        "test \"t\" {\n  allow account for p\n",
        "data account \"A\" {\n  source user\n  examples \"a\", \"b\n}\n",
        "policy p {\n  controller \"C\" {\n    service \"S\"\n}\n",
    ];
    for block in blocks {
        for text in [
            block.to_owned(),
            format!("{HEADER}{block}"),
            format!("{block}{HEADER}"),
        ] {
            let checked = check_and_render(&text);
            let syntax = [Code::Syntax, Code::UnknownProperty, Code::MalformedProperty];
            assert!(
                checked.diagnostics.iter().any(|d| syntax.contains(&d.code)),
                "no syntax error for {text:?}: {:?}",
                checked.diagnostics
            );
        }
    }
}

#[test]
fn deep_nesting() {
    for text in [
        "{".repeat(100_000),
        "}".repeat(100_000),
        format!("policy p {}", "{".repeat(100_000)),
        format!("{HEADER}data account \"A\" {}", "{".repeat(100_000)),
        format!("{HEADER}{}", "\"".repeat(100_000)),
        "{\n".repeat(50_000),
        format!("{HEADER}{}", "data x\n".repeat(10_000)),
        format!("{HEADER}{}", "a.".repeat(50_000)),
    ] {
        let started = Instant::now();
        let checked = check_and_render(&text);
        assert!(checked.has_errors(), "{:?}", truncate(&text));
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "took {:?}",
            started.elapsed()
        );
    }
}

// ------------------------------------------------------------------ the CLI

fn policyc() -> Command {
    let mut cmd = Command::cargo_bin("policyc").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `policyc check --color never` with `args` on a file named `name`
/// in a fresh folder, written with `contents` (none: the file is missing).
fn check_file(name: &str, contents: Option<&[u8]>, args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    if let Some(contents) = contents {
        std::fs::write(&path, contents).unwrap();
    }
    policyc()
        .args(["check", "--color", "never"])
        .args(args)
        .arg(&path)
        .output()
        .unwrap()
}

/// `SMALL` followed by a line that is not UTF-8 (Latin-1 `é`).
fn latin1() -> Vec<u8> {
    let mut bytes = SMALL.as_bytes().to_vec();
    bytes.extend_from_slice(b"obligation caf \"caf\xe9\"\n");
    bytes
}

/// A file the CLI refuses: its name, its contents (none: missing), the
/// extra arguments, the exit code and the words the report must contain.
type Refusal<'a> = (&'a str, Option<&'a [u8]>, &'a [&'a str], i32, &'a [&'a str]);

#[test]
fn cli_files_it_cannot_check_are_refused_with_their_code() {
    let mut rng = Rng(1234);
    let garbage: Vec<u8> = (0..4096).map(|_| rng.next() as u8).collect();
    let deep = "{".repeat(100_000);
    let latin1 = latin1();
    let cases: [Refusal<'_>; 6] = [
        ("latin1.policy", Some(&latin1), &[], 1, &["error[E0005]"]),
        ("garbage.policy", Some(&garbage), &[], 1, &["error[E0005]"]),
        ("empty.policy", Some(b""), &[], 1, &["error[E0401]"]),
        (
            "deep.policy",
            Some(deep.as_bytes()),
            &[],
            1,
            &["error[E0001]"],
        ),
        (
            "large.policy",
            Some(SMALL.as_bytes()),
            &["--max-file-size", "100"],
            1,
            &["error[E0006]"],
        ),
        (
            "no-such.policy",
            None,
            &[],
            2,
            &["cannot read", "no-such.policy"],
        ),
    ];
    for (name, contents, args, code, words) in cases {
        let output = check_file(name, contents, args);
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(code), "{name}: {stderr}");
        for word in words {
            assert!(stderr.contains(word), "{name}: {word}: {stderr}");
        }
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

#[test]
fn cli_non_utf8_file_is_e0005_in_json_at_its_line() {
    let output = check_file("latin1.policy", Some(&latin1()), &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["diagnostics"][0]["code"], "E0005");
    assert_eq!(json["diagnostics"][0]["line"], SMALL.lines().count() + 1);
}

#[test]
fn cli_directory_without_policies_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), "not a policy").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let output = policyc()
        .args(["check", "--color", "never"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("no .policy files"), "{stderr}");
}

#[test]
fn cli_default_path_missing_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = policyc()
        .current_dir(dir.path())
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("policies"));
}

#[test]
fn cli_usage_errors_are_exit_2() {
    for args in [
        &["check", "--format", "yaml"][..],
        &["frobnicate"],
        &["check", "--max-file-size", "-1"],
        &[],
    ] {
        let output = policyc().args(args).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr_of(&output)
        );
    }
}

// -------------------------------------------------------- known bugs in src

/// Runs `policyc check` with `args` on `text`, and returns the time taken
/// and the size of what it printed.
fn cli_cost(text: &str, args: &[&str]) -> (Duration, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.policy");
    std::fs::write(&path, text).unwrap();
    let started = Instant::now();
    let output = policyc()
        .arg("check")
        .args(args)
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    (started.elapsed(), output.stderr.len() + output.stdout.len())
}

#[test]
fn cli_many_errors_on_one_long_line_stay_bounded() {
    let text = format!("{HEADER}obligation o \"{}\"\n", "\\q".repeat(50_000));
    let (elapsed, printed) = cli_cost(&text, &["--color", "never"]);
    assert!(printed < 1 << 20, "printed {printed} bytes");
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}

#[test]
fn cli_json_of_many_diagnostics_is_linear() {
    // Four times the diagnostics take about four times as long; a quadratic
    // report would take sixteen. Measured against itself, not a clock bar,
    // so that a loaded machine slows both runs alike.
    let cost = |count: usize| {
        let text = format!("{HEADER}{}", "data x \"X\"\n".repeat(count));
        cli_cost(&text, &["--format", "json"]).0
    };
    let small = cost(5_000);
    let large = cost(20_000);
    assert!(
        large < small * 8 + Duration::from_secs(1),
        "5,000 diagnostics took {small:?}, 20,000 took {large:?}"
    );
}

#[test]
fn cli_human_output_of_many_diagnostics_is_capped() {
    let text = format!("{HEADER}{}", "data x \"X\"\n".repeat(20_000));
    let (elapsed, printed) = cli_cost(&text, &["--color", "never"]);
    assert!(printed < 1 << 20, "printed {printed} bytes");
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}
