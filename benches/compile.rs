//! The compiler's stages on synthetic policies of N data categories (N/10
//! purposes, N/100 recipients): parse, check, each backend, and the whole
//! build, the hostile shapes of issue 12 (`hostile/`), and the diff
//! (`diff/`). Run with
//! `cargo bench --bench compile`.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: its setup fails loudly"
)]

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SIZES: &[usize] = &[100, 1_000, 10_000, 100_000];

fn stages(c: &mut Criterion) {
    for &n in SIZES {
        let source = policyc::synth::policy(n);
        let (file, diagnostics) = policyc::syntax::parse(&source);
        assert!(diagnostics.is_empty());
        let policy = policyc::check::check(file.clone())
            .policy
            .expect("the synthetic policy checks clean");
        // As the build writes it: entries made as they are written.
        let table = policyc::rules::Streamed::new(&policy);

        let mut group = c.benchmark_group(format!("n={n}"));
        group.throughput(Throughput::Bytes(source.len() as u64));
        if n >= 100_000 {
            group.sample_size(10);
        }
        group.bench_function(BenchmarkId::new("parse", n), |b| {
            b.iter(|| policyc::syntax::parse(black_box(&source)))
        });
        group.bench_function(BenchmarkId::new("check", n), |b| {
            // The checker consumes the tree; each run gets a copy, made
            // outside the timing.
            b.iter_batched(
                || file.clone(),
                |file| policyc::check::check(black_box(file)),
                BatchSize::LargeInput,
            )
        });
        group.bench_function(BenchmarkId::new("parse+check", n), |b| {
            b.iter(|| policyc::check_source(black_box(&source)))
        });
        group.bench_function(BenchmarkId::new("markdown", n), |b| {
            b.iter(|| policyc::render::write_markdown(black_box(&policy), &mut std::io::sink()))
        });
        group.bench_function(BenchmarkId::new("html", n), |b| {
            b.iter(|| policyc::render::write_html(black_box(&policy), &mut std::io::sink()))
        });
        group.bench_function(BenchmarkId::new("text", n), |b| {
            b.iter(|| policyc::render::write_plain_text(black_box(&policy), &mut std::io::sink()))
        });
        // Ordering the entries and computing the digest (which streams the
        // whole table through SHA-256 once).
        group.bench_function(BenchmarkId::new("rules", n), |b| {
            b.iter(|| policyc::rules::Streamed::new(black_box(&policy)))
        });
        group.bench_function(BenchmarkId::new("rules.json", n), |b| {
            b.iter(|| policyc::rules::write_json(black_box(&table), &mut std::io::sink()))
        });
        group.bench_function(BenchmarkId::new("rules.yaml", n), |b| {
            b.iter(|| {
                let mut out =
                    std::io::BufWriter::with_capacity(policyc::buffer::CHUNK, std::io::sink());
                policyc::yaml::to_writer(&mut out, black_box(&table))
            })
        });
        // The whole build of one policy: parse, check, and every output
        // produced (into a sink: the file system is not measured).
        group.bench_function(BenchmarkId::new("build", n), |b| {
            b.iter(|| {
                let checked = policyc::check_source(black_box(&source));
                let mut plan = policyc::build::Plan::new();
                policyc::build::plan_policy(checked.policy.as_ref().expect("clean"), &mut plan);
                plan.produce(|_| Ok(std::io::sink()), |_, _| Ok(()))
            })
        });
        // The commands as CI runs them: one process per run, reading the
        // source and (for build) writing every file into a fresh directory.
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("synthetic.policy");
        std::fs::write(&path, &source).expect("the synthetic policy is written");
        group.bench_function(BenchmarkId::new("policyc check", n), |b| {
            b.iter(|| command(&["check", "--quiet"], &path))
        });
        group.bench_function(BenchmarkId::new("policyc build", n), |b| {
            b.iter_batched(
                || tempfile::tempdir().expect("a temporary directory"),
                |out| {
                    let out_dir = out.path().to_string_lossy().into_owned();
                    command(&["build", "--quiet", "--out", &out_dir], &path);
                    // Removed outside the timing.
                    out
                },
                BatchSize::PerIteration,
            )
        });
        group.finish();
    }
}

/// The hostile shapes of issue 12: a `uses` list of 100,000 items, one
/// dotted name of 400,000 parts, a million broken lines. Each was
/// quadratic once (or held every diagnostic); here each must stay near
/// the time of reading its input. Few samples: each run takes a while.
fn hostile(c: &mut Criterion) {
    let shapes = [
        ("uses 100k", policyc::synth::long_uses(100_000)),
        ("dotted 400k parts", policyc::synth::dotted_name(400_000)),
        ("broken 1M lines", policyc::synth::broken_lines(1_000_000)),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, source) in &shapes {
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function(BenchmarkId::new("parse+check", name), |b| {
            b.iter(|| policyc::check_source(black_box(source)))
        });
    }
    group.finish();
}

/// The semantic diff of two editions of N data categories, every label
/// changed, with the words of every change as a report writes them; and of
/// an edition against itself, as each build compares with the history.
fn diffs(c: &mut Criterion) {
    let mut group = c.benchmark_group("diff");
    group.sample_size(10);
    for n in [10_000, 100_000] {
        let old = policyc::check_source(&policyc::synth::policy(n))
            .policy
            .expect("the synthetic policy checks clean");
        let mut new = old.clone();
        for data in &mut new.data {
            data.label.push_str(" (renamed)");
        }
        group.bench_function(BenchmarkId::new("relabelled+words", n), |b| {
            b.iter(|| {
                let diff = policyc::diff::diff(black_box(&old), black_box(&new));
                diff.changes
                    .iter()
                    .map(|c| c.explanation().len())
                    .sum::<usize>()
            })
        });
        group.bench_function(BenchmarkId::new("unchanged", n), |b| {
            b.iter(|| policyc::diff::diff(black_box(&old), black_box(&old)))
        });
    }
    group.finish();
}

/// Runs the `policyc` command on a policy; it must succeed.
fn command(args: &[&str], policy: &std::path::Path) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(args)
        .arg(policy)
        .status()
        .expect("policyc runs");
    assert!(status.success(), "policyc {args:?} failed");
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = stages, hostile, diffs
}
criterion_main!(benches);
