//! Source text to syntax tree. The only module that knows pest.

use std::num::NonZeroUsize;

use pest::Parser as _;
use pest::iterators::Pair;
use pest_derive::Parser;

use super::ast::*;
use super::hygiene;
use super::props::{self, Block};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, MAX_KEPT, Omitted};
use crate::span::Span;
use crate::suggest;

#[derive(Parser)]
#[grammar = "../grammar/policy.pest"]
struct PolicyParser;

/// The longest id or dotted path accepted. It also bounds how deep the
/// hierarchy of data categories can go (`a.b.c…`).
pub const MAX_NAME_LEN: usize = 128;

/// Bounds pest's backtracking so that no input can make parsing run away.
const CALL_LIMIT: usize = 50_000_000;

/// The declaration keywords, for suggestions on a line that starts with none.
pub(crate) const DECL_KEYWORDS: &[&str] = &[
    "include",
    "policy",
    "data",
    "purpose",
    "recipient",
    "transfer",
    "retain",
    "right",
    "obligation",
    "security",
    "changes",
    "clause",
    "test",
    "tracker",
    "children",
    "decision",
    "commit",
    "combine",
    "section",
];

/// Parses a whole file. Always returns a tree: declarations that do not
/// parse are left out of it and reported in the diagnostics instead.
pub fn parse(source: &str) -> (File, Vec<Diagnostic>) {
    parse_at(source, 0)
}

/// Parses a file whose spans start at `base`: a policy made of several
/// files numbers them one after the other, so a span says which file too.
pub fn parse_at(source: &str, base: usize) -> (File, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut file = File::default();
    parse_chunks(source, base, &mut diags, None, &mut |decl| {
        file.decls.push(decl);
    });
    (file, diags)
}

/// [`parse_at`], handing each declaration to `each` as soon as it is
/// parsed, in source order: a caller that consumes them at once never
/// holds the tree of a whole large file. The diagnostics held in `diags`
/// stay bounded (the first, in source order, up to about twice
/// [`MAX_KEPT`]); the others are counted in `omitted`.
pub fn parse_each(
    source: &str,
    base: usize,
    diags: &mut Vec<Diagnostic>,
    omitted: &mut Omitted,
    each: &mut dyn FnMut(Decl),
) {
    parse_chunks(source, base, diags, Some(omitted), each);
}

/// Parses chunk by chunk; with `omitted`, caps the diagnostics after each
/// chunk, so a file of a million broken lines holds a chunk's worth of
/// them beyond the limit, never a million.
fn parse_chunks(
    source: &str,
    base: usize,
    diags: &mut Vec<Diagnostic>,
    mut omitted: Option<&mut Omitted>,
    each: &mut dyn FnMut(Decl),
) {
    pest::set_call_limit(NonZeroUsize::new(CALL_LIMIT));
    let in_code = hygiene::scan(source, base, diags);
    let first = diags.len();
    // Parsing chunk by chunk keeps pest's token queue, which is many times
    // the size of its input, as small as one declaration.
    for (start, end) in chunks(source) {
        // `chunks` cuts only at 0, the end, or just after a `\n`: character
        // boundaries within the source, so the slice holds.
        let chunk = &source[start..end];
        parse_chunk(chunk, base + start, diags, each);
        if let Some(omitted) = omitted.as_deref_mut() {
            crate::diagnostic::bound(diags, MAX_KEPT, omitted);
        }
    }
    if !in_code.is_empty() {
        for diagnostic in diags.iter_mut().skip(first) {
            hygiene::blame(diagnostic, &in_code);
        }
    }
}

fn parse_chunk(source: &str, base: usize, diags: &mut Vec<Diagnostic>, each: &mut dyn FnMut(Decl)) {
    let mut repaired: Option<String> = None;
    let mut blanked: Vec<(usize, &'static str)> = Vec::new();
    for round in 0.. {
        let text = repaired.as_deref().unwrap_or(source);
        let root = match PolicyParser::parse(Rule::file, text) {
            Ok(mut pairs) => pairs.next(),
            // The top rule has a catch-all alternative, so this only
            // happens when the call limit is hit.
            Err(error) => {
                diags.push(from_pest_error(&error, 0, text).shifted(base));
                return;
            }
        };
        let Some(root) = root else {
            return;
        };
        let junk = if round < MAX_REPAIRS {
            stray_text(root.clone())
        } else {
            Vec::new()
        };
        if junk.is_empty() {
            for pair in root.into_inner() {
                if let Some(decl) = lower_top(pair, text, base, &blanked, diags) {
                    each(decl);
                }
            }
            return;
        }
        let mut next = text.to_owned();
        for stray in junk {
            diags.push(stray.diagnostic.shifted(base));
            blanked.extend(stray.property.map(|keyword| (stray.range.start, keyword)));
            let blank = " ".repeat(stray.range.len());
            next.replace_range(stray.range, &blank);
        }
        repaired = Some(next);
    }
}

/// How many times a chunk is parsed again with the text after a
/// property blanked, so that the properties after it on its line count.
const MAX_REPAIRS: usize = 8;

/// The text a one-line block holds after a property that is not one,
/// before a word that starts a property of the block (`party` in
/// `{ source third party identity identified }`), each with its
/// diagnostic. Blanked, the properties after it parse: a line skipped
/// whole would lose them, and the checker would call them missing.
fn stray_text(root: Pair<'_, Rule>) -> Vec<Stray> {
    let mut found = Vec::new();
    for decl in root.into_inner() {
        let block = match decl.as_rule() {
            Rule::policy_decl => &props::HEADER,
            Rule::data_decl => &props::DATA,
            Rule::purpose_decl => &props::PURPOSE,
            Rule::recipient_decl => &props::RECIPIENT,
            Rule::right_decl => &props::RIGHT,
            Rule::changes_decl => &props::CHANGES,
            Rule::test_decl => &props::TEST,
            Rule::tracker_decl => &props::TRACKER,
            Rule::children_decl => &props::CHILDREN,
            Rule::decision_decl => &props::DECISION,
            Rule::security_block_decl => &props::SECURITY,
            _ => continue,
        };
        for part in decl.into_inner() {
            match part.as_rule() {
                Rule::bad_prop => found.extend(stray(&part, block)),
                Rule::controller_prop => found.extend(
                    part.into_inner()
                        .filter(|item| item.as_rule() == Rule::bad_prop)
                        .filter_map(|item| stray(&item, &props::CONTROLLER)),
                ),
                Rule::joint_controller_prop => found.extend(
                    part.into_inner()
                        .filter(|item| item.as_rule() == Rule::bad_prop)
                        .filter_map(|item| stray(&item, &props::JOINT_CONTROLLER)),
                ),
                _ => {}
            }
        }
    }
    found
}

/// Text blanked out of a chunk before it is parsed again.
struct Stray {
    /// Where it is in the chunk.
    range: std::ops::Range<usize>,
    /// Its report.
    diagnostic: Diagnostic,
    /// The property it blanked whole, by keyword, so that the block does
    /// not also call that property missing.
    property: Option<&'static str>,
}

/// The stray text of a skipped part of a line that follows a property on
/// its line. When the property's value and the first words of the text
/// make one of its values joined with `_` (`source third party`), the
/// whole property is blanked and reported once; else the text up to the
/// next property of `block` on the line is.
fn stray(pair: &Pair<'_, Rule>, block: &Block) -> Option<Stray> {
    let before = line_before(pair);
    if before.trim().is_empty() {
        return None;
    }
    let text = pair.as_str();
    let cut = next_property(text, block);
    let start = pair.as_span().start();
    if let Some(value) = one_word_value(text, before, block) {
        let end = cut.map_or(text, |cut| text.get(..cut).unwrap_or(text));
        let line_start = start - before.len();
        let span = Span::new(line_start + value.start, start + value.end);
        let written = pair.as_span().get_input().get(span.range()).unwrap_or("");
        let diagnostic = Diagnostic::new(
            Code::MalformedProperty,
            span,
            format!("`{written}` is not one value: a value is one word"),
        )
        .label("more than one word")
        .help(format!(
            "did you mean `{} {}`?",
            value.property.keyword, value.joined
        ));
        return Some(Stray {
            range: line_start + value.keyword..start + end.trim_end().len(),
            diagnostic,
            property: Some(value.property.keyword),
        });
    }
    let junk = text.get(..cut?)?.trim_end();
    let range = start..start + junk.len();
    let span = Span::new(range.start, range.end);
    let diagnostic = if before.trim_end().ends_with('{') {
        first_of_line(junk, span, block)
    } else {
        after_property(junk, span)
    };
    Some(Stray {
        range,
        diagnostic,
        property: None,
    })
}

/// Where, in a skipped part of a line, the next property of `block`
/// starts: a keyword after a space, outside quotes and comments.
fn next_property(text: &str, block: &Block) -> Option<usize> {
    let mut quotes = Quotes::default();
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        let code = !quotes.inside(c);
        let rest = text.get(i..).unwrap_or("");
        if code && rest.starts_with("//") {
            return None;
        }
        if code && i > 0 && previous.is_whitespace() && block.find(first_word(rest)).is_some() {
            return Some(i);
        }
        previous = c;
    }
    None
}

/// The text of the line before a pair.
fn line_before<'i>(pair: &Pair<'i, Rule>) -> &'i str {
    let input = pair.as_span().get_input();
    let before = input.get(..pair.as_span().start()).unwrap_or("");
    before.rsplit_once('\n').map_or(before, |(_, line)| line)
}

