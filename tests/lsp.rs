//! `policyc lsp` driven over JSON-RPC, as an editor drives it: the real
//! binary, messages framed with `Content-Length`, from `initialize` to
//! `shutdown` and `exit`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests: a broken exchange fails the test"
)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

/// How long any answer may take before the test fails (the server must
/// never hang).
const WAIT: Duration = Duration::from_secs(20);

/// A running server and its client side.
struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for a response.
    notifications: Vec<Value>,
}

impl Client {
    fn start(root: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_policyc"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if send.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            incoming,
            next_id: 1,
            notifications: Vec::new(),
        };
        let root = url(root);
        let init = client.request(
            "initialize",
            json!({ "processId": null, "rootUri": root, "capabilities": {},
                    "workspaceFolders": [{ "uri": root, "name": "policies" }] }),
        );
        assert!(
            init["result"]["capabilities"]["hoverProvider"] == json!(true),
            "{init}"
        );
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns its response (result or error).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.receive();
            if message["id"] == json!(id) {
                return message;
            }
            self.notifications.push(message);
        }
    }

    fn receive(&mut self) -> Value {
        self.incoming
            .recv_timeout(WAIT)
            .expect("the server answers in time")
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        if let Some(at) = self.notifications.iter().position(|n| is_published(n, uri)) {
            let n = self.notifications.remove(at);
            return n["params"]["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            let n = self.receive();
            if is_published(&n, uri) {
                return n["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "policy", "version": 1, "text": text } }),
        );
        self.diagnostics(uri)
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version },
                    "contentChanges": [{ "text": text }] }),
        );
        self.diagnostics(uri)
    }

    fn at(
        &mut self,
        method: &str,
        uri: &str,
        (line, character): (u32, u32),
        extra: Value,
    ) -> Value {
        let mut params = json!({ "textDocument": { "uri": uri },
                                 "position": { "line": line, "character": character } });
        if let (Some(p), Some(e)) = (params.as_object_mut(), extra.as_object()) {
            p.extend(e.clone());
        }
        self.request(method, params)
    }

    /// The code actions at a place (an empty range).
    fn actions(&mut self, uri: &str, (line, character): (u32, u32)) -> Value {
        let at = json!({ "line": line, "character": character });
        self.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri }, "range": { "start": at, "end": at },
                    "context": { "diagnostics": [] } }),
        )
    }

    /// `shutdown`, then `exit`: the server ends with status 0.
    fn stop(mut self) {
        let answer = self.request("shutdown", Value::Null);
        assert_eq!(answer["result"], Value::Null, "{answer}");
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

/// The titles of code actions.
fn titles(actions: &Value) -> Vec<&str> {
    actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect()
}

fn is_published(n: &Value, uri: &str) -> bool {
    n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn url(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

/// The line and column (0-based) of the `nth` occurrence of `needle`.
fn find(text: &str, needle: &str, nth: usize) -> (u32, u32) {
    let at = text.match_indices(needle).nth(nth).unwrap().0;
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line as u32, (at - start) as u32)
}

fn seed() -> (PathBuf, String) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/examples/seed-as-written.policy");
    let text = std::fs::read_to_string(&path).unwrap();
    (path, text)
}

fn policies() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("policies")
}

#[test]
fn diagnostics_as_you_type_then_shutdown() {
    let (path, text) = seed();
    let uri = url(&path);
    let mut client = Client::start(&policies());
    let first = client.open(&uri, &text);
    assert_eq!(
        codes(&first),
        [
            "E0402", "E0402", "W0453", "W0426", "W0427", "W0428", "E0204", "W0420", "W0418",
            "W0433", "W0433", "W0433", "W0454", "W0424"
        ]
    );
    let empty = first.iter().find(|d| d["code"] == "E0204").unwrap();
    assert_eq!(
        empty["range"]["start"],
        json!({ "line": 17, "character": 12 })
    );
    assert_eq!(empty["severity"], 1);
    assert_eq!(empty["source"], "policyc");
    assert!(
        empty["message"]
            .as_str()
            .unwrap()
            .ends_with("help: write the service name between the quotes"),
        "{empty}"
    );
    assert_eq!(
        empty["relatedInformation"][0]["message"],
        "readers will see this text, and it says nothing"
    );
    let fixed = text.replace("service \"\"", "service \"ProIT Workspace\"");
    let after = client.change(&uri, 2, &fixed);
    assert_eq!(
        codes(&after),
        [
            "E0402", "E0402", "W0453", "W0426", "W0427", "W0428", "W0420", "W0418", "W0433",
            "W0433", "W0433", "W0454", "W0424"
        ]
    );
    // A change of a range (UTF-16 columns), as an incremental client
    // sends: the name emptied again.
    let (line, column) = find(&fixed, "ProIT Workspace", 0);
    let range = json!({ "start": { "line": line, "character": column },
                        "end": { "line": line, "character": column + 15 } });
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 },
                "contentChanges": [{ "range": range, "text": "" }] }),
    );
    assert_eq!(
        codes(&client.diagnostics(&uri)),
        [
            "E0402", "E0402", "W0453", "W0426", "W0427", "W0428", "E0204", "W0420", "W0418",
            "W0433", "W0433", "W0433", "W0454", "W0424"
        ]
    );
    client.stop();
}

