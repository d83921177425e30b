//! The words the diff's explanations are made of: names of things by their
//! labels, values in plain English, and [`explain`], the one-line
//! explanation of a change, made when a report is written.

use super::detail::{Declared, Detail, Named, Remains, RightName, StatementOf, TextOf};
use super::{Action, Change, ChangeKind, Class};
use crate::model::*;
use crate::vocab::Closed;

/// A label or text from the source, in double quotes.
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", short(text))
}

/// How long a text in an explanation may be, in characters.
const SHORT_LIMIT: usize = 90;

/// A long text cut at a word boundary, so an explanation stays one line.
pub fn short(text: &str) -> String {
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SHORT_LIMIT {
        return text;
    }
    let mut cut = String::new();
    for word in text.split(' ') {
        if cut.chars().count() + word.chars().count() + 1 > SHORT_LIMIT {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    cut.push('…');
    cut
}

/// Two versions of a text, each in double quotes: whole when both are
/// short, else each cut to the same window of words, which starts a few
/// words before the first word that differs, so the change shows even
/// when the texts share a long start (`"…personal data. We keep it…"`).
pub fn reworded(old: &str, new: &str) -> (String, String) {
    let old_words: Vec<&str> = old.split_whitespace().collect();
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let fits = |words: &[&str]| words.join(" ").chars().count() <= SHORT_LIMIT;
    if fits(&old_words) && fits(&new_words) {
        return (quoted(old), quoted(new));
    }
    let same = old_words
        .iter()
        .zip(&new_words)
        .take_while(|(a, b)| a == b)
        .count();
    let start = same.saturating_sub(CONTEXT_WORDS);
    let window = |words: &[&str]| format!("\"{}\"", window(words, start));
    (window(&old_words), window(&new_words))
}

/// How many of the words both texts share are shown before the first
/// that differs.
const CONTEXT_WORDS: usize = 4;

/// The words from `start`, up to [`SHORT_LIMIT`] characters, with `…`
/// where words are left out at either end.
fn window(words: &[&str], start: usize) -> String {
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    let mut taken = 0;
    for word in words.iter().skip(start) {
        if taken > 0 && shown.chars().count() + word.chars().count() + 1 > SHORT_LIMIT {
            break;
        }
        if taken > 0 {
            shown.push(' ');
        }
        shown.push_str(word);
        taken += 1;
    }
    if start + taken < words.len() {
        shown.push('…');
    }
    shown
}

/// A list in words: `a`, `a and b`, `a, b and c`.
pub fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// How a data category is obtained.
pub fn source(source: Option<Source>) -> &'static str {
    source.map_or("from a source not stated", |s| s.entry().diff)
}

/// A source of a data category, in the diff's words, with its name.
fn named_source(source: &NamedSource) -> String {
    match &source.name {
        Some(name) => format!("{} ({})", source.kind.entry().diff, quoted(name)),
        None => source.kind.entry().diff.to_owned(),
    }
}

/// Whether a data category identifies the user.
pub fn identity(identity: Identity) -> &'static str {
    identity.entry().diff
}

/// A special category of GDPR Art. 9.
pub fn special(special: SpecialCategory) -> &'static str {
    special.entry().diff
}

/// A special category, owned.
fn special_words(category: SpecialCategory) -> String {
    special(category).to_owned()
}

/// Whether a data category must be provided.
pub fn requirement(requirement: Option<Requirement>) -> &'static str {
    match requirement {
        None => "not stated",
        Some(Requirement::Required) => "required",
        Some(Requirement::Optional) => "optional",
    }
}

/// A legal basis.
pub fn basis(basis: Basis) -> &'static str {
    basis.entry().diff
}

/// A kind of recipient, with its article.
pub fn recipient_kind(kind: Option<RecipientKind>) -> &'static str {
    kind.map_or("a recipient of a kind not stated", |k| k.entry().diff)
}

/// A ground for a transfer.
pub fn ground(ground: Ground) -> &'static str {
    ground.entry().diff
}

/// `on the ground of X`, `on the grounds of X or Y`; `without a stated
/// ground` when one is unstated, since any one ground suffices.
pub fn grounds(grounds: &[Ground]) -> String {
    if grounds.contains(&Ground::Unstated) {
        return "without a stated ground".to_owned();
    }
    let names: Vec<String> = grounds.iter().map(|g| ground(*g).to_owned()).collect();
    let noun = if grounds.len() == 1 {
        "ground"
    } else {
        "grounds"
    };
    format!("on the {noun} of {}", list(&names, "or"))
}

/// A right, in words.
pub fn right(kind: RightKind) -> &'static str {
    kind.entry().diff
}

fn right_kind_name(kind: RightKind) -> String {
    let words = self::right(kind);
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect::<String>()
    })
}

/// How users are told of a change.
pub fn notify(method: NotifyMethod) -> &'static str {
    method.entry().diff
}

/// Who may change the policy.
pub fn authority(by: Option<ChangeAuthority>) -> &'static str {
    by.map_or("not stated", |b| b.entry().diff)
}

/// When a new edition takes effect.
pub fn takes_effect(effective: Option<TakesEffect>) -> &'static str {
    effective.map_or("not stated", |e| e.entry().diff)
}

/// How the user accepts the policy.
pub fn acceptance(acceptance: Option<Acceptance>) -> &'static str {
    acceptance.map_or("not stated", |a| a.entry().diff)
}

/// A section of the text.
pub fn section(section: &SectionRef) -> String {
    match section {
        SectionRef::Builtin(section) => section.entry().diff.to_owned(),
        SectionRef::Custom(id) => format!("the section `{id}`"),
    }
}

/// One retention period in words.
pub fn period(period: &Period) -> String {
    match period {
        Period::For { duration, from } => format!("{duration} from {from}"),
        Period::Until { event } => format!("until {}", quoted(event)),
        Period::AsRequiredByLaw => "as long as the law requires".to_owned(),
        Period::Criteria {
            criteria,
            at_most: None,
        } => format!("the criteria {}", quoted(criteria)),
        Period::Criteria {
            criteria,
            at_most: Some(cap),
        } => format!(
            "the criteria {}, at most {} from {}",
            quoted(criteria),
            cap.duration,
            cap.from
        ),
    }
}

