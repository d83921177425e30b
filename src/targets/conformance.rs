//! Conformance vectors: `conformance.json`, the policy's test blocks and a
//! deterministic sample of decisions, for a loader or an engine in any
//! language to check itself against (`docs/runtime-spec.md`).
//!
//! The queries are enumerated here, in one place, for the vectors, the
//! engines' conformance tests and their benchmark: every (data, purpose)
//! and (data, recipient) pair, every tracker, the child question and
//! every automated decision, each under every subset of the facts that
//! matter to it ([`exhaustive`]), and seeded random queries ([`Random`]).
//! A query serializes as the input of the OPA bundle's `decision`.

use std::collections::{BTreeSet, HashMap};
use std::io::{self, Write};

use policy_runtime::{
    AutomatedCode, Basis, ChildCode, Condition, DecisionCode, Facts, RuleTable, Rules, TrackerCode,
    fact,
};
use serde::{Deserialize, Serialize};

use crate::model::{Target, TestCase};

/// The file name of the vectors in a policy's output folder.
pub const FILE: &str = "conformance.json";

/// The schema id the file carries (`tests/schemas/conformance.schema.json`).
pub const SCHEMA_ID: &str = "https://policyc.dev/schemas/conformance/v1.json";

/// The most decisions the file holds: past it, the exhaustive queries are
/// sampled evenly, so a large policy keeps a file of bounded size.
pub const MAX_DECISIONS: usize = 4096;

/// The most facts of one pair whose subsets are enumerated (2^8 sets): a
/// transfer on more grounds has its further facts left out, which bounds
/// the enumeration whatever the policy.
const MAX_FACTS_PER_PAIR: usize = 8;

/// The codes a use or a transfer decided on facts by name can give: those
/// the vectors record and every engine must give alike. The others come
/// from entry points the engines do not cover (`docs/runtime-spec.md`).
pub const DECIDED: [DecisionCode; 14] = [
    DecisionCode::Allowed,
    DecisionCode::NotDeclared,
    DecisionCode::UnknownData,
    DecisionCode::UnknownPurpose,
    DecisionCode::UnknownRecipient,
    DecisionCode::ConsentMissing,
    DecisionCode::Objected,
    DecisionCode::NoGroundHolds,
    DecisionCode::AllowedBasisUnstated,
    DecisionCode::UnknownFact,
    DecisionCode::AllowedGroundUnstated,
    DecisionCode::OptedOutOfSale,
    DecisionCode::OptedOutOfSharing,
    DecisionCode::LimitedSensitive,
];

/// The codes of the other questions the vectors ask, each of its own type:
/// may a tracker be set, may a child use the service, may an automated
/// decision stand. Every engine gives them alike too.
pub const DECIDED_TRACKER: [TrackerCode; TrackerCode::ALL.len()] = TrackerCode::ALL;
/// The codes of the child question ([`DECIDED_TRACKER`]).
pub const DECIDED_CHILD: [ChildCode; ChildCode::ALL.len()] = ChildCode::ALL;
/// The codes of an automated decision ([`DECIDED_TRACKER`]).
pub const DECIDED_AUTOMATED: [AutomatedCode; AutomatedCode::ALL.len()] = AutomatedCode::ALL;

/// The code of an answer: a use's or a transfer's, or the code of the
/// question's own type. Serialized as its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A use's or a transfer's.
    Decision(DecisionCode),
    /// A tracker's.
    Tracker(TrackerCode),
    /// The child question's.
    Child(ChildCode),
    /// An automated decision's.
    Automated(AutomatedCode),
}

