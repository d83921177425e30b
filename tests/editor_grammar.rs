//! The TextMate grammar in `editors/`: every pattern compiles, and a small
//! line tokenizer with TextMate's rules (at each position the pattern that
//! matches earliest wins, ties to the first listed; `begin`/`end` regions
//! such as strings and comments, across lines) gives every keyword,
//! property, keyword value, string, escape, comment, date, version and
//! duration of the example policies its scope.
//!
//! The expected classes come from the language itself, not from the
//! grammar under test: the word literals of `grammar/policy.pest` and the
//! vocabularies of the checker.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn grammar_json() -> Value {
    serde_json::from_str(&read("editors/textmate/policy.tmLanguage.json")).unwrap()
}

// ------------------------------------------------------- the grammar

enum Rule {
    Match {
        regex: Regex,
        name: Option<String>,
        captures: Vec<(usize, String)>,
    },
    Region {
        begin: Regex,
        end: Regex,
        name: Option<String>,
        begin_captures: Vec<(usize, String)>,
        end_captures: Vec<(usize, String)>,
        patterns: Vec<Rule>,
    },
}

fn captures(value: &Value) -> Vec<(usize, String)> {
    value
        .as_object()
        .map(|map| {
            map.iter()
                .filter_map(|(k, v)| Some((k.parse().ok()?, v["name"].as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("pattern {pattern:?} does not compile: {e}"))
}

/// The rules of a `patterns` array, includes resolved.
fn rules(patterns: &Value, repository: &Value) -> Vec<Rule> {
    let mut out = Vec::new();
    for pattern in patterns.as_array().unwrap() {
        out.extend(rule(pattern, repository));
    }
    out
}

fn rule(pattern: &Value, repository: &Value) -> Vec<Rule> {
    if let Some(include) = pattern["include"].as_str() {
        let key = include
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("only #repository includes are supported: {include}"));
        let target = &repository[key];
        assert!(!target.is_null(), "include {include} names nothing");
        return rule(target, repository);
    }
    let name = pattern["name"].as_str().map(str::to_owned);
    if let Some(regex) = pattern["match"].as_str() {
        return vec![Rule::Match {
            regex: compile(regex),
            name,
            captures: captures(&pattern["captures"]),
        }];
    }
    if let Some(begin) = pattern["begin"].as_str() {
        let both = captures(&pattern["captures"]);
        let pick = |key: &str| {
            let own = captures(&pattern[key]);
            if own.is_empty() { both.clone() } else { own }
        };
        return vec![Rule::Region {
            begin: compile(begin),
            end: compile(pattern["end"].as_str().unwrap()),
            name,
            begin_captures: pick("beginCaptures"),
            end_captures: pick("endCaptures"),
            patterns: if pattern["patterns"].is_null() {
                Vec::new()
            } else {
                rules(&pattern["patterns"], repository)
            },
        }];
    }
    rules(&pattern["patterns"], repository)
}

fn top_rules() -> Vec<Rule> {
    let grammar = grammar_json();
    rules(&grammar["patterns"], &grammar["repository"])
}

// ------------------------------------------------------ the tokenizer

/// The scopes of every byte of every line.
type Scopes = Vec<Vec<Vec<String>>>;

fn paint(
    line: &mut [Vec<String>],
    caps: &regex::Captures<'_>,
    base: &[String],
    name: Option<&String>,
    captures: &[(usize, String)],
) {
    let whole = caps.get(0).unwrap();
    for scopes in &mut line[whole.start()..whole.end()] {
        *scopes = base.to_vec();
        scopes.extend(name.cloned());
    }
    for (group, capture) in captures {
        if let Some(m) = caps.get(*group) {
            for scopes in &mut line[m.start()..m.end()] {
                scopes.push(capture.clone());
            }
        }
    }
}

/// Tokenizes `text` line by line with TextMate's rules.
fn tokenize(top: &[Rule], text: &str) -> Scopes {
    let mut stack: Vec<&Rule> = Vec::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let mut painted = vec![Vec::new(); line.len()];
        let mut pos = 0;
        loop {
            let base: Vec<String> = stack
                .iter()
                .filter_map(|r| match r {
                    Rule::Region { name, .. } => name.clone(),
                    Rule::Match { .. } => None,
                })
                .collect();
            let (patterns, end) = match stack.last() {
                Some(Rule::Region { patterns, end, .. }) => (patterns.as_slice(), Some(end)),
                _ => (top, None),
            };
            // The earliest match wins; the end of the region wins a tie,
            // then the first pattern listed.
            let mut best: Option<(usize, Option<usize>, regex::Captures<'_>)> = None;
            if let Some(end) = end
                && let Some(caps) = end.captures_at(line, pos)
            {
                best = Some((caps.get(0).unwrap().start(), None, caps));
            }
            for (i, rule) in patterns.iter().enumerate() {
                let regex = match rule {
                    Rule::Match { regex, .. } => regex,
                    Rule::Region { begin, .. } => begin,
                };
                if let Some(caps) = regex.captures_at(line, pos) {
                    let start = caps.get(0).unwrap().start();
                    if best.as_ref().is_none_or(|(s, _, _)| start < *s) {
                        best = Some((start, Some(i), caps));
                    }
                }
            }
            let Some((start, which, caps)) = best else {
                for scopes in &mut painted[pos..] {
                    *scopes = base.clone();
                }
                break;
            };
            for scopes in &mut painted[pos..start] {
                *scopes = base.clone();
            }
            let end_of_match = caps.get(0).unwrap().end();
            match which {
                None => {
                    let Some(Rule::Region {
                        name, end_captures, ..
                    }) = stack.pop()
                    else {
                        unreachable!()
                    };
                    let outer = &base[..base.len() - usize::from(name.is_some())];
                    paint(&mut painted, &caps, outer, name.as_ref(), end_captures);
                }
                Some(i) => match &patterns[i] {
                    Rule::Match { name, captures, .. } => {
                        paint(&mut painted, &caps, &base, name.as_ref(), captures);
                    }
                    region @ Rule::Region {
                        name,
                        begin_captures,
                        ..
                    } => {
                        paint(&mut painted, &caps, &base, name.as_ref(), begin_captures);
                        stack.push(region);
                    }
                },
            }
            if end_of_match == pos && which.is_some() {
                // An empty match that opens nothing: step over one character.
                let step = line[pos..].chars().next().map_or(1, char::len_utf8);
                for scopes in &mut painted[pos..(pos + step).min(line.len())] {
                    *scopes = base.clone();
                }
                pos += step;
            } else {
                pos = end_of_match;
            }
            if pos >= line.len() {
                // A region whose end matches the end of the line (comments)
                // closes here; others (strings) go on to the next line.
                if let Some(Rule::Region { end, .. }) = stack.last()
                    && end.as_str() == "$"
                {
                    stack.pop();
                }
                break;
            }
        }
        out.push(painted);
    }
    out
}

// -------------------------------------- what the language says, independently

/// The word literals of each rule of the pest grammar.
fn pest_literals() -> BTreeMap<String, Vec<String>> {
    let text = read("grammar/policy.pest");
    let text: String = text
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let rule_start = Regex::new(r"(?m)^([a-z_]+)\s*=\s*[_@$!]?\{").unwrap();
    let literal = Regex::new(r#""([A-Za-z][A-Za-z_]*)""#).unwrap();
    let starts: Vec<(usize, usize, String)> = rule_start
        .captures_iter(&text)
        .map(|c| {
            let m = c.get(0).unwrap();
            (m.start(), m.end(), c[1].to_owned())
        })
        .collect();
    let mut out = BTreeMap::new();
    for (i, (_, body_start, name)) in starts.iter().enumerate() {
        let body_end = starts.get(i + 1).map_or(text.len(), |s| s.0);
        let words = literal
            .captures_iter(&text[*body_start..body_end])
            .map(|c| c[1].to_owned())
            .collect();
        out.insert(name.clone(), words);
    }
    out
}

/// The expected scope class of each word literal of the language.
fn word_classes() -> BTreeMap<String, &'static str> {
    let mut classes = BTreeMap::new();
    for (rule, words) in pest_literals() {
        // `tracker` in a test's `deny tracker ga`, `children` in its `deny
        // children` and `decision` in `deny decision credit_check` are the
        // declaration keywords.
        let class = if rule == "decl_keyword"
            || rule.ends_with("_decl")
            || rule == "tracker_word"
            || rule == "children_word"
            || rule == "decision_word"
        {
            "keyword.declaration"
        } else if rule.starts_with("kw_") {
            "keyword.other.connective"
        } else if rule == "verdict" || rule == "deadline_word" {
            "keyword.control"
        } else if rule == "time_unit" {
            "keyword.other.unit"
        } else if rule == "as_required_by_law"
            || rule == "unstated"
            || rule == "session"
            || rule == "dpo_none"
            || rule == "no_decisions"
        {
            "constant.language"
        } else if rule.ends_with("_prop")
            || rule.ends_with("_flag")
            // The recipient's properties, which a mechanism's case is not.
            || rule == "recipient_keyword"
            // The section's `after`, in a test's deadline line.
            || rule == "after_word"
        {
            "support.type.property-name"
        } else {
            assert!(
                words.is_empty(),
                "rule `{rule}` has words {words:?} no class covers"
            );
            continue;
        };
        for word in words {
            let previous = classes.insert(word.clone(), class);
            assert!(
                previous.is_none_or(|p| p == class),
                "`{word}` is both {previous:?} and {class}"
            );
        }
    }
    classes
}

/// Words after which a keyword value follows (or a list of them).
fn value_contexts() -> BTreeSet<&'static str> {
    [
        "source",
        "identity",
        "special",
        "only",
        "kind",
        "accepted",
        "by",
        "effective",
        "basis",
        "notify",
        "on",
        "right",
        "in",
        "from",
        "until",
        "given",
        "regimes",
        "voice",
        "when_combined",
        "comes",
        "then",
        "disclosed_as",
        "measures",
        "safeguards",
        "parent_rights",
        "mechanism",
        "derogation",
        "commit",
        "no_transfers_outside",
        "category",
        "party",
        "audience",
        "special_condition",
        "permitted_use",
        "sensitive",
        "ccpa_category",
        "do_not_track",
        "gpc",
        "role",
        "knowingly_collects",
        "automated_decisions",
        "breach_notification",
        // A deadline's answer: `is pending`, `is criteria`.
        "is",
        // The events of a deadline (`after collection 2026-01-10`), as
        // the section's `after` takes a section.
        "after",
    ]
    .into_iter()
    .collect()
}

fn vocabulary() -> BTreeSet<&'static str> {
    use policyc::check::*;
    let mut words = BTreeSet::new();
    words.extend(SOURCES.keywords());
    words.extend(IDENTITIES.keywords());
    words.extend(SPECIAL_CATEGORIES.keywords());
    words.extend(BASES.keywords());
    words.extend(RECIPIENT_KINDS.keywords());
    words.extend(GROUNDS.keywords());
    words.extend(RIGHTS.keywords());
    words.extend(SECTIONS.keywords());
    words.extend(ACCEPTANCES.keywords());
    words.extend(AUTHORITIES.keywords());
    words.extend(NOTIFY_METHODS.keywords());
    words.extend(TAKES_EFFECT.keywords());
    words.extend(EVENTS.keywords());
    words.extend(RESTRICTIONS.keywords());
    words.extend(REGIMES.keywords());
    words.insert(NO_REGIME);
    words.extend(VOICES.keywords());
    words.extend(COMBINATIONS.keywords());
    words.extend(RETENTION_RULES.keywords());
    words.extend(RETENTION_ENDS.keywords());
    {
        use policyc::vocab::*;
        words.extend(DISCLOSURES.keywords());
        words.extend(SAFEGUARDS.keywords());
        words.extend(PARENT_RIGHTS.keywords());
        words.extend(SECURITY_MEASURES.keywords());
        words.extend(MECHANISMS.keywords());
        words.extend(DEROGATIONS.keywords());
        words.extend(COMMITMENTS.keywords());
        words.extend(AREAS.keywords());
        words.extend(BREACH_PARTIES.keywords());
        words.extend(TRACKER_KINDS.keywords());
        words.extend(TRACKER_CATEGORIES.keywords());
        words.extend(PARTIES.keywords());
        words.extend(STANCES.keywords());
        words.extend(AUDIENCES.keywords());
        words.extend(SPECIAL_CONDITIONS.keywords());
        words.extend(PERMITTED_USES.keywords());
        words.extend(SENSITIVE_CATEGORIES.keywords());
        words.extend(policyc::vocab::CCPA_CATEGORIES.keywords());
        words.extend(DECISION_BASES.keywords());
        words.extend(ROLES.keywords());
        words.extend(YES_NO.keywords());
        words.insert(NO_DECISIONS);
        words.extend(DEADLINE_ANSWERS.keywords());
    }
    words
}

/// One expectation: bytes `start..end` of line `line` have a scope that
/// starts with `class`.
#[derive(Debug)]
struct Expect {
    line: usize,
    start: usize,
    end: usize,
    class: &'static str,
    what: String,
}

/// Lexes a policy independently of the grammar under test and says which
/// scope each piece must get.
fn expectations(text: &str) -> Vec<Expect> {
    let classes = word_classes();
    let contexts = value_contexts();
    let vocabulary = vocabulary();
    let declarers = [
        "policy",
        "data",
        "purpose",
        "recipient",
        "obligation",
        "security",
        "clause",
        "section",
        "tracker",
        "decision",
    ];
    // A user's choice is one constant: `opt_out:sale`.
    let choices: BTreeSet<&str> = policy_runtime::fact::CHOICES.into_iter().collect();
    // Whether the word before was the first of its line: only there does
    // a declaration keyword declare (`deny tracker ad_pixel` names one).
    let mut previous_first = false;
    // The word before a colon, while the word after it is read.
    let mut fact_prefix: Option<String> = None;
    let word = Regex::new(r"^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*").unwrap();
    let date = Regex::new(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}").unwrap();
    let version = Regex::new(r"^[0-9]+\.[0-9]+\.[0-9]+").unwrap();
    let number = Regex::new(r"^-?[0-9]+").unwrap();
    let mut out = Vec::new();
    let mut in_string = false;
    // The word before, and the context word of the value (list) that
    // follows, if any: `on a, b`.
    let mut previous = String::new();
    let mut context: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        let bytes = line.as_bytes();
        let mut i = 0;
        let mut expect = |start: usize, end: usize, class: &'static str| {
            out.push(Expect {
                line: n,
                start,
                end,
                class,
                what: line[start..end].to_owned(),
            });
        };
        while i < bytes.len() {
            if in_string {
                let start = i;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' && i + 1 < bytes.len() {
                        let len = if bytes[i + 1] == b'u' {
                            line[i..].find('}').map_or(2, |e| e + 1)
                        } else {
                            2
                        };
                        expect(i, i + len, "constant.character.escape");
                        i += len;
                    } else {
                        i += 1;
                    }
                }
                expect(start, i, "string.quoted.double");
                if i < bytes.len() {
                    expect(i, i + 1, "string.quoted.double");
                    in_string = false;
                    i += 1;
                }
                continue;
            }
            let rest = &line[i..];
            let c = bytes[i];
            if rest.starts_with("//") {
                expect(i, bytes.len(), "comment.line.double-slash");
                break;
            }
            if c.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if c == b',' {
                expect(i, i + 1, "punctuation.separator.comma");
                i += 1;
                continue;
            }
            let mut token = |start: usize, end: usize, class: &'static str| {
                expect(start, end, class);
                end
            };
            let next_context;
            if c == b'"' {
                i = token(i, i + 1, "string.quoted.double");
                in_string = true;
                next_context = None;
                previous.clear();
            } else if c == b'{' || c == b'}' {
                i = token(i, i + 1, "punctuation.section.block");
                next_context = None;
                previous.clear();
            } else if let Some(m) = date.find(rest) {
                i = token(i, i + m.end(), "constant.numeric.date");
                next_context = None;
            } else if let Some(m) = version.find(rest) {
                i = token(i, i + m.end(), "constant.numeric.version");
                next_context = None;
            } else if let Some(m) = number.find(rest) {
                i = token(i, i + m.end(), "constant.numeric.integer");
                next_context = None;
            } else if let Some(m) = word.find(rest) {
                let w = m.as_str();
                let end = i + m.end();
                let after_colon = fact_prefix.take();
                let class = if line[end..].starts_with(':') {
                    // A fact about a purpose or recipient: `objection:targeting`.
                    "constant.language"
                } else if let Some(prefix) = after_colon {
                    // What the fact is about, but for a user's choice,
                    // which is one constant (`opt_out:sale`).
                    if choices.contains(format!("{prefix}:{w}").as_str()) {
                        "constant.language"
                    } else {
                        "variable.other"
                    }
                } else if w.contains('.') {
                    if previous == "data" {
                        "entity.name.type"
                    } else {
                        "variable.other"
                    }
                } else if context.as_deref() == Some("given")
                    || (context.is_some() && vocabulary.contains(w))
                {
                    "constant.language"
                } else if previous == "language" {
                    "constant.other.language-code"
                } else if declarers.contains(&previous.as_str()) && previous_first {
                    "entity.name.type"
                } else if let Some(class) = classes.get(w) {
                    class
                } else {
                    "variable.other"
                };
                let first = line[..i].trim().is_empty();
                i = token(i, end, class);
                previous_first = first;
                if line[i..].starts_with(':') {
                    i += 1;
                    // The fact goes on after the colon, in its list.
                    next_context = context.clone();
                    fact_prefix = Some(w.to_owned());
                    previous.clear();
                } else {
                    let continues = context.is_some() && line[i..].trim_start().starts_with(',');
                    next_context = if contexts.contains(w) {
                        Some(w.to_owned())
                    } else if continues {
                        context.clone()
                    } else if w == "to" && context.as_deref() == Some("breach_notification") {
                        // `breach_notification to authority`
                        Some(w.to_owned())
                    } else {
                        None
                    };
                    previous = w.to_owned();
                }
            } else {
                i += 1;
                next_context = None;
            }
            context = next_context;
        }
    }
    out
}

