//! The text backend: the policy people read, as Markdown, HTML and plain text.
//!
//! `compose` builds one format-neutral [`document::Document`] from the
//! model, deciding what is said: numbered sections and clauses, the
//! project's own wording around the source's labels and texts. Each format
//! then only decides how it looks. Nothing here iterates a hash map into the
//! output or reads the clock, so the same policy gives the same bytes.

mod children;
mod collection;
mod commitments;
mod compose;
mod decisions;
pub mod document;
mod html;
pub mod jurisdictions;
pub mod lexicon;
mod markdown;
pub mod notice;
pub mod page;
mod processing;
mod sources;
mod special;
mod summary;
mod table;
mod terms;
mod text;
pub mod trace;
mod trackers;
mod user;
mod words;

pub use words::Voice;

/// The anchor of the summary, the first section of every text.
pub const SUMMARY_ANCHOR: &str = summary::ANCHOR;

use std::{fmt, io};

use crate::model::Policy;

/// The format-neutral document of a policy: what every format says.
pub fn document(policy: &Policy) -> Result<document::Document, Error> {
    compose::document(policy).map_err(Error::Words)
}

/// The name of a language in itself (`Deutsch` for `de`), for the links
/// between the languages a text is published in.
pub fn language_name(language: &str) -> Result<String, Error> {
    lexicon::Lexicon::of_tag(language)
        .and_then(|words| words.format("language-name", &crate::l10n::Args::new()))
        .map_err(Error::Words)
}

/// Why the text of a policy could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A word or sentence of the document's language could not be
    /// formatted: the text is not written rather than written with a gap
    /// or in another language.
    Words(crate::l10n::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Words(error) => write!(f, "the text cannot be written: {error}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Words(error) => Some(error),
        }
    }
}

impl From<Error> for io::Error {
    fn from(error: Error) -> io::Error {
        io::Error::other(error)
    }
}

/// The policy as Markdown.
pub fn markdown(policy: &Policy) -> String {
    collect(|out| write_markdown(policy, out))
}

/// The policy as one self-contained HTML page.
pub fn html(policy: &Policy) -> String {
    collect(|out| write_html(policy, out))
}

/// The policy as plain text wrapped at 80 columns.
pub fn plain_text(policy: &Policy) -> String {
    collect(|out| write_plain_text(policy, out))
}

/// Writes [`markdown`] into `out` as it is rendered, without holding the
/// whole text; a text that cannot be composed ([`Error`]) is an error
/// before anything is written.
pub fn write_markdown(policy: &Policy, out: &mut dyn io::Write) -> io::Result<()> {
    write_document(&document(policy)?, Format::Markdown, out)
}

/// Writes [`html`] into `out` as it is rendered.
pub fn write_html(policy: &Policy, out: &mut dyn io::Write) -> io::Result<()> {
    write_document(&document(policy)?, Format::Html, out)
}

/// Writes [`plain_text`] into `out` as it is rendered.
pub fn write_plain_text(policy: &Policy, out: &mut dyn io::Write) -> io::Result<()> {
    write_document(&document(policy)?, Format::PlainText, out)
}

/// The formats of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// [`markdown`]
    Markdown,
    /// [`html`]
    Html,
    /// [`plain_text`]
    PlainText,
}

/// Writes a [`document()`] in one format: a document composed once can be
/// written in every format.
pub fn write_document(
    document: &document::Document,
    format: Format,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    match format {
        Format::Markdown => markdown::write(document, out),
        Format::Html => html::write(document, out),
        Format::PlainText => text::write(document, out),
    }
}

/// The text written into memory. Writing into memory cannot fail, so an
/// error is the text's own ([`Error`], before anything is written): the
/// result is then its message, which the preview shows and a redline
/// compares, rather than an empty policy that reads as a policy.
fn collect(write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    if let Err(error) = write(&mut bytes) {
        return error.to_string();
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Where a format renders: the text gathers in a buffer that goes to the
/// writer whenever it is full, so that a long policy is never held whole.
/// The first write error is kept and returned by [`Sink::finish`].
struct Sink<'w> {
    buffer: String,
    writer: &'w mut dyn io::Write,
    error: Option<io::Error>,
}

impl<'w> Sink<'w> {
    /// How much text is gathered before it is written.
    const CHUNK: usize = 64 * 1024;

    fn new(writer: &'w mut dyn io::Write) -> Self {
        Self {
            buffer: String::with_capacity(Self::CHUNK + Self::CHUNK / 4),
            writer,
            error: None,
        }
    }

    /// Writes the buffer out once it holds a chunk.
    fn flush_if_full(&mut self) {
        if self.buffer.len() >= Self::CHUNK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.error.is_none()
            && let Err(error) = self.writer.write_all(self.buffer.as_bytes())
        {
            self.error = Some(error);
        }
        self.buffer.clear();
    }

    /// Writes what is left; the first error, if any.
    fn finish(mut self) -> io::Result<()> {
        self.flush();
        self.error.map_or(Ok(()), Err)
    }
}

impl std::ops::Deref for Sink<'_> {
    type Target = String;

    fn deref(&self) -> &String {
        &self.buffer
    }
}

impl std::ops::DerefMut for Sink<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.buffer
    }
}

/// Whether an address from the source is a web address that can be linked.
fn web_address(text: &str) -> bool {
    crate::check::is_url(text) && !text.contains(['<', '>', '"', '\'', '`', '\\'])
}

/// Whether an address from the source is an e-mail address that can be linked.
fn email_address(text: &str) -> bool {
    crate::check::is_email(text)
        && !text.contains(['<', '>', '"', '\'', '`', '\\', '(', ')', '[', ']'])
}
