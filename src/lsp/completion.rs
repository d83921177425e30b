//! Completion: the keywords valid at the cursor (a block's properties, or
//! the declarations at the top level, each with a snippet), ids of the
//! kind the place asks for, and the values of closed sets.
//!
//! The place is read from the text before the cursor, not from the
//! syntax tree, since a line being typed rarely parses: the blocks open
//! around it (by the first word of the line that opened each), and the
//! words already written on its line.

use lsp_types::{CompletionItem, CompletionItemKind, InsertTextFormat};

use super::analysis::Spot;
use super::index::Kind;
use crate::syntax::props::{self, Block, Form, Help};
use crate::vocab;

/// The declarations, each with its snippet.
const SNIPPETS: &[(&str, &str)] = &[
    ("include", "include \"${1:shared/file.policy}\""),
    (
        "policy",
        "policy ${1:id} {\n  title     \"${2:Privacy Policy}\"\n  version   ${3:1.0.0}\n  effective ${4:2026-01-01}\n  language  ${5:en}\n  controller \"${6:Company Inc}\" {\n    service \"${7:the Service}\"\n  }\n  published \"${8:https://example.com/privacy}\"\n  contact   \"${9:privacy@example.com}\"\n}",
    ),
    (
        "data",
        "data ${1:id} \"${2:Label}\" {\n  description \"${3}\"\n  source      ${4:user}\n  identity    ${5:identified}\n}",
    ),
    (
        "purpose",
        "purpose ${1:id} \"${2:Label}\" {\n  uses  ${3:data}\n  basis ${4:consent}\n}",
    ),
    (
        "recipient",
        "recipient ${1:id} \"${2:Label}\" {\n  kind ${3:processor}\n}",
    ),
    (
        "transfer",
        "transfer ${1:data} to ${2:recipient} on ${3:consent}",
    ),
    (
        "retain",
        "retain ${1:data} for ${2:1} ${3:year} from ${4:collection}",
    ),
    (
        "right",
        "right ${1:access} {\n  via \"${2:privacy@example.com}\"\n}",
    ),
    ("obligation", "obligation ${1:id} \"${2:text}\""),
    ("security", "security ${1:id} \"${2:text}\""),
    (
        "changes",
        "changes {\n  by     ${1:unilateral}\n  notify ${2:on_website}\n}",
    ),
    ("clause", "clause ${1:id} in ${2:section} \"${3:text}\""),
    ("section", "section ${1:id} \"${2:Heading}\""),
    (
        "test",
        "test \"${1:name}\" {\n  allow ${2:data} for ${3:purpose}\n}",
    ),
];

