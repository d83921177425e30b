//! `policyc query RULES use DATA PURPOSE` / `query RULES transfer DATA RECIPIENT`:
//! one decision, as a service would get it.

use std::path::Path;

use policy_runtime::{Facts, Rules, TrustedKey};

use super::Output;
use crate::driver::Outcome;
use crate::report::Format;

/// What is asked.
pub enum Question<'a> {
    /// May `data` be used for `purpose`?
    Use {
        /// The data category.
        data: &'a str,
        /// The purpose.
        purpose: &'a str,
    },
    /// May `data` be sent to `recipient`?
    Transfer {
        /// The data category.
        data: &'a str,
        /// The recipient.
        recipient: &'a str,
    },
}

/// Loads the rules from a `rules.json` (verified when keys are trusted)
/// or compiles them from a `.policy` file, reporting why when it cannot.
pub fn load_rules(path: &Path, trusted: &[TrustedKey], out: &mut Output) -> Option<Rules> {
    let is_policy = path
        .extension()
        .is_some_and(|e| e == crate::source::EXTENSION);
    if is_policy && !trusted.is_empty() {
        out.error_line(&format!(
            "`{}` is compiled on the fly, so it has no signature to check; query its signed `rules.json` with `--trusted-key`",
            path.display()
        ));
        return None;
    }
    if !is_policy {
        let loaded = if trusted.is_empty() {
            Rules::from_path(path)
        } else {
            Rules::from_path_verified(path, trusted)
        };
        return match loaded {
            Ok(rules) => Some(rules),
            Err(error) => {
                out.error_line(&format!(
                    "cannot load the rule table `{}`: {error}",
                    path.display()
                ));
                None
            }
        };
    }
    let root = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let loaded = match crate::load::load(path, root, crate::source::DEFAULT_MAX_FILE_SIZE) {
        Ok(loaded) => loaded,
        Err(error) => {
            out.error_line(&format!("cannot read `{}`: {error}", path.display()));
            return None;
        }
    };
    let errors: Vec<_> = loaded
        .checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    for (file, local) in loaded.localize(&errors) {
        if !local.is_empty() {
            out.diagnostics(file, &local);
        }
    }
    let Some(policy) = loaded.checked.policy else {
        // Say why no decision was made, whatever the format: the errors
        // above, or this line when there were none to show.
        let why = if out.tally.errors > 0 {
            out.tally.describe()
        } else {
            "errors".to_owned()
        };
        out.failure(&format!(
            "`{}` has {why}, so it cannot be queried",
            path.display()
        ));
        return None;
    };
    match Rules::from_table(crate::rules::table(&policy)) {
        Ok(rules) => Some(rules),
        Err(error) => {
            out.error_line(&format!(
                "the compiled table of `{}` does not load: {error}",
                path.display()
            ));
            None
        }
    }
}

/// Runs `policyc query`.
pub fn run(
    rules_path: &Path,
    question: &Question<'_>,
    facts: &[String],
    trusted: &[TrustedKey],
    out: &mut Output,
) -> Outcome {
    let Some(rules) = load_rules(rules_path, trusted, out) else {
        // The JSON document or SARIF log of what went wrong, as every
        // reporting command prints it.
        out.finish(Outcome::Problems);
        return Outcome::Problems;
    };
    let facts: Facts = facts.iter().map(String::as_str).collect();
    let decision = match question {
        Question::Use { data, purpose } => rules.decide_use(data, purpose, &facts),
        Question::Transfer { data, recipient } => rules.decide_transfer(data, recipient, &facts),
    };
    let report = decision.to_report();
    match out.format {
        Format::Json | Format::Sarif => match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(error) => out.error_line(&format!("cannot print the decision: {error}")),
        },
        Format::Human | Format::Github | Format::Markdown => {
            let verdict = if report.allowed { "allowed" } else { "denied" };
            let reason = report
                .reason
                .strip_prefix("denied: ")
                .unwrap_or(&report.reason);
            println!("{verdict} [{}]: {reason}", report.code.as_str());
            if !report.retention.is_empty() {
                let periods: Vec<String> =
                    report.retention.iter().map(ToString::to_string).collect();
                println!("kept: {}", periods.join(", or "));
            }
            println!("policy: {} {}", report.policy, report.policy_version);
            if let Some(key) = rules.signed_by() {
                println!("signed by: key {key}");
            }
        }
    }
    Outcome::Clean
}
