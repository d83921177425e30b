//! Planning the build outputs: which files each policy produces and how
//! each one's bytes are made. Comparing them with the files on disk,
//! staging those that differ and publishing them safely is
//! [`crate::publish`]'s job.
//!
//! No output is ever held whole in memory by this module: a producer writes
//! into an [`io::Write`], and `publish`'s sinks compare and copy in
//! fixed-size chunks.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::buffer::CHUNK;
use crate::diff::history::{self, Edition};
use crate::diff::ledger::{self, Head};
use crate::model::Policy;
use crate::render::lexicon::Lexicon;
use crate::render::notice;
use crate::report::changelog;

/// Writes the bytes of one output.
pub type WriteFn<'a> = dyn Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'a;

/// Writes the bytes of several outputs made from the same data, one writer
/// per path, in the order the paths were given.
pub type WriteGroupFn<'a> = dyn Fn(&mut [&mut dyn Write]) -> io::Result<()> + Send + Sync + 'a;

/// One or more outputs and what writes them.
struct Producer<'a> {
    paths: Vec<PathBuf>,
    write: Box<WriteGroupFn<'a>>,
}

/// The files one build produces, relative to the output directory, each
/// with what writes its bytes. Nothing is rendered until the plan is
/// produced; a producer can run any number of times and always writes the
/// same bytes.
#[derive(Default)]
pub struct Plan<'a> {
    producers: Vec<Producer<'a>>,
    paths: BTreeSet<PathBuf>,
}

impl<'a> Plan<'a> {
    /// An empty plan.
    pub fn new() -> Self {
        Self::default()
    }

    /// Plans one output (`path` is relative to the output directory, and
    /// distinct from every other path of the plan).
    pub fn add(
        &mut self,
        path: PathBuf,
        write: impl Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'a,
    ) {
        self.add_group(vec![path], move |writers| match writers {
            [writer] => write(&mut **writer),
            _ => Ok(()),
        });
    }

    /// Plans outputs made together from the same data, such as the two
    /// forms of a rule table: `write` gets one writer per path, in order.
    pub fn add_group(
        &mut self,
        paths: Vec<PathBuf>,
        write: impl Fn(&mut [&mut dyn Write]) -> io::Result<()> + Send + Sync + 'a,
    ) {
        self.paths.extend(paths.iter().cloned());
        self.producers.push(Producer {
            paths,
            write: Box::new(write),
        });
    }

    /// How many files the plan writes.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// Whether the plan writes nothing.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// Whether the plan writes `path`.
    pub fn contains(&self, path: &Path) -> bool {
        self.paths.contains(path)
    }

    /// The files the plan writes, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.paths.iter().map(PathBuf::as_path)
    }

    /// Produces every output, one producer at a time: `open` gives the
    /// writer for a path, and gets it back through `close` once the output
    /// is complete. Stops at the first error.
    pub fn produce<W: Write>(
        &self,
        mut open: impl FnMut(&Path) -> io::Result<W>,
        mut close: impl FnMut(&Path, W) -> io::Result<()>,
    ) -> io::Result<()> {
        for producer in &self.producers {
            let mut writers = producer
                .paths
                .iter()
                .map(|path| open(path))
                .collect::<io::Result<Vec<W>>>()?;
            let mut targets: Vec<&mut dyn Write> = writers
                .iter_mut()
                .map(|writer| writer as &mut dyn Write)
                .collect();
            (producer.write)(&mut targets)?;
            for (path, writer) in producer.paths.iter().zip(writers) {
                close(path, writer)?;
            }
        }
        Ok(())
    }

    /// The bytes of one output, when the plan has it: its producer runs
    /// (the other outputs of its group are made and dropped).
    pub fn render(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        let Some((producer, index)) = self
            .producers
            .iter()
            .find_map(|p| p.paths.iter().position(|q| q == path).map(|i| (p, i)))
        else {
            return Ok(None);
        };
        let mut buffers: Vec<Vec<u8>> = vec![Vec::new(); producer.paths.len()];
        let mut targets: Vec<&mut dyn Write> = buffers
            .iter_mut()
            .map(|buffer| buffer as &mut dyn Write)
            .collect();
        (producer.write)(&mut targets)?;
        Ok(buffers.into_iter().nth(index))
    }

    /// Every output in memory, by path: for tests and small plans.
    pub fn contents(&self) -> io::Result<BTreeMap<PathBuf, Vec<u8>>> {
        let mut contents = BTreeMap::new();
        self.produce(
            |_| Ok(Vec::new()),
            |path, bytes| {
                contents.insert(path.to_path_buf(), bytes);
                Ok(())
            },
        )?;
        Ok(contents)
    }
}

