//! What the caller asserts about the user and the situation.
//!
//! [`Facts`] is a set of fact names, built from strings; [`FactSet`] is the
//! same set interned against one loaded table, a bitset over the facts that
//! table mentions, for the hot path.

use crate::fact::OBJECTION_PREFIX;
use crate::table::Condition;

/// A set of asserted facts, by name (`consent:marketing`, `legal_request`…;
/// see the [facts convention](crate#facts)).
///
/// ```
/// use policy_runtime::Facts;
///
/// let a = Facts::from_iter(["consent:marketing", "legal_request"]);
/// let b = Facts::new().with("legal_request").with("consent:marketing");
/// assert_eq!(a, b);
/// assert!(a.contains("consent:marketing"));
/// assert!(!a.contains("consent:ads"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Facts {
    /// Sorted, without duplicates.
    names: Vec<String>,
}

impl Facts {
    /// No facts.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// These facts and `fact`.
    #[must_use]
    pub fn with(mut self, fact: impl Into<String>) -> Self {
        self.insert(fact);
        self
    }

    /// Asserts `fact`; returns whether it was new.
    pub fn insert(&mut self, fact: impl Into<String>) -> bool {
        let fact = fact.into();
        match self.names.binary_search(&fact) {
            Ok(_) => false,
            Err(at) => {
                self.names.insert(at, fact);
                true
            }
        }
    }

    /// Withdraws `fact`; returns whether it was asserted.
    pub fn remove(&mut self, fact: &str) -> bool {
        match self.names.binary_search_by(|n| n.as_str().cmp(fact)) {
            Ok(at) => {
                self.names.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Whether `fact` is asserted.
    #[must_use]
    pub fn contains(&self, fact: &str) -> bool {
        self.names
            .binary_search_by(|n| n.as_str().cmp(fact))
            .is_ok()
    }

    /// The asserted facts, in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// The asserted facts that start with `prefix`, in sorted order: a
    /// binary search, then the run of names that share it.
    pub fn with_prefix<'s>(&'s self, prefix: &'s str) -> impl Iterator<Item = &'s str> {
        let start = self.names.partition_point(|n| n.as_str() < prefix);
        self.names
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .map(String::as_str)
            .take_while(move |n| n.starts_with(prefix))
    }

    /// How many facts are asserted.
    #[must_use]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no fact is asserted.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl<S: Into<String>> FromIterator<S> for Facts {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut names: Vec<String> = iter.into_iter().map(Into::into).collect();
        names.sort_unstable();
        names.dedup();
        Self { names }
    }
}

impl<S: Into<String>> Extend<S> for Facts {
    fn extend<I: IntoIterator<Item = S>>(&mut self, iter: I) {
        self.names.extend(iter.into_iter().map(Into::into));
        self.names.sort_unstable();
        self.names.dedup();
    }
}

/// [`Facts`] interned against one loaded table by
/// [`Rules::resolve_facts`](crate::Rules::resolve_facts): a bitset over the
/// fact names the table mentions, so checking a condition is a bit test.
///
/// A fact set belongs to the table that resolved it (or one with the same
/// content). Used with another table it decides nothing: a decision whose
/// condition needs facts is denied with
/// [`DecisionCode::ForeignFacts`](crate::DecisionCode::ForeignFacts).
/// Resolve again after a reload.
///
/// ```
/// # use policy_runtime::*;
/// # let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
/// # table.data.push(DataEntry::new("account.email", "Email", Identity::Identified));
/// # table.purposes.push(PurposeEntry::new("marketing", "Offers", Basis::Consent));
/// # table.uses.push(UseRule::new("account.email", "marketing", Basis::Consent));
/// # table.seal();
/// # let rules = Rules::from_table(table)?;
/// let facts = rules.resolve_facts(&Facts::from_iter(["consent:marketing", "unrelated"]));
/// assert_eq!(facts.len(), 1); // `unrelated` is mentioned by no rule
/// # Ok::<(), LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FactSet {
    tag: u64,
    words: Box<[u64]>,
    /// Whether the facts held an objection to a name that is not a purpose
    /// of the table: a use that an objection would stop is then denied.
    unplaced_objection: bool,
    /// The facts about the user's age ([`fact::AGE`](crate::fact::AGE)),
    /// which every table knows: a bit each, [`AGE_BITS`] in order.
    age: u8,
}

/// The facts about the user's age, by their bit in [`FactSet`]'s `age`.
pub(crate) const AGE_BITS: [(&str, u8); 3] = [
    (crate::fact::AGE_VERIFIED, 1),
    (crate::fact::CHILD, 2),
    (crate::fact::PARENTAL_CONSENT, 4),
];

impl FactSet {
    /// How many of the table's facts are asserted.
    #[must_use]
    pub fn len(&self) -> usize {
        self.words
            .iter()
            .map(|w| w.count_ones() as usize)
            .sum::<usize>()
            + self.age.count_ones() as usize
    }

