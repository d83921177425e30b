//! What the engines' conformance tests share: the tables they decide on
//! and the engines, each behind one call.

#![allow(dead_code, reason = "each test uses a part")]

use std::path::{Path, PathBuf};

use policy_runtime::RuleTable;
use policyc::targets::conformance::Query;
use policyc::targets::opa::Bundle;

/// The tables of every policy that checks clean among the example
/// policies (`policies/`) and the test fixtures (`tests/fixtures/`), each
/// compiled on its own, sorted by file.
pub fn tables() -> Vec<RuleTable> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["policies", "tests/fixtures"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    files
        .iter()
        .filter_map(|file| {
            let text = std::fs::read_to_string(file).ok()?;
            let checked = policyc::check_source(&text);
            if checked.has_errors() {
                return None;
            }
            checked.policy.as_ref().map(policyc::rules::table)
        })
        .collect()
}

/// The `.policy` files under `dir`.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "policy") {
            files.push(path);
        }
    }
}

/// The table of `policyc::synth::policy(n)`.
pub fn synthetic(n: usize) -> RuleTable {
    let checked = policyc::check_source(&policyc::synth::policy(n));
    assert!(!checked.has_errors(), "the synthetic policy does not check");
    policyc::rules::table(checked.policy.as_ref().expect("a model"))
}

/// The OPA bundle of a table, loaded in regorus.
pub struct Rego {
    engine: regorus::Engine,
    rule: String,
}

impl Rego {
    /// The engine with the bundle's policy and data.
    pub fn new(table: &RuleTable) -> Rego {
        let bundle = Bundle::of(table).expect("a bundle");
        let mut engine = regorus::Engine::new();
        engine
            .add_policy(
                "policy.rego".to_owned(),
                String::from_utf8(bundle.rego).expect("UTF-8"),
            )
            .expect("the Rego parses");
        engine
            .add_data_json(std::str::from_utf8(&bundle.data).expect("UTF-8"))
            .expect("data.json loads");
        Rego {
            engine,
            rule: format!("data.policyc.{}.decision", table.policy),
        }
    }

    /// `allowed` and `code` of the bundle's decision on `query`.
    pub fn decide(&mut self, query: &Query) -> (bool, String) {
        let input = serde_json::to_string(query).expect("JSON");
        self.engine.set_input_json(&input).expect("an input");
        let decision = self
            .engine
            .eval_rule(self.rule.clone())
            .unwrap_or_else(|e| panic!("{query:?}: {e}"));
        let allowed = *decision["allowed"]
            .as_bool()
            .unwrap_or_else(|_| panic!("{query:?}: no `allowed` in {decision}"));
        let code = decision["code"]
            .as_string()
            .unwrap_or_else(|_| panic!("{query:?}: no `code` in {decision}"))
            .to_string();
        (allowed, code)
    }
}