impl Code {
    /// The stable snake_case name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::Decision(c) => c.as_str(),
            Code::Tracker(c) => c.as_str(),
            Code::Child(c) => c.as_str(),
            Code::Automated(c) => c.as_str(),
        }
    }

    /// Whether the code allows.
    pub const fn is_allowed(self) -> bool {
        match self {
            Code::Decision(c) => c.is_allowed(),
            Code::Tracker(c) => c.is_allowed(),
            Code::Child(c) => c.is_allowed(),
            Code::Automated(c) => c.is_allowed(),
        }
    }

    /// Every code a question of `kind` (a query's `kind`) can give.
    pub fn all_of(kind: &str) -> Vec<Code> {
        match kind {
            "use" | "transfer" => DecisionCode::ALL.into_iter().map(Code::Decision).collect(),
            "tracker" => TrackerCode::ALL.into_iter().map(Code::Tracker).collect(),
            "child" => ChildCode::ALL.into_iter().map(Code::Child).collect(),
            "decision" => AutomatedCode::ALL
                .into_iter()
                .map(Code::Automated)
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<DecisionCode> for Code {
    fn eq(&self, other: &DecisionCode) -> bool {
        *self == Code::Decision(*other)
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The runtime's answer to a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    /// Whether it allows.
    pub allowed: bool,
    /// Why.
    pub code: Code,
}

/// What is asked, and the facts asserted (sorted): a use, a transfer, a
/// tracker, the child question (whose facts say whether the user is a
/// `child`) or an automated decision.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Query {
    /// May `data` be used for `purpose`?
    Use {
        /// The data category.
        data: String,
        /// The purpose.
        purpose: String,
        /// The facts asserted.
        facts: Vec<String>,
    },
    /// May `data` be sent to `recipient`?
    Transfer {
        /// The data category.
        data: String,
        /// The recipient.
        recipient: String,
        /// The facts asserted.
        facts: Vec<String>,
    },
    /// May `tracker` be set?
    Tracker {
        /// The tracker.
        tracker: String,
        /// The facts asserted.
        facts: Vec<String>,
    },
    /// May this user use the service, as far as their age goes?
    Child {
        /// The facts asserted (`child`, `age_verified`,
        /// `parental_consent`).
        facts: Vec<String>,
    },
    /// May the automated decision `decision` be made?
    Decision {
        /// The automated decision.
        decision: String,
        /// The facts asserted.
        facts: Vec<String>,
    },
}

impl Query {
    /// The `kind` the query serializes with.
    pub const fn kind(&self) -> &'static str {
        match self {
            Query::Use { .. } => "use",
            Query::Transfer { .. } => "transfer",
            Query::Tracker { .. } => "tracker",
            Query::Child { .. } => "child",
            Query::Decision { .. } => "decision",
        }
    }

    /// The facts asserted.
    pub fn facts(&self) -> &[String] {
        match self {
            Query::Use { facts, .. }
            | Query::Transfer { facts, .. }
            | Query::Tracker { facts, .. }
            | Query::Child { facts }
            | Query::Decision { facts, .. } => facts,
        }
    }

    /// The facts asserted, to change.
    pub fn facts_mut(&mut self) -> &mut Vec<String> {
        match self {
            Query::Use { facts, .. }
            | Query::Transfer { facts, .. }
            | Query::Tracker { facts, .. }
            | Query::Child { facts }
            | Query::Decision { facts, .. } => facts,
        }
    }

    /// The runtime's answer to the query (its facts by name, not strict).
    pub fn decide(&self, rules: &Rules) -> Answer {
        let facts: Facts = self.facts().iter().map(String::as_str).collect();
        let (allowed, code) = match self {
            Query::Use { data, purpose, .. } => {
                let d = rules.decide_use(data, purpose, &facts);
                (d.allowed, Code::Decision(d.code))
            }
            Query::Transfer {
                data, recipient, ..
            } => {
                let d = rules.decide_transfer(data, recipient, &facts);
                (d.allowed, Code::Decision(d.code))
            }
            Query::Tracker { tracker, .. } => {
                let d = rules.decide_tracker(tracker, &facts);
                (d.allowed, Code::Tracker(d.code))
            }
            Query::Child { .. } => {
                let d = rules.decide_child(&facts);
                (d.allowed, Code::Child(d.code))
            }
            Query::Decision { decision, .. } => {
                let d = rules.decide_automated(decision, &facts);
                (d.allowed, Code::Automated(d.code))
            }
        };
        Answer { allowed, code }
    }
}

/// A query and the runtime's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawVector")]
pub struct Vector {
    /// What is asked.
    pub query: Query,
    /// Whether the runtime allows it.
    pub allowed: bool,
    /// The runtime's code, of the query's type.
    pub code: Code,
}

/// A vector as read, its code a name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVector {
    query: Query,
    allowed: bool,
    code: String,
}

impl TryFrom<RawVector> for Vector {
    type Error = String;

    fn try_from(raw: RawVector) -> Result<Vector, String> {
        let kind = raw.query.kind();
        let code = Code::all_of(kind)
            .into_iter()
            .find(|c| c.as_str() == raw.code)
            .ok_or_else(|| format!("`{}` is no code of a {kind} question", raw.code))?;
        Ok(Vector {
            query: raw.query,
            allowed: raw.allowed,
            code,
        })
    }
}

impl Vector {
    /// The runtime's answer to `query`.
    pub fn decided(rules: &Rules, query: Query) -> Vector {
        let Answer { allowed, code } = query.decide(rules);
        Vector {
            query,
            allowed,
            code,
        }
    }
}

/// One expectation of a test block: the query and whether it must allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// What is asked.
    pub query: Query,
    /// Whether the test block says it is allowed.
    pub allowed: bool,
}

/// A test block of the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestVectors {
    /// The test's name.
    pub name: String,
    /// Its expectations, in order.
    pub expectations: Vec<Expected>,
}

/// The whole file, as read back by tests and ports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vectors {
    /// [`SCHEMA_ID`].
    pub schema: String,
    /// The policy id.
    pub policy: String,
    /// The edition's version.
    pub version: String,
    /// The digest of the rule table the decisions were made on.
    pub digest: String,
    /// The policy's test blocks.
    pub tests: Vec<TestVectors>,
    /// The sample of decisions.
    pub decisions: Vec<Vector>,
}

