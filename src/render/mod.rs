//! The text backend: the policy people read, as Markdown, HTML and plain text.

use crate::model::Policy;

/// The policy as Markdown.
pub fn markdown(policy: &Policy) -> String {
    format!("# {}\n", policy.header.title)
}

/// The policy as one self-contained HTML page.
pub fn html(policy: &Policy) -> String {
    format!("<h1>{}</h1>\n", policy.header.title)
}

/// The policy as plain text wrapped at 80 columns.
pub fn plain_text(policy: &Policy) -> String {
    format!("{}\n", policy.header.title)
}
