//! The text backend: the policy people read, as Markdown, HTML and plain text.
//!
//! [`compose`] builds one format-neutral [`document::Document`] from the
//! model, deciding what is said: numbered sections and clauses, the
//! project's own wording around the source's labels and texts. Each format
//! then only decides how it looks. Nothing here iterates a hash map into the
//! output or reads the clock, so the same policy gives the same bytes.

mod collection;
mod compose;
pub mod document;
mod html;
mod markdown;
mod processing;
mod text;
mod user;
mod words;

use crate::model::Policy;

/// The format-neutral document of a policy: what every format says.
pub fn document(policy: &Policy) -> document::Document {
    compose::document(policy)
}

/// The policy as Markdown.
pub fn markdown(policy: &Policy) -> String {
    markdown::render(&compose::document(policy))
}

/// The policy as one self-contained HTML page.
pub fn html(policy: &Policy) -> String {
    html::render(&compose::document(policy))
}

/// The policy as plain text wrapped at 80 columns.
pub fn plain_text(policy: &Policy) -> String {
    text::render(&compose::document(policy))
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