/// Writes `conformance.json` for `table`: the test blocks `tests` and the
/// runtime's decision on each query of [`sample`], one vector a line.
pub fn write(table: &RuleTable, tests: &[TestCase], w: &mut dyn Write) -> io::Result<()> {
    let rules = Rules::from_table(table.clone()).map_err(io::Error::other)?;
    let head = |name: &str, value: &str| -> io::Result<String> {
        Ok(format!("  {}: {},\n", json(&name)?, json(&value)?))
    };
    w.write_all(b"{\n")?;
    w.write_all(head("schema", SCHEMA_ID)?.as_bytes())?;
    w.write_all(head("policy", &table.policy)?.as_bytes())?;
    w.write_all(head("version", &table.version)?.as_bytes())?;
    w.write_all(head("digest", &table.digest)?.as_bytes())?;
    w.write_all(b"  \"tests\": [")?;
    // A deadline is no decision, so no engine's query: a test block of
    // deadline expectations only has no vectors and is left out.
    let tests: Vec<TestVectors> = tests
        .iter()
        .map(|test| TestVectors {
            name: test.name.clone(),
            expectations: expectations(test),
        })
        .zip(tests)
        .filter(|(vectors, test)| !vectors.expectations.is_empty() || test.deadlines.is_empty())
        .map(|(vectors, _)| vectors)
        .collect();
    for (i, vectors) in tests.iter().enumerate() {
        let separator = if i == 0 { "\n" } else { ",\n" };
        write!(w, "{separator}    {}", json(vectors)?)?;
    }
    let close = if tests.is_empty() { "" } else { "\n  " };
    write!(w, "{close}],\n  \"decisions\": [")?;
    for (i, query) in sample(table).into_iter().enumerate() {
        let separator = if i == 0 { "\n" } else { ",\n" };
        let vector = Vector::decided(&rules, query);
        write!(w, "{separator}    {}", json(&vector)?)?;
    }
    w.write_all(b"\n  ]\n}\n")
}

/// One value as compact JSON.
fn json(value: &impl Serialize) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::other)
}

/// A test block's expectations, each as a query: those on uses and
/// transfers, then on trackers, children and automated decisions, in
/// the order of each list.
fn expectations(test: &TestCase) -> Vec<Expected> {
    let sorted = |facts: &[String]| {
        let mut facts = facts.to_vec();
        facts.sort();
        facts.dedup();
        facts
    };
    let mut list: Vec<Expected> = test
        .expectations
        .iter()
        .map(|e| Expected {
            query: expectation_query(e),
            allowed: e.allow,
        })
        .collect();
    list.extend(test.trackers.iter().map(|e| Expected {
        query: Query::Tracker {
            tracker: e.tracker.clone(),
            facts: sorted(&e.facts),
        },
        allowed: e.allow,
    }));
    // The child question implies the fact `child`.
    list.extend(test.children.iter().map(|e| {
        let mut facts = e.facts.clone();
        facts.push(fact::CHILD.to_owned());
        Expected {
            query: Query::Child {
                facts: sorted(&facts),
            },
            allowed: e.allow,
        }
    }));
    list.extend(test.decisions.iter().map(|e| Expected {
        query: Query::Decision {
            decision: e.decision.clone(),
            facts: sorted(&e.facts),
        },
        allowed: e.allow,
    }));
    list
}

/// The query of a test block's expectation.
fn expectation_query(expectation: &crate::model::Expectation) -> Query {
    let mut facts = expectation.facts.clone();
    facts.sort();
    facts.dedup();
    let data = expectation.data.clone();
    match &expectation.target {
        Target::Use(purpose) => Query::Use {
            data,
            purpose: purpose.clone(),
            facts,
        },
        Target::Transfer(recipient) => Query::Transfer {
            data,
            recipient: recipient.clone(),
            facts,
        },
    }
}

/// The queries of `conformance.json`: the names no table entry has first
/// ([`edges`]), then [`exhaustive`], evenly sampled down to
/// [`MAX_DECISIONS`] in all. The sample is made as the pairs are visited:
/// a large table has millions of queries, never held at once.
pub fn sample(table: &RuleTable) -> Vec<Query> {
    let mut queries = edges(table);
    let room = MAX_DECISIONS.saturating_sub(queries.len()).max(1);
    let mut total = 0usize;
    visit(table, &mut |count, _| total = total.saturating_add(count));
    // Every query when they fit, or evenly spaced ones, in order.
    let indices: Vec<usize> = if total <= room {
        (0..total).collect()
    } else {
        (0..room).map(|i| i.saturating_mul(total) / room).collect()
    };
    let mut wanted = indices.into_iter().peekable();
    let mut start = 0usize;
    visit(table, &mut |count, make| {
        while let Some(&index) = wanted.peek() {
            if index >= start + count {
                break;
            }
            queries.push(make(index - start));
            wanted.next();
        }
        start += count;
    });
    queries
}

