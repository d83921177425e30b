//! Translation files (`POLICY.LANG.ftl`) through `policyc check` and
//! `policyc fmt`: every code of theirs, the fix each help gives, and the
//! model in another language.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::translate::{self, ftl};

const POLICY: &str = r#"policy shop {
  title      "Privacy Policy"
  version    1.0.0
  effective  2026-12-01
  language   en
  languages  en, de
  controller "Shop GmbH" { service "Shop" }
  published  "https://shop.example/privacy"
  contact    "privacy@shop.example"
  regimes    none
}

data email "E-mail address" {
  source   user
  identity identified
  examples "work address", "home address"
}

purpose orders "Handling orders" {
  uses  email
  basis contract
}

retain email until "the order is delivered"
"#;

/// The German translation of every string of [`POLICY`].
fn complete_german() -> String {
    [
        ("policy-title", "Privacy Policy", "Datenschutzerklärung"),
        ("data-email-label", "E-mail address", "E-Mail-Adresse"),
        (
            "data-email-examples-1",
            "work address",
            "geschäftliche Adresse",
        ),
        ("data-email-examples-2", "home address", "private Adresse"),
        (
            "purpose-orders-label",
            "Handling orders",
            "Abwicklung von Bestellungen",
        ),
        (
            "retain-email-1",
            "the order is delivered",
            "die Bestellung geliefert ist",
        ),
    ]
    .iter()
    .map(|(path, source, text)| {
        format!(
            "# hash {}\n# {source}\n{path} = {text}\n\n",
            ftl::source_hash(source)
        )
    })
    .collect()
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// `policyc check` on the policy: its exit code and what it printed.
fn check(dir: &Path) -> (i32, String) {
    policyc(dir, &["check", "--color", "never", "shop.policy"])
}

fn shop(german: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "shop.policy", POLICY);
    if let Some(german) = german {
        write(dir.path(), "shop.de.ftl", german);
    }
    dir
}

#[test]
fn a_complete_translation_checks_clean() {
    let dir = shop(Some(&complete_german()));
    let (code, out) = check(dir.path());
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("E02") && !out.contains("W02"), "{out}");
}

#[test]
fn a_missing_file_is_reported_at_languages_with_its_name() {
    let dir = shop(None);
    let (code, out) = check(dir.path());
    assert_ne!(code, 0);
    assert!(
        out.contains("error[E0210]: `de` is published, but has no translation file"),
        "{out}"
    );
    assert!(
        out.contains("create `shop.de.ftl` beside the policy and translate its 6 strings"),
        "{out}"
    );
    assert!(out.contains("languages  en, de"), "{out}");
}

