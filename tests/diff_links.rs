//! The links at the top of the text to opt out or to limit, the data
//! protection officer and the representatives, in the diff: one no longer
//! given is expanding, one now given narrowing, one at another address
//! editorial; `policyc diff --require-bump` demands the bump each needs,
//! and the change notice says each with its value, in every language.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use policyc::diff::{self, ChangeKind, Class};
use policyc::l10n::Lang;
use policyc::model::Policy;
use policyc::render::lexicon::Lexicon;

/// The diff tests' shop, with none of the facts of this file.
const SHOP: &str = "tests/fixtures/diff/header_contact/old.policy";

/// Each fact: where it is written (`controller` block or header), the line
/// that gives it, the same at another address, and the kinds of its
/// removal, addition and change.
struct Fact {
    in_controller: bool,
    line: &'static str,
    moved: &'static str,
    kinds: [ChangeKind; 3],
}

const LINKS: [ChangeKind; 3] = [
    ChangeKind::OptOutLinkRemoved,
    ChangeKind::OptOutLinkAdded,
    ChangeKind::OptOutLinkChanged,
];
const DPO: [ChangeKind; 3] = [
    ChangeKind::DpoRemoved,
    ChangeKind::DpoAdded,
    ChangeKind::DpoChanged,
];
const REPRESENTATIVES: [ChangeKind; 3] = [
    ChangeKind::RepresentativeRemoved,
    ChangeKind::RepresentativeAdded,
    ChangeKind::RepresentativeChanged,
];

const FACTS: &[Fact] = &[
    Fact {
        in_controller: false,
        line: "  do_not_sell \"https://shop.example/choices\"\n",
        moved: "  do_not_sell \"https://shop.example/privacy-choices\"\n",
        kinds: LINKS,
    },
    Fact {
        in_controller: false,
        line: "  limit_sensitive_link \"https://shop.example/limit\"\n",
        moved: "  limit_sensitive_link \"https://shop.example/limit-use\"\n",
        kinds: LINKS,
    },
    Fact {
        in_controller: true,
        line: "    dpo \"dpo@shop.example\"\n",
        moved: "    dpo \"officer@shop.example\"\n",
        kinds: DPO,
    },
    Fact {
        in_controller: true,
        line: "    eu_representative \"Shop EU Rep GmbH, Hauptstraße 1, 10115 Berlin\"\n",
        moved: "    eu_representative \"Shop EU Rep GmbH, Friedrichstraße 9, 10117 Berlin\"\n",
        kinds: REPRESENTATIVES,
    },
    Fact {
        in_controller: true,
        line: "    uk_representative \"Shop UK Rep Ltd, 1 High Street, London\"\n",
        moved: "    uk_representative \"Shop UK Rep Ltd, 2 Low Street, London\"\n",
        kinds: REPRESENTATIVES,
    },
];

/// The shop with `line` written where it belongs (none: as it is), at
/// `version`, effective 60 days after the first edition (more than its
/// 30 days of notice).
fn shop(line: Option<(&Fact, &str)>, version: &str) -> String {
    let mut text = std::fs::read_to_string(SHOP)
        .unwrap()
        .replace("  version    1.0.0\n", &format!("  version    {version}\n"));
    if version != "1.0.0" {
        text = text.replace("effective  2026-01-01", "effective  2026-03-02");
    }
    if let Some((fact, line)) = line {
        let after = if fact.in_controller {
            "    service \"Shop\"\n"
        } else {
            "  contact    \"privacy@shop.example\"\n"
        };
        assert!(text.contains(after));
        text = text.replacen(after, &format!("{after}{line}"), 1);
    }
    text
}

