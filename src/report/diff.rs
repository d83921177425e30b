//! The report of a diff in every format: for people on a terminal
//! (grouped by class, coloured), as Markdown (for a pull request, and the
//! diff pages), as HTML (the diff pages), as JSON (stable, for tools) and as
//! GitHub Actions annotations. `policyc diff` prints through [`write()`], so
//! `--format` means for it what it means for every command.

use std::fmt;
use std::io;

use codespan_reporting::term::termcolor::{Color, ColorSpec, WriteColor};
use serde::Serialize;

use super::Format;
use super::github::{self as workflow, Level};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::diff::{Action, Area, Assessment, Bump, Change, ChangeKind, Class, Diff, Group, words};
use crate::escape::{html as escape_html, markdown as escape_markdown, markdown_line_start};
use crate::model::{Date, Policy, Spans};
use crate::source::SourceFile;
use crate::span::Span;
use crate::vocab::Closed as _;

/// Everything a report of one diff says.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The old edition.
    pub old: &'a Policy,
    /// The new edition.
    pub new: &'a Policy,
    /// Where the old edition came from, as given.
    pub old_source: &'a str,
    /// Where the new edition came from, as given.
    pub new_source: &'a str,
    /// The changes.
    pub diff: &'a Diff,
    /// What they mean for the new version and effective date.
    pub assessment: &'a Assessment,
}

impl Report<'_> {
    /// `Changes to TITLE from OLD to NEW`, unescaped.
    pub fn title(&self) -> String {
        let (old, new) = self.versions();
        format!("Changes to {} from {old} to {new}", self.new.header.title)
    }

    fn versions(&self) -> (String, String) {
        (
            self.old.header.version.to_string(),
            self.new.header.version.to_string(),
        )
    }

    /// One sentence on the version: what is needed and what was done.
    pub fn verdict(&self) -> String {
        let (old, new) = self.versions();
        let required = self.assessment.required_bump;
        let actual = self.assessment.actual_bump;
        let done = match actual {
            Bump::None => format!("{new} raises no version number over {old}"),
            bump => format!("{new} is a {} bump over {old}", bump.as_str()),
        };
        match required {
            Bump::None => {
                format!("no change in what the policy says, so no bump is needed; {done}")
            }
            needed => {
                let ok = if self.assessment.bump_ok() {
                    "enough"
                } else {
                    "too small"
                };
                format!(
                    "the changes need a {} version bump; {done}: {ok}",
                    needed.as_str()
                )
            }
        }
    }
}

impl Report<'_> {
    /// Why the new edition cannot be released as it is: E0502 and E0504,
    /// as `policyc build` reports them.
    pub fn problems(&self) -> Vec<Diagnostic> {
        crate::diff::problems(self.old, self.new, self.diff, Default::default(), None)
    }

    /// The problems, each as one sentence.
    fn problem_lines(&self) -> Vec<String> {
        self.problems().iter().map(sentence).collect()
    }
}

