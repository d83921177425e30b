//! The layered notice (issue 18 item 7): `short` labels for repeated
//! mentions, the summary at the top, on one screen, the per-purpose table
//! in its own section after it and the readability figures, on
//! `tests/fixtures/layered/`, the examples and a large synthetic policy.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::model::Policy;
use policyc::render::{html, markdown, plain_text};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read `{}`: {e}", path.display()))
}

fn shop_source() -> String {
    read("tests/fixtures/layered/shop.policy")
}

/// Parses and checks a source that must have no diagnostic at all.
fn policy_of(text: &str) -> Policy {
    let checked = policyc::check_source(text);
    assert!(
        checked.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        checked.diagnostics
    );
    checked.policy.expect("a clean policy has a model")
}

fn shop() -> Policy {
    policy_of(&shop_source())
}

/// The Markdown text from the first line that contains `from` up to (not
/// including) the first line after it that contains `to`.
fn between<'t>(text: &'t str, from: &str, to: &str) -> &'t str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no `{from}` in:\n{text}"));
    let rest = &text[start..];
    let end = rest[from.len()..]
        .find(to)
        .map_or(rest.len(), |i| i + from.len());
    &rest[..end]
}

#[test]
fn short_labels_are_in_the_model_and_left_out_of_it_when_absent() {
    let policy = shop();
    let orders = policy.data.iter().find(|d| d.id == "orders").unwrap();
    assert_eq!(orders.short.as_deref(), Some("Orders"));
    assert_eq!(orders.short_label(), "Orders");
    let delivery = policy.purposes.iter().find(|p| p.id == "delivery").unwrap();
    assert_eq!(delivery.short_label(), "Delivery");
    // Without `short`, a repeated mention uses the label, and the
    // serialized model (the history's canonical JSON) has no `short` key.
    let plain = policy_of(&shop_source().replace("  short    \"Orders\"\n", ""));
    let orders = plain.data.iter().find(|d| d.id == "orders").unwrap();
    assert_eq!(orders.short_label(), orders.label);
    let json = serde_json::to_string(orders).unwrap();
    assert!(!json.contains("\"short\""), "{json}");
    let json = serde_json::to_string(&policy.data).unwrap();
    assert!(json.contains("\"short\":\"Orders\""), "{json}");
}

#[test]
fn the_full_label_is_said_once_and_the_short_one_in_lists() {
    let text = markdown(&shop());
    let purposes = between(&text, "Purposes of processing", "\n## ");
    // Each purpose's own clause leads with its full label...
    assert!(
        purposes.contains("**Delivering what you order to the address you give.**"),
        "{purposes}"
    );
    // ...and lists the data it uses by their short labels.
    assert!(
        purposes.contains("Information used: Account details and Orders."),
        "{purposes}"
    );
    assert!(!purposes.contains("The orders you place"), "{purposes}");
    // A category's own clause keeps its full label.
    let collection = between(&text, "Information collected", "\n## ");
    assert!(
        collection.contains("**The orders you place and their delivery addresses (required).**"),
        "{collection}"
    );
    assert!(
        collection.contains("- Your e-mail address (required)"),
        "{collection}"
    );
    // A transfer names its purpose and data by their short labels.
    let sharing = between(&text, "**Courier companies", "\n\n");
    assert!(
        sharing.contains("for the purpose of delivery: Orders."),
        "{sharing}"
    );
}

#[test]
fn fmt_keeps_a_short_label_and_is_stable() {
    let source = "data a \"Label of a\" { short \"A\" source user }\n";
    let formatted = policyc::fmt::format(source).unwrap();
    assert!(formatted.contains("short  \"A\""), "{formatted}");
    // `short` takes its place in the canonical order, after the others.
    assert!(
        formatted.find("source").unwrap() < formatted.find("short").unwrap(),
        "{formatted}"
    );
    assert_eq!(policyc::fmt::format(&formatted).unwrap(), formatted);
}

#[test]
fn a_short_label_shorter_than_its_label_is_not_reported() {
    let checked = policyc::check_source(&shop_source());
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let long = shop_source().replace(
        "short    \"Orders\"",
        "short    \"All the orders you place with us and the addresses to deliver them to\"",
    );
    let checked = policyc::check_source(&long);
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert_eq!(codes, ["W0470"]);
}

