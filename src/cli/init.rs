//! `policyc init [DIR] [--id ID] [--regime ID]… [--voice VOICE]`: a new
//! policy, from a commented template that checks clean and passes its own
//! test block, in the voice asked for, and whose guidance cites the
//! articles of the regimes it declares.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Output;
use crate::diff::date_after;
use crate::driver::Outcome;
use crate::l10n::Lang;
use crate::model::{
    Basis, CcpaCategory, CommitmentKind, Date, PermittedUse, Regime, RightKind, Stance,
    TrackerCategory, Voice,
};
use crate::regimes::{Ask, cited};
use crate::vocab::{self, Closed as _};

/// The template: `{{id}}` and `{{date}}` are replaced, and so is each list
/// of keywords its guidance names (see [`lists`]).
pub const TEMPLATE: &str = include_str!("init.policy.in");

/// The widest comment line of the filled template, examples aside.
const WIDTH: usize = 78;

/// The line before each example to copy: the example is the comment lines
/// that follow it, each a line of a declaration behind `// `, and it ends
/// at the first line that is not a comment. Uncommented in place, an
/// example checks (tests/init_cli.rs).
pub const EXAMPLE: &str = "// For example (remove the slashes to use it):";

/// The regime a new policy declares when `--regime` is not given: the
/// template's blocks follow the disclosures of GDPR Art. 13, and an
/// author whose law is another says so with `--regime`.
pub const DEFAULT_REGIME: Regime = Regime::Gdpr;

/// Each `{{cite:NAME}}` of the template and what its block answers: it
/// becomes ` (ARTICLE)` of the declared regimes that ask for it, or
/// nothing when none does.
const CITATIONS: &[(&str, Ask)] = &[
    ("{{cite:controller}}", Ask::ControllerIdentity),
    ("{{cite:requirement}}", Ask::Requirement),
    ("{{cite:basis}}", Ask::Basis),
    ("{{cite:recipients}}", Ask::Recipients),
    ("{{cite:retention}}", Ask::Retention),
    ("{{cite:rights}}", Ask::Rights),
    ("{{cite:transfers}}", Ask::TransferSafeguard),
    ("{{cite:children}}", Ask::ChildrenStance),
    ("{{cite:decisions}}", Ask::DecisionStatement),
    ("{{cite:joint}}", Ask::JointArrangement),
    ("{{cite:sale}}", Ask::SaleOptOut),
    ("{{cite:source_named}}", Ask::SourceNamed),
];

/// The voice a new policy speaks in when `--voice` is not given.
pub const DEFAULT_VOICE: Voice = Voice::WeYou;

/// The keyword of [`DEFAULT_VOICE`], for the command line's default.
pub fn default_voice() -> &'static str {
    DEFAULT_VOICE.keyword()
}

/// The help of `--regime`, naming every regime from the vocabulary.
pub fn regime_help() -> String {
    let known: Vec<&str> = vocab::REGIMES.keywords().collect();
    format!(
        "A legal regime the policy answers to ({}), repeatable, or `{}`; {} when not given. The notes cite its articles, and it decides which notes and examples the template holds",
        known.join(", "),
        vocab::NO_REGIME,
        DEFAULT_REGIME.keyword()
    )
}

/// The help of `--voice`.
pub fn voice_help() -> String {
    format!(
        "How the text speaks: {} (the company is \"we\", the reader \"you\") or {} (the company by name, the reader \"the User\")",
        Voice::WeYou.keyword(),
        Voice::ThirdPerson.keyword()
    )
}

/// The help of `--publish`, naming the languages policyc writes.
pub fn publish_help() -> String {
    let known: Vec<&str> = Lang::ALL.iter().skip(1).map(|l| l.code()).collect();
    format!(
        "A language to publish the text in besides English ({}), repeatable: the header lists it in `languages`, and ID.LL.ftl is made beside the policy with every string to translate",
        vocab::listed(&known, " or ")
    )
}

/// What `policyc init --help` says after the options: what the new
/// policy holds.
pub fn help() -> String {
    format!(
        "Writes DIR/ID.policy and refuses to overwrite an existing file. The default id is the name of DIR (of the current directory when DIR is `policies`), or {FALLBACK_ID}.\n\n\
         The new policy checks clean under the regimes it declares, passes its own test block and is in the canonical layout. A note before each block says what to write and cites the article of each declared regime that asks for it. Examples to copy follow the line `{EXAMPLE}`: data from several sources, profiling, direct marketing and combined data, special categories (under the GDPR, the UK GDPR and the LGPD), a transfer abroad, trackers, children, an automated decision, commitments, a retention cap with backups, typed security measures and breach notifications, a section summary, and under a US state privacy law sales, sharing and sensitive information. Uncommented, each checks but for what its note says to add or remove."
    )
}

/// The id used when no better one can be derived.
pub const FALLBACK_ID: &str = "my_policy";

/// Directory names that say nothing about the policy, so the id is taken
/// from the directory above.
const GENERIC_DIRS: &[&str] = &["policies", "policy", "privacy"];

