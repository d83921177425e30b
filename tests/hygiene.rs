//! Input hygiene: characters a reader cannot see, that reorder or rewrite
//! the text around them, or that are no text at all, are refused wherever
//! they are written, raw or as escapes (E0015, E0016); line breaks are
//! refused where the outputs show one line (E0017); ids of one kind that
//! differ only by case are refused (E0111). The outputs never carry such a
//! character, even from a model that did not come through the checker.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use assert_cmd::Command;
use policyc::codes::Code;
use policyc::diagnostic::Diagnostic;

/// A policy that checks clean; `{TAIL}` is replaced by the declarations
/// under test.
const BASE: &str = r#"policy example {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  controller "Example Inc" { service "Example" }
  published  "https://example.com/privacy"
  contact    "privacy@example.com"
  regimes    none
}
right complaint { via "the data protection authority" }
data account "Account details" { source user identity identified }
purpose service "Providing the service" { uses account basis contract }
retain account for 1 year from collection
"#;

fn check(tail: &str) -> (String, Vec<Diagnostic>) {
    let text = format!("{BASE}{tail}\n");
    let checked = policyc::check_source(&text);
    if checked.has_errors() {
        assert!(checked.policy.is_none(), "an error withholds the model");
    }
    (text, checked.diagnostics)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// The diagnostics with `code`, each with the text its span covers.
fn found<'t>(text: &'t str, diagnostics: &[Diagnostic], code: Code) -> Vec<(&'t str, String)> {
    diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| (&text[d.span.range()], d.message.clone()))
        .collect()
}

