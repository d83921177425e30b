//! Wording of the change notice and the California section a lawyer would
//! sign: the groups named for what narrowing and expanding mean, sensitive
//! personal information said with its kinds, and a recipient both shared
//! with for cross-context behavioral advertising and disclosed for
//! targeted advertising said once.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::path::Path;

use policyc::l10n::Lang;
use policyc::model::{Policy, Voice};
use policyc::render::document::Origin;
use policyc::render::lexicon::Lexicon;

fn compile(path: impl AsRef<Path>) -> Policy {
    let text = std::fs::read_to_string(path.as_ref()).unwrap();
    policyc::check_source(&text)
        .policy
        .unwrap_or_else(|| panic!("{} does not check", path.as_ref().display()))
}

fn in_voice(policy: &Policy, voice: Voice) -> Policy {
    let mut policy = policy.clone();
    policy.header.voice = voice;
    policy
}

/// The notice's fixture has both expanding and narrowing changes: their
/// groups are named for what changes for the reader, in each language and
/// voice, and never "what we will do less".
#[test]
fn the_groups_are_named_for_the_readers_favour_and_disadvantage() {
    let old = compile("tests/fixtures/notice/old.policy");
    let new = compile("tests/fixtures/notice/new.policy");
    let headings = [
        (
            Lang::En,
            [
                "## What changes to your disadvantage",
                "## What changes in your favour",
            ],
            [
                "## What changes to the User's disadvantage",
                "## What changes in the User's favour",
            ],
        ),
        (
            Lang::De,
            [
                "## Was sich zu Ihrem Nachteil ändert",
                "## Was sich zu Ihren Gunsten ändert",
            ],
            [
                "## Was sich zum Nachteil der betroffenen Person ändert",
                "## Was sich zugunsten der betroffenen Person ändert",
            ],
        ),
        (
            Lang::Fr,
            [
                "## Ce qui change en votre défaveur",
                "## Ce qui change en votre faveur",
            ],
            [
                "## Ce qui change en défaveur de la personne concernée",
                "## Ce qui change en faveur de la personne concernée",
            ],
        ),
        (
            Lang::Es,
            [
                "## Lo que cambia en su perjuicio",
                "## Lo que cambia a su favor",
            ],
            [
                "## Lo que cambia en perjuicio del interesado",
                "## Lo que cambia a favor del interesado",
            ],
        ),
    ];
    for (lang, we, third) in headings {
        let words = Lexicon::of(lang).unwrap();
        for (voice, [more, less]) in [(Voice::WeYou, we), (Voice::ThirdPerson, third)] {
            let notice = policyc::render::notice::markdown_in(
                &in_voice(&old, voice),
                &in_voice(&new, voice),
                "d",
                &words,
            )
            .unwrap();
            let more_at = notice
                .find(more)
                .unwrap_or_else(|| panic!("{lang:?} {more}: {notice}"));
            let less_at = notice
                .find(less)
                .unwrap_or_else(|| panic!("{lang:?} {less}: {notice}"));
            assert!(more_at < less_at, "{notice}");
        }
    }
    let english = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    assert!(!english.contains("do less"), "{english}");
    assert!(!english.contains("do more"), "{english}");
}

/// A link added at the top is narrowing: among what changes in the
/// reader's favour; the same link removed, among what changes to their
/// disadvantage.
#[test]
fn an_opt_out_link_is_in_the_readers_favour_and_its_removal_not() {
    let dir = "tests/fixtures/diff/opt_out_link_removed";
    let (old, new) = (
        compile(format!("{dir}/old.policy")),
        compile(format!("{dir}/new.policy")),
    );
    let removed = policyc::render::notice::markdown(&old, &new, "d").unwrap();
    let added = policyc::render::notice::markdown(&new, &old, "d").unwrap();
    let heading = |notice: &str| {
        notice
            .lines()
            .find(|l| l.starts_with("## What changes"))
            .unwrap_or_else(|| panic!("{notice}"))
            .to_owned()
    };
    assert!(heading(&removed).ends_with("disadvantage"), "{removed}");
    assert!(heading(&added).ends_with("favour"), "{added}");
}

