//! The properties every input must keep, shared by the fuzz targets and
//! `tests/fuzz_properties.rs`. Each entry point takes the fuzzer's bytes:
//! a first byte of 0 means "the rest drives the structured generator",
//! anything else is the text itself (so the committed corpus can be plain
//! policy files and `rules.json` tables).
//!
//! Each returns how deep the input went, so a test can check that the
//! generator reaches the checks and the build, not just the parser.

use std::io;
use std::path::PathBuf;

use arbitrary::{Arbitrary, Unstructured};
use policy_runtime::{Facts, Rules};
use policyc::build::{self, Plan};
use policyc::diff::history;
use policyc::model::Policy;
use policyc::publish::{self, LockMode};

use crate::spec::{Editions, Spec};
use crate::tables::TableInput;

/// How far an input got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Depth {
    /// Stopped at a syntax error, or not valid UTF-8 for the structured form.
    Syntax,
    /// Parsed, but the checks found errors.
    Checked,
    /// Checked clean, and went on to be formatted, built or decided.
    Clean,
    /// A later edition built over the history of the first.
    NextEdition,
}

/// The input as a structured value when it starts with 0.
fn structured<T: for<'a> Arbitrary<'a>>(data: &[u8]) -> Option<T> {
    match data.split_first() {
        Some((0, rest)) => T::arbitrary_take_rest(Unstructured::new(rest)).ok(),
        _ => None,
    }
}

/// The policy source an input stands for.
pub fn policy_text(data: &[u8]) -> String {
    match structured::<Spec>(data) {
        Some(spec) => spec.print(),
        None => String::from_utf8_lossy(data).into_owned(),
    }
}

