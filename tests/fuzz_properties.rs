//! The fuzz targets' properties, run by `cargo test` on every commit.
//!
//! `fuzz/` runs them under libFuzzer where cargo-fuzz works; here the same
//! code (the generators of `fuzz/src/spec.rs` and `fuzz/src/tables.rs`, the
//! properties of `fuzz/src/props.rs`) runs on bytes from proptest, a fixed
//! number of cases, so it takes a few seconds and always runs:
//!
//! - generated policies, valid and broken, never make check, fmt, the build
//!   plan or the build panic; fmt is idempotent and keeps the meaning; the
//!   build is deterministic and writes exactly its plan;
//! - a generated policy without flaws checks clean, so the generator does
//!   reach the checks and the build;
//! - mutated and resealed rule tables never make loading panic, and a
//!   table that loads answers every question;
//! - every seed of the committed corpus (the crash reproducers among them)
//!   passes its target.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[path = "../fuzz/src/props.rs"]
mod props;
#[path = "../fuzz/src/spec.rs"]
mod spec;
#[path = "../fuzz/src/tables.rs"]
mod tables;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;

use arbitrary::{Arbitrary, Unstructured};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use props::Depth;

/// Structured input, as the fuzz targets read it: 0, then the generator's
/// bytes.
fn structured_input(max: usize) -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(any::<u8>(), 0..max).prop_map(|bytes| {
        let mut input = vec![0];
        input.extend(bytes);
        input
    })
}

/// A fuzz target's property: checks one input, tells how deep it went.
type Property = fn(&[u8]) -> Depth;

/// A runner of `cases` cases from a fixed seed: the same inputs on every
/// run, so the shares of inputs reaching each stage are stable (exploring
/// further is the fuzzers' job).
fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

/// Runs `property` on `cases` structured inputs and counts how deep each
/// went.
fn run(cases: u32, property: impl Fn(&[u8]) -> Depth) -> BTreeMap<Depth, u32> {
    let counts = RefCell::new(BTreeMap::new());
    let mut runner = runner(cases);
    let result = runner.run(&structured_input(4096), |input| {
        let depth = property(&input);
        *counts.borrow_mut().entry(depth).or_insert(0) += 1;
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    let counts = counts.into_inner();
    eprintln!("depths reached: {counts:?}");
    counts
}

/// Asserts that at least `share` of the inputs went as far as `depth`:
/// stopped there exactly, or (with `or_further`) there or beyond.
fn assert_reaches(counts: &BTreeMap<Depth, u32>, depth: Depth, or_further: bool, share: f64) {
    let total: u32 = counts.values().sum();
    let n: u32 = counts
        .iter()
        .filter(|(d, _)| **d == depth || (or_further && **d > depth))
        .map(|(_, n)| n)
        .sum();
    assert!(
        f64::from(n) >= share * f64::from(total),
        "only {n} of {total} inputs reached {depth:?}: {counts:?}"
    );
}

#[test]
fn generated_policies_never_break_check() {
    let counts = run(256, props::check);
    // Valid and broken inputs alike: each stage is where some stop.
    assert_reaches(&counts, Depth::Syntax, false, 0.1);
    assert_reaches(&counts, Depth::Checked, false, 0.1);
    assert_reaches(&counts, Depth::Clean, false, 0.1);
}

#[test]
fn generated_policies_format_idempotently_and_keep_their_meaning() {
    let counts = run(256, props::fmt);
    assert_reaches(&counts, Depth::Syntax, false, 0.1);
    assert_reaches(&counts, Depth::Clean, false, 0.1);
}

#[test]
fn generated_policies_build_deterministically_into_exactly_their_plan() {
    // Two editions each, the second built over the first's history.
    let counts = run(40, props::build);
    assert_reaches(&counts, Depth::Clean, true, 0.2);
    assert_reaches(&counts, Depth::NextEdition, false, 0.05);
}

#[test]
fn generated_policies_without_flaws_check_clean() {
    let mut runner = runner(256);
    let result = runner.run(&proptest::collection::vec(any::<u8>(), 0..4096), |bytes| {
        let Ok(mut spec) = spec::Spec::arbitrary_take_rest(Unstructured::new(&bytes)) else {
            return Ok(());
        };
        spec.flaws.clear();
        let source = spec.print();
        let checked = policyc::check_source(&source);
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect();
        prop_assert!(errors.is_empty(), "{source}\n{errors:#?}");
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

#[test]
fn mutated_rule_tables_never_break_loading() {
    let counts = run(256, props::load_table);
    // Some mutations keep a loadable table, most are refused.
    assert_reaches(&counts, Depth::Checked, false, 0.05);
    assert_reaches(&counts, Depth::Clean, false, 0.05);
}

/// Every fuzz target, with the property it runs.
const TARGETS: [(&str, Property); 4] = [
    ("check", props::check),
    ("fmt", props::fmt),
    ("build_policy", props::build),
    ("load_table", props::load_table),
];

#[test]
fn every_fuzz_target_is_replayed_here_and_fuzzed_in_ci() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("fuzz/Cargo.toml")).unwrap()).unwrap();
    let mut declared: Vec<&str> = manifest["bin"]
        .as_array()
        .unwrap()
        .iter()
        .map(|bin| bin["name"].as_str().unwrap())
        .collect();
    declared.sort_unstable();
    let mut known: Vec<&str> = TARGETS.iter().map(|(name, _)| *name).collect();
    known.sort_unstable();
    assert_eq!(declared, known, "fuzz/Cargo.toml and TARGETS disagree");
    let ci = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    let line = ci
        .lines()
        .find(|l| l.trim_start().starts_with("for target in "))
        .expect(".ci/run has no loop over the fuzz targets");
    for target in declared {
        assert!(
            line.split_whitespace()
                .any(|w| w.trim_end_matches(';') == target),
            ".ci/run does not fuzz `{target}`: {line}"
        );
    }
}

#[test]
fn every_corpus_seed_passes_its_target() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    for (target, property) in TARGETS {
        let dir = corpus.join(target);
        let started = std::time::Instant::now();
        let mut seeds = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            property(&std::fs::read(&path).unwrap());
            seeds += 1;
        }
        assert!(seeds >= 10, "{}: only {seeds} seeds", dir.display());
        eprintln!("{target}: {seeds} seeds in {:?}", started.elapsed());
    }
}
