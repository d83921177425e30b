//! YAML output, kept behind this one function: `serde_yaml` is archived
//! upstream, and its successor (`serde_yaml_ng`) must stay a one-line swap.
//! Never `serde_yml`, which is unsound.

use serde::Serialize;

/// Serializes a value as YAML. Only fails on values YAML cannot represent,
/// which the rule table never contains.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}