    /// Whether none of the table's facts is asserted.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0) && self.age == 0
    }

    /// The set with the facts about the user's age `facts` asserts.
    pub(crate) fn with_age_of(mut self, facts: &Facts) -> Self {
        self.age = AGE_BITS
            .iter()
            .filter(|(name, _)| facts.contains(name))
            .fold(0, |age, (_, bit)| age | bit);
        self
    }

    /// Whether the age fact `name` ([`fact::AGE`](crate::fact::AGE)) is
    /// asserted.
    #[inline]
    pub(crate) fn has_age(&self, name: &str) -> bool {
        AGE_BITS
            .iter()
            .any(|(n, bit)| *n == name && self.age & bit != 0)
    }

    /// Whether the set was resolved by the table tagged `tag` (or one with
    /// the same content).
    #[inline]
    pub(crate) const fn is_of(&self, tag: u64) -> bool {
        self.tag == tag
    }

    /// Whether the facts it was made from held `objection:X` for an `X`
    /// that is not a purpose of the table (a misspelt purpose?): a use on
    /// legitimate interests is then denied with
    /// [`DecisionCode::UnknownFact`](crate::DecisionCode::UnknownFact).
    #[must_use]
    pub const fn has_unplaced_objection(&self) -> bool {
        self.unplaced_objection
    }

    /// Whether fact number `bit` is asserted.
    #[inline]
    pub(crate) fn has(&self, bit: u32) -> bool {
        self.words
            .get((bit / 64) as usize)
            .is_some_and(|w| (w >> (bit % 64)) & 1 == 1)
    }
}

/// A condition compiled against a table's fact numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cond {
    /// Always holds.
    Always,
    /// Holds when fact number `.0` is asserted.
    Requires(u32),
    /// Holds unless fact number `.0` is asserted.
    Unless(u32),
}

/// Something a compiled condition can be checked against.
pub(crate) trait Assertions {
    /// Whether `cond` (the compiled form of `condition`) holds, or `None`
    /// when these assertions cannot tell (a fact set of another table).
    fn check(&self, cond: Cond, condition: &Condition, tag: u64) -> Option<bool>;

    /// Whether an objection is asserted to a name that is not one of
    /// `purposes` or `recipients`.
    fn unplaced_objection(
        &self,
        purposes: &crate::index::NameMap,
        recipients: &crate::index::NameMap,
    ) -> bool;

    /// Whether the fact `name`, number `bit` of the table tagged `tag`, is
    /// asserted; a fact the table's decisions do not read (`bit` `None`)
    /// never is. `None` when these assertions cannot tell.
    fn asserts(&self, bit: Option<u32>, name: &str, tag: u64) -> Option<bool>;
}

impl Assertions for Facts {
    #[inline]
    fn check(&self, _cond: Cond, condition: &Condition, _tag: u64) -> Option<bool> {
        Some(condition.holds(self))
    }

    fn unplaced_objection(
        &self,
        purposes: &crate::index::NameMap,
        recipients: &crate::index::NameMap,
    ) -> bool {
        unplaced_objection(self, purposes, recipients)
    }

    #[inline]
    fn asserts(&self, bit: Option<u32>, name: &str, _tag: u64) -> Option<bool> {
        Some(bit.is_some() && self.contains(name))
    }
}

/// Whether `facts` object to a name that is neither one of `purposes` nor
/// one of `recipients` (an objection to a recipient stops a transfer on
/// legitimate interests).
pub(crate) fn unplaced_objection(
    facts: &Facts,
    purposes: &crate::index::NameMap,
    recipients: &crate::index::NameMap,
) -> bool {
    facts
        .with_prefix(OBJECTION_PREFIX)
        .filter_map(|f| f.strip_prefix(OBJECTION_PREFIX))
        .any(|name| !purposes.contains_key(name) && !recipients.contains_key(name))
}

impl Assertions for FactSet {
    #[inline]
    fn unplaced_objection(
        &self,
        _purposes: &crate::index::NameMap,
        _recipients: &crate::index::NameMap,
    ) -> bool {
        self.unplaced_objection
    }

