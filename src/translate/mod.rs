//! The author's strings in the languages a policy is published in.
//!
//! A policy is written in one `language` and may publish others
//! (`languages en, de`). Every string the author wrote (labels,
//! descriptions, examples, clauses, interests, `via` texts…) then needs a
//! translation in each other language, in a Fluent file beside the policy
//! (`privacy.de.ftl`, see [`ftl`]). Loading reads those files; this module
//! judges them against the model (each rule one function named by its
//! code) and makes the model in another language, for the backends.

pub mod ftl;
pub mod strings;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::Policy;
use crate::span::Span;

/// A policy's strings in one of its published languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The language, as `languages` lists it.
    pub language: String,
    /// The translation of each string, by path.
    pub texts: BTreeMap<String, String>,
}

impl Translation {
    /// `policy` with its author strings in this language; a string with
    /// no translation keeps its source wording (`check` reports it).
    pub fn apply(&self, policy: &Policy) -> Policy {
        let mut translated = policy.clone();
        translated.header.language.clone_from(&self.language);
        translated.translations.clear();
        strings::visit(&mut translated, &mut |path, text| {
            if let Some(t) = self.texts.get(&path) {
                text.clone_from(t);
            }
        });
        translated
    }
}

/// A string of a new edition whose translations must be made again: one
/// it reworded (their translations are stale) or added (it has none).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Outdated {
    /// The string's path, as the translation files name it.
    pub path: String,
    /// Its wording in the new edition.
    pub source: String,
    /// Its wording in the old edition; `None` for a string it added.
    pub previous: Option<String>,
}

/// What a change from `old` to `new` asks of the translators: the
/// languages both publish besides `new`'s own, and the strings of `new`
/// whose translations into them the change made stale or missing, in the
/// model's order. Nothing when they share no other language (a language
/// `new` publishes first has every string to translate, as `check` says).
pub fn outdated(old: &Policy, new: &Policy) -> (Vec<String>, Vec<Outdated>) {
    let own = &new.header.language;
    let languages: Vec<String> = new
        .header
        .languages
        .iter()
        .filter(|language| *language != own && old.header.languages.contains(language))
        .cloned()
        .collect();
    if languages.is_empty() {
        return (languages, Vec::new());
    }
    let before: BTreeMap<String, String> = strings::collect(old).into_iter().collect();
    let strings = strings::collect(new)
        .into_iter()
        .filter_map(|(path, source)| {
            let previous = before.get(&path);
            (previous != Some(&source)).then(|| Outdated {
                previous: previous.cloned(),
                path,
                source,
            })
        })
        .collect();
    (languages, strings)
}

/// Records in `policy` the translations it is published with, as its
/// edition keeps them ([`Policy::translations`]).
pub fn record(policy: &mut Policy, translations: &[Translation]) {
    policy.translations = translations
        .iter()
        .map(|t| (t.language.clone(), t.texts.clone()))
        .collect();
}

/// `policy` in `language`, from the translations its edition recorded;
/// `None` when it records none for that language (an edition released
/// before it was published in it).
pub fn recorded(policy: &Policy, language: &str) -> Option<Policy> {
    let texts = policy.translations.get(language)?;
    let translation = Translation {
        language: language.to_owned(),
        texts: texts.clone(),
    };
    Some(translation.apply(policy))
}

/// The translation file of `language` for the policy at `policy_path`:
/// beside it, named after it (`privacy.policy` → `privacy.de.ftl`).
pub fn file_for(policy_path: &Path, language: &str) -> PathBuf {
    let stem = policy_path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    policy_path.with_file_name(format!("{stem}.{language}.ftl"))
}

/// Where a translation file sits in the policy's span space, for
/// diagnostics: its base offset and its name.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    /// The offset its spans start at.
    pub base: usize,
    /// Its length, so that a span can point at its end.
    pub len: usize,
    /// Its name, as diagnostics show it.
    pub name: &'a str,
}

/// A language's translation file, as judged.
#[derive(Debug, Clone, Copy)]
pub enum File<'a> {
    /// It does not exist; this is the name it should have.
    Missing(&'a str),
    /// It was read.
    Read(&'a ftl::Parsed, Place<'a>),
}

/// Judges one language's translation file against the policy's strings,
/// and returns the translation with the problems found. `languages` is
/// where the header publishes the language.
pub fn judge(
    policy: &Policy,
    language: &str,
    file: File<'_>,
    languages: Span,
) -> (Translation, Vec<Diagnostic>) {
    let sources = strings::collect(policy);
    let mut diags = Vec::new();
    let (parsed, place) = match file {
        File::Read(parsed, place) => (parsed, place),
        File::Missing(name) => {
            e0210_missing_file(language, name, &sources, languages, &mut diags);
            let translation = Translation {
                language: language.to_owned(),
                texts: BTreeMap::new(),
            };
            return (translation, diags);
        }
    };
    e0213_malformed(parsed, place, &mut diags);
    e0210_missing_translation(language, &sources, parsed, place, &mut diags);
    w0211_orphan_translation(&sources, parsed, place, &mut diags);
    w0212_stale_translation(&sources, parsed, place, &mut diags);
    let texts = parsed
        .entries
        .iter()
        .map(|(path, entry)| (path.clone(), entry.text.clone()))
        .collect();
    let translation = Translation {
        language: language.to_owned(),
        texts,
    };
    (translation, diags)
}

fn shifted(span: Span, place: Place<'_>) -> Span {
    Span::new(place.base + span.start, place.base + span.end)
}

