//! Retention deadlines: the date by which data must be erased, computed
//! from the table's retention periods and the dates of a record's events.

use std::fmt;

use crate::date::Date;
use crate::rules::{DataId, PurposeId, Rules};
use crate::table::{Backups, RetentionEnd, RetentionPeriod, RetentionRule, TimeUnit};

/// An event a retention period counts from or lasts until. The four named
/// events of the language have their words in the table (`from
/// last_use` is written `the last use`); any other is the policy's own
/// words, matched exactly.
///
/// ```
/// use policy_runtime::Event;
///
/// assert_eq!(Event::of_words("the last use"), Event::LastUse);
/// assert_eq!(Event::LastUse.words(), "the last use");
/// assert_eq!(Event::of_words("the trial ends"), Event::Custom("the trial ends"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event<'a> {
    /// When the data is collected (`collection`).
    Collection,
    /// The last use of the data (`last_use`).
    LastUse,
    /// The closure of the user's account (`account_closure`).
    AccountClosure,
    /// The end of the contract with the user (`end_of_contract`).
    EndOfContract,
    /// An event the policy states in its own words.
    Custom(&'a str),
}

impl<'a> Event<'a> {
    /// The named events, with the words the table gives each; the
    /// compiler's vocabulary writes the same (a test of `policyc` checks).
    pub const NAMED: [(Event<'static>, &'static str); 4] = [
        (Event::Collection, "collection"),
        (Event::LastUse, "the last use"),
        (Event::AccountClosure, "the closure of the account"),
        (Event::EndOfContract, "the end of the contract"),
    ];

    /// The event the table's `words` name.
    #[must_use]
    pub fn of_words(words: &'a str) -> Self {
        Self::NAMED
            .iter()
            .find(|(_, w)| *w == words)
            .map_or(Event::Custom(words), |(e, _)| *e)
    }

    /// The words the table gives the event.
    #[must_use]
    pub fn words(self) -> &'a str {
        match self {
            Self::Custom(words) => words,
            named => Self::NAMED
                .iter()
                .find(|(e, _)| *e == named)
                .map_or("", |(_, w)| w),
        }
    }
}

