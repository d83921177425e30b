//! Planning and writing the build outputs: which files each policy
//! produces and how each one's bytes are made, then producing them one at
//! a time: streamed into temporary files that replace the outputs only once
//! all of them are made (all-or-nothing), or compared with what is on disk.
//!
//! No output is ever held whole in memory by this module: a producer writes
//! into an [`io::Write`], and the sinks compare and copy in fixed-size
//! chunks.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::model::Policy;

/// Writes the bytes of one output.
pub type WriteFn<'a> = dyn Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'a;

/// Writes the bytes of several outputs made from the same data, one writer
/// per path, in the order the paths were given.
pub type WriteGroupFn<'a> = dyn Fn(&mut [&mut dyn Write]) -> io::Result<()> + Send + Sync + 'a;

/// The size of the buffers producers write through and sinks compare with.
pub const CHUNK: usize = 64 * 1024;

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
    let dir = PathBuf::from(&policy.id);
    // The text is composed once for its three formats, and each is
    // rendered as it is written, a few clauses at a time.
    plan.add_group(
        vec![
            dir.join("policy.md"),
            dir.join("policy.html"),
            dir.join("policy.txt"),
        ],
        move |writers| {
            use crate::render::Format;
            let document = crate::render::document(policy);
            let formats = [Format::Markdown, Format::Html, Format::PlainText];
            for (writer, format) in writers.iter_mut().zip(formats) {
                crate::render::write_document(&document, format, &mut **writer)?;
            }
            Ok(())
        },
    );
    // The table is ordered once for its two forms, and each entry is made
    // as it is written: the whole table is never in memory.
    plan.add_group(
        vec![dir.join("rules.json"), dir.join("rules.yaml")],
        move |writers| {
            let [json, yaml] = writers else {
                return Ok(());
            };
            let table = crate::rules::Streamed::new(policy);
            crate::rules::write_json(&table, &mut **json)?;
            let mut yaml = BufWriter::with_capacity(CHUNK, &mut **yaml);
            crate::yaml::to_writer(&mut yaml, &table)?;
            yaml.flush()
        },
    );
}

/// The directories a plan owns: a build removes files in them that it
/// does not write, and `--check` reports them.
pub fn owned_dirs(plan: &Plan<'_>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = plan
        .paths()
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

/// Compares the plan with the output directory, writing nothing: each
/// output is produced into a writer that reads the file on disk alongside.
/// The drift is sorted by path, the extra files last.
pub fn compare(plan: &Plan<'_>, out: &Path) -> io::Result<Vec<Drift>> {
    let mut drift = Vec::new();
    plan.produce(
        |relative| Sink::open(out.join(relative), false),
        |_, sink| {
            let target = sink.target.clone();
            match sink.finish()? {
                Outcome::Unchanged | Outcome::Staged(_) => {}
                Outcome::Missing => drift.push(Drift::Missing(target)),
                Outcome::Differs => drift.push(Drift::Differs(target)),
            }
            Ok(())
        },
    )?;
    drift.sort_by(|a, b| a.path().cmp(b.path()));
    for extra in extra_files(plan, out)? {
        drift.push(Drift::Extra(out.join(extra)));
    }
    Ok(drift)
}

/// Files under the owned directories that the plan does not contain.
fn extra_files(plan: &Plan<'_>, out: &Path) -> io::Result<Vec<PathBuf>> {
    let mut extra = Vec::new();
    for dir in owned_dirs(plan) {
        let mut stack = vec![dir];
        while let Some(relative) = stack.pop() {
            let entries = match std::fs::read_dir(out.join(&relative)) {
                Ok(entries) => entries,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e),
            };
            let mut names: Vec<PathBuf> = entries
                .map(|e| e.map(|e| relative.join(e.file_name())))
                .collect::<Result<_, _>>()?;
            names.sort();
            for name in names {
                if out.join(&name).is_dir() {
                    stack.push(name);
                } else if !plan.contains(&name) {
                    extra.push(name);
                }
            }
        }
    }
    extra.sort();
    Ok(extra)
}

/// Writes the plan, all-or-nothing: every output is streamed into a
/// temporary file next to its target (only from its first byte that
/// differs from the file already there: an unchanged output writes
/// nothing), and only once all are made are they renamed into place, so
/// that a failure leaves the output directory as it was and no reader ever
/// sees a partial file. Then removes the extra files in the owned
/// directories. Returns the files that changed.
pub fn write(plan: &Plan<'_>, out: &Path) -> io::Result<Vec<PathBuf>> {
    let mut created = Vec::new();
    let mut staged = Vec::new();
    let produced = plan.produce(
        |relative| {
            let target = out.join(relative);
            if let Some(dir) = target.parent() {
                create_dirs(dir, &mut created)?;
            }
            Sink::open(target, true)
        },
        |_, sink| {
            let target = sink.target.clone();
            if let Outcome::Staged(temp) = sink.finish()? {
                staged.push((temp, target));
            }
            Ok(())
        },
    );
    if let Err(error) = produced {
        // Nothing was renamed: delete the temporary files, then the
        // directories made for them.
        drop(staged);
        for dir in created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        return Err(error);
    }
    let mut changed = Vec::new();
    for (temp, target) in staged {
        temp.persist(&target).map_err(|e| e.error)?;
        changed.push(target);
    }
    for extra in extra_files(plan, out)? {
        std::fs::remove_file(out.join(&extra))?;
        changed.push(out.join(extra));
    }
    Ok(changed)
}