#[test]
fn each_missing_string_gets_the_lines_that_fix_it() {
    let german = complete_german().replace("data-email-examples-2 = private Adresse\n", "");
    let dir = shop(Some(&german));
    let (code, out) = check(dir.path());
    assert_ne!(code, 0);
    assert!(
        out.contains("`data-email-examples-2` has no `de` translation"),
        "{out}"
    );
    let hash = ftl::source_hash("home address");
    for line in [
        format!("# hash {hash}"),
        "# home address".to_owned(),
        "data-email-examples-2 = …".to_owned(),
    ] {
        assert!(out.contains(&line), "the help gives `{line}`: {out}");
    }
    // Following the help clears it.
    let lines = ftl::skeleton("data-email-examples-2", "home address");
    let fixed = format!("{german}{}\n", lines.replace('…', "private Adresse"));
    write(dir.path(), "shop.de.ftl", &fixed);
    let (code, out) = check(dir.path());
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_reworded_source_makes_its_translation_stale() {
    let dir = shop(Some(&complete_german()));
    let reworded = POLICY.replace("\"E-mail address\"", "\"Work e-mail address\"");
    write(dir.path(), "shop.policy", &reworded);
    let (code, out) = check(dir.path());
    assert_eq!(code, 0, "a stale translation is a warning: {out}");
    assert!(
        out.contains("warning[W0212]: `data-email-label` was translated from an earlier wording"),
        "{out}"
    );
    let hash = ftl::source_hash("Work e-mail address");
    assert!(
        out.contains(&format!("then its comment to `# hash {hash}`")),
        "{out}"
    );
    assert!(
        out.contains("shop.de.ftl"),
        "points into the translation file: {out}"
    );
}

#[test]
fn a_translation_of_a_removed_string_is_an_orphan_with_the_closest_path() {
    let german = format!(
        "{}# hash 0011223344556677\ndata-emial-label = E-Mail\n",
        complete_german()
    );
    let dir = shop(Some(&german));
    let (_, out) = check(dir.path());
    assert!(
        out.contains(
            "warning[W0211]: `data-emial-label` translates a string the policy does not have"
        ),
        "{out}"
    );
    assert!(out.contains("name the message `data-email-label`"), "{out}");
}

#[test]
fn what_is_not_a_plain_translation_is_refused() {
    let german = complete_german().replace("= Datenschutzerklärung", "= Datenschutz für { $name }");
    let dir = shop(Some(&german));
    let (code, out) = check(dir.path());
    assert_ne!(code, 0);
    assert!(out.contains("error[E0213]"), "{out}");
    assert!(out.contains("is not plain text"), "{out}");

    let unhashed = complete_german().replacen(
        &format!("# hash {}\n", ftl::source_hash("Privacy Policy")),
        "",
        1,
    );
    write(dir.path(), "shop.de.ftl", &unhashed);
    let (code, out) = check(dir.path());
    assert_ne!(code, 0);
    assert!(
        out.contains("`policy-title` does not record the hash of its source"),
        "{out}"
    );
}

#[test]
fn a_file_for_an_unpublished_language_is_a_warning() {
    let dir = shop(Some(&complete_german()));
    write(dir.path(), "shop.fr.ftl", "");
    let (code, out) = check(dir.path());
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "warning[W0214]: shop.fr.ftl translates into `fr`, which `languages` does not list"
        ),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_translation_file_linked_from_outside_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "secret.ftl", &complete_german());
    let dir = shop(None);
    std::os::unix::fs::symlink(
        outside.path().join("secret.ftl"),
        dir.path().join("shop.de.ftl"),
    )
    .unwrap();
    let (code, out) = check(dir.path());
    assert_ne!(code, 0, "{out}");
    assert!(!out.contains("Datenschutzerklärung"), "{out}");
    assert!(!out.contains("E0210"), "{out}");
}

#[test]
fn the_model_in_another_language_has_the_translations() {
    let loaded =
        policyc::load::load_text("shop.policy", POLICY.replace("  languages  en, de\n", ""));
    let policy = loaded.checked.policy.expect("the policy checks");
    let strings = translate::strings::collect(&policy);
    let paths: Vec<&str> = strings.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "policy-title",
            "data-email-label",
            "data-email-examples-1",
            "data-email-examples-2",
            "retain-email-1",
            "purpose-orders-label"
        ]
    );
    let parsed = ftl::parse(&complete_german());
    let translation = translate::Translation {
        language: "de".to_owned(),
        texts: parsed
            .entries
            .into_iter()
            .map(|(k, v)| (k, v.text))
            .collect(),
    };
    let german = translation.apply(&policy);
    assert_eq!(german.header.language, "de");
    assert_eq!(german.header.title, "Datenschutzerklärung");
    assert_eq!(
        german.data[0].examples,
        ["geschäftliche Adresse", "private Adresse"]
    );
    assert_eq!(german.data[0].id, "email", "ids are not translated");
    assert_eq!(
        german.header.controller.name, "Shop GmbH",
        "names are not translated"
    );
}

