//! The command line: argument parsing and one module per command.

mod build;
mod check;
mod diff;
mod explain;
mod export;
mod fmt;
mod generate;
mod import;
mod init;
mod keygen;
mod lsp;
mod output;
mod preview;
mod query;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

pub use output::{ColorChoice, Output};
use output::{stdout_line, stdout_text};

use crate::driver::Outcome;
use crate::report::Format;

/// policyc compiles privacy policies written as code into the text people
/// read, versioned diffs, and the rule table services enforce.
#[derive(Debug, Parser)]
#[command(name = "policyc", version, about, long_about = None)]
#[command(
    after_help = "Exit status: 0 no errors (warnings allowed), 1 problems found, 2 usage or I/O error.\nRun `policyc explain CODE` for the long explanation of a diagnostic."
)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
struct GlobalArgs {
    /// How to print diagnostics and results: human, json, github (workflow annotations), sarif (SARIF 2.1.0) or markdown (diff) (default: json for query, human otherwise).
    #[arg(long, value_enum, global = true)]
    format: Option<Format>,
    /// When to colour human output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Print only errors (and warnings under --deny-warnings): no other warnings, notes or `ok` lines, so a check, build, test, fmt or init that succeeds prints nothing in the human and github formats.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Print at most this many diagnostics (0: all); the rest are still counted.
    #[arg(long, global = true, default_value_t = 100, value_name = "N")]
    max_diagnostics: usize,
    /// Fail the run (exit 1) when there is any warning; warnings allowed in policyc.toml do not count.
    #[arg(long, global = true)]
    deny_warnings: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse and check policies; report every problem with a code, a location and a fix.
    Check(CheckArgs),
    /// Compile policies into generated/: the text (Markdown, HTML, plain text) and the rule table.
    Build(BuildArgs),
    /// Rewrite policies in the canonical layout, comments kept (--check: only report).
    Fmt(FmtArgs),
    /// Run the policies' test blocks against their compiled rules.
    Test(TestArgs),
    /// Compare two editions of a policy: each change classed expanding, narrowing or editorial.
    Diff(DiffArgs),
    /// Ask one question of a rule table (rules.json or a .policy file), as a service would.
    Query(QueryArgs),
    /// Print the long explanation of a diagnostic code or a change kind (or list them all), or describe a keyword value.
    Explain(ExplainArgs),
    /// Start a new policy from a commented template that checks clean.
    Init(InitArgs),
    /// Make an Ed25519 key pair to sign rule tables: PATH.key (private) and PATH.pub (public).
    Keygen(KeygenArgs),
    /// Serve a local page for authors: the policy text as readers will see it, the diagnostics beside it, refreshed on every save, and the redline against the last release.
    Preview(PreviewArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man -l -` or a man directory.
    Man,
    /// Write each policy in another tool's format (fides: a fideslang manifest).
    #[command(subcommand)]
    Export(ExportArgs),
    /// Make a starting policy from another tool's format (fides: a fideslang manifest).
    #[command(subcommand)]
    Import(ImportArgs),
    /// Serve the Language Server Protocol on stdin and stdout, for editors: diagnostics as you type, hover, definition, references, completion, rename, formatting, outline, quick fixes.
    Lsp(LspArgs),
    /// Print a synthetic policy of N data categories (N/10 purposes, N/100
    /// recipients), for benchmarks and load tests.
    #[command(hide = true)]
    Synth {
        /// How many data categories.
        categories: usize,
    },
}

/// What `policyc export` writes.
#[derive(Debug, Subcommand)]
enum ExportArgs {
    /// A fideslang manifest (YAML) per policy: data categories, data uses and a system with a privacy declaration per purpose.
    Fides {
        /// Policy files or directories (searched recursively for *.policy).
        #[arg(default_value = "policies")]
        paths: Vec<PathBuf>,
        /// Write the manifest to this file (one policy) instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Refuse files larger than this many bytes.
        #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
        max_file_size: usize,
    },
}

/// What `policyc import` reads.
#[derive(Debug, Subcommand)]
enum ImportArgs {
    /// A fideslang manifest (YAML): its first system becomes a policy that checks; what cannot be mapped is listed as warnings (W0490).
    Fides {
        /// The manifest.
        manifest: PathBuf,
        /// Write the policy to this new file instead of stdout (never overwritten).
        #[arg(long, value_name = "FILE.policy")]
        out: Option<PathBuf>,
        /// The policy's effective date (default: today, or SOURCE_DATE_EPOCH's date).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = import::date)]
        effective: Option<crate::model::Date>,
        /// Refuse a manifest larger than this many bytes.
        #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
        max_file_size: usize,
    },
}

/// Arguments of `policyc check`.
#[derive(Debug, Args)]
struct CheckArgs {
    /// Policy files or directories (searched recursively for *.policy).
    #[arg(default_value = "policies")]
    paths: Vec<PathBuf>,
    /// The output directory whose history (DIR/<id>/history) each policy is compared with, as `policyc build` does: W0460, W0461, W0429.
    #[arg(long, default_value = "generated", value_name = "DIR")]
    out: PathBuf,
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
    /// Replace the history entry of the latest edition when its content changed: for an edition still under review, not yet published.
    #[arg(long)]
    amend: bool,
    /// Add the hash chain and `ledger-head.json` to a history ledger written by an older policyc (once; rewrites no edition).
    #[arg(long, conflicts_with = "amend")]
    upgrade_ledger: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
    /// When another build is writing to the output directory, fail at once (E0703) instead of waiting for it.
    #[arg(long)]
    no_wait: bool,
    /// Sign each rule table and ledger head with this Ed25519 private key (PKCS#8 PEM), writing rules.json.sig and ledger-head.json.sig; overrides `[build] sign` in policyc.toml.
    #[arg(long, value_name = "KEY")]
    sign: Option<PathBuf>,
    /// Require every rule table and ledger head to be signed by one of these public keys (repeatable; E0804, E0509); overrides `[build] trusted_keys` in policyc.toml.
    #[arg(long = "trusted-key", value_name = "KEY")]
    trusted_keys: Vec<PathBuf>,
    /// Also write POLICY_ID/ids.rs, the policy's ids as a Rust module for services (`--emit rust`); give it to `--check` too.
    #[arg(long, value_enum, value_name = "LANGUAGE")]
    emit: Vec<EmitLanguage>,
    /// Also write each policy for this engine (repeatable): `opa`, an OPA bundle (POLICY_ID/opa/ and POLICY_ID/bundle.tar.gz); `cedar`, a Cedar schema, policies and entities (POLICY_ID/cedar/); overrides `[build] targets` in policyc.toml. Every build writes POLICY_ID/conformance.json.
    #[arg(long = "target", value_enum, value_name = "ENGINE")]
    targets: Vec<BuildTarget>,
}

/// An engine `policyc build --target` writes the policy for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum BuildTarget {
    /// An Open Policy Agent bundle.
    Opa,
    /// A Cedar schema, policies and entities.
    Cedar,
}

impl From<BuildTarget> for crate::targets::Target {
    fn from(target: BuildTarget) -> Self {
        match target {
            BuildTarget::Opa => crate::targets::Target::Opa,
            BuildTarget::Cedar => crate::targets::Target::Cedar,
        }
    }
}

/// The targets of a build: those of `--target`, else those of
/// `[build] targets`, each once.
fn build_targets(args: &BuildArgs, config: &crate::config::Config) -> Vec<crate::targets::Target> {
    if args.targets.is_empty() {
        return config.targets.clone();
    }
    let mut targets: Vec<crate::targets::Target> =
        args.targets.iter().copied().map(Into::into).collect();
    targets.sort();
    targets.dedup();
    targets
}

/// A language `policyc build --emit` writes the policy's ids in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum EmitLanguage {
    /// A Rust module (`ids.rs`) over `policy-runtime`.
    Rust,
}

/// Arguments of `policyc preview`.
#[derive(Debug, Args)]
#[command(
    after_help = "Serves on 127.0.0.1 only and prints the address to open. The page refreshes when a policy file is saved; stop it with Ctrl-C."
)]
struct PreviewArgs {
    /// A policy file or a directory (searched recursively for *.policy).
    #[arg(default_value = "policies")]
    path: PathBuf,
    /// The port on 127.0.0.1 (0: any free port, chosen by the system).
    #[arg(long, default_value_t = 0, value_name = "N")]
    port: u16,
    /// The output directory whose history holds the released editions, for the redline.
    #[arg(long, default_value = "generated", value_name = "DIR")]
    out: PathBuf,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
}

/// Arguments of `policyc keygen`.
#[derive(Debug, Args)]
#[command(
    after_help = "Writes PATH.key (PKCS#8 PEM, mode 0600: keep it secret, never commit it) and PATH.pub (the public key in base64, for services and `policyc query --trusted-key`). Never overwrites a file."
)]
struct KeygenArgs {
    /// Where to write the key pair, without extension, such as keys/release.
    path: PathBuf,
}

/// Arguments of `policyc fmt`.
#[derive(Debug, Args)]
struct FmtArgs {
    /// Policy files or directories (searched recursively for *.policy).
    #[arg(default_value = "policies")]
    paths: Vec<PathBuf>,
    /// Rewrite nothing; exit 1 naming each file that would change, with a diff.
    #[arg(long)]
    check: bool,
}

/// Arguments of `policyc test`.
#[derive(Debug, Args)]
struct TestArgs {
    /// Policy files or directories (searched recursively for *.policy).
    #[arg(default_value = "policies")]
    paths: Vec<PathBuf>,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
}

/// Arguments of `policyc diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  policyc diff generated/shop/history/1.0.0.json policies/shop.policy\n  policyc diff --against origin/main policies/shop.policy --require-bump --format github\nFormats: human (grouped by class), markdown, json (stable, for tools), github (annotations).\nExit status: 0 compared (with --require-bump: and the version and effective date are right), 1 the version is not raised enough or the notice period is not respected (with --require-bump), or a policy has errors, 2 usage or I/O error."
)]
struct DiffArgs {
    /// The old edition: a policy file or a history entry (history/VERSION.json). With --against, the one policy file.
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The new edition: a policy file or a history entry.
    #[arg(
        value_name = "NEW",
        required_unless_present = "against",
        conflicts_with = "against"
    )]
    new: Option<PathBuf>,
    /// Compare the file with itself at this git revision (`git show REV:FILE`), such as origin/main.
    #[arg(long, value_name = "REV")]
    against: Option<String>,
    /// Exit 1 unless NEW's version is raised enough for the changes (expanding: major, narrowing: minor, editorial: patch) and an expanding NEW takes effect after the promised notice period.
    #[arg(long)]
    require_bump: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
}

