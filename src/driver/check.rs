//! Loading and checking the policies named on the command line: the first
//! step of `check`, `build` and `test`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{Outcome, Problem, Sink};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::load::{self, Loaded};
use crate::readability::TextThresholds;
use crate::source::{self, DiscoverError, SourceFile};
use crate::span::Span;

/// One policy read (with the files it includes) and checked. Each part is
/// held once: a large policy's text and model are not copied.
pub struct CheckedFile {
    /// The result of checking it; spans are in the policy's span space.
    pub checked: crate::check::Checked,
    /// Every file of the policy, to place diagnostics; its own `checked`
    /// is empty, moved into the field above.
    pub loaded: Loaded,
}

impl CheckedFile {
    /// The policy's own file.
    pub fn file(&self) -> Option<&SourceFile> {
        self.loaded.main()
    }

    /// Reports diagnostics whose spans are in this policy's span space,
    /// each in the file it points into.
    pub fn report(&self, diagnostics: &[Diagnostic], sink: &mut dyn Sink) {
        report_loaded(&self.loaded, diagnostics, sink);
    }
}

/// Reports diagnostics in a policy's span space, each in its file.
pub fn report_loaded(loaded: &Loaded, diagnostics: &[Diagnostic], sink: &mut dyn Sink) {
    for (index, (file, local)) in loaded.localize(diagnostics).into_iter().enumerate() {
        // The policy's own file always counts; an included file only
        // when something in it is reported.
        if index == 0 || !local.is_empty() {
            sink.diagnostics(file, &local);
        }
    }
}

/// A policy file that cannot be read.
#[derive(Debug)]
pub struct ReadError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub error: std::io::Error,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read `{}`: {}", self.path.display(), self.error)
    }
}

impl Problem for ReadError {}

/// Why the policies could not all be read.
#[derive(Debug)]
pub enum CheckError {
    /// The paths named do not lead to policy files.
    Discover(DiscoverError),
    /// Some policy files cannot be read; each was reported.
    Unreadable,
    /// The policies have errors, or warnings that are denied; each was
    /// reported.
    Failed,
}

impl CheckError {
    /// How the run ends: problems in the policies exit 1, a usage or I/O
    /// error 2.
    pub fn outcome(&self) -> Outcome {
        match self {
            CheckError::Discover(_) | CheckError::Unreadable => Outcome::Usage,
            CheckError::Failed => Outcome::Problems,
        }
    }
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckError::Discover(error) => error.fmt(f),
            CheckError::Unreadable => f.write_str("some policy files cannot be read"),
            CheckError::Failed => f.write_str("the policies have errors"),
        }
    }
}

impl std::error::Error for CheckError {}

impl Problem for CheckError {}

/// Like [`load_and_check`], for a command that goes on only when every
/// policy checks clean (`build`, `test`).
pub fn load_clean(
    paths: &[PathBuf],
    max_file_size: usize,
    sink: &mut dyn Sink,
) -> Result<Vec<CheckedFile>, CheckError> {
    let files = load_and_check(paths, max_file_size, sink)?;
    if sink.fails() {
        return Err(CheckError::Failed);
    }
    Ok(files)
}

/// Reads and checks every policy named by `paths`. Diagnostics are
/// reported through `sink`; expected-failure examples found by walking a
/// directory are checked but their errors are not counted, and files that
/// another policy found by the walk includes are checked only as part of
/// it. Returns the policies that were read (with or without errors).
pub fn load_and_check(
    paths: &[PathBuf],
    max_file_size: usize,
    sink: &mut dyn Sink,
) -> Result<Vec<CheckedFile>, CheckError> {
    load_and_check_with(paths, max_file_size, &TextThresholds::default(), None, sink)
}

/// [`load_and_check`], also judging each policy's text against the
/// readability thresholds of `policyc.toml` (W0471, W0472, W0473), and, given an
/// output directory (`history`), each policy against the edition released
/// before it in its history there, as `policyc build` does (W0460, W0461,
/// W0429: [`history_lints`]).
pub fn load_and_check_with(
    paths: &[PathBuf],
    max_file_size: usize,
    text: &TextThresholds,
    history: Option<&Path>,
    sink: &mut dyn Sink,
) -> Result<Vec<CheckedFile>, CheckError> {
    let found = source::discover(paths).map_err(CheckError::Discover)?;
    let mut loaded_all = Vec::new();
    let mut io_failed = false;
    for found in found {
        match load::load(&found.path, &found.root, max_file_size) {
            Ok(loaded) => loaded_all.push((found, loaded)),
            Err(error) => {
                sink.problem(&ReadError {
                    path: found.path,
                    error,
                });
                io_failed = true;
            }
        }
    }
    let included: HashSet<PathBuf> = loaded_all
        .iter()
        .flat_map(|(_, l)| l.included_paths())
        .collect();
    let mut results = Vec::new();
    for (found, mut loaded) in loaded_all {
        let Some(file) = loaded.files.first_mut().map(|f| &mut f.file) else {
            continue;
        };
        if found.walked
            && found
                .path
                .canonicalize()
                .is_ok_and(|p| included.contains(&p))
        {
            continue;
        }
        file.found_by_walk = found.walked;
        let mut checked = std::mem::take(&mut loaded.checked);
        if let Some(policy) = &checked.policy {
            let judged = crate::readability::judge(policy, &checked.spans, text);
            checked.diagnostics.extend(judged);
            if let Some(out_dir) = history {
                let limit = history_limit(max_file_size);
                match history_lints(policy, &checked.spans.header, file, out_dir, limit) {
                    Ok(found) => checked.diagnostics.extend(found),
                    Err(unread) => sink.note(&unread),
                }
            }
        }
        if found.walked && file.expects_errors() {
            expected_failure(file, &checked, sink);
        } else {
            report_loaded(&loaded, &checked.diagnostics, sink);
            sink.omitted(&checked.omitted);
            results.push(CheckedFile { checked, loaded });
        }
    }
    if io_failed {
        return Err(CheckError::Unreadable);
    }
    Ok(results)
}