#[test]
fn every_format_says_the_same_short_labels() {
    let policy = shop();
    for text in [markdown(&policy), html(&policy), plain_text(&policy)] {
        assert!(text.contains("Account details and Orders"), "{text}");
    }
}

// ----------------------------------------------------------- the summary

#[test]
fn the_summary_comes_first_and_says_only_what_is_declared() {
    let text = markdown(&shop());
    let summary = between(&text, "## 1. Summary", "\n## 2.");
    for said in [
        "**Who is responsible.** Example Shop Ltd is the controller of the information about you as a user of Example Shop.",
        "**What we process:**\n\n- Account details\n- Orders",
        "**Why:**\n\n- Delivery\n- Newsletter",
        "**Who receives it:**\n\n- Courier companies that deliver parcels",
        "- Account details: until the closure of the account\n- Orders: for 6 years from collection",
        "**Your rights:**\n\n- Right of access\n- Right to withdraw consent\n- Right to lodge a complaint",
    ] {
        assert!(
            summary.contains(said),
            "not in the summary: {said}\n{summary}"
        );
    }
    // The table follows in a section of its own, then the body.
    assert!(text.contains("## 2. Each purpose at a glance"), "{text}");
    assert!(text.contains("## 3. General provisions"), "{text}");
    // Without recipients, the summary says nothing of them rather than
    // "no one": nothing declares that.
    let alone = policy_of(
        &shop_source()
            .replace("recipient couriers \"Courier companies that deliver parcels\" { kind processor }\n", "")
            .replace("transfer orders to couriers for delivery on contract\n", ""),
    );
    let text = markdown(&alone);
    assert!(!text.contains("Who receives it"), "{text}");
}

/// The shop, with its newsletter declared direct marketing.
fn marketing_shop_source() -> String {
    let source = shop_source().replace(
        "  basis consent\n  short \"Newsletter\"\n",
        "  basis consent\n  short \"Newsletter\"\n  direct_marketing\n",
    );
    assert!(source.contains("direct_marketing"));
    source
}

/// GDPR Art. 21(4): the objection to direct marketing is brought to the
/// reader's attention explicitly and apart, at the latest at the first
/// communication. Wherever the rights section states it, the summary's
/// rights line names it first, in one short entry, in every format and
/// language; where the rights section does not, neither does the summary.
#[test]
fn the_summary_names_the_objection_to_direct_marketing_first() {
    use policyc::render::document::Origin;
    let policy = policy_of(&marketing_shop_source());
    let entry = "Right to object to direct marketing, at any time";
    let md = markdown(&policy);
    let summary = between(&md, "## 1. Summary", "\n## 2.");
    // First, then the first two others, the rest counted.
    let rights = policyc::render::document(&policy)
        .unwrap()
        .sections
        .into_iter()
        .find(|s| s.anchor == "rights")
        .unwrap();
    assert!(
        summary.contains(&format!(
            "**Your rights:**\n\n- {entry}\n- Right of access\n- Right to withdraw consent\n- and 5 more, see section {}\n",
            rights.number
        )),
        "{summary}"
    );
    // The rights section states it, in its clause of its own.
    assert!(md.contains("**Objection to direct marketing.**"), "{md}");
    let page = html(&policy);
    assert!(
        page.contains(&format!("<li>{entry}</li>\n<li>Right of access</li>"))
            || page.contains(&format!("<li>{entry}</li><li>Right of access</li>")),
        "{page}"
    );
    let text = plain_text(&policy);
    let line = text
        .lines()
        .find(|l| l.contains("direct marketing, at any time"))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(line.trim(), format!("- {entry}"), "{text}");
    assert!(line.chars().count() <= 80, "{line}");
    // Traced to the purpose that is direct marketing and to the header
    // (the regime grants it).
    let clauses = policyc::render::trace::clauses(&policy).unwrap();
    let rights = clauses
        .iter()
        .find(|(n, _)| n == "1.6")
        .map(|(_, origins)| origins)
        .unwrap();
    assert!(rights.contains(&Origin::Purpose(1)), "{rights:?}");
    // In every language policyc writes.
    for (language, said) in [
        ("de", "Jederzeitiges Widerspruchsrecht gegen Direktwerbung"),
        ("fr", "Droit d'opposition à la prospection, à tout moment"),
        (
            "es",
            "Derecho de oposición a la mercadotecnia directa, en cualquier momento",
        ),
    ] {
        let mut translated = policy.clone();
        language.clone_into(&mut translated.header.language);
        let translated = markdown(&translated);
        assert!(translated.contains(&format!("- {said}\n")), "{translated}");
    }
    // Without direct marketing, nothing of it; where the policy says the
    // right to object does not apply (W0423), the rights section does not
    // state it, and neither does the summary.
    assert!(!markdown(&shop()).contains(entry));
    let refused = policyc::check_source(&format!(
        "{}right objection not_applicable \"the newsletter is sent only on request\"\n",
        marketing_shop_source()
    ))
    .policy
    .unwrap();
    let md = markdown(&refused);
    assert!(!md.contains(entry), "{md}");
    assert!(!md.contains("Objection to direct marketing"), "{md}");
}

