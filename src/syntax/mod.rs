//! The front of the pipeline: source text to a typed syntax tree.

pub mod ast;
pub mod hygiene;
mod parser;
pub mod props;

/// The keywords that start a declaration (for an editor's quick fixes).
pub(crate) use parser::DECL_KEYWORDS;
pub use parser::{MAX_NAME_LEN, parse, parse_at, parse_each};
