//! `policyc build`'s work: check every policy, plan its outputs, release
//! its history, keep or verify its signatures, then publish the plan or
//! compare it with the output directory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use policy_runtime::TrustedKey;

use super::check::{CheckError, CheckedFile};
use super::{Outcome, Problem, Sink};
use crate::build::{self, Plan};
use crate::codes::Code;
use crate::diff::history::Mode;
use crate::model::{Policy, TestCase};
use crate::publish::{self, Compared, LockMode, OutputError, OutputLock, Published};
use crate::render::trace::{Place, Placed};
use crate::sign::SigningKey;

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
    /// Also write each policy's ids as a Rust module (`--emit rust`).
    pub emit_rust: bool,
    /// The engines to write each policy for besides its conformance
    /// vectors (`--target`, `[build] targets`).
    pub targets: &'a [crate::targets::Target],
}

/// What a build did.
#[derive(Debug)]
pub enum Built {
    /// The outputs were published.
    Written {
        /// How many policies.
        policies: usize,
        /// How many files the plan makes.
        files: usize,
        /// What changed, and what was left alone.
        published: Published,
    },
    /// The outputs were compared with the output directory (`--check`).
    Compared {
        /// How many files the plan makes.
        files: usize,
        /// How the output directory differs, and what was left alone.
        compared: Compared,
    },
}

/// Why a build wrote nothing. Each problem in a policy, its history or
/// its signatures was reported as it was found.
#[derive(Debug)]
pub enum BuildError {
    /// The policies could not be read, or have problems.
    Check(CheckError),
    /// Two policies declare the same id.
    DuplicateId {
        /// The file of the second.
        name: String,
        /// The file of the first.
        first: String,
        /// The id.
        id: String,
    },
    /// The output directory cannot be published into or compared.
    Output(OutputError),
    /// The output directory cannot be read for `--check`, not by the
    /// author's doing.
    Unreadable {
        /// The output directory.
        out_dir: PathBuf,
        /// Why.
        error: OutputError,
    },
    /// A history does not match its ledger, or an edition cannot be
    /// released as it is.
    History,
    /// An output is not signed by a trusted key.
    Untrusted,
}

impl BuildError {
    /// How the run ends: a problem the author can fix exits 1, a usage or
    /// I/O error 2.
    pub fn outcome(&self) -> Outcome {
        match self {
            BuildError::Check(error) => error.outcome(),
            BuildError::Output(error) if error.code().is_none() => Outcome::Usage,
            BuildError::Unreadable { .. } => Outcome::Usage,
            BuildError::DuplicateId { .. }
            | BuildError::Output(_)
            | BuildError::History
            | BuildError::Untrusted => Outcome::Problems,
        }
    }
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Check(error) => error.fmt(f),
            BuildError::DuplicateId { name, first, id } => write!(
                f,
                "`{name}` and `{first}` both declare the policy `{id}`; each policy needs its own id"
            ),
            BuildError::Output(error) if error.code().is_some() => error.fmt(f),
            BuildError::Output(error) => write!(f, "cannot write the outputs: {error}"),
            BuildError::Unreadable { out_dir, error } => {
                write!(f, "cannot read `{}`: {error}", out_dir.display())
            }
            BuildError::History => {
                f.write_str("the history of released editions does not match its ledger")
            }
            BuildError::Untrusted => f.write_str("an output is not signed by a trusted key"),
        }
    }
}

impl std::error::Error for BuildError {}

impl Problem for BuildError {
    fn code(&self) -> Option<Code> {
        match self {
            BuildError::Output(error) => error.code(),
            _ => None,
        }
    }

    fn help(&self) -> Option<String> {
        match self {
            BuildError::Output(error) => error.help(),
            _ => None,
        }
    }
}

impl From<OutputError> for BuildError {
    fn from(error: OutputError) -> Self {
        BuildError::Output(error)
    }
}

/// Runs a build: nothing is written unless every policy checks clean, its
/// history matches its ledger and its signatures are trusted.
pub fn build(options: &BuildOptions<'_>, sink: &mut dyn Sink) -> Result<Built, BuildError> {
    let out_dir = options.out_dir;
    let mut files = super::check::load_clean(options.paths, options.max_file_size, sink)
        .map_err(BuildError::Check)?;
    // The output directory is locked before its history is read: another
    // build could be releasing an edition.
    let lock = lock(options, sink)?;
    let (mut models, mut tests) = take_models(&mut files);
    record_translations(&files, &mut models);
    let translated = translate_models(&files, &models);
    let mut plan = Plan::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for (((checked, policy), tests), translated) in
        files.iter().zip(&models).zip(&mut tests).zip(&translated)
    {
        let (Some(policy), Some(file)) = (policy, checked.file()) else {
            continue;
        };
        let name = file.display_name();
        if let Some(first) = ids.insert(policy.id.clone(), name.clone()) {
            return Err(BuildError::DuplicateId {
                name,
                first,
                id: policy.id.clone(),
            });
        }
        // Links and special files in the output are refused before the
        // history in it is read.
        publish::tree::inspect(out_dir, Path::new(&policy.id))?;
        let placed = Placed::new(&checked.checked.spans, &|span| place(&checked.loaded, span));
        let since = super::release::since(policy, out_dir);
        build::plan_policy_traced(policy, Some(placed), since.clone(), &mut plan);
        for translation in translated {
            build::plan_translation(translation, &policy.header.language, &mut plan);
        }
        let tests = std::mem::take(tests);
        let opa_signing = opa_signing(options.signer, &policy.id, out_dir)?;
        crate::targets::plan(
            policy,
            tests,
            &since,
            options.targets,
            &opa_signing,
            &mut plan,
        );
        if options.emit_rust {
            crate::emit::plan_rust(policy, &mut plan);
        }
        if let Some(key) = options.signer {
            crate::sign::plan_signature(policy, since, key, &mut plan);
        }
    }
    let mut history_ok = true;
    for (checked, policy) in files.iter().zip(&models) {
        let (Some(policy), Some(file)) = (policy, checked.file()) else {
            continue;
        };
        // The released editions, the changelog and the diff pages.
        history_ok &= super::release::plan_history(
            policy,
            &checked.checked.spans.header,
            file,
            out_dir,
            options.mode,
            options.signer,
            &mut plan,
            sink,
        );
    }
    if !history_ok {
        return Err(BuildError::History);
    }
    if options.signer.is_none() {
        // Without the key, the signatures already made are kept: a build
        // or a check on a machine that holds no key (a pull request's CI)
        // does not drop them.
        for id in ids.keys() {
            super::signatures::keep(id, out_dir, &mut plan)?;
        }
    }
    if !options.trusted.is_empty() && !super::signatures::verify(&plan, &ids, options.trusted, sink)
    {
        return Err(BuildError::Untrusted);
    }
    publish::plan_manifests(&mut plan);
    // The sources were needed to check and to place diagnostics; the
    // outputs are made from the models alone.
    drop(files);
    if options.check_only {
        return compare(&plan, out_dir, &lock);
    }
    let published = publish::write(&plan, out_dir, &lock)?;
    Ok(Built::Written {
        policies: ids.len(),
        files: plan.len(),
        published,
    })
}

