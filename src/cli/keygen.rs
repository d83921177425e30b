//! `policyc keygen PATH`, and reading the keys `build --sign` and `query
//! --trusted-key` are given, each refusal reported as a diagnostic.

use std::path::{Path, PathBuf};

use policy_runtime::TrustedKey;

use super::Output;
use crate::driver::Outcome;
use crate::sign::{self, KeyFileError, SigningKey};

/// Runs `policyc keygen PATH`: writes `PATH.key` and `PATH.pub`.
pub fn run(base: &Path, out: &mut Output) -> Outcome {
    match sign::keygen(base) {
        Ok(files) => {
            out.result_line(&format!(
                "created {} (private: keep it secret, never commit it) and {} (public, key id {}); sign with `policyc build --sign {}`, and give services {}",
                files.private.display(),
                files.public.display(),
                files.id,
                files.private.display(),
                files.public.display(),
            ));
            Outcome::Clean
        }
        Err(error) => {
            out.error_line(&error.to_string());
            Outcome::Usage
        }
    }
}

/// The signing key at `path`, if one is given; on failure the diagnostic is
/// reported and the exit status returned.
pub fn load_signer(path: Option<&Path>, out: &mut Output) -> Result<Option<SigningKey>, Outcome> {
    path.map(|path| sign::read_signing_key(path).map_err(|e| report(&e, out)))
        .transpose()
}

/// The public keys at `paths`; on failure the diagnostic of the first bad
/// one is reported and the exit status returned.
pub fn load_trusted(paths: &[PathBuf], out: &mut Output) -> Result<Vec<TrustedKey>, Outcome> {
    paths
        .iter()
        .map(|path| sign::read_trusted_key(path).map_err(|e| report(&e, out)))
        .collect()
}

fn report(error: &KeyFileError, out: &mut Output) -> Outcome {
    let (file, diagnostic) = error.diagnostic();
    out.diagnostics(&file, &[diagnostic]);
    Outcome::Usage
}