#[test]
fn hover_explains_codes_keywords_and_resolved_declarations() {
    let (path, text) = seed();
    let uri = url(&path);
    let mut client = Client::start(&policies());
    client.open(&uri, &text);
    let hover = |client: &mut Client, at| {
        let answer = client.at("textDocument/hover", &uri, at, json!({}));
        answer["result"]["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    let on_use = hover(&mut client, find(&text, "uses  account", 0));
    assert_eq!(
        on_use,
        "`uses` in a purpose block: `uses account, device`\n\n---\n\n`uses` in a decision block: `uses income, payment_history`"
    );
    let (line, column) = find(&text, "uses  account", 0);
    let on_id = hover(&mut client, (line, column + 7));
    assert!(
        on_id.contains("data account \"Information the User provides about himself\""),
        "{on_id}"
    );
    assert!(on_id.contains("source: `user`"), "{on_id}");
    assert!(on_id.contains("identity: `identified`"), "{on_id}");
    let (line, column) = find(&text, "basis contract", 0);
    let on_basis = hover(&mut client, (line, column + 6));
    assert!(on_basis.contains("`contract` (legal basis)"), "{on_basis}");
    let (line, column) = find(&text, "service \"\"", 0);
    let on_error = hover(&mut client, (line, column + 9));
    assert!(on_error.starts_with("**E0204**"), "{on_error}");
    client.stop();
}

#[test]
fn hover_shows_what_a_child_inherits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    let text = "data account \"Account\" {\n  source user\n  identity identified\n}\ndata account.email \"E-mail\" { description \"The address.\" }\nretain account for 1 year from collection\n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    client.open(&uri, text);
    let answer = client.at(
        "textDocument/hover",
        &uri,
        find(text, "email", 0),
        json!({}),
    );
    let shown = answer["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("The address."), "{shown}");
    assert!(shown.contains("source: `user` (from `account`)"), "{shown}");
    assert!(
        shown.contains("identity: `identified` (from `account`)"),
        "{shown}"
    );
    assert!(
        shown.contains("retention (from `account`): `retain account for 1 year from collection`"),
        "{shown}"
    );
    client.stop();
}

/// On a transfer, `disclosed_as` is described as a transfer's too, and its
/// value as the disclosure it is.
#[test]
fn hover_explains_disclosed_as_on_a_transfer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    let text = "data contact \"Contact\" { source user identity identified }\nrecipient partners \"Partners\" { kind third_party }\ntransfer contact to partners on consent disclosed_as sale\n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    client.open(&uri, text);
    let mut hover = |at| {
        let answer = client.at("textDocument/hover", &uri, at, json!({}));
        answer["result"]["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    let (line, column) = find(text, "disclosed_as sale", 0);
    let on_keyword = hover((line, column + 3));
    assert!(
        on_keyword.contains("`disclosed_as` at the end of a transfer"),
        "{on_keyword}"
    );
    let on_value = hover((line, column + 14));
    assert!(on_value.contains("`sale` (US disclosure)"), "{on_value}");
    client.stop();
}

#[test]
fn definition_references_and_rename_across_includes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("shared")).unwrap();
    let shared = dir.path().join("shared/data.policy");
    let shared_text =
        "data account \"Account\" {\n  source user\n}\ndata account.email \"E-mail\"\n";
    std::fs::write(&shared, shared_text).unwrap();
    let main = dir.path().join("main.policy");
    let main_text = "include \"shared/data.policy\"\npurpose login \"Login\" {\n  uses  account, account.email\n  basis contract\n}\nretain account for 1 year from collection\n";
    std::fs::write(&main, main_text).unwrap();
    let uri = url(&main);
    let shared_uri = url(&shared.canonicalize().unwrap());
    let mut client = Client::start(&dir.path().canonicalize().unwrap());
    client.open(&uri, main_text);
    let at = find(main_text, "account,", 0);
    let definition = client.at("textDocument/definition", &uri, at, json!({}));
    assert_eq!(definition["result"]["uri"], shared_uri, "{definition}");
    assert_eq!(
        definition["result"]["range"]["start"],
        json!({ "line": 0, "character": 5 })
    );
    let references = client.at(
        "textDocument/references",
        &uri,
        at,
        json!({ "context": { "includeDeclaration": true } }),
    );
    // The declaration, `account.email`'s parent, the two uses and the
    // retention.
    assert_eq!(
        references["result"].as_array().unwrap().len(),
        5,
        "{references}"
    );
    let renamed = client.at(
        "textDocument/rename",
        &uri,
        at,
        json!({ "newName": "member" }),
    );
    let changes = &renamed["result"]["changes"];
    assert_eq!(changes[&uri].as_array().unwrap().len(), 3, "{renamed}");
    assert_eq!(
        changes[&shared_uri].as_array().unwrap().len(),
        2,
        "{renamed}"
    );
    assert!(
        changes[&uri]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["newText"] == "member")
    );
    let refused = client.at(
        "textDocument/rename",
        &uri,
        at,
        json!({ "newName": "two words" }),
    );
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not an id"),
        "{refused}"
    );
    client.stop();
}