/// The template filled in for `id`, effective on `date` (YYYY-MM-DD),
/// declaring `regimes` (none when empty), in `voice` (its keyword in the
/// header, and its own quoted words), with its lists of keywords taken
/// from the vocabulary, so a value added to a set is named here without
/// an edit, and its notes citing the declared regimes.
pub fn render(id: &str, date: &str, regimes: &[Regime], voice: Voice) -> String {
    let readers = match voice {
        Voice::WeYou => "your",
        Voice::ThirdPerson => "the User's",
    };
    let declared: Vec<&str> = regimes.iter().map(|r| r.keyword()).collect();
    let declared = if declared.is_empty() {
        vocab::NO_REGIME.to_owned()
    } else {
        declared.join(", ")
    };
    let mut text = TEMPLATE
        .replace("{{id}}", id)
        .replace("{{date}}", date)
        .replace("{{regimes}}", &declared)
        .replace("{{regime_guidance}}", &regime_guidance(regimes))
        .replace("{{representative}}\n", &representative(regimes))
        .replace("{{special}}\n", &special(regimes))
        .replace("{{children}}", &children(regimes))
        .replace("{{no_decisions}}\n", &no_decisions(regimes))
        .replace(
            "{{no_decisions_commitment}}",
            CommitmentKind::NoAutomatedDecisions.keyword(),
        )
        .replace("{{us}}", &us_state_law(regimes))
        .replace("{{marketing_objection}}", &marketing_objection(regimes))
        .replace("{{profiled_marketing}}", &profiled_marketing(regimes))
        .replace("{{tracker_consent}}", &tracker_consent(regimes))
        .replace("{{breach}}", &breach(regimes))
        .replace(
            "{{account}}",
            &ccpa_block(
                regimes,
                "data account \"Account information\" {\n  source    user\n  identity  identified\n  collected \"when an account is created\"\n}",
                &[CcpaCategory::Identifiers, CcpaCategory::CustomerRecords],
            ),
        )
        .replace(
            "{{usage}}",
            &ccpa_block(
                regimes,
                "data usage \"How you use the Service\" {\n  source   device\n  identity pseudonymized\n}",
                &[CcpaCategory::InternetActivity],
            )
            .lines()
            .map(commented)
            .collect::<Vec<_>>()
            .join("\n"),
        )
        .replace("{{example}}", EXAMPLE)
        .replace("{{rights}}", &rights(regimes, readers))
        .replace("{{requests_note}}\n", &requests_note(regimes))
        .replace("{{requests}}\n", &requests(regimes))
        .replace("{{voice}}", voice.keyword())
        .replace("{{readers}}", readers);
    for &(placeholder, ask) in CITATIONS {
        let citation = cited(regimes, ask).map_or_else(String::new, |c| format!(" ({c})"));
        text = text.replace(placeholder, &citation);
    }
    for (placeholder, words) in lists() {
        text = text.replace(placeholder, &vocab::listed(&words, " or "));
    }
    let mut example = false;
    let mut out = String::new();
    for line in text.lines() {
        // An example's lines are code, kept as they are.
        example = line == EXAMPLE || (example && (line.starts_with("// ") || line == "//"));
        let lines = if example {
            vec![line.to_owned()]
        } else {
            wrap(line)
        };
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if requests(regimes).is_empty() {
        out
    } else {
        align_header(&out)
    }
}

/// A data block of the template, with, under ccpa, its `ccpa_category`
/// (W0444) last and the properties aligned as fmt aligns them.
fn ccpa_block(regimes: &[Regime], block: &str, categories: &[CcpaCategory]) -> String {
    if !regimes.contains(&Regime::Ccpa) {
        return block.to_owned();
    }
    const ALIGNED: [&str; 7] = [
        "source",
        "identity",
        "special",
        "sensitive",
        "collected",
        "examples",
        "description",
    ];
    let key = "ccpa_category";
    let words: Vec<&str> = categories.iter().map(|c| c.keyword()).collect();
    // The block is the text's first declaration, up to its first `}`.
    let mut inside = true;
    let mut out: Vec<String> = Vec::new();
    for line in block.lines() {
        if inside && line == "}" {
            out.push(format!("  {key} {}", words.join(", ")));
            inside = false;
        }
        let aligned = line
            .strip_prefix("  ")
            .and_then(|rest| rest.split_once(' '))
            .filter(|(word, _)| inside && ALIGNED.contains(word))
            .map(|(word, value)| {
                format!("  {word:<width$} {}", value.trim_start(), width = key.len())
            });
        out.push(aligned.unwrap_or_else(|| line.to_owned()));
    }
    out.join("\n")
}

/// That people may object to direct marketing at any time, where a
/// declared regime says so (Art. 21(2)); nothing elsewhere.
fn marketing_objection(regimes: &[Regime]) -> String {
    cited(regimes, Ask::MarketingObjection).map_or_else(String::new, |citation| {
        format!(", and that people may object to it at any time ({citation})")
    })
}

/// That profiling for direct marketing rests on consent, where a declared
/// regime says so (W0455); nothing elsewhere.
fn profiled_marketing(regimes: &[Regime]) -> String {
    let mut words = String::new();
    if let Some(citation) = cited(regimes, Ask::ProfiledMarketing) {
        words.push_str(&format!(
            " Profiling people for direct marketing rests on `basis {}` ({citation}; on {}, W0455).",
            Basis::Consent.keyword(),
            Basis::LegitimateInterest.keyword()
        ));
    }
    words
}

/// That a tracker that is not strictly necessary needs consent for every
/// purpose it serves, where a declared regime says so (E0390), as the
/// second example does; nothing elsewhere.
fn tracker_consent(regimes: &[Regime]) -> String {
    cited(regimes, Ask::TrackerConsent).map_or_else(String::new, |citation| {
        format!(
            "// A tracker that is not {} needs consent ({citation}): every purpose it serves rests on `basis {}` (E0390), as in the second example.\n",
            TrackerCategory::StrictlyNecessary.keyword(),
            Basis::Consent.keyword()
        )
    })
}

/// The deadline a declared regime sets for notifying the authority of a
/// breach (W0395); nothing elsewhere.
fn breach(regimes: &[Regime]) -> String {
    cited(regimes, Ask::BreachNotification).map_or_else(String::new, |citation| {
        format!("; the authority within 72 hours at the latest ({citation}, W0395)")
    })
}

/// The note that opens the template: which laws the policy answers to.
fn regime_guidance(regimes: &[Regime]) -> String {
    if regimes.is_empty() {
        return format!(
            "// This policy declares that it answers to no legal regime (`regimes {}`), so policyc checks its structure only. The note before each block says what to write.",
            vocab::NO_REGIME
        );
    }
    let names: Vec<&str> = regimes.iter().map(|r| r.entry().text).collect();
    let ask = if names.len() == 1 { "asks" } else { "ask" };
    format!(
        "// The blocks follow what {} {ask} a privacy policy to tell people. The note before each block cites the article that asks for it, where one does, and says what to write.",
        vocab::listed(&names, " and ")
    )
}

/// The controller's representatives, where a declared regime asks for
/// one from a controller established outside its area: the EU
/// representative under the GDPR (Art. 27(1), W0432), the UK one under
/// the UK GDPR. A note, not a property: the template's controller is
/// established in the Union, and needs none.
fn representative(regimes: &[Regime]) -> String {
    let mut lines = Vec::new();
    if let Some(citation) = cited(regimes, Ask::EuRepresentative) {
        lines.push(format!(
            "// - eu_representative ({citation}): if your company is established outside the EU and the EEA, the name and postal address of the representative it designated in the Union, in the controller block: `eu_representative \"Name, postal address in the EU\"` (without it, W0432). lead_authority: the supervisory authority of your main establishment in the Union, if you have one."
        ));
    }
    if regimes.contains(&Regime::UkGdpr) {
        lines.push(
            "// - uk_representative: if your company is established outside the United Kingdom, the name and postal address of its representative there (UK GDPR Art. 27), in the controller block: `uk_representative \"Name, postal address in the UK\"`."
                .to_owned(),
        );
    }
    lines.into_iter().map(|line| line + "\n").collect()
}

/// The note on special categories of data, in the words of each declared
/// regime that restricts them (E0305): under the GDPR and the UK GDPR the
/// conditions of Art. 9(2), with the law a condition names (E0395); under
/// the LGPD its sensitive personal data (Art. 5(II)) and the two ways
/// Art. 11 allows processing it, with no condition of Art. 9(2) read into
/// it. Then an example to copy: a purpose resting on `health_care` and its
/// law where a GDPR regime is declared, on explicit consent under the LGPD
/// alone. Nothing is declared: the template cannot know whether the
/// Service processes such data.
fn special(regimes: &[Regime]) -> String {
    let gdpr = cited(regimes, Ask::SpecialConditionLaw);
    let lgpd = regimes.contains(&Regime::Lgpd);
    if gdpr.is_none() && !lgpd {
        // The blank line the note would end with.
        return "\n".to_owned();
    }
    let mut lines = vec![String::new()];
    if let Some(citation) = &gdpr {
        let with_law: Vec<&str> = vocab::SPECIAL_CONDITIONS
            .values
            .iter()
            .filter(|v| v.value.needs_law())
            .map(|v| v.keyword)
            .collect();
        lines.push(format!("// SPECIAL CATEGORIES OF DATA ({citation})."));
        lines.push("// Information that reveals a person's health, origin, beliefs or sex life, and genetic or biometric data, is marked with `special` and one of {{special_categories}}. A purpose that uses it rests on `basis explicit_consent` or names the condition it rests on with `special_condition` and one of {{special_conditions}} (without either, E0305).".to_owned());
        lines.push(format!(
            "// Where the condition rests on a law ({}), name the law in quotes after it (E0395).",
            vocab::listed(&with_law, " or ")
        ));
    }
    if lgpd {
        lines.push(format!(
            "// SENSITIVE PERSONAL DATA ({}).",
            vocab::cite(Regime::Lgpd, "11")
        ));
        lines.push("// Under the LGPD, sensitive personal data (\"dados pessoais sensíveis\", Art. 5(II)) is personal data on racial or ethnic origin, religious conviction, political opinion, membership of a trade union or of a religious, philosophical or political organisation, health or sex life, and genetic or biometric data. Mark it with `special` and one of {{special_categories}}.".to_owned());
        lines.push("// Art. 11 allows processing it only with the specific and highlighted consent of the person or their legal guardian, for specific purposes (Art. 11(I)), or without consent where the processing is indispensable in one of the cases Art. 11(II) lists. A purpose that uses it rests on `basis explicit_consent`, for that consent, or names the case with `special_condition` (without either, E0305). The conditions policyc types are those of GDPR Art. 9(2) ({{special_conditions}}): name one only where Art. 11(II) lists the same case; policyc does not check that it does.".to_owned());
    }
    lines.push(EXAMPLE.to_owned());
    let example = if gdpr.is_some() {
        "data health \"Health information\" {\n  source   user\n  identity identified\n  special  health\n  required by contract \"we cannot treat you\"\n}\n\npurpose care \"Treatment at our clinics\" {\n  uses              health\n  basis             contract\n  special_condition health_care \"the law that provides for it\"\n}\n\nretain health for 10 years from end_of_contract"
    } else {
        "data health \"Health information\" {\n  source   user\n  identity identified\n  special  health\n  optional\n}\n\npurpose care \"Heart-rate training advice\" {\n  uses  health\n  basis explicit_consent\n}\n\nretain health for 1 year from collection"
    };
    let example = ccpa_block(regimes, example, &[CcpaCategory::CustomerRecords]);
    lines.extend(example.lines().map(commented));
    lines.push(String::new());
    lines.into_iter().map(|line| line + "\n").collect()
}

/// A line of an example, commented out: `// ` before it, or `//` alone
/// for the blank line between two declarations.
fn commented(line: &str) -> String {
    if line.is_empty() {
        "//".to_owned()
    } else {
        format!("// {line}")
    }
}

/// A stance on children to copy: written out where a declared regime asks
/// for one (COPPA), so the new policy checks clean; a comment elsewhere,
/// since the template states nothing of the Service it cannot know.
fn children(regimes: &[Regime]) -> String {
    const BLOCK: &str = "children {\n  audience           general\n  minimum_age        16\n  knowingly_collects no\n}";
    if cited(regimes, Ask::ChildrenStance).is_some() {
        return format!(
            "// COPPA asks for a stance, so here is one: correct it to the Service's.\n{BLOCK}"
        );
    }
    let lines: Vec<String> = BLOCK.lines().map(commented).collect();
    format!("{EXAMPLE}\n{}", lines.join("\n"))
}

/// The statement that no decision is made solely by automated means,
/// written out where a declared regime asks the notice to say whether
/// any is (GDPR Art. 13(2)(f), W0453), so the new policy checks clean;
/// nothing elsewhere, since the template states nothing of the Service
/// that no law asks it to. The author corrects it where the Service
/// makes one: a decision declared beside it is E0384.
fn no_decisions(regimes: &[Regime]) -> String {
    let Some(citation) = cited(regimes, Ask::DecisionStatement) else {
        return String::new();
    };
    format!(
        "\n// {citation} asks whether the Service makes such decisions, so here is the statement that it makes none: if it makes one, declare it and remove the `commit` line below (beside a decision it is E0384).\ncommit {}\n",
        CommitmentKind::NoAutomatedDecisions.keyword()
    )
}

/// The header's statements on how a request is verified and how an
/// authorized agent makes one, written out where a declared regime asks
/// for them (the CCPA, W0441 and W0442), so the new policy checks clean;
/// nothing elsewhere.
fn requests(regimes: &[Regime]) -> String {
    if cited(regimes, Ask::RequestVerification).is_none() {
        return String::new();
    }
    "  verification \"We ask you to confirm the e-mail address of your account and a recent order.\"\n  authorized_agents \"An authorized agent sends us your signed permission to act for you.\"\n".to_owned()
}

/// The note on [`requests`], where it writes them.
fn requests_note(regimes: &[Regime]) -> String {
    let (Some(verification), Some(agents)) = (
        cited(regimes, Ask::RequestVerification),
        cited(regimes, Ask::AuthorizedAgents),
    ) else {
        return String::new();
    };
    format!(
        "// - verification ({verification}): how you verify a request to know, delete or correct, and what you ask the person for. authorized_agents ({agents}): how an authorized agent makes a request for someone, and what it provides. Replace the examples with what you do.\n"
    )
}

/// The header with its properties' values aligned on the longest
/// property, as `policyc fmt` writes it, where [`requests`] adds longer
/// ones than the template's.
fn align_header(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_header = false;
    let mut width = 0;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("policy ") {
            in_header = true;
            width = lines
                .iter()
                .skip(i + 1)
                .take_while(|l| **l != "}")
                .filter_map(|l| property(l))
                .map(|(key, _)| key.len())
                .max()
                .unwrap_or(0);
        } else if *line == "}" {
            in_header = false;
        }
        match property(line).filter(|_| in_header) {
            Some((key, value)) => out.push_str(&format!("  {key:width$} {value}\n")),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// A header property of two-space indent: its key and its value.
fn property(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("  ")?;
    if rest.starts_with(' ') || rest.starts_with('}') {
        return None;
    }
    let (key, value) = rest.split_once(' ')?;
    Some((key, value.trim_start()))
}

/// Whether a declared regime is a US state privacy law, whose rights and
/// disclosures the template then explains.
fn is_us(regime: Regime) -> bool {
    matches!(regime, Regime::Ccpa | Regime::UsStateLaws)
}

/// The guidance on sales, sharing and sensitive information, under a US
/// state privacy law: what to declare where the business sells or shares
/// (E0440, E0342, W0341, W0342) or uses sensitive information (E0442,
/// `permitted_use`),
/// with examples to copy. Nothing is declared: the template cannot know
/// whether the Service sells, and a sale it did not make would be a fact
/// invented.
fn us_state_law(regimes: &[Regime]) -> String {
    if !regimes.iter().any(|&r| is_us(r)) {
        return String::new();
    }
    let ccpa = regimes.contains(&Regime::Ccpa);
    let mut lines = vec![
        "// SALE, SHARING AND SENSITIVE INFORMATION (US STATE PRIVACY LAW){{cite:sale}}."
            .to_owned(),
        format!(
            "// If you sell personal information (for money or anything else of value), share it for cross-context behavioral advertising, or process it for targeted advertising, mark each recipient that receives it so, with `disclosed_as` and one or more of {}. Then add `right {}` with how to opt out (without it, E0440).",
            vocab::listed(&vocab::DISCLOSURES.keywords().collect::<Vec<_>>(), " or "),
            RightKind::OptOutSaleShare.keyword()
        ),
    ];
    if ccpa {
        lines.push(format!(
            "// Under ccpa, a business that sells or shares also adds to the header the \"Do Not Sell or Share My Personal Information\" link, `do_not_sell \"https://www.example.com/do-not-sell\"` (W0342), and `gpc {}`: it must treat a Global Privacy Control signal as a request to opt out (`gpc {}` is E0342, no stance W0341).",
            Stance::Honoured.keyword(),
            Stance::Ignored.keyword()
        ));
    }
    if ccpa {
        lines.push(format!(
            "// Under ccpa, each data category says which of the statute's categories of personal information it belongs to, with `ccpa_category` and one or more of {}: the California section lists the data by them (without it, W0444). Sensitive information is also of the category its kind belongs to: precise geolocation is geolocation_data (W0445).",
            vocab::listed(&vocab::CCPA_CATEGORIES.keywords().collect::<Vec<_>>(), " or ")
        ));
    }
    lines.push(format!(
        "// Information that is sensitive personal information says which, with `sensitive` and one of {}.{}",
        vocab::listed(
            &vocab::SENSITIVE_CATEGORIES.keywords().collect::<Vec<_>>(),
            " or "
        ),
        if ccpa {
            format!(
                " Under ccpa, a purpose that uses it on another basis than contract, legal_obligation or vital_interests needs `right {}` (without it, E0442), and the header then gives the \"Limit the Use of My Sensitive Personal Information\" link, `limit_sensitive_link \"https://www.example.com/limit\"` (W0443). A purpose that serves one of the purposes California law permits without that right (11 CCR §7027(m)) names it with `permitted_use` and one of {}: the right to limit then does not stop it.",
                RightKind::LimitSensitive.keyword(),
                vocab::listed(
                    &vocab::PERMITTED_USES.keywords().collect::<Vec<_>>(),
                    " or "
                )
            )
        } else {
            String::new()
        }
    ));
    lines.push(EXAMPLE.to_owned());
    // Under ccpa, a purpose that serves a permitted use says so; elsewhere
    // the marker would have no effect (W0446).
    let permitted = if ccpa {
        format!(
            "\n\npurpose fraud \"Keeping your account safe from fraud\" {{\n  uses          location\n  basis         legitimate_interest \"detecting log-ins from unusual places\"\n  permitted_use {}\n}}",
            PermittedUse::FraudPrevention.as_str()
        )
    } else {
        String::new()
    };
    let example = format!(
        "recipient ad_partners \"Advertising partners\" {{\n  kind         advertising\n  disclosed_as share\n}}\n\ntransfer account to ad_partners on consent\n\nright {} {{ via \"https://www.example.com/do-not-sell\" }}\n\ndata location \"Precise location\" {{\n  source    device\n  identity  identified\n  sensitive precise_geolocation\n}}\n\npurpose nearby \"Showing shops near you\" {{\n  uses  location\n  basis consent\n}}{permitted}\n\nretain location for 30 days from collection\n\nright {} {{ via \"https://www.example.com/limit\" }}",
        RightKind::OptOutSaleShare.keyword(),
        RightKind::LimitSensitive.keyword()
    );
    // The sensitive category, under ccpa with its statutory category.
    let (sales, sensitive) = example.split_at(example.find("data location").unwrap_or(0));
    let sensitive = ccpa_block(regimes, sensitive, &[CcpaCategory::GeolocationData]);
    let example = format!("{sales}{sensitive}");
    lines.extend(example.lines().map(commented));
    lines.join("\n") + "\n\n"
}

/// The rights to declare, with how each is exercised: those of the GDPR
/// and its kin (access, rectification, erasure, restriction, portability
/// and a complaint to an authority) unless every declared regime that
/// grants rights is a US state law, and then, under one, the US rights
/// (to know under the CCPA, to appeal under the other states' laws).
/// Non-discrimination is not declared: it is exercised by no request, and
/// the regime's text states it by default. Answered within one month where a GDPR regime is
/// declared, and within the CCPA's 45 days otherwise (Cal. Civ. Code
/// §1798.130(a)(2)).
fn rights(regimes: &[Regime], readers: &str) -> String {
    let us = regimes.iter().any(|&r| is_us(r));
    let only_us = us && regimes.iter().all(|&r| is_us(r) || r == Regime::Coppa);
    let within = if only_us { "45 days" } else { "1 month" };
    let mut guidance = Vec::new();
    let mut blocks = Vec::new();
    let answered = |kind: RightKind| {
        format!(
            "right {} {{\n  via    \"privacy@example.com\"\n  within {within}\n}}",
            kind.keyword()
        )
    };
    let changed = |kind: RightKind| {
        format!(
            "right {} {{\n  via    \"the account settings of the Service\", \"privacy@example.com\"\n  within {within}\n}}",
            kind.keyword()
        )
    };
    if !only_us {
        guidance.push("// The law may give people the rights to access, rectify and erase their data, to restrict its use, to take it with them (portability), and to complain to a data protection authority. Say how each is exercised (`via`) and how fast you answer (`within`, at most one month). If a purpose relies on consent, add `right withdraw_consent` too; if one relies on legitimate_interest, or is direct marketing (`direct_marketing`, on any basis), add `right objection`.".to_owned());
    }
    if us {
        guidance.push(format!(
            "// US state privacy laws give consumers the rights to know what is collected about them ({}), to access, delete and correct it, to take it with them and to appeal a refusal (us_state_laws), and not to be discriminated against for exercising them; where you sell or share, to opt out, and where you use sensitive information beyond what the law permits, to limit that use (see above). Say how each is exercised (`via`) and how fast you answer (`within`{}).",
            if regimes.contains(&Regime::Ccpa) { "ccpa" } else { "where the law grants it" },
            if only_us { ": the CCPA allows 45 days" } else { "" }
        ));
    }
    if us && regimes.contains(&Regime::Ccpa) {
        blocks.push(answered(RightKind::Know));
    }
    if !only_us || regimes.contains(&Regime::UsStateLaws) {
        blocks.push(answered(RightKind::Access));
    }
    if only_us {
        blocks.push(changed(RightKind::Rectification));
        blocks.push(changed(RightKind::Erasure));
    } else {
        blocks.push(format!(
            "right {} {{\n  via \"the account settings of the Service\", \"privacy@example.com\"\n  anytime\n}}",
            RightKind::Rectification.keyword()
        ));
        blocks.push(changed(RightKind::Erasure));
        blocks.push(answered(RightKind::Restriction));
    }
    if !only_us || regimes.contains(&Regime::UsStateLaws) {
        blocks.push(answered(RightKind::Portability));
    }
    if regimes.contains(&Regime::UsStateLaws) {
        blocks.push(answered(RightKind::Appeal));
    }
    if !only_us {
        blocks.push(format!(
            "right {} {{ via \"the data protection authority of {readers} country\" }}",
            RightKind::Complaint.keyword()
        ));
    }
    format!("{}\n{}", guidance.join("\n"), blocks.join("\n\n"))
}

/// Each list of keywords in the template's guidance: its placeholder and
/// the set's keywords.
fn lists() -> [(&'static str, Vec<&'static str>); 22] {
    [
        (
            "{{special_categories}}",
            vocab::SPECIAL_CATEGORIES.keywords().collect(),
        ),
        (
            "{{special_conditions}}",
            vocab::SPECIAL_CONDITIONS.keywords().collect(),
        ),
        ("{{regimes_all}}", vocab::REGIMES.keywords().collect()),
        ("{{grounds}}", vocab::GROUNDS.keywords().collect()),
        ("{{authorities}}", vocab::AUTHORITIES.keywords().collect()),
        (
            "{{notify_methods}}",
            vocab::NOTIFY_METHODS.keywords().collect(),
        ),
        ("{{takes_effect}}", vocab::TAKES_EFFECT.keywords().collect()),
        (
            "{{tracker_kinds}}",
            vocab::TRACKER_KINDS.keywords().collect(),
        ),
        (
            "{{tracker_categories}}",
            vocab::TRACKER_CATEGORIES.keywords().collect(),
        ),
        ("{{mechanisms}}", vocab::MECHANISMS.keywords().collect()),
        ("{{derogations}}", vocab::DEROGATIONS.keywords().collect()),
        ("{{audiences}}", vocab::AUDIENCES.keywords().collect()),
        (
            "{{parent_rights}}",
            vocab::PARENT_RIGHTS.keywords().collect(),
        ),
        (
            "{{decision_bases}}",
            vocab::DECISION_BASES.keywords().collect(),
        ),
        ("{{safeguards}}", vocab::SAFEGUARDS.keywords().collect()),
        ("{{commitments}}", vocab::COMMITMENTS.keywords().collect()),
        ("{{areas}}", vocab::AREAS.keywords().collect()),
        ("{{combinations}}", vocab::COMBINATIONS.keywords().collect()),
        ("{{stances}}", vocab::STANCES.keywords().collect()),
        (
            "{{security_measures}}",
            vocab::SECURITY_MEASURES.keywords().collect(),
        ),
        (
            "{{breach_parties}}",
            vocab::BREACH_PARTIES.keywords().collect(),
        ),
        ("{{sections}}", vocab::SECTIONS.keywords().collect()),
    ]
}

/// A comment line, wrapped at [`WIDTH`] between words; other lines as they
/// are.
fn wrap(line: &str) -> Vec<String> {
    let Some(words) = line.strip_prefix("// ").filter(|_| line.len() > WIDTH) else {
        return vec![line.to_owned()];
    };
    // A bullet's lines after its first hang under its words.
    let continuation = if words.starts_with("- ") {
        "//  "
    } else {
        "//"
    };
    let mut lines = vec![String::from("//")];
    for word in words.split(' ') {
        let fits = lines
            .last()
            .is_some_and(|l| l.len() + 1 + word.len() <= WIDTH);
        if !fits {
            lines.push(String::from(continuation));
        }
        if let Some(last) = lines.last_mut() {
            last.push(' ');
            last.push_str(word);
        }
    }
    lines
}

/// Whether `id` is a policy id: a letter, then letters, digits or `_`.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A name turned into an id: lowercase, runs of other characters become
/// one `_`; `None` when nothing usable is left.
pub fn id_from_name(name: &str) -> Option<String> {
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    let id = id.trim_end_matches('_').to_owned();
    let start = id.find(|c: char| c.is_ascii_alphabetic())?;
    let id = id.get(start..)?.to_owned();
    is_valid_id(&id).then_some(id)
}

/// The default id for `dir`: its name, or the name of the directory above
/// when it has a generic name such as `policies`, or [`FALLBACK_ID`].
pub fn default_id(dir: &Path) -> String {
    let absolute = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        // Without a readable working directory, the id comes from the path
        // as given, and falls back to FALLBACK_ID when that names nothing.
        std::env::current_dir().map_or_else(|_| dir.to_path_buf(), |cwd| cwd.join(dir))
    };
    let names: Vec<String> = absolute
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            std::path::Component::ParentDir => Some("..".to_owned()),
            _ => None,
        })
        .collect();
    // Resolve `..` by hand: the directory may not exist yet.
    let mut resolved: Vec<&str> = Vec::new();
    for name in &names {
        if name == ".." {
            resolved.pop();
        } else {
            resolved.push(name);
        }
    }
    let mut candidates = resolved.iter().rev();
    let Some(last) = candidates.next() else {
        return FALLBACK_ID.to_owned();
    };
    let name = if GENERIC_DIRS.contains(&last.to_ascii_lowercase().as_str()) {
        candidates.next().copied()
    } else {
        Some(*last)
    };
    name.and_then(id_from_name)
        .unwrap_or_else(|| FALLBACK_ID.to_owned())
}