/// Arguments of `policyc query`.
#[derive(Debug, Args)]
#[command(
    after_help = format!(
        "Facts: {}.\nExit status: 0 a decision was made (allowed or denied) or a deadline answered, 1 the table cannot be loaded, 2 usage error.",
        crate::vocab::facts(", ")
    )
)]
struct QueryArgs {
    /// A rule table (rules.json) or a policy file (.policy), compiled on the fly.
    rules: PathBuf,
    #[command(subcommand)]
    question: QuestionArgs,
    /// A fact the caller asserts, such as consent:marketing (repeatable).
    #[arg(long = "fact", short = 'f', global = true, value_name = "FACT")]
    facts: Vec<String>,
    /// Load the table only if rules.json.sig signs it with this public key (repeatable: any one suffices).
    #[arg(long = "trusted-key", global = true, value_name = "KEY")]
    trusted_keys: Vec<PathBuf>,
    /// For a .policy: the build's output directory, whose released editions give each purpose's and recipient's `since` (and so the digest) as `policyc build` does.
    #[arg(long, default_value = "generated", global = true, value_name = "DIR")]
    out: PathBuf,
}

#[derive(Debug, Subcommand)]
enum QuestionArgs {
    /// May DATA be used for PURPOSE?
    Use {
        /// The data category, such as account.email.
        data: String,
        /// The purpose.
        purpose: String,
    },
    /// May DATA be sent to RECIPIENT?
    Transfer {
        /// The data category.
        data: String,
        /// The recipient.
        recipient: String,
    },
    /// May the tracker (cookie, pixel, SDK) TRACKER be set?
    Tracker {
        /// The tracker, such as ga.
        tracker: String,
    },
    /// May a user who is a child use the service? The fact `child` is implied; add `--fact parental_consent` or `--fact age_verified`.
    Children,
    /// May the decision DECISION be made about the user solely by automated
    /// means (GDPR Art. 22)?
    Decision {
        /// The automated decision, such as credit_check.
        decision: String,
    },
    /// When must DATA be erased, given the dates of a record's events? The
    /// deadline, the period that decided it, how the periods combine, what
    /// happens at the end, and when backups are gone.
    Deadline {
        /// The data category, such as account.
        data: String,
        /// The purpose the data is used for: its use's own retention when it
        /// states one (`retain DATA when_used_for PURPOSE …`), else the
        /// category's.
        #[arg(long, value_name = "PURPOSE")]
        purpose: Option<String>,
        /// An event of the record and its date (repeatable): NAME is
        /// collection, last_use, account_closure, end_of_contract or the
        /// policy's own words for an event; DATE is YYYY-MM-DD.
        #[arg(long = "event", value_name = "NAME=DATE", value_parser = event_date)]
        events: Vec<(String, policy_runtime::Date)>,
    },
}

