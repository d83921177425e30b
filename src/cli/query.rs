//! `policyc query RULES use DATA PURPOSE` / `query RULES transfer DATA RECIPIENT`
//! / `query RULES tracker TRACKER` / `query RULES children` / `query RULES
//! decision ID`: one decision, as a service would get it; `query RULES
//! deadline DATA --event NAME=DATE…`: when a record's data must be erased.

use std::path::Path;

use policy_runtime::TrustedKey;

use super::{Output, stdout_line};
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
    if let Question::Deadline {
        data,
        purpose,
        events,
    } = question
    {
        let report = query::deadline(&rules, data, *purpose, events);
        print_deadline(&report, &rules, out);
        return Outcome::Clean;
    }
    let Some(report) = query::ask(&rules, question, facts) else {
        return Outcome::Clean;
    };
    match out.format {
        Format::Json | Format::Sarif => match serde_json::to_string_pretty(&report) {
            Ok(json) => stdout_line(&json),
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
            stdout_line(&format!("{verdict} [{}]: {reason}", report.code()));
            if let query::Answer::Decision(decision) = &report
                && !decision.retention.is_empty()
            {
                let periods: Vec<String> =
                    decision.retention.iter().map(ToString::to_string).collect();
                stdout_line(&format!("kept: {}", periods.join(", or ")));
            }
            let (policy, version) = report.policy();
            stdout_line(&format!("policy: {policy} {version}"));
            if let Some(key) = rules.signed_by() {
                stdout_line(&format!("signed by: key {key}"));
            }
        }
    }
    Outcome::Clean
}

/// Prints a deadline: the JSON report, or for people the deadline and the
/// period that decided it, the terms, the end and the backups.
fn print_deadline(
    report: &query::DeadlineReport<'_>,
    rules: &policy_runtime::Rules,
    out: &mut Output,
) {
    match out.format {
        Format::Json | Format::Sarif => match serde_json::to_string_pretty(report) {
            Ok(json) => stdout_line(&json),
            Err(error) => out.error_line(&format!("cannot print the deadline: {error}")),
        },
        Format::Human | Format::Github | Format::Markdown => {
            // A date says which period gave it; a pending deadline, a legal
            // hold or criteria already say what they wait on.
            match (&report.decided_by, report.deadline) {
                (Some(period), policy_runtime::Deadline::On { .. }) => {
                    stdout_line(&format!("{}, decided by: {period}", report.deadline));
                }
                (_, policy_runtime::Deadline::Unknown) => match &report.purpose {
                    Some(purpose) => stdout_line(&format!(
                        "not in the table: `{}` used for `{purpose}`",
                        report.data
                    )),
                    None => stdout_line(&format!("not in the table: `{}`", report.data)),
                },
                _ => stdout_line(&format!("{}", report.deadline)),
            }
            if !report.retention.is_empty() {
                let mut kept = report.retention.join(", or ");
                if let Some(words) = report.rule_words().filter(|_| report.retention.len() > 1) {
                    kept.push_str(", ");
                    kept.push_str(words);
                }
                match (&report.purpose, report.per_purpose) {
                    (Some(purpose), true) => {
                        stdout_line(&format!("kept when used for {purpose}: {kept}"))
                    }
                    _ => stdout_line(&format!("kept: {kept}")),
                }
            }
            if let Some(end) = report.end {
                stdout_line(&format!("at the end: {end}"));
            }
            if let (Some(backups), Some(gone)) = (&report.backups, &report.backup_deadline) {
                stdout_line(&format!("backups ({backups} after): {gone}"));
            }
            stdout_line(&format!(
                "policy: {} {}",
                report.policy, report.policy_version
            ));
            if let Some(key) = rules.signed_by() {
                stdout_line(&format!("signed by: key {key}"));
            }
        }
    }
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
