//! `policyc fmt`: one canonical layout, every comment kept.
//!
//! The formatter works from the syntax tree's spans, so it knows where each
//! declaration and each property begins and ends; between them there is
//! only whitespace and comments. A comment on the same line as the end of
//! an item stays behind it; any other comment travels with the item that
//! follows it. Inside a block, properties go into a canonical order with
//! their values aligned; declarations are separated by one blank line,
//! except runs of one-line declarations of the same kind, which stay
//! together. Strings are copied byte for byte, escapes included.
//!
//! Formatting never changes meaning: the result is parsed again and its
//! model compared with the input's; if they differ, nothing is rewritten.

use crate::diagnostic::{self, Diagnostic, MAX_KEPT, Omitted};
use crate::span::Span;
use crate::syntax::ast::{self, Decl};

/// The width past which long constructs are wrapped.
const MAX_WIDTH: usize = 100;
/// One level of indentation.
const INDENT: &str = "  ";

/// Why a file could not be formatted.
#[derive(Debug)]
pub enum FmtError {
    /// The file does not parse; these are the parser's first diagnostics.
    Syntax(Vec<Diagnostic>),
    /// The formatted text would mean something else, or its meaning could
    /// not be compared (the model did not serialize): a bug in the
    /// formatter. The file is left as it is.
    WouldChangeMeaning,
}

/// Formats a policy source.
pub fn format(source: &str) -> Result<String, FmtError> {
    syntax_errors(source)?;
    let (file, _) = crate::syntax::parse(source);
    let formatted = Formatter { source }.file(&file);
    if fingerprint(source)? != fingerprint(&formatted)? {
        return Err(FmtError::WouldChangeMeaning);
    }
    Ok(formatted)
}

/// The file's syntax errors, the first [`MAX_KEPT`] of them, found
/// without holding its tree: a file of a million broken lines is never
/// formatted, so neither its tree nor its million diagnostics are kept.
fn syntax_errors(source: &str) -> Result<(), FmtError> {
    let mut diagnostics = Vec::new();
    let mut omitted = Omitted::default();
    crate::syntax::parse_each(source, 0, &mut diagnostics, &mut omitted, &mut drop);
    if diagnostics.is_empty() && omitted.is_empty() {
        return Ok(());
    }
    diagnostic::cap(&mut diagnostics, MAX_KEPT, &mut omitted);
    Err(FmtError::Syntax(diagnostics))
}

/// What formatting must preserve: the model when the file checks clean,
/// else the multiset of tokens; and always every comment. A model that
/// does not serialize cannot be compared, so the file is not formatted.
fn fingerprint(source: &str) -> Result<(String, Vec<String>), FmtError> {
    let tokens = lex(source, Span::new(0, source.len()));
    let mut comments: Vec<String> = tokens
        .iter()
        .filter(|t| t.kind == Kind::Comment)
        .map(|t| t.text.trim_end().to_owned())
        .collect();
    comments.sort();
    let checked = crate::check_source(source);
    let meaning = match &checked.policy {
        Some(policy) => serde_json::to_string(policy).map_err(|_| FmtError::WouldChangeMeaning)?,
        None => {
            // Braces are left out: an empty block (`{}`) is dropped, and
            // means nothing either way.
            let mut words: Vec<&str> = tokens
                .iter()
                .filter(|t| !matches!(t.kind, Kind::Comment | Kind::Open | Kind::Close))
                .map(|t| t.text)
                .collect();
            words.sort_unstable();
            words.join(" ")
        }
    };
    Ok((meaning, comments))
}

// ------------------------------------------------------------------ lexing

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Str,
    Comma,
    Open,
    Close,
    Comment,
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
    /// Line breaks between the previous token (or the range start) and this one.
    breaks_before: usize,
}

