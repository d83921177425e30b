//! `policyc build [PATHS] [--out DIR] [--check] [--no-wait]`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Output;
use super::check::load_and_check;
use crate::build::{self, Plan};
use crate::codes::Code;
use crate::diff::history::Mode;
use crate::driver::Outcome;
use crate::model::Policy;
use crate::publish::{self, LockMode, OutputError, OutputLock};
use crate::sign::SigningKey;
use crate::sign::head::{self as signed, Untrusted};
use policy_runtime::TrustedKey;

/// What `policyc build` was asked to do.
#[derive(Debug)]
pub struct BuildOptions<'a> {
    /// Policy files or directories.
    pub paths: &'a [PathBuf],
    /// The output directory.
    pub out_dir: &'a Path,
    /// Compare only (`--check`).
    pub check_only: bool,
    /// How the history is treated (`--amend`, `--upgrade-ledger`).
    pub mode: Mode,
    /// The largest policy file read.
    pub max_file_size: usize,
    /// Whether to wait for another build holding the output directory.
    pub wait: bool,
    /// The key each rule table and ledger head is signed with (`--sign`).
    pub signer: Option<&'a SigningKey>,
    /// The public keys whose signatures the outputs must carry
    /// (`--trusted-key`, `[build] trusted_keys`); none: not checked.
    pub trusted: &'a [TrustedKey],
}

/// Runs `policyc build`: nothing is written unless every policy checks clean.
pub fn run(options: &BuildOptions<'_>, out: &mut Output) -> Outcome {
    let status = build(options, out);
    out.finish(status);
    status
}

fn build(options: &BuildOptions<'_>, out: &mut Output) -> Outcome {
    let out_dir = options.out_dir;
    let mut files = match load_and_check(options.paths, options.max_file_size, out) {
        Ok(files) => files,
        Err(status) => return status,
    };
    if out.fails() {
        let failure = format!("{}; nothing was written", out.describe_failure());
        out.failure(&failure);
        return Outcome::Problems;
    }
    // The output directory is locked before its history is read: another
    // build could be releasing an edition.
    let lock = match lock(options, out) {
        Ok(lock) => lock,
        Err(error) => return report(&error, out),
    };
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
            return Outcome::Problems;
        }
        // Links and special files in the output are refused before the
        // history in it is read.
        if let Err(error) = publish::tree::inspect(out_dir, Path::new(&policy.id)) {
            return report(&error, out);
        }
        build::plan_policy(policy, &mut plan);
        if let Some(key) = options.signer {
            crate::sign::plan_signature(policy, key, &mut plan);
        }
    }
    let mut history_ok = true;
    for (checked, policy) in files.iter().zip(&models) {
        let (Some(policy), Some(file)) = (policy, checked.file()) else {
            continue;
        };
        // The released editions, the changelog and the diff pages.
        history_ok &= super::diff::plan_history(
            policy,
            file,
            out_dir,
            options.mode,
            options.signer,
            &mut plan,
            out,
        );
    }
    if !history_ok {
        let failure = if out.fails() {
            format!("{}; nothing was written", out.describe_failure())
        } else {
            "the history of released editions does not match its ledger; nothing was written"
                .to_owned()
        };
        out.failure(&failure);
        return Outcome::Problems;
    }
    if options.signer.is_none() {
        // Without the key, the signatures already made are kept: a build
        // or a check on a machine that holds no key (a pull request's CI)
        // does not drop them.
        for id in ids.keys() {
            if let Err(error) = keep_signatures(id, out_dir, &mut plan) {
                return report(&error, out);
            }
        }
    }
    if !options.trusted.is_empty() && !verify_signatures(&plan, &ids, options.trusted, out) {
        out.failure(&format!("{}; nothing was written", out.describe_failure()));
        return Outcome::Problems;
    }
    publish::plan_manifests(&mut plan);
    // The sources were needed to check and to place diagnostics; the
    // outputs are made from the models alone.
    drop(files);
    if options.check_only {
        return compare(&plan, out_dir, &lock, out);
    }
    match publish::write(&plan, out_dir, &lock) {
        Ok(published) => {
            note_kept(&published.kept, out);
            let policies = ids.len();
            let plural = if policies == 1 { "policy" } else { "policies" };
            out.result_line(&format!(
                "built {policies} {plural} into {} ({} files, {} changed)",
                out_dir.display(),
                plan.len(),
                published.changed.len()
            ));
            Outcome::Clean
        }
        Err(error) => report(&error, out),
    }
}

/// Locks the output directory: exclusively to build (creating it), shared
/// to check.
fn lock(options: &BuildOptions<'_>, out: &mut Output) -> Result<OutputLock, OutputError> {
    let mode = if options.check_only {
        publish::check_root(options.out_dir)?;
        LockMode::Shared
    } else {
        publish::prepare_root(options.out_dir)?;
        LockMode::Exclusive
    };
    let shown = options.out_dir.display().to_string();
    OutputLock::acquire(options.out_dir, mode, options.wait, &mut || {
        out.note_line(&format!(
            "waiting for another build writing to `{shown}` to finish"
        ));
    })
}