/// Splits a source into chunks that each start with a declaration: at a
/// line that begins, in its first column, with a declaration keyword, when
/// no block is open and no string or comment is running, and the previous
/// line did not end a list with a comma. A split in the wrong place would
/// only make a chunk longer, never cut a declaration, so the chunks parse
/// exactly as the whole would.
fn chunks(source: &str) -> Vec<(usize, usize)> {
    let bytes = source.as_bytes();
    let mut cuts = vec![0];
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut last_code = b'\n';
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            at += 1;
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                while bytes.get(at).is_some_and(|b| *b != b'\n') {
                    at += 1;
                }
                continue;
            }
            b'\n' => {
                // `at` holds a `\n`, so `at + 1` is a character boundary no
                // later than the end: the slice holds.
                let line = &source[at + 1..];
                if depth == 0 && last_code != b',' && starts_with_keyword(line) {
                    cuts.push(at + 1);
                }
            }
            _ => {}
        }
        if !byte.is_ascii_whitespace() {
            last_code = byte;
        }
        at += 1;
    }
    cuts.push(source.len());
    // Each parse has a fixed cost, so small declarations are parsed
    // together, up to about CHUNK_BYTES at a time.
    let mut chunks = Vec::new();
    let mut start = 0;
    for &cut in cuts.iter().skip(1) {
        if cut - start >= CHUNK_BYTES || cut == source.len() {
            if cut > start {
                chunks.push((start, cut));
            }
            start = cut;
        }
    }
    chunks
}

/// About how much source one pest parse takes: large enough that the cost
/// of starting a parse does not matter, small enough that pest's token
/// queue (many times its input) stays small.
const CHUNK_BYTES: usize = 32 * 1024;

fn starts_with_keyword(line: &str) -> bool {
    let word = first_word(line);
    DECL_KEYWORDS.contains(&word)
}

/// The declaration a top-level pair stands for; a malformed one is
/// reported instead.
fn lower_top(
    pair: Pair<'_, Rule>,
    source: &str,
    base: usize,
    blanked: &[(usize, &'static str)],
    diags: &mut Vec<Diagnostic>,
) -> Option<Decl> {
    let mut lower = Lower {
        diags,
        base,
        blanked,
    };
    let decl = match pair.as_rule() {
        Rule::include_decl => Decl::Include(Box::new(lower.include(pair)?)),
        Rule::policy_decl => Decl::Policy(Box::new(lower.policy(pair))),
        Rule::data_decl => Decl::Data(Box::new(lower.data(pair))),
        Rule::purpose_decl => Decl::Purpose(Box::new(lower.purpose(pair))),
        Rule::recipient_decl => Decl::Recipient(Box::new(lower.recipient(pair))),
        Rule::transfer_decl => Decl::Transfer(Box::new(lower.transfer(pair))),
        Rule::retain_decl => Decl::Retain(Box::new(lower.retain(pair))),
        Rule::right_decl => Decl::Right(Box::new(lower.right(pair))),
        Rule::obligation_decl => Decl::Obligation(Box::new(lower.text_decl(pair))),
        Rule::security_decl => Decl::Security(Box::new(lower.text_decl(pair))),
        Rule::changes_decl => Decl::Changes(Box::new(lower.changes(pair))),
        Rule::clause_decl => Decl::Clause(Box::new(lower.clause(pair))),
        Rule::test_decl => Decl::Test(Box::new(lower.test(pair))),
        Rule::tracker_decl => Decl::Tracker(Box::new(lower.tracker(pair))),
        Rule::children_decl => Decl::Children(Box::new(lower.children(pair))),
        Rule::decision_decl => Decl::Decision(Box::new(lower.decision(pair))),
        Rule::commit_decl => Decl::Commit(Box::new(lower.commit(pair))),
        Rule::combine_decl => Decl::Combine(Box::new(lower.combine(pair))),
        Rule::security_block_decl => Decl::SecurityBlock(Box::new(lower.security_block(pair))),
        Rule::section_decl => Decl::Section(Box::new(lower.section(pair))),
        Rule::bad_decl => {
            lower.diags.push(bad_decl(&pair, source).shifted(base));
            return None;
        }
        _ => return None,
    };
    Some(decl)
}

/// The span of a pair without the whitespace and comments that pest
/// leaves at its end when an optional part was tried and not found.
fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let span = pair.as_span();
    Span::new(span.start(), span.start() + code_len(pair.as_str()))
}

/// The length of `text` up to the end of its last character of code, that
/// is, without trailing whitespace and comments.
fn code_len(text: &str) -> usize {
    let trimmed = text.trim_end();
    // Fast path: the last line has no slash, so it ends with code.
    let last_line = trimmed.rsplit_once('\n').map_or(trimmed, |(_, last)| last);
    if !last_line.contains('/') {
        return trimmed.len();
    }
    let mut end = 0;
    let mut quotes = Quotes::default();
    let mut chars = trimmed.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if quotes.inside(c) {
            end = i + c.len_utf8();
            continue;
        }
        match c {
            '/' if chars.peek().is_some_and(|(_, next)| *next == '/') => {
                while chars.peek().is_some_and(|(_, next)| *next != '\n') {
                    chars.next();
                }
            }
            c if c.is_whitespace() => {}
            c => end = i + c.len_utf8(),
        }
    }
    end
}

/// Where a scan of source text stands in double-quoted strings.
#[derive(Debug, Default)]
struct Quotes {
    open: bool,
    escaped: bool,
}

impl Quotes {
    /// Takes the next character; whether it belongs to a string, its
    /// quotes included.
    fn inside(&mut self, c: char) -> bool {
        if self.open {
            match (self.escaped, c) {
                (true, _) => self.escaped = false,
                (false, '\\') => self.escaped = true,
                (false, '"') => self.open = false,
                _ => {}
            }
            true
        } else {
            self.open = c == '"';
            self.open
        }
    }
}

/// Whether a string may contain line breaks.
#[derive(Debug, Clone, Copy)]
enum Lines<'a> {
    /// A one-line text, named by its property: every output shows it on
    /// one line (a title, a label, an address), where a line break would
    /// start a new heading or list item in Markdown.
    One(&'a str),
    /// A long text (a description, the text of a clause, an obligation or
    /// a security measure): the outputs flow it as a paragraph. Also a
    /// test's name, which no output shows.
    Many,
}

impl<'a> Lines<'a> {
    /// The kind of text a property with this keyword takes.
    fn of_property(keyword: &'a str) -> Self {
        if matches!(keyword, "description" | "logic" | "significance") {
            Lines::Many
        } else {
            Lines::One(keyword)
        }
    }
}

/// Turns pest pairs into AST nodes, collecting diagnostics for the lines
/// that the grammar skipped inside blocks.
struct Lower<'d> {
    diags: &'d mut Vec<Diagnostic>,
    /// Added to every span: where this file starts in the spans of a
    /// policy made of several files.
    base: usize,
    /// The properties blanked as stray text (already reported), by where
    /// they were in the chunk.
    blanked: &'d [(usize, &'static str)],
}

