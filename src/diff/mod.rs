//! Versions and diffs: what changed between two
//! editions of a policy, and how much it matters to the people whose data
//! it is.
//!
//! [`diff`] compares two [`Policy`] models, not two texts. Each [`Change`]
//! has a [`Class`]: *expanding* (more data, more purposes, more recipients,
//! longer retention, fewer rights: users must be told, a major version),
//! *narrowing* (the opposite: a minor version) or *editorial* (wording only:
//! a patch). The diff is symmetric: `diff(a, b)` and `diff(b, a)` list the
//! same changes with expanding and narrowing swapped, because every class is
//! decided by comparing the two sides on one scale.
//!
//! [`history`] keeps the released editions and [`redline`] marks the
//! sentences of the rendered text that changed. `report::diff` prints a
//! diff for people and tools, and `report::changelog` every edition.

mod compare;
mod coverage;
pub mod detail;
pub mod history;
pub mod kind;
pub mod ledger;
pub mod problem;
mod rationale;
pub mod redline;
pub mod verify;
pub(crate) mod words;

use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::{Date, Duration, Policy};
use crate::span::Span;
pub use detail::Detail;
pub use kind::ChangeKind;
pub use rationale::{explains_some, rationale};

/// How much a change matters to users. Ordered from the weakest to the
/// strongest, so the strongest class of a diff is its maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Wording only: labels, descriptions, clause text. Needs a patch.
    Editorial,
    /// Less processing or more protection: something removed, shorter
    /// retention, a right added. Needs a minor version.
    Narrowing,
    /// More processing or less protection: new data, purposes, recipients
    /// or grounds, longer retention, a right removed. Needs a major version,
    /// and users must be told.
    Expanding,
}

impl Class {
    /// Every class, strongest first, the order reports list them in.
    pub const STRONGEST_FIRST: [Class; 3] = [Class::Expanding, Class::Narrowing, Class::Editorial];

    /// The class of the same change seen the other way round.
    pub fn mirror(self) -> Class {
        match self {
            Class::Expanding => Class::Narrowing,
            Class::Narrowing => Class::Expanding,
            Class::Editorial => Class::Editorial,
        }
    }

    /// The version bump a change of this class needs.
    pub fn bump(self) -> Bump {
        match self {
            Class::Expanding => Bump::Major,
            Class::Narrowing => Bump::Minor,
            Class::Editorial => Bump::Patch,
        }
    }

    /// The name, in lowercase (`expanding`).
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Expanding => "expanding",
            Class::Narrowing => "narrowing",
            Class::Editorial => "editorial",
        }
    }

    /// The name with a capital (`Expanding`).
    pub fn title(self) -> &'static str {
        match self {
            Class::Expanding => "Expanding",
            Class::Narrowing => "Narrowing",
            Class::Editorial => "Editorial",
        }
    }

    /// What the class means, in a few words.
    pub fn meaning(self) -> &'static str {
        match self {
            Class::Expanding => "more processing of users' data or less protection",
            Class::Narrowing => "less processing of users' data or more protection",
            Class::Editorial => "wording only",
        }
    }
}

/// How reports group changes: by class, with the editorial changes in free
/// text apart, since no one has checked what their words now say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// Changes of a class whose meaning the comparison checked.
    Checked(Class),
    /// Free text that changed ([`ChangeKind::is_free_text`]): counted as
    /// editorial, to be read by a person.
    MeaningNotChecked,
}

impl Group {
    /// Every group, in the order reports list them: what matters most,
    /// then what a person must read, then wording only.
    pub const ORDER: [Group; 4] = [
        Group::Checked(Class::Expanding),
        Group::Checked(Class::Narrowing),
        Group::MeaningNotChecked,
        Group::Checked(Class::Editorial),
    ];

    /// The group of a change.
    pub fn of(change: &Change) -> Group {
        if change.kind.is_free_text() {
            Group::MeaningNotChecked
        } else {
            Group::Checked(change.class())
        }
    }

    /// The class every change of the group has.
    pub fn class(self) -> Class {
        match self {
            Group::Checked(class) => class,
            Group::MeaningNotChecked => Class::Editorial,
        }
    }

