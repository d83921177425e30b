//! `policyc preview` in a real browser: headless Chromium loads the page,
//! driven through the DevTools protocol, and the test reads what a person
//! would see: the text and the diagnostics, the page following a save on
//! disk, a diagnostic's explanation, the redline.
//!
//! The browser is `chromium` or `chromium-browser` on the PATH, or the one
//! named by `POLICYC_CHROMIUM`; where there is none, the test says why it
//! is skipped and passes (`.ci/run` installs Debian's `chromium` first).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests"
)]

mod preview_support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use preview_support::{Project, SHOP, SHOP_2, broken};
use serde_json::{Value, json};

/// How long the browser may take to show what is expected.
const PATIENCE: Duration = Duration::from_secs(30);

/// The browser to drive, if one can be found.
fn chromium() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("POLICYC_CHROMIUM") {
        return Some(PathBuf::from(named));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Headless Chromium with its DevTools on a port of its choosing; killed
/// when dropped.
struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    port: u16,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    fn start(binary: &Path) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new(binary)
            .args([
                "--headless=new",
                // Root (as in CI) cannot use the sandbox.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Chromium writes the port it chose in the profile.
        let active = profile.path().join("DevToolsActivePort");
        let deadline = Instant::now() + PATIENCE;
        let port = loop {
            if let Some(port) = std::fs::read_to_string(&active)
                .ok()
                .and_then(|text| text.lines().next()?.trim().parse().ok())
            {
                break port;
            }
            assert!(
                Instant::now() < deadline,
                "Chromium did not open its DevTools port"
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        Browser {
            child,
            _profile: profile,
            port,
        }
    }

    /// The DevTools connection of the browser's first page.
    fn page(&self) -> DevTools {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let list = http_get(self.port, "/json/list");
            let targets: Value = serde_json::from_str(&list).unwrap_or(Value::Null);
            let socket = targets.as_array().and_then(|targets| {
                targets
                    .iter()
                    .find(|t| t["type"] == "page")
                    .and_then(|t| t["webSocketDebuggerUrl"].as_str())
                    .map(str::to_owned)
            });
            if let Some(socket) = socket {
                return DevTools::connect(&socket);
            }
            assert!(Instant::now() < deadline, "no page in the browser: {list}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// A GET on 127.0.0.1; the body, by its `Content-Length` (the DevTools
/// server keeps the connection open); empty while the browser is starting.
fn http_get(port: u16, path: &str) -> String {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return String::new();
    };
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return String::new();
    }
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return String::new();
        }
        if line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    match reader.read_exact(&mut body) {
        Ok(()) => String::from_utf8_lossy(&body).into_owned(),
        Err(_) => String::new(),
    }
}

/// A DevTools protocol session over a WebSocket (RFC 6455, client side:
/// text frames, masked; the few frames a test needs).
struct DevTools {
    stream: BufReader<TcpStream>,
    next_id: u64,
}

impl DevTools {
    fn connect(url: &str) -> DevTools {
        let rest = url.strip_prefix("ws://").unwrap();
        let (host, path) = rest.split_once('/').unwrap();
        let mut stream = TcpStream::connect(host).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET /{path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
Sec-WebSocket-Key: cG9saWN5YyBwcmV2aWV3IQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        .unwrap();
        let mut stream = BufReader::new(stream);
        let mut status = String::new();
        stream.read_line(&mut status).unwrap();
        assert!(status.contains(" 101 "), "no WebSocket: {status}");
        loop {
            let mut line = String::new();
            stream.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
        }
        DevTools { stream, next_id: 1 }
    }

    fn send_frame(&mut self, payload: &[u8]) {
        let mut frame = vec![0x81];
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n <= 0xFFFF => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        let mask = [0x1b, 0x2c, 0x3d, 0x4e];
        frame.extend_from_slice(&mask);
        frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.stream.get_mut().write_all(&frame).unwrap();
    }

    /// The next whole text message.
    fn read_message(&mut self) -> String {
        let mut message = Vec::new();
        loop {
            let mut head = [0u8; 2];
            self.stream.read_exact(&mut head).unwrap();
            let fin = head[0] & 0x80 != 0;
            let opcode = head[0] & 0x0F;
            let length = match head[1] & 0x7F {
                126 => {
                    let mut n = [0u8; 2];
                    self.stream.read_exact(&mut n).unwrap();
                    u64::from(u16::from_be_bytes(n))
                }
                127 => {
                    let mut n = [0u8; 8];
                    self.stream.read_exact(&mut n).unwrap();
                    u64::from_be_bytes(n)
                }
                n => u64::from(n),
            };
            let mut payload = vec![0u8; usize::try_from(length).unwrap()];
            self.stream.read_exact(&mut payload).unwrap();
            match opcode {
                0x0..=0x2 => {
                    message.extend_from_slice(&payload);
                    if fin {
                        return String::from_utf8(message).unwrap();
                    }
                }
                0x8 => panic!("the browser closed the DevTools connection"),
                // Pings and pongs: nothing a test waits for.
                _ => {}
            }
        }
    }

    /// Calls a method and returns its result, skipping the events the
    /// browser sends meanwhile.
    fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let request = json!({ "id": id, "method": method, "params": params });
        self.send_frame(request.to_string().as_bytes());
        loop {
            let message: Value = serde_json::from_str(&self.read_message()).unwrap();
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{method}: {message}");
                return message["result"].clone();
            }
        }
    }

    /// Evaluates a script in the page; its value, which must be JSON.
    fn evaluate(&mut self, script: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": script, "returnByValue": true, "awaitPromise": true }),
        );
        result["result"]["value"].clone()
    }

    /// What the page shows, as a person reads it.
    fn seen(&mut self) -> Value {
        self.evaluate(
            r#"(() => {
                const frame = document.getElementById("frame");
                const framed = frame && frame.contentDocument && frame.contentDocument.body;
                const text = (id) => { const node = document.getElementById(id); return node && !node.hidden ? node.innerText : ""; };
                return {
                    summary: text("summary"),
                    live: text("live"),
                    diagnostics: text("diagnostics"),
                    detail: text("detail"),
                    text: framed ? framed.innerText : "",
                    marks: framed ? framed.querySelectorAll("ins, del").length : 0,
                    scroll: frame && frame.contentWindow ? frame.contentWindow.scrollY : 0,
                };
            })()"#,
        )
    }

    /// Waits until the page shows what `expected` accepts; what it shows.
    fn wait_for(&mut self, what: &str, expected: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let seen = self.seen();
            if expected(&seen) {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "the page never showed {what}: {seen:#}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn has(seen: &Value, field: &str, words: &str) -> bool {
    seen[field].as_str().is_some_and(|s| s.contains(words))
}

#[test]
fn a_browser_shows_the_text_and_the_diagnostics_and_follows_each_save() {
    let Some(binary) = chromium() else {
        println!(
            "skipped: no browser found (chromium or chromium-browser on the PATH, or POLICYC_CHROMIUM); \
`apt-get install chromium` installs one"
        );
        return;
    };
    let project = Project::new(SHOP);
    project.build();
    let preview = project.preview();
    let browser = Browser::start(&binary);
    let mut page = browser.page();
    page.call("Page.navigate", json!({ "url": preview.url }));

    // The text as readers see it, and no diagnostics.
    let seen = page.wait_for("the text", |s| {
        has(s, "text", "Shop Ltd") && has(s, "summary", "checks clean") && has(s, "live", "live")
    });
    assert!(!has(&seen, "text", "Telephone number"));
    assert_eq!(seen["diagnostics"], "");

    // A save on disk: the page follows, without being reloaded, and the
    // text stays where the author was reading.
    page.evaluate("window.kept = 'same page'");
    page.evaluate("document.getElementById('frame').contentWindow.scrollTo(0, 150)");
    page.wait_for("the text scrolled", |s| s["scroll"] == 150);
    project.save(SHOP_2);
    page.wait_for("the saved text where it was read", |s| {
        has(s, "text", "Telephone number") && s["scroll"] == 150
    });

    // An error: listed beside the text, which stays as last saved.
    project.save(&broken());
    let seen = page.wait_for("the diagnostic", |s| {
        has(s, "diagnostics", "E0101") && has(s, "summary", "1 error")
    });
    assert!(
        has(&seen, "diagnostics", "policies/shop.policy:"),
        "{seen:#}"
    );
    assert!(has(&seen, "text", "Shop Ltd"), "{seen:#}");
    assert_eq!(page.evaluate("window.kept"), "same page");

    // Its source line and explanation, one click away.
    page.evaluate("document.querySelector('#diagnostics button').click()");
    let seen = page.wait_for("the explanation", |s| has(s, "detail", "# E0101"));
    assert!(has(&seen, "detail", "uses  nothing\n"), "{seen:#}");
    let line = broken()
        .lines()
        .position(|l| l.contains("nothing"))
        .unwrap()
        + 1;
    let marked = format!(
        "{} | {}^^^^^^^ ",
        " ".repeat(line.to_string().len()),
        " ".repeat("  uses  ".len())
    );
    assert!(has(&seen, "detail", &marked), "the span marked: {seen:#}");
    assert!(has(&seen, "detail", "help: "), "{seen:#}");

    screenshot(&mut page, "detail");

    // The redline against the released 1.0.0, one click away.
    project.save(SHOP_2);
    page.wait_for("the fix", |s| has(s, "summary", "checks clean"));
    page.evaluate("document.getElementById('switch').click()");
    let seen = page.wait_for("the redline", |s| {
        has(s, "text", "from 1.0.0 to 2.0.0") && s["marks"].as_u64() > Some(0)
    });
    assert!(has(&seen, "text", "Telephone number"), "{seen:#}");
    screenshot(&mut page, "redline");
}

/// With `POLICYC_PREVIEW_SCREENSHOTS=DIR`, saves what the page shows as
/// DIR/NAME.png, to look at the page as its reader does.
fn screenshot(page: &mut DevTools, name: &str) {
    use base64::Engine as _;
    let Some(dir) = std::env::var_os("POLICYC_PREVIEW_SCREENSHOTS") else {
        return;
    };
    let shot = page.call("Page.captureScreenshot", json!({ "format": "png" }));
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().unwrap())
        .unwrap();
    std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap();
}
