//! `policyc test`'s work: each policy's `test` blocks run against its
//! compiled rule table.

use std::path::PathBuf;

use policy_runtime::{Facts, Rules};

use super::check::CheckError;
use super::{Outcome, Sink};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{
    ChildExpectation, DeadlineAnswer, DeadlineExpectation, DecisionExpectation, Expectation,
    ExpectedDeadline, Policy, Target, TrackerExpectation,
};
use policy_runtime::Deadline;

/// What the tests found.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    /// How many test blocks ran.
    pub tests: usize,
    /// How many expectations they hold.
    pub expectations: usize,
    /// How many of those did not hold; each was reported.
    pub failed: usize,
}

/// Why no test was run, or not every one.
#[derive(Debug)]
pub enum TestError {
    /// The policies could not be read, or have problems.
    Check(CheckError),
    /// A compiled rule table does not load: a bug in policyc.
    Table {
        /// The policy.
        id: String,
        /// Why it does not load.
        error: policy_runtime::LoadError,
    },
}

impl TestError {
    /// How the run ends.
    pub fn outcome(&self) -> Outcome {
        match self {
            TestError::Check(error) => error.outcome(),
            TestError::Table { .. } => Outcome::Problems,
        }
    }
}

impl std::fmt::Display for TestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TestError::Check(error) => error.fmt(f),
            TestError::Table { id, error } => {
                write!(f, "the rule table of `{id}` does not load: {error}")
            }
        }
    }
}

impl std::error::Error for TestError {}

impl super::Problem for TestError {}

/// Checks every policy named by `paths` and, when all check clean, runs
/// their tests; each expectation that does not hold is reported.
pub fn run(
    paths: &[PathBuf],
    max_file_size: usize,
    sink: &mut dyn Sink,
) -> Result<Summary, TestError> {
    let files = super::check::load_clean(paths, max_file_size, sink).map_err(TestError::Check)?;
    let mut summary = Summary::default();
    for checked in &files {
        let Some(policy) = &checked.checked.policy else {
            continue;
        };
        let rules =
            Rules::from_table(crate::rules::table(policy)).map_err(|error| TestError::Table {
                id: policy.id.clone(),
                error,
            })?;
        let (run, failures) = run_policy(policy, &rules);
        summary.tests += policy.tests.len();
        summary.expectations += run;
        summary.failed += failures.len();
        checked.report(&failures, sink);
    }
    Ok(summary)
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
        for expectation in &test.trackers {
            run += 1;
            let facts: Facts = expectation.facts.iter().map(String::as_str).collect();
            let decision = rules.decide_tracker(&expectation.tracker, &facts);
            if decision.allowed != expectation.allow {
                failures.push(tracker_failure(expectation, &test.name, &decision.reason()));
            }
        }
        for expectation in &test.children {
            run += 1;
            // The question is about a child: `child` is implied.
            let facts: Facts = std::iter::once(policy_runtime::fact::CHILD)
                .chain(expectation.facts.iter().map(String::as_str))
                .collect();
            let decision = rules.decide_child(&facts);
            if decision.allowed != expectation.allow {
                failures.push(child_failure(expectation, &test.name, &decision.reason()));
            }
        }
        for expectation in &test.decisions {
            run += 1;
            let facts: Facts = expectation.facts.iter().map(String::as_str).collect();
            let decision = rules.decide_automated(&expectation.decision, &facts);
            if decision.allowed != expectation.allow {
                failures.push(decision_failure(
                    expectation,
                    &test.name,
                    &decision.reason(),
                ));
            }
        }
        for expectation in &test.deadlines {
            run += 1;
            if let Some(failure) = deadline_failure(expectation, &test.name, rules) {
                failures.push(failure);
            }
        }
    }
    (run, failures)
}

