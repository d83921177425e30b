//! The change notice: what a new edition changes, written for the people
//! whose data it is, beside the reviewer's diff page. It speaks in the
//! policy's voice and says what changes for the reader (grouped into what
//! is done more, done less and only explained better), why (the reasons the
//! edition gives with `because`), when the new edition takes effect and
//! what the reader can do before then (the rights the new edition declares
//! to object, withdraw consent or have data erased), and where the
//! previous edition can be read with every change marked.
//!
//! Every sentence comes from a change of the diff or a declaration of the
//! editions; a change with no words of its own here is said with its
//! kind's one-line description. No version numbers, ids or cut quotes: the
//! reader knows the policy by its title and its dates.

use std::fmt::Write as _;

use super::words::{self, Voice};
use crate::diff::detail::{Declared, Detail, Named};
use crate::diff::{self, Change, Class};
use crate::escape;
use crate::model::{Policy, Regime, RightKind};
use crate::vocab::Closed as _;

/// Where a change goes in the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// More processing or less protection.
    More,
    /// Less processing or more protection.
    Less,
    /// Wording, or a right or fact the law always granted, now stated.
    Explained,
}

/// One entry of a group: what changes, in words, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    what: String,
    why: Option<String>,
}

/// The notice's parts, each a plain string the formats escape.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Notice {
    title: String,
    intro: String,
    groups: Vec<(String, Vec<Entry>)>,
    when: String,
    before: Vec<String>,
    before_intro: String,
    previous: String,
}

/// The notice of the change from `old` to `new`, as Markdown; `diff_page`
/// is the path of the diff page (without extension) relative to the notice.
pub fn markdown(old: &Policy, new: &Policy, diff_page: &str) -> String {
    let notice = Notice::of(old, new);
    let md = |s: &str| escape::markdown_line_start(&escape::markdown(s));
    let mut out = format!("# {}\n\n{}\n", md(&notice.title), md(&notice.intro));
    for (heading, entries) in &notice.groups {
        let _ = write!(out, "\n## {}\n\n", md(heading));
        for entry in entries {
            let _ = writeln!(out, "- {}", escape::markdown(&entry.line()));
        }
    }
    let when = md(&notice.when);
    let _ = write!(out, "\n## {}\n\n{when}\n", md(&heading_when(new)));
    if !notice.before.is_empty() {
        let _ = write!(out, "\n{}\n\n", md(&notice.before_intro));
        for right in &notice.before {
            let _ = writeln!(out, "- {}", escape::markdown(right));
        }
    }
    let _ = write!(
        out,
        "\n{} [{}]({diff_page}.md).\n",
        md(&notice.previous),
        escape::markdown(&link_words()),
    );
    out
}

