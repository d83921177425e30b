//! `policyc test [PATHS]`: run the policies' `test` blocks against their
//! compiled rule tables.

use std::path::PathBuf;

use policy_runtime::{Facts, Rules};

use super::Output;
use super::check::load_and_check;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::driver::Outcome;
use crate::model::{Expectation, Policy, Target};

/// The outcome of one expectation that did not hold.
fn failure(expectation: &Expectation, test: &str, reason: &str) -> Diagnostic {
    let (verb, target) = match &expectation.target {
        Target::Use(purpose) => ("used for", purpose),
        Target::Transfer(recipient) => ("sent to", recipient),
    };
    let (wanted, got) = if expectation.allow {
        ("allowed", "denied")
    } else {
        ("denied", "allowed")
    };
    let given = if expectation.facts.is_empty() {
        String::new()
    } else {
        format!(" given {}", expectation.facts.join(", "))
    };
    Diagnostic::new(
        Code::TestFailed,
        expectation.span,
        format!("test \"{test}\": `{}` {verb} `{target}`{given} should be {wanted}, but it is {got}", expectation.data),
    )
    .label(format!("{got}: {reason}"))
    .help("either the policy changed its meaning, or the test is wrong; fix whichever does not say what you intend")
}

/// Runs every expectation of a policy; returns (expectations run, failures).
pub fn run_policy(policy: &Policy, rules: &Rules) -> (usize, Vec<Diagnostic>) {
    let mut run = 0;
    let mut failures = Vec::new();
    for test in &policy.tests {
        for expectation in &test.expectations {
            run += 1;
            let facts: Facts = expectation.facts.iter().map(String::as_str).collect();
            let decision = match &expectation.target {
                Target::Use(purpose) => rules.decide_use(&expectation.data, purpose, &facts),
                Target::Transfer(recipient) => {
                    rules.decide_transfer(&expectation.data, recipient, &facts)
                }
            };
            if decision.allowed != expectation.allow {
                failures.push(failure(expectation, &test.name, &decision.reason()));
            }
        }
    }
    (run, failures)
}

/// Runs `policyc test`.
pub fn run(paths: &[PathBuf], max_file_size: usize, out: &mut Output) -> Outcome {
    let status = run_all(paths, max_file_size, out);
    out.finish(status);
    status
}

fn run_all(paths: &[PathBuf], max_file_size: usize, out: &mut Output) -> Outcome {
    let files = match load_and_check(paths, max_file_size, out) {
        Ok(files) => files,
        Err(status) => return status,
    };
    if out.fails() {
        let failure = format!("{}; no test was run", out.describe_failure());
        out.failure(&failure);
        return Outcome::Problems;
    }
    let (mut tests, mut expectations, mut failed) = (0, 0, 0);
    for checked in &files {
        let Some(policy) = &checked.checked.policy else {
            continue;
        };
        let rules = match Rules::from_table(crate::rules::table(policy)) {
            Ok(rules) => rules,
            Err(error) => {
                out.error_line(&format!(
                    "the rule table of `{}` does not load: {error}",
                    policy.id
                ));
                return Outcome::Problems;
            }
        };
        let (run, failures) = run_policy(policy, &rules);
        tests += policy.tests.len();
        expectations += run;
        failed += failures.len();
        checked.report(&failures, out);
    }
    let summary = format!(
        "{tests} test{}, {expectations} expectation{}",
        if tests == 1 { "" } else { "s" },
        if expectations == 1 { "" } else { "s" }
    );
    if failed > 0 {
        out.failure(&format!("{summary}: {failed} failed"));
        Outcome::Problems
    } else {
        out.result_line(&format!("ok: {summary}, all hold"));
        Outcome::Clean
    }
}
