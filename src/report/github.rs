//! GitHub Actions workflow commands: one line per diagnostic, which GitHub
//! shows as an annotation on the file and line of the pull request.
//!
//! `::error file=policies/a.policy,line=3,col=8,endLine=3,endColumn=14,title=E0101::message`
//!
//! Values are escaped as the Actions toolkit does: in the message, `%`, CR
//! and LF; in a property, also `:` and `,`, which would end the value.

use super::Located;
use crate::diagnostic::Severity;

/// Escapes the message of a workflow command.
pub fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes the value of a property of a workflow command.
pub fn escape_property(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// The command for a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The message of an annotation: the diagnostic's message, then its help
/// line when there is one.
pub fn message(located: &Located) -> String {
    match &located.help {
        Some(help) => format!("{}\nhelp: {help}", located.message),
        None => located.message.clone(),
    }
}

/// The workflow command for one located diagnostic, without a newline.
///
/// GitHub ignores columns when an annotation spans several lines, and
/// refuses `col`/`endColumn` there, so they are given only when the
/// diagnostic starts and ends on the same line.
pub fn annotation(located: &Located) -> String {
    let file = located.file.strip_prefix("./").unwrap_or(&located.file);
    let mut properties = vec![
        format!("file={}", escape_property(file)),
        format!("line={}", located.line),
    ];
    if located.end_line == located.line {
        properties.push(format!("col={}", located.column));
        properties.push(format!("endLine={}", located.end_line));
        properties.push(format!("endColumn={}", located.end_column));
    } else {
        properties.push(format!("endLine={}", located.end_line));
    }
    properties.push(format!("title={}", escape_property(&located.code)));
    format!(
        "::{} {}::{}",
        command(located.severity),
        properties.join(","),
        escape_data(&message(located))
    )
}

/// A workflow command for a problem that has no place in a file, such as
/// a file that cannot be read or a stale generated file.
pub fn unlocated(severity: Severity, message: &str) -> String {
    format!(
        "::{} title=policyc::{}",
        command(severity),
        escape_data(message)
    )
}

/// A notice with no place in a file, such as how many diagnostics were
/// not annotated.
pub fn notice(message: &str) -> String {
    format!("::notice title=policyc::{}", escape_data(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_and_line_breaks_only() {
        assert_eq!(escape_data("50% a:b, c\r\nd"), "50%25 a:b, c%0D%0Ad");
    }

    #[test]
    fn properties_also_escape_colon_and_comma() {
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    fn located(line: usize, end_line: usize) -> Located {
        Located {
            code: "E0101".to_owned(),
            severity: Severity::Error,
            file: "./policies/a,b.policy".to_owned(),
            line,
            column: 8,
            end_line,
            end_column: 14,
            message: "unknown data category `acount`".to_owned(),
            label: "no data category has this name".to_owned(),
            help: Some("did you mean `account`?".to_owned()),
        }
    }

    #[test]
    fn an_annotation_names_the_place_and_appends_the_help() {
        assert_eq!(
            annotation(&located(3, 3)),
            "::error file=policies/a%2Cb.policy,line=3,col=8,endLine=3,endColumn=14,title=E0101::unknown data category `acount`%0Ahelp: did you mean `account`?"
        );
    }

    #[test]
    fn a_multiline_annotation_has_no_columns() {
        let text = annotation(&located(3, 5));
        assert!(
            text.starts_with("::error file=policies/a%2Cb.policy,line=3,endLine=5,title=E0101::")
        );
    }
}