/// A problem as one sentence: its message and its help.
fn sentence(problem: &Diagnostic) -> String {
    match &problem.help {
        Some(help) => format!("{}; {help}", problem.message),
        None => problem.message.clone(),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `4 changes (1 expanding, 2 narrowing and 1 editorial)`.
pub fn counts(diff: &Diff) -> String {
    if diff.is_empty() {
        return "no changes in what the policy says".to_owned();
    }
    let parts: Vec<String> = Class::STRONGEST_FIRST
        .iter()
        .filter(|c| diff.count(**c) > 0)
        .map(|c| format!("{} {}", diff.count(*c), c.as_str()))
        .collect();
    format!(
        "{} ({})",
        plural(diff.changes.len(), "change"),
        words::list(&parts, "and")
    )
}

/// The changes of each group that has any, in [`Group::ORDER`]: how every
/// format lists them. Changes in free text are apart from the editorial
/// changes the comparison checked.
pub fn groups(diff: &Diff) -> impl Iterator<Item = (Group, Vec<&Change>)> {
    Group::ORDER.into_iter().filter_map(|group| {
        let changes: Vec<&Change> = diff
            .changes
            .iter()
            .filter(|c| Group::of(c) == group)
            .collect();
        (!changes.is_empty()).then_some((group, changes))
    })
}

fn edition_line(policy: &Policy) -> String {
    format!(
        "{} (effective {})",
        policy.header.version, policy.header.effective
    )
}

fn marker(group: Group) -> &'static str {
    match group {
        Group::Checked(Class::Expanding) => "+",
        Group::Checked(Class::Narrowing) => "-",
        Group::Checked(Class::Editorial) => "~",
        Group::MeaningNotChecked => "?",
    }
}

fn color(group: Group) -> Color {
    match group {
        Group::Checked(Class::Expanding) => Color::Red,
        Group::Checked(Class::Narrowing) => Color::Green,
        Group::Checked(Class::Editorial) => Color::Cyan,
        Group::MeaningNotChecked => Color::Yellow,
    }
}

/// The report for people: a header line, the changes grouped by class
/// (strongest first), then the verdict on the version and, when
/// `problems` is set, the problems (otherwise the caller reports them).
pub fn human(report: &Report<'_>, problems: bool, out: &mut dyn WriteColor) -> std::io::Result<()> {
    let bold = {
        let mut spec = ColorSpec::new();
        spec.set_bold(true);
        spec
    };
    out.set_color(&bold)?;
    write!(out, "{}", report.new.id)?;
    out.reset()?;
    writeln!(
        out,
        ": {} -> {}",
        edition_line(report.old),
        edition_line(report.new)
    )?;
    writeln!(out, "{}", counts(report.diff))?;
    for (group, changes) in groups(report.diff) {
        writeln!(out)?;
        let mut heading = ColorSpec::new();
        heading.set_fg(Some(color(group))).set_bold(true);
        out.set_color(&heading)?;
        write!(out, "{} ({})", group.as_str(), changes.len())?;
        out.reset()?;
        writeln!(
            out,
            ": {}; needs a {} version",
            group.meaning(),
            group.class().bump().as_str()
        )?;
        for change in changes {
            let mut mark = ColorSpec::new();
            mark.set_fg(Some(color(group)));
            write!(out, "  ")?;
            out.set_color(&mark)?;
            write!(out, "{}", marker(group))?;
            out.reset()?;
            writeln!(out, " {}", change.explanation())?;
        }
    }
    let (languages, outdated) = crate::translate::outdated(report.old, report.new);
    if !outdated.is_empty() {
        writeln!(out)?;
        let mut heading = ColorSpec::new();
        heading.set_bold(true);
        out.set_color(&heading)?;
        write!(
            out,
            "translations to update for {} ({})",
            languages.join(", "),
            outdated.len()
        )?;
        out.reset()?;
        writeln!(out, ": {TRANSLATIONS_MEANING}")?;
        for string in &outdated {
            writeln!(out, "  {}", translation_line(string))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "version: {}", report.verdict())?;
    if let Some(notice) = report.assessment.notice
        && report.diff.class() == Some(Class::Expanding)
        && report.assessment.notice_ok()
    {
        writeln!(
            out,
            "notice: {} takes effect {} days after {}, at least the promised {notice}: enough",
            report.new.header.version, report.assessment.days_between, report.old.header.version
        )?;
    }
    for problem in report.problem_lines().iter().filter(|_| problems) {
        let mut spec = ColorSpec::new();
        spec.set_fg(Some(Color::Red)).set_bold(true);
        out.set_color(&spec)?;
        write!(out, "problem")?;
        out.reset()?;
        writeln!(out, ": {problem}")?;
    }
    Ok(())
}

/// What the list of outdated translations means.
const TRANSLATIONS_MEANING: &str = "the strings this change rewords or adds";

/// One outdated translation in words: its path, the new wording and what
/// it was.
fn translation_line(string: &crate::translate::Outdated) -> String {
    match &string.previous {
        Some(previous) => format!("{}: \"{}\", was \"{previous}\"", string.path, string.source),
        None => format!("{}: \"{}\", new", string.path, string.source),
    }
}

/// The report as Markdown, headings starting at `level` (`2` gives `##`).
pub fn markdown(report: &Report<'_>, level: usize) -> String {
    body(report, &Markdown, level.clamp(1, 5))
}

/// The report as HTML, for the body of a page: the same as [`markdown`],
/// every string escaped.
pub fn html(report: &Report<'_>) -> String {
    body(report, &Html, 1)
}

/// How the parts of a report are marked up, so that its Markdown and HTML
/// forms say the same things in the same order. Text handed to it is
/// already escaped.
trait Markup {
    /// Escapes a string for the format.
    fn escape(&self, text: &str) -> String;
    /// A heading at `depth` (1 for the title), coloured by `group`.
    fn heading(&self, depth: usize, group: Option<Group>, text: &str, out: &mut String);
    /// A paragraph, set apart when it states a problem.
    fn paragraph(&self, text: &str, problem: bool, out: &mut String);
    /// Strong text, coloured by `class`.
    fn strong(&self, class: Option<Class>, text: &str) -> String;
    /// A policy id, as code.
    fn code(&self, text: &str) -> String;
    /// A bulleted list.
    fn list(&self, items: &[String], out: &mut String);
}

/// Markdown, as code-hosting sites render it.
struct Markdown;

impl Markup for Markdown {
    fn escape(&self, text: &str) -> String {
        escape_markdown(text)
    }

    fn heading(&self, depth: usize, _: Option<Group>, text: &str, out: &mut String) {
        out.push_str(&format!("{} {text}\n\n", "#".repeat(depth)));
    }

    fn paragraph(&self, text: &str, _: bool, out: &mut String) {
        out.push_str(text);
        out.push_str("\n\n");
    }

    fn strong(&self, _: Option<Class>, text: &str) -> String {
        format!("**{text}**")
    }

    fn code(&self, text: &str) -> String {
        // An id is letters, digits, `_` and `.`: nothing ends a code span.
        format!("`{text}`")
    }

    fn list(&self, items: &[String], out: &mut String) {
        for item in items {
            out.push_str(&format!("- {}\n", markdown_line_start(item)));
        }
        out.push('\n');
    }
}

/// HTML, for the body of a page.
struct Html;

impl Markup for Html {
    fn escape(&self, text: &str) -> String {
        escape_html(text)
    }

    fn heading(&self, depth: usize, group: Option<Group>, text: &str, out: &mut String) {
        out.push_str(&format!(
            "<h{depth}{}>{text}</h{depth}>\n",
            class_attribute(group.map(css_class))
        ));
    }

    fn paragraph(&self, text: &str, problem: bool, out: &mut String) {
        let class = if problem { " class=\"problem\"" } else { "" };
        out.push_str(&format!("<p{class}>{text}</p>\n"));
    }

    fn strong(&self, class: Option<Class>, text: &str) -> String {
        format!(
            "<strong{}>{text}</strong>",
            class_attribute(class.map(Class::as_str))
        )
    }

    fn code(&self, text: &str) -> String {
        format!("<code>{}</code>", escape_html(text))
    }

    fn list(&self, items: &[String], out: &mut String) {
        out.push_str("<ul>\n");
        for item in items {
            out.push_str(&format!("<li>{item}</li>\n"));
        }
        out.push_str("</ul>\n");
    }
}

/// ` class="expanding"`, or nothing.
fn class_attribute(class: Option<&str>) -> String {
    class.map_or_else(String::new, |c| format!(" class=\"{c}\""))
}

/// The CSS class of a group's heading: its class's, or `unchecked`.
fn css_class(group: Group) -> &'static str {
    match group {
        Group::Checked(class) => class.as_str(),
        Group::MeaningNotChecked => "unchecked",
    }
}

/// The report in a markup, its title at heading `level`: the editions, the
/// strongest class and the counts, the verdict on the version, the
/// problems, then the changes by class.
fn body(report: &Report<'_>, markup: &dyn Markup, level: usize) -> String {
    let (old, new) = (report.old, report.new);
    let mut out = String::new();
    markup.heading(level, None, &markup.escape(&report.title()), &mut out);
    let editions = format!(
        ": {}, effective {}, and {}, effective {}.",
        old.header.version,
        old.header.effective.long(),
        new.header.version,
        new.header.effective.long()
    );
    let editions = format!(
        "Policy {}{}",
        markup.code(&new.id),
        markup.escape(&editions)
    );
    markup.paragraph(&editions, false, &mut out);
    let class = match report.diff.class() {
        None => "No change in what the policy says.".to_owned(),
        Some(class) => format!(
            "{}: {}.",
            markup.strong(Some(class), class.title()),
            markup.escape(&counts(report.diff))
        ),
    };
    markup.paragraph(&class, false, &mut out);
    let verdict = format!("Version: {}.", markup.escape(&report.verdict()));
    markup.paragraph(&verdict, false, &mut out);
    for problem in report.problem_lines() {
        let problem = format!(
            "{}: {}.",
            markup.strong(None, "Problem"),
            markup.escape(&problem)
        );
        markup.paragraph(&problem, true, &mut out);
    }
    for (group, changes) in groups(report.diff) {
        let heading = format!("{} ({}): {}", group.title(), changes.len(), group.meaning());
        markup.heading(level + 1, Some(group), &markup.escape(&heading), &mut out);
        let items: Vec<String> = changes
            .iter()
            .map(|change| markup.escape(&change.explanation()))
            .collect();
        markup.list(&items, &mut out);
    }
    let (languages, outdated) = crate::translate::outdated(old, new);
    if !outdated.is_empty() {
        let heading = format!(
            "Translations to update for {} ({}): {TRANSLATIONS_MEANING}",
            languages.join(", "),
            outdated.len()
        );
        markup.heading(level + 1, None, &markup.escape(&heading), &mut out);
        let items: Vec<String> = outdated
            .iter()
            .map(|string| markup.escape(&translation_line(string)))
            .collect();
        markup.list(&items, &mut out);
    }
    out
}

/// One edition in the JSON report.
#[derive(Debug, Serialize)]
struct JsonEdition<'a> {
    source: &'a str,
    policy: &'a str,
    version: String,
    effective: Date,
}

