//! `policyc build --emit rust`: a Rust module of the policy's ids, so that
//! a service naming a data category, purpose or recipient that the policy
//! does not declare fails to compile instead of being denied at run time.
//!
//! The module has a constant per id (`data::ACCOUNT__EMAIL`, the dots of a
//! data id written `__`), and `Ids::resolve(&rules)`, every id resolved
//! against a loaded `policy_runtime::Rules` with a field per id
//! (`ids.data.account__email`, `ids.purposes.marketing`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::model::Policy;

/// Two ids of one kind that would have the same Rust name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameClash {
    /// The kind (`data`, `purpose`, `recipient`).
    pub kind: &'static str,
    /// The two ids.
    pub ids: (String, String),
    /// Their Rust name.
    pub name: String,
}

impl std::fmt::Display for NameClash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot emit Rust ids: the {} `{}` and `{}` would both be named `{}`; rename one",
            self.kind, self.ids.0, self.ids.1, self.name
        )
    }
}

impl std::error::Error for NameClash {}

/// Rust's keywords, which a field takes as a raw identifier (`r#type`).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// The names that cannot be raw identifiers, which a field takes with a
/// trailing underscore.
const NOT_RAW: &[&str] = &["crate", "self", "super"];

/// The snake-case name of `id`: lowercase, dots as `__`.
fn snake(id: &str) -> String {
    id.to_ascii_lowercase().replace('.', "__")
}

/// `name` as a field: raw when it is a keyword.
fn field(name: &str) -> String {
    if NOT_RAW.contains(&name) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// One kind of id: its module, its struct, the runtime's id type and
/// lookup, and the ids by Rust name.
struct Kind<'p> {
    module: &'static str,
    noun: &'static str,
    strukt: &'static str,
    id_type: &'static str,
    lookup: &'static str,
    names: BTreeMap<String, &'p str>,
}

impl<'p> Kind<'p> {
    fn new(
        [module, noun]: [&'static str; 2],
        strukt: &'static str,
        id_type: &'static str,
        lookup: &'static str,
        ids: impl Iterator<Item = &'p str>,
    ) -> Result<Self, NameClash> {
        let mut names = BTreeMap::new();
        for id in ids {
            if let Some(first) = names.insert(snake(id), id) {
                return Err(NameClash {
                    kind: noun,
                    ids: (first.to_owned(), id.to_owned()),
                    name: snake(id),
                });
            }
        }
        Ok(Self {
            module,
            noun,
            strukt,
            id_type,
            lookup,
            names,
        })
    }

    fn constants(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "\n/// The {} ids.\npub mod {} {{",
            self.noun, self.module
        );
        for (name, id) in &self.names {
            let _ = writeln!(
                out,
                "    /// `{id}`.\n    pub const {}: &str = {id:?};",
                name.to_ascii_uppercase()
            );
        }
        out.push_str("}\n");
    }

    fn resolved(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "\n/// The {} ids, resolved.\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub struct {} {{",
            self.noun, self.strukt
        );
        for (name, id) in &self.names {
            let _ = writeln!(
                out,
                "    /// `{id}`.\n    pub {}: policy_runtime::{},",
                field(name),
                self.id_type
            );
        }
        out.push_str("}\n");
    }

    fn resolve(&self, out: &mut String) {
        let _ = writeln!(out, "            {}: {} {{", self.module, self.strukt);
        for name in self.names.keys() {
            let _ = writeln!(
                out,
                "                {}: rules.{}({}::{})?,",
                field(name),
                self.lookup,
                self.module,
                name.to_ascii_uppercase()
            );
        }
        out.push_str("            },\n");
    }
}

/// The Rust module of `policy`'s ids.
///
/// # Errors
///
/// [`NameClash`] when two ids of one kind would have the same Rust name.
pub fn rust(policy: &Policy) -> Result<String, NameClash> {
    let kinds = [
        Kind::new(
            ["data", "data"],
            "Data",
            "DataId",
            "data_id",
            policy.data.iter().map(|d| d.id.as_str()),
        )?,
        Kind::new(
            ["purposes", "purpose"],
            "Purposes",
            "PurposeId",
            "purpose_id",
            policy.purposes.iter().map(|p| p.id.as_str()),
        )?,
        Kind::new(
            ["recipients", "recipient"],
            "Recipients",
            "RecipientId",
            "recipient_id",
            policy.recipients.iter().map(|r| r.id.as_str()),
        )?,
    ];
    let mut out = format!(
        "//! The ids of policy `{}` {}, generated by `policyc build --emit rust`: do not edit.\n\
         //! A name the policy does not declare fails to compile.\n\n\
         #![allow(\n    non_snake_case,\n    reason = \"a data id's dots are written `__`, which keeps names apart\"\n)]\n",
        policy.id, policy.header.version
    );
    for kind in &kinds {
        kind.constants(&mut out);
    }
    out.push_str(
        "\n/// Every id of the policy, resolved against a loaded table.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n\
         pub struct Ids {\n",
    );
    for kind in &kinds {
        let _ = writeln!(
            out,
            "    /// The {} ids.\n    pub {}: {},",
            kind.noun, kind.module, kind.strukt
        );
    }
    out.push_str("}\n");
    for kind in &kinds {
        kind.resolved(&mut out);
    }
    out.push_str(
        "\nimpl Ids {\n    /// Every id resolved in `rules`; `None` if the table lacks one (a table of\n    \
         /// another edition: resolve again after each reload).\n    \
         #[must_use]\n    \
         pub fn resolve(rules: &policy_runtime::Rules) -> Option<Self> {\n        \
         Some(Self {\n",
    );
    for kind in &kinds {
        kind.resolve(&mut out);
    }
    out.push_str("        })\n    }\n}\n");
    Ok(out)
}

/// The file `--emit rust` writes in each policy's folder.
pub const RUST_FILE: &str = "ids.rs";

/// Plans `POLICY_ID/ids.rs`, the Rust module of the policy's ids.
pub fn plan_rust<'a>(policy: &'a Policy, plan: &mut crate::build::Plan<'a>) {
    let path = std::path::PathBuf::from(&policy.id).join(RUST_FILE);
    plan.add(path, move |writer| {
        let module = rust(policy).map_err(std::io::Error::other)?;
        writer.write_all(module.as_bytes())
    });
}