fn policy_of(text: &str) -> Policy {
    let checked = policyc::check_source(text);
    checked
        .policy
        .unwrap_or_else(|| panic!("{:#?}", checked.diagnostics))
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `policyc diff OLD NEW --require-bump --format json`: its exit code,
/// the bump the report says the changes need with its problems (E0502's
/// words), and the kinds and classes of its changes.
fn require_bump(old: &str, new: &str) -> (i32, String, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (
        write(dir.path(), "old.policy", old),
        write(dir.path(), "new.policy", new),
    );
    let output = Command::cargo_bin("policyc")
        .unwrap()
        .args([
            "diff",
            "--require-bump",
            "--format",
            "json",
            "--color",
            "never",
        ])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let report: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"));
    let changes = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_owned(),
                c["class"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let said = format!(
        "{} {} {stderr}",
        report["required_bump"], report["problems"]
    );
    (output.status.code().unwrap(), said, changes)
}

#[test]
fn a_link_or_contact_no_longer_given_is_expanding_and_needs_a_major_version() {
    for fact in FACTS {
        let old = shop(Some((fact, fact.line)), "1.0.0");
        let [removed, ..] = fact.kinds;
        // A minor bump is not enough: E0502, exit 1.
        let (code, stderr, changes) = require_bump(&old, &shop(None, "1.1.0"));
        assert_eq!(
            changes,
            [(removed.id().to_owned(), "expanding".to_owned())],
            "{}",
            fact.line
        );
        assert_eq!(code, 1, "{}: {stderr}", fact.line);
        assert!(
            stderr.starts_with("\"major\"") && stderr.contains("is only a minor bump"),
            "{}: {stderr}",
            fact.line
        );
        // A major bump is.
        let (code, stderr, _) = require_bump(&old, &shop(None, "2.0.0"));
        assert_eq!(code, 0, "{}: {stderr}", fact.line);
    }
}

#[test]
fn a_link_or_contact_now_given_is_narrowing_and_needs_a_minor_version() {
    for fact in FACTS {
        let old = shop(None, "1.0.0");
        let [_, added, _] = fact.kinds;
        let new = |version| shop(Some((fact, fact.line)), version);
        let (code, stderr, changes) = require_bump(&old, &new("1.0.1"));
        assert_eq!(
            changes,
            [(added.id().to_owned(), "narrowing".to_owned())],
            "{}",
            fact.line
        );
        assert_eq!(code, 1, "{}: {stderr}", fact.line);
        assert!(
            stderr.starts_with("\"minor\"") && stderr.contains("is only a patch"),
            "{}: {stderr}",
            fact.line
        );
        let (code, stderr, _) = require_bump(&old, &new("1.1.0"));
        assert_eq!(code, 0, "{}: {stderr}", fact.line);
    }
}

#[test]
fn a_link_or_contact_at_another_address_is_editorial_and_a_patch_is_enough() {
    for fact in FACTS {
        let old = shop(Some((fact, fact.line)), "1.0.0");
        let new = shop(Some((fact, fact.moved)), "1.0.1");
        let [_, _, changed] = fact.kinds;
        let (code, stderr, changes) = require_bump(&old, &new);
        assert_eq!(
            changes,
            [(changed.id().to_owned(), "editorial".to_owned())],
            "{}",
            fact.line
        );
        assert_eq!(code, 0, "{}: {stderr}", fact.line);
        // Its meaning is checked: an address, not free text to read.
        assert!(!changed.is_free_text());
    }
}

/// The diff is symmetric: a removal one way is an addition the other.
#[test]
fn each_kind_mirrors_the_other_way_round() {
    for fact in FACTS {
        let with = policy_of(&shop(Some((fact, fact.line)), "1.0.0"));
        let without = policy_of(&shop(None, "1.0.0"));
        let kinds = |old: &Policy, new: &Policy| -> Vec<(ChangeKind, Option<Class>)> {
            let d = diff::diff(old, new);
            d.changes.iter().map(|c| (c.kind, d.class())).collect()
        };
        let [removed, added, _] = fact.kinds;
        assert_eq!(kinds(&with, &without), [(removed, Some(Class::Expanding))]);
        assert_eq!(kinds(&without, &with), [(added, Some(Class::Narrowing))]);
    }
}

/// `dpo none "why"` gives no contact: an officer's contact replaced by
/// it is removed, and the reason is free text, listed apart.
#[test]
fn an_officer_replaced_by_a_reason_for_none_is_removed_and_the_reason_is_free_text() {
    let dpo = &FACTS[2];
    let old = policy_of(&shop(Some((dpo, dpo.line)), "1.0.0"));
    let none = "    dpo none \"We do not process data on a large scale.\"\n";
    let new = policy_of(&shop(Some((dpo, none)), "2.0.0"));
    let d = diff::diff(&old, &new);
    let kinds: Vec<ChangeKind> = d.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::DpoRemoved, ChangeKind::HeaderChanged]);
    assert!(d.changes[1].kind.is_free_text());
    // A reason reworded is only that.
    let reworded = policy_of(&shop(Some((dpo, &none.replace("large", "wide"))), "2.0.1"));
    let kinds: Vec<ChangeKind> = diff::diff(&new, &reworded)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [ChangeKind::HeaderChanged]);
}

