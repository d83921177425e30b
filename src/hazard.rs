//! Characters no output may carry: what a reader cannot see, what changes
//! how the text around it is displayed, or what is no text at all.
//!
//! One classification for the whole compiler. The checker refuses these
//! characters in a source (`syntax::hygiene`, E0015, E0016, E0017); every
//! backend uses the same classes as a last line of defence, for a model
//! that did not come through the checker (a history entry): the escapers
//! and the text show them as U+FFFD, YAML escapes them, the diagnostics
//! name them. It depends on nothing but the code catalogue, so that no
//! backend has to reach into the front end for it.

use crate::codes::Code;

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

/// `c` as an output shows it: U+FFFD for a hazard, itself otherwise.
pub fn shown(c: char) -> char {
    if hazard(c).is_some() { '\u{FFFD}' } else { c }
}

#[cfg(test)]
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
    fn visible_keeps_every_offset() {
        let text = "a\u{202E}b\u{1B}c\u{E0041}d\u{85}";
        let shown = visible(text);
        assert_eq!(shown.len(), text.len());
        assert_eq!(shown, "a\u{FFFD}b?c????d??");
        assert!(matches!(visible("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
