//! Loading a policy: its file and the files it includes, into one checked
//! model.
//!
//! `include "shared/taxonomy.policy"` splices another file's declarations
//! in at that point. Each file's spans start where the previous file's end
//! (plus one), so a span alone tells which file it points into; diagnostics
//! are translated back into per-file positions just before they are shown.
//! Paths are relative to the including file and must stay under the root
//! directory; cycles, missing files and paths outside the root are
//! diagnostics at the `include`, never crashes.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use crate::check::{Checked, Checker};
use crate::codes::Code;
use crate::diagnostic::{self, Diagnostic, MAX_KEPT, Omitted};
use crate::source::SourceFile;
use crate::span::Span;
use crate::syntax::ast::{self, Decl};
use crate::translate;

/// How deep includes may nest before the chain is refused.
pub const MAX_INCLUDE_DEPTH: usize = 64;

/// One file of a loaded policy.
#[derive(Debug, Clone)]
pub struct LoadedFile {
    /// The file.
    pub file: SourceFile,
    /// Where its spans start.
    pub base: usize,
}

/// A policy read with everything it includes, and checked.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The files: the policy's own first, then the included ones in the
    /// order they were first included.
    pub files: Vec<LoadedFile>,
    /// The outcome; its spans are in the policy's span space.
    pub checked: Checked,
    /// The author's strings in each published language other than the
    /// policy's own, read from the translation files (which are among
    /// `files`, after the policy's).
    pub translations: Vec<crate::translate::Translation>,
}

impl Loaded {
    /// The policy's own file.
    pub fn main(&self) -> Option<&SourceFile> {
        self.files.first().map(|f| &f.file)
    }

    /// The canonical paths of the included files (not the policy's own).
    pub fn included_paths(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.files
            .iter()
            .skip(1)
            .filter_map(|f| f.file.path.canonicalize().ok())
    }

    /// The file a span of the policy's span space points into, and the
    /// span within that file.
    pub fn place(&self, span: Span) -> Option<(&SourceFile, Span)> {
        let home = self.file_of(span)?;
        let local = Span::new(span.start - home.base, span.end - home.base);
        Some((&home.file, local))
    }

    /// The file a span points into.
    fn file_of(&self, span: Span) -> Option<&LoadedFile> {
        self.files.iter().rev().find(|f| f.base <= span.start)
    }

    /// Splits diagnostics by file, with spans relative to their file.
    /// Notes that point into another file become a line of the help.
    pub fn localize<'a>(
        &'a self,
        diagnostics: &[Diagnostic],
    ) -> Vec<(&'a SourceFile, Vec<Diagnostic>)> {
        let mut groups: Vec<(&SourceFile, Vec<Diagnostic>)> =
            self.files.iter().map(|f| (&f.file, Vec::new())).collect();
        for diagnostic in diagnostics {
            let Some(home) = self.file_of(diagnostic.span) else {
                continue;
            };
            let local = self.localize_one(diagnostic, home);
            if let Some((_, group)) = groups
                .iter_mut()
                .find(|(f, _)| std::ptr::eq(*f, &home.file))
            {
                group.push(local);
            }
        }
        groups
    }

    fn localize_one(&self, diagnostic: &Diagnostic, home: &LoadedFile) -> Diagnostic {
        let mut local = diagnostic.clone();
        local.span = Span::new(
            diagnostic.span.start - home.base,
            diagnostic.span.end - home.base,
        );
        local.notes.clear();
        for note in &diagnostic.notes {
            match self.file_of(note.span) {
                Some(file) if std::ptr::eq(file, home) => {
                    local = local.note(
                        Span::new(note.span.start - home.base, note.span.end - home.base),
                        note.message.clone(),
                    )
                }
                Some(file) => {
                    let (line, column) = file.file.line_column(note.span.start - file.base);
                    let elsewhere = format!(
                        "{}: {}:{line}:{column}",
                        note.message,
                        file.file.display_name()
                    );
                    let help = match local.help.take() {
                        Some(help) => format!("{help}\n{elsewhere}"),
                        None => elsewhere,
                    };
                    local = local.help(help);
                }
                None => {}
            }
        }
        local
    }
}