/// Asks the runtime's `deadline` (through the retention terms a service
/// reads, as `policyc query RULES deadline` does) when the data of the
/// expectation's record must be erased; the diagnostic when the answer,
/// or the end of the copies in backups, is not the one expected.
fn deadline_failure(
    expectation: &DeadlineExpectation,
    test: &str,
    rules: &Rules,
) -> Option<Diagnostic> {
    let events: Vec<(String, policy_runtime::Date)> = expectation
        .events
        .iter()
        .filter_map(|(words, date)| Some((words.clone(), date.to_string().parse().ok()?)))
        .collect();
    let report = super::query::deadline(
        rules,
        &expectation.data,
        expectation.purpose.as_deref(),
        &events,
    );
    let asked = deadline_asked(expectation);
    if !holds(&expectation.expected, report.deadline) {
        let kept = if report.retention.len() > 1 {
            let rule = report
                .rule_words()
                .map_or_else(String::new, |rule| format!(", {rule}"));
            format!(" (kept: {}{rule})", report.retention.join(", or "))
        } else {
            String::new()
        };
        let label = match (&report.deadline, &report.decided_by) {
            // The criteria are in the message already.
            (Deadline::Criteria { .. } | Deadline::AtMost { .. }, _) => {
                format!("decided by the retention's criteria{kept}")
            }
            (_, Some(period)) => format!("decided by: {period}{kept}"),
            (deadline, None) => format!("{deadline}{kept}"),
        };
        return Some(deadline_failed(
            expectation,
            test,
            format!(
                "{asked} should be: {}; it is: {}",
                expected_words(&expectation.expected),
                report.deadline
            ),
            label,
        ));
    }
    let wanted = expectation.backups?;
    let got = report.backup_deadline;
    if got.is_some_and(|got| holds(&ExpectedDeadline::On(wanted), got)) {
        return None;
    }
    let (got, label) = match (got, &report.backups) {
        (Some(got), Some(backups)) => {
            (got.to_string(), format!("backups ({backups} after): {got}"))
        }
        _ => (
            "the policy states no backups period".to_owned(),
            "no `backups for …` in the retention that applies".to_owned(),
        ),
    };
    Some(deadline_failed(
        expectation,
        test,
        format!(
            "the copies in backups of {asked} should be gone: erase on {wanted}; they are: {got}"
        ),
        label,
    ))
}

/// Whether the runtime's `deadline` is the one `expected`.
fn holds(expected: &ExpectedDeadline, deadline: Deadline<'_>) -> bool {
    match (expected, deadline) {
        (ExpectedDeadline::On(wanted), Deadline::On { date }) => {
            wanted.to_string() == date.to_string()
        }
        (ExpectedDeadline::AtMost(wanted), Deadline::AtMost { date, .. }) => {
            wanted.to_string() == date.to_string()
        }
        (ExpectedDeadline::Pending(wanted), Deadline::Pending { event }) => wanted == event,
        (ExpectedDeadline::Other(answer), deadline) => matches!(
            (answer, deadline),
            (DeadlineAnswer::Criteria, Deadline::Criteria { .. })
                | (DeadlineAnswer::AsRequiredByLaw, Deadline::LegalHold { .. })
                | (DeadlineAnswer::Unstated, Deadline::NoneDeclared)
        ),
        _ => false,
    }
}

/// The deadline expected, in the words the runtime's answer is printed in.
fn expected_words(expected: &ExpectedDeadline) -> String {
    match expected {
        ExpectedDeadline::On(date) => format!("erase on {date}"),
        ExpectedDeadline::AtMost(date) => {
            format!("erase on {date} at the latest, or before as the criteria determine")
        }
        ExpectedDeadline::Pending(event) => Deadline::Pending { event }.to_string(),
        ExpectedDeadline::Other(DeadlineAnswer::Pending) => "no date until an event".to_owned(),
        ExpectedDeadline::Other(DeadlineAnswer::Criteria) => {
            "no date: kept for a period determined by criteria".to_owned()
        }
        ExpectedDeadline::Other(DeadlineAnswer::AsRequiredByLaw) => {
            Deadline::LegalHold { after: None }.to_string()
        }
        ExpectedDeadline::Other(DeadlineAnswer::Unstated) => Deadline::NoneDeclared.to_string(),
    }
}