impl Lower<'_> {
    /// The span of a pair, in the policy's span space.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let local = span_of(pair);
        Span::new(local.start + self.base, local.end + self.base)
    }

    fn name(&mut self, pair: Pair<'_, Rule>) -> Name {
        let name = Name {
            text: pair.as_str().to_owned(),
            span: self.span(&pair),
        };
        if name.text.len() > MAX_NAME_LEN {
            self.diags.push(
                Diagnostic::new(
                    Code::NameTooLong,
                    name.span,
                    format!(
                        "a name of {} characters; the limit is {MAX_NAME_LEN}",
                        name.text.len()
                    ),
                )
                .label("too long")
                .help("use a short id and put the words a reader sees in the label"),
            );
        }
        name
    }

    fn raw(&self, pair: Pair<'_, Rule>) -> Raw {
        Raw {
            text: pair.as_str().to_owned(),
            span: self.span(&pair),
        }
    }

    /// A string literal, decoded. `lines` says whether it may break lines.
    fn string(&mut self, pair: Pair<'_, Rule>, lines: Lines<'_>) -> Str {
        let span = self.span(&pair);
        let inner = pair.into_inner().next();
        let (text, offset) = match &inner {
            Some(inner) => (inner.as_str(), inner.as_span().start() + self.base),
            None => ("", span.start),
        };
        Str {
            value: unescape(text, offset, lines, self.diags),
            span,
        }
    }

    fn strings(&mut self, pair: Pair<'_, Rule>, lines: Lines<'_>) -> Vec<Str> {
        let mut list = Vec::new();
        add(&mut list, pair.into_inner().map(|p| self.string(p, lines)));
        list
    }

    fn names(&mut self, pair: Pair<'_, Rule>) -> Vec<Name> {
        let mut list = Vec::new();
        add(&mut list, pair.into_inner().map(|p| self.name(p)));
        list
    }

    fn duration(&self, pair: Pair<'_, Rule>) -> DurationLit {
        let span = self.span(&pair);
        let mut amount = 0;
        let mut unit = String::new();
        let mut amount_text = String::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                // Out-of-range amounts saturate; the checker refuses them as too long.
                Rule::number => {
                    part.as_str().clone_into(&mut amount_text);
                    amount =
                        part.as_str()
                            .parse::<i64>()
                            .unwrap_or(if part.as_str().starts_with('-') {
                                i64::MIN
                            } else {
                                i64::MAX
                            })
                }
                Rule::time_unit => part.as_str().clone_into(&mut unit),
                _ => {}
            }
        }
        DurationLit {
            amount,
            amount_text,
            unit,
            span,
        }
    }

    /// The label after a declaration's name: one line of text.
    fn label(&mut self, pair: Pair<'_, Rule>) -> Option<Str> {
        Self::first_inner(pair).map(|s| self.string(s, Lines::One("label")))
    }

    /// Lowers each part of `pair` into `decl` with `each`, in order.
    fn parts<'i, D>(
        &mut self,
        pair: Pair<'i, Rule>,
        mut decl: D,
        mut each: impl FnMut(&mut Self, &mut D, Pair<'i, Rule>),
    ) -> D {
        for part in pair.into_inner() {
            each(self, &mut decl, part);
        }
        decl
    }

    /// The first inner pair of a property, which is its value.
    fn first_inner<'i>(pair: Pair<'i, Rule>) -> Option<Pair<'i, Rule>> {
        pair.into_inner().next()
    }

    /// Whether a property's value is `unstated`.
    fn is_unstated(pair: &Pair<'_, Rule>) -> bool {
        pair.clone()
            .into_inner()
            .next()
            .is_some_and(|inner| inner.as_rule() == Rule::unstated)
    }

    /// The inner pair of `pair` that `rule` matches first.
    fn inner_of<'i>(pair: Pair<'i, Rule>, rule: Rule) -> Option<Pair<'i, Rule>> {
        pair.into_inner().find(|inner| inner.as_rule() == rule)
    }

    /// The first name inside `pair`.
    fn inner_name(&mut self, pair: Pair<'_, Rule>) -> Option<Name> {
        Self::inner_of(pair, Rule::ident).map(|name| self.name(name))
    }

    /// Whether some inner pair of `pair` matches `rule`.
    fn has_inner(pair: &Pair<'_, Rule>, rule: Rule) -> bool {
        pair.clone()
            .into_inner()
            .any(|inner| inner.as_rule() == rule)
    }

    /// A property whose value is its first inner pair, lowered by `lower`,
    /// spanning the whole property.
    fn prop<'i, T>(
        &mut self,
        pair: Pair<'i, Rule>,
        lower: impl FnOnce(&mut Self, Pair<'i, Rule>) -> T,
    ) -> Option<Prop<T>> {
        let span = self.span(&pair);
        let value = lower(self, Self::first_inner(pair)?);
        Some(Prop { value, span })
    }

    fn prop_str(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<Str>> {
        let lines = Lines::of_property(first_word(pair.as_str()));
        self.prop(pair, |this, inner| this.string(inner, lines))
    }

    /// `examples "…"` or `examples open "…"`: the list is the last part,
    /// and `open` says the data is not limited to it.
    fn examples(&mut self, pair: Pair<'_, Rule>, decl: &mut DataDecl) {
        let span = self.span(&pair);
        let open = Self::has_inner(&pair, Rule::open_flag);
        let Some(list) = pair.into_inner().last() else {
            return;
        };
        let value = self.strings(list, Lines::of_property("examples"));
        decl.examples_open |= open;
        add(&mut decl.examples, Some(Prop { value, span }));
    }

    /// `dpo "contact"` or `dpo none "reason"`: the string is the last part
    /// either way, and `none` says which of the two lists it joins.
    fn dpo(&mut self, pair: Pair<'_, Rule>, decl: &mut ControllerDecl) {
        let span = self.span(&pair);
        let none = Self::has_inner(&pair, Rule::dpo_none);
        let Some(string) = pair.into_inner().last() else {
            return;
        };
        let prop = Prop {
            value: self.string(string, Lines::One("dpo")),
            span,
        };
        if none {
            add(&mut decl.dpo_none, Some(prop));
        } else {
            add(&mut decl.dpo, Some(prop));
        }
    }

    /// `provider "…"` or `provider RECIPIENT`: the form of the value says
    /// which of the two lists it joins.
    fn provider(&mut self, pair: Pair<'_, Rule>, decl: &mut TrackerDecl) {
        if Self::has_inner(&pair, Rule::ident) {
            add(&mut decl.provider_recipient, self.prop_name(pair));
        } else {
            add(&mut decl.provider, self.prop_str(pair));
        }
    }

    fn prop_name(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<Name>> {
        self.prop(pair, Self::name)
    }

    /// `source KIND "name"?, …`.
    fn source_items(&mut self, pair: Pair<'_, Rule>) -> Prop<Vec<SourceItem>> {
        let span = self.span(&pair);
        let mut value = Vec::new();
        for item in pair.into_inner() {
            let mut parts = item.into_inner();
            let Some(kind) = parts.next() else {
                continue;
            };
            let kind = self.name(kind);
            let name = parts
                .next()
                .map(|s| self.string(s, Lines::One("source name")));
            value.push(SourceItem { kind, name });
        }
        Prop { value, span }
    }

    fn prop_raw(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<Raw>> {
        self.prop(pair, |this, inner| this.raw(inner))
    }

    fn prop_strings(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<Vec<Str>>> {
        let lines = Lines::of_property(first_word(pair.as_str()));
        self.prop(pair, |this, inner| this.strings(inner, lines))
    }

    fn prop_names(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<Vec<Name>>> {
        self.prop(pair, Self::names)
    }

    fn prop_duration(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<DurationLit>> {
        self.prop(pair, |this, inner| this.duration(inner))
    }

    /// `required by WHAT "consequence"`.
    fn prop_required_by(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<RequiredByDecl>> {
        let span = self.span(&pair);
        let mut by = None;
        let mut consequence = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::ident => by = Some(self.name(part)),
                Rule::string => consequence = Some(self.string(part, Lines::One("required"))),
                _ => {}
            }
        }
        Some(Prop {
            value: RequiredByDecl {
                by: by?,
                consequence: consequence?,
            },
            span,
        })
    }

    /// `extendable by DURATION "reason"`.
    fn prop_extension(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<ExtensionDecl>> {
        let span = self.span(&pair);
        let mut by = None;
        let mut reason = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::duration => by = Some(self.duration(part)),
                Rule::string => reason = Some(self.string(part, Lines::One("extendable"))),
                _ => {}
            }
        }
        Some(Prop {
            value: ExtensionDecl {
                by: by?,
                reason: reason?,
            },
            span,
        })
    }

    fn flag<T>(&self, pair: &Pair<'_, Rule>, value: T) -> Prop<T> {
        Prop {
            value,
            span: self.span(pair),
        }
    }

    /// A flag property, which has no value.
    fn flagged(&self, pair: &Pair<'_, Rule>) -> Option<Prop<()>> {
        Some(self.flag(pair, ()))
    }

    /// Reports a line of `block` the grammar skipped.
    fn bad_prop(&mut self, pair: &Pair<'_, Rule>, block: &Block) {
        self.diags
            .push(bad_property(pair, block).shifted(self.base));
    }

    /// [`bad_prop`](Self::bad_prop) for a block that records its malformed
    /// properties: adds to `malformed` the keyword when the line starts with
    /// a known one, so the checker does not also call the property missing.
    fn malformed(&mut self, pair: &Pair<'_, Rule>, block: &Block, malformed: &mut Vec<String>) {
        self.bad_prop(pair, block);
        let word = first_word(pair.as_str());
        malformed.extend(block.find(word).map(|p| p.keyword.to_owned()));
    }

    /// The properties blanked inside `pair`, which were written: the block
    /// counts them as malformed, not missing. (A controller's are its
    /// header's too, harmlessly: none of its keywords is the header's.)
    fn blanked_in(&self, pair: &Pair<'_, Rule>) -> Vec<String> {
        let span = pair.as_span();
        self.blanked
            .iter()
            .filter(|(at, _)| (span.start()..span.end()).contains(at))
            .map(|(_, keyword)| (*keyword).to_owned())
            .collect()
    }

    /// `include "PATH"`; the grammar gives it its string, so `None` is
    /// only the grammar and this function disagreeing.
    fn include(&mut self, pair: Pair<'_, Rule>) -> Option<IncludeDecl> {
        let Prop { value: path, span } = self.prop(pair, |this, inner| {
            this.string(inner, Lines::One("include"))
        })?;
        Some(IncludeDecl { path, span })
    }

    fn policy(&mut self, pair: Pair<'_, Rule>) -> PolicyDecl {
        let decl = PolicyDecl {
            head_span: self.span(&pair),
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..PolicyDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => {
                decl.head_span = Span::new(decl.head_span.start, this.span(&part).end);
                decl.id = Some(this.name(part));
            }
            Rule::title_prop => add(&mut decl.title, this.prop_str(part)),
            Rule::version_prop => add(&mut decl.version, this.prop_raw(part)),
            Rule::effective_prop => add(&mut decl.effective, this.prop_raw(part)),
            Rule::language_prop => add(&mut decl.language, this.prop_name(part)),
            Rule::controller_prop => add(&mut decl.controller, Some(this.controller(part))),
            Rule::joint_controller_prop => {
                let joint = this.joint_controller(part);
                decl.joint_controllers.push(joint);
            }
            Rule::published_prop => {
                let span = this.span(&part);
                let lines = Lines::of_property("published");
                for inner in part.into_inner() {
                    if inner.as_rule() == Rule::date {
                        let value = this.raw(inner);
                        decl.published_on.push(Prop { value, span });
                    } else {
                        let value = this.string(inner, lines);
                        decl.published.push(Prop { value, span });
                    }
                }
            }
            Rule::contact_prop if Self::is_unstated(&part) => {
                decl.contact_unstated.push(Prop {
                    value: (),
                    span: this.span(&part),
                });
            }
            Rule::contact_prop => add(&mut decl.contact, this.prop_str(part)),
            Rule::law_prop => add(&mut decl.governing_law, this.prop_str(part)),
            Rule::accepted_prop => add(&mut decl.accepted, this.prop_name(part)),
            Rule::scope_prop => add(&mut decl.scope, this.prop_str(part)),
            Rule::part_of_prop => add(&mut decl.part_of, this.prop_strings(part)),
            Rule::regimes_prop => add(&mut decl.regimes, this.prop_names(part)),
            Rule::voice_prop => add(&mut decl.voice, this.prop_name(part)),
            Rule::languages_prop => add(&mut decl.languages, this.prop_names(part)),
            Rule::do_not_sell_prop => add(&mut decl.do_not_sell, this.prop_str(part)),
            Rule::limit_sensitive_link_prop => {
                add(&mut decl.limit_sensitive_link, this.prop_str(part))
            }
            Rule::do_not_track_prop => add(&mut decl.do_not_track, this.prop_name(part)),
            Rule::gpc_prop => add(&mut decl.gpc, this.prop_name(part)),
            Rule::verification_prop => add(&mut decl.verification, this.prop_str(part)),
            Rule::authorized_agents_prop => {
                add(&mut decl.authorized_agents, this.prop_str(part));
            }
            Rule::automated_decisions_prop => {
                add(&mut decl.automated_decisions, this.flagged(&part));
            }
            Rule::bad_prop => this.malformed(&part, &props::HEADER, &mut decl.malformed),
            _ => {}
        })
    }

    fn joint_controller(&mut self, pair: Pair<'_, Rule>) -> JointControllerDecl {
        let decl = JointControllerDecl {
            malformed: self.blanked_in(&pair),
            span: self.span(&pair),
            ..JointControllerDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::string => decl.name = this.string(part, Lines::One("joint_controller")),
            Rule::address_prop => add(&mut decl.address, this.prop_str(part)),
            Rule::country_prop => add(&mut decl.country, this.prop_str(part)),
            Rule::arrangement_prop => add(&mut decl.arrangement, this.prop_str(part)),
            Rule::bad_prop => this.malformed(&part, &props::JOINT_CONTROLLER, &mut decl.malformed),
            _ => {}
        })
    }

    fn controller(&mut self, pair: Pair<'_, Rule>) -> Prop<ControllerDecl> {
        let span = self.span(&pair);
        let decl = ControllerDecl {
            malformed: self.blanked_in(&pair),
            ..ControllerDecl::default()
        };
        let value = self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::string => decl.name = this.string(part, Lines::One("controller")),
            Rule::service_prop => add(&mut decl.service, this.prop_str(part)),
            Rule::website_prop => add(&mut decl.website, this.prop_str(part)),
            Rule::address_prop => add(&mut decl.address, this.prop_str(part)),
            Rule::plural_flag => add(&mut decl.plural, this.flagged(&part)),
            Rule::country_prop => add(&mut decl.country, this.prop_str(part)),
            Rule::dpo_prop => this.dpo(part, decl),
            Rule::eu_rep_prop => add(&mut decl.eu_representative, this.prop_str(part)),
            Rule::uk_rep_prop => add(&mut decl.uk_representative, this.prop_str(part)),
            Rule::lead_authority_prop => add(&mut decl.lead_authority, this.prop_str(part)),
            Rule::bad_prop => this.malformed(&part, &props::CONTROLLER, &mut decl.malformed),
            _ => {}
        });
        Prop { value, span }
    }

    fn data(&mut self, pair: Pair<'_, Rule>) -> DataDecl {
        let decl = DataDecl {
            span: self.span(&pair),
            ..DataDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::path => decl.id = this.name(part),
            Rule::label => decl.label = this.label(part),
            Rule::description_prop => add(&mut decl.description, this.prop_str(part)),
            Rule::source_prop => add(&mut decl.source, Some(this.source_items(part))),
            Rule::identity_prop => add(&mut decl.identity, this.prop_name(part)),
            Rule::special_prop => add(&mut decl.special, this.prop_name(part)),
            Rule::examples_prop => this.examples(part, decl),
            Rule::required_flag => add(
                &mut decl.requirement,
                Some(this.flag(&part, Requirement::Required)),
            ),
            Rule::required_by_prop => {
                add(
                    &mut decl.requirement,
                    Some(this.flag(&part, Requirement::Required)),
                );
                let required_by = this.prop_required_by(part);
                add(&mut decl.required_by, required_by);
            }
            Rule::optional_flag => add(
                &mut decl.requirement,
                Some(this.flag(&part, Requirement::Optional)),
            ),
            Rule::collected_prop => add(&mut decl.collected, this.prop_str(part)),
            Rule::when_combined_prop => add(&mut decl.when_combined, this.prop_name(part)),
            Rule::fides_prop => add(&mut decl.fides, this.prop_str(part)),
            Rule::short_prop => add(&mut decl.short, this.prop_str(part)),
            Rule::sensitive_prop => add(&mut decl.sensitive, this.prop_name(part)),
            Rule::ccpa_category_prop => add(&mut decl.ccpa_category, this.prop_names(part)),
            Rule::anonymised_by_prop => add(&mut decl.anonymised_by, this.prop_str(part)),
            Rule::bad_prop => this.bad_prop(&part, &props::DATA),
            _ => {}
        })
    }

    fn purpose(&mut self, pair: Pair<'_, Rule>) -> PurposeDecl {
        let decl = PurposeDecl {
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..PurposeDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.id = this.name(part),
            Rule::label => decl.label = this.label(part),
            Rule::description_prop => add(&mut decl.description, this.prop_str(part)),
            Rule::uses_prop => add(&mut decl.uses, this.prop_names(part)),
            Rule::basis_prop => add(&mut decl.basis, Some(this.basis(part))),
            Rule::only_prop => add(&mut decl.only, this.prop_name(part)),
            Rule::fides_prop => add(&mut decl.fides, this.prop_str(part)),
            Rule::short_prop => add(&mut decl.short, this.prop_str(part)),
            Rule::profiling_flag => add(&mut decl.profiling, this.flagged(&part)),
            Rule::direct_marketing_flag => {
                add(&mut decl.direct_marketing, this.flagged(&part));
            }
            Rule::special_condition_prop => {
                add(&mut decl.special_condition, Some(this.basis(part)));
            }
            Rule::permitted_use_prop => add(&mut decl.permitted_use, this.prop_name(part)),
            Rule::bad_prop => this.malformed(&part, &props::PURPOSE, &mut decl.malformed),
            _ => {}
        })
    }

    fn basis(&mut self, pair: Pair<'_, Rule>) -> Prop<BasisDecl> {
        let span = self.span(&pair);
        let value = self.parts(pair, BasisDecl::default(), |this, basis, part| {
            match part.as_rule() {
                Rule::ident => basis.kind = this.name(part),
                Rule::string => basis.interest = Some(this.string(part, Lines::One("basis"))),
                _ => {}
            }
        });
        Prop { value, span }
    }

    /// `security { … }`.
    fn security_block(&mut self, pair: Pair<'_, Rule>) -> SecurityBlockDecl {
        let decl = SecurityBlockDecl {
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..SecurityBlockDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::measures_prop => add(&mut decl.measures, this.prop_names(part)),
            Rule::breach_prop => add(&mut decl.breach_notification, Some(this.breach(part))),
            Rule::bad_prop => this.malformed(&part, &props::SECURITY, &mut decl.malformed),
            _ => {}
        })
    }

    /// `breach_notification to PARTY within N hours|without undue delay`.
    fn breach(&mut self, pair: Pair<'_, Rule>) -> Prop<BreachDecl> {
        let span = self.span(&pair);
        let value = self.parts(pair, BreachDecl::default(), |this, breach, part| match part
            .as_rule()
        {
            Rule::ident => breach.to = this.name(part),
            Rule::number => breach.within = Some(this.name(part)),
            _ => {}
        });
        Prop { value, span }
    }

    /// `mechanism KIND (CASE)?`: the first name is the mechanism, a second
    /// one its case.
    fn mechanism(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<MechanismDecl>> {
        let span = self.span(&pair);
        let mut names = pair.into_inner().filter(|p| p.as_rule() == Rule::ident);
        let kind = self.name(names.next()?);
        let case = names.next().map(|p| self.name(p));
        Some(Prop {
            value: MechanismDecl { kind, case },
            span,
        })
    }

    fn recipient(&mut self, pair: Pair<'_, Rule>) -> RecipientDecl {
        let decl = RecipientDecl {
            span: self.span(&pair),
            ..RecipientDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.id = this.name(part),
            Rule::label => decl.label = this.label(part),
            Rule::description_prop => add(&mut decl.description, this.prop_str(part)),
            Rule::kind_prop => add(&mut decl.kind, this.prop_name(part)),
            Rule::country_prop => add(&mut decl.country, this.prop_str(part)),
            Rule::safeguard_prop => add(&mut decl.safeguard, this.prop_str(part)),
            Rule::bound_flag => add(&mut decl.bound_by_policy, this.flagged(&part)),
            Rule::disclosed_as_prop => add(&mut decl.disclosed_as, this.prop_names(part)),
            Rule::mechanism_prop => add(&mut decl.mechanism, this.mechanism(part)),
            Rule::copy_prop => add(&mut decl.copy, this.prop_str(part)),
            Rule::role_prop => add(&mut decl.role, this.prop_name(part)),
            Rule::arrangement_prop => add(&mut decl.arrangement, this.prop_str(part)),
            Rule::bad_prop => this.bad_prop(&part, &props::RECIPIENT),
            _ => {}
        })
    }

    fn transfer(&mut self, pair: Pair<'_, Rule>) -> TransferDecl {
        let decl = TransferDecl {
            span: self.span(&pair),
            ..TransferDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::path_list => decl.data = this.names(part),
            Rule::recipient_ref => {
                if let Some(name) = Self::first_inner(part) {
                    decl.recipient = this.name(name);
                }
            }
            Rule::ground_list => {
                for item in part.into_inner() {
                    let mut inner = item.into_inner();
                    let (Some(ground), text) = (inner.next(), inner.next()) else {
                        continue;
                    };
                    decl.grounds.push(this.name(ground));
                    decl.interests
                        .push(text.map(|t| this.string(t, Lines::One("legitimate_interest"))));
                }
            }
            Rule::transfer_for => {
                if let Some(list) = Self::inner_of(part, Rule::ident_list) {
                    decl.purposes = this.names(list);
                }
            }
            Rule::transfer_disclosed_prop => {
                let span = this.span(&part);
                if let Some(list) = Self::inner_of(part, Rule::ident_list) {
                    decl.disclosed_as = Some((span, this.names(list)));
                }
            }
            _ => {}
        })
    }

    fn retain(&mut self, pair: Pair<'_, Rule>) -> RetainDecl {
        let decl = RetainDecl {
            span: self.span(&pair),
            ..RetainDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::path_list => decl.data = this.names(part),
            Rule::retain_purposes => {
                if let Some(list) = Self::inner_of(part, Rule::ident_list) {
                    decl.purposes = this.names(list);
                }
            }
            Rule::period_for => {
                if let Some((duration, from)) = this.duration_from(part) {
                    decl.periods.push(PeriodDecl::For { duration, from });
                }
            }
            Rule::period_until => {
                let event = Self::inner_of(part, Rule::event).and_then(|item| this.event(item));
                decl.periods.extend(event.map(PeriodDecl::Until));
            }
            Rule::period_law => decl
                .periods
                .push(PeriodDecl::AsRequiredByLaw(this.span(&part))),
            Rule::retain_criteria => {
                let criteria = Self::inner_of(part, Rule::string)
                    .map(|item| this.string(item, Lines::One("retain")));
                decl.periods.extend(criteria.map(PeriodDecl::Criteria));
            }
            Rule::retain_cap => {
                if let Some((duration, from)) = this.duration_from(part) {
                    decl.cap = Some(CapDecl { duration, from });
                }
            }
            Rule::unstated => decl.unstated = Some(this.span(&part)),
            Rule::retain_rule => decl.rule = this.inner_name(part),
            Rule::retain_end => decl.end = this.inner_name(part),
            Rule::retain_backups => {
                decl.backups = Self::inner_of(part, Rule::duration).map(|item| this.duration(item));
            }
            _ => {}
        })
    }

    /// The duration and the event a period or a cap counts from
    /// (`3 years from collection`), when both parsed.
    fn duration_from(&mut self, pair: Pair<'_, Rule>) -> Option<(DurationLit, EventDecl)> {
        let mut duration = None;
        let mut from = None;
        for item in pair.into_inner() {
            match item.as_rule() {
                Rule::duration => duration = Some(self.duration(item)),
                Rule::event => from = self.event(item),
                _ => {}
            }
        }
        duration.zip(from)
    }

    fn event(&mut self, pair: Pair<'_, Rule>) -> Option<EventDecl> {
        let inner = Self::first_inner(pair)?;
        Some(match inner.as_rule() {
            Rule::string => EventDecl::Phrase(self.string(inner, Lines::One("retain"))),
            _ => EventDecl::Keyword(self.name(inner)),
        })
    }

    fn right(&mut self, pair: Pair<'_, Rule>) -> RightDecl {
        let decl = RightDecl {
            span: self.span(&pair),
            ..RightDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.kind = this.name(part),
            Rule::label => decl.label = this.label(part),
            Rule::description_prop => add(&mut decl.description, this.prop_str(part)),
            Rule::via_prop => add(&mut decl.via, this.prop_strings(part)),
            Rule::within_prop => add(&mut decl.within, this.prop_duration(part)),
            Rule::anytime_flag => add(&mut decl.anytime, this.flagged(&part)),
            Rule::extendable_prop => add(&mut decl.extendable, this.prop_extension(part)),
            Rule::not_applicable_prop => add(&mut decl.not_applicable, this.prop_str(part)),
            Rule::bad_prop => this.bad_prop(&part, &props::RIGHT),
            _ => {}
        })
    }

    fn tracker(&mut self, pair: Pair<'_, Rule>) -> TrackerDecl {
        let decl = TrackerDecl {
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..TrackerDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.id = this.name(part),
            Rule::label => decl.label = this.label(part),
            Rule::description_prop => add(&mut decl.description, this.prop_str(part)),
            Rule::kind_prop => add(&mut decl.kind, this.prop_name(part)),
            Rule::party_prop => add(&mut decl.party, this.prop_name(part)),
            Rule::provider_prop => this.provider(part, decl),
            Rule::lifetime_prop => add(&mut decl.lifetime, this.prop_lifetime(part)),
            Rule::category_prop => add(&mut decl.category, this.prop_name(part)),
            Rule::collects_prop => add(&mut decl.collects, this.prop_names(part)),
            Rule::serves_prop => add(&mut decl.serves, this.prop_names(part)),
            Rule::bad_prop => this.malformed(&part, &props::TRACKER, &mut decl.malformed),
            _ => {}
        })
    }

    fn children(&mut self, pair: Pair<'_, Rule>) -> ChildrenDecl {
        let decl = ChildrenDecl {
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..ChildrenDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::audience_prop => add(&mut decl.audience, this.prop_name(part)),
            Rule::minimum_age_prop => add(&mut decl.minimum_age, this.prop_age(part)),
            Rule::knowingly_collects_prop => {
                add(&mut decl.knowingly_collects, this.prop_name(part));
            }
            Rule::parental_consent_prop => {
                add(&mut decl.parental_consent, this.prop_str(part));
            }
            Rule::parent_rights_prop => add(&mut decl.parent_rights, this.prop_names(part)),
            Rule::sale_opt_in_prop => add(&mut decl.sale_opt_in, this.prop_str(part)),
            Rule::bad_prop => this.malformed(&part, &props::CHILDREN, &mut decl.malformed),
            _ => {}
        })
    }

    fn decision(&mut self, pair: Pair<'_, Rule>) -> DecisionDecl {
        let decl = DecisionDecl {
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..DecisionDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.id = this.name(part),
            Rule::label => decl.label = this.label(part),
            Rule::description_prop => add(&mut decl.description, this.prop_str(part)),
            Rule::uses_prop => add(&mut decl.uses, this.prop_names(part)),
            Rule::logic_prop => add(&mut decl.logic, this.prop_str(part)),
            Rule::significance_prop => add(&mut decl.significance, this.prop_str(part)),
            Rule::basis_prop => add(&mut decl.basis, Some(this.basis(part))),
            Rule::safeguards_prop => add(&mut decl.safeguards, this.prop_names(part)),
            Rule::bad_prop => this.malformed(&part, &props::DECISION, &mut decl.malformed),
            _ => {}
        })
    }

    /// `minimum_age N`: an out-of-range number saturates, and the checker
    /// refuses it.
    fn prop_age(&self, pair: Pair<'_, Rule>) -> Option<Prop<AgeLit>> {
        let span = self.span(&pair);
        let text = Self::first_inner(pair)?.as_str().to_owned();
        let saturated = if text.starts_with('-') {
            i64::MIN
        } else {
            i64::MAX
        };
        let years = text.parse::<i64>().unwrap_or(saturated);
        Some(Prop {
            value: AgeLit { years, text },
            span,
        })
    }

    /// `lifetime DURATION` or `lifetime session`.
    fn prop_lifetime(&mut self, pair: Pair<'_, Rule>) -> Option<Prop<LifetimeDecl>> {
        self.prop(pair, |this, inner| {
            if inner.as_rule() == Rule::session {
                LifetimeDecl::Session
            } else {
                LifetimeDecl::For(this.duration(inner))
            }
        })
    }

    fn text_decl(&mut self, pair: Pair<'_, Rule>) -> TextDecl {
        let decl = TextDecl {
            span: self.span(&pair),
            ..TextDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.id = this.name(part),
            Rule::string => decl.text = this.string(part, Lines::Many),
            _ => {}
        })
    }

    /// `commit KIND [AREA]`.
    fn commit(&mut self, pair: Pair<'_, Rule>) -> CommitDecl {
        let mut decl = CommitDecl {
            span: self.span(&pair),
            ..CommitDecl::default()
        };
        for (at, part) in pair.into_inner().enumerate() {
            match (part.as_rule(), at) {
                (Rule::ident, 0) => decl.kind = self.name(part),
                (Rule::ident, _) => decl.area = Some(self.name(part)),
                _ => {}
            }
        }
        decl
    }

    /// `combine DATA, … "why"`.
    fn combine(&mut self, pair: Pair<'_, Rule>) -> CombineDecl {
        let decl = CombineDecl {
            span: self.span(&pair),
            ..CombineDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::path_list => decl.data = this.names(part),
            Rule::string => decl.reason = this.string(part, Lines::One("combine")),
            _ => {}
        })
    }

    fn changes(&mut self, pair: Pair<'_, Rule>) -> ChangesDecl {
        let decl = ChangesDecl {
            span: self.span(&pair),
            ..ChangesDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::by_prop => add(&mut decl.by, this.prop_name(part)),
            Rule::notify_prop => add(&mut decl.notify, this.prop_names(part)),
            Rule::notice_prop => add(&mut decl.notice, this.prop_duration(part)),
            Rule::takes_effect_prop => add(&mut decl.effective, this.prop_name(part)),
            Rule::because_prop => add(&mut decl.because, Some(this.because(part))),
            Rule::bad_prop => this.bad_prop(&part, &props::CHANGES),
            _ => {}
        })
    }

    fn because(&mut self, pair: Pair<'_, Rule>) -> Prop<BecauseDecl> {
        let span = self.span(&pair);
        let value = self.parts(
            pair,
            BecauseDecl::default(),
            |this, because, part| match part.as_rule() {
                Rule::path => because.subject = this.name(part),
                Rule::ident => because.aspect = Some(this.name(part)),
                Rule::string => because.text = this.string(part, Lines::One("because")),
                _ => {}
            },
        );
        Prop { value, span }
    }

    fn clause(&mut self, pair: Pair<'_, Rule>) -> ClauseDecl {
        let mut decl = ClauseDecl {
            span: self.span(&pair),
            ..ClauseDecl::default()
        };
        let mut idents = 0;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::ident if idents == 0 => {
                    idents += 1;
                    decl.id = self.name(part);
                }
                Rule::ident => decl.section = self.name(part),
                Rule::contractual_flag => decl.contractual = true,
                Rule::string => decl.text = self.string(part, Lines::Many),
                _ => {}
            }
        }
        decl
    }

    fn section(&mut self, pair: Pair<'_, Rule>) -> SectionDecl {
        let decl = SectionDecl {
            span: self.span(&pair),
            malformed: self.blanked_in(&pair),
            ..SectionDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            Rule::ident => decl.id = this.name(part),
            Rule::label => decl.heading = this.label(part),
            Rule::after_prop => add(&mut decl.after, this.prop_name(part)),
            Rule::summary_prop => add(&mut decl.summary, this.prop_str(part)),
            Rule::bad_prop => this.malformed(&part, &props::SECTION, &mut decl.malformed),
            _ => {}
        })
    }

    fn test(&mut self, pair: Pair<'_, Rule>) -> TestDecl {
        let decl = TestDecl {
            span: self.span(&pair),
            ..TestDecl::default()
        };
        self.parts(pair, decl, |this, decl, part| match part.as_rule() {
            // A test's name is shown only in diagnostics, which every
            // report format escapes: it may break lines.
            Rule::string => decl.name = this.string(part, Lines::Many),
            Rule::expectation => add(&mut decl.expectations, this.expectation(part)),
            Rule::deadline_expectation => add(&mut decl.deadlines, this.deadline(part)),
            Rule::bad_prop => this.bad_prop(&part, &props::TEST),
            _ => {}
        })
    }

    fn deadline(&mut self, pair: Pair<'_, Rule>) -> Option<DeadlineExpectationDecl> {
        let span = self.span(&pair);
        let mut data = None;
        let mut purpose = None;
        let mut events = Vec::new();
        let mut answer = None;
        let mut backups = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::path => data = Some(self.name(part)),
                Rule::ident => purpose = Some(self.name(part)),
                Rule::event_date => {
                    let mut event = None;
                    let mut date = None;
                    for inner in part.into_inner() {
                        match inner.as_rule() {
                            Rule::event => event = self.event(inner),
                            Rule::date => date = Some(self.raw(inner)),
                            _ => {}
                        }
                    }
                    events.push((event?, date?));
                }
                Rule::deadline_answer => {
                    let mut word = None;
                    let mut event = None;
                    let mut at_most = false;
                    for inner in part.into_inner() {
                        match inner.as_rule() {
                            Rule::kw_at_most => at_most = true,
                            Rule::date if at_most => {
                                answer = Some(DeadlineAnswerDecl::AtMost(self.raw(inner)));
                            }
                            Rule::date => answer = Some(DeadlineAnswerDecl::Date(self.raw(inner))),
                            Rule::ident => word = Some(self.name(inner)),
                            Rule::event => event = self.event(inner),
                            _ => {}
                        }
                    }
                    if let Some(word) = word {
                        answer = Some(DeadlineAnswerDecl::Word(word, event));
                    }
                }
                Rule::date => backups = Some(self.raw(part)),
                _ => {}
            }
        }
        Some(DeadlineExpectationDecl {
            data: data?,
            purpose,
            events,
            answer: answer?,
            backups,
            span,
        })
    }

    fn expectation(&mut self, pair: Pair<'_, Rule>) -> Option<ExpectationDecl> {
        let span = self.span(&pair);
        let mut allow = false;
        let mut data = None;
        let mut target = None;
        let mut facts = Vec::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::verdict => allow = part.as_str() == "allow",
                Rule::path => data = Some(self.name(part)),
                Rule::use_target => target = self.inner_name(part).map(TargetDecl::Use),
                Rule::transfer_target => target = self.inner_name(part).map(TargetDecl::Transfer),
                Rule::tracker_target => target = self.inner_name(part).map(TargetDecl::Tracker),
                Rule::children_target => target = Some(TargetDecl::Children),
                Rule::decision_target => target = self.inner_name(part).map(TargetDecl::Decision),
                Rule::fact_list => facts = self.names(part),
                _ => {}
            }
        }
        let target = target?;
        // Only a tracker, a child and an automated decision are asked about
        // without a data category.
        if data.is_none()
            != matches!(
                target,
                TargetDecl::Tracker(_) | TargetDecl::Children | TargetDecl::Decision(_)
            )
        {
            return None;
        }
        Some(ExpectationDecl {
            allow,
            data,
            target,
            facts,
            span,
        })
    }
}