/// E0210: a published language whose translation file is missing.
fn e0210_missing_file(
    language: &str,
    name: &str,
    sources: &[(String, String)],
    languages: Span,
    diags: &mut Vec<Diagnostic>,
) {
    diags.push(
        Diagnostic::new(
            Code::MissingTranslation,
            languages,
            format!("`{language}` is published, but has no translation file"),
        )
        .label(format!("`{language}` published here"))
        .help(format!(
            "create `{name}` beside the policy and translate its {} strings into it; `policyc check` then names each one still missing",
            sources.len()
        )),
    );
}

/// E0210: a string the translation file does not translate.
fn e0210_missing_translation(
    language: &str,
    sources: &[(String, String)],
    parsed: &ftl::Parsed,
    place: Place<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let end = Span::new(place.base + place.len, place.base + place.len);
    for (path, source) in sources {
        if parsed.entries.contains_key(path) {
            continue;
        }
        diags.push(
            Diagnostic::new(
                Code::MissingTranslation,
                end,
                format!("`{path}` has no `{language}` translation"),
            )
            .label(format!("missing from {}", place.name))
            .help(format!(
                "add its translation:\n{}",
                ftl::skeleton(path, source)
            )),
        );
    }
}

/// W0211: a translation of a string the policy no longer has.
fn w0211_orphan_translation(
    sources: &[(String, String)],
    parsed: &ftl::Parsed,
    place: Place<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    // Sorted, so that a suggestion between two equally close paths is
    // the same on every run.
    let known: std::collections::BTreeSet<&str> = sources.iter().map(|(p, _)| p.as_str()).collect();
    let orphans = parsed
        .entries
        .iter()
        .filter(|(path, _)| !known.contains(path.as_str()));
    // Only as many as are kept get a suggestion: each one is a search
    // over every path, and a file may hold any number of orphans.
    for (n, (path, entry)) in orphans.enumerate() {
        let close = (n < crate::diagnostic::MAX_KEPT)
            .then(|| crate::suggest::closest(path, known.iter().copied()))
            .flatten();
        let help = match close {
            Some(p) => format!("remove it, or, if the string was renamed, name the message `{p}`"),
            None => "remove it".to_owned(),
        };
        diags.push(
            Diagnostic::new(
                Code::OrphanTranslation,
                shifted(entry.span, place),
                format!("`{path}` translates a string the policy does not have"),
            )
            .label("no such string")
            .help(help),
        );
    }
}

/// W0212: a translation made from an earlier wording of its source.
fn w0212_stale_translation(
    sources: &[(String, String)],
    parsed: &ftl::Parsed,
    place: Place<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for (path, source) in sources {
        let Some(entry) = parsed.entries.get(path) else {
            continue;
        };
        let hash = ftl::source_hash(source);
        match &entry.hash {
            Some(recorded) if *recorded == hash => {}
            Some(_) => diags.push(
                Diagnostic::new(
                    Code::StaleTranslation,
                    shifted(entry.span, place),
                    format!("`{path}` was translated from an earlier wording"),
                )
                .label("the source has changed since")
                .help(format!(
                    "the source now reads \"{source}\": update the translation, then its comment to `# hash {hash}`"
                )),
            ),
            None => diags.push(
                Diagnostic::new(
                    Code::MalformedTranslation,
                    shifted(entry.span, place),
                    format!("`{path}` does not record the hash of its source"),
                )
                .label("no `# hash` comment above it")
                .help(format!(
                    "once the translation matches \"{source}\", add `# hash {hash}` on the line above it"
                )),
            ),
        }
    }
}

/// E0213: what in a translation file is not a plain translation.
fn e0213_malformed(parsed: &ftl::Parsed, place: Place<'_>, diags: &mut Vec<Diagnostic>) {
    for (span, problem) in &parsed.problems {
        diags.push(
            Diagnostic::new(
                Code::MalformedTranslation,
                shifted(*span, place),
                format!("{} cannot be read: {problem}", place.name),
            )
            .label("here")
            .help("each entry is `# hash …`, then `PATH = translation` in plain text"),
        );
    }
}

/// W0214: a translation file for a language the policy does not publish.
pub fn w0214_unpublished(language: &str, place: Place<'_>) -> Diagnostic {
    Diagnostic::new(
        Code::UnpublishedTranslation,
        Span::new(place.base, place.base),
        format!(
            "{} translates into `{language}`, which `languages` does not list",
            place.name
        ),
    )
    .label("not published")
    .help(format!(
        "add `{language}` to the header's `languages`, or remove the file"
    ))
}

/// How many entries of the policy's directory are looked at for
/// translation files of languages it does not publish: a directory of
/// untrusted content may be huge.
const MAX_DIR_ENTRIES: usize = 4096;

/// The translation files beside the policy at `path` whose language is
/// not published, with their languages, in name order.
pub fn unpublished(path: &Path, own: &str, published: &[String]) -> Vec<(String, PathBuf)> {
    beside(path)
        .into_iter()
        .filter(|(language, _)| language != own && !published.contains(language))
        .collect()
}

/// Every translation file beside the policy at `path` (`STEM.LL.ftl`, a
/// two-letter language), with its language, in name order: what `fmt`
/// formats with the policy.
pub fn beside(path: &Path) -> Vec<(String, PathBuf)> {
    let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let dir = crate::source::parent_or_current(path);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .take(MAX_DIR_ENTRIES)
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let language = name
                .strip_prefix(&format!("{stem}."))?
                .strip_suffix(".ftl")?;
            let shaped = language.len() == 2 && language.bytes().all(|b| b.is_ascii_lowercase());
            shaped.then(|| (language.to_owned(), path.with_file_name(&name)))
        })
        .collect();
    found.sort();
    found
}
