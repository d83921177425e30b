//! `policyc query RULES use DATA PURPOSE` / `query RULES transfer DATA RECIPIENT`
//! / `query RULES tracker TRACKER` / `query RULES children`:
//! one decision, as a service would get it.

use std::path::Path;

use policy_runtime::TrustedKey;

use super::Output;
use crate::driver::Outcome;
use crate::driver::query::{self, QueryError, Question};
use crate::report::Format;

/// Runs `policyc query`.
pub fn run(
    rules_path: &Path,
    question: &Question<'_>,
    facts: &[String],
    trusted: &[TrustedKey],
    out_dir: &Path,
    out: &mut Output,
) -> Outcome {
    let rules = match query::load_rules(rules_path, trusted, out_dir, out) {
        Ok(rules) => rules,
        Err(error) => {
            report_error(&error, out);
            // The JSON document or SARIF log of what went wrong, as every
            // reporting command prints it.
            out.finish(error.outcome());
            return error.outcome();
        }
    };
    let report = query::ask(&rules, question, facts);
    match out.format {
        Format::Json | Format::Sarif => match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(error) => out.error_line(&format!("cannot print the decision: {error}")),
        },
        Format::Human | Format::Github | Format::Markdown => {
            let verdict = if report.allowed() {
                "allowed"
            } else {
                "denied"
            };
            let reason = report
                .reason()
                .strip_prefix("denied: ")
                .unwrap_or(report.reason());
            println!("{verdict} [{}]: {reason}", report.code());
            if let query::Answer::Decision(decision) = &report
                && !decision.retention.is_empty()
            {
                let periods: Vec<String> =
                    decision.retention.iter().map(ToString::to_string).collect();
                println!("kept: {}", periods.join(", or "));
            }
            let (policy, version) = report.policy();
            println!("policy: {policy} {version}");
            if let Some(key) = rules.signed_by() {
                println!("signed by: key {key}");
            }
        }
    }
    Outcome::Clean
}

/// Says why no decision was made.
fn report_error(error: &QueryError, out: &mut Output) {
    match error {
        QueryError::HasErrors { .. } => {
            // Whatever the format: the errors reported, or this line when
            // there were none to show.
            let why = if out.tally.errors > 0 {
                out.tally.describe()
            } else {
                "errors".to_owned()
            };
            out.failure(&format!(
                "`{}` has {why}, so it cannot be queried",
                error.path().display()
            ));
        }
        _ => out.problem(error),
    }
}