#[test]
fn every_line_of_the_summary_and_the_table_traces_to_declarations() {
    use policyc::render::document::Origin;
    let policy = shop();
    let clauses = policyc::render::trace::clauses(&policy).unwrap();
    let summary: Vec<&(String, Vec<Origin>)> = clauses
        .iter()
        .filter(|(n, _)| n.starts_with("1."))
        .collect();
    assert_eq!(summary.len(), 6, "{summary:?}");
    assert!(summary.iter().all(|(_, origins)| !origins.is_empty()));
    // The table is the one clause of section 2.
    let table: Vec<&(String, Vec<Origin>)> = clauses
        .iter()
        .filter(|(n, _)| n.starts_with("2."))
        .collect();
    assert_eq!(table.len(), 1, "{table:?}");
    let table = &table[0].1;
    for origin in [
        Origin::Purpose(0),
        Origin::Purpose(1),
        Origin::Data(0),
        Origin::Data(2),
        Origin::Retention(0),
        Origin::Retention(1),
        Origin::Transfer(0),
        Origin::Recipient(0),
    ] {
        assert!(table.contains(&origin), "{origin:?} not in {table:?}");
    }
}

// ------------------------------------------------- one screen, cut short

/// The most words and plain-text lines a summary has (README, "Layered
/// notice"): one screen.
const SUMMARY_WORDS: usize = 200;
const SUMMARY_LINES: usize = 50;

/// The summary of a plain text: its lines from the heading of section 1
/// up to the heading of section 2, without the blank lines that end it.
fn summary_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("1. "))
        .take_while(|l| !l.starts_with("2. "))
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    assert!(!lines.is_empty(), "no summary in:\n{text}");
    lines
}

/// The words of a summary: those under its heading, without the clause
/// numbers and the dashes of the lists.
fn summary_words(lines: &[&str]) -> usize {
    lines
        .iter()
        .skip(2)
        .flat_map(|l| l.split_whitespace())
        .filter(|w| *w != "-" && !clause_number(w))
        .count()
}

/// Whether a word is a clause number, `1.2.`.
fn clause_number(word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|n| n.contains('.') && n.split('.').all(|part| part.parse::<u32>().is_ok()))
}

fn assert_one_screen(name: &str, text: &str) {
    let lines = summary_lines(text);
    let words = summary_words(&lines);
    assert!(
        words <= SUMMARY_WORDS && lines.len() <= SUMMARY_LINES,
        "the summary of {name} has {words} words and {} lines:\n{}",
        lines.len(),
        lines.join("\n")
    );
}

/// Every example's summary, in every language it is published in, and a
/// large policy's, in every language policyc writes, fits on one screen.
#[test]
fn every_summary_fits_on_one_screen() {
    let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut seen = 0;
    for entry in std::fs::read_dir(&generated).unwrap() {
        let folder = entry.unwrap().path();
        let mut texts = vec![folder.join("policy.txt")];
        for sub in std::fs::read_dir(&folder).unwrap() {
            texts.push(sub.unwrap().path().join("policy.txt"));
        }
        for path in texts.into_iter().filter(|p| p.is_file()) {
            assert_one_screen(&path.display().to_string(), &read_path(&path));
            seen += 1;
        }
    }
    assert!(seen >= 6, "{seen} texts");
    // 1,000 categories, 100 purposes, 10 recipients: the lists are cut
    // short, in every language.
    let large = policyc::check_source(&policyc::synth::policy(1000))
        .policy
        .unwrap();
    for language in ["en", "de", "fr", "es"] {
        let mut policy = large.clone();
        language.clone_into(&mut policy.header.language);
        assert_one_screen(
            &format!("the large policy ({language})"),
            &plain_text(&policy),
        );
    }
}