/// Alternative retention periods in words.
pub fn periods(periods: &[Period]) -> String {
    if periods.is_empty() {
        return "not stated".to_owned();
    }
    let items: Vec<String> = periods.iter().map(period).collect();
    list(&items, "or")
}

/// A declaration by its quoted label, or its id when it is not declared.
pub fn named(named: &Named) -> String {
    named
        .label
        .as_deref()
        .map_or_else(|| format!("`{}`", named.id), quoted)
}

/// Several declarations by name: `"A", "B" and "C"`.
pub fn all_named(items: &[Named]) -> String {
    let names: Vec<String> = items.iter().map(named).collect();
    list(&names, "and")
}

/// Quoted texts, listed with `conjunction`.
fn quoted_list(items: &[String], conjunction: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    list(&quoted, conjunction)
}

/// What a text change is about: `The title`, `The description of "X"`.
fn text_of(of: &TextOf) -> String {
    let fixed = match of {
        TextOf::Title => "The title",
        TextOf::Language => "The language of the text",
        TextOf::Service => "The name of the Service",
        TextOf::Website => "The website of the Service",
        TextOf::Address => "The controller's postal address",
        TextOf::ControllerCountry => "The controller's country",
        TextOf::Dpo => "The data protection officer",
        TextOf::EuRepresentative => "The controller's representative in the EU",
        TextOf::UkRepresentative => "The controller's representative in the UK",
        TextOf::LeadAuthority => "The controller's lead supervisory authority",
        TextOf::Published => "The address where the Policy is published",
        TextOf::PublicationDate => "The publication date",
        TextOf::Contact => "The contact address",
        TextOf::GoverningLaw => "The governing law",
        TextOf::Scope => "The scope of the Policy",
        TextOf::DoNotSell => "The \"Do Not Sell or Share My Personal Information\" link",
        TextOf::LimitSensitiveLink => {
            "The \"Limit the Use of My Sensitive Personal Information\" link"
        }
        TextOf::Verification => "How a request to know, delete or correct is verified",
        TextOf::AuthorizedAgents => "How an authorized agent makes a request",
        TextOf::ChildrenSaleOptIn => {
            "How the opt-in to the sale or sharing of a consumer under 16 is obtained"
        }
        TextOf::JointControllerAddress(name) => {
            return format!(
                "The postal address of the joint controller {}",
                quoted(name)
            );
        }
        TextOf::JointControllerCountry(name) => {
            return format!("The country of the joint controller {}", quoted(name));
        }
        TextOf::DataDescription(name) => return format!("The description of {}", quoted(name)),
        TextOf::DataCollected(name) => return format!("When {} is collected", quoted(name)),
        TextOf::DataAnonymisation(name) => {
            return format!("How {} was made anonymous", quoted(name));
        }
        TextOf::DataRequiredBy(name) => {
            return format!("What requires {} and what follows without it", quoted(name));
        }
        TextOf::DataFides(name) => return format!("The Fides key of {}", quoted(name)),
        TextOf::PurposeFides(name) => {
            return format!("The Fides data use of purpose {}", quoted(name));
        }
        TextOf::PurposeDescription(name) => {
            return format!("The description of purpose {}", quoted(name));
        }
        TextOf::PurposeInterest(name) => {
            return format!("The legitimate interest of {}", quoted(name));
        }
        TextOf::RecipientDescription(name) => {
            return format!("The description of recipient {}", quoted(name));
        }
        TextOf::RightLabel(kind) => return format!("The label of {}", right(*kind)),
        TextOf::RightDescription(kind) => return format!("The description of {}", right(*kind)),
        TextOf::RightExtensionReason(kind) => {
            return format!("Why the answer time of {} may be extended", right(*kind));
        }
        TextOf::RightNotApplicable(kind) => {
            return format!("Why {} does not apply", right(*kind));
        }
        TextOf::DataShort(name) => return format!("The short label of {}", quoted(name)),
        TextOf::RecipientCopy(name) => {
            return format!(
                "Where to obtain a copy of the safeguards for {}",
                quoted(name)
            );
        }
        TextOf::PurposeShort(name) => {
            return format!("The short label of purpose {}", quoted(name));
        }
        TextOf::Arrangement(name) => {
            return format!(
                "The essence of the joint controllers' arrangement with {}",
                quoted(name)
            );
        }
        TextOf::TransferInterest(data, recipient) => {
            return format!(
                "The legitimate interest of sending {} to {}",
                quoted(data),
                quoted(recipient)
            );
        }
    };
    fixed.to_owned()
}

/// A right by its label when it has one, else in words with a capital.
fn right_called(right: &RightName) -> String {
    right
        .label
        .as_deref()
        .map_or_else(|| right_kind_name(right.kind), quoted)
}

/// How the text states a right, changed: a right the law always granted
/// is "now explained", never new.
fn right_statement(kind: ChangeKind, right: &RightName) -> String {
    let called = right_called(right);
    match kind {
        ChangeKind::RightExplained => format!(
            "{called}, which the User already had by law, is now explained with how to exercise it"
        ),
        ChangeKind::RightStatedByDefault => {
            format!(
                "{called} is now stated as the law grants it, without terms of the Policy's own"
            )
        }
        ChangeKind::RightApplicable => {
            format!("{called} applies again: the Policy no longer says it does not")
        }
        _ => {
            let within = right
                .label
                .as_deref()
                .map_or_else(|| self::right(right.kind).to_owned(), quoted);
            format!("The Policy now says that {within} does not apply")
        }
    }
}