    /// The name, lower case (`meaning not checked`).
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Checked(class) => class.as_str(),
            Group::MeaningNotChecked => "meaning not checked",
        }
    }

    /// The name with a capital.
    pub fn title(self) -> &'static str {
        match self {
            Group::Checked(class) => class.title(),
            Group::MeaningNotChecked => "Meaning not checked",
        }
    }

    /// What the group means, in a few words.
    pub fn meaning(self) -> &'static str {
        match self {
            Group::Checked(class) => class.meaning(),
            Group::MeaningNotChecked => {
                "free text reworded, added or removed; policyc does not check what it says, so read each one"
            }
        }
    }
}

/// A semantic-version bump, ordered from none to major.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// The version was not raised (or was lowered).
    None,
    /// The patch number was raised.
    Patch,
    /// The minor number was raised.
    Minor,
    /// The major number was raised.
    Major,
}

impl Bump {
    /// The bump from `old` to `new`: the first of major, minor, patch that
    /// was raised with the ones before it unchanged; none when `new` is not
    /// above `old`.
    pub fn between(old: &semver::Version, new: &semver::Version) -> Bump {
        if new <= old {
            Bump::None
        } else if new.major > old.major {
            Bump::Major
        } else if new.major == old.major && new.minor > old.minor {
            Bump::Minor
        } else if new.major == old.major && new.minor == old.minor && new.patch > old.patch {
            Bump::Patch
        } else {
            // Above `old` only by its pre-release or build: no number raised.
            Bump::None
        }
    }

    /// The smallest version above `old` with this bump.
    pub fn apply(self, old: &semver::Version) -> semver::Version {
        match self {
            Bump::None => old.clone(),
            Bump::Patch => semver::Version::new(old.major, old.minor, old.patch.saturating_add(1)),
            Bump::Minor => semver::Version::new(old.major, old.minor.saturating_add(1), 0),
            Bump::Major => semver::Version::new(old.major.saturating_add(1), 0, 0),
        }
    }

    /// The name, in lowercase (`major`).
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// The part of the policy a change is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// The policy header (title, controller, contact…).
    Header,
    /// A data category.
    Data,
    /// A purpose: its data, its basis.
    Purpose,
    /// A recipient.
    Recipient,
    /// Which data may go to a recipient, on which grounds.
    Transfer,
    /// How long a data category is kept.
    Retention,
    /// A right of the user.
    Right,
    /// An obligation of the user.
    Obligation,
    /// A security measure.
    Security,
    /// How the policy changes.
    Changes,
    /// A free clause.
    Clause,
    /// The source as a whole, restated without a change of meaning.
    Policy,
    /// A cookie or similar technology.
    Tracker,
    /// The stance on children.
    Children,
    /// An automated decision.
    Decision,
    /// A typed commitment.
    Commitment,
    /// Data sets combined (`combine`), by the categories combined.
    Combination,
    /// A `section` declaration, by its id.
    Section,
}

impl Area {
    /// The name, in lowercase.
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Header => "header",
            Area::Data => "data",
            Area::Purpose => "purpose",
            Area::Recipient => "recipient",
            Area::Transfer => "transfer",
            Area::Retention => "retention",
            Area::Right => "right",
            Area::Obligation => "obligation",
            Area::Security => "security",
            Area::Changes => "changes",
            Area::Clause => "clause",
            Area::Policy => "policy",
            Area::Tracker => "tracker",
            Area::Children => "children",
            Area::Decision => "decision",
            Area::Commitment => "commitment",
            Area::Combination => "combination",
            Area::Section => "section",
        }
    }
}

/// Whether something was added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// It is in the new edition only.
    Added,
    /// It is in the old edition only.
    Removed,
    /// It is in both, differently.
    Changed,
}

impl Action {
    /// The action of the same change seen the other way round.
    pub fn mirror(self) -> Action {
        match self {
            Action::Added => Action::Removed,
            Action::Removed => Action::Added,
            Action::Changed => Action::Changed,
        }
    }
}

