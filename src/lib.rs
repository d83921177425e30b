//! policyc: a compiler for privacy policies written as code.
//!
//! The pipeline (DESIGN.md section 4) runs one way:
//! [`syntax`] parses source text into an AST, [`check`] resolves and checks
//! it into the [`model`], and the backends read only the model.

// pub mod check;
pub mod codes;
pub mod diagnostic;
// pub mod model;
pub mod span;
pub mod suggest;
pub mod syntax;