/// The one-line explanation of a change, in plain words with the labels
/// readers know: what every report, the changelog and the diff pages say.
pub fn explain(change: &Change) -> String {
    let added = change.action == Action::Added;
    match &change.detail {
        // A date, compared as such: not quoted like free text.
        Detail::Text {
            of: TextOf::PublicationDate,
            old,
            new,
        } => match (old, new) {
            (Some(old), Some(new)) => {
                format!("The publication date changed from {old} to {new}")
            }
            (None, Some(new)) => format!("The publication date is now stated: {new}"),
            (Some(old), None) => format!("The publication date ({old}) is no longer stated"),
            (None, None) => "The publication date is unchanged".to_owned(),
        },
        Detail::Text {
            of,
            old: Some(old),
            new: Some(new),
        } => {
            let (old, new) = reworded(old, new);
            TEXT.say(&text_of(of), Some(old), Some(new))
        }
        Detail::Text { of, old, new } => TEXT.say(&text_of(of), opt(old, quoted), opt(new, quoted)),
        Detail::PartOf { old, new } => {
            let agreements = |items: &[String]| {
                if items.is_empty() {
                    "none".to_owned()
                } else {
                    quoted_list(items, "and")
                }
            };
            format!(
                "The agreements the Policy is part of changed from {} to {}",
                agreements(old),
                agreements(new)
            )
        }
        Detail::Controller(name) if added => format!(
            "{} is now the controller responsible for the processing",
            quoted(name)
        ),
        Detail::Controller(name) => format!(
            "{} is no longer the controller responsible for the processing",
            quoted(name)
        ),
        Detail::JointController(name) if added => format!(
            "{} now decides with the controller why and how the information is processed, as a joint controller",
            quoted(name)
        ),
        Detail::JointController(name) => {
            format!("{} is no longer a joint controller", quoted(name))
        }
        Detail::Regimes(regimes) => {
            let names: Vec<&str> = regimes.iter().map(|r| r.entry().diff).collect();
            let names = crate::vocab::listed(&names, " and ");
            if added {
                format!("The Policy now declares that it answers to {names}")
            } else {
                format!("The Policy no longer declares that it answers to {names}")
            }
        }
        Detail::Voice { old, new } => format!(
            "The text now speaks in {} (before: {})",
            new.entry().diff,
            old.entry().diff
        ),
        Detail::Plural { name } if added => {
            format!("{} is now written of as several companies", quoted(name))
        }
        Detail::Plural { name } => {
            format!("{} is now written of as one company", quoted(name))
        }
        Detail::ExamplesOpen { name } if added => format!(
            "The examples of data {} are now only examples: it covers more than they name",
            quoted(name)
        ),
        Detail::ExamplesOpen { name } => format!(
            "The examples of data {} are now the whole of it",
            quoted(name)
        ),
        Detail::Combined { name } if added => format!(
            "Data {} is now treated as personal information when combined with it",
            quoted(name)
        ),
        Detail::Combined { name } => format!(
            "Data {} is no longer stated to be treated as personal information when combined with it",
            quoted(name)
        ),
        Detail::Acceptance { old, new } => format!(
            "How the User accepts the Policy changed from {} to {}",
            acceptance(*old),
            acceptance(*new)
        ),
        Detail::Relabelled { what, old, new } => {
            let what = match what {
                Declared::Data => "Data category",
                Declared::Purpose => "Purpose",
                Declared::Recipient => "Recipient",
            };
            format!("{what} {} renamed to {}", quoted(old), quoted(new))
        }
        Detail::Removed { what, label } => match what {
            Declared::Data => format!("Data category {} is no longer collected", quoted(label)),
            Declared::Purpose => format!(
                "Purpose {} removed: data is no longer processed for it",
                quoted(label)
            ),
            Declared::Recipient => format!("Recipient {} removed", quoted(label)),
        },
        Detail::DataAdded {
            label,
            requirement: required,
            identity: identified,
            special: category,
            parent,
        } => {
            let mut details = Vec::new();
            if required.is_some() {
                details.push(requirement(*required).to_owned());
            }
            if *identified != Identity::Identified {
                details.push(identity(*identified).to_owned());
            }
            if let Some(s) = category {
                details.push(format!("special category: {}", special(*s)));
            }
            let details = if details.is_empty() {
                String::new()
            } else {
                format!(" ({})", details.join(", "))
            };
            let inside = parent
                .as_ref()
                .map_or_else(String::new, |p| format!(", inside {}", named(p)));
            format!("New data category {}{details}{inside}", quoted(label))
        }
        Detail::DataPart {
            label,
            requirement: required,
            whole,
        } => match change.action {
            Action::Removed => format!(
                "Data category {} is no longer named on its own: it is part of {}, which is still collected",
                quoted(label),
                named(whole)
            ),
            Action::Added | Action::Changed => {
                let details = required
                    .map(|r| format!(" ({})", requirement(Some(r))))
                    .unwrap_or_default();
                format!(
                    "Data category {}{details} is now named on its own: it is part of {}, which was already collected",
                    quoted(label),
                    named(whole)
                )
            }
        },
        Detail::Source { name, old, new } => format!(
            "{} is now {} (before: {})",
            quoted(name),
            source(*new),
            source(*old)
        ),
        Detail::Combination { data, reason } => {
            let labels: Vec<String> = data.iter().map(|d| quoted(d)).collect();
            let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
            let labels = crate::vocab::listed(&labels, " and ");
            match change.action {
                Action::Removed => format!("{labels} are no longer combined"),
                Action::Added | Action::Changed => {
                    format!("{labels} are now combined {}", quoted(reason))
                }
            }
        }
        Detail::Sources { name, sources } => {
            let said: Vec<String> = sources.iter().map(named_source).collect();
            let said: Vec<&str> = said.iter().map(String::as_str).collect();
            let said = crate::vocab::listed(&said, " and ");
            if added {
                format!("{} is now also {said}", quoted(name))
            } else {
                format!("{} is no longer {said}", quoted(name))
            }
        }
        Detail::Identity { name, old, new } => format!(
            "{} is now {} (before: {})",
            quoted(name),
            identity(*new),
            identity(*old)
        ),
        Detail::Special { name, old, new } => SPECIAL.say(
            &quoted(name),
            old.map(special_words),
            new.map(special_words),
        ),
        Detail::Sensitive { name, old, new } => SENSITIVE.say(
            &quoted(name),
            old.map(|s| s.entry().diff.to_owned()),
            new.map(|s| s.entry().diff.to_owned()),
        ),
        Detail::CcpaCategories { name, items } => {
            let items: Vec<String> = items.iter().map(|c| c.entry().diff.to_owned()).collect();
            if added {
                format!(
                    "{} now counts as {} among the CCPA's categories of personal information",
                    quoted(name),
                    list(&items, "and")
                )
            } else {
                format!(
                    "{} no longer counts as {} among the CCPA's categories of personal information",
                    quoted(name),
                    list(&items, "or")
                )
            }
        }
        Detail::Examples { name, items } if added => format!(
            "What {} covers now includes {}",
            quoted(name),
            quoted_list(items, "and")
        ),
        Detail::Examples { name, items } => format!(
            "What {} covers no longer includes {}",
            quoted(name),
            quoted_list(items, "or")
        ),
        Detail::Requirement { name, old, new } => format!(
            "Whether the User must provide {} changed from {} to {}",
            quoted(name),
            requirement(*old),
            requirement(*new)
        ),
        Detail::PurposeAdded {
            label,
            basis: on,
            uses,
            only_depersonalized,
        } => format!(
            "New purpose {} on the basis of {}, using {}{}",
            quoted(label),
            basis(*on),
            all_named(uses),
            if *only_depersonalized {
                ", depersonalized data only"
            } else {
                ""
            }
        ),
        Detail::Uses { name, data, parts } => uses_change(&quoted(name), data, parts, added),
        Detail::Relisted { name, uses } => format!(
            "Purpose {} lists its data differently ({}) without a change in what it uses",
            quoted(name),
            all_named(uses)
        ),
        Detail::Basis { name, old, new } => format!(
            "The legal basis of {} changed from {} to {}",
            quoted(name),
            basis(*old),
            basis(*new)
        ),
        Detail::Profiling { name } if added => {
            format!("Purpose {} now involves profiling", quoted(name))
        }
        Detail::Profiling { name } => {
            format!("Purpose {} no longer involves profiling", quoted(name))
        }
        Detail::DirectMarketing { name } if added => {
            format!("Purpose {} is now direct marketing", quoted(name))
        }
        Detail::DirectMarketing { name } => {
            format!("Purpose {} is no longer direct marketing", quoted(name))
        }
        Detail::Depersonalized { name } if added => format!(
            "Purpose {} is now restricted to depersonalized data",
            quoted(name)
        ),
        Detail::Depersonalized { name } => format!(
            "Purpose {} may now use identified data (before: depersonalized data only)",
            quoted(name)
        ),
        Detail::RecipientAdded {
            label,
            kind,
            country,
        } => format!(
            "New recipient {}, {}{}",
            quoted(label),
            recipient_kind(*kind),
            country
                .as_deref()
                .map_or_else(String::new, |c| format!(", in {}", quoted(c)))
        ),
        Detail::RecipientKind { name, old, new } => format!(
            "Recipient {} is now {} (before: {})",
            quoted(name),
            recipient_kind(*new),
            recipient_kind(*old)
        ),
        Detail::Country { name, old, new } => {
            COUNTRY.say(&quoted(name), opt(old, quoted), opt(new, quoted))
        }
        Detail::Safeguard { name, old, new } => {
            SAFEGUARD.say(&quoted(name), opt(old, quoted), opt(new, quoted))
        }
        Detail::RecipientRole { name, old, new } => ROLE.say(
            &quoted(name),
            old.map(|r| r.entry().diff.to_owned()),
            new.map(|r| r.entry().diff.to_owned()),
        ),
        Detail::Mechanism { name, old, new } => MECHANISM.say(
            &quoted(name),
            old.map(mechanism_words),
            new.map(mechanism_words),
        ),
        Detail::Bound { name } if added => {
            format!("Recipient {} is now bound by this Policy", quoted(name))
        }
        Detail::Bound { name } => {
            format!(
                "Recipient {} is no longer bound by this Policy",
                quoted(name)
            )
        }
        Detail::Disclosures { name, items } => {
            let each: Vec<&str> = items.iter().map(|d| d.entry().diff).collect();
            let now = if added { "now" } else { "no longer" };
            format!(
                "Disclosures to recipient {} are {now} {} under US state privacy laws",
                quoted(name),
                crate::vocab::listed(&each, " and ")
            )
        }
        Detail::TransferDisclosures {
            data,
            recipient,
            items,
        } => {
            let each: Vec<&str> = items.iter().map(|d| d.entry().diff).collect();
            let now = if added { "now" } else { "no longer" };
            format!(
                "Sending {} to {} is {now} {} under US state privacy laws",
                named(data),
                named(recipient),
                crate::vocab::listed(&each, " and ")
            )
        }
        Detail::Transfer {
            data,
            recipient,
            grounds: on,
            also,
            remains,
        } => transfer_change(
            &named(data),
            &named(recipient),
            &grounds(on),
            *also,
            remains,
            added,
        ),
        Detail::TransferPurposes {
            data,
            recipient,
            purposes,
            any,
        } => transfer_purposes_change(&named(data), &named(recipient), purposes, *any, added),
        Detail::PurposeRetention {
            name,
            purpose,
            old,
            new,
        } => retention_change(
            &format!("{} when used for {}", quoted(name), quoted(purpose)),
            old,
            new,
            change.class(),
        ),
        Detail::Retention { name, old, new } => {
            retention_change(&quoted(name), old, new, change.class())
        }
        Detail::RetentionRule { name, old, new } => format!(
            "Retention of {}: the alternative periods now combine {} (before: {})",
            quoted(name),
            retention_rule(*new),
            retention_rule(*old)
        ),
        Detail::RetentionEnd { name, old, new } => format!(
            "Retention of {}: at its end the data is now {} (before: {})",
            quoted(name),
            new.entry().diff,
            old.entry().diff
        ),
        Detail::Backups { name, old, new } => format!(
            "Backups of {}: copies now remain {} after the retention ends (before: {})",
            quoted(name),
            backups(*new),
            backups(*old)
        ),
        // A right the law always granted is now explained, not new: the
        // decision the notice groups it by (`diff::granted_by_law`).
        Detail::Right {
            kind,
            label,
            by_law,
        } if added => {
            let label = label
                .as_deref()
                .map_or_else(String::new, |l| format!(" ({})", quoted(l)));
            if *by_law {
                format!(
                    "The Policy now explains {}{label}, which the User already had by law",
                    right(*kind)
                )
            } else {
                format!("The User now has {}{label}", right(*kind))
            }
        }
        Detail::Right { kind, .. } => format!("The User no longer has {}", right(*kind)),
        Detail::Channels { right, items } if added => format!(
            "{} can now be exercised via {}",
            right_called(right),
            quoted_list(items, "and")
        ),
        Detail::Channels { right, items } => format!(
            "{} can no longer be exercised via {}",
            right_called(right),
            quoted_list(items, "or")
        ),
        Detail::Deadline { right, old, new } => DEADLINE.say(
            &right_called(right),
            old.map(|d| d.to_string()),
            new.map(|d| d.to_string()),
        ),
        Detail::Extension { right, old, new } => EXTENSION.say(
            &right_called(right),
            old.map(|d| d.to_string()),
            new.map(|d| d.to_string()),
        ),
        Detail::Anytime { right } if added => {
            format!("{} can now be exercised at any time", right_called(right))
        }
        Detail::Anytime { right } => {
            format!(
                "{} can no longer be exercised at any time",
                right_called(right)
            )
        }
        Detail::RightStatement { right } => right_statement(change.kind, right),
        Detail::Statement { what, text } => statement_change(*what, text, added),
        Detail::Reworded { what, old, new } => {
            let (old, new) = reworded(old, new);
            format!("The {} {old} reworded as {new}", statement(*what))
        }
        Detail::Authority { old, new } => format!(
            "Who may change the Policy: {} (before: {})",
            authority(*new),
            authority(*old)
        ),
        Detail::Notify(methods) => {
            let items: Vec<String> = methods.iter().map(|m| notify(*m).to_owned()).collect();
            if added {
                format!("Users are now also told of changes {}", list(&items, "and"))
            } else {
                format!("Users are no longer told of changes {}", list(&items, "or"))
            }
        }
        Detail::Notice { old, new } => notice_change(*old, *new, change.class()),
        Detail::TakesEffect { old, new } => format!(
            "When a new edition takes effect: {} (before: {})",
            takes_effect(*new),
            takes_effect(*old)
        ),
        Detail::Clause { section: at, text } if added => {
            format!("New clause in {}: {}", section(at), quoted(text))
        }
        Detail::Clause { section: at, text } => {
            format!("Clause removed from {}: {}", section(at), quoted(text))
        }
        Detail::ClauseContractual {
            section: at,
            text,
            contractual: true,
        } => format!(
            "The clause {} in {} is now a contractual term: the text refers to the Terms instead of printing it",
            quoted(text),
            section(at)
        ),
        Detail::ClauseContractual {
            section: at, text, ..
        } => format!(
            "The clause {} in {} is no longer a contractual term: the text prints it",
            quoted(text),
            section(at)
        ),
        Detail::ClauseMoved { text, old, new } => format!(
            "The clause {} moved from {} to {}",
            quoted(text),
            section(old),
            section(new)
        ),
        Detail::ClauseReworded {
            section: at,
            old,
            new,
        } => {
            let (old, new) = reworded(old, new);
            format!("A clause in {} reworded from {old} to {new}", section(at))
        }
        Detail::Section { heading } if added => format!("New section: {}", quoted(heading)),
        Detail::Section { heading } => format!("Section removed: {}", quoted(heading)),
        Detail::SectionRenamed { id, old, new } => {
            let (old, new) = reworded(old, new);
            format!("The section `{id}` renamed from {old} to {new}")
        }
        Detail::SectionMoved { heading, old, new } => {
            let place = |after: &Option<SectionRef>| match after {
                Some(after) => format!("after {}", section(after)),
                None => "after the built-in sections".to_owned(),
            };
            format!(
                "The section {} is now placed {} (before: {})",
                quoted(heading),
                place(new),
                place(old)
            )
        }
        Detail::SectionSummary {
            section: at,
            old,
            new,
        } => match (old, new) {
            (None, Some(new)) => {
                format!("The summary of {} now stated: {}", section(at), quoted(new))
            }
            (Some(old), None) => format!(
                "The summary of {} dropped (was {})",
                section(at),
                quoted(old)
            ),
            (Some(old), Some(new)) => {
                let (old, new) = reworded(old, new);
                format!(
                    "The summary of {} reworded from {old} to {new}",
                    section(at)
                )
            }
            (None, None) => format!("The summary of {} unchanged", section(at)),
        },
        Detail::Restated => {
            "The policy was restated (reordered or regrouped) without a change in what it says"
                .to_owned()
        }
        Detail::TrackerAdded {
            label,
            category,
            party,
        } => format!(
            "New tracker {}, {} and set by {}",
            quoted(label),
            category.entry().diff,
            party_words(*party)
        ),
        Detail::TrackerRemoved { label } => {
            format!("Tracker {} is no longer used", quoted(label))
        }
        Detail::TrackerCategory { name, old, new } => format!(
            "Tracker {} is now {} (before: {})",
            quoted(name),
            new.entry().diff,
            old.entry().diff
        ),
        Detail::TrackerParty { name, new } => format!(
            "Tracker {} is now set by {}",
            quoted(name),
            party_words(*new)
        ),
        Detail::TrackerLifetime { name, old, new } => format!(
            "Tracker {} now lasts {} (before: {})",
            quoted(name),
            lifetime_words(*new),
            lifetime_words(*old)
        ),
        Detail::TrackerServes { name, purposes } if added => format!(
            "Tracker {} now also serves {}",
            quoted(name),
            quoted_list(purposes, "and")
        ),
        Detail::TrackerServes { name, purposes } => format!(
            "Tracker {} no longer serves {}",
            quoted(name),
            quoted_list(purposes, "and")
        ),
        Detail::TrackerCollects { name, data } if added => format!(
            "Tracker {} now also collects {}",
            quoted(name),
            quoted_list(data, "and")
        ),
        Detail::TrackerCollects { name, data } => format!(
            "Tracker {} no longer collects {}",
            quoted(name),
            quoted_list(data, "and")
        ),
        Detail::TrackerProvider {
            name,
            old,
            new,
            old_recipient,
            new_recipient,
        } => {
            let who = |words: &Option<String>, recipient: &Option<String>| {
                let named = words
                    .as_deref()
                    .map_or_else(|| "no one named".to_owned(), quoted);
                match recipient {
                    Some(id) => format!("the recipient {named} (`{id}`)"),
                    None => named,
                }
            };
            format!(
                "Tracker {} is now provided by {} (before: {})",
                quoted(name),
                who(new, new_recipient),
                who(old, old_recipient)
            )
        }
        Detail::Signal { signal, old, new } => format!(
            "{} signals are now {} (before: {})",
            signal_words(*signal),
            stance_words(*new),
            stance_words(*old)
        ),
        Detail::TrackerRestated { name } => {
            format!("Tracker {} is described in other words", quoted(name))
        }
        Detail::ChildrenStance { audience } if added => format!(
            "The policy now states its stance on children: the service is directed to {}",
            audience.entry().diff
        ),
        Detail::ChildrenStance { audience } => format!(
            "The policy no longer states its stance on children (before: the service was directed to {})",
            audience.entry().diff
        ),
        Detail::ChildrenAudience { old, new } => format!(
            "The service is now directed to {} (before: {})",
            new.entry().diff,
            old.entry().diff
        ),
        Detail::ChildrenMinimumAge { old, new } => format!(
            "The minimum age is now {} (before: {})",
            age_words(*new),
            age_words(*old)
        ),
        Detail::ChildrenKnowingly { old, new } => format!(
            "Children's personal information is now {} (before: {})",
            knowingly_words(*new),
            knowingly_words(*old)
        ),
        Detail::ChildrenParentalConsent {
            old: Some(old),
            new: Some(new),
        } => {
            let (old, new) = reworded(old, new);
            format!("The parental-consent mechanism now reads {new} (before: {old})")
        }
        Detail::ChildrenParentalConsent { new: Some(new), .. } => format!(
            "The policy now states how a parent's consent is obtained: {}",
            quoted(new)
        ),
        Detail::ChildrenParentalConsent { .. } => {
            "The policy no longer states how a parent's consent is obtained".to_owned()
        }
        Detail::ParentRights { rights } => {
            let rights: Vec<&str> = rights.iter().map(|r| r.entry().diff).collect();
            if added {
                format!(
                    "A parent may now {}",
                    crate::vocab::listed(&rights, " and ")
                )
            } else {
                format!(
                    "A parent may no longer {}",
                    crate::vocab::listed(&rights, " or ")
                )
            }
        }
        Detail::DecisionAdded { label, basis } => format!(
            "New automated decision {}, on {}",
            quoted(label),
            basis.entry().diff
        ),
        Detail::DecisionRemoved { label } => {
            format!("Automated decision {} is no longer made", quoted(label))
        }
        Detail::DecisionBasis { name, old, new } => format!(
            "Automated decision {} now rests on {} (before: {})",
            quoted(name),
            new.entry().diff,
            old.entry().diff
        ),
        Detail::DecisionUses { name, data } if added => format!(
            "Automated decision {} now also uses {}",
            quoted(name),
            quoted_list(data, "and")
        ),
        Detail::DecisionUses { name, data } => format!(
            "Automated decision {} no longer uses {}",
            quoted(name),
            quoted_list(data, "and")
        ),
        Detail::DecisionSafeguards { name, safeguards } => {
            let listed: Vec<String> = safeguards
                .iter()
                .map(|s| s.entry().diff.to_owned())
                .collect();
            let listed = listed.join(", ");
            if added {
                format!("Automated decision {} now offers {listed}", quoted(name))
            } else {
                format!(
                    "Automated decision {} no longer offers {listed}",
                    quoted(name)
                )
            }
        }
        Detail::DecisionRestated { name } => {
            format!(
                "Automated decision {} is described in other words",
                quoted(name)
            )
        }
        Detail::NoDecisions if added => {
            "The policy now states that no decision is made solely by automated means".to_owned()
        }
        Detail::NoDecisions => {
            "The policy no longer states that no decision is made solely by automated means"
                .to_owned()
        }
        Detail::PermittedUse { name, old, new } => {
            let permitted = |p: &Option<PermittedUse>| match p {
                Some(p) => format!("11 CCR §7027(m)({}), {}", p.paragraph(), p.entry().diff),
                None => "none".to_owned(),
            };
            match new {
                Some(_) => format!(
                    "Purpose {} now names a use of sensitive personal information California law permits without a right to limit it: {} (before: {})",
                    quoted(name),
                    permitted(new),
                    permitted(old)
                ),
                None => format!(
                    "Purpose {} no longer names a use of sensitive personal information California law permits without a right to limit it (before: {})",
                    quoted(name),
                    permitted(old)
                ),
            }
        }
        Detail::SpecialCondition {
            name,
            old,
            new,
            old_law,
            new_law,
        } => {
            let condition = |c: &Option<SpecialCondition>, law: &Option<String>| match c {
                Some(c) => {
                    let named = format!("Art. 9(2)({}), {}", c.letter(), c.entry().diff);
                    match law {
                        Some(law) => format!("{named}, as provided by {}", quoted(law)),
                        None => named,
                    }
                }
                None => "no condition stated".to_owned(),
            };
            format!(
                "Purpose {} now processes special categories under {} (before: {})",
                quoted(name),
                condition(new, new_law),
                condition(old, old_law)
            )
        }
        Detail::Commitment(commitment) => {
            let promise = commitment_words(*commitment);
            if added {
                format!("The policy now commits to {promise}")
            } else {
                format!("The policy no longer commits to {promise}")
            }
        }
        Detail::SecurityMeasure(measure) => {
            let measure = measure.entry().diff;
            if added {
                format!("The policy now states the security measure {measure}")
            } else {
                format!("The policy no longer states the security measure {measure}")
            }
        }
        Detail::BreachNotification(breach) => {
            let notice = breach_words(*breach);
            if added {
                format!("The policy now commits to notifying a personal data breach to {notice}")
            } else {
                format!(
                    "The policy no longer commits to notifying a personal data breach to {notice}"
                )
            }
        }
    }
}

