//! A structure-aware generator of rule tables: a valid table, compiled from
//! a generated policy (or the example's `rules.json`), then mutated as JSON
//! (a field removed, retyped or replaced, an entry duplicated, an id copied
//! onto another, a parent pointed at itself) and, most of the time, sealed
//! again with the right digest, so the loader's checks past the digest are
//! reached rather than stopping at the first byte that changed.

use arbitrary::Arbitrary;
use serde_json::Value;

use crate::spec::Spec;

/// The example's table, the fallback when the generated policy does not
/// check clean.
const EXAMPLE: &str = include_str!("../../generated/pro_it_privacy/rules.json");

/// Where a mutation applies: one to three steps from the top, each
/// picking a child of the current value (a field of an object, an element
/// of an array) by any index; a walk stops early at a leaf.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub struct Place {
    steps: [u8; 3],
    depth: u8,
}

impl Place {
    fn steps(&self) -> &[u8] {
        let depth = usize::from(self.depth % 3) + 1;
        self.steps.get(..depth).unwrap_or_default()
    }
}

/// A table and what is done to it.
#[derive(Arbitrary, Debug, Clone)]
pub struct TableInput {
    /// The policy the valid table is compiled from.
    pub policy: Spec,
    /// The first change: every input changes the table.
    pub first: Mutation,
    /// More changes, in order.
    pub mutations: Vec<Mutation>,
    /// The digest is recomputed after the changes unless this is 0 mod 4.
    pub seal: u8,
    /// Cut the JSON after this many bytes, if any.
    pub truncate: Option<u16>,
}

/// One change to a JSON document.
#[derive(Arbitrary, Debug, Clone)]
pub struct Mutation {
    place: Place,
    op: Op,
}

/// What a mutation does at its place. All but `Retype` keep the table's
/// shape, so that the checks past parsing are reached.
#[derive(Arbitrary, Debug, Clone)]
enum Op {
    /// A string replaced by one of [`WORDS`].
    Word(u8),
    /// The value replaced by a copy of another of the same JSON type: an
    /// id onto another entry's, an entry onto another.
    CopyFrom(Place),
    /// An entry removed from a list.
    Remove,
    /// A copy of a list's entry appended to the list.
    Duplicate,
    /// A boolean negated, a number changed by one.
    Flip,
    /// The value replaced by one of another shape.
    Retype(Retype),
}

/// A value of another shape.
#[derive(Arbitrary, Debug, Clone)]
enum Retype {
    Null,
    Bool(bool),
    Number(i64),
    /// An empty array or object.
    Empty(bool),
    /// The value nested in arrays this deep.
    Nest(u8),
    /// An unknown field added to an object.
    UnknownField,
    /// A field removed from an object.
    RemoveField,
}

/// Strings a mutation writes: ids of the example, conditions, bases,
/// identities, the empty string, a very long one.
const WORDS: &[&str] = &[
    "account",
    "account.email",
    "profile",
    "quality",
    "acquirer",
    "consent",
    "explicit_consent",
    "legitimate_interest",
    "always",
    "identified",
    "depersonalized",
    "business_transfer",
    "consent:quality",
    "objection:quality",
    "",
    "sha256:0000000000000000000000000000000000000000000000000000000000000000",
    "https://policyc.dev/schemas/rules/v2.json",
    "\u{0}\u{202e}",
];

impl TableInput {
    /// The bytes to load: a valid table's JSON after the mutations.
    pub fn bytes(&self) -> Vec<u8> {
        let mut value = valid_table(&self.policy);
        for mutation in std::iter::once(&self.first).chain(self.mutations.iter().take(8)) {
            mutation.apply(&mut value);
        }
        let mut bytes = if self.seal.is_multiple_of(4) {
            serde_json::to_vec_pretty(&value).unwrap_or_default()
        } else {
            resealed(&value)
        };
        if let Some(n) = self.truncate {
            bytes.truncate(usize::from(n));
        }
        bytes
    }
}

/// The table of the policy when it checks clean, else the example's.
fn valid_table(spec: &Spec) -> Value {
    let mut clean = spec.clone();
    clean.flaws.clear();
    let table = policyc::check_source(&clean.print())
        .policy
        .map(|policy| policyc::rules::table(&policy))
        .and_then(|table| serde_json::to_value(table).ok());
    table
        .or_else(|| serde_json::from_str(EXAMPLE).ok())
        .unwrap_or(Value::Null)
}