/// Reads the policy at `path` and everything it includes, and checks it.
/// `root` bounds where included files may be. Only an I/O error on the
/// policy's own file is an `Err`; everything else is a diagnostic.
pub fn load(path: &Path, root: &Path, max_file_size: usize) -> std::io::Result<Loaded> {
    let (file, load_diag) = SourceFile::load_in(path, root, max_file_size)?;
    if let Some(diag) = load_diag {
        return Ok(Loaded {
            files: vec![LoadedFile { file, base: 0 }],
            checked: Checked::failed(vec![diag], Omitted::default()),
            translations: Vec::new(),
        });
    }
    let mut loader = Loader {
        root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
        lexical_root: absolute(&normalize(root)),
        max_file_size,
        files: Vec::new(),
        checker: Checker::with_capacity(data_lines(&file.text)),
        diagnostics: Vec::new(),
        omitted: Omitted::default(),
        seen: HashSet::new(),
        next_base: 0,
        open: None,
        keep: false,
        kept: Vec::new(),
    };
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    loader.seen.insert(canonical.clone());
    loader.add_file(file, &mut vec![canonical]);
    let mut loaded = loader.finish();
    attach_translations(&mut loaded, path, root, max_file_size);
    Ok(loaded)
}

/// About how many data categories a source declares, to size the model
/// once: the lines that start with `data` and have a label. A guess too
/// high only reserves room that is never touched.
fn data_lines(text: &str) -> usize {
    text.lines()
        .filter(|line| line.starts_with("data ") && line.contains('"'))
        .count()
}

/// Loads a policy from text in memory, without includes (an `include` is
/// reported as not found). For tests and tools that have no files.
pub fn load_text(path: impl Into<PathBuf>, text: impl Into<String>) -> Loaded {
    let mut loader = Loader {
        root: PathBuf::new(),
        lexical_root: PathBuf::new(),
        max_file_size: 0,
        files: Vec::new(),
        checker: Checker::default(),
        diagnostics: Vec::new(),
        omitted: Omitted::default(),
        seen: HashSet::new(),
        next_base: 0,
        open: None,
        keep: false,
        kept: Vec::new(),
    };
    loader.add_file(SourceFile::from_text(path, text), &mut Vec::new());
    loader.finish()
}

struct Loader {
    /// The root, with symbolic links resolved.
    root: PathBuf,
    /// The root as written, made absolute, for checking paths lexically.
    lexical_root: PathBuf,
    max_file_size: usize,
    files: Vec<LoadedFile>,
    /// Checks the declarations as they are parsed.
    checker: Checker,
    diagnostics: Vec<Diagnostic>,
    /// The problems found beyond [`MAX_KEPT`], counted.
    omitted: Omitted,
    seen: HashSet<PathBuf>,
    next_base: usize,
    /// The documents an editor holds open, read before the disk.
    open: Option<Open>,
    /// Whether to keep every declaration parsed, for an editor's index.
    keep: bool,
    /// The declarations kept.
    kept: Vec<Decl>,
}

impl Loader {
    /// Parses a file at the next base and splices in what it includes.
    /// `stack` holds the canonical paths of the files being included, to
    /// catch cycles.
    fn add_file(&mut self, file: SourceFile, stack: &mut Vec<PathBuf>) {
        let base = self.next_base;
        self.next_base += file.text.len() + 1;
        // The file takes its place before the files it includes, which are
        // added while it is parsed.
        let slot = self.files.len();
        let mut diagnostics = Vec::new();
        let mut omitted = Omitted::default();
        crate::syntax::parse_each(
            &file.text,
            base,
            &mut diagnostics,
            &mut omitted,
            &mut |decl| {
                if let Decl::Include(include) = &decl {
                    self.include(&file.path, include, stack);
                }
                if self.keep {
                    self.kept.push(decl.clone());
                }
                self.checker.add(decl);
            },
        );
        self.diagnostics.extend(diagnostics);
        self.omitted.merge(&omitted);
        diagnostic::bound(&mut self.diagnostics, MAX_KEPT, &mut self.omitted);
        self.files.insert(slot, LoadedFile { file, base });
    }