/// A few queries on names the table does not have: an unknown data
/// category, purpose, recipient, tracker and automated decision.
pub fn edges(table: &RuleTable) -> Vec<Query> {
    let names = Names::of(table);
    let data = table.data.first().map(|d| d.id.clone());
    let purpose = table.purposes.first().map(|p| p.id.clone());
    let recipient = table.recipients.first().map(|r| r.id.clone());
    let mut queries = vec![Query::Use {
        data: names.unknown_data.clone(),
        purpose: purpose.unwrap_or_else(|| names.unknown_purpose.clone()),
        facts: Vec::new(),
    }];
    if let Some(data) = data {
        queries.push(Query::Use {
            data: data.clone(),
            purpose: names.unknown_purpose.clone(),
            facts: Vec::new(),
        });
        queries.push(Query::Transfer {
            data,
            recipient: names.unknown_recipient.clone(),
            facts: Vec::new(),
        });
    }
    if let Some(recipient) = recipient {
        queries.push(Query::Transfer {
            data: names.unknown_data,
            recipient,
            facts: Vec::new(),
        });
    }
    queries.push(Query::Tracker {
        tracker: names.unknown_tracker,
        facts: Vec::new(),
    });
    queries.push(Query::Decision {
        decision: names.unknown_decision,
        facts: Vec::new(),
    });
    queries
}

/// Every (data, purpose) pair, then every (data, recipient) pair, in the
/// table's order, each under every subset of the facts that matter to it:
/// the fact of its use rule's condition (and, for a condition that holds
/// unless an objection, an objection to a name that is not a purpose), or
/// the facts of its transfer rule's grounds; none for a pair without a
/// rule. Then every tracker, under the facts of the conditions of the
/// purposes it serves, the objections to those that are direct marketing
/// (and the stray objection) and, for a `marketing`
/// one, the opt-out of sharing and `gpc`; the child question under
/// `child`, `age_verified` and `parental_consent`; and every automated
/// decision under the consent to it and the request for human review.
pub fn exhaustive(table: &RuleTable) -> Vec<Query> {
    let mut queries = Vec::new();
    visit(table, &mut |count, make| {
        queries.extend((0..count).map(make))
    });
    queries
}

/// What makes the `n`-th query of a pair.
type MakeQuery<'a> = &'a dyn Fn(usize) -> Query;

/// Visits the pairs of [`exhaustive`] in its order: for each, how many
/// queries it has, and what makes its `n`-th.
fn visit(table: &RuleTable, f: &mut dyn FnMut(usize, MakeQuery<'_>)) {
    let names = Names::of(table);
    let rules = RuleIndex::of(table);
    for data in &table.data {
        for purpose in &table.purposes {
            let facts = rules.use_facts(&data.id, &purpose.id, &names);
            let facts = facts.get(..MAX_FACTS_PER_PAIR).unwrap_or(&facts);
            f(1 << facts.len(), &|mask| Query::Use {
                data: data.id.clone(),
                purpose: purpose.id.clone(),
                facts: subset(facts, mask),
            });
        }
    }
    for data in &table.data {
        for recipient in &table.recipients {
            let facts = rules.transfer_facts(&data.id, &recipient.id);
            let facts = facts.get(..MAX_FACTS_PER_PAIR).unwrap_or(&facts);
            f(1 << facts.len(), &|mask| Query::Transfer {
                data: data.id.clone(),
                recipient: recipient.id.clone(),
                facts: subset(facts, mask),
            });
        }
    }
    for tracker in &table.trackers {
        let facts = rules.tracker_facts(&tracker.id, &names);
        let facts = facts.get(..MAX_FACTS_PER_PAIR).unwrap_or(&facts);
        f(1 << facts.len(), &|mask| Query::Tracker {
            tracker: tracker.id.clone(),
            facts: subset(facts, mask),
        });
    }
    let facts = child_facts();
    f(1 << facts.len(), &|mask| Query::Child {
        facts: subset(&facts, mask),
    });
    for decision in &table.decisions {
        let facts = decision_facts(&decision.id);
        f(1 << facts.len(), &|mask| Query::Decision {
            decision: decision.id.clone(),
            facts: subset(&facts, mask),
        });
    }
}

/// The facts the child question reads.
fn child_facts() -> Vec<String> {
    fact::AGE.map(str::to_owned).to_vec()
}

/// The facts an automated decision `decision` may read: the consent to it
/// and the request for human review (each read only where its basis or
/// safeguards say, so the vectors show both).
fn decision_facts(decision: &str) -> Vec<String> {
    vec![fact::consent(decision), fact::human_review(decision)]
}

/// The subset of `facts` a bit mask selects, sorted.
fn subset(facts: &[String], mask: usize) -> Vec<String> {
    let mut set: Vec<String> = facts
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, f)| f.clone())
        .collect();
    set.sort();
    set
}