/// A breach notification in the diff's words: whom, and when.
fn breach_words(breach: BreachNotification) -> String {
    let to = breach.to.entry().diff;
    match breach.within_hours {
        Some(1) => format!("{to} within 1 hour"),
        Some(hours) => format!("{to} within {hours} hours"),
        None => format!("{to} without undue delay"),
    }
}

/// A commitment in the diff's words, with its area.
fn commitment_words(commitment: Commitment) -> String {
    let promise = commitment.kind.entry().diff;
    match commitment.area {
        Some(area) => format!("{promise} {}", area.entry().diff),
        None => promise.to_owned(),
    }
}

/// A minimum age, in the diff's words.
fn age_words(age: Option<u8>) -> String {
    age.map_or_else(|| "not stated".to_owned(), |age| age.to_string())
}

/// Whether children's information is knowingly collected, in the diff's
/// words.
fn knowingly_words(knowingly: Option<bool>) -> &'static str {
    match knowingly {
        Some(true) => "knowingly collected",
        Some(false) => "not knowingly collected",
        None => "not said to be knowingly collected or not",
    }
}

fn signal_words(signal: Signal) -> &'static str {
    match signal {
        Signal::DoNotTrack => "Do Not Track",
        Signal::Gpc => "Global Privacy Control",
    }
}