/// The notice as a standalone HTML page.
pub fn html(old: &Policy, new: &Policy, diff_page: &str) -> String {
    let notice = Notice::of(old, new);
    let h = escape::html;
    let mut out = String::new();
    super::page::open(
        &mut out,
        &new.header.language,
        &notice.title,
        super::page::Kind::Text,
    );
    let _ = write!(
        out,
        "<h1>{}</h1>\n<p>{}</p>\n",
        h(&notice.title),
        h(&notice.intro)
    );
    for (heading, entries) in &notice.groups {
        let _ = write!(out, "<h2>{}</h2>\n<ul>\n", h(heading));
        for entry in entries {
            let _ = writeln!(out, "<li>{}</li>", h(&entry.line()));
        }
        out.push_str("</ul>\n");
    }
    let _ = write!(
        out,
        "<h2>{}</h2>\n<p>{}</p>\n",
        h(&heading_when(new)),
        h(&notice.when)
    );
    if !notice.before.is_empty() {
        let _ = write!(out, "<p>{}</p>\n<ul>\n", h(&notice.before_intro));
        for right in &notice.before {
            let _ = writeln!(out, "<li>{}</li>", h(right));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<p>{} <a href=\"{}.html\">{}</a>.</p>",
        h(&notice.previous),
        h(diff_page),
        h(&link_words())
    );
    super::page::close(&mut out);
    out
}

fn heading_when(new: &Policy) -> String {
    say(new, "When it takes effect")
}

fn link_words() -> String {
    "the previous edition, with every change marked".to_owned()
}

impl Entry {
    fn line(&self) -> String {
        match &self.why {
            Some(why) => format!("{} Why: {}", self.what, ended(why)),
            None => self.what.clone(),
        }
    }
}

impl Notice {
    fn of(old: &Policy, new: &Policy) -> Notice {
        let d = diff::diff(old, new);
        let title = format!(
            "{} {}",
            say(new, "What changes in {our}"),
            one_line(&new.header.title)
        );
        let date = new.header.effective.long();
        let intro = format!(
            "{} {} {}",
            say(
                new,
                &format!(
                    "{{We}} [has|have] written a new edition of the {}.",
                    one_line(&new.header.title)
                )
            ),
            format_args!("It takes effect on {date}."),
            say(new, "Here is what changes for {you}, and why.")
        );
        let mut groups = Vec::new();
        for (group, heading) in [
            (Group::More, "What {we} will do more"),
            (Group::Less, "What {we} will do less"),
            (Group::Explained, "What is only explained better"),
        ] {
            let entries = entries(&d, old, new, group);
            if !entries.is_empty() {
                groups.push((say(new, heading), entries));
            }
        }
        if groups.is_empty() {
            groups.push((
                say(new, "What changes for {you}"),
                vec![Entry {
                    what: "The new edition is written differently; it says the same.".to_owned(),
                    why: None,
                }],
            ));
        }
        let told = told(new);
        let when = format!(
            "{told}{} {}",
            format_args!("The new edition takes effect on {date}."),
            say(
                new,
                &format!(
                    "Until then, the edition in effect since {} applies.",
                    old.header.effective.long()
                )
            )
        );
        Notice {
            title,
            intro,
            groups,
            when,
            before_intro: "Before then, and at any time after:".to_owned(),
            before: before_then(new),
            previous: "The previous edition can still be read, side by side with the new one:"
                .to_owned(),
        }
    }
}

/// The entries of one group, in the diff's order; consecutive changes with
/// the same reason share it, and the same words are said once.
fn entries(d: &diff::Diff, old: &Policy, new: &Policy, group: Group) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for change in d.changes.iter().filter(|c| group_of(c, new) == group) {
        let what = sentence(change, old, new);
        // Wording needs no reason: a reason is for what the reader gains or
        // loses.
        let why = (change.class() != Class::Editorial)
            .then(|| diff::rationale(new, change).map(one_line))
            .flatten();
        if out.iter().any(|e| e.what == what) {
            continue;
        }
        match out.last_mut() {
            Some(last) if why.is_some() && last.why == why => {
                last.what = format!("{} {what}", last.what);
            }
            _ => out.push(Entry { what, why }),
        }
    }
    out
}

/// Where a change goes: a right the law always granted, or the law now
/// named, is only explained better, whatever the diff's class.
fn group_of(change: &Change, new: &Policy) -> Group {
    match (&change.detail, change.class()) {
        (Detail::Right { .. }, Class::Narrowing) if granted_by_law(new) => Group::Explained,
        (Detail::Regimes(_), Class::Narrowing) => Group::Explained,
        (_, Class::Expanding) => Group::More,
        (_, Class::Narrowing) => Group::Less,
        (_, Class::Editorial) => Group::Explained,
    }
}

/// Whether the law the new edition answers to grants every right the
/// language names: GDPR and UK GDPR do (Art. 7(3), 15 to 18, 20, 21, 77),
/// so stating one of them informs the reader of it but grants nothing new.
fn granted_by_law(new: &Policy) -> bool {
    new.header
        .regimes
        .iter()
        .flatten()
        .any(|r| matches!(r, Regime::Gdpr | Regime::UkGdpr))
}