/// Appends to a property list one exact slot at a time: a property is
/// almost always given once, and `Vec`'s own growth would reserve four
/// slots for it in every block of a large policy.
fn add<T>(list: &mut Vec<T>, items: impl IntoIterator<Item = T>) {
    for item in items {
        list.reserve_exact(1);
        list.push(item);
    }
}

fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    text.get(..end).unwrap_or(text)
}

fn bad_property(pair: &Pair<'_, Rule>, block: &Block) -> Diagnostic {
    let span = span_of(pair);
    let text = pair.as_str().trim_end();
    if let Some(quote) = unclosed_quote(text) {
        let at = span.start + quote;
        return Diagnostic::new(
            Code::MalformedProperty,
            Span::new(at, span.end),
            "this string is not closed on its line",
        )
        .label("no closing `\"` before the end of the line")
        .help(
            "end the string with `\"`; a string cannot span lines (write `\\n` for a line break)",
        );
    }
    if line_before(pair).trim().is_empty() {
        first_of_line(text, span, block)
    } else {
        after_property(text, span)
    }
}

/// Text where a property of `block` should start that is not one: a
/// malformed property when it starts with a keyword, else an unknown one.
fn first_of_line(text: &str, span: Span, block: &Block) -> Diagnostic {
    let word = first_word(text);
    if let Some(property) = block.find(word) {
        let help = joined_value(property, text.get(word.len()..).unwrap_or("")).map_or_else(
            || format!("write it as: {}", property.help()),
            |value| format!("a value is one word: did you mean `{word} {value}`?"),
        );
        return Diagnostic::new(
            Code::MalformedProperty,
            span,
            format!("malformed `{word}` property"),
        )
        .label("this line does not have the form the property expects")
        .help(help);
    }
    let shown = if word.is_empty() { text } else { word };
    let shown: String = shown.chars().take(40).collect();
    Diagnostic::new(
        Code::UnknownProperty,
        span,
        format!("unknown property `{shown}` in a {}", block.name),
    )
    .label("not a property of this block")
    .maybe_help(suggest::did_you_mean(word, &block.keywords()))
}