/// `--event NAME=DATE`: the event's words in the table and its date.
fn event_date(arg: &str) -> Result<(String, policy_runtime::Date), String> {
    let Some((name, date)) = arg.rsplit_once('=') else {
        return Err(format!(
            "`{arg}` is not NAME=DATE, such as last_use=2027-01-31"
        ));
    };
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("`{arg}` names no event"));
    }
    let date = date
        .trim()
        .parse()
        .map_err(|error: policy_runtime::DateError| error.to_string())?;
    Ok((crate::driver::query::event_words(name), date))
}

/// Arguments of `policyc explain`.
#[derive(Debug, Args)]
struct ExplainArgs {
    /// The code, such as E0101, a change kind, such as RETENTION_EXTENDED, or a keyword value, such as business_transfer. Without it, every code and change kind is listed.
    code: Option<String>,
}

/// Arguments of `policyc init`.
#[derive(Debug, Args)]
#[command(after_help = init::help())]
struct InitArgs {
    /// The directory to write the policy into (created if missing).
    #[arg(default_value = "policies")]
    dir: PathBuf,
    /// The policy id: a letter, then letters, digits or underscores.
    #[arg(long)]
    id: Option<String>,
    #[arg(long = "regime", value_name = "ID", help = init::regime_help())]
    regimes: Vec<String>,
    #[arg(long, default_value = init::default_voice(), value_parser = voice, help = init::voice_help())]
    voice: crate::model::Voice,
    #[arg(long = "publish", value_name = "LL", help = init::publish_help())]
    publish: Vec<String>,
}