/// Every subset of `facts`, each sorted, the empty set first.
#[cfg(test)]
fn subsets(facts: &[String]) -> Vec<Vec<String>> {
    let facts = facts.get(..MAX_FACTS_PER_PAIR).unwrap_or(facts);
    (0..1usize << facts.len())
        .map(|mask| subset(facts, mask))
        .collect()
}

/// Names the table does not have, for the queries that ask about them.
struct Names {
    unknown_data: String,
    unknown_purpose: String,
    unknown_recipient: String,
    unknown_tracker: String,
    unknown_decision: String,
    /// `objection:NAME` for a name that is neither a purpose nor a
    /// recipient.
    stray_objection: String,
}

impl Names {
    fn of(table: &RuleTable) -> Names {
        let fresh = |taken: BTreeSet<&str>| {
            let mut name = String::from("undeclared");
            while taken.contains(name.as_str()) {
                name.push('_');
            }
            name
        };
        let purposes: BTreeSet<&str> = table.purposes.iter().map(|p| p.id.as_str()).collect();
        // An objection to a recipient is placed: the stray one names
        // neither a purpose nor a recipient.
        let objectable: BTreeSet<&str> = purposes
            .iter()
            .copied()
            .chain(table.recipients.iter().map(|r| r.id.as_str()))
            .collect();
        let unknown_purpose = fresh(purposes);
        Names {
            unknown_data: fresh(table.data.iter().map(|d| d.id.as_str()).collect()),
            stray_objection: fact::objection(&fresh(objectable)),
            unknown_purpose,
            unknown_recipient: fresh(table.recipients.iter().map(|r| r.id.as_str()).collect()),
            unknown_tracker: fresh(table.trackers.iter().map(|t| t.id.as_str()).collect()),
            unknown_decision: fresh(table.decisions.iter().map(|d| d.id.as_str()).collect()),
        }
    }
}

/// The table's rules by pair.
struct RuleIndex<'t> {
    uses: HashMap<(&'t str, &'t str), (&'t Condition, bool)>,
    transfers: HashMap<(&'t str, &'t str), Vec<&'t Condition>>,
    /// The choices of US state law that matter to each transfer rule, by
    /// (data, recipient): its recipient's disclosures and its own.
    choices: HashMap<(&'t str, &'t str), Vec<&'static str>>,
    /// The basis of each purpose, by id.
    bases: HashMap<&'t str, Basis>,
    /// The purposes that are direct marketing, which an objection stops
    /// whatever their basis.
    marketing: BTreeSet<&'t str>,
    /// The trackers, by id.
    trackers: HashMap<&'t str, &'t policy_runtime::TrackerEntry>,
    /// What the opt-outs reach of each tracker, by id.
    reach: HashMap<&'t str, policy_runtime::OptOutReach>,
    /// Whether the table states a stance on GPC.
    gpc_stated: bool,
}

impl<'t> RuleIndex<'t> {
    fn of(table: &'t RuleTable) -> Self {
        Self {
            uses: table
                .uses
                .iter()
                .map(|u| {
                    let key = (u.data.as_str(), u.purpose.as_str());
                    (key, (&u.condition, table.limited(u)))
                })
                .collect(),
            transfers: table
                .transfers
                .iter()
                .map(|t| {
                    let conditions = t.grounds.iter().map(|g| &g.condition).collect();
                    ((t.data.as_str(), t.recipient.as_str()), conditions)
                })
                .collect(),
            choices: table
                .transfers
                .iter()
                .map(|t| {
                    let key = (t.data.as_str(), t.recipient.as_str());
                    (key, transfer_choices(table, t))
                })
                .collect(),
            bases: table
                .purposes
                .iter()
                .map(|p| (p.id.as_str(), p.basis))
                .collect(),
            marketing: table
                .purposes
                .iter()
                .filter(|p| p.direct_marketing)
                .map(|p| p.id.as_str())
                .collect(),
            trackers: table.trackers.iter().map(|t| (t.id.as_str(), t)).collect(),
            reach: table
                .trackers
                .iter()
                .map(|t| (t.id.as_str(), table.tracker_reach(t)))
                .collect(),
            gpc_stated: table.gpc.is_some(),
        }
    }

