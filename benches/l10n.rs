//! The words of the generated text in each language (`render::lexicon`):
//! what a build of the N = 10,000 synthetic policy would ask of Fluent for
//! its purposes' bases and its retention periods, formatted once each; and
//! `policyc build` of that policy published in one language and in two
//! (its translation file read, judged and applied, a second text written).
//! Run with `cargo bench --bench l10n`.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: its setup fails loudly"
)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use policyc::l10n::Lang;
use policyc::render::Voice;
use policyc::render::lexicon::Lexicon;
use std::hint::black_box;

fn words(c: &mut Criterion) {
    let source = policyc::synth::policy(10_000);
    let policy = policyc::check_source(&source)
        .policy
        .expect("the synthetic policy checks clean");
    let voice = Voice::new(false, &policy.header.controller.name, false);
    let mut group = c.benchmark_group("lexicon n=10000");
    for lang in Lang::ALL {
        let words = Lexicon::of(lang).unwrap();
        group.bench_function(BenchmarkId::new("bases and periods", lang), |b| {
            b.iter(|| {
                for purpose in &policy.purposes {
                    black_box(words.basis(purpose.basis, &voice).unwrap());
                }
                for retention in &policy.retention {
                    black_box(
                        words
                            .alternatives(&retention.periods, retention.rule, &voice)
                            .unwrap(),
                    );
                }
            });
        });
    }
    group.finish();
}

/// The synthetic policy of `n` categories published in English and German,
/// and its complete German translation file.
fn published_in_two(n: usize) -> (String, String) {
    let source = policyc::synth::policy(n).replacen(
        "  language en\n",
        "  language en\n  languages en, de\n",
        1,
    );
    let policy = policyc::check_source(&source)
        .policy
        .expect("the synthetic policy checks clean");
    let german = policyc::translate::strings::collect(&policy)
        .into_iter()
        .map(|(path, text)| {
            let hash = policyc::translate::ftl::source_hash(&text);
            format!("# hash {hash}\n# {text}\n{path} = {text} (de)\n\n")
        })
        .collect();
    (source, german)
}

fn build(c: &mut Criterion) {
    let n = 10_000;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let one = dir.path().join("one/synthetic.policy");
    let two = dir.path().join("two/synthetic.policy");
    let (source, german) = published_in_two(n);
    for (path, text) in [
        (&one, policyc::synth::policy(n)),
        (&two, source),
        (&two.with_file_name("synthetic.de.ftl"), german),
    ] {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
        std::fs::write(path, text).expect("the input is written");
    }
    let mut group = c.benchmark_group(format!("policyc build n={n}"));
    group.sample_size(10);
    for (name, policy) in [("one language", &one), ("two languages", &two)] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || tempfile::tempdir().expect("a temporary directory"),
                |out| {
                    let status = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
                        .args(["build", "--quiet", "--out"])
                        .arg(out.path())
                        .arg(policy)
                        .status()
                        .expect("policyc runs");
                    assert!(status.success());
                    // Removed outside the timing.
                    out
                },
                criterion::BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(1));
    targets = words, build
}
criterion_main!(benches);