/// A voice, by its keyword.
fn voice(keyword: &str) -> Result<crate::model::Voice, String> {
    crate::vocab::VOICES
        .find(keyword)
        .map(|v| v.value)
        .ok_or_else(|| {
            format!(
                "expected {}",
                crate::vocab::VOICES
                    .keywords()
                    .collect::<Vec<_>>()
                    .join(" or ")
            )
        })
}

/// Arguments of `policyc lsp`.
#[derive(Debug, Args)]
#[command(
    after_help = "An editor starts it and talks JSON-RPC on stdin and stdout; the README's \"Editors\" section says how each editor is set up."
)]
struct LspArgs {
    /// Refuse documents and included files larger than this many bytes.
    #[arg(long, default_value_t = crate::source::DEFAULT_MAX_FILE_SIZE, value_name = "BYTES")]
    max_file_size: usize,
}

/// Arguments of `policyc completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  policyc completions bash > ~/.local/share/bash-completion/completions/policyc\n  policyc completions zsh > ~/.zfunc/_policyc\n  policyc completions fish > ~/.config/fish/completions/policyc.fish"
)]
struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// How `policyc build` may change the history, from its flags.
fn history_mode(args: &BuildArgs) -> crate::diff::history::Mode {
    use crate::diff::history::Mode;
    match (args.amend, args.upgrade_ledger) {
        (_, true) => Mode::UpgradeLedger,
        (true, false) => Mode::Amend,
        (false, false) => Mode::Release,
    }
}

/// Whether a command reads `policyc.toml`: those that report diagnostics
/// about policies. The others work anywhere, whatever the configuration.
fn reads_config(command: &Command) -> bool {
    !matches!(
        command,
        Command::Explain(_)
            | Command::Init(_)
            | Command::Keygen(_)
            | Command::Completions(_)
            | Command::Man
            | Command::Synth { .. }
            | Command::Lsp(_)
    )
}

/// Reads `policyc.toml` (searching the current directory and its parents)
/// into the lint settings of `out`, and returns the signing key it names;
/// on failure, returns the exit status.
fn configure(out: &mut Output, deny_warnings: bool) -> Result<crate::config::Config, Outcome> {
    // A working directory that cannot be named (it was removed) is
    // searched as `.`: what can still be found from it is.
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    match crate::config::Config::discover(&cwd) {
        Ok(config) => {
            out.set_lints(config.lints(deny_warnings));
            Ok(config)
        }
        Err(error) => {
            out.problem(&error);
            Err(Outcome::Usage)
        }
    }
}