    #[inline]
    fn asserts(&self, bit: Option<u32>, _name: &str, tag: u64) -> Option<bool> {
        (self.tag == tag).then(|| bit.is_some_and(|b| self.has(b)))
    }

    #[inline]
    fn check(&self, cond: Cond, _condition: &Condition, tag: u64) -> Option<bool> {
        match cond {
            Cond::Always => Some(true),
            Cond::Requires(bit) => (self.tag == tag).then(|| self.has(bit)),
            Cond::Unless(bit) => (self.tag == tag).then(|| !self.has(bit)),
        }
    }
}

/// The numbering of the fact names a table mentions: sorted names, numbered
/// from 0, so equal tables number facts equally.
#[derive(Debug, Clone, Default)]
pub(crate) struct FactIndex {
    bits: crate::index::NameMap,
    names: Vec<Box<str>>,
}

impl FactIndex {
    /// Numbers the facts of `conditions` and the `choices` the table's
    /// decisions read; `None` if there are more than `u32::MAX`.
    pub(crate) fn new<'c>(
        conditions: impl Iterator<Item = &'c Condition>,
        choices: &[&'c str],
    ) -> Option<Self> {
        let mut names: Vec<&str> = conditions.filter_map(Condition::fact).collect();
        names.extend_from_slice(choices);
        names.sort_unstable();
        names.dedup();
        let names: Vec<Box<str>> = names.into_iter().map(Box::from).collect();
        let mut bits = crate::index::NameMap::with_capacity_and_hasher(
            names.len(),
            foldhash::fast::RandomState::default(),
        );
        for (i, name) in names.iter().enumerate() {
            bits.insert(name.clone(), u32::try_from(i).ok()?);
        }
        Some(Self { bits, names })
    }

    /// Compiles `condition`; a fact the index lacks makes it never hold
    /// (cannot happen for conditions the index was built from).
    pub(crate) fn compile(&self, condition: &Condition) -> Cond {
        match condition {
            Condition::Always => Cond::Always,
            Condition::Requires { fact } => Cond::Requires(self.bit(fact).unwrap_or(u32::MAX)),
            Condition::Unless { fact } => Cond::Unless(self.bit(fact).unwrap_or(u32::MAX)),
        }
    }

    /// The number of fact `name`.
    pub(crate) fn bit(&self, name: &str) -> Option<u32> {
        self.bits.get(name).copied()
    }

    /// The fact names, in numbering order.
    pub(crate) fn names(&self) -> impl ExactSizeIterator<Item = &str> {
        self.names.iter().map(AsRef::as_ref)
    }

    /// Interns `facts`, ignoring the names no condition mentions.
    pub(crate) fn resolve(&self, facts: &Facts, tag: u64, unplaced_objection: bool) -> FactSet {
        self.set_of(
            facts.iter().filter_map(|f| self.bit(f)),
            tag,
            unplaced_objection,
        )
    }

    /// The fact set of fact numbers `bits`.
    pub(crate) fn set_of(
        &self,
        bits: impl Iterator<Item = u32>,
        tag: u64,
        unplaced_objection: bool,
    ) -> FactSet {
        let mut words = vec![0_u64; self.names.len().div_ceil(64)].into_boxed_slice();
        for bit in bits {
            if let Some(word) = words.get_mut((bit / 64) as usize) {
                *word |= 1 << (bit % 64);
            }
        }
        FactSet {
            tag,
            words,
            unplaced_objection,
            age: 0,
        }
    }
}

/// The fact numbers of the facts a [`Fact`](crate::fact::Fact) names, by
/// purpose and recipient position, computed once on load so that a typed
/// fact resolves without building its name.
#[derive(Debug, Clone, Default)]
pub(crate) struct TypedBits {
    consent_to_purpose: Box<[Option<u32>]>,
    objection_to: Box<[Option<u32>]>,
    consent_to_recipient: Box<[Option<u32>]>,
    objection_to_recipient: Box<[Option<u32>]>,
    /// `consent:D` of each automated decision, by its position.
    consent_to_decision: Box<[Option<u32>]>,
    /// `human_review:D` of each automated decision, by its position.
    human_review: Box<[Option<u32>]>,
}