#[test]
fn fmt_formats_translation_files_beside_the_policy() {
    let dir = shop(Some("# hash 00\npolicy-title    =   Datenschutz\n"));
    let out = assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .args(["fmt", "--check", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("shop.de.ftl` is not formatted"));
    let out = assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .args(["fmt", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let formatted = std::fs::read_to_string(dir.path().join("shop.de.ftl")).unwrap();
    assert_eq!(formatted, "# hash 00\npolicy-title = Datenschutz\n");
}

/// The README's example records the real hash of its source.
#[test]
fn the_readme_s_translation_example_holds() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("```ftl\n").expect("an ftl block") + "```ftl\n".len();
    let block = &readme[start..start + readme[start..].find("```").unwrap()];
    let parsed = ftl::parse(block);
    let entry = &parsed.entries["data-email-label"];
    assert_eq!(
        entry.hash.as_deref(),
        Some(ftl::source_hash("E-mail address").as_str())
    );
    assert!(block.contains("# E-mail address\n"));
    // And the README's policy publishes what the section says.
    assert!(POLICY.contains("  languages  en, de\n") && readme.contains("  languages  en, de\n"));
}

#[test]
fn a_translation_file_over_the_size_limit_is_not_read() {
    let dir = shop(None);
    let huge =
        "# hash 00\npolicy-title = x\n".repeat(1 + policyc::source::DEFAULT_MAX_FILE_SIZE / 24);
    write(dir.path(), "shop.de.ftl", &huge);
    let (code, out) = check(dir.path());
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("E0006") || out.contains("limit"), "{out}");
    // The refusal is the one problem: the unread file's strings are not
    // each reported missing.
    assert!(!out.contains("E0210"), "{out}");
}

/// `policyc ARGS` in `dir`: its exit code and what it printed.
fn policyc(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn build_writes_the_text_in_each_published_language_linked_to_the_others() {
    let dir = shop(Some(&complete_german()));
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let read =
        |path: &str| std::fs::read_to_string(dir.path().join("out/shop").join(path)).unwrap();
    let german = read("de/policy.md");
    for translated in [
        "# Datenschutzerklärung",
        "E-Mail-Adresse",
        "geschäftliche Adresse",
        "Abwicklung von Bestellungen",
        "bis die Bestellung geliefert ist",
        "gültig ab 1. Dezember 2026",
        "[English](<../policy.md>)",
    ] {
        assert!(german.contains(translated), "{translated}: {german}");
    }
    for english in [
        "E-mail address",
        "Handling orders",
        "delivered",
        "Privacy Policy",
    ] {
        assert!(!german.contains(english), "{english}: {german}");
    }
    assert!(read("de/policy.txt").contains("Datenschutzerklärung"));
    let html = read("de/policy.html");
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../policy.html\">"));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"policy.html\">"));
    assert!(html.contains("<a href=\"../policy.html\" hreflang=\"en\" lang=\"en\">English</a>"));
    assert!(html.contains("<h2 id=\"contents\">Inhalt</h2>"), "{html}");
    let english = read("policy.html");
    assert!(english.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"de/policy.html\">"));
    assert!(english.contains("<a href=\"de/policy.html\" hreflang=\"de\" lang=\"de\">Deutsch</a>"));
    assert!(read("policy.md").contains("[Deutsch](<de/policy.md>)"));
    // The trace and the readability figures are the source text's.
    assert!(!dir.path().join("out/shop/de/trace.json").exists());
    let (code, out) = policyc(
        dir.path(),
        &["build", "--check", "--out", "out", "shop.policy"],
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_text_published_in_one_language_links_to_none() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "shop.policy",
        &POLICY.replace("  languages  en, de\n", ""),
    );
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let html = std::fs::read_to_string(dir.path().join("out/shop/policy.html")).unwrap();
    assert!(!html.contains("hreflang"), "{html}");
    assert!(!dir.path().join("out/shop/en").exists());
}

#[test]
fn a_language_policyc_cannot_write_is_e0215() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "shop.policy",
        &POLICY.replace("en, de", "en, it"),
    );
    let (code, out) = check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[E0215]: policyc cannot write the text in `it`"),
        "{out}"
    );
    assert!(
        out.contains("choose one of the languages policyc writes the text in: en, de, fr, es"),
        "{out}"
    );
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "shop.policy",
        &POLICY
            .replace("  languages  en, de\n", "")
            .replace("language   en", "language   pt"),
    );
    let (code, out) = check(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("E0215"), "{out}");
}