/// Reports a problem with the output directory; a problem the author can
/// fix has a code and exits 1, a failing disk exits 2.
fn report(error: &OutputError, out: &mut Output) -> Outcome {
    match error.code() {
        Some(code) => {
            out.coded_error(code, &error.to_string(), error.help().as_deref());
            out.failure("nothing was written");
            Outcome::Problems
        }
        None => {
            out.error_line(&format!("cannot write the outputs: {error}"));
            Outcome::Usage
        }
    }
}

/// Says which files in the output the build did not make and left alone.
fn note_kept(kept: &[PathBuf], out: &mut Output) {
    for path in kept {
        out.note_line(&format!(
            "left `{}` as it is: policyc did not make it",
            path.display()
        ));
    }
}

fn compare(plan: &Plan, out_dir: &Path, lock: &OutputLock, out: &mut Output) -> Outcome {
    match publish::compare(plan, out_dir, lock) {
        Ok(compared) if compared.drift.is_empty() => {
            note_kept(&compared.kept, out);
            out.result_line(&format!(
                "ok: {} files in {} are up to date",
                plan.len(),
                out_dir.display()
            ));
            Outcome::Clean
        }
        Ok(compared) => {
            for item in &compared.drift {
                out.error_line(&format!("{item}"));
            }
            out.failure(&format!(
                "{} generated file(s) out of date; run `policyc build` and commit the result",
                compared.drift.len()
            ));
            Outcome::Problems
        }
        Err(error) if error.code().is_some() => report(&error, out),
        Err(error) => {
            out.error_line(&format!("cannot read `{}`: {error}", out_dir.display()));
            Outcome::Usage
        }
    }
}

/// The signature files a build makes with a key, in each policy's folder.
const SIGNATURE_FILES: [&str; 2] = [crate::sign::SIGNATURE_FILE, signed::HEAD_SIGNATURE_FILE];

/// The largest signature file kept: a real one is a few hundred bytes.
const MAX_SIGNATURE: u64 = 64 * 1024;

/// Plans the signature files on disk in `out_dir/id` as they are, when the
/// plan does not make them.
fn keep_signatures(id: &str, out_dir: &Path, plan: &mut Plan<'_>) -> Result<(), OutputError> {
    use std::io::Read as _;
    for name in SIGNATURE_FILES {
        let relative = Path::new(id).join(name);
        let path = out_dir.join(&relative);
        if plan.contains(&relative)
            || !std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file())
        {
            continue;
        }
        let mut bytes = Vec::new();
        publish::swap::open_no_follow(&path)
            .and_then(|file| file.take(MAX_SIGNATURE).read_to_end(&mut bytes))
            .map_err(|e| OutputError::io(&path, e))?;
        plan.add(relative, move |w| w.write_all(&bytes));
    }
    Ok(())
}

/// Checks that every policy's rule table and ledger head, as the plan
/// makes them, carry a signature by one of `trusted`; reports each that
/// does not. Returns whether all do.
fn verify_signatures(
    plan: &Plan<'_>,
    ids: &HashMap<String, String>,
    trusted: &[TrustedKey],
    out: &mut Output,
) -> bool {
    let mut sorted: Vec<&String> = ids.keys().collect();
    sorted.sort();
    let mut ok = true;
    for id in sorted {
        let dir = Path::new(id);
        let render = |name: &str| plan.render(&dir.join(name)).ok().flatten();
        if let Some(table) = render("rules.json") {
            let signature = render(crate::sign::SIGNATURE_FILE);
            if let Err(why) = signed::verify_table(&table, signature.as_deref(), trusted) {
                untrusted(
                    Code::UntrustedTable,
                    &format!("the rule table of `{id}`"),
                    &why,
                    out,
                );
                ok = false;
            }
        }
        if let Some(head) = render(crate::diff::ledger::HEAD_FILE) {
            let signature = render(signed::HEAD_SIGNATURE_FILE);
            let verified = match crate::diff::ledger::Head::from_json(&head) {
                Some(head) => signed::verify_head(signature.as_deref(), id, &head.head, trusted),
                None => Err(Untrusted::Malformed(
                    "`ledger-head.json` does not parse".to_owned(),
                )),
            };
            if let Err(why) = verified {
                untrusted(
                    Code::UntrustedHead,
                    &format!("the ledger head of `{id}`"),
                    &why,
                    out,
                );
                ok = false;
            }
        }
    }
    ok
}

/// Reports an output that no trusted key signed.
fn untrusted(code: Code, what: &str, why: &Untrusted, out: &mut Output) {
    out.coded_error(
        code,
        &format!("{what} is not signed by a trusted key: {why}"),
        Some(
            "sign it with `policyc build --sign KEY`, with a private key whose public key is trusted (`--trusted-key`, `[build] trusted_keys`)",
        ),
    );
}