fn read_path(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read `{}`: {e}", path.display()))
}

/// The shop with `n` more purposes, each using the orders.
fn shop_with_purposes(n: usize) -> Policy {
    let mut source = shop_source();
    for i in 0..n {
        source.push_str(&format!(
            "purpose extra{i} \"Extra purpose {i}\" {{\n  uses  orders\n  basis contract\n}}\n"
        ));
    }
    policyc::check_source(&source).policy.unwrap()
}

/// A list of more than four entries shows three, then how many more there
/// are and the section that lists them all, in every language; the line
/// still traces to every declaration it counts.
#[test]
fn a_long_list_is_cut_short_with_the_count_and_the_section_that_lists_it() {
    use policyc::render::document::Origin;
    // Four purposes are listed in full.
    let four = shop_with_purposes(2);
    let md = markdown(&four);
    let summary = between(&md, "## 1. Summary", "\n## 2.");
    assert!(
        summary.contains(
            "**Why:**\n\n- Delivery\n- Newsletter\n- Extra purpose 0\n- Extra purpose 1\n\n"
        ),
        "{summary}"
    );
    // Seven are cut short: three, and 4 more, in the purposes section.
    let seven = shop_with_purposes(5);
    let document = policyc::render::document(&seven).unwrap();
    let purposes = document
        .sections
        .iter()
        .find(|s| s.anchor == "purposes")
        .unwrap();
    // The README's example: summary, table, general provisions,
    // commitments, information collected, then the purposes.
    assert_eq!(purposes.number, "6");
    let md = markdown(&seven);
    let summary = between(&md, "## 1. Summary", "\n## 2.");
    assert!(
        summary.contains(&format!(
            "**Why:**\n\n- Delivery\n- Newsletter\n- Extra purpose 0\n- and 4 more, see section {}\n\n",
            purposes.number
        )),
        "{summary}"
    );
    assert!(!summary.contains("Extra purpose 1"), "{summary}");
    // The full section lists them all.
    assert!(md.contains("Extra purpose 4"), "{md}");
    let clauses = policyc::render::trace::clauses(&seven).unwrap();
    let why = clauses.iter().find(|(n, _)| n == "1.3").unwrap();
    for i in 0..7 {
        assert!(why.1.contains(&Origin::Purpose(i)), "{why:?}");
    }
    for (language, said) in [
        ("de", "- und 4 weitere, siehe Abschnitt"),
        ("fr", "- et 4 autres, voir la section"),
        ("es", "- y 4 más, véase la sección"),
    ] {
        let mut translated = seven.clone();
        language.clone_into(&mut translated.header.language);
        let text = markdown(&translated);
        let summary = between(&text, "## 1. ", "\n## 2.");
        assert!(
            summary.contains(&format!("{said} {}\n", purposes.number)),
            "{summary}"
        );
    }
    // Four are not cut, in any language.
    let mut german = shop_with_purposes(2);
    "de".clone_into(&mut german.header.language);
    let md = markdown(&german);
    let summary = between(&md, "## 1. ", "\n## 2.");
    assert!(summary.contains("- Extra purpose 1\n\n"), "{summary}");
}

// ------------------------------------------------------------- the table