/// The value of `property`'s closed set that `written` (up to a text in
/// quotes) spells with `-` or spaces for `_` (`third-party`).
fn joined_value(property: &props::Property, written: &str) -> Option<String> {
    let props::Help::OneOf(values) = property.help else {
        return None;
    };
    // A basis's interest, in quotes, follows its value.
    let joined = written
        .split_whitespace()
        .take_while(|word| !word.starts_with('"'))
        .collect::<Vec<_>>()
        .join("_")
        .replace('-', "_");
    values().contains(&joined.as_str()).then_some(joined)
}

/// Text after a property on its line.
fn after_property(text: &str, span: Span) -> Diagnostic {
    let shown: String = text.chars().take(40).collect();
    Diagnostic::new(
        Code::MalformedProperty,
        span,
        format!("unexpected `{shown}` after a property"),
    )
    .label("the property before it ended here")
    .help("remove this text, or put it in quotes if it belongs to the value")
}

/// A value of a closed set written as several words.
struct SplitValue {
    /// The property.
    property: &'static props::Property,
    /// Its value, the words joined with `_`.
    joined: String,
    /// Where the property's keyword starts in the line before the text.
    keyword: usize,
    /// Where the value starts in the line before the text.
    start: usize,
    /// Where the value ends in the text.
    end: usize,
}

