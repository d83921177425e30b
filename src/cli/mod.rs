//! The command line: argument parsing and one module per command.

mod build;
mod check;
mod explain;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

pub use output::{ColorChoice, Output};

use crate::report::Format;

/// Exit status: the run found no errors (warnings allowed).
pub const EXIT_OK: u8 = 0;
/// Exit status: the policies have errors, or a check failed.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit status: a usage or I/O error.
pub const EXIT_USAGE: u8 = 2;

/// policyc compiles privacy policies written as code into the text people
/// read, versioned diffs, and the rule table services enforce.
#[derive(Debug, Parser)]
#[command(name = "policyc", version, about, long_about = None)]
#[command(after_help = "Exit status: 0 no errors (warnings allowed), 1 problems found, 2 usage or I/O error.\nRun `policyc explain CODE` for the long explanation of a diagnostic.")]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
struct GlobalArgs {
    /// How to print diagnostics and results: human (default) or json.
    #[arg(long, value_enum, global = true, default_value_t = Format::Human)]
    format: Format,
    /// When to colour human output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Print nothing on success; print only diagnostics on failure.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse and check policies; report every problem with a code, a location and a fix.
    Check(CheckArgs),
    /// Compile policies into generated/: the text (Markdown, HTML, plain text) and the rule table.
    Build(BuildArgs),
    /// Print the long explanation of a diagnostic code (or list every code).
    Explain(ExplainArgs),
}

/// Arguments of `policyc check`.
#[derive(Debug, Args)]
struct CheckArgs {
    /// Policy files or directories (searched recursively for *.policy).
    #[arg(default_value = "policies")]
    paths: Vec<PathBuf>,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
}

/// Arguments of `policyc build`.
#[derive(Debug, Args)]
struct BuildArgs {
    /// Policy files or directories (searched recursively for *.policy).
    #[arg(default_value = "policies")]
    paths: Vec<PathBuf>,
    /// The output directory; each policy gets a folder named by its id.
    #[arg(long, default_value = "generated", value_name = "DIR")]
    out: PathBuf,
    /// Write nothing; exit 1 naming each file that is missing, differs or is extra.
    #[arg(long)]
    check: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
}

/// Arguments of `policyc explain`.
#[derive(Debug, Args)]
struct ExplainArgs {
    /// The code, such as E0101. Without it, every code is listed.
    code: Option<String>,
}

/// Runs the command line and returns the process exit status.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_USAGE } else { EXIT_OK });
        }
    };
    let mut out = Output::new(cli.global.format, cli.global.color, cli.global.quiet);
    let status = match &cli.command {
        Command::Check(args) => check::run(&args.paths, args.max_file_size, &mut out),
        Command::Build(args) => build::run(&args.paths, &args.out, args.check, args.max_file_size, &mut out),
        Command::Explain(args) => explain::run(args.code.as_deref(), &mut out),
    };
    ExitCode::from(status)
}
