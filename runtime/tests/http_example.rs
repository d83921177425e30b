//! The HTTP example, driven on 127.0.0.1 with a bounded number of
//! requests (issue 19, item 8).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod common;

#[path = "../examples/http.rs"]
mod http;

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use policy_runtime::*;

fn get(address: std::net::SocketAddr, target: &str) -> (String, serde_json::Value) {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(stream, "GET {target} HTTP/1.1\r\nhost: test\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.lines().next().unwrap().to_owned();
    (status, serde_json::from_str(body).unwrap())
}

#[test]
fn the_service_decides_audits_refuses_typos_and_sweeps() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let shared = SharedRules::new(common::rules());
    let audit = Arc::new(Mutex::new(Vec::<u8>::new()));
    let requests = [
        "/use?data=account.email&purpose=marketing&consent=marketing",
        "/use?data=account.email&purpose=marketing",
        "/use?data=activity_log&purpose=security&objection=securty",
        "/use?data=activity_log&purpose=security&objection=security",
        "/transfer?data=account.email&recipient=police&holds=legal_request",
        "/transfer?data=account.email&recipient=cloud&consent=cloud",
        "/sweep?data=activity_log&collected=2028-02-29,2027-01-31",
        "/nope",
    ];
    let server = {
        let shared = shared.clone();
        let audit = Arc::clone(&audit);
        std::thread::spawn(move || http::serve(&listener, &shared, Some(requests.len()), &*audit))
    };
    let answers: Vec<(String, serde_json::Value)> =
        requests.iter().map(|r| get(address, r)).collect();
    server.join().unwrap();

    let (status, allowed) = &answers[0];
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(allowed["allowed"], true);
    assert_eq!(allowed["digest"], shared.current().digest());
    assert_eq!(allowed["facts"], serde_json::json!(["consent:marketing"]));
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
        serde_json::json!(["erase on 2029-02-28", "erase on 2028-01-31"])
    );
    assert_eq!(answers[7].0, "HTTP/1.1 404 Not Found");

    // One audit line per decision, as served.
    let audit = String::from_utf8(audit.lock().unwrap().clone()).unwrap();
    let lines: Vec<serde_json::Value> = audit
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0], answers[0].1);
}
