//! The change notice: what a new edition changes, written for the people
//! whose data it is, beside the reviewer's diff page. It speaks in the
//! policy's voice and says what changes for the reader (grouped into what
//! is done more, done less, the provisions reworded, whose meaning policyc
//! does not check and which the reader is asked to read, quoted whole, and
//! what is only explained better), why (the reasons the
//! edition gives with `because`), when the new edition takes effect and
//! what the reader can do before then (the rights the new edition's text
//! states, declared or granted by its regime, to object, withdraw consent,
//! have data erased or opt out of sale and sharing), and where the
//! previous edition's text can still be read (the build writes it in
//! `editions/<version>/`, from the history).
//!
//! Every sentence comes from a change of the diff or a declaration of the
//! editions, naming what changes and its values; a change with no words
//! of its own here is said with its kind's message (`change-KIND`),
//! written for the reader from the kind's one-line description, after
//! what it is about where it has a subject (`notice-about`). No version numbers, ids or cut quotes: the reader
//! knows the policy by its title and its dates.
//!
//! Every word is a message of the notice's language (`notice-*`,
//! `change-*` in `locales/LL/policy.ftl`), formatted through the
//! [`Lexicon`]: a language that lacks one is an [`Error`], never an
//! English word in the notice.

use std::fmt::Write as _;

use super::document::Text;
use super::lexicon::{Case, Conjunction, Lexicon};
use super::words::Voice;
use crate::diff::detail::{Declared, Detail, Named, StatementOf, TextOf};
use crate::diff::{self, Change, ChangeKind, Class};
use crate::escape;
use crate::l10n::{Args, Error, Lang};
use crate::model::{Ground, Lifetime, Period, Policy, Requirement, RightKind, SpecialCondition};
use crate::regimes::{self, Stated};
use crate::vocab::Closed as _;

/// Where a change goes in the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// More processing or less protection.
    More,
    /// Less processing or more protection.
    Less,
    /// Free text reworded, added or removed: policyc does not check what
    /// it says, so the reader is pointed to each provision to read it.
    Reworded,
    /// Wording, or a right or fact the law always granted, now stated.
    Explained,
}

/// One entry of a group: what changes, in words, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    what: String,
    why: Option<String>,
    /// A reworded provision's new words, whole, each in quotes.
    now: Vec<String>,
    /// The words of a provision no longer stated, each in quotes.
    dropped: Vec<String>,
}

/// The notice's parts, each a plain string the formats escape.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Notice {
    title: String,
    intro: String,
    /// Each group's heading and its entries, each a line with its reason.
    groups: Vec<(String, Vec<String>)>,
    heading_when: String,
    when: String,
    before: Vec<String>,
    before_intro: String,
    previous: String,
    link: String,
}

/// The notice of the change from `old` to `new`, in English, as Markdown;
/// `previous_page` is the path of the previous edition's text (without
/// extension) relative to the notice.
pub fn markdown(old: &Policy, new: &Policy, previous_page: &str) -> Result<String, Error> {
    markdown_in(old, new, previous_page, &Lexicon::of(Lang::En)?)
}

/// The notice in English as a standalone HTML page.
pub fn html(old: &Policy, new: &Policy, previous_page: &str) -> Result<String, Error> {
    html_in(old, new, previous_page, &Lexicon::of(Lang::En)?)
}

/// The notice as Markdown, in the language of `words`.
pub fn markdown_in(
    old: &Policy,
    new: &Policy,
    previous_page: &str,
    words: &Lexicon,
) -> Result<String, Error> {
    let notice = Notice::of(old, new, words)?;
    let md = |s: &str| escape::markdown_line_start(&escape::markdown(s));
    let mut out = format!("# {}\n\n{}\n", md(&notice.title), md(&notice.intro));
    for (heading, entries) in &notice.groups {
        let _ = write!(out, "\n## {}\n\n", md(heading));
        for entry in entries {
            let _ = writeln!(out, "- {}", escape::markdown(entry));
        }
    }
    let when = md(&notice.when);
    let _ = write!(out, "\n## {}\n\n{when}\n", md(&notice.heading_when));
    if !notice.before.is_empty() {
        let _ = write!(out, "\n{}\n\n", md(&notice.before_intro));
        for right in &notice.before {
            let _ = writeln!(out, "- {}", escape::markdown(right));
        }
    }
    let _ = write!(
        out,
        "\n{} [{}]({previous_page}.md).\n",
        md(&notice.previous),
        escape::markdown(&notice.link),
    );
    Ok(out)
}

/// The notice as a standalone HTML page, in the language of `words`.
pub fn html_in(
    old: &Policy,
    new: &Policy,
    previous_page: &str,
    words: &Lexicon,
) -> Result<String, Error> {
    let notice = Notice::of(old, new, words)?;
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
            let _ = writeln!(out, "<li>{}</li>", h(entry));
        }
        out.push_str("</ul>\n");
    }
    let _ = write!(
        out,
        "<h2>{}</h2>\n<p>{}</p>\n",
        h(&notice.heading_when),
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
        h(previous_page),
        h(&notice.link)
    );
    super::page::close(&mut out);
    Ok(out)
}

/// The words of one edition's voice in one language: each of its methods
/// formats a message as plain words, which the formats escape.
struct Say<'a> {
    words: &'a Lexicon,
    voice: Voice<'a>,
}

impl<'a> Say<'a> {
    fn of(words: &'a Lexicon, edition: &'a Policy) -> Say<'a> {
        Say {
            words,
            voice: Voice::of(edition),
        }
    }

    /// A message with values and texts of the editions.
    fn args<const N: usize>(
        &self,
        id: &str,
        args: Args<'_>,
        texts: [Text; N],
    ) -> Result<String, Error> {
        Ok(self.words.sentence(id, &self.voice, args, texts)?.plain())
    }

    /// A message with texts of the editions only.
    fn texts<const N: usize>(&self, id: &str, texts: [Text; N]) -> Result<String, Error> {
        self.args(id, Args::new(), texts)
    }

    /// A message in the voice alone.
    fn plain(&self, id: &str) -> Result<String, Error> {
        self.texts(id, [])
    }

    /// A label or text of the source, whole, in the language's quotes.
    fn quoted(&self, text: &str) -> Result<Text, Error> {
        self.words.with_text(
            "notice-quoted",
            &self.voice,
            Text::new().source(&one_line(text)),
        )
    }

    fn named(&self, named: &Named) -> Result<Text, Error> {
        self.quoted(named.label.as_deref().unwrap_or(&named.id))
    }

    fn names(&self, items: &[Named]) -> Result<Text, Error> {
        let all = items
            .iter()
            .map(|item| self.named(item))
            .collect::<Result<Vec<_>, _>>()?;
        self.words.list(all, Conjunction::And)
    }

    /// Labels of the source, each in quotes, joined with "and".
    fn labels(&self, labels: &[String]) -> Result<Text, Error> {
        let all = labels
            .iter()
            .map(|label| self.quoted(label))
            .collect::<Result<Vec<_>, _>>()?;
        self.words.list(all, Conjunction::And)
    }

    /// Alternative retention periods joined with "or"; none stated when
    /// there are none.
    fn periods(&self, periods: &[Period]) -> Result<Text, Error> {
        if periods.is_empty() {
            return Ok(Text::new().words(&self.plain("notice-no-period")?));
        }
        let all = periods
            .iter()
            .map(|p| self.words.period(p, &self.voice))
            .collect::<Result<Vec<_>, _>>()?;
        self.words.list(all, Conjunction::Or)
    }
}