/// Today's date in UTC as YYYY-MM-DD, or the date of `SOURCE_DATE_EPOCH`
/// when it is set, for reproducible output.
pub fn today() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    date_of_days(seconds.div_euclid(86_400)).to_string()
}

/// The date `days` days after 1970-01-01, by the calendar arithmetic the
/// diff uses for notice periods.
fn date_of_days(days: i64) -> Date {
    const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    date_after(EPOCH, days)
}

/// The regimes named by `--regime` (each a regime's keyword, or `none`
/// alone), [`DEFAULT_REGIME`] when none is given, or the message that
/// says what is wrong.
pub fn regimes(given: &[String]) -> Result<Vec<Regime>, String> {
    if given.is_empty() {
        return Ok(vec![DEFAULT_REGIME]);
    }
    if given.iter().any(|g| g == vocab::NO_REGIME) {
        if given.len() > 1 {
            return Err(format!(
                "`--regime {}` cannot be combined with a regime",
                vocab::NO_REGIME
            ));
        }
        return Ok(Vec::new());
    }
    let mut regimes = Vec::new();
    for name in given {
        let Some(value) = vocab::REGIMES.find(name) else {
            let known: Vec<&str> = vocab::REGIMES.keywords().collect();
            return Err(format!(
                "`{name}` is not a legal regime: write one of {}, or {}",
                vocab::listed(&known, ", "),
                vocab::NO_REGIME
            ));
        };
        regimes.push(value.value);
    }
    regimes.sort_unstable();
    regimes.dedup();
    Ok(regimes)
}