/// One change between two editions: its kind, where it is, and the values
/// it compares. Its words are made when a report is written
/// ([`Change::explanation`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What kind of change it is; its class follows from it.
    pub kind: ChangeKind,
    /// Where in the policy.
    pub area: Area,
    /// What changed: the id of the data category, purpose, recipient,
    /// obligation, measure or clause; the right's kind; the header fact or
    /// the setting of `changes`.
    pub subject: String,
    /// Which property of the subject, when the subject itself was not
    /// added or removed (`label`, `uses`, `basis`…); for a transfer, the
    /// data category.
    pub aspect: Option<String>,
    /// Added, removed or changed.
    pub action: Action,
    /// The values compared, for the words.
    pub detail: Detail,
}

impl Change {
    /// How much it matters: its kind's class.
    pub fn class(&self) -> Class {
        self.kind.class()
    }

    /// One line in plain words, using the labels readers know.
    pub fn explanation(&self) -> String {
        words::explain(self)
    }
}

/// The changes between two editions, in a stable order: by area, then as
/// the new edition declares things, then what the old one had.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// The changes.
    pub changes: Vec<Change>,
}

impl Diff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The strongest class of any change, if there is one.
    pub fn class(&self) -> Option<Class> {
        self.changes.iter().map(Change::class).max()
    }

    /// The version bump the changes need: none when nothing changed.
    pub fn required_bump(&self) -> Bump {
        self.class().map_or(Bump::None, Class::bump)
    }

    /// The changes of one class, in order.
    pub fn of_class(&self, class: Class) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.class() == class)
    }

    /// How many changes have this class.
    pub fn count(&self, class: Class) -> usize {
        self.of_class(class).count()
    }
}

/// Compares two editions of a policy. The header's version and effective
/// date, and test blocks, are not part of the comparison: they describe the
/// edition, not what it says.
pub fn diff(old: &Policy, new: &Policy) -> Diff {
    compare::diff(old, new)
}

/// Whether the law an edition answers to grants every right the
/// language names: GDPR and UK GDPR do (Art. 7(3), 15 to 18, 20, 21, 77),
/// so stating one of them informs the reader of it but grants nothing new
/// (issue 18: "a right the regime always granted is 'now explained', not
/// 'new'"). The one decision behind both the notice ("The policy now
/// explains your right of access", among what is only explained better)
/// and the reviewer's words in the diff and `CHANGELOG.md`: the diff
/// records it in [`Detail::Right`].
pub fn granted_by_law(policy: &Policy) -> bool {
    policy
        .header
        .regimes
        .iter()
        .flatten()
        .any(|r| matches!(r, crate::model::Regime::Gdpr | crate::model::Regime::UkGdpr))
}

/// What a diff means for the new edition's version and effective date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The bump the changes need.
    pub required_bump: Bump,
    /// The bump from the old version to the new one.
    pub actual_bump: Bump,
    /// The notice period the editions promise (the longer of the two), if any.
    #[serde(serialize_with = "serialize_duration")]
    pub notice: Option<Duration>,
    /// Days from the old edition's effective date to the new one's.
    pub days_between: i64,
    /// The earliest date the new edition may take effect, when the changes
    /// expand the policy, a notice period is promised and the new edition
    /// takes effect before it has passed.
    pub earliest_effective: Option<Date>,
}

fn serialize_duration<S: serde::Serializer>(
    duration: &Option<Duration>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match duration {
        Some(d) => serializer.collect_str(d),
        None => serializer.serialize_none(),
    }
}

impl Assessment {
    /// Whether the new version is raised enough for its changes.
    pub fn bump_ok(&self) -> bool {
        self.actual_bump >= self.required_bump
    }

    /// Whether the new edition respects the promised notice period.
    pub fn notice_ok(&self) -> bool {
        self.earliest_effective.is_none()
    }

    /// Whether the new edition may be released as it is.
    pub fn ok(&self) -> bool {
        self.bump_ok() && self.notice_ok()
    }
}