impl Entry {
    fn line(&self, say: &Say<'_>) -> Result<String, Error> {
        let mut what = self.what.clone();
        for (id, quotes) in [
            ("notice-reworded-now", &self.now),
            ("notice-reworded-dropped", &self.dropped),
        ] {
            if quotes.is_empty() {
                continue;
            }
            let all = quotes.iter().map(|q| Text::new().words(q)).collect();
            let all = say.words.list(all, Conjunction::And)?;
            what = format!("{what} {}", say.texts(id, [all])?);
        }
        match &self.why {
            Some(why) => say.words.format(
                "notice-why",
                &Args::new()
                    .text("what", what.as_str())
                    .text("why", ended(why)),
            ),
            None => Ok(what),
        }
    }
}

impl Notice {
    fn of(old: &Policy, new: &Policy, words: &Lexicon) -> Result<Notice, Error> {
        let d = diff::diff(old, new);
        let say = Say::of(words, new);
        let title = Text::new().source(&one_line(&new.header.title));
        let date = words.date(new.header.effective)?;
        let intro = say.args(
            "notice-intro",
            Args::new().text("date", date.clone()),
            [title.clone()],
        )?;
        let title = say.texts("notice-title", [title])?;
        let mut groups = Vec::new();
        for (group, heading) in [
            (Group::More, "notice-more"),
            (Group::Less, "notice-less"),
            (Group::Reworded, "notice-reworded"),
            (Group::Explained, "notice-explained"),
        ] {
            let entries = entries(&d, old, new, group, words)?;
            if !entries.is_empty() {
                let lines = entries
                    .iter()
                    .map(|entry| entry.line(&say))
                    .collect::<Result<_, _>>()?;
                groups.push((say.plain(heading)?, lines));
            }
        }
        if groups.is_empty() {
            groups.push((
                say.plain("notice-same-heading")?,
                vec![say.plain("notice-same")?],
            ));
        }
        // When it was published, where the edition says so, and when it
        // takes effect, in one sentence.
        let since = words.date(old.header.effective)?;
        let takes_effect = match new.header.published_on {
            Some(published) => say.args(
                "notice-published",
                Args::new()
                    .text("published", words.date(published)?)
                    .text("date", date)
                    .text("since", since),
                [],
            )?,
            None => say.args(
                "notice-when",
                Args::new().text("date", date).text("since", since),
                [],
            )?,
        };
        let when = match told(&say, new)? {
            Some(told) => format!("{told} {takes_effect}"),
            None => takes_effect,
        };
        Ok(Notice {
            title,
            intro,
            groups,
            heading_when: say.plain("notice-when-heading")?,
            when,
            before_intro: say.plain("notice-before")?,
            before: before_then(&say, new)?,
            previous: say.plain("notice-previous")?,
            link: say.plain("notice-previous-link")?,
        })
    }
}

/// The entries of one group, in the diff's order; consecutive changes with
/// the same reason share it. Changes said in the very same words are said
/// once, with every reason any of them gives.
fn entries(
    d: &diff::Diff,
    old: &Policy,
    new: &Policy,
    group: Group,
    words: &Lexicon,
) -> Result<Vec<Entry>, Error> {
    let mut out: Vec<Entry> = Vec::new();
    for change in d
        .changes
        .iter()
        .filter(|c| for_the_reader(c) && group_of(c) == group)
    {
        let (what, now, dropped) = if group == Group::Reworded {
            reworded(change, old, new, words)?
        } else {
            (sentence(change, old, new, words)?, None, None)
        };
        // A change that says nothing to the reader: a part of a category
        // already collected, named on its own with nothing more to say.
        if what.is_empty() {
            continue;
        }
        let why = diff::rationale(new, change).map(one_line);
        if let Some(same) = out.iter_mut().find(|e| e.what == what) {
            same.now.extend(now);
            same.dropped.extend(dropped);
            same.why = match (same.why.take(), why) {
                (Some(had), Some(why)) if !had.contains(&why) => {
                    Some(format!("{} {}", ended(&had), why))
                }
                (had, why) => had.or(why),
            };
            continue;
        }
        let entry = Entry {
            what,
            why,
            now: now.into_iter().collect(),
            dropped: dropped.into_iter().collect(),
        };
        match out.last_mut() {
            Some(last)
                if entry.why.is_some()
                    && last.why == entry.why
                    && last.now.is_empty()
                    && last.dropped.is_empty()
                    && entry.now.is_empty()
                    && entry.dropped.is_empty() =>
            {
                last.what = format!("{} {}", last.what, entry.what);
            }
            _ => out.push(entry),
        }
    }
    Ok(out)
}

/// Whether the reader is told of a change: not of a Fides mapping, which
/// is the controller's own data map and changes neither the policy's text
/// nor what its rule table decides, nor of a short label (the diff page
/// and the changelog list both, for the reviewer).
fn for_the_reader(change: &Change) -> bool {
    kind_for_the_reader(change.kind)
}

/// Whether the reader is told of changes of this kind. A short label only
/// abbreviates a label the reader still reads in full where the
/// declaration is described: the text makes the same promise.
fn kind_for_the_reader(kind: ChangeKind) -> bool {
    !matches!(
        kind,
        ChangeKind::DataFidesChanged
            | ChangeKind::PurposeFidesChanged
            | ChangeKind::ShortLabelChanged
            // The notice states the publication date itself.
            | ChangeKind::PublicationDateChanged
    )
}

/// Where a change goes: free text whose meaning is not checked is
/// reworded; a right the law always granted (as the diff decided,
/// [`diff::granted_by_law`]), or the law now named, is only explained
/// better, whatever the diff's class.
fn group_of(change: &Change) -> Group {
    if change.kind.is_free_text() {
        return Group::Reworded;
    }
    match (&change.detail, change.class()) {
        (Detail::Right { by_law: true, .. }, Class::Narrowing) => Group::Explained,
        (Detail::Regimes(_), Class::Narrowing) => Group::Explained,
        (_, Class::Expanding) => Group::More,
        (_, Class::Narrowing) => Group::Less,
        (_, Class::Editorial) => Group::Explained,
    }
}

