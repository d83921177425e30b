//! Translation files: Fluent (`.ftl`) files beside a policy, one per
//! published language (`privacy.de.ftl` beside `privacy.policy`). Each
//! message translates one author string; its id is the string's path
//! (see [`super::strings`]) and the comment above it records the hash of
//! the source it was translated from, and the source itself for the
//! translator:
//!
//! ```ftl
//! # hash 70772a3487ed3aa3
//! # E-mail address
//! data-account-email-label = E-Mail-Adresse
//! ```
//!
//! The hash is how `check` tells a stale translation from a current one.

use std::collections::BTreeMap;

use fluent_syntax::ast::{
    Entry as FluentEntry, Expression, InlineExpression, Pattern, PatternElement,
};
use sha2::{Digest as _, Sha256};

use crate::span::Span;

/// How a translation file names its hash in a message's comment.
const HASH_PREFIX: &str = "hash ";

/// The hash recorded for a source string: the first 16 hex digits of
/// its sha256, enough to tell wordings apart, short enough to read.
pub fn source_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// One translated string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The translation.
    pub text: String,
    /// The hash of the source it translates, if the comment records one.
    pub hash: Option<String>,
    /// Where the message's id is, in the file.
    pub span: Span,
}

/// What a translation file holds, and what it holds that is not a
/// translation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The translations by path.
    pub entries: BTreeMap<String, Entry>,
    /// Parts that are not plain translations: Fluent syntax errors, terms,
    /// placeables, attributes; each with where and what.
    pub problems: Vec<(Span, String)>,
}

/// Reads a translation file's text.
pub fn parse(text: &str) -> Parsed {
    let starts = message_starts(text);
    // Fluent keeps what it cannot parse as junk entries, reported below
    // where they are; its own errors would say it a second time.
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource);
    read(&resource, &starts)
}

fn read(resource: &fluent_syntax::ast::Resource<&str>, starts: &BTreeMap<&str, Span>) -> Parsed {
    let mut parsed = Parsed::default();
    for entry in &resource.body {
        match entry {
            FluentEntry::Message(message) => {
                let id = message.id.name;
                let span = starts.get(id).copied().unwrap_or(Span::new(0, 0));
                if !message.attributes.is_empty() {
                    parsed.problems.push((
                        span,
                        format!("`{id}` has attributes; a translation is one text"),
                    ));
                }
                let Some(text) = message.value.as_ref().and_then(plain) else {
                    parsed.problems.push((
                        span,
                        format!("`{id}` is not plain text: write the translation without `{{ }}`"),
                    ));
                    continue;
                };
                let hash = message.comment.as_ref().and_then(|c| {
                    c.content
                        .iter()
                        .find_map(|line| line.strip_prefix(HASH_PREFIX))
                        .map(|h| h.trim().to_owned())
                });
                if parsed.entries.contains_key(id) {
                    parsed
                        .problems
                        .push((span, format!("`{id}` is translated twice")));
                    continue;
                }
                parsed
                    .entries
                    .insert(id.to_owned(), Entry { text, hash, span });
            }
            FluentEntry::Term(term) => {
                let span = starts.get(term.id.name).copied().unwrap_or(Span::new(0, 0));
                parsed.problems.push((
                    span,
                    format!(
                        "`-{}` is a term; a translation file holds messages only",
                        term.id.name
                    ),
                ));
            }
            FluentEntry::Junk { content } => {
                let span = starts
                    .get(first_word(content))
                    .copied()
                    .unwrap_or(Span::new(0, 0));
                parsed.problems.push((
                    span,
                    format!(
                        "not a Fluent message: `{}`",
                        content.lines().next().unwrap_or("").trim()
                    ),
                ));
            }
            FluentEntry::Comment(_)
            | FluentEntry::GroupComment(_)
            | FluentEntry::ResourceComment(_) => {}
        }
    }
    parsed
}

