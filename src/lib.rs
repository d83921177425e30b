//! policyc: a compiler for privacy policies written as code.
//!
//! The pipeline (`docs/design.md`) runs one way:
//! [`syntax`] parses source text into an AST, [`check`] resolves and checks
//! it into the [`model`], and the backends read only the model.

// What policyc prints goes through cli::output, which survives a reader
// that went away (`policyc explain | head`); print! would panic there.
#![warn(clippy::print_stdout, clippy::print_stderr)]

/// Writes formatted text into memory (a `String`, or the text writers'
/// buffer), as `write!` does, where a failure cannot happen: formatting
/// into memory fails only when a `Display` implementation returns an
/// error, and none of the values written does ([`written`] checks it in
/// tests).
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        $crate::written($out.write_fmt(format_args!($($arg)*)))
    }};
}

/// [`put!`] with a line break.
macro_rules! putln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let line = $out.write_fmt(format_args!($($arg)*));
        $crate::written(line.and_then(|()| $out.write_char('\n')))
    }};
}

/// The result of formatting into memory, which [`put!`] expects to
/// succeed: it is checked in debug builds (the tests), and there is
/// nothing to do with it otherwise.
fn written(result: std::fmt::Result) {
    debug_assert!(result.is_ok(), "formatting into memory failed");
}

pub mod buffer;
pub mod build;
pub mod check;
pub mod codes;
pub mod config;
pub mod countries;
pub mod diagnostic;
pub mod diff;
pub mod driver;
pub mod emit;
pub mod escape;
pub mod fides;
pub mod fmt;
pub mod hazard;
pub mod l10n;
pub mod load;
pub mod lsp;
pub mod model;
pub mod preview;
pub mod publish;
pub mod readability;
pub mod regimes;
pub mod render;
pub mod report;
pub mod rules;
pub mod sign;
pub mod source;
pub mod span;
pub mod suggest;
pub mod syntax;
#[doc(hidden)]
pub mod synth;
pub mod targets;
pub mod translate;
pub mod vocab;
pub mod yaml;

/// Parses and checks one source text. When a declaration does not parse at
/// all, only the syntax errors are reported: the checker's would mostly be
/// echoes of the missing declaration (unknown names, unused data).
pub fn check_source(text: &str) -> check::Checked {
    // Each declaration is checked as it is parsed, as `policyc check` does.
    let mut diagnostics = Vec::new();
    let mut omitted = diagnostic::Omitted::default();
    let mut checker = check::Checker::default();
    syntax::parse_each(text, 0, &mut diagnostics, &mut omitted, &mut |decl| {
        checker.add(decl);
    });
    if diagnostics.iter().any(|d| d.code == codes::Code::Syntax) || omitted.has(codes::Code::Syntax)
    {
        return check::Checked::failed(diagnostics, omitted);
    }
    checker.finish().after(diagnostics, omitted)
}
pub mod cli;