/// A change in words for the reader, in the policy's voice.
fn sentence(change: &Change, old: &Policy, new: &Policy, words: &Lexicon) -> Result<String, Error> {
    let added = change.action == diff::Action::Added;
    let more = change.class() == Class::Expanding;
    let s = Say::of(words, new);
    let yes = |flag: bool| if flag { "yes" } else { "no" };
    match &change.detail {
        // A part of a category the old edition already collected, saying
        // no more of the data than the whole (the diff's `DATA_DETAILED`):
        // no new collection. Said only when the part states whether it
        // must be provided.
        Detail::DataPart {
            label,
            requirement,
            whole,
        } if added => {
            let Some(requirement) = requirement else {
                return Ok(String::new());
            };
            let whole = whole.label.as_deref().unwrap_or(label);
            let requirement = match requirement {
                Requirement::Required => "required",
                Requirement::Optional => "optional",
            };
            s.args(
                "notice-data-part",
                Args::new().text("requirement", requirement),
                [s.quoted(label)?, s.quoted(whole)?],
            )
        }
        // A part no longer named on its own, whose whole the new edition
        // still collects (`DATA_DETAIL_DROPPED`): no collection stops.
        Detail::DataPart { label, whole, .. } => {
            let whole = whole.label.as_deref().unwrap_or(label);
            s.texts(
                "notice-data-part-dropped",
                [s.quoted(label)?, s.quoted(whole)?],
            )
        }
        Detail::DataAdded {
            label, requirement, ..
        } => {
            let requirement = match requirement {
                Some(Requirement::Required) => "required",
                Some(Requirement::Optional) => "optional",
                None => "unstated",
            };
            s.args(
                "notice-data-added",
                Args::new().text("requirement", requirement),
                [s.quoted(label)?],
            )
        }
        Detail::Removed { what, label } => {
            let id = match what {
                Declared::Data => "notice-data-removed",
                Declared::Purpose => "notice-purpose-removed",
                Declared::Recipient => "notice-recipient-removed",
            };
            s.texts(id, [s.quoted(label)?])
        }
        Detail::PurposeAdded { label, uses, .. } => {
            s.texts("notice-purpose-added", [s.quoted(label)?, s.names(uses)?])
        }
        Detail::Uses { name, data, parts } => {
            // Added: the parts it used before; removed: the parts it keeps.
            let id = if added {
                "notice-uses-added"
            } else {
                "notice-uses-removed"
            };
            s.args(
                id,
                Args::new().text("parts", yes(!parts.is_empty())),
                [s.quoted(name)?, s.named(data)?, s.names(parts)?],
            )
        }
        Detail::Relisted { name, .. } => s.texts("notice-relisted", [s.quoted(name)?]),
        Detail::Retention {
            name,
            old: before,
            new: after,
        } => s.args(
            "notice-retention",
            Args::new().text("longer", yes(more)),
            [s.quoted(name)?, s.periods(after)?, s.periods(before)?],
        ),
        Detail::Right { kind, .. } if added => right_sentence(&s, *kind, "notice-right-added"),
        Detail::Right { kind, .. } => {
            right_sentence(&Say::of(words, old), *kind, "notice-right-removed")
        }
        // A right stated by default, now with how to exercise it: named
        // as a right the policy now explains.
        Detail::RightStatement { right } if change.kind == ChangeKind::RightExplained => {
            right_sentence(&s, right.kind, "notice-right-added")
        }
        // What requires the data and what follows without it, newly
        // stated: the consequence is what the reader needs to know.
        Detail::Text {
            of: TextOf::DataRequiredBy(name),
            new: Some(_),
            ..
        } => match new
            .data(&change.subject)
            .and_then(|d| d.required_by.as_ref())
        {
            Some(required) => s.texts(
                "notice-required-by",
                [
                    s.quoted(name)?,
                    Text::new().source(&one_line(&required.consequence)),
                ],
            ),
            None => s.plain(&kind_message(change.kind)),
        },
        // How a request is verified or made by an authorized agent
        // (`verification`, `authorized_agents`): a sentence of its own per
        // provision, quoting it in the new edition's words, or the words it
        // no longer has.
        Detail::Text {
            of: of @ (TextOf::Verification | TextOf::AuthorizedAgents),
            old: before,
            new: after,
        } => {
            let Some((stated, quote)) = stated_words(before.as_deref(), after.as_deref()) else {
                return s.plain(&kind_message(change.kind));
            };
            let of = match of {
                TextOf::AuthorizedAgents => "agents",
                _ => "verification",
            };
            s.args(
                "notice-request-handling",
                Args::new().text("of", of).text("stated", stated),
                [s.quoted(quote)?],
            )
        }
        // A link the text gives at its top: said with its title, as the
        // text gives it.
        Detail::Text {
            of: of @ (TextOf::DoNotSell | TextOf::LimitSensitiveLink),
            old: before,
            new: after,
        } => {
            let Some((stated, link)) = stated_words(before.as_deref(), after.as_deref()) else {
                return s.plain(&kind_message(change.kind));
            };
            let title = match of {
                TextOf::LimitSensitiveLink => "document-limit-sensitive",
                _ => "document-do-not-sell",
            };
            let link = s.texts(title, [Text::new().words(link)])?;
            // A sentence of its own, as at the top of the text: it ends
            // with a full stop, before a "Why:" or the next change.
            s.args(
                "notice-top-link",
                Args::new().text("stated", stated),
                [Text::new().words(&link).end()],
            )
        }
        // The data protection officer and the representatives: a contact
        // now or no longer given, or given anew, quoted in the words of the
        // edition that gives it. A reason for having no officer is free
        // text, said with the provisions reworded.
        Detail::Text {
            of: of @ (TextOf::Dpo | TextOf::EuRepresentative | TextOf::UkRepresentative),
            old: before,
            new: after,
        } if change.kind != ChangeKind::HeaderChanged => {
            let Some((stated, contact)) = stated_words(before.as_deref(), after.as_deref()) else {
                return s.plain(&kind_message(change.kind));
            };
            let of = match of {
                TextOf::EuRepresentative => "eu",
                TextOf::UkRepresentative => "uk",
                _ => "dpo",
            };
            s.args(
                "notice-officer",
                Args::new().text("of", of).text("stated", stated),
                [s.quoted(contact)?],
            )
        }
        Detail::Channels { right, items } => {
            let name = s
                .words
                .word(&format!("notice-right-{}", right.kind.keyword()))?;
            let via = s
                .words
                .source_list(items.iter().map(String::as_str), Conjunction::Or)?;
            let id = if added {
                "notice-right-channel-added"
            } else {
                "notice-right-channel-removed"
            };
            s.texts(id, [Text::new().words(&name), via])
        }
        Detail::Profiling { name } if added => s.texts("notice-profiling", [s.quoted(name)?]),
        Detail::DirectMarketing { name } if added => {
            s.texts("notice-direct-marketing", [s.quoted(name)?])
        }
        Detail::DirectMarketing { name } => {
            s.texts("notice-direct-marketing-removed", [s.quoted(name)?])
        }
        Detail::PermittedUse {
            name,
            old,
            new: Some(permitted),
        } => {
            let id = match (change.kind, old) {
                (ChangeKind::PurposePermittedUseAdded, _) => "notice-permitted-use",
                // Stated where it decides nothing: the user's say is as it was.
                (_, None) => "notice-permitted-use-stated",
                (_, Some(_)) => "notice-permitted-use-changed",
            };
            let what = s
                .words
                .in_voice(&format!("permitted-use-{}", permitted.keyword()), &s.voice)?;
            s.texts(id, [s.quoted(name)?, what])
        }
        Detail::PermittedUse {
            name, new: None, ..
        } => {
            let id = match change.kind {
                ChangeKind::PurposePermittedUseRemoved => "notice-permitted-use-removed",
                _ => "notice-permitted-use-dropped",
            };
            s.texts(id, [s.quoted(name)?])
        }
        Detail::SpecialCondition {
            name,
            new: Some(condition),
            new_law,
            ..
        } => {
            let id = match change.kind {
                ChangeKind::SpecialConditionLoosened => "notice-special-condition-loosened",
                ChangeKind::SpecialConditionTightened => "notice-special-condition-tightened",
                _ => "notice-special-condition-changed",
            };
            s.texts(
                id,
                [
                    s.quoted(name)?,
                    special_condition(&s, *condition, new_law.as_deref())?,
                ],
            )
        }
        Detail::RecipientAdded { label, .. } => recipient_added(&s, change, new, label),
        Detail::Transfer {
            data,
            recipient,
            grounds,
            also,
            ..
        } if added && change.kind == ChangeKind::TransferGroundAdded => {
            let grounds = grounds
                .iter()
                .filter(|g| **g != Ground::Unstated)
                .map(|g| {
                    let ground = s.words.ground(*g, &s.voice)?;
                    s.words
                        .sentence("recipient-when", &s.voice, Args::new(), [ground])
                })
                .collect::<Result<Vec<_>, Error>>()?;
            let grounds = if grounds.is_empty() {
                Text::new()
            } else {
                s.words.sentence(
                    "notice-transfer-when",
                    &s.voice,
                    Args::new(),
                    [s.words.list(grounds, Conjunction::Or)?],
                )?
            };
            s.args(
                "notice-transfer-added",
                Args::new().text("also", yes(*also)),
                [s.named(data)?, s.named(recipient)?, grounds],
            )
        }
        Detail::Disclosures { name, items } if added => {
            let each = items
                .iter()
                .map(|d| s.words.disclosure(*d, &s.voice))
                .collect::<Result<Vec<_>, Error>>()?;
            s.texts(
                "notice-recipient-sold",
                [s.quoted(name)?, s.words.list(each, Conjunction::And)?],
            )
        }
        Detail::TransferDisclosures {
            data,
            recipient,
            items,
        } => {
            let each = items
                .iter()
                .map(|d| s.words.disclosure(*d, &s.voice))
                .collect::<Result<Vec<_>, Error>>()?;
            s.texts(
                if added {
                    "notice-transfer-sold"
                } else {
                    "notice-transfer-not-sold"
                },
                [
                    s.named(data)?,
                    s.named(recipient)?,
                    s.words.list(each, Conjunction::And)?,
                ],
            )
        }
        // The promise in the words the old edition gave it.
        Detail::Commitment(commitment) if !added => {
            let before = Say::of(words, old);
            let promise = words.commitment(*commitment, &before.voice)?.plain();
            s.texts("notice-commitment-removed", [s.quoted(&promise)?])
        }
        Detail::TrackerAdded { label, .. } => tracker_added(&s, change, new, label),
        // Another provider: named, as the recipient it now is or in the
        // edition's words, so that each tracker is its own sentence with
        // its own reason.
        Detail::TrackerProvider {
            name,
            new: Some(provider),
            new_recipient,
            ..
        } => s.args(
            "notice-tracker-provided-by",
            Args::new().text("recipient", yes(new_recipient.is_some())),
            [s.quoted(name)?, s.quoted(provider)?],
        ),
        // The statute's own terms, quoted, as the California section
        // lists them.
        Detail::CcpaCategories { name, items } => {
            let terms = items
                .iter()
                .map(|c| s.quoted(&words.ccpa_category(*c)?))
                .collect::<Result<Vec<_>, Error>>()?;
            let id = if added {
                "notice-ccpa-categories-added"
            } else {
                "notice-ccpa-categories-removed"
            };
            s.texts(id, [s.quoted(name)?, words.list(terms, Conjunction::And)?])
        }
        // Sensitive personal information, with the kind the edition
        // states, in the words the text describes it with.
        Detail::Sensitive {
            name,
            old: before,
            new: after,
        } if before.is_some() || after.is_some() => {
            let kind = |c: crate::model::SensitiveCategory| {
                s.quoted(&words.word(&format!("sensitive-{}", c.keyword()))?)
            };
            match (before, after) {
                (Some(before), Some(after)) => s.texts(
                    "notice-sensitive-changed",
                    [s.quoted(name)?, kind(*after)?, kind(*before)?],
                ),
                (None, Some(after)) => {
                    s.texts("notice-sensitive-added", [s.quoted(name)?, kind(*after)?])
                }
                _ => s.texts("notice-sensitive-removed", [s.quoted(name)?]),
            }
        }
        Detail::ExamplesOpen { name } if added => {
            s.texts("notice-examples-open", [s.quoted(name)?])
        }
        Detail::Combined { name } if added => s.texts("notice-combined", [s.quoted(name)?]),
        Detail::Notice {
            new: Some(notice), ..
        } if !more => s.args(
            "notice-notice",
            Args::new().text("duration", words.duration(*notice)?),
            [],
        ),
        // A shorter notice, or none stated any more, with the one before.
        Detail::Notice {
            old: Some(before),
            new: after,
        } => s.args(
            "notice-notice-shortened",
            Args::new()
                .text("stated", yes(after.is_some()))
                .text(
                    "new",
                    after
                        .map(|d| words.duration(d))
                        .transpose()?
                        .unwrap_or_default(),
                )
                .text("old", words.duration(*before)?),
            [],
        ),
        Detail::Regimes(regimes) if added => {
            let names = regimes
                .iter()
                .map(|r| {
                    Ok(Text::new().words(&words.word(&format!("notice-regime-{}", r.keyword()))?))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            s.texts("notice-regimes", [words.list(names, Conjunction::And)?])
        }
        Detail::DecisionAdded { label, .. } => s.texts("notice-decision-added", [s.quoted(label)?]),
        Detail::DecisionRemoved { label } => s.texts("notice-decision-removed", [s.quoted(label)?]),
        Detail::TrackerLifetime {
            name,
            old: before,
            new: after,
        } => s.texts(
            "notice-tracker-lifetime",
            [
                s.quoted(name)?,
                tracker_lifetime(&s, *after)?,
                tracker_lifetime(&s, *before)?,
            ],
        ),
        Detail::TrackerCategory {
            name,
            old: before,
            new: after,
        } => {
            let category = |c: crate::model::TrackerCategory| {
                s.quoted(&words.word(&format!("tracker-category-{}", c.keyword()))?)
            };
            s.texts(
                "notice-tracker-category",
                [s.quoted(name)?, category(*after)?, category(*before)?],
            )
        }
        Detail::TrackerParty { name, new: party } => s.args(
            "notice-tracker-party",
            Args::new().text("party", party.keyword()),
            [s.quoted(name)?],
        ),
        Detail::TrackerServes { name, purposes } => s.args(
            "notice-tracker-serves",
            Args::new().text("added", yes(added)),
            [s.quoted(name)?, s.labels(purposes)?],
        ),
        Detail::TrackerCollects { name, data } => s.args(
            "notice-tracker-collects",
            Args::new().text("added", yes(added)),
            [s.quoted(name)?, s.labels(data)?],
        ),
        Detail::TakesEffect { new: after, .. } => match after {
            Some(effective) => {
                let notice = new.changes.as_ref().and_then(|c| c.notice);
                let rule = words.takes_effect(*effective, notice)?;
                s.texts("notice-takes-effect", [Text::new().words(&rule)])
            }
            None => s.plain("notice-takes-effect-unstated"),
        },
        Detail::Deadline {
            right,
            old: before,
            new: after,
        } => {
            let name = s
                .words
                .word(&format!("notice-right-{}", right.kind.keyword()))?;
            let within = |d: Option<crate::model::Duration>| {
                d.map_or_else(|| Ok(String::new()), |d| words.duration_in(d, Case::Dative))
            };
            let stated = stated(before.is_some(), after.is_some());
            s.args(
                "notice-deadline",
                Args::new()
                    .text("stated", stated)
                    .text("new", within(*after)?)
                    .text("old", within(*before)?),
                [Text::new().words(&name)],
            )
        }
        Detail::Statement { what, text } => {
            let id = match (what, added) {
                (StatementOf::Security, true) => "notice-security-added",
                (StatementOf::Security, false) => "notice-security-removed",
                (StatementOf::Obligation, true) => "notice-obligation-added",
                (StatementOf::Obligation, false) => "notice-obligation-removed",
            };
            s.texts(id, [s.quoted(text)?])
        }
        Detail::Signal {
            signal, new: after, ..
        } => {
            let signal = match signal {
                crate::model::Signal::DoNotTrack => "trackers-signal-dnt",
                crate::model::Signal::Gpc => "trackers-signal-gpc",
            };
            let stance = match after {
                Some(crate::model::Stance::Honoured) => "honoured",
                Some(crate::model::Stance::Ignored) => "ignored",
                None => "unstated",
            };
            s.args(
                "notice-signal",
                Args::new().text("stance", stance),
                [Text::new().words(&words.word(signal)?)],
            )
        }
        Detail::Mechanism {
            name, new: after, ..
        } => {
            let mechanism = after
                .map(|m| words.mechanism(m.kind()))
                .transpose()?
                .unwrap_or_default();
            s.args(
                "notice-mechanism",
                Args::new().text("stated", yes(after.is_some())),
                [s.quoted(name)?, mechanism],
            )
        }
        Detail::ChildrenMinimumAge {
            old: before,
            new: after,
        } => {
            let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
            let stated = stated(before.is_some(), after.is_some());
            s.args(
                "notice-minimum-age",
                Args::new()
                    .text("stated", stated)
                    .text("new", age(*after))
                    .text("old", age(*before)),
                [],
            )
        }
        // The stance on children, stated or dropped as a whole, with the
        // audience the edition that states it names.
        Detail::ChildrenStance { audience } => s.args(
            "notice-children-stance",
            Args::new()
                .text("stated", yes(added))
                .text("audience", audience.keyword()),
            [],
        ),
        Detail::ChildrenAudience {
            old: before,
            new: after,
        } => s.args(
            "notice-children-audience",
            Args::new()
                .text("new", after.keyword())
                .text("old", before.keyword()),
            [],
        ),
        Detail::ChildrenKnowingly {
            old: before,
            new: after,
        } => {
            let said = |k: Option<bool>| match k {
                Some(true) => "yes",
                Some(false) => "no",
                None => "unstated",
            };
            s.args(
                "notice-children-knowingly",
                Args::new()
                    .text("new", said(*after))
                    .text("old", said(*before)),
                [],
            )
        }
        // How a parent's consent is obtained, now or no longer stated,
        // quoted in the words of the edition that states it.
        Detail::ChildrenParentalConsent {
            old: before,
            new: after,
        } if change.kind != ChangeKind::ChildrenParentalConsentChanged => {
            match after.as_deref().or(before.as_deref()) {
                Some(text) => s.args(
                    "notice-children-parental-consent",
                    Args::new().text("stated", yes(after.is_some())),
                    [s.quoted(text)?],
                ),
                None => s.plain(&kind_message(change.kind)),
            }
        }
        Detail::ParentRights { rights } => {
            let each = rights
                .iter()
                .map(|r| {
                    Ok(Text::new()
                        .words(&words.word(&format!("children-parent-right-{}", r.keyword()))?))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            s.args(
                "notice-parent-rights",
                Args::new().text("added", yes(added)),
                [words.list(each, Conjunction::And)?],
            )
        }
        Detail::SecurityMeasure(measure) => {
            let id = if added {
                "notice-security-added"
            } else {
                "notice-security-removed"
            };
            let sentence = words.word(&format!("security-measure-{}", measure.keyword()))?;
            s.texts(id, [s.quoted(&sentence)?])
        }
        // A commitment to notify a breach, in the words of the edition
        // that makes it.
        Detail::BreachNotification(breach) if added => {
            let said = super::special::notification(*breach, &s.voice, words)?.plain();
            s.texts("notice-commitment-added", [s.quoted(&said)?])
        }
        Detail::BreachNotification(breach) => {
            let before = Say::of(words, old);
            let said = super::special::notification(*breach, &before.voice, words)?.plain();
            s.texts("notice-commitment-removed", [s.quoted(&said)?])
        }
        Detail::Combination { data, .. } if !data.is_empty() => s.texts(
            "notice-about",
            [
                s.labels(data)?,
                Text::new().words(&s.plain(&kind_message(change.kind))?),
            ],
        ),
        Detail::TrackerRemoved { label } => s.texts("notice-tracker-removed", [s.quoted(label)?]),
        Detail::Commitment(commitment) => {
            let promise = words.commitment(*commitment, &s.voice)?.plain();
            s.texts("notice-commitment-added", [s.quoted(&promise)?])
        }
        detail => {
            let about = match (subject(detail), right_of(detail)) {
                (Some(name), _) => Some(("notice-about", s.quoted(name)?)),
                (None, Some(kind)) => Some((
                    "notice-about-right",
                    Text::new().words(&words.word(&format!("notice-right-{}", kind.keyword()))?),
                )),
                (None, None) => None,
            };
            let general = s.plain(&kind_message(change.kind))?;
            match about {
                Some((id, about)) => s.texts(id, [about, Text::new().words(&general)]),
                None => Ok(general),
            }
        }
    }
}

/// What a change is about, by the label the edition gives it, for a
/// change the notice says in its kind's words: the data category,
/// purpose, recipient, tracker, decision, controller or section it
/// changes.
fn subject(detail: &Detail) -> Option<&str> {
    match detail {
        Detail::Controller(name) | Detail::JointController(name) => Some(name),
        Detail::Plural { name }
        | Detail::ExamplesOpen { name }
        | Detail::Combined { name }
        | Detail::Source { name, .. }
        | Detail::Sources { name, .. }
        | Detail::Identity { name, .. }
        | Detail::Special { name, .. }
        | Detail::Sensitive { name, .. }
        | Detail::CcpaCategories { name, .. }
        | Detail::Examples { name, .. }
        | Detail::Requirement { name, .. }
        | Detail::Relisted { name, .. }
        | Detail::Basis { name, .. }
        | Detail::Depersonalized { name }
        | Detail::Profiling { name }
        | Detail::DirectMarketing { name }
        | Detail::SpecialCondition { name, .. }
        | Detail::PermittedUse { name, .. }
        | Detail::RecipientKind { name, .. }
        | Detail::Country { name, .. }
        | Detail::Safeguard { name, .. }
        | Detail::Bound { name }
        | Detail::Disclosures { name, .. }
        | Detail::Retention { name, .. }
        | Detail::PurposeRetention { name, .. }
        | Detail::RetentionRule { name, .. }
        | Detail::RetentionEnd { name, .. }
        | Detail::Backups { name, .. }
        | Detail::TrackerCategory { name, .. }
        | Detail::TrackerParty { name, .. }
        | Detail::TrackerLifetime { name, .. }
        | Detail::TrackerServes { name, .. }
        | Detail::TrackerCollects { name, .. }
        | Detail::TrackerRestated { name }
        | Detail::RecipientRole { name, .. }
        | Detail::Mechanism { name, .. }
        | Detail::DecisionBasis { name, .. }
        | Detail::DecisionUses { name, .. }
        | Detail::DecisionSafeguards { name, .. }
        | Detail::DecisionRestated { name } => Some(name),
        Detail::Removed { label, .. }
        | Detail::DataAdded { label, .. }
        | Detail::DataPart { label, .. }
        | Detail::PurposeAdded { label, .. }
        | Detail::RecipientAdded { label, .. }
        | Detail::TrackerAdded { label, .. }
        | Detail::TrackerRemoved { label }
        | Detail::DecisionAdded { label, .. }
        | Detail::DecisionRemoved { label } => Some(label),
        Detail::Transfer { recipient, .. } | Detail::TransferPurposes { recipient, .. } => {
            Some(recipient.label.as_deref().unwrap_or(&recipient.id))
        }
        Detail::Right { label, .. } => label.as_deref(),
        Detail::Channels { right, .. }
        | Detail::Deadline { right, .. }
        | Detail::Extension { right, .. }
        | Detail::Anytime { right }
        | Detail::RightStatement { right } => right.label.as_deref(),
        Detail::Section { heading } | Detail::SectionMoved { heading, .. } => Some(heading),
        Detail::SectionRenamed { new, .. } => Some(new),
        Detail::Text {
            of:
                TextOf::JointControllerAddress(name)
                | TextOf::JointControllerCountry(name)
                | TextOf::DataDescription(name)
                | TextOf::DataCollected(name)
                | TextOf::DataAnonymisation(name)
                | TextOf::DataRequiredBy(name)
                | TextOf::DataFides(name)
                | TextOf::PurposeDescription(name)
                | TextOf::PurposeInterest(name)
                | TextOf::PurposeFides(name)
                | TextOf::RecipientDescription(name)
                | TextOf::DataShort(name)
                | TextOf::PurposeShort(name)
                | TextOf::RecipientCopy(name)
                | TextOf::Arrangement(name)
                | TextOf::TransferInterest(_, name),
            ..
        } => Some(name),
        _ => None,
    }
}

/// The right a change is about, for a right the text names by its kind.
fn right_of(detail: &Detail) -> Option<RightKind> {
    match detail {
        Detail::Right { kind, .. } => Some(*kind),
        Detail::Channels { right, .. }
        | Detail::Deadline { right, .. }
        | Detail::Extension { right, .. }
        | Detail::Anytime { right }
        | Detail::RightStatement { right } => Some(right.kind),
        Detail::Text {
            of:
                TextOf::RightLabel(kind)
                | TextOf::RightDescription(kind)
                | TextOf::RightExtensionReason(kind)
                | TextOf::RightNotApplicable(kind),
            ..
        } => Some(*kind),
        _ => None,
    }
}

/// A change in free text, for the reader to read in full: in words of its
/// own where the notice has them (a label in its old and new words, the
/// consequence of not giving data), else what it is about (its
/// sentence) with the provision's new words, or the words it no longer
/// has, whole and in quotes; a tracker, whose words the diff does not
/// keep, by name.
fn reworded(
    change: &Change,
    old: &Policy,
    new: &Policy,
    words: &Lexicon,
) -> Result<(String, Option<String>, Option<String>), Error> {
    let s = Say::of(words, new);
    let (was, now): (Option<&str>, Option<&str>) = match &change.detail {
        Detail::Relabelled { old, new, .. } => {
            let said = s.texts("notice-reworded-label", [s.quoted(old)?, s.quoted(new)?])?;
            return Ok((said, None, None));
        }
        Detail::TrackerRestated { name } => {
            let said = s.texts("notice-reworded-tracker", [s.quoted(name)?])?;
            return Ok((said, None, None));
        }
        Detail::Text { old, new, .. }
        | Detail::Safeguard { old, new, .. }
        | Detail::SectionSummary { old, new, .. }
        | Detail::ChildrenParentalConsent { old, new } => (old.as_deref(), new.as_deref()),
        Detail::Reworded { old, new, .. } | Detail::ClauseReworded { old, new, .. } => {
            (Some(old), Some(new))
        }
        Detail::Clause { text, .. } | Detail::Statement { text, .. }
            if change.action == diff::Action::Added =>
        {
            (None, Some(text))
        }
        Detail::Clause { text, .. } | Detail::Statement { text, .. } => (Some(text), None),
        _ => (None, None),
    };
    let said = sentence(change, old, new, words)?;
    // The consequence of not giving data is said in its own words, which
    // the text it is composed from would only repeat; so is how a request
    // is verified or made by an agent, quoted in its sentence.
    if let Detail::Text {
        of: TextOf::DataRequiredBy(_),
        new: Some(_),
        ..
    }
    | Detail::Text {
        of: TextOf::Verification | TextOf::AuthorizedAgents,
        ..
    } = &change.detail
    {
        return Ok((said, None, None));
    }
    let quote = |text: &str| s.quoted(text).map(|q| q.plain());
    Ok(match (was, now) {
        (_, Some(now)) => (said, Some(quote(now)?), None),
        (Some(was), None) => (said, None, Some(quote(was)?)),
        (None, None) => (said, None, None),
    })
}

/// Whether a fact was stated in both editions (`both`), only in the new
/// one (`new`), only in the old one (`old`) or in neither (`none`): the
/// `$stated` selector of the notice's messages.
fn stated(before: bool, after: bool) -> &'static str {
    match (before, after) {
        (true, true) => "both",
        (false, true) => "new",
        (true, false) => "old",
        (false, false) => "none",
    }
}

/// [`stated`] for a provision in words, with the words to quote: the new
/// edition's, or those it no longer has; nothing where neither states it.
fn stated_words<'a>(
    before: Option<&'a str>,
    after: Option<&'a str>,
) -> Option<(&'static str, &'a str)> {
    let words = after.or(before)?;
    Some((stated(before.is_some(), after.is_some()), words))
}

/// How long a tracker lasts, in words: a duration, the session, or not
/// stated.
fn tracker_lifetime(s: &Say<'_>, lifetime: Option<Lifetime>) -> Result<Text, Error> {
    Ok(Text::new().words(&match lifetime {
        Some(Lifetime::For { duration }) => s.words.duration(duration)?,
        Some(Lifetime::Session) => s.plain("notice-tracker-session")?,
        None => s.plain("notice-tracker-no-lifetime")?,
    }))
}

/// A condition of Art. 9(2) in the text's words, with the law it rests on
/// where the purpose names one.
fn special_condition(
    s: &Say<'_>,
    condition: SpecialCondition,
    law: Option<&str>,
) -> Result<Text, Error> {
    let words = s.words.in_voice(
        &format!("special-condition-{}", condition.keyword()),
        &s.voice,
    )?;
    match law {
        Some(law) => s.words.sentence(
            "notice-special-condition-law",
            &s.voice,
            Args::new(),
            [words, Text::new().source(&one_line(law))],
        ),
        None => Ok(words),
    }
}

/// A new recipient: what it receives, from the new edition's transfers to
/// it, its kind and its country, as the edition declares them.
fn recipient_added(
    s: &Say<'_>,
    change: &Change,
    new: &Policy,
    label: &str,
) -> Result<String, Error> {
    let mut data: Vec<&str> = Vec::new();
    for transfer in new
        .transfers
        .iter()
        .filter(|t| t.recipient == change.subject)
    {
        for id in &transfer.data {
            if !data.contains(&id.as_str()) {
                data.push(id);
            }
        }
    }
    let data = data
        .into_iter()
        .map(|id| s.quoted(new.data(id).map_or(id, |d| d.label.as_str())))
        .collect::<Result<Vec<_>, Error>>()?;
    let any = !data.is_empty();
    let mut said = s.args(
        "notice-recipient-added",
        Args::new().text("data", if any { "yes" } else { "no" }),
        [s.quoted(label)?, s.words.list(data, Conjunction::And)?],
    )?;
    if let Some(recipient) = new.recipient(&change.subject) {
        if let Some(kind) = recipient.kind {
            let kind = s.words.recipient_kind(kind, &s.voice)?;
            let kind = s
                .words
                .sentence("recipient-type", &s.voice, Args::new(), [kind])?;
            said = format!("{said} {}", ended(&kind.plain()));
        }
        if let Some(country) = &recipient.country {
            let country = s.words.with_text(
                "recipient-country",
                &s.voice,
                Text::new().source(&one_line(country)),
            )?;
            said = format!("{said} {}", ended(&country.plain()));
        }
    }
    Ok(said)
}

/// A new tracker: its label, who provides it and the purposes it serves,
/// as the new edition declares them.
fn tracker_added(s: &Say<'_>, change: &Change, new: &Policy, label: &str) -> Result<String, Error> {
    let tracker = new.tracker(&change.subject);
    let provider = tracker
        .and_then(|t| {
            t.recipient
                .as_deref()
                .and_then(|id| new.recipient(id))
                .map(|r| r.label.as_str())
                .or(t.provider.as_deref())
        })
        .map(|provider| {
            s.words.sentence(
                "notice-tracker-provider",
                &s.voice,
                Args::new(),
                [s.quoted(provider)?],
            )
        })
        .transpose()?
        .unwrap_or_default();
    let serves = tracker.map_or(&[][..], |t| t.serves.as_slice());
    let purposes = serves
        .iter()
        .map(|id| s.quoted(new.purpose(id).map_or(id.as_str(), |p| p.label.as_str())))
        .collect::<Result<Vec<_>, Error>>()?;
    let purposes = if purposes.is_empty() {
        Text::new()
    } else {
        let count = u32::try_from(purposes.len()).unwrap_or(u32::MAX);
        s.words.sentence(
            "recipient-for-purposes",
            &s.voice,
            Args::new().number("count", count),
            [s.words.list(purposes, Conjunction::And)?],
        )?
    };
    s.texts(
        "notice-tracker-added",
        [s.quoted(label)?, provider, purposes],
    )
}

/// The message of a change kind, for a change with no words of its own
/// here: `change-RETENTION_EXTENDED`.
fn kind_message(kind: ChangeKind) -> String {
    format!("change-{}", kind.id())
}

/// A right stated or no longer stated, with what it lets the reader do.
fn right_sentence(s: &Say<'_>, kind: RightKind, id: &str) -> Result<String, Error> {
    let name = s.words.word(&format!("notice-right-{}", kind.keyword()))?;
    let meaning = ended(&s.words.right_meaning(kind, &s.voice)?.plain());
    s.texts(id, [Text::new().words(&name), Text::new().words(&meaning)])
}

/// How the reader is told of a new edition, as the new edition's
/// `changes { notify … }` says; nothing when it does not say.
fn told(s: &Say<'_>, new: &Policy) -> Result<Option<String>, Error> {
    let Some(changes) = &new.changes else {
        return Ok(None);
    };
    if changes.notify.is_empty() {
        return Ok(None);
    }
    let ways = changes
        .notify
        .iter()
        .map(|m| Ok(Text::new().words(&s.words.notify_method(*m)?)))
        .collect::<Result<Vec<_>, Error>>()?;
    let ways = s.words.list(ways, Conjunction::And)?;
    s.texts("notice-told", [ways]).map(Some)
}

/// What the reader can do before the new edition takes effect: the
/// rights the new edition's text states ([`regimes::stated`]: declared,
/// or granted by a declared regime and stated by default) to object,
/// withdraw consent, have data erased and opt out of sale and sharing,
/// each with where to exercise it when the edition declares it.
fn before_then(s: &Say<'_>, new: &Policy) -> Result<Vec<String>, Error> {
    let stated = regimes::stated(new);
    [
        RightKind::Objection,
        RightKind::WithdrawConsent,
        RightKind::Erasure,
        RightKind::OptOutSaleShare,
    ]
    .into_iter()
    .filter_map(|kind| {
        stated
            .iter()
            .find(|right| right.kind() == kind && right.applies())
    })
    .map(|right| {
        let meaning = ended(&s.words.right_meaning(right.kind(), &s.voice)?.plain());
        let via = match right {
            Stated::Declared(_, declared) => declared.via.as_slice(),
            Stated::ByDefault(_) | Stated::NotApplicable(..) => &[],
        };
        if via.is_empty() {
            return Ok(meaning);
        }
        let via = super::user::exercised(via, "via", &s.voice, s.words)?;
        s.texts("notice-right-via", [Text::new().words(&meaning), via])
    })
    .collect()
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

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::model::Regime;

    /// The voices a message is formatted in: "we", a controller by name,
    /// several controllers.
    fn voices() -> [Voice<'static>; 3] {
        [
            Voice::new(true, "Acme", false),
            Voice::new(false, "Acme", false),
            Voice::new(false, "Acme and Partners", true),
        ]
    }

    #[test]
    fn every_kind_has_its_message_in_every_language_and_voice() {
        for lang in Lang::ALL {
            let words = Lexicon::of(lang).unwrap();
            for kind in ChangeKind::ALL {
                for voice in voices() {
                    let said = words.in_voice(&kind_message(*kind), &voice);
                    let said = said.map(|text| text.plain());
                    assert!(
                        said.as_ref().is_ok_and(|s| s.ends_with('.')),
                        "{lang} {kind}: {said:?}"
                    );
                }
            }
        }
    }

    /// What the notice said of a kind before its words were messages: the
    /// kind's description cut before its parenthesis, as a sentence.
    fn described(kind: ChangeKind) -> String {
        let about = kind.about();
        let mut chars = about.chars();
        let first = chars.next().unwrap().to_uppercase().collect::<String>();
        ended(&format!("{first}{}", chars.as_str()))
    }

    /// The English of a kind is its description for the reader, unchanged
    /// where the description has no keywords or cases in parentheses; a
    /// change in free text says only that something is worded
    /// differently.
    #[test]
    fn english_kinds_say_their_description() {
        let en = Lexicon::of(Lang::En).unwrap();
        let third = Voice::new(false, "Acme", false);
        for kind in ChangeKind::ALL {
            if kind.is_free_text() || kind.about().contains(['(', '`']) {
                continue;
            }
            let said = en.in_voice(&kind_message(*kind), &third).unwrap().plain();
            assert_eq!(said, described(*kind), "{kind}");
        }
    }

    /// In the `we_you` voice a change speaks to the reader: "you", never
    /// "the user".
    #[test]
    fn english_kinds_say_you_in_the_we_voice() {
        let en = Lexicon::of(Lang::En).unwrap();
        let we = Voice::new(true, "Acme", false);
        for kind in ChangeKind::ALL {
            let said = en.in_voice(&kind_message(*kind), &we).unwrap().plain();
            assert!(!said.to_lowercase().contains("user"), "{kind}: {said}");
        }
    }

    #[test]
    fn no_kind_message_names_a_keyword() {
        for lang in Lang::ALL {
            let words = Lexicon::of(lang).unwrap();
            for kind in ChangeKind::ALL {
                for voice in voices() {
                    let said = words.in_voice(&kind_message(*kind), &voice).unwrap();
                    let said = said.plain();
                    assert!(!said.contains(['`', '(', '_']), "{lang} {kind}: {said}");
                }
            }
        }
    }

    #[test]
    fn every_right_and_regime_has_its_words_in_every_language() {
        for lang in Lang::ALL {
            let words = Lexicon::of(lang).unwrap();
            for kind in RightKind::SET.values.iter().map(|v| v.value) {
                let name = words.word(&format!("notice-right-{}", kind.keyword()));
                assert!(name.is_ok(), "{lang} {kind:?}");
            }
            for regime in Regime::SET.values.iter().map(|v| v.value) {
                let name = words.word(&format!("notice-regime-{}", regime.keyword()));
                assert!(name.is_ok(), "{lang} {regime:?}");
            }
        }
    }

    /// A right inside the English sentence is its heading in lower case,
    /// and a law its words in the diff, as the notice said them before.
    #[test]
    fn english_rights_and_laws_are_their_words_before() {
        let en = Lexicon::of(Lang::En).unwrap();
        for kind in RightKind::SET.values.iter().map(|v| v.value) {
            let name = en
                .word(&format!("notice-right-{}", kind.keyword()))
                .unwrap();
            let voice = Voice::new(true, "Acme", false);
            assert_eq!(name, en.right_name(kind, &voice).unwrap().to_lowercase());
        }
        for regime in Regime::SET.values {
            let name = en.word(&format!("notice-regime-{}", regime.keyword));
            assert_eq!(name.unwrap(), regime.diff);
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
mod own_words {
    use super::*;

    /// The two editions of a kind's example on its page
    /// (`policyc diff tests/…/old.policy tests/…/new.policy`).
    fn example(kind: ChangeKind) -> Option<(Policy, Policy)> {
        let text = kind.explanation();
        let start = text.find("`policyc diff tests/")?;
        let command = &text[start + 1..];
        let command = &command[..command.find('`')?];
        let paths: Vec<&str> = command
            .split(' ')
            .filter(|a| a.ends_with(".policy"))
            .collect();
        let [old, new] = paths[..] else { return None };
        let compile = |path: &str| {
            let text = std::fs::read_to_string(path).expect(path);
            crate::check_source(&text).policy.expect(path)
        };
        Some((compile(old), compile(new)))
    }

    /// What the notice says of each change of `kind` in its example, and
    /// whether that is only the kind's general message.
    fn said(kind: ChangeKind, old: &Policy, new: &Policy, words: &Lexicon) -> Vec<(String, bool)> {
        let general = Say::of(words, new).plain(&kind_message(kind)).unwrap();
        diff::diff(old, new)
            .changes
            .iter()
            .filter(|c| c.kind == kind)
            .map(|change| {
                if kind.is_free_text() {
                    let (what, now, dropped) = reworded(change, old, new, words).unwrap();
                    let generic = what == general && now.is_none() && dropped.is_none();
                    (what, generic)
                } else {
                    let what = sentence(change, old, new, words).unwrap();
                    let generic = what == general;
                    (what, generic)
                }
            })
            .collect()
    }

    /// Kinds the notice says in their kind's words alone, on purpose:
    /// the change is of the whole text, with nothing to name.
    const DELIBERATE: &[(&str, &str)] = &[
        ("VOICE_CHANGED", "the whole text's voice: nothing to name"),
        (
            "NO_DECISIONS_WITHDRAWN",
            "one statement of the whole policy",
        ),
        ("NO_DECISIONS_STATED", "one statement of the whole policy"),
    ];

    /// Kinds still said in their kind's words alone: their own words, with
    /// their values, are still to be written.
    const NOT_YET: &[&str] = &[];

    /// Every kind the reader is told of, in the example of its page: the
    /// notice says each of its changes in words of its own (naming what
    /// changes), or quotes the provision reworded, but for the kinds
    /// listed; a kind whose page has no example is not walked. Each is said
    /// in every language.
    #[test]
    fn every_kind_s_example_is_said_in_words_of_its_own() {
        let en = Lexicon::of(Lang::En).unwrap();
        let (mut generic, mut walked) = (Vec::new(), 0);
        for kind in ChangeKind::ALL.iter().filter(|k| kind_for_the_reader(**k)) {
            let Some((old, new)) = example(*kind) else {
                continue;
            };
            let all = said(*kind, &old, &new, &en);
            walked += usize::from(!all.is_empty());
            // Every language has the words (a missing message fails).
            for lang in Lang::ALL {
                said(*kind, &old, &new, &Lexicon::of(lang).unwrap());
            }
            if all.iter().any(|(_, generic)| *generic) {
                generic.push(kind.id());
            }
        }
        let listed: Vec<&str> = ChangeKind::ALL
            .iter()
            .map(|k| k.id())
            .filter(|id| DELIBERATE.iter().any(|(d, _)| d == id) || NOT_YET.contains(id))
            .collect();
        assert_eq!(generic, listed);
        assert!(walked >= 120, "only {walked} kinds walked");
    }

    /// How a request is verified or made by an authorized agent: a
    /// sentence of its own per provision, stated, reworded or dropped,
    /// quoting it, in both voices and every language.
    #[test]
    fn request_handling_is_said_per_provision_in_a_reader_s_words() {
        let (old, new) = example(ChangeKind::RequestHandlingChanged).unwrap();
        let en = Lexicon::of(Lang::En).unwrap();
        let third = said(ChangeKind::RequestHandlingChanged, &old, &new, &en);
        assert_eq!(
            third,
            [
                (
                    "The policy now says differently how a request of the User is verified: \
                     “We ask you to confirm the e-mail address of your account and a recent \
                     order.”"
                        .to_owned(),
                    false
                ),
                (
                    "The policy now says how an authorized agent makes a request for the User: \
                     “An authorized agent sends us your signed permission.”"
                        .to_owned(),
                    false
                ),
            ]
        );
        let we = |policy: &Policy| {
            let mut policy = policy.clone();
            policy.header.voice = crate::model::Voice::WeYou;
            policy
        };
        let dropped = said(
            ChangeKind::RequestHandlingChanged,
            &we(&new),
            &we(&old),
            &en,
        );
        assert_eq!(
            dropped.last().map(|(what, _)| what.as_str()),
            Some(
                "We no longer say how an authorized agent makes a request for you; we said: \
                 “An authorized agent sends us your signed permission.”"
            )
        );
        for lang in Lang::ALL {
            let words = Lexicon::of(lang).unwrap();
            for (old, new) in [(old.clone(), new.clone()), (we(&new), we(&old))] {
                let all = said(ChangeKind::RequestHandlingChanged, &old, &new, &words);
                assert_eq!(all.len(), 2, "{lang}");
                assert!(
                    all.iter().all(|(what, generic)| !generic
                        && (what.contains("signed permission")
                            || what.contains("e-mail address of your account"))),
                    "{lang}: {all:?}"
                );
            }
        }
    }

    /// The stance on children and a parent's rights: each change names
    /// what changes, with the values before and after where it has them,
    /// in every language.
    #[test]
    fn children_s_changes_name_what_changes() {
        let en = Lexicon::of(Lang::En).unwrap();
        let of = |id: &str| {
            let kind = *ChangeKind::ALL.iter().find(|k| k.id() == id).unwrap();
            let (old, new) = example(kind).unwrap();
            (kind, old, new)
        };
        let mut all = Vec::new();
        for id in [
            "CHILDREN_STANCE_STATED",
            "CHILDREN_STANCE_DROPPED",
            "CHILDREN_AUDIENCE_WIDENED",
            "CHILDREN_AUDIENCE_NARROWED",
            "CHILDREN_KNOWINGLY_COLLECTED",
            "CHILDREN_NOT_KNOWINGLY_COLLECTED",
            "CHILDREN_PARENTAL_CONSENT_STATED",
            "CHILDREN_PARENTAL_CONSENT_DROPPED",
            "PARENT_RIGHT_ADDED",
            "PARENT_RIGHT_REMOVED",
        ] {
            let (kind, old, new) = of(id);
            for lang in Lang::ALL {
                let words = Lexicon::of(lang).unwrap();
                let said = said(kind, &old, &new, &words);
                assert!(
                    !said.is_empty() && said.iter().all(|(_, g)| !g),
                    "{id} {lang}"
                );
            }
            all.extend(said(kind, &old, &new, &en).into_iter().map(|(s, _)| s));
        }
        assert_eq!(
            all,
            [
                "The policy now states its stance on children: the service is directed to a \
                 general audience that includes children.",
                "The policy no longer states its stance on children, nor the limits and a \
                 parent's rights it stated; it said that the service is directed to a general \
                 audience that includes children.",
                "The service is now directed to a general audience that includes children; \
                 before, it was directed to a general audience, not to children.",
                "The service is now directed to a general audience, not to children; before, \
                 it was directed to a general audience that includes children.",
                "The policy now says that personal information is knowingly collected from \
                 children; before, it said that it was not.",
                "The policy now says that personal information is not knowingly collected from \
                 children; before, it said that it was.",
                "The policy now states how the consent of a parent or guardian is obtained: \
                 “A parent confirms by e-mail and a small card payment, which we refund.”",
                "The policy no longer states how the consent of a parent or guardian is \
                 obtained; it said: “A parent confirms by e-mail and a small card payment, \
                 which we refund.”",
                "A parent or guardian can now have the personal information collected from \
                 their child deleted and refuse to permit further collection or use of their \
                 child's personal information.",
                "A parent or guardian can no longer have the personal information collected \
                 from their child deleted and refuse to permit further collection or use of \
                 their child's personal information.",
            ]
        );
    }

    /// The example of the issue: one tracker's lifetime from 6 months to
    /// 2 years is said with the tracker and both lifetimes, in every
    /// language.
    #[test]
    fn a_tracker_s_longer_lifetime_names_the_tracker_and_both_lifetimes() {
        let text = std::fs::read_to_string("tests/fixtures/diff/tracker_widened/old.policy")
            .unwrap()
            .replace("lifetime    13 months", "lifetime    6 months");
        let old = crate::check_source(&text).policy.unwrap();
        let text = text
            .replace("version    1.0.0", "version    2.0.0")
            .replace("lifetime    6 months", "lifetime    2 years");
        let new = crate::check_source(&text).policy.unwrap();
        let en = Lexicon::of(Lang::En).unwrap();
        let all = said(ChangeKind::TrackerWidened, &old, &new, &en);
        assert_eq!(
            all,
            [(
                "“_ga” now lasts 2 years; before, it lasted 6 months.".to_owned(),
                false
            )]
        );
        for lang in Lang::ALL {
            let words = Lexicon::of(lang).unwrap();
            let all = said(ChangeKind::TrackerWidened, &old, &new, &words);
            assert!(all.iter().all(|(what, generic)| !generic
                && what.contains("_ga")
                && what.contains('2')
                && what.contains('6')));
        }
    }
}