/// Runs `policyc init`.
pub fn run(
    dir: &Path,
    id: Option<&str>,
    regimes: &[String],
    voice: Voice,
    publish: &[String],
    out: &mut Output,
) -> Outcome {
    let (regimes, publish) = match (self::regimes(regimes), published(publish)) {
        (Ok(regimes), Ok(publish)) => (regimes, publish),
        (Err(message), _) | (_, Err(message)) => {
            out.error_line(&message);
            return Outcome::Usage;
        }
    };
    let id = match id {
        Some(id) if is_valid_id(id) => id.to_owned(),
        Some(id) => {
            let hint = id_from_name(id).map_or_else(String::new, |s| format!("; try `--id {s}`"));
            out.error_line(&format!(
                "`{id}` is not a valid policy id: it must start with a letter and contain only letters, digits and `_`{hint}"
            ));
            return Outcome::Usage;
        }
        None => default_id(dir),
    };
    let path: PathBuf = dir.join(format!("{id}.{}", crate::source::EXTENSION));
    if path.exists() {
        out.error_line(&format!(
            "`{}` already exists; policyc init never overwrites a file (choose another `--id` or directory)",
            path.display()
        ));
        return Outcome::Usage;
    }
    if let Err(error) = std::fs::create_dir_all(dir) {
        out.error_line(&format!("cannot create `{}`: {error}", dir.display()));
        return Outcome::Usage;
    }
    let text = publishing(&render(&id, &today(), &regimes, voice), &publish);
    let mut files = vec![(path.clone(), text.clone())];
    for language in &publish {
        let file = crate::translate::file_for(&path, language.code());
        files.push((file, translation_template(&text, *language)));
    }
    for (file, text) in &files {
        if let Err(error) = write_new(file, text) {
            out.error_line(&format!("cannot write `{}`: {error}", file.display()));
            return Outcome::Usage;
        }
    }
    let translate = if publish.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = files
            .iter()
            .skip(1)
            .map(|(file, _)| file.display().to_string())
            .collect();
        format!(
            "; translate every string listed in {} (`policyc check` names each one still missing)",
            names.join(" and ")
        )
    };
    out.result_line(&format!(
        "created {}: replace the placeholders its comments point out{translate}, then run `policyc check` and `policyc test`",
        path.display()
    ));
    Outcome::Clean
}