    /// The facts that matter to tracker `tracker`: the fact of each
    /// purpose's condition, in the order it serves them, with the
    /// objection to each that is direct marketing, and the stray
    /// objection where one is an objection's; the opt-out of sale for a
    /// tracker provided by a recipient sold to, that of sharing for a
    /// `marketing` tracker or one provided by a recipient shared with,
    /// and for either, where the table states a stance on it, `gpc`
    /// (honoured or not, so that the vectors show both).
    fn tracker_facts(&self, tracker: &str, names: &Names) -> Vec<String> {
        let Some(entry) = self.trackers.get(tracker) else {
            return Vec::new();
        };
        let mut facts: Vec<String> = Vec::new();
        let mut unless = false;
        for purpose in &entry.serves {
            let basis = self.bases.get(purpose.as_str()).copied();
            match basis.map(|b| b.condition_for(purpose)) {
                Some(Condition::Requires { fact }) => facts.push(fact),
                Some(Condition::Unless { fact }) => {
                    facts.push(fact);
                    unless = true;
                }
                Some(Condition::Always) | None => {}
            }
            // The objection to a direct-marketing purpose stops the
            // tracker whatever the purpose's basis.
            let objection = fact::objection(purpose);
            if self.marketing.contains(purpose.as_str()) && !facts.contains(&objection) {
                facts.push(objection);
                unless = true;
            }
        }
        if unless {
            facts.push(names.stray_objection.clone());
        }
        let reach = self.reach.get(tracker).copied().unwrap_or_default();
        if reach.sale {
            facts.push(fact::OPT_OUT_SALE.to_owned());
        }
        if reach.sharing {
            facts.push(fact::OPT_OUT_SHARE.to_owned());
        }
        if (reach.sale || reach.sharing) && self.gpc_stated {
            facts.push(fact::GPC.to_owned());
        }
        facts
    }

    /// The facts that matter to a use of `data` for `purpose`: its
    /// condition's, the objection to it (and a stray one) where it is
    /// direct marketing, and the limit on sensitive information where
    /// that stops it.
    fn use_facts(&self, data: &str, purpose: &str, names: &Names) -> Vec<String> {
        let Some(&(condition, limitable)) = self.uses.get(&(data, purpose)) else {
            return Vec::new();
        };
        let mut facts = match condition {
            Condition::Requires { fact } => vec![fact.clone()],
            Condition::Unless { fact } => vec![fact.clone(), names.stray_objection.clone()],
            Condition::Always => Vec::new(),
        };
        if self.marketing.contains(purpose) {
            for fact in [fact::objection(purpose), names.stray_objection.clone()] {
                if !facts.contains(&fact) {
                    facts.push(fact);
                }
            }
        }
        if limitable {
            facts.push(fact::LIMIT_SENSITIVE.to_owned());
        }
        facts
    }

    /// The facts that matter to a transfer of `data` to `recipient`, each
    /// once, in the order of the grounds.
    fn transfer_facts(&self, data: &str, recipient: &str) -> Vec<String> {
        let mut facts: Vec<String> = Vec::new();
        for condition in self.transfers.get(&(data, recipient)).into_iter().flatten() {
            if let Some(fact) = condition.fact()
                && !facts.iter().any(|f| f == fact)
            {
                facts.push(fact.to_owned());
            }
        }
        let choices = self.choices.get(&(data, recipient)).into_iter().flatten();
        facts.extend(choices.map(|c| (*c).to_owned()));
        facts
    }
}

/// The choices of US state law that matter to the transfer rule `rule`:
/// the opt-out of each kind of disclosure it is, by its recipient's
/// `disclosed_as` or its own, and `gpc` (whether the policy honours it or
/// not, so that the vectors show both).
fn transfer_choices(table: &RuleTable, rule: &policy_runtime::TransferRule) -> Vec<&'static str> {
    let of_recipient = table
        .recipients
        .iter()
        .find(|r| r.id == rule.recipient)
        .map_or(&[][..], |r| r.disclosed_as.as_slice());
    let disclosed = || of_recipient.iter().chain(&rule.disclosed_as);
    let sold = disclosed().any(|d| !d.is_sharing());
    let shared = disclosed().any(|d| d.is_sharing());
    let mut choices = Vec::new();
    if sold {
        choices.push(fact::OPT_OUT_SALE);
    }
    if shared {
        choices.push(fact::OPT_OUT_SHARE);
    }
    if (sold || shared) && table.gpc.is_some() {
        choices.push(fact::GPC);
    }
    choices
}

/// Seeded random queries on a table, without end: most ask about a pair
/// that has a rule, with each fact that matters to it asserted or not and
/// a few other facts of the table; some ask about any pair, and a few
/// about names the table does not have or with an objection to no
/// purpose. The same seed gives the same queries.
pub struct Random<'t> {
    table: &'t RuleTable,
    names: Names,
    rules: RuleIndex<'t>,
    /// Every fact a condition of the table mentions, sorted.
    facts: Vec<String>,
    state: u64,
}

