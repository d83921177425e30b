//! What the preview shows at one moment: the policies checked from disk,
//! their diagnostics as `policyc check` reports them, and the text of each
//! policy that checks, rendered by the HTML renderer. A new snapshot is
//! made after every save; the server answers from the latest.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::config::Lints;
use crate::diagnostic::{Diagnostic, Omitted, Severity};
use crate::driver::check::{CheckError, load_and_check};
use crate::driver::{Problem, Sink};
use crate::model::Policy;
use crate::report::{Finding, Located, Tally};
use crate::source::SourceFile;

/// At most this many diagnostics are listed on the page; the rest are
/// counted, as `policyc check --max-diagnostics` does.
pub const MAX_LISTED: usize = 200;

/// A source line is shown up to this many characters, so a file of one
/// huge line does not make a huge page.
const MAX_SOURCE_LINE: usize = 400;

/// What the checker was asked to check, and how.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Policy files or directories, as `policyc check` takes them.
    pub paths: Vec<PathBuf>,
    /// Refuse files larger than this many bytes.
    pub max_file_size: usize,
    /// The warnings `policyc.toml` allows, which are not shown.
    pub lints: Lints,
}

/// One diagnostic as the page lists it: what `policyc check --format json`
/// says of it, with the source line it points at.
#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    /// The located diagnostic: code, severity, file, line, column,
    /// message, label and help.
    #[serde(flatten)]
    pub located: Located,
    /// The line it starts on, hazards made visible and cut to
    /// [`MAX_SOURCE_LINE`] characters.
    pub source: String,
    /// The secondary locations that explain it: line and message.
    pub related: Vec<RelatedShown>,
}

/// A secondary location of a diagnostic, as the page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedShown {
    /// The 1-based line.
    pub line: usize,
    /// What to see there.
    pub message: String,
}

/// A problem with no place in a file (a file that cannot be read), as
/// `policyc check` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Unplaced {
    /// The code, when the author can fix it.
    pub code: Option<String>,
    /// The message.
    pub message: String,
    /// How to fix it, when the message does not say.
    pub help: Option<String>,
}

/// A policy the page can show.
#[derive(Debug, Clone, Serialize)]
pub struct PolicyView {
    /// Its file, as diagnostics name it.
    pub file: String,
    /// Its id and title, from the model: of the last edition that checked
    /// when this one has errors, or none if no edition of it has.
    pub id: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// Whether the text shown is of an earlier save, since this one has
    /// errors.
    pub stale: bool,
    /// The model and its text, when some edition of the file checked.
    #[serde(skip)]
    pub rendered: Option<Arc<Rendered>>,
}

/// A policy that checked and its text.
#[derive(Debug)]
pub struct Rendered {
    /// The model.
    pub policy: Policy,
    /// The HTML page the renderer writes for readers.
    pub html: String,
}

/// Everything the page shows at one moment.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// Raised at every change, so that the page knows when to fetch.
    pub generation: u64,
    /// The counts, allowed warnings aside.
    pub tally: Tally,
    /// `2 errors and 1 warning`, or `no problems`.
    pub summary: String,
    /// The policies found, in the order `policyc check` reports them.
    pub policies: Vec<PolicyView>,
    /// The diagnostics listed, in file then source order.
    pub diagnostics: Vec<Shown>,
    /// Problems with no place in a file.
    pub problems: Vec<Unplaced>,
}

impl Snapshot {
    /// The state as JSON; the page's `/state.json`.
    pub fn json(&self) -> String {
        // Every field is a string, a number, a flag or a list of them, so
        // serializing cannot fail; were it to, the page shows an empty state.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// Whether the page would show the same as `other`: the generation
    /// aside, and each policy's text compared by its bytes.
    pub fn same_as(&self, other: &Snapshot) -> bool {
        let texts = |s: &Snapshot| -> Vec<Option<String>> {
            s.policies
                .iter()
                .map(|p| p.rendered.as_ref().map(|r| r.html.clone()))
                .collect()
        };
        let mut this = self.clone();
        this.generation = other.generation;
        this.json() == other.json() && texts(self) == texts(other)
    }
}

/// Checks the policies on disk and makes a snapshot. `previous` gives the
/// text of each file's last edition that checked, kept while the file has
/// errors.
pub fn snapshot(inputs: &Inputs, generation: u64, previous: Option<&Snapshot>) -> Snapshot {
    let mut sink = Collect::new(&inputs.lints);
    let checked = match load_and_check(&inputs.paths, inputs.max_file_size, &mut sink) {
        Ok(checked) => checked,
        Err(error) => {
            // Each file that cannot be read was reported as it was met.
            if let CheckError::Discover(error) = error {
                sink.problem(&error);
            }
            Vec::new()
        }
    };
    let earlier: BTreeMap<&str, &Arc<Rendered>> = previous
        .map(|s| {
            s.policies
                .iter()
                .filter_map(|p| Some((p.file.as_str(), p.rendered.as_ref()?)))
                .collect()
        })
        .unwrap_or_default();
    let policies = checked
        .into_iter()
        .filter_map(|file| {
            let name = file.file()?.display_name();
            let (rendered, stale) = match file.checked.policy {
                Some(policy) => {
                    let html = crate::render::html(&policy);
                    (Some(Arc::new(Rendered { policy, html })), false)
                }
                None => (earlier.get(name.as_str()).map(|r| Arc::clone(r)), true),
            };
            Some(PolicyView {
                id: rendered.as_ref().map(|r| r.policy.id.clone()),
                title: rendered.as_ref().map(|r| r.policy.header.title.clone()),
                stale: stale && rendered.is_some(),
                file: name,
                rendered,
            })
        })
        .collect();
    Snapshot {
        generation,
        summary: sink.tally.describe(),
        tally: sink.tally,
        policies,
        diagnostics: sink.shown,
        problems: sink.problems,
    }
}

/// The sink that keeps what `policyc check` would print, as data.
struct Collect<'a> {
    lints: &'a Lints,
    tally: Tally,
    shown: Vec<Shown>,
    problems: Vec<Unplaced>,
}