/// The dates of a record's events that have happened.
///
/// A slice or an array of `(Event, Date)` is one:
///
/// ```
/// use policy_runtime::{Date, Event, EventDates};
///
/// let collected: Date = "2026-03-31".parse()?;
/// let record = [(Event::Collection, collected)];
/// assert_eq!(record.date_of(Event::Collection), Some(collected));
/// assert_eq!(record.date_of(Event::LastUse), None);
/// # Ok::<(), policy_runtime::DateError>(())
/// ```
pub trait EventDates {
    /// When `event` happened; `None` if it has not (yet), or is not known.
    fn date_of(&self, event: Event<'_>) -> Option<Date>;
}

impl EventDates for [(Event<'_>, Date)] {
    fn date_of(&self, event: Event<'_>) -> Option<Date> {
        self.iter().find(|(e, _)| *e == event).map(|(_, d)| *d)
    }
}

impl<const N: usize> EventDates for [(Event<'_>, Date); N] {
    fn date_of(&self, event: Event<'_>) -> Option<Date> {
        self.as_slice().date_of(event)
    }
}

impl<T: EventDates + ?Sized> EventDates for &T {
    fn date_of(&self, event: Event<'_>) -> Option<Date> {
        (**self).date_of(event)
    }
}

/// When data must be erased, by [`Rules::deadline`].
///
/// Alternatives (`retain x for 1 year from collection or until "…",
/// whichever comes first`) combine by the table's [`RetentionRule`]:
/// under `last` (and in a table that states no rule) the data may be kept
/// while any period runs, so the deadline is the **latest** end, and a
/// period waiting on an event makes it [`Pending`](Self::Pending); under
/// `first` the deadline is the **earliest** end known, since an event still
/// to come can only bring it forward, and it is `Pending` only when no end
/// is known. `as_required_by_law` cannot be dated from the table: it makes
/// the deadline a [`LegalHold`](Self::LegalHold). Neither can criteria in
/// the policy's words (`criteria "…"`): they make it
/// [`Criteria`](Self::Criteria), never a date, unless they are capped
/// (`criteria "…" at_most 90 days from collection`): then the cap's end,
/// once its event is known, is [`AtMost`](Self::AtMost), a latest date the
/// criteria may bring forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Deadline<'a> {
    /// Erase on this date (the end of the last period).
    On {
        /// The date.
        date: Date,
    },
    /// A period waits on an event that has not happened or is not known:
    /// no date yet.
    Pending {
        /// The event's words in the table.
        event: &'a str,
    },
    /// Kept as long as the law requires, which the table cannot date; the
    /// policy's other periods end on `after`, if there are any.
    LegalHold {
        /// The end of the other periods.
        after: Option<Date>,
    },
    /// Kept for a period determined by criteria in the policy's words
    /// (`criteria "…"`), which the runtime cannot compute: a person
    /// applies them to the record. Never a date.
    Criteria {
        /// The criteria, as the table states them.
        criteria: &'a str,
    },
    /// Kept for a period determined by criteria (as
    /// [`Criteria`](Self::Criteria)), and no longer than a cap (`at_most
    /// 90 days from collection`): erase on `date` **at the latest**; the
    /// criteria, which a person applies, may end the period before.
    AtMost {
        /// The cap's end: the latest date.
        date: Date,
        /// The criteria, as the table states them.
        criteria: &'a str,
    },
    /// The policy declares no retention for the data (and purpose).
    NoneDeclared,
    /// The data category (or purpose) is not in the table.
    Unknown,
}

impl fmt::Display for Deadline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::On { date } => write!(f, "erase on {date}"),
            Self::Pending { event } => write!(f, "no date until {event}"),
            Self::LegalHold { after: Some(after) } => {
                write!(
                    f,
                    "kept as the law requires; the policy's periods end on {after}"
                )
            }
            Self::LegalHold { after: None } => f.write_str("kept as the law requires"),
            Self::Criteria { criteria } => {
                write!(
                    f,
                    "no date: kept for a period determined by the criteria: {criteria}"
                )
            }
            Self::AtMost { date, criteria } => {
                write!(
                    f,
                    "erase on {date} at the latest, or before as the criteria determine: {criteria}"
                )
            }
            Self::NoneDeclared => f.write_str("no retention declared"),
            Self::Unknown => f.write_str("not in the table"),
        }
    }
}

/// The end of `amount` `unit`s from `start`, in calendar units.
#[must_use]
pub fn period_end(start: Date, amount: u32, unit: TimeUnit) -> Date {
    let amount = i64::from(amount);
    match unit {
        TimeUnit::Day => start.add_days(amount),
        TimeUnit::Week => start.add_days(amount.saturating_mul(7)),
        TimeUnit::Month => start.add_months(amount),
        TimeUnit::Year => start.add_years(amount),
    }
}

/// The deadline of `periods` for a record with `events`, the periods
/// combined as in a table without a rule (whichever comes last).
#[must_use]
pub fn deadline_of<'a>(periods: &'a [RetentionPeriod], events: &impl EventDates) -> Deadline<'a> {
    deadline_under(periods, None, events)
}

/// The deadline of `periods` combined by `rule` (`None`: as `last`) for a
/// record with `events`.
///
/// ```
/// use policy_runtime::{Date, Deadline, Event, RetentionPeriod, RetentionRule, TimeUnit, deadline_under};
///
/// let periods = [
///     RetentionPeriod::For { amount: 1, unit: TimeUnit::Year, from: "collection".into() },
///     RetentionPeriod::Until { event: "the closure of the account".into() },
/// ];
/// let collected: Date = "2027-03-01".parse()?;
/// let closed: Date = "2027-05-10".parse()?;
/// let open = [(Event::Collection, collected)];
/// let first = Some(RetentionRule::First);
/// assert_eq!(deadline_under(&periods, first, &open), Deadline::On { date: "2028-03-01".parse()? });
/// let both = [(Event::Collection, collected), (Event::AccountClosure, closed)];
/// assert_eq!(deadline_under(&periods, first, &both), Deadline::On { date: closed });
/// assert_eq!(deadline_under(&periods, Some(RetentionRule::Last), &both), Deadline::On { date: "2028-03-01".parse()? });
/// # Ok::<(), policy_runtime::DateError>(())
/// ```
#[must_use]
pub fn deadline_under<'a>(
    periods: &'a [RetentionPeriod],
    rule: Option<RetentionRule>,
    events: &impl EventDates,
) -> Deadline<'a> {
    // Criteria the runtime cannot apply: no date can be promised, whatever
    // else the periods say (the compiler never joins them to another),
    // but their cap's end once its event is known: a latest date.
    if let Some((criteria, at_most)) = periods.iter().find_map(|p| match p {
        RetentionPeriod::Criteria { criteria, at_most } => Some((criteria.as_str(), at_most)),
        _ => None,
    }) {
        let cap_end = at_most.as_ref().and_then(|cap| {
            events
                .date_of(Event::of_words(&cap.from))
                .map(|start| period_end(start, cap.amount, cap.unit))
        });
        return match cap_end {
            Some(date) => Deadline::AtMost { date, criteria },
            None => Deadline::Criteria { criteria },
        };
    }
    match rule {
        Some(RetentionRule::First) => first_of(periods, events),
        Some(RetentionRule::Last) | None => last_of(periods, events),
    }
}

