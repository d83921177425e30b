//! The one place a Fides manifest becomes YAML and back, through
//! `serde_yaml_ng` (a maintained fork of the archived `serde_yaml`). The
//! rule table's YAML has a writer of its own (`crate::yaml`); a manifest is
//! also read, which needs a YAML parser.

use super::manifest::Manifest;

/// A YAML document as read, before it is taken as a manifest: the import
/// looks at its fields to name those it does not read.
pub use serde_yaml_ng::Value;

/// A manifest that is not YAML of the expected shape.
#[derive(Debug)]
pub struct YamlError(serde_yaml_ng::Error);

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for YamlError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

impl YamlError {
    /// The line (1-based) where reading stopped, when known.
    pub fn line(&self) -> Option<usize> {
        self.0.location().map(|l| l.line())
    }
}

/// The manifest as YAML. Serializing plain structs of strings, lists and
/// booleans cannot fail; an error is still returned, not hidden.
pub fn to_string(manifest: &Manifest) -> Result<String, YamlError> {
    serde_yaml_ng::to_string(manifest).map_err(YamlError)
}

/// A manifest read from YAML: the caller bounds the text's size; the
/// parser bounds nesting and alias expansion.
pub fn from_str(text: &str) -> Result<Manifest, YamlError> {
    serde_yaml_ng::from_str(text).map_err(YamlError)
}

/// A YAML document read from `text`, bounded as [`from_str`] is.
pub fn value(text: &str) -> Result<Value, YamlError> {
    serde_yaml_ng::from_str(text).map_err(YamlError)
}