/// A pattern's text, where it is plain: text, and string literals (the
/// way Fluent escapes a brace).
fn plain(pattern: &Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => text.push_str(&unescape(value)?),
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

/// A Fluent string literal's value: `\"`, `\\` and `\u` escapes.
fn unescape(literal: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'u' => out.push(hex_char(&mut chars, 4)?),
            'U' => out.push(hex_char(&mut chars, 6)?),
            other => out.push(other),
        }
    }
    Some(out)
}

fn hex_char(chars: &mut std::str::Chars<'_>, digits: usize) -> Option<char> {
    let hex: String = chars.by_ref().take(digits).collect();
    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
}

/// Where each message's id starts: a line that starts with an id and `=`.
fn message_starts(text: &str) -> BTreeMap<&str, Span> {
    let mut starts = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let id = first_word(line.trim_start_matches('-'));
        let dash = usize::from(line.starts_with('-'));
        if !id.is_empty() && line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            starts
                .entry(id)
                .or_insert(Span::new(offset + dash, offset + dash + id.len()));
        }
        offset += line.len();
    }
    starts
}

/// The identifier a line starts with.
fn first_word(line: &str) -> &str {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    line.get(..end).unwrap_or("")
}

/// A translation file's text in canonical form: Fluent's own serializer,
/// which keeps comments and normalises layout. `None` when the file has
/// syntax errors, which are left for `check` to report.
pub fn format(text: &str) -> Option<String> {
    let resource = fluent_syntax::parser::parse(text).ok()?;
    Some(fluent_syntax::serializer::serialize(&resource))
}

/// The lines that translate `source` at `path`, with the translation
/// left for the translator to write after `=`: the fix of a missing one.
pub fn skeleton(path: &str, source: &str) -> String {
    let mut out = format!("# {HASH_PREFIX}{}\n", source_hash(source));
    for line in source.lines() {
        out.push_str(&format!("# {line}\n"));
    }
    out.push_str(&format!("{path} = …"));
    out
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_with_their_hashes_and_places() {
        let text = "# hash 0011223344556677\n# E-mail\ndata-email-label = E-Mail-Adresse\n\npolicy-title = Datenschutz{\"{\"}\n";
        let parsed = parse(text);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let email = &parsed.entries["data-email-label"];
        assert_eq!(email.text, "E-Mail-Adresse");
        assert_eq!(email.hash.as_deref(), Some("0011223344556677"));
        assert_eq!(&text[email.span.start..email.span.end], "data-email-label");
        let title = &parsed.entries["policy-title"];
        assert_eq!(title.text, "Datenschutz{");
        assert_eq!(title.hash, None);
    }

    #[test]
    fn refuses_what_is_not_plain_text() {
        let parsed = parse("a = { $name }\nb = x\n    .attr = y\n-term = z\nnot a message\n");
        let problems: Vec<&str> = parsed.problems.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("not plain text"));
        assert!(problems[1].contains("attributes"));
        assert!(problems[2].contains("term"));
        assert!(problems[3].contains("not a Fluent message"));
    }

    #[test]
    fn hashes_tell_wordings_apart() {
        assert_eq!(source_hash("E-mail").len(), 16);
        assert_ne!(source_hash("E-mail"), source_hash("E-mail address"));
        assert_eq!(source_hash("E-mail"), source_hash("E-mail"));
    }

    #[test]
    fn a_skeleton_records_the_hash_and_the_source() {
        let lines = skeleton("data-a-label", "Two\nlines");
        let hash = source_hash("Two\nlines");
        assert_eq!(
            lines,
            format!("# hash {hash}\n# Two\n# lines\ndata-a-label = …")
        );
        let parsed = parse(&lines.replace('…', "Zwei Zeilen"));
        assert_eq!(
            parsed.entries["data-a-label"].hash.as_deref(),
            Some(hash.as_str())
        );
    }

    #[test]
    fn format_is_idempotent_and_keeps_comments() {
        let text = "# hash 00\n# A\na   =    x\n";
        let once = format(text).unwrap();
        assert!(once.contains("# hash 00"), "{once}");
        assert_eq!(format(&once).unwrap(), once);
    }
}
