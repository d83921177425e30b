//! The documents an editor holds open and what checking them found: each
//! open document is loaded as a policy (its includes read from the open
//! documents first, then the disk), checked and indexed again after every
//! change. A document that another open document includes is checked as
//! part of it, not on its own (where it would lack a header).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lsp_types::{Position, PublishDiagnosticsParams, TextDocumentContentChangeEvent, Url};

use super::analysis::{Analysis, Spot};
use super::index::Index;
use super::position::Lines;
use crate::load;

/// The open documents and their analyses.
pub struct Workspace {
    root: Option<PathBuf>,
    max_file_size: usize,
    docs: BTreeMap<Url, String>,
    analyses: BTreeMap<Url, Analysis>,
    published: BTreeSet<Url>,
}

impl Workspace {
    /// A workspace whose includes stay under `root` (the editor's
    /// folder; a document outside it keeps its includes in its own
    /// folder), reading no file larger than `max_file_size`.
    pub fn new(root: Option<PathBuf>, max_file_size: usize) -> Self {
        Workspace {
            root,
            max_file_size,
            docs: BTreeMap::new(),
            analyses: BTreeMap::new(),
            published: BTreeSet::new(),
        }
    }

    /// Opens or replaces a document; returns the diagnostics to publish.
    pub fn set(&mut self, url: Url, text: String) -> Vec<PublishDiagnosticsParams> {
        self.docs.insert(url, text);
        self.refresh()
    }

    /// Applies an editor's changes to an open document, in order: a
    /// change without a range is the whole text, one with a range replaces
    /// that range (clamped to the text). Returns the diagnostics to
    /// publish; nothing for a document that is not open.
    pub fn change(
        &mut self,
        url: Url,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Vec<PublishDiagnosticsParams> {
        let Some(text) = self.docs.get_mut(&url) else {
            return Vec::new();
        };
        for change in changes {
            match change.range {
                None => *text = change.text,
                Some(range) => {
                    let lines = Lines::new(text);
                    let start = lines.offset(range.start);
                    let end = lines.offset(range.end).max(start);
                    // Offsets from `Lines` fall between characters.
                    text.replace_range(start..end, &change.text);
                }
            }
        }
        self.refresh()
    }

    /// Closes a document; returns the diagnostics to publish.
    pub fn close(&mut self, url: &Url) -> Vec<PublishDiagnosticsParams> {
        self.docs.remove(url);
        self.refresh()
    }

    /// The text of an open document.
    pub fn text(&self, url: &Url) -> Option<&str> {
        self.docs.get(url).map(String::as_str)
    }

    /// The place at `position` of the document `url`, in the analysis
    /// that checks it: the one of a document that includes it, else its
    /// own.
    pub fn spot(&self, url: &Url, position: Position) -> Option<Spot<'_>> {
        let (analysis, at) = self.analysis_of(url)?;
        let file = analysis.indexed.loaded.files.get(at)?;
        let local = Lines::new(&file.file.text).offset(position);
        Some(Spot {
            analysis,
            file,
            offset: file.base + local,
        })
    }

    /// The analysis that checks `url`, and the index of its file there.
    pub fn analysis_of(&self, url: &Url) -> Option<(&Analysis, usize)> {
        let canonical = canonical(&path_of(url));
        let including = self.analyses.iter().find_map(|(root, analysis)| {
            let at = analysis.holds(&canonical)?;
            (root != url && at > 0).then_some((analysis, at))
        });
        including.or_else(|| self.analyses.get(url).map(|a| (a, 0)))
    }