#[test]
fn completion_offers_what_the_place_takes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    let text = "data account \"Account\" {\n  source \n}\npurpose login \"Login\" {\n  uses \n}\n\ntransfer account to \n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    client.open(&uri, text);
    let labels = |client: &mut Client, at| -> Vec<String> {
        let answer = client.at("textDocument/completion", &uri, at, json!({}));
        answer["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let sources = labels(&mut client, (1, 9));
    assert_eq!(
        sources,
        [
            "user",
            "device",
            "derived",
            "third_party",
            "publicly_available"
        ]
    );
    assert_eq!(labels(&mut client, (4, 7)), ["account"]);
    let top = labels(&mut client, (6, 0));
    assert!(
        top.contains(&"data".to_owned()) && top.contains(&"retain".to_owned()),
        "{top:?}"
    );
    let answer = client.at("textDocument/completion", &uri, (6, 0), json!({}));
    let data = answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "data")
        .unwrap();
    assert_eq!(data["insertTextFormat"], 2, "a snippet");
    let before_brace = labels(&mut client, (2, 0));
    assert!(
        before_brace.contains(&"source".to_owned()),
        "{before_brace:?}"
    );
    let after_brace = labels(&mut client, (2, 1));
    assert!(
        after_brace.contains(&"purpose".to_owned()),
        "{after_brace:?}"
    );
    assert!(
        !after_brace.contains(&"source".to_owned()),
        "{after_brace:?}"
    );
    let inside = labels(&mut client, (1, 2));
    assert!(inside.contains(&"identity".to_owned()), "{inside:?}");
    let facts_text = format!("{text}test \"t\" {{\n  allow account for login given \n}}\n");
    client.change(&uri, 2, &facts_text);
    let facts = labels(&mut client, (9, 32));
    assert_eq!(
        &facts[..2],
        ["consent:login", "objection:login"],
        "{facts:?}"
    );
    assert!(facts.contains(&"business_transfer".to_owned()), "{facts:?}");
    let more = facts_text.replace("given \n", "given consent:login, \n");
    client.change(&uri, 3, &more);
    assert_eq!(labels(&mut client, (9, 47)), facts, "a second fact");
    let grounds = labels(&mut client, (7, 20));
    assert!(grounds.is_empty(), "no recipient is declared: {grounds:?}");
    let sections_text = format!(
        "{more}section faq \"Questions\" {{ after rights }}\nsection help \"Help\" {{\n  after \n}}\n"
    );
    client.change(&uri, 4, &sections_text);
    let after = labels(&mut client, (13, 8));
    assert!(
        after.contains(&"rights".to_owned()) && after.contains(&"faq".to_owned()),
        "a built-in section and a declared one: {after:?}"
    );
    assert!(!after.contains(&"account".to_owned()), "{after:?}");
    client.stop();
}

