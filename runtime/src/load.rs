//! Reading a rule table and refusing a broken, foreign or tampered one.

use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::digest::{compute_digest, is_well_formed_digest};
use crate::table::{Basis, Condition, Ground, RuleTable, SCHEMA_ID, SCHEMA_VERSION};

/// Which kind of id a [`LoadError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// A data category id.
    Data,
    /// A purpose id.
    Purpose,
    /// A recipient id.
    Recipient,
    /// A tracker id.
    Tracker,
    /// An automated decision's id.
    Decision,
}

impl IdKind {
    /// `"data category"`, `"purpose"`, `"recipient"`, `"tracker"` or
    /// `"automated decision"`.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::Data => "data category",
            Self::Purpose => "purpose",
            Self::Recipient => "recipient",
            Self::Tracker => "tracker",
            Self::Decision => "automated decision",
        }
    }
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// Where an undeclared id was referred to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reference {
    /// The parent of a data category.
    Parent {
        /// The category whose parent is missing.
        data: String,
    },
    /// A use rule.
    Use {
        /// The rule's data category.
        data: String,
        /// The rule's purpose.
        purpose: String,
    },
    /// A transfer rule.
    Transfer {
        /// The rule's data category.
        data: String,
        /// The rule's recipient.
        recipient: String,
    },
    /// A tracker's purposes.
    Tracker {
        /// The tracker.
        tracker: String,
    },
    /// The recipient that provides a tracker.
    TrackerRecipient {
        /// The tracker.
        tracker: String,
    },
    /// An automated decision's data.
    Decision {
        /// The decision.
        decision: String,
    },
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Parent { data } => write!(f, "the parent of `{data}`"),
            Self::Use { data, purpose } => {
                write!(f, "the use of `{data}` for `{purpose}`")
            }
            Self::Transfer { data, recipient } => {
                write!(f, "the transfer of `{data}` to `{recipient}`")
            }
            Self::Tracker { tracker } => write!(f, "the purposes of tracker `{tracker}`"),
            Self::TrackerRecipient { tracker } => {
                write!(f, "the provider of tracker `{tracker}`")
            }
            Self::Decision { decision } => {
                write!(f, "the data of automated decision `{decision}`")
            }
        }
    }
}