/// The completions at a spot.
pub fn complete(spot: &Spot<'_>) -> Vec<CompletionItem> {
    let before = spot.text().get(..spot.local()).unwrap_or("");
    let place = Place::read(before);
    let ids = |kind: Kind| -> Vec<CompletionItem> {
        spot.analysis
            .index
            .ids(kind)
            .map(|d| item(&d.id, CompletionItemKind::REFERENCE, kind.keyword()))
            .collect()
    };
    let values = |words: Vec<&str>| -> Vec<CompletionItem> {
        words
            .into_iter()
            .map(|w| item(w, CompletionItemKind::ENUM_MEMBER, about(w)))
            .collect()
    };
    let Some(first) = place.words.first().map(String::as_str) else {
        return match place.block() {
            Some(block) => block
                .properties
                .iter()
                .map(|p| item(p.keyword, CompletionItemKind::PROPERTY, &p.help()))
                .collect(),
            None if place.depth == 0 => SNIPPETS.iter().map(|(k, s)| snippet(k, s)).collect(),
            None => Vec::new(),
        };
    };
    let last = place.words.last().map_or("", String::as_str);
    if let Some(block) = place.block() {
        let Some(property) = block.find(first) else {
            return Vec::new();
        };
        return match property.form {
            Form::Names => ids(Kind::Data),
            Form::Expectation => {
                // After `given a,` comes another fact.
                let last = if place.has("given") && last.ends_with(',') {
                    "given"
                } else {
                    last
                };
                expectation(last, &ids, &values)
            }
            Form::Deadline => deadline(last, &ids, &values),
            // A section comes after a built-in section or one declared.
            Form::Keyword if property.keyword == "after" => sections(&ids, &values),
            // A tracker's provider may name a declared recipient.
            Form::Text if property.keyword == "provider" => ids(Kind::Recipient),
            Form::Keyword | Form::Keywords | Form::Basis => match property.help {
                Help::OneOf(list) => values(list()),
                Help::Text(_) => Vec::new(),
            },
            _ => Vec::new(),
        };
    }
    if place.depth > 0 {
        return Vec::new();
    }
    match (first, last) {
        ("transfer", "to") => ids(Kind::Recipient),
        ("transfer", "for") => ids(Kind::Purpose),
        ("transfer", "on") => values(with_unstated(vocab::GROUNDS.keywords())),
        ("transfer", _) if !place.has("to") => ids(Kind::Data),
        ("retain", "from" | "until") => values(vocab::EVENTS.keywords().collect()),
        ("retain", "then") => values(vocab::RETENTION_ENDS.keywords().collect()),
        ("retain", "when_used_for") => ids(Kind::Purpose),
        ("retain", _) if place.after_number() => values(vocab::TIME_UNITS.words()),
        ("retain", _) if place.words.len() == 1 || last.ends_with(',') => {
            let mut all = ids(Kind::Data);
            all.extend(values(vec![
                "for",
                "until",
                "as_required_by_law",
                "criteria",
                "unstated",
                "when_used_for",
            ]));
            all
        }
        ("right", "right") => values(vocab::RIGHTS.keywords().collect()),
        ("clause", "in") => sections(&ids, &values),
        _ => Vec::new(),
    }
}

/// The sections a clause goes in or a section follows: the built-in ones,
/// then those declared.
fn sections(
    ids: &dyn Fn(Kind) -> Vec<CompletionItem>,
    values: &dyn Fn(Vec<&str>) -> Vec<CompletionItem>,
) -> Vec<CompletionItem> {
    let mut all = values(vocab::SECTIONS.keywords().collect());
    all.extend(ids(Kind::Section));
    all
}

/// Completions inside a test's `allow`/`deny`.
fn expectation(
    last: &str,
    ids: &dyn Fn(Kind) -> Vec<CompletionItem>,
    values: &dyn Fn(Vec<&str>) -> Vec<CompletionItem>,
) -> Vec<CompletionItem> {
    match last {
        "for" => ids(Kind::Purpose),
        "to" => ids(Kind::Recipient),
        "given" => {
            let prefixed = |prefix: &str, kinds: &[Kind]| {
                kinds
                    .iter()
                    .flat_map(|&kind| ids(kind))
                    .map(|mut i| {
                        i.label = format!("{prefix}:{}", i.label);
                        i
                    })
                    .collect::<Vec<_>>()
            };
            let mut facts = prefixed("consent", &[Kind::Purpose, Kind::Recipient]);
            facts.extend(prefixed("objection", &[Kind::Purpose]));
            facts.extend(values(policy_runtime::fact::PLAIN.to_vec()));
            facts.extend(values(policy_runtime::fact::AGE.to_vec()));
            facts
        }
        _ => ids(Kind::Data),
    }
}

/// What follows `last` in a test's deadline line (`deadline contact after
/// collection 2026-01-10, last_use 2026-03-01 is 2029-03-01`).
fn deadline(
    last: &str,
    ids: &dyn Fn(Kind) -> Vec<CompletionItem>,
    values: &dyn Fn(Vec<&str>) -> Vec<CompletionItem>,
) -> Vec<CompletionItem> {
    match last {
        "deadline" => ids(Kind::Data),
        "for" => ids(Kind::Purpose),
        "after" | "pending" => values(vocab::EVENTS.keywords().collect()),
        "is" => values(vocab::DEADLINE_ANSWERS.keywords().collect()),
        // After `collection 2026-01-10,` comes another event.
        _ if last.ends_with(',') => values(vocab::EVENTS.keywords().collect()),
        _ => Vec::new(),
    }
}

