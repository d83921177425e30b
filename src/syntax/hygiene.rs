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
//! The same classes are used by the backends as a last line of defence,
//! for models that did not come through the checker (a history entry).

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// What is wrong with a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hazard {
    /// A bidirectional control: changes the order in which the text
    /// around it is displayed.
    Bidi(&'static str),
    /// A character that displays as nothing (zero-width, format).
    Invisible(&'static str),
    /// A control character (C0 other than tab and line breaks, DEL, C1).
    Control(&'static str),
    /// A noncharacter: a code point Unicode keeps out of text for good.
    Noncharacter,
}

impl Hazard {
    /// The code that reports it.
    pub fn code(self) -> Code {
        match self {
            Hazard::Noncharacter => Code::Noncharacter,
            _ => Code::InvisibleCharacter,
        }
    }
}

/// The bidirectional controls, with their Unicode names.
const BIDI: &[(char, &str)] = &[
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
];

/// Characters that display as nothing, with their Unicode names.
const INVISIBLE: &[(char, &str)] = &[
    ('\u{180E}', "MONGOLIAN VOWEL SEPARATOR"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200C}', "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', "ZERO WIDTH JOINER"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2061}', "FUNCTION APPLICATION"),
    ('\u{2062}', "INVISIBLE TIMES"),
    ('\u{2063}', "INVISIBLE SEPARATOR"),
    ('\u{2064}', "INVISIBLE PLUS"),
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE"),
];

/// The C0 controls by name; the others are named by their range.
const CONTROLS: &[(char, &str)] = &[
    ('\u{0000}', "NULL"),
    ('\u{0007}', "BELL"),
    ('\u{0008}', "BACKSPACE"),
    ('\u{000B}', "LINE TABULATION"),
    ('\u{000C}', "FORM FEED"),
    ('\u{001B}', "ESCAPE"),
    ('\u{007F}', "DELETE"),
    ('\u{0085}', "NEXT LINE"),
    ('\u{009B}', "CONTROL SEQUENCE INTRODUCER"),
];

/// What is wrong with `c`, if anything. Tab and the line breaks (LF, CR,
/// U+2028, U+2029) are not hazards: see [`is_line_break`].
pub fn hazard(c: char) -> Option<Hazard> {
    if c.is_ascii() && !c.is_ascii_control() {
        // The fast path: almost every character of a policy.
        return None;
    }
    if matches!(
        u32::from(c),
        0xA0..=0x61B
            | 0x61D..=0x180D
            | 0x180F..=0x200A
            | 0x2010..=0x2029
            | 0x202F..=0x205F
            | 0x2070..=0xFDCF
            | 0xFDF0..=0xFEFE
            | 0xFF00..=0xFFF8
    ) {
        // Letters, punctuation and symbols of most scripts: no table to
        // search.
        return None;
    }
    let named = |table: &[(char, &'static str)]| {
        table
            .iter()
            .find(|(known, _)| *known == c)
            .map(|(_, name)| *name)
    };
    if let Some(name) = named(BIDI) {
        return Some(Hazard::Bidi(name));
    }
    if let Some(name) = named(INVISIBLE) {
        return Some(Hazard::Invisible(name));
    }
    match c {
        '\t' | '\n' | '\r' => None,
        c if c.is_control() => Some(Hazard::Control(named(CONTROLS).unwrap_or(
            if u32::from(c) < 0x80 {
                "a C0 control"
            } else {
                "a C1 control"
            },
        ))),
        '\u{206A}'..='\u{206F}' => Some(Hazard::Invisible("a deprecated format character")),
        '\u{FFF9}'..='\u{FFFB}' => Some(Hazard::Invisible("an interlinear annotation character")),
        '\u{E0000}'..='\u{E007F}' => Some(Hazard::Invisible("a tag character")),
        c if is_noncharacter(c) => Some(Hazard::Noncharacter),
        _ => None,
    }
}

/// Whether `c` is one of Unicode's 66 noncharacters: U+FDD0 to U+FDEF, and
/// the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…).
pub fn is_noncharacter(c: char) -> bool {
    let code = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// Whether `c` breaks a line: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point, and its name when it
/// has one of its own.
pub fn describe(c: char, hazard: Hazard) -> String {
    let point = format!("U+{:04X}", u32::from(c));
    match hazard {
        Hazard::Bidi(name) | Hazard::Invisible(name) | Hazard::Control(name)
            if !name.starts_with("a ") =>
        {
            format!("{point} {name}")
        }
        _ => point,
    }
}

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

/// `text` with each hazardous character replaced by its code point
/// (`U+202E`), for a message that quotes the source.
pub fn named(text: &str) -> String {
    text.chars()
        .map(|c| match hazard(c) {
            Some(_) => format!("U+{:04X}", u32::from(c)),
            None => c.to_string(),
        })
        .collect()
}

/// Replaces each hazardous character by a visible one of the same length
/// in bytes (`�` for three bytes, `?` for each byte otherwise), so that a
/// source line can be echoed under a diagnostic without acting on the
/// terminal, and every span still falls where it did.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(|c| hazard(c).is_none()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match (hazard(c), c.len_utf8()) {
            (None, _) => out.push(c),
            (Some(_), 3) => out.push('\u{FFFD}'),
            (Some(_), n) => out.extend(std::iter::repeat_n('?', n)),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
#[expect(clippy::indexing_slicing, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(
            hazard('\u{202E}'),
            Some(Hazard::Bidi("RIGHT-TO-LEFT OVERRIDE"))
        );
        assert_eq!(
            hazard('\u{200B}'),
            Some(Hazard::Invisible("ZERO WIDTH SPACE"))
        );
        assert_eq!(hazard('\u{1B}'), Some(Hazard::Control("ESCAPE")));
        assert_eq!(hazard('\u{1}'), Some(Hazard::Control("a C0 control")));
        assert_eq!(hazard('\u{90}'), Some(Hazard::Control("a C1 control")));
        for c in [
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{10FFFF}',
            '\u{1FFFE}',
        ] {
            assert_eq!(hazard(c), Some(Hazard::Noncharacter), "{c:?}");
        }
        for c in [
            'a', ' ', '\t', '\n', '\r', 'é', '\u{2028}', '\u{FDCF}', '\u{FFFD}', '😀', 'א', '—',
            '“', '\u{A0}', '\u{202F}', '\u{2070}', 'ж', '中',
        ] {
            assert_eq!(hazard(c), None, "{c:?}");
        }
    }

    #[test]
    fn names_the_code_point() {
        let c = '\u{202E}';
        assert_eq!(
            describe(c, hazard(c).unwrap_or(Hazard::Noncharacter)),
            "U+202E RIGHT-TO-LEFT OVERRIDE"
        );
        assert_eq!(describe('\u{FFFE}', Hazard::Noncharacter), "U+FFFE");
    }

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

    #[test]
    fn visible_keeps_every_offset() {
        let text = "a\u{202E}b\u{1B}c\u{E0041}d\u{85}";
        let shown = visible(text);
        assert_eq!(shown.len(), text.len());
        assert_eq!(shown, "a\u{FFFD}b?c????d??");
        assert!(matches!(visible("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