/// Why a rule table was refused.
///
/// ```
/// use policy_runtime::{LoadError, Rules};
///
/// let err = Rules::from_slice(br#"{"schema": "#).unwrap_err();
/// assert!(matches!(err, LoadError::Truncated(_)));
/// assert!(err.to_string().starts_with("the rule table is truncated"));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read.
    Io {
        /// The file, when reading from a path.
        path: Option<PathBuf>,
        /// The I/O error (shared, so that the error can be cloned).
        source: Arc<io::Error>,
    },
    /// The input is not JSON (the error gives line and column).
    NotJson(Arc<serde_json::Error>),
    /// The input ends in the middle of the JSON.
    Truncated(Arc<serde_json::Error>),
    /// The input is JSON but not a rule table: a field missing, unknown or of
    /// the wrong type (the error gives line and column).
    BadShape(Arc<serde_json::Error>),
    /// The `schema` field is not [`SCHEMA_ID`]: not a policyc rule table.
    WrongSchema {
        /// The schema id found.
        found: String,
    },
    /// The `schema_version` is not [`SCHEMA_VERSION`].
    UnsupportedVersion {
        /// The version found.
        found: u64,
    },
    /// The `digest` is not `sha256:` and 64 lowercase hex digits.
    MalformedDigest {
        /// The digest found.
        found: String,
    },
    /// The content does not match its digest: the table was edited by hand
    /// or damaged.
    DigestMismatch {
        /// The digest the table states.
        expected: String,
        /// The digest of the content.
        actual: String,
    },
    /// An id is declared twice.
    DuplicateId {
        /// What kind of id.
        kind: IdKind,
        /// The id.
        id: String,
    },
    /// Two use rules for the same data category and purpose.
    DuplicateUse {
        /// The data category.
        data: String,
        /// The purpose.
        purpose: String,
    },
    /// Two transfer rules for the same data category and recipient.
    DuplicateTransfer {
        /// The data category.
        data: String,
        /// The recipient.
        recipient: String,
    },
    /// A rule or a parent refers to an id that is not declared.
    Undeclared {
        /// What kind of id is missing.
        kind: IdKind,
        /// The missing id.
        id: String,
        /// Where it is referred to.
        by: Reference,
    },
    /// A data category is its own parent.
    SelfParent {
        /// The category.
        data: String,
    },
    /// The table has more than `u32::MAX` entries in one list.
    TooLarge,
    /// Data categories are each inside the next, back to the first.
    ParentCycle {
        /// The categories of the cycle, each the parent of the one before.
        cycle: Vec<String>,
    },
    /// A data category's parent is not the category that encloses it (the
    /// parent of `a.b` is `a`).
    ParentNotEnclosing {
        /// The category.
        data: String,
        /// The parent the table states.
        parent: String,
    },
    /// A use rests on another basis than its purpose declares.
    BasisMismatch {
        /// The rule's data category.
        data: String,
        /// The rule's purpose.
        purpose: String,
        /// The basis of the rule.
        found: Basis,
        /// The basis of the purpose.
        declared: Basis,
    },
    /// A use's condition is not the one its basis implies (see the
    /// [facts convention](crate#facts)).
    UseConditionMismatch {
        /// The rule's data category.
        data: String,
        /// The rule's purpose.
        purpose: String,
        /// The rule's basis.
        basis: Basis,
        /// The condition the table states.
        found: Condition,
    },
    /// A transfer ground's condition is not the one the ground implies.
    GroundConditionMismatch {
        /// The rule's data category.
        data: String,
        /// The rule's recipient.
        recipient: String,
        /// The ground.
        ground: Ground,
        /// The condition the table states.
        found: Condition,
    },
    /// A category lacks a rule, or a ground of a rule, that its parent has:
    /// rules on a category apply to every category inside it.
    NotFlattened {
        /// The category that lacks it.
        data: String,
        /// The parent's rule.
        rule: Reference,
        /// The ground it lacks, when it has the transfer but not every ground.
        ground: Option<Ground>,
    },
    /// A transfer is for a purpose that the table does not use its data
    /// for: the data would be sent for a use that is not allowed.
    TransferPurposeWithoutUse {
        /// The rule's data category.
        data: String,
        /// The rule's recipient.
        recipient: String,
        /// The purpose named.
        purpose: String,
    },
    /// A category's transfer serves fewer purposes than its parent's: the
    /// purposes a transfer is for apply to every category inside its data.
    PurposeNotFlattened {
        /// The category whose transfer lacks the purpose.
        data: String,
        /// The parent's transfer.
        rule: Reference,
        /// The purpose it lacks; `None` when the parent's transfer is for
        /// any purpose and the category's only for some. (A `Box<str>`
        /// keeps every load error small.)
        purpose: Option<Box<str>>,
    },
    /// No signature where one is required: no signature file beside the
    /// table, or rules loaded without verification given to a holder that
    /// trusts only signed tables.
    Unsigned {
        /// The signature file looked for, when loading from a path.
        path: Option<PathBuf>,
    },
    /// The signature file is not JSON of the signature's shape.
    MalformedSignature(Arc<serde_json::Error>),
    /// The signature file is of another schema or algorithm.
    UnsupportedSignature {
        /// The schema found.
        schema: String,
        /// The algorithm found.
        algorithm: String,
    },
    /// The signature is not 64 bytes in standard base64.
    SignatureEncoding,
    /// The signature was made for another table: its policy id, version or
    /// digest is not the table's.
    SignatureOfAnotherTable {
        /// `"policy"`, `"version"` or `"digest"`.
        field: &'static str,
        /// What the signature states.
        signed: String,
        /// What the table states.
        table: String,
    },
    /// The signing key is not among the trusted keys.
    UntrustedKey {
        /// The id of the key that signed.
        key_id: String,
    },
    /// The signature does not verify with the trusted key it names: the
    /// table or the signature was altered, or forged.
    BadSignature {
        /// The id of the key named.
        key_id: String,
    },
    /// A purpose and a recipient have the same id, so consent to either is
    /// the one fact `consent:ID` and would allow both (the compiler refuses
    /// such a policy with E0350).
    SharedId {
        /// The id of both.
        id: String,
    },
    /// A reload found the table of another policy: a deployment mix-up.
    OtherPolicy {
        /// The policy id served.
        expected: String,
        /// The policy id of the file.
        found: String,
    },
    /// A reload found an older edition than the one served (or a version
    /// that is not a semantic version): a rollback must be deliberate
    /// ([`SharedRules::replace`](crate::SharedRules::replace)).
    Downgrade {
        /// The version served.
        current: String,
        /// The version of the file.
        found: String,
    },
    /// The table's `effective` is not a date `YYYY-MM-DD` that exists, so
    /// [`Editions`](crate::Editions) cannot tell when it is in force.
    BadEffectiveDate {
        /// The text found.
        found: String,
    },
    /// The stance on children states a minimum age outside 1 to 99 (the
    /// compiler refuses such a policy with E0372): at 0 no one would be a
    /// child, and no age past 99 is one a service asks.
    MinimumAgeOutOfRange {
        /// The age found.
        found: u8,
    },
    /// A guard added to the reloader refused the new table.
    Refused {
        /// The guard's reason.
        reason: String,
    },
}