/// Checks the new edition's version and effective date against the
/// changes: the version must be raised at least as much as the strongest
/// change needs, and an expanding edition may take effect only once the
/// promised notice period has passed since the previous edition took
/// effect.
pub fn assess(old: &Policy, new: &Policy, diff: &Diff) -> Assessment {
    let notice = [old, new]
        .iter()
        .filter_map(|p| p.changes.as_ref().and_then(|c| c.notice))
        .max_by_key(|d| d.approx_days());
    let days_between = days(new.header.effective) - days(old.header.effective);
    let earliest_effective = notice
        .filter(|_| diff.class() == Some(Class::Expanding))
        .map(|notice| notice_end(old.header.effective, notice))
        .filter(|earliest| new.header.effective < *earliest);
    Assessment {
        required_bump: diff.required_bump(),
        actual_bump: Bump::between(&old.header.version, &new.header.version),
        notice,
        days_between,
        earliest_effective,
    }
}

/// The day `notice` after `date` in calendar units, as the runtime counts
/// retention: a month is a calendar month (31 January and one month is the
/// last day of February), a year a calendar year, so a promise of "one
/// month" means what a reader of the policy understands by it.
pub fn notice_end(date: Date, notice: Duration) -> Date {
    let start = policy_runtime::Date::from_days(days(date));
    let end = policy_runtime::period_end(start, notice.amount, notice.unit);
    date_after(date, end.to_days() - start.to_days())
}

/// The last day an edition that takes effect on `effective` may be
/// published and still give readers `notice` before it does: the latest
/// day from which `notice`, counted in calendar units as for E0504, ends
/// on `effective` or earlier (W0456).
pub fn latest_publication(effective: Date, notice: Duration) -> Date {
    let approx = i64::try_from(notice.approx_days()).unwrap_or(i64::MAX);
    // A calendar month or year is at most 31 or 366 days: start a month
    // before the approximate day and walk forward.
    let mut day = date_after(effective, -(approx.min(10_000_000).saturating_add(31)));
    for _ in 0..64 {
        let next = date_after(day, 1);
        if notice_end(next, notice) > effective {
            break;
        }
        day = next;
    }
    day
}

/// Where the new edition's `version` and `effective` are written, for the
/// diagnostics of [`problems`]; empty spans where there is no source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeaderSpans {
    /// The `version` property.
    pub version: Span,
    /// The `effective` property.
    pub effective: Span,
    /// The `published` property when it gives a date, else `effective`.
    pub published: Span,
}

/// Why the new edition cannot be released as it is, as diagnostics: E0502
/// when its version is not raised enough for its changes, E0504 when it
/// expands the policy before the promised notice period has passed. Both
/// `policyc build` and `policyc diff --require-bump` report these; `see`
/// ends E0502's help with where to see every change.
pub fn problems(
    old: &Policy,
    new: &Policy,
    diff: &Diff,
    at: HeaderSpans,
    see: Option<&str>,
) -> Vec<Diagnostic> {
    let assessment = assess(old, new, diff);
    let mut found = Vec::new();
    if !assessment.bump_ok() {
        found.push(bump_too_small(old, new, diff, &assessment, at.version, see));
    }
    if let (Some(earliest), Some(notice)) = (assessment.earliest_effective, assessment.notice) {
        let (old_version, new_version) = (&old.header.version, &new.header.version);
        let distance = distance(assessment.days_between, old_version, old.header.effective);
        found.push(
            Diagnostic::new(
                Code::NoticeTooShort,
                at.effective,
                format!(
                    "{new_version} expands the policy but takes effect {distance}, less than the promised notice of {notice}"
                ),
            )
            .label(format!("take effect on {earliest} or later"))
            .help(format!(
                "users are promised {notice} of notice before a change takes effect (`changes {{ notice … }}`), so {new_version} may take effect on {} at the earliest",
                earliest.long()
            )),
        );
    }
    found
}

/// E0502, naming the changes that need the bump.
fn bump_too_small(
    old: &Policy,
    new: &Policy,
    diff: &Diff,
    assessment: &Assessment,
    at: Span,
    see: Option<&str>,
) -> Diagnostic {
    let (old, new) = (&old.header.version, &new.header.version);
    let required = assessment.required_bump;
    let done = match assessment.actual_bump {
        Bump::None if new == old => format!("the version stayed {new}"),
        Bump::None if new < old => format!("{new} is lower than {old}"),
        Bump::None => format!("{new} raises no version number over {old}"),
        bump => format!("{new} is only a {} bump", bump.as_str()),
    };
    let next = required.apply(old);
    let see = see.map_or_else(String::new, |see| format!("; {see}"));
    Diagnostic::new(
        Code::BumpTooSmall,
        at,
        format!(
            "the changes since {old} need a {} version bump, but {done}",
            required.as_str()
        ),
    )
    .label(format!("raise this to {next} or later"))
    .help(format!(
        "a {} bump gives {next}; {}{see}",
        required.as_str(),
        strongest(diff, 5)
    ))
}