/// Sensitive personal information is said with the kinds the editions
/// state, in the words the text describes them with, in every language:
/// not the kind's general line.
#[test]
fn sensitive_personal_information_is_said_with_its_kinds() {
    let dir = "tests/fixtures/diff/data_sensitive";
    let (old, new) = (
        compile(format!("{dir}/old.policy")),
        compile(format!("{dir}/new.policy")),
    );
    let said = [
        (
            Lang::En,
            [
                "- “Approximate location” is now sensitive personal information under US state privacy laws: “precise geolocation”.",
                "- “Account log-in” is now described as sensitive personal information of this kind: “an account log-in with the password or other credential that gives access to the account”, instead of “an account log-in, or a financial account, debit card or credit card number with the code or password that gives access to the account”.",
            ],
            "- “Approximate location” is no longer sensitive personal information under US state privacy laws.",
        ),
        (
            Lang::De,
            [
                "gilt nach den Datenschutzgesetzen der US-Bundesstaaten nun als sensible personenbezogene Daten: „genaue Standortdaten“.",
                "wird nun als sensible personenbezogene Daten dieser Art beschrieben: „ein Konto-Login zusammen mit dem Passwort oder anderen Zugangsdaten, die Zugang zum Konto gewähren“, statt „",
            ],
            "gilt nach den Datenschutzgesetzen der US-Bundesstaaten nicht mehr als sensible personenbezogene Daten.",
        ),
        (
            Lang::Fr,
            [
                "relève désormais des informations personnelles sensibles au sens des lois des États américains sur la protection de la vie privée : « ",
                "relève désormais des informations personnelles sensibles de ce type : « un identifiant de compte avec le mot de passe ou l'autre moyen d'authentification qui donne accès au compte », au lieu de « ",
            ],
            "ne relève plus des informations personnelles sensibles au sens des lois des États américains sur la protection de la vie privée.",
        ),
        (
            Lang::Es,
            [
                "es ahora información personal sensible según las leyes de privacidad de los estados de EE. UU.: «",
                "se describe ahora como información personal sensible de este tipo: «un inicio de sesión de cuenta con la contraseña u otra credencial que da acceso a la cuenta», en lugar de «",
            ],
            "ya no es información personal sensible según las leyes de privacidad de los estados de EE. UU.",
        ),
    ];
    for (lang, forward, back) in said {
        let words = Lexicon::of(lang).unwrap();
        let notice = policyc::render::notice::markdown_in(&old, &new, "d", &words).unwrap();
        for line in forward {
            assert!(notice.contains(line), "{lang:?} {line}: {notice}");
        }
        let reverse = policyc::render::notice::markdown_in(&new, &old, "d", &words).unwrap();
        assert!(reverse.contains(back), "{lang:?} {back}: {reverse}");
    }
    // Harbor Lane's log-in, in the notice the build writes.
    let harbor =
        std::fs::read_to_string("generated/harbor_lane_privacy/notice/1.0.0..1.1.0.md").unwrap();
    assert!(
        harbor.contains("- “Account log-in” is now described as sensitive personal information of this kind: “an account log-in with the password"),
        "{harbor}"
    );
    assert!(!harbor.contains("of another kind"), "{harbor}");
}

fn ccpa(recipients: &str) -> Policy {
    let text = std::fs::read_to_string("tests/fixtures/jurisdictions/ccpa.policy")
        .unwrap()
        .replace(
            "recipient ad_network \"Advertising networks\" { kind advertising  disclosed_as share }\n",
            recipients,
        );
    let checked = policyc::check_source(&text);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.policy.unwrap()
}

const SHARE: &str = "shared for cross-context behavioral advertising with the following recipients";
const TARGETED: &str = "disclosed for targeted advertising to the following recipients";
const BOTH: &str = "shared for cross-context behavioral advertising with, and disclosed for targeted advertising to, the following recipients";

/// A recipient both shared with for cross-context behavioral advertising
/// and disclosed to for targeted advertising, of the same data, is said
/// once in the California section, in every language; a recipient that is
/// one of the two keeps the list of that one.
#[test]
fn a_recipient_shared_with_and_targeted_is_said_once() {
    let both = ccpa(
        "recipient ad_network \"Advertising networks\" { kind advertising  disclosed_as share, targeted_advertising }\n",
    );
    let text = policyc::render::markdown(&both);
    assert!(text.contains(BOTH), "{text}");
    assert!(!text.contains(SHARE) && !text.contains(TARGETED), "{text}");
    assert_eq!(
        text.matches("- Advertising networks: Browsing activity")
            .count(),
        1,
        "{text}"
    );
    for (lang, said) in [
        (
            "de",
            "für kontextübergreifende verhaltensbasierte Werbung an die folgenden Empfänger weitergegeben und ihnen für gezielte Werbung offengelegt",
        ),
        (
            "fr",
            "avec les destinataires suivants, et leur sont communiquées à des fins de publicité ciblée",
        ),
        (
            "es",
            "con los siguientes destinatarios, y se les divulga para publicidad dirigida",
        ),
    ] {
        let mut policy = both.clone();
        policy.header.language = lang.to_owned();
        let text = policyc::render::markdown(&policy);
        assert!(text.contains(said), "{lang}: {text}");
    }
    // The merged list is traced to the recipient and its transfer.
    let document = policyc::render::document(&both).unwrap();
    let us = document
        .sections
        .iter()
        .find(|s| s.anchor == "jurisdiction-us")
        .unwrap();
    let merged = us
        .clauses
        .iter()
        .find(|c| c.body.plain().contains(BOTH))
        .unwrap();
    for origin in [Origin::Recipient(1), Origin::Transfer(1)] {
        assert!(merged.origins.contains(&origin), "{origin:?}");
    }

    // One recipient of each kind: two lists, no merged one.
    let apart = ccpa(
        "recipient ad_network \"Advertising networks\" { kind advertising  disclosed_as share }\n\
         recipient tv \"Television partners\" { kind advertising  disclosed_as targeted_advertising }\n\
         transfer browsing to tv for ads on consent\n",
    );
    let text = policyc::render::markdown(&apart);
    assert!(!text.contains(BOTH), "{text}");
    let share = text.find(SHARE).unwrap_or_else(|| panic!("{text}"));
    let targeted = text.find(TARGETED).unwrap_or_else(|| panic!("{text}"));
    let networks = text
        .find("- Advertising networks: Browsing activity")
        .unwrap();
    let tv = text
        .find("- Television partners: Browsing activity")
        .unwrap();
    assert!(
        share < networks && networks < targeted && targeted < tv,
        "{text}"
    );
}