/// A condition in words, for messages.
fn describe(condition: &Condition) -> String {
    match condition {
        Condition::Always => "`always`".to_owned(),
        Condition::Requires { fact } => format!("`requires {fact}`"),
        Condition::Unless { fact } => format!("`unless {fact}`"),
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io {
                path: Some(path),
                source,
            } => write!(f, "cannot read `{}`: {source}", path.display()),
            Self::Io { path: None, source } => write!(f, "cannot read the rule table: {source}"),
            Self::NotJson(e) => write!(f, "the rule table is not JSON: {e}"),
            Self::Truncated(e) => write!(f, "the rule table is truncated: {e}"),
            Self::BadShape(e) => write!(f, "the rule table is malformed: {e}"),
            Self::WrongSchema { found } => write!(
                f,
                "not a policyc rule table: schema is `{found}`, expected `{SCHEMA_ID}`"
            ),
            Self::UnsupportedVersion { found } => write!(
                f,
                "unsupported rule table schema version {found}: this runtime reads version {SCHEMA_VERSION}"
            ),
            Self::MalformedDigest { found } => write!(
                f,
                "malformed digest `{found}`: expected `sha256:` and 64 lowercase hex digits"
            ),
            Self::DigestMismatch { expected, actual } => write!(
                f,
                "the rule table does not match its digest (edited by hand or damaged): it states `{expected}`, its content hashes to `{actual}`"
            ),
            Self::DuplicateId { kind, id } => write!(f, "{kind} `{id}` is declared twice"),
            Self::DuplicateUse { data, purpose } => {
                write!(f, "the use of `{data}` for `{purpose}` is listed twice")
            }
            Self::DuplicateTransfer { data, recipient } => {
                write!(
                    f,
                    "the transfer of `{data}` to `{recipient}` is listed twice"
                )
            }
            Self::Undeclared { kind, id, by } => {
                write!(f, "{by} refers to an undeclared {kind} `{id}`")
            }
            Self::SelfParent { data } => write!(f, "data category `{data}` is its own parent"),
            Self::TooLarge => f.write_str("the rule table has too many entries"),
            Self::ParentCycle { cycle } => {
                let mut names: Vec<String> = cycle.iter().map(|c| format!("`{c}`")).collect();
                names.extend(names.first().cloned());
                write!(
                    f,
                    "the parents of data categories form a cycle: {}",
                    names.join(" is inside ")
                )
            }
            Self::MinimumAgeOutOfRange { found } => write!(
                f,
                "the stance on children states the minimum age {found}, but a minimum age is from 1 to 99"
            ),
            Self::ParentNotEnclosing { data, parent } => write!(
                f,
                "the parent of data category `{data}` is `{parent}`, not the category that encloses it (its id up to the last dot)"
            ),
            Self::BasisMismatch {
                data,
                purpose,
                found,
                declared,
            } => write!(
                f,
                "the use of `{data}` for `{purpose}` rests on `{found}`, but the purpose `{purpose}` declares `{declared}`"
            ),
            Self::UseConditionMismatch {
                data,
                purpose,
                basis,
                found,
            } => write!(
                f,
                "the use of `{data}` for `{purpose}` has the condition {}, but its basis `{basis}` implies {}",
                describe(found),
                describe(&basis.condition_for(purpose))
            ),
            Self::GroundConditionMismatch {
                data,
                recipient,
                ground,
                found,
            } => write!(
                f,
                "the transfer of `{data}` to `{recipient}` on the ground `{ground}` has the condition {}, but the ground implies {}",
                describe(found),
                describe(&ground.condition_for(recipient))
            ),
            Self::TransferPurposeWithoutUse {
                data,
                recipient,
                purpose,
            } => write!(
                f,
                "the transfer of `{data}` to `{recipient}` is for the purpose `{purpose}`, which has no use of `{data}`"
            ),
            Self::PurposeNotFlattened {
                data,
                rule,
                purpose: Some(purpose),
            } => write!(
                f,
                "data category `{data}` lacks the purpose `{purpose}` of {rule}, which applies to every category inside it"
            ),
            Self::PurposeNotFlattened {
                data,
                rule,
                purpose: None,
            } => write!(
                f,
                "data category `{data}` is sent only for some purposes, but {rule} is for any purpose and applies to every category inside it"
            ),
            Self::NotFlattened {
                data,
                rule,
                ground: None,
            } => write!(
                f,
                "data category `{data}` lacks {rule}, which applies to every category inside it"
            ),
            Self::NotFlattened {
                data,
                rule,
                ground: Some(ground),
            } => write!(
                f,
                "data category `{data}` lacks the ground `{ground}` of {rule}, which applies to every category inside it"
            ),
            Self::Unsigned { path: Some(path) } => write!(
                f,
                "the rule table is not signed: there is no `{}`",
                path.display()
            ),
            Self::Unsigned { path: None } => {
                f.write_str("the rules were not loaded with a verified signature")
            }
            Self::MalformedSignature(e) => write!(f, "the signature file is malformed: {e}"),
            Self::UnsupportedSignature { schema, algorithm } => write!(
                f,
                "unsupported signature: schema `{schema}`, algorithm `{algorithm}`"
            ),
            Self::SignatureEncoding => {
                f.write_str("the signature is not 64 bytes in standard base64")
            }
            Self::SignatureOfAnotherTable {
                field,
                signed,
                table,
            } => write!(
                f,
                "the signature is for another table: it signs {field} `{signed}`, the table has `{table}`"
            ),
            Self::UntrustedKey { key_id } => {
                write!(
                    f,
                    "the rule table is signed by key `{key_id}`, which is not trusted"
                )
            }
            Self::BadSignature { key_id } => write!(
                f,
                "the signature by key `{key_id}` does not match the rule table (the table or the signature was altered)"
            ),
            Self::OtherPolicy { expected, found } => write!(
                f,
                "the new rule table is of policy `{found}`, not `{expected}` which is served: check the deployed file"
            ),
            Self::Downgrade { current, found } => write!(
                f,
                "the new rule table is version {found}, not later than the served {current}: roll back deliberately with `SharedRules::replace`"
            ),
            Self::BadEffectiveDate { found } => write!(
                f,
                "the rule table's effective date `{found}` is not a date YYYY-MM-DD that exists"
            ),
            Self::Refused { reason } => {
                write!(f, "a reload guard refused the new rule table: {reason}")
            }
            Self::SharedId { id } => write!(
                f,
                "`{id}` is both a purpose and a recipient, so the fact `consent:{id}` would allow both; rename one (policyc refuses this with E0350)"
            ),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(&**source),
            Self::NotJson(e)
            | Self::Truncated(e)
            | Self::BadShape(e)
            | Self::MalformedSignature(e) => Some(&**e),
            _ => None,
        }
    }
}

