//! Escaping for every format policyc writes text into: HTML, Markdown and
//! GitHub Actions workflow commands. One module, so that a string from a
//! policy is made safe by the same rules wherever it appears: the policy
//! text, the diff pages, the changelog, the reports of every command.
//!
//! HTML and Markdown also show a character that is no text (ESC, NUL, a
//! bidirectional override, a noncharacter: what the checker refuses as
//! E0015 and E0016) as U+FFFD, should a history entry or a model that did
//! not come through the checker carry one. Markdown writes a line break as
//! a space, so that a string cannot end the line it stands in and start a
//! block of its own.

use crate::hazard::hazard;

/// What one character becomes in a format.
enum Shown {
    /// Itself.
    Same,
    /// Itself after a backslash (Markdown).
    Escaped,
    /// Something else: an entity, a percent-encoding, U+FFFD.
    As(&'static str),
}

/// Applies a format's rule to every character of `text`. `special` names
/// the printable ASCII characters the rule changes: a text with none of
/// them, and nothing outside printable ASCII (most strings of a policy),
/// is copied as it is, without a rule applied to each character.
fn escape(text: &str, special: fn(u8) -> bool, rule: impl Fn(char) -> Shown) -> String {
    let plain = |b: u8| (b' '..=b'~').contains(&b) && !special(b);
    if text.bytes().all(plain) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match rule(c) {
            Shown::Same => out.push(c),
            Shown::Escaped => {
                out.push('\\');
                out.push(c);
            }
            Shown::As(replacement) => out.push_str(replacement),
        }
    }
    out
}

/// What the checker refuses shows as U+FFFD; everything else as itself.
fn text_char(c: char) -> Shown {
    if hazard(c).is_some() {
        Shown::As("\u{FFFD}")
    } else {
        Shown::Same
    }
}

/// Escapes text for HTML element content and quoted attribute values: the
/// five characters that are markup there (`&`, `<`, `>`, `"`, `'`) become
/// entities.
pub fn html(text: &str) -> String {
    let special = |b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    escape(text, special, |c| match c {
        '&' => Shown::As("&amp;"),
        '<' => Shown::As("&lt;"),
        '>' => Shown::As("&gt;"),
        '"' => Shown::As("&quot;"),
        '\'' => Shown::As("&#39;"),
        c => text_char(c),
    })
}

/// Escapes text for Markdown (CommonMark, as code-hosting sites render it)
/// inside a line: a backslash before each character that can open or close
/// inline markup, an HTML tag or entity, a heading or a table cell; a line
/// break becomes a space. What the text does at the start of a line is
/// [`markdown_line_start`]'s concern.
pub fn markdown(text: &str) -> String {
    let special = |b| {
        matches!(
            b,
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'&' | b'#' | b'~' | b'|'
        )
    };
    escape(text, special, |c| match c {
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '~' | '|' => Shown::Escaped,
        '\n' | '\r' => Shown::As(" "),
        c => text_char(c),
    })
}

/// Escapes what would turn Markdown text ([`markdown`]'s output) that
/// starts a line of a paragraph or a list entry into a block of its own:
/// a list marker (`-`, `+`, `1.`, `1)`), or a setext underline (`=`),
/// after any indentation. Headings, quotes, code and thematic breaks of
/// `*` or `_` are already escaped inside the line.
pub fn markdown_line_start(text: &str) -> String {
    let start = text.trim_start_matches([' ', '\t']);
    let after_digits = start.trim_start_matches(|c: char| c.is_ascii_digit());
    // Each is what is left of the text before it once a prefix is trimmed:
    // a suffix, so each split falls on a character boundary.
    let (indent, _) = text.split_at(text.len() - start.len());
    let (number, _) = start.split_at(start.len() - after_digits.len());
    // A marker ends the line or is followed by a space or a tab.
    let marker_ends = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    if !number.is_empty()
        && after_digits
            .strip_prefix(['.', ')'])
            .is_some_and(marker_ends)
    {
        return format!("{indent}{number}\\{after_digits}");
    }
    if start.starts_with(['-', '+', '=']) {
        return format!("{indent}\\{start}");
    }
    text.to_owned()
}

/// Percent-encodes the message of a GitHub Actions workflow command as the
/// Actions toolkit does: `%`, CR and LF, which would end the command.
pub fn github_message(text: &str) -> String {
    escape(text, |b| b == b'%', github_message_char)
}

fn github_message_char(c: char) -> Shown {
    match c {
        '%' => Shown::As("%25"),
        '\r' => Shown::As("%0D"),
        '\n' => Shown::As("%0A"),
        _ => Shown::Same,
    }
}

