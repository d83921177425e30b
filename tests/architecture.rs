//! The pipeline's shape, read from the sources: only the front end knows
//! the syntax tree, and no two modules depend on each other.
//!
//! `docs/design.md` says that data flows one way: the front end (`syntax/`,
//! `check/`, `load.rs`, `fmt.rs`) turns text into the model, and every
//! backend reads the model and the spans lowering keeps beside it, never the
//! tree. These tests scan `src/` for the paths each module names, so that a
//! backend that starts parsing again, or a new import circle, fails here
//! rather than in review.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "tests: a file that cannot be read, or a path cut at a bad place, fails the test"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module of `src/`, by its path below the crate: `["diff", "history"]`;
/// empty for the crate root.
type Module = Vec<String>;

/// The modules that may name `crate::syntax`: the front end, and the crate
/// root, which wires the parser to the checker (`check_source`).
const FRONT_END: &[&str] = &["syntax", "check", "load", "fmt", "lsp"];

/// The circles among sibling modules still to be removed, each as its
/// modules sorted (none today); the test fails when one of them is gone
/// too, so that the list only shrinks.
const KNOWN_CIRCLES: &[&[&str]] = &[];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every module of `src/` (but the binary) with its code, test modules and
/// comments left out: what the library itself depends on.
fn modules() -> BTreeMap<Module, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut modules = BTreeMap::new();
    for path in files {
        let relative = path.strip_prefix(&src).unwrap().with_extension("");
        let mut module: Module = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        match module.last().map(String::as_str) {
            Some("main") if module.len() == 1 => continue,
            Some("lib") if module.len() == 1 => module.clear(),
            Some("mod") => {
                module.pop();
            }
            _ => {}
        }
        let text = std::fs::read_to_string(&path).unwrap();
        modules.insert(module, code_of(&text));
    }
    modules
}

/// The code of a file without its test module (which comes last) and
/// without comments.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a module's code names from `crate::` or `super::`, as module
/// paths below the crate (item names included: they are cut at the
/// longest module later). `use crate::{a, b::c}` names `a` and `b::c`.
fn named_paths(module: &Module, code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for (at, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        if at > 0
            && code[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let rest = &code[at..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let path = rest[..end].trim_end_matches(':');
        let mut prefixes = vec![path.to_owned()];
        if rest[end..].starts_with('{') {
            let group = &rest[end + 1..rest[end..].find('}').map_or(rest.len(), |i| end + i)];
            prefixes = group
                .split(',')
                .map(|item| format!("{path}::{}", item.trim()))
                .collect();
        }
        for prefix in prefixes {
            paths.push(resolve(module, &prefix));
        }
    }
    paths
}

/// A `crate::…` or `super::…` path as a path below the crate.
fn resolve(module: &Module, path: &str) -> Vec<String> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<String> = Vec::new();
    if segments.first() == Some(&"crate") {
        segments.remove(0);
    } else {
        base = module.clone();
        // A file `a/b.rs` is module `a::b`, whose `super` is `a`; `a/mod.rs`
        // is `a` itself, whose `super` is the crate.
        while segments.first() == Some(&"super") {
            segments.remove(0);
            base.pop();
        }
    }
    base.extend(segments.into_iter().map(str::to_owned));
    base
}

/// What each module depends on: the longest module each named path starts
/// with, itself left out.
fn dependencies() -> BTreeMap<Module, BTreeSet<Module>> {
    let modules = modules();
    let mut graph = BTreeMap::new();
    for (module, code) in &modules {
        let mut uses = BTreeSet::new();
        for path in named_paths(module, code) {
            let target = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|prefix| modules.contains_key(prefix))
                .unwrap_or_default();
            if &target != module {
                uses.insert(target);
            }
        }
        graph.insert(module.clone(), uses);
    }
    graph
}

#[test]
fn only_the_front_end_names_the_syntax_tree() {
    let mut offenders = Vec::new();
    for (module, uses) in dependencies() {
        let front = module.is_empty() || FRONT_END.contains(&module[0].as_str());
        if !front
            && uses
                .iter()
                .any(|u| u.first().is_some_and(|m| m == "syntax"))
        {
            offenders.push(module.join("::"));
        }
    }
    assert!(
        offenders.is_empty(),
        "outside the front end, these modules name `crate::syntax`: {offenders:?}; \
         a backend reads the model and its spans (`model::Spans`), a character class is in `crate::hazard`"
    );
}

/// The circles of a graph: its strongly connected parts of more than one
/// node, each sorted.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<Vec<String>> {
    // Two nodes are in one circle when each reaches the other.
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(node) = todo.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|node| (node, reach(node))).collect();
    let mut found = BTreeSet::new();
    for (node, seen) in &reached {
        if !seen.contains(*node) {
            continue;
        }
        let circle: Vec<String> = seen
            .iter()
            .filter(|other| reached.get(other).is_some_and(|r| r.contains(*node)))
            .cloned()
            .collect();
        if circle.len() > 1 {
            found.insert(circle);
        }
    }
    found
}

#[test]
fn no_two_sibling_modules_depend_on_each_other() {
    let graph = dependencies();
    let parents: BTreeSet<Module> = graph
        .keys()
        .filter(|m| !m.is_empty())
        .map(|m| m[..m.len() - 1].to_vec())
        .collect();
    let mut found = BTreeSet::new();
    for parent in parents {
        // The children of `parent`, each with what it and the modules
        // below it use among its siblings.
        let depth = parent.len() + 1;
        let mut siblings: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (module, uses) in &graph {
            if module.len() < depth || module[..parent.len()] != parent[..] {
                continue;
            }
            let child = module[..depth].join("::");
            let entry = siblings.entry(child.clone()).or_default();
            for used in uses {
                if used.len() >= depth && used[..parent.len()] == parent[..] {
                    let other = used[..depth].join("::");
                    if other != child {
                        entry.insert(other);
                    }
                }
            }
        }
        found.extend(circles(&siblings));
    }
    let known: BTreeSet<Vec<String>> = KNOWN_CIRCLES
        .iter()
        .map(|c| c.iter().map(|m| (*m).to_owned()).collect())
        .collect();
    let new: Vec<&Vec<String>> = found.difference(&known).collect();
    assert!(
        new.is_empty(),
        "import circles among sibling modules: {new:?}"
    );
    let gone: Vec<&Vec<String>> = known.difference(&found).collect();
    assert!(
        gone.is_empty(),
        "these circles are gone: take them off KNOWN_CIRCLES: {gone:?}"
    );
}
