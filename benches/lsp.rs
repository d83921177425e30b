//! The language server's work after an edit: a 1,000-line policy checked
//! again and its diagnostics made ready to publish
//! (`policyc::lsp::Workspace::set`, what `didChange` runs). Run with
//! `cargo bench --bench lsp`.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: its setup fails loudly"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// Synthetic categories for a policy of at least 1,000 lines.
const CATEGORIES: usize = 440;

fn edit(c: &mut Criterion) {
    let clean = policyc::synth::policy(CATEGORIES);
    assert!(clean.lines().count() >= 1_000, "{}", clean.lines().count());
    // The edit a typist makes: one value misspelt, which the checker
    // reports, then put right.
    let broken = clean.replacen("source user", "source usr", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synthetic.policy");
    let url = lsp_types::Url::from_file_path(&path).unwrap();
    let mut workspace =
        policyc::lsp::Workspace::new(Some(dir.path().to_path_buf()), 16 * 1024 * 1024);
    let published = workspace.set(url.clone(), broken.clone());
    assert_eq!(published.first().unwrap().diagnostics.len(), 1);
    let mut texts = [clean, broken].into_iter().cycle();
    c.bench_function("lsp/edit 1000 lines: check and diagnostics", |b| {
        b.iter(|| {
            let text = texts.next().unwrap();
            black_box(workspace.set(url.clone(), text))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = edit
}
criterion_main!(benches);
