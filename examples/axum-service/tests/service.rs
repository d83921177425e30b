//! The axum service, driven on 127.0.0.1 with a bounded number of requests
//! (issue 19, item 8): decisions from typed facts, typos refused, audit
//! lines, the retention sweep, and a table swapped while it serves.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

#[path = "../../../runtime/tests/common/mod.rs"]
mod common;

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};

use axum_service::{Service, app};
use policy_runtime::SharedRules;
use serde_json::{Value, json};

/// One request over a fresh connection: its status line and JSON body.
fn get(address: SocketAddr, target: &str) -> (String, Value) {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nhost: test\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.lines().next().unwrap().to_owned();
    (status, serde_json::from_str(body).unwrap())
}

/// The service on an ephemeral port of 127.0.0.1, on a runtime of its own.
fn start(rules: SharedRules, audit: Arc<Mutex<Vec<u8>>>) -> (SocketAddr, tokio::runtime::Runtime) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let address = listener.local_addr().unwrap();
    let service = Service { rules, audit };
    runtime.spawn(async move { axum::serve(listener, app(service)).await });
    (address, runtime)
}

#[test]
fn the_service_decides_audits_refuses_typos_and_sweeps() {
    let rules = SharedRules::new(common::rules());
    let audit = Arc::new(Mutex::new(Vec::<u8>::new()));
    let (address, _runtime) = start(rules.clone(), Arc::clone(&audit));
    let requests = [
        "/use?data=account.email&purpose=marketing&consent=marketing",
        "/use?data=account.email&purpose=marketing",
        "/use?data=activity_log&purpose=security&objection=securty",
        "/use?data=activity_log&purpose=security&objection=security",
        "/transfer?data=account.email&recipient=police&holds=legal_request",
        "/transfer?data=account.email&recipient=cloud&consent=cloud",
        "/sweep?data=activity_log&collected=2028-02-29,2027-01-31",
        "/use?data=account.emial&purpose=marketing",
        "/nope",
    ];
    let answers: Vec<(String, Value)> = requests.iter().map(|r| get(address, r)).collect();

    let (status, allowed) = &answers[0];
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(allowed["allowed"], true);
    assert_eq!(allowed["digest"], rules.current().digest());
    assert_eq!(allowed["facts"], json!(["consent:marketing"]));
    assert!(allowed["at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(answers[1].1["code"], "consent_missing");
    // The misspelt objection is refused, not ignored.
    assert_eq!(answers[2].0, "HTTP/1.1 400 Bad Request");
    assert_eq!(answers[2].1["error"], "unknown objection to `securty`");
    assert_eq!(answers[3].1["code"], "objected");
    assert_eq!(answers[4].1["ground"], "legal_obligation");
    assert_eq!(answers[5].1["ground"], "consent");
    assert_eq!(
        answers[6].1["deadlines"],
        json!(["erase on 2029-02-28", "erase on 2028-01-31"])
    );
    assert_eq!(answers[7].0, "HTTP/1.1 404 Not Found");
    assert_eq!(
        answers[7].1["error"],
        "no data `account.emial` in the table"
    );
    assert_eq!(answers[8].0, "HTTP/1.1 404 Not Found");
    assert_eq!(answers[8].1["error"], "no endpoint `/nope`");

    // One audit line per decision, as served.
    let audit = String::from_utf8(audit.lock().unwrap().clone()).unwrap();
    let lines: Vec<Value> = audit
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0], answers[0].1);
}

/// A table swapped in while the service runs decides the next request:
/// each request reads one snapshot of the shared rules.
#[test]
fn a_new_table_decides_the_next_request() {
    let rules = SharedRules::new(common::rules());
    let (address, _runtime) = start(rules.clone(), Arc::new(Mutex::new(Vec::new())));
    let question = "/use?data=account.email&purpose=marketing&consent=marketing";
    assert_eq!(get(address, question).1["allowed"], true);

    let mut narrower = common::sample();
    narrower.version = "1.2.0".to_owned();
    narrower.uses.retain(|u| u.purpose != "marketing");
    narrower.purposes.retain(|p| p.id != "marketing");
    narrower.seal();
    rules
        .replace(policy_runtime::Rules::from_table(narrower).unwrap())
        .unwrap();

    // The consent the service still holds names a purpose the new table
    // dropped: it is refused, never taken as allowing anything.
    let (status, body) = get(address, question);
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(body["error"], "unknown consent to `marketing`");
}
