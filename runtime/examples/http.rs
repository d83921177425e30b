//! A small HTTP service on `policy-runtime`, with the standard library only:
//! consent state turned into typed facts, hot reload with guards, one audit
//! line per decision, and a retention sweep.
//!
//! ```text
//! cargo run -p policy-runtime --example http -- generated/pro_it_privacy/rules.json [127.0.0.1:8080]
//! curl '127.0.0.1:8080/use?data=account.email&purpose=communication'
//! curl '127.0.0.1:8080/use?data=device&purpose=quality&objection=quality'
//! curl '127.0.0.1:8080/transfer?data=account&recipient=acquirer&holds=business_transfer'
//! curl '127.0.0.1:8080/sweep?data=device&collected=2027-01-31,2028-02-29'
//! ```
//!
//! Query parameters: `consent=` purposes or recipients the user consented
//! to, `objection=` purposes the user objected to, `holds=` grounds whose
//! fact holds, each a comma-separated list of ids (no percent-encoding).
//! A name the table does not know is refused with 400: a typo never turns
//! into a silent "allowed". `/sweep` gives the erasure deadline of each
//! record collected on the dates listed. Audit lines (JSON) go to standard
//! error.

#![allow(dead_code, reason = "the tests include this file as a module")]

use std::io::{BufRead as _, BufReader, Read as _, Write};
use std::net::{TcpListener, TcpStream};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use policy_runtime::{
    Date, Event, Fact, FactSet, Ground, LoadError, Reloaded, Reloader, Rules, SharedRules,
};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: http RULES.json [ADDRESS]");
        return ExitCode::from(2);
    };
    let address = args.next().unwrap_or_else(|| "127.0.0.1:8080".to_owned());
    // Built-in guards (same policy, no downgrade) and one of the service's
    // own: a table that drops every purpose is not deployed.
    let reloader = Reloader::open(&path).map(|r| {
        r.guard(|_: &Rules, next: &Rules| {
            if next.table().purposes.is_empty() {
                return Err("the new table declares no purpose".to_owned());
            }
            Ok(())
        })
    });
    let mut reloader = match reloader {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let shared = reloader.shared();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(1));
            match reloader.poll() {
                Ok(Reloaded::Replaced) => eprintln!("reloaded {}", reloader.current().version()),
                Ok(Reloaded::Unchanged) => {}
                Err(e) => eprintln!("{}", refusal(&e)),
            }
        }
    });
    let listener = match TcpListener::bind(&address) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on {address}: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("listening on {address}");
    serve(&listener, &shared, None, &Mutex::new(std::io::stderr()));
    ExitCode::SUCCESS
}

/// A refused reload as a log line: transient errors are retried, others
/// need someone to look.
fn refusal(error: &LoadError) -> String {
    let what = if error.is_transient() {
        "will retry"
    } else {
        "ALERT"
    };
    format!(
        "keeping the current rules ({what}): {}",
        serde_json::to_string(error).unwrap_or_default()
    )
}

/// Answers requests on `listener` with the current rules, `limit` of them
/// or forever, writing an audit line per decision to `audit`.
pub fn serve(
    listener: &TcpListener,
    shared: &SharedRules,
    limit: Option<usize>,
    audit: &Mutex<impl Write>,
) {
    let accepted = listener.incoming().take(limit.unwrap_or(usize::MAX));
    for stream in accepted.flatten() {
        // One snapshot per request: a reload never changes a request
        // half-way.
        let rules = shared.current();
        respond(stream, &rules, audit);
    }
}