    fn include(&mut self, from: &Path, include: &ast::IncludeDecl, stack: &mut Vec<PathBuf>) {
        let span = include.path.span;
        let (joined, canonical) = match self.target(from, include, stack) {
            Ok(found) => found,
            Err(Refusal { code, message }) => {
                self.refuse(code, span, message);
                return;
            }
        };
        if !self.seen.insert(canonical.clone()) {
            return; // Already included through another path: read once.
        }
        let in_editor = self.open.as_ref().and_then(|open| open.get(&canonical));
        let read = match in_editor {
            Some(text) if text.len() <= self.max_file_size => {
                Ok((SourceFile::from_text(&joined, text.clone()), None))
            }
            _ => SourceFile::load(&joined, self.max_file_size),
        };
        match read {
            Ok((file, None)) => {
                stack.push(canonical);
                self.add_file(file, stack);
                stack.pop();
            }
            Ok((_, Some(problem))) => {
                let code = match problem.code {
                    Code::NotRegularFile => Code::NotRegularFile,
                    _ => Code::IncludeNotFound,
                };
                self.refuse(
                    code,
                    span,
                    format!("cannot include `{}`: {}", joined.display(), problem.message),
                );
            }
            Err(error) => {
                self.refuse(
                    Code::IncludeNotFound,
                    span,
                    format!("cannot read `{}`: {error}", joined.display()),
                );
            }
        }
    }

    /// The file an `include` names, joined to the including file's folder
    /// and canonical, once it is known to be inside the root and not on
    /// the chain of files being included (`stack`).
    fn target(
        &self,
        from: &Path,
        include: &ast::IncludeDecl,
        stack: &[PathBuf],
    ) -> Result<(PathBuf, PathBuf), Refusal> {
        let value = &include.path.value;
        let written = Path::new(value);
        if written.is_absolute() || value.is_empty() {
            let message = format!("`{value}` is not a relative path");
            return Err(Refusal::new(Code::IncludeOutsideRoot, message));
        }
        let outside = || {
            let message = format!("`{value}` is outside `{}`", self.root.display());
            Refusal::new(Code::IncludeOutsideRoot, message)
        };
        let joined = normalize(&from.parent().unwrap_or(Path::new(".")).join(written));
        // Checked on the path as written first, so that a path leaving the
        // root is refused whether or not the file exists.
        if !absolute(&joined).starts_with(&self.lexical_root) {
            return Err(outside());
        }
        let canonical = joined.canonicalize().map_err(|error| {
            let message = format!("cannot read `{}`: {error}", joined.display());
            Refusal::new(Code::IncludeNotFound, message)
        })?;
        if !canonical.starts_with(&self.root) {
            return Err(outside());
        }
        if let Some(at) = stack.iter().position(|p| *p == canonical) {
            let chain: Vec<String> = stack
                .iter()
                .skip(at)
                .chain(std::iter::once(&canonical))
                .map(|p| {
                    p.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                })
                .collect();
            let message = format!("files include each other: {}", chain.join(" → "));
            return Err(Refusal::new(Code::IncludeCycle, message));
        }
        if stack.len() >= MAX_INCLUDE_DEPTH {
            let message = format!("includes are nested more than {MAX_INCLUDE_DEPTH} levels deep");
            return Err(Refusal::new(Code::IncludeCycle, message));
        }
        Ok((joined, canonical))
    }

