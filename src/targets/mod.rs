//! Targets: the rule table in the forms other engines load, and the
//! conformance vectors every engine is tested against.
//!
//! Each policy always gets `conformance.json` ([`conformance`]); the
//! targets a build is asked for (`policyc build --target opa`, `[build]
//! targets` in `policyc.toml`) add their files beside it: an OPA bundle
//! ([`opa`]), a Cedar export ([`cedar`]). Every file is a producer of the build's plan, so it is
//! written atomically with the rest of the policy's set, listed in its
//! manifest and compared by `build --check`. Each is made from the same
//! compiled table as `rules.json`, and the decision codes it carries are
//! the runtime's ([`policy_runtime::DecisionCode`]), never retyped.

use std::path::PathBuf;

use crate::build::Plan;
use crate::model::{Policy, TestCase};
use crate::rules::Since;

pub mod cedar;
pub mod conformance;
pub mod opa;

/// An engine `policyc build` can write the policy for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// An Open Policy Agent bundle: `opa/` and `bundle.tar.gz`.
    Opa,
    /// A Cedar schema, policies and entities: `cedar/`.
    Cedar,
}

impl Target {
    /// Every target, in the order their files are planned.
    pub const ALL: [Target; 2] = [Target::Opa, Target::Cedar];

    /// The name of the target in `--target` and `[build] targets`.
    pub const fn name(self) -> &'static str {
        match self {
            Target::Opa => "opa",
            Target::Cedar => "cedar",
        }
    }

    /// The target named `name`, or why there is none.
    pub fn parse(name: &str) -> Result<Target, UnknownTarget> {
        Target::ALL
            .into_iter()
            .find(|target| target.name() == name)
            .ok_or_else(|| UnknownTarget {
                name: name.to_owned(),
                suggestion: crate::suggest::closest(
                    &name.trim().to_ascii_lowercase(),
                    Target::ALL.iter().map(|t| t.name()),
                )
                .map(str::to_owned),
            })
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTarget {
    /// The name as written.
    pub name: String,
    /// The closest target, if one is close.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for UnknownTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` is not a build target; ", self.name)?;
        match &self.suggestion {
            Some(name) => write!(f, "did you mean `{name}`?"),
            None => {
                f.write_str("the targets are ")?;
                let names: Vec<String> = Target::ALL.iter().map(|t| format!("`{t}`")).collect();
                f.write_str(&names.join(", "))
            }
        }
    }
}

impl std::error::Error for UnknownTarget {}

/// Plans the conformance vectors of `policy` (its test blocks `tests` and
/// a sample of decisions) and the files of each of `targets`, from the
/// table compiled with `since`; the OPA bundle signed as `opa_signing`
/// says.
pub fn plan<'a>(
    policy: &'a Policy,
    tests: Vec<TestCase>,
    since: &Since,
    targets: &[Target],
    opa_signing: &opa::Signing<'a>,
    plan: &mut Plan<'a>,
) {
    let dir = PathBuf::from(&policy.id);
    // Each producer compiles the table when it runs, as `rules.json`'s
    // does: nothing is made until the plan is produced.
    let compiled = since.clone();
    plan.add(dir.join(conformance::FILE), move |w| {
        let table = crate::rules::table_since(policy, compiled.clone());
        conformance::write(&table, &tests, w)
    });
    for target in targets {
        match target {
            Target::Opa => opa::plan(policy, &dir, since, opa_signing.clone(), plan),
            Target::Cedar => cedar::plan(policy, &dir, since, plan),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    #[test]
    fn targets_are_named_and_misspellings_suggested() {
        assert_eq!(Target::parse("opa"), Ok(Target::Opa));
        let error = Target::parse("opaa").unwrap_err();
        assert_eq!(error.suggestion.as_deref(), Some("opa"));
        assert_eq!(
            error.to_string(),
            "`opaa` is not a build target; did you mean `opa`?"
        );
        let error = Target::parse("wasm").unwrap_err();
        assert!(
            error.to_string().contains("the targets are `opa`"),
            "{error}"
        );
    }
}