/// The value of a closed set that the last word of `before` (the line
/// before `text`, ending with a property's keyword and value) and the
/// first words of `text` make, joined with `_`.
fn one_word_value(text: &str, before: &str, block: &Block) -> Option<SplitValue> {
    let head = before.trim_end();
    let start = head.rfind(char::is_whitespace)? + 1;
    let value = head.get(start..)?;
    let keyword_end = head.get(..start)?.trim_end();
    let keyword = keyword_end
        .rfind(|c: char| c.is_whitespace() || c == '{')
        .map_or(0, |i| i + 1);
    let property = block.find(keyword_end.get(keyword..)?)?;
    let props::Help::OneOf(values) = property.help else {
        return None;
    };
    let values = values();
    let mut joined = value.to_owned();
    let mut at = 0;
    for word in text.split_whitespace() {
        if first_word(word).len() != word.len() {
            break;
        }
        at = text.get(at..)?.find(word)? + at + word.len();
        joined.push('_');
        joined.push_str(word);
        if values.contains(&joined.as_str()) {
            return Some(SplitValue {
                property,
                joined,
                keyword,
                start,
                end: at,
            });
        }
    }
    None
}

/// Where an unclosed string starts in a line, if one does.
fn unclosed_quote(line: &str) -> Option<usize> {
    let mut open = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match (open, escaped, c) {
            (Some(_), true, _) => escaped = false,
            (Some(_), false, '\\') => escaped = true,
            (Some(_), false, '"') => open = None,
            (None, _, '"') => open = Some(i),
            (None, _, '/') if line.get(i..).is_some_and(|rest| rest.starts_with("//")) => break,
            _ => {}
        }
    }
    open
}

/// Reports a declaration that the grammar skipped. When it starts with a
/// keyword, it is parsed again on its own to find where exactly it breaks.
fn bad_decl(pair: &Pair<'_, Rule>, source: &str) -> Diagnostic {
    let start = pair.as_span().start();
    let text = pair.as_str();
    let word = first_word(text);
    let rule = match word {
        "include" => Some(Rule::include_decl),
        "policy" => Some(Rule::policy_decl),
        "data" => Some(Rule::data_decl),
        "purpose" => Some(Rule::purpose_decl),
        "recipient" => Some(Rule::recipient_decl),
        "transfer" => Some(Rule::transfer_decl),
        "retain" => Some(Rule::retain_decl),
        "right" => Some(Rule::right_decl),
        "obligation" => Some(Rule::obligation_decl),
        "security" => Some(Rule::security_decl),
        "changes" => Some(Rule::changes_decl),
        "clause" => Some(Rule::clause_decl),
        "test" => Some(Rule::test_decl),
        "tracker" => Some(Rule::tracker_decl),
        "children" => Some(Rule::children_decl),
        "decision" => Some(Rule::decision_decl),
        "commit" => Some(Rule::commit_decl),
        "section" => Some(Rule::section_decl),
        _ => None,
    };
    if let Some(rule) = rule {
        match PolicyParser::parse(rule, text) {
            Err(error) => return from_pest_error(&error, start, source),
            Ok(pairs) => {
                let end = pairs.last().map_or(0, |p| p.as_span().end());
                let at = start + end;
                return Diagnostic::new(
                    Code::Syntax,
                    Span::new(at, at + next_token_len(source, at)),
                    format!("unexpected text after a `{word}` declaration"),
                )
                .label("expected a new declaration here")
                .help(keywords_help());
            }
        }
    }
    if let Some(diagnostic) = two_word_name(source, start, word) {
        return diagnostic;
    }
    // A cap after a period with a fixed end: the grammar takes `at_most`
    // after criteria only.
    if word == "at_most" {
        return Diagnostic::new(
            Code::Syntax,
            Span::new(start, start + word.len()),
            "`at_most` caps a retention by criteria only".to_owned(),
        )
        .label("a cap on a period that already has an end")
        .help("write the cap as an alternative: `retain DATA until EVENT or for 90 days from collection, whichever comes first`; `at_most` follows `criteria \"…\"`");
    }
    let shown: String = word.chars().take(40).collect();
    let span = Span::new(start, start + next_token_len(source, start));
    let message = if shown.is_empty() {
        "expected a declaration".to_owned()
    } else {
        format!("expected a declaration, found `{shown}`")
    };
    let help = suggest::closest(word, DECL_KEYWORDS.iter().copied())
        .map(|k| format!("did you mean `{k}`?"))
        .unwrap_or_else(keywords_help);
    Diagnostic::new(Code::Syntax, span, message)
        .label("not a declaration keyword")
        .help(help)
}