fn stance_words(stance: Option<Stance>) -> &'static str {
    stance.map_or("not mentioned", |s| s.entry().diff)
}

/// Who sets a tracker, in the diff's words.
fn party_words(party: Party) -> &'static str {
    match party {
        Party::First => "the controller",
        Party::Third => "a third party",
    }
}

/// How long a tracker lasts, in the diff's words.
fn lifetime_words(lifetime: Option<Lifetime>) -> String {
    match lifetime {
        None => "a lifetime not stated".to_owned(),
        Some(Lifetime::Session) => "until the browser or app is closed".to_owned(),
        Some(Lifetime::For { duration }) => duration.to_string(),
    }
}

fn uses_change(name: &str, data: &Named, parts: &[Named], added: bool) -> String {
    let data = named(data);
    match (added, parts.is_empty()) {
        (true, true) => format!("Purpose {name} now uses {data}"),
        (true, false) => format!(
            "Purpose {name} now uses all of {data} (before: only {})",
            all_named(parts)
        ),
        (false, true) => format!("Purpose {name} no longer uses {data}"),
        (false, false) => format!(
            "Purpose {name} no longer uses all of {data}, only {}",
            all_named(parts)
        ),
    }
}

fn transfer_change(
    data: &str,
    to: &str,
    grounds: &str,
    also: bool,
    remains: &Remains,
    added: bool,
) -> String {
    match (added, remains) {
        (true, _) if also => format!("{data} may now be sent to {to} also {grounds}"),
        (true, _) => format!("{data} may now be sent to {to} {grounds}"),
        (false, Remains::Parts(parts)) => format!(
            "Only part of {data} may now be sent to {to} {grounds}: {}",
            all_named(parts)
        ),
        (false, Remains::OtherGrounds) => {
            format!("{data} may no longer be sent to {to} {grounds} (other grounds remain)")
        }
        (false, Remains::Nothing) => {
            format!("{data} may no longer be sent to {to} (before: {grounds})")
        }
    }
}