/// The table is section 2, right after the summary, headed in every
/// language, in every format.
#[test]
fn the_table_is_its_own_section_after_the_summary() {
    let policy = shop();
    let md = markdown(&policy);
    let section = between(&md, "## 2. Each purpose at a glance", "\n## 3.");
    assert!(section.contains("| Purpose | Information |"), "{section}");
    assert!(!between(&md, "## 1. Summary", "\n## 2.").contains("| Purpose |"));
    let page = html(&policy);
    assert!(page.contains("id=\"at-a-glance\""), "{page}");
    assert!(page.contains("Each purpose at a glance"), "{page}");
    let text = plain_text(&policy);
    assert!(text.contains("\n2. Each purpose at a glance\n"), "{text}");
    for (language, heading) in [
        ("de", "## 2. Jeder Zweck auf einen Blick"),
        ("fr", "## 2. Chaque finalité en un coup d'œil"),
        ("es", "## 2. Cada finalidad de un vistazo"),
    ] {
        let mut translated = policy.clone();
        language.clone_into(&mut translated.header.language);
        let md = markdown(&translated);
        assert!(md.contains(heading), "{md}");
    }
    // Without a purpose, there is no table and no section for it.
    let none = policy_of(
        "policy p {\n  title \"P\"\n  version 1.0.0\n  effective 2026-12-01\n  language en\n  controller \"Acme\" {\n    service \"Shop\"\n  }\n  published \"https://a.example/p\"\n  contact \"p@a.example\"\n  regimes none\n}\n",
    );
    assert!(!markdown(&none).contains("at a glance"));
}

/// A third-party tracker whose provider is a declared recipient sends
/// what it collects for the purposes it serves to that recipient: the
/// table names the provider in those purposes' rows, traced to the
/// tracker, and not in the others.
#[test]
fn a_tracker_s_provider_receives_the_data_of_the_purposes_it_serves() {
    use policyc::render::document::Origin;
    let source = format!(
        "{}{}",
        shop_source(),
        "recipient mailer \"Newsletter service\" { kind processor }\n\
         tracker opens \"Open pixel\" {\n  kind     pixel\n  party    third\n  provider mailer\n  lifetime 1 year\n  category analytics\n  collects account.email\n  serves   newsletter\n}\n"
    );
    let policy = policyc::check_source(&source).policy.unwrap();
    let md = markdown(&policy);
    assert!(
        md.contains("| Newsletter | E-mail | Consent | until the closure of the account | Newsletter service |"),
        "{md}"
    );
    assert!(
        md.contains("| Courier companies that deliver parcels (only Orders) |\n"),
        "{md}"
    );
    let clauses = policyc::render::trace::clauses(&policy).unwrap();
    let table = &clauses.iter().find(|(n, _)| n == "2.1").unwrap().1;
    assert!(table.contains(&Origin::Tracker(0)), "{table:?}");
    // A tracker whose provider is only named in words discloses to no
    // declared recipient.
    let worded =
        policyc::check_source(&source.replace("provider mailer", "provider \"Mailer Inc\""))
            .policy
            .unwrap();
    let md = markdown(&worded);
    assert!(
        md.contains(
            "| Newsletter | E-mail | Consent | until the closure of the account | \u{2014} |"
        ),
        "{md}"
    );
}

#[test]
fn the_table_is_in_every_format_with_one_row_per_purpose() {
    let policy = shop();
    let md = markdown(&policy);
    assert!(md.contains(
        "| Purpose | Information | Legal basis | Kept | Recipients |\n| --- | --- | --- | --- | --- |\n\
         | Delivery | Account details and Orders | The performance of a contract | Account details: until the closure of the account; Orders: for 6 years from collection | Courier companies that deliver parcels (only Orders) |\n\
         | Newsletter | E-mail | Consent | until the closure of the account | \u{2014} |\n"
    ), "{md}");
    let page = html(&policy);
    assert!(
        page.contains("<tr><th scope=\"col\">Purpose</th>"),
        "{page}"
    );
    assert!(
        page.contains("<tr><th scope=\"row\">Newsletter</th><td>E-mail</td><td>Consent</td>"),
        "{page}"
    );
    let text = plain_text(&policy);
    let header = text
        .lines()
        .find(|l| l.trim_start().starts_with("Purpose "))
        .unwrap();
    let at = |column: &str| header.find(column).unwrap();
    let row = text
        .lines()
        .find(|l| l.trim_start().starts_with("Newsletter"))
        .unwrap();
    // Each cell starts under its heading.
    assert_eq!(row.find("E-mail").unwrap(), at("Information"), "{text}");
    assert_eq!(row.find("Consent").unwrap(), at("Legal basis"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

#[test]
fn a_pipe_in_a_label_cannot_break_the_markdown_table() {
    let policy = policy_of(&shop_source().replace("short \"Delivery\"", "short \"Deliv|ery\""));
    let md = markdown(&policy);
    assert!(md.contains("| Deliv\\|ery | Account details"), "{md}");
}

// ---------------------------------------------------------- readability

#[test]
fn the_build_writes_the_readability_of_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "tests/fixtures/layered/shop.policy", "--out"])
        .arg(&out)
        .assert()
        .success();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("shop/readability.json")).unwrap())
            .unwrap();
    assert_eq!(json["policy"], "shop");
    let ease = json["reading_ease"].as_f64().unwrap();
    assert!((30.0..=100.0).contains(&ease), "{json}");
    let longest = &json["longest_sentence"];
    assert!(longest["words"].as_u64().unwrap() > 10, "{json}");
    assert!(longest["text"].as_str().unwrap().ends_with('.'), "{json}");
    // The same text gives the same figures.
    let figures =
        policyc::readability::Readability::of(&policyc::render::document(&shop()).unwrap());
    assert_eq!(figures.reading_ease(), Some(ease));
}