impl<'a> JsonEdition<'a> {
    fn of(source: &'a str, policy: &'a Policy) -> Self {
        JsonEdition {
            source,
            policy: &policy.id,
            version: policy.header.version.to_string(),
            effective: policy.header.effective,
        }
    }
}

/// How many changes of each class.
#[derive(Debug, Serialize)]
struct JsonCounts {
    expanding: usize,
    narrowing: usize,
    editorial: usize,
}

/// The JSON report. Field names and values are stable: tools may rely on them.
#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    old: JsonEdition<'a>,
    new: JsonEdition<'a>,
    class: Option<Class>,
    required_bump: Bump,
    actual_bump: Bump,
    bump_ok: bool,
    notice: Option<String>,
    days_between: i64,
    notice_ok: bool,
    earliest_effective: Option<Date>,
    counts: JsonCounts,
    changes: Vec<JsonChange<'a>>,
    problems: Vec<String>,
    /// Left out when the new edition is published in one language.
    #[serde(skip_serializing_if = "Option::is_none")]
    translations: Option<JsonTranslations>,
}

/// The translations a change made stale or missing, in the JSON report.
#[derive(Debug, Serialize)]
struct JsonTranslations {
    languages: Vec<String>,
    outdated: Vec<crate::translate::Outdated>,
}