#[test]
fn formatting_symbols_and_code_actions() {
    let (path, text) = seed();
    let uri = url(&path);
    let mut client = Client::start(&policies());
    let messy = text.replacen("  source      user", "source user", 1);
    client.open(&uri, &messy);
    let formatted = client.request(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    let edits = formatted["result"].as_array().unwrap();
    assert_eq!(edits.len(), 1, "{formatted}");
    assert_eq!(edits[0]["newText"], text);
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let names: Vec<&str> = symbols["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[0], "policy pro_it_privacy");
    assert!(names.contains(&"data account"), "{names:?}");
    // W0418 on `account`: add `required` (or `optional`) to its block.
    let (line, column) = find(&messy, "data account", 0);
    let actions = client.actions(&uri, (line, column + 5));
    assert_eq!(
        titles(&actions),
        ["Add `required`", "Add `optional`"],
        "{actions}"
    );
    let edit = &actions["result"][0]["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "  required\n");
    let closing = find(&messy, "}\n\n// 2.1.2", 0);
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": closing.0, "character": 0 })
    );
    // E0402 on the header: add `published "…"` to it.
    let header = find(&messy, "policy pro_it_privacy", 0);
    let actions = client.actions(&uri, (header.0, 1));
    let titles = titles(&actions);
    assert!(
        titles.contains(&"Add `published \"https://example.com/privacy\"`"),
        "{titles:?}"
    );
    assert!(titles.contains(&"Add `contact unstated`"), "{titles:?}");
    client.stop();
}

#[test]
fn code_actions_fix_a_misspelling_and_add_a_declaration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    // Under `ccpa`, sensitive information used with no right to limit its
    // use is E0442, whose help adds the right (the header gives the link
    // to limit, W0443 once the right is stated). The header says how a
    // request is verified and made by an agent (W0441, W0442).
    let text = "policy p {\n  title \"P\"\n  version 1.0.0\n  effective 2026-01-01\n  language en\n  controller \"C\" { service \"S\" }\n  published \"https://example.com/p\"\n  contact \"p@example.com\"\n  regimes ccpa\n  limit_sensitive_link \"https://example.com/limit\"\n  verification \"We ask for the e-mail address of your account.\"\n  authorized_agents \"An agent sends your signed permission.\"\n}\nright complaint { via \"the authority\" }\ndata account \"Account\" {\n  source usr\n  identity identified\n  required\n  sensitive precise_geolocation\n  ccpa_category geolocation_data\n}\npurpose news \"News\" {\n  uses account\n  basis consent\n}\nretain account for 1 year from collection\n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    let diagnostics = client.open(&uri, text);
    assert_eq!(codes(&diagnostics), ["E0106", "E0442"], "{diagnostics:?}");
    let (line, column) = find(text, "usr", 0);
    let actions = client.actions(&uri, (line, column));
    assert_eq!(
        actions["result"][0]["title"], "Replace with `user`",
        "{actions}"
    );
    assert_eq!(
        actions["result"][0]["edit"]["changes"][&uri][0]["newText"],
        "user"
    );
    let fixed = text.replace("usr", "user");
    let diagnostics = client.change(&uri, 2, &fixed);
    assert_eq!(codes(&diagnostics), ["E0442"], "{diagnostics:?}");
    let (line, column) = find(&fixed, "uses account", 0);
    let actions = client.actions(&uri, (line, column + 5));
    let action = &actions["result"][0];
    assert_eq!(action["title"], "Add `right limit_sensitive`", "{actions}");
    let edit = &action["edit"]["changes"][&uri][0];
    let applied = format!("{fixed}{}", edit["newText"].as_str().unwrap());
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": 26, "character": 0 })
    );
    let diagnostics = client.change(&uri, 3, &applied);
    assert_eq!(codes(&diagnostics), Vec::<&str>::new(), "{diagnostics:?}");
    // An event in words the vocabulary has a keyword for: its typed form.
    let worded = applied.replace(
        "for 1 year from collection",
        "until \"The closure of the account\"",
    );
    client.change(&uri, 4, &worded);
    let (line, column) = find(&worded, "The closure", 0);
    let actions = client.actions(&uri, (line, column));
    assert_eq!(titles(&actions), ["Write the event as `account_closure`"]);
    let edit = &actions["result"][0]["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "account_closure");
    assert_eq!(
        edit["range"]["start"]["character"],
        column - 1,
        "the quotes too"
    );
    client.stop();
}

#[test]
fn no_request_breaks_the_server() {
    let (path, text) = seed();
    let uri = url(&path);
    let mut client = Client::start(&policies());
    client.open(&uri, &text);
    let far = client.at("textDocument/hover", &uri, (9_999, 9_999), json!({}));
    assert_eq!(far["result"], Value::Null, "{far}");
    let unknown = client.at(
        "textDocument/definition",
        "file:///nowhere.policy",
        (0, 0),
        json!({}),
    );
    assert_eq!(unknown["result"], Value::Null, "{unknown}");
    let method = client.request("textDocument/semanticTokens/full", json!({}));
    assert_eq!(method["error"]["code"], -32601, "{method}");
    let bad = client.request("textDocument/hover", json!({ "textDocument": 3 }));
    assert_eq!(bad["error"]["code"], -32602, "{bad}");
    let references = json!({ "context": { "includeDeclaration": true } });
    for (method, extra) in [
        ("textDocument/completion", json!({})),
        ("textDocument/references", references),
        ("textDocument/prepareRename", json!({})),
    ] {
        for at in [(0, 99), (99, 0), (3, 2)] {
            let answer = client.at(method, &uri, at, extra.clone());
            assert!(answer.get("error").is_none(), "{method}: {answer}");
        }
    }
    let nothing = client.at(
        "textDocument/rename",
        &uri,
        (0, 99),
        json!({ "newName": "x" }),
    );
    assert_eq!(nothing["error"]["message"], "there is no id to rename here");
    // A document of one broken line, and its closing, still answer.
    let broken = client.change(&uri, 2, "data {{{ \"");
    assert!(!broken.is_empty());
    let formatted = client.request(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    assert_eq!(formatted["result"], json!([]), "{formatted}");
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    client.stop();
}

#[test]
fn a_note_in_an_included_file_is_a_related_location_and_the_included_file_is_checked_as_included() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let shared = root.join("shared.policy");
    let shared_text = "data account \"Account\" {\n  source user\n}\n";
    std::fs::write(&shared, shared_text).unwrap();
    let main = root.join("main.policy");
    let main_text = "include \"shared.policy\"\ndata account \"Again\"\n";
    std::fs::write(&main, main_text).unwrap();
    let (uri, shared_uri) = (url(&main), url(&shared));
    let mut client = Client::start(&root);
    let diagnostics = client.open(&uri, main_text);
    let twice = diagnostics.iter().find(|d| d["code"] == "E0104").unwrap();
    assert_eq!(
        twice["range"]["start"],
        json!({ "line": 1, "character": 5 })
    );
    let related = twice["relatedInformation"].as_array().unwrap();
    assert_eq!(related[0]["message"], "declared again here");
    assert_eq!(related[1]["message"], "first declared here");
    assert_eq!(related[1]["location"]["uri"], shared_uri, "{twice}");
    assert_eq!(
        related[1]["location"]["range"]["start"],
        json!({ "line": 0, "character": 5 })
    );
    // Opened too, the included file is checked as part of the policy that
    // includes it (alone, it would have no header): its unsaved text
    // counts, and the duplicate is gone once it is renamed there.
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": shared_uri, "languageId": "policy", "version": 1,
                                  "text": shared_text.replace("account", "member") } }),
    );
    let after = client.diagnostics(&uri);
    assert!(after.iter().all(|d| d["code"] != "E0104"), "{after:?}");
    // Its own diagnostics are those of the policy, about `member`, the
    // unsaved name: no E0401 for a missing header.
    let included = client.diagnostics(&shared_uri);
    assert_eq!(codes(&included), ["W0311", "W0308"], "{included:?}");
    assert!(
        included[0]["message"]
            .as_str()
            .unwrap()
            .contains("`member`")
    );
    client.stop();
}

