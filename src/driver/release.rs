//! Releasing a policy's history in a build: the released editions, the
//! changelog, the diff pages and the ledger head, checked against the
//! ledger on disk.

use std::path::{Path, PathBuf};

use super::{Problem, Sink};
use crate::build::Plan;
use crate::codes::Code;
use crate::diff::problem::Problem as HistoryProblem;
use crate::diff::{HeaderSpans, history, ledger, verify};
use crate::model::{self, Policy};
use crate::source::SourceFile;

/// A problem with a history that has no diagnostic: an I/O error, named
/// with the policy it belongs to.
struct Unplaced<'a> {
    problem: &'a HistoryProblem,
    id: &'a str,
}

impl std::fmt::Display for Unplaced<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.problem.message(self.id))
    }
}

impl Problem for Unplaced<'_> {
    fn code(&self) -> Option<Code> {
        None
    }
}

/// Adds the history of `policy` (whose header is written at `header`) and
/// what derives from it (changelog, diff pages, ledger head) to the build
/// plan. Returns false, having reported why, when the history on disk does
/// not match its ledger or its recorded head, or the edition cannot be
/// released as it is.
#[expect(
    clippy::too_many_arguments,
    reason = "each is a separate input of the build: the model, where it is written, the output, the mode, the key, the plan and the reporter"
)]
pub fn plan_history<'a>(
    policy: &'a Policy,
    header: &model::HeaderSpans,
    file: &SourceFile,
    out_dir: &Path,
    mode: history::Mode,
    signer: Option<&'a crate::sign::SigningKey>,
    plan: &mut Plan<'a>,
    sink: &mut dyn Sink,
) -> bool {
    let at = history::reported_at(header, file.text.len());
    let folder = PathBuf::from(&policy.id);
    let folder_dir = out_dir.join(&folder);
    let dir = folder_dir.join(history::DIR);
    let verified = history::read(&dir, &policy.id).and_then(|history| {
        verify::check_head(&folder_dir, &policy.id, &history, mode)
            .map(|rebuilt| (history.editions, rebuilt))
            .map_err(|problem| vec![problem])
    });
    let (editions, rebuilt) = match verified {
        Ok(verified) => verified,
        Err(problems) => return report(&problems, policy, at, file, sink),
    };
    let shown = dir.to_string_lossy().replace('\\', "/");
    let amend = mode == history::Mode::Amend;
    match history::release(policy, at, editions, &shown, amend) {
        Ok(editions) => {
            if let Some(head) = rebuilt
                && let Err(problem) =
                    verify::check_rebuilt(&folder_dir, &policy.id, &editions, &head)
            {
                return report(&[problem], policy, at, file, sink);
            }
            if let [.., previous, latest] = editions.as_slice()
                && latest.version() == &policy.header.version
            {
                let diff = crate::diff::diff(&previous.policy, &latest.policy);
                let (old, new) = (&previous.policy, &latest.policy);
                let mut unexplained =
                    crate::check::w0460_expansion_without_rationale(&diff, old, new, at.version);
                unexplained.extend(crate::check::w0461_rationale_without_change(
                    &diff, old, new, at.version,
                ));
                unexplained.extend(crate::check::w0429_aspect_without_change(
                    &diff, old, new, at.version,
                ));
                unexplained.extend(crate::check::w0456_publication_leaves_short_notice(
                    &diff,
                    old,
                    new,
                    at.published,
                ));
                if !unexplained.is_empty() {
                    sink.more_diagnostics(file, &unexplained);
                }
            }
            let head = ledger::Head::of(&policy.id, &history::links(&editions));
            crate::build::plan_history_files(&policy.id, editions, &dir, &folder, plan);
            if let (Some(key), Some(head)) = (signer, head) {
                crate::sign::head::plan_head_signature(&policy.id, &head.head, key, plan);
            }
            true
        }
        Err(diagnostics) => {
            sink.more_diagnostics(file, &diagnostics);
            false
        }
    }
}

/// Reports what is wrong with a history: a diagnostic at the policy's
/// version line for each problem the author can fix, a line for an I/O
/// error. Returns false, for [`plan_history`].
fn report(
    problems: &[HistoryProblem],
    policy: &Policy,
    at: HeaderSpans,
    file: &SourceFile,
    sink: &mut dyn Sink,
) -> bool {
    let version = at.version;
    let mut diagnostics = Vec::new();
    for problem in problems {
        match problem.diagnostic(&policy.id, version) {
            Some(diagnostic) => diagnostics.push(diagnostic),
            None => sink.problem(&Unplaced {
                problem,
                id: &policy.id,
            }),
        }
    }
    if !diagnostics.is_empty() {
        sink.more_diagnostics(file, &diagnostics);
    }
    false
}

/// The edition that introduced each purpose and recipient of `policy`, from
/// the history in `out_dir`. A history that cannot be read counts as none:
/// [`plan_history`] reports it and the build writes nothing.
pub fn since(policy: &Policy, out_dir: &Path) -> crate::rules::Since {
    let dir = out_dir.join(&policy.id).join(history::DIR);
    let editions = history::read(&dir, &policy.id).map_or_else(|_| Vec::new(), |h| h.editions);
    crate::rules::Since::of(policy, editions.iter().map(|e| &*e.policy))
}