/// A second word after a declaration's name on its line (`right data
/// portability`): the name was meant as one, joined with `_`.
fn two_word_name(source: &str, start: usize, word: &str) -> Option<Diagnostic> {
    let before = source.get(..start)?;
    let line = before.rsplit_once('\n').map_or(before, |(_, line)| line);
    let [keyword, name] = line.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let named = DECL_KEYWORDS.contains(&keyword) && first_word(name).len() == name.len();
    if !named || word.is_empty() || name.is_empty() || DECL_KEYWORDS.contains(&word) {
        return None;
    }
    // The line is the keyword, spaces, the name and spaces.
    let after_keyword = line.len() - line.trim_start().len() + keyword.len();
    let rest = line.get(after_keyword..)?;
    let name_start =
        before.len() - line.len() + after_keyword + (rest.len() - rest.trim_start().len());
    Some(
        Diagnostic::new(
            Code::Syntax,
            Span::new(name_start, start + word.len()),
            format!("`{name} {word}` is not a name: a name is one word"),
        )
        .label("two words where a name is one")
        .help(format!(
            "write `{keyword} {name}_{word}`; the words a reader sees go in the label, in quotes"
        )),
    )
}

fn keywords_help() -> String {
    format!(
        "a declaration starts with one of: {}",
        DECL_KEYWORDS.join(", ")
    )
}

/// The length of the token starting at `at`: a word, or one character.
fn next_token_len(source: &str, at: usize) -> usize {
    // pest's positions, and what skip_trivia makes of them, are character
    // boundaries within the source; were one not, there would be no token.
    let rest = source.get(at..).unwrap_or("");
    let word = first_word(rest);
    if !word.is_empty() {
        return word.len();
    }
    rest.chars().next().map_or(0, char::len_utf8)
}

fn from_pest_error(error: &pest::error::Error<Rule>, offset: usize, source: &str) -> Diagnostic {
    let pos = offset
        + match error.location {
            pest::error::InputLocation::Pos(pos) => pos,
            pest::error::InputLocation::Span((start, _)) => start,
        };
    let (positives, negatives) = match &error.variant {
        pest::error::ErrorVariant::ParsingError {
            positives,
            negatives,
        } => (positives, negatives),
        pest::error::ErrorVariant::CustomError { message } => {
            let at = skip_trivia(source, pos);
            let span = Span::new(at, at + next_token_len(source, at));
            return Diagnostic::new(Code::Syntax, span, message.clone());
        }
    };
    // The error may sit on whitespace or a comment; point at what follows.
    let at = skip_trivia(source, pos);
    if let Some(diagnostic) = hyphenated_id(source, at) {
        return diagnostic;
    }
    // The negative lookaheads before a name are in a transfer: `to` then
    // not `on` (its recipient is missing) and `for` then not `on` (its
    // purpose is).
    let after_for = source
        .get(..at)
        .and_then(|before| before.trim_end().rsplit(char::is_whitespace).next())
        == Some("for");
    let expected = if positives.is_empty() && negatives.contains(&Rule::kw_on) && after_for {
        "a purpose name".to_owned()
    } else if positives.is_empty() && negatives.contains(&Rule::kw_on) {
        "a recipient name".to_owned()
    } else if positives.is_empty() && negatives.contains(&Rule::decl_keyword) {
        // A name was expected where the next declaration starts.
        "a name".to_owned()
    } else {
        describe_expected(positives)
    };
    let help = if positives.is_empty() && negatives.contains(&Rule::kw_on) && after_for {
        Some(
            "name the purposes the data is sent for after `for` (`for analytics, support`), or leave `for` out"
                .to_owned(),
        )
    } else {
        expected_help(positives)
    };
    if let Some(end) = line_ended(source, at, positives) {
        return Diagnostic::new(
            Code::Syntax,
            Span::new(end, end),
            format!("expected {expected}, found the end of the line"),
        )
        .label(format!("expected {expected} here"))
        .maybe_help(help);
    }
    let span = Span::new(at, at + next_token_len(source, at));
    let token = source.get(span.range()).unwrap_or("");
    if let Some(diagnostic) = unknown_period(positives, token, span) {
        return diagnostic;
    }
    let found = if token.is_empty() {
        "the end of the file".to_owned()
    } else {
        format!("`{}`", token.chars().take(40).collect::<String>())
    };
    Diagnostic::new(
        Code::Syntax,
        span,
        format!("expected {expected}, found {found}"),
    )
    .label(format!("expected {expected}"))
    .maybe_help(help)
}

/// An id written with a `-` (`data in-store`), which the grammar refuses
/// at the id: the whole word, and the id with `_` in its place.
fn hyphenated_id(source: &str, at: usize) -> Option<Diagnostic> {
    let rest = source.get(at..)?;
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
        .unwrap_or(rest.len());
    let word = rest.get(..len)?.trim_end_matches(['-', '.']);
    let first = word.chars().next()?;
    if !first.is_ascii_alphabetic() || !word.contains('-') {
        return None;
    }
    let fixed = word.replace('-', "_");
    Some(
        Diagnostic::new(
            Code::Syntax,
            Span::new(at, at + word.len()),
            format!("`{word}` is not an id: an id allows letters, digits and `_`"),
        )
        .label("`-` cannot be part of an id")
        .help(format!(
            "write `{fixed}`; the words a reader sees go in the label, in quotes"
        )),
    )
}

/// Where the line ends, when a declaration stops short on it: the error
/// falls on the next declaration, a `}` or the end of the file, past a
/// line break. Not for a missing `}` or declaration, which are best shown
/// where the next one starts.
fn line_ended(source: &str, at: usize, positives: &[Rule]) -> Option<usize> {
    let block_or_decl = positives
        .iter()
        .any(|rule| is_decl(*rule) || describe_rule(*rule) == "a property or `}`");
    if positives.is_empty() || block_or_decl {
        return None;
    }
    let rest = source.get(at..)?;
    if !(rest.is_empty() || rest.starts_with('}') || starts_with_keyword(rest)) {
        return None;
    }
    let end = code_len(source.get(..at)?);
    source.get(end..at)?.contains('\n').then_some(end)
}

/// A word where a retention period should start: an unknown period,
/// with the periods the grammar expected and the closest of them.
fn unknown_period(positives: &[Rule], token: &str, span: Span) -> Option<Diagnostic> {
    if !positives.contains(&Rule::as_required_by_law) {
        return None;
    }
    let word = first_word(token);
    if word.is_empty() || word.len() != token.len() {
        return None;
    }
    let keywords: Vec<&str> = positives.iter().filter_map(|rule| keyword(*rule)).collect();
    let mut help = suggest::closest(word, keywords.iter().copied())
        .map(|best| format!("did you mean `{best}`? "))
        .unwrap_or_default();
    help.push_str(&format!(
        "a retention period starts with {} (`for 1 year from EVENT`, `until EVENT`), where an event is {}",
        describe_expected(positives),
        events()
    ));
    Some(
        Diagnostic::new(
            Code::Syntax,
            span,
            format!("unknown retention period `{word}`"),
        )
        .label("not a retention period")
        .help(help),
    )
}

/// The keyword a rule matches, for a rule that matches one.
fn keyword(rule: Rule) -> Option<&'static str> {
    let described = describe_rule(rule);
    described
        .strip_prefix('`')?
        .strip_suffix('`')
        .filter(|inner| !inner.contains('`'))
}

/// How to write what was expected, where words help more than its name.
fn expected_help(positives: &[Rule]) -> Option<String> {
    if positives.contains(&Rule::kw_from) {
        Some(format!(
            "a period of time counts from an event: write `from EVENT`, where an event is {}",
            events()
        ))
    } else if positives.contains(&Rule::event) {
        Some(format!("an event is {}", events()))
    } else {
        None
    }
}

/// The events a period may name, from the vocabulary.
fn events() -> String {
    let events: Vec<String> = crate::vocab::EVENTS
        .keywords()
        .map(|event| format!("`{event}`"))
        .collect();
    format!("one of {}, or a text in double quotes", events.join(", "))
}

/// The first position at or after `at` that is not whitespace or a comment.
fn skip_trivia(source: &str, mut at: usize) -> usize {
    loop {
        // `at` starts at pest's position and moves over whole characters;
        // past the source there is nothing to skip.
        let rest = source.get(at..).unwrap_or("");
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            at += trimmed.find('\n').unwrap_or(trimmed.len());
        } else {
            return at;
        }
    }
}