/// What a deadline expectation asks about, in words: "the deadline of
/// `contact` after collection on 2026-01-10 and the last use on
/// 2026-03-01".
fn deadline_asked(expectation: &DeadlineExpectation) -> String {
    let purpose = expectation
        .purpose
        .as_ref()
        .map_or_else(String::new, |p| format!(" used for `{p}`"));
    let events: Vec<String> = expectation
        .events
        .iter()
        .map(|(words, date)| format!("{words} on {date}"))
        .collect();
    let after = match events.split_last() {
        None => " with no event yet".to_owned(),
        Some((last, [])) => format!(" after {last}"),
        Some((last, rest)) => format!(" after {} and {last}", rest.join(", ")),
    };
    format!("the deadline of `{}`{purpose}{after}", expectation.data)
}

/// The diagnostic of a deadline expectation that did not hold.
fn deadline_failed(
    expectation: &DeadlineExpectation,
    test: &str,
    message: String,
    label: String,
) -> Diagnostic {
    Diagnostic::new(
        Code::TestFailed,
        expectation.span,
        format!("test \"{test}\": {message}"),
    )
    .label(label)
    .help("either the policy changed its meaning, or the test is wrong; fix whichever does not say what you intend")
}

/// A decision's reason without the verdict it starts with (`denied: …`),
/// which the label states once itself.
fn without_verdict(reason: &str) -> &str {
    reason
        .strip_prefix("denied: ")
        .or_else(|| reason.strip_prefix("allowed: "))
        .unwrap_or(reason)
}

/// The diagnostic of one tracker expectation that did not hold.
fn tracker_failure(expectation: &TrackerExpectation, test: &str, reason: &str) -> Diagnostic {
    let asked = format!("setting the tracker `{}`", expectation.tracker);
    failed(
        expectation.span,
        expectation.allow,
        &expectation.facts,
        test,
        &asked,
        reason,
    )
}

/// The diagnostic of one child expectation that did not hold.
fn child_failure(expectation: &ChildExpectation, test: &str, reason: &str) -> Diagnostic {
    failed(
        expectation.span,
        expectation.allow,
        &expectation.facts,
        test,
        "a child's use of the service",
        reason,
    )
}

/// The diagnostic of one expectation on an automated decision that did
/// not hold.
fn decision_failure(expectation: &DecisionExpectation, test: &str, reason: &str) -> Diagnostic {
    let asked = format!("making the automated decision `{}`", expectation.decision);
    failed(
        expectation.span,
        expectation.allow,
        &expectation.facts,
        test,
        &asked,
        reason,
    )
}

/// The diagnostic of one expectation that did not hold.
fn failure(expectation: &Expectation, test: &str, reason: &str) -> Diagnostic {
    let (verb, target) = match &expectation.target {
        Target::Use(purpose) => ("used for", purpose),
        Target::Transfer(recipient) => ("sent to", recipient),
    };
    let asked = format!("`{}` {verb} `{target}`", expectation.data);
    failed(
        expectation.span,
        expectation.allow,
        &expectation.facts,
        test,
        &asked,
        reason,
    )
}

/// The diagnostic of an expectation at `span` that `asked` be allowed
/// (or denied) given `facts`, which the decision's `reason` contradicts.
fn failed(
    span: crate::span::Span,
    allow: bool,
    facts: &[String],
    test: &str,
    asked: &str,
    reason: &str,
) -> Diagnostic {
    let (wanted, got) = if allow {
        ("allowed", "denied")
    } else {
        ("denied", "allowed")
    };
    let given = if facts.is_empty() {
        String::new()
    } else {
        format!(" given {}", facts.join(", "))
    };
    Diagnostic::new(
        Code::TestFailed,
        span,
        format!("test \"{test}\": {asked}{given} should be {wanted}, but it is {got}"),
    )
    .label(format!("{got}: {}", without_verdict(reason)))
    .help("either the policy changed its meaning, or the test is wrong; fix whichever does not say what you intend")
}
