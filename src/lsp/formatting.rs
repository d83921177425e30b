//! Document formatting: `policyc fmt`'s canonical layout, as one edit
//! of the whole document. A document that does not parse is left as it
//! is (its diagnostics say why).

use lsp_types::TextEdit;

use super::analysis::whole;

/// The edits that format `text`: none when it is already formatted or
/// does not parse.
pub fn format(text: &str) -> Vec<TextEdit> {
    match crate::fmt::format(text) {
        Ok(formatted) if formatted != text => vec![TextEdit::new(whole(text), formatted)],
        Ok(_) | Err(_) => Vec::new(),
    }
}