    fn refuse(&mut self, code: Code, span: Span, message: String) {
        let help = match code {
            Code::IncludeOutsideRoot => {
                "include files by a path relative to this file, inside the policies' directory"
            }
            Code::IncludeCycle => "keep shared declarations in a file that includes nothing back",
            Code::NotRegularFile => {
                "include a policy file saved on disk; devices, pipes and sockets are never read"
            }
            _ => "the path is relative to the file that contains the `include`",
        };
        self.diagnostics.push(
            Diagnostic::new(code, span, message)
                .label("in this include")
                .help(help),
        );
        diagnostic::bound(&mut self.diagnostics, MAX_KEPT, &mut self.omitted);
    }

    fn finish(self) -> Loaded {
        // As for one file: when a declaration does not parse at all, the
        // checks that need names would mostly echo it.
        let syntax = self.diagnostics.iter().any(|d| d.code == Code::Syntax)
            || self.omitted.has(Code::Syntax);
        let checked = if syntax {
            Checked::default()
        } else {
            self.checker.finish()
        };
        Loaded {
            files: self.files,
            checked: checked.after(self.diagnostics, self.omitted),
            translations: Vec::new(),
        }
    }
}

/// The documents an editor holds open, by canonical path, with their
/// unsaved text: an include reads them before the disk.
pub type Open = HashMap<PathBuf, String>;

/// A policy loaded from an editor's document, with its declarations kept
/// (those of the files it includes too), in the policy's span space.
#[derive(Debug, Clone)]
pub struct Indexed {
    /// The policy, its files and what checking found.
    pub loaded: Loaded,
    /// Every declaration, as parsed, in the order the files were read.
    pub decls: Vec<Decl>,
}

/// Loads a policy from `text`, an editor's document at `path`, as
/// [`load`] reads a file: includes stay under `root`, are read from `open`
/// first and from the disk after, and no file larger than
/// `max_file_size` is read. Nothing here fails: whatever is wrong is a
/// diagnostic.
pub fn load_open(
    path: &Path,
    text: &str,
    root: &Path,
    max_file_size: usize,
    open: Open,
) -> Indexed {
    if text.len() > max_file_size {
        let message = format!("the file is more than the limit of {max_file_size} bytes");
        let diag = Diagnostic::new(Code::FileTooLarge, Span::new(0, 0), message)
            .label("not read")
            .help("split the policy into smaller files");
        let loaded = Loaded {
            files: vec![LoadedFile {
                file: SourceFile::from_text(path, ""),
                base: 0,
            }],
            checked: Checked::failed(vec![diag], Omitted::default()),
            translations: Vec::new(),
        };
        return Indexed {
            loaded,
            decls: Vec::new(),
        };
    }
    let mut loader = Loader {
        root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
        lexical_root: absolute(&normalize(root)),
        max_file_size,
        files: Vec::new(),
        checker: Checker::with_capacity(data_lines(text)),
        diagnostics: Vec::new(),
        omitted: Omitted::default(),
        seen: HashSet::new(),
        next_base: 0,
        open: Some(open),
        keep: true,
        kept: Vec::new(),
    };
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    loader.seen.insert(canonical.clone());
    loader.add_file(SourceFile::from_text(path, text), &mut vec![canonical]);
    let decls = std::mem::take(&mut loader.kept);
    Indexed {
        loaded: loader.finish(),
        decls,
    }
}

/// Why an `include` is refused: the diagnostic's code and message.
struct Refusal {
    code: Code,
    message: String,
}

impl Refusal {
    fn new(code: Code, message: String) -> Refusal {
        Refusal { code, message }
    }
}

/// The path made absolute against the current directory, normalized.
fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        return normalize(path);
    }
    match std::env::current_dir() {
        Ok(current) => normalize(&current.join(path)),
        // Without a current directory (it was removed), the root and every
        // included path stay relative to it alike, and compare as they are.
        Err(_) => normalize(path),
    }
}