/// One change in the JSON report: its kind's stable id, where it is, and
/// its words.
#[derive(Debug, Serialize)]
struct JsonChange<'a> {
    kind: ChangeKind,
    class: Class,
    /// False for a change in free text, whose meaning no one checked.
    meaning_checked: bool,
    area: Area,
    subject: &'a str,
    aspect: Option<&'a str>,
    action: Action,
    explanation: String,
}

impl<'a> JsonChange<'a> {
    fn of(change: &'a Change) -> Self {
        JsonChange {
            kind: change.kind,
            class: change.class(),
            meaning_checked: !change.kind.is_free_text(),
            area: change.area,
            subject: &change.subject,
            aspect: change.aspect.as_deref(),
            action: change.action,
            explanation: change.explanation(),
        }
    }
}

fn json_translations(report: &Report<'_>) -> Option<JsonTranslations> {
    let (languages, outdated) = crate::translate::outdated(report.old, report.new);
    (!languages.is_empty()).then_some(JsonTranslations {
        languages,
        outdated,
    })
}

/// The report as one JSON document, followed by a newline.
///
/// # Errors
///
/// When serde_json cannot serialize it, which the report's plain fields
/// (string keys only) never give it reason to.
pub fn json(report: &Report<'_>) -> serde_json::Result<String> {
    let old = JsonEdition::of(report.old_source, report.old);
    let new = JsonEdition::of(report.new_source, report.new);
    let a = report.assessment;
    let doc = JsonReport {
        old,
        new,
        class: report.diff.class(),
        required_bump: a.required_bump,
        actual_bump: a.actual_bump,
        bump_ok: a.bump_ok(),
        notice: a.notice.map(|d| d.to_string()),
        days_between: a.days_between,
        notice_ok: a.notice_ok(),
        earliest_effective: a.earliest_effective,
        counts: JsonCounts {
            expanding: report.diff.count(Class::Expanding),
            narrowing: report.diff.count(Class::Narrowing),
            editorial: report.diff.count(Class::Editorial),
        },
        changes: report.diff.changes.iter().map(JsonChange::of).collect(),
        problems: report.problem_lines(),
        translations: json_translations(report),
    };
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    Ok(text)
}