/// How many bytes `policyc check` reads of each file of a history: four
/// times the largest policy file it reads, as an edition's JSON is two to
/// three times its source.
pub fn history_limit(max_file_size: usize) -> u64 {
    u64::try_from(max_file_size)
        .unwrap_or(u64::MAX)
        .saturating_mul(4)
}

/// The warnings `policyc build` gives an edition against the one released
/// before it (W0460, W0461, W0429), at the same place (the `version`
/// line of `header`, in `file`), for `policyc check`: from the history of
/// `policy` in `out_dir` (`out_dir/<id>/history/`), when there is one.
/// Nothing when the policy has no history there, none before its version,
/// or its version is below the latest released.
///
/// The history is the repository's content, read as untrusted: only the
/// ledger and the one edition compared with, each at most `limit` bytes,
/// and neither the folders nor the files through a link. A history that
/// cannot be read so gives an `Err` saying why, for a note: `policyc
/// build` verifies the whole history and reports what is wrong with it.
pub fn history_lints(
    policy: &crate::model::Policy,
    header: &crate::model::HeaderSpans,
    file: &SourceFile,
    out_dir: &Path,
    limit: u64,
) -> Result<Vec<Diagnostic>, String> {
    use crate::diff::history;
    let folder = out_dir.join(&policy.id);
    let dir = folder.join(history::DIR);
    let shown = dir.to_string_lossy().replace('\\', "/");
    let unread = |why: &str| {
        format!(
            "{}: the history in `{shown}` was not read ({why}), so the changes since the edition before are not checked; `policyc build` reports what is wrong with it",
            file.display_name()
        )
    };
    for folder in [out_dir, &folder, &dir] {
        match std::fs::symlink_metadata(folder) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Err(unread(&format!("`{}` is not a folder", folder.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(unread(&e.to_string())),
        }
    }
    let new = policy;
    let old = history::edition_before(&dir, &policy.id, &new.header.version, limit)
        .map_err(|problem| unread(&problem.message(&policy.id)))?;
    let Some(old) = old else {
        return Ok(Vec::new());
    };
    let spans = history::reported_at(header, file.text.len());
    let at = spans.version;
    let diff = crate::diff::diff(&old, new);
    let mut found = crate::check::w0460_expansion_without_rationale(&diff, &old, new, at);
    found.extend(crate::check::w0461_rationale_without_change(
        &diff, &old, new, at,
    ));
    found.extend(crate::check::w0429_aspect_without_change(
        &diff, &old, new, at,
    ));
    found.extend(crate::check::w0456_publication_leaves_short_notice(
        &diff,
        &old,
        new,
        spans.published,
    ));
    Ok(found)
}

/// An expected-failure example: a note when it fails as it should, a
/// diagnostic when it checks clean.
fn expected_failure(file: &SourceFile, checked: &crate::check::Checked, sink: &mut dyn Sink) {
    let errors =
        checked.diagnostics.iter().filter(|d| d.is_error()).count() + checked.omitted.errors();
    if errors > 0 {
        let plural = if errors == 1 { "" } else { "s" };
        sink.note(&format!(
            "{}: {errors} error{plural}, as expected (marked `{}`)",
            file.display_name(),
            source::EXPECT_ERRORS_MARKER
        ));
        return;
    }
    // `expects_errors` found the marker, so it is there; were it not, the
    // diagnostic would point at the file's start.
    let at = file.text.find(source::EXPECT_ERRORS_MARKER).unwrap_or(0);
    let diag = Diagnostic::new(
        Code::ExpectedFailureChecksClean,
        Span::new(at, at + source::EXPECT_ERRORS_MARKER.len()),
        "this example is marked as expected to fail, but it checks clean",
    )
    .label("remove this marker")
    .help("an expected-failure example must keep showing its errors");
    sink.diagnostics(file, &[diag]);
}
