//! The library driver is usable without the command line: each command's
//! work returns typed results and errors, and reports what it finds
//! through a `Sink` of the caller's.

#![expect(clippy::unwrap_used, clippy::panic, reason = "tests")]

use std::path::{Path, PathBuf};

use policyc::diagnostic::{Diagnostic, Omitted};
use policyc::diff::history::Mode;
use policyc::driver::build::{BuildError, BuildOptions, Built};
use policyc::driver::check::{CheckError, load_and_check};
use policyc::driver::{Outcome, Problem, Sink};
use policyc::source::SourceFile;

/// A sink that keeps what it is told.
#[derive(Default)]
struct Recorder {
    diagnostics: Vec<Diagnostic>,
    notes: Vec<String>,
    problems: Vec<String>,
}

impl Sink for Recorder {
    fn diagnostics(&mut self, _file: &SourceFile, diagnostics: &[Diagnostic]) {
        self.diagnostics.extend_from_slice(diagnostics);
    }
    fn more_diagnostics(&mut self, file: &SourceFile, diagnostics: &[Diagnostic]) {
        self.diagnostics(file, diagnostics);
    }
    fn omitted(&mut self, _omitted: &Omitted) {}
    fn note(&mut self, message: &str) {
        self.notes.push(message.to_owned());
    }
    fn problem(&mut self, problem: &dyn Problem) {
        self.problems.push(problem.to_string());
    }
    fn fails(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_policies_load_and_check_clean() {
    let mut sink = Recorder::default();
    let files = load_and_check(&[root().join("policies")], 1 << 20, &mut sink).unwrap();
    // The seed's policy and the two examples of policies/examples/.
    assert_eq!(files.len(), 3);
    assert!(files.iter().all(|f| f.checked.policy.is_some()));
    assert!(!sink.fails(), "{:?}", sink.diagnostics);
    // The expected-failure example is noted, not counted.
    assert!(
        sink.notes.iter().any(|n| n.contains("as expected")),
        "{:?}",
        sink.notes
    );
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let mut sink = Recorder::default();
    let error = load_and_check(&[root().join("no-such-dir")], 1 << 20, &mut sink)
        .err()
        .unwrap();
    assert!(matches!(error, CheckError::Discover(_)));
    assert_eq!(error.outcome(), Outcome::Usage);
    assert!(error.to_string().contains("cannot read"), "{error}");
}

#[test]
fn a_build_check_against_an_empty_directory_finds_every_file_missing() {
    let out = tempfile::tempdir().unwrap();
    let paths = [root().join("policies/pro-it-group.policy")];
    let options = BuildOptions {
        paths: &paths,
        out_dir: out.path(),
        check_only: true,
        mode: Mode::Release,
        max_file_size: 1 << 20,
        wait: true,
        signer: None,
        trusted: &[],
        emit_rust: false,
        targets: &[],
    };
    let mut sink = Recorder::default();
    match policyc::driver::build::build(&options, &mut sink).unwrap() {
        Built::Compared { files, compared } => {
            assert!(files > 0);
            assert_eq!(compared.drift.len(), files);
        }
        Built::Written { .. } => panic!("a check writes nothing"),
    }
}

#[test]
fn two_policies_with_one_id_stop_the_build() {
    let out = tempfile::tempdir().unwrap();
    let policy = root().join("policies/pro-it-group.policy");
    let paths: Vec<PathBuf> = vec![policy.clone(), policy];
    let options = BuildOptions {
        paths: &paths,
        out_dir: out.path(),
        check_only: false,
        mode: Mode::Release,
        max_file_size: 1 << 20,
        wait: true,
        signer: None,
        trusted: &[],
        emit_rust: false,
        targets: &[],
    };
    let error = policyc::driver::build::build(&options, &mut Recorder::default())
        .err()
        .unwrap();
    assert!(matches!(error, BuildError::DuplicateId { .. }), "{error}");
    assert_eq!(error.outcome(), Outcome::Problems);
    assert!(error.to_string().contains("each policy needs its own id"));
    // Nothing was written.
    assert!(std::fs::read_dir(out.path()).unwrap().next().is_none());
}