impl TypedBits {
    /// The numbers, in `index`, of each purpose's and recipient's facts.
    pub(crate) fn new(table: &crate::RuleTable, index: &FactIndex) -> Self {
        use crate::fact::{consent, objection};
        let bits = |name: String| index.bit(&name);
        Self {
            consent_to_purpose: table
                .purposes
                .iter()
                .map(|p| bits(consent(&p.id)))
                .collect(),
            objection_to: table
                .purposes
                .iter()
                .map(|p| bits(objection(&p.id)))
                .collect(),
            consent_to_recipient: table
                .recipients
                .iter()
                .map(|r| bits(consent(&r.id)))
                .collect(),
            objection_to_recipient: table
                .recipients
                .iter()
                .map(|r| bits(objection(&r.id)))
                .collect(),
            consent_to_decision: table
                .decisions
                .iter()
                .map(|d| bits(consent(&d.id)))
                .collect(),
            human_review: table
                .decisions
                .iter()
                .map(|d| bits(crate::fact::human_review(&d.id)))
                .collect(),
        }
    }

    /// Whether `facts` assert `consent:P` of purpose number `purpose`.
    #[inline]
    pub(crate) fn consents_to_purpose(&self, facts: &FactSet, purpose: u32) -> bool {
        Self::holds(&self.consent_to_purpose, facts, purpose)
    }

    /// Whether `facts` assert `objection:P` of purpose number `purpose`.
    #[inline]
    pub(crate) fn objects_to_purpose(&self, facts: &FactSet, purpose: u32) -> bool {
        Self::holds(&self.objection_to, facts, purpose)
    }

    /// Whether `facts` assert `consent:D` of automated decision `decision`.
    #[inline]
    pub(crate) fn consents_to_decision(&self, facts: &FactSet, decision: u32) -> bool {
        Self::holds(&self.consent_to_decision, facts, decision)
    }

    /// Whether `facts` assert `human_review:D` of automated decision
    /// `decision`.
    #[inline]
    pub(crate) fn asks_human_review(&self, facts: &FactSet, decision: u32) -> bool {
        Self::holds(&self.human_review, facts, decision)
    }

    /// Whether the fact numbered in `bits` at `position` is in `facts`.
    #[inline]
    fn holds(bits: &[Option<u32>], facts: &FactSet, position: u32) -> bool {
        bits.get(position as usize)
            .copied()
            .flatten()
            .is_some_and(|bit| facts.has(bit))
    }

    /// The number of `fact`, when a decision of the table reads it;
    /// `choices` are the choices' numbers ([`Index::choices`](crate::index::Index)).
    pub(crate) fn bit(
        &self,
        fact: crate::fact::Fact,
        index: &FactIndex,
        choices: &[Option<u32>; 4],
    ) -> Option<u32> {
        use crate::fact::Fact;
        match fact {
            Fact::Chose(choice) => choices.get(choice.index()).copied()?,
            Fact::ConsentToPurpose(p) => self.consent_to_purpose.get(p.index()).copied()?,
            Fact::ObjectionTo(p) => self.objection_to.get(p.index()).copied()?,
            Fact::ConsentToRecipient(r) => self.consent_to_recipient.get(r.index()).copied()?,
            Fact::ObjectionToRecipient(r) => self.objection_to_recipient.get(r.index()).copied()?,
            Fact::GroundHolds(ground) => index.bit(ground.plain_fact()?),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_a_sorted_set() {
        let mut f = Facts::from_iter(["b", "a", "b"]);
        assert_eq!(f.iter().collect::<Vec<_>>(), ["a", "b"]);
        assert!(!f.insert("a"));
        assert!(f.insert("c"));
        assert!(f.remove("a"));
        assert!(!f.remove("a"));
        f.extend(["z", "c"]);
        assert_eq!(f.iter().collect::<Vec<_>>(), ["b", "c", "z"]);
        assert_eq!(f.len(), 3);
        assert!(!f.is_empty());
    }

    #[test]
    fn fact_sets_test_bits() {
        let conds: Vec<Condition> = (0..130)
            .map(|i| Condition::Requires {
                fact: format!("f{i:03}"),
            })
            .chain([Condition::Always])
            .collect();
        let index = FactIndex::new(conds.iter(), &[]).unwrap_or_default();
        assert_eq!(index.names().len(), 130);
        let set = index.resolve(&Facts::from_iter(["f000", "f129", "nope"]), 7, false);
        assert_eq!(set.len(), 2);
        let check = |i: usize| conds.get(i).and_then(|c| set.check(index.compile(c), c, 7));
        assert_eq!(check(0), Some(true));
        assert_eq!(check(1), Some(false));
        assert_eq!(check(129), Some(true));
        assert_eq!(check(130), Some(true)); // always
        // another table's tag: cannot tell
        assert_eq!(
            conds
                .first()
                .and_then(|c| set.check(index.compile(c), c, 8)),
            None
        );
        let empty = index.resolve(&Facts::new(), 7, false);
        assert!(empty.is_empty());
    }
}