/// Checks a source and renders every diagnostic as people, tools and the
/// file's location see them; returns the model when it checks clean.
pub fn check_text(text: &str) -> (Option<Policy>, Depth) {
    let checked = policyc::check_source(text);
    let syntax = checked
        .diagnostics
        .iter()
        .any(|d| d.code == policyc::codes::Code::Syntax);
    let file = policyc::source::SourceFile::from_text("fuzz.policy", text);
    for diagnostic in &checked.diagnostics {
        let rendered = policyc::report::render_plain(&file, diagnostic);
        assert!(!rendered.is_empty(), "an empty rendering of {diagnostic:?}");
    }
    let loaded = policyc::load::load_text("fuzz.policy", text);
    let located: Vec<policyc::report::Located> = loaded
        .localize(&loaded.checked.diagnostics)
        .into_iter()
        .flat_map(|(file, diagnostics)| {
            diagnostics
                .iter()
                .map(|d| policyc::report::Located::new(file, d))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut json = Vec::new();
    let written = policyc::report::write_json(&mut json, Default::default(), &located);
    assert!(written.is_ok(), "the JSON report could not be written");
    let depth = match (&checked.policy, syntax) {
        (Some(_), _) => Depth::Clean,
        (None, true) => Depth::Syntax,
        (None, false) => Depth::Checked,
    };
    (checked.policy, depth)
}

/// `policyc check`.
pub fn check(data: &[u8]) -> Depth {
    check_text(&policy_text(data)).1
}

/// `policyc fmt`: a source that parses formats to a text that means the
/// same, and formatting that text again changes nothing.
pub fn fmt_text(text: &str) -> Depth {
    match policyc::fmt::format(text) {
        Ok(formatted) => {
            let again = policyc::fmt::format(&formatted);
            assert!(
                matches!(&again, Ok(twice) if *twice == formatted),
                "formatting is not idempotent on\n{text}\nfirst:\n{formatted}\nthen: {again:?}"
            );
            if policyc::check_source(text).policy.is_some() {
                Depth::Clean
            } else {
                Depth::Checked
            }
        }
        Err(policyc::fmt::FmtError::Syntax(_)) => Depth::Syntax,
        Err(error) => {
            assert!(
                !matches!(error, policyc::fmt::FmtError::WouldChangeMeaning),
                "formatting would change the meaning of\n{text}"
            );
            Depth::Checked
        }
    }
}

/// `policyc fmt`.
pub fn fmt(data: &[u8]) -> Depth {
    fmt_text(&policy_text(data))
}

/// `policyc build`, one edition after the other into a temporary
/// directory: the plan is made twice and gives the same bytes, every output
/// is produced into sinks, then written, and what is on disk is exactly
/// the plan; the next edition reads the history the first one wrote.
pub fn build_texts(first: &str, next: Option<&str>) -> Depth {
    let Ok(dir) = tempfile::tempdir() else {
        return Depth::Syntax;
    };
    let out = dir.path().join("generated");
    let mut depth = Depth::Syntax;
    for (edition, text) in std::iter::once(first).chain(next).enumerate() {
        let (policy, reached) = check_text(text);
        depth = depth.max(reached);
        let Some(mut policy) = policy else {
            break;
        };
        policy.tests.clear();
        if !build_edition(&policy, &out) {
            break;
        }
        if edition > 0 {
            depth = Depth::NextEdition;
        }
    }
    depth
}

/// Builds one edition into `out`; false when its history refuses it.
fn build_edition(policy: &Policy, out: &std::path::Path) -> bool {
    let mut plan = Plan::new();
    build::plan_policy(policy, &mut plan);
    let folder = PathBuf::from(&policy.id);
    let history_dir = out.join(&folder).join(history::DIR);
    let editions = history::read(&history_dir, &policy.id);
    assert!(
        editions.is_ok(),
        "the history the build wrote does not read back: {editions:?}"
    );
    let Ok(editions) = editions else {
        return false;
    };
    // Where a refusal would be reported does not matter here: only whether
    // there is one.
    let place = policyc::diff::HeaderSpans::default();
    let Ok(editions) = history::release(policy, place, editions.editions, "history", false) else {
        return false;
    };
    build::plan_history_files(&policy.id, editions, &history_dir, &folder, &mut plan);
    publish::plan_manifests(&mut plan);
    let contents = plan.contents();
    assert!(contents.is_ok(), "producing the plan failed: {contents:?}");
    let again = plan.contents();
    assert!(
        contents.as_ref().ok() == again.as_ref().ok(),
        "the build is not deterministic"
    );
    let sinks = plan.produce(|_| Ok(io::sink()), |_, _| Ok(()));
    assert!(sinks.is_ok(), "producing into sinks failed: {sinks:?}");
    let lock = publish::prepare_root(out)
        .and_then(|()| publish::OutputLock::acquire(out, LockMode::Exclusive, true, &mut || {}));
    assert!(lock.is_ok(), "locking the output failed: {lock:?}");
    let Ok(lock) = lock else {
        return false;
    };
    let written = publish::write(&plan, out, &lock);
    assert!(written.is_ok(), "writing the build failed: {written:?}");
    let drift = publish::compare(&plan, out, &lock).map(|compared| compared.drift);
    assert!(
        matches!(&drift, Ok(d) if d.is_empty()),
        "what was written is not the plan: {drift:?}"
    );
    // What the build writes, the runtime loads.
    let rules = Rules::from_path(out.join(&folder).join("rules.json"));
    assert!(
        rules.is_ok(),
        "the runtime refuses the table the build wrote: {rules:?}"
    );
    true
}

/// `policyc build`.
pub fn build(data: &[u8]) -> Depth {
    match structured::<Editions>(data) {
        Some(editions) => {
            let (first, next) = editions.print();
            build_texts(&first, Some(&next))
        }
        None => build_texts(&String::from_utf8_lossy(data), None),
    }
}

/// The runtime: loading a table never panics; a table it accepts answers
/// every question, under no facts and under every fact it reads, and
/// reloads from its own serialization to an equal table.
pub fn load_table_bytes(bytes: &[u8]) -> Depth {
    let reader = Rules::from_reader(bytes).is_ok();
    let rules = match Rules::from_slice(bytes) {
        Ok(rules) => rules,
        Err(error) => {
            assert!(!reader, "from_reader accepts what from_slice refuses");
            let _ = error.to_string();
            return Depth::Checked;
        }
    };
    assert!(reader, "from_reader refuses what from_slice accepts");
    let table = rules.table();
    let none = Facts::new();
    let mut all = Facts::new();
    for fact in rules.fact_names() {
        all.insert(fact);
    }
    for facts in [&none, &all] {
        for data in &table.data {
            for purpose in &table.purposes {
                let decision = rules.decide_use(&data.id, &purpose.id, facts);
                let _ = (decision.reason(), decision.to_report());
            }
            for recipient in &table.recipients {
                let decision = rules.decide_transfer(&data.id, &recipient.id, facts);
                let _ = (decision.reason(), decision.to_report());
            }
            let _ = rules
                .decide_use(&data.id, "no_such_purpose", facts)
                .reason();
        }
    }
    let json = serde_json::to_vec(table);
    assert!(json.is_ok(), "a loaded table does not serialize");
    let reloaded = json.ok().map(|json| Rules::from_slice(&json));
    assert!(
        matches!(&reloaded, Some(Ok(again)) if again.table() == table),
        "a loaded table does not reload to itself: {reloaded:?}"
    );
    Depth::Clean
}

/// The runtime's table loading.
pub fn load_table(data: &[u8]) -> Depth {
    match structured::<TableInput>(data) {
        Some(input) => load_table_bytes(&input.bytes()),
        None => load_table_bytes(data),
    }
}