/// A set's keywords, then `unstated`.
fn with_unstated(words: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    words.chain([vocab::UNSTATED]).collect()
}

/// A value's description, from the vocabulary.
fn about(word: &str) -> &'static str {
    vocab::describe(word).first().map_or("", |(_, about)| about)
}

fn item(label: &str, kind: CompletionItemKind, detail: &str) -> CompletionItem {
    CompletionItem {
        label: label.to_owned(),
        kind: Some(kind),
        detail: (!detail.is_empty()).then(|| detail.to_owned()),
        ..CompletionItem::default()
    }
}

fn snippet(keyword: &str, body: &str) -> CompletionItem {
    CompletionItem {
        label: keyword.to_owned(),
        kind: Some(CompletionItemKind::SNIPPET),
        detail: Some(format!("a `{keyword}` declaration")),
        insert_text: Some(body.to_owned()),
        insert_text_format: Some(InsertTextFormat::SNIPPET),
        ..CompletionItem::default()
    }
}

/// Where the cursor is: the blocks open around it and the words before
/// it on its line (the one being typed left out).
struct Place {
    /// The first word of the line that opened each enclosing block.
    blocks: Vec<String>,
    /// How many blocks are open.
    depth: usize,
    /// The words written before the cursor on its line, strings left out.
    words: Vec<String>,
}

impl Place {
    fn read(before: &str) -> Place {
        let mut blocks = Vec::new();
        let mut opener = String::new();
        for line in before.split_inclusive('\n') {
            let code = code_of(line);
            if let Some(word) = code.split_whitespace().next()
                && word.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                opener = word.trim_end_matches(['{', '}']).to_owned();
            }
            for c in code.chars() {
                match c {
                    '{' => blocks.push(opener.clone()),
                    '}' => {
                        blocks.pop();
                    }
                    _ => {}
                }
            }
        }
        let line = before.rsplit('\n').next().unwrap_or("");
        let code = code_of(line);
        let mut words: Vec<String> = code
            .split(|c: char| c.is_whitespace() || c == '{' || c == '}')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        // The word being typed is not yet a word before the cursor.
        if !code.ends_with(|c: char| c.is_whitespace()) {
            words.pop();
        }
        let depth = blocks.len();
        Place {
            blocks,
            depth,
            words,
        }
    }

    /// The block the cursor is in, if it has properties.
    fn block(&self) -> Option<&'static Block> {
        let name = self.blocks.last()?;
        let block = match name.as_str() {
            "policy" => &props::HEADER,
            "controller" => &props::CONTROLLER,
            "joint_controller" => &props::JOINT_CONTROLLER,
            "data" => &props::DATA,
            "purpose" => &props::PURPOSE,
            "recipient" => &props::RECIPIENT,
            "right" => &props::RIGHT,
            "changes" => &props::CHANGES,
            "test" => &props::TEST,
            "tracker" => &props::TRACKER,
            "children" => &props::CHILDREN,
            "decision" => &props::DECISION,
            "security" => &props::SECURITY,
            "section" => &props::SECTION,
            _ => return None,
        };
        Some(block)
    }

    fn has(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }

    /// Whether the last word is a number (`for 3`).
    fn after_number(&self) -> bool {
        self.words
            .last()
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// A line without its strings and comment: what is code in it.
fn code_of(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (true, '\\') => {
                chars.next();
            }
            (true, '"') => {
                in_string = false;
                out.push(' ');
            }
            (true, _) => {}
            (false, '"') => in_string = true,
            (false, '/') if chars.peek() == Some(&'/') => break,
            (false, c) => out.push(c),
        }
    }
    out
}