/// The languages of `--publish`: each one policyc writes the text in,
/// other than English, the template's, each once.
fn published(given: &[String]) -> Result<Vec<Lang>, String> {
    let mut languages = Vec::new();
    for code in given {
        match Lang::from_code(code) {
            Some(Lang::En) => {}
            Some(lang) if !languages.contains(&lang) => languages.push(lang),
            Some(_) => {}
            None => {
                let known: Vec<&str> = Lang::ALL.iter().skip(1).map(|l| l.code()).collect();
                return Err(format!(
                    "`{code}` is not a language policyc writes the text in; use {}",
                    known.join(", ")
                ));
            }
        }
    }
    Ok(languages)
}

/// The filled template, publishing `languages` besides English.
fn publishing(text: &str, languages: &[Lang]) -> String {
    if languages.is_empty() {
        return text.to_owned();
    }
    let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
    text.replacen(
        "  language   en\n",
        &format!("  language   en\n  languages  en, {}\n", codes.join(", ")),
        1,
    )
}

/// The translation file of a new policy (`text`) into `language`: every
/// string the policy writes, with its hash and its English, and its
/// message left for the translator, commented out until it is written.
fn translation_template(text: &str, language: Lang) -> String {
    let mut out = format!(
        "# The translation into `{language}` of the policy beside this file. Under each\n\
         # string's hash and English source, remove the \"# \" before its id and\n\
         # write the translation after \"=\". `policyc check` names each one\n\
         # still missing; translate each string again when its source changes.\n\n"
    );
    let Some(policy) = crate::check_source(text).policy else {
        return out;
    };
    for (path, source) in crate::translate::strings::collect(&policy) {
        let skeleton = crate::translate::ftl::skeleton(&path, &source);
        out.push_str(&skeleton.replace(&format!("\n{path} = "), &format!("\n# {path} = ")));
        out.push_str("\n\n");
    }
    // In Fluent's layout, so that `policyc fmt --check` passes from the start.
    crate::translate::ftl::format(&out).unwrap_or(out)
}