/// Where the declarations of a policy source are, to point annotations at
/// the right line.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    /// The file, as annotations name it.
    pub file: String,
    header: Option<usize>,
    version: Option<usize>,
    effective: Option<usize>,
    changes: Option<usize>,
    items: Vec<(Area, String, usize)>,
}

impl Locator {
    /// Finds the declarations of `policy`, checked from the source `text`
    /// of the file named `file`, where `spans` says: only those in that
    /// file, since annotations name it (an included file's spans start
    /// after its end).
    pub fn new(file: &str, text: &str, policy: &Policy, spans: &Spans) -> Locator {
        let source = SourceFile::from_text(file, text);
        let line = |span: &Span| (span.end <= text.len()).then(|| source.line_column(span.start).0);
        let header = &spans.header;
        let mut locator = Locator {
            file: file.to_owned(),
            header: line(&header.whole),
            ..Locator::default()
        };
        if locator.header.is_some() {
            locator.version = header.version.as_ref().and_then(line);
            locator.effective = header.effective.as_ref().and_then(line);
        }
        locator.changes = spans.changes.as_ref().and_then(line);
        let mut add = |area: Area, subject: &str, span: &Span| {
            if let Some(line) = line(span) {
                locator.add(area, subject, line);
            }
        };
        for (data, span) in policy.data.iter().zip(&spans.data) {
            add(Area::Data, &data.id, span);
        }
        for (purpose, span) in policy.purposes.iter().zip(&spans.purposes) {
            add(Area::Purpose, &purpose.id, span);
        }
        for (recipient, span) in policy.recipients.iter().zip(&spans.recipients) {
            add(Area::Recipient, &recipient.id, span);
        }
        for (transfer, span) in policy.transfers.iter().zip(&spans.transfers) {
            add(Area::Transfer, &transfer.recipient, span);
        }
        for (retention, span) in policy.retention.iter().zip(&spans.retention) {
            for data in &retention.data {
                add(Area::Retention, data, span);
            }
        }
        for (right, span) in policy.rights.iter().zip(&spans.rights) {
            add(Area::Right, right.kind.keyword(), span);
        }
        let statements = [
            (Area::Obligation, &policy.obligations, &spans.obligations),
            (Area::Security, &policy.security, &spans.security),
        ];
        for (area, statements, at) in statements {
            for (statement, span) in statements.iter().zip(at) {
                add(area, &statement.id, span);
            }
        }
        for (clause, span) in policy.clauses.iter().zip(&spans.clauses) {
            add(Area::Clause, &clause.id, span);
        }
        for (tracker, span) in policy.trackers.iter().zip(&spans.trackers) {
            add(Area::Tracker, &tracker.id, span);
        }
        if let Some(span) = &spans.children {
            add(Area::Children, "children", span);
        }
        for (decision, span) in policy.decisions.iter().zip(&spans.decisions) {
            add(Area::Decision, &decision.id, span);
        }
        for (commitment, span) in policy.commitments.iter().zip(&spans.commitments) {
            let subject = crate::vocab::commitment_written(*commitment);
            add(Area::Commitment, &subject, span);
        }
        for (combination, span) in policy.combinations.iter().zip(&spans.combinations) {
            add(Area::Combination, &combination.data.join(", "), span);
        }
        for (section, span) in policy.sections.iter().zip(&spans.sections) {
            add(Area::Section, section.id.id(), span);
        }
        locator
    }

    fn add(&mut self, area: Area, subject: &str, line: usize) {
        if !self
            .items
            .iter()
            .any(|(a, s, _)| *a == area && s == subject)
        {
            self.items.push((area, subject.to_owned(), line));
        }
    }

    fn find(&self, area: Area, subject: &str) -> Option<usize> {
        self.items
            .iter()
            .find(|(a, s, _)| *a == area && s == subject)
            .map(|(_, _, line)| *line)
    }

