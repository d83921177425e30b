//! The writer of one output as the build publishes it: compares what a
//! producer writes with the file on disk, chunk by chunk, and stages it
//! from the first difference on. The plan (`crate::build`) says what is
//! written; this says where it goes.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::buffer::CHUNK;

/// What became of one output.
pub(crate) enum Outcome {
    /// The file on disk has exactly its bytes.
    Unchanged,
    /// There is no file (when comparing).
    Missing,
    /// The file on disk differs (when comparing).
    Differs,
    /// Its bytes are complete in its staged file.
    Staged,
}

enum State {
    /// What was written equals the first `matched` bytes of the old file.
    Same { file: BufReader<File>, matched: u64 },
    /// There is no old file (when comparing).
    Missing,
    /// The old file differs (when comparing); the rest is not compared.
    Differs,
    /// Writing the output into its staged file.
    Staging(BufWriter<File>),
}

/// The writer of one output: compares what it is given with the old file,
/// chunk by chunk, and when it has somewhere to stage, writes the output
/// there from the first difference on (an unchanged output writes nothing).
pub(crate) struct Sink {
    /// The old file, for messages.
    old: Option<PathBuf>,
    /// Where a differing output is written; none when only comparing.
    staged: Option<PathBuf>,
    state: State,
    scratch: Vec<u8>,
}

impl Sink {
    /// A sink comparing with `old` (a regular file, opened without
    /// following links) and staging into `staged` (a new file) when given.
    pub(crate) fn open(old: Option<PathBuf>, staged: Option<PathBuf>) -> io::Result<Sink> {
        let state = match &old {
            Some(path) => State::Same {
                file: BufReader::with_capacity(CHUNK, super::swap::open_no_follow(path)?),
                matched: 0,
            },
            None => match &staged {
                Some(path) => State::Staging(Self::create(path)?),
                None => State::Missing,
            },
        };
        Ok(Sink {
            old,
            staged,
            state,
            scratch: Vec::new(),
        })
    }

    fn create(path: &Path) -> io::Result<BufWriter<File>> {
        let file = super::swap::create_staged(path)?;
        Ok(BufWriter::with_capacity(CHUNK, file))
    }

    /// Leaves the comparison: the bytes matched so far (equal to what was
    /// written) are copied from the old file into the staged one.
    fn diverge(&mut self) -> io::Result<()> {
        let previous = std::mem::replace(&mut self.state, State::Differs);
        if let (Some(staged), State::Same { mut file, matched }) = (&self.staged, previous) {
            let mut writer = Self::create(staged)?;
            file.rewind()?;
            let copied = io::copy(&mut file.take(matched), &mut writer)?;
            if copied != matched {
                let old = self.old.as_deref().unwrap_or(staged);
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("`{}` changed while it was read", old.display()),
                ));
            }
            self.state = State::Staging(writer);
        }
        Ok(())
    }

    /// Completes the output: says whether it differs, and makes a staged
    /// file durable before it can be published.
    pub(crate) fn finish(mut self) -> io::Result<Outcome> {
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
            State::Staging(writer) => {
                let file = writer
                    .into_inner()
                    .map_err(io::IntoInnerError::into_error)?;
                file.sync_all()?;
                Outcome::Staged
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
            State::Staging(writer) => writer.write_all(buf)?,
            State::Missing | State::Differs => {}
            State::Same { file, matched } => {
                if next_bytes_are(file, buf, &mut self.scratch)? {
                    *matched += buf.len() as u64;
                } else {
                    self.diverge()?;
                    if let State::Staging(writer) = &mut self.state {
                        writer.write_all(buf)?;
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
