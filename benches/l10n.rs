//! The words of the generated text in each language (`render::lexicon`):
//! what a build of the N = 10,000 synthetic policy would ask of Fluent for
//! its purposes' bases and its retention periods, formatted once each.
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

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(1));
    targets = words
}
criterion_main!(benches);
