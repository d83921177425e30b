//! The signatures in a build's output: kept as they are when the build has
//! no key, verified against the trusted keys when it is given some.

use std::collections::HashMap;
use std::path::Path;

use policy_runtime::TrustedKey;

use super::{Problem, Sink};
use crate::build::Plan;
use crate::codes::Code;
use crate::publish::{self, OutputError};
use crate::sign::head::{self as signed, Untrusted};

/// The signature files a build makes with a key, in each policy's folder.
const SIGNATURE_FILES: [&str; 2] = [crate::sign::SIGNATURE_FILE, signed::HEAD_SIGNATURE_FILE];

/// The largest signature file kept: a real one is a few hundred bytes.
const MAX_SIGNATURE: u64 = 64 * 1024;

/// Plans the signature files on disk in `out_dir/id` as they are, when the
/// plan does not make them.
pub fn keep(id: &str, out_dir: &Path, plan: &mut Plan<'_>) -> Result<(), OutputError> {
    for name in SIGNATURE_FILES {
        let relative = Path::new(id).join(name);
        if plan.contains(&relative) {
            continue;
        }
        if let Some(bytes) = kept(out_dir, &relative)? {
            plan.add(relative, move |w| w.write_all(&bytes));
        }
    }
    Ok(())
}

/// The bytes of the signature file `out_dir/relative`, if one is there (a
/// regular file, not followed through a link, at most [`MAX_SIGNATURE`]).
pub fn kept(out_dir: &Path, relative: &Path) -> Result<Option<Vec<u8>>, OutputError> {
    use std::io::Read as _;
    let path = out_dir.join(relative);
    if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file()) {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    publish::swap::open_no_follow(&path)
        .and_then(|file| file.take(MAX_SIGNATURE).read_to_end(&mut bytes))
        .map_err(|e| OutputError::io(&path, e))?;
    Ok(Some(bytes))
}

/// An output that no trusted key signed (E0804 for a rule table, E0509
/// for a ledger head).
#[derive(Debug)]
pub struct UntrustedOutput {
    /// The code: which output it is.
    pub code: Code,
    /// The policy's id.
    pub id: String,
    /// Why its signature is not trusted.
    pub why: Untrusted,
}

impl std::fmt::Display for UntrustedOutput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.code == Code::UntrustedHead {
            "the ledger head"
        } else {
            "the rule table"
        };
        write!(
            f,
            "{what} of `{}` is not signed by a trusted key: {}",
            self.id, self.why
        )
    }
}

impl Problem for UntrustedOutput {
    fn code(&self) -> Option<Code> {
        Some(self.code)
    }

    fn help(&self) -> Option<String> {
        Some("sign it with `policyc build --sign KEY`, with a private key whose public key is trusted (`--trusted-key`, `[build] trusted_keys`)".to_owned())
    }
}

/// Checks that every policy's rule table and ledger head, as the plan
/// makes them, carry a signature by one of `trusted`; reports each that
/// does not. Returns whether all do.
pub fn verify(
    plan: &Plan<'_>,
    ids: &HashMap<String, String>,
    trusted: &[TrustedKey],
    sink: &mut dyn Sink,
) -> bool {
    let mut sorted: Vec<&String> = ids.keys().collect();
    sorted.sort();
    let mut ok = true;
    for id in sorted {
        for (code, why) in untrusted(plan, id, trusted) {
            sink.problem(&UntrustedOutput {
                code,
                id: id.clone(),
                why,
            });
            ok = false;
        }
    }
    ok
}

/// What is not signed by a trusted key in the outputs of policy `id`.
fn untrusted(plan: &Plan<'_>, id: &str, trusted: &[TrustedKey]) -> Vec<(Code, Untrusted)> {
    let dir = Path::new(id);
    // A file the plan does not make, or cannot make, has no signature to
    // check: the build reports why it cannot make it when it writes.
    let render = |name: &str| plan.render(&dir.join(name)).ok().flatten();
    let mut found = Vec::new();
    if let Some(table) = render("rules.json") {
        let signature = render(crate::sign::SIGNATURE_FILE);
        if let Err(why) = signed::verify_table(&table, signature.as_deref(), trusted) {
            found.push((Code::UntrustedTable, why));
        }
    }
    if let Some(head) = render(crate::diff::ledger::HEAD_FILE) {
        let signature = render(signed::HEAD_SIGNATURE_FILE);
        let verified = match crate::diff::ledger::Head::from_json(&head) {
            Some(head) => signed::verify_head(signature.as_deref(), id, &head.head, trusted),
            None => Err(Untrusted::Malformed(signed::Malformed::Head)),
        };
        if let Err(why) = verified {
            found.push((Code::UntrustedHead, why));
        }
    }
    found
}