/// A change in words for the reader, in the policy's voice.
fn sentence(change: &Change, old: &Policy, new: &Policy) -> String {
    let added = change.action == diff::Action::Added;
    let more = change.class() == Class::Expanding;
    let s = |template: &str| say(new, template);
    match &change.detail {
        Detail::DataAdded {
            label, requirement, ..
        } => {
            let must = match requirement {
                Some(crate::model::Requirement::Required) => s(", which {you} must provide"),
                Some(crate::model::Requirement::Optional) => {
                    s(", which {you} [is|are] free not to provide")
                }
                None => String::new(),
            };
            format!("{} {}{must}.", s("{We} now [collects|collect]"), q(label))
        }
        Detail::Removed { what, label } => match what {
            Declared::Data => format!("{} {}.", s("{We} no longer [collects|collect]"), q(label)),
            Declared::Purpose => format!(
                "{} {}.",
                s("{We} no longer [uses|use] {your} information for"),
                q(label)
            ),
            Declared::Recipient => format!(
                "{} {}.",
                s("{We} no longer [shares|share] {your} information with"),
                q(label)
            ),
        },
        Detail::PurposeAdded { label, uses, .. } => format!(
            "{} {}, {} {}.",
            s("{We} now [uses|use] {your} information for a new purpose:"),
            q(label),
            "using",
            names(uses)
        ),
        Detail::Uses { name, data, parts } => {
            // Added: the parts it used before; removed: the parts it keeps.
            let (verb, then) = if added {
                ("{we} now [uses|use]", "before: only")
            } else {
                ("{we} no longer [uses|use]", "only")
            };
            let (all, parts) = if parts.is_empty() {
                ("", String::new())
            } else {
                (" all of", format!(" ({then} {})", names(parts)))
            };
            format!("For {}, {}{all} {}{parts}.", q(name), s(verb), named(data))
        }
        Detail::Relisted { name, .. } => format!(
            "The information used for {} is listed differently; it is the same information.",
            q(name)
        ),
        Detail::Retention {
            name,
            old: before,
            new: after,
        } => {
            let periods = |ps: &[crate::model::Period]| {
                words::list(ps.iter().map(words::period).collect(), "or").plain()
            };
            let how = if more { "longer" } else { "for less long" };
            let now = if after.is_empty() {
                "no period stated".to_owned()
            } else {
                periods(after)
            };
            let was = if before.is_empty() {
                "no period stated".to_owned()
            } else {
                periods(before)
            };
            format!(
                "{} {} {how}: {now} (before: {was}).",
                s("{We} now [keeps|keep]"),
                q(name)
            )
        }
        Detail::Right { kind, .. } if added => right_sentence(new, *kind, "now explains"),
        Detail::Right { kind, .. } => right_sentence(old, *kind, "no longer states"),
        Detail::Profiling { name } if added => format!(
            "{} {} {}.",
            s("{We} now [says|say] that"),
            q(name),
            s(
                "involves profiling: {we} [uses|use] {your} information to evaluate personal aspects of {you}"
            )
        ),
        Detail::DirectMarketing { name } if added => format!(
            "{} {} {}.",
            s("{We} now [says|say] that"),
            q(name),
            s("is direct marketing, to which {you} can object at any time")
        ),
        Detail::ExamplesOpen { name } if added => format!(
            "{} {} {}.",
            s("{We} now [says|say] that the information listed for"),
            q(name),
            "gives examples, not the whole list"
        ),
        Detail::Combined { name } if added => format!(
            "{} {} {}.",
            s("{We} now [treats|treat]"),
            q(name),
            "as personal information when it is combined with personal information"
        ),
        Detail::Notice {
            new: Some(notice), ..
        } if !more => format!(
            "{} {notice} {}.",
            s("{We} now [tells|tell] {you} of a change"),
            "before it takes effect"
        ),
        Detail::Regimes(regimes) if added => {
            let names: Vec<&str> = regimes.iter().map(|r| r.entry().diff).collect();
            format!(
                "The policy now names the law it follows: {}.",
                crate::vocab::listed(&names, " and ")
            )
        }
        Detail::DecisionAdded { label, .. } => format!(
            "{} {}.",
            s("{We} now [makes|make] a decision about {you} solely by automated means:"),
            q(label)
        ),
        Detail::DecisionRemoved { label } => format!(
            "{} {}.",
            s("{We} no longer [makes|make] this decision about {you} solely by automated means:"),
            q(label)
        ),
        _ => reworded(change, new).unwrap_or_else(|| described(change)),
    }
}