/// Removes `.` components and folds `dir/..`, without touching the disk.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Reads the translation files of a loaded policy (at `path`, under
/// `root`): one per published language other than its own, each appended
/// to `loaded.files` and judged, and any other `POLICY.LANG.ftl` beside
/// it (W0214). A policy with errors has no model to judge against: it is
/// left as it is.
pub(crate) fn attach_translations(
    loaded: &mut Loaded,
    path: &Path,
    root: &Path,
    max_file_size: usize,
) {
    let Some(policy) = &loaded.checked.policy else {
        return;
    };
    let own = policy.header.language.clone();
    let published = policy.header.languages.clone();
    let header = &loaded.checked.spans.header;
    let at = header.languages.unwrap_or(header.head);
    let mut diags = Vec::new();
    let mut translations = Vec::new();
    for language in published.iter().filter(|l| **l != own) {
        let file = translate::file_for(path, language);
        let read = read_translation(loaded, &file, root, max_file_size, &mut diags);
        let Some(policy) = &loaded.checked.policy else {
            return;
        };
        let missing = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let judged = match &read {
            TranslationFile::Read(file) => translate::File::Read(&file.parsed, file.place()),
            TranslationFile::Missing => translate::File::Missing(&missing),
            // Its refusal is the one problem to report: judging its
            // (unread) text would call every string missing.
            TranslationFile::Refused => continue,
        };
        let (translation, found) = translate::judge(policy, language, judged, at);
        diags.extend(found);
        translations.push(translation);
    }
    for (language, file) in translate::unpublished(path, &own, &published) {
        if let TranslationFile::Read(file) =
            read_translation(loaded, &file, root, max_file_size, &mut diags)
        {
            diags.push(translate::w0214_unpublished(&language, file.place()));
        }
    }
    loaded.translations = translations;
    add_diagnostics(&mut loaded.checked, diags);
}

/// A translation file, as far as it could be read.
enum TranslationFile {
    /// It does not exist.
    Missing,
    /// It exists but was not read (a link out of the root, too large,
    /// unreadable); the reason is among the diagnostics.
    Refused,
    /// It was read, and appended to the loaded files.
    Read(ReadTranslation),
}

/// A translation file's parse and where it sits in the span space.
struct ReadTranslation {
    parsed: translate::ftl::Parsed,
    base: usize,
    len: usize,
    name: String,
}

impl ReadTranslation {
    fn place(&self) -> translate::Place<'_> {
        translate::Place {
            base: self.base,
            len: self.len,
            name: &self.name,
        }
    }
}

/// Reads one translation file into `loaded.files`, bounded and without
/// following links out of `root`, as an included file is read.
fn read_translation(
    loaded: &mut Loaded,
    file: &Path,
    root: &Path,
    max_file_size: usize,
    diags: &mut Vec<Diagnostic>,
) -> TranslationFile {
    let base = loaded
        .files
        .last()
        .map_or(0, |f| f.base + f.file.text.len() + 1);
    let (source, refused) = match SourceFile::load_in(file, root, max_file_size) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return TranslationFile::Missing,
        Err(e) => {
            diags.push(
                Diagnostic::new(
                    Code::MalformedTranslation,
                    loaded.checked.spans.header.head,
                    format!("cannot read {}: {e}", file.display()),
                )
                .label("the policy whose translation it is")
                .help("make the translation file a readable regular file"),
            );
            return TranslationFile::Refused;
        }
    };
    let parsed = translate::ftl::parse(&source.text);
    let (len, name) = (source.text.len(), source.display_name());
    loaded.files.push(LoadedFile { file: source, base });
    if let Some(diag) = refused {
        diags.push(diag.shifted(base));
        return TranslationFile::Refused;
    }
    TranslationFile::Read(ReadTranslation {
        parsed,
        base,
        len,
        name,
    })
}