/// Splits `source[span]` into tokens. The source parsed, so strings are closed.
fn lex(source: &str, span: Span) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let bytes = source.as_bytes();
    let mut at = span.start;
    let mut breaks = 0;
    while at < span.end {
        let Some(&byte) = bytes.get(at) else { break };
        let start = at;
        let kind = match byte {
            b'\n' => {
                breaks += 1;
                at += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                at += 1;
                continue;
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                while at < span.end && bytes.get(at) != Some(&b'\n') {
                    at += 1;
                }
                Kind::Comment
            }
            b'"' => {
                at += 1;
                while at < span.end {
                    match bytes.get(at) {
                        Some(b'\\') => at += 2,
                        Some(b'"') => {
                            at += 1;
                            break;
                        }
                        _ => at += 1,
                    }
                }
                Kind::Str
            }
            b',' => {
                at += 1;
                Kind::Comma
            }
            b'{' => {
                at += 1;
                Kind::Open
            }
            b'}' => {
                at += 1;
                Kind::Close
            }
            _ => {
                while at < span.end
                    && bytes.get(at).is_some_and(|b| {
                        !matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b',' | b'{' | b'}' | b'"')
                    })
                    && !(bytes.get(at) == Some(&b'/') && bytes.get(at + 1) == Some(&b'/'))
                {
                    at += 1;
                }
                // A byte the rules above do not take (a stray BOM): skip it.
                if at == start {
                    at += 1;
                    continue;
                }
                Kind::Word
            }
        };
        let end = at.min(span.end);
        // Skipping a stray byte one at a time can leave a word starting
        // inside a character; such a word has no text fmt can keep.
        tokens.push(Token {
            kind,
            text: source.get(start..end).unwrap_or(""),
            start,
            end,
            breaks_before: breaks,
        });
        breaks = 0;
    }
    tokens
}

// -------------------------------------------------------------- rendering

/// An item of a sequence (a declaration, a property) with the comments
/// that travel with it.
struct Item<'a> {
    /// Comment lines before it; `None` marks a blank line between comments.
    leading: Vec<Option<&'a str>>,
    /// Where it is.
    span: Span,
    /// A comment on the same line as its end.
    trailing: Option<&'a str>,
    /// Its rank in the canonical order (stable among equals).
    rank: usize,
}

/// Attaches the comments in the gaps between `spans` (inside `outer`) to
/// the items; returns the items and the comments after the last one.
fn attach<'a>(
    source: &'a str,
    outer: Span,
    spans: &[(Span, usize)],
) -> (Vec<Item<'a>>, Vec<Option<&'a str>>) {
    let mut items: Vec<Item<'a>> = Vec::new();
    let mut pending: Vec<Option<&'a str>> = Vec::new();
    let mut gap_start = outer.start;
    let attach_gap = |gap: Span, items: &mut Vec<Item<'a>>, pending: &mut Vec<Option<&'a str>>| {
        for token in lex(source, gap) {
            if token.kind != Kind::Comment {
                continue;
            }
            let text = token.text.trim_end();
            match items.last_mut() {
                Some(previous)
                    if token.breaks_before == 0
                        && previous.trailing.is_none()
                        && pending.is_empty() =>
                {
                    previous.trailing = Some(text);
                }
                _ => {
                    if token.breaks_before >= 2 && !pending.is_empty() {
                        pending.push(None);
                    }
                    pending.push(Some(text));
                }
            }
        }
    };
    for &(span, rank) in spans {
        attach_gap(Span::new(gap_start, span.start), &mut items, &mut pending);
        items.push(Item {
            leading: std::mem::take(&mut pending),
            span,
            trailing: None,
            rank,
        });
        gap_start = span.end;
    }
    attach_gap(Span::new(gap_start, outer.end), &mut items, &mut pending);
    (items, pending)
}