#[test]
fn completion_offers_purposes_after_when_used_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    let text = "data account \"Account\" { source user }\npurpose login \"Login\" {\n  uses account\n}\nretain account when_used_for \n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    client.open(&uri, text);
    let answer = client.at("textDocument/completion", &uri, (4, 29), json!({}));
    let labels: Vec<String> = answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(labels, ["login"]);
    client.stop();
}

#[test]
fn completion_offers_what_a_deadline_line_takes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    let text = "data account \"Account\" { source user }\npurpose login \"Login\" {\n  uses account\n}\ntest \"t\" {\n  deadline \n  deadline account for \n  deadline account after \n  deadline account is \n}\n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    client.open(&uri, text);
    let mut labels = |at| -> Vec<String> {
        let answer = client.at("textDocument/completion", &uri, at, json!({}));
        answer["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(labels((5, 11)), ["account"]);
    assert_eq!(labels((6, 23)), ["login"]);
    assert_eq!(
        labels((7, 25)),
        [
            "collection",
            "last_use",
            "account_closure",
            "end_of_contract"
        ]
    );
    assert_eq!(
        labels((8, 22)),
        ["pending", "criteria", "as_required_by_law", "unstated"]
    );
    client.stop();
}

#[test]
fn a_property_the_help_rewrites_is_replaced_not_added_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.policy");
    // Under `ccpa`, a sale with `gpc ignored` is E0342, whose help writes
    // `gpc honoured`: the action replaces the property.
    let text = "policy p {\n  title \"P\"\n  version 1.0.0\n  effective 2026-01-01\n  language en\n  controller \"C\" { service \"S\" }\n  published \"https://example.com/p\"\n  contact \"p@example.com\"\n  regimes ccpa\n  do_not_sell \"https://example.com/opt-out\"\n  gpc ignored\n  verification \"We ask for your e-mail address.\"\n  authorized_agents \"An agent sends your signed permission.\"\n}\ndata browsing \"Browsing\" { source device identity identified ccpa_category internet_activity }\npurpose ads \"Ads\" { uses browsing }\nrecipient ad_network \"Ad networks\" { kind advertising disclosed_as share }\ntransfer browsing to ad_network\nretain browsing for 1 year from collection\nright opt_out_sale_share { via \"https://example.com/opt-out\" }\n";
    let uri = url(&path);
    let mut client = Client::start(dir.path());
    let diagnostics = client.open(&uri, text);
    assert_eq!(codes(&diagnostics), ["E0342"], "{diagnostics:?}");
    let (line, column) = find(text, "gpc ignored", 0);
    let actions = client.actions(&uri, (line, column));
    let titles = titles(&actions);
    assert!(
        titles.contains(&"Replace with `gpc honoured`"),
        "{titles:?}"
    );
    assert!(!titles.contains(&"Add `gpc honoured`"), "{titles:?}");
    let fixed = text.replace("gpc ignored", "gpc honoured");
    let diagnostics = client.change(&uri, 2, &fixed);
    assert_eq!(codes(&diagnostics), Vec::<&str>::new(), "{diagnostics:?}");
    client.stop();
}