/// [`POLICY`] in a second edition: the e-mail label reworded, a telephone
/// number added; and its German file, with the old translation of the
/// label and the new strings translated.
fn second_edition() -> (String, String) {
    let policy = POLICY
        .replace("version    1.0.0", "version    2.0.0")
        .replace("\"E-mail address\"", "\"Email address\"")
        + "\ndata phone \"Telephone number\" {\n  source   user\n  identity identified\n}\n\n\
           purpose calls \"Calling about orders\" {\n  uses  phone\n  basis contract\n}\n\n\
           retain phone until \"the order is delivered\"\n";
    let mut german = complete_german();
    for (path, source, text) in [
        ("data-phone-label", "Telephone number", "Telefonnummer"),
        (
            "purpose-calls-label",
            "Calling about orders",
            "Anrufe zu Bestellungen",
        ),
        (
            "retain-phone-1",
            "the order is delivered",
            "die Bestellung geliefert ist",
        ),
    ] {
        let hash = ftl::source_hash(source);
        german.push_str(&format!("# hash {hash}\n# {source}\n{path} = {text}\n\n"));
    }
    (policy, german)
}

#[test]
fn diff_lists_the_translations_a_change_made_stale_or_missing() {
    let dir = shop(Some(&complete_german()));
    let (policy, german) = second_edition();
    write(dir.path(), "new.policy", &policy);
    write(dir.path(), "new.de.ftl", &german);
    let (code, out) = policyc(
        dir.path(),
        &["diff", "--color", "never", "shop.policy", "new.policy"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "translations to update for de (4): the strings this change rewords or adds\n  \
             data-email-label: \"Email address\", was \"E-mail address\"\n  \
             data-phone-label: \"Telephone number\", new\n"
        ),
        "{out}"
    );
    let (_, json) = policyc(
        dir.path(),
        &["diff", "--format", "json", "shop.policy", "new.policy"],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["translations"]["languages"], serde_json::json!(["de"]));
    assert_eq!(
        json["translations"]["outdated"][0]["previous"],
        "E-mail address"
    );
    assert_eq!(
        json["translations"]["outdated"].as_array().unwrap().len(),
        4
    );
    // No change, nothing to translate; published in one language, no
    // translations at all.
    let (_, json) = policyc(
        dir.path(),
        &["diff", "--format", "json", "shop.policy", "shop.policy"],
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["translations"]["outdated"], serde_json::json!([]));
    write(
        dir.path(),
        "one.policy",
        &POLICY.replace("  languages  en, de\n", ""),
    );
    let (_, json) = policyc(
        dir.path(),
        &["diff", "--format", "json", "one.policy", "one.policy"],
    );
    assert!(!json.contains("\"translations\""), "{json}");
}

#[test]
fn the_changelog_lists_the_translations_each_edition_made_stale_or_missing() {
    let dir = shop(Some(&complete_german()));
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let (policy, german) = second_edition();
    write(dir.path(), "shop.policy", &policy);
    write(dir.path(), "shop.de.ftl", &german);
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let changelog = std::fs::read_to_string(dir.path().join("out/shop/CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains(
            "### Translations to update for de\n\n- data-email-label: reworded\n- data-phone-label: new\n"
        ),
        "{changelog}"
    );
    let page = std::fs::read_to_string(dir.path().join("out/shop/diff/1.0.0..2.0.0.md")).unwrap();
    assert!(
        page.contains("## Translations to update for de (4)"),
        "{page}"
    );
}

/// The places of a redline page's marks: the numbers of the sections and
/// clauses with an insertion or a deletion (the title's line, with the
/// version, left out).
fn marked_places(page: &str) -> std::collections::BTreeSet<(String, String)> {
    let mut section = None;
    let mut places = std::collections::BTreeSet::new();
    for line in page.lines() {
        if let Some(heading) = line.strip_prefix("#### ") {
            section = heading
                .split(' ')
                .next()
                .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                .map(str::to_owned);
        } else if let Some(section) = &section
            && (line.contains("<ins>") || line.contains("<del>"))
        {
            let clause = line
                .trim_start_matches(['-', ' '])
                .trim_start_matches("<ins>")
                .trim_start_matches("<del>")
                .split(' ')
                .next()
                .filter(|word| {
                    word.ends_with('.') && word.starts_with(|c: char| c.is_ascii_digit())
                })
                .unwrap_or_default()
                .to_owned();
            places.insert((section.clone(), clause));
        }
    }
    places
}