/// Reads `reader` to the end.
pub(crate) fn read_all(mut reader: impl Read, path: Option<&Path>) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: path.map(Path::to_path_buf),
            source: Arc::new(source),
        })?;
    Ok(bytes)
}

/// Parses and checks the header and digest of a table.
pub(crate) fn parse(bytes: &[u8]) -> Result<RuleTable, LoadError> {
    match serde_json::from_slice::<RuleTable>(bytes) {
        Ok(table) => {
            check_header(&table)?;
            Ok(table)
        }
        Err(e) => Err(explain_parse_error(bytes, e)),
    }
}

/// Refuses a table of another schema, another version, or whose content
/// does not match its digest.
pub(crate) fn check_header(table: &RuleTable) -> Result<(), LoadError> {
    if table.schema != SCHEMA_ID {
        return Err(LoadError::WrongSchema {
            found: table.schema.clone(),
        });
    }
    if table.schema_version != SCHEMA_VERSION {
        return Err(LoadError::UnsupportedVersion {
            found: u64::from(table.schema_version),
        });
    }
    if !is_well_formed_digest(&table.digest) {
        return Err(LoadError::MalformedDigest {
            found: table.digest.clone(),
        });
    }
    let actual = compute_digest(table);
    if actual != table.digest {
        return Err(LoadError::DigestMismatch {
            expected: table.digest.clone(),
            actual,
        });
    }
    Ok(())
}

/// Just the header, read leniently, to tell a foreign or future table from a
/// malformed one.
#[derive(Deserialize)]
struct Header {
    schema: Option<serde_json::Value>,
    schema_version: Option<serde_json::Value>,
}