/// Writes a new file atomically: a temporary file in the same directory,
/// renamed into place only if no file of that name exists by then.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The template's guidance lists the values of the sets it explains:
    /// the lists are filled from the vocabulary; the values explained one
    /// by one (sources, identities, bases, recipient kinds) must be named
    /// by hand, and this test says which is missing.
    #[test]
    fn the_guidance_names_every_value_it_explains() {
        use crate::vocab::{BASES, IDENTITIES, RECIPIENT_KINDS, SOURCES};
        let text = render("x", "2024-01-01", &[DEFAULT_REGIME], Voice::WeYou);
        let mut named: Vec<&str> = SOURCES.keywords().collect();
        named.extend(IDENTITIES.keywords());
        // Explicit consent too: the note on special categories names it.
        named.extend(BASES.keywords());
        named.extend(RECIPIENT_KINDS.keywords());
        for (_, words) in lists() {
            named.extend(words);
        }
        for keyword in named {
            assert!(
                text.contains(keyword),
                "the template does not name `{keyword}`"
            );
        }
        assert!(!text.contains("{{"), "a placeholder is left");
        // Notes are wrapped; an example's lines are code, kept whole.
        let mut example = false;
        for line in text.lines() {
            example = line == EXAMPLE || (example && (line.starts_with("// ") || line == "//"));
            assert!(
                example || !line.starts_with("//") || line.len() <= WIDTH,
                "{line}"
            );
        }
    }

    /// The notes cite the declared regimes' articles, and no other's.
    #[test]
    fn the_guidance_cites_the_declared_regimes_only() {
        let gdpr = render("x", "2024-01-01", &[Regime::Gdpr], Voice::WeYou);
        assert!(gdpr.contains("  regimes    gdpr\n"), "{gdpr}");
        assert!(gdpr.contains("GROUND (GDPR Art. 13(1)(c))."), "{gdpr}");
        let ccpa = render("x", "2024-01-01", &[Regime::Ccpa], Voice::WeYou);
        // The header states how requests are verified and made by an
        // agent (W0441, W0442), its values aligned on the longer keys.
        assert!(ccpa.contains("  regimes           ccpa\n"), "{ccpa}");
        assert!(ccpa.contains("\n  verification      \""), "{ccpa}");
        assert!(ccpa.contains("\n  authorized_agents \""), "{ccpa}");
        assert!(
            ccpa.contains("verification (CCPA regulations, 11 CCR §7060–§7062"),
            "{ccpa}"
        );
        assert!(!ccpa.contains("GDPR Art."), "{ccpa}");
        assert!(ccpa.contains("KEEP IT (CCPA regulations, 11 CCR §7012(e)(4))."));
        assert!(ccpa.contains("LEGAL GROUND.\n"), "{ccpa}");
        let none = render("x", "2024-01-01", &[], Voice::WeYou);
        assert!(none.contains("  regimes    none\n"), "{none}");
        assert!(!none.contains("Art."), "{none}");
    }

    #[test]
    fn regimes_are_read_from_the_flags() {
        let given =
            |names: &[&str]| regimes(&names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>());
        assert_eq!(given(&[]), Ok(vec![DEFAULT_REGIME]));
        assert_eq!(
            given(&["uk_gdpr", "gdpr", "gdpr"]),
            Ok(vec![Regime::Gdpr, Regime::UkGdpr])
        );
        assert_eq!(given(&["none"]), Ok(Vec::new()));
        assert!(given(&["none", "ccpa"]).is_err());
        assert!(given(&["hipaa"]).is_err_and(|e| e.contains("ccpa")));
    }

    #[test]
    fn ids_are_derived_from_names() {
        assert_eq!(id_from_name("Acme Shop").as_deref(), Some("acme_shop"));
        assert_eq!(
            id_from_name("pro-it--group").as_deref(),
            Some("pro_it_group")
        );
        assert_eq!(id_from_name("2024 shop").as_deref(), Some("shop"));
        assert_eq!(id_from_name("--"), None);
        assert_eq!(id_from_name("été").as_deref(), Some("t"));
        assert_eq!(id_from_name("éé"), None);
    }

    #[test]
    fn generic_directories_take_the_name_above() {
        assert_eq!(default_id(Path::new("/work/acme/policies")), "acme");
        assert_eq!(default_id(Path::new("/work/acme/legal")), "legal");
        assert_eq!(default_id(Path::new("/work/shop/x/../policies")), "shop");
        assert_eq!(default_id(Path::new("/policies")), FALLBACK_ID);
    }

    #[test]
    fn ids_are_checked() {
        assert!(is_valid_id("my_policy2"));
        assert!(!is_valid_id("2policy"));
        assert!(!is_valid_id("my-policy"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(date_of_days(0).to_string(), "1970-01-01");
        assert_eq!(date_of_days(19_723).to_string(), "2024-01-01");
        assert_eq!(date_of_days(19_782).to_string(), "2024-02-29");
        assert_eq!(date_of_days(-1).to_string(), "1969-12-31");
    }
}