#[test]
fn the_base_checks_clean() {
    let (_, diagnostics) = check("");
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

// ------------------------------------------------------------------ E0015

/// Every bidirectional control, raw and escaped: named in the message, the
/// span on the character (raw) or on the whole escape.
#[test]
fn every_bidirectional_control_is_refused_raw_and_escaped() {
    let controls = [
        ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
        ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
        ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
        ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
        ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
        ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
        ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
        ('\u{2068}', "FIRST STRONG ISOLATE"),
        ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
        ('\u{200E}', "LEFT-TO-RIGHT MARK"),
        ('\u{200F}', "RIGHT-TO-LEFT MARK"),
        ('\u{061C}', "ARABIC LETTER MARK"),
    ];
    for (c, name) in controls {
        let point = format!("U+{:04X}", u32::from(c));
        let escape = format!("\\u{{{:X}}}", u32::from(c));
        for (written, shown) in [(c.to_string(), c.to_string()), (escape.clone(), escape)] {
            let (text, diagnostics) = check(&format!(
                "right erasure {{ via \"complaint{written}fdp.exe\" }}"
            ));
            let hits = found(&text, &diagnostics, Code::InvisibleCharacter);
            assert_eq!(hits.len(), 1, "{point}: {diagnostics:#?}");
            assert_eq!(hits[0].0, shown, "{point}: the span is the character");
            assert_eq!(
                hits[0].1,
                format!("a string contains `{point} {name}`, a bidirectional control")
            );
            let help = diagnostics[0].help.as_deref().unwrap_or("");
            assert!(help.starts_with("delete"), "{help}");
        }
    }
}

#[test]
fn invisible_and_control_characters_are_refused_raw_and_escaped() {
    for c in [
        '\u{0}',
        '\u{1}',
        '\u{7}',
        '\u{8}',
        '\u{B}',
        '\u{C}',
        '\u{1B}',
        '\u{7F}',
        '\u{80}',
        '\u{85}',
        '\u{9B}',
        '\u{9F}',
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{2060}',
        '\u{FEFF}',
        '\u{2061}',
        '\u{2064}',
        '\u{206A}',
        '\u{206F}',
        '\u{180E}',
        '\u{FFF9}',
        '\u{FFFB}',
        '\u{E0000}',
        '\u{E0041}',
        '\u{E007F}',
    ] {
        let escape = format!("\\u{{{:X}}}", u32::from(c));
        for written in [c.to_string(), escape] {
            let (_, diagnostics) = check(&format!(
                "obligation accuracy \"The User keeps{written} his data up to date.\""
            ));
            assert_eq!(
                codes(&diagnostics),
                ["E0015"],
                "U+{:04X} as {written:?}",
                u32::from(c)
            );
        }
    }
}

/// Tab and the line breaks a long text may hold are not refused.
#[test]
fn tab_and_the_escapes_of_long_texts_are_kept() {
    let (_, diagnostics) = check(
        "obligation accuracy \"The User\tkeeps\\t his data\\n up to date.\\u{9}\\u{A}\\u{D}\\u{2028}\"",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

#[test]
fn in_comments_and_between_names_too() {
    let (text, diagnostics) = check("// a comment with a \u{202E} override");
    let hits = found(&text, &diagnostics, Code::InvisibleCharacter);
    assert_eq!(hits.len(), 1, "{diagnostics:#?}");
    assert!(
        hits[0].1.starts_with("a comment contains `U+202E"),
        "{hits:?}"
    );

    // Outside strings and comments the character also breaks the
    // declaration, which the parser reports as it always does.
    let (text, diagnostics) = check("data pro\u{200B}file \"Profile\" { source derived }");
    let hits = found(&text, &diagnostics, Code::InvisibleCharacter);
    assert_eq!(hits.len(), 1, "{diagnostics:#?}");
    assert_eq!(hits[0].0, "\u{200B}");
    assert!(
        hits[0]
            .1
            .starts_with("the source contains `U+200B ZERO WIDTH SPACE`"),
        "{hits:?}"
    );
    assert_eq!(
        diagnostics[0].code,
        Code::InvisibleCharacter,
        "reported first"
    );
    // The syntax error there blames the character, and names it rather
    // than quote it.
    let (_, diagnostics) = check("transfer account to\u{202E} service on consent");
    let syntax = diagnostics
        .iter()
        .find(|d| d.code == Code::Syntax)
        .expect("the transfer does not parse");
    assert_eq!(syntax.message, "expected a name, found `U+202E`");
    assert!(
        syntax.label.contains("invisible or control character"),
        "{syntax:?}"
    );
    assert!(
        syntax
            .help
            .as_deref()
            .unwrap_or("")
            .starts_with("delete the character"),
        "{syntax:?}"
    );
    let (_, diagnostics) = check("data profile \"P\" {\n  source\u{200B} derived\n}");
    let skipped = diagnostics
        .iter()
        .find(|d| d.code == Code::MalformedProperty)
        .expect("the line is skipped");
    assert!(!skipped.message.contains('\u{200B}'), "{skipped:?}");
    assert!(
        skipped.label.contains("invisible or control character"),
        "{skipped:?}"
    );
}

#[test]
fn a_byte_order_mark_may_start_the_file_only() {
    let checked = policyc::check_source(&format!("\u{FEFF}{BASE}"));
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let checked = policyc::check_source(&format!("{BASE}\u{FEFF}"));
    assert_eq!(codes(&checked.diagnostics), ["E0015"]);
}

// ------------------------------------------------------------------ E0016

#[test]
fn noncharacters_are_refused_raw_and_escaped() {
    for c in [
        '\u{FDD0}',
        '\u{FDEF}',
        '\u{FFFE}',
        '\u{FFFF}',
        '\u{1FFFE}',
        '\u{10FFFF}',
    ] {
        let escape = format!("\\u{{{:X}}}", u32::from(c));
        for written in [c.to_string(), escape] {
            let (text, diagnostics) = check(&format!(
                "recipient auditor \"Auditor{written}\" {{ kind processor bound_by_policy }}"
            ));
            let hits = found(&text, &diagnostics, Code::Noncharacter);
            assert_eq!(hits.len(), 1, "{written:?}: {diagnostics:#?}");
            assert_eq!(hits[0].0, written);
            assert_eq!(
                hits[0].1,
                format!("a string contains `U+{:04X}`, a noncharacter", u32::from(c))
            );
        }
    }
    // Their neighbours are text.
    let (_, diagnostics) = check(
        "recipient auditor \"Auditor \u{FDCF}\u{FDF0}\u{FFFD}\u{1FFFD}\" { kind processor bound_by_policy }",
    );
    assert!(!codes(&diagnostics).contains(&"E0016"), "{diagnostics:#?}");
}

// ------------------------------------------------------------------ E0017

/// Each one-line text, with a `\n`: refused, the span on the escape.
#[test]
fn line_breaks_are_refused_in_every_one_line_text() {
    let cases = [
        (
            "title",
            BASE.replace("\"Privacy Policy\"", "\"Privacy\\nPolicy\""),
        ),
        (
            "controller",
            BASE.replace("\"Example Inc\"", "\"Example\\nInc\""),
        ),
        ("service", BASE.replace("\"Example\" }", "\"Exa\\nmple\" }")),
        (
            "contact",
            BASE.replace("\"privacy@example.com\"", "\"privacy@example.com\\n\""),
        ),
        (
            "label",
            format!(
                "{BASE}data profile \"Pro\\nfile\" {{ source derived identity depersonalized }}"
            ),
        ),
        (
            "examples",
            format!(
                "{BASE}data profile \"Profile\" {{ source derived identity depersonalized examples \"a\", \"b\\nc\" }}"
            ),
        ),
        (
            "collected",
            format!(
                "{BASE}data profile \"Profile\" {{ source derived identity depersonalized collected \"at\\nsign-up\" }}"
            ),
        ),
        ("via", format!("{BASE}right erasure {{ via \"a\\nb\" }}")),
        (
            "country",
            format!(
                "{BASE}recipient r \"R\" {{ kind processor country \"DE\\n\" safeguard \"SCC\" }}"
            ),
        ),
        (
            "basis",
            format!(
                "{BASE}purpose ads \"Ads\" {{ uses account basis legitimate_interest \"a\\nb\" }}"
            ),
        ),
        (
            "retain",
            BASE.replace(
                "retain account for 1 year from collection",
                "retain account until \"the\\nend\"",
            ),
        ),
        (
            "website",
            BASE.replace(
                "service \"Example\" }",
                "service \"Example\" website \"https://example.com/\\n\" }",
            ),
        ),
        (
            "address",
            BASE.replace(
                "service \"Example\" }",
                "service \"Example\" address \"1 Main St\\nTown\" }",
            ),
        ),
        (
            "published",
            BASE.replace(
                "\"https://example.com/privacy\"",
                "\"https://example.com/\\nprivacy\"",
            ),
        ),
        (
            "governing_law",
            BASE.replace(
                "  language   en\n",
                "  language   en\n  governing_law \"the law\\nof Ireland\"\n",
            ),
        ),
        (
            "scope",
            BASE.replace(
                "  language   en\n",
                "  language   en\n  scope \"the\\nService\"\n",
            ),
        ),
        (
            "part_of",
            BASE.replace(
                "  language   en\n",
                "  language   en\n  part_of \"the Terms\", \"the\\nRules\"\n",
            ),
        ),
        (
            "safeguard",
            format!(
                "{BASE}recipient r \"R\" {{ kind processor country \"US\" safeguard \"standard\\nclauses\" }}"
            ),
        ),
        ("include", format!("{BASE}include \"a\\nb.policy\"")),
    ];
    for (property, text) in cases {
        let diagnostics = policyc::check_source(&text).diagnostics;
        let hits = found(&text, &diagnostics, Code::LineBreakInOneLineText);
        assert_eq!(hits.len(), 1, "{property}: {diagnostics:#?}");
        assert_eq!(hits[0].0, "\\n", "{property}");
        assert_eq!(
            hits[0].1,
            format!("a line break in `{property}`, which is one line")
        );
    }
}

#[test]
fn other_line_breaks_are_refused_in_one_line_texts() {
    for written in [
        "\\u{A}",
        "\\u{D}",
        "\\u{2028}",
        "\\u{2029}",
        "\u{2028}",
        "\u{2029}",
    ] {
        let (text, diagnostics) = check(&format!(
            "data profile \"Pro{written}file\" {{ source derived identity depersonalized }}"
        ));
        let hits = found(&text, &diagnostics, Code::LineBreakInOneLineText);
        assert_eq!(hits.len(), 1, "{written:?}: {diagnostics:#?}");
        assert_eq!(hits[0].0, written);
    }
}

#[test]
fn long_texts_and_test_names_may_break_lines() {
    let (_, diagnostics) = check(
        "data profile \"Profile\" { source derived identity depersonalized description \"a\\nb\" }\n\
         clause c in general \"one\\ntwo\"\n\
         obligation o \"one\\ntwo\"\n\
         security s \"one\\ntwo\"\n\
         test \"a test's name\\nshown only in diagnostics\" { allow account for service }",
    );
    assert!(!codes(&diagnostics).contains(&"E0017"), "{diagnostics:#?}");
}

// ------------------------------------------------------------------ E0111

#[test]
fn ids_differing_only_by_case_are_refused_in_each_kind() {
    let cases = [
        (
            "data category",
            "data Account \"Account, again\" { source user identity identified }\nretain Account for 1 year from collection",
        ),
        (
            "data category",
            "data account.Email \"E-mail\" { }\ndata account.email \"E-mail, again\" { }",
        ),
        (
            "purpose",
            "purpose Service \"Service, again\" { uses account basis contract }",
        ),
        (
            "recipient",
            "recipient acquirer \"A\" { kind acquirer bound_by_policy }\nrecipient ACQUIRER \"B\" { kind acquirer bound_by_policy }\ntransfer account to acquirer on business_transfer\ntransfer account to ACQUIRER on business_transfer",
        ),
        (
            "obligation",
            "obligation accuracy \"A.\"\nobligation Accuracy \"B.\"",
        ),
        (
            "security measure",
            "security Backups \"A.\"\nsecurity backups \"B.\"",
        ),
        (
            "clause",
            "clause intro in general \"A.\"\nclause INTRO in general \"B.\"",
        ),
    ];
    for (kind, tail) in cases {
        let (text, diagnostics) = check(tail);
        let hits = found(&text, &diagnostics, Code::CaseOnlyDifference);
        assert_eq!(hits.len(), 1, "{kind}: {diagnostics:#?}");
        assert!(
            hits[0].1.starts_with(&format!("the {kind} `")),
            "{kind}: {hits:?}"
        );
        assert!(hits[0].1.ends_with("only by case"), "{hits:?}");
        let clash = diagnostics
            .iter()
            .find(|d| d.code == Code::CaseOnlyDifference)
            .unwrap();
        assert_eq!(clash.notes.len(), 1, "the first id is noted");
    }
}

#[test]
fn the_same_word_in_two_kinds_is_not_a_clash() {
    let (_, diagnostics) = check(
        "recipient Service \"A service provider\" { kind processor bound_by_policy }\n\
         transfer account to Service on contract",
    );
    assert!(!codes(&diagnostics).contains(&"E0111"), "{diagnostics:#?}");
}

// -------------------------------------------------------------- the outputs

/// The example's model with the reproductions of issue 12 put straight
/// into it, as a history entry could carry them: the outputs still carry
/// no ESC, NUL, override or noncharacter, the title stays one heading, and
/// `rules.yaml` stays valid YAML.
#[test]
fn the_outputs_never_carry_what_the_checker_refuses() {
    let source = std::fs::read_to_string("policies/pro-it-group.policy").unwrap();
    let mut policy = policyc::check_source(&source).policy.unwrap();
    policy.header.title = "Privacy Policy\n# Terms\n- you agree\u{1B}[2J\u{0}".to_owned();
    policy.data[0].label = "Account \u{FFFE}\u{FFFF}\u{202E}fdp.exe\u{85}\n- injected".to_owned();
    policy.obligations[0].text = "Keep\u{0} it\u{1B}[31m up to date.\u{2028}".to_owned();

    let markdown = policyc::render::markdown(&policy);
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with("# ")).collect();
    assert_eq!(
        headings,
        ["# Privacy Policy \\# Terms - you agree\u{FFFD}\\[2J\u{FFFD}"]
    );
    assert!(
        !markdown
            .lines()
            .any(|l| l.trim_start().starts_with("- injected")),
        "a label stays on its line"
    );
    for (format, text) in [
        ("md", markdown),
        ("html", policyc::render::html(&policy)),
        ("txt", policyc::render::plain_text(&policy)),
    ] {
        for c in [
            '\u{0}', '\u{1B}', '\u{85}', '\u{202E}', '\u{FFFE}', '\u{FFFF}', '\u{2028}',
        ] {
            assert!(
                !text.contains(c),
                "policy.{format} carries U+{:04X}",
                u32::from(c)
            );
        }
    }

    let table = policyc::rules::table(&policy);
    let yaml = policyc::yaml::to_string(&table).unwrap();
    assert!(yaml.contains("\\ufffe\\uffff\\u202e"), "escaped in YAML");
    let read: policy_runtime::RuleTable = serde_yaml::from_str(&yaml).unwrap();
    assert_eq!(read, table, "a YAML reader loads the same table");
}

#[test]
fn characters_past_the_basic_plane_are_escaped_in_yaml_with_eight_digits() {
    let yaml = policyc::yaml::to_string("a\u{1FFFE}b\u{E0041}").unwrap();
    assert_eq!(yaml, "\"a\\U0001fffeb\\U000e0041\"\n");
    let read: String = serde_yaml::from_str(&yaml).unwrap();
    assert_eq!(read, "a\u{1FFFE}b\u{E0041}");
}

// ------------------------------------------------------------------ the CLI

/// `policyc check` shows the line under the diagnostic with the character
/// made visible, so the excerpt itself acts on no terminal.
#[test]
fn the_excerpt_under_a_diagnostic_shows_the_character_and_acts_on_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    std::fs::write(
        &path,
        format!("{BASE}right erasure {{ via \"x\u{202E}fdp.exe\" }} // \u{1B}[2J\n"),
    )
    .unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .args(["check", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains('\u{1B}'), "{stderr}");
    assert!(!stderr.contains('\u{202E}'), "{stderr}");
    assert!(
        stderr.contains("via \"x\u{FFFD}fdp.exe\" } // ?[2J"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`U+202E RIGHT-TO-LEFT OVERRIDE`"),
        "{stderr}"
    );
    assert!(stderr.contains("`U+001B ESCAPE`"), "{stderr}");
}

/// A message that quotes a string names the character by its code point.
#[test]
fn a_message_that_quotes_the_source_names_the_character() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    std::fs::write(
        &path,
        BASE.replace(
            "\"https://example.com/privacy\"",
            "\"ht\u{1B}tp://example.com\"",
        ),
    )
    .unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .args(["check", "--color", "never"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains('\u{1B}'), "{stderr}");
    assert!(
        stderr.contains("`htU+001Btp://example.com` is not a web address"),
        "{stderr}"
    );
}

/// A build with a refused character writes nothing.
#[test]
fn a_build_with_a_hidden_character_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("policies");
    std::fs::create_dir(&policies).unwrap();
    std::fs::write(
        policies.join("p.policy"),
        BASE.replace("\"Privacy Policy\"", "\"Privacy Policy\\n# Terms\""),
    )
    .unwrap();
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir.path())
        .args(["build", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("error[E0017]"), "{stderr}");
    assert!(!dir.path().join("generated").exists(), "nothing is written");
}

/// The diff pages and the changelog escape what an old edition from the
/// history could carry.
#[test]
fn the_diff_pages_escape_what_the_checker_refuses() {
    use policyc::escape::{html as escape_html, markdown as escape_markdown};
    assert_eq!(
        escape_markdown("a\u{1B}b\u{202E}c\nd"),
        "a\u{FFFD}b\u{FFFD}c d"
    );
    assert_eq!(escape_html("a\u{0}b\u{FFFE}<"), "a\u{FFFD}b\u{FFFD}&lt;");
}