/// Percent-encodes the value of a property of a workflow command (`file`,
/// `title`): as a message, and also `:` and `,`, which would end the value.
pub fn github_property(text: &str) -> String {
    escape(
        text,
        |b| matches!(b, b'%' | b':' | b','),
        |c| match c {
            ':' => Shown::As("%3A"),
            ',' => Shown::As("%2C"),
            c => github_message_char(c),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_each_of_the_five() {
        for (c, entity) in [
            ('&', "&amp;"),
            ('<', "&lt;"),
            ('>', "&gt;"),
            ('"', "&quot;"),
            ('\'', "&#39;"),
        ] {
            assert_eq!(html(&format!("a{c}b")), format!("a{entity}b"), "{c:?}");
        }
        assert_eq!(
            html("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn html_keeps_text_and_shows_what_is_no_text_as_a_replacement() {
        assert_eq!(html("R&D: «été» 50% #1\n"), "R&amp;D: «été» 50% #1\n");
        assert_eq!(
            html("a\u{0}b\u{1B}c\u{202E}d\u{FFFE}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}"
        );
    }

    #[test]
    fn markdown_escapes_each_special_character() {
        for c in ['\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '~', '|'] {
            assert_eq!(markdown(&format!("a{c}b")), format!("a\\{c}b"), "{c:?}");
        }
        assert_eq!(
            markdown("a *b* _c_ <x> [l](u) `c` #h ~s~ R&D"),
            "a \\*b\\* \\_c\\_ \\<x\\> \\[l\\](u) \\`c\\` \\#h \\~s\\~ R\\&D"
        );
    }

    #[test]
    fn markdown_keeps_a_string_on_its_line() {
        assert_eq!(markdown("a\nb\r\nc"), "a b  c");
        assert_eq!(
            markdown("a\u{1B}b\u{202E}c\u{0}d"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"
        );
    }

    #[test]
    fn markdown_line_starts_cannot_open_blocks() {
        assert_eq!(markdown_line_start("1. first"), "1\\. first");
        assert_eq!(markdown_line_start("12) twelfth"), "12\\) twelfth");
        assert_eq!(markdown_line_start("3."), "3\\.");
        assert_eq!(markdown_line_start("0.\tzero"), "0\\.\tzero");
        assert_eq!(markdown_line_start("7)\t"), "7\\)\t");
        assert_eq!(markdown_line_start("- dash"), "\\- dash");
        assert_eq!(markdown_line_start("+ plus"), "\\+ plus");
        assert_eq!(markdown_line_start("==="), "\\===");
        assert_eq!(markdown_line_start("2026 data"), "2026 data");
        assert_eq!(markdown_line_start("1.1. clause"), "1.1. clause");
        assert_eq!(markdown_line_start("E-mail"), "E-mail");
        assert_eq!(markdown_line_start("  - indented"), "  \\- indented");
    }

    #[test]
    fn github_messages_escape_percent_and_line_breaks_only() {
        assert_eq!(github_message("50% a:b, c\r\nd"), "50%25 a:b, c%0D%0Ad");
    }

    #[test]
    fn github_properties_also_escape_colon_and_comma() {
        assert_eq!(github_property("a:b,c%\r\n"), "a%3Ab%2Cc%25%0D%0A");
    }

    mod properties {
        //! Escaping, then reading the result as its format reads it, never
        //! finds markup, and gives back the text (as the format shows it).

        use proptest::prelude::*;

        use super::super::*;

        /// Text rich in what each format treats as markup.
        fn text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    4 => proptest::char::range(' ', '~'),
                    1 => prop::sample::select(vec![
                        '\n', '\r', '\t', '\u{0}', '\u{1B}', '\u{202E}', '\u{FFFE}', 'é', '«',
                        '%', ':', ',', '&', '<', '>', '"', '\'', '\\', '`', '*', '_', '[',
                        ']', '#', '~', '|', '-', '+', '=', '1', '.', ')',
                    ]),
                    1 => any::<char>(),
                ],
                0..40,
            )
            .prop_map(|chars| chars.into_iter().collect())
        }

        /// The text as HTML and Markdown show it: no text as U+FFFD.
        fn shown(text: &str) -> String {
            text.chars().map(crate::hazard::shown).collect()
        }

        /// Reads coded text: each `introducer` must start one of `codes`,
        /// which stands for its character; `forbidden` may not appear raw.
        fn read_coded(
            escaped: &str,
            introducer: char,
            codes: &[(&str, char)],
            forbidden: &[char],
        ) -> Result<String, TestCaseError> {
            let mut out = String::new();
            let mut rest = escaped;
            while let Some(c) = rest.chars().next() {
                if forbidden.contains(&c) {
                    return Err(TestCaseError::fail(format!("a raw {c:?} in {escaped:?}")));
                }
                let (taken, decoded) = if c == introducer {
                    codes
                        .iter()
                        .find(|(code, _)| rest.starts_with(code))
                        .map(|(code, decoded)| (code.len(), *decoded))
                        .ok_or_else(|| {
                            TestCaseError::fail(format!("a bare {c:?} in {escaped:?}"))
                        })?
                } else {
                    (c.len_utf8(), c)
                };
                out.push(decoded);
                rest = rest.get(taken..).unwrap_or("");
            }
            Ok(out)
        }

        /// Reads HTML text as a browser does: every `&` must start one of
        /// the five entities, and no character may be markup.
        fn read_html(escaped: &str) -> Result<String, TestCaseError> {
            let entities = [
                ("&amp;", '&'),
                ("&lt;", '<'),
                ("&gt;", '>'),
                ("&quot;", '"'),
                ("&#39;", '\''),
            ];
            read_coded(escaped, '&', &entities, &['<', '>', '"', '\''])
        }

        /// Reads a percent-encoded value of a workflow command: `forbidden`
        /// would end it.
        fn read_github(escaped: &str, forbidden: &[char]) -> Result<String, TestCaseError> {
            let codes = [
                ("%25", '%'),
                ("%0D", '\r'),
                ("%0A", '\n'),
                ("%3A", ':'),
                ("%2C", ','),
            ];
            read_coded(escaped, '%', &codes, forbidden)
        }

        /// Reads Markdown text inside a line as CommonMark does: a
        /// backslash before punctuation is that character; any of the
        /// characters that open inline markup, unescaped, is markup.
        fn read_markdown(escaped: &str) -> Result<String, TestCaseError> {
            let mut out = String::new();
            let mut chars = escaped.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some(next) if next.is_ascii_punctuation() => out.push(next),
                        other => {
                            return Err(TestCaseError::fail(format!(
                                "a bare backslash before {other:?}"
                            )));
                        }
                    },
                    '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '~' | '|' => {
                        return Err(TestCaseError::fail(format!("markup {c:?} in {escaped:?}")));
                    }
                    '\n' | '\r' => {
                        return Err(TestCaseError::fail(format!("a line break in {escaped:?}")));
                    }
                    c => out.push(c),
                }
            }
            Ok(out)
        }

        /// Whether a line starting with `line` starts a list item, a
        /// thematic break or a setext underline in CommonMark.
        fn opens_a_block(line: &str) -> bool {
            let line = line.trim_start_matches([' ', '\t']);
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            let after = line.get(digits..).unwrap_or("");
            let ordered = (1..=9).contains(&digits)
                && (after.starts_with(['.', ')']))
                && after
                    .get(1..)
                    .is_none_or(|s| s.is_empty() || s.starts_with([' ', '\t']));
            let bullet = line.starts_with(['-', '+'])
                && line
                    .get(1..)
                    .is_none_or(|s| s.is_empty() || s.starts_with([' ', '\t']));
            let rule = |c: char| {
                let marks = line.chars().filter(|&x| x == c).count();
                marks >= 3 && line.chars().all(|x| x == c || x == ' ' || x == '\t')
            };
            let underline = line.starts_with('=') && line.trim_end().chars().all(|c| c == '=');
            ordered || bullet || rule('-') || underline
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn html_never_makes_markup(text in text()) {
                prop_assert_eq!(read_html(&html(&text))?, shown(&text));
            }

            #[test]
            fn markdown_never_makes_markup(text in text()) {
                let escaped = markdown(&text);
                let expected = shown(&text).replace(['\n', '\r'], " ");
                prop_assert_eq!(read_markdown(&escaped)?, expected);
                let line = markdown_line_start(&escaped);
                prop_assert!(!opens_a_block(&line), "{:?} opens a block", line);
                prop_assert_eq!(read_markdown(&line)?, shown(&text).replace(['\n', '\r'], " "));
            }

            #[test]
            fn github_commands_cannot_be_ended_by_their_text(text in text()) {
                prop_assert_eq!(read_github(&github_message(&text), &['\r', '\n'])?, text.clone());
                prop_assert_eq!(read_github(&github_property(&text), &['\r', '\n', ':', ','])?, text);
            }
        }
    }
}