fn transfer_purposes_change(
    data: &str,
    to: &str,
    purposes: &[Named],
    any: bool,
    added: bool,
) -> String {
    let listed = list(&purposes.iter().map(named).collect::<Vec<_>>(), "and");
    let of = if purposes.len() == 1 {
        "purpose"
    } else {
        "purposes"
    };
    match (added, any) {
        (true, true) => format!("{data} may now be sent to {to} for any purpose"),
        (true, false) => format!("{data} may now also be sent to {to} for the {of} of {listed}"),
        (false, true) => format!("{data} may now be sent to {to} only for the {of} of {listed}"),
        (false, false) => format!("{data} may no longer be sent to {to} for the {of} of {listed}"),
    }
}

fn retention_change(name: &str, old: &[Period], new: &[Period], class: Class) -> String {
    let (before, after) = (periods(old), periods(new));
    if old.is_empty() {
        return format!("Retention of {name} now stated: {after}");
    }
    if new.is_empty() {
        return format!("Retention of {name} no longer stated (before: {before})");
    }
    let verb = match class {
        Class::Expanding => "extended",
        Class::Narrowing => "shortened",
        Class::Editorial => "changed",
    };
    format!("Retention of {name} {verb} from {before} to {after}")
}

/// How long copies remain in backups, in words.
fn backups(backups: Option<Duration>) -> String {
    backups.map_or_else(
        || "no backups period stated".to_owned(),
        |d| format!("for {d}"),
    )
}