/// The clap definition of the command line, for completions and the man page.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Runs the command line and returns the process exit status.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            output::reader_gone(error.print());
            return ExitCode::from(if error.use_stderr() {
                Outcome::Usage
            } else {
                Outcome::Clean
            });
        }
    };
    let default_format = match cli.command {
        Command::Query(_) => Format::Json,
        _ => Format::Human,
    };
    let format = cli.global.format.unwrap_or(default_format);
    let mut out = Output::new(format, cli.global.color, cli.global.quiet);
    out.set_max_shown(cli.global.max_diagnostics);
    let mut config = crate::config::Config::default();
    if reads_config(&cli.command) {
        match configure(&mut out, cli.global.deny_warnings) {
            Ok(found) => config = found,
            Err(status) => {
                out.finish(status);
                return status.into();
            }
        }
    }
    let status = match &cli.command {
        Command::Check(args) => check::run(
            &args.paths,
            args.max_file_size,
            &config.text,
            &args.out,
            &mut out,
        ),
        Command::Build(args) => {
            let key = args.sign.as_deref().or(config.sign.as_deref());
            let trusted_paths = if args.trusted_keys.is_empty() {
                &config.trusted_keys
            } else {
                &args.trusted_keys
            };
            let keys = keygen::load_signer(key, &mut out)
                .and_then(|signer| Ok((signer, keygen::load_trusted(trusted_paths, &mut out)?)));
            match keys {
                Ok((signer, trusted)) => build::run(
                    &crate::driver::build::BuildOptions {
                        paths: &args.paths,
                        out_dir: &args.out,
                        check_only: args.check,
                        mode: history_mode(args),
                        max_file_size: args.max_file_size,
                        wait: !args.no_wait,
                        signer: signer.as_ref(),
                        trusted: &trusted,
                        emit_rust: args.emit.contains(&EmitLanguage::Rust),
                        targets: &build_targets(args, &config),
                    },
                    &mut out,
                ),
                Err(status) => {
                    out.finish(status);
                    status
                }
            }
        }
        Command::Fmt(args) => fmt::run(&args.paths, args.check, &mut out),
        Command::Test(args) => test::run(&args.paths, args.max_file_size, &mut out),
        Command::Diff(args) => diff::run(
            &diff::DiffOptions {
                old: &args.old,
                new: args.new.as_deref(),
                against: args.against.as_deref(),
                require_bump: args.require_bump,
                color: cli.global.color,
                max_file_size: args.max_file_size,
            },
            &mut out,
        ),
        Command::Query(args) => {
            let question = match &args.question {
                QuestionArgs::Use { data, purpose } => {
                    crate::driver::query::Question::Use { data, purpose }
                }
                QuestionArgs::Transfer { data, recipient } => {
                    crate::driver::query::Question::Transfer { data, recipient }
                }
                QuestionArgs::Tracker { tracker } => {
                    crate::driver::query::Question::Tracker { tracker }
                }
                QuestionArgs::Children => crate::driver::query::Question::Children,
                QuestionArgs::Decision { decision } => {
                    crate::driver::query::Question::Automated { decision }
                }
                QuestionArgs::Deadline {
                    data,
                    purpose,
                    events,
                } => crate::driver::query::Question::Deadline {
                    data,
                    purpose: purpose.as_deref(),
                    events,
                },
            };
            match keygen::load_trusted(&args.trusted_keys, &mut out) {
                Ok(trusted) => query::run(
                    &args.rules,
                    &question,
                    &args.facts,
                    &trusted,
                    &args.out,
                    &mut out,
                ),
                Err(status) => {
                    out.finish(status);
                    status
                }
            }
        }
        Command::Explain(args) => explain::run(args.code.as_deref(), &mut out),
        Command::Init(args) => init::run(
            &args.dir,
            args.id.as_deref(),
            &args.regimes,
            args.voice,
            &args.publish,
            &mut out,
        ),
        Command::Keygen(args) => keygen::run(&args.path, &mut out),
        Command::Preview(args) => preview::run(
            crate::preview::Options {
                inputs: crate::preview::state::Inputs {
                    paths: vec![args.path.clone()],
                    max_file_size: args.max_file_size,
                    lints: config.lints(false),
                },
                out_dir: args.out.clone(),
                port: args.port,
            },
            &mut out,
        ),
        Command::Completions(args) => generate::completions(args.shell, &mut out),
        Command::Man => generate::man(&mut out),
        Command::Export(ExportArgs::Fides {
            paths,
            out: file,
            max_file_size,
        }) => export::fides(paths, file.as_deref(), *max_file_size, &mut out),
        Command::Import(ImportArgs::Fides {
            manifest,
            out: file,
            effective,
            max_file_size,
        }) => {
            let today = || crate::model::Date::parse(&init::today());
            match effective.or_else(today) {
                Some(effective) => import::fides(
                    manifest,
                    file.as_deref(),
                    effective,
                    *max_file_size,
                    &mut out,
                ),
                None => Outcome::Usage,
            }
        }
        Command::Lsp(args) => lsp::run(args.max_file_size, &mut out),
        Command::Synth { categories } => {
            stdout_text(&crate::synth::policy(*categories));
            Outcome::Clean
        }
    };
    status.into()
}