    /// Checks every open document again and says what to publish: the
    /// diagnostics of each file checked, and none for a file that had
    /// some and is no longer checked.
    pub fn refresh(&mut self) -> Vec<PublishDiagnosticsParams> {
        let open: load::Open = self
            .docs
            .iter()
            .map(|(url, text)| (canonical(&path_of(url)), text.clone()))
            .collect();
        self.analyses = self
            .docs
            .iter()
            .map(|(url, text)| (url.clone(), self.analyse(url, text, open.clone())))
            .collect();
        let mut by_url: BTreeMap<Url, Vec<lsp_types::Diagnostic>> = BTreeMap::new();
        for (url, analysis) in &self.analyses {
            if self.included_elsewhere(url) {
                continue;
            }
            for (file, diagnostics) in super::diagnostics::of(analysis) {
                let all = by_url.entry(file).or_default();
                for d in diagnostics {
                    if !all.contains(&d) {
                        all.push(d);
                    }
                }
            }
        }
        let gone: Vec<Url> = self
            .published
            .iter()
            .filter(|u| !by_url.contains_key(*u))
            .cloned()
            .collect();
        for url in gone {
            by_url.insert(url, Vec::new());
        }
        self.published = by_url
            .iter()
            .filter(|(_, d)| !d.is_empty())
            .map(|(u, _)| u.clone())
            .collect();
        by_url
            .into_iter()
            .map(|(uri, diagnostics)| PublishDiagnosticsParams::new(uri, diagnostics, None))
            .collect()
    }

    /// Whether another open document includes `url`.
    fn included_elsewhere(&self, url: &Url) -> bool {
        let canonical = canonical(&path_of(url));
        self.analyses
            .iter()
            .any(|(root, a)| root != url && a.holds(&canonical).is_some_and(|at| at > 0))
    }

    fn analyse(&self, url: &Url, text: &str, open: load::Open) -> Analysis {
        let path = path_of(url);
        let root = match &self.root {
            Some(root) if path.starts_with(root) => root.clone(),
            _ => crate::source::parent_or_current(&path).to_path_buf(),
        };
        let mut indexed = load::load_open(&path, text, &root, self.max_file_size, open);
        if let Some(root) = &self.root {
            history_lints(&mut indexed, &root.join(HISTORY_OUT), self.max_file_size);
        }
        let index = Index::new(&indexed.decls);
        let canonical: Vec<PathBuf> = indexed
            .loaded
            .files
            .iter()
            .map(|f| canonical(&f.file.path))
            .collect();
        let urls = indexed
            .loaded
            .files
            .iter()
            .enumerate()
            .map(|(at, f)| {
                if at == 0 {
                    Some(url.clone())
                } else {
                    Url::from_file_path(absolute(&f.file.path)).ok()
                }
            })
            .collect();
        Analysis {
            indexed,
            index,
            urls,
            canonical,
        }
    }
}

/// The output directory, under the workspace's folder, whose history a
/// policy is compared with: `policyc check`'s default.
const HISTORY_OUT: &str = "generated";

/// Adds to what checking a policy found the warnings `policyc check` gives
/// it against the edition released before it in its history in `out_dir`
/// (W0460, W0461, W0429), read as `check` reads it: bounded, through no
/// link. A history that cannot be read so adds nothing (`policyc build`
/// reports it).
fn history_lints(indexed: &mut load::Indexed, out_dir: &Path, max_file_size: usize) {
    let loaded = &mut indexed.loaded;
    let (Some(policy), Some(main)) = (&loaded.checked.policy, loaded.files.first()) else {
        return;
    };
    let limit = crate::driver::check::history_limit(max_file_size);
    let header = &loaded.checked.spans.header;
    if let Ok(found) =
        crate::driver::check::history_lints(policy, header, &main.file, out_dir, limit)
    {
        loaded.checked.diagnostics.extend(found);
    }
}

/// The path of a document: its file, or for an address that names none
/// (an unsaved `untitled:` buffer) its path part, which has no includes
/// to read.
fn path_of(url: &Url) -> PathBuf {
    url.to_file_path()
        .unwrap_or_else(|()| PathBuf::from(url.path()))
}

/// A path with its links resolved, or as it is when it does not exist.
fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// A path made absolute, as an address needs.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