/// Classifies a parse error; a table of another schema or version is
/// reported as such rather than as a shape error.
fn explain_parse_error(bytes: &[u8], error: serde_json::Error) -> LoadError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => return LoadError::Truncated(Arc::new(error)),
        Category::Syntax => return LoadError::NotJson(Arc::new(error)),
        Category::Io | Category::Data => {}
    }
    let is_object = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if let Some(header) = is_object
        .then(|| serde_json::from_slice::<Header>(bytes).ok())
        .flatten()
    {
        match header.schema {
            Some(serde_json::Value::String(s)) if s != SCHEMA_ID => {
                return LoadError::WrongSchema { found: s };
            }
            Some(serde_json::Value::String(_)) => {}
            Some(other) => {
                return LoadError::WrongSchema {
                    found: other.to_string(),
                };
            }
            None => {}
        }
        if let Some(found) = header
            .schema_version
            .as_ref()
            .and_then(serde_json::Value::as_u64)
            .filter(|&v| v != u64::from(SCHEMA_VERSION))
        {
            return LoadError::UnsupportedVersion { found };
        }
    }
    LoadError::BadShape(Arc::new(error))
}

impl LoadError {
    /// The variant's stable snake_case name, as serialized in `kind`.
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        match self {
            Self::Io { .. } => "io",
            Self::NotJson(_) => "not_json",
            Self::Truncated(_) => "truncated",
            Self::BadShape(_) => "bad_shape",
            Self::WrongSchema { .. } => "wrong_schema",
            Self::UnsupportedVersion { .. } => "unsupported_version",
            Self::MalformedDigest { .. } => "malformed_digest",
            Self::DigestMismatch { .. } => "digest_mismatch",
            Self::DuplicateId { .. } => "duplicate_id",
            Self::DuplicateUse { .. } => "duplicate_use",
            Self::DuplicateTransfer { .. } => "duplicate_transfer",
            Self::Undeclared { .. } => "undeclared",
            Self::SelfParent { .. } => "self_parent",
            Self::TooLarge => "too_large",
            Self::ParentCycle { .. } => "parent_cycle",
            Self::ParentNotEnclosing { .. } => "parent_not_enclosing",
            Self::BasisMismatch { .. } => "basis_mismatch",
            Self::UseConditionMismatch { .. } => "use_condition_mismatch",
            Self::GroundConditionMismatch { .. } => "ground_condition_mismatch",
            Self::NotFlattened { .. } => "not_flattened",
            Self::TransferPurposeWithoutUse { .. } => "transfer_purpose_without_use",
            Self::PurposeNotFlattened { .. } => "purpose_not_flattened",
            Self::Unsigned { .. } => "unsigned",
            Self::MalformedSignature(_) => "malformed_signature",
            Self::UnsupportedSignature { .. } => "unsupported_signature",
            Self::SignatureEncoding => "signature_encoding",
            Self::SignatureOfAnotherTable { .. } => "signature_of_another_table",
            Self::UntrustedKey { .. } => "untrusted_key",
            Self::BadSignature { .. } => "bad_signature",
            Self::SharedId { .. } => "shared_id",
            Self::OtherPolicy { .. } => "other_policy",
            Self::Downgrade { .. } => "downgrade",
            Self::BadEffectiveDate { .. } => "bad_effective_date",
            Self::MinimumAgeOutOfRange { .. } => "minimum_age_out_of_range",
            Self::Refused { .. } => "refused",
        }
    }

    /// Whether trying again later may succeed: a file missing, unreadable
    /// for now or cut short (a deployment in the middle of writing it), or
    /// a signature not written yet beside its table. Everything else is
    /// permanent until someone changes the file: a table tampered with,
    /// foreign, malformed or refused by a guard.
    ///
    /// ```
    /// use policy_runtime::{LoadError, Rules};
    ///
    /// assert!(Rules::from_path("/nonexistent/rules.json").unwrap_err().is_transient());
    /// assert!(Rules::from_slice(br#"{"schema": "#).unwrap_err().is_transient());
    /// assert!(!Rules::from_slice(b"[1]").unwrap_err().is_transient());
    /// ```
    #[must_use]
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Io { source, .. } => matches!(
                source.kind(),
                io::ErrorKind::NotFound
                    | io::ErrorKind::Interrupted
                    | io::ErrorKind::WouldBlock
                    | io::ErrorKind::TimedOut
                    | io::ErrorKind::PermissionDenied
                    | io::ErrorKind::UnexpectedEof
            ),
            Self::Truncated(_) => true,
            Self::Unsigned { path } => path.is_some(),
            _ => false,
        }
    }
}

/// Serialized as `{"kind", "message", "transient"}`, for logs and health
/// endpoints.
impl serde::Serialize for LoadError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("LoadError", 3)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        s.serialize_field("transient", &self.is_transient())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::LoadError;

    /// Services return load errors inside their own errors; clippy's
    /// large-error bound (128 bytes) leaves them room only if a load error
    /// stays within twelve words.
    #[test]
    fn a_load_error_stays_small() {
        let words = size_of::<LoadError>() / size_of::<usize>();
        assert!(words <= 12, "a load error is {words} words");
    }
}