/// The editor shows what `policyc check` gives a new edition against the
/// one released before it in the workspace's `generated/` history, at the
/// same `version` line, as the author types: a reason added clears it.
#[test]
fn the_history_warnings_of_check_show_as_you_type() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    std::fs::create_dir_all(root.join("policies")).unwrap();
    let policy = root.join("policies/example.policy");
    let fixtures = "tests/fixtures/diagnostics";
    let before = std::fs::read_to_string(format!(
        "{fixtures}/before/w0460_expansion_without_rationale.policy"
    ))
    .unwrap();
    std::fs::write(&policy, before).unwrap();
    let built = assert_cmd::Command::cargo_bin("policyc")
        .unwrap()
        .current_dir(&root)
        .arg("build")
        .output()
        .unwrap();
    assert!(built.status.success(), "{built:?}");
    let text = std::fs::read_to_string(format!(
        "{fixtures}/w0460_expansion_without_rationale.policy"
    ))
    .unwrap();
    let uri = url(&policy);
    let mut client = Client::start(&root);
    let diagnostics = client.open(&uri, &text);
    assert_eq!(codes(&diagnostics), ["W0460"], "{diagnostics:?}");
    assert_eq!(
        diagnostics[0]["range"]["start"],
        json!({ "line": 3, "character": 2 })
    );
    let explained = text.replace(
        "effective after_notice }",
        "effective after_notice  because account \"To keep your account while you use it.\" }",
    );
    assert_ne!(explained, text);
    let after = client.change(&uri, 2, &explained);
    assert!(after.is_empty(), "{after:?}");
    client.stop();
}