/// Creates `dir` and its missing parents, noting each one made, outermost
/// first.
fn create_dirs(dir: &Path, created: &mut Vec<PathBuf>) -> io::Result<()> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    created.extend(missing.into_iter().rev().map(Path::to_path_buf));
    Ok(())
}

/// A temporary file next to `target`, readable by everyone.
fn temporary(target: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let temp = tempfile::NamedTempFile::new_in(dir)?;
    // A temporary file is private (0600); what a build writes is for
    // everyone to read, like any file the user would have written.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(temp)
}

/// What became of one output.
enum Outcome {
    /// The file on disk has exactly its bytes.
    Unchanged,
    /// There is no file (when comparing).
    Missing,
    /// The file on disk differs (when comparing).
    Differs,
    /// Its bytes are in a temporary file, to be renamed into place.
    Staged(tempfile::TempPath),
}

enum State {
    /// What was written equals the first `matched` bytes of the file there.
    Same { file: BufReader<File>, matched: u64 },
    /// There is no file (when comparing).
    Missing,
    /// The file there differs (when comparing); the rest is not compared.
    Differs,
    /// Writing the output into a temporary file.
    Staging(tempfile::NamedTempFile),
}

/// The writer of one output: compares what it is given with the file at
/// `target`, chunk by chunk, and when staging, moves to a temporary file
/// from the first difference on.
struct Sink {
    target: PathBuf,
    /// Whether differing output is written (a build) or only noted (`--check`).
    stage: bool,
    state: State,
    scratch: Vec<u8>,
}

impl Sink {
    fn open(target: PathBuf, stage: bool) -> io::Result<Sink> {
        let state = match File::open(&target) {
            Ok(file) => State::Same {
                file: BufReader::with_capacity(CHUNK, file),
                matched: 0,
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if stage {
                    State::Staging(temporary(&target)?)
                } else {
                    State::Missing
                }
            }
            Err(e) => return Err(e),
        };
        Ok(Sink {
            target,
            stage,
            state,
            scratch: Vec::new(),
        })
    }

    /// Leaves the comparison: the bytes matched so far (equal to what was
    /// written) are copied from the file there into a temporary file.
    fn diverge(&mut self) -> io::Result<()> {
        let previous = std::mem::replace(&mut self.state, State::Differs);
        if let (true, State::Same { mut file, matched }) = (self.stage, previous) {
            let mut temp = temporary(&self.target)?;
            file.rewind()?;
            let copied = io::copy(&mut file.take(matched), &mut temp)?;
            if copied != matched {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("`{}` changed while it was read", self.target.display()),
                ));
            }
            self.state = State::Staging(temp);
        }
        Ok(())
    }

    fn finish(mut self) -> io::Result<Outcome> {
        if let State::Same { file, .. } = &mut self.state {
            // Equal so far: the same file if nothing is left of it.
            if file.fill_buf()?.is_empty() {
                return Ok(Outcome::Unchanged);
            }
            self.diverge()?;
        }
        Ok(match self.state {
            State::Same { .. } => Outcome::Unchanged,
            State::Missing => Outcome::Missing,
            State::Differs => Outcome::Differs,
            State::Staging(temp) => {
                temp.as_file().sync_all()?;
                Outcome::Staged(temp.into_temp_path())
            }
        })
    }
}