/// Whichever comes first: the earliest end known.
fn first_of<'a>(periods: &'a [RetentionPeriod], events: &impl EventDates) -> Deadline<'a> {
    if periods.is_empty() {
        return Deadline::NoneDeclared;
    }
    let mut earliest: Option<Date> = None;
    let mut waiting: Option<&'a str> = None;
    let mut hold = false;
    for period in periods {
        match end_of(period, events) {
            End::Date(end) => earliest = Some(earliest.map_or(end, |e| e.min(end))),
            End::Waiting(event) => waiting = waiting.or(Some(event)),
            End::Law => hold = true,
            // Found before: `deadline_under` answers for them.
            End::Criteria => {}
        }
    }
    match (hold, earliest, waiting) {
        (true, after, _) => Deadline::LegalHold { after },
        (false, Some(date), _) => Deadline::On { date },
        (false, None, Some(event)) => Deadline::Pending { event },
        (false, None, None) => Deadline::NoneDeclared,
    }
}

/// The end of one period for a record.
enum End<'a> {
    /// It ends on this date.
    Date(Date),
    /// It waits on this event.
    Waiting(&'a str),
    /// As long as the law requires.
    Law,
    /// As criteria in words determine.
    Criteria,
}

fn end_of<'a>(period: &'a RetentionPeriod, events: &impl EventDates) -> End<'a> {
    match period {
        RetentionPeriod::For { amount, unit, from } => events
            .date_of(Event::of_words(from))
            .map_or(End::Waiting(from), |start| {
                End::Date(period_end(start, *amount, *unit))
            }),
        RetentionPeriod::Until { event } => events
            .date_of(Event::of_words(event))
            .map_or(End::Waiting(event), End::Date),
        RetentionPeriod::AsRequiredByLaw => End::Law,
        RetentionPeriod::Criteria { .. } => End::Criteria,
    }
}

/// Whichever comes last: the latest end, pending while any waits.
fn last_of<'a>(periods: &'a [RetentionPeriod], events: &impl EventDates) -> Deadline<'a> {
    if periods.is_empty() {
        return Deadline::NoneDeclared;
    }
    let mut latest: Option<Date> = None;
    let mut hold = false;
    for period in periods {
        match end_of(period, events) {
            End::Date(end) => latest = latest.max(Some(end)),
            End::Waiting(event) => return Deadline::Pending { event },
            End::Law => hold = true,
            End::Criteria => {}
        }
    }
    match (hold, latest) {
        (true, after) => Deadline::LegalHold { after },
        (false, Some(date)) => Deadline::On { date },
        (false, None) => Deadline::NoneDeclared,
    }
}