/// The files generated for one policy, relative to the output directory.
pub fn plan_policy<'a>(policy: &'a Policy, plan: &mut Plan<'a>) {
    plan_policy_traced(policy, None, crate::rules::Since::default(), plan);
}

/// [`plan_policy`], with `trace.json` when the declarations are `placed`
/// ([`crate::render::trace`]): placed while the sources are at hand, the
/// trace is written from the text's own composed document. The rule
/// table says each purpose and recipient is `since` the edition `since`
/// names.
pub fn plan_policy_traced<'a>(
    policy: &'a Policy,
    placed: Option<crate::render::trace::Placed>,
    since: crate::rules::Since,
    plan: &mut Plan<'a>,
) {
    let dir = PathBuf::from(&policy.id);
    let mut paths = vec![
        dir.join("policy.md"),
        dir.join("policy.html"),
        dir.join("policy.txt"),
    ];
    if placed.is_some() {
        paths.push(dir.join("trace.json"));
    }
    // Last, whether or not there is a trace.
    paths.push(dir.join("readability.json"));
    // The text is composed once for its three formats, the trace and its
    // readability, and each is rendered as it is written, a few clauses at
    // a time.
    let own = policy.header.language.clone();
    plan.add_group(paths, move |writers| {
        let mut document = crate::render::document(policy)?;
        document.languages = alternates(&own, &policy.header.languages, &own)?;
        let rest = write_text(&document, writers)?;
        if let (Some(placed), Some(writer)) = (&placed, rest.first_mut()) {
            placed.write(&policy.id, &document, &mut **writer)?;
        }
        if let Some(writer) = rest.last_mut() {
            let figures = crate::readability::Readability::of(&document);
            writer.write_all(figures.to_json(&policy.id).as_bytes())?;
        }
        Ok(())
    });
    // The table is ordered once for its two forms, and each entry is made
    // as it is written: the whole table is never in memory.
    plan.add_group(
        vec![dir.join("rules.json"), dir.join("rules.yaml")],
        move |writers| {
            let [json, yaml] = writers else {
                return Ok(());
            };
            let table = crate::rules::Streamed::with_since(policy, since.clone());
            crate::rules::write_json(&table, &mut **json)?;
            let mut yaml = BufWriter::with_capacity(CHUNK, &mut **yaml);
            crate::yaml::to_writer(&mut yaml, &table)?;
            yaml.flush()
        },
    );
}

/// The text of a policy in another language it is published in
/// (`translated`, the model with the author's strings in it, from
/// [`crate::translate::Translation::apply`]): `ID/LL/policy.md`, `.html`
/// and `.txt`, linked with the others. The policy was written in `source`.
/// No trace (its spans are the source's) and no readability figures
/// (their formulas are English).
pub fn plan_translation<'a>(translated: &'a Policy, source: &str, plan: &mut Plan<'a>) {
    let language = &translated.header.language;
    let dir = PathBuf::from(&translated.id).join(language);
    let paths = vec![
        dir.join("policy.md"),
        dir.join("policy.html"),
        dir.join("policy.txt"),
    ];
    let source = source.to_owned();
    plan.add_group(paths, move |writers| {
        let mut document = crate::render::document(translated)?;
        let header = &translated.header;
        document.languages = alternates(&source, &header.languages, &header.language)?;
        write_text(&document, writers).map(|_| ())
    });
}

/// Writes the document in its three formats into the first three writers,
/// and gives back the others.
fn write_text<'w, 'x>(
    document: &crate::render::document::Document,
    writers: &'w mut [&'x mut dyn Write],
) -> io::Result<&'w mut [&'x mut dyn Write]> {
    use crate::render::Format;
    let formats = [Format::Markdown, Format::Html, Format::PlainText];
    let (texts, rest) = writers.split_at_mut(formats.len().min(writers.len()));
    for (writer, format) in texts.iter_mut().zip(formats) {
        crate::render::write_document(document, format, &mut **writer)?;
    }
    Ok(rest)
}

/// The languages a text written in `source` is published in
/// (`published`), as the text in `current` links them: the source's text
/// is in the policy's folder, each other's in a folder named after it.
/// Empty when the text is published in one language.
fn alternates(
    source: &str,
    published: &[String],
    current: &str,
) -> Result<Vec<crate::render::document::Alternate>, crate::render::Error> {
    if published.len() < 2 {
        return Ok(Vec::new());
    }
    let up = if current == source { "" } else { "../" };
    published
        .iter()
        .map(|language| {
            let name = crate::render::language_name(language)?;
            let folder = if language == current {
                String::new()
            } else if language == source {
                up.to_owned()
            } else {
                format!("{up}{language}/")
            };
            Ok(crate::render::document::Alternate {
                language: language.clone(),
                name,
                path: format!("{folder}policy"),
                current: language == current,
            })
        })
        .collect()
}