/// The notice says what the reader loses or gains with the value, in the
/// group of its class, in English, German, French and Spanish.
#[test]
fn the_notice_says_each_with_its_value_in_every_language() {
    let removed: [(&Fact, [&str; 4]); 3] = [
        (
            &FACTS[0],
            [
                "The policy no longer gives this link at its top: Do Not Sell or Share My Personal Information: https://shop.example/choices",
                "Die Datenschutzerklärung gibt diesen Link an ihrem Anfang nicht mehr an: ",
                "La politique ne donne plus ce lien en tête : ",
                "La política ya no da este enlace al principio: ",
            ],
        ),
        (
            &FACTS[2],
            [
                "The policy no longer gives the contact of the controller's data protection officer; it gave: “dpo@shop.example”",
                "Die Datenschutzerklärung gibt die Kontaktdaten des Datenschutzbeauftragten des Verantwortlichen nicht mehr an; sie gab an: „dpo@shop.example“",
                "La politique ne donne plus les coordonnées du délégué à la protection des données du responsable du traitement ; elle donnait : « dpo@shop.example »",
                "La política ya no da los datos de contacto del delegado de protección de datos del responsable del tratamiento; daba: «dpo@shop.example»",
            ],
        ),
        (
            &FACTS[3],
            [
                "The policy no longer names the controller's representative in the EU; it named: “Shop EU Rep GmbH, Hauptstraße 1, 10115 Berlin”",
                "Die Datenschutzerklärung nennt den Vertreter des Verantwortlichen in der EU nicht mehr; sie nannte: „Shop EU Rep GmbH, Hauptstraße 1, 10115 Berlin“",
                "La politique ne nomme plus le représentant du responsable du traitement dans l'UE ; elle nommait : « Shop EU Rep GmbH, Hauptstraße 1, 10115 Berlin »",
                "La política ya no nombra al representante del responsable del tratamiento en la UE; nombraba: «Shop EU Rep GmbH, Hauptstraße 1, 10115 Berlin»",
            ],
        ),
    ];
    for (fact, said) in removed {
        let old = policy_of(&shop(Some((fact, fact.line)), "1.0.0"));
        let new = policy_of(&shop(None, "2.0.0"));
        for (i, lang) in [Lang::En, Lang::De, Lang::Fr, Lang::Es]
            .into_iter()
            .enumerate()
        {
            let words = Lexicon::of(lang).unwrap();
            let notice = policyc::render::notice::markdown_in(&old, &new, "p", &words).unwrap();
            assert!(notice.contains(said[i]), "{lang:?}: {notice}");
            if i == 0 {
                // Among what changes to the reader's disadvantage: less protection.
                let heading = notice
                    .find("## What changes to the User's disadvantage")
                    .unwrap_or_else(|| panic!("{notice}"));
                assert!(notice.find(said[i]).unwrap() > heading, "{notice}");
            }
        }
    }
    // Added and moved, in the voice of the policy.
    let dpo = &FACTS[2];
    let we = |text: String| {
        text.replace(
            "  language   en\n",
            "  language   en\n  voice      we_you\n",
        )
    };
    let without = policy_of(&we(shop(None, "1.0.0")));
    let with = policy_of(&we(shop(Some((dpo, dpo.line)), "1.1.0")));
    let moved = policy_of(&we(shop(Some((dpo, dpo.moved)), "1.1.1")));
    let words = Lexicon::of(Lang::En).unwrap();
    let added = policyc::render::notice::markdown_in(&without, &with, "p", &words).unwrap();
    assert!(
        added.contains(
            "- We now give the contact of our data protection officer: “dpo@shop.example”"
        ),
        "{added}"
    );
    let changed = policyc::render::notice::markdown_in(&with, &moved, "p", &words).unwrap();
    assert!(
        changed.contains("- Our data protection officer is now reached at: “officer@shop.example”"),
        "{changed}"
    );
}