/// When the copies in backups are gone: `deadline` moved on by `backups`
/// (`backups for 35 days`). A date and a legal hold's end move on; a
/// pending, undeclared or unknown deadline stays as it is. Without a
/// backups period the copies are stated to go with the data, and the
/// deadline is returned unchanged.
///
/// ```
/// use policy_runtime::{Backups, Deadline, TimeUnit, with_backups};
///
/// let erased = Deadline::On { date: "2027-01-31".parse()? };
/// let backups = Some(Backups { amount: 1, unit: TimeUnit::Month });
/// assert_eq!(with_backups(erased, backups), Deadline::On { date: "2027-02-28".parse()? });
/// assert_eq!(with_backups(erased, None), erased);
/// # Ok::<(), policy_runtime::DateError>(())
/// ```
#[must_use]
pub fn with_backups(deadline: Deadline<'_>, backups: Option<Backups>) -> Deadline<'_> {
    let Some(Backups { amount, unit }) = backups else {
        return deadline;
    };
    match deadline {
        Deadline::On { date } => Deadline::On {
            date: period_end(date, amount, unit),
        },
        Deadline::LegalHold { after } => Deadline::LegalHold {
            after: after.map(|date| period_end(date, amount, unit)),
        },
        Deadline::AtMost { date, criteria } => Deadline::AtMost {
            date: period_end(date, amount, unit),
            criteria,
        },
        other => other,
    }
}

/// The retention terms of a data category, or of its use for a purpose
/// when that use states its own, as [`Rules::retention_terms`] finds them:
/// the periods, how they combine, what happens at the end and how long
/// copies remain in backups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionTerms<'a> {
    /// The periods, in the order the policy states them.
    pub periods: &'a [RetentionPeriod],
    /// How the periods combine, as the table states it (`None`: no rule,
    /// read as [`RetentionRule::Last`]).
    pub rule: Option<RetentionRule>,
    /// What happens when the retention ends.
    pub end: RetentionEnd,
    /// How long copies remain in backups, when the policy states it.
    pub backups: Option<Backups>,
    /// Whether the terms are the use's own (`retain x when_used_for p …`)
    /// rather than the category's.
    pub per_purpose: bool,
}

impl<'a> RetentionTerms<'a> {
    /// The deadline of these terms for a record with `events`, as
    /// [`deadline_under`] computes it.
    #[must_use]
    pub fn deadline(&self, events: &impl EventDates) -> Deadline<'a> {
        deadline_under(self.periods, self.rule, events)
    }

    /// The period that decided `deadline` for a record with `events`: the
    /// one whose end is the date, the one waiting on the pending event, the
    /// legal hold, or the criteria; `None` when no period decided (nothing
    /// declared, or not in the table).
    ///
    /// ```
    /// use policy_runtime::{Date, Event, RetentionEnd, RetentionPeriod, RetentionRule, RetentionTerms, TimeUnit};
    ///
    /// let periods = [
    ///     RetentionPeriod::Until { event: "the closure of the account".into() },
    ///     RetentionPeriod::For { amount: 3, unit: TimeUnit::Year, from: "the last use".into() },
    /// ];
    /// let terms = RetentionTerms { periods: &periods, rule: Some(RetentionRule::First), end: RetentionEnd::Delete, backups: None, per_purpose: false };
    /// let record = [(Event::LastUse, "2027-01-10".parse::<Date>()?), (Event::AccountClosure, "2027-06-01".parse()?)];
    /// let deadline = terms.deadline(&record);
    /// assert_eq!(deadline.to_string(), "erase on 2027-06-01");
    /// assert_eq!(terms.decided_by(deadline, &record), periods.first());
    /// # Ok::<(), policy_runtime::DateError>(())
    /// ```
    #[must_use]
    pub fn decided_by(
        &self,
        deadline: Deadline<'_>,
        events: &impl EventDates,
    ) -> Option<&'a RetentionPeriod> {
        self.periods
            .iter()
            .find(|period| match (deadline, end_of(period, events)) {
                (Deadline::On { date }, End::Date(end)) => end == date,
                (Deadline::Pending { event }, End::Waiting(waiting)) => waiting == event,
                (Deadline::LegalHold { .. }, End::Law)
                | (Deadline::Criteria { .. } | Deadline::AtMost { .. }, End::Criteria) => true,
                _ => false,
            })
    }
}