/// Plans the files of a history and those derived from it, in the
/// policy's output folder `folder`: the entries (those on disk, in `dir`,
/// copied as they are; the new one written from its model), the ledger,
/// its head (`ledger-head.json`), the changelog, and per edition after the
/// first a diff page and a change notice (Markdown and HTML), with the
/// text of the edition before it (`editions/<version>/`), which the notice
/// links. Each is made when it is written.
pub fn plan_history_files<'a>(
    id: &str,
    editions: Vec<Edition<'a>>,
    dir: &Path,
    folder: &Path,
    plan: &mut Plan<'a>,
) {
    if editions.is_empty() {
        return;
    }
    let history = folder.join(history::DIR);
    let index = history::index_json(id, &editions);
    let head = Head::of(id, &history::links(&editions)).map(|head| head.to_json());
    let editions = Arc::new(editions);
    for (i, edition) in editions.iter().enumerate() {
        let name = history::file_name(edition.version());
        if edition.on_disk {
            let source = dir.join(&name);
            plan.add(history.join(name), move |w| {
                io::copy(&mut std::fs::File::open(&source)?, w).map(|_| ())
            });
        } else {
            let editions = Arc::clone(&editions);
            plan.add(history.join(name), move |w| match editions.get(i) {
                Some(edition) => history::write_canonical_json(&edition.policy, w),
                None => Ok(()),
            });
        }
    }
    plan.add(history.join(history::INDEX), move |w| w.write_all(&index));
    if let Some(head) = head {
        plan.add(folder.join(ledger::HEAD_FILE), move |w| w.write_all(&head));
    }
    let all = Arc::clone(&editions);
    plan.add(folder.join("CHANGELOG.md"), move |w| {
        w.write_all(changelog::changelog(&all).as_bytes())
    });
    plan_translated_history(&editions, folder, plan);
    for (i, pair) in editions.windows(2).enumerate() {
        if let [old, new] = pair {
            let name = changelog::page_name(&old.policy, &new.policy);
            let diff_dir = folder.join("diff");
            let pages = Arc::clone(&editions);
            // The two forms of a page share their diff and redline.
            plan.add_group(
                vec![
                    diff_dir.join(format!("{name}.md")),
                    diff_dir.join(format!("{name}.html")),
                ],
                move |writers| {
                    let ([markdown, html], Some(old), Some(new)) =
                        (writers, pages.get(i), pages.get(i + 1))
                    else {
                        return Ok(());
                    };
                    let page = changelog::Page::new(&old.policy, &new.policy);
                    markdown.write_all(page.markdown().as_bytes())?;
                    markdown.write_all(b"\n")?;
                    html.write_all(page.html().as_bytes())
                },
            );
            // The previous edition's text, which the notice links.
            let texts = Arc::clone(&editions);
            plan.add_group(
                edition_paths(folder, old.version()),
                move |writers| match texts.get(i) {
                    Some(old) => write_edition(&old.policy, writers),
                    None => Ok(()),
                },
            );
            // The change notice for users.
            let notices = Arc::clone(&editions);
            let previous_page = edition_page(old.version());
            plan.add_group(
                vec![
                    folder.join("notice").join(format!("{name}.md")),
                    folder.join("notice").join(format!("{name}.html")),
                ],
                move |writers| {
                    let ([markdown, html], Some(old), Some(new)) =
                        (writers, notices.get(i), notices.get(i + 1))
                    else {
                        return Ok(());
                    };
                    write_notice(&old.policy, &new.policy, &previous_page, markdown, html)
                },
            );
        }
    }
}

/// The folder of a released edition's text, inside the folder of its
/// language's text.
pub const EDITIONS: &str = "editions";

/// The text of the released edition `version` that a change notice links,
/// inside `dir` (the folder of its language's text):
/// `editions/<version>/policy.md` and `.html`.
fn edition_paths(dir: &Path, version: &semver::Version) -> Vec<PathBuf> {
    let folder = dir.join(EDITIONS).join(version.to_string());
    vec![folder.join("policy.md"), folder.join("policy.html")]
}

/// Where a change notice (in `notice/`) finds the text of the edition
/// `version`, without its extension.
fn edition_page(version: &semver::Version) -> String {
    format!("../{EDITIONS}/{version}/policy")
}

