//! `policyc preview` over HTTP, as the page uses it: the page, its state,
//! the text, the redline, the explanations and the event stream, and what
//! happens when a policy is saved.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod preview_support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

use preview_support::{Project, SHOP, SHOP_2, broken};

#[test]
fn the_page_is_self_contained_and_allows_only_its_own_script() {
    let project = Project::new(SHOP);
    let preview = project.preview();
    assert!(
        preview.url.starts_with("http://127.0.0.1:"),
        "{}",
        preview.url
    );
    let page = preview.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'sha256-"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(page.body.contains("<title>policyc preview</title>"));
    assert!(!page.body.contains("https://") && !page.body.contains("http://"));
    assert!(page.body.contains("new EventSource(\"/events\")"));
}

#[test]
fn the_state_lists_the_policies_and_the_text_is_the_renderers() {
    let project = Project::new(SHOP);
    let preview = project.preview();
    let state = preview.get("/state.json").json();
    assert_eq!(state["policies"][0]["id"], "shop");
    assert_eq!(state["policies"][0]["file"], "policies/shop.policy");
    // The warnings of the policy are allowed by the project's
    // policyc.toml, so they are left out, as `policyc check` leaves them out.
    let checked = policyc::check_source(SHOP);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "W0410")
    );
    assert_eq!(state["summary"], "no problems");
    assert_eq!(state["diagnostics"].as_array().unwrap().len(), 0);
    let text = preview.get("/text/0");
    assert_eq!(text.status, 200);
    let rendered = policyc::render::html(&policyc::check_source(SHOP).policy.unwrap());
    assert_eq!(text.body, rendered, "the text is the HTML renderer's page");
    let framed = text.header("content-security-policy").unwrap();
    assert!(framed.contains("frame-ancestors 'self'") && !framed.contains("script-src"));
    // The preview writes nothing.
    project.save(&broken());
    preview.state_after(0);
    assert!(!project.dir.path().join("generated").exists());
    let mut entries: Vec<String> = std::fs::read_dir(project.dir.path().join("policies"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(entries, ["shop.policy"]);
}

#[test]
fn a_file_and_a_port_can_be_named() {
    let project = Project::new(SHOP);
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let preview = project.preview_with(&["policies/shop.policy", "--port", &port.to_string()]);
    assert_eq!(preview.url, format!("http://127.0.0.1:{port}/"));
    assert!(
        preview
            .said
            .starts_with("Previewing policies/shop.policy at")
    );
    assert_eq!(
        preview.get("/state.json").json()["policies"][0]["id"],
        "shop"
    );
    // A save of the file named is seen.
    project.save(&broken());
    let state = preview.state_after(0);
    assert_eq!(state["diagnostics"][0]["code"], "E0101");
}

#[test]
fn a_save_is_checked_again_and_announced_on_the_event_stream() {
    let project = Project::new(SHOP);
    let preview = project.preview();
    let mut events = TcpStream::connect(("127.0.0.1", preview.port)).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        events,
        "GET /events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
        preview.port
    )
    .unwrap();
    let mut events = BufReader::new(events);
    let mut data = || loop {
        let mut line = String::new();
        assert!(events.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(generation) = line.strip_prefix("data: ") {
            return generation.trim().parse::<u64>().unwrap();
        }
    };
    let first = data();
    assert_eq!(first, preview.generation());

    project.save(&broken());
    let next = data();
    assert!(next > first);
    let state = preview.get("/state.json").json();
    assert_eq!(state["generation"].as_u64(), Some(next));
    assert_eq!(state["summary"], "1 error");
    let diagnostic = &state["diagnostics"][0];
    assert_eq!(diagnostic["code"], "E0101");
    assert_eq!(diagnostic["severity"], "error");
    assert_eq!(diagnostic["file"], "policies/shop.policy");
    assert_eq!(diagnostic["source"], "  uses  nothing");
    assert_eq!(
        diagnostic["line"].as_u64().unwrap() as usize,
        broken()
            .lines()
            .position(|l| l.contains("nothing"))
            .unwrap()
            + 1
    );
    assert!(diagnostic["help"].is_string(), "{diagnostic}");
    // The same as `policyc check --format json` says.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(["check", "--format", "json"])
        .current_dir(project.dir.path())
        .output()
        .unwrap();
    let check: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let listed = &check["diagnostics"][0];
    for field in ["code", "message", "label", "help", "line", "column", "file"] {
        assert_eq!(diagnostic[field], listed[field], "{field}");
    }
    // The text of the last save that checked stays, marked stale.
    assert_eq!(state["policies"][0]["stale"], true);
    assert!(preview.get("/text/0").body.contains("Shop Ltd"));

    project.save(SHOP);
    let fixed = data();
    assert!(fixed > next);
    let state = preview.get("/state.json").json();
    assert_eq!(state["summary"], "no problems");
    assert_eq!(state["policies"][0]["stale"], false);
}

#[test]
fn each_code_has_its_explanation_as_policyc_explain_prints_it() {
    let project = Project::new(SHOP);
    let preview = project.preview();
    let explained = preview.get("/explain/E0101");
    assert_eq!(explained.status, 200);
    assert_eq!(
        explained.body,
        policyc::codes::Code::UnknownData.explanation()
    );
    assert!(explained.body.starts_with("# E0101"));
    assert_eq!(preview.get("/explain/E9999").status, 404);
}

#[test]
fn the_redline_compares_with_the_last_released_edition() {
    let project = Project::new(SHOP);
    let preview = project.preview();
    let none = preview.get("/redline/0");
    assert_eq!(none.status, 200);
    assert!(
        none.body
            .contains("No edition of `shop` has been released in `generated/shop/history` yet"),
        "{}",
        none.body
    );
    project.build();
    // The text is the page the build writes.
    let built =
        std::fs::read_to_string(project.dir.path().join("generated/shop/policy.html")).unwrap();
    assert_eq!(preview.get("/text/0").body, built);
    let seen = preview.generation();
    project.save(SHOP_2);
    preview.state_after(seen);
    let redline = preview.get("/redline/0");
    assert!(
        redline
            .body
            .contains("<title>Changes to Privacy Policy from 1.0.0 to 2.0.0</title>"),
        "{}",
        redline.body
    );
    assert!(redline.body.contains("<ins>"), "{}", redline.body);
    assert!(redline.body.contains("Telephone number"));
}

#[test]
fn the_authors_strings_are_escaped() {
    let hostile = SHOP.replace(
        "\"Account details\"",
        "\"<script>alert(1)</script> & <img src=x onerror=alert(2)>\"",
    );
    let project = Project::new(&hostile);
    let preview = project.preview();
    let text = preview.get("/text/0").body;
    assert!(
        text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img"),
        "{text}"
    );
    assert!(!text.contains("<script>") && !text.contains("<img"));
    // In the state they are strings of JSON, which the page puts in as text.
    let state = preview.get("/state.json");
    assert_eq!(state.header("content-type"), Some("application/json"));
    assert_eq!(state.header("x-content-type-options"), Some("nosniff"));
}

#[test]
fn other_hosts_methods_and_paths_are_refused() {
    let project = Project::new(SHOP);
    let preview = project.preview();
    let host = format!("localhost:{}", preview.port);
    assert_eq!(preview.request("GET", "/state.json", &host).status, 200);
    let rebound = preview.request("GET", "/state.json", "attacker.example");
    assert_eq!(rebound.status, 403);
    assert!(!rebound.body.contains("shop"));
    let own = format!("127.0.0.1:{}", preview.port);
    assert_eq!(preview.request("POST", "/state.json", &own).status, 405);
    assert_eq!(preview.get("/nothing").status, 404);
    assert_eq!(preview.get("/text/7").status, 200);
    assert!(preview.get("/text/7").body.contains("No text yet"));
    assert!(preview.get("/text/x").body.contains("No text yet"));
}

#[test]
fn a_port_taken_or_a_missing_folder_is_a_usage_error() {
    let project = Project::new(SHOP);
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let (status, stderr) = project.policyc(&["preview", "--port", &port]);
    assert_eq!(status, Some(2));
    assert!(
        stderr.contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(stderr.contains("--port 0"), "{stderr}");
    let (status, stderr) = project.policyc(&["preview", "elsewhere"]);
    assert_eq!(status, Some(2));
    assert!(stderr.contains("`elsewhere` does not exist"), "{stderr}");
}

#[test]
fn each_policy_of_a_folder_has_its_text() {
    let project = Project::new(SHOP);
    let other = SHOP
        .replace("policy shop", "policy other")
        .replace("Shop Ltd", "Other Ltd");
    std::fs::write(project.dir.path().join("policies/other.policy"), other).unwrap();
    let preview = project.preview();
    let state = preview.get("/state.json").json();
    let policies = state["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 2);
    for (index, policy) in policies.iter().enumerate() {
        let controller = match policy["id"].as_str().unwrap() {
            "shop" => "Shop Ltd",
            "other" => "Other Ltd",
            id => panic!("{id}"),
        };
        let text = preview.get(&format!("/text/{index}")).body;
        assert!(text.contains(controller), "{index}: {controller}");
    }
}

#[test]
fn a_folder_without_policies_says_so_until_one_is_saved() {
    let project = Project::new(SHOP);
    let empty = project.dir.path().join("drafts");
    std::fs::create_dir(&empty).unwrap();
    let preview = project.preview_with(&["drafts"]);
    let state = preview.get("/state.json").json();
    assert_eq!(state["policies"].as_array().unwrap().len(), 0);
    let problem = state["problems"][0]["message"].as_str().unwrap();
    let (_, said) = project.policyc(&["check", "drafts"]);
    assert!(said.contains(problem), "{said} / {problem}");
    std::fs::write(empty.join("shop.policy"), SHOP).unwrap();
    let state = preview.state_after(state["generation"].as_u64().unwrap());
    assert_eq!(state["policies"][0]["id"], "shop");
    assert_eq!(state["problems"].as_array().unwrap().len(), 0);
}

#[test]
fn the_history_may_be_in_another_output_directory() {
    let project = Project::new(SHOP);
    let (status, stderr) = project.policyc(&["build", "--out", "site"]);
    assert_eq!(status, Some(0), "{stderr}");
    let preview = project.preview_with(&["--out", "site"]);
    let seen = preview.generation();
    project.save(SHOP_2);
    preview.state_after(seen);
    let redline = preview.get("/redline/0").body;
    assert!(redline.contains("from 1.0.0 to 2.0.0"), "{redline}");
    assert!(!project.dir.path().join("generated").exists());
}

#[test]
fn a_save_of_an_included_file_is_seen_too() {
    let project = Project::new(&SHOP.replacen(
        "data usage \"Usage statistics\" {",
        "include \"parts/usage.policy\"\n\ndata unused \"Unused\" {",
        1,
    ));
    let parts = project.dir.path().join("policies/parts");
    std::fs::create_dir(&parts).unwrap();
    let usage = "data usage \"Usage statistics\" {\n  source   device\n  identity depersonalized\n  examples \"pages visited\"\n}\n";
    std::fs::write(parts.join("usage.policy"), usage).unwrap();
    let preview = project.preview_with(&["policies/shop.policy"]);
    let first = preview.get("/state.json").json();
    assert!(
        preview.get("/text/0").body.contains("pages visited"),
        "{first}"
    );
    std::fs::write(
        parts.join("usage.policy"),
        usage.replace("pages visited", "screens seen"),
    )
    .unwrap();
    preview.state_after(first["generation"].as_u64().unwrap());
    assert!(preview.get("/text/0").body.contains("screens seen"));
}
