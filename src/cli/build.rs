//! `policyc build [PATHS] [--out DIR] [--check]`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::check::load_and_check;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Output};
use crate::build::{self, Plan};
use crate::model::Policy;
use crate::sign::SigningKey;

/// Runs `policyc build`: nothing is written unless every policy checks clean.
pub fn run(
    paths: &[PathBuf],
    out_dir: &Path,
    check_only: bool,
    amend: bool,
    max_file_size: usize,
    signer: Option<&SigningKey>,
    out: &mut Output,
) -> u8 {
    let status = build(
        paths,
        out_dir,
        check_only,
        amend,
        max_file_size,
        signer,
        out,
    );
    out.finish(status);
    status
}

fn build(
    paths: &[PathBuf],
    out_dir: &Path,
    check_only: bool,
    amend: bool,
    max_file_size: usize,
    signer: Option<&SigningKey>,
    out: &mut Output,
) -> u8 {
    let mut files = match load_and_check(paths, max_file_size, out) {
        Ok(files) => files,
        Err(status) => return status,
    };
    if out.fails() {
        let failure = format!("{}; nothing was written", out.describe_failure());
        out.failure(&failure);
        return EXIT_PROBLEMS;
    }
    // The build takes the models, each held once, without its test
    // blocks: no output uses them, and the history keeps the model
    // without them.
    let models: Vec<Option<Policy>> = files
        .iter_mut()
        .map(|checked| {
            checked.checked.policy.take().map(|mut policy| {
                policy.tests.clear();
                policy
            })
        })
        .collect();
    let mut plan = Plan::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut history_ok = true;
    for (checked, policy) in files.iter().zip(&models) {
        let (Some(policy), Some(file)) = (policy, checked.file()) else {
            continue;
        };
        let name = file.display_name();
        if let Some(first) = ids.insert(policy.id.clone(), name.clone()) {
            out.error_line(&format!(
                "`{name}` and `{first}` both declare the policy `{}`; each policy needs its own id",
                policy.id
            ));
            return EXIT_PROBLEMS;
        }
        build::plan_policy(policy, &mut plan);
        if let Some(key) = signer {
            crate::sign::plan_signature(policy, key, &mut plan);
        }
        // The released editions, the changelog and the diff pages.
        history_ok &= super::diff::plan_history(policy, file, out_dir, amend, &mut plan, out);
    }
    if !history_ok {
        let failure = if out.fails() {
            format!("{}; nothing was written", out.describe_failure())
        } else {
            "the history of released editions does not match its ledger; nothing was written"
                .to_owned()
        };
        out.failure(&failure);
        return EXIT_PROBLEMS;
    }
    // The sources were needed to check and to place diagnostics; the
    // outputs are made from the models alone.
    drop(files);
    if check_only {
        return compare(&plan, out_dir, out);
    }
    match build::write(&plan, out_dir) {
        Ok(changed) => {
            let policies = ids.len();
            let plural = if policies == 1 { "policy" } else { "policies" };
            out.result_line(&format!(
                "built {policies} {plural} into {} ({} files, {} changed)",
                out_dir.display(),
                plan.len(),
                changed.len()
            ));
            EXIT_OK
        }
        Err(error) => {
            out.error_line(&format!("cannot write to `{}`: {error}", out_dir.display()));
            EXIT_USAGE
        }
    }
}

fn compare(plan: &Plan, out_dir: &Path, out: &mut Output) -> u8 {
    match build::compare(plan, out_dir) {
        Ok(drift) if drift.is_empty() => {
            out.result_line(&format!(
                "ok: {} files in {} are up to date",
                plan.len(),
                out_dir.display()
            ));
            EXIT_OK
        }
        Ok(drift) => {
            for item in &drift {
                out.error_line(&format!("{item}"));
            }
            out.failure(&format!(
                "{} generated file(s) out of date; run `policyc build` and commit the result",
                drift.len()
            ));
            EXIT_PROBLEMS
        }
        Err(error) => {
            out.error_line(&format!("cannot read `{}`: {error}", out_dir.display()));
            EXIT_USAGE
        }
    }
}