/// How the OPA bundle of policy `id` is signed: with the build's key, or
/// else with the signature an earlier build left (kept as
/// `rules.json.sig` is), or not at all.
fn opa_signing<'a>(
    signer: Option<&'a SigningKey>,
    id: &str,
    out_dir: &Path,
) -> Result<crate::targets::opa::Signing<'a>, OutputError> {
    use crate::targets::opa::{self, Signing, signature};
    if let Some(key) = signer {
        return Ok(Signing::Sign(key));
    }
    let relative = Path::new(id).join(opa::DIR).join(signature::FILE);
    Ok(super::signatures::kept(out_dir, &relative)?.map_or(Signing::Unsigned, Signing::Keep))
}

/// A span of a policy's span space, placed in its file for the trace:
/// the file's name and the place (none past 4 GiB, beyond any file the
/// build reads).
fn place(loaded: &crate::load::Loaded, span: crate::span::Span) -> Option<(String, Place)> {
    let (file, local) = loaded.place(span)?;
    let (line, column) = file.line_column(local.start);
    let (end_line, end_column) = file.line_column(local.end);
    let name = file.display_name();
    let name = name.strip_prefix("./").map_or(name.clone(), str::to_owned);
    let small = |n: usize| u32::try_from(n).ok();
    let place = Place {
        file: 0,
        line: small(line)?,
        column: small(column)?,
        end_line: small(end_line)?,
        end_column: small(end_column)?,
        start: small(local.start)?,
        end: small(local.end)?,
    };
    Some((name, place))
}

/// The build takes the models, each held once, and their test blocks
/// apart: only the conformance vectors use them, and the history keeps
/// the model without them.
/// Records in each model the translations it is published with, so that
/// the edition released from it keeps them.
fn record_translations(files: &[CheckedFile], models: &mut [Option<Policy>]) {
    for (checked, policy) in files.iter().zip(models) {
        if let Some(policy) = policy {
            crate::translate::record(policy, &checked.loaded.translations);
        }
    }
}

/// Each model in the other languages it is published in, from its
/// translation files (complete: `check` refused any that is not).
fn translate_models(files: &[CheckedFile], models: &[Option<Policy>]) -> Vec<Vec<Policy>> {
    files
        .iter()
        .zip(models)
        .map(|(checked, policy)| match policy {
            Some(policy) => checked
                .loaded
                .translations
                .iter()
                .map(|translation| translation.apply(policy))
                .collect(),
            None => Vec::new(),
        })
        .collect()
}

fn take_models(files: &mut [CheckedFile]) -> (Vec<Option<Policy>>, Vec<Vec<TestCase>>) {
    files
        .iter_mut()
        .map(|checked| match checked.checked.policy.take() {
            Some(mut policy) => {
                let tests = std::mem::take(&mut policy.tests);
                (Some(policy), tests)
            }
            None => (None, Vec::new()),
        })
        .unzip()
}

/// Locks the output directory: exclusively to build (creating it), shared
/// to check.
fn lock(options: &BuildOptions<'_>, sink: &mut dyn Sink) -> Result<OutputLock, OutputError> {
    let mode = if options.check_only {
        publish::check_root(options.out_dir)?;
        LockMode::Shared
    } else {
        publish::prepare_root(options.out_dir)?;
        LockMode::Exclusive
    };
    let shown = options.out_dir.display().to_string();
    OutputLock::acquire(options.out_dir, mode, options.wait, &mut || {
        sink.note(&format!(
            "waiting for another build writing to `{shown}` to finish"
        ));
    })
}

/// Compares the plan with the output directory (`--check`).
fn compare(plan: &Plan<'_>, out_dir: &Path, lock: &OutputLock) -> Result<Built, BuildError> {
    match publish::compare(plan, out_dir, lock) {
        Ok(compared) => Ok(Built::Compared {
            files: plan.len(),
            compared,
        }),
        Err(error) if error.code().is_some() => Err(BuildError::Output(error)),
        Err(error) => Err(BuildError::Unreadable {
            out_dir: out_dir.to_path_buf(),
            error,
        }),
    }
}
