//! SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format): one
//! log with one run, for code-scanning tools such as GitHub's.
//!
//! The run's tool lists every diagnostic code as a rule, with its summary
//! and its long explanation; each result points at its rule, its file
//! (a relative URI) and its region. Columns count Unicode characters, as
//! the human and JSON formats do. Problems that have no place in a file (a
//! file that cannot be read, a stale generated file) are notifications of
//! the invocation.

use std::io::Write;

use serde::Serialize;

use super::{Finding, Related};
use crate::codes::Code;
use crate::diagnostic::Severity;

/// The schema the log declares.
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// A message that has no place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// Error or warning.
    pub severity: Severity,
    /// The message.
    pub message: String,
}

/// The top-level `sarifLog` object.
#[derive(Debug, Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: Vec<Invocation>,
    column_kind: &'static str,
    results: Vec<SarifResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Debug, Serialize)]
struct Text {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
}

impl Text {
    fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            markdown: None,
        }
    }
}

#[derive(Debug, Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<SarifNotification>,
}

#[derive(Debug, Serialize)]
struct SarifNotification {
    level: &'static str,
    message: Text,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Debug, Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The severity of a code: `W…` codes are warnings, the others errors.
fn default_level(code: Code) -> &'static str {
    if code.as_str().starts_with('W') {
        "warning"
    } else {
        "error"
    }
}

/// The rule of every code, in catalogue order, so a code's index in
/// [`Code::ALL`] is its rule index.
fn rules() -> Vec<Rule> {
    Code::ALL
        .iter()
        .map(|&code| {
            let explanation = code.explanation();
            Rule {
                id: code.as_str(),
                name: format!("{code:?}"),
                short_description: Text::plain(code.summary()),
                full_description: Text {
                    text: explanation.to_owned(),
                    markdown: Some(explanation.to_owned()),
                },
                help: Text {
                    text: explanation.to_owned(),
                    markdown: Some(explanation.to_owned()),
                },
                default_configuration: Configuration {
                    level: default_level(code),
                },
            }
        })
        .collect()
}

/// A path as a relative URI reference: `/` separators, no leading `./`,
/// and every byte outside the unreserved set and `/` percent-encoded. An
/// absolute path becomes a `file://` URI.
pub fn path_to_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut rest = path.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped;
    }
    let mut out = String::with_capacity(rest.len());
    let absolute = rest.starts_with('/');
    if absolute {
        out.push_str("file://");
    }
    for byte in rest.bytes() {
        let keep = byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/');
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn location(uri: &str, related: &Related, id: Option<usize>) -> Location {
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri.to_owned(),
            },
            region: Region {
                start_line: related.line,
                start_column: related.column,
                end_line: related.end_line,
                end_column: related.end_column,
            },
        },
        message: (!related.message.is_empty()).then(|| Text::plain(related.message.clone())),
    }
}

fn result(finding: &Finding) -> SarifResult {
    let located = &finding.located;
    let uri = path_to_uri(&located.file);
    let primary = Related {
        line: located.line,
        column: located.column,
        end_line: located.end_line,
        end_column: located.end_column,
        message: located.label.clone(),
    };
    let message = match &located.help {
        Some(help) => format!("{}\nhelp: {help}", located.message),
        None => located.message.clone(),
    };
    SarifResult {
        rule_id: located.code.clone(),
        rule_index: Code::parse(&located.code)
            .and_then(|code| Code::ALL.iter().position(|&c| c == code)),
        level: level(located.severity),
        message: Text::plain(message),
        locations: vec![location(&uri, &primary, None)],
        related_locations: finding
            .related
            .iter()
            .enumerate()
            .map(|(i, related)| location(&uri, related, Some(i + 1)))
            .collect(),
    }
}

/// Builds the log of one run.
///
/// `execution_successful` is false when the run stopped on a usage or I/O
/// error; `properties`, when given, become the run's property bag (a
/// command can put its own results there).
pub fn log(
    findings: &[Finding],
    notifications: &[Notification],
    execution_successful: bool,
    properties: Option<serde_json::Map<String, serde_json::Value>>,
) -> Log {
    let version = env!("CARGO_PKG_VERSION");
    Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "policyc",
                    version,
                    semantic_version: version,
                    rules: rules(),
                },
            },
            invocations: vec![Invocation {
                execution_successful,
                tool_execution_notifications: notifications
                    .iter()
                    .map(|n| SarifNotification {
                        level: level(n.severity),
                        message: Text::plain(n.message.clone()),
                    })
                    .collect(),
            }],
            column_kind: "unicodeCodePoints",
            results: findings.iter().map(result).collect(),
            properties: properties.filter(|p| !p.is_empty()),
        }],
    }
}

/// Writes a log followed by a newline.
pub fn write(out: &mut dyn Write, log: &Log) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(path_to_uri("policies/a.policy"), "policies/a.policy");
        assert_eq!(
            path_to_uri("./policies/my shop%.policy"),
            "policies/my%20shop%25.policy"
        );
        assert_eq!(path_to_uri("policies\\b.policy"), "policies/b.policy");
        assert_eq!(path_to_uri("/tmp/é.policy"), "file:///tmp/%C3%A9.policy");
    }

    #[test]
    fn rule_indexes_follow_the_catalogue() {
        let rules = rules();
        assert_eq!(rules.len(), Code::ALL.len());
        for (rule, code) in rules.iter().zip(Code::ALL) {
            assert_eq!(rule.id, code.as_str());
        }
    }
}