/// How alternative periods combine, in words.
fn retention_rule(rule: RetentionRule) -> &'static str {
    rule.entry().diff
}

/// `obligation of the User` or `security measure`.
fn statement(what: StatementOf) -> &'static str {
    match what {
        StatementOf::Obligation => "obligation of the User",
        StatementOf::Security => "security measure",
    }
}

fn statement_change(what: StatementOf, text: &str, added: bool) -> String {
    let article = match what {
        StatementOf::Obligation => "An",
        StatementOf::Security => "A",
    };
    if added {
        format!("New {}: {}", statement(what), quoted(text))
    } else {
        format!(
            "{article} {} was removed: {}",
            statement(what),
            quoted(text)
        )
    }
}

fn notice_change(old: Option<Duration>, new: Option<Duration>, class: Class) -> String {
    match (old, new) {
        (None, Some(d)) => format!("Notice of changes now stated: {d}"),
        (Some(d), None) => format!("Notice of changes no longer stated (before: {d})"),
        (Some(a), Some(b)) => {
            let verb = match class {
                Class::Expanding => "shortened",
                Class::Narrowing => "lengthened",
                Class::Editorial => "restated",
            };
            format!("Notice of changes {verb} from {a} to {b}")
        }
        (None, None) => "Notice of changes not stated".to_owned(),
    }
}

/// The words of an optional value now stated, no longer stated, or
/// changed, given the subject and the values in words.
struct Phrases {
    /// Stated now: the subject and the new value.
    now: fn(&str, &str) -> String,
    /// No longer stated: the subject and the old value.
    dropped: fn(&str, &str) -> String,
    /// Changed: the subject, the old value and the new one.
    changed: fn(&str, &str, &str) -> String,
}

impl Phrases {
    /// The phrase for a move from `old` to `new`.
    fn say(&self, name: &str, old: Option<String>, new: Option<String>) -> String {
        match (old.as_deref(), new.as_deref()) {
            (Some(old), Some(new)) => (self.changed)(name, old, new),
            (Some(old), None) => (self.dropped)(name, old),
            (None, Some(new)) => (self.now)(name, new),
            // A change has at least one side; were it ever without one, the
            // missing value shows as such instead of a made-up one.
            (None, None) => (self.now)(name, "{new}"),
        }
    }
}