/// Whether the next bytes of `file` are `expected`.
fn next_bytes_are(
    file: &mut BufReader<File>,
    mut expected: &[u8],
    scratch: &mut Vec<u8>,
) -> io::Result<bool> {
    if scratch.len() < CHUNK {
        scratch.resize(CHUNK, 0);
    }
    while !expected.is_empty() {
        let n = expected.len().min(CHUNK);
        let (head, rest) = expected.split_at(n);
        let Some(chunk) = scratch.get_mut(..n) else {
            return Ok(false);
        };
        match file.read_exact(chunk) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(false),
            Err(e) => return Err(e),
        }
        if head != chunk {
            return Ok(false);
        }
        expected = rest;
    }
    Ok(true)
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.state {
            State::Staging(temp) => temp.write_all(buf)?,
            State::Missing | State::Differs => {}
            State::Same { file, matched } => {
                if next_bytes_are(file, buf, &mut self.scratch)? {
                    *matched += buf.len() as u64;
                } else {
                    self.diverge()?;
                    if let State::Staging(temp) = &mut self.state {
                        temp.write_all(buf)?;
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes `content` to `target` through a temporary file in the same
/// directory, then renames it into place.
pub fn write_atomically(target: &Path, content: &[u8]) -> io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = temporary(target)?;
    temp.write_all(content)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    /// A plan of fixed contents, one of which can fail midway.
    fn plan(files: &[(&str, Vec<u8>)], failing: Option<&str>) -> Plan<'static> {
        let mut plan = Plan::new();
        for (path, content) in files {
            let content = content.clone();
            let fails = failing == Some(*path);
            plan.add(PathBuf::from(path), move |w| {
                // Written in pieces, as producers write.
                for piece in content.chunks(1000) {
                    w.write_all(piece)?;
                }
                if fails {
                    return Err(io::Error::other("the producer failed"));
                }
                Ok(())
            });
        }
        plan
    }

    fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path.clone());
                    files.insert(path, b"<dir>".to_vec());
                } else {
                    files.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        files
    }

    /// Long enough to cross the comparison's chunks.
    fn long(seed: u8) -> Vec<u8> {
        (0..3 * CHUNK + 123)
            .map(|i| seed.wrapping_add((i % 251) as u8))
            .collect()
    }

    #[test]
    fn writes_compares_and_rewrites_only_what_changed() {
        let out = tempfile::tempdir().unwrap();
        let out = out.path();
        let mut edited = long(1);
        edited[2 * CHUNK + 7] ^= 1;
        let first = [
            ("p/a.txt", long(1)),
            ("p/sub/b.txt", b"b".to_vec()),
            ("p/empty", Vec::new()),
        ];
        let changed = write(&plan(&first, None), out).unwrap();
        assert_eq!(changed.len(), 3);
        for (path, content) in &first {
            assert_eq!(&std::fs::read(out.join(path)).unwrap(), content);
        }
        assert_eq!(
            write(&plan(&first, None), out).unwrap(),
            Vec::<PathBuf>::new()
        );
        assert_eq!(compare(&plan(&first, None), out).unwrap(), []);

        // Differing late in a long file, longer, shorter, missing, extra.
        std::fs::write(out.join("p/extra"), "x").unwrap();
        let second = [
            ("p/a.txt", edited.clone()),
            ("p/sub/b.txt", b"bb".to_vec()),
            ("p/empty", Vec::new()),
            ("p/new/c.txt", long(2)),
        ];
        std::fs::write(out.join("p/empty"), "not empty").unwrap();
        assert_eq!(
            compare(&plan(&second, None), out).unwrap(),
            [
                Drift::Differs(out.join("p/a.txt")),
                Drift::Differs(out.join("p/empty")),
                Drift::Missing(out.join("p/new/c.txt")),
                Drift::Differs(out.join("p/sub/b.txt")),
                Drift::Extra(out.join("p/extra")),
            ]
        );
        let changed = write(&plan(&second, None), out).unwrap();
        assert_eq!(changed.len(), 5, "{changed:?}");
        for (path, content) in &second {
            assert_eq!(&std::fs::read(out.join(path)).unwrap(), content, "{path}");
        }
        assert!(!out.join("p/extra").exists());
        // A shorter output than the file there.
        let third = [("p/a.txt", long(1)[..CHUNK + 5].to_vec())];
        assert_eq!(
            compare(&plan(&third, None), out).unwrap()[0],
            Drift::Differs(out.join("p/a.txt"))
        );
    }

    #[test]
    fn a_failure_changes_nothing() {
        let out = tempfile::tempdir().unwrap();
        let out = out.path();
        let first = [("p/a.txt", long(1)), ("p/b.txt", b"b".to_vec())];
        write(&plan(&first, None), out).unwrap();
        let before = snapshot(out);
        let second = [
            ("p/a.txt", long(3)),
            ("p/new/deeper/c.txt", b"c".to_vec()),
            ("p/b.txt", b"changed".to_vec()),
        ];
        let error = write(&plan(&second, Some("p/b.txt")), out).unwrap_err();
        assert_eq!(error.to_string(), "the producer failed");
        assert_eq!(
            snapshot(out),
            before,
            "no file, temporary or directory left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn outputs_are_world_readable() {
        use std::os::unix::fs::PermissionsExt;
        let out = tempfile::tempdir().unwrap();
        write(&plan(&[("p/a.txt", b"a".to_vec())], None), out.path()).unwrap();
        let mode = std::fs::metadata(out.path().join("p/a.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
    }
}