impl<'t> Random<'t> {
    /// The queries of `seed` on `table`.
    pub fn new(table: &'t RuleTable, seed: u64) -> Self {
        let mut facts = BTreeSet::new();
        for rule in &table.uses {
            facts.extend(rule.condition.fact().map(str::to_owned));
        }
        for rule in &table.transfers {
            for ground in &rule.grounds {
                facts.extend(ground.condition.fact().map(str::to_owned));
            }
        }
        facts.extend(
            table
                .purposes
                .iter()
                .filter(|p| p.direct_marketing)
                .map(|p| fact::objection(&p.id)),
        );
        facts.extend(fact::CHOICES.map(str::to_owned));
        facts.extend(fact::AGE.map(str::to_owned));
        Self {
            table,
            names: Names::of(table),
            rules: RuleIndex::of(table),
            facts: facts.into_iter().collect(),
            state: seed,
        }
    }

    /// The next number of the sequence (SplitMix64).
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).unwrap_or(u64::MAX).max(1);
        usize::try_from(self.next_u64() % n).unwrap_or(0)
    }

    /// One in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// A name of `names` (by `id`), or `unknown` one time in 64 or when
    /// there is none.
    fn pick<T>(&mut self, names: &[T], id: impl Fn(&T) -> &str, unknown: &str) -> String {
        if self.one_in(64) {
            return unknown.to_owned();
        }
        let i = self.below(names.len());
        names
            .get(i)
            .map_or_else(|| unknown.to_owned(), |n| id(n).to_owned())
    }

    /// The facts of a query on a pair whose facts that matter are `own`.
    fn facts_with(&mut self, own: Vec<String>) -> Vec<String> {
        let mut facts: Vec<String> = own.into_iter().filter(|_| self.one_in(2)).collect();
        for _ in 0..self.below(3) {
            let i = self.below(self.facts.len());
            facts.extend(self.facts.get(i).cloned());
        }
        if self.one_in(16) {
            facts.push(self.names.stray_objection.clone());
        }
        facts.sort();
        facts.dedup();
        facts
    }

    fn use_query(&mut self) -> Query {
        let table = self.table;
        let (data, purpose) = match table.uses.get(self.below(table.uses.len())) {
            Some(rule) if !self.one_in(4) => (rule.data.clone(), rule.purpose.clone()),
            _ => (
                self.pick(&table.data, |d| &d.id, &self.names.unknown_data.clone()),
                self.pick(
                    &table.purposes,
                    |p| &p.id,
                    &self.names.unknown_purpose.clone(),
                ),
            ),
        };
        let own = self.rules.use_facts(&data, &purpose, &self.names);
        let facts = self.facts_with(own);
        Query::Use {
            data,
            purpose,
            facts,
        }
    }

    fn transfer_query(&mut self) -> Query {
        let table = self.table;
        let (data, recipient) = match table.transfers.get(self.below(table.transfers.len())) {
            Some(rule) if !self.one_in(4) => (rule.data.clone(), rule.recipient.clone()),
            _ => (
                self.pick(&table.data, |d| &d.id, &self.names.unknown_data.clone()),
                self.pick(
                    &table.recipients,
                    |r| &r.id,
                    &self.names.unknown_recipient.clone(),
                ),
            ),
        };
        let own = self.rules.transfer_facts(&data, &recipient);
        let facts = self.facts_with(own);
        Query::Transfer {
            data,
            recipient,
            facts,
        }
    }
}

impl Random<'_> {
    fn tracker_query(&mut self) -> Query {
        let table = self.table;
        let unknown = self.names.unknown_tracker.clone();
        let tracker = self.pick(&table.trackers, |t| &t.id, &unknown);
        let own = self.rules.tracker_facts(&tracker, &self.names);
        let facts = self.facts_with(own);
        Query::Tracker { tracker, facts }
    }

    fn child_query(&mut self) -> Query {
        let facts = self.facts_with(child_facts());
        Query::Child { facts }
    }

    fn decision_query(&mut self) -> Query {
        let table = self.table;
        let unknown = self.names.unknown_decision.clone();
        let decision = self.pick(&table.decisions, |d| &d.id, &unknown);
        let facts = self.facts_with(decision_facts(&decision));
        Query::Decision { decision, facts }
    }
}