impl Rules {
    /// When `data` must be erased for a record with `events`: under the
    /// retention of the use of `data` for `purpose` when that rule states
    /// one, else the category's (as a decision's
    /// [`retention`](crate::Decision::retention)). See [`Deadline`] for
    /// how alternatives combine.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # let mut log = DataEntry::new("log", "Logs", Identity::Pseudonymized);
    /// # log.retention.push(RetentionPeriod::For { amount: 1, unit: TimeUnit::Month, from: "collection".into() });
    /// # table.data.push(log);
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let collected: Date = "2027-01-31".parse().unwrap();
    /// let d = rules.deadline("log", None, &[(Event::Collection, collected)]);
    /// assert_eq!(d, Deadline::On { date: "2027-02-28".parse().unwrap() });
    /// assert_eq!(rules.deadline("log", None, &[]), Deadline::Pending { event: "collection" });
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn deadline(
        &self,
        data: &str,
        purpose: Option<&str>,
        events: &impl EventDates,
    ) -> Deadline<'_> {
        let Some(data) = self.data_id(data) else {
            return Deadline::Unknown;
        };
        let purpose = match purpose.map(|p| self.purpose_id(p)) {
            Some(None) => return Deadline::Unknown,
            Some(Some(p)) => Some(p),
            None => None,
        };
        self.deadline_ids(data, purpose, events)
    }

    /// As [`deadline`](Self::deadline), by ids. Allocates nothing.
    #[must_use]
    pub fn deadline_ids(
        &self,
        data: DataId,
        purpose: Option<PurposeId>,
        events: &impl EventDates,
    ) -> Deadline<'_> {
        match self.retention_ids(data, purpose) {
            Some(periods) => {
                deadline_under(periods, self.retention_rule_ids(data, purpose), events)
            }
            None => Deadline::Unknown,
        }
    }

    /// The deadlines of many records of `data` (for `purpose`), in their
    /// order: the retention is looked up once, and nothing is allocated
    /// per record.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # let mut log = DataEntry::new("log", "Logs", Identity::Pseudonymized);
    /// # log.retention.push(RetentionPeriod::For { amount: 1, unit: TimeUnit::Year, from: "collection".into() });
    /// # table.data.push(log);
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let log = rules.data_id("log").unwrap();
    /// let records = [
    ///     [(Event::Collection, "2028-02-29".parse().unwrap())],
    ///     [(Event::Collection, "2027-06-01".parse().unwrap())],
    /// ];
    /// let due: Vec<String> = rules.deadlines(log, None, &records).map(|d| d.to_string()).collect();
    /// assert_eq!(due, ["erase on 2029-02-28", "erase on 2028-06-01"]);
    /// # Ok::<(), LoadError>(())
    /// ```
    pub fn deadlines<'r, E: EventDates + 'r>(
        &'r self,
        data: DataId,
        purpose: Option<PurposeId>,
        records: impl IntoIterator<Item = E> + 'r,
    ) -> impl Iterator<Item = Deadline<'r>> + 'r {
        let periods = self.retention_ids(data, purpose);
        let rule = self.retention_rule_ids(data, purpose);
        records.into_iter().map(move |record| match periods {
            Some(periods) => deadline_under(periods, rule, &record),
            None => Deadline::Unknown,
        })
    }

    /// When the copies of `data` in backups are gone, for a record with
    /// `events`: the [`deadline`](Self::deadline) moved on by the backups
    /// period the policy states (`backups for 35 days`), see
    /// [`with_backups`]. The deadline itself never includes backups: it is
    /// when the live data must be deleted or anonymised.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # let mut log = DataEntry::new("log", "Logs", Identity::Pseudonymized);
    /// # log.retention.push(RetentionPeriod::For { amount: 1, unit: TimeUnit::Month, from: "collection".into() });
    /// # log.backups = Some(Backups { amount: 35, unit: TimeUnit::Day });
    /// # table.data.push(log);
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let collected: Date = "2027-01-31".parse().unwrap();
    /// let record = [(Event::Collection, collected)];
    /// assert_eq!(rules.deadline("log", None, &record), Deadline::On { date: "2027-02-28".parse().unwrap() });
    /// assert_eq!(rules.backup_deadline("log", None, &record), Deadline::On { date: "2027-04-04".parse().unwrap() });
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn backup_deadline(
        &self,
        data: &str,
        purpose: Option<&str>,
        events: &impl EventDates,
    ) -> Deadline<'_> {
        let Some(data) = self.data_id(data) else {
            return Deadline::Unknown;
        };
        let purpose = match purpose.map(|p| self.purpose_id(p)) {
            Some(None) => return Deadline::Unknown,
            Some(Some(p)) => Some(p),
            None => None,
        };
        self.backup_deadline_ids(data, purpose, events)
    }

    /// As [`backup_deadline`](Self::backup_deadline), by ids.
    #[must_use]
    pub fn backup_deadline_ids(
        &self,
        data: DataId,
        purpose: Option<PurposeId>,
        events: &impl EventDates,
    ) -> Deadline<'_> {
        let deadline = self.deadline_ids(data, purpose, events);
        with_backups(deadline, self.ending_ids(data, purpose).and_then(|e| e.1))
    }

    /// The retention terms of `data` used for `purpose`: the use's own when
    /// it states them, else the category's (as
    /// [`deadline`](Self::deadline) reads them); `None` for data or a
    /// purpose not in the table.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # let mut log = DataEntry::new("log", "Logs", Identity::Pseudonymized);
    /// # log.retention.push(RetentionPeriod::For { amount: 1, unit: TimeUnit::Month, from: "collection".into() });
    /// # log.backups = Some(Backups { amount: 35, unit: TimeUnit::Day });
    /// # table.data.push(log);
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// let terms = rules.retention_terms("log", None).unwrap();
    /// assert_eq!(terms.periods[0].to_string(), "1 month from collection");
    /// assert_eq!((terms.rule, terms.end, terms.per_purpose), (None, RetentionEnd::Delete, false));
    /// assert_eq!(terms.backups.map(|b| b.to_string()), Some("35 days".to_owned()));
    /// assert!(rules.retention_terms("nope", None).is_none());
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn retention_terms(&self, data: &str, purpose: Option<&str>) -> Option<RetentionTerms<'_>> {
        let data = self.data_id(data)?;
        let purpose = match purpose {
            Some(p) => Some(self.purpose_id(p)?),
            None => None,
        };
        self.retention_terms_ids(data, purpose)
    }

    /// As [`retention_terms`](Self::retention_terms), by ids. Allocates
    /// nothing.
    #[must_use]
    pub fn retention_terms_ids(
        &self,
        data: DataId,
        purpose: Option<PurposeId>,
    ) -> Option<RetentionTerms<'_>> {
        let periods = self.retention_ids(data, purpose)?;
        let (end, backups) = self.ending_ids(data, purpose)?;
        let category = self.retention_ids(data, None)?;
        Some(RetentionTerms {
            periods,
            rule: self.retention_rule_ids(data, purpose),
            end: end.unwrap_or(RetentionEnd::Delete),
            backups,
            per_purpose: !std::ptr::eq(periods, category),
        })
    }

    /// What happens to `data` (used for `purpose`) when its retention
    /// ends: [`RetentionEnd::Anonymise`] where the policy says `then
    /// anonymise`, else [`RetentionEnd::Delete`] (a table leaves deletion
    /// out); `None` for data or a purpose not in the table.
    ///
    /// ```
    /// # use policy_runtime::*;
    /// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
    /// # let mut visits = DataEntry::new("visits", "Visits", Identity::Pseudonymized);
    /// # visits.retention_end = Some(RetentionEnd::Anonymise);
    /// # table.data.push(visits);
    /// # table.data.push(DataEntry::new("log", "Logs", Identity::Pseudonymized));
    /// # table.seal();
    /// # let rules = Rules::from_table(table)?;
    /// assert_eq!(rules.retention_end("visits", None), Some(RetentionEnd::Anonymise));
    /// assert_eq!(rules.retention_end("log", None), Some(RetentionEnd::Delete));
    /// assert_eq!(rules.retention_end("nope", None), None);
    /// # Ok::<(), LoadError>(())
    /// ```
    #[must_use]
    pub fn retention_end(&self, data: &str, purpose: Option<&str>) -> Option<RetentionEnd> {
        let data = self.data_id(data)?;
        let purpose = match purpose {
            Some(p) => Some(self.purpose_id(p)?),
            None => None,
        };
        self.ending_ids(data, purpose)
            .map(|(end, _)| end.unwrap_or(RetentionEnd::Delete))
    }
}