/// Names grammar rules for humans ("a data category name", not `path`).
fn describe_rule(rule: Rule) -> &'static str {
    match rule {
        Rule::ident => "a name",
        Rule::recipient_ref => "a recipient name",
        Rule::language_tag => "a language code such as en",
        Rule::path | Rule::path_list => "a data category name",
        Rule::fact | Rule::fact_list => "a fact such as `consent:marketing`",
        Rule::string | Rule::label | Rule::string_list => "a text in double quotes",
        Rule::date => "a date such as 2026-12-01",
        Rule::version => "a version such as 1.0.0",
        Rule::number | Rule::duration => "a duration such as 30 days",
        Rule::time_unit => "a unit: days, weeks, months or years",
        Rule::ident_list => "a list of names",
        Rule::ground_list | Rule::ground_item => "a list of grounds",
        Rule::kw_to => "`to`",
        Rule::kw_on => "`on`",
        Rule::kw_for => "`for`",
        Rule::kw_from => "`from`",
        Rule::kw_until => "`until`",
        Rule::kw_or => "`or`",
        Rule::kw_in => "`in`",
        Rule::kw_given => "`given`",
        Rule::as_required_by_law => "`as_required_by_law`",
        Rule::event => "an event (a name or a text in double quotes)",
        Rule::verdict | Rule::expectation => "`allow` or `deny`",
        Rule::use_target | Rule::transfer_target => "`for PURPOSE` or `to RECIPIENT`",
        Rule::tracker_target | Rule::tracker_word => "`tracker TRACKER`",
        Rule::children_target | Rule::children_word => "`children`",
        Rule::decision_target | Rule::decision_word => "`decision DECISION`",
        Rule::deadline_expectation | Rule::deadline_word => "`deadline DATA … is …`",
        Rule::after_word => "`after`",
        Rule::kw_is => "`is`",
        Rule::event_date => "an event and its date (`collection 2026-01-10`)",
        Rule::deadline_answer => {
            "a date, `at_most DATE`, `pending EVENT`, `criteria` or `as_required_by_law`"
        }
        Rule::period_for | Rule::period_until | Rule::period_law => {
            "a period: `for 1 year`, `until \"…\"` or `as_required_by_law`"
        }
        Rule::EOI => "the end of the file",
        _ if is_decl(rule) => "a declaration",
        _ => "a property or `}`",
    }
}

fn is_decl(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::include_decl
            | Rule::policy_decl
            | Rule::data_decl
            | Rule::purpose_decl
            | Rule::recipient_decl
            | Rule::transfer_decl
            | Rule::retain_decl
            | Rule::right_decl
            | Rule::obligation_decl
            | Rule::security_decl
            | Rule::changes_decl
            | Rule::clause_decl
            | Rule::test_decl
            | Rule::tracker_decl
            | Rule::children_decl
            | Rule::decision_decl
            | Rule::commit_decl
            | Rule::section_decl
            | Rule::bad_decl
            | Rule::decl_keyword
    )
}

fn describe_expected(rules: &[Rule]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for rule in rules {
        let name = describe_rule(*rule);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    match names.as_slice() {
        [] => "something else".to_owned(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Decodes the escapes of a string body. `offset` is the byte position of
/// the body in the file, for the span of a bad escape. Characters written
/// raw were checked by [`hygiene::scan`]; those made by an escape are
/// checked here, and so are line breaks, which only long texts may hold.
fn unescape(body: &str, offset: usize, lines: Lines<'_>, diags: &mut Vec<Diagnostic>) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            // Raw LF and CR end a string; only U+2028 and U+2029 get here.
            if !c.is_ascii() && hygiene::is_line_break(c) {
                line_break(
                    c,
                    Span::new(offset + i, offset + i + c.len_utf8()),
                    lines,
                    diags,
                );
            }
            out.push(c);
            continue;
        }
        let Some((_, escaped)) = chars.next() else {
            break;
        };
        match escaped {
            'n' => {
                line_break('\n', Span::new(offset + i, offset + i + 2), lines, diags);
                out.push('\n');
            }
            't' => out.push('\t'),
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            // `\u` is two one-byte characters from `i`, so `i + 2` is a
            // character boundary no later than the end: the slice holds.
            'u' => match unicode_escape(&body[i + 2..]) {
                Some((Some(decoded), len)) => {
                    let span = Span::new(offset + i, offset + i + 2 + len);
                    if let Some(hazard) = hygiene::hazard(decoded) {
                        diags.push(hygiene::diagnostic(
                            decoded,
                            hazard,
                            hygiene::Place::Escape,
                            span,
                        ));
                    } else if hygiene::is_line_break(decoded) {
                        line_break(decoded, span, lines, diags);
                    }
                    out.push(decoded);
                    for _ in 0..len {
                        chars.next();
                    }
                }
                Some((None, len)) => {
                    let written = body.get(i..i + 2 + len).unwrap_or("\\u");
                    diags.push(
                        Diagnostic::new(
                            Code::BadEscape,
                            Span::new(offset + i, offset + i + 2 + len),
                            format!("`{written}` is not a Unicode character"),
                        )
                        .label("no character has this code point")
                        .help("write a code point from 0 to 10FFFF, outside D800-DFFF, such as \\u{00E9}"),
                    );
                    for _ in 0..len {
                        chars.next();
                    }
                }
                None => diags.push(bad_escape(
                    offset + i,
                    escaped,
                    "write a code point as \\u{00E9}",
                )),
            },
            other => diags.push(bad_escape(
                offset + i,
                other,
                "the escapes are \\\" \\\\ \\n \\t and \\u{…}; to write a backslash, write \\\\",
            )),
        }
    }
    out
}

/// Reports a line break at `span` in a one-line text.
fn line_break(c: char, span: Span, lines: Lines<'_>, diags: &mut Vec<Diagnostic>) {
    let Lines::One(property) = lines else {
        return;
    };
    let what = match c {
        '\n' => "a line break",
        '\r' => "a carriage return",
        '\u{2028}' => "`U+2028 LINE SEPARATOR`",
        _ => "`U+2029 PARAGRAPH SEPARATOR`",
    };
    diags.push(
        Diagnostic::new(
            Code::LineBreakInOneLineText,
            span,
            format!("{what} in `{property}`, which is one line"),
        )
        .label("a line break where the outputs show one line")
        .help("replace it with a space or a comma: in Markdown a line break here would start a new heading or list item; only long texts (`description`, and the texts of `clause`, `obligation` and `security`) may break lines"),
    );
}

fn bad_escape(at: usize, escaped: char, help: &str) -> Diagnostic {
    Diagnostic::new(
        Code::BadEscape,
        Span::new(at, at + 1 + escaped.len_utf8()),
        format!("unknown escape `\\{escaped}` in a string"),
    )
    .label("not an escape sequence")
    .help(help)
}

/// Decodes `{XXXX}` after `\u`: `None` when it is not of that form, else
/// the character (`None` for a code point that is no character) and the
/// number of bytes consumed.
fn unicode_escape(rest: &str) -> Option<(Option<char>, usize)> {
    let inner = rest.strip_prefix('{')?;
    let close = inner.find('}')?;
    let hex = inner.get(..close)?;
    if hex.is_empty() || hex.len() > 6 {
        return None;
    }
    let value = u32::from_str_radix(hex, 16).ok()?;
    Some((char::from_u32(value), close + 2))
}

#[cfg(test)]
#[expect(clippy::indexing_slicing, clippy::panic, reason = "tests")]
mod tests {
    use super::*;

    fn parse_ok(source: &str) -> File {
        let (file, diags) = parse(source);
        assert!(diags.is_empty(), "unexpected diagnostics: {diags:#?}");
        file
    }

    #[test]
    fn parses_a_data_block() {
        let file = parse_ok(
            "data account.email \"E-mail\" {\n  source user\n  required\n  examples \"a\", \"b\"\n}\n",
        );
        let Decl::Data(data) = &file.decls[0] else {
            panic!("not data")
        };
        assert_eq!(data.id.text, "account.email");
        assert_eq!(
            data.label.as_ref().map(|l| l.value.as_str()),
            Some("E-mail")
        );
        assert_eq!(data.source[0].value[0].kind.text, "user");
        assert_eq!(data.requirement[0].value, Requirement::Required);
        assert_eq!(data.examples[0].value.len(), 2);
    }

    #[test]
    fn decodes_escapes() {
        let file = parse_ok("obligation o \"a \\\"b\\\" \\u{e9}\\n\"");
        let Decl::Obligation(o) = &file.decls[0] else {
            panic!("not an obligation")
        };
        assert_eq!(o.text.value, "a \"b\" é\n");
    }

    #[test]
    fn reports_bad_escape_with_its_span() {
        let (_, diags) = parse("obligation o \"a\\qb\"");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::BadEscape);
        assert_eq!(diags[0].span, Span::new(15, 17));
    }

    #[test]
    fn recovers_after_each_broken_declaration() {
        let source = "data a {\n  source user\n\npurpose p \"P\" {\n  basis consent\n}\ndata b \"B\" { source user }\npurpse q\ndata c \"C\"\n";
        let (file, diags) = parse(source);
        assert_eq!(diags.len(), 2, "{diags:#?}");
        assert_eq!(file.decls.len(), 3);
        assert!(diags[1].help.as_deref().unwrap_or("").contains("purpose"));
    }

    #[test]
    fn reports_unknown_property_with_suggestion() {
        let (file, diags) = parse("data a \"A\" {\n  sorce user\n  identity identified\n}\n");
        assert_eq!(file.decls.len(), 1);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::UnknownProperty);
        assert_eq!(diags[0].help.as_deref(), Some("did you mean `source`?"));
    }

    #[test]
    fn parses_periods_and_transfers() {
        let file = parse_ok(
            "retain log for 1 year from collection or until \"deleted\" or as_required_by_law, whichever comes first\ntransfer a, b.c to x on consent, contract\n",
        );
        let Decl::Retain(r) = &file.decls[0] else {
            panic!("not retain")
        };
        assert_eq!(r.periods.len(), 3);
        assert_eq!(r.rule.as_ref().map(|w| w.text.as_str()), Some("first"));
        let Decl::Transfer(t) = &file.decls[1] else {
            panic!("not transfer")
        };
        assert_eq!(t.data.len(), 2);
        assert_eq!(t.grounds.len(), 2);
    }

    #[test]
    fn empty_and_comment_only_files_parse_to_nothing() {
        assert!(parse_ok("").decls.is_empty());
        assert!(parse_ok("// nothing here\n").decls.is_empty());
    }
}