/// The changes of the strongest class, counted, the first `shown` of them
/// in words: `2 expanding changes: …; …`.
pub fn strongest(diff: &Diff, shown: usize) -> String {
    let Some(class) = diff.class() else {
        return "no changes".to_owned();
    };
    let all: Vec<String> = diff.of_class(class).map(Change::explanation).collect();
    format!(
        "{} {} change{}: {}",
        all.len(),
        class.as_str(),
        if all.len() == 1 { "" } else { "s" },
        first(&all, shown)
    )
}

/// The first `shown` items, then how many more: `a; b; and 3 more`.
pub(crate) fn first(items: &[String], shown: usize) -> String {
    let (listed, rest) = items.split_at(items.len().min(shown));
    let more = if rest.is_empty() {
        String::new()
    } else {
        format!("; and {} more", rest.len())
    };
    format!("{}{more}", listed.join("; "))
}

fn distance(days_between: i64, old_version: &semver::Version, old_effective: Date) -> String {
    let when = old_effective.long();
    match days_between {
        0 => format!("the same day as {old_version} ({when})"),
        1 => format!("only 1 day after {old_version} took effect ({when})"),
        d if d > 0 => format!("only {d} days after {old_version} took effect ({when})"),
        d => format!("{} days before {old_version} took effect ({when})", -d),
    }
}