impl Iterator for Random<'_> {
    type Item = Query;

    /// Of 20 queries, 11 on uses, 6 on transfers, and one each on a
    /// tracker, the child question and an automated decision.
    fn next(&mut self) -> Option<Query> {
        Some(match self.below(20) {
            0..11 => self.use_query(),
            11..17 => self.transfer_query(),
            17 => self.tracker_query(),
            18 => self.child_query(),
            _ => self.decision_query(),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

    use super::*;

    fn table() -> RuleTable {
        let checked = crate::check_source(&crate::synth::policy(100));
        crate::rules::table(checked.policy.as_ref().unwrap())
    }

    /// A direct-marketing purpose on consent: its queries ask about the
    /// objection to it as well as the consent, and one decides `objected`.
    #[test]
    fn the_objection_to_direct_marketing_is_a_fact_that_matters() {
        let mut table = RuleTable::new("shop", "1.0.0", "2026-12-01");
        table.data.push(policy_runtime::DataEntry::new(
            "account",
            "Account",
            policy_runtime::Identity::Identified,
        ));
        let mut news = policy_runtime::PurposeEntry::new("news", "News", Basis::Consent);
        news.direct_marketing = true;
        table.purposes.push(news);
        table.uses.push(policy_runtime::UseRule::new(
            "account",
            "news",
            Basis::Consent,
        ));
        table.seal();
        let names = Names::of(&table);
        let facts = RuleIndex::of(&table).use_facts("account", "news", &names);
        assert_eq!(
            facts,
            ["consent:news", "objection:news", "objection:undeclared"]
        );
        let rules = Rules::from_table(table.clone()).unwrap();
        let objected = exhaustive(&table)
            .iter()
            .filter(|q| q.decide(&rules).code == Code::Decision(DecisionCode::Objected))
            .count();
        assert!(objected > 0);
        assert!(
            Random::new(&table, 1)
                .facts
                .contains(&"objection:news".to_owned())
        );
    }

    #[test]
    fn random_queries_are_seeded() {
        let table = table();
        let a: Vec<Query> = Random::new(&table, 7).take(200).collect();
        let b: Vec<Query> = Random::new(&table, 7).take(200).collect();
        let c: Vec<Query> = Random::new(&table, 8).take(200).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn random_queries_reach_every_code_a_table_gives_on_facts_by_name() {
        let table = table();
        let rules = Rules::from_table(table.clone()).unwrap();
        let codes: BTreeSet<Code> = Random::new(&table, 1)
            .take(20_000)
            .map(|q| q.decide(&rules).code)
            .collect();
        // The synthetic policy states every basis and ground.
        let stated = DECIDED.into_iter().filter(|c| {
            !matches!(
                c,
                DecisionCode::AllowedBasisUnstated | DecisionCode::AllowedGroundUnstated
            )
        });
        for code in stated {
            assert!(
                codes.contains(&Code::Decision(code)),
                "{code} never decided: {codes:?}"
            );
        }
        // and the other questions: an unknown tracker, the child question
        // (no stance), an unknown decision
        for code in [
            Code::Tracker(TrackerCode::UnknownTracker),
            Code::Child(ChildCode::NotAChild),
            Code::Child(ChildCode::NoStance),
            Code::Automated(AutomatedCode::UnknownDecision),
        ] {
            assert!(codes.contains(&code), "{code} never decided");
        }
    }

    #[test]
    fn a_vector_reads_its_code_as_one_of_its_question() {
        let tracker: Vector = serde_json::from_str(
            r#"{"query":{"kind":"tracker","tracker":"ga","facts":[]},"allowed":true,"code":"allowed"}"#,
        )
        .unwrap();
        assert_eq!(tracker.code, Code::Tracker(TrackerCode::Allowed));
        let use_: Vector = serde_json::from_str(
            r#"{"query":{"kind":"use","data":"d","purpose":"p","facts":[]},"allowed":true,"code":"allowed"}"#,
        )
        .unwrap();
        assert_eq!(use_.code, DecisionCode::Allowed);
        let wrong = serde_json::from_str::<Vector>(
            r#"{"query":{"kind":"child","facts":[]},"allowed":true,"code":"allowed"}"#,
        );
        assert!(wrong.is_err());
        assert_eq!(
            serde_json::to_string(&tracker).unwrap(),
            r#"{"query":{"kind":"tracker","tracker":"ga","facts":[]},"allowed":true,"code":"allowed"}"#
        );
    }

    #[test]
    fn pairs_are_enumerated_under_every_subset_of_their_facts() {
        assert_eq!(subsets(&[]), vec![Vec::<String>::new()]);
        let two = subsets(&["b".to_owned(), "a".to_owned()]);
        assert_eq!(two.len(), 4);
        assert!(two.contains(&vec!["a".to_owned(), "b".to_owned()]));
        let table = table();
        let pairs = table.data.len() * (table.purposes.len() + table.recipients.len());
        assert!(exhaustive(&table).len() > pairs);
    }

    /// The sample is made while the pairs are visited, without the whole
    /// list: the same queries as evenly spaced picks from the list.
    #[test]
    fn the_sample_is_evenly_spaced_picks_from_the_whole_list() {
        let policy = crate::check_source(&crate::synth::policy(300))
            .policy
            .unwrap();
        let table = crate::rules::table(&policy);
        let all = exhaustive(&table);
        let mut expected = edges(&table);
        let room = MAX_DECISIONS - expected.len();
        assert!(all.len() > room, "{}", all.len());
        expected.extend((0..room).map(|i| all[i * all.len() / room].clone()));
        assert_eq!(sample(&table), expected);
        // A small table is sampled whole.
        let small = self::table();
        let mut whole = edges(&small);
        whole.extend(exhaustive(&small));
        assert_eq!(sample(&small), whole);
    }
}