impl<'a> Collect<'a> {
    fn new(lints: &'a Lints) -> Collect<'a> {
        Collect {
            lints,
            tally: Tally::default(),
            shown: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Keeps the diagnostics `policyc check` shows: every error, and the
    /// warnings `policyc.toml` does not allow.
    fn keep(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        let kept: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.is_error() || !self.lints.allows_in(d.code, &file.path))
            .collect();
        for diagnostic in kept {
            match diagnostic.severity() {
                Severity::Error => self.tally.errors += 1,
                Severity::Warning => self.tally.warnings += 1,
            }
            if self.shown.len() >= MAX_LISTED {
                self.tally.omitted += 1;
                continue;
            }
            self.shown.push(shown(file, diagnostic));
        }
    }
}

/// A diagnostic with its source line.
fn shown(file: &SourceFile, diagnostic: &Diagnostic) -> Shown {
    let finding = Finding::new(file, diagnostic);
    let source = source_line(file, finding.located.line);
    Shown {
        related: finding
            .related
            .into_iter()
            .map(|r| RelatedShown {
                line: r.line,
                message: r.message,
            })
            .collect(),
        located: finding.located,
        source,
    }
}

/// The 1-based line `line` of `file`, without its line break, hazards made
/// visible, cut to [`MAX_SOURCE_LINE`] characters; empty past the end.
fn source_line(file: &SourceFile, line: usize) -> String {
    let Some(rest) = line
        .checked_sub(1)
        .and_then(|i| file.line_starts().get(i))
        .and_then(|start| file.text.get(*start..))
    else {
        return String::new();
    };
    let text = rest.split_once('\n').map_or(rest, |(line, _)| line);
    let text = text.strip_suffix('\r').unwrap_or(text);
    crate::hazard::visible(text)
        .chars()
        .take(MAX_SOURCE_LINE)
        .collect()
}

impl Sink for Collect<'_> {
    fn diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        self.tally.files += 1;
        self.keep(file, diagnostics);
    }

    fn more_diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        self.keep(file, diagnostics);
    }

    fn omitted(&mut self, omitted: &Omitted) {
        for (code, severity, n) in omitted.iter() {
            if severity == Severity::Error || !self.lints.allows(code) {
                self.tally.add_omitted(severity, n);
            }
        }
    }

    fn note(&mut self, _message: &str) {
        // Notes (an expected-failure example that fails as it should) are
        // for the terminal; the page lists what the author must fix.
    }

    fn problem(&mut self, problem: &dyn Problem) {
        self.tally.errors += 1;
        self.problems.push(Unplaced {
            code: problem.code().map(|c| c.as_str().to_owned()),
            message: problem.to_string(),
            help: problem.help(),
        });
    }

    fn fails(&self) -> bool {
        self.tally.errors > 0
    }
}

/// The folders to watch, with their subfolders, for `paths`: each
/// directory named, and the folder of each file named (editors save by
/// replacing the file, which a watch on the file itself would lose; the
/// files a policy includes are below its folder).
pub fn watched(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = paths
        .iter()
        .map(|path| {
            if path.is_dir() {
                path.clone()
            } else {
                crate::source::parent_or_current(path).to_path_buf()
            }
        })
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs
}

/// Whether a changed path can change what the page shows: a policy file
/// (editors' swap and backup files, and the build's outputs, cannot).
pub fn matters(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "policy")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_line_is_shown_without_its_break_hazards_visible_and_cut() {
        let file = SourceFile::from_text(
            "a.policy",
            "first\r\nsec\u{202E}ond\n".to_owned() + &"x".repeat(1000),
        );
        assert_eq!(source_line(&file, 1), "first");
        assert_eq!(source_line(&file, 2), "sec\u{FFFD}ond");
        assert_eq!(source_line(&file, 3).chars().count(), MAX_SOURCE_LINE);
        assert_eq!(source_line(&file, 9), "");
    }

    #[test]
    fn only_policy_files_matter_and_a_file_is_watched_by_its_folder() {
        assert!(matters(Path::new("policies/shop.policy")));
        assert!(!matters(Path::new("policies/.shop.policy.swp")));
        assert!(!matters(Path::new("generated/shop/policy.html")));
        let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
        let file = dir.path().join("shop.policy");
        assert_eq!(
            watched(&[dir.path().to_path_buf(), file]),
            [dir.path().to_path_buf()]
        );
    }

    #[test]
    fn diagnostics_past_the_limit_are_counted_not_listed() {
        let lints = Lints::default();
        let mut sink = Collect::new(&lints);
        let file = SourceFile::from_text("a.policy", "policy x {}\n");
        let one = Diagnostic::new(
            crate::codes::Code::UnknownData,
            crate::span::Span::new(0, 6),
            "m",
        );
        let many = vec![one; MAX_LISTED + 3];
        sink.diagnostics(&file, &many);
        assert_eq!(sink.shown.len(), MAX_LISTED);
        assert_eq!(sink.tally.errors, MAX_LISTED + 3);
        assert_eq!(sink.tally.omitted, 3);
    }
}
