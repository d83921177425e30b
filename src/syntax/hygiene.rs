//! Characters a policy may not contain: what a reader cannot see, or what
//! changes how the text around it is displayed, or what is no text at all.
//!
//! A policy is a legal text; what the source shows must be what readers and
//! services get. A right-to-left override can make `complaint.pdf.exe`
//! display as `complaintexe.pdf`, an escape character can rewrite a
//! terminal, a zero-width space makes two ids that look the same differ,
//! and a noncharacter makes `rules.yaml` invalid. So these are refused
//! wherever they occur, written raw or as an escape (E0015, E0016), and a
//! line break is refused where no output can keep it (E0017).
//!
//! The classes themselves are [`crate::hazard`]'s, which the backends use
//! too, as a last line of defence for models that did not come through the
//! checker (a history entry); this module finds them in a source and
//! reports them.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

pub use crate::hazard::{Hazard, describe, hazard, is_line_break, is_noncharacter, named, visible};

/// Where a character was found, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Inside a string, as written.
    String,
    /// Decoded from a `\u{…}` escape of a string.
    Escape,
    /// Inside a comment.
    Comment,
    /// Anywhere else: between or inside names and keywords.
    Code,
}

/// The diagnostic for a hazardous character at `span`.
pub fn diagnostic(c: char, hazard: Hazard, place: Place, span: Span) -> Diagnostic {
    let what = describe(c, hazard);
    let (kind, why) = match hazard {
        Hazard::Bidi(_) => (
            "a bidirectional control",
            "it changes the order in which the text around it is displayed",
        ),
        Hazard::Invisible(name) if name.starts_with("a ") => (name, "readers cannot see it"),
        Hazard::Invisible(_) => ("an invisible character", "readers cannot see it"),
        Hazard::Control(name) if name.starts_with("a ") => (name, "it is not text"),
        Hazard::Control(_) => ("a control character", "it is not text"),
        Hazard::Noncharacter => (
            "a noncharacter",
            "Unicode keeps it out of text, and YAML refuses it",
        ),
    };
    let (where_, fix) = match place {
        Place::String => ("a string", "delete it"),
        Place::Escape => ("a string", "delete the escape"),
        Place::Comment => ("a comment", "delete it"),
        Place::Code => ("the source", "delete it"),
    };
    let help = match hazard {
        Hazard::Bidi(_) => format!(
            "{fix}: the text must display as it is written (right-to-left words display right to left without it); most editors show the character only with invisibles shown"
        ),
        Hazard::Noncharacter => format!("{fix}: no text needs a noncharacter"),
        _ => format!(
            "{fix}: what readers get must be what the source shows; most editors show the character only with invisibles shown"
        ),
    };
    Diagnostic::new(
        hazard.code(),
        span,
        format!("{where_} contains `{what}`, {kind}"),
    )
    .label(format!("{kind}: {why}"))
    .help(help)
}

/// Reports every hazardous character of a whole source file, wherever it
/// is: in strings, in comments, or between tokens. A byte-order mark as the
/// file's first character is allowed. `base` is where the file starts in
/// the policy's spans. Returns where those outside strings and comments
/// start, in order: the grammar stops there too (see [`blame`]).
pub fn scan(source: &str, base: usize, diags: &mut Vec<Diagnostic>) -> Vec<usize> {
    let mut in_code = Vec::new();
    // Nearly every policy is printable ASCII: one pass over the bytes,
    // which the compiler vectorizes, says so.
    let printable = source
        .bytes()
        .all(|b| matches!(b, b' '..=b'~' | b'\t' | b'\n' | b'\r'));
    let clean = printable
        || source
            .char_indices()
            .all(|(i, c)| hazard(c).is_none() || (i == 0 && c == '\u{FEFF}'));
    if clean {
        return in_code;
    }
    let mut place = Place::Code;
    let mut escaped = false;
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(found) = hazard(c).filter(|_| !(i == 0 && c == '\u{FEFF}')) {
            let span = Span::new(base + i, base + i + c.len_utf8());
            diags.push(diagnostic(c, found, place, span));
            if place == Place::Code {
                in_code.push(span.start);
            }
        }
        place = match (place, escaped, c) {
            (Place::String, false, '\\') => {
                escaped = true;
                continue;
            }
            (Place::String, false, '"') | (_, _, '\n') => Place::Code,
            (Place::Code, _, '"') => Place::String,
            (Place::Code, _, '/') if chars.peek().is_some_and(|(_, next)| *next == '/') => {
                Place::Comment
            }
            (place, _, _) => place,
        };
        escaped = false;
    }
    in_code
}

/// A syntax error (E0001, E0002, E0003) over a character [`scan`]
/// reported outside strings and comments says so, instead of what the
/// grammar expected there, which would send the author looking for the
/// wrong mistake; and its message, which may quote the source, names the
/// character rather than carry it.
pub fn blame(diagnostic: &mut Diagnostic, in_code: &[usize]) {
    let syntax = matches!(
        diagnostic.code,
        Code::Syntax | Code::UnknownProperty | Code::MalformedProperty
    );
    let span = diagnostic.span;
    let first = in_code.partition_point(|&at| at < span.start);
    let covered = in_code
        .get(first)
        .is_some_and(|&at| at < span.end.max(span.start + 1));
    if !syntax || !covered {
        return;
    }
    diagnostic.label = "the grammar stops at an invisible or control character".to_owned();
    diagnostic.help = Some(
        "delete the character (see E0015); what follows it up to the next line or declaration was skipped"
            .to_owned(),
    );
    diagnostic.message = named(&diagnostic.message);
}

#[cfg(test)]
#[expect(clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn scans_strings_comments_and_code() {
        let source = "\u{FEFF}data a \"x\u{202E}y\" // z\u{200B}\n\u{1B}";
        let mut diags = Vec::new();
        scan(source, 10, &mut diags);
        assert_eq!(diags.len(), 3, "{diags:#?}");
        assert!(diags[0].message.starts_with("a string contains `U+202E"));
        assert_eq!(diags[0].span, Span::new(10 + 12, 10 + 15));
        assert!(diags[1].message.starts_with("a comment contains `U+200B"));
        assert!(
            diags[2]
                .message
                .starts_with("the source contains `U+001B ESCAPE`")
        );
    }

    #[test]
    fn an_escaped_quote_does_not_end_the_string() {
        let mut diags = Vec::new();
        scan("x \"a\\\"\u{200B}\"", 0, &mut diags);
        assert!(
            diags[0].message.starts_with("a string contains"),
            "{diags:#?}"
        );
    }
}