/// `policyc check` on the shop in a project with this `policyc.toml`.
fn check_with(config: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policyc.toml"), config).unwrap();
    std::fs::write(dir.path().join("shop.policy"), shop_source()).unwrap();
    let output = assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .args(["check", "shop.policy"])
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn check_warns_below_the_reading_ease_and_above_the_sentence_length_set() {
    let (ok, stderr) = check_with("[text]\nmin_reading_ease = 90\nmax_sentence_words = 20\n");
    assert!(ok, "warnings do not fail the check:\n{stderr}");
    assert!(
        stderr.contains("warning[W0471]: the text's reading ease is"),
        "{stderr}"
    );
    assert!(
        stderr.contains("below the 90 the project asks for"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning[W0472]: a sentence of the text (clause 3.1) has 24 words"),
        "{stderr}"
    );
    // The offending sentence is quoted, at the declaration it comes from.
    assert!(
        stderr.contains("processes information about you, a user of Example Shop"),
        "{stderr}"
    );
    assert!(stderr.contains("policy shop {"), "{stderr}");
    // W0472 is given once, for the longest sentence, however many are
    // longer than the threshold.
    let (_, stderr) = check_with("[text]\nmax_sentence_words = 10\n");
    assert_eq!(stderr.matches("warning[W0472]").count(), 1, "{stderr}");
    let policy = policyc::check_source(&shop_source()).policy.unwrap();
    let document = policyc::render::document(&policy).unwrap();
    let longest = policyc::readability::Readability::of(&document)
        .longest
        .unwrap()
        .words;
    let text = policyc::render::plain_text(&policy);
    let long =
        policyc::readability::sentences(&text.split_whitespace().collect::<Vec<_>>().join(" "))
            .into_iter()
            .filter(|s| s.split_whitespace().count() > 10)
            .count();
    assert!(
        long > 1,
        "several sentences are longer than 10 words: {long}"
    );
    assert!(
        stderr.contains(&format!("has {longest} words, more than the 10")),
        "{longest}: {stderr}"
    );
    // Thresholds the text meets, or none, warn of nothing.
    let (ok, stderr) = check_with("[text]\nmin_reading_ease = 20\nmax_sentence_words = 40\n");
    assert!(ok && !stderr.contains("W047"), "{stderr}");
    let (ok, stderr) = check_with("");
    assert!(ok && !stderr.contains("W047"), "{stderr}");
    // W0473: the summary has more words than `max_summary_words`; the
    // shop's summary is well under 200, and it quotes the longest entry.
    let words = policyc::readability::summary_words(&document).0;
    assert!((40..200).contains(&words), "{words}");
    let (ok, stderr) = check_with("[text]\nmax_summary_words = 40\n");
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "warning[W0473]: the summary at the top of the text has {words} words, more than the 40 the project allows"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("its longest entry: \""), "{stderr}");
    let (_, stderr) = check_with("[text]\nmax_summary_words = 200\n");
    assert!(!stderr.contains("W0473"), "{stderr}");
    // They can be allowed like any warning.
    let (ok, stderr) = check_with("[lints]\nallow = [\"W0471\"]\n[text]\nmin_reading_ease = 90\n");
    assert!(ok && !stderr.contains("W0471"), "{stderr}");
}

#[test]
fn the_text_section_of_the_configuration_is_checked() {
    use policyc::config::Config;
    let config = Config::parse(
        "[text]\nmin_reading_ease = 40\nmax_sentence_words = 40\nmax_summary_words = 200\n",
    )
    .unwrap();
    assert_eq!(config.text.max_summary_words, Some(200));
    assert_eq!(config.text.min_reading_ease, Some(40));
    assert_eq!(config.text.max_sentence_words, Some(40));
    assert!(Config::parse("[text]\nmin_ease = 40\n").is_err());
    assert!(Config::parse("[text]\nmax_sentence_words = -1\n").is_err());
}

// ------------------------------------------------------------ the README

/// The README's "Layered notice" section.
fn readme_section() -> String {
    let readme = read("README.md");
    let start = readme.find("## Layered notice").unwrap();
    let end = start + readme[start..].find("\n## Authoring").unwrap();
    readme[start..end].to_owned()
}

/// The fenced blocks of `lang` in `text`.
fn blocks(text: &str, lang: &str) -> Vec<String> {
    let fence = format!("```{lang}\n");
    text.split(&fence)
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap().to_owned())
        .collect()
}