/// Writes the text of a released edition, as its history entry keeps it,
/// with the renderers of the current text: Markdown and HTML. It links no
/// other language: the links of the current text lead to current texts.
fn write_edition(edition: &Policy, writers: &mut [&mut dyn Write]) -> io::Result<()> {
    use crate::render::Format;
    let document = crate::render::document(edition)?;
    for (writer, format) in writers.iter_mut().zip([Format::Markdown, Format::Html]) {
        crate::render::write_document(&document, format, &mut **writer)?;
    }
    Ok(())
}

/// Writes the change notice from `old` to `new`, in their language, as
/// Markdown and HTML; `previous_page` is where the previous edition's
/// text is, from it.
fn write_notice(
    old: &Policy,
    new: &Policy,
    previous_page: &str,
    markdown: &mut dyn Write,
    html: &mut dyn Write,
) -> io::Result<()> {
    let words = Lexicon::of_tag(&new.header.language).map_err(io::Error::other)?;
    let markdown_text =
        notice::markdown_in(old, new, previous_page, &words).map_err(io::Error::other)?;
    let html_text = notice::html_in(old, new, previous_page, &words).map_err(io::Error::other)?;
    markdown.write_all(markdown_text.as_bytes())?;
    html.write_all(html_text.as_bytes())
}

/// The history's files in each other language the latest edition is
/// published in ([`crate::report::translated`]): `LL/CHANGELOG.md`, and a
/// redline page `LL/diff/OLD..NEW`, a change notice `LL/notice/OLD..NEW`
/// and the text of the older edition `LL/editions/OLD/`, which the notice
/// links, for each pair of editions that both record the language's
/// translations.
fn plan_translated_history<'a>(editions: &[Edition<'a>], folder: &Path, plan: &mut Plan<'a>) {
    let Some(latest) = editions.last() else {
        return;
    };
    let header = &latest.policy.header;
    for language in header.languages.iter().filter(|l| **l != header.language) {
        let texts: Vec<Option<Policy>> = editions
            .iter()
            .map(|edition| crate::translate::recorded(&edition.policy, language))
            .collect();
        if texts.iter().all(Option::is_none) {
            continue;
        }
        let texts = Arc::new(texts);
        let dir = folder.join(language);
        for (i, pair) in texts.windows(2).enumerate() {
            let [Some(old), Some(new)] = pair else {
                continue;
            };
            let name = changelog::page_name(old, new);
            let previous = Arc::clone(&texts);
            plan.add_group(
                edition_paths(&dir, &old.header.version),
                move |writers| match previous.get(i) {
                    Some(Some(old)) => write_edition(old, writers),
                    _ => Ok(()),
                },
            );
            let notices = Arc::clone(&texts);
            let previous_page = edition_page(&old.header.version);
            plan.add_group(
                vec![
                    dir.join("notice").join(format!("{name}.md")),
                    dir.join("notice").join(format!("{name}.html")),
                ],
                move |writers| {
                    let ([markdown, html], Some(Some(old)), Some(Some(new))) =
                        (writers, notices.get(i), notices.get(i + 1))
                    else {
                        return Ok(());
                    };
                    write_notice(old, new, &previous_page, markdown, html)
                },
            );
            let pages = Arc::clone(&texts);
            plan.add_group(
                vec![
                    dir.join("diff").join(format!("{name}.md")),
                    dir.join("diff").join(format!("{name}.html")),
                ],
                move |writers| {
                    let ([markdown, html], Some(Some(old)), Some(Some(new))) =
                        (writers, pages.get(i), pages.get(i + 1))
                    else {
                        return Ok(());
                    };
                    let page = crate::report::translated::Page::new(old, new)
                        .map_err(crate::render::Error::Words)?;
                    markdown.write_all(page.markdown().as_bytes())?;
                    markdown.write_all(b"\n")?;
                    html.write_all(page.html().as_bytes())
                },
            );
        }
        plan.add(dir.join("CHANGELOG.md"), move |w| {
            let text = crate::report::translated::changelog(&texts)
                .map_err(crate::render::Error::Words)?;
            w.write_all(text.as_bytes())
        });
    }
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

impl Drift {
    /// The file.
    pub fn path(&self) -> &Path {
        match self {
            Drift::Missing(p) | Drift::Differs(p) | Drift::Extra(p) => p,
        }
    }
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

/// Writes `content` to `target` through a temporary file in the same
/// directory, then renames it into place.
pub fn write_atomically(target: &Path, content: &[u8]) -> io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    // A temporary file is private (0600); what is written here is for
    // everyone to read, like any file the user would have written.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    temp.write_all(content)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    Ok(())
}
