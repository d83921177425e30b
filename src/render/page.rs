//! The one HTML page every HTML output is written in: the policy text and
//! the diff pages. A self-contained page (inline CSS, nothing fetched), a
//! viewport for phones, the text in a readable column, light and dark
//! colours from the reader's settings. Its title and language are escaped.

use super::document::Alternate;
use crate::escape::html as escape;

/// The style sheet of every page: a readable column, narrower indents on
/// small screens, light and dark colours from the reader's settings.
const STYLE: &str = "\
:root { color-scheme: light dark; }
body { margin: 0; font: 1rem/1.6 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.3rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.2rem 0 0.8rem; padding-bottom: 0.2rem; border-bottom: 1px solid #8884; }
.version { margin: 0 0 1.5rem; opacity: 0.8; }
nav ul { list-style: none; padding-left: 0; }
nav li { margin: 0.2rem 0; }
.languages { margin: 0 0 1rem; }
p { margin: 0.6rem 0; }
ul { margin: 0.4rem 0; padding-left: 1.5rem; }
.clause .clause { margin-left: 1.5rem; }
.num { font-weight: 600; text-decoration: none; color: inherit; margin-right: 0.3rem; }
a { overflow-wrap: anywhere; }
@media (max-width: 30rem) { .clause .clause { margin-left: 0.75rem; } ul { padding-left: 1.1rem; } }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border: 1px solid #8886; }
";

/// What the diff pages add: the redline's marks, the colour of each class
/// of change, and problems set apart; readable in light and dark.
const CHANGES: &str = "\
h3 { font-size: 1.05rem; }
del { background: #fde2e1; color: #8a1c12; text-decoration: line-through; }
ins { background: #dcf5df; color: #0b5a1a; text-decoration: underline; }
.expanding { color: #b3261e; }
.narrowing { color: #0b7a2a; }
.editorial { color: #2b5d8f; }
.unchecked { color: #8a5a00; }
.problem { border-left: 4px solid #b3261e; padding-left: 0.75rem; }
@media (prefers-color-scheme: dark) { .expanding { color: #ff8a80; } .narrowing { color: #7ed69a; } .editorial { color: #8ab4f8; } .unchecked { color: #f2c46d; } }
";

/// Which rules a page needs besides the common ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The policy text.
    Text,
    /// A page of changes between two editions, with a redline.
    Changes,
}

/// Opens a page: the head with its title and style, then `<body>` and
/// `<main>`, where the content goes.
pub fn open(out: &mut String, language: &str, title: &str, kind: Kind) {
    open_published(out, language, title, kind, &[]);
}

/// [`open`], for a text published in several languages: the head links
/// each of them (`hreflang`), so that search engines and browsers offer
/// the reader's own.
pub fn open_published(
    out: &mut String,
    language: &str,
    title: &str,
    kind: Kind,
    languages: &[Alternate],
) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(&escape(language));
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    out.push_str(&escape(title));
    out.push_str("</title>\n");
    for alternate in languages {
        out.push_str("<link rel=\"alternate\" hreflang=\"");
        out.push_str(&escape(&alternate.language));
        out.push_str("\" href=\"");
        out.push_str(&escape(&alternate.path));
        out.push_str(".html\">\n");
    }
    out.push_str("<style>\n");
    out.push_str(STYLE);
    if kind == Kind::Changes {
        out.push_str(CHANGES);
    }
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
}

/// Closes a page opened by [`open`].
pub fn close(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_escapes_its_title_and_language_and_closes_what_it_opens() {
        let mut out = String::new();
        open(&mut out, "en\"", "<b>Title</b>", Kind::Text);
        close(&mut out);
        assert!(out.starts_with("<!DOCTYPE html>\n<html lang=\"en&quot;\">"));
        assert!(out.contains("<title>&lt;b&gt;Title&lt;/b&gt;</title>"));
        assert!(
            !out.contains("del {"),
            "the changes' rules only on their pages"
        );
        for tag in ["html", "head", "style", "body", "main"] {
            assert_eq!(
                out.matches(&format!("<{tag}")).count(),
                out.matches(&format!("</{tag}>")).count(),
                "{tag}"
            );
        }
    }
}