/// Wording only, said as such: the reader needs to know that nothing else
/// changed, not what the words were.
fn reworded(change: &Change, new: &Policy) -> Option<String> {
    use diff::ChangeKind as K;
    Some(match change.kind {
        K::HeaderChanged => {
            "The general information about the policy is worded differently.".to_owned()
        }
        K::LabelChanged => {
            "Some names of information, purposes, recipients or rights are worded differently."
                .to_owned()
        }
        K::DescriptionChanged => "Some descriptions are worded differently.".to_owned(),
        K::ObligationReworded => say(new, "{Your} obligations are worded differently."),
        K::ClauseReworded => "Some other provisions are worded differently.".to_owned(),
        K::ClauseToTerms => {
            "Some provisions that are terms of the contract are no longer printed here; they are in the Terms."
                .to_owned()
        }
        K::ClauseFromTerms => {
            "Some provisions that were in the Terms are now printed here.".to_owned()
        }
        _ => return None,
    })
}

/// A right stated or no longer stated, with what it lets the reader do.
fn right_sentence(edition: &Policy, kind: RightKind, verb: &str) -> String {
    let meaning = words::right_meaning(kind, &Voice::of(edition)).plain();
    format!(
        "The policy {verb} {} {}: {}",
        say(edition, "{your}"),
        words::right_name(kind).to_lowercase(),
        ended(&meaning)
    )
}

/// How the reader is told of a new edition, as the new edition's
/// `changes { notify … }` says, as a sentence followed by a space; nothing
/// when it does not say.
fn told(new: &Policy) -> String {
    let Some(changes) = &new.changes else {
        return String::new();
    };
    let ways: Vec<&str> = changes
        .notify
        .iter()
        .map(|m| words::notify_method(*m))
        .collect();
    if ways.is_empty() {
        return String::new();
    }
    format!(
        "{} {}. ",
        say(new, "{We} [tells|tell] {you} of a new edition"),
        crate::vocab::listed(&ways, " and ")
    )
}

/// What the reader may do before the new edition takes effect: the rights
/// it declares to object, withdraw consent and have data erased, each with
/// where to exercise it.
fn before_then(new: &Policy) -> Vec<String> {
    let voice = Voice::of(new);
    [
        RightKind::Objection,
        RightKind::WithdrawConsent,
        RightKind::Erasure,
    ]
    .into_iter()
    .filter_map(|kind| new.rights.iter().find(|r| r.kind == kind))
    .map(|right| {
        let meaning = ended(&words::right_meaning(right.kind, &voice).plain());
        let via: Vec<String> = right.via.iter().map(|v| one_line(v)).collect();
        let via: Vec<&str> = via.iter().map(String::as_str).collect();
        if via.is_empty() {
            meaning
        } else {
            format!(
                "{} Write to or use: {}.",
                meaning,
                crate::vocab::listed(&via, " or ")
            )
        }
    })
    .collect()
}

/// The kind's one-line description as a sentence, for a change with no
/// words of its own here.
fn described(change: &Change) -> String {
    let about = change.kind.about();
    // What follows in parentheses lists keywords or cases, for authors.
    let description = about
        .find(" (")
        .map_or(about, |at| about.get(..at).unwrap_or(about));
    let mut chars = description.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    ended(&format!("{}{}", first.unwrap_or_default(), chars.as_str()))
}

/// A text that ends a sentence.
fn ended(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// A template in the edition's voice, as plain words.
fn say(edition: &Policy, template: &str) -> String {
    Voice::of(edition).say(template).plain()
}

/// A label or text of the source, whole, in quotes.
fn q(text: &str) -> String {
    format!("\u{201c}{}\u{201d}", one_line(text))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn named(named: &Named) -> String {
    q(named.label.as_deref().unwrap_or(&named.id))
}

fn names(items: &[Named]) -> String {
    let all: Vec<String> = items.iter().map(named).collect();
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    crate::vocab::listed(&all, " and ")
}