/// The JSON with its digest recomputed, when it still has a table's shape.
fn resealed(value: &Value) -> Vec<u8> {
    match serde_json::from_value::<policy_runtime::RuleTable>(value.clone()) {
        Ok(mut table) => {
            table.seal();
            serde_json::to_vec_pretty(&table).unwrap_or_default()
        }
        Err(_) => serde_json::to_vec_pretty(value).unwrap_or_default(),
    }
}

/// The JSON pointer of the value `path` leads to: each step picks a child
/// of the current value while there is one.
fn pointer(root: &Value, path: &[u8]) -> String {
    let mut out = String::new();
    let mut current = root;
    for step in path {
        let i = usize::from(*step);
        let next = match current {
            Value::Array(items) if !items.is_empty() => {
                let k = i % items.len();
                items.get(k).map(|child| (k.to_string(), child))
            }
            Value::Object(fields) if !fields.is_empty() => fields
                .iter()
                .nth(i % fields.len())
                .map(|(key, child)| (key.replace('~', "~0").replace('/', "~1"), child)),
            _ => None,
        };
        let Some((key, child)) = next else {
            break;
        };
        out.push('/');
        out.push_str(&key);
        current = child;
    }
    out
}

impl Mutation {
    fn apply(&self, root: &mut Value) {
        let steps = self.place.steps();
        match &self.op {
            Op::CopyFrom(from) => {
                let copy = root.pointer(&pointer(root, from.steps())).cloned();
                let at = pointer(root, steps);
                if let (Some(copy), Some(target)) = (copy, root.pointer_mut(&at))
                    && (target.is_null() || same_type(&copy, target))
                {
                    *target = copy;
                }
            }
            Op::Remove | Op::Duplicate | Op::Retype(Retype::UnknownField | Retype::RemoveField) => {
                // These act on a container, at the child the last step picks.
                let (last, parent) = steps
                    .split_last()
                    .map_or((0, &[][..]), |(last, parent)| (usize::from(*last), parent));
                let at = pointer(root, parent);
                if let Some(container) = root.pointer_mut(&at) {
                    self.op.edit(container, last);
                }
            }
            op => {
                let at = pointer(root, steps);
                if let Some(target) = root.pointer_mut(&at)
                    && let Some(value) = op.value(target)
                {
                    *target = value;
                }
            }
        }
    }
}

/// Whether two values are of the same JSON type.
fn same_type(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

impl Op {
    /// Removes, duplicates or adds a child of `container`.
    fn edit(&self, container: &mut Value, at: usize) {
        match (self, container) {
            (Self::Retype(Retype::RemoveField), Value::Object(fields)) if !fields.is_empty() => {
                if let Some(key) = fields.keys().nth(at % fields.len()).cloned() {
                    fields.remove(&key);
                }
            }
            (Self::Remove, Value::Array(items)) if !items.is_empty() => {
                items.remove(at % items.len());
            }
            (Self::Duplicate, Value::Array(items)) if !items.is_empty() => {
                if let Some(item) = items.get(at % items.len()).cloned() {
                    items.push(item);
                }
            }
            (Self::Retype(Retype::UnknownField), Value::Object(fields)) => {
                fields.insert("unknown".to_owned(), Value::Bool(true));
            }
            _ => {}
        }
    }

    /// The value that replaces `old`, for the ops that replace.
    fn value(&self, old: &Value) -> Option<Value> {
        Some(match (self, old) {
            (Self::Word(w), Value::String(_)) => Value::from(
                WORDS
                    .get(usize::from(*w) % WORDS.len())
                    .copied()
                    .unwrap_or_default(),
            ),
            (Self::Flip, Value::Bool(b)) => Value::Bool(!b),
            (Self::Flip, Value::Number(n)) => {
                Value::from(n.as_i64().map_or(-1, |n| n.wrapping_add(1)))
            }
            (Self::Retype(retype), old) => match retype {
                Retype::Null => Value::Null,
                Retype::Bool(b) => Value::Bool(*b),
                Retype::Number(n) => Value::from(*n),
                Retype::Empty(true) => Value::Array(Vec::new()),
                Retype::Empty(false) => Value::Object(serde_json::Map::new()),
                Retype::Nest(depth) => {
                    let mut value = old.clone();
                    for _ in 0..*depth {
                        value = Value::Array(vec![value]);
                    }
                    value
                }
                Retype::UnknownField | Retype::RemoveField => return None,
            },
            _ => return None,
        })
    }
}
