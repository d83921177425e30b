//! A service-like program: loads a rule table, answers decisions, and
//! reloads the table when the file changes, keeping the last good one when
//! the new one is refused.
//!
//! ```text
//! cargo run -p policy-runtime --example service -- [--trusted-key KEY.pub]... generated/shop/rules.json [SECONDS]
//! ```
//!
//! It polls the file every second, for SECONDS seconds (forever without
//! it). Edit the file by hand to see it refused; rebuild it with `policyc
//! build` to see it replaced; copy an older edition or another policy's
//! table over it to see the reload guards refuse it. With trusted keys (the `.pub`
//! files of `policyc keygen`), only tables whose `rules.json.sig` is signed
//! by one of them are served.

use std::process::ExitCode;
use std::thread;
use std::time::{Duration, Instant};

use policy_runtime::{Condition, Facts, Reloaded, Reloader, Rules, SharedRules, TrustedKey};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let mut trusted = Vec::new();
    while args.peek().is_some_and(|a| a == "--trusted-key") {
        let key = args
            .nth(1)
            .and_then(|path| std::fs::read_to_string(path).ok())
            .map(|text| TrustedKey::from_base64(&text));
        match key {
            Some(Ok(key)) => trusted.push(key),
            Some(Err(e)) => {
                eprintln!("--trusted-key: {e}");
                return ExitCode::from(2);
            }
            None => {
                eprintln!("--trusted-key: cannot read the key file");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = args.next() else {
        eprintln!("usage: service [--trusted-key KEY.pub]... RULES.json [SECONDS]");
        return ExitCode::from(2);
    };
    let watch_for = match args.next().map(|s| s.parse::<u64>()) {
        None => None,
        Some(Ok(secs)) => Some(Duration::from_secs(secs)),
        Some(Err(e)) => {
            eprintln!("SECONDS: {e}");
            return ExitCode::from(2);
        }
    };

    let opened = if trusted.is_empty() {
        Reloader::open(&path)
    } else {
        Reloader::open_verified(&path, trusted)
    };
    let mut reloader = match opened {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    announce(&reloader.current());

    // A worker answers "requests" against whatever table is current.
    let shared = reloader.shared();
    let worker = thread::spawn(move || serve(&shared, watch_for));

    let started = Instant::now();
    while watch_for.is_none_or(|limit| started.elapsed() < limit) {
        thread::sleep(Duration::from_secs(1));
        match reloader.poll() {
            Ok(Reloaded::Unchanged) => {}
            Ok(Reloaded::Replaced) => {
                println!("reloaded {path}");
                announce(&reloader.current());
            }
            Err(e) => {
                let kept = reloader.current();
                eprintln!(
                    "error: {e}\n  keeping policy `{}` {}",
                    kept.policy(),
                    kept.version()
                );
            }
        }
    }
    if worker.join().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Prints what was loaded and a few decisions: the first uses and transfers
/// of the table, asked without facts and with the facts their conditions
/// need.
fn announce(rules: &Rules) {
    let t = rules.table();
    let signed = rules
        .signed_by()
        .map_or_else(String::new, |key| format!(", signed by key {key}"));
    println!(
        "serving policy `{}` {} (effective {}, {}{signed}): {} data categories, {} purposes, {} recipients",
        t.policy,
        t.version,
        t.effective,
        t.digest,
        t.data.len(),
        t.purposes.len(),
        t.recipients.len()
    );
    for rule in t.uses.iter().take(3) {
        let mut facts = Facts::new();
        for_decision(
            rules
                .decide_use(&rule.data, &rule.purpose, &facts)
                .to_report(),
        );
        if let Condition::Requires { fact } = &rule.condition {
            facts.insert(fact.as_str());
            for_decision(
                rules
                    .decide_use(&rule.data, &rule.purpose, &facts)
                    .to_report(),
            );
        }
    }
    for rule in t.transfers.iter().take(2) {
        let facts: Facts = rule
            .grounds
            .iter()
            .rev()
            .take(1)
            .filter_map(|g| g.condition.fact())
            .collect();
        for_decision(
            rules
                .decide_transfer(&rule.data, &rule.recipient, &facts)
                .to_report(),
        );
    }
    if let Some(d) = t.data.first() {
        for_decision(
            rules
                .decide_use(&d.id, "no_such_purpose", &Facts::new())
                .to_report(),
        );
    }
}

fn for_decision(report: policy_runtime::DecisionReport) {
    match serde_json::to_string(&report) {
        Ok(json) => println!("  {json}"),
        Err(e) => eprintln!("error: {e}"),
    }
}

/// Answers one request a second with a snapshot of the current table.
fn serve(shared: &SharedRules, watch_for: Option<Duration>) {
    let started = Instant::now();
    let mut n = 0_usize;
    while watch_for.is_none_or(|limit| started.elapsed() < limit) {
        let rules = shared.current();
        let t = rules.table();
        if let Some(rule) = t.uses.get(n % t.uses.len().max(1)) {
            let d = rules.decide_use(&rule.data, &rule.purpose, &Facts::new());
            println!(
                "request {n}: {} ({} {})",
                d.reason(),
                d.table.policy,
                d.table.version
            );
        }
        n += 1;
        thread::sleep(Duration::from_secs(1));
    }
}
