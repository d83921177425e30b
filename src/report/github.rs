//! GitHub Actions workflow commands: one line per diagnostic, which GitHub
//! shows as an annotation on the file and line of the pull request.
//!
//! `::error file=policies/a.policy,line=3,col=8,endLine=3,endColumn=14,title=E0101::message`
//!
//! Every command is written by [`command`], which escapes its values as
//! the Actions toolkit does ([`crate::escape::github_message`],
//! [`crate::escape::github_property`]).

use super::Located;
use crate::diagnostic::Severity;
use crate::escape::{github_message, github_property};

/// The level of a workflow command, which is how GitHub shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// `::error`: fails the check in the pull request's view.
    Error,
    /// `::warning`.
    Warning,
    /// `::notice`: information.
    Notice,
}

impl Level {
    /// The command's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Notice => "notice",
        }
    }
}

impl From<Severity> for Level {
    fn from(severity: Severity) -> Level {
        match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        }
    }
}

/// One workflow command, without a newline: `::level name=value,…::message`,
/// the values and the message escaped.
pub fn command(level: Level, properties: &[(&str, &str)], message: &str) -> String {
    let mut out = format!("::{}", level.as_str());
    for (i, (name, value)) in properties.iter().enumerate() {
        out.push(if i == 0 { ' ' } else { ',' });
        out.push_str(name);
        out.push('=');
        out.push_str(&github_property(value));
    }
    out.push_str("::");
    out.push_str(&github_message(message));
    out
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
    let (line, column) = (located.line.to_string(), located.column.to_string());
    let (end_line, end_column) = (located.end_line.to_string(), located.end_column.to_string());
    let mut properties = vec![("file", file), ("line", line.as_str())];
    if located.end_line == located.line {
        properties.push(("col", &column));
        properties.push(("endLine", &end_line));
        properties.push(("endColumn", &end_column));
    } else {
        properties.push(("endLine", &end_line));
    }
    properties.push(("title", &located.code));
    command(located.severity.into(), &properties, &message(located))
}

/// A workflow command for a problem that has no place in a file, such as
/// a file that cannot be read or a stale generated file.
pub fn unlocated(severity: Severity, message: &str) -> String {
    command(severity.into(), &[("title", "policyc")], message)
}

/// A notice with no place in a file, such as how many diagnostics were
/// not annotated.
pub fn notice(message: &str) -> String {
    command(Level::Notice, &[("title", "policyc")], message)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn commands_escape_their_parts() {
        assert_eq!(
            command(
                Level::Error,
                &[("file", "a,b:c.policy"), ("line", "3"), ("title", "t")],
                "50% done\nnext"
            ),
            "::error file=a%2Cb%3Ac.policy,line=3,title=t::50%25 done%0Anext"
        );
        assert_eq!(notice("a\r\nb"), "::notice title=policyc::a%0D%0Ab");
    }
}
