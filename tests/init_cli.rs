//! `policyc init`: a new policy that checks clean (no error, no warning),
//! passes its own test block and builds, and is never written over an
//! existing file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;

fn policyc(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = cargo_bin_cmd!("policyc")
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01
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
fn a_new_policy_checks_clean_and_passes_its_tests() {
    let dir = tempfile::tempdir().unwrap();
    let (status, stdout, stderr) = policyc(dir.path(), &["init", "--id", "acme"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stdout.starts_with("created policies/acme.policy"),
        "{stdout}"
    );
    let text = std::fs::read_to_string(dir.path().join("policies/acme.policy")).unwrap();
    assert!(text.contains("policy acme {"), "{text}");
    assert!(text.contains("effective  2026-01-01"), "{text}");
    assert!(!text.contains("{{"), "a placeholder was left: {text}");

    // Zero errors and zero warnings, even when warnings are denied.
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stdout, "ok: 1 policy checked\n");
    assert_eq!(stderr, "");
    let (status, stdout, _) = policyc(dir.path(), &["check", "--format", "json"]);
    assert_eq!(status, 0);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        (report["errors"].as_u64(), report["warnings"].as_u64()),
        (Some(0), Some(0))
    );

    // Its test block runs and holds.
    let (status, stdout, stderr) = policyc(dir.path(), &["test"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.starts_with("ok: 1 test, "), "{stdout}");
    assert!(stdout.ends_with(", all hold\n"), "{stdout}");

    // It is in the canonical layout, so `policyc fmt --check` passes in CI.
    let (status, _, stderr) = policyc(dir.path(), &["fmt", "--check"]);
    assert_eq!(status, 0, "{stderr}");

    // It builds.
    let (status, _, stderr) = policyc(dir.path(), &["build"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(dir.path().join("generated/acme/policy.md").is_file());
}

#[test]
fn every_block_has_a_comment_for_the_author() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = policyc(dir.path(), &["init", "--id", "acme"]);
    assert_eq!(status, 0, "{stderr}");
    let text = std::fs::read_to_string(dir.path().join("policies/acme.policy")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let keywords = [
        "policy ",
        "data ",
        "purpose ",
        "recipient ",
        "transfer ",
        "retain ",
        "right ",
        "security ",
        "changes ",
        "test ",
    ];
    for keyword in keywords {
        let first = lines
            .iter()
            .position(|l| l.starts_with(keyword))
            .unwrap_or_else(|| panic!("no `{keyword}` block"));
        assert!(
            first > 0 && lines[first - 1].starts_with("//"),
            "the first `{keyword}` block has no comment before it"
        );
    }
    // What the law asks is named.
    assert!(text.contains("GDPR Art"));
    for article in ["13(1)(a)", "13(1)(c)", "13(1)(e)", "13(2)(a)", "13(2)(b)"] {
        assert!(text.contains(article), "Art. {article} is not mentioned");
    }
}

#[test]
fn the_default_id_comes_from_the_directory() {
    let root = tempfile::tempdir().unwrap();
    let project = root.path().join("Acme Shop");
    std::fs::create_dir(&project).unwrap();
    let (status, stdout, stderr) = policyc(&project, &["init"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stdout.starts_with("created policies/acme_shop.policy"),
        "{stdout}"
    );

    let (status, stdout, stderr) = policyc(&project, &["init", "legal"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.starts_with("created legal/legal.policy"), "{stdout}");
    let text = std::fs::read_to_string(project.join("legal/legal.policy")).unwrap();
    assert!(text.contains("policy legal {"));

    let (status, _, stderr) = policyc(&project, &["check", "legal", "policies"]);
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("policies")).unwrap();
    let path = dir.path().join("policies/acme.policy");
    std::fs::write(&path, "// mine\n").unwrap();
    let (status, stdout, stderr) = policyc(dir.path(), &["init", "--id", "acme"]);
    assert_eq!(status, 2);
    assert_eq!(stdout, "");
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "// mine\n");
    // No temporary file is left behind.
    assert_eq!(
        std::fs::read_dir(dir.path().join("policies"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn an_invalid_id_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = policyc(dir.path(), &["init", "--id", "my-shop"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("not a valid policy id"), "{stderr}");
    assert!(stderr.contains("--id my_shop"), "{stderr}");
    assert!(!dir.path().join("policies").exists());
}

/// `--regime` declares the policy's regimes; the new policy checks clean
/// under each, with warnings denied, and its notes cite no regime it does
/// not declare. A name that is no regime is refused.
#[test]
fn the_regimes_come_from_the_flags() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str], &str); 5] = [
        (
            "us_shop",
            &["--regime", "ccpa"],
            "  regimes           ccpa\n",
        ),
        (
            "us_states",
            &["--regime", "us_state_laws"],
            "  regimes    us_state_laws\n",
        ),
        (
            "eu_and_us",
            &["--regime", "gdpr", "--regime", "ccpa"],
            "  regimes           gdpr, ccpa\n",
        ),
        (
            "uk_shop",
            &["--regime", "uk_gdpr", "--regime", "gdpr"],
            "  regimes    gdpr, uk_gdpr\n",
        ),
        ("plain", &["--regime", "none"], "  regimes    none\n"),
    ];
    for (id, flags, line) in cases {
        let mut args = vec!["init", "--id", id];
        args.extend(flags);
        let (status, _, stderr) = policyc(dir.path(), &args);
        assert_eq!(status, 0, "{stderr}");
        let text =
            std::fs::read_to_string(dir.path().join(format!("policies/{id}.policy"))).unwrap();
        assert!(text.contains(line), "{text}");
        if !["uk_shop", "eu_and_us"].contains(&id) {
            assert!(!text.contains("GDPR Art"), "{text}");
        }
        // Where a regime asks whether automated decisions are made (GDPR
        // Art. 13(2)(f), W0453), the new policy says there are none, a
        // statement the author corrects; elsewhere it states nothing.
        assert_eq!(
            text.contains("\ncommit no_automated_decisions\n"),
            ["uk_shop", "eu_and_us"].contains(&id),
            "{text}"
        );
    }
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stdout, "ok: 5 policies checked\n");
    let (status, _, stderr) = policyc(dir.path(), &["fmt", "--check"]);
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = policyc(dir.path(), &["test"]);
    assert_eq!(status, 0, "{stderr}");

    let (status, _, stderr) = policyc(dir.path(), &["init", "--id", "x", "--regime", "hipaa"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("`hipaa` is not a legal regime"), "{stderr}");
    assert!(!dir.path().join("policies/x.policy").exists());
}

#[test]
fn the_voice_is_we_you_unless_told() {
    for (args, voice, reader, says) in [
        (&[][..], "we_you", "your country", "You can"),
        (
            &["--voice", "third_person"][..],
            "third_person",
            "the User's country",
            "The User can",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut all = vec!["init", "--id", "acme"];
        all.extend(args);
        let (status, _, stderr) = policyc(dir.path(), &all);
        assert_eq!(status, 0, "{stderr}");
        let text = std::fs::read_to_string(dir.path().join("policies/acme.policy")).unwrap();
        assert!(text.contains(&format!("  voice      {voice}\n")), "{text}");
        assert!(text.contains(reader), "{text}");
        let (status, _, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
        assert_eq!(status, 0, "{stderr}");
        let (status, _, stderr) = policyc(dir.path(), &["build"]);
        assert_eq!(status, 0, "{stderr}");
        let policy = std::fs::read_to_string(dir.path().join("generated/acme/policy.md")).unwrap();
        assert!(policy.contains(says), "{policy}");
    }
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = policyc(dir.path(), &["init", "--voice", "first_person"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("we_you or third_person"), "{stderr}");
}

#[test]
fn publish_lists_the_languages_and_makes_each_translation_file() {
    let dir = tempfile::tempdir().unwrap();
    let (status, stdout, stderr) =
        policyc(dir.path(), &["init", "--id", "acme", "--publish", "de"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stdout.contains("translate every string listed in policies/acme.de.ftl"),
        "{stdout}"
    );
    let text = std::fs::read_to_string(dir.path().join("policies/acme.policy")).unwrap();
    assert!(
        text.contains("  language   en\n  languages  en, de\n"),
        "{text}"
    );
    let german_path = dir.path().join("policies/acme.de.ftl");
    let german = std::fs::read_to_string(&german_path).unwrap();
    let todo = german.matches(" = …").count();
    assert!(todo > 5, "{german}");
    assert!(
        german.contains("# Privacy Policy\n# policy-title = …"),
        "{german}"
    );
    // In Fluent's layout already; each string still to translate is an
    // E0210 of `check`, which names it.
    let (status, _, _) = policyc(dir.path(), &["fmt", "--check", "policies"]);
    assert_eq!(status, 0);
    let (status, _, stderr) = policyc(dir.path(), &["check", "--color", "never", "policies"]);
    assert_eq!(status, 1);
    assert_eq!(stderr.matches("error[E0210]").count(), todo, "{stderr}");
    // Translated, the policy checks clean and builds in both languages.
    let translated: String = german
        .lines()
        .map(
            |line| match line.strip_prefix("# ").and_then(|l| l.strip_suffix(" = …")) {
                Some(id) => format!("{id} = Übersetzung\n"),
                None => format!("{line}\n"),
            },
        )
        .collect();
    std::fs::write(&german_path, translated).unwrap();
    let (status, _, stderr) = policyc(dir.path(), &["check", "policies"]);
    assert_eq!(status, 0, "{stderr}");
    let (status, _, stderr) = policyc(dir.path(), &["build", "policies"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(dir.path().join("generated/acme/de/policy.html").exists());
}

#[test]
fn publish_refuses_a_language_policyc_does_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = policyc(dir.path(), &["init", "--publish", "it"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("`it` is not a language policyc writes the text in; use de, fr, es"),
        "{stderr}"
    );
    assert!(!dir.path().join("policies").exists());
}

/// Under a US state privacy law, init explains sales, sharing and
/// sensitive information with examples to copy, and declares the US
/// rights, not the GDPR's.
#[test]
fn a_us_policy_is_guided_to_the_us_law() {
    let dir = tempfile::tempdir().unwrap();
    let read = |id: &str| {
        std::fs::read_to_string(dir.path().join(format!("policies/{id}.policy"))).unwrap()
    };
    for (id, regime) in [("shop", "ccpa"), ("states", "us_state_laws")] {
        let (status, _, stderr) = policyc(dir.path(), &["init", "--id", id, "--regime", regime]);
        assert_eq!(status, 0, "{stderr}");
    }
    let ccpa = read("shop");
    for guidance in [
        "`disclosed_as` and one or more of sale, share or targeted_advertising",
        "add `right opt_out_sale_share`",
        "`do_not_sell\n// \"https://www.example.com/do-not-sell\"` (W0342), and `gpc honoured`",
        "// recipient ad_partners \"Advertising partners\" {\n//   kind         advertising\n//   disclosed_as share\n// }",
        "//   sensitive     precise_geolocation\n//   ccpa_category geolocation_data",
        "limit_sensitive` (without it, E0442)",
        "`ccpa_category`",
        "W0444)",
        "  ccpa_category identifiers, customer_records\n}",
        "Sensitive Personal Information\" link",
        "it with `permitted_use` and one of requested_services, security,",
        "//   permitted_use fraud_prevention",
        "(W0443).",
        "right know {\n  via    \"privacy@example.com\"\n  within 45 days\n}",
    ] {
        assert!(ccpa.contains(guidance), "{guidance}\n{ccpa}");
    }
    // The GDPR's rights and its authority are not the CCPA's.
    for gdpr in [
        "right restriction",
        "right complaint",
        "data protection authority",
        "right portability",
        "right access",
    ] {
        assert!(!ccpa.contains(gdpr), "{gdpr}");
    }
    let states = read("states");
    for right in ["right access {", "right portability {", "right appeal {"] {
        assert!(states.contains(right), "{right}");
    }
    // Only the CCPA asks for GPC and the link, and for the right to know.
    assert!(!states.contains("(W0342)"), "{states}");
    assert!(!states.contains("right know"), "{states}");
    // Only the CCPA lists the data by the statute's categories.
    assert!(!states.contains("ccpa_category"), "{states}");
    assert!(!states.contains("right complaint"), "{states}");
}

/// The lines of `text` from the one starting with `from` to the first
/// after it that is `end`, with their `// ` removed: an example to copy.
fn uncommented(text: &str, from: &str, end: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.starts_with(from)).unwrap();
    let stop = start + lines[start..].iter().position(|l| *l == end).unwrap();
    lines[start..=stop]
        .iter()
        .map(|l| l.strip_prefix("// ").unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn under_the_gdpr_init_guides_the_representative_and_the_art_9_conditions() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = policyc(dir.path(), &["init", "--id", "acme"]);
    assert_eq!(status, 0, "{stderr}");
    let path = dir.path().join("policies/acme.policy");
    let text = std::fs::read_to_string(&path).unwrap();
    // The DPO is declared, the representative explained, with its article.
    assert!(text.contains("    dpo     \"dpo@example.com\"\n"), "{text}");
    assert!(
        text.contains("// - eu_representative (GDPR Art. 13(1)(a) and 27(1)):"),
        "{text}"
    );
    assert!(text.contains("(without it, W0432)"), "{text}");
    assert!(!text.contains("uk_representative"), "{text}");
    assert!(text.contains("// SPECIAL CATEGORIES OF DATA (GDPR Art. 9(2))."));
    for condition in policyc::vocab::SPECIAL_CONDITIONS.keywords() {
        assert!(text.contains(condition), "{condition}");
    }

    // A controller outside the Union that follows the note: W0432 without
    // the representative, nothing with it.
    let abroad = text.replace("    country \"Ireland\"\n", "    country \"Switzerland\"\n");
    let checked = policyc::check_source(&abroad);
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert_eq!(codes, ["W0432"], "{abroad}");
    let represented = abroad.replace(
        "    dpo     \"dpo@example.com\"\n",
        "    dpo     \"dpo@example.com\"\n    eu_representative \"Name, postal address in the EU\"\n",
    );
    assert_eq!(policyc::check_source(&represented).diagnostics, []);

    // The special-category example, its slashes removed, rests on its
    // condition of Art. 9(2) (no E0305), names its law (no E0395), and
    // reaches the model; without the law it is E0395.
    let example = uncommented(&text, "// data health ", "// }");
    let purpose = uncommented(&text, "// purpose care ", "// }");
    let with_example =
        format!("{text}\n{example}\n{purpose}\nretain health for 1 year from collection\n");
    let checked = policyc::check_source(&with_example);
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(
        !codes.contains(&"E0305") && !codes.contains(&"E0395"),
        "{codes:?}"
    );
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = checked.policy.unwrap();
    let care = model.purposes.iter().find(|p| p.id == "care").unwrap();
    assert_eq!(
        care.special_condition.as_ref().map(|c| c.condition),
        Some(policy_runtime::SpecialCondition::HealthCare)
    );
    let without_law = with_example.replace(" \"the law that provides for it\"", "");
    let codes: Vec<String> = policyc::check_source(&without_law)
        .diagnostics
        .iter()
        .map(|d| d.code.as_str().to_owned())
        .collect();
    assert!(codes.contains(&"E0395".to_owned()), "{codes:?}");
}

#[test]
fn the_representatives_and_conditions_follow_the_regimes() {
    let dir = tempfile::tempdir().unwrap();
    for (id, regime) in [("uk", "uk_gdpr"), ("us", "ccpa")] {
        let (status, _, stderr) = policyc(dir.path(), &["init", "--id", id, "--regime", regime]);
        assert_eq!(status, 0, "{stderr}");
    }
    let uk = std::fs::read_to_string(dir.path().join("policies/uk.policy")).unwrap();
    assert!(uk.contains("// - uk_representative:"), "{uk}");
    assert!(!uk.contains("eu_representative"), "{uk}");
    assert!(
        uk.contains("// SPECIAL CATEGORIES OF DATA (UK GDPR Art. 9(2))."),
        "{uk}"
    );
    let us = std::fs::read_to_string(dir.path().join("policies/us.policy")).unwrap();
    assert!(!us.contains("representative"), "{us}");
    assert!(!us.contains("special_condition"), "{us}");
    // Both check clean with warnings denied, in the canonical layout.
    let (status, stdout, stderr) = policyc(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stdout, "ok: 2 policies checked\n");
    let (status, _, stderr) = policyc(dir.path(), &["fmt", "--check"]);
    assert_eq!(status, 0, "{stderr}");
}

/// Under the LGPD alone the note on special categories speaks of the
/// LGPD's sensitive personal data (Art. 5(II), Art. 11), not of the
/// GDPR's conditions: no Art. 9(2) heading, no law to name (E0395 is the
/// GDPR's), and an example resting on explicit consent that checks clean
/// of E0305. Under the GDPR and the LGPD together, each regime's note.
#[test]
fn under_the_lgpd_the_special_categories_note_speaks_of_the_lgpd() {
    let dir = tempfile::tempdir().unwrap();
    for (id, regimes) in [("br", &["lgpd"][..]), ("both", &["gdpr", "lgpd"][..])] {
        let mut args = vec!["init", "--id", id];
        for regime in regimes {
            args.extend(["--regime", regime]);
        }
        let (status, _, stderr) = policyc(dir.path(), &args);
        assert_eq!(status, 0, "{stderr}");
    }
    let br = std::fs::read_to_string(dir.path().join("policies/br.policy")).unwrap();
    assert!(
        br.contains("// SENSITIVE PERSONAL DATA (LGPD Art. 11)."),
        "{br}"
    );
    let flat = br
        .lines()
        .map(|l| l.trim_start_matches("//").trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("(\"dados pessoais sensíveis\", Art. 5(II))"),
        "{flat}"
    );
    assert!(
        flat.contains("the specific and highlighted consent of the person or their legal guardian, for specific purposes (Art. 11(I))"),
        "{flat}"
    );
    assert!(!br.contains("SPECIAL CATEGORIES OF DATA"), "{br}");
    assert!(!br.contains("E0395"), "{br}");
    assert!(!br.contains("the law that provides for it"), "{br}");
    assert!(!flat.contains("GDPR Art. 9(2)) A purpose"), "{flat}");
    // The example, its slashes removed, rests on explicit consent: no E0305.
    let example = uncommented(&br, "// data health ", "// }");
    let purpose = uncommented(&br, "// purpose care ", "// }");
    let with_example =
        format!("{br}\n{example}\n{purpose}\nretain health for 1 year from collection\n");
    let checked = policyc::check_source(&with_example);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = checked.policy.unwrap();
    let care = model.purposes.iter().find(|p| p.id == "care").unwrap();
    assert_eq!(care.basis, policyc::model::Basis::ExplicitConsent);
    // Without the basis, E0305 under the LGPD, whose help speaks of the
    // cases of Art. 11(II) and not of the GDPR's conditions.
    let without = with_example.replace("basis explicit_consent", "basis contract");
    let diagnostics = policyc::check_source(&without).diagnostics;
    let e0305 = diagnostics
        .iter()
        .find(|d| d.code.as_str() == "E0305")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let help = format!("{e0305:?}");
    assert!(help.contains("LGPD Art. 11(I)"), "{help}");
    assert!(help.contains("a case of Art. 11(II)"), "{help}");
    assert!(!help.contains("another condition of Art. 9(2)"), "{help}");

    let both = std::fs::read_to_string(dir.path().join("policies/both.policy")).unwrap();
    assert!(
        both.contains("// SPECIAL CATEGORIES OF DATA (GDPR Art. 9(2))."),
        "{both}"
    );
    assert!(
        both.contains("// SENSITIVE PERSONAL DATA (LGPD Art. 11)."),
        "{both}"
    );
    assert!(both.contains("(E0395)"), "{both}");
    assert_eq!(both.matches("// data health ").count(), 1, "{both}");
}

/// The line before each example the template gives to copy.
const EXAMPLE: &str = "// For example (remove the slashes to use it):";

/// Each example of `text`, as the range of its commented lines: the
/// comment lines after an [`EXAMPLE`] line, up to the first line that is
/// not a comment.
fn examples(text: &str) -> Vec<std::ops::Range<usize>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if *line != EXAMPLE {
            continue;
        }
        let end = lines[at + 1..]
            .iter()
            .position(|l| !(l.starts_with("// ") || *l == "//"))
            .map_or(lines.len(), |n| at + 1 + n);
        found.push(at + 1..end);
    }
    found
}

/// `text` with the lines of `ranges` uncommented in place, as an author
/// removes the slashes.
fn uncomment(text: &str, ranges: &[std::ops::Range<usize>]) -> String {
    text.lines()
        .enumerate()
        .map(|(at, line)| {
            if ranges.iter().any(|r| r.contains(&at)) {
                line.strip_prefix("//")
                    .map_or(line, |l| l.strip_prefix(' ').unwrap_or(l))
                    .to_owned()
            } else {
                line.to_owned()
            }
        })
        .map(|line| line + "\n")
        .collect()
}

/// The codes `policyc check` gives `text`, sorted.
fn codes(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = policyc::check_source(text)
        .diagnostics
        .iter()
        .map(|d| d.code.as_str().to_owned())
        .collect();
    codes.sort();
    codes
}

/// Every regime init offers, alone, with none, and the pairs its notes
/// combine: the flags of each.
fn every_regime() -> Vec<Vec<String>> {
    let mut sets: Vec<Vec<String>> = vec![vec![], vec!["none".to_owned()]];
    sets.extend(
        policyc::vocab::REGIMES
            .keywords()
            .map(|r| vec![r.to_owned()]),
    );
    for pair in [["gdpr", "ccpa"], ["gdpr", "lgpd"], ["gdpr", "uk_gdpr"]] {
        sets.push(pair.iter().map(|r| (*r).to_owned()).collect());
    }
    sets
}

/// Under every regime init offers, each example of the new policy,
/// uncommented in place, checks clean, but for what its note tells the
/// author to do next: a decision beside the statement that none is made
/// is E0384 (remove the `commit`), and under ccpa a sale or sharing wants
/// the header's `gpc honoured` and `do_not_sell` link (W0341, W0342), and
/// sensitive data used on consent the `limit_sensitive_link` (W0443). All
/// of them at once add only E0382: the commitment not to transfer outside
/// the EEA beside the transfer abroad.
#[test]
fn every_example_checks_uncommented_under_every_regime() {
    let dir = tempfile::tempdir().unwrap();
    for (n, regimes) in every_regime().iter().enumerate() {
        let id = format!("p{n}");
        let mut args = vec!["init", "--id", &id];
        for regime in regimes {
            args.extend(["--regime", regime]);
        }
        let (status, _, stderr) = policyc(dir.path(), &args);
        assert_eq!(status, 0, "{stderr}");
        let text =
            std::fs::read_to_string(dir.path().join(format!("policies/{id}.policy"))).unwrap();
        assert_eq!(codes(&text), Vec::<String>::new(), "{regimes:?}");
        let states_none = text.contains("\ncommit no_automated_decisions\n");
        let ccpa = regimes.iter().any(|r| r == "ccpa");
        let found = examples(&text);
        assert!(found.len() >= 9, "{regimes:?}: {found:?}");
        let mut all = Vec::new();
        for example in &found {
            let first = text.lines().nth(example.start).unwrap();
            let mut intended: Vec<&str> = Vec::new();
            if first.starts_with("// decision ") && states_none {
                intended.push("E0384");
            }
            if first.starts_with("// recipient ad_partners ") && ccpa {
                intended.extend(["W0341", "W0342", "W0443"]);
            }
            let uncommented = uncomment(&text, std::slice::from_ref(example));
            assert_eq!(
                codes(&uncommented),
                intended,
                "{regimes:?}, the example from `{first}`:\n{uncommented}"
            );
            all.extend(intended);
        }
        all.push("E0382");
        all.sort_unstable();
        assert_eq!(codes(&uncomment(&text, &found)), all, "{regimes:?}");
    }
}

/// What the examples show, under every regime: data from several named
/// sources, a purpose marked `profiling` and `direct_marketing`, data
/// combined, a transfer abroad on a typed mechanism, a tracker on consent
/// beside a strictly necessary one, the children block, a decision with
/// its right, typed commitments, a retention capped with its end and
/// backups, typed security measures with both breach notifications, and a
/// section's summary. The lists of keywords the notes give are the
/// vocabulary's.
#[test]
fn the_examples_cover_each_construct() {
    let dir = tempfile::tempdir().unwrap();
    for (n, regimes) in every_regime().iter().enumerate() {
        let id = format!("p{n}");
        let mut args = vec!["init", "--id", &id];
        for regime in regimes {
            args.extend(["--regime", regime]);
        }
        let (status, _, stderr) = policyc(dir.path(), &args);
        assert_eq!(status, 0, "{stderr}");
        let text =
            std::fs::read_to_string(dir.path().join(format!("policies/{id}.policy"))).unwrap();
        let found = examples(&text);
        let code: String = text
            .lines()
            .enumerate()
            .filter(|(at, _)| found.iter().any(|r| r.contains(at)))
            .map(|(_, line)| format!("{line}\n"))
            .collect();
        for construct in [
            "//   source   user, third_party \"payment providers\"\n",
            "//   profiling\n//   direct_marketing\n",
            "// combine account, usage ",
            "//   mechanism standard_contractual_clauses\n",
            "// transfer account to support on contract\n",
            "//   category strictly_necessary\n",
            "//   category analytics\n//   serves   statistics\n",
            "//   basis consent\n",
            "// children {\n",
            "// decision credit_check ",
            "// right automated_decisions ",
            "// commit never_sell\n// commit no_transfers_outside eea\n",
            ", whichever comes first\n//   then delete backups for 35 days\n",
            "// security {\n//   measures ",
            "//   breach_notification to authority within 72 hours\n//   breach_notification to users without undue delay\n",
            "// section rights { summary ",
        ] {
            if construct == "// children {\n" && regimes.iter().any(|r| r == "coppa") {
                // Under COPPA the stance is declared, not an example.
                assert!(text.contains("\nchildren {\n"), "{text}");
                continue;
            }
            assert!(code.contains(construct), "{regimes:?}: {construct}\n{code}");
        }
        let flat = text.replace("\n//", "");
        for set in [
            policyc::vocab::SECURITY_MEASURES
                .keywords()
                .collect::<Vec<_>>(),
            policyc::vocab::BREACH_PARTIES.keywords().collect(),
            policyc::vocab::SECTIONS.keywords().collect(),
            policyc::vocab::STANCES.keywords().collect(),
            policyc::vocab::COMBINATIONS.keywords().collect(),
        ] {
            for keyword in set {
                assert!(flat.contains(keyword), "{regimes:?}: {keyword}");
            }
        }
        // A note cites only the declared regimes' articles.
        let gdpr = regimes.is_empty() || regimes.iter().any(|r| r.ends_with("gdpr"));
        assert_eq!(flat.contains("Art. 21(2)"), gdpr, "{regimes:?}");
        assert_eq!(
            flat.contains("legitimate_interest, W0455)"),
            gdpr,
            "{regimes:?}"
        );
        assert_eq!(
            flat.contains("the authority within 72 hours at the latest ("),
            gdpr,
            "{regimes:?}"
        );
        assert_eq!(flat.contains("(E0390)"), gdpr, "{regimes:?}");
    }
}

/// `policyc init --help` explains each option, with the regimes, voices
/// and languages of the vocabulary, and what the new policy holds.
#[test]
fn init_help_explains_the_options() {
    let dir = tempfile::tempdir().unwrap();
    let (status, help, stderr) = policyc(dir.path(), &["init", "--help"]);
    assert_eq!(status, 0, "{stderr}");
    for option in [
        "[DIR]",
        "--id <ID>",
        "--regime <ID>",
        "--voice <VOICE>",
        "--publish <LL>",
    ] {
        assert!(help.contains(option), "{option}\n{help}");
    }
    for regime in policyc::vocab::REGIMES.keywords() {
        assert!(help.contains(regime), "{regime}\n{help}");
    }
    for voice in policyc::vocab::VOICES.keywords() {
        assert!(help.contains(voice), "{voice}\n{help}");
    }
    assert!(help.contains("(de, fr or es)"), "{help}");
    assert!(help.contains("[default: we_you]"), "{help}");
    assert!(help.contains("gdpr when not given"), "{help}");
    assert!(
        help.contains("refuses to overwrite an existing file"),
        "{help}"
    );
    assert!(
        help.contains(&format!("Examples to copy follow the line `{EXAMPLE}`")),
        "{help}"
    );
    assert!(
        help.contains("checks clean under the regimes it declares"),
        "{help}"
    );
}