#[test]
fn each_edition_records_its_translations_and_the_german_redline_marks_the_english_changes() {
    let dir = shop(Some(&complete_german()));
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let read =
        |path: &str| std::fs::read_to_string(dir.path().join("out/shop").join(path)).unwrap();
    let first: serde_json::Value = serde_json::from_str(&read("history/1.0.0.json")).unwrap();
    assert_eq!(
        first["translations"]["de"]["policy-title"],
        "Datenschutzerklärung"
    );
    assert!(read("de/CHANGELOG.md").contains(
        "## Version 1.0.0, gültig ab 1. Dezember 2026\n\nDie erste Fassung in dieser Sprache.\n"
    ));
    // A second edition that adds a telephone number, translated.
    let (policy, german) = second_edition();
    let policy = policy.replace("\"Email address\"", "\"E-mail address\"");
    write(dir.path(), "shop.policy", &policy);
    write(dir.path(), "shop.de.ftl", &german);
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let changelog = read("de/CHANGELOG.md");
    assert!(
        changelog.contains("## Version 2.0.0, gültig ab 1. Dezember 2026\n\n[Der Text mit den Änderungen gegenüber Version 1.0.0, markiert](diff/1.0.0..2.0.0.md)"),
        "{changelog}"
    );
    let german = read("de/diff/1.0.0..2.0.0.md");
    assert!(
        german.starts_with(
            "# Änderungen an Datenschutzerklärung von Version 1.0.0 zu Version 2.0.0\n"
        ),
        "{german}"
    );
    assert!(
        german.contains("<ins>5.1.2. Anrufe zu Bestellungen."),
        "{german}"
    );
    assert!(read("de/diff/1.0.0..2.0.0.html").contains("<html lang=\"de\">"));
    // The change notice for readers of the German text, in German.
    let notice = read("de/notice/1.0.0..2.0.0.md");
    // Its title and introduction name the policy in the genitive, as the
    // text's introduction defines it (die „Datenschutzerklärung“), not as a
    // quoted name after "an".
    assert_eq!(
        notice.lines().next(),
        Some("# Änderungen der Datenschutzerklärung von Shop GmbH"),
        "{notice}"
    );
    assert!(
        notice.contains("Shop GmbH hat eine neue Fassung der Datenschutzerklärung verfasst."),
        "{notice}"
    );
    assert!(
        read("de/notice/1.0.0..2.0.0.html")
            .contains("<title>Änderungen der Datenschutzerklärung von Shop GmbH</title>"),
        "the HTML page's title"
    );
    assert!(notice.contains("„Telefonnummer“"), "{notice}");
    assert!(!notice.contains("Telephone"), "{notice}");
    assert!(
        notice.contains("](../editions/1.0.0/policy.md)"),
        "{notice}"
    );
    let english = read("diff/1.0.0..2.0.0.md");
    let english = &english[english.find("## The text, redlined").unwrap()..];
    let places = marked_places(english);
    assert!(places.len() > 3, "{english}");
    assert_eq!(marked_places(&german), places, "{german}\n{english}");
    // A translation changed in a released edition is a new edition.
    write(
        dir.path(),
        "shop.de.ftl",
        &german_with_title(&read_file(dir.path(), "shop.de.ftl"), "Datenschutzhinweise"),
    );
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_ne!(code, 0, "{out}");
    assert!(out.contains("only translations changed"), "{out}");
    // As a new edition it is released, and its German redline shows it.
    let policy =
        read_file(dir.path(), "shop.policy").replace("version    2.0.0", "version    2.0.1");
    write(dir.path(), "shop.policy", &policy);
    let (code, out) = policyc(dir.path(), &["build", "--out", "out", "shop.policy"]);
    assert_eq!(code, 0, "{out}");
    let page = read("de/diff/2.0.0..2.0.1.md");
    assert!(page.contains("<ins>Datenschutzhinweise</ins>"), "{page}");
}

fn read_file(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// A German file with its title translated as `title`.
fn german_with_title(german: &str, title: &str) -> String {
    german.replace(
        "policy-title = Datenschutzerklärung",
        &format!("policy-title = {title}"),
    )
}
