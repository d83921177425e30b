//! The categories as the rule table writes them, gathered in table order.
//!
//! The table is written three times (for its digest, as JSON, as YAML). The
//! model keeps each category's strings wherever they were allocated, and
//! the table's order (by id) is not the order they were declared in, so
//! each pass over the model would jump around memory. Gathering what the
//! table says of each category once, into one buffer in table order, makes
//! every pass after that a sequential read.

use policy_runtime as rt;

use crate::model;

/// A piece of [`Gathered::text`]: start and length in bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Piece {
    start: u32,
    len: u32,
}

/// One category.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The id, followed in the text by the label.
    pub id: Piece,
    /// The label a reader sees.
    pub label: Piece,
    /// How many bytes of the id name its parent; zero for none.
    pub parent_len: u32,
    /// How far it identifies a person.
    pub identity: rt::Identity,
    /// Its special category, if any.
    pub special: Option<model::SpecialCategory>,
    /// Whether the user must provide it.
    pub required: bool,
    /// Whether it is itself sensitive personal information of US state
    /// law (never inherited, as in the model).
    pub sensitive: bool,
    /// Its retention periods, by index in [`Gathered::retentions`].
    pub retention: u32,
    /// How its periods combine.
    pub retention_rule: rt::RetentionRule,
    /// What happens when its retention ends, when stated.
    pub retention_end: Option<rt::RetentionEnd>,
    /// How long copies remain in backups, when stated.
    pub backups: Option<rt::Backups>,
}

/// A retention period, its event in [`Gathered::text`].
#[derive(Debug, Clone, Copy)]
pub enum Period {
    /// For a duration from an event.
    For {
        amount: u32,
        unit: rt::TimeUnit,
        from: Piece,
    },
    /// Until an event.
    Until { event: Piece },
    /// As long as the law requires.
    AsRequiredByLaw,
    /// For a period determined by criteria, in the author's words.
    Criteria {
        criteria: Piece,
        /// The cap (`at_most 90 days from collection`), when written.
        at_most: Option<(u32, rt::TimeUnit, Piece)>,
    },
}

/// A category's retention specific to a purpose (`when_used_for`).
#[derive(Debug, Clone, Copy)]
pub struct PurposeOwn {
    /// The category, by index in [`Gathered::entries`].
    pub entry: u32,
    /// The purpose's id.
    pub purpose: Piece,
    /// Its periods, by index in [`Gathered::retentions`].
    pub retention: u32,
    /// How its periods combine.
    pub rule: rt::RetentionRule,
    /// What happens when it ends, when stated.
    pub end: Option<rt::RetentionEnd>,
    /// How long copies remain in backups, when stated.
    pub backups: Option<rt::Backups>,
}

/// What the table says of every category, in table order.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Every id, label and event, one after the other.
    text: String,
    /// The categories, in table order.
    pub entries: Vec<Entry>,
    /// The distinct lists of retention periods: a category's children
    /// usually follow it in table order and share its list.
    pub retentions: Vec<Vec<Period>>,
    /// The retentions specific to a purpose, by category in table order.
    pub purpose_own: Vec<PurposeOwn>,
}

impl Gathered {
    /// Gathers `data`, already in table order.
    pub fn new(data: &[&model::DataCategory]) -> Self {
        let mut gathered = Gathered {
            entries: Vec::with_capacity(data.len()),
            ..Gathered::default()
        };
        let mut previous: Option<&[model::Period]> = None;
        for category in data {
            let retention = match previous {
                Some(list) if list == category.retention.as_slice() => {
                    gathered.retentions.len().saturating_sub(1)
                }
                _ => {
                    let list = category
                        .retention
                        .iter()
                        .map(|p| gathered.period(p))
                        .collect();
                    gathered.retentions.push(list);
                    gathered.retentions.len() - 1
                }
            };
            previous = Some(&category.retention);
            let id = gathered.push(&category.id);
            let label = gathered.push(&category.label);
            gathered.entries.push(Entry {
                id,
                label,
                parent_len: category.parent.as_ref().map_or(0, |p| to_u32(p.len())),
                identity: category.identity,
                special: category.special,
                required: category.requirement == Some(model::Requirement::Required),
                sensitive: category.sensitive.is_some(),
                retention: to_u32(retention),
                retention_rule: category.retention_rule,
                retention_end: category.retention_end,
                backups: category.backups.map(backups),
            });
            if !category.purpose_retention.is_empty() {
                let entry = to_u32(gathered.entries.len().saturating_sub(1));
                for own in &category.purpose_retention {
                    let list = own.periods.iter().map(|p| gathered.period(p)).collect();
                    gathered.retentions.push(list);
                    let retention = to_u32(gathered.retentions.len() - 1);
                    let purpose = gathered.push(&own.purpose);
                    gathered.purpose_own.push(PurposeOwn {
                        entry,
                        purpose,
                        retention,
                        rule: own.rule,
                        end: own.end,
                        backups: own.backups.map(backups),
                    });
                }
                // The last list is no longer the category's: the next
                // category does not share it.
                previous = None;
            }
        }
        gathered
    }

    /// The retention of the category at `entry` specific to `purpose`,
    /// when the policy states one.
    pub fn purpose_own(&self, entry: usize, purpose: &str) -> Option<&PurposeOwn> {
        self.purpose_own
            .iter()
            .find(|own| own.entry as usize == entry && self.str(own.purpose) == purpose)
    }

    /// A list of retention periods, by index in [`Gathered::retentions`].
    pub fn periods(&self, index: u32) -> &[Period] {
        self.retentions
            .get(index as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// The text of a piece.
    pub fn str(&self, piece: Piece) -> &str {
        let start = piece.start as usize;
        // Every piece was cut from this text when it was gathered, so the
        // range is in it; out of it, the piece would read as empty.
        self.text
            .get(start..start + piece.len as usize)
            .unwrap_or_default()
    }

    /// The parent's id of an entry, when it has one.
    pub fn parent(&self, entry: &Entry) -> Option<&str> {
        (entry.parent_len > 0).then(|| {
            self.str(Piece {
                start: entry.id.start,
                len: entry.parent_len,
            })
        })
    }

    /// The retention periods of an entry.
    pub fn retention(&self, entry: &Entry) -> &[Period] {
        self.retentions
            .get(entry.retention as usize)
            .map_or(&[], Vec::as_slice)
    }

    fn push(&mut self, text: &str) -> Piece {
        let piece = Piece {
            start: to_u32(self.text.len()),
            len: to_u32(text.len()),
        };
        self.text.push_str(text);
        piece
    }

    fn period(&mut self, period: &model::Period) -> Period {
        match period {
            model::Period::For { duration, from } => Period::For {
                amount: duration.amount,
                unit: duration.unit,
                from: self.push(from),
            },
            model::Period::Until { event } => Period::Until {
                event: self.push(event),
            },
            model::Period::AsRequiredByLaw => Period::AsRequiredByLaw,
            model::Period::Criteria { criteria, at_most } => Period::Criteria {
                criteria: self.push(criteria),
                at_most: at_most
                    .as_ref()
                    .map(|cap| (cap.duration.amount, cap.duration.unit, self.push(&cap.from))),
            },
        }
    }
}

/// A length or offset in the text, which a policy file (at most a few
/// hundred megabytes, see `--max-file-size`) keeps far below `u32::MAX`.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A backups period as the table writes it.
pub fn backups(duration: model::Duration) -> rt::Backups {
    rt::Backups {
        amount: duration.amount,
        unit: duration.unit,
    }
}