/// Adds problems found after the check; an error takes the model away, as
/// it does for any other error, so that nothing is built from it.
fn add_diagnostics(checked: &mut crate::check::Checked, diags: Vec<Diagnostic>) {
    if diags.is_empty() {
        return;
    }
    if diags.iter().any(Diagnostic::is_error) {
        checked.policy = None;
    }
    for diag in diags {
        if checked.diagnostics.len() < crate::diagnostic::MAX_KEPT {
            checked.diagnostics.push(diag);
        } else {
            checked.omitted.count(&diag);
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    const HEADER: &str = "policy t {\n  title \"T\" version 1.0.0 effective 2026-01-01 language en\n  controller \"C\" { service \"S\" }\n  published \"https://t.example\" contact \"a@t.example\"\n  regimes none\n}\nright complaint { via \"x\" }\n";

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Loads `main.policy` in `dir`: the header, then `rest`.
    fn load_main(dir: &Path, rest: &str) -> Loaded {
        let main = write(dir, "main.policy", &format!("{HEADER}{rest}"));
        load(&main, dir, 1 << 20).unwrap()
    }

    #[test]
    fn an_included_taxonomy_is_part_of_the_policy() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "shared/taxonomy.policy",
            "data a \"A\" { identity identified }\nretain a for 1 year from collection\n",
        );
        let loaded = load_main(
            dir.path(),
            "include \"shared/taxonomy.policy\"\npurpose p \"P\" { uses a basis contract }\n",
        );
        assert!(
            loaded.checked.diagnostics.is_empty(),
            "{:#?}",
            loaded.checked.diagnostics
        );
        assert_eq!(loaded.checked.policy.unwrap().data.len(), 1);
        assert_eq!(loaded.files.len(), 2);
    }

    #[test]
    fn a_diagnostic_points_into_the_included_file() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "taxonomy.policy",
            "data a \"A\" { identity identfied }\n",
        );
        let loaded = load_main(dir.path(), "include \"taxonomy.policy\"\n");
        let groups = loaded.localize(&loaded.checked.diagnostics);
        let (file, diags) = &groups[1];
        assert!(file.path.ends_with("taxonomy.policy"));
        let unknown = diags
            .iter()
            .find(|d| d.code == Code::UnknownKeyword)
            .unwrap();
        assert_eq!(&file.text[unknown.span.range()], "identfied");
    }

    #[test]
    fn cycles_missing_files_and_escapes_are_diagnostics() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("policies");
        write(
            &root,
            "a.policy",
            &format!(
                "{HEADER}include \"b.policy\"\ninclude \"nope.policy\"\ninclude \"../outside.policy\"\n"
            ),
        );
        write(&root, "b.policy", "include \"a.policy\"\n");
        write(dir.path(), "outside.policy", "data x \"X\"\n");
        let loaded = load(&root.join("a.policy"), &root, 1 << 20).unwrap();
        let codes: Vec<Code> = loaded.checked.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::IncludeCycle), "{codes:?}");
        assert!(codes.contains(&Code::IncludeNotFound), "{codes:?}");
        assert!(codes.contains(&Code::IncludeOutsideRoot), "{codes:?}");
    }

    #[test]
    fn a_diamond_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "common.policy",
            "data a \"A\" { identity depersonalized }\n",
        );
        write(dir.path(), "left.policy", "include \"common.policy\"\n");
        write(dir.path(), "right.policy", "include \"common.policy\"\n");
        let loaded = load_main(
            dir.path(),
            "include \"left.policy\"\ninclude \"right.policy\"\npurpose p \"P\" { uses a basis contract }\n",
        );
        assert!(
            loaded
                .checked
                .diagnostics
                .iter()
                .all(|d| d.code != Code::Duplicate),
            "{:#?}",
            loaded.checked.diagnostics
        );
    }
}
