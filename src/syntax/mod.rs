//! The front of the pipeline: source text to a typed syntax tree.

pub mod ast;
pub mod hygiene;
mod parser;

pub(crate) use parser::{
    CHANGES_PROPS, CONTROLLER_PROPS, DATA_PROPS, HEADER_PROPS, PURPOSE_PROPS, RECIPIENT_PROPS,
    RIGHT_PROPS,
};
pub use parser::{MAX_NAME_LEN, parse, parse_at, parse_each};