/// Joins tokens into lines: single spaces, no space before a comma, a line
/// break after a comment, and long constructs wrapped at the width.
/// `first` is the text the first line starts with; continuation lines
/// start with `continuation`.
fn layout(tokens: &[Token<'_>], first: &str, continuation: &str) -> Vec<String> {
    layout_reserving(tokens, first, continuation, 0)
}

/// [`layout`], keeping `reserve` columns free after the last token (for
/// the ` {` that opens a block). A line is broken where the next part
/// (up to the next good break) does not fit: after a comma, before `or`
/// (a retention period) or before a string; and, where no good break
/// comes in time, before any token that does not fit, so that only a
/// token longer than the width makes a longer line.
fn layout_reserving(
    tokens: &[Token<'_>],
    first: &str,
    continuation: &str,
    reserve: usize,
) -> Vec<String> {
    let mut lines = vec![first.to_owned()];
    let mut fresh = true;
    let mut after_comment = false;
    for (i, token) in tokens.iter().enumerate() {
        if after_comment {
            lines.push(continuation.to_owned());
            fresh = true;
        }
        let Some(line) = lines.last_mut() else { break };
        let needs_space = !fresh && token.kind != Kind::Comma && !line.ends_with(' ');
        let start = line.len() + usize::from(needs_space);
        let last = i + 1 == tokens.len();
        let token_end = start + token.text.trim_end().len() + if last { reserve } else { 0 };
        let part_end = start + part_length(tokens, i, reserve);
        let wrap = !fresh
            && token.kind != Kind::Comma
            && line.len() > continuation.len()
            && ((good_break(tokens, i) && part_end > MAX_WIDTH) || token_end > MAX_WIDTH);
        if wrap {
            lines.push(continuation.to_owned());
        } else if needs_space {
            // A comment after code is set off by two spaces, as at the
            // end of a declaration or property.
            line.push_str(if token.kind == Kind::Comment {
                "  "
            } else {
                " "
            });
        }
        if let Some(line) = lines.last_mut() {
            line.push_str(token.text.trim_end());
        }
        fresh = false;
        after_comment = token.kind == Kind::Comment;
    }
    lines
}

/// How well a line breaks before token `i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    /// Not well: only a token that does not fit goes to a new line.
    None,
    /// Before a string.
    Weak,
    /// After a comma (but for the one before `whichever`), or before `or`
    /// (a retention period), `then` (its end) or `backups`.
    Strong,
}

fn break_before(tokens: &[Token<'_>], i: usize) -> Break {
    let after_comma = i > 0 && tokens.get(i - 1).is_some_and(|t| t.kind == Kind::Comma);
    match tokens.get(i) {
        // `, whichever comes last` stays with the last period, so a long
        // retention breaks before `or`.
        Some(t) if t.kind == Kind::Word && t.text == "whichever" => Break::None,
        // A retention's end and its backups start parts of their own.
        Some(t)
            if after_comma
                || (t.kind == Kind::Word && matches!(t.text, "or" | "then" | "backups")) =>
        {
            Break::Strong
        }
        Some(t) if t.kind == Kind::Str => Break::Weak,
        _ => Break::None,
    }
}

fn good_break(tokens: &[Token<'_>], i: usize) -> bool {
    break_before(tokens, i) != Break::None
}

/// The length of the tokens from `i` up to the next break as good as the
/// one before `i` (a comma included), with a space between tokens;
/// `reserve` more when they run to the end.
fn part_length(tokens: &[Token<'_>], i: usize, reserve: usize) -> usize {
    let here = break_before(tokens, i).max(Break::Weak);
    let mut length = 0;
    for (at, token) in tokens.iter().enumerate().skip(i) {
        if at > i && break_before(tokens, at) >= here {
            return length;
        }
        if at > i && token.kind != Kind::Comma {
            length += 1;
        }
        length += token.text.trim_end().len();
    }
    length + reserve
}

/// The canonical property order of each block, by keyword, as the
/// block's table declares it.
fn rank_of(block: BlockKind, keyword: &str) -> usize {
    use crate::syntax::props;
    let table = match block {
        BlockKind::Header => &props::HEADER,
        BlockKind::Controller => &props::CONTROLLER,
        BlockKind::JointController => &props::JOINT_CONTROLLER,
        BlockKind::Data => &props::DATA,
        BlockKind::Purpose => &props::PURPOSE,
        BlockKind::Recipient => &props::RECIPIENT,
        BlockKind::Right => &props::RIGHT,
        BlockKind::Changes => &props::CHANGES,
        BlockKind::Tracker => &props::TRACKER,
        BlockKind::Children => &props::CHILDREN,
        BlockKind::Decision => &props::DECISION,
        BlockKind::Security => &props::SECURITY,
        BlockKind::Section => &props::SECTION,
        // The expectations of a test keep the order they were written in.
        BlockKind::Test => return 0,
    };
    table.rank(keyword)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Header,
    Controller,
    JointController,
    Data,
    Purpose,
    Recipient,
    Right,
    Changes,
    Test,
    Tracker,
    Children,
    Decision,
    Security,
    Section,
}

struct Formatter<'a> {
    source: &'a str,
}

/// One rendered declaration.
struct Rendered {
    lines: Vec<String>,
    keyword: &'static str,
}

impl<'a> Formatter<'a> {
    fn file(&self, file: &ast::File) -> String {
        let spans: Vec<(Span, usize)> = file.decls.iter().map(|d| (decl_span(d), 0)).collect();
        let (items, trailing) = attach(self.source, Span::new(0, self.source.len()), &spans);
        let mut out: Vec<String> = Vec::new();
        let mut previous: Option<(bool, &'static str)> = None;
        for (item, decl) in items.iter().zip(&file.decls) {
            let rendered = self.decl(decl);
            let single = rendered.lines.len() == 1;
            let grouped = previous
                .is_some_and(|(was_single, kw)| was_single && single && kw == rendered.keyword);
            if previous.is_some() && !grouped {
                out.push(String::new());
            }
            push_comments(&mut out, &item.leading, "");
            let mut lines = rendered.lines;
            if let (Some(comment), Some(last)) = (item.trailing, lines.last_mut()) {
                last.push_str("  ");
                last.push_str(comment);
            }
            out.extend(lines);
            previous = Some((single, rendered.keyword));
        }
        if !trailing.is_empty() {
            if !out.is_empty() {
                out.push(String::new());
            }
            push_comments(&mut out, &trailing, "");
        }
        let mut text = out.join("\n");
        text.push('\n');
        if text.trim().is_empty() {
            return String::new();
        }
        text
    }

    fn tokens(&self, span: Span) -> Vec<Token<'a>> {
        lex(self.source, span)
    }

    fn decl(&self, decl: &Decl) -> Rendered {
        let (keyword, block) = match decl {
            Decl::Policy(p) => ("policy", Some((BlockKind::Header, header_spans(p)))),
            Decl::Data(d) => ("data", Some((BlockKind::Data, data_spans(d)))),
            Decl::Purpose(p) => ("purpose", Some((BlockKind::Purpose, purpose_spans(p)))),
            Decl::Recipient(r) => (
                "recipient",
                Some((BlockKind::Recipient, recipient_spans(r))),
            ),
            Decl::Right(r) => ("right", Some((BlockKind::Right, right_spans(r)))),
            Decl::Changes(c) => ("changes", Some((BlockKind::Changes, changes_spans(c)))),
            Decl::Test(t) => (
                "test",
                Some((BlockKind::Test, {
                    // Allow, deny and deadline lines, in the order written.
                    let mut spans: Vec<Span> = t.expectations.iter().map(|e| e.span).collect();
                    spans.extend(t.deadlines.iter().map(|d| d.span));
                    spans.sort_by_key(|span| span.start);
                    spans
                })),
            ),
            Decl::Tracker(t) => ("tracker", Some((BlockKind::Tracker, tracker_spans(t)))),
            Decl::Children(c) => ("children", Some((BlockKind::Children, children_spans(c)))),
            Decl::Decision(d) => ("decision", Some((BlockKind::Decision, decision_spans(d)))),
            Decl::Include(_) => ("include", None),
            Decl::Transfer(_) => ("transfer", None),
            Decl::Retain(_) => ("retain", None),
            Decl::Obligation(_) => ("obligation", None),
            Decl::Security(_) => ("security", None),
            Decl::Clause(_) => ("clause", None),
            Decl::Commit(_) => ("commit", None),
            Decl::Combine(_) => ("combine", None),
            Decl::SecurityBlock(s) => ("security", Some((BlockKind::Security, security_spans(s)))),
            Decl::Section(s) => ("section", Some((BlockKind::Section, section_spans(s)))),
        };
        let span = decl_span(decl);
        let lines = match block {
            Some((kind, props)) => self.block(span, kind, &props, ""),
            None => layout(&self.tokens(span), "", INDENT),
        };
        Rendered { lines, keyword }
    }

    /// Renders `head { props }` found in `span`, at `indent`.
    fn block(&self, span: Span, kind: BlockKind, props: &[Span], indent: &str) -> Vec<String> {
        let tokens = self.tokens(span);
        let open = tokens.iter().position(|t| t.kind == Kind::Open);
        let head: Vec<Token<'_>> = tokens
            .iter()
            .take(open.unwrap_or(tokens.len()))
            .copied()
            .collect();
        // Room for the ` {` that opens the block.
        let reserve = if open.is_some() { 2 } else { 0 };
        let mut lines = layout_reserving(&head, indent, &format!("{indent}{INDENT}"), reserve);
        let (Some(open), Some(close)) = (open, tokens.iter().rposition(|t| t.kind == Kind::Close))
        else {
            return lines;
        };
        let (Some(open_token), Some(close_token)) = (tokens.get(open), tokens.get(close)) else {
            return lines;
        };
        let inner = Span::new(open_token.end, close_token.start);
        let ranked: Vec<(Span, usize)> = props
            .iter()
            .map(|span| {
                let keyword = self.tokens(*span).first().map_or("", |t| t.text);
                (*span, rank_of(kind, keyword))
            })
            .collect();
        let (mut items, end_comments) = attach(self.source, inner, &ranked);
        if items.is_empty() && end_comments.is_empty() {
            // An empty block says nothing: `data x "X" {}` is `data x "X"`.
            if matches!(
                kind,
                BlockKind::Data | BlockKind::Recipient | BlockKind::Right | BlockKind::Section
            ) {
                return lines;
            }
        }
        items.sort_by_key(|item| item.rank);
        let width = self.keyword_width(kind, &items);
        let inner_indent = format!("{indent}{INDENT}");
        let mut body: Vec<String> = Vec::new();
        for item in &items {
            push_comments(&mut body, &item.leading, &inner_indent);
            let mut rendered = self.property(kind, item.span, width, &inner_indent);
            if let (Some(comment), Some(last)) = (item.trailing, rendered.last_mut()) {
                last.push_str("  ");
                last.push_str(comment);
            }
            body.extend(rendered);
        }
        push_comments(&mut body, &end_comments, &inner_indent);
        let one_line = matches!(
            kind,
            BlockKind::Data | BlockKind::Recipient | BlockKind::Right | BlockKind::Section
        ) && body.len() == 1
            && items.len() == 1
            && end_comments.is_empty()
            && items
                .iter()
                .all(|i| i.leading.is_empty() && i.trailing.is_none());
        if let (true, Some(last), Some(only)) = (one_line, lines.last(), body.first()) {
            let candidate = format!("{last} {{ {} }}", only.trim_start());
            if candidate.len() <= MAX_WIDTH {
                if let Some(last) = lines.last_mut() {
                    *last = candidate;
                }
                return lines;
            }
        }
        if let Some(last) = lines.last_mut() {
            last.push_str(" {");
        }
        lines.extend(body);
        lines.push(format!("{indent}}}"));
        lines
    }

    /// The widest keyword among a block's valued properties, for alignment.
    fn keyword_width(&self, kind: BlockKind, items: &[Item<'_>]) -> usize {
        if kind == BlockKind::Test {
            return "allow".len();
        }
        items
            .iter()
            .filter_map(|item| {
                let tokens = self.tokens(item.span);
                let keyword = tokens.first().map_or("", |t| t.text);
                // A joint controller's block starts its own line, its
                // name after one space: its long keyword aligns nothing.
                if kind == BlockKind::Header && keyword == JOINT_CONTROLLER {
                    return None;
                }
                (tokens.len() > 1).then_some(keyword.len())
            })
            .max()
            .unwrap_or(0)
    }

    fn property(&self, kind: BlockKind, span: Span, width: usize, indent: &str) -> Vec<String> {
        let tokens = self.tokens(span);
        let Some((keyword, rest)) = tokens.split_first() else {
            return Vec::new();
        };
        if keyword.text == "controller" && kind == BlockKind::Header {
            return self.controller(span, width, indent, BlockKind::Controller);
        }
        if keyword.text == JOINT_CONTROLLER && kind == BlockKind::Header {
            return self.controller(span, 0, indent, BlockKind::JointController);
        }
        if rest.is_empty() {
            return vec![format!("{indent}{}", keyword.text)];
        }
        let first = format!("{indent}{:<width$} ", keyword.text);
        let continuation = " ".repeat(first.len());
        let lines = layout(rest, &first, &continuation);
        // A first value too long for the keyword's line goes below it,
        // one level in, where it may fit.
        if lines.first().is_some_and(|line| line.len() > MAX_WIDTH) {
            let hanging = format!("{indent}{INDENT}");
            let below = layout(rest, &hanging, &hanging);
            if below.first().is_some_and(|line| line.len() <= MAX_WIDTH) {
                let mut lines = vec![format!("{indent}{}", keyword.text)];
                lines.extend(below);
                return lines;
            }
        }
        lines
    }

    /// A block nested in the header, `controller` or `joint_controller`
    /// (`kind`), its name aligned at `width`.
    fn controller(&self, span: Span, width: usize, indent: &str, kind: BlockKind) -> Vec<String> {
        let (keyword, table) = match kind {
            BlockKind::JointController => {
                (JOINT_CONTROLLER, &crate::syntax::props::JOINT_CONTROLLER)
            }
            _ => ("controller", &crate::syntax::props::CONTROLLER),
        };
        // The controller's own props are found again from its tokens: the
        // nested keywords are at depth one inside its braces.
        let tokens = self.tokens(span);
        let mut props = Vec::new();
        let mut depth = 0;
        let mut current: Option<usize> = None;
        let mut last_end = span.start;
        for token in &tokens {
            match token.kind {
                Kind::Open => depth += 1,
                Kind::Close => {
                    depth -= 1;
                    if let Some(start) = current.take() {
                        props.push(Span::new(start, last_end));
                    }
                }
                Kind::Word if depth == 1 && table.find(token.text).is_some() => {
                    if let Some(start) = current.replace(token.start) {
                        props.push(Span::new(start, last_end));
                    }
                }
                Kind::Comment => {
                    if let Some(start) = current.take() {
                        props.push(Span::new(start, last_end));
                    }
                }
                _ => {}
            }
            if token.kind != Kind::Comment {
                last_end = token.end;
            }
        }
        let mut lines = self.block(span, kind, &props, indent);
        // Align the controller's name with the header's other values.
        if let Some(first) = lines.first_mut()
            && let Some(name) = first.trim_start().strip_prefix(keyword)
        {
            *first = format!("{indent}{:<width$} {}", keyword, name.trim_start());
        }
        lines
    }
}

/// The keyword of a joint controller's block in the header.
const JOINT_CONTROLLER: &str = "joint_controller";

fn push_comments(out: &mut Vec<String>, comments: &[Option<&str>], indent: &str) {
    for comment in comments {
        match comment {
            Some(text) => out.push(format!("{indent}{text}")),
            None => out.push(String::new()),
        }
    }
}

fn decl_span(decl: &Decl) -> Span {
    match decl {
        Decl::Include(d) => d.span,
        Decl::Policy(d) => d.span,
        Decl::Data(d) => d.span,
        Decl::Purpose(d) => d.span,
        Decl::Recipient(d) => d.span,
        Decl::Transfer(d) => d.span,
        Decl::Retain(d) => d.span,
        Decl::Right(d) => d.span,
        Decl::Obligation(d) | Decl::Security(d) => d.span,
        Decl::Changes(d) => d.span,
        Decl::Clause(d) => d.span,
        Decl::Test(d) => d.span,
        Decl::Tracker(d) => d.span,
        Decl::Children(d) => d.span,
        Decl::Decision(d) => d.span,
        Decl::Commit(d) => d.span,
        Decl::Combine(d) => d.span,
        Decl::SecurityBlock(d) => d.span,
        Decl::Section(d) => d.span,
    }
}

/// The spans of a declaration's properties, in source order: each field
/// of the syntax tree that holds a property of the block.
macro_rules! prop_spans {
    ($decl:expr; $($field:ident),+ $(,)?) => {{
        let mut all: Vec<Span> = Vec::new();
        $(all.extend($decl.$field.iter().map(|p| p.span));)+
        all.sort();
        all
    }};
}

fn header_spans(p: &ast::PolicyDecl) -> Vec<Span> {
    let mut spans = prop_spans!(p; title, version, effective, language, controller, published, contact,
        governing_law, accepted, scope, part_of, regimes, contact_unstated, voice, languages,
        do_not_sell, limit_sensitive_link, do_not_track, gpc, verification, authorized_agents, automated_decisions);
    spans.extend(p.joint_controllers.iter().map(|j| j.span));
    spans.sort();
    spans
}

fn data_spans(d: &ast::DataDecl) -> Vec<Span> {
    prop_spans!(d; description, source, identity, special, examples, requirement, collected,
        when_combined, fides, short, sensitive, ccpa_category, anonymised_by)
}

fn purpose_spans(p: &ast::PurposeDecl) -> Vec<Span> {
    prop_spans!(p; description, uses, basis, only, fides, short, profiling, direct_marketing, special_condition, permitted_use)
}

fn recipient_spans(r: &ast::RecipientDecl) -> Vec<Span> {
    prop_spans!(r; description, kind, country, safeguard, bound_by_policy, disclosed_as, mechanism,
        copy, role, arrangement)
}

fn right_spans(r: &ast::RightDecl) -> Vec<Span> {
    prop_spans!(r; description, via, within, anytime, extendable, not_applicable)
}

fn tracker_spans(t: &ast::TrackerDecl) -> Vec<Span> {
    prop_spans!(t; description, kind, party, provider, provider_recipient, lifetime, category, collects,
        serves)
}

fn security_spans(s: &ast::SecurityBlockDecl) -> Vec<Span> {
    prop_spans!(s; measures, breach_notification)
}

fn children_spans(c: &ast::ChildrenDecl) -> Vec<Span> {
    prop_spans!(c; audience, minimum_age, knowingly_collects, parental_consent, parent_rights, sale_opt_in)
}

fn decision_spans(d: &ast::DecisionDecl) -> Vec<Span> {
    prop_spans!(d; description, uses, logic, significance, basis, safeguards)
}

fn section_spans(s: &ast::SectionDecl) -> Vec<Span> {
    prop_spans!(s; after, summary)
}

fn changes_spans(c: &ast::ChangesDecl) -> Vec<Span> {
    prop_spans!(c; by, notify, notice, effective, because)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::panic, reason = "tests")]
mod tests {
    use super::*;

    fn fmt(source: &str) -> String {
        match format(source) {
            Ok(text) => text,
            Err(FmtError::Syntax(d)) => panic!("syntax: {d:#?}"),
            Err(FmtError::WouldChangeMeaning) => panic!("meaning changed"),
        }
    }

    #[test]
    fn aligns_orders_and_keeps_comments() {
        let source = "data  account \"A\"{\n// how\ncollected \"x\"   // trailing\n  source user\nidentity identified }\n";
        let formatted = fmt(source);
        assert_eq!(
            formatted,
            "data account \"A\" {\n  source    user\n  identity  identified\n  // how\n  collected \"x\"  // trailing\n}\n"
        );
        assert_eq!(fmt(&formatted), formatted);
    }

    #[test]
    fn groups_one_line_declarations_of_a_kind() {
        let source = "transfer a to b on consent\ntransfer c to b on consent\nretain a for 1 year from collection\n";
        assert_eq!(
            fmt(source),
            "transfer a to b on consent\ntransfer c to b on consent\n\nretain a for 1 year from collection\n"
        );
    }

    #[test]
    fn small_blocks_stay_on_one_line() {
        assert_eq!(
            fmt("data a.b \"B\" {\n  required\n}\n"),
            "data a.b \"B\" { required }\n"
        );
        assert_eq!(fmt("data a.b \"B\" {}\n"), "data a.b \"B\"\n");
    }

    #[test]
    fn wraps_long_lists_after_commas() {
        let long = (0..12)
            .map(|i| format!("\"example number {i}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let formatted = fmt(&format!(
            "data a \"A\" {{\n  examples {long}\n  source user\n}}\n"
        ));
        assert!(
            formatted.lines().all(|l| l.len() <= MAX_WIDTH),
            "{formatted}"
        );
        assert!(
            formatted
                .lines()
                .nth(3)
                .unwrap()
                .starts_with("           \"example"),
            "{formatted}"
        );
        assert_eq!(fmt(&formatted), formatted);
    }

    #[test]
    fn refuses_a_file_that_does_not_parse() {
        assert!(matches!(format("data {"), Err(FmtError::Syntax(_))));
    }

    #[test]
    fn the_example_policy_is_formatted_and_stable() {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/policies/pro-it-group.policy"
        ))
        .unwrap();
        let once = fmt(&source);
        assert_eq!(fmt(&once), once);
    }
}
