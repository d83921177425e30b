//! Planning and writing the build outputs: which files each policy
//! produces, written all-or-nothing, or compared with what is on disk.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::Policy;

/// The files one build produces: path relative to the output directory → content.
pub type Plan = BTreeMap<PathBuf, Vec<u8>>;

/// The files generated for one policy, relative to the output directory.
pub fn plan_policy(policy: &Policy, plan: &mut Plan) {
    let dir = PathBuf::from(&policy.id);
    // The outputs are independent: the rule table (and its YAML, the
    // slowest) is made on a second thread while the text is rendered.
    // Each output is a pure function of the model, so the result is the
    // same whatever the scheduling.
    let (texts, rules) = std::thread::scope(|scope| {
        let rules = scope.spawn(|| {
            let table = crate::rules::table(policy);
            let json = crate::rules::to_json(&table);
            // The table has only strings, numbers, booleans, lists and maps:
            // YAML can represent all of it, so this never falls back.
            let yaml = crate::yaml::to_string(&table).unwrap_or_default();
            (json, yaml.into_bytes())
        });
        let texts = [
            ("policy.md", crate::render::markdown(policy)),
            ("policy.html", crate::render::html(policy)),
            ("policy.txt", crate::render::plain_text(policy)),
        ];
        (texts, rules.join())
    });
    for (name, text) in texts {
        plan.insert(dir.join(name), text.into_bytes());
    }
    // Joining fails only if the thread panicked, which the rules backend
    // never does; the files are then simply not planned, and `--check`
    // reports them missing.
    if let Ok((json, yaml)) = rules {
        plan.insert(dir.join("rules.json"), json);
        plan.insert(dir.join("rules.yaml"), yaml);
    }
}

/// The directories a plan owns: a build removes files in them that it
/// does not write, and `--check` reports them.
pub fn owned_dirs(plan: &Plan) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = plan
        .keys()
        .filter_map(|p| p.components().next().map(|c| PathBuf::from(c.as_os_str())))
        .collect();
    dirs.dedup();
    dirs
}

/// How a file on disk differs from the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The build would write it; it is not there.
    Missing(PathBuf),
    /// It is there with other content.
    Differs(PathBuf),
    /// It is there; the build would not write it.
    Extra(PathBuf),
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Missing(p) => write!(f, "missing: {}", p.display()),
            Drift::Differs(p) => write!(f, "differs: {}", p.display()),
            Drift::Extra(p) => write!(f, "extra:   {}", p.display()),
        }
    }
}

/// Compares the plan with the output directory, writing nothing.
pub fn compare(plan: &Plan, out: &Path) -> std::io::Result<Vec<Drift>> {
    let mut drift = Vec::new();
    for (relative, content) in plan {
        match std::fs::read(out.join(relative)) {
            Ok(existing) if existing == *content => {}
            Ok(_) => drift.push(Drift::Differs(out.join(relative))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                drift.push(Drift::Missing(out.join(relative)))
            }
            Err(e) => return Err(e),
        }
    }
    for extra in extra_files(plan, out)? {
        drift.push(Drift::Extra(out.join(extra)));
    }
    Ok(drift)
}

/// Files under the owned directories that the plan does not contain.
fn extra_files(plan: &Plan, out: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut extra = Vec::new();
    for dir in owned_dirs(plan) {
        let mut stack = vec![dir];
        while let Some(relative) = stack.pop() {
            let entries = match std::fs::read_dir(out.join(&relative)) {
                Ok(entries) => entries,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e),
            };
            let mut names: Vec<PathBuf> = entries
                .map(|e| e.map(|e| relative.join(e.file_name())))
                .collect::<Result<_, _>>()?;
            names.sort();
            for name in names {
                if out.join(&name).is_dir() {
                    stack.push(name);
                } else if !plan.contains_key(&name) {
                    extra.push(name);
                }
            }
        }
    }
    extra.sort();
    Ok(extra)
}

/// Writes the plan: every file through a temporary file and a rename, so
/// no reader ever sees a partial file; then removes the extra files in the
/// owned directories. Returns the files that changed.
pub fn write(plan: &Plan, out: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut changed = Vec::new();
    for (relative, content) in plan {
        let target = out.join(relative);
        if std::fs::read(&target).is_ok_and(|existing| existing == *content) {
            continue;
        }
        write_atomically(&target, content)?;
        changed.push(target);
    }
    for extra in extra_files(plan, out)? {
        std::fs::remove_file(out.join(&extra))?;
        changed.push(out.join(extra));
    }
    Ok(changed)
}

/// Writes `content` to `target` through a temporary file in the same
/// directory, then renames it into place.
pub fn write_atomically(target: &Path, content: &[u8]) -> std::io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(content)?;
    // A temporary file is private (0600); what a build writes is for
    // everyone to read, like any file the user would have written.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    Ok(())
}