fn respond(mut stream: TcpStream, rules: &Rules, audit: &Mutex<impl Write>) {
    // A client that sends nothing, or an endless line, gets no more than
    // five seconds and 8 KiB.
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut line = String::new();
    if BufReader::new((&stream).take(8 * 1024))
        .read_line(&mut line)
        .is_err()
    {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let (status, body) = match handle(target, rules) {
        Ok((body, audit_line)) => {
            if let Some(audit_line) = audit_line
                && let Ok(mut audit) = audit.lock()
            {
                let _ = writeln!(audit, "{audit_line}");
            }
            ("200 OK", body)
        }
        Err((status, message)) => (status, serde_json::json!({ "error": message }).to_string()),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
}

/// A response body and its audit line, or a status and a message.
type Handled = Result<(String, Option<String>), (&'static str, String)>;

fn handle(target: &str, rules: &Rules) -> Handled {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let param = |name: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    };
    let required =
        |name: &'static str| param(name).ok_or(("400 Bad Request", format!("missing `{name}`")));
    let decision = match path {
        "/use" => {
            let facts = facts_of(rules, &param)?;
            let data = id(rules.data_id(required("data")?), "data", required("data")?)?;
            let purpose = id(
                rules.purpose_id(required("purpose")?),
                "purpose",
                required("purpose")?,
            )?;
            rules.decide_use_ids(data, purpose, &facts)
        }
        "/transfer" => {
            let facts = facts_of(rules, &param)?;
            let data = id(rules.data_id(required("data")?), "data", required("data")?)?;
            let recipient = id(
                rules.recipient_id(required("recipient")?),
                "recipient",
                required("recipient")?,
            )?;
            rules.decide_transfer_ids(data, recipient, &facts)
        }
        "/sweep" => {
            // The retention sweep: one date of collection per record, the
            // retention looked up once.
            let data = id(rules.data_id(required("data")?), "data", required("data")?)?;
            let mut records = Vec::new();
            for date in list(param("collected")) {
                let date: Date = date
                    .parse()
                    .map_err(|e| ("400 Bad Request", format!("{e}")))?;
                records.push([(Event::Collection, date)]);
            }
            let deadlines: Vec<String> = rules
                .deadlines(data, None, &records)
                .map(|d| d.to_string())
                .collect();
            let body = serde_json::json!({ "deadlines": deadlines });
            return Ok((body.to_string(), None));
        }
        _ => return Err(("404 Not Found", format!("no endpoint `{path}`"))),
    };
    let report = decision.to_report().at(now());
    let line = serde_json::to_string(&report).unwrap_or_default();
    Ok((line.clone(), Some(line)))
}

/// The user's consent state as typed facts: every name must be one of the
/// table's, or the request is refused.
fn facts_of<'q>(
    rules: &Rules,
    param: &impl Fn(&str) -> Option<&'q str>,
) -> Result<FactSet, (&'static str, String)> {
    let mut facts = Vec::new();
    for name in list(param("consent")) {
        match (rules.purpose_id(name), rules.recipient_id(name)) {
            (Some(p), _) => facts.push(Fact::consent_to(p)),
            (None, Some(r)) => facts.push(Fact::consent_to_recipient(r)),
            (None, None) => return Err(unknown("consent to", name)),
        }
    }
    for name in list(param("objection")) {
        let purpose = rules
            .purpose_id(name)
            .ok_or_else(|| unknown("objection to", name))?;
        facts.push(Fact::objection_to(purpose));
    }
    for name in list(param("holds")) {
        let ground = Ground::ALL
            .into_iter()
            .find(|g| g.plain_fact() == Some(name) || g.as_str() == name)
            .ok_or_else(|| unknown("ground fact", name))?;
        facts.push(Fact::ground_holds(ground));
    }
    Ok(rules.fact_set(facts))
}

fn list(value: Option<&str>) -> impl Iterator<Item = &str> {
    value.unwrap_or("").split(',').filter(|s| !s.is_empty())
}

fn unknown(what: &str, name: &str) -> (&'static str, String) {
    ("400 Bad Request", format!("unknown {what} `{name}`"))
}

fn id<T>(id: Option<T>, kind: &str, name: &str) -> Result<T, (&'static str, String)> {
    id.ok_or_else(|| ("404 Not Found", format!("no {kind} `{name}` in the table")))
}

/// Seconds since the epoch, the caller's timestamp of the audit line.
fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        Date::from_system_time(SystemTime::now()),
        secs / 3600 % 24,
        secs / 60 % 60,
        secs % 60
    )
}
