//! `policyc query`'s work: a rule table loaded (verified when keys are
//! trusted) or compiled from a policy file, and one question asked of it.

use std::path::{Path, PathBuf};

use policy_runtime::{
    AutomatedReport, ChildReport, DecisionReport, Facts, LoadError, Rules, TrackerReport,
    TrustedKey,
};

use super::{Outcome, Problem, Sink};

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
    /// May the tracker `tracker` be set?
    Tracker {
        /// The tracker.
        tracker: &'a str,
    },
    /// May a user who is a child use the service? The fact `child` is
    /// implied.
    Children,
    /// May the decision `decision` be made solely by automated means?
    Automated {
        /// The automated decision.
        decision: &'a str,
    },
}

/// The answer to a [`Question`]: a decision on a use or a transfer, on a
/// tracker or on an automated decision; serialized as the report itself.
#[derive(Debug, serde::Serialize)]
#[serde(untagged)]
pub enum Answer {
    /// A use's or a transfer's.
    Decision(DecisionReport),
    /// A tracker's.
    Tracker(TrackerReport),
    /// A child's.
    Child(ChildReport),
    /// An automated decision's.
    Automated(AutomatedReport),
}

impl Answer {
    /// Whether it allows.
    pub fn allowed(&self) -> bool {
        match self {
            Answer::Decision(report) => report.allowed,
            Answer::Tracker(report) => report.allowed,
            Answer::Child(report) => report.allowed,
            Answer::Automated(report) => report.allowed,
        }
    }

    /// The code's stable name.
    pub fn code(&self) -> &'static str {
        match self {
            Answer::Decision(report) => report.code.as_str(),
            Answer::Tracker(report) => report.code.as_str(),
            Answer::Child(report) => report.code.as_str(),
            Answer::Automated(report) => report.code.as_str(),
        }
    }

    /// Why, in plain English.
    pub fn reason(&self) -> &str {
        match self {
            Answer::Decision(report) => &report.reason,
            Answer::Tracker(report) => &report.reason,
            Answer::Child(report) => &report.reason,
            Answer::Automated(report) => &report.reason,
        }
    }

    /// The policy id and edition of the table that decided.
    pub fn policy(&self) -> (&str, &str) {
        match self {
            Answer::Decision(report) => (&report.policy, &report.policy_version),
            Answer::Tracker(report) => (&report.policy, &report.policy_version),
            Answer::Child(report) => (&report.policy, &report.policy_version),
            Answer::Automated(report) => (&report.policy, &report.policy_version),
        }
    }
}

/// Why no rule table can be queried.
#[derive(Debug)]
pub enum QueryError {
    /// A policy file is compiled on the fly, so there is no signature to
    /// verify with the trusted keys.
    Unsigned {
        /// The policy file.
        path: PathBuf,
    },
    /// The rule table does not load (or does not verify).
    Table {
        /// The table.
        path: PathBuf,
        /// Why.
        error: LoadError,
    },
    /// The policy file cannot be read.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The policy has errors; each was reported.
    HasErrors {
        /// The policy file.
        path: PathBuf,
    },
    /// The table compiled from the policy does not load: a bug in policyc.
    Compiled {
        /// The policy file.
        path: PathBuf,
        /// Why.
        error: LoadError,
    },
}

impl QueryError {
    /// How the run ends: no table, no decision (exit 1).
    pub fn outcome(&self) -> Outcome {
        Outcome::Problems
    }

    /// The rule table or policy file that was asked.
    pub fn path(&self) -> &Path {
        match self {
            QueryError::Unsigned { path }
            | QueryError::Table { path, .. }
            | QueryError::Unreadable { path, .. }
            | QueryError::HasErrors { path }
            | QueryError::Compiled { path, .. } => path,
        }
    }
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.path().display();
        match self {
            QueryError::Unsigned { .. } => write!(
                f,
                "`{path}` is compiled on the fly, so it has no signature to check; query its signed `rules.json` with `--trusted-key`"
            ),
            QueryError::Table { error, .. } => {
                write!(f, "cannot load the rule table `{path}`: {error}")
            }
            QueryError::Unreadable { error, .. } => write!(f, "cannot read `{path}`: {error}"),
            QueryError::HasErrors { .. } => {
                write!(f, "`{path}` has errors, so it cannot be queried")
            }
            QueryError::Compiled { error, .. } => {
                write!(f, "the compiled table of `{path}` does not load: {error}")
            }
        }
    }
}

impl std::error::Error for QueryError {}

impl Problem for QueryError {}

/// Loads the rules from a `rules.json` (verified when keys are trusted)
/// or compiles them from a `.policy` file, whose errors are reported. A
/// policy compiled here reads its released editions from `out_dir`, as
/// `policyc build` does, so that its table (each purpose's and recipient's
/// `since`, and so its digest) is the one the build writes.
pub fn load_rules(
    path: &Path,
    trusted: &[TrustedKey],
    out_dir: &Path,
    sink: &mut dyn Sink,
) -> Result<Rules, QueryError> {
    let is_policy = path
        .extension()
        .is_some_and(|e| e == crate::source::EXTENSION);
    if !is_policy {
        let loaded = if trusted.is_empty() {
            Rules::from_path(path)
        } else {
            Rules::from_path_verified(path, trusted)
        };
        return loaded.map_err(|error| QueryError::Table {
            path: path.to_path_buf(),
            error,
        });
    }
    if !trusted.is_empty() {
        return Err(QueryError::Unsigned {
            path: path.to_path_buf(),
        });
    }
    compile(path, out_dir, sink)
}

/// The rule table of a policy file, compiled; only its errors are reported.
fn compile(path: &Path, out_dir: &Path, sink: &mut dyn Sink) -> Result<Rules, QueryError> {
    let root = crate::source::parent_or_current(path);
    let loaded =
        crate::load::load(path, root, crate::source::DEFAULT_MAX_FILE_SIZE).map_err(|error| {
            QueryError::Unreadable {
                path: path.to_path_buf(),
                error,
            }
        })?;
    let errors: Vec<_> = loaded
        .checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    for (file, local) in loaded.localize(&errors) {
        if !local.is_empty() {
            sink.diagnostics(file, &local);
        }
    }
    let Some(policy) = loaded.checked.policy else {
        return Err(QueryError::HasErrors {
            path: path.to_path_buf(),
        });
    };
    let since = super::release::since(&policy, out_dir);
    Rules::from_table(crate::rules::table_since(&policy, since)).map_err(|error| {
        QueryError::Compiled {
            path: path.to_path_buf(),
            error,
        }
    })
}

/// Asks `question` of `rules`, given the facts the caller asserts.
pub fn ask(rules: &Rules, question: &Question<'_>, facts: &[String]) -> Answer {
    let facts: Facts = facts.iter().map(String::as_str).collect();
    let decision = match question {
        Question::Use { data, purpose } => rules.decide_use(data, purpose, &facts),
        Question::Transfer { data, recipient } => rules.decide_transfer(data, recipient, &facts),
        Question::Tracker { tracker } => {
            return Answer::Tracker(rules.decide_tracker(tracker, &facts).to_report());
        }
        Question::Children => {
            let mut facts = facts;
            facts.insert(policy_runtime::fact::CHILD);
            return Answer::Child(rules.decide_child(&facts).to_report());
        }
        Question::Automated { decision } => {
            return Answer::Automated(rules.decide_automated(decision, &facts).to_report());
        }
    };
    Answer::Decision(decision.to_report())
}