/// An optional text in words.
fn opt(text: &Option<String>, words: fn(&str) -> String) -> Option<String> {
    text.as_deref().map(words)
}

const TEXT: Phrases = Phrases {
    now: |name, new| format!("{name} now stated: {new}"),
    dropped: |name, old| format!("{name} no longer stated (before: {old})"),
    changed: |name, old, new| format!("{name} changed from {old} to {new}"),
};

const SPECIAL: Phrases = Phrases {
    now: |name, new| format!("{name} is now special-category data: {new}"),
    dropped: |name, old| format!("{name} is no longer special-category data (before: {old})"),
    changed: |name, old, new| {
        format!("{name} is now special-category data of another kind: {new} (before: {old})")
    },
};

const SENSITIVE: Phrases = Phrases {
    now: |name, new| format!("{name} is now sensitive personal information: {new}"),
    dropped: |name, old| {
        format!("{name} is no longer sensitive personal information (before: {old})")
    },
    changed: |name, old, new| {
        format!(
            "{name} is now sensitive personal information of another kind: {new} (before: {old})"
        )
    },
};

const COUNTRY: Phrases = Phrases {
    now: |name, new| format!("Recipient {name} is now abroad, in {new}"),
    dropped: |name, old| format!("Recipient {name} is no longer abroad (before: in {old})"),
    changed: |name, old, new| format!("Recipient {name} is now in {new} (before: in {old})"),
};

const SAFEGUARD: Phrases = Phrases {
    now: |name, new| format!("Transfers to {name} are now protected by {new}"),
    dropped: |name, old| format!("Transfers to {name} are no longer protected by {old}"),
    changed: |name, old, new| {
        format!("The safeguard for transfers to {name} changed from {old} to {new}")
    },
};

const ROLE: Phrases = Phrases {
    now: |name, new| format!("Recipient {name} is now {new}"),
    dropped: |name, old| format!("Recipient {name} is no longer said to be {old}"),
    changed: |name, old, new| format!("Recipient {name} is now {new} (before: {old})"),
};

const MECHANISM: Phrases = Phrases {
    now: |name, new| format!("Transfers to {name} now rest on {new}"),
    dropped: |name, old| format!("Transfers to {name} no longer rest on {old}"),
    changed: |name, old, new| format!("Transfers to {name} now rest on {new} (before: {old})"),
};

/// A transfer mechanism in the diff's words, a derogation with its case:
/// `a derogation (explicit consent)`.
fn mechanism_words(mechanism: crate::model::Mechanism) -> String {
    let kind = mechanism.kind().entry().diff;
    match mechanism.case() {
        Some(case) => format!("{kind} ({})", case.entry().diff),
        None => kind.to_owned(),
    }
}

const DEADLINE: Phrases = Phrases {
    now: |name, new| format!("{name}: requests are now answered within {new}"),
    dropped: |name, old| {
        format!("{name}: requests no longer have a time limit (before: within {old})")
    },
    changed: |name, old, new| {
        format!("{name}: requests are now answered within {new} (before: within {old})")
    },
};

const EXTENSION: Phrases = Phrases {
    now: |name, new| format!("{name}: the answer time may now be extended by {new}"),
    dropped: |name, old| {
        format!("{name}: the answer time may no longer be extended (before: by {old})")
    },
    changed: |name, old, new| {
        format!("{name}: the answer time may now be extended by {new} (before: by {old})")
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    fn some(text: &str) -> Option<String> {
        Some(text.to_owned())
    }

    #[test]
    fn phrases_fill_in_each_move() {
        let name = "\"Host\"";
        assert_eq!(
            COUNTRY.say(name, None, some("\"US\"")),
            "Recipient \"Host\" is now abroad, in \"US\""
        );
        assert_eq!(
            SAFEGUARD.say(name, some("\"SCC\""), None),
            "Transfers to \"Host\" are no longer protected by \"SCC\""
        );
        assert_eq!(
            DEADLINE.say("Access", some("30 days"), some("1 month")),
            "Access: requests are now answered within 1 month (before: within 30 days)"
        );
        assert_eq!(
            EXTENSION.say("Access", None, some("2 months")),
            "Access: the answer time may now be extended by 2 months"
        );
        assert_eq!(
            TEXT.say("The title", some("\"A\""), some("\"B\"")),
            "The title changed from \"A\" to \"B\""
        );
    }

    #[test]
    fn a_long_reworded_text_shows_where_it_differs() {
        let start = "We collect the personal data that you give us when you create an account. ";
        let old = format!("{start}We keep it for two years after you close the account.");
        let new = format!("{start}We keep it for five years after you close the account.");
        let (old, new) = reworded(&old, &new);
        assert_eq!(
            old,
            "\"…We keep it for two years after you close the account.\""
        );
        assert_eq!(
            new,
            "\"…We keep it for five years after you close the account.\""
        );
    }

    #[test]
    fn a_window_cut_at_both_ends_says_so() {
        let filler = "word ".repeat(40);
        let old = format!("{filler}old {filler}");
        let new = format!("{filler}new {filler}");
        let (old, new) = reworded(&old, &new);
        assert!(old.starts_with("\"…word word word word old word"), "{old}");
        assert!(new.starts_with("\"…word word word word new word"), "{new}");
        assert!(old.ends_with("…\"") && new.ends_with("…\""), "{old} {new}");
        assert!(old.chars().count() <= SHORT_LIMIT + 2, "{old}");
    }

    #[test]
    fn short_reworded_texts_are_shown_whole() {
        assert_eq!(
            reworded("Not for children.", "Not for children under 16."),
            (
                "\"Not for children.\"".to_owned(),
                "\"Not for children under 16.\"".to_owned()
            )
        );
    }

    #[test]
    fn a_value_that_spells_a_placeholder_stays_as_it_is() {
        assert_eq!(
            TEXT.say("The title", some("{new}"), some("{old} {x")),
            "The title changed from {new} to {old} {x"
        );
    }
}