#[test]
fn the_readme_s_layered_notice_holds() {
    let section = readme_section();
    // The `short` example is the fixture's, which checks clean.
    let [policy] = blocks(&section, "policy").try_into().unwrap();
    assert!(shop_source().contains(policy.trim_end()), "{policy}");
    // The `[text]` example is this project's bar, a valid configuration.
    let [toml] = blocks(&section, "toml").try_into().unwrap();
    let config = policyc::config::Config::parse(&toml).unwrap();
    assert_eq!(config.text.min_reading_ease, Some(40));
    assert_eq!(config.text.max_sentence_words, Some(45));
    assert_eq!(config.text.max_summary_words, Some(200));
    let project = policyc::config::Config::parse(&read("policyc.toml")).unwrap();
    assert_eq!(project.text.min_reading_ease, config.text.min_reading_ease);
    assert_eq!(
        project.text.max_sentence_words,
        config.text.max_sentence_words
    );
    // Every example meets it: the figures the build wrote.
    let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut longest_of_all = 0;
    for entry in std::fs::read_dir(&generated).unwrap() {
        let figures: serde_json::Value =
            serde_json::from_str(&read_path(&entry.unwrap().path().join("readability.json")))
                .unwrap();
        let ease = figures["reading_ease"].as_f64().unwrap();
        assert!(ease >= 40.0, "{figures}");
        let longest = figures["longest_sentence"]["words"].as_u64().unwrap();
        assert!(longest <= 45, "{figures}");
        longest_of_all = longest_of_all.max(longest);
    }
    assert_eq!(longest_of_all, 40);
    let harbor: serde_json::Value =
        serde_json::from_str(&read("generated/harbor_lane_privacy/readability.json")).unwrap();
    assert_eq!(harbor["longest_sentence"]["words"], 40);
    // The examples' short labels.
    assert!(
        read("policies/pro-it-group.policy")
            .contains("data account \"Information the User provides about themselves\"")
    );
    assert!(read("policies/pro-it-group.policy").contains("short       \"Information provided\""));
    let trailmark = read("policies/examples/trailmark-app.policy");
    assert!(trailmark.contains(
        "purpose analytics \"Improving the app with usage statistics and crash reports\""
    ));
    assert!(trailmark.contains("short \"Improving the app\""));
    // "The example's text reads at about 43", its longest sentence 35 words.
    let figures: serde_json::Value =
        serde_json::from_str(&read("generated/pro_it_privacy/readability.json")).unwrap();
    assert!(section.contains("reads at about 43"), "{section}");
    let ease = figures["reading_ease"].as_f64().unwrap();
    assert!((42.0..44.0).contains(&ease), "{ease}");
    assert_eq!(figures["longest_sentence"]["words"], 35);
    assert!(
        section.contains("longest sentence has 35\nwords"),
        "{section}"
    );
    // "and 4 more, see section 6" in every language: the cap's message.
    for said in [
        "\"and 4 more, see section 6\"",
        "\"und\n  4 weitere, siehe Abschnitt 6\"",
        "\"et 4 autres, voir la section 6\"",
        "\"y 4\n  más, véase la sección 6\"",
    ] {
        assert!(section.contains(said), "{said}");
    }
}