/// Days since 1970-01-01 (the proleptic Gregorian calendar).
pub fn days(date: Date) -> i64 {
    let (y, m, d) = (
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `n` days after `date`, within the years a [`Date`] holds: the
/// last day of year 65535 when it would be later, the first of year 0
/// when it would be earlier.
pub fn date_after(date: Date, n: i64) -> Date {
    let z = days(date) + n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let (first, last) = (
        Date {
            year: 0,
            month: 1,
            day: 1,
        },
        Date {
            year: u16::MAX,
            month: 12,
            day: 31,
        },
    );
    // The month (1 to 12) and the day (1 to 31) always fit; the year may not.
    match (u16::try_from(y), u8::try_from(m), u8::try_from(d)) {
        (Ok(year), Ok(month), Ok(day)) => Date::new(year, month, day).unwrap_or(last),
        _ if y < 0 => first,
        _ => last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeUnit;

    fn v(text: &str) -> semver::Version {
        semver::Version::parse(text).unwrap_or_else(|_| semver::Version::new(0, 0, 0))
    }

    /// The last day to publish and still give the notice: counted back
    /// from the effective date in calendar units, as E0504 counts forward.
    #[test]
    fn the_latest_publication_gives_the_whole_notice() {
        let days = Duration {
            amount: 30,
            unit: TimeUnit::Day,
        };
        assert_eq!(
            Date::new(2026, 12, 1).map(|e| latest_publication(e, days)),
            Date::new(2026, 11, 1)
        );
        let month = Duration {
            amount: 1,
            unit: TimeUnit::Month,
        };
        // From 28 February one month ends on 28 March; from 1 March, on 1
        // April, after 31 March.
        assert_eq!(
            Date::new(2026, 3, 31).map(|e| latest_publication(e, month)),
            Date::new(2026, 2, 28)
        );
        for (effective, notice) in [
            (Date::new(2026, 3, 31), month),
            (Date::new(2027, 2, 15), days),
        ] {
            assert!(effective.is_some_and(|effective| {
                let latest = latest_publication(effective, notice);
                notice_end(latest, notice) <= effective
                    && notice_end(date_after(latest, 1), notice) > effective
            }));
        }
    }

    #[test]
    fn bumps_between_versions() {
        assert_eq!(Bump::between(&v("1.0.0"), &v("2.0.0")), Bump::Major);
        assert_eq!(Bump::between(&v("1.0.0"), &v("1.1.0")), Bump::Minor);
        assert_eq!(Bump::between(&v("1.0.0"), &v("1.0.1")), Bump::Patch);
        assert_eq!(Bump::between(&v("1.2.3"), &v("1.2.3")), Bump::None);
        assert_eq!(Bump::between(&v("2.0.0"), &v("1.9.9")), Bump::None);
        assert_eq!(Bump::between(&v("2.0.0-rc.1"), &v("2.0.0")), Bump::None);
        assert_eq!(Bump::Major.apply(&v("1.4.2")), v("2.0.0"));
        assert_eq!(Bump::Minor.apply(&v("1.4.2")), v("1.5.0"));
        assert_eq!(Bump::Patch.apply(&v("1.4.2")), v("1.4.3"));
    }

    /// A notice in months or years is counted in calendar units, as a reader
    /// counts it: one month from 31 January ends on the last day of
    /// February (not 30 days later, on 2 March), and one year from a
    /// 29 February on 28 February.
    #[test]
    fn a_notice_is_counted_in_calendar_months_and_years() {
        let month = Duration {
            amount: 1,
            unit: TimeUnit::Month,
        };
        let year = Duration {
            amount: 1,
            unit: TimeUnit::Year,
        };
        let day = |year, month, day| Date { year, month, day };
        assert_eq!(notice_end(day(2027, 1, 31), month), day(2027, 2, 28));
        assert_eq!(notice_end(day(2028, 1, 31), month), day(2028, 2, 29));
        assert_eq!(notice_end(day(2028, 2, 29), year), day(2029, 2, 28));
        assert_eq!(notice_end(day(2027, 3, 15), month), day(2027, 4, 15));
    }

    #[expect(clippy::panic, reason = "a test: its fixture must check")]
    fn fixture(kind: &str, side: &str) -> Policy {
        let path = format!(
            "{}/tests/fixtures/diff/{kind}/{side}.policy",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap_or_default();
        crate::check_source(&text)
            .policy
            .unwrap_or_else(|| panic!("{kind}/{side} checks"))
    }

    #[test]
    #[expect(
        clippy::indexing_slicing,
        reason = "a test: the assertion before it shows there are two"
    )]
    fn an_early_expansion_without_its_bump_is_e0502_and_e0504_at_their_lines() {
        let old = fixture("retention_extended", "old");
        let mut new = fixture("retention_extended", "new");
        new.header.version = v("1.1.0");
        new.header.effective = Date::new(2026, 1, 15).unwrap_or(new.header.effective);
        let diff = diff(&old, &new);
        let at = HeaderSpans {
            version: Span::new(1, 2),
            effective: Span::new(3, 4),
            published: Span::new(3, 4),
        };
        let found = problems(&old, &new, &diff, at, Some("see it"));
        let codes: Vec<(Code, Span)> = found.iter().map(|d| (d.code, d.span)).collect();
        assert_eq!(
            codes,
            [
                (Code::BumpTooSmall, at.version),
                (Code::NoticeTooShort, at.effective)
            ]
        );
        assert!(found.iter().all(Diagnostic::is_error));
        assert!(
            found[0]
                .help
                .as_deref()
                .is_some_and(|h| h.ends_with("; see it")),
            "{:?}",
            found[0].help
        );
        // With the right version and date, nothing stops the edition.
        new.header.version = v("2.0.0");
        new.header.effective = Date::new(2026, 3, 1).unwrap_or(new.header.effective);
        assert!(problems(&old, &new, &diff, at, None).is_empty());
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let start = Date::new(2026, 6, 1);
        assert_eq!(start.map(days), Some(20_605));
        assert_eq!(
            start.map(|d| date_after(d, 30).to_string()).as_deref(),
            Some("2026-07-01")
        );
        assert_eq!(
            Date::new(2024, 2, 28)
                .map(|d| date_after(d, 1).to_string())
                .as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            Date::new(2026, 12, 1)
                .map(|d| date_after(d, 365).to_string())
                .as_deref(),
            Some("2027-12-01")
        );
        assert_eq!(
            start
                .map(|d| date_after(d, 100_000_000).to_string())
                .as_deref(),
            Some("65535-12-31")
        );
    }
}