    /// The line of the `version` property.
    pub fn version_line(&self) -> Option<usize> {
        self.version.or(self.header)
    }

    /// The line of the `effective` property.
    pub fn effective_line(&self) -> Option<usize> {
        self.effective.or(self.header)
    }

    /// The line a change is best shown at in the new source, if it is there.
    pub fn line(&self, change: &Change) -> Option<usize> {
        if change.action == Action::Removed && change.aspect.is_none() {
            return None;
        }
        match change.area {
            Area::Header | Area::Policy => self.header,
            Area::Changes => self.changes.or(self.header),
            Area::Retention => {
                // The retain statement naming the category or its nearest
                // parent, else the category itself.
                let mut id = change.subject.as_str();
                loop {
                    if let Some(line) = self.find(Area::Retention, id) {
                        return Some(line);
                    }
                    match id.rsplit_once('.') {
                        Some((parent, _)) => id = parent,
                        None => return self.find(Area::Data, &change.subject),
                    }
                }
            }
            area => self.find(area, &change.subject),
        }
    }
}

fn annotation(
    level: Level,
    file: Option<&str>,
    line: Option<usize>,
    title: &str,
    message: &str,
) -> String {
    let line = line.map(|line| line.to_string());
    let mut properties = Vec::new();
    if let Some(file) = file {
        properties.push(("file", file));
        if let Some(line) = &line {
            properties.push(("line", line.as_str()));
        }
    }
    properties.push(("title", title));
    let mut command = workflow::command(level, &properties, message);
    command.push('\n');
    command
}

/// The report as GitHub Actions workflow commands: a warning per expanding
/// change, a notice per other change, and the problems as errors when the
/// bump is required (warnings otherwise).
pub fn github(report: &Report<'_>, locator: Option<&Locator>, require_bump: bool) -> String {
    let file = locator.map(|l| l.file.as_str());
    let mut out = String::new();
    for change in &report.diff.changes {
        let level = match change.class() {
            Class::Expanding => Level::Warning,
            Class::Narrowing | Class::Editorial => Level::Notice,
        };
        let line = locator.and_then(|l| l.line(change));
        let title = format!(
            "{} change (needs a {} version)",
            change.class().as_str(),
            change.class().bump().as_str()
        );
        out.push_str(&annotation(
            level,
            file,
            line,
            &title,
            &change.explanation(),
        ));
    }
    let level = if require_bump {
        Level::Error
    } else {
        Level::Warning
    };
    for problem in report.problems() {
        let (place, title): (fn(&Locator) -> Option<usize>, _) = match problem.code {
            Code::NoticeTooShort => (Locator::effective_line, "notice period not respected"),
            _ => (Locator::version_line, "version bump too small"),
        };
        let line = locator.and_then(place);
        out.push_str(&annotation(level, file, line, title, &sentence(&problem)));
    }
    out
}

/// Why a diff report could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// SARIF is for code-scanning results; a diff has no such form.
    NoSarif,
    /// Standard output could not be written (a closed pipe).
    Io(io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::NoSarif => f.write_str(
                "a diff has no SARIF form; use --format json (for tools) or github (for annotations)",
            ),
            WriteError::Io(error) => write!(f, "cannot write the report: {error}"),
        }
    }
}

impl std::error::Error for WriteError {}

impl From<io::Error> for WriteError {
    fn from(error: io::Error) -> Self {
        WriteError::Io(error)
    }
}

/// Writes the report in `format`: Markdown with `##` headings, GitHub
/// annotations at the lines `locator` finds (errors when the bump is
/// `required`, warnings otherwise), and for people the problems too unless
/// the bump is `required` (the caller then reports them as errors).
pub fn write(
    format: Format,
    report: &Report<'_>,
    locator: Option<&Locator>,
    required: bool,
    out: &mut dyn WriteColor,
) -> Result<(), WriteError> {
    let text = match format {
        Format::Human => return Ok(human(report, !required, out)?),
        Format::Json => json(report).map_err(io::Error::from)?,
        Format::Markdown => markdown(report, 2),
        Format::Github => github(report, locator, required),
        Format::Sarif => return Err(WriteError::NoSarif),
    };
    out.write_all(text.as_bytes())?;
    Ok(out.flush()?)
}