/// Checks every expectation against the tokenizer; returns the failures.
fn check(text: &str) -> Vec<String> {
    let scopes = tokenize(&top_rules(), text);
    let mut failures = Vec::new();
    for e in expectations(text) {
        let line = &scopes[e.line];
        let bad = (e.start..e.end).find(|&b| !line[b].iter().any(|s| s.starts_with(e.class)));
        if let Some(b) = bad {
            failures.push(format!(
                "line {}: `{}` should be {}, but byte {} has {:?}",
                e.line + 1,
                e.what,
                e.class,
                b - e.start,
                line[b]
            ));
        }
    }
    failures
}

// ----------------------------------------------------------- the tests

#[test]
fn every_pattern_compiles() {
    fn walk(value: &Value, path: &str, found: &mut usize) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    if let ("match" | "begin" | "end", Value::String(pattern)) = (key.as_str(), v) {
                        compile(pattern);
                        *found += 1;
                    }
                    walk(v, &format!("{path}/{key}"), found);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}/{i}"), found);
                }
            }
            _ => {}
        }
    }
    let mut found = 0;
    walk(&grammar_json(), "", &mut found);
    assert!(found > 15, "only {found} patterns");
    // Every include resolves.
    let _ = top_rules();
}

#[test]
fn the_example_policy_is_highlighted() {
    let text = read("policies/pro-it-group.policy");
    let expected = expectations(&text);
    let count = |class: &str| expected.iter().filter(|e| e.class == class).count();
    // The oracle sees what the example holds.
    assert!(count("keyword.declaration") >= 50);
    assert!(count("support.type.property-name") > 50);
    assert!(count("constant.language") > 30);
    assert!(count("string.quoted.double") > 100);
    assert!(count("comment.line.double-slash") > 20);
    // `effective`, the date of `published` and the five of its deadline
    // test.
    assert_eq!(count("constant.numeric.date"), 7);
    assert_eq!(count("constant.numeric.version"), 1);
    assert!(count("keyword.other.unit") >= 4);
    let failures = check(&text);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_other_policies_are_highlighted() {
    let template = include_str!("../src/cli/init.policy.in")
        .replace("{{id}}", "acme")
        .replace("{{date}}", "2026-01-01")
        .replace("{{voice}}", "we_you")
        .replace("{{readers}}", "your");
    for (name, text) in [
        ("the init template", template),
        (
            "the seed as written",
            read("policies/examples/seed-as-written.policy"),
        ),
        (
            "the US shop",
            read("policies/examples/harbor-lane-shop.policy"),
        ),
        ("the EU app", read("policies/examples/trailmark-app.policy")),
        ("the README tour", readme_policy()),
    ] {
        let failures = check(&text);
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
    }
}

fn readme_policy() -> String {
    let readme = read("README.md");
    let start = readme
        .find("```policy\n")
        .expect("the README has a policy example")
        + 10;
    let end = start + readme[start..].find("```").unwrap();
    readme[start..end].to_owned()
}

#[test]
fn every_word_of_the_language_has_its_scope() {
    let top = top_rules();
    let mut failures = Vec::new();
    for (word, class) in word_classes() {
        let line = match class {
            "keyword.other.unit" => format!("1 {word}"),
            _ => word.clone(),
        };
        let scopes = tokenize(&top, &line);
        let at = line.len() - word.len();
        if !scopes[0][at].iter().any(|s| s.starts_with(class)) {
            failures.push(format!("`{word}` should be {class}: {:?}", scopes[0][at]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_keyword_value_is_a_constant_in_its_place() {
    use policyc::check::*;
    let contexts: Vec<(Vec<&str>, &str)> = vec![
        (SOURCES.keywords().collect(), "  source {}"),
        (IDENTITIES.keywords().collect(), "  identity {}"),
        (SPECIAL_CATEGORIES.keywords().collect(), "  special {}"),
        (BASES.keywords().collect(), "  basis {} \"x\""),
        (RESTRICTIONS.keywords().collect(), "  only {}"),
        (VOICES.keywords().collect(), "  voice {}"),
        (COMBINATIONS.keywords().collect(), "  when_combined {}"),
        (RECIPIENT_KINDS.keywords().collect(), "  kind {}"),
        (GROUNDS.keywords().collect(), "transfer a, b.c to r on {}"),
        (
            GROUNDS.keywords().collect(),
            "transfer a to r on consent, {}",
        ),
        (RIGHTS.keywords().collect(), "right {} {"),
        (SECTIONS.keywords().collect(), "clause x in {} \"text\""),
        (ACCEPTANCES.keywords().collect(), "  accepted {}"),
        (AUTHORITIES.keywords().collect(), "  by {}"),
        (NOTIFY_METHODS.keywords().collect(), "  notify {}"),
        (
            NOTIFY_METHODS.keywords().collect(),
            "  notify on_website, {}",
        ),
        (TAKES_EFFECT.keywords().collect(), "  effective {}"),
        (REGIMES.keywords().collect(), "  regimes {}"),
        (REGIMES.keywords().collect(), "  regimes gdpr, {}"),
        (EVENTS.keywords().collect(), "retain a for 1 year from {}"),
        (
            EVENTS.keywords().collect(),
            "retain a until {} or as_required_by_law, whichever comes last",
        ),
        (
            RETENTION_RULES.keywords().collect(),
            "retain a for 1 year from collection or as_required_by_law, whichever comes {}",
        ),
        (
            policyc::vocab::DEADLINE_ANSWERS.keywords().collect(),
            "  deadline a after collection 2026-01-10 is {}",
        ),
        (
            RETENTION_ENDS.keywords().collect(),
            "retain a for 1 year from collection then {} backups for 35 days",
        ),
    ];
    // The vocabulary of trackers, transfers, commitments, children,
    // decisions, security and the US choices, first and later in a list,
    // and the second word of a mechanism and of a commitment.
    let mut contexts = contexts;
    {
        use policyc::vocab::*;
        // `backups` is a measure and the retention's connective; after a
        // comma it keeps the connective's scope.
        let measures: Vec<&str> = SECURITY_MEASURES
            .keywords()
            .filter(|m| *m != "backups")
            .collect();
        let choices: Vec<&str> = policy_runtime::fact::CHOICES.to_vec();
        contexts.extend([
            (DISCLOSURES.keywords().collect(), "  disclosed_as {}"),
            (DISCLOSURES.keywords().collect(), "  disclosed_as sale, {}"),
            (
                DISCLOSURES.keywords().collect(),
                "transfer a to r for p on consent disclosed_as {}",
            ),
            (
                DISCLOSURES.keywords().collect(),
                "transfer a to r disclosed_as sale, {}",
            ),
            (TRACKER_KINDS.keywords().collect(), "  kind {}"),
            (TRACKER_CATEGORIES.keywords().collect(), "  category {}"),
            (PARTIES.keywords().collect(), "  party {}"),
            (STANCES.keywords().collect(), "  gpc {}"),
            (AUDIENCES.keywords().collect(), "  audience {}"),
            (ROLES.keywords().collect(), "  role {}"),
            (MECHANISMS.keywords().collect(), "  mechanism {}"),
            (MECHANISMS.keywords().collect(), "  mechanism {} copy \"x\""),
            (
                DEROGATIONS.keywords().collect(),
                "  mechanism derogation {}",
            ),
            (
                DEROGATIONS.keywords().collect(),
                "  mechanism derogation {} copy \"x\"",
            ),
            (COMMITMENTS.keywords().collect(), "commit {}"),
            (AREAS.keywords().collect(), "commit no_transfers_outside {}"),
            (
                SPECIAL_CONDITIONS.keywords().collect(),
                "  special_condition {} \"x\"",
            ),
            (PERMITTED_USES.keywords().collect(), "  permitted_use {}"),
            (SAFEGUARDS.keywords().collect(), "  safeguards {}"),
            (
                SAFEGUARDS.keywords().collect(),
                "  safeguards human_review, {}",
            ),
            (
                PARENT_RIGHTS.keywords().collect(),
                "  parent_rights review, {}",
            ),
            (SECURITY_MEASURES.keywords().collect(), "  measures {}"),
            (measures, "  measures logging, {}"),
            (
                BREACH_PARTIES.keywords().collect(),
                "  breach_notification to {} within 72 hours",
            ),
            (choices.clone(), "  deny a to r given {}"),
            (choices, "  deny a to r given consent:r, {}"),
            (
                policy_runtime::fact::AGE.to_vec(),
                "  allow children given consent:x, {}",
            ),
        ]);
    }
    let top = top_rules();
    let mut failures = Vec::new();
    for (values, context) in contexts {
        for value in values {
            let line = context.replacen("{}", value, 1);
            let at = context.find("{}").unwrap();
            let scopes = tokenize(&top, &line);
            let painted = &scopes[0][at..at + value.len()];
            if let Some(bad) = painted
                .iter()
                .find(|byte| !byte.iter().any(|s| s == "constant.language.policy"))
            {
                failures.push(format!("`{value}` in `{line}`: {bad:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn strings_escapes_and_multiline_strings() {
    let top = top_rules();
    let text = "title \"a \\\"b\\\" \\u{E9} \\q\" // \"not a string\"\nscope \"one\ntwo\" data";
    let scopes = tokenize(&top, text);
    let has = |line: usize, at: usize, scope: &str| scopes[line][at].iter().any(|s| s == scope);
    let first = text.lines().next().unwrap();
    let at = |needle: &str| first.find(needle).unwrap();
    assert!(has(0, at("\\\"b"), "constant.character.escape.policy"));
    assert!(has(
        0,
        at("\\u{E9}") + 5,
        "constant.character.escape.policy"
    ));
    assert!(has(0, at("\\q"), "invalid.illegal.escape.policy"));
    assert!(has(0, at("\\q"), "string.quoted.double.policy"));
    assert!(has(0, at("not a"), "comment.line.double-slash.policy"));
    assert!(!has(0, at("not a"), "string.quoted.double.policy"));
    // A string goes on to the next line; what follows it is code again.
    assert!(!has(1, 0, "string.quoted.double.policy"));
    assert!(has(1, 7, "string.quoted.double.policy"));
    assert!(has(2, 0, "string.quoted.double.policy"));
    assert!(has(2, 5, "keyword.declaration.policy"));
}

#[test]
fn names_inside_dotted_ids_are_not_keywords() {
    let top = top_rules();
    let line = "  uses account.data, policy.test";
    let scopes = tokenize(&top, line);
    for word in ["account.data", "policy.test"] {
        let at = line.find(word).unwrap();
        for byte in &scopes[0][at..at + word.len()] {
            assert_eq!(byte, &vec!["variable.other.policy".to_owned()], "{word}");
        }
    }
}

#[test]
fn the_vscode_extension_uses_the_grammar() {
    let manifest: Value = serde_json::from_str(&read("editors/vscode/package.json")).unwrap();
    let language = &manifest["contributes"]["languages"][0];
    assert_eq!(language["id"], "policy");
    assert_eq!(language["extensions"], serde_json::json!([".policy"]));
    let grammar = &manifest["contributes"]["grammars"][0];
    assert_eq!(grammar["language"], "policy");
    assert_eq!(grammar["scopeName"], grammar_json()["scopeName"]);
    assert_eq!(grammar["scopeName"], "source.policy");

    let vscode = root().join("editors/vscode");
    let copy = vscode.join(grammar["path"].as_str().unwrap());
    let canonical = root().join("editors/textmate/policy.tmLanguage.json");
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        std::fs::read_to_string(&canonical).unwrap(),
        "editors/vscode/syntaxes/policy.tmLanguage.json differs from editors/textmate/policy.tmLanguage.json: copy the TextMate grammar over it"
    );

    let config_path = vscode.join(language["configuration"].as_str().unwrap());
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(config_path).unwrap()).unwrap();
    assert_eq!(config["comments"]["lineComment"], "//");
    assert_eq!(config["brackets"], serde_json::json!([["{", "}"]]));
    compile(config["wordPattern"].as_str().unwrap());
    let indentation = &config["indentationRules"];
    compile(indentation["increaseIndentPattern"].as_str().unwrap());
    compile(indentation["decreaseIndentPattern"].as_str().unwrap());
    assert!(Path::new(&vscode.join("package.json")).is_file());
}

// ------------------------------------------- lists generated from vocab

/// The grammars' files (their keyword lists come from `src/vocab.rs`, the
/// runtime's sets and the blocks' properties, `src/syntax/props.rs`): the
/// TextMate grammar and its copy in the VS Code
/// extension.
const GRAMMAR_FILES: [&str; 2] = [
    "editors/textmate/policy.tmLanguage.json",
    "editors/vscode/syntaxes/policy.tmLanguage.json",
];

/// An alternation of `words`, longest first (so that a regex engine that
/// takes the first alternative that matches takes the whole word), then in
/// alphabetical order.
fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.join("|")
}

/// Each generated `match` of the grammar: the repository entry and the
/// pattern the vocabulary gives it.
fn generated_matches() -> Vec<(&'static str, String)> {
    use policyc::check::*;
    use policyc::syntax::props::{BLOCKS, Form, Help};
    use policyc::vocab::{AREAS, BREACH_PARTIES, COMMITMENTS, DEROGATIONS, MECHANISMS};
    let mut constants: Vec<&str> = vec!["as_required_by_law", policyc::vocab::SESSION];
    constants.extend(GROUNDS.keywords());
    constants.extend(BASES.keywords());
    constants.extend(IDENTITIES.keywords());
    constants.extend(ACCEPTANCES.keywords());
    constants.extend(AUTHORITIES.keywords());
    constants.extend(NOTIFY_METHODS.keywords());
    constants.extend(TAKES_EFFECT.keywords());
    constants.extend(REGIMES.keywords());
    // `none` is a value wherever it appears: `regimes none`, `dpo none`.
    constants.push(policyc::vocab::NO_REGIME);
    constants.extend(policy_runtime::fact::PLAIN);
    use policy_runtime::fact;
    let choices: Vec<(&str, &str)> = fact::CHOICES
        .iter()
        .filter_map(|c| c.split_once(':'))
        .collect();
    let plain_facts: Vec<&str> = fact::CHOICES
        .iter()
        .chain(fact::AGE.iter())
        .chain(fact::PLAIN.iter())
        .copied()
        .filter(|f| !f.contains(':'))
        .collect();
    let properties = || BLOCKS.iter().flat_map(|b| b.properties.iter());
    // The values of a property that lists keywords (`disclosed_as sale,
    // share`, `measures logging, testing`): a value after a comma, or on
    // the next line, has no property before it, so each is a value
    // wherever it appears; but a word of the language keeps its own scope
    // (`backups` is the connective of a retention as well as a measure).
    let language = word_classes();
    constants.extend(
        properties()
            .filter(|p| p.form == Form::Keywords)
            .flat_map(|p| match p.help {
                Help::OneOf(values) => values(),
                Help::Text(_) => Vec::new(),
            })
            .filter(|w| !language.contains_key(*w)),
    );
    let keyed = properties()
        .filter(|p| matches!(p.form, Form::Keyword | Form::Keywords | Form::Basis))
        .map(|p| p.keyword);
    let flags = properties()
        .filter(|p| p.form == Form::Flag)
        .map(|p| p.keyword)
        .chain(policyc::syntax::props::MARKS);
    let valued = properties()
        .filter(|p| !matches!(p.form, Form::Flag | Form::Expectation | Form::Deadline))
        .map(|p| p.keyword);
    vec![
        // The values after the property or declaration that starts them,
        // the second one included: `mechanism derogation legal_claims`,
        // `commit no_transfers_outside eea`, `breach_notification to
        // authority`.
        (
            "mechanism",
            format!(
                r"\b(mechanism)\s+({})\b(?:\s+({})\b)?",
                alternation(MECHANISMS.keywords()),
                alternation(DEROGATIONS.keywords())
            ),
        ),
        (
            "commitment",
            format!(
                r"\b(commit)\s+({})\b(?:\s+({})\b)?",
                alternation(COMMITMENTS.keywords()),
                alternation(AREAS.keywords())
            ),
        ),
        (
            "breach",
            format!(
                r"\b(breach_notification)\s+(to)\s+({})\b",
                alternation(BREACH_PARTIES.keywords())
            ),
        ),
        // The facts of a test: a fact about a purpose, recipient or
        // decision (`consent:marketing`), a user's choice (`opt_out:sale`),
        // and the facts without a target, which may be properties
        // elsewhere (`given gpc`, `, parental_consent`).
        (
            "fact",
            format!(
                r"\b({})(:)([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)",
                alternation(
                    [
                        fact::CONSENT_PREFIX,
                        fact::OBJECTION_PREFIX,
                        fact::HUMAN_REVIEW_PREFIX
                    ]
                    .map(|p| p.trim_end_matches(':'))
                )
            ),
        ),
        (
            "choice-fact",
            format!(
                r"\b({})(:)({})\b",
                alternation(choices.iter().map(|(kind, _)| *kind)),
                alternation(choices.iter().map(|(_, what)| *what))
            ),
        ),
        (
            "given-fact",
            format!(
                r"(?:\b(given)|(,))\s*({})\b",
                alternation(plain_facts.iter().copied())
            ),
        ),
        (
            "keyword-property",
            format!(r"\b({})\s+([A-Za-z][A-Za-z0-9_]*)\b", alternation(keyed)),
        ),
        ("flag", format!(r"\b(?:{})\b", alternation(flags))),
        ("property", format!(r"\b(?:{})\b", alternation(valued))),
        ("constant", format!(r"\b(?:{})\b", alternation(constants))),
        (
            "duration",
            format!(r"(-?\b[0-9]+)\s+({})\b", alternation(TIME_UNITS.words())),
        ),
    ]
}

/// The grammar's text with each generated `match` replaced by what the
/// vocabulary gives, or the first entry that is not where it belongs.
fn regenerated(text: &str) -> Result<String, String> {
    let grammar: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut out = text.to_owned();
    for (entry, pattern) in generated_matches() {
        let old = grammar["repository"][entry]["match"]
            .as_str()
            .ok_or_else(|| format!("the grammar has no `repository.{entry}.match`"))?;
        let old = serde_json::to_string(old).map_err(|e| e.to_string())?;
        let new = serde_json::to_string(&pattern).map_err(|e| e.to_string())?;
        if out.matches(&old).count() != 1 {
            return Err(format!("`repository.{entry}.match` is not written once"));
        }
        out = out.replacen(&old, &new, 1);
    }
    Ok(out)
}

#[test]
fn the_keyword_lists_are_generated_from_the_vocabulary() {
    let bless = std::env::var_os("POLICYC_BLESS").is_some_and(|v| v == "1");
    for file in GRAMMAR_FILES {
        let text = read(file);
        let expected = regenerated(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        if bless {
            std::fs::write(root().join(file), &expected).unwrap();
        } else {
            assert!(
                text == expected,
                "{file}: its keyword lists differ from src/vocab.rs and the runtime's sets; \
                 regenerate them with `POLICYC_BLESS=1 cargo test --test editor_grammar`"
            );
        }
    }
}
