//! The front of the pipeline: source text to a typed syntax tree.

pub mod ast;
mod parser;

pub use parser::{parse, parse_at};
