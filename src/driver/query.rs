//! `policyc query`'s work: a rule table loaded (verified when keys are
//! trusted) or compiled from a policy file, and one question asked of it.

use std::path::{Path, PathBuf};

use policy_runtime::{
    AutomatedReport, ChildReport, Date, Deadline, DecisionReport, Event, Facts, LoadError,
    RetentionRule, Rules, TrackerReport, TrustedKey,
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
    /// When must `data` (used for `purpose`) be erased, for a record whose
    /// events happened on these dates? Answered by [`deadline`], not
    /// [`ask`].
    Deadline {
        /// The data category.
        data: &'a str,
        /// The purpose, if any.
        purpose: Option<&'a str>,
        /// Each event's words in the table, and its date.
        events: &'a [(String, Date)],
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

/// Asks `question` of `rules`, given the facts the caller asserts; `None`
/// for a [`Question::Deadline`], which is no decision (see [`deadline`]).
pub fn ask(rules: &Rules, question: &Question<'_>, facts: &[String]) -> Option<Answer> {
    let facts: Facts = facts.iter().map(String::as_str).collect();
    let decision = match question {
        Question::Use { data, purpose } => rules.decide_use(data, purpose, &facts),
        Question::Transfer { data, recipient } => rules.decide_transfer(data, recipient, &facts),
        Question::Tracker { tracker } => {
            return Some(Answer::Tracker(
                rules.decide_tracker(tracker, &facts).to_report(),
            ));
        }
        Question::Children => {
            let mut facts = facts;
            facts.insert(policy_runtime::fact::CHILD);
            return Some(Answer::Child(rules.decide_child(&facts).to_report()));
        }
        Question::Automated { decision } => {
            return Some(Answer::Automated(
                rules.decide_automated(decision, &facts).to_report(),
            ));
        }
        Question::Deadline { .. } => return None,
    };
    Some(Answer::Decision(decision.to_report()))
}

/// The answer to `policyc query RULES deadline DATA`: when the data of a
/// record with the given events must be erased, under which terms, and
/// which period decided; serialized as the JSON `policyc query` prints.
#[derive(Debug, serde::Serialize)]
pub struct DeadlineReport<'r> {
    /// The data category asked about.
    pub data: String,
    /// The purpose asked about, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// When the live data must be deleted or anonymised.
    pub deadline: Deadline<'r>,
    /// The period that decided the deadline, in the table's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// The periods, in the table's words.
    pub retention: Vec<String>,
    /// How the periods combine (`first`, `last`), when the policy states
    /// it; a table without a rule is read as `last`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<RetentionRule>,
    /// Whether the terms are the use's own for `purpose`.
    pub per_purpose: bool,
    /// What happens at the deadline (`delete` or `anonymise`); absent for
    /// data not in the table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<&'static str>,
    /// How long copies remain in backups, when the policy states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backups: Option<String>,
    /// When the copies in backups are gone, when the policy states a
    /// backups period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_deadline: Option<Deadline<'r>>,
    /// The policy id of the table.
    pub policy: &'r str,
    /// Its edition.
    pub policy_version: &'r str,
    /// Its digest.
    pub digest: &'r str,
}

impl DeadlineReport<'_> {
    /// The rule's words (`whichever comes first`), when the policy states
    /// one.
    pub fn rule_words(&self) -> Option<&'static str> {
        self.rule.map(RetentionRule::describe)
    }
}

/// The event `--event NAME=DATE` names: a keyword of the language
/// (`last_use`) by its words in the table, any other as the policy's own
/// words.
pub fn event_words(name: &str) -> String {
    crate::vocab::EVENTS
        .find(name)
        .map_or_else(|| name.to_owned(), |event| event.text.to_owned())
}

/// When `data` (used for `purpose`) must be erased for a record whose
/// events happened on the given dates (each event by its words in the
/// table, see [`event_words`]).
pub fn deadline<'r>(
    rules: &'r Rules,
    data: &str,
    purpose: Option<&str>,
    events: &[(String, Date)],
) -> DeadlineReport<'r> {
    let record: Vec<(Event<'_>, Date)> = events
        .iter()
        .map(|(words, date)| (Event::of_words(words), *date))
        .collect();
    let record = record.as_slice();
    let terms = rules.retention_terms(data, purpose);
    let deadline = terms.map_or(Deadline::Unknown, |t| t.deadline(&record));
    let backups = terms.and_then(|t| t.backups);
    DeadlineReport {
        data: data.to_owned(),
        purpose: purpose.map(str::to_owned),
        deadline,
        decided_by: terms
            .and_then(|t| t.decided_by(deadline, &record))
            .map(ToString::to_string),
        retention: terms
            .map(|t| t.periods.iter().map(ToString::to_string).collect())
            .unwrap_or_default(),
        rule: terms.and_then(|t| t.rule),
        per_purpose: terms.is_some_and(|t| t.per_purpose),
        end: terms.map(|t| t.end.as_str()),
        backups: backups.map(|b| b.to_string()),
        backup_deadline: backups.map(|b| policy_runtime::with_backups(deadline, Some(b))),
        policy: rules.policy(),
        policy_version: rules.version(),
        digest: rules.digest(),
    }
}
